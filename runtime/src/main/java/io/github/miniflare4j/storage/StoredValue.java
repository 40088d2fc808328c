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

  /**
   * An entry without expiry or metadata (Durable Object storage, caches).
   *
   * @param value the bytes; not copied
   * @return the entry
   */
  public static StoredValue of(byte[] value) {
    return new StoredValue(value, null, null);
  }

  /**
   * Whether the entry has expired at {@code nowMillis}: its expiry is at or before it.
   *
   * @param nowMillis the instant, in epoch milliseconds
   * @return {@code true} when the entry has an expiry at or before {@code nowMillis}
   */
  public boolean expiredAt(long nowMillis) {
    return expiresAtMillis != null && expiresAtMillis <= nowMillis;
  }

  /** The same expiry and metadata without the bytes (what a key listing needs). */
  StoredValue withoutValue() {
    return value.length == 0 ? this : new StoredValue(new byte[0], expiresAtMillis, metadataJson);
  }
}
