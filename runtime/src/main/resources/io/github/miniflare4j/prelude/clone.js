// The one structured-clone walker, with V8's serializer semantics and workerd's DataCloneError
// messages. One traversal (cloneWalk) turns a value into a clone tree; the tree is then either
// rebuilt into a copy (structuredClone) or written as text (Durable Object storage values, RPC
// arguments and results, and any binding that stores a value as bytes). cloneBuild rebuilds a
// value from a tree or from text.
//
// Modes: without an RPC exporter the walker clones what V8 clones (structuredClone, storage);
// with one (RPC), functions and RpcTargets become stubs, ReadableStreams, Requests and Responses
// stream their bodies, and only plain objects (prototype Object.prototype) are accepted.
//
// Tree and text (JSON): a string, boolean, finite number or null stands for itself; everything
// else is a tagged array. The tags below are the storage format on disk: never change one,
// only add new ones.
//   ["u"] undefined, ["n", "NaN"|"Infinity"|"-Infinity"|"-0"], ["i", digits] BigInt,
//   ["d", ms|null, id?] Date, ["x", source, flags, id?] RegExp, ["r", id] an object met before,
//   ["h"] an array hole, ["a", id, [items], [[key, item], ...]] Array (non-index keys last),
//   ["o", id, [[key, item], ...]] Object, ["m", id, [[k, v], ...]] Map, ["s", id, [items]] Set,
//   ["b", id, latin1, maxByteLength?] ArrayBuffer (resizable when maxByteLength is given),
//   ["v", id, type, buffer, byteOffset, length] view,
//   ["p", id, type, value] boxed primitive, ["e", id, name, message, stack, cause?] Error,
//   ["E", id, name, message|node, stack, [[key, item], ...]] Error with its own properties (cause,
//   errors, a name no class bears first; a message that is no string as a node), as
//   enhanced_error_serialization clones it,
//   ["D", id, name, message, stack] DOMException, ["H", id, [name, value, ...]] Headers,
//   ["Q", id, method, url, [headers], body|null, redirect] Request,
//   ["R", id, status, statusText, [headers], body|null] Response,
//   RPC only: ["c", owner, capability, kind] a stub ("f" function, "t" RpcTarget),
//   ["S", owner, capability] a ReadableStream read through its owner,
//   ["W", owner, capability] a WritableStream written through its owner.
// In a tree made for a copy an ArrayBuffer's payload is the buffer itself; for text it is latin1.

// @imports DOMException, BUILTIN_ERRORS, engineMessage, describeThrown, hostClassName, utf8Encoder, utf8Decoder, defineGlobal, compatFlag, lazyModuleIfLoaded from core.js
// @imports isCanonicalIndex from text.js
// @imports AbortSignal from events.js
// @imports ReadableStream from streams.js
// @imports WritableStream from writable.js
// @imports kUrlRecord from url.js
// @imports Headers, flattenHeaders, headersFromFlat from headers.js
// @imports kBody from body.js
// @imports kFile, kBlob from blob.js
// @imports kFormData from formdata.js
// @imports later Request, givenSignal from request.js
// @imports later Response from response.js
// @imports later Fetcher from service.js
// @imports later RpcTarget from worker.js
// @imports later rpcStubReference from rpc.js
// @exports Proxy, cloneWalk, cloneTreeText, cloneBuild, cloneSerialize, cloneDeserialize, cloneWireSize, structuredClone, thrownDetails, withThrownDetails

const CLONE_VIEWS = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView,
};

const CLONE_MESSAGES = {
  notCloned: (text) => `${text} could not be cloned.`,
  unsupported: (type) => `Could not serialize object of type "${type}". This type does not support serialization.`,
  streamNotRpc: "ReadableStream can only be serialized for RPC.",
  writableNotRpc: "WritableStream can only be serialized for RPC.",
  serviceStub: "ServiceStub serialization requires the 'experimental' compat flag.",
  serviceStubHere: "ServiceStub cannot be serialized in this context.",
  durableObjectClassHere: "DurableObjectClass cannot be serialized in this context.",
  stubNotRpc: "Remote RPC references can only be serialized for RPC.",
  abortSignal: "AbortSignal serialization is not enabled.",
  detached: "An ArrayBuffer is detached and could not be cloned.",
  notTransferable: "Object is not transferable.",
  transferNotArray: "Incorrect type for the 'transfer' field on 'StructuredCloneOptions': the provided value is not of type 'Array'.",
  noArgs: "Failed to execute 'structuredClone' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'JsValue'.",
};

