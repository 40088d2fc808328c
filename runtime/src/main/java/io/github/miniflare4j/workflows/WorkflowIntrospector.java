package io.github.miniflare4j.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cloudflare's {@code introspectWorkflow} for Java: changes applied to every instance of the
 * workflow created while the introspector is open, and the instances created since. {@link
 * #close()} (Cloudflare's {@code dispose}) stops it and disposes of those instances.
 */
public final class WorkflowIntrospector implements AutoCloseable {

  private final WorkflowEngine engine;
  private final List<Consumer<WorkflowInstanceModifier>> changes = new ArrayList<>();
  private final List<String> created = new ArrayList<>();
  private final Consumer<String> onCreate = this::adopt;
  private boolean closed;

  WorkflowIntrospector(WorkflowEngine engine) {
    this.engine = engine;
    engine.addCreationListener(onCreate);
  }

  private synchronized void adopt(String id) {
    if (closed) {
      return;
    }
    created.add(id);
    WorkflowInstanceModifier modifier = new WorkflowInstanceModifier(engine, id);
    changes.forEach(change -> change.accept(modifier));
  }

  /**
   * Changes the behaviour of every instance created from now on.
   *
   * @param change receives each new instance's modifier before the instance runs
   * @return this introspector
   */
  public synchronized WorkflowIntrospector modifyAll(Consumer<WorkflowInstanceModifier> change) {
    changes.add(change);
    return this;
  }

  /**
   * The instances created since the introspector opened (Cloudflare's {@code get()}).
   *
   * @return their introspectors, in creation order
   */
  public synchronized List<WorkflowInstanceIntrospector> instances() {
    return created.stream().map(id -> new WorkflowInstanceIntrospector(engine, id)).toList();
  }

  /** Stops introspecting and disposes of the instances created meanwhile. */
  @Override
  public void close() {
    List<String> ids;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      ids = List.copyOf(created);
    }
    engine.removeCreationListener(onCreate);
    ids.forEach(engine::abortAndDelete);
  }
}
