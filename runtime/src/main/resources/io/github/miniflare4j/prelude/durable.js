// Durable Objects: the namespace binding, ids and stubs (caller side), and the objects
// themselves (owner side): DurableObjectState, DurableObjectStorage with transactions, SQL
// cursors and alarms, the per-object input gate (blockConcurrencyWhile) and the entry points
// Java calls to deliver fetch, RPC and alarm events. Storage calls complete synchronously in
// Java, so no other event of the object runs while one is in flight (workerd's input gate).
// Lazy: loaded on the first call of an entry point below (a namespace binding, an object's event)
// or of an export; a worker without Durable Objects never parses it.

// @imports remotePromise, eventNow, refuseInGlobalScope, bytesFromHost, describeError, objectBreakErrors, illegalInvocation, reviveError, utf8Encoder, wtf8String, registerHostClass, asyncContext, compatFlag, onConfigure from core.js
// @imports cloneDeserialize, cloneSerialize from clone.js
// @imports URL from url.js
// @imports Request, requestFromHost from request.js
// @imports Response, responseToData, responseEncodesManually, decodedForClient, hasLiveStream, streamToHost from response.js
// @imports Fetcher, fetchOverrides, fetchThroughBinding from service.js
// @imports WebSocket, hibernateWebSocket, hibernatedTags, isHibernated, WebSocketRequestResponsePair, autoResponseTimestamp, autoResponsePairTexts, wsState, webSocketAbort from websocket.js
// @imports trackWaitUntil, currentModuleExports, currentWorkerEnv, isThenable, DurableObject from worker.js
// @imports RPC_MESSAGES, RpcStubState, makeRpcStub, ctxExportsEnabled, ctxExports, runRpc, rpcApply, settleRpc, rpcThrown, rpcBodyThrown from rpc.js
// @exports gateTurn, DurableObjectStubBase, ownDurableNamespaces, loopbackDurableClass, loopbackDurableNamespace, isDurableObjectClass, wakeHibernated, DurableObjectState
// @internals makeDurableObjectClass, durableFetch, durableFetchStreaming, durableCall, durableRun, durableAlarm, durableEvict, bindingFactories.durableObjectNamespace

const DO_MESSAGES = {
  notAnId: "Failed to execute 'get' on 'DurableObjectNamespace': parameter 1 is not of type 'DurableObjectId'.",
  jurisdiction: "Jurisdiction restrictions are not implemented in workerd.",
  putUndefined: "put() called with undefined value.",
  putKey: "Failed to execute 'put' on 'DurableObjectStorage': parameter 1 is not of type 'string or object'.",
  deleteArg: "Failed to execute 'delete' on 'DurableObjectStorage': parameter 1 is not of type 'string or Array'.",
  alarmNotPositive: "setAlarm() cannot be called with an alarm time <= 0",
  aborted: "Application called abort() to reset Durable Object.",
  txDeleteAll: "Cannot call deleteAll() within a transaction",
  txCommitted: (op) => `Cannot call ${op}() on transaction that has already committed: did you move \`txn\` outside of the closure?`,
  transactionArg: "Failed to execute 'transaction' on 'DurableObjectStorage': parameter 1 is not of type 'function'.",
  noPitr: "This Durable Object's storage back-end does not implement point-in-time recovery.",
  alarmInvalidDate: "The value cannot be converted because it is not a valid Date.",
  getArg: "Failed to execute 'get' on 'DurableObjectStorage': parameter 1 is not of type 'string or Array'.",
  listLimit: "List limit must be positive.",
  syncKvArg: (method, index, type) => `Failed to execute '${method}' on 'SyncKvStorage': parameter ${index} is not of type '${type}'.`,
  listStartBoth: "list() cannot be called with both start and startAfter values.",
  syncKvNeedsSql: "The storage.kv (synchronous KV) API is only available for SQLite-backed Durable Objects, but this object's namespace is not declared to use SQLite. You can use the older, asyncronous interface via methods of `storage` itself (e.g. `storage.get()`). Alternatively, to enable SQLite, change `new_classes` to `new_sqlite_classes` within the 'migrations' field in your wrangler.jsonc or wrangler.toml file. If using workerd directly, set `enableSql = true` in your workerd config for the class. Note that this change cannot be made after the class is already deployed to production.",
  alarmHandler: "Your Durable Object class must have an alarm() handler in order to call setAlarm()",
  alarmDate: "Failed to execute 'setAlarm' on 'DurableObjectStorage': parameter 1 is not of type 'date'.",
  noFetch: "Handler does not export a fetch() function.",
  notRpc: "The receiving Durable Object does not support RPC, because its class was not declared with `extends DurableObject`. In order to enable RPC, make sure your class extends the special class `DurableObject`, which can be imported from the module \"cloudflare:workers\".",
  /** A stub made while serving one request (or call) used while serving another (recorded). */
  otherRequest: "Cannot perform I/O on behalf of a different request. I/O objects (such as streams, request/response bodies, and others) created in the context of one request handler cannot be accessed from a different request's handler. This is a limitation of Cloudflare Workers which allows us to improve overall performance. (I/O type: OutgoingFactory)",
  oneNone: "Expected exactly one result from SQL query, but got no results.",
  oneMany: "Expected exactly one result from SQL query, but got multiple results.",
  /** A cursor with rows left, used after deleteAll() (recorded). */
  sqlCanceled: "SQLite query was canceled because the database was deleted.",
  listOptions: "Failed to execute 'list' on 'DurableObjectStorage': parameter 1 is not of type 'ListOptions'.",
  equalsArg: "Failed to execute 'equals' on 'DurableObjectId': parameter 1 is not of type 'DurableObjectId'.",
  idFromStringArg: "Failed to execute 'idFromString' on 'DurableObjectNamespace': parameter 1 is not of type 'string'.",
  getByNameArg: "Failed to execute 'getByName' on 'DurableObjectNamespace': parameter 1 is not of type 'string'.",
  newUniqueIdArg: "Failed to execute 'newUniqueId' on 'DurableObjectNamespace': parameter 1 is not of type 'NewUniqueIdOptions'.",
  bcwArg: "Failed to execute 'blockConcurrencyWhile' on 'DurableObjectState': parameter 1 is not of type 'function'.",
  transactionSyncArg: "Failed to execute 'transactionSync' on 'DurableObjectStorage': parameter 1 is not of type 'function'.",
  execArg: "Failed to execute 'exec' on 'SqlStorage': parameter 1 is not of type 'JsString'.",
  putEntries: "put() may only be called with a single key-value pair and optional options as put(key, value, options) or with multiple key-value pairs and optional options as put(entries, options)",
  alarmTooLate: "This API doesn't support dates after 2189.",
  /** workerd's wording for an options argument that is neither an object nor null/undefined. */
  options: (method, index, type) => `Failed to execute '${method}' on 'DurableObjectStorage': parameter ${index} is not of type '${type}'.`,
  idFromNameArg: "Failed to execute 'idFromName' on 'DurableObjectNamespace': parameter 1 is not of type 'string'.",
  getOptions: (method) => `Failed to execute '${method}' on 'DurableObjectNamespace': parameter 2 is not of type 'GetDurableObjectOptions'.`,
};

// ---- caller side: ids, namespace, stubs --------------------------------------------------

/** Lets the prelude construct the Durable Object API's classes; user code cannot (workerd's Illegal constructor). */
const kDurable = Symbol("durable");

