package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * KV operations per second from JavaScript ({@code put}, {@code get}, {@code list} of 100-key
 * pages), with namespaces in memory and persisted on SQLite, measured in the same JVM: the
 * in-memory figure is the baseline of the persisted one ({@code kv.persisted.<op>.vs_memory}).
 * Each round is one request whose handler runs the operations in a loop; the request's own cost
 * is under 0.1 ms.
 */
final class KvThroughput {

  static final int PUTS = 2000;
  static final int GETS = 5000;
  static final int LISTS = 200;

  static final String WORKER =
      """
      export default {
        async fetch(req, env) {
          const url = new URL(req.url);
          const n = Number(url.searchParams.get("n"));
          const round = url.searchParams.get("round");
          const value = "v".repeat(100);
          if (url.pathname === "/put") {
            for (let i = 0; i < n; i++) await env.KV.put(`key:${round}:${i}`, value);
          } else if (url.pathname === "/get") {
            let found = 0;
            for (let i = 0; i < n; i++) if ((await env.KV.get(`key:0:${i % 1000}`)) !== null) found++;
            if (found !== n) throw new Error("missing keys: " + (n - found));
          } else if (url.pathname === "/list") {
            for (let i = 0; i < n; i++) {
              const page = await env.KV.list({ prefix: "key:0:", limit: 100 });
              if (page.keys.length !== 100) throw new Error("short page");
            }
          }
          return new Response("ok");
        }
      };
      """;

  private KvThroughput() {}

  /** Reports {@code kv.<memory|persisted>.<op>} in ops/s and the persisted/memory ratios. */
  static void run(int rounds) {
    double[] memory = measure(null, rounds);
    Path dir;
    try {
      dir = Files.createTempDirectory("miniflare4j-kv-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      double[] persisted = measure(dir, rounds);
      String[] ops = {"put", "get", "list"};
      for (int i = 0; i < ops.length; i++) {
        Figures.emit("kv.persisted." + ops[i] + ".vs_memory", persisted[i] / memory[i], "x");
      }
    } finally {
      delete(dir);
    }
  }

  /** Median ops/s of put, get and list over the rounds (after one warm-up round). */
  private static double[] measure(Path persistDir, int rounds) {
    String mode = persistDir == null ? "memory" : "persisted";
    MiniflareOptions.Builder options = MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(WORKER).kvNamespace("KV", "bench"));
    if (persistDir != null) {
      options.kvPersist(persistDir);
    }
    double[] medians = new double[3];
    try (Miniflare mf = new Miniflare(options.build())) {
      call(mf, "/put", 1000, 0); // the keys that get and list read
      String[] paths = {"/put", "/get", "/list"};
      int[] counts = {PUTS, GETS, LISTS};
      for (int op = 0; op < 3; op++) {
        List<Double> opsPerSecond = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
          long start = System.nanoTime();
          call(mf, paths[op], counts[op], round + 1);
          double seconds = (System.nanoTime() - start) / 1e9;
          if (round > 0) {
            opsPerSecond.add(counts[op] / seconds);
          }
        }
        Figures.Stats stats = Figures.Stats.of(opsPerSecond);
        Figures.emit("kv." + mode + "." + paths[op].substring(1), stats.median(), stats.min(), stats.max(), "ops/s");
        medians[op] = stats.median();
      }
    }
    return medians;
  }

  private static void call(Miniflare mf, String path, int n, int round) {
    String body = mf.dispatchFetch("http://localhost" + path + "?n=" + n + "&round=" + round).text();
    if (!body.equals("ok")) {
      throw new IllegalStateException(path + " failed: " + body);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
