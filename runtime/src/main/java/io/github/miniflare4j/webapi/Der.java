package io.github.miniflare4j.webapi;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The little DER that key encodings need: one tag-length-value element written or read at a
 * time (definite lengths only). Malformed input throws {@link IllegalArgumentException}.
 */
final class Der {

  static final int INTEGER = 0x02;
  static final int BIT_STRING = 0x03;
  static final int OCTET_STRING = 0x04;
  static final int NULL = 0x05;
  static final int OID = 0x06;
  static final int SEQUENCE = 0x30;

  /** One element: its tag and its content bytes. */
  record Element(int tag, byte[] content) {
    /** The elements inside this constructed element. */
    List<Element> children() {
      return Der.readAll(content);
    }
  }

  private Der() {}

  /** Encodes one element whose content is the concatenation of {@code parts}. */
  static byte[] tlv(int tag, byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      content.writeBytes(part);
    }
    int length = content.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = length > 0xffff ? 3 : length > 0xff ? 2 : 1;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write((length >>> (8 * i)) & 0xff);
      }
    }
    out.writeBytes(content.toByteArray());
    return out.toByteArray();
  }

  /** The first element of {@code der}, which must be exactly one element. */
  static Element read(byte[] der) {
    List<Element> all = readAll(der);
    if (all.size() != 1) {
      throw new IllegalArgumentException("expected one DER element, found " + all.size());
    }
    return all.get(0);
  }

  /** The consecutive elements making up {@code der}. */
  static List<Element> readAll(byte[] der) {
    List<Element> out = new ArrayList<>();
    int i = 0;
    while (i < der.length) {
      if (i + 2 > der.length) {
        throw new IllegalArgumentException("truncated DER");
      }
      int tag = der[i++] & 0xff;
      int length = der[i++] & 0xff;
      if (length >= 0x80) {
        int bytes = length & 0x7f;
        if (bytes == 0 || bytes > 3 || i + bytes > der.length) {
          throw new IllegalArgumentException("bad DER length");
        }
        length = 0;
        for (int k = 0; k < bytes; k++) {
          length = (length << 8) | (der[i++] & 0xff);
        }
      }
      if (i + length > der.length) {
        throw new IllegalArgumentException("truncated DER");
      }
      out.add(new Element(tag, Arrays.copyOfRange(der, i, i + length)));
      i += length;
    }
    return out;
  }

  /** A BIT STRING's content: no unused bits, then {@code bytes}. */
  static byte[] bitString(byte[] bytes) {
    byte[] content = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, content, 1, bytes.length);
    return tlv(BIT_STRING, content);
  }

  /** The bytes of a BIT STRING element's content (its unused-bits byte dropped). */
  static byte[] bitStringBytes(Element element) {
    if (element.tag() != BIT_STRING || element.content().length == 0) {
      throw new IllegalArgumentException("expected a BIT STRING");
    }
    return Arrays.copyOfRange(element.content(), 1, element.content().length);
  }
}
