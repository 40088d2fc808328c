// WHATWG Streams, part 3: workerd's byte transforms (IdentityTransformStream,
// FixedLengthStream), TextEncoderStream / TextDecoderStream, and CompressionStream /
// DecompressionStream backed by java.util.zip (webapi.Compressor) with bytes crossing in bulk.

// @imports bytesFromHost, defineGlobal, illegalInvocation, newOnly, refuseInGlobalScope from core.js
// @imports kInternal, copyBytes, kCtl, isBufferSource, toUint64 from streams.js
// @imports TransformStream, initByteTransform, tsEnqueue, tsError, setUpTransform from writable.js

const COMPRESSION_FORMATS = ["deflate", "deflate-raw", "gzip"];
const MAX_SAFE_LENGTH = 2 ** 53;
const NOT_BUFFER_SOURCE = "This TransformStream is being used as a byte stream, but received a value that is not a BufferSource.";

/** The optional QueuingStrategy dictionary of workerd's byte transforms: no object fails its conversion (recorded). */
function queuingStrategyArgument(options, className, index) {
  if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
    throw new TypeError(`Failed to construct '${className}': constructor parameter ${index} is not of type 'QueuingStrategy'.`);
  }
}

/** The read size of workerd's internal readable streams (a default read gets at most this many bytes). */
const INTERNAL_READS = { readChunk: 4096 };

class IdentityTransformStream extends TransformStream {
  constructor(options = undefined) {
    super(kInternal);
    if (options === kInternal) return;
    queuingStrategyArgument(options, "IdentityTransformStream", 1);
    const hwm = options?.highWaterMark;
    initByteTransform(this, (bytes, enqueue) => enqueue(copyBytes(bytes)), () => {}, false, hwm === undefined ? undefined : Number(hwm), INTERNAL_READS);
  }
}
Object.defineProperty(IdentityTransformStream.prototype, Symbol.toStringTag, { value: "IdentityTransformStream" });

class FixedLengthStream extends IdentityTransformStream {
  #expected;
  constructor(expectedLength, options = undefined) {
    super(kInternal);
    if (arguments.length === 0) throw new TypeError("Failed to construct 'FixedLengthStream': constructor parameter 1 is not of type 'bigint'.");
    const n = toUint64(expectedLength);
    queuingStrategyArgument(options, "FixedLengthStream", 2);
    if (n >= MAX_SAFE_LENGTH) throw new TypeError("FixedLengthStream requires an integer expected length less than 2^53.");
    this.#expected = n;
    let seen = 0;
    const target = this;
    initByteTransform(this, (bytes, enqueue) => {
      seen += bytes.byteLength;
      if (seen > target.#expected) {
        target[kCtl].readable.controller.error(new TypeError("Attempt to write too many bytes through a FixedLengthStream."));
        return;
      }
      enqueue(copyBytes(bytes));
    }, () => {
      if (seen < target.#expected) {
        target[kCtl].readable.controller.error(new TypeError("FixedLengthStream did not see all expected bytes before close()."));
      }
    }, false, undefined, { quietClose: true, readChunk: INTERNAL_READS.readChunk });
    // the HTTP server sends this length as Content-Length, as workerd does
    this[kCtl].readable.expectedLength = this.#expected;
  }
}
Object.defineProperty(FixedLengthStream.prototype, Symbol.toStringTag, { value: "FixedLengthStream" });

/** Base of the text and compression streams: a byte transform exposed through readable/writable. */
class TransformHolder {
  get readable() { return transformOf(this).readable.api; }
  get writable() { return transformOf(this).writable.api; }
}

/** The transform state of a holder, or workerd's Illegal invocation for any other receiver. */
function transformOf(holder) {
  if (typeof holder !== "object" || holder === null || !Object.prototype.hasOwnProperty.call(holder, kCtl)) throw illegalInvocation();
  return holder[kCtl];
}
// workerd makes these instances of TransformStream
Object.setPrototypeOf(TransformHolder.prototype, TransformStream.prototype);

class TextEncoderStream extends TransformHolder {
  constructor() {
    super();
    let pendingHighSurrogate = "";
    const encoder = new TextEncoder();
    initByteTransform(this, (chunk, enqueue) => {
      let text = pendingHighSurrogate + (typeof chunk === "string" ? chunk : String(chunk));
      pendingHighSurrogate = "";
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) { pendingHighSurrogate = text.slice(-1); text = text.slice(0, -1); }
      if (text.length > 0) enqueue(encoder.encode(text));
    }, (enqueue) => {
      if (pendingHighSurrogate) enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
    }, true, undefined, { readableHwm: 1 });
  }
  get encoding() { transformOf(this); return "utf-8"; }
}
Object.defineProperty(TextEncoderStream.prototype, Symbol.toStringTag, { value: "TextEncoderStream" });

