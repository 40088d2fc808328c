package io.github.miniflare4j.htmlrewriter.internal;

import java.util.Locale;
import java.util.Set;

/** One simple selector of a compound (type, id, class, attribute, nth), possibly negated. */
interface Condition {

  boolean test(ElementFacts element);

  /** Attribute names HTML compares case-insensitively when the selector has no flag. */
  Set<String> CASE_INSENSITIVE_ATTRIBUTES =
      Set.of(
          "accept", "accept-charset", "align", "alink", "axis", "bgcolor", "charset", "checked",
          "clear", "codetype", "color", "compact", "declare", "defer", "dir", "direction",
          "disabled", "enctype", "face", "frame", "hreflang", "http-equiv", "lang", "language",
          "link", "media", "method", "multiple", "nohref", "noresize", "noshade", "nowrap",
          "readonly", "rel", "rev", "rules", "scope", "scrolling", "selected", "shape", "target",
          "text", "type", "valign", "valuetype", "vlink");

  Condition ANY = e -> true;
  Condition NEVER = e -> false;

  static Condition not(Condition inner) {
    return new Negation(inner);
  }

  /** A negated simple selector; {@link Selector} tells a nested {@code :not} by this type. */
  record Negation(Condition inner) implements Condition {
    @Override
    public boolean test(ElementFacts element) {
      return !inner.test(element);
    }
  }

  static Condition localName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.matches("1+[a-z1-6]{1,11}") && lower.length() <= 12) {
      // lol-html compares such names by a hash in which each leading `1` adds nothing: an
      // escaped `\31 p` selects `p` elements
      String hashed = lower.replaceFirst("^1+", "");
      return e -> e.name().equals(hashed);
    }
    return e -> e.name().equals(lower);
  }

  static Condition id(String id) {
    return e -> id.equals(e.attribute("id"));
  }

  static Condition className(String name) {
    return e -> {
      String classes = e.attribute("class");
      if (classes == null) {
        return false;
      }
      for (String part : classes.split("[ \n\r\t\f]")) {
        if (part.equals(name)) {
          return true;
        }
      }
      return false;
    };
  }

  static Condition exists(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return e -> e.attribute(lower) != null;
  }

  /** {@code an+b}: whether the 1-based index is one of a*n+b for some n >= 0. */
  static boolean nth(int a, int b, int index) {
    int offset = index - b;
    if (a == 0) {
      return offset == 0;
    }
    if (offset < 0 && a > 0 || offset > 0 && a < 0) {
      return false;
    }
    return offset % a == 0;
  }

  static Condition nthChild(int a, int b, boolean ofType) {
    return ofType ? e -> nth(a, b, e.typeIndex()) : e -> nth(a, b, e.childIndex());
  }

  /**
   * An attribute comparison.
   *
   * @param operator one of {@code = ~= |= ^= $= *=}
   * @param flag {@code 'i'}, {@code 's'} or 0 for none
   */
  static Condition attribute(String name, String operator, String value, char flag) {
    String lower = name.toLowerCase(Locale.ROOT);
    boolean neverMatches =
        switch (operator) {
          case "~=" -> value.isEmpty() || value.chars().anyMatch(c -> CssTokenizer.isWhitespace((char) c));
          case "*=" -> value.isEmpty();
          default -> false;
        };
    if (neverMatches) {
      return NEVER;
    }
    boolean defaultInsensitive = CASE_INSENSITIVE_ATTRIBUTES.contains(lower);
    return e -> {
      String actual = e.attribute(lower);
      if (actual == null) {
        return false;
      }
      boolean insensitive = flag == 'i' || flag == 0 && defaultInsensitive && e.isHtml();
      return switch (operator) {
        case "=" -> same(actual, value, insensitive);
        case "~=" -> {
          for (String part : actual.split("[ \n\r\t\f]")) {
            if (same(part, value, insensitive)) {
              yield true;
            }
          }
          yield false;
        }
        case "|=" -> same(actual, value, insensitive)
            || actual.length() > value.length()
                && actual.charAt(value.length()) == '-'
                && same(actual.substring(0, value.length()), value, insensitive);
        // lol-html: an empty prefix or suffix matches every non-empty value (recorded)
        case "^=" -> value.isEmpty() ? !actual.isEmpty() : actual.length() >= value.length()
            && same(actual.substring(0, value.length()), value, insensitive);
        case "$=" -> value.isEmpty() ? !actual.isEmpty() : actual.length() >= value.length()
            && same(actual.substring(actual.length() - value.length()), value, insensitive);
        default -> insensitive
            ? actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))
            : actual.contains(value);
      };
    };
  }

  private static boolean same(String a, String b, boolean insensitive) {
    return insensitive ? asciiLower(a).equals(asciiLower(b)) : a.equals(b);
  }

  private static String asciiLower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return b.toString();
  }
}
