package io.github.miniflare4j.stream.internal;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.interop.JsBytes;
import io.github.miniflare4j.storage.KeyRange;
import io.github.miniflare4j.storage.KeyValueStore;
import io.github.miniflare4j.storage.StoreSnapshot;
import io.github.miniflare4j.storage.StoredValue;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The rows and blobs of an instance's Stream store, as the binding's script (stream.js) keeps
 * them: one entry per row under a key naming its table ({@code video/<id>}, {@code
 * caption/<video>/<language>}, {@code watermark/<id>}, {@code download/<video>/<type>}), the row
 * as JSON metadata and its blob (a video, a caption file, a watermark image) as value. The
 * script holds Miniflare's semantics; this class only stores. Thread-safe as its store.
 */
public final class StreamTables {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final KeyValueStore store;
  private final MiniflareClock clock;
  private long lastCreated = Long.MIN_VALUE;

  /**
   * Tables over a key-value namespace.
   *
   * @param store the namespace (in memory or SQLite)
   * @param clock the instance clock
   */
  public StreamTables(KeyValueStore store, MiniflareClock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * The instance clock's time.
   *
   * @return epoch milliseconds
   */
  @HostAccess.Export
  public double now() {
    return clock.millis();
  }

  /**
   * A creation time as {@code Date.prototype.toISOString()} writes it: the clock's, made later
   * than the previous one so that newest-first listings keep the creation order.
   *
   * @return the time
   */
  @HostAccess.Export
  public synchronized String created() {
    long now = clock.millis();
    lastCreated = lastCreated == Long.MIN_VALUE ? now : Math.max(now, lastCreated + 1);
    return ISO_MILLIS.format(Instant.ofEpochMilli(lastCreated));
  }

  /**
   * A row.
   *
   * @param key the row's key
   * @return its JSON, or {@code null} when there is none
   */
  @HostAccess.Export
  public String row(String key) {
    StoredValue value = store.get(key);
    return value == null ? null : value.metadataJson();
  }

  /**
   * A row's blob.
   *
   * @param key the row's key
   * @return a read-only view of the bytes, or {@code null} when there is no row
   */
  @HostAccess.Export
  public ByteBuffer blob(String key) {
    StoredValue value = store.get(key);
    return value == null ? null : ByteBuffer.wrap(value.value()).asReadOnlyBuffer();
  }

  /**
   * Writes a row and its blob.
   *
   * @param key the row's key
   * @param rowJson the row
   * @param bytes an ArrayBuffer or view, or {@code null}/{@code undefined} for no blob
   */
  @HostAccess.Export
  public void put(String key, String rowJson, Value bytes) {
    byte[] blob = bytes == null || bytes.isNull() ? new byte[0] : JsBytes.bytesOrNull(bytes);
    store.put(key, new StoredValue(blob == null ? new byte[0] : blob, null, rowJson));
  }

  /**
   * Deletes a row.
   *
   * @param key the row's key
   * @return whether there was one
   */
  @HostAccess.Export
  public boolean remove(String key) {
    return store.delete(key);
  }

  /**
   * The keys of a table's rows, in key order.
   *
   * @param prefix the table's key prefix, such as {@code "video/"}
   * @return the keys
   */
  @HostAccess.Export
  public String[] keys(String prefix) {
    List<Map.Entry<String, StoredValue>> rows = store.list(KeyRange.all().prefix(prefix).withValues(false));
    String[] keys = new String[rows.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = rows.get(i).getKey();
    }
    return keys;
  }

  /**
   * The store's state, for the per-test reset.
   *
   * @return a snapshot
   */
  public StoreSnapshot snapshot() {
    return store.snapshot();
  }

  /**
   * Puts the store back to a snapshot.
   *
   * @param snapshot a value of {@link #snapshot()}
   */
  public void restore(StoreSnapshot snapshot) {
    store.restore(snapshot);
  }

  /** Closes the store. */
  public void close() {
    store.close();
  }
}
