package io.github.miniflare4j.kv;

import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.kv.KvLimits.Op;
import io.github.miniflare4j.kv.internal.KvPage;
import io.github.miniflare4j.storage.KeyRange;
import io.github.miniflare4j.storage.KeyValueStore;
import io.github.miniflare4j.storage.StoredValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KV semantics over one namespace's store: the checks of workerd (client side) and Miniflare's
 * KV object (storage side) in their recorded order, expiry read from the instance clock, and
 * list pagination. Shared by the worker binding and the Java {@link KvNamespace} handle, so both
 * see the same data, limits and messages. Thread-safe (the store is).
 */
final class KvOperations {

  private final String namespaceId;
  private final KeyValueStore store;
  private final MiniflareClock clock;

  KvOperations(String namespaceId, KeyValueStore store, MiniflareClock clock) {
    this.namespaceId = namespaceId;
    this.store = store;
    this.clock = clock;
  }

  String namespaceId() {
    return namespaceId;
  }

  KeyValueStore store() {
    return store;
  }

  // ---- checks

  /** The client-side key check of workerd: empty, "." and "..". */
  static void checkKeyName(String key) {
    if (key.isEmpty()) {
      throw KvException.typeError(KvLimits.KEY_EMPTY);
    }
    if (key.equals(".") || key.equals("..")) {
      throw KvException.typeError(KvLimits.keyNotAllowed(key));
    }
  }

