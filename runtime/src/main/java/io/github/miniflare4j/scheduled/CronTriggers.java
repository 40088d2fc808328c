package io.github.miniflare4j.scheduled;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cron triggers of an instance ({@code WorkerOptions.Builder.crons}, Wrangler's {@code
 * triggers.crons}) as seen from Java: they fire when the instance clock is moved past their fire
 * times, in time order, one run at a time; this handle waits for those runs and reports them.
 * Get it from {@code Miniflare.cronTriggers()}; cheap, need not be cached. Thread-safe.
 *
 * <pre>{@code
 * mf.clock().advance(Duration.ofDays(1));
 * List<ScheduledResult> runs = mf.cronTriggers().awaitIdle(Duration.ofSeconds(10));
 * }</pre>
 *
 * <p>Time passing on its own fires nothing (as in Miniflare, where crons only run when
 * triggered): only {@code MiniflareClock.advance} and {@code set} do, for every fire time they
 * move over.
 */
public interface CronTriggers {

  /**
   * The crons of each worker.
   *
   * @return worker name to its expressions, in declaration order; empty without triggers
   */
  Map<String, List<CronExpression>> triggers();

  /**
   * The next time a trigger fires, once the clock reaches it.
   *
   * @return the earliest pending fire time; empty without triggers
   */
  Optional<Instant> nextFireTime();

  /**
   * The runs the clock has fired so far (those finished), oldest first.
   *
   * @return a copy; empty when nothing fired
   */
  List<ScheduledResult> fired();

  /**
   * Waits until every trigger that the clock has made due has run (with its {@code
   * ctx.waitUntil} work), then returns every run so far.
   *
   * @param timeout how long to wait at most
   * @return {@link #fired()}
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_TIMEOUT} naming the next trigger
   *     still due
   */
  List<ScheduledResult> awaitIdle(Duration timeout);

  /** Forgets the runs fired so far; {@link #fired()} is empty afterwards. */
  void clearFired();

  /**
   * Moves the clock without firing the triggers it passes: they fire from the clock's new
   * reading on. For putting a clock back between tests.
   *
   * @param clockChange calls {@code advance}, {@code set} or {@code reset} on the instance clock
   */
  void runWithoutFiring(Runnable clockChange);
}
