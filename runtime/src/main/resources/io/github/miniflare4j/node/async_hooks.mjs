// node:async_hooks — AsyncLocalStorage and AsyncResource on the AsyncContext proposal (GraalJS
// js.async-context): stores follow awaits and promise reactions; the prelude's timers carry them
// into their callbacks. The async_hooks callbacks API exists only as inert stubs, as in workerd.
const { asyncContext, nodeError } = $node;

function checkFunction(fn, method, index = 2) {
  if (typeof fn !== "function") throw new TypeError(`Failed to execute '${method}' on 'AsyncLocalStorage': parameter ${index} is not of type 'function'.`);
}

export class AsyncLocalStorage {
  #variable;
  #name;
  constructor(options = {}) {
    this.#name = options?.name === undefined ? "" : String(options.name);
    this.#variable = new asyncContext.Variable({ name: this.#name, defaultValue: options?.defaultValue });
  }
  get name() { return this.#name; }
  run(store, callback, ...args) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'run' on 'AsyncLocalStorage': parameter 1 is not of type 'Value'.");
    checkFunction(callback, "run");
    return this.#variable.run(store, callback, ...args);
  }
  exit(callback, ...args) {
    checkFunction(callback, "exit", 1);
    return this.#variable.run(undefined, callback, ...args);
  }
  getStore() { return this.#variable.get(); }
  enterWith() { throw new Error("asyncLocalStorage.enterWith() is not implemented"); }
  disable() { throw new Error("asyncLocalStorage.disable() is not implemented"); }
  static bind(fn) {
    if (typeof fn !== "function") throw new TypeError("Failed to execute 'bind' on 'AsyncLocalStorage': parameter 1 is not of type 'Function'."); // workerd's capital F (recorded)
    return $node.inCurrentContext(fn);
  }
  static snapshot() {
    const snapshot = new asyncContext.Snapshot();
    return (fn, ...args) => snapshot.run(fn, ...args);
  }
}

import { AsyncResource } from "node-internal:async_resource";
export { AsyncResource };

class AsyncHook {
  enable() { return this; }
  disable() { return this; }
}
export function createHook() { return new AsyncHook(); }
export function executionAsyncId() { return 0; }
export function triggerAsyncId() { return 0; }
export function executionAsyncResource() { return {}; }
export const asyncWrapProviders = Object.freeze({ NONE: 0 });

export default { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId, triggerAsyncId, executionAsyncResource, asyncWrapProviders };
