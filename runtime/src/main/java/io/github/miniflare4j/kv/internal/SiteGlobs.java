package io.github.miniflare4j.kv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Workers Sites filter ({@code siteInclude} or {@code siteExclude}, Wrangler's {@code
 * site.include}/{@code site.exclude}) as Miniflare matches it against a file's path relative to the
 * site folder ({@code sub/style.css}): each glob becomes an unanchored regular expression, so it
 * matches anywhere in the path; {@code *} matches within one path segment, {@code **} between
 * slashes any number of segments; {@code ?}, brackets and braces are literal; a glob starting
 * with {@code !} excludes. A path matches when no exclusion and some inclusion matches.
 */
public final class SiteGlobs {

  private final List<Pattern> include;
  private final List<Pattern> exclude;

  private SiteGlobs(List<Pattern> include, List<Pattern> exclude) {
    this.include = include;
    this.exclude = exclude;
  }

  /**
   * Compiles globs.
   *
   * @param globs the globs as the user wrote them
   * @return the filter
   */
  public static SiteGlobs of(List<String> globs) {
    List<Pattern> include = new ArrayList<>();
    List<Pattern> exclude = new ArrayList<>();
    for (String glob : globs) {
      if (glob.startsWith("!")) {
        exclude.add(Pattern.compile(regex(glob.substring(1))));
      } else {
        include.add(Pattern.compile(regex(glob)));
      }
    }
    return new SiteGlobs(List.copyOf(include), List.copyOf(exclude));
  }

  /**
   * Whether a path matches: no exclusion and at least one inclusion finds it.
   *
   * @param path a path relative to the site folder, with {@code /} separators
   * @return {@code true} when it matches
   */
  public boolean matches(String path) {
    for (Pattern pattern : exclude) {
      if (pattern.matcher(path).find()) {
        return false;
      }
    }
    for (Pattern pattern : include) {
      if (pattern.matcher(path).find()) {
        return true;
      }
    }
    return false;
  }

  /** The regular expression of one glob, without anchors. */
  static String regex(String glob) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        char before = i == 0 ? '/' : glob.charAt(i - 1);
        int stars = 1;
        while (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          stars++;
          i++;
        }
        boolean atEnd = i + 1 == glob.length();
        if (stars > 1 && before == '/' && (atEnd || glob.charAt(i + 1) == '/')) {
          out.append("((?:[^/]*(?:/|$))*)"); // ** spans whole segments, with the slash after it
          i++;
        } else {
          out.append("([^/]*)");
        }
      } else if ("\\^$.|?+()[]{}=!,/".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
