package io.github.miniflare4j.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an ES module's references to CommonJS modules become, so that they mean what esbuild's
 * bundle means: the CommonJS module runs when the importing module runs, in Node's order ({@link
 * CommonJsWrapper} never runs a module merely because it was linked); {@code import * as ns} sees
 * every property of {@code module.exports} (esbuild's {@code __toESM}: a {@code default} of
 * {@code module.exports}, unless it is marked {@code __esModule} outside Node mode, plus live
 * getters of its own properties); a named import of a name the module does not visibly assign
 * reads that property; {@code import()} of a CommonJS module resolves to the same {@code __toESM}
 * object. Bindings the module visibly exports stay ordinary imports. Rewritten statements keep
 * the original's line breaks, so later lines keep their numbers.
 */
final class CommonJsImports {

  /**
   * Function declarations a module that uses {@link #rewrite} or {@link #DYNAMIC_IMPORT} needs,
   * appended after its code (they are hoisted).
   */
  static final String HELPERS = "\nfunction __m4j_toESM(load, node) { var mod = load().exports;"
      + " var t = mod != null ? Object.create(Object.getPrototypeOf(mod)) : {};"
      + " if (node || !mod || !mod.__esModule) Object.defineProperty(t, 'default', { value: mod, enumerable: true });"
      + " if (mod != null && (typeof mod === 'object' || typeof mod === 'function'))"
      + " Object.getOwnPropertyNames(mod).forEach(function (k) { if (!Object.prototype.hasOwnProperty.call(t, k)) {"
      + " var d = Object.getOwnPropertyDescriptor(mod, k);"
      + " Object.defineProperty(t, k, { get: function () { return mod[k]; }, enumerable: !d || d.enumerable }); } });"
      + " return t; }"
      + " function __m4j_dynamicImport(promise, node) { return promise.then(function (ns) {"
      + " return typeof ns." + CommonJsWrapper.MODULE_EXPORT + " === 'function' ? __m4j_toESM(ns."
      + CommonJsWrapper.MODULE_EXPORT + ", node) : ns; }); }\n";

  /** The call that wraps every {@code import(...)}: {@code __m4j_dynamicImport(import(...), node)}. */
  static final String DYNAMIC_IMPORT = "__m4j_dynamicImport(";

  private CommonJsImports() {}

  /**
   * The statement to write instead of a static import of a CommonJS module.
   *
   * @param clause the import's bindings (none for {@code import "x"})
   * @param specifierLiteral the (rewritten, quoted) specifier
   * @param original the original text from {@code import} to the specifier, for its line breaks
   * @param exportNames the names the CommonJS module visibly exports
   * @param nodeMode whether the importer is in Node mode ({@code .mjs}, {@code .mts} or a {@code
   *     "type": "module"} package): its namespace's {@code default} is always {@code module.exports}
   * @param index a number unique among this module's rewritten imports
   * @return the replacement
   */
  static String rewrite(ImportScanner.Clause clause, String specifierLiteral, String original,
      Set<String> exportNames, boolean nodeMode, int index) {
    List<ImportScanner.Named> kept = new ArrayList<>();
    List<ImportScanner.Named> read = new ArrayList<>();
    for (ImportScanner.Named n : clause.named()) {
      if (n.imported().equals("default") || exportNames.contains(n.imported())) {
        kept.add(n);
      } else {
        read.add(n);
      }
    }
    String load = "__m4j_cjs" + index;
    StringBuilder out = new StringBuilder("import ");
    if (clause.defaultName() != null) {
      out.append(clause.defaultName()).append(", ");
    }
    out.append("{ ");
    for (ImportScanner.Named n : kept) {
      String imported = n.imported().matches("[A-Za-z_$][A-Za-z0-9_$]*") ? n.imported() : CommonJsWrapper.quote(n.imported());
      out.append(imported).append(" as ").append(n.local()).append(", ");
    }
    out.append(CommonJsWrapper.MODULE_EXPORT).append(" as ").append(load).append(" } from ").append(specifierLiteral)
        .append("; ").append(load).append("();");
    if (clause.namespaceName() != null) {
      out.append(" var ").append(clause.namespaceName()).append(" = __m4j_toESM(").append(load)
          .append(", ").append(nodeMode).append(");");
    }
    for (ImportScanner.Named n : read) {
      out.append(" var ").append(n.local()).append(" = ").append(load).append("().exports[")
          .append(CommonJsWrapper.quote(n.imported())).append("];");
    }
    original.chars().filter(c -> c == '\n').forEach(c -> out.append('\n'));
    return out.toString();
  }

  /**
   * What to add after {@code export ... from} a CommonJS module: an import that runs it.
   *
   * @param specifierLiteral the (rewritten, quoted) specifier
   * @param index a number unique among this module's rewritten imports
   * @return the statements, starting with {@code ;}
   */
  static String runAfterReexport(String specifierLiteral, int index) {
    String load = "__m4j_cjs" + index;
    return "; import { " + CommonJsWrapper.MODULE_EXPORT + " as " + load + " } from " + specifierLiteral + "; "
        + load + "()";
  }
}
