package io.github.miniflare4j.unsafeeval;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.engine.JsBinding;
import io.github.miniflare4j.engine.WorkerIsolate;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.unsafeeval.internal.UnsafeEvalHost;
import java.util.List;
import java.util.Set;

/** Miniflare's {@code unsafeEvalBinding} worker option: the name of an {@code UnsafeEval} binding. */
public final class UnsafeEvalPlugin implements BindingPlugin {

  @Override
  public String kind() {
    return UnsafeEvalDeclaration.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("unsafeEvalBinding");
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    return List.of(new UnsafeEvalDeclaration(options.text(value)));
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
        return UnsafeEvalDeclaration.KIND;
      }

      @Override
      public Object createHost(WorkerIsolate isolate) {
        return UnsafeEvalHost.INSTANCE;
      }

      @Override
      public String factoryScript() {
        return "/io/github/miniflare4j/unsafeeval/unsafe_eval.js";
      }
    };
  }
}
