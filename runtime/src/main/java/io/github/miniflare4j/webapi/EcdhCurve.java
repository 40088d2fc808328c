package io.github.miniflare4j.webapi;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;

/**
 * One of the prime curves {@code crypto.createECDH} knows (OpenSSL's names {@code secp224r1},
 * {@code prime256v1}, {@code secp384r1}, {@code secp521r1}; all {@code y^2 = x^3 - 3x + b}), with
 * the point arithmetic ECDH needs: public keys from private ones, shared secrets and SEC 1 point
 * encodings. Plain affine arithmetic over {@link BigInteger}: an emulator's keys, not constant time.
 */
final class EcdhCurve {

  private static final Map<String, EcdhCurve> CURVES = Map.of(
      "secp224r1", new EcdhCurve(
          "ffffffffffffffffffffffffffffffff000000000000000000000001",
          "b4050a850c04b3abf54132565044b0b7d7bfd8ba270b39432355ffb4",
          "b70e0cbd6bb4bf7f321390b94a03c1d356c21122343280d6115c1d21",
          "bd376388b5f723fb4c22dfe6cd4375a05a07476444d5819985007e34",
          "ffffffffffffffffffffffffffff16a2e0b8f03e13dd29455c5c2a3d"),
      "prime256v1", new EcdhCurve(
          "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
          "5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b",
          "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296",
          "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5",
          "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551"),
      "secp384r1", new EcdhCurve(
          "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff",
          "b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef",
          "aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7",
          "3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f",
          "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973"),
      "secp521r1", new EcdhCurve(
          "01ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
          "0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00",
          "00c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3dbaa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66",
          "011839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e662c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650",
          "01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409"));

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final BigInteger THREE = BigInteger.valueOf(3);

  private final BigInteger p;
  private final BigInteger b;
  private final BigInteger[] g;
  private final BigInteger n;
  private final int fieldBytes;

  private EcdhCurve(String p, String b, String gx, String gy, String n) {
    this.p = new BigInteger(p, 16);
    this.b = new BigInteger(b, 16);
    this.g = new BigInteger[] {new BigInteger(gx, 16), new BigInteger(gy, 16)};
    this.n = new BigInteger(n, 16);
    this.fieldBytes = (this.p.bitLength() + 7) / 8;
  }

  /** The curve of an OpenSSL curve name, or {@code null}. */
  static EcdhCurve named(String name) {
    return CURVES.get(name);
  }

  /** A new random private key, 1 to n-1, as its minimal big-endian bytes. */
  byte[] randomPrivateKey() {
    BigInteger d;
    do {
      d = new BigInteger(n.bitLength(), RANDOM);
    } while (d.signum() == 0 || d.compareTo(n) >= 0);
    return minimal(d);
  }

  /** Whether {@code key} (big-endian) is a valid private key: 1 to n-1. */
  boolean validPrivateKey(byte[] key) {
    BigInteger d = new BigInteger(1, key);
    return d.signum() > 0 && d.compareTo(n) < 0;
  }

  /** The public point of a valid private key, encoded ({@code compressed} or uncompressed). */
  byte[] publicKey(byte[] privateKey, boolean compressed) {
    return encode(multiply(g, new BigInteger(1, privateKey)), compressed);
  }

  /** The x coordinate of {@code privateKey} times the decoded {@code peer}, field-sized; null when {@code peer} is no point. */
  byte[] sharedSecret(byte[] privateKey, byte[] peer) {
    BigInteger[] point = decode(peer);
    if (point == null) {
      return null;
    }
    BigInteger[] shared = multiply(point, new BigInteger(1, privateKey));
    return shared == null ? null : fixed(shared[0]);
  }

  /** {@code key} re-encoded; null when it is no point of this curve. */
  byte[] convert(byte[] key, boolean compressed) {
    BigInteger[] point = decode(key);
    return point == null ? null : encode(point, compressed);
  }

  /** The point of a SEC 1 encoding (uncompressed, compressed or hybrid) on this curve, or null. */
  BigInteger[] decode(byte[] data) {
    if (data.length == 0) {
      return null;
    }
    int tag = data[0];
    BigInteger x;
    BigInteger y;
    if ((tag == 2 || tag == 3) && data.length == 1 + fieldBytes) {
      x = new BigInteger(1, Arrays.copyOfRange(data, 1, data.length));
      if (x.compareTo(p) >= 0) {
        return null;
      }
      y = sqrt(x.pow(3).subtract(x.multiply(THREE)).add(b).mod(p));
      if (y == null) {
        return null;
      }
      if (y.testBit(0) != (tag == 3)) {
        y = p.subtract(y).mod(p);
      }
    } else if ((tag == 4 || tag == 6 || tag == 7) && data.length == 1 + 2 * fieldBytes) {
      x = new BigInteger(1, Arrays.copyOfRange(data, 1, 1 + fieldBytes));
      y = new BigInteger(1, Arrays.copyOfRange(data, 1 + fieldBytes, data.length));
      if (tag != 4 && y.testBit(0) != (tag == 7)) {
        return null;
      }
    } else {
      return null;
    }
    BigInteger[] point = {x, y};
    return onCurve(point) ? point : null;
  }

