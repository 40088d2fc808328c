package io.github.miniflare4j.assets;

import io.github.miniflare4j.http.FetchResponse;
import io.github.miniflare4j.http.Headers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The rules of an assets directory's {@code _headers} file, parsed and applied as Cloudflare
 * does: a path line (a path, or an {@code https://} URL, with splats and placeholders) followed
 * by indented {@code Name: value} lines to set and {@code ! Name} lines to detach. Every
 * matching rule applies, in file order, to every response of the assets: detached headers
 * first, then set ones (the first rule to set a header replaces it, later ones append).
 * Placeholders in values take the matched text. A path named twice keeps the last rule at the
 * first one's place. Invalid lines are skipped with a warning worded as Cloudflare's.
 */
final class HeaderRules {

  static final HeaderRules NONE = new HeaderRules(List.of());

  private static final int MAX_LINE_LENGTH = 2000;
  private static final int MAX_RULES = 100;
  private static final Pattern PROBABLY_A_PATH = Pattern.compile("^([^\\s]+://|/)");
  private static final String UNSET_OPERATOR = "! ";

  private record Rule(RulePath path, Map<String, String> set, List<String> unset) {}

  private final List<Rule> rules;

  private HeaderRules(List<Rule> rules) {
    this.rules = rules;
  }

  /**
   * Parses a {@code _headers} file.
   *
   * @param text the file's content
   * @param warn receives one message per refused line
   * @return the rules
   */
  static HeaderRules parse(String text, Consumer<String> warn) {
    Map<String, Rule> byPath = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    String path = null;
    Map<String, String> set = null;
    List<String> unset = null;
    int ruleCount = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int lineNumber = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.length() > MAX_LINE_LENGTH) {
        warn.accept("Ignoring line " + lineNumber + " as it exceeds the maximum allowed length of " + MAX_LINE_LENGTH + ".");
        continue;
      }
      if (PROBABLY_A_PATH.matcher(line).find()) {
        if (ruleCount >= MAX_RULES) {
          warn.accept("Maximum number of rules supported is " + MAX_RULES + ". Skipping remaining " + (lines.length - i)
              + " lines of file.");
          break;
        }
        if (path != null) {
          ruleCount += add(byPath, path, set, unset, lineNumber, warn);
        }
        RuleUrls.Checked checked = RuleUrls.check(line, false, true, false);
        if (checked.url() == null) {
          warn.accept(at(lineNumber, line, checked.error()));
          path = null;
          continue;
        }
        path = checked.url();
        set = new LinkedHashMap<>();
        unset = new ArrayList<>();
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        if (path == null) {
          warn.accept(at(lineNumber, line, "Expected a path beginning with at least one forward-slash"));
        } else if (line.startsWith(UNSET_OPERATOR)) {
          unset.add(line.substring(UNSET_OPERATOR.length()));
        } else {
          warn.accept(at(lineNumber, line, "Expected a colon-separated header pair (e.g. name: value)"));
        }
        continue;
      }
      String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (name.contains(" ")) {
        warn.accept(at(lineNumber, line, "Header name cannot include spaces"));
      } else if (name.isEmpty()) {
        warn.accept(at(lineNumber, line, "No header name specified"));
      } else if (value.isEmpty()) {
        warn.accept(at(lineNumber, line, "No header value specified"));
      } else if (path == null) {
        warn.accept(at(lineNumber, line, "Path should come before header (" + name + ": " + value + ")"));
      } else {
        set.merge(name, value, (old, added) -> old + ", " + added);
      }
    }
    if (path != null) {
      add(byPath, path, set, unset, lines.length, warn);
    }
    return new HeaderRules(List.copyOf(byPath.values()));
  }

  private static int add(Map<String, Rule> byPath, String path, Map<String, String> set, List<String> unset,
      int lineNumber, Consumer<String> warn) {
    if (set.isEmpty() && unset.isEmpty()) {
      warn.accept(at(lineNumber, path, "No headers specified"));
      return 0;
    }
    RulePath pattern = RulePath.compile(path);
    if (pattern != null) {
      byPath.put(path, new Rule(pattern, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(set)), List.copyOf(unset)));
      // a repeated path keeps its first place, as a JavaScript object key does
    }
    return 1;
  }

  private static String at(int lineNumber, String line, String message) {
    return message + "\n    at _headers:" + lineNumber + " | " + line;
  }

  /**
   * Applies the matching rules to a response of the assets.
   *
   * @param hostname the request's host name
   * @param pathname the request's encoded path
   * @param response the response
   * @return the response with its headers changed, or itself when no rule matches
   */
  FetchResponse apply(String hostname, String pathname, FetchResponse response) {
    Headers.Builder headers = null;
    Set<String> setHere = new HashSet<>();
    for (Rule rule : rules) {
      Map<String, String> values = rule.path().match(hostname, pathname);
      if (values == null) {
        continue;
      }
      if (headers == null) {
        headers = response.headers().toBuilder();
      }
      for (String name : rule.unset()) {
        headers.remove(name);
      }
      for (Map.Entry<String, String> header : rule.set().entrySet()) {
        String value = RulePath.substitute(header.getValue(), values);
        if (setHere.add(header.getKey())) {
          headers.set(header.getKey(), value);
        } else {
          headers.add(header.getKey(), value);
        }
      }
    }
    return headers == null ? response : response.toBuilder().headers(headers.build()).build();
  }
}
