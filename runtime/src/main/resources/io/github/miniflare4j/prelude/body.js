// The Body mixin of Request and Response. A body is either buffered bytes (the fast path: no
// stream exists until someone reads `.body`) or a ReadableStream. bodyUsed and the locking
// rules follow workerd: reading marks the stream disturbed, readers lock it.

// @imports utf8Encoder, bufferSourceView, wtf8Encode, illegalInvocation, onConfigure, compatFlag from core.js
// @imports jsonParse from json.js
// @imports isHttpToken, trimHttpWhitespace, trimHttpWhitespaceEnd from text.js
// @imports ReadableStream, kRS, STREAM_MESSAGES, streamFromBytes, newReaderState, readAllBytes, teeStream from streams.js
// @imports URLSearchParams from url-search-params.js
// @imports later blobFromBytes from blob.js
// @exports parseMimeType, serializeMimeType, BODY_USED, extractBody, bodyExtractors, kBody, bytesStillValid, Body, checkReadable, bodyBytesForHost, transferBody, cloneBodyInto

// workerd's text() and json() keep a leading byte order mark (recorded: json() then fails on it)
// until strip_bom_in_read_all_text (2026-01-13)
const bodyDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
const bodyCompat = { stripBom: false, standardMime: true, iterables: false };
onConfigure(() => {
  bodyCompat.stripBom = compatFlag("strip_bom_in_read_all_text", "2026-01-13", "do_not_strip_bom_in_read_all_text");
  bodyCompat.standardMime = compatFlag("blob_standard_mime_type", "2024-06-03", "blob_legacy_mime_type");
  bodyCompat.iterables = compatFlag("fetch_iterable_type_support", "2026-02-19", "no_fetch_iterable_type_support");
});
function bodyText(bytes) {
  const text = bodyDecoder.decode(bytes);
  return bodyCompat.stripBom && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
const BODY_USED = "Body has already been used. It can only be used once. Use tee() first if you need to read it twice.";

/** Turns a BodyInit into { bytes, stream, contentType }; null stays null. */
function extractBody(init) {
  if (init == null) return { bytes: null, stream: null, contentType: null };
  if (typeof init === "string") return { bytes: wtf8Encode(init), stream: null, contentType: "text/plain;charset=UTF-8" };
  if (init instanceof ArrayBuffer || ArrayBuffer.isView(init)) return { bytes: bufferSourceView(init).slice(), stream: null, contentType: null };
  if (init instanceof ReadableStream) {
    const s = init[kRS];
    if (s.disturbed) throw new TypeError(STREAM_MESSAGES.disturbed);
    return { bytes: null, stream: s, contentType: null };
  }
  if (init instanceof URLSearchParams) return { bytes: utf8Encoder.encode(init.toString()), stream: null, contentType: "application/x-www-form-urlencoded;charset=UTF-8" };
  const extractor = bodyExtractors.find((e) => e.accepts(init));
  if (extractor) return { stream: null, ...extractor.extract(init) };
  // from fetch_iterable_type_support (2026-02-19) a (sync or async) iterable is a stream of its values
  if (bodyCompat.iterables && typeof init === "object" && (typeof init[Symbol.iterator] === "function" || typeof init[Symbol.asyncIterator] === "function")) {
    return extractBody(ReadableStream.from(init));
  }
  // a template literal converts as workerd does: a Symbol throws "Cannot convert a Symbol value to a string"
  return { bytes: wtf8Encode(`${init}`), stream: null, contentType: "text/plain;charset=UTF-8" };
}

/** Further body kinds (Blob, FormData) register here as they are defined: { accepts, extract }. */
const bodyExtractors = [];
internals.bodyExtractors = bodyExtractors;

const kBody = Symbol("body");

/**
 * Body state: `bytes` (buffered content or null), `stream` (internal stream state or null),
 * `fromBytes` (the stream was made lazily from `bytes` and may still be bypassed), `used`
 * (buffered content consumed without a stream), `lengthUnknown` (buffered, but a stream of
 * unknown length to workerd: an incoming request body framed as chunked).
 */
function newBodyState(bytes, stream) {
  return { bytes, stream, fromBytes: false, used: false, lengthUnknown: false };
}

/** Whether the buffered bytes still equal what the stream would yield. */
function bytesStillValid(b) {
  return b.stream === null || (b.fromBytes && !b.stream.disturbed && b.stream.reader === null);
}

class Body {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && Object.prototype.hasOwnProperty.call(o, kBody); }
  constructor(bytes, stream = null) {
    Object.defineProperty(this, kBody, { value: newBodyState(bytes, stream), enumerable: false });
  }
  get body() {
    if (!Body.#is(this)) throw illegalInvocation();
    const b = this[kBody];
    if (b.stream === null) {
      if (b.bytes === null) return null;
      if (b.used) {
        b.stream = streamFromBytes(new Uint8Array(0));
        newReaderState(b.stream, false);
        b.stream.disturbed = true;
      } else {
        b.stream = streamFromBytes(b.bytes);
        b.fromBytes = true;
        // buffered here, but of unknown length to workerd (a request framed as chunked; recorded)
        if (b.lengthUnknown) b.stream.knownLength = undefined;
      }
    }
    return b.stream.api;
  }
  get bodyUsed() {
    if (!Body.#is(this)) throw illegalInvocation();
    const b = this[kBody];
    return b.stream !== null ? b.stream.disturbed : b.used;
  }
  // the promise-returning members throw a wrong receiver's error at the call, as workerd's do
  arrayBuffer() { if (!Body.#is(this)) throw illegalInvocation(); return this.#arrayBuffer(); }
  bytes() { if (!Body.#is(this)) throw illegalInvocation(); return this.#bytes(); }
  text() { if (!Body.#is(this)) throw illegalInvocation(); return this.#text(); }
  json() { if (!Body.#is(this)) throw illegalInvocation(); return this.#json(); }
  formData() { if (!Body.#is(this)) throw illegalInvocation(); return this.#formData(); }
  blob() { if (!Body.#is(this)) throw illegalInvocation(); return this.#blob(); }
  async #arrayBuffer() {
    const bytes = await consumeBody(this);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  async #bytes() { return new Uint8Array(await consumeBody(this)); }
  async #text() { return bodyText(await consumeBody(this)); }
  async #json() { return jsonParse(bodyText(await consumeBody(this))); }
  async #formData() {
    const type = this.headers.get("content-type");
    const bytes = await consumeBody(this);
    if (type === null) throw new TypeError("Parsing a Body as FormData requires a Content-Type header.");
    if (typeof internals.parseFormData === "function") return internals.parseFormData(bytes, type);
    throw new TypeError("Unrecognized Content-Type header value. FormData can only parse the following MIME types: multipart/form-data, application/x-www-form-urlencoded");
  }
  async #blob() {
    const bytes = await consumeBody(this);
    const type = this.headers.get("content-type");
    // before blob_standard_mime_type (2024-06-03) the header's value as it is (recorded)
    return blobFromBytes(bytes, type === null ? "" : bodyCompat.standardMime ? serializeMimeType(type) : type);
  }
}

/** Whether every code unit of text may stand in a quoted string: tab, U+0020-U+007E, U+0080-U+00FF. */
function isQuotedStringText(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 9 && (c < 0x20 || c === 0x7f || c > 0xff)) return false;
  }
  return true;
}

/**
 * A Content-Type value parsed as the WHATWG MIME Sniffing standard does: the lower-case essence
 * and the parameters (lower-case names, the first of duplicates, in order), or null when the
 * value is no MIME type.
 */
function parseMimeType(value) {
  const text = trimHttpWhitespace(value);
  const slash = text.indexOf("/");
  if (slash < 0) return null;
  const semi = text.indexOf(";");
  const end = semi < 0 ? text.length : semi;
  if (slash > end) return null;
  const type = text.slice(0, slash);
  const subtype = trimHttpWhitespaceEnd(text.slice(slash + 1, end));
  if (!isHttpToken(type) || !isHttpToken(subtype)) return null;
  const params = new Map();
  let i = end;
  while (i < text.length) {
    i++; // past ';'
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
    let nameEnd = i;
    while (nameEnd < text.length && text[nameEnd] !== ";" && text[nameEnd] !== "=") nameEnd++;
    const name = text.slice(i, nameEnd).toLowerCase();
    i = nameEnd;
    if (i >= text.length || text[i] === ";") continue;
    i++; // past '='
    let paramValue;
    if (text[i] === '"') {
      paramValue = "";
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        paramValue += text[i++];
      }
      while (i < text.length && text[i] !== ";") i++;
    } else {
      const valueEnd = text.indexOf(";", i) < 0 ? text.length : text.indexOf(";", i);
      paramValue = trimHttpWhitespaceEnd(text.slice(i, valueEnd));
      i = valueEnd;
      if (paramValue === "") continue;
    }
    if (!isHttpToken(name) || !isQuotedStringText(paramValue) || params.has(name)) continue;
    params.set(name, paramValue);
  }
  return { essence: type.toLowerCase() + "/" + subtype.toLowerCase(), params };
}

/**
 * A Content-Type value parsed and serialized as the WHATWG MIME Sniffing standard does (what
 * workerd gives a body's Blob): lower-case essence and parameter names, no spaces, values quoted
 * only when they need it, the first of duplicate parameters; "" when the value is no MIME type.
 */
function serializeMimeType(value) {
  const mime = parseMimeType(value);
  if (mime === null) return "";
  let out = mime.essence;
  for (const [name, paramValue] of mime.params) {
    out += ";" + name + "=" + (isHttpToken(paramValue) ? paramValue : '"' + paramValue.replaceAll("\\", "\\\\").replaceAll('"', '\\"') + '"');
  }
  return out;
}

/** Throws the workerd error for a body that cannot be read any more, if any. */
function checkReadable(b) {
  if (b.stream !== null) {
    if (b.stream.disturbed) throw new TypeError(BODY_USED);
    if (b.stream.reader !== null) throw new TypeError(STREAM_MESSAGES.locked);
  } else if (b.used) {
    throw new TypeError(BODY_USED);
  }
}

/** Reads the whole body once (an empty array for no body); a second read throws as workerd does. */
async function consumeBody(owner) {
  const bytes = await takeBodyBytes(owner);
  return bytes === null ? new Uint8Array(0) : bytes;
}

/** Reads the whole body, marking it used; null when there is no body. */
function takeBodyBytes(owner, partial = null) {
  const b = owner[kBody];
  if (b.stream === null && b.bytes === null) {
    // a body moved into another Request counts as used (recorded)
    if (b.used) throw new TypeError(BODY_USED);
    return Promise.resolve(null);
  }
  checkReadable(b);
  if (bytesStillValid(b)) {
    if (b.stream !== null) {
      newReaderState(b.stream, false);
      b.stream.disturbed = true;
    } else {
      b.used = true;
    }
    return Promise.resolve(b.bytes);
  }
  return readAllBytes(b.stream, partial);
}

/**
 * The body's bytes for crossing to Java: buffered bytes as they are, a stream read fully. When
 * the stream fails, `partial.bytes` (if `partial` is given) gets the bytes read before.
 */
function bodyBytesForHost(owner, partial = null) {
  const b = owner[kBody];
  if (b.stream === null) {
    if (b.used) return Promise.reject(new TypeError(BODY_USED));
    return Promise.resolve(b.bytes);
  }
  try { return takeBodyBytes(owner, partial); } catch (e) { return Promise.reject(e); }
}

/** Moves `source`'s body into a new owner (new Request(request)); the source becomes used. */
function transferBody(source) {
  const from = source[kBody];
  checkReadable(from);
  const moved = { bytes: from.bytes, stream: from.stream };
  if (from.stream !== null && from.fromBytes && bytesStillValid(from)) moved.stream = null;
  from.bytes = null;
  from.stream = null;
  from.fromBytes = false;
  from.used = true;
  return moved;
}

/** Gives `copy` an independent copy of `source`'s body, teeing a stream body. */
function cloneBodyInto(source, copy) {
  const from = source[kBody];
  const to = copy[kBody];
  if (from.stream !== null) {
    if (from.stream.reader !== null) throw new TypeError(STREAM_MESSAGES.lockedTee);
    const [a, b] = teeStream(from.stream);
    from.stream = a;
    from.fromBytes = false;
    to.stream = b;
  } else {
    if (from.used) throw new TypeError(STREAM_MESSAGES.lockedTee);
    to.bytes = from.bytes;
    if (from.lengthUnknown) to.lengthUnknown = true;
  }
}

internals.kBody = kBody;
