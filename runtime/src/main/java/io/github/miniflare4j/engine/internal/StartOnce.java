package io.github.miniflare4j.engine.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A value computed once per JVM, either by the first thread that needs it or ahead of that by a
 * background thread ({@link #startInBackground}), so that a slow piece of the start (the GraalJS
 * engine) runs beside other start work on a second core. A thread that needs the value while it is
 * being computed waits for it; when computing it failed, every caller gets the same exception
 * (never a class-initialization error in its place).
 *
 * @param <T> the value's type
 */
public final class StartOnce<T> {

  private final FutureTask<T> task;
  private final AtomicBoolean started = new AtomicBoolean();

  /**
   * A value not computed yet.
   *
   * @param work computes it; runs at most once
   */
  public StartOnce(Callable<T> work) {
    this.task = new FutureTask<>(work);
  }

  /**
   * The value: computed on this thread unless another thread computes or computed it, then waited
   * for (an interrupt is kept for later, never thrown: callers expect the value).
   *
   * @return the value
   * @throws RuntimeException or {@link Error} as computing it threw
   */
  public T get() {
    computeHere();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Computes the value on this thread unless some thread started computing it; never throws (a
   * failure is kept for {@link #get} callers).
   */
  public void computeHere() {
    if (started.compareAndSet(false, true)) {
      task.run();
    }
  }

  /**
   * Starts computing the value on a new daemon thread, unless some thread already started; then
   * runs {@code next} on that thread (a failure there is left for {@link #get} callers to see).
   *
   * @param threadName the background thread's name
   * @param next what to run on the same thread afterwards (e.g. starting the next value), or
   *     {@code null}
   */
  public void startInBackground(String threadName, Runnable next) {
    if (started.compareAndSet(false, true)) {
      Thread thread = new Thread(() -> {
        task.run();
        if (next != null) {
          next.run();
        }
      }, threadName);
      thread.setDaemon(true);
      thread.start();
    }
  }
}
