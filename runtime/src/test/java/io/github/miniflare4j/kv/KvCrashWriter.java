package io.github.miniflare4j.kv;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchResponse;
import java.nio.file.Path;
import java.util.Map;

/**
 * The child process of {@link KvCrashTest}: a worker writes keys to a persisted namespace, one
 * request per key, and this prints {@code ACK <i>} once each {@code put} has completed, until it
 * is killed.
 */
public final class KvCrashWriter {

  static final String WORKER =
      """
      export default {
        async fetch(req, env) {
          const k = new URL(req.url).searchParams.get("k");
          await env.KV.put(k, "value-" + k);
          return new Response("stored");
        }
      };
      """;

  private KvCrashWriter() {}

  /** Writes keys {@code key-0, key-1, ...} under the directory given as the only argument. */
  public static void main(String[] args) {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .kvPersist(Path.of(args[0]))
        .worker(WorkerOptions.builder().modules(true).script(WORKER).kvNamespace("KV", "crash"))
        .build())) {
      System.out.println("READY");
      System.out.flush();
      for (int i = 0; i < 1_000_000; i++) {
        FetchResponse response = mf.dispatchFetch("PUT", "http://localhost/?k=key-" + i, Map.of(), null);
        if (response.status() != 200) {
          System.err.println("put " + i + " answered " + response.status() + ": " + response.text());
          System.exit(2);
        }
        System.out.println("ACK " + i);
        System.out.flush();
      }
    }
  }
}
