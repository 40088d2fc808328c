package io.github.miniflare4j;

import java.util.Map;

/**
 * The state of all storage of one {@link Miniflare} instance, taken by {@link
 * Miniflare#snapshotStorage()} and put back by {@link Miniflare#restoreStorage}: one opaque
 * snapshot per binding kind that stores something (KV, the Cache API, Durable Objects, D1, ...).
 * Only the instance that took it can restore it.
 */
public final class StorageSnapshot {

  private final Map<String, Object> plugins;

  StorageSnapshot(Map<String, Object> plugins) {
    this.plugins = Map.copyOf(plugins);
  }

  Map<String, Object> plugins() {
    return plugins;
  }
}
