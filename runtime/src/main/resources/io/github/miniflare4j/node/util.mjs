// node:util.
import types from "node:util/types";
import { inspect, format, formatWithOptions, stripVTControlCharacters } from "node-internal:inspect";
import { isDeepStrictEqual } from "node-internal:comparisons";
import { parseArgs } from "node-internal:parse_args";
import { MIMEType, MIMEParams } from "node-internal:mime";
const { nodeError, invalidArgType, Buffer } = $node;

export { types, inspect, format, formatWithOptions, stripVTControlCharacters, isDeepStrictEqual, parseArgs, MIMEType, MIMEParams };
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

const warned = new Set();
export function deprecate(fn, msg, code) {
  if (typeof fn !== "function") throw invalidArgType("fn", "of type function", fn);
  function deprecated(...args) {
    const key = code ?? msg;
    if (!warned.has(key)) {
      warned.add(key);
      console.warn(`${code ? `[${code}] ` : ""}DeprecationWarning: ${msg}`);
    }
    return new.target ? Reflect.construct(fn, args, new.target) : Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
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

const ERRNO_NAMES = new Map([
  [-7, "E2BIG"], [-13, "EACCES"], [-98, "EADDRINUSE"], [-99, "EADDRNOTAVAIL"], [-97, "EAFNOSUPPORT"], [-11, "EAGAIN"], [-114, "EALREADY"],
  [-9, "EBADF"], [-16, "EBUSY"], [-125, "ECANCELED"], [-103, "ECONNABORTED"], [-111, "ECONNREFUSED"], [-104, "ECONNRESET"], [-89, "EDESTADDRREQ"],
  [-17, "EEXIST"], [-14, "EFAULT"], [-27, "EFBIG"], [-113, "EHOSTUNREACH"], [-4, "EINTR"], [-22, "EINVAL"], [-5, "EIO"], [-106, "EISCONN"],
  [-21, "EISDIR"], [-40, "ELOOP"], [-24, "EMFILE"], [-90, "EMSGSIZE"], [-36, "ENAMETOOLONG"], [-100, "ENETDOWN"], [-101, "ENETUNREACH"],
  [-23, "ENFILE"], [-105, "ENOBUFS"], [-19, "ENODEV"], [-2, "ENOENT"], [-12, "ENOMEM"], [-28, "ENOSPC"], [-38, "ENOSYS"], [-107, "ENOTCONN"],
  [-20, "ENOTDIR"], [-39, "ENOTEMPTY"], [-88, "ENOTSOCK"], [-95, "ENOTSUP"], [-25, "ENOTTY"], [-6, "ENXIO"], [-1, "EPERM"], [-32, "EPIPE"],
  [-71, "EPROTO"], [-34, "ERANGE"], [-30, "EROFS"], [-29, "ESPIPE"], [-3, "ESRCH"], [-110, "ETIMEDOUT"], [-26, "ETXTBSY"], [-18, "EXDEV"],
  [-4095, "EOF"],
]);
export function getSystemErrorName(err) {
  if (typeof err !== "number") throw invalidArgType("err", "of type number", err);
  if (err >= 0 || !Number.isSafeInteger(err)) throw nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "err" is out of range. It must be a negative integer. Received ${err}`);
  return ERRNO_NAMES.get(err) ?? `Unknown system error ${err}`;
}
export function getSystemErrorMap() {
  return new Map([...ERRNO_NAMES].map(([code, name]) => [code, [name, name]]));
}
export { debuglog as debug };

export function toUSVString(string) { return String(string).toWellFormed(); }

const STYLES = { bold: [1, 22], italic: [3, 23], underline: [4, 24], inverse: [7, 27], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39], gray: [90, 39], grey: [90, 39], black: [30, 39] };
export function styleText(format, text) {
  if (typeof text !== "string") throw invalidArgType("text", "of type string", text);
  for (const f of Array.isArray(format) ? format : [format]) {
    const codes = STYLES[f];
    if (!codes) throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'format' must be one of: ${Object.keys(STYLES).map((k) => `'${k}'`).join(", ")}. Received '${f}'`);
    text = `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
  }
  return text;
}

export function aborted(signal, resource) {
  if (!(signal instanceof AbortSignal)) throw invalidArgType("signal", "an instance of AbortSignal", signal);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}
export const transferableAbortSignal = (signal) => signal;
export const transferableAbortController = () => new AbortController();

export function _extend(target, source) {
  if (source === null || typeof source !== "object") return target;
  for (const key of Object.keys(source)) target[key] = source[key];
  return target;
}

export const isArray = Array.isArray;
export const isBoolean = (v) => typeof v === "boolean";
export const isBuffer = (v) => Buffer.isBuffer(v);
export const isDate = types.isDate;
export const isError = (v) => types.isNativeError(v);
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
  log, getSystemErrorName, getSystemErrorMap,
  transferableAbortSignal, transferableAbortController, _extend, isArray, isBoolean, isBuffer, isDate, isError,
  isFunction, isNull, isNullOrUndefined, isNumber, isObject, isPrimitive, isRegExp, isString, isSymbol, isUndefined,
};
