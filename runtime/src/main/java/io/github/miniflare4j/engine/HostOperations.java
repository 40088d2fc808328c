package io.github.miniflare4j.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the host operations of one worker whose outcome will reach its loop later, from another
 * thread: a binding call's result, a socket's next chunk, a WebSocket's next message. While one is
 * outstanding, a request waiting on nothing else may still be answered, so it is not hung
 * (workerd's pending I/O). Thread-safe.
 */
public final class HostOperations {

  private final AtomicInteger outstanding = new AtomicInteger();

  HostOperations() {}

  /**
   * Counts one more operation until the returned action runs.
   *
   * @return ends the operation; running it again does nothing
   */
  public Runnable begin() {
    started();
    AtomicBoolean ended = new AtomicBoolean();
    return () -> {
      if (ended.compareAndSet(false, true)) {
        ended();
      }
    };
  }

  void started() {
    outstanding.incrementAndGet();
  }

  void ended() {
    outstanding.decrementAndGet();
  }

  /** Whether an operation's outcome is still to come. */
  boolean any() {
    return outstanding.get() > 0;
  }
}
