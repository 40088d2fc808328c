package io.github.miniflare4j.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** JSON written as text reads back as what was meant, and matches what Jackson writes. */
class JsonTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void quotedStringsAreWhatJacksonWritesAndReadBackUnchanged() throws Exception {
    for (String text : new String[] {"", "plain", "q\"uote", "back\\slash", "\u0000\u0001\u001f", "\b\t\n\f\r",
        "é ü \u2028 \uD83D\uDE00", "</script>"}) {
      assertThat(JsonText.quote(text)).isEqualTo(JSON.writeValueAsString(text));
      assertThat(JSON.readTree(JsonText.quote(text))).isEqualTo(TextNode.valueOf(text));
    }
  }

  @Test
  void compactingDropsWhitespaceBetweenTokensOnly() throws Exception {
    String json = "{\n  \"a\" : [ 1, 2 ],\t\"b\": { \"c\": \"x y\\\" z\" },\r\n \"d\": \"\\\\\" }";

    assertThat(JsonText.compact(json)).isEqualTo("{\"a\":[1,2],\"b\":{\"c\":\"x y\\\" z\"},\"d\":\"\\\\\"}");
    assertThat(JSON.readTree(JsonText.compact(json))).isEqualTo(JSON.readTree(json));
  }
}
