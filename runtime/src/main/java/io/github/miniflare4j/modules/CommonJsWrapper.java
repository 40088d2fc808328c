package io.github.miniflare4j.modules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a CommonJS module into an ES module, as esbuild's {@code __commonJS} wrapper and its
 * {@code __toESM} interop do: the code runs once, in a function of {@code (exports, require, module,
 * __filename, __dirname)}, when it is first required or an ES module that imports it runs ({@link
 * CommonJsImports}), never merely because it was linked: modules run in Node's order, a module
 * behind a {@code require} that is never called never runs, and modules that require each other
 * see each other's partial exports; each literal {@code require("x")} gets its module through a hidden
 * static import; the default export is {@code module.exports} (its {@code default} when it is
 * marked {@code __esModule}); the names it visibly assigns are named exports. Everything added
 * before the code stays on its first line, so lines keep their numbers.
 */
final class CommonJsWrapper {

  /**
   * The export every wrapped module has, for {@code require} from other modules: a function that
   * runs the module's body on its first call and returns its {@code module} object (JSON and
   * disabled modules export the object itself).
   */
  static final String MODULE_EXPORT = "__m4jCjsModule";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  /**
   * One literal {@code require}.
   *
   * @param original the specifier as written
   * @param rewritten the specifier to import instead
   */
  record Require(String original, String rewritten) {}

  private CommonJsWrapper() {}

  /**
   * What an ES module needs for its literal {@code require("x")} calls, which esbuild bundles as it
   * bundles a CommonJS module's: one line (no line break) of hidden static imports and the {@code
   * __m4j_require} function those calls are renamed to.
   */
  static String esModuleRequires(List<Require> requires) {
    StringBuilder head = new StringBuilder();
    appendRequire(head, requires);
    return head.toString();
  }

  private static void appendRequire(StringBuilder head, List<Require> requires) {
    for (int i = 0; i < requires.size(); i++) {
      head.append("import * as __m4j_r").append(i).append(" from ").append(quote(requires.get(i).rewritten())).append("; ");
    }
    // function declarations only: in a require cycle another module calls these before this
    // module's body has run, as esbuild's lazy __commonJS wrappers allow
    head.append("function __m4j_cjs(ns) { var l = ns.").append(MODULE_EXPORT)
        .append("; return typeof l === 'function' ? l().exports : l ? l.exports"
            + " : Object.defineProperty(Object.assign({}, ns), '__esModule', { value: true }); } ");
    head.append("function __m4j_require(id) { switch (id) { ");
    for (int i = 0; i < requires.size(); i++) {
      head.append("case ").append(quote(requires.get(i).original())).append(": return __m4j_cjs(__m4j_r").append(i).append("); ");
    }
    head.append("} throw new Error('Dynamic require of \"' + id + '\" is not supported'); } ");
  }

  static String wrap(String code, Path file, List<Require> requires, Collection<String> exportNames) {
    StringBuilder head = new StringBuilder();
    List<String> names = new ArrayList<>();
    for (String name : exportNames) {
      if (IDENTIFIER.matcher(name).matches() && !name.equals("default") && !name.equals(MODULE_EXPORT)) {
        names.add(name);
      }
    }
    // the exports are live bindings the first load assigns; the body runs only when loaded
    head.append("var __m4j_default");
    for (int n = 0; n < names.size(); n++) {
      head.append(", __m4j_e").append(n);
    }
    head.append("; export { __m4j_load as ").append(MODULE_EXPORT).append(", __m4j_default as default");
    for (int n = 0; n < names.size(); n++) {
      head.append(", __m4j_e").append(n).append(" as ").append(names.get(n));
    }
    head.append(" }; ");
    appendRequire(head, requires);
    head.append("function __m4j_load() { var __m4j_m = __m4j_load.m; if (__m4j_m) return __m4j_m; "
        + "__m4j_m = __m4j_load.m = { exports: {} }; try { ");
    head.append("(function (exports, require, module, __filename, __dirname) {");
    StringBuilder tail = new StringBuilder("\n}).call(__m4j_m.exports, __m4j_m.exports, __m4j_require, __m4j_m, ");
    Path dir = file.getParent();
    tail.append(quote(file.toString())).append(", ").append(quote(dir == null ? "/" : dir.toString())).append(");");
    tail.append(" } finally { var __m4j_x = __m4j_m.exports;"
        + " __m4j_default = __m4j_x && __m4j_x.__esModule && 'default' in Object(__m4j_x) ? __m4j_x.default : __m4j_x;");
    for (int n = 0; n < names.size(); n++) {
      tail.append(" __m4j_e").append(n).append(" = __m4j_x == null ? undefined : __m4j_x[").append(quote(names.get(n)))
          .append("];");
    }
    tail.append(" } return __m4j_m; }\n");
    return head + code + tail;
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
