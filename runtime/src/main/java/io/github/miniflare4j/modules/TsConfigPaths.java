package io.github.miniflare4j.modules;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TypeScript's {@code compilerOptions.paths} and {@code baseUrl} as esbuild applies them to a
 * bare import of a project file: the nearest {@code tsconfig.json} (or {@code jsconfig.json})
 * above the importer, with its {@code extends} chain; the {@code paths} pattern with the longest
 * prefix, its targets tried in order (relative to {@code baseUrl}, else to the file that declares
 * {@code paths}); then the specifier under {@code baseUrl}. Files under {@code node_modules} are
 * not affected. As in esbuild, an {@code extends} that names no file or forms a cycle is skipped
 * with a warning (a project copied out of its monorepo keeps working). Thread-safe; each
 * configuration is read once.
 */
final class TsConfigPaths {

  private static final Logger LOG = LoggerFactory.getLogger(TsConfigPaths.class);

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  /** What one configuration file says about module resolution, after {@code extends}. */
  private record Config(Path file, Path baseUrl, Path pathsBase, Map<String, List<String>> paths, Jsx jsx,
      Boolean experimentalDecorators) {}

  /** The JSX compiler options, each {@code null} when not set. */
  private record Jsx(String mode, String factory, String fragment, String importSource) {
    static final Jsx UNSET = new Jsx(null, null, null, null);

    /** These options, each unset one taken from {@code inherited}. */
    Jsx over(Jsx inherited) {
      return new Jsx(mode != null ? mode : inherited.mode, factory != null ? factory : inherited.factory,
          fragment != null ? fragment : inherited.fragment, importSource != null ? importSource : inherited.importSource);
    }

    JsxTransform.Settings settings() {
      JsxTransform.Settings d = JsxTransform.Settings.DEFAULT;
      boolean automatic = "react-jsx".equals(mode) || "react-jsxdev".equals(mode);
      return new JsxTransform.Settings(automatic, factory != null ? factory : d.factory(),
          fragment != null ? fragment : d.fragment(), importSource != null ? importSource : d.importSource());
    }
  }

  private static final Config NONE = new Config(null, null, null, Map.of(), Jsx.UNSET, null);

  private final Map<Path, Config> byDirectory = new ConcurrentHashMap<>();

