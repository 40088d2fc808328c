package io.github.miniflare4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many Java threads dispatching at once to several workers keep every worker's semantics: each
 * worker runs its requests one task at a time, so a counter incremented N times reads N, through
 * service-binding chains and Durable Objects alike.
 */
class ConcurrencyTest {

  static final int THREADS = 6;
  static final int PER_THREAD = 8;

  static List<String> hammer(Miniflare mf, List<String> urls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<List<String>> job = () -> {
          List<String> problems = new ArrayList<>();
          for (int i = 0; i < PER_THREAD; i++) {
            String url = urls.get((thread + i) % urls.size());
            FetchResponse response = mf.dispatchFetch(FetchRequest.get(url));
            if (response.status() != 200) {
              problems.add(url + " -> " + response.status() + " " + response.text());
            }
          }
          return problems;
        };
        futures.add(pool.submit(job));
      }
      List<String> problems = new ArrayList<>();
      for (Future<List<String>> future : futures) {
        problems.addAll(future.get(60, TimeUnit.SECONDS));
      }
      return problems;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void counters_behind_service_binding_chains_count_every_increment() throws Exception {
    String counter = """
        let count = 0;
        export default { fetch(req) {
          if (new URL(req.url).pathname === "/read") return new Response(String(count));
          count++;
          return new Response("ok");
        } };
        """;
    String forwarder = """
        export default { async fetch(req, env) {
          const url = new URL(req.url);
          const target = url.hostname.startsWith("left") ? env.LEFT : env.RIGHT;
          await Promise.resolve();
          return target.fetch(req);
        } };
        """;
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("front").modules(true)
            .serviceBinding("LEFT", "middle-left").serviceBinding("RIGHT", "middle-right").script(forwarder))
        .worker(WorkerOptions.builder().name("middle-left").modules(true)
            .serviceBinding("LEFT", "left").serviceBinding("RIGHT", "left").script(forwarder))
        .worker(WorkerOptions.builder().name("middle-right").modules(true)
            .serviceBinding("LEFT", "right").serviceBinding("RIGHT", "right").script(forwarder))
        .worker(WorkerOptions.builder().name("left").modules(true).script(counter))
        .worker(WorkerOptions.builder().name("right").modules(true).script(counter))
        .build())) {
      List<String> problems = hammer(mf, List.of("http://left.mf/inc", "http://right.mf/inc"));

      assertThat(problems).isEmpty();
      int total = THREADS * PER_THREAD;
      assertThat(mf.dispatchFetch("left", FetchRequest.get("http://x/read")).text()).isEqualTo(String.valueOf(total / 2));
      assertThat(mf.dispatchFetch("right", FetchRequest.get("http://x/read")).text()).isEqualTo(String.valueOf(total / 2));
    }
  }

  @Test
  void a_durable_object_counter_under_concurrent_load_reads_n() throws Exception {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("front").modules(true)
            .durableObject("COUNTER", "Counter")
            .script("""
                import { DurableObject } from "cloudflare:workers";
                export class Counter extends DurableObject {
                  async fetch(req) {
                    const n = ((await this.ctx.storage.get("n")) ?? 0) + 1;
                    await this.ctx.storage.put("n", n);
                    return new Response(String(n));
                  }
                }
                export default { fetch(req, env) {
                  const name = new URL(req.url).pathname.slice(1);
                  return env.COUNTER.get(env.COUNTER.idFromName(name)).fetch(req);
                } };
                """))
        .build())) {
      List<String> problems = hammer(mf, List.of("http://localhost/a", "http://localhost/b"));

      assertThat(problems).isEmpty();
      int total = THREADS * PER_THREAD;
      var namespace = mf.getDurableObjectNamespace("COUNTER");
      assertThat((Number) namespace.storage(namespace.idFromName("a")).get("n")).extracting(Number::intValue).isEqualTo(total / 2);
      assertThat((Number) namespace.storage(namespace.idFromName("b")).get("n")).extracting(Number::intValue).isEqualTo(total / 2);
    }
  }
}
