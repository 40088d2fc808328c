package io.github.miniflare4j.junit;

import static io.github.miniflare4j.assertj.MiniflareAssertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.kv.KvNamespace;
import io.github.miniflare4j.scheduled.ScheduledResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Triggering scheduled() from a test, and cron triggers on the injected clock, reset between tests. */
class ScheduledTest {

  static final String WORKER = """
      export default {
        async fetch() { return new Response("jobs"); },
        async scheduled(controller, env, ctx) {
          if (controller.cron === "broken") throw new TypeError("nothing to clean");
          ctx.waitUntil(env.KV.put("ran:" + controller.scheduledTime, controller.cron));
        },
      };
      """;

  @MiniflareTest(workers = @Worker(name = "jobs", script = WORKER, kvNamespaces = "KV", crons = "0 * * * *"))
  static class Triggered {
    @Test
    void trigger_from_the_test_and_assert_on_the_outcome(WorkerClient jobs, KvNamespace kv) {
      ScheduledResult result = jobs.scheduled("*/5 * * * *");

      assertThat(result).succeeded().hasCron("*/5 * * * *").didNotCallNoRetry();
      assertThat(kv).containsKey("ran:" + result.scheduledTime().toEpochMilli());
      assertThat(jobs.scheduled("broken")).failedWith("TypeError", "nothing to clean");
    }

    @Test
    void advancing_the_clock_fires_the_cron(Miniflare mf, MiniflareClock clock, KvNamespace kv) {
      clock.advance(Duration.ofHours(2));

      List<ScheduledResult> runs = mf.cronTriggers().awaitIdle(Duration.ofSeconds(20));

      assertThat(runs).hasSize(2).allSatisfy(run -> assertThat(run).succeeded().hasCron("0 * * * *"));
      assertThat(kv.list().keys()).hasSize(2);
    }

    @Test
    void each_test_starts_with_no_fired_runs(Miniflare mf) {
      assertThat(mf.cronTriggers().fired()).isEmpty();
    }
  }

  @Test
  void scheduled_handlers_are_testable_through_the_extension() {
    Fixtures.assertAllSucceeded(Fixtures.run(Triggered.class), 3);
  }
}
