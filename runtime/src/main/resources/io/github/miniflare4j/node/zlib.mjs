// node:zlib — deflate / inflate / gzip / gunzip / raw / unzip, sync, callback and stream forms,
// compressed by java.util.zip (webapi.NodeZlib), and Brotli: decoded by Google's Java decoder,
// encoded as stored (uncompressed) meta-blocks, a valid stream any decoder reads but not smaller
// than its input. A stream emits its output when it ends (in chunkSize pieces, after its "finish", as
// workerd's asynchronous handle does); flush() and params() take effect only at the end.
import { Transform, finished } from "node-internal:streams";
const { Buffer, nodeError, invalidArgType, outOfRange } = $node;
const java = $node.host;

export const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0,
  Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5,
  Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4897, DEFLATE: 1,
  INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: 134217728,
  Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9,
  Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1,
  BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3,
  BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4,
  BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31, ZSTD_ENCODE: 10, ZSTD_DECODE: 11, ZSTD_COMPRESS: 10, ZSTD_DECOMPRESS: 11,
  ZSTD_e_continue: 0, ZSTD_e_flush: 1, ZSTD_e_end: 2, ZSTD_c_compressionLevel: 100, ZSTD_c_windowLog: 101,
  ZSTD_c_hashLog: 102, ZSTD_c_chainLog: 103, ZSTD_c_searchLog: 104, ZSTD_c_minMatch: 105, ZSTD_c_targetLength: 106,
  ZSTD_c_strategy: 107, ZSTD_c_enableLongDistanceMatching: 160, ZSTD_c_ldmHashLog: 161, ZSTD_c_ldmMinMatch: 162,
  ZSTD_c_ldmBucketSizeLog: 163, ZSTD_c_ldmHashRateLog: 164, ZSTD_c_contentSizeFlag: 200, ZSTD_c_checksumFlag: 201,
  ZSTD_c_dictIDFlag: 202, ZSTD_c_nbWorkers: 400, ZSTD_c_jobSize: 401, ZSTD_c_overlapLog: 402, ZSTD_d_windowLogMax: 100,
  ZSTD_fast: 1, ZSTD_dfast: 2, ZSTD_greedy: 3, ZSTD_lazy: 4, ZSTD_lazy2: 5, ZSTD_btlazy2: 6, ZSTD_btopt: 7,
  ZSTD_btultra: 8, ZSTD_btultra2: 9, ZSTD_CLEVEL_DEFAULT: 3, ZSTD_error_no_error: 0, ZSTD_error_GENERIC: 1,
  ZSTD_error_prefix_unknown: 10, ZSTD_error_version_unsupported: 12, ZSTD_error_frameParameter_unsupported: 14,
  ZSTD_error_frameParameter_windowTooLarge: 16, ZSTD_error_corruption_detected: 20, ZSTD_error_checksum_wrong: 22,
  ZSTD_error_literals_headerWrong: 24, ZSTD_error_dictionary_corrupted: 30, ZSTD_error_dictionary_wrong: 32,
  ZSTD_error_dictionaryCreation_failed: 34, ZSTD_error_parameter_unsupported: 40,
  ZSTD_error_parameter_combination_unsupported: 41, ZSTD_error_parameter_outOfBound: 42,
  ZSTD_error_tableLog_tooLarge: 44, ZSTD_error_maxSymbolValue_tooLarge: 46, ZSTD_error_maxSymbolValue_tooSmall: 48,
  ZSTD_error_stabilityCondition_notRespected: 50, ZSTD_error_stage_wrong: 60, ZSTD_error_init_missing: 62,
  ZSTD_error_memory_allocation: 64, ZSTD_error_workSpace_tooSmall: 66, ZSTD_error_dstSize_tooSmall: 70,
  ZSTD_error_srcSize_wrong: 72, ZSTD_error_dstBuffer_null: 74, ZSTD_error_noForwardProgress_destFull: 80,
  ZSTD_error_noForwardProgress_inputEmpty: 82,
};
// every constant is a named export too, as in workerd
export const {
  BROTLI_DECODE, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY,
  BROTLI_DECODER_ERROR_FORMAT_DISTANCE, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_1, BROTLI_DECODER_ERROR_FORMAT_PADDING_2, BROTLI_DECODER_ERROR_FORMAT_RESERVED,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS,
  BROTLI_DECODER_ERROR_INVALID_ARGUMENTS, BROTLI_DECODER_ERROR_UNREACHABLE, BROTLI_DECODER_NEEDS_MORE_INPUT,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT, BROTLI_DECODER_NO_ERROR, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION,
  BROTLI_DECODER_PARAM_LARGE_WINDOW, BROTLI_DECODER_RESULT_ERROR, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT,
  BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT, BROTLI_DECODER_RESULT_SUCCESS, BROTLI_DECODER_SUCCESS, BROTLI_DEFAULT_MODE,
  BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_ENCODE, BROTLI_LARGE_MAX_WINDOW_BITS,
  BROTLI_MAX_INPUT_BLOCK_BITS, BROTLI_MAX_QUALITY, BROTLI_MAX_WINDOW_BITS, BROTLI_MIN_INPUT_BLOCK_BITS,
  BROTLI_MIN_QUALITY, BROTLI_MIN_WINDOW_BITS, BROTLI_MODE_FONT, BROTLI_MODE_GENERIC, BROTLI_MODE_TEXT,
  BROTLI_OPERATION_EMIT_METADATA, BROTLI_OPERATION_FINISH, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_PROCESS,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING, BROTLI_PARAM_LARGE_WINDOW, BROTLI_PARAM_LGBLOCK, BROTLI_PARAM_LGWIN,
  BROTLI_PARAM_MODE, BROTLI_PARAM_NDIRECT, BROTLI_PARAM_NPOSTFIX, BROTLI_PARAM_QUALITY, DEFLATE, DEFLATERAW, GUNZIP,
  GZIP, INFLATE, INFLATERAW, UNZIP, ZLIB_VERNUM, ZSTD_COMPRESS, ZSTD_DECODE, ZSTD_DECOMPRESS, ZSTD_ENCODE,
  ZSTD_error_GENERIC, ZSTD_error_checksum_wrong, ZSTD_error_corruption_detected, ZSTD_error_dictionaryCreation_failed,
  ZSTD_error_dictionary_corrupted, ZSTD_error_dictionary_wrong, ZSTD_error_dstBuffer_null, ZSTD_error_dstSize_tooSmall,
  ZSTD_error_frameParameter_unsupported, ZSTD_error_frameParameter_windowTooLarge, ZSTD_error_init_missing,
  ZSTD_error_literals_headerWrong, ZSTD_error_maxSymbolValue_tooLarge, ZSTD_error_maxSymbolValue_tooSmall,
  ZSTD_error_memory_allocation, ZSTD_error_noForwardProgress_destFull, ZSTD_error_noForwardProgress_inputEmpty,
  ZSTD_error_no_error, ZSTD_error_parameter_combination_unsupported, ZSTD_error_parameter_outOfBound,
  ZSTD_error_parameter_unsupported, ZSTD_error_prefix_unknown, ZSTD_error_srcSize_wrong,
  ZSTD_error_stabilityCondition_notRespected, ZSTD_error_stage_wrong, ZSTD_error_tableLog_tooLarge,
  ZSTD_error_version_unsupported, ZSTD_error_workSpace_tooSmall, Z_BEST_COMPRESSION, Z_BEST_SPEED, Z_BLOCK,
  Z_BUF_ERROR, Z_DATA_ERROR, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION, Z_DEFAULT_LEVEL, Z_DEFAULT_MEMLEVEL,
  Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_ERRNO, Z_FILTERED, Z_FINISH, Z_FIXED, Z_FULL_FLUSH, Z_HUFFMAN_ONLY,
  Z_MAX_CHUNK, Z_MAX_LEVEL, Z_MAX_MEMLEVEL, Z_MAX_WINDOWBITS, Z_MEM_ERROR, Z_MIN_CHUNK, Z_MIN_LEVEL, Z_MIN_MEMLEVEL,
  Z_MIN_WINDOWBITS, Z_NEED_DICT, Z_NO_COMPRESSION, Z_NO_FLUSH, Z_OK, Z_PARTIAL_FLUSH, Z_RLE, Z_STREAM_END,
  Z_STREAM_ERROR, Z_SYNC_FLUSH, Z_VERSION_ERROR,
} = constants;
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
/** A flush kind in [Z_NO_FLUSH, Z_BLOCK]: a number or numeric string, its fraction dropped; `shown` is the value the error names. */
function flushOption(options, name, shown) {
  let value = options?.[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) value = Number(value);
  if (typeof value !== "number" || Number.isNaN(value)) return undefined;
  value = Math.trunc(value);
  if (value < 0 || value > 6) {
    throw new RangeError(`The value of "options.${name}" is out of range. It must be >= 0 and <= 6. Received ${shown === undefined ? value : shown}`);
  }
  return value;
}
/**
 * The engine of one operation, from its options: level, strategy and dictionary are applied;
 * windowBits and memLevel are checked (java.util.zip uses zlib's defaults). zlib itself refuses
 * an unknown strategy and a window of 8 for gzip and raw deflate.
 */
