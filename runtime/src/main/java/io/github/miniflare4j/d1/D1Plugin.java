package io.github.miniflare4j.d1;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * D1 databases: Miniflare's {@code d1Databases} and {@code d1Persist}, Wrangler's {@code
 * d1_databases}, the {@link D1Database} Java handle. Listed in the plugin registry.
 */
public final class D1Plugin implements BindingPlugin {

  static final String KIND = "d1";

  /** Creates the plugin (the registry does). */
  public D1Plugin() {}

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("d1Databases");
  }

  /** An array of binding names (each the database id), or an object of binding name to database id. */
  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    return options.namesOrObject(value, D1Databases::database, (name, entry) -> {
      JsonNode id = entry.value();
      if (id != null && id.isObject()) {
        return D1Databases.database(name, entry.reader().at("id").text(id.get("id")));
      }
      return D1Databases.database(name, entry.reader().text(id));
    });
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("d1_databases");
  }

  /**
   * Each table's {@code binding}; its database is {@code preview_database_id}, else {@code
   * database_id}, else {@code database_name}, else the binding (what {@code wrangler dev} uses
   * locally); {@code migrations_dir} is relative to the file.
   */
  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.eachTable(value, key, "a table with a \"binding\" and a \"database_id\"", (table, at) -> {
      String binding = config.requiredText(table, at, "binding");
      String id = firstOf(config.optionalText(table, at, "preview_database_id"), config.optionalText(table, at, "database_id"),
          config.optionalText(table, at, "database_name"), binding);
      String dir = config.optionalText(table, at, "migrations_dir");
      String migrationsTable = config.optionalText(table, at, "migrations_table");
      Path migrations = config.resolve(dir == null ? D1DatabaseDeclaration.DEFAULT_MIGRATIONS_DIR : dir);
      declarations.add(new D1DatabaseDeclaration(binding, id, migrations,
          migrationsTable == null ? D1DatabaseDeclaration.DEFAULT_MIGRATIONS_TABLE : migrationsTable));
    });
    return declarations;
  }

  private static String firstOf(String... values) {
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(D1Database.class);
  }

  @Override
  public String persistOption() {
    return "d1Persist";
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new D1Instance(context);
  }
}
