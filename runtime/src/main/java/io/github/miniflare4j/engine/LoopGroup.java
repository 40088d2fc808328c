package io.github.miniflare4j.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The event loops of one instance, standing for workerd's one thread: a loop waiting on another
 * worker (a service binding's answer, an RPC result) counts that wait as ready work while some loop
 * of the group has work ready, as workerd runs the callee's events before it reads a new request or
 * fires a timer; once every loop of the group waits, the callee waits on something outside (a timer
 * not yet due, the network), and so may the caller. Thread-safe.
 */
public final class LoopGroup {

  private final Set<EventLoop> loops = ConcurrentHashMap.newKeySet();

  /** An empty group; loops join it as their workers start. */
  public LoopGroup() {}

  void join(EventLoop loop) {
    loops.add(loop);
  }

  void leave(EventLoop loop) {
    loops.remove(loop);
    wentIdle(loop);
  }

  /**
   * Wakes the loops other than {@code idle} that wait for the group's ready work to be done (see
   * {@link EventLoop#watchingGroup}): {@code idle} has just run out of it.
   */
  void wentIdle(EventLoop idle) {
    for (EventLoop loop : loops) {
      if (loop != idle && loop.watchingGroup()) {
        loop.wake();
      }
    }
  }

  /** Whether a loop of the group other than {@code self} runs or has a task queued. */
  boolean anyBusyBesides(EventLoop self) {
    for (EventLoop loop : loops) {
      if (loop != self && loop.busy()) {
        return true;
      }
    }
    return false;
  }
}
