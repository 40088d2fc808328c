// Globals that workerd has and miniflare4j does not implement yet. They exist with the right
// type, so feature checks and global-shape tests see what they see on Cloudflare, and using
// them fails with a message that says so (README, "Limitations").

// @imports defineGlobal from core.js
// @imports Event from events.js
// @exports WEBSOCKET_STATES, ErrorEvent, MessageEvent, CloseEvent

function unsupported(what) {
  return new Error(`${what} is not supported by miniflare4j yet (see the README's limitations).`);
}

/** A constructor that exists but refuses to build, named as workerd names it. */
function unsupportedClass(name, statics = {}) {
  const ctor = {
    [name]: function () {
      throw unsupported(name);
    },
  }[name];
  Object.defineProperty(ctor.prototype, Symbol.toStringTag, { value: name, configurable: true });
  for (const [key, value] of Object.entries(statics)) {
    Object.defineProperty(ctor, key, { value, enumerable: true });
    Object.defineProperty(ctor.prototype, key, { value, enumerable: true });
  }
  return ctor;
}

const WEBSOCKET_STATES = { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3, READY_STATE_CONNECTING: 0, READY_STATE_OPEN: 1, READY_STATE_CLOSING: 2, READY_STATE_CLOSED: 3 };
defineGlobal("EventSource", unsupportedClass("EventSource"));

// Event classes workerd defines beside Event and CustomEvent.
class ErrorEvent extends Event {
  #init;
  constructor(type, init = {}) {
    super(type, init);
    this.#init = { message: String(init?.message ?? ""), filename: String(init?.filename ?? ""), lineno: init?.lineno >>> 0, colno: init?.colno >>> 0, error: init?.error };
  }
  get message() { return this.#init.message; }
  get filename() { return this.#init.filename; }
  get lineno() { return this.#init.lineno; }
  get colno() { return this.#init.colno; }
  get error() { return this.#init.error; }
}
class MessageEvent extends Event {
  #data; #origin;
  constructor(type, init = {}) {
    super(type, init);
    this.#data = init?.data;
    this.#origin = init?.origin === undefined ? null : String(init.origin);
  }
  get data() { return this.#data; }
  get origin() { return this.#origin; }
}
class CloseEvent extends Event {
  #init;
  constructor(type, init = {}) {
    super(type, init);
    this.#init = { code: Number(init?.code ?? 0), reason: String(init?.reason ?? ""), wasClean: !!init?.wasClean };
  }
  get code() { return this.#init.code; }
  get reason() { return this.#init.reason; }
  get wasClean() { return this.#init.wasClean; }
}
class PromiseRejectionEvent extends Event {
  #init;
  constructor(type, init = {}) {
    super(type, init);
    this.#init = { promise: init?.promise, reason: init?.reason };
  }
  get promise() { return this.#init.promise; }
  get reason() { return this.#init.reason; }
}
defineGlobal("ErrorEvent", ErrorEvent);
defineGlobal("MessageEvent", MessageEvent);
defineGlobal("CloseEvent", CloseEvent);
defineGlobal("PromiseRejectionEvent", PromiseRejectionEvent);
