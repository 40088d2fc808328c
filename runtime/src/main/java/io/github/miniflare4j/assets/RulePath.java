package io.github.miniflare4j.assets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The path of a {@code _redirects} or {@code _headers} rule as a pattern: {@code *} is a splat
 * (any characters, named {@code splat}), {@code :name} a placeholder (one path segment, or one
 * host label in an {@code https://host/...} rule). A rule with an {@code https://} host matches
 * {@code https://<hostname><path>} of the request, any other rule its path.
 */
final class RulePath {

  private static final Pattern PLACEHOLDER_NAME = Pattern.compile("[A-Za-z]\\w*");

  private final boolean crossHost;
  private final Pattern pattern;
  private final List<String> names;

  private RulePath(boolean crossHost, Pattern pattern, List<String> names) {
    this.crossHost = crossHost;
    this.pattern = pattern;
    this.names = names;
  }

  /**
   * Compiles a rule path.
   *
   * @param rule the normalised path or URL of the rule
   * @return the pattern, or {@code null} when it names a group twice (two splats, a repeated
   *     placeholder): Cloudflare drops such rules silently
   */
  static RulePath compile(String rule) {
    boolean crossHost = rule.startsWith("https://");
    int hostEnd = crossHost ? rule.indexOf('/', "https://".length()) : -1;
    if (crossHost && hostEnd < 0) {
      hostEnd = rule.length();
    }
    StringBuilder regex = new StringBuilder("^");
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < rule.length()) {
      char c = rule.charAt(i);
      if (c == '*') {
        names.add("splat");
        regex.append("(.*)");
        i++;
        continue;
      }
      if (c == ':') {
        Matcher name = PLACEHOLDER_NAME.matcher(rule).region(i + 1, rule.length());
        if (name.lookingAt()) {
          names.add(name.group());
          regex.append(i < hostEnd ? "([^/.]+)" : "([^/]+)");
          i = name.end();
          continue;
        }
      }
      regex.append(Pattern.quote(String.valueOf(c)));
      i++;
    }
    if (names.stream().distinct().count() != names.size()) {
      return null;
    }
    try {
      return new RulePath(crossHost, Pattern.compile(regex.append('$').toString()), List.copyOf(names));
    } catch (PatternSyntaxException e) {
      return null;
    }
  }

  /**
   * Matches a request.
   *
   * @param hostname the request's host name, without port
   * @param pathname the request's encoded path
   * @return the values of the splat and placeholders in the order they appear, or {@code null}
   *     when the rule does not match
   */
  Map<String, String> match(String hostname, String pathname) {
    Matcher m = pattern.matcher(crossHost ? "https://" + hostname + pathname : pathname);
    if (!m.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int g = 0; g < names.size(); g++) {
      values.put(names.get(g), m.group(g + 1));
    }
    return values;
  }

  /** Replaces each {@code :name} of {@code template} by its value, names in match order. */
  static String substitute(String template, Map<String, String> values) {
    String result = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      result = result.replace(":" + e.getKey(), e.getValue());
    }
    return result;
  }
}
