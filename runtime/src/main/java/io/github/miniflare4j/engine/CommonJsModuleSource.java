package io.github.miniflare4j.engine;

import io.github.miniflare4j.WorkerModule;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CommonJS module of a worker (a {@code CommonJS} entry of Miniflare's {@code modules} array, or
 * a file a CommonJS rule types) as the two ES modules that stand for it, with workerd's
 * semantics:
 *
 * <ul>
 *   <li>the <em>body</em> module ({@code <path>?m4j-cjs}) holds the code in its function wrapper
 *       and exports {@link #LOAD}, which runs the code on its first call and returns the {@code
 *       module} object ({@code {path, exports}}); evaluating the body module runs nothing, so
 *       modules run in the order {@code require} calls them, and modules that require each other
 *       see each other's partial {@code module.exports}; an error the code throws is thrown again
 *       by every later load;</li>
 *   <li>the <em>outer</em> module (the module's own path, what {@code import} gets) loads it and
 *       has one export, {@code default}, the {@code module.exports} (workerd gives no named
 *       exports, whatever {@code __esModule} says).</li>
 * </ul>
 *
 * <p>The code itself runs in sloppy mode, as a function the prelude's module registry compiles from
 * a script ({@link #function}). {@code require} resolves against {@code __filename} ({@code "/" + name}): a literal {@code
 * require} of a module the worker has is a static import of it (the body module of a CommonJS
 * one), so it is loaded, and linked, before; every other call (a computed specifier, a module the
 * worker lacks) goes to the prelude's synchronous loader, which throws workerd's {@code No such
 * module "<name>".}. A module gives its default export ({@code module.exports} of a CommonJS one;
 * an ES module its namespace before {@code export_commonjs_default}), a built-in module its
 * namespace's default (else the namespace). The code runs with {@code this}
 * the global object.
 */
final class CommonJsModuleSource {

  /** The suffix of a CommonJS module's body module. */
  static final String BODY_SUFFIX = "?m4j-cjs";
  /** The body module's export that loads the module (also what the module loader's imports call). */
  static final String LOAD = "__m4jCjsModule";

  private static final Pattern REQUIRE = Pattern.compile("\\brequire\\s*\\(\\s*([\"'])([^\"'\\n]+)\\1\\s*\\)");
  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:.*");
  private static final String NOT_A_STRING =
      "Failed to execute 'require' on 'CommonJsModuleContext': parameter 1 is not of type 'string'.";

  private CommonJsModuleSource() {}

  /**
   * The outer module at {@code path}.
   *
   * @param path the module's path
   * @param exposeLoad whether the outer module also exports {@link #LOAD}, for a worker loaded
   *     through the module loader, whose CommonJS imports call it
   * @return its source
   */
  static String outer(Path path, boolean exposeLoad) {
    String body = SyntheticModules.quote("./" + path.getFileName() + BODY_SUFFIX);
    return "import { " + LOAD + " as __m4j_load } from " + body + ";\n"
        + "export default __m4j_load().exports;\n"
        + (exposeLoad ? "export { __m4j_load as " + LOAD + " };\n" : "");
  }

  /**
   * The body module of the CommonJS module at {@code path}.
   *
   * @param path the module's path
   * @param name its name from the modules root ({@code lib/a.cjs})
   * @param code its code
   * @param typeAt the type of another module of the worker, {@code null} when it has none there
   * @return its source
   */
  static String body(Path path, String name, String code, Function<Path, WorkerModule.Type> typeAt) {
    String filename = "/" + name;
    int slash = filename.lastIndexOf('/');
    String dirname = slash == 0 ? "/" : filename.substring(0, slash);
    Map<String, String> literals = new LinkedHashMap<>();
    StringBuilder head = new StringBuilder();
    StringBuilder cases = new StringBuilder();
    Matcher m = REQUIRE.matcher(code);
    while (m.find()) {
      String specifier = m.group(2);
      if (literals.containsKey(specifier)) {
        continue;
      }
      String value = staticImport(path, specifier, typeAt, literals.size(), head);
      literals.put(specifier, value);
      if (value != null) {
        cases.append("case ").append(SyntheticModules.quote(specifier)).append(": return ").append(value).append("; ");
      }
    }
    head.append("var __m4j_m, __m4j_failed, __m4j_error;\n")
        .append("function __m4j_req(id) { switch (id) { ").append(cases).append("} ")
        .append("return globalThis[Symbol.for(\"miniflare4j.module\")](\"require\", ")
        .append(SyntheticModules.quote(filename)).append(", id); }\n")
        .append("export function ").append(LOAD).append("() { if (__m4j_failed) throw __m4j_error; if (__m4j_m) return __m4j_m;\n")
        .append("  __m4j_m = Object.defineProperty({}, \"path\", { value: ").append(SyntheticModules.quote(filename))
        .append(", enumerable: true, configurable: true }); __m4j_m.exports = {};\n")
        .append("  try {\n")
        .append("    globalThis[Symbol.for(\"miniflare4j.module\")](\"CommonJS\", ").append(SyntheticModules.quote(path.toString()))
        .append(").call(globalThis, __m4j_m.exports, function require() { if (arguments.length === 0) throw new TypeError(")
        .append(SyntheticModules.quote(NOT_A_STRING)).append("); var id = arguments[0]; ")
        .append("return __m4j_req(typeof id === \"object\" && id !== null || typeof id === \"function\" ? Object.prototype.toString.call(id) : `${id}`); }, ")
        .append("__m4j_m, ").append(SyntheticModules.quote(filename)).append(", ").append(SyntheticModules.quote(dirname)).append(").call(globalThis);\n")
        .append("  } catch (e) { __m4j_failed = true; __m4j_error = e; throw e; }\n")
        .append("  return __m4j_m;\n}\n");
    return head.toString();
  }

  /**
   * The script whose value is a function of {@code (exports, require, module, __filename,
   * __dirname)} that returns the module's code as a function to call with {@code this}: a script, not a module,
   * so that the code runs in sloppy mode as in workerd (a {@code with} statement, an undeclared
   * assignment making a global); the wrapper stays on the code's first line, so that lines keep
   * their numbers.
   *
   * @param code the module's code
   * @return the script's text
   */
  static String function(String code) {
    // the code runs in an inner function of no parameters: `arguments` there is empty, as in workerd
    return "(function (exports, require, module, __filename, __dirname) { return function () {" + code + "\n}; })";
  }

  /**
   * Appends the static import of a literal {@code require} of a module the worker has.
   *
   * @return the expression giving what the {@code require} returns, or {@code null} when the
   *     worker has no module there (the call then fails at run time, not at link time)
   */
  private static String staticImport(
      Path path, String specifier, Function<Path, WorkerModule.Type> typeAt, int index, StringBuilder head) {
    String binding = "__m4j_r" + index;
    if (SCHEME.matcher(specifier).matches() || NodeModuleNames.isNodeModule(specifier)) {
      // a built-in module: what the worker gets is decided by its flags at run time
      return null;
    }
    Path target = specifier.startsWith("/") ? null : path.resolveSibling(specifier).normalize();
    WorkerModule.Type type = target == null ? null : typeAt.apply(target);
    if (type == null) {
      return null;
    }
    if (type == WorkerModule.Type.COMMON_JS) {
      head.append("import * as ").append(binding).append(" from ")
          .append(SyntheticModules.quote(specifier + BODY_SUFFIX)).append("; ");
      return binding + "." + LOAD + "().exports";
    }
    head.append("import * as ").append(binding).append(" from ").append(SyntheticModules.quote(specifier)).append("; ");
    return type == WorkerModule.Type.ES_MODULE
        ? "globalThis[Symbol.for(\"miniflare4j.module\")](\"esRequire\", " + binding + ")"
        : binding + ".default";
  }
}
