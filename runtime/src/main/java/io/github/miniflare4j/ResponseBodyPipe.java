package io.github.miniflare4j;

import io.github.miniflare4j.engine.ResponseBodySink;
import io.github.miniflare4j.http.FetchResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A streamed response body handed from the worker's loop thread to a Java reader. The worker's
 * next write waits until the reader has taken the previous chunk (backpressure of one chunk);
 * closing the reader fails the pending and later writes, which cancels the worker's stream.
 */
final class ResponseBodyPipe extends InputStream implements ResponseBodySink {

  private static final Object END = new Object();

  private record Chunk(ByteBuffer bytes, CompletableFuture<Void> taken) {}

  private record Failure(String reason) {}

  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final Duration readTimeout;
  private final String request;
  private volatile boolean started;
  private volatile boolean closed;
  /** The chunk being read (reader thread only). */
  private Chunk current;
  private boolean ended;

  ResponseBodyPipe(Duration readTimeout, String request) {
    this.readTimeout = readTimeout;
    this.request = request;
  }

  /** Whether the worker's body streams through this pipe (known once the head has arrived). */
  boolean started() {
    return started;
  }

  // ---- the worker's side (loop thread) ----------------------------------------------------

  @Override
  public void start(FetchResponse head, long contentLength) {
    started = true;
  }

  @Override
  public CompletableFuture<Void> write(ByteBuffer chunk) {
    if (closed) {
      return CompletableFuture.failedFuture(new IOException("The reader closed the response body"));
    }
    CompletableFuture<Void> taken = new CompletableFuture<>();
    queue.add(new Chunk(chunk, taken));
    if (closed) {
      taken.completeExceptionally(new IOException("The reader closed the response body"));
    }
    return taken;
  }

  @Override
  public void end() {
    queue.add(END);
  }

  @Override
  public void abort(String reason) {
    queue.add(new Failure(reason));
  }

  // ---- the reader's side ------------------------------------------------------------------

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (current == null || !current.bytes().hasRemaining()) {
      if (current != null) {
        current.taken().complete(null);
        current = null;
      }
      if (ended || closed) {
        return -1;
      }
      Object next;
      try {
        next = queue.poll(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while reading the body of " + request, e);
      }
      if (next == null) {
        throw new IOException("No more of the body of " + request + " arrived within " + readTimeout);
      } else if (next == END) {
        ended = true;
      } else if (next instanceof Failure failure) {
        ended = true;
        throw new IOException("The worker's response body failed: " + failure.reason());
      } else {
        current = (Chunk) next;
      }
    }
    int n = Math.min(length, current.bytes().remaining());
    current.bytes().get(into, offset, n);
    return n;
  }

  @Override
  public int available() {
    return current == null ? 0 : current.bytes().remaining();
  }

  @Override
  public void close() {
    closed = true;
    IOException gone = new IOException("The reader closed the response body");
    if (current != null) {
      current.taken().completeExceptionally(gone);
      current = null;
    }
    for (Object left; (left = queue.poll()) != null; ) {
      if (left instanceof Chunk chunk) {
        chunk.taken().completeExceptionally(gone);
      }
    }
  }
}
