// Shared helpers of the prelude: global installation, DOMException, error rendering.

// @imports later withThrownDetails from clone.js

// @exports globalScope, setInternal, refuseInGlobalScope, defineGlobal, removeGlobal, globalPrototype, prototypeGlobals, registerHostClass, hostClassName, newOnly, hiddenConstructor, kState, lazyModule, lazyModuleIfLoaded, lazyEntry, DOMException, BUILTIN_ERRORS, stackFrames, errorHeadline, engineMessage, describeThrown, describeError, objectBreakErrors, reviveError, reviveRemoteError, remoteError, illegalInvocation, hostPromise, remotePromise, utf8Encoder, utf8Decoder, wtf8Encode, wtf8String, bytesFromHost, concatBytes, bufferSourceView, asyncContext, inCurrentContext, newEvent, runInEvent, eventNow, onEventEnd, eventAnswered, eventWaitStarted, eventWaitSettled, eventTimer, ioOutcome, remoteOutcome, builtinModules, compat, onConfigure, compatFlag

/**
 * The prototypes of the runtime's API classes (globals, bindings, the objects they hand out), by
 * the type name workerd gives them: their instances are host objects, which structured clone
 * refuses (see clone.js) where it copies the own properties of a script's class instances.
 */
// (a Map: they live as long as the Context, and one is cheaper to fill as a Context starts)
const hostPrototypes = new Map();
// whether the worker's compatibility settings strip Symbol.toStringTag from the API classes
// (decided once by internals.configure; false until then)
let stripToStringTags = false;
function registerHostClass(cls, name = cls.name) {
  if (!hostPrototypes.has(cls.prototype)) {
    hostPrototypes.set(cls.prototype, name);
    // a class registered once the worker is configured (a binding's) follows set_tostring_tag too
    if (stripToStringTags) stripToStringTag(cls.prototype);
  }
}

/** The type name of the nearest runtime API class `value` is an instance of, or null for none. */
function hostClassName(value) {
  for (let p = Object.getPrototypeOf(value); p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    const name = hostPrototypes.get(p);
    if (name !== undefined) return name;
  }
  return null;
}

// workerd's global scope keeps its API classes and global functions on the global's prototype
// (ServiceWorkerGlobalScope.prototype), enumerable, in this order (recorded); global-scope.js gives
// the object its constructor and place in the chain. Every name has its place from the start; a
// place no file fills (this build has no such global) is taken out again at configuration.
// (an object literal: each place a writable, enumerable, configurable data property, in order)
const globalPrototype = {
  DOMException: undefined, WorkerGlobalScope: undefined, btoa: undefined, atob: undefined,
  setTimeout: undefined, clearTimeout: undefined, setInterval: undefined, clearInterval: undefined,
  queueMicrotask: undefined, structuredClone: undefined, reportError: undefined, fetch: undefined,
  Event: undefined, ExtendableEvent: undefined, CustomEvent: undefined,
  PromiseRejectionEvent: undefined, FetchEvent: undefined, TailEvent: undefined,
  TraceEvent: undefined, ScheduledEvent: undefined, MessageEvent: undefined, CloseEvent: undefined,
  ReadableStreamDefaultReader: undefined, ReadableStreamBYOBReader: undefined,
  ReadableStream: undefined, WritableStream: undefined, WritableStreamDefaultWriter: undefined,
  TransformStream: undefined, ByteLengthQueuingStrategy: undefined,
  CountQueuingStrategy: undefined, ErrorEvent: undefined, MessageChannel: undefined,
  MessagePort: undefined, EventSource: undefined, ReadableStreamBYOBRequest: undefined,
  ReadableStreamDefaultController: undefined, ReadableByteStreamController: undefined,
  WritableStreamDefaultController: undefined, TransformStreamDefaultController: undefined,
  setImmediate: undefined, clearImmediate: undefined, CompressionStream: undefined,
  DecompressionStream: undefined, TextEncoderStream: undefined, TextDecoderStream: undefined,
  Headers: undefined, Body: undefined, Request: undefined, Response: undefined,
  WebSocket: undefined, WebSocketPair: undefined, WebSocketRequestResponsePair: undefined,
  AbortController: undefined, AbortSignal: undefined, TextDecoder: undefined,
  TextEncoder: undefined, Navigator: undefined, URL: undefined, URLSearchParams: undefined,
  URLPattern: undefined, Blob: undefined, File: undefined, FormData: undefined, Crypto: undefined,
  SubtleCrypto: undefined, CryptoKey: undefined, CacheStorage: undefined, Cache: undefined,
  FixedLengthStream: undefined, IdentityTransformStream: undefined, HTMLRewriter: undefined
};
const prototypeGlobals = new Set(Object.keys(globalPrototype));
Object.setPrototypeOf(globalThis, globalPrototype);

/**
 * Installs a global where workerd has it: the names globalPrototype reserves as enumerable members of
 * the global's prototype (an own global of the same name, as GraalJS's TextEncoder, goes), any
 * other the way Web IDL does (writable, configurable, not enumerable, except the globals workerd
 * makes enumerable, which keep the place and enumerability reserved for them below).
 * A class installed so is one of the runtime's API classes (registerHostClass).
 */
