package io.github.miniflare4j.plugin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * A binding kind (D1, R2, queues, ...): everything miniflare4j knows of the kind lives behind
 * this interface and in the plugin's own package. Plugins are found with {@link
 * java.util.ServiceLoader} (the registry is the resource {@code
 * META-INF/services/io.github.miniflare4j.plugin.BindingPlugin}); see CONTRIBUTING.md.
 *
 * <p>A plugin is stateless and shared by every instance of the JVM; the state of one {@code
 * Miniflare} instance (storage, queues in flight) lives in the {@link PluginInstance} that
 * {@link #start} returns. Implementations must be thread-safe.
 */
public interface BindingPlugin {

  /**
   * The kind's short name: the key of its declarations, its JavaScript factory and its persist
   * directory ({@code <persist root>/<kind>}).
   *
   * @return a lower-case name, unique among plugins, e.g. {@code "d1"}
   */
  String kind();

  /**
   * Whether the kind's bindings work; {@code false} for kinds accepted in options but not
   * emulated, whose bindings throw when used (and which Wrangler warnings name).
   *
   * @return {@code true} for every real plugin
   */
  default boolean emulated() {
    return true;
  }

  /**
   * The worker options of Miniflare's JSON shape this kind reads, under Miniflare's own names.
   *
   * @return e.g. {@code Set.of("d1Databases")}
   */
  Set<String> jsonKeys();

  /**
   * Reads one worker option of {@link #jsonKeys()} into declarations.
   *
   * @param key the option name, one of {@link #jsonKeys()}
   * @param value its value
   * @param options checks and messages for the value, located at the option's path
   * @return the declarations, in the option's order
   * @throws io.github.miniflare4j.MiniflareException {@code ERR_VALIDATION} (through {@code
   *     options}) when the value has the wrong shape
   */
  List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options);

  /**
   * The keys of a Wrangler file this kind reads.
   *
   * @return e.g. {@code Set.of("d1_databases")}; empty when Wrangler has none
   */
  default Set<String> wranglerKeys() {
    return Set.of();
  }

  /**
   * Reads one Wrangler setting of {@link #wranglerKeys()} into declarations.
   *
   * @param key the setting, one of {@link #wranglerKeys()}
   * @param value its value (after environment resolution)
   * @param config checks, messages with the file's line, and paths relative to the file
   * @return the declarations
   */
  default List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    return List.of();
  }

  /**
   * The types of the Java handles {@link PluginInstance#handle} returns for this kind: what
   * {@code Miniflare.getBinding(type, ...)} and the JUnit extension's injection accept.
   *
   * @return e.g. {@code Set.of(D1Database.class)}; empty when the kind has no Java handle
   */
  default Set<Class<?>> handleTypes() {
    return Set.of();
  }

  /**
   * The instance-wide option of Miniflare's JSON shape that persists this kind's storage, e.g.
   * {@code "d1Persist"}: {@code true} persists under {@code .mf/<kind>}, a string under that
   * directory.
   *
   * @return the option name, or {@code null} when the kind stores nothing
   */
  default String persistOption() {
    return null;
  }

  /**
   * Whether every instance starts this kind, even when no worker declares a binding of it: a
   * kind that serves a global of every worker (the Cache API's {@code caches}) through {@link
   * PluginInstance#workerHost}.
   *
   * @return {@code false} for binding kinds (the default)
   */
  default boolean alwaysStarts() {
    return false;
  }

  /**
   * Starts the kind's state for one instance; called once per {@code Miniflare} in which a
   * worker declares a binding of this kind (or always, see {@link #alwaysStarts()}), before the
   * workers start.
   *
   * @param context the instance's clock, persist directory, workers and executors
   * @return the instance's state; closed with the instance
   */
  PluginInstance start(PluginContext context);
}
