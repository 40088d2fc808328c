package io.github.miniflare4j.kv;

import java.time.Instant;
import java.util.Optional;

/**
 * One key of a {@link KvListResult}: its name, its expiration and its metadata.
 *
 * @param name the key
 * @param expiration when it expires (whole seconds), or {@code null}
 * @param metadataJson its metadata as JSON text, or {@code null}
 */
public record KvKey(String name, Instant expiration, String metadataJson) {

  /**
   * The expiration, if any.
   *
   * @return the expiration, or empty when the key never expires
   */
  public Optional<Instant> expirationIfAny() {
    return Optional.ofNullable(expiration);
  }

  /**
   * The metadata read into {@code type} with Jackson, or {@code null} when there is none.
   *
   * @param <T> the target type
   * @param type the class Jackson reads the metadata into
   * @return the metadata as {@code type}, or {@code null} when there is none
   * @throws IllegalStateException when the metadata is not readable as {@code type}
   */
  public <T> T metadata(Class<T> type) {
    return KvJson.read(metadataJson, type, "metadata of key \"" + name + "\"");
  }
}
