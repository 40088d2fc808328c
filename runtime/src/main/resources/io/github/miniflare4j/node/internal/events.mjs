// node:events (served through node-internal:events, which node: modules import) — EventEmitter as Node defines it. A plain constructor function (not a class) so
// that pre-class code can call `EventEmitter.call(this)` and use util.inherits.
import { inspect } from "node-internal:inspect";
import { AsyncResource } from "node-internal:async_resource";
const { nodeError, invalidArgType } = $node;

const kCapture = Symbol("kCapture");
export const captureRejectionSymbol = Symbol.for("nodejs.rejection");
export const errorMonitor = Symbol("events.errorMonitor");
let defaultMaxListeners = 10;

export function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}
export default EventEmitter;
// workerd's full process (enable_nodejs_process_v2) is an EventEmitter: the prelude gives it a
// stand-in prototype until this module is loaded
if ($node.process?.[Symbol.for("miniflare4j.processV2")]) Object.setPrototypeOf($node.process, EventEmitter.prototype);

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
  // workerd's emitters carry Node's legacy domain slot as an own property
  if (!Object.prototype.hasOwnProperty.call(this, "domain")) this.domain = null;
  if (opts?.captureRejections !== undefined) {
    if (typeof opts.captureRejections !== "boolean") throw invalidArgType("options.captureRejections", "of type boolean", opts.captureRejections);
    this[kCapture] = opts.captureRejections;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};
EventEmitter.prototype[kCapture] = false;

function checkListener(listener) {
  if (typeof listener !== "function") throw invalidArgType("listener", "of type function", listener);
}

Object.defineProperty(EventEmitter, "defaultMaxListeners", {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    if (typeof n !== "number" || n < 0 || Number.isNaN(n)) throw $node.outOfRange("defaultMaxListeners", "a non-negative number", n);
    defaultMaxListeners = n;
  },
});
Object.defineProperty(EventEmitter, "captureRejections", {
  enumerable: true,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    if (typeof value !== "boolean") throw invalidArgType("EventEmitter.captureRejections", "of type boolean", value);
    EventEmitter.prototype[kCapture] = value;
  },
});

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  if (typeof n !== "number" || n < 0 || Number.isNaN(n)) throw $node.outOfRange("n", "a non-negative number", n);
  this._maxListeners = n;
  return this;
};
EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
};

function addCatch(emitter, promise, type, args) {
  promise.then(undefined, (err) => queueMicrotask(() => {
    if (typeof emitter[captureRejectionSymbol] === "function") emitter[captureRejectionSymbol](err, type, ...args);
    else {
      const prev = emitter[kCapture];
      try { emitter[kCapture] = false; emitter.emit("error", err); } finally { emitter[kCapture] = prev; }
    }
  }));
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === "error" && events !== undefined && events[errorMonitor] !== undefined) this.emit(errorMonitor, ...args);
  const handler = events === undefined ? undefined : events[type];
  if (handler === undefined) {
    if (type === "error") {
      const er = args[0];
      if (er instanceof Error) throw er;
      let shown;
      try { shown = inspect(er); } catch { shown = Object.prototype.toString.call(er); }
      const err = nodeError(Error, "ERR_UNHANDLED_ERROR", `Unhandled error. (${shown})`);
      err.context = er;
      throw err;
    }
    return false;
  }
  const listeners = typeof handler === "function" ? [handler] : handler.slice();
  for (const listener of listeners) {
    const result = listener.apply(this, args);
    if (result !== undefined && result !== null && this[kCapture] && typeof result.then === "function") addCatch(this, result, type, args);
  }
  return true;
};

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit("newListener", type, listener.listener ?? listener);
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
  } else if (typeof existing === "function") {
    events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  const list = events[type];
  const max = target.getMaxListeners();
  if (Array.isArray(list) && max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    // as workerd: a process warning (the 'warning' event of process v2), without Node's "MaxListeners is n."
    const warning = new Error(`Possible EventEmitter memory leak detected. ${list.length} ${String(type)} listeners added to `
      + `[${target.constructor?.name ?? "EventEmitter"}]. Use emitter.setMaxListeners() to increase limit`);
    warning.name = "MaxListenersExceededWarning";
    warning.emitter = target;
    warning.type = type;
    warning.count = list.length;
    $node.process?.emitWarning?.(warning);
  }
  return target;
}

