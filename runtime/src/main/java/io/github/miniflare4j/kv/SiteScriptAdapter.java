package io.github.miniflare4j.kv;

import io.github.miniflare4j.kv.KvLimits.Op;
import io.github.miniflare4j.kv.internal.KvPage;
import io.github.miniflare4j.kv.internal.KvPut;
import io.github.miniflare4j.kv.internal.KvScriptOperations;
import io.github.miniflare4j.kv.internal.SiteFiles;
import io.github.miniflare4j.storage.StoredValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Workers Sites namespace as the binding's script host calls it, as Miniflare's sites service
 * answers: reads of a key without the server-side checks of a KV namespace, bulk reads with KV's
 * (they never answer in Miniflare), and every write refused with {@code 405 Cannot put() with Workers Sites
 * namespace} (after workerd's own client-side checks).
 */
final class SiteScriptAdapter implements KvScriptOperations {

  private final SiteFiles files;
  private final KvScriptAdapter kv;

  SiteScriptAdapter(SiteFiles files, KvOperations operations) {
    this.files = files;
    this.kv = new KvScriptAdapter(operations);
  }

  @Override
  public void checkKey(String key) {
    kv.checkKey(key);
  }

  /** The sites service answers every write with 405, before any check of the key. */
  @Override
  public void checkStoredKey(String key) {
    throw refused(Op.PUT, "put");
  }

  @Override
  public StoredValue get(String key, Integer cacheTtl, String type) {
    KvOperations.checkKeyName(key); // workerd's own check, before any request
    StoredValue value = files.get(key);
    if (value != null && !KvLimits.RESPONSE_TYPES.contains(type)) {
      throw KvException.typeError(KvLimits.UNKNOWN_TYPE);
    }
    return value;
  }

  @Override
  public Map<String, StoredValue> getBulk(List<String> keys, String type, Integer cacheTtl) {
    return kv.getBulk(keys, type, cacheTtl);
  }

  @Override
  public void put(KvPut put) {
    if (put.value() == null) {
      throw KvException.typeError(KvLimits.PUT_VALUE_TYPE);
    }
    throw refused(Op.PUT, "put");
  }

  @Override
  public void delete(String key) {
    KvOperations.checkKeyName(key);
    throw refused(Op.DELETE, "delete");
  }

  /**
   * A page of the site's keys as Miniflare's sites service lists them: its limit and prefix
   * checks thrown as errors (not KV failures), a cursor naming the last key of the previous page
   * (an unknown one gives an empty page).
   */
  @Override
  public KvPage list(String prefix, Integer limit, String cursor) {
    if (limit != null && limit < 1) {
      throw KvException.thrown(400, "HttpError [400]: Invalid key_count_limit of " + limit
          + ". Please specify an integer greater than 0.");
    }
    if (limit != null && limit > KvLimits.MAX_LIST_KEYS) {
      throw KvException.thrown(400, "HttpError [400]: Invalid key_count_limit of " + limit
          + ". Please specify an integer less than " + KvLimits.MAX_LIST_KEYS + ".");
    }
    if (prefix != null && KvOperations.utf8Length(prefix) > KvLimits.MAX_KEY_BYTES) {
      throw KvException.thrown(414, "HttpError [414]: " + KvLimits.keyTooLong(KvOperations.utf8Length(prefix)));
    }
    List<String> keys = new ArrayList<>();
    for (String key : files.keys()) {
      if (prefix == null || key.startsWith(prefix)) {
        keys.add(key);
      }
    }
    int start = 0;
    String after = cursor == null ? "" : KvOperations.decodeCursor(cursor);
    if (!after.isEmpty()) {
      int found = keys.indexOf(after);
      start = found < 0 ? keys.size() + 1 : found + 1;
    }
    int end = start + (limit == null ? KvLimits.MAX_LIST_KEYS : limit);
    List<Map.Entry<String, StoredValue>> page = new ArrayList<>();
    for (int i = start; i < Math.min(end, keys.size()); i++) {
      page.add(Map.entry(keys.get(i), new StoredValue(new byte[0], null, null)));
    }
    return new KvPage(page, end < keys.size() ? KvOperations.encodeCursor(keys.get(end - 1)) : null);
  }

  private static KvException refused(Op op, String method) {
    return KvException.failed(op, 405, "Cannot " + method + "() with Workers Sites namespace");
  }
}