/** The builtin tags of objects V8's serializer refuses (besides Arguments and the Intl objects). */
const V8_UNCLONABLE_TAGS = new Set(["Generator", "AsyncGenerator", "Array Iterator", "Map Iterator", "Set Iterator",
  "String Iterator", "RegExp String Iterator", "Iterator Helper", "Async-from-Sync Iterator", "Segmenter String Iterator"]);

// V8's serializer refuses every Proxy, naming it as its target ("#<Object> could not be cloned.",
// "null" once revoked), where JavaScript cannot tell a Proxy from its target: the worker's global
// Proxy notes each Proxy it makes with its target, so the walker costs nothing until a script makes
// one. The prelude's own proxies (stubs, bindings) come from the engine's constructor, which this
// file gives the other files of the prelude as `Proxy`.
const Proxy = globalThis.Proxy;
/** The targets of the proxies the worker's scripts made (null once revoked); null until the first. */
let scriptProxyTargets = null;
const noteScriptProxy = (proxy, target) => {
  (scriptProxyTargets ??= new WeakMap()).set(proxy, target);
  return proxy;
};
const scriptProxyRevocable = Proxy.revocable;
Object.defineProperty(Proxy, "revocable", { value: { revocable(target, handler) {
  const made = scriptProxyRevocable(target, handler);
  const revoke = made.revoke;
  noteScriptProxy(made.proxy, target);
  made.revoke = () => { revoke(); scriptProxyTargets.set(made.proxy, null); };
  return made;
} }.revocable, writable: true, configurable: true });
defineGlobal("Proxy", new Proxy(Proxy, {
  construct: (target, args, newTarget) => noteScriptProxy(Reflect.construct(target, args, newTarget), args[0]),
}));

function dataCloneError(message) {
  return new DOMException(message, "DataCloneError");
}

// Objects of these prelude classes refuse serialization, as workerd's do.
const UNSERIALIZABLE_BRANDS = [
  [() => kUrlRecord, "URL"],
  [() => kFile, "File"],
  [() => kBlob, "Blob"],
  [() => kFormData, "FormData"],
];

function bytesToLatin1(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  return out;
}

