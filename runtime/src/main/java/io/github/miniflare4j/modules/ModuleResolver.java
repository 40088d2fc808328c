package io.github.miniflare4j.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves import specifiers the way Wrangler's bundler (esbuild, browser platform, Wrangler's
 * conditions) does: relative paths with esbuild's extension order and {@code index} files, a
 * TypeScript file for a {@code .js} specifier that has none, bare specifiers from the nearest
 * {@code node_modules} with {@code package.json} {@code "exports"} (conditions {@code workerd},
 * {@code worker}, {@code browser}, then {@code import} or {@code require}, and {@code default}),
 * else the {@code browser} (string form), {@code module} and {@code main} fields; the object form
 * of {@code browser} replaces or disables files and bare imports of its package ({@link
 * BrowserMap}; a Node built-in name stays the built-in when Wrangler bundles with {@code
 * nodejs_compat_v2}, whose plugin resolves those first, and follows the map otherwise, as esbuild
 * does: {@code "fs": false} is then an empty module); before {@code
 * node_modules}, a project file's bare import goes through {@code tsconfig.json} {@code paths} and
 * {@code baseUrl} ({@link TsConfigPaths}); Node built-ins
 * and {@code cloudflare:}/{@code node:}/{@code workerd:} specifiers stay as they are, as does
 * Workers Sites' {@code __STATIC_CONTENT_MANIFEST}, which the runtime supplies. Thread-safe;
 * {@code package.json} files are read once.
 */
public final class ModuleResolver {

  /** esbuild's default resolve extensions, in order. */
  static final List<String> EXTENSIONS = List.of(".tsx", ".ts", ".jsx", ".js", ".css", ".json");
  /** The conditions Wrangler passes to esbuild, before the import kind's own. */
  static final List<String> BASE_CONDITIONS = List.of("workerd", "worker", "browser");

  private static final Set<String> NODE_BUILTINS = Set.of(
      "assert", "async_hooks", "buffer", "child_process", "cluster", "console", "constants", "crypto",
      "dgram", "diagnostics_channel", "dns", "domain", "events", "fs", "http", "http2", "https",
      "inspector", "module", "net", "os", "path", "perf_hooks", "process", "punycode", "querystring",
      "readline", "repl", "stream", "string_decoder", "sys", "timers", "tls", "trace_events", "tty",
      "url", "util", "v8", "vm", "wasi", "worker_threads", "zlib");
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Modules Wrangler leaves out of every bundle because the runtime supplies them: Workers Sites'
   * manifest, which Miniflare adds as a module when the worker has a site.
   */
  private static final Set<String> RUNTIME_SUPPLIED = Set.of("__STATIC_CONTENT_MANIFEST");

  /**
   * What a specifier resolved to: a file, a built-in module specifier, or a module a package's
   * {@code browser} field disables.
   *
   * @param file the resolved file (real path), the package directory of a disabled module, or
   *     {@code null} for a built-in
   * @param builtin the built-in specifier such as {@code node:buffer}, or {@code null}
   * @param disabled whether the module is an empty one ({@code "browser": {"x": false}})
   */
  public record Resolved(Path file, String builtin, boolean disabled) {

    /**
     * A file or a built-in.
     *
     * @param file the resolved file (real path), or {@code null} for a built-in
     * @param builtin the built-in specifier such as {@code node:buffer}, or {@code null}
     */
    public Resolved(Path file, String builtin) {
      this(file, builtin, false);
    }
  }

  private final Map<String, String> aliases;
  private final Path aliasBase;
  private final boolean bundle;
  private final boolean builtinsFirst;
  private final Map<Path, JsonNode> packageJsons = new ConcurrentHashMap<>();
  private final Map<Path, Optional<BrowserMap>> browserScopes = new ConcurrentHashMap<>();
  /** The real directories of the packages imports resolved into (a workspace link leads outside node_modules). */
  private final Set<Path> packageDirs = ConcurrentHashMap.newKeySet();
  private final TsConfigPaths tsconfig = new TsConfigPaths();

