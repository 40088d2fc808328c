// RPC as workerd does it: stubs and the promises of their results (promise pipelining),
// capabilities (functions and RpcTargets sent by reference, called back through their owner),
// ReadableStreams read through their owner, stub disposal, the receiving side (runRpc), and
// ctx.exports (loopback stubs to the worker's own exports).
// Ownership follows workerd: a stub sent as an argument or result moves to the receiver (the
// sender's copy is disposed; from rpc_params_dup_stubs on, an argument is duplicated instead),
// and stubs received as arguments are disposed when the call ends.
// Values cross as clone text (clone.js in RPC mode); a capability is ["c", owner, id, kind]
// where owner is the isolate that exported it (host.rpc().token()) and id its entry there.

// @imports newEvent, eventNow, remotePromise, describeError, errorHeadline, DOMException, compat, compatFlag, reviveError, remoteError, registerHostClass, lazyModule, lazyModuleIfLoaded from core.js
// @imports ReadableStream from streams.js
// @imports WritableStream from writable.js
// @imports Proxy, cloneTreeText, cloneWalk, cloneBuild, cloneWireSize, thrownDetails from clone.js
// @imports Request from request.js
// @imports Fetcher, fetchOverrides, extraHandlersRunning from service.js
// @imports RpcTarget, WorkerEntrypoint, WorkflowEntrypoint, moduleExports, ExecutionContext, invokeModuleFetch, entrypointHandler, callEntrypoint, workerEnv, LocalWork from worker.js
// @imports later RpcStub, RpcPromise, RpcProperty from workers-module.js
// @exports RPC_MESSAGES, rpcIndex, rpcRefuseIntegrity, rpcStubReference, isRpcStub, makeLocalStub, rpcIllegalConstructor, RpcStubState, rpcStubMember, makeRpcStub, RPC_RESERVED, runRpc, rpcApply, settleRpc, rpcThrown, rpcBodyThrown, ctxExportsEnabled, ctxExports

