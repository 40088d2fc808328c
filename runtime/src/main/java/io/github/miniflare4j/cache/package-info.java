/**
 * The Cache API's storage: {@code caches.default} and {@code caches.open(name)} of every worker
 * of one instance.
 *
 * <ul>
 *   <li>{@link io.github.miniflare4j.cache.CacheStorage}: the caches of an instance by name, in
 *       memory ({@link io.github.miniflare4j.storage.InMemoryKeyValueStore} per cache), shared by
 *       all its workers as in Miniflare, with snapshots for per-test isolation. Started by
 *       {@link io.github.miniflare4j.cache.CachePlugin} for every instance, reached by the
 *       prelude as {@code host.plugin("cache")}.
 *   <li>{@code internal.CacheHost} and {@code internal.CachedEntry}: what the prelude's
 *       {@code cache.js} calls, over the stores of {@code internal.CacheStores}. The
 *       prelude applies Cloudflare's Cache-Control rules and throws workerd's errors; this
 *       package stores opaque entries (body bytes, expiry on the instance clock, response head
 *       as JSON).
 * </ul>
 */
package io.github.miniflare4j.cache;
