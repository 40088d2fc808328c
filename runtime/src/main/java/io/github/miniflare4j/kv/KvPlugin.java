package io.github.miniflare4j.kv;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * KV namespaces: Miniflare's {@code kvNamespaces} (an array of names, or binding name to
 * namespace id), Wrangler's {@code kv_namespaces} ({@code [{binding, id}]}) and {@code
 * kvPersist}. One {@link KvStorage} per instance, in memory or one SQLite file per namespace id.
 */
public final class KvPlugin implements BindingPlugin {

  @Override
  public String kind() {
    return KvNamespaceDeclaration.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("kvNamespaces");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("kv_namespaces");
  }

  @Override
  public String persistOption() {
    return "kvPersist";
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(KvNamespace.class);
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    return options.namesOrObject(value,
        name -> new KvNamespaceDeclaration(name, name),
        (name, entry) -> {
          JsonNode v = entry.value();
          // Miniflare also takes { id, remoteProxyConnectionString? } for a namespace id
          String id = v.isObject() ? entry.reader().at("id").text(v.get("id")) : entry.reader().text(v);
          return new KvNamespaceDeclaration(name, id);
        });
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), key, "an array of { binding, id } tables", value);
    config.eachTable(value, key, "a table with \"binding\" and \"id\"", (kv, at) -> {
      String binding = config.requiredText(kv, at, "binding");
      String id = config.optionalText(kv, at, "id");
      // wrangler dev stores a namespace locally under its id, or its binding name without one
      declarations.add(new KvNamespaceDeclaration(binding, id != null ? id : binding));
    });
    return declarations;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new KvInstance(context.persisted() ? KvStorage.persistent(context.persistDirectory()) : new KvStorage(),
        context.clock());
  }
}
