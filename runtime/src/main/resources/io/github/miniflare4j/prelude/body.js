// The Body mixin of Request and Response. A body is held as bytes; `body` exposes it as a
// ReadableStream when streams are available.

/** Turns a BodyInit into { bytes, contentType }; null stays null. */
function extractBody(init) {
  if (init == null) return { bytes: null, contentType: null };
  if (typeof init === "string") return { bytes: utf8Encoder.encode(init), contentType: "text/plain;charset=UTF-8" };
  if (init instanceof ArrayBuffer) return { bytes: new Uint8Array(init.slice(0)), contentType: null };
  if (ArrayBuffer.isView(init)) return { bytes: new Uint8Array(init.buffer.slice(init.byteOffset, init.byteOffset + init.byteLength)), contentType: null };
  if (init instanceof URLSearchParams) return { bytes: utf8Encoder.encode(init.toString()), contentType: "application/x-www-form-urlencoded;charset=UTF-8" };
  const extractor = bodyExtractors.find((e) => e.accepts(init));
  if (extractor) return extractor.extract(init);
  return { bytes: utf8Encoder.encode(String(init)), contentType: "text/plain;charset=UTF-8" };
}

/** Further body kinds (Blob, FormData, ReadableStream) register here as they are defined. */
const bodyExtractors = [];
internals.bodyExtractors = bodyExtractors;

class Body {
  constructor(bytes, stream = null) {
    Object.defineProperty(this, kBody, { value: { bytes, stream, used: false }, enumerable: false });
  }
  get bodyUsed() { return this[kBody].used; }
  get body() {
    const b = this[kBody];
    if (b.stream) return b.stream;
    if (b.bytes === null) return null;
    if (typeof internals.streamFromBytes === "function") {
      b.stream = internals.streamFromBytes(b, b.bytes);
      return b.stream;
    }
    return null;
  }
  async arrayBuffer() { const bytes = await consumeBody(this); return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength); }
  async bytes() { return await consumeBody(this); }
  async text() { return utf8Decoder.decode(await consumeBody(this)); }
  async json() { return JSON.parse(utf8Decoder.decode(await consumeBody(this))); }
  async blob() {
    const bytes = await consumeBody(this);
    return new Blob([bytes], { type: this.headers.get("content-type") ?? "" });
  }
  async formData() {
    const type = this.headers.get("content-type") ?? "";
    const bytes = await consumeBody(this);
    if (typeof internals.parseFormData === "function") return internals.parseFormData(bytes, type);
    throw new TypeError("Unrecognized Content-Type header value. FormData can only parse the following MIME types: multipart/form-data, application/x-www-form-urlencoded");
  }
}
const kBody = Symbol("body");

/** Reads the whole body once; a second read throws as workerd does. */
async function consumeBody(owner) {
  const b = owner[kBody];
  if (b.used) throw new TypeError("Body has already been used. It can only be used once. Use tee() first if you need to read it twice.");
  b.used = true;
  if (b.stream && typeof internals.readAllStream === "function" && (b.bytes === null || b.streamTouched)) {
    return await internals.readAllStream(b.stream);
  }
  return b.bytes === null ? new Uint8Array(0) : b.bytes;
}

/** The body's bytes without marking anything (for crossing to Java), or null. */
async function peekBodyBytes(owner) {
  const b = owner[kBody];
  if (b.used) throw new TypeError("Body has already been used. It can only be used once. Use tee() first if you need to read it twice.");
  if (b.stream && typeof internals.readAllStream === "function" && (b.bytes === null || b.streamTouched)) {
    b.used = true;
    return await internals.readAllStream(b.stream);
  }
  return b.bytes;
}
internals.kBody = kBody;
