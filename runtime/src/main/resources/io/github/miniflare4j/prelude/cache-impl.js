// The Cache API's implementation (cache.js keeps the classes and `caches`): Miniflare's cache
// policy over Cache-Control / Expires, keys, ranges and conditional matches, over the entries in
// Java (cache.CacheStorage). Loaded on the first put, match or delete.

// @imports utf8Encoder, bytesFromHost, refuseInGlobalScope from core.js
// @imports URL from url.js
// @imports Headers, freezeHeaders, joinHeaders, headersFromJoined from headers.js
// @imports trimHttpWhitespace from text.js
// @imports Blob from blob.js
// @imports ReadableStream from streams.js
// @imports Request from request.js
// @imports Response from response.js
// @imports cacheName from cache.js
// @exports cacheDelete, cacheMatch, cachePut

let cacheHost = null;
function cacheStore() { return cacheHost ??= host.plugin("cache"); }

/**
 * Cache-Control directives as Miniflare's cache policy reads them: names kept as written (so
 * `MAX-AGE=60` is not `max-age`), a value is the text between the first and a second `=`,
 * trimmed and without surrounding quotes; a directive without `=` maps to true.
 */
function cacheControl(value) {
  const directives = {};
  if (!value) return directives;
  for (const part of value.trim().split(",")) {
    const equals = part.indexOf("=");
    if (equals < 0) {
      directives[part.trim()] = true;
      continue;
    }
    const next = part.indexOf("=", equals + 1);
    let v = part.slice(equals + 1, next < 0 ? part.length : next).trim();
    if (v.startsWith("\"")) v = v.slice(1);
    if (v.endsWith("\"")) v = v.slice(0, -1);
    directives[part.slice(0, equals).trim()] = v;
  }
  return directives;
}

/** An integer directive or header as parseInt reads it (leading digits), 0 when it has none. */
function numberOrZero(value) {
  const n = parseInt(value, 10);
  return Number.isFinite(n) ? n : 0;
}

