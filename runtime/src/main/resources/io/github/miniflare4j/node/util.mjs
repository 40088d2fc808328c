// node:util.
import types from "node:util/types";
import { inspect, format, formatWithOptions, stripVTControlCharacters } from "node-internal:inspect";
import { isDeepStrictEqual } from "node-internal:comparisons";
import { MIMEType, MIMEParams } from "node-internal:mime";
const { nodeError, invalidArgType, Buffer } = $node;

export { types, inspect, format, formatWithOptions, stripVTControlCharacters, isDeepStrictEqual, MIMEType, MIMEParams };

/** What workerd's node:util declares but does not implement: calling it throws, as there. */
function notImplemented(name) {
  return { [name]() { throw new Error(`node:util ${name} is not implemented`); } }[name];
}
export const parseArgs = notImplemented("parseArgs");
export const transferableAbortController = notImplemented("transferableAbortController");
export const transferableAbortSignal = notImplemented("transferableAbortSignal");
export const getSystemErrorMap = notImplemented("getSystemErrorMap");
export const getSystemErrorName = notImplemented("getSystemErrorName");
export const getSystemErrorMessage = notImplemented("getSystemErrorMessage");
export function _errnoException() { throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", "The _errnoException method is not implemented"); }
export function _exceptionWithHostPort() { throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", "The _exceptionWithHostPort method is not implemented"); }
export const TextEncoder = globalThis.TextEncoder;
export const TextDecoder = globalThis.TextDecoder;

const kCustomPromisify = Symbol.for("nodejs.util.promisify.custom");

export function promisify(original) {
  if (typeof original !== "function") throw invalidArgType("original", "of type function", original);
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    if (typeof fn !== "function") throw invalidArgType("util.promisify.custom", "of type function", fn);
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

export function callbackify(original) {
  if (typeof original !== "function") throw invalidArgType("original", "of type function", original);
  function callbackified(...args) {
    const callback = args.pop();
    if (typeof callback !== "function") throw invalidArgType("last argument", "of type function", callback);
    const onRejected = (reason) => {
      if (!reason) {
        const err = nodeError(Error, "ERR_FALSY_VALUE_REJECTION", "Promise was rejected with falsy value");
        err.reason = reason;
        reason = err;
      }
      callback.call(this, reason);
    };
    Reflect.apply(original, this, args).then((value) => queueMicrotask(() => callback.call(this, null, value)), (reason) => queueMicrotask(() => onRejected(reason)));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === "number") descriptors.length.value++;
  if (typeof descriptors.name.value === "string") descriptors.name.value += "Callbackified";
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  return Object.defineProperties(callbackified, descriptors);
}

export function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType("ctor", "of type function", ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType("superCtor", "of type function", superCtor);
  if (superCtor.prototype === undefined) throw invalidArgType("superCtor.prototype", "of type object", superCtor.prototype);
  Object.defineProperty(ctor, "super_", { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

/** workerd returns the function unchanged: no deprecation warning is ever printed. */
export function deprecate(fn, msg, code) {
  return fn;
}

/** A logger for NODE_DEBUG sections; workers have no NODE_DEBUG, so it writes nothing (workerd reports enabled: true). */
export function debuglog(section, callback) {
  const logger = () => {};
  logger.enabled = true;
  return logger;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** console.log with Node's "d Mon HH:MM:SS - " timestamp. */
export function log(...args) {
  const d = new Date();
  const time = [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
  console.log("%s - %s", `${d.getDate()} ${MONTHS[d.getMonth()]} ${time}`, format(...args));
}

export { debuglog as debug };

// no argument check, as workerd's: a non-string fails on the missing method
export function toUSVString(input) { return input.toWellFormed(); }

/**
 * Node's styleText. Workers have no TTY to write to, so (as in workerd) the text comes back
 * unstyled unless `validateStream: false`; the formats are still checked.
 */
export function styleText(format, text, { validateStream = true, stream } = {}) {
  if (typeof text !== "string") throw invalidArgType("text", "of type string", text);
  if (validateStream !== true && typeof validateStream !== "boolean") throw invalidArgType("options.validateStream", "of type boolean", validateStream);
  const skipColorize = validateStream;
  let left = "";
  let right = "";
  for (const key of Array.isArray(format) ? format : [format]) {
    if (key === "none") continue;
    const codes = typeof key === "string" ? inspect.colors[key] : undefined;
    if (codes == null) {
      const allowed = Object.keys(inspect.colors).map((k) => `'${k}'`).join(", ");
      throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'format' must be one of: ${allowed}. Received ${inspect(key)}`);
    }
    if (skipColorize) continue;
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

/** The call sites of the caller's stack (function name, script, line and column), as workerd's getCallSites gives them. */
export function getCallSites(frameCount = 10) {
  const lines = String(new Error().stack ?? "").split("\n").slice(2, 2 + frameCount);
  const sites = [];
  for (const line of lines) {
    const m = /^\s*at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/.exec(line);
    if (m) sites.push({ functionName: m[1] ?? "", scriptName: m[2], lineNumber: Number(m[3]), column: Number(m[4]), columnNumber: Number(m[4]) });
  }
  return sites;
}
export const getCallSite = getCallSites;

/** Parses dotenv text into an object (Node's util.parseEnv). */
export function parseEnv(content) {
  if (typeof content !== "string") throw invalidArgType("content", "of type string", content);
  const env = {};
  const lines = content.replace(/\r\n?/g, "\n");
  const re = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\n]+)?\s*(?:#.*)?$/gm;
  let m;
  while ((m = re.exec(lines)) !== null) {
    let value = (m[2] ?? "").trim();
    const q = value[0];
    if ((q === "'" || q === '"' || q === "`") && value.endsWith(q)) {
      value = value.slice(1, -1);
      if (q === '"') value = value.replace(/\\n/g, "\n");
    }
    env[m[1]] = value;
  }
  return env;
}

/** Resolves with the abort event (undefined when already aborted); `resource` is not held weakly, as in workerd. */
export async function aborted(signal, resource) {
  if (!(signal instanceof AbortSignal)) throw invalidArgType("signal", "an instance of AbortSignal", signal);
  if (resource === null || (typeof resource !== "object" && typeof resource !== "function")) throw invalidArgType("resource", "of type object", resource);
  if (signal.aborted) return undefined;
  return new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
}

export function _extend(target, source) {
  if (source === null || typeof source !== "object") return target;
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}

export const isArray = Array.isArray;
export const isBoolean = (v) => typeof v === "boolean";
export const isBuffer = (v) => Buffer.isBuffer(v);
export const isDate = types.isDate;
export const isError = (v) => Object.prototype.toString.call(v) === "[object Error]" || v instanceof Error;
export const isFunction = (v) => typeof v === "function";
export const isNull = (v) => v === null;
export const isNullOrUndefined = (v) => v === null || v === undefined;
export const isNumber = (v) => typeof v === "number";
export const isObject = (v) => v !== null && typeof v === "object";
export const isPrimitive = (v) => v === null || (typeof v !== "object" && typeof v !== "function");
export const isRegExp = types.isRegExp;
export const isString = (v) => typeof v === "string";
export const isSymbol = (v) => typeof v === "symbol";
export const isUndefined = (v) => v === undefined;

export default {
  types, inspect, format, formatWithOptions, stripVTControlCharacters, isDeepStrictEqual, TextEncoder, TextDecoder,
  promisify, callbackify, inherits, deprecate, debuglog, debug: debuglog, toUSVString, styleText, aborted, parseArgs, MIMEType, MIMEParams,
  log, getSystemErrorName, getSystemErrorMap, getSystemErrorMessage, getCallSite, getCallSites, parseEnv, _errnoException, _exceptionWithHostPort,
  transferableAbortSignal, transferableAbortController, _extend, isArray, isBoolean, isBuffer, isDate, isError,
  isFunction, isNull, isNullOrUndefined, isNumber, isObject, isPrimitive, isRegExp, isString, isSymbol, isUndefined,
};
