// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc24
// The twenty-fourth session's service-binding, RPC, routing, error and vars probes.
import { CD, get } from "./_h.mjs";
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const CATCH = `const r = async (f) => { try { const x = await f(); return "ok:" + (x instanceof Response ? x.status + " " + await x.text() : typeof x === "object" && x !== null ? JSON.stringify(x, (k, v) => typeof v === "function" ? "fn:" + typeof v : typeof v === "bigint" ? v + "n" : v === undefined ? "undef" : v) : typeof x + ":" + String(x)); } catch (e) { return [String(e?.name), e?.constructor?.name, String(e?.message)]; } };`;

const callee = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Base extends WorkerEntrypoint { inherited() { return "inherited"; } get baseGetter() { return "baseGetter"; } }
class Target extends RpcTarget { own = "own field"; arrow = () => "arrow field"; m() { return "m"; } get g() { return "g"; } static s() { return "s"; } #p = 1; priv() { return this.#p; } [Symbol.for("sym")]() { return "sym"; } }
export default class extends Base {
  field = "class field";
  arrowField = () => "arrow";
  echo(x) { return x; }
  target() { return new Target(); }
  self() { return this; }
  envOut() { return this.env.KV ?? "no kv"; }
  ctxOut() { return this.ctx; }
  thrower(kind) {
    if (kind === "null") throw null;
    if (kind === "undef") throw undefined;
    if (kind === "num") throw 42;
    if (kind === "obj") throw { message: "plain", code: 7 };
    if (kind === "resp") throw new Response("thrown response");
    if (kind === "props") { const e = new TypeError("with props"); e.code = "E_CODE"; e.extra = { a: 1 }; throw e; }
    if (kind === "cause") throw new Error("outer", { cause: new RangeError("inner") });
    if (kind === "agg") throw new AggregateError([new Error("a1"), new TypeError("a2")], "agg msg");
    if (kind === "dom") throw new DOMException("dom msg", "DataCloneError");
    if (kind === "renamed") { const e = new Error("renamed msg"); e.name = "MyError"; throw e; }
    if (kind === "custom") { class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } } throw new MyErr("custom msg"); }
    if (kind === "nomsg") throw new Error();
    if (kind === "longmsg") throw new Error("x".repeat(5000));
    if (kind === "stack") { const e = new Error("stack msg"); e.stack = "custom stack"; throw e; }
    return "no throw";
  }
  async asyncThrow() { await null; throw new SyntaxError("async syntax"); }
  inspect(x) { return [Object.prototype.toString.call(x), x?.constructor?.name, typeof x]; }
  urlIn(u) { return [u instanceof URL, String(u)]; }
  reqIn(r) { return [r instanceof Request, r.method, r.url, r.headers.get("x-a")]; }
  async respIn(r) { return [r instanceof Response, r.status, await r.text()]; }
  headersIn(h) { return [h instanceof Headers, [...h]]; }
  async blobIn(b) { return [b instanceof Blob, b instanceof File, b.size, b.type, b.name ?? null, await b.text()]; }
  reqOut() { return new Request("http://x/y", { method: "POST", headers: { "x-a": "1" }, body: "b" }); }
  respOut() { return new Response("r body", { status: 201, headers: { "x-r": "2" } }); }
  headersOut() { return new Headers({ a: "1" }); }
  urlOut() { return new URL("http://u/v"); }
  blobOut() { return new Blob(["blob"], { type: "text/x" }); }
  fileOut() { return new File(["file"], "f.txt", { type: "text/y", lastModified: 5 }); }
  formOut() { const f = new FormData(); f.set("a", "b"); return f; }
  signalIn(s) { return [s instanceof AbortSignal, s.aborted]; }
  eventIn(e) { return typeof e; }
};`;

const part1 = [
  multi("svc24-rpc-member-exposure", "rpc", "which members of an entrypoint and an RpcTarget are reachable over RPC: inherited methods and getters, class fields, arrow fields, private fields, static and symbol members, returning this, env and ctx", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  out.inherited = await r(() => env.B.inherited());
  out.baseGetter = await r(() => env.B.baseGetter);
  out.field = await r(() => env.B.field);
  out.arrowField = await r(() => env.B.arrowField());
  out.envProp = await r(() => env.B.env);
  out.ctxProp = await r(() => env.B.ctx);
  out.ctorProp = await r(() => env.B.constructor);
  out.toStringCall = await r(() => env.B.toString());
  out.hasOwn = await r(() => env.B.hasOwnProperty("x"));
  out.protoProp = await r(() => env.B.__proto__);
  out.self = await r(() => env.B.self());
  out.envOut = await r(() => env.B.envOut());
  out.ctxOut = await r(() => env.B.ctxOut());
  out.tOwn = await r(() => env.B.target().own);
  out.tArrow = await r(() => env.B.target().arrow());
  out.tM = await r(() => env.B.target().m());
  out.tG = await r(() => env.B.target().g);
  out.tStatic = await r(() => env.B.target().s());
  out.tPriv = await r(() => env.B.target().priv());
  out.tCtor = await r(() => typeof env.B.target().constructor);
  out.tMissing = await r(() => env.B.target().nothing());
  out.tMissingProp = await r(() => env.B.target().nothing);
  out.tAwaitedKeys = await r(async () => { const t = await env.B.target(); return [Object.keys(t), typeof t.own, typeof t.m]; });
  out.methodOnMethod = await r(() => env.B.echo.foo());
  out.dupOnProp = await r(() => typeof env.B.echo.dup);
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", callee, { kvNamespaces: ["KV"] }),
  ]),
  multi("svc24-rpc-errors-crossing-kinds", "rpc", "what the caller of an RPC method sees for each thrown value: null, undefined, numbers, plain objects, Responses, errors with own properties, causes, AggregateError, DOMException, renamed and subclassed errors, empty and long messages, a replaced stack", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  const d = async (kind) => { try { await env.B.thrower(kind); return "no throw"; } catch (e) { return { type: typeof e, isErr: e instanceof Error, name: e?.name, ctor: e?.constructor?.name, msg: e?.message, keys: e && typeof e === "object" ? Object.keys(e) : null, code: e?.code ?? null, extra: e?.extra ?? null, remote: e?.remote ?? null, cause: e?.cause === undefined ? "none" : [e.cause?.name, e.cause?.message, e.cause instanceof RangeError], errors: Array.isArray(e?.errors) ? e.errors.map((x) => [x.name, x.message]) : null, stackHead: typeof e?.stack === "string" ? e.stack.split("\\n")[0] : typeof e?.stack, val: e === null || typeof e !== "object" ? String(e) : null, domCode: e?.code }; } };
  for (const k of ["null", "undef", "num", "obj", "resp", "props", "cause", "agg", "dom", "renamed", "custom", "nomsg", "longmsg", "stack"]) out[k] = await d(k);
  out.longmsg.msg = out.longmsg.msg?.length;
  out.async = await r(() => env.B.asyncThrow());
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", callee),
  ]),
  multi("svc24-rpc-web-objects-as-values", "rpc", "web platform objects as RPC arguments and results: URL, Request, Response, Headers, Blob, File, FormData, AbortSignal, Event", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  out.urlIn = await r(() => env.B.urlIn(new URL("http://a/b")));
  out.reqIn = await r(() => env.B.reqIn(new Request("http://q/r", { headers: { "x-a": "v" } })));
  out.reqInBody = await r(() => env.B.reqIn(new Request("http://q/r", { method: "PUT", body: "x" })));
  out.respIn = await r(() => env.B.respIn(new Response("hello", { status: 202 })));
  out.headersIn = await r(() => env.B.headersIn(new Headers({ b: "2", a: "1" })));
  out.blobIn = await r(() => env.B.blobIn(new Blob(["bb"], { type: "t/b" })));
  out.fileIn = await r(() => env.B.blobIn(new File(["ff"], "n.txt", { type: "t/f" })));
  out.signalIn = await r(() => env.B.signalIn(new AbortController().signal));
  out.eventIn = await r(() => env.B.eventIn(new Event("x")));
  out.formIn = await r(() => env.B.inspect(new FormData()));
  out.reqOut = await r(async () => { const q = await env.B.reqOut(); return [q instanceof Request, q.method, q.url, q.headers.get("x-a"), await q.text()]; });
  out.respOut = await r(async () => { const q = await env.B.respOut(); return [q instanceof Response, q.status, q.headers.get("x-r"), await q.text()]; });
  out.headersOut = await r(async () => { const h = await env.B.headersOut(); return [h instanceof Headers, [...h]]; });
  out.urlOut = await r(() => env.B.urlOut());
  out.blobOut = await r(async () => { const b = await env.B.blobOut(); return [b instanceof Blob, b.type, await b.text()]; });
  out.fileOut = await r(async () => { const b = await env.B.fileOut(); return [b instanceof File, b.name, b.type, b.lastModified, await b.text()]; });
  out.formOut = await r(() => env.B.formOut());
  out.cloneUrl = await r(() => structuredClone(new URL("http://c/")));
  out.cloneHeaders = await r(() => structuredClone(new Headers()));
  out.cloneBlob = await r(() => { const b = structuredClone(new Blob(["x"])); return [b instanceof Blob, b.size]; });
  out.cloneFile = await r(() => { const b = structuredClone(new File(["x"], "q")); return [b instanceof File, b.name]; });
  out.cloneRequest = await r(() => structuredClone(new Request("http://x/")));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", callee),
  ]),
];


const part2 = [
  multi("svc24-rpc-stub-reflection", "rpc", "reflection on stubs of a binding, an RpcTarget and a function: in, ownKeys, property assignment and deletion, defineProperty, freezing, JSON.stringify, String(), template literals, Symbol.toPrimitive, thenables, structuredClone, awaiting the binding itself", [
    worker("a", `import { RpcStub } from "cloudflare:workers";
