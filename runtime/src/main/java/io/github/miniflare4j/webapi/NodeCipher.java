package io.github.miniflare4j.webapi;

import io.github.miniflare4j.interop.JsBytes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One {@code node:crypto} {@code Cipheriv} / {@code Decipheriv} over JCA: AES in CBC, CTR, ECB
 * GCM and OFB modes, Triple DES in CBC mode and ChaCha20-Poly1305. The JCA cipher is created on the first {@code update} so that {@code
 * setAutoPadding} and {@code setAAD} can still change it. A refused operation answers {@code
 * null}; {@link #failure()} then holds Node's message. Loop thread only.
 */
public final class NodeCipher {

  private final boolean encrypt;
  private final String mode;
  private final byte[] key;
  private final byte[] iv;
  private final int tagLength;
  private boolean padding = true;
  private Cipher cipher;
  private final ByteArrayOutputStream aad = new ByteArrayOutputStream();
  private byte[] authTag;
  private byte[] producedTag;
  private String failure = "";

  private NodeCipher(boolean encrypt, String mode, byte[] key, byte[] iv, int tagLength) {
    this.encrypt = encrypt;
    this.mode = mode;
    this.key = key;
    this.iv = iv;
    this.tagLength = tagLength;
  }

  /**
   * A cipher for a Node.js algorithm name, or the reason it cannot be made.
   *
   * @return the cipher, or a String naming the problem: {@code "cipher"}, {@code "key"}, {@code "iv"}
   *     or {@code "aead"} (an AEAD cipher refusing its key)
   */
  static Object create(String algorithm, boolean encrypt, byte[] key, byte[] iv, int tagLength) {
    String name = algorithm.toLowerCase(Locale.ROOT);
    if (name.equals("des-ede3-cbc")) {
      return key.length != 24 ? "key" : iv == null || iv.length != 8 ? "iv" : new NodeCipher(encrypt, "des-ede3-cbc", key, iv, tagLength);
    }
    if (name.equals("chacha20-poly1305")) {
      return key.length != 32 ? "aead" : iv == null || iv.length != 12 ? "iv" : new NodeCipher(encrypt, "chacha20-poly1305", key, iv, tagLength);
    }
    String[] parts = name.split("-");
    if (parts.length != 3 || !parts[0].equals("aes")) {
      return "cipher";
    }
    int bits;
    try {
      bits = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      return "cipher";
    }
    String mode = parts[2];
    if ((bits != 128 && bits != 192 && bits != 256) || !mode.matches("cbc|ctr|ecb|gcm|ofb")) {
      return "cipher";
    }
    if (key.length * 8 != bits) {
      return "key";
    }
    boolean ivOk = switch (mode) {
      case "ecb" -> iv == null || iv.length == 0;
      case "gcm" -> iv != null && iv.length > 0;
      default -> iv != null && iv.length == 16;
    };
    if (!ivOk) {
      return "iv";
    }
    return new NodeCipher(encrypt, mode, key, iv, tagLength);
  }

  /**
   * Turns PKCS#7 padding off (or on) before the first update.
   *
   * @param on whether to pad
   */
  @HostAccess.Export
  public void setAutoPadding(boolean on) {
    this.padding = on;
  }

  /**
   * Adds authenticated data (GCM) before the first update.
   *
   * @param data the bytes
   */
  @HostAccess.Export
  public void setAAD(Value data) {
    aad.writeBytes(JsBytes.bytesOrNull(data));
  }

  /**
   * The tag to check when decrypting (GCM).
   *
   * @param tag the tag bytes
   */
  @HostAccess.Export
  public void setAuthTag(Value tag) {
    this.authTag = JsBytes.bytesOrNull(tag);
  }

  /**
   * The tag computed when encrypting (GCM), after {@code final}.
   *
   * @return the tag, or {@code null} before {@code final}
   */
  @HostAccess.Export
  public ByteBuffer getAuthTag() {
    return producedTag == null ? null : ByteBuffer.wrap(producedTag);
  }

  /**
   * Whether this is an AEAD (GCM) cipher.
   *
   * @return {@code true} for GCM
   */
  @HostAccess.Export
  public boolean isAead() {
    return mode.equals("gcm") || mode.equals("chacha20-poly1305");
  }

  /**
   * Encrypts or decrypts more bytes.
   *
   * @param data the input
   * @return the output so far (may be empty), or {@code null} with {@link #failure()}
   */
  @HostAccess.Export
  public ByteBuffer update(Value data) {
    try {
      byte[] out = cipher().update(JsBytes.bytesOrNull(data));
      return ByteBuffer.wrap(out == null ? new byte[0] : out);
    } catch (GeneralSecurityException e) {
      failure = e.getMessage();
      return null;
    }
  }

  /**
   * The last bytes; checks padding (CBC, ECB) or the tag (GCM).
   *
   * @return the output, or {@code null} with {@link #failure()} holding Node's message
   */
  @HostAccess.Export
  public ByteBuffer doFinal() {
    try {
      Cipher c = cipher();
      byte[] out;
      if (isAead() && !encrypt) {
        if (authTag == null) {
          failure = "Unsupported state or unable to authenticate data";
          return null;
        }
        out = c.doFinal(authTag);
      } else {
        out = c.doFinal();
      }
      if (isAead() && encrypt) {
        producedTag = Arrays.copyOfRange(out, out.length - tagLength, out.length);
        out = Arrays.copyOf(out, out.length - tagLength);
      }
      return ByteBuffer.wrap(out);
    } catch (AEADBadTagException e) {
      failure = "Unsupported state or unable to authenticate data";
    } catch (javax.crypto.BadPaddingException e) {
      failure = "bad decrypt";
    } catch (javax.crypto.IllegalBlockSizeException e) {
      failure = encrypt ? "data not multiple of block length" : "wrong final block length";
    } catch (GeneralSecurityException e) {
      failure = e.getMessage();
    }
    return null;
  }

  /**
   * Why the last call answered {@code null}.
   *
   * @return Node's message
   */
  @HostAccess.Export
  public String failure() {
    return failure;
  }

  private Cipher cipher() throws GeneralSecurityException {
    if (cipher == null) {
      String transformation = switch (mode) {
        case "cbc" -> padding ? "AES/CBC/PKCS5Padding" : "AES/CBC/NoPadding";
        case "ecb" -> padding ? "AES/ECB/PKCS5Padding" : "AES/ECB/NoPadding";
        case "ctr" -> "AES/CTR/NoPadding";
        case "ofb" -> "AES/OFB/NoPadding";
        case "des-ede3-cbc" -> padding ? "DESede/CBC/PKCS5Padding" : "DESede/CBC/NoPadding";
        case "chacha20-poly1305" -> "ChaCha20-Poly1305";
        default -> "AES/GCM/NoPadding";
      };
      Cipher c = Cipher.getInstance(transformation);
      int op = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
      String keyAlgorithm = switch (mode) {
        case "des-ede3-cbc" -> "DESede";
        case "chacha20-poly1305" -> "ChaCha20";
        default -> "AES";
      };
      SecretKeySpec spec = new SecretKeySpec(key, keyAlgorithm);
      switch (mode) {
        case "ecb" -> c.init(op, spec);
        case "gcm" -> c.init(op, spec, new GCMParameterSpec(tagLength * 8, iv));
        default -> c.init(op, spec, new IvParameterSpec(iv));
      }
      if (isAead() && aad.size() > 0) {
        c.updateAAD(aad.toByteArray());
      }
      cipher = c;
    }
    return cipher;
  }
}
