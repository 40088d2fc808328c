// node:inspector and node:inspector/promises as workerd has them (enable_nodejs_inspector_module): no inspector to open.
import EventEmitter from "node-internal:events";
import { notImplemented } from "node-internal:stubs";
export class Session extends EventEmitter {
  connect() { throw notImplemented("connect", "inspector.Session.connect")(); }
}
export function close() {}
export function open() { return { [Symbol.dispose]() {} }; }
export function url() { return undefined; }
export function waitForDebugger() {}
export const console = globalThis.console;
export const Network = { requestWillBeSent() {}, responseReceived() {}, loadingFinished() {}, loadingFailed() {}, dataReceived() {} };
export default { Network, Session, close, console, open, url, waitForDebugger };
