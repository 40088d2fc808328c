package io.github.miniflare4j.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The registered {@link BuiltinModuleProvider}s, by specifier; loaded once per JVM. */
final class BuiltinModuleProviders {

  private static final Map<String, BuiltinModuleProvider> BY_SPECIFIER = load();

  private BuiltinModuleProviders() {}

  private static Map<String, BuiltinModuleProvider> load() {
    Map<String, BuiltinModuleProvider> providers = new HashMap<>();
    for (BuiltinModuleProvider provider : ServiceLoader.load(BuiltinModuleProvider.class, BuiltinModuleProvider.class.getClassLoader())) {
      BuiltinModuleProvider previous = providers.putIfAbsent(provider.specifier(), provider);
      if (previous != null) {
        throw new IllegalStateException("two providers of built-in module " + provider.specifier() + ": "
            + previous.getClass().getName() + " and " + provider.getClass().getName());
      }
    }
    return Map.copyOf(providers);
  }

  /** The provider of {@code specifier}, or {@code null}. */
  static BuiltinModuleProvider find(String specifier) {
    return BY_SPECIFIER.get(specifier);
  }
}