class DurableObjectId {
  #hex;
  constructor(key, hex, name) {
    if (key !== kDurable) throw new TypeError("Illegal constructor");
    this.#hex = hex;
    // as in workerd, jurisdiction and name are read-only own data properties (JSON shows the name)
    Object.defineProperties(this, {
      jurisdiction: { value: undefined, writable: false, enumerable: true, configurable: true },
      name: { value: name, writable: false, enumerable: true, configurable: true },
    });
  }
  toString() { return this.#hex; }
  equals(other) {
    if (!(other instanceof DurableObjectId)) throw new TypeError(DO_MESSAGES.equalsArg);
    return other.#hex === this.#hex;
  }
}
registerHostClass(DurableObjectId);
Object.defineProperty(DurableObjectId.prototype, Symbol.toStringTag, { value: "DurableObjectId" });

class DurableObjectNamespace {
  #host;
  constructor(key, hostObject) {
    if (key !== kDurable) throw new TypeError("Illegal constructor");
    this.#host = hostObject;
  }
  /** The host behind `self`; a method called on anything else (detached) is an Illegal invocation, as in workerd. */
  static #hostOf(self) {
    if (self !== null && typeof self === "object" && #host in self) return self.#host;
    // ctx.exports' callable view of a namespace (LoopbackDurableObjectNamespace)
    const loopback = loopbackNamespaceHosts.get(self);
    if (loopback !== undefined) return loopback;
    throw illegalInvocation();
  }
  /** The host of `namespace`, for its ctx.exports view. */
  static hostOf(namespace) { return DurableObjectNamespace.#hostOf(namespace); }
  newUniqueId(options = undefined) {
    const hostObject = DurableObjectNamespace.#hostOf(this);
    if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
      throw new TypeError(DO_MESSAGES.newUniqueIdArg);
    }
    if (options?.jurisdiction !== undefined) throw new Error(DO_MESSAGES.jurisdiction);
    return new DurableObjectId(kDurable, hostObject.newUniqueId(), undefined);
  }
  idFromName(name) {
    const hostObject = DurableObjectNamespace.#hostOf(this);
    // only a missing name is refused: an explicit undefined is the name "undefined" (recorded)
    if (arguments.length === 0) throw new TypeError(DO_MESSAGES.idFromNameArg);
    name = `${name}`;
    return new DurableObjectId(kDurable, hostObject.idFromName(name), wtf8String(name));
  }
  idFromString(text) {
    const hostObject = DurableObjectNamespace.#hostOf(this);
    if (arguments.length === 0) throw new TypeError(DO_MESSAGES.idFromStringArg);
    text = `${text}`;
    const problem = hostObject.check(text);
    if (problem != null) throw new TypeError(problem);
    return new DurableObjectId(kDurable, text.toLowerCase(), undefined);
  }
  get(id, options = undefined) {
    const hostObject = DurableObjectNamespace.#hostOf(this);
    if (!(id instanceof DurableObjectId)) throw new TypeError(DO_MESSAGES.notAnId);
    checkGetOptions(options, "get");
    // a stub is an I/O object: none at global scope (recorded), ids are fine there
    refuseInGlobalScope();
    return makeDurableStub(hostObject, id);
  }
  getByName(name, options = undefined) {
    DurableObjectNamespace.#hostOf(this);
    if (arguments.length === 0) throw new TypeError(DO_MESSAGES.getByNameArg);
    checkGetOptions(options, "getByName");
    return this.get(this.idFromName(name), options);
  }
  jurisdiction(name) {
    if (name !== undefined && name !== null) throw new Error(DO_MESSAGES.jurisdiction);
    return this;
  }
}
Object.defineProperty(DurableObjectNamespace.prototype, Symbol.toStringTag, { value: "DurableObjectNamespace" });

/** get()/getByName() options: an object, or null/undefined (recorded). */
function checkGetOptions(options, method) {
  if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
    throw new TypeError(DO_MESSAGES.getOptions(method));
  }
}

/** A stub's `constructor`: workerd's class named DurableObject (not constructible). */
const durableStubClass = { DurableObject: function () { throw new TypeError("Illegal constructor"); } }.DurableObject;
Object.defineProperty(durableStubClass, "toString", { value: () => "function DurableObject() { [native code] }", writable: true, configurable: true });
function durableStubConstructor() { return durableStubClass; }

// a stub's class (named DurableObject) inherits Fetcher's prototype, as workerd's: fetch, connect,
// and before fetcher_no_get_put_delete get/put/delete come from there (recorded)
class DurableObjectStubBase {}
Object.setPrototypeOf(DurableObjectStubBase.prototype, Fetcher.prototype);
Object.defineProperty(DurableObjectStubBase.prototype, "constructor", { value: durableStubConstructor(), writable: true, configurable: true });
Object.defineProperty(DurableObjectStubBase.prototype, Symbol.toStringTag, { value: "DurableObject", configurable: true });
// before set_tostring_tag (2024-09-26) a stub reads as [object Object] (recorded)
onConfigure(() => {
  if (!compatFlag("set_tostring_tag", "2024-09-26", "do_not_set_tostring_tag")) delete DurableObjectStubBase.prototype[Symbol.toStringTag];
});

/**
 * Before durable_object_fetch_requires_full_url (2021-11-10), and with the legacy URL parser
 * only, stub.fetch() takes a URL relative to https://fake-host (recorded).
 */
function stubFetchInput(input) {
  if (input instanceof Request || input === undefined) return input;
  if (compatFlag("durable_object_fetch_requires_full_url", "2021-11-10", "durable_object_fetch_allows_relative_url")) return input;
  if (compatFlag("fetch_standard_url", "2024-06-03", "fetch_legacy_url")) return input;
  try { return new URL(String(input), "https://fake-host").href; } catch { return input; }
}

/**
 * stub.fetch() marks every error the object sent `remote`, the reset of the object (abort(), a
 * throwing constructor) too, where an RPC call leaves a reset unmarked (recorded).
 */
function markFetchRemote(error) {
  if (error !== null && typeof error === "object" && error.durableObjectReset === true && error.remote === undefined) {
    try { error.remote = true; } catch { /* a frozen error keeps its own fields */ }
  }
  throw error;
}

/** Marks an error as the reset of its object: callers see durableObjectReset, RPC callers without `remote`. */
function markObjectReset(error) {
  if (error === null || (typeof error !== "object" && typeof error !== "function")) return;
  try { error.durableObjectReset = true; objectBreakErrors.add(error); } catch { /* a frozen value keeps its own fields */ }
}

/**
 * A stub belongs to the event (request or call) it was made in, as workerd's: code serving another
 * event cannot call it. A stub made outside any event (a Durable Object's own code, global scope)
 * is not checked.
 */
function makeDurableStub(hostObject, id) {
  let stub = null;
  const madeIn = eventNow();
  const foreign = () => {
    if (madeIn === undefined) return false;
    const now = eventNow();
    return now !== undefined && now !== madeIn;
  };
  // once the object was reset (ctx.abort()) under a call of this stub, the stub stays broken: every
  // later call fails with that error, marked durableObjectReset but not remote, as in workerd
  let resetBy = null;
  const watch = (promise) => promise.catch((error) => {
    if (error?.durableObjectReset === true) resetBy = error;
    throw error;
  });
  const broken = () => {
    const error = reviveError(resetBy.name, resetBy.message, "");
    error.durableObjectReset = true;
    return Promise.reject(error);
  };
  const fetch = (input, init) => {
    if (foreign()) return Promise.reject(new Error(DO_MESSAGES.otherRequest));
    if (resetBy !== null) return broken();
    return watch(fetchThroughBinding(stubFetchInput(input), init, (data, resolve, reject) =>
      hostObject.fetch({ id: id.toString(), name: deliveredName(id), request: data }, resolve, reject), true, true).catch(markFetchRemote));
  };
  const state = new RpcStubState((method, text) => foreign() ? Promise.reject(new Error(DO_MESSAGES.otherRequest)) : resetBy !== null ? broken() :
    watch(remotePromise((resolve, reject) => hostObject.call({ id: id.toString(), name: deliveredName(id), method, argsText: text }, resolve, reject))));
  const locals = Object.assign(Object.create(null), { id, name: id.name, fetch: Fetcher.prototype.fetch, constructor: durableStubConstructor() });
  // as in workerd, name and id are the stub's own enumerable properties (Object.keys shows them)
  const target = Object.defineProperties(new DurableObjectStubBase(), {
    name: { value: id.name, writable: false, enumerable: true, configurable: true },
    id: { value: id, writable: false, enumerable: true, configurable: true },
  });
  if (!compatFlag("rpc", "2024-04-03", "no_rpc")) {
    // before rpc (2024-04-03) a stub has fetch() and nothing else: other members are undefined (recorded)
    stub = target;
    fetchOverrides.set(stub, fetch);
    return stub;
  }
  stub = makeRpcStub(state, { target, locals, disposable: false });
  fetchOverrides.set(stub, fetch);
  return stub;
}

