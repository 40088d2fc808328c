package io.github.miniflare4j.engine;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few worker Contexts prepared ahead, each with the prelude already evaluated on its own loop
 * thread, so that starting a worker skips the largest part of its start-up. Once a worker has
 * started, spares are prepared in the background, one at a time. No worker code ever ran in a spare: what a
 * worker sees is the same as in a Context built for it.
 *
 * <p>System property {@code miniflare4j.spareContexts}: how many to keep ready (default 2; 0
 * turns preparing ahead off). When preparing fails once, it stops for the life of the JVM and
 * every worker builds its own Context, as without spares.
 */
final class SpareContexts {

  private static final Logger LOG = LoggerFactory.getLogger(SpareContexts.class);
  private static final int SIZE = Math.max(0, Integer.getInteger("miniflare4j.spareContexts", 2));
  private static final Queue<PreparedContext> READY = new ConcurrentLinkedQueue<>();
  private static final AtomicInteger PREPARING = new AtomicInteger();
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final AtomicInteger STARTING = new AtomicInteger();
  private static volatile boolean failed;

  private SpareContexts() {}

  /** Whether preparing a spare failed, which turned preparing ahead off (tests watch this). */
  static boolean failed() {
    return failed;
  }

  /** A prepared Context, or {@code null} when none is ready; a worker start begins. */
  static PreparedContext take() {
    STARTING.incrementAndGet();
    return READY.poll();
  }

  /** A worker start that called {@link #take} has ended; the last one replenishes the spares. */
  static void startEnded() {
    if (STARTING.decrementAndGet() == 0) {
      replenish();
    }
  }

  /**
   * Prepares spares up to the count, one at a time, in the background, while no worker is
   * starting, so that preparing never competes with a start for the CPU (the first start of a JVM
   * is the slowest).
   */
  private static void replenish() {
    if (failed || STARTING.get() > 0 || READY.size() >= SIZE || !PREPARING.compareAndSet(0, 1)) {
      return;
    }
    EventLoop loop = new EventLoop("spare");
    loop.rename("miniflare4j-spare-" + NAMES.incrementAndGet());
    loop.submit(() -> PreparedContext.create(loop, true))
        .whenComplete(
            (spare, error) -> {
              if (spare != null) {
                READY.add(spare);
              } else {
                failed = true;
                LOG.debug("preparing a spare Context failed; workers build their own from now on", error);
                loop.close();
              }
              PREPARING.set(0);
              replenish();
            });
  }
}
