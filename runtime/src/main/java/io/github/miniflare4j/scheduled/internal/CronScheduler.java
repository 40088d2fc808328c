package io.github.miniflare4j.scheduled.internal;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.WorkerException;
import io.github.miniflare4j.engine.WorkerDirectory;
import io.github.miniflare4j.scheduled.CronExpression;
import io.github.miniflare4j.scheduled.CronTriggers;
import io.github.miniflare4j.scheduled.ScheduledResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the cron triggers of an instance's workers when the instance clock is moved past their
 * fire times: each trigger that falls due runs once per fire time, one run at a time, in time
 * order (ties in declaration order), each with its own {@code scheduledTime}. Time passing on
 * its own fires nothing, as in Miniflare (where crons only run when triggered); moving the clock
 * back skips to the next fire times after the new now. Thread-safe.
 */
public final class CronScheduler implements CronTriggers, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CronScheduler.class);

  /** One cron of one worker, with the next time it fires ({@link Long#MAX_VALUE} for never). */
  private static final class Trigger {
    final String worker;
    final CronExpression cron;
    long next;

    Trigger(String worker, CronExpression cron) {
      this.worker = worker;
      this.cron = cron;
    }

    void planAfter(long millis) {
      next = cron.next(Instant.ofEpochMilli(millis)).map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
    }
  }

  private final MiniflareClock clock;
  private final WorkerDirectory workers;
  private final Duration runTimeout;
  private final List<Trigger> triggers;
  private final Runnable clockListener = this::clockChanged;
  private final ExecutorService runner;
  private final List<ScheduledResult> fired = new ArrayList<>();
  /** Everything due at or before this time fires; the clock's reading when last seen. */
  private long horizon;
  private boolean draining;
  private boolean suspended;
  private boolean closed;

  private CronScheduler(MiniflareClock clock, WorkerDirectory workers, Duration runTimeout, List<Trigger> triggers) {
    this.clock = clock;
    this.workers = workers;
    this.runTimeout = runTimeout;
    this.triggers = triggers;
    this.horizon = clock.millis();
    triggers.forEach(t -> t.planAfter(horizon));
    this.runner = triggers.isEmpty() ? null : Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "miniflare4j-cron");
      thread.setDaemon(true);
      return thread;
    });
    if (!triggers.isEmpty()) {
      clock.addListener(clockListener);
    }
  }

  /**
   * Parses every worker's crons and starts following the clock.
   *
   * @param cronsByWorker each worker's cron expressions, by worker name, in declaration order
   * @param clock the instance clock
   * @param workers finds the running worker at each run (so runs survive restarts)
   * @param runTimeout how long one run may take before it is reported failed
   * @return the scheduler; inert when no worker has a cron
   * @throws MiniflareException {@code ERR_VALIDATION} naming the worker and the invalid expression
   */
  public static CronScheduler start(Map<String, List<String>> cronsByWorker, MiniflareClock clock,
      WorkerDirectory workers, Duration runTimeout) {
    List<Trigger> triggers = new ArrayList<>();
    cronsByWorker.forEach((worker, crons) -> {
      for (String cron : crons) {
        try {
          triggers.add(new Trigger(worker, CronExpression.parse(cron)));
        } catch (MiniflareException e) {
          throw new MiniflareException(ErrorCode.ERR_VALIDATION,
              "Worker \"" + (worker.isEmpty() ? "(unnamed)" : worker) + "\" has an invalid cron trigger: "
                  + e.getMessage(), e);
        }
      }
    });
    return new CronScheduler(clock, workers, runTimeout, triggers);
  }

  /**
   * The crons of each worker.
   *
   * @return worker name to its expressions, in declaration order
   */
  @Override
  public Map<String, List<CronExpression>> triggers() {
    Map<String, List<CronExpression>> byWorker = new LinkedHashMap<>();
    triggers.forEach(t -> byWorker.computeIfAbsent(t.worker, w -> new ArrayList<>()).add(t.cron));
    return byWorker;
  }

  /**
   * The next time some trigger fires, if the clock is moved that far.
   *
   * @return the earliest pending fire time; empty without triggers
   */
  @Override
  public synchronized Optional<Instant> nextFireTime() {
    long earliest = triggers.stream().mapToLong(t -> t.next).min().orElse(Long.MAX_VALUE);
    return earliest == Long.MAX_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(earliest));
  }

  /**
   * The runs fired by the clock so far, oldest first.
   *
   * @return a copy
   */
  @Override
  public synchronized List<ScheduledResult> fired() {
    return List.copyOf(fired);
  }

  /** Forgets the runs fired so far. */
  @Override
  public synchronized void clearFired() {
    fired.clear();
  }

  /**
   * Waits until every trigger that is due on the clock has run.
   *
   * @param timeout how long to wait at most
   * @return {@link #fired()}
   * @throws MiniflareException {@code ERR_TIMEOUT} naming the triggers still due
   */
  @Override
  public synchronized List<ScheduledResult> awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!closed && (draining || due() != null)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        Trigger next = due();
        throw new MiniflareException(ErrorCode.ERR_TIMEOUT, "Cron triggers did not finish within " + timeout
            + (next == null ? "" : "; next due: \"" + next.cron + "\" of worker \"" + next.worker + "\" at "
                + Instant.ofEpochMilli(next.next)));
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MiniflareException(ErrorCode.ERR_TIMEOUT, "Interrupted while waiting for cron triggers", e);
      }
    }
    return fired();
  }

  /**
   * Runs {@code clockChange} without firing anything for the time it moves the clock over;
   * afterwards the triggers fire from the clock's new reading on. For putting the clock back
   * between tests.
   *
   * @param clockChange moves the clock
   */
  @Override
  public void runWithoutFiring(Runnable clockChange) {
    Objects.requireNonNull(clockChange, "clockChange");
    synchronized (this) {
      suspended = true;
    }
    try {
      clockChange.run();
    } finally {
      synchronized (this) {
        suspended = false;
        replan(clock.millis());
      }
    }
  }

  private void clockChanged() {
    synchronized (this) {
      if (closed || suspended) {
        return;
      }
      long now = clock.millis();
      if (now < horizon) {
        replan(now);
        return;
      }
      horizon = now;
      if (draining || due() == null) {
        return;
      }
      draining = true;
    }
    try {
      runner.execute(this::drain);
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        draining = false;
        notifyAll();
      }
    }
  }

  /** The clock moved back: the next fire times are those after the new reading. */
  private void replan(long now) {
    horizon = now;
    triggers.forEach(t -> t.planAfter(now));
    notifyAll();
  }

  /** The trigger firing first among those due (declaration order breaks ties), or null. */
  private Trigger due() {
    Trigger first = null;
    for (Trigger t : triggers) {
      if (t.next <= horizon && (first == null || t.next < first.next)) {
        first = t;
      }
    }
    return first;
  }

  /** Runs due triggers one at a time until none is due; on the runner thread. */
  private void drain() {
    while (true) {
      Trigger trigger;
      long time;
      synchronized (this) {
        trigger = closed ? null : due();
        if (trigger == null) {
          draining = false;
          notifyAll();
          return;
        }
        time = trigger.next;
        trigger.planAfter(time);
      }
      ScheduledResult result = run(trigger, Instant.ofEpochMilli(time));
      synchronized (this) {
        if (result != null) {
          fired.add(result);
        }
        notifyAll();
      }
    }
  }

  private ScheduledResult run(Trigger trigger, Instant time) {
    String what = "Cron trigger \"" + trigger.cron + "\" of worker \"" + trigger.worker + "\" at " + time;
    try {
      ScheduledResult result = ScheduledInvoker.await(
          ScheduledInvoker.run(workers.worker(trigger.worker), trigger.cron.toString(), time), runTimeout, what);
      if (!result.succeeded()) {
        LOG.warn("{} failed: {}", what, result.error().map(Throwable::getMessage).orElse(""));
      }
      return result;
    } catch (MiniflareException e) {
      if (e.code() == ErrorCode.ERR_DISPOSED) {
        return null;
      }
      LOG.warn("{} could not run: {}", what, e.getMessage());
      return new ScheduledResult(trigger.worker, trigger.cron.toString(), time,
          new WorkerException(trigger.worker.isEmpty() ? "(unnamed)" : trigger.worker, "Error", e.getMessage(), ""),
          false, List.of());
    }
  }

  /** Stops following the clock; a run in progress is abandoned with the workers. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      notifyAll();
    }
    if (runner != null) {
      clock.removeListener(clockListener);
      runner.shutdownNow();
    }
  }
}
