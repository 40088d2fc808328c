// The Cache API (caches.default, caches.open) with Miniflare's rules: only GET requests,
// responses stored only when Cache-Control / Expires make them cacheable, expiry on the
// instance clock, matches marked "cf-cache-status: HIT". The entries live in Java
// (cache.CacheStorage), one storage per Miniflare instance shared by all its workers, as in
// Miniflare; caches.default is the cache named "" (so caches.open("") reaches it, as in Miniflare).

// @imports utf8Encoder, bytesFromHost, illegalInvocation, defineGlobal from core.js
// @imports URL from url.js
// @imports Headers from headers.js
// @imports Blob from blob.js
// @imports Request from request.js
// @imports Response from response.js

const CACHE_NAME_MAX = 1024;
const DEFAULT_CACHE = "";
const kCache = Symbol("cache");
let cacheHost = null;
function cacheStore() { return cacheHost ??= host.plugin("cache"); }

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

/**
 * `Cache-Control: private=set-cookie` lets a response with cookies be stored without them, as
 * in Miniflare: the directive is cut out of the header (leaving the rest as written) and the
 * Set-Cookie headers dropped. Returns the headers to store (possibly the same object).
 */
function withoutPrivateCookies(headers) {
  const value = headers.get("cache-control");
  const directive = /private=(?:"set-cookie"|set-cookie)/i;
  if (value === null || !directive.test(value)) return headers;
  const copy = new Headers(headers);
  copy.set("cache-control", value.replace(directive, ""));
  copy.delete("set-cookie");
  return copy;
}

// the statuses an HTTP cache understands (http-cache-semantics, which Miniflare's cache uses):
// a response with any other status (500, 418, ...) is never stored, whatever its Cache-Control;
// Miniflare does not store a 204 either (recorded)
const UNDERSTOOD_STATUSES = new Set([200, 203, 206, 300, 301, 302, 303, 307, 308, 404, 405, 410, 414, 501]);
// the statuses whose responses may be cached on Last-Modified alone (heuristic freshness)
const CACHEABLE_BY_DEFAULT = new Set([200, 203, 300, 301, 308, 404, 405, 410, 414, 501]);
// the share of a response's age since Last-Modified it stays fresh for, without explicit expiry
const HEURISTIC_FRACTION = 0.1;

/**
 * The response's time to live in ms, or null when Miniflare would not store it: a shared
 * cache's rules as http-cache-semantics applies them (statuses, no-store/no-cache/private,
 * Set-Cookie, a request with Authorization, s-maxage over max-age over Expires, else a tenth of
 * the age since Last-Modified).
 */
function cacheTtl(status, headers, now, requestHeaders) {
  if (!UNDERSTOOD_STATUSES.has(status)) return null;
  const cc = cacheControl(headers.get("cache-control"));
  if (cc["no-store"] || cc["no-cache"] || cc["private"]) return null;
  if (headers.has("set-cookie")) return null;
  if (requestHeaders.has("authorization") && !cc["must-revalidate"] && !cc["public"] && cc["s-maxage"] === undefined) return null;
  const seconds = (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) * 1000 : null);
  const ttl = seconds(cc["s-maxage"]) ?? seconds(cc["max-age"]);
  if (ttl !== null) return ttl > 0 ? ttl : null;
  const expires = headers.get("expires");
  if (expires !== null) {
    const at = Date.parse(expires);
    return Number.isFinite(at) && at > now ? at - now : null;
  }
  const lastModified = headers.get("last-modified");
  if (lastModified !== null && CACHEABLE_BY_DEFAULT.has(status)) {
    const date = Date.parse(headers.get("date") ?? "");
    const age = (Number.isFinite(date) ? date : now) - Date.parse(lastModified);
    return Number.isFinite(age) && age > 0 ? Math.floor(age * HEURISTIC_FRACTION) : null;
  }
  return null;
}

/** The entry's key: `cf.cacheKey` when the request sets one, else its URL without fragment. */
function cacheKey(input) {
  const request = input instanceof Request ? input : new Request(input);
  const custom = request.cf?.cacheKey;
  if (custom !== undefined && custom !== null) return { key: "cf-cache-key:" + String(custom), method: request.method, request };
  let url;
  // a Request's URL is unparsed text before fetch_standard_url (2024-06-03) (recorded)
  try { url = new URL(request.url); } catch { throw new TypeError("Invalid URL. Cache API keys must be fully-qualified, valid URLs."); }
  url.hash = "";
  return { key: url.href, method: request.method, request };
}

/**
 * The byte ranges of a `Range: bytes=...` header against a body of `size` bytes: an array of
 * [start, end] (inclusive), [] when one starts past the end, none can be satisfied or the header cannot
 * be parsed (another unit, an empty part), or null when the whole body is answered (no header, or
 * one suffix range of zero or at least the whole body), as Miniflare's cache answers them (recorded).
 */
