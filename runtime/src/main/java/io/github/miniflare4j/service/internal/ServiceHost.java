package io.github.miniflare4j.service.internal;

import io.github.miniflare4j.engine.JsResponseData;
import io.github.miniflare4j.engine.JsValues;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** The object the prelude's {@code Fetcher} of a service binding to a worker calls. */
public final class ServiceHost {

  private final String workerName;
  private final String entrypoint;
  private final WorkerDirectory workers;
  private final WorkerIsolate caller;

  /**
   * The host of one binding in one worker.
   *
   * @param workerName the target worker
   * @param entrypoint the named entrypoint the binding targets, or {@code null} for the default export
   * @param workers the instance's workers, looked up by name at each call
   * @param caller the worker whose script calls the host
   */
  public ServiceHost(String workerName, String entrypoint, WorkerDirectory workers, WorkerIsolate caller) {
    this.workerName = workerName;
    this.entrypoint = entrypoint;
    this.workers = workers;
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
    CompletableFuture<FetchResponse> response = workers.worker(workerName).fetchEntrypoint(request, entrypoint);
    caller.settleLater(response, JsResponseData::new, resolve, reject);
  }

  /**
   * Calls an RPC method of the target worker's entrypoint (its default export, or the named
   * {@code WorkerEntrypoint} export the binding names); arguments and result cross as clone text.
   *
   * @param method the method name
   * @param argsText the arguments as structured-clone text
   * @param resolve called with the result as clone text on the caller's loop thread
   * @param reject called with the error
   */
  @HostAccess.Export
  public void call(String method, String argsText, Value resolve, Value reject) {
    CompletableFuture<String> result = workers.worker(workerName).invoke("entrypointCall", entrypoint, method, argsText);
    caller.settleLater(result, text -> text, resolve, reject);
  }
}
