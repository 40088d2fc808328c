package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.webapi.Compressor;
import io.github.miniflare4j.webapi.WebCrypto;
import io.github.miniflare4j.modules.SourceMaps;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java services the prelude calls: time, timers, console, {@code waitUntil} tracking and
 * outbound fetch. Only the prelude holds it; user code never sees it. Every method runs on the
 * isolate's loop thread.
 */
public final class HostBridge {

  private WorkerIsolate isolate;
  private RpcHost rpc;
  // calls the prelude's I/O delivery function (see deliverLater)
  private Runnable deliverIo;

  HostBridge() {}

  /** Binds the bridge to its worker, before any of the worker's code runs; loop thread only. */
  void bind(WorkerIsolate owner) {
    this.isolate = owner;
    this.rpc = null;
  }

  /**
   * RPC capabilities: this isolate's token, calls on stubs of any isolate's capabilities.
   *
   * @return the isolate's RPC host
   */
  @HostAccess.Export
  public RpcHost rpc() {
    if (rpc == null) {
      rpc = new RpcHost(isolate);
    }
    return rpc;
  }

  /**
   * Evaluates the script of a {@link BuiltinModuleProvider}'s module in this Context; the prelude
   * calls it once per specifier and keeps the result.
   *
   * @param specifier e.g. {@code cloudflare:sockets}
   * @param internals the prelude's internals, handed to the script
   * @return the module's exports object, or {@code null} when no provider has the specifier
   */
  @HostAccess.Export
  public Value builtinModule(String specifier, Value internals) {
    BuiltinModuleProvider provider = BuiltinModuleProviders.find(specifier);
    if (provider == null) {
      return null;
    }
    Value script = org.graalvm.polyglot.Context.getCurrent().eval(SharedEngine.factoryScript(provider.script()));
    return script.execute(internals, provider.createHost(isolate));
  }

  /**
   * The instance clock, in epoch milliseconds, as the running task sees it ({@link
   * EventLoop#taskTime}).
   *
   * @return epoch milliseconds, advanced by the test clock
   */
  @HostAccess.Export
  public double now() {
    return isolate.loop().taskTime(isolate.spec().services().clock()::millis);
  }

  /**
   * Schedules {@code callback} after {@code delay} ms, again every {@code delay} ms if repeating.
   *
   * @param delay the delay in milliseconds; not finite or not positive counts as 0
   * @param callback the JavaScript function to call
   * @param repeat whether to repeat every {@code delay} ms (at least 1 ms)
   * @return the timer id
   */
  @HostAccess.Export
  public int setTimer(double delay, Value callback, boolean repeat) {
    long millis = Double.isFinite(delay) && delay > 0 ? (long) delay : 0;
    return isolate.loop().setTimer(millis, repeat ? Math.max(1, millis) : 0, () -> callback.executeVoid());
  }

  /**
   * Sets the prelude's function that settles the oldest queued I/O result (see {@code ioOutcome}
   * in core.js); called once, before the first {@link #deliverLater()}.
   *
   * @param deliver the function {@link #deliverLater()} calls
   */
  @HostAccess.Export
  public void ioDelivery(Value deliver) {
    this.deliverIo = deliver::executeVoid;
  }

  /**
   * Calls the I/O delivery function once more on a later task, at the place a 0 ms timer set now
   * would run: one timer per I/O result, and no new callback per result.
   */
  @HostAccess.Export
  public void deliverLater() {
    isolate.loop().deliverIo(deliverIo);
  }

  /**
   * Cancels a timer.
   *
   * @param id a timer id; unknown ids are ignored
   */
  @HostAccess.Export
  public void clearTimer(int id) {
    isolate.loop().clearTimer(id);
  }

  /**
   * The legacy text-encoding decoder behind {@code TextDecoder}.
   *
   * @return the shared codec
   */
  @HostAccess.Export
  public io.github.miniflare4j.webapi.TextCodec textCodec() {
    return io.github.miniflare4j.webapi.TextCodec.INSTANCE;
  }

