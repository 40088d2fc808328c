package io.github.miniflare4j.scheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Miniflare.dispatchScheduled: one run of a worker's scheduled() handler, and its outcome, from Java. */
class DispatchScheduledTest {

  /** A cold first context on a loaded machine can take tens of seconds; these tests are about behaviour, not start-up time. */
  private static final java.time.Duration COLD_START = java.time.Duration.ofMinutes(2);

  private static final String JOBS = """
      export default {
        async fetch(req, env) { return new Response(await env.KV.get(new URL(req.url).pathname.slice(1))); },
        async scheduled(controller, env, ctx) {
          await env.KV.put("seen", controller.cron + " @ " + controller.scheduledTime);
          if (controller.cron === "fail") throw new TypeError("nothing to clean");
          if (controller.cron === "give-up") { controller.noRetry(); throw new Error("gave up"); }
          if (controller.cron === "late") {
            ctx.waitUntil(new Promise((resolve) => setTimeout(resolve, 50)).then(() => env.KV.put("late", "done")));
          }
          if (controller.cron === "late-failure") ctx.waitUntil(Promise.reject(new RangeError("too late")));
        },
      };
      """;

  private static Miniflare start(String script) {
    return new Miniflare(MiniflareOptions.builder().startupTimeout(COLD_START)
        .worker(WorkerOptions.builder().name("jobs").modules(true).kvNamespace("KV").script(script))
        .build());
  }

  @Test
  void a_succeeding_handler_sees_the_cron_and_time_given() {
    try (Miniflare mf = start(JOBS)) {
      ScheduledResult result = mf.dispatchScheduled("0 3 * * *", Instant.ofEpochMilli(1_700_000_000_000L));

      assertThat(result.succeeded()).isTrue();
      assertThat(result.outcome()).isEqualTo("ok");
      assertThat(result.error()).isEmpty();
      assertThat(result.noRetry()).isFalse();
      assertThat(result.workerName()).isEqualTo("jobs");
      assertThat(mf.getKVNamespace("KV").get("seen")).isEqualTo("0 3 * * * @ 1700000000000");
    }
  }

  @Test
  void a_throwing_handler_is_a_failed_result_carrying_the_error() {
    try (Miniflare mf = start(JOBS)) {
      ScheduledResult result = mf.dispatchScheduled("jobs", "fail", Instant.parse("2026-01-01T00:00:00Z"));

      assertThat(result.succeeded()).isFalse();
      assertThat(result.outcome()).isEqualTo("exception");
      assertThat(result.error()).hasValueSatisfying(e -> {
        assertThat(e.errorName()).isEqualTo("TypeError");
        assertThat(e.errorMessage()).isEqualTo("nothing to clean");
      });
      assertThat(result).hasToString("scheduled(\"fail\", 2026-01-01T00:00:00Z) of worker \"jobs\": exception "
          + "(TypeError: nothing to clean)");
      // the worker keeps serving
      assertThat(mf.dispatchFetch("http://localhost/seen").text()).startsWith("fail @ ");
    }
  }

  @Test
  void no_retry_is_reported() {
    try (Miniflare mf = start(JOBS)) {
      ScheduledResult result = mf.dispatchScheduled("give-up", Instant.now());

      assertThat(result.succeeded()).isFalse();
      assertThat(result.noRetry()).isTrue();
    }
  }

  @Test
  void the_result_comes_after_the_wait_until_work_settled() {
    try (Miniflare mf = start(JOBS)) {
      ScheduledResult result = mf.dispatchScheduled("late", Instant.now());

      assertThat(result.succeeded()).isTrue();
      assertThat(mf.getKVNamespace("KV").get("late")).isEqualTo("done");
    }
  }

  @Test
  void a_rejected_wait_until_promise_fails_the_run() {
    try (Miniflare mf = start(JOBS)) {
      ScheduledResult result = mf.dispatchScheduled("late-failure", Instant.now());

      assertThat(result.succeeded()).isFalse();
      assertThat(result.waitUntilFailures()).singleElement().asString().startsWith("RangeError: too late");
      assertThat(result.error()).hasValueSatisfying(e -> {
        assertThat(e.errorName()).isEqualTo("RangeError");
        assertThat(e.errorMessage()).isEqualTo("too late");
      });
    }
  }

