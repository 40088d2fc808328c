// The cloudflare:workers module: the base classes, the RPC classes (RpcStub wraps a local
// function or object in a stub; RpcPromise, RpcProperty and ServiceStub only name what RPC
// hands out), the `env` and `exports` views with withEnv / withExports / withEnvAndExports
// overriding them for one call (and what it awaits), waitUntil for the current event, and the
// local tracing API (spans are not recorded locally; enterSpan just runs its callback).

// @imports builtinModules, asyncContext, illegalInvocation, eventNow from core.js
// @imports trackWaitUntil, workerEnv, WorkerEntrypoint, DurableObject, RpcTarget, WorkflowEntrypoint from worker.js
// @imports ctxExports, makeLocalStub, isRpcStub, rpcIllegalConstructor from rpc.js
// @imports Proxy from clone.js
// @exports RpcStub, RpcPromise, RpcProperty

/**
 * cloudflare:workers' RpcStub (workerd's JsRpcStub): `new RpcStub(value)` is a stub of `value` (a
 * function, an RpcTarget or an object), called as a remote one would be. A function rather than a
 * class, so that a call without `new` fails with workerd's words.
 */
function RpcStub(value) {
  if (!new.target) {
    throw new TypeError("Failed to construct 'JsRpcStub': Please use the 'new' operator, this object constructor cannot be called as a function.");
  }
  if (value === null || (typeof value !== "object" && typeof value !== "function")) {
    throw new TypeError("Failed to construct 'JsRpcStub': constructor parameter 1 is not of type 'JsObject'.");
  }
  return isRpcStub(value) ? value.dup() : makeLocalStub(value);
}
Object.defineProperty(RpcStub, Symbol.hasInstance, { value: (value) => isRpcStub(value), configurable: true });
Object.defineProperty(RpcStub.prototype, "dup", {
  value: function dup() {
    if (!isRpcStub(this)) throw illegalInvocation();
    return this.dup();
  }, writable: true, configurable: true });

// the prototypes of what a call and a member read give (rpc.js): their thenable face, which
// another object cannot borrow (recorded)
function rpcThenableCall(self, tag, name, args) {
  if ((typeof self !== "function" && typeof self !== "object") || self === null || self[Symbol.toStringTag] !== tag) throw illegalInvocation();
  return self[name](...args);
}
class RpcPromise {
  constructor() { rpcIllegalConstructor(); }
  then(onFulfilled, onRejected) { return rpcThenableCall(this, "JsRpcPromise", "then", [onFulfilled, onRejected]); }
  catch(onRejected) { return rpcThenableCall(this, "JsRpcPromise", "catch", [onRejected]); }
  finally(onFinally) { return rpcThenableCall(this, "JsRpcPromise", "finally", [onFinally]); }
}
class RpcProperty {
  constructor() { rpcIllegalConstructor(); }
  then(onFulfilled, onRejected) { return rpcThenableCall(this, "JsRpcProperty", "then", [onFulfilled, onRejected]); }
  catch(onRejected) { return rpcThenableCall(this, "JsRpcProperty", "catch", [onRejected]); }
  finally(onFinally) { return rpcThenableCall(this, "JsRpcProperty", "finally", [onFinally]); }
}
class ServiceStub { constructor() { rpcIllegalConstructor(); } }

const envOverride = new asyncContext.Variable({ name: "cloudflare:workers env" });
const exportsOverride = new asyncContext.Variable({ name: "cloudflare:workers exports" });

/** A live view of what `current()` answers: the worker's env (or exports) unless overridden. */
function overridableView(current) {
  return new Proxy({}, {
    get: (_, prop) => Reflect.get(current(), prop),
    set: (_, prop, value) => Reflect.set(current(), prop, value),
    has: (_, prop) => Reflect.has(current(), prop),
    deleteProperty: (_, prop) => Reflect.deleteProperty(current(), prop),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_, prop) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(current(), prop);
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
    defineProperty: (_, prop, descriptor) => Reflect.defineProperty(current(), prop, descriptor),
  });
}

function checkCallback(fn, method, index) {
  if (typeof fn !== "function") {
    throw new TypeError(`Failed to execute '${method}' on 'EnvModule': parameter ${index} is not of type 'function'.`);
  }
}

function withEnv(newEnv, fn) {
  checkCallback(fn, "withEnv", 2);
  return envOverride.run(newEnv, fn);
}
function withExports(newExports, fn) {
  checkCallback(fn, "withExports", 2);
  return exportsOverride.run(newExports, fn);
}
function withEnvAndExports(newEnv, newExports, fn) {
  checkCallback(fn, "withEnvAndExports", 3);
  return envOverride.run(newEnv, () => exportsOverride.run(newExports, fn));
}

class Span {
  constructor() { rpcIllegalConstructor(); }
  get isTraced() { return false; }
  setAttribute(name, value) {}
}
Object.defineProperty(Span.prototype, Symbol.toStringTag, { value: "Span" });

/** cloudflare:workers' tracing: its prototype lists enterSpan, Span, constructor, in workerd's order. */
function Tracing() { rpcIllegalConstructor(); }
Tracing.prototype = Object.create(Object.prototype, {
  enterSpan: {
    value: function enterSpan(name, callback, ...args) {
      if (arguments.length === 0 || name === undefined) throw new TypeError("Failed to execute 'enterSpan' on 'Tracing': parameter 1 is not of type 'string'.");
      if (typeof callback !== "function") throw new TypeError("Failed to execute 'enterSpan' on 'Tracing': parameter 2 is not of type 'Function'.");
      return callback(Object.create(Span.prototype), ...args);
    },
    writable: true, configurable: true,
  },
  Span: { value: Span, writable: true, configurable: true },
  constructor: { value: Tracing, writable: true, configurable: true },
});
Object.defineProperty(Tracing.prototype, Symbol.toStringTag, { value: "Tracing" });

builtinModules.set("cloudflare:workers", () => ({
  default: undefined, // as in workerd: named exports only
  DurableObject, WorkerEntrypoint, WorkflowEntrypoint, RpcTarget,
  RpcStub, RpcPromise, RpcProperty, ServiceStub,
  env: overridableView(() => envOverride.get() ?? workerEnv),
  exports: overridableView(() => exportsOverride.get() ?? ctxExports()),
  withEnv, withExports, withEnvAndExports,
  waitUntil(promise) { const event = eventNow(); trackWaitUntil(promise, event, event); },
  cache: {},
  tracing: Object.create(Tracing.prototype),
}));
