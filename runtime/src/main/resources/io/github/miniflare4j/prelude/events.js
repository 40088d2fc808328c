// Event, EventTarget, CustomEvent, AbortController, AbortSignal.

// @imports kState, DOMException, defineGlobal, newOnly, wtf8String, illegalInvocation, onConfigure, compatFlag, hiddenConstructor, refuseInGlobalScope, setInternal from core.js
// @exports Event, EventTarget, kOnHandlers, kListeners, AbortSignal, AbortController

const kDispatchStart = Symbol("dispatchStart");
// A function listener's `this` is the target from set_event_target_this (2025-08-01), the global
// scope before (recorded).
const eventsCompat = { targetThis: false };
onConfigure(() => { eventsCompat.targetThis = compatFlag("set_event_target_this", "2025-08-01", "no_set_event_target_this"); });

class Event {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && #type in o; }
  #type; #bubbles; #cancelable; #composed; #defaultPrevented = false; #stop = false;
  constructor(type, init = {}) {
    if (arguments.length === 0) throw new TypeError("Failed to construct 'Event': constructor parameter 1 is not of type 'string'.");
    if (init === null) init = {};
    if (typeof init !== "object" && typeof init !== "function") throw new TypeError("Failed to construct 'Event': constructor parameter 2 is not of type 'Init'.");
    this.#type = wtf8String(type);
    this.#bubbles = !!init.bubbles;
    this.#cancelable = !!init.cancelable;
    this.#composed = !!init.composed;
    setInternal(this, kState, { target: null, currentTarget: null, stopImmediate: false, phase: 0 });
  }
  get type() { if (!Event.#is(this)) throw illegalInvocation(); return this.#type; }
  // workerd leaves currentTarget set after the dispatch; only the phase returns to NONE (recorded)
  get eventPhase() { if (!Event.#is(this)) throw illegalInvocation(); return this[kState].phase; }
  get composed() { if (!Event.#is(this)) throw illegalInvocation(); return this.#composed; }
  get bubbles() { if (!Event.#is(this)) throw illegalInvocation(); return this.#bubbles; }
  get cancelable() { if (!Event.#is(this)) throw illegalInvocation(); return this.#cancelable; }
  get defaultPrevented() { if (!Event.#is(this)) throw illegalInvocation(); return this.#defaultPrevented; }
  get returnValue() { if (!Event.#is(this)) throw illegalInvocation(); return !this.#defaultPrevented; }
  // read-only in workerd, with V8's wording for a read-only property (recorded)
  set returnValue(v) { if (!Event.#is(this)) throw illegalInvocation(); throw new TypeError("Cannot assign to read only property 'returnValue' of object '#<Event>'"); }
  get currentTarget() { if (!Event.#is(this)) throw illegalInvocation(); return this[kState].currentTarget; }
  get target() { if (!Event.#is(this)) throw illegalInvocation(); return this[kState].target; }
  get srcElement() { if (!Event.#is(this)) throw illegalInvocation(); return this[kState].target; }
  // workerd reports no event time (recorded: always 0)
  get timeStamp() { if (!Event.#is(this)) throw illegalInvocation(); return 0; }
  // true for the events the runtime dispatches (global-scope.js), false for a script's own
  get isTrusted() { if (!Event.#is(this)) throw illegalInvocation(); return this[kState].trusted === true; }
  // workerd's stop flags (recorded): cancelBubble can be set and cleared and stops nothing on the
  // one target; stopImmediatePropagation stops the listeners of this and every later dispatch of
  // the event, and leaves cancelBubble as it was
  get cancelBubble() { if (!Event.#is(this)) throw illegalInvocation(); return this.#stop; }
  set cancelBubble(v) { if (!Event.#is(this)) throw illegalInvocation(); this.#stop = !!v; }
  stopImmediatePropagation() { if (!Event.#is(this)) throw illegalInvocation(); this[kState].stopImmediate = true; }
  preventDefault() {
    if (!Event.#is(this)) throw illegalInvocation();
    this[kState].preventCalled = true;
    if (this.#cancelable) this.#defaultPrevented = true;
  }
  /**
   * workerd starts each dispatch afresh: an earlier preventDefault() is forgotten, and
   * dispatchEvent() returns false when a listener called preventDefault(), cancelable or not
   * (recorded with the oracle).
   */
  static [kDispatchStart](event) {
    event.#defaultPrevented = false;
    event[kState].preventCalled = false;
  }
  stopPropagation() { if (!Event.#is(this)) throw illegalInvocation(); this.#stop = true; }
  composedPath() { if (!Event.#is(this)) throw illegalInvocation(); return this[kState].phase !== 0 ? [this[kState].currentTarget] : []; }
}
Object.defineProperty(Event, "NONE", { value: 0, enumerable: true, configurable: true });
Object.defineProperty(Event, "CAPTURING_PHASE", { value: 1, enumerable: true, configurable: true });
Object.defineProperty(Event, "AT_TARGET", { value: 2, enumerable: true, configurable: true });
Object.defineProperty(Event, "BUBBLING_PHASE", { value: 3, enumerable: true, configurable: true });

class CustomEvent extends Event {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && #detail in o; }
  #detail;
  constructor(type, init = {}) {
    if (arguments.length === 0) throw new TypeError("Failed to construct 'CustomEvent': constructor parameter 1 is not of type 'string'.");
    if (init === null) init = {};
    if (typeof init !== "object" && typeof init !== "function") throw new TypeError("Failed to construct 'CustomEvent': constructor parameter 2 is not of type 'CustomEventInit'.");
    super(type, init);
    this[kState].trusted = true; // as workerd's, even when a script makes it (recorded)
    this.#detail = init.detail ?? null;
  }
  get detail() { if (!CustomEvent.#is(this)) throw illegalInvocation(); return this.#detail; }
}

const kListeners = Symbol("listeners");

class EventTarget {
  /**
   * Whether `o` is one of this class's objects: the receiver check of every member. The global
   * scope keeps its listeners on its prototype (global-scope.js): found through the chain.
   */
  static #is(o) { return typeof o === "object" && o !== null && kListeners in o; }
  constructor() {
    Object.defineProperty(this, kListeners, { value: new Map(), enumerable: false });
  }
  addEventListener(type = undefined, listener, options) {
    if (!EventTarget.#is(this)) throw illegalInvocation();
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': parameter 1 is not of type 'string'.");
    }
    if (listener === undefined) {
      throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'function or HandlerObject'.");
    }
    type = `${type}`; // the type is a DOMString: 5 and "5" name the same event (recorded)
    if (listener === null) return;
    if (typeof listener !== "function" && typeof listener !== "object") {
      throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'function or HandlerObject'.");
    }
    // workerd reads a listener object's handleEvent once, when it is added (recorded)
    const fn = typeof listener === "function" ? listener : listener.handleEvent;
    if (typeof fn !== "function") {
      throw new TypeError("Incorrect type for the 'handleEvent' field on 'HandlerObject': the provided value is not of type 'function'.");
    }
    // workerd has no capture phase and no passive listeners: both are refused (recorded)
    // options that are no object are useCapture (recorded: 5 and "s" are refused, null is not)
    if (options !== null && typeof options !== "object" && typeof options !== "function" && options) {
      throw new TypeError("addEventListener(): useCapture must be false.");
    }
    if (typeof options === "object" && options !== null && options.capture) {
      throw new TypeError("addEventListener(): options.capture must be false.");
    }
    if (typeof options === "object" && options !== null && options.passive) {
      throw new TypeError("addEventListener(): options.passive must be false.");
    }
    const once = typeof options === "object" && options !== null && !!options.once;
    const signal = typeof options === "object" && options !== null ? options.signal : undefined;
    if (signal !== undefined && !(signal instanceof AbortSignal)) {
      throw new TypeError("Incorrect type for the 'signal' field on 'AddEventListenerOptions': the provided value is not of type 'AbortSignal'.");
    }
    if (signal?.aborted) return;
    const list = this[kListeners].get(type) ?? [];
    if (list.some((l) => l.listener === listener)) return;
    const entry = { listener, fn, once, removed: false };
    list.push(entry);
    this[kListeners].set(type, list);
    signal?.addEventListener("abort", () => this.removeEventListener(type, listener));
  }
  removeEventListener(type = undefined, listener, options = undefined) {
    if (!EventTarget.#is(this)) throw illegalInvocation();
    if (options !== null && typeof options !== "object" && typeof options !== "function" && options) {
      throw new TypeError("removeEventListener(): useCapture must be false.");
    }
    const list = this[kListeners].get(`${type}`);
    if (!list) return;
    const index = list.findIndex((l) => l.listener === listener);
    if (index >= 0) { list[index].removed = true; list.splice(index, 1); }
  }
  dispatchEvent(event = undefined) {
    if (!EventTarget.#is(this)) throw illegalInvocation();
    if (!(event instanceof Event)) throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
    if (event[kState].dispatching) throw new DOMException("The event is already being dispatched.", "InvalidStateError");
    event[kState].dispatching = true;
    Event[kDispatchStart](event);
    event[kState].target = this;
    event[kState].currentTarget = this;
    event[kState].phase = 2;
    const handlerName = "on" + event.type;
    const list = [...(this[kListeners].get(event.type) ?? [])];
    let own = Object.prototype.hasOwnProperty.call(this, kOnHandlers) ? this[kOnHandlers][handlerName] : undefined;
    // workerd calls a function in a plain on<type> property before the listeners (recorded)
    if (own === undefined) own = this[handlerName];
    if (typeof own === "function") list.unshift({ listener: own, once: false, removed: false });
    try {
      for (const entry of list) {
        if (event[kState].stopImmediate) break;
        if (entry.removed) continue;
        if (entry.once) this.removeEventListener(event.type, entry.listener);
        const fn = entry.fn ?? entry.listener;
        fn.call(typeof entry.listener !== "function" ? entry.listener : eventsCompat.targetThis ? this : globalThis, event);
      }
    } finally {
      event[kState].phase = 0;
      event[kState].dispatching = false;
    }
    return !event[kState].preventCalled;
  }
}
const kOnHandlers = Symbol("onHandlers");

/** The `on<type>` attribute handler of `target` (AbortSignal's onabort): runs before the listeners. */
function eventHandlerOf(target, type) {
  return target[kOnHandlers]?.["on" + type] ?? null;
}
function setEventHandler(target, type, fn) {
  if (!Object.prototype.hasOwnProperty.call(target, kOnHandlers)) {
    Object.defineProperty(target, kOnHandlers, { value: {}, enumerable: false });
  }
  target[kOnHandlers]["on" + type] = typeof fn === "function" ? fn : null;
}

class AbortSignal extends EventTarget {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && typeof o[kState]?.aborted === "boolean"; }
  constructor(key) {
    if (key !== kState) throw new TypeError("Illegal constructor");
    super();
    setInternal(this, kState, { aborted: false, reason: undefined });
  }
  get aborted() { if (!AbortSignal.#is(this)) throw illegalInvocation(); return this[kState].aborted; }
  get reason() { if (!AbortSignal.#is(this)) throw illegalInvocation(); return this[kState].reason; }
  get onabort() { if (!AbortSignal.#is(this)) throw illegalInvocation(); return eventHandlerOf(this, "abort"); }
  set onabort(fn) { if (!AbortSignal.#is(this)) throw illegalInvocation(); setEventHandler(this, "abort", fn); }
  throwIfAborted() { if (!AbortSignal.#is(this)) throw illegalInvocation(); if (this.aborted) throw this.reason; }
  static abort(reason = undefined) {
    refuseInGlobalScope(); // at the worker's top level (recorded)
    const signal = new AbortSignal(kState);
    signal[kState].aborted = true;
    signal[kState].reason = reason === undefined ? new DOMException("The operation was aborted", "AbortError") : reason;
    return signal;
  }
  static timeout(ms = undefined) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'timeout' on 'AbortSignal': parameter 1 is not of type 'number'.");
    refuseInGlobalScope();
    const signal = new AbortSignal(kState);
    host.setTimer(Number(ms), () => abortSignal(signal, new DOMException("The operation was aborted due to timeout", "TimeoutError")), false);
    return signal;
  }
  static any(signals = undefined) {
    if (signals === null || typeof signals !== "object" || typeof signals[Symbol.iterator] !== "function") {
      throw new TypeError("Failed to execute 'any' on 'AbortSignal': parameter 1 is not of type 'Array'.");
    }
    signals = [...signals];
    signals.forEach((s, i) => {
      if (!(s instanceof AbortSignal)) {
        throw new TypeError(`Incorrect type for array element ${i}: the provided value is not of type 'AbortSignal'.`);
      }
    });
    const signal = new AbortSignal(kState);
    for (const s of signals) {
      if (s.aborted) { abortSignal(signal, s.reason); return signal; }
    }
    for (const s of signals) s.addEventListener("abort", () => abortSignal(signal, s.reason), { once: true });
    return signal;
  }
}

function abortSignal(signal, reason) {
  if (signal[kState].aborted) return;
  signal[kState].aborted = true;
  signal[kState].reason = reason === undefined ? new DOMException("The operation was aborted", "AbortError") : reason;
  const event = new Event("abort");
  event[kState].trusted = true;
  signal.dispatchEvent(event);
}

class AbortController {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && #signal in o; }
  #signal = new AbortSignal(kState);
  get signal() { if (!AbortController.#is(this)) throw illegalInvocation(); return this.#signal; }
  abort(reason = undefined) { if (!AbortController.#is(this)) throw illegalInvocation(); abortSignal(this.#signal, reason); }
}

// calling these without `new` fails with workerd's message (recorded)
defineGlobal("Event", newOnly(Event, "Event"));
defineGlobal("CustomEvent", newOnly(CustomEvent, "CustomEvent"));
defineGlobal("EventTarget", newOnly(EventTarget, "EventTarget"));
defineGlobal("AbortSignal", hiddenConstructor(AbortSignal, "AbortSignal"));
defineGlobal("AbortController", newOnly(AbortController, "AbortController"));
internals.abortSignal = abortSignal;
for (const [Class, tag] of [[Event, "Event"], [CustomEvent, "CustomEvent"], [EventTarget, "EventTarget"], [AbortSignal, "AbortSignal"], [AbortController, "AbortController"]]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}
