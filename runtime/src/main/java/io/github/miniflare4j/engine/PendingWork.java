package io.github.miniflare4j.engine;

import io.github.miniflare4j.http.WaitUntilWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Counts the promises passed to {@code ctx.waitUntil} that have not settled, and lets Java wait
 * until none is left: one per worker (all its requests) and one per request. Thread-safe.
 */
public final class PendingWork implements WaitUntilWork {

  /** How many unread rejections are kept per worker. */
  static final int MAX_KEPT_FAILURES = 100;

  private final String workerName;
  private final String request;
  private int pending;
  private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private boolean hung;

  /** The work of a whole worker. */
  PendingWork(String workerName) {
    this(workerName, "");
  }

  /** The work of one request to a worker. */
  PendingWork(String workerName, String request) {
    this.workerName = workerName;
    this.request = request;
  }

  /**
   * A tracker for one invocation that is not a request (a scheduled event, a queue batch): the
   * prelude entry running it counts the invocation's {@code ctx.waitUntil} promises here.
   *
   * @param workerName the worker's display name
   * @param invocation what runs, for messages, e.g. {@code scheduled "0 3 * * *"}
   * @return a tracker with nothing pending
   */
  public static PendingWork forInvocation(String workerName, String invocation) {
    return new PendingWork(workerName, invocation);
  }

  @Override
  public String workerName() {
    return workerName;
  }

  @Override
  public String request() {
    return request;
  }

  synchronized void started() {
    if (!hung) {
      pending++;
    }
  }

  synchronized void settled(String failure) {
    if (hung) {
      return; // the invocation was canceled: what settles now no longer counts
    }
    if (failure != null) {
      failed(failure);
    }
    pending--;
    if (pending == 0) {
      idleWaiters.forEach(f -> f.complete(null));
      idleWaiters.clear();
    }
  }

  /** Records a failure of the invocation (a rendered error) without changing what is pending. */
  synchronized void failed(String failure) {
    // keep the most recent ones only: nobody may ever drain them
    if (failures.size() >= MAX_KEPT_FAILURES) {
      failures.remove(0);
    }
    failures.add(failure);
  }

  @Override
  public synchronized int pending() {
    return pending;
  }

  @Override
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

  /**
   * Whether the invocation was ended as hung: its handler or a {@code waitUntil} promise waited on
   * nothing that could settle it, so workerd canceled the event (see {@code InFlightRequests}).
   *
   * @return {@code true} once ended so; what was pending is no longer waited for
   */
  public synchronized boolean hung() {
    return hung;
  }

  /** Ends the invocation as hung: {@link #hung()} answers {@code true} and nothing pending is waited for. */
  synchronized void hang() {
    hung = true;
    abandon();
  }

  synchronized void abandon() {
    pending = 0;
    idleWaiters.forEach(f -> f.complete(null));
    idleWaiters.clear();
  }
}
