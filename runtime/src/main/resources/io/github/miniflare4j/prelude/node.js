// Node.js compatibility (the `nodejs_compat` flag): a Buffer and a process object as globals,
// and the node:buffer, node:process and node:events modules. A practical subset of Node's
// APIs, documented in the README; everything else of node:* is "No such module".

const BUFFER_ENCODINGS = ["utf8", "utf-8", "hex", "base64", "base64url", "latin1", "binary", "ascii", "utf16le", "ucs2", "ucs-2", "utf-16le"];

function normalizeEncoding(encoding) {
  const e = encoding === undefined || encoding === null ? "utf8" : String(encoding).toLowerCase();
  if (!BUFFER_ENCODINGS.includes(e)) {
    const error = new TypeError(`Unknown encoding: ${encoding}`);
    error.code = "ERR_UNKNOWN_ENCODING";
    throw error;
  }
  if (e === "utf-8") return "utf8";
  if (e === "binary") return "latin1";
  if (e === "ucs2" || e === "ucs-2" || e === "utf-16le") return "utf16le";
  return e;
}

function encodeString(text, encoding) {
  switch (normalizeEncoding(encoding)) {
    case "hex": {
      const clean = text.length % 2 === 0 ? text : text.slice(0, -1);
      const bytes = [];
      for (let i = 0; i < clean.length; i += 2) {
        const b = parseInt(clean.slice(i, i + 2), 16);
        if (Number.isNaN(b)) break;
        bytes.push(b);
      }
      return Uint8Array.from(bytes);
    }
    case "base64":
    case "base64url": {
      let b64 = text.replace(/-/g, "+").replace(/_/g, "/").replace(/[^A-Za-z0-9+/]/g, "");
      while (b64.length % 4 !== 0) b64 += "=";
      const binary = atobImpl(b64);
      return Uint8Array.from(binary, (c) => c.charCodeAt(0));
    }
    case "latin1":
    case "ascii":
      return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
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
    case "hex": return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    case "base64": return btoaImpl(Array.from(bytes, (b) => String.fromCharCode(b)).join(""));
    case "base64url": return btoaImpl(Array.from(bytes, (b) => String.fromCharCode(b)).join("")).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    case "latin1": return Array.from(bytes, (b) => String.fromCharCode(b)).join("");
    case "ascii": return Array.from(bytes, (b) => String.fromCharCode(b & 0x7f)).join("");
    case "utf16le": {
      let out = "";
      for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      return out;
    }
    default: return utf8Decoder.decode(bytes);
  }
}

