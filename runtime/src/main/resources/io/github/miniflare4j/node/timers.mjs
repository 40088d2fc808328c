// node:timers — Timeout / Immediate handles over the global timers (which carry the async
// context into their callbacks).
import * as promises from "node:timers/promises";
const { setImmediate, clearImmediate, invalidArgType } = $node;

export class Timeout {
  #id;
  #callback;
  #delay;
  #repeat;
  // whether the handle is "refed": recorded only, as nothing here keeps an event loop alive
  #refed = true;
  constructor(callback, delay, args, repeat) {
    // the callback runs with the global scope as `this`, as the global timers call it
    this.#callback = () => Reflect.apply(callback, globalThis, args);
    this.#delay = delay;
    this.#repeat = repeat;
    this.#schedule();
  }
  #schedule() { this.#id = (this.#repeat ? globalThis.setInterval : globalThis.setTimeout)(this.#callback, this.#delay); }
  ref() { this.#refed = true; return this; }
  unref() { this.#refed = false; return this; }
  hasRef() { return this.#refed; }
  refresh() { globalThis.clearTimeout(this.#id); this.#schedule(); return this; }
  close() { globalThis.clearTimeout(this.#id); return this; }
  [Symbol.toPrimitive]() { return this.#id; }
  [Symbol.dispose]() { this.close(); }
}

function checkCallback(callback) {
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
}
function timerDelay(delay) {
  const n = Number(delay);
  return n >= 1 && n <= 2147483647 ? n : 1;
}

export function setTimeout(callback, delay, ...args) { checkCallback(callback); return new Timeout(callback, timerDelay(delay), args, false); }
export function setInterval(callback, delay, ...args) { checkCallback(callback); return new Timeout(callback, timerDelay(delay), args, true); }
export function clearTimeout(timer) {
  if (timer instanceof Timeout) timer.close();
  else if (typeof timer === "number") globalThis.clearTimeout(timer);
}
export { clearTimeout as clearInterval, setImmediate, clearImmediate, promises };
export function active(timer) { if (timer instanceof Timeout) timer.refresh(); }
export function enroll() { throw new Error("Not implemented. Please use setTimeout() instead."); }
export function unenroll(timer) { clearTimeout(timer); }

export default { setTimeout, setInterval, clearTimeout, clearInterval: clearTimeout, setImmediate, clearImmediate, promises, active, enroll, unenroll };
