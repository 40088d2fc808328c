package io.github.miniflare4j.storage;

/**
 * A body being written into a {@link BlobStore}: bytes go in as they come (nothing is held whole
 * in memory by the persisted store), and {@link BlobStore#put} makes it an object's body. Not
 * thread-safe: one writer at a time.
 */
public interface BlobWriter {

  /**
   * Appends bytes.
   *
   * @param bytes the source
   * @param offset the first byte to append
   * @param length how many bytes
   * @throws StorageException when the bytes cannot be stored
   * @throws IllegalStateException when the writer was already put or aborted
   */
  void write(byte[] bytes, int offset, int length);

  /**
   * The number of bytes written so far.
   *
   * @return the size
   */
  long size();

  /** Discards the body (a write that failed or was not wanted); idempotent, never throws. */
  void abort();
}
