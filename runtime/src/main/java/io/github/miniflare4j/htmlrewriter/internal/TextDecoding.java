package io.github.miniflare4j.htmlrewriter.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the text lexemes of one text node into the chunks text handlers see, splitting as
 * lol-html's decoder does: the first lexeme of a node whole when it decodes cleanly, later ones
 * (and anything after a sequence cut by a chunk boundary) in pieces of at most 1024 UTF-8
 * bytes; the node ends with a last, usually empty, chunk.
 */
final class TextDecoding {

  /** lol-html's decoding buffer. */
  static final int PIECE = 1024;

  private final Charset charset;
  private final boolean utf8;
  private final CharsetDecoder decoder;
  private boolean pending;
  private byte[] carry = new byte[0];

  TextDecoding(Charset charset) {
    this.charset = charset;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  /** Whether a text node is open (a last chunk is owed). */
  boolean pending() {
    return pending;
  }

  /** The chunks of one text lexeme; never the last chunk of the node. */
  List<String> feed(byte[] b, int start, int end) {
    List<String> pieces = new ArrayList<>(2);
    int s = start;
    if (!pending) {
      int valid = utf8 ? utf8ValidPrefix(b, start, end) : asciiPrefix(b, start, end);
      pending = true;
      decoder.reset();
      if (valid == end - start) {
        pieces.add(new String(b, start, end - start, charset));
        return pieces;
      }
      if (valid >= PIECE) {
        pieces.add(new String(b, start, valid, charset));
        s = start + valid;
      }
    }
    byte[] input = new byte[carry.length + end - s];
    System.arraycopy(carry, 0, input, 0, carry.length);
    System.arraycopy(b, s, input, carry.length, end - s);
    ByteBuffer in = ByteBuffer.wrap(input);
    CharBuffer chars = CharBuffer.allocate(input.length + 2);
    decoder.decode(in, chars, false);
    carry = Arrays.copyOfRange(input, in.position(), input.length);
    chars.flip();
    split(chars.toString(), pieces);
    return pieces;
  }

  /** Ends the open text node: its last chunk (a replacement character for a cut sequence). */
  String finish() {
    ByteBuffer in = ByteBuffer.wrap(carry);
    CharBuffer chars = CharBuffer.allocate(carry.length + 4);
    decoder.decode(in, chars, true);
    decoder.flush(chars);
    chars.flip();
    carry = new byte[0];
    pending = false;
    return chars.toString();
  }

  private static void split(String text, List<String> pieces) {
    int start = 0;
    int bytes = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + n > PIECE) {
        pieces.add(text.substring(start, i));
        start = i;
        bytes = 0;
      }
      bytes += n;
      i += Character.charCount(cp);
    }
    if (i > start) {
      pieces.add(text.substring(start, i));
    }
  }

  private static int asciiPrefix(byte[] b, int start, int end) {
    int i = start;
    while (i < end && b[i] >= 0) {
      i++;
    }
    return i - start;
  }

  /** The length of the longest prefix that is complete, valid UTF-8. */
  static int utf8ValidPrefix(byte[] b, int start, int end) {
    int i = start;
    while (i < end) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xc2 && c <= 0xdf) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        n = 3;
        min = 0x10000;
      } else {
        break;
      }
      if (i + n >= end) {
        break;
      }
      int cp = c & (n == 1 ? 0x1f : n == 2 ? 0x0f : 0x07);
      boolean ok = true;
      for (int k = 1; k <= n; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          ok = false;
          break;
        }
        cp = cp << 6 | cc & 0x3f;
      }
      if (!ok || cp < min || cp > 0x10ffff || cp >= 0xd800 && cp <= 0xdfff) {
        break;
      }
      i += n + 1;
    }
    return i - start;
  }
}
