package io.github.miniflare4j.durable;

import java.util.Objects;

/**
 * The id of one Durable Object: 64 hex digits, and the name it was derived from ({@code null}
 * for unique ids and ids parsed from strings).
 *
 * <p>Two ids are equal when they name the same object (the same hex), whether or not one of them
 * knows its name, as {@code id.equals(other)} does in workerd: the id listed by {@code
 * DurableObjectNamespace.ids()} equals {@code idFromName("a")} for the same object.
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

  /** Equal when {@code other} is an id of the same object (same hex); the name is not compared. */
  @Override
  public boolean equals(Object other) {
    return other instanceof DurableObjectId id && hex.equals(id.hex);
  }

  @Override
  public int hashCode() {
    return hex.hashCode();
  }

  @Override
  public String toString() {
    return hex;
  }
}
