package io.github.miniflare4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.miniflare4j.ErrorCode;
import io.github.miniflare4j.MiniflareException;
import io.github.miniflare4j.ModuleRule;
import io.github.miniflare4j.WorkerModule;
import io.github.miniflare4j.WorkerOptions;
import io.github.miniflare4j.plugin.BindingPlugins;
import io.github.miniflare4j.plugin.WranglerSection;
import io.github.miniflare4j.modules.ModuleOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Turns the settings in force (after environment resolution) into {@link WorkerOptions},
 * checking each value's shape. A wrong shape fails with the file, the line, the setting, what
 * was expected and what was found.
 */
final class WorkerReader implements WranglerSection {

  /** Keys turned into worker options. */
  static final Set<String> SUPPORTED = Set.of(
      "name", "main", "compatibility_date", "compatibility_flags",
      "routes", "route", "rules", "triggers", "alias", "define", "base_dir",
      "no_bundle", "find_additional_modules");

  /**
   * Settings miniflare4j does not act on (yet) that are not bindings; bindings of kinds it does
   * not emulate are those of the plugins whose {@code emulated()} is false.
   */
  static final Set<String> UNSUPPORTED_SETTINGS = Set.of(
      "containers", "cloudchamber", "unsafe", "tail_consumers");

  private final Path file;
  private final KeyLocator locator;
  private final List<String> envPath;
  private boolean hasMain = true;
  private JsonNode settings;

  WorkerReader(Path file, KeyLocator locator, String env) {
    this.file = file;
    this.locator = locator;
    this.envPath = env == null ? List.of() : List.of("env", env);
  }

  @Override
  public boolean hasMain() {
    return hasMain;
  }

  WorkerOptions.Builder read(JsonNode settings, Map<String, String> devVars) {
    this.settings = settings;
    WorkerOptions.Builder worker = WorkerOptions.builder();
    String name = optionalText(settings, "name");
    if (name != null) {
      worker.name(name);
    }
    hasMain = settings.get("main") != null;
    if (!hasMain && settings.get("assets") != null) {
      // an assets-only project: its assets answer every request; the worker never runs
      worker.modules(true).script("export default {};");
    } else {
      worker.scriptPath(main(settings));
      worker.moduleOptions(moduleOptions(settings));
    }
    String date = optionalText(settings, "compatibility_date");
    worker.compatibilityDate(date != null ? date : WranglerConfig.DEFAULT_COMPATIBILITY_DATE);
    worker.compatibilityFlags(texts(settings, "compatibility_flags"));
    readPlugins(settings, worker);
    // .dev.vars override the variables of the file (the vars plugin read them with the others)
    devVars.forEach(worker::binding);
    worker.routes(routes(settings));
    worker.modulesRules(rules(settings));
    worker.crons(crons(settings));
    return worker;
  }

  /** The settings of binding plugins ({@code d1_databases}, {@code r2_buckets}, ...). */
  private void readPlugins(JsonNode settings, WorkerOptions.Builder worker) {
    settings.fields().forEachRemaining(field -> BindingPlugins.byWranglerKey(field.getKey()).ifPresent(plugin ->
        plugin.readWrangler(field.getKey(), field.getValue(), this).forEach(worker::bind)));
    // Wrangler runs unsafe bindings of type "ratelimit" locally as rate limiters
    JsonNode unsafe = settings.path("unsafe").path("bindings");
    if (unsafe.isArray()) {
      ArrayNode limits = JsonNodeFactory.instance.arrayNode();
      unsafe.forEach(b -> {
        if ("ratelimit".equals(b.path("type").asText())) {
          limits.add(b);
        }
      });
      if (!limits.isEmpty()) {
        BindingPlugins.byWranglerKey("ratelimits").ifPresent(plugin ->
            plugin.readWrangler("unsafe.bindings", limits, this).forEach(worker::bind));
      }
    }
  }

  @Override
  public JsonNode setting(String key) {
    return settings == null ? null : settings.get(key);
  }

  @Override
  public Path resolve(String relative) {
    return file.toAbsolutePath().getParent().resolve(relative).normalize();
  }

  @Override
  public MiniflareException error(String at, String message) {
    return error(keysOf(at), message);
  }

