package io.github.miniflare4j.engine;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
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
 * (a suite of one test class, a dev server) never pays for spares it would not use. The one
 * exception is asked for ({@link #prepareFirstAhead}): the first start's own Context, prepared while
 * the JVM does something else (a test run discovering its tests). From the second
 * start on, taking a spare starts preparing its replacement at once, in the background: on a
 * machine with a spare core, instances started back to back (test classes, benchmark cycles) find
 * a Context ready or being prepared beside them instead of paying for it in turn.
 *
 * <p>How many: at least {@code miniflare4j.spareContexts} (system property, default 2; 0 turns
 * preparing ahead off), and as many as the last instance started ({@link #demand}), up to {@link
 * #MAX_DEMANDED}, so that an instance of several workers started again finds one for each. Up to
 * one per available processor is prepared at the same time. When preparing fails once, it stops
 * for the life of the JVM and every worker builds its own Context, as without spares.
 *
 * <p>While the JVM is young, a spare also runs the dispatch path once without worker code (the
 * warm-up of {@link PreparedContext#create}), which makes the first request of the worker that
 * takes it several times faster (measured on a loaded 2-core machine: 80-230 ms against 150-900
 * ms for the JVM's third instance; the JVM's first two warm-ups take about 45 ms of CPU each).
 * Once a warm-up takes less than {@link #WARM_UP_WORTH_NANOS} of CPU, spares are prepared
 * without it for the life of the JVM: from then on a warm-up takes 3 to 7 ms and saves the first
 * request about one, so in back-to-back warm starts it only competed with them for the cores.
 */
final class SpareContexts {

  private static final Logger LOG = LoggerFactory.getLogger(SpareContexts.class);
  private static final int SIZE = Math.max(0, Integer.getInteger("miniflare4j.spareContexts", 2));
  /** The most spares kept for the demand of one instance (more when the property asks for more). */
  static final int MAX_DEMANDED = 8;
  /** A warm-up cheaper than this (CPU time) ends the warm-ups of spares. */
  static final long WARM_UP_WORTH_NANOS = 10_000_000L;
  private static final Queue<PreparedContext> READY = new ConcurrentLinkedQueue<>();
  private static final AtomicInteger PREPARING = new AtomicInteger();
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final AtomicInteger TAKEN_AHEAD = new AtomicInteger();
  /** How many Contexts the last instance started asked for ({@link #demand}). */
  private static volatile int lastDemand;
  private static volatile boolean firstStartEnded;
  private static volatile boolean failed;
  private static volatile boolean warmUp = true;
  /** The Context {@link #prepareFirstAhead} started preparing, until the first start took it. */
  private static volatile CompletableFuture<?> firstAhead;

  private SpareContexts() {}

  /** Whether preparing a spare failed, which turned preparing ahead off (tests watch this). */
  static boolean failed() {
    return failed;
  }

  /** How many worker starts took the Context {@link #prepareFirstAhead} prepared (tests watch this). */
  static int takenAhead() {
    return TAKEN_AHEAD.get();
  }

  /** How many spares are ready now (tests watch this). */
  static int ready() {
    return READY.size();
  }

  /** How many spares the pool keeps now: the configured count, or the last instance's demand. */
  static int target() {
    if (SIZE == 0) {
      return 0;
    }
    return Math.min(Math.max(SIZE, MAX_DEMANDED), Math.max(SIZE, lastDemand));
  }

  /**
   * An instance is about to start {@code workers} workers that may take spares: from now on the
   * pool keeps as many ready (within the bounds of {@link #target}).
   */
  static void demand(int workers) {
    lastDemand = workers;
  }

  /**
   * A prepared Context, or {@code null} when none is ready; a worker start begins. After the JVM's
   * first start, its replacement is prepared right away.
   */
  static PreparedContext take() {
    CompletableFuture<?> ahead = firstAhead;
    firstAhead = null;
    if (ahead != null) {
      // prepared ahead for this start: it is further along than a Context built now would be
      ahead.handle((ignored, error) -> null).join();
    }
    PreparedContext spare = READY.poll();
    if (ahead != null && spare != null) {
      TAKEN_AHEAD.incrementAndGet();
    }
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

  /**
   * Starts preparing, in the background, the Context the JVM's first worker start will take (see
   * {@code Miniflare.prepareInBackground}); nothing when spares are turned off, once the JVM's
   * first worker start has ended, or while something is being prepared. That start waits for it rather than building its
   * own. No warm-up: it would compete with whatever the JVM does meanwhile.
   */
  static void prepareFirstAhead() {
    if (SIZE == 0 || failed || firstStartEnded || firstAhead != null || !PREPARING.compareAndSet(0, 1)) {
      return;
    }
    firstAhead = prepareOne(false);
  }

  /** Prepares spares up to the target in the background, up to one per processor at a time. */
  private static void replenish() {
    int parallel = Math.max(1, Runtime.getRuntime().availableProcessors());
    while (true) {
      int preparing = PREPARING.get();
      if (failed || READY.size() + preparing >= target() || preparing >= parallel) {
        return;
      }
      if (PREPARING.compareAndSet(preparing, preparing + 1)) {
        prepareOne(warmUp);
      }
    }
  }

  /** Prepares one spare on a new loop thread; the future completes once it is in {@link #READY}. */
  private static CompletableFuture<?> prepareOne(boolean warmingUp) {
    EventLoop loop = new EventLoop("spare");
    loop.rename("miniflare4j-spare-" + NAMES.incrementAndGet());
    return loop.submit(() -> PreparedContext.create(loop, warmingUp))
        .whenComplete(
            (spare, error) -> {
              if (spare != null) {
                if (warmingUp && spare.warmUpNanos < WARM_UP_WORTH_NANOS) {
                  warmUp = false;
                }
                READY.add(spare);
              } else {
                failed = true;
                LOG.debug("preparing a spare Context failed; workers build their own from now on", error);
                loop.close();
              }
              PREPARING.decrementAndGet();
              if (firstStartEnded) {
                replenish();
              }
            });
  }
}
