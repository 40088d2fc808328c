package io.github.miniflare4j.wrapped;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.wrapped.internal.WrappedBinding;
import io.github.miniflare4j.wrapped.internal.WrappedScripts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wrapped bindings: Miniflare's {@code wrappedBindings} worker option ({@code {NAME: "script"}}
 * or {@code {NAME: {scriptName, entrypoint?, bindings?}}}). The named workers are not started as
 * workers of their own: their module runs inside each worker that binds it (see {@link
 * WrappedBindingDeclaration}). Miniflare's checks of those workers and their messages are in
 * {@code internal.WrappedScripts}.
 */
public final class WrappedBindingsPlugin implements BindingPlugin {

  @Override
  public String kind() {
    return WrappedBindingDeclaration.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("wrappedBindings");
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    return options.namesOrObject(value, name -> null, (name, entry) -> {
      OptionReader at = entry.reader();
      JsonNode designator = entry.value();
      if (designator.isTextual()) {
        return WrappedBindingDeclaration.wrapped(name, designator.asText());
      }
      at.requireObject(designator);
      String scriptName = at.at("scriptName").text(designator.get("scriptName"));
      String entrypoint = at.optionalText(designator, "entrypoint");
      Map<String, JsonNode> bindings = new LinkedHashMap<>();
      JsonNode inner = designator.get("bindings");
      if (inner != null && !inner.isNull()) {
        at.at("bindings").requireObject(inner);
        inner.fields().forEachRemaining(e -> bindings.put(e.getKey(), e.getValue()));
      }
      return new WrappedBindingDeclaration(name, scriptName, entrypoint, bindings);
    });
  }

  @Override
  public PluginInstance start(PluginContext context) {
    WrappedScripts scripts = WrappedScripts.check(context);
    return new PluginInstance() {
      @Override
      public JsBinding bind(String worker, BindingDeclaration declaration) {
        return new WrappedBinding((WrappedBindingDeclaration) declaration, scripts, context.workers());
      }

      @Override
      public boolean runsWorkerItself(String worker) {
        return scripts.wraps(worker);
      }
    };
  }
}
