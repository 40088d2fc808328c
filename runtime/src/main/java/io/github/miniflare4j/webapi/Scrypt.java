package io.github.miniflare4j.webapi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** scrypt (RFC 7914) over PBKDF2-HMAC-SHA256 and Salsa20/8; the JDK has no scrypt. */
final class Scrypt {

  private Scrypt() {}

  /**
   * Derives {@code length} bytes.
   *
   * @param n the CPU/memory cost, a power of two greater than 1
   * @param r the block size
   * @param p the parallelization
   */
  static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int length) {
    byte[] b = SecretKeyOps.pbkdf2("SHA-256", password, salt, 1, p * 128 * r * 8);
    int[] x = new int[32 * r];
    int[] v = new int[32 * r * n];
    for (int i = 0; i < p; i++) {
      mix(b, i * 128 * r, r, n, v, x);
    }
    return SecretKeyOps.pbkdf2("SHA-256", password, b, 1, length * 8);
  }

  private static void mix(byte[] b, int offset, int r, int n, int[] v, int[] x) {
    int words = 32 * r;
    ByteBuffer in = ByteBuffer.wrap(b, offset, 128 * r).order(ByteOrder.LITTLE_ENDIAN);
    for (int k = 0; k < words; k++) {
      x[k] = in.getInt();
    }
    int[] scratch = new int[words];
    for (int i = 0; i < n; i++) {
      System.arraycopy(x, 0, v, i * words, words);
      blockMix(x, scratch, r);
    }
    for (int i = 0; i < n; i++) {
      int j = x[(2 * r - 1) * 16] & (n - 1);
      for (int k = 0; k < words; k++) {
        x[k] ^= v[j * words + k];
      }
      blockMix(x, scratch, r);
    }
    ByteBuffer out = ByteBuffer.wrap(b, offset, 128 * r).order(ByteOrder.LITTLE_ENDIAN);
    for (int k = 0; k < words; k++) {
      out.putInt(x[k]);
    }
  }

  private static void blockMix(int[] b, int[] y, int r) {
    int[] t = new int[16];
    System.arraycopy(b, (2 * r - 1) * 16, t, 0, 16);
    for (int i = 0; i < 2 * r; i++) {
      for (int k = 0; k < 16; k++) {
        t[k] ^= b[i * 16 + k];
      }
      salsa8(t);
      // even blocks first, then odd ones
      int dest = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
      System.arraycopy(t, 0, y, dest, 16);
    }
    System.arraycopy(y, 0, b, 0, 32 * r);
  }

  private static void salsa8(int[] b) {
    int[] x = b.clone();
    for (int i = 0; i < 8; i += 2) {
      x[4] ^= Integer.rotateLeft(x[0] + x[12], 7);
      x[8] ^= Integer.rotateLeft(x[4] + x[0], 9);
      x[12] ^= Integer.rotateLeft(x[8] + x[4], 13);
      x[0] ^= Integer.rotateLeft(x[12] + x[8], 18);
      x[9] ^= Integer.rotateLeft(x[5] + x[1], 7);
      x[13] ^= Integer.rotateLeft(x[9] + x[5], 9);
      x[1] ^= Integer.rotateLeft(x[13] + x[9], 13);
      x[5] ^= Integer.rotateLeft(x[1] + x[13], 18);
      x[14] ^= Integer.rotateLeft(x[10] + x[6], 7);
      x[2] ^= Integer.rotateLeft(x[14] + x[10], 9);
      x[6] ^= Integer.rotateLeft(x[2] + x[14], 13);
      x[10] ^= Integer.rotateLeft(x[6] + x[2], 18);
      x[3] ^= Integer.rotateLeft(x[15] + x[11], 7);
      x[7] ^= Integer.rotateLeft(x[3] + x[15], 9);
      x[11] ^= Integer.rotateLeft(x[7] + x[3], 13);
      x[15] ^= Integer.rotateLeft(x[11] + x[7], 18);
      x[1] ^= Integer.rotateLeft(x[0] + x[3], 7);
      x[2] ^= Integer.rotateLeft(x[1] + x[0], 9);
      x[3] ^= Integer.rotateLeft(x[2] + x[1], 13);
      x[0] ^= Integer.rotateLeft(x[3] + x[2], 18);
      x[6] ^= Integer.rotateLeft(x[5] + x[4], 7);
      x[7] ^= Integer.rotateLeft(x[6] + x[5], 9);
      x[4] ^= Integer.rotateLeft(x[7] + x[6], 13);
      x[5] ^= Integer.rotateLeft(x[4] + x[7], 18);
      x[11] ^= Integer.rotateLeft(x[10] + x[9], 7);
      x[8] ^= Integer.rotateLeft(x[11] + x[10], 9);
      x[9] ^= Integer.rotateLeft(x[8] + x[11], 13);
      x[10] ^= Integer.rotateLeft(x[9] + x[8], 18);
      x[12] ^= Integer.rotateLeft(x[15] + x[14], 7);
      x[13] ^= Integer.rotateLeft(x[12] + x[15], 9);
      x[14] ^= Integer.rotateLeft(x[13] + x[12], 13);
      x[15] ^= Integer.rotateLeft(x[14] + x[13], 18);
    }
    for (int i = 0; i < 16; i++) {
      b[i] += x[i];
    }
  }
}