/** The longest name (UTF-8 bytes) an object learns as its ctx.id.name; a longer one reaches it unnamed (recorded). */
const MAX_DELIVERED_NAME_BYTES = 1024;

/** The name the object of `id` sees: the id's, unless it is too long to travel with the call. */
function deliveredName(id) {
  const name = id.name;
  if (name === undefined || name === null) return null;
  return name.length * 3 > MAX_DELIVERED_NAME_BYTES && utf8Encoder.encode(name).length > MAX_DELIVERED_NAME_BYTES ? null : name;
}



internals.bindingFactories = internals.bindingFactories ?? {};
internals.bindingFactories.durableObjectNamespace = (hostObject) => {
  const namespace = new DurableObjectNamespace(kDurable, hostObject);
  const ownClass = hostObject.ownClass();
  if (ownClass != null) ownDurableNamespaces.set(ownClass, namespace);
  // an unbound namespace (a class provisioned without a binding) is ctx.exports' only, not env's
  return hostObject.unbound() ? undefined : namespace;
};

/** The namespaces of the Durable Object classes this worker defines, by class name (ctx.exports). */
const ownDurableNamespaces = new Map();

// ---- ctx.exports' Durable Object entries ---------------------------------------------------
// workerd's LoopbackDurableObjectNamespace (a bound class: a namespace, callable) and
// LoopbackDurableObjectClass (any other class or function export), and the DurableObjectClass
// that calling either with { props } gives (for facets and the Worker Loader, not emulated
// further). Callable objects without own properties, as workerd's (recorded); their classes are
// made on first use.

/** The hosts of ctx.exports' namespace views (functions, so no private field of the namespace). */
const loopbackNamespaceHosts = new WeakMap();
/** What each DurableObjectClass stands for ({ worker, name } of the Worker Loader, or { exportName, props }). */
const durableObjectClasses = new WeakMap();
let durableClassKit = null;

function durableClasses() {
  if (durableClassKit !== null) return durableClassKit;
  const apiClass = (name, parentProto) => {
    const ctor = { [name]: function () { throw new TypeError("Illegal constructor"); } }[name];
    ctor.prototype = Object.create(parentProto, { constructor: { value: ctor, writable: true, configurable: true } });
    Object.defineProperty(ctor.prototype, Symbol.toStringTag, { value: name, configurable: true });
    registerHostClass(ctor, name);
    return ctor;
  };
  durableClassKit = {
    DurableObjectClass: apiClass("DurableObjectClass", Object.prototype),
    LoopbackDurableObjectClass: apiClass("LoopbackDurableObjectClass", Object.prototype),
    LoopbackDurableObjectNamespace: apiClass("LoopbackDurableObjectNamespace", DurableObjectNamespace.prototype),
  };
  return durableClassKit;
}

/** A DurableObjectClass standing for `descriptor`. */
function makeDurableObjectClass(descriptor) {
  const instance = Object.create(durableClasses().DurableObjectClass.prototype);
  durableObjectClasses.set(instance, descriptor);
  return instance;
}
internals.makeDurableObjectClass = makeDurableObjectClass;

function isDurableObjectClass(value) { return durableObjectClasses.has(value); }

/**
 * A callable of class `kind` without own properties: called (or constructed) with an options
 * object, it gives the DurableObjectClass of `exportName` with those options' props.
 */
function loopbackCallable(kind, exportName) {
  const call = function (options) {
    if (options === undefined || options === null || (typeof options !== "object" && typeof options !== "function")) {
      throw new TypeError(RPC_MESSAGES.loopbackOptions(kind));
    }
    const props = options.props;
    if (props !== undefined && (props === null || (typeof props !== "object" && typeof props !== "function"))) {
      throw new TypeError(RPC_MESSAGES.loopbackProps);
    }
    return makeDurableObjectClass({ exportName, props: props ?? {} });
  };
  const callable = call.bind(undefined);
  delete callable.length;
  delete callable.name;
  Object.setPrototypeOf(callable, durableClasses()[kind].prototype);
  return callable;
}

/** ctx.exports' entry for an export of this worker that is neither a bound class nor an entrypoint. */
function loopbackDurableClass(exportName) { return loopbackCallable("LoopbackDurableObjectClass", exportName); }

/** ctx.exports' entry for a Durable Object class bound in this worker: its namespace, callable. */
function loopbackDurableNamespace(exportName, namespace) {
  const callable = loopbackCallable("LoopbackDurableObjectNamespace", exportName);
  loopbackNamespaceHosts.set(callable, DurableObjectNamespace.hostOf(namespace));
  return callable;
}

// ---- owner side: storage ------------------------------------------------------------------

// ToString as workerd converts a key: a Symbol throws (String() would describe it)
function doStorageKey(key) { return `${key}`; }

function doDecode(text) { return text == null ? undefined : cloneDeserialize(text); }

/**
 * The state behind a DurableObjectStorage or DurableObjectTransaction: the host storage, the
 * object, and for a transaction whether it was rolled back. Kept beside the instances (not in
 * private fields of a shared base class) so that each class's prototype lists its own methods
 * and inherits from Object.prototype directly, as workerd's do.
 */
const storageStates = new WeakMap();

function storageState(self, op) {
  const state = storageStates.get(self);
  if (state === undefined) throw illegalInvocation();
  if (state.rolledBack) throw new Error(`Cannot ${op}() on rolled back transaction`);
  if (state.committed) throw new Error(DO_MESSAGES.txCommitted(op));
  return state;
}

/**
 * The latest alarm time accepted: workerd converts the time to int64 nanoseconds since the
 * epoch, and refuses what does not fit (its message says 2189).
 */
const ALARM_LATEST = 9223372036854;

/** Refuses an options argument that is not an object (null and undefined mean none), in workerd's words. */
function checkOptions(options, method, index, type) {
  if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
    throw new TypeError(DO_MESSAGES.options(method, index, type));
  }
}