  /** Wrangler's {@code rules}: {@code [[rules]] type = "Text", globs = ["**}{@code /*.md"], fallthrough = true}. */
  private List<ModuleRule> rules(JsonNode settings) {
    JsonNode list = settings.get("rules");
    List<ModuleRule> rules = new ArrayList<>();
    if (list == null) {
      return rules;
    }
    expect(list.isArray(), "rules", "an array of { type, globs } tables", list);
    eachTable(list, "rules", "a table with \"type\" and \"globs\"", (rule, at) -> {
      String type = requiredText(rule, at, "type");
      WorkerModule.Type moduleType;
      try {
        moduleType = WorkerModule.Type.fromOptionName(type);
      } catch (IllegalArgumentException e) {
        throw error(List.of("rules"), at + ".type: " + e.getMessage());
      }
      JsonNode globs = rule.get("globs");
      if (globs == null || !globs.isArray() || globs.isEmpty()) {
        throw error(List.of("rules"), at + ".globs must be a non-empty array of glob strings, was " + globs);
      }
      List<String> patterns = new ArrayList<>();
      for (JsonNode glob : globs) {
        if (!glob.isTextual()) {
          throw error(List.of("rules"), at + ".globs must hold strings, found " + glob);
        }
        patterns.add(glob.asText());
      }
      JsonNode fallthrough = rule.get("fallthrough");
      if (fallthrough != null && !fallthrough.isBoolean()) {
        throw error(List.of("rules"), at + ".fallthrough must be true or false, was " + fallthrough);
      }
      rules.add(new ModuleRule(moduleType, patterns, fallthrough != null && fallthrough.asBoolean()));
    });
    return rules;
  }

  private Path main(JsonNode settings) {
    String main = optionalText(settings, "main");
    if (main == null) {
      throw error(List.of(), "\"main\" is missing: set it to the worker's entry file, e.g. main = \"src/index.js\"");
    }
    Path entry = file.toAbsolutePath().getParent().resolve(main).normalize();
    if (!Files.isRegularFile(entry)) {
      throw error(List.of("main"), "\"main\" = \"" + main + "\" does not exist: no file " + entry);
    }
    return entry;
  }

  /** Wrangler's alias, define, base_dir, no_bundle and find_additional_modules; paths relative to the file. */
  private ModuleOptions moduleOptions(JsonNode settings) {
    Path dir = file.toAbsolutePath().getParent();
    ModuleOptions.Builder options = ModuleOptions.builder().projectRoot(dir).aliasBase(dir);
    JsonNode alias = settings.get("alias");
    if (alias != null) {
      expect(alias.isObject(), "alias", "a table of package name = replacement strings", alias);
      alias.fields().forEachRemaining(a -> {
        expect(a.getValue().isTextual(), "alias." + a.getKey(), "a string", a.getValue());
        options.alias(a.getKey(), a.getValue().asText());
      });
    }
    JsonNode define = settings.get("define");
    if (define != null) {
      expect(define.isObject(), "define", "a table of name = \"JavaScript expression\" strings", define);
      define.fields().forEachRemaining(d -> {
        expect(d.getValue().isTextual(), "define." + d.getKey(), "a string holding a JavaScript expression", d.getValue());
        options.define(d.getKey(), d.getValue().asText());
      });
    }
    String baseDir = optionalText(settings, "base_dir");
    if (baseDir != null) {
      options.baseDir(dir.resolve(baseDir).normalize());
    }
    JsonNode noBundle = settings.get("no_bundle");
    if (noBundle != null) {
      expect(noBundle.isBoolean(), "no_bundle", "a boolean", noBundle);
      options.bundle(!noBundle.asBoolean());
    }
    JsonNode find = settings.get("find_additional_modules");
    if (find != null) {
      expect(find.isBoolean(), "find_additional_modules", "a boolean", find);
      options.findAdditionalModules(find.asBoolean());
    }
    return options.build();
  }

  /**
   * Reads each element of the array {@code list} found at {@code at}: checks it is a table
   * ({@code expected} names what it must hold) and hands it to {@code read} with its position,
   * e.g. {@code services[2]}, for error messages.
   */
  @Override
  public void eachTable(JsonNode list, String at, String expected, BiConsumer<JsonNode, String> read) {
    for (int i = 0; i < list.size(); i++) {
      JsonNode table = list.get(i);
      String where = at + "[" + i + "]";
      expect(table.isObject(), where, expected, table);
      read.accept(table, where);
    }
  }

  private List<String> routes(JsonNode settings) {
    JsonNode routes = settings.get("routes");
    JsonNode route = settings.get("route");
    if (routes != null && route != null && routes.size() > 0) {
      throw error(List.of("route"), "Expected exactly one of the following fields [\"routes\",\"route\"].");
    }
    List<String> patterns = new ArrayList<>();
    if (route != null) {
      patterns.add(pattern(route, "route"));
    }
    if (routes != null) {
      expect(routes.isArray(), "routes", "an array of route patterns", routes);
      for (int i = 0; i < routes.size(); i++) {
        patterns.add(pattern(routes.get(i), "routes[" + i + "]"));
      }
    }
    return patterns;
  }

