// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc23
// The twenty-third session's service-binding, RPC, routing and error probes.
import { CD, get } from "./_h.mjs";
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const CATCH = `const r = async (f) => { try { const x = await f(); return "ok:" + (x instanceof Response ? x.status + " " + await x.text() : typeof x === "object" && x !== null ? JSON.stringify(x, (k, v) => typeof v === "function" ? "fn:" + typeof v : typeof v === "bigint" ? v + "n" : v) : typeof x + ":" + String(x)); } catch (e) { return [String(e?.name), e?.constructor?.name, String(e?.message)]; } };`;

const callee = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Counter extends RpcTarget { n = 0; inc(by = 1) { this.n += by; return this.n; } get value() { return this.n; } }
export default class extends WorkerEntrypoint {
  argc(...a) { return [a.length, a.map((x) => x === undefined ? "u" : x === null ? "null" : typeof x)]; }
  argsLen() { return arguments.length; }
  echo(x) { return x; }
  kinds(x) { return Object.prototype.toString.call(x) + ":" + (x?.constructor?.name); }
  nested() { return { a: { fn(x) { return "nested fn " + x; }, deep: { g: () => "deep g" } }, list: [() => "in list", 2] }; }
  counter() { return new Counter(); }
  pair() { const c = new Counter(); return { one: c, two: c, same: "x" }; }
  map() { return new Map([["k", () => "map fn"], ["c", new Counter()]]); }
  cyclic() { const o = { name: "root" }; o.self = o; o.list = [o]; return o; }
  cyclicIn(o) { return [o.self === o, o.list[0] === o, o.name]; }
  sparse() { const a = [1, , 3]; a.length = 5; return a; }
  sparseIn(a) { return [a.length, 1 in a, a[1] === undefined, Object.keys(a)]; }
  props(o) { return [Object.keys(o), Object.getPrototypeOf(o) === Object.prototype, o instanceof Object]; }
  dates(d) { return [d instanceof Date, d.getTime(), String(d.getTime())]; }
  negZero(x) { return [Object.is(x, -0), 1 / x]; }
  big(x) { return [typeof x, String(x)]; }
  regex(x) { return [x instanceof RegExp, x.source, x.flags, x.lastIndex]; }
  typed(x) { return [x.constructor.name, x.byteOffset, x.byteLength, x.length, x.buffer.byteLength]; }
  wrappers(x) { return [typeof x, Object.prototype.toString.call(x), x.valueOf()]; }
  get fnProp() { return (x) => "fnProp " + x; }
  get objProp() { return { inner: { v: 5, f: () => "objProp f" } }; }
  static staticMethod() { return "static"; }
  async later(x) { await scheduler.wait(1); return "later " + x; }
  callIt(f, ...a) { return f(...a); }
  async callTwice(f) { return [await f(1), await f(2)]; }
  async fnKinds(f) { return [typeof f, f.name, f.length, String(typeof f.call)]; }
};`;

const part1 = [
  multi("svc23-rpc-argument-counts-and-holes", "rpc", "how arguments arrive over RPC: counts with trailing undefined, holes in arrays, cycles, -0, BigInt, RegExp with lastIndex, typed-array views with offsets, boxed primitives, Dates, objects with a null prototype", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  out.none = await r(() => env.B.argc());
  out.undef = await r(() => env.B.argc(undefined));
  out.trailing = await r(() => env.B.argc(1, undefined));
  out.middle = await r(() => env.B.argc(1, undefined, 2));
  out.nulls = await r(() => env.B.argc(null, null));
  out.argsLen0 = await r(() => env.B.argsLen());
  out.argsLen2 = await r(() => env.B.argsLen(undefined, undefined));
  out.cyclicOut = await r(async () => { const o = await env.B.cyclic(); return [o.self === o, o.list[0] === o, o.name]; });
  out.cyclicIn = await r(() => { const o = { name: "in" }; o.self = o; o.list = [o]; return env.B.cyclicIn(o); });
  out.sparseOut = await r(async () => { const a = await env.B.sparse(); return [a.length, 1 in a, Object.keys(a)]; });
  out.sparseIn = await r(() => { const a = [1, , 3]; a.length = 6; return env.B.sparseIn(a); });
  out.nullProto = await r(() => env.B.props(Object.assign(Object.create(null), { a: 1 })));
  out.classInstance = await r(() => { class P { constructor() { this.x = 1; } m() {} } return env.B.props(new P()); });
  out.getterObject = await r(() => env.B.props({ get g() { return 1; }, v: 2 }));
  out.symbolKeys = await r(() => env.B.props({ [Symbol("s")]: 1, v: 2 }));
  out.nonEnumerable = await r(() => env.B.props(Object.defineProperty({ v: 1 }, "hidden", { value: 2, enumerable: false })));
  out.date = await r(() => env.B.dates(new Date(86400000)));
  out.invalidDate = await r(() => env.B.dates(new Date(NaN)));
  out.negZero = await r(() => env.B.negZero(-0));
  out.bigint = await r(() => env.B.big(2n ** 70n));
  out.bigintNeg = await r(() => env.B.big(-5n));
  out.regex = await r(() => { const x = /a(b)?/gimsuy; x.lastIndex = 3; return env.B.regex(x); });
  out.typedView = await r(() => env.B.typed(new Uint16Array(new ArrayBuffer(16), 4, 3)));
  out.dataView = await r(() => env.B.typed(new DataView(new ArrayBuffer(10), 2, 5)));
  out.float64 = await r(() => env.B.typed(new Float64Array([1.5, -0])));
  out.bigInt64 = await r(() => env.B.typed(new BigInt64Array([1n])));
  out.boxedString = await r(() => env.B.wrappers(new String("s")));
  out.boxedNumber = await r(() => env.B.wrappers(new Number(3)));
  out.boxedBool = await r(() => env.B.wrappers(new Boolean(false)));
  out.boxedBigInt = await r(() => env.B.wrappers(Object(3n)));
  out.kindsMapSet = await r(async () => [await env.B.kinds(new Map([[1, 2]])), await env.B.kinds(new Set([1]))]);
  out.kindsError = await r(() => env.B.kinds(new RangeError("x")));
  out.kindsArrayBuffer = await r(() => env.B.kinds(new ArrayBuffer(3)));
  out.kindsShared = await r(() => env.B.kinds(new SharedArrayBuffer(3)));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", callee),
  ]),
  multi("svc23-rpc-functions-in-results-and-properties", "rpc", "functions nested in results and getters: called after await and pipelined, through Maps, lists, the same RpcTarget twice in one result; function stubs' typeof, name, length, call/apply/bind; a static method; a method of a method", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  out.nestedAwaited = await r(async () => { const o = await env.B.nested(); return [await o.a.fn(1), await o.a.deep.g(), await o.list[0](), o.list[1], typeof o.a.fn]; });
  out.nestedPipelined = await r(async () => [await env.B.nested().a.fn(2), await env.B.nested().a.deep.g(), await env.B.nested().list[0]()]);
  out.pipelinedValue = await r(async () => await env.B.nested().list[1]);
  out.pipelinedMissing = await r(async () => await env.B.nested().a.missing);
  out.pipelinedMissingCall = await r(() => env.B.nested().a.missing());
  out.pipelinedValueCall = await r(() => env.B.nested().list[1]());
  out.fnProp = await r(() => env.B.fnProp("x"));
  out.fnPropAwaited = await r(async () => { const f = await env.B.fnProp; return [typeof f, await f("y")]; });
  out.objPropPipelined = await r(() => env.B.objProp.inner.f());
  out.objPropValue = await r(async () => await env.B.objProp.inner.v);
  out.sameTargetTwice = await r(async () => { const p = await env.B.pair(); await p.one.inc(2); return [p.one === p.two, await p.two.value, p.same]; });
  out.mapValues = await r(async () => { const m = await env.B.map(); return [m instanceof Map, await m.get("k")(), await m.get("c").inc(5)]; });
  out.staticMethod = await r(() => env.B.staticMethod());
  out.methodOfMethod = await r(() => env.B.echo.call(null, 1));
  out.methodApply = await r(() => env.B.echo.apply(null, [2]));
  out.methodBind = await r(() => { const f = env.B.echo.bind(null); return typeof f; });
  out.methodName = await r(() => [typeof env.B.echo, env.B.echo.name, env.B.echo.length]);
  out.stubFnKinds = await r(async () => { const o = await env.B.nested(); const f = o.a.fn; return [typeof f, f.name, f.length, typeof f.call, f instanceof Function]; });
  out.fnKindsInCallee = await r(() => env.B.fnKinds(function named(a, b) { return a; }));
  out.callItArgs = await r(() => env.B.callIt((...a) => a.length + ":" + JSON.stringify(a), 1, undefined));
  out.callTwice = await r(() => env.B.callTwice((n) => "cb" + n));
  out.asyncLater = await r(() => env.B.later("z"));
  out.counterChained = await r(async () => { const c = env.B.counter(); await c.inc(); await c.inc(3); return await c.value; });
  out.counterPipelinedTwice = await r(async () => [await env.B.counter().inc(), await env.B.counter().inc()]);
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", callee),
  ]),
];

const part2 = [
  multi("svc23-rpc-shared-array-buffer-and-stub-prototypes", "rpc", "a SharedArrayBuffer through structuredClone and RPC (argument, nested, returned, a view over one); what stubs of functions, RpcTargets, entrypoints and properties are instances of", [
    worker("a", `import { RpcStub, RpcPromise, RpcProperty } from "cloudflare:workers";
