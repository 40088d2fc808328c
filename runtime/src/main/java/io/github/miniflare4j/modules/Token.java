package io.github.miniflare4j.modules;

/**
 * One token of a source: its kind, its text, its character range and whether a line break
 * precedes it (automatic semicolon insertion and TypeScript's no-line-break rules depend on it).
 */
final class Token {

  /** Token kinds; template literals are split at their substitutions. */
  enum Kind { IDENT, NUMBER, STRING, TEMPLATE, TEMPLATE_HEAD, TEMPLATE_MIDDLE, TEMPLATE_TAIL, REGEX, PUNCT, EOF }

  final Kind kind;
  final String text;
  final int start;
  final int end;
  final boolean newlineBefore;

  Token(Kind kind, String text, int start, int end, boolean newlineBefore) {
    this.kind = kind;
    this.text = text;
    this.start = start;
    this.end = end;
    this.newlineBefore = newlineBefore;
  }

  boolean is(String s) {
    return (kind == Kind.PUNCT || kind == Kind.IDENT) && text.equals(s);
  }

  boolean isIdent() {
    return kind == Kind.IDENT;
  }

  @Override
  public String toString() {
    return kind + "(" + text + ")@" + start;
  }
}
