package io.github.miniflare4j.kv;

import io.github.miniflare4j.storage.InMemoryKeyValueStore;
import io.github.miniflare4j.storage.KeyValueStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The KV namespaces of one instance, by namespace id: every worker binding the same id shares
 * one store. Thread-safe.
 */
public final class KvStorage implements AutoCloseable {

  private final Map<String, KeyValueStore> namespaces = new ConcurrentHashMap<>();
  private final Function<String, KeyValueStore> factory;

  /** Namespaces kept in memory. */
  public KvStorage() {
    this(id -> new InMemoryKeyValueStore());
  }

  /** Namespaces created by the given factory, one per id, on first use. */
  public KvStorage(Function<String, KeyValueStore> factory) {
    this.factory = factory;
  }

  /** The store of a namespace id, created on first use. */
  public KeyValueStore namespace(String id) {
    return namespaces.computeIfAbsent(id, factory);
  }

  @Override
  public void close() {
    namespaces.values().forEach(KeyValueStore::close);
    namespaces.clear();
  }
}
