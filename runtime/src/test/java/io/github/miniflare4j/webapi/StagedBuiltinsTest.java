package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The ECMAScript built-ins workerd's V8 ships ahead of the language version GraalJS defaults to
 * (Math.sumPrecise, JSON.rawJSON, Iterator.concat, Map.prototype.getOrInsert, ...): present, exact,
 * failing with V8's errors, and without the staged GraalJS extras V8 lacks (recorded with the
 * oracle; the conformance area {@code globals} has the full recordings).
 */
class StagedBuiltinsTest {

  private static final String R =
      """
      const r = (k, f) => { try { out[k] = String(f()); } catch (e) { out[k] = e.constructor.name + ": " + e.message; } };
      """;

  @Test
  void sum_precise_adds_without_rounding_in_between() {
    JsonNode out =
        run(R + """
            r("cancel", () => Math.sumPrecise([1e20, 0.1, -1e20]));
            r("tenths", () => Math.sumPrecise([0.1, 0.2, 0.3]));
            r("naive", () => 0.1 + 0.2 + 0.3);
            r("negativeZero", () => Object.is(Math.sumPrecise([]), -0));
            r("overflowAndBack", () => Math.sumPrecise([Number.MAX_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE]));
            r("overflow", () => Math.sumPrecise([Number.MAX_VALUE, Number.MAX_VALUE]));
            r("infinities", () => Math.sumPrecise([Infinity, -Infinity]));
            """);

    assertThat(out.get("cancel").asText()).isEqualTo("0.1");
    assertThat(out.get("tenths").asText()).isEqualTo("0.6");
    assertThat(out.get("naive").asText()).isEqualTo("0.6000000000000001");
    assertThat(out.get("negativeZero").asText()).isEqualTo("true");
    assertThat(out.get("overflowAndBack").asText()).isEqualTo("1.7976931348623157e+308");
    assertThat(out.get("overflow").asText()).isEqualTo("Infinity");
    assertThat(out.get("infinities").asText()).isEqualTo("NaN");
  }

  @Test
  void sum_precise_fails_with_v8s_type_errors_and_closes_the_iterator() {
    JsonNode out =
        run(R + """
            r("string", () => Math.sumPrecise([1, "2"]));
            r("notIterable", () => Math.sumPrecise(5));
            r("instance", () => Math.sumPrecise(new (class Foo {})()));
            r("none", () => Math.sumPrecise());
            r("closes", () => { let closed = false; const it = { [Symbol.iterator]() { return { next: () => ({ value: null, done: false }), return: () => { closed = true; return {}; } }; } };
              try { Math.sumPrecise(it); } catch {} return closed; });
            """);

    assertThat(out.get("string").asText()).isEqualTo("TypeError: Type of 'Iterator value' must be 'number', found 'string'");
    assertThat(out.get("notIterable").asText()).isEqualTo("TypeError: [object Number] is not iterable");
    assertThat(out.get("instance").asText()).isEqualTo("TypeError: #<Foo> is not iterable");
    assertThat(out.get("none").asText()).isEqualTo("TypeError: Math.sumPrecise called on null or undefined");
    assertThat(out.get("closes").asText()).isEqualTo("true");
  }

