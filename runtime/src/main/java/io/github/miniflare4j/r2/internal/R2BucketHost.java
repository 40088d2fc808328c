package io.github.miniflare4j.r2.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.miniflare4j.engine.JsValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * What the binding's JavaScript ({@code r2.js}) calls, on the worker's loop thread. The
 * JavaScript converts arguments and throws workerd's {@code TypeError}s / {@code RangeError}s;
 * everything stored or checked against stored data happens here through {@link BucketStorage}.
 * Options and results cross as JSON text; bodies cross as chunks. Storage errors are thrown as
 * {@link R2Exception}s, which the JavaScript turns into the {@code Error} they name.
 */
public final class R2BucketHost {

  /** How many bytes one read of a body hands to JavaScript. */
  private static final int CHUNK = 128 * 1024;

  private final BucketStorage bucket;

  public R2BucketHost(BucketStorage bucket) {
    this.bucket = bucket;
  }

  private static JsonNode json(String text) {
    try {
      return text == null ? StoredObject.JSON.createObjectNode() : StoredObject.JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("Malformed options from the R2 binding: " + e.getMessage(), e);
    }
  }

  /**
   * The object of a key without its body.
   *
   * @param key the key
   * @return the object as JSON text (range: the whole object), or {@code null}
   */
  @HostAccess.Export
  public String head(String key) {
    StoredObject object = bucket.head(key);
    return object == null ? null : object.toScript(0, object.size()).toString();
  }

  /**
   * Reads an object.
   *
   * @param key the key
   * @param optionsJson {@code {onlyIf?, range?, rangeHeader?}}
   * @return the outcome, or {@code null} when there is no such key
   */
  @HostAccess.Export
  public Outcome get(String key, String optionsJson) {
    JsonNode options = json(optionsJson);
    BucketStorage.Read read = bucket.get(key, Conditional.fromJson(options.get("onlyIf")), options.get("range"),
        options.hasNonNull("rangeHeader") ? options.get("rangeHeader").asText() : null);
    if (read == null) {
      return null;
    }
    String meta = read.object().toScript(read.range().offset(), read.range().length()).toString();
    return new Outcome(meta, read.body() == null ? null : new Reader(read.body()));
  }

  /**
   * A new body for {@link #put}.
   *
   * @param checksumAlgorithm the algorithm of the checksum to verify ({@code SHA-256}, ...), or
   *     {@code null}
   * @return the writer
   */
  @HostAccess.Export
  public Writer newBody(String checksumAlgorithm) {
    return new Writer(bucket.newBody(checksumAlgorithm));
  }

  /**
   * Stores a written body.
   *
   * @param key the key
   * @param body a writer of {@link #newBody}, every chunk written
   * @param optionsJson {@code {httpMetadata?, customMetadata?, onlyIf?, md5?|sha1?|...}}
   * @return the stored object as JSON text, or {@code null} when the precondition failed
   */
  @HostAccess.Export
  public String put(String key, Writer body, String optionsJson) {
    StoredObject object = bucket.put(key, body.body, json(optionsJson));
    return object == null ? null : object.toScript(-1, 0).toString();
  }

  /**
   * Removes keys.
   *
   * @param keysJson a JSON array of keys
   */
  @HostAccess.Export
  public void delete(String keysJson) {
    List<String> keys = new ArrayList<>();
    json(keysJson).forEach(k -> keys.add(k.asText()));
    bucket.delete(keys);
  }

  /**
   * Lists objects.
   *
   * @param optionsJson {@code {limit?, prefix?, cursor?, delimiter?, startAfter?, include?}}
   * @return {@code {objects, truncated, cursor?, delimitedPrefixes}} as JSON text
   */
  @HostAccess.Export
  public String list(String optionsJson) {
    BucketStorage.Page page = bucket.list(json(optionsJson));
    ObjectNode result = StoredObject.JSON.createObjectNode();
    ArrayNode objects = result.putArray("objects");
    page.objects().forEach(o -> objects.add(o.toScript(-1, 0)));
    result.put("truncated", page.cursor() != null);
    if (page.cursor() != null) {
      result.put("cursor", page.cursor());
    }
    ArrayNode prefixes = result.putArray("delimitedPrefixes");
    page.delimitedPrefixes().forEach(prefixes::add);
    return result.toString();
  }

