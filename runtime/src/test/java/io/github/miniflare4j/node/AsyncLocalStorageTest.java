package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** node:async_hooks AsyncLocalStorage: stores across awaits, timers, waitUntil and concurrent requests. */
class AsyncLocalStorageTest {

  @Test
  void the_store_follows_awaits_timers_and_wait_until() {
    JsonNode out =
        NodeProbe.run(
            "import { AsyncLocalStorage, AsyncResource } from \"node:async_hooks\"; const als = new AsyncLocalStorage();",
            """
            out.seen = await als.run("req-1", async () => {
              const seen = [als.getStore()];
              await null; seen.push(als.getStore());
              await new Promise((r) => setTimeout(r, 1)); seen.push(als.getStore());
              seen.push(await new Promise((r) => setTimeout(() => r(als.getStore()), 1)));
              seen.push(await new Promise((r) => { const id = setInterval(() => { clearInterval(id); r(als.getStore()); }, 1); }));
              seen.push(await new Promise((r) => setImmediate(() => r(als.getStore()))));
              seen.push(await new Promise((r) => queueMicrotask(() => r(als.getStore()))));
              return seen;
            });
            out.outside = als.getStore() ?? null;
            let late;
            await als.run("bg", () => { const p = scheduler.wait(1).then(() => { late = als.getStore(); }); ctx.waitUntil(p); return p; });
            out.waitUntil = late;
            out.nested = als.run("outer", () => [als.run("inner", () => als.getStore()), als.getStore(), als.exit(() => als.getStore() ?? null)]);
            const bound = als.run("bound", () => AsyncLocalStorage.bind(() => als.getStore()));
            const resource = als.run("res", () => new AsyncResource("T"));
            out.captured = [bound(), resource.runInAsyncScope(() => als.getStore()), als.run("snap", () => AsyncLocalStorage.snapshot())(() => als.getStore())];
            out.unsupported = await t(() => als.enterWith(1));
            """);
    assertThat(out.get("seen").toString()).isEqualTo("[\"req-1\",\"req-1\",\"req-1\",\"req-1\",\"req-1\",\"req-1\",\"req-1\"]");
    assertThat(out.get("outside").isNull()).isTrue();
    assertThat(out.get("waitUntil").asText()).isEqualTo("bg");
    assertThat(out.get("nested").toString()).isEqualTo("[\"inner\",\"outer\",null]");
    assertThat(out.get("captured").toString()).isEqualTo("[\"bound\",\"res\",\"snap\"]");
    assertThat(out.get("unsupported").get("error").get("message").asText())
        .isEqualTo("asyncLocalStorage.enterWith() is not implemented");
  }

  @Test
  void concurrent_requests_keep_their_own_request_ids() {
    String script =
        """
        import { AsyncLocalStorage } from "node:async_hooks";
        const ids = new AsyncLocalStorage();
        export default {
          async fetch(request) {
            const id = new URL(request.url).searchParams.get("id");
            return ids.run(id, async () => {
              await new Promise((r) => setTimeout(r, Number(id) % 3));
              await scheduler.wait(1);
              return new Response(ids.getStore());
            });
          },
        };
        """;
    WorkerOptions.Builder worker =
        WorkerOptions.builder().modules(true).script(script).compatibilityDate("2025-01-01").compatibilityFlags("nodejs_compat");
    try (Miniflare mf =
        new Miniflare(MiniflareOptions.builder().worker(worker).startupTimeout(Duration.ofMinutes(2)).build())) {
      var responses =
          java.util.stream.IntStream.range(0, 12)
              .mapToObj(i -> mf.dispatchFetchAsync(io.github.miniflare4j.http.FetchRequest.builder("http://localhost/?id=" + i).build()))
              .toList();
      for (int i = 0; i < responses.size(); i++) {
        assertThat(responses.get(i).join().text()).isEqualTo(String.valueOf(i));
      }
    }
  }
}
