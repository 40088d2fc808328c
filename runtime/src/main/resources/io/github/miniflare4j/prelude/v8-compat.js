// Engine differences that workers can observe, smoothed to V8's behaviour: the detailed
// "Converting circular structure to JSON" message, "UTC" as the canonical UTC time zone, and
// plain spaces in formatted times; V8 built-ins GraalJS lacks (Error.captureStackTrace,
// Array.fromAsync, Uint8Array base64/hex, Error.isError); WeakRef/FinalizationRegistry only from
// compatibility date 2025-05-05.

// @imports atobImpl, btoaImpl from globals.js
// @imports onConfigure from core.js

const nativeStringify = JSON.stringify;

/** V8's description of the first cycle JSON.stringify meets in `value`, or null. */
function circularJsonMessage(value) {
  const stack = [];
  const ctorName = (o) => {
    const proto = Object.getPrototypeOf(o);
    const name = proto === null ? "Object" : proto.constructor?.name;
    return typeof name === "string" && name !== "" ? name : "Object";
  };
  const keyText = (holder, key) => (Array.isArray(holder) ? `index ${key}` : `property '${key}'`);
  const visit = (holder, key, v) => {
    if (v !== null && typeof v === "object" && typeof v.toJSON === "function") v = v.toJSON(key);
    if (v === null || typeof v !== "object") return null;
    const at = stack.findIndex((entry) => entry.value === v);
    if (at >= 0) {
      const lines = ["Converting circular structure to JSON", `    --> starting at object with constructor '${ctorName(stack[at].value)}'`];
      const middle = stack.slice(at + 1).map((entry) => `    |     ${entry.key} -> object with constructor '${ctorName(entry.value)}'`);
      if (middle.length > 3) lines.push(middle[0], middle[1], "    |     ...", middle[middle.length - 1]);
      else lines.push(...middle);
      lines.push(`    --- ${keyText(holder, key)} closes the circle`);
      return lines.join("\n");
    }
    stack.push({ value: v, key: holder === undefined ? "" : keyText(holder, key) });
    const keys = Array.isArray(v) ? v.map((_, i) => String(i)) : Object.keys(v);
    for (const k of keys) {
      const found = visit(v, k, v[k]);
      if (found) return found;
    }
    stack.pop();
    return null;
  };
  try { return visit(undefined, "", value); } catch { return null; }
}

Object.defineProperty(JSON, "stringify", {
  value: function stringify(value, replacer, space) {
    try {
      return nativeStringify(value, replacer, space);
    } catch (e) {
      if (e instanceof TypeError && /circular/i.test(e.message) && typeof replacer !== "function") {
        const message = circularJsonMessage(value);
        if (message) throw new TypeError(message);
      }
      throw e;
    }
  },
  writable: true, configurable: true, enumerable: false,
});

const nativeResolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;
Object.defineProperty(Intl.DateTimeFormat.prototype, "resolvedOptions", {
  value: function resolvedOptions() {
    const options = nativeResolvedOptions.call(this);
    if (options.timeZone === "GMT" || options.timeZone === "Etc/UTC" || options.timeZone === "Etc/GMT") options.timeZone = "UTC";
    return options;
  },
  writable: true, configurable: true, enumerable: false,
});