// the statuses an HTTP cache understands (http-cache-semantics, which Miniflare's cache uses):
// a response with any other status (500, 418, ...) is never stored, whatever its Cache-Control;
// Miniflare does not store a 204 either, and such a put leaves an older entry in place (recorded)
const UNDERSTOOD_STATUSES = new Set([200, 203, 300, 301, 302, 303, 307, 308, 404, 405, 410, 414, 501]);
// the statuses whose responses may be stored without an explicit lifetime
const CACHEABLE_BY_DEFAULT = new Set([200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);
// the share of a response's age since Last-Modified it stays fresh for, without explicit expiry
const HEURISTIC_FRACTION = 0.1;
// the least lifetime of an `immutable` response, in the unit the policy compares it with (its
// milliseconds read as seconds, as Miniflare's policy library does)
const IMMUTABLE_MIN_TTL = 24 * 3600 * 1000;
const ONE_DAY_SECONDS = 24 * 3600;
// headers a cache never stores (Date is replaced by the time of the put)
const HOP_BY_HOP = new Set(["date", "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade"]);

/**
 * Miniflare's storage policy for one put (a shared cache, as http-cache-semantics applies it):
 * `null` when the response may not be stored (status, no-store, private, Set-Cookie, a request
 * with Authorization, no lifetime nor default cacheability), else `{ttl, headers}`: the time to
 * live in ms (0 stores nothing that a match could see) and the headers to store, an array of
 * pairs. `Cache-Control: private=set-cookie` lets a response with cookies be stored without
 * them: the directive is cut out of the (lower-cased) header and Set-Cookie dropped.
 */
function cachePolicy(status, responseHeaders, requestHeaders, now) {
  // the response reaches Miniflare's cache over HTTP: its fields as kj sends them (joinHeaders:
  // empty fields of the names kj indexes gone), each value trimmed as the text is parsed (recorded)
  const res = new Map();
  for (const [name, value] of headersFromJoined(joinHeaders(responseHeaders))) res.set(name, trimHttpWhitespace(value));
  const control = res.get("cache-control");
  if (control !== undefined && control.toLowerCase().includes("private=set-cookie")) {
    const lower = control.toLowerCase();
    const at = lower.indexOf("private=set-cookie");
    let cut = at + "private=set-cookie".length;
    if (lower[cut] === ";") cut++;
    res.set("cache-control", lower.slice(0, at) + lower.slice(cut));
    res.delete("set-cookie");
  }
  const cc = cacheControl(res.get("cache-control"));
  if (res.get("cache-control") === undefined && (res.get("pragma") ?? "").includes("no-cache")) cc["no-cache"] = true;
  const explicit = cc["s-maxage"] || cc["max-age"] || res.get("expires");
  const storable = UNDERSTOOD_STATUSES.has(status) && !cc["no-store"] && !cc["private"]
    && (!requestHeaders.get("authorization") || cc["must-revalidate"] || cc["public"] || cc["s-maxage"])
    && (explicit || cc["public"] || CACHEABLE_BY_DEFAULT.has(status))
    && !res.has("set-cookie");
  if (!storable) return null;
  const parsedDate = Date.parse(res.get("date"));
  const serverDate = Number.isFinite(parsedDate) ? parsedDate : now;
  const maxAge = policyMaxAge(cc, res, serverDate);
  const age = numberOrZero(res.get("age"));
  const fresh = maxAge - age;
  const ttl = Math.max(0, fresh, fresh + numberOrZero(cc["stale-if-error"]), fresh + numberOrZero(cc["stale-while-revalidate"])) * 1000;
  const headers = [];
  for (const [name, value] of res) {
    if (HOP_BY_HOP.has(name)) continue;
    if (name === "warning") {
      const kept = value.split(",").filter((w) => !isInformationalWarning(w));
      if (kept.length) headers.push([name, kept.join(",").trim()]);
      continue;
    }
    if (name !== "age") headers.push([name, value]);
  }
  if (age > ONE_DAY_SECONDS && !explicit && maxAge > ONE_DAY_SECONDS) {
    const warning = headers.find(([name]) => name === "warning");
    if (warning) warning[1] += ', 113 - "rfc7234 5.5.4"';
    else headers.push(["warning", '113 - "rfc7234 5.5.4"']);
  }
  headers.push(["age", String(Math.round(age))], ["date", new Date(now).toUTCString()]);
  return { ttl, headers };
}

/** A Warning header entry with a 1xx code, which a cache drops. */
function isInformationalWarning(entry) {
  const code = entry.trimStart();
  return code.length >= 3 && code[0] === "1" && code[1] >= "0" && code[1] <= "9" && code[2] >= "0" && code[2] <= "9";
}

/** The response's lifetime in seconds from its Date, as the shared-cache policy computes it. */
function policyMaxAge(cc, res, serverDate) {
  if (cc["no-cache"] || cc["proxy-revalidate"]) return 0;
  if (cc["s-maxage"]) return numberOrZero(cc["s-maxage"]);
  if (cc["max-age"]) return numberOrZero(cc["max-age"]);
  const least = cc["immutable"] ? IMMUTABLE_MIN_TTL : 0;
  const expiresHeader = res.get("expires");
  if (expiresHeader) {
    const expires = Date.parse(expiresHeader);
    return Number.isNaN(expires) || expires < serverDate ? 0 : Math.max(least, (expires - serverDate) / 1000);
  }
  const lastModified = Date.parse(res.get("last-modified"));
  if (Number.isFinite(lastModified) && serverDate > lastModified) {
    return Math.max(least, (serverDate - lastModified) / 1000 * HEURISTIC_FRACTION);
  }
  return least;
}

/** The entry's key: `cf.cacheKey` when the request sets one, else its URL without fragment. */
function cacheKey(input) {
  const request = input instanceof Request ? input : new Request(input);
  let url;
  // a Request's URL is unparsed text before fetch_standard_url (2024-06-03) (recorded)
  try { url = new URL(request.url); } catch { throw new TypeError("Invalid URL. Cache API keys must be fully-qualified, valid URLs."); }
  // workerd takes only URLs with an authority (http:, https:, ftp:, ...; not data: or mailto:)
  // and without credentials
  if (url.host === "" || url.username !== "" || url.password !== "") throw new TypeError("Invalid URL. Cache API keys must be fully-qualified, valid URLs.");
  const custom = request.cf?.cacheKey;
  if (custom !== undefined && custom !== null) return { key: "cf-cache-key:" + String(custom), method: request.method, request };
  url.hash = "";
  return { key: url.href, method: request.method, request };
}

/** Index just past the spaces (only U+0020) of `text` from `at`. */
function skipSpaces(text, at) {
  while (text[at] === " ") at++;
  return at;
}

/** One `start-end` part of a Range header (spaces allowed around), as [start|null, end|null], or undefined. */
function rangePart(part) {
  let at = skipSpaces(part, 0);
  let digits = at;
  while (part[at] >= "0" && part[at] <= "9") at++;
  const start = at > digits ? Number(part.slice(digits, at)) : null;
  at = skipSpaces(part, at);
  if (part[at] !== "-") return undefined;
  at = skipSpaces(part, at + 1);
  digits = at;
  while (part[at] >= "0" && part[at] <= "9") at++;
  const end = at > digits ? Number(part.slice(digits, at)) : null;
  if (skipSpaces(part, at) !== part.length || (start === null && end === null)) return undefined;
  return [start, end];
}

/**
 * The byte ranges of a `Range: bytes=...` header against a body of `size` bytes, as Miniflare's
 * cache reads them: an array of [start, end] (inclusive; empty = the whole body, as when the
 * header is just `bytes=`, a suffix range covers the whole body, or only `-0` suffixes are
 * given), or undefined when it cannot be satisfied (another unit, a malformed part, a start
 * past the end or after its end): a 416. `null` header: no ranges.
 */
function byteRanges(header, size) {
  if (header === null) return [];
  let at = skipSpaces(header, 0);
  if (header.slice(at, at + 5).toLowerCase() !== "bytes") return undefined;
  at = skipSpaces(header, at + 5);
  if (header[at] !== "=") return undefined;
  const rest = header.slice(at + 1);
  if (rest.trimStart() === "") return [];
  const ranges = [];
  for (const part of rest.split(",")) {
    const range = rangePart(part);
    if (range === undefined) return undefined;
    const [start, end] = range;
    if (start === null) {
      if (end >= size) return [];
      if (end > 0) ranges.push([size - end, size - 1]);
    } else {
      if ((end !== null && start > end) || start >= size) return undefined;
      ranges.push([start, end === null || end >= size ? size - 1 : end]);
    }
  }
  return ranges;
}

/** An entity tag's opaque value (`W/` and quotes removed), or undefined when it is not quoted. */
function entityTag(value) {
  let tag = value.trim();
  if (tag.startsWith("W/")) tag = tag.slice(2);
  return tag.length > 2 && tag[0] === "\"" && tag[tag.length - 1] === "\"" ? tag.slice(1, -1) : undefined;
}

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Epoch ms of an HTTP date in the one form Miniflare's cache compares (`Sun, 06 Nov 1994 08:49:37 GMT`), else NaN. */
function httpDate(value) {
  const digitsAt = (positions) => positions.every((i) => value[i] >= "0" && value[i] <= "9");
  const ok = value.length === 29 && DAY_NAMES.includes(value.slice(0, 3)) && value.slice(3, 5) === ", "
    && digitsAt([5, 6, 12, 13, 14, 15, 17, 18, 20, 21, 23, 24]) && value[7] === " " && MONTH_NAMES.includes(value.slice(8, 11))
    && value[11] === " " && value[16] === " " && value[19] === ":" && value[22] === ":" && value.slice(25) === " GMT";
  return ok ? Date.parse(value) : NaN;
}

/**
 * Whether the request's conditionals make the stored entry a 304: an If-None-Match listing the
 * entry's (quoted) ETag, weak or not, or `*`; else an If-Modified-Since not before its
 * Last-Modified (both in the IMF-fixdate form).
 */
function notModified(request, headers) {
  const ifNoneMatch = request.headers.get("if-none-match");
  const etagHeader = headers.get("etag");
  if (ifNoneMatch !== null && etagHeader !== null) {
    const etag = entityTag(etagHeader);
    if (etag !== undefined) {
      if (ifNoneMatch.trim() === "*") return true;
      if (ifNoneMatch.split(",").some((tag) => entityTag(tag) === etag)) return true;
    }
  }
  const ifModifiedSince = request.headers.get("if-modified-since");
  const lastModified = headers.get("last-modified");
  if (ifModifiedSince === null || lastModified === null) return false;
  return httpDate(lastModified) <= httpDate(ifModifiedSince);
}

/** The answer to a Range request: 206 with one range or multipart/byteranges. */
function rangeResponse(ranges, body, headers) {
  const size = body.length;
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

/** A stream of unknown length carrying bytes: the body of a match of an entry stored chunked. */
function unsizedStream(bytes) {
  return new ReadableStream({
    start(controller) {
      if (bytes.length > 0) controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** A matched response: its headers are immutable, as a fetched response's (recorded). */
function matched(response) {
  freezeHeaders(response.headers);
  return response;
}

/** workerd refuses the CacheQueryOptions fields it does not implement as soon as they are given (even false). */
function checkQueryOptions(options, op) {
  if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
    throw new TypeError(`Failed to execute '${op}' on 'Cache': parameter 2 is not of type 'CacheQueryOptions'.`);
  }
  for (const field of ["ignoreSearch", "ignoreVary"]) {
    if (options != null && options[field] !== undefined) {
      throw new Error(`The '${field}' field on 'CacheQueryOptions' is not implemented.`);
    }
  }
}

async function cacheDelete(cache, argc, request, options) {
  if (argc === 0) {
    throw new TypeError("Failed to execute 'delete' on 'Cache': parameter 1 is not of type 'Request or string'.");
  }
  checkQueryOptions(options, "delete");
  refuseInGlobalScope(); // at the worker's top level: a rejected promise (recorded)
  const { key, method } = cacheKey(request);
  if (method !== "GET" && !options?.ignoreMethod) return false;
  return cacheStore().delete(cacheName(cache), key, host.now());
}

async function cacheMatch(cache, argc, request, options) {
  if (argc === 0) {
    throw new TypeError("Failed to execute 'match' on 'Cache': parameter 1 is not of type 'Request or string'.");
  }
  checkQueryOptions(options, "match");
  refuseInGlobalScope(); // at the worker's top level: a rejected promise (recorded)
  const { key, method, request: incoming } = cacheKey(request);
  if (method !== "GET" && !options?.ignoreMethod) return undefined;
  const now = host.now();
  const stored = cacheStore().match(cacheName(cache), key, now);
  if (stored == null) return undefined;
  const entry = JSON.parse(stored.head());
  const body = bytesFromHost(stored.body());
  const headers = new Headers(entry.headers);
  headers.set("cf-cache-status", "HIT");
  if (!entry.chunked) headers.set("content-length", String(body.length));
  const ranges = byteRanges(incoming.headers.get("range"), body.length);
  if (ranges === undefined) {
    return matched(new Response(null, { status: 416, headers: { "content-range": `bytes */${body.length}`, "cf-cache-status": "HIT" } }));
  }
  if (notModified(incoming, headers)) {
    return matched(new Response(null, { status: 304, headers }));
  }
  if (ranges.length > 0) return matched(rangeResponse(ranges, body, headers));
  const nullBody = [101, 204, 205, 304].includes(entry.status);
  // the status text is not kept: a match has the status's standard one
  return matched(new Response(nullBody ? null : entry.chunked ? unsizedStream(body) : body, { status: entry.status, headers }));
}

async function cachePut(cache, argc, request, response) {
  if (argc === 0) {
    throw new TypeError("Failed to execute 'put' on 'Cache': parameter 1 is not of type 'Request or string'.");
  }
  if (!(response instanceof Response)) {
    throw new TypeError("Failed to execute 'put' on 'Cache': parameter 2 is not of type 'Response'.");
  }
  if (response.type === "error") throw new TypeError("Cache is unable to store an error response");
  const { key, method, request: keyRequest } = cacheKey(request);
  if (method !== "GET") throw new TypeError("Cannot cache response to non-GET request.");
  if (response.status === 206) throw new TypeError("Cannot cache response to a range request (206 Partial Content).");
  if (response.webSocket != null) {
    throw new TypeError("Worker tried to return a WebSocket in a response to a request which did not contain the header \"Upgrade: websocket\".");
  }
  const vary = response.headers.get("vary");
  if (vary !== null && vary.split(",").some((v) => v.trim() === "*")) throw new TypeError("Cannot cache response with 'Vary: *' header.");
  if (!response.bodyUsed && response.body !== null && response.body.locked) throw new TypeError("The ReadableStream has been locked to a reader.");
  // a body of unknown length (a stream) is stored, as workerd sends it, chunked: its matches
  // carry no Content-Length, even one the response named (recorded)
  const chunked = response.body !== null && internals.knownStreamLength(response.body) === undefined;
  const body = new Uint8Array(await response.arrayBuffer());
  const now = host.now();
  const policy = cachePolicy(response.status, response.headers, keyRequest.headers, now);
  const name = cacheName(cache);
  // a refused response leaves an older entry in place; one stored with no lifetime replaces
  // it and is gone at once
  if (policy === null) return undefined;
  if (policy.ttl <= 0) {
    cacheStore().delete(name, key, now);
    return undefined;
  }
  const headers = policy.headers.filter(([header]) => header !== "cf-cache-status" && !(chunked && header === "content-length"));
  const head = JSON.stringify(chunked ? { status: response.status, headers, chunked } : { status: response.status, headers });
  cacheStore().put({ name, url: key, body, expiresAt: now + policy.ttl, head });
  return undefined;
}
