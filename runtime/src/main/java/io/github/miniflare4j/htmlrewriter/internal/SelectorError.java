package io.github.miniflare4j.htmlrewriter.internal;

/**
 * A selector lol-html refuses; the message is lol-html's, which workerd shows as
 * {@code TypeError: Parser error: <message>}.
 */
public final class SelectorError extends Exception {

  private static final long serialVersionUID = 1L;

  static final String UNEXPECTED_TOKEN = "Unexpected token in selector.";
  static final String UNEXPECTED_END = "Unexpected end of selector.";
  static final String MISSING_ATTRIBUTE_NAME = "Missing attribute name in attribute selector.";
  static final String EMPTY = "The selector is empty.";
  static final String DANGLING_COMBINATOR = "Dangling combinator in selector.";
  static final String UNEXPECTED_TOKEN_IN_ATTRIBUTE = "Unexpected token in the attribute selector.";
  static final String UNSUPPORTED_PSEUDO = "Unsupported pseudo-class or pseudo-element in selector.";
  static final String NAMESPACED = "Selectors with explicit namespaces are not supported.";
  static final String INVALID_CLASS_NAME = "Invalid or unescaped class name in selector.";

  SelectorError(String message) {
    super(message, null, false, false);
  }

  static String unsupportedCombinator(char c) {
    return "Unsupported combinator `" + c + "` in selector.";
  }
}
