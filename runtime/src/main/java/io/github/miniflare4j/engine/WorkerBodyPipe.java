package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A response body streamed from one worker (the callee, which writes it as a {@link
 * ResponseBodySink} on its loop thread) to another (the caller, which reads it as a {@link
 * StreamedRequestBody} on its own loop thread): a service binding's or a Durable Object stub's
 * {@code fetch()}. A write completes once the reader has taken the chunk, so the callee produces
 * as fast as the caller reads. A cancel by the reader fails the pending and later writes and tells
 * the callee's pump ({@link #onCancel}); a failure of the callee's stream reaches the reader after
 * the chunks sent before it, with the error as the callee described it ({@link #failure()}).
 */
final class WorkerBodyPipe implements ResponseBodySink, StreamedRequestBody {

  /** workerd's error for a write into a body its reader dropped (recorded, Durable Objects). */
  static final String CONNECTION_LOST = "Network connection lost.";

  private record Chunk(ByteBuffer bytes, CompletableFuture<Void> taken) {}

  private final ArrayDeque<Chunk> chunks = new ArrayDeque<>();
  private CompletableFuture<ByteBuffer> waiting;
  private boolean started;
  private boolean ended;
  private boolean cancelled;
  private IOException failed;
  private String[] failure;
  private Runnable cancelListener;

  /** Whether the callee's body streams through this pipe (known once its head has arrived). */
  synchronized boolean started() {
    return started;
  }

  // ---- the callee's side --------------------------------------------------------------------

  @Override
  public synchronized void start(FetchResponse head, long contentLength) {
    started = true;
  }

  @Override
  public CompletableFuture<Void> write(ByteBuffer chunk) {
    CompletableFuture<ByteBuffer> reader;
    synchronized (this) {
      if (cancelled) {
        return CompletableFuture.failedFuture(new IOException(CONNECTION_LOST));
      }
      if (waiting == null) {
        Chunk queued = new Chunk(chunk, new CompletableFuture<>());
        chunks.add(queued);
        return queued.taken();
      }
      reader = waiting;
      waiting = null;
    }
    reader.complete(chunk);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void end() {
    CompletableFuture<ByteBuffer> reader;
    synchronized (this) {
      ended = true;
      reader = waiting;
      waiting = null;
    }
    if (reader != null) {
      reader.complete(null);
    }
  }

  @Override
  public void abort(String reason) {
    abort(reason, null);
  }

  @Override
  public void abort(String reason, String[] error) {
    CompletableFuture<ByteBuffer> reader;
    IOException failure;
    synchronized (this) {
      if (ended || failed != null) {
        return;
      }
      failed = new IOException(error == null ? CONNECTION_LOST : reason);
      this.failure = error;
      failure = failed;
      reader = waiting;
      waiting = null;
    }
    if (reader != null) {
      reader.completeExceptionally(failure);
    }
  }

  @Override
  public void onCancel(Runnable listener) {
    boolean now;
    synchronized (this) {
      cancelListener = listener;
      now = cancelled;
    }
    if (now) {
      listener.run();
    }
  }

  // ---- the caller's side --------------------------------------------------------------------

  @Override
  public CompletableFuture<ByteBuffer> read() {
    Chunk next;
    synchronized (this) {
      next = chunks.poll();
      if (next == null) {
        if (failed != null) {
          return CompletableFuture.failedFuture(failed);
        }
        if (ended || cancelled) {
          return CompletableFuture.completedFuture(null);
        }
        waiting = new CompletableFuture<>();
        return waiting;
      }
    }
    next.taken().complete(null);
    return CompletableFuture.completedFuture(next.bytes());
  }

  @Override
  public void cancel() {
    List<Chunk> dropped;
    synchronized (this) {
      if (cancelled || ended || failed != null) {
        cancelled = true;
        return;
      }
      cancelled = true;
      dropped = new ArrayList<>(chunks);
      chunks.clear();
      // the producer hears of the cancel before its pending write fails and before a write it
      // starts now is refused (see streamToHost): told under the lock that write() takes
      if (cancelListener != null) {
        cancelListener.run();
      }
    }
    IOException lost = new IOException(CONNECTION_LOST);
    dropped.forEach(chunk -> chunk.taken().completeExceptionally(lost));
  }

  /**
   * The error the callee's body failed with, as its prelude described it.
   *
   * @return {@code [name, message, stack, flags, details]}, or {@code null} when the body did not
   *     fail that way (it ended, or was cut short by the host)
   */
  synchronized String[] failure() {
    return failure == null ? null : failure.clone();
  }
}
