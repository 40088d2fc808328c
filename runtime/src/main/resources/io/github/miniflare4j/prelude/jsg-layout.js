// The members of the web classes as workerd (JSG) lays them out (recorded with the oracle): each
// prototype's methods, accessors and constants are enumerable, in workerd's order, ahead of the
// constructor, so a for-in over an instance lists them as workerd's does; static methods are
// enumerable too. Runs once per Context, when the prelude has defined the classes; the member
// lists are workerd's order, names a class here lacks are skipped.

// @imports ExecutionContext from worker.js

/** The partial descriptor that changes only a property's enumerability (kept: value, accessors, flags). */
const ENUMERABLE = Object.freeze({ enumerable: true });

/**
 * Makes `target`'s keys named in `names` enumerable and, with `moveOthers`, puts its constructor
 * last; keys that are not configurable stay as they are. Nothing else moves: the class bodies are
 * written in workerd's member order (JsgLayoutOrderTest checks every prototype laid out here), so
 * a Context changes one flag per member in place (no descriptor objects) and moves only the
 * constructor.
 */
function layOut(target, names, moveOthers) {
  for (const name of names) {
    // Reflect.defineProperty answers false for a key that is not configurable (left as it is)
    if (Object.hasOwn(target, name)) Reflect.defineProperty(target, name, ENUMERABLE);
  }
  if (moveOthers) {
    const constructor = Object.getOwnPropertyDescriptor(target, "constructor");
    if (constructor !== undefined && constructor.configurable === true) {
      delete target.constructor;
      Object.defineProperty(target, "constructor", constructor);
    }
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

/** Lays out `proto` with `members` (names separated by spaces) and `owner`'s statics. */
function jsgLayout(proto, members, owner = null, statics = "") {
  if (proto === undefined || proto === null) return;
  layOut(proto, members.split(" "), true);
  if (owner !== null && statics !== "") layOut(owner, statics.split(" "), false);
}

/** workerd's Event constants, on Event.prototype as on Event (read-only, enumerable). */
for (const [name, value] of [["NONE", 0], ["CAPTURING_PHASE", 1], ["AT_TARGET", 2], ["BUBBLING_PHASE", 3]]) {
  if (!Object.prototype.hasOwnProperty.call(globalThis.Event.prototype, name)) {
    Object.defineProperty(globalThis.Event.prototype, name, { value, enumerable: true, configurable: true });
  }
}

function protoOf(name) { return globalThis[name]?.prototype; }
const BODY = "body bodyUsed arrayBuffer bytes text json formData blob";
jsgLayout(protoOf("Request"), "clone method url headers redirect fetcher signal cf integrity keepalive cache");
jsgLayout(protoOf("Response"), "clone status statusText headers ok redirected url webSocket cf type", globalThis.Response, "error redirect json");
jsgLayout(Object.getPrototypeOf(protoOf("Response")), BODY);
jsgLayout(protoOf("Headers"), "get getAll getSetCookie has set append delete forEach entries keys values");
jsgLayout(protoOf("URL"), "origin href protocol username password host hostname port pathname search hash searchParams toJSON toString", globalThis.URL, "canParse parse createObjectURL revokeObjectURL");
jsgLayout(protoOf("URLSearchParams"), "size append delete get getAll has set sort entries keys values forEach toString");
jsgLayout(protoOf("Blob"), "size type slice arrayBuffer bytes text stream");
jsgLayout(protoOf("File"), "name lastModified");
jsgLayout(protoOf("FormData"), "append delete get getAll has set entries keys values forEach");
jsgLayout(protoOf("ReadableStream"), "locked cancel getReader pipeThrough pipeTo tee values");
jsgLayout(protoOf("WritableStream"), "locked abort close getWriter");
jsgLayout(protoOf("TransformStream"), "readable writable");
jsgLayout(protoOf("ReadableStreamDefaultReader"), "closed cancel read releaseLock");
jsgLayout(protoOf("WritableStreamDefaultWriter"), "closed ready desiredSize abort close write releaseLock");
jsgLayout(protoOf("TextEncoder"), "encode encodeInto encoding");
jsgLayout(protoOf("TextDecoder"), "decode encoding fatal ignoreBOM");
jsgLayout(protoOf("Event"), "type eventPhase composed bubbles cancelable defaultPrevented returnValue currentTarget target srcElement timeStamp isTrusted cancelBubble stopImmediatePropagation preventDefault stopPropagation composedPath NONE CAPTURING_PHASE AT_TARGET BUBBLING_PHASE");
jsgLayout(protoOf("CustomEvent"), "detail");
jsgLayout(protoOf("EventTarget"), "addEventListener removeEventListener dispatchEvent");
jsgLayout(protoOf("AbortController"), "signal abort");
jsgLayout(protoOf("AbortSignal"), "aborted reason onabort throwIfAborted", globalThis.AbortSignal, "abort timeout any");
jsgLayout(protoOf("DOMException"), "");
jsgLayout(Object.getPrototypeOf(protoOf("TextEncoderStream")), "readable writable");
jsgLayout(protoOf("TextEncoderStream"), "encoding");
jsgLayout(protoOf("TextDecoderStream"), "encoding fatal ignoreBOM");
jsgLayout(protoOf("CountQueuingStrategy"), "highWaterMark size");
jsgLayout(protoOf("ByteLengthQueuingStrategy"), "highWaterMark size");
jsgLayout(protoOf("Cache"), "add addAll delete match put matchAll keys");
jsgLayout(protoOf("CacheStorage"), "open delete match has keys");
jsgLayout(protoOf("ErrorEvent"), "filename message lineno colno error");
jsgLayout(protoOf("MessageEvent"), "ports source lastEventId origin data");
jsgLayout(protoOf("CloseEvent"), "wasClean reason code");
jsgLayout(protoOf("ReadableStreamDefaultController"), "desiredSize close enqueue error");
jsgLayout(protoOf("TransformStreamDefaultController"), "desiredSize enqueue error terminate");
jsgLayout(protoOf("WritableStreamDefaultController"), "signal error");
jsgLayout(protoOf("ReadableByteStreamController"), "byobRequest desiredSize close enqueue error");
jsgLayout(protoOf("ReadableStreamBYOBReader"), "closed cancel read releaseLock readAtLeast");
jsgLayout(protoOf("ReadableStreamBYOBRequest"), "view respond respondWithNewView");
jsgLayout(protoOf("ReadableStream"), "", globalThis.ReadableStream, "from");
jsgLayout(ExecutionContext.prototype, "waitUntil passThroughOnException");
if (protoOf("WebSocket")) reorderLayOut(protoOf("WebSocket"), "accept send close serializeAttachment deserializeAttachment READY_STATE_CONNECTING CONNECTING READY_STATE_OPEN OPEN READY_STATE_CLOSING CLOSING READY_STATE_CLOSED CLOSED readyState url protocol extensions binaryType".split(" "));
jsgLayout(protoOf("SubtleCrypto"), "encrypt decrypt sign verify digest generateKey deriveKey deriveBits importKey exportKey wrapKey unwrapKey timingSafeEqual");
jsgLayout(globalThis.crypto?.DigestStream?.prototype, "digest bytesWritten");
jsgLayout(protoOf("URLPattern"), "protocol username password hostname port pathname search hash test exec");
jsgLayout(protoOf("HTMLRewriter"), "on onDocument transform");
jsgLayout(protoOf("Navigator"), "sendBeacon");
jsgLayout(protoOf("Crypto"), "subtle getRandomValues randomUUID DigestStream");
jsgLayout(Object.getPrototypeOf(globalThis.scheduler), "wait");
