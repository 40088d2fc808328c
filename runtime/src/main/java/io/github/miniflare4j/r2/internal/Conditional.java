package io.github.miniflare4j.r2.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code onlyIf} precondition, already normalised by the binding's JavaScript (an object or
 * the conditional headers of a {@code Headers}). Evaluated as Miniflare's R2 simulator does, after
 * RFC 7232 section 6.
 *
 * @param etagMatches etags of which one must match (If-Match), or {@code null}
 * @param etagDoesNotMatch etags of which none may match (If-None-Match), or {@code null}
 * @param uploadedBefore the object must be older (If-Unmodified-Since), epoch ms, or {@code null}
 * @param uploadedAfter the object must be newer (If-Modified-Since), epoch ms, or {@code null}
 * @param secondsGranularity compare dates truncated to seconds
 */
public record Conditional(
    List<Etag> etagMatches, List<Etag> etagDoesNotMatch, Long uploadedBefore, Long uploadedAfter,
    boolean secondsGranularity) {

  /**
   * One etag of a condition.
   *
   * @param type {@code strong}, {@code weak} or {@code wildcard}
   * @param value the etag, or {@code null} for the wildcard
   */
  public record Etag(String type, String value) {}

  /** Reads {@code {etagMatches: [{type, value}], etagDoesNotMatch, uploadedBefore, uploadedAfter, secondsGranularity}}. */
  public static Conditional fromJson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return new Conditional(etags(node.get("etagMatches")), etags(node.get("etagDoesNotMatch")),
        millis(node.get("uploadedBefore")), millis(node.get("uploadedAfter")),
        node.path("secondsGranularity").asBoolean(false));
  }

  private static List<Etag> etags(JsonNode list) {
    if (list == null || list.isNull()) {
      return null;
    }
    List<Etag> etags = new ArrayList<>();
    list.forEach(e -> etags.add(new Etag(e.path("type").asText(), e.hasNonNull("value") ? e.get("value").asText() : null)));
    return etags;
  }

  private static Long millis(JsonNode value) {
    return value == null || value.isNull() ? null : value.asLong();
  }

  /**
   * Whether the condition holds for an object.
   *
   * @param object the stored object, or {@code null} when there is none
   * @return {@code true} when the operation may go ahead
   */
  public boolean test(StoredObject object) {
    if (object == null) {
      return etagMatches == null && uploadedAfter == null;
    }
    boolean ifMatch = etagMatches == null || includes(etagMatches, object.etag(), true);
    boolean ifNoneMatch = etagDoesNotMatch == null || !includes(etagDoesNotMatch, object.etag(), false);
    long lastModified = truncate(object.uploaded());
    boolean ifModifiedSince = uploadedAfter == null || truncate(uploadedAfter) < lastModified
        || (etagDoesNotMatch != null && ifNoneMatch);
    boolean ifUnmodifiedSince = uploadedBefore == null || lastModified < truncate(uploadedBefore)
        || (etagMatches != null && ifMatch);
    return ifMatch && ifNoneMatch && ifModifiedSince && ifUnmodifiedSince;
  }

  private long truncate(long millis) {
    return secondsGranularity ? Math.floorDiv(millis, 1000L) * 1000L : millis;
  }

  /** A strong comparison accepts only strong etags; a weak one any etag of that value. */
  private static boolean includes(List<Etag> conditions, String etag, boolean strong) {
    for (Etag condition : conditions) {
      if (condition.type().equals("wildcard")) {
        return true;
      }
      if (etag.equals(condition.value()) && (condition.type().equals("strong") || !strong)) {
        return true;
      }
    }
    return false;
  }
}
