// The worker itself: env, the two formats, the fetch dispatch and its error rendering,
// ctx.waitUntil / passThroughOnException, cloudflare:workers, and refusal of eval.

// @imports globalScope, newEvent, runInEvent, eventNow, eventAnswered, eventWaitStarted, eventWaitSettled, errorHeadline, stackFrames, kState, DOMException, defineGlobal, registerHostClass, utf8Encoder, builtinModules, illegalInvocation, newOnly, compatFlag, hiddenConstructor, lazyModuleIfLoaded from core.js
// @imports Event from events.js
// @imports requestFromHost, requestFields from request.js
// @imports Response, hasLiveStream, streamToHost, responseDataNow, responseToData, responseFields, decodedForClient from response.js
// @imports later ctxExportsEnabled, ctxExports, runRpc, settleRpc, rpcThrown, rpcBodyThrown, RPC_RESERVED, RPC_MESSAGES from rpc.js
// @imports later globalEventTarget from global-scope.js
// @exports requestSerial, ExecutionContext, trackWaitUntil, LocalWork, eventWork, ExtendableEvent, dispatchAtTarget, workerEnv, moduleExports, currentWorkerEnv, currentModuleExports, listenersOf, serviceWorkerFormat, isServiceWorkerFormat, isClass, invokeModuleFetch, isThenable, WorkerEntrypoint, DurableObject, RpcTarget, WorkflowEntrypoint, entrypointHandler, callEntrypoint

/**
 * A handler's ctx. Its own enumerable members are workerd's: cache and tracing (not emulated,
 * undefined), props (what the caller's binding gave the entrypoint) and, where ctx.exports is on
 * (see ctxExportsEnabled), exports (loopback bindings to this worker's own exports).
 */