  /**
   * A key with a lone surrogate: workerd sends it to the storage service as WTF-8 in the URL,
   * which Miniflare then fails to URL-decode (recorded for get, put and delete).
   */
  private static void checkKeyEncoding(Op op, String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < key.length() && Character.isLowSurrogate(key.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw KvException.failed(op, 400, KvLimits.KEY_NOT_URL_DECODABLE);
      }
    }
  }

  /** The storage side's checks of a key to write. */
  static void checkKeyStorable(String key) {
    checkKeyInPath(Op.PUT, key);
  }

  /**
   * The storage side's checks of a key sent in the URL, in its order: the length of its UTF-8
   * (a lone surrogate counted as three bytes), then lone surrogates (recorded).
   */
  private static void checkKeyInPath(Op op, String key) {
    checkKeyLength(op, key);
    checkKeyEncoding(op, key);
  }

  private static void checkKeyLength(Op op, String key) {
    int bytes = utf8Length(key);
    if (bytes > KvLimits.MAX_KEY_BYTES) {
      throw KvException.failed(op, 414, KvLimits.keyTooLong(bytes));
    }
  }

  private static void checkCacheTtl(Op op, Integer cacheTtl) {
    if (cacheTtl != null && cacheTtl < KvLimits.MIN_CACHE_TTL_SECONDS) {
      throw KvException.failed(op, 400, KvLimits.cacheTtlTooSmall(cacheTtl));
    }
  }

  static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  // ---- reads

  /** The live entry of a key, or null; {@code cacheTtl} is checked (and otherwise ignored). */
  StoredValue get(String key, Integer cacheTtl) {
    checkKeyName(key);
    checkKeyInPath(Op.GET, key);
    checkCacheTtl(Op.GET, cacheTtl);
    return live(key);
  }

  private StoredValue live(String key) {
    StoredValue value = store.get(key);
    return value == null || value.expiredAt(clock.millis()) ? null : value;
  }

  /**
   * A bulk read as Miniflare's KV object does it: type, then key count, then each key in turn;
   * duplicate keys collapse. Missing or expired keys map to null.
   *
   * @param type the requested type, or null/empty for text
   */
  Map<String, StoredValue> getBulk(List<String> keys, String type, Integer cacheTtl) {
    if (type != null && !type.isEmpty() && !type.equals("text") && !type.equals("json")) {
      throw KvException.failed(Op.GET_BULK, 400, KvLimits.bulkInvalidType(type));
    }
    if (keys.size() > KvLimits.MAX_BULK_GET_KEYS) {
      throw KvException.failed(Op.GET_BULK, 400, KvLimits.BULK_TOO_MANY);
    }
    if (keys.isEmpty()) {
      throw KvException.failed(Op.GET_BULK, 400, KvLimits.BULK_TOO_FEW);
    }
    Map<String, StoredValue> found = new LinkedHashMap<>();
    long total = 0;
    for (String key : keys) {
      if (key.isEmpty()) {
        throw KvException.failed(Op.GET_BULK, 400, KvLimits.BULK_KEY_EMPTY);
      }
      if (key.equals(".") || key.equals("..")) {
        throw KvException.failed(Op.GET_BULK, 400, KvLimits.bulkKeyIllegal(key));
      }
      checkKeyLength(Op.GET_BULK, key);
      checkCacheTtl(Op.GET_BULK, cacheTtl);
      StoredValue value = live(key);
      if (value != null) {
        total += new String(value.value(), StandardCharsets.UTF_8).length();
      }
      found.put(key, value);
    }
    if (total > KvLimits.MAX_BULK_BYTES) {
      throw KvException.failed(Op.GET_BULK, 413, KvLimits.BULK_TOO_LARGE);
    }
    return found;
  }

  // ---- writes

  /**
   * Stores a value after Miniflare's checks, in its order: key, expiration TTL (which wins over
   * an absolute expiration), expiration, metadata, value size.
   *
   * @param expiration absolute expiry in epoch seconds, or null
   * @param expirationTtl seconds from now, or null
   * @param metadataJson the metadata serialised as JSON, or null for none
   * @param metadataUnserializable whether metadata was given but serialises to nothing (a function)
   * @param value the bytes, or null for a script value of no accepted kind (refused here, after
   *     the storage-side checks of key and options, as workerd orders it)
   */
  void put(String key, byte[] value, Integer expiration, Integer expirationTtl, String metadataJson,
      boolean metadataUnserializable) {
    checkKeyName(key);
    checkKeyInPath(Op.PUT, key);
    long now = Math.floorDiv(clock.millis(), 1000L);
    Long expiresAt = null;
    if (expirationTtl != null) {
      if (expirationTtl <= 0) {
        throw KvException.failed(Op.PUT, 400, KvLimits.expirationTtlNotPositive(expirationTtl));
      }
      if (expirationTtl < KvLimits.MIN_EXPIRATION_TTL_SECONDS) {
        throw KvException.failed(Op.PUT, 400, KvLimits.expirationTtlTooSmall(expirationTtl));
      }
      expiresAt = now + expirationTtl;
    } else if (expiration != null) {
      if (expiration <= now) {
        throw KvException.failed(Op.PUT, 400, KvLimits.expirationNotInFuture(expiration));
      }
      if (expiration < now + KvLimits.MIN_EXPIRATION_TTL_SECONDS) {
        throw KvException.failed(Op.PUT, 400, KvLimits.expirationTooSoon(expiration));
      }
      expiresAt = (long) expiration;
    }
    if (metadataUnserializable) {
      throw KvException.failed(Op.PUT, 500, KvLimits.INTERNAL_ERROR);
    }
    if (metadataJson != null) {
      int bytes = utf8Length(metadataJson);
      if (bytes > KvLimits.MAX_METADATA_BYTES) {
        throw KvException.failed(Op.PUT, 413, KvLimits.metadataTooLarge(bytes));
      }
    }
    if (value == null) {
      throw KvException.typeError(KvLimits.PUT_VALUE_TYPE);
    }
    if (value.length > KvLimits.MAX_VALUE_BYTES) {
      throw KvException.failed(Op.PUT, 413, KvLimits.valueTooLarge(value.length));
    }
    store.put(key, new StoredValue(value, expiresAt == null ? null : expiresAt * 1000L, metadataJson));
  }

  void delete(String key) {
    checkKeyName(key);
    checkKeyInPath(Op.DELETE, key);
    store.delete(key);
  }

  // ---- list

  /**
   * Lists live keys after Miniflare's checks (limit, then prefix length); a prefix with a NUL
   * character matches no key, as in Miniflare.
   *
   * @param prefix the prefix or null
   * @param limit the page size or null for {@link KvLimits#MAX_LIST_KEYS}
   * @param cursor a cursor from an earlier page or null; decoded leniently as Node does
   */
  KvPage list(String prefix, Integer limit, String cursor) {
    if (limit != null) {
      if (limit < 1) {
        throw KvException.failed(Op.GET, 400, KvLimits.listLimitTooSmall(limit));
      }
      if (limit > KvLimits.MAX_LIST_KEYS) {
        throw KvException.failed(Op.GET, 400, KvLimits.listLimitTooLarge(limit));
      }
    }
    if (prefix != null) {
      checkKeyLength(Op.GET, prefix);
    }
    if (prefix != null && prefix.indexOf('\0') >= 0) {
      // Miniflare matches prefixes with SQLite's length(), which stops at the first NUL: such a
      // prefix matches no key (recorded)
      return new KvPage(List.of(), null);
    }
    int n = limit == null ? KvLimits.MAX_LIST_KEYS : limit;
    String startAfter = cursor == null ? null : decodeCursor(cursor);
    KeyRange range = KeyRange.all()
        .prefix(prefix == null ? "" : prefix)
        .startAfter(startAfter == null || startAfter.isEmpty() ? null : startAfter)
        .limit(n + 1)
        .liveAt(clock.millis())
        .withValues(false);
    List<Map.Entry<String, StoredValue>> rows = store.list(range);
    if (rows.size() <= n) {
      return new KvPage(rows, null);
    }
    List<Map.Entry<String, StoredValue>> keys = rows.subList(0, n);
    return new KvPage(keys, encodeCursor(keys.get(n - 1).getKey()));
  }

  static String encodeCursor(String key) {
    return Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** Node's lenient base64: characters outside both alphabets are skipped, '=' ends the data. */
  static String decodeCursor(String cursor) {
    StringBuilder clean = new StringBuilder(cursor.length());
    for (int i = 0; i < cursor.length(); i++) {
      char c = cursor.charAt(i);
      if (c == '=') {
        break;
      }
      if (c == '-') {
        clean.append('+');
      } else if (c == '_') {
        clean.append('/');
      } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/') {
        clean.append(c);
      }
    }
    if (clean.length() % 4 == 1) {
      clean.setLength(clean.length() - 1);
    }
    while (clean.length() % 4 != 0) {
      clean.append('=');
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(clean.toString());
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
