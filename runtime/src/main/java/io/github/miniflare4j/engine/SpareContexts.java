package io.github.miniflare4j.engine;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few worker Contexts prepared ahead, each with the prelude already evaluated on its own loop
 * thread, so that starting a worker skips the largest part of its start-up. No worker code ever
 * ran in a spare: what a worker sees is the same as in a Context built for it.
 *
 * <p>Nothing is prepared until a worker starts after the JVM's first start has ended: preparing
 * never competes with the slowest start of all (a cold JVM), and a JVM that starts workers once
 * (a suite of one test class, a dev server) never pays for spares it would not use. From the second
 * start on, taking a spare starts preparing its replacement at once, one at a time on its own
 * thread: on a machine with a spare core, instances started back to back (test classes,
 * benchmark cycles) find a Context ready or being prepared beside them instead of paying for it
 * in turn.
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
  private static volatile boolean firstStartEnded;
  private static volatile boolean failed;

  private SpareContexts() {}

  /** Whether preparing a spare failed, which turned preparing ahead off (tests watch this). */
  static boolean failed() {
    return failed;
  }

  /**
   * A prepared Context, or {@code null} when none is ready; a worker start begins. After the JVM's
   * first start, its replacement is prepared right away.
   */
  static PreparedContext take() {
    PreparedContext spare = READY.poll();
    while (spare != null && spare.lazyTranslation && !CodeTranslation.lazy()) {
      discard(spare); // prepared before coverage asked for eager translation
      spare = READY.poll();
    }
    if (firstStartEnded) {
      replenish();
    }
    return spare;
  }

  private static void discard(PreparedContext spare) {
    spare.loop.submit(() -> {
      spare.context.close(true);
      return null;
    }).whenComplete((ignored, error) -> spare.loop.close());
  }

  /** A worker start that called {@link #take} has ended; later starts replenish the spares. */
  static void startEnded() {
    firstStartEnded = true;
  }

  /** Prepares spares up to the count, one at a time, in the background. */
  private static void replenish() {
    if (failed || READY.size() >= SIZE || !PREPARING.compareAndSet(0, 1)) {
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
