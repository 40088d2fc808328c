package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The worker global scope's shape as workerd shows it, the engine differences smoothed to V8's
 * (circular JSON message, UTC time zone), and the globals miniflare4j only pretends to have.
 */
class GlobalScopeTest {

  @Test
  void globals_have_workerds_types() {
    JsonNode out =
        run(
            """
            const names = ["caches", "navigator", "WebSocket", "WebSocketPair", "HTMLRewriter", "scheduler", "queueMicrotask", "performance",
              "structuredClone", "URLPattern", "Blob", "File", "FormData", "WebAssembly", "SharedArrayBuffer", "Cache", "CacheStorage",
              "ErrorEvent", "MessageEvent", "CloseEvent", "PromiseRejectionEvent", "XMLHttpRequest", "window", "document", "importScripts"];
            for (const n of names) out[n] = typeof globalThis[n];
            out.userAgent = navigator.userAgent;
            """);

    assertThat(out)
        .hasToString(
            "{\"caches\":\"object\",\"navigator\":\"object\",\"WebSocket\":\"function\",\"WebSocketPair\":\"function\",\"HTMLRewriter\":\"function\","
                + "\"scheduler\":\"object\",\"queueMicrotask\":\"function\",\"performance\":\"object\",\"structuredClone\":\"function\","
                + "\"URLPattern\":\"function\",\"Blob\":\"function\",\"File\":\"function\",\"FormData\":\"function\",\"WebAssembly\":\"object\","
                + "\"SharedArrayBuffer\":\"function\",\"Cache\":\"function\",\"CacheStorage\":\"function\",\"ErrorEvent\":\"function\","
                + "\"MessageEvent\":\"function\",\"CloseEvent\":\"function\",\"PromiseRejectionEvent\":\"function\",\"XMLHttpRequest\":\"undefined\","
                + "\"window\":\"undefined\",\"document\":\"undefined\",\"importScripts\":\"undefined\",\"userAgent\":\"Cloudflare-Workers\"}");
  }

  @Test
  void unsupported_globals_say_so_when_used() {
    JsonNode out =
        run(
            """
            out.ws = await t(() => new WebSocket("wss://example.com/"));
            out.rewriter = await t(() => new HTMLRewriter());
            out.states = [WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED];
            """);

    assertThat(out.get("ws").get("error").get("message").asText()).isEqualTo("WebSocket is not supported by miniflare4j yet (see the README's limitations).");
    assertThat(out.get("rewriter").get("error").get("message").asText()).isEqualTo("HTMLRewriter is not supported by miniflare4j yet (see the README's limitations).");
    assertThat(out.get("states")).hasToString("[0,1,2,3]");
  }

  @Test
  void circular_json_errors_describe_the_cycle_as_v8_does() {
    JsonNode out =
        run(
            """
            const cyc = (f) => { try { f(); } catch (e) { return e.constructor.name + ": " + e.message; } };
            out.direct = cyc(() => { const o = {}; o.o = o; JSON.stringify(o); });
            out.path = cyc(() => { const o = { a: { b: [1, { c: null }] } }; o.a.b[1].c = o; JSON.stringify(o); });
            out.long = cyc(() => { const o = { a: { b: { c: { d: { e: {} } } } } }; o.a.b.c.d.e.f = o.a; JSON.stringify({ root: o }); });
            out.response = cyc(() => { const o = {}; o.o = o; Response.json(o); });
            """);

    assertThat(out.get("direct").asText())
        .isEqualTo("TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n    --- property 'o' closes the circle");
    assertThat(out.get("path").asText())
        .isEqualTo(
            "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n"
                + "    |     property 'a' -> object with constructor 'Object'\n    |     property 'b' -> object with constructor 'Array'\n"
                + "    |     index 1 -> object with constructor 'Object'\n    --- property 'c' closes the circle");
    assertThat(out.get("long").asText())
        .isEqualTo(
            "TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'Object'\n"
                + "    |     property 'b' -> object with constructor 'Object'\n    |     property 'c' -> object with constructor 'Object'\n"
                + "    |     ...\n    |     property 'e' -> object with constructor 'Object'\n    --- property 'f' closes the circle");
    assertThat(out.get("response").asText()).isEqualTo(out.get("direct").asText());
  }

  @Test
  void the_time_zone_is_utc() {
    JsonNode out =
        run("out.v = [Intl.DateTimeFormat().resolvedOptions().timeZone, new Intl.DateTimeFormat(\"en\", { timeZone: \"Europe/Paris\" }).resolvedOptions().timeZone];");

    assertThat(out.get("v")).hasToString("[\"UTC\",\"Europe/Paris\"]");
  }

  @Test
  void microtasks_run_before_timers_and_scheduler_wait_honours_abort() {
    JsonNode out =
        run(
            """
            const order = []; queueMicrotask(() => order.push("micro")); setTimeout(() => order.push("timer"), 0); order.push("sync");
            await scheduler.wait(5);
            out.order = order;
            out.abort = await t(() => { const c = new AbortController(); const p = scheduler.wait(1000, { signal: c.signal }); c.abort(); return p; });
            out.badCallback = await t(() => queueMicrotask(5));
            out.badTimer = await t(() => setTimeout(5));
            out.navigator = [Object.prototype.toString.call(navigator), navigator.language === undefined, typeof performance.now(), performance.now() >= 0];
            """);

    assertThat(out.get("order")).hasToString("[\"sync\",\"micro\",\"timer\"]");
    assertThat(out.get("abort")).hasToString(WorkerProbe.error("AbortError", "DOMException", "The operation was aborted"));
    assertThat(out.get("badCallback"))
        .hasToString(WorkerProbe.error("TypeError", "TypeError", "Failed to execute 'queueMicrotask' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'."));
    assertThat(out.get("badTimer"))
        .hasToString(WorkerProbe.error("TypeError", "TypeError", "Failed to execute 'setTimeout' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'."));
    assertThat(out.get("navigator")).hasToString("[\"[object Navigator]\",true,\"number\",true]");
  }
}
