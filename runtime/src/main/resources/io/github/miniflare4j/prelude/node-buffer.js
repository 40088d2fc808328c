// Buffer, setImmediate and the helpers the node:* modules take from the prelude (nodeInternals),
// loaded the first time a worker with nodejs_compat needs them (see node.js).

// @imports utf8Encoder, inCurrentContext, eventTimer, asyncContext, bytesFromHost, illegalInvocation, compat, kState from core.js
// @imports kRS, ReadableStream from streams.js
// @imports kWS, WritableStream from writable.js
// @imports Headers from headers.js
// @imports atobImpl, btoaImpl, setTimeout, setInterval, clearTimeout, clearInterval from globals.js
// @imports CryptoKey, kKey from crypto.js
// @imports nodeState from node.js
// @imports workerModules from wasm.js
// @imports requestSerial from worker.js
// @imports Proxy from clone.js
// @exports Buffer, setImmediate, clearImmediate, nodeInternals

const BUFFER_ENCODINGS = ["utf8", "utf-8", "hex", "base64", "base64url", "latin1", "binary", "ascii", "utf16le", "ucs2", "ucs-2", "utf-16le"];

// Buffer's UTF-8 decoding keeps a leading byte order mark, as Node's does
const bufferUtf8Decoder = new TextDecoder("utf-8", { ignoreBOM: true });

const nodeErrorClasses = new Map();
/** workerd's toString of its Node errors (NodeErrorAbstraction's). */
function nodeErrorToString() { return `${this.name} [${this.code}]: ${this.message}`; }
/**
 * Node's ERR_* errors as workerd's internal_errors.ts builds them. A plain Error is an instance of a
 * class named after the code (NodeError: its toString shows the code); a TypeError or RangeError is
 * the built-in kind itself with an own enumerable `toString` doing the same (NodeTypeError,
 * NodeRangeError); both have own enumerable `code` then `name`, and a stack headed "Name: message".
 * ERR_OUT_OF_RANGE is a RangeError subclass named after the code with no toString of its own, its
 * stack headed "RangeError [ERR_OUT_OF_RANGE]: message".
 * The error is built by the kind's own constructor and then given the class's prototype: GraalJS
 * keeps no caller frames in the stack of a subclass constructed here.
 */
function nodeError(ctor, code, message) {
  const error = new ctor(message);
  const named = ctor === Error || code === "ERR_OUT_OF_RANGE";
  if (named) {
    let cls = nodeErrorClasses.get(code);
    if (cls === undefined) {
      cls = ({ [code]: class extends ctor {} })[code];
      if (ctor === Error) Object.defineProperty(cls.prototype, "toString", { value: nodeErrorToString, writable: true, configurable: true });
      nodeErrorClasses.set(code, cls);
    }
    Object.setPrototypeOf(error, cls.prototype);
  }
  error.code = code;
  const name = ctor.prototype.name;
  if (code === "ERR_OUT_OF_RANGE") {
    // the stack is formatted at its first read: with the code in the name, as workerd's
    error.name = `${name} [${code}]`;
    void error.stack;
  } else if (!named) {
    error.toString = function () { return `${this.name} [${this.code}]: ${this.message}`; };
  }
  error.name = name;
  return error;
}

/** How Node describes a received value in ERR_INVALID_ARG_TYPE messages. */
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === "function") {
    if (value.name) return ` Received function ${value.name}`;
    // as util.inspect shows an anonymous function: its kind (class, AsyncFunction, ...), cut at 25 characters
    const kind = /^class\b/.test(Function.prototype.toString.call(value)) ? "class" : value.constructor?.name || "Function";
    const shown = `[${kind} (anonymous)]`;
    return ` Received type function (${shown.length > 28 ? shown.slice(0, 25) + "..." : shown})`;
  }
  if (typeof value === "object") {
    if (value.constructor?.name) return ` Received an instance of ${value.constructor.name}`;
    return " Received [object Object]";
  }
  let shown = typeof value === "string" ? `'${value.length > 28 ? value.slice(0, 25) + "..." : value}'` : typeof value === "bigint" ? `${value}n` : String(value);
  if (typeof value === "symbol") shown = value.toString();
  return ` Received type ${typeof value} (${shown})`;
}

/** Node's ERR_INVALID_ARG_TYPE: a dotted name is a "property", a name ending in " argument" stands alone. */
function invalidArgType(name, expected, value) {
  const subject = name.endsWith(" argument") ? name : `"${name}" ${name.includes(".") ? "property" : "argument"}`;
  return nodeError(TypeError, "ERR_INVALID_ARG_TYPE", `The ${subject} must be ${expected}.${describeReceived(value)}`);
}

function normalizeEncoding(encoding) {
  const e = encoding === undefined || encoding === null ? "utf8" : String(encoding).toLowerCase();
  if (!BUFFER_ENCODINGS.includes(e)) throw nodeError(TypeError, "ERR_UNKNOWN_ENCODING", `Unknown encoding: ${encoding}`);
  if (e === "utf-8") return "utf8";
  if (e === "binary") return "latin1";
  if (e === "ucs2" || e === "ucs-2" || e === "utf-16le") return "utf16le";
  return e;
}

