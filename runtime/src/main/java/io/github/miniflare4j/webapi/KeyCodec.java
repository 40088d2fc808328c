package io.github.miniflare4j.webapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/** Decoding and encoding of asymmetric keys: SPKI, PKCS #8, raw points and JWK, through JCA. */
final class KeyCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** DER prefix of an Ed25519 SubjectPublicKeyInfo, followed by the 32-byte key. */
  private static final byte[] ED25519_SPKI = hex("302a300506032b6570032100");

  /** DER prefix of an Ed25519 PKCS #8 PrivateKeyInfo, followed by the 32-byte seed. */
  private static final byte[] ED25519_PKCS8 = hex("302e020100300506032b657004220420");

  /** DER prefix of an X25519 SubjectPublicKeyInfo, followed by the 32-byte key. */
  private static final byte[] X25519_SPKI = hex("302a300506032b656e032100");

  /** DER prefix of an X25519 PKCS #8 PrivateKeyInfo, followed by the 32-byte scalar. */
  private static final byte[] X25519_PKCS8 = hex("302e020100300506032b656e04220420");

  private KeyCodec() {}

  /** The JCA standard name of a Web Crypto curve. */
  static String jcaCurve(String curve) {
    return switch (curve) {
      case "P-256" -> "secp256r1";
      case "P-384" -> "secp384r1";
      case "P-521" -> "secp521r1";
      default -> throw new CryptoFailure("NotSupportedError", "Unrecognized or unimplemented EC curve \"" + curve + "\" requested.");
    };
  }

  static KeyFactory factory(String kind) throws GeneralSecurityException {
    return KeyFactory.getInstance(kind.equals("OKP") ? "Ed25519" : kind);  // "X25519" is its own name
  }

  static PublicKey spki(String kind, byte[] der) {
    return spki(kind, null, der);
  }

  /**
   * An SPKI public key of the kind; DER of another kind of key fails as workerd words it ("Input
   * was not an RSA key."), DER of no key as "Invalid SPKI input.".
   *
   * @param name the WebCrypto algorithm name (ECDH words a wrong kind differently), or null
   */
  static PublicKey spki(String kind, String name, byte[] der) {
    try {
      return factory(kind).generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      byte[] crossed = otherCurve25519(kind, der, ED25519_SPKI, X25519_SPKI);
      if (crossed != null) {
        try {
          return factory(kind).generatePublic(new X509EncodedKeySpec(crossed));
        } catch (GeneralSecurityException | RuntimeException again) {
          throw CryptoFailure.data("Invalid SPKI input.");
        }
      }
      for (String other : OTHER_KINDS) {
        if (parses(() -> factory(other).generatePublic(new X509EncodedKeySpec(der)))) {
          throw CryptoFailure.data(wrongKind(kind, name));
        }
      }
      throw CryptoFailure.data("Invalid SPKI input.");
    }
  }

  static PrivateKey pkcs8(String kind, byte[] der) {
    return pkcs8(kind, null, der);
  }

  /** A PKCS #8 private key of the kind; DER of another kind of key fails as {@link #spki(String, String, byte[])} says. */
  static PrivateKey pkcs8(String kind, String name, byte[] der) {
    try {
      return factory(kind).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      byte[] crossed = otherCurve25519(kind, der, ED25519_PKCS8, X25519_PKCS8);
      if (crossed != null) {
        try {
          return factory(kind).generatePrivate(new PKCS8EncodedKeySpec(crossed));
        } catch (GeneralSecurityException | RuntimeException again) {
          throw CryptoFailure.data("Invalid PKCS8 input.");
        }
      }
      for (String other : OTHER_KINDS) {
        if (parses(() -> factory(other).generatePrivate(new PKCS8EncodedKeySpec(der)))) {
          throw CryptoFailure.data(wrongKind(kind, name));
        }
      }
      throw CryptoFailure.data("Invalid PKCS8 input.");
    }
  }

  private static final String[] OTHER_KINDS = {"RSA", "EC", "OKP", "X25519"};

  /**
   * workerd imports the SPKI or PKCS #8 of an X25519 key as an Ed25519 key and the other way round
   * (the 32 bytes of the key, whatever the algorithm's OID says; recorded): the DER re-headed with
   * the kind's own prefix ({@code ed25519} or {@code x25519}, by the kind), or null for anything else.
   */
  private static byte[] otherCurve25519(String kind, byte[] der, byte[] ed25519, byte[] x25519) {
    byte[] own = kind.equals("OKP") ? ed25519 : kind.equals("X25519") ? x25519 : null;
    byte[] other = kind.equals("OKP") ? x25519 : ed25519;
    if (own == null || der.length != other.length + 32
        || !Arrays.equals(Arrays.copyOf(der, other.length), other)) {
      return null;
    }
    return concat(own, Arrays.copyOfRange(der, other.length, der.length));
  }

  private static boolean parses(java.util.concurrent.Callable<?> decode) {
    try {
      decode.call();
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static String wrongKind(String kind, String name) {
    return switch (kind) {
      case "RSA" -> "Input was not an RSA key.";
      case "EC" -> "ECDH".equals(name) ? "Input was not an EC public key nor a DH key." : "Input was not an EC key.";
      default -> "Invalid SPKI input.";
    };
  }

  /** The public half of an imported private key, when JCA can derive it cheaply (RSA); else null. */
  static PublicKey publicOf(PrivateKey key) {
    try {
      if (key instanceof RSAPrivateCrtKey r) {
        return factory("RSA").generatePublic(new RSAPublicKeySpec(r.getModulus(), r.getPublicExponent()));
      }
      return null;
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  /**
   * The public half of a PKCS #8-imported EC or Ed25519 private key, computed from its private
   * scalar or seed ({@link CurvePoints}, a few milliseconds), else {@link #publicOf}.
   */
  static PublicKey derivePublic(PrivateKey key) {
    try {
      if (key instanceof ECPrivateKey ec) {
        ECPoint w = CurvePoints.ecMultiply(ec.getParams(), ec.getS());
        return factory("EC").generatePublic(new ECPublicKeySpec(w, ec.getParams()));
      }
      if (key instanceof EdECPrivateKey ed && ed.getBytes().isPresent()) {
        return ed25519Raw(CurvePoints.ed25519PublicKey(ed.getBytes().get()));
      }
      if (key instanceof java.security.interfaces.XECPrivateKey) {
        // the public key is the scalar times the base point u = 9: an agreement with the base point
        PublicKey base = factory("X25519").generatePublic(new java.security.spec.XECPublicKeySpec(
            java.security.spec.NamedParameterSpec.X25519, BigInteger.valueOf(9)));
        javax.crypto.KeyAgreement agreement = javax.crypto.KeyAgreement.getInstance("XDH");
        agreement.init(key);
        agreement.doPhase(base, true);
        return x25519Raw(agreement.generateSecret());
      }
      return publicOf(key);
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  static ECParameterSpec ecParameters(String curve) throws GeneralSecurityException {
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
    parameters.init(new ECGenParameterSpec(jcaCurve(curve)));
    return parameters.getParameterSpec(ECParameterSpec.class);
  }

  static int fieldSize(ECParameterSpec spec) {
    return (spec.getCurve().getField().getFieldSize() + 7) / 8;
  }

  /** An uncompressed point ({@code 04 || x || y}) on the named curve. */
  static PublicKey ecRaw(String curve, byte[] point) {
    try {
      ECParameterSpec spec = ecParameters(curve);
      int size = fieldSize(spec);
      if (point.length == 1 + size && (point[0] == 2 || point[0] == 3)) {
        return factory("EC").generatePublic(new ECPublicKeySpec(decompress(spec, point), spec));
      }
      if (point.length != 1 + 2 * size || point[0] != 4) {
        throw CryptoFailure.data("Failed to import raw EC key data: Invalid point encoding..");
      }
      ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 1 + size)),
          new BigInteger(1, Arrays.copyOfRange(point, 1 + size, point.length)));
      return factory("EC").generatePublic(new ECPublicKeySpec(w, spec));
    } catch (GeneralSecurityException e) {
      throw CryptoFailure.data("Failed to import raw EC key data: Invalid point encoding..");
    }
  }

  /**
   * The point of a compressed encoding ({@code 02|03 || x}): y is the square root of x^3 + ax + b
   * whose parity the prefix names (the NIST primes are 3 mod 4, so the root is a power).
   */
  private static ECPoint decompress(ECParameterSpec spec, byte[] point) {
    BigInteger p = ((java.security.spec.ECFieldFp) spec.getCurve().getField()).getP();
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, point.length));
    BigInteger right = x.pow(3).add(spec.getCurve().getA().multiply(x)).add(spec.getCurve().getB()).mod(p);
    BigInteger y = right.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
    if (x.compareTo(p) >= 0 || !y.modPow(BigInteger.TWO, p).equals(right)) {
      throw CryptoFailure.data("Failed to import raw EC key data: Invalid point encoding..");
    }
    if (y.testBit(0) != (point[0] == 3)) {
      y = p.subtract(y);
    }
    return new ECPoint(x, y);
  }

  static byte[] ecPoint(ECPublicKey key) {
    int size = fieldSize(key.getParams());
    byte[] out = new byte[1 + 2 * size];
    out[0] = 4;
    System.arraycopy(fixed(key.getW().getAffineX(), size), 0, out, 1, size);
    System.arraycopy(fixed(key.getW().getAffineY(), size), 0, out, 1 + size, size);
    return out;
  }

  static byte[] fixed(BigInteger value, int size) {
    byte[] bytes = AsymmetricKey.unsigned(value);
    if (bytes.length == size) {
      return bytes;
    }
    byte[] out = new byte[size];
    System.arraycopy(bytes, Math.max(0, bytes.length - size), out, Math.max(0, size - bytes.length), Math.min(size, bytes.length));
    return out;
  }

  static PublicKey ed25519Raw(byte[] raw) {
    if (raw.length != 32) {
      throw CryptoFailure.data("Ed25519 raw keys must be exactly 32-bytes (provided " + raw.length + ").");
    }
    return spki("OKP", concat(ED25519_SPKI, raw));
  }

  static PublicKey x25519Raw(byte[] raw) {
    if (raw.length != 32) {
      throw CryptoFailure.data("X25519 raw keys must be exactly 32-bytes (provided " + raw.length + ").");
    }
    return spki("X25519", concat(X25519_SPKI, raw));
  }

  /** Decodes a JWK's key material; {@code publicOnly[0]} tells whether it had no private part. */
  static java.security.Key[] jwk(String kind, String curve, String json) {
    JsonNode jwk;
    try {
      jwk = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw CryptoFailure.data("Invalid JSON Web Key.");
    }
    try {
      switch (kind) {
        case "RSA": {
          BigInteger n = big(jwk, "n", "Invalid RSA key in JSON Web Key; missing or invalid Modulus parameter (\"n\").");
          BigInteger e = big(jwk, "e", "Invalid RSA key in JSON Web Key; missing or invalid Exponent parameter (\"e\").");
          KeyFactory f = factory("RSA");
          PublicKey pub = f.generatePublic(new RSAPublicKeySpec(n, e));
          if (!jwk.has("d")) {
            return new java.security.Key[] {pub, pub};
          }
          String missing = "Invalid RSA key in JSON Web Key; missing or invalid private key parameter.";
          int factors = 0;
          for (String member : new String[] {"p", "q", "dp", "dq", "qi"}) {
            factors += jwk.has(member) ? 1 : 0;
          }
          if (factors > 0 && factors < 5) {
            throw CryptoFailure.data("Invalid RSA private key in JSON Web Key; if one Prime Factor or CRT Exponent/Coefficient "
                + "parameter is present, then they must all be present (\"p\", \"q\", \"dp\", \"dq\", \"qi\").");
          }
          if (factors == 0) {
            // "d" alone is a private key too (workerd, recorded)
            return new java.security.Key[] {f.generatePrivate(new java.security.spec.RSAPrivateKeySpec(n, big(jwk, "d", missing))), pub};
          }
          PrivateKey priv = f.generatePrivate(new RSAPrivateCrtKeySpec(n, e, big(jwk, "d", missing),
              big(jwk, "p", missing), big(jwk, "q", missing), big(jwk, "dp", missing), big(jwk, "dq", missing), big(jwk, "qi", missing)));
          return new java.security.Key[] {priv, pub};
        }
        case "EC": {
          // the requested curve decides, whatever the JWK's "crv" says (workerd, recorded)
          ECParameterSpec spec = ecParameters(curve);
          ECPoint point = new ECPoint(big(jwk, "x", "Invalid EC key in JSON Web Key; missing \"x\"."),
              big(jwk, "y", "Invalid EC key in JSON Web Key; missing \"y\"."));
          if (!onCurve(spec, point)) {
            throw CryptoFailure.operation("Invalid EC key; public key coordinates \"x\" and \"y\" are invalid: Point is not on curve..");
          }
          KeyFactory f = factory("EC");
          PublicKey pub = f.generatePublic(new ECPublicKeySpec(point, spec));
          if (!jwk.has("d")) {
            return new java.security.Key[] {pub, pub};
          }
          BigInteger d = big(jwk, "d", "Invalid EC key in JSON Web Key; missing or invalid private key component (\"d\").");
          if (!point.equals(CurvePoints.ecMultiply(spec, d))) {
            throw CryptoFailure.data("Invalid EC key in JSON Web Key");
          }
          PrivateKey priv = f.generatePrivate(new ECPrivateKeySpec(d, spec));
          return new java.security.Key[] {priv, pub};
        }
        case "X25519": {
          String bad = "Invalid X25519 key in JSON Web Key; missing or invalid key parameter.";
          PublicKey pub = x25519Raw(bytes(jwk, "x", bad));
          if (!jwk.has("d")) {
            return new java.security.Key[] {pub, pub};
          }
          PrivateKey priv = pkcs8("X25519", concat(X25519_PKCS8, bytes(jwk, "d", bad)));
          return new java.security.Key[] {priv, pub};
        }
        default: {
          String bad = "Invalid Ed25519 key in JSON Web Key; missing or invalid key parameter.";
          PublicKey pub = ed25519Raw(bytes(jwk, "x", bad));
          if (!jwk.has("d")) {
            return new java.security.Key[] {pub, pub};
          }
          PrivateKey priv = pkcs8("OKP", concat(ED25519_PKCS8, bytes(jwk, "d", bad)));
          return new java.security.Key[] {priv, pub};
        }
      }
    } catch (GeneralSecurityException e) {
      throw CryptoFailure.data("Invalid " + kind + " key in JSON Web Key: " + e.getMessage());
    }
  }

  static java.security.KeyPair generate(String kind, String curve, int modulusLength, byte[] exponent) {
    try {
      switch (kind) {
        case "RSA": {
          KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
          try {
            g.initialize(new RSAKeyGenParameterSpec(modulusLength, new BigInteger(1, exponent)));
          } catch (GeneralSecurityException e) {
            // a size or exponent the generator refuses: workerd's (BoringSSL's) generic failure
            throw CryptoFailure.operation("RSA operation failed.");
          }
          return g.generateKeyPair();
        }
        case "EC": {
          KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
          g.initialize(new ECGenParameterSpec(jcaCurve(curve)));
          return g.generateKeyPair();
        }
        case "X25519":
          return KeyPairGenerator.getInstance("X25519").generateKeyPair();
        default:
          return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      }
    } catch (GeneralSecurityException e) {
      throw CryptoFailure.operation("Key generation failed: " + e.getMessage());
    }
  }

  /** Whether a point lies on a prime curve: y^2 = x^3 + ax + b (mod p), both coordinates below p. */
  private static boolean onCurve(ECParameterSpec spec, ECPoint point) {
    BigInteger p = ((java.security.spec.ECFieldFp) spec.getCurve().getField()).getP();
    BigInteger x = point.getAffineX();
    BigInteger y = point.getAffineY();
    if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
      return false;
    }
    BigInteger right = x.pow(3).add(spec.getCurve().getA().multiply(x)).add(spec.getCurve().getB()).mod(p);
    return y.modPow(BigInteger.TWO, p).equals(right);
  }

  private static BigInteger big(JsonNode jwk, String field, String message) {
    return new BigInteger(1, bytes(jwk, field, message));
  }

  private static byte[] bytes(JsonNode jwk, String field, String message) {
    JsonNode node = jwk.get(field);
    if (node == null || !node.isTextual()) {
      throw CryptoFailure.data(message);
    }
    try {
      return Base64.getUrlDecoder().decode(node.asText());
    } catch (IllegalArgumentException e) {
      throw CryptoFailure.data(message);
    }
  }

  static String toJson(Map<String, String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] hex(String hex) {
    return java.util.HexFormat.of().parseHex(hex);
  }
}
