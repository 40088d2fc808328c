package io.github.miniflare4j.webapi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * OpenSSL's {@code md5-sha1}: the MD5 digest followed by the SHA-1 digest of the same input (36
 * bytes), as workerd's {@code createHash("md5-sha1")} gives it. Cloneable.
 */
final class Md5Sha1 extends MessageDigest implements Cloneable {

  private MessageDigest md5;
  private MessageDigest sha1;

  Md5Sha1() throws NoSuchAlgorithmException {
    super("MD5-SHA1");
    md5 = MessageDigest.getInstance("MD5");
    sha1 = MessageDigest.getInstance("SHA-1");
  }

  @Override
  protected void engineUpdate(byte input) {
    md5.update(input);
    sha1.update(input);
  }

  @Override
  protected void engineUpdate(byte[] input, int offset, int length) {
    md5.update(input, offset, length);
    sha1.update(input, offset, length);
  }

  @Override
  protected byte[] engineDigest() {
    byte[] out = new byte[36];
    System.arraycopy(md5.digest(), 0, out, 0, 16);
    System.arraycopy(sha1.digest(), 0, out, 16, 20);
    return out;
  }

  @Override
  protected void engineReset() {
    md5.reset();
    sha1.reset();
  }

  @Override
  protected int engineGetDigestLength() {
    return 36;
  }

  @Override
  public Object clone() throws CloneNotSupportedException {
    Md5Sha1 copy = (Md5Sha1) super.clone();
    copy.md5 = (MessageDigest) md5.clone();
    copy.sha1 = (MessageDigest) sha1.clone();
    return copy;
  }
}
