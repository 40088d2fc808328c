package io.github.miniflare4j.assets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The rules of an assets directory's {@code _redirects} file, parsed and matched as Cloudflare
 * does: {@code from to [status]} per line, status 301, 302 (the default), 303, 307, 308, or 200
 * to serve another path's asset. Rules without splat or placeholder that come before the first
 * one that has either are looked up exactly and win over the others; the others match in file
 * order. Invalid lines are skipped with a warning worded as Cloudflare's.
 */
final class RedirectRules {

  /** What a request's path is redirected to: a status and the target (path or URL). */
  record Redirect(int status, String to) {}

  static final RedirectRules NONE = new RedirectRules(Map.of(), List.of());

  private static final Set<Integer> PERMITTED_STATUS_CODES = Set.of(200, 301, 302, 303, 307, 308);
  private static final int MAX_LINE_LENGTH = 2000;
  private static final int MAX_STATIC_RULES = 2000;
  private static final int MAX_DYNAMIC_RULES = 100;
  private static final Pattern SPLAT_OR_PLACEHOLDER = Pattern.compile("\\*|:[A-Za-z]\\w*");
  private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+#.*$");
  private static final Pattern INDEX_TARGET = Pattern.compile("/index(\\.html)?$");

  private record DynamicRule(RulePath from, Redirect redirect) {}

  private final Map<String, Redirect> staticRules;
  private final List<DynamicRule> dynamicRules;

  private RedirectRules(Map<String, Redirect> staticRules, List<DynamicRule> dynamicRules) {
    this.staticRules = staticRules;
    this.dynamicRules = dynamicRules;
  }

  /**
   * Parses a {@code _redirects} file.
   *
   * @param text the file's content
   * @param htmlHandling the directory's HTML handling (rules that would loop through it are
   *     refused)
   * @param warn receives one message per refused line
   * @return the rules
   */
  static RedirectRules parse(String text, HtmlHandling htmlHandling, Consumer<String> warn) {
    Map<String, Redirect> statics = new LinkedHashMap<>();
    List<DynamicRule> dynamics = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String[] lines = text.split("\n", -1);
    int staticCount = 0;
    int dynamicCount = 0;
    boolean staticAllowed = true;
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
      String[] tokens = TRAILING_COMMENT.matcher(line).replaceFirst("").split("\\s+");
      if (tokens.length < 2 || tokens.length > 3) {
        warn.accept(at(lineNumber, line, "Expected exactly 2 or 3 whitespace-separated tokens. Got " + tokens.length + "."));
        continue;
      }
      RuleUrls.Checked from = RuleUrls.check(tokens[0], true, true, false);
      if (from.url() == null) {
        warn.accept(at(lineNumber, line, from.error()));
        continue;
      }
      boolean isStatic = staticAllowed && !SPLAT_OR_PLACEHOLDER.matcher(from.url()).find();
      if (isStatic) {
        if (++staticCount > MAX_STATIC_RULES) {
          warn.accept("Maximum number of static rules supported is " + MAX_STATIC_RULES + ". Skipping line.");
          continue;
        }
      } else {
        staticAllowed = false;
        if (++dynamicCount > MAX_DYNAMIC_RULES) {
          warn.accept("Maximum number of dynamic rules supported is " + MAX_DYNAMIC_RULES + ". Skipping remaining "
              + (lines.length - i) + " lines of file.");
          break;
        }
      }
      RuleUrls.Checked to = RuleUrls.check(tokens[1], false, false, true);
      if (to.url() == null) {
        warn.accept(at(lineNumber, line, to.error()));
        continue;
      }
      String statusText = tokens.length == 3 ? tokens[2] : "302";
      Integer status = statusOf(statusText);
      if (status == null) {
        warn.accept(at(lineNumber, line,
            "Valid status codes are 200, 301, 302 (default), 303, 307, or 308. Got " + statusText + "."));
        continue;
      }
      boolean relative = !RuleUrls.hasHost(to.url());
      boolean toIndex = INDEX_TARGET.matcher(to.url()).find();
      if (relative && toIndex && (from.url().endsWith("/*") || from.url().endsWith("/") && htmlHandling != HtmlHandling.NONE)) {
        warn.accept(at(lineNumber, line, "Infinite loop detected in this rule and has been ignored. This will cause a "
            + "redirect to strip `.html` or `/index` and end up triggering this rule again. Please fix or remove this "
            + "rule to silence this warning."));
        continue;
      }
      if (!seen.add(from.url())) {
        warn.accept(at(lineNumber, line, "Ignoring duplicate rule for path " + from.url() + "."));
        continue;
      }
      if (status == 200 && !relative) {
        warn.accept(at(lineNumber, line, "Proxy (200) redirects can only point to relative paths. Got " + to.url()));
        continue;
      }
      Redirect redirect = new Redirect(status, to.url());
      if (isStatic) {
        statics.put(from.url(), redirect);
      } else {
        RulePath path = RulePath.compile(from.url());
        if (path != null) {
          dynamics.add(new DynamicRule(path, redirect));
        }
      }
    }
    return new RedirectRules(Map.copyOf(statics), List.copyOf(dynamics));
  }

  private static Integer statusOf(String text) {
    try {
      int status = Integer.parseInt(text);
      return PERMITTED_STATUS_CODES.contains(status) ? status : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String at(int lineNumber, String line, String message) {
    return message + "\n    at _redirects:" + lineNumber + " | " + line;
  }

  /**
   * The redirect of a request path: an exact rule first, else the first matching pattern.
   *
   * @param hostname the request's host name
   * @param pathname the request's encoded path
   * @return the redirect with its target filled in, or {@code null}
   */
  Redirect match(String hostname, String pathname) {
    Redirect exact = staticRules.get(pathname);
    if (exact != null) {
      return exact;
    }
    for (DynamicRule rule : dynamicRules) {
      Map<String, String> values = rule.from().match(hostname, pathname);
      if (values != null) {
        String target = RulePath.substitute(rule.redirect().to(), values).strip();
        if (!target.matches("^\\w+://.*")) {
          target = target.replaceAll("/+", "/");
        }
        return new Redirect(rule.redirect().status(), target);
      }
    }
    return null;
  }
}
