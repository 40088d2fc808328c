package io.github.miniflare4j.interop;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes to text as the Encoding Standard's decoder (and so workerd) reads them: every
 * maximal invalid subpart becomes one U+FFFD, so the WTF-8 bytes of a lone surrogate (ED A0 80)
 * give three, where the JDK's decoder gives one.
 */
public final class WhatwgUtf8 {

  private static final char REPLACEMENT = '\uFFFD';

  private WhatwgUtf8() {}

  /**
   * Decodes {@code bytes}; well-formed input costs one JDK decode.
   *
   * @param bytes UTF-8 bytes, possibly malformed
   * @return the text, malformed parts replaced as the Encoding Standard does
   */
  public static String decode(byte[] bytes) {
    String fast = new String(bytes, StandardCharsets.UTF_8);
    return fast.indexOf(REPLACEMENT) < 0 ? fast : decodeSlowly(bytes);
  }

  /**
   * The bytes workerd stores for a JavaScript string: UTF-8, each lone surrogate as its own
   * three-byte sequence (WTF-8, ED A0 80 for U+D800), where the JDK's encoder writes {@code ?}.
   *
   * @param text any string
   * @return its WTF-8 bytes
   */
  public static byte[] encodeWtf8(String text) {
    if (!hasLoneSurrogate(text)) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() * 3);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        out.write(cp);
      } else if (cp < 0x800) {
        out.write(0xC0 | cp >> 6);
        out.write(0x80 | cp & 0x3F);
      } else if (cp < 0x10000) {
        out.write(0xE0 | cp >> 12);
        out.write(0x80 | cp >> 6 & 0x3F);
        out.write(0x80 | cp & 0x3F);
      } else {
        out.write(0xF0 | cp >> 18);
        out.write(0x80 | cp >> 12 & 0x3F);
        out.write(0x80 | cp >> 6 & 0x3F);
        out.write(0x80 | cp & 0x3F);
      }
    }
    return out.toByteArray();
  }

  /**
   * The string a JavaScript string reads back as after a trip through workerd's UTF-8 storage
   * (its WTF-8 bytes decoded): every lone surrogate becomes three U+FFFD.
   *
   * @param text any string
   * @return {@code text} itself when it has no lone surrogate
   */
  public static String roundTrip(String text) {
    return hasLoneSurrogate(text) ? decode(encodeWtf8(text)) : text;
  }

  /**
   * Whether {@code text} holds a surrogate that is not half of a pair.
   *
   * @param text any string
   * @return {@code true} when UTF-8 cannot represent it
   */
  public static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  private static String decodeSlowly(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    int codePoint = 0;
    int needed = 0;
    int seen = 0;
    int lower = 0x80;
    int upper = 0xBF;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (needed == 0) {
        if (b <= 0x7F) {
          out.append((char) b);
        } else if (b >= 0xC2 && b <= 0xDF) {
          needed = 1;
          codePoint = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
          lower = b == 0xE0 ? 0xA0 : 0x80;
          upper = b == 0xED ? 0x9F : 0xBF;
          needed = 2;
          codePoint = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
          lower = b == 0xF0 ? 0x90 : 0x80;
          upper = b == 0xF4 ? 0x8F : 0xBF;
          needed = 3;
          codePoint = b & 0x07;
        } else {
          out.append(REPLACEMENT);
        }
        continue;
      }
      if (b < lower || b > upper) {
        // the byte ends the broken sequence and is read again on its own
        codePoint = 0;
        needed = 0;
        seen = 0;
        lower = 0x80;
        upper = 0xBF;
        out.append(REPLACEMENT);
        i--;
        continue;
      }
      lower = 0x80;
      upper = 0xBF;
      codePoint = (codePoint << 6) | (b & 0x3F);
      seen++;
      if (seen == needed) {
        out.appendCodePoint(codePoint);
        codePoint = 0;
        needed = 0;
        seen = 0;
      }
    }
    if (needed != 0) {
      out.append(REPLACEMENT);
    }
    return out.toString();
  }
}
