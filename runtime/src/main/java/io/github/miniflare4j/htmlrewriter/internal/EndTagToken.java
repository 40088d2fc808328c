package io.github.miniflare4j.htmlrewriter.internal;

import org.graalvm.polyglot.HostAccess;

/** An end tag, as an {@code onEndTag} handler sees it through workerd's {@code EndTag}. */
public final class EndTagToken {

  private final byte[] raw;
  private String name;
  private boolean modified;
  private final Output out;
  Mutations mutations;

  EndTagToken(byte[] raw, String name, Output out) {
    this.raw = raw;
    this.name = name;
    this.out = out;
  }

  /**
   * The tag name, lower-cased.
   *
   * @return the name
   */
  @HostAccess.Export
  public String name() {
    return NameRules.asciiLower(name);
  }

  /**
   * Renames the end tag.
   *
   * @param newName the name to write
   */
  @HostAccess.Export
  public void setName(String newName) {
    rename(newName);
  }

  void rename(String newName) {
    this.name = newName;
    this.modified = true;
  }

  private Mutations mutations() {
    if (mutations == null) {
      mutations = new Mutations();
    }
    return mutations;
  }

  /**
   * Inserts content before the end tag.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void before(String content, boolean html) {
    mutations().before(new Content(content, html));
  }

  /**
   * Inserts content after the end tag.
   *
   * @param content the content
   * @param html whether it is HTML (else it is escaped)
   */
  @HostAccess.Export
  public void after(String content, boolean html) {
    mutations().after(new Content(content, html));
  }

  /** Removes the end tag. */
  @HostAccess.Export
  public void remove() {
    mutations().remove();
  }

  void serialize() {
    Mutations.serialize(mutations, out, () -> {
      if (!modified) {
        out.raw(raw);
      } else {
        out.string("</" + name + ">");
      }
    });
  }
}