export default { async fetch(req, env) { ${CATCH}
  const out = {};
  out.cloneShared = await r(() => { const c = structuredClone(new SharedArrayBuffer(4)); return [Object.prototype.toString.call(c), c.byteLength]; });
  out.cloneSharedView = await r(() => { const c = structuredClone(new Uint8Array(new SharedArrayBuffer(4))); return [c.constructor.name, Object.prototype.toString.call(c.buffer)]; });
  out.cloneSharedNested = await r(() => structuredClone({ a: [new SharedArrayBuffer(1)] }).a.length);
  out.cloneSharedSame = await r(() => { const a = new SharedArrayBuffer(2); const c = structuredClone(a); new Uint8Array(c)[0] = 7; return [new Uint8Array(a)[0], structuredClone([a, a]).every((x, i, all) => x === all[0])]; });
  out.argShared = await r(() => env.B.echo(new SharedArrayBuffer(2)));
  out.argSharedNested = await r(() => env.B.echo({ x: new SharedArrayBuffer(2) }));
  out.argSharedView = await r(() => env.B.echo(new Int8Array(new SharedArrayBuffer(2))));
  out.retShared = await r(() => env.B.shared());
  out.retSharedView = await r(() => env.B.sharedView());
  const P = Object.getPrototypeOf, OP = Object.prototype, names = (o) => o === null ? "null" : Object.getOwnPropertyNames(o).sort().join(",");
  const shape = (x) => [x instanceof Function, x instanceof Object, x instanceof Promise, typeof x, typeof P(x), P(x) === Function.prototype, P(x) === OP, P(x) === RpcStub.prototype, P(x) !== null && P(P(x)) === OP, names(P(x)), Object.prototype.toString.call(x)];
  out.fnStub = await r(async () => { const o = await env.B.nested(); return shape(o.a.fn); });
  out.targetStub = await r(async () => shape(await env.B.counter()));
  out.bindingStub = await r(() => shape(env.B));
  out.classProtos = await r(() => [P(env.B.echo) === RpcProperty.prototype, P(env.B.echo(0)) === RpcPromise.prototype, names(RpcProperty.prototype), names(RpcPromise.prototype), names(RpcStub.prototype), P(RpcPromise.prototype) === OP, typeof P(env.B.echo).then, P(env.B.echo).constructor === RpcProperty, P(env.B.echo(0)).constructor === RpcPromise, RpcPromise.name, RpcProperty.name, RpcStub.name]);
  out.protoThenCall = await r(() => P(env.B.echo(5)).then.call(env.B.echo(6), (v) => "then " + v));
  out.protoThenForeign = await r(() => P(env.B.echo(5)).then.call({}, (v) => v));
  out.propertyStub = await r(() => [...shape(env.B.echo), P(env.B.echo) === P(env.B.other), P(env.B.echo) === P(env.B.echo.deeper)]);
  out.promiseStub = await r(() => { const p = env.B.echo(1); const q = env.B.echo(2); return [...shape(p), P(p) === P(q), P(p) === P(env.B.echo)]; });
  out.promiseStubMember = await r(() => { const p = env.B.nested().a; return shape(p); });
  out.localStub = await r(() => shape(new RpcStub({ f() {} })));
  out.localFnStub = await r(() => shape(new RpcStub(() => 1)));
  out.setProto = await r(() => { const x = env.B.echo; return [Object.setPrototypeOf(x, null) === x, P(x) === null]; });
  out.callbackInCallee = await r(() => env.B.inspectFn(() => 1));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", callee.replace("argsLen() {", `shared() { return new SharedArrayBuffer(3); }
  sharedView() { return new Uint8Array(new SharedArrayBuffer(3)); }
  inspectFn(f) { return [f instanceof Function, Object.getPrototypeOf(f) === Function.prototype, Object.prototype.toString.call(f), typeof f]; }
  argsLen() {`)),
  ]),
];

const SHAPE = `const P = Object.getPrototypeOf, OP = Object.prototype, names = (o) => o === null ? "null" : Object.getOwnPropertyNames(o).sort().join(",");
  const shape = (x) => [typeof x, x instanceof Function, x instanceof Object, P(x) === Function.prototype, P(x) === OP, P(x) !== null && P(P(x)) === OP, names(P(x)), Object.prototype.toString.call(x), Object.keys(x).join(",")];`;
const part3 = [
  multi("svc23-rpc-binding-object-shapes", "rpc", "the shapes of a Durable Object stub and namespace, an id, a ctx.exports loopback (default and named) and its props form, a named-entrypoint binding, a DO stub's method and pipelined promise, and what their prototypes hold", [
    worker("a", `import { WorkerEntrypoint, DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject { hi() { return { f: () => "f" }; } }
export class Named extends WorkerEntrypoint { ping() { return "pong"; } }
export default { async fetch(req, env, ctx) { ${CATCH}
  ${SHAPE}
  const out = {};
  const stub = env.OBJ.get(env.OBJ.idFromName("x"));
  out.doStub = await r(() => shape(stub));
  out.doNamespace = await r(() => shape(env.OBJ));
  out.doId = await r(() => shape(env.OBJ.idFromName("x")));
  out.doMethod = await r(() => shape(stub.hi));
  out.doPromise = await r(() => { const p = stub.hi(); return [...shape(p), P(p) === P(env.N.ping())]; });
  out.doPipelined = await r(() => stub.hi().f());
  out.named = await r(() => shape(env.N));
  out.namedSameProto = await r(() => [P(env.N) === P(env.B), P(env.B) === P(ctx.exports.default), P(P(ctx.exports.default)) === P(env.B), P(P(stub)) === P(env.B), P(ctx.exports.default) === P(ctx.exports.Named), P(ctx.exports.Named({})) === P(env.B), P(P(ctx.exports.Obj)) === P(env.OBJ), P(P(P(stub))) === OP, P(P(P(ctx.exports.default))) === OP]);
  out.protoNames = await r(() => [P(ctx.exports.default).constructor.name, P(stub).constructor.name, P(ctx.exports.Obj).constructor.name, typeof P(ctx.exports.default).constructor]);
  out.exportsDefault = await r(() => shape(ctx.exports.default));
  out.exportsNamed = await r(() => shape(ctx.exports.Named));
  out.exportsWithProps = await r(() => shape(ctx.exports.Named({ props: { a: 1 } })));
  out.exportsObj = await r(() => shape(ctx.exports.Obj));
  out.exportsObject = await r(() => [typeof ctx.exports, Object.keys(ctx.exports).sort().join(","), Object.prototype.toString.call(ctx.exports)]);
  out.exportsNamedPing = await r(() => ctx.exports.Named.ping());
  out.exportsPropsPing = await r(() => ctx.exports.Named({ props: { a: 1 } }).ping());
  out.protoFetchCall = await r(async () => { const f = P(env.B).fetch; return [typeof f, f.name, f.length, (await f.call(env.B, "http://x/")).status]; });
  out.protoFetchForeign = await r(() => P(env.B).fetch.call({}, "http://x/"));
  out.protoConnectName = await r(() => [P(env.B).connect.name, P(env.B).connect.length, P(env.B).constructor.name]);
  return Response.json(out); } };`, { serviceBindings: { B: "b", N: { name: "a", entrypoint: "Named" } }, durableObjects: { OBJ: "Obj" }, compatibilityFlags: ["enable_ctx_exports"] }),
    worker("b", `export default { fetch() { return new Response("b"); } };`),
  ]),
];

const DO_CHAIN = (date) => worker("a", `import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject { hi() { return "hi"; } async fetch() { return new Response("obj"); } }
export default { async fetch(req, env, ctx) { ${CATCH}
  ${SHAPE}
  const out = {};
  const stub = env.OBJ.get(env.OBJ.idFromName("x"));
  out.shape = await r(() => shape(stub));
  out.chain = await r(() => [P(P(stub)) === P(env.B), P(stub).constructor.name, typeof P(stub).constructor, names(P(P(stub)))]);
  out.members = await r(() => [typeof stub.get, typeof stub.put, typeof stub.delete, typeof stub.connect, typeof stub.fetch, typeof stub.hi, "connect" in stub, "get" in stub]);
  out.protoFetch = await r(async () => (await P(P(stub)).fetch.call(stub, "http://x/")).status);
  out.ownFetch = await r(() => [Object.getOwnPropertyNames(stub).sort().join(","), stub.fetch === stub.fetch, stub.fetch === P(P(stub)).fetch]);
  out.clone = await r(() => structuredClone(stub));
  return Response.json(out); } };`, { serviceBindings: { B: "b" }, durableObjects: { OBJ: "Obj" }, compatibilityDate: date });
const part4 = [
  multi("svc23-rpc-durable-stub-chain-2025", "rpc", "a Durable Object stub's prototype chain (its DurableObject class over Fetcher's prototype): what it inherits, and Fetcher's methods called on it", [DO_CHAIN("2025-01-01"), worker("b", `export default { fetch() { return new Response("b"); } };`)]),
  multi("svc23-rpc-durable-stub-chain-2024-01", "rpc", "the same before rpc and fetcher_no_get_put_delete (2024-01-01)", [DO_CHAIN("2024-01-01"), worker("b", `export default { fetch() { return new Response("b"); } };`)]),
];

const part5 = [
  multi("svc23-sb-fetcher-prototype-members", "service-bindings", "a service binding's members against its prototype's: identity of fetch and connect, descriptors, for-in and Object.keys, detached and rebound calls, get/put/delete by date", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const P = Object.getPrototypeOf;
  const desc = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return d === undefined ? "none" : [typeof d.value, typeof d.get, d.enumerable, d.writable, d.configurable].join("/"); };
  const out = {};
  out.identity = await r(() => [env.B.fetch === P(env.B).fetch, env.B.connect === P(env.B).connect, env.B.fetch === env.B.fetch, env.B.fetch === env.C.fetch]);
  out.descriptors = await r(() => [desc(P(env.B), "fetch"), desc(P(env.B), "connect"), desc(P(env.B), "constructor"), desc(env.B, "fetch"), desc(P(env.B), "get")]);
  out.keys = await r(() => { const forIn = []; for (const k in env.B) forIn.push(k); return [Object.keys(env.B), Object.keys(P(env.B)), forIn, Object.getOwnPropertyNames(env.B)]; });
  out.rebound = await r(async () => (await env.B.fetch.call(env.C, "http://x/")).text());
  out.reboundProto = await r(async () => (await P(env.B).fetch.call(env.C, "http://x/")).text());
  out.detached = await r(() => { const f = env.B.fetch; return f("http://x/"); });
  out.fetchNoThis = await r(() => P(env.B).fetch.call(undefined, "http://x/"));
  out.connectForeign = await r(() => P(env.B).connect.call({}, "example.com:80"));
  out.getPutDelete = await r(() => [typeof env.B.get, typeof env.B.put, typeof env.B.delete, "get" in P(env.B)]);
  return Response.json(out); } };`, { serviceBindings: { B: "b", C: "c" } }),
    worker("b", `export default { fetch() { return new Response("from b"); } };`),
    worker("c", `export default { fetch() { return new Response("from c"); } };`),
  ]),
  multi("svc23-sb-fetcher-prototype-members-2024-01", "service-bindings", "the same before rpc and fetcher_no_get_put_delete (2024-01-01)", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const P = Object.getPrototypeOf;
  const out = {};
  out.identity = await r(() => [env.B.fetch === P(env.B).fetch, env.B.get === P(env.B).get, Object.getOwnPropertyNames(P(env.B)).sort().join(",")]);
  out.get = await r(() => env.B.get("http://x/"));
  out.getOnOther = await r(() => P(env.B).get.call(env.C, "http://x/"));
  out.missing = await r(() => typeof env.B.someMethod);
  return Response.json(out); } };`, { serviceBindings: { B: "b", C: "c" }, compatibilityDate: "2024-01-01" }),
    worker("b", `export default { fetch() { return new Response("from b"); } };`),
    worker("c", `export default { fetch() { return new Response("from c"); } };`),
  ]),
];

const part6 = [
  multi("svc23-rpc-loopback-props-values", "rpc", "ctx.exports entrypoints given props of many kinds (Date, Map, BigInt, nested, a function, a stub, an RpcTarget, a Request, a binding, null-prototype, class instance): what the entrypoint's ctx.props holds, whether it is frozen, shared between calls, and mutations of it", [
    worker("a", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class T extends RpcTarget { v() { return "tv"; } }
export class Named extends WorkerEntrypoint {
  describe() { const p = this.ctx.props; return [typeof p, p === null ? "null" : Object.prototype.toString.call(p), Object.isFrozen(p), Object.keys(p ?? {}).join(","), JSON.stringify(p, (k, v) => typeof v === "bigint" ? v + "n" : v instanceof Map ? [...v] : typeof v === "function" ? "fn" : v)]; }
  kinds() { const p = this.ctx.props; return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, [typeof v, Object.prototype.toString.call(v)]])); }
  mutate() { try { this.ctx.props.added = 1; } catch (e) { return e.name + ": " + e.message; } return Object.keys(this.ctx.props).join(","); }
  async callFn() { return await this.ctx.props.f(); }
  async fetch(req) { return new Response(JSON.stringify(this.ctx.props)); }
}
export default { async fetch(req, env, ctx) { ${CATCH}
  const out = {};
  const N = (props) => ctx.exports.Named({ props });
  out.kinds = await r(() => N({ d: new Date(0), m: new Map([[1, 2]]), b: 5n, n: { deep: [1, { x: null }] }, u: undefined, re: /x/g, u8: new Uint8Array([1]) }).kinds());
  out.fn = await r(() => N({ f: () => "from caller" }).describe());
  out.fnCall = await r(() => N({ f: () => "from caller" }).callFn());
  out.target = await r(() => N({ t: new T() }).describe());
  out.request = await r(() => N({ q: new Request("http://x/") }).describe());
  out.binding = await r(() => N({ kv: env.KV }).describe());
  out.nullProto = await r(() => N(Object.assign(Object.create(null), { a: 1 })).describe());
  out.classInstance = await r(() => { class P { constructor() { this.a = 1; } } return N(new P()).describe(); });
  out.array = await r(() => N([1, 2]).describe());
  out.fnProps = await r(() => N(() => 1).describe());
  out.symbolKey = await r(() => N({ [Symbol("s")]: 1, a: 2 }).describe());
  out.frozenAndMutation = await r(async () => { const n = N({ a: 1 }); return [await n.describe(), await n.mutate(), await n.describe()]; });
  out.viaFetch = await r(async () => (await N({ a: [1, "x"] }).fetch("http://x/")).text());
  out.callerMutatesAfter = await r(async () => { const p = { a: 1 }; const n = N(p); p.a = 2; p.b = 3; return await n.describe(); });
  return Response.json(out); } };`, { kvNamespaces: ["KV"], compatibilityFlags: ["enable_ctx_exports"] }),
  ]),
];

