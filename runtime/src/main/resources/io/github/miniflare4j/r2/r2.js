// R2Bucket: the JavaScript face of an R2 binding, shaped as workerd's r2-bucket.c++ shapes it
// (classes, own properties, argument conversion, which checks throw TypeError / RangeError and
// when). Storage, limits and R2's own errors live in Java (r2.BucketStorage); they arrive here as
// plain Errors "<op>: <message> (<code>)". Options and results cross as JSON text, bodies as chunks.
(function (internals) {
  // the standard stream classes, whatever the worker's compatibility date makes of the globals
  const { ReadableStream } = internals.streamClasses;
  const token = Symbol("miniflare4j.r2");
  const hosts = new WeakMap();
  const encoder = new TextEncoder();
  const PUT_VALUE = "ReadableStream or ArrayBuffer or ArrayBufferView or string or Blob";
  const HTTP_FIELDS = ["contentType", "contentLanguage", "contentDisposition", "contentEncoding", "cacheControl"];
  const HASHES = [["md5", "MD5", 16], ["sha1", "SHA-1", 20], ["sha256", "SHA-256", 32], ["sha384", "SHA-384", 48], ["sha512", "SHA-512", 64]];

  function hostOf(self) {
    const host = hosts.get(self);
    if (host === undefined) throw internals.illegalInvocation();
    return host;
  }

  /** Calls Java, turning an R2Exception into the Error a worker sees. */
  const call = internals.bindingHelpers.hostCall;

  function argumentError(method, cls, index, type) {
    return new TypeError(`Failed to execute '${method}' on '${cls}': parameter ${index} is not of type '${type}'.`);
  }

  /**
   * A required string argument: a missing one is refused, anything given (undefined and null
   * too) converted with ToString, as workerd does (recorded).
   */
  function keyArgument(method, cls, value, given) {
    if (!given) throw argumentError(method, cls, 1, "string");
    return wellFormed(`${value}`);
  }

  const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

  /**
   * A key as it comes back from the storage: workerd writes a lone surrogate as its three WTF-8
   * bytes, which read back as UTF-8 are three replacement characters.
   */
  function wellFormed(text) {
    return text.isWellFormed() ? text : text.replace(LONE_SURROGATE, "\ufffd\ufffd\ufffd");
  }

  /** An optional dictionary argument: undefined and null mean none, other primitives are refused. */
  function optionsArgument(method, cls, index, value, type) {
    if (value === undefined || value === null) return undefined;
    if (!isDictionary(value)) throw argumentError(method, cls, index, type);
    return value;
  }

  /** A string field that workerd does not coerce. */
  function stringField(value, field, struct) {
    if (typeof value !== "string") {
      throw new TypeError(`Incorrect type for the '${field}' field on '${struct}': the provided value is not of type 'string'.`);
    }
    return value;
  }

  const isDictionary = (v) => v !== null && (typeof v === "object" || typeof v === "function");
  const isBufferSource = (v) => v instanceof ArrayBuffer || ArrayBuffer.isView(v);
  const viewOf = (v) => v instanceof ArrayBuffer ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  const toJson = (value) => JSON.stringify(value);

  /** A put / uploadPart value as workerd's R2PutValue converts it; null for no body. */
  function putValue(method, cls, value, optional) {
    if (value === null || value === undefined) {
      if (optional) return null;
      throw argumentError(method, cls, 2, PUT_VALUE);
    }
    if (typeof value === "string") return { bytes: encoder.encode(value) };
    if (isBufferSource(value)) return { bytes: viewOf(value) };
    if (value instanceof ReadableStream) return { stream: value };
    if (value instanceof Blob) return { blob: value };
    throw argumentError(method, cls, 2, PUT_VALUE);
  }

  /** Streams a converted value into a Java writer; a stream must have a known length. */
  async function writeBody(writer, value) {
    try {
      if (value === null) return;
      if (value.bytes) {
        call(() => writer.write(value.bytes));
        return;
      }
      if (value.blob) {
        const bytes = new Uint8Array(await value.blob.arrayBuffer());
        call(() => writer.write(bytes));
        return;
      }
      const reader = value.stream.getReader();
      for (;;) {
        const { value: chunk, done } = await reader.read();
        if (done) break;
        if (!isBufferSource(chunk)) throw new TypeError("This ReadableStream did not return bytes.");
        call(() => writer.write(viewOf(chunk)));
      }
    } catch (e) {
      writer.abort();
      throw e;
    }
  }

  /**
   * Refuses a stream of unknown length, then a locked one (a locked stream of unknown length gets
   * the length's error: recorded). workerd checks the length when it sends the request, after it
   * stopped cancelling the stream on errors: the stream stays readable (recorded).
   */
  function checkKnownLength(value) {
    if (value !== null && value.stream && internals.knownStreamLength(value.stream) === undefined) {
      throw new TypeError("Provided readable stream must have a known length (request/response body or readable half of FixedLengthStream)");
    }
    if (value !== null && value.stream && value.stream.locked) throw new TypeError("The ReadableStream has been locked to a reader.");
  }

  function cancelStream(value) {
    if (value !== null && value.stream && !value.stream.locked) {
      value.stream.cancel(new Error("Stream cancelled because the associated put operation encountered an error.")).catch(() => {});
    }
  }

  /** workerd's TypeError for a field of an options struct given a value of the wrong type. */
  function fieldTypeError(field, struct, type) {
    return new TypeError(`Incorrect type for the '${field}' field on '${struct}': the provided value is not of type '${type}'.`);
  }

  /** A jsg Date field: a Date or a number of milliseconds (strings are refused). */
  function dateField(value, field, struct) {
    let date;
    if (value instanceof Date) date = value;
    else if (typeof value === "number") date = new Date(value);
    else throw fieldTypeError(field, struct, "date");
    if (Number.isNaN(date.getTime())) throw new TypeError("The value cannot be converted because it is not a valid Date.");
    return date;
  }

  /** A date header workerd could not parse counts as the epoch. */
  function headerDate(text) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? new Date(0) : date;
  }

  /** httpMetadata as workerd keeps it for the result (strings, cacheExpiry a Date). */
  function httpMetadataOption(value, struct = "PutOptions") {
    const m = {};
    if (value instanceof Headers) {
      const pairs = [["contentType", "content-type"], ["contentEncoding", "content-encoding"],
        ["contentDisposition", "content-disposition"], ["contentLanguage", "content-language"], ["cacheControl", "cache-control"]];
      for (const [field, header] of pairs) {
        const v = value.get(header);
        if (v !== null) m[field] = v;
      }
      const expires = value.get("expires");
      if (expires !== null) m.cacheExpiry = headerDate(expires);
      return m;
    }
    if (value === null) return m;
    if (!isDictionary(value)) throw fieldTypeError("httpMetadata", struct, "HttpMetadata or Headers");
    for (const field of HTTP_FIELDS) {
      if (value[field] !== undefined) m[field] = `${value[field]}`;
    }
    if (value.cacheExpiry !== undefined) m.cacheExpiry = dateField(value.cacheExpiry, "cacheExpiry", "HttpMetadata");
    return m;
  }

  /** The same metadata as Java stores it (cacheExpiry in epoch milliseconds). */
  function storedHttpMetadata(m) {
    const stored = {};
    for (const field of HTTP_FIELDS) if (m[field] !== undefined) stored[field] = m[field];
    if (m.cacheExpiry !== undefined) stored.cacheExpiry = m.cacheExpiry.getTime();
    return stored;
  }

  /** A record of strings: any object but an array (its own enumerable keys, values as strings). */
  function customMetadataOption(value, struct = "PutOptions") {
    if (!isDictionary(value) || Array.isArray(value)) throw fieldTypeError("customMetadata", struct, "object");
    const m = {};
    for (const key of Object.keys(value)) m[key] = `${value[key]}`;
    return m;
  }

  /** workerd's parser of If-Match / If-None-Match lists. */
  function parseEtagHeader(header) {
    const etags = [];
    let rest = header;
    let commaRequired = false;
    for (;;) {
      rest = rest.replace(/^[ \t]+/, "");
      if (rest.length === 0) return etags;
      const c = rest[0];
      if (c === ",") {
        rest = rest.slice(1);
        commaRequired = false;
      } else if (c === "*") {
        if (commaRequired) throw new Error("Comma was expected to separate etags. Encountered a wildcard character '*' instead.");
        return [{ type: "wildcard" }];
      } else if (c === "W") {
        if (commaRequired) throw new Error("Comma was expected to separate etags. Encountered a weak quotation character 'W' instead. This would otherwise indicate the start of a new weak etag.");
        if (!(rest.length > 2 && rest[1] === "/" && rest[2] === "\"")) throw new Error("Weak etags must start with W/ and their value must be quoted");
        rest = rest.slice(3);
        const end = rest.indexOf("\"");
        if (end < 0) throw new Error("Unclosed double quote for Etag");
        etags.push({ type: "weak", value: rest.slice(0, end) });
        rest = rest.slice(end + 1);
        commaRequired = true;
      } else if (c === "\"") {
        if (commaRequired) throw new Error("Comma was expected to separate etags. Encountered a double quote character '\"' instead. This would otherwise indicate the start of a new strong etag.");
        rest = rest.slice(1);
        const end = rest.indexOf("\"");
        if (end < 0) throw new Error("Unclosed double quote for Etag");
        etags.push({ type: "strong", value: rest.slice(0, end) });
        rest = rest.slice(end + 1);
        commaRequired = true;
      } else {
        return etags;
      }
    }
  }

  function singleEtag(value, field) {
    const text = stringField(value, field, "Conditional");
    if (text.length >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      throw new TypeError(`Conditional ETag should not be wrapped in quotes (${text}).`);
    }
    return text === "*" ? [{ type: "wildcard" }] : [{ type: "strong", value: text }];
  }

  /** An onlyIf object or Headers, as Java evaluates it. */
  function conditionalOption(value, struct) {
    if (value === undefined || value === null) return undefined;
    const c = {};
    if (value instanceof Headers) {
      c.secondsGranularity = true;
      const ifMatch = value.get("if-match");
      if (ifMatch !== null) {
        c.etagMatches = parseEtagHeader(ifMatch);
        if (c.etagMatches.length === 0) throw new Error("Invalid ETag in if-match header");
      }
      const ifNoneMatch = value.get("if-none-match");
      if (ifNoneMatch !== null) {
        c.etagDoesNotMatch = parseEtagHeader(ifNoneMatch);
        if (c.etagDoesNotMatch.length === 0) throw new Error("Invalid ETag in if-none-match header");
      }
      const modifiedSince = value.get("if-modified-since");
      if (modifiedSince !== null) c.uploadedAfter = headerDate(modifiedSince).getTime();
      const unmodifiedSince = value.get("if-unmodified-since");
      if (unmodifiedSince !== null) c.uploadedBefore = headerDate(unmodifiedSince).getTime();
      return c;
    }
    if (!isDictionary(value)) {
      throw new TypeError(`Incorrect type for the 'onlyIf' field on '${struct}': the provided value is not of type 'Conditional or Headers'.`);
    }
    c.secondsGranularity = Boolean(value.secondsGranularity);
    if (value.etagMatches !== undefined) c.etagMatches = singleEtag(value.etagMatches, "etagMatches");
    if (value.etagDoesNotMatch !== undefined) c.etagDoesNotMatch = singleEtag(value.etagDoesNotMatch, "etagDoesNotMatch");
    if (value.uploadedBefore !== undefined) c.uploadedBefore = dateField(value.uploadedBefore, "uploadedBefore", "Conditional").getTime();
    if (value.uploadedAfter !== undefined) c.uploadedAfter = dateField(value.uploadedAfter, "uploadedAfter", "Conditional").getTime();
    return c;
  }

  const isWhole = (n) => Number.isFinite(n) && Math.trunc(n) === n;

  /** A range object checked as workerd checks it, or a Range header. */
  function rangeOption(value, request) {
    if (value === undefined || value === null) return;
    if (value instanceof Headers) {
      const header = value.get("range");
      if (header !== null) request.rangeHeader = header;
      return;
    }
    if (!isDictionary(value)) throw fieldTypeError("range", "GetOptions", "Range or Headers");
    const range = {};
    const offset = value.offset === undefined ? undefined : Number(value.offset);
    const length = value.length === undefined ? undefined : Number(value.length);
    const suffix = value.suffix === undefined ? undefined : Number(value.suffix);
    if (offset !== undefined) {
      if (!(offset >= 0)) throw new RangeError(`Invalid range. Starting offset (${offset}) must be greater than or equal to 0.`);
      if (!isWhole(offset)) throw new RangeError(`Invalid range. Starting offset (${offset}) must be an integer, not floating point.`);
      range.offset = offset;
    }
    if (length !== undefined) {
      if (!(length >= 0)) throw new RangeError(`Invalid range. Length (${length}) must be greater than or equal to 0.`);
      if (!isWhole(length)) throw new RangeError(`Invalid range. Length (${length}) must be an integer, not floating point.`);
      range.length = length;
    }
    if (suffix !== undefined) {
      if (offset !== undefined) throw new TypeError("Suffix is incompatible with offset.");
      if (length !== undefined) throw new TypeError("Suffix is incompatible with length.");
      if (!(suffix >= 0)) throw new RangeError(`Invalid suffix. Suffix (${suffix}) must be greater than or equal to 0.`);
      if (!isWhole(suffix)) throw new RangeError(`Invalid range. Suffix (${suffix}) must be an integer, not floating point.`);
      range.suffix = suffix;
    }
    request.range = range;
  }

  function checkSsecKey(key) {
    if (key === undefined) return;
    if (isBufferSource(key)) {
      if (viewOf(key).byteLength !== 32) throw new Error("SSE-C Key must be 32 bytes in length");
      return;
    }
    const text = `${key}`;
    if (!/^[0-9a-f]+$/.test(text)) throw new Error("SSE-C Key has invalid format");
    if (text.length !== 64) throw new Error("SSE-C Key must be 32 bytes in length");
  }

  /** The checksum to verify: at most one algorithm, as a binary or hex value of the right size. */
  function checksumOption(options, request) {
    let algorithm = null;
    for (const [field, name, size] of HASHES) {
      const value = options[field];
      if (value === undefined) continue;
      if (algorithm !== null) throw new TypeError("You cannot specify multiple hashing algorithms.");
      algorithm = name;
      if (isBufferSource(value)) {
        const bytes = viewOf(value);
        if (bytes.byteLength !== size) throw new TypeError(`${name} is ${size} bytes, not ${bytes.byteLength}`);
        request[field] = hex(bytes);
      } else {
        if (typeof value !== "string") {
          throw new TypeError(`Incorrect type for the '${field}' field on 'PutOptions': the provided value is not of type 'JsBufferSource or string'.`);
        }
        const text = value;
        if (text.length !== size * 2) throw new TypeError(`${name} is ${size * 2} hex characters, not ${text.length}`);
        if (!/^[0-9a-fA-F]*$/.test(text)) throw new TypeError(`Provided ${name} wasn't a valid hex string`);
        request[field] = text.toLowerCase();
      }
    }
    return algorithm;
  }

  // ---- results ----------------------------------------------------------------------------

  const checksumHex = new WeakMap();

  class Checksums {
    constructor(key, hexes) {
      if (key !== token) throw new TypeError("Illegal constructor");
      checksumHex.set(this, hexes);
      for (const [field] of [...HASHES].reverse()) {
        const value = hexes[field];
        let buffer;
        if (value !== undefined) {
          const bytes = new Uint8Array(value.length / 2);
          for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(value.substr(i * 2, 2), 16);
          buffer = bytes.buffer;
        }
        Object.defineProperty(this, field, { value: buffer, enumerable: true, configurable: true });
      }
    }
    toJSON() {
      const hexes = checksumHex.get(this);
      if (hexes === undefined) throw internals.illegalInvocation();
      const out = {};
      for (const [field] of HASHES) if (hexes[field] !== undefined) out[field] = hexes[field];
      return out;
    }
  }

  function readHttpMetadata(stored) {
    const m = {};
    for (const field of HTTP_FIELDS) if (stored[field] !== undefined) m[field] = stored[field];
    if (stored.cacheExpiry !== undefined) m.cacheExpiry = new Date(stored.cacheExpiry);
    return m;
  }

  const httpMetadataOf = new WeakMap();

  class HeadResult {
    constructor(key, meta, httpMetadata, customMetadata) {
      if (key !== token) throw new TypeError("Illegal constructor");
      const http = httpMetadata ?? readHttpMetadata(meta.httpMetadata);
      httpMetadataOf.set(this, http);
      const own = {
        key: meta.key, version: meta.version, size: meta.size, etag: meta.etag, httpEtag: `"${meta.etag}"`,
        checksums: new Checksums(token, meta.checksums), uploaded: new Date(meta.uploaded), httpMetadata: http,
        customMetadata: customMetadata ?? { ...meta.customMetadata }, range: meta.range, storageClass: "", ssecKeyMd5: undefined,
      };
      // workerd's lazy instance properties are listed last-declared first
      for (const name of Object.keys(own).reverse()) {
        Object.defineProperty(this, name, { value: own[name], enumerable: true, configurable: true });
      }
    }
    writeHttpMetadata(headers) {
      if (!httpMetadataOf.has(this)) throw internals.illegalInvocation();
      if (!(headers instanceof Headers)) throw argumentError("writeHttpMetadata", "HeadResult", 1, "Headers");
      const m = httpMetadataOf.get(this);
      if (m.contentType !== undefined) headers.set("content-type", m.contentType);
      if (m.contentLanguage !== undefined) headers.set("content-language", m.contentLanguage);
      if (m.contentDisposition !== undefined) headers.set("content-disposition", m.contentDisposition);
      if (m.contentEncoding !== undefined) headers.set("content-encoding", m.contentEncoding);
      if (m.cacheControl !== undefined) headers.set("cache-control", m.cacheControl);
      if (m.cacheExpiry !== undefined) headers.set("expires", m.cacheExpiry.toUTCString());
    }
  }

  const bodies = new WeakMap();

  function bodyOf(self) {
    const response = bodies.get(self);
    if (response === undefined) throw internals.illegalInvocation();
    return response;
  }

  class GetResult extends HeadResult {
    constructor(key, meta, stream) {
      super(key, meta);
      // a Response over the stream gives workerd's body rules: bodyUsed, one read, the messages
      bodies.set(this, new Response(stream));
    }
    get body() { return bodyOf(this).body; }
    get bodyUsed() { return bodyOf(this).bodyUsed; }
    arrayBuffer() { return bodyOf(this).arrayBuffer(); }
    bytes() { return bodyOf(this).bytes(); }
    text() { return bodyOf(this).text(); }
    json() { return bodyOf(this).json(); }
    async blob() {
      const buffer = await bodyOf(this).arrayBuffer();
      return new Blob([buffer], { type: httpMetadataOf.get(this).contentType ?? "" });
    }
  }

  /** A byte stream pulling the object's body from Java chunk by chunk. */
  function bodyStream(reader, length) {
    const stream = new ReadableStream({
      type: "bytes",
      pull(controller) {
        const buffer = call(() => reader.read());
        if (buffer === null) controller.close();
        else controller.enqueue(new Uint8Array(new Uint8Array(buffer)));
      },
      cancel() { reader.close(); },
    });
    internals.setKnownStreamLength(stream, length);
    return stream;
  }

  // ---- the bucket -------------------------------------------------------------------------

  class R2MultipartUpload {
    #bucket;
    constructor(key, bucket, objectKey, uploadId) {
      if (key !== token) throw new TypeError("Illegal constructor");
      this.#bucket = bucket;
      Object.defineProperty(this, "uploadId", { value: uploadId, enumerable: true, configurable: true });
      Object.defineProperty(this, "key", { value: objectKey, enumerable: true, configurable: true });
    }
    async uploadPart(partNumber, value, options) {
      const host = hostOf(this.#bucket);
      const body = putValue("uploadPart", "R2MultipartUpload", value, false);
      try {
        options = optionsArgument("uploadPart", "R2MultipartUpload", 3, options, "UploadPartOptions");
      } catch (e) {
        cancelStream(body);
        throw e;
      }
      const number = Math.trunc(Number(partNumber)) || 0;
      {
        try {
          if (number < 1 || number > 10000) {
            throw new TypeError(`Part number must be between 1 and 10000 (inclusive). Actual value was: ${number}`);
          }
          if (isDictionary(options)) checkSsecKey(options.ssecKey);
        } catch (e) {
          cancelStream(body);
          throw e;
        }
        checkKnownLength(body);
        const writer = host.newPart();
        await writeBody(writer, body);
        const etag = call(() => host.uploadPart(this.key, this.uploadId, number, writer));
        return { partNumber: number, etag };
      }
    }
    async abort() {
      const host = hostOf(this.#bucket);
      call(() => host.abortMultipartUpload(this.key, this.uploadId));
    }
    async complete(uploadedParts) {
      const host = hostOf(this.#bucket);
      if (uploadedParts === null || typeof uploadedParts !== "object" || typeof uploadedParts[Symbol.iterator] !== "function") {
        throw argumentError("complete", "R2MultipartUpload", 1, "Array");
      }
      const parts = Array.from(uploadedParts, (p, i) => {
        if (p === null || (typeof p !== "object" && typeof p !== "function")) {
          throw new TypeError(`Incorrect type for array element ${i}: the provided value is not of type 'UploadedPart'.`);
        }
        return { partNumber: Math.trunc(Number(p.partNumber)) || 0, etag: `${p.etag}` };
      });
      for (const { partNumber } of parts) {
        if (partNumber < 1 || partNumber > 10000) {
          throw new TypeError(`Part number must be between 1 and 10000 (inclusive). Actual value was: ${partNumber}`);
        }
      }
      const meta = JSON.parse(call(() => host.completeMultipartUpload(this.key, this.uploadId, toJson(parts))));
      return new HeadResult(token, meta);
    }
  }

  class R2Bucket {
    constructor(key, host) {
      if (key !== token) throw new TypeError("Illegal constructor");
      hosts.set(this, host);
    }
    async head(key) {
      const host = hostOf(this);
      const meta = call(() => host.head(keyArgument("head", "R2Bucket", key, arguments.length > 0)));
      return meta === null ? null : new HeadResult(token, JSON.parse(meta));
    }
    async get(key, options) {
      const host = hostOf(this);
      const objectKey = keyArgument("get", "R2Bucket", key, arguments.length > 0);
      options = optionsArgument("get", "R2Bucket", 2, options, "GetOptions");
      const request = {};
      if (options !== undefined) {
        const onlyIf = conditionalOption(options.onlyIf, "GetOptions");
        if (onlyIf !== undefined) request.onlyIf = onlyIf;
        rangeOption(options.range, request);
        checkSsecKey(options.ssecKey);
      }
      const outcome = call(() => host.get(objectKey, toJson(request)));
      if (outcome === null) return null;
      const meta = JSON.parse(outcome.meta());
      const reader = outcome.body();
      if (reader === null) return new HeadResult(token, meta);
      return new GetResult(token, meta, bodyStream(reader, meta.range.length));
    }
    async put(key, value, options) {
      const host = hostOf(this);
      const objectKey = keyArgument("put", "R2Bucket", key, arguments.length > 0);
      // a missing body is refused; an explicit undefined or null stores an empty object (recorded)
      if (arguments.length < 2) throw argumentError("put", "R2Bucket", 2, PUT_VALUE);
      const body = putValue("put", "R2Bucket", value, true);
      options = optionsArgument("put", "R2Bucket", 3, options, "PutOptions");
      {
        const request = {};
        let sentHttp = {};
        let sentCustom = {};
        let algorithm = null;
        try {
          if (options !== undefined) {
            const onlyIf = conditionalOption(options.onlyIf, "PutOptions");
            if (onlyIf !== undefined) request.onlyIf = onlyIf;
            if (options.customMetadata !== undefined) sentCustom = customMetadataOption(options.customMetadata);
            if (options.httpMetadata !== undefined) sentHttp = httpMetadataOption(options.httpMetadata);
            algorithm = checksumOption(options, request);
            // storageClass is accepted and, as in Miniflare, not stored: objects report ""
            checkSsecKey(options.ssecKey);
          }
        } catch (e) {
          cancelStream(body);
          throw e;
        }
        checkKnownLength(body);
        request.httpMetadata = storedHttpMetadata(sentHttp);
        request.customMetadata = sentCustom;
        const writer = host.newBody(algorithm);
        await writeBody(writer, body);
        const meta = call(() => host.put(objectKey, writer, toJson(request)));
        return meta === null ? null : new HeadResult(token, JSON.parse(meta), sentHttp, sentCustom);
      }
    }
    async createMultipartUpload(key, options) {
      const host = hostOf(this);
      const objectKey = keyArgument("createMultipartUpload", "R2Bucket", key, arguments.length > 0);
      options = optionsArgument("createMultipartUpload", "R2Bucket", 2, options, "MultipartOptions");
      const request = { httpMetadata: {}, customMetadata: {} };
      if (options !== undefined) {
        if (options.customMetadata !== undefined) request.customMetadata = customMetadataOption(options.customMetadata, "MultipartOptions");
        if (options.httpMetadata !== undefined) {
          request.httpMetadata = storedHttpMetadata(httpMetadataOption(options.httpMetadata, "MultipartOptions"));
        }
        checkSsecKey(options.ssecKey);
      }
      const uploadId = call(() => host.createMultipartUpload(objectKey, toJson(request)));
      return new R2MultipartUpload(token, this, objectKey, uploadId);
    }
    resumeMultipartUpload(key, uploadId) {
      hostOf(this);
      if (arguments.length < 2) throw argumentError("resumeMultipartUpload", "R2Bucket", arguments.length + 1, "string");
      return new R2MultipartUpload(token, this, `${key}`, `${uploadId}`);
    }
    async delete(keys) {
      const host = hostOf(this);
      if (arguments.length === 0) throw argumentError("delete", "R2Bucket", 1, "string or Array");
      const list = Array.isArray(keys) ? keys.map((k) => `${k}`) : [`${keys}`];
      call(() => host.delete(toJson(list)));
    }
    async list(options) {
      const host = hostOf(this);
      options = optionsArgument("list", "R2Bucket", 1, options, "ListOptions");
      const request = {};
      if (options !== undefined) {
        if (options.limit !== undefined) {
          // WebIDL's long conversion: NaN and the infinities become 0 (refused), others wrap modulo 2^32
          const limit = Number(options.limit) | 0;
          // a negative limit lists as if none was given (recorded)
          if (limit >= 0) request.limit = limit;
        }
        for (const field of ["prefix", "cursor", "delimiter", "startAfter"]) {
          if (options[field] !== undefined) request[field] = stringField(options[field], field, "ListOptions");
        }
        if (options.include !== undefined) {
          if (!Array.isArray(options.include)) throw fieldTypeError("include", "ListOptions", "Array");
          request.include = Array.from(options.include, (v) => {
            const name = stringField(v, "include", "ListOptions");
            if (name !== "httpMetadata" && name !== "customMetadata") throw new RangeError(`Unsupported include value ${name}`);
            return name;
          });
        }
      }
      const page = JSON.parse(call(() => host.list(toJson(request))));
      const result = { objects: page.objects.map((meta) => new HeadResult(token, meta)), truncated: page.truncated };
      if (page.cursor !== undefined) result.cursor = page.cursor;
      result.delimitedPrefixes = page.delimitedPrefixes;
      return result;
    }
  }
  for (const cls of [R2Bucket, HeadResult, GetResult, Checksums, R2MultipartUpload]) {
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
  }

  return (host) => new R2Bucket(token, host);
})
