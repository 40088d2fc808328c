// node:readline (enable_nodejs_readline_module): interfaces that never read anything (no terminal).
import { Interface, promises as promisesApi } from "node-internal:readline";
// a namespace of its own, not node:readline/promises' default export (as in workerd)
const promises = { ...promisesApi };
export { Interface, promises };
export function createInterface() { return new Interface(); }
export function clearLine() { return false; }
export function clearScreenDown() { return false; }
export function cursorTo() { return false; }
export function moveCursor() { return false; }
export function emitKeypressEvents() {}
export default { Interface, clearLine, clearScreenDown, createInterface, cursorTo, emitKeypressEvents, moveCursor, promises };
