package io.github.miniflare4j.engine;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchResponse;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bench's warm cycles (new instance, first response, close) in one JVM, measured in CPU time,
 * which a loaded machine disturbs far less than wall time. Not a test: run by hand with the test
 * class path, {@code java -Xss4m -cp ... io.github.miniflare4j.engine.WarmCycleProbe <mode>
 * <bench workers dir> <hello|multi> [cycles]}, where the directory is {@code
 * bench/src/main/resources/io/github/miniflare4j/bench/workers}.
 *
 * <ul>
 *   <li>{@code cycles}: back to back, as the bench runs them, after as many warm-up cycles: wall
 *       median, process CPU per cycle, the part of it in the JIT compiler threads, and how many
 *       spares were ready when a cycle began;
 *   <li>{@code bench}: as {@code cycles}, after hello-world's cycles, as the bench's warm group
 *       runs them;
 *   <li>{@code benchphases}: as {@code phases}, after hello-world's cycles (a JVM as young as the
 *       bench's);
 *   <li>{@code phases}: each cycle waits until the spare pool is full, then reports the CPU of
 *       every kind of thread while the instance is constructed and during its first three
 *       responses (what the critical path costs when spares are ready).
 * </ul>
 */
public final class WarmCycleProbe {

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Map<Long, String> NAMES = new HashMap<>();

  private WarmCycleProbe() {}

