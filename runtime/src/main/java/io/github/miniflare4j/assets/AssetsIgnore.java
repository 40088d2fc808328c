package io.github.miniflare4j.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which files of an assets directory are not assets: the configuration files ({@code
 * /.assetsignore}, {@code /_redirects}, {@code /_headers}) and what the {@code .assetsignore}
 * file lists, in {@code .gitignore} syntax ({@code *}, {@code **}, {@code ?}, {@code [...]},
 * a leading or inner {@code /} anchoring to the directory, a trailing {@code /} for directories,
 * {@code !} to re-include, {@code #} comments). As with Git, a file inside an ignored directory
 * cannot be re-included.
 */
final class AssetsIgnore {

  static final String FILE_NAME = ".assetsignore";

  private record Rule(Pattern pattern, boolean negated, boolean directoryOnly) {}

  private final List<Rule> rules;

  private AssetsIgnore(List<Rule> rules) {
    this.rules = rules;
  }

  /**
   * The rules of a directory.
   *
   * @param assetsIgnore the content of its {@code .assetsignore}, or {@code null} when it has none
   * @return the matcher
   */
  static AssetsIgnore of(String assetsIgnore) {
    List<String> lines = new ArrayList<>(List.of("/" + FILE_NAME, "/_redirects", "/_headers"));
    if (assetsIgnore != null) {
      lines.addAll(List.of(assetsIgnore.split("\n", -1)));
    }
    List<Rule> rules = new ArrayList<>();
    for (String line : lines) {
      Rule rule = rule(line);
      if (rule != null) {
        rules.add(rule);
      }
    }
    return new AssetsIgnore(List.copyOf(rules));
  }

  /**
   * Whether a file is left out.
   *
   * @param relativePath the file's path inside the directory, {@code /}-separated, no leading
   *     {@code /}
   * @return {@code true} when it is not an asset
   */
  boolean ignores(String relativePath) {
    String[] segments = relativePath.split("/");
    StringBuilder dir = new StringBuilder();
    for (int i = 0; i < segments.length - 1; i++) {
      if (i > 0) {
        dir.append('/');
      }
      dir.append(segments[i]);
      if (decide(dir.toString(), true)) {
        return true;
      }
    }
    return decide(relativePath, false);
  }

  private boolean decide(String path, boolean directory) {
    boolean ignored = false;
    for (Rule rule : rules) {
      if (rule.negated() == ignored && (directory || !rule.directoryOnly()) && rule.pattern().matcher(path).matches()) {
        ignored = !rule.negated();
      }
    }
    return ignored;
  }

  private static Rule rule(String line) {
    String pattern = line.replaceAll("(?<!\\\\)\\s+$", "").replace("\r", "");
    if (pattern.isEmpty() || pattern.startsWith("#")) {
      return null;
    }
    boolean negated = pattern.startsWith("!");
    if (negated) {
      pattern = pattern.substring(1);
    } else if (pattern.startsWith("\\!") || pattern.startsWith("\\#")) {
      pattern = pattern.substring(1);
    }
    boolean directoryOnly = pattern.endsWith("/");
    if (directoryOnly) {
      pattern = pattern.substring(0, pattern.length() - 1);
    }
    if (pattern.isEmpty()) {
      return null;
    }
    boolean anchored = pattern.indexOf('/') >= 0;
    if (pattern.startsWith("/")) {
      pattern = pattern.substring(1);
    }
    StringBuilder regex = new StringBuilder(anchored ? "" : "(?:.*/)?");
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && pattern.startsWith("**", i)) {
        boolean slashBefore = i == 0 || pattern.charAt(i - 1) == '/';
        boolean slashAfter = i + 2 == pattern.length() || pattern.charAt(i + 2) == '/';
        if (slashBefore && slashAfter) {
          if (i + 2 == pattern.length()) {
            regex.append(".*");
          } else {
            regex.append("(?:.*/)?");
            i++;
          }
          i++;
          continue;
        }
        regex.append("[^/]*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (c == '[') {
        int close = pattern.indexOf(']', i + 2);
        if (close < 0) {
          regex.append("\\[");
        } else {
          String body = pattern.substring(i + 1, close);
          regex.append('[').append(body.startsWith("!") ? "^" + body.substring(1) : body).append(']');
          i = close;
        }
      } else if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    try {
      return new Rule(Pattern.compile(regex.toString()), negated, directoryOnly);
    } catch (java.util.regex.PatternSyntaxException e) {
      return null;
    }
  }
}