  @Test
  void a_worker_without_a_scheduled_handler_fails_as_workerd_reports_it() {
    try (Miniflare mf = start("export default { fetch() { return new Response('x') } }")) {
      ScheduledResult result = mf.dispatchScheduled("* * * * *", Instant.now());

      assertThat(result.succeeded()).isFalse();
      assertThat(result.noRetry()).isTrue();
      assertThat(result.error().orElseThrow().errorMessage())
          .isEqualTo("Received a ScheduledEvent but we lack a handler for ScheduledEvents (a.k.a. Cron Triggers). "
              + "Did you remember to export a scheduled() function?");
    }
  }

  @Test
  void service_worker_listeners_receive_a_scheduled_event() {
    String script = """
        addEventListener("fetch", (event) => event.respondWith(KV.get("event").then((v) => new Response(v))));
        addEventListener("scheduled", (event) => {
          event.waitUntil(KV.put("event", event.type + " " + event.cron + " " + event.scheduledTime
              + " " + (event instanceof ScheduledEvent)));
        });
        """;
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(COLD_START)
        .worker(WorkerOptions.builder().kvNamespace("KV").script(script)).build())) {
      ScheduledResult result = mf.dispatchScheduled("*/2 * * * *", Instant.ofEpochMilli(42));

      assertThat(result.succeeded()).isTrue();
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("scheduled */2 * * * * 42 true");
    }
  }

  @Test
  void the_handler_runs_with_the_instance_clock_as_now() {
    MiniflareClock clock = new MiniflareClock();
    String script = "export default { async scheduled(c, env) { await env.KV.put('now', String(Date.now())); } };";
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(COLD_START).clock(clock)
        .worker(WorkerOptions.builder().modules(true).kvNamespace("KV").script(script)).build())) {
      clock.set(Instant.parse("2030-06-01T12:00:00Z"));

      mf.dispatchScheduled("", clock.instant());

      assertThat(Long.parseLong(mf.getKVNamespace("KV").get("now")))
          .isBetween(Instant.parse("2030-06-01T12:00:00Z").toEpochMilli(), Instant.parse("2030-06-01T12:00:10Z").toEpochMilli());
    }
  }

  @Test
  void an_unknown_worker_is_named() {
    try (Miniflare mf = start(JOBS)) {
      assertThatThrownBy(() -> mf.dispatchScheduled("nope", "* * * * *", Instant.now()))
          .isInstanceOf(MiniflareException.class)
          .hasMessageContaining("No worker named \"nope\"");
    }
  }

  @Test
  void a_handler_still_waiting_on_a_timer_times_out_with_a_clear_message() {
    String script = "export default { scheduled() { return new Promise((resolve) => setTimeout(resolve, 60_000)); } };";
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(COLD_START).dispatchTimeout(Duration.ofMillis(300))
        .worker(WorkerOptions.builder().name("stuck").modules(true).script(script)).build())) {
      assertThatThrownBy(() -> mf.dispatchScheduled("* * * * *", Instant.now()))
          .isInstanceOf(MiniflareException.class)
          .satisfies(e -> assertThat(((MiniflareException) e).code()).isEqualTo(ErrorCode.ERR_TIMEOUT))
          .hasMessageStartingWith("scheduled(\"* * * * *\") of worker \"stuck\" did not finish within PT0.3S");
    }
  }

  @Test
  void a_handler_waiting_on_nothing_that_can_settle_is_canceled_as_workerd_does() {
    String script = """
        export default {
          async scheduled(controller, env, ctx) {
            if (controller.cron === "wait-until") { ctx.waitUntil(new Promise(() => {})); return; }
            controller.noRetry();
            await new Promise(() => {});
          },
        };
        """;
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(COLD_START)
        .worker(WorkerOptions.builder().name("hangs").modules(true).script(script)).build())) {
      ScheduledResult handler = mf.dispatchScheduled("* * * * *", Instant.now());
      ScheduledResult waitUntil = mf.dispatchScheduled("wait-until", Instant.now());

      assertThat(handler.succeeded()).isFalse();
      assertThat(handler.outcome()).isEqualTo("exceededCpu");
      assertThat(handler.noRetry()).isTrue();
      assertThat(handler.error()).hasValueSatisfying(e -> assertThat(e.errorMessage())
          .startsWith("The Workers runtime canceled this request because it detected that your Worker's code had hung"));
      assertThat(waitUntil.outcome()).isEqualTo("exceededCpu");
      assertThat(waitUntil.noRetry()).isFalse();
    }
  }
}
