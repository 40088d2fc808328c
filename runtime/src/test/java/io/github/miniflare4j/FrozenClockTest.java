package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.http.FetchResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A frozen clock stands still: workers' time and timers move only when the test advances it. */
class FrozenClockTest {

  static final String WORKER = """
      export default { async fetch(request, env, ctx) {
        const path = new URL(request.url).pathname;
        if (path === "/later") {
          ctx.waitUntil(new Promise((resolve) => setTimeout(resolve, 10)).then(() => env.KV.put("done", String(Date.now()))));
          return new Response(String(Date.now()));
        }
        if (path === "/now") return new Response(String(Date.now()));
        return new Response(String(await env.KV.get("done")));
      } };
      """;

  @Test
  void a_frozen_clock_reads_the_same_time_until_advanced() throws Exception {
    MiniflareClock clock = MiniflareClock.frozenAt(Instant.parse("2030-01-01T00:00:00Z"));
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().clock(clock)
        .worker(WorkerOptions.builder().modules(true).script(WORKER).kvNamespace("KV")).build())) {
      long first = Long.parseLong(mf.dispatchFetch("http://localhost/now").text());
      long second = Long.parseLong(mf.dispatchFetch("http://localhost/now").text());

      assertThat(first).isEqualTo(second).isEqualTo(Instant.parse("2030-01-01T00:00:00Z").toEpochMilli());
      clock.advance(Duration.ofSeconds(3));
      assertThat(mf.dispatchFetch("http://localhost/now").text()).isEqualTo(String.valueOf(first + 3000));
    }
  }

  @Test
  void a_timer_of_waituntil_work_fires_only_when_the_test_advances_the_clock() {
    MiniflareClock clock = new MiniflareClock();
    clock.freeze();
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().clock(clock)
        .worker(WorkerOptions.builder().modules(true).script(WORKER).kvNamespace("KV")).build())) {
      FetchResponse later = mf.dispatchFetch("http://localhost/later");

      // a 10 ms timer that real time would fire while the next requests run: still pending
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("null");
      assertThat(later.waitUntilWork().pending()).isEqualTo(1);
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("null");

      clock.advance(Duration.ofMillis(10));
      mf.waitUntilSettled(later, Duration.ofSeconds(5));

      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo(String.valueOf(Long.parseLong(later.text()) + 10));
    }
  }

  @Test
  void unfreezing_lets_time_run_on_from_the_frozen_reading_and_reset_unfreezes() {
    MiniflareClock clock = MiniflareClock.frozenAt(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(clock.isFrozen()).isTrue();

    clock.unfreeze();

    assertThat(clock.isFrozen()).isFalse();
    assertThat(clock.instant()).isBetween(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:01:00Z"));
    clock.freeze();
    clock.reset();
    assertThat(clock.isFrozen()).isFalse();
    assertThat(clock.offset()).isZero();
  }
}
