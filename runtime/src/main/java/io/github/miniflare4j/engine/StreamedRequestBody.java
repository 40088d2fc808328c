package io.github.miniflare4j.engine;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * A request body that is still arriving while the worker runs (the HTTP server's request
 * content). The worker's {@code request.body} pulls from it one chunk at a time, so a slow
 * reader holds the sender back.
 */
public interface StreamedRequestBody {

  /**
   * Asks for the next chunk. Called again only after the previous future completed.
   *
   * @return a future completing with the next bytes (a buffer the receiver owns), with {@code
   *     null} at the end of the body, or exceptionally when the body cannot be read (too large,
   *     connection lost); it may complete on any thread
   */
  CompletableFuture<ByteBuffer> read();

  /** The worker will read no more of the body (its stream was cancelled). */
  void cancel();
}
