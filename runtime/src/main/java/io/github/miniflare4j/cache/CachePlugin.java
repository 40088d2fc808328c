package io.github.miniflare4j.cache;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Cache API: not a binding but the {@code caches} global of every worker, backed by one
 * {@link CacheStorage} per instance that the prelude reaches as {@code host.plugin("cache")}.
 * Started by every instance. Reads Miniflare's worker options {@code cache} and {@code
 * cacheWarnUsage} (booleans, into {@link CacheSetting}s) and the instance option {@code
 * cachePersist}.
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
    return Set.of(CacheSetting.Option.CACHE.jsonKey(), CacheSetting.Option.WARN_USAGE.jsonKey());
  }

  @Override
  public String persistOption() {
    return "cachePersist";
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isBoolean()) {
      throw options.invalid("must be a boolean, was " + value);
    }
    CacheSetting.Option option = key.equals(CacheSetting.Option.CACHE.jsonKey()) ? CacheSetting.Option.CACHE : CacheSetting.Option.WARN_USAGE;
    return List.of(new CacheSetting(option, value.asBoolean()));
  }

  @Override
  public boolean alwaysStarts() {
    return true;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    CacheStorage storage = context.persisted() ? CacheStorage.persistent(context.persistDirectory()) : new CacheStorage();
    return new CacheInstance(storage, context.declarations());
  }

  /** The caches of one instance. */
  private static final class CacheInstance implements PluginInstance {
    private final CacheStorage storage;
    private final Map<String, WorkerCacheSettings> settings = new HashMap<>();

    CacheInstance(CacheStorage storage, Map<String, List<BindingDeclaration>> declarations) {
      this.storage = storage;
      declarations.forEach((worker, declared) -> settings.put(worker, WorkerCacheSettings.of(declared)));
    }

    @Override
    public JsBinding bind(String worker, BindingDeclaration declaration) {
      throw new IllegalArgumentException("The Cache API has no bindings; got " + declaration);
    }

    @Override
    public Object workerHost(String worker) {
      return storage.scriptHost(settings.getOrDefault(worker, WorkerCacheSettings.DEFAULT));
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