// workerd has the well-known symbols of explicit resource management; GraalJS may lack them
for (const name of ["dispose", "asyncDispose"]) {
  if (typeof Symbol[name] !== "symbol") {
    Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`), writable: false, enumerable: false, configurable: false });
  }
}

// ...and its classes (DisposableStack, AsyncDisposableStack, SuppressedError), which code
// compiled with `using` lowered (esbuild, TypeScript) calls; GraalJS parses no `using` itself.
(() => {
  const define = (name, value) => {
    if (typeof globalThis[name] !== "function") Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  };
  class SuppressedError extends Error {
    constructor(error, suppressed, message) {
      super(message);
      this.error = error;
      this.suppressed = suppressed;
    }
  }
  Object.defineProperty(SuppressedError.prototype, "name", { value: "SuppressedError", writable: true, configurable: true });
  define("SuppressedError", SuppressedError);
  const suppress = (error, earlier, hasEarlier) =>
    (hasEarlier ? new globalThis.SuppressedError(error, earlier, "An error was suppressed during disposal.") : error);

  /** The callbacks of a stack, run last-in first-out when it is disposed; `async` awaits each. */
  class Callbacks {
    constructor(cls, async) { this.cls = cls; this.async = async; this.list = []; this.disposed = false; }
    check(op) { if (this.disposed) throw new ReferenceError(`Cannot call ${this.cls}.prototype.${op} on an already-disposed ${this.cls}`); }
    use(value) {
      this.check("use");
      if (value !== null && value !== undefined) {
        let method = this.async ? value[Symbol.asyncDispose] : undefined;
        if (method === undefined) method = value[Symbol.dispose];
        if (typeof method !== "function") throw new TypeError(`${this.async ? "Async" : ""}Disposable object expected`);
        this.list.push(() => method.call(value));
      }
      return value;
    }
    adopt(value, onDispose) {
      this.check("adopt");
      if (typeof onDispose !== "function") throw new TypeError("onDispose is not a function");
      this.list.push(() => onDispose(value));
      return value;
    }
    defer(onDispose) {
      this.check("defer");
      if (typeof onDispose !== "function") throw new TypeError("onDispose is not a function");
      this.list.push(() => onDispose());
    }
    take() { const list = this.list; this.list = []; this.disposed = true; return list; }
  }
  const runSync = (list) => {
    let error, failed = false;
    while (list.length) { try { list.pop()(); } catch (e) { error = suppress(e, error, failed); failed = true; } }
    if (failed) throw error;
  };
  const runAsync = async (list) => {
    let error, failed = false;
    while (list.length) { try { await list.pop()(); } catch (e) { error = suppress(e, error, failed); failed = true; } }
    if (failed) throw error;
  };

  class DisposableStack {
    #callbacks = new Callbacks("DisposableStack", false);
    get disposed() { return this.#callbacks.disposed; }
    use(value) { return this.#callbacks.use(value); }
    adopt(value, onDispose) { return this.#callbacks.adopt(value, onDispose); }
    defer(onDispose) { this.#callbacks.defer(onDispose); }
    move() { this.#callbacks.check("move"); const moved = new DisposableStack(); moved.#callbacks.list = this.#callbacks.take(); return moved; }
    dispose() { if (!this.#callbacks.disposed) runSync(this.#callbacks.take()); }
    [Symbol.dispose]() { this.dispose(); }
  }
  class AsyncDisposableStack {
    #callbacks = new Callbacks("AsyncDisposableStack", true);
    get disposed() { return this.#callbacks.disposed; }
    use(value) { return this.#callbacks.use(value); }
    adopt(value, onDispose) { return this.#callbacks.adopt(value, onDispose); }
    defer(onDispose) { this.#callbacks.defer(onDispose); }
    move() { this.#callbacks.check("move"); const moved = new AsyncDisposableStack(); moved.#callbacks.list = this.#callbacks.take(); return moved; }
    async disposeAsync() { if (!this.#callbacks.disposed) await runAsync(this.#callbacks.take()); }
    [Symbol.asyncDispose]() { return this.disposeAsync(); }
  }
  for (const cls of [DisposableStack, AsyncDisposableStack]) {
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
    define(cls.name, cls);
  }
})();

const RPC_MESSAGES = {
  noMethod: (name) => `The RPC receiver does not implement the method "${name}".`,
  reserved: (name) => `'${name}' is a reserved method and cannot be called over RPC.`,
  handlerArity: (name) => `Attempted to call RPC function "${name}" with the wrong number of arguments. When calling a top-level handler function that is not declared as part of a class, you must always send exactly one argument. In order to support variable numbers of arguments, the server must use class-based syntax (extending WorkerEntrypoint) instead.`,
  disposed: "RPC stub used after being disposed.",
  promiseDisposed: "RPC promise used after being disposed.",
  illegalConstructor: "Illegal constructor",
  /** A member (null: the stub itself) that exists but is not a function, called. */
  notAFunction: (name) => `"${name ?? "(this)"}" is not a function.`,
  /** What reading a stream received over RPC gives when the sender's stream failed. */
  streamLost: "Network connection lost.",
  streamCutShort: "ReadableStream received over RPC disconnected prematurely.",
  notBytes: "This ReadableStream did not return bytes.",
  /** What the owner of a WritableStream sent over RPC sees when the receiver aborts it (workerd's wording, typo included). */
  writableDisconnected: "WritableStream received over RPC was disconnected because the remote execution context has endeded.",
  /** ctx.exports.X(options): no options object, or props that is not an object. */
  loopbackOptions: (kind) => `Failed to execute '(called as function)' on '${kind}': parameter 1 is not of type 'Options'.`,
  loopbackProps: "Incorrect type for the 'props' field on 'Options': the provided value is not of type 'JsObject'.",
  /** A received stub used by another event (request or call) than the one that received it. */
  otherRequest: "Cannot perform I/O on behalf of a different request. I/O objects (such as streams, request/response bodies, and others) created in the context of one request handler cannot be accessed from a different request's handler. This is a limitation of Cloudflare Workers which allows us to improve overall performance. (I/O type: Client)",
};

// ---- the exporting side: capabilities this isolate hands out --------------------------------

/**
 * Exported capabilities by id: { value, kind ("f" function, "t" RpcTarget, "s" stream reader,
 * "w" stream writer), refs }.
 */
const rpcExported = new Map();
const rpcExportIds = new WeakMap();
let rpcNextExportId = 1;
let rpcSelfToken = null;

function rpcSelf() {
  if (rpcSelfToken === null) rpcSelfToken = host.rpc().token();
  return rpcSelfToken;
}

/**
 * Exports `value`: each export is one reference, held by the one stub it becomes; that stub's
 * disposal releases it, and the entry goes when no reference is left.
 */
function rpcExport(value, kind) {
  let id = rpcExportIds.get(value);
  const entry = id === undefined ? undefined : rpcExported.get(id);
  if (entry) {
    entry.refs++;
    if (rpcEncodingArguments) entry.disposeOnRelease = true;
    return id;
  }
  id = rpcNextExportId++;
  rpcExported.set(id, { value, kind, refs: 1, disposeOnRelease: rpcEncodingArguments });
  rpcExportIds.set(value, id);
  return id;
}

function rpcReleaseExport(id) {
  const entry = rpcExported.get(id);
  if (!entry || --entry.refs > 0) return;
  rpcExported.delete(id);
  rpcExportIds.delete(entry.value);
  // an RpcTarget or function sent as an argument is told, by its Symbol.dispose, that the
  // receiver let go of it (workerd: at the end of the call, per call); a result's target is not
  if (entry.disposeOnRelease && (entry.kind === "t" || entry.kind === "f")) {
    let dispose;
    try { dispose = entry.value[Symbol.dispose]; } catch { dispose = undefined; }
    // a throwing disposer does not fail anything (recorded)
    if (typeof dispose === "function") try { dispose.call(entry.value); } catch { /* ignored */ }
  }
}

/** Whether rpcEncodeArguments is encoding a call's arguments (read by rpcExport). */
let rpcEncodingArguments = false;

/** rpcEncode for the arguments of an outgoing call: their targets' disposers run on release. */
function rpcEncodeArguments(args) {
  rpcEncodingArguments = true;
  try { return rpcEncode(args); } finally { rpcEncodingArguments = false; }
}

/** The id of no capability: what a disposed stub is sent as. */
const RPC_DEAD_CAPABILITY = -1;

/**
 * The walker's RPC exporter. A stub sent on moves, as in workerd: the receiver gets its
 * reference and the sender's stub is disposed ("RPC stub used after being disposed."). With
 * rpc_params_dup_stubs (the sender's flag), a stub among a call's arguments is duplicated: the
 * receiver gets a reference of its own and the sender's stub stays usable (recorded).
 */
const rpcExporter = {
  capability: (value, kind) => ["c", rpcSelf(), rpcExport(value, kind), kind],
  stub(stub, node) {
    const info = rpcStubs.get(stub);
    // a disposed stub is sent all the same; the receiver's calls on it fail as disposed (recorded)
    if (info.state.disposed) return ["c", node[1], RPC_DEAD_CAPABILITY, node[3]];
    if (rpcEncodingArguments && compatFlag("rpc_params_dup_stubs", "2026-01-20", "rpc_params_transfer_stubs")) {
      host.rpc().retain(node[1], node[2]);
      return node;
    }
    // the only local holder of the reference hands it over; with dup()s alive, the owner counts one more
    if (info.handle.holders > 1) host.rpc().retain(node[1], node[2]);
    else info.handle.moved = true;
    stub[Symbol.dispose]();
    return node;
  },
  stream(stream) {
    if (stream.locked) throw new TypeError("The ReadableStream has been locked to a reader.");
    return ["S", rpcSelf(), rpcExport(stream.getReader(), "s")];
  },
  writable: (stream) => ["W", rpcSelf(), rpcExport(stream.getWriter(), "w")],
  // the type a refused RPC promise/property is named by: workerd's class name (JsRpcPromise) in
  // a call's arguments, without its "Js" prefix in a result (recorded)
  pipelineTypeName: (tag) => (rpcEncodingArguments ? tag : tag.slice(2)),
};

/** An RPC importer; the stubs it makes are added to `received` when given. */
function rpcImporter(received) {
  return {
    capability(owner, id, kind) {
      // the stub (and its dup()s) belongs to the event that received it, as in workerd
      const stub = makeCapabilityStub(owner, id, kind, { holders: 1, moved: false, event: eventNow() });
      received?.push(stub);
      return stub;
    },
    stream: (owner, id) => rpcImportedStream(owner, id),
    writable: (owner, id) => rpcImportedWritable(owner, id),
  };
}

/** workerd's limit on one RPC message (arguments or a result), in bytes of V8's serialization. */
const RPC_MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

/** Serializes RPC arguments or a result; throws workerd's error beyond RPC_MAX_MESSAGE_BYTES. */
function rpcEncode(value) {
  const tree = cloneWalk(value, rpcExporter, false);
  const text = cloneTreeText(tree);
  // V8's bytes are within a small factor of the text's length: only a long text is measured
  if (text.length > RPC_MAX_MESSAGE_BYTES / 16) {
    const size = cloneWireSize(tree);
    if (size > RPC_MAX_MESSAGE_BYTES) {
      throw new Error(`Serialized RPC arguments or return values are limited to 32MiB, but the size of this value was: ${size} bytes.`);
    }
  }
  return text;
}

/**
 * Rebuilds RPC arguments or a result. The stubs made are added to `received` when given. As in
 * workerd, an object result gets a Symbol.dispose that disposes the stubs inside it.
 */
function rpcDecode(text, result = false, received = null) {
  if (text == null) return undefined;
  const stubs = received ?? (result ? [] : null);
  const value = cloneBuild(text, rpcImporter(stubs));
  if (result && value !== null && typeof value === "object" && !(Symbol.dispose in value)) {
    const dispose = function dispose() { for (const stub of stubs) stub[Symbol.dispose](); };
    Object.defineProperty(value, Symbol.dispose, { value: dispose, writable: true, configurable: true, enumerable: false });
  }
  return value;
}

// ---- the calling side: stubs, members and pipelined promises --------------------------------

/**
 * The capability stubs of this isolate: stub -> { node (the reference to send on), state, handle
 * (shared with its dup()s) }.
 */
const rpcStubs = new WeakMap();

function rpcStubReference(value) {
  return rpcStubs.get(value)?.node;
}

function isRpcStub(value) {
  return rpcStubs.has(value);
}

/**
 * A stub of a local value (cloudflare:workers' RpcStub): a function, an RpcTarget, or another
 * object whose own properties can be read, called through this isolate like a received stub.
 */
function makeLocalStub(value) {
  const kind = typeof value === "function" ? "f" : value instanceof RpcTarget ? "t" : "o";
  return makeCapabilityStub(rpcSelf(), rpcExport(value, kind), kind);
}

function rpcIllegalConstructor() {
  throw new TypeError(RPC_MESSAGES.illegalConstructor);
}

/**
 * The calling state of one stub: `call(member, argsText | null)` returns a promise of the result
 * text (argsText null reads a property; member null calls the stub itself).
 */
class RpcStubState {
  constructor(call) { this.call = call; this.disposed = false; }
  invoke(member, args) {
    if (this.disposed) return Promise.reject(new Error(RPC_MESSAGES.disposed));
    let text;
    try { text = rpcEncodeArguments(args); } catch (error) { return Promise.reject(error); }
    return this.call(member, text).then((result) => rpcDecode(result, true));
  }
  read(member) {
    if (this.disposed) return Promise.reject(new Error(RPC_MESSAGES.disposed));
    return this.call(member, null).then((result) => rpcDecode(result, true));
  }
}

/**
 * Whether `prop` is an array index ("0", "1", ...): workerd's stubs and RPC promises answer only
 * named properties, so an index reads as undefined (`promise.list[0]` is not pipelined).
 */
function rpcIndex(prop) {
  if (typeof prop !== "string") return false;
  // most names start with a letter: one comparison, no regular expression on the call path
  const first = prop.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false;
  const n = Number(prop);
  return Number.isInteger(n) && n < 4294967295 && String(n) === prop;
}

/** Stands behind every callable proxy; an arrow function, so no own non-configurable members. */
const rpcProxyTarget = () => {};
/**
 * Stands behind the proxies of members, pipelined results and functions' stubs, which `new` calls
 * as workerd's do (recorded): a bound function, constructible and still without own
 * non-configurable members.
 */
const rpcMemberTarget = Object.defineProperty(function () {}.bind(null), "name", { value: "rpcProxyTarget" });

/**
 * The prototype traps of an RPC proxy: its prototype is `initial()` (workerd's RpcStub, RpcPromise
 * or RpcProperty prototype, so it is no Function) until a script sets another (recorded).
 */
function rpcPrototypeTraps(initial) {
  let proto;
  let set = false;
  return {
    getPrototypeOf() { return set ? proto : initial(); },
    setPrototypeOf(_, value) { proto = value; set = true; return true; },
  };
}
const rpcPromisePrototype = () => RpcPromise.prototype;

/**
 * The preventExtensions trap of an RPC object, which workerd's cannot be made non-extensible
 * (recorded): Reflect.preventExtensions answers false, Object.freeze, Object.seal and
 * Object.preventExtensions throw V8's TypeError. Which one called is read from the stack (only on
 * this rare path): its native frame is `Function.freeze` (a method of Object),
 * `Reflect.preventExtensions`, or unqualified when detached (then taken as Object's).
 */
function rpcRefuseIntegrity() {
  const caller = /\bat (?:(\w+)\.)?(freeze|seal|preventExtensions) \(native\)/.exec(String(new Error().stack));
  if (caller !== null && caller[1] === "Reflect" && caller[2] === "preventExtensions") return false;
  throw new TypeError(caller === null || caller[2] === "preventExtensions" ? "Cannot prevent extensions" : `Cannot ${caller[2]}`);
}

/**
 * The own-property traps of an RPC proxy over a shared function target (`own`, not a trap, reads
 * a kept property's value): as workerd's stubs, promises and properties are objects of their own,
 * what a script assigns or defines is kept per proxy and read back before any remote member, the
 * target's own length and name are not shown, and none can be made non-extensible (recorded).
 * A defined property reads as configurable: a proxy cannot report a non-configurable one its
 * shared target lacks.
 */
function rpcOwnTraps() {
  let kept = null;
  const keep = (prop, descriptor) => (kept ??= new Map()).set(prop, descriptor);
  return {
    own(prop, receiver) {
      const d = kept?.get(prop);
      return d === undefined ? rpcNotKept : "get" in d || "set" in d ? d.get?.call(receiver) : d.value;
    },
    has(prop) { return kept !== null && kept.has(prop); },
    traps: {
      set(_, prop, value, receiver) {
        const d = kept?.get(prop);
        if (d === undefined) { keep(prop, { value, writable: true, enumerable: true, configurable: true }); return true; }
        if ("get" in d || "set" in d) { if (d.set === undefined) return false; d.set.call(receiver, value); return true; }
        if (!d.writable) return false;
        d.value = value;
        return true;
      },
      defineProperty(_, prop, descriptor) {
        const d = kept?.get(prop);
        const accessor = "get" in descriptor || "set" in descriptor;
        const base = d !== undefined ? d : accessor ? { get: undefined, set: undefined, enumerable: false, configurable: false } : { value: undefined, writable: false, enumerable: false, configurable: false };
        const merged = { ...base, ...descriptor };
        if (accessor) { delete merged.value; delete merged.writable; } else if ("value" in descriptor || "writable" in descriptor) { delete merged.get; delete merged.set; }
        keep(prop, merged);
        return true;
      },
      deleteProperty(_, prop) { kept?.delete(prop); return true; },
      ownKeys(t) {
        const fixed = Reflect.ownKeys(t).filter((k) => !Reflect.getOwnPropertyDescriptor(t, k).configurable);
        return kept === null ? fixed : [...new Set([...fixed, ...kept.keys()])];
      },
      getOwnPropertyDescriptor(t, prop) {
        const d = kept?.get(prop);
        if (d !== undefined) return { ...d, configurable: true };
        const own = Reflect.getOwnPropertyDescriptor(t, prop);
        return own !== undefined && !own.configurable ? own : undefined;
      },
      preventExtensions: rpcRefuseIntegrity,
    },
  };
}
/** What rpcOwnTraps' `own` answers for a name no script kept. */
const rpcNotKept = Symbol("not kept");
const rpcPropertyPrototype = () => RpcProperty.prototype;
const rpcStubPrototype = () => RpcStub.prototype;

/** The thenable face of `source()` (a promise thunk, evaluated at most once). */
function rpcThenable(source, prop) {
  let promise = null;
  const get = () => (promise ??= source());
  if (prop === "then") return (onFulfilled, onRejected) => get().then(onFulfilled, onRejected);
  if (prop === "catch") return (onRejected) => get().catch(onRejected);
  if (prop === "finally") return (onFinally) => get().finally(onFinally);
  return undefined;
}

/**
 * Whether pipelining reaches member `name` of a value that came back by copy: as in workerd, only
 * the own properties of a plain object (an array's length, a Map's methods, a Date's, an
 * Error's message are not).
 */
function rpcValueHas(value, name) {
  return rpcPlainObject(value) && Object.prototype.hasOwnProperty.call(value, name);
}

function rpcPlainObject(value) {
  return value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * A property of a value not yet known: the awaited value, or what a call of it returns. `parent`
 * is the member of the pipelined path that gave `value` (undefined for a call's result): a value
 * pipelining cannot enter is named by it, as workerd's error does, a missing member by `name`.
 */
function rpcRead(value, name, parent = undefined) {
  if (rpcStubs.has(value) || value instanceof Fetcher) return value[name];
  if (!rpcValueHas(value, name)) throw rpcRemoteTypeError(RPC_MESSAGES.noMethod(rpcPlainObject(value) ? name : parent ?? name));
  return value[name];
}

function rpcCallOn(value, name, args, parent = undefined) {
  if (rpcStubs.has(value) || value instanceof Fetcher) return value[name](...args);
  if (!rpcValueHas(value, name)) throw rpcRemoteTypeError(RPC_MESSAGES.noMethod(rpcPlainObject(value) ? name : parent ?? name));
  const fn = value[name];
  if (typeof fn !== "function") throw rpcRemoteTypeError(RPC_MESSAGES.notAFunction(name));
  // Reflect.apply: `fn` may be a stub, whose own "apply" member would be a remote one
  return Reflect.apply(fn, value, args);
}

/** A TypeError of the side that holds a pipelined value: it reaches the caller as a remote one (recorded). */
function rpcRemoteTypeError(message) {
  return Object.assign(new TypeError(message), { remote: true });
}

/** The promise of an RPC result that also pipelines: its properties and methods can be used at once. */
function rpcPipelined(promise) {
  // once disposed, pipelining on the promise fails (awaiting it still gives its result)
  let disposed = false;
  const pipelineSource = () => (disposed ? Promise.reject(new Error(RPC_MESSAGES.promiseDisposed)) : promise);
  const callResult = (args) => rpcPipelined(promise.then((value) => {
    // refused by the side that holds the value: the error is a remote one (recorded)
    if (typeof value !== "function") throw rpcRemoteTypeError(RPC_MESSAGES.notAFunction(null));
    return value(...args);
  }));
  const own = rpcOwnTraps();
  return new Proxy(rpcMemberTarget, {
    ...rpcPrototypeTraps(rpcPromisePrototype),
    ...own.traps,
    // the prototype's members (then, catch, finally, constructor) and Symbol.dispose exist, and every name (recorded)
    has(_, prop) { return typeof prop === "string" ? !rpcIndex(prop) : prop === Symbol.dispose || own.has(prop); },
    get(_, prop, receiver) {
      const kept = own.own(prop, receiver);
      if (kept !== rpcNotKept) return kept;
      if (prop === "then" || prop === "catch" || prop === "finally") return rpcThenable(() => promise, prop);
      if (prop === Symbol.toStringTag) return "JsRpcPromise";
      if (prop === Symbol.dispose) return () => { disposed = true; promise.then((v) => v?.[Symbol.dispose]?.(), () => {}); };
      if (typeof prop === "symbol" || rpcIndex(prop)) return undefined;
      // the prototype's constructor, and Object.prototype's members (toString, hasOwnProperty, ...)
      if (prop === "constructor") return RpcPromise;
      if (prop in Object.prototype) return Object.prototype[prop];
      return rpcPipelinedMember(pipelineSource, prop);
    },
    apply(_, __, args) {
      return callResult(args);
    },
    construct(_, args) {
      return callResult(args);
    },
  });
}

/**
 * Member `name` of a value still to come (`source` is a promise thunk); `parent` is the member
 * that gives that value (undefined for a call's result).
 */
function rpcPipelinedMember(source, name, parent = undefined) {
  const read = () => source().then((value) => rpcRead(value, name, parent));
  const own = rpcOwnTraps();
  return new Proxy(rpcMemberTarget, {
    ...rpcPrototypeTraps(rpcPropertyPrototype),
    ...own.traps,
    has(_, prop) { return typeof prop === "string" ? !rpcIndex(prop) : own.has(prop); },
    get(_, prop, receiver) {
      const kept = own.own(prop, receiver);
      if (kept !== rpcNotKept) return kept;
      if (prop === "then" || prop === "catch" || prop === "finally") return rpcThenable(read, prop);
      if (prop === Symbol.toStringTag) return "JsRpcProperty";
      if (typeof prop === "symbol" || rpcIndex(prop)) return undefined;
      if (prop === "constructor") return RpcProperty;
      if (prop in Object.prototype) return Object.prototype[prop];
      return rpcPipelinedMember(read, prop, name);
    },
    apply(_, __, args) {
      return rpcPipelined(source().then((value) => rpcCallOn(value, name, args, parent)));
    },
    construct(_, args) {
      return rpcPipelined(source().then((value) => rpcCallOn(value, name, args, parent)));
    },
  });
}

/** Member `name` of a stub: call it for a method, await it for a property, or pipeline on it. */
function rpcStubMember(state, name) {
  const own = rpcOwnTraps();
  return new Proxy(rpcMemberTarget, {
    ...rpcPrototypeTraps(rpcPropertyPrototype),
    ...own.traps,
    has(_, prop) { return typeof prop === "string" ? !rpcIndex(prop) : own.has(prop); },
    get(_, prop, receiver) {
      const kept = own.own(prop, receiver);
      if (kept !== rpcNotKept) return kept;
      if (prop === "then" || prop === "catch" || prop === "finally") return rpcThenable(() => state.read(name), prop);
      if (prop === Symbol.toStringTag) return "JsRpcProperty";
      if (typeof prop === "symbol" || rpcIndex(prop)) return undefined;
      if (prop === "constructor") return RpcProperty;
      if (prop in Object.prototype) return Object.prototype[prop];
      return rpcPipelinedMember(() => state.read(name), prop, name);
    },
    apply(_, __, args) {
      return rpcPipelined(state.invoke(name, args));
    },
    construct(_, args) {
      return rpcPipelined(state.invoke(name, args));
    },
  });
}

/**
 * A stub: its members are remote, calling it calls the remote function (when `target` is
 * callable), Symbol.dispose (unless not `disposable`) releases it. `locals` holds the
 * properties the stub kind answers itself (a null-prototype object).
 */
function makeRpcStub(state, { target = rpcProxyTarget, locals = Object.create(null), onDispose = () => {}, disposable = true, prototype = null } = {}) {
  // unnamed, as workerd's (stub[Symbol.dispose].name is "", recorded)
  const dispose = [function () {
    if (state.disposed) return;
    state.disposed = true;
    onDispose();
  }][0];
  // properties a script assigns or defines: kept on the stub and read back, as on workerd's stubs;
  // a target of its own (a Durable Object stub's) keeps them itself
  const own = typeof target === "function" ? rpcOwnTraps() : null;
  return new Proxy(target, {
    ...(prototype === null ? {} : rpcPrototypeTraps(prototype)),
    ...(own === null ? { preventExtensions: rpcRefuseIntegrity } : own.traps),
    get(t, prop, receiver) {
      if (prop === Symbol.dispose && disposable) return dispose;
      if (Object.prototype.hasOwnProperty.call(locals, prop)) return locals[prop];
      if (own !== null) {
        const kept = own.own(prop, receiver);
        if (kept !== rpcNotKept) return kept;
      } else if (Object.prototype.hasOwnProperty.call(t, prop)) {
        return Reflect.get(t, prop, receiver);
      }
      if (typeof prop === "symbol") return Reflect.get(t, prop);
      if (rpcIndex(prop)) return undefined;
      if (prop === "then" || prop === "toJSON") return undefined;
      if (prop === "constructor") return rpcIllegalConstructor;
      if (prop in Object.prototype) return Object.prototype[prop];
      // a new member each time, as workerd's (stub.m !== stub.m)
      return rpcStubMember(state, prop);
    },
    // as workerd's stubs, every named member exists (it is looked up remotely when used)
    has(t, prop) { return (typeof prop === "string" && prop !== "then" && !rpcIndex(prop)) || (prop === Symbol.dispose && disposable) || Object.prototype.hasOwnProperty.call(locals, prop) || (own === null ? Reflect.has(t, prop) : own.has(prop)); },
    apply(_, __, args) { return rpcPipelined(state.invoke(null, args)); },
    // reached only with a constructible target (a function's stub): `new` calls it, as in workerd (recorded)
    construct(_, args) { return rpcPipelined(state.invoke(null, args)); },
  });
}

/** A stub of capability `id` exported by isolate `owner`. */
/**
 * A stub of capability `id` exported by isolate `owner`. Stubs made by dup() share one handle:
 * the owner's reference is released when the last of them is disposed. A handle's `event`, when
 * set, is the event (request or call) the stub was received in: code running for another event
 * cannot use it (workerd's I/O context rule); code outside any event is not checked.
 */
function makeCapabilityStub(owner, id, kind, handle = { holders: 1, moved: false, event: undefined }) {
  const capability = host.rpc().capability(owner, id);
  const state = new RpcStubState((member, text) => {
    if (handle.event !== undefined) {
      const now = eventNow();
      if (now !== undefined && now !== handle.event) return Promise.reject(new Error(RPC_MESSAGES.otherRequest));
    }
    return remotePromise((resolve, reject) => capability.call(member, text, resolve, reject));
  });
  const locals = Object.create(null);
  locals[Symbol.toStringTag] = "JsRpcStub";
  locals.constructor = RpcStub;
  locals.dup = function dup() {
    if (state.disposed) {
      // as in workerd, a copy of a disposed stub is made, disposed too
      const copy = makeCapabilityStub(owner, id, kind, { holders: 1, moved: true });
      copy[Symbol.dispose]();
      return copy;
    }
    handle.holders++;
    return makeCapabilityStub(owner, id, kind, handle);
  };
  const stub = makeRpcStub(state, {
    target: kind === "f" ? rpcMemberTarget : rpcProxyTarget,
    locals,
    prototype: rpcStubPrototype,
    onDispose() {
      if (--handle.holders === 0 && !handle.moved) host.rpc().release(owner, id);
    },
  });
  rpcStubs.set(stub, { node: ["c", owner, id, kind], state, handle });
  return stub;
}

/** A ReadableStream whose chunks are read, one per pull, from the owner's stream. */
function rpcImportedStream(owner, id) {
  const capability = host.rpc().capability(owner, id);
  const call = (member) => remotePromise((resolve, reject) => capability.call(member, null, resolve, reject))
    .then((text) => rpcDecode(text));
  let done = false;
  let received = false;
  // a byte stream, as workerd's (BYOB reads work); a failure of the sender's stream reaches the
  // reader as workerd's lost connection, whatever the sender's error was, or, once bytes have
  // arrived, as a stream cut short (recorded)
  return new ReadableStream({
    type: "bytes",
    async pull(controller) {
      let chunk;
      try {
        chunk = await call("read");
      } catch {
        done = true;
        controller.error(new Error(received ? RPC_MESSAGES.streamCutShort : RPC_MESSAGES.streamLost));
        host.rpc().release(owner, id);
        return;
      }
      if (chunk.done) {
        done = true;
        controller.close();
        // a BYOB read waiting on the stream ends with done
        controller.byobRequest?.respond(0);
        host.rpc().release(owner, id);
      } else {
        const bytes = chunk.value instanceof Uint8Array ? chunk.value : new Uint8Array(chunk.value);
        if (bytes.byteLength > 0) received = true;
        controller.enqueue(bytes);
      }
    },
    async cancel() {
      if (done) return;
      done = true;
      await call("cancel").catch(() => {});
      host.rpc().release(owner, id);
    },
  });
}

/** A WritableStream whose writes, close and abort go to the owner's stream. */
function rpcImportedWritable(owner, id) {
  const capability = host.rpc().capability(owner, id);
  const call = (member, args) => {
    let text;
    try { text = rpcEncode(args); } catch (error) { return Promise.reject(error); }
    return remotePromise((resolve, reject) => capability.call(member, text, resolve, reject));
  };
  const end = (member, args) => call(member, args).finally(() => host.rpc().release(owner, id));
  return new WritableStream({
    write: (chunk) => call("write", [chunk]).then(() => {}),
    close: () => end("close", []).then(() => {}),
    abort: (reason) => end("abort", [reason instanceof Error ? reason.message : reason]).then(() => {}),
  });
}

// ---- the receiving side ---------------------------------------------------------------------

/**
 * Entrypoint and Durable Object members that RPC may not call, as workerd reserves them: fetch
 * and connect, the Durable Object handlers, and dup. Other event handlers (scheduled, queue, ...)
 * are ordinary methods to RPC, and an RpcTarget reserves none of them (recorded).
 */
const RPC_RESERVED = new Set(["fetch", "connect", "alarm", "webSocketMessage", "webSocketClose", "webSocketError", "dup"]);

/**
 * The descriptor of an RPC member of `instance`: methods and getters of its class chain (not
 * Object's); instance fields only for plain-object handlers (`Base` undefined). The built-in
 * base (`DurableObject`, `WorkerEntrypoint`, `RpcTarget`) has no members of its own, but what a
 * program assigns on its prototype is callable, as in workerd (recorded; test harnesses do it).
 * As in workerd, an own property of a class instance hides the member of the same name: a
 * method the constructor overrides (`this.m = () => ...`) is not callable over RPC.
 */
function rpcDescriptor(instance, method, Base) {
  if (method === "constructor") return undefined;
  if (Object.prototype.hasOwnProperty.call(instance, method)) {
    return Base === undefined ? Object.getOwnPropertyDescriptor(instance, method) : undefined;
  }
  let proto = Object.getPrototypeOf(instance);
  while (proto && proto !== Object.prototype) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, method);
    if (descriptor) return descriptor;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

/**
 * Runs an RPC call on `target`; resolves to `{ value: text }`, the result as clone text. A null
 * argument text reads a property instead. A plain-object handler (`handlerExtras` = [env, ctx])
 * takes exactly one argument, followed by env and ctx.
 */
function runRpc(target, Base, method, argsText, handlerExtras = undefined) {
  // the name crosses as UTF-8 text: a lone surrogate arrives as U+FFFD (recorded)
  if (typeof method === "string") method = method.toWellFormed();
  if (Base !== RpcTarget && RPC_RESERVED.has(method)) throw new TypeError(RPC_MESSAGES.reserved(method));
  if (argsText === null) {
    const descriptor = rpcDescriptor(target, method, Base);
    // any getter or data property of the class chain reads (a prototype's `x = 42` too, recorded)
    if (!descriptor || typeof descriptor.get !== "function" && !("value" in descriptor)) {
      throw new TypeError(RPC_MESSAGES.noMethod(method));
    }
    // a method read as a property arrives as a stub of it, still called on this receiver
    if (typeof descriptor.value === "function" && Base !== undefined) {
      const fn = target[method];
      return Promise.resolve({ value: rpcEncode(typeof fn === "function" ? fn.bind(target) : fn) });
    }
    // Read through the instance, not the descriptor: a Proxy returned by a constructor sees the read.
    const value = target[method];
    return Promise.resolve(value).then((v) => ({ value: rpcEncode(v) }));
  }
  const descriptor = rpcDescriptor(target, method, Base);
  // a getter (or a plain object's value) is a member too: calling it calls what it gives
  if (!descriptor || !(typeof descriptor.get === "function" || "value" in descriptor)) throw new TypeError(RPC_MESSAGES.noMethod(method));
  // The member is looked up again through the instance (workerd does), so a Proxy's get trap applies.
  const fn = target[method];
  if (typeof fn !== "function") throw new TypeError(RPC_MESSAGES.notAFunction(method));
  return rpcApply(argsText, (args) => {
    if (handlerExtras) {
      if (args.length !== 1) throw new TypeError(RPC_MESSAGES.handlerArity(method));
      args = [args[0], ...handlerExtras];
    }
    return Reflect.apply(fn, target, args);
  });
}

/**
 * Calls `body(args)` with the decoded arguments; resolves to `{ value: text }`. As in workerd,
 * the stubs received as arguments are disposed when the call has settled: a callee that keeps
 * a callback finds it disposed when it calls it later.
 */
function rpcApply(argsText, body) {
  const received = [];
  const settle = () => { for (const stub of received) stub[Symbol.dispose](); };
  let pending;
  try {
    pending = Promise.resolve(body(rpcDecode(argsText, false, received))).then((value) => ({ value: rpcEncode(value) }));
  } catch (error) {
    pending = Promise.reject(error);
  }
  return pending.finally(settle);
}

/**
 * What an error thrown by an RPC callee becomes for the caller, as workerd tunnels it: V8's
 * side-effect-free description of the value ("TypeError: message", "#<Object>", a function's
 * source), rebuilt as an error of the standard type it starts with, else as an Error whose
 * message is the whole description. DOMExceptions keep their class, name and message.
 * Anything else (cause, own properties, the value itself) crosses as `details` (thrownDetails),
 * which only a caller with enhanced_error_serialization reads. `inBody`: the error a response
 * body's stream failed with.
 */
function rpcThrown(error, inBody = false) {
  const described = describeError(error);
  if (error instanceof DOMException) return described;
  // the headline crosses as UTF-8 text: a lone surrogate arrives as U+FFFD (recorded)
  const headline = errorHeadline(error).toWellFormed();
  const colon = headline.indexOf(": ");
  const details = thrownDetails(error, inBody);
  return colon < 0
    ? { ...described, name: headline, message: "", details }
    : { ...described, name: headline.slice(0, colon), message: headline.slice(colon + 2), details };
}

/**
 * The error a response body's stream failed with, as a caller in another worker reads it from
 * the body (stub.fetch(), a service binding): described as a thrown error is, but an older
 * thrower's error carries nothing more unless the stream had already failed when the response
 * was handed over (`early`; recorded).
 */
function rpcBodyThrown(error, early) {
  return rpcThrown(error, !early);
}

/** Settles an RPC entry for Java: done({ok: true, value}) or done({ok: false, name, message, stack}). */
function settleRpc(done, pending) {
  Promise.resolve(pending).then(
    (outcome) => done({ ok: true, ...outcome }),
    (error) => done({ ok: false, ...rpcThrown(error) }),
  ).catch((error) => done({ ok: false, ...describeError(error) }));
}

/** A call on capability `id` of this isolate (member null calls an exported function). */
function runCapability(id, member, argsText) {
  const entry = rpcExported.get(id);
  if (!entry) throw new Error(RPC_MESSAGES.disposed);
  switch (entry.kind) {
    case "f":
      // a function's own properties (its name, length, prototype, what a script set on it) are
      // members, not those of Function.prototype (recorded)
      if (member !== null) {
        if (!Object.prototype.hasOwnProperty.call(entry.value, member)) throw new TypeError(RPC_MESSAGES.noMethod(member));
        return runRpc(entry.value, undefined, member, argsText);
      }
      // workerd calls a function sent over RPC with itself as `this` (recorded)
      return rpcApply(argsText, (args) => Reflect.apply(entry.value, entry.value, args));
    case "t":
      if (member === null) throw new TypeError(RPC_MESSAGES.notAFunction(null));
      return runRpc(entry.value, RpcTarget, member, argsText);
    case "o":
      if (member === null) throw new TypeError(RPC_MESSAGES.notAFunction(null));
      return runRpc(entry.value, undefined, member, argsText);
    case "w":
      return rpcApply(argsText, (args) => {
        if (member === "write") return entry.value.write(args[0]);
        if (member === "close") return entry.value.close();
        // workerd does not carry the reason: the owner's stream fails as disconnected (recorded)
        return entry.value.abort(new Error(RPC_MESSAGES.writableDisconnected));
      });
    case "s":
      if (member === "cancel") return entry.value.cancel().then(() => ({ value: rpcEncode(undefined) }));
      return rpcStreamChunk(entry.value).then((chunk) => ({ value: rpcEncode(chunk) }));
    default:
      throw new Error(`miniflare4j: unknown capability kind ${entry.kind}`);
  }
}

/**
 * The next chunk of an exported stream as workerd pumps it to the receiver: bytes (an
 * ArrayBuffer or any view, copied as its bytes), empty chunks skipped; any other chunk fails.
 */
async function rpcStreamChunk(reader) {
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { done: true, value: undefined };
    let bytes;
    if (value instanceof ArrayBuffer) bytes = new Uint8Array(value.slice(0));
    else if (ArrayBuffer.isView(value)) bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice();
    else {
      reader.cancel().catch(() => {});
      throw new TypeError(RPC_MESSAGES.notBytes);
    }
    if (bytes.byteLength > 0) return { done: false, value: bytes };
  }
}

internals.capabilityCall = function (id, member, argsText, done) {
  let pending;
  try { pending = runCapability(id, member ?? null, argsText ?? null); } catch (error) { pending = Promise.reject(error); }
  settleRpc(done, pending);
};

internals.capabilityRetain = function (id, done) {
  const entry = rpcExported.get(id);
  if (entry) entry.refs++;
  done({ ok: true });
};

internals.capabilityRelease = function (id, done) {
  rpcReleaseExport(id);
  done({ ok: true });
};

// ---- ctx.exports ------------------------------------------------------------------------

let loopbackExports = null;

/** ctx.exports is on from compatibility date 2025-11-17, or with enable_ctx_exports; disable_ctx_exports turns it off. */
function ctxExportsEnabled() {
  if (compat.flags.has("disable_ctx_exports")) return false;
  return compat.flags.has("enable_ctx_exports") || compat.date >= "2025-11-17";
}

/**
 * ctx.exports, as workerd fills it (recorded): for each Durable Object class bound in this worker,
 * its namespace; for the default export, handler objects and WorkerEntrypoint classes, a loopback
 * binding like a service binding to this worker, callable with `{ props }` for one whose ctx.props
 * are those; for any other class or function, a LoopbackDurableObjectClass. Workflow classes are
 * left out.
 */
function ctxExports() {
  if (loopbackExports !== null) return loopbackExports;
  const out = {};
  // a bound class's namespace exists only once durable.js (lazy) made it
  const ownDurableNamespaces = lazyModuleIfLoaded("durable.js")?.ownDurableNamespaces;
  for (const [name, value] of Object.entries(moduleExports ?? {})) {
    if (ownDurableNamespaces?.has(name)) out[name] = lazyModule("durable.js").loopbackDurableNamespace(name, ownDurableNamespaces.get(name));
    else if (name === "default" || typeof value !== "function" || value.prototype instanceof WorkerEntrypoint) out[name] = makeLoopback(name === "default" ? null : name);
    else if (!(value.prototype instanceof WorkflowEntrypoint)) out[name] = lazyModule("durable.js").loopbackDurableClass(name);
  }
  loopbackExports = out;
  return out;
}

/**
 * A loopback binding's scheduled() and queue() (service_binding_extra_handlers): the event runs
 * in this worker as a service binding's would, its report taken once its waitUntil work settled
 * (a rejected promise there fails the event).
 */
function loopbackExtraHandlers(entrypoint) {
  const run = (start) => new Promise((resolve, reject) => start((result) => {
    if (result.ok) resolve(JSON.parse(result.value));
    else reject(reviveError(result.name, result.message, result.stack));
  }));
  return extraHandlersRunning(
    async (cron, time) => {
      const work = new LocalWork();
      const report = await run((done) => internals.dispatchScheduledAt(entrypoint, cron, time, work, done));
      const failures = await work.idle();
      if (failures.length > 0 && report.error === undefined) report.error = { message: failures[0] };
      return report;
    },
    async (payload) => {
      const work = new LocalWork();
      const first = await run((done) => internals.dispatchQueueAt(entrypoint, payload, work, done));
      const failures = await work.idle();
      // decisions made in waitUntil work count too
      const again = await new Promise((resolve) => internals.queueReport(first.token, (r) => resolve(r.value)));
      const report = again === null ? first : JSON.parse(again);
      if (failures.length > 0) report.outcome = "exception";
      return report;
    });
}

/** A loopback binding: fetch() and RPC reach `entrypoint` of this worker in a new context. */
/** What a loopback call's caller receives for the error the call threw: a remote one, as through a service binding (recorded). */
function loopbackFailure(error) {
  const thrown = rpcThrown(error);
  throw remoteError(thrown.name, thrown.message, thrown.stack, thrown.flags, thrown.details);
}

let loopbackServiceStubClass = null;
/** workerd's LoopbackServiceStub: a Fetcher that is callable, its class made on first use. */
function loopbackServiceStubPrototype() {
  if (loopbackServiceStubClass === null) {
    loopbackServiceStubClass = { LoopbackServiceStub: function () { rpcIllegalConstructor(); } }.LoopbackServiceStub;
    loopbackServiceStubClass.prototype = Object.create(Fetcher.prototype, { constructor: { value: loopbackServiceStubClass, writable: true, configurable: true } });
    registerHostClass(loopbackServiceStubClass);
  }
  return loopbackServiceStubClass.prototype;
}

/**
 * ctx.exports' entry for entrypoint `entrypoint` (null: the default export) with `props`: a
 * callable LoopbackServiceStub (called with { props }, it gives a plain Fetcher, as in workerd),
 * or, when not `callable`, that Fetcher (recorded).
 */
function makeLoopback(entrypoint, propsTree = null, callable = true) {
  // each event gets its own copy of the props, as they were when the loopback was made (recorded)
  const freshProps = () => (propsTree === null ? {} : cloneBuild(propsTree));
  const fetch = async function fetch(input, init = undefined) {
    const request = new Request(input, init);
    await Promise.resolve();
    const ctx = new ExecutionContext(newEvent(null), freshProps());
    try {
      return await invokeModuleFetch(request, ctx, entrypointHandler(entrypoint));
    } catch (error) {
      return loopbackFailure(error);
    }
  };
  const state = new RpcStubState((method, text) => Promise.resolve().then(() => {
    try {
      return callEntrypoint(entrypoint, method, text, freshProps());
    } catch (error) {
      return Promise.reject(error);
    }
  }).then((outcome) => outcome.value, loopbackFailure));
  const withProps = (options) => {
    // as workerd's LoopbackServiceStub call: one options object whose props, when given, is an object
    if (options === undefined || options === null || (typeof options !== "object" && typeof options !== "function")) {
      throw new TypeError(RPC_MESSAGES.loopbackOptions("LoopbackServiceStub"));
    }
    const props = options.props;
    if (props === undefined) return makeLoopback(entrypoint, null, false);
    if (props === null || (typeof props !== "object" && typeof props !== "function")) throw new TypeError(RPC_MESSAGES.loopbackProps);
    // serialized at once, plain objects only, without RPC (a function or RpcTarget is refused) (recorded)
    return makeLoopback(entrypoint, cloneWalk(props, null, false, null, true), false);
  };
  // fetch is Fetcher's (as in workerd), running `fetch` for this loopback
  const locals = Object.assign(Object.create(null), { fetch: Fetcher.prototype.fetch, connect: undefined });
  if (compat.flags.has("service_binding_extra_handlers")) Object.assign(locals, loopbackExtraHandlers(entrypoint));
  // as a service binding, a loopback has no Symbol.dispose (dup is a remote, reserved method)
  const stub = makeRpcStub(state, { locals, disposable: false });
  const loopback = callable
    ? new Proxy((options) => withProps(options), {
      ...rpcPrototypeTraps(loopbackServiceStubPrototype),
      get(_, prop) { return prop === Symbol.toStringTag ? "LoopbackServiceStub" : stub[prop]; },
      apply(_, __, args) { return withProps(args[0]); },
    })
    : new Proxy(Object.create(Fetcher.prototype), {
      get(_, prop) { return prop === Symbol.toStringTag ? Reflect.get(Fetcher.prototype, prop) : stub[prop]; },
    });
  fetchOverrides.set(loopback, fetch);
  return loopback;
}

/**
 * Java's call of one export of one of the worker's modules (ModuleExports): the module is
 * imported by its absolute path, so it is the instance the worker's own imports share, module
 * state included. `argsText` null reads the export instead of calling it. The top-level
 * arguments at the indexes `envAt` and `ctxAt` (JSON arrays) become the worker's env and a new
 * ExecutionContext, whose waitUntil work the instance tracks as a request's.
 */
internals.moduleCall = function (path, exportName, argsText, envAt, ctxAt, done) {
  const pending = import(path).then((namespace) => {
    const view = moduleView(namespace);
    if (!Object.prototype.hasOwnProperty.call(view.exports, exportName)) {
      const names = Object.keys(view.exports);
      throw new TypeError(`The module "${path}" has no export named "${exportName}"; its exports are ${names.length === 0 ? "none" : names.join(", ")}.`);
    }
    const value = view.exports[exportName];
    if (argsText === null) return { value: rpcEncode(value) };
    if (typeof value !== "function") {
      throw new TypeError(`The export "${exportName}" of the module "${path}" is not a function but ${value === null ? "null" : typeof value}; read it with get("${exportName}").`);
    }
    return rpcApply(argsText, (args) => {
      for (const i of JSON.parse(envAt)) args[i] = workerEnv;
      for (const i of JSON.parse(ctxAt)) args[i] = new ExecutionContext(newEvent(null));
      return exportName === "default" ? value(...args) : Reflect.apply(value, view.receiver, args);
    });
  });
  settleRpc(done, pending);
};

/**
 * Runs a test's function with one of the worker's modules (ModuleExports.run): `compile()` gives
 * the function (compiled by the host, out of reach of the worker's refusal of eval), called as
 * fn(module, env, ctx, ...args): what a namespace import of the module sees (moduleView), the
 * worker's env and a new ExecutionContext tracked as moduleCall's; its result goes back as
 * moduleCall's.
 */
internals.moduleRun = function (compile, path, argsText, done) {
  const pending = import(path).then((namespace) => {
    const fn = compile();
    if (typeof fn !== "function") throw new TypeError("run() needs a JavaScript function, such as (module, env, ctx) => ..., got " + typeof fn);
    return rpcApply(argsText, (args) => fn(moduleView(namespace).exports, workerEnv, new ExecutionContext(newEvent(null)), ...args));
  });
  settleRpc(done, pending);
};

/**
 * What a test's namespace import of a module sees: an ES module's exports, or for CommonJS
 * (wrapped, with its hidden loader export) esbuild's __toESM view, every property of
 * module.exports plus default; functions of module.exports are called on it, as `lib.fn()` is.
 */
function moduleView(namespace) {
  const load = namespace.__m4jCjsModule;
  if (load === undefined) return { exports: namespace, receiver: undefined };
  const moduleExports = (typeof load === "function" ? load() : load).exports;
  const view = Object.create(null);
  if (moduleExports !== null && (typeof moduleExports === "object" || typeof moduleExports === "function")) {
    for (const key of Object.keys(moduleExports)) view[key] = moduleExports[key];
  }
  for (const key of Object.keys(namespace)) {
    if (key !== "__m4jCjsModule") view[key] = namespace[key];
  }
  return { exports: view, receiver: moduleExports };
}

/** The export names of one of the worker's modules, as a JSON array (see moduleCall). */
internals.moduleExportNames = function (path, done) {
  settleRpc(done, import(path).then((namespace) => ({ value: JSON.stringify(Object.keys(moduleView(namespace).exports)) })));
};

internals.rpcEncode = rpcEncode;
internals.rpcDecode = rpcDecode;
