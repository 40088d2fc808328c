package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.StreamsTest.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** workerd's byte transforms, the text streams and the compression streams. */
class TransformStreamsTest {

  @Test
  void compression_round_trips_in_every_format() {
    JsonNode out =
        WorkerProbe.run(
            """
            const input = "compress me ".repeat(500);
            for (const fmt of ["gzip", "deflate", "deflate-raw"]) {
              out[fmt] = await t(async () => {
                const z = await new Response(new Response(input).body.pipeThrough(new CompressionStream(fmt))).arrayBuffer();
                const back = await new Response(new Response(z).body.pipeThrough(new DecompressionStream(fmt))).text();
                return [back === input, z.byteLength < input.length];
              });
            }
            out.gzipMagic = hex((await new Response(new Response("x").body.pipeThrough(new CompressionStream("gzip"))).arrayBuffer()).slice(0, 3));
            out.zlibHeader = hex((await new Response(new Response("x").body.pipeThrough(new CompressionStream("deflate"))).arrayBuffer()).slice(0, 1));
            """);
    assertThat(out.get("gzip").toString()).isEqualTo("{\"ok\":[true,true]}");
    assertThat(out.get("deflate").toString()).isEqualTo("{\"ok\":[true,true]}");
    assertThat(out.get("deflate-raw").toString()).isEqualTo("{\"ok\":[true,true]}");
    assertThat(out.get("gzipMagic").asText()).isEqualTo("1f8b08");
    assertThat(out.get("zlibHeader").asText()).isEqualTo("78");
  }

  @Test
  void decompression_of_data_written_in_small_pieces() {
    JsonNode out =
        WorkerProbe.run(
            """
            const input = "piecewise ".repeat(300);
            const z = new Uint8Array(await new Response(new Response(input).body.pipeThrough(new CompressionStream("gzip"))).arrayBuffer());
            const ds = new DecompressionStream("gzip");
            const text = new Response(ds.readable).text();
            const w = ds.writable.getWriter();
            for (let i = 0; i < z.length; i += 3) w.write(z.slice(i, i + 3));
            w.close();
            out.same = (await text) === input;
            """);
    assertThat(out.get("same").asBoolean()).isTrue();
  }

  @Test
  void compression_errors_carry_workerd_messages() {
    JsonNode out =
        WorkerProbe.run(
            """
            async function drain(readable) { try { await new Response(readable).arrayBuffer(); return "ok"; } catch (e) { return e.name + ": " + e.message; } }
            out.bad = await t(() => new CompressionStream("brotli"));
            out.noArg = await t(() => new CompressionStream());
            out.string = await t(async () => { const cs = new CompressionStream("gzip"); drain(cs.readable); await cs.writable.getWriter().write("abc"); });
            out.corrupt = await t(async () => { const ds = new DecompressionStream("gzip"); const d = drain(ds.readable); const w = ds.writable.getWriter(); w.write(enc.encode("not gzip data at all")).catch(() => {}); w.close().catch(() => {}); return await d; });
            out.truncated = await t(async () => {
              const z = new Uint8Array(await new Response(new Response("hello hello hello").body.pipeThrough(new CompressionStream("deflate"))).arrayBuffer());
              const ds = new DecompressionStream("deflate"); const d = drain(ds.readable); const w = ds.writable.getWriter();
              w.write(z.slice(0, 5)); w.close().catch(() => {}); return await d; });
            out.tags = [String(new CompressionStream("gzip")), new CompressionStream("gzip") instanceof TransformStream];
            """);
    assertThat(error(out.get("bad"))).isEqualTo("TypeError: The compression format must be either 'deflate', 'deflate-raw' or 'gzip'.");
    assertThat(error(out.get("noArg")))
        .isEqualTo("TypeError: Failed to construct 'CompressionStream': constructor parameter 1 is not of type 'string'.");
    assertThat(error(out.get("string"))).startsWith("TypeError: This TransformStream is being used as a byte stream, but received a string");
    assertThat(out.get("corrupt").get("ok").asText()).isEqualTo("TypeError: Decompression failed.");
    assertThat(out.get("truncated").get("ok").asText())
        .isEqualTo("TypeError: Called close() on a decompression stream with incomplete data");
    assertThat(out.get("tags").toString()).isEqualTo("[\"[object CompressionStream]\",true]");
  }

