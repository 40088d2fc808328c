package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.error;
import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** structuredClone inside a worker: what it copies, and workerd's DataCloneError messages. */
class StructuredCloneTest {

  @Test
  void copies_graphs_with_cycles_and_builtin_types() {
    JsonNode out =
        run(
            """
            const o = { n: 1, d: new Date(5), re: /a/gi, m: new Map([[1, { a: 2 }]]), s: new Set([1]), u8: new Uint8Array([1, 2]), big: 10n };
            o.self = o;
            const c = structuredClone(o);
            out.v = [c.self === c, c !== o, c.d.getTime(), String(c.re), [...c.m], [...c.s], [...c.u8], String(c.big)];
            const e = structuredClone(new RangeError("boom"));
            out.error = [e.name, e.message, e instanceof RangeError];
            const b = new ArrayBuffer(4); const t2 = structuredClone(b, { transfer: [b] });
            out.transfer = [b.byteLength, t2.byteLength];
            """);

    assertThat(out.get("v")).hasToString("[true,true,5,\"/a/gi\",[[1,{\"a\":2}]],[1],[1,2],\"10\"]");
    assertThat(out.get("error")).hasToString("[\"RangeError\",\"boom\",true]");
    assertThat(out.get("transfer")).hasToString("[0,4]");
  }

  @Test
  void refuses_functions_symbols_and_host_objects_with_data_clone_error() {
    JsonNode out =
        run(
            """
            out.fn = await t(() => structuredClone(() => 1));
            out.sym = await t(() => structuredClone(Symbol("x")));
            out.weak = await t(() => structuredClone(new WeakMap()));
            out.url = await t(() => structuredClone(new URL("http://x")));
            out.noArg = await t(() => structuredClone());
            """);

    assertThat(out.get("fn")).hasToString(error("DataCloneError", "DOMException", "() => 1 could not be cloned."));
    assertThat(out.get("sym")).hasToString(error("DataCloneError", "DOMException", "Symbol(x) could not be cloned."));
    assertThat(out.get("weak")).hasToString(error("DataCloneError", "DOMException", "#<WeakMap> could not be cloned."));
    assertThat(out.get("url"))
        .hasToString(error("DataCloneError", "DOMException", "Could not serialize object of type \\\"URL\\\". This type does not support serialization."));
    assertThat(out.get("noArg"))
        .hasToString(error("TypeError", "TypeError", "Failed to execute 'structuredClone' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'JsValue'."));
  }
}
