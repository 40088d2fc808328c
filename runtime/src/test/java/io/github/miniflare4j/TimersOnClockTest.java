package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code setTimeout} and {@code setInterval} are due on the instance clock: advancing it fires them. */
class TimersOnClockTest {

  static final String WORKER = """
      let ticks = 0;
      export default { async fetch(request, env, ctx) {
        const path = new URL(request.url).pathname;
        if (path === "/hour") {
          ctx.waitUntil(new Promise((resolve) => setTimeout(resolve, 3_600_000)).then(() => env.KV.put("fired", String(Date.now()))));
          return new Response("scheduled at " + Date.now());
        }
        // the request stays alive (workerd drops an ended request's timers)
        if (path === "/interval") { setInterval(() => ticks++, 60_000); ctx.waitUntil(new Promise(() => {})); return new Response("ok"); }
        if (path === "/ticks") return new Response(String(ticks));
        return new Response(String(await env.KV.get("fired")));
      } };
      """;

  @Test
  void advancing_the_clock_fires_a_timer_due_within_the_advance() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().clock(clock)
        .worker(WorkerOptions.builder().name("timers").modules(true).script(WORKER).kvNamespace("KV"))
        .build())) {
      FetchResponse scheduled = mf.dispatchFetch("http://localhost/hour");
      assertThat(scheduled.waitUntilWork().pending()).isEqualTo(1);

      clock.advance(Duration.ofMinutes(59));
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("null");

      clock.advance(Duration.ofMinutes(1));
      mf.waitUntilSettled(scheduled, Duration.ofSeconds(5));

      long firedAt = Long.parseLong(mf.dispatchFetch("http://localhost/").text());
      long scheduledAt = Long.parseLong(scheduled.text().substring("scheduled at ".length()));
      assertThat(firedAt - scheduledAt).isBetween(3_600_000L, 3_610_000L);
    }
  }

  @Test
  void an_interval_ticks_once_per_period_advanced_in_steps() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().clock(clock)
        .worker(WorkerOptions.builder().name("timers").modules(true).script(WORKER).kvNamespace("KV"))
        .build())) {
      mf.dispatchFetch("http://localhost/interval");
      for (int i = 0; i < 3; i++) {
        clock.advance(Duration.ofMinutes(1));
        int expected = i + 1;
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
            .until(() -> Integer.parseInt(mf.dispatchFetch("http://localhost/ticks").text()) == expected);
      }
    }
  }
}
