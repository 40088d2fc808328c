package io.github.miniflare4j.durable;

import java.util.Objects;

/**
 * The id of one Durable Object: 64 hex digits, and the name it was derived from ({@code null}
 * for unique ids and ids parsed from strings).
 *
 * @param hex the id as {@code id.toString()} shows it in JavaScript
 * @param name the name given to {@code idFromName}, or {@code null}
 */
public record DurableObjectId(String hex, String name) {

  /**
   * Validates the components.
   *
   * @param hex the id as {@code id.toString()} shows it in JavaScript; not {@code null}
   * @param name the name given to {@code idFromName}, or {@code null}
   */
  public DurableObjectId {
    Objects.requireNonNull(hex, "hex");
  }

  @Override
  public String toString() {
    return hex;
  }
}
