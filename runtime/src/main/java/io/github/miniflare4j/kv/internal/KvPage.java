package io.github.miniflare4j.kv.internal;

import io.github.miniflare4j.storage.StoredValue;
import java.util.List;
import java.util.Map;

/**
 * One page of a KV listing.
 *
 * @param keys the live keys in order, their values not loaded
 * @param cursor the cursor of the next page, or {@code null} when the listing is complete
 */
public record KvPage(List<Map.Entry<String, StoredValue>> keys, String cursor) {}