  /**
   * @param aliases Wrangler's {@code alias}: package name → replacement (a package or a path)
   * @param aliasBase where relative alias targets are resolved (the configuration's directory)
   * @param bundle {@code false} for Wrangler's {@code no_bundle}: specifiers are taken literally
   */
  public ModuleResolver(Map<String, String> aliases, Path aliasBase, boolean bundle) {
    this(aliases, aliasBase, bundle, true);
  }

  /**
   * @param aliases Wrangler's {@code alias}: package name → replacement (a package or a path)
   * @param aliasBase where relative alias targets are resolved (the configuration's directory)
   * @param bundle {@code false} for Wrangler's {@code no_bundle}: specifiers are taken literally
   * @param builtinsFirst whether a Node built-in name resolves to the built-in before a package's
   *     {@code browser} map can replace it (Wrangler's {@code nodejs_compat_v2} bundling); {@code
   *     false} lets the map replace or disable it, as esbuild does without that plugin
   */
  public ModuleResolver(Map<String, String> aliases, Path aliasBase, boolean bundle, boolean builtinsFirst) {
    this.aliases = Map.copyOf(aliases);
    this.aliasBase = aliasBase;
    this.bundle = bundle;
    this.builtinsFirst = builtinsFirst;
  }

  /**
   * Resolves {@code specifier} imported (or required) by {@code referrer}.
   *
   * @param specifier the text between the quotes
   * @param referrer the importing file
   * @param require {@code true} for {@code require()}, {@code false} for {@code import}
   * @return the file or built-in
   * @throws ModuleException naming the specifier, the importer and what was tried
   */
  public Resolved resolve(String specifier, Path referrer, boolean require) {
    String spec = alias(specifier);
    Path dir = referrer.toAbsolutePath().getParent();
    if (spec.startsWith("node:") || spec.startsWith("cloudflare:") || spec.startsWith("workerd:")
        || RUNTIME_SUPPLIED.contains(spec)) {
      return new Resolved(null, spec);
    }
    List<String> tried = new ArrayList<>();
    if (spec.startsWith("./") || spec.startsWith("../") || spec.startsWith("/") || spec.equals(".") || spec.equals("..")) {
      Path base = (spec.startsWith("/") ? Path.of(spec) : dir.resolve(spec)).normalize();
      if (bundle) {
        Optional<Resolved> remapped = remapPath(base, specifier, referrer, require);
        if (remapped.isPresent()) {
          return remapped.get();
        }
      }
      Path file = bundle ? fileOrDirectory(base, tried) : exactFile(base, tried);
      if (file == null) {
        throw failure(specifier, referrer, "no such file; tried " + tried);
      }
      return new Resolved(real(file), null);
    }
    if (!bundle) {
      if (isBuiltin(spec)) {
        return new Resolved(null, "node:" + spec);
      }
      throw failure(specifier, referrer, "no_bundle is set, so bare specifiers are not looked up in node_modules");
    }
    BrowserMap importerMap = browserScope(dir);
    if (importerMap != null && !(builtinsFirst && isBuiltin(spec))) {
      Optional<BrowserMap.Remap> remap = importerMap.forSpecifier(spec);
      if (remap.isPresent()) {
        return remapped(remap.get(), importerMap, specifier, referrer, require);
      }
    }
    return bare(spec, dir, specifier, referrer, require);
  }

  /**
   * How the JSX of a {@code .jsx} or {@code .tsx} file compiles, by the tsconfig.json (or
   * jsconfig.json) governing it.
   *
   * @param file the module
   * @return the settings, before the file's own pragmas
   */
  JsxTransform.Settings jsxSettings(Path file) {
    return tsconfig.jsxSettings(file.getParent());
  }

  /**
   * Whether the tsconfig.json governing a TypeScript module asks for TypeScript's experimental
   * decorators.
   *
   * @param file the module
   * @return true when {@code experimentalDecorators} is set
   */
  boolean experimentalDecorators(Path file) {
    return tsconfig.experimentalDecorators(file.getParent());
  }

