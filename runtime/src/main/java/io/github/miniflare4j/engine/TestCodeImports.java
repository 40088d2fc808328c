package io.github.miniflare4j.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.miniflare4j.modules.ModuleException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the literal imports of test code that the host compiles into a worker (a {@code
 * ModuleExports.run} function, a {@code runInDurableObject} function): such code has no referrer
 * in the project, so each literal {@code import("x")} is rewritten to the file {@code x} names
 * from the project root, as a Vitest test file's imports name the project's modules. Built-in
 * modules and specifiers that resolve to nothing stay as written, to fail or load as the worker's
 * own imports would.
 */
final class TestCodeImports {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LITERAL_IMPORT = Pattern.compile("\\bimport\\(\\s*(['\"])([^'\"\\\\]+)\\1\\s*\\)");

  private TestCodeImports() {}

  /**
   * The function source with its literal imports resolved for the worker's script.
   *
   * @param functionSource a JavaScript function expression
   * @param script the worker's script; a service-worker script or one without a module loader
   *     leaves the source as it is
   * @return the rewritten source
   */
  static String resolve(String functionSource, IsolateSpec.Script script) {
    if (script == null || !script.modules() || script.moduleLoader() == null) {
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
