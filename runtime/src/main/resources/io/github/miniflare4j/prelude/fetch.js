// The global fetch(): to Java (outbound handler or real HTTP), following redirects per mode,
// abortable through the request's AbortSignal. Messages are workerd's.

// @imports hostPromise, remoteOutcome, kState, defineGlobal, utf8Encoder, illegalInvocation, refuseInGlobalScope from core.js
// @imports serializeMimeType from body.js
// @imports atobImpl from globals.js
// @imports URL from url.js
// @imports Headers, joinHeaders from headers.js
// @imports Request, requestDataNow, requestDataStreaming, givenSignal, requestFields, knownBodyLength from request.js
// @imports responseFromHost, REDIRECT_STATUSES, Response, responseFields from response.js
// @exports fetchFollowingRedirects, abortRace, fetch, dataUrlResponse, withCacheTtl, withSubrequestHeaders

const MAX_REDIRECTS = 20;
const FETCH_SCHEMES = ["http:", "https:"];

/** Rejects when the signal aborts; `cleanup()` detaches the listener. */
function abortRace(signal) {
  let onAbort;
  const promise = new Promise((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
  });
  promise.catch(() => {});
  return { promise, cleanup: () => signal.removeEventListener("abort", onAbort) };
}

/**
 * The response to a data: URL, as the Fetch standard's data: URL processor makes it: the
 * percent-decoded (or, with ";base64", base64-decoded) bytes after the comma, with the MIME type
 * before it (text/plain;charset=US-ASCII when there is none); a method other than GET gets the
 * headers and no body (recorded).
 */
function dataUrlResponse(url, method) {
  const href = url.replace(/#.*$/s, "");
  const comma = href.indexOf(",");
  if (comma < 0) throw new TypeError(`Fetch API cannot load: ${url}`);
  let mime = href.slice("data:".length, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, "");
  let body = percentDecode(href.slice(comma + 1));
  const base64 = /;[\t\n\f\r ]*base64[\t\n\f\r ]*$/i.exec(mime);
  if (base64) {
    mime = mime.slice(0, base64.index);
    let binary;
    try {
      binary = atobImpl(String.fromCharCode(...body).replace(/[\t\n\f\r ]/g, ""));
    } catch {
      binary = ""; // workerd answers invalid base64 with an empty body (recorded)
    }
    body = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) body[i] = binary.charCodeAt(i);
  }
  if (mime.startsWith(";")) mime = "text/plain" + mime;
  const type = serializeMimeType(mime) || "text/plain;charset=US-ASCII";
  return new Response(method === "GET" ? body : null, { status: 200, statusText: "OK", headers: { "content-type": type } }); // its url stays "" (recorded)
}

/** The bytes of a string with %XX escapes decoded (other characters as UTF-8). */
function percentDecode(text) {
  const bytes = utf8Encoder.encode(text);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  const hexValue = (c) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 37 && i + 2 < bytes.length && hexValue(bytes[i + 1]) >= 0 && hexValue(bytes[i + 2]) >= 0) {
      out[n++] = hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]);
      i += 2;
    } else {
      out[n++] = bytes[i];
    }
  }
  return out.slice(0, n);
}

/**
 * A subrequest's data with the headers workerd adds: Content-Length for a body of known length,
 * chunked for one of unknown length; with `cache: "no-store"`, Cache-Control and Pragma
 * `no-cache` and a cf that bypasses the cache (cacheTtl -1, cacheLevel "bypass"); the target sees
 * them (recorded).
 */
function withSubrequestHeaders(current, data) {
  const given = requestFields.headers(current);
  let headers = null;
  if (data.body !== null && data.body !== undefined && !given.has("content-length") && !given.has("transfer-encoding")) {
    const length = data.streamLength !== undefined ? data.streamLength : knownBodyLength(current, data.body);
    headers = new Headers(given);
    if (length === null) headers.set("transfer-encoding", "chunked");
    else headers.set("content-length", String(length));
  }
  if (current.cache === "no-store") {
    headers ??= new Headers(given);
    if (!headers.has("cache-control")) headers.set("cache-control", "no-cache");
    if (!headers.has("pragma")) headers.set("pragma", "no-cache");
    const cf = requestFields.cf(current);
    data = { ...data, cf: JSON.stringify({ ...(cf !== null && typeof cf === "object" ? cf : {}), cacheTtl: -1, cacheLevel: "bypass" }) };
  }
  return headers === null ? data : { ...data, headers: joinHeaders(headers) };
}

/**
 * A subrequest's cf.cacheTtl as workerd sends it: an integer TTL also becomes cf.cacheControl
 * ("max-age=N", "no-store" below zero), and may not be given with cacheControl (recorded).
 */
function withCacheTtl(data, cf) {
  const ttl = cf === null || typeof cf !== "object" ? undefined : cf.cacheTtl;
  if (!Number.isInteger(ttl)) return data;
  if (cf.cacheControl !== undefined) {
    throw new TypeError("The 'cacheControl' and 'cacheTtl' options on cf are mutually exclusive. Use 'cacheControl' for explicit Cache-Control header directives, or 'cacheTtl' for a simplified TTL, but not both.");
  }
  return { ...data, cf: JSON.stringify({ ...cf, cacheControl: ttl < 0 ? "no-store" : `max-age=${ttl}` }) };
}

