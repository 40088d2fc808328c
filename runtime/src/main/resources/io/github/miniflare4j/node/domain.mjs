// node:domain — workerd's stand-in (enable_nodejs_domain_module): a Domain is an EventEmitter; there is no active domain.
import EventEmitter from "node-internal:events";
export class Domain extends EventEmitter {
  #members = [];
  get members() { return this.#members; }
  add(emitter) { this.#members.push(emitter); }
  remove(emitter) { const i = this.#members.indexOf(emitter); if (i >= 0) this.#members.splice(i, 1); }
  bind(callback) { return callback; }
  intercept(callback) { return callback; }
  run(fn, ...args) { return fn(...args); }
  enter() {}
  exit() {}
  dispose() {}
}
export const active = null;
export function createDomain() { return new Domain(); }
/** Declared by workerd's module but left undefined there. */
export const create = undefined;
export default { Domain, active, createDomain };
