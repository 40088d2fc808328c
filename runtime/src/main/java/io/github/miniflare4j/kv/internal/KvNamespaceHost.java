package io.github.miniflare4j.kv.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.miniflare4j.engine.JsValues;
import io.github.miniflare4j.interop.JsOptions;
import io.github.miniflare4j.interop.WhatwgUtf8;
import io.github.miniflare4j.kv.KvException;
import io.github.miniflare4j.kv.KvLimits;
import io.github.miniflare4j.storage.StoredValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What the prelude's {@code KvNamespace} calls, on the worker's loop thread. The prelude does
 * workerd's argument conversions; everything else (key checks, limits, expiry, storage) happens
 * through {@link KvScriptOperations}. Refusals are thrown as {@link KvException}s, which the
 * prelude turns into the JavaScript error they name.
 */
public final class KvNamespaceHost {

  private static final String CONSTANTS = KvLimits.scriptConstants();
  private static final JsonFactory JSON = new JsonFactory();

  private final KvScriptOperations kv;

  /**
   * The host of one binding in one worker.
   *
   * @param kv the namespace's operations
   */
  public KvNamespaceHost(KvScriptOperations kv) {
    this.kv = kv;
  }

  /**
   * {@link KvLimits#scriptConstants()}.
   *
   * @return the constants as JSON text, computed once
   */
  @HostAccess.Export
  public String constants() {
    return CONSTANTS;
  }

  /**
   * The client-side key check (empty, ".", ".."), which comes before metadata and value checks.
   *
   * @param key the key as the script passed it
   * @throws KvException a TypeError when the key is empty, {@code "."} or {@code ".."}
   */
  @HostAccess.Export
  public void checkKey(String key) {
    kv.checkKey(key);
  }

  /**
   * The storage side's checks of a key to write: lone surrogates, then length.
   *
   * @param key the key as the script passed it
   * @throws KvException {@code KV PUT failed: 400 ...} or {@code 414 ...}
   */
  @HostAccess.Export
  public void checkStoredKey(String key) {
    kv.checkStoredKey(key);
  }

  /**
   * A single read. The type is checked only when the key exists, as workerd does.
   *
   * @return the entry or {@code null}
   * @param key the key
   * @param hasCacheTtl whether the script passed {@code cacheTtl}
   * @param cacheTtl the cache TTL in seconds (at least 60); ignored unless {@code hasCacheTtl}
   * @param type the response type: {@code "text"}, {@code "arrayBuffer"}, {@code "json"} or {@code
   *     "stream"}
   * @throws KvException with the worker's class and message when the read is refused
   */
  @HostAccess.Export
  public Entry get(String key, boolean hasCacheTtl, int cacheTtl, String type) {
    StoredValue value = kv.get(key, hasCacheTtl ? cacheTtl : null, type);
    return value == null ? null : new Entry(value);
  }

  /**
   * A bulk read of the keys of a JavaScript array of strings; missing keys have null entries.
   *
   * @param keys a JavaScript array of strings; read on the loop thread only
   * @param type the response type, {@code "text"} or {@code "json"}
   * @param hasCacheTtl whether the script passed {@code cacheTtl}
   * @param cacheTtl the cache TTL in seconds; ignored unless {@code hasCacheTtl}
   * @return the distinct keys in request order and their entries
   * @throws KvException with the worker's class and message when the read is refused
   */
  @HostAccess.Export
  public Bulk getBulk(Value keys, String type, boolean hasCacheTtl, int cacheTtl) {
    List<String> list = new ArrayList<>((int) keys.getArraySize());
    for (long i = 0; i < keys.getArraySize(); i++) {
      list.add(keys.getArrayElement(i).asString());
    }
    Map<String, StoredValue> found = kv.getBulk(list, type, hasCacheTtl ? cacheTtl : null);
    String[] names = new String[found.size()];
    Entry[] entries = new Entry[found.size()];
    int i = 0;
    for (Map.Entry<String, StoredValue> e : found.entrySet()) {
      names[i] = e.getKey();
      entries[i++] = e.getValue() == null ? null : new Entry(e.getValue());
    }
    return new Bulk(names, entries);
  }

