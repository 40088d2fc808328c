package io.github.miniflare4j.r2.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.r2.R2Object;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One object's attributes as the bucket stores them (the metadata text of its blob entry) and as
 * it describes them to JavaScript and Java. The body is not part of it.
 *
 * @param key the key
 * @param version a random 32-hex-digit version
 * @param size the body's length
 * @param etag the MD5 of the body in hex, or {@code <md5 of part md5s>-<parts>} for a multipart
 *     object
 * @param uploaded when it was written, epoch milliseconds of the instance clock
 * @param checksums checksums other than MD5 given at upload, by field name ({@code sha1}, ...),
 *     hex
 * @param httpMetadata {@code contentType}, ... as strings, {@code cacheExpiry} as epoch
 *     milliseconds
 * @param customMetadata the custom metadata
 */
public record StoredObject(
    String key,
    String version,
    long size,
    String etag,
    long uploaded,
    Map<String, String> checksums,
    Map<String, Object> httpMetadata,
    Map<String, String> customMetadata) {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MD5_HEX = Pattern.compile("[0-9a-f]{32}");
  /** The checksum fields, in R2's order. */
  public static final String[] CHECKSUM_FIELDS = {"md5", "sha1", "sha256", "sha384", "sha512"};

  /** The text stored beside the body. */
  public String toMetadata() {
    ObjectNode node = JSON.createObjectNode();
    node.put("version", version);
    node.put("etag", etag);
    node.put("uploaded", uploaded);
    node.set("checksums", JSON.valueToTree(checksums));
    node.set("httpMetadata", JSON.valueToTree(httpMetadata));
    node.set("customMetadata", JSON.valueToTree(customMetadata));
    return node.toString();
  }

  /** Reads what {@link #toMetadata()} wrote. */
  public static StoredObject fromMetadata(String key, long size, String metadata) {
    try {
      JsonNode node = JSON.readTree(metadata);
      Map<String, String> checksums = new LinkedHashMap<>();
      node.path("checksums").fields().forEachRemaining(e -> checksums.put(e.getKey(), e.getValue().asText()));
      Map<String, Object> http = new LinkedHashMap<>();
      node.path("httpMetadata").fields().forEachRemaining(e ->
          http.put(e.getKey(), e.getValue().isNumber() ? (Object) e.getValue().asLong() : e.getValue().asText()));
      Map<String, String> custom = new LinkedHashMap<>();
      node.path("customMetadata").fields().forEachRemaining(e -> custom.put(e.getKey(), e.getValue().asText()));
      return new StoredObject(key, node.path("version").asText(), size, node.path("etag").asText(),
          node.path("uploaded").asLong(), checksums, http, custom);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable R2 object metadata of \"" + key + "\": " + e.getMessage(), e);
    }
  }

  /** Every checksum, MD5 included when the etag is one (single-part objects). */
  public Map<String, String> allChecksums() {
    Map<String, String> all = new LinkedHashMap<>();
    if (MD5_HEX.matcher(etag).matches()) {
      all.put("md5", etag);
    }
    for (String field : CHECKSUM_FIELDS) {
      if (checksums.containsKey(field)) {
        all.put(field, checksums.get(field));
      }
    }
    return all;
  }

  /**
   * The object as the binding's JavaScript reads it.
   *
   * @param rangeOffset the range's offset, or a negative number for no range
   * @param rangeLength the range's length
   * @return JSON text: key, version, size, etag, uploaded, checksums, httpMetadata,
   *     customMetadata and range when given
   */
  public ObjectNode toScript(long rangeOffset, long rangeLength) {
    ObjectNode node = JSON.createObjectNode();
    node.put("key", key);
    node.put("version", version);
    node.put("size", size);
    node.put("etag", etag);
    node.put("uploaded", uploaded);
    node.set("checksums", JSON.valueToTree(allChecksums()));
    node.set("httpMetadata", JSON.valueToTree(httpMetadata));
    node.set("customMetadata", JSON.valueToTree(customMetadata));
    if (rangeOffset >= 0) {
      ObjectNode range = node.putObject("range");
      range.put("offset", rangeOffset);
      range.put("length", rangeLength);
    }
    return node;
  }

  /** The public view. */
  public R2Object toPublic() {
    Map<String, String> http = new LinkedHashMap<>();
    httpMetadata.forEach((k, v) -> http.put(k, v instanceof Long ms ? Instant.ofEpochMilli(ms).toString() : String.valueOf(v)));
    return new R2Object(key, version, size, etag, Instant.ofEpochMilli(uploaded), Map.copyOf(http),
        Map.copyOf(customMetadata), Map.copyOf(allChecksums()));
  }
}
