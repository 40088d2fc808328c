package io.github.miniflare4j.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WhatwgUtf8Test {

  private static String decode(int... bytes) {
    byte[] data = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      data[i] = (byte) bytes[i];
    }
    return WhatwgUtf8.decode(data);
  }

  @Test
  void well_formed_text_is_decoded_as_is() {
    String text = "héllo ✓ \uD83D\uDE00 \uFFFD";
    assertThat(WhatwgUtf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void a_lone_surrogate_in_wtf8_gives_three_replacement_characters() {
    assertThat(decode(0x78, 0xED, 0xA0, 0x80, 0x79)).isEqualTo("x\uFFFD\uFFFD\uFFFDy");
  }

  @Test
  void a_truncated_sequence_gives_one_replacement_character_and_the_next_byte_is_read_again() {
    assertThat(decode(0xE2, 0x9C, 0x41)).isEqualTo("\uFFFDA");
    assertThat(decode(0xF0, 0x9F, 0x98)).isEqualTo("\uFFFD");
    assertThat(decode(0xC0, 0xAF)).isEqualTo("\uFFFD\uFFFD");
    assertThat(decode(0xF4, 0x90, 0x80, 0x80)).isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD");
  }

  @Test
  void wtf8_keeps_each_lone_surrogate_as_its_own_three_bytes_and_pairs_as_four() {
    assertThat(WhatwgUtf8.encodeWtf8("a\uD800b")).containsExactly(0x61, 0xED, 0xA0, 0x80, 0x62);
    assertThat(WhatwgUtf8.encodeWtf8("\uDC00\uD800")).containsExactly(0xED, 0xB0, 0x80, 0xED, 0xA0, 0x80);
    assertThat(WhatwgUtf8.encodeWtf8("\uD83D\uDE00é")).isEqualTo("\uD83D\uDE00é".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_round_trip_turns_each_lone_surrogate_into_three_replacement_characters() {
    assertThat(WhatwgUtf8.roundTrip("q\uDFFF\uD83D\uDE00")).isEqualTo("q\uFFFD\uFFFD\uFFFD\uD83D\uDE00");
    assertThat(WhatwgUtf8.hasLoneSurrogate("\uD83D\uDE00")).isFalse();
    assertThat(WhatwgUtf8.hasLoneSurrogate("\uD83D")).isTrue();
  }
}
