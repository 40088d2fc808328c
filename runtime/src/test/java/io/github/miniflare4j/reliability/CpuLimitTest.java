package io.github.miniflare4j.reliability;

import static io.github.miniflare4j.reliability.Workers.module;
import static io.github.miniflare4j.reliability.Workers.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A per-run CPU limit stops runaway code: the request fails as Cloudflare renders error 1102
 * (503, {@code error code: 1102}), a binding caller sees {@code Error: Worker exceeded CPU time
 * limit.}, and the worker keeps serving.
 */
class CpuLimitTest {

  static final String RUNAWAY_ON_PATH = """
      export default { async fetch(req) {
        const path = new URL(req.url).pathname;
        if (path === "/loop") { while (true) {} }
        if (path === "/loop-after-await") { await Promise.resolve(); await scheduler.wait(1); for (;;) {} }
        if (path === "/swallow") { try { while (true) {} } catch (e) { return new Response("caught " + e); } }
        if (path === "/finally") { try { while (true) {} } finally { while (true) {} } }
        if (path === "/fib") { const fib = (n) => n < 2 ? n : fib(n - 1) + fib(n - 2); return new Response(String(fib(60))); }
        if (path === "/deep") { const f = (n) => f(n + 1) + 1; return new Response(String(f(0))); }
        return new Response("ok " + path);
      } };
      """;

  static void assertCpuExceeded(FetchResponse response) {
    assertThat(response.status()).isEqualTo(503);
    assertThat(response.text()).isEqualTo("error code: 1102");
    assertThat(response.header("content-type")).isEqualTo("text/plain; charset=UTF-8");
  }

  @Test
  void an_endless_loop_fails_with_error_1102_and_the_worker_serves_the_next_request() {
    try (Miniflare mf = module("runaway", RUNAWAY_ON_PATH)) {
      assertCpuExceeded(mf.dispatchFetch("http://localhost/loop"));

      FetchResponse next = mf.dispatchFetch("http://localhost/next");
      assertThat(next.status()).isEqualTo(200);
      assertThat(next.text()).isEqualTo("ok /next");
    }
  }

  @Test
  void a_loop_after_an_await_is_stopped_too() {
    try (Miniflare mf = module("runaway", RUNAWAY_ON_PATH)) {
      assertCpuExceeded(mf.dispatchFetch("http://localhost/loop-after-await"));
      assertThat(mf.dispatchFetch("http://localhost/again").text()).isEqualTo("ok /again");
    }
  }

  @Test
  void script_code_cannot_catch_the_interruption() {
    try (Miniflare mf = module("runaway", RUNAWAY_ON_PATH)) {
      assertCpuExceeded(mf.dispatchFetch("http://localhost/swallow"));
    }
  }

  @Test
  void a_loop_in_a_finally_block_is_stopped_too() {
    try (Miniflare mf = module("runaway", RUNAWAY_ON_PATH)) {
      assertCpuExceeded(mf.dispatchFetch("http://localhost/finally"));
      assertThat(mf.dispatchFetch("http://localhost/after").text()).isEqualTo("ok /after");
    }
  }

  @Test
  void runaway_recursion_is_stopped() {
    try (Miniflare mf = module("runaway", RUNAWAY_ON_PATH)) {
      assertCpuExceeded(mf.dispatchFetch("http://localhost/fib"));
    }
  }

  @Test
  void a_stack_overflow_is_a_range_error_rendered_as_an_uncaught_error() {
    try (Miniflare mf = module("deep", RUNAWAY_ON_PATH)) {
      FetchResponse response = mf.dispatchFetch("http://localhost/deep");

      assertThat(response.status()).isEqualTo(500);
      assertThat(response.text()).startsWith("RangeError: Maximum call stack size exceeded");
      assertThat(mf.dispatchFetch("http://localhost/ok").text()).isEqualTo("ok /ok");
    }
  }

  @Test
  void an_awaited_async_dispatch_completes_with_the_1102_response() throws Exception {
    try (Miniflare mf = module("runaway", RUNAWAY_ON_PATH)) {
      CompletableFuture<FetchResponse> pending = mf.dispatchFetchAsync(FetchRequest.get("http://localhost/loop"));

      assertCpuExceeded(pending.get(20, TimeUnit.SECONDS));
    }
  }

