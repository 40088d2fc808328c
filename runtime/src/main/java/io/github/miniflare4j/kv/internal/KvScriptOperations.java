package io.github.miniflare4j.kv.internal;

import io.github.miniflare4j.storage.StoredValue;
import java.util.List;
import java.util.Map;

/**
 * The operations of one namespace as {@link KvNamespaceHost} needs them: Miniflare's checks in
 * the recorded order, expiry on the instance clock, and every refusal or storage failure thrown
 * as the {@link io.github.miniflare4j.kv.KvException} a worker sees ({@code KV <OP> failed: 500 ...} for failures other
 * than KV's own).
 */
public interface KvScriptOperations {

  /**
   * The client-side key check (empty, ".", "..").
   *
   * @param key the key as the script passed it
   */
  void checkKey(String key);

  /**
   * The storage side's checks of a key to write (lone surrogates, length), which workerd meets
   * before it converts a value of no accepted kind.
   *
   * @param key the key as the script passed it
   */
  void checkStoredKey(String key);

  /**
   * A single read; the type is checked only when the key exists, as workerd does.
   *
   * @param key the key
   * @param cacheTtl the cache TTL in seconds, or {@code null} when not given
   * @param type the response type
   * @return the live value, or {@code null}
   */
  StoredValue get(String key, Integer cacheTtl, String type);

  /**
   * A bulk read.
   *
   * @param keys the keys in request order
   * @param type the response type, {@code "text"} or {@code "json"}
   * @param cacheTtl the cache TTL in seconds, or {@code null} when not given
   * @return the distinct keys in request order and their live values (or {@code null})
   */
  Map<String, StoredValue> getBulk(List<String> keys, String type, Integer cacheTtl);

  /**
   * Stores a value.
   *
   * @param put the put as the prelude passed it
   */
  void put(KvPut put);

  /**
   * Removes a key.
   *
   * @param key the key
   */
  void delete(String key);

  /**
   * One page of keys.
   *
   * @param prefix the prefix, or {@code null}
   * @param limit 1 to 1000, or {@code null} when not given
   * @param cursor the cursor of the previous page, or {@code null}
   * @return the page
   */
  KvPage list(String prefix, Integer limit, String cursor);
}
