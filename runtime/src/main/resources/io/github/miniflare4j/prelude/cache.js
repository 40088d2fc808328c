// The Cache API (caches.default, caches.open) with Miniflare's rules: only GET requests,
// responses stored only when Cache-Control / Expires make them cacheable, expiry on the
// instance clock, matches marked "cf-cache-status: HIT". The entries live in Java
// (cache.CacheStorage), one storage per Miniflare instance shared by all its workers, as in
// Miniflare; caches.default is the cache named "" (so caches.open("") reaches it, as in Miniflare).

const CACHE_NAME_MAX = 1024;
const DEFAULT_CACHE = "";
const kCache = Symbol("cache");
let cacheHost = null;
function cacheStore() { return cacheHost ??= host.caches(); }

function notImplemented(method, className) {
  return new Error(`Failed to execute '${method}' on '${className}': the method is not implemented.`);
}

/** Cache-Control directives, lower-cased names; a directive without value maps to true. */
function cacheControl(value) {
  const directives = {};
  if (!value) return directives;
  for (const part of value.split(",")) {
    const [name, ...rest] = part.split("=");
    const key = name.trim().toLowerCase();
    if (key) directives[key] = rest.length ? rest.join("=").trim().replace(/^"|"$/g, "") : true;
  }
  return directives;
}

/** The response's time to live in ms, or null when Miniflare would not store it. */
function cacheTtl(headers, now) {
  const cc = cacheControl(headers.get("cache-control"));
  if (cc["no-store"] || cc["no-cache"] || cc["private"]) return null;
  if (headers.has("set-cookie")) return null;
  const seconds = (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) * 1000 : null);
  const ttl = seconds(cc["s-maxage"]) ?? seconds(cc["max-age"]);
  if (ttl !== null) return ttl > 0 ? ttl : null;
  const expires = headers.get("expires");
  if (expires !== null) {
    const at = Date.parse(expires);
    return Number.isFinite(at) && at > now ? at - now : null;
  }
  return null;
}

function cacheKey(input, method) {
  const request = input instanceof Request ? input : new Request(input);
  const url = new URL(request.url);
  url.hash = "";
  return { key: url.href, method: request.method };
}

class Cache {
  constructor(key, name = DEFAULT_CACHE) {
    if (key !== kCache) throw new TypeError("Illegal constructor");
    Object.defineProperty(this, kCache, { value: name });
  }
  async put(request, response) {
    if (!(response instanceof Response)) {
      throw new TypeError("Failed to execute 'put' on 'Cache': parameter 2 is not of type 'Response'.");
    }
    const { key, method } = cacheKey(request);
    if (method !== "GET") throw new TypeError("Cannot cache response to non-GET request.");
    if (response.status === 206) throw new TypeError("Cannot cache response to a range request (206 Partial Content).");
    const vary = response.headers.get("vary");
    if (vary !== null && vary.split(",").some((v) => v.trim() === "*")) throw new TypeError("Cannot cache response with 'Vary: *' header.");
    const body = new Uint8Array(await response.arrayBuffer());
    const now = host.now();
    const ttl = cacheTtl(response.headers, now);
    const name = cacheName(this);
    if (ttl === null) {
      cacheStore().delete(name, key);
      return undefined;
    }
    const headers = [...response.headers].filter(([name]) => name !== "age" && name !== "cf-cache-status");
    if (!response.headers.has("date")) headers.push(["date", new Date(now).toUTCString()]);
    const head = JSON.stringify({ status: response.status, statusText: response.statusText, headers, storedAt: now });
    cacheStore().put(name, key, body, now + ttl, head);
    return undefined;
  }
  async match(request, options = undefined) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'match' on 'Cache': parameter 1 is not of type 'Request or string'.");
    }
    const { key, method } = cacheKey(request);
    if (method !== "GET" && !options?.ignoreMethod) return undefined;
    const now = host.now();
    const stored = cacheStore().match(cacheName(this), key, now);
    if (stored == null) return undefined;
    const entry = JSON.parse(stored.head());
    const body = bytesFromHost(stored.body());
    const headers = new Headers(entry.headers);
    headers.set("age", String(Math.floor((now - entry.storedAt) / 1000)));
    headers.set("cf-cache-status", "HIT");
    headers.set("content-length", String(body.length));
    const nullBody = [101, 204, 205, 304].includes(entry.status);
    return new Response(nullBody ? null : body, { status: entry.status, statusText: entry.statusText, headers });
  }
  async delete(request, options = undefined) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'delete' on 'Cache': parameter 1 is not of type 'Request or string'.");
    }
    const { key, method } = cacheKey(request);
    if (method !== "GET" && !options?.ignoreMethod) return false;
    return cacheStore().delete(cacheName(this), key);
  }
  async add() { throw notImplemented("add", "Cache"); }
  async addAll() { throw notImplemented("addAll", "Cache"); }
  async keys() { throw notImplemented("keys", "Cache"); }
  async matchAll() { throw notImplemented("matchAll", "Cache"); }
}
Object.defineProperty(Cache.prototype, Symbol.toStringTag, { value: "Cache", configurable: true });

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
  async open(name) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'open' on 'CacheStorage': parameter 1 is not of type 'string'.");
    }
    name = String(name);
    if (name.length > CACHE_NAME_MAX) throw new TypeError("Cache name is too long.");
    // Each open() gives a new Cache object over the same named store, as in workerd.
    return new Cache(kCache, name);
  }
  async has() { throw notImplemented("has", "CacheStorage"); }
  async keys() { throw notImplemented("keys", "CacheStorage"); }
  async delete() { throw notImplemented("delete", "CacheStorage"); }
  async match() { throw notImplemented("match", "CacheStorage"); }
}
Object.defineProperty(CacheStorage.prototype, Symbol.toStringTag, { value: "CacheStorage", configurable: true });

defineGlobal("Cache", Cache);
defineGlobal("CacheStorage", CacheStorage);
defineGlobal("caches", new CacheStorage(kCache));
