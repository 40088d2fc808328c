package io.github.miniflare4j.bench;

import com.sun.management.ThreadMXBean;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a warm start costs the JVM, as figures a loaded machine does not move much (the twin of
 * {@link RequestCost} for the {@code warm} group): the bytes allocated and the thread CPU time
 * per new instance up to its first response, after the warm-up ({@link WarmUp}).
 *
 * <p>A round starts {@value #INSTANCES_PER_ROUND} instances and keeps them open until it has
 * read the threads' counters, so that the instances' own threads are still alive to be counted
 * (a thread's counters are gone once it ends); then it closes them. Threads that start and end
 * within a round are not counted, so the figures compare builds; they are not a total. Keys
 * {@code start.<scenario>.alloc} (KiB per start) and {@code start.<scenario>.cpu} (ms per start,
 * every live thread). Only when named: the real Miniflare has no counterpart.
 */
final class StartCost {

  private static final int INSTANCES_PER_ROUND = 10;

  private StartCost() {}

  /** Reports the figures of hello-world and the two-worker example. */
  static void run(int rounds) {
    scenario("hello", Workers::hello, rounds);
    scenario("multi", Workers::multi, rounds);
  }

  private static void scenario(String name, Supplier<MiniflareOptions> options, int rounds) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    WarmUp.repeat(2, () -> round(threads, options));
    List<Double> kib = new ArrayList<>();
    List<Double> cpuMillis = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      double[] cost = round(threads, options);
      kib.add(cost[0]);
      cpuMillis.add(cost[1]);
    }
    Figures.Stats a = Figures.Stats.of(kib);
    Figures.Stats c = Figures.Stats.of(cpuMillis);
    Figures.emit("start." + name + ".alloc", a.median(), a.min(), a.max(), "KiB/start");
    Figures.emit("start." + name + ".cpu", c.median(), c.min(), c.max(), "ms/start");
  }

  /** One round: {KiB allocated, ms of CPU} per start. */
  private static double[] round(ThreadMXBean threads, Supplier<MiniflareOptions> options) {
    List<Miniflare> started = new ArrayList<>();
    Map<Long, long[]> before = counters(threads);
    try {
      for (int i = 0; i < INSTANCES_PER_ROUND; i++) {
        Miniflare mf = new Miniflare(options.get());
        started.add(mf);
        int status = mf.dispatchFetch("http://localhost/").status();
        if (status != 200) {
          throw new IllegalStateException("status " + status);
        }
      }
      long bytes = 0;
      long cpu = 0;
      for (Map.Entry<Long, long[]> thread : counters(threads).entrySet()) {
        long[] earlier = before.getOrDefault(thread.getKey(), new long[2]);
        bytes += thread.getValue()[0] - earlier[0];
        cpu += thread.getValue()[1] - earlier[1];
      }
      return new double[] {bytes / 1024.0 / INSTANCES_PER_ROUND, cpu / 1e6 / INSTANCES_PER_ROUND};
    } finally {
      started.forEach(Miniflare::close);
    }
  }

  /** Per live thread id: {bytes allocated, CPU nanoseconds} so far. */
  private static Map<Long, long[]> counters(ThreadMXBean threads) {
    long[] ids = threads.getAllThreadIds();
    long[] allocated = threads.getThreadAllocatedBytes(ids);
    Map<Long, long[]> counters = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      long cpu = threads.getThreadCpuTime(ids[i]);
      if (allocated[i] >= 0 && cpu >= 0) {
        counters.put(ids[i], new long[] {allocated[i], cpu});
      }
    }
    return counters;
  }
}
