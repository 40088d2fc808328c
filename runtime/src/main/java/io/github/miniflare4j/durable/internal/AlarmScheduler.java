package io.github.miniflare4j.durable.internal;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.durable.DurableObjectLimits;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires Durable Object alarms when the instance clock reaches them: a timer for the earliest
 * pending alarm, re-planned whenever an alarm changes or the clock is moved. The alarm is
 * cleared from storage before {@code alarm()} runs; a handler that throws is retried after 2, 4,
 * 8, ... seconds of clock time, at most {@link DurableObjectLimits#ALARM_MAX_RETRIES} times, unless
 * it set a new alarm. One alarm of an object runs at a time. Thread-safe.
 */
final class AlarmScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlarmScheduler.class);

  private record Key(ObjectNamespace namespace, String id) {}

  private record Pending(long time, int retry) {}

  private final MiniflareClock clock;
  private final Runnable clockListener = this::plan;
  private final ScheduledExecutorService timer;
  private final Map<Key, Pending> pending = new HashMap<>();
  private final Set<Key> running = new HashSet<>();
  private ScheduledFuture<?> next;
  private boolean closed;

  AlarmScheduler(MiniflareClock clock) {
    this.clock = clock;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "miniflare4j-alarms");
      t.setDaemon(true);
      return t;
    });
    clock.addListener(clockListener);
  }

  /** Storage reports an object's alarm: epoch ms, or -1 when deleted. */
  void update(ObjectNamespace namespace, String id, long time) {
    synchronized (this) {
      Key key = new Key(namespace, id);
      if (time < 0) {
        pending.remove(key);
      } else {
        pending.put(key, new Pending(time, 0));
      }
    }
    plan();
  }

  /** The next alarm time of an object, including a pending retry; -1 for none. */
  synchronized long next(ObjectNamespace namespace, String id) {
    Pending p = pending.get(new Key(namespace, id));
    return p == null ? -1 : p.time();
  }

  /**
   * Runs an object's pending alarm now, whatever its time.
   *
   * @return completes with {@code true} once the handler finished (even if it threw), or {@code
   *     false} at once when no alarm was pending
   */
  CompletableFuture<Boolean> runNow(ObjectNamespace namespace, String id) {
    Key key = new Key(namespace, id);
    Pending p;
    synchronized (this) {
      p = running.contains(key) ? null : pending.remove(key);
      if (p == null) {
        return CompletableFuture.completedFuture(false);
      }
      running.add(key);
    }
    return fire(key, p).thenApply(ignored -> true);
  }

  private void plan() {
    synchronized (this) {
      if (closed) {
        return;
      }
      if (next != null) {
        next.cancel(false);
        next = null;
      }
      long earliest = Long.MAX_VALUE;
      for (Map.Entry<Key, Pending> e : pending.entrySet()) {
        if (!running.contains(e.getKey())) {
          earliest = Math.min(earliest, e.getValue().time());
        }
      }
      if (earliest == Long.MAX_VALUE) {
        return;
      }
      long delay = Math.max(0, earliest - clock.millis());
      next = timer.schedule(this::fireDue, delay, TimeUnit.MILLISECONDS);
    }
  }

  private void fireDue() {
    long now = clock.millis();
    Map<Key, Pending> due = new HashMap<>();
    synchronized (this) {
      pending.entrySet().removeIf(e -> {
        if (e.getValue().time() <= now && !running.contains(e.getKey())) {
          due.put(e.getKey(), e.getValue());
          return true;
        }
        return false;
      });
      running.addAll(due.keySet());
    }
    due.forEach(this::fire);
    plan();
  }

  private CompletableFuture<Void> fire(Key key, Pending p) {
    // the first run clears the stored alarm as it starts, inside the object (durable.js)
    CompletableFuture<Void> done = new CompletableFuture<>();
    CompletableFuture<String> run;
    try {
      run = key.namespace().alarm(key.id(), p.retry(), p.time());
    } catch (RuntimeException e) {
      run = CompletableFuture.failedFuture(e);
    }
    run.whenComplete((ok, error) -> {
      synchronized (this) {
        running.remove(key);
        if (error != null && !closed) {
          LOG.warn("alarm() of Durable Object {} {} failed (retry {}): {}", key.namespace().uniqueKey(), key.id(),
              p.retry(), error.getMessage());
          if (!pending.containsKey(key) && p.retry() < DurableObjectLimits.ALARM_MAX_RETRIES) {
            long at = clock.millis() + DurableObjectLimits.alarmRetryDelay(p.retry() + 1).toMillis();
            pending.put(key, new Pending(at, p.retry() + 1));
          }
        }
      }
      plan();
      done.complete(null);
    });
    return done;
  }

  /** Forgets every pending alarm (after storage was replaced). */
  synchronized void clear() {
    pending.clear();
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      pending.clear();
      if (next != null) {
        next.cancel(false);
      }
    }
    clock.removeListener(clockListener);
    timer.shutdownNow();
  }
}