// V8 formats times with a plain space before the day period ("1:05:09 PM") where the ICU of
// GraalJS puts U+202F (a narrow no-break space, CLDR 42): put back V8's (recorded)
const plainSpaces = (text) => (typeof text === "string" && text.includes("\u202f") ? text.replaceAll("\u202f", " ") : text);
const dtfProto = Intl.DateTimeFormat.prototype;
const nativeFormatGetter = Object.getOwnPropertyDescriptor(dtfProto, "format").get;
const boundFormats = new WeakMap();
Object.defineProperty(dtfProto, "format", {
  get: function format() {
    let bound = boundFormats.get(this);
    if (bound === undefined) {
      const native = nativeFormatGetter.call(this);
      bound = (date) => plainSpaces(native(date));
      boundFormats.set(this, bound);
    }
    return bound;
  },
  configurable: true, enumerable: false,
});
for (const name of ["formatToParts", "formatRangeToParts"]) {
  const native = dtfProto[name];
  if (typeof native !== "function") continue;
  Object.defineProperty(dtfProto, name, {
    value: { [name](...args) { return native.apply(this, args).map((part) => ({ ...part, value: plainSpaces(part.value) })); } }[name],
    writable: true, configurable: true, enumerable: false,
  });
}
for (const [target, names] of [[dtfProto, ["formatRange"]], [Date.prototype, ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"]]]) {
  for (const name of names) {
    const native = target[name];
    if (typeof native !== "function") continue;
    Object.defineProperty(target, name, {
      value: { [name](...args) { return plainSpaces(native.apply(this, args)); } }[name],
      writable: true, configurable: true, enumerable: false,
    });
  }
}

// ---- V8 built-ins GraalJS lacks, and GraalJS built-ins workerd lacks (recorded) ---------------

const defineMethod = (target, name, fn) => Object.defineProperty(target, name, { value: fn, writable: true, configurable: true, enumerable: false });

/** The first line V8 gives an error's stack: "Name: message", or the name alone without a message. */
function stackHeader(target) {
  let name, message;
  try { name = target.name; message = target.message; } catch { return "Error"; }
  name = name === undefined ? "Error" : String(name);
  message = message === undefined ? "" : String(message);
  return message === "" ? name : name === "" ? message : `${name}: ${message}`;
}

if (typeof Error.captureStackTrace !== "function") {
  // V8's Error.captureStackTrace(target, constructorOpt): a `stack` on target from the caller's
  // frames, those up to constructorOpt's call left out
  defineMethod(Error, "captureStackTrace", function captureStackTrace(target, constructorOpt = undefined) {
    if (target === null || (typeof target !== "object" && typeof target !== "function")) {
      throw new TypeError("invalid_argument"); // V8's text (recorded)
    }
    let frames = String(new Error().stack ?? "").split("\n").slice(2); // no header, no captureStackTrace frame
    const name = typeof constructorOpt === "function" ? constructorOpt.name : "";
    if (name) {
      const at = frames.findIndex((line) => line.includes(` ${name} (`) || line.includes(`new ${name} `) || line.includes(`.${name} (`));
      if (at >= 0) frames = frames.slice(at + 1);
    }
    Object.defineProperty(target, "stack", { value: [stackHeader(target), ...frames].join("\n"), writable: true, configurable: true, enumerable: false });
  });
  if (!("stackTraceLimit" in Error)) Error.stackTraceLimit = 10;
}

if (typeof Error.isError !== "function") {
  defineMethod(Error, "isError", function isError(value) {
    // a real error object only (not a DOMException, not an object merely inheriting Error.prototype)
    return Object.prototype.toString.call(value) === "[object Error]";
  });
}

if (typeof Array.fromAsync !== "function") {
  defineMethod(Array, "fromAsync", async function fromAsync(items, mapFn = undefined, thisArg = undefined) {
    if (items == null) throw new TypeError("Array.fromAsync requires an array-like or iterable object");
    if (mapFn !== undefined && typeof mapFn !== "function") throw new TypeError(`${mapFn} is not a function`);
    const out = [];
    let i = 0;
    const add = async (value) => { out.push(mapFn === undefined ? value : await mapFn.call(thisArg, value, i)); i++; };
    if (typeof items[Symbol.asyncIterator] === "function") {
      for await (const value of items) await add(value);
    } else {
      for (const value of (typeof items[Symbol.iterator] === "function" ? items : Array.from(items))) await add(await value);
    }
    return out;
  });
}

if (typeof Uint8Array.fromBase64 !== "function") {
  const alphabetOf = (options) => {
    const alphabet = options?.alphabet ?? "base64";
    if (alphabet !== "base64" && alphabet !== "base64url") throw new TypeError(`expected alphabet to be either "base64" or "base64url"`);
    return alphabet;
  };
  const bytesOf = (array, method) => {
    if (!(array instanceof Uint8Array)) throw new TypeError(`Uint8Array.prototype.${method} called on incompatible receiver`);
    return array;
  };
  const INVALID_BASE64 = "Found a character that cannot be part of a valid base64 string.";
  const decodeBase64 = (text, options) => {
    if (typeof text !== "string") throw new TypeError("expected input to be a string");
    let normal = text.replace(/[\t\n\f\r ]/g, "");
    if (alphabetOf(options) === "base64url") {
      if (/[+/]/.test(normal)) throw new SyntaxError(INVALID_BASE64);
      normal = normal.replace(/-/g, "+").replace(/_/g, "/");
    } else if (/[-_]/.test(normal)) {
      throw new SyntaxError(INVALID_BASE64);
    }
    let binary;
    try { binary = atobImpl(normal); } catch { throw new SyntaxError(INVALID_BASE64); }
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  };
  const decodeHex = (text) => {
    if (typeof text !== "string") throw new TypeError("expected input to be a string");
    if (text.length % 2 !== 0) throw new SyntaxError("Input string must contain hex characters in even length");
    if (!/^[0-9a-fA-F]*$/.test(text)) throw new SyntaxError("Input string must only contain hex characters");
    const out = new Uint8Array(text.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
    return out;
  };
  defineMethod(Uint8Array, "fromBase64", function fromBase64(text, options = undefined) { return decodeBase64(text, options); });
  defineMethod(Uint8Array, "fromHex", function fromHex(text) { return decodeHex(text); });
  defineMethod(Uint8Array.prototype, "toBase64", function toBase64(options = undefined) {
    const bytes = bytesOf(this, "toBase64");
    const alphabet = alphabetOf(options);
    let binary = "";
    for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    let text = btoaImpl(binary);
    if (alphabet === "base64url") text = text.replace(/\+/g, "-").replace(/\//g, "_");
    return options?.omitPadding ? text.replace(/=+$/, "") : text;
  });
  defineMethod(Uint8Array.prototype, "toHex", function toHex() {
    const bytes = bytesOf(this, "toHex");
    let text = "";
    for (let i = 0; i < bytes.length; i++) text += bytes[i].toString(16).padStart(2, "0");
    return text;
  });
  const setFrom = (target, decoded) => {
    const written = Math.min(decoded.length, target.length);
    target.set(decoded.subarray(0, written));
    return { read: undefined, written };
  };
  defineMethod(Uint8Array.prototype, "setFromBase64", function setFromBase64(text, options = undefined) {
    const result = setFrom(bytesOf(this, "setFromBase64"), decodeBase64(text, options));
    result.read = text.length;
    return result;
  });
  defineMethod(Uint8Array.prototype, "setFromHex", function setFromHex(text) {
    const result = setFrom(bytesOf(this, "setFromHex"), decodeHex(text));
    result.read = result.written * 2;
    return result;
  });
}

// WeakRef and FinalizationRegistry exist in workerd from compatibility date 2025-05-05 (flag
// enable_weak_ref; disable_weak_ref removes them), and not before (recorded): taken out here,
// where the worker's settings are not known yet, and put back once they are.
const weakGlobals = [["FinalizationRegistry", globalThis.FinalizationRegistry], ["WeakRef", globalThis.WeakRef]];
delete globalThis.WeakRef;
delete globalThis.FinalizationRegistry;
onConfigure((settings) => {
  if (settings.flags.has("disable_weak_ref")) return;
  if (!settings.flags.has("enable_weak_ref") && !(settings.date >= "2025-05-05")) return;
  for (const [name, value] of weakGlobals) {
    Object.defineProperty(globalThis, name, { value, writable: true, enumerable: false, configurable: true });
  }
});
