package io.github.miniflare4j.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Counts the promises a worker passed to {@code ctx.waitUntil} that have not settled, and lets
 * Java wait until none is left. Thread-safe.
 */
public final class PendingWork {

  /** How many unread rejections are kept per worker. */
  static final int MAX_KEPT_FAILURES = 100;

  private int pending;
  private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  /** A tracker with nothing pending. */
  public PendingWork() {}

  synchronized void started() {
    pending++;
  }

  synchronized void settled(String failure) {
    if (failure != null) {
      // keep the most recent ones only: nobody may ever drain them
      if (failures.size() >= MAX_KEPT_FAILURES) {
        failures.remove(0);
      }
      failures.add(failure);
    }
    pending--;
    if (pending == 0) {
      idleWaiters.forEach(f -> f.complete(null));
      idleWaiters.clear();
    }
  }

  /**
   * The number of unsettled promises.
   *
   * @return the count, 0 when idle
   */
  public synchronized int pending() {
    return pending;
  }

  /**
   * A future that completes when no registered promise is pending.
   *
   * @return a future; already complete when nothing is pending
   */
  public synchronized CompletableFuture<Void> whenIdle() {
    if (pending == 0) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> waiter = new CompletableFuture<>();
    idleWaiters.add(waiter);
    return waiter;
  }

  /**
   * Rejections of {@code waitUntil} promises seen so far (rendered error text), then clears them.
   *
   * @return the failures, oldest first; empty when none
   */
  public synchronized List<String> drainFailures() {
    List<String> copy = List.copyOf(failures);
    failures.clear();
    return copy;
  }

  synchronized void abandon() {
    pending = 0;
    idleWaiters.forEach(f -> f.complete(null));
    idleWaiters.clear();
  }
}
