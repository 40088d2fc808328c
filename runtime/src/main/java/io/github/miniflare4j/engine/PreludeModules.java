package io.github.miniflare4j.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.Source;

/**
 * The prelude's files as {@code prelude/index.txt} lists them, with the dependencies each declares
 * in its header, and the sources built from them.
 *
 * <p>A file's header (the comment and blank lines before its first line of code) declares, in comment lines, what it takes from other files and what it gives
 * them: {@code // @imports a, b from core.js}, {@code // @imports later c from rpc.js} (a file
 * evaluated after this one: such names may only be used inside functions) and {@code // @exports
 * a, b}. {@code PreludeImportsTest} checks the declarations against the code.
 *
 * <p>The <em>eager</em> files (every line of the index but those starting with {@code lazy }) run
 * in one function scope, in order, in every Context: {@code (function (host, preludeModules) {
 * ... return internals; })}. The <em>lazy</em> files are parsed and run only when the prelude first
 * calls {@code lazyModule(name)} (core.js): each is a function {@code (function (host, internals,
 * lazyModule, scope) { ... return {exports}; })} whose imports from eager files are read from
 * {@code scope} (getters over the eager scope, built at the end of the eager source) and whose
 * imports from lazy files come from {@code lazyModule}.
 */
final class PreludeModules {

  static final String DIR = "/io/github/miniflare4j/prelude/";
  private static final Pattern IMPORTS =
      Pattern.compile("^// @imports (later )?([\\w$, ]+) from ([\\w.-]+)\\s*$", Pattern.MULTILINE);
  private static final Pattern EXPORTS = Pattern.compile("^// @exports ([\\w$, ]+)\\s*$", Pattern.MULTILINE);
  private static final Pattern INTERNALS = Pattern.compile("^// @internals ([\\w$., ]+)\\s*$", Pattern.MULTILINE);

  /** One declared import line: names from a file, {@code later} when that file runs after. */
  record Import(String from, List<String> names, boolean later) {}

  /**
   * A prelude file with its declared imports and exports, and (lazy files only) the entry points
   * on {@code internals} that load it ({@code // @internals durableFetch,
   * bindingFactories.durableObjectNamespace}: paths below {@code internals} that its top level
   * assigns).
   */
  record Module(String name, boolean lazy, String code, List<Import> imports, List<String> exports, List<String> entries) {}

  private final Map<String, Module> modules;

  private PreludeModules(Map<String, Module> modules) {
    this.modules = modules;
  }

  /**
   * The prelude as {@code index.txt} lists it, read from the class path.
   *
   * @return the modules, in index order
   */
  static PreludeModules load() {
    Map<String, Module> modules = new LinkedHashMap<>();
    for (String line : read("index.txt").split("\n")) {
      String entry = line.trim();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      boolean lazy = entry.startsWith("lazy ");
      String name = lazy ? entry.substring(5).trim() : entry;
      modules.put(name, parse(name, lazy, read(name)));
    }
    return new PreludeModules(modules);
  }

  /**
   * Parses a file's header declarations.
   *
   * @param name the file name
   * @param lazy whether the file is loaded on first use
   * @param code its text
   * @return the module
   */
  static Module parse(String name, boolean lazy, String code) {
    // the declarations are in the header: the comment and blank lines before the first code line
    String header = code.substring(0, headerEnd(code));
    List<Import> imports = new ArrayList<>();
    Matcher m = IMPORTS.matcher(header);
    while (m.find()) {
      imports.add(new Import(m.group(3), names(m.group(2)), m.group(1) != null));
    }
    List<String> exports = new ArrayList<>();
    Matcher e = EXPORTS.matcher(header);
    while (e.find()) {
      exports.addAll(names(e.group(1)));
    }
    List<String> entries = new ArrayList<>();
    Matcher i = INTERNALS.matcher(header);
    while (i.find()) {
      entries.addAll(names(i.group(1)));
    }
    if (!lazy && !entries.isEmpty()) {
      throw new IllegalStateException(name + " declares `// @internals` entry points, which only a lazy prelude module has: list it as `lazy " + name + "` in prelude/index.txt or drop the line.");
    }
    return new Module(name, lazy, code, List.copyOf(imports), List.copyOf(exports), List.copyOf(entries));
  }

