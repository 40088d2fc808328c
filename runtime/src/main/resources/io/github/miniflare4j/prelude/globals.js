// Timers, console, navigator, performance, scheduler, queueMicrotask, self.

// @imports eventTimer, defineGlobal, removeGlobal, DOMException, refuseInGlobalScope, onConfigure, compatFlag, globalScope, illegalInvocation from core.js
// @imports AbortSignal from events.js
// @imports later reportToGlobalScope from global-scope.js
// @exports queueMicrotask, console, btoaImpl, atobImpl, setTimeout, setInterval, clearTimeout, clearInterval

// The global functions' first parameters have defaults so that their lengths are 0, as those of
// workerd's Web IDL functions are (recorded).
function setTimeout(callback = undefined, delay = 0, ...args) {
  if (typeof callback !== "function") throw new TypeError("Failed to execute 'setTimeout' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'.");
  refuseInGlobalScope();
  // the callback runs with the global scope as `this` (recorded)
  return eventTimer(Number(delay) || 0, () => callback.apply(globalThis, args), false);
}
function setInterval(callback = undefined, delay = 0, ...args) {
  if (typeof callback !== "function") throw new TypeError("Failed to execute 'setInterval' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'.");
  refuseInGlobalScope();
  return eventTimer(Number(delay) || 0, () => callback.apply(globalThis, args), true);
}
// workerd wants an argument but ignores any value that is no timer's id (recorded)
function clearTimeout(id = undefined) {
  if (arguments.length === 0) throw new TypeError("Failed to execute 'clearTimeout' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'JsNumber'.");
  refuseInGlobalScope(); // also at the worker's top level (recorded)
  if (isTimerId(id)) host.clearTimer(id);
}
function clearInterval(id = undefined) {
  if (arguments.length === 0) throw new TypeError("Failed to execute 'clearInterval' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'JsNumber'.");
  refuseInGlobalScope();
  if (isTimerId(id)) host.clearTimer(id);
}
function isTimerId(id) { return typeof id === "number" && Number.isInteger(id) && id > 0 && id <= 0x7fffffff; }
function queueMicrotask(callback = undefined) {
  if (typeof callback !== "function") throw new TypeError("Failed to execute 'queueMicrotask' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'.");
  // a callback that throws is reported as uncaught (the global "error" event), as reportError does (recorded)
  Promise.resolve().then(() => { try { callback(); } catch (error) { reportError(error); } });
}
defineGlobal("setTimeout", setTimeout);
defineGlobal("setInterval", setInterval);
defineGlobal("clearTimeout", clearTimeout);
defineGlobal("clearInterval", clearInterval);
defineGlobal("queueMicrotask", queueMicrotask);

/** Whether text holds a backslash or a control character, which quoteString escapes. */
function needsEscape(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 92) return true;
  }
  return false;
}

// console formatting as workerd prints it (Node's util.inspect defaults, recorded with the oracle):
// nested strings quoted with ' (or " / ` when the string holds quotes), depth 2, class names shown.
function quoteString(text) {
  const quote = !text.includes("'") ? "'" : !text.includes('"') ? '"' : !text.includes("`") ? "`" : "'";
  const escaped = !needsEscape(text) ? text : text.replace(/[\\\x00-\x1f\x7f]/g, (c) => {
    switch (c) {
      case "\\": return "\\\\";
      case "\n": return "\\n";
      case "\t": return "\\t";
      case "\r": return "\\r";
      case "\b": return "\\b";
      case "\f": return "\\f";
      case "\v": return "\\v";
      default: return "\\x" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0");
    }
  });
  return quote + (quote === "'" ? escaped.replaceAll("'", "\\'") : escaped) + quote;
}

/** Whether key prints bare: an identifier of ASCII letters, digits, "_" and "$", not starting with a digit. */
function isPlainIdentifier(key) {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
    if (!letter && (i === 0 || c < 48 || c > 57)) return false;
  }
  return true;
}

function inspectKey(key) {
  return isPlainIdentifier(key) ? key : quoteString(key);
}

function inspectList(open, items, close) {
  return items.length ? `${open} ${items.join(", ")} ${close}` : `${open}${close}`;
}

