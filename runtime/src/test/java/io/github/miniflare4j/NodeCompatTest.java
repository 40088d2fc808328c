package io.github.miniflare4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The nodejs_compat flag: Buffer, process and node:* modules, only where the flag is set. */
class NodeCompatTest {

  static String run(String script, String... flags) {
    try (Miniflare mf = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true).compatibilityDate("2025-01-01").compatibilityFlags(flags).script(script))
        .build())) {
      return mf.dispatchFetch("http://localhost/").text();
    }
  }

  @Test
  void buffer_encodes_and_decodes_the_common_encodings() {
    String body = run("""
        import { Buffer } from "node:buffer";
        export default { fetch() {
          const b = Buffer.from("héllo");
          return Response.json({
            base64: b.toString("base64"), hex: b.toString("hex"), back: Buffer.from("aMOpbGxv", "base64").toString(),
            url: Buffer.from([251, 255]).toString("base64url"), latin1: Buffer.from("hé", "latin1").length,
            concat: Buffer.concat([Buffer.from("a"), Buffer.from("bc")]).toString(), isBuffer: Buffer.isBuffer(b),
            slice: b.subarray(1, 3).toString("hex"), equals: Buffer.from("x").equals(Buffer.from("x")),
            byteLength: Buffer.byteLength("é"), json: JSON.stringify(Buffer.from("hi")), globalSame: globalThis.Buffer === Buffer,
          });
        } };
        """, "nodejs_compat");

    assertThat(body).isEqualTo("{\"base64\":\"aMOpbGxv\",\"hex\":\"68c3a96c6c6f\",\"back\":\"héllo\",\"url\":\"-_8\","
        + "\"latin1\":2,\"concat\":\"abc\",\"isBuffer\":true,\"slice\":\"c3a9\",\"equals\":true,\"byteLength\":2,"
        + "\"json\":\"{\\\"type\\\":\\\"Buffer\\\",\\\"data\\\":[104,105]}\",\"globalSame\":true}");
  }

  @Test
  void process_and_buffer_are_globals_only_with_the_flag() {
    String script = "export default { fetch() { return new Response(typeof process + ' ' + typeof Buffer); } };";

    assertThat(run(script, "nodejs_compat")).isEqualTo("object function");
    assertThat(run(script)).isEqualTo("undefined undefined");
  }

  @Test
  void node_modules_are_missing_without_the_flag() {
    try (Miniflare ignored = new Miniflare(MiniflareOptions.builder()
        .worker(WorkerOptions.builder().modules(true)
            .script("import { Buffer } from 'node:buffer'; export default { fetch() { return new Response(''); } };"))
        .build())) {
      throw new AssertionError("expected the import to fail");
    } catch (MiniflareException e) {
      assertThat(e.getMessage()).contains("No such module \"node:buffer\".");
    }
  }

  @Test
  void event_emitter_and_next_tick_work() {
    String body = run("""
        import { EventEmitter } from "node:events";
        export default { async fetch() {
          const e = new EventEmitter(); const seen = [];
          e.once("x", (v) => seen.push("once:" + v)); e.on("x", (v) => seen.push("on:" + v));
          e.emit("x", 1); e.emit("x", 2);
          await new Promise((r) => process.nextTick(r));
          return Response.json(seen);
        } };
        """, "nodejs_compat");

    assertThat(body).isEqualTo("[\"once:1\",\"on:1\",\"on:2\"]");
  }
}
