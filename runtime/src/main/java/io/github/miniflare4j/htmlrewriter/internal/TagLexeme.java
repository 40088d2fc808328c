package io.github.miniflare4j.htmlrewriter.internal;

/**
 * A start or end tag found by {@link HtmlLexer}: byte ranges into the input buffer, valid until
 * the next chunk arrives. Attribute {@code i} occupies six ints of {@link #attributes}: name
 * start/end, value start/end (-1 when there is no value) and raw start/end.
 */
final class TagLexeme {

  boolean isEnd;
  int start;
  int end;
  int nameStart;
  int nameEnd;
  boolean selfClosing;
  int[] attributes = new int[6 * 8];
  int attributeCount;
  Namespace ns = Namespace.HTML;
  /**
   * Whether lol-html's tree-builder simulation needs this whole start tag to decide the
   * namespace (a possible integration point in foreign content), so that its tag scanner hands
   * it to the lexer without a tag hint.
   */
  boolean requestsLexeme;
  /** The ASCII-lower-cased tag name. */
  String name;

  void reset(int start, boolean isEnd) {
    this.start = start;
    this.isEnd = isEnd;
    this.selfClosing = false;
    this.attributeCount = 0;
    this.requestsLexeme = false;
  }

  void addAttribute(int nameStart, int nameEnd, int valueStart, int valueEnd, int rawStart, int rawEnd) {
    int at = attributeCount * 6;
    if (at + 6 > attributes.length) {
      attributes = java.util.Arrays.copyOf(attributes, attributes.length * 2);
    }
    attributes[at] = nameStart;
    attributes[at + 1] = nameEnd;
    attributes[at + 2] = valueStart;
    attributes[at + 3] = valueEnd;
    attributes[at + 4] = rawStart;
    attributes[at + 5] = rawEnd;
    attributeCount++;
  }
}