function inspect(value, depth = 0) {
  if (typeof value === "string") return depth === 0 ? value : quoteString(value);
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "function") return value.name ? `[Function: ${value.name}]` : "[Function (anonymous)]";
  if (typeof value === "symbol" || typeof value === "bigint") return value.toString() + (typeof value === "bigint" ? "n" : "");
  if (value instanceof Error) return value.stack || `${value.name}: ${value.message}`;
  if (typeof value !== "object") return String(value);
  if (depth > 2) return Array.isArray(value) ? "[Array]" : "[Object]";
  try {
    if (Array.isArray(value)) return inspectList("[", value.map((v) => inspect(v, depth + 1)), "]");
    if (value instanceof Map) return inspectList(`Map(${value.size}) {`, [...value].map(([k, v]) => `${inspect(k, depth + 1)} => ${inspect(v, depth + 1)}`), "}");
    if (value instanceof Set) return inspectList(`Set(${value.size}) {`, [...value].map((v) => inspect(v, depth + 1)), "}");
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      return inspectList(`${value[Symbol.toStringTag]}(${value.length}) [`, Array.from(value, (v) => inspect(v, depth + 1)), "]");
    }
    if (value instanceof ArrayBuffer) {
      const bytes = Array.from(new Uint8Array(value), (b) => b.toString(16).padStart(2, "0")).join(" ");
      return `ArrayBuffer { [Uint8Contents]: <${bytes}>, byteLength: ${value.byteLength} }`;
    }
    const proto = Object.getPrototypeOf(value);
    const ctor = proto?.constructor?.name;
    const tag = value[Symbol.toStringTag] ?? (proto !== Object.prototype && proto !== null && ctor ? ctor : undefined);
    const body = Object.keys(value).map((k) => `${inspectKey(k)}: ${inspect(value[k], depth + 1)}`);
    return (tag ? tag + " " : "") + inspectList("{", body, "}");
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function formatLog(args) {
  if (args.length === 0) return "";
  let first = args[0];
  let rest = args.slice(1);
  if (typeof first === "string" && first.includes("%")) {
    // each "%" and the specifier after it, left to right, as a global replace would
    let out = "";
    let from = 0;
    for (let at = first.indexOf("%"); at >= 0 && at + 1 < first.length; at = first.indexOf("%", from)) {
      const f = first[at + 1];
      if (!FORMAT_SPECIFIERS.includes(f)) {
        out += first.slice(from, at + 1);
        from = at + 1;
        continue;
      }
      out += first.slice(from, at) + formatSpecifier(f, rest);
      from = at + 2;
    }
    first = out + first.slice(from);
  }
  return [first, ...rest].map((v) => inspect(v)).join(" ");
}

const FORMAT_SPECIFIERS = "sdifoOjc%";

/** What "%" + f prints, taking its argument from the front of rest ("%" + f when none is left). */
function formatSpecifier(f, rest) {
  if (f === "%") return "%";
  if (rest.length === 0) return "%" + f;
  const v = rest.shift();
  if (f === "c") return "";
  if (f === "j") return JSON.stringify(v);
  if (f === "d" || f === "i") return String(parseInt(v, 10));
  if (f === "f") return String(parseFloat(v));
  if (f === "s") return typeof v === "string" ? v : inspect(v, 1);
  return inspect(v, 1);
}