/** The operations shared by DurableObjectStorage and DurableObjectTransaction (installed on both). */
const storageOps = {
  async get(keys, options = undefined) {
    const host = storageState(this, "get").host;
    checkOptions(options, "get", 2, "GetOptions");
    if (Array.isArray(keys)) {
      const flat = host.getMany(keys.map(doStorageKey));
      const out = new Map();
      for (let i = 0; i + 1 < flat.length; i += 2) out.set(flat[i], cloneDeserialize(flat[i + 1]));
      return out;
    }
    if (arguments.length === 0) throw new TypeError(DO_MESSAGES.getArg);
    return doDecode(host.get(doStorageKey(keys)));
  },
  async put(keyOrEntries, value = undefined, options = undefined) {
    const host = storageState(this, "put").host;
    // workerd converts the third argument before choosing between the two forms
    checkOptions(options, "put", 3, "PutOptions");
    if (keyOrEntries !== null && typeof keyOrEntries === "object" && !Array.isArray(keyOrEntries)) {
      // put(entries, options): the second argument is the options
      if (value !== undefined && value !== null && typeof value !== "object") throw new TypeError(DO_MESSAGES.putEntries);
      const flat = [];
      for (const key of Object.keys(keyOrEntries)) {
        if (keyOrEntries[key] !== undefined) flat.push(key, cloneSerialize(keyOrEntries[key]));
      }
      host.putMany(flat);
      return;
    }
    if (arguments.length === 0) throw new TypeError(DO_MESSAGES.putKey);
    if (value === undefined) throw new TypeError(DO_MESSAGES.putUndefined);
    host.put(doStorageKey(keyOrEntries), cloneSerialize(value));
  },
  async delete(keys, options = undefined) {
    const host = storageState(this, "delete").host;
    if (arguments.length === 0) throw new TypeError(DO_MESSAGES.deleteArg);
    checkOptions(options, "delete", 2, "PutOptions");
    if (Array.isArray(keys)) return host.deleteMany(keys.map(doStorageKey));
    return host.delete(doStorageKey(keys));
  },
  async list(options = {}) {
    const host = storageState(this, "list").host;
    if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
      throw new TypeError(DO_MESSAGES.listOptions);
    }
    const flat = host.list(listQuery(options));
    const out = new Map();
    for (let i = 0; i + 1 < flat.length; i += 2) out.set(flat[i], cloneDeserialize(flat[i + 1]));
    return out;
  },
  async getAlarm(options = undefined) {
    const at = storageState(this, "getAlarm").host.getAlarm();
    checkOptions(options, "getAlarm", 1, "GetAlarmOptions");
    return at < 0 ? null : at;
  },
  async setAlarm(time, options = undefined) {
    const state = storageState(this, "setAlarm");
    // while the constructor runs (no instance yet) the class's prototype tells
    const handlerOwner = state.object.instance ?? currentModuleExports()?.[state.object.className]?.prototype;
    if (typeof handlerOwner?.alarm !== "function") throw new TypeError(DO_MESSAGES.alarmHandler);
    let millis;
    if (time instanceof Date) millis = time.getTime();
    else if (typeof time === "number") millis = time;
    else throw new TypeError(DO_MESSAGES.alarmDate);
    if (!Number.isFinite(millis)) throw new TypeError(DO_MESSAGES.alarmInvalidDate);
    if (millis <= 0) throw new TypeError(DO_MESSAGES.alarmNotPositive);
    if (millis > ALARM_LATEST) throw new TypeError(DO_MESSAGES.alarmTooLate);
    checkOptions(options, "setAlarm", 2, "SetAlarmOptions");
    // a time in the past is stored as now (the alarm runs at once, after this event's storage calls)
    state.host.setAlarm(Math.max(Math.floor(millis), Date.now()));
  },
  async deleteAlarm(options = undefined) {
    const host = storageState(this, "deleteAlarm").host;
    checkOptions(options, "deleteAlarm", 1, "SetAlarmOptions");
    host.setAlarm(-1);
  },
};

/** The host's list query for list options (null and undefined mean none), checked as workerd checks them. */
function listQuery(options) {
  options = options ?? {};
  if (options.limit !== undefined) {
    const limit = Number(options.limit);
    if (!(limit > 0) || limit === Infinity) throw new TypeError(DO_MESSAGES.listLimit);
    if (limit > 2147483647) throw new TypeError("Value out of range. Must be between -2147483648 and 2147483647 (inclusive).");
  }
  if (options.start !== undefined && options.startAfter !== undefined) throw new TypeError(DO_MESSAGES.listStartBoth);
  const str = (v) => (v === undefined ? null : String(v));
  return { start: str(options.start), startAfter: str(options.startAfter), end: str(options.end),
    prefix: str(options.prefix), limit: options.limit === undefined ? 0 : Math.floor(Number(options.limit)), reverse: Boolean(options.reverse) };
}

/** Installs `methods` (an object of functions) on `Class.prototype` as ordinary class methods. */
function installMethods(Class, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(Class.prototype, name, { value: methods[name], writable: true, configurable: true, enumerable: false });
  }
}

/**
 * ctx.storage.kv: the synchronous key-value API of a SQLite-backed Durable Object, over the same
 * keys and values as storage.get/put. As in workerd, a key is any value turned into a string, a
 * value may be undefined, and list() answers an iterator of [key, value] entries; on an object
 * without SQLite every method throws.
 */
