// Engine differences that workers can observe, smoothed to V8's behaviour: the detailed
// "Converting circular structure to JSON" message, "UTC" as the canonical UTC time zone, and
// plain spaces in formatted times; V8 built-ins GraalJS lacks (Error.captureStackTrace,
// Error.isError), V8's errors for the staged built-ins GraalJS has (Math.sumPrecise,
// JSON.rawJSON, Uint8Array base64/hex, ...); WeakRef/FinalizationRegistry only from compatibility
// date 2025-05-05.

// @imports onConfigure, lazyModule from core.js
// @imports v8JsonErrorMessage from json.js

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

// V8 words every URIError of the URI functions "URI malformed"; GraalJS has several wordings (recorded)
for (const name of ["decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent"]) {
  const native = globalThis[name];
  const wrapped = { [name](text) {
    try {
      return native(text);
    } catch (e) {
      if (e instanceof URIError) throw new URIError("URI malformed");
      throw e;
    }
  } }[name];
  Object.defineProperty(globalThis, name, { value: wrapped, writable: true, configurable: true, enumerable: false });
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

// V8's RangeError text for an invalid Date's ISO string (GraalJS words it differently)
const nativeToISOString = Date.prototype.toISOString;
Object.defineProperty(Date.prototype, "toISOString", {
  value: function toISOString() {
    try {
      return nativeToISOString.call(this);
    } catch (e) {
      if (e instanceof RangeError) throw new RangeError("Invalid time value");
      throw e;
    }
  },
  writable: true, configurable: true, enumerable: false,
});

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
    let frames = String(new Error().stack ?? "").split("\n").slice(1); // no header (the prelude shows no frames)
    const name = typeof constructorOpt === "function" ? constructorOpt.name : "";
    if (name) {
      const at = frames.findIndex((line) => line.includes(` ${name} (`) || line.includes(`new ${name} `) || line.includes(`.${name} (`));
      if (at >= 0) frames = frames.slice(at + 1);
    }
    Object.defineProperty(target, "stack", { value: [stackHeader(target), ...frames].join("\n"), writable: true, configurable: true, enumerable: false });
  });
  if (!("stackTraceLimit" in Error)) Error.stackTraceLimit = 10;
}

// replaces GraalJS's staged Error.isError, which counts DOMException instances (here a subclass of
// Error) as errors where workerd's are not (recorded)
defineMethod(Error, "isError", function isError(value) {
  // a real error object only (not a DOMException, not an object merely inheriting Error.prototype)
  return Object.prototype.toString.call(value) === "[object Error]";
});

// Built-ins of ECMAScript proposals that GraalJS has under js.ecmascript-version=staging and V8
// ships too: their results are GraalJS's, their errors V8's (recorded), which the lazy module
// v8-errors.js words on the failure path only.
const v8Errors = () => lazyModule("v8-errors.js");
const nativeSumPrecise = Math.sumPrecise;
defineMethod(Math, "sumPrecise", { sumPrecise(items) {
  if (items == null) throw new TypeError("Math.sumPrecise called on null or undefined");
  if (typeof Object(items)[Symbol.iterator] !== "function") throw new TypeError(`${v8Errors().iterableText(items)} is not iterable`);
  const values = [];
  for (const value of items) {
    if (typeof value !== "number") throw new TypeError(`Type of 'Iterator value' must be 'number', found '${typeof value}'`);
    values.push(value);
  }
  return nativeSumPrecise(values);
} }.sumPrecise);
const nativeRawJSON = JSON.rawJSON;
defineMethod(JSON, "rawJSON", { rawJSON(text) {
  const string = `${text}`;
  try {
    return nativeRawJSON(string);
  } catch (e) {
    const message = e instanceof SyntaxError ? v8JsonErrorMessage(string, true) : null;
    throw message === null ? e : new SyntaxError(message);
  }
} }.rawJSON);
// V8 checks Iterator.concat's arguments and getOrInsertComputed's callback before GraalJS does
const nativeConcat = Iterator.concat;
defineMethod(Iterator, "concat", { concat(...items) {
  for (const item of items) {
    if (item === null || (typeof item !== "object" && typeof item !== "function")) throw new TypeError("Iterator.concat called on non-object");
    const method = item[Symbol.iterator];
    if (method === undefined || method === null) throw new TypeError(`${v8Errors().iterableText(item)} is not iterable`);
  }
  return nativeConcat(...items);
} }.concat);
const nativeMapComputed = Map.prototype.getOrInsertComputed, nativeWeakMapComputed = WeakMap.prototype.getOrInsertComputed;
defineMethod(Map.prototype, "getOrInsertComputed", { getOrInsertComputed(key, callback) {
  if (!(this instanceof Map)) throw new TypeError(`Method Map.prototype.getOrInsertComputed called on incompatible receiver ${v8Errors().receiverText(this)}`);
  if (typeof callback !== "function") throw new TypeError("Map.prototype.getOrInsertComputed is not a function");
  return nativeMapComputed.call(this, key, callback);
} }.getOrInsertComputed);
defineMethod(WeakMap.prototype, "getOrInsertComputed", { getOrInsertComputed(key, callback) {
  if (!(this instanceof WeakMap)) throw new TypeError(`Method WeakMap.prototype.getOrInsertComputed called on incompatible receiver ${v8Errors().receiverText(this)}`);
  if (typeof callback !== "function") throw new TypeError("WeakMap.prototype.getOrInsertComputed is not a function");
  return nativeWeakMapComputed.call(this, key, callback);
} }.getOrInsertComputed);
// V8's Intl.Locale#getWeekInfo has no minimalDays; String.dedent and Intl.Locale#variants are no V8 built-ins
const nativeWeekInfo = Intl.Locale.prototype.getWeekInfo;
defineMethod(Intl.Locale.prototype, "getWeekInfo", { getWeekInfo() {
  const info = nativeWeekInfo.call(this);
  delete info.minimalDays;
  return info;
} }.getWeekInfo);
delete String.dedent;
delete Intl.Locale.prototype.variants;

