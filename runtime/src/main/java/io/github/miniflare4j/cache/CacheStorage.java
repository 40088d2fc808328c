package io.github.miniflare4j.cache;

import io.github.miniflare4j.cache.internal.CacheHost;
import io.github.miniflare4j.cache.internal.CacheStores;
import io.github.miniflare4j.storage.KeyValueStore;
import io.github.miniflare4j.storage.NamespaceFiles;
import io.github.miniflare4j.storage.StoreSnapshot;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Cache API storage of one instance: one store per cache name, shared by every worker of
 * the instance, as in Miniflare (worker A's {@code caches.default.put} is worker B's {@code
 * caches.default.match}). {@code caches.default} is the cache named {@link #DEFAULT} ({@code
 * ""}), so {@code caches.open("")} reaches it too, as in Miniflare; {@code caches.open("default")}
 * is a different cache. In memory, or with {@link #persistent(Path)} one SQLite file per cache
 * under a directory (Miniflare's {@code cachePersist}). Thread-safe.
 *
 * <p>{@link #snapshot()} and {@link #restore(Snapshot)} capture and reset every cache at once,
 * for per-test isolation; restarting the workers leaves the caches alone.
 */
public final class CacheStorage implements AutoCloseable {

  /** The name under which {@code caches.default} is stored. */
  public static final String DEFAULT = "";

  private final CacheStores stores;
  private final Map<String, KeyValueStore> caches;
  private final CacheHost host;

  /** An empty storage in memory. */
  public CacheStorage() {
    this(null);
  }

  private CacheStorage(Path root) {
    this.stores = new CacheStores(root);
    this.caches = stores.opened();
    this.host = new CacheHost(stores, WorkerCacheSettings.DEFAULT.enabled(), WorkerCacheSettings.DEFAULT.warnUsage());
  }

  /**
   * Caches persisted under {@code root}: one SQLite file per cache name, named by {@link
   * NamespaceFiles}. Another instance pointing at the same directory later sees the same entries.
   *
   * @param root the directory; not {@code null}; created when a cache is first written
   * @return the storage
   */
  public static CacheStorage persistent(Path root) {
    return new CacheStorage(Objects.requireNonNull(root, "root"));
  }

  /** The host for a worker with {@code settings}; the shared default host for the default settings. */
  CacheHost scriptHost(WorkerCacheSettings settings) {
    return settings.equals(WorkerCacheSettings.DEFAULT) ? host : new CacheHost(stores, settings.enabled(), settings.warnUsage());
  }

  /**
   * Removes every entry of one cache, as Miniflare's {@code purgeCache(name)}.
   *
   * @param name the cache name ({@link #DEFAULT} for {@code caches.default})
   * @return the number of entries removed, expired ones not yet evicted included
   */
  public long purge(String name) {
    KeyValueStore store = stores.existing(name);
    if (store == null) {
      return 0;
    }
    long count = store.size();
    store.clear();
    return count;
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
        stores.cache(name).restore(saved);
      }
    });
  }

  /** Drops every entry. */
  @Override
  public void close() {
    stores.close();
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
