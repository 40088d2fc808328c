package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.MultiWorkerScenarioTest;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.d1.D1Databases;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CPU time and allocation per request of the bench module's dispatch groups, in one JVM: the
 * hello-world worker, the two-worker example (a host-function binding, three service-binding
 * calls, KV) and a D1 select by primary key, sequential {@code dispatchFetch} calls.
 *
 * <p>CPU time and allocated bytes are summed over the JVM's Java threads (the caller, the
 * workers' loops, the host executor; not the JIT's or the GC's), so that a loaded machine skews
 * them less than wall time. Run two builds' classes in alternation (A, B, A, B) to compare them.
 *
 * <p>Not a test: {@code java -cp runtime/target/test-classes:runtime/target/classes:<deps>
 * io.github.miniflare4j.bench.DispatchCpuProfile [requests per round, default 2000] [rounds,
 * default 5] [cases, default "hello,multi,d1"]}.
 */
public final class DispatchCpuProfile {

  static final String HELLO = "export default { fetch() { return new Response(\"Hello World!\"); } };";

  private DispatchCpuProfile() {}

  /** Prints one line per case and round: CPU microseconds and kilobytes allocated per request. */
  public static void main(String[] args) {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> cases = Arrays.asList((args.length > 2 ? args[2] : "hello,multi,d1").split(","));
    List<Miniflare> instances = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try {
      for (String name : cases) {
        instances.add(new Miniflare(options(name)));
        names.add(name);
      }
      // the D1 case's worker (D1DispatchBenchmark's) answers one select on /select; the others ignore the path
      FetchRequest request = FetchRequest.get("http://localhost/select");
      for (int i = 0; i < instances.size(); i++) {
        measure(instances.get(i), request, requests * 3); // warm-up
      }
      double[][] cpu = new double[names.size()][rounds];
      double[][] alloc = new double[names.size()][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < instances.size(); i++) {
          double[] figures = measure(instances.get(i), request, requests);
          cpu[i][r] = figures[0];
          alloc[i][r] = figures[1];
        }
      }
      for (int i = 0; i < names.size(); i++) {
        double[] c = cpu[i].clone();
        Arrays.sort(c);
        double[] a = alloc[i].clone();
        Arrays.sort(a);
        System.out.printf(Locale.ROOT, "%s cpu_us median %.1f min %.1f alloc_kb median %.1f rounds %s%n",
            names.get(i), c[rounds / 2], c[0], a[rounds / 2], Arrays.toString(round1(cpu[i])));
      }
    } finally {
      instances.forEach(Miniflare::close);
    }
  }

  private static double[] round1(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.round(values[i] * 10) / 10.0;
    }
    return out;
  }

  static MiniflareOptions options(String name) {
    switch (name) {
      case "hello":
        return MiniflareOptions.builder()
            .worker(WorkerOptions.builder().name("hello").modules(true).script(HELLO))
            .build();
      case "multi":
        return MiniflareOptions.builder()
            .worker(WorkerOptions.builder().name("worker").modules(true).script(MultiWorkerScenarioTest.WORKER)
                .kvNamespace("COUNTS", "counts")
                .serviceBinding("INCREMENTER", "incrementer")
                .serviceBinding("CUSTOM", request -> FetchResponse.text("The count is ")))
            .worker(WorkerOptions.builder().name("incrementer").script(MultiWorkerScenarioTest.INCREMENTER).kvNamespace("NUMBERS", "counts"))
            .build();
      case "d1":
        return MiniflareOptions.builder()
            .worker(WorkerOptions.builder().name("d1").modules(true).script(D1DispatchBenchmark.WORKER)
                .bind(D1Databases.database("DB", "bench-db")))
            .build();
      default:
        throw new IllegalArgumentException("unknown case " + name + ": hello, multi or d1");
    }
  }

  /** CPU microseconds and kilobytes allocated per request, over {@code requests} requests. */
  static double[] measure(Miniflare mf, FetchRequest request, int requests) {
    long cpu = javaThreadsCpu();
    long allocated = javaThreadsAllocated();
    for (int i = 0; i < requests; i++) {
      FetchResponse response = mf.dispatchFetch(request);
      if (response.status() != 200) {
        throw new IllegalStateException("unexpected answer: " + response.status() + " " + response.text());
      }
    }
    return new double[] {
      (javaThreadsCpu() - cpu) / 1e3 / requests, (javaThreadsAllocated() - allocated) / 1024.0 / requests
    };
  }

  private static long javaThreadsCpu() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (long id : threads.getAllThreadIds()) {
      long cpu = threads.getThreadCpuTime(id);
      if (cpu > 0) {
        total += cpu;
      }
    }
    return total;
  }

  private static long javaThreadsAllocated() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] ids = threads.getAllThreadIds();
    long total = 0;
    for (long allocated : threads.getThreadAllocatedBytes(ids)) {
      if (allocated > 0) {
        total += allocated;
      }
    }
    return total;
  }
}
