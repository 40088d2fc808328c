// Response.

// @imports kState, reviveRemoteError, remoteError, bytesFromHost, hostPromise, onEventEnd, eventNow, errorHeadline, defineGlobal, illegalInvocation, newOnly, refuseInGlobalScope from core.js
// @imports rsCancel, newReaderState, readPromise, isBufferSource, STREAM_MESSAGES, ReadableStream, createReadableStream from streams.js
// @imports URL from url.js
// @imports Headers, freezeHeaders, copyHeadersGuard, headersFromFlat, headersFromJoined, headersWithField, joinHeaders, kAdoptHeaders, checkHeadersField from headers.js
// @imports Body, extractBody, cloneBodyInto, kBody, bodyBytesForHost, bytesStillValid, checkReadable, BODY_USED from body.js
// @imports later WebSocket, WS_MESSAGES, webSocketFromHost, webSocketToHost from websocket.js
// @exports REDIRECT_STATUSES, Response, decodedForClient, responseFromHost, responseToData, responseDataNow, responseFields, responseEncodesManually, hasLiveStream, streamToHost

const NULL_BODY_STATUSES = [101, 204, 205, 304];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];

// workerd's default status texts: the standard reason phrase, else the status class's name.
const STATUS_TEXTS = {
  101: "Switching Protocols", 200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information", 204: "No Content",
  205: "Reset Content", 206: "Partial Content", 207: "Multi-Status", 208: "Already Reported", 226: "IM Used",
  300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
  305: "Use Proxy", 307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
  401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
  406: "Not Acceptable", 407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict",
  410: "Gone", 411: "Length Required", 412: "Precondition Failed", 413: "Payload Too Large",
  414: "URI Too Long", 415: "Unsupported Media Type", 416: "Range Not Satisfiable", 417: "Expectation Failed",
  418: "I'm a teapot", 421: "Misdirected Request", 422: "Unprocessable Entity", 423: "Locked",
  424: "Failed Dependency", 426: "Upgrade Required", 428: "Precondition Required", 429: "Too Many Requests",
  431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons", 500: "Internal Server Error",
  501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
  505: "HTTP Version Not Supported", 506: "Variant Also Negotiates", 507: "Insufficient Storage",
  508: "Loop Detected", 510: "Not Extended", 511: "Network Authentication Required",
};
const STATUS_CLASS_TEXTS = { 1: "Informational", 2: "Successful", 3: "Redirection", 4: "Client Error", 5: "Server Error" };
function defaultStatusText(status) {
  return STATUS_TEXTS[status] ?? STATUS_CLASS_TEXTS[Math.floor(status / 100)] ?? "";
}

const NO_BODY = Object.freeze({ bytes: null, stream: null, contentType: null });

/** The status as workerd reads it: a number truncated toward zero, range-checked afterwards (recorded). */
function toStatus(value) {
  return Math.trunc(Number(value));
}

// the content type of a string body, which needs none of the checks of Headers.set
const TEXT_CONTENT_TYPE = "text/plain;charset=UTF-8";

// the fields, read without the receiver check on the per-request path
let responseFields;
/** Whether a response was made with encodeBody: "manual" (for lazy modules, which read eager names once). */
function responseEncodesManually(response) { return responseFields.encodeManual(response); }

