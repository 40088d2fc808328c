package io.github.miniflare4j.images;

import io.github.miniflare4j.images.internal.HostedImageStore;
import java.util.List;

/**
 * The hosted images of a {@code Miniflare} instance ({@code env.IMAGES.hosted} in workers), for
 * seeding and assertions from Java. One store per instance, shared by every worker's binding
 * (as in Miniflare); reset between tests by the extension. Thread-safe.
 */
public final class HostedImages {

  private final HostedImageStore store;

  HostedImages(HostedImageStore store) {
    this.store = store;
  }

  /**
   * Stores an image as a worker's {@code hosted.upload(bytes, {id})} does (filename {@code
   * uploaded.jpg}, no metadata).
   *
   * @param id the image id
   * @param image the bytes
   * @return the image's details as JSON ({@code {id, filename, uploaded, ...}})
   * @throws IllegalArgumentException when the details exceed KV's metadata limit (a long id)
   */
  public String upload(String id, byte[] image) {
    com.fasterxml.jackson.databind.JsonNode outcome;
    try {
      outcome = new com.fasterxml.jackson.databind.ObjectMapper().readTree(store.upload(id, image.clone(), null));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    if (outcome.has("error")) {
      throw new IllegalArgumentException(outcome.get("error").asText());
    }
    return outcome.get("ok").toString();
  }

  /**
   * The ids of the stored images.
   *
   * @return the ids, in key order
   */
  public List<String> ids() {
    return store.ids();
  }

  /**
   * The bytes of an image.
   *
   * @param id the image id
   * @return a copy of the bytes, or {@code null} when there is no such image
   */
  public byte[] bytes(String id) {
    byte[] bytes = store.bytes(id);
    return bytes == null ? null : bytes.clone();
  }

  /**
   * The details of an image, as a worker's {@code hosted.image(id).details()} gives them.
   *
   * @param id the image id
   * @return the details as JSON, or {@code null}
   */
  public String details(String id) {
    return store.details(id);
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

  /** Deletes every image. */
  public void clear() {
    store.clear();
  }
}
