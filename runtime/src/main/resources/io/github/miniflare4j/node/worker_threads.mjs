// node:worker_threads (enable_nodejs_worker_threads_module): the main thread, which cannot start workers.
import EventEmitter from "node-internal:events";
import { notImplemented } from "node-internal:stubs";
const fail = (name) => notImplemented(name)();
export class Worker extends EventEmitter { constructor() { super(); fail("Worker"); } }
export class BroadcastChannel extends EventEmitter { constructor() { super(); fail("BroadcastChannel"); } }
/** A port of a MessageChannel: what one port posts (structured-cloned) arrives as a 'message' event on the other, later. */
class LocalMessagePort extends EventTarget {
  #other = null;
  #closed = false;
  #onmessage = null;
  static link(a, b) { a.#other = b; b.#other = a; }
  postMessage(message) {
    const target = this.#other;
    if (this.#closed || target === null) return;
    const data = structuredClone(message);
    setTimeout(() => { if (!target.#closed) target.dispatchEvent(new MessageEvent("message", { data })); }, 0);
  }
  get onmessage() { return this.#onmessage; }
  set onmessage(handler) {
    if (this.#onmessage) this.removeEventListener("message", this.#onmessage);
    this.#onmessage = typeof handler === "function" ? handler : null;
    if (this.#onmessage) this.addEventListener("message", this.#onmessage);
  }
  start() {}
  close() { this.#closed = true; }
}
const portConstructor = () => { throw new TypeError("Illegal constructor"); };
export const MessagePort = globalThis.MessagePort ?? Object.defineProperty(function MessagePort() { portConstructor(); }, "prototype", { value: LocalMessagePort.prototype });
export const MessageChannel = globalThis.MessageChannel ?? class MessageChannel {
  constructor() {
    const port1 = new LocalMessagePort();
    const port2 = new LocalMessagePort();
    LocalMessagePort.link(port1, port2);
    this.port1 = port1;
    this.port2 = port2;
  }
};
export const SHARE_ENV = Symbol.for("nodejs.worker_threads.SHARE_ENV");
export const isMainThread = true, isInternalThread = false, parentPort = null, threadId = 0, workerData = null, resourceLimits = {};
const environmentData = new Map();
export function setEnvironmentData(key, value) { if (value === undefined) environmentData.delete(key); else environmentData.set(key, value); }
export function getEnvironmentData(key) { return environmentData.get(key); }
const untransferable = new WeakSet();
export function markAsUntransferable(value) { if ((typeof value === "object" && value !== null) || typeof value === "function") untransferable.add(value); }
export function isMarkedAsUntransferable(value) { return untransferable.has(value); }
export function markAsUncloneable() {}
export function moveMessagePortToContext() { throw new TypeError("Illegal constructor"); }
export const postMessageToThread = notImplemented("postMessageToThread");
export function receiveMessageOnPort() { return undefined; }
export default { BroadcastChannel, MessageChannel, MessagePort, SHARE_ENV, Worker, getEnvironmentData, isInternalThread, isMainThread,
  isMarkedAsUntransferable, markAsUncloneable, markAsUntransferable, moveMessagePortToContext, parentPort, postMessageToThread,
  receiveMessageOnPort, resourceLimits, setEnvironmentData, threadId, workerData };