function defineGlobal(name, value) {
  if (prototypeGlobals.has(name)) {
    if (Object.prototype.hasOwnProperty.call(globalThis, name)) delete globalThis[name];
    Object.defineProperty(globalPrototype, name, { value, writable: true, enumerable: true, configurable: true });
  } else {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
  }
  if (typeof value === "function" && value.prototype !== null && typeof value.prototype === "object") registerHostClass(value, name);
}

/** Takes a global out of the worker's scope, wherever defineGlobal put it. */
function removeGlobal(name) {
  delete globalThis[name];
  if (prototypeGlobals.has(name)) delete globalPrototype[name];
}

// workerd's enumerable own globals, in its order (recorded); their values come with their files
// (Cloudflare and ServiceWorkerGlobalScope with global-scope.js)
Object.defineProperties(globalThis, {
  navigator: { writable: true, enumerable: true, configurable: true },
  // the global scope's opaque origin: the read-only text "null" (recorded)
  origin: { value: "null", writable: false, enumerable: true, configurable: true },
  Cloudflare: { writable: true, enumerable: true, configurable: true },
  performance: { writable: true, enumerable: true, configurable: true },
  scheduler: { writable: true, enumerable: true, configurable: true },
  caches: { writable: true, enumerable: true, configurable: true },
  crypto: { writable: true, enumerable: true, configurable: true },
  self: { writable: true, enumerable: true, configurable: true },
  ServiceWorkerGlobalScope: { writable: true, enumerable: true, configurable: true },
});

const kState = Symbol("miniflare4j.state");

// Lazy prelude modules (index.txt lists them after "lazy"): parsed and run on first use, so that a
// worker that never needs them does not pay for them. `preludeModules` (Java) evaluates a module's
// function; `preludeScope()` (appended to the eager prelude) gives it the eager names it imports.
const loadedModules = new Map();
/** The exports of a lazy prelude module, which runs on the first call for it. */
function lazyModule(name) {
  let exports = loadedModules.get(name);
  if (exports === undefined) {
    exports = preludeModules.load(name)(host, internals, lazyModule, preludeScope());
    loadedModules.set(name, exports);
  }
  return exports;
}
/** The exports of a lazy prelude module if this Context has loaded it, else undefined (loads nothing). */
function lazyModuleIfLoaded(name) { return loadedModules.get(name); }
/**
 * Puts on `owner[name]` an entry point of the lazy module `module` (its `// @internals` header line
 * lists it): the first call loads the module, whose top level replaces `owner[name]` with the real
 * function, and calls that; the eager prelude sets these up (PreludeModules).
 */
function lazyEntry(module, owner, name) {
  const entry = function (...args) {
    lazyModule(module);
    const real = owner[name];
    if (real === entry) throw new Error(`prelude module ${module} lists ${name} in its @internals line but does not define it`);
    return real.apply(this, args);
  };
  owner[name] = entry;
}
/** The lazy modules this Context has loaded, in load order (tests check what stays unloaded). */
internals.loadedPreludeModules = () => [...loadedModules.keys()];

const DOM_EXCEPTION_CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

/**
 * workerd's DOMException: code, name, message and stack are own enumerable data properties of
 * each instance, in that order, and the prototype has none of them (recorded).
 */
