package io.github.miniflare4j.durable;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Durable Object classes a Wrangler file provisions, each with whether it is SQLite-backed,
 * as Wrangler computes them for local development: {@code migrations} applied in order
 * ({@code new_classes}, {@code new_sqlite_classes}, {@code renamed_classes}, {@code
 * deleted_classes}), then the live {@code "durable-object"} entries of the declarative
 * {@code exports} map ({@code storage = "sqlite"} for SQLite).
 */
final class DurableObjectClasses {

  private DurableObjectClasses() {}

  /**
   * Reads the classes of one worker's settings.
   *
   * @param config the worker's settings
   * @return class name to SQLite-backed, in provisioning order
   * @throws io.github.miniflare4j.MiniflareException when a migration names a class that does not
   *     exist (renamed, deleted) or already exists (new), with Wrangler's message
   */
  static Map<String, Boolean> provisioned(WranglerSection config) {
    Map<String, Boolean> classes = new LinkedHashMap<>();
    JsonNode migrations = config.setting("migrations");
    if (migrations != null && migrations.isArray()) {
      int index = 0;
      for (JsonNode migration : migrations) {
        apply(migration, "migrations[" + index++ + "]", classes, config);
      }
    }
    JsonNode exports = config.setting("exports");
    if (exports != null && exports.isObject()) {
      exports.fields().forEachRemaining(e -> {
        JsonNode entry = e.getValue();
        String state = entry.path("state").asText("created");
        boolean live = state.equals("created") || state.equals("expecting-transfer");
        if (entry.path("type").asText().equals("durable-object") && live) {
          classes.put(e.getKey(), entry.path("storage").asText().equals("sqlite"));
        }
      });
    }
    return classes;
  }

  private static void apply(JsonNode migration, String at, Map<String, Boolean> classes, WranglerSection config) {
    migration.path("deleted_classes").forEach(c -> {
      if (classes.remove(c.asText()) == null) {
        throw config.error(at, "Cannot apply deleted_classes migration to non-existent class " + c.asText());
      }
    });
    migration.path("renamed_classes").forEach(r -> {
      String from = r.path("from").asText();
      Boolean sqlite = classes.remove(from);
      if (sqlite == null) {
        throw config.error(at, "Cannot apply renamed_classes migration to non-existent class " + from);
      }
      classes.put(r.path("to").asText(), sqlite);
    });
    addNew(migration.path("new_classes"), "new_classes", false, at, classes, config);
    addNew(migration.path("new_sqlite_classes"), "new_sqlite_classes", true, at, classes, config);
  }

  private static void addNew(JsonNode list, String key, boolean sqlite, String at, Map<String, Boolean> classes,
      WranglerSection config) {
    list.forEach(c -> {
      if (classes.putIfAbsent(c.asText(), sqlite) != null) {
        throw config.error(at, "Cannot apply " + key + " migration to existing class " + c.asText());
      }
    });
  }
}
