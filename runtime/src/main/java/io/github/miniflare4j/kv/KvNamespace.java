package io.github.miniflare4j.kv;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.miniflare4j.kv.internal.KvPage;
import io.github.miniflare4j.interop.WhatwgUtf8;
import io.github.miniflare4j.storage.StoreSnapshot;
import io.github.miniflare4j.storage.StoredValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A KV namespace seen from Java: the same data, limits and expiry as the workers bound to it,
 * synchronously. Obtain one with {@code Miniflare.getKVNamespace("BINDING")}. Thread-safe.
 *
 * <pre>{@code
 * KvNamespace kv = mf.getKVNamespace("CACHE");
 * kv.put("user:1", "Ada", KvPutOptions.builder().expirationTtl(Duration.ofMinutes(5)).build());
 * kv.get("user:1");                         // "Ada"
 * kv.putJson("config", Map.of("beta", true));
 * kv.getJson("config", Map.class);          // {beta=true}
 * kv.keys("user:").map(KvKey::name).toList();
 * }</pre>
 *
 * <p>Refusals throw {@link KvException} with the message a worker would see (for example
 * {@code KV PUT failed: 414 UTF-8 encoded length of 513 exceeds key length limit of 512.})
 * followed by the namespace and key.
 */
public final class KvNamespace {

  private final KvOperations kv;

  KvNamespace(KvOperations kv) {
    this.kv = kv;
  }

  /**
   * The namespace id (what {@code kvNamespaces} binds to).
   *
   * @return the namespace id, never {@code null}
   */
  public String namespaceId() {
    return kv.namespaceId();
  }

  // ---- reads

  /**
   * The value as UTF-8 text, or {@code null} when the key is absent or expired.
   *
   * @param key the key; not {@code null}
   * @return the text (malformed UTF-8 replaced), or {@code null}
   * @throws KvException when the key is refused (empty, {@code "."}, {@code ".."}, over 512 bytes)
   */
  public String get(String key) {
    StoredValue value = read(key);
    return value == null ? null : WhatwgUtf8.decode(value.value());
  }

  /**
   * The value's bytes, or {@code null}.
   *
   * @param key the key; not {@code null}
   * @return a copy of the stored bytes, or {@code null} when absent or expired
   * @throws KvException when the key is refused
   */
  public byte[] getBytes(String key) {
    StoredValue value = read(key);
    return value == null ? null : value.value().clone();
  }

  /**
   * The value read as JSON into {@code type} with Jackson, or {@code null}.
   *
   * @param <T> the target type
   * @param key the key; not {@code null}
   * @param type the class Jackson reads the value into
   * @return the value as {@code type}, or {@code null} when absent or expired
   * @throws KvException when the key is refused
   * @throws IllegalStateException when the value is not JSON readable as {@code type}
   */
  public <T> T getJson(String key, Class<T> type) {
    return KvJson.read(get(key), type, "value of key \"" + key + "\" in KV namespace \"" + namespaceId() + "\"");
  }

  /**
   * The value read as JSON into a generic type with Jackson, or {@code null}.
   *
   * @param <T> the target type
   * @param key the key; not {@code null}
   * @param type the generic type Jackson reads the value into
   * @return the value as {@code type}, or {@code null} when absent or expired
   * @throws KvException when the key is refused
   * @throws IllegalStateException when the value is not JSON readable as {@code type}
   */
  public <T> T getJson(String key, TypeReference<T> type) {
    return KvJson.read(get(key), type, "value of key \"" + key + "\" in KV namespace \"" + namespaceId() + "\"");
  }

  /**
   * The value with its expiration and metadata, or {@code null}.
   *
   * @param key the key; not {@code null}
   * @return the entry (value bytes copied), or {@code null} when absent or expired
   * @throws KvException when the key is refused
   */
  public KvEntry getWithMetadata(String key) {
    StoredValue value = read(key);
    return value == null ? null : new KvEntry(key, value.value().clone(), instant(value), value.metadataJson());
  }

