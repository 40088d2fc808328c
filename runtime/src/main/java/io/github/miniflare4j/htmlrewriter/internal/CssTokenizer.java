package io.github.miniflare4j.htmlrewriter.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a selector into {@link CssToken}s the way cssparser does, blocks nested. */
final class CssTokenizer {

  private final String s;
  private int i;

  private CssTokenizer(String s) {
    this.s = s;
  }

  static List<CssToken> tokenize(String selector) {
    CssTokenizer t = new CssTokenizer(selector);
    return t.tokens((char) 0);
  }

  /** Tokens up to the closing character {@code close} (consumed) or the end of input. */
  private List<CssToken> tokens(char close) {
    List<CssToken> out = new ArrayList<>();
    while (i < s.length()) {
      char c = s.charAt(i);
      if (close != 0 && c == close) {
        i++;
        return out;
      }
      out.add(next());
    }
    return out;
  }

  private CssToken next() {
    char c = s.charAt(i);
    if (isWhitespace(c)) {
      while (i < s.length() && isWhitespace(s.charAt(i))) {
        i++;
      }
      return CssToken.of(CssToken.Kind.WHITESPACE, " ");
    }
    if (c == '/' && s.startsWith("/*", i)) {
      int end = s.indexOf("*/", i + 2);
      i = end < 0 ? s.length() : end + 2;
      return CssToken.of(CssToken.Kind.WHITESPACE, " ");
    }
    if (c == '"' || c == '\'') {
      return CssToken.of(CssToken.Kind.STRING, string(c));
    }
    if (c == '#') {
      if (i + 1 < s.length() && (isNameChar(s.charAt(i + 1)) || startsEscape(i + 1))) {
        i++;
        boolean id = startsIdent(i);
        return new CssToken(CssToken.Kind.HASH, name(), id, List.of(), "");
      }
      i++;
      return CssToken.of(CssToken.Kind.DELIM, "#");
    }
    if (startsNumber(i)) {
      number();
      if (startsIdent(i)) {
        name();
      } else if (i < s.length() && s.charAt(i) == '%') {
        i++;
      }
      return CssToken.of(CssToken.Kind.NUMBER, "");
    }
    if (startsIdent(i)) {
      String name = name();
      if (i < s.length() && s.charAt(i) == '(') {
        i++;
        return block(CssToken.Kind.FUNCTION, name, ')');
      }
      return CssToken.of(CssToken.Kind.IDENT, name);
    }
    i++;
    switch (c) {
      case ':':
        return CssToken.of(CssToken.Kind.COLON, ":");
      case ',':
        return CssToken.of(CssToken.Kind.COMMA, ",");
      case '[':
        return block(CssToken.Kind.SQUARE_BLOCK, "[", ']');
      case '(':
        return block(CssToken.Kind.PAREN_BLOCK, "(", ')');
      case '{':
        return block(CssToken.Kind.CURLY_BLOCK, "{", '}');
      case ']':
      case ')':
      case '}':
      case ';':
        return CssToken.of(CssToken.Kind.OTHER, String.valueOf(c));
      case '~':
      case '|':
      case '^':
      case '$':
      case '*':
        if (i < s.length() && s.charAt(i) == '=') {
          i++;
          return CssToken.of(CssToken.Kind.MATCH, c + "=");
        }
        return CssToken.of(CssToken.Kind.DELIM, String.valueOf(c));
      default:
        return CssToken.of(CssToken.Kind.DELIM, String.valueOf(c));
    }
  }

  private CssToken block(CssToken.Kind kind, String value, char close) {
    int start = i;
    List<CssToken> inner = tokens(close);
    int end = i > start && s.charAt(i - 1) == close ? i - 1 : i;
    return new CssToken(kind, value, false, inner, s.substring(start, Math.max(start, end)));
  }

  private String string(char quote) {
    StringBuilder b = new StringBuilder();
    i++;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == quote) {
        i++;
        break;
      }
      if (c == '\\' && i + 1 < s.length()) {
        i++;
        b.append(escape());
        continue;
      }
      b.append(c);
      i++;
    }
    return b.toString();
  }

  private String name() {
    StringBuilder b = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isNameChar(c)) {
        b.append(c);
        i++;
      } else if (startsEscape(i)) {
        i++;
        b.append(escape());
      } else if (c == '\\' && i + 1 == s.length()) {
        // a backslash ending the selector escapes the end of input: U+FFFD (`p\` matches nothing)
        i++;
        b.append('\uFFFD');
      } else {
        break;
      }
    }
    return b.toString();
  }

  /** Reads an escape after the backslash: up to six hex digits and one whitespace, or one character. */
  private String escape() {
    int start = i;
    while (i < s.length() && i - start < 6 && Character.digit(s.charAt(i), 16) >= 0) {
      i++;
    }
    if (i > start) {
      int cp = Integer.parseInt(s.substring(start, i), 16);
      if (i < s.length() && isWhitespace(s.charAt(i))) {
        i++;
      }
      return cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? "\uFFFD" : new String(Character.toChars(cp));
    }
    int cp = s.codePointAt(i);
    i += Character.charCount(cp);
    return new String(Character.toChars(cp));
  }

  private void number() {
    if (s.charAt(i) == '+' || s.charAt(i) == '-') {
      i++;
    }
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i + 1 < s.length() && s.charAt(i) == '.' && Character.isDigit(s.charAt(i + 1))) {
      i++;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i + 1 < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      if (j < s.length() && Character.isDigit(s.charAt(j))) {
        i = j;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
      }
    }
  }

  private boolean startsNumber(int at) {
    char c = s.charAt(at);
    if (Character.isDigit(c)) {
      return true;
    }
    if (c == '.' ) {
      return at + 1 < s.length() && Character.isDigit(s.charAt(at + 1));
    }
    if (c == '+' || c == '-') {
      if (at + 1 < s.length() && Character.isDigit(s.charAt(at + 1))) {
        return true;
      }
      return at + 2 < s.length() && s.charAt(at + 1) == '.' && Character.isDigit(s.charAt(at + 2));
    }
    return false;
  }

  private boolean startsIdent(int at) {
    if (at >= s.length()) {
      return false;
    }
    char c = s.charAt(at);
    if (c == '-') {
      return at + 1 < s.length() && (isNameStart(s.charAt(at + 1)) || s.charAt(at + 1) == '-' || startsEscape(at + 1));
    }
    return isNameStart(c) || startsEscape(at);
  }

  private boolean startsEscape(int at) {
    return at + 1 < s.length() && s.charAt(at) == '\\' && s.charAt(at + 1) != '\n';
  }

  private static boolean isNameStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
  }

  private static boolean isNameChar(char c) {
    return isNameStart(c) || c >= '0' && c <= '9' || c == '-';
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
