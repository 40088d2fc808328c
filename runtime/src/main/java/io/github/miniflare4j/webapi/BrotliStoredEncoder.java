package io.github.miniflare4j.webapi;

import java.io.ByteArrayOutputStream;

/**
 * Writes a valid Brotli stream (RFC 7932) made of uncompressed meta-blocks: every Brotli decoder
 * reads it back, but it is a few bytes larger than its input. The JDK has no Brotli encoder and
 * no pure-Java one is published; a deliberate deviation from workerd, whose output is compressed.
 */
final class BrotliStoredEncoder {

  /** The window size written in the stream header (lgwin 22, Brotli's default). */
  private static final int LGWIN = 22;
  /** Bytes per meta-block: MLEN - 1 fits four nibbles. */
  private static final int BLOCK = 1 << 16;

  private long bits;
  private int bitCount;
  private final ByteArrayOutputStream out;

  private BrotliStoredEncoder(int capacity) {
    out = new ByteArrayOutputStream(capacity);
  }

  /** The Brotli stream holding {@code data}. */
  static byte[] encode(byte[] data) {
    BrotliStoredEncoder encoder = new BrotliStoredEncoder(data.length + data.length / BLOCK * 4 + 8);
    // WBITS for 18..24: a 1, then lgwin - 17 in three bits
    encoder.write(1, 1);
    encoder.write(LGWIN - 17, 3);
    for (int offset = 0; offset < data.length; offset += BLOCK) {
      int length = Math.min(BLOCK, data.length - offset);
      encoder.write(0, 1); // ISLAST: an uncompressed meta-block is never the last one
      encoder.write(0, 2); // MNIBBLES - 4 = 0
      encoder.write(length - 1, 16);
      encoder.write(1, 1); // ISUNCOMPRESSED
      encoder.alignToByte();
      encoder.out.write(data, offset, length);
    }
    encoder.write(1, 1); // ISLAST
    encoder.write(1, 1); // ISLASTEMPTY
    encoder.alignToByte();
    return encoder.out.toByteArray();
  }

  /** Appends the low {@code count} bits of {@code value}, least significant first. */
  private void write(int value, int count) {
    bits |= ((long) value & ((1L << count) - 1)) << bitCount;
    bitCount += count;
    while (bitCount >= 8) {
      out.write((int) (bits & 0xff));
      bits >>>= 8;
      bitCount -= 8;
    }
  }

  private void alignToByte() {
    if (bitCount > 0) {
      write(0, 8 - bitCount);
    }
  }
}
