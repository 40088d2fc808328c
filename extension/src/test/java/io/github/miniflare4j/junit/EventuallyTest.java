package io.github.miniflare4j.junit;

import static io.github.miniflare4j.junit.Eventually.eventually;
import static io.github.miniflare4j.junit.Eventually.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Waiting for {@code ctx.waitUntil} work and for state that changes later. */
class EventuallyTest {

  static final String BACKGROUND = """
      const releases = {};
      export default {
        async fetch(request, env, ctx) {
          const url = new URL(request.url);
          const job = url.searchParams.get("job");
          if (url.pathname === "/job") {
            ctx.waitUntil(new Promise((resolve) => { releases[job] = resolve; }).then(() => env.KV.put(job, "done")));
            return new Response("accepted " + job, { status: 202 });
          }
          if (url.pathname === "/release") { releases[job](); return new Response("released " + job); }
          if (url.pathname === "/read") return new Response((await env.KV.get(job)) ?? "<none>");
          if (url.pathname === "/later") {
            ctx.waitUntil(new Promise((resolve) => setTimeout(resolve, 50)).then(() => env.KV.put("late", "done")));
            return new Response("accepted", { status: 202 });
          }
          if (url.pathname === "/never") {
            ctx.waitUntil(new Promise(() => {}));
            return new Response("accepted", { status: 202 });
          }
          return new Response((await env.KV.get("late")) ?? "<none>");
        }
      };
      """;

  @MiniflareTest(workers = @Worker(name = "jobs", script = BACKGROUND, kvNamespaces = "KV"))
  static class Background {
    @Test
    void settled_waits_for_wait_until(Miniflare mf, WorkerClient api) {
      assertThat(api.fetch("/later")).hasStatus(202);

      settled(mf);

      assertThat(api.fetch("/").text()).isEqualTo("done");
    }

    @Test
    void eventually_retries_until_the_state_changes(WorkerClient api) {
      api.fetch("/later");

      eventually(() -> assertThat(api.fetch("/").text()).isEqualTo("done"));
    }

    @Test
    void settled_names_the_busy_worker_on_timeout(Miniflare mf, WorkerClient api) {
      api.fetch("/never");

      assertThatThrownBy(() -> settled(mf, Duration.ofMillis(200)))
          .isInstanceOf(MiniflareException.class)
          .hasMessage("ctx.waitUntil work did not settle within PT0.2S: \"jobs\" (1 pending)");
    }

    @Test
    void settled_waits_for_one_response_and_not_for_another_in_flight(WorkerClient api) {
      WorkerResponse a = api.fetch("/job?job=a");
      WorkerResponse b = api.fetch("/job?job=b");
      api.fetch("/release?job=a");

      settled(a);

      assertThat(api.fetch("/read?job=a").text()).isEqualTo("done");
      assertThat(api.fetch("/read?job=b").text()).isEqualTo("<none>");
      assertThatThrownBy(() -> b.waitUntilSettled(Duration.ofMillis(100)))
          .isInstanceOf(MiniflareException.class)
          .hasMessage("ctx.waitUntil work of GET http://localhost/job?job=b did not settle within PT0.1S: \"jobs\" (1 pending)");

      api.fetch("/release?job=b");
      b.waitUntilSettled();
      assertThat(api.fetch("/read?job=b").text()).isEqualTo("done");
    }

    @Test
    void a_response_without_wait_until_work_is_settled_at_once(WorkerClient api) {
      assertThat(api.fetch("/").waitUntilSettled(Duration.ZERO)).hasStatus(200);
    }

    @Test
    void the_next_test_does_not_inherit_pending_work(Miniflare mf) {
      settled(mf, Duration.ofMillis(200));
    }
  }

  @Test
  void wait_until_helpers() {
    Fixtures.assertAllSucceeded(Fixtures.run(Background.class), 6);
  }
}