  private boolean onCurve(BigInteger[] point) {
    BigInteger x = point[0];
    BigInteger y = point[1];
    if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
      return false;
    }
    return y.multiply(y).subtract(x.pow(3).subtract(x.multiply(THREE)).add(b)).mod(p).signum() == 0;
  }

  private byte[] encode(BigInteger[] point, boolean compressed) {
    byte[] x = fixed(point[0]);
    if (compressed) {
      byte[] out = new byte[1 + fieldBytes];
      out[0] = (byte) (point[1].testBit(0) ? 3 : 2);
      System.arraycopy(x, 0, out, 1, fieldBytes);
      return out;
    }
    byte[] out = new byte[1 + 2 * fieldBytes];
    out[0] = 4;
    System.arraycopy(x, 0, out, 1, fieldBytes);
    System.arraycopy(fixed(point[1]), 0, out, 1 + fieldBytes, fieldBytes);
    return out;
  }

  private byte[] fixed(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[fieldBytes];
    int length = Math.min(raw.length, fieldBytes);
    System.arraycopy(raw, raw.length - length, out, fieldBytes - length, length);
    return out;
  }

  /** The minimal big-endian bytes of a non-negative number (OpenSSL's BN_bn2bin). */
  static byte[] minimal(BigInteger value) {
    byte[] raw = value.toByteArray();
    return raw.length > 1 && raw[0] == 0 ? Arrays.copyOfRange(raw, 1, raw.length) : raw;
  }

  /** k times point (null is the point at infinity), double-and-add. */
  private BigInteger[] multiply(BigInteger[] point, BigInteger k) {
    BigInteger[] result = null;
    for (int i = k.bitLength() - 1; i >= 0; i--) {
      result = add(result, result);
      if (k.testBit(i)) {
        result = add(result, point);
      }
    }
    return result;
  }

  private BigInteger[] add(BigInteger[] a, BigInteger[] c) {
    if (a == null) {
      return c;
    }
    if (c == null) {
      return a;
    }
    BigInteger lambda;
    if (a[0].equals(c[0])) {
      if (!a[1].equals(c[1]) || a[1].signum() == 0) {
        return null;
      }
      lambda = a[0].pow(2).multiply(THREE).subtract(THREE).multiply(a[1].shiftLeft(1).modInverse(p)).mod(p);
    } else {
      lambda = c[1].subtract(a[1]).multiply(c[0].subtract(a[0]).modInverse(p)).mod(p);
    }
    BigInteger x = lambda.pow(2).subtract(a[0]).subtract(c[0]).mod(p);
    BigInteger y = lambda.multiply(a[0].subtract(x)).subtract(a[1]).mod(p);
    return new BigInteger[] {x, y};
  }

  /** A square root of {@code value} modulo p (Tonelli-Shanks), or null when there is none. */
  private BigInteger sqrt(BigInteger value) {
    if (value.signum() == 0) {
      return value;
    }
    BigInteger pMinus1 = p.subtract(BigInteger.ONE);
    if (!value.modPow(pMinus1.shiftRight(1), p).equals(BigInteger.ONE)) {
      return null;
    }
    if (p.testBit(1)) {
      return value.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
    }
    int s = pMinus1.getLowestSetBit();
    BigInteger q = pMinus1.shiftRight(s);
    BigInteger z = BigInteger.TWO;
    while (z.modPow(pMinus1.shiftRight(1), p).equals(BigInteger.ONE)) {
      z = z.add(BigInteger.ONE);
    }
    BigInteger c = z.modPow(q, p);
    BigInteger r = value.modPow(q.add(BigInteger.ONE).shiftRight(1), p);
    BigInteger t = value.modPow(q, p);
    int m = s;
    while (!t.equals(BigInteger.ONE)) {
      int i = 0;
      BigInteger t2 = t;
      while (!t2.equals(BigInteger.ONE)) {
        t2 = t2.multiply(t2).mod(p);
        i++;
      }
      BigInteger bb = c.modPow(BigInteger.ONE.shiftLeft(m - i - 1), p);
      r = r.multiply(bb).mod(p);
      c = bb.multiply(bb).mod(p);
      t = t.multiply(c).mod(p);
      m = i;
    }
    return r;
  }
}
