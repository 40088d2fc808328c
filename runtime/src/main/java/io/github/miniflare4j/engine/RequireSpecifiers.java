package io.github.miniflare4j.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Where a {@code require(specifier)} made by {@code createRequire(base)} leads, as workerd
 * resolves it: a built-in module ({@code node:buffer}, {@code cloudflare:workers}; a bare
 * Node.js module name such as {@code "buffer"} under {@code nodejs_compat_v2}), else a path
 * inside the worker's modules, relative to the directory of {@code base} (every bare specifier
 * too) or, starting with {@code /}, to the modules root.
 */
final class RequireSpecifiers {

  private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*:.*", Pattern.DOTALL);

  private RequireSpecifiers() {}

  /**
   * Resolves a specifier.
   *
   * @param specifier what the worker passed to {@code require}, as a string
   * @param base the path {@code createRequire} was given, absolute ({@code /src/index.js})
   * @param nodeBareSpecifiers whether bare Node.js module names name the {@code node:} modules
   * @return the built-in specifier ({@code node:buffer}), or the module's path from the modules
   *     root with a leading {@code /} ({@code /src/lib.js}; {@code /} for the root itself), or
   *     {@code null} when the path leads out of the modules root
   */
  static String resolve(String specifier, String base, boolean nodeBareSpecifiers) {
    if (specifier.startsWith("file:")) {
      return normalize("", pathOfFileUrl(specifier));
    }
    if (SCHEME.matcher(specifier).matches()) {
      // workerd finds "node:path//" as "node:path"
      return specifier.startsWith("node:") ? specifier.replaceAll("/+$", "") : specifier;
    }
    if (nodeBareSpecifiers && NodeModuleNames.isNodeModule(specifier)) {
      return "node:" + specifier;
    }
    if (specifier.startsWith("/")) {
      return normalize("", specifier);
    }
    return normalize(directory(base.startsWith("file:") ? pathOfFileUrl(base) : base), specifier);
  }

  /** The directory of a path as Node's {@code path.dirname} has it: {@code /a/b/} and {@code /a/b} are in {@code /a}. */
  private static String directory(String path) {
    String trimmed = path.replaceAll("/+$", "");
    int slash = trimmed.lastIndexOf('/');
    return slash < 0 ? "" : trimmed.substring(0, slash);
  }

  /** The path of a {@code file:} URL, still percent-encoded as workerd names it ({@code file://host/a/b.js} is {@code /a/b.js}). */
  static String pathOfFileUrl(String url) {
    String rest = url.substring("file:".length());
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      rest = slash < 0 ? "/" : rest.substring(slash);
    }
    return rest;
  }

  /** {@code dir + path} with {@code .} and {@code ..} applied; {@code null} when it climbs above the root. */
  private static String normalize(String dir, String path) {
    Deque<String> names = new ArrayDeque<>();
    for (String name : (dir + "/" + path).split("/")) {
      if (name.isEmpty() || name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        if (names.isEmpty()) {
          return null;
        }
        names.removeLast();
      } else {
        names.addLast(name);
      }
    }
    return "/" + String.join("/", names);
  }
}