  /**
   * Stack frames shown at the original sources of files that have a source map.
   *
   * @param frames {@code at ...} lines
   * @return the frames, mapped where a map exists
   */
  @HostAccess.Export
  public String mapStack(String frames) {
    return SourceMaps.mapStack(frames);
  }

  /**
   * Writes one {@code console} line (source-mapped) to the worker's logger.
   *
   * @param level {@code "error"}, {@code "warn"}, {@code "debug"}, anything else logs as info
   * @param logged the formatted line, before its stack frames are source-mapped
   */
  @HostAccess.Export
  public void log(String level, String logged) {
    String message = SourceMaps.mapStack(logged);
    switch (level) {
      case "error" -> isolate.console().error(message);
      case "warn" -> isolate.console().warn(message);
      case "debug" -> isolate.console().debug(message);
      default -> isolate.console().info(message);
    }
    if (isolate.spec().services().console() != null) {
      isolate.spec().services().console().onConsole(isolate.spec().name(), level, message);
    }
  }

  /**
   * A {@code waitUntil} promise was registered; {@code request} is the tracker of the request
   * whose {@code ctx} registered it (the object Java passed to {@code dispatchFetch}), or null.
   *
   * @param request the request's tracker, or {@code null}
   */
  @HostAccess.Export
  public void waitUntilStarted(Object request) {
    isolate.pendingWork().started();
    if (request instanceof PendingWork work) {
      isolate.requestWorkStarted(work);
    }
  }

  /**
   * A timer callback of a still running event threw: a failure of that event's work, as a
   * rejected {@code waitUntil} promise is (a scheduled run then answers "exception"), without
   * that promise's log line (the loop logs the error itself).
   *
   * @param request the tracker of the event, or {@code null}
   * @param failure the rendered error
   */
  @HostAccess.Export
  public void eventFailed(Object request, String failure) {
    if (request instanceof PendingWork work) {
      work.failed(failure);
    }
  }

  /**
   * Registers what an event that is not a request (a scheduled run, a queue batch) answers when it
   * is canceled as hung before its handler answered: {@code report} calls the event's {@code done}
   * with what it decided so far (see {@link WorkerIsolate#invokeEvent}).
   *
   * @param request the tracker of the event; anything else (a tracker of JavaScript's own) is ignored
   * @param report called on the loop thread if the event hangs
   */
  @HostAccess.Export
  public void eventOnHung(Object request, Value report) {
    if (request instanceof PendingWork work) {
      isolate.eventOnHung(work, report);
    }
  }

  /**
   * A {@code waitUntil} promise settled; {@code failure} is the rendered rejection or null.
   *
   * @param request the tracker of the request that registered it, or {@code null}
   * @param failure the rendered rejection, or {@code null} when the promise fulfilled
   */
  @HostAccess.Export
  public void waitUntilSettled(Object request, String failure) {
    if (failure != null) {
      isolate.console().error("Uncaught (in promise) {}", failure);
    }
    isolate.pendingWork().settled(failure);
    if (request instanceof PendingWork work) {
      work.settled(failure);
    }
  }

  /**
   * Queues a task that calls {@code step} again and again while it returns {@code true}, each
   * call a separate entry into JavaScript (so microtasks run between two calls) and no timer
   * in between: WebSocket events delivered one by one, as workerd delivers them.
   *
   * @param step returns whether to be called again
   */
  @HostAccess.Export
  public void queueTask(Value step) {
    isolate.loop().execute(() -> {
      while (step.execute().asBoolean()) {
        // the next call runs after the microtasks of this one
      }
    });
  }

