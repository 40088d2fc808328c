package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import org.junit.jupiter.api.Test;

/**
 * The global object as workerd builds it (recorded with the oracle; the conformance area {@code
 * globals} has the full recordings): the ServiceWorkerGlobalScope classes, the global scope as an
 * event target with the events the runtime raises there, and Cloudflare.compatibilityFlags.
 */
class WorkerGlobalScopeTest {

  @Test
  void the_global_is_a_service_worker_global_scope_but_no_worker_global_scope() {
    JsonNode out =
        run(
            """
            out.instanceOf = [globalThis instanceof ServiceWorkerGlobalScope, globalThis instanceof WorkerGlobalScope, globalThis instanceof EventTarget];
            out.tag = Object.prototype.toString.call(globalThis);
            out.illegal = await t(() => new WorkerGlobalScope());
            out.own = ["WorkerGlobalScope", "ServiceWorkerGlobalScope", "addEventListener"].map((k) => Object.prototype.hasOwnProperty.call(globalThis, k));
            out.keys = Object.keys(globalThis);
            """);

    assertThat(out.get("instanceOf")).hasToString("[true,false,false]");
    assertThat(out.get("tag").asText()).isEqualTo("[object ServiceWorkerGlobalScope]");
    assertThat(out.get("illegal").get("error").get("message").asText()).isEqualTo("Illegal constructor");
    assertThat(out.get("own")).hasToString("[false,true,false]");
    assertThat(out.get("keys"))
        // origin too (recorded: kvfmt-formats-origin-global-modules)
        .hasToString("[\"navigator\",\"origin\",\"Cloudflare\",\"performance\",\"scheduler\",\"caches\",\"crypto\",\"self\",\"ServiceWorkerGlobalScope\"]");
  }

  @Test
  void compatibility_flags_follow_the_workers_date_flags_and_implications() {
    String script =
        "export default { fetch() { const f = Cloudflare.compatibilityFlags; return Response.json([f.nodejs_compat, f.nodejs_compat_v2,"
            + " f.enable_nodejs_fs_module, f.streams_enable_constructors, f.enable_weak_ref, Object.isFrozen(f), Object.keys(f).length]); } };";
    WorkerOptions.Builder worker =
        WorkerOptions.builder().modules(true).script(script).compatibilityDate("2025-10-01")
            .compatibilityFlags("nodejs_compat", "streams_disable_constructors");
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(worker).build())) {
      // nodejs_compat implies v2 (from 2024-09-23) and node:fs (from 2025-09-15); the disable flag wins over the date
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[true,true,true,false,true,true,142]");
    }
  }

  @Test
  void an_unhandled_rejection_reaches_the_global_listeners_after_the_microtask_checkpoint() {
    JsonNode out =
        run(
            """
            const seen = [];
            addEventListener("unhandledrejection", (e) => seen.push(e.type + ":" + e.reason.message + ":" + (e.promise === p) + ":" + e.isTrusted));
            addEventListener("rejectionhandled", (e) => seen.push(e.type + ":" + e.reason + ":" + (e.promise === p)));
            const p = Promise.reject(new Error("boom"));
            seen.push("sync");
            await null;
            seen.push("microtask");
            await new Promise((r) => setTimeout(r, 0));
            p.catch(() => {});
            const q = Promise.reject(new Error("handled in time")); q.catch(() => {});
            await new Promise((r) => setTimeout(r, 0));
            out.seen = seen;
            """);

    assertThat(out.get("seen"))
        .hasToString("[\"sync\",\"microtask\",\"unhandledrejection:boom:true:true\",\"rejectionhandled:undefined:true\"]");
  }

  @Test
  void a_service_worker_receives_rejection_events_through_its_add_event_listener() {
    String script =
        """
        const seen = [];
        addEventListener("unhandledrejection", (e) => seen.push(String(e.reason)));
        addEventListener("fetch", (event) => event.respondWith((async () => {
          Promise.reject("lost");
          await new Promise((r) => setTimeout(r, 0));
          return new Response(seen.join());
        })()));
        """;
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder().worker(WorkerOptions.builder().modules(false).script(script)).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("lost");
    }
  }

  @Test
  void report_error_dispatches_an_error_event_to_the_global_listeners() {
    JsonNode out =
        run(
            """
            const seen = [];
            addEventListener("error", (e) => seen.push([e.constructor.name, e.message, e.error === err, e.lineno > 0, e.cancelable]));
            const err = new TypeError("bad");
            reportError(err);
            seen.push("after");
            out.seen = seen;
            """);

    assertThat(out.get("seen")).hasToString("[[\"ErrorEvent\",\"Uncaught TypeError: bad\",true,true,false],\"after\"]");
  }
}