function latin1ToBytes(text) {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The body of a Request or Response as a tree node: null, or (RPC only) a stream read through its owner. */
function cloneBodyNode(owner, rpc) {
  const b = owner[kBody];
  if (b.stream === null && b.bytes === null) return null;
  if (!rpc) throw dataCloneError(CLONE_MESSAGES.streamNotRpc);
  return rpc.stream(owner.body);
}

/**
 * Walks `value` into a clone tree; throws DataCloneError for what cannot be cloned.
 *
 * @param rpc null, or the RPC exporter: { stub(stub, node) -> node (a stub sent on),
 *     capability(value, kind) -> node, stream(readableStream) -> node, writable(writableStream)
 *     -> node }
 * @param copy whether the tree is for cloneBuild (ArrayBuffers copied into it) or for text
 *     (ArrayBuffers written into it as latin1 at once)
 * @param transfer ArrayBuffers moved instead of copied (structuredClone's transfer option)
 * @param plainOnly whether objects other than plain ones (and the API's) are refused, as RPC
 *     and ctx.exports' props refuse them (V8's serializer copies their own properties)
 */
function cloneWalk(value, rpc = null, copy = true, transfer = null, plainOnly = rpc !== null) {
  const seen = new Map();
  // RPC: a function, RpcTarget or stub met again in the same value is the same capability node,
  // so the receiver gets one stub for it (workerd keeps that identity)
  let capabilities = null;
  const capability = (v, make) => {
    let node = capabilities?.get(v);
    if (node === undefined) (capabilities ??= new Map()).set(v, node = make());
    return node;
  };
  const walk = (v) => {
    switch (typeof v) {
      case "string": case "boolean": return v;
      case "undefined": return ["u"];
      case "number":
        if (Number.isNaN(v)) return ["n", "NaN"];
        if (v === Infinity) return ["n", "Infinity"];
        if (v === -Infinity) return ["n", "-Infinity"];
        if (Object.is(v, -0)) return ["n", "-0"];
        return v;
      case "bigint": return ["i", v.toString()];
      case "symbol": throw dataCloneError(CLONE_MESSAGES.notCloned(String(v)));
      case "function": {
        // an RPC promise or property of one (a callable Proxy) is refused as workerd's
        // JsRpcPromise/JsRpcProperty; async functions' tag is "AsyncFunction"
        const rpcTag = v[Symbol.toStringTag];
        if (rpcTag === "JsRpcPromise" || rpcTag === "JsRpcProperty") {
          throw dataCloneError(rpc ? CLONE_MESSAGES.unsupported(rpc.pipelineTypeName?.(rpcTag) ?? rpcTag) : CLONE_MESSAGES.notCloned(`#<${rpcTag}>`));
        }
        if (rpc) return capability(v, () => rpcStubNode(v, rpc) ?? rpc.capability(v, "f"));
        rpcStubNode(v, rpc);
        // a script's Proxy of a function is named as its target (null once revoked), a callable
        // object of the runtime's API (ctx.exports' loopbacks) by its class
        const named = scriptProxyTargets !== null && scriptProxyTargets.has(v) ? scriptProxyTargets.get(v) : v;
        const apiName = named === v ? hostClassName(v) : null;
        throw dataCloneError(CLONE_MESSAGES.notCloned(apiName !== null ? `#<${apiName}>` : describeThrown(named)));
      }
    }
    if (v === null) return null;
    // (RPC sends a script's Proxy as the object it wraps: a known gap, see the README)
    if (rpc === null && scriptProxyTargets !== null && scriptProxyTargets.has(v)) {
      throw dataCloneError(CLONE_MESSAGES.notCloned(describeThrown(scriptProxyTargets.get(v))));
    }
    const known = capabilities?.get(v);
    if (known !== undefined) return known;
    if (seen.has(v)) return ["r", seen.get(v)];
    const id = seen.size;
    seen.set(v, id);
    if (Array.isArray(v)) {
      const items = [];
      for (let i = 0; i < v.length; i++) items.push(i in v ? walk(v[i]) : ["h"]);
      const extra = [];
      for (const key of Object.keys(v)) if (!isCanonicalIndex(key)) extra.push([key, walk(v[key])]);
      return ["a", id, items, extra];
    }
    if (v instanceof ArrayBuffer) {
      if (v.detached === true) throw dataCloneError(CLONE_MESSAGES.detached);
      if (transfer !== null && transfer.includes(v) && typeof v.transfer === "function") {
        let moved;
        try {
          moved = v.transfer();
        } catch (e) {
          // a WebAssembly memory's buffer cannot be detached (recorded)
          if (e instanceof TypeError) throw dataCloneError(CLONE_MESSAGES.notTransferable);
          throw e;
        }
        return v.resizable ? ["b", id, moved, v.maxByteLength] : ["b", id, moved];
      }
      const payload = copy ? v.slice(0) : bytesToLatin1(new Uint8Array(v));
      return v.resizable ? ["b", id, payload, v.maxByteLength] : ["b", id, payload];
    }
    if (v instanceof SharedArrayBuffer) {
      // V8 shares the memory with the clone (one object per buffer here, a new one in V8); workerd
      // writes it for RPC and storage too, then cannot read it back (recorded)
      if (!copy) throw new Error("Unable to deserialize cloned data.");
      return ["b", id, v];
    }
    if (ArrayBuffer.isView(v)) {
      const type = v.constructor?.name in CLONE_VIEWS ? v.constructor.name : "Uint8Array";
      const length = v instanceof DataView ? v.byteLength : v.length;
      return ["v", id, type, walk(v.buffer), v.byteOffset, length];
    }
    const tag = Object.prototype.toString.call(v).slice(8, -1);
    switch (tag) {
      case "String": case "Number": case "Boolean": case "BigInt":
        return ["p", id, typeof v.valueOf(), walk(v.valueOf())];
      case "Symbol": throw dataCloneError(CLONE_MESSAGES.notCloned("[object Symbol]"));
      case "Date": { const t = v.getTime(); return ["d", Number.isNaN(t) ? null : t, id]; }
      case "RegExp": return ["x", v.source, v.flags, id];
      case "Map": return ["m", id, [...v].map(([k, x]) => [walk(k), walk(x)])];
      case "Set": return ["s", id, [...v].map(walk)];
      case "WeakMap": case "WeakSet": case "WeakRef": case "Promise": case "FinalizationRegistry":
        throw dataCloneError(CLONE_MESSAGES.notCloned(`#<${tag}>`));
      // V8 refuses a memory that is not shared and the other objects of the JS API, naming them
      // by their class; workerd writes a module (for RPC too) but cannot read it back
      case "WebAssembly.Memory": case "WebAssembly.Instance": case "WebAssembly.Global": case "WebAssembly.Table": case "WebAssembly.Tag": {
        const name = tag.slice("WebAssembly.".length);
        if (v instanceof globalThis.WebAssembly?.[name]) throw dataCloneError(CLONE_MESSAGES.notCloned(`#<${name}>`));
        break;
      }
      case "WebAssembly.Module":
        if (v instanceof globalThis.WebAssembly?.Module) throw new Error("Unable to deserialize cloned data.");
        break;
    }
    // objects of V8's other special kinds (arguments, generators, iterators, Intl) are refused by
    // V8 itself, named as V8 names a value without running its code
    if (tag === "Arguments" || (Object.getPrototypeOf(v) !== Object.prototype && (V8_UNCLONABLE_TAGS.has(tag) || tag.startsWith("Intl.")))) {
      throw dataCloneError(CLONE_MESSAGES.notCloned(describeThrown(v)));
    }
    if (v instanceof DOMException) {
      return ["D", id, String(v.name), String(v.message), typeof v.stack === "string" ? v.stack : ""];
    }
    if (v instanceof Error) {
      if (compatFlag("enhanced_error_serialization", "2026-04-21", "legacy_error_serialization")) {
        // workerd's enhanced serialization: the class by its name (AggregateError too), the message,
        // the stack, then every other own property, enumerable; a name no class bears is one (recorded)
        const name = String(v.name);
        const standard = ERROR_CLASSES_BY_NAME.has(name);
        const entries = standard ? [] : [["name", name]];
        // the message travels as a value (an object one with a function is a DataCloneError, recorded)
        const message = typeof v.message === "string" ? v.message : walk(v.message);
        const node = ["E", id, standard ? name : "Error", message, typeof v.stack === "string" ? v.stack : "", entries];
        for (const key of Object.getOwnPropertyNames(v)) {
          if (key !== "stack" && key !== "message" && key !== "name") entries.push([key, walk(v[key])]);
        }
        return node;
      }
      // V8 keeps the name only when it is a standard one, the message and the cause when they are
      // own data properties (no getter runs), and the stack when it is a string (recorded)
      const name = BUILTIN_ERRORS.has(String(v.name)) ? String(v.name) : "Error";
      const message = Object.getOwnPropertyDescriptor(v, "message");
      const node = ["e", id, name, message && "value" in message ? String(message.value) : "", typeof v.stack === "string" ? v.stack : ""];
      const cause = Object.getOwnPropertyDescriptor(v, "cause");
      if (cause && "value" in cause) node.push(walk(cause.value));
      return node;
    }
    if (rpc !== null && rpcStubReference(v) !== undefined) return capability(v, () => rpcStubNode(v, rpc));
    rpcStubNode(v, rpc);
    for (const [brand, type] of UNSERIALIZABLE_BRANDS) {
      if (v[brand()] !== undefined) throw dataCloneError(CLONE_MESSAGES.unsupported(type));
    }
    if (v instanceof AbortSignal) throw dataCloneError(CLONE_MESSAGES.abortSignal);
    if (v instanceof ReadableStream) {
      if (!rpc) throw dataCloneError(CLONE_MESSAGES.streamNotRpc);
      return rpc.stream(v);
    }
    if (v instanceof WritableStream) {
      if (hostClassName(v) !== "WritableStream") throw dataCloneError(CLONE_MESSAGES.unsupported(hostClassName(v)));
      if (!rpc) throw dataCloneError(CLONE_MESSAGES.writableNotRpc);
      return rpc.writable(v);
    }
    // (a Durable Object stub is a Fetcher too); stubs and classes exist only once durable.js (lazy) is loaded
    const durable = lazyModuleIfLoaded("durable.js");
    if (durable !== undefined && v instanceof durable.DurableObjectStubBase) throw dataCloneError(CLONE_MESSAGES.unsupported("DurableObject"));
    if (v instanceof Fetcher) throw dataCloneError(rpc ? CLONE_MESSAGES.serviceStub : CLONE_MESSAGES.serviceStubHere);
    if (v instanceof Headers) return ["H", id, flattenHeaders(v)];
    if (v instanceof Request) {
      // workerd serializes no AbortSignal, so a request given one is refused
      if (givenSignal(v) !== null) throw dataCloneError(CLONE_MESSAGES.abortSignal);
      return ["Q", id, v.method, v.url, flattenHeaders(v.headers), cloneBodyNode(v, rpc), v.redirect];
    }
    if (v instanceof Response) {
      if (v.webSocket != null) throw dataCloneError(CLONE_MESSAGES.unsupported("WebSocket"));
      return ["R", id, v.status, v.statusText, flattenHeaders(v.headers), cloneBodyNode(v, rpc)];
    }
    if (v instanceof RpcTarget) {
      if (!rpc) throw dataCloneError(CLONE_MESSAGES.stubNotRpc);
      return capability(v, () => rpc.capability(v, "t"));
    }
    if (durable !== undefined && durable.isDurableObjectClass(v)) throw dataCloneError(CLONE_MESSAGES.durableObjectClassHere);
    // any other object of the runtime's API (TextEncoder, Event, KvNamespace, DurableObjectId, ...)
    const hostName = hostClassName(v);
    if (hostName !== null) throw dataCloneError(CLONE_MESSAGES.unsupported(hostName));
    if (plainOnly && Object.getPrototypeOf(v) !== Object.prototype) {
      // RPC sends plain objects only; V8's serializer (structuredClone, storage) copies any
      // object's own enumerable properties
      const proto = Object.getPrototypeOf(v);
      const type = proto === null ? "Object" : (proto.constructor?.name || "Object");
      throw dataCloneError(CLONE_MESSAGES.unsupported(type));
    }
    const entries = [];
    for (const key of Object.keys(v)) entries.push([key, walk(v[key])]);
    return ["o", id, entries];
  };
  return walk(value);
}

/** The node of an RPC stub being sent on (its owner's reference), or undefined for other values. */
function rpcStubNode(value, rpc) {
  const node = rpcStubReference(value);
  if (node === undefined) return undefined;
  if (!rpc) throw dataCloneError(CLONE_MESSAGES.notCloned("#<RpcStub>"));
  return rpc.stub(value, node);
}

// ---- the size of V8's serialization of a clone tree -------------------------------------------
// workerd's limits (RPC messages, WebSocket attachments) count the bytes of V8's ValueSerializer
// output (format version 15, Smis of 31 bits); these sizes follow that format for what V8 writes
// itself. Objects workerd writes as host objects (stubs, streams, Headers, Request, Response,
// DOMException) and the holey arrays V8 writes densely are estimates.

const WIRE_ERROR_TAGS = new Set(["EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"]);

function varintSize(n) {
  let size = 1;
  while (n >= 128) { n = Math.floor(n / 128); size++; }
  return size;
}

/** The bytes of V8's serialization of a clone tree made for text (copy = false), header included. */
function cloneWireSize(tree) {
  let at = 2; // 0xFF and the version
  const str = (s) => {
    let oneByte = true;
    if (s.length > 256) oneByte = !/[^\u0000-\u00ff]/.test(s); // only long messages are measured
    else for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) { oneByte = false; break; }
    if (oneByte) { at += 1 + varintSize(s.length) + s.length; return; }
    const bytes = s.length * 2;
    if ((at + 1 + varintSize(bytes)) & 1) at++; // V8 pads so that the two-byte payload is aligned
    at += 1 + varintSize(bytes) + bytes;
  };
  const num = (n) => {
    if (Number.isInteger(n) && n >= -0x40000000 && n < 0x40000000 && !Object.is(n, -0)) at += 1 + varintSize(n < 0 ? -2 * n - 1 : 2 * n);
    else at += 9;
  };
  const key = (k) => { if (isCanonicalIndex(k) && Number(k) < 0x40000000) num(Number(k)); else str(k); };
  const walk = (node) => {
    if (node === null || typeof node === "boolean") { at++; return; }
    if (typeof node === "string") { str(node); return; }
    if (typeof node === "number") { num(node); return; }
    switch (node[0]) {
      case "u": case "h": at++; return;
      case "n": at += 9; return;
      case "i": { const hexDigits = BigInt(node[1].replace("-", "")).toString(16).length; const bytes = node[1] === "0" ? 0 : Math.ceil(hexDigits / 16) * 8; at += 1 + varintSize(bytes * 2) + bytes; return; }
      case "d": at += 9; return;
      case "x": at++; str(node[1]); at += 1; return;
      case "r": at += 1 + varintSize(node[1]); return;
      case "a": {
        const [, , items, extra] = node;
        const sparse = items.some((item) => Array.isArray(item) && item[0] === "h");
        at += 1 + varintSize(items.length);
        let count = extra.length;
        items.forEach((item, i) => {
          if (!sparse) walk(item);
          else if (!(Array.isArray(item) && item[0] === "h")) { num(i); walk(item); count++; }
        });
        for (const [k, item] of extra) { key(k); walk(item); }
        at += 1 + varintSize(count) + varintSize(items.length);
        return;
      }
      case "o": for (const [k, item] of node[2]) { key(k); walk(item); } at += 2 + varintSize(node[2].length); return;
      case "m": for (const [k, v] of node[2]) { walk(k); walk(v); } at += 2 + varintSize(node[2].length * 2); return;
      case "s": for (const item of node[2]) walk(item); at += 2 + varintSize(node[2].length); return;
      case "b": at += (node.length > 3 ? 1 + varintSize(node[3]) : 1) + varintSize(node[2].length) + node[2].length; return;
      case "v": walk(node[3]); at += 2 + varintSize(node[4]) + varintSize(node[5] * (CLONE_VIEWS[node[2]]?.BYTES_PER_ELEMENT ?? 1)) + 1; return;
      case "p": at++; if (node[2] === "string") str(node[3]); else if (node[2] === "bigint") walk(["i", node[3][1]]); else if (node[2] === "number") at += 8; return;
      case "e": at += 1 + (WIRE_ERROR_TAGS.has(node[2]) ? 1 : 0); at++; str(node[3]); at++; str(node[4]); if (node.length > 5) { at++; walk(node[5]); } at++; return;
      case "E": at += 1 + (WIRE_ERROR_TAGS.has(node[2]) ? 1 : 0); at++; if (typeof node[3] === "string") str(node[3]); else walk(node[3]); at++; str(node[4]); for (const [k, item] of node[5]) { key(k); walk(item); } at += 2; return;
      case "D": at += 4; str(node[2]); str(node[3]); return;
      case "H": at += 4; for (const part of node[2]) str(part); return;
      case "Q": at += 4; str(node[2]); str(node[3]); for (const part of node[4]) str(part); if (node[5] !== null) walk(node[5]); return;
      case "R": at += 4; num(node[2]); str(node[3]); for (const part of node[4]) str(part); if (node[5] !== null) walk(node[5]); return;
      default: at += 4; // a stub or stream: a host object and its index
    }
  };
  walk(tree);
  return at;
}

