package io.github.miniflare4j.plugin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The registry of binding kinds: every {@link BindingPlugin} listed in {@code
 * META-INF/services/io.github.miniflare4j.plugin.BindingPlugin}, loaded once per class loader.
 * Option readers look plugins up here by option name; nothing else names them.
 */
public final class BindingPlugins {

  private static final List<BindingPlugin> ALL = load();
  private static final Map<String, BindingPlugin> BY_KIND = index(ALL, p -> Set.of(p.kind()));
  private static final Map<String, BindingPlugin> BY_JSON_KEY = index(ALL, BindingPlugin::jsonKeys);
  private static final Map<String, BindingPlugin> BY_WRANGLER_KEY = index(ALL, BindingPlugin::wranglerKeys);
  private static final Map<String, BindingPlugin> BY_PERSIST_OPTION =
      index(ALL, p -> p.persistOption() == null ? Set.of() : Set.of(p.persistOption()));

  private BindingPlugins() {}

  /**
   * Every registered plugin, in registry order.
   *
   * @return an immutable list
   */
  public static List<BindingPlugin> all() {
    return ALL;
  }

  /**
   * The plugin of a kind.
   *
   * @param kind a {@link BindingPlugin#kind()}
   * @return the plugin
   * @throws IllegalArgumentException when no plugin has that kind
   */
  public static BindingPlugin byKind(String kind) {
    BindingPlugin plugin = BY_KIND.get(kind);
    if (plugin == null) {
      throw new IllegalArgumentException("No binding plugin of kind \"" + kind + "\"; registered kinds: " + BY_KIND.keySet());
    }
    return plugin;
  }

  /**
   * The place of a kind in the registry, which orders a worker's {@code env} by kind.
   *
   * @param kind a {@link BindingPlugin#kind()}
   * @return the index of its plugin in {@link #all()}
   * @throws IllegalArgumentException when no plugin has that kind
   */
  public static int position(String kind) {
    return ALL.indexOf(byKind(kind));
  }

  /**
   * The plugin reading a worker option of Miniflare's JSON shape.
   *
   * @param key an option name such as {@code d1Databases}
   * @return the plugin, or empty
   */
  public static Optional<BindingPlugin> byJsonKey(String key) {
    return Optional.ofNullable(BY_JSON_KEY.get(key));
  }

  /**
   * The plugin reading a Wrangler setting.
   *
   * @param key a setting such as {@code d1_databases}
   * @return the plugin, or empty
   */
  public static Optional<BindingPlugin> byWranglerKey(String key) {
    return Optional.ofNullable(BY_WRANGLER_KEY.get(key));
  }

  /**
   * The plugin whose storage an instance-wide option persists.
   *
   * @param key an option such as {@code d1Persist}
   * @return the plugin, or empty
   */
  public static Optional<BindingPlugin> byPersistOption(String key) {
    return Optional.ofNullable(BY_PERSIST_OPTION.get(key));
  }

  /**
   * The JSON worker options and Wrangler keys of every plugin but {@code except}: what the
   * other plugins claim.
   *
   * @param except the asking plugin's kind
   * @return the claimed JSON keys and Wrangler keys, in one set
   */
  public static Set<String> keysClaimedByOthers(String except) {
    Set<String> keys = new HashSet<>();
    for (BindingPlugin plugin : ALL) {
      if (!plugin.kind().equals(except)) {
        keys.addAll(plugin.jsonKeys());
        keys.addAll(plugin.wranglerKeys());
      }
    }
    return keys;
  }

  private static List<BindingPlugin> load() {
    List<BindingPlugin> plugins = new ArrayList<>();
    ServiceLoader.load(BindingPlugin.class, BindingPlugin.class.getClassLoader()).forEach(plugins::add);
    return List.copyOf(plugins);
  }

  private static Map<String, BindingPlugin> index(
      List<BindingPlugin> plugins, java.util.function.Function<BindingPlugin, Set<String>> keys) {
    Map<String, BindingPlugin> index = new HashMap<>();
    for (BindingPlugin plugin : plugins) {
      for (String key : keys.apply(plugin)) {
        BindingPlugin earlier = index.putIfAbsent(key, plugin);
        if (earlier != null && !earlier.kind().equals(plugin.kind())) {
          throw new IllegalStateException("Binding plugins \"" + earlier.kind() + "\" and \"" + plugin.kind()
              + "\" both claim \"" + key + "\"");
        }
      }
    }
    return Map.copyOf(index);
  }
}
