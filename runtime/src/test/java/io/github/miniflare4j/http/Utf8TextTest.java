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
}