class Response extends Body {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && #status in o; }
  #status; #statusText; #headers; #type; #url; #webSocket; #cf; #redirected = false; #encodeManual = false;
  constructor(body = null, init = {}) {
    init = init ?? {};
    if (typeof init !== "object" && typeof init !== "function") {
      throw new TypeError("Failed to construct 'Response': constructor parameter 2 is not of type 'InitializerDict or Response'.");
    }
    const status = init.status === undefined ? 200 : toStatus(init.status);
    const cf = init.cf;
    if (cf !== undefined && cf !== null && typeof cf !== "object" && typeof cf !== "function") {
      throw new TypeError("Incorrect type for the 'cf' field on 'InitializerDict': the provided value is not of type 'Object'.");
    }
    const webSocket = init.webSocket ?? null;
    if (webSocket !== null && !(webSocket instanceof WebSocket)) throw new TypeError(WS_MESSAGES.notWebSocket);
    if (webSocket !== null && status !== 101) throw new RangeError("Responses with a WebSocket must have status code 101.");
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      if (!(status === 101 && webSocket !== null)) {
        throw new RangeError("Responses may only be constructed with status codes in the range 200 to 599, inclusive.");
      }
    }
    const headersInit = init.headers;
    let headers = headersInit === undefined ? null : init[kAdoptHeaders] === true ? headersInit : new Headers(checkHeadersField(headersInit, "InitializerDict"));
    if (body !== null) refuseInGlobalScope(); // a body at the worker's top level (recorded)
    let extracted = extractBody(body);
    if ((extracted.bytes !== null || extracted.stream !== null) && NULL_BODY_STATUSES.includes(status)) {
      // an empty body of known length counts as none, content type included (recorded)
      if (extracted.stream !== null || extracted.bytes.length > 0) {
        throw new TypeError("Response with null body status (101, 204, 205, or 304) cannot have a body.");
      }
      extracted = NO_BODY;
    }
    if (init.encodeBody !== undefined && init.encodeBody !== "automatic" && init.encodeBody !== "manual") {
      throw new TypeError(`encodeBody: unexpected value: ${init.encodeBody}`);
    }
    if (headers === null) {
      // no headers given: the body's content type, if any, is the only field
      const type = extracted.contentType;
      headers = type === TEXT_CONTENT_TYPE ? headersWithField("content-type", type) : new Headers();
      if (type && type !== TEXT_CONTENT_TYPE) headers.set("content-type", type);
    } else if (extracted.contentType && !headers.has("content-type")) {
      headers.set("content-type", extracted.contentType);
    }
    super(extracted.bytes, extracted.stream);
    this.#status = status;
    if (init.statusText !== undefined && /[\x00-\x1f]/.test(String(init.statusText))) {
      throw new TypeError("Invalid statusText"); // workerd refuses control characters, tab included (recorded)
    }
    this.#statusText = init.statusText === undefined ? defaultStatusText(status) : String(init.statusText);
    this.#headers = headers;
    this.#type = "default";
    this.#url = "";
    this.#webSocket = webSocket;
    this.#cf = init.cf;
    if (init.encodeBody === "manual") this.#encodeManual = true;
  }
  static error() {
    const response = new Response(null, { status: 200 });
    response.#status = 0;
    response.#statusText = "";
    response.#type = "error"; // its headers stay mutable, as in workerd (recorded)
    return response;
  }
  static redirect(url = undefined, status = 302) {
    refuseInGlobalScope(); // at the worker's top level (recorded)
    let href;
    try { href = new URL(String(url)).href; } catch { throw new TypeError(`Unable to parse URL: ${url}`); }
    // truncated as the constructor's status is (recorded: 301.5 redirects with 301)
    status = toStatus(status);
    if (!REDIRECT_STATUSES.includes(status)) {
      throw new RangeError(`${status} is not a redirect status code. It must be one of: 301, 302, 303, 307, or 308.`);
    }
    const response = new Response(null, { status, headers: { location: href } });
    freezeHeaders(response.headers);
    return response;
  }
  static json(data = undefined, init = {}) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'json' on 'Response': parameter 1 is not of type 'JsValue'.");
    // workerd serializes what JSON.stringify leaves undefined (undefined, functions) as "undefined" (recorded)
    const text = JSON.stringify(data) ?? "undefined";
    if (init !== null && typeof init !== "object" && typeof init !== "function") {
      throw new TypeError("Failed to execute 'json' on 'Response': parameter 2 is not of type 'InitializerDict or Response'.");
    }
    const given = init?.headers;
    let headers;
    if (given === undefined) {
      headers = headersWithField("content-type", "application/json");
    } else {
      headers = new Headers(checkHeadersField(given, "InitializerDict"));
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
    }
    // the init's members are read as the constructor reads them, so an init that is itself a
    // Response (members on its prototype) gives its status and statusText (recorded)
    const { status, statusText, cf, webSocket, encodeBody } = init ?? {};
    return new Response(text, { status, statusText, cf, webSocket, encodeBody, headers, [kAdoptHeaders]: true });
  }
  clone() {
    if (!Response.#is(this)) throw illegalInvocation();
    if (this.#webSocket !== null) throw new TypeError(WS_MESSAGES.cloneHandshake);
    const copy = new Response(null, { status: this.#status === 0 ? 200 : this.#status, statusText: this.#statusText, headers: this.#headers, cf: this.#cf });
    copy.#status = this.#status;
    copy.#type = this.#type;
    copy.#url = this.#url;
    copyHeadersGuard(this.#headers, copy.#headers);
    cloneBodyInto(this, copy);
    return copy;
  }
  get status() { if (!Response.#is(this)) throw illegalInvocation(); return this.#status; }
  get statusText() { if (!Response.#is(this)) throw illegalInvocation(); return this.#statusText; }
  get headers() { if (!Response.#is(this)) throw illegalInvocation(); return this.#headers; }
  get ok() { if (!Response.#is(this)) throw illegalInvocation(); return this.#status >= 200 && this.#status <= 299; }
  get redirected() { if (!Response.#is(this)) throw illegalInvocation(); return this.#redirected; }
  get url() { if (!Response.#is(this)) throw illegalInvocation(); return this.#url; }
  get webSocket() { if (!Response.#is(this)) throw illegalInvocation(); return this.#webSocket; }
  get cf() { if (!Response.#is(this)) throw illegalInvocation(); return this.#cf; }
  get type() { if (!Response.#is(this)) throw illegalInvocation(); return this.#type; }
  static [kState](response, url, redirected = false) { response.#url = url; response.#redirected = redirected; return response; }
  get [Symbol.toStringTag]() { return "Response"; }
  static {
    responseFields = { webSocket: (r) => r.#webSocket, status: (r) => r.#status, statusText: (r) => r.#statusText, headers: (r) => r.#headers, type: (r) => r.#type, encodeManual: (r) => r.#encodeManual, is: (o) => typeof o === "object" && o !== null && #status in o };
  }
}

/** The headers of a request or response data object from Java (checked there when it could). */
function headersFromHostData(data) {
  const checked = data.checkedHeaders();
  return checked !== null ? headersFromJoined(checked) : headersFromFlat(data.headers());
}

/** A response that Java produced: {status, statusText, headers: [...], body: ByteBuffer}. */
function responseFromHost(data, url, { head = false, binding = false, bodyErrors = false } = {}) {
  const status = data.status();
  const connection = data.webSocket();
  if (connection != null) {
    const upgraded = new Response(null, { status: 101, statusText: data.statusText(), headers: headersFromHostData(data), [kAdoptHeaders]: true, webSocket: webSocketFromHost(connection) });
    // a fetched 101 has its URL as any fetched response (recorded)
    if (url) Response[kState](upgraded, url);
    return upgraded;
  }
  // a body another worker still produces (a service binding's, a stub's) streams as it comes
  const source = bodyErrors ? data.bodySource() : null;
  if (source != null) return streamedResponseFromHost(data, url, source, status, head);
  const bytes = bytesFromHost(data.body());
  // through a binding the body is null only for a null-body status or a HEAD request; an empty
  // redirect keeps an empty body (recorded); the outbound fetch keeps its own rule
  const nullBody = NULL_BODY_STATUSES.includes(status) || head
    || (!binding && bytes !== null && bytes.length === 0 && REDIRECT_STATUSES.includes(status));
  const failure = bodyErrors && !nullBody ? data.bodyError() : null;
  const response = new Response(failure == null ? null : failingBody(bytes, failure), { status: status < 200 ? 200 : status, statusText: data.statusText(), headers: headersFromHostData(data), [kAdoptHeaders]: true });
  if (!nullBody && failure == null) response[kBody].bytes = bytes;
  if (url) Response[kState](response, url);
  // a fetched response's headers are immutable in workerd ("Can't modify immutable headers.", recorded)
  freezeHeaders(response.headers);
  return response;
}

/** responseFromHost for a body that another worker streams (`source`, a JsBodySource). */
function streamedResponseFromHost(data, url, source, status, head) {
  const nullBody = NULL_BODY_STATUSES.includes(status) || head;
  if (nullBody) source.cancel();
  const response = new Response(null, { status: status < 200 ? 200 : status, statusText: data.statusText(), headers: headersFromHostData(data), [kAdoptHeaders]: true });
  if (!nullBody) response[kBody].stream = streamFromWorker(source);
  if (url) Response[kState](response, url);
  freezeHeaders(response.headers);
  return response;
}

/**
 * A byte stream (its internal state, as a body holds it) over a body another worker produces: each read asks for the next chunk; a failure
 * of the producer's stream arrives, after the chunks sent before it, as its error (see
 * bodyFailure); cancelling tells the producer.
 */
function streamFromWorker(source) {
  let s;
  const pull = () => hostPromise((resolve, reject) => source.read(resolve, reject)).then((buffer) => {
    if (buffer === null) s.controller.close();
    else s.controller.enqueue(bytesFromHost(buffer));
  }, (error) => {
    const failure = source.failure();
    throw failure === null ? error : bodyFailure(failure);
  });
  const cancel = () => { source.cancel(); return Promise.resolve(); };
  s = createReadableStream(() => {}, pull, cancel, 0, undefined, true);
  // what the calling request leaves unread is cancelled when it ends, as workerd does
  onEventEnd(() => source.cancel());
  return s;
}

/** The error a body's stream failed with in the worker that produced it, as its reader gets it. */
function bodyFailure([name, message, stack, flags, details]) {
  if (details) return remoteError(name, message, stack, flags, details);
  const error = reviveRemoteError(name, message, stack, flags);
  error.remote = true;
  return error;
}

/**
 * A body whose stream failed in the worker that produced it, as its reader gets it: the bytes
 * produced before the failure, then the error (`[name, message, stack, flags, details]`), revived
 * as an error from another worker, completed by the thrower's details as remoteError completes
 * one (enhanced_error_serialization, recorded).
 */
function failingBody(bytes, failure) {
  let pending = bytes !== null && bytes.length > 0 ? bytes : null;
  return new ReadableStream({
    type: "bytes",
    pull(controller) {
      if (pending !== null) {
        controller.enqueue(pending);
        pending = null;
        return;
      }
      controller.error(bodyFailure(failure));
    },
  }, { highWaterMark: 0 });
}

/**
 * A response as Java reads it, body fully read. With `describeBodyError`, a body whose stream
 * fails keeps the bytes read before the failure and adds `bodyError`, the error as
 * describeBodyError(error, early) gives it (for a caller in another worker, who reads it from the
 * body; `early` when the stream had failed before it was read); without it the body is empty and
 * the error logged.
 */
async function responseToData(response, head = false, describeBodyError = null) {
  if (response.webSocket !== null) {
    return { ok: true, status: 101, statusText: response.statusText, headers: joinHeaders(response.headers), body: null, webSocket: webSocketToHost(response.webSocket) };
  }
  if (head) {
    const stream = response[kBody].stream;
    if (stream !== null && stream.reader === null) rsCancel(stream, undefined).catch(() => {});
    return { ok: true, status: response.status, statusText: response.statusText, headers: joinHeaders(response.headers), body: null };
  }
  let bytes;
  const partial = describeBodyError === null ? null : { bytes: null };
  const early = partial !== null && response[kBody].stream?.state === "errored";
  try {
    bytes = await bodyBytesForHost(response, partial);
  } catch (error) {
    if (error instanceof TypeError && error.message === BODY_USED) throw error;
    if (partial !== null) {
      return { ok: true, status: response.status, statusText: response.statusText, headers: joinHeaders(response.headers),
        body: partial.bytes ?? new Uint8Array(0), bodyError: describeBodyError(error, early) };
    }
    // the head is already on its way when the body's stream fails: the client gets the status
    // and headers with an empty body, and the error goes to the log (recorded)
    host.log("error", errorHeadline(error));
    bytes = new Uint8Array(0);
  }
  return { ok: true, status: response.status, statusText: response.statusText, headers: joinHeaders(response.headers), body: bytes };
}

// the codings Node's fetch decodes for dispatchFetch's caller, by their Content-Encoding token
const CLIENT_DECODED_CODINGS = { gzip: "gzip", "x-gzip": "gzip", deflate: "deflate" };

/**
 * A response whose body the worker encoded itself (encodeBody "manual") as its caller reads it.
 * The caller of dispatchFetch: Miniflare's client (undici's fetch) undoes the gzip and deflate
 * codings of Content-Encoding, last first, and decodes nothing when one of them is another (br
 * among them, which the emulator cannot decode). Another worker (`byWorker`, through a service
 * binding): workerd's fetch decodes only a Content-Encoding of exactly "gzip" (and "br", which the
 * emulator cannot decode) (recorded). Bytes that do not decode are kept as they came. Settles with
 * the response to hand over, the decoded one carrying the same status and headers.
 */
async function decodedForClient(response, byWorker = false) {
  const coding = responseFields.headers(response).get("content-encoding");
  if (coding === null || response.body === null) return response;
  const formats = [];
  if (byWorker) {
    if (coding !== "gzip") return response;
    formats.push("gzip");
  } else {
    for (const token of coding.toLowerCase().split(",")) {
      const format = CLIENT_DECODED_CODINGS[token.trim()];
      if (format === undefined) return response;
      formats.unshift(format);
    }
  }
  const encoded = new Uint8Array(await response.arrayBuffer());
  let bytes = encoded;
  for (const format of formats) {
    // deflate as Node reads it: zlib-wrapped when the first byte says so, else raw
    const zip = host.compressor(format === "deflate" && (bytes[0] & 0x0f) !== 8 ? "deflate-raw" : format, false);
    const pushed = zip.push(bytes);
    const rest = pushed === null ? null : zip.finish();
    if (rest === null) { bytes = encoded; break; }
    const head = bytesFromHost(pushed);
    const tail = bytesFromHost(rest);
    bytes = new Uint8Array(head.length + tail.length);
    bytes.set(head, 0);
    bytes.set(tail, head.length);
  }
  const { status, statusText } = response;
  return new Response(bytes, { status, statusText, headers: responseFields.headers(response) });
}

/**
 * responseToData without a promise when there is nothing to wait for (a body of buffered bytes,
 * or none); else its promise. Throws what responseToData would reject with.
 */
function responseDataNow(response, head = false, describeBodyError = null) {
  const f = responseFields;
  if (head || f.webSocket(response) !== null) return responseToData(response, head);
  const b = response[kBody];
  if (b.stream !== null) return responseToData(response, head, describeBodyError);
  if (b.used) throw new TypeError(BODY_USED);
  return { ok: true, status: f.status(response), statusText: f.statusText(response), headers: joinHeaders(f.headers(response)), body: b.bytes };
}

/** Whether the body is a stream that must be read as it comes (not bytes already buffered). */
function hasLiveStream(owner) {
  const b = owner[kBody];
  return b.stream !== null && !(b.fromBytes && bytesStillValid(b));
}

/**
 * Hands a response whose body is a live stream to Java: calls done with the head at once, then
 * pumps the chunks into the sink, each written before the next is read. For a reader that is
 * another worker (`toWorker`): `describeBodyError(error, early)` describes a failure of the stream
 * for it (`early` when the stream had failed before it was read), and a cancel by the reader
 * stops the pump as workerd ends the producing request: with `toWorker.object` (a Durable Object,
 * whose stream outlives the request) the stream is cancelled as workerd cancels it, with
 * "Network connection lost." when a chunk was waiting for the reader, else without a reason once
 * the stream's next chunk comes (never, if it never comes); recorded. Otherwise (a worker's
 * request, whose answer the body was) the request has answered at the cancel: with no waitUntil
 * work left it ends there, its timers and I/O dropped and its stream left as it is (its cancel()
 * never runs, a pending write never settles); while waitUntil work keeps it alive, a chunk that
 * was waiting for the reader cancels the stream with "Network connection lost." as for an object
 * (recorded).
 */
function streamToHost(response, sink, done, ended = undefined, toWorker = null) {
  const b = response[kBody];
  checkReadable(b);
  const s = b.stream;
  const early = s.state === "errored";
  const reader = newReaderState(s, false);
  s.disturbed = true;
  const length = typeof s.expectedLength === "number" ? s.expectedLength : -1;
  let cancelled = false;
  let writing = false;
  const event = toWorker !== null && !toWorker.object ? eventNow() : undefined;
  if (toWorker !== null) {
    // registered before the head is handed on: a reader that cancels at once (on its own thread)
    // is then always heard of before this worker's next request and before a refused write
    sink.onCancel(() => {
      cancelled = true;
      if (toWorker.object) return;
      // the body is over for the host (its open-stream count), and the request has answered
      sink.end();
      const answered = ended;
      ended = undefined;
      answered?.();
    });
  }
  done({ ok: true, streamed: true, length, status: response.status, statusText: response.statusText, headers: joinHeaders(response.headers), body: null });
  (async () => {
    try {
      for (;;) {
        const { value, done: ended } = await readPromise(reader);
        if (cancelled) {
          if (!ended && toWorker.object) rsCancel(s, undefined).catch(() => {});
          break;
        }
        if (ended) break;
        if (!isBufferSource(value)) throw new TypeError(STREAM_MESSAGES.notBytes);
        if (value.byteLength > 0) {
          writing = true;
          await hostPromise((resolve, reject) => sink.write(value, resolve, reject));
          writing = false;
        }
      }
      if (!cancelled) sink.end();
    } catch (error) {
      if (cancelled) {
        if (writing && (toWorker.object || (event !== undefined && !event.ended))) rsCancel(s, new Error("Network connection lost.")).catch(() => {});
      } else {
        rsCancel(s, error).catch(() => {});
        if (toWorker !== null) sink.abortWith(errorHeadline(error), { bodyError: toWorker.describeBodyError(error, early) });
        else sink.abort(errorHeadline(error));
      }
    }
    ended?.();
  })();
}

defineGlobal("Response", newOnly(Response, "Response"));
