package io.github.miniflare4j.bench;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.d1.D1Database;
import io.github.miniflare4j.d1.D1Databases;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * CPU time per D1 request in one JVM, split into its parts: a request that does not touch D1 (the
 * dispatch), one D1 query per request, ten per request (the difference, divided by nine, is what
 * one D1 call costs through the worker's binding), and the same query through the Java handle
 * (SQLite, the row counter and the handle's row maps, without JavaScript).
 *
 * <p>CPU time is that of the Java threads (the worker's loop, the caller), per operation, so that
 * a shared, loaded machine skews it less than wall time.
 *
 * <p>Not a test: run it with {@code java -cp runtime/target/test-classes:runtime/target/classes:...
 * io.github.miniflare4j.bench.D1DispatchBenchmark [operations per case, default 3000] [rounds, default 3]
 * [only this case, e.g. "select n=10", to profile it]}.
 */
public final class D1DispatchBenchmark {

  /** GET /none answers without D1; /select?n=N and /insert?n=N run N queries in sequence. */
  static final String WORKER =
      """
      const USERS = 1000;
      let ready = null;
      let next = 0;
      async function setup(db) {
        await db.exec(
          "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL);\\n" +
          "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, kind TEXT NOT NULL);");
        const insert = db.prepare("INSERT OR REPLACE INTO users (id, name, email) VALUES (?, ?, ?)");
        const statements = [];
        for (let id = 1; id <= USERS; id++) statements.push(insert.bind(id, `user ${id}`, `user${id}@example.com`));
        await db.batch(statements);
      }
      export default {
        async fetch(request, env) {
          ready ??= setup(env.DB);
          await ready;
          const url = new URL(request.url);
          const n = Number(url.searchParams.get("n") ?? 1);
          if (url.pathname === "/select") {
            let row;
            for (let i = 0; i < n; i++) {
              const id = (next++ % USERS) + 1;
              row = await env.DB.prepare("SELECT id, name, email FROM users WHERE id = ?").bind(id).first();
              if (row === null || row.id !== id) return new Response(`user ${id} missing`, { status: 500 });
            }
            return Response.json(row);
          }
          if (url.pathname === "/insert") {
            let meta;
            for (let i = 0; i < n; i++) {
              const id = (next++ % USERS) + 1;
              ({ meta } = await env.DB.prepare("INSERT INTO events (user_id, kind) VALUES (?, ?)").bind(id, "visit").run());
              if (meta.changes !== 1) return new Response("not inserted", { status: 500 });
            }
            return new Response(String(meta.last_row_id));
          }
          if (url.pathname === "/await") {
            for (let i = 0; i < n; i++) await Promise.resolve(i);
            return Response.json({ id: next++, name: "none", email: "none" });
          }
          if (url.pathname === "/prepare") {
            let statement;
            for (let i = 0; i < n; i++) {
              const id = (next++ % USERS) + 1;
              statement = env.DB.prepare("SELECT id, name, email FROM users WHERE id = ?").bind(id);
            }
            return Response.json({ id: statement ? 1 : 0, name: "none", email: "none" });
          }
          return Response.json({ id: next++, name: "none", email: "none" });
        },
      };
      """;

  private D1DispatchBenchmark() {}

  /** Prints CPU microseconds per operation for each case, best of the rounds. */
  public static void main(String[] args) throws Exception {
    int ops = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("d1").modules(true).script(WORKER)
            .bind(D1Databases.database("DB", "bench-db")))
        .build())) {
      check(mf.dispatchFetch(FetchRequest.get("http://localhost/select")));
      D1Database db = mf.getBinding(D1Database.class, "DB");
      String[] names = {"none", "select n=1", "select n=10", "insert n=1", "insert n=10", "java select", "java insert",
          "prepare+bind n=10", "await n=1", "select n=2", "await n=2"};
      Runnable[] cases = {
          () -> check(mf.dispatchFetch(FetchRequest.get("http://localhost/none"))),
          () -> check(mf.dispatchFetch(FetchRequest.get("http://localhost/select?n=1"))),
          () -> check(mf.dispatchFetch(FetchRequest.get("http://localhost/select?n=10"))),
          () -> check(mf.dispatchFetch(FetchRequest.get("http://localhost/insert?n=1"))),
          () -> check(mf.dispatchFetch(FetchRequest.get("http://localhost/insert?n=10"))),
          new Runnable() {
            long id;
            @Override
            public void run() {
              db.query("SELECT id, name, email FROM users WHERE id = ?", (id++ % 1000) + 1);
            }
          },
          () -> db.run("INSERT INTO events (user_id, kind) VALUES (?, ?)", 7, "visit"),
          () -> check(mf.dispatchFetch(FetchRequest.get("http://localhost/prepare?n=10"))),
          () -> check(mf.dispatchFetch(FetchRequest.get("http://localhost/await?n=1"))),
          () -> check(mf.dispatchFetch(FetchRequest.get("http://localhost/select?n=2"))),
          () -> check(mf.dispatchFetch(FetchRequest.get("http://localhost/await?n=2"))),
      };
      if (args.length > 2) {
        int only = java.util.Arrays.asList(names).indexOf(args[2]);
        for (int r = 0; r < rounds; r++) {
          System.out.printf(Locale.ROOT, "%s: %.1f us/op%n", names[only], cpuPerOp(cases[only], ops));
        }
        return;
      }
      double[][] cpu = new double[cases.length][rounds];
      for (int c = 0; c < cases.length; c++) {
        cpuPerOp(cases[c], ops); // warm-up
        cpuPerOp(cases[c], ops);
      }
      for (int r = 0; r < rounds; r++) {
        for (int c = 0; c < cases.length; c++) {
          cpu[c][r] = cpuPerOp(cases[c], ops);
        }
      }
      double[] best = new double[cases.length];
      System.out.println("| case | CPU us/op (best of " + rounds + ") | rounds |");
      System.out.println("| --- | ---: | --- |");
      for (int c = 0; c < cases.length; c++) {
        best[c] = java.util.Arrays.stream(cpu[c]).min().orElseThrow();
        StringBuilder all = new StringBuilder();
        for (double v : cpu[c]) {
          all.append(String.format(Locale.ROOT, "%.1f ", v));
        }
        System.out.printf(Locale.ROOT, "| %s | %.1f | %s|%n", names[c], best[c], all);
      }
      System.out.printf(Locale.ROOT, "one select through the binding: %.1f us (Java handle %.1f us); "
          + "one insert: %.1f us (Java handle %.1f us); dispatch without D1: %.1f us; prepare+bind: %.1f us%n",
          (best[2] - best[1]) / 9, best[5], (best[4] - best[3]) / 9, best[6], best[0], (best[7] - best[0]) / 10);
    }
  }

  private static void check(FetchResponse response) {
    if (response.status() != 200) {
      throw new IllegalStateException("unexpected answer: " + response.status() + " " + response.text());
    }
  }

  /**
   * CPU microseconds of the JVM's Java threads (the caller, the worker's loop, ...; not the JIT's
   * compiler threads or the GC's, whose work lags behind and blurs the figure) per call of {@code
   * operation}, over {@code ops} calls.
   */
  static double cpuPerOp(Runnable operation, int ops) {
    long start = javaThreadsCpu();
    for (int i = 0; i < ops; i++) {
      operation.run();
    }
    return (javaThreadsCpu() - start) / 1e3 / ops;
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
}
