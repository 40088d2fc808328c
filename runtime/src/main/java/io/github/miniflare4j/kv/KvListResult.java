package io.github.miniflare4j.kv;

import java.util.List;
import java.util.Optional;

/**
 * One page of {@link KvNamespace#list}: keys in UTF-8 byte order, whether the listing is
 * complete, and the cursor of the next page when it is not.
 *
 * @param keys the keys of this page
 * @param listComplete whether no keys follow
 * @param cursor the cursor to pass for the next page, or {@code null} when complete
 */
public record KvListResult(List<KvKey> keys, boolean listComplete, String cursor) {

  /**
   * Copies the key list.
   *
   * @param keys the keys of this page; copied, not {@code null}
   * @param listComplete whether no keys follow
   * @param cursor the cursor to pass for the next page, or {@code null} when complete
   */
  public KvListResult {
    keys = List.copyOf(keys);
  }

  /**
   * The cursor of the next page, if any.
   *
   * @return the cursor, or empty when the listing is complete
   */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(cursor);
  }
}
