package io.github.miniflare4j.htmlrewriter.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The rewritten bytes waiting to be handed to JavaScript. Strings are encoded in the document's
 * charset; characters it cannot represent become numeric character references, as lol-html's
 * encoder writes them.
 */
final class Output {

  private final Charset charset;
  private final boolean utf8;
  private final CharsetEncoder encoder;
  private byte[] data = new byte[1024];
  private int length;
  private boolean enabled = true;

  Output(Charset charset) {
    this.charset = charset;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.encoder = utf8 ? null : charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** While disabled (inside removed content) everything written is dropped. */
  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  boolean enabled() {
    return enabled;
  }

  void raw(byte[] bytes, int off, int len) {
    if (!enabled || len <= 0) {
      return;
    }
    ensure(len);
    System.arraycopy(bytes, off, data, length, len);
    length += len;
  }

  void raw(byte[] bytes) {
    raw(bytes, 0, bytes.length);
  }

  /** Inserted content: written as is when HTML, else with {@code <}, {@code >}, {@code &} escaped. */
  void content(Content c) {
    string(c.html() ? c.text() : escapeText(c.text()));
  }

  void contents(List<Content> contents) {
    for (Content c : contents) {
      content(c);
    }
  }

  void string(String s) {
    if (!enabled || s.isEmpty()) {
      return;
    }
    raw(encode(s));
  }

  /** The bytes of {@code s} in the document's charset. */
  byte[] encode(String s) {
    if (utf8) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    try {
      ByteBuffer bb = encoder.reset().encode(CharBuffer.wrap(s));
      return Arrays.copyOfRange(bb.array(), bb.position(), bb.limit());
    } catch (CharacterCodingException e) {
      StringBuilder b = new StringBuilder();
      s.codePoints().forEach(cp -> {
        String ch = new String(Character.toChars(cp));
        if (encoder.reset().canEncode(ch)) {
          b.append(ch);
        } else {
          b.append("&#").append(cp).append(';');
        }
      });
      return b.toString().getBytes(charset);
    }
  }

  /** Whether {@code s} can be written without character references. */
  boolean canEncode(String s) {
    return utf8 || encoder.reset().canEncode(s);
  }

  int size() {
    return length;
  }

  /** Everything written since the last call. */
  ByteBuffer take() {
    ByteBuffer out = ByteBuffer.wrap(Arrays.copyOf(data, length));
    length = 0;
    if (data.length > 64 * 1024) {
      data = new byte[1024];
    }
    return out;
  }

  private void ensure(int more) {
    if (length + more > data.length) {
      data = Arrays.copyOf(data, Math.max(data.length * 2, length + more));
    }
  }

  static String escapeText(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : null;
      if (rep != null) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(rep);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  static String escapeQuotes(String s) {
    return s.indexOf('"') < 0 ? s : s.replace("\"", "&quot;");
  }
}