class Buffer extends Uint8Array {
  static from(value, encodingOrOffset, length) {
    if (typeof value === "string") return toBuffer(encodeString(value, encodingOrOffset));
    if (value instanceof ArrayBuffer) {
      const offset = encodingOrOffset === undefined ? 0 : Number(encodingOrOffset);
      const size = length === undefined ? value.byteLength - offset : Number(length);
      return new Buffer(value, offset, size);
    }
    if (ArrayBuffer.isView(value)) return toBuffer(new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice());
    if (Array.isArray(value)) return toBuffer(Uint8Array.from(value, (v) => Number(v) & 0xff));
    if (value && value.type === "Buffer" && Array.isArray(value.data)) return toBuffer(Uint8Array.from(value.data));
    throw new TypeError("The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.");
  }
  static alloc(size, fill, encoding) {
    const buffer = new Buffer(Number(size));
    if (fill !== undefined) buffer.fill(fill, 0, buffer.length, encoding);
    return buffer;
  }
  static allocUnsafe(size) { return new Buffer(Number(size)); }
  static isBuffer(value) { return value instanceof Buffer; }
  static isEncoding(encoding) { try { normalizeEncoding(encoding); return typeof encoding === "string"; } catch { return false; } }
  static byteLength(value, encoding) {
    if (typeof value === "string") return encodeString(value, encoding).length;
    return value.byteLength;
  }
  static concat(list, totalLength) {
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
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
  }
  toString(encoding, start = 0, end = this.length) {
    return decodeBytes(this.subarray(Math.max(0, start), Math.min(this.length, end)), encoding);
  }
  toJSON() { return { type: "Buffer", data: Array.from(this) }; }
  equals(other) { return Buffer.compare(this, other) === 0; }
  compare(other) { return Buffer.compare(this, other); }
  write(text, offset = 0, length = undefined, encoding = "utf8") {
    if (typeof offset === "string") { encoding = offset; offset = 0; }
    else if (typeof length === "string") { encoding = length; length = undefined; }
    const bytes = encodeString(String(text), encoding);
    const n = Math.min(bytes.length, this.length - offset, length ?? Infinity);
    this.set(bytes.subarray(0, n), offset);
    return n;
  }
  fill(value, start = 0, end = this.length, encoding = undefined) {
    if (typeof value === "string") {
      const bytes = encodeString(value, encoding);
      if (bytes.length === 0) return super.fill(0, start, end);
      for (let i = start, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
      return this;
    }
    return super.fill(Number(value) & 0xff, start, end);
  }
  subarray(start, end) { return toBuffer(super.subarray(start, end)); }
  slice(start, end) { return this.subarray(start, end); }
  indexOf(value, byteOffset = 0, encoding = undefined) {
    if (typeof value === "number") return super.indexOf(value & 0xff, byteOffset);
    const needle = typeof value === "string" ? encodeString(value, encoding) : value;
    outer: for (let i = byteOffset; i <= this.length - needle.length; i++) {
      for (let j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer;
      return i;
    }
    return -1;
  }
  includes(value, byteOffset = 0, encoding = undefined) { return this.indexOf(value, byteOffset, encoding) !== -1; }
  readUInt8(offset = 0) { return view(this).getUint8(offset); }
  readUInt16LE(offset = 0) { return view(this).getUint16(offset, true); }
  readUInt16BE(offset = 0) { return view(this).getUint16(offset, false); }
  readUInt32LE(offset = 0) { return view(this).getUint32(offset, true); }
  readUInt32BE(offset = 0) { return view(this).getUint32(offset, false); }
  readInt32LE(offset = 0) { return view(this).getInt32(offset, true); }
  readInt32BE(offset = 0) { return view(this).getInt32(offset, false); }
  writeUInt8(value, offset = 0) { view(this).setUint8(offset, value); return offset + 1; }
  writeUInt16LE(value, offset = 0) { view(this).setUint16(offset, value, true); return offset + 2; }
  writeUInt16BE(value, offset = 0) { view(this).setUint16(offset, value, false); return offset + 2; }
  writeUInt32LE(value, offset = 0) { view(this).setUint32(offset, value, true); return offset + 4; }
  writeUInt32BE(value, offset = 0) { view(this).setUint32(offset, value, false); return offset + 4; }
}
Buffer.prototype.readUint8 = Buffer.prototype.readUInt8;
Buffer.poolSize = 8192;

function toBuffer(bytes) { return new Buffer(bytes.buffer, bytes.byteOffset, bytes.byteLength); }
function view(buffer) { return new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength); }

class EventEmitter {
  #events = new Map();
  on(name, listener) { const list = this.#events.get(name) ?? []; list.push(listener); this.#events.set(name, list); return this; }
  addListener(name, listener) { return this.on(name, listener); }
  once(name, listener) { const wrapped = (...args) => { this.off(name, wrapped); listener.apply(this, args); }; wrapped.listener = listener; return this.on(name, wrapped); }
  off(name, listener) {
    const list = this.#events.get(name);
    if (list) { const i = list.findIndex((l) => l === listener || l.listener === listener); if (i >= 0) list.splice(i, 1); }
    return this;
  }
  removeListener(name, listener) { return this.off(name, listener); }
  removeAllListeners(name) { if (name === undefined) this.#events.clear(); else this.#events.delete(name); return this; }
  emit(name, ...args) {
    const list = this.#events.get(name);
    if (!list || list.length === 0) { if (name === "error") throw args[0] instanceof Error ? args[0] : new Error("Unhandled error."); return false; }
    for (const listener of [...list]) listener.apply(this, args);
    return true;
  }
  listenerCount(name) { return (this.#events.get(name) ?? []).length; }
  listeners(name) { return [...(this.#events.get(name) ?? [])].map((l) => l.listener ?? l); }
  eventNames() { return [...this.#events.keys()]; }
}

function createProcess() {
  const process = new EventEmitter();
  Object.assign(process, {
    env: {},
    argv: [],
    platform: "linux",
    version: "v22.14.0",
    versions: { node: "22.14.0" },
    release: { name: "node" },
    exitCode: undefined,
    cwd: () => "/",
    nextTick: (callback, ...args) => queueMicrotask(() => callback(...args)),
    hrtime: Object.assign((previous) => {
      const ns = BigInt(Math.round(performance.now() * 1e6));
      const t = [Number(ns / 1000000000n), Number(ns % 1000000000n)];
      if (!previous) return t;
      let s = t[0] - previous[0], n = t[1] - previous[1];
      if (n < 0) { s--; n += 1e9; }
      return [s, n];
    }, { bigint: () => BigInt(Math.round(performance.now() * 1e6)) }),
  });
  return process;
}

onConfigure((settings) => {
  if (!settings.flags.has("nodejs_compat") && !settings.flags.has("nodejs_compat_v2")) return;
  const process = createProcess();
  defineGlobal("Buffer", Buffer);
  defineGlobal("process", process);
  builtinModules.set("node:buffer", () => ({ default: { Buffer }, Buffer }));
  builtinModules.set("node:process", () => ({ default: process, process }));
  builtinModules.set("node:events", () => ({ default: EventEmitter, EventEmitter }));
});
