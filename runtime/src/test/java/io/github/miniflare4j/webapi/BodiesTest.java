package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.StreamsTest.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.Miniflare;
import io.github.miniflare4j.MiniflareOptions;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.http.FetchRequest;
import io.github.miniflare4j.http.FetchResponse;
import org.junit.jupiter.api.Test;

/** Request and Response bodies as streams: bodyUsed, locking, clone, streams as bodies. */
class BodiesTest {

  static final String USED = "TypeError: Body has already been used. It can only be used once. Use tee() first if you need to read it twice.";
  static final String LOCKED = "TypeError: This ReadableStream is currently locked to a reader.";

  @Test
  void body_is_a_byte_stream_and_reading_it_marks_the_body_used() {
    JsonNode out =
        WorkerProbe.run(
            """
            const r = new Response("x");
            out.same = r.body === r.body;
            out.tag = String(r.body);
            r.body.getReader();
            out.afterGetReader = [r.bodyUsed, r.body.locked];
            out.textWhileLocked = await t(() => r.text());
            const r2 = new Response("xy"); const rd = r2.body.getReader(); await rd.read();
            out.afterRead = r2.bodyUsed;
            const r3 = new Response("z"); await r3.text();
            out.afterText = [r3.bodyUsed, r3.body.locked];
            out.textTwice = await t(() => r3.text());
            out.nullBody = new Response(null).body;
            out.emptyBody = new Response("").body !== null;
            out.chunkType = String((await new Response("abc").body.getReader().read()).value);
            """);
    assertThat(out.get("same").asBoolean()).isTrue();
    assertThat(out.get("tag").asText()).isEqualTo("[object ReadableStream]");
    assertThat(out.get("afterGetReader").toString()).isEqualTo("[false,true]");
    assertThat(error(out.get("textWhileLocked"))).isEqualTo(LOCKED);
    assertThat(out.get("afterRead").asBoolean()).isTrue();
    assertThat(out.get("afterText").toString()).isEqualTo("[true,true]");
    assertThat(error(out.get("textTwice"))).isEqualTo(USED);
    assertThat(out.get("nullBody").isNull()).isTrue();
    assertThat(out.get("emptyBody").asBoolean()).isTrue();
    assertThat(out.get("chunkType").asText()).isEqualTo("97,98,99");
  }

  @Test
  void streams_are_accepted_as_bodies_and_must_return_bytes() {
    JsonNode out =
        WorkerProbe.run(
            """
            const rs = () => new ReadableStream({ start(c) { c.enqueue(enc.encode("ab")); c.close(); } });
            out.response = await new Response(rs()).text();
            out.request = await t(async () => { const q = new Request("http://x/", { method: "POST", body: rs() }); return [await q.text(), q.headers.get("content-type")]; });
            out.getWithBody = await t(() => new Request("http://x/", { body: rs() }));
            out.disturbed = await t(async () => { const r = rs(); const rd = r.getReader(); await rd.read(); rd.releaseLock(); return new Response(r); });
            out.strings = await t(() => new Response(new ReadableStream({ start(c) { c.enqueue("abc"); c.close(); } })).text());
            const s = rs(); const wrapped = new Response(s);
            out.identity = [s.locked, wrapped.body === s];
            out.usedAfterText = await t(async () => { const r = new Response(rs()); await r.text(); return [r.bodyUsed, r.body.locked]; });
            """);
    assertThat(out.get("response").asText()).isEqualTo("ab");
    assertThat(out.get("request").get("ok").toString()).isEqualTo("[\"ab\",null]");
    assertThat(error(out.get("getWithBody"))).isEqualTo("TypeError: Request with a GET or HEAD method cannot have a body.");
    assertThat(error(out.get("disturbed")))
        .isEqualTo("TypeError: This ReadableStream is disturbed (has already been read from), and cannot be used as a body.");
    assertThat(error(out.get("strings"))).isEqualTo("TypeError: This ReadableStream did not return bytes.");
    assertThat(out.get("identity").toString()).isEqualTo("[false,true]");
    assertThat(out.get("usedAfterText").get("ok").toString()).isEqualTo("[true,true]");
  }

