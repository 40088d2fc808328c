// Request.

// @imports bytesFromHost, hostPromise, defineGlobal, illegalInvocation, newOnly, onConfigure, compatFlag, refuseInGlobalScope from core.js
// @imports isAsciiDigits from text.js
// @imports AbortController, AbortSignal from events.js
// @imports createReadableStream, newReaderState, readPromise, isBufferSource from streams.js
// @imports URL from url.js
// @imports Headers, headersFromFlat, headersFromJoined, freezeHeaders, copyHeadersGuard, joinHeaders, kAdoptHeaders, checkHeadersField from headers.js
// @imports Body, kBody, transferBody, extractBody, cloneBodyInto, bodyBytesForHost, bytesStillValid, checkReadable, BODY_USED from body.js
// @exports Request, requestFromHost, requestToData, requestDataNow, requestDataStreaming, requestFields, givenSignal, knownBodyLength

// The methods workerd knows (kj::HttpMethod); they are matched case-insensitively and
// upper-cased, anything else is refused.
const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "PURGE", "OPTIONS", "TRACE",
  "COPY", "LOCK", "MKCOL", "MOVE", "PROPFIND", "PROPPATCH", "SEARCH", "UNLOCK", "ACL", "REPORT",
  "MKACTIVITY", "CHECKOUT", "MERGE", "MSEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE", "QUERY", "BAN"]);

