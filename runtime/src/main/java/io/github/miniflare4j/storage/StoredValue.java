package io.github.miniflare4j.storage;

/**
 * One stored entry: its bytes, its expiry (epoch milliseconds, or {@code null} for none) and
 * its metadata as JSON text (or {@code null}).
 *
 * @param value the bytes; never modified after construction
 * @param expiresAtMillis when the entry expires, or {@code null}
 * @param metadataJson JSON text of the metadata, or {@code null}
 */
public record StoredValue(byte[] value, Long expiresAtMillis, String metadataJson) {

  /** Whether the entry has expired at {@code nowMillis}. */
  public boolean expiredAt(long nowMillis) {
    return expiresAtMillis != null && expiresAtMillis <= nowMillis;
  }
}