class SyncKvStorage {
  #host;
  constructor(key, hostObject) {
    if (key !== kDurable) throw new TypeError("Illegal constructor");
    this.#host = hostObject;
  }
  /** The host behind `self`; another receiver is an Illegal invocation, an object without SQLite refused. */
  static #hostOf(self) {
    if (self === null || typeof self !== "object" || !(#host in self)) throw illegalInvocation();
    if (!self.#host.sqlEnabled()) throw new Error(DO_MESSAGES.syncKvNeedsSql);
    return self.#host;
  }
  get(key) {
    const host = SyncKvStorage.#hostOf(this);
    // a missing key is refused; an undefined one is the key "undefined" (Web IDL), as in workerd
    if (arguments.length === 0) throw new TypeError(DO_MESSAGES.syncKvArg("get", 1, "string"));
    return doDecode(host.get(doStorageKey(key)));
  }
  put(key, value) {
    const host = SyncKvStorage.#hostOf(this);
    if (arguments.length === 0) throw new TypeError(DO_MESSAGES.syncKvArg("put", 1, "string"));
    // the value may be undefined, but it must be given
    if (arguments.length < 2) throw new TypeError(DO_MESSAGES.syncKvArg("put", 2, "JsValue"));
    host.put(doStorageKey(key), cloneSerialize(value));
  }
  delete(key) {
    const host = SyncKvStorage.#hostOf(this);
    if (arguments.length === 0) throw new TypeError(DO_MESSAGES.syncKvArg("delete", 1, "string"));
    return host.delete(doStorageKey(key));
  }
  list(options = {}) {
    if (options !== null && typeof options !== "object" && typeof options !== "function") {
      throw new TypeError(DO_MESSAGES.syncKvArg("list", 1, "ListOptions"));
    }
    return new ListIterator(kDurable, SyncKvStorage.#hostOf(this).list(listQuery(options)));
  }
}
Object.defineProperty(SyncKvStorage.prototype, Symbol.toStringTag, { value: "SyncKvStorage" });

/** Iterator.prototype, or an object below it that adds toArray() (see asWorkerdIterator). */
let iteratorWithToArray;

/**
 * Gives an iterator class of workerd's API its shape: next() is its prototype's only own member,
 * iteration and toArray() come from Iterator.prototype (one prototype further up, on an engine
 * without iterator helpers), and its tag is `tag`.
 */
function asWorkerdIterator(Class, tag) {
  if (iteratorWithToArray === undefined) {
    const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
    iteratorWithToArray = typeof iteratorPrototype.toArray === "function" ? iteratorPrototype : Object.create(iteratorPrototype, {
      toArray: { value: function toArray() { const out = []; for (let r = this.next(); !r.done; r = this.next()) out.push(r.value); return out; }, writable: true, configurable: true },
    });
  }
  Object.setPrototypeOf(Class.prototype, iteratorWithToArray);
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: tag, configurable: true });
}

/** What SyncKvStorage.list() answers: [key, value] entries, values decoded as they are reached. */
class ListIterator {
  #flat; #next = 0;
  constructor(key, flat) {
    if (key !== kDurable) throw new TypeError("Illegal constructor");
    this.#flat = flat;
  }
  next() {
    if (this === null || typeof this !== "object" || !(#flat in this)) throw illegalInvocation();
    if (this.#next + 1 >= this.#flat.length) return { done: true, value: undefined };
    const entry = [this.#flat[this.#next], cloneDeserialize(this.#flat[this.#next + 1])];
    this.#next += 2;
    return { done: false, value: entry };
  }
}
asWorkerdIterator(ListIterator, "ListIterator");

class DurableObjectTransaction {
  constructor(key, hostObject, object) {
    if (key !== kDurable) throw new TypeError("Illegal constructor");
    storageStates.set(this, { host: hostObject, object, rolledBack: false });
  }
  async deleteAll(options = undefined) { throw new Error(DO_MESSAGES.txDeleteAll); }
  rollback() {
    const state = storageStates.get(this);
    if (state === undefined) throw illegalInvocation();
    // rolling back twice is allowed; after the commit it is refused as every other call (recorded)
    if (state.committed) throw new Error(DO_MESSAGES.txCommitted("rollback"));
    state.rolledBack = true;
  }
}
installMethods(DurableObjectTransaction, storageOps);
Object.defineProperty(DurableObjectTransaction.prototype, Symbol.toStringTag, { value: "DurableObjectTransaction" });

/** The object whose blockConcurrencyWhile() callback the current async flow runs in (AsyncContext), if any. */
const bcwScope = asyncContext ? new asyncContext.Variable() : undefined;

/** The object whose transaction() closure the current async flow runs in (AsyncContext), if any. */
const transactionScope = asyncContext ? new asyncContext.Variable() : undefined;

/** Local bookmarks count up on each request for one, across the objects of this worker (as workerd's local back-end). */
let bookmarkCounter = 0;

class DurableObjectStorage {
  constructor(key, hostObject, object) {
    if (key !== kDurable) throw new TypeError("Illegal constructor");
    // deleteAll() counts here; the cursors sql.exec() made before it are canceled
    const deletions = { count: 0 };
    storageStates.set(this, { host: hostObject, object, rolledBack: false, deletions });
    this.kv = new SyncKvStorage(kDurable, hostObject);
    this.sql = new SqlStorage(kDurable, hostObject, deletions);
  }
  async deleteAll(options = undefined) {
    const state = storageState(this, "deleteAll");
    checkOptions(options, "deleteAll", 1, "PutOptions");
    state.host.deleteAll();
    state.deletions.count++;
    // from delete_all_deletes_alarm (2026-02-24) the alarm goes too (recorded)
    if (compatFlag("delete_all_deletes_alarm", "2026-02-24", "delete_all_preserves_alarm")) state.host.setAlarm(-1);
  }
  async transaction(closure) {
    const { host: hostObject, object } = storageState(this, "transaction");
    if (typeof closure !== "function") throw new TypeError(DO_MESSAGES.transactionArg);
    // transactions of one object run one at a time, as in workerd; one started from inside
    // another's closure (same async flow) nests instead of waiting for it
    const nested = transactionScope !== undefined && transactionScope.get() === object;
    let release;
    const previous = nested ? undefined : object.transactionTail;
    const mine = nested ? undefined : new Promise((resolve) => { release = resolve; });
    if (!nested) object.transactionTail = mine;
    try {
      if (previous) await previous;
      const tx = new DurableObjectTransaction(kDurable, hostObject, object);
      hostObject.begin();
      let result;
      try {
        result = await (transactionScope ? transactionScope.run(object, () => closure(tx)) : closure(tx));
      } catch (error) {
        hostObject.rollback();
        throw error;
      }
      const txState = storageStates.get(tx);
      if (txState.rolledBack) hostObject.rollback();
      else hostObject.commit();
      // a transaction kept past its closure refuses further use (a rolled-back one keeps saying so)
      txState.committed = !txState.rolledBack;
      return result;
    } finally {
      if (!nested) {
        release();
        if (object.transactionTail === mine) object.transactionTail = undefined;
      }
    }
  }
  transactionSync(closure) {
    const hostObject = storageState(this, "transactionSync").host;
    if (typeof closure !== "function") throw new TypeError(DO_MESSAGES.transactionSyncArg);
    hostObject.begin();
    let result;
    try {
      result = closure();
    } catch (error) {
      hostObject.rollback();
      throw error;
    }
    hostObject.commit();
    return result;
  }
  async sync() {}
  async getCurrentBookmark() {
    storageState(this, "getCurrentBookmark");
    return "00000000-" + (bookmarkCounter++).toString(16).padStart(8, "0") + "-00000000-" + "0".repeat(32);
  }
  async getBookmarkForTime(timestamp) {
    // workerd takes a Date or a number of milliseconds, before finding it has no point-in-time recovery
    if (!(timestamp instanceof Date) && typeof timestamp !== "number") {
      throw new TypeError("Failed to execute 'getBookmarkForTime' on 'DurableObjectStorage': parameter 1 is not of type 'date'.");
    }
    throw new Error(DO_MESSAGES.noPitr);
  }
  async onNextSessionRestoreBookmark(bookmark) { throw new Error(DO_MESSAGES.noPitr); }
}
installMethods(DurableObjectStorage, storageOps);
Object.defineProperty(DurableObjectStorage.prototype, Symbol.toStringTag, { value: "DurableObjectStorage" });

/** V8's error for an assignment to a read-only accessor of workerd's API (strict code). */
function readOnlyAssignment(name, className) {
  return new TypeError(`Cannot assign to read only property '${name}' of object '#<${className}>'`);
}

function sqlBinding(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "bigint") throw new TypeError("Cannot convert a BigInt value to a number");
  if (typeof value === "symbol") throw new TypeError("Cannot convert a Symbol value to a string");
  // a detached buffer binds as an empty blob
  if (value instanceof ArrayBuffer || value instanceof SharedArrayBuffer) return value.byteLength === 0 ? new Uint8Array(0) : new Uint8Array(value);
  if (ArrayBuffer.isView(value)) return value.byteLength === 0 ? new Uint8Array(0) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return String(value);
}

function sqlCell(value) {
  if (value === null || typeof value === "number" || typeof value === "string") return value;
  return bytesFromHost(value).buffer;
}

class SqlStorage {
  #host; #deletions;
  constructor(key, hostObject, deletions) {
    if (key !== kDurable) throw new TypeError("Illegal constructor");
    this.#host = hostObject; this.#deletions = deletions;
  }
  /** `self`, checked: a method called on anything else (detached) is an Illegal invocation, as in workerd. */
  static #checked(self) {
    if (self === null || typeof self !== "object" || !(#host in self)) throw illegalInvocation();
    return self;
  }
  exec(query, ...bindings) {
    SqlStorage.#checked(this);
    if (arguments.length === 0 || query === undefined) throw new TypeError(DO_MESSAGES.execArg);
    const result = this.#host.exec(String(query), bindings.map(sqlBinding));
    const error = result.error();
    if (error != null) throw new Error(error);
    const columns = Array.from(result.columnNames());
    const rows = Array.from(result.rows(), (row) => Array.from(row, sqlCell));
    return new SqlStorageCursor(kDurable, columns, rows, result.rowsRead(), result.rowsWritten(), this.#deletions);
  }
  get databaseSize() {
    SqlStorage.#checked(this);
    // On a class without SQLite the host's exec answers the "SQL is not enabled" failure.
    if (!this.#host.sqlEnabled()) throw new Error(this.#host.exec("", []).error());
    return this.#host.databaseSize();
  }
  // workerd's read-only accessor: assigning throws (in strict code) with V8's read-only wording
  set databaseSize(value) { throw readOnlyAssignment("databaseSize", "SqlStorage"); }
}
Object.defineProperty(SqlStorage.prototype, Symbol.toStringTag, { value: "SqlStorage" });

/**
 * The result of a cursor or raw iterator that has ended: workerd's IteratorResult struct, which
 * from enable_fast_jsg_struct (2025-12-03) has its absent `value` as an own undefined (recorded).
 */
function cursorDone() {
  return compatFlag("enable_fast_jsg_struct", "2025-12-03", "disable_fast_jsg_struct") ? { done: true, value: undefined } : { done: true };
}

/** The next row of a cursor as an array (set by SqlStorageCursor, which alone reads its rows). */
let rawStep;

class SqlStorageCursor {
  #columns; #rows; #index = 0; #rowsRead; #rowsWritten; #deletions; #deletionsAtExec;
  constructor(key, columns, rows, rowsRead, rowsWritten, deletions) {
    if (key !== kDurable) throw new TypeError("Illegal constructor");
    this.#columns = columns; this.#rows = rows; this.#rowsRead = rowsRead; this.#rowsWritten = rowsWritten;
    this.#deletions = deletions; this.#deletionsAtExec = deletions.count;
  }
  /**
   * workerd cancels a statement still running when deleteAll() drops the database: a cursor with
   * rows left then throws from its methods and counters; one whose rows were all taken is done
   * (recorded).
   */
  static #live(self) {
    SqlStorageCursor.#checked(self);
    if (self.#deletions.count !== self.#deletionsAtExec && self.#index < self.#rows.length) throw new Error(DO_MESSAGES.sqlCanceled);
  }
  /** `self`, checked: a method called on anything else (detached) is an Illegal invocation, as in workerd. */
  static #checked(self) {
    if (self === null || typeof self !== "object" || !(#rows in self)) throw illegalInvocation();
    return self;
  }
  #object(row) {
    const out = {};
    this.#columns.forEach((name, i) => { out[name] = row[i]; });
    return out;
  }
  next() {
    SqlStorageCursor.#live(this);
    if (this.#index >= this.#rows.length) return cursorDone();
    return { done: false, value: this.#object(this.#rows[this.#index++]) };
  }
  toArray() {
    SqlStorageCursor.#live(this);
    const out = [];
    while (this.#index < this.#rows.length) out.push(this.#object(this.#rows[this.#index++]));
    return out;
  }
  one() {
    SqlStorageCursor.#live(this);
    const remaining = this.#rows.length - this.#index;
    if (remaining === 0) throw new Error(DO_MESSAGES.oneNone);
    if (remaining > 1) throw new Error(DO_MESSAGES.oneMany);
    return this.#object(this.#rows[this.#index++]);
  }
  raw() { return new RawIterator(kDurable, SqlStorageCursor.#checked(this)); }
  static {
    rawStep = (cursor) => {
      SqlStorageCursor.#live(cursor);
      if (cursor.#index >= cursor.#rows.length) return cursorDone();
      return { done: false, value: cursor.#rows[cursor.#index++].slice() };
    };
  }
  get columnNames() { SqlStorageCursor.#live(this); return [...this.#columns]; }
  /** Grows as rows are consumed: workerd steps the statement once at exec() and once per row taken. */
  get rowsRead() { SqlStorageCursor.#live(this); return Math.max(0, this.#rowsRead - Math.max(0, this.#rows.length - (this.#index + 1))); }
  get rowsWritten() { SqlStorageCursor.#live(this); return this.#rowsWritten; }
  set columnNames(value) { throw readOnlyAssignment("columnNames", "Cursor"); }
  set rowsRead(value) { throw readOnlyAssignment("rowsRead", "Cursor"); }
  set rowsWritten(value) { throw readOnlyAssignment("rowsWritten", "Cursor"); }
  /** A fresh iterator over the same position (workerd's cursor is iterable, not its own iterator). */
  [Symbol.iterator]() {
    const cursor = this;
    const iterator = { next() { return cursor.next(); }, [Symbol.iterator]() { return iterator; } };
    return iterator;
  }
}
/**
 * cursor.raw(): the same rows as arrays, from the cursor's position. As workerd's, its prototype's
 * own member is next() alone; toArray() and iteration come from Iterator.prototype.
 */
class RawIterator {
  #cursor;
  constructor(key, cursor) {
    if (key !== kDurable) throw new TypeError("Illegal constructor");
    this.#cursor = cursor;
  }
  next() {
    if (this === null || typeof this !== "object" || !(#cursor in this)) throw illegalInvocation();
    return rawStep(this.#cursor);
  }
}
asWorkerdIterator(RawIterator, "RawIterator");

// workerd's class is named Cursor (its tag, and the name its DataCloneError gives)
Object.defineProperty(SqlStorageCursor, "name", { value: "Cursor" });
Object.defineProperty(SqlStorageCursor.prototype, Symbol.toStringTag, { value: "Cursor" });

/** workerd's prepared-statement class, listed on SqlStorage's prototype; not constructible (no prepare() either). */
class SqlStorageStatement {
  constructor() { throw new TypeError("Illegal constructor"); }
}
Object.defineProperty(SqlStorageStatement, "name", { value: "Statement" });
Object.defineProperty(SqlStorageStatement.prototype, Symbol.toStringTag, { value: "Statement" });
// as in workerd, the cursor and statement classes are reachable from sql (Object.getOwnPropertyNames of its prototype)
Object.defineProperties(SqlStorage.prototype, {
  Cursor: { value: SqlStorageCursor, writable: true, enumerable: false, configurable: true },
  Statement: { value: SqlStorageStatement, writable: true, enumerable: false, configurable: true },
});

// ---- owner side: state, instances, the input gate -----------------------------------------

/**
 * ctx.facets: workerd's API for child objects of a Durable Object. Not emulated: every method
 * says so.
 */
class DurableObjectFacets {
  get() { throw facetsUnsupported(); }
  delete() { throw facetsUnsupported(); }
  abort() { throw facetsUnsupported(); }
}
Object.defineProperty(DurableObjectFacets.prototype, Symbol.toStringTag, { value: "DurableObjectFacets" });

function facetsUnsupported() {
  return new Error("miniflare4j: Durable Object facets (ctx.facets) are not supported yet.");
}

/** The longest event timeout of hibernated WebSocket handlers workerd accepts (7 days). */
const MAX_EVENT_TIMEOUT_MS = 604800000;
/** The longest request and response of setWebSocketAutoResponse, in UTF-8 bytes. */
const MAX_AUTO_RESPONSE_BYTES = 2048;

class DurableObjectState {
  #object;
  constructor(key, object) {
    if (key !== kDurable) throw new TypeError("Illegal constructor");
    this.#object = object;
    // own members in workerd's order; exports (loopback bindings, see worker.js) where ctx.exports is on
    this.facets = new DurableObjectFacets();
    this.container = undefined;
    this.storage = object.storage;
    this.id = object.id;
    this.props = {};
    if (ctxExportsEnabled()) this.exports = ctxExports();
  }
  // as ExecutionContext's: only a missing argument is refused (recorded)
  waitUntil(...args) {
    if (args.length === 0) {
      throw new TypeError("Failed to execute 'waitUntil' on 'DurableObjectState': parameter 1 is not of type 'Promise'.");
    }
    trackWaitUntil(args[0]);
  }
  blockConcurrencyWhile(callback) {
    if (typeof callback !== "function") throw new TypeError(DO_MESSAGES.bcwArg);
    const object = this.#object;
    // the callback starts after the caller's synchronous code, and after the callback of an
    // earlier blockConcurrencyWhile() still running (workerd queues it behind the gate); one
    // called from inside a callback runs in that callback's turn (a nested critical section)
    const earlier = object.gate !== null && object.gate !== undefined && bcwScope !== undefined && bcwScope.get() !== object ? object.gate : null;
    const start = earlier === null ? Promise.resolve() : earlier.then(() => {}, () => {});
    const result = start.then(() => (bcwScope === undefined ? callback() : bcwScope.run(object, callback)));
    const gate = result.then(() => {}, (error) => {
      // callers see the reset (workerd's durableObjectReset flag), not marked remote
      markObjectReset(error);
      breakObject(object, error);
    });
    object.gate = gate;
    gate.then(() => {
      if (object.gate !== gate) return;
      object.gate = null;
      releaseWaiters(object);
    });
    return result;
  }
  /** Hibernation API: the object's handlers (webSocketMessage, ...) receive this socket's events. */
  acceptWebSocket(ws, tags = []) {
    if (!(ws instanceof WebSocket)) throw new TypeError("Failed to execute 'acceptWebSocket' on 'DurableObjectState': parameter 1 is not of type 'WebSocket'.");
    // tags are a sequence<string>: a primitive (a string too) is refused, repeated tags count once
    if (tags !== undefined && tags !== null && (typeof tags !== "object" || typeof tags[Symbol.iterator] !== "function")) {
      throw new TypeError("Failed to execute 'acceptWebSocket' on 'DurableObjectState': parameter 2 is not of type 'Array'.");
    }
    hibernateWebSocket(this.#object, ws, tags === undefined || tags === null ? [] : [...new Set(Array.from(tags, String))]);
  }
  /** All sockets newest first, a tag's sockets oldest first, as workerd lists them (recorded). */
  getWebSockets(tag = undefined) {
    const accepted = [...(this.#object.webSockets ?? [])];
    if (tag === undefined) return accepted.reverse();
    const name = String(tag);
    return accepted.filter((ws) => hibernatedTags(ws).includes(name));
  }
  getTags(ws) {
    if (!(ws instanceof WebSocket)) throw new TypeError("Failed to execute 'getTags' on 'DurableObjectState': parameter 1 is not of type 'WebSocket'.");
    if (!isHibernated(ws)) {
      // a socket accepted with accept() is told apart from one never accepted (recorded)
      if (wsState(ws).accepted) throw new Error("only hibernatable websockets can have tags.");
      throw new Error("you must call 'acceptWebSocket()' before attempting to access the tags of a WebSocket.");
    }
    // kept as UTF-8: a lone surrogate reads back as three U+FFFD, matched as written (recorded)
    return hibernatedTags(ws).map(wtf8String);
  }
  setWebSocketAutoResponse(pair = undefined) {
    if (pair !== undefined && pair !== null && !(pair instanceof WebSocketRequestResponsePair)) {
      throw new TypeError("Failed to execute 'setWebSocketAutoResponse' on 'DurableObjectState': parameter 1 is not of type 'WebSocketRequestResponsePair'.");
    }
    if (pair != null) {
      const [request, response] = autoResponsePairTexts(pair);
      for (const [what, text] of [["Request", request], ["Response", response]]) {
        const size = utf8Encoder.encode(text).length;
        if (size > MAX_AUTO_RESPONSE_BYTES) {
          throw new RangeError(`${what} cannot be larger than ${MAX_AUTO_RESPONSE_BYTES} bytes. A ${what.toLowerCase()} of size ${size} was provided.`);
        }
      }
    }
    this.#object.autoResponse = pair ?? null;
  }
  /** A new pair at each call, as workerd's. */
  getWebSocketAutoResponse() {
    const pair = this.#object.autoResponse;
    return pair == null ? null : new WebSocketRequestResponsePair(...autoResponsePairTexts(pair));
  }
  getWebSocketAutoResponseTimestamp(ws) {
    if (!(ws instanceof WebSocket)) throw new TypeError("Failed to execute 'getWebSocketAutoResponseTimestamp' on 'DurableObjectState': parameter 1 is not of type 'WebSocket'.");
    return autoResponseTimestamp(ws);
  }
  /** Not enforced (handlers are never cut short here); 0 or no value unsets it, as in workerd. */
  setHibernatableWebSocketEventTimeout(ms = undefined) {
    const value = ms === undefined || ms === null ? 0 : Number(ms);
    if (!Number.isFinite(value)) throw new TypeError("The value cannot be converted because it is not an integer.");
    if (value < 0) throw new TypeError("The value cannot be converted because it is negative and this API expects a positive number.");
    if (value > MAX_EVENT_TIMEOUT_MS) throw new Error(`Event timeout should not exceed ${MAX_EVENT_TIMEOUT_MS} ms.`);
    this.#object.eventTimeout = Math.trunc(value) || null;
  }
  getHibernatableWebSocketEventTimeout() { return this.#object.eventTimeout ?? null; }
  /** Resets the object, as workerd does: the next event constructs it again; the call that aborted fails. */
  abort() {
    // read from arguments so that abort.length is 0, as in workerd
    const reason = arguments[0];
    // any reason becomes an Error of its text: abort(new RangeError("x")) reaches callers as
    // Error "RangeError: x" (recorded)
    const error = new Error(reason === undefined ? DO_MESSAGES.aborted : String(reason));
    // the caller sees the reset (workerd's durableObjectReset flag travels with the error)
    markObjectReset(error);
    breakObject(this.#object, error);
    throw error;
  }
}
Object.defineProperty(DurableObjectState.prototype, Symbol.toStringTag, { value: "DurableObjectState" });

const durableObjects = new Map();

/** The live object of (class, id), created on its first event. */
function durableObject(className, hex, name) {
  const key = className + "\u0000" + hex;
  let object = durableObjects.get(key);
  if (object) return object;
  const Class = currentModuleExports()?.[className];
  if (typeof Class !== "function") {
    throw new Error(`miniflare4j: worker does not export a Durable Object class named "${className}".`);
  }
  object = { id: new DurableObjectId(kDurable, hex, name ?? undefined), gate: null, waiters: [], releasing: false, instance: null, className };
  object.storage = new DurableObjectStorage(kDurable, host.plugin("do").storage(className, hex), object);
  object.state = new DurableObjectState(kDurable, object);
  durableObjects.set(key, object);
  const adopted = adoptHibernated(key, object);
  try {
    object.instance = new Class(object.state, currentWorkerEnv());
  } catch (error) {
    durableObjects.delete(key);
    if (adopted) evictDurableObject(key, object);
    // a throwing constructor resets the object, as ctx.abort() does (recorded)
    markObjectReset(error);
    throw error;
  }
  return object;
}

// ---- eviction and hibernation -------------------------------------------------------------
// An evicted object loses its instance and in-memory state; its hibernated WebSockets stay
// connected, kept with their tags, attachments and the auto-response, and the object's next
// instance adopts them before its constructor runs (so ctx.getWebSockets() finds them there).

/** Evicted objects that still have hibernated WebSockets, by key. */
const hibernatedRecords = new Map();

function evictDurableObject(key, object) {
  durableObjects.delete(key);
  object.evicted = true;
  if (object.webSockets?.size > 0) hibernatedRecords.set(key, object);
}

/** Moves the hibernated sockets of an evicted object of `key` to its new record; whether there were any. */
function adoptHibernated(key, object) {
  const previous = hibernatedRecords.get(key);
  if (previous === undefined) return false;
  hibernatedRecords.delete(key);
  object.webSockets = previous.webSockets;
  object.autoResponse = previous.autoResponse;
  object.eventTimeout = previous.eventTimeout;
  for (const ws of object.webSockets) wsState(ws).hibernation.object = object;
  return true;
}

/** The live record behind a hibernated socket: its object constructed again if it was evicted. */
function wakeHibernated(object) {
  return object.evicted ? durableObject(object.className, object.id.toString(), object.id.name ?? null) : object;
}

/**
 * A blockConcurrencyWhile() callback that throws resets the object, as in workerd: the live
 * instance is dropped (the next event constructs a new one) and the events in flight fail.
 */
function breakObject(object, error) {
  object.broken = error;
  for (const [key, live] of durableObjects) if (live === object) durableObjects.delete(key);
  disconnectObjectSockets(object);
}

/**
 * Notes the object's end of the socket pair whose other end `client` leaves in the object's 101
 * response, accepted or hibernated: the object's reset disconnects it (see breakObject).
 */
function keepObjectSocket(object, client) {
  const own = wsState(client).peer?.local;
  if (own === undefined) return;
  const sockets = (object.sockets ??= new Set());
  for (const ws of sockets) if (wsState(ws).closedIncoming && wsState(ws).closedOutgoing) sockets.delete(ws);
  sockets.add(own);
}

/**
 * A reset object's sockets drop, as workerd cancels what the object's I/O held: the other end
 * sees an abnormal close, 1006 "WebSocket disconnected without sending Close frame." (recorded),
 * and the next instance lists no hibernated socket.
 */
function disconnectObjectSockets(object) {
  for (const ws of [...(object.sockets ?? []), ...(object.webSockets ?? [])]) {
    const s = wsState(ws);
    if (!(s.closedIncoming && s.closedOutgoing)) webSocketAbort(s);
  }
  object.sockets?.clear();
  object.webSockets?.clear();
}

/** Delivers one event to an object once no blockConcurrencyWhile() holds it. */
async function deliver(className, hex, name, event) {
  const object = durableObject(className, hex, name);
  await gateTurn(object);
  if (object.broken) throw object.broken;
  const result = await event(object);
  if (object.broken) throw object.broken;
  return result;
}

/**
 * The turn of an event that arrives now at `object`: null when nothing holds it, else a promise
 * that resolves when the gate has let in the events that arrived before it (see releaseWaiters).
 */
function gateTurn(object) {
  if (!object.gate && object.waiters.length === 0) return null;
  return new Promise((resolve) => object.waiters.push(resolve));
}

/**
 * Lets the events held by an object's gate in, in arrival order, one per loop turn: as workerd's
 * input gate wakes one waiter per event-loop turn, an event let in runs up to its first real wait
 * (its microtasks included) before the next one starts (recorded). An event let in that closes
 * the gate again holds the rest until it opens.
 */
function releaseWaiters(object) {
  if (object.releasing || object.waiters.length === 0) return;
  object.releasing = true;
  host.queueTask(() => {
    if (object.gate) {
      object.releasing = false;
      return false;
    }
    object.waiters.shift()();
    if (object.waiters.length > 0) return true;
    object.releasing = false;
    return false;
  });
}

function settleInto(done, promise, encode, describe = describeError) {
  promise.then(encode).then(
    (outcome) => done({ ok: true, ...outcome }),
    (error) => done({ ok: false, ...describe(error) }),
  ).catch((error) => done({ ok: false, ...describeError(error) }));
}

internals.durableFetch = function (event, done) {
  durableFetchWith(event, null, done);
};

/**
 * durableFetch for a calling worker that reads a live body as the object produces it: the head
 * settles the call, and the chunks go to `sink` (see streamToHost).
 */
internals.durableFetchStreaming = function (event, sink, done) {
  durableFetchWith(event, sink, done);
};

function durableFetchWith(event, sink, done) {
  const { className, id: hex, name, request: data } = event;
  const pending = deliver(className, hex, name, (object) => {
    const instance = object.instance;
    if (typeof instance.fetch !== "function") throw new Error(DO_MESSAGES.noFetch);
    const result = instance.fetch(requestFromHost(data));
    // as a worker's fetch handler: a Response or a promise of one (recorded)
    if (!(result instanceof Response) && !isThenable(result)) throw new TypeError("Callback returned incorrect type; expected 'Promise'");
    return Promise.resolve(result).then((response) => {
      if (!(response instanceof Response)) throw new TypeError("Incorrect type for Promise: the Promise did not resolve to 'Response'.");
      if (response.webSocket) keepObjectSocket(object, response.webSocket);
      return response;
    });
  });
  // the caller of stub.fetch() sees a thrown error as an RPC caller does (a custom class becomes "Error: Name: message")
  const forCaller = (response) => responseToData(response, false, rpcBodyThrown);
  // a body the object encoded itself reaches the calling worker as through a service binding (recorded)
  const streamed = { describeBodyError: rpcBodyThrown, object: true };
  settleInto(done, pending, (response) => {
    if (responseEncodesManually(response)) return decodedForClient(response, true).then(forCaller);
    if (sink === null || !hasLiveStream(response)) return forCaller(response);
    // the head settles the call: the stream's outcome goes on through the sink
    let head;
    streamToHost(response, sink, (outcome) => { head = outcome; }, undefined, streamed);
    const { ok, ...rest } = head;
    return rest;
  }, rpcThrown);
}

internals.durableCall = function (event, done) {
  const { className, id: hex, name, method, argsText } = event;
  const pending = deliver(className, hex, name, (object) => {
    if (!(object.instance instanceof DurableObject)) throw new TypeError(DO_MESSAGES.notRpc);
    return runRpc(object.instance, DurableObject, method, argsText);
  });
  settleRpc(done, pending);
};

/**
 * Runs a test's function inside an object, as the Vitest integration's runInDurableObject():
 * `compile()` gives the function (compiled by the host, out of reach of the worker's refusal of
 * eval), called as fn(instance, state, ...args) once no blockConcurrencyWhile() holds the object;
 * its result goes back by structured clone.
 */
internals.durableRun = function (compile, event, done) {
  const { className, id: hex, name, argsText } = event;
  const pending = deliver(className, hex, name, (object) => {
    const fn = compile();
    if (typeof fn !== "function") throw new TypeError("runInDurableObject() needs a JavaScript function, got " + typeof fn);
    return rpcApply(argsText, (args) => fn(object.instance, object.state, ...args));
  });
  settleRpc(done, pending);
};

/** The argument of alarm(): when the alarm was due and how many times it was retried. */
class AlarmInvocationInfo {
  constructor(scheduledTime, retryCount) {
    this.scheduledTime = scheduledTime;
    this.retryCount = retryCount;
    this.isRetry = retryCount > 0;
  }
}
Object.defineProperty(AlarmInvocationInfo.prototype, Symbol.toStringTag, { value: "AlarmInvocationInfo" });
// one of the runtime's API objects: structured clone refuses it (recorded)
registerHostClass(AlarmInvocationInfo);

internals.durableAlarm = function (event, done) {
  const { className, id: hex, retryCount, scheduledTime } = event;
  const pending = deliver(className, hex, null, (object) => {
    // a first run clears the stored alarm as it starts (getAlarm() is null inside the handler);
    // an alarm set again or deleted since it became due does not run (the new one will)
    if (retryCount === 0 && !storageStates.get(object.storage).host.clearAlarmForRun(scheduledTime)) return undefined;
    if (typeof object.instance.alarm !== "function") return undefined;
    return object.instance.alarm(new AlarmInvocationInfo(scheduledTime, retryCount));
  });
  settleInto(done, pending, () => ({}));
};

/**
 * Forgets live objects (all, of one class, or one object) so that the next event constructs them
 * again. With `closeWebSockets` their hibernated WebSockets are disconnected instead of kept, as
 * the Vitest integration's evictDurableObject(stub, { webSockets: "close" }): the other end sees
 * an abnormal close (1006), as when the connection is lost.
 */
internals.durableEvict = function (className, hex, closeWebSockets, done) {
  const match = (key) => className == null || (hex == null ? key.startsWith(className + "\u0000") : key === className + "\u0000" + hex);
  for (const [key, object] of [...durableObjects]) {
    if (!match(key)) continue;
    if (closeWebSockets === true) disconnectHibernated(object);
    evictDurableObject(key, object);
  }
  if (closeWebSockets === true) {
    // objects evicted earlier whose sockets still hibernate
    for (const [key, object] of [...hibernatedRecords]) {
      if (!match(key)) continue;
      disconnectHibernated(object);
      hibernatedRecords.delete(key);
    }
  }
  done({ ok: true });
};

/** Ends an object's hibernated WebSockets abnormally: their peers get a 1006 close. */
function disconnectHibernated(object) {
  if (!object.webSockets) return;
  for (const ws of object.webSockets) {
    const s = wsState(ws);
    if (s.closedOutgoing && s.closedIncoming) continue;
    s.closedOutgoing = true;
    s.closedIncoming = true;
    s.peer?.deliver({ type: "close", code: 1006, reason: "" });
  }
  object.webSockets.clear();
}

