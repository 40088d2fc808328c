package io.github.miniflare4j.storage;

import java.util.List;
import java.util.Map;

/**
 * A namespace of keys to {@link StoredValue}s, ordered by the UTF-8 bytes of the keys. The
 * storage layer under KV (and later Durable Objects and the Cache API). Implementations are
 * thread-safe; a completed {@link #put} is visible to every later call from any thread.
 */
public interface KeyValueStore extends AutoCloseable {

  /** The entry for {@code key}, or {@code null}. Expiry is the caller's business. */
  StoredValue get(String key);

  /** Stores or replaces an entry. */
  void put(String key, StoredValue value);

  /** Removes an entry; returns whether it existed. */
  boolean delete(String key);

  /**
   * Up to {@code limit} entries in key order whose key starts with {@code prefix} and sorts
   * after {@code startAfter} ({@code null} for the beginning).
   */
  List<Map.Entry<String, StoredValue>> list(String prefix, String startAfter, int limit);

  /** Removes every entry. */
  void clear();

  /** The number of entries, expired ones included. */
  long size();

  @Override
  default void close() {}
}
