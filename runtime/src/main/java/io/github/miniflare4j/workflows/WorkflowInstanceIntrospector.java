package io.github.miniflare4j.workflows;

import java.util.function.Consumer;

/**
 * Cloudflare's {@code introspectWorkflowInstance} for Java: changes the behaviour of the instance
 * with a given id (which may not exist yet) and reaches it once created. {@link #close()}
 * (Cloudflare's {@code dispose}) abandons the instance and forgets it and its changes.
 */
public final class WorkflowInstanceIntrospector implements AutoCloseable {

  private final WorkflowEngine engine;
  private final String id;

  WorkflowInstanceIntrospector(WorkflowEngine engine, String id) {
    this.engine = engine;
    this.id = id;
  }

  /**
   * The instance id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Applies changes to the instance's behaviour.
   *
   * @param changes receives the modifier
   * @return this introspector
   */
  public WorkflowInstanceIntrospector modify(Consumer<WorkflowInstanceModifier> changes) {
    changes.accept(new WorkflowInstanceModifier(engine, id));
    return this;
  }

  /**
   * The instance, for its waits and reads ({@code waitForStatus}, {@code waitForStepResult},
   * {@code output}, {@code error}); it must have been created before those are called.
   *
   * @return the instance
   */
  public WorkflowInstance instance() {
    return new WorkflowInstance(engine, id);
  }

  /** Abandons the instance and forgets it and the changes made to it. */
  @Override
  public void close() {
    engine.abortAndDelete(id);
  }
}