const CTX_SHAPE = `const ctxShape = (c) => { const P = Object.getPrototypeOf(c); const names = (o) => o === null ? "null" : Object.getOwnPropertyNames(o).sort().join(","); return [Object.prototype.toString.call(c), Object.keys(c).join(","), names(c), names(P), P !== null && Object.getPrototypeOf(P) === Object.prototype, typeof c.props, JSON.stringify(c.props), typeof c.exports, typeof c.waitUntil, typeof c.passThroughOnException, typeof c.abort, P?.constructor?.name]; };`;
const part7 = [
  multi("svc23-rpc-execution-context-shapes", "rpc", "the ExecutionContext an object handler's fetch, a WorkerEntrypoint's method and fetch, and a named entrypoint with props get: class, own and prototype members, props and exports", [
    worker("a", `import { WorkerEntrypoint } from "cloudflare:workers";
${CTX_SHAPE}
export class Named extends WorkerEntrypoint { m() { return ctxShape(this.ctx); } async fetch() { return Response.json(ctxShape(this.ctx)); } }
export default { async fetch(req, env, ctx) { ${CATCH}
  const out = {};
  out.handler = await r(() => ctxShape(ctx));
  out.named = await r(() => env.N.m());
  out.namedFetch = await r(async () => (await env.N.fetch("http://x/")).json());
  out.loopback = await r(() => ctx.exports.Named({ props: { p: 1 } }).m());
  out.entrypointDefault = await r(() => env.E.m());
  out.sameCtx = await r(() => [ctx === ctx, typeof ctx.constructor, ctx.constructor === Object.getPrototypeOf(ctx).constructor]);
  out.waitUntilDetached = await r(() => { const w = ctx.waitUntil; w(Promise.resolve()); return "ok"; });
  out.waitUntilNonPromise = await r(() => { ctx.waitUntil(5); return "ok"; });
  out.ptoeDetached = await r(() => { const f = ctx.passThroughOnException; f(); return "ok"; });
  return Response.json(out); } };`, { serviceBindings: { N: { name: "a", entrypoint: "Named", props: { fromConfig: true } }, E: "e" }, compatibilityFlags: ["enable_ctx_exports"] }),
    worker("e", `import { WorkerEntrypoint } from "cloudflare:workers";
${CTX_SHAPE}
export default class extends WorkerEntrypoint { m() { return ctxShape(this.ctx); } };`),
  ]),
];