  /** A bare specifier through tsconfig paths, then node_modules from {@code dir} up, then the Node built-ins. */
  private Resolved bare(String spec, Path dir, String specifier, Path referrer, boolean require) {
    List<String> tried = new ArrayList<>();
    List<String> viaTsconfig = new ArrayList<>();
    Optional<Path> mapped = tsconfig.resolve(spec, dir.resolve("-"), this::fileOrDirectory, viaTsconfig);
    if (mapped.isPresent()) {
      return new Resolved(real(mapped.get()), null);
    }
    String name = packageName(spec);
    String subpath = spec.substring(name.length());
    for (Path d = dir; d != null; d = d.getParent()) {
      Path packageDir = d.resolve("node_modules").resolve(name);
      if (Files.isDirectory(packageDir)) {
        return inPackage(packageDir, subpath, specifier, referrer, require);
      }
      tried.add(packageDir.toString());
    }
    if (isBuiltin(spec)) {
      return new Resolved(null, "node:" + spec);
    }
    throw failure(specifier, referrer, "package \"" + name + "\" is not installed: no directory "
        + (tried.size() > 3 ? tried.subList(0, 3) + " (and " + (tried.size() - 3) + " more up to the root)" : tried)
        + (viaTsconfig.isEmpty() ? "" : "; the paths and baseUrl of " + tsconfig.configFile(dir) + " gave no file ("
            + (viaTsconfig.size() > 4 ? viaTsconfig.subList(0, 4) + " and " + (viaTsconfig.size() - 4) + " more" : viaTsconfig)
            + ")")
        + "; run npm install " + name + ", or map it with Wrangler's alias or tsconfig paths");
  }

  /**
   * Whether a module is in Node's ES module mode, as esbuild decides it: an {@code .mjs} or
   * {@code .mts} file, or a file whose nearest {@code package.json} says {@code "type": "module"}.
   *
   * @param file the module file
   * @return whether a CommonJS module it imports has {@code module.exports} as its default, always
   */
  boolean isNodeMode(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (name.endsWith(".mjs") || name.endsWith(".mts")) {
      return true;
    }
    for (Path d = file.toAbsolutePath().getParent(); d != null; d = d.getParent()) {
      JsonNode pkg = packageJson(d);
      if (pkg != null) {
        return "module".equals(pkg.path("type").asText());
      }
    }
    return false;
  }

  /** The browser map's replacement of an imported path, resolved; empty when no map names it. */
  private Optional<Resolved> remapPath(Path base, String specifier, Path referrer, boolean require) {
    Path parent = base.getParent();
    BrowserMap map = parent == null ? null : browserScope(parent);
    if (map == null) {
      return Optional.empty();
    }
    return map.forPath(base).map(remap -> remapped(remap, map, specifier, referrer, require));
  }

  /** Resolves a browser map's replacement from its package, without applying the map again (as esbuild). */
  private Resolved remapped(BrowserMap.Remap remap, BrowserMap map, String specifier, Path referrer, boolean require) {
    if (remap.disabled()) {
      return new Resolved(map.scope(), null, true);
    }
    String target = remap.target();
    if (target.startsWith("./") || target.startsWith("../") || target.startsWith("/")) {
      List<String> tried = new ArrayList<>();
      Path file = fileOrDirectory(map.scope().resolve(target).normalize(), tried);
      if (file == null) {
        throw failure(specifier, referrer, "the \"browser\" field of " + map.scope().resolve("package.json")
            + " maps it to " + target + ", which is no file; tried " + tried);
      }
      return new Resolved(real(file), null);
    }
    return bare(target, map.scope(), specifier, referrer, require);
  }

  /** The nearest {@code package.json} at or above {@code dir} with a {@code browser} map (esbuild's browser scope). */
  private BrowserMap browserScope(Path dir) {
    Optional<BrowserMap> cached = browserScopes.get(dir);
    if (cached == null) {
      BrowserMap own = BrowserMap.of(dir, packageJson(dir));
      cached = own != null ? Optional.of(own)
          : dir.getParent() == null ? Optional.empty() : Optional.ofNullable(browserScope(dir.getParent()));
      browserScopes.put(dir, cached);
    }
    return cached.orElse(null);
  }

