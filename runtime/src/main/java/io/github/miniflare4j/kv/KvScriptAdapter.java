package io.github.miniflare4j.kv;

import io.github.miniflare4j.kv.internal.KvPage;
import io.github.miniflare4j.kv.internal.KvPut;
import io.github.miniflare4j.kv.internal.KvScriptOperations;
import io.github.miniflare4j.storage.StoredValue;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@link KvOperations} as the binding's script host calls them, with its failures worded as workerd words them. */
final class KvScriptAdapter implements KvScriptOperations {

  private final KvOperations kv;

  KvScriptAdapter(KvOperations kv) {
    this.kv = kv;
  }

  @Override
  public void checkKey(String key) {
    KvOperations.checkKeyName(key);
  }

  @Override
  public void checkStoredKey(String key) {
    KvOperations.checkKeyStorable(key);
  }

  @Override
  public StoredValue get(String key, Integer cacheTtl, String type) {
    StoredValue value = guarded(KvLimits.Op.GET, () -> kv.get(key, cacheTtl));
    if (value != null && !KvLimits.RESPONSE_TYPES.contains(type)) {
      throw KvException.typeError(KvLimits.UNKNOWN_TYPE);
    }
    return value;
  }

  @Override
  public Map<String, StoredValue> getBulk(List<String> keys, String type, Integer cacheTtl) {
    return guarded(KvLimits.Op.GET_BULK, () -> kv.getBulk(keys, type, cacheTtl));
  }

  @Override
  public void put(KvPut put) {
    guarded(KvLimits.Op.PUT, () -> {
      kv.put(put.key(), put.value(), put.expiration(), put.expirationTtl(), put.metadataJson(), put.metadataUnserializable());
      return null;
    });
  }

  @Override
  public void delete(String key) {
    guarded(KvLimits.Op.DELETE, () -> {
      kv.delete(key);
      return null;
    });
  }

  @Override
  public KvPage list(String prefix, Integer limit, String cursor) {
    return guarded(KvLimits.Op.GET, () -> kv.list(prefix, limit, cursor));
  }

  /** Runs storage work; failures other than KV's own become {@code KV <OP> failed: 500 ...}. */
  private static <T> T guarded(KvLimits.Op op, Supplier<T> work) {
    try {
      return work.get();
    } catch (KvException e) {
      throw e;
    } catch (RuntimeException e) {
      throw KvException.failed(op, 500, String.valueOf(e.getMessage()));
    }
  }
}
