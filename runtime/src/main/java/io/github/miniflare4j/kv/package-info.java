/**
 * KV namespaces: the worker binding, its semantics over the storage layer, its limits, and the
 * Java handle.
 *
 * <ul>
 *   <li>{@link io.github.miniflare4j.kv.KvLimits}: every limit and message, worded as Miniflare
 *       4 and workerd word them; the binding script {@code kv/kv.js} reads the client-side ones from it.
 *   <li>{@code KvOperations} (package-private): the semantics over one namespace's {@link
 *       io.github.miniflare4j.storage.KeyValueStore} &mdash; checks in the recorded order,
 *       expiry on the instance clock, list pagination with base64 cursors. Shared by the worker
 *       binding and the Java handle.
 *   <li>{@code KvBinding} (package-private) and {@code internal.KvNamespaceHost}: {@code
 *       env.NAME} in a worker; the prelude does workerd's argument conversions and calls the host
 *       on the worker's loop thread.
 *   <li>{@link io.github.miniflare4j.kv.KvNamespace}: the synchronous Java handle ({@code
 *       Miniflare.getKVNamespace}), with {@link io.github.miniflare4j.kv.KvPutOptions}, {@link
 *       io.github.miniflare4j.kv.KvEntry}, {@link io.github.miniflare4j.kv.KvKey} and {@link
 *       io.github.miniflare4j.kv.KvListResult}; refusals are {@link
 *       io.github.miniflare4j.kv.KvException}s.
 *   <li>{@link io.github.miniflare4j.kv.KvStorage}: the namespaces of an instance by id, in
 *       memory or persisted on SQLite, with snapshots of all of them for per-test isolation.
 * </ul>
 */
package io.github.miniflare4j.kv;
