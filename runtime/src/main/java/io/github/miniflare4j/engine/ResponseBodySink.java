package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchResponse;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * Where a worker's streamed response goes while it is produced (the HTTP server's response).
 * Every call arrives on the isolate's loop thread, in this order: {@link #start} once, then
 * {@link #write} for each chunk, each after the previous write's future completed, then one of
 * {@link #end} or {@link #abort}.
 */
public interface ResponseBodySink {

  /**
   * The status and headers of a response whose body follows as chunks.
   *
   * @param contentLength the body's length when the stream announces it ({@code
   *     FixedLengthStream}), else {@code -1}
   * @param head the response's status and headers
   */
  void start(FetchResponse head, long contentLength);

  /**
   * Sends one chunk of the body.
   *
   * @return a future completing when the chunk is handed on (the worker then reads the next
   *     one), or exceptionally when the client is gone; it may complete on any thread
   * @param chunk the bytes; the sink may keep the buffer
   */
  CompletableFuture<Void> write(ByteBuffer chunk);

  /** The body ended normally. */
  void end();

  /**
   * The body's stream failed (or a write failed); the response is cut short.
   *
   * @param reason the error's headline, for the log
   */
  void abort(String reason);

  /**
   * The body's stream failed with an error that the reader, another worker, gets as its own: by
   * default the same as {@link #abort(String)}.
   *
   * @param reason the error's headline, for the log
   * @param error the error as the worker's prelude describes it for another worker ({@code [name,
   *     message, stack, flags, details]}, as {@link JsResponseData#bodyError()})
   */
  default void abort(String reason, String[] error) {
    abort(reason);
  }

  /**
   * Asks to be told when the reader will take no more of the body (another worker cancelled it);
   * by default never.
   *
   * @param listener run once, on any thread, when the reader cancels
   */
  default void onCancel(Runnable listener) {}
}
