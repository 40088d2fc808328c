package io.github.miniflare4j.reliability;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.d1.D1Databases;
import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.r2.R2Buckets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The child process of {@link PersistedStoresCrashTest}: one worker writes entry {@code i} to
 * every persisted store (KV, a Durable Object's storage, D1, R2, the Cache API) in one request, and this prints
 * {@code ACK <i>} once that request has completed, until the process is killed.
 */
public final class CrashWriter {

  /** Writes {@code /write?i=N} to every store; {@code /check?n=N} lists the entries below N that are missing. */
  static final String WORKER =
      """
      import { DurableObject } from "cloudflare:workers";
      export class Log extends DurableObject {
        async write(i) { await this.ctx.storage.put("key-" + i, i); }
        async missing(n) {
          const found = await this.ctx.storage.list();
          const out = [];
          for (let i = 0; i < n; i++) if (found.get("key-" + i) !== i) out.push(i);
          return out;
        }
      }
      export default {
        async fetch(req, env) {
          const url = new URL(req.url);
          const log = env.LOG.getByName("crash");
          await env.DB.exec("CREATE TABLE IF NOT EXISTS entries (i INTEGER PRIMARY KEY, v TEXT)");
          if (url.pathname === "/write") {
            const i = Number(url.searchParams.get("i"));
            await env.KV.put("key-" + i, "value-" + i);
            await log.write(i);
            await env.DB.prepare("INSERT OR REPLACE INTO entries (i, v) VALUES (?, ?)").bind(i, "value-" + i).run();
            await env.BUCKET.put("key-" + i, "value-" + i);
            await caches.default.put("http://crash.test/key-" + i, new Response("value-" + i, { headers: { "cache-control": "max-age=86400" } }));
            return new Response("stored");
          }
          const n = Number(url.searchParams.get("n"));
          const missing = { kv: [], durableObject: await log.missing(n), d1: [], r2: [], cache: [] };
          const rows = (await env.DB.prepare("SELECT i, v FROM entries").all()).results;
          const d1 = new Map(rows.map(r => [r.i, r.v]));
          for (let i = 0; i < n; i++) {
            if (await env.KV.get("key-" + i) !== "value-" + i) missing.kv.push(i);
            if (d1.get(i) !== "value-" + i) missing.d1.push(i);
            const object = await env.BUCKET.get("key-" + i);
            if (object === null || await object.text() !== "value-" + i) missing.r2.push(i);
            const cached = await caches.default.match("http://crash.test/key-" + i);
            if (cached === undefined || await cached.text() !== "value-" + i) missing.cache.push(i);
          }
          return Response.json(missing);
        }
      };
      """;

  private CrashWriter() {}

  /**
   * The options of both processes: every store persisted under {@code root}.
   *
   * @param root the persist root
   * @return the options
   */
  static MiniflareOptions options(Path root) {
    return MiniflareOptions.builder()
        .kvPersist(root.resolve("kv"))
        .durableObjectsPersist(root.resolve("do"))
        .persist("d1", root.resolve("d1"))
        .persist("r2", root.resolve("r2"))
        .persist("cache", root.resolve("cache"))
        // the machine running the suite may be busy: starting is not what is measured here
        .startupTimeout(Duration.ofMinutes(3))
        .dispatchTimeout(Duration.ofMinutes(1))
        .worker(WorkerOptions.builder().modules(true).script(WORKER)
            .kvNamespace("KV", "crash")
            .durableObject("LOG", "Log")
            .bind(D1Databases.database("DB", "crash-db"))
            .bind(R2Buckets.bucket("BUCKET", "crash-bucket")))
        .build();
  }

  /**
   * Writes entries {@code 0, 1, ...} under the directory given as the only argument.
   *
   * @param args the persist root
   */
  public static void main(String[] args) {
    try (Miniflare mf = new Miniflare(options(Path.of(args[0])))) {
      System.out.println("READY");
      System.out.flush();
      for (int i = 0; i < 1_000_000; i++) {
        FetchResponse response = mf.dispatchFetch("PUT", "http://localhost/write?i=" + i, Map.of(), null);
        if (response.status() != 200) {
          System.err.println("write " + i + " answered " + response.status() + ": " + response.text());
          System.exit(2);
        }
        System.out.println("ACK " + i);
        System.out.flush();
      }
    }
  }
}
