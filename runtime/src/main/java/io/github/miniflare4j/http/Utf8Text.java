package io.github.miniflare4j.http;

import io.github.miniflare4j.interop.WhatwgUtf8;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text to UTF-8 bytes as fetch() encodes a string body: a lone surrogate becomes U+FFFD (three
 * bytes), where {@link String#getBytes} would write a single {@code ?} (recorded with Node's fetch).
 * And bytes to text as fetch's {@code text()} decodes them (the WHATWG UTF-8 decoder): each maximal
 * invalid subpart becomes one U+FFFD, so the WTF-8 bytes of a lone surrogate (ED A0 80) read as
 * three, where {@code new String(bytes, UTF_8)} gives one.
 */
final class Utf8Text {

  private static final byte[] REPLACEMENT_CHARACTER = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  private Utf8Text() {}

  static byte[] encode(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return encodeReplacingLoneSurrogates(text);
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] encodeReplacingLoneSurrogates(String text) {
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(REPLACEMENT_CHARACTER);
    try {
      ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("UTF-8 encoding with replacement cannot fail", e);
    }
  }

  static String decode(byte[] bytes) {
    return WhatwgUtf8.decode(bytes);
  }
}