const ERR_DESC = `const desc = (e) => e instanceof Error ? [e.name, e.constructor.name, e.message, e.remote === undefined ? "no-remote" : e.remote, Object.keys(e).join(","), "cause" in e ? String(e.cause) : "no-cause", typeof e.stack] : ["thrown", typeof e, JSON.stringify(e)];
  const d = async (f) => { try { const x = await f(); return "ok:" + JSON.stringify(x); } catch (e) { return desc(e); } };`;
const part8 = [
  multi("svc23-errors-loopback-and-local-stub-throws", "errors", "errors thrown through ctx.exports loopbacks (RPC method, fetch, a getter, an async method, a returned RpcTarget's method) and through a local RpcStub: class, message, remote, own keys, cause", [
    worker("a", `import { WorkerEntrypoint, RpcTarget, RpcStub } from "cloudflare:workers";
class T extends RpcTarget { boom() { throw new RangeError("target boom", { cause: "tc" }); } }
export class Named extends WorkerEntrypoint {
  boom() { throw Object.assign(new TypeError("named boom"), { code: 7 }); }
  async asyncBoom() { await null; throw new SyntaxError("async boom"); }
  get badGetter() { throw new Error("getter boom"); }
  target() { return new T(); }
  str() { throw "a string"; }
  async fetch() { throw new Error("fetch boom"); }
}
export default { async fetch(req, env, ctx) { ${ERR_DESC}
  const out = {};
  const N = ctx.exports.Named;
  out.method = await d(() => N.boom());
  out.asyncMethod = await d(() => N.asyncBoom());
  out.getter = await d(() => N.badGetter);
  out.target = await d(() => N.target().boom());
  out.string = await d(() => N.str());
  out.fetch = await d(async () => { const res = await N.fetch("http://x/"); return [res.status, (await res.text()).slice(0, 40)]; });
  out.withProps = await d(() => N({ props: {} }).boom());
  out.missing = await d(() => N.nothing());
  const local = new RpcStub({ boom() { throw new EvalError("local boom"); }, value: 1 });
  out.localStub = await d(() => local.boom());
  out.localValue = await d(() => local.value);
  out.localMissing = await d(() => local.nothing());
  const fnStub = new RpcStub(() => { throw new URIError("fn boom"); });
  out.localFn = await d(() => fnStub());
  return Response.json(out); } };`, { compatibilityFlags: ["enable_ctx_exports"] }),
  ]),
];

export default [...part1, ...part2, ...part3, ...part4, ...part5, ...part6, ...part7, ...part8];
