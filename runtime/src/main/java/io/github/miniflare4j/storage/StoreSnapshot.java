package io.github.miniflare4j.storage;

import java.util.Collections;
import java.util.NavigableMap;

/**
 * The content of one {@link KeyValueStore} at one moment, to give back to {@link
 * KeyValueStore#restore}. Immutable and reusable: restore the same snapshot before every test.
 * Taking and restoring a snapshot of an {@link InMemoryKeyValueStore} costs O(1) (copy-on-write);
 * a {@link SqliteKeyValueStore} copies its rows.
 */
public final class StoreSnapshot {

  private final NavigableMap<String, StoredValue> entries;
  private final Object origin;

  StoreSnapshot(NavigableMap<String, StoredValue> entries, Object origin) {
    this.entries = entries;
    this.origin = origin;
  }

  /** The entries, in key order; never modified. */
  NavigableMap<String, StoredValue> entries() {
    return Collections.unmodifiableNavigableMap(entries);
  }

  /** The map itself, for the store that made it (it never writes to it again). */
  NavigableMap<String, StoredValue> shared(Object requester) {
    return requester == origin ? entries : null;
  }

  /**
   * The number of entries in the snapshot.
   *
   * @return the entry count, expired entries included
   */
  public int size() {
    return entries.size();
  }
}
