package io.github.miniflare4j.r2.internal;

import io.github.miniflare4j.storage.BlobWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A body on its way into a bucket: streamed into the blob store while its MD5 (always) and the
 * checksums the caller asked to verify are computed.
 */
public final class BodyWriter {

  private final BlobWriter blob;
  private final Map<String, MessageDigest> digests = new LinkedHashMap<>();

  public BodyWriter(BlobWriter blob, String... algorithms) {
    this.blob = blob;
    digest("MD5");
    for (String algorithm : algorithms) {
      if (algorithm != null) {
        digest(algorithm);
      }
    }
  }

  private void digest(String algorithm) {
    try {
      digests.putIfAbsent(algorithm, MessageDigest.getInstance(algorithm));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks " + algorithm, e);
    }
  }

  public void write(byte[] bytes, int offset, int length) {
    blob.write(bytes, offset, length);
    digests.values().forEach(d -> d.update(bytes, offset, length));
  }

  public void write(byte[] bytes) {
    write(bytes, 0, bytes.length);
  }

  public long size() {
    return blob.size();
  }

  public BlobWriter blob() {
    return blob;
  }

  /** The digests computed, by algorithm name ({@code MD5}, {@code SHA-256}, ...), hex; once. */
  public Map<String, String> finish() {
    Map<String, String> hex = new LinkedHashMap<>();
    digests.forEach((name, d) -> hex.put(name, HexFormat.of().formatHex(d.digest())));
    return hex;
  }

  public void abort() {
    blob.abort();
  }
}
