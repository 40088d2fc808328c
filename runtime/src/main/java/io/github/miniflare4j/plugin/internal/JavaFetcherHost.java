package io.github.miniflare4j.plugin.internal;

import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.engine.JavaHandlers;
import io.github.miniflare4j.engine.JsResponseData;
import io.github.miniflare4j.engine.JsValues;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What the script of a Fetcher answered by Java code calls ({@code plugin.JavaFetcher}, a service
 * binding to a Java handler): {@code fetch} and {@code call}.
 */
public final class JavaFetcherHost {

  private final String name;
  private final FetchHandler handler;
  private final WorkerIsolate caller;

  /**
   * The host of one binding in one worker.
   *
   * @param name the binding name, for the RPC refusal
   * @param handler answers the binding's requests, on the host executor
   * @param caller the worker whose script calls the host
   */
  public JavaFetcherHost(String name, FetchHandler handler, WorkerIsolate caller) {
    this.name = name;
    this.handler = handler;
    this.caller = caller;
  }

  /**
   * Answers a request with the handler.
   *
   * @param requestData the request, as the prelude sends it
   * @param resolve called with the response
   * @param reject called with the failure
   */
  @HostAccess.Export
  public void fetch(Value requestData, Value resolve, Value reject) {
    FetchRequest request = JsValues.toRequest(requestData);
    CompletableFuture<FetchResponse> response = JavaHandlers.call(handler, request, caller.spec().services().hostExecutor());
    caller.settleLater(response, JsResponseData::new, resolve, reject);
  }

  /**
   * Refuses an RPC call: Java handlers have no methods.
   *
   * @param method the method name
   * @param argsText the arguments (unused)
   * @param resolve never called
   * @param reject called with workerd's {@code TypeError}
   */
  @HostAccess.Export
  public void call(String method, String argsText, Value resolve, Value reject) {
    CompletableFuture<String> result = CompletableFuture.failedFuture(new WorkerException(
        name, "TypeError", "The RPC receiver does not implement the method \"" + method + "\".", ""));
    caller.settleLater(result, text -> text, resolve, reject);
  }
}
