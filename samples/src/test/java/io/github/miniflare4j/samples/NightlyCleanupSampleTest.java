package io.github.miniflare4j.samples;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.junit.MiniflareTest;
import io.github.miniflare4j.junit.WorkerClient;
import io.github.miniflare4j.scheduled.ScheduledResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A nightly cleanup job on a cron trigger ({@code triggers.crons} in its wrangler.toml): the
 * test moves the instance clock over the night and the trigger fires, or runs the handler
 * directly for a given time.
 */
@MiniflareTest(config = "src/test/resources/nightly-cleanup/wrangler.toml")
class NightlyCleanupSampleTest {

  @Test
  void the_nightly_run_removes_sessions_idle_for_a_day(Miniflare mf, MiniflareClock clock, WorkerClient sessions) {
    clock.set(Instant.parse("2026-03-01T12:00:00Z"));
    sessions.post("/sessions/old").send();
    clock.advance(Duration.ofHours(20));
    sessions.post("/sessions/recent").send();

    clock.advance(Duration.ofDays(1)); // over 03:00 on March 2nd and 3rd
    List<ScheduledResult> runs = mf.cronTriggers().awaitIdle(Duration.ofSeconds(30));

    assertThat(runs).extracting(ScheduledResult::scheduledTime)
        .containsExactly(Instant.parse("2026-03-02T03:00:00Z"), Instant.parse("2026-03-03T03:00:00Z"));
    assertThat(runs).allSatisfy(run -> assertThat(run).succeeded());
    assertThat(sessions.fetch("/sessions").json()).hasToString("[\"_last-cleanup\",\"recent\"]");
  }

  @Test
  void the_job_can_be_run_directly_for_a_given_night(WorkerClient sessions, MiniflareClock clock) {
    clock.set(Instant.parse("2026-03-01T12:00:00Z"));
    sessions.post("/sessions/old").send();

    ScheduledResult run = sessions.scheduled("0 3 * * *", Instant.parse("2026-03-05T03:00:00Z"));

    assertThat(run).succeeded().hasCron("0 3 * * *");
    assertThat(sessions.fetch("/sessions").json()).hasToString("[\"_last-cleanup\"]");
  }
}