/** Writes a clone tree made for text (copy = false) as text. */
function cloneTreeText(tree) {
  try {
    return JSON.stringify(tree);
  } catch (error) {
    // GraalJS's JSON.stringify stops at 1,000 levels; V8's serializer goes as deep as the stack
    if (error instanceof RangeError) return deepTreeText(tree);
    throw error;
  }
}

/** cloneTreeText for a tree nested deeper than JSON.stringify goes: a tree holds only arrays and JSON primitives. */
function deepTreeText(node) {
  if (!Array.isArray(node)) return JSON.stringify(node);
  let text = "[";
  for (let i = 0; i < node.length; i++) text += (i === 0 ? "" : ",") + deepTreeText(node[i]);
  return text + "]";
}

/**
 * Rebuilds a value from a clone tree or its text.
 *
 * @param rpc null, or the RPC importer: { capability(owner, id, kind) -> stub, stream(owner, id)
 *     -> ReadableStream, writable(owner, id) -> WritableStream }; without one, RPC nodes are refused
 * @param fromWorker whether the value comes from another worker (RPC, thrown errors' details), as
 *     workerd's deserializer for them does not trust the stacks of errors it rebuilds ("E")
 */
function cloneBuild(treeOrText, rpc = null, fromWorker = rpc !== null) {
  const tree = typeof treeOrText === "string" ? JSON.parse(treeOrText) : treeOrText;
  const refs = [];
  // one stub per capability met in the value (see cloneWalk)
  let stubs = null;
  const build = (node) => {
    if (node === null || typeof node !== "object") return node;
    switch (node[0]) {
      case "u": return undefined;
      case "n": return node[1] === "-0" ? -0 : Number(node[1]);
      case "i": return BigInt(node[1]);
      case "d": { const out = new Date(node[1] === null ? NaN : node[1]); if (node.length > 2) refs[node[2]] = out; return out; }
      case "x": { const out = new RegExp(node[1], node[2]); if (node.length > 3) refs[node[3]] = out; return out; }
      case "r": {
        // V8 registers an error only once its properties are read: a reference to it from inside
        // them finds nothing (recorded)
        const out = refs[node[1]];
        if (out === undefined) throw new Error("Unable to deserialize cloned data.");
        return out;
      }
      case "a": {
        const out = new Array(node[2].length);
        refs[node[1]] = out;
        node[2].forEach((item, i) => { if (!(Array.isArray(item) && item[0] === "h")) out[i] = build(item); });
        for (const [k, item] of node[3] ?? []) out[k] = build(item);
        return out;
      }
      case "p": { const out = Object(build(node[3])); refs[node[1]] = out; return out; }
      case "o": { const out = {}; refs[node[1]] = out; for (const [k, item] of node[2]) out[k] = build(item); return out; }
      case "m": { const out = new Map(); refs[node[1]] = out; for (const [k, item] of node[2]) out.set(build(k), build(item)); return out; }
      case "s": { const out = new Set(); refs[node[1]] = out; for (const item of node[2]) out.add(build(item)); return out; }
      case "b": {
        let out = typeof node[2] === "string" ? latin1ToBytes(node[2]).buffer : node[2];
        if (node.length > 3 && !out.resizable) {
          const resizable = new ArrayBuffer(out.byteLength, { maxByteLength: node[3] });
          new Uint8Array(resizable).set(new Uint8Array(out));
          out = resizable;
        }
        refs[node[1]] = out;
        return out;
      }
      case "v": {
        const buffer = build(node[3]);
        const Type = CLONE_VIEWS[node[2]] ?? Uint8Array;
        const out = new Type(buffer, node[4], node[5]);
        refs[node[1]] = out;
        return out;
      }
      case "e": {
        const Type = BUILTIN_ERRORS.get(node[2]) ?? Error;
        // an error without a message clones without an own "message" (recorded; "" stands for none)
        const out = node[3] === "" ? new Type() : new Type(node[3]);
        setClonedStack(out, node[4]);
        refs[node[1]] = out;
        if (node.length > 5) Object.defineProperty(out, "cause", { value: build(node[5]), writable: true, configurable: true });
        return out;
      }
      case "E": {
        const Type = ERROR_CLASSES_BY_NAME.get(node[2]) ?? Error;
        const message = typeof node[3] === "string" ? node[3] : build(node[3]);
        // the copy has an own message, "" too (recorded)
        const out = Type === AggregateError ? new AggregateError([], message) : new Type(message);
        // from another worker its stack is not kept: the copy has its own (recorded)
        if (!fromWorker) setClonedStack(out, node[4]);
        for (const [k, item] of node[5]) Object.defineProperty(out, k, { value: build(item), writable: true, enumerable: true, configurable: true });
        // registered once its properties are read, as V8 does (see "r")
        refs[node[1]] = out;
        return out;
      }
      case "D": {
        // workerd's copy of a DOMException has code, name, message (read-only) and stack as own
        // enumerable properties (recorded)
        const out = new DOMException(node[3], node[2]);
        const own = { code: out.code, name: out.name, message: out.message, stack: node[4] || out.stack };
        for (const key of Object.keys(own)) {
          delete out[key];
          Object.defineProperty(out, key, { value: own[key], writable: key === "stack", enumerable: true, configurable: true });
        }
        refs[node[1]] = out;
        return out;
      }
      case "H": { const out = headersFromFlat(node[2]); refs[node[1]] = out; return out; }
      case "Q": {
        const body = build(node[5]);
        const out = new Request(node[3], { method: node[2], headers: headersFromFlat(node[4]), body, redirect: node[6] ?? "follow" });
        refs[node[1]] = out;
        return out;
      }
      case "R": {
        const body = build(node[5]);
        // status 0 is only Response.error()'s
        const out = node[2] === 0 ? Response.error() : new Response(body, { status: node[2], statusText: node[3], headers: headersFromFlat(node[4]) });
        refs[node[1]] = out;
        return out;
      }
      case "c":
      {
        if (!rpc) throw dataCloneError(CLONE_MESSAGES.stubNotRpc);
        const key = `${node[1]}:${node[2]}`;
        let stub = stubs?.get(key);
        if (stub === undefined) (stubs ??= new Map()).set(key, stub = rpc.capability(node[1], node[2], node[3]));
        return stub;
      }
      case "S":
        if (!rpc) throw dataCloneError(CLONE_MESSAGES.streamNotRpc);
        return rpc.stream(node[1], node[2]);
      case "W":
        if (!rpc) throw dataCloneError(CLONE_MESSAGES.writableNotRpc);
        return rpc.writable(node[1], node[2]);
      default: throw new Error(`miniflare4j: unknown clone tag ${node[0]}`);
    }
  };
  return build(tree);
}

