package io.github.miniflare4j.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** node:buffer: encodings, numbers, views and errors. */
class NodeBufferTest {

  @Test
  void encodings_round_trip() {
    JsonNode out =
        NodeProbe.run(
            "",
            """
            const text = "Grüße, 世界 🌍";
            out.round = ["utf8", "hex", "base64", "base64url", "utf16le"].map((e) => Buffer.from(Buffer.from(text).toString(e), e).toString() === text);
            out.latin1 = Buffer.from("é", "latin1").toString("hex");
            out.hexStops = Buffer.from("a1zz", "hex").toString("hex");
            out.base64Loose = Buffer.from("aGk=\\n", "base64").toString();
            out.byteLength = [Buffer.byteLength(text), Buffer.byteLength("aGk=", "base64")];
            """);
    assertThat(out.get("round").toString()).isEqualTo("[true,true,true,true,true]");
    assertThat(out.get("latin1").asText()).isEqualTo("e9");
    assertThat(out.get("hexStops").asText()).isEqualTo("a1");
    assertThat(out.get("base64Loose").asText()).isEqualTo("hi");
    assertThat(out.get("byteLength").toString()).isEqualTo("[20,2]");
  }

  @Test
  void numbers_read_and_write_with_range_checks() {
    JsonNode out =
        NodeProbe.run(
            "",
            """
            const b = Buffer.alloc(20);
            b.writeInt32BE(-2, 0); b.writeUInt16LE(0xbeef, 4); b.writeFloatLE(1.5, 6); b.writeBigInt64BE(-5n, 10);
            out.values = [b.readInt32BE(0), b.readUInt16LE(4), b.readFloatLE(6), String(b.readBigInt64BE(10)), b.readUIntBE(4, 2)];
            out.aliases = typeof b.readUint32LE === "function" && typeof b.writeBigUint64LE === "function";
            out.oob = await t(() => b.readInt32LE(17));
            out.range = await t(() => b.writeUInt8(256, 0));
            """);
    assertThat(out.get("values").toString()).isEqualTo("[-2,48879,1.5,\"-5\",61374]");
    assertThat(out.get("aliases").asBoolean()).isTrue();
    assertThat(out.get("oob").get("error").get("message").asText())
        .isEqualTo("The value of \"offset\" is out of range. It must be >= 0 and <= 16. Received 17");
    assertThat(out.get("range").get("error").get("ctor").asText()).isEqualTo("ERR_OUT_OF_RANGE");
  }

  @Test
  void views_share_memory_and_static_helpers_work() {
    JsonNode out =
        NodeProbe.run(
            "import { Buffer as B, isUtf8, transcode } from \"node:buffer\";",
            """
            const a = B.from("hello");
            const s = a.subarray(1, 3); s[0] = 0x45;
            out.shared = a.toString();
            out.isBuffer = [B.isBuffer(s), B.isBuffer(new Uint8Array(1)), s instanceof Uint8Array];
            out.concat = B.concat([B.from("a"), B.from("bc")], 2).toString();
            out.compare = [B.compare(B.from("a"), B.from("b")), a.equals(B.from("hEllo"))];
            out.search = [a.indexOf("l"), a.lastIndexOf("l"), a.includes("Ell")];
            out.utf8 = [isUtf8(B.from([0xe2, 0x82, 0xac])), isUtf8(B.from([0xff]))];
            out.transcode = transcode(B.from("é"), "utf8", "latin1").toString("hex");
            out.json = JSON.stringify(B.from([1, 2]));
            """);
    assertThat(out.get("shared").asText()).isEqualTo("hEllo");
    assertThat(out.get("isBuffer").toString()).isEqualTo("[true,false,true]");
    assertThat(out.get("concat").asText()).isEqualTo("ab");
    assertThat(out.get("compare").toString()).isEqualTo("[-1,true]");
    assertThat(out.get("search").toString()).isEqualTo("[2,3,true]");
    assertThat(out.get("utf8").toString()).isEqualTo("[true,false]");
    assertThat(out.get("transcode").asText()).isEqualTo("e9");
    assertThat(out.get("json").asText()).isEqualTo("{\"type\":\"Buffer\",\"data\":[1,2]}");
  }
}
