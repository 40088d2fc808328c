package io.github.miniflare4j.stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.ScriptedBinding;
import io.github.miniflare4j.plugin.WranglerSection;
import io.github.miniflare4j.storage.InMemoryKeyValueStore;
import io.github.miniflare4j.storage.SqliteKeyValueStore;
import io.github.miniflare4j.storage.StoreSnapshot;
import io.github.miniflare4j.stream.internal.StreamTables;
import java.util.List;
import java.util.Set;

/**
 * Cloudflare Stream: Miniflare's {@code stream} ({@code {binding}}) and {@code streamPersist},
 * Wrangler's {@code [stream]} table. One store per instance (Miniflare's {@code stream-data}), in
 * memory or under the persist directory.
 */
public final class StreamPlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/stream/stream.js";
  /** Miniflare's name of the store. */
  private static final String NAMESPACE = "stream-data";

  @Override
  public String kind() {
    return StreamBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("stream");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("stream");
  }

  @Override
  public String persistOption() {
    return "streamPersist";
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    return List.of(new StreamBinding(options.at("binding").text(value.get("binding"))));
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    config.expect(value.isObject(), key, "a table with a \"binding\"", value);
    return List.of(new StreamBinding(config.requiredText(value, key, "binding")));
  }

  @Override
  public PluginInstance start(PluginContext context) {
    StreamTables tables = new StreamTables(
        context.persisted() ? SqliteKeyValueStore.open(context.persistDirectory(), NAMESPACE) : new InMemoryKeyValueStore(),
        context.clock());
    return new PluginInstance() {
      @Override
      public JsBinding bind(String worker, BindingDeclaration declaration) {
        return new ScriptedBinding(declaration.name(), StreamBinding.KIND, tables, SCRIPT);
      }

      @Override
      public Object snapshot() {
        return tables.snapshot();
      }

      @Override
      public void restore(Object snapshot) {
        tables.restore((StoreSnapshot) snapshot);
      }

      @Override
      public void close() {
        tables.close();
      }
    };
  }
}
