package io.github.miniflare4j.engine;

import io.github.miniflare4j.engine.PreludeModules.Import;
import io.github.miniflare4j.engine.PreludeModules.Module;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks the prelude's declared dependencies ({@link PreludeModules}) against its code
 * ({@link JsScope}): every name a file takes from another file is imported, every import is
 * exported and used, the evaluation order satisfies the imports, and the lazy modules form no
 * cycle. Each problem is one sentence naming the file, the name and the fix.
 */
final class PreludeImportsCheck {

  /** Names every eager file has without importing them (the prelude function's own). */
  static final Set<String> EAGER_GIVEN = Set.of("host", "internals", "preludeModules", "preludeScope");
  /** Names every lazy module has without importing them (its function's parameters). */
  static final Set<String> LAZY_GIVEN = Set.of("host", "internals", "lazyModule", "scope");

  private final List<Module> modules;
  private final Map<String, Module> byName = new LinkedHashMap<>();
  private final Map<String, JsScope> scopes = new HashMap<>();
  private final Map<String, Map<String, JsScope.Declaration>> topLevel = new HashMap<>();
  private final Map<String, String> owner = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  PreludeImportsCheck(List<Module> modules) {
    this.modules = modules;
    for (Module m : modules) {
      byName.put(m.name(), m);
      JsScope scope = JsScope.of(m.code());
      scopes.put(m.name(), scope);
      topLevel.put(m.name(), scope.topLevel());
      for (String name : topLevel.get(m.name()).keySet()) {
        String before = owner.putIfAbsent(name, m.name());
        if (before != null) {
          problems.add(m.name() + " declares " + name + ", which " + before + " declares already: rename one (the eager files share one scope).");
        }
      }
    }
  }

  /** @return the problems, empty when the declarations hold */
  List<String> problems() {
    List<String> found = new ArrayList<>(problems);
    for (Module m : modules) {
      checkUses(m, found);
      checkImports(m, found);
      checkLazyAccess(m, found);
      checkEntries(m, found);
      for (String name : m.exports()) {
        if (!topLevel.get(m.name()).containsKey(name)) {
          found.add(m.name() + " exports " + name + " but declares no such top-level name.");
        }
      }
    }
    checkLazyCycles(found);
    return found;
  }

  /** A top-level assignment of a function to a path below {@code internals} (not the {@code ??} set-up of a table). */
  private static final java.util.regex.Pattern INTERNALS_ASSIGNED =
      java.util.regex.Pattern.compile("^internals\\.([\\w$.]+) = (?!internals\\.)", java.util.regex.Pattern.MULTILINE);

  /**
   * A lazy module's top-level assignments to {@code internals} are its entry points, which Java may
   * call before it loads: each is listed in its {@code // @internals} line, and each listed one is
   * assigned.
   */
  private void checkEntries(Module m, List<String> found) {
    if (!m.lazy()) {
      return;
    }
    Set<String> assigned = new HashSet<>();
    java.util.regex.Matcher a = INTERNALS_ASSIGNED.matcher(m.code());
    while (a.find()) {
      assigned.add(a.group(1));
      if (!m.entries().contains(a.group(1))) {
        found.add(m.name() + " assigns internals." + a.group(1) + " at its top level, which runs only once the module is loaded: add " + a.group(1) + " to its `// @internals` line.");
      }
    }
    for (String entry : m.entries()) {
      if (!assigned.contains(entry)) {
        found.add(m.name() + " lists " + entry + " in its `// @internals` line but assigns no internals." + entry + " at its top level.");
      }
    }
  }

  private static final java.util.regex.Pattern LAZY_ACCESS =
      java.util.regex.Pattern.compile("lazyModule\\(\"([\\w.-]+)\"\\)\\.(\\w+)");

  /** Every {@code lazyModule("x.js").name} names a lazy module and one of its exports. */
  private void checkLazyAccess(Module m, List<String> found) {
    java.util.regex.Matcher access = LAZY_ACCESS.matcher(m.code());
    while (access.find()) {
      Module target = byName.get(access.group(1));
      if (target == null || !target.lazy()) {
        found.add(m.name() + " calls lazyModule(\"" + access.group(1) + "\"), which prelude/index.txt does not list as lazy.");
      } else if (!target.exports().contains(access.group(2))) {
        found.add(m.name() + " reads " + access.group(2) + " of the lazy module " + access.group(1) + ", which does not export it: add it to its `// @exports` line.");
      }
    }
  }

  private int index(String file) {
    return modules.indexOf(byName.get(file));
  }

  private void checkUses(Module m, List<String> found) {
    Map<String, String> imported = new HashMap<>();
    for (Import i : m.imports()) {
      for (String name : i.names()) {
        imported.put(name, i.from());
      }
    }
    Set<String> given = m.lazy() ? LAZY_GIVEN : EAGER_GIVEN;
    for (var use : scopes.get(m.name()).freeNames().entrySet()) {
      String name = use.getKey();
      String from = owner.get(name);
      if (from == null || from.equals(m.name()) || given.contains(name) && !topLevel.get(m.name()).containsKey(name)) {
        continue;
      }
      if (!imported.containsKey(name)) {
        if (!m.lazy() && byName.get(from).lazy()) {
          found.add(m.name() + ":" + use.getValue().line() + " uses " + name + " of the lazy module " + from + ": write lazyModule(\"" + from + "\")." + name + " (and export it there).");
        } else {
          found.add(m.name() + ":" + use.getValue().line() + " uses " + name + " of " + from + " without importing it: add `// @imports " + name + " from " + from + "` to its header.");
        }
      } else if (!imported.get(name).equals(from)) {
        found.add(m.name() + " imports " + name + " from " + imported.get(name) + ", but " + from + " declares it.");
      }
    }
  }

