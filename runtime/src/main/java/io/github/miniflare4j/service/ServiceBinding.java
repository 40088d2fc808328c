package io.github.miniflare4j.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.plugin.JavaFetcher;
import io.github.miniflare4j.service.internal.ServiceHost;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A service binding: {@code env.NAME.fetch()} goes straight to another worker's handler (no
 * routes, no socket), or to the named {@code WorkerEntrypoint} export the target names, or to
 * Java code. A callee that throws makes the caller's {@code fetch()}
 * reject with the callee's error, as Miniflare does.
 */
final class ServiceBinding implements JsBinding {

  private final String name;
  private final ServiceTarget target;
  private final WorkerDirectory workers;

  /**
   * Binds {@code name} to {@code target}, resolving worker names through {@code workers}.
   *
   * @param name the binding name the worker sees on {@code env}
   * @param target the worker or Java handler that answers
   * @param workers the instance's workers, looked up by name at each call
   */
  public ServiceBinding(String name, ServiceTarget target, WorkerDirectory workers) {
    this.name = name;
    this.target = target;
    this.workers = workers;
  }

  /**
   * Checks, once the workers have started, that a binding's named entrypoint is exported by its
   * target worker as a function (any class: calls of one not extending {@code WorkerEntrypoint}
   * fail later) or as a handler object, as workerd does at startup. As in Miniflare, naming {@code "default"} explicitly is refused too (omit the
   * entrypoint instead).
   *
   * @param workerName the worker that declares the binding
   * @param binding the binding name
   * @param target the binding's target; Java targets and default-export targets always pass
   * @param workers the started workers
   * @param timeout how long to wait for the target worker to answer
   * @throws MiniflareException {@code ERR_RUNTIME_FAILURE} with Miniflare's message, followed by
   *     the named entrypoints the target does export
   */
  public static void checkEntrypoint(
      String workerName, String binding, ServiceTarget target, WorkerDirectory workers, Duration timeout) {
    String entrypoint = target.entrypoint();
    if (target.isJava() || entrypoint == null) {
      return;
    }
    JsonNode info = WorkerEntrypointStub.info(target.workerName(), entrypoint, workers, timeout);
    if ("default".equals(entrypoint) || "none".equals(info.get("kind").asText())) {
      List<String> named = new ArrayList<>(WorkerEntrypointStub.strings(info.get("entrypoints")));
      named.remove("default");
      throw new MiniflareException(
          ErrorCode.ERR_RUNTIME_FAILURE,
          "The Workers runtime failed to start: Worker \"" + workerName + "\"'s binding \"" + binding
              + "\" refers to service \"" + target.workerName() + "\" with a named entrypoint \""
              + entrypoint + "\", but \"" + target.workerName() + "\" has no such named entrypoint. "
              + "Its named entrypoints (exported classes extending WorkerEntrypoint, or handler objects) are " + named
              + "; to reach the default export, leave the entrypoint out.");
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "service";
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return target.isJava() ? new JavaFetcher(name, target.handler()).createHost(isolate) : new ServiceHost(target.workerName(), target.entrypoint(), target.propsJson(), workers, isolate);
  }
}
