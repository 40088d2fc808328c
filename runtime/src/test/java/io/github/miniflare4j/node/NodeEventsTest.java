package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** node:events: listener order, once, error handling, static helpers, pre-class inheritance. */
class NodeEventsTest {

  @Test
  void listeners_run_in_order_with_once_and_prepend() {
    JsonNode out =
        NodeProbe.run(
            "import { EventEmitter } from \"node:events\";",
            """
            const e = new EventEmitter(); const log = [];
            e.on("x", (v) => log.push("on:" + v)); e.prependListener("x", (v) => log.push("first:" + v)); e.once("x", (v) => log.push("once:" + v));
            e.emit("x", 1); e.emit("x", 2);
            out.log = log;
            out.counts = [e.listenerCount("x"), e.eventNames().length, e.emit("none")];
            const removed = []; e.on("removeListener", (n) => removed.push(n)); e.removeAllListeners("x"); out.removed = removed;
            """);
    assertThat(out.get("log").toString())
        .isEqualTo("[\"first:1\",\"on:1\",\"once:1\",\"first:2\",\"on:2\"]");
    assertThat(out.get("counts").toString()).isEqualTo("[2,1,false]");
    assertThat(out.get("removed").toString()).isEqualTo("[\"x\",\"x\"]");
  }

  @Test
  void error_events_and_static_helpers() {
    JsonNode out =
        NodeProbe.run(
            "import EventEmitter, { once, on, errorMonitor } from \"node:events\";",
            """
            out.unhandled = await t(() => new EventEmitter().emit("error", new TypeError("typed")));
            out.unhandledValue = await t(() => new EventEmitter().emit("error", 42));
            const e = new EventEmitter(); const seen = [];
            e.on(errorMonitor, (err) => seen.push("monitor")); e.on("error", () => seen.push("handler")); e.emit("error", new Error("x"));
            out.monitor = seen;
            const s = new EventEmitter(); setTimeout(() => s.emit("ready", "a", "b"), 1);
            out.once = await once(s, "ready");
            const it = new EventEmitter(); setTimeout(() => { it.emit("tick", 1); it.emit("tick", 2); }, 1);
            const ticks = []; for await (const [v] of on(it, "tick")) { ticks.push(v); if (ticks.length === 2) break; }
            out.on = ticks;
            function Old() { EventEmitter.call(this); } Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
            const old = new Old(); let got; old.on("hi", (v) => (got = v)); old.emit("hi", "there"); out.old = got;
            """);
    assertThat(out.get("unhandled").get("error").get("name").asText()).isEqualTo("TypeError");
    assertThat(out.get("unhandledValue").get("error").get("message").asText()).isEqualTo("Unhandled error. (42)");
    assertThat(out.get("unhandledValue").get("error").get("ctor").asText()).isEqualTo("ERR_UNHANDLED_ERROR");
    assertThat(out.get("monitor").toString()).isEqualTo("[\"monitor\",\"handler\"]");
    assertThat(out.get("once").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(out.get("on").toString()).isEqualTo("[1,2]");
    assertThat(out.get("old").asText()).isEqualTo("there");
  }
}