  /**
   * Starts a multipart upload.
   *
   * @param key the key
   * @param optionsJson {@code {httpMetadata?, customMetadata?}}
   * @return the upload id
   */
  @HostAccess.Export
  public String createMultipartUpload(String key, String optionsJson) {
    return bucket.createMultipartUpload(key, json(optionsJson));
  }

  /**
   * A new body for {@link #uploadPart}.
   *
   * @return the writer
   */
  @HostAccess.Export
  public Writer newPart() {
    return new Writer(bucket.newPart());
  }

  /**
   * Stores a part.
   *
   * @param key the key
   * @param uploadId the upload
   * @param partNumber 1 to 10000
   * @param body a writer of {@link #newPart}, every chunk written
   * @return the part's etag
   */
  @HostAccess.Export
  public String uploadPart(String key, String uploadId, int partNumber, Writer body) {
    return bucket.uploadPart(key, uploadId, partNumber, body.body);
  }

  /**
   * Completes an upload.
   *
   * @param key the key
   * @param uploadId the upload
   * @param partsJson {@code [{partNumber, etag}]}
   * @return the object as JSON text
   */
  @HostAccess.Export
  public String completeMultipartUpload(String key, String uploadId, String partsJson) {
    List<BucketStorage.PartRef> parts = new ArrayList<>();
    json(partsJson).forEach(p -> parts.add(new BucketStorage.PartRef(p.path("partNumber").asInt(), p.path("etag").asText())));
    return bucket.completeMultipartUpload(key, uploadId, parts).toScript(-1, 0).toString();
  }

  /**
   * Aborts an upload.
   *
   * @param key the key
   * @param uploadId the upload
   */
  @HostAccess.Export
  public void abortMultipartUpload(String key, String uploadId) {
    bucket.abortMultipartUpload(key, uploadId);
  }

  /** The result of a get: the object and, unless its precondition failed, its body. */
  public static final class Outcome {
    private final String meta;
    private final Reader body;

    public Outcome(String meta, Reader body) {
      this.meta = meta;
      this.body = body;
    }

    /**
     * The object.
     *
     * @return JSON text
     */
    @HostAccess.Export
    public String meta() {
      return meta;
    }

    /**
     * The body.
     *
     * @return the reader, or {@code null} when the precondition failed
     */
    @HostAccess.Export
    public Reader body() {
      return body;
    }
  }

  /** A body being read by JavaScript, chunk by chunk. */
  public static final class Reader {
    private final InputStream in;
    private boolean closed;

    public Reader(InputStream in) {
      this.in = in;
    }

    /**
     * The next chunk.
     *
     * @return up to 128 KiB, or {@code null} at the end (the reader is then closed)
     */
    @HostAccess.Export
    public ByteBuffer read() {
      if (closed) {
        return null;
      }
      try {
        byte[] chunk = in.readNBytes(CHUNK);
        if (chunk.length == 0) {
          close();
          return null;
        }
        return ByteBuffer.wrap(chunk);
      } catch (IOException e) {
        close();
        throw R2Limits.failure("get", R2Limits.Failure.INTERNAL_ERROR);
      }
    }

    /** Stops reading (the stream was cancelled). */
    @HostAccess.Export
    public void close() {
      if (!closed) {
        closed = true;
        try {
          in.close();
        } catch (IOException e) {
          // nothing more is read
        }
      }
    }
  }

  /** A body being written by JavaScript, chunk by chunk. */
  public static final class Writer {
    private final BodyWriter body;

    public Writer(BodyWriter body) {
      this.body = body;
    }

    /**
     * Appends a chunk.
     *
     * @param chunk a Uint8Array
     */
    @HostAccess.Export
    public void write(Value chunk) {
      byte[] bytes = JsValues.bytesOrNull(chunk);
      if (bytes != null) {
        body.write(bytes);
      }
    }

    /** Discards the body (reading the value failed). */
    @HostAccess.Export
    public void abort() {
      body.abort();
    }
  }
}
