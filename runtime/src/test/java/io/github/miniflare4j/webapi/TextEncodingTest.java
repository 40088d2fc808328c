package io.github.miniflare4j.webapi;

import static io.github.miniflare4j.webapi.WorkerProbe.error;
import static io.github.miniflare4j.webapi.WorkerProbe.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** TextEncoder and TextDecoder inside a worker, with workerd's labels and errors. */
class TextEncodingTest {

  @Test
  void encodes_utf8_and_replaces_lone_surrogates() {
    JsonNode out =
        run(
            """
            const enc = new TextEncoder();
            out.v = [enc.encoding, [...enc.encode("aé€😀")], [...enc.encode("\\ud800")], [...enc.encode()]];
            out.into = [enc.encodeInto("héllo", new Uint8Array(3)), enc.encodeInto("😀a", new Uint8Array(3))];
            out.intoBad = await t(() => enc.encodeInto("a", []));
            """);

    assertThat(out.get("v")).hasToString("[\"utf-8\",[97,195,169,226,130,172,240,159,152,128],[239,191,189],[]]");
    assertThat(out.get("into")).hasToString("[{\"read\":2,\"written\":3},{\"read\":0,\"written\":0}]");
    assertThat(out.get("intoBad"))
        .hasToString(error("TypeError", "TypeError", "Failed to execute 'encodeInto' on 'TextEncoder': parameter 2 is not of type 'JsUint8Array'."));
  }

  @Test
  void decodes_utf8_with_bom_handling_streaming_and_replacement() {
    JsonNode out =
        run(
            """
            out.bom = new TextDecoder().decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x68, 0xC3, 0xA9]));
            out.keepBom = new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x68])).length;
            out.replacement = new TextDecoder().decode(new Uint8Array([0x61, 0xFF, 0x62]));
            const d = new TextDecoder();
            out.stream = d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + "|" + d.decode(new Uint8Array([0xac]));
            out.sources = [new TextDecoder().decode(new Uint8Array([104, 105]).buffer), new TextDecoder().decode(new DataView(new Uint8Array([104, 105]).buffer)), new TextDecoder().decode()];
            """);

    assertThat(out.get("bom").asText()).isEqualTo("hé");
    assertThat(out.get("keepBom").asInt()).isEqualTo(2);
    assertThat(out.get("replacement").asText()).isEqualTo("a\uFFFDb");
    assertThat(out.get("stream").asText()).isEqualTo("|€");
    assertThat(out.get("sources")).hasToString("[\"hi\",\"hi\",\"\"]");
  }

  @Test
  void fatal_decoder_throws_failed_to_decode_input() {
    JsonNode out = run("out.v = await t(() => new TextDecoder(\"utf-8\", { fatal: true }).decode(new Uint8Array([0xFF])));");

    assertThat(out.get("v")).hasToString(error("TypeError", "TypeError", "Failed to decode input."));
  }

  @Test
  void resolves_labels_to_encoding_names_and_decodes_legacy_encodings() {
    JsonNode out =
        run(
            """
            out.names = ["utf8", " UTF-8 ", "latin1", "ascii", "utf-16", "sjis", "koi8-r"].map((l) => new TextDecoder(l).encoding);
            out.text = [new TextDecoder("latin1").decode(new Uint8Array([0x80, 0xe9])),
                        new TextDecoder("utf-16le").decode(new Uint8Array([0x68, 0x00, 0x69, 0x00])),
                        new TextDecoder("utf-16be").decode(new Uint8Array([0, 0x68])),
                        new TextDecoder("shift_jis").decode(new Uint8Array([0x82, 0xa0])),
                        new TextDecoder("gbk").decode(new Uint8Array([0xc4, 0xe3]))];
            """);

    assertThat(out.get("names"))
        .hasToString("[\"utf-8\",\"utf-8\",\"windows-1252\",\"windows-1252\",\"utf-16le\",\"shift_jis\",\"koi8-r\"]");
    assertThat(out.get("text")).hasToString("[\"€é\",\"hi\",\"h\",\"あ\",\"你\"]");
  }

  @Test
  void unknown_labels_and_bad_arguments_throw_as_in_workerd() {
    JsonNode out =
        run(
            """
            out.bogus = await t(() => new TextDecoder("bogus"));
            out.replacement = await t(() => new TextDecoder("replacement"));
            out.notArray = await t(() => new TextDecoder().decode("str"));
            out.call = await t(() => TextDecoder());
            out.options = await t(() => new TextDecoder("utf-8", 5));
            """);

    assertThat(out.get("bogus")).hasToString(error("RangeError", "RangeError", "\\\"bogus\\\" is not a valid encoding."));
    assertThat(out.get("replacement")).hasToString(error("RangeError", "RangeError", "\\\"replacement\\\" is not a valid encoding."));
    assertThat(out.get("notArray"))
        .hasToString(error("TypeError", "TypeError", "Failed to execute 'decode' on 'TextDecoder': parameter 1 is not of type 'Array'."));
    assertThat(out.get("call"))
        .hasToString(
            error("TypeError", "TypeError", "Failed to construct 'TextDecoder': Please use the 'new' operator, this object constructor cannot be called as a function."));
    assertThat(out.get("options"))
        .hasToString(error("TypeError", "TypeError", "Failed to construct 'TextDecoder': constructor parameter 2 is not of type 'ConstructorOptions'."));
  }
}