  private static int headerEnd(String code) {
    int at = 0;
    while (at < code.length()) {
      int end = code.indexOf('\n', at);
      end = end < 0 ? code.length() : end + 1;
      String line = code.substring(at, end).trim();
      if (!line.isEmpty() && !line.startsWith("//")) {
        return at;
      }
      at = end;
    }
    return at;
  }

  private static List<String> names(String list) {
    List<String> names = new ArrayList<>();
    for (String n : list.split(",")) {
      if (!n.isBlank()) {
        names.add(n.trim());
      }
    }
    return names;
  }

  /** @return every module, eager and lazy, in index order */
  List<Module> modules() {
    return List.copyOf(modules.values());
  }

  /**
   * The eager prelude: the eager files in one function scope, followed by {@code preludeScope()},
   * which gives the lazy modules the eager names they import.
   *
   * @return the source text
   */
  String eagerCode() {
    StringBuilder code =
        new StringBuilder("(function (host, preludeModules) {\n'use strict';\nconst internals = {};\n");
    for (Module module : modules.values()) {
      if (!module.lazy()) {
        code.append("// ---- ").append(module.name()).append('\n').append(module.code()).append('\n');
      }
    }
    Set<String> shared = new LinkedHashSet<>();
    for (Module module : modules.values()) {
      if (module.lazy()) {
        for (Import i : module.imports()) {
          Module from = modules.get(i.from());
          if (from != null && !from.lazy()) {
            shared.addAll(i.names());
          }
        }
      }
    }
    code.append("// ---- the entry points on internals that load lazy modules\n");
    for (Module module : modules.values()) {
      for (String entry : module.entries()) {
        int dot = entry.lastIndexOf('.');
        String owner = dot < 0 ? "internals" : "internals." + entry.substring(0, dot);
        code.append("lazyEntry(\"").append(module.name()).append("\", ").append(owner).append(", \"")
            .append(entry.substring(dot + 1)).append("\");\n");
      }
    }
    code.append("// ---- the eager names lazy modules import\nfunction preludeScope() {\n  return {");
    for (String name : shared) {
      code.append("\n    get ").append(name).append("() { return ").append(name).append("; },");
    }
    code.append("\n  };\n}\nreturn internals;\n})");
    return code.toString();
  }

  /**
   * A lazy module's function source.
   *
   * @param name the file name, as index.txt lists it after {@code lazy}
   * @return the source text
   * @throws IllegalArgumentException when no lazy module has that name
   */
  String lazyCode(String name) {
    Module module = modules.get(name);
    if (module == null || !module.lazy()) {
      throw new IllegalArgumentException("not a lazy prelude module: " + name);
    }
    StringBuilder code = new StringBuilder("(function (host, internals, lazyModule, scope) {\n'use strict';\n");
    for (Import i : module.imports()) {
      Module from = modules.get(i.from());
      String source = from != null && from.lazy() ? "lazyModule(\"" + i.from() + "\")" : "scope";
      code.append("const { ").append(String.join(", ", i.names())).append(" } = ").append(source).append(";\n");
    }
    // the header lines stay where they are, so that line numbers in stack traces are off by the
    // imports only
    code.append(module.code()).append("\nreturn { ").append(String.join(", ", module.exports())).append(" };\n})");
    return code.toString();
  }

  /**
   * The eager prelude as a cached source. Like every source of the runtime's own web platform it is
   * internal: its frames are left out of stack traces, as workerd's native code shows none.
   */
  Source eagerSource() {
    return Source.newBuilder("js", eagerCode(), "miniflare4j:prelude.js").cached(true).internal(true).buildLiteral();
  }

  /** A lazy module as a cached, internal source. */
  Source lazySource(String name) {
    return Source.newBuilder("js", lazyCode(name), "miniflare4j:prelude/" + name).cached(true).internal(true).buildLiteral();
  }

  static String read(String name) {
    try (InputStream in = PreludeModules.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("prelude file missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
