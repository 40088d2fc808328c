package io.github.miniflare4j.junit.internal;

import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugins;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Java handle types of binding plugins, for injection with {@code @Binding}. */
final class PluginHandles {

  private PluginHandles() {}

  /** Whether some plugin hands out Java handles of this type. */
  static boolean isHandleType(Class<?> type) {
    return BindingPlugins.all().stream().anyMatch(p -> p.handleTypes().contains(type));
  }

  /** The worker's plugin bindings whose kind hands out handles of this type, by binding name. */
  static Map<String, BindingDeclaration> bindingsOfType(WorkerOptions worker, Class<?> type) {
    Map<String, BindingDeclaration> bindings = new LinkedHashMap<>();
    for (BindingDeclaration declaration : worker.declarations()) {
      if (BindingPlugins.byKind(declaration.kind()).handleTypes().contains(type)) {
        bindings.put(declaration.name(), declaration);
      }
    }
    return bindings;
  }
}
