package io.github.miniflare4j.images.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.storage.KeyRange;
import io.github.miniflare4j.storage.KeyValueStore;
import io.github.miniflare4j.storage.StoreSnapshot;
import io.github.miniflare4j.storage.StoredValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The hosted images of an instance ({@code env.IMAGES.hosted}), kept as Miniflare keeps them: one
 * key-value entry per image id, the bytes as value and the image's details ({@code {id, filename,
 * uploaded, requireSignedURLs, meta, variants, draft, creator?}}) as metadata. Shared by every
 * worker of the instance. Thread-safe as its store.
 */
public final class HostedImageStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEFAULT_LIST_LIMIT = 50;
  /** Miniflare keeps an image's details as KV metadata, whose JSON may take this many bytes. */
  private static final int MAX_METADATA_BYTES = 1024;
  /** {@code Date.prototype.toISOString()}. */
  private static final java.time.format.DateTimeFormatter ISO_MILLIS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

  private final KeyValueStore store;
  private final java.util.function.LongSupplier clock;
  private long lastUpload = Long.MIN_VALUE;

  /**
   * A store over a key-value namespace.
   *
   * @param store the namespace (in memory or SQLite)
   * @param clock the instance clock, epoch milliseconds
   */
  public HostedImageStore(KeyValueStore store, java.util.function.LongSupplier clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * The {@code uploaded} time of a new image: the clock's, made later than the previous upload's
   * so that listings keep the upload order (each upload takes over a millisecond in Miniflare).
   */
  private synchronized String uploadTime() {
    lastUpload = Math.max(clock.getAsLong(), lastUpload == Long.MIN_VALUE ? Long.MIN_VALUE : lastUpload + 1);
    return ISO_MILLIS.format(java.time.Instant.ofEpochMilli(lastUpload));
  }

  /**
   * Stores an image; the details are Miniflare's defaults completed by the upload's options.
   *
   * @param id the image id
   * @param image the bytes
   * @param optionsJson the upload options as JSON ({@code filename}, {@code requireSignedURLs},
   *     {@code metadata}, {@code creator}), or {@code null}
   * @return {@code {"ok": details}}, or {@code {"error": message}} when the details exceed KV's
   *     metadata limit
   */
  public String upload(String id, byte[] image, String optionsJson) {
    String uploaded = uploadTime();
    JsonNode options = parse(optionsJson);
    ObjectNode details = JSON.createObjectNode();
    details.put("id", id);
    details.set("filename", given(options, "filename", JSON.getNodeFactory().textNode("uploaded.jpg")));
    details.put("uploaded", uploaded);
    details.set("requireSignedURLs", given(options, "requireSignedURLs", JSON.getNodeFactory().booleanNode(false)));
    details.set("meta", given(options, "metadata", JSON.createObjectNode()));
    details.set("variants", JSON.createArrayNode().add("public"));
    details.put("draft", false);
    if (options.has("creator")) {
      details.set("creator", options.get("creator"));
    }
    return put(id, image, details);
  }

  /** Stores the entry as KV would: {@code {"ok": details}} or {@code {"error": KV's message}}. */
  private String put(String id, byte[] image, ObjectNode details) {
    String text = details.toString();
    int length = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (length > MAX_METADATA_BYTES) {
      return JSON.createObjectNode()
          .put("error", "KV PUT failed: 413 Metadata length of " + length + " exceeds limit of " + MAX_METADATA_BYTES + ".")
          .toString();
    }
    store.put(id, new StoredValue(image, null, text));
    return "{\"ok\":" + text + "}";
  }

  /**
   * The details of an image.
   *
   * @param id the image id
   * @return the details as JSON, or {@code null} when there is no such image
   */
  public String details(String id) {
    StoredValue value = store.get(id);
    return value == null ? null : value.metadataJson();
  }

  /**
   * The bytes of an image.
   *
   * @param id the image id
   * @return the bytes, or {@code null}
   */
  public byte[] bytes(String id) {
    StoredValue value = store.get(id);
    return value == null ? null : value.value();
  }

  /**
   * Changes an image's {@code requireSignedURLs}, {@code meta} (option {@code metadata}) and
   * {@code creator}, keeping what the options leave out.
   *
   * @param id the image id
   * @param optionsJson the options as JSON
   * @return {@code {"ok": details}} or {@code {"error": message}} as for {@link #upload}, or {@code
   *     null} when there is no such image
   */
  public String update(String id, String optionsJson) {
    StoredValue existing = store.get(id);
    if (existing == null || existing.metadataJson() == null) {
      return null;
    }
    JsonNode options = parse(optionsJson);
    ObjectNode details = (ObjectNode) parse(existing.metadataJson());
    replace(details, "requireSignedURLs", options.get("requireSignedURLs"));
    replace(details, "meta", options.get("metadata"));
    replace(details, "creator", options.get("creator"));
    return put(id, existing.value(), details);
  }

  /**
   * Deletes an image.
   *
   * @param id the image id
   * @return whether it existed
   */
  public boolean delete(String id) {
    return store.delete(id);
  }

  /**
   * Miniflare's listing: images by upload time then id (reversed for {@code sortOrder: "desc"}),
   * filtered by {@code creator}, a page of {@code limit} (50) after the image named by {@code
   * cursor}.
   *
   * @param optionsJson the options as JSON, or {@code null}
   * @return {@code {images, cursor?, listComplete}} as JSON
   */
  public String list(String optionsJson) {
    JsonNode options = parse(optionsJson);
    List<ObjectNode> all = new ArrayList<>();
    for (Map.Entry<String, StoredValue> e : store.list(KeyRange.all())) {
      if (e.getValue().metadataJson() != null) {
        all.add((ObjectNode) parse(e.getValue().metadataJson()));
      }
    }
    JsonNode creator = options.get("creator");
    if (creator != null && creator.isTextual() && !creator.asText().isEmpty()) {
      all.removeIf(i -> !creator.equals(i.get("creator")));
    }
    Comparator<ObjectNode> order = Comparator.<ObjectNode, String>comparing(i -> i.path("uploaded").asText(""))
        .thenComparing(i -> i.path("id").asText(""));
    all.sort("desc".equals(options.path("sortOrder").asText()) ? order.reversed() : order);
    int start = 0;
    JsonNode cursor = options.get("cursor");
    if (cursor != null && cursor.isTextual() && !cursor.asText().isEmpty()) {
      for (int i = 0; i < all.size(); i++) {
        if (cursor.asText().equals(all.get(i).path("id").asText())) {
          start = i + 1;
          break;
        }
      }
    }
    JsonNode limitNode = options.get("limit");
    int limit = limitNode != null && limitNode.isNumber() ? limitNode.asInt() : DEFAULT_LIST_LIMIT;
    int end = Math.max(start, Math.min(all.size(), start + Math.max(0, limit)));
    ArrayNode page = JSON.createArrayNode();
    all.subList(start, end).forEach(page::add);
    boolean more = start + limit < all.size();
    ObjectNode result = JSON.createObjectNode();
    result.set("images", page);
    if (more && !page.isEmpty()) {
      result.set("cursor", page.get(page.size() - 1).get("id"));
    }
    result.put("listComplete", !more);
    return result.toString();
  }

  /**
   * The ids of every image, in key order.
   *
   * @return the ids
   */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    store.list(KeyRange.all().withValues(false)).forEach(e -> ids.add(e.getKey()));
    return ids;
  }

  /** Removes every image. */
  public void clear() {
    store.clear();
  }

  /** @return the current content, for the per-test reset */
  public StoreSnapshot snapshot() {
    return store.snapshot();
  }

  /** @param snapshot content from {@link #snapshot()} */
  public void restore(StoreSnapshot snapshot) {
    store.restore(snapshot);
  }

  /** Closes the store. */
  public void close() {
    store.close();
  }

  private static void replace(ObjectNode details, String member, JsonNode value) {
    if (value != null && !value.isNull()) {
      details.set(member, value);
    }
  }

  private static JsonNode given(JsonNode options, String member, JsonNode absent) {
    JsonNode value = options.get(member);
    return value == null || value.isNull() ? absent : value;
  }

  private static JsonNode parse(String json) {
    if (json == null || json.isEmpty()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode node = JSON.readTree(json);
      return node == null || !node.isObject() ? JSON.createObjectNode() : node;
    } catch (IOException e) {
      throw new IllegalStateException("malformed JSON from the images binding script: " + json, e);
    }
  }
}
