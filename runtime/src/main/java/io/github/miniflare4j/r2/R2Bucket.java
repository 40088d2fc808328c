package io.github.miniflare4j.r2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.internal.ContentTypes;
import io.github.miniflare4j.r2.internal.BodyWriter;
import io.github.miniflare4j.r2.internal.BucketStorage;
import io.github.miniflare4j.r2.internal.StoredObject;
import io.github.miniflare4j.storage.Utf8Order;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Java handle on an R2 bucket, for tests: the same objects, limits and errors as the worker's
 * {@code env.BUCKET}, visible to the workers at once. Get one with {@code
 * miniflare.getBinding(R2Bucket.class, "BUCKET")} or inject it with {@code @Binding("BUCKET")
 * R2Bucket bucket}. Refused operations throw {@link R2Exception} with R2's message and code and
 * leave the bucket unchanged.
 */
public final class R2Bucket {

  private final BucketStorage bucket;

  R2Bucket(BucketStorage bucket) {
    this.bucket = bucket;
  }

  /**
   * The bucket's name.
   *
   * @return the bucket name (not the binding name)
   */
  public String bucketName() {
    return bucket.name();
  }

  /**
   * Stores text as UTF-8.
   *
   * @param key the key (at most 1024 UTF-8 bytes)
   * @param text the body
   * @return the stored object
   */
  public R2Object put(String key, String text) {
    return put(key, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Stores bytes.
   *
   * @param key the key
   * @param body the body
   * @return the stored object
   */
  public R2Object put(String key, byte[] body) {
    return put(key, body, Map.of(), Map.of());
  }

  /**
   * Stores bytes with metadata.
   *
   * @param key the key
   * @param body the body
   * @param httpMetadata {@code contentType}, {@code contentLanguage}, {@code contentDisposition},
   *     {@code contentEncoding}, {@code cacheControl}
   * @param customMetadata the custom metadata (keys and values at most 2048 characters together)
   * @return the stored object
   */
  public R2Object put(String key, byte[] body, Map<String, String> httpMetadata, Map<String, String> customMetadata) {
    BodyWriter writer = bucket.newBody(null);
    try {
      writer.write(body);
    } catch (RuntimeException e) {
      writer.abort();
      throw e;
    }
    return bucket.put(key, writer, options(httpMetadata, customMetadata)).toPublic();
  }

  /**
   * Stores a stream, read to its end without holding it in memory (when the bucket persists).
   *
   * @param key the key
   * @param body the body; read fully, not closed
   * @return the stored object
   * @throws UncheckedIOException when the stream fails (nothing is stored)
   */
  public R2Object put(String key, InputStream body) {
    return put(key, body, Map.of());
  }

  /**
   * Stores a stream with HTTP metadata, read to its end without holding it in memory (when the
   * bucket persists).
   *
   * @param key the key
   * @param body the body; read fully, not closed
   * @param httpMetadata {@code contentType}, {@code contentLanguage}, {@code contentDisposition},
   *     {@code contentEncoding}, {@code cacheControl}
   * @return the stored object
   * @throws UncheckedIOException when the stream fails (nothing is stored)
   */
  public R2Object put(String key, InputStream body, Map<String, String> httpMetadata) {
    BodyWriter writer = bucket.newBody(null);
    try {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = body.read(buffer)) > 0; ) {
        writer.write(buffer, 0, n);
      }
    } catch (IOException e) {
      writer.abort();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      writer.abort();
      throw e;
    }
    return bucket.put(key, writer, options(httpMetadata, Map.of())).toPublic();
  }

  /**
   * Seeds the bucket from a folder: every regular file below it becomes an object keyed by its
   * path relative to the folder ({@code /}-separated), its content type taken from the file
   * name's extension as static assets are typed ({@code text/*} with {@code charset=utf-8};
   * none for unknown extensions). Files are streamed, not read whole.
   *
   * @param directory the folder (of any file system, a jar's included)
   * @return the stored objects, in key order
   * @throws UncheckedIOException when the folder cannot be read (objects stored so far stay)
   */
  public List<R2Object> putDirectory(Path directory) {
    List<R2Object> stored = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String key = directory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        String type = ContentTypes.of(file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file)) {
          stored.add(put(key, in, type == null ? Map.of() : Map.of("contentType", type)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot seed R2 bucket " + bucket.name() + " from " + directory + ": " + e.getMessage(), e);
    }
    stored.sort(Comparator.comparing(R2Object::key, Utf8Order.INSTANCE));
    return stored;
  }

  private static ObjectNode options(Map<String, String> httpMetadata, Map<String, String> customMetadata) {
    ObjectNode options = StoredObject.JSON.createObjectNode();
    options.set("httpMetadata", StoredObject.JSON.valueToTree(httpMetadata));
    options.set("customMetadata", StoredObject.JSON.valueToTree(customMetadata));
    return options;
  }

  /**
   * An object's attributes.
   *
   * @param key the key
   * @return the object, or empty when there is none
   */
  public Optional<R2Object> head(String key) {
    return Optional.ofNullable(bucket.head(key)).map(StoredObject::toPublic);
  }

  /**
   * An object's body.
   *
   * @param key the key
   * @return the bytes, or {@code null} when there is no such object
   */
  public byte[] getBytes(String key) {
    try (InputStream in = openStream(key)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An object's body as UTF-8 text.
   *
   * @param key the key
   * @return the text, or {@code null} when there is no such object
   */
  public String getText(String key) {
    byte[] bytes = getBytes(key);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * An object's body as a stream, read from storage as it is consumed.
   *
   * @param key the key
   * @return the stream (close it), or {@code null} when there is no such object
   */
  public InputStream openStream(String key) {
    BucketStorage.Read read = bucket.get(key, null, null, null);
    return read == null ? null : read.body();
  }

  /**
   * Removes objects; missing keys are no error.
   *
   * @param keys the keys
   */
  public void delete(String... keys) {
    bucket.delete(List.of(keys));
  }

  /**
   * Every object whose key starts with a prefix, in key order, with its metadata.
   *
   * @param prefix the prefix ({@code ""} for all)
   * @return the objects
   */
  public List<R2Object> list(String prefix) {
    List<R2Object> all = new ArrayList<>();
    String cursor = null;
    do {
      ObjectNode options = StoredObject.JSON.createObjectNode();
      options.put("prefix", prefix);
      options.putArray("include").add("httpMetadata").add("customMetadata");
      if (cursor != null) {
        options.put("cursor", cursor);
      }
      BucketStorage.Page page = bucket.list(options);
      page.objects().forEach(o -> all.add(o.toPublic()));
      cursor = page.cursor();
    } while (cursor != null);
    return all;
  }

  /**
   * Every object of the bucket.
   *
   * @return the objects in key order
   */
  public List<R2Object> list() {
    return list("");
  }
}
