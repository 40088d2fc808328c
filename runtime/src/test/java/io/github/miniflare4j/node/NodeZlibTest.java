package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** node:zlib on java.util.zip: formats readable by other zlib implementations, errors, streams. */
class NodeZlibTest {

  @Test
  void formats_round_trip_and_interoperate_with_the_jdk() throws Exception {
    JsonNode out =
        NodeProbe.run(
            "import zlib from \"node:zlib\";",
            """
            const text = "zlib ".repeat(50);
            out.gzipHex = zlib.gzipSync(text).toString("hex");
            out.deflate = zlib.deflateSync("abc").toString("hex");
            out.raw = zlib.deflateRawSync("abc").toString("hex");
            out.rounds = [zlib.gunzipSync(zlib.gzipSync(text)), zlib.inflateSync(zlib.deflateSync(text, { level: 9 })), zlib.inflateRawSync(zlib.deflateRawSync(text)), zlib.unzipSync(zlib.deflateSync(text)), zlib.unzipSync(zlib.gzipSync(text))].every((b) => b.toString() === text);
            out.smaller = zlib.gzipSync(text).length < text.length;
            out.crc32 = zlib.crc32("hello");
            """);
    byte[] gzip = HexFormat.of().parseHex(out.get("gzipHex").asText());
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("zlib ".repeat(50));
    }
    assertThat(out.get("deflate").asText()).isEqualTo("789c4b4c4a0600024d0127");
    assertThat(out.get("raw").asText()).isEqualTo("4b4c4a0600");
    assertThat(out.get("rounds").asBoolean()).isTrue();
    assertThat(out.get("smaller").asBoolean()).isTrue();
    assertThat(out.get("crc32").asLong()).isEqualTo(907060870L);
  }

  @Test
  void corrupt_input_fails_with_zlib_messages() {
    JsonNode out =
        NodeProbe.run(
            "import zlib from \"node:zlib\";",
            """
            out.header = await t(() => zlib.inflateSync(Buffer.from("nonsense")));
            out.truncated = await t(() => zlib.gunzipSync(zlib.gzipSync("hello world").subarray(0, 15)));
            out.callback = await new Promise((r) => zlib.gunzip(Buffer.from("xx"), (err) => r(err.message)));
            out.type = await t(() => zlib.gzipSync(42));
            out.brotli = await t(() => zlib.brotliDecompressSync(Buffer.from("not brotli")));
            """);
    assertThat(out.get("header").get("error").get("message").asText()).isEqualTo("incorrect header check");
    assertThat(out.get("truncated").get("error").get("message").asText()).isEqualTo("unexpected end of file");
    // zlib checks the two magic bytes it has before it asks for more input (recorded with the oracle)
    assertThat(out.get("callback").asText()).isEqualTo("incorrect header check");
    assertThat(out.get("type").get("error").get("name").asText()).isEqualTo("TypeError");
    assertThat(out.get("brotli").get("error").get("message").asText()).isEqualTo("Compression failed");
  }

  @Test
  void streams_compress_and_decompress() {
    JsonNode out =
        NodeProbe.run(
            "import { createGzip, createGunzip, createDeflate, createInflate } from \"node:zlib\"; import { pipeline, Readable, Writable } from \"node:stream\";",
            """
            const collect = (stream) => new Promise((r) => { const chunks = []; stream.on("data", (c) => chunks.push(c)); stream.on("end", () => r(Buffer.concat(chunks).toString())); });
            const gz = createGzip(); const gunzip = createGunzip(); const done = collect(gunzip);
            gz.pipe(gunzip); gz.write("streamed "); gz.end("text");
            out.gzip = await done;
            const inflate = createInflate(); const inflated = collect(inflate);
            const deflate = createDeflate(); deflate.pipe(inflate); deflate.end("deflated");
            out.deflate = await inflated;
            """);
    assertThat(out.get("gzip").asText()).isEqualTo("streamed text");
    assertThat(out.get("deflate").asText()).isEqualTo("deflated");
  }
}
