package io.github.miniflare4j.engine;

import io.github.miniflare4j.WorkerModule;
import io.github.miniflare4j.interop.JsonText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The JavaScript module that stands for a module that is not an ES module: its default export is
 * the text (Text), an {@code ArrayBuffer} (Data), a {@code WebAssembly.Module} (CompiledWasm) or
 * {@code module.exports} (CommonJS, see {@link CommonJsModuleSource}), as in workerd. Bytes are not copied into the source: the
 * prelude's module registry ({@code Symbol.for("miniflare4j.module")}) fetches them by path.
 */
final class SyntheticModules {

  private SyntheticModules() {}

  /**
   * The source standing for the module at {@code path}.
   *
   * @param exposeLoad for a CommonJS module, whether it also exports its loader (see {@link
   *     CommonJsModuleSource#outer}); its code is in its body module
   */
  static String source(WorkerModule.Type type, Path path, byte[] bytes, boolean exposeLoad) {
    return switch (type) {
      case TEXT -> "export default " + quote(new String(bytes, StandardCharsets.UTF_8)) + ";\n";
      case DATA, COMPILED_WASM ->
          "export default globalThis[Symbol.for(\"miniflare4j.module\")](" + quote(type.optionName()) + ", "
              + quote(path.toString()) + ");\n";
      case COMMON_JS -> CommonJsModuleSource.outer(path, exposeLoad);
      case ES_MODULE -> new String(bytes, StandardCharsets.UTF_8);
    };
  }

  /** A JavaScript string literal (JSON's form, which JavaScript accepts since ES2019). */
  static String quote(String s) {
    return JsonText.quote(s);
  }
}
