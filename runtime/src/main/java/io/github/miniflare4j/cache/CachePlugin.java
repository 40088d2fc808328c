package io.github.miniflare4j.cache;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import java.util.List;
import java.util.Set;

/**
 * The Cache API: not a binding but the {@code caches} global of every worker, backed by one
 * {@link CacheStorage} per instance that the prelude reaches as {@code host.plugin("cache")}.
 * Started by every instance; no options yet.
 */
public final class CachePlugin implements BindingPlugin {

  /** The kind's name. */
  public static final String KIND = "cache";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of();
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    return List.of();
  }

  @Override
  public boolean alwaysStarts() {
    return true;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new CacheInstance(new CacheStorage());
  }

  /** The caches of one instance. */
  private static final class CacheInstance implements PluginInstance {
    private final CacheStorage storage;

    CacheInstance(CacheStorage storage) {
      this.storage = storage;
    }

    @Override
    public JsBinding bind(String worker, BindingDeclaration declaration) {
      throw new IllegalArgumentException("The Cache API has no bindings; got " + declaration);
    }

    @Override
    public Object workerHost(String worker) {
      return storage.scriptHost();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      return type == CacheStorage.class ? type.cast(storage) : PluginInstance.super.unwrap(type);
    }

    @Override
    public Object snapshot() {
      return storage.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
      storage.restore((CacheStorage.Snapshot) snapshot);
    }

    @Override
    public void close() {
      storage.close();
    }
  }
}