  /**
   * Stores a string or the bytes of an ArrayBuffer / view, as {@link KvPut} holds them, from
   * the prelude's one argument.
   *
   * @param request the prelude's object {@code {key, value, expiration, expirationTtl, metadataJson,
   *     metadataUnserializable}}; read on the loop thread only
   * @throws KvException with the worker's class and message when the put is refused
   */
  @HostAccess.Export
  public void put(Value request) {
    kv.put(readPut(request));
  }

  /** Reads the prelude's object; an absent ({@code undefined}) or {@code null} member is not given. */
  private static KvPut readPut(Value request) {
    JsOptions put = JsOptions.of(request, "KV put");
    Value value = put.value("value");
    byte[] bytes = value == null ? null
        : value.isString() ? value.asString().getBytes(StandardCharsets.UTF_8) : JsValues.bytesOrNull(value);
    return new KvPut(put.string("key"), bytes, put.optionalInt("expiration"), put.optionalInt("expirationTtl"),
        put.optionalString("metadataJson"), put.flag("metadataUnserializable"));
  }

  /**
   * Removes a key.
   *
   * @param key the key
   * @throws KvException with the worker's class and message when the key is refused
   */
  @HostAccess.Export
  public void delete(String key) {
    kv.delete(key);
  }

  /**
   * One page of keys as the JSON text of the result object ({@code keys}, {@code list_complete},
   * {@code cursor} when incomplete, {@code cacheStatus}), parsed once by the prelude.
   *
   * @param prefix the prefix, or {@code null}
   * @param hasLimit whether the script passed {@code limit}
   * @param limit 1 to 1000; ignored unless {@code hasLimit}
   * @param cursor the cursor of the previous page, or {@code null}
   * @return the result object as JSON text
   * @throws KvException with the worker's class and message when the listing is refused
   */
  @HostAccess.Export
  public String list(String prefix, boolean hasLimit, int limit, String cursor) {
    KvPage page = kv.list(prefix, hasLimit ? limit : null, cursor);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("keys");
      for (Map.Entry<String, StoredValue> e : page.keys()) {
        g.writeStartObject();
        g.writeStringField("name", e.getKey());
        StoredValue v = e.getValue();
        if (v.expiresAtMillis() != null) {
          g.writeNumberField("expiration", Math.floorDiv(v.expiresAtMillis(), 1000L));
        }
        if (v.metadataJson() != null) {
          g.writeFieldName("metadata");
          g.writeRawValue(v.metadataJson());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeBooleanField("list_complete", page.cursor() == null);
      if (page.cursor() != null) {
        g.writeStringField("cursor", page.cursor());
      }
      g.writeNullField("cacheStatus");
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One stored value, as the prelude reads it. */
  public static final class Entry {
    private final StoredValue value;

    Entry(StoredValue value) {
      this.value = value;
    }

    /**
     * The value decoded as UTF-8 (malformed sequences replaced).
     *
     * @return the text, never {@code null}
     */
    @HostAccess.Export
    public String text() {
      return WhatwgUtf8.decode(value.value());
    }

    /**
     * The bytes, for {@code bytesFromHost}.
     *
     * @return a buffer wrapping the stored bytes; the caller must not modify it
     */
    @HostAccess.Export
    public ByteBuffer bytes() {
      return ByteBuffer.wrap(value.value());
    }

    /**
     * The metadata JSON, or {@code null}.
     *
     * @return the metadata as JSON text, or {@code null} when there is none
     */
    @HostAccess.Export
    public String metadata() {
      return value.metadataJson();
    }
  }

  /** The result of a bulk read: distinct keys in request order and their entries (or null). */
  public static final class Bulk {
    private final String[] keys;
    private final Entry[] entries;

    Bulk(String[] keys, Entry[] entries) {
      this.keys = keys;
      this.entries = entries;
    }

    /**
     * The number of distinct keys.
     *
     * @return the count of distinct keys asked for
     */
    @HostAccess.Export
    public int size() {
      return keys.length;
    }

    /**
     * The i-th key.
     *
     * @param i an index from 0 to {@link #size()} - 1
     * @return the key
     */
    @HostAccess.Export
    public String key(int i) {
      return keys[i];
    }

    /**
     * The i-th entry, or null when the key is missing or expired.
     *
     * @param i an index from 0 to {@link #size()} - 1
     * @return the entry, or {@code null}
     */
    @HostAccess.Export
    public Entry entry(int i) {
      return entries[i];
    }
  }
}