/** A rebuilt error's stack: the original's text; none when the original's was not a string ("", recorded). */
function setClonedStack(error, stack) {
  Object.defineProperty(error, "stack", { value: stack || undefined, writable: true, configurable: true });
}

/** Serializes a value as clone text (storage values, and any binding that keeps values as bytes). */
function cloneSerialize(value) {
  return cloneTreeText(cloneWalk(value, null, false));
}

/** Rebuilds a value from clone text written by cloneSerialize (or by Java's CloneCodec). */
function cloneDeserialize(text) {
  return cloneBuild(text);
}

/**
 * What of a value thrown to another worker travels beyond the name and message of its
 * description, as clone text made by the thrower's serializer; its receiver uses it only with
 * enhanced_error_serialization (see withThrownDetails). undefined for nothing: a DOMException, a
 * primitive, or a value that cannot be cloned (the receiver then has the description alone).
 *
 * With the thrower's enhanced_error_serialization (from 2026-04-21), an error travels as its name
 * when no standard class bears it, its message, and all its other own properties (cause, errors,
 * what a script set); without it, as V8 clones it (a standard class by its name, the message and
 * the cause when they are own data properties, the stack). Any other object is a clone of
 * itself (recorded). `inBody`: the error a response body's stream failed with.
 */
function thrownDetails(thrown, inBody = false) {
  if (thrown === null || typeof thrown !== "object" || thrown instanceof DOMException) return undefined;
  try {
    const enhanced = compatFlag("enhanced_error_serialization", "2026-04-21", "legacy_error_serialization");
    // the error of a response body's stream carries nothing from an older thrower (recorded)
    if (!enhanced && inBody) return undefined;
    if (!(thrown instanceof Error) || !enhanced) return cloneSerialize(["v", thrown]);
    const name = thrown.name;
    const entries = [];
    for (const key of Object.getOwnPropertyNames(thrown)) {
      if (key !== "stack" && key !== "message" && key !== "name") entries.push([key, thrown[key]]);
    }
    // one property that cannot be cloned (the name too) leaves the description alone (recorded)
    // a message that is no string travels as a value (an object with a method cannot, recorded)
    const message = typeof thrown.message === "string" ? engineMessage(thrown) : thrown.message;
    return cloneSerialize(["e", message, entries, ...(ERROR_CLASSES_BY_NAME.has(name) ? [] : [name])]);
  } catch {
    return undefined;
  }
}

