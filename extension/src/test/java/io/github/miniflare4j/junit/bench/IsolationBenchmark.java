package io.github.miniflare4j.junit.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.kv.KvStorage;
import java.time.Duration;
import java.util.Locale;

/**
 * What test isolation costs, measured the way the extension resets between tests: the reset of
 * a baseline holding 1,000 and 100,000 KV keys after a test that wrote 10 keys, and the start of
 * a class's instance on a warm JVM. Every figure is also given as a ratio to one trivial {@code
 * dispatchFetch} measured in the same run. Not a unit test: run it with
 * {@code ./mvnw -B -ntp -pl extension -am test -Pbench -DskipTests}.
 */
public final class IsolationBenchmark {

  static final String SCRIPT = """
      export default {
        async fetch(request, env) {
          const url = new URL(request.url);
          const n = Number(url.searchParams.get("n") ?? "0");
          const prefix = url.searchParams.get("p") ?? "k";
          for (let i = 0; i < n; i++) await env.KV.put(prefix + i, "value-" + i);
          return new Response("ok");
        }
      };
      """;

  private IsolationBenchmark() {}

  static MiniflareOptions options() {
    return MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("bench").modules(true).script(SCRIPT).kvNamespace("KV"))
        .build();
  }

  /** Runs the measurements and prints one line per figure. */
  public static void main(String[] args) {
    try (Miniflare mf = new Miniflare(options())) {
      double dispatch = timeMicros(2_000, () -> mf.dispatchFetch("http://localhost/"));
      System.out.printf(Locale.ROOT, "[isolation benchmark] one trivial dispatchFetch: %.1f us (the unit of the ratios below)%n", dispatch);

      for (int keys : new int[] {1_000, 100_000}) {
        try (Miniflare seeded = new Miniflare(options())) {
          for (int done = 0; done < keys; done += 10_000) {
            seeded.dispatchFetch("http://localhost/?n=" + Math.min(10_000, keys - done) + "&p=seed" + done + "-");
          }
          double writes = timeMicros(200, () -> seeded.dispatchFetch("http://localhost/?n=10&p=test-"));
          KvStorage.Snapshot baseline = seeded.kvStorage().snapshot();
          double restore = timeMicros(200, () -> {
            seeded.dispatchFetch("http://localhost/?n=10&p=test-");
            seeded.kvStorage().restore(baseline);
          }) - writes;
          double restart = timeMicros(200, seeded::restartWorkers);
          System.out.printf(Locale.ROOT,
              "[isolation benchmark] baseline of %,d keys, test wrote 10 keys: storage rollback %.1f us (%.1fx a dispatch), "
                  + "worker restart %.1f us (%.1fx), per-test reset total %.1f us (%.1fx)%n",
              keys, restore, restore / dispatch, restart, restart / dispatch, restore + restart, (restore + restart) / dispatch);
          // the reset must not grow with the number of tests: compare tests 1-100 with tests 2,001-2,100
          Runnable oneTest = () -> {
            seeded.dispatchFetch("http://localhost/?n=10&p=test-");
            seeded.kvStorage().restore(baseline);
            seeded.restartWorkers();
          };
          double early = timeMicros(100, oneTest);
          for (int i = 0; i < 1_800; i++) {
            oneTest.run();
          }
          double late = timeMicros(100, oneTest);
          System.out.printf(Locale.ROOT,
              "[isolation benchmark] baseline of %,d keys: one test with its reset, tests 101-200 %.1f us, tests 2,101-2,200 %.1f us "
                  + "(%.2fx)%n", keys, early, late, late / early);
        }
      }

      double start = timeMicros(50, () -> new Miniflare(options()).close());
      System.out.printf(Locale.ROOT, "[isolation benchmark] start + close of a class's instance (warm JVM): %.1f us (%.1fx a dispatch)%n",
          start, start / dispatch);
      mf.waitUntilSettled(Duration.ofSeconds(1));
    }
  }

  /** Mean time of one run in microseconds, after as many warm-up runs. */
  static double timeMicros(int runs, Runnable body) {
    for (int i = 0; i < runs; i++) {
      body.run();
    }
    long begin = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      body.run();
    }
    return (System.nanoTime() - begin) / 1_000.0 / runs;
  }
}