  /** {@code triggers.crons}: checked here, so that a bad expression is reported at its line. */
  private List<String> crons(JsonNode settings) {
    JsonNode triggers = settings.get("triggers");
    List<String> crons = new ArrayList<>();
    if (triggers == null || triggers.isNull()) {
      return crons;
    }
    expect(triggers.isObject(), "triggers", "a table with a \"crons\" array", triggers);
    JsonNode list = triggers.get("crons");
    if (list == null || list.isNull()) {
      return crons;
    }
    expect(list.isArray(), "triggers.crons", "an array of cron expressions", list);
    for (int i = 0; i < list.size(); i++) {
      String at = "triggers.crons[" + i + "]";
      expect(list.get(i).isTextual(), at, "a cron expression string", list.get(i));
      try {
        io.github.miniflare4j.scheduled.CronExpression.parse(list.get(i).asText());
      } catch (MiniflareException e) {
        throw error(keysOf(at), "\"" + at + "\": " + e.getMessage());
      }
      crons.add(list.get(i).asText());
    }
    return crons;
  }

  /** A route is a pattern string or a table { pattern, zone_name | zone_id | custom_domain }. */
  private String pattern(JsonNode route, String at) {
    if (route.isTextual()) {
      return route.asText();
    }
    expect(route.isObject() && route.path("pattern").isTextual(), at,
        "a pattern string or a table with a \"pattern\" string", route);
    return route.get("pattern").asText();
  }

  private List<String> texts(JsonNode settings, String key) {
    JsonNode list = settings.get(key);
    List<String> values = new ArrayList<>();
    if (list == null) {
      return values;
    }
    expect(list.isArray(), key, "an array of strings", list);
    for (JsonNode item : list) {
      expect(item.isTextual(), key, "an array of strings", list);
      values.add(item.asText());
    }
    return values;
  }

  private String optionalText(JsonNode settings, String key) {
    JsonNode value = settings.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    expect(value.isTextual(), key, "a string", value);
    return value.asText();
  }

  @Override
  public String optionalText(JsonNode table, String at, String key) {
    JsonNode value = table.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    expect(value.isTextual(), at + "." + key, "a string", value);
    return value.asText();
  }

  @Override
  public String requiredText(JsonNode table, String at, String key) {
    String value = optionalText(table, at, key);
    if (value == null) {
      throw error(keysOf(at), "\"" + at + "\" should have a string \"" + key + "\" field but got " + table);
    }
    return value;
  }

  @Override
  public void expect(boolean ok, String at, String expected, JsonNode found) {
    if (!ok) {
      throw error(keysOf(at), "\"" + at + "\" should be " + expected + ", but got " + found);
    }
  }

  /** The keys of a setting path such as {@code kv_namespaces[0].binding}, for the locator. */
  private List<String> keysOf(String at) {
    List<String> keys = new ArrayList<>(envPath);
    for (String part : at.split("\\.")) {
      int bracket = part.indexOf('[');
      keys.add(bracket < 0 ? part : part.substring(0, bracket));
    }
    return keys;
  }

  /** An error located in the environment's section when the setting is there, else at the top. */
  private MiniflareException error(List<String> keys, String message) {
    List<String> topLevel = keys.size() >= envPath.size() && keys.subList(0, envPath.size()).equals(envPath)
        ? keys.subList(envPath.size(), keys.size())
        : keys;
    int line = 0;
    if (!topLevel.isEmpty()) {
      if (!envPath.isEmpty()) {
        List<String> inEnv = new ArrayList<>(envPath);
        inEnv.addAll(topLevel);
        line = locator.line(inEnv);
      }
      if (line == 0) {
        line = locator.line(topLevel);
      }
    }
    return new MiniflareException(ErrorCode.ERR_VALIDATION, file + (line > 0 ? ":" + line : "") + ": " + message);
  }

  /** Keys neither read here nor known to Wrangler as harmless deploy settings, sorted. */
  static Set<String> unsupported(JsonNode settings) {
    Set<String> unsupported = new TreeSet<>();
    for (Iterator<String> keys = settings.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      boolean unemulatedBinding = BindingPlugins.byWranglerKey(key).map(p -> !p.emulated()).orElse(false);
      if (unemulatedBinding || UNSUPPORTED_SETTINGS.contains(key)) {
        unsupported.add(key);
      }
    }
    return unsupported;
  }
}
