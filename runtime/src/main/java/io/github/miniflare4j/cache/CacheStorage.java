package io.github.miniflare4j.cache;

import io.github.miniflare4j.storage.InMemoryKeyValueStore;
import io.github.miniflare4j.storage.KeyValueStore;
import io.github.miniflare4j.storage.StoreSnapshot;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Cache API storage of one instance: one store per cache name, shared by every worker of
 * the instance, as in Miniflare (worker A's {@code caches.default.put} is worker B's {@code
 * caches.default.match}). {@code caches.default} is the cache named {@link #DEFAULT} ({@code
 * ""}), so {@code caches.open("")} reaches it too, as in Miniflare; {@code caches.open("default")}
 * is a different cache. In memory only. Thread-safe.
 *
 * <p>{@link #snapshot()} and {@link #restore(Snapshot)} capture and reset every cache at once,
 * for per-test isolation; restarting the workers leaves the caches alone.
 */
public final class CacheStorage implements AutoCloseable {

  /** The name under which {@code caches.default} is stored. */
  public static final String DEFAULT = "";

  private final Map<String, KeyValueStore> caches = new ConcurrentHashMap<>();
  private final CacheHost host = new CacheHost(this);

  /** An empty storage. */
  public CacheStorage() {}

  /** The store of one cache, created on first use; keys are request URLs. */
  KeyValueStore cache(String name) {
    return caches.computeIfAbsent(name, n -> new InMemoryKeyValueStore());
  }

  /** The store of one cache if it was ever used, else {@code null}. */
  KeyValueStore existing(String name) {
    return caches.get(name);
  }

  /**
   * The names of the caches written to so far, sorted ({@link #DEFAULT} for {@code caches.default}).
   *
   * @return a new sorted set of names
   */
  public Set<String> cacheNames() {
    return new TreeSet<>(caches.keySet());
  }

  /**
   * The number of entries of one cache, expired ones not yet evicted included.
   *
   * @param name the cache name; unknown names have 0 entries
   * @return the entry count
   */
  public long size(String name) {
    KeyValueStore store = caches.get(name);
    return store == null ? 0 : store.size();
  }

  /** Removes every entry of every cache. */
  public void clear() {
    caches.values().forEach(KeyValueStore::clear);
  }

  /**
   * Captures every cache used so far; O(1) per cache (copy-on-write).
   *
   * @return an immutable snapshot, reusable
   */
  public Snapshot snapshot() {
    Map<String, StoreSnapshot> stores = new HashMap<>();
    caches.forEach((name, store) -> stores.put(name, store.snapshot()));
    return new Snapshot(stores);
  }

  /**
   * Puts every cache back as it was in {@code snapshot}; caches first used since are emptied.
   *
   * @param snapshot a snapshot of this storage, from {@link #snapshot()}; not {@code null}
   */
  public void restore(Snapshot snapshot) {
    caches.forEach((name, store) -> {
      StoreSnapshot saved = snapshot.stores.get(name);
      if (saved == null) {
        store.clear();
      } else {
        store.restore(saved);
      }
    });
    snapshot.stores.forEach((name, saved) -> {
      if (!caches.containsKey(name)) {
        cache(name).restore(saved);
      }
    });
  }

  /**
   * The object the prelude's {@code caches} global calls. Part of the runtime's plumbing, not
   * an API for tests.
   *
   * @return the host, the same one on every call
   */
  public CacheHost scriptHost() {
    return host;
  }

  /** Drops every entry. */
  @Override
  public void close() {
    caches.values().forEach(KeyValueStore::close);
    caches.clear();
  }

  /** The content of every cache of a {@link CacheStorage} at one moment. Immutable, reusable. */
  public static final class Snapshot {
    private final Map<String, StoreSnapshot> stores;

    private Snapshot(Map<String, StoreSnapshot> stores) {
      this.stores = Map.copyOf(stores);
    }

    /**
     * The cache names captured.
     *
     * @return a new sorted set of names
     */
    public Set<String> cacheNames() {
      return new TreeSet<>(stores.keySet());
    }
  }
}
