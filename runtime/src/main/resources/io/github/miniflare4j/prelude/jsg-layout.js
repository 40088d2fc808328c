// The members of the web classes as workerd (JSG) lays them out (recorded with the oracle): each
// prototype's methods, accessors and constants are enumerable, in workerd's order, ahead of the
// constructor, so a for-in over an instance lists them as workerd's does; static methods are
// enumerable too. Runs once per Context, when the prelude has defined the classes; the member
// lists are workerd's order and name only members the classes here have.

// @imports ExecutionContext from worker.js

/**
 * The partial descriptor that changes only a property's enumerability (kept: value, accessors,
 * flags); `E` for short in the layouts below.
 */
const ENUMERABLE = Object.freeze({ enumerable: true });
const E = ENUMERABLE;

/** Puts `target`'s own constructor (when configurable) after its other keys. */
function moveConstructorLast(target) {
  const constructor = Object.getOwnPropertyDescriptor(target, "constructor");
  if (constructor !== undefined && constructor.configurable === true) {
    delete target.constructor;
    Object.defineProperty(target, "constructor", constructor);
  }
}

/**
 * The layout of a prototype whose members cannot all be written in workerd's order (WebSocket's
 * state constants, defined after its class, stand before its attributes): the keys named in
 * `names` first and enumerable, then its other own keys as they were, the constructor last.
 */
function reorderLayOut(target, names) {
  const descriptors = Object.getOwnPropertyDescriptors(target);
  const ordered = {};
  for (const name of names) {
    if (!Object.hasOwn(descriptors, name) || !descriptors[name].configurable) continue;
    descriptors[name].enumerable = true;
    ordered[name] = descriptors[name];
  }
  for (const key of Reflect.ownKeys(descriptors)) {
    if (key !== "constructor" && !Object.hasOwn(ordered, key) && descriptors[key].configurable) ordered[key] = descriptors[key];
  }
  if (Object.hasOwn(descriptors, "constructor") && descriptors.constructor.configurable) ordered.constructor = descriptors.constructor;
  for (const key of Reflect.ownKeys(ordered)) delete target[key];
  Object.defineProperties(target, ordered);
}

/**
 * Lays out `proto`: the members `layout` names (each as `name: E`) become enumerable in place, the
 * constructor goes last; then `owner`'s statics in `statics` become enumerable. Nothing else moves:
 * the class bodies are written in workerd's member order. One engine call per object
 * (Object.defineProperties) rather than one per member: every name must therefore be an own,
 * configurable member of the class (one it lacked would be created), which JsgLayoutOrderTest checks.
 */
function jsgLayout(proto, layout, owner = null, statics = null) {
  if (proto === undefined || proto === null) return;
  Object.defineProperties(proto, layout);
  moveConstructorLast(proto);
  if (owner !== null && statics !== null) Object.defineProperties(owner, statics);
}

/** workerd's Event constants, on Event.prototype as on Event (read-only, enumerable). */
for (const [name, value] of [["NONE", 0], ["CAPTURING_PHASE", 1], ["AT_TARGET", 2], ["BUBBLING_PHASE", 3]]) {
  if (!Object.prototype.hasOwnProperty.call(globalThis.Event.prototype, name)) {
    Object.defineProperty(globalThis.Event.prototype, name, { value, enumerable: true, configurable: true });
  }
}

