package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.error;
import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Event, EventTarget, AbortController and AbortSignal inside a worker. */
class EventsAbortTest {

  @Test
  void abort_reasons_and_onabort_before_earlier_listeners() {
    JsonNode out =
        run(
            """
            const ac = new AbortController(); const events = [];
            ac.signal.addEventListener("abort", () => events.push("listener"));
            ac.signal.onabort = () => events.push("onabort");
            ac.abort("why"); ac.abort("again");
            out.first = [ac.signal.aborted, ac.signal.reason, events];
            const d = new AbortController(); d.abort();
            out.default = [d.signal.reason.name, d.signal.reason.message, d.signal.reason instanceof DOMException, d.signal.reason.code];
            const ts = AbortSignal.timeout(1); await scheduler.wait(20);
            out.timeout = [ts.aborted, ts.reason.name, ts.reason.message, ts.reason.code];
            const c = new AbortController(); const any = AbortSignal.any([c.signal]); c.abort("via any");
            out.any = [any.reason, AbortSignal.any([AbortSignal.abort("r1"), AbortSignal.abort("r2")]).reason, AbortSignal.any([]).aborted];
            """);

    assertThat(out.get("first")).hasToString("[true,\"why\",[\"onabort\",\"listener\"]]");
    assertThat(out.get("default")).hasToString("[\"AbortError\",\"The operation was aborted\",true,20]");
    assertThat(out.get("timeout")).hasToString("[true,\"TimeoutError\",\"The operation was aborted due to timeout\",23]");
    assertThat(out.get("any")).hasToString("[\"via any\",\"r1\",false]");
  }

  @Test
  void abort_signal_any_checks_its_argument() {
    JsonNode out =
        run(
            """
            out.element = await t(() => AbortSignal.any([1]));
            out.notArray = await t(() => AbortSignal.any(1));
            out.construct = await t(() => new AbortSignal());
            """);

    assertThat(out.get("element"))
        .hasToString(error("TypeError", "TypeError", "Incorrect type for array element 0: the provided value is not of type 'AbortSignal'."));
    assertThat(out.get("notArray"))
        .hasToString(error("TypeError", "TypeError", "Failed to execute 'any' on 'AbortSignal': parameter 1 is not of type 'Array'."));
    assertThat(out.get("construct")).hasToString(error("TypeError", "TypeError", "Illegal constructor"));
  }

  @Test
  void event_target_dispatch_rules() {
    JsonNode out =
        run(
            """
            const et = new EventTarget(); let seen;
            et.addEventListener("x", (e) => { seen = [e.eventPhase, e.target === et, e.isTrusted]; e.preventDefault(); });
            const ev = new Event("x", { cancelable: true });
            out.dispatch = [et.dispatchEvent(ev), seen, ev.eventPhase, ev.defaultPrevented];
            out.handleEvent = (() => { const t2 = new EventTarget(); let n = 0; t2.addEventListener("y", { handleEvent() { n++; } }); t2.dispatchEvent(new Event("y")); return n; })();
            out.signalRemoves = (() => { const t3 = new EventTarget(); const c = new AbortController(); let n = 0; t3.addEventListener("z", () => n++, { signal: c.signal }); t3.dispatchEvent(new Event("z")); c.abort(); t3.dispatchEvent(new Event("z")); return n; })();
            out.throws = await t(() => { const t4 = new EventTarget(); t4.addEventListener("w", () => { throw new Error("inner"); }); t4.dispatchEvent(new Event("w")); });
            out.twice = await t(() => { const t5 = new EventTarget(); const e5 = new Event("v"); t5.addEventListener("v", () => t5.dispatchEvent(e5)); t5.dispatchEvent(e5); });
            out.noType = await t(() => new Event());
            out.badListener = await t(() => new EventTarget().addEventListener("x", 5));
            out.detail = new CustomEvent("c", { detail: { a: 1 } }).detail;
            """);

    assertThat(out.get("dispatch")).hasToString("[false,[2,true,false],0,true]");
    assertThat(out.get("handleEvent").asInt()).isEqualTo(1);
    assertThat(out.get("signalRemoves").asInt()).isEqualTo(1);
    assertThat(out.get("throws")).hasToString(error("Error", "Error", "inner"));
    assertThat(out.get("twice")).hasToString(error("InvalidStateError", "DOMException", "The event is already being dispatched."));
    assertThat(out.get("noType"))
        .hasToString(error("TypeError", "TypeError", "Failed to construct 'Event': constructor parameter 1 is not of type 'string'."));
    assertThat(out.get("badListener"))
        .hasToString(error("TypeError", "TypeError", "Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'function or HandlerObject'."));
    assertThat(out.get("detail")).hasToString("{\"a\":1}");
  }

  /** workerd quirks recorded with the oracle: each dispatch starts unprevented and returns false when a listener called preventDefault; performance.now() is Date.now(); a Blob in FormData is named after its field. */
  @Test
  void dispatch_forgets_earlier_prevent_default_and_performance_now_is_date_now() {
    JsonNode out =
        WorkerProbe.run(
            """
            const et = new EventTarget();
            const ev = new Event("y", { cancelable: true }); ev.preventDefault(); out.before = ev.defaultPrevented; out.ret = et.dispatchEvent(ev); out.after = ev.defaultPrevented;
            et.addEventListener("z", (e) => e.preventDefault());
            const ez = new Event("z", { cancelable: true }); out.inListener = [et.dispatchEvent(ez), ez.defaultPrevented];
            const en = new Event("z"); out.notCancelable = [et.dispatchEvent(en), en.defaultPrevented];
            const again = new Event("w", { cancelable: true }); et.dispatchEvent(again); again.preventDefault(); out.afterDispatch = again.defaultPrevented;
            const d1 = Date.now(); const p = performance.now(); const d2 = Date.now(); out.perf = [d1 <= p && p <= d2 && Number.isInteger(p), performance.timeOrigin];
            const fd = new FormData(); fd.append("f", new Blob(["z"])); fd.append("g", new File(["z"], "named.txt")); fd.append("h", new Blob(["z"]), "given.txt");
            out.names = [fd.get("f").name, fd.get("g").name, fd.get("h").name];
            out.customUndefined = await t(() => new CustomEvent(undefined).type);
            out.eventNoArg = await t(() => new Event());
            """);

    assertThat(out.get("before")).hasToString("true");
    assertThat(out.get("ret")).hasToString("true");
    assertThat(out.get("after")).hasToString("false");
    assertThat(out.get("inListener")).hasToString("[false,true]");
    assertThat(out.get("notCancelable")).hasToString("[false,false]");
    assertThat(out.get("afterDispatch")).hasToString("true");
    assertThat(out.get("perf")).hasToString("[true,0]");
    assertThat(out.get("names")).hasToString("[\"f\",\"named.txt\",\"given.txt\"]");
    assertThat(out.get("customUndefined")).hasToString("{\"ok\":\"undefined\"}");
    assertThat(out.get("eventNoArg")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to construct 'Event': constructor parameter 1 is not of type 'string'.\"}}");
  }
}
