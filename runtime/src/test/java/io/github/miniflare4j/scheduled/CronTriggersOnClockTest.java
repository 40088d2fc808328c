package io.github.miniflare4j.scheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cron triggers fire when the instance clock moves past their times: in order, each with its time. */
class CronTriggersOnClockTest {

  /** A cold first context on a loaded machine can take tens of seconds; these tests are about behaviour, not start-up time. */
  private static final java.time.Duration COLD_START = java.time.Duration.ofMinutes(2);

  /** A clock standing still at a known instant, so that fire times are exact. */
  private static MiniflareClock clockAt(String utc) {
    return new MiniflareClock(Clock.fixed(Instant.parse(utc), ZoneOffset.UTC));
  }

  private static final String LOGGER = """
      export default {
        async fetch(req, env) { return new Response(await env.KV.get("log") ?? ""); },
        async scheduled(controller, env) {
          const log = (await env.KV.get("log")) ?? "";
          await env.KV.put("log", log + controller.cron + "@" + new Date(controller.scheduledTime).toISOString() + "\\n");
          if (controller.cron === "30 * * * *") throw new Error("half past fails");
        },
      };
      """;

  private static Miniflare start(MiniflareClock clock, String... crons) {
    return new Miniflare(MiniflareOptions.builder().startupTimeout(COLD_START).clock(clock)
        .worker(WorkerOptions.builder().name("jobs").modules(true).kvNamespace("KV").script(LOGGER).crons(crons))
        .build());
  }

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void advancing_fires_every_due_trigger_in_time_order_with_its_scheduled_time() {
    MiniflareClock clock = clockAt("2026-01-01T00:00:30Z");
    try (Miniflare mf = start(clock, "*/20 * * * *", "0 * * * *")) {
      clock.advance(Duration.ofHours(1));
      List<ScheduledResult> runs = mf.cronTriggers().awaitIdle(WAIT);

      assertThat(runs).extracting(ScheduledResult::cron, r -> r.scheduledTime().toString()).containsExactly(
          org.assertj.core.groups.Tuple.tuple("*/20 * * * *", "2026-01-01T00:20:00Z"),
          org.assertj.core.groups.Tuple.tuple("*/20 * * * *", "2026-01-01T00:40:00Z"),
          // a tie goes in declaration order
          org.assertj.core.groups.Tuple.tuple("*/20 * * * *", "2026-01-01T01:00:00Z"),
          org.assertj.core.groups.Tuple.tuple("0 * * * *", "2026-01-01T01:00:00Z"));
      assertThat(runs).allMatch(ScheduledResult::succeeded);
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("""
          */20 * * * *@2026-01-01T00:20:00.000Z
          */20 * * * *@2026-01-01T00:40:00.000Z
          */20 * * * *@2026-01-01T01:00:00.000Z
          0 * * * *@2026-01-01T01:00:00.000Z
          """);
    }
  }

  @Test
  void nothing_fires_before_the_clock_reaches_a_fire_time() {
    MiniflareClock clock = clockAt("2026-01-01T00:00:00Z");
    try (Miniflare mf = start(clock, "0 3 * * *")) {
      assertThat(mf.cronTriggers().nextFireTime()).contains(Instant.parse("2026-01-01T03:00:00Z"));

      clock.advance(Duration.ofMinutes(179));
      assertThat(mf.cronTriggers().awaitIdle(WAIT)).isEmpty();

      clock.advance(Duration.ofMinutes(1));
      assertThat(mf.cronTriggers().awaitIdle(WAIT)).singleElement()
          .satisfies(r -> assertThat(r.scheduledTime()).isEqualTo(Instant.parse("2026-01-01T03:00:00Z")));
      assertThat(mf.cronTriggers().nextFireTime()).contains(Instant.parse("2026-01-02T03:00:00Z"));
    }
  }

