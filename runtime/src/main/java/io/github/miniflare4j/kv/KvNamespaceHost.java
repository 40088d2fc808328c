package io.github.miniflare4j.kv;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.engine.JsValues;
import io.github.miniflare4j.storage.KeyValueStore;
import io.github.miniflare4j.storage.StoredValue;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What the prelude's {@code KVNamespace} calls: storage operations on one namespace, with
 * expiry read from the instance clock. Validation of keys and options happens in the prelude
 * (client-side errors).
 */
public final class KvNamespaceHost {

  private final KeyValueStore store;
  private final MiniflareClock clock;

  KvNamespaceHost(KeyValueStore store, MiniflareClock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The live entry for a key, or {@code null} when absent or expired. */
  @HostAccess.Export
  public Entry get(String key) {
    StoredValue value = store.get(key);
    if (value == null || value.expiredAt(clock.millis())) {
      return null;
    }
    return new Entry(key, value);
  }

  /**
   * Stores bytes or a string under a key.
   *
   * @param expiresAtSeconds absolute expiry in epoch seconds, or a negative number for none
   * @param metadataJson JSON metadata or {@code null}
   */
  @HostAccess.Export
  public void put(String key, Value value, double expiresAtSeconds, String metadataJson) {
    byte[] bytes =
        value.isString()
            ? value.asString().getBytes(java.nio.charset.StandardCharsets.UTF_8)
            : JsValues.bytesOrNull(value);
    Long expires = expiresAtSeconds < 0 ? null : (long) (expiresAtSeconds * 1000);
    store.put(key, new StoredValue(bytes, expires, metadataJson));
  }

  /** Removes a key. */
  @HostAccess.Export
  public void delete(String key) {
    store.delete(key);
  }

  /** Up to {@code limit} live entries after {@code cursor} whose key starts with {@code prefix}. */
  @HostAccess.Export
  public Entry[] list(String prefix, int limit, String cursor) {
    long now = clock.millis();
    List<Map.Entry<String, StoredValue>> page =
        store.list(prefix, cursor, limit + 1).stream()
            .filter(e -> !e.getValue().expiredAt(now))
            .toList();
    return page.stream().map(e -> new Entry(e.getKey(), e.getValue())).toArray(Entry[]::new);
  }

  /** The current time of the instance clock in epoch milliseconds. */
  @HostAccess.Export
  public double now() {
    return clock.millis();
  }

  /** One stored entry, as the prelude reads it. */
  public static final class Entry {
    private final String key;
    private final StoredValue value;

    Entry(String key, StoredValue value) {
      this.key = key;
      this.value = value;
    }

    /** The key. */
    @HostAccess.Export
    public String key() {
      return key;
    }

    /** The bytes. */
    @HostAccess.Export
    public ByteBuffer value() {
      return ByteBuffer.wrap(value.value());
    }

    /** The metadata JSON or {@code null}. */
    @HostAccess.Export
    public String metadata() {
      return value.metadataJson();
    }

    /** Expiry in epoch seconds, or -1. */
    @HostAccess.Export
    public double expiration() {
      return value.expiresAtMillis() == null ? -1 : value.expiresAtMillis() / 1000.0;
    }
  }
}
