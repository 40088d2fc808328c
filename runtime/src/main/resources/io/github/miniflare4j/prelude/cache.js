// The Cache API (caches.default, caches.open) with Miniflare's rules: only GET requests,
// responses stored only when Cache-Control / Expires make them cacheable, expiry on the
// instance clock, matches marked "cf-cache-status: HIT". The entries live in Java
// (cache.CacheStorage), one storage per Miniflare instance shared by all its workers, as in
// Miniflare; caches.default is the cache named "" (so caches.open("") reaches it, as in Miniflare).
// The classes are here; their implementation (cache-impl.js) is loaded on the first put, match or
// delete.

// @imports utf8Encoder, illegalInvocation, defineGlobal, hiddenConstructor, ioOutcome, lazyModule from core.js
// @exports cacheName

// the longest cache name, in UTF-8 bytes (lone surrogates count as U+FFFD)
const CACHE_NAME_MAX = 1023;
const DEFAULT_CACHE = "";
const kCache = Symbol("cache");

/** The error of a method workerd does not implement, thrown synchronously (recorded). */
function notImplemented(method, className) {
  return new Error(`Failed to execute '${method}' on '${className}': the method is not implemented.`);
}

class Cache {
  constructor(key, name = DEFAULT_CACHE) {
    if (key !== kCache) throw new TypeError("Illegal constructor");
    Object.defineProperty(this, kCache, { value: name });
  }
  // another receiver throws Illegal invocation first, synchronously (recorded)
  add() { cacheName(this); throw notImplemented("add", "Cache"); }
  addAll() { cacheName(this); throw notImplemented("addAll", "Cache"); }
  delete(request = undefined, options = undefined) { return lazyModule("cache-impl.js").cacheDelete(this, arguments.length, request, options); }
  match(request = undefined, options = undefined) { return lazyModule("cache-impl.js").cacheMatch(this, arguments.length, request, options); }
  put(request = undefined, response) { return lazyModule("cache-impl.js").cachePut(this, arguments.length, request, response); }
  matchAll() { cacheName(this); throw notImplemented("matchAll", "Cache"); }
  keys() { cacheName(this); throw notImplemented("keys", "Cache"); }
}
Object.defineProperty(Cache.prototype, Symbol.toStringTag, { value: "Cache", configurable: true });
// put, match and delete answer as I/O does (ioOutcome): on a later task, not once the event has ended
for (const name of ["put", "match", "delete"]) {
  const method = Cache.prototype[name];
  const value = { [name](...args) { cacheName(this); return ioOutcome(method.apply(this, args)); } }[name];
  Object.defineProperty(value, "length", { value: method.length });
  Object.defineProperty(Cache.prototype, name, { value, writable: true, enumerable: false, configurable: true });
}

function cacheName(cache) {
  const name = cache?.[kCache];
  if (typeof name !== "string") throw illegalInvocation();
  return name;
}

class CacheStorage {
  constructor(key) {
    if (key !== kCache) throw new TypeError("Illegal constructor");
    Object.defineProperty(this, "default", { value: new Cache(kCache), enumerable: true });
  }
  // another receiver throws Illegal invocation first, synchronously (recorded)
  open(name = undefined) {
    cacheStorageCheck(this);
    return openCache(arguments.length, name);
  }
  delete() { cacheStorageCheck(this); throw notImplemented("delete", "CacheStorage"); }
  match() { cacheStorageCheck(this); throw notImplemented("match", "CacheStorage"); }
  has() { cacheStorageCheck(this); throw notImplemented("has", "CacheStorage"); }
  keys() { cacheStorageCheck(this); throw notImplemented("keys", "CacheStorage"); }
}
Object.defineProperty(CacheStorage.prototype, Symbol.toStringTag, { value: "CacheStorage", configurable: true });

function cacheStorageCheck(storage) {
  if (!(storage instanceof CacheStorage) || !Object.prototype.hasOwnProperty.call(storage, "default")) throw illegalInvocation();
}

/** CacheStorage.open given `count` arguments: a new Cache object over the named store, as in workerd. */
async function openCache(count, name) {
  if (count === 0) {
    throw new TypeError("Failed to execute 'open' on 'CacheStorage': parameter 1 is not of type 'string'.");
  }
  name = String(name);
  if (utf8Encoder.encode(name).length > CACHE_NAME_MAX) throw new TypeError("Cache name is too long.");
  return new Cache(kCache, name);
}

defineGlobal("Cache", hiddenConstructor(Cache, "Cache"));
defineGlobal("CacheStorage", hiddenConstructor(CacheStorage, "CacheStorage"));
defineGlobal("caches", new CacheStorage(kCache));
