package io.github.miniflare4j.modules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Node's {@code package.json} {@code "exports"} resolution: subpaths (exact keys, then
 * {@code *} patterns by longest prefix), conditions tried in the order the package lists them,
 * arrays as fallbacks, {@code null} as "not exported".
 */
final class PackageExports {

  /** What a lookup found: a target relative to the package, or why there is none. */
  record Result(String target, String failure) {}

  private PackageExports() {}

  /**
   * The target of {@code subpath} ({@code "."} or {@code "./x"}) under the conditions given.
   *
   * @param exports the {@code "exports"} value
   * @param subpath {@code "."} for the package itself, else {@code "./sub/path"}
   * @param conditions the active conditions; {@code "default"} always applies
   * @return the target (a {@code ./} path relative to the package) or the reason there is none
   */
  static Result resolve(JsonNode exports, String subpath, List<String> conditions) {
    if (!exports.isObject() || !hasSubpathKeys(exports)) {
      if (!subpath.equals(".")) {
        return new Result(null, "the package exports only \".\" (its \"exports\" has no subpaths), not \"" + subpath + "\"");
      }
      return target(exports, null, conditions);
    }
    JsonNode exact = exports.get(subpath);
    if (exact != null && !subpath.contains("*")) {
      return target(exact, null, conditions);
    }
    String bestKey = null;
    String bestMatch = null;
    for (Iterator<String> keys = exports.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      int star = key.indexOf('*');
      if (star < 0) {
        if (key.endsWith("/") && subpath.startsWith(key) && (bestKey == null || key.length() > bestKey.length())) {
          bestKey = key;
          bestMatch = subpath.substring(key.length());
        }
        continue;
      }
      String prefix = key.substring(0, star);
      String suffix = key.substring(star + 1);
      if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length() >= key.length()
          && (bestKey == null || betterPattern(key, bestKey))) {
        bestKey = key;
        bestMatch = subpath.substring(prefix.length(), subpath.length() - suffix.length());
      }
    }
    if (bestKey == null) {
      return new Result(null, "\"" + subpath + "\" is not exported by the package (its \"exports\" lists "
          + keys(exports) + ")");
    }
    if (bestKey.endsWith("/") && bestKey.indexOf('*') < 0) {
      Result r = target(exports.get(bestKey), null, conditions);
      return r.target() == null ? r : new Result(r.target() + bestMatch, null);
    }
    return target(exports.get(bestKey), bestMatch, conditions);
  }

  /** Node's PATTERN_KEY_COMPARE: the longer prefix before {@code *} wins, then the longer key. */
  private static boolean betterPattern(String key, String best) {
    int a = key.indexOf('*');
    int b = best.indexOf('*');
    if (a != b) {
      return a > b;
    }
    return key.length() > best.length();
  }

  private static boolean hasSubpathKeys(JsonNode exports) {
    for (Iterator<String> keys = exports.fieldNames(); keys.hasNext(); ) {
      if (keys.next().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Result target(JsonNode target, String patternMatch, List<String> conditions) {
    if (target == null || target.isNull()) {
      return new Result(null, "the package's \"exports\" maps it to null (not exported)");
    }
    if (target.isTextual()) {
      String t = target.asText();
      if (!t.startsWith("./")) {
        return new Result(null, "the package's \"exports\" target \"" + t + "\" does not start with \"./\"");
      }
      return new Result(patternMatch == null ? t : t.replace("*", patternMatch), null);
    }
    if (target.isArray()) {
      Result last = new Result(null, "the package's \"exports\" array is empty");
      for (JsonNode alternative : target) {
        last = target(alternative, patternMatch, conditions);
        if (last.target() != null) {
          return last;
        }
      }
      return last;
    }
    if (target.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = target.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> condition = it.next();
        if (condition.getKey().equals("default") || conditions.contains(condition.getKey())) {
          Result r = target(condition.getValue(), patternMatch, conditions);
          if (r.target() != null || condition.getValue().isNull()) {
            return r;
          }
        }
      }
      return new Result(null, "no condition of the package matches: it offers " + keys(target)
          + ", the conditions in force are " + conditions + " and \"default\"");
    }
    return new Result(null, "the package's \"exports\" target " + target + " is not a string, array or object");
  }

  private static String keys(JsonNode object) {
    StringBuilder sb = new StringBuilder("[");
    for (Iterator<String> keys = object.fieldNames(); keys.hasNext(); ) {
      sb.append(sb.length() > 1 ? ", " : "").append('"').append(keys.next()).append('"');
    }
    return sb.append(']').toString();
  }
}
