package io.github.miniflare4j.durable;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.miniflare4j.plugin.BindingDeclaration;
import io.github.miniflare4j.plugin.BindingPlugin;
import io.github.miniflare4j.plugin.OptionReader;
import io.github.miniflare4j.plugin.PluginContext;
import io.github.miniflare4j.plugin.PluginInstance;
import io.github.miniflare4j.plugin.WranglerSection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Durable Objects: Miniflare's {@code durableObjects} ({@code {NAME: "Class"}} or {@code {NAME:
 * {className, scriptName, useSQLite}}}), Wrangler's {@code durable_objects.bindings} (SQLite-backed
 * when {@code migrations[].new_sqlite_classes} lists the class) and {@code durableObjectsPersist}.
 */
public final class DurableObjectsPlugin implements BindingPlugin {

  @Override
  public String kind() {
    return DurableObjectDeclaration.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("durableObjects");
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("durable_objects");
  }

  @Override
  public String persistOption() {
    return "durableObjectsPersist";
  }

  @Override
  public Set<Class<?>> handleTypes() {
    return Set.of(DurableObjectNamespace.class);
  }

  @Override
  public List<BindingDeclaration> readJson(String key, JsonNode value, OptionReader options) {
    options.requireObject(value);
    List<BindingDeclaration> declarations = new ArrayList<>();
    value.fields().forEachRemaining(e -> {
      JsonNode d = e.getValue();
      OptionReader at = options.at(e.getKey());
      if (d.isTextual()) {
        declarations.add(new DurableObjectDeclaration(e.getKey(), DurableObjectBinding.of(d.asText())));
      } else if (d.isObject() && d.has("className")) {
        String className = at.at("className").text(d.get("className"));
        DurableObjectBinding definition = d.hasNonNull("scriptName")
            ? DurableObjectBinding.of(className, at.at("scriptName").text(d.get("scriptName")))
            : DurableObjectBinding.of(className);
        if (d.hasNonNull("useSQLite")) {
          if (!d.get("useSQLite").isBoolean()) {
            throw at.at("useSQLite").invalid("must be a boolean");
          }
          definition = definition.withSqlite(d.get("useSQLite").asBoolean());
        }
        declarations.add(new DurableObjectDeclaration(e.getKey(), definition));
      } else {
        throw at.invalid("must be a class name or {\"className\", \"scriptName\"}");
      }
    });
    return declarations;
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    config.expect(value.isObject() && value.path("bindings").isArray(), key, "a table with a \"bindings\" array", value);
    Set<String> sqlite = sqliteClasses(config.setting("migrations"));
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.eachTable(value.get("bindings"), key + ".bindings", "a table with \"name\" and \"class_name\"", (binding, at) -> {
      String name = config.requiredText(binding, at, "name");
      String className = config.requiredText(binding, at, "class_name");
      String scriptName = config.optionalText(binding, at, "script_name");
      DurableObjectBinding definition = scriptName == null
          ? DurableObjectBinding.of(className)
          : DurableObjectBinding.of(className, scriptName);
      // a class of this worker listed in migrations[].new_sqlite_classes is SQLite-backed
      declarations.add(new DurableObjectDeclaration(name,
          definition.withSqlite(scriptName == null && sqlite.contains(className))));
    });
    return declarations;
  }

  /** The classes that {@code migrations[].new_sqlite_classes} declares SQLite-backed. */
  private static Set<String> sqliteClasses(JsonNode migrations) {
    Set<String> classes = new HashSet<>();
    if (migrations != null && migrations.isArray()) {
      for (JsonNode migration : migrations) {
        JsonNode list = migration.path("new_sqlite_classes");
        if (list.isArray()) {
          list.forEach(c -> classes.add(c.asText()));
        }
      }
    }
    return classes;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new DurableObjectsInstance(context);
  }
}