  @Test
  void clone_tees_stream_bodies_and_refuses_used_ones() {
    JsonNode out =
        WorkerProbe.run(
            """
            const rs = () => new ReadableStream({ start(c) { c.enqueue(enc.encode("ab")); c.close(); } });
            out.stream = await t(async () => { const r = new Response(rs()); const c = r.clone(); return [await r.text(), await c.text(), r.bodyUsed, c.bodyUsed]; });
            out.buffered = await t(async () => { const r = new Response("qq"); const c = r.clone(); return [await c.text(), await r.text()]; });
            out.afterText = await t(async () => { const r = new Response("x"); await r.text(); return r.clone(); });
            out.locked = await t(() => { const r = new Response("x"); r.body.getReader(); return r.clone(); });
            out.request = await t(async () => { const r = new Request("http://x/", { method: "POST", body: "p" }); const c = r.clone(); return [await r.text(), await c.text()]; });
            out.moved = await t(async () => { const r = new Request("http://x/", { method: "POST", body: "a" }); const n = new Request(r); return [r.bodyUsed, n.bodyUsed, await n.text()]; });
            out.fromUsed = await t(async () => { const r = new Request("http://x/", { method: "POST", body: "a" }); await r.text(); return new Request(r); });
            """);
    assertThat(out.get("stream").get("ok").toString()).isEqualTo("[\"ab\",\"ab\",true,true]");
    assertThat(out.get("buffered").get("ok").toString()).isEqualTo("[\"qq\",\"qq\"]");
    assertThat(error(out.get("afterText"))).isEqualTo("TypeError: This ReadableStream is currently locked to a reader,");
    assertThat(error(out.get("locked"))).isEqualTo("TypeError: This ReadableStream is currently locked to a reader,");
    assertThat(out.get("request").get("ok").toString()).isEqualTo("[\"p\",\"p\"]");
    assertThat(out.get("moved").get("ok").toString()).isEqualTo("[true,false,\"a\"]");
    assertThat(error(out.get("fromUsed"))).isEqualTo("TypeError: Cannot reconstruct a Request with a used body.");
  }

  @Test
  void status_text_and_methods_follow_workerd() {
    JsonNode out =
        WorkerProbe.run(
            """
            out.texts = [200, 299, 404, 418, 599].map((s) => new Response(null, { status: s }).statusText);
            out.methods = ["patch", "merge", "foo"].map((m) => { try { return new Request("http://x/", { method: m }).method; } catch (e) { return e.message; } });
            """);
    assertThat(out.get("texts").toString()).isEqualTo("[\"OK\",\"Successful\",\"Not Found\",\"I'm a teapot\",\"Server Error\"]");
    assertThat(out.get("methods").toString()).isEqualTo("[\"PATCH\",\"MERGE\",\"Invalid HTTP method string: foo\"]");
  }

