package io.github.miniflare4j.webapi;

import io.github.miniflare4j.interop.JsBytes;
import io.github.miniflare4j.interop.JsOptions;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java half of an asymmetric {@code CryptoKey} (RSA, EC or Ed25519): the JCA key, with the
 * operations the prelude needs. Failures answer {@code null} and leave their DOMException name
 * and message in the owning {@link WebCrypto}.
 */
public final class AsymmetricKey {

  private final WebCrypto owner;
  private final String kind;
  private final String curve;
  private final Key key;
  private PublicKey publicKey; // null for a PKCS #8-imported EC / Ed25519 key until jwk() derives it

  AsymmetricKey(WebCrypto owner, String kind, String curve, Key key, PublicKey publicKey) {
    this.owner = owner;
    this.kind = kind;
    this.curve = curve;
    this.key = key;
    this.publicKey = publicKey;
  }

  /** The same key as a {@code node:crypto} key object (KeyObject.from). */
  NodeKeyObject toNodeKey() {
    PublicKey pub = publicKey != null ? publicKey : KeyCodec.derivePublic((PrivateKey) key);
    return new NodeKeyObject(key, key instanceof PublicKey p ? p : pub);
  }

  static AsymmetricKey[] pair(WebCrypto owner, String kind, String curve, KeyPair pair) {
    return new AsymmetricKey[] {
      new AsymmetricKey(owner, kind, curve, pair.getPublic(), pair.getPublic()),
      new AsymmetricKey(owner, kind, curve, pair.getPrivate(), pair.getPublic())
    };
  }

  /**
   * Whether this is the private half.
   *
   * @return {@code true} for a private key
   */
  @HostAccess.Export
  public boolean isPrivate() {
    return key instanceof PrivateKey;
  }

  /**
   * The RSA modulus length in bits (0 for other kinds).
   *
   * @return the bit length, or 0
   */
  @HostAccess.Export
  public int modulusLength() {
    return key instanceof RSAPublicKey r ? r.getModulus().bitLength()
        : key instanceof RSAPrivateCrtKey p ? p.getModulus().bitLength() : 0;
  }

  /**
   * The RSA public exponent, big-endian without leading zeros (empty for other kinds).
   *
   * @return the exponent bytes, possibly empty
   */
  @HostAccess.Export
  public ByteBuffer publicExponent() {
    if (publicKey instanceof RSAPublicKey r) {
      return ByteBuffer.wrap(unsigned(r.getPublicExponent()));
    }
    return ByteBuffer.allocate(0);
  }

  /**
   * Exports as {@code spki}, {@code pkcs8} or {@code raw}; null with a failure otherwise.
   *
   * @param format {@code "spki"}, {@code "pkcs8"} or {@code "raw"}
   * @return the encoded key, or {@code null} after recording a {@code NotSupportedError} (see
   *     {@link WebCrypto#failure()})
   */
  @HostAccess.Export
  public ByteBuffer export(String format) {
    return owner.guard(() -> {
      switch (format) {
        case "spki":
          return ByteBuffer.wrap(key.getEncoded());
        case "pkcs8":
          return ByteBuffer.wrap(key instanceof ECPrivateKey ec ? ecPkcs8(ec) : key.getEncoded());
        case "raw":
          if (kind.equals("EC")) {
            return ByteBuffer.wrap(KeyCodec.ecPoint((ECPublicKey) key));
          }
          byte[] spki = key.getEncoded();
          return ByteBuffer.wrap(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
        default:
          throw new CryptoFailure("NotSupportedError", "Unrecognized export format \"" + format + "\".");
      }
    });
  }

  /**
   * The key material of a JWK as JSON ({@code n, e, d, ...} / {@code crv, x, y, d}).
   *
   * @return the JWK members as JSON text, or {@code null} after recording a {@code
   *     NotSupportedError} for a PKCS #8-imported private key
   */
  @HostAccess.Export
  public String jwk() {
    if (publicKey == null) {
      publicKey = KeyCodec.derivePublic((PrivateKey) key);
    }
    if (publicKey == null) {
      owner.fail(new CryptoFailure("NotSupportedError",
          "miniflare4j cannot export a PKCS #8-imported " + kind + " private key as JWK."));
      return null;
    }
    Map<String, String> jwk = new LinkedHashMap<>();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    switch (kind) {
      case "RSA" -> {
        RSAPublicKey pub = (RSAPublicKey) publicKey;
        // workerd's order: a private key's d comes before n and e (recorded)
        if (key instanceof RSAPrivateCrtKey p) {
          jwk.put("d", b64.encodeToString(unsigned(p.getPrivateExponent())));
        }
        jwk.put("n", b64.encodeToString(unsigned(pub.getModulus())));
        jwk.put("e", b64.encodeToString(unsigned(pub.getPublicExponent())));
        if (key instanceof RSAPrivateCrtKey p) {
          jwk.put("p", b64.encodeToString(unsigned(p.getPrimeP())));
          jwk.put("q", b64.encodeToString(unsigned(p.getPrimeQ())));
          jwk.put("dp", b64.encodeToString(unsigned(p.getPrimeExponentP())));
          jwk.put("dq", b64.encodeToString(unsigned(p.getPrimeExponentQ())));
          jwk.put("qi", b64.encodeToString(unsigned(p.getCrtCoefficient())));
        }
      }
      case "EC" -> {
        byte[] point = KeyCodec.ecPoint((ECPublicKey) publicKey);
        int size = (point.length - 1) / 2;
        jwk.put("crv", curve);
        jwk.put("x", b64.encodeToString(Arrays.copyOfRange(point, 1, 1 + size)));
        jwk.put("y", b64.encodeToString(Arrays.copyOfRange(point, 1 + size, point.length)));
        if (key instanceof ECPrivateKey p) {
          jwk.put("d", b64.encodeToString(KeyCodec.fixed(p.getS(), size)));
        }
      }
      default -> {
        byte[] spki = publicKey.getEncoded();
        jwk.put("crv", kind.equals("X25519") ? "X25519" : "Ed25519");
        jwk.put("x", b64.encodeToString(Arrays.copyOfRange(spki, spki.length - 32, spki.length)));
        if (key instanceof PrivateKey) {
          byte[] pkcs8 = key.getEncoded();
          jwk.put("d", b64.encodeToString(Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length)));
        }
      }
    }
    return KeyCodec.toJson(jwk);
  }