function engineOf(format, compress, options) {
  const level = rangeOption(options, "level", -1, 9, -1);
  const brotli = format === "brotli";
  // a window of 0 lets inflate take the size from the stream's header
  const windowBits = rangeOption(options, "windowBits", brotli ? 10 : compress ? 8 : 0, brotli ? 24 : 15, 15);
  rangeOption(options, "memLevel", 1, 9, 8);
  rangeOption(options, "chunkSize", 64, 134217728, 16384);
  rangeOption(options, "maxOutputLength", 1, 134217728, undefined);
  if (!brotli) {
    const flush = flushOption(options, "flush", undefined);
    // workerd names the flush option's value (0 when absent) in the finishFlush error (recorded)
    flushOption(options, "finishFlush", flush ?? 0);
  }
  const strategy = options?.strategy;
  if (typeof strategy === "number" && (!Number.isInteger(strategy) || strategy < 0 || strategy > 4)) throw new Error("invalid strategy");
  if (!brotli && windowBits === 8 && format !== "deflate") throw new Error("Zlib error");
  if (brotli && options?.params != null) {
    for (const key of Object.keys(options.params)) {
      if (String(Number.parseInt(key, 10)) !== key || Number(key) > (compress ? 8 : 1)) throw new Error("Setting parameter failed");
    }
  }
  const engine = java.zlib(format, compress, level, rangeOption(options, "strategy", 0, 4, 0));
  const dictionary = options?.dictionary;
  if (!brotli && dictionary !== undefined && !(dictionary instanceof ArrayBuffer) && !ArrayBuffer.isView(dictionary)) {
    throw new TypeError("Incorrect type for the 'dictionary' field on 'Options': the provided value is not of type 'ArrayBuffer or ArrayBufferView'.");
  }
  if (!brotli && dictionary != null && ArrayBuffer.isView(dictionary)) engine.dictionary(new Uint8Array(dictionary.buffer, dictionary.byteOffset, dictionary.byteLength));
  if (!brotli && dictionary instanceof ArrayBuffer) engine.dictionary(new Uint8Array(dictionary));
  if (!compress && options?.finishFlush === constants.Z_SYNC_FLUSH) engine.partialOnTruncation();
  return engine;
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
  return options?.info ? { engine: undefined, buffer, engine: new classes[ENGINE_CLASS[format][compress ? 0 : 1]](options) } : buffer;
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
    const input = inputBytes(buffer, "zlib");
    queueMicrotask(() => {
      let result;
      try { result = run(format, compress, input, options); } catch (err) { callback(err); return; }
      callback(null, result);
    });
  };
}
/** Node's checkFiniteNumber: absent or NaN is the default, a non-number a type error, an infinity out of range. */
function finiteOption(value, name) {
  if (value === undefined || Number.isNaN(value)) return false;
  if (Number.isFinite(value)) return true;
  if (typeof value !== "number") throw invalidArgType(name, "of type number", value);
  throw outOfRange(name, "a finite number", value);
}
function streamRange(value, name, lower, upper) {
  if (finiteOption(value, name) && (value < lower || value > upper)) throw outOfRange(name, `>= ${lower} and <= ${upper}`, value);
}
/** The option checks of Node's zlib stream constructors (ERR_OUT_OF_RANGE / ERR_INVALID_ARG_TYPE), before the engine's own. */
function checkStreamOptions(format, compress, options) {
  if (options == null) return;
  if (finiteOption(options.chunkSize, "options.chunkSize") && options.chunkSize < 64) throw outOfRange("options.chunkSize", ">= 64", options.chunkSize);
  if (format === "brotli") return;
  streamRange(options.flush, "options.flush", 0, 6);
  streamRange(options.finishFlush, "options.finishFlush", 0, 6);
  // an inflating stream takes a window of 0 (or none) from the stream's header
  const headerWindow = !compress && format !== "deflate-raw" && (options.windowBits == null || options.windowBits === 0);
  if (!headerWindow) streamRange(options.windowBits, "options.windowBits", format === "gzip" && compress ? 9 : 8, 15);
  streamRange(options.level, "options.level", -1, 9);
  streamRange(options.memLevel, "options.memLevel", 1, 9);
  streamRange(options.strategy, "options.strategy", 0, 4);
}