/** The error classes an error keeps by its name with enhanced_error_serialization (others become Error with an own name). */
const ERROR_CLASSES_BY_NAME = new Map([...BUILTIN_ERRORS, ["AggregateError", AggregateError]]);

/**
 * The receiving side of thrownDetails, with enhanced_error_serialization: `error`, revived from
 * the description, completed with an enhanced thrower's details (its message, an own enumerable
 * name first, then the other properties, as workerd's deserializer leaves them), or the value an
 * older thrower's serializer cloned (an error as V8 rebuilds it, any other object as itself).
 * `error` when the receiver's flag is off, there are no details, or they cannot be rebuilt.
 */
function withThrownDetails(error, details) {
  if (!details || !compatFlag("enhanced_error_serialization", "2026-04-21", "legacy_error_serialization")) return error;
  let kind, rest;
  try {
    [kind, ...rest] = cloneBuild(details, null, true);
  } catch {
    // details that cannot be rebuilt (a reference to an error from inside its own properties)
    // leave the description (recorded)
    return error;
  }
  if (kind === "v") return rest[0];
  const [message, entries, ...named] = rest;
  Object.defineProperty(error, "message", { value: message, writable: true, enumerable: false, configurable: true });
  if (named.length > 0) Object.defineProperty(error, "name", { value: named[0], writable: true, enumerable: true, configurable: true });
  for (const [key, value] of entries) {
    Object.defineProperty(error, key, { value, writable: true, enumerable: true, configurable: true });
  }
  return error;
}

