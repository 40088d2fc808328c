package io.github.miniflare4j.cache.internal;

import io.github.miniflare4j.storage.InMemoryKeyValueStore;
import io.github.miniflare4j.storage.KeyValueStore;
import io.github.miniflare4j.storage.NamespaceFiles;
import io.github.miniflare4j.storage.SqliteKeyValueStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The stores of an instance's caches by name, in memory or one SQLite file per cache under a
 * directory: what {@code cache.CacheStorage} (the Java handle) and {@link CacheHost} (the
 * prelude's) share. Thread-safe.
 */
public final class CacheStores {

  private static final String FILE_SUFFIX = ".sqlite";

  private final Map<String, KeyValueStore> caches = new ConcurrentHashMap<>();
  private final Path root;
  private final AtomicBoolean usageWarned = new AtomicBoolean();

  /**
   * The stores of one instance.
   *
   * @param root the directory of the persisted caches (created when a cache is first written), or
   *     {@code null} for caches in memory
   */
  public CacheStores(Path root) {
    this.root = root;
  }

  /**
   * The store of one cache, created (or opened) on first use; keys are request URLs.
   *
   * @param name the cache name
   * @return its store
   */
  public KeyValueStore cache(String name) {
    return caches.computeIfAbsent(name, n -> root == null ? new InMemoryKeyValueStore() : SqliteKeyValueStore.open(root, n));
  }

  /**
   * The store of one cache if it was ever used (persisted: if its file exists).
   *
   * @param name the cache name
   * @return its store, or {@code null}
   */
  public KeyValueStore existing(String name) {
    KeyValueStore store = caches.get(name);
    if (store == null && root != null && Files.exists(NamespaceFiles.file(root, name, FILE_SUFFIX))) {
      return cache(name);
    }
    return store;
  }

  /**
   * The stores opened so far by this instance.
   *
   * @return a live read-only view, cache name to store
   */
  public Map<String, KeyValueStore> opened() {
    return Collections.unmodifiableMap(caches);
  }

  /**
   * Runs {@code warning} on the first call of these stores' life; later calls do nothing.
   *
   * @param warning receives the usage warning
   */
  public void warnUsageOnce(Consumer<String> warning) {
    if (usageWarned.compareAndSet(false, true)) {
      warning.accept("Cache operations will have no impact if you deploy to a workers.dev subdomain!");
    }
  }

  /** Closes every store and forgets them. */
  public void close() {
    caches.values().forEach(KeyValueStore::close);
    caches.clear();
  }
}