  @Test
  void kv_accepts_a_stream_and_returns_one() {
    String script =
        """
        export default { async fetch(req, env) {
          await env.KV.put("k", new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("streamed")); c.close(); } }));
          const s = await env.KV.get("k", "stream");
          return new Response(String(s) + " " + await new Response(s).text());
        } };
        """;
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(script).kvNamespace("KV", "kv")).build())) {
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("[object ReadableStream] streamed");
    }
  }

  @Test
  void incoming_bodies_stream_in_and_streamed_responses_reach_java_whole() {
    String script =
        """
        export default { async fetch(req) {
          const upper = new TransformStream({ transform(chunk, c) { c.enqueue(new TextEncoder().encode(new TextDecoder().decode(chunk).toUpperCase())); } });
          return new Response(req.body.pipeThrough(upper), { headers: { "x-type": String(req.body) } });
        } };
        """;
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(script)).build())) {
      FetchResponse response =
          mf.dispatchFetch(FetchRequest.builder("http://localhost/").method("POST").body("shout").build());
      assertThat(response.text()).isEqualTo("SHOUT");
      assertThat(response.header("x-type")).isEqualTo("[object ReadableStream]");
    }
  }

  @Test
  void head_requests_get_headers_without_the_body() {
    String script = "export default { fetch(req) { return new Response(\"body for \" + req.method); } };";
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).script(script)).build())) {
      FetchResponse head = mf.dispatchFetch(FetchRequest.builder("http://localhost/").method("HEAD").build());
      assertThat(head.text()).isEmpty();
      assertThat(head.header("content-type")).isEqualTo("text/plain;charset=UTF-8");
      assertThat(mf.dispatchFetch("http://localhost/").text()).isEqualTo("body for GET");
    }
  }

  @Test
  void json_errors_carry_v8_messages() {
    JsonNode out =
        WorkerProbe.run(
            """
            const texts = ["not json {", "", "{", "{\\"a\\":1}x", "[1,]", "\\"abc", "x".repeat(50), "{\\"k\\":\\"v\\",\\"x\\":[1,2,{\\"y\\":nul}]}", "01", "1.5e+"];
            out.messages = [];
            for (const text of texts) { const r = await t(() => new Response(text).json()); out.messages.push(r.error.name + ": " + r.error.message); }
            """);
    assertThat(out.get("messages").toString().replace("\\\"", "'"))
        .isEqualTo(String.join(",", "[\"SyntaxError: Unexpected token 'o', 'not json {' is not valid JSON\"",
            "\"SyntaxError: Unexpected end of JSON input\"",
            "\"SyntaxError: Expected property name or '}' in JSON at position 1 (line 1 column 2)\"",
            "\"SyntaxError: Unexpected non-whitespace character after JSON at position 7 (line 1 column 8)\"",
            "\"SyntaxError: Unexpected token ']', '[1,]' is not valid JSON\"",
            "\"SyntaxError: Unterminated string in JSON at position 4 (line 1 column 5)\"",
            "\"SyntaxError: Unexpected token 'x', 'xxxxxxxxxx'... is not valid JSON\"",
            "\"SyntaxError: Unexpected token '}', ...'2,{'y':nul}]}' is not valid JSON\"",
            "\"SyntaxError: Unexpected number in JSON at position 1 (line 1 column 2)\"",
            "\"SyntaxError: Exponent part is missing a number in JSON at position 5 (line 1 column 6)\"]"));
  }

  /** text, bytes, arrayBuffer, blob, json and formData (urlencoded) as recorded; a second read fails. */
  @Test
  void every_body_reader_returns_its_type_and_uses_the_body() {
    JsonNode out =
        WorkerProbe.run(
            """
            const mk = () => new Response("h\\u00e9llo", { headers: { "content-type": "text/x" } });
            out.text = await mk().text();
            out.bytes = await t(async () => { const b = await mk().bytes(); return [b.constructor.name, b.length]; });
            out.ab = await t(async () => { const b = await mk().arrayBuffer(); return [Object.prototype.toString.call(b), b.byteLength]; });
            out.blob = await t(async () => { const b = await mk().blob(); return [b.type, b.size, await b.text()]; });
            out.jsonOk = await new Response('{"a":[1]}').json();
            const r = new Request("http://x/", { method: "POST", body: "a=1&b=%20", headers: { "content-type": "application/x-www-form-urlencoded" } });
            const fd = await r.formData(); out.form = [...fd]; out.used = r.bodyUsed;
            out.again = await t(() => r.arrayBuffer());
            out.againBytes = await t(() => r.bytes());
            out.reqBytes = await t(async () => [...await new Request("http://x/", { method: "PUT", body: new Uint8Array([1, 2, 3]) }).bytes()]);
            out.emptyBytes = await t(async () => (await new Response(null).bytes()).length);
            out.incoming = [req.bodyUsed, req.body === null, await req.text()];
            """);

    assertThat(out.get("text")).hasToString("\"h\u00e9llo\"");
    assertThat(out.get("bytes")).hasToString("{\"ok\":[\"Uint8Array\",6]}");
    assertThat(out.get("ab")).hasToString("{\"ok\":[\"[object ArrayBuffer]\",6]}");
    assertThat(out.get("blob")).hasToString("{\"ok\":[\"text/x\",6,\"h\u00e9llo\"]}");
    assertThat(out.get("jsonOk")).hasToString("{\"a\":[1]}");
    assertThat(out.get("form")).hasToString("[[\"a\",\"1\"],[\"b\",\" \"]]");
    assertThat(out.get("used")).hasToString("true");
    assertThat(out.get("again")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Body has already been used. It can only be used once. Use tee() first if you need to read it twice.\"}}");
    assertThat(out.get("againBytes")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Body has already been used. It can only be used once. Use tee() first if you need to read it twice.\"}}");
    assertThat(out.get("reqBytes")).hasToString("{\"ok\":[1,2,3]}");
    assertThat(out.get("emptyBytes")).hasToString("{\"ok\":0}");
    assertThat(out.get("incoming")).hasToString("[false,true,\"\"]");
  }
}
