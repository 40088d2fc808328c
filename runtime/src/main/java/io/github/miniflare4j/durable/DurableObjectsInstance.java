package io.github.miniflare4j.durable;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.durable.internal.DurableObjectNamespaceBinding;
import io.github.miniflare4j.durable.internal.DurableObjectRegistry;
import io.github.miniflare4j.durable.internal.DurableWorkerHost;
import io.github.miniflare4j.durable.internal.ObjectNamespace;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Durable Objects of one instance: the namespaces of every declared class (and their
 * storage and alarms) in one {@link DurableObjectRegistry}.
 */
final class DurableObjectsInstance implements PluginInstance {

  private final DurableObjectRegistry registry;
  private final Duration timeout;
  // the classes each worker exports that some worker binds, and those it declares itself
  private final Map<String, Set<String>> boundClasses = new HashMap<>();
  private final Map<String, Set<String>> ownDeclared = new HashMap<>();

  DurableObjectsInstance(PluginContext context) {
    this.registry = new DurableObjectRegistry(context.clock(), context.persistDirectory(), context.workers());
    this.timeout = context.dispatchTimeout();
    context.declarations().forEach((worker, declarations) -> declarations.forEach(d -> {
      DurableObjectDeclaration durable = (DurableObjectDeclaration) d;
      String owner = durable.owner(worker);
      String className = durable.definition().className();
      registry.declare(owner, className, durable.definition().sqlite());
      boundClasses.computeIfAbsent(owner, k -> new LinkedHashSet<>()).add(className);
      if (owner.equals(worker)) {
        ownDeclared.computeIfAbsent(worker, k -> new HashSet<>()).add(className);
      }
    }));
  }

  /**
   * The owner's unbound namespaces of its classes that only other workers bind: as in workerd,
   * where a namespace belongs to the class's worker, its {@code ctx.exports} reaches them
   * (recorded).
   */
  @Override
  public List<JsBinding> implicitBindings(String worker) {
    Set<String> own = ownDeclared.getOrDefault(worker, Set.of());
    List<JsBinding> bindings = new ArrayList<>();
    for (String className : boundClasses.getOrDefault(worker, Set.of())) {
      if (!own.contains(className)) {
        bindings.add(new DurableObjectNamespaceBinding(className, registry.namespace(worker, className), true));
      }
    }
    return bindings;
  }

  private ObjectNamespace namespace(String worker, BindingDeclaration declaration) {
    DurableObjectDeclaration durable = (DurableObjectDeclaration) declaration;
    return registry.namespace(durable.owner(worker), durable.definition().className());
  }

  @Override
  public JsBinding bind(String worker, BindingDeclaration declaration) {
    return new DurableObjectNamespaceBinding(declaration.name(), namespace(worker, declaration),
        ((DurableObjectDeclaration) declaration).unbound());
  }

  @Override
  public Object handle(String worker, BindingDeclaration declaration) {
    return new DurableObjectNamespace(registry, namespace(worker, declaration), timeout, this::awaitRendered);
  }

  @Override
  public Object workerHost(String worker) {
    return new DurableWorkerHost(registry, worker);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    return type == DurableObjectRegistry.class ? type.cast(registry) : PluginInstance.super.unwrap(type);
  }

  /** Opens the persisted objects, so that alarms set by an earlier instance fire again. */
  @Override
  public void workersStarted() {
    registry.loadPersisted();
  }

  @Override
  public Object snapshot() {
    return new DurableObjectsSnapshot(registry.snapshot());
  }

  @Override
  public void restore(Object snapshot) {
    registry.restore(((DurableObjectsSnapshot) snapshot).objects());
  }

  @Override
  public void close() {
    registry.close();
  }

  /** Waits for an object's response as {@code dispatchFetch} does; its uncaught error becomes a 500. */
  private FetchResponse awaitRendered(CompletableFuture<FetchResponse> response) {
    try {
      return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      response.cancel(true);
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT,
          "fetch() of a Durable Object got no response within " + timeout
              + "; the object may be waiting on a promise that never settles. "
              + "Raise MiniflareOptions.dispatchTimeout(...) if it is just slow.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MiniflareException(ErrorCode.ERR_TIMEOUT, "Interrupted while waiting for a Durable Object", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof CompletionException && cause.getCause() != null) {
        cause = cause.getCause();
      }
      if (cause instanceof WorkerException) {
        WorkerException error = (WorkerException) cause;
        String text = error.errorName() + ": " + error.errorMessage()
            + (error.jsStack().isEmpty() ? "" : "\n" + error.jsStack());
        return FetchResponse.builder().status(500).statusText("Internal Server Error").header("content-type", "text/plain;charset=UTF-8").body(text).build();
      }
      throw cause instanceof RuntimeException
          ? (RuntimeException) cause
          : new MiniflareException(ErrorCode.ERR_RUNTIME_FAILURE, String.valueOf(cause), cause);
    }
  }
}