EventEmitter.prototype.addListener = function (type, listener) { return addListener(this, type, listener, false); };
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function (type, listener) { return addListener(this, type, listener, true); };

function onceWrapper(target, type, listener) {
  const state = { fired: false, target, type, listener };
  const wrapped = function (...args) {
    if (state.fired) return undefined;
    state.target.removeListener(state.type, wrapped);
    state.fired = true;
    return state.listener.apply(state.target, args);
  };
  wrapped.listener = listener;
  return wrapped;
}
EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  return this.on(type, onceWrapper(this, type, listener));
};
EventEmitter.prototype.prependOnceListener = function (type, listener) {
  checkListener(listener);
  return this.prependListener(type, onceWrapper(this, type, listener));
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) this._events = Object.create(null);
    else delete events[type];
    if (events.removeListener) this.emit("removeListener", type, list.listener || listener);
  } else if (typeof list !== "function") {
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        const removed = list[i];
        list.splice(i, 1);
        if (list.length === 1) events[type] = list[0];
        if (events.removeListener !== undefined) this.emit("removeListener", type, removed.listener || listener);
        break;
      }
    }
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) { this._events = Object.create(null); this._eventsCount = 0; }
    else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) if (key !== "removeListener") this.removeAllListeners(key);
    this.removeAllListeners("removeListener");
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === "function") this.removeListener(type, listeners);
  else if (listeners !== undefined) for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  return this;
};

function listenersOf(target, type, unwrap) {
  const list = target._events?.[type];
  if (list === undefined) return [];
  const all = typeof list === "function" ? [list] : list.slice();
  return unwrap ? all.map((l) => l.listener || l) : all;
}
EventEmitter.prototype.listeners = function (type) { return listenersOf(this, type, true); };
EventEmitter.prototype.rawListeners = function (type) { return listenersOf(this, type, false); };
/** How many listeners `type` has; workerd ignores Node's optional listener argument. */
EventEmitter.prototype.listenerCount = function (type) {
  return listenersOf(this, type, false).length;
};
EventEmitter.prototype.eventNames = function () { return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : []; };

EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);

class AbortError extends Error {
  constructor(message = "The operation was aborted", options = undefined) {
    super(message, options);
    this.code = "ABORT_ERR";
    this.name = "AbortError";
  }
}

/** workerd's validateAbortSignal: anything with an `aborted` member passes. */
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== "object" || !("aborted" in signal))) throw invalidArgType(name, "an instance of AbortSignal", signal);
}

export async function once(emitter, name, options = {}) {
  if (options === null || typeof options !== "object" || Array.isArray(options)) throw invalidArgType("options", "of type object", options);
  const signal = options.signal;
  validateAbortSignal(signal, "options.signal");
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    const isEventTarget = typeof emitter.on !== "function";
    if (isEventTarget && typeof emitter.addEventListener !== "function") throw invalidArgType("emitter", "an instance of EventEmitter", emitter);
    const cleanup = () => {
      if (isEventTarget) emitter.removeEventListener(name, onEvent);
      else { emitter.removeListener(name, onEvent); emitter.removeListener("error", onError); }
      signal?.removeEventListener("abort", onAbort);
    };
    const onEvent = (...args) => { cleanup(); resolve(args); };
    const onError = (err) => { cleanup(); reject(err); };
    // workerd gives the abort that comes while waiting no cause (one already aborted has the reason)
    const onAbort = () => { cleanup(); reject(new AbortError()); };
    if (isEventTarget) emitter.addEventListener(name, onEvent, { once: true });
    else {
      emitter.on(name, onEvent);
      if (name !== "error") emitter.on("error", onError);
    }
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

/** workerd's: an EventEmitter's on/removeListener, else an EventTarget's (its listener wrapped), else a type error. */
function agnosticAdd(emitter, name, listener, once) {
  if (typeof emitter.on === "function") {
    if (once) emitter.once(name, listener); else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === "function") {
    emitter.addEventListener(name, (arg) => listener(arg), once ? { once } : {});
  } else throw invalidArgType("emitter", "an instance of EventEmitter", emitter);
}
function agnosticRemove(emitter, name, listener) {
  if (typeof emitter.removeListener === "function") emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === "function") emitter.removeEventListener(name, listener);
  else throw invalidArgType("emitter", "an instance of EventEmitter", emitter);
}

/**
 * workerd's events.on (Node 18's): options are not checked beyond the signal, no `close` events or watermarks;
 * throw(err) needs an Error, stops listening and makes the next next() reject with it.
 */