  @Test
  void a_failing_run_is_reported_and_later_runs_still_fire() {
    MiniflareClock clock = clockAt("2026-01-01T00:00:00Z");
    try (Miniflare mf = start(clock, "30 * * * *", "45 * * * *")) {
      clock.advance(Duration.ofHours(1));
      List<ScheduledResult> runs = mf.cronTriggers().awaitIdle(WAIT);

      assertThat(runs).extracting(ScheduledResult::cron, ScheduledResult::outcome).containsExactly(
          org.assertj.core.groups.Tuple.tuple("30 * * * *", "exception"),
          org.assertj.core.groups.Tuple.tuple("45 * * * *", "ok"));
      assertThat(runs.get(0).error().orElseThrow().errorMessage()).isEqualTo("half past fails");
    }
  }

  @Test
  void moving_the_clock_back_fires_nothing_and_replans_from_there() {
    MiniflareClock clock = clockAt("2026-01-01T00:00:00Z");
    try (Miniflare mf = start(clock, "0 * * * *")) {
      clock.set(Instant.parse("2025-12-31T22:30:00Z"));
      assertThat(mf.cronTriggers().awaitIdle(WAIT)).isEmpty();
      assertThat(mf.cronTriggers().nextFireTime()).contains(Instant.parse("2025-12-31T23:00:00Z"));

      clock.advance(Duration.ofMinutes(30));
      assertThat(mf.cronTriggers().awaitIdle(WAIT)).extracting(ScheduledResult::scheduledTime)
          .containsExactly(Instant.parse("2025-12-31T23:00:00Z"));
    }
  }

  @Test
  void run_without_firing_moves_the_clock_over_fire_times_silently() {
    MiniflareClock clock = clockAt("2026-01-01T00:00:00Z");
    try (Miniflare mf = start(clock, "* * * * *")) {
      mf.cronTriggers().runWithoutFiring(() -> clock.advance(Duration.ofDays(1)));
      assertThat(mf.cronTriggers().awaitIdle(WAIT)).isEmpty();

      clock.advance(Duration.ofMinutes(2));
      assertThat(mf.cronTriggers().awaitIdle(WAIT)).hasSize(2);
      mf.cronTriggers().clearFired();
      assertThat(mf.cronTriggers().fired()).isEmpty();
    }
  }

  @Test
  void crons_of_several_workers_interleave_by_time() {
    MiniflareClock clock = clockAt("2026-01-01T00:00:00Z");
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().startupTimeout(COLD_START).clock(clock)
        .worker(WorkerOptions.builder().name("a").modules(true).kvNamespace("KV").script(LOGGER).crons("10 * * * *"))
        .worker(WorkerOptions.builder().name("b").modules(true).kvNamespace("KV").script(LOGGER).crons("5,15 * * * *"))
        .build())) {
      assertThat(mf.cronTriggers().triggers()).containsOnlyKeys("a", "b");

      clock.advance(Duration.ofMinutes(20));

      assertThat(mf.cronTriggers().awaitIdle(WAIT)).extracting(ScheduledResult::workerName)
          .containsExactly("b", "a", "b");
    }
  }

  @Test
  void an_invalid_cron_fails_the_start_naming_the_worker_and_expression() {
    assertThatThrownBy(() -> start(new MiniflareClock(), "0 0 * * *", "0 24 * * *"))
        .isInstanceOf(MiniflareException.class)
        .satisfies(e -> assertThat(((MiniflareException) e).code()).isEqualTo(ErrorCode.ERR_VALIDATION))
        .hasMessage("Worker \"jobs\" has an invalid cron trigger: Invalid cron expression \"0 24 * * *\": "
            + "hour field \"24\": value \"24\" is out of range 0-23");
  }

  @Test
  void crons_come_from_json_options_too() {
    MiniflareOptions options = MiniflareOptions.fromJson("""
        {"modules": true, "script": "export default { scheduled() {} }", "crons": ["0 0 * * *", "*/5 * * * *"]}
        """);
    assertThat(options.workers().get(0).crons()).containsExactly("0 0 * * *", "*/5 * * * *");
    try (Miniflare mf = new Miniflare(options)) {
      assertThat(mf.cronTriggers().triggers()).isEqualTo(Map.of("",
          List.of(CronExpression.parse("0 0 * * *"), CronExpression.parse("*/5 * * * *"))));
    }
  }
}
