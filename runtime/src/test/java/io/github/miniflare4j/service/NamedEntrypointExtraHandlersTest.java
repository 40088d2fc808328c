package io.github.miniflare4j.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Fetcher.scheduled()} and {@code Fetcher.queue()} ({@code service_binding_extra_handlers})
 * of a binding to a named entrypoint run that entrypoint's handlers, as the default export's run
 * for a binding without one (workerd's loopback bindings recorded in
 * {@code realproj6-loopback-extra-handlers}).
 */
class NamedEntrypointExtraHandlersTest {

  static final String TARGET = """
      import { WorkerEntrypoint } from "cloudflare:workers";
      let seen = [];
      export class Jobs extends WorkerEntrypoint {
        scheduled(controller) { seen.push("jobs " + controller.cron + " " + controller.scheduledTime); }
        queue(batch) {
          seen.push("jobs " + batch.queue + " " + batch.messages.map((m) => m.body).join(","));
          batch.messages[0].ack();
          batch.messages[1].retry({ delaySeconds: 4 });
        }
        seen() { const out = seen; seen = []; return out; }
      }
      export default { scheduled(controller) { seen.push("default " + controller.cron); } };
      """;

  static final String MAIN = """
      export default {
        async fetch(req, env) {
          const out = {};
          out.scheduled = await env.JOBS.scheduled({ cron: "1 2 * * *", scheduledTime: 5000 });
          out.queue = await env.JOBS.queue("q", [
            { id: "a", timestamp: new Date(1), body: "x", attempts: 1 },
            { id: "b", timestamp: new Date(2), body: "y", attempts: 1 }]);
          out.defaultScheduled = await env.DEFAULT.scheduled({ cron: "3 * * * *" });
          out.seen = await env.JOBS.seen();
          return Response.json(out);
        }
      };
      """;

  static Miniflare mf;

  @BeforeAll
  static void start() {
    mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().name("main").modules(true).script(MAIN)
            .compatibilityDate("2025-01-01").compatibilityFlags("service_binding_extra_handlers")
            .serviceBinding("JOBS", "target", "Jobs")
            .serviceBinding("DEFAULT", "target"))
        .worker(WorkerOptions.builder().name("target").modules(true).script(TARGET).compatibilityDate("2025-01-01"))
        .build());
  }

  @AfterAll
  static void stop() {
    mf.close();
  }

  @Test
  void named_entrypoint_runs_its_own_scheduled_and_queue_handlers() {
    assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo(
        "{\"scheduled\":{\"outcome\":\"ok\",\"noRetry\":false},"
            + "\"queue\":{\"outcome\":\"ok\",\"ackAll\":false,\"retryBatch\":{\"retry\":false},\"explicitAcks\":[\"a\"],"
            + "\"retryMessages\":[{\"msgId\":\"b\",\"delaySeconds\":4}]},"
            + "\"defaultScheduled\":{\"outcome\":\"ok\",\"noRetry\":false},"
            + "\"seen\":[\"jobs 1 2 * * * 5000\",\"jobs q x,y\",\"default 3 * * * *\"]}");
  }
}
