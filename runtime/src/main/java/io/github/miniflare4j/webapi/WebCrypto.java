package io.github.miniflare4j.webapi;

import io.github.miniflare4j.interop.JsBytes;
import io.github.miniflare4j.interop.JsOptions;
import java.nio.ByteBuffer;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java side of {@code crypto} and {@code crypto.subtle}: randomness, digests, HMAC, AES,
 * PBKDF2, HKDF and asymmetric keys through the JDK's JCA providers. The prelude validates
 * algorithm names, usages and shapes; this class does the cryptography. A refused operation
 * answers {@code null} and {@link #failure()} then holds {@code "<DOMException name>\n<message>"}.
 * One instance per worker; used on its loop thread only.
 */
public final class WebCrypto {

  /**
   * The random source, created on first use: a cold JVM spends tens of milliseconds loading the
   * JCA providers for it, which a worker that never asks for randomness should not pay at start.
   */
  private static final class Random {
    static final SecureRandom SOURCE = new SecureRandom();
  }

  private String failure = "OperationError\n";

  /** A new instance for one worker. */
  public WebCrypto() {}

  /**
   * The last failure as {@code "<name>\n<message>"}.
   *
   * @return the error class and message, separated by a newline
   */
  @HostAccess.Export
  public String failure() {
    return failure;
  }

  /**
   * {@code n} random bytes.
   *
   * @param n the number of bytes, at most 65536 (the prelude checks the quota)
   * @return the bytes
   */
  @HostAccess.Export
  public ByteBuffer randomBytes(int n) {
    byte[] bytes = new byte[n];
    Random.SOURCE.nextBytes(bytes);
    return ByteBuffer.wrap(bytes);
  }

  /**
   * A random version 4 UUID.
   *
   * @return the UUID in its lowercase 36-character form
   */
  @HostAccess.Export
  public String randomUUID() {
    return UUID.randomUUID().toString();
  }

  /**
   * The digest of the bytes with a JCA-named hash ({@code SHA-256}, {@code MD5}, ...).
   *
   * @param hash the JCA name of the hash
   * @param data the bytes (a typed array or ArrayBuffer)
   * @return the digest, or {@code null} after recording the failure
   */
  @HostAccess.Export
  public ByteBuffer digest(String hash, Value data) {
    return guard(() -> ByteBuffer.wrap(SecretKeyOps.digest(hash, JsBytes.bytesOrNull(data))));
  }

  /**
   * HMAC of the data under the key.
   *
   * @param hash the hash, such as {@code "SHA-256"}
   * @param key the raw key bytes
   * @param data the bytes to authenticate
   * @return the MAC, or {@code null} after recording the failure
   */
  @HostAccess.Export
  public ByteBuffer hmac(String hash, Value key, Value data) {
    return guard(() -> ByteBuffer.wrap(SecretKeyOps.hmac(hash, JsBytes.bytesOrNull(key), JsBytes.bytesOrNull(data))));
  }

  /**
   * Constant-time equality of two byte arrays of the same length.
   *
   * @param a the first bytes
   * @param b the second bytes
   * @return {@code true} when both hold the same bytes; {@code false} for different lengths
   */
  @HostAccess.Export
  public boolean equal(Value a, Value b) {
    return SecretKeyOps.equal(JsBytes.bytesOrNull(a), JsBytes.bytesOrNull(b));
  }

  /**
   * AES-GCM / AES-CBC / AES-CTR encryption or decryption, with its parameters in one object.
   *
   * @param operation the prelude's object: {@code mode} ({@code "AES-GCM"}, {@code "AES-CBC"} or
   *     {@code "AES-CTR"}), {@code encrypt} ({@code true} to encrypt, {@code false} to decrypt),
   *     {@code key} (the raw key, 16, 24 or 32 bytes), {@code iv} (the IV of GCM and CBC, the
   *     counter block of CTR), {@code data} (the input), {@code aad} (GCM's additional data, or
   *     absent), {@code tagBits} (GCM's tag length in bits) and {@code counterBits} (CTR's counter
   *     length in bits)
   * @return the output, or {@code null} after recording the failure (for example {@code
   *     OperationError} when GCM authentication fails)
   */
  @HostAccess.Export
  public ByteBuffer aes(Value operation) {
    return guard(() -> {
      JsOptions aes = JsOptions.of(operation, "AES operation");
      return ByteBuffer.wrap(SecretKeyOps.aes(aes.string("mode"), aes.flag("encrypt"), aes.bytes("key"),
          aes.bytes("iv"), aes.bytes("data"), aes.bytes("aad"), aes.intOr("tagBits", 0), aes.intOr("counterBits", 0)));
    });
  }

  /**
   * PBKDF2 with HMAC of {@code hash}.
   *
   * @param options the prelude's object {@code {hash, password, salt, iterations, bits}}: the HMAC
   *     hash (such as {@code "SHA-256"}), the password and salt bytes, the iteration count
   *     (positive) and the output length in bits (a multiple of 8)
   * @return the derived bits, or {@code null} after recording the failure
   */
  @HostAccess.Export
  public ByteBuffer pbkdf2(Value options) {
    return guard(() -> {
      JsOptions pbkdf2 = JsOptions.of(options, "PBKDF2");
      return ByteBuffer.wrap(SecretKeyOps.pbkdf2(pbkdf2.string("hash"), pbkdf2.bytes("password"), pbkdf2.bytes("salt"),
          pbkdf2.integer("iterations"), pbkdf2.integer("bits")));
    });
  }

  /**
   * HKDF with HMAC of {@code hash}.
   *
   * @param options the prelude's object {@code {hash, ikm, salt, info, bits}}: the HMAC hash (such
   *     as {@code "SHA-256"}), the input key material, the salt and info bytes and the output
   *     length in bits (a multiple of 8)
   * @return the derived bits, or {@code null} after recording the failure
   */
  @HostAccess.Export
  public ByteBuffer hkdf(Value options) {
    return guard(() -> {
      JsOptions hkdf = JsOptions.of(options, "HKDF");
      return ByteBuffer.wrap(SecretKeyOps.hkdf(hkdf.string("hash"), hkdf.bytes("ikm"), hkdf.bytes("salt"), hkdf.bytes("info"),
          hkdf.integer("bits")));
    });
  }

  /**
   * Imports an asymmetric key. {@code kind} is {@code RSA}, {@code EC} or {@code OKP}
   * (Ed25519); {@code format} is {@code spki}, {@code pkcs8}, {@code raw} or {@code jwk} (then
   * {@code jwkJson} holds the key as JSON).
   *
   * @param options the prelude's object {@code {kind, format, curve, data, jwkJson}}: {@code "RSA"},
   *     {@code "EC"} or {@code "OKP"}; {@code "spki"}, {@code "pkcs8"}, {@code "raw"} or {@code
   *     "jwk"}; the named curve ({@code "P-256"}, ...) for EC (else absent); the key bytes (absent
   *     for {@code jwk}); the JWK as JSON text for {@code jwk} (else absent)
   * @return the key, or {@code null} after recording a {@code DataError} (for example when the
   *     curve does not match)
   */
  @HostAccess.Export
  public AsymmetricKey importKey(Value options) {
    JsOptions request = JsOptions.of(options, "importKey");
    String kind = request.string("kind");
    String format = request.string("format");
    String curve = request.optionalString("curve");
    String name = request.optionalString("name");
    Value data = request.value("data");
    String jwkJson = request.optionalString("jwkJson");
    return guard(() -> {
      switch (format) {
        case "spki": {
          PublicKey key = KeyCodec.spki(kind, name, JsBytes.bytesOrNull(data));
          checkCurve(kind, name, curve, key);
          return new AsymmetricKey(this, kind, curve, key, key);
        }
        case "pkcs8": {
          PrivateKey key = KeyCodec.pkcs8(kind, name, JsBytes.bytesOrNull(data));
          checkCurve(kind, name, curve, key);
          return new AsymmetricKey(this, kind, curve, key, KeyCodec.publicOf(key));
        }
        case "raw": {
          byte[] bytes = JsBytes.bytesOrNull(data);
          PublicKey key = kind.equals("EC") ? KeyCodec.ecRaw(curve, bytes)
              : kind.equals("X25519") ? KeyCodec.x25519Raw(bytes) : KeyCodec.ed25519Raw(bytes);
          return new AsymmetricKey(this, kind, curve, key, key);
        }
        default: {
          Key[] keys = KeyCodec.jwk(kind, curve, jwkJson);
          return new AsymmetricKey(this, kind, curve, keys[0], (PublicKey) keys[1]);
        }
      }
    });
  }

  /**
   * Generates a key pair: {@code [public, private]}.
   *
   * @param kind {@code "RSA"}, {@code "EC"} or {@code "OKP"}
   * @param curve the named curve for EC, else ignored
   * @param modulusLength the RSA modulus length in bits, else ignored
   * @param publicExponent the RSA public exponent bytes, else ignored
   * @return the two keys, or {@code null} after recording the failure
   */
  @HostAccess.Export
  public AsymmetricKey[] generateKeyPair(String kind, String curve, int modulusLength, Value publicExponent) {
    return guard(() -> AsymmetricKey.pair(this, kind, curve,
        KeyCodec.generate(kind, curve, modulusLength, kind.equals("RSA") ? JsBytes.bytesOrNull(publicExponent) : null)));
  }

  /** workerd's DataError when an imported EC key lies on another curve than the requested one (ECDH words it with a comma). */
  private static void checkCurve(String kind, String name, String curve, Key key) throws Exception {
    if (kind.equals("EC")) {
      java.security.spec.ECParameterSpec expected = KeyCodec.ecParameters(curve);
      java.security.spec.ECParameterSpec actual = ((java.security.interfaces.ECKey) key).getParams();
      if (!expected.getCurve().equals(actual.getCurve())) {
        throw CryptoFailure.data("\"algorithm.namedCurve\" \"" + curve + ("ECDH".equals(name) ? "\"," : "\"")
            + " does not match the curve specified by the input key data.");
      }
    }
  }

  void fail(CryptoFailure e) {
    failure = e.domName() + "\n" + e.getMessage();
  }

  /** Runs an operation; a refusal becomes {@code null} plus {@link #failure()}. */
  <T> T guard(Callable<T> operation) {
    try {
      return operation.call();
    } catch (CryptoFailure e) {
      fail(e);
      return null;
    } catch (Exception e) {
      fail(CryptoFailure.operation(e.getMessage() == null ? e.toString() : e.getMessage()));
      return null;
    }
  }
}
