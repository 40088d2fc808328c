// MessageChannel and MessagePort, globals from expose_global_message_channel (2025-08-15). Both
// ports live in this worker: a message is a structured clone delivered to the other port in a
// microtask, once that port has started (its onmessage set, or start()). Behaviour recorded.

// @imports kState, defineGlobal, newOnly, onConfigure, compatFlag from core.js
// @imports EventTarget, kOnHandlers from events.js
// @imports messageEventWith, setMessageSource from unsupported.js
// @imports structuredClone from clone.js
// @imports queueMicrotask from globals.js

/** Makes the two ports of a new channel, linked to each other. */
let pairPorts;

class MessagePort extends EventTarget {
  #peer = null; #queue = []; #started = false; #closed = false; #handler = null;
  constructor(key = undefined) {
    if (key !== kState) throw new TypeError("Illegal constructor");
    super();
  }
  static {
    pairPorts = () => {
      const a = new MessagePort(kState);
      const b = new MessagePort(kState);
      a.#peer = b;
      b.#peer = a;
      return [a, b];
    };
  }
  postMessage(message = undefined, transfer = undefined) {
    if (transfer !== undefined) throw new Error("Transfer list is not supported");
    const data = structuredClone(message);
    const peer = this.#peer;
    if (this.#closed || peer.#closed) return;
    if (peer.#started) queueMicrotask(() => peer.#deliver(data, false));
    else peer.#queue.push(data);
  }
  start() {
    if (this.#started) return;
    this.#started = true;
    const queued = this.#queue;
    this.#queue = [];
    for (const data of queued) queueMicrotask(() => this.#deliver(data, false));
  }
  close() {
    this.#closed = true;
    this.#queue = [];
  }
  get onmessage() { return this.#handler; }
  set onmessage(fn) {
    this.#handler = typeof fn === "function" ? fn : null;
    if (!Object.prototype.hasOwnProperty.call(this, kOnHandlers)) Object.defineProperty(this, kOnHandlers, { value: {}, enumerable: false });
    // the handler runs with the global scope as `this` at every date (recorded)
    const handler = this.#handler;
    this[kOnHandlers].onmessage = handler === null ? null : (event) => handler.call(globalThis, event);
    if (handler !== null) this.start();
  }
  /** A handler's exception comes back to the port at once, as the data of a further message. */
  #deliver(data, isError) {
    const event = messageEventWith("message", data, "", null);
    setMessageSource(event, this);
    event[kState].trusted = true;
    try {
      this.dispatchEvent(event);
    } catch (e) {
      if (!isError) this.#deliver(e, true);
    }
  }
}
Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, { value: "MessagePort", configurable: true });
Object.defineProperty(MessagePort.prototype, "onmessage", { enumerable: true });

class MessageChannel {
  constructor() {
    const [port1, port2] = pairPorts();
    // own, in workerd's order
    this.port2 = port2;
    this.port1 = port1;
  }
}
Object.defineProperty(MessageChannel.prototype, Symbol.toStringTag, { value: "MessageChannel", configurable: true });

onConfigure(() => {
  if (!compatFlag("expose_global_message_channel", "2025-08-15", "no_expose_global_message_channel")) return;
  defineGlobal("MessagePort", MessagePort);
  defineGlobal("MessageChannel", newOnly(MessageChannel, "MessageChannel"));
});
