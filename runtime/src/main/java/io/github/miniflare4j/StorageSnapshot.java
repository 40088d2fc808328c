package io.github.miniflare4j;

import io.github.miniflare4j.durable.DurableObjectsSnapshot;
import java.util.Map;

/**
 * The state of all storage of one {@link Miniflare} instance, taken by {@link
 * Miniflare#snapshotStorage()} and put back by {@link Miniflare#restoreStorage}. Opaque: only
 * the instance that took it can restore it.
 */
public final class StorageSnapshot {

  private final DurableObjectsSnapshot durableObjects;
  private final Map<String, Object> plugins;

  StorageSnapshot(
      DurableObjectsSnapshot durableObjects, Map<String, Object> plugins) {
    this.durableObjects = durableObjects;
    this.plugins = Map.copyOf(plugins);
  }

  DurableObjectsSnapshot durableObjects() {
    return durableObjects;
  }

  Map<String, Object> plugins() {
    return plugins;
  }
}
