// Buffer, setImmediate and the helpers the node:* modules take from the prelude (nodeInternals),
// loaded the first time a worker with nodejs_compat needs them (see node.js).

// @imports utf8Encoder, utf8Decoder, inCurrentContext, asyncContext, bytesFromHost, illegalInvocation, compat from core.js
// @imports atobImpl, btoaImpl from globals.js
// @imports CryptoKey, kKey from crypto.js
// @imports nodeState from node.js
// @exports Buffer, setImmediate, clearImmediate, nodeInternals

const BUFFER_ENCODINGS = ["utf8", "utf-8", "hex", "base64", "base64url", "latin1", "binary", "ascii", "utf16le", "ucs2", "ucs-2", "utf-16le"];

const nodeErrorClasses = new Map();
/**
 * Node's ERR_* errors as workerd builds them: a TypeError / RangeError with a `code`, or, for a
 * plain Error, an instance of a subclass named after the code (its `name` stays "Error").
 */
function nodeError(ctor, code, message) {
  let error;
  // NodeError subclasses, and ERR_OUT_OF_RANGE (a RangeError subclass), are classes named after the code
  if (ctor === Error || code === "ERR_OUT_OF_RANGE") {
    let cls = nodeErrorClasses.get(code);
    if (cls === undefined) {
      cls = ({ [code]: class extends ctor { toString() { return `${this.name} [${this.code}]: ${this.message}`; } } })[code];
      nodeErrorClasses.set(code, cls);
    }
    error = new cls(message);
  } else {
    error = new ctor(message);
  }
  error.code = code;
  return error;
}

/** How Node describes a received value in ERR_INVALID_ARG_TYPE messages. */
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === "function") return ` Received function ${value.name}`;
  if (typeof value === "object") {
    if (value.constructor?.name) return ` Received an instance of ${value.constructor.name}`;
    return " Received [object Object]";
  }
  let shown = typeof value === "string" ? `'${value.length > 28 ? value.slice(0, 25) + "..." : value}'` : typeof value === "bigint" ? `${value}n` : String(value);
  if (typeof value === "symbol") shown = value.toString();
  return ` Received type ${typeof value} (${shown})`;
}

function invalidArgType(name, expected, value) {
  return nodeError(TypeError, "ERR_INVALID_ARG_TYPE", `The "${name}" argument must be ${expected}.${describeReceived(value)}`);
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
    default: return utf8Decoder.decode(bytes);
  }
}

function checkOffset(buffer, offset, size) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== "number") throw invalidArgType("offset", "of type number", offset);
  const max = buffer.length - size;
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    if (max < 0) throw nodeError(RangeError, "ERR_BUFFER_OUT_OF_BOUNDS", "Attempt to access memory outside buffer bounds");
    throw nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "offset" is out of range. It must be ${Number.isInteger(offset) ? `>= 0 and <= ${max}` : "an integer"}. Received ${offset}`);
  }
  return offset;
}

function checkIntValue(value, min, max, size) {
  if (typeof value !== "number" && typeof value !== "bigint") throw invalidArgType("value", "of type number", value);
  if (value < min || value > max) {
    const range = size > 4 ? `>= ${min < 0 ? "-(2n ** " + (size * 8 - 1) + "n)" : "0n"} and < 2n ** ${size * 8 - (min < 0 ? 1 : 0)}n` : `>= ${min} and <= ${max}`;
    throw nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "value" is out of range. It must be ${range}. Received ${value}`);
  }
}

