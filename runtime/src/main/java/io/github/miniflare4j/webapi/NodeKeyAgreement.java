package io.github.miniflare4j.webapi;

import io.github.miniflare4j.interop.JsBytes;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java side of {@code crypto.createECDH}, {@code DiffieHellman}, {@code checkPrime} and
 * {@code generatePrime}: the arithmetic only; the JavaScript side ({@code node/internal/crypto_dh.mjs})
 * keeps the keys, checks arguments and throws workerd's errors. Byte arguments are Uint8Arrays,
 * results are minimal big-endian bytes unless said otherwise. Stateless.
 */
public final class NodeKeyAgreement {

  NodeKeyAgreement() {}

  /**
   * Whether createECDH knows a curve name.
   *
   * @param curve an OpenSSL curve name such as {@code prime256v1}
   * @return true for secp224r1, prime256v1, secp384r1, secp521r1
   */
  @HostAccess.Export
  public boolean ecdhCurve(String curve) {
    return EcdhCurve.named(curve) != null;
  }

  /**
   * A new random private key of a curve.
   *
   * @param curve a known curve name
   * @return the key's minimal bytes
   */
  @HostAccess.Export
  public ByteBuffer ecdhRandomKey(String curve) {
    return ByteBuffer.wrap(EcdhCurve.named(curve).randomPrivateKey());
  }

  /**
   * Whether bytes are a private key of a curve (1 to n-1).
   *
   * @param curve a known curve name
   * @param key the key bytes, big-endian
   * @return whether the key is valid
   */
  @HostAccess.Export
  public boolean ecdhValidKey(String curve, Value key) {
    return EcdhCurve.named(curve).validPrivateKey(JsBytes.bytesOrNull(key));
  }

  /**
   * The public key of a valid private key.
   *
   * @param curve a known curve name
   * @param key the private key bytes
   * @param compressed whether to answer the compressed encoding (else uncompressed)
   * @return the SEC 1 encoded point
   */
  @HostAccess.Export
  public ByteBuffer ecdhPublicKey(String curve, Value key, boolean compressed) {
    return ByteBuffer.wrap(EcdhCurve.named(curve).publicKey(JsBytes.bytesOrNull(key), compressed));
  }

  /**
   * The ECDH shared secret: the x coordinate of the product, as many bytes as the field.
   *
   * @param curve a known curve name
   * @param key the private key bytes
   * @param peer the other side's SEC 1 encoded public key
   * @return the secret, or null when {@code peer} is no point of the curve
   */
  @HostAccess.Export
  public ByteBuffer ecdhSecret(String curve, Value key, Value peer) {
    byte[] secret = EcdhCurve.named(curve).sharedSecret(JsBytes.bytesOrNull(key), JsBytes.bytesOrNull(peer));
    return secret == null ? null : ByteBuffer.wrap(secret);
  }

  /**
   * A public key in another encoding ({@code ECDH.convertKey}).
   *
   * @param curve a known curve name
   * @param key a SEC 1 encoded point
   * @param compressed whether to answer the compressed encoding
   * @return the re-encoded point, or null when {@code key} is no point of the curve
   */
  @HostAccess.Export
  public ByteBuffer ecdhConvert(String curve, Value key, boolean compressed) {
    byte[] converted = EcdhCurve.named(curve).convert(JsBytes.bytesOrNull(key), compressed);
    return converted == null ? null : ByteBuffer.wrap(converted);
  }

  /**
   * {@code base^exponent mod modulus}.
   *
   * @param base the base bytes
   * @param exponent the exponent bytes
   * @param modulus the modulus bytes (not zero)
   * @return the result's minimal bytes
   */
  @HostAccess.Export
  public ByteBuffer modPow(Value base, Value exponent, Value modulus) {
    return ByteBuffer.wrap(DhMath.modPow(JsBytes.bytesOrNull(base), JsBytes.bytesOrNull(exponent), JsBytes.bytesOrNull(modulus)));
  }

  /**
   * OpenSSL's DH_check flags for a group ({@code verifyError}).
   *
   * @param prime the prime bytes
   * @param generator the generator bytes
   * @return the flags (0 when the group passes)
   */
  @HostAccess.Export
  public int dhCheck(Value prime, Value generator) {
    return DhMath.check(JsBytes.bytesOrNull(prime), JsBytes.bytesOrNull(generator));
  }

  /**
   * Whether a number is probably prime ({@code checkPrime}).
   *
   * @param candidate the number's bytes, big-endian
   * @param checks Miller-Rabin rounds, 0 for the default
   * @return whether it is probably prime
   */
  @HostAccess.Export
  public boolean probablePrime(Value candidate, int checks) {
    return DhMath.probablePrime(JsBytes.bytesOrNull(candidate), checks);
  }

  /**
   * A random prime of exactly {@code bits} bits ({@code generatePrime}); the JavaScript side has
   * checked that a prime with the conditions exists.
   *
   * @param bits the size, at least 2
   * @param safe whether (p-1)/2 must be prime
   * @param add the modulus of the condition p mod add == rem, or null
   * @param rem the remainder, or null
   * @return the prime's minimal bytes
   */
  @HostAccess.Export
  public ByteBuffer generatePrime(int bits, boolean safe, Value add, Value rem) {
    byte[] addBytes = add == null || add.isNull() ? null : JsBytes.bytesOrNull(add);
    byte[] remBytes = rem == null || rem.isNull() ? null : JsBytes.bytesOrNull(rem);
    return ByteBuffer.wrap(DhMath.generatePrime(bits, safe, addBytes, remBytes));
  }
}
