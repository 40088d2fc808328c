package io.github.miniflare4j.durable;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Durable Object ids of one namespace, derived as workerd does: 16 bytes of base (the HMAC of
 * the name, or 16 random bytes) followed by 16 bytes of HMAC-SHA256
 * over the base, keyed by SHA-256 of the namespace's unique key ({@code <worker>-<class>}).
 * {@code idFromString} verifies that MAC, so an id of another namespace is refused. Thread-safe.
 */
public final class DurableObjectIds {

  private static final int BASE = 16;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  private final byte[] key;

  /**
   * Ids of the namespace with this unique key ({@code <worker name>-<class name>}).
   *
   * @param uniqueKey the namespace's unique key; ids of different keys never collide
   */
  public DurableObjectIds(String uniqueKey) {
    try {
      this.key = MessageDigest.getInstance("SHA-256").digest(uniqueKey.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * The id of a name: always the same hex for the same name in this namespace.
   *
   * @param name any string, including {@code ""}
   * @return 64 lowercase hex digits
   */
  public String idFromName(String name) {
    // workerd hashes the name's WTF-8 bytes: a lone surrogate is neither "?" nor U+FFFD (recorded)
    return withMac(hmac(io.github.miniflare4j.interop.WhatwgUtf8.encodeWtf8(name)));
  }

  /**
   * A fresh random id.
   *
   * @return 64 lowercase hex digits, valid for this namespace only
   */
  public String newUniqueId() {
    byte[] base = new byte[BASE];
    RANDOM.nextBytes(base);
    return withMac(base);
  }

  /**
   * Checks a string given to {@code idFromString}.
   *
   * @return {@code null} when valid, else the {@code TypeError} message workerd throws
   * @param hex the string given by the script
   */
  public String check(String hex) {
    if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      return DurableObjectLimits.INVALID_ID;
    }
    byte[] bytes = HEX.parseHex(hex.toLowerCase(Locale.ROOT));
    byte[] base = java.util.Arrays.copyOf(bytes, BASE);
    return withMac(base).equals(HEX.formatHex(bytes)) ? null : DurableObjectLimits.ID_NOT_FOR_NAMESPACE;
  }

  private String withMac(byte[] base) {
    byte[] id = new byte[BASE * 2];
    System.arraycopy(base, 0, id, 0, BASE);
    System.arraycopy(hmac(java.util.Arrays.copyOf(base, BASE)), 0, id, BASE, BASE);
    return HEX.formatHex(id);
  }

  private byte[] hmac(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return java.util.Arrays.copyOf(mac.doFinal(data), mac.getMacLength());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
