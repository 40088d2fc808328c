package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.cache.CacheStorage;
import io.github.miniflare4j.durable.DurableObjectsSnapshot;
import io.github.miniflare4j.kv.KvStorage;
import java.time.Duration;

/**
 * The isolation state of one test class (or {@code @Nested} class): the instance it uses and
 * its baseline, taken before its first test: a snapshot of every KV namespace and of every
 * Cache API cache (copy-on-write in memory) and a copy of the in-memory Durable Object storage.
 */
final class ClassState {

  /** How long the baseline waits for {@code ctx.waitUntil} work started by {@code @BeforeAll}. */
  static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(10);

  private final RunningInstance instance;
  private KvStorage.Snapshot baseline;
  private CacheStorage.Snapshot cacheBaseline;
  private DurableObjectsSnapshot durableBaseline;
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
    baseline = instance.miniflare().kvStorage().snapshot();
    cacheBaseline = instance.miniflare().cacheStorage().snapshot();
    durableBaseline = snapshotDurableObjects(instance.miniflare());
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
    instance.miniflare().restartWorkers();
    instance.miniflare().kvStorage().restore(baseline);
    instance.miniflare().cacheStorage().restore(cacheBaseline);
    if (durableBaseline != null) {
      instance.miniflare().restoreDurableObjects(durableBaseline);
    }
    // putting the clock back must not fire the cron triggers it passes over
    instance.miniflare().cronTriggers().runWithoutFiring(() -> {
      instance.miniflare().clock().reset();
      instance.miniflare().clock().advance(clockOffset);
    });
    instance.miniflare().cronTriggers().clearFired();
  }

  /**
   * A copy of every Durable Object's storage when the instance has Durable Objects kept in
   * memory, else {@code null} (persisted objects are not rolled back).
   */
  static DurableObjectsSnapshot snapshotDurableObjects(Miniflare miniflare) {
    boolean any = miniflare.options().workers().stream().anyMatch(w -> !w.durableObjects().isEmpty());
    return any && miniflare.options().durableObjectsPersist() == null ? miniflare.snapshotDurableObjects() : null;
  }

}
