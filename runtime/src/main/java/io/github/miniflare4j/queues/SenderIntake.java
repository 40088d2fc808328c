package io.github.miniflare4j.queues;

import io.github.miniflare4j.engine.EventLoop;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * When messages a worker sends join their queue's backlog: Miniflare's broker takes each one in on
 * a 0 ms timer, which workerd fires only once its event loop has run out of ready events, so here
 * once the sending worker's loop has nothing ready ({@link EventLoop#whenWaiting}): quick
 * successive sends, the I/O results they await and further turns of the sender come first, a wait
 * on a timer or on an outside event lets them in (recorded). Hand-overs still planned when the
 * worker closes run then, so that no sent message is lost. One per worker isolate and producer
 * binding; {@link #execute} on the loop thread only.
 */
final class SenderIntake implements Executor, AutoCloseable {

  private final EventLoop loop;
  private final Set<Runnable> planned = new LinkedHashSet<>();

  SenderIntake(EventLoop loop) {
    this.loop = loop;
  }

  @Override
  public void execute(Runnable handOver) {
    synchronized (planned) {
      planned.add(handOver);
    }
    loop.whenWaiting(() -> runIfPlanned(handOver));
  }

  private void runIfPlanned(Runnable handOver) {
    boolean due;
    synchronized (planned) {
      due = planned.remove(handOver);
    }
    if (due) {
      handOver.run();
    }
  }

  /** Runs the hand-overs whose timer did not fire before the worker closed. */
  @Override
  public void close() {
    Runnable[] left;
    synchronized (planned) {
      left = planned.toArray(Runnable[]::new);
      planned.clear();
    }
    for (Runnable handOver : left) {
      handOver.run();
    }
  }
}
