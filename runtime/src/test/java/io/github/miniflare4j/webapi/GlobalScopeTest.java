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
  void dom_exception_has_all_25_legacy_code_constants_as_in_workerd() {
    // recorded with the oracle: workerd defines every WebIDL constant, on the class and its prototype
    JsonNode out =
        run(
            """
            out.statics = Object.getOwnPropertyNames(DOMException).filter((k) => k.endsWith("_ERR")).map((k) => k + "=" + DOMException[k]);
            out.onPrototype = Object.getOwnPropertyNames(DOMException.prototype).filter((k) => k.endsWith("_ERR")).length;
            out.code = new DOMException("x", "DataCloneError").code;
            """);

    assertThat(out.get("statics"))
        .hasToString(
            "[\"INDEX_SIZE_ERR=1\",\"DOMSTRING_SIZE_ERR=2\",\"HIERARCHY_REQUEST_ERR=3\",\"WRONG_DOCUMENT_ERR=4\",\"INVALID_CHARACTER_ERR=5\","
                + "\"NO_DATA_ALLOWED_ERR=6\",\"NO_MODIFICATION_ALLOWED_ERR=7\",\"NOT_FOUND_ERR=8\",\"NOT_SUPPORTED_ERR=9\",\"INUSE_ATTRIBUTE_ERR=10\","
                + "\"INVALID_STATE_ERR=11\",\"SYNTAX_ERR=12\",\"INVALID_MODIFICATION_ERR=13\",\"NAMESPACE_ERR=14\",\"INVALID_ACCESS_ERR=15\","
                + "\"VALIDATION_ERR=16\",\"TYPE_MISMATCH_ERR=17\",\"SECURITY_ERR=18\",\"NETWORK_ERR=19\",\"ABORT_ERR=20\",\"URL_MISMATCH_ERR=21\","
                + "\"QUOTA_EXCEEDED_ERR=22\",\"TIMEOUT_ERR=23\",\"INVALID_NODE_TYPE_ERR=24\",\"DATA_CLONE_ERR=25\"]");
    assertThat(out.get("onPrototype").asInt()).isEqualTo(25);
    assertThat(out.get("code").asInt()).isEqualTo(25);
  }

  @Test
  void websocket_has_its_state_constants_and_checks_its_url() {
    JsonNode out =
        run(
            """
            out.ws = await t(() => new WebSocket("wss://example.com/#fragment"));
            out.states = [WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED];
            """);

    assertThat(out.get("ws").get("error").get("message").asText()).isEqualTo("WebSocket Constructor: The url fragment must be empty.");
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

  /** atob/btoa: whitespace and missing padding accepted, InvalidCharacterError as recorded. */
  @Test
  void atob_and_btoa_round_trip_and_throw_workerds_errors() {
    JsonNode out =
        WorkerProbe.run(
            """
            out.v = [btoa("hello"), atob("aGVsbG8="), atob(" aGVs bG8 "), atob("aGVsbG8"), btoa(""), atob("")];
            out.latin1 = [...atob(btoa("\\u00ff\\u00fe"))].map((c) => c.charCodeAt(0));
            out.btoaWide = await t(() => btoa("\\u0100"));
            out.atobBad = await t(() => atob("a"));
            out.atobChar = await t(() => atob("a*bc"));
            out.atobNoArg = await t(() => atob());
            out.btoaNoArg = await t(() => btoa());
            out.coerced = [btoa(null), btoa(12), atob("bnVsbA==")];
            """);

    assertThat(out.get("v")).hasToString("[\"aGVsbG8=\",\"hello\",\"hello\",\"hello\",\"\",\"\"]");
    assertThat(out.get("latin1")).hasToString("[255,254]");
    assertThat(out.get("btoaWide")).hasToString("{\"error\":{\"name\":\"InvalidCharacterError\",\"ctor\":\"DOMException\",\"message\":\"btoa() can only operate on characters in the Latin1 (ISO/IEC 8859-1) range.\"}}");
    assertThat(out.get("atobBad")).hasToString("{\"error\":{\"name\":\"InvalidCharacterError\",\"ctor\":\"DOMException\",\"message\":\"atob() called with invalid base64-encoded data. (Only whitespace, '+', '/', alphanumeric ASCII, and up to two terminal '=' signs when the input data length is divisible by 4 are allowed.)\"}}");
    assertThat(out.get("atobChar")).hasToString("{\"error\":{\"name\":\"InvalidCharacterError\",\"ctor\":\"DOMException\",\"message\":\"atob() called with invalid base64-encoded data. (Only whitespace, '+', '/', alphanumeric ASCII, and up to two terminal '=' signs when the input data length is divisible by 4 are allowed.)\"}}");
    assertThat(out.get("atobNoArg")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'atob' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'string'.\"}}");
    assertThat(out.get("btoaNoArg")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'btoa' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'JsString'.\"}}");
    assertThat(out.get("coerced")).hasToString("[\"bnVsbA==\",\"MTI=\",\"null\"]");
  }

  /** setInterval/clearInterval/setTimeout/clearTimeout as recorded; ids are numbers shared by both kinds. */
  @Test
  void intervals_repeat_until_cleared_and_cleared_timers_never_fire() {
    JsonNode out =
        WorkerProbe.run(
            """
            const ticks = []; let n = 0;
            const id = setInterval(() => { ticks.push(++n); if (n === 3) clearInterval(id); }, 1);
            const cancelled = setTimeout(() => ticks.push("cancelled"), 1); clearTimeout(cancelled);
            const cancelledInterval = setInterval(() => ticks.push("cancelledInterval"), 1); clearInterval(cancelledInterval);
            const args = await new Promise((res) => setTimeout((a, b) => res([a, b]), 0, "x", "y"));
            await scheduler.wait(40);
            out.ticks = ticks; out.args = args;
            out.idType = [typeof id, typeof cancelled];
            out.clearOdd = [clearTimeout(undefined), clearInterval(null), clearTimeout(999999), clearTimeout("x")];
            out.intervalBad = await t(() => setInterval("code", 1));
            out.cross = await new Promise((res) => { const i = setInterval(() => { clearTimeout(i); res("cleared by clearTimeout"); }, 1); setTimeout(() => res("still running"), 30); });
            """);

    assertThat(out.get("ticks")).hasToString("[1,2,3]");
    assertThat(out.get("args")).hasToString("[\"x\",\"y\"]");
    assertThat(out.get("idType")).hasToString("[\"number\",\"number\"]");
    assertThat(out.get("clearOdd")).hasToString("[null,null,null,null]");
    assertThat(out.get("intervalBad")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to execute 'setInterval' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'.\"}}");
    assertThat(out.get("cross")).hasToString("\"cleared by clearTimeout\"");
  }
}
