package io.github.miniflare4j.durable;

import io.github.miniflare4j.rpc.CloneCodec;
import io.github.miniflare4j.durable.internal.DurableObjectRegistry;
import io.github.miniflare4j.durable.internal.ObjectNamespace;
import io.github.miniflare4j.durable.internal.ObjectStorage;
import io.github.miniflare4j.durable.internal.SqlResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read and write access to one object's storage from Java, for seeding state before a test and
 * asserting on it after. Values convert as {@link CloneCodec} describes (JS numbers read back as
 * {@link Double}). Changes are visible to the object's next storage call at once.
 */
public final class DurableObjectStorageView {

  private final DurableObjectRegistry registry;
  private final ObjectNamespace namespace;
  private final String id;

  DurableObjectStorageView(DurableObjectRegistry registry, ObjectNamespace namespace, String id) {
    this.registry = registry;
    this.namespace = namespace;
    this.id = id;
  }

  private ObjectStorage storage() {
    return namespace.storage(id);
  }

  /**
   * The value of {@code key}, or {@code null} when absent.
   *
   * @param key the key
   * @return the value decoded as {@link CloneCodec} describes, or {@code null}
   */
  public Object get(String key) {
    String text = storage().get(key);
    return text == null ? null : CloneCodec.decode(text);
  }

  /**
   * Stores a value as {@code ctx.storage.put(key, value)} would.
   *
   * @param key the key
   * @param value a value {@link CloneCodec#encode} accepts; not {@code null}
   * @throws IllegalArgumentException for {@code null} or a value of an unsupported type
   */
  public void put(String key, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("put(\"" + key + "\", null): JavaScript storage cannot hold undefined; "
          + "store a value or call delete(\"" + key + "\")");
    }
    storage().put(key, CloneCodec.encode(value));
  }

  /**
   * Deletes a key; whether it existed.
   *
   * @param key the key
   * @return {@code true} when the key existed
   */
  public boolean delete(String key) {
    return storage().delete(key);
  }

  /**
   * Every pair, in the order {@code list()} returns them.
   *
   * @return the keys in UTF-8 order, each with its decoded value
   */
  public Map<String, Object> list() {
    String[] flat = storage().list(ObjectStorage.ListOptions.ALL);
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < flat.length; i += 2) {
      out.put(flat[i], CloneCodec.decode(flat[i + 1]));
    }
    return out;
  }

  /**
   * The keys, in order.
   *
   * @return the keys in UTF-8 order
   */
  public List<String> keys() {
    return new ArrayList<>(list().keySet());
  }

  /** Deletes every pair (and the user tables of a SQLite-backed object). */
  public void deleteAll() {
    storage().deleteAll();
  }

  /**
   * Runs {@code ctx.storage.sql.exec(query, ...bindings)} and returns its rows as column-name
   * maps (numbers as {@link Double}, blobs as {@code byte[]}).
   *
   * @throws IllegalStateException with SQLite's message when the query fails, or when the class
   *     is not SQLite-backed
   * @param query one or more SQL statements; the bindings go to the last one
   * @param bindings numbers, strings, byte arrays or {@code null}, one per {@code ?}
   * @return the rows of the last statement
   */
  public List<Map<String, Object>> sql(String query, Object... bindings) {
    SqlResult result = storage().exec(query, bindings);
    if (result.error() != null) {
      throw new IllegalStateException("sql(\"" + query + "\") on Durable Object " + id + " failed: " + result.error());
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    String[] columns = result.columnNames();
    for (Object[] row : result.rowList()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int c = 0; c < columns.length; c++) {
        Object cell = row[c];
        map.put(columns[c], cell instanceof java.nio.ByteBuffer ? ((java.nio.ByteBuffer) cell).array() : cell);
      }
      rows.add(map);
    }
    return rows;
  }

  /**
   * The alarm that will fire next (a scheduled retry included), if any.
   *
   * @return the instant, or empty when no alarm is set
   */
  public Optional<Instant> alarm() {
    long next = registry.nextAlarm(namespace, id);
    if (next < 0) {
      double stored = storage().getAlarm();
      next = stored < 0 ? -1 : (long) stored;
    }
    return next < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(next));
  }

  /**
   * Sets the alarm as {@code ctx.storage.setAlarm(time)} would.
   *
   * @param time the instant the alarm fires, measured by the instance clock; not {@code null}
   */
  public void setAlarm(Instant time) {
    storage().setAlarm(time.toEpochMilli());
  }

  /** Deletes the alarm. */
  public void deleteAlarm() {
    storage().setAlarm(-1);
  }

  /** Names the object, such as {@code storage of Durable Object app-Counter 6c3f...}. */
  @Override
  public String toString() {
    return "storage of Durable Object " + namespace.uniqueKey() + " " + id;
  }
}