const counts = new Map();
const timers = new Map();
// V8's console methods, each returning undefined (recorded); the ones with nothing to show here
// (clear, profiles, context) do nothing. As in workerd: V8's order, every length 0 but
// context's, the five logging methods (workerd's wrappers) without a name, and an object whose
// prototype is an empty object of its own, tagged "console" (recorded).
const unnamed = (fn) => fn;
const console = Object.create({}, { [Symbol.toStringTag]: { value: "console", configurable: true } });
Object.assign(console, {
  debug: unnamed((...args) => { host.log("debug", formatLog(args)); }),
  error: unnamed((...args) => { host.log("error", formatLog(args)); }),
  info: unnamed((...args) => { host.log("info", formatLog(args)); }),
  log: unnamed((...args) => { host.log("info", formatLog(args)); }),
  warn: unnamed((...args) => { host.log("warn", formatLog(args)); }),
  dir: (...args) => { host.log("info", inspect(args[0], 1)); },
  dirxml: (...args) => { host.log("info", formatLog(args)); },
  table: (...args) => { host.log("info", inspect(args[0], 1)); },
  trace: (...args) => { host.log("debug", formatLog(args)); },
  group: (...args) => { if (args.length) host.log("info", formatLog(args)); },
  groupCollapsed: (...args) => { if (args.length) host.log("info", formatLog(args)); },
  groupEnd: () => {},
  clear: () => {},
  count: (label = "default") => { const n = (counts.get(label) ?? 0) + 1; counts.set(label, n); host.log("info", `${label}: ${n}`); },
  countReset: (label = "default") => { counts.delete(label); },
  assert: (...args) => { if (!args[0]) host.log("error", "Assertion failed" + (args.length > 1 ? ": " + formatLog(args.slice(1)) : "")); },
  profile: () => {},
  profileEnd: () => {},
  time: (label = "default") => { timers.set(label, host.now()); },
  timeLog: (label = "default", ...args) => { const t = timers.get(label); if (t !== undefined) host.log("info", `${label}: ${host.now() - t}ms` + (args.length ? " " + formatLog(args) : "")); },
  timeEnd: (label = "default") => { const t = timers.get(label); timers.delete(label); if (t !== undefined) host.log("info", `${label}: ${host.now() - t}ms`); },
  timeStamp: () => {},
  context: (name) => console,
});
defineGlobal("console", console);

// Read once the worker is known: the prelude may run ahead in a spare Context (SpareContexts).
// workerd's performance.now() is Date.now() and its timeOrigin 0 (recorded with the oracle); here
// both follow the instance clock.
const timeOrigin = 0;
// an object tagged "Performance" whose class is no global and whose members live on its
// prototype (no own keys, no toJSON), as in workerd (recorded)
const performance = Object.create(Object.defineProperties({}, {
  // enumerable, as workerd's (a for-in lists them; recorded), in its order
  // both refuse another receiver with workerd's Illegal invocation (recorded)
  timeOrigin: { get: function () { if (this !== performance) throw illegalInvocation(); return timeOrigin; }, configurable: true, enumerable: true },
  // 0 while the worker's top level runs (no request clock yet; recorded), as in workerd
  now: { value: function now() { if (this !== performance) throw illegalInvocation(); return globalScope.active ? 0 : host.now(); }, writable: true, configurable: true, enumerable: true },
  constructor: { value: function Performance() { throw new TypeError("Illegal constructor"); }, writable: true, configurable: true },
  [Symbol.toStringTag]: { value: "Performance", configurable: true },
}));
defineGlobal("performance", performance);

/** Reports an error as uncaught without throwing it: workerd logs it as the console does. */
function reportError(error = undefined) { // (length 0, as setTimeout's)
  if (arguments.length === 0) throw new TypeError("Failed to execute 'reportError' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'JsValue'.");
  host.log("error", "Uncaught " + formatLog([error]));
  reportToGlobalScope(error); // the global "error" event, as workerd dispatches it (recorded)
}
defineGlobal("reportError", reportError);

function Navigator() { throw new TypeError("Illegal constructor"); }
Object.defineProperty(Navigator.prototype, Symbol.toStringTag, { value: "Navigator", configurable: true });
/** Sends `data` to `url` as a POST in the background, as workerd's navigator.sendBeacon; always true. */
Navigator.prototype.sendBeacon = function sendBeacon(url = undefined, data = null) {
  globalThis.fetch(url, { method: "POST", body: data }).then((response) => response.body?.cancel(), () => {});
  return true;
};
// own read-only members, in workerd's order (recorded)
const navigatorMember = (value) => ({ value, writable: false, enumerable: true, configurable: true });
const navigator = Object.create(Navigator.prototype, {
  platform: navigatorMember(""), hardwareConcurrency: navigatorMember(1), userAgent: navigatorMember("Cloudflare-Workers"),
});
defineGlobal("Navigator", Navigator);
defineGlobal("navigator", navigator);
// navigator exists from global_navigator (2022-03-21); language and languages ("en") from
// enable_navigator_language (2025-05-19) (recorded).
onConfigure(() => {
  // importScripts exists, and refuses every call, until no_global_importscripts (2024-03-04)
  if (!compatFlag("no_global_importscripts", "2024-03-04", "global_importscripts")) {
    defineGlobal("importScripts", { importScripts() { throw new Error("Failed to execute 'importScripts' on 'WorkerGlobalScope': the method is not implemented."); } }.importScripts);
  }
  if (!compatFlag("global_navigator", "2022-03-21", "no_global_navigator")) {
    removeGlobal("navigator");
    removeGlobal("Navigator");
    return;
  }
  if (compatFlag("enable_navigator_language", "2025-05-19", "disable_navigator_language")) {
    Object.defineProperties(navigator, { language: navigatorMember("en"), languages: navigatorMember(["en"]) });
  }
});

