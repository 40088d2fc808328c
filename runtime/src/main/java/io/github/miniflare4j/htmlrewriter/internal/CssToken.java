package io.github.miniflare4j.htmlrewriter.internal;

import java.util.List;

/**
 * One token of a CSS selector, as cssparser (the tokenizer under lol-html's selector parser)
 * produces it. Blocks ({@code [...]}, {@code (...)}, functions, {@code {...}}) carry their
 * content as a nested token list and, in {@code raw}, as source text.
 */
record CssToken(Kind kind, String value, boolean idHash, List<CssToken> block, String raw) {

  /** Token kinds: only those the selector grammar tells apart. */
  enum Kind {
    IDENT,
    FUNCTION,
    HASH,
    STRING,
    DELIM,
    NUMBER,
    WHITESPACE,
    COLON,
    COMMA,
    SQUARE_BLOCK,
    PAREN_BLOCK,
    CURLY_BLOCK,
    /** {@code ~=}, {@code |=}, {@code ^=}, {@code $=}, {@code *=}: value holds the operator. */
    MATCH,
    OTHER
  }

  static CssToken of(Kind kind, String value) {
    return new CssToken(kind, value, false, List.of(), value);
  }

  boolean isDelim(char c) {
    return kind == Kind.DELIM && value.length() == 1 && value.charAt(0) == c;
  }
}
