package io.github.miniflare4j.modules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The modules of one worker loaded from files, prepared as Wrangler's bundler would see them but
 * kept as separate ES modules: TypeScript stripped (lines and columns kept), import specifiers
 * rewritten to the files they resolve to, CommonJS wrapped, JSON turned into a module, {@code
 * define} applied. {@link #load} walks the static import graph from the entry when the worker is
 * created, so a missing package or a TypeScript error fails the start with the file, line and
 * column; afterwards every module is served from memory. Prepared modules are shared by every
 * loader of the JVM (keyed by path, size, modification time and options) and stripped TypeScript
 * is cached on disk by content hash. Thread-safe.
 */
public final class ModuleLoader {

  /** One prepared module: its code for GraalJS, and the files it imports. */
  private record Prepared(long size, long modified, String code, List<Path> dependencies, Set<String> exportNames,
      boolean commonJs, boolean importsWasm, List<Path> packages) {

    Prepared(long size, long modified, String code) {
      this(size, modified, code, List.of(), Set.of(), false, false, List.of());
    }
  }

  /**
   * A file read and, when it is JavaScript or TypeScript, scanned; {@code code} is the finished
   * module of any other file.
   */
  private record Scanned(long size, long modified, String code, String js, ImportScanner scan, boolean commonJs) {}

  private static final Map<String, Prepared> PREPARED = new ConcurrentHashMap<>();
  /**
   * Appended to the path of an imported JSON file: GraalJS parses a {@code .json} path as a JSON
   * module (which needs {@code with { type: "json" }}), the bundler's JSON import does not.
   */
  static final String JSON_MODULE_SUFFIX = ".m4j.mjs";
  /**
   * The name, inside a package, of the empty module that stands for what the package's {@code
   * browser} field disables ({@code "fs": false}): esbuild's empty CommonJS module.
   */
  static final String DISABLED_MODULE = "__m4j_browser_disabled.m4j.mjs";
  /** The start of the file name standing for a mocked built-in module, under the project root. */
  static final String BUILTIN_MOCK_PREFIX = "__m4j_mock_builtin_";

  private final Path entry;
  private final ModuleOptions options;
  private final ModuleResolver resolver;
  private final StripCache stripCache;
  private final List<Path> roots;
  private final Set<Path> packageRoots = ConcurrentHashMap.newKeySet();
  /**
   * Files the prepared modules import by a literal path: a Wrangler project's bundle takes them
   * wherever they lie (a worker in {@code test/worker/} importing {@code ../../src/app.ts}).
   */
  private final Set<Path> imported = ConcurrentHashMap.newKeySet();
  /** Whether a module of the worker imports or requires a {@code .wasm} file (set by {@link #walk}). */
  private volatile boolean importsWasm;
  /** Files scanned to learn whether an importer's dependency is CommonJS, kept until prepared. */
  private final Map<Path, Scanned> scans = new ConcurrentHashMap<>();

  /** The files whose content a test replaced (WorkerOptions.mockModule), by real path. */
  private final Map<Path, String> mocks = new HashMap<>();
  /**
   * The built-in modules a test replaced ({@code "cloudflare:sockets"}, {@code "node:fs"}), by
   * their canonical name, to the file that stands for each: a path under the project root that
   * exists only in {@link #mocks}, so the mock's own imports resolve from the root.
   */
  private final Map<String, Path> builtinMocks = new HashMap<>();
  /** What tells this loader's prepared modules apart in {@link #PREPARED}: the options and the mocks. */
  private final String cacheKey;

  private ModuleLoader(Path entry, ModuleOptions options, Map<String, String> mocks, boolean nodeBuiltinsFirst) {
    this.entry = entry;
    this.options = options;
    String key = nodeBuiltinsFirst ? options.fingerprint() : options.fingerprint() + "|browser-map-builtins";
    this.cacheKey = mocks.isEmpty() ? key : key + "|mocks=" + mocks;
    Path root = options.projectRoot() != null ? real(options.projectRoot()) : projectRoot(entry);
    this.resolver = new ModuleResolver(options.aliases(), options.aliasBase() != null ? options.aliasBase() : root,
        options.bundle(), nodeBuiltinsFirst);
    this.stripCache = StripCache.of(options.cacheDir());
    List<Path> r = new ArrayList<>();
    r.add(root);
    r.add(entry.getParent());
    if (options.baseDir() != null) {
      r.add(real(options.baseDir()));
    }
    this.roots = List.copyOf(r);
  }

  /**
   * Whether the worker's imports are resolved as Wrangler's bundler does ({@code false} under
   * {@code no_bundle}).
   *
   * @return whether it bundles
   */
  public boolean bundles() {
    return options.bundle();
  }

  /**
   * Prepares the worker whose entry is {@code entry}: the entry and every module it imports
   * statically or with a literal dynamic import.
   *
   * @param entry the entry file
   * @param options alias, define and the other loading settings
   * @return the loader that serves the worker's modules
   * @throws ModuleException for a file that cannot be read, TypeScript that does not compile or
   *     an import that does not resolve (with the file, line and column of the import)
   */
  public static ModuleLoader load(Path entry, ModuleOptions options) {
    return load(entry, options, Map.of());
  }

  /**
   * Like {@link #load(Path, ModuleOptions)}, with some modules replaced by test code.
   *
   * @param entry the entry file
   * @param options alias, define and the other loading settings
   * @param mocks module specifier (a path relative to the project root, or a package name) to
   *     the source that stands for it
   * @return the loader that serves the worker's modules
   * @throws ModuleException as {@link #load(Path, ModuleOptions)}, and for a mock whose specifier
   *     resolves to no file
   */
  public static ModuleLoader load(Path entry, ModuleOptions options, Map<String, String> mocks) {
    return load(entry, options, mocks, true);
  }

  /**
   * Like {@link #load(Path, ModuleOptions, Map)}, for a worker bundled with or without Wrangler's
   * {@code nodejs_compat_v2} plugin.
   *
   * @param entry the entry file
   * @param options alias, define and the other loading settings
   * @param mocks module specifier to the source that stands for it
   * @param nodeBuiltinsFirst {@code true} under {@code nodejs_compat_v2} (a Node built-in name
   *     such as {@code "fs"} is the built-in whatever a package's {@code browser} map says); {@code
   *     false} otherwise, where the map may replace or disable it ({@code "fs": false}), as
   *     esbuild's browser platform does
   * @return the loader that serves the worker's modules
   * @throws ModuleException as {@link #load(Path, ModuleOptions, Map)}
   */
  public static ModuleLoader load(Path entry, ModuleOptions options, Map<String, String> mocks, boolean nodeBuiltinsFirst) {
    Path file = real(entry);
    if (!Files.isRegularFile(file)) {
      throw new ModuleException("No such file: " + file);
    }
    ModuleLoader loader = new ModuleLoader(file, options, mocks, nodeBuiltinsFirst);
    mocks.forEach((specifier, source) -> loader.mocks.put(loader.resolveMock(specifier), source));
    loader.walk();
    return loader;
  }

  /** A mock's file: the specifier as a path from the project root, else as a package name. */
  private Path resolveMock(String specifier) {
    try {
      return resolveProjectPath(specifier);
    } catch (ModuleException asPath) {
      if (specifier.startsWith(".") || specifier.startsWith("/")) {
        throw new ModuleException("Cannot mock \"" + specifier + "\": " + asPath.getMessage(), asPath);
      }
      try {
        ModuleResolver.Resolved resolved = resolver.resolve(specifier, roots.get(0).resolve("(test)"), false);
        if (resolved.file() == null) {
          // vi.mock("cloudflare:sockets", ...) replaces a built-in for every importer of the worker
          return builtinMocks.computeIfAbsent(resolved.builtin(), name -> roots.get(0).resolve(
              BUILTIN_MOCK_PREFIX + name.replaceAll("[^A-Za-z0-9_-]", "_") + ".mjs"));
        }
        return resolved.file();
      } catch (ModuleException asPackage) {
        throw new ModuleException("Cannot mock \"" + specifier + "\": neither a file under the project root ("
            + asPath.getMessage() + ") nor a package (" + asPackage.getMessage() + ")", asPackage);
      }
    }
  }

  /**
   * The entry file.
   *
   * @return its real path
   */
  public Path entry() {
    return entry;
  }

  /**
   * The entry's prepared code.
   *
   * @return JavaScript for GraalJS
   */
  public String entrySource() {
    Prepared prepared = prepared(entry);
    // a CommonJS entry runs when the worker starts, as esbuild's bundle of it does
    return prepared.commonJs() ? prepared.code() + "__m4j_load();\n" : prepared.code();
  }

  /**
   * Whether a module the walk prepared imports or requires a {@code .wasm} file (Wrangler's
   * CompiledWasm, {@code ?module} included), wherever it lies: the worker's Context then needs
   * WebAssembly.
   *
   * @return {@code true} when one does
   */
  public boolean importsWasm() {
    return importsWasm;
  }

  /**
   * Whether the worker may import this file: it lies under a root or a package one of its imports
   * resolved to, or, for a project read from a Wrangler file (bundled), a prepared module imports it
   * by a literal path.
   *
   * @param file an absolute, normalized path
   * @return {@code true} when it may
   */
  public boolean serves(Path file) {
    if (options.bundle() && options.projectRoot() != null && imported.contains(file)) {
      return true;
    }
    for (Path root : roots) {
      if (file.startsWith(root)) {
        return true;
      }
    }
    for (Path root : packageRoots) {
      if (file.startsWith(root)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The prepared code of a module, preparing it on first use (a dynamic import with a computed
   * specifier lands here).
   *
   * @param path an absolute, normalized path
   * @return JavaScript for GraalJS, or {@code null} when the path is not a module the worker may
   *     import (outside the project and its packages, or no such file)
   * @throws ModuleException when the file cannot be read or prepared
   */
  public String source(Path path) {
    Path file = path;
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (name.endsWith(".json" + JSON_MODULE_SUFFIX)) {
      file = path.resolveSibling(name.substring(0, name.length() - JSON_MODULE_SUFFIX.length()));
    }
    if (name.equals(Defines.MODULE) && path.getParent() != null && path.getParent().equals(roots.get(0))) {
      return Defines.moduleSource(options.bundlerDefines());
    }
    if (name.equals(DISABLED_MODULE)) {
      return "var __m4j_empty = {}; export default __m4j_empty; export var " + CommonJsWrapper.MODULE_EXPORT
          + " = { exports: __m4j_empty };\n";
    }
    if (!serves(file) || !(Files.isRegularFile(file) || builtinMocks.containsValue(file))) {
      return null;
    }
    return prepared(file).code();
  }

  /**
   * The module a test names by a path relative to the project's root (the folder of its {@code
   * package.json}, else the entry's folder), resolved as the worker's own imports are (file
   * extensions and index files when bundling), or by a package specifier when no file answers to
   * it ({@code "hono/jwt"}, as a Vitest test imports a package the worker uses); for Java's calls
   * of a module's exports. The file is served from then on even when it lies outside the root.
   *
   * @param path a relative path such as {@code "src/util.ts"} or {@code "./src/util"}, an absolute
   *     one, or a package specifier
   * @return the module's real path
   * @throws ModuleException when no file answers to the path, naming what was tried
   */
  public Path resolveProjectPath(String path) {
    boolean bare = !(path.startsWith("./") || path.startsWith("../") || path.startsWith("/"));
    Path referrer = roots.get(0).resolve("(test)");
    ModuleResolver.Resolved resolved;
    try {
      resolved = resolver.resolve(bare ? "./" + path : path, referrer, false);
    } catch (ModuleException asPath) {
      if (!bare || path.startsWith(".")) {
        throw asPath;
      }
      try {
        resolved = resolver.resolve(path, referrer, false);
      } catch (ModuleException asPackage) {
        throw new ModuleException("neither a file under the project root (" + asPath.getMessage() + ") nor a package ("
            + asPackage.getMessage() + ")", asPackage);
      }
    }
    if (resolved.file() == null) {
      throw new ModuleException("\"" + path + "\" names the built-in module " + resolved.builtin()
          + ", not one of the worker's files");
    }
    // a package the worker's own modules do not import (or import for types only) is served to the
    // test as to an import of it, wherever its link leads (a workspace package outside the root)
    Path linked = resolver.resolvedPackageOf(resolved.file());
    if (linked != null) {
      packageRoots.add(linked);
    }
    registerPackages(List.of(resolved.file()));
    // a project file a test names outside the root (`../src/migrations` from the Wrangler file's
    // folder) is served as one the worker imports, as Vitest serves a test file's imports
    imported.add(resolved.file());
    return resolved.file();
  }

  /**
   * A service-worker-format script from a file: TypeScript is stripped, JavaScript returned as is
   * (scripts import nothing).
   *
   * @param file the script file
   * @param text its content
   * @return JavaScript
   * @throws ModuleException for TypeScript that does not compile
   */
  public static String scriptSource(Path file, String text) {
    String name = file.getFileName().toString();
    boolean typescript = name.endsWith(".ts") || name.endsWith(".mts") || name.endsWith(".cts");
    if (!typescript) {
      SourceMaps.register(file, text);
    }
    return typescript ? StripCache.of(null).strip(text, file) : text;
  }

  /**
   * Lowers the {@code using} and {@code await using} declarations inside the functions and blocks
   * of a piece of JavaScript, as modules loaded from files have theirs lowered (GraalJS does not
   * parse them): for test code that the host compiles in a worker, as a Vitest test's body
   * would be bundled. Lines are kept; text without a declaration is returned as it is.
   *
   * @param js JavaScript source, such as a function expression
   * @return the source with its declarations lowered
   */
  public static String lowerUsingDeclarations(String js) {
    if (!UsingDeclarations.mayContain(js)) {
      return js;
    }
    List<Token> tokens;
    try {
      tokens = Lexer.tokenize(js, "test-function.js");
    } catch (RuntimeException e) {
      return js; // not lexable: left to the engine, which reports the syntax error with its position
    }
    List<int[]> ranges = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    UsingDeclarations.lower(tokens, ranges, replacements);
    return applyEdits(js, ranges, replacements);
  }

  private void walk() {
    Deque<Path> pending = new ArrayDeque<>();
    Set<Path> seen = new HashSet<>();
    pending.add(entry);
    seen.add(entry);
    while (!pending.isEmpty()) {
      Prepared prepared = prepared(pending.poll());
      importsWasm |= prepared.importsWasm();
      for (Path dependency : prepared.dependencies()) {
        if (seen.add(dependency)) {
          pending.add(dependency);
        }
      }
    }
  }

  private Prepared prepared(Path file) {
    long size;
    long modified;
    if (builtinMocks.containsValue(file)) {
      // a built-in's mock has no file: its source is part of the cache key
      size = mocks.get(file).length();
      modified = 0;
    } else {
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (IOException e) {
        throw new ModuleException("Cannot read module " + file + ": " + e, e);
      }
      size = attributes.size();
      modified = attributes.lastModifiedTime().toMillis();
    }
    String key = file + "\0" + cacheKey;
    Prepared cached = PREPARED.get(key);
    if (cached != null && cached.size() == size && cached.modified() == modified) {
      registerPackages(cached.dependencies());
      packageRoots.addAll(cached.packages());
      imported.addAll(cached.dependencies());
      return cached;
    }
    Prepared fresh = prepare(file, size, modified);
    PREPARED.put(key, fresh);
    registerPackages(fresh.dependencies());
    packageRoots.addAll(fresh.packages());
    imported.addAll(fresh.dependencies());
    return fresh;
  }

  /** Files inside node_modules make their package importable (pnpm's links lead outside the root). */
  private void registerPackages(List<Path> dependencies) {
    for (Path d : dependencies) {
      Path p = d;
      while (p != null && p.getParent() != null) {
        Path parent = p.getParent();
        if (parent.getFileName() != null && parent.getFileName().toString().equals("node_modules")) {
          packageRoots.add(p);
          break;
        }
        p = parent;
      }
    }
  }

  private Prepared prepare(Path file, long size, long modified) {
    Scanned scanned = scans.remove(file);
    if (scanned == null || scanned.size() != size || scanned.modified() != modified) {
      scanned = read(file, size, modified);
    }
    if (scanned.code() != null) {
      return new Prepared(size, modified, scanned.code());
    }
    String js = scanned.js();
    ImportScanner scan = scanned.scan();
    boolean commonJs = scanned.commonJs();
    List<int[]> ranges = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    Set<Integer> sharedDefines = Defines.apply(options.bundlerDefines(), scan.tokens, ranges, replacements);
    if (UsingDeclarations.mayContain(js)) {
      UsingDeclarations.lower(scan.tokens, ranges, replacements);
    }
    List<Path> dependencies = new ArrayList<>();
    Set<Path> packages = new LinkedHashSet<>();
    List<CommonJsWrapper.Require> requires = new ArrayList<>();
    Set<String> exportNames = new LinkedHashSet<>(scan.commonJsExports);
    int commonJsImports = 0;
    boolean importsWasm = false;
    boolean helpers = !scan.dynamicImports.isEmpty();
    boolean nodeMode = resolver.isNodeMode(file);
    boolean esModuleRequires = !commonJs && scan.usesCommonJs && !declaresRequire(scan.tokens);
    for (ImportScanner.Site site : scan.sites) {
      if (site.kind() == ImportScanner.SiteKind.REQUIRE && !commonJs) {
        if (esModuleRequires) {
          esModuleRequire(file, js, site, scan.tokens, dependencies, requires, ranges, replacements);
        }
        continue;
      }
      int known = dependencies.size();
      importsWasm |= site.specifier().endsWith(".wasm") || site.specifier().endsWith(".wasm?module");
      String rewritten;
      try {
        rewritten = rewrite(file, js, site, dependencies);
        if (dependencies.size() > known) {
          // a package reached through node_modules, wherever its link leads (a workspace package)
          Path linked = resolver.resolvedPackageOf(dependencies.get(dependencies.size() - 1));
          if (linked != null) {
            packages.add(linked);
          }
        }
      } catch (ModuleException e) {
        if (site.inTry() && site.kind() != ImportScanner.SiteKind.IMPORT) {
          // esbuild's optional dependency: the call stays and fails when it runs
          // (require: "Dynamic require of ... is not supported"; import(): No such module)
          continue;
        }
        throw e;
      }
      Path target = dependencies.size() > known ? dependencies.get(dependencies.size() - 1) : null;
      if (site.kind() == ImportScanner.SiteKind.REQUIRE) {
        requires.add(new CommonJsWrapper.Require(site.specifier(), rewritten));
        if (scan.commonJsReexports.contains(site.specifier()) && target != null) {
          Set<String> names = commonJsExports(target, new HashSet<>(Set.of(file)));
          if (names != null) {
            exportNames.addAll(names);
          }
        }
        continue;
      }
      Set<String> names = site.kind() == ImportScanner.SiteKind.IMPORT && target != null
          ? commonJsExports(target, new HashSet<>(Set.of(file))) : null;
      if (names != null) {
        // an ES module's static import of CommonJS runs it, in esbuild's order and meaning
        String literal = CommonJsWrapper.quote(rewritten);
        if (site.clause() != null) {
          ranges.add(new int[] {site.clause().start(), site.end()});
          replacements.add(CommonJsImports.rewrite(site.clause(), literal, js.substring(site.clause().start(), site.end()),
              names, nodeMode, commonJsImports));
          helpers |= site.clause().namespaceName() != null;
        } else {
          ranges.add(new int[] {site.start(), site.end()});
          replacements.add(literal + CommonJsImports.runAfterReexport(literal, commonJsImports));
        }
        commonJsImports++;
        continue;
      }
      if (!rewritten.equals(site.specifier())) {
        ranges.add(new int[] {site.start(), site.end()});
        replacements.add(CommonJsWrapper.quote(rewritten));
      }
    }
    for (int[] call : scan.dynamicImports) {
      ranges.add(new int[] {call[0], call[0]});
      replacements.add(CommonJsImports.DYNAMIC_IMPORT);
      ranges.add(new int[] {call[1], call[1] + 1});
      replacements.add("), " + nodeMode + ")");
    }
    String code = applyEdits(js, ranges, replacements);
    if (helpers) {
      code += CommonJsImports.HELPERS;
    }
    String defineImport = "";
    if (!sharedDefines.isEmpty()) {
      // on the first line, so that lines keep their numbers
      Path module = roots.get(0).resolve(Defines.MODULE);
      String relative = file.getParent().relativize(module).toString().replace('\\', '/');
      StringBuilder names = new StringBuilder();
      sharedDefines.forEach(i -> names.append(names.length() == 0 ? "" : ", ").append(Defines.sharedName(i)));
      defineImport = "import { " + names + " } from " + CommonJsWrapper.quote(relative.startsWith("../") ? relative : "./" + relative) + "; ";
    }
    if (commonJs) {
      code = defineImport + CommonJsWrapper.wrap(code, file, requires, exportNames);
    } else if (!requires.isEmpty()) {
      code = defineImport + CommonJsWrapper.esModuleRequires(requires) + code;
    } else {
      code = defineImport + code;
    }
    return new Prepared(size, modified, code, List.copyOf(dependencies), exportNames, commonJs, importsWasm,
        List.copyOf(packages));
  }

  /**
   * A literal {@code require("x")} in an ES module (a package's ESM build probing for {@code
   * crypto}, code mixing both forms): esbuild bundles its target as it would for CommonJS, so the
   * call gets the module here too, through {@link CommonJsWrapper#esModuleRequires}. A specifier
   * that does not resolve is left alone (the call fails when it runs, as before).
   */
  private void esModuleRequire(Path file, String js, ImportScanner.Site site, List<Token> tokens, List<Path> dependencies,
      List<CommonJsWrapper.Require> requires, List<int[]> ranges, List<String> replacements) {
    int string = tokenAt(tokens, site.start());
    if (string < 2 || !tokens.get(string - 2).is("require")) {
      return;
    }
    String rewritten;
    try {
      rewritten = rewrite(file, js, site, dependencies);
    } catch (ModuleException e) {
      return;
    }
    requires.add(new CommonJsWrapper.Require(site.specifier(), rewritten));
    Token callee = tokens.get(string - 2);
    ranges.add(new int[] {callee.start, callee.end});
    replacements.add("__m4j_require");
  }

  private static int tokenAt(List<Token> tokens, int start) {
    int low = 0;
    int high = tokens.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int s = tokens.get(mid).start;
      if (s < start) {
        low = mid + 1;
      } else if (s > start) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Whether a module binds {@code require} itself ({@code const require = createRequire(...)}): its calls stay its own. */
  private static boolean declaresRequire(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).is("require")) {
        Token before = tokens.get(i - 1);
        Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : before;
        if (before.is("const") || before.is("let") || before.is("var") || before.is("function") || before.is("import")
            || (after.is("=") && !before.is("."))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The export names a CommonJS module visibly has, with those of the modules it re-exports;
   * {@code null} when the module is not CommonJS.
   */
  private Set<String> commonJsExports(Path file, Set<Path> visiting) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
    long size = attributes.size();
    long modified = attributes.lastModifiedTime().toMillis();
    Prepared cached = PREPARED.get(file + "\0" + cacheKey);
    if (cached != null && cached.size() == size && cached.modified() == modified) {
      return cached.commonJs() ? cached.exportNames() : null;
    }
    Scanned scanned = scans.get(file);
    if (scanned == null || scanned.size() != size || scanned.modified() != modified) {
      scanned = read(file, size, modified);
      scans.put(file, scanned);
    }
    if (scanned.code() != null || !scanned.commonJs()) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>(scanned.scan().commonJsExports);
    if (visiting.add(file)) {
      for (String specifier : scanned.scan().commonJsReexports) {
        try {
          ModuleResolver.Resolved resolved = resolver.resolve(specifier, file, true);
          Set<String> more = resolved.file() == null || resolved.disabled() ? null
              : commonJsExports(resolved.file(), visiting);
          if (more != null) {
            names.addAll(more);
          }
        } catch (ModuleException e) {
          // the file's own preparation reports it, with its position
        }
      }
    }
    return names;
  }

  /** Reads a module file: the finished module of a typed, JSON or unsupported file, else its scanned JavaScript. */
  private Scanned read(Path file, long size, long modified) {
    byte[] bytes;
    try {
      String mock = mocks.get(file);
      bytes = mock != null ? mock.getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ModuleException("Cannot read module " + file + ": " + e, e);
    }
    String name = file.getFileName().toString();
    for (Map.Entry<String, ModuleType> type : options.moduleTypes().entrySet()) {
      if (name.endsWith(type.getKey())) {
        return new Scanned(size, modified, type.getValue().moduleSource(file, bytes), null, null, false);
      }
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (name.endsWith(".json")) {
      return new Scanned(size, modified, jsonModule(text), null, null, false);
    }
    boolean jsx = name.endsWith(".tsx") || name.endsWith(".jsx");
    if (jsx) {
      text = JsxTransform.transform(text, file.toString(), resolver.jsxSettings(file));
    }
    boolean typescript = name.endsWith(".ts") || name.endsWith(".mts") || name.endsWith(".cts") || name.endsWith(".tsx");
    if (!typescript && !jsx && !name.endsWith(".js") && !name.endsWith(".mjs") && !name.endsWith(".cjs")) {
      // Text, Data and CompiledWasm files are served by the module rules (engine.ModuleSet) ahead of
      // this loader; a file no rule types fails when it is imported, naming the fix
      String message = file + ": no module type for this file: miniflare4j imports JavaScript, TypeScript and "
          + "JSON, and Text, Data and CompiledWasm files that a module rule types (Wrangler's [[rules]] or "
          + "modulesRules; .wasm, .txt, .html, .sql and .bin by default)";
      return new Scanned(size, modified, "throw new Error(" + CommonJsWrapper.quote(message) + ");\n", null, null, false);
    }
    if (!typescript) {
      SourceMaps.register(file, text); // a pre-built file's frames are shown at its original sources
    }
    String js = typescript ? stripCache.strip(text, file, resolver.experimentalDecorators(file)) : text;
    ImportScanner scan = ImportScanner.scan(js, file.toString());
    boolean commonJs = name.endsWith(".cjs") || name.endsWith(".cts") || (!scan.esm && scan.usesCommonJs);
    return new Scanned(size, modified, null, js, scan, commonJs);
  }

  /** The specifier to write instead of {@code site}'s, resolving it; adds a file it names to {@code dependencies}. */
  private String rewrite(Path file, String js, ImportScanner.Site site, List<Path> dependencies) {
    if (site.specifier().endsWith("?module")) {
      return site.specifier(); // Wrangler's CompiledWasm form, served by the module rules
    }
    ModuleResolver.Resolved resolved;
    try {
      resolved = resolver.resolve(site.specifier(), file, site.kind() == ImportScanner.SiteKind.REQUIRE);
    } catch (ModuleException e) {
      throw ModuleException.at(file, js, site.start(), e.getMessage());
    }
    if (resolved.builtin() != null && (!builtinMocks.containsKey(resolved.builtin())
        || builtinMocks.get(resolved.builtin()).equals(file))) {
      return resolved.builtin(); // a built-in's mock imports the real module (vi.importActual)
    }
    if (resolved.builtin() != null) {
      resolved = new ModuleResolver.Resolved(builtinMocks.get(resolved.builtin()), null);
    }
    Path target = resolved.disabled() ? resolved.file().resolve(DISABLED_MODULE) : resolved.file();
    if (resolved.disabled()) {
      String relative = file.getParent().relativize(target).toString().replace('\\', '/');
      return relative.startsWith("../") ? relative : "./" + relative;
    }
    dependencies.add(target);
    Path dir = file.getParent();
    if (dir.resolve(site.specifier()).normalize().equals(target) && !site.specifier().endsWith(".json")
        && (site.specifier().startsWith("./")
        || site.specifier().startsWith("../"))) {
      return site.specifier();
    }
    if (!target.getRoot().equals(dir.getRoot())) {
      return target.toUri().toString() + (target.getFileName().toString().endsWith(".json") ? JSON_MODULE_SUFFIX : "");
    }
    String suffix = target.getFileName().toString().endsWith(".json") ? JSON_MODULE_SUFFIX : "";
    String relative = dir.relativize(target).toString().replace('\\', '/') + suffix;
    return relative.startsWith("../") ? relative : "./" + relative;
  }

  private static String applyEdits(String js, List<int[]> ranges, List<String> replacements) {
    if (ranges.isEmpty()) {
      return js;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> ranges.get(i)[0]));
    StringBuilder sb = new StringBuilder(js.length() + 64);
    int last = 0;
    for (int i : order) {
      int[] r = ranges.get(i);
      if (r[0] < last) {
        continue;
      }
      sb.append(js, last, r[0]).append(replacements.get(i));
      last = r[1];
    }
    return sb.append(js, last, js.length()).toString();
  }

  /** A JSON file as a module: its value is the default export (and what {@code require} returns). */
  private static String jsonModule(String text) {
    String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return "var __m4j_json = " + json + "\n;export default __m4j_json; export var " + CommonJsWrapper.MODULE_EXPORT
        + " = { exports: __m4j_json };\n";
  }

  /** The nearest directory above the entry with a package.json or node_modules, else the entry's directory. */
  private static Path projectRoot(Path entry) {
    for (Path d = entry.getParent(); d != null; d = d.getParent()) {
      if (Files.exists(d.resolve("package.json")) || Files.isDirectory(d.resolve("node_modules"))) {
        return d;
      }
    }
    return entry.getParent();
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
