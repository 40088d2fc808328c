package io.github.miniflare4j.standin;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import java.util.List;
import java.util.Set;

/**
 * Bindings answered by Java ({@link StandInBinding}): declared from Java only, so no JSON or
 * Wrangler key; a stand-in replaces a binding of the same name that a Wrangler file declared.
 */
public final class StandInPlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/standin/standin.js";

  @Override
  public String kind() {
    return StandInBinding.KIND;
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
  public PluginInstance start(PluginContext context) {
    return (worker, declaration) -> new JsBinding() {
      @Override
      public String name() {
        return declaration.name();
      }

      @Override
      public String kind() {
        return StandInBinding.KIND;
      }

      @Override
      public Object createHost(WorkerIsolate isolate) {
        return new StandInHost((StandInBinding) declaration, isolate);
      }

      @Override
      public String factoryScript() {
        return SCRIPT;
      }
    };
  }
}