  /**
   * Several values as text at once (at most {@link KvLimits#MAX_BULK_GET_KEYS}), in the order
   * asked; absent keys map to {@code null}.
   *
   * @param keys the keys, at most {@link KvLimits#MAX_BULK_GET_KEYS}; duplicates are read once
   * @return the distinct keys in the order asked, each mapped to its text or {@code null}
   * @throws KvException when a key is refused or too many keys are asked, with a worker's message
   */
  public Map<String, String> get(List<String> keys) {
    Map<String, StoredValue> found = call(null, () -> kv.getBulk(keys, "text", null));
    Map<String, String> texts = new LinkedHashMap<>();
    found.forEach((k, v) -> texts.put(k, v == null ? null : WhatwgUtf8.decode(v.value())));
    return texts;
  }

  private StoredValue read(String key) {
    Objects.requireNonNull(key, "key");
    return call(key, () -> kv.get(key, null));
  }

  // ---- writes

  /**
   * Stores text.
   *
   * @param key the key; not {@code null}, at most 512 UTF-8 bytes
   * @param value the text, stored as UTF-8; not {@code null}
   * @throws KvException when the key or value exceeds a limit, with a worker's message
   */
  public void put(String key, String value) {
    put(key, value, KvPutOptions.none());
  }

  /**
   * Stores text with an expiration and/or metadata.
   *
   * @param key the key; not {@code null}, at most 512 UTF-8 bytes
   * @param value the text, stored as UTF-8; not {@code null}
   * @param options expiration and metadata; not {@code null} ({@link KvPutOptions#none()} for none)
   * @throws KvException when the key, value, expiration or metadata is refused, with a worker's
   *     message
   */
  public void put(String key, String value, KvPutOptions options) {
    Objects.requireNonNull(value, "value");
    write(key, value.getBytes(StandardCharsets.UTF_8), options);
  }

  /**
   * Stores bytes.
   *
   * @param key the key; not {@code null}, at most 512 UTF-8 bytes
   * @param value the bytes, copied; not {@code null}
   * @throws KvException when the key or value exceeds a limit, with a worker's message
   */
  public void put(String key, byte[] value) {
    put(key, value, KvPutOptions.none());
  }

  /**
   * Stores bytes with an expiration and/or metadata.
   *
   * @param key the key; not {@code null}, at most 512 UTF-8 bytes
   * @param value the bytes, copied; not {@code null}
   * @param options expiration and metadata; not {@code null} ({@link KvPutOptions#none()} for none)
   * @throws KvException when the key, value, expiration or metadata is refused, with a worker's
   *     message
   */
  public void put(String key, byte[] value, KvPutOptions options) {
    write(key, Objects.requireNonNull(value, "value").clone(), options);
  }

  /**
   * Stores {@code value} serialised to JSON with Jackson (what a worker reads with type "json").
   *
   * @param key the key; not {@code null}, at most 512 UTF-8 bytes
   * @param value any value Jackson can serialise
   * @throws IllegalArgumentException when Jackson cannot serialise {@code value}
   * @throws KvException when the key or value exceeds a limit, with a worker's message
   */
  public void putJson(String key, Object value) {
    putJson(key, value, KvPutOptions.none());
  }

  /**
   * Stores {@code value} as JSON with an expiration and/or metadata.
   *
   * @param key the key; not {@code null}, at most 512 UTF-8 bytes
   * @param value any value Jackson can serialise
   * @param options expiration and metadata; not {@code null}
   * @throws IllegalArgumentException when Jackson cannot serialise {@code value}
   * @throws KvException when the key, value, expiration or metadata is refused, with a worker's
   *     message
   */
  public void putJson(String key, Object value, KvPutOptions options) {
    put(key, KvJson.write(value, "value for key \"" + key + "\""), options);
  }

