// The global object as workerd builds it (recorded with the oracle): an instance of
// ServiceWorkerGlobalScope whose prototype chain runs through a WorkerGlobalScope and an
// EventTarget of its own (so `globalThis instanceof WorkerGlobalScope` and `instanceof
// EventTarget` are false, as in workerd), with addEventListener, removeEventListener and
// dispatchEvent; the Cloudflare global, built on its first read (cloudflare-global.js); and the
// global events the runtime dispatches ("unhandledrejection", "rejectionhandled", "error").

// @imports lazyModule, compat, kState, onConfigure, compatFlag, globalPrototype, prototypeGlobals from core.js
// @imports EventTarget, kListeners from events.js
// @imports ErrorEvent, promiseRejectionEvent from unsupported.js
// @imports queueMicrotask from globals.js
// @exports dispatchGlobalEvent, reportToGlobalScope, globalEventTarget

const illegalConstructor = (name) => ({ [name]: function () { throw new TypeError("Illegal constructor"); } })[name];
const scopeMember = (value) => ({ value, writable: true, configurable: true });
/** The prototype object of `constructor`: `members` (descriptors), the constructor and a toStringTag. */
function scopePrototype(parent, constructor, tag, members) {
  const proto = Object.create(parent, { ...members, constructor: scopeMember(constructor), [Symbol.toStringTag]: { value: tag, configurable: true } });
  Object.defineProperty(constructor, "prototype", { value: proto, writable: false });
  return proto;
}
const targetMethods = EventTarget.prototype;
// called bare (`addEventListener(...)` in a module, where `this` is undefined) they act on the
// global, whose listeners EventTarget's methods find on this prototype (kListeners)
// (enumerable methods of length 0 ahead of the constructor, as workerd lays them out; recorded)
const globalEventTarget = Object.create(Object.prototype, {
  ...Object.getOwnPropertyDescriptors({
    addEventListener() { return targetMethods.addEventListener.apply(this ?? globalThis, arguments); },
    removeEventListener() { return targetMethods.removeEventListener.apply(this ?? globalThis, arguments); },
    dispatchEvent() { return targetMethods.dispatchEvent.apply(this ?? globalThis, arguments); },
  }),
  constructor: scopeMember(illegalConstructor("EventTarget")),
  [kListeners]: { value: new Map() },
  [Symbol.toStringTag]: { value: "EventTarget", configurable: true },
});
globalEventTarget.constructor.prototype = globalEventTarget;
const WorkerGlobalScope = illegalConstructor("WorkerGlobalScope");
const ServiceWorkerGlobalScope = illegalConstructor("ServiceWorkerGlobalScope");
scopePrototype(EventTarget.prototype, WorkerGlobalScope, "WorkerGlobalScope", {});
// workerd's EventTarget global (and importScripts, at dates that have it) are members of this
// level, the others of the level above (recorded)
const scopeOfGlobal = scopePrototype(globalEventTarget, illegalConstructor("WorkerGlobalScope"), "WorkerGlobalScope", {
  EventTarget: { value: globalThis.EventTarget, writable: true, enumerable: true, configurable: true },
  importScripts: { value: undefined, writable: true, enumerable: true, configurable: true },
});
delete globalThis.EventTarget;
// the global's prototype, whose members (the API classes, WorkerGlobalScope among them) core.js
// installed, becomes ServiceWorkerGlobalScope.prototype
Object.setPrototypeOf(globalPrototype, scopeOfGlobal);
Object.defineProperties(globalPrototype, { constructor: scopeMember(ServiceWorkerGlobalScope), [Symbol.toStringTag]: { value: "ServiceWorkerGlobalScope", configurable: true } });
Object.defineProperty(ServiceWorkerGlobalScope, "prototype", { value: globalPrototype, writable: false });
globalPrototype.WorkerGlobalScope = WorkerGlobalScope;
// the places of globals this Context did not fill (no such class here, or not at this
// compatibility date) go once every file has configured its own
onConfigure(() => {
  if (Object.prototype.hasOwnProperty.call(globalThis, "importScripts")) {
    scopeOfGlobal.importScripts = globalThis.importScripts;
    delete globalThis.importScripts;
  } else {
    delete scopeOfGlobal.importScripts;
  }
  const members = Object.getOwnPropertyDescriptors(globalPrototype);
  for (const name of prototypeGlobals) {
    const member = members[name];
    if (member !== undefined && "value" in member && member.value === undefined) delete globalPrototype[name];
  }
});
// GraalJS tags its global "global"
Object.defineProperty(globalThis, Symbol.toStringTag, { value: "ServiceWorkerGlobalScope", writable: false, enumerable: false, configurable: true });
Object.defineProperty(globalThis, "ServiceWorkerGlobalScope", { value: ServiceWorkerGlobalScope });

/** Dispatches an event the runtime raises on the global scope; a listener's exception goes nowhere. */
function dispatchGlobalEvent(event) {
  event[kState].trusted = true;
  try { targetMethods.dispatchEvent.call(globalThis, event); } catch { /* workerd shows nothing either (recorded) */ }
}

