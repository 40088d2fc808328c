package io.github.miniflare4j.engine;

import java.nio.file.Path;

/**
 * The source of each built-in module a worker may import. Each re-exports what the prelude
 * registered under a well-known symbol, so the classes are the same objects as the globals.
 */
final class BuiltinModules {

  private BuiltinModules() {}

  /** The module source for a virtual built-in path, or {@code null} when there is no such module. */
  static String source(Path path) {
    String scheme = path.getParent().getFileName().toString();
    String file = path.getFileName().toString();
    String name = file.endsWith(".mjs") ? file.substring(0, file.length() - 4) : file;
    String specifier = scheme + ":" + name.replace('_', '/');
    return "const m = globalThis[Symbol.for('miniflare4j.builtin')](" + quote(specifier) + ");\n"
        + "export default m.default;\n"
        + exports(specifier);
  }

  private static String exports(String specifier) {
    String names =
        switch (specifier) {
          case "cloudflare:workers" -> "DurableObject, WorkerEntrypoint, RpcTarget, env";
          case "node:buffer" -> "Buffer";
          case "node:process" -> "process";
          case "node:events" -> "EventEmitter";
          default -> "";
        };
    return names.isEmpty() ? "" : "export const { " + names + " } = m;\n";
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
