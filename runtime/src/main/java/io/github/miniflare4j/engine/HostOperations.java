package io.github.miniflare4j.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the host operations of one worker whose outcome will reach its loop later, from another
 * thread: a binding call's result, a socket's next chunk, a WebSocket's next message. While one is
 * outstanding, a request waiting on nothing else may still be answered, so it is not hung
 * (workerd's pending I/O). Those within the instance (a binding call, a request to another worker;
 * not a wait on the network) are also counted apart, for {@link EventLoop#trackOperations}.
 * Thread-safe.
 */
public final class HostOperations {

  private final AtomicInteger outstanding = new AtomicInteger();
  private final AtomicInteger withinInstance = new AtomicInteger();

  HostOperations() {}

  /**
   * Counts one more operation that waits on the network (a socket's next chunk, a WebSocket's next
   * message) until the returned action runs.
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

  /** Counts one more operation within the instance (a binding call's result). */
  void started() {
    withinInstance.incrementAndGet();
    outstanding.incrementAndGet();
  }

  /** Ends an operation counted by {@link #started()}. */
  void ended() {
    withinInstance.decrementAndGet();
    outstanding.decrementAndGet();
  }

  /** Whether an operation's outcome is still to come. */
  boolean any() {
    return outstanding.get() > 0;
  }

  /** Whether the outcome of an operation within the instance is still to come. */
  boolean anyWithinInstance() {
    return withinInstance.get() > 0;
  }
}
