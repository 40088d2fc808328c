package io.github.miniflare4j.cache.internal;

import io.github.miniflare4j.interop.JsOptions;
import io.github.miniflare4j.storage.KeyValueStore;
import io.github.miniflare4j.storage.StoredValue;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the prelude's {@code Cache} calls, on a worker's loop thread (several workers' threads at
 * once: the storage is thread-safe). Entries are opaque here: the prelude decides what is
 * cacheable and for how long, and encodes the response head as JSON. A host made for a worker
 * whose {@code cache.CacheSetting}s turn the cache off stores nothing and finds nothing.
 */
public final class CacheHost {

  private static final Logger LOG = LoggerFactory.getLogger(CacheHost.class);

  private final CacheStores storage;
  private final boolean enabled;
  private final boolean warnUsage;

  /**
   * The host of the workers with one set of Cache API settings.
   *
   * @param storage the instance's caches
   * @param enabled whether the workers' caches store anything
   * @param warnUsage whether the first cache operation logs the usage warning
   */
  public CacheHost(CacheStores storage, boolean enabled, boolean warnUsage) {
    this.storage = storage;
    this.enabled = enabled;
    this.warnUsage = warnUsage;
  }

  /** Whether the operation touches storage; logs the usage warning first when asked to. */
  private boolean active() {
    if (warnUsage) {
      storage.warnUsageOnce(LOG::warn);
    }
    return enabled;
  }

  /**
   * Stores or replaces the entry of {@code url} in cache {@code name}.
   *
   * @param entry the prelude's object {@code {name, url, body, expiresAt, head}}: the cache name
   *     ({@code ""} for {@code caches.default}), the request URL without fragment (the entry's
   *     key), the response body (a Uint8Array, copied), the epoch milliseconds on the instance
   *     clock after which the entry is gone, and the response head as JSON (status, status text,
   *     headers, time stored)
   */
  @HostAccess.Export
  public void put(Value entry) {
    if (!active()) {
      return;
    }
    JsOptions put = JsOptions.of(entry, "Cache put");
    byte[] bytes = put.bytes("body");
    storage.cache(put.string("name")).put(put.string("url"),
        new StoredValue(bytes == null ? new byte[0] : bytes, (long) put.number("expiresAt"), put.string("head")));
  }

  /**
   * The live entry of {@code url} in cache {@code name} at {@code now}; an expired entry is
   * evicted.
   *
   * @param name the cache name
   * @param url the request URL without fragment
   * @param now epoch milliseconds on the instance clock
   * @return the entry, or {@code null} when there is none or it expired
   */
  @HostAccess.Export
  public CachedEntry match(String name, String url, double now) {
    if (!active()) {
      return null;
    }
    KeyValueStore store = storage.existing(name);
    StoredValue value = store == null ? null : store.get(url);
    if (value == null) {
      return null;
    }
    if (value.expiredAt((long) now)) {
      store.delete(url);
      return null;
    }
    return new CachedEntry(value);
  }

  /**
   * Removes the entry of {@code url} from cache {@code name}.
   *
   * @param name the cache name
   * @param url the request URL without fragment
   * @param now epoch milliseconds on the instance clock
   * @return whether there was an entry that had not expired at {@code now} (an expired one is
   *     removed all the same)
   */
  @HostAccess.Export
  public boolean delete(String name, String url, double now) {
    if (!active()) {
      return false;
    }
    KeyValueStore store = storage.existing(name);
    if (store == null) {
      return false;
    }
    StoredValue value = store.get(url);
    return store.delete(url) && value != null && !value.expiredAt((long) now);
  }
}
