package io.github.miniflare4j.engine;

import java.nio.charset.StandardCharsets;

/**
 * Header values as they cross between a worker and Java. On the wire a header value is bytes:
 * workerd writes a value as UTF-8 and reads the bytes it gets as UTF-8 (a malformed sequence
 * becomes U+FFFD), while Node's Miniflare (undici) reads and writes each byte as one character
 * (latin1). So a Java caller sees what a Node caller sees: a worker's {@code "é"} arrives as
 * {@code "Ã©"}, and a value Java sends is its latin1 bytes read as UTF-8 ({@code "Ã©"} reaches
 * the worker as {@code "é"}, a lone {@code "é"} as U+FFFD). Values in ASCII, nearly all of
 * them, pass unchanged without a copy.
 */
final class HeaderBytes {

  private HeaderBytes() {}

  /**
   * A value a worker set, as Java reads it: its UTF-8 bytes, one character per byte.
   *
   * @param value the worker's value
   * @return the value as a Node caller of Miniflare reads it
   */
  static String toJava(String value) {
    return isAscii(value) ? value : new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /**
   * A value Java sends, as the worker reads it: one byte per character, read as UTF-8. A value
   * holding a character beyond U+00FF has no such bytes (Node refuses it); it passes as it is.
   *
   * @param value the value Java gave
   * @return the value as workerd reads its bytes
   */
  static String toWorker(String value) {
    if (isAscii(value)) {
      return value;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0xFF) {
        return value;
      }
    }
    return new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private static boolean isAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