  /**
   * Signs with {@code RSASSA-PKCS1-v1_5}, {@code RSA-PSS}, {@code ECDSA} or {@code Ed25519}.
   *
   * @param scheme {@code "RSASSA-PKCS1-v1_5"}, {@code "RSA-PSS"}, {@code "ECDSA"} or {@code
   *     "Ed25519"}
   * @param hash the hash, such as {@code "SHA-256"}; ignored for Ed25519
   * @param saltLength the RSA-PSS salt length in bytes; ignored otherwise
   * @param data the bytes to sign (a typed array or ArrayBuffer)
   * @return the signature (ECDSA in IEEE P1363 form), or {@code null} after recording the failure
   */
  @HostAccess.Export
  public ByteBuffer sign(String scheme, String hash, int saltLength, Value data) {
    return owner.guard(() -> {
      Signature signature = signature(scheme, hash, saltLength);
      try {
        signature.initSign((PrivateKey) key);
        signature.update(JsBytes.bytesOrNull(data));
        return ByteBuffer.wrap(signature.sign());
      } catch (java.security.SignatureException | java.security.InvalidKeyException e) {
        if ("RSA-PSS".equals(scheme)) {
          // a salt too long for the key (BoringSSL's words, as workerd reports them)
          throw CryptoFailure.operation("key too small for signing with given digest and salt length");
        }
        throw e;
      }
    });
  }

  /**
   * Verifies a signature; a malformed signature is simply not valid.
   *
   * @param options the prelude's object {@code {scheme, hash, saltLength, sig, data}}: scheme, hash
   *     and salt length as for {@link #sign}, the signature (a typed array or ArrayBuffer) and the
   *     signed bytes
   * @return whether the signature is valid, or {@code null} after recording a failure
   */
  @HostAccess.Export
  public Boolean verify(Value options) {
    JsOptions verify = JsOptions.of(options, "verify");
    String scheme = verify.string("scheme");
    String hash = verify.string("hash");
    int saltLength = verify.integer("saltLength");
    Value sig = verify.value("sig");
    Value data = verify.value("data");
    return owner.guard(() -> {
      Signature signature = signature(scheme, hash, saltLength);
      signature.initVerify((PublicKey) key);
      signature.update(JsBytes.bytesOrNull(data));
      try {
        return signature.verify(JsBytes.bytesOrNull(sig));
      } catch (java.security.SignatureException malformed) {
        return false;
      }
    });
  }

