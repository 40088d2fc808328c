package io.github.miniflare4j.htmlrewriter.internal;

import org.graalvm.polyglot.HostAccess;

/** An end tag, as an {@code onEndTag} handler sees it through workerd's {@code EndTag}. */
public final class EndTagToken extends MutableToken {

  private final byte[] raw;
  private String name;
  private boolean modified;

  EndTagToken(byte[] raw, String name, Output out) {
    super(out);
    this.raw = raw;
    this.name = name;
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

  @Override
  void writeToken() {
    if (!modified) {
      out.raw(raw);
    } else {
      out.string("</" + name + ">");
    }
  }
}
