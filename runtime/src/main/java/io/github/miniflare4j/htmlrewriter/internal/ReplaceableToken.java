package io.github.miniflare4j.htmlrewriter.internal;

import org.graalvm.polyglot.HostAccess;

/** A token a handler may also replace ({@code Text}, {@code Comment}), and ask whether it is gone. */
public abstract class ReplaceableToken extends MutableToken {

  ReplaceableToken(Output out) {
    super(out);
  }

  /**
   * Replaces the token.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void replace(String content, boolean html) {
    mutations().replace(new Content(content, html));
  }

  /**
   * Whether the token was removed or replaced.
   *
   * @return whether it is removed
   */
  @HostAccess.Export
  public boolean removed() {
    return mutations != null && mutations.removed;
  }
}