class DOMException extends Error {
  constructor(message = "", name = "Error") {
    super();
    name = String(name);
    message = wtf8String(message);
    delete this.message;
    // the frames of an error made here: the engine gives an instance of this internal class none
    const stack = `${name}${message === "" ? "" : ": " + message}` + String(new Error().stack ?? "").replace(/^[^\n]*/, "");
    delete this.stack;
    Object.defineProperties(this, {
      code: { value: DOM_EXCEPTION_CODES[name] ?? 0, writable: true, enumerable: true, configurable: true },
      name: { value: name, writable: true, enumerable: true, configurable: true },
      message: { value: message, writable: true, enumerable: true, configurable: true },
      stack: { value: stack, writable: true, enumerable: true, configurable: true },
    });
  }
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: "DOMException" });
// The legacy code constants (INDEX_SIZE_ERR, ...), written out as descriptors and defined in one
// call per object: deriving them with regular expressions cost about a millisecond per Context in
// the interpreter, a loop of defineProperty calls a third of one.
const DOM_EXCEPTION_CONSTANTS = {
  INDEX_SIZE_ERR: { value: 1, enumerable: true, configurable: true },
  DOMSTRING_SIZE_ERR: { value: 2, enumerable: true, configurable: true },
  HIERARCHY_REQUEST_ERR: { value: 3, enumerable: true, configurable: true },
  WRONG_DOCUMENT_ERR: { value: 4, enumerable: true, configurable: true },
  INVALID_CHARACTER_ERR: { value: 5, enumerable: true, configurable: true },
  NO_DATA_ALLOWED_ERR: { value: 6, enumerable: true, configurable: true },
  NO_MODIFICATION_ALLOWED_ERR: { value: 7, enumerable: true, configurable: true },
  NOT_FOUND_ERR: { value: 8, enumerable: true, configurable: true }, NOT_SUPPORTED_ERR: { value: 9, enumerable: true, configurable: true },
  INUSE_ATTRIBUTE_ERR: { value: 10, enumerable: true, configurable: true },
  INVALID_STATE_ERR: { value: 11, enumerable: true, configurable: true }, SYNTAX_ERR: { value: 12, enumerable: true, configurable: true },
  INVALID_MODIFICATION_ERR: { value: 13, enumerable: true, configurable: true },
  NAMESPACE_ERR: { value: 14, enumerable: true, configurable: true },
  INVALID_ACCESS_ERR: { value: 15, enumerable: true, configurable: true },
  VALIDATION_ERR: { value: 16, enumerable: true, configurable: true },
  TYPE_MISMATCH_ERR: { value: 17, enumerable: true, configurable: true },
  SECURITY_ERR: { value: 18, enumerable: true, configurable: true }, NETWORK_ERR: { value: 19, enumerable: true, configurable: true },
  ABORT_ERR: { value: 20, enumerable: true, configurable: true }, URL_MISMATCH_ERR: { value: 21, enumerable: true, configurable: true },
  QUOTA_EXCEEDED_ERR: { value: 22, enumerable: true, configurable: true },
  TIMEOUT_ERR: { value: 23, enumerable: true, configurable: true },
  INVALID_NODE_TYPE_ERR: { value: 24, enumerable: true, configurable: true },
  DATA_CLONE_ERR: { value: 25, enumerable: true, configurable: true },
};
Object.defineProperties(DOMException, DOM_EXCEPTION_CONSTANTS);
Object.defineProperties(DOMException.prototype, DOM_EXCEPTION_CONSTANTS);
defineGlobal("DOMException", Object.defineProperties(newOnly(DOMException, "DOMException"), DOM_EXCEPTION_CONSTANTS));

/**
 * A constructor function in front of a class, so that calling it without `new` fails with
 * workerd's message instead of the engine's; it shares the class's prototype. As workerd's
 * constructors, it has length 0 and inherits from Function.prototype, not from the superclass's
 * constructor (recorded).
 */
function newOnly(Impl, name) {
  const ctor = {
    [name]: function (...args) {
      if (new.target === undefined) {
        throw new TypeError(`Failed to construct '${name}': Please use the 'new' operator, this object constructor cannot be called as a function.`);
      }
      return Reflect.construct(Impl, args, new.target === ctor ? Impl : new.target);
    },
  }[name];
  return standIn(ctor, Impl);
}

/**
 * Keeps the runtime's state of a web object under a symbol key that is not enumerable, so that
 * spreading or Object.assign of the object copies nothing, as with workerd's objects, which have
 * no own properties (recorded). Returns `value`.
 */
function setInternal(target, key, value) {
  Object.defineProperty(target, key, { value, writable: true, configurable: true });
  return value;
}

/**
 * The global face of a class scripts cannot construct (the runtime makes its instances with the
 * class itself): "Illegal constructor" with or without `new`, as workerd's; shares the prototype.
 */
function hiddenConstructor(Impl, name) {
  const ctor = { [name]: function () { throw new TypeError("Illegal constructor"); } }[name];
  return standIn(ctor, Impl);
}
/**
 * Makes `ctor` the public face of class `Impl`: its prototype (read-only), length 0, the class's
 * statics (Response.json, URL.canParse, ...) and the prototype's constructor. In two bulk calls:
 * every Context does this for some sixty classes as it starts.
 */
function standIn(ctor, Impl) {
  // ctor's own length is 0 already (no declared parameters); a class without statics has only
  // length, name and prototype, and is done without reading its descriptors in bulk
  if (Reflect.ownKeys(Impl).length === 3) {
    Object.defineProperty(ctor, "prototype", { value: Impl.prototype, writable: false });
  } else {
    const descriptors = Object.getOwnPropertyDescriptors(Impl);
    delete descriptors.name;
    delete descriptors.length;
    descriptors.prototype = { value: Impl.prototype, writable: false };
    Object.defineProperties(ctor, descriptors);
  }
  Object.defineProperty(Impl.prototype, "constructor", { value: ctor, writable: true, configurable: true });
  return ctor;
}

const BUILTIN_ERRORS = new Map([
  ["Error", Error], ["TypeError", TypeError], ["RangeError", RangeError], ["SyntaxError", SyntaxError],
  ["ReferenceError", ReferenceError], ["EvalError", EvalError], ["URIError", URIError],
]);

/** The stack frames of an error, one "    at ..." line each, or "". */
function stackFrames(error) {
  const stack = error != null && typeof error === "object" ? error.stack : undefined;
  if (typeof stack !== "string") return "";
  // shown at the original sources when a file has a source map (error.stack itself is left as it is)
  return host.mapStack(stack.split("\n").filter((line) => /^\s+at /.test(line)).map((line) => "    " + line.trim()).join("\n"));
}

