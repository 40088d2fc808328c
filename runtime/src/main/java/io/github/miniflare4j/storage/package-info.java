/**
 * The storage layer under the binding kinds: ordered key-value namespaces (KV), SQL databases
 * ({@link io.github.miniflare4j.storage.SqlDatabase}) and blob stores (R2).
 *
 * <ul>
 *   <li>{@link io.github.miniflare4j.storage.KeyValueStore}: the contract. Keys ordered by
 *       UTF-8 bytes ({@link io.github.miniflare4j.storage.Utf8Order}); values are {@link
 *       io.github.miniflare4j.storage.StoredValue}s (bytes, optional expiry in epoch ms,
 *       optional metadata JSON); point reads and writes, batches ({@code getAll}, {@code putAll}
 *       atomically on SQLite, {@code deleteAll}), range listing with {@link
 *       io.github.miniflare4j.storage.KeyRange} (prefix, start inclusive or exclusive, end
 *       exclusive, reverse, limit, skipping expired entries), {@code deleteExpired}, {@code
 *       clear}, and {@link io.github.miniflare4j.storage.StoreSnapshot snapshots} for
 *       per-test isolation. Thread-safe. Expiry is stored, not enforced.
 *   <li>{@link io.github.miniflare4j.storage.InMemoryKeyValueStore}: the default; snapshot and
 *       restore are O(1) (copy-on-write).
 *   <li>{@link io.github.miniflare4j.storage.SqliteKeyValueStore}: persistent, one SQLite file
 *       (WAL) per namespace, named by {@link io.github.miniflare4j.storage.NamespaceFiles} (ids
 *       that are not safe file names are encoded, never used as paths); a completed write
 *       survives the process being killed.
 *   <li>{@link io.github.miniflare4j.storage.BlobStore}: named bodies of any size with a metadata
 *       text, written and read as streams; in memory (byte chunks, O(1) copy-on-write
 *       snapshots) or on disk (metadata in SQLite, one file per body written to a temporary
 *       file and renamed, so an interrupted write never leaves a partial object).
 * </ul>
 *
 * <p>Binding packages put their semantics (validation, expiry, limits) on top; nothing here
 * knows about KV.
 */
package io.github.miniflare4j.storage;
