package io.github.miniflare4j.kv;

import io.github.miniflare4j.interop.WhatwgUtf8;
import java.time.Instant;

/**
 * A value with its metadata, from {@link KvNamespace#getWithMetadata}.
 *
 * @param key the key
 * @param bytes the value
 * @param expiration when it expires (whole seconds), or {@code null}
 * @param metadataJson its metadata as JSON text, or {@code null}
 */
public record KvEntry(String key, byte[] bytes, Instant expiration, String metadataJson) {

  /**
   * The value as UTF-8 text.
   *
   * @return the decoded text; malformed UTF-8 sequences are replaced
   */
  public String text() {
    return WhatwgUtf8.decode(bytes);
  }

  /**
   * The value read as JSON into {@code type} with Jackson.
   *
   * @param <T> the target type
   * @param type the class Jackson reads the value into
   * @return the value as {@code type}
   * @throws IllegalStateException when the value is not JSON readable as {@code type}
   */
  public <T> T json(Class<T> type) {
    return KvJson.read(text(), type, "value of key \"" + key + "\"");
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
    return KvJson.read(metadataJson, type, "metadata of key \"" + key + "\"");
  }
}