function protoOf(name) { return globalThis[name]?.prototype; }
jsgLayout(protoOf("Request"), { clone: E, method: E, url: E, headers: E, redirect: E, fetcher: E, signal: E, cf: E, integrity: E, keepalive: E, cache: E });
jsgLayout(protoOf("Response"), { clone: E, status: E, statusText: E, headers: E, ok: E, redirected: E, url: E, webSocket: E, cf: E, type: E }, globalThis.Response, { error: E, redirect: E, json: E });
jsgLayout(Object.getPrototypeOf(protoOf("Response")), { body: E, bodyUsed: E, arrayBuffer: E, bytes: E, text: E, json: E, formData: E, blob: E });
jsgLayout(protoOf("Headers"), { get: E, getAll: E, getSetCookie: E, has: E, set: E, append: E, delete: E, forEach: E, entries: E, keys: E, values: E });
jsgLayout(protoOf("URL"), { origin: E, href: E, protocol: E, username: E, password: E, host: E, hostname: E, port: E, pathname: E, search: E, hash: E, searchParams: E, toJSON: E, toString: E }, globalThis.URL, { canParse: E, parse: E, createObjectURL: E, revokeObjectURL: E });
jsgLayout(protoOf("URLSearchParams"), { size: E, append: E, delete: E, get: E, getAll: E, has: E, set: E, sort: E, entries: E, keys: E, values: E, forEach: E, toString: E });
jsgLayout(protoOf("Blob"), { size: E, type: E, slice: E, arrayBuffer: E, bytes: E, text: E, stream: E });
jsgLayout(protoOf("File"), { name: E, lastModified: E });
jsgLayout(protoOf("FormData"), { append: E, delete: E, get: E, getAll: E, has: E, set: E, entries: E, keys: E, values: E, forEach: E });
jsgLayout(protoOf("ReadableStream"), { locked: E, cancel: E, getReader: E, pipeThrough: E, pipeTo: E, tee: E, values: E }, globalThis.ReadableStream, { from: E });
jsgLayout(protoOf("WritableStream"), { locked: E, abort: E, close: E, getWriter: E });
jsgLayout(protoOf("TransformStream"), { readable: E, writable: E });
jsgLayout(protoOf("ReadableStreamDefaultReader"), { closed: E, cancel: E, read: E, releaseLock: E });
jsgLayout(protoOf("WritableStreamDefaultWriter"), { closed: E, ready: E, desiredSize: E, abort: E, close: E, write: E, releaseLock: E });
jsgLayout(protoOf("TextEncoder"), { encode: E, encodeInto: E, encoding: E });
jsgLayout(protoOf("TextDecoder"), { decode: E, encoding: E, fatal: E, ignoreBOM: E });
jsgLayout(protoOf("Event"), { type: E, eventPhase: E, composed: E, bubbles: E, cancelable: E, defaultPrevented: E, returnValue: E, currentTarget: E, target: E, srcElement: E, timeStamp: E, isTrusted: E, cancelBubble: E, stopImmediatePropagation: E, preventDefault: E, stopPropagation: E, composedPath: E, NONE: E, CAPTURING_PHASE: E, AT_TARGET: E, BUBBLING_PHASE: E });
jsgLayout(protoOf("CustomEvent"), { detail: E });
jsgLayout(protoOf("EventTarget"), { addEventListener: E, removeEventListener: E, dispatchEvent: E });
jsgLayout(protoOf("AbortController"), { signal: E, abort: E });
jsgLayout(protoOf("AbortSignal"), { aborted: E, reason: E, onabort: E, throwIfAborted: E }, globalThis.AbortSignal, { abort: E, timeout: E, any: E });
jsgLayout(protoOf("DOMException"), {});
jsgLayout(Object.getPrototypeOf(protoOf("TextEncoderStream")), { readable: E, writable: E });
jsgLayout(protoOf("TextEncoderStream"), { encoding: E });
jsgLayout(protoOf("TextDecoderStream"), { encoding: E, fatal: E, ignoreBOM: E });
jsgLayout(protoOf("CountQueuingStrategy"), { highWaterMark: E, size: E });
jsgLayout(protoOf("ByteLengthQueuingStrategy"), { highWaterMark: E, size: E });
jsgLayout(protoOf("Cache"), { add: E, addAll: E, delete: E, match: E, put: E, matchAll: E, keys: E });
jsgLayout(protoOf("CacheStorage"), { open: E, delete: E, match: E, has: E, keys: E });
jsgLayout(protoOf("ErrorEvent"), { filename: E, message: E, lineno: E, colno: E, error: E });
jsgLayout(protoOf("MessageEvent"), { ports: E, source: E, lastEventId: E, origin: E, data: E });
jsgLayout(protoOf("CloseEvent"), { wasClean: E, reason: E, code: E });
jsgLayout(protoOf("ReadableStreamDefaultController"), { desiredSize: E, close: E, enqueue: E, error: E });
jsgLayout(protoOf("TransformStreamDefaultController"), { desiredSize: E, enqueue: E, error: E, terminate: E });
jsgLayout(protoOf("WritableStreamDefaultController"), { signal: E, error: E });
jsgLayout(protoOf("ReadableByteStreamController"), { byobRequest: E, desiredSize: E, close: E, enqueue: E, error: E });
jsgLayout(protoOf("ReadableStreamBYOBReader"), { closed: E, cancel: E, read: E, releaseLock: E, readAtLeast: E });
jsgLayout(protoOf("ReadableStreamBYOBRequest"), { view: E, respond: E, respondWithNewView: E });
jsgLayout(ExecutionContext.prototype, { waitUntil: E, passThroughOnException: E });
if (protoOf("WebSocket")) reorderLayOut(protoOf("WebSocket"), "accept send close serializeAttachment deserializeAttachment READY_STATE_CONNECTING CONNECTING READY_STATE_OPEN OPEN READY_STATE_CLOSING CLOSING READY_STATE_CLOSED CLOSED readyState url protocol extensions binaryType".split(" "));
jsgLayout(protoOf("WebSocketRequestResponsePair"), { request: E, response: E });
jsgLayout(protoOf("SubtleCrypto"), { encrypt: E, decrypt: E, sign: E, verify: E, digest: E, generateKey: E, deriveKey: E, deriveBits: E, importKey: E, exportKey: E, wrapKey: E, unwrapKey: E, timingSafeEqual: E });
jsgLayout(globalThis.crypto?.DigestStream?.prototype, { digest: E, bytesWritten: E });
jsgLayout(protoOf("URLPattern"), { protocol: E, username: E, password: E, hostname: E, port: E, pathname: E, search: E, hash: E, test: E, exec: E });
jsgLayout(protoOf("HTMLRewriter"), { on: E, onDocument: E, transform: E });
jsgLayout(protoOf("Navigator"), { sendBeacon: E });
jsgLayout(protoOf("Crypto"), { subtle: E, getRandomValues: E, randomUUID: E, DigestStream: E });
jsgLayout(Object.getPrototypeOf(globalThis.scheduler), { wait: E });
