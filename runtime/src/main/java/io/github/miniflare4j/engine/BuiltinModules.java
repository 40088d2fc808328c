package io.github.miniflare4j.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source of each built-in module a worker may import.
 *
 * <p>The Node.js modules ({@code node:*}, and their shared {@code node-internal:*} helpers) are
 * ES modules kept as resources under {@code io/github/miniflare4j/node/}: they are parsed only
 * when a worker imports them, never as part of the per-Context prelude. Each gets one first line
 * asking the prelude for the Node.js internals; that call fails with workerd's {@code No such
 * module} error when the worker's compatibility flags do not provide the module.
 *
 * <p>Every other built-in (such as {@code cloudflare:workers}, a {@link BuiltinModuleProvider}'s
 * module, or a Node.js module that workerd does not provide) re-exports what the prelude registered under a well-known symbol, so the
 * classes are the same objects as the globals; an unregistered one fails with {@code No such
 * module}.
 */
final class BuiltinModules {

  private static final String NODE_DIR = "/io/github/miniflare4j/node/";
  private static final Map<String, Optional<String>> RESOURCES = new ConcurrentHashMap<>();

  private BuiltinModules() {}

  /**
   * The module source for a virtual built-in path, or {@code null} when there is no such module.
   *
   * @param path the virtual path
   * @param polyfilled whether a {@code node:} module behind a compatibility flag the worker lacks
   *     is served anyway (Wrangler's polyfills under {@code nodejs_compat_v2})
   */
  static String source(Path path, boolean polyfilled) {
    Path relative = ModuleFileSystem.BUILTIN_ROOT.relativize(path);
    if (relative.getNameCount() < 2) {
      return null;
    }
    String scheme = relative.getName(0).toString();
    String file = relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
    String name = file.endsWith(".mjs") ? file.substring(0, file.length() - 4) : file;
    String specifier = scheme + ":" + name;
    Optional<String> node = nodeModule(scheme, name);
    if (node.isPresent()) {
      return "const $node = globalThis[Symbol.for(\"miniflare4j.node\")](" + quote(specifier) + (polyfilled ? ", true" : "") + ");\n"
          + node.get();
    }
    BuiltinModuleProvider provider = BuiltinModuleProviders.find(specifier);
    // cloudflare:workers has named exports only, as in workerd
    boolean hasDefault = provider == null ? !specifier.equals("cloudflare:workers") : provider.exportNames().contains("default");
    return "const m = globalThis[Symbol.for('miniflare4j.builtin')](" + quote(specifier) + ");\n"
        + (hasDefault ? "export default m.default;\n" : "")
        + exports(specifier);
  }

  /** Whether miniflare4j has the Node.js module {@code node:<name>} (whatever the worker's flags allow). */
  static boolean hasNodeModule(String name) {
    return nodeModule("node", name).isPresent();
  }

  private static Optional<String> nodeModule(String scheme, String name) {
    String resource =
        switch (scheme) {
          case "node" -> NODE_DIR + name + ".mjs";
          case "node-internal" -> NODE_DIR + "internal/" + name + ".mjs";
          // cloudflare:node needs nodejs_compat, as the node: modules it bridges to
          case "cloudflare" -> name.equals("node") ? NODE_DIR + "internal/cloudflare_node.mjs" : null;
          default -> null;
        };
    if (resource == null || name.contains("..")) {
      return Optional.empty();
    }
    return RESOURCES.computeIfAbsent(resource, BuiltinModules::read);
  }

  private static Optional<String> read(String resource) {
    try (InputStream in = BuiltinModules.class.getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String exports(String specifier) {
    String names =
        switch (specifier) {
          case "cloudflare:workers" ->
              "DurableObject, WorkerEntrypoint, WorkflowEntrypoint, RpcTarget, RpcStub, RpcPromise, RpcProperty, "
                  + "ServiceStub, env, exports, withEnv, withExports, withEnvAndExports, waitUntil, cache, tracing";
          case "cloudflare:workflows" -> "NonRetryableError";
          default -> {
            BuiltinModuleProvider provider = BuiltinModuleProviders.find(specifier);
            yield provider == null ? "" : String.join(", ", provider.exportNames().stream().filter(n -> !n.equals("default")).toList());
          }
        };
    return names.isEmpty() ? "" : "export const { " + names + " } = m;\n";
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
