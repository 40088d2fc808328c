package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.StorageSnapshot;
import java.time.Duration;

/**
 * The isolation state of one test class (or {@code @Nested} class): the instance it uses and
 * its baseline, taken before its first test: a snapshot of all the instance's storage (KV, the
 * Cache API, Durable Objects and every plugin kind), {@code Miniflare.snapshotStorage()}.
 */
final class ClassState {

  /** How long the baseline waits for {@code ctx.waitUntil} work started by {@code @BeforeAll}. */
  static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(10);

  /**
   * How long a test's start waits for {@code ctx.waitUntil} work of the previous test before it
   * restarts the workers instead of keeping them ({@code StorageMode.RESET_STORAGE_EACH_TEST}).
   */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(1);

  private final RunningInstance instance;
  private StorageSnapshot baseline;
  private Duration clockOffset;

  ClassState(RunningInstance instance) {
    this.instance = instance;
  }

  RunningInstance instance() {
    return instance;
  }

  /** Takes the baseline now unless it exists; returns whether it was taken by this call. */
  synchronized boolean ensureBaseline() {
    if (baseline != null) {
      return false;
    }
    instance.miniflare().waitUntilSettled(SETTLE_TIMEOUT);
    baseline = instance.miniflare().snapshotStorage();
    clockOffset = instance.miniflare().clock().offset();
    return true;
  }

  /**
   * Storage back to the baseline (taken now if this is the first test) and the clock back to
   * where the baseline found it; fresh workers, unless {@code keepWorkersWhenIdle} and nothing
   * of the previous test still runs on them after up to {@link #IDLE_TIMEOUT} ({@code
   * StorageMode.RESET_STORAGE_EACH_TEST}).
   *
   * @param keepWorkersWhenIdle whether module globals may carry over to the next test
   */
  synchronized void reset(boolean keepWorkersWhenIdle) {
    boolean keepWorkers = keepWorkersWhenIdle && instance.miniflare().awaitIdle(IDLE_TIMEOUT);
    if (ensureBaseline()) {
      if (!keepWorkers) {
        instance.miniflare().restartWorkers();
      }
      return;
    }
    if (keepWorkers) {
      instance.miniflare().restoreStorage(baseline);
    } else {
      instance.miniflare().restartWorkers(baseline);
    }
    // putting the clock back must not fire the cron triggers it passes over
    instance.miniflare().cronTriggers().runWithoutFiring(() -> {
      instance.miniflare().clock().reset();
      instance.miniflare().clock().advance(clockOffset);
    });
    instance.miniflare().cronTriggers().clearFired();
  }


}