// GraalJS's wording of errors the engine throws -> V8's, which workerd shows (recorded): applied
// where the runtime renders an error (uncaught-error bodies, logs, errors crossing workers);
// a message the worker reads itself keeps the engine's wording
let engineMessages = null;
/** The patterns and replacements, built on the first error rendered (see text.js on the cost). */
const engineMessagePatterns = () => engineMessages ??= [
  [/^Cannot read property '(.*)' of (null|undefined)$/s, "Cannot read properties of $2 (reading '$1')"],
  [/^Cannot set property '(.*)' of (null|undefined)$/s, "Cannot set properties of $2 (setting '$1')"],
  [/^Assignment to constant ".*"$/s, "Assignment to constant variable."],
  [/^Right-hand-side of instanceof is not an object$/, "Right-hand side of 'instanceof' is not an object"],
  [/^illegal escape sequence$/, "URI malformed"],
  [/^toFixed\(\) fraction digits need to be in range 0-100$/, "toFixed() digits argument must be between 0 and 100"],
  [/^toExponential\(\) fraction digits need to be in range 0-100$/, "toExponential() argument must be between 0 and 100"],
  [/^toString\(\) expects radix in range 2-36$/, "toString() radix argument must be between 2 and 36"],
  [/^Right-hand-side of instanceof is not callable$/, "Right-hand side of 'instanceof' is not callable"],
  [/^Cannot add new property "(.*)" to non-extensible .*$/s, "Cannot add property $1, object is not extensible"],
  // GraalJS shows the object's contents where V8 names its class: a plain object's (the class
  // of an instance is not in the message)
  [/^Cannot assign to read only property '(.*)' of \{.*\}$/s, "Cannot assign to read only property '$1' of object '#<Object>'"],
  // a getter of the language's own classes (Map's size, ...) or of a script's object; the web
  // classes' accessors are read-only properties in workerd (their tag data properties aside)
  [/^Cannot set property (.*) of \[object (Object|Map|Set|WeakMap|WeakSet|WeakRef|ArrayBuffer|SharedArrayBuffer|DataView|RegExp|Symbol|Promise|Function|Error|Array|\w+Array)\] which has only a getter$/s,
    "Cannot set property $1 of #<$2> which has only a getter"],
  [/^Cannot set property (.*) of \[object (\w+)\] which has only a getter$/s, "Cannot assign to read only property '$1' of object '#<$2>'"],
  [/^Cannot delete property "(.*)" of sealed array$/s, "Cannot delete property '$1' of [object Array]"],
  [/^Cannot (read|write) private member (#\S+) (from|to) an object whose class did not declare it\.$/, "Cannot $1 private member $2 $3 an object whose class did not declare it"],
  [/^Duplicate private member (#\S+)\.$/, "Cannot initialize $1 twice on the same object"],
  [/^Cannot mix BigInt and other types, use explicit conversions\.$/, "Cannot mix BigInt and other types, use explicit conversions"],
  [/^Cannot convert a BigInt value to a number\.$/, "Cannot convert a BigInt value to a number"],
  [/^Cannot convert undefined or null to object: (undefined|null)$/, "Cannot convert undefined or null to object"],
  [/^generator is already executing$/, "Generator is already running"],
  [/^self resolution!$/, "Chaining cycle detected for promise #<Promise>"],
  // a descriptor is almost always an object literal
  [/^Invalid property\. A property cannot both have accessors and be writable or have a value$/,
    "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>"],
  [/^Invalid time zone (.*)$/s, "Invalid time zone specified: $1"],
  [/^not a Date object$/, "this is not a Date object."],
  [/^cannot construct a Symbol$/, "Symbol is not a constructor"],
  [/^index \+ elementSize > viewLength$/, "Offset is outside the bounds of the DataView"],
  [/^buffer\.byteLength of (\w+) should be a multiple of (\d+)$/, "byte length of $1 should be a multiple of $2"],
  [/^target expected to be an object$/, "Cannot create proxy with a non-object as target or handler"],
  [/^Regular expression passed to matchAll\(\) is missing 'g' flag\.$/, "String.prototype.matchAll called with a non-global RegExp argument"],
  [/^Only global regexps allowed$/, "String.prototype.replaceAll called with a non-global RegExp argument"],
];

/** The message of an error the engine may have thrown, in V8's wording where it differs. */
function engineMessage(error) {
  const message = String(error.message);
  if (!(error instanceof TypeError || error instanceof RangeError || error instanceof URIError)) return message;
  for (const [pattern, replacement] of engineMessagePatterns()) {
    if (pattern.test(message)) return message.replace(pattern, replacement);
  }
  return message;
}

/** The first line Miniflare prints for an uncaught error ("TypeError: message", "Error: #<Object>", ...). */
function errorHeadline(error) {
  // workerd tunnels the error out of the isolate as V8's side-effect-free description of it,
  // and rebuilds it as an error of the type that description starts with (recorded)
  if (error instanceof DOMException) return error.message === "" ? String(error.name) : `${error.name}: ${error.message}`;
  const description = describeThrown(error);
  for (const type of TUNNELED_ERROR_TYPES) {
    if (description.startsWith(type)) {
      // a name that only begins with a type ("TypeError2: m") keeps the type and loses the message
      const rest = description.slice(type.length);
      return rest.startsWith(": ") && rest.length > 2 ? `${type}${rest}` : type;
    }
  }
  return description === "" ? "Error" : `Error: ${description}`;
}

/** The error types an uncaught error keeps across workerd's tunnel; any other is shown after "Error: ". */
const TUNNELED_ERROR_TYPES = ["Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError", "URIError", "EvalError",
  "AggregateError", "SuppressedError", "CompileError", "LinkError", "RuntimeError"];

/**
 * V8's description of a thrown value that runs none of its code: functions as their source,
 * errors (and objects using Error.prototype.toString) as name: message read from data
 * properties only, plain objects as #<Constructor>, other objects by their builtin tag.
 */
function describeThrown(error) {
  if (typeof error === "function") {
    try { return Function.prototype.toString.call(error); } catch { return "function"; }
  }
  if (error === null || typeof error !== "object") return typeof error === "symbol" ? error.toString() : String(error);
  const toString = dataProperty(error, "toString");
  if (error instanceof Error || toString === Error.prototype.toString) {
    const name = dataProperty(error, "name");
    let message = dataProperty(error, "message");
    if (typeof message === "string" && error instanceof Error && BUILTIN_ERRORS.has(name)) message = engineMessage(error);
    const nameText = typeof name === "string" ? name : "";
    const messageText = typeof message === "string" ? message : "";
    if (nameText === "") return messageText;
    return messageText === "" ? nameText : `${nameText}: ${messageText}`;
  }
  if (toString === Object.prototype.toString) {
    const name = objectConstructorName(error);
    if (name !== null) return `#<${name}>`;
  }
  try {
    return Object.prototype.toString.call(error);
  } catch {
    return "[object Object]";
  }
}

/** A property's value when it is a data property on the object or its prototypes; undefined for getters. */
function dataProperty(object, key) {
  try {
    for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
      const descriptor = Object.getOwnPropertyDescriptor(o, key);
      if (descriptor !== undefined) return "value" in descriptor ? descriptor.value : undefined;
    }
  } catch {
    // a proxy refusing to describe itself has no data property
  }
  return undefined;
}

/** The name of an object's constructor function as V8 reads it (data properties only), or null when it has none. */
function objectConstructorName(object) {
  try {
    const ctor = dataProperty(object, "constructor");
    const name = typeof ctor === "function" ? dataProperty(ctor, "name") : undefined;
    return typeof name === "string" && name !== "" ? name : null;
  } catch {
    return null;
  }
}

/** The name / message / stack of anything thrown, for crossing to another worker. */
function describeError(error) {
  if (error instanceof Error || error instanceof DOMException) {
    const flags = REMOTE_ERROR_FLAGS.filter((flag) => { try { return error[flag] === true; } catch { return false; } });
    if (error instanceof DOMException) flags.push(DOM_EXCEPTION_FLAG);
    if (objectBreakErrors.has(error)) flags.push(OBJECT_BREAK_FLAG);
    return { name: String(error.name ?? "Error"), message: error instanceof Error ? engineMessage(error) : String(error.message ?? ""), stack: stackFrames(error),
      flags: flags.join(",") };
  }
  let text;
  try { text = String(error); } catch { text = Object.prototype.toString.call(error); }
  return { name: "Error", message: text, stack: "" };
}

/** workerd's flags that travel with an error to its caller when they are true (as own properties). */
const REMOTE_ERROR_FLAGS = ["retryable", "overloaded", "durableObjectReset"];

/** Rebuilds an error that crossed from another worker or from Java, keeping its class where it is standard. */
function reviveError(name, message, stack) {
  let error;
  const ctor = BUILTIN_ERRORS.get(name);
  if (ctor) error = new ctor(message);
  else if (name === "AggregateError") {
    // its errors list does not travel
    error = new AggregateError([], message);
    delete error.errors;
  }
  else if (name in DOM_EXCEPTION_CODES || name === "DOMException") error = new DOMException(message, name);
  else if (WASM_ERRORS.has(name) && typeof globalThis.WebAssembly?.[name] === "function") error = new globalThis.WebAssembly[name](message);
  else { error = new Error(message); Object.defineProperty(error, "name", { value: name, configurable: true, writable: true }); }
  return error;
}

/** The WebAssembly error classes an error keeps across workers (by name, as workerd's tunnel does). */
const WASM_ERRORS = new Set(["CompileError", "LinkError", "RuntimeError"]);

/** The flag an error crossing workers carries when it was a DOMException (whatever its name). */
const DOM_EXCEPTION_FLAG = "DOMException";

/**
 * Errors that broke a Durable Object (a blockConcurrencyWhile() callback threw them): the object's
 * callers receive them as the object's reset, without the `remote` mark of an error a call threw
 * (recorded). Crossing workers, they carry OBJECT_BREAK_FLAG.
 */
const objectBreakErrors = new WeakSet();
const OBJECT_BREAK_FLAG = "objectBreak";
/**
 * The flag of an error the runtime raised for a call (workerd's hung error ending an RPC call),
 * not one the callee threw: its caller receives it without the `remote` mark (recorded).
 */
const NOT_REMOTE_FLAG = "notRemote";

/**
 * reviveError for an error from another worker, with its flags (describeError's, comma-joined):
 * a DOMException stays one whatever its name, the other flags become own `true` properties.
 */
function reviveRemoteError(name, message, stack, flags) {
  const dom = flags ? String(flags).split(",").includes(DOM_EXCEPTION_FLAG) : false;
  return withRemoteFlags(dom ? new DOMException(message, name) : reviveError(name, message, stack), flags);
}

/** `error` with the flags (describeError's) that are own `true` properties set. */
function withRemoteFlags(error, flags) {
  for (const flag of flags ? String(flags).split(",") : []) {
    if (flag !== DOM_EXCEPTION_FLAG && flag !== OBJECT_BREAK_FLAG && flag !== NOT_REMOTE_FLAG) error[flag] = true;
  }
  return error;
}

/** workerd's error for a method or accessor called on an object of the wrong class. */
function illegalInvocation() {
  return new TypeError("Illegal invocation: function called with incorrect `this` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details.");
}

internals.describeError = describeError;
internals.describeThrown = describeThrown;
internals.illegalInvocation = illegalInvocation;
internals.registerHostClass = registerHostClass;
internals.reviveError = reviveError;
internals.ioOutcome = (promise) => ioOutcome(promise);

/**
 * The bytes of a BufferSource (an ArrayBuffer or a view) as a Uint8Array view, without a copy; null
 * for anything else. A detached buffer, or a view of one, reads as no bytes, as workerd's
 * BufferSource does (recorded: TextDecoder, Blob, Response bodies, digest).
 */
function bufferSourceView(value) {
  if (value instanceof ArrayBuffer) return value.detached ? new Uint8Array(0) : new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return value.buffer.detached ? new Uint8Array(0) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return null;
}

/** The chunks (Uint8Arrays) one after another in a new Uint8Array of `total` bytes, their summed length. */
function concatBytes(chunks, total) {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) { out.set(chunk, offset); offset += chunk.byteLength; }
  return out;
}

/** Calls into Java with resolve/reject callbacks; rejections arrive as (name, message, stack). */
function hostPromise(call) {
  return new Promise((resolve, reject) => call(resolve, (name, message, stack) => reject(reviveError(name, message, stack))));
}

/**
 * hostPromise for a call into another worker or Durable Object (fetch or RPC): an error thrown
 * there arrives with an own enumerable `remote: true`, as workerd marks it.
 */
function remotePromise(call) {
  return new Promise((resolve, reject) => call(resolve, (name, message, stack, flags, details) => reject(remoteError(name, message, stack, flags, details))));
}

/**
 * An error thrown in another worker or Durable Object as its caller receives it (see
 * remotePromise); with `details` (the thrower's enhanced_error_serialization), completed by them,
 * or the non-error value that was thrown, marked remote as well.
 */
function remoteError(name, message, stack, flags, details = undefined) {
  const revived = reviveRemoteError(name, message, stack, flags);
  let error = details ? withThrownDetails(revived, details) : revived;
  // an error an older thrower's serializer cloned carries the flags too
  if (error !== revived && error instanceof Error) error = withRemoteFlags(error, flags);
  if (error instanceof DOMException) {
    // a DOMException arrives with its fields as own enumerable properties, as workerd
    // deserializes it: code, name and message read-only, stack an accessor (recorded)
    for (const [key, value] of [["code", error.code], ["name", error.name], ["message", error.message]]) {
      delete error[key];
      Object.defineProperty(error, key, { value, writable: false, enumerable: true, configurable: true });
    }
    let stack = error.stack;
    delete error.stack;
    Object.defineProperty(error, "stack", { get() { return stack; }, set(value) { stack = value; }, enumerable: true, configurable: true });
  }
  if (!(flags && (String(flags).includes(OBJECT_BREAK_FLAG) || String(flags).includes(NOT_REMOTE_FLAG)))) error.remote = true;
  return error;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

/**
 * A string as workerd turns it into UTF-8 for its own use (bodies, Blob parts): a lone surrogate
 * becomes its three-byte WTF-8 form (ED A0 80 for U+D800), not U+FFFD's bytes (recorded).
 */
function wtf8Encode(text) {
  if (text.isWellFormed()) return utf8Encoder.encode(text);
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
      i++;
    }
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(bytes);
}

/**
 * A string after workerd's round trip through UTF-8 (names, types, messages it keeps): each lone
 * surrogate reads back as three U+FFFD, one per byte of its WTF-8 form (recorded).
 */
function wtf8String(value) {
  const text = `${value}`; // ToString: a Symbol throws, as in workerd (String() would describe it)
  if (text.isWellFormed()) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { out += text[i] + text[i + 1]; i++; }
    else if (c >= 0xd800 && c <= 0xdfff) out += "\ufffd\ufffd\ufffd";
    else out += text[i];
  }
  return out;
}

/** Whether the worker's own top-level code is running (set by worker.js around it). */
const globalScope = { active: false };

/**
 * workerd's refusal of timers, random values and I/O while the worker's top-level code runs
 * (recorded: setTimeout, crypto.getRandomValues, crypto.randomUUID; Math.random is allowed).
 */
function refuseInGlobalScope() {
  if (globalScope.active) {
    throw new Error("Disallowed operation called within global scope. Asynchronous I/O (ex: fetch() or connect()), setting a timeout, and generating random values are not allowed within global scope. To fix this error, perform this operation within a handler. https://developers.cloudflare.com/workers/runtime-apis/handlers/");
  }
}

/** A fresh Uint8Array copy of a Java ByteBuffer (or null). */
function bytesFromHost(buffer) {
  if (buffer == null) return null;
  return new Uint8Array(new Uint8Array(buffer));
}

// The AsyncContext proposal (GraalJS js.async-context) carries AsyncLocalStorage stores across
// awaits; workerd has no such global, so only the prelude keeps it. Callbacks that Java calls
// later (timers) are wrapped to run in the context they were scheduled in.
const asyncContext = globalThis.AsyncContext;
delete globalThis.AsyncContext;
/** `callback` bound to the current async context (AsyncLocalStorage stores), when there is one. */
function inCurrentContext(callback) {
  if (!asyncContext) return callback;
  const snapshot = new asyncContext.Snapshot();
  return function (...args) { return snapshot.run(() => callback.apply(this, args)); };
}

// Event lifetimes, as workerd's I/O contexts: an event (a fetch request, a scheduled run, a
// queue batch, an RPC call into an entrypoint) ends once it has answered and its waitUntil
// promises have settled; its timers still pending then never fire (recorded). The event is the
// handler's ctx state ({work, waits, answered, ended}, see newEvent), carried across awaits as
// the AsyncContext variable currentEvent; code that runs outside any event (a Durable Object,
// whose timers live with the object, a WebSocket's handlers) sets timers that always fire.
const currentEvent = asyncContext ? new asyncContext.Variable() : undefined;
/** A fresh event: `work` is the Java or LocalWork tracker of its waitUntil promises, or null. */
function newEvent(work) {
  return { passThrough: false, response: undefined, work, waits: 0, answered: false, ended: false };
}
/** Runs fn(...args) as part of `event`. */
function runInEvent(event, fn, ...args) {
  return currentEvent === undefined ? fn(...args) : currentEvent.run(event, fn, ...args);
}
/** The event the running code serves, or undefined outside any. */
function eventNow() {
  return currentEvent === undefined ? undefined : currentEvent.get();
}
/** The event has answered (its response is complete, its handler settled). */
function eventAnswered(event) {
  event.answered = true;
  if (event.waits === 0) endEvent(event);
}
function eventWaitStarted(event) { event.waits++; }
function eventWaitSettled(event) {
  if (--event.waits === 0 && event.answered) endEvent(event);
}
function endEvent(event) {
  event.ended = true;
  const cleanups = event.cleanups;
  if (cleanups === undefined) return;
  event.cleanups = undefined;
  for (const cleanup of cleanups) cleanup();
}
/**
 * Runs `cleanup` when the running event ends (workerd cancels what its I/O context still holds,
 * such as another worker's response body nobody read to the end); outside any event, never.
 */
function onEventEnd(cleanup) {
  const event = eventNow();
  if (event === undefined || event.ended) return;
  (event.cleanups ??= []).push(cleanup);
}
/**
 * The outcome of an I/O call the running code started, as workerd delivers I/O: on a later task,
 * and never once the event that started it has ended (workerd drops the continuations of I/O a
 * request did not wait for, as it drops its timers; recorded). Outside any event (a Durable
 * Object, a WebSocket handler) `promise` itself is returned.
 */
function ioOutcome(promise) {
  const event = currentEvent === undefined ? undefined : currentEvent.get();
  if (event === undefined) return promise;
  return new Promise((resolve, reject) => promise.then(
    (value) => deliverLater(event, resolve, value),
    (error) => deliverLater(event, reject, error)));
}
// I/O results waiting for their task, oldest first, as (event, settle, value) triples: each
// delivery is one host timer that calls deliverOldest, so the results keep the order of 0 ms
// timers among the worker's own timers.
const pendingDeliveries = [];
let deliveredUpTo = 0;
let deliveryRegistered = false;
function deliverLater(event, settle, value) {
  if (!deliveryRegistered) { host.ioDelivery(deliverOldest); deliveryRegistered = true; }
  pendingDeliveries.push(event, settle, value);
  host.deliverLater();
}
function deliverOldest() {
  const at = deliveredUpTo;
  const event = pendingDeliveries[at], settle = pendingDeliveries[at + 1], value = pendingDeliveries[at + 2];
  if (at + 3 === pendingDeliveries.length) { pendingDeliveries.length = 0; deliveredUpTo = 0; }
  else {
    pendingDeliveries[at] = pendingDeliveries[at + 1] = pendingDeliveries[at + 2] = undefined;
    deliveredUpTo = at + 3;
  }
  if (!event.ended) settle(value);
}
/**
 * The outcome of a call that already answers on a later task (another worker's fetch or RPC
 * answer): dropped once the event that made the call has ended, as ioOutcome.
 */
function remoteOutcome(promise) {
  const event = currentEvent === undefined ? undefined : currentEvent.get();
  if (event === undefined) return promise;
  return new Promise((resolve, reject) => promise.then(
    (value) => { if (!event.ended) resolve(value); },
    (error) => { if (!event.ended) reject(error); }));
}
/**
 * host.setTimer for the current event: the callback runs in the async context it was scheduled
 * in, and not at all once that event has ended (a repeating timer is cleared then).
 */
function eventTimer(delay, callback, repeat) {
  if (currentEvent === undefined) return host.setTimer(delay, callback, repeat);
  const event = currentEvent.get();
  const snapshot = new asyncContext.Snapshot();
  let id = 0;
  id = host.setTimer(delay, () => {
    if (event === undefined) snapshot.run(callback);
    else if (event.ended) host.clearTimer(id);
    else {
      try {
        snapshot.run(callback);
      } catch (error) {
        eventFailed(event, error);
        throw error;
      }
    }
  }, repeat);
  return id;
}
/**
 * A timer callback of the running `event` threw: the event fails as when a waitUntil promise
 * rejects (a scheduled run answers "exception"; a fetch's response stays as it is; recorded).
 */
function eventFailed(event, error) {
  const work = event.work;
  if (work === null || work === undefined) return;
  const frames = stackFrames(error);
  const rendered = errorHeadline(error) + (frames ? "\n" + frames : "");
  // a LocalWork (worker.js) counts it itself, Java's tracker through the host
  if (typeof work.settled === "function") { work.started(); work.settled(rendered); }
  else host.eventFailed(work, rendered);
}

// Built-in modules (cloudflare:workers, node:*): the module loader asks this registry, then the
// Java providers (engine.BuiltinModuleProvider), whose script runs once per Context.
const builtinModules = new Map();
const providedModules = new Map();
/** The exports of a provided built-in module, evaluated at first use; undefined when none. */
internals.builtinModule = function (specifier) {
  if (!providedModules.has(specifier)) providedModules.set(specifier, host.builtinModule(specifier, internals) ?? undefined);
  return providedModules.get(specifier);
};
/** Java's way into a provided module's entry: loads the module, then calls internals[entry]. */
internals.builtinEntry = function (specifier, entry, ...args) {
  internals.builtinModule(specifier);
  return internals[entry](...args);
};
Object.defineProperty(globalThis, Symbol.for("miniflare4j.builtin"), {
  value(specifier) {
    const factory = builtinModules.get(specifier);
    const module = factory ? factory() : internals.builtinModule(specifier);
    if (!module) throw new Error(`No such module "${specifier}".`);
    return module;
  },
  enumerable: false, configurable: false, writable: false,
});

// Compatibility settings of this worker, set once by Java before the env is built.
const compat = { date: "", flags: new Set(), hooks: [], configured: false };
/** Registers a function run with the compatibility settings once they are known. */
/** Runs `hook(compat)` once the worker is configured: now, for a lazy module loaded after that. */
function onConfigure(hook) {
  if (compat.configured) hook(compat);
  else compat.hooks.push(hook);
}
/**
 * Whether a compatibility flag is on for this worker, as workerd decides it: never with its disable
 * flag, always with its enable flag, otherwise from its default date ("" = only by flag). A worker
 * without a compatibility date counts as dated 2025-01-01, the date the recorded corpus uses.
 * Meaningful once configured (inside functions or onConfigure hooks).
 */
function compatFlag(enable, date, disable = undefined) {
  if (disable !== undefined && compat.flags.has(disable)) return false;
  if (compat.flags.has(enable)) return true;
  return date !== "" && (compat.date || "2025-01-01") >= date;
}
// Before set_tostring_tag (2024-09-26) the API classes have no Symbol.toStringTag (recorded).
onConfigure(() => {
  stripToStringTags = !compatFlag("set_tostring_tag", "2024-09-26", "do_not_set_tostring_tag");
  if (stripToStringTags) for (const proto of hostPrototypes.keys()) stripToStringTag(proto);
});
function stripToStringTag(proto) {
  if (Object.getOwnPropertyDescriptor(proto, Symbol.toStringTag)?.configurable) delete proto[Symbol.toStringTag];
}
internals.configure = function (date, flags) {
  compat.date = date;
  compat.flags = new Set(Array.from(flags));
  compat.configured = true;
  for (const hook of compat.hooks) hook(compat);
};
internals.compat = compat;
