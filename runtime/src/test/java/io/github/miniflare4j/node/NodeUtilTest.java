package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** node:util: inspect and format layouts, promisify / callbackify, inherits, types, parseArgs (not implemented, as in workerd), MIMEType. */
class NodeUtilTest {

  @Test
  void inspect_lays_out_values_as_node_does() {
    JsonNode out =
        NodeProbe.run(
            "import { inspect } from \"node:util\";",
            """
            const circular = { a: 1 }; circular.me = circular;
            out.values = [
              inspect({ a: { b: { c: { d: 1 } } } }), inspect(circular), inspect(new Map([["k", [1]]])),
              inspect(Array.from({ length: 10 }, (_, i) => i)), inspect("it's"), inspect([1, , 3]),
              inspect({ long: "x".repeat(70), b: 1 }), inspect(Buffer.from("hi")), inspect(Object.create(null)),
              inspect({ a: 1 }, { compact: false }), inspect([1, [2, [3, [4]]]], { depth: 1 }),
            ];
            """);
    assertThat(out.get("values").get(0).asText()).isEqualTo("{ a: { b: { c: [Object] } } }");
    assertThat(out.get("values").get(1).asText()).isEqualTo("<ref *1> { a: 1, me: [Circular *1] }");
    assertThat(out.get("values").get(2).asText()).isEqualTo("Map(1) { 'k' => [ 1 ] }");
    assertThat(out.get("values").get(3).asText())
        .isEqualTo("[\n  0, 1, 2, 3, 4,\n  5, 6, 7, 8, 9\n]");
    assertThat(out.get("values").get(4).asText()).isEqualTo("\"it's\"");
    assertThat(out.get("values").get(5).asText()).isEqualTo("[ 1, <1 empty item>, 3 ]");
    assertThat(out.get("values").get(6).asText()).isEqualTo("{\n  long: '" + "x".repeat(70) + "',\n  b: 1\n}");
    assertThat(out.get("values").get(7).asText()).isEqualTo("<Buffer 68 69>");
    assertThat(out.get("values").get(8).asText()).isEqualTo("[Object: null prototype] {}");
    assertThat(out.get("values").get(9).asText()).isEqualTo("{\n  a: 1\n}");
    assertThat(out.get("values").get(10).asText()).isEqualTo("[ 1, [ 2, [Array] ] ]");
  }

  @Test
  void format_substitutes_like_node() {
    JsonNode out =
        NodeProbe.run(
            "import { format } from \"node:util\";",
            """
            out.f = [format("%s:%d:%i:%f", "a", "7", 7.9, "2.5"), format("%j", { a: [1] }), format("%o", "x"), format("%O", { a: 1 }),
              format("100%% %s", "done"), format("%s", 5n), format("a", { b: 1 }, "c"), format("%s")];
            """);
    assertThat(out.get("f").toString())
        .isEqualTo("[\"a:7:7:2.5\",\"{\\\"a\\\":[1]}\",\"'x'\",\"{ a: 1 }\",\"100% done\",\"5n\",\"a { b: 1 } c\",\"%s\"]");
  }

  @Test
  void promisify_callbackify_inherits_and_types() {
    JsonNode out =
        NodeProbe.run(
            "import util from \"node:util\";",
            """
            const add = (a, b, cb) => setTimeout(() => cb(null, a + b), 1);
            out.promisified = await util.promisify(add)(2, 3);
            const custom = () => {}; custom[util.promisify.custom] = () => Promise.resolve("custom");
            out.custom = await util.promisify(custom)();
            out.callbackified = await new Promise((r) => util.callbackify(async (x) => x + 1)(1, (e, v) => r(v)));
            function Animal() {} Animal.prototype.kind = function () { return "animal"; };
            function Dog() { Animal.call(this); } util.inherits(Dog, Animal);
            out.inherits = [new Dog().kind(), Dog.super_ === Animal];
            out.types = [util.types.isDate(new Date()), util.types.isRegExp({}), util.types.isPromise({ then() {} }), util.types.isUint8Array(Buffer.alloc(1)), util.types.isAsyncFunction(async () => {})];
            out.deep = [util.isDeepStrictEqual(new Set([1, { a: 2 }]), new Set([1, { a: 2 }])), util.isDeepStrictEqual([1], ["1"])];
            """);
    assertThat(out.get("promisified").asInt()).isEqualTo(5);
    assertThat(out.get("custom").asText()).isEqualTo("custom");
    assertThat(out.get("callbackified").asInt()).isEqualTo(2);
    assertThat(out.get("inherits").toString()).isEqualTo("[\"animal\",true]");
    assertThat(out.get("types").toString()).isEqualTo("[true,false,false,true,true]");
    assertThat(out.get("deep").toString()).isEqualTo("[true,false]");
  }

  @Test
  void parse_args_is_not_implemented_as_in_workerd_and_mime_types_parse() {
    JsonNode out =
        NodeProbe.run(
            "import { parseArgs, MIMEType } from \"node:util\";",
            """
            out.parseArgs = await t(() => parseArgs({ args: ["-v"], options: { verbose: { type: "boolean", short: "v" } } }));
            const m = new MIMEType("Text/HTML; Charset=\\"utf-8\\"; x=1");
            out.mime = [m.essence, m.params.get("charset"), String(m)];
            out.badMime = await t(() => new MIMEType("nope"));
            """);
    assertThat(out.get("parseArgs").get("error").get("message").asText()).isEqualTo("node:util parseArgs is not implemented");
    assertThat(out.get("mime").toString()).isEqualTo("[\"text/html\",\"utf-8\",\"text/html;charset=utf-8;x=1\"]");
    assertThat(out.get("badMime").get("error").get("message").asText()).isEqualTo("Not a valid MIME type: nope");
  }
}
