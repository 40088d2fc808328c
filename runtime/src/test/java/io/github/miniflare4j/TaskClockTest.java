package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The workers' clock within one run of JavaScript: two reads a moment apart see the same time (as
 * Cloudflare's runtime gives it, and Miniflare's V8 mostly does), while code polling the clock sees
 * it move, and a new event (a timer, an I/O result) reads it afresh.
 */
class TaskClockTest {

  static final String WORKER = """
      // what a storage adapter does between computing an expiry and the TTL it stores
      function work() {
        const record = { items: Array.from({ length: 200 }, (_, i) => ({ i, name: "item " + i, tags: ["a", "b"] })) };
        return JSON.stringify(record).length;
      }
      export default { async fetch(request, env) {
        const path = new URL(request.url).pathname;
        if (path === "/sync") {
          const a = Date.now(); const p = performance.now();
          const exp = new Date(Date.now() + 60 * 1000);
          const s = work();
          const ttl = Math.floor((exp.getTime() - Date.now()) / 1000);
          const dateDiff = new Date().getTime() - a, perfDiff = performance.now() - p;
          await env.KV.put("code", String(s), { expirationTtl: ttl });
          return Response.json({ ttl, dateDiff, perfDiff });
        }
        const a = Date.now();
        const end = a + 20; while (Date.now() < end) {}
        const b = Date.now();
        await new Promise((resolve) => setTimeout(resolve, 30));
        return Response.json({ polled: b - a, afterTimer: Date.now() - b });
      } };
      """;

  static JsonNode json(Miniflare mf, String path) throws Exception {
    return new ObjectMapper().readTree(mf.dispatchFetch("http://localhost" + path).text());
  }

  @Test
  void two_reads_a_moment_apart_see_the_same_time_and_a_ttl_stays_whole() throws Exception {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(WORKER).kvNamespace("KV")).build())) {
      JsonNode out = json(mf, "/sync");

      assertThat(out.get("ttl").asInt()).isEqualTo(60);
      assertThat(out.get("dateDiff").asLong()).isZero();
      assertThat(out.get("perfDiff").asDouble()).isZero();
    }
  }

  @Test
  void code_polling_the_clock_sees_it_move_and_timers_fire_later() throws Exception {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(WORKER).kvNamespace("KV")).build())) {
      JsonNode out = json(mf, "/poll");

      assertThat(out.get("polled").asLong()).isGreaterThanOrEqualTo(20);
      assertThat(out.get("afterTimer").asLong()).isGreaterThanOrEqualTo(30);
    }
  }
}
