package io.github.miniflare4j.htmlrewriter.internal;

import org.graalvm.polyglot.HostAccess;

/** The end of the document, as workerd's {@code DocumentEnd} shows it. */
public final class DocumentEndToken {

  private final Output out;

  DocumentEndToken(Output out) {
    this.out = out;
  }

  /**
   * Appends content at the end of the document (written even inside removed content).
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void append(String content, boolean html) {
    boolean was = out.enabled();
    out.setEnabled(true);
    out.content(new Content(content, html));
    out.setEnabled(was);
  }
}
