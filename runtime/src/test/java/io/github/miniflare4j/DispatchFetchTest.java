package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** dispatchFetch from Java: what the worker sees and what comes back. */
class DispatchFetchTest {

  static Miniflare echo() {
    return new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script("""
            export default { async fetch(req) {
              return Response.json({ method: req.method, url: req.url, host: req.headers.get("host"),
                x: req.headers.get("x-test"), ct: req.headers.get("content-type"), body: await req.text() },
                { status: 201, headers: { "x-reply": "yes" } });
            } };
            """))
        .build());
  }

  record Echo(String method, String url, String host, String x, String ct, String body) {}

  @Test
  void method_headers_and_body_reach_the_worker_and_json_maps_into_a_record() {
    try (Miniflare mf = echo()) {
      FetchResponse response = mf.dispatchFetch("POST", "http://example.com/a?b=1#frag", Map.of("X-Test", "1"), "héllo");

      assertThat(response.status()).isEqualTo(201);
      assertThat(response.header("X-Reply")).isEqualTo("yes");
      assertThat(response.json(Echo.class))
          .isEqualTo(new Echo("POST", "http://example.com/a?b=1", "127.0.0.1:8787", "1", "text/plain;charset=UTF-8", "héllo"));
    }
  }

  @Test
  void response_headers_cross_to_java_sorted_combined_and_with_each_set_cookie_kept() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true)
            .script("""
                export default { fetch() {
                  const h = new Headers([["X-B", "1"], ["Set-Cookie", "a=1"], ["x-b", "2"], ["A", "z"], ["set-cookie", "b=2"]]);
                  return new Response("ok", { headers: h });
                } };
                """))
        .build())) {
      FetchResponse response = mf.dispatchFetch("http://x/");

      assertThat(response.headers().asMap().keySet()).containsExactly("a", "content-type", "set-cookie", "x-b");
      assertThat(response.headers().all("set-cookie")).containsExactly("a=1", "b=2");
      assertThat(response.header("x-b")).isEqualTo("1, 2");
      assertThat(response.header("a")).isEqualTo("z");
    }
  }

  @Test
  void binary_bodies_cross_unchanged_both_ways() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true)
            .script("export default { async fetch(req) { return new Response(await req.arrayBuffer()); } };"))
        .build())) {
      FetchResponse response = mf.dispatchFetch(FetchRequest.builder("http://x/").method("PUT").body(bytes).build());

      assertThat(response.bytes()).isEqualTo(bytes);
    }
  }

  @Test
  void a_java_service_binding_receives_method_url_headers_and_body_unchanged() {
    AtomicReference<FetchRequest> seen = new AtomicReference<>();
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true)
            .script("""
                export default { async fetch(req, env) {
                  const r = await env.JAVA.fetch("https://svc.example/p?q=1", { method: "PATCH", headers: { "x-a": "b" }, body: "payload" });
                  return new Response(r.status + " " + await r.text());
                } };
                """)
            .serviceBinding("JAVA", request -> {
              seen.set(request);
              return FetchResponse.text(202, "from java");
            }))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("202 from java");
      assertThat(seen.get().method()).isEqualTo("PATCH");
      assertThat(seen.get().url()).isEqualTo("https://svc.example/p?q=1");
      assertThat(seen.get().header("x-a")).isEqualTo("b");
      assertThat(new String(seen.get().body(), StandardCharsets.UTF_8)).isEqualTo("payload");
    }
  }

  @Test
  void a_java_binding_that_throws_makes_the_worker_fetch_reject_with_its_message() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true)
            .script("""
                export default { async fetch(req, env) {
                  try { await env.JAVA.fetch("http://x/"); return new Response("no error"); }
                  catch (e) { return new Response(e.name + ": " + e.message); }
                } };
                """)
            .serviceBinding("JAVA", request -> { throw new IllegalStateException("java says no"); }))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("Error: java says no");
    }
  }

  @Test
  void a_response_that_never_comes_times_out_with_a_clear_message() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .dispatchTimeout(Duration.ofMillis(300))
        .worker(WorkerOptions.builder().modules(true)
            .script("export default { fetch() { return new Promise((r) => setTimeout(r, 3_600_000)); } };"))
        .build())) {
      assertThatThrownBy(() -> mf.dispatchFetch("http://localhost/slow"))
          .isInstanceOf(MiniflareException.class)
          .hasMessageStartingWith("dispatchFetch(GET http://localhost/slow) got no response within PT0.3S")
          .extracting(e -> ((MiniflareException) e).code())
          .isEqualTo(ErrorCode.ERR_TIMEOUT);
    }
  }

  @Test
  void a_handler_that_can_never_answer_is_canceled_as_hung_without_waiting_for_the_timeout() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .dispatchTimeout(Duration.ofMinutes(5))
        .worker(WorkerOptions.builder().modules(true)
            .script("export default { async fetch() { await new Promise((r) => setTimeout(r, 1)); return new Promise(() => {}); } };"))
        .build())) {
      FetchResponse response = mf.dispatchFetch("http://localhost/");

      assertThat(response.status()).isEqualTo(500);
      assertThat(response.text()).isEqualTo("Error: The Workers runtime canceled this request because it detected that "
          + "your Worker's code had hung and would never generate a response. Refer to: "
          + "https://developers.cloudflare.com/workers/observability/errors/");
    }
  }

  @Test
  void a_request_waiting_on_a_slow_java_binding_is_not_hung() throws Exception {
    CompletableFuture<Void> entered = new CompletableFuture<>();
    CompletableFuture<Void> release = new CompletableFuture<>();
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true)
            .script("export default { async fetch(req, env) { return new Response(await (await env.JAVA.fetch(req)).text()); } };")
            .serviceBinding("JAVA", request -> {
              entered.complete(null);
              release.get(10, TimeUnit.SECONDS);
              return FetchResponse.text("released");
            }))
        .build())) {
      CompletableFuture<FetchResponse> response = mf.dispatchFetchAsync(FetchRequest.get("http://localhost/"));
      entered.get(10, TimeUnit.SECONDS);
      release.complete(null);

      assertThat(response.get(10, TimeUnit.SECONDS).text()).isEqualTo("released");
    }
  }

  @Test
  void wait_until_settled_returns_once_background_work_is_done() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).kvNamespace("KV")
            .script("""
                let release;
                export default { async fetch(req, env, ctx) {
                  const path = new URL(req.url).pathname;
                  if (path === "/read") return new Response(String(await env.KV.get("done")));
                  if (path === "/release") { release(); return new Response("released"); }
                  const latch = new Promise((r) => { release = r; });
                  ctx.waitUntil(latch.then(() => new Promise((r) => setTimeout(r, 20))).then(() => env.KV.put("done", "yes")));
                  return new Response("accepted");
                } };
                """))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("accepted");
      assertThat(mf.dispatchFetch("http://localhost/read").text()).isEqualTo("null");
      mf.dispatchFetch("http://localhost/release");

      mf.waitUntilSettled(Duration.ofSeconds(5));

      assertThat(mf.dispatchFetch(FetchRequest.get("http://localhost/read")).text()).isEqualTo("yes");
    }
  }

  @Test
  void wait_until_settled_times_out_naming_the_busy_worker() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("busy").modules(true)
            .script("export default { fetch(req, env, ctx) { ctx.waitUntil(new Promise(() => {})); return new Response(''); } };"))
        .build())) {
      mf.dispatchFetch("http://localhost/");

      assertThatThrownBy(() -> mf.waitUntilSettled(Duration.ofMillis(100)))
          .hasMessage("ctx.waitUntil work did not settle within PT0.1S: \"busy\" (1 pending)");
    }
  }

  @Test
  void await_idle_says_whether_requests_or_wait_until_work_still_run() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("jobs").modules(true).script(TWO_JOBS).kvNamespace("KV"))
        .build())) {
      assertThat(mf.awaitIdle(Duration.ZERO)).as("nothing dispatched yet").isTrue();
      mf.dispatchFetch("http://localhost/a");

      assertThat(mf.awaitIdle(Duration.ofMillis(50))).as("job a waits for its release").isFalse();
      mf.dispatchFetch("http://localhost/release-a");

      assertThat(mf.awaitIdle(Duration.ofSeconds(5))).isTrue();
      assertThat(mf.dispatchFetch("http://localhost/read-a").text()).isEqualTo("done");
    }
  }

  static final String TWO_JOBS = """
      const releases = {};
      export default { async fetch(req, env, ctx) {
        const job = new URL(req.url).pathname.slice(1);
        if (job.startsWith("release-")) { releases[job.slice(8)](); return new Response("released"); }
        if (job.startsWith("read-")) return new Response(String(await env.KV.get(job.slice(5))));
        ctx.waitUntil(new Promise((r) => { releases[job] = r; }).then(() => env.KV.put(job, "done")));
        return new Response("accepted " + job);
      } };
      """;

  @Test
  void wait_until_settled_for_one_response_ignores_other_requests() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("jobs").modules(true).script(TWO_JOBS).kvNamespace("KV"))
        .build())) {
      FetchResponse a = mf.dispatchFetch("http://localhost/a");
      FetchResponse b = mf.dispatchFetch("http://localhost/b");
      assertThat(a.waitUntilWork().pending()).isEqualTo(1);

      mf.dispatchFetch("http://localhost/release-a");
      mf.waitUntilSettled(a, Duration.ofSeconds(5));

      assertThat(mf.dispatchFetch("http://localhost/read-a").text()).isEqualTo("done");
      assertThat(b.waitUntilWork().pending()).isEqualTo(1);
      assertThatThrownBy(() -> mf.waitUntilSettled(b, Duration.ofMillis(100)))
          .hasMessage("ctx.waitUntil work of GET http://localhost/b did not settle within PT0.1S: \"jobs\" (1 pending)");
    }
  }

  @Test
  void wait_until_of_a_service_worker_fetch_event_is_tracked_per_response() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("sw").script(
            "addEventListener('fetch', (e) => { e.waitUntil(new Promise(() => {})); e.respondWith(new Response('')); });"))
        .build())) {
      FetchResponse response = mf.dispatchFetch("http://localhost/x");

      assertThatThrownBy(() -> mf.waitUntilSettled(response, Duration.ofMillis(50)))
          .hasMessage("ctx.waitUntil work of GET http://localhost/x did not settle within PT0.05S: \"sw\" (1 pending)");
    }
  }

  @Test
  void a_restart_abandons_the_work_of_a_response() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("jobs").modules(true).script(TWO_JOBS).kvNamespace("KV"))
        .build())) {
      FetchResponse a = mf.dispatchFetch("http://localhost/a");

      mf.restartWorkers();

      mf.waitUntilSettled(a, Duration.ofSeconds(5));
      assertThat(FetchResponse.text("java").waitUntilWork().pending()).isZero();
    }
  }

  @Test
  void methods_the_runtime_does_not_parse_are_answered_501_without_reaching_the_worker() {
    try (Miniflare mf = echo()) {
      for (String method : new String[] {"LINK", "M-SEARCH", "patch", "propfind"}) {
        FetchResponse response = mf.dispatchFetch(method, "http://x/", Map.of(), null);

        assertThat(response.status()).as(method).isEqualTo(501);
        assertThat(response.header("content-type")).isEqualTo("text/plain");
        assertThat(response.text()).isEqualTo("ERROR: Unrecognized request method.");
      }
      for (String method : new String[] {"PURGE", "QUERY", "MSEARCH", "delete"}) {
        assertThat(mf.dispatchFetch(method, "http://x/", Map.of(), null).status()).as(method).isEqualTo(201);
      }
    }
  }
}
