package io.github.miniflare4j.webapi;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;

/**
 * The public point of a private key, for the curves whose JCA private keys do not carry it
 * (EC and Ed25519 keys imported as PKCS #8): JWK export needs {@code x} (and {@code y}).
 *
 * <p>Plain affine double-and-add over {@link BigInteger}: a few milliseconds per key, and not
 * constant-time. It only ever derives the public half of a key the worker already holds, inside
 * a test emulator; signing and verifying stay with JCA.
 */
final class CurvePoints {

  /** The field prime of Ed25519, 2^255 - 19. */
  private static final BigInteger ED_P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));

  /** Ed25519's curve constant d = -121665 / 121666 (RFC 8032, section 5.1). */
  private static final BigInteger ED_D =
      BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(ED_P)).mod(ED_P);

  /** Ed25519's base point (RFC 8032, section 5.1). */
  private static final BigInteger[] ED_BASE = {
    new BigInteger("15112221349535400772501151409588531511454012693041857206046113283949847762202"),
    new BigInteger("46316835694926478169428394003475163141307993866256225615783033603165251855960")
  };

  private CurvePoints() {}

  /** {@code scalar * G} on the short Weierstrass prime curve of {@code params}. */
  static ECPoint ecMultiply(ECParameterSpec params, BigInteger scalar) {
    BigInteger p = ((ECFieldFp) params.getCurve().getField()).getP();
    BigInteger a = params.getCurve().getA();
    ECPoint result = ECPoint.POINT_INFINITY;
    ECPoint g = params.getGenerator();
    for (int i = scalar.bitLength() - 1; i >= 0; i--) {
      result = ecAdd(result, result, p, a);
      if (scalar.testBit(i)) {
        result = ecAdd(result, g, p, a);
      }
    }
    return result;
  }

  private static ECPoint ecAdd(ECPoint q, ECPoint r, BigInteger p, BigInteger a) {
    if (q.equals(ECPoint.POINT_INFINITY)) {
      return r;
    }
    if (r.equals(ECPoint.POINT_INFINITY)) {
      return q;
    }
    BigInteger x1 = q.getAffineX();
    BigInteger y1 = q.getAffineY();
    BigInteger x2 = r.getAffineX();
    BigInteger y2 = r.getAffineY();
    BigInteger slope;
    if (x1.equals(x2)) {
      if (y1.add(y2).mod(p).signum() == 0) {
        return ECPoint.POINT_INFINITY;
      }
      BigInteger three = BigInteger.valueOf(3);
      slope = x1.pow(2).multiply(three).add(a).multiply(y1.shiftLeft(1).modInverse(p)).mod(p);
    } else {
      slope = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
    }
    BigInteger x3 = slope.pow(2).subtract(x1).subtract(x2).mod(p);
    BigInteger y3 = slope.multiply(x1.subtract(x3)).subtract(y1).mod(p);
    return new ECPoint(x3, y3);
  }

  /** The 32-byte Ed25519 public key of a 32-byte private seed (RFC 8032, section 5.1.5). */
  static byte[] ed25519PublicKey(byte[] seed) {
    byte[] h;
    try {
      h = MessageDigest.getInstance("SHA-512").digest(seed);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-512", e);
    }
    h[0] &= (byte) 248;
    h[31] &= 127;
    h[31] |= 64;
    BigInteger scalar = new BigInteger(1, littleEndian(h, 32));
    BigInteger[] point = {BigInteger.ZERO, BigInteger.ONE};
    for (int i = scalar.bitLength() - 1; i >= 0; i--) {
      point = edAdd(point, point);
      if (scalar.testBit(i)) {
        point = edAdd(point, ED_BASE);
      }
    }
    byte[] encoded = littleEndian(KeyCodec.fixed(point[1], 32), 32);
    if (point[0].testBit(0)) {
      encoded[31] |= (byte) 0x80;
    }
    return encoded;
  }

  /** The complete addition law of the twisted Edwards curve -x^2 + y^2 = 1 + d x^2 y^2. */
  private static BigInteger[] edAdd(BigInteger[] q, BigInteger[] r) {
    BigInteger xx = q[0].multiply(r[0]);
    BigInteger yy = q[1].multiply(r[1]);
    BigInteger dxxyy = ED_D.multiply(xx).multiply(yy).mod(ED_P);
    BigInteger x = q[0].multiply(r[1]).add(q[1].multiply(r[0]))
        .multiply(BigInteger.ONE.add(dxxyy).modInverse(ED_P)).mod(ED_P);
    BigInteger y = yy.add(xx).multiply(BigInteger.ONE.subtract(dxxyy).mod(ED_P).modInverse(ED_P)).mod(ED_P);
    return new BigInteger[] {x, y};
  }

  /** The first {@code length} bytes of {@code bytes}, reversed. */
  private static byte[] littleEndian(byte[] bytes, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = bytes[length - 1 - i];
    }
    return out;
  }
}