function latin1String(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  return out;
}

function encodeString(text, encoding) {
  switch (normalizeEncoding(encoding)) {
    case "hex": {
      const n = text.length >>> 1;
      const bytes = new Uint8Array(n);
      let i = 0;
      for (; i < n; i++) {
        const b = parseInt(text.substr(2 * i, 2), 16);
        if (Number.isNaN(b) || !/^[0-9a-fA-F]{2}$/.test(text.substr(2 * i, 2))) break;
        bytes[i] = b;
      }
      return i === n ? bytes : bytes.slice(0, i);
    }
    case "base64":
    case "base64url": {
      let b64 = text.replace(/-/g, "+").replace(/_/g, "/");
      const pad = b64.indexOf("=");
      if (pad >= 0) b64 = b64.slice(0, pad);
      b64 = b64.replace(/[^A-Za-z0-9+/]/g, "");
      if (b64.length % 4 === 1) b64 = b64.slice(0, -1);
      while (b64.length % 4 !== 0) b64 += "=";
      const binary = atobImpl(b64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return bytes;
    }
    case "latin1":
    case "ascii": {
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
      return bytes;
    }
    case "utf16le": {
      const bytes = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) { const c = text.charCodeAt(i); bytes[2 * i] = c & 0xff; bytes[2 * i + 1] = c >> 8; }
      return bytes;
    }
    default:
      return utf8Encoder.encode(text);
  }
}