  private void write(String key, byte[] bytes, KvPutOptions options) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(options, "options");
    call(key, () -> {
      kv.put(key, bytes, int32(options.expiration()), int32(options.expirationTtl()), options.metadataJson(), false);
      return null;
    });
  }

  private static Integer int32(Long value) {
    if (value == null) {
      return null;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw KvException.typeError(KvLimits.INT32_RANGE + " (got " + value + ")");
    }
    return value.intValue();
  }

  /**
   * Removes a key (absent keys are fine).
   *
   * @param key the key; not {@code null}
   * @throws KvException when the key is refused (empty, {@code "."}, {@code ".."}, over 512 bytes)
   */
  public void delete(String key) {
    Objects.requireNonNull(key, "key");
    call(key, () -> {
      kv.delete(key);
      return null;
    });
  }

  // ---- listing

  /**
   * The first page (up to 1000 keys) of every key.
   *
   * @return the page, keys in UTF-8 byte order; expired keys are left out
   */
  public KvListResult list() {
    return list(null, null, null);
  }

  /**
   * The first page (up to 1000 keys) of the keys starting with {@code prefix}.
   *
   * @param prefix the prefix keys must start with, or {@code null} for every key
   * @return the page, keys in UTF-8 byte order; expired keys are left out
   */
  public KvListResult list(String prefix) {
    return list(prefix, null, null);
  }

  /**
   * One page of keys, as a worker's {@code list({prefix, limit, cursor})}.
   *
   * @param prefix a prefix, or {@code null}
   * @param limit 1 to 1000, or {@code null} for 1000
   * @param cursor the {@link KvListResult#cursor()} of the previous page, or {@code null}
   * @return the page; {@link KvListResult#cursor()} is {@code null} when it is the last one
   * @throws KvException when the limit or cursor is refused, with a worker's message
   */
  public KvListResult list(String prefix, Integer limit, String cursor) {
    KvPage page = call(prefix, () -> kv.list(prefix, limit, cursor));
    List<KvKey> keys = new ArrayList<>(page.keys().size());
    for (Map.Entry<String, StoredValue> e : page.keys()) {
      keys.add(new KvKey(e.getKey(), instant(e.getValue()), e.getValue().metadataJson()));
    }
    return new KvListResult(keys, page.cursor() == null, page.cursor());
  }

  /**
   * Every live key, in UTF-8 byte order, fetched page by page as the stream is consumed.
   *
   * @return a lazy, ordered stream; expired keys are left out
   */
  public Stream<KvKey> keys() {
    return keys(null);
  }

  /**
   * Every live key starting with {@code prefix}, page by page.
   *
   * @param prefix the prefix keys must start with, or {@code null} for every key
   * @return a lazy, ordered stream; expired keys are left out
   */
  public Stream<KvKey> keys(String prefix) {
    Iterator<KvKey> it = new Iterator<>() {
      private KvListResult page = list(prefix, null, null);
      private int index;

      @Override
      public boolean hasNext() {
        while (index >= page.keys().size() && !page.listComplete()) {
          page = list(prefix, null, page.cursor());
          index = 0;
        }
        return index < page.keys().size();
      }

      @Override
      public KvKey next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.keys().get(index++);
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  // ---- isolation

  /** Removes every key of the namespace. */
  public void clear() {
    kv.store().clear();
  }

  /**
   * Captures the namespace's content, to {@link #restore} later (for example before each test).
   * In memory this costs O(1) (copy-on-write); a persisted namespace copies its rows.
   *
   * @return an immutable snapshot, valid for this namespace only
   */
  public StoreSnapshot snapshot() {
    return kv.store().snapshot();
  }

  /**
   * Puts the namespace back to a snapshot; O(1) in memory for a snapshot of this namespace.
   *
   * @param snapshot a snapshot taken from this namespace by {@link #snapshot()}; not {@code null}
   */
  public void restore(StoreSnapshot snapshot) {
    kv.store().restore(Objects.requireNonNull(snapshot, "snapshot"));
  }

  private static Instant instant(StoredValue value) {
    return value.expiresAtMillis() == null ? null : Instant.ofEpochSecond(Math.floorDiv(value.expiresAtMillis(), 1000L));
  }

  private <T> T call(String key, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (KvException e) {
      throw e.withContext("KV namespace \"" + namespaceId() + "\"" + (key == null ? "" : ", key \"" + KvJson.abbreviate(key) + "\""));
    }
  }

  @Override
  public String toString() {
    return "KvNamespace[" + namespaceId() + "]";
  }
}
