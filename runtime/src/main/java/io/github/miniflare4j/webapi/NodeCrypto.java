package io.github.miniflare4j.webapi;

import io.github.miniflare4j.interop.JsBytes;
import io.github.miniflare4j.interop.JsOptions;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java side of {@code node:crypto} and {@code node:zlib}: hashes, HMAC and PBKDF2 through
 * the JDK's JCA providers, zlib through {@code java.util.zip}. Node's algorithm names are mapped
 * here; an unknown one answers {@code null} and the JavaScript side throws Node's error. One
 * instance per worker, created when the worker first imports a Node.js module; loop thread only.
 */
public final class NodeCrypto {

  private static final Map<String, String> HASHES =
      Map.ofEntries(
          Map.entry("md5", "MD5"),
          Map.entry("sha1", "SHA-1"),
          Map.entry("sha-1", "SHA-1"),
          Map.entry("sha224", "SHA-224"),
          Map.entry("sha-224", "SHA-224"),
          Map.entry("sha256", "SHA-256"),
          Map.entry("sha-256", "SHA-256"),
          Map.entry("sha384", "SHA-384"),
          Map.entry("sha-384", "SHA-384"),
          Map.entry("sha512", "SHA-512"),
          Map.entry("sha-512", "SHA-512"),
          Map.entry("sha512-224", "SHA-512/224"),
          Map.entry("sha512-256", "SHA-512/256"),
          Map.entry("sha3-224", "SHA3-224"),
          Map.entry("sha3-256", "SHA3-256"),
          Map.entry("sha3-384", "SHA3-384"),
          Map.entry("sha3-512", "SHA3-512"),
          Map.entry("rsa-md5", "MD5"),
          Map.entry("rsa-sha1", "SHA-1"),
          Map.entry("rsa-sha256", "SHA-256"),
          Map.entry("rsa-sha384", "SHA-384"),
          Map.entry("rsa-sha512", "SHA-512"));

  private final NodeKeys keys = new NodeKeys();
  private final NodeKeyAgreement agreement = new NodeKeyAgreement();
  private final EngineInspection inspection = new EngineInspection();

  /** A new instance for one worker. */
  public NodeCrypto() {}

