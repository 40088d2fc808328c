package io.github.miniflare4j.webapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.interop.JsBytes;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Makes the asymmetric keys of {@code node:crypto}: {@code createPublicKey} and {@code
 * createPrivateKey} from PEM, DER or JWK, and {@code generateKeyPair}. A key that does not parse
 * fails with workerd's message ({@code Failed to parse public key}); the JavaScript side checks
 * argument types first. Stateless.
 */
public final class NodeKeys {

  /** A failure whose error class and message are what workerd throws. */
  public static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The error class workerd throws, e.g. {@code TypeError}. */
    private final String errorName;

    Failure(String errorName, String message) {
      super(message, null, false, false);
      this.errorName = errorName;
    }

    /**
     * The JavaScript error class to throw: {@code Error}, {@code TypeError} or {@code RangeError}.
     *
     * @return the class name
     */
    @HostAccess.Export
    public String errorName() {
      return errorName;
    }

    /**
     * The message workerd gives.
     *
     * @return the message
     */
    @HostAccess.Export
    public String errorMessage() {
      return getMessage();
    }
  }

  /** A curve Node.js can name, with its names and DER object identifier. */
  record Curve(String openSsl, String jwk, String jca, byte[] oid) { }

  private static final List<Curve> CURVES = List.of(
      new Curve("prime256v1", "P-256", "secp256r1", Der.tlv(Der.OID, HexFormat.of().parseHex("2a8648ce3d030107"))),
      new Curve("secp384r1", "P-384", "secp384r1", Der.tlv(Der.OID, HexFormat.of().parseHex("2b81040022"))),
      new Curve("secp521r1", "P-521", "secp521r1", Der.tlv(Der.OID, HexFormat.of().parseHex("2b81040023"))));

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] KEY_ALGORITHMS = {"RSA", "EC", "Ed25519", "X25519"};

  /** The factory, for one worker. */
  public NodeKeys() {}

  /** The curve of EC parameters, by field size (the JDK knows no other curves of these sizes). */
  static Curve curveOf(ECParameterSpec params) {
    int bits = params.getCurve().getField().getFieldSize();
    return CURVES.get(bits <= 256 ? 0 : bits <= 384 ? 1 : 2);
  }

  /** A curve by any of Node's names for it ({@code P-256}, {@code prime256v1}, {@code secp256r1}). */
  private static Curve curveNamed(String name) {
    for (Curve c : CURVES) {
      if (c.openSsl().equalsIgnoreCase(name) || c.jwk().equalsIgnoreCase(name) || c.jca().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Parses a key given as PEM text or DER bytes.
   *
   * @param data the key: PEM text (a string or its bytes) or DER bytes
   * @param format {@code "pem"} or {@code "der"}
   * @param type the DER structure ({@code spki}, {@code pkcs1}, {@code pkcs8}, {@code sec1}), null
   *     for PEM
   * @param wantPrivate {@code true} for createPrivateKey; a public key from a private one otherwise
   * @return the key object
   */
  @HostAccess.Export
  public NodeKeyObject parse(Value data, String format, String type, boolean wantPrivate) {
    String failure = wantPrivate ? "Failed to parse private key" : "Failed to parse public key";
    try {
      byte[] bytes = data.isString() ? data.asString().getBytes(java.nio.charset.StandardCharsets.UTF_8) : JsBytes.bytesOrNull(data);
      NodeKeyObject key = "pem".equals(format) ? fromPem(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1), wantPrivate)
          : fromDer(bytes, type, wantPrivate);
      if (key == null) {
        throw new Failure("Error", failure);
      }
      return wantPrivate ? key : key.publicHalf();
    } catch (Failure f) {
      throw f;
    } catch (RuntimeException | GeneralSecurityException e) {
      throw new Failure("Error", failure);
    }
  }

  private static NodeKeyObject fromPem(String text, boolean wantPrivate) throws GeneralSecurityException {
    int begin = text.indexOf("-----BEGIN ");
    if (begin < 0) {
      return null;
    }
    int labelEnd = text.indexOf("-----", begin + 11);
    String label = text.substring(begin + 11, labelEnd);
    int end = text.indexOf("-----END " + label + "-----", labelEnd);
    if (end < 0) {
      return null;
    }
    byte[] der = Base64.getMimeDecoder().decode(text.substring(labelEnd + 5, end));
    return switch (label) {
      case "PUBLIC KEY" -> wantPrivate ? null : fromDer(der, "spki", false);
      case "RSA PUBLIC KEY" -> wantPrivate ? null : fromDer(der, "pkcs1", false);
      case "CERTIFICATE" -> wantPrivate ? null : publicKey(CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der)).getPublicKey());
      case "PRIVATE KEY" -> fromDer(der, "pkcs8", true);
      case "RSA PRIVATE KEY" -> fromDer(der, "pkcs1", true);
      case "EC PRIVATE KEY" -> fromDer(der, "sec1", true);
      default -> null;
    };
  }

  private static NodeKeyObject fromDer(byte[] der, String type, boolean isPrivate) {
    if (type == null) {
      return null;
    }
    if (!isPrivate) {
      return switch (type) {
        case "spki" -> publicKey(decode(new X509EncodedKeySpec(der)));
        case "pkcs1" -> publicKey(decode(new X509EncodedKeySpec(NodeKeyObject.rsaSpki(der))));
        default -> null;
      };
    }
    byte[] pkcs8 = switch (type) {
      case "pkcs8" -> der;
      case "pkcs1" -> NodeKeyObject.rsaPkcs8(der);
      case "sec1" -> NodeKeyObject.ecPkcs8(der);
      default -> null;
    };
    return pkcs8 == null ? null : privateKey((PrivateKey) decode(new PKCS8EncodedKeySpec(pkcs8)));
  }

  /** The key in the first algorithm whose factory accepts the encoding, or null. */
  private static Key decode(java.security.spec.EncodedKeySpec spec) {
    for (String algorithm : KEY_ALGORITHMS) {
      try {
        KeyFactory factory = KeyFactory.getInstance(algorithm);
        return spec instanceof X509EncodedKeySpec x ? factory.generatePublic(x) : factory.generatePrivate(spec);
      } catch (GeneralSecurityException | RuntimeException wrongAlgorithm) {
        // try the next one
      }
    }
    return null;
  }

  private static NodeKeyObject publicKey(Key key) {
    return key instanceof PublicKey p ? new NodeKeyObject(p, p) : null;
  }

  private static NodeKeyObject privateKey(PrivateKey key) {
    return key == null ? null : new NodeKeyObject(key, KeyCodec.derivePublic(key));
  }

  /**
   * Parses a JSON Web Key (RSA, EC on P-256/384/521, OKP Ed25519).
   *
   * @param json the JWK as JSON text
   * @param wantPrivate {@code true} for createPrivateKey (the JWK must have {@code d})
   * @return the key object
   */
  @HostAccess.Export
  public NodeKeyObject jwk(String json, boolean wantPrivate) {
    JsonNode jwk;
    try {
      jwk = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new Failure("TypeError", "Invalid JWK data");
    }
    String kty = jwk.path("kty").asText("");
    String kind = switch (kty) {
      case "RSA", "EC" -> kty;
      case "OKP" -> {
        if (!"Ed25519".equals(jwk.path("crv").asText())) {
          throw new Failure("TypeError", "Unsupported JWK EC curve: " + jwk.path("crv").asText() + ".");
        }
        yield "OKP";
      }
      default -> throw new Failure("TypeError", "Unsupported JWK key type");
    };
    String curve = null;
    if (kind.equals("EC")) {
      Curve c = curveNamed(jwk.path("crv").asText(""));
      if (c == null) {
        throw new Failure("TypeError", "Unsupported JWK EC curve: " + jwk.path("crv").asText() + ".");
      }
      curve = c.jwk();
    }
    if (wantPrivate && !jwk.has("d")) {
      throw new Failure("TypeError", "Invalid JWK private key");
    }
    Key[] keys;
    try {
      keys = KeyCodec.jwk(kind, curve, json);
    } catch (CryptoFailure e) {
      throw new Failure("TypeError", "Invalid JWK " + kind + " key");
    }
    PublicKey pub = (PublicKey) keys[1];
    return wantPrivate ? new NodeKeyObject(keys[0], pub) : new NodeKeyObject(pub, pub);
  }

  /**
   * Generates a key pair, as {@code generateKeyPairSync} does.
   *
   * @param type {@code rsa}, {@code ec}, {@code ed25519} or {@code x25519} (checked by the caller)
   * @param modulusLength the RSA modulus length in bits
   * @param publicExponent the RSA public exponent
   * @param namedCurve the EC curve, by any of Node's names
   * @return {public, private}
   */
  @HostAccess.Export
  public NodeKeyObject[] generate(String type, int modulusLength, double publicExponent, String namedCurve) {
    try {
      KeyPair pair;
      switch (type) {
        case "rsa" -> {
          KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
          g.initialize(new RSAKeyGenParameterSpec(modulusLength, BigInteger.valueOf((long) publicExponent)));
          pair = g.generateKeyPair();
        }
        case "ec" -> {
          Curve curve = curveNamed(namedCurve);
          if (curve == null) {
            throw new Failure("Error", "Invalid or unsupported curve");
          }
          KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
          g.initialize(new ECGenParameterSpec(curve.jca()));
          pair = g.generateKeyPair();
        }
        default -> pair = KeyPairGenerator.getInstance(type.equals("ed25519") ? "Ed25519" : "X25519").generateKeyPair();
      }
      return new NodeKeyObject[] {
        new NodeKeyObject(pair.getPublic(), pair.getPublic()), new NodeKeyObject(pair.getPrivate(), pair.getPublic())
      };
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new Failure("Error", "Key generation failed: " + e.getMessage());
    }
  }

  /**
   * The key object of a Web Crypto asymmetric {@code CryptoKey} ({@code KeyObject.from}).
   *
   * @param key the CryptoKey's Java half
   * @return a key object over the same key
   */
  @HostAccess.Export
  public NodeKeyObject fromCryptoKey(AsymmetricKey key) {
    return key.toNodeKey();
  }

}
