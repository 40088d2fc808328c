package io.github.miniflare4j.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** String bodies become UTF-8 as fetch() encodes them. */
class Utf8TextTest {

  @Test
  void a_lone_surrogate_becomes_the_replacement_character() {
    assertThat(Utf8Text.encode("a\ud800b")).containsExactly(0x61, 0xEF, 0xBF, 0xBD, 0x62);
    assertThat(Utf8Text.encode("\udc00")).containsExactly(0xEF, 0xBF, 0xBD);
  }

  @Test
  void well_formed_text_is_plain_utf8() {
    String text = "é€😀 ok";
    assertThat(Utf8Text.encode(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_request_body_with_a_lone_surrogate_has_the_replacement_bytes() {
    FetchRequest request = FetchRequest.builder("http://x/").method("POST").body("x\ud83d").build();
    assertThat(request.bodyLength()).isEqualTo(4);
  }

  @Test
  void decoding_replaces_each_maximal_invalid_subpart_as_fetch_text_does() {
    byte[] loneSurrogate = {0x61, (byte) 0xED, (byte) 0xA0, (byte) 0x80, 0x62};
    assertThat(Utf8Text.decode(loneSurrogate)).isEqualTo("a\ufffd\ufffd\ufffdb");
    byte[] truncated = {0x61, (byte) 0xE2, (byte) 0x82};
    assertThat(Utf8Text.decode(truncated)).isEqualTo("a\ufffd");
    byte[] badStart = {(byte) 0xFF, (byte) 0xC0, (byte) 0x80, 0x41, (byte) 0xF0, (byte) 0x9F, 0x41};
    assertThat(Utf8Text.decode(badStart)).isEqualTo("\ufffd\ufffd\ufffdA\ufffdA");
  }

  @Test
  void decoding_well_formed_bytes_is_plain_utf8() {
    String text = "é€😀 ok";
    assertThat(Utf8Text.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void a_response_text_reads_wtf8_bytes_as_three_replacement_characters() {
    FetchResponse response = FetchResponse.builder().status(200).body(new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80}).build();
    assertThat(response.text()).isEqualTo("\ufffd\ufffd\ufffd");
  }
}
