package io.github.miniflare4j.durable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alarms on the instance clock: firing, retries, and running them from Java. */
class DurableObjectAlarmTest {

  private static final String ALARMED = """
      import { DurableObject } from "cloudflare:workers";
      export class Obj extends DurableObject {
        async fetch(req) {
          const u = new URL(req.url);
          if (u.pathname === "/set") { await this.ctx.storage.setAlarm(Date.now() + Number(u.searchParams.get("in"))); }
          return new Response(String(await this.ctx.storage.getAlarm()));
        }
        async alarm(info) {
          const log = (await this.ctx.storage.get("log")) ?? [];
          log.push(info.retryCount);
          await this.ctx.storage.put("log", log);
          if ((await this.ctx.storage.get("failures") ?? 0) >= log.length) throw new Error("try again");
        }
      }
      export default { fetch(req, env) { return env.OBJ.getByName("a").fetch(req); } };
      """;

  private static Miniflare start(MiniflareClock clock) {
    return new Miniflare(MiniflareOptions.builder().clock(clock)
        .worker(WorkerOptions.builder().modules(true).durableObject("OBJ", "Obj").script(ALARMED)).build());
  }

  @Test
  void alarm_fires_when_the_clock_reaches_it_and_is_then_cleared() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock)) {
      DurableObjectNamespace ns = mf.getDurableObjectNamespace("OBJ");
      DurableObjectStorageView storage = ns.storage(ns.idFromName("a"));
      mf.dispatchFetch("http://localhost/set?in=3600000");
      assertThat(storage.alarm()).isPresent();

      clock.advance(Duration.ofHours(1));

      await().atMost(Duration.ofSeconds(10)).until(() -> storage.get("log") != null);
      assertThat(storage.get("log")).isEqualTo(List.of(0.0));
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("null");
    }
  }

  @Test
  void throwing_alarm_is_retried_after_two_then_four_seconds_of_clock_time() {
    MiniflareClock clock = new MiniflareClock();
    try (Miniflare mf = start(clock)) {
      DurableObjectNamespace ns = mf.getDurableObjectNamespace("OBJ");
      DurableObjectStorageView storage = ns.storage(ns.idFromName("a"));
      storage.put("failures", 2);
      mf.dispatchFetch("http://localhost/set?in=0");
      Instant retry = awaitRetry(storage, clock, 1);
      assertThat(Duration.between(clock.instant(), retry)).isBetween(Duration.ofMillis(1000), Duration.ofSeconds(2));

      clock.advance(Duration.ofSeconds(2));
      retry = awaitRetry(storage, clock, 2);
      assertThat(Duration.between(clock.instant(), retry)).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(4));
      clock.advance(Duration.ofSeconds(4));
      await().atMost(Duration.ofSeconds(10)).until(() -> ((List<?>) storage.get("log")).size() == 3);

      assertThat(storage.get("log")).isEqualTo(List.of(0.0, 1.0, 2.0));
      assertThat(storage.alarm()).isEmpty();
    }
  }

  /**
   * Waits until the alarm handler has run {@code runs} times and the retry of its failure is
   * scheduled (an alarm later than the clock): the log is written before the handler throws, and
   * the retry is set only after that, so the log alone does not say that the retry exists yet.
   */
  private static Instant awaitRetry(DurableObjectStorageView storage, MiniflareClock clock, int runs) {
    await().atMost(Duration.ofSeconds(10)).until(() -> storage.get("log") instanceof List<?> log && log.size() == runs
        && storage.alarm().filter(alarm -> alarm.isAfter(clock.instant())).isPresent());
    return storage.alarm().orElseThrow();
  }

  @Test
  void run_alarm_runs_a_pending_alarm_now_whatever_the_clock_says() {
    try (Miniflare mf = start(new MiniflareClock())) {
      DurableObjectNamespace ns = mf.getDurableObjectNamespace("OBJ");
      DurableObjectId id = ns.idFromName("a");
      mf.dispatchFetch("http://localhost/set?in=86400000");

      assertThat(ns.runAlarm(id)).isTrue();

      assertThat(ns.storage(id).get("log")).isEqualTo(List.of(0.0));
      assertThat(ns.runAlarm(id)).isFalse();
    }
  }

  @Test
  void set_alarm_without_an_alarm_handler_is_a_type_error() {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).durableObject("OBJ", "Obj").script("""
            import { DurableObject } from "cloudflare:workers";
            export class Obj extends DurableObject {
              async fetch() { try { await this.ctx.storage.setAlarm(Date.now()); return new Response("set"); } catch (e) { return new Response(e.name + ": " + e.message); } }
            }
            export default { fetch(req, env) { return env.OBJ.getByName("a").fetch(req); } };
            """)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text())
          .isEqualTo("TypeError: Your Durable Object class must have an alarm() handler in order to call setAlarm()");
    }
  }
}