  /** A main field's file, with the browser map of the package applied to it. */
  private Path mainField(Path packageDir, String value) {
    Path target = packageDir.resolve(value).normalize();
    BrowserMap map = browserScope(packageDir);
    if (map != null) {
      Optional<BrowserMap.Remap> remap = map.forPath(target);
      if (remap.isPresent() && !remap.get().disabled() && remap.get().target().startsWith(".")) {
        return map.scope().resolve(remap.get().target()).normalize();
      }
    }
    return target;
  }

  private String alias(String specifier) {
    for (Map.Entry<String, String> a : aliases.entrySet()) {
      String from = a.getKey();
      if (specifier.equals(from) || specifier.startsWith(from + "/")) {
        String to = a.getValue() + specifier.substring(from.length());
        if ((to.startsWith("./") || to.startsWith("../")) && aliasBase != null) {
          return aliasBase.resolve(to).normalize().toString();
        }
        return to;
      }
    }
    return specifier;
  }

  private static boolean isBuiltin(String spec) {
    int slash = spec.indexOf('/');
    return NODE_BUILTINS.contains(slash < 0 ? spec : spec.substring(0, slash));
  }

  private static String packageName(String spec) {
    int slash = spec.indexOf('/');
    if (spec.startsWith("@") && slash > 0) {
      int second = spec.indexOf('/', slash + 1);
      return second < 0 ? spec : spec.substring(0, second);
    }
    return slash < 0 ? spec : spec.substring(0, slash);
  }

  /**
   * Whether a file lies in a package an import resolved into, wherever the package's link leads
   * (npm, pnpm and Yarn workspaces link {@code node_modules/@scope/pkg} to {@code packages/pkg}).
   *
   * @param file an absolute, normalized real path
   * @return {@code true} when it does
   */
  public boolean inResolvedPackage(Path file) {
    return resolvedPackageOf(file) != null;
  }

  /**
   * The real directory of the package an import resolved into that holds this file, or {@code null}.
   *
   * @param file an absolute, normalized real path
   * @return the package's directory, or {@code null}
   */
  public Path resolvedPackageOf(Path file) {
    for (Path dir : packageDirs) {
      if (file.startsWith(dir)) {
        return dir;
      }
    }
    return null;
  }

  private Resolved inPackage(Path packageDir, String subpath, String specifier, Path referrer, boolean require) {
    packageDirs.add(real(packageDir));
    JsonNode pkg = packageJson(packageDir);
    List<String> tried = new ArrayList<>();
    JsonNode exports = pkg == null ? null : pkg.get("exports");
    if (exports != null && !exports.isNull()) {
      List<String> conditions = new ArrayList<>(BASE_CONDITIONS);
      conditions.add(require ? "require" : "import");
      PackageExports.Result r = PackageExports.resolve(exports, "." + subpath, conditions);
      Path unexported = r.target() == null ? moduleRuleFile(packageDir, subpath) : null;
      if (unexported != null) {
        return new Resolved(real(unexported), null);
      }
      if (r.target() == null) {
        throw failure(specifier, referrer, r.failure() + " (" + packageDir.resolve("package.json") + ")");
      }
      Path file = packageDir.resolve(r.target()).normalize();
      if (!Files.isRegularFile(file)) {
        throw failure(specifier, referrer, "its \"exports\" names " + r.target() + ", which does not exist: "
            + file);
      }
      return new Resolved(real(file), null);
    }
    if (subpath.isEmpty()) {
      for (String field : List.of("browser", "module", "main")) {
        JsonNode value = pkg == null ? null : pkg.get(field);
        if (value != null && value.isTextual() && !value.asText().isEmpty()) {
          Path file = fileOrDirectory(mainField(packageDir, value.asText()), tried);
          if (file != null) {
            return new Resolved(real(file), null);
          }
        }
      }
      Path index = fileOrDirectory(packageDir.resolve("index"), tried);
      if (index != null) {
        return new Resolved(real(index), null);
      }
      throw failure(specifier, referrer, "the package has no entry: tried " + tried);
    }
    Path base = packageDir.resolve(subpath.substring(1)).normalize();
    Optional<Resolved> remapped = remapPath(base, specifier, referrer, require);
    if (remapped.isPresent()) {
      return remapped.get();
    }
    Path file = fileOrDirectory(base, tried);
    if (file == null) {
      throw failure(specifier, referrer, "no such file in the package; tried " + tried);
    }
    return new Resolved(real(file), null);
  }

