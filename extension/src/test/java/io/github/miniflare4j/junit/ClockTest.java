package io.github.miniflare4j.junit;

import static io.github.miniflare4j.junit.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.assertj.MiniflareAssertions;
import io.github.miniflare4j.durable.DurableObjectNamespace;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The injected clock drives KV expiry (see IsolationTest), Durable Object alarms and timers. */
class ClockTest {

  static final String WORKER = """
      import { DurableObject } from "cloudflare:workers";
      export class Reminder extends DurableObject {
        async schedule(minutes) { await this.ctx.storage.setAlarm(Date.now() + minutes * 60_000); }
        async alarm() { await this.ctx.storage.put("rang", true); }
      }
      export default {
        async fetch(request, env, ctx) {
          const path = new URL(request.url).pathname;
          if (path === "/remind") { await env.REMINDERS.getByName("r").schedule(30); return new Response("ok"); }
          if (path === "/soon") {
            ctx.waitUntil(new Promise((r) => setTimeout(r, 5)).then(() => env.KV.put("timer", "soon")));
            return new Response("scheduled", { status: 202 });
          }
          if (path === "/later") {
            ctx.waitUntil(new Promise((r) => setTimeout(r, 3_600_000)).then(() => env.KV.put("timer", "fired")));
            return new Response("scheduled", { status: 202 });
          }
          return new Response((await env.KV.get("timer")) ?? "<none>");
        }
      };
      """;

  @MiniflareTest(workers = @Worker(name = "app", script = WORKER, kvNamespaces = "KV", durableObjects = "REMINDERS=Reminder"))
  static class Driven {
    @Test
    void advancing_the_clock_rings_a_durable_object_alarm(WorkerClient app, MiniflareClock clock, DurableObjectNamespace reminders) {
      app.fetch("/remind");
      var storage = reminders.storage(reminders.idFromName("r"));
      MiniflareAssertions.assertThat(storage).doesNotContainKey("rang");

      clock.advance(Duration.ofMinutes(31));

      eventually(() -> MiniflareAssertions.assertThat(storage).containsEntry("rang", true).hasNoAlarm());
    }

    @Test
    void advancing_the_clock_fires_timers(WorkerClient app, MiniflareClock clock) {
      WorkerResponse scheduled = app.fetch("/later");

      clock.advance(Duration.ofHours(1));
      scheduled.waitUntilSettled();

      assertThat(app.fetch("/").text()).isEqualTo("fired");
    }
  }

  @MiniflareTest(workers = @Worker(name = "app", script = WORKER, kvNamespaces = "KV", durableObjects = "REMINDERS=Reminder"))
  @org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
  static class Frozen {
    @Test
    @org.junit.jupiter.api.Order(1)
    void a_frozen_clock_holds_back_a_due_timer_until_the_test_advances_it(WorkerClient app, MiniflareClock clock) {
      clock.freeze();
      WorkerResponse scheduled = app.fetch("/soon");

      // 5 ms of real time pass during the next request: the frozen clock keeps the timer pending
      assertThat(app.fetch("/").text()).isEqualTo("<none>");
      assertThat(app.fetch("/").text()).isEqualTo("<none>");

      clock.advance(Duration.ofMillis(5));
      scheduled.waitUntilSettled();
      assertThat(app.fetch("/").text()).isEqualTo("soon");
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void the_next_test_starts_with_a_running_clock(MiniflareClock clock) {
      assertThat(clock.isFrozen()).isFalse();
    }
  }

  @Test
  void the_clock_drives_alarms_and_timers() {
    Fixtures.assertAllSucceeded(Fixtures.run(Driven.class), 2);
  }

  @Test
  void a_frozen_clock_is_reset_between_tests() {
    Fixtures.assertAllSucceeded(Fixtures.run(Frozen.class), 2);
  }
}
