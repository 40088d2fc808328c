package io.github.miniflare4j.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops runaway JavaScript: one daemon thread for the whole JVM watches every registered event
 * loop and reports a task that has used more CPU time than its loop's limit. The thread exists
 * only while at least one loop is registered, so closing every instance leaves no thread behind.
 *
 * <p>The limit applies to one uninterrupted run of JavaScript on the loop (a macrotask with the
 * microtasks it drains): that is what a {@code while (true) {}} or a runaway recursion occupies.
 * CPU time is the loop thread's CPU time ({@link ThreadMXBean}) when the JVM measures it, wall
 * time otherwise. A breach is reported again at every tick until the task ends, so an owner whose
 * first interrupt did not stop the code can escalate.
 */
final class CpuWatchdog {

  private static final Logger LOG = LoggerFactory.getLogger(CpuWatchdog.class);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final long MIN_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
  private static final long MAX_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private static final Object LOCK = new Object();
  private static final List<Watch> WATCHED = new ArrayList<>();
  private static Thread thread;

  private CpuWatchdog() {}

  /** One watched loop; {@link #close()} stops watching it. */
  static final class Watch implements AutoCloseable {
    final EventLoop loop;
    final long limitNanos;
    final LongConsumer onBreach;
    final long[] start = new long[1];
    long seenSequence = -1;
    long cpuAtFirstSight;
    long wallAtFirstSight;

    private Watch(EventLoop loop, long limitNanos, LongConsumer onBreach) {
      this.loop = loop;
      this.limitNanos = limitNanos;
      this.onBreach = onBreach;
    }

    @Override
    public void close() {
      synchronized (LOCK) {
        WATCHED.remove(this);
      }
    }
  }

  /**
   * Watches a loop.
   *
   * @param limit the CPU time one task may use
   * @param onBreach called on the watchdog thread with the breaching task's sequence number; it
   *     must interrupt the code (typically {@code Context.interrupt}) and may block briefly
   */
  static Watch watch(EventLoop loop, Duration limit, LongConsumer onBreach) {
    Watch watch = new Watch(loop, limit.toNanos(), onBreach);
    synchronized (LOCK) {
      WATCHED.add(watch);
      if (thread == null) {
        thread = new Thread(CpuWatchdog::run, "miniflare4j-cpu-watchdog");
        thread.setDaemon(true);
        thread.start();
      }
    }
    return watch;
  }

  /** The number of loops watched now (for tests and diagnostics). */
  static int watchedCount() {
    synchronized (LOCK) {
      return WATCHED.size();
    }
  }

  private static void run() {
    while (true) {
      List<Watch> snapshot;
      synchronized (LOCK) {
        if (WATCHED.isEmpty()) {
          thread = null;
          return;
        }
        snapshot = new ArrayList<>(WATCHED);
      }
      long tick = MAX_TICK_NANOS;
      for (Watch watch : snapshot) {
        tick = Math.min(tick, Math.max(MIN_TICK_NANOS, watch.limitNanos / 10));
        check(watch);
      }
      try {
        TimeUnit.NANOSECONDS.sleep(tick);
      } catch (InterruptedException e) {
        // keep watching: only an empty registry ends this thread
      }
    }
  }

  private static void check(Watch watch) {
    long sequence = watch.loop.runningTask(watch.start);
    if (sequence < 0) {
      return;
    }
    long now = System.nanoTime();
    long cpu = cpuTime(watch.loop.thread());
    if (sequence != watch.seenSequence) {
      watch.seenSequence = sequence;
      watch.cpuAtFirstSight = cpu;
      watch.wallAtFirstSight = now;
    }
    // Before the first sighting the task is charged wall time (at most one tick); after it, CPU time.
    long used = (watch.wallAtFirstSight - watch.start[0])
        + (cpu < 0 || watch.cpuAtFirstSight < 0 ? now - watch.wallAtFirstSight : cpu - watch.cpuAtFirstSight);
    if (used > watch.limitNanos) {
      try {
        watch.onBreach.accept(sequence);
      } catch (RuntimeException e) {
        LOG.warn("CPU limit handler of {} failed", watch.loop.thread().getName(), e);
      }
    }
  }

  private static long cpuTime(Thread thread) {
    try {
      return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(thread.getId()) : -1;
    } catch (UnsupportedOperationException e) {
      return -1;
    }
  }
}