// The methods the Fetch standard upper-cases; before upper_case_all_http_methods (2024-10-14)
// workerd upper-cases only these and wants the others exactly as it spells them (recorded).
const STANDARD_METHODS = new Set(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"]);
const requestCompat = { upperCaseAll: true, cacheOption: true, noCache: false, standardUrl: true };
onConfigure(() => {
  requestCompat.standardUrl = compatFlag("fetch_standard_url", "2024-06-03", "fetch_legacy_url");
  requestCompat.upperCaseAll = compatFlag("upper_case_all_http_methods", "2024-10-14", "no_upper_case_all_http_methods");
  requestCompat.cacheOption = compatFlag("cache_option_enabled", "2024-11-11", "cache_option_disabled");
  requestCompat.noCache = requestCompat.cacheOption && compatFlag("cache_no_cache_enabled", "2025-08-07", "cache_no_cache_disabled");
  if (!requestCompat.cacheOption) delete Request.prototype.cache;
});

/**
 * A RequestInit cache mode: workerd knows "no-store", and "no-cache" from cache_no_cache_enabled
 * (2025-08-07); before cache_option_enabled (2024-11-11) the field itself is refused (recorded).
 */
function cacheMode(value) {
  if (!requestCompat.cacheOption) throw new Error("The 'cache' field on 'RequestInitializerDict' is not implemented.");
  const mode = String(value);
  if (mode !== "no-store" && !(mode === "no-cache" && requestCompat.noCache)) throw new TypeError(`Unsupported cache mode: ${mode}`);
  return mode;
}

function normalizeMethod(method) {
  method = String(method);
  const upper = method.toUpperCase();
  const known = requestCompat.upperCaseAll || STANDARD_METHODS.has(upper) ? upper : method;
  if (!KNOWN_METHODS.has(known)) throw new TypeError(`Invalid HTTP method string: ${method}`);
  return known;
}

// workerd refuses redirect: "error" along with any unknown mode.
const INVALID_REDIRECT = "Invalid redirect value, must be one of \"follow\" or \"manual\" (\"error\" won't be implemented since it does not make sense at the edge; use \"manual\" and check the response status code).";

// URL parsing is pure and costly in the interpreter: remember the last few parsed URLs, so
// repeated requests to the same URL (every test, every benchmark) parse it once.
const PARSED_URLS = new Map();
const PARSED_URLS_MAX = 256;
function parseRequestUrl(text) {
  let href = PARSED_URLS.get(text);
  if (href === undefined) {
    try { href = new URL(text).href; } catch { throw new TypeError(`Invalid URL: ${text}`); }
    if (PARSED_URLS.size >= PARSED_URLS_MAX) PARSED_URLS.delete(PARSED_URLS.keys().next().value);
    PARSED_URLS.set(text, href);
  }
  return href;
}

/** A request's AbortSignal when it was given one (init.signal, or its input's), else null. */
let givenSignal;

// the fields, read without the receiver check on the per-request path
let requestFields;

class Request extends Body {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && #url in o; }
  static {
    // without making the never-aborting signal the `signal` getter creates on first read
    givenSignal = (request) => request.#signal;
  }
  #method; #url; #headers; #redirect; #signal; #cf; #integrity; #cache;
  constructor(input, init = {}) {
    if (input === undefined) throw new TypeError("Failed to construct 'Request': constructor parameter 1 is not of type 'Request or string'.");
    init = init ?? {};
    if (typeof init !== "object" && typeof init !== "function") {
      throw new TypeError("Failed to construct 'Request': constructor parameter 2 is not of type 'RequestInitializerDict or Request'.");
    }
    let method = "GET", url, headers, redirect = "follow", signal = null, cf, bytes = null, stream = null, lengthUnknown = false;
    if (input instanceof Request) {
      url = input.url;
      method = input.method;
      headers = new Headers(input.headers);
      redirect = input.redirect;
      signal = input.#signal;
      // a request made from another keeps its own copy of cf (recorded); an incoming request's
      // cf is still text, parsed apart for each request that reads it
      cf = input.#cf;
      if (cf instanceof PendingCf) cf = new PendingCf(cf.json, false);
      else if (cf != null) cf = JSON.parse(JSON.stringify(cf) ?? "null");
      // a used body (read, or sent by fetch()) cannot be taken again (recorded)
      if (input.bodyUsed && init.body === undefined) throw new TypeError("Cannot reconstruct a Request with a used body.");
      if ((input[kBody].bytes !== null || input[kBody].stream !== null) && init.body === undefined) {
        lengthUnknown = input[kBody].lengthUnknown === true;
        ({ bytes, stream } = transferBody(input));
      }
    } else {
      // before fetch_standard_url (2024-06-03) workerd keeps the text as given (recorded)
      url = requestCompat.standardUrl ? parseRequestUrl(String(input)) : String(input);
    }
    if (init.method !== undefined) method = normalizeMethod(init.method);
    if (init.headers !== undefined) headers = init[kAdoptHeaders] === true ? init.headers : new Headers(checkHeadersField(init.headers, "RequestInitializerDict"));
    else if (headers === undefined) headers = new Headers();
    if (init.redirect !== undefined) {
      redirect = String(init.redirect);
      if (redirect !== "follow" && redirect !== "manual") throw new TypeError(INVALID_REDIRECT);
    }
    if (init.signal !== undefined) {
      if (init.signal !== null && !(init.signal instanceof AbortSignal)) {
        throw new TypeError("Incorrect type for the 'signal' field on 'RequestInitializerDict': the provided value is not of type 'AbortSignal'.");
      }
      signal = init.signal;
    }
    // workerd keeps its own copy of cf (later changes to the object given are not seen; recorded)
    if (init.cf !== undefined && init.cf !== null && typeof init.cf !== "object" && typeof init.cf !== "function") {
      throw new TypeError("Incorrect type for the 'cf' field on 'RequestInitializerDict': the provided value is not of type 'Object'.");
    }
    if (init.cf !== undefined) cf = init.cf === null || init.cf instanceof PendingCf ? init.cf : JSON.parse(JSON.stringify(init.cf) ?? "null");
    if (init.integrity !== undefined && init.integrity !== "") {
      throw new TypeError("Subrequest integrity checking is not implemented. The integrity option must be either undefined or an empty string.");
    }
    if (init.body !== undefined) {
      if (init.body !== null) refuseInGlobalScope(); // a body at the worker's top level (recorded)
      const extracted = extractBody(init.body);
      bytes = extracted.bytes;
      stream = extracted.stream;
      if (extracted.contentType && !headers.has("content-type")) headers.set("content-type", extracted.contentType);
    }
    if ((bytes !== null || stream) && (method === "GET" || method === "HEAD")) {
      throw new TypeError("Request with a GET or HEAD method cannot have a body.");
    }
    super(bytes, stream);
    if (lengthUnknown && init.body === undefined) this[kBody].lengthUnknown = true;
    this.#method = method;
    this.#url = url;
    this.#headers = headers;
    this.#redirect = redirect;
    this.#signal = signal;
    this.#cf = cf;
    this.#integrity = init.integrity ?? "";
    this.#cache = init.cache === undefined ? input instanceof Request ? input.cache : undefined : cacheMode(init.cache);
  }
  clone() {
    if (!Request.#is(this)) throw illegalInvocation();
    const cf = this.#cf instanceof PendingCf ? new PendingCf(this.#cf.json, false) : this.cf; // unparsed stays unparsed
    const copy = new Request(this.#url, { method: this.#method, headers: this.#headers, redirect: this.#redirect, signal: this.signal, cf });
    copyHeadersGuard(this.#headers, copy.#headers);
    copy.#cache = this.#cache;
    cloneBodyInto(this, copy);
    return copy;
  }
  get method() { if (!Request.#is(this)) throw illegalInvocation(); return this.#method; }
  get url() { if (!Request.#is(this)) throw illegalInvocation(); return this.#url; }
  get headers() { if (!Request.#is(this)) throw illegalInvocation(); return this.#headers; }
  get redirect() { if (!Request.#is(this)) throw illegalInvocation(); return this.#redirect; }
  get fetcher() { if (!Request.#is(this)) throw illegalInvocation(); return null; }
  get signal() { if (!Request.#is(this)) throw illegalInvocation(); return this.#signal ??= new AbortController().signal; }
  get cf() { if (!Request.#is(this)) throw illegalInvocation(); return this.#parsedCf(); }
  /** The cf object, parsed on the first read. */
  #parsedCf() {
    const cf = this.#cf;
    return cf instanceof PendingCf ? (this.#cf = parseCf(cf)) : cf;
  }
  get integrity() { if (!Request.#is(this)) throw illegalInvocation(); return this.#integrity; }
  get keepalive() { if (!Request.#is(this)) throw illegalInvocation(); return false; }
  get cache() { if (!Request.#is(this)) throw illegalInvocation(); return this.#cache; }
  get [Symbol.toStringTag]() { return "Request"; }
  static {
    requestFields = { method: (r) => r.#method, url: (r) => r.#url, headers: (r) => r.#headers, cf: (r) => r.#parsedCf() };
  }
}

/**
 * An incoming request from Java: {method, url, headers: [...], body: ByteBuffer|null,
 * bodySource: JsBodySource|null}; a body source becomes a byte stream pulled chunk by chunk.
 */
function requestFromHost(data) {
  const method = data.method();
  const noBody = method === "GET" || method === "HEAD";
  const source = noBody ? null : data.bodySource();
  const checked = data.checkedHeaders();
  const headers = checked !== null ? headersFromJoined(checked) : headersFromFlat(data.headers());
  const request = new Request(data.url(), { method, headers, [kAdoptHeaders]: true, redirect: "manual", cf: new PendingCf(data.cf()) });
  if (source !== null) {
    request[kBody].stream = streamFromHost(source);
    const length = headers.get("content-length");
    if (length !== null && isAsciiDigits(length)) request[kBody].stream.knownLength = Number(length);
  } else {
    request[kBody].bytes = noBody ? null : bytesFromHost(data.body());
    // buffered here, but a stream of unknown length to workerd unless a Content-Length came with it
    if (request[kBody].bytes !== null && !headers.has("content-length")) request[kBody].lengthUnknown = true;
  }
  freezeHeaders(headers);
  return request;
}

/**
 * The `cf` object of an incoming request as Java's JSON text, parsed when the worker first reads
 * `request.cf` (most never do; parsing it for every request is costly in the interpreter).
 */
class PendingCf {
  // `frozen`: an incoming request's cf is frozen; a copy made by new Request(request) is not (recorded)
  constructor(json, frozen = true) { this.json = json; this.frozen = frozen; }
}

/** A request that came without a cf object (a service binding's, a stub's) has request.cf undefined. */
function parseCf(pending) {
  const json = pending.json;
  if (json === null || json === undefined) return undefined;
  return pending.frozen ? deepFreeze(JSON.parse(json)) : JSON.parse(json);
}

/** The incoming cf object is frozen through and through, as workerd's (recorded: Object.isFrozen). */
function deepFreeze(value) {
  if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) deepFreeze(value[key]);
    Object.freeze(value);
  }
  return value;
}

/** A byte stream that asks Java for the next chunk only when its reader wants one. */
function streamFromHost(source) {
  let s;
  const pull = () => hostPromise((resolve, reject) => source.read(resolve, reject)).then((buffer) => {
    if (buffer === null) s.controller.close();
    else s.controller.enqueue(bytesFromHost(buffer));
  });
  const cancel = () => { source.cancel(); return Promise.resolve(); };
  s = createReadableStream(() => {}, pull, cancel, 0, undefined, true);
  return s;
}

/**
 * A request as Java reads it, body fully read. With `truncate` (a request sent through a
 * binding), a body whose stream fails ends where it failed: the target gets the bytes read
 * before, and the send goes on (recorded).
 */
async function requestToData(request, truncate = false) {
  if (!truncate) return requestDataWith(request, await bodyBytesForHost(request));
  const partial = { bytes: null };
  let bytes;
  try {
    bytes = await bodyBytesForHost(request, partial);
  } catch (error) {
    // a body that could not be read at all (used, locked) still fails the send
    if (partial.bytes === null) throw error;
    bytes = partial.bytes;
  }
  return requestDataWith(request, bytes);
}

/**
 * requestToData without a promise when there is nothing to wait for (a body of buffered bytes,
 * or none); else its promise. Throws what requestToData would reject with.
 */
function requestDataNow(request, truncate = false) {
  const b = request[kBody];
  if (b.stream !== null) return requestToData(request, truncate);
  if (b.used) throw new TypeError(BODY_USED);
  return requestDataWith(request, b.bytes);
}

const NO_BYTES = new Uint8Array(0);

/**
 * requestDataNow for a target that is another worker: a body that is a live stream is not read
 * here but sent as it is produced; the data then carry `pumpBody(sink)`, which the host calls
 * with where the chunks go (a JsResponseSink), and `streamLength`, the stream's known length or
 * null. As a buffered body through a binding, a stream that fails part-way ends where it failed
 * (the target reads the bytes sent before; recorded).
 */
function requestDataStreaming(request) {
  const b = request[kBody];
  if (b.stream === null || (b.fromBytes && bytesStillValid(b))) return requestDataNow(request, true);
  checkReadable(b);
  const s = b.stream;
  const length = b.lengthUnknown ? null : typeof s.expectedLength === "number" ? s.expectedLength : typeof s.knownLength === "number" ? s.knownLength : null;
  const reader = newReaderState(s, false);
  s.disturbed = true;
  const data = requestDataWith(request, NO_BYTES);
  data.streamLength = length;
  data.pumpBody = (sink) => { pumpBody(reader, sink); };
  return data;
}

async function pumpBody(reader, sink) {
  try {
    for (;;) {
      const { value, done } = await readPromise(reader);
      if (done || !isBufferSource(value)) break;
      if (value.byteLength > 0) await hostPromise((resolve, reject) => sink.write(value, resolve, reject));
    }
  } catch {
    // the stream failed, or the target will read no more: the body ends here
  }
  sink.end();
}

/**
 * The Content-Length workerd gives a request body it sends through a binding: the length of a
 * buffered body, or of a stream whose length is known (built from bytes, a FixedLengthStream, a
 * body that came with a Content-Length); null for no body or a stream of unknown length.
 */
function knownBodyLength(request, bytes) {
  if (bytes === null || bytes === undefined) return null;
  const b = request[kBody];
  if (b.lengthUnknown) return null;
  if (b.stream === null || b.fromBytes) return bytes.byteLength;
  return typeof b.stream.expectedLength === "number" || typeof b.stream.knownLength === "number" ? bytes.byteLength : null;
}

function requestDataWith(request, bytes) {
  const f = requestFields;
  const cf = f.cf(request);
  return { method: f.method(request), url: f.url(request), headers: joinHeaders(f.headers(request)), body: bytes,
    cf: cf === undefined || cf === null ? null : JSON.stringify(cf) };
}

defineGlobal("Request", newOnly(Request, "Request"));
