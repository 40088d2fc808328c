package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.FetchResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The streamed responses of one isolate whose body is still being produced, so that they can be
 * cut when the isolate cannot finish them: its code exceeded the CPU limit, or it was closed.
 * Without this a client would wait for the rest of the body until its connection timed out.
 */
final class OpenStreams {

  private final Set<Tracked> open = ConcurrentHashMap.newKeySet();

  /** Wraps a sink so that it is known from its head to its end. */
  ResponseBodySink track(ResponseBodySink sink) {
    return new Tracked(sink, false);
  }

  /**
   * Like {@link #track(ResponseBodySink)} for the body of a request another worker made through a
   * binding: cut as hung by {@link #cutHung} when the worker's code waits on nothing.
   */
  ResponseBodySink trackForWorker(ResponseBodySink sink) {
    return new Tracked(sink, true);
  }

  /** Whether a body read by another worker is open (see {@link #cutHung}). */
  boolean anyForWorker() {
    for (Tracked stream : open) {
      if (stream.forWorker) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cuts the open bodies read by another worker with workerd's hung error: the worker is idle and
   * nothing outside it can settle what their streams wait for (workerd cancels such a request and
   * the caller's read fails).
   *
   * @param reason the headline, for the log
   * @param error the error the readers get, as {@link ResponseBodySink#abort(String, String[])} takes it
   */
  void cutHung(String reason, String[] error) {
    for (Tracked stream : Set.copyOf(open)) {
      if (stream.forWorker) {
        stream.abort(reason, error);
      }
    }
  }

  /** Whether a streamed body has begun and not ended yet. */
  boolean any() {
    return !open.isEmpty();
  }

  /** Cuts every open stream short; later calls from the worker's pump are ignored. */
  void abortAll(String reason) {
    for (Tracked stream : Set.copyOf(open)) {
      stream.cut(reason);
    }
  }

  private final class Tracked implements ResponseBodySink {
    private final ResponseBodySink sink;
    private final boolean forWorker;
    private boolean done;

    Tracked(ResponseBodySink sink, boolean forWorker) {
      this.sink = sink;
      this.forWorker = forWorker;
    }

    @Override
    public synchronized void start(FetchResponse head, long contentLength) {
      // a body may end before its head is handed on (a Durable Object's settles a turn later)
      if (!done) {
        open.add(this);
      }
      sink.start(head, contentLength);
    }

    @Override
    public synchronized CompletableFuture<Void> write(ByteBuffer chunk) {
      return done ? CompletableFuture.failedFuture(new IOException("The response was cut short")) : sink.write(chunk);
    }

    @Override
    public synchronized void end() {
      if (finish()) {
        sink.end();
      }
    }

    @Override
    public synchronized void abort(String reason) {
      if (finish()) {
        sink.abort(reason);
      }
    }

    @Override
    public synchronized void abort(String reason, String[] error) {
      if (finish()) {
        sink.abort(reason, error);
      }
    }

    @Override
    public void onCancel(Runnable listener) {
      sink.onCancel(listener);
    }

    synchronized void cut(String reason) {
      abort(reason);
    }

    private boolean finish() {
      open.remove(this);
      boolean first = !done;
      done = true;
      return first;
    }
  }
}
