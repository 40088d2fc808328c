package io.github.miniflare4j.storage;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A namespace of keys to {@link StoredValue}s, ordered by the UTF-8 bytes of the keys ({@link
 * Utf8Order}). The storage layer under KV (and later Durable Objects and the Cache API).
 *
 * <p>Contract: implementations are thread-safe; a completed {@link #put} or {@link #delete} is
 * visible to every later call from any thread, and, for a persistent store, survives the process
 * being killed. Expiry is stored, not enforced: {@link #get} returns expired entries, {@link
 * #list} skips them only when the range says {@link KeyRange#liveAt}; semantics such as KV's are
 * the caller's business. Keys are well-formed Unicode (no lone surrogates).
 */
public interface KeyValueStore extends AutoCloseable {

  /**
   * The entry for {@code key}, or {@code null}.
   *
   * @param key the key
   * @return the entry, expired or not (callers check {@link StoredValue#expiredAt}), or {@code
   *     null}
   */
  StoredValue get(String key);

  /**
   * The entries for several keys, in the order asked, absent keys left out.
   *
   * @param keys the keys; a repeated key appears once in the result
   * @return the entries found, keyed in the order asked
   */
  default Map<String, StoredValue> getAll(Collection<String> keys) {
    Map<String, StoredValue> found = new LinkedHashMap<>();
    for (String key : keys) {
      StoredValue value = get(key);
      if (value != null) {
        found.put(key, value);
      }
    }
    return found;
  }

  /**
   * Stores or replaces an entry.
   *
   * @param key the key
   * @param value the entry; stored as given, not copied
   */
  void put(String key, StoredValue value);

  /**
   * Stores or replaces several entries, all or none where the store supports it (SQLite).
   *
   * @param entries the entries, in the order they are applied
   */
  default void putAll(Map<String, StoredValue> entries) {
    entries.forEach(this::put);
  }

  /**
   * Removes an entry; returns whether it existed (expired or not).
   *
   * @param key the key; absent keys are fine
   * @return whether an entry existed
   */
  boolean delete(String key);

  /**
   * Removes several entries; returns how many existed.
   *
   * @param keys the keys; absent keys are fine
   * @return the number of entries that existed
   */
  default int deleteAll(Collection<String> keys) {
    int n = 0;
    for (String key : keys) {
      if (delete(key)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The entries of a range, in its order, up to its limit.
   *
   * @param range the prefix, bounds, order, limit and expiry filter
   * @return the matching entries, at most {@code range.limit()} when limited
   */
  List<Map.Entry<String, StoredValue>> list(KeyRange range);

  /**
   * Removes every entry that has expired at {@code nowMillis}; returns how many.
   *
   * @param nowMillis the instant, in epoch milliseconds
   * @return the number of entries removed
   */
  int deleteExpired(long nowMillis);

  /** Removes every entry. */
  void clear();

  /**
   * The number of entries, expired ones included.
   *
   * @return the entry count
   */
  long size();

  /**
   * The current content, to {@link #restore} later.
   *
   * @return an immutable snapshot
   */
  StoreSnapshot snapshot();

  /**
   * Replaces the whole content with a snapshot (of this store or another one).
   *
   * @param snapshot the content to restore; not {@code null}
   */
  void restore(StoreSnapshot snapshot);

  /** Releases the store (closes a database); in-memory content is dropped. */
  @Override
  default void close() {}
}