const kFlushKind = Symbol("kFlushKind");
/** The empty chunks flush() writes, one per flush kind (Node's kFlushBuffers); any other kind writes undefined. */
const FLUSH_BUFFERS = [];
for (let kind = 0; kind <= 5; kind++) FLUSH_BUFFERS[kind] = Object.assign(Buffer.alloc(0), { [kFlushKind]: kind });

/**
 * zlib's verdict on a stream's first two bytes, which it reads as they are written: a wrong gzip magic or zlib
 * header fails the write (null while the bytes are acceptable; the rest is judged at the end).
 */
function headerFailure(format, b0, b1) {
  if (format === "gzip" || format === "unzip") {
    if (b0 === 0x1f && b1 === 0x8b) return null;
    if (format === "gzip") return "Z_DATA_ERROR\n-3\nincorrect header check";
  }
  if ((b0 * 256 + b1) % 31 !== 0) return "Z_DATA_ERROR\n-3\nincorrect header check";
  if ((b0 & 0x0f) !== 8) return "Z_DATA_ERROR\n-3\nunknown compression method";
  return null;
}

/** A zlib Transform stream: collects its input, writes the result when it ends. */
function ZlibStream(format, compress, options) {
  checkStreamOptions(format, compress, options);
  const engine = engineOf(format, compress, options);
  const chunkSize = options?.chunkSize >= 64 ? options.chunkSize : 16384;
  // the first bytes of an inflating stream with a header, until zlib has judged them
  let head = !compress && (format === "gzip" || format === "unzip" || format === "deflate") ? [] : null;
  Transform.call(this, {
    ...options,
    transform: (chunk, encoding, callback) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
      engine.push(bytes);
      this.bytesWritten += bytes.byteLength;
      if (head !== null) {
        for (let i = 0; i < bytes.length && head.length < 2; i++) head.push(bytes[i]);
        if (head.length === 2) {
          const failure = headerFailure(format, head[0], head[1]);
          head = null;
          if (failure !== null) { callback(zlibError(failure, true)); return; }
        }
      }
      callback();
    },
    // the result comes from the engine after the writable side finished, as from workerd's asynchronous handle
    flush: (callback) => $node.setImmediate(() => {
      const out = engine.finish();
      if (out == null) { callback(zlibError(engine.failure(), true)); return; }
      const bytes = Buffer.from(new Uint8Array(out));
      for (let i = 0; i < bytes.length; i += chunkSize) this.push(bytes.subarray(i, i + chunkSize));
      callback();
    }),
  });
  this.bytesWritten = 0;
  this._handle = {};
  this._defaultFlushFlag = options?.flush ?? constants.Z_NO_FLUSH;
  this._finishFlushFlag = options?.finishFlush ?? constants.Z_FINISH;
  this._defaultFullFlushFlag = constants.Z_FULL_FLUSH;
}
Object.setPrototypeOf(ZlibStream.prototype, Transform.prototype);
// workerd's (Node's) zlib has a no-op _final: its flush runs at prefinish, so "finish" comes before "end"
ZlibStream.prototype._final = function (callback) { callback(); };
ZlibStream.prototype.close = function (callback) {
  if (callback) finished(this, callback);
  this.destroy();
};
ZlibStream.prototype.flush = function (kind, callback) {
  if (typeof kind === "function" || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) queueMicrotask(callback);
  } else if (this.writableEnded) {
    if (callback) this.once("end", callback);
  } else this.write(FLUSH_BUFFERS[kind], "", callback);
};
ZlibStream.prototype.reset = function () {};
// params(level, strategy) belongs to the zlib formats only: Brotli streams have none in workerd
const zlibFormatProto = Object.create(ZlibStream.prototype);
zlibFormatProto.params = function (level, strategy, callback) {
  streamRange(level, "level", -1, 9);
  streamRange(strategy, "strategy", 0, 4);
  if (callback) queueMicrotask(callback);
};

const classes = {};
for (const [name, [format, compress]] of Object.entries(FORMS)) {
  const className = name[0].toUpperCase() + name.slice(1);
  const cls = { [className]: function (options) {
    if (new.target === undefined) throw new TypeError(`Class constructor ${className} cannot be invoked without 'new'`);
    ZlibStream.call(this, format, compress, options);
  } }[className];
  Object.setPrototypeOf(cls.prototype, format === "brotli" ? ZlibStream.prototype : zlibFormatProto);
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
  // the running value is a uint32 (workerd's validateUint32), checked before the data
  if (typeof value !== "number") throw invalidArgType("value", "of type number", value);
  if (!Number.isInteger(value)) throw $node.outOfRange("value", "an integer", value);
  if (value < 0 || value > 4294967295) throw $node.outOfRange("value", ">= 0 && < 4294967296", value);
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

// workerd's default export carries every constant as an enumerable member too
const zlib = { ...api, ...classes, constants, codes, crc32, ...constants };
export default zlib;