class Buffer extends Uint8Array {
  static from(value, encodingOrOffset, length) {
    if (typeof value === "string") return toBuffer(encodeString(value, encodingOrOffset));
    if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== "undefined" && value instanceof SharedArrayBuffer)) {
      const offset = encodingOrOffset === undefined ? 0 : Number(encodingOrOffset) || 0;
      if (offset > value.byteLength) throw nodeError(RangeError, "ERR_BUFFER_OUT_OF_BOUNDS", '"offset" is outside of buffer bounds');
      const size = length === undefined ? value.byteLength - offset : Number(length) || 0;
      if (offset + size > value.byteLength) throw nodeError(RangeError, "ERR_BUFFER_OUT_OF_BOUNDS", '"length" is outside of buffer bounds');
      return new Buffer(value, offset, size);
    }
    if (value instanceof Uint8Array) return toBuffer(new Uint8Array(value));
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return toBuffer(Uint8Array.from(value, (v) => Number(v) & 0xff));
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
    if (typeof value === "string") return encodeString(value, encoding).length;
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value.byteLength;
    throw invalidArgType("string", "of type string or an instance of Buffer or ArrayBuffer", value);
  }
  static concat(list, totalLength) {
    if (!Array.isArray(list)) throw invalidArgType("list", "an (Buffer|Uint8Array)[]", list);
    for (const b of list) if (!(b instanceof Uint8Array)) throw invalidArgType("list", "an (Buffer|Uint8Array)[]", b);
    const total = totalLength ?? list.reduce((n, b) => n + b.length, 0);
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
    if (!(a instanceof Uint8Array)) throw invalidArgType("buf1", "an instance of Buffer or Uint8Array", a);
    if (!(b instanceof Uint8Array)) throw invalidArgType("buf2", "an instance of Buffer or Uint8Array", b);
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
  }
  static copyBytesFrom(view, offset = 0, length) {
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    const size = view.BYTES_PER_ELEMENT ?? 1;
    return toBuffer(bytes.slice(offset * size, length === undefined ? undefined : (offset + length) * size));
  }
  toString(encoding, start = 0, end = this.length) {
    start = Math.max(0, start | 0);
    end = Math.min(this.length, end === undefined ? this.length : end | 0);
    if (end <= start) return "";
    return decodeBytes(new Uint8Array(this.buffer, this.byteOffset + start, end - start), encoding);
  }
  toLocaleString(encoding, start, end) { return this.toString(encoding, start, end); }
  toJSON() { return { type: "Buffer", data: Array.from(this) }; }
  equals(other) {
    // workerd names the argument "b" and describes it by its type name
    if (!(other instanceof Uint8Array)) throw invalidArgType("b", "an instance of Buffer or Uint8Array", typeof other);
    return Buffer.compare(this, other) === 0;
  }
  compare(target, targetStart = 0, targetEnd = target?.length, sourceStart = 0, sourceEnd = this.length) {
    if (!(target instanceof Uint8Array)) throw invalidArgType("target", "an instance of Buffer or Uint8Array", target);
    return Buffer.compare(this.subarray(sourceStart, sourceEnd), target.subarray(targetStart, targetEnd));
  }
  copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
    const n = Math.max(0, Math.min(sourceEnd - sourceStart, target.length - targetStart));
    target.set(new Uint8Array(this.buffer, this.byteOffset + sourceStart, n), targetStart);
    return n;
  }
  write(text, offset = 0, length = undefined, encoding = "utf8") {
    if (typeof text !== "string") throw invalidArgType("string", "of type string", text);
    if (typeof offset === "string") { encoding = offset; offset = 0; length = undefined; }
    else if (typeof length === "string") { encoding = length; length = undefined; }
    const bytes = encodeString(text, encoding);
    let n = Math.min(bytes.length, this.length - offset, length ?? Infinity);
    if (normalizeEncoding(encoding) === "utf8" && n < bytes.length) {
      while (n > 0 && (bytes[n] & 0xc0) === 0x80) n--; // never write part of a character
    }
    this.set(bytes.subarray(0, n), offset);
    return n;
  }
  fill(value, start = 0, end = this.length, encoding = undefined) {
    if (typeof start === "string") { encoding = start; start = 0; end = this.length; }
    else if (typeof end === "string") { encoding = end; end = this.length; }
    if (typeof value === "string") {
      const bytes = encodeString(value, encoding);
      if (bytes.length === 0) {
        if (value.length) throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'value' is invalid. Received '${value}'`);
        return super.fill(0, start, end);
      }
      for (let i = start, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
      return this;
    }
    if (value instanceof Uint8Array) {
      for (let i = start, j = 0; i < end; i++, j = (j + 1) % value.length) this[i] = value[j];
      return this;
    }
    return super.fill(Number(value) & 0xff, start, end);
  }
  subarray(start, end) { return toBuffer(new Uint8Array(this.buffer, this.byteOffset, this.length).subarray(start, end)); }
  slice(start, end) { return this.subarray(start, end); }
  indexOf(value, byteOffset = 0, encoding = undefined) { return bufferIndexOf(this, value, byteOffset, encoding, true); }
  lastIndexOf(value, byteOffset = this.length, encoding = undefined) { return bufferIndexOf(this, value, byteOffset, encoding, false); }
  includes(value, byteOffset = 0, encoding = undefined) { return this.indexOf(value, byteOffset, encoding) !== -1; }
  swap16() { return swapBytes(this, 2); }
  swap32() { return swapBytes(this, 4); }
  swap64() { return swapBytes(this, 8); }
  readUIntLE(offset, byteLength) { let v = 0; checkOffset(this, offset, byteLength); for (let i = byteLength - 1; i >= 0; i--) v = v * 256 + this[offset + i]; return v; }
  readUIntBE(offset, byteLength) { let v = 0; checkOffset(this, offset, byteLength); for (let i = 0; i < byteLength; i++) v = v * 256 + this[offset + i]; return v; }
  readIntLE(offset, byteLength) { const v = this.readUIntLE(offset, byteLength); const limit = 2 ** (8 * byteLength - 1); return v >= limit ? v - 2 * limit : v; }
  readIntBE(offset, byteLength) { const v = this.readUIntBE(offset, byteLength); const limit = 2 ** (8 * byteLength - 1); return v >= limit ? v - 2 * limit : v; }
  writeUIntLE(value, offset, byteLength) { checkOffset(this, offset, byteLength); checkIntValue(value, 0, 2 ** (8 * byteLength) - 1, byteLength); for (let i = 0; i < byteLength; i++) { this[offset + i] = value & 0xff; value = Math.floor(value / 256); } return offset + byteLength; }
  writeUIntBE(value, offset, byteLength) { checkOffset(this, offset, byteLength); checkIntValue(value, 0, 2 ** (8 * byteLength) - 1, byteLength); for (let i = byteLength - 1; i >= 0; i--) { this[offset + i] = value & 0xff; value = Math.floor(value / 256); } return offset + byteLength; }
  writeIntLE(value, offset, byteLength) { const limit = 2 ** (8 * byteLength - 1); checkIntValue(value, -limit, limit - 1, byteLength); return this.writeUIntLE(value < 0 ? value + 2 * limit : value, offset, byteLength); }
  writeIntBE(value, offset, byteLength) { const limit = 2 ** (8 * byteLength - 1); checkIntValue(value, -limit, limit - 1, byteLength); return this.writeUIntBE(value < 0 ? value + 2 * limit : value, offset, byteLength); }
}
// The fixed-width readers and writers, from one table: [name, DataView type, size, min, max].
for (const [name, type, size, min, max] of [
  ["UInt8", "Uint8", 1, 0, 255], ["Int8", "Int8", 1, -128, 127],
  ["UInt16", "Uint16", 2, 0, 65535], ["Int16", "Int16", 2, -32768, 32767],
  ["UInt32", "Uint32", 4, 0, 4294967295], ["Int32", "Int32", 4, -2147483648, 2147483647],
  ["Float", "Float32", 4], ["Double", "Float64", 8],
  ["BigUInt64", "BigUint64", 8, 0n, 2n ** 64n - 1n], ["BigInt64", "BigInt64", 8, -(2n ** 63n), 2n ** 63n - 1n],
]) {
  const get = DataView.prototype["get" + type];
  const set = DataView.prototype["set" + type];
  for (const [suffix, little] of size === 1 ? [["", false]] : [["LE", true], ["BE", false]]) {
    Buffer.prototype["read" + name + suffix] = function (offset = 0) { return get.call(view(this), checkOffset(this, offset, size), little); };
    Buffer.prototype["write" + name + suffix] = function (value, offset = 0) {
      checkOffset(this, offset, size);
      if (min !== undefined) checkIntValue(value, min, max, size);
      set.call(view(this), offset, typeof min === "bigint" ? BigInt(value) : Number(value), little);
      return offset + size;
    };
    if (name.startsWith("UInt") || name.startsWith("BigUInt")) {
      const alias = name.replace("UInt", "Uint");
      Buffer.prototype["read" + alias + suffix] = Buffer.prototype["read" + name + suffix];
      Buffer.prototype["write" + alias + suffix] = Buffer.prototype["write" + name + suffix];
    }
  }
}
for (const name of ["readUIntLE", "readUIntBE", "writeUIntLE", "writeUIntBE"]) Buffer.prototype[name.replace("UInt", "Uint")] = Buffer.prototype[name];
Object.defineProperty(Buffer.prototype, "parent", { get() { return this.buffer; }, configurable: true });
Object.defineProperty(Buffer.prototype, "offset", { get() { return this.byteOffset; }, configurable: true });
Buffer.poolSize = 8192;

function fixFirstArgMessage(value) {
  return nodeError(TypeError, "ERR_INVALID_ARG_TYPE", `The first argument must be of type string or an instance of Buffer, TypedArray, ArrayBuffer, SharedArrayBuffer, or Array or an Array-like Object.${describeReceived(value)}`);
}
function checkSize(size) {
  if (typeof size !== "number") throw invalidArgType("size", "of type number", size);
  // a negative or huge size fails as the typed array constructor reports it, as in workerd
  if (!(size >= 0)) throw new RangeError(`Invalid typed array length: ${size}`);
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
  byteOffset = Number(byteOffset);
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
  hasRef() { return true; }
  ref() { return this; }
  unref() { return this; }
  [Symbol.dispose]() { host.clearTimer(this.#id); }
  static idOf(immediate) { return #id in immediate ? immediate.#id : undefined; }
}
function setImmediate(callback, ...args) {
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  return new Immediate(host.setTimer(0, inCurrentContext(() => callback(...args)), false));
}
function clearImmediate(immediate) {
  const id = immediate instanceof Immediate ? Immediate.idOf(immediate) : undefined;
  if (id !== undefined) host.clearTimer(id);
}

/** What the node:* modules take from the prelude (engine.BuiltinModules puts the call first in each). */
const nodeInternals = {
  Buffer, nodeError, invalidArgType, describeReceived, normalizeEncoding, encodeString, decodeBytes,
  asyncContext, bytesFromHost, illegalInvocation, inCurrentContext, setImmediate, clearImmediate, Immediate,
  get process() { return nodeState.process; },
  get flags() { return compat.flags; },
  get date() { return compat.date; },
  get host() { return nodeState.nodeHost ??= host.node(); },
  /** The require() of node:module's createRequire(base), base an absolute path or file: URL. */
  requireFrom: (base) => lazyModule("node-require.js").requireFrom(base),
  /** The internal state of a Web Crypto CryptoKey (node:crypto's KeyObject.from), else undefined. */
  cryptoKeyState: (key) => (key instanceof CryptoKey ? key[kKey] : undefined),
};
