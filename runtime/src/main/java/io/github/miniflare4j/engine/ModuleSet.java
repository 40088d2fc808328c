package io.github.miniflare4j.engine;

import io.github.miniflare4j.ModuleRule;
import io.github.miniflare4j.WorkerModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The modules a worker can import besides plain JavaScript files: the modules given in memory
 * (Miniflare's {@code modules} array) and, for a worker on disk, the module rules that make a
 * {@code .wasm}, {@code .txt} or {@code .bin} file a CompiledWasm, Text or Data module. Immutable.
 */
public final class ModuleSet {

  /** No in-memory modules and Wrangler's default rules. */
  public static final ModuleSet DEFAULT = new ModuleSet(null, Map.of(), ModuleRule.DEFAULTS);

  /** The suffix Wrangler allows on a CompiledWasm import ({@code import m from "./a.wasm?module"}). */
  private static final String WASM_MODULE_SUFFIX = "?module";
  /** How many files of a worker's directory are looked at to tell whether it imports WebAssembly. */
  private static final int WASM_SCAN_LIMIT = 10_000;

  private final Path root;
  private final Map<Path, WorkerModule> modules;
  private final List<Rule> rules;
  /**
   * {@link #ruleType}'s answers by path, {@link Optional#empty()} for none: GraalJS asks about
   * every import several times (access, MIME type, content), in every Context of the worker.
   */
  private final Map<String, Optional<WorkerModule.Type>> ruleTypes = new ConcurrentHashMap<>();

  private record Rule(WorkerModule.Type type, List<PathMatcher> globs) {}

  private ModuleSet(Path root, Map<Path, WorkerModule> modules, List<ModuleRule> rules) {
    this.root = root;
    this.modules = Map.copyOf(modules);
    this.rules = compile(rules);
  }

  /**
   * A set of in-memory modules and rules.
   *
   * @param root the absolute virtual directory the modules' paths are relative to
   * @param modules the modules, the entry first
   * @param userRules the user's rules, applied before {@link ModuleRule#DEFAULTS}
   * @return the set
   */
  public static ModuleSet of(Path root, List<WorkerModule> modules, List<ModuleRule> userRules) {
    Map<Path, WorkerModule> byPath = new LinkedHashMap<>();
    for (WorkerModule module : modules) {
      byPath.put(root.resolve(module.path()).normalize(), module);
    }
    List<ModuleRule> rules = new ArrayList<>(userRules);
    rules.addAll(ModuleRule.DEFAULTS);
    return new ModuleSet(root, byPath, rules);
  }

  /** Keeps Wrangler's order; a rule without fallthrough hides later rules of its type. */
  private static List<Rule> compile(List<ModuleRule> rules) {
    Set<WorkerModule.Type> closed = EnumSet.noneOf(WorkerModule.Type.class);
    List<Rule> compiled = new ArrayList<>();
    for (ModuleRule rule : rules) {
      if (closed.contains(rule.type())) {
        continue;
      }
      List<PathMatcher> globs = new ArrayList<>();
      for (String glob : rule.include()) {
        globs.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        // "**/*.wasm" must also match a file directly in the root, as in Wrangler
        if (glob.startsWith("**/")) {
          globs.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
        }
      }
      compiled.add(new Rule(rule.type(), globs));
      if (!rule.fallthrough()) {
        closed.add(rule.type());
      }
    }
    return compiled;
  }

  /** The absolute virtual directory the modules' paths are relative to; {@code null} for {@link #DEFAULT}. */
  public Path root() {
    return root;
  }

  /** The in-memory module at an absolute normalized path, or {@code null}. */
  WorkerModule module(Path path) {
    return modules.get(path);
  }

  /** The in-memory modules by absolute path. */
  Map<Path, WorkerModule> modules() {
    return modules;
  }

  /**
   * The type the rules give a file on disk, or {@code null} when none matches (a JavaScript file
   * is then an ES module).
   *
   * @param relative the path relative to the worker's directory, as imported (a CompiledWasm
   *     import may end in {@code ?module})
   */
  WorkerModule.Type ruleType(Path relative) {
    String text = relative.toString().replace('\\', '/');
    return ruleTypes.computeIfAbsent(text, this::matchRules).orElse(null);
  }

  private Optional<WorkerModule.Type> matchRules(String relative) {
    Path probe = Path.of(relative);
    for (Rule rule : rules) {
      for (PathMatcher glob : rule.globs()) {
        if (glob.matches(probe)) {
          return Optional.of(rule.type());
        }
      }
    }
    return Optional.empty();
  }

  /** The real file name of an import path ({@code a.wasm?module} is the file {@code a.wasm}). */
  static Path fileOf(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (name.endsWith(".wasm" + WASM_MODULE_SUFFIX)) {
      return path.resolveSibling(name.substring(0, name.length() - WASM_MODULE_SUFFIX.length()));
    }
    return path;
  }

  /**
   * Whether the worker may use WebAssembly, so that its Context needs the wasm language: an
   * in-memory CompiledWasm module, an entry or in-memory module that names {@code WebAssembly},
   * or a file under {@code root} that a CompiledWasm rule matches. (As workerd compiles no
   * WebAssembly at run time, a worker without a CompiledWasm module can only feature-test it.)
   *
   * @param entryCode the entry's source
   * @param root the worker's directory on disk, or {@code null}
   * @return {@code true} when the wasm language must be enabled
   */
  public boolean mayUseWasm(String entryCode, Path root) {
    if (entryCode.contains("WebAssembly")) {
      return true;
    }
    for (WorkerModule module : modules.values()) {
      if (module.type() == WorkerModule.Type.COMPILED_WASM) {
        return true;
      }
      boolean js = module.type() == WorkerModule.Type.ES_MODULE || module.type() == WorkerModule.Type.COMMON_JS;
      if (js && module.text().contains("WebAssembly")) {
        return true;
      }
    }
    return root != null && hasWasmFile(root);
  }

  /** Whether a file under {@code root} is a CompiledWasm module by the rules (names only: nothing is read). */
  private boolean hasWasmFile(Path root) {
    try (Stream<Path> files = Files.walk(root, 12)) {
      return files
          .limit(WASM_SCAN_LIMIT)
          .anyMatch(file -> ruleType(root.relativize(file)) == WorkerModule.Type.COMPILED_WASM && Files.isRegularFile(file));
    } catch (IOException | UncheckedIOException e) {
      return true; // cannot tell: enable it
    }
  }
}
