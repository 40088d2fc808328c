package io.github.miniflare4j.htmlrewriter.internal;

import org.graalvm.polyglot.HostAccess;

/**
 * A token a handler may surround with content or remove ({@code before}, {@code after},
 * {@code remove}), as workerd's {@code EndTag}, {@code Text} and {@code Comment} allow; the
 * mutations are written around the token's own serialization.
 */
public abstract class MutableToken {

  /** Where the token and its mutations are written. */
  final Output out;
  /** What handlers asked for, or {@code null} until they ask for anything. */
  Mutations mutations;

  MutableToken(Output out) {
    this.out = out;
  }

  final Mutations mutations() {
    if (mutations == null) {
      mutations = new Mutations();
    }
    return mutations;
  }

  /**
   * Inserts content before the token.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void before(String content, boolean html) {
    mutations().before(new Content(content, html));
  }

  /**
   * Inserts content after the token.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void after(String content, boolean html) {
    mutations().after(new Content(content, html));
  }

  /** Removes the token. */
  @HostAccess.Export
  public void remove() {
    mutations().remove();
  }

  /** Writes the token itself (without its mutations). */
  abstract void writeToken();

  /** Writes the mutations and, unless removed or replaced, the token. */
  final void serialize() {
    Mutations.serialize(mutations, out, this::writeToken);
  }
}
