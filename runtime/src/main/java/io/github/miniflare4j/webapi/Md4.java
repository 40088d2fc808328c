package io.github.miniflare4j.webapi;

import java.security.MessageDigest;

/**
 * MD4 (RFC 1320), which workerd's {@code createHash("md4")} offers and the JDK does not. Written
 * from the RFC; cloneable, as {@code hash.copy()} needs.
 */
final class Md4 extends MessageDigest implements Cloneable {

  private int[] state = new int[4];
  private byte[] block = new byte[64];
  private int blockLength;
  private long totalLength;

  Md4() {
    super("MD4");
    engineReset();
  }

  @Override
  protected void engineReset() {
    state = new int[] {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    block = new byte[64];
    blockLength = 0;
    totalLength = 0;
  }

  @Override
  protected void engineUpdate(byte input) {
    block[blockLength++] = input;
    totalLength++;
    if (blockLength == 64) {
      process(block);
      blockLength = 0;
    }
  }

  @Override
  protected void engineUpdate(byte[] input, int offset, int length) {
    for (int i = 0; i < length; i++) {
      engineUpdate(input[offset + i]);
    }
  }

  @Override
  protected byte[] engineDigest() {
    long bits = totalLength * 8;
    engineUpdate((byte) 0x80);
    while (blockLength != 56) {
      engineUpdate((byte) 0);
    }
    for (int i = 0; i < 8; i++) {
      engineUpdate((byte) (bits >>> (8 * i)));
    }
    byte[] out = new byte[16];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        out[i * 4 + j] = (byte) (state[i] >>> (8 * j));
      }
    }
    engineReset();
    return out;
  }

  @Override
  protected int engineGetDigestLength() {
    return 16;
  }

  @Override
  public Object clone() throws CloneNotSupportedException {
    Md4 copy = (Md4) super.clone();
    copy.state = state.clone();
    copy.block = block.clone();
    return copy;
  }

  private void process(byte[] data) {
    int[] x = new int[16];
    for (int i = 0; i < 16; i++) {
      x[i] = (data[i * 4] & 0xff) | (data[i * 4 + 1] & 0xff) << 8 | (data[i * 4 + 2] & 0xff) << 16 | (data[i * 4 + 3] & 0xff) << 24;
    }
    int a = state[0];
    int b = state[1];
    int c = state[2];
    int d = state[3];
    int[] s1 = {3, 7, 11, 19};
    for (int i = 0; i < 16; i++) {
      int f = (b & c) | (~b & d);
      int t = Integer.rotateLeft(a + f + x[i], s1[i % 4]);
      a = d;
      d = c;
      c = b;
      b = t;
    }
    int[] order2 = {0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15};
    int[] s2 = {3, 5, 9, 13};
    for (int i = 0; i < 16; i++) {
      int g = (b & c) | (b & d) | (c & d);
      int t = Integer.rotateLeft(a + g + x[order2[i]] + 0x5a827999, s2[i % 4]);
      a = d;
      d = c;
      c = b;
      b = t;
    }
    int[] order3 = {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15};
    int[] s3 = {3, 9, 11, 15};
    for (int i = 0; i < 16; i++) {
      int h = b ^ c ^ d;
      int t = Integer.rotateLeft(a + h + x[order3[i]] + 0x6ed9eba1, s3[i % 4]);
      a = d;
      d = c;
      c = b;
      b = t;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
  }
}
