package io.github.miniflare4j.r2.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.MiniflareClock;
import io.github.miniflare4j.r2.R2Exception;
import io.github.miniflare4j.storage.BlobEntry;
import io.github.miniflare4j.storage.BlobSnapshot;
import io.github.miniflare4j.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One bucket's semantics over the storage layer, as Miniflare's R2 simulator has them: objects
 * (bodies and attributes in one {@link BlobStore}), conditional writes and reads, listing with
 * delimiters and cursors, and multipart uploads (upload records and parts in a second store).
 * Every operation runs under the bucket's lock, so a conditional write is atomic; a refused
 * operation leaves the bucket unchanged. Shared by every binding of the same bucket name.
 */
public final class BucketStorage implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String IN_PROGRESS = "inProgress";
  private static final String COMPLETED = "completed";
  private static final String ABORTED = "aborted";

  private final String name;
  private final BlobStore objects;
  private final BlobStore multipart;
  private final MiniflareClock clock;

  public BucketStorage(String name, Path directory, MiniflareClock clock) {
    this.name = name;
    this.clock = clock;
    this.objects = BlobStore.open(directory == null ? null : directory.resolve("objects"));
    this.multipart = BlobStore.open(directory == null ? null : directory.resolve("multipart"));
  }

  public String name() {
    return name;
  }

  /** A new body, with the digests its put will verify. */
  public BodyWriter newBody(String checksumAlgorithm) {
    return new BodyWriter(objects.newBody(), checksumAlgorithm);
  }

  /** A new body of a multipart part. */
  public BodyWriter newPart() {
    return new BodyWriter(multipart.newBody());
  }

  public static void checkKey(String operation, String key) {
    if (key.getBytes(StandardCharsets.UTF_8).length > R2Limits.MAX_KEY_BYTES) {
      throw R2Limits.failure(operation, R2Limits.Failure.INVALID_OBJECT_NAME);
    }
  }

  public synchronized StoredObject head(String key) {
    checkKey("head", key);
    BlobEntry entry = objects.get(key);
    return entry == null ? null : object(entry);
  }

  private static StoredObject object(BlobEntry entry) {
    return StoredObject.fromMetadata(entry.key(), entry.size(), entry.metadata());
  }

  /**
   * The outcome of a get.
   *
   * @param object the object
   * @param range the range read (the whole object when no range was asked for)
   * @param body the range's bytes, or {@code null} when the precondition failed
   */
  public record Read(StoredObject object, ByteRange range, InputStream body) {}

  /**
   * Reads an object.
   *
   * @param key the key
   * @param onlyIf the precondition, or {@code null}
   * @param range a range object, or {@code null}
   * @param rangeHeader a Range header, or {@code null}
   * @return the object and its body, or {@code null} when there is no such key
   */
  public synchronized Read get(String key, Conditional onlyIf, JsonNode range, String rangeHeader) {
    checkKey("get", key);
    BlobEntry entry = objects.get(key);
    if (entry == null) {
      return null;
    }
    StoredObject object = object(entry);
    if (onlyIf != null && !onlyIf.test(object)) {
      return new Read(object, new ByteRange(0, entry.size()), null);
    }
    ByteRange resolved = ByteRange.resolve(range, rangeHeader, entry.size());
    return new Read(object, resolved, objects.read(entry, resolved.offset(), resolved.length()));
  }

  /**
   * Stores a body under a key.
   *
   * @param key the key
   * @param body the body, written completely; consumed (stored or aborted)
   * @param options {@code httpMetadata}, {@code customMetadata}, {@code onlyIf}, and at most one of
   *     {@code md5}, {@code sha1}, {@code sha256}, {@code sha384}, {@code sha512} (hex)
   * @return the stored object, or {@code null} when the precondition failed
   */
  public StoredObject put(String key, BodyWriter body, JsonNode options) {
    try {
      Map<String, String> digests = body.finish();
      checkKey("put", key);
      if (body.size() > R2Limits.MAX_VALUE_SIZE) {
        throw R2Limits.failure("put", R2Limits.Failure.ENTITY_TOO_LARGE);
      }
      Map<String, String> custom = strings(options.get("customMetadata"));
      checkMetadataSize(custom);
      Map<String, String> checksums = verifiedChecksums(options, digests);
      StoredObject object = new StoredObject(key, newVersion(), body.size(), digests.get("MD5"), clock.millis(),
          checksums, httpMetadata(options.get("httpMetadata")), custom);
      synchronized (this) {
        Conditional onlyIf = Conditional.fromJson(options.get("onlyIf"));
        if (onlyIf != null && !onlyIf.test(current(key))) {
          body.abort();
          return null;
        }
        objects.put(key, body.blob(), object.toMetadata());
      }
      return object;
    } catch (RuntimeException e) {
      body.abort();
      throw e;
    }
  }

  private StoredObject current(String key) {
    BlobEntry entry = objects.get(key);
    return entry == null ? null : object(entry);
  }

  private static Map<String, String> verifiedChecksums(JsonNode options, Map<String, String> digests) {
    Map<String, String> checksums = new LinkedHashMap<>();
    String[][] algorithms = {{"md5", "MD5"}, {"sha1", "SHA-1"}, {"sha256", "SHA-256"}, {"sha384", "SHA-384"},
        {"sha512", "SHA-512"}};
    for (String[] algorithm : algorithms) {
      JsonNode provided = options.get(algorithm[0]);
      if (provided == null || provided.isNull()) {
        continue;
      }
      String actual = digests.get(algorithm[1]);
      String given = provided.asText().toLowerCase(java.util.Locale.ROOT);
      if (!given.equals(actual)) {
        throw new R2Exception("put", R2Limits.BAD_DIGEST_CODE, R2Limits.badDigest(algorithm[1], given, actual));
      }
      if (!algorithm[0].equals("md5")) {
        checksums.put(algorithm[0], actual);
      }
    }
    return checksums;
  }

  /** Miniflare counts a string's length, doubled when it has a character beyond Latin-1. */
  private static void checkMetadataSize(Map<String, String> custom) {
    long size = 0;
    for (Map.Entry<String, String> e : custom.entrySet()) {
      size += serialisedLength(e.getKey()) + serialisedLength(e.getValue());
    }
    if (size > R2Limits.MAX_METADATA_SIZE) {
      throw R2Limits.failure("put", R2Limits.Failure.METADATA_TOO_LARGE);
    }
  }

  private static int serialisedLength(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 256) {
        return s.length() * 2;
      }
    }
    return s.length();
  }

  public static Map<String, String> strings(JsonNode object) {
    Map<String, String> map = new LinkedHashMap<>();
    if (object != null && object.isObject()) {
      object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
    }
    return map;
  }

  public static Map<String, Object> httpMetadata(JsonNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (object != null && object.isObject()) {
      object.fields().forEachRemaining(e -> map.put(e.getKey(),
          e.getKey().equals("cacheExpiry") ? (Object) e.getValue().asLong() : e.getValue().asText()));
    }
    return map;
  }

  private static String newVersion() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String newId() {
    byte[] bytes = new byte[128];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Removes keys; missing keys are no error.
   *
   * @param keys the keys
   */
  public synchronized void delete(List<String> keys) {
    keys.forEach(key -> checkKey("delete", key));
    keys.forEach(objects::delete);
  }

  /**
   * One page of a listing.
   *
   * @param objects the objects, with metadata only where included
   * @param delimitedPrefixes the prefixes up to the delimiter that group further keys
   * @param cursor where the next page starts, or {@code null} when this is the last
   */
  public record Page(List<StoredObject> objects, List<String> delimitedPrefixes, String cursor) {}

  /**
   * Lists objects in key order.
   *
   * @param options {@code limit}, {@code prefix}, {@code cursor}, {@code delimiter}, {@code
   *     startAfter}, {@code include} (names)
   * @return the page
   */
  public synchronized Page list(JsonNode options) {
    int limit = options.hasNonNull("limit") ? options.get("limit").asInt() : R2Limits.MAX_LIST_KEYS;
    if (limit < 1 || limit > R2Limits.MAX_LIST_KEYS) {
      throw R2Limits.failure("list", R2Limits.Failure.INVALID_MAX_KEYS);
    }
    Set<String> include = new HashSet<>();
    options.path("include").forEach(n -> include.add(n.asText()));
    if (!include.isEmpty()) {
      limit = Math.min(limit, R2Limits.MAX_LIST_KEYS_WITH_METADATA);
    }
    String prefix = options.path("prefix").asText("");
    String startAfter = options.hasNonNull("startAfter") ? options.get("startAfter").asText() : null;
    if (options.hasNonNull("cursor")) {
      String fromCursor = decodeCursor(options.get("cursor").asText());
      if (startAfter == null || io.github.miniflare4j.storage.Utf8Order.INSTANCE.compare(fromCursor, startAfter) > 0) {
        startAfter = fromCursor;
      }
    }
    String delimiter = options.hasNonNull("delimiter") ? options.get("delimiter").asText() : "";
    List<StoredObject> found = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    int rows = 0;
    String lastKey = null;
    String openGroup = null;
    String after = startAfter;
    boolean more = false;
    scan:
    while (true) {
      List<BlobEntry> batch = objects.list(prefix, after, 256);
      if (batch.isEmpty()) {
        break;
      }
      for (BlobEntry entry : batch) {
        after = entry.key();
        if (openGroup != null && entry.key().startsWith(openGroup)) {
          lastKey = entry.key(); // still inside the group just emitted
          continue;
        }
        openGroup = null;
        if (rows == limit) {
          more = true;
          break scan;
        }
        int at = delimiter.isEmpty() ? -1 : entry.key().indexOf(delimiter, prefix.length());
        if (at >= 0) {
          openGroup = entry.key().substring(0, at + delimiter.length());
          prefixes.add(openGroup);
        } else {
          found.add(listed(object(entry), include));
        }
        lastKey = entry.key();
        rows++;
      }
    }
    String cursor = more ? Base64.getEncoder().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8)) : null;
    return new Page(found, prefixes, cursor);
  }

  /** Decodes a cursor leniently, as Node's base64 decoding does: unknown characters are skipped. */
  private static String decodeCursor(String cursor) {
    String clean = cursor.replace('-', '+').replace('_', '/').replaceAll("[^A-Za-z0-9+/]", "");
    if (clean.length() % 4 == 1) {
      clean = clean.substring(0, clean.length() - 1);
    }
    return new String(Base64.getDecoder().decode(clean), StandardCharsets.UTF_8);
  }

  private static StoredObject listed(StoredObject o, Set<String> include) {
    return new StoredObject(o.key(), o.version(), o.size(), o.etag(), o.uploaded(), o.checksums(),
        include.contains("httpMetadata") ? o.httpMetadata() : Map.of(),
        include.contains("customMetadata") ? o.customMetadata() : Map.of());
  }

  // ---- multipart uploads: a record per upload id, parts under "<upload id>/<part number>" ----

  /**
   * Starts a multipart upload.
   *
   * @param key the object's key
   * @param options {@code httpMetadata}, {@code customMetadata}
   * @return the upload id
   */
  public synchronized String createMultipartUpload(String key, JsonNode options) {
    checkKey("createMultipartUpload", key);
    String uploadId = newId();
    ObjectNode record = StoredObject.JSON.createObjectNode();
    record.put("key", key);
    record.put("state", IN_PROGRESS);
    record.set("httpMetadata", StoredObject.JSON.valueToTree(httpMetadata(options.get("httpMetadata"))));
    record.set("customMetadata", StoredObject.JSON.valueToTree(strings(options.get("customMetadata"))));
    multipart.put(uploadId, multipart.newBody(), record.toString());
    return uploadId;
  }

  private JsonNode upload(String key, String uploadId) {
    BlobEntry entry = multipart.get(uploadId);
    if (entry == null) {
      return null;
    }
    try {
      JsonNode record = StoredObject.JSON.readTree(entry.metadata());
      return record.path("key").asText().equals(key) ? record : null;
    } catch (IOException e) {
      throw new IllegalStateException("Unreadable multipart upload record " + uploadId, e);
    }
  }

  private void setState(String uploadId, JsonNode record, String state) {
    ((ObjectNode) record).put("state", state);
    multipart.put(uploadId, multipart.newBody(), record.toString());
  }

  private static String partKey(String uploadId, int partNumber) {
    return uploadId + "/" + String.format("%05d", partNumber);
  }

  /**
   * Stores one part.
   *
   * @param key the object's key
   * @param uploadId the upload
   * @param partNumber 1 to 10000
   * @param body the part, written completely; consumed
   * @return the part's etag
   */
  public String uploadPart(String key, String uploadId, int partNumber, BodyWriter body) {
    try {
      String md5 = body.finish().get("MD5");
      checkKey("uploadPart", key);
      synchronized (this) {
        JsonNode record = upload(key, uploadId);
        if (record == null || !record.path("state").asText().equals(IN_PROGRESS)) {
          throw R2Limits.failure("uploadPart", R2Limits.Failure.NO_SUCH_UPLOAD);
        }
        String etag = newId();
        ObjectNode part = StoredObject.JSON.createObjectNode();
        part.put("etag", etag);
        part.put("md5", md5);
        multipart.put(partKey(uploadId, partNumber), body.blob(), part.toString());
        return etag;
      }
    } catch (RuntimeException e) {
      body.abort();
      throw e;
    }
  }

  /** A part named by a worker: its number and etag. */
  public record PartRef(int partNumber, String etag) {}

  private record Part(int number, BlobEntry entry, String md5) {}

  /**
   * Completes an upload: the parts, in part-number order, become the object.
   *
   * @param key the object's key
   * @param uploadId the upload
   * @param selected the parts to use
   * @return the object
   */
  public synchronized StoredObject completeMultipartUpload(String key, String uploadId, List<PartRef> selected) {
    String op = "completeMultipartUpload";
    checkKey(op, key);
    JsonNode record = upload(key, uploadId);
    if (record == null) {
      throw R2Limits.failure(op, R2Limits.Failure.INTERNAL_ERROR);
    }
    if (!record.path("state").asText().equals(IN_PROGRESS)) {
      throw R2Limits.failure(op, R2Limits.Failure.NO_SUCH_UPLOAD);
    }
    Set<Integer> numbers = new HashSet<>();
    for (PartRef ref : selected) {
      if (!numbers.add(ref.partNumber())) {
        throw R2Limits.failure(op, R2Limits.Failure.INTERNAL_ERROR);
      }
    }
    List<Part> parts = new ArrayList<>();
    for (PartRef ref : selected) {
      BlobEntry entry = multipart.get(partKey(uploadId, ref.partNumber()));
      JsonNode meta = entry == null ? null : readJson(entry.metadata());
      if (meta == null || !meta.path("etag").asText().equals(ref.etag())) {
        throw R2Limits.failure(op, R2Limits.Failure.INVALID_PART);
      }
      parts.add(new Part(ref.partNumber(), entry, meta.path("md5").asText()));
    }
    for (int i = 0; i < parts.size() - 1; i++) {
      if (parts.get(i).entry().size() < R2Limits.MIN_MULTIPART_PART_SIZE) {
        throw R2Limits.failure(op, R2Limits.Failure.ENTITY_TOO_SMALL);
      }
    }
    parts.sort(java.util.Comparator.comparingInt(Part::number));
    Long partSize = null;
    for (int i = 0; i < parts.size() - 1; i++) {
      long size = parts.get(i).entry().size();
      partSize = partSize == null ? size : partSize;
      if (size < R2Limits.MIN_MULTIPART_PART_SIZE || size != partSize) {
        throw R2Limits.failure(op, R2Limits.Failure.BAD_UPLOAD);
      }
    }
    if (partSize != null && parts.get(parts.size() - 1).entry().size() > partSize) {
      throw R2Limits.failure(op, R2Limits.Failure.BAD_UPLOAD);
    }
    MessageDigest etagDigest = md5();
    BodyWriter body = new BodyWriter(objects.newBody());
    try {
      byte[] buffer = new byte[1 << 16];
      for (Part part : parts) {
        etagDigest.update(HexFormat.of().parseHex(part.md5()));
        try (InputStream in = multipart.read(part.entry(), 0, part.entry().size())) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            body.write(buffer, 0, n);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      body.abort();
      throw R2Limits.failure(op, R2Limits.Failure.INTERNAL_ERROR);
    }
    body.finish();
    String etag = HexFormat.of().formatHex(etagDigest.digest()) + "-" + parts.size();
    StoredObject object = new StoredObject(key, newVersion(), body.size(), etag, clock.millis(), Map.of(),
        httpMetadata(record.get("httpMetadata")), strings(record.get("customMetadata")));
    objects.put(key, body.blob(), object.toMetadata());
    removeParts(uploadId);
    setState(uploadId, record, COMPLETED);
    return object;
  }

  /**
   * Aborts an upload; aborting a finished upload does nothing.
   *
   * @param key the object's key
   * @param uploadId the upload
   */
  public synchronized void abortMultipartUpload(String key, String uploadId) {
    checkKey("abortMultipartUpload", key);
    JsonNode record = upload(key, uploadId);
    if (record == null) {
      throw R2Limits.failure("abortMultipartUpload", R2Limits.Failure.INTERNAL_ERROR);
    }
    if (!record.path("state").asText().equals(IN_PROGRESS)) {
      return;
    }
    removeParts(uploadId);
    setState(uploadId, record, ABORTED);
  }

  private void removeParts(String uploadId) {
    for (BlobEntry part : multipart.list(uploadId + "/", null, R2Limits.MAX_PART_NUMBER + 1)) {
      multipart.delete(part.key());
    }
  }

  private static JsonNode readJson(String text) {
    try {
      return StoredObject.JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks MD5", e);
    }
  }

  /** The bucket's whole state: objects and uploads. */
  public record Snapshot(BlobSnapshot objects, BlobSnapshot multipart) {}

  public synchronized Snapshot snapshot() {
    return new Snapshot(objects.snapshot(), multipart.snapshot());
  }

  public synchronized void restore(Snapshot snapshot) {
    objects.restore(snapshot.objects());
    multipart.restore(snapshot.multipart());
  }

  @Override
  public synchronized void close() {
    objects.close();
    multipart.close();
  }
}