export function on(emitter, event, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, "options.signal");
  if (signal?.aborted) throw new AbortError();
  const queue = [];
  const waiting = [];
  let error = null;
  let finished = false;
  const onEvent = (...args) => {
    const waiter = waiting.shift();
    if (waiter) waiter.resolve({ value: args, done: false });
    else queue.push(args);
  };
  const onError = (err) => {
    finished = true;
    const waiter = waiting.shift();
    if (waiter) waiter.reject(err);
    else error = err;
    iterator.return();
  };
  const onAbort = () => onError(new AbortError());
  const iterator = Object.setPrototypeOf({
    next() {
      const value = queue.shift();
      if (value) return Promise.resolve({ value, done: false });
      if (error) { const p = Promise.reject(error); error = null; return p; }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      agnosticRemove(emitter, event, onEvent);
      agnosticRemove(emitter, "error", onError);
      if (signal) agnosticRemove(signal, "abort", onAbort);
      finished = true;
      for (const waiter of waiting) waiter.resolve({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      if (!err || !(err instanceof Error)) throw invalidArgType("EventEmitter.AsyncIterator", "an instance of Error", err);
      error = err;
      agnosticRemove(emitter, event, onEvent);
      agnosticRemove(emitter, "error", onError);
    },
    [Symbol.asyncIterator]() { return this; },
  }, AsyncIteratorPrototype);
  agnosticAdd(emitter, event, onEvent, false);
  if (event !== "error" && typeof emitter.on === "function") emitter.on("error", onError);
  if (signal) agnosticAdd(signal, "abort", onAbort, true);
  return iterator;
}

export function getEventListeners(emitter, name) {
  if (typeof emitter.listeners === "function") return emitter.listeners(name);
  // workerd cannot list an EventTarget's listeners: it answers an empty list
  if (emitter instanceof EventTarget) return [];
  throw invalidArgType("emitter", "an instance of EventEmitter or EventTarget", emitter);
}
export function getMaxListeners(emitter) {
  return typeof emitter.getMaxListeners === "function" ? emitter.getMaxListeners() : defaultMaxListeners;
}
export function setMaxListeners(n = defaultMaxListeners, ...targets) {
  if (typeof n !== "number" || n < 0 || Number.isNaN(n)) throw $node.outOfRange("n", "a non-negative number", n);
  if (targets.length === 0) { defaultMaxListeners = n; return; }
  for (const t of targets) {
    if (!(t instanceof EventEmitter) && !(t instanceof EventTarget)) throw invalidArgType("eventTargets", "an instance of EventEmitter or EventTarget", t);
  }
  for (const t of targets) if (typeof t.setMaxListeners === "function") t.setMaxListeners(n);
}
export function listenerCount(emitter, type) { return emitter.listenerCount(type); }
export function addAbortListener(signal, listener) {
  if (signal === undefined) throw invalidArgType("signal", "an instance of AbortSignal", signal);
  validateAbortSignal(signal, "signal");
  if (typeof listener !== "function") throw invalidArgType("listener", "of type function", listener);
  if (signal?.aborted) queueMicrotask(() => listener());
  else signal.addEventListener("abort", listener, { once: true });
  return { [Symbol.dispose]() { signal.removeEventListener("abort", listener); } };
}

/** The resource behind an EventEmitterAsyncResource (workerd's class name), pointing back at its emitter. */
class EventEmitterReferencingAsyncResource extends AsyncResource {
  #eventEmitter;
  constructor(emitter) { super(""); this.#eventEmitter = emitter; }
  get eventEmitter() { return this.#eventEmitter; }
}
/** Listeners run in the async scope of the emitter's creation; emit() answers true, as workerd's. */
export class EventEmitterAsyncResource extends EventEmitter {
  #asyncResource;
  constructor(options) { super(options); this.#asyncResource = new EventEmitterReferencingAsyncResource(this); }
  get asyncResource() { return this.#asyncResource; }
  emit(event, ...args) {
    this.#asyncResource.runInAsyncScope(super.emit, this, event, ...args);
    return true;
  }
}

export const usingDomains = false;

Object.assign(EventEmitter, {
  EventEmitter, once, on, getEventListeners, getMaxListeners, setMaxListeners, listenerCount, addAbortListener,
  errorMonitor, captureRejectionSymbol, usingDomains, EventEmitterAsyncResource,
});
