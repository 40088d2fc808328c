package io.github.miniflare4j.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@link StorageMode#RESET_STORAGE_EACH_TEST}: storage goes back to the baseline before each test
 * while module globals carry over, unless work of the previous test still runs.
 */
class KeptWorkersTest {

  static final String SCRIPT = """
      let hits = 0;
      let release;
      export default {
        async fetch(request, env, ctx) {
          const url = new URL(request.url);
          const k = url.searchParams.get("k");
          switch (url.pathname) {
            case "/put": await env.KV.put(k, url.searchParams.get("v")); return new Response("ok");
            case "/get": return new Response((await env.KV.get(k)) ?? "<none>");
            case "/hits": hits++; return new Response(String(hits));
            case "/later":
              // writes once released by a later request; never released within its own test
              ctx.waitUntil(new Promise((resolve) => { release = resolve; }).then(() => env.KV.put(k, "late")));
              return new Response("pending");
            case "/release": release?.(); return new Response(String(release !== undefined));
            default: return new Response("not found", { status: 404 });
          }
        }
      };
      """;

  @MiniflareTest(workers = @Worker(name = "api", script = SCRIPT, kvNamespaces = "KV"), storage = StorageMode.RESET_STORAGE_EACH_TEST)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class GlobalsCarryOver {
    @Test
    @Order(1)
    void writes(WorkerClient api) {
      api.fetch("/put?k=written&v=by-first");
      assertThat(api.fetch("/hits").text()).isEqualTo("1");
    }

    @Test
    @Order(2)
    void reads(WorkerClient api) {
      assertThat(api.fetch("/get?k=written").text()).as("storage is reset").isEqualTo("<none>");
      assertThat(api.fetch("/hits").text()).as("module globals carry over").isEqualTo("2");
    }
  }

  @MiniflareTest(workers = @Worker(name = "api", script = SCRIPT, kvNamespaces = "KV"), storage = StorageMode.RESET_STORAGE_EACH_TEST)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PendingWorkRestarts {
    @Test
    @Order(1)
    void leaves_work_running(WorkerClient api) {
      assertThat(api.fetch("/hits").text()).isEqualTo("1");
      assertThat(api.fetch("/later?k=leak").text()).isEqualTo("pending");
    }

    @Test
    @Order(2)
    void starts_on_fresh_workers(WorkerClient api) {
      assertThat(api.fetch("/release").text()).as("the pending work died with the old workers").isEqualTo("false");
      assertThat(api.fetch("/hits").text()).as("fresh module globals").isEqualTo("1");
      assertThat(api.fetch("/get?k=leak").text()).isEqualTo("<none>");
    }
  }

  /** The same tests in the default mode, for the run-wide configuration parameter. */
  @MiniflareTest(workers = @Worker(name = "api", script = SCRIPT, kvNamespaces = "KV"))
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class DefaultMode extends GlobalsCarryOver {}

  @Test
  void storage_is_reset_while_module_globals_carry_over() {
    Fixtures.assertAllSucceeded(Fixtures.run(GlobalsCarryOver.class), 2);
  }

  @Test
  void the_run_can_keep_the_workers_of_every_class_in_the_default_mode() {
    var results = EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(DefaultMode.class))
        .configurationParameter("miniflare4j.keepWorkersBetweenTests", "true")
        .execute();
    Fixtures.assertAllSucceeded(results, 2);
  }

  @Test
  void the_default_mode_restarts_the_workers_without_the_parameter() {
    Fixtures.run(DefaultMode.class).testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
  }

  @Test
  void workers_restart_when_the_previous_test_left_work_running() {
    Fixtures.assertAllSucceeded(Fixtures.run(PendingWorkRestarts.class), 2);
  }
}
