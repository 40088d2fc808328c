package io.github.miniflare4j.images.internal;

import java.io.ByteArrayOutputStream;

/**
 * A minimal lossless WebP (VP8L) encoder, since the JDK has none: no transforms, no colour cache,
 * no backward references; every channel is a literal under a fixed 8-bit prefix code (a constant
 * alpha channel costs no bits). Files are about as large as raw pixels, but any WebP decoder
 * reads them.
 */
final class WebpLosslessEncoder {

  /** The largest side a VP8L header can state. */
  static final int MAX_SIDE = 16384;

  /** The order in which code length code lengths are written (VP8L specification). */
  private static final int[] CODE_LENGTH_ORDER = {17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

  private WebpLosslessEncoder() {}

  /**
   * Encodes an image.
   *
   * @param pixels the image, at most {@link #MAX_SIDE} pixels a side
   * @return the bytes of a RIFF WebP file with one {@code VP8L} chunk
   */
  static byte[] encode(Pixels pixels) {
    BitWriter bits = new BitWriter();
    bits.write(0x2F, 8);
    bits.write(pixels.width() - 1, 14);
    bits.write(pixels.height() - 1, 14);
    bits.write(pixels.alpha() ? 1 : 0, 1);
    bits.write(0, 3); // version
    bits.write(0, 1); // no transform
    bits.write(0, 1); // no colour cache
    bits.write(0, 1); // no meta prefix codes
    writeEightBitCode(bits, 280); // green + 24 length prefixes (unused)
    writeEightBitCode(bits, 256); // red
    writeEightBitCode(bits, 256); // blue
    if (pixels.alpha()) {
      writeEightBitCode(bits, 256);
    } else {
      writeSingleSymbolCode(bits, 255);
    }
    writeSingleSymbolCode(bits, 0); // distance (unused)
    for (int argb : pixels.argb()) {
      writeLiteral(bits, (argb >>> 8) & 0xFF);
      writeLiteral(bits, (argb >>> 16) & 0xFF);
      writeLiteral(bits, argb & 0xFF);
      if (pixels.alpha()) {
        writeLiteral(bits, argb >>> 24);
      }
    }
    byte[] chunk = bits.toByteArray();
    int padded = chunk.length + (chunk.length & 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream(padded + 20);
    out.writeBytes(new byte[] {'R', 'I', 'F', 'F'});
    writeInt32(out, 4 + 8 + padded);
    out.writeBytes(new byte[] {'W', 'E', 'B', 'P', 'V', 'P', '8', 'L'});
    writeInt32(out, chunk.length);
    out.writeBytes(chunk);
    if ((chunk.length & 1) == 1) {
      out.write(0);
    }
    return out.toByteArray();
  }

  /** A normal prefix code giving the first 256 symbols length 8 and the rest none. */
  private static void writeEightBitCode(BitWriter bits, int alphabetSize) {
    bits.write(0, 1); // normal code
    bits.write(12 - 4, 4); // code length code lengths up to symbol 8 in the written order
    for (int i = 0; i < 12; i++) {
      int symbol = CODE_LENGTH_ORDER[i];
      bits.write(symbol == 0 || symbol == 8 ? 1 : 0, 3);
    }
    bits.write(0, 1); // max_symbol = alphabet size
    // code length code: symbol 0 is the code "0", symbol 8 the code "1"
    for (int s = 0; s < alphabetSize; s++) {
      bits.write(s < 256 ? 1 : 0, 1);
    }
  }

  /** A simple prefix code of one 8-bit symbol: reading it takes no bits. */
  private static void writeSingleSymbolCode(BitWriter bits, int symbol) {
    bits.write(1, 1); // simple code
    bits.write(0, 1); // one symbol
    bits.write(1, 1); // written on 8 bits
    bits.write(symbol, 8);
  }

  /** Symbol {@code value} of the 8-bit canonical code: its bits, most significant first. */
  private static void writeLiteral(BitWriter bits, int value) {
    bits.write(Integer.reverse(value) >>> 24, 8);
  }

  private static void writeInt32(ByteArrayOutputStream out, int value) {
    out.write(value);
    out.write(value >>> 8);
    out.write(value >>> 16);
    out.write(value >>> 24);
  }

  /** Packs bits least significant first, as VP8L reads them. */
  private static final class BitWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long buffer;
    private int used;

    void write(int value, int count) {
      buffer |= ((long) value & ((1L << count) - 1)) << used;
      used += count;
      while (used >= 8) {
        out.write((int) (buffer & 0xFF));
        buffer >>>= 8;
        used -= 8;
      }
    }

    byte[] toByteArray() {
      if (used > 0) {
        out.write((int) (buffer & 0xFF));
        buffer = 0;
        used = 0;
      }
      return out.toByteArray();
    }
  }
}
