// AsyncResource (node:async_hooks) on the AsyncContext proposal: a snapshot of the async context
// taken at construction, restored around runInAsyncScope. An internal module so that node:events
// can use it without importing node:async_hooks (whose absence must not be what a worker without
// nodejs_compat is told about).
const { asyncContext } = $node;

export class AsyncResource {
  #snapshot = new asyncContext.Snapshot();
  #type;
  // workerd takes any type (recorded: a number is no error)
  constructor(type, options = {}) {
    this.#type = type;
  }
  runInAsyncScope(fn, thisArg, ...args) {
    if (typeof fn !== "function") throw new TypeError("Failed to execute 'runInAsyncScope' on 'AsyncResource': parameter 1 is not of type 'function'.");
    return this.#snapshot.run(() => fn.apply(thisArg, args));
  }
  /** As workerd's: an anonymous plain function of length 0, calling fn on thisArg, else on globalThis (recorded). */
  bind(fn, thisArg) {
    if (typeof fn !== "function") throw new TypeError("Failed to execute 'bind' on 'AsyncResource': parameter 1 is not of type 'Function'.");
    const resource = this;
    const bound = [function (...args) { return resource.runInAsyncScope(fn, thisArg === undefined ? globalThis : thisArg, ...args); }][0];
    Object.defineProperty(bound, "asyncResource", { value: this, configurable: true, enumerable: true, writable: true });
    return bound;
  }
  static bind(fn, type, thisArg) {
    if (typeof fn !== "function") throw new TypeError("Failed to execute 'bind' on 'AsyncResource': parameter 1 is not of type 'Function'.");
    return new AsyncResource(type ?? fn.name ?? "bound-anonymous-fn").bind(fn, thisArg);
  }
  asyncId() { return 0; }
  triggerAsyncId() { return 0; }
  emitDestroy() {}
}
