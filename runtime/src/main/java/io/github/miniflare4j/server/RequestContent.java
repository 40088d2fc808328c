package io.github.miniflare4j.server;

import io.github.miniflare4j.engine.StreamedRequestBody;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request body read from Jetty only when the worker asks for the next chunk: nothing is read
 * ahead, so a worker that reads slowly holds the client back (TCP backpressure). Counts the
 * bytes against {@link ServerLimits#maxRequestBodyBytes()}; past it, the exchange answers 413
 * and the worker's read fails.
 */
final class RequestContent implements StreamedRequestBody {

  private final Request request;
  private final HttpExchange exchange;
  private final long limit;
  /** A chunk read before the worker started (the handler's first look), not yet handed on. */
  private Content.Chunk first;
  private long received;
  private boolean ended;
  private volatile boolean cancelled;

  RequestContent(Request request, HttpExchange exchange, long limit, Content.Chunk first, long alreadyReceived) {
    this.request = request;
    this.exchange = exchange;
    this.limit = limit;
    this.first = first;
    this.received = alreadyReceived;
  }

  @Override
  public CompletableFuture<ByteBuffer> read() {
    CompletableFuture<ByteBuffer> next = new CompletableFuture<>();
    readInto(next);
    return next;
  }

  // one read is outstanding at a time (the contract of read()), so the fields need no lock;
  // Jetty's demand callback hands the read over to another thread, with a happens-before edge
  private void readInto(CompletableFuture<ByteBuffer> next) {
    try {
      while (true) {
        if (ended || cancelled) {
          if (first != null) {
            first.release();
            first = null;
          }
          next.complete(null);
          return;
        }
        Content.Chunk chunk = first != null ? first : request.read();
        first = null;
        if (chunk == null) {
          request.demand(() -> readInto(next));
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          next.completeExceptionally(chunk.getFailure());
          return;
        }
        ByteBuffer bytes = chunk.getByteBuffer();
        int n = bytes.remaining();
        ended = chunk.isLast();
        if (received + n > limit) {
          chunk.release();
          ended = true;
          exchange.bodyTooLarge("sent chunked");
          next.completeExceptionally(new IOException(exchange.limits().bodyTooLarge("sent chunked").trim()));
          return;
        }
        received += n;
        if (n == 0) {
          chunk.release();
          continue;
        }
        ByteBuffer copy = ByteBuffer.allocate(n);
        copy.put(bytes).flip();
        chunk.release();
        next.complete(copy);
        return;
      }
    } catch (RuntimeException e) {
      next.completeExceptionally(e);
    }
  }

  @Override
  public void cancel() {
    cancelled = true;
  }
}
