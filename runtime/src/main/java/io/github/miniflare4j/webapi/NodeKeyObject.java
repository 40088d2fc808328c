package io.github.miniflare4j.webapi;

import io.github.miniflare4j.interop.JsBytes;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.security.interfaces.XECKey;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java half of an asymmetric {@code node:crypto} {@code KeyObject} (RSA, EC on P-256/384/521,
 * Ed25519, X25519): the JCA key with Node's view of it, its encodings and signatures. Failures
 * throw {@link NodeKeys.Failure}, whose message workerd's error carries; the JavaScript side turns
 * it into that error. Immutable.
 */
public final class NodeKeyObject {

  private static final byte[] RSA_ALGORITHM = Der.tlv(Der.SEQUENCE,
      Der.tlv(Der.OID, java.util.HexFormat.of().parseHex("2a864886f70d010101")), Der.tlv(Der.NULL));
  private static final byte[] EC_PUBLIC_KEY_OID = Der.tlv(Der.OID, java.util.HexFormat.of().parseHex("2a8648ce3d0201"));

  private final Key key;
  private final PublicKey publicKey; // the public half, null when it cannot be derived

  NodeKeyObject(Key key, PublicKey publicKey) {
    this.key = key;
    this.publicKey = publicKey;
  }

  Key key() {
    return key;
  }

  /**
   * {@code "public"} or {@code "private"}.
   *
   * @return the key's type as KeyObject.type reads it
   */
  @HostAccess.Export
  public String type() {
    return key instanceof PrivateKey ? "private" : "public";
  }

