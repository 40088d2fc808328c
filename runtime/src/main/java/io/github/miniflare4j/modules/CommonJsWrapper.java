package io.github.miniflare4j.modules;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a CommonJS module into an ES module, as esbuild's {@code __commonJS} wrapper and its
 * {@code __toESM} interop do: the code runs in a function of {@code (exports, require, module,
 * __filename, __dirname)}; each literal {@code require("x")} gets its module through a hidden
 * static import; the default export is {@code module.exports} (its {@code default} when it is
 * marked {@code __esModule}); the names it visibly assigns are named exports. Everything added
 * before the code stays on its first line, so lines keep their numbers.
 */
final class CommonJsWrapper {

  /** The export every wrapped module has: its {@code module} object, for {@code require} from other modules. */
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

  static String wrap(String code, Path file, List<Require> requires, Collection<String> exportNames) {
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < requires.size(); i++) {
      head.append("import * as __m4j_r").append(i).append(" from ").append(quote(requires.get(i).rewritten())).append("; ");
    }
    head.append("var __m4j_module = { exports: {} }; export { __m4j_module as ").append(MODULE_EXPORT).append(" }; ");
    head.append("var __m4j_cjs = function (ns) { return ns.").append(MODULE_EXPORT).append(" ? ns.").append(MODULE_EXPORT)
        .append(".exports : Object.defineProperty(Object.assign({}, ns), '__esModule', { value: true }); }; ");
    head.append("var __m4j_require = function (id) { switch (id) { ");
    for (int i = 0; i < requires.size(); i++) {
      head.append("case ").append(quote(requires.get(i).original())).append(": return __m4j_cjs(__m4j_r").append(i).append("); ");
    }
    head.append("} throw new Error('Dynamic require of \"' + id + '\" is not supported'); }; ");
    head.append("(function (exports, require, module, __filename, __dirname) {");
    StringBuilder tail = new StringBuilder("\n}).call(__m4j_module.exports, __m4j_module.exports, __m4j_require, __m4j_module, ");
    Path dir = file.getParent();
    tail.append(quote(file.toString())).append(", ").append(quote(dir == null ? "/" : dir.toString())).append(");\n");
    tail.append("var __m4j_x = __m4j_module.exports;\n");
    tail.append("export default (__m4j_x && __m4j_x.__esModule && 'default' in Object(__m4j_x) ? __m4j_x.default : __m4j_x);\n");
    int n = 0;
    for (String name : exportNames) {
      if (!IDENTIFIER.matcher(name).matches() || name.equals("default") || name.equals(MODULE_EXPORT)) {
        continue;
      }
      tail.append("var __m4j_e").append(n).append(" = __m4j_x == null ? undefined : __m4j_x[").append(quote(name))
          .append("]; export { __m4j_e").append(n).append(" as ").append(name).append(" };\n");
      n++;
    }
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
