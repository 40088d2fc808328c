package io.github.miniflare4j.service;

import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.engine.JavaHandlers;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.JsResponseData;
import io.github.miniflare4j.engine.JsValues;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * A service binding: {@code env.NAME.fetch()} goes straight to another worker's handler (no
 * routes, no socket) or to Java code. A callee that throws makes the caller's {@code fetch()}
 * reject with the callee's error, as Miniflare does.
 */
public final class ServiceBinding implements JsBinding {

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
    return new Host(isolate);
  }

  /** The object the prelude's {@code Fetcher} calls. */
  public final class Host {
    private final WorkerIsolate caller;

    Host(WorkerIsolate caller) {
      this.caller = caller;
    }

    /**
     * Sends a request to the target; settles through {@code resolve} / {@code reject}.
     *
     * @param requestData the prelude's request object; read on the loop thread only
     * @param resolve called with the response on the caller's loop thread
     * @param reject called with the error when the target fails or throws
     */
    @HostAccess.Export
    public void fetch(Value requestData, Value resolve, Value reject) {
      FetchRequest request = JsValues.toRequest(requestData);
      CompletableFuture<FetchResponse> response;
      if (target.isJava()) {
        response = JavaHandlers.call(target.handler(), request, caller.spec().hostExecutor());
      } else {
        response = workers.worker(target.workerName()).fetch(request, WorkerIsolate.ErrorMode.REJECT);
      }
      caller.settleLater(response, JsResponseData::new, resolve, reject);
    }

    /**
     * Calls an RPC method of the target worker's default {@code WorkerEntrypoint}; arguments and
     * result cross as clone text.
     *
     * @param method the method name
     * @param argsText the arguments as structured-clone text
     * @param resolve called with the result as clone text on the caller's loop thread
     * @param reject called with the error; a Java binding rejects with the TypeError a worker
     *     without the method gives
     */
    @HostAccess.Export
    public void call(String method, String argsText, Value resolve, Value reject) {
      CompletableFuture<String> result;
      if (target.isJava()) {
        result = CompletableFuture.failedFuture(new WorkerException(
            name, "TypeError", "The RPC receiver does not implement the method \"" + method + "\".", ""));
      } else {
        result = workers.worker(target.workerName()).invoke("entrypointCall", null, method, argsText);
      }
      caller.settleLater(result, text -> text, resolve, reject);
    }
  }
}
