package io.github.miniflare4j.storage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link KeyValueStore} in memory: the default for tests.
 *
 * <p>Copy-on-write snapshots: {@link #snapshot()} marks the current map as shared and hands it
 * out; the next write copies it first (O(n) once), so taking a snapshot and {@link #restore
 * restoring} one cost O(1), and a test that only reads never copies. Reads never lock; writes
 * hold one lock.
 */
public final class InMemoryKeyValueStore implements KeyValueStore {

  private final Object writeLock = new Object();
  private volatile ConcurrentSkipListMap<String, StoredValue> entries = newMap();
  private boolean shared; // guarded by writeLock: entries is also held by a snapshot

  /** An empty store. */
  public InMemoryKeyValueStore() {}

  private static ConcurrentSkipListMap<String, StoredValue> newMap() {
    return new ConcurrentSkipListMap<>(Utf8Order.INSTANCE);
  }

  private ConcurrentSkipListMap<String, StoredValue> writable() {
    if (shared) {
      entries = new ConcurrentSkipListMap<>(entries);
      shared = false;
    }
    return entries;
  }

  @Override
  public StoredValue get(String key) {
    return entries.get(key);
  }

  @Override
  public void put(String key, StoredValue value) {
    synchronized (writeLock) {
      writable().put(key, value);
    }
  }

  @Override
  public void putAll(Map<String, StoredValue> values) {
    synchronized (writeLock) {
      writable().putAll(values);
    }
  }

  @Override
  public boolean delete(String key) {
    synchronized (writeLock) {
      if (!entries.containsKey(key)) {
        return false;
      }
      return writable().remove(key) != null;
    }
  }

  @Override
  public List<Map.Entry<String, StoredValue>> list(KeyRange range) {
    return list(entries, range);
  }

  static List<Map.Entry<String, StoredValue>> list(NavigableMap<String, StoredValue> map, KeyRange range) {
    String lower = range.lowerBound();
    String upper = range.upperBound();
    NavigableMap<String, StoredValue> view =
        upper == null ? map.tailMap(lower, true) : map.subMap(lower, true, upper, false);
    Iterator<Map.Entry<String, StoredValue>> it =
        range.reverse() ? view.descendingMap().entrySet().iterator() : view.entrySet().iterator();
    List<Map.Entry<String, StoredValue>> page = new ArrayList<>();
    while (it.hasNext() && (!range.limited() || page.size() < range.limit())) {
      Map.Entry<String, StoredValue> entry = it.next();
      StoredValue value = entry.getValue();
      if (!range.contains(entry.getKey()) || value.expiredAt(range.liveAt())) {
        continue;
      }
      page.add(Map.entry(entry.getKey(), range.withValues() ? value : value.withoutValue()));
    }
    return page;
  }

  @Override
  public int deleteExpired(long nowMillis) {
    synchronized (writeLock) {
      List<String> expired = new ArrayList<>();
      entries.forEach((k, v) -> {
        if (v.expiredAt(nowMillis)) {
          expired.add(k);
        }
      });
      if (!expired.isEmpty()) {
        ConcurrentSkipListMap<String, StoredValue> map = writable();
        expired.forEach(map::remove);
      }
      return expired.size();
    }
  }

  @Override
  public void clear() {
    synchronized (writeLock) {
      entries = newMap();
      shared = false;
    }
  }

  @Override
  public long size() {
    return entries.size();
  }

  @Override
  public StoreSnapshot snapshot() {
    synchronized (writeLock) {
      shared = true;
      return new StoreSnapshot(entries, this);
    }
  }

  @Override
  public void restore(StoreSnapshot snapshot) {
    synchronized (writeLock) {
      NavigableMap<String, StoredValue> own = snapshot.shared(this);
      if (own instanceof ConcurrentSkipListMap<String, StoredValue> map) {
        entries = map;
        shared = true;
      } else {
        entries = new ConcurrentSkipListMap<>(snapshot.entries());
        shared = false;
      }
    }
  }

  @Override
  public void close() {
    clear();
  }
}