async function fetchImpl(input, init) {
  const request = new Request(input, init);
  const signal = givenSignal(request); // null: nothing can abort it, so nothing to race
  if (signal !== null && signal.aborted) throw signal.reason;
  return fetchFollowingRedirects(request, async (current, data) => {
    // workerd fetches over HTTP(S) and answers data: URLs itself: no file: or other schemes
    // a Request's URL is unparsed text before fetch_standard_url (2024-06-03)
    let parsed;
    try { parsed = new URL(requestFields.url(current)); } catch { throw new TypeError(`Fetch API cannot load: ${requestFields.url(current)}`); }
    const scheme = parsed.protocol;
    if (scheme === "data:") return dataUrlResponse(requestFields.url(current), requestFields.method(current));
    if (!FETCH_SCHEMES.includes(scheme)) throw new TypeError(`Fetch API cannot load: ${requestFields.url(current)}`);
    // the target sees the URL without its credentials and fragment (recorded)
    if (parsed.username !== "" || parsed.password !== "" || parsed.hash !== "") {
      parsed.username = ""; parsed.password = ""; parsed.hash = "";
      data = { ...data, url: parsed.href };
    }
    data = withSubrequestHeaders(current, data);
    if (data.cf !== null && data.cf !== undefined) data = withCacheTtl(data, JSON.parse(data.cf));
    const pending = remoteOutcome(hostPromise((resolve, reject) => host.fetch(data, resolve, reject)));
    // the response's url is the request's without its fragment (credentials kept; recorded)
    const hash = requestFields.url(current).indexOf("#");
    const responseUrl = hash < 0 ? requestFields.url(current) : requestFields.url(current).slice(0, hash);
    // a worker answering (outboundService) can fail the body part-way, as through a binding
    const shape = { bodyErrors: true };
    if (signal === null) return responseFromHost(await pending, responseUrl, shape);
    const abort = abortRace(signal);
    try {
      return responseFromHost(await Promise.race([pending, abort.promise]), responseUrl, shape);
    } finally {
      abort.cleanup();
    }
  });
}

const ONE_TIME_BODY_REDIRECT = "A request with a one-time-use body (it was initialized from a stream, not a buffer) encountered a redirect requiring the body to be retransmitted. To avoid this error in the future, construct this request from a buffer-like body initializer.";

/**
 * Sends `request` with `sendOnce(request, data)` and, unless its redirect mode is "manual",
 * follows redirects through the same `sendOnce`, as workerd does for the global fetch and for
 * service bindings: at most 20, 303 (and 301/302 of a non-GET/HEAD) turning into a GET without
 * body, 307/308 keeping method and body. With `truncateBody` (bindings), a request body whose
 * stream fails is sent as far as it was read (see requestToData). With `streamBody` (the target
 * is another worker), a live-stream body is sent as it is produced, and a redirect other than 303
 * fails as in workerd: the body cannot be sent twice.
 */
async function fetchFollowingRedirects(request, sendOnce, truncateBody = false, streamBody = false) {
  const visited = [];
  let current = request;
  for (;;) {
    visited.push(requestFields.url(current));
    // a buffered body is read without a turn of the microtask queue (each costs in the interpreter)
    const pending = streamBody ? requestDataStreaming(current) : requestDataNow(current, truncateBody);
    const data = pending instanceof Promise ? await pending : pending;
    const response = await sendOnce(current, data);
    if (!REDIRECT_STATUSES.includes(responseFields.status(response)) || request.redirect === "manual") {
      return visited.length > 1 ? Response[kState](response, requestFields.url(current), true) : response;
    }
    const location = response.headers.get("location");
    // no Location, or an empty one, leaves the redirect to the caller (recorded)
    if (location === null || location === "") return response;
    if (visited.length > MAX_REDIRECTS) throw new TypeError("Too many redirects." + visited.join(", "));
    let next;
    try {
      next = new URL(location, requestFields.url(current)).href;
    } catch {
      throw new TypeError("Invalid Location header; unable to follow redirect.");
    }
    // a body sent as it was produced cannot be sent again: any redirect but 303 fails (recorded)
    if (data.pumpBody !== undefined && responseFields.status(response) !== 303) throw new TypeError(ONE_TIME_BODY_REDIRECT);
    const keepBody = responseFields.status(response) === 307 || responseFields.status(response) === 308;
    const method = !keepBody && current.method !== "HEAD" && current.method !== "GET" ? "GET" : current.method;
    const headers = new Headers(current.headers);
    // a redirect that drops the body keeps the other headers, Content-Type included (recorded)
    if (!keepBody) headers.delete("content-length");
    current = new Request(next, { method, headers, body: keepBody ? data.body : undefined, redirect: request.redirect });
  }
}

function fetch(input = undefined, init = undefined) { // (length 0, as setTimeout's)
  // called on another object (`obj.fetch = fetch; obj.fetch(...)`) it throws at once, as in workerd (recorded)
  if (this !== undefined && this !== globalThis) throw illegalInvocation();
  if (arguments.length === 0) {
    return Promise.reject(new TypeError("Failed to execute 'fetch' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'Request or string'."));
  }
  if (init !== undefined && init !== null && typeof init !== "object" && typeof init !== "function") {
    return Promise.reject(new TypeError("Failed to execute 'fetch' on 'ServiceWorkerGlobalScope': parameter 2 is not of type 'RequestInitializerDict or Request'."));
  }
  try {
    refuseInGlobalScope(); // at the worker's top level: a rejected promise (recorded)
    return fetchImpl(input, init);
  } catch (e) {
    return Promise.reject(e);
  }
}
defineGlobal("fetch", fetch);