  /** The JCA name of a Node.js hash name, or null (see {@link #jcaHash}). */
  static String jcaHashName(String name) {
    return HASHES.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The maker of asymmetric key objects (createPublicKey, createPrivateKey, generateKeyPair).
   *
   * @return the key factory of this worker
   */
  @HostAccess.Export
  public NodeKeys keys() {
    return keys;
  }

  /**
   * The arithmetic of ECDH, DiffieHellman and the prime functions.
   *
   * @return the key agreement helper of this worker
   */
  @HostAccess.Export
  public NodeKeyAgreement agreement() {
    return agreement;
  }

  /**
   * Proxy and promise-state checks for {@code util.inspect} and {@code util.types}.
   *
   * @return the inspection helper of this worker
   */
  @HostAccess.Export
  public EngineInspection inspection() {
    return inspection;
  }

  /**
   * The JCA name of a Node.js hash name ({@code "sha256"} gives {@code "SHA-256"}).
   *
   * @param name the name as Node spells it, any case
   * @return the JCA name, or {@code null} when the hash is not supported
   */
  @HostAccess.Export
  public String jcaHash(String name) {
    return HASHES.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The names {@code crypto.getHashes()} lists.
   *
   * @return the supported hash names, sorted
   */
  @HostAccess.Export
  public String[] hashes() {
    return HASHES.keySet().stream().filter(n -> !n.contains("-") || n.startsWith("sha3") || n.startsWith("sha512-")).sorted().toArray(String[]::new);
  }

  /**
   * A running hash.
   *
   * @param name a Node.js hash name
   * @return the hash, or {@code null} when the algorithm is not supported
   */
  @HostAccess.Export
  public NodeDigest createHash(String name) {
    String jca = jcaHash(name);
    try {
      // digests BoringSSL has and the JDK lacks
      if (name.equalsIgnoreCase("md4")) {
        return new NodeDigest(new Md4());
      }
      if (name.equalsIgnoreCase("md5-sha1")) {
        return new NodeDigest(new Md5Sha1());
      }
      return jca == null ? null : new NodeDigest(MessageDigest.getInstance(jca));
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  /**
   * A running HMAC under {@code key}.
   *
   * @param name a Node.js hash name
   * @param key the key bytes (any length, empty included)
   * @return the HMAC, or {@code null} when the hash is not supported
   */
  @HostAccess.Export
  public NodeDigest createHmac(String name, Value key) {
    String jca = jcaHash(name);
    if (jca == null) {
      return null;
    }
    byte[] keyBytes = JsBytes.bytesOrNull(key);
    String macName = jca.startsWith("SHA3-") ? "Hmac" + jca : "Hmac" + jca.replace("-", "");
    try {
      Mac mac = Mac.getInstance(macName);
      // JCA refuses empty keys; HMAC zero-pads keys, so one zero byte is the same key
      mac.init(new SecretKeySpec(keyBytes.length == 0 ? new byte[1] : keyBytes, macName));
      return new NodeDigest(mac);
    } catch (GeneralSecurityException e) {
      return null;
    }
  }

  /**
   * PBKDF2 with HMAC over raw password bytes.
   *
   * @param options the object {@code {digest, password, salt, iterations, length}}: a Node.js hash
   *     name the JavaScript side has checked with {@link #jcaHash}, the password and salt bytes,
   *     the iteration count (at least 1) and the key length in bytes
   * @return the derived key
   */
  @HostAccess.Export
  public ByteBuffer pbkdf2(Value options) {
    JsOptions pbkdf2 = JsOptions.of(options, "pbkdf2");
    return ByteBuffer.wrap(SecretKeyOps.pbkdf2(jcaHash(pbkdf2.string("digest")), pbkdf2.bytes("password"),
        pbkdf2.bytes("salt"), pbkdf2.integer("iterations"), pbkdf2.integer("length") * 8));
  }

  /**
   * HKDF with HMAC over raw key bytes.
   *
   * @param options the object {@code {digest, key, salt, info, length}}: a Node.js hash name
   *     checked with {@link #jcaHash}, the input keying material, the salt, the context
   *     information and the output length in bytes
   * @return the derived bytes, or {@code null} when the length exceeds 255 hash lengths
   */
  @HostAccess.Export
  public ByteBuffer hkdf(Value options) {
    JsOptions hkdf = JsOptions.of(options, "hkdf");
    try {
      return ByteBuffer.wrap(SecretKeyOps.hkdf(jcaHash(hkdf.string("digest")), hkdf.bytes("key"), hkdf.bytes("salt"),
          hkdf.bytes("info"), hkdf.integer("length") * 8));
    } catch (CryptoFailure e) {
      return null;
    }
  }

  /**
   * scrypt (RFC 7914); the JavaScript side checks the parameters.
   *
   * @param parameters the prelude's object: {@code password} and {@code salt} (bytes), {@code n}
   *     (the cost, a power of two), {@code r} (the block size), {@code p} (the parallelization) and
   *     {@code length} (the key length in bytes)
   * @return the derived key
   */
  @HostAccess.Export
  public ByteBuffer scrypt(Value parameters) {
    JsOptions scrypt = JsOptions.of(parameters, "scrypt");
    return ByteBuffer.wrap(Scrypt.derive(scrypt.bytes("password"), scrypt.bytes("salt"), scrypt.integer("n"),
        scrypt.integer("r"), scrypt.integer("p"), scrypt.integer("length")));
  }

  /**
   * An AES, Triple DES or ChaCha20-Poly1305 cipher ({@code createCipheriv} / {@code createDecipheriv}).
   *
   * @param options the object {@code {algorithm, encrypt, key, iv, tagLength}}: the Node.js name
   *     (such as {@code "aes-256-gcm"}), {@code true} to encrypt, the key bytes, the IV bytes (or
   *     absent) and the GCM tag length in bytes
   * @return the cipher, or a String naming what is wrong: {@code "cipher"}, {@code "key"}, {@code "iv"},
   *     {@code "aead"}
   */
  @HostAccess.Export
  public Object cipher(Value options) {
    JsOptions cipher = JsOptions.of(options, "cipher");
    return NodeCipher.create(cipher.string("algorithm"), cipher.flag("encrypt"), cipher.bytes("key"), cipher.bytes("iv"),
        cipher.integer("tagLength"));
  }

  /**
   * A zlib engine for one {@code node:zlib} operation (a sync call or one stream).
   *
   * @param format {@code "gzip"}, {@code "deflate"} (zlib), {@code "deflate-raw"}, {@code "brotli"} or, to
   *     decompress only, {@code "unzip"} (gzip or zlib, detected)
   * @param compress {@code true} to compress
   * @param level the compression level 0-9, -1 for the default
   * @param strategy zlib's strategy (0 default, 1 filtered, 2 Huffman only; others compress as the default)
   * @return a new engine
   */
  @HostAccess.Export
  public NodeZlib zlib(String format, boolean compress, int level, int strategy) {
    return new NodeZlib(format, compress, level, strategy);
  }
}
