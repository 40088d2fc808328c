package io.github.miniflare4j.plugin;

import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.engine.JavaHandlers;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.JsResponseData;
import io.github.miniflare4j.engine.JsValues;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * An {@code env} entry that is a Fetcher answered by Java code, as a service binding to a Java
 * handler is: for kinds whose binding is such a Fetcher (the static assets' {@code ASSETS}).
 * Uses the service binding's script ({@code "service"}); RPC calls fail as workerd fails them on
 * a receiver without methods.
 *
 * @param name the binding name
 * @param handler answers the binding's requests, on the host executor
 */
public record JavaFetcher(String name, FetchHandler handler) implements JsBinding {

  /**
   * Checks the components.
   *
   * @param name the binding name
   * @param handler answers the binding's requests, on the host executor
   */
  public JavaFetcher {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(handler, "handler");
  }

  @Override
  public String kind() {
    return "service";
  }

  @Override
  public Object createHost(WorkerIsolate isolate) {
    return new Host(isolate);
  }

  /** What the binding's JavaScript calls: {@code fetch} and {@code call}. */
  public final class Host {
    private final WorkerIsolate caller;

    Host(WorkerIsolate caller) {
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
}
