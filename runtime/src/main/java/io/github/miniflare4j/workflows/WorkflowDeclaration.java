package io.github.miniflare4j.workflows;

import io.github.miniflare4j.plugin.BindingDeclaration;
import java.util.Objects;

/**
 * A workflow binding ({@code workflows}, Wrangler's {@code [[workflows]]}): {@code env.NAME}
 * creates and reaches instances of the workflow {@code workflowName}, whose steps are the {@code
 * run(event, step)} method of the class {@code className} exported by the worker {@code
 * scriptName} (the declaring worker when {@code null}).
 *
 * <pre>{@code
 * WorkerOptions.builder().bind(WorkflowDeclaration.of("SIGNUP", "signup", "SignupWorkflow"))
 * }</pre>
 *
 * @param name the binding name
 * @param workflowName the workflow's name (instances of bindings with the same name are shared)
 * @param className the exported class that extends {@code WorkflowEntrypoint}
 * @param scriptName the worker exporting the class, or {@code null} for the declaring worker
 * @param stepLimit the most {@code step.do} calls one run may make (Miniflare's {@code stepLimit},
 *     Wrangler's {@code limits.steps}), or {@code null} for the default, 10,000
 */
public record WorkflowDeclaration(String name, String workflowName, String className, String scriptName, Integer stepLimit)
    implements BindingDeclaration {

  /**
   * Checks the names.
   *
   * @param name the binding name
   * @param workflowName the workflow's name
   * @param className the exported class that extends {@code WorkflowEntrypoint}
   * @param scriptName the worker exporting the class, or {@code null} for the declaring worker
   * @param stepLimit the most {@code step.do} calls one run may make, at least 1, or {@code null}
   *     for the default
   */
  public WorkflowDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(workflowName, "workflowName");
    Objects.requireNonNull(className, "className");
    if (stepLimit != null && stepLimit < 1) {
      throw new IllegalArgumentException("stepLimit of workflow \"" + workflowName + "\" must be at least 1, was " + stepLimit);
    }
  }

  /**
   * A workflow with the default step limit.
   *
   * @param name the binding name
   * @param workflowName the workflow's name
   * @param className the exported class that extends {@code WorkflowEntrypoint}
   * @param scriptName the worker exporting the class, or {@code null} for the declaring worker
   */
  public WorkflowDeclaration(String name, String workflowName, String className, String scriptName) {
    this(name, workflowName, className, scriptName, null);
  }

  /**
   * This declaration with another step limit.
   *
   * @param limit the most {@code step.do} calls one run may make, at least 1
   * @return a new declaration
   */
  public WorkflowDeclaration withStepLimit(int limit) {
    return new WorkflowDeclaration(name, workflowName, className, scriptName, limit);
  }

  /** The step limit in force. */
  int stepLimitInForce() {
    return stepLimit == null ? WorkflowLimits.DEFAULT_STEP_LIMIT : stepLimit;
  }

  /**
   * A workflow whose class the declaring worker exports.
   *
   * @param name the binding name
   * @param workflowName the workflow's name
   * @param className the exported class
   * @return the declaration
   */
  public static WorkflowDeclaration of(String name, String workflowName, String className) {
    return new WorkflowDeclaration(name, workflowName, className, null);
  }

  @Override
  public String kind() {
    return WorkflowsPlugin.KIND;
  }
}
