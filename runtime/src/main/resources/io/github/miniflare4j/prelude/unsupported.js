// The event classes workerd defines beside Event and CustomEvent (ErrorEvent, MessageEvent,
// CloseEvent, PromiseRejectionEvent) and WebSocket's state constants. (The file once held the
// globals miniflare4j did not implement; none is left.)

// @imports kState, defineGlobal, hiddenConstructor, newOnly from core.js
// @imports Event from events.js
// @exports WEBSOCKET_STATES, ErrorEvent, MessageEvent, CloseEvent, messageEventWith, promiseRejectionEvent, setMessageSource

// in workerd's order (a for-in over a WebSocket lists them so; recorded)
const WEBSOCKET_STATES = { READY_STATE_CONNECTING: 0, CONNECTING: 0, READY_STATE_OPEN: 1, OPEN: 1, READY_STATE_CLOSING: 2, CLOSING: 2, READY_STATE_CLOSED: 3, CLOSED: 3 };

// Event classes workerd defines beside Event and CustomEvent.
let setLastEventId;
let setOrigin;
/** workerd's events of these classes are trusted even when a script makes them (recorded). */
const trusted = (event) => { event[kState].trusted = true; };
const requireType = (args, name) => {
  if (args.length === 0) throw new TypeError(`Failed to construct '${name}': constructor parameter 1 is not of type 'string'.`);
};
/** Sets a MessageEvent's source (a MessagePort delivering it). */
let setMessageSource;
/** A MessageEvent as workerd's EventSource dispatches it: with a lastEventId and an origin (or null). */
function messageEventWith(type, data, lastEventId, origin) {
  const event = new MessageEvent(type, { data });
  if (origin != null) setOrigin(event, String(origin));
  setLastEventId(event, lastEventId);
  return event;
}
class ErrorEvent extends Event {
  #init;
  constructor(type, init = {}) {
    requireType(arguments, "ErrorEvent");
    super(type);
    trusted(this);
    this.#init = { message: String(init?.message ?? ""), filename: String(init?.filename ?? ""), lineno: init?.lineno >>> 0, colno: init?.colno >>> 0, error: init?.error };
  }
  get filename() { return this.#init.filename; }
  get message() { return this.#init.message; }
  get lineno() { return this.#init.lineno; }
  get colno() { return this.#init.colno; }
  get error() { return this.#init.error; }
}
class MessageEvent extends Event {
  #data; #origin = null; #lastEventId = ""; #source = null;
  /** workerd's init is required and gives only the data (origin, lastEventId, cancelable: ignored). */
  constructor(type, init) {
    requireType(arguments, "MessageEvent");
    if (init === undefined) throw new TypeError("Failed to construct 'MessageEvent': constructor parameter 2 is not of type 'Initializer'.");
    if (init === null) throw new TypeError("Cannot initialize N7workerd3api12MessageEvent11InitializerE with required members from an undefined or null value.");
    super(type);
    trusted(this);
    this.#data = init.data;
  }
  get ports() { return []; }
  // workerd transfers no MessagePort: no ports; a MessagePort's message names the receiving port
  get source() { return this.#source; }
  get lastEventId() { return this.#lastEventId; }
  get origin() { return this.#origin; }
  get data() { return this.#data; }
  static {
    setLastEventId = (event, id) => { event.#lastEventId = id; };
    setOrigin = (event, origin) => { event.#origin = origin; };
    setMessageSource = (event, source) => { event.#source = source; };
  }
}
class CloseEvent extends Event {
  #init;
  constructor(type, init = {}) {
    requireType(arguments, "CloseEvent");
    super(type);
    trusted(this);
    this.#init = { code: Number(init?.code ?? 0), reason: String(init?.reason ?? ""), wasClean: !!init?.wasClean };
  }
  get wasClean() { return this.#init.wasClean; }
  get reason() { return this.#init.reason; }
  get code() { return this.#init.code; }
}
// Only the runtime makes these (workerd's constructor is illegal); reason and promise are own
// properties, as in workerd (recorded)
const kRejectionEvent = Symbol("PromiseRejectionEvent");
class PromiseRejectionEvent extends Event {
  constructor(key, type, promise, reason) {
    if (key !== kRejectionEvent) throw new TypeError("Illegal constructor");
    super(type);
    Object.defineProperty(this, "reason", { value: reason, enumerable: true, configurable: true });
    Object.defineProperty(this, "promise", { value: promise, enumerable: true, configurable: true });
  }
}
/** An "unhandledrejection" or "rejectionhandled" event of `promise`. */
const promiseRejectionEvent = (type, promise, reason) => new PromiseRejectionEvent(kRejectionEvent, type, promise, reason);
for (const [Class, tag] of [[ErrorEvent, "ErrorEvent"], [CloseEvent, "CloseEvent"]]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}
defineGlobal("ErrorEvent", newOnly(ErrorEvent, "ErrorEvent"));
defineGlobal("MessageEvent", newOnly(MessageEvent, "MessageEvent"));
defineGlobal("CloseEvent", newOnly(CloseEvent, "CloseEvent"));
defineGlobal("PromiseRejectionEvent", hiddenConstructor(PromiseRejectionEvent, "PromiseRejectionEvent"));