function byteRanges(header, size) {
  if (header === null) return null;
  const match = /^\s*bytes\s*=\s*(.+)$/i.exec(header);
  if (!match) return [];
  const parts = match[1].split(",");
  const ranges = [];
  for (const part of parts) {
    const range = /^\s*(\d*)\s*-\s*(\d*)\s*$/.exec(part);
    if (!range || (range[1] === "" && range[2] === "")) return [];
    let start, end;
    if (range[1] === "") {
      const suffix = Number(range[2]);
      if (parts.length === 1 && (suffix === 0 || suffix >= size)) return null;
      if (suffix === 0) continue;
      start = Math.max(0, size - suffix);
      end = size - 1;
    } else {
      start = Number(range[1]);
      if (range[2] !== "" && Number(range[2]) < start) return [];
      if (start >= size) return []; // one range past the end makes the whole header unsatisfiable (recorded)
      end = range[2] === "" ? size - 1 : Math.min(Number(range[2]), size - 1);
    }
    if (start < size) ranges.push([start, end]);
  }
  return ranges;
}

/** Whether the request's If-None-Match / If-Modified-Since make the stored entry a 304. */
function notModified(request, headers) {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const etag = headers.get("etag");
    if (etag === null) return false;
    const weakless = (tag) => tag.trim().replace(/^W\//, "");
    return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || weakless(tag) === weakless(etag));
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  const lastModified = headers.get("last-modified");
  if (ifModifiedSince === null || lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  const modified = Date.parse(lastModified);
  return Number.isFinite(since) && Number.isFinite(modified) && modified <= since;
}

/** The answer to a Range request: 206 with one range or multipart/byteranges, 416 when none fits. */
function rangeResponse(ranges, body, entry, headers) {
  const size = body.length;
  if (ranges.length === 0) {
    return new Response(null, { status: 416, headers: { "content-range": `bytes */${size}`, "cf-cache-status": "HIT" } });
  }
  if (ranges.length === 1) {
    const [start, end] = ranges[0];
    headers.set("content-range", `bytes ${start}-${end}/${size}`);
    headers.set("content-length", String(end - start + 1));
    return new Response(body.slice(start, end + 1), { status: 206, headers });
  }
  const boundary = "miniflare-boundary-" + crypto.randomUUID();
  const type = headers.get("content-type");
  const parts = [];
  for (const [start, end] of ranges) {
    parts.push(utf8Encoder.encode(`--${boundary}\r\n` + (type === null ? "" : `Content-Type: ${type}\r\n`)
      + `Content-Range: bytes ${start}-${end}/${size}\r\n\r\n`));
    parts.push(body.slice(start, end + 1));
    parts.push(utf8Encoder.encode("\r\n"));
  }
  parts.push(utf8Encoder.encode(`--${boundary}--`));
  headers.set("content-type", `multipart/byteranges; boundary=${boundary}`);
  return new Response(new Blob(parts), { status: 206, headers });
}

/** workerd refuses the CacheQueryOptions fields it does not implement as soon as they are given (even false). */
function checkQueryOptions(options) {
  for (const field of ["ignoreSearch", "ignoreVary"]) {
    if (options != null && options[field] !== undefined) {
      throw new Error(`The '${field}' field on 'CacheQueryOptions' is not implemented.`);
    }
  }
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
    const { key, method, request: keyRequest } = cacheKey(request);
    if (method !== "GET") throw new TypeError("Cannot cache response to non-GET request.");
    if (response.status === 206) throw new TypeError("Cannot cache response to a range request (206 Partial Content).");
    if (response.webSocket != null) {
      throw new TypeError("Worker tried to return a WebSocket in a response to a request which did not contain the header \"Upgrade: websocket\".");
    }
    const vary = response.headers.get("vary");
    if (vary !== null && vary.split(",").some((v) => v.trim() === "*")) throw new TypeError("Cannot cache response with 'Vary: *' header.");
    const body = new Uint8Array(await response.arrayBuffer());
    const now = host.now();
    const storedHeaders = withoutPrivateCookies(response.headers);
    const ttl = cacheTtl(response.status, storedHeaders, now, keyRequest.headers);
    const name = cacheName(this);
    if (ttl === null) {
      cacheStore().delete(name, key);
      return undefined;
    }
    const headers = [...storedHeaders].filter(([name]) => name !== "age" && name !== "cf-cache-status");
    if (!storedHeaders.has("date")) headers.push(["date", new Date(now).toUTCString()]);
    const head = JSON.stringify({ status: response.status, statusText: response.statusText, headers, storedAt: now });
    cacheStore().put({ name, url: key, body, expiresAt: now + ttl, head });
    return undefined;
  }
  async match(request, options = undefined) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'match' on 'Cache': parameter 1 is not of type 'Request or string'.");
    }
    checkQueryOptions(options);
    const { key, method, request: incoming } = cacheKey(request);
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
    if (entry.status === 200 && notModified(incoming, headers)) {
      return new Response(null, { status: 304, headers });
    }
    const ranges = entry.status === 200 ? byteRanges(incoming.headers.get("range"), body.length) : null;
    if (ranges !== null) return rangeResponse(ranges, body, entry, headers);
    const nullBody = [101, 204, 205, 304].includes(entry.status);
    // the status text is not kept: a match has the status's standard one
    return new Response(nullBody ? null : body, { status: entry.status, headers });
  }
  async delete(request, options = undefined) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'delete' on 'Cache': parameter 1 is not of type 'Request or string'.");
    }
    checkQueryOptions(options);
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
