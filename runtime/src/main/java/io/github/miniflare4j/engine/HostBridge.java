package io.github.miniflare4j.engine;

import io.github.miniflare4j.cache.CacheHost;
import io.github.miniflare4j.http.FetchHandler;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.webapi.Compressor;
import io.github.miniflare4j.webapi.WebCrypto;
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

  HostBridge() {}

  /** Binds the bridge to its worker, before any of the worker's code runs; loop thread only. */
  void bind(WorkerIsolate owner) {
    this.isolate = owner;
  }

  /** The instance clock, in epoch milliseconds. */
  @HostAccess.Export
  public double now() {
    return isolate.spec().clock().millis();
  }

  /** Schedules {@code callback} after {@code delay} ms, again every {@code delay} ms if repeating. */
  @HostAccess.Export
  public int setTimer(double delay, Value callback, boolean repeat) {
    long millis = Double.isFinite(delay) && delay > 0 ? (long) delay : 0;
    return isolate.loop().setTimer(millis, repeat ? Math.max(1, millis) : 0, () -> callback.executeVoid());
  }

  /** Cancels a timer. */
  @HostAccess.Export
  public void clearTimer(int id) {
    isolate.loop().clearTimer(id);
  }

  /** The legacy text-encoding decoder behind {@code TextDecoder}. */
  @HostAccess.Export
  public io.github.miniflare4j.webapi.TextCodec textCodec() {
    return io.github.miniflare4j.webapi.TextCodec.INSTANCE;
  }

  /** Writes one {@code console} line to the worker's logger. */
  @HostAccess.Export
  public void log(String level, String message) {
    switch (level) {
      case "error" -> isolate.console().error(message);
      case "warn" -> isolate.console().warn(message);
      case "debug" -> isolate.console().debug(message);
      default -> isolate.console().info(message);
    }
    if (isolate.spec().console() != null) {
      isolate.spec().console().onConsole(isolate.spec().name(), level, message);
    }
  }

  /** A {@code waitUntil} promise was registered. */
  @HostAccess.Export
  public void waitUntilStarted() {
    isolate.pendingWork().started();
  }

  /** A {@code waitUntil} promise settled; {@code failure} is the rendered rejection or null. */
  @HostAccess.Export
  public void waitUntilSettled(String failure) {
    if (failure != null) {
      isolate.console().error("Uncaught (in promise) {}", failure);
    }
    isolate.pendingWork().settled(failure);
  }

  /**
   * Performs a global {@code fetch()}: through the configured outbound handler, else over the
   * network. Settles through {@code resolve(JsResponseData)} / {@code reject(name, message,
   * stack)}.
   */
  @HostAccess.Export
  public void fetch(Value requestData, Value resolve, Value reject) {
    FetchRequest request = JsValues.toRequest(requestData);
    FetchHandler handler = isolate.spec().outbound();
    CompletableFuture<FetchResponse> response =
        handler != null
            ? JavaHandlers.call(handler, request, isolate.spec().hostExecutor())
            : OutboundHttp.send(request);
    isolate.settleLater(response, JsResponseData::new, resolve, reject);
  }

  /** A {@code CompressionStream} ({@code compress}) or {@code DecompressionStream} engine. */
  @HostAccess.Export
  public Compressor compressor(String format, boolean compress) {
    return Compressor.create(format, compress);
  }

  /** The Java storage of the Durable Object (class, id) defined by this worker. */
  @HostAccess.Export
  public Object durableStorage(String className, String id) {
    return isolate.spec().durableStorages().storage(isolate.name(), className, id);
  }

  /** The Cache API storage of the instance ({@code caches}), shared by all its workers. */
  @HostAccess.Export
  public CacheHost caches() {
    return isolate.spec().caches().scriptHost();
  }

  /** The Web Crypto engine of this worker ({@code crypto}, {@code crypto.subtle}). */
  @HostAccess.Export
  public WebCrypto webCrypto() {
    return new WebCrypto();
  }
}