/** The first "file:line:column" of a V8-style stack (which shows no frame of the prelude), or null. */
function stackLocation(stack) {
  const frames = String(stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  for (const frame of frames) {
    const m = /\(?([^()\s]+):(\d+):(\d+)\)?\s*$/.exec(frame);
    if (m) return { filename: m[1], lineno: Number(m[2]), colno: Number(m[3]) - 1 };
  }
  return null;
}

/**
 * reportError(value)'s "error" event: "Uncaught " and the value as its message, the place the
 * error was made (or, for other values, the reportError call) with workerd's zero-based column.
 */
function reportToGlobalScope(value) {
  const isError = value instanceof Error;
  let text;
  try { text = String(value); } catch { text = Object.prototype.toString.call(value); }
  const location = (isError ? stackLocation(value.stack) : null) ?? stackLocation(new Error().stack) ?? { filename: "", lineno: 0, colno: 0 };
  dispatchGlobalEvent(new ErrorEvent("error", { message: "Uncaught " + text, error: value, ...location }));
}

// Unhandled rejections, as workerd reports them from compatibility date 2026-03-03
// (unhandled_rejection_after_microtask_checkpoint): once the microtask queue is drained, an
// "unhandledrejection" event for each rejected promise still without a handler; a handler added to
// such a promise later gives a "rejectionhandled" event (whose reason is undefined, as in workerd).
// GraalJS's tracker (js.unhandled-rejections=handler) finds them; the Graal global it comes on is
// no global of workerd's.
const reportedRejections = new Set();
const nativeThen = Promise.prototype.then;
/** Promise.prototype.then while a reported promise may still get a handler: notes when it does. */
const watchingThen = { then(onFulfilled, onRejected) {
  if (reportedRejections.delete(this)) {
    const promise = this;
    queueMicrotask(() => dispatchGlobalEvent(promiseRejectionEvent("rejectionhandled", promise, undefined)));
    if (reportedRejections.size === 0) Object.defineProperty(Promise.prototype, "then", { value: nativeThen });
  }
  return nativeThen.call(this, onFulfilled, onRejected);
} }.then;
const MAX_WATCHED_REJECTIONS = 1000;
const setRejectionHandler = globalThis.Graal?.setUnhandledPromiseRejectionHandler;
delete globalThis.Graal;
setRejectionHandler?.((reason, promise) => {
  const listeners = globalEventTarget[kListeners];
  if (!listeners.get("unhandledrejection")?.length && !listeners.get("rejectionhandled")?.length) return;
  dispatchGlobalEvent(promiseRejectionEvent("unhandledrejection", promise, reason));
  if (!listeners.get("rejectionhandled")?.length || reportedRejections.size >= MAX_WATCHED_REJECTIONS) return;
  if (reportedRejections.size === 0) Object.defineProperty(Promise.prototype, "then", { value: watchingThen });
  reportedRejections.add(promise);
});

// Cloudflare.compatibilityFlags: the lazy module computes the flags on the first read of the global
const asCloudflareGlobal = (value) => Object.defineProperty(globalThis, "Cloudflare", { value, writable: true, enumerable: true, configurable: true });
Object.defineProperty(globalThis, "Cloudflare", {
  get() {
    const value = lazyModule("cloudflare-global.js").createCloudflare(compat.date, compat.flags);
    asCloudflareGlobal(value);
    return value;
  },
  set(value) { asCloudflareGlobal(value); },
});

// Before set_tostring_tag (2024-09-26) workerd's API objects have no Symbol.toStringTag at all
// (core.js clears the classes installed with defineGlobal): here the rest, the script-defined
// classes among the globals and the prototypes of the global objects and of the global scope
// (the Headers/URLSearchParams/FormData iterators leave theirs out as they are built; recorded).
// JavaScript's built-ins keep theirs.
onConfigure(() => {
  if (compatFlag("set_tostring_tag", "2024-09-26", "do_not_set_tostring_tag")) return;
  const nativeSource = "[native code]";
  const isBuiltin = (fn) => typeof fn === "function" && Function.prototype.toString.call(fn).includes(nativeSource);
  // JavaScript's own prototypes (Iterator.prototype's constructor is an accessor, so found apart)
  const builtinPrototypes = new Set([Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))]);
  const clear = (object) => {
    for (let p = object; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      if (builtinPrototypes.has(p) || (p !== globalThis && isBuiltin(Object.getOwnPropertyDescriptor(p, "constructor")?.value))) break;
      if (Object.getOwnPropertyDescriptor(p, Symbol.toStringTag)?.configurable) delete p[Symbol.toStringTag];
    }
  };
  const names = new Set();
  for (let o = globalThis; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const name of Object.getOwnPropertyNames(o)) names.add(name);
  }
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(globalThis, name) ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), name);
    const value = d && "value" in d ? d.value : undefined;
    if (typeof value === "function" && !isBuiltin(value) && value.prototype != null && typeof value.prototype === "object") clear(value.prototype);
    else if (value !== null && typeof value === "object" && value !== globalThis && !isBuiltin(value.constructor)) clear(value);
  }
  clear(globalThis);
});