// Uint8Array base64 and hex: GraalJS decodes, V8's checks and messages
const base64Options = (options, withLastChunk) => {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== "object") throw new TypeError("invalid_argument");
  const alphabet = options.alphabet;
  if (alphabet !== undefined && alphabet !== "base64" && alphabet !== "base64url") throw new TypeError(`invalid option ${String(alphabet)}`);
  if (withLastChunk) {
    const last = options.lastChunkHandling;
    if (last !== undefined && last !== "loose" && last !== "strict" && last !== "stop-before-partial") throw new TypeError(`invalid option ${String(last)}`);
  }
  return options;
};
const inputString = (text) => {
  if (typeof text !== "string") throw new TypeError("input argument must be a string");
  return text;
};
const bytesReceiver = (array, method) => {
  if (!(array instanceof Uint8Array)) {
    throw new TypeError(`Method Uint8Array.prototype.${method} called on incompatible receiver ${ArrayBuffer.isView(array) && !(array instanceof DataView) ? "undefined" : v8Errors().receiverText(array)}`);
  }
  return array;
};
const decoding = (text, options, decode, hex) => {
  try {
    return decode();
  } catch (e) {
    throw e instanceof SyntaxError ? new SyntaxError(hex ? "Input string must contain hex characters in even length" : v8Errors().base64Message(text, options?.alphabet)) : e;
  }
};
const nativeFromBase64 = Uint8Array.fromBase64, nativeFromHex = Uint8Array.fromHex;
const { toBase64: nativeToBase64, toHex: nativeToHex, setFromBase64: nativeSetFromBase64, setFromHex: nativeSetFromHex } = Uint8Array.prototype;
defineMethod(Uint8Array, "fromBase64", { fromBase64(text, options = undefined) {
  inputString(text);
  options = base64Options(options, true);
  return decoding(text, options, () => nativeFromBase64(text, options), false);
} }.fromBase64);
defineMethod(Uint8Array, "fromHex", { fromHex(text) {
  inputString(text);
  return decoding(text, undefined, () => nativeFromHex(text), true);
} }.fromHex);
defineMethod(Uint8Array.prototype, "toBase64", { toBase64(options = undefined) {
  return nativeToBase64.call(bytesReceiver(this, "toBase64"), base64Options(options, false));
} }.toBase64);
defineMethod(Uint8Array.prototype, "toHex", { toHex() {
  return nativeToHex.call(bytesReceiver(this, "toHex"));
} }.toHex);
defineMethod(Uint8Array.prototype, "setFromBase64", { setFromBase64(text, options = undefined) {
  const target = bytesReceiver(this, "setFromBase64");
  inputString(text);
  options = base64Options(options, true);
  return decoding(text, options, () => nativeSetFromBase64.call(target, text, options), false);
} }.setFromBase64);
defineMethod(Uint8Array.prototype, "setFromHex", { setFromHex(text) {
  const target = bytesReceiver(this, "setFromHex");
  inputString(text);
  return decoding(text, undefined, () => nativeSetFromHex.call(target, text), true);
} }.setFromHex);

// WeakRef and FinalizationRegistry exist in workerd from compatibility date 2025-05-05 (flag
// enable_weak_ref; disable_weak_ref removes them), and not before (recorded): taken out here,
// where the worker's settings are not known yet, and put back once they are.
delete FinalizationRegistry.prototype.cleanupSome; // a GraalJS extra V8 lacks
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
