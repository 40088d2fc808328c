// EventSource as workerd has it: the WHATWG EventSource over the worker's own fetch (or an
// `init.fetcher` service binding), plus workerd's EventSource.from(readableStream). This file
// holds only the class; the connection, the SSE parser and the event dispatch live in the lazy
// module eventsource-impl.js, loaded by the first EventSource constructed. Messages are workerd's.

// @imports kState, defineGlobal, lazyModule, illegalInvocation from core.js
// @imports EventTarget, kOnHandlers from events.js

const EVENT_SOURCE_STATES = { CONNECTING: 0, OPEN: 1, CLOSED: 2 };

class EventSourceImpl extends EventTarget {
  #s;
  /** `new EventSource(url, init)`; internally `(kState, state)` adopts a state built by the lazy module. */
  constructor(url, init = undefined) {
    super();
    this.#s = url === kState ? init : lazyModule("eventsource-impl.js").connectEventSource(this, url, init);
  }
  get url() { return sourceState(this).url; }
  get withCredentials() { sourceState(this); return false; }
  get readyState() { return sourceState(this).readyState; }
  get onopen() { return sourceState(this) && (this[kOnHandlers]?.onopen ?? null); }
  set onopen(value) { setHandler(this, "onopen", value); }
  get onmessage() { return sourceState(this) && (this[kOnHandlers]?.onmessage ?? null); }
  set onmessage(value) { setHandler(this, "onmessage", value); }
  get onerror() { return sourceState(this) && (this[kOnHandlers]?.onerror ?? null); }
  set onerror(value) { setHandler(this, "onerror", value); }
  close() { lazyModule("eventsource-impl.js").closeEventSource(sourceState(this)); }
  static from(stream) { return lazyModule("eventsource-impl.js").eventSourceFrom(stream, (state) => new EventSource(kState, state)); }
  /** The state of an EventSource, or an Illegal invocation error for any other `this`. */
  static state(source) {
    if (source === null || typeof source !== "object" || !(#s in source)) throw illegalInvocation();
    return source.#s;
  }
}
const sourceState = EventSourceImpl.state;
delete EventSourceImpl.state;

/** Stores an `on<type>` handler as workerd does: any object or function, anything else becomes null. */
function setHandler(source, name, value) {
  sourceState(source);
  if (!Object.prototype.hasOwnProperty.call(source, kOnHandlers)) Object.defineProperty(source, kOnHandlers, { value: {}, enumerable: false });
  source[kOnHandlers][name] = value !== null && (typeof value === "object" || typeof value === "function") ? value : null;
}

/** The global: a function in front of the class, so that a call without `new` fails with workerd's message. */
function EventSource(url, init) {
  if (new.target === undefined) {
    throw new TypeError("Failed to construct 'EventSource': Please use the 'new' operator, this object constructor cannot be called as a function.");
  }
  if (arguments.length === 0) throw new TypeError("Failed to construct 'EventSource': constructor parameter 1 is not of type 'string'.");
  return Reflect.construct(EventSourceImpl, [url, init], new.target === EventSource ? EventSourceImpl : new.target);
}
Object.defineProperty(EventSource, "prototype", { value: EventSourceImpl.prototype, writable: false });
Object.defineProperty(EventSource, "length", { value: 0 });
Object.defineProperty(EventSource, "from", { value: EventSourceImpl.from, writable: true, configurable: true });
Object.defineProperty(EventSourceImpl.prototype, "constructor", { value: EventSource, writable: true, configurable: true });
Object.defineProperty(EventSourceImpl.prototype, Symbol.toStringTag, { value: "EventSource", configurable: true });
Object.defineProperty(EventSourceImpl.prototype, Symbol.dispose, { value: function dispose() { this.close(); }, writable: true, configurable: true });
for (const [name, value] of Object.entries(EVENT_SOURCE_STATES)) {
  Object.defineProperty(EventSource, name, { value, enumerable: true });
  Object.defineProperty(EventSourceImpl.prototype, name, { value, enumerable: true });
}
Object.setPrototypeOf(EventSource, EventTarget);

defineGlobal("EventSource", EventSource);