class TextDecoderStream extends TransformHolder {
  #decoder;
  constructor(label = "utf-8", options = undefined) {
    super();
    const decoder = new TextDecoder(label, options ?? {});
    this.#decoder = decoder;
    // The readable side carries strings, so this one is a plain (non-byte) transform.
    const algorithms = {
      transform: (chunk) => {
        try {
          const text = decoder.decode(chunk, { stream: true });
          if (text.length > 0) tsEnqueue(this[kCtl], text);
          return Promise.resolve();
        } catch (e) { return Promise.reject(e); }
      },
      flush: () => {
        try {
          const text = decoder.decode();
          if (text.length > 0) tsEnqueue(this[kCtl], text);
          return Promise.resolve();
        } catch (e) { return Promise.reject(e); }
      },
      cancel: null,
    };
    // workerd takes one chunk before it pushes back, and fails on a chunk that is no bytes at once
    const { startDone } = setUpTransform(this, algorithms, 1, () => 1, 1, () => 1, false);
    this[kCtl].writable.checkChunk = (chunk) => {
      if (isBufferSource(chunk)) return undefined;
      const error = new TypeError(NOT_BUFFER_SOURCE);
      tsError(this[kCtl], error); // unlike a byte transform's refusal, this one errors the stream (recorded)
      return error;
    };
    startDone.resolve(undefined);
  }
  get encoding() { return TextDecoderStream.#decoderOf(this).encoding; }
  get fatal() { return TextDecoderStream.#decoderOf(this).fatal; }
  get ignoreBOM() { return TextDecoderStream.#decoderOf(this).ignoreBOM; }
  static #decoderOf(stream) {
    if (typeof stream !== "object" || stream === null || !(#decoder in stream)) throw illegalInvocation();
    return stream.#decoder;
  }
}
Object.defineProperty(TextDecoderStream.prototype, Symbol.toStringTag, { value: "TextDecoderStream" });

function compressionFormat(name, args) {
  if (args.length === 0 || typeof args[0] !== "string" && !(args[0] instanceof String)) {
    throw new TypeError(`Failed to construct '${name}': constructor parameter 1 is not of type 'string'.`);
  }
  const format = String(args[0]);
  if (!COMPRESSION_FORMATS.includes(format)) {
    throw new TypeError("The compression format must be either 'deflate', 'deflate-raw' or 'gzip'.");
  }
  return format;
}

/** Drives a Java Compressor: bytes in, bytes out, failures as TypeErrors with its message. */
function initZipTransform(target, zip) {
  const check = (out) => {
    if (out === null) throw new TypeError(zip.failure());
    return bytesFromHost(out);
  };
  initByteTransform(target, (bytes, enqueue) => enqueue(check(zip.push(bytes))), (enqueue) => enqueue(check(zip.finish())), false, undefined, { eager: true, readChunk: INTERNAL_READS.readChunk });
}

class CompressionStream extends TransformHolder {
  constructor(format) {
    refuseInGlobalScope(); // at the worker's top level (recorded)
    super();
    initZipTransform(this, host.compressor(compressionFormat("CompressionStream", arguments), true));
  }
}
Object.defineProperty(CompressionStream.prototype, Symbol.toStringTag, { value: "CompressionStream" });

class DecompressionStream extends TransformHolder {
  constructor(format) {
    refuseInGlobalScope();
    super();
    initZipTransform(this, host.compressor(compressionFormat("DecompressionStream", arguments), false));
  }
}
Object.defineProperty(DecompressionStream.prototype, Symbol.toStringTag, { value: "DecompressionStream" });

defineGlobal("IdentityTransformStream", newOnly(IdentityTransformStream, "IdentityTransformStream"));
defineGlobal("FixedLengthStream", newOnly(FixedLengthStream, "FixedLengthStream"));
defineGlobal("TextEncoderStream", newOnly(TextEncoderStream, "TextEncoderStream"));
defineGlobal("TextDecoderStream", newOnly(TextDecoderStream, "TextDecoderStream"));
defineGlobal("CompressionStream", newOnly(CompressionStream, "CompressionStream"));
defineGlobal("DecompressionStream", newOnly(DecompressionStream, "DecompressionStream"));
