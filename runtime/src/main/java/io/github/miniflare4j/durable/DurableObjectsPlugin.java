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
import java.util.Map;
import java.util.Set;

/**
 * Durable Objects: Miniflare's {@code durableObjects} ({@code {NAME: "Class"}} or {@code {NAME:
 * {className, scriptName, useSQLite}}}) and {@code additionalUnboundDurableObjects}, Wrangler's
 * {@code durable_objects.bindings} (SQLite-backed when {@code migrations} or the declarative
 * {@code exports} make the class so), and {@code durableObjectsPersist}. Classes that {@code
 * migrations} or {@code exports} provision without a binding are unbound namespaces: only {@code
 * ctx.exports} reaches them, as in Wrangler.
 */
public final class DurableObjectsPlugin implements BindingPlugin {

  @Override
  public String kind() {
    return DurableObjectDeclaration.KIND;
  }

  @Override
  public Set<String> jsonKeys() {
    return Set.of("durableObjects", ADDITIONAL_UNBOUND);
  }

  @Override
  public Set<String> wranglerKeys() {
    return Set.of("durable_objects", "migrations", "exports");
  }

  private static final String ADDITIONAL_UNBOUND = "additionalUnboundDurableObjects";

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
    if (key.equals(ADDITIONAL_UNBOUND)) {
      return readUnbound(value, options);
    }
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

  /** {@code [{className, scriptName?, useSQLite?}]}: namespaces reached only through {@code ctx.exports}. */
  private static List<BindingDeclaration> readUnbound(JsonNode value, OptionReader options) {
    if (!value.isArray()) {
      throw options.invalid("must be an array of {\"className\", \"useSQLite\"}");
    }
    List<BindingDeclaration> declarations = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode d = value.get(i);
      OptionReader at = options.at(String.valueOf(i));
      if (!d.isObject() || !d.hasNonNull("className")) {
        throw at.invalid("must be {\"className\", \"useSQLite\"}");
      }
      String className = at.at("className").text(d.get("className"));
      if (d.hasNonNull("useSQLite") && !d.get("useSQLite").isBoolean()) {
        throw at.at("useSQLite").invalid("must be a boolean");
      }
      declarations.add(DurableObjectDeclaration.unbound(className, d.path("useSQLite").asBoolean(false)));
    }
    return declarations;
  }

  @Override
  public List<BindingDeclaration> readWrangler(String key, JsonNode value, WranglerSection config) {
    Map<String, Boolean> provisioned = DurableObjectClasses.provisioned(config);
    if (!key.equals("durable_objects")) {
      return unboundClasses(provisioned, config);
    }
    config.expect(value.isObject() && value.path("bindings").isArray(), key, "a table with a \"bindings\" array", value);
    List<BindingDeclaration> declarations = new ArrayList<>();
    config.eachTable(value.get("bindings"), key + ".bindings", "a table with \"name\" and \"class_name\"", (binding, at) -> {
      String name = config.requiredText(binding, at, "name");
      String className = config.requiredText(binding, at, "class_name");
      String scriptName = config.optionalText(binding, at, "script_name");
      DurableObjectBinding definition = scriptName == null
          ? DurableObjectBinding.of(className)
          : DurableObjectBinding.of(className, scriptName);
      // a class of this worker that migrations or exports provision on SQLite is SQLite-backed
      declarations.add(new DurableObjectDeclaration(name,
          definition.withSqlite(scriptName == null && provisioned.getOrDefault(className, false))));
    });
    return declarations;
  }

  /**
   * The provisioned classes of this worker that no {@code durable_objects} binding names (Wrangler's
   * {@code additionalUnboundDurableObjects}). Read for {@code migrations} and for {@code exports}
   * alike: the second read declares the same names again, which replace the first.
   */
  private static List<BindingDeclaration> unboundClasses(Map<String, Boolean> provisioned, WranglerSection config) {
    Set<String> bound = new HashSet<>();
    JsonNode bindings = config.setting("durable_objects") == null
        ? null : config.setting("durable_objects").path("bindings");
    if (bindings != null) {
      bindings.forEach(b -> {
        if (!b.hasNonNull("script_name")) {
          bound.add(b.path("class_name").asText());
        }
      });
    }
    List<BindingDeclaration> declarations = new ArrayList<>();
    provisioned.forEach((className, sqlite) -> {
      if (!bound.contains(className)) {
        declarations.add(DurableObjectDeclaration.unbound(className, sqlite));
      }
    });
    return declarations;
  }

  @Override
  public PluginInstance start(PluginContext context) {
    return new DurableObjectsInstance(context);
  }
}
