package io.github.miniflare4j.dispatchnamespace;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.ScriptedBinding;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dispatch namespaces: Miniflare's {@code dispatchNamespaces} ({@code {NAME: {namespace}}}) and
 * Wrangler's {@code [[dispatch_namespaces]]} ({@code binding}, {@code namespace}). Their calls fail
 * as Miniflare's do without a remote connection (recorded: dispatch-namespace-local).
 */
public final class DispatchNamespacePlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/dispatchnamespace/dispatch-namespace.js";

  @Override
  public String kind() {
    return DispatchNamespaceBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("dispatchNamespaces");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("dispatch_namespaces");
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    return options.namesOrObject(value, name -> null, (name, entry) -> {
      entry.reader().requireObject(entry.value());
      return new DispatchNamespaceBinding(name, entry.reader().at("namespace").text(entry.value().get("namespace")));
    });
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), key, "an array of { binding, namespace } tables", value);
    config.eachTable(value, key, "a table with \"binding\" and \"namespace\"", (table, at) ->
        declarations.add(new DispatchNamespaceBinding(config.requiredText(table, at, "binding"),
            config.requiredText(table, at, "namespace"))));
    return declarations;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return (worker, declaration) -> new ScriptedBinding(declaration.name(), DispatchNamespaceBinding.KIND,
        declaration.name(), SCRIPT);
  }
}