  @Test
  void a_service_binding_caller_sees_the_error_workerd_throws() {
    MiniflareOptions opts = options()
        .worker(WorkerOptions.builder().name("caller").modules(true)
            .serviceBinding("SPIN", "spinner")
            .script("""
                export default { async fetch(req, env) {
                  try { await env.SPIN.fetch("http://spin/"); return new Response("no error"); }
                  catch (e) { return new Response(e.constructor.name + ": " + e.message); }
                } };
                """))
        .worker(WorkerOptions.builder().name("spinner").modules(true)
            .script("export default { fetch() { for (;;) {} } };"))
        .build();
    try (Miniflare mf = new Miniflare(opts)) {
      FetchResponse response = mf.dispatchFetch("http://localhost/");

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.text()).isEqualTo("Error: Worker exceeded CPU time limit.");
    }
  }

  @Test
  void a_runaway_timer_is_stopped_and_the_worker_keeps_serving() {
    try (Miniflare mf = module("timer", """
        let ticks = 0;
        export default { fetch(req) {
          if (new URL(req.url).pathname === "/arm") { setTimeout(() => { for (;;) {} }, 0); return new Response("armed"); }
          return new Response("served " + (++ticks));
        } };
        """)) {
      assertThat(mf.dispatchFetch("http://localhost/arm").text()).isEqualTo("armed");

      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("served 1");
    }
  }

  @Test
  void top_level_code_over_the_limit_fails_startup_naming_the_worker() {
    long threadsBefore = Workers.libraryThreads();
    assertThatThrownBy(() -> module("boot", "while (true) {}\nexport default { fetch() { return new Response('x'); } };"))
        .isInstanceOfSatisfying(MiniflareException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.ERR_RUNTIME_FAILURE);
          assertThat(e.getMessage())
              .startsWith("The Workers runtime failed to start: worker \"boot\": Script startup exceeded CPU time limit.")
              .contains("MiniflareOptions.startupCpuLimit(...)");
        });
    org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(1))
        .until(() -> Workers.libraryThreads() <= threadsBefore);
  }

  @Test
  void top_level_code_runs_under_the_startup_limit_not_the_run_limit() {
    // 30 million turns: well over a second of CPU in the interpreter (a warm JVM runs about one
    // turn per 30 ns), far over the run limit; the request's endless loop is stopped by that limit
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .cpuLimit(Workers.TEST_CPU_LIMIT)
        .startupCpuLimit(Duration.ofMinutes(2))
        .worker(WorkerOptions.builder().name("slowstart").modules(true).script("""
            let x = 0; for (let i = 0; i < 30000000; i++) { x += i % 7; }
            export default { fetch(req) {
              if (new URL(req.url).pathname === "/spin") { for (;;) {} }
              return new Response("started " + x); } };
            """))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("started 89999995");
      assertCpuExceeded(mf.dispatchFetch("http://localhost/spin"));
    }
  }

  @Test
  void a_service_worker_stopped_at_top_level_names_the_line() {
    // GraalJS keeps no guest frames in the interrupt of an ES module; a script's frames survive
    assertThatThrownBy(() -> new Miniflare(options()
            .worker(WorkerOptions.builder().name("sw").modules(false)
                .script("addEventListener('fetch', () => {});\nfor (;;) {}\n"))
            .build()))
        .isInstanceOf(MiniflareException.class)
        .hasMessageContaining("Script startup exceeded CPU time limit.")
        .hasMessageContaining("at script-0:2:");
  }

  @Test
  void a_runaway_allocation_is_stopped_by_the_cpu_limit_and_the_worker_keeps_serving() {
    // no heap limit exists per Context on GraalJS community: the CPU limit bounds how much one
    // run can allocate, and what it allocated in locals becomes garbage once it is stopped
    try (Miniflare mf = module("hungry", """
        export default { fetch(req) {
          if (new URL(req.url).pathname === "/eat") { const all = []; for (;;) { all.push(new Array(1024).fill(7)); } }
          return new Response("fine");
        } };
        """)) {
      assertCpuExceeded(mf.dispatchFetch("http://localhost/eat"));
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("fine");
    }
  }

  @Test
  void work_under_the_limit_is_not_interrupted() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .cpuLimit(Duration.ofSeconds(10))
        .worker(WorkerOptions.builder().modules(true).script("""
            export default { fetch() {
              let x = 0; for (let i = 0; i < 200000; i++) { x += i % 7; }
              return new Response(String(x));
            } };
            """))
        .build())) {
      assertThat(mf.dispatchFetch("http://localhost/").status()).isEqualTo(200);
    }
  }

  @Test
  void limits_must_be_positive() {
    assertThatThrownBy(() -> MiniflareOptions.builder().cpuLimit(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cpuLimit must be a positive duration, was PT0S");
    assertThatThrownBy(() -> MiniflareOptions.builder().startupTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("startupTimeout must be a positive duration, was PT-1S");
  }
}
