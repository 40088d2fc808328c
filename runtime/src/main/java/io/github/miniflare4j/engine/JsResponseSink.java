package io.github.miniflare4j.engine;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/** What the prelude pumps a streamed response body into: a {@link ResponseBodySink}. Loop thread only. */
public final class JsResponseSink {

  private final ResponseBodySink sink;
  private final WorkerIsolate isolate;

  JsResponseSink(ResponseBodySink sink, WorkerIsolate isolate) {
    this.sink = sink;
    this.isolate = isolate;
  }

  /**
   * Sends a chunk (a typed array, copied out in bulk); resolves when the next may be sent.
   *
   * @param chunk a typed array; loop thread only
   * @param resolve called, without a value, when the chunk was handed on
   * @param reject called when the client is gone
   */
  @HostAccess.Export
  public void write(Value chunk, Value resolve, Value reject) {
    isolate.settleLater(sink.write(ByteBuffer.wrap(JsValues.bytesOrNull(chunk))), done -> null, resolve, reject);
  }

  /** The stream closed. */
  @HostAccess.Export
  public void end() {
    sink.end();
  }

  /**
   * The stream failed, or a write did; {@code reason} is the error's headline.
   *
   * @param reason the error's headline, for the log
   */
  @HostAccess.Export
  public void abort(String reason) {
    sink.abort(reason);
  }

  /**
   * The stream failed with an error another worker reads from the body.
   *
   * @param reason the error's headline, for the log
   * @param described {@code {bodyError: {name, message, stack, flags, details}}}; loop thread only
   */
  @HostAccess.Export
  public void abortWith(String reason, Value described) {
    sink.abort(reason, JsResponseData.bodyErrorOf(described));
  }

  /**
   * Calls {@code listener} on the loop thread when the reader cancels the body (another worker).
   *
   * @param listener a function without arguments
   */
  @HostAccess.Export
  public void onCancel(Value listener) {
    sink.onCancel(() -> {
      try {
        isolate.loop().execute(listener::executeVoid);
      } catch (java.util.concurrent.RejectedExecutionException closed) {
        // the worker is gone: nothing to tell
      }
    });
  }
}
