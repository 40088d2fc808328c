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

  @Test
  void the_clock_drives_alarms_and_timers() {
    Fixtures.assertAllSucceeded(Fixtures.run(Driven.class), 2);
  }
}