  /**
   * A file of the package that a module rule types (a {@code .wasm}, {@code .txt}, {@code .bin},
   * ...: anything but JavaScript, TypeScript and JSON) named by its path inside the package, or
   * {@code null}: Wrangler resolves such imports with Node's classic algorithm when the package's
   * {@code "exports"} does not list them.
   */
  private static Path moduleRuleFile(Path packageDir, String subpath) {
    if (subpath.isEmpty()) {
      return null;
    }
    String name = subpath.substring(subpath.lastIndexOf('/') + 1);
    for (String js : List.of(".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx", ".json")) {
      if (name.endsWith(js)) {
        return null;
      }
    }
    if (name.indexOf('.') < 0) {
      return null;
    }
    Path file = packageDir.resolve(subpath.substring(1)).normalize();
    return file.startsWith(packageDir.normalize()) && Files.isRegularFile(file) ? file : null;
  }

  private static Path exactFile(Path base, List<String> tried) {
    tried.add(base.toString());
    return Files.isRegularFile(base) ? base : null;
  }

  /** esbuild's LOAD_AS_FILE then LOAD_AS_DIRECTORY. */
  private Path fileOrDirectory(Path base, List<String> tried) {
    Path file = file(base, tried);
    if (file != null) {
      return file;
    }
    if (Files.isDirectory(base)) {
      JsonNode pkg = packageJson(base);
      if (pkg != null) {
        for (String field : List.of("browser", "module", "main")) {
          JsonNode value = pkg.get(field);
          if (value != null && value.isTextual() && !value.asText().isEmpty()) {
            Path mainPath = mainField(base, value.asText());
            Path main = file(mainPath, tried);
            if (main == null) {
              main = file(mainPath.resolve("index").normalize(), tried);
            }
            if (main != null) {
              return main;
            }
          }
        }
      }
      return file(base.resolve("index"), tried);
    }
    return null;
  }

  private static Path file(Path base, List<String> tried) {
    tried.add(base.toString());
    if (Files.isRegularFile(base)) {
      return base;
    }
    String name = base.getFileName() == null ? "" : base.getFileName().toString();
    for (String ext : EXTENSIONS) {
      Path candidate = base.resolveSibling(name + ext);
      tried.add(candidate.toString());
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    // TypeScript's convention: "./x.js" names the output of x.ts
    for (String[] rewrite : new String[][] {{".js", ".ts"}, {".js", ".tsx"}, {".jsx", ".ts"}, {".jsx", ".tsx"},
        {".mjs", ".mts"}, {".cjs", ".cts"}}) {
      if (name.endsWith(rewrite[0])) {
        Path candidate = base.resolveSibling(name.substring(0, name.length() - rewrite[0].length()) + rewrite[1]);
        tried.add(candidate.toString());
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  private JsonNode packageJson(Path dir) {
    Path file = dir.resolve("package.json");
    return packageJsons.computeIfAbsent(file, f -> {
      if (!Files.isRegularFile(f)) {
        return JSON.nullNode();
      }
      try {
        return JSON.readTree(f.toFile());
      } catch (IOException e) {
        throw new ModuleException(f + " is not valid JSON: " + e.getMessage(), e);
      }
    }).isNull() ? null : packageJsons.get(file);
  }

  private static Path real(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  private static ModuleException failure(String specifier, Path referrer, String why) {
    return new ModuleException("Could not resolve \"" + specifier + "\" imported by " + referrer + ": " + why);
  }
}
