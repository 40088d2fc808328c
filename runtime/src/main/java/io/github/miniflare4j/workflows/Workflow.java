package io.github.miniflare4j.workflows;

import java.util.List;
import java.util.Objects;

/**
 * A workflow binding seen from Java ({@code Miniflare.getBinding(Workflow.class, "SIGNUP")}, or
 * {@code @Binding("SIGNUP") Workflow signup} in a test): creates instances and reaches them, as
 * {@code env.SIGNUP} does in a worker, plus Cloudflare's workflow introspection ({@link
 * #introspectInstance}, {@link #introspect}).
 *
 * <pre>{@code
 * WorkflowInstance instance = signup.create("user-42", Map.of("email", "ada@example.com"));
 * assertThat(instance.waitUntilIdle().kind()).isEqualTo(WorkflowWait.Kind.SLEEP);
 * miniflare.clock().advance(Duration.ofDays(1));
 * instance.sendEvent("email-confirmed", Map.of("at", "today"));
 * instance.waitForStatus(WorkflowInstanceStatus.COMPLETE);
 * }</pre>
 */
public final class Workflow {

  private final WorkflowEngine engine;
  private final String bindingName;

  Workflow(WorkflowEngine engine, String bindingName) {
    this.engine = engine;
    this.bindingName = bindingName;
  }

  /**
   * The workflow's name (the {@code name} of its declaration).
   *
   * @return the name
   */
  public String name() {
    return engine.workflowName();
  }

  /**
   * The binding's name.
   *
   * @return e.g. {@code "SIGNUP"}
   */
  public String bindingName() {
    return bindingName;
  }

  /**
   * Creates an instance with a random id and params {@code {}}.
   *
   * @return the instance, already running
   */
  public WorkflowInstance create() {
    return create(null, java.util.Map.of());
  }

  /**
   * Creates an instance (an id that exists is returned as is, as in Miniflare).
   *
   * @param id the id, or {@code null} for a random UUID
   * @param params the params {@code run()} receives as {@code event.payload} (null, String,
   *     Number, Boolean, List, Map, ...)
   * @return the instance, already running
   * @throws WorkflowException {@code Workflow instance has invalid id} for an id Cloudflare refuses
   */
  public WorkflowInstance create(String id, Object params) {
    return new WorkflowInstance(engine, engine.create(id, Json.clone(params)));
  }

  /**
   * An existing instance.
   *
   * @param id its id
   * @return the instance
   * @throws WorkflowException {@code instance.not_found} when there is none
   */
  public WorkflowInstance get(String id) {
    Objects.requireNonNull(id, "id");
    engine.status(id);
    return new WorkflowInstance(engine, id);
  }

  /**
   * Every instance of the workflow.
   *
   * @return the instances, in creation order
   */
  public List<WorkflowInstance> instances() {
    return engine.instanceIds().stream().map(id -> new WorkflowInstance(engine, id)).toList();
  }

  /**
   * Introspects the instance with this id, which may not exist yet (Cloudflare's {@code
   * introspectWorkflowInstance}).
   *
   * @param id the instance id
   * @return the introspector; close it to dispose of the instance
   */
  public WorkflowInstanceIntrospector introspectInstance(String id) {
    return new WorkflowInstanceIntrospector(engine, Objects.requireNonNull(id, "id"));
  }

  /**
   * Introspects every instance created from now on (Cloudflare's {@code introspectWorkflow}).
   *
   * @return the introspector; close it to stop and dispose of those instances
   */
  public WorkflowIntrospector introspect() {
    return new WorkflowIntrospector(engine);
  }

  @Override
  public String toString() {
    return "Workflow[" + bindingName + " -> " + engine.workflowName() + "]";
  }
}
