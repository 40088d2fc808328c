// Structured clone as text: what Durable Object storage keeps and what RPC arguments, results
// and errors cross isolates as. Keeps undefined, NaN/±Infinity/-0, BigInt, Date, RegExp, Map,
// Set, ArrayBuffer, typed arrays and DataView, Error (standard classes by name), shared and
// circular references; throws DataCloneError for functions and symbols, as V8's serializer does.
//
// Encoding (JSON): a string, boolean, finite number or null stands for itself; everything else
// is a tagged array: ["u"] undefined, ["n", "NaN"|"Infinity"|"-Infinity"|"-0"], ["i", digits]
// BigInt, ["d", ms|null] Date, ["x", source, flags] RegExp, ["a", id, [items]] Array,
// ["o", id, [[key, item], ...]] Object, ["m", id, [[k, v], ...]] Map, ["s", id, [items]] Set,
// ["b", id, latin1] ArrayBuffer, ["v", id, type, buffer, byteOffset, length] view,
// ["e", id, name, message, stack] Error, ["r", id] an object met before, ["h"] an array hole,
// ["p", id, type, value] a boxed primitive (String, Number, Boolean, BigInt object).
// An Array is ["a", id, [items], [[key, item], ...]] with its non-index properties last.

const CLONE_ERROR_NAMES = new Set(["Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"]);
const CLONE_VIEWS = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView,
};

function cloneFailure(value) {
  let text;
  if (typeof value === "object" && value !== null) text = `#<${value.constructor?.name ?? "Object"}>`;
  else {
    try { text = typeof value === "symbol" ? value.toString() : String(value); } catch { text = "value"; }
  }
  return new DOMException(`${text} could not be cloned.`, "DataCloneError");
}

function cloneUnsupported(type) {
  return new DOMException(`Could not serialize object of type "${type}". This type does not support serialization.`, "DataCloneError");
}

function bytesToLatin1(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  return out;
}

function latin1ToBytes(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Serializes a value to clone text; throws DataCloneError for what cannot be cloned. */
function cloneSerialize(value) {
  const seen = new Map();
  const encode = (v) => {
    switch (typeof v) {
      case "string": case "boolean": return v;
      case "undefined": return ["u"];
      case "number":
        if (Number.isNaN(v)) return ["n", "NaN"];
        if (v === Infinity) return ["n", "Infinity"];
        if (v === -Infinity) return ["n", "-Infinity"];
        if (Object.is(v, -0)) return ["n", "-0"];
        return v;
      case "bigint": return ["i", v.toString()];
      case "function": case "symbol": throw cloneFailure(v);
    }
    if (v === null) return null;
    if (seen.has(v)) return ["r", seen.get(v)];
    const id = seen.size;
    seen.set(v, id);
    if (Array.isArray(v)) {
      const items = [];
      for (let i = 0; i < v.length; i++) items.push(i in v ? encode(v[i]) : ["h"]);
      const extra = [];
      for (const key of Object.keys(v)) if (!/^(0|[1-9][0-9]*)$/.test(key)) extra.push([key, encode(v[key])]);
      return ["a", id, items, extra];
    }
    if (v instanceof String || v instanceof Number || v instanceof Boolean || (typeof BigInt === "function" && v instanceof BigInt)) {
      return ["p", id, typeof v.valueOf(), encode(v.valueOf())];
    }
    if (v instanceof Date) { const t = v.getTime(); return ["d", Number.isNaN(t) ? null : t]; }
    if (v instanceof RegExp) return ["x", v.source, v.flags];
    if (v instanceof Map) return ["m", id, [...v].map(([k, x]) => [encode(k), encode(x)])];
    if (v instanceof Set) return ["s", id, [...v].map(encode)];
    if (v instanceof ArrayBuffer) return ["b", id, bytesToLatin1(new Uint8Array(v))];
    if (ArrayBuffer.isView(v)) {
      const type = v.constructor?.name in CLONE_VIEWS ? v.constructor.name : "Uint8Array";
      const length = v instanceof DataView ? v.byteLength : v.length;
      return ["v", id, type, encode(v.buffer), v.byteOffset, length];
    }
    if (v instanceof Error || v instanceof DOMException) {
      const name = CLONE_ERROR_NAMES.has(v.name) ? v.name : "Error";
      return ["e", id, name, String(v.message ?? ""), typeof v.stack === "string" ? v.stack : ""];
    }
    if (v instanceof Promise || v instanceof WeakMap || v instanceof WeakSet) throw cloneFailure(v);
    if (v instanceof URL) throw cloneUnsupported("URL");
    if (v instanceof Response || (typeof ReadableStream === "function" && v instanceof ReadableStream)) {
      throw new DOMException("ReadableStream can only be serialized for RPC.", "DataCloneError");
    }
    const entries = [];
    for (const key of Object.keys(v)) entries.push([key, encode(v[key])]);
    return ["o", id, entries];
  };
  return JSON.stringify(encode(value));
}

/** Rebuilds a value from clone text. */
function cloneDeserialize(text) {
  const refs = [];
  const decode = (node) => {
    if (node === null || typeof node !== "object") return node;
    switch (node[0]) {
      case "u": return undefined;
      case "n": return node[1] === "-0" ? -0 : Number(node[1]);
      case "i": return BigInt(node[1]);
      case "d": return new Date(node[1] === null ? NaN : node[1]);
      case "x": return new RegExp(node[1], node[2]);
      case "r": return refs[node[1]];
      case "a": {
        const out = new Array(node[2].length);
        refs[node[1]] = out;
        node[2].forEach((item, i) => { if (!(Array.isArray(item) && item[0] === "h")) out[i] = decode(item); });
        for (const [k, item] of node[3] ?? []) out[k] = decode(item);
        return out;
      }
      case "p": { const out = Object(decode(node[3])); refs[node[1]] = out; return out; }
      case "o": { const out = {}; refs[node[1]] = out; for (const [k, item] of node[2]) out[k] = decode(item); return out; }
      case "m": { const out = new Map(); refs[node[1]] = out; for (const [k, item] of node[2]) out.set(decode(k), decode(item)); return out; }
      case "s": { const out = new Set(); refs[node[1]] = out; for (const item of node[2]) out.add(decode(item)); return out; }
      case "b": { const out = latin1ToBytes(node[2]).buffer; refs[node[1]] = out; return out; }
      case "v": {
        const buffer = decode(node[3]);
        const Type = CLONE_VIEWS[node[2]] ?? Uint8Array;
        const out = new Type(buffer, node[4], node[5]);
        refs[node[1]] = out;
        return out;
      }
      case "e": {
        const Type = BUILTIN_ERRORS.get(node[2]) ?? Error;
        const out = new Type(node[3]);
        if (node[4]) Object.defineProperty(out, "stack", { value: node[4], writable: true, configurable: true });
        refs[node[1]] = out;
        return out;
      }
      default: throw new Error(`miniflare4j: unknown clone tag ${node[0]}`);
    }
  };
  return decode(JSON.parse(text));
}

internals.cloneSerialize = cloneSerialize;
internals.cloneDeserialize = cloneDeserialize;
