// Blob and File: immutable bytes with a MIME type; File adds a name and lastModified.

// @imports illegalInvocation, bufferSourceView, wtf8Encode, wtf8String, defineGlobal, newOnly, concatBytes from core.js
// @imports ReadableStream, jsgInt, streamFromBytes from streams.js
// @imports bodyExtractors from body.js
// @exports kBlob, normalizeBlobType, Blob, blobFromBytes, kFile, fileFromBytes

const blobTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

const kBlob = Symbol("blob");

/** A Blob's bytes, or throws workerd's illegal-invocation error. */
function blobState(blob) {
  const state = blob?.[kBlob];
  if (!state) throw illegalInvocation();
  return state;
}

/**
 * The type as workerd normalizes it: lower case, "" when it holds a control character or anything
 * beyond ASCII (workerd tests its UTF-8 bytes as signed chars below 0x20, so DEL stays; recorded).
 */
function normalizeBlobType(type) {
  const text = String(type);
  return /^[\u0020-\u007f]*$/.test(text) ? text.toLowerCase() : "";
}

function blobPartsToBytes(parts, className) {
  if (parts === undefined) return new Uint8Array(0);
  // workerd takes an Array only, not any iterable (recorded)
  if (!Array.isArray(parts)) {
    throw new TypeError(`Failed to construct '${className}': constructor parameter 1 is not of type 'Array'.`);
  }
  const chunks = [];
  let total = 0;
  for (const part of parts) {
    let bytes;
    if (part instanceof ArrayBuffer || ArrayBuffer.isView(part)) bytes = bufferSourceView(part);
    else if (part?.[kBlob]) bytes = part[kBlob].bytes;
    else bytes = wtf8Encode(String(part));
    chunks.push(bytes);
    total += bytes.length;
  }
  return concatBytes(chunks, total);
}

function blobOptions(options, className) {
  if (options === undefined || options === null) return { type: "" };
  if (typeof options !== "object") {
    throw new TypeError(`Failed to construct '${className}': constructor parameter 2 is not of type 'Options'.`);
  }
  if (options.endings !== undefined && options.endings !== "transparent") {
    throw new Error("The 'endings' field on 'Options' is not implemented.");
  }
  return { type: options.type === undefined ? "" : normalizeBlobType(options.type) };
}

class Blob {
  constructor(parts = undefined, options = undefined) {
    const bytes = blobPartsToBytes(parts, new.target === File ? "File" : "Blob");
    const { type } = blobOptions(options, "Blob");
    Object.defineProperty(this, kBlob, { value: { bytes, type } });
  }
  get size() { return blobState(this).bytes.length; }
  get type() { return blobState(this).type; }
  slice(start = undefined, end = undefined, contentType = undefined) {
    const { bytes } = blobState(this);
    const size = bytes.length;
    const clamp = (value, fallback) => {
      if (value === undefined) return fallback;
      // workerd converts as an int: NaN and the infinities are 0, beyond int32 refused (recorded)
      const n = jsgInt(value, "slice", "Blob");
      return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
    };
    const from = clamp(start, 0);
    const to = clamp(end, size);
    return blobFromBytes(bytes.slice(from, Math.max(from, to)), contentType === undefined ? "" : normalizeBlobType(contentType));
  }
  // another receiver throws at once (workerd's Illegal invocation, recorded); the bytes resolve
  arrayBuffer() { const { bytes } = blobState(this); return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)); }
  bytes() { return Promise.resolve(blobState(this).bytes.slice()); }
  // keeps a leading byte order mark (recorded)
  text() { return Promise.resolve(blobTextDecoder.decode(blobState(this).bytes)); }
  stream() {
    if (typeof ReadableStream !== "function") throw new Error("Blob.stream() needs ReadableStream, which this runtime does not provide yet.");
    // a body's byte stream: workerd knows its length (an R2 put accepts it) and answers default
    // reads in 4096-byte chunks
    const stream = streamFromBytes(blobState(this).bytes.slice()).api;
    return stream;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: "Blob", configurable: true });

/** A Blob over bytes the caller gives up. */
function blobFromBytes(bytes, type) {
  const blob = Object.create(Blob.prototype);
  Object.defineProperty(blob, kBlob, { value: { bytes, type } });
  return blob;
}

const kFile = Symbol("file");

class File extends Blob {
  constructor(parts = undefined, name = undefined, options = undefined) {
    if (arguments.length < 2) {
      throw new TypeError("Failed to construct 'File': constructor parameter 2 is not of type 'string'.");
    }
    if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
      throw new TypeError("Failed to construct 'File': constructor parameter 3 is not of type 'Options'.");
    }
    super(parts, options);
    const lastModified = options?.lastModified === undefined ? host.now() : Number(options.lastModified);
    Object.defineProperty(this, kFile, { value: { name: wtf8String(name), lastModified: Number.isFinite(lastModified) ? lastModified : 0 } });
  }
  get name() { return fileState(this).name; }
  get lastModified() { return fileState(this).lastModified; }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: "File", configurable: true });

function fileState(file) {
  const state = file?.[kFile];
  if (!state) throw illegalInvocation();
  return state;
}

/** A File over bytes the caller gives up. */
function fileFromBytes(bytes, name, type) {
  const file = Object.create(File.prototype);
  Object.defineProperty(file, kBlob, { value: { bytes, type } });
  Object.defineProperty(file, kFile, { value: { name, lastModified: host.now() } });
  return file;
}

bodyExtractors.push({
  accepts: (init) => init?.[kBlob] !== undefined,
  extract: (init) => ({ bytes: init[kBlob].bytes.slice(), contentType: init[kBlob].type || null }),
});

defineGlobal("Blob", newOnly(Blob, "Blob"));
defineGlobal("File", newOnly(File, "File"));
