// node:zlib — deflate / inflate / gzip / gunzip / raw / unzip, sync, callback and stream forms,
// compressed by java.util.zip (webapi.NodeZlib), and Brotli: decoded by Google's Java decoder,
// encoded as stored (uncompressed) meta-blocks, a valid stream any decoder reads but not smaller
// than its input. A stream emits its output when it ends.
import { Transform } from "node-internal:streams";
const { Buffer, nodeError, invalidArgType } = $node;
const java = $node.host;

export const constants = Object.freeze({
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4865,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0,
  BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_SIZE_HINT: 5,
});
export const codes = Object.freeze({
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  0: "Z_OK", 1: "Z_STREAM_END", 2: "Z_NEED_DICT", "-1": "Z_ERRNO", "-2": "Z_STREAM_ERROR", "-3": "Z_DATA_ERROR", "-4": "Z_MEM_ERROR", "-5": "Z_BUF_ERROR", "-6": "Z_VERSION_ERROR",
});

function inputBytes(buffer, method = "zlibSync") {
  if (typeof buffer === "string") return Buffer.from(buffer);
  if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  throw new TypeError(`Failed to execute '${method}' on 'ZlibUtil': parameter 1 is not of type 'string or ArrayBuffer or ArrayBufferView'.`);
}

/** An integer option in [min, max] (a numeric string counts, as workerd converts it), else `fallback` when absent. */
function rangeOption(options, name, min, max, fallback) {
  let value = options?.[name];
  if (value === undefined) return fallback;
  if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) value = Number(value);
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`The value of "options.${name}" is out of range. It must be >= ${min} and <= ${max}. Received ${value}`);
  }
  return value;
}
/** The level and strategy of an engine; windowBits and memLevel are checked (java.util.zip uses zlib's defaults). */
function engineOf(format, compress, options) {
  const level = rangeOption(options, "level", -1, 9, -1);
  rangeOption(options, "windowBits", format === "brotli" ? 10 : 8, format === "brotli" ? 24 : 15, 15);
  rangeOption(options, "memLevel", 1, 9, 8);
  const strategy = rangeOption(options, "strategy", 0, 4, 0);
  return java.zlib(format, compress, level, strategy);
}

/** zlib's message as a plain Error: workerd's sync forms set neither code nor errno, its streams do. */
function zlibError(failure, withCode = false) {
  const [code, errno, message] = failure.split("\n");
  const error = new Error(message);
  if (withCode) Object.assign(error, { code, errno: Number(errno) });
  return error;
}

function run(format, compress, input, options) {
  const engine = engineOf(format, compress, options);
  engine.push(input);
  const out = engine.finish();
  if (out == null) throw zlibError(engine.failure());
  const buffer = Buffer.from(new Uint8Array(out));
  if (options?.maxOutputLength !== undefined && buffer.length > options.maxOutputLength) throw new RangeError("Memory limit exceeded");
  // { info: true } answers the engine beside the result
  return options?.info ? { buffer, engine: new classes[ENGINE_CLASS[format][compress ? 0 : 1]](options) } : buffer;
}
const ENGINE_CLASS = {
  deflate: ["Deflate", "Inflate"], gzip: ["Gzip", "Gunzip"], "deflate-raw": ["DeflateRaw", "InflateRaw"], unzip: ["Unzip", "Unzip"],
  brotli: ["BrotliCompress", "BrotliDecompress"],
};

const FORMS = {
  deflate: ["deflate", true], inflate: ["deflate", false], gzip: ["gzip", true], gunzip: ["gzip", false],
  deflateRaw: ["deflate-raw", true], inflateRaw: ["deflate-raw", false], unzip: ["unzip", false],
  brotliCompress: ["brotli", true], brotliDecompress: ["brotli", false],
};

const api = {};
for (const [name, [format, compress]] of Object.entries(FORMS)) {
  api[`${name}Sync`] = (buffer, options) => run(format, compress, inputBytes(buffer), options);
  api[name] = (buffer, options, callback) => {
    if (typeof options === "function") { callback = options; options = {}; }
    if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
    const input = inputBytes(buffer);
    queueMicrotask(() => {
      let result;
      try { result = run(format, compress, input, options); } catch (err) { callback(err); return; }
      callback(null, result);
    });
  };
}
/** A zlib Transform stream: collects its input, writes the result when it ends. */
function ZlibStream(format, compress, options) {
  const engine = engineOf(format, compress, options);
  Transform.call(this, {
    ...options,
    transform(chunk, encoding, callback) {
      engine.push(typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk);
      callback();
    },
    flush(callback) {
      const out = engine.finish();
      if (out == null) callback(zlibError(engine.failure(), true));
      else callback(null, Buffer.from(new Uint8Array(out)));
    },
  });
  this.bytesWritten = 0;
}
Object.setPrototypeOf(ZlibStream.prototype, Transform.prototype);
ZlibStream.prototype.close = function (callback) { if (callback) queueMicrotask(callback); this.destroy(); };
ZlibStream.prototype.flush = function (kind, callback) { if (typeof kind === "function") callback = kind; if (callback) queueMicrotask(callback); };
ZlibStream.prototype.params = function (level, strategy, callback) { if (callback) queueMicrotask(callback); };
ZlibStream.prototype.reset = function () {};

const classes = {};
for (const [name, [format, compress]] of Object.entries(FORMS)) {
  const className = name[0].toUpperCase() + name.slice(1);
  const cls = { [className]: function (options) { if (!(this instanceof cls)) return new cls(options); ZlibStream.call(this, format, compress, options); } }[className];
  Object.setPrototypeOf(cls.prototype, ZlibStream.prototype);
  classes[className] = cls;
  api[`create${className}`] = (options) => new cls(options);
}
export const { Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress } = classes;

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();
export function crc32(data, value = 0) {
  const bytes = inputBytes(data, "crc32");
  let crc = ~value;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

export const {
  deflate, deflateSync, inflate, inflateSync, gzip, gzipSync, gunzip, gunzipSync, deflateRaw, deflateRawSync,
  inflateRaw, inflateRawSync, unzip, unzipSync, brotliCompress, brotliCompressSync, brotliDecompress, brotliDecompressSync,
  createDeflate, createInflate, createGzip, createGunzip, createDeflateRaw, createInflateRaw, createUnzip,
  createBrotliCompress, createBrotliDecompress,
} = api;

const zlib = { ...api, ...classes, constants, codes, crc32 };
// Node's legacy zlib.Z_* constants, not enumerable
for (const [name, value] of Object.entries(constants)) {
  if (!name.startsWith("BROTLI")) Object.defineProperty(zlib, name, { value, enumerable: false, writable: false, configurable: false });
}
export default zlib;
