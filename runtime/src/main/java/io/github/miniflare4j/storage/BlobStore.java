package io.github.miniflare4j.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Named binary objects: each key holds a body (bytes of any size, written and read as streams)
 * and a metadata text the caller defines (usually JSON). Keys are ordered by UTF-8 bytes ({@link
 * Utf8Order}). What R2 buckets (and any later kind with large values) store.
 *
 * <p>A body is written through a {@link BlobWriter} from {@link #newBody()} and becomes visible
 * only when {@link #put} links it to a key, all at once: a write that is abandoned or interrupted
 * leaves the previous object as it was. Entries are immutable; reading an entry's body keeps
 * working after the key is replaced or deleted.
 *
 * <p>Two implementations: {@link #inMemory()} (byte chunks; {@link #snapshot()} and {@link
 * #restore} are O(1), copy-on-write) and {@link #open(Path)} (metadata in SQLite, one file per
 * body, written to a temporary file and renamed). Thread-safe.
 */
public interface BlobStore extends AutoCloseable {

  /**
   * An empty store in memory.
   *
   * @return the store
   */
  static BlobStore inMemory() {
    return new InMemoryBlobStore();
  }

  /**
   * A store persisted under a directory ({@code index.sqlite} for keys and metadata, {@code
   * blobs/} for bodies), created if needed; leftovers of interrupted writes are removed.
   *
   * @param directory the store's own directory, or {@code null} for a store in memory
   * @return the store
   * @throws StorageException when the directory or its index cannot be opened
   */
  static BlobStore open(Path directory) {
    return directory == null ? inMemory() : new FileBlobStore(directory);
  }

  /**
   * Starts a new body; nothing is visible until {@link #put}.
   *
   * @return a writer; {@link BlobWriter#abort()} it when the body is not used
   */
  BlobWriter newBody();

  /**
   * Links a finished body to a key, replacing any previous entry, in one step.
   *
   * @param key the key, any string
   * @param body a writer of this store, not yet used by another {@code put}
   * @param metadata the entry's metadata text, not {@code null}
   * @return the new entry
   * @throws StorageException when the body cannot be stored (the previous entry stays)
   */
  BlobEntry put(String key, BlobWriter body, String metadata);

  /**
   * The entry of a key.
   *
   * @param key the key
   * @return the entry, or {@code null} when there is none
   */
  BlobEntry get(String key);

  /**
   * Reads part of an entry's body.
   *
   * @param entry an entry of this store (even one replaced or deleted since)
   * @param offset the first byte, from 0 to the size
   * @param length how many bytes, at most size - offset
   * @return a stream of exactly those bytes; close it
   * @throws StorageException when the body cannot be read
   */
  InputStream read(BlobEntry entry, long offset, long length);

  /**
   * Removes a key.
   *
   * @param key the key
   * @return whether there was an entry
   */
  boolean delete(String key);

  /**
   * Entries in key order.
   *
   * @param prefix only keys starting with this ({@code ""} for all)
   * @param startAfter only keys after this one, or {@code null}
   * @param limit the most entries to return (at least 1)
   * @return the entries
   */
  List<BlobEntry> list(String prefix, String startAfter, int limit);

  /**
   * The whole content, for {@link #restore}: independent of later writes.
   *
   * @return the snapshot
   */
  BlobSnapshot snapshot();

  /**
   * Puts the content back to a snapshot this store took (an in-memory store also takes another
   * in-memory store's: their states are immutable once shared).
   *
   * @param snapshot a snapshot of this store
   * @throws IllegalArgumentException when the snapshot is another store's
   */
  void restore(BlobSnapshot snapshot);

  /** Releases files and memory; the store is not used afterwards. */
  @Override
  void close();
}