class ExecutionContext {
  #state;
  constructor(state, props = {}) {
    this.#state = state;
    // own members in workerd's order
    this.tracing = undefined;
    this.cache = undefined;
    this.props = props;
    if (ctxExportsEnabled()) this.exports = ctxExports();
  }
  // workerd's waitUntil has length 0 and refuses only a missing argument; undefined and any
  // other value are taken as a promise resolved with it (recorded)
  waitUntil(...args) {
    if (!isExecutionContext(this)) throw illegalInvocation();
    if (args.length === 0) {
      throw new TypeError("Failed to execute 'waitUntil' on 'ExecutionContext': parameter 1 is not of type 'Promise'.");
    }
    // as workerd's: the promise keeps the running event alive, whichever ctx took it (recorded)
    trackWaitUntil(args[0], this.#state, eventNow() ?? this.#state);
  }
  static isInstance(value) { return value !== null && typeof value === "object" && #state in value; }
  passThroughOnException() {
    if (!isExecutionContext(this)) throw illegalInvocation();
    this.#state.passThrough = true;
  }
}

Object.defineProperty(ExecutionContext.prototype, Symbol.toStringTag, { value: "ExecutionContext", configurable: true });
// workerd's methods declare no parameters (recorded: ctx.waitUntil.length is 0)
Object.defineProperty(ExecutionContext.prototype.waitUntil, "length", { value: 0 });
// workerd's prototype methods are enumerable (recorded: `for (k in ctx)` lists them)
Object.defineProperty(ExecutionContext.prototype, "waitUntil", { enumerable: true });
Object.defineProperty(ExecutionContext.prototype, "passThroughOnException", { enumerable: true });

function isExecutionContext(value) { return ExecutionContext.isInstance(value); }

/**
 * Counts a waitUntil promise for the worker, for the work (the Java or LocalWork tracker) of
 * `state` (the ctx state of the event that took it, see newEvent) when given, and for the lifetime
 * of `event` (the event it keeps alive) when given, until it settles.
 */
function trackWaitUntil(promise, state = undefined, event = state) {
  const work = state?.work ?? null;
  const local = work instanceof LocalWork ? work : null;
  const javaWork = local === null ? work : null;
  host.waitUntilStarted(javaWork);
  local?.started();
  if (event !== undefined) eventWaitStarted(event);
  Promise.resolve(promise).then(
    () => {
      host.waitUntilSettled(javaWork, null);
      local?.settled(null);
      if (event !== undefined) eventWaitSettled(event);
    },
    (error) => {
      const rendered = errorHeadline(error) + (stackFrames(error) ? "\n" + stackFrames(error) : "");
      host.waitUntilSettled(javaWork, rendered);
      local?.settled(rendered);
      if (event !== undefined) eventWaitSettled(event);
    },
  );
}

/**
 * The waitUntil work of an event run from JavaScript rather than Java (a loopback binding's
 * scheduled() or queue()): counts the promises registered through the event's ctx and resolves
 * idle() with the rendered rejections once none is pending.
 */
class LocalWork {
  #pending = 0;
  #failures = [];
  #waiters = [];
  started() { this.#pending++; }
  settled(failure) {
    if (failure !== null) this.#failures.push(failure);
    if (--this.#pending === 0) this.#wake();
  }
  #wake() {
    const waiters = this.#waiters.splice(0);
    for (const wake of waiters) wake(this.#failures);
  }
  /** Resolves with the failures once no registered promise is pending (at once when none is). */
  idle() {
    // work registered by the handler's last microtasks arrives before this runs
    return Promise.resolve().then(() => new Promise((resolve) => {
      if (this.#pending === 0) resolve(this.#failures);
      else this.#waiters.push(resolve);
    }));
  }
}

/** The ctx state (see newEvent) of the invocation an event was dispatched for (see trackWaitUntil). */
const eventWork = new WeakMap();

class ExtendableEvent extends Event {
  waitUntil(...args) {
    // detached, or on another receiver: workerd's illegal invocation (recorded)
    if (!(this instanceof ExtendableEvent)) throw illegalInvocation();
    if (args.length === 0) {
      throw new TypeError("Failed to execute 'waitUntil' on 'ExtendableEvent': parameter 1 is not of type 'Promise'.");
    }
    const state = eventWork.get(this);
    trackWaitUntil(args[0], state, eventNow() ?? state);
  }
}

/**
 * Runs `listeners` on a runtime event as workerd dispatches it on the global scope: trusted, with
 * the global as target and currentTarget, in phase AT_TARGET until the last listener returns.
 * A listener that throws does not stop the others; the first error is thrown afterwards.
 */
function dispatchAtTarget(event, listeners) {
  const state = event[kState];
  state.trusted = true;
  state.target = globalThis;
  state.currentTarget = globalThis;
  state.phase = 2;
  let failure = null;
  try {
    for (const listener of listeners) {
      try { listener.call(globalThis, event); } catch (error) { failure ??= { error }; }
    }
  } finally {
    state.phase = 0;
  }
  if (failure !== null) throw failure.error;
}

class FetchEvent extends ExtendableEvent {
  #state;
  constructor(type, init = {}) {
    // only the runtime makes fetch events (workerd: Illegal constructor); they are trusted (recorded)
    if (init?.[kState] === undefined) throw new TypeError("Illegal constructor");
    super(type, init);
    this[kState].trusted = true;
    this.#state = init[kState];
    eventWork.set(this, this.#state);
    // workerd's own members, in its order (recorded); waitUntil is ExtendableEvent's
    this.request = init.request;
    this.actorState = undefined;
  }
  respondWith(response) {
    if (this.#state.response !== undefined) {
      throw new DOMException("FetchEvent.respondWith() has already been called; it can only be called once.", "InvalidStateError");
    }
    if (!(response instanceof Response) && !(response !== null && typeof response === "object" && typeof response.then === "function")) {
      throw new TypeError("Failed to execute 'respondWith' on 'FetchEvent': parameter 1 is not of type 'Promise'.");
    }
    this.#state.response = response;
  }
  passThroughOnException() { this.#state.passThrough = true; }
}

Object.defineProperty(ExtendableEvent.prototype, Symbol.toStringTag, { value: "ExtendableEvent", configurable: true });
Object.defineProperty(FetchEvent.prototype, Symbol.toStringTag, { value: "FetchEvent", configurable: true });
defineGlobal("ExtendableEvent", hiddenConstructor(ExtendableEvent, "ExtendableEvent"));
defineGlobal("FetchEvent", hiddenConstructor(FetchEvent, "FetchEvent"));

// ---- env and format -------------------------------------------------------------------

let workerEnv = {};
let moduleExports = null;
/** The env and the module's exports as installed now (for lazy modules, which read eager names once). */
function currentWorkerEnv() { return workerEnv; }
function currentModuleExports() { return moduleExports; }
// service-worker listeners by event type ("fetch", "scheduled", ...)
const eventListeners = new Map();
const listenersOf = (type) => {
  if (!eventListeners.has(type)) eventListeners.set(type, []);
  return eventListeners.get(type);
};
const fetchListeners = listenersOf("fetch");
// a service-worker listener as called (see addEventListener) -> the function or object registered
const registeredListener = new WeakMap();
const removeRegistered = (listeners, listener) => {
  const i = listeners.findIndex((f) => registeredListener.get(f) === listener);
  if (i >= 0) listeners.splice(i, 1);
};
let serviceWorkerFormat = false;
/** Whether the worker is in the service-worker format (for lazy modules, which read eager names once). */
function isServiceWorkerFormat() { return serviceWorkerFormat; }

/** What a binding factory answers for a binding present in env with the value undefined (a Worker Loader's env value). */
internals.envUndefined = Symbol("env undefined");

internals.createEnv = function (names, kinds, hosts) {
  const env = {};
  for (let i = 0; i < names.length; i++) {
    const factory = internals.bindingFactories[kinds[i]];
    if (!factory) throw new Error(`miniflare4j: no prelude factory for binding kind "${kinds[i]}"`);
    const value = factory(hosts[i], names[i]);
    // undefined: a binding kept out of env; a binding named __proto__ is not in workerd's env
    // either, whose prototype stays Object.prototype (recorded)
    if (value !== undefined && names[i] !== "__proto__") env[names[i]] = value === internals.envUndefined ? undefined : value;
    // a binding's class is a runtime API class (structured clone refuses its objects)
    const proto = value !== null && typeof value === "object" ? Object.getPrototypeOf(value) : null;
    if (proto !== null && proto !== Object.prototype && typeof proto.constructor === "function") registerHostClass(proto.constructor, proto.constructor.name);
  }
  return env;
};

internals.installEnv = function (env, asGlobals) {
  workerEnv = env;
  // the worker's top-level code runs next, until installModule or checkServiceWorker
  globalScope.active = true;
  serviceWorkerFormat = asGlobals;
  if (asGlobals) {
    // bindings are enumerable own globals in workerd (Object.keys(globalThis) lists them, recorded)
    // as workerd assigns them: after the runtime's own enumerable globals, even one that takes
    // the name of a global function (atob), which workerd's global scope holds on its prototype;
    // never over a read-only global (origin) (recorded)
    for (const name of Object.keys(env)) {
      const existing = Object.getOwnPropertyDescriptor(globalThis, name);
      if (existing !== undefined && existing.enumerable && existing.writable === false) continue;
      if (existing !== undefined && !existing.enumerable && existing.configurable) delete globalThis[name];
      Object.defineProperty(globalThis, name, { value: env[name], writable: true, enumerable: true, configurable: true });
    }
    // the handler events' listeners, and the global scope's (global-scope.js) for the others;
    // in the places of the global scope's own methods (its EventTarget level), with their length
    // 0, as workerd's (recorded)
    const scope = globalEventTarget;
    const addListener = scope.addEventListener, removeListener = scope.removeEventListener;
    const scopeMethod = (value) => ({ value, writable: true, enumerable: true, configurable: true });
    // as on any EventTarget: a listener registered twice runs once, `once` removes it before
    // its first call, and removeEventListener finds it by the function or object registered
    Object.defineProperty(scope, "addEventListener", scopeMethod(function addEventListener(type = undefined, listener = undefined, options = undefined) {
      addListener.call(globalThis, type, listener, options);
      const listeners = listenersOf(String(type));
      if (typeof listener !== "function" && typeof listener?.handleEvent !== "function") return;
      if (listeners.some((f) => registeredListener.get(f) === listener)) return;
      const once = options !== null && typeof options === "object" && Boolean(options.once);
      const registered = function (event) {
        if (once) removeRegistered(listeners, listener);
        return typeof listener === "function" ? listener.call(this, event) : listener.handleEvent(event);
      };
      registeredListener.set(registered, listener);
      listeners.push(registered);
    }));
    Object.defineProperty(scope, "removeEventListener", scopeMethod(function removeEventListener(type = undefined, listener = undefined) {
      removeRegistered(listenersOf(String(type)), listener);
      removeListener.call(globalThis, type, listener);
    }));
  }
};

internals.installModule = function (namespace) {
  globalScope.active = false;
  moduleExports = namespace;
  const handler = namespace.default;
  if (handler === undefined) {
    const names = Object.keys(namespace);
    const what = names.length ? `map entry '${names[0]}'` : "the default export";
    throw new TypeError(`Incorrect type for ${what}: the provided value is not of type 'function or ExportedHandler'.`);
  }
  // as workerd: every export is a handler (object) or a class/function, or the worker does not start
  for (const name of Object.keys(namespace)) {
    const value = namespace[name];
    if (value === undefined || value === null) {
      throw new TypeError("Cannot initialize N7workerd3api15ExportedHandlerE with required members from an undefined or null value.");
    }
    if (typeof value !== "object" && typeof value !== "function") {
      throw new TypeError(`Incorrect type for map entry '${name}': the provided value is not of type 'function or ExportedHandler'.`);
    }
  }
};

internals.checkServiceWorker = function () {
  globalScope.active = false;
  if ([...eventListeners.values()].every((listeners) => listeners.length === 0)) {
    throw new Error("No event handlers were registered. This script does nothing.");
  }
};

internals.env = () => workerEnv;
internals.exports = () => moduleExports;

// ---- dispatch -------------------------------------------------------------------------

function isThenable(value) {
  return value !== null && (typeof value === "object" || typeof value === "function") && typeof value.then === "function";
}

function isClass(fn) {
  return typeof fn === "function" && /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

/** workerd's error for a failure inside the runtime: the message names only a random reference. */
function internalError() {
  const digits = "0123456789abcdefghijklmnopqrstuv";
  let reference = "";
  for (let i = 0; i < 24; i++) reference += digits[Math.floor(Math.random() * 32)];
  return new Error(`internal error; reference = ${reference}`);
}

/** Runs the modules-format handler; returns a promise of the Response. */
function invokeModuleFetch(request, ctx, handler = moduleExports.default) {
  let target = handler;
  if (typeof handler === "function" && !(handler.prototype instanceof WorkerEntrypoint)) {
    // a class that does not extend WorkerEntrypoint, or a function: workerd fails the request
    // with an internal error whose reference is random (recorded)
    throw internalError();
  }
  const entrypointClass = isClass(handler);
  if (entrypointClass) target = new handler(ctx, workerEnv);
  if (target === null || typeof target !== "object" && typeof target !== "function" || typeof target.fetch !== "function") {
    throw new Error("Handler does not export a fetch() function.");
  }
  // a class instance has env and ctx as its own members: its fetch gets them as undefined (recorded)
  const result = entrypointClass ? target.fetch(request, undefined, undefined) : target.fetch(request, workerEnv, ctx);
  // a Response by its brand: a Proxy of one or an object made from its prototype is none (recorded)
  if (responseFields.is(result)) return Promise.resolve(checkServedResponse(result));
  if (!isThenable(result)) throw new TypeError("Callback returned incorrect type; expected 'Promise'");
  return Promise.resolve(result).then((response) => {
    if (!responseFields.is(response)) throw new TypeError("Incorrect type for Promise: the Promise did not resolve to 'Response'.");
    return checkServedResponse(response);
  });
}

/** The response a fetch handler answered with; workerd refuses Response.error() there. */
function checkServedResponse(response) {
  if (responseFields.type(response) === "error") throw new TypeError("Return value from serve handler must not be an error response (like Response.error())");
  return response;
}

/** Runs the service-worker listeners; returns a promise of the Response. */
function invokeServiceWorkerFetch(request, state) {
  const event = new FetchEvent("fetch", { request, [kState]: state });
  // listeners run in order until one responds; a throw, even after responding, fails the
  // request with that error and the later listeners never run; a function in the global's
  // onfetch property runs before them all (recorded)
  const onfetch = globalThis.onfetch;
  // dispatched on the global scope: target and currentTarget are the global, in phase AT_TARGET
  // while the listeners run (recorded)
  const dispatch = event[kState];
  dispatch.target = dispatch.currentTarget = globalThis;
  dispatch.phase = 2;
  try {
    for (const listener of typeof onfetch === "function" ? [onfetch, ...fetchListeners] : [...fetchListeners]) {
      listener.call(globalThis, event);
      // stopImmediatePropagation keeps the later listeners from running (recorded)
      if (state.response !== undefined || dispatch.stopImmediate) break;
    }
  } finally {
    dispatch.phase = 0;
  }
  if (state.response === undefined) {
    if (state.passThrough) return Promise.reject(kPassThrough);
    return Promise.reject(new Error("Network connection lost."));
  }
  return Promise.resolve(state.response).then((response) => {
    if (!responseFields.is(response)) throw new TypeError("Incorrect type for Promise: the Promise did not resolve to 'Response'.");
    return checkServedResponse(response);
  });
}
const kPassThrough = Symbol("passThrough");

/** workerd's error for a WebSocket response to a request that did not ask for one. */
const WS_NOT_REQUESTED = "Worker tried to return a WebSocket in a response to a request which did not contain the header \"Upgrade: websocket\".";

/**
 * Java's entry point, called with one engine.FetchDispatch `call` whose fields are read below:
 * dispatches a request and calls, exactly once, either answer(status, statusText, headers,
 * arrayBuffer|null, offset, length) for a response with a buffered body, or done(outcome) with
 * {ok:true, status, statusText, headers, body} or, when rejectErrors, {ok:false, name, message, stack}.
 * With a sink, a response whose body is a live stream is done as {ok:true, streamed:true, length,
 * ...} and its chunks then go to the sink (see streamToHost). `work` is the Java tracker of this
 * request's waitUntil promises. `entrypoint` names the export whose fetch() answers (a service
 * binding to a named WorkerEntrypoint); null means the default export. With `bodyErrors` (the
 * caller is another worker), a body whose stream fails keeps what was read and adds `bodyError`.
 */
/**
 * A fetch handler's failure as its caller receives it: as an RPC method's (workerd tunnels both
 * alike): a standard error keeps its class and message, a DOMException its class whatever its
 * name; anything else becomes an Error whose message is the rest of the headline ("MyErr: msg"
 * for a custom name, "#<Object>" for a thrown object, recorded).
 */
function describeTunneledError(error) {
  return rpcThrown(error);
}

/** Counts the fetch events dispatched: node:fs gives each its own empty /tmp, as workerd does. */
const requestSerial = { value: 0 };

internals.dispatchFetch = function (call) {
  requestSerial.value++;
  const state = newEvent(call.work);
  runInEvent(state, dispatchFetchIn, call, state);
};

/** dispatchFetch within its event `state`, which ends with the response's body (see newEvent). */
function dispatchFetchIn(call, state) {
  const { request: data, rejectErrors, done, sink, entrypoint, answer, props } = call;
  // a caller in another worker reads a failing body's error from the body
  const describeBodyError = call.bodyErrors ? rpcBodyThrown : null;
  let settled = false;
  const finish = (outcome) => { if (!settled) { settled = true; answered(); done(outcome); } };
  // a WebSocket's request lasts as long as the socket: its timers live on
  let webSocket = false;
  const answered = () => { if (!webSocket) eventAnswered(state); };
  let pending;
  let head = false;
  let request = null;
  try {
    request = requestFromHost(data);
    head = requestFields.method(request) === "HEAD";
    pending = serviceWorkerFormat
      ? invokeServiceWorkerFetch(request, state)
      : invokeModuleFetch(request, new ExecutionContext(state, bindingProps(props)), entrypointHandler(entrypoint));
  } catch (error) {
    pending = Promise.reject(error);
  }
  // a response with a buffered body is done in the same microtask as the handler's promise
  // settles (no further promise: each costs in the interpreter); a failure of the handler or of
  // reading the response is answered as below, a failure of that answer as an uncaught error
  const fail = (error) => {
    try {
      if (state.passThrough || error === kPassThrough) {
        finish({ ok: true, status: 500, statusText: "", headers: [], body: null });
      } else if (rejectErrors) {
        finish({ ok: false, ...describeTunneledError(error) });
      } else {
        finish(renderUncaught(error, head));
      }
    } catch (failure) {
      finish(renderUncaught(failure, head));
    }
  };
  const deliver = (outcome) => {
    try {
      finish(outcome);
    } catch (failure) {
      finish(renderUncaught(failure, head));
    }
  };
  pending.then((response) => {
    let outcome;
    try {
      // as workerd: a WebSocket answers only a WebSocket handshake
      if (response instanceof Response && responseFields.webSocket(response) !== null) {
        if (request?.headers.get("upgrade")?.toLowerCase() !== "websocket") throw new TypeError(WS_NOT_REQUESTED);
        webSocket = true;
      }
      if (!head && response instanceof Response && responseFields.encodeManual(response)) {
        // rare: a body the worker encoded itself reaches the caller decoded (see decodedForClient)
        // (a caller whose errors are tunneled to it is another worker)
        decodedForClient(response, rejectErrors).then((decoded) => responseToData(decoded, false, describeBodyError)).then(deliver, fail);
        return;
      }
      if (sink !== null && !head && hasLiveStream(response)) {
        // the head settles the dispatch; the event answers once the body has been sent
        streamToHost(response, sink, (head) => { if (!settled) { settled = true; done(head); } }, answered,
          describeBodyError === null ? null : { describeBodyError, object: false });
        return;
      }
      outcome = responseDataNow(response, head, describeBodyError);
    } catch (error) {
      fail(error);
      return;
    }
    if (outcome instanceof Promise) outcome.then(deliver, fail);
    else if (!settled) {
      // a buffered response (the usual one) crosses as plain values: Java reads none of them back
      settled = true;
      answered();
      const bytes = outcome.body;
      try {
        if (bytes === null) answer(outcome.status, outcome.statusText, outcome.headers, null, 0, 0);
        else answer(outcome.status, outcome.statusText, outcome.headers, bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch (failure) {
        renderUncaught(failure, head);
      }
    }
  }, fail);
}

/** The 500 response Miniflare sends for an uncaught error; without a body to a HEAD request. */
function renderUncaught(error, head = false) {
  const frames = stackFrames(error);
  const text = errorHeadline(error) + (frames ? "\n" + frames : "");
  host.log("error", text);
  return { ok: true, status: 500, statusText: "Internal Server Error", headers: ["content-type", "text/plain;charset=UTF-8"], body: head ? null : utf8Encoder.encode(text) };
}

// ---- cloudflare:workers ---------------------------------------------------------------

class WorkerEntrypoint {
  constructor(ctx, env) { this.ctx = ctx; this.env = env; }
}
/**
 * The base of Durable Object classes (cloudflare:workers' DurableObject): workerd's
 * DurableObjectBase, constructed only by the runtime with the object's state; calling it
 * without new or with anything else as state fails as there.
 */
class DurableObjectBase {
  constructor(ctx, env) {
    // no DurableObjectState exists before durable.js (lazy) is loaded
    const DurableObjectState = lazyModuleIfLoaded("durable.js")?.DurableObjectState;
    if (DurableObjectState === undefined || !(ctx instanceof DurableObjectState)) {
      throw new TypeError("Failed to construct 'DurableObjectBase': constructor parameter 1 is not of type 'DurableObjectState'.");
    }
    this.ctx = ctx;
    this.env = env;
  }
}
const DurableObject = Object.defineProperties(newOnly(DurableObjectBase, "DurableObjectBase"), {
  name: { value: "DurableObject", configurable: true },
  length: { value: 0, configurable: true },
});
class RpcTarget {}
class WorkflowEntrypoint {
  constructor(ctx, env) { this.ctx = ctx; this.env = env; }
}
class NonRetryableError extends Error {
  constructor(message, name = "NonRetryableError") { super(message); this.name = name; }
}

// cloudflare:workers itself is built by workers-module.js.
builtinModules.set("cloudflare:workflows", () => ({ default: undefined, NonRetryableError }));
internals.WorkerEntrypoint = WorkerEntrypoint;
internals.ExecutionContext = ExecutionContext;

/** The export an RPC call targets: `entrypoint` names a named export, null the default one. */
function entrypointHandler(entrypoint) {
  return entrypoint == null ? moduleExports?.default : (moduleExports && Object.prototype.hasOwnProperty.call(moduleExports, entrypoint) ? moduleExports[entrypoint] : undefined);
}

/**
 * Runs an RPC call on an entrypoint: a method of the default export, or of the named
 * `WorkerEntrypoint` export `entrypoint`, constructed with a fresh ctx whose props are `props`.
 */
function callEntrypoint(entrypoint, method, argsText, props = {}, event = newEvent(null)) {
  const handler = entrypointHandler(entrypoint);
  // a service worker, a function or a class not extending WorkerEntrypoint (an RpcTarget's, a
  // Durable Object's): workerd finds no handler and fails the call with an internal error (recorded)
  if (moduleExports === null || (typeof handler === "function" && !(handler.prototype instanceof WorkerEntrypoint))) throw internalError();
  const ctx = new ExecutionContext(event, props);
  if (isClass(handler)) {
    const target = new handler(ctx, workerEnv);
    return runRpc(target, target instanceof WorkerEntrypoint ? WorkerEntrypoint : undefined, method, argsText);
  }
  if (handler !== null && typeof handler === "object") return runRpc(handler, undefined, method, argsText, [workerEnv, ctx]);
  throw new TypeError(RPC_MESSAGES.noMethod(method));
}

/** A service binding's props (JSON text, or null for none) as a fresh ctx.props object. */
function bindingProps(propsJson) {
  return propsJson == null ? {} : JSON.parse(propsJson);
}

/** An RPC call through a service binding (props: its JSON text or null) or from Java; see callEntrypoint. */
internals.entrypointCall = function (entrypoint, method, argsText, props, done) {
  const event = newEvent(null);
  runInEvent(event, entrypointCallIn, entrypoint, method, argsText, props, done, event);
};

/** entrypointCall within its event, which answers with the call's result. */
function entrypointCallIn(entrypoint, method, argsText, props, done, event) {
  let pending;
  try {
    pending = callEntrypoint(entrypoint, method, argsText, bindingProps(props), event);
  } catch (error) {
    pending = Promise.reject(error);
  }
  settleRpc((outcome) => { eventAnswered(event); done(outcome); }, pending);
}

/**
 * What Java needs to check a typed proxy before calling: as JSON, `{kind, methods, entrypoints}`
 * where kind is "class" (a WorkerEntrypoint class), "object" (a plain handler object),
 * "unusable" (a named export that is another function: a binding may name it, as workerd's
 * startup accepts any exported function, but every call fails; recorded) or "none"; methods are
 * the RPC-callable member names; entrypoints the exports that can serve a named binding,
 * WorkerEntrypoint classes and handler objects (plus "default" when the default export can take
 * RPC calls).
 */
internals.entrypointInfo = function (entrypoint, done) {
  const isObject = (value) => value !== null && typeof value === "object";
  // as workerd: a named entrypoint is a WorkerEntrypoint class or a plain handler object
  const servesNamed = (value) => (isClass(value) && value.prototype instanceof WorkerEntrypoint) || isObject(value);
  const handler = entrypointHandler(entrypoint);
  const entrypoints = [];
  for (const name of Object.keys(moduleExports ?? {})) {
    const value = moduleExports[name];
    if (name === "default" ? isClass(value) || isObject(value) : servesNamed(value)) {
      if (name === "default") entrypoints.unshift(name); else entrypoints.push(name);
    }
  }
  const methods = new Set();
  let kind = "none";
  // "default" named explicitly is not a named entrypoint, unless a WorkerEntrypoint class answers to it
  if (entrypoint != null && entrypoint !== "default" && typeof handler === "function" && !servesNamed(handler)) {
    kind = "unusable";
  } else if (entrypoint != null && !(entrypoint === "default" ? isClass(handler) && handler.prototype instanceof WorkerEntrypoint : servesNamed(handler))) {
    kind = "none";
  } else if (isClass(handler)) {
    kind = "class";
    for (let proto = handler.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name !== "constructor" && !RPC_RESERVED.has(name)) methods.add(name);
      }
    }
  } else if (handler !== null && typeof handler === "object") {
    kind = "object";
    for (const name of Object.keys(handler)) {
      if (typeof handler[name] === "function" && !RPC_RESERVED.has(name)) methods.add(name);
    }
  }
  done({ ok: true, value: JSON.stringify({ kind, methods: [...methods].sort(), entrypoints }) });
};
internals.DurableObject = DurableObject;
internals.RpcTarget = RpcTarget;

// ---- no code generation from strings, as in workerd ----------------------------------
// (but while the worker's top-level code runs, from allow_eval_during_startup, 2025-06-01)

function refuseCodeGeneration() {
  if (globalScope.active && compatFlag("allow_eval_during_startup", "2025-06-01", "disallow_eval_during_startup")) return;
  throw new EvalError("Code generation from strings disallowed for this context");
}
for (const sample of [function () {}, async function () {}, function* () {}, async function* () {}]) {
  const proto = Object.getPrototypeOf(sample);
  const original = proto.constructor;
  // workerd allows an empty constructor call, `new Function()` (recorded); any source is refused
  const refused = function (...args) { if (args.length > 0) refuseCodeGeneration(); return original(...args); };
  Object.defineProperty(refused, "name", { value: original.name });
  refused.prototype = proto;
  Object.defineProperty(proto, "constructor", { value: refused, writable: true, configurable: true, enumerable: false });
  if (original === Function) defineGlobal("Function", refused);
}
const originalEval = globalThis.eval;
const refusedEval = function (...args) { refuseCodeGeneration(); return originalEval(args[0]); };
Object.defineProperty(refusedEval, "name", { value: "eval" });
defineGlobal("eval", refusedEval);
