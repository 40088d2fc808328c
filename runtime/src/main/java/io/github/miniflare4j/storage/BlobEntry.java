package io.github.miniflare4j.storage;

/**
 * One object of a {@link BlobStore}: its key, the size of its body, its metadata text, and a
 * reference to the body that only the store that made it understands.
 *
 * @param key the key
 * @param size the body's length in bytes
 * @param metadata the metadata text given to {@link BlobStore#put}
 * @param body the store's reference to the body (chunks in memory, a file name on disk)
 */
public record BlobEntry(String key, long size, String metadata, Object body) {}
