package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** node:assert: workerd's strict comparisons and AssertionError messages and fields. */
class NodeAssertTest {

  @Test
  void failures_carry_workerd_messages() {
    JsonNode out =
        NodeProbe.run(
            "import assert from \"node:assert\";",
            """
            const m = (fn) => { try { fn(); return "passed"; } catch (e) { return e.message; } };
            out.messages = [
              m(() => assert.strictEqual("x", "y")),
              m(() => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] })),
              m(() => assert.deepEqual(1, "1")),
              m(() => assert.notStrictEqual(1, 1)),
              m(() => assert.ok("")),
              m(() => assert.throws(() => { throw new RangeError("r"); }, TypeError)),
              m(() => assert.match("abc", /z/)),
              m(() => assert.deepStrictEqual(new Date(0), new Date(0))),
            ];
            out.rejects = await t(() => assert.rejects(async () => { throw new Error("no"); }, { message: "no" }));
            out.doesNotReject = await t(() => assert.doesNotReject(Promise.reject(new Error("bad"))));
            """);
    assertThat(out.get("messages").get(0).asText())
        .isEqualTo("Values are not strictly equal:\n\n\n[Diff] Actual / Expected\n\n\n-   x\n+   y\n\n");
    assertThat(out.get("messages").get(1).asText())
        .isEqualTo("Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ { a: [ 1, 2 ] }\n- { a: [ 1, 3 ] }\n            ^");
    assertThat(out.get("messages").get(2).asText()).isEqualTo("Expected values to be strictly deep-equal:\n\n1 !== '1'\n");
    assertThat(out.get("messages").get(3).asText()).isEqualTo("Expected actual to be strictly unequal to expected");
    assertThat(out.get("messages").get(4).asText()).isEqualTo("'' == true");
    assertThat(out.get("messages").get(5).asText())
        .isEqualTo("The error is expected to be an instance of \"TypeError\". Received \"RangeError\"\n\nError message:\n\nr");
    assertThat(out.get("messages").get(6).asText()).isEqualTo("actual: \"abc\" expected to match: \"/z/\"");
    assertThat(out.get("messages").get(7).asText()).isEqualTo("passed");
    assertThat(out.get("rejects").get("ok").asText()).isEqualTo("undefined");
    assertThat(out.get("doesNotReject").get("error").get("message").asText())
        .isEqualTo("Got unwanted exception.\nActual message: \"bad\"");
  }

  @Test
  void assertion_errors_have_node_fields() {
    JsonNode out =
        NodeProbe.run(
            "import assert, { AssertionError } from \"node:assert\"; import strict from \"node:assert/strict\";",
            """
            try { assert.strictEqual(1, 2, "custom"); } catch (e) {
              out.fields = [e instanceof AssertionError, e instanceof Error, e.name, e.code, e.actual, e.expected, e.operator, e.generatedMessage, String(e)];
            }
            try { strict.equal(1, true); } catch (e) { out.strictModule = e.operator; }
            out.custom = new AssertionError({ actual: 1, expected: 2, operator: "strictEqual" }).message;
            """);
    assertThat(out.get("fields").toString())
        .isEqualTo("[true,true,\"AssertionError\",\"ERR_ASSERTION\",1,2,\"strictEqual\",false,\"AssertionError [ERR_ASSERTION]: custom\"]");
    assertThat(out.get("strictModule").asText()).isEqualTo("strictEqual");
    assertThat(out.get("custom").asText()).isEqualTo("Expected values to be strictly equal:\n\n1 !== 2\n");
  }
}
