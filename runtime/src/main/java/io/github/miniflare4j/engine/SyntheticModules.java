package io.github.miniflare4j.engine;

import io.github.miniflare4j.WorkerModule;
import io.github.miniflare4j.interop.JsonText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JavaScript module that stands for a module that is not an ES module: its default export is
 * the text (Text), an {@code ArrayBuffer} (Data), a {@code WebAssembly.Module} (CompiledWasm) or
 * {@code module.exports} (CommonJS), as in workerd. Bytes are not copied into the source: the
 * prelude's module registry ({@code Symbol.for("miniflare4j.module")}) fetches them by path.
 */
final class SyntheticModules {

  private static final Pattern REQUIRE = Pattern.compile("\\brequire\\s*\\(\\s*([\"'])([^\"'\\n]+)\\1\\s*\\)");

  private SyntheticModules() {}

  /**
   * The source standing for the module at {@code path}.
   *
   * @param typeAt the type of another module of the worker, for a CommonJS {@code require}: ES
   *     modules are required as their namespace, every other type as its default export
   */
  static String source(WorkerModule.Type type, Path path, byte[] bytes, Function<Path, WorkerModule.Type> typeAt) {
    return switch (type) {
      case TEXT -> "export default " + quote(new String(bytes, StandardCharsets.UTF_8)) + ";\n";
      case DATA, COMPILED_WASM ->
          "export default globalThis[Symbol.for(\"miniflare4j.module\")](" + quote(type.optionName()) + ", "
              + quote(path.toString()) + ");\n";
      case COMMON_JS -> commonJs(path, new String(bytes, StandardCharsets.UTF_8), typeAt);
      case ES_MODULE -> new String(bytes, StandardCharsets.UTF_8);
    };
  }

  /**
   * A CommonJS module as an ES module: every literal {@code require("x")} becomes a static import
   * (so the required module is loaded first), and the code runs in the usual function wrapper.
   */
  private static String commonJs(Path path, String code, Function<Path, WorkerModule.Type> typeAt) {
    Map<String, String> imports = new LinkedHashMap<>();
    Matcher m = REQUIRE.matcher(code);
    while (m.find()) {
      imports.putIfAbsent(m.group(2), "__miniflare4j_r" + imports.size());
    }
    StringBuilder out = new StringBuilder();
    StringBuilder table = new StringBuilder("const __miniflare4j_required = {");
    for (Map.Entry<String, String> e : imports.entrySet()) {
      String specifier = e.getKey();
      boolean relative = specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/");
      WorkerModule.Type target = relative ? typeAt.apply(path.resolveSibling(specifier).normalize()) : WorkerModule.Type.COMMON_JS;
      boolean namespace = target == null || target == WorkerModule.Type.ES_MODULE;
      out.append(namespace ? "import * as " : "import ").append(e.getValue()).append(" from ")
          .append(quote(specifier)).append(";\n");
      table.append(quote(specifier)).append(": ").append(e.getValue()).append(", ");
    }
    out.append(table).append("};\n");
    Path dir = path.getParent() == null ? path : path.getParent();
    out.append("const module = { exports: {} };\n")
        .append("const require = (specifier) => {\n")
        .append("  if (Object.prototype.hasOwnProperty.call(__miniflare4j_required, specifier)) return __miniflare4j_required[specifier];\n")
        .append("  throw new Error(`No such module \"${specifier}\".`);\n")
        .append("};\n")
        .append("(function (exports, require, module, __filename, __dirname) {\n")
        .append(code)
        .append("\n}).call(module.exports, module.exports, require, module, ")
        .append(quote(path.toString())).append(", ").append(quote(dir.toString())).append(");\n")
        .append("export default module.exports;\n")
        // what the module loader's CommonJS imports call (modules.CommonJsWrapper.MODULE_EXPORT): a
        // file a CommonJS rule types is this module, whoever imports it
        .append("export function __m4jCjsModule() { return module; }\n");
    return out.toString();
  }

  /** A JavaScript string literal (JSON's form, which JavaScript accepts since ES2019). */
  static String quote(String s) {
    return JsonText.quote(s);
  }
}
