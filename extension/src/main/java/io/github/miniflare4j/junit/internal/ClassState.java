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
   * Fresh workers, storage back to the baseline (taken now if this is the first test), clock
   * back to where the baseline found it.
   */
  synchronized void reset() {
    if (ensureBaseline()) {
      instance.miniflare().restartWorkers();
      return;
    }
    instance.miniflare().restartWorkers(baseline);
    // putting the clock back must not fire the cron triggers it passes over
    instance.miniflare().cronTriggers().runWithoutFiring(() -> {
      instance.miniflare().clock().reset();
      instance.miniflare().clock().advance(clockOffset);
    });
    instance.miniflare().cronTriggers().clearFired();
  }


}
