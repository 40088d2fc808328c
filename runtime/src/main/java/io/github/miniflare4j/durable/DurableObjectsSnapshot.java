package io.github.miniflare4j.durable;

import java.util.HashMap;
import java.util.Map;

/**
 * A copy of every Durable Object's storage of one instance, from {@code
 * Miniflare.snapshotDurableObjects()}, to put back with {@code restoreDurableObjects}: how a test
 * extension isolates tests from each other. Opaque and immutable.
 */
public final class DurableObjectsSnapshot {

  private final Map<String, Map<String, byte[]>> objects;

  /**
   * Wraps the registry's copy; {@code Miniflare} creates snapshots.
   *
   * @param objects namespace (owner and class) to object id to database bytes; kept, not copied
   */
  public DurableObjectsSnapshot(Map<String, Map<String, byte[]>> objects) {
    Map<String, Map<String, byte[]>> copy = new HashMap<>();
    objects.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    this.objects = Map.copyOf(copy);
  }

  /**
   * The copied databases, by namespace and object id.
   *
   * @return namespace (owner and class) to object id to database bytes; do not modify
   */
  public Map<String, Map<String, byte[]>> objects() {
    return objects;
  }

  /**
   * How many objects the snapshot holds.
   *
   * @return the number of objects over all namespaces
   */
  public int size() {
    return objects.values().stream().mapToInt(Map::size).sum();
  }
}
