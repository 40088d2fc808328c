package io.github.miniflare4j.hyperdrive;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.KeyedHandles;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Hyperdrive: Miniflare's {@code hyperdrives} (binding name to connection string) and Wrangler's
 * {@code [[hyperdrive]]} ({@code binding}, {@code id}, {@code localConnectionString}, overridden by
 * the environment variable {@code CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_<BINDING>} as
 * Wrangler does). Nothing is stored, so there is nothing to reset.
 */
public final class HyperdrivePlugin implements BindingPlugin {

  private static final String SCRIPT = "/io/github/miniflare4j/hyperdrive/hyperdrive.js";
  static final String ENV_PREFIX = "CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_";
  static final String DEPRECATED_ENV_PREFIX = "WRANGLER_HYPERDRIVE_LOCAL_CONNECTION_STRING_";

  private final UnaryOperator<String> environment;

  /** The plugin the registry loads: reads the process environment. */
  public HyperdrivePlugin() {
    this(System::getenv);
  }

  HyperdrivePlugin(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  @Override
  public String kind() {
    return HyperdriveBinding.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("hyperdrives");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("hyperdrive");
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(Hyperdrive.class);
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    return options.namesOrObject(value, name -> null, (name, entry) -> {
      String text = entry.reader().text(entry.value());
      String problem = ConnectionString.parse(text).problem();
      if (problem != null) {
        throw entry.reader().invalid(problem);
      }
      return new HyperdriveBinding(name, text);
    });
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.expect(value.isArray(), key, "an array of { binding, id, localConnectionString } tables", value);
    config.eachTable(value, key, "a table with \"binding\" and \"id\"", (table, at) -> {
      String binding = config.requiredText(table, at, "binding");
      String fromEnvironment = fromEnvironment(binding);
      String local = fromEnvironment != null ? fromEnvironment : config.optionalText(table, at, "localConnectionString");
      if (local == null) {
        throw config.error(at, "When developing locally, you should use a local Postgres connection string to emulate "
            + "Hyperdrive functionality. Please setup Postgres locally and set the value of the '" + ENV_PREFIX + binding
            + "' variable or \"" + binding + "\"'s \"localConnectionString\" to the Postgres connection string.");
      }
      String problem = ConnectionString.parse(local).problem();
      if (problem != null) {
        throw config.error(at, "\"" + binding + "\"'s local connection string is invalid: " + problem);
      }
      declarations.add(new HyperdriveBinding(binding, local));
    });
    return declarations;
  }

  /** Wrangler's override: a non-empty environment variable wins over the file. */
  private String fromEnvironment(String binding) {
    for (String prefix : List.of(ENV_PREFIX, DEPRECATED_ENV_PREFIX)) {
      String value = environment.apply(prefix + binding);
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return null;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new KeyedHandles<Hyperdrive>(context, SCRIPT, (worker, d) -> worker + "\u0000" + d.name(),
        d -> new Hyperdrive((HyperdriveBinding) d), hyperdrive -> null, (hyperdrive, nothing) -> { });
  }
}
