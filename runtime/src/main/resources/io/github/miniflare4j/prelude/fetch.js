// The global fetch(): to Java (outbound handler or real HTTP), following redirects per mode,
// abortable through the request's AbortSignal. Messages are workerd's.

// @imports hostPromise, kState, defineGlobal, utf8Encoder, illegalInvocation from core.js
// @imports serializeMimeType from body.js
// @imports atobImpl from globals.js
// @imports URL from url.js
// @imports Headers from headers.js
// @imports Request, requestDataNow, givenSignal, requestFields from request.js
// @imports responseFromHost, REDIRECT_STATUSES, Response, responseFields from response.js
// @exports fetchFollowingRedirects, abortRace, fetch, dataUrlResponse

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
 * before it (text/plain;charset=US-ASCII when there is none).
 */
function dataUrlResponse(url) {
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
  return new Response(body, { status: 200, statusText: "OK", headers: { "content-type": type } }); // its url stays "" (recorded)
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

async function fetchImpl(input, init) {
  const request = new Request(input, init);
  const signal = givenSignal(request); // null: nothing can abort it, so nothing to race
  if (signal !== null && signal.aborted) throw signal.reason;
  return fetchFollowingRedirects(request, async (current, data) => {
    // workerd fetches over HTTP(S) and answers data: URLs itself: no file: or other schemes
    // a Request's URL is unparsed text before fetch_standard_url (2024-06-03)
    let scheme;
    try { scheme = new URL(requestFields.url(current)).protocol; } catch { throw new TypeError(`Fetch API cannot load: ${requestFields.url(current)}`); }
    if (scheme === "data:") return dataUrlResponse(requestFields.url(current));
    if (!FETCH_SCHEMES.includes(scheme)) throw new TypeError(`Fetch API cannot load: ${requestFields.url(current)}`);
    const pending = hostPromise((resolve, reject) => host.fetch(data, resolve, reject));
    if (signal === null) return responseFromHost(await pending, requestFields.url(current));
    const abort = abortRace(signal);
    try {
      return responseFromHost(await Promise.race([pending, abort.promise]), requestFields.url(current));
    } finally {
      abort.cleanup();
    }
  });
}

/**
 * Sends `request` with `sendOnce(request, data)` and, unless its redirect mode is "manual",
 * follows redirects through the same `sendOnce`, as workerd does for the global fetch and for
 * service bindings: at most 20, 303 (and 301/302 of a non-GET/HEAD) turning into a GET without
 * body, 307/308 keeping method and body. With `truncateBody` (bindings), a request body whose
 * stream fails is sent as far as it was read (see requestToData).
 */
async function fetchFollowingRedirects(request, sendOnce, truncateBody = false) {
  const visited = [];
  let current = request;
  for (;;) {
    visited.push(requestFields.url(current));
    // a buffered body is read without a turn of the microtask queue (each costs in the interpreter)
    const pending = requestDataNow(current, truncateBody);
    const data = pending instanceof Promise ? await pending : pending;
    const response = await sendOnce(current, data);
    if (!REDIRECT_STATUSES.includes(responseFields.status(response)) || request.redirect === "manual") {
      return visited.length > 1 ? Response[kState](response, requestFields.url(current), true) : response;
    }
    const location = response.headers.get("location");
    if (location === null) return response;
    if (visited.length > MAX_REDIRECTS) throw new TypeError("Too many redirects." + visited.join(", "));
    const next = new URL(location, requestFields.url(current)).href;
    const keepBody = responseFields.status(response) === 307 || responseFields.status(response) === 308;
    const method = !keepBody && current.method !== "HEAD" && current.method !== "GET" ? "GET" : current.method;
    const headers = new Headers(current.headers);
    if (!keepBody) { headers.delete("content-type"); headers.delete("content-length"); }
    current = new Request(next, { method, headers, body: keepBody ? data.body : undefined, redirect: request.redirect });
  }
}

function fetch(input, init = undefined) {
  // called on another object (`obj.fetch = fetch; obj.fetch(...)`) it throws at once, as in workerd (recorded)
  if (this !== undefined && this !== globalThis) throw illegalInvocation();
  if (arguments.length === 0) {
    return Promise.reject(new TypeError("Failed to execute 'fetch' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'Request or string'."));
  }
  if (init !== undefined && init !== null && typeof init !== "object" && typeof init !== "function") {
    return Promise.reject(new TypeError("Failed to execute 'fetch' on 'ServiceWorkerGlobalScope': parameter 2 is not of type 'RequestInitializerDict or Request'."));
  }
  try {
    return fetchImpl(input, init);
  } catch (e) {
    return Promise.reject(e);
  }
}
defineGlobal("fetch", fetch);