  /**
   * Resolves {@code specifier} through the configuration that governs {@code referrer}.
   *
   * @param specifier a bare specifier
   * @param referrer the importing file
   * @param lookup esbuild's file-or-directory lookup: a candidate path and the list of paths tried
   *     to the file found, or {@code null}
   * @param tried receives the paths tried, for the failure message
   * @return the file, or empty to go on with {@code node_modules}
   */
  Optional<Path> resolve(String specifier, Path referrer, BiFunction<Path, List<String>, Path> lookup, List<String> tried) {
    Path dir = referrer.getParent();
    if (dir == null || isInNodeModules(dir)) {
      return Optional.empty();
    }
    Config config = configFor(dir);
    if (config == NONE) {
      return Optional.empty();
    }
    String bestKey = null;
    for (String key : config.paths().keySet()) {
      if (matches(key, specifier) && (bestKey == null || prefix(key).length() > prefix(bestKey).length())) {
        bestKey = key;
      }
    }
    if (bestKey != null) {
      String wildcard = wildcard(bestKey, specifier);
      Path base = config.baseUrl() != null ? config.baseUrl() : config.pathsBase();
      for (String target : config.paths().get(bestKey)) {
        String substituted = wildcard == null ? target : target.replace("*", wildcard);
        Path found = lookup.apply(base.resolve(substituted).normalize(), tried);
        if (found != null) {
          return Optional.of(found);
        }
      }
    }
    if (config.baseUrl() != null) {
      Path found = lookup.apply(config.baseUrl().resolve(specifier).normalize(), tried);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /**
   * How the JSX of a file in {@code dir} compiles: the governing configuration's {@code jsx},
   * {@code jsxFactory}, {@code jsxFragmentFactory} and {@code jsxImportSource} ({@code
   * "react-jsx"} and {@code "react-jsxdev"} select the automatic runtime; anything else, or no
   * configuration, the classic one), esbuild's defaults for what is not set.
   *
   * @param dir the module's directory
   * @return the settings
   */
  JsxTransform.Settings jsxSettings(Path dir) {
    return configFor(dir).jsx().settings();
  }

  /**
   * Whether the configuration governing {@code dir} sets {@code experimentalDecorators}: esbuild then
   * compiles TypeScript's legacy decorators instead of ECMAScript's.
   *
   * @param dir the module's directory
   * @return true when set to true
   */
  boolean experimentalDecorators(Path dir) {
    return Boolean.TRUE.equals(configFor(dir).experimentalDecorators());
  }

  /**
   * The configuration file governing a directory, for messages.
   *
   * @param dir a directory
   * @return the tsconfig.json or jsconfig.json, or {@code null}
   */
  Path configFile(Path dir) {
    return configFor(dir).file();
  }

  private static boolean matches(String key, String specifier) {
    int star = key.indexOf('*');
    if (star < 0) {
      return key.equals(specifier);
    }
    String before = key.substring(0, star);
    String after = key.substring(star + 1);
    return specifier.length() >= before.length() + after.length()
        && specifier.startsWith(before) && specifier.endsWith(after);
  }

  private static String prefix(String key) {
    int star = key.indexOf('*');
    return star < 0 ? key : key.substring(0, star);
  }

  private static String wildcard(String key, String specifier) {
    int star = key.indexOf('*');
    if (star < 0) {
      return null;
    }
    return specifier.substring(star, specifier.length() - (key.length() - star - 1));
  }

  private static boolean isInNodeModules(Path dir) {
    for (Path part : dir) {
      if (part.toString().equals("node_modules")) {
        return true;
      }
    }
    return false;
  }

  private Config configFor(Path dir) {
    Config cached = byDirectory.get(dir);
    if (cached != null) {
      return cached;
    }
    Config config = NONE;
    for (String name : List.of("tsconfig.json", "jsconfig.json")) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file)) {
        config = read(file, new HashSet<>());
        break;
      }
    }
    if (config == NONE && dir.getParent() != null) {
      config = configFor(dir.getParent());
    }
    byDirectory.put(dir, config);
    return config;
  }

  /** Reads a configuration with its {@code extends} chain: the extending file's settings win. */
  private Config read(Path file, Set<Path> seen) {
    seen.add(file);
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new ModuleException(file + " is not valid JSON: " + e.getMessage(), e);
    }
    Config base = new Config(file, null, null, Map.of(), Jsx.UNSET, null);
    for (String parent : extendsList(root.get("extends"))) {
      Optional<Path> target = extended(file, parent);
      if (target.isEmpty()) {
        continue;
      }
      if (seen.contains(target.get())) {
        LOG.warn("{}: ignoring \"extends\": \"{}\": base config file {} forms a cycle", file, parent, target.get());
        continue;
      }
      Config inherited = read(target.get(), new HashSet<>(seen));
      base = new Config(file,
          inherited.baseUrl() != null ? inherited.baseUrl() : base.baseUrl(),
          !inherited.paths().isEmpty() ? inherited.pathsBase() : base.pathsBase(),
          !inherited.paths().isEmpty() ? inherited.paths() : base.paths(),
          inherited.jsx().over(base.jsx()),
          inherited.experimentalDecorators() != null ? inherited.experimentalDecorators() : base.experimentalDecorators());
    }
    JsonNode options = root.path("compilerOptions");
    Path dir = file.getParent();
    Path baseUrl = options.hasNonNull("baseUrl") ? dir.resolve(options.get("baseUrl").asText()).normalize() : base.baseUrl();
    Map<String, List<String>> paths = base.paths();
    Path pathsBase = base.pathsBase();
    if (options.has("paths") && options.get("paths").isObject()) {
      Map<String, List<String>> own = new java.util.LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = options.get("paths").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<String> targets = new ArrayList<>();
        e.getValue().forEach(t -> targets.add(t.asText()));
        own.put(e.getKey(), List.copyOf(targets));
      }
      paths = own;
      pathsBase = dir;
    }
    Jsx jsx = new Jsx(text(options, "jsx"), text(options, "jsxFactory"), text(options, "jsxFragmentFactory"),
        text(options, "jsxImportSource")).over(base.jsx());
    JsonNode legacy = options.get("experimentalDecorators");
    Boolean experimentalDecorators = legacy != null && legacy.isBoolean()
        ? Boolean.valueOf(legacy.asBoolean()) : base.experimentalDecorators();
    return new Config(file, baseUrl, pathsBase, paths, jsx, experimentalDecorators);
  }

  private static String text(JsonNode options, String name) {
    JsonNode value = options.get(name);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static List<String> extendsList(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      out.add(node.asText());
    }
    return out;
  }

  /**
   * The file an {@code extends} names: a path relative to the configuration, or a package's file;
   * empty, with esbuild's warning, when there is none.
   */
  private static Optional<Path> extended(Path file, String parent) {
    Path dir = file.getParent();
    if (parent.startsWith("./") || parent.startsWith("../") || parent.startsWith("/")) {
      Path target = dir.resolve(parent).normalize();
      if (!Files.isRegularFile(target) && Files.isRegularFile(Path.of(target + ".json"))) {
        target = Path.of(target + ".json");
      }
      if (!Files.isRegularFile(target)) {
        LOG.warn("{}: ignoring \"extends\": \"{}\": cannot find base config file {}", file, parent, target);
        return Optional.empty();
      }
      return Optional.of(target);
    }
    for (Path d = dir; d != null; d = d.getParent()) {
      Path pkg = d.resolve("node_modules").resolve(parent);
      for (Path candidate : List.of(pkg, Path.of(pkg + ".json"), pkg.resolve("tsconfig.json"))) {
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    LOG.warn("{}: ignoring \"extends\": \"{}\": cannot find base config file in an installed package "
        + "(looked in node_modules from {} up)", file, parent, dir);
    return Optional.empty();
  }
}