  @Test
  void identity_and_fixed_length_streams_pass_bytes_and_check_lengths() {
    JsonNode out =
        WorkerProbe.run(
            """
            async function drain(readable) { try { return await new Response(readable).text(); } catch (e) { return e.name + ": " + e.message; } }
            out.identity = await t(async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); w.write(enc.encode("xy")); w.close(); return await new Response(ts.readable).text(); });
            out.identityString = await t(async () => { const ts = new IdentityTransformStream(); drain(ts.readable); await ts.writable.getWriter().write("xy"); });
            out.fixed = await t(async () => { const ts = new FixedLengthStream(3); const w = ts.writable.getWriter(); w.write(enc.encode("xyz")); w.close(); return await drain(ts.readable); });
            out.short = await t(async () => { const ts = new FixedLengthStream(3); const d = drain(ts.readable); const w = ts.writable.getWriter(); await w.write(enc.encode("x")); w.close().catch(() => {}); return await d; });
            out.long = await t(async () => { const ts = new FixedLengthStream(3); const d = drain(ts.readable); ts.writable.getWriter().write(enc.encode("xyzw")).catch(() => {}); return await d; });
            out.huge = await t(() => new FixedLengthStream(2 ** 60));
            out.tags = [String(new IdentityTransformStream()), new IdentityTransformStream() instanceof TransformStream, String(new FixedLengthStream(1))];
            out.byob = await t(() => { new IdentityTransformStream().readable.getReader({ mode: "byob" }); return 1; });
            """);
    assertThat(out.get("identity").get("ok").asText()).isEqualTo("xy");
    assertThat(error(out.get("identityString")))
        .isEqualTo("TypeError: This TransformStream is being used as a byte stream, but received a string on its writable side. If you wish to write a string, you'll probably want to explicitly UTF-8-encode it with TextEncoder.");
    assertThat(out.get("fixed").get("ok").asText()).isEqualTo("xyz");
    assertThat(out.get("short").get("ok").asText()).isEqualTo("TypeError: FixedLengthStream did not see all expected bytes before close().");
    assertThat(out.get("long").get("ok").asText()).isEqualTo("TypeError: Attempt to write too many bytes through a FixedLengthStream.");
    assertThat(error(out.get("huge"))).isEqualTo("TypeError: FixedLengthStream requires an integer expected length less than 2^53.");
    assertThat(out.get("tags").toString()).isEqualTo("[\"[object IdentityTransformStream]\",true,\"[object FixedLengthStream]\"]");
    assertThat(out.get("byob").get("ok").asInt()).isEqualTo(1);
  }

  @Test
  void identity_transform_streams_a_response_written_after_return() {
    JsonNode out =
        WorkerProbe.run(
            """
            const { readable, writable } = new TransformStream();
            const w = writable.getWriter();
            (async () => { for (const s of ["a", "b", "c"]) { await w.write(enc.encode(s)); await scheduler.wait(1); } await w.close(); })();
            out.text = await new Response(readable).text();
            """);
    assertThat(out.get("text").asText()).isEqualTo("abc");
  }

  @Test
  void text_encoder_and_decoder_streams() {
    JsonNode out =
        WorkerProbe.run(
            """
            const ds = new TextDecoderStream(); const w = ds.writable.getWriter();
            w.write(new Uint8Array([0xC3])); w.write(new Uint8Array([0xA9, 0x21])); w.close();
            let s = ""; for await (const ch of ds.readable) s += ch; out.decoded = s;
            const es = new TextEncoderStream(); const ew = es.writable.getWriter();
            ew.write("\\uD83D"); ew.write("\\uDE00é"); ew.close();
            out.encoded = hex(await new Response(es.readable).arrayBuffer());
            out.meta = [es.encoding, ds.encoding, String(es), String(ds), es instanceof TransformStream];
            """);
    assertThat(out.get("decoded").asText()).isEqualTo("é!");
    assertThat(out.get("encoded").asText()).isEqualTo("f09f9880c3a9");
    assertThat(out.get("meta").toString())
        .isEqualTo("[\"utf-8\",\"utf-8\",\"[object TextEncoderStream]\",\"[object TextDecoderStream]\",true]");
  }