  @Test
  void raw_json_is_emitted_verbatim_and_refused_with_v8s_syntax_errors() {
    JsonNode out =
        run(R + """
            r("stringify", () => JSON.stringify({ big: JSON.rawJSON("12345678901234567890") }));
            r("isRaw", () => JSON.isRawJSON(JSON.rawJSON("1")) + " " + JSON.isRawJSON({ rawJSON: "1" }));
            r("object", () => JSON.rawJSON("{}"));
            r("trailing", () => JSON.rawJSON("1 "));
            r("empty", () => JSON.rawJSON(""));
            r("badEscape", () => JSON.rawJSON('"\\\\x"'));
            r("source", () => JSON.parse('{"n":12345678901234567890}', (k, v, context) => (k === "n" ? context.source : v)).n);
            """);

    assertThat(out.get("stringify").asText()).isEqualTo("{\"big\":12345678901234567890}");
    assertThat(out.get("isRaw").asText()).isEqualTo("true false");
    assertThat(out.get("object").asText()).isEqualTo("SyntaxError: Unexpected token '{', \"{}\" is not valid JSON");
    assertThat(out.get("trailing").asText()).isEqualTo("SyntaxError: Invalid value for JSON.rawJSON");
    assertThat(out.get("empty").asText()).isEqualTo("SyntaxError: Invalid value for JSON.rawJSON");
    assertThat(out.get("badEscape").asText()).isEqualTo("SyntaxError: Bad escaped character in JSON at position 2 (line 1 column 3)");
    assertThat(out.get("source").asText()).isEqualTo("12345678901234567890");
  }

  @Test
  void base64_and_hex_fail_with_v8s_messages() {
    JsonNode out =
        run(R + """
            r("character", () => Uint8Array.fromBase64("@"));
            r("single", () => Uint8Array.fromBase64("A"));
            r("bits", () => Uint8Array.fromBase64("QR==", { lastChunkHandling: "strict" }));
            r("partial", () => Uint8Array.fromBase64("QUJDRA", { lastChunkHandling: "stop-before-partial" }).join());
            r("option", () => Uint8Array.fromBase64("AA", { alphabet: "x" }));
            r("hex", () => Uint8Array.fromHex("zz"));
            r("receiver", () => Uint8Array.prototype.toHex.call([]));
            """);

    assertThat(out.get("character").asText()).isEqualTo("SyntaxError: Found a character that cannot be part of a valid base64 string.");
    assertThat(out.get("single").asText())
        .isEqualTo("SyntaxError: The base64 input terminates with a single character, excluding padding (=).");
    assertThat(out.get("bits").asText()).isEqualTo("SyntaxError: The base64 input terminates with non-zero padding bits.");
    assertThat(out.get("partial").asText()).isEqualTo("65,66,67");
    assertThat(out.get("option").asText()).isEqualTo("TypeError: invalid option x");
    assertThat(out.get("hex").asText()).isEqualTo("SyntaxError: Input string must contain hex characters in even length");
    assertThat(out.get("receiver").asText())
        .isEqualTo("TypeError: Method Uint8Array.prototype.toHex called on incompatible receiver [object Array]");
  }

  @Test
  void the_other_staged_built_ins_are_there_and_graal_only_extras_are_not() {
    JsonNode out =
        run(R + """
            r("concat", () => [...Iterator.concat([1], new Set([2]))].join());
            r("getOrInsert", () => { const m = new Map(); return [m.getOrInsert("a", 1), m.getOrInsert("a", 2), m.getOrInsertComputed("b", () => 3)].join(); });
            r("notCallable", () => new Map().getOrInsertComputed(1, 2));
            r("weekInfo", () => JSON.stringify(new Intl.Locale("en-US").getWeekInfo()));
            r("absent", () => [typeof String.dedent, typeof globalThis.Temporal, "variants" in Intl.Locale.prototype].join());
            r("domExceptionIsNoError", () => Error.isError(new DOMException("x")) + " " + Error.isError(new RangeError()));
            """);

    assertThat(out.get("concat").asText()).isEqualTo("1,2");
    assertThat(out.get("getOrInsert").asText()).isEqualTo("1,1,3");
    assertThat(out.get("notCallable").asText()).isEqualTo("TypeError: Map.prototype.getOrInsertComputed is not a function");
    assertThat(out.get("weekInfo").asText()).isEqualTo("{\"firstDay\":7,\"weekend\":[6,7]}");
    assertThat(out.get("absent").asText()).isEqualTo("undefined,undefined,false");
    assertThat(out.get("domExceptionIsNoError").asText()).isEqualTo("false true");
  }
}
