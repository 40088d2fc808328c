package io.github.miniflare4j.kv;

import io.github.miniflare4j.storage.InMemoryKeyValueStore;
import io.github.miniflare4j.storage.KeyValueStore;
import io.github.miniflare4j.storage.SqliteKeyValueStore;
import io.github.miniflare4j.storage.StoreSnapshot;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The KV namespaces of one instance, by namespace id: every worker binding the same id, and
 * the Java {@link KvNamespace} handles, share one store. In memory by default; {@link
 * #persistent(Path)} keeps one SQLite database per id under a directory. Thread-safe.
 *
 * <p>{@link #snapshot()} and {@link #restore(Snapshot)} capture and reset every namespace at
 * once, for per-test isolation.
 */
public final class KvStorage implements AutoCloseable {

  private final Map<String, KeyValueStore> namespaces = new ConcurrentHashMap<>();
  private final Function<String, KeyValueStore> factory;
  private final Path root;

  /** Namespaces kept in memory. */
  public KvStorage() {
    this(id -> new InMemoryKeyValueStore(), null);
  }

  private KvStorage(Function<String, KeyValueStore> factory, Path root) {
    this.factory = factory;
    this.root = root;
  }

  /**
   * Namespaces created by the given factory, one per id, on first use.
   *
   * @param factory makes the store of a namespace id; called once per id
   */
  public KvStorage(Function<String, KeyValueStore> factory) {
    this(factory, null);
  }

  /**
   * Namespaces persisted under {@code root}: one SQLite file per namespace id, named by {@link
   * io.github.miniflare4j.storage.NamespaceFiles}. Another instance pointing at the same
   * directory later sees the same data.
   *
   * @param root the directory; not {@code null}; created when a namespace is first used
   * @return the storage
   */
  public static KvStorage persistent(Path root) {
    Objects.requireNonNull(root, "root");
    return new KvStorage(id -> SqliteKeyValueStore.open(root, id), root);
  }

  /**
   * The persistence directory, or {@code null} in memory.
   *
   * @return the directory, or {@code null}
   */
  public Path root() {
    return root;
  }

  /**
   * The store of a namespace id, created (or opened) on first use.
   *
   * @param id the namespace id
   * @return the store, the same one on every call with this id
   */
  public KeyValueStore namespace(String id) {
    return namespaces.computeIfAbsent(id, factory);
  }

  /**
   * The ids of the namespaces used so far, sorted.
   *
   * @return a sorted copy of the ids
   */
  public Set<String> namespaceIds() {
    return new TreeSet<>(namespaces.keySet());
  }

  /** Removes every key of every namespace. */
  public void clear() {
    namespaces.values().forEach(KeyValueStore::clear);
  }

  /**
   * Captures every namespace used so far. O(1) per in-memory namespace (copy-on-write); a
   * persistent namespace copies its rows.
   *
   * @return an immutable snapshot of this storage
   */
  public Snapshot snapshot() {
    Map<String, StoreSnapshot> stores = new HashMap<>();
    namespaces.forEach((id, store) -> stores.put(id, store.snapshot()));
    return new Snapshot(stores);
  }

  /**
   * Puts every namespace back as it was in {@code snapshot}; namespaces first used after the
   * snapshot are emptied.
   *
   * @param snapshot a snapshot of this storage, from {@link #snapshot()}
   */
  public void restore(Snapshot snapshot) {
    namespaces.forEach((id, store) -> {
      StoreSnapshot saved = snapshot.stores.get(id);
      if (saved == null) {
        store.clear();
      } else {
        store.restore(saved);
      }
    });
    snapshot.stores.forEach((id, saved) -> {
      if (!namespaces.containsKey(id)) {
        namespace(id).restore(saved);
      }
    });
  }

  @Override
  public void close() {
    namespaces.values().forEach(KeyValueStore::close);
    namespaces.clear();
  }

  /** The content of every namespace of a {@link KvStorage} at one moment. Immutable, reusable. */
  public static final class Snapshot {
    private final Map<String, StoreSnapshot> stores;

    private Snapshot(Map<String, StoreSnapshot> stores) {
      this.stores = Map.copyOf(stores);
    }

    /**
     * The namespace ids captured.
     *
     * @return a sorted copy of the ids
     */
    public Set<String> namespaceIds() {
      return new TreeSet<>(stores.keySet());
    }
  }
}
