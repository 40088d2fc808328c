package io.github.miniflare4j.scheduled;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code testScheduled} ({@code wrangler dev --test-scheduled}): {@code /__scheduled?cron=...} runs scheduled(). */
class TestScheduledTest {

  /** A cold first context on a loaded machine can take tens of seconds; these tests are about behaviour, not start-up time. */
  private static final Duration COLD_START = Duration.ofMinutes(2);
  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");

  private static final String JOBS = """
      export default {
        async fetch(req, env) { return new Response("fetch " + new URL(req.url).pathname + " " + await env.KV.get("seen")); },
        async scheduled(controller, env) {
          if (controller.cron === "fail") throw new TypeError("nothing to clean");
          await env.KV.put("seen", controller.cron + " @ " + controller.scheduledTime);
        },
      };
      """;

  private static Miniflare start(String script, boolean testScheduled) {
    return new Miniflare(MiniflareOptions.builder().startupTimeout(COLD_START).testScheduled(testScheduled)
        .clock(MiniflareClock.frozenAt(NOW))
        .worker(WorkerOptions.builder().name("jobs").modules(true).kvNamespace("KV").script(script))
        .build());
  }

  @Test
  void runs_the_handler_with_the_cron_at_the_clocks_time_then_answers_ran_scheduled_event() {
    try (Miniflare mf = start(JOBS, true)) {
      FetchResponse ran = mf.dispatchFetch("http://localhost/__scheduled?cron=*/5+*+*+*+*");

      assertThat(ran.status()).isEqualTo(200);
      assertThat(ran.text()).isEqualTo("Ran scheduled event");
      assertThat(ran.headers().get("content-type")).isEqualTo("text/plain;charset=UTF-8");
      assertThat(mf.dispatchFetch("http://localhost/other").text())
          .isEqualTo("fetch /other */5 * * * * @ " + NOW.toEpochMilli());
    }
  }

  @Test
  void a_handler_that_throws_gives_the_500_of_an_uncaught_error_and_writes_nothing() {
    try (Miniflare mf = start(JOBS, true)) {
      FetchResponse failed = mf.dispatchFetch(FetchRequest.builder("http://localhost/__scheduled?cron=fail").method("POST").build());

      assertThat(failed.status()).isEqualTo(500);
      assertThat(failed.text()).startsWith("TypeError: nothing to clean");
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("fetch / null");
    }
  }

  @Test
  void a_worker_without_a_scheduled_handler_still_gets_the_200() {
    try (Miniflare mf = start("export default { fetch() { return new Response('only fetch'); } };", true)) {
      FetchResponse ran = mf.dispatchFetch("http://localhost/__scheduled");

      assertThat(ran.status()).isEqualTo(200);
      assertThat(ran.text()).isEqualTo("Ran scheduled event");
    }
  }

  @Test
  void the_pages_favicon_request_to_a_worker_without_fetch_gets_404_other_500s_stay() {
    String scheduledOnly = "export default { scheduled() {} };";
    try (Miniflare mf = start(scheduledOnly, true)) {
      FetchResponse favicon = mf.dispatchFetch(FetchRequest.builder("http://localhost/favicon.ico")
          .header("referer", "http://localhost:8787/__scheduled").build());
      FetchResponse direct = mf.dispatchFetch("http://localhost/favicon.ico");

      assertThat(favicon.status()).isEqualTo(404);
      assertThat(favicon.text()).isEmpty();
      assertThat(direct.status()).isEqualTo(500);
    }
  }

  @Test
  void without_the_option_the_path_is_an_ordinary_request() {
    try (Miniflare mf = start(JOBS, false)) {
      assertThat(mf.dispatchFetch("http://localhost/__scheduled?cron=x").text()).isEqualTo("fetch /__scheduled null");
    }
  }
}