  /** TextDecoderStream labels, fatal and ignoreBOM; what each text stream accepts as a chunk; recorded with the oracle. */
  @Test
  void text_streams_check_labels_chunks_and_fatal_decoding_as_in_workerd() {
    JsonNode out =
        WorkerProbe.run(
            """
            out.badLabel = await t(() => new TextDecoderStream("bogus"));
            out.labels = [new TextDecoderStream("UTF8").encoding, new TextDecoderStream("latin1").encoding, new TextDecoderStream(undefined, { fatal: true }).fatal, new TextDecoderStream().ignoreBOM];
            out.fatal = await t(async () => {
              const ds = new TextDecoderStream("utf-8", { fatal: true }); const w = ds.writable.getWriter();
              w.write(new Uint8Array([0xff])).catch(() => {}); w.close().catch(() => {});
              let s = ""; for await (const ch of ds.readable) s += ch; return s;
            });
            out.replaced = await t(async () => {
              const ds = new TextDecoderStream(); const w = ds.writable.getWriter();
              w.write(new Uint8Array([0x61, 0xff, 0xe2, 0x82])); w.close();
              let s = ""; for await (const ch of ds.readable) s += ch; return [...s].map((c) => c.codePointAt(0));
            });
            out.bom = await t(async () => {
              const ds = new TextDecoderStream("utf-8", { ignoreBOM: true }); const w = ds.writable.getWriter();
              w.write(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])); w.close();
              let s = ""; for await (const ch of ds.readable) s += ch; return s.length;
            });
            out.encodeNumber = await t(async () => {
              const es = new TextEncoderStream(); const w = es.writable.getWriter();
              w.write(42); w.close();
              return hex(await new Response(es.readable).arrayBuffer());
            });
            out.decodeString = await t(async () => {
              const ds = new TextDecoderStream(); const w = ds.writable.getWriter();
              w.write("text").catch(() => {}); w.close().catch(() => {});
              let s = ""; for await (const ch of ds.readable) s += ch; return s;
            });
            out.identityNumber = await t(async () => { const s = new IdentityTransformStream(); const w = s.writable.getWriter(); const p = w.write(42); p.catch(() => {}); const r = s.readable.getReader(); r.read().catch(() => {}); return await p; });
            out.encodeBytes = await t(async () => { const es = new TextEncoderStream(); const w = es.writable.getWriter(); w.write(new Uint8Array([1, 2])); w.close(); return await new Response(es.readable).text(); });
            """);

    assertThat(out.get("badLabel")).hasToString("{\"error\":{\"name\":\"RangeError\",\"ctor\":\"RangeError\",\"message\":\"\\\"bogus\\\" is not a valid encoding.\"}}");
    assertThat(out.get("labels")).hasToString("[\"utf-8\",\"windows-1252\",true,false]");
    assertThat(out.get("fatal")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"Failed to decode input.\"}}");
    assertThat(out.get("replaced")).hasToString("{\"ok\":[97,65533,65533]}");
    assertThat(out.get("bom")).hasToString("{\"ok\":2}");
    assertThat(out.get("encodeNumber")).hasToString("{\"ok\":\"3432\"}");
    assertThat(out.get("decodeString")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"This TransformStream is being used as a byte stream, but received a value that is not a BufferSource.\"}}");
    assertThat(out.get("identityNumber")).hasToString("{\"error\":{\"name\":\"TypeError\",\"ctor\":\"TypeError\",\"message\":\"This TransformStream is being used as a byte stream, but received an object of non-ArrayBuffer/ArrayBufferView type on its writable side.\"}}");
    assertThat(out.get("encodeBytes")).hasToString("{\"ok\":\"1,2\"}");
  }
}
