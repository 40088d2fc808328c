package io.github.miniflare4j.r2;

import java.time.Instant;
import java.util.Map;

/**
 * An object of an R2 bucket as a Java caller sees it (what a worker's {@code R2Object} holds),
 * without its body.
 *
 * @param key the key
 * @param version the version, 32 hex digits, new at every write
 * @param size the body's length in bytes
 * @param etag the MD5 of the body in hex ({@code <hex>-<parts>} for a multipart upload)
 * @param uploaded when it was written, on the instance clock
 * @param httpMetadata {@code contentType}, {@code contentLanguage}, {@code contentDisposition},
 *     {@code contentEncoding}, {@code cacheControl} and {@code cacheExpiry} (an ISO-8601 instant)
 *     where set
 * @param customMetadata the custom metadata
 * @param checksums the checksums by name ({@code md5}, {@code sha1}, ...), lower-case hex
 */
public record R2Object(
    String key,
    String version,
    long size,
    String etag,
    Instant uploaded,
    Map<String, String> httpMetadata,
    Map<String, String> customMetadata,
    Map<String, String> checksums) {

  /**
   * The etag in quotes, as HTTP's {@code ETag} header carries it.
   *
   * @return e.g. {@code "\"5eb63bbbe01eeed093cb22bb8f5acdc3\""}
   */
  public String httpEtag() {
    return "\"" + etag + "\"";
  }

  /**
   * The content type.
   *
   * @return the {@code contentType} HTTP metadata, or {@code null}
   */
  public String contentType() {
    return httpMetadata.get("contentType");
  }
}
