package io.github.miniflare4j.unemulated;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.BindingPlugins;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every binding kind no other plugin emulates: its options are accepted (Miniflare's JSON names
 * and Wrangler's keys) and each binding becomes a value that throws a clear {@code Error} when
 * used. The kinds are those of {@link UnemulatedKinds} whose keys no other plugin claims.
 */
public final class UnemulatedPlugin implements BindingPlugin {

  private volatile Map<String, UnemulatedKinds.Kind> byJsonKey;
  private volatile Map<String, UnemulatedKinds.Kind> byWranglerKey;

  @Override
  public String kind() {
    return UnemulatedBinding.KIND;
  }

  @Override
  public boolean emulated() {
    return false;
  }

  @Override
  public Set<String> jsonKeys() {
    index();
    return byJsonKey.keySet();
  }

  @Override
  public Set<String> wranglerKeys() {
    index();
    return byWranglerKey.keySet();
  }

  /** Computed lazily: the registry must be loaded to know which keys other plugins claim. */
  private void index() {
    if (byJsonKey != null) {
      return;
    }
    Set<String> claimed = BindingPlugins.keysClaimedByOthers(kind());
    Map<String, UnemulatedKinds.Kind> json = new HashMap<>();
    Map<String, UnemulatedKinds.Kind> wrangler = new HashMap<>();
    for (UnemulatedKinds.Kind k : UnemulatedKinds.ALL) {
      if (k.jsonKey() != null && !claimed.contains(k.jsonKey())) {
        json.put(k.jsonKey(), k);
      }
      if (k.wranglerKey() != null && !claimed.contains(k.wranglerKey())) {
        wrangler.put(k.wranglerKey(), k);
      }
    }
    UnemulatedKinds.NON_BINDING_JSON_KEYS.stream().filter(key -> !claimed.contains(key))
        .forEach(key -> json.put(key, null));
    byWranglerKey = Map.copyOf(wrangler);
    Map<String, UnemulatedKinds.Kind> withNulls = new HashMap<>(json);
    byJsonKey = java.util.Collections.unmodifiableMap(withNulls);
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    index();
    UnemulatedKinds.Kind kind = byJsonKey.get(key);
    return kind == null ? List.of() : declarations(BindingNames.fromJson(key, value, options), kind);
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    index();
    return declarations(BindingNames.fromWrangler(key, value, config), byWranglerKey.get(key));
  }

  private static List<BindingDeclaration> declarations(List<String> names, UnemulatedKinds.Kind kind) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    names.forEach(name -> declarations.add(new UnemulatedBinding(name, kind.label())));
    return declarations;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return (worker, declaration) -> (JsBinding) declaration;
  }
}
