package io.github.miniflare4j.workerloader.internal;

import io.github.miniflare4j.engine.JsValues;
import io.github.miniflare4j.engine.WorkerIsolate;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What the prelude's service-binding {@code Fetcher} of one entrypoint of a loaded worker calls:
 * {@code fetch()} and RPC methods reach that entrypoint as a service binding's would.
 */
public final class LoadedEntrypointHost {

  private final WorkerIsolate loaded;
  private final String entrypoint;
  private final String propsJson;
  private final WorkerIsolate caller;

  LoadedEntrypointHost(WorkerIsolate loaded, String entrypoint, String propsJson, WorkerIsolate caller) {
    this.loaded = loaded;
    this.entrypoint = entrypoint;
    this.propsJson = propsJson;
    this.caller = caller;
  }

  /**
   * Sends a request to the entrypoint; settles through {@code resolve} / {@code reject}.
   *
   * @param requestData the prelude's request object; read on the loop thread only
   * @param resolve called with the response on the caller's loop thread
   * @param reject called with the error when the loaded worker fails or throws
   */
  @HostAccess.Export
  public void fetch(Value requestData, Value resolve, Value reject) {
    loaded.fetchEntrypointFor(caller, JsValues.toRequest(requestData), entrypoint, propsJson, resolve, reject);
  }

  /**
   * Calls an RPC method of the entrypoint; arguments and result cross as clone text.
   *
   * @param method the method name
   * @param argsText the arguments as structured-clone text
   * @param resolve called with the result as clone text on the caller's loop thread
   * @param reject called with the error
   */
  @HostAccess.Export
  public void call(String method, String argsText, Value resolve, Value reject) {
    caller.settleLater(loaded.invokeRequest("entrypointCall", entrypoint, method, argsText, propsJson), text -> text, resolve, reject);
  }
}
