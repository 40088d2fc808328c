package io.github.miniflare4j.workflows.internal;

import io.github.miniflare4j.MiniflareClock;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Alarms on the instance clock: each runs once the clock reads its due time, whether real time
 * passed or a test moved the clock ({@link MiniflareClock#advance}): moving the clock runs every
 * alarm it passed at once, in due order. Alarms run on the alarms' own thread and must not block.
 * Thread-safe.
 */
public final class ClockAlarms implements AutoCloseable {

  /** A scheduled alarm; {@link #cancel()} keeps it from running. */
  public static final class Alarm implements Comparable<Alarm> {
    private final long due;
    private final long sequence;
    private final Runnable action;
    private volatile boolean cancelled;

    private Alarm(long due, long sequence, Runnable action) {
      this.due = due;
      this.sequence = sequence;
      this.action = action;
    }

    /** Keeps the alarm from running; no effect once it ran. */
    public void cancel() {
      cancelled = true;
    }

    /** When the alarm runs, in epoch milliseconds of the instance clock. */
    public long due() {
      return due;
    }

    @Override
    public int compareTo(Alarm other) {
      int byDue = Long.compare(due, other.due);
      return byDue != 0 ? byDue : Long.compare(sequence, other.sequence);
    }
  }

  private final MiniflareClock clock;
  private final PriorityQueue<Alarm> pending = new PriorityQueue<>();
  private final ScheduledExecutorService timer;
  private final Runnable onClockChange = this::runDue;
  private ScheduledFuture<?> wakeUp;
  private long sequence;
  private boolean closed;

  /**
   * Alarms on a clock.
   *
   * @param clock the instance clock
   * @param threadName the name of the alarms' thread
   */
  public ClockAlarms(MiniflareClock clock, String threadName) {
    this.clock = clock;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, threadName);
      thread.setDaemon(true);
      return thread;
    });
    clock.addListener(onClockChange);
  }

  /**
   * Runs {@code action} once the clock reads {@code due} (at once when it already does).
   *
   * @param due epoch milliseconds on the instance clock
   * @param action what to run; must not block
   * @return the alarm, to cancel it
   */
  public Alarm at(long due, Runnable action) {
    Alarm alarm;
    synchronized (this) {
      alarm = new Alarm(due, sequence++, action);
      if (closed) {
        return alarm;
      }
      pending.add(alarm);
    }
    timer.execute(this::runDue);
    return alarm;
  }

  /** Runs the alarms the clock has reached, then plans the next wake-up. */
  private void runDue() {
    List<Alarm> due = new ArrayList<>();
    synchronized (this) {
      if (closed) {
        return;
      }
      long now = clock.millis();
      while (!pending.isEmpty() && pending.peek().due <= now) {
        due.add(pending.poll());
      }
      pending.removeIf(a -> a.cancelled);
      if (wakeUp != null) {
        wakeUp.cancel(false);
        wakeUp = null;
      }
      if (!pending.isEmpty()) {
        wakeUp = timer.schedule(this::runDue, Math.max(1, pending.peek().due - now), TimeUnit.MILLISECONDS);
      }
    }
    for (Alarm alarm : due) {
      if (!alarm.cancelled) {
        alarm.action.run();
      }
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      pending.clear();
    }
    clock.removeListener(onClockChange);
    timer.shutdownNow();
  }
}
