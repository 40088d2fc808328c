package io.github.miniflare4j.htmlrewriter.internal;

import org.graalvm.polyglot.HostAccess;

/** A chunk of a text node, as workerd's {@code Text} shows it. */
public final class TextToken {

  private final String text;
  private final boolean last;
  private final Output out;
  private Mutations mutations;

  TextToken(String text, boolean last, Output out) {
    this.text = text;
    this.last = last;
    this.out = out;
  }

  /**
   * The chunk's text, character references left as written.
   *
   * @return the text
   */
  @HostAccess.Export
  public String text() {
    return text;
  }

  /**
   * Whether this is the node's last chunk (then it is usually empty).
   *
   * @return whether it is the last chunk
   */
  @HostAccess.Export
  public boolean lastInTextNode() {
    return last;
  }

  /**
   * Whether the chunk was removed or replaced.
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
   * Inserts content before the chunk.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void before(String content, boolean html) {
    mutations().before(new Content(content, html));
  }

  /**
   * Inserts content after the chunk.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void after(String content, boolean html) {
    mutations().after(new Content(content, html));
  }

  /**
   * Replaces the chunk.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void replace(String content, boolean html) {
    mutations().replace(new Content(content, html));
  }

  /** Removes the chunk. */
  @HostAccess.Export
  public void remove() {
    mutations().remove();
  }

  void serialize() {
    Mutations.serialize(mutations, out, () -> out.string(text));
  }
}
