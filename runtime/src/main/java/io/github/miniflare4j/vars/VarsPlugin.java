package io.github.miniflare4j.vars;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.JsonBinding;
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
 * Plain variables: Miniflare's {@code bindings} ({@code {NAME: value}}) and Wrangler's {@code
 * vars} table. Each becomes a JSON value under {@code env}; nothing is stored.
 */
public final class VarsPlugin implements BindingPlugin {

  @Override
  public String kind() {
    return VarDeclaration.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("bindings");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("vars");
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    return declarations(value);
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    config.expect(value.isObject(), key, "a table of variables", value);
    return declarations(value);
  }

  private static List<BindingDeclaration> declarations(JsonNode table) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    table.fields().forEachRemaining(e -> declarations.add(new VarDeclaration(e.getKey(), e.getValue())));
    return declarations;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new PluginInstance() {
      @Override
      public JsBinding bind(String worker, BindingDeclaration declaration) {
        return new JsonBinding(declaration.name(), ((VarDeclaration) declaration).value());
      }
    };
  }
}
