package io.github.miniflare4j.webapi;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** Digests, HMAC, AES and the key derivations (PBKDF2, HKDF) over raw key bytes. */
final class SecretKeyOps {

  private static final String DECRYPTION_FAILED =
      "Decryption failed. This could be due to a ciphertext authentication failure, bad padding,"
          + " incorrect CryptoKey, or another algorithm-specific reason.";

  private SecretKeyOps() {}

  /** The JCA name of a Web Crypto hash ("SHA-256" -> "SHA-256", "MD5" -> "MD5"). */
  static byte[] digest(String hash, byte[] data) {
    try {
      return MessageDigest.getInstance(hash).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new CryptoFailure("NotSupportedError", "Unrecognized or unimplemented digest algorithm requested.");
    }
  }

  static Mac mac(String hash, byte[] key) {
    try {
      String name = "Hmac" + hash.replace("-", "");
      Mac mac = Mac.getInstance(name);
      // JCA refuses empty keys; HMAC zero-pads keys, so one zero byte is the same key
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, name));
      return mac;
    } catch (GeneralSecurityException e) {
      throw CryptoFailure.operation("HMAC with " + hash + " is not available: " + e.getMessage());
    }
  }

  static byte[] hmac(String hash, byte[] key, byte[] data) {
    return mac(hash, key).doFinal(data);
  }

  /** AES in GCM, CBC or CTR mode, or AES-KW (RFC 3394) wrapping. */
  static byte[] aes(String mode, boolean encrypt, byte[] key, byte[] iv, byte[] data, byte[] aad, int tagBits, int counterBits) {
    try {
      Cipher cipher;
      SecretKeySpec spec = new SecretKeySpec(key, "AES");
      int opmode = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
      switch (mode) {
        case "AES-GCM" -> {
          if (iv.length == 0) {
            throw CryptoFailure.operation("AES-GCM IV must not be empty.");
          }
          if (!encrypt && data.length < tagBits / 8) {
            throw CryptoFailure.operation("Ciphertext length of " + data.length * 8
                + " bits must be greater than or equal to the size of the AES-GCM tag length of " + tagBits + " bits.");
          }
          if (tagBits < 96) {
            return shortTagGcm(encrypt, spec, iv, data, aad, tagBits / 8);
          }
          cipher = Cipher.getInstance("AES/GCM/NoPadding");
          cipher.init(opmode, spec, new GCMParameterSpec(tagBits, iv));
          if (aad != null && aad.length > 0) {
            cipher.updateAAD(aad);
          }
        }
        case "AES-CBC" -> {
          if (iv.length != 16) {
            throw CryptoFailure.operation("AES-CBC IV must be 16 bytes long (provided " + iv.length + " bytes).");
          }
          if (!encrypt && data.length == 0) {
            throw new GeneralSecurityException("nothing to decrypt"); // workerd refuses it as bad padding
          }
          cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
          cipher.init(opmode, spec, new IvParameterSpec(iv));
        }
        case "AES-CTR" -> {
          if (iv.length != 16) {
            throw CryptoFailure.operation("Counter must have length of 16 bytes (provided " + iv.length + ").");
          }
          return counterMode(spec, iv, data, counterBits);
        }
        case "AES-KW" -> {
          // RFC 3394 key wrap: the input is a whole number of 64-bit blocks, at least two
          if (!encrypt && data.length % 8 != 0) {
            throw CryptoFailure.operation("Provided a wrapped key to unwrap that is " + (data.length * 8)
                + " bits which isn't a multiple of 64 bits.");
          }
          if (!encrypt && data.length < 24) {
            throw CryptoFailure.operation("Provided a wrapped key to unwrap this is " + (data.length * 8)
                + " bits that is less than the minimal length of 192 bits.");
          }
          if (data.length % 8 != 0 || data.length < 16) {
            throw CryptoFailure.operation(
                "Unwrapped key bit length must be a multiple of 64 bits but unwrapped key has a length of "
                    + (data.length * 8) + " bits.");
          }
          cipher = Cipher.getInstance("AESWrap");
          cipher.init(opmode, spec);
        }
        default -> throw new CryptoFailure("NotSupportedError", "Unrecognized algorithm " + mode + ".");
      }
      return cipher.doFinal(data);
    } catch (CryptoFailure e) {
      throw e;
    } catch (GeneralSecurityException e) {
      if (encrypt) {
        throw CryptoFailure.operation(e.getMessage());
      }
      if (mode.equals("AES-KW")) {
        throw CryptoFailure.operation("AES-KW key unwrapping failed."); // workerd's words (recorded)
      }
      int input = mode.equals("AES-GCM") ? Math.max(0, data.length - tagBits / 8) : data.length;
      int output = mode.equals("AES-GCM") ? input : Math.max(0, data.length - 16);
      throw CryptoFailure.operation(DECRYPTION_FAILED + " Input length was " + input
          + ", output length expected to be " + output + " for " + mode);
    }
  }

  /**
   * AES-CTR whose counter is the block's rightmost {@code counterBits} bits: when they wrap, the
   * counter starts again at zero and the bits to their left stay as they were (JCA's CTR would
   * carry into them), so the data is run in pieces that end where the counter wraps.
   */
  private static byte[] counterMode(SecretKeySpec spec, byte[] iv, byte[] data, int counterBits)
      throws GeneralSecurityException {
    BigInteger block = new BigInteger(1, iv);
    BigInteger mask = BigInteger.ONE.shiftLeft(Math.min(counterBits, 128)).subtract(BigInteger.ONE);
    BigInteger counter = block.and(mask);
    BigInteger fixed = block.andNot(mask);
    byte[] out = new byte[data.length];
    int done = 0;
    while (done < data.length) {
      BigInteger beforeWrap = mask.subtract(counter).add(BigInteger.ONE);
      long blocksLeft = (data.length - done + 15L) / 16;
      long blocks = beforeWrap.min(BigInteger.valueOf(blocksLeft)).longValue();
      int length = (int) Math.min(data.length - done, blocks * 16);
      Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, spec, new IvParameterSpec(KeyCodec.fixed(fixed.or(counter), 16)));
      cipher.doFinal(data, done, length, out, done);
      done += length;
      counter = counter.add(BigInteger.valueOf(blocks)).and(mask);
    }
    return out;
  }

  /**
   * AES-GCM with a 32- or 64-bit tag, which JCA does not offer: GCM's tag is the first bytes of
   * the full one, so encryption truncates a 128-bit tag, and decryption recovers the plaintext
   * with the key stream (GCM is a counter mode: encrypting the ciphertext yields it), then checks
   * the given tag against the start of the full tag of that plaintext.
   */
  private static byte[] shortTagGcm(boolean encrypt, SecretKeySpec spec, byte[] iv, byte[] data, byte[] aad, int tagBytes)
      throws GeneralSecurityException {
    if (encrypt) {
      byte[] full = gcmEncrypt(spec, iv, data, aad);
      return Arrays.copyOf(full, data.length + tagBytes);
    }
    int length = data.length - tagBytes;
    byte[] plain = Arrays.copyOf(gcmEncrypt(spec, iv, Arrays.copyOf(data, length), null), length);
    byte[] full = gcmEncrypt(spec, iv, plain, aad);
    if (!MessageDigest.isEqual(Arrays.copyOfRange(full, length, length + tagBytes), Arrays.copyOfRange(data, length, data.length))) {
      throw new javax.crypto.AEADBadTagException("tag mismatch");
    }
    return plain;
  }

  private static byte[] gcmEncrypt(SecretKeySpec spec, byte[] iv, byte[] data, byte[] aad) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, spec, new GCMParameterSpec(128, iv));
    if (aad != null && aad.length > 0) {
      cipher.updateAAD(aad);
    }
    return cipher.doFinal(data);
  }

  /** PBKDF2 (RFC 8018) over raw password bytes; JCA's factory would re-encode them as chars. */
  static byte[] pbkdf2(String hash, byte[] password, byte[] salt, int iterations, int bits) {
    if (iterations <= 0) {
      throw CryptoFailure.operation("PBKDF2 requires a positive iteration count (requested " + iterations + ").");
    }
    Mac mac = mac(hash, password);
    int hLen = mac.getMacLength();
    int length = bits / 8;
    byte[] out = new byte[length];
    for (int block = 1, offset = 0; offset < length; block++, offset += hLen) {
      mac.update(salt);
      mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
      byte[] u = mac.doFinal();
      byte[] t = u.clone();
      for (int i = 1; i < iterations; i++) {
        u = mac.doFinal(u);
        for (int j = 0; j < t.length; j++) {
          t[j] ^= u[j];
        }
      }
      System.arraycopy(t, 0, out, offset, Math.min(hLen, length - offset));
    }
    return out;
  }

  /** HKDF (RFC 5869): extract with the salt, expand with the info. */
  static byte[] hkdf(String hash, byte[] ikm, byte[] salt, byte[] info, int bits) {
    Mac extract = mac(hash, salt);
    byte[] prk = extract.doFinal(ikm);
    Mac expand = mac(hash, prk);
    int length = bits / 8;
    if (length > 255 * expand.getMacLength()) {
      throw CryptoFailure.operation("HKDF deriveBits failed.");
    }
    byte[] out = new byte[length];
    byte[] previous = new byte[0];
    for (int i = 1, offset = 0; offset < length; i++) {
      expand.update(previous);
      expand.update(info);
      expand.update((byte) i);
      previous = expand.doFinal();
      System.arraycopy(previous, 0, out, offset, Math.min(previous.length, length - offset));
      offset += previous.length;
    }
    return out;
  }

  /** Constant-time comparison. */
  static boolean equal(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }
}
