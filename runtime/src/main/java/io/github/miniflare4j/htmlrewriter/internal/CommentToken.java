package io.github.miniflare4j.htmlrewriter.internal;

import org.graalvm.polyglot.HostAccess;

/** A comment, as workerd's {@code Comment} shows it. */
public final class CommentToken {

  private final byte[] raw;
  private String text;
  private boolean modified;
  private final Output out;
  private Mutations mutations;

  CommentToken(byte[] raw, String text, Output out) {
    this.raw = raw;
    this.text = text;
    this.out = out;
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

  /**
   * Whether the comment was removed or replaced.
   *
   * @return whether it is removed
   */
  @HostAccess.Export
  public boolean removed() {
    return mutations != null && mutations.removed;
  }

  private Mutations mutations() {
    if (mutations == null) {
      mutations = new Mutations();
    }
    return mutations;
  }

  /**
   * Inserts content before the comment.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void before(String content, boolean html) {
    mutations().before(new Content(content, html));
  }

  /**
   * Inserts content after the comment.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void after(String content, boolean html) {
    mutations().after(new Content(content, html));
  }

  /**
   * Replaces the comment.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void replace(String content, boolean html) {
    mutations().replace(new Content(content, html));
  }

  /** Removes the comment. */
  @HostAccess.Export
  public void remove() {
    mutations().remove();
  }

  void serialize() {
    Mutations.serialize(mutations, out, () -> {
      if (!modified) {
        out.raw(raw);
      } else {
        out.string("<!--" + text + "-->");
      }
    });
  }
}
