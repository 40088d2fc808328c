package io.github.miniflare4j.images.internal;

import java.nio.charset.StandardCharsets;

/**
 * What an image's bytes are, told from their signature as sharp (libvips) tells it, and the
 * dimensions its header declares, read without decoding the pixels (so that {@code info()} works
 * for WebP, which the JDK cannot decode).
 *
 * @param name sharp's format name ({@code jpeg}, {@code png}, {@code gif}, {@code webp},
 *     {@code svg}, {@code heif}, {@code tiff}), or {@code null} when sharp reads no such image
 * @param width the width from the header, or 0 when unknown
 * @param height the height from the header, or 0 when unknown
 */
record ImageFormat(String name, int width, int height) {

  /** How far into a text file sharp looks for an {@code <svg} element. */
  private static final int SVG_SNIFF_BYTES = 1000;

  /**
   * Sniffs the format and header dimensions.
   *
   * @param b the image bytes, not empty
   * @return the format; {@code name() == null} when sharp would refuse the bytes
   */
  static ImageFormat of(byte[] b) {
    if (starts(b, 0, 0x89, 'P', 'N', 'G') && b.length >= 24) {
      return new ImageFormat("png", int32(b, 16), int32(b, 20));
    }
    if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
      return jpeg(b);
    }
    if (starts(b, 0, 'G', 'I', 'F', '8') && b.length >= 10) {
      return new ImageFormat("gif", u16le(b, 6), u16le(b, 8));
    }
    if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
      return webp(b);
    }
    if (starts(b, 4, 'f', 't', 'y', 'p')) {
      return new ImageFormat("heif", 0, 0);
    }
    if (starts(b, 0, 'I', 'I', 42, 0) || starts(b, 0, 'M', 'M', 0, 42)) {
      return new ImageFormat("tiff", 0, 0);
    }
    String head = new String(b, 0, Math.min(b.length, SVG_SNIFF_BYTES), StandardCharsets.UTF_8);
    if (head.contains("<svg")) {
      return new ImageFormat("svg", 0, 0);
    }
    return new ImageFormat(null, 0, 0);
  }

  /**
   * The MIME type {@code info()} reports, or {@code null} for formats Miniflare refuses.
   *
   * @return {@code image/<format>} for JPEG, SVG, PNG, WebP, GIF and AVIF
   */
  String mimeType() {
    if (name == null) {
      return null;
    }
    return switch (name) {
      case "jpeg", "png", "webp", "gif", "avif" -> "image/" + name;
      case "svg" -> "image/svg+xml";
      default -> null;
    };
  }

  private static ImageFormat jpeg(byte[] b) {
    int i = 2;
    while (i + 9 < b.length) {
      if ((b[i] & 0xFF) != 0xFF) {
        i++;
        continue;
      }
      int marker = b[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++;
        continue;
      }
      boolean startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (startOfFrame) {
        return new ImageFormat("jpeg", u16be(b, i + 7), u16be(b, i + 5));
      }
      if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
        i += 2;
        continue;
      }
      i += 2 + u16be(b, i + 2);
    }
    return new ImageFormat("jpeg", 0, 0);
  }

  private static ImageFormat webp(byte[] b) {
    if (starts(b, 12, 'V', 'P', '8', ' ') && b.length >= 30) {
      return new ImageFormat("webp", u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF);
    }
    if (starts(b, 12, 'V', 'P', '8', 'L') && b.length >= 25) {
      int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
      return new ImageFormat("webp", (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
    }
    if (starts(b, 12, 'V', 'P', '8', 'X') && b.length >= 30) {
      return new ImageFormat("webp", u24le(b, 24) + 1, u24le(b, 27) + 1);
    }
    return new ImageFormat("webp", 0, 0);
  }

  private static boolean starts(byte[] b, int at, int... signature) {
    if (b.length < at + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((b[at + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static int int32(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
  }

  private static int u16be(byte[] b, int at) {
    return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
  }

  private static int u16le(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int u24le(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
  }
}
