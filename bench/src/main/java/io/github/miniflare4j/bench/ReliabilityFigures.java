package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The figures of the README's reliability section, each next to a baseline measured in the same
 * run: the time to stop a runaway script (against a plain dispatch), live threads before and
 * after a thousand instances opened and closed, and a bounded loopback HTTP load (against the
 * same load through {@code dispatchFetch}). Not a test: it prints one TSV line per figure.
 *
 * <pre>
 * java -Xss4m -cp &lt;class path&gt; io.github.miniflare4j.bench.ReliabilityFigures [instances] [requests]
 * </pre>
 */
public final class ReliabilityFigures {

  private static final String HELLO = "export default { fetch() { return new Response('hello'); } };";
  private static final Duration CPU_LIMIT = Duration.ofMillis(200);

  private ReliabilityFigures() {}

  /** Runs every measurement; arguments: instances to cycle (1000), HTTP requests (4000). */
  public static void main(String[] args) throws Exception {
    int instances = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
    runaway();
    threads(instances);
    load(requests, 8);
    System.exit(0);
  }

  private static Miniflare hello(MiniflareOptions.Builder options) {
    // generous: the figures are taken on shared, loaded machines too
    return new Miniflare(options.startupTimeout(Duration.ofMinutes(2)).worker(WorkerOptions.builder().modules(true).script(HELLO)).build());
  }

  /** Time from the limit to the 1102 response: first in the JVM, then warm; baseline a hello dispatch. */
  static void runaway() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().cpuLimit(CPU_LIMIT).startupTimeout(Duration.ofMinutes(2))
        .worker(WorkerOptions.builder().modules(true).script("""
            export default { fetch(req) {
              if (new URL(req.url).pathname === "/loop") { for (;;) {} }
              return new Response("hello");
            } };
            """)).build())) {
      List<Double> plain = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        long start = System.nanoTime();
        mf.dispatchFetch("http://localhost/");
        plain.add(Figures.millisSince(start));
      }
      List<Double> stops = new ArrayList<>();
      for (int i = 0; i < 11; i++) {
        long start = System.nanoTime();
        int status = mf.dispatchFetch("http://localhost/loop").status();
        if (status != 503) {
          throw new IllegalStateException("runaway request answered " + status);
        }
        stops.add(Figures.millisSince(start) - CPU_LIMIT.toMillis());
      }
      double baseline = Figures.Stats.of(plain).median();
      Figures.emit("reliability.dispatch.hello", baseline, "ms");
      Figures.emit("reliability.runaway.stop_after_limit.first", stops.get(0), "ms");
      List<Double> warm = stops.subList(1, stops.size());
      Figures.emitTimes("reliability.runaway.stop_after_limit.warm", warm);
      Figures.emit("reliability.runaway.stop_after_limit.warm_vs_dispatch", Figures.Stats.of(warm).median() / baseline, "x");
    }
  }

  /** Live threads (all, and the library's) before and after opening and closing instances. */
  static void threads(int instances) throws InterruptedException {
    try (Miniflare warmup = hello(MiniflareOptions.builder())) {
      warmup.dispatchFetch("http://localhost/");
    }
    Thread.sleep(500);
    int allBefore = Thread.activeCount();
    long libraryBefore = libraryThreads();
    long start = System.nanoTime();
    for (int i = 0; i < instances; i++) {
      try (Miniflare mf = hello(MiniflareOptions.builder())) {
        mf.dispatchFetch("http://localhost/");
      }
    }
    double perInstance = Figures.millisSince(start) / instances;
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (libraryThreads() > libraryBefore && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Figures.emit("reliability.threads.all.before", allBefore, "threads");
    Figures.emit("reliability.threads.all.after_" + instances, Thread.activeCount(), "threads");
    Figures.emit("reliability.threads.library.before", libraryBefore, "threads");
    Figures.emit("reliability.threads.library.after_" + instances, libraryThreads(), "threads");
    Figures.emit("reliability.instance.open_dispatch_close", perInstance, "ms");
  }

  private static long libraryThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("miniflare4j-")).count();
  }

  /** A fixed number of requests from {@code clients} threads: over HTTP, then through dispatchFetch. */
  static void load(int requests, int clients) throws Exception {
    try (Miniflare mf = hello(MiniflareOptions.builder().port(0))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI uri = mf.url();
      for (int i = 0; i < 200; i++) {
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        mf.dispatchFetch("http://localhost/");
      }
      Result overHttp = run(requests, clients, () -> {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().equals("hello");
      });
      Result direct = run(requests, clients, () -> mf.dispatchFetch(FetchRequest.get("http://localhost/")).text().equals("hello"));
      overHttp.emit("reliability.http.c" + clients);
      direct.emit("reliability.dispatch.c" + clients);
      Figures.emit("reliability.http_vs_dispatch.rps", overHttp.rps / direct.rps, "x");
    }
  }

  interface Call {
    boolean ok() throws Exception;
  }

  record Result(double rps, List<Double> latencies, int errors, int requests) {
    void emit(String key) {
      Figures.Stats s = Figures.Stats.of(latencies);
      Figures.emit(key + ".requests", requests, "requests");
      Figures.emit(key + ".errors", errors, "requests");
      Figures.emit(key + ".throughput", rps, "req/s");
      Figures.emit(key + ".p50", s.p50(), "ms");
      Figures.emit(key + ".p99", s.p99(), "ms");
    }
  }

  private static Result run(int requests, int clients, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    List<Future<?>> jobs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      jobs.add(pool.submit(() -> {
        while (next.getAndIncrement() < requests) {
          long t = System.nanoTime();
          try {
            if (!call.ok()) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          latencies.add(Figures.millisSince(t));
        }
        return null;
      }));
    }
    for (Future<?> job : jobs) {
      job.get();
    }
    double seconds = Figures.millisSince(start) / 1000;
    pool.shutdownNow();
    return new Result(requests / seconds, latencies, errors.get(), requests);
  }
}