/**
 * An abort reason as scheduler.wait rejects with it: workerd passes it through its own exception
 * type, so an error stays itself and any other value becomes an Error with its text (recorded).
 */
function abortReasonAsError(reason) {
  return reason instanceof Error || reason instanceof DOMException ? reason : new Error(String(reason));
}

// workerd's scheduler: an instance of a class named Scheduler that is no global (recorded)
function Scheduler() { throw new TypeError("Illegal constructor"); }
Object.defineProperty(Scheduler.prototype, Symbol.toStringTag, { value: "Scheduler", configurable: true });
Object.defineProperty(Scheduler.prototype, "wait", {
  value: function wait(ms = undefined, options = {}) {
    if (this !== scheduler) throw illegalInvocation();
    if (ms === undefined) throw new TypeError("Failed to execute 'wait' on 'Scheduler': parameter 1 is not of type 'number'.");
    if (options !== null && typeof options !== "object" && typeof options !== "function") throw new TypeError("Failed to execute 'wait' on 'Scheduler': parameter 2 is not of type 'WaitOptions'.");
    const signal = options?.signal;
    if (signal !== undefined && !(signal instanceof AbortSignal)) throw new TypeError("Incorrect type for the 'signal' field on 'WaitOptions': the provided value is not of type 'AbortSignal'.");
    return new Promise((resolve, reject) => {
      refuseInGlobalScope(); // at the worker's top level: a rejected promise (recorded)
      if (signal?.aborted) { reject(abortReasonAsError(signal.reason)); return; }
      const id = eventTimer(Math.max(0, Number(ms) || 0), () => resolve(undefined), false);
      signal?.addEventListener("abort", () => { host.clearTimer(id); reject(abortReasonAsError(signal.reason)); }, { once: true });
    });
  },
  writable: true, configurable: true, enumerable: true,
});
const scheduler = Object.create(Scheduler.prototype);
defineGlobal("scheduler", scheduler);
defineGlobal("self", globalThis);
// origin, the global scope's opaque origin, is defined read-only with core.js's enumerable globals

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function btoaImpl(data) {
  data = `${data}`; // ToString: a Symbol throws (String() would describe it)
  let out = "";
  for (let i = 0; i < data.length; i += 3) {
    const a = data.charCodeAt(i), b = data.charCodeAt(i + 1), c = data.charCodeAt(i + 2);
    if (a > 255 || b > 255 || c > 255) throw new DOMException("btoa() can only operate on characters in the Latin1 (ISO/IEC 8859-1) range.", "InvalidCharacterError");
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += BASE64_ALPHABET[(n >> 18) & 63] + BASE64_ALPHABET[(n >> 12) & 63];
    out += i + 1 < data.length ? BASE64_ALPHABET[(n >> 6) & 63] : "=";
    out += i + 2 < data.length ? BASE64_ALPHABET[n & 63] : "=";
  }
  return out;
}

function atobImpl(data) {
  let text = `${data}`.replace(/[\t\n\f\r ]/g, "");
  if (text.length % 4 === 0) text = text.replace(/={1,2}$/, "");
  if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text)) {
    throw new DOMException("atob() called with invalid base64-encoded data. (Only whitespace, '+', '/', alphanumeric ASCII, and up to two terminal '=' signs when the input data length is divisible by 4 are allowed.)", "InvalidCharacterError");
  }
  let out = "";
  let bits = 0, value = 0;
  for (const ch of text) {
    value = (value << 6) | BASE64_ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) { bits -= 8; out += String.fromCharCode((value >> bits) & 0xff); }
  }
  return out;
}

defineGlobal("btoa", function btoa(data = undefined) {
  if (arguments.length === 0) throw new TypeError("Failed to execute 'btoa' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'JsString'.");
  return btoaImpl(data);
});
defineGlobal("atob", function atob(data = undefined) {
  if (arguments.length === 0) throw new TypeError("Failed to execute 'atob' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'string'.");
  return atobImpl(data);
});
