package io.github.miniflare4j.assertj;

import io.github.miniflare4j.workflows.WorkflowError;
import io.github.miniflare4j.workflows.WorkflowInstance;
import io.github.miniflare4j.workflows.WorkflowInstanceStatus;
import io.github.miniflare4j.workflows.WorkflowStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a workflow instance as {@code status()} reports it now: its status, output,
 * error and step outputs. Wait first ({@code waitForStatus}, {@code waitUntilIdle}); these
 * assertions do not wait.
 *
 * <pre>{@code
 * signup.waitForStatus(WorkflowInstanceStatus.COMPLETE);
 * assertThat(signup).completedWith(Map.of("status", "active")).hasStepOutputs(null, "sent", null);
 * }</pre>
 */
public class WorkflowInstanceAssert extends AbstractAssert<WorkflowInstanceAssert, WorkflowInstance> {

  /**
   * Creates the assertion; prefer {@link MiniflareAssertions#assertThat(WorkflowInstance)}.
   *
   * @param actual the instance under test
   */
  public WorkflowInstanceAssert(WorkflowInstance actual) {
    super(actual, WorkflowInstanceAssert.class);
  }

  private WorkflowStatus report() {
    isNotNull();
    return actual.status();
  }

  /**
   * Verifies the instance's status.
   *
   * @param status the expected status
   * @return this assertion
   */
  public WorkflowInstanceAssert hasStatus(WorkflowInstanceStatus status) {
    WorkflowStatus report = report();
    if (report.status() != status) {
      failWithMessage("%nExpecting workflow instance:%n  %s%nto have status:%n  '%s'%nbut it has:%n  '%s'%s", actual, status,
          report.status(), report.error() == null ? "" : String.format("%nwith error:%n  %s: %s", report.error().name(), report.error().message()));
    }
    return this;
  }

  /**
   * Verifies the instance completed.
   *
   * @return this assertion
   */
  public WorkflowInstanceAssert isComplete() {
    return hasStatus(WorkflowInstanceStatus.COMPLETE);
  }

  /**
   * Verifies the instance completed and {@code run()} returned this output (compared as JSON
   * values: {@code Map}, {@code List}, {@code String}, {@code Integer}, ...).
   *
   * @param output the expected output
   * @return this assertion
   */
  public WorkflowInstanceAssert completedWith(Object output) {
    isComplete();
    Object actualOutput = actual.output();
    if (!Objects.equals(actualOutput, output)) {
      failWithMessage("%nExpecting workflow instance:%n  %s%nto have output:%n  %s%nbut it had:%n  %s", actual, output, actualOutput);
    }
    return this;
  }

  /**
   * Verifies the instance errored with this error.
   *
   * @param name the error's name, e.g. {@code "Error"}
   * @param message its message
   * @return this assertion
   */
  public WorkflowInstanceAssert erroredWith(String name, String message) {
    hasStatus(WorkflowInstanceStatus.ERRORED);
    WorkflowError error = actual.error();
    if (!error.equals(new WorkflowError(name, message))) {
      failWithMessage("%nExpecting workflow instance:%n  %s%nto have errored with:%n  %s: %s%nbut it errored with:%n  %s: %s",
          actual, name, message, error.name(), error.message());
    }
    return this;
  }

  /**
   * Verifies the results of the completed steps and the payloads of the received events, in
   * order (Miniflare's {@code __LOCAL_DEV_STEP_OUTPUTS}).
   *
   * @param outputs the expected outputs
   * @return this assertion
   */
  public WorkflowInstanceAssert hasStepOutputs(Object... outputs) {
    List<Object> actualOutputs = report().stepOutputs();
    if (!actualOutputs.equals(Arrays.asList(outputs))) {
      failWithMessage("%nExpecting workflow instance:%n  %s%nto have step outputs:%n  %s%nbut it had:%n  %s", actual,
          Arrays.asList(outputs), actualOutputs);
    }
    return this;
  }
}