export default { async fetch(req, env) { ${CATCH}
  const out = {};
  const probe = async (name, get) => {
    out[name + ".in"] = await r(async () => { const s = await get(); return ["echo" in s, "fetch" in s, "then" in s, Symbol.dispose in s]; });
    out[name + ".ownKeys"] = await r(async () => { const s = await get(); return Reflect.ownKeys(s).map(String); });
    out[name + ".assign"] = await r(async () => { const s = await get(); s.x = 1; return [s.x === 1, typeof s.x]; });
    out[name + ".delete"] = await r(async () => { const s = await get(); return delete s.echo; });
    out[name + ".define"] = await r(async () => { const s = await get(); Object.defineProperty(s, "y", { value: 2 }); return typeof s.y; });
    out[name + ".frozen"] = await r(async () => { const s = await get(); return [Object.isFrozen(s), Object.isExtensible(s), Object.isSealed(s)]; });
    out[name + ".freeze"] = await r(async () => { const s = await get(); Object.freeze(s); return Object.isFrozen(s); });
    out[name + ".json"] = await r(async () => { const s = await get(); return JSON.stringify(s); });
    out[name + ".string"] = await r(async () => { const s = await get(); return String(s); });
    out[name + ".template"] = await r(async () => { const s = await get(); return \`\${s}\`; });
    out[name + ".toPrimitive"] = await r(async () => { const s = await get(); return typeof s[Symbol.toPrimitive]; });
    out[name + ".iterator"] = await r(async () => { const s = await get(); return typeof s[Symbol.iterator]; });
    out[name + ".thenType"] = await r(async () => { const s = await get(); return typeof s.then; });
    out[name + ".clone"] = await r(async () => { const s = await get(); return typeof structuredClone(s); });
    out[name + ".getOwnDesc"] = await r(async () => { const s = await get(); return String(Object.getOwnPropertyDescriptor(s, "echo")); });
    out[name + ".hasOwn"] = await r(async () => { const s = await get(); return Object.hasOwn(s, "echo"); });
    out[name + ".preventExt"] = await r(async () => { const s = await get(); Object.preventExtensions(s); return Object.isExtensible(s); });
  };
  await probe("binding", () => env.B);
  await probe("target", () => env.B.target());
  await probe("local", () => new RpcStub({ echo(x) { return x; } }));
  out.awaitBinding = await r(async () => { const b = await env.B; return b === env.B; });
  out.awaitProperty = await r(async () => typeof (await env.B.echo));
  out.awaitTargetProp = await r(async () => { const t = await env.B.target(); return typeof (await t.m); });
  out.promiseResolveBinding = await r(async () => (await Promise.resolve(env.B)) === env.B);
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", callee),
  ]),
];

const callee3 = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let saved = null;
class T extends RpcTarget { constructor(n) { super(); this.n = n; } get num() { return this.n; } hello() { return "hello " + this.n; } }
export default class extends WorkerEntrypoint {
  echo(x) { return x; }
  save(f) { saved = f; return "saved"; }
  async callSaved(x) { return await saved(x); }
  async isStubOfOwn(s) { return [typeof s, Object.prototype.toString.call(s), s instanceof T, await s.hello()]; }
  makeT(n) { return new T(n); }
  errorOut(kind) {
    if (kind === "type") return new TypeError("returned type");
    if (kind === "props") return Object.assign(new RangeError("r"), { code: 3 });
    if (kind === "cause") return new Error("o", { cause: new Error("i") });
    if (kind === "dom") return new DOMException("d", "AbortError");
    if (kind === "nested") return { e: new SyntaxError("nested err") };
    return null;
  }
  errorIn(e) { return [e instanceof Error, e?.constructor?.name, e?.name, e?.message, Object.keys(e), e?.code ?? null, e?.cause === undefined ? "no cause" : String(e.cause), typeof e?.stack]; }
  getterObj() { let n = 0; return { get g() { n++; return "got" + n; }, v: 1 }; }
  toJsonObj() { return { toJSON() { return "json"; }, v: 2 }; }
  withUndefined() { return { a: undefined, b: [undefined], c: null }; }
  mapOut() { const k = { key: 1 }; return new Map([[k, new Set([k])]]); }
  async rejectWith(kind) { if (kind === "str") return Promise.reject("rejected string"); if (kind === "err") return Promise.reject(new URIError("rej uri")); return Promise.resolve("fine"); }
  nestedPromise() { return { p: Promise.resolve(1) }; }
};`;
const part3 = [
  multi("svc24-rpc-values-and-stub-lifetimes", "rpc", "errors as RPC values (returned and passed), getters and toJSON on results, undefined members, object keys in Maps, rejected promises with non-errors, promises nested in results, a stub passed back to its own worker, a callback saved by the callee and called by a later call, dup and dispose of function stubs", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  for (const k of ["type", "props", "cause", "dom"]) out["errorOut." + k] = await r(async () => { const e = await env.B.errorOut(k); return [e instanceof Error, e?.constructor?.name, e?.name, e?.message, Object.keys(e), e?.code ?? null, e?.cause === undefined ? "no cause" : String(e.cause), e?.remote ?? null, typeof e?.stack]; });
  out.errorOutNested = await r(async () => { const o = await env.B.errorOut("nested"); return [o.e instanceof SyntaxError, o.e.message]; });
  out.errorInType = await r(() => env.B.errorIn(new TypeError("arg type")));
  out.errorInProps = await r(() => env.B.errorIn(Object.assign(new Error("arg props"), { code: 9 })));
  out.errorInCause = await r(() => env.B.errorIn(new Error("arg", { cause: "why" })));
  out.errorInDom = await r(() => env.B.errorIn(new DOMException("arg dom", "NotFoundError")));
  out.errorInCustom = await r(() => { class E extends Error { constructor() { super("custom arg"); this.name = "E"; } } return env.B.errorIn(new E()); });
  out.getter = await r(() => env.B.getterObj());
  out.toJson = await r(async () => { const o = await env.B.toJsonObj(); return [typeof o.toJSON, o.v]; });
  out.withUndefined = await r(async () => { const o = await env.B.withUndefined(); return [Object.keys(o), "a" in o, o.b.length, 0 in o.b, o.c]; });
  out.mapOut = await r(async () => { const m = await env.B.mapOut(); const [k] = m.keys(); return [m.size, [...m.get(k)][0] === k]; });
  out.rejectStr = await r(() => env.B.rejectWith("str"));
  out.rejectErr = await r(() => env.B.rejectWith("err"));
  out.nestedPromise = await r(() => env.B.nestedPromise());
  out.stubBack = await r(async () => { const t = await env.B.makeT(7); return env.B.isStubOfOwn(t); });
  out.stubBackPipelined = await r(() => env.B.isStubOfOwn(env.B.makeT(8)));
  out.savedCallback = await r(async () => { await env.B.save((x) => "cb " + x); return await env.B.callSaved(1); });
  out.dupFn = await r(async () => { const o = await env.B.echo({ f: (x) => "f" + x }); const d = o.f.dup(); o.f[Symbol.dispose](); return [await d(2)]; });
  out.disposedFn = await r(async () => { const o = await env.B.echo({ f: (x) => "f" + x }); o.f[Symbol.dispose](); return await o.f(3); });
  out.disposedResult = await r(async () => { const o = await env.B.echo({ f: (x) => "f" + x }); o[Symbol.dispose](); return await o.f(4); });
  out.disposeTwice = await r(async () => { const t = await env.B.makeT(1); t[Symbol.dispose](); t[Symbol.dispose](); return "twice ok"; });
  out.disposedTarget = await r(async () => { const t = await env.B.makeT(1); t[Symbol.dispose](); return await t.hello(); });
  out.disposedTargetProp = await r(async () => { const t = await env.B.makeT(1); t[Symbol.dispose](); return await t.num; });
  out.disposeType = await r(async () => { const t = await env.B.makeT(1); return [typeof t[Symbol.dispose], t[Symbol.dispose].name, t[Symbol.dispose].length, t[Symbol.dispose]()]; });
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", callee3),
  ]),
];

const part4 = [
  multi("svc24-rpc-class-names-and-integrity", "rpc", "the source text of the RPC classes and of the constructors reached through stubs, promises and properties; freezing, sealing and preventing extensions of bindings, stubs, promises and properties; in-checks on a binding", [
    worker("a", `import { RpcStub, RpcPromise, RpcProperty, WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
export default { async fetch(req, env) { ${CATCH}
  const out = {};
  out.classes = await r(() => [String(RpcPromise), String(RpcProperty), String(RpcStub), RpcStub.name, String(WorkerEntrypoint), String(RpcTarget)]);
  out.ctors = await r(() => { const s = new RpcStub({ f() {} }); return [String(s.constructor), s.constructor === RpcStub, String(s.f.constructor), s.f.constructor === RpcProperty, String(s.f().constructor), s.f().constructor === RpcPromise, env.B.echo.constructor === RpcProperty, env.B.echo(1).constructor === RpcPromise, String(env.B.echo.x.constructor), String(env.B.echo(1).x.constructor)]; });
  out.ctorAwaited = await r(async () => { const t = await env.B.target(); return [String(t.constructor), t.constructor === RpcStub]; });
  const kinds = { binding: () => env.B, stub: () => new RpcStub({ f() {} }), fnStub: () => new RpcStub(() => 1), promise: () => env.B.echo(1), property: () => env.B.echo, pipelined: () => env.B.echo(1).x };
  for (const [k, get] of Object.entries(kinds)) {
    out[k + ".freeze"] = await r(() => { Object.freeze(get()); return "frozen"; });
    out[k + ".seal"] = await r(() => { Object.seal(get()); return "sealed"; });
    out[k + ".prevent"] = await r(() => { Object.preventExtensions(get()); return "prevented"; });
    out[k + ".reflectPrevent"] = await r(() => Reflect.preventExtensions(get()));
    out[k + ".state"] = await r(() => { const x = get(); return [Object.isFrozen(x), Object.isSealed(x), Object.isExtensible(x)]; });
    out[k + ".ownKeys"] = await r(() => Reflect.ownKeys(get()).map(String));
    out[k + ".in"] = await r(() => { const x = get(); return ["then" in x, "catch" in x, "constructor" in x, "foo" in x, "0" in x, Symbol.dispose in x, "length" in x, "name" in x]; });
    out[k + ".define"] = await r(() => { const x = get(); Object.defineProperty(x, "y", { value: 2 }); return [typeof x.y, Object.keys(x), Object.getOwnPropertyDescriptor(x, "y")?.enumerable ?? "none", Reflect.ownKeys(x).map(String)]; });
    out[k + ".assign"] = await r(() => { const x = get(); x.z = 3; x.z += 1; return [x.z, Object.keys(x), delete x.z, typeof x.z]; });
    out[k + ".accessor"] = await r(() => { const x = get(); let v = 0; Object.defineProperty(x, "acc", { get() { return "acc" + v; }, set(n) { v = n; }, enumerable: true }); x.acc = 5; return [x.acc, Object.keys(x)]; });
    out[k + ".lengthName"] = await r(() => { const x = get(); return [typeof x.length, typeof x.name]; });
  }
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", callee),
  ]),
];

const entries = `import { WorkerEntrypoint, RpcTarget, DurableObject } from "cloudflare:workers";
export class Plain { hello() { return "plain hello"; } fetch() { return new Response("plain fetch"); } }
export class Target extends RpcTarget { hello() { return "target hello"; } }
export class Obj extends DurableObject { hello() { return "do hello"; } }
export const objectEntry = { fetch() { return new Response("object fetch"); }, hello() { return "object hello"; } };
export const fnEntry = () => "fn";
export class Throws extends WorkerEntrypoint { constructor(ctx, env) { super(ctx, env); throw new RangeError("ctor threw"); } hello() { return "never"; } fetch() { return new Response("never"); } }
export class NoSuper extends WorkerEntrypoint { constructor(ctx, env) { super(ctx, env); this.made = "made"; } hello() { return this.made + " " + typeof this.env + " " + typeof this.ctx; } }
export class Props extends WorkerEntrypoint { hello() { return JSON.stringify(this.ctx.props); } fetch() { return new Response(JSON.stringify(this.ctx.props)); } }
export default { fetch() { return new Response("default fetch"); }, hello() { return "default hello"; } };`;
const part5 = [
  multi("svc24-sb-entrypoint-kinds", "service-bindings", "service bindings to named exports of many kinds: a plain class, an RpcTarget class, a Durable Object class, an object, a function, a number, an entrypoint whose constructor throws, the default object with an extra method; fetch and RPC on each", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  for (const k of ["PLAIN", "TARGET", "OBJ", "OBJECT", "FN", "THROWS", "NOSUPER", "DEF", "PROPS"]) {
    const noRef = (x) => JSON.parse(JSON.stringify(x).replace(/reference = \\w+/, "reference = R"));
    out[k + ".fetch"] = noRef(await r(() => env[k].fetch("http://x/")));
    out[k + ".hello"] = noRef(await r(() => env[k].hello()));
    out[k + ".helloArg"] = noRef(await r(() => env[k].hello(1)));
    out[k + ".prop"] = noRef(await r(async () => await env[k].someProp));
  }
  return Response.json(out); } };`, { serviceBindings: {
      PLAIN: { name: "b", entrypoint: "Plain" }, TARGET: { name: "b", entrypoint: "Target" }, OBJ: { name: "b", entrypoint: "Obj" },
      OBJECT: { name: "b", entrypoint: "objectEntry" }, FN: { name: "b", entrypoint: "fnEntry" },
      THROWS: { name: "b", entrypoint: "Throws" }, NOSUPER: { name: "b", entrypoint: "NoSuper" }, DEF: "b", PROPS: { name: "b", entrypoint: "Props", props: { p: [1, "two", null] } } } }),
    worker("b", entries, { durableObjects: { OBJ: "Obj" } }),
  ]),
  multi("svc24-sb-service-worker-target-rpc", "service-bindings", "RPC and fetch through a binding to a service-worker-format worker, and the binding's members seen there", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  out.fetch = await r(() => env.SW.fetch("http://x/p?q=1", { method: "POST", body: "b" }));
  const noRef = (x) => JSON.parse(JSON.stringify(x).replace(/reference = \\w+/, "reference = R"));
  out.hello = noRef(await r(() => env.SW.hello()));
  out.prop = noRef(await r(async () => await env.SW.prop));
  out.swSees = await r(() => env.SW.fetch("http://x/sees"));
  return Response.json(out); } };`, { serviceBindings: { SW: "sw" } }),
    { name: "sw", compatibilityDate: CD, serviceBindings: { BACK: "a" }, script: `addEventListener("fetch", (e) => {
  const u = new URL(e.request.url);
  if (u.pathname === "/sees") { e.respondWith((async () => new Response(JSON.stringify([typeof BACK, typeof BACK.fetch, typeof BACK.anything, "then" in BACK, Object.prototype.toString.call(BACK)])))()); return; }
  e.respondWith((async () => new Response(e.request.method + " " + e.request.url + " " + await e.request.text()))());
});` },
  ]),
];

const part6 = [
  multi("svc24-rpc-clone-subclasses-and-odd-objects", "rpc", "structured clone over RPC and structuredClone of subclasses of built-ins (Array, Map, Date, Uint8Array, Error), arguments objects, objects with an array prototype, NaN and -0 keys of Maps and Sets, wrapped primitives with properties, frozen objects, accessors with side effects during serialization", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  const out = {};
  const desc = (x) => [Object.prototype.toString.call(x), x?.constructor?.name, Array.isArray(x), Object.keys(x ?? {}).join(","), Object.isFrozen(x)];
  class MyArray extends Array {} class MyMap extends Map {} class MyDate extends Date {} class MyBytes extends Uint8Array {} class MyErr extends TypeError {}
  const samples = {
    myArray: () => MyArray.from([1, 2]),
    myMap: () => new MyMap([[1, 2]]),
    myDate: () => new MyDate(5),
    myBytes: () => new MyBytes([1, 2, 3]),
    myErr: () => new MyErr("my err"),
    args: function () { return arguments; }.bind(null, 1, 2),
    arrayProto: () => Object.setPrototypeOf({ 0: "a", length: 1 }, Array.prototype),
    frozen: () => Object.freeze({ a: 1 }),
    arrayExtra: () => Object.assign([1, 2], { extra: "x" }),
    boxedProps: () => Object.assign(new String("ab"), { p: 1 }),
    nanKeys: () => new Map([[NaN, "nan"], [-0, "zero"]]),
    setOrder: () => new Set([3, 1, 2]),
    errProps: () => Object.assign(new Error("e"), { name: "Custom" }),
  };
  for (const [k, make] of Object.entries(samples)) {
    out[k + ".rpc"] = await r(async () => { const v = await env.B.echo(make()); return [...desc(v), k === "nanKeys" ? [...v.entries()].map(([a, b]) => [String(a), Object.is(a, -0), b]) : k === "setOrder" ? [...v] : k === "myErr" || k === "errProps" ? [v.name, v.message] : k === "boxedProps" ? [String(v), v.p ?? null] : null]; });
    out[k + ".clone"] = await r(() => { const v = structuredClone(make()); return [...desc(v), k === "nanKeys" ? [...v.entries()].map(([a, b]) => [String(a), Object.is(a, -0), b]) : k === "myErr" || k === "errProps" ? [v.name, v.message] : null]; });
    out[k + ".seen"] = await r(() => env.B.describe(make()));
  }
  out.sideEffects = await r(async () => { const log = []; const o = { get a() { log.push("a"); return 1; }, b: { get c() { log.push("c"); return 2; } } }; const v = await env.B.echo(o); return [log, v]; });
  out.throwingGetter = await r(() => env.B.echo({ get bad() { throw new RangeError("getter threw"); } }));
  out.throwingGetterClone = await r(() => structuredClone({ get bad() { throw new RangeError("getter threw"); } }));
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  echo(x) { return x; }
  describe(x) { return [Object.prototype.toString.call(x), x?.constructor?.name, Array.isArray(x), Object.keys(x ?? {}).join(","), Object.isFrozen(x)]; }
};`),
  ]),
];
const routed = (name, routes) => ({ name, modules: true, compatibilityDate: CD, ...(routes ? { routes } : {}), script: `export default { fetch(req) { const u = new URL(req.url); return new Response("${name} " + u.host + u.pathname + u.search); } };` });
const part7 = [
  { name: "svc24-routing-ipv6-userinfo-and-odd-paths", area: "routing", description: "routes against IPv6 hosts, user info in the URL, double slashes, dot segments, fragments, backslashes and upper-case schemes", options: { workers: [
    routed("main"), routed("v6", ["[::1]/*"]), routed("dbl", ["api.mf//x/*"]), routed("dots", ["api.mf/a/b/*"]), routed("up", ["UP.MF/*"]), routed("frag", ["frag.mf/p"]) ] },
    steps: [get("/").request && { request: { url: "http://[::1]/x", method: "GET" } }, { request: { url: "http://[::1]:8080/y", method: "GET" } },
      { request: { url: "http://api.mf//x/y", method: "GET" } },
      { request: { url: "http://api.mf/a/./b/c", method: "GET" } }, { request: { url: "http://api.mf/a/x/../b/c", method: "GET" } },
      { request: { url: "http://api.mf/a%2Fb/c", method: "GET" } }, { request: { url: "HTTP://up.mf/Q", method: "GET" } },
      { request: { url: "http://frag.mf/p#h", method: "GET" } }, { request: { url: "http://frag.mf/p?", method: "GET" } },
      { request: { url: "http://api.mf\\a\\b\\c", method: "GET" } }, { request: { url: "http://API.MF./a/b/z", method: "GET" } } ] },

  { name: "svc24-vars-json-edge-numbers-and-proto-keys", area: "vars", description: "JSON bindings with a __proto__ key (own property after parsing), numbers beyond 2^53, 1e21, -0, tiny and huge exponents, escaped and astral characters, deep nesting, and the same value under two names (separate copies)",
    options: { modules: true, compatibilityDate: CD, bindings: JSON.parse(`{"P": {"__proto__": {"x": 1}, "y": 2}, "BIG": 12345678901234567890, "E21": 1e21, "NZ": -0, "TINY": 5e-324, "HUGE": 1.7976931348623157e308, "ESC": "a\\u0000b\\u2028c\\ud83d\\ude00", "DEEP": [[[[[[[[[[{"d": true}]]]]]]]]]], "A": {"s": 1}, "B": {"s": 1}, "ARR": [1, "two", null, false, {"k": []}], "EMPTYKEY": {"": "empty"}}`),
      script: `export default { fetch(req, env) {
  const p = env.P;
  return Response.json({
    protoOwn: Object.prototype.hasOwnProperty.call(p, "__proto__"), protoIsObject: Object.getPrototypeOf(p) === Object.prototype, protoX: p.x ?? null, keys: Object.keys(p), y: p.y,
    big: String(env.BIG), e21: String(env.E21), nz: Object.is(env.NZ, -0), nzType: typeof env.NZ, tiny: String(env.TINY), huge: String(env.HUGE),
    esc: [env.ESC.length, [...env.ESC].length, env.ESC.charCodeAt(1)], deep: JSON.stringify(env.DEEP), sameCopy: env.A === env.B, mutated: (env.A.s = 9, env.B.s),
    arr: env.ARR, emptyKey: env.EMPTYKEY[""], frozen: [Object.isFrozen(env.P), Object.isFrozen(env.ARR)], envKeys: Object.keys(env) });
} };` },
    steps: [get("/")] },
];
export default [...part1, ...part2, ...part3, ...part4, ...part5, ...part6, ...part7];
