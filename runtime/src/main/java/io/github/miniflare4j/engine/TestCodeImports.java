package io.github.miniflare4j.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.modules.ModuleException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives test code that the host compiles inside a worker the imports a Vitest test file has: each
 * literal {@code import("x")} is rewritten to the file {@code x} resolves to from the project root
 * (a path such as {@code "src/util"}, or a package the project resolves), so the function gets
 * the module instance the worker itself loaded. Built-in specifiers ({@code node:*}, {@code
 * cloudflare:*}) and specifiers that resolve to nothing stay as written, to load or fail as the
 * worker's own imports would. A computed {@code import(x)} is not rewritten.
 */
final class TestCodeImports {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LITERAL_IMPORT = Pattern.compile("\\bimport\\(\\s*(['\"])([^'\"\\\\]+)\\1\\s*\\)");

  private TestCodeImports() {}

  /**
   * The function's source with its literal imports resolved against the worker's project.
   *
   * @param functionSource a JavaScript function expression
   * @param script the worker's script; a service-worker script or one without a module loader
   *     leaves the source unchanged
   * @return the source to compile
   */
  static String resolve(String functionSource, IsolateSpec.Script script) {
    if (!script.modules() || script.moduleLoader() == null || !functionSource.contains("import(")) {
      return functionSource;
    }
    Matcher m = LITERAL_IMPORT.matcher(functionSource);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String specifier = m.group(2);
      String replacement = m.group();
      if (!specifier.contains(":")) {
        try {
          Path resolved = script.moduleLoader().resolveProjectPath(specifier);
          replacement = "import(" + JSON.writeValueAsString(resolved.toString()) + ")";
        } catch (ModuleException | JsonProcessingException notAModule) {
          // left as written: the import fails inside the worker with workerd's message
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
