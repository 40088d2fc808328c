package io.github.miniflare4j.htmlrewriter.internal;

import org.graalvm.polyglot.HostAccess;

/** A chunk of a text node, as workerd's {@code Text} shows it. */
public final class TextToken extends ReplaceableToken {

  private final String text;
  private final boolean last;

  TextToken(String text, boolean last, Output out) {
    super(out);
    this.text = text;
    this.last = last;
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

  @Override
  void writeToken() {
    out.string(text);
  }
}
