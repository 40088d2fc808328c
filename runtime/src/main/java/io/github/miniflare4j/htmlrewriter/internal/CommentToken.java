package io.github.miniflare4j.htmlrewriter.internal;

import org.graalvm.polyglot.HostAccess;

/** A comment, as workerd's {@code Comment} shows it. */
public final class CommentToken extends ReplaceableToken {

  private final byte[] raw;
  private String text;
  private boolean modified;

  CommentToken(byte[] raw, String text, Output out) {
    super(out);
    this.raw = raw;
    this.text = text;
  }

  /**
   * The comment's text.
   *
   * @return the text between the delimiters
   */
  @HostAccess.Export
  public String text() {
    return text;
  }

  /**
   * Sets the comment's text.
   *
   * @param newText the text
   * @return lol-html's message when the text is refused, else null
   */
  @HostAccess.Export
  public String setText(String newText) {
    if (newText.contains("-->")) {
      return "Comment text shouldn't contain comment closing sequence (`-->`).";
    }
    if (!out.canEncode(newText)) {
      return "Comment text contains a character that can't be represented in the document's character encoding.";
    }
    this.text = newText;
    this.modified = true;
    return null;
  }

  @Override
  void writeToken() {
    if (!modified) {
      out.raw(raw);
    } else {
      out.string("<!--" + text + "-->");
    }
  }
}
