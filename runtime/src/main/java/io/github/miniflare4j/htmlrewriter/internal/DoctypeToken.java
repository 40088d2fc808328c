package io.github.miniflare4j.htmlrewriter.internal;

import org.graalvm.polyglot.HostAccess;

/** A doctype, as workerd's {@code Doctype} shows it (read-only). */
public final class DoctypeToken {

  private final String name;
  private final String publicId;
  private final String systemId;

  DoctypeToken(String name, String publicId, String systemId) {
    this.name = name;
    this.publicId = publicId;
    this.systemId = systemId;
  }

  /**
   * The lower-cased name, or null.
   *
   * @return the name
   */
  @HostAccess.Export
  public String name() {
    return name;
  }

  /**
   * The public identifier, or null.
   *
   * @return the public id
   */
  @HostAccess.Export
  public String publicId() {
    return publicId;
  }

  /**
   * The system identifier, or null.
   *
   * @return the system id
   */
  @HostAccess.Export
  public String systemId() {
    return systemId;
  }
}