  /**
   * Runs the probe.
   *
   * @param args mode, workers directory, kind, cycles
   * @throws Exception when a cycle fails
   */
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    MiniflareOptions options = options(Path.of(args[1]), args[2]);
    int cycles = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    if (mode.equals("phases")) {
      phases(options, cycles);
    } else if (mode.equals("benchphases")) {
      // the phases of the kind's cycles in as young a JVM as the bench's warm group has
      for (int i = 0; i < 2 * cycles; i++) {
        cycle(options(Path.of(args[1]), "hello"));
      }
      phases(options, cycles);
    } else if (mode.equals("bench")) {
      // as the bench's warm group runs them: hello-world's cycles first, then the kind's
      cycles("hello", options(Path.of(args[1]), "hello"), cycles);
      cycles(args[2], options, cycles);
    } else {
      cycles(args[2], options, cycles);
    }
    System.exit(0);
  }

  private static void cycles(String kind, MiniflareOptions options, int cycles) throws Exception {
    for (int i = 0; i < cycles; i++) {
      cycle(options);
    }
    List<Double> wall = new ArrayList<>();
    int ready = 0;
    Map<String, Long> before = jitTicks();
    long process = OS.getProcessCpuTime();
    for (int i = 0; i < cycles; i++) {
      ready += readySpares();
      wall.add(cycle(options));
    }
    double cpu = (OS.getProcessCpuTime() - process) / 1e6 / cycles;
    Map<String, Long> after = jitTicks();
    double jit = (after.get("jit") - before.get("jit")) * 10.0 / cycles;
    System.out.printf("%s: wall p50 %.1f ms, process CPU per cycle %.1f ms (JIT threads %.1f, others %.1f), spares ready at start %.2f%n",
        kind, median(wall), cpu, jit, cpu - jit, ready / (double) cycles);
    StringBuilder kinds = new StringBuilder("  CPU per cycle by thread kind (10 ms ticks):");
    double alive = 0;
    for (Map.Entry<String, Long> e : new TreeMap<>(after).entrySet()) {
      double ms = (e.getValue() - before.getOrDefault(e.getKey(), 0L)) * 10.0 / cycles;
      if (!e.getKey().equals("jit") && ms >= 0.05) {
        kinds.append(String.format(" %s %.1f;", e.getKey(), ms));
        alive += ms;
      }
    }
    System.out.println(kinds + String.format(" threads that ended %.1f; spares warm up: %s", cpu - alive, spareWarmUp()));
  }

  /** Read by reflection, so that the probe also runs against builds without {@code ready()}. */
  private static int readySpares() throws Exception {
    var field = SpareContexts.class.getDeclaredField("READY");
    field.setAccessible(true);
    return ((java.util.Collection<?>) field.get(null)).size();
  }

  /** Whether spares still run the warm-up ({@link SpareContexts}), read by reflection as {@link #readySpares}. */
  private static Object spareWarmUp() throws Exception {
    var field = SpareContexts.class.getDeclaredField("warmUp");
    field.setAccessible(true);
    return field.get(null);
  }

  private static double cycle(MiniflareOptions options) {
    long start = System.nanoTime();
    try (Miniflare mf = new Miniflare(options)) {
      mf.dispatchFetch("http://localhost/").text();
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static void phases(MiniflareOptions options, int cycles) throws Exception {
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    for (int i = 0; i < 2 * cycles; i++) {
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (SpareContexts.ready() < SpareContexts.target() && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
      Map<Long, Long> s0 = threadCpu();
      Miniflare mf = new Miniflare(options);
      Map<Long, Long> s1 = threadCpu();
      mf.dispatchFetch("http://localhost/").text();
      Map<Long, Long> s2 = threadCpu();
      mf.dispatchFetch("http://localhost/").text();
      Map<Long, Long> s3 = threadCpu();
      mf.dispatchFetch("http://localhost/").text();
      Map<Long, Long> s4 = threadCpu();
      mf.close();
      if (i >= cycles) {
        add(cpu, "construct", s0, s1);
        add(cpu, "first response", s1, s2);
        add(cpu, "second response", s2, s3);
        add(cpu, "third response", s3, s4);
      }
    }
    cpu.forEach((k, v) -> {
      if (median(v) >= 0.05) {
        System.out.printf("%-40s CPU p50 %.2f ms%n", k, median(v));
      }
    });
  }

  private static void add(Map<String, List<Double>> cpu, String phase, Map<Long, Long> a, Map<Long, Long> b) {
    Map<String, Double> byKind = new TreeMap<>();
    for (Map.Entry<Long, Long> e : b.entrySet()) {
      String name = NAMES.getOrDefault(e.getKey(), "?").replaceAll("-[0-9]+$", "").replaceAll("worker-.*", "worker");
      byKind.merge(name, (e.getValue() - a.getOrDefault(e.getKey(), 0L)) / 1e6, Double::sum);
    }
    byKind.forEach((k, v) -> cpu.computeIfAbsent(phase + ", " + k, x -> new ArrayList<>()).add(v));
  }

  private static Map<Long, Long> threadCpu() {
    Map<Long, Long> cpu = new HashMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      long t = THREADS.getThreadCpuTime(id);
      if (t > 0) {
        cpu.put(id, t);
        ThreadInfo info = THREADS.getThreadInfo(id);
        if (info != null) {
          NAMES.put(id, info.getThreadName());
        }
      }
    }
    return cpu;
  }

  /**
   * CPU ticks (10 ms) of HotSpot's compiler threads ({@code jit}), which the thread bean does not
   * list, and of every kind of thread (ended threads are missed: the loops of closed workers).
   */
  private static Map<String, Long> jitTicks() throws Exception {
    long ticks = 0;
    Map<String, Long> byKind = new HashMap<>();
    try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : tasks) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (java.io.IOException gone) {
          continue;
        }
        String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long used = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (comm.startsWith("C2 ") || comm.startsWith("C1 ")) {
          ticks += used;
        }
        byKind.merge(comm.replaceAll("[-#]?[0-9]+$", ""), used, Long::sum);
      }
    }
    byKind.put("jit", ticks);
    return byKind;
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  /** The bench's hello-world and two-worker example ({@code bench/.../Workers.java}). */
  static MiniflareOptions options(Path dir, String kind) throws Exception {
    if (kind.equals("hello")) {
      return MiniflareOptions.builder()
          .worker(WorkerOptions.builder().name("hello").modules(true).script(Files.readString(dir.resolve("hello.js"))))
          .build();
    }
    return MiniflareOptions.builder()
        .worker(
            WorkerOptions.builder()
                .name("worker")
                .modules(true)
                .script(Files.readString(dir.resolve("multi-worker.js")))
                .kvNamespace("COUNTS", "counts")
                .serviceBinding("INCREMENTER", "incrementer")
                .serviceBinding("CUSTOM", request -> FetchResponse.text("The count is ")))
        .worker(
            WorkerOptions.builder()
                .name("incrementer")
                .script(Files.readString(dir.resolve("multi-incrementer.js")))
                .kvNamespace("NUMBERS", "counts"))
        .build();
  }
}
