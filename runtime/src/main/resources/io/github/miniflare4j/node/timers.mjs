// node:timers — Timeout / Immediate handles over the global timers (which carry the async
// context into their callbacks).
import * as promises from "node:timers/promises";
const { setImmediate, clearImmediate, nodeTimers } = $node;

export const { Timeout, setTimeout, setInterval, clearTimeout, clearInterval } = nodeTimers;
export { setImmediate, clearImmediate, promises };
export function active(timer) { if (timer instanceof Timeout) timer.refresh(); }
export function enroll() { throw new Error("Not implemented. Please use setTimeout() instead."); }
export function unenroll(timer) { clearTimeout(timer); }

export default { setTimeout, setInterval, clearTimeout, clearInterval, setImmediate, clearImmediate, promises, active, enroll, unenroll };
