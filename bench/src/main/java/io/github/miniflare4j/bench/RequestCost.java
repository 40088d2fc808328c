package io.github.miniflare4j.bench;

import com.sun.management.ThreadMXBean;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.http.FetchRequest;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one {@code dispatchFetch} costs the JVM, as figures a loaded machine does not move: the
 * bytes allocated per request by every thread, and the CPU time per request of the workers' loop
 * threads. Wall-clock throughput on a shared 2-core machine moves by a quarter from run to run,
 * so two builds a few percent apart cannot be told apart by it; the bytes allocated per request
 * stay the same to a tenth of a percent (the interpreter allocates a frame per JavaScript call,
 * so they follow the work done), and thread CPU time is only mildly inflated by load. Compare two
 * builds with this group in the same run, then confirm a difference with the throughput groups
 * on an idle machine.
 *
 * <p>Scenarios: the dispatch groups' workers (hello-world, KV, the two-worker example, D1 select
 * and insert); sequential requests after the warm-up ({@link WarmUp}), {@code rounds} rounds of
 * 400. Keys {@code cost.<scenario>.alloc} (KiB per request) and {@code cost.<scenario>.loop_cpu}
 * (ms per request, the loop threads only). Only when named: the real Miniflare has no counterpart.
 * {@code BENCH_COST_SCENARIOS=kv,hello} keeps some scenarios.
 */
final class RequestCost {

  private static final int REQUESTS_PER_ROUND = 400;
  private static final String LOOP_THREAD_PREFIX = "miniflare4j-worker-";

  private RequestCost() {}

  /** Reports the figures of every scenario. */
  static void run(int rounds) {
    scenario("hello", Workers::hello, "/", rounds);
    scenario("kv", Workers::kv, "/", rounds);
    scenario("multi", Workers::multi, "/", rounds);
    scenario("d1-select", Workers::d1, "/select", rounds);
    scenario("d1-insert", Workers::d1, "/insert", rounds);
  }

  private static void scenario(String name, Supplier<MiniflareOptions> options, String path, int rounds) {
    if (!selected(name)) {
      return;
    }
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    FetchRequest request = FetchRequest.get("http://localhost" + path);
    try (Miniflare mf = new Miniflare(options.get())) {
      WarmUp.repeat(2, () -> requests(mf, request));
      List<Double> kib = new ArrayList<>();
      List<Double> loopMillis = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        long allocated = allocatedBytes(threads);
        long loopCpu = loopThreadCpuNanos(threads);
        requests(mf, request);
        kib.add((allocatedBytes(threads) - allocated) / 1024.0 / REQUESTS_PER_ROUND);
        loopMillis.add((loopThreadCpuNanos(threads) - loopCpu) / 1e6 / REQUESTS_PER_ROUND);
      }
      Figures.Stats a = Figures.Stats.of(kib);
      Figures.Stats c = Figures.Stats.of(loopMillis);
      Figures.emit("cost." + name + ".alloc", a.median(), a.min(), a.max(), "KiB/req");
      Figures.emit("cost." + name + ".loop_cpu", c.median(), c.min(), c.max(), "ms/req");
    }
  }

  /** Whether BENCH_COST_SCENARIOS (comma-separated names; all when unset) names the scenario. */
  private static boolean selected(String name) {
    String only = System.getenv("BENCH_COST_SCENARIOS");
    return only == null || only.isBlank() || List.of(only.split(",")).contains(name);
  }

  private static void requests(Miniflare mf, FetchRequest request) {
    for (int i = 0; i < REQUESTS_PER_ROUND; i++) {
      int status = mf.dispatchFetch(request).status();
      if (status != 200) {
        throw new IllegalStateException("status " + status);
      }
    }
  }

  /** Bytes allocated so far by the live threads (the workers' threads live as long as the instance). */
  private static long allocatedBytes(ThreadMXBean threads) {
    long sum = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      if (bytes > 0) {
        sum += bytes;
      }
    }
    return sum;
  }

  private static long loopThreadCpuNanos(ThreadMXBean threads) {
    long sum = 0;
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith(LOOP_THREAD_PREFIX)) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu > 0) {
          sum += cpu;
        }
      }
    }
    return sum;
  }
}