  /**
   * RSA-OAEP encryption with the public key or decryption with the private one, MGF1 over the
   * same hash as the key's.
   *
   * @param encrypt {@code true} to encrypt, {@code false} to decrypt
   * @param hash the key's hash, such as {@code "SHA-256"}
   * @param label the OAEP label bytes, or {@code null} for none
   * @param data the bytes to encrypt or decrypt
   * @return the result, or {@code null} after recording the failure (an {@code OperationError}
   *     for a ciphertext that does not decrypt)
   */
  @HostAccess.Export
  public ByteBuffer oaep(boolean encrypt, String hash, Value label, Value data) {
    return owner.guard(() -> {
      byte[] labelBytes = label == null || label.isNull() ? new byte[0] : JsBytes.bytesOrNull(label);
      javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("RSA/ECB/OAEPPadding");
      javax.crypto.spec.OAEPParameterSpec spec = new javax.crypto.spec.OAEPParameterSpec(
          hash, "MGF1", new MGF1ParameterSpec(hash), new javax.crypto.spec.PSource.PSpecified(labelBytes));
      cipher.init(encrypt ? javax.crypto.Cipher.ENCRYPT_MODE : javax.crypto.Cipher.DECRYPT_MODE, key, spec);
      byte[] input = JsBytes.bytesOrNull(data);
      // a ciphertext of another length than the modulus: BoringSSL's reason follows (recorded)
      if (!encrypt && key instanceof java.security.interfaces.RSAKey rsa
          && input.length != (rsa.getModulus().bitLength() + 7) / 8) {
        throw CryptoFailure.operation("RSA-OAEP failed encrypt/decrypt: Invalid RSA signature..");
      }
      try {
        return ByteBuffer.wrap(cipher.doFinal(input));
      } catch (GeneralSecurityException e) {
        throw CryptoFailure.operation("RSA-OAEP failed encrypt/decrypt.");
      }
    });
  }

  /**
   * The ECDH (or X25519) shared secret of this private key and another party's public key, cut to {@code
   * bits} (the whole secret when negative).
   *
   * @param other the other party's public key
   * @param bits the length wanted in bits (the bytes covering it are returned), or -1 for all of it
   * @return the secret, or {@code null} after recording the failure
   */
  @HostAccess.Export
  public ByteBuffer agree(AsymmetricKey other, int bits) {
    return owner.guard(() -> {
      javax.crypto.KeyAgreement agreement = javax.crypto.KeyAgreement.getInstance(kind.equals("X25519") ? "XDH" : "ECDH");
      agreement.init((PrivateKey) key);
      agreement.doPhase(other.key, true);
      byte[] secret = agreement.generateSecret();
      if (bits < 0) {
        return ByteBuffer.wrap(secret);
      }
      if (bits > secret.length * 8) {
        throw CryptoFailure.operation("Derived key length (" + bits + " bits) is too long (should be at most "
            + (secret.length * 8) + " bits).");
      }
      return ByteBuffer.wrap(Arrays.copyOf(secret, (bits + 7) / 8));
    });
  }

  /**
   * Whether another key lies on the same curve as this one (ECDH needs it).
   *
   * @param other the other key
   * @return {@code true} when both name the same curve
   */
  @HostAccess.Export
  public boolean sameCurve(AsymmetricKey other) {
    return curve != null && curve.equals(other.curve);
  }

  private static Signature signature(String scheme, String hash, int saltLength) throws GeneralSecurityException {
    String h = hash.replace("-", "");
    switch (scheme) {
      case "RSASSA-PKCS1-v1_5":
        return Signature.getInstance(h + "withRSA");
      case "RSA-PSS": {
        Signature s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), saltLength, 1));
        return s;
      }
      case "ECDSA":
        return Signature.getInstance(h + "withECDSAinP1363Format");
      default:
        return Signature.getInstance("Ed25519");
    }
  }

  /**
   * An EC private key's PKCS #8 as workerd (BoringSSL) writes it, whatever JCA's own encoding:
   * the curve in the algorithm identifier, and an ECPrivateKey with the private scalar at the
   * curve's size and the public point, without parameters of its own.
   */
  private byte[] ecPkcs8(ECPrivateKey ec) {
    PublicKey pub = publicKey != null ? publicKey : KeyCodec.derivePublic(ec);
    byte[] encoded = ec.getEncoded();
    if (!(pub instanceof ECPublicKey point)) {
      return encoded;
    }
    Der.Element algorithm = Der.read(encoded).children().get(1);
    int size = (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8;
    byte[] bits = KeyCodec.ecPoint(point);
    byte[] bitString = new byte[bits.length + 1];
    System.arraycopy(bits, 0, bitString, 1, bits.length);
    byte[] inner = Der.tlv(Der.SEQUENCE,
        Der.tlv(Der.INTEGER, new byte[] {1}),
        Der.tlv(Der.OCTET_STRING, KeyCodec.fixed(ec.getS(), size)),
        Der.tlv(0xa1, Der.tlv(Der.BIT_STRING, bitString)));
    return Der.tlv(Der.SEQUENCE,
        Der.tlv(Der.INTEGER, new byte[] {0}),
        Der.tlv(algorithm.tag(), algorithm.content()),
        Der.tlv(Der.OCTET_STRING, inner));
  }

  static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }
}