function decodeBytes(bytes, encoding) {
  switch (normalizeEncoding(encoding)) {
    case "hex": {
      let out = "";
      for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
      return out;
    }
    case "base64": return btoaImpl(latin1String(bytes));
    case "base64url": return btoaImpl(latin1String(bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    case "latin1": return latin1String(bytes);
    case "ascii": return latin1String(bytes.map((b) => b & 0x7f));
    case "utf16le": {
      let out = "";
      for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      return out;
    }
    default: return bufferUtf8Decoder.decode(bytes);
  }
}

/** Buffer's largest length (workerd's kMaxLength, 2 ** 31 - 1). */
const BUFFER_MAX_LENGTH = 2147483647;

/** How Node's ERR_OUT_OF_RANGE shows the received value: large integers with `_` separators, bigints with `n`. */
function formatRangeReceived(value) {
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) return withSeparators(String(value));
  if (typeof value === "bigint") return (value > 2n ** 32n || value < -(2n ** 32n) ? withSeparators(String(value)) : String(value)) + "n";
  if (typeof value === "string") return `'${value}'`;
  if (Object.is(value, -0)) return "-0";
  return String(value);
}
function withSeparators(digits) {
  let grouped = "";
  let i = digits.length;
  const first = digits[0] === "-" ? 1 : 0;
  for (; i >= first + 4; i -= 3) grouped = `_${digits.slice(i - 3, i)}${grouped}`;
  return digits.slice(0, i) + grouped;
}
/** Node's ERR_INVALID_ARG_VALUE: a dotted name is a "property"; the value shown as inspect shows a primitive. */
function invalidArgValue(name, value, reason = "is invalid", ctor = TypeError) {
  return nodeError(ctor, "ERR_INVALID_ARG_VALUE", `The ${name.includes(".") ? "property" : "argument"} '${name}' ${reason}. Received ${inspectPrimitive(value)}`);
}
function inspectPrimitive(value) {
  if (typeof value === "string") return value.includes("'") ? JSON.stringify(value) : `'${value}'`;
  if (typeof value === "bigint") return `${value}n`;
  if (Object.is(value, -0)) return "-0";
  if (typeof value === "symbol") return value.toString();
  return String(value);
}
/** Node's validateOneOf: the allowed values listed as inspect shows them. */
function validateOneOf(value, name, allowed) {
  if (!allowed.includes(value)) throw invalidArgValue(name, value, `must be one of: ${allowed.map((v) => (typeof v === "string" ? `'${v}'` : String(v))).join(", ")}`);
}
function outOfRange(name, range, value) {
  return nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "${name}" is out of range. It must be ${range}. Received ${formatRangeReceived(value)}`);
}
/** An integer argument in [min, max] (Buffer's own check, with workerd's "&&" wording). */
function validateOffset(value, name, min = 0, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== "number") throw invalidArgType(name, "of type number", value);
  if (!Number.isInteger(value)) throw outOfRange(name, "an integer", value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  return value;
}
/** The error of an access past the end: `last` is the largest valid offset (negative when none is). */
function boundsError(value, last, name) {
  if (Math.floor(value) !== value) throw outOfRange(name || "offset", "an integer", value);
  if (last < 0) throw nodeError(RangeError, "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds");
  throw outOfRange(name || "offset", `>= ${name ? 1 : 0} and <= ${last}`, value);
}
/** Validates a read or write of `size` bytes at `offset`; returns the offset. */
function checkAccess(buffer, offset, size) {
  validateOffset(offset, "offset", 0, buffer.length);
  if (offset + size > buffer.length) boundsError(offset, buffer.length - size);
  return offset;
}
/** The range check of an integer write of `size` bytes, worded as Node words it per width. */
function checkIntValue(value, min, max, size) {
  if (value > max || value < min) {
    const n = typeof min === "bigint" ? "n" : "";
    let range;
    if (size > 4) {
      const bits = size * 8;
      // workerd's bigint wording leaves the "n" off the signed upper bound's base
      range = min == 0 ? `>= 0${n} and < 2${n} ** ${bits}${n}` : `>= -(2${n} ** ${bits - 1}${n}) and < 2${size === 8 ? "" : n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw outOfRange("value", range, value);
  }
}
/** The variable-width (1..6 bytes) integer accessors' byteLength check. */
function checkByteLength(byteLength) {
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 || byteLength === 4 || byteLength === 5 || byteLength === 6) return byteLength;
  return boundsError(byteLength, 6, "byteLength");
}
function readUnsigned(buffer, offset, size, little) {
  checkAccess(buffer, offset, size);
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + buffer[offset + (little ? size - 1 - i : i)];
  return v;
}
function readSigned(buffer, offset, size, little) {
  const v = readUnsigned(buffer, offset, size, little);
  const limit = 2 ** (8 * size - 1);
  return v >= limit ? v - 2 * limit : v;
}
function writeInteger(buffer, value, offset, size, little, min, max) {
  value = +value;
  validateOffset(offset, "offset", 0, buffer.length);
  checkIntValue(value, min, max, size);
  if (offset + size > buffer.length) boundsError(offset, buffer.length - size);
  // the bytes of the truncated value, modulo 2 ** bits (as typed-array stores convert)
  let rest = Number.isFinite(value) ? Math.trunc(value) : 0;
  if (rest < 0) rest += 2 ** (8 * size);
  for (let i = 0; i < size; i++) {
    buffer[offset + (little ? i : size - 1 - i)] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return offset + size;
}

const NodeBuffer = class Buffer extends Uint8Array {
  /** Node's deprecated `new Buffer(...)`: a size allocates, anything else is `Buffer.from`. */
  constructor(value, encodingOrOffset, length) {
    if (typeof value === "number" || value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== "undefined" && value instanceof SharedArrayBuffer)) {
      super(value, encodingOrOffset, length);
    } else {
      const bytes = Buffer.from(value, encodingOrOffset, length);
      super(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
  }
  static from(value, encodingOrOffset, length) {
    // an encoding that is not a non-empty string means UTF-8, as Node's fromString
    if (typeof value === "string") return toBuffer(encodeString(value, typeof encodingOrOffset === "string" && encodingOrOffset !== "" ? encodingOrOffset : undefined));
    if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== "undefined" && value instanceof SharedArrayBuffer)) {
      const offset = encodingOrOffset === undefined ? 0 : Number(encodingOrOffset) || 0;
      if (offset > value.byteLength) throw nodeError(RangeError, "ERR_BUFFER_OUT_OF_BOUNDS", '"offset" is outside of buffer bounds');
      const size = length === undefined ? value.byteLength - offset : Number(length) || 0;
      if (offset + size > value.byteLength) throw nodeError(RangeError, "ERR_BUFFER_OUT_OF_BOUNDS", '"length" is outside of buffer bounds');
      return new Buffer(value, offset, size);
    }
    if (value instanceof Uint8Array) return toBuffer(new Uint8Array(value));
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      // a BigInt array's elements do not convert, as the typed array copy in workerd fails on them
      if (value instanceof BigInt64Array || value instanceof BigUint64Array) throw new TypeError("Cannot convert a BigInt value to a number");
      return toBuffer(Uint8Array.from(value, (v) => Number(v) & 0xff));
    }
    if (value != null && typeof value === "object") {
      const primitive = typeof value[Symbol.toPrimitive] === "function" ? value[Symbol.toPrimitive]("string") : value.valueOf();
      if (primitive != null && primitive !== value && (typeof primitive === "string" || typeof primitive === "object")) return Buffer.from(primitive, encodingOrOffset, length);
      if (value.type === "Buffer" && Array.isArray(value.data)) return toBuffer(Uint8Array.from(value.data, (v) => Number(v) & 0xff));
      if (typeof value.length === "number" || Array.isArray(value)) return toBuffer(Uint8Array.from(value, (v) => Number(v) & 0xff));
    }
    throw fixFirstArgMessage(value);
  }
  static of(...items) { return Buffer.from(items); }
  static alloc(size, fill, encoding) {
    checkSize(size);
    const buffer = new Buffer(size);
    if (fill !== undefined && fill !== 0 && size > 0) buffer.fill(fill, 0, buffer.length, encoding);
    return buffer;
  }
  static allocUnsafe(size) { checkSize(size); return new Buffer(size); }
  static allocUnsafeSlow(size) { checkSize(size); return new Buffer(size); }
  static isBuffer(value) { return value instanceof Buffer; }
  static isEncoding(encoding) { try { normalizeEncoding(encoding); return typeof encoding === "string" && encoding !== ""; } catch { return false; } }
  static byteLength(value, encoding) {
    if (typeof value !== "string") {
      if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== "undefined" && value instanceof SharedArrayBuffer)) return value.byteLength;
      throw invalidArgType("string", "of type string or an instance of Buffer or ArrayBuffer", value);
    }
    let e;
    try { e = normalizeEncoding(encoding); } catch { e = "utf8"; }
    // Node estimates the non-UTF-8 lengths from the string's length, without decoding
    switch (e) {
      case "ascii": case "latin1": return value.length;
      case "utf16le": return value.length * 2;
      case "hex": return value.length >>> 1;
      case "base64": case "base64url": {
        let n = value.length;
        if (value.charCodeAt(n - 1) === 0x3d) n--;
        if (n > 1 && value.charCodeAt(n - 1) === 0x3d) n--;
        return (n * 3) >>> 2;
      }
      default: return utf8Encoder.encode(value).length;
    }
  }
  static concat(list, totalLength) {
    if (!Array.isArray(list)) throw invalidArgType("list", "an (Buffer|Uint8Array)[]", list);
    if (list.length === 0) return Buffer.alloc(0);
    let total = totalLength;
    if (total === undefined) {
      total = 0;
      for (const b of list) {
        if (b?.length === undefined) throw invalidArgType("list", "an (Buffer|Uint8Array)[]", b);
        total += b.length;
      }
    }
    validateOffset(total, "length");
    // what has a length but is no Uint8Array fails in workerd's native concatenation
    list.forEach((b, i) => {
      if (!(b instanceof Uint8Array)) throw new TypeError(`Incorrect type for array element ${i}: the provided value is not of type 'JsUint8Array'.`);
    });
    const out = Buffer.alloc(total);
    let offset = 0;
    for (const b of list) {
      if (offset >= total) break;
      out.set(b.subarray(0, Math.min(b.length, total - offset)), offset);
      offset += b.length;
    }
    return out;
  }
  static compare(a, b) {
    // workerd names the arguments "a" and "b" and describes them by their type name
    if (!(a instanceof Uint8Array)) throw invalidArgType("a", "an instance of Buffer or Uint8Array", typeof a);
    if (!(b instanceof Uint8Array)) throw invalidArgType("b", "an instance of Buffer or Uint8Array", typeof b);
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
  }
  toString(encoding, start = 0, end = this.length) {
    if (encoding === null) throw nodeError(TypeError, "ERR_UNKNOWN_ENCODING", "Unknown encoding: null");
    start = Math.max(0, start | 0);
    end = Math.min(this.length, end === undefined ? this.length : end | 0);
    if (end <= start) return "";
    return decodeBytes(new Uint8Array(this.buffer, this.byteOffset + start, end - start), encoding);
  }
  toJSON() { return { type: "Buffer", data: Array.from(this) }; }
  equals(other) {
    // workerd names the argument "b" and describes it by its type name
    if (!(other instanceof Uint8Array)) throw invalidArgType("b", "an instance of Buffer or Uint8Array", typeof other);
    return Buffer.compare(this, other) === 0;
  }
  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!(target instanceof Uint8Array)) throw invalidArgType("target", "an instance of Buffer or Uint8Array", target);
    targetStart = targetStart === undefined ? 0 : validateOffset(targetStart, "targetStart", 0, BUFFER_MAX_LENGTH);
    targetEnd = targetEnd === undefined ? target.length : validateOffset(targetEnd, "targetEnd", 0, target.length);
    sourceStart = sourceStart === undefined ? 0 : validateOffset(sourceStart, "sourceStart", 0, BUFFER_MAX_LENGTH);
    sourceEnd = sourceEnd === undefined ? this.length : validateOffset(sourceEnd, "sourceEnd", 0, this.length);
    return Buffer.compare(this.subarray(sourceStart, sourceEnd), target.subarray(targetStart, targetEnd));
  }
  copy(target, targetStart, sourceStart, sourceEnd) {
    if (!(target instanceof Uint8Array)) throw invalidArgType("target", "an instance of Buffer or Uint8Array", target);
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw outOfRange("targetStart", ">= 0", targetStart);
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0) throw outOfRange("sourceStart", ">= 0", sourceStart);
    if (sourceStart >= 2 ** 32 - 1) throw outOfRange("sourceStart", `< ${2 ** 32 - 1}`, sourceStart);
    sourceEnd = toInteger(sourceEnd ?? this.length, 0);
    if (sourceEnd < 0) throw outOfRange("sourceEnd", ">= 0", sourceEnd);
    if (sourceEnd >= 2 ** 32 - 1) throw outOfRange("sourceEnd", `< ${2 ** 32 - 1}`, sourceEnd);
    if (targetStart >= target.length) return 0;
    if (sourceEnd > 0 && sourceEnd < sourceStart) sourceEnd = sourceStart;
    if (sourceEnd === sourceStart || target.length === 0 || this.length === 0) return 0;
    if (sourceEnd > this.length) sourceEnd = this.length;
    if (target.length - targetStart < sourceEnd - sourceStart) sourceEnd = target.length - targetStart + sourceStart;
    const n = sourceEnd - sourceStart;
    if (n <= 0) return 0;
    target.set(new Uint8Array(this.buffer, this.byteOffset + sourceStart, n), targetStart);
    return n;
  }
  write(text, offset, length, encoding) {
    text = `${text}`;
    if (offset === undefined) {
      // write(string) ignores any later arguments, encoding included, as Node's does
      offset = 0;
      length = this.length;
      encoding = "utf8";
    } else if (length === undefined && typeof offset === "string") {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, "offset", 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) length = remaining;
      else if (typeof length === "string") { encoding = length; length = remaining; }
      else { validateOffset(length, "length", 0, this.length); if (length > remaining) length = remaining; }
    }
    if (!encoding) encoding = "utf8";
    const bytes = encodeString(text, encoding);
    let n = Math.min(bytes.length, length);
    if (normalizeEncoding(encoding) === "utf8" && n < bytes.length) {
      while (n > 0 && (bytes[n] & 0xc0) === 0x80) n--; // never write part of a character
    }
    if (normalizeEncoding(encoding) === "utf16le") n -= n % 2; // nor part of a UTF-16 code unit
    this.set(bytes.subarray(0, n), offset);
    return n;
  }
  fill(value, start, end, encoding) {
    if (typeof value === "string") {
      if (typeof start === "string") { encoding = start; start = 0; end = this.length; }
      else if (typeof end === "string") { encoding = end; end = this.length; }
      normalizeEncoding(encoding);
    }
    if (start !== undefined && typeof start !== "number") throw invalidArgType("start", "of type number", start);
    if (end !== undefined && typeof end !== "number") throw invalidArgType("end", "of type number", end);
    if (end < 0 || end > this.length) throw outOfRange("end", `0 to ${this.length}`, end);
    if (start < 0 || this.length < start) throw outOfRange("start", "0 to end", start);
    if (end <= start) return this;
    start = start === undefined ? 0 : start >>> 0;
    end = end === undefined ? this.length : end >>> 0;
    if (typeof value === "string") {
      const bytes = encodeString(value, encoding);
      if (bytes.length === 0) {
        if (value.length && normalizeEncoding(encoding) === "hex") throw new TypeError("The text is not valid hex");
        if (value.length) throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'value' is invalid. Received '${value}'`);
        return super.fill(0, start, end);
      }
      for (let i = start, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
      return this;
    }
    if (value instanceof Uint8Array) {
      if (value.length === 0) throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", "The argument 'value' is invalid. Received 'zero-length'");
      for (let i = start, j = 0; i < end; i++, j = (j + 1) % value.length) this[i] = value[j];
      return this;
    }
    return super.fill(typeof value === "number" ? value & 0xff : Number(value ?? 0), start, end);
  }
  subarray(start, end) { return toBuffer(new Uint8Array(this.buffer, this.byteOffset, this.length).subarray(start, end)); }
  slice(start, end) { return this.subarray(start, end); }
  indexOf(value, byteOffset = 0, encoding = undefined) { return bufferIndexOf(this, value, byteOffset, encoding, true); }
  lastIndexOf(value, byteOffset = this.length, encoding = undefined) { return bufferIndexOf(this, value, byteOffset, encoding, false); }
  includes(value, byteOffset = 0, encoding = undefined) { return this.indexOf(value, byteOffset, encoding) !== -1; }
  swap16() { return swapBytes(this, 2); }
  swap32() { return swapBytes(this, 4); }
  swap64() { return swapBytes(this, 8); }
  readUIntLE(offset, byteLength) { return readUnsigned(this, checkVariableOffset(offset), checkByteLength(byteLength), true); }
  readUIntBE(offset, byteLength) { return readUnsigned(this, checkVariableOffset(offset), checkByteLength(byteLength), false); }
  readIntLE(offset, byteLength) { return readSigned(this, checkVariableOffset(offset), checkByteLength(byteLength), true); }
  readIntBE(offset, byteLength) { return readSigned(this, checkVariableOffset(offset), checkByteLength(byteLength), false); }
  writeUIntLE(value, offset, byteLength) { checkByteLength(byteLength); return writeInteger(this, value, offset, byteLength, true, 0, 2 ** (8 * byteLength) - 1); }
  writeUIntBE(value, offset, byteLength) { checkByteLength(byteLength); return writeInteger(this, value, offset, byteLength, false, 0, 2 ** (8 * byteLength) - 1); }
  writeIntLE(value, offset, byteLength) { checkByteLength(byteLength); const limit = 2 ** (8 * byteLength - 1); return writeInteger(this, value, offset, byteLength, true, -limit, limit - 1); }
  writeIntBE(value, offset, byteLength) { checkByteLength(byteLength); const limit = 2 ** (8 * byteLength - 1); return writeInteger(this, value, offset, byteLength, false, -limit, limit - 1); }
};
/** Buffer as workers see it: the class, also callable without `new` (Node's deprecated `Buffer(...)`). */
const Buffer = new Proxy(NodeBuffer, { apply: (target, thisArg, args) => new NodeBuffer(...args) });
Object.defineProperty(NodeBuffer.prototype, "constructor", { value: Buffer, writable: true, configurable: true, enumerable: false });
// The fixed-width readers and writers, from one table: [name, size, min, max] (integers) or the
// DataView type (floats); validation order and messages as in workerd's Buffer.
for (const [name, size, min, max, floatType] of [
  ["UInt8", 1, 0, 255], ["Int8", 1, -128, 127],
  ["UInt16", 2, 0, 65535], ["Int16", 2, -32768, 32767],
  ["UInt32", 4, 0, 4294967295], ["Int32", 4, -2147483648, 2147483647],
  ["Float", 4, undefined, undefined, "Float32"], ["Double", 8, undefined, undefined, "Float64"],
  ["BigUInt64", 8, 0n, 2n ** 64n - 1n], ["BigInt64", 8, -(2n ** 63n), 2n ** 63n - 1n],
]) {
  for (const [suffix, little] of size === 1 ? [["", false]] : [["LE", true], ["BE", false]]) {
    let read;
    let write;
    if (floatType) {
      const get = DataView.prototype["get" + floatType];
      const set = DataView.prototype["set" + floatType];
      read = function (offset = 0) { return get.call(view(this), checkAccess(this, offset, size), little); };
      write = function (value, offset = 0) {
        value = +value;
        set.call(view(this), checkAccess(this, offset, size), value, little);
        return offset + size;
      };
    } else if (typeof min === "bigint") {
      const get = DataView.prototype[min < 0n ? "getBigInt64" : "getBigUint64"];
      read = function (offset = 0) { return get.call(view(this), checkAccess(this, offset >>> 0, size), little); };
      write = function (value, offset = 0) {
        checkIntValue(value, min, max, size);
        // mixing a number into the bigint arithmetic fails with V8's TypeError, as in workerd
        if (typeof value !== "bigint") {
          checkAccess(this, offset, size);
          throw new TypeError("Cannot mix BigInt and other types, use explicit conversions");
        }
        checkAccess(this, offset, size);
        let lo = Number(value & 0xffffffffn);
        let hi = Number((value >> 32n) & 0xffffffffn);
        for (let i = 0; i < 4; i++) {
          this[offset + (little ? i : 7 - i)] = lo & 0xff; lo >>>= 8;
          this[offset + (little ? 4 + i : 3 - i)] = hi & 0xff; hi >>>= 8;
        }
        return offset + size;
      };
    } else {
      read = min < 0
        ? function (offset = 0) { return readSigned(this, offset, size, little); }
        : function (offset = 0) { return readUnsigned(this, offset, size, little); };
      write = function (value, offset = 0) { return writeInteger(this, value, offset, size, little, min, max); };
    }
    Object.defineProperty(read, "name", { value: "read" + name + suffix });
    Object.defineProperty(write, "name", { value: "write" + name + suffix });
    Buffer.prototype["read" + name + suffix] = read;
    Buffer.prototype["write" + name + suffix] = write;
    if (name.startsWith("UInt") || name.startsWith("BigUInt")) {
      const alias = name.replace("UInt", "Uint");
      Buffer.prototype["read" + alias + suffix] = read;
      Buffer.prototype["write" + alias + suffix] = write;
    }
  }
}
// Node's per-encoding methods (utf8Slice(start, end), utf8Write(string, offset, length), ...)
// that older libraries call directly; the arguments are checked as workerd checks them
for (const encoding of ["ascii", "base64", "base64url", "latin1", "hex", "ucs2", "utf8"]) {
  Object.defineProperty(NodeBuffer.prototype, encoding + "Slice", {
    value: function (start, end) {
      validateOffset(start, "start", 0, this.length);
      validateOffset(end, "end", 0, this.length);
      return end <= start ? "" : decodeBytes(new Uint8Array(this.buffer, this.byteOffset + start, end - start), encoding);
    },
    writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(NodeBuffer.prototype, encoding + "Write", {
    value: function (text, offset = 0, length = this.length) {
      validateOffset(offset, "offset", 0, this.length);
      validateOffset(length, "length", 0, this.length - offset);
      return this.write(text, offset, length, encoding);
    },
    writable: true, configurable: true, enumerable: false,
  });
}
// buf.inspect(): the bytes as util.inspect shows a Buffer (the first 50, then how many more)
function bufferInspect() {
  let hex = "";
  for (let i = 0; i < Math.min(50, this.length); i++) hex += (i ? " " : "") + this[i].toString(16).padStart(2, "0");
  if (this.length > 50) hex += ` ... ${this.length - 50} more byte${this.length - 50 > 1 ? "s" : ""}`;
  return `<${this.constructor?.name ?? "Buffer"} ${hex}>`;
}
Object.defineProperty(bufferInspect, "name", { value: "inspect" });
Object.defineProperty(NodeBuffer.prototype, "inspect", { value: bufferInspect, writable: true, configurable: true, enumerable: false });
// as in Node, the custom inspection hook is the same function (util.inspect formats a Buffer itself)
Object.defineProperty(NodeBuffer.prototype, Symbol.for("nodejs.util.inspect.custom"), { value: bufferInspect, writable: true, configurable: true, enumerable: false });
for (const name of ["readUIntLE", "readUIntBE", "writeUIntLE", "writeUIntBE"]) Buffer.prototype[name.replace("UInt", "Uint")] = Buffer.prototype[name];
// toLocaleString is toString itself, as in Node
Object.defineProperty(Buffer.prototype, "toLocaleString", { value: Buffer.prototype.toString, writable: true, configurable: true, enumerable: false });
Object.defineProperty(Buffer.prototype, "parent", { get() { return this instanceof Buffer ? this.buffer : undefined; }, enumerable: true, configurable: true });
Object.defineProperty(Buffer.prototype, "offset", { get() { return this instanceof Buffer ? this.byteOffset : undefined; }, enumerable: true, configurable: true });
// workerd never pools allocations and says so with a pool size of 0
Object.defineProperty(Buffer, "poolSize", { value: 0, enumerable: true, writable: false });

function checkVariableOffset(offset) {
  if (offset === undefined) throw invalidArgType("offset", "of type number", offset);
  return offset;
}
function fixFirstArgMessage(value) {
  return nodeError(TypeError, "ERR_INVALID_ARG_TYPE", `The first argument must be of type string or an instance of Buffer, TypedArray, ArrayBuffer, SharedArrayBuffer, or Array or an Array-like Object.${describeReceived(value)}`);
}
function checkSize(size) {
  if (typeof size !== "number") throw invalidArgType("size", "of type number", size);
  if (Number.isNaN(size)) throw nodeError(RangeError, "ERR_INVALID_ARG_VALUE", `The argument 'size' is invalid. Received NaN`);
  if (size >= BUFFER_MAX_LENGTH) throw outOfRange("size", `0 to ${BUFFER_MAX_LENGTH}`, size);
  // a negative size fails as the typed array constructor reports it, as in workerd
  if (!(size >= 0)) throw new RangeError(`Invalid typed array length: ${size}`);
}
/** Node's toInteger: a safe integer (floored), else the default. */
function toInteger(n, defaultValue) {
  n = +(n ?? 0);
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : Math.floor(n);
  return defaultValue;
}
function toBuffer(bytes) { return new Buffer(bytes.buffer, bytes.byteOffset, bytes.byteLength); }
function view(buffer) { return new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength); }
function swapBytes(buffer, size) {
  if (buffer.length % size !== 0) throw nodeError(RangeError, "ERR_INVALID_BUFFER_SIZE", `Buffer size must be a multiple of ${size * 8}-bits`);
  for (let i = 0; i < buffer.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) { const t = buffer[a]; buffer[a] = buffer[b]; buffer[b] = t; }
  }
  return buffer;
}
function bufferIndexOf(buffer, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === "string") { encoding = byteOffset; byteOffset = forward ? 0 : buffer.length; }
  byteOffset = Math.trunc(Number(byteOffset));
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buffer.length;
  if (byteOffset < 0) byteOffset = Math.max(forward ? 0 : -1, buffer.length + byteOffset);
  if (typeof value === "number") {
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
    return forward ? bytes.indexOf(value & 0xff, byteOffset) : bytes.lastIndexOf(value & 0xff, byteOffset);
  }
  const needle = typeof value === "string" ? encodeString(value, encoding) : value;
  if (!(needle instanceof Uint8Array)) throw invalidArgType("value", "one of type number or string or an instance of Buffer or Uint8Array", value);
  const last = buffer.length - needle.length;
  if (needle.length === 0) return forward ? Math.min(byteOffset, buffer.length) : Math.min(byteOffset, buffer.length);
  const matches = (i) => { for (let j = 0; j < needle.length; j++) if (buffer[i + j] !== needle[j]) return false; return true; };
  if (forward) { for (let i = byteOffset; i <= last; i++) if (matches(i)) return i; }
  else { for (let i = Math.min(byteOffset, last); i >= 0; i--) if (matches(i)) return i; }
  return -1;
}

/** The handle setImmediate returns (node:timers' Immediate); Symbol.dispose clears it. */
class Immediate {
  #id;
  constructor(id) { this.#id = id; }
  // workerd's immediates never keep anything alive: ref/unref do nothing and answer undefined
  hasRef() { return false; }
  ref() {}
  unref() {}
  [Symbol.dispose]() { host.clearTimer(this.#id); }
  static idOf(immediate) { return #id in immediate ? immediate.#id : undefined; }
}
// node:timers reaches workerd's setImmediate/clearImmediate through its TimersUtil object, whose
// name the argument errors carry (the globals of nodejs_compat_v2 say ServiceWorkerGlobalScope)
function setImmediate(callback, ...args) {
  if (typeof callback !== "function") throw new TypeError("Failed to execute 'setImmediate' on 'TimersUtil': parameter 1 is not of type 'function'.");
  return new Immediate(eventTimer(0, () => callback(...args), false));
}
function clearImmediateOn(owner) {
  return function clearImmediate(immediate) {
    // an optional argument: undefined is no error, null is (recorded)
    if (immediate === undefined) return;
    if (!(immediate instanceof Immediate)) throw new TypeError(`Failed to execute 'clearImmediate' on '${owner}': parameter 1 is not of type 'Immediate'.`);
    host.clearTimer(Immediate.idOf(immediate));
  };
}
const clearImmediate = clearImmediateOn("TimersUtil");

/**
 * node:timers' Timeout over the web timers (workerd's internal_timers): the handle setTimeout and
 * setInterval return, and what enable_nodejs_global_timers puts on the global scope.
 */
class Timeout {
  #id;
  #callback;
  #delay;
  #args;
  #repeat;
  // whether the handle is "refed": recorded only, as nothing here keeps an event loop alive
  #refed;
  constructor(callback, delay, args, repeat) {
    this.#callback = callback;
    this.#delay = delay === undefined ? 1 : delay * 1;
    this.#args = args;
    this.#repeat = repeat;
    this.#refed = true;
    this.#schedule();
  }
  #schedule() {
    // the callback runs as the web timers call it (the global scope as `this`, the async context of now)
    this.#id = (this.#repeat ? setInterval : setTimeout)(this.#callback, this.#delay, ...this.#args);
  }
  #clear() { (this.#repeat ? clearInterval : clearTimeout)(this.#id); }
  refresh() { this.#clear(); this.#schedule(); return this; }
  unref() { this.#refed = false; return this; }
  ref() { this.#refed = true; return this; }
  hasRef() { return this.#refed; }
  close() { this.#clear(); return this; }
  [Symbol.dispose]() { this.#clear(); }
  [Symbol.toPrimitive]() { return this.#id; }
  static clear(timer) { timer.#clear(); }
}
function checkTimerCallback(callback) {
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
}
const nodeTimers = {
  Timeout,
  setTimeout(callback, delay, ...args) { checkTimerCallback(callback); return new Timeout(callback, delay, args, false); },
  setInterval(callback, repeat, ...args) { checkTimerCallback(callback); return new Timeout(callback, repeat, args, true); },
  /** A Timeout or a web timer's id; anything else is ignored. */
  clearTimeout(timer) {
    if (timer instanceof Timeout) Timeout.clear(timer);
    else if (typeof timer === "number") clearTimeout(timer);
  },
  clearInterval(timer) {
    if (timer instanceof Timeout) Timeout.clear(timer);
    else if (typeof timer === "number") clearInterval(timer);
  },
};

/**
 * The hidden state util.inspect shows of a runtime object, as workerd's inspection shows it
 * ({state, supportsBYOB, length} of a ReadableStream, {state} of a WritableStream, {immutable}
 * of Headers); undefined for any other value.
 */
function webInspectState(value) {
  if (value instanceof ReadableStream) {
    const s = value[kRS];
    const length = typeof s.expectedLength === "number" ? s.expectedLength : typeof s.knownLength === "number" ? s.knownLength : undefined;
    // a body's stream (known length) is workerd's internal byte stream
    const bytes = s.controller?.constructor?.name === "ByteControllerState" || length !== undefined;
    return { state: s.state, supportsBYOB: bytes, length: length === undefined ? undefined : BigInt(length) };
  }
  if (value instanceof WritableStream) return { state: value[kWS].state };
  if (value instanceof Headers) return { immutable: Headers[kState](value) === "immutable" };
  return undefined;
}

/** What the node:* modules take from the prelude (engine.BuiltinModules puts the call first in each). */
const nodeInternals = {
  Buffer, BUFFER_MAX_LENGTH, nodeError, outOfRange, validateOffset, invalidArgType, invalidArgValue, validateOneOf, describeReceived, normalizeEncoding, encodeString, decodeBytes,
  asyncContext, bytesFromHost, illegalInvocation, inCurrentContext, setImmediate, clearImmediate, clearImmediateOn, Immediate, webInspectState, nodeTimers,
  get process() { return nodeState.process; },
  get flags() { return compat.flags; },
  get date() { return compat.date; },
  get host() { return nodeState.nodeHost ??= host.node(); },
  /** The require() of node:module's createRequire(base), base an absolute path or file: URL. */
  requireFrom: (base) => lazyModule("node-require.js").requireFrom(base),
  /** How many fetch events have been dispatched so far (node:fs empties /tmp for each). */
  get requestSerial() { return requestSerial.value; },
  /** The worker's modules as [name, bytes] pairs: node:fs's /bundle. */
  bundleFiles() {
    const pairs = workerModules().bundleFiles();
    const out = [];
    for (let i = 0; i + 1 < pairs.length; i += 2) out.push([String(pairs[i]), new Uint8Array(bytesFromHost(pairs[i + 1]))]);
    return out;
  },
  /** The internal state of a Web Crypto CryptoKey (node:crypto's KeyObject.from), else undefined. */
  cryptoKeyState: (key) => (key instanceof CryptoKey ? key[kKey] : undefined),
};