  private void checkImports(Module m, List<String> found) {
    Map<String, JsScope.Use> uses = scopes.get(m.name()).freeNames();
    for (Import i : m.imports()) {
      Module from = byName.get(i.from());
      if (from == null) {
        found.add(m.name() + " imports from " + i.from() + ", which prelude/index.txt does not list.");
        continue;
      }
      for (String name : i.names()) {
        if (!from.exports().contains(name)) {
          found.add(m.name() + " imports " + name + " from " + i.from() + ", which does not export it: add it to its `// @exports` line.");
        }
        JsScope.Use use = uses.get(name);
        if (use == null) {
          found.add(m.name() + " imports " + name + " from " + i.from() + " but never uses it: drop it from the header.");
        } else if (i.later() && !use.deferredOnly()) {
          found.add(m.name() + ":" + use.line() + " uses " + name + " while it is evaluated, but " + i.from() + " runs later: use it inside a function only, or reorder prelude/index.txt.");
        }
        JsScope.Declaration declared = topLevel.get(i.from()).get(name);
        if (m.lazy() && !from.lazy() && declared != null && declared.mutable()) {
          found.add(m.name() + " imports the mutable binding " + name + " from " + i.from() + ", but a lazy module reads eager names once, when it loads: import a function that returns it.");
        }
      }
      if (!m.lazy() && from.lazy()) {
        found.add(m.name() + " imports from the lazy module " + i.from() + ": an eager file calls lazyModule(\"" + i.from() + "\") instead.");
      } else if (!m.lazy() && i.later() != index(i.from()) > index(m.name())) {
        found.add(m.name() + (i.later()
            ? " imports `later` from " + i.from() + ", which runs before it: drop `later`."
            : " imports from " + i.from() + ", which runs after it: write `// @imports later ...` and use the names inside functions only, or reorder prelude/index.txt."));
      } else if (m.lazy() && i.later()) {
        found.add(m.name() + " is lazy: its imports are never `later` (every eager file has run when it loads).");
      }
    }
  }

  private void checkLazyCycles(List<String> found) {
    Map<String, List<String>> edges = new TreeMap<>();
    for (Module m : modules) {
      if (m.lazy()) {
        for (Import i : m.imports()) {
          Module from = byName.get(i.from());
          if (from != null && from.lazy()) {
            edges.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(from.name());
          }
        }
      }
    }
    Set<String> done = new HashSet<>();
    for (String start : edges.keySet()) {
      cycleFrom(start, edges, new ArrayList<>(), done, found);
    }
  }

  private void cycleFrom(String node, Map<String, List<String>> edges, List<String> path, Set<String> done, List<String> found) {
    if (path.contains(node)) {
      found.add("the lazy modules import each other in a cycle: " + String.join(" -> ", path.subList(path.indexOf(node), path.size())) + " -> " + node + ".");
      return;
    }
    if (!done.add(node)) {
      return;
    }
    path.add(node);
    for (String next : edges.getOrDefault(node, List.of())) {
      cycleFrom(next, edges, path, done, found);
    }
    path.remove(path.size() - 1);
  }

  /**
   * The header each file needs, as the code reads: its imports (from the owners of the names it
   * uses) and its exports (what others use). Prints them; a helper for writing headers.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    PreludeModules prelude = PreludeModules.load();
    PreludeImportsCheck check = new PreludeImportsCheck(prelude.modules());
    Map<String, Set<String>> exported = new HashMap<>();
    Map<String, Map<String, List<String>>> imports = new LinkedHashMap<>();
    for (Module m : check.modules) {
      Map<String, List<String>> byFile = new TreeMap<>(java.util.Comparator.comparingInt(check::index));
      for (String name : check.scopes.get(m.name()).freeNames().keySet()) {
        String from = check.owner.get(name);
        if (from != null && !from.equals(m.name())) {
          byFile.computeIfAbsent(from, k -> new ArrayList<>()).add(name);
          exported.computeIfAbsent(from, k -> new java.util.LinkedHashSet<>()).add(name);
        }
      }
      imports.put(m.name(), byFile);
    }
    for (Module m : check.modules) {
      System.out.println("==== " + m.name());
      imports.get(m.name()).forEach((from, names) -> System.out.println("// @imports " + (check.index(from) > check.index(m.name()) && !m.lazy() ? "later " : "") + String.join(", ", names) + " from " + from));
      if (exported.containsKey(m.name())) {
        List<String> ordered = new ArrayList<>(check.topLevel.get(m.name()).keySet());
        ordered.retainAll(exported.get(m.name()));
        System.out.println("// @exports " + String.join(", ", ordered));
      }
    }
  }
}
