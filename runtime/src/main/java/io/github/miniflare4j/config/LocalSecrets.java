package io.github.miniflare4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values Wrangler adds to a worker's {@code vars} for local development (its {@code
 * getVarsForDev}): {@code .dev.vars} (see {@link DevVars}) when there is one; otherwise, unless
 * {@code CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV} is {@code false}, the {@code .env} files beside
 * the configuration merged in the order {@code .env}, {@code .env.local}, {@code .env.<env>},
 * {@code .env.<env>.local} (a later file wins) and expanded as dotenv-expand does ({@code
 * ${NAME}}, {@code ${NAME:-default}}, {@code $NAME}; with {@code CLOUDFLARE_INCLUDE_PROCESS_ENV=true}
 * the process environment is included and wins). When the configuration declares {@code
 * secrets}, only the keys that are already {@code vars} or listed in {@code secrets.required}
 * are kept (and the process environment is always included).
 */
final class LocalSecrets {

  private static final int MAX_EXPANSION_DEPTH = 16;

  private LocalSecrets() {}

  /**
   * @param configDir the configuration file's directory
   * @param env the chosen environment, or {@code null}
   * @param settings the resolved settings (for {@code vars} and {@code secrets})
   * @param processEnv the process environment (a parameter, for tests)
   * @return the values to bind over {@code vars}, in file order
   */
  static Map<String, String> load(Path configDir, String env, JsonNode settings, Map<String, String> processEnv) {
    JsonNode secrets = settings.get("secrets");
    boolean declared = secrets != null && secrets.isObject();
    Map<String, String> loaded;
    Path devVars = DevVars.locate(configDir, env);
    if (devVars != null) {
      loaded = DevVars.read(devVars);
    } else if (!"false".equalsIgnoreCase(processEnv.getOrDefault("CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV", ""))) {
      loaded = dotEnv(configDir, env, declared || "true".equalsIgnoreCase(processEnv.get("CLOUDFLARE_INCLUDE_PROCESS_ENV"))
          ? processEnv : Map.of());
    } else {
      loaded = Map.of();
    }
    if (!declared) {
      return loaded;
    }
    JsonNode vars = settings.get("vars");
    List<String> required = new ArrayList<>();
    JsonNode list = secrets.get("required");
    if (list != null && list.isArray()) {
      list.forEach(n -> required.add(n.asText()));
    }
    Map<String, String> kept = new LinkedHashMap<>();
    loaded.forEach((key, value) -> {
      if ((vars != null && vars.has(key)) || required.contains(key)) {
        kept.put(key, value);
      }
    });
    return kept;
  }

  /** The merged, expanded {@code .env} files; {@code processEnv} is included and wins when not empty. */
  static Map<String, String> dotEnv(Path configDir, String env, Map<String, String> processEnv) {
    List<String> names = new ArrayList<>(List.of(".env", ".env.local"));
    if (env != null) {
      names.add(".env." + env);
      names.add(".env." + env + ".local");
    }
    Map<String, String> parsed = new LinkedHashMap<>();
    for (String name : names) {
      Path file = configDir.resolve(name);
      if (Files.isRegularFile(file)) {
        parsed.putAll(DevVars.read(file));
      }
    }
    Map<String, String> result = new LinkedHashMap<>(processEnv);
    for (Map.Entry<String, String> e : parsed.entrySet()) {
      if (!processEnv.containsKey(e.getKey())) {
        result.put(e.getKey(), expand(e.getValue(), parsed, processEnv, 0));
      }
    }
    return result;
  }

  /** dotenv-expand's substitution of {@code ${NAME}}, {@code ${NAME:-d}}, {@code ${NAME-d}} and {@code $NAME}; {@code \$} is a dollar. */
  private static String expand(String value, Map<String, String> parsed, Map<String, String> processEnv, int depth) {
    if (value.indexOf('$') < 0 || depth > MAX_EXPANSION_DEPTH) {
      return value;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
        continue;
      }
      if (c != '$' || i + 1 >= value.length()) {
        out.append(c);
        i++;
        continue;
      }
      String name;
      String fallback = null;
      int next;
      if (value.charAt(i + 1) == '{') {
        int close = value.indexOf('}', i + 2);
        if (close < 0) {
          out.append(c);
          i++;
          continue;
        }
        String inner = value.substring(i + 2, close);
        int colonDash = inner.indexOf(":-");
        int dash = inner.indexOf('-');
        if (colonDash >= 0) {
          name = inner.substring(0, colonDash);
          fallback = inner.substring(colonDash + 2);
        } else if (dash >= 0) {
          name = inner.substring(0, dash);
          fallback = inner.substring(dash + 1);
        } else {
          name = inner;
        }
        next = close + 1;
      } else {
        int end = i + 1;
        while (end < value.length() && (Character.isLetterOrDigit(value.charAt(end)) || value.charAt(end) == '_')) {
          end++;
        }
        if (end == i + 1) {
          out.append(c);
          i++;
          continue;
        }
        name = value.substring(i + 1, end);
        next = end;
      }
      String found = processEnv.containsKey(name) ? processEnv.get(name)
          : parsed.containsKey(name) ? expand(parsed.get(name), parsed, processEnv, depth + 1) : null;
      if (found == null || found.isEmpty()) {
        found = fallback == null ? "" : expand(fallback, parsed, processEnv, depth + 1);
      }
      out.append(found);
      i = next;
    }
    return out.toString();
  }
}