  /**
   * Node's name of the key's algorithm: {@code rsa}, {@code ec}, {@code ed25519}, {@code x25519}.
   *
   * @return the asymmetric key type
   */
  @HostAccess.Export
  public String asymmetricKeyType() {
    if (key instanceof RSAKey) {
      return "rsa";
    }
    if (key instanceof ECKey) {
      return "ec";
    }
    if (key instanceof EdECKey ed) {
      return ed.getParams().getName().toLowerCase(java.util.Locale.ROOT);
    }
    if (key instanceof XECKey x && x.getParams() instanceof NamedParameterSpec spec) {
      return spec.getName().toLowerCase(java.util.Locale.ROOT);
    }
    return key.getAlgorithm().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The RSA modulus length in bits, 0 for other keys.
   *
   * @return bits, or 0
   */
  @HostAccess.Export
  public int modulusLength() {
    return key instanceof RSAKey r ? r.getModulus().bitLength() : 0;
  }

  /**
   * The RSA public exponent in decimal (the JavaScript side makes it a BigInt), or null.
   *
   * @return the exponent digits, or {@code null} for other keys
   */
  @HostAccess.Export
  public String publicExponent() {
    return publicKey instanceof RSAPublicKey r ? r.getPublicExponent().toString() : null;
  }

  /**
   * The OpenSSL name of an EC key's curve ({@code prime256v1}, {@code secp384r1}, {@code
   * secp521r1}), or null for other keys.
   *
   * @return the curve name, or {@code null}
   */
  @HostAccess.Export
  public String namedCurve() {
    return key instanceof ECKey ec ? NodeKeys.curveOf(ec.getParams()).openSsl() : null;
  }

  /**
   * The public half of this key (itself when public).
   *
   * @return the public key object
   */
  @HostAccess.Export
  public NodeKeyObject publicHalf() {
    if (!(key instanceof PrivateKey)) {
      return this;
    }
    if (publicKey == null) {
      throw new NodeKeys.Failure("Error", "Failed to derive public key");
    }
    return new NodeKeyObject(publicKey, publicKey);
  }

  /**
   * Whether {@code other} holds the same key material.
   *
   * @param other another key object
   * @return {@code true} for the same type and encoding, or (as in workerd) keys of different
   *     algorithms
   */
  @HostAccess.Export
  public boolean sameKey(NodeKeyObject other) {
    if (other == null || !type().equals(other.type())) {
      return false;
    }
    // workerd reads BoringSSL's EVP_PKEY_cmp "-1: different key types" as a match: keys of two
    // algorithms compare equal
    return !asymmetricKeyType().equals(other.asymmetricKeyType()) || Arrays.equals(key.getEncoded(), other.key.getEncoded());
  }

  /**
   * Encodes the key as {@code pem} (a String) or {@code der} (bytes), in the given structure.
   *
   * @param format {@code "pem"} or {@code "der"}
   * @param type {@code "pkcs1"} (RSA), or {@code "spki"}, {@code "pkcs8"}, {@code "sec1"} (all
   *     SubjectPublicKeyInfo) for public keys; {@code "pkcs8"}, {@code
   *     "pkcs1"} or {@code "sec1"} for private keys
   * @return the PEM text or the DER bytes
   */
  @HostAccess.Export
  public Object export(String format, String type) {
    String[] labelled = encode(type);
    byte[] der = Base64.getDecoder().decode(labelled[1]);
    if ("der".equals(format)) {
      return ByteBuffer.wrap(der);
    }
    if (!"pem".equals(format)) {
      throw new NodeKeys.Failure("Error", "Invalid key format");
    }
    StringBuilder pem = new StringBuilder("-----BEGIN ").append(labelled[0]).append("-----\n");
    String body = labelled[1];
    for (int i = 0; i < body.length(); i += 64) {
      pem.append(body, i, Math.min(body.length(), i + 64)).append('\n');
    }
    return pem.append("-----END ").append(labelled[0]).append("-----\n").toString();
  }

  /** {label, base64 DER} of this key in structure {@code type}. */
  private String[] encode(String type) {
    boolean rsa = key instanceof RSAKey;
    byte[] der;
    String label;
    if (key instanceof PublicKey) {
      switch (type) {
        case "pkcs1" -> {
          requireRsa(rsa);
          der = Der.bitStringBytes(Der.read(key.getEncoded()).children().get(1));
          label = "RSA PUBLIC KEY";
        }
        // workerd writes SubjectPublicKeyInfo for each of the other known types ("pkcs8" too)
        case "spki", "pkcs8", "sec1" -> {
          der = key.getEncoded();
          label = "PUBLIC KEY";
        }
        default -> throw new NodeKeys.Failure("Error", "Invalid key encoding");
      }
    } else {
      switch (type) {
        case "pkcs8" -> {
          der = key instanceof ECPrivateKey ec ? Der.tlv(Der.SEQUENCE, Der.tlv(Der.INTEGER, new byte[] {0}),
              Der.tlv(Der.SEQUENCE, EC_PUBLIC_KEY_OID, NodeKeys.curveOf(ec.getParams()).oid()),
              Der.tlv(Der.OCTET_STRING, sec1(ec, false))) : key.getEncoded();
          label = "PRIVATE KEY";
        }
        case "pkcs1" -> {
          requireRsa(rsa);
          der = Der.read(key.getEncoded()).children().get(2).content();
          label = "RSA PRIVATE KEY";
        }
        case "sec1" -> {
          if (!(key instanceof ECPrivateKey ec)) {
            throw new NodeKeys.Failure("Error", "SEC1 can only be used for EC keys");
          }
          der = sec1(ec, true);
          label = "EC PRIVATE KEY";
        }
        default -> throw new NodeKeys.Failure("Error", "Invalid private key encoding type");
      }
    }
    return new String[] {label, Base64.getEncoder().encodeToString(der)};
  }

  private static void requireRsa(boolean rsa) {
    if (!rsa) {
      throw new NodeKeys.Failure("Error", "PKCS1 can only be used for RSA keys");
    }
  }

  /** An ECPrivateKey structure (RFC 5915) with the public point, and the curve when asked. */
  private byte[] sec1(ECPrivateKey ec, boolean withCurve) {
    int size = KeyCodec.fieldSize(ec.getParams());
    byte[] version = Der.tlv(Der.INTEGER, new byte[] {1});
    byte[] d = Der.tlv(Der.OCTET_STRING, KeyCodec.fixed(ec.getS(), size));
    byte[] curve = withCurve ? Der.tlv(0xa0, NodeKeys.curveOf(ec.getParams()).oid()) : new byte[0];
    byte[] point = publicKey instanceof ECPublicKey pub ? Der.tlv(0xa1, Der.bitString(KeyCodec.ecPoint(pub))) : new byte[0];
    return Der.tlv(Der.SEQUENCE, version, d, curve, point);
  }

  /**
   * The key as a JSON Web Key (JSON text): RSA, EC or OKP (Ed25519).
   *
   * @return the JWK members as JSON
   */
  @HostAccess.Export
  public String jwk() {
    if (publicKey == null || key instanceof XECKey) {
      throw new NodeKeys.Failure("Error", "Unsupported JWK key type");
    }
    String kind = key instanceof RSAKey ? "RSA" : key instanceof ECKey ? "EC" : "OKP";
    String curve = key instanceof ECKey ec ? NodeKeys.curveOf(ec.getParams()).jwk() : null;
    String members = new AsymmetricKey(null, kind, curve, key, publicKey).jwk();
    String kty = "{\"kty\":\"" + kind + "\",";
    return kty + members.substring(1);
  }

  /**
   * Signs {@code data}: RSA with PKCS #1 v1.5, ECDSA (DER, or IEEE P1363 when asked), Ed25519
   * (no digest). As in workerd, RSA padding options are not honoured.
   *
   * @param digest a Node.js hash name, or {@code null} (required except for Ed25519)
   * @param data the bytes to sign
   * @param p1363 {@code true} for ECDSA signatures as {@code r || s}
   * @return the signature
   */
  @HostAccess.Export
  public ByteBuffer sign(String digest, Value data, boolean p1363) {
    if (!(key instanceof PrivateKey privateKey)) {
      throw new NodeKeys.Failure("Error", "Failed to parse private key");
    }
    try {
      Signature signature = signature(digest, p1363);
      signature.initSign(privateKey);
      signature.update(JsBytes.bytesOrNull(data));
      return ByteBuffer.wrap(signature.sign());
    } catch (GeneralSecurityException e) {
      throw new NodeKeys.Failure("Error", "Failed to initialize signing context");
    }
  }

  /**
   * The shared secret of this private key and a peer's public key ({@code crypto.diffieHellman}):
   * ECDH for EC keys (the x coordinate), X25519 for x25519 keys.
   *
   * @param peer the other side's public key, of the same type (the JavaScript side checks)
   * @return the secret, or null when the keys cannot agree (other types, other curves)
   */
  @HostAccess.Export
  public ByteBuffer agree(NodeKeyObject peer) {
    if (!(key instanceof PrivateKey privateKey) || !(peer.key instanceof PublicKey peerKey)) {
      return null;
    }
    String algorithm = key instanceof ECKey ? "ECDH" : key instanceof XECKey ? "XDH" : null;
    if (algorithm == null) {
      return null;
    }
    try {
      javax.crypto.KeyAgreement agreement = javax.crypto.KeyAgreement.getInstance(algorithm);
      agreement.init(privateKey);
      agreement.doPhase(peerKey, true);
      return ByteBuffer.wrap(agreement.generateSecret());
    } catch (GeneralSecurityException | IllegalStateException e) {
      return null;
    }
  }

  /**
   * Verifies a signature made by {@link #sign}; a malformed signature is not valid.
   *
   * @param digest as for {@link #sign}
   * @param data the signed bytes
   * @param sig the signature
   * @param p1363 as for {@link #sign}
   * @return whether the signature is valid
   */
  @HostAccess.Export
  public boolean verify(String digest, Value data, Value sig, boolean p1363) {
    PublicKey verifyKey = key instanceof PublicKey p ? p : publicKey;
    if (verifyKey == null) {
      throw new NodeKeys.Failure("Error", "Failed to derive public key");
    }
    try {
      Signature signature = signature(digest, p1363);
      signature.initVerify(verifyKey);
      signature.update(JsBytes.bytesOrNull(data));
      try {
        return signature.verify(JsBytes.bytesOrNull(sig));
      } catch (SignatureException malformed) {
        return false;
      }
    } catch (GeneralSecurityException e) {
      throw new NodeKeys.Failure("Error", "Failed to initialize verification context");
    }
  }

  /**
   * RSA encryption or decryption with PKCS #1 v1.5 padding ({@code publicEncrypt}, {@code
   * privateDecrypt}, {@code privateEncrypt}, {@code publicDecrypt}). As in workerd, the padding
   * and {@code oaepHash} options are not honoured: the padding is always PKCS #1 v1.5.
   *
   * @param function the Node.js function name, for the error of a non-RSA key
   * @param encrypt {@code true} to encrypt
   * @param data the input bytes
   * @return the output bytes
   */
  @HostAccess.Export
  public ByteBuffer rsaCipher(String function, boolean encrypt, Value data) {
    if (!(key instanceof RSAKey)) {
      throw new NodeKeys.Failure("Error", function + "() currently only supports RSA keys");
    }
    try {
      javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("RSA/ECB/PKCS1Padding");
      cipher.init(encrypt ? javax.crypto.Cipher.ENCRYPT_MODE : javax.crypto.Cipher.DECRYPT_MODE, key);
      return ByteBuffer.wrap(cipher.doFinal(JsBytes.bytesOrNull(data)));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new NodeKeys.Failure("Error", "Failed to cipher/decipher");
    }
  }

  private Signature signature(String digest, boolean p1363) throws GeneralSecurityException {
    if (key instanceof EdECKey) {
      if (digest != null) {
        throw new GeneralSecurityException("Ed25519 takes no digest");
      }
      return Signature.getInstance("Ed25519");
    }
    String jca = digest == null ? null : NodeCrypto.jcaHashName(digest);
    if (jca == null || key instanceof XECKey) {
      throw new GeneralSecurityException("no digest");
    }
    String hash = jca.startsWith("SHA3-") ? jca : jca.replace("-", "");
    if (key instanceof RSAKey) {
      return Signature.getInstance(hash + "withRSA");
    }
    return Signature.getInstance(hash + (p1363 ? "withECDSAinP1363Format" : "withECDSA"));
  }

  /** The PKCS #8 structure of an RSA private key given as PKCS #1. */
  static byte[] rsaPkcs8(byte[] pkcs1) {
    return Der.tlv(Der.SEQUENCE, Der.tlv(Der.INTEGER, new byte[] {0}), RSA_ALGORITHM, Der.tlv(Der.OCTET_STRING, pkcs1));
  }

  /** The SubjectPublicKeyInfo of an RSA public key given as PKCS #1. */
  static byte[] rsaSpki(byte[] pkcs1) {
    return Der.tlv(Der.SEQUENCE, RSA_ALGORITHM, Der.bitString(pkcs1));
  }

  /** The PKCS #8 structure of an EC private key given as SEC1 (which must name its curve). */
  static byte[] ecPkcs8(byte[] sec1) {
    List<Der.Element> parts = Der.read(sec1).children();
    byte[] curve = parts.stream().filter(e -> e.tag() == 0xa0).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("SEC1 key without curve")).content();
    return Der.tlv(Der.SEQUENCE, Der.tlv(Der.INTEGER, new byte[] {0}), Der.tlv(Der.SEQUENCE, EC_PUBLIC_KEY_OID, curve),
        Der.tlv(Der.OCTET_STRING, sec1));
  }

  @Override
  public String toString() {
    return "NodeKeyObject[" + type() + " " + asymmetricKeyType() + "]";
  }

}