  /**
   * A WebSocket end of this worker (see websocket.js): unlinked for a socket leaving in a 101
   * response, or taking over {@code connection} for a socket arriving in one.
   *
   * @param callback called on the loop with what the peer sends
   * @param connection the arriving response's connection, or {@code null}
   * @return the end
   */
  @HostAccess.Export
  public JsSocketEnd webSocketEnd(Value callback, Object connection) {
    JsSocketEnd end = new JsSocketEnd(isolate.loop(), callback, isolate.hostOperations().begin());
    if (connection instanceof io.github.miniflare4j.websocket.internal.JavaSocketEnd arriving) {
      arriving.handOver(end);
    }
    return end;
  }

  /**
   * Performs a global {@code fetch()}: through the configured outbound handler, else over the
   * network. Settles through {@code resolve(JsResponseData)} / {@code reject(name, message,
   * stack)}.
   *
   * @param requestData the prelude's request object; read on the loop thread only
   * @param resolve called with the {@link JsResponseData}
   * @param reject called with {@code (name, message, stack)} when the handler throws or the network
   *     fails
   */
  @HostAccess.Export
  public void fetch(Value requestData, Value resolve, Value reject) {
    FetchRequest request = withWorkerHeader(JsValues.toRequest(requestData));
    FetchHandler handler = isolate.spec().environment().outbound();
    if (handler instanceof WorkerFetchHandler worker) {
      BodyErrorCapture bodyError = new BodyErrorCapture();
      isolate.settleLater(worker.fetch(request, bodyError), bodyError::dataOf, resolve, reject);
      return;
    }
    CompletableFuture<FetchResponse> response =
        handler != null
            ? JavaHandlers.call(handler, request, isolate.spec().services().hostExecutor())
            : OutboundHttp.send(request);
    isolate.settleLater(response, JsResponseData::new, resolve, reject);
  }

  /**
   * The request as it leaves through the global outbound: workerd marks every such subrequest with
   * {@code CF-Worker: <worker name>.example.com} (Miniflare's zone), replacing the caller's value;
   * service bindings do not get it (recorded).
   */
  private FetchRequest withWorkerHeader(FetchRequest request) {
    io.github.miniflare4j.http.Headers headers = request.headers().toBuilder().set("cf-worker", isolate.name() + ".example.com").build();
    return request.toBuilder().headers(headers).build();
  }

  /**
   * A {@code CompressionStream} ({@code compress}) or {@code DecompressionStream} engine.
   *
   * @param format {@code "gzip"}, {@code "deflate"} or {@code "deflate-raw"}
   * @param compress {@code true} to compress, {@code false} to decompress
   * @return a new engine for one stream
   */
  @HostAccess.Export
  public Compressor compressor(String format, boolean compress) {
    return Compressor.create(format, compress);
  }

  /**
   * The Java side of {@code HTMLRewriter}: selectors and rewriting sessions.
   *
   * @return the shared, stateless host
   */
  @HostAccess.Export
  public io.github.miniflare4j.htmlrewriter.internal.HtmlRewriterHost htmlRewriter() {
    return io.github.miniflare4j.htmlrewriter.internal.HtmlRewriterHost.INSTANCE;
  }

  /**
   * What a binding kind gives this worker's prelude besides {@code env} entries: the Cache API's
   * storage ({@code "cache"}), the storage of the Durable Objects this worker exports ({@code
   * "do"}), ...
   *
   * @param kind the binding kind
   * @return the kind's object for this worker, or {@code null}
   */
  @HostAccess.Export
  public Object plugin(String kind) {
    return isolate.spec().environment().hosts().host(kind);
  }

  /**
   * The Web Crypto engine of this worker ({@code crypto}, {@code crypto.subtle}).
   *
   * @return a new engine, used by this worker only
   */
  @HostAccess.Export
  public WebCrypto webCrypto() {
    return new WebCrypto();
  }

  /**
   * The Java side of the {@code node:*} modules (hashes, HMAC, PBKDF2, zlib), asked for when a
   * worker first imports one.
   *
   * @return a new instance, used by this worker only
   */
  @HostAccess.Export
  public io.github.miniflare4j.webapi.NodeCrypto node() {
    return new io.github.miniflare4j.webapi.NodeCrypto();
  }
}
