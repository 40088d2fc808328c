package io.github.miniflare4j.modules;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The object form of a {@code package.json} {@code "browser"} field, as esbuild applies it on
 * its browser platform (Wrangler's): a file of the package ({@code "./lib/node.js":
 * "./lib/browser.js"}) or a bare import made inside it ({@code "fs": false}) is replaced by
 * another file or package, or disabled ({@code false}: an empty module). Keys match with or
 * without {@code "./"}, with esbuild's implicit extensions and, for paths, an implicit {@code
 * /index}. Immutable.
 */
final class BrowserMap {

  /**
   * What a key maps to.
   *
   * @param target the replacement: a path relative to the package ({@code "./x.js"}) or a bare
   *     specifier; {@code null} when the module is disabled
   */
  record Remap(String target) {
    boolean disabled() {
      return target == null;
    }
  }

  private final Path scope;
  private final Map<String, Remap> entries;

  private BrowserMap(Path scope, Map<String, Remap> entries) {
    this.scope = scope;
    this.entries = entries;
  }

  /**
   * The map of a package, if its {@code browser} field is an object.
   *
   * @param packageDir the directory of the {@code package.json}
   * @param pkg its content
   * @return the map, or {@code null} when the field is absent or a string
   */
  static BrowserMap of(Path packageDir, JsonNode pkg) {
    JsonNode browser = pkg == null ? null : pkg.get("browser");
    if (browser == null || !browser.isObject()) {
      return null;
    }
    Map<String, Remap> entries = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = browser.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode value = e.getValue();
      if (value.isTextual()) {
        entries.put(e.getKey(), new Remap(value.asText()));
      } else if (value.isBoolean() && !value.asBoolean()) {
        entries.put(e.getKey(), new Remap(null));
      }
    }
    return new BrowserMap(packageDir, Map.copyOf(entries));
  }

  /**
   * The package directory the map belongs to; replacements are resolved from it.
   *
   * @return the directory
   */
  Path scope() {
    return scope;
  }

  /**
   * The remapping of a path a module imports (before extensions and {@code index} are tried).
   *
   * @param path an absolute path inside the package
   * @return the remapping, or empty
   */
  Optional<Remap> forPath(Path path) {
    if (!path.startsWith(scope) || path.equals(scope)) {
      return Optional.empty(); // as esbuild, "." is never remapped
    }
    String relative = scope.relativize(path).toString().replace('\\', '/');
    for (String candidate : List.of("./" + relative, relative, "./" + relative + "/index", relative + "/index")) {
      Optional<Remap> found = lookup(candidate);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * The remapping of a bare specifier imported by a file of the package.
   *
   * @param specifier the specifier, such as {@code fs} or {@code pkg/sub}
   * @return the remapping, or empty
   */
  Optional<Remap> forSpecifier(String specifier) {
    return lookup(specifier);
  }

  private Optional<Remap> lookup(String key) {
    List<String> keys = new ArrayList<>();
    keys.add(key);
    for (String ext : ModuleResolver.EXTENSIONS) {
      keys.add(key + ext);
    }
    for (String k : keys) {
      Remap remap = entries.get(k);
      if (remap != null) {
        return Optional.of(remap);
      }
    }
    return Optional.empty();
  }
}