/**
 * A value as bytes (the UTF-8 of its clone text), for a binding that keeps values as bytes (a
 * queue message, say); throws DataCloneError as cloneSerialize does. cloneFromBytes reverses it;
 * Java reads the same bytes with CloneCodec.decode(new String(bytes, UTF_8)).
 */
function cloneToBytes(value) {
  return utf8Encoder.encode(cloneSerialize(value));
}

function cloneFromBytes(bytes) {
  return cloneDeserialize(utf8Decoder.decode(bytes));
}

function structuredClone(value = undefined, options = undefined) { // (length 0, as setTimeout's)
  if (arguments.length === 0) throw new TypeError(CLONE_MESSAGES.noArgs);
  if (options !== undefined && options !== null && typeof options !== "object" && typeof options !== "function") {
    throw new TypeError("Failed to execute 'structuredClone' on 'ServiceWorkerGlobalScope': parameter 2 is not of type 'StructuredCloneOptions'.");
  }
  const given = options?.transfer;
  if (given !== undefined && (given === null || typeof given !== "object" || typeof given[Symbol.iterator] !== "function")) {
    throw new TypeError(CLONE_MESSAGES.transferNotArray);
  }
  const transfer = given === undefined ? null : [...given];
  // only ArrayBuffers can be transferred here (workerd, recorded)
  if (transfer !== null && transfer.some((t) => !(t instanceof ArrayBuffer))) throw new TypeError("Object is not transferable");
  const tree = cloneWalk(value, null, true, transfer);
  // a string is its own tree; cloneBuild would read it as serialized text
  return typeof tree === "string" ? tree : cloneBuild(tree);
}

internals.cloneSerialize = cloneSerialize;
/** Throws the DataCloneError workerd's RPC throws sending `value` (streams, stubs, functions and RpcTargets pass). */
internals.cloneCheckRpc = function (value) {
  const sent = () => ["u"];
  cloneWalk(value, { stub: sent, capability: sent, stream: sent, writable: sent });
};
internals.cloneDeserialize = cloneDeserialize;
internals.cloneToBytes = cloneToBytes;
internals.cloneFromBytes = cloneFromBytes;
defineGlobal("structuredClone", structuredClone);
