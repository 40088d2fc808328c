package io.github.miniflare4j.kv;

import io.github.miniflare4j.interop.JsonText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Every limit and message of KV, in one place, worded exactly as Miniflare 4 and workerd word
 * them (recorded with the oracle; see Miniflare {@code workers/kv/constants.ts} and {@code
 * validator.worker.ts}). Storage-side errors read {@code "KV <OP> failed: <status> <message>"};
 * client-side ones are {@code TypeError}s. The binding script {@code kv/kv.js} reads the client-side
 * messages from {@link #scriptConstants()} instead of repeating them.
 */
public final class KvLimits {

  /** Longest key, in UTF-8 bytes. */
  public static final int MAX_KEY_BYTES = 512;
  /** Largest value, in bytes (25 MiB). */
  public static final int MAX_VALUE_BYTES = 25 * 1024 * 1024;
  /** Largest metadata, in bytes of its JSON serialisation. */
  public static final int MAX_METADATA_BYTES = 1024;
  /** Shortest {@code expirationTtl}, and how far ahead an absolute {@code expiration} must be. */
  public static final int MIN_EXPIRATION_TTL_SECONDS = 60;
  /** Shortest {@code cacheTtl} on reads. */
  public static final int MIN_CACHE_TTL_SECONDS = 30;
  /** Most keys one {@code list} returns, and its default limit. */
  public static final int MAX_LIST_KEYS = 1000;
  /** Most keys one bulk {@code get} may ask for. */
  public static final int MAX_BULK_GET_KEYS = 100;
  /** Largest total of the values of one bulk {@code get} (UTF-16 length of the decoded text). */
  public static final int MAX_BULK_BYTES = 25 * 1024 * 1024;
  /** The {@code type}s of {@code get}. */
  public static final List<String> RESPONSE_TYPES = List.of("text", "arrayBuffer", "json", "stream");

  /** The storage operations, as they appear in "KV GET failed" messages. */
  public enum Op {
    /** {@code get}, {@code getWithMetadata} and {@code list}. */
    GET,
    /** bulk {@code get} / {@code getWithMetadata} with an array of keys. */
    GET_BULK,
    /** {@code put}. */
    PUT,
    /** {@code delete}. */
    DELETE
  }

  private KvLimits() {}

  // ---- client side (workerd): TypeErrors

  /** Empty key. */
  public static final String KEY_EMPTY = "Key name cannot be empty.";

  /**
   * {@code "."} and {@code ".."}.
   *
   * @param key the refused key, {@code "."} or {@code ".."}
   * @return the TypeError message a worker sees
   */
  public static String keyNotAllowed(String key) {
    return "\"" + key + "\" is not allowed as a key name.";
  }

  /** A {@code type} outside {@link #RESPONSE_TYPES}. */
  public static final String UNKNOWN_TYPE =
      "Unknown response type. Possible types are \"text\", \"arrayBuffer\", \"json\", and \"stream\".";

  /** A {@code put} value that is an object of no accepted kind. */
  public static final String PUT_VALUE_TYPE =
      "KV put() accepts only strings, ArrayBuffers, ArrayBufferViews, and ReadableStreams as values.";

  /** An integer option outside the 32-bit range (workerd's conversion of numeric options). */
  public static final String INT32_RANGE =
      "Value out of range. Must be between -2147483648 and 2147483647 (inclusive).";

  /** An argument of the wrong type; {@code %1$s} method, {@code %2$d} position, {@code %3$s} type. */
  public static final String ARGUMENT_TYPE = "Failed to execute '%1$s' on 'KvNamespace': parameter %2$d is not of type '%3$s'.";

  /** {@code new KvNamespace()} from a script. */
  public static final String ILLEGAL_CONSTRUCTOR = "Illegal constructor";

  // ---- storage side (Miniflare's KV object): "KV <OP> failed: <status> <message>"

  /**
   * The full message of a storage-side failure.
   *
   * @param op the operation that failed
   * @param status the HTTP-like status (400, 413, 414, 500)
   * @param message the storage-side reason
   * @return {@code "KV <OP> failed: <status> <message>"}
   */
  public static String failed(Op op, int status, String message) {
    return "KV " + op + " failed: " + status + " " + message;
  }

  static String keyTooLong(int bytes) {
    return "UTF-8 encoded length of " + bytes + " exceeds key length limit of " + MAX_KEY_BYTES + ".";
  }

  static String cacheTtlTooSmall(long cacheTtl) {
    return "Invalid cache_ttl of " + cacheTtl + ". Cache TTL must be at least " + MIN_CACHE_TTL_SECONDS + ".";
  }

  static String expirationTtlNotPositive(long ttl) {
    return "Invalid expiration_ttl of " + ttl + ". Please specify integer greater than 0.";
  }

  static String expirationTtlTooSmall(long ttl) {
    return "Invalid expiration_ttl of " + ttl + ". Expiration TTL must be at least " + MIN_EXPIRATION_TTL_SECONDS + ".";
  }

  static String expirationNotInFuture(long expiration) {
    return "Invalid expiration of " + expiration
        + ". Please specify integer greater than the current number of seconds since the UNIX epoch.";
  }

  static String expirationTooSoon(long expiration) {
    return "Invalid expiration of " + expiration + ". Expiration times must be at least "
        + MIN_EXPIRATION_TTL_SECONDS + " seconds in the future.";
  }

  static String metadataTooLarge(int bytes) {
    return "Metadata length of " + bytes + " exceeds limit of " + MAX_METADATA_BYTES + ".";
  }

  static String valueTooLarge(long bytes) {
    return "Value length of " + bytes + " exceeds limit of " + MAX_VALUE_BYTES + ".";
  }

  static final String INTERNAL_ERROR = "Internal Server Error";

  /** A put's stream value that is locked (also a used body: workerd locks it once read). */
  static final String STREAM_LOCKED = "The ReadableStream has been locked to a reader.";
  /** A put's stream value that yields something other than bytes. */
  static final String STREAM_NOT_BYTES = "This ReadableStream did not return bytes.";

  static final String KEY_NOT_URL_DECODABLE = "Could not URL-decode key name";

  static String listLimitTooSmall(long limit) {
    return "Invalid key_count_limit of " + limit + ". Please specify an integer greater than 0.";
  }

  // Miniflare says "less than 1000" although 1000 itself is accepted; kept as recorded.
  static String listLimitTooLarge(long limit) {
    return "Invalid key_count_limit of " + limit + ". Please specify an integer less than " + MAX_LIST_KEYS + ".";
  }

  static String bulkInvalidType(String type) {
    return "\"" + type + "\" is not a valid type. Use \"json\" or \"text\"";
  }

  static final String BULK_TOO_MANY = "You can request a maximum of " + MAX_BULK_GET_KEYS + " keys";
  static final String BULK_TOO_FEW = "You must request a minimum of 1 key";
  static final String BULK_KEY_EMPTY = "Key names must not be empty";

  static String bulkKeyIllegal(String key) {
    return "Illegal key name \"" + key + "\". Please use a different name.";
  }

  /**
   * A bulk {@code get} with type json found a value that is not JSON.
   *
   * @param type the requested type, for example {@code "json"}
   * @return the message a worker sees
   */
  public static String bulkNotOfType(String type) {
    return "At least one of the requested keys corresponds to a non-" + type + " value";
  }

  static final String BULK_TOO_LARGE = "Total size of request exceeds the limit of " + (MAX_BULK_BYTES / 1024 / 1024) + "MB";

  /**
   * The client-side messages and limits as JSON, for the prelude: {@code keyEmpty},
   * {@code unknownType}, {@code putValueType}, {@code int32Range}, {@code argumentType} (with
   * {@code %1$s %2$d %3$s} placeholders), {@code illegalConstructor}, {@code bulkNotJson}.
   *
   * @return a JSON object text, the same for every call
   */
  public static String scriptConstants() {
    Map<String, String> constants = new LinkedHashMap<>();
    constants.put("keyEmpty", KEY_EMPTY);
    constants.put("unknownType", UNKNOWN_TYPE);
    constants.put("putValueType", PUT_VALUE_TYPE);
    constants.put("int32Range", INT32_RANGE);
    constants.put("argumentType", ARGUMENT_TYPE);
    constants.put("illegalConstructor", ILLEGAL_CONSTRUCTOR);
    constants.put("bulkNotJson", failed(Op.GET_BULK, 400, bulkNotOfType("json")));
    constants.put("metadataUnserializable", failed(Op.PUT, 500, INTERNAL_ERROR));
    constants.put("streamLocked", STREAM_LOCKED);
    constants.put("streamNotBytes", STREAM_NOT_BYTES);
    // as text: Jackson is not needed for a flat object of strings (its first use costs a cold JVM)
    StringJoiner json = new StringJoiner(",", "{", "}");
    constants.forEach((key, value) -> json.add(JsonText.quote(key) + ":" + JsonText.quote(value)));
    return json.toString();
  }

}
