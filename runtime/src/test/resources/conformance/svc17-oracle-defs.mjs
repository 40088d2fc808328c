// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc17-
import { CD, PRELUDE, get, req } from "./_h.mjs";
const entry = (name, body, extra = {}, head = "") => ({ name, modules: true, compatibilityDate: CD, ...extra, script: `${PRELUDE}
${head}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` });
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const E = `async (p) => { try { const v = await (typeof p === "function" ? p() : p); return { ok: typeof v === "object" && v !== null ? Object.prototype.toString.call(v) + JSON.stringify(v) : (typeof v) + ":" + String(v) }; } catch (e) { return { err: [e?.name, e?.constructor?.name, e?.message, e?.remote ?? null] }; } }`;

export default [
  multi("svc17-rpc-entrypoint-property-kinds", "rpc", "property access on an entrypoint stub: instance fields, getters, static members, prototype values, nested objects, missing names, pipelined members", [
    entry("a", `
  const r = ${E};
  out.field = await r(() => env.B.field);
  out.ctorField = await r(() => env.B.ctorField);
  out.getter = await r(() => env.B.g);
  out.getterObj = await r(() => env.B.gObj);
  out.getterObjMember = await r(() => env.B.gObj.a);
  out.getterFnCall = await r(() => env.B.gFn(4));
  out.getterThrows = await r(() => env.B.gThrow);
  out.protoVal = await r(() => env.B.pv);
  out.staticM = await r(() => env.B.sm());
  out.missing = await r(() => env.B.nope);
  out.missingCall = await r(() => env.B.nope());
  out.nestedMissing = await r(() => env.B.nope.deeper);
  out.privateCall = await r(() => env.B.priv());
  out.methodAsValue = await r(() => env.B.m);
  out.pipelineObj = await r(() => env.B.obj().inner.v);
  out.pipelineFn = await r(() => env.B.obj().inner.f(5));
  out.pipelineMissing = await r(() => env.B.obj().zz);
  out.pipelineMissingCall = await r(() => env.B.obj().zz());
  out.pipelineArrIndex = await r(() => env.B.arr()[1]);
  out.pipelineArrLen = await r(() => env.B.arr().length);
  out.pipelineStrLen = await r(() => env.B.str().length);
  out.pipelineNull = await r(() => env.B.nul().x);
  out.pipelineUndef = await r(() => env.B.undef().x);
  out.pipelineNum = await r(() => env.B.num().x);
  out.pipelineTarget = await r(() => env.B.target().val);
  out.pipelineTargetGetter = await r(() => env.B.target().gv);
  out.pipelineTargetField = await r(() => env.B.target().own);
  out.pipelineTargetMissing = await r(() => env.B.target().zzz);
  out.pipelineTargetMissingCall = await r(() => env.B.target().zzz());
  out.objectProto = await r(() => env.B.toString());
  out.hasOwn = await r(() => env.B.hasOwnProperty("m"));
  out.valueOf = await r(() => env.B.valueOf());
  out.isProto = await r(() => env.B.isPrototypeOf({}));
  out.toLocale = await r(() => env.B.toLocaleString());
  out.dunderProto = await r(() => env.B.__proto__);
  out.ctorProp = await r(() => env.B.constructor);
`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class T extends RpcTarget { own = 1; constructor() { super(); this.c = 2; } val() { return "v"; } get gv() { return "gv"; } }
export default class extends WorkerEntrypoint {
  field = "f";
  constructor(ctx, env) { super(ctx, env); this.ctorField = "cf"; }
  get g() { return "gval"; }
  get gObj() { return { a: 1, b: [2] }; }
  get gFn() { return (x) => x * 2; }
  get gThrow() { throw new RangeError("getter boom"); }
  static sm() { return "static"; }
  #p() { return 1; }
  priv() { return this.#p(); }
  m() { return "m"; }
  obj() { return { inner: { v: 7, f: (x) => x + 1 } }; }
  arr() { return [10, 20, 30]; }
  str() { return "hello"; }
  nul() { return null; }
  undef() { return undefined; }
  num() { return 5; }
  target() { return new T(); }
}
Object.getPrototypeOf(new (class {})()).constructor;
`),
  ]),
  multi("svc17-rpc-target-property-kinds", "rpc", "RpcTarget stubs: own fields, getters, symbol keys, prototype chain, methods of Object.prototype, awaiting the stub, stub identity and typeof", [
    entry("a", `
  const r = ${E};
  const s = await env.B.target();
  out.own = await r(() => s.own);
  out.ctor = await r(() => s.c);
  out.getter = await r(() => s.gv);
  out.method = await r(() => s.val());
  out.inherited = await r(() => s.base());
  out.inheritedGetter = await r(() => s.bg);
  out.toStringCall = await r(() => s.toString());
  out.valueOfCall = await r(() => s.valueOf());
  out.thenType = typeof s.then;
  out.awaitStub = await r(async () => { const v = await s; return v === s; });
  out.stubString = await r(() => String(s));
  out.stubJson = await r(() => JSON.stringify({ s }));
  out.inOp = await r(() => ["val" in s, "nothing" in s, "dup" in s]);
  out.keys = await r(() => Object.keys(s));
  out.setProp = await r(() => { s.x = 1; return s.x === 1; });
  out.deleteProp = await r(() => delete s.val);
  out.getterReturningFn = await r(() => s.gf(3));
  out.asyncMethod = await r(() => s.later());
  out.returnsThis = await r(async () => { const t2 = await s.self(); return [typeof t2, await t2.val()]; });
  out.methodOnThisField = await r(() => s.callOwn());
  out.propChain = await r(() => s.deep.a.b);
  out.propChainCall = await r(() => s.deep.a.f());
  const s2 = await env.B.target();
  out.assigned = await r(() => { s2.y = 2; return [s2.y, Object.keys(s2), "y" in s2, Object.getOwnPropertyDescriptor(s2, "y")]; });
  out.assignedMethod = await r(async () => { s2.val = () => "local"; return [typeof s2.val, await s2.val()]; });
  out.deletedMethod = await r(async () => { delete s2.val; return [typeof s2.val, await s2.val()]; });
  out.assignedSymbol = await r(() => { const k = Symbol("k"); s2[k] = 1; return [s2[k], s[k] ?? null]; });
  out.otherStubUnchanged = await r(() => s.y);
  out.bindingAssigned = await r(() => { env.B.extra = 1; return [env.B.extra, Object.keys(env.B)]; });
  out.bindingCtor = await r(() => [env.B.constructor.name, String(env.B.constructor)]);
`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Base extends RpcTarget { base() { return "base"; } get bg() { return "bg"; } }
class T extends Base {
  own = 1;
  constructor() { super(); this.c = 2; }
  val() { return "v"; }
  get gv() { return "gv"; }
  get gf() { return (x) => x * 3; }
  async later() { await new Promise((r) => setTimeout(r, 1)); return "later"; }
  self() { return this; }
  callOwn() { return this.own + this.c; }
  get deep() { return { a: { b: "deepb", f: () => "deepf" } }; }
}
export default class extends WorkerEntrypoint { target() { return new T(); } }
`),
  ]),
  multi("svc17-rpc-functions-and-streams-combos", "rpc", "functions over RPC (classes, bound, with properties, returning functions and targets, sent twice, async) and streams returned or sent in odd ways (WritableStream results, streams inside arrays, Response bodies)", [
    entry("a", `
  const r = ${E};
  class K { constructor() { this.v = 1; } }
  out.classArg = await r(() => env.B.callIt(K, 1));
  out.boundArg = await r(() => env.B.callIt(function (x) { return this.base + x; }.bind({ base: 10 }), 5));
  out.fnProps = await r(() => { const f = (x) => x; f.tag = "t"; return env.B.fnInfo(f); });
  out.asyncArg = await r(() => env.B.callIt(async (x) => { await null; return x * 2; }, 4));
  out.fnReturnsFn = await r(async () => { const g = await env.B.callIt(() => (y) => y + 100, 0); return [typeof g, await g(1)]; });
  out.fnReturnsObj = await r(async () => env.B.callIt(() => ({ a: [1, { b: 2 }], d: new Date(0) }), 0));
  out.sameFnTwice = await r(() => env.B.twice((x) => x, (x) => x));
  out.sameFnIdentity = await r(() => { const f = (x) => x; return env.B.twice(f, f); });
  out.fnThrowsTypeError = await r(() => env.B.callIt(() => { throw new TypeError("cb type"); }, 0));
  out.fnRejects = await r(() => env.B.callIt(() => Promise.reject(new RangeError("cb reject")), 0));
  out.fnArgsCount = await r(() => env.B.callMany((...a) => a.length));
  out.fnThis = await r(() => env.B.callIt(function () { return typeof this; }, 0));
  out.fnLength = await r(() => env.B.fnInfo(function (a, b, c) {}));
  out.writableBack = await r(async () => { const w = await env.B.writable(); const wr = w.getWriter(); await wr.write(new TextEncoder().encode("hi")); await wr.close(); return [w.constructor.name, await env.B.written()]; });
  out.streamsInArray = await r(async () => { const [a, b] = await env.B.streams(); return [await new Response(a).text(), await new Response(b).text()]; });
  out.responseWithStream = await r(async () => { const res = await env.B.resp(); return [res.status, res.headers.get("x-k"), await res.text()]; });
  out.requestWithStreamArg = await r(() => env.B.readReq(new Request("http://x/", { method: "POST", body: new Blob(["blobbody"]).stream(), duplex: "half" })));
  out.streamArgCancelled = await r(() => env.B.cancelIt(new ReadableStream({ pull(c) { c.enqueue(new Uint8Array([1])); } })));
  out.blobArg = await r(() => env.B.blobInfo(new Blob(["abc"], { type: "text/x" })));
  out.fileArg = await r(() => env.B.blobInfo(new File(["abcd"], "f.txt", { type: "text/y", lastModified: 5 })));
  out.formDataArg = await r(() => { const f = new FormData(); f.append("a", "1"); return env.B.echo(f); });
  out.urlArg = await r(() => env.B.echo(new URL("http://x/y?z")));
  out.headersArg = await r(async () => { const h = await env.B.echo(new Headers({ a: "1" })); return [h instanceof Headers, [...h]]; });
  out.abortSignalArg = await r(() => env.B.echo(new AbortController().signal));
  out.textEncoderStreamArg = await r(() => env.B.echo(new TextEncoderStream()));
  out.transformReadable = await r(async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array([65, 66])); w.close(); return env.B.readStream(ts.readable); });
`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let written = "";
export default class extends WorkerEntrypoint {
  async callIt(f, x) { return await f(x); }
  async fnInfo(f) { return [typeof f, f.tag ?? null, f.length ?? null, f.name ?? null]; }
  async twice(f, g) { return [f === g, await f(1), await g(2)]; }
  async callMany(f) { return await f(1, 2, 3); }
  writable() { const dec = new TextDecoder(); return new WritableStream({ write(c) { written += dec.decode(c); } }); }
  written() { return written; }
  streams() { return [new Blob(["one"]).stream(), new Blob(["two"]).stream()]; }
  resp() { return new Response(new Blob(["streamed"]).stream(), { status: 202, headers: { "x-k": "v" } }); }
  async readReq(req) { return [req.method, await req.text()]; }
  async cancelIt(s) { const rd = s.getReader(); const first = await rd.read(); await rd.cancel("enough"); return [first.value.length, first.done]; }
  async blobInfo(b) { return [b.constructor.name, b.type, b.size, await b.text(), b.name ?? null, b.lastModified ?? null]; }
  echo(v) { return v; }
  async readStream(s) { return await new Response(s).text(); }
}`),
  ]),
  multi("svc17-rpc-durable-object-property-kinds", "rpc", "property access and pipelining on a Durable Object stub and on ctx.exports entrypoints: fields, getters, statics, missing names, pipelined members, assigned properties", [
    entry("a", `
  const r = ${E};
  const s = env.D.get(env.D.idFromName("x"));
  out.field = await r(() => s.field);
  out.ctorField = await r(() => s.ctorField);
  out.getter = await r(() => s.g);
  out.getterThrows = await r(() => s.gThrow);
  out.staticM = await r(() => s.sm());
  out.missing = await r(() => s.nope);
  out.missingCall = await r(() => s.nope());
  out.methodAsValue = await r(() => s.m);
  out.pipelineObj = await r(() => s.obj().inner.v);
  out.pipelineFn = await r(() => s.obj().inner.f(5));
  out.pipelineMissing = await r(() => s.obj().zz);
  out.pipelineArrLen = await r(() => s.arr().length);
  out.pipelineTarget = await r(() => s.target().val());
  out.pipelineTargetMissing = await r(() => s.target().zzz());
  out.ctxProp = await r(() => s.ctx);
  out.envProp = await r(() => s.env);
  out.fetchProp = await r(() => typeof s.fetch);
  out.alarmCall = await r(() => s.alarm());
  out.assigned = await r(() => { s.extra = 1; return [s.extra, Object.keys(s)]; });
  out.ctorName = await r(() => [s.constructor.name, env.D.constructor.name]);
  out.exportsField = await r(() => ctx.exports.E.field);
  out.exportsGetter = await r(() => ctx.exports.E.g);
  out.exportsMissing = await r(() => ctx.exports.E.nope());
  out.exportsPipeline = await r(() => ctx.exports.E.obj().inner.f(1));
  out.exportsPipelineMissing = await r(() => ctx.exports.E.obj().zz);
  out.exportsThrow = await r(() => ctx.exports.E.boom());
  out.exportsThrowDom = await r(() => ctx.exports.E.boomDom());
  out.exportsFetchThrow = await r(() => ctx.exports.E.fetch("http://x/"));
`, { durableObjects: { D: "D" }, compatibilityFlags: ["enable_ctx_exports"] }, `import { DurableObject, WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class T extends RpcTarget { val() { return "v"; } }
export class D extends DurableObject {
  field = "f";
  constructor(ctx, env) { super(ctx, env); this.ctorField = "cf"; }
  get g() { return "gval"; }
  get gThrow() { throw new RangeError("do getter boom"); }
  static sm() { return "static"; }
  m() { return "m"; }
  obj() { return { inner: { v: 7, f: (x) => x + 1 } }; }
  arr() { return [1, 2]; }
  target() { return new T(); }
  alarm() { return "alarm called"; }
}
export class E extends WorkerEntrypoint {
  field = "f";
  get g() { return "eg"; }
  obj() { return { inner: { f: (x) => x + 2 } }; }
  boom() { throw new SyntaxError("loop boom"); }
  boomDom() { throw new DOMException("loop dom", "NotFoundError"); }
  fetch() { throw new TypeError("loop fetch boom"); }
}`),
  ]),
  multi("svc17-routing-mixed-patterns", "routing", "three workers with host, wildcard-host, path-prefix and IP routes: which worker answers for URLs differing in case, port, IPv6 hosts, encodings, double slashes and dot segments", [
    worker("first", `export default { fetch(req) { return new Response("first " + new URL(req.url).pathname); } }`, { routes: ["example.com/"] }),
    worker("api", `export default { fetch(req) { return new Response("api " + req.url); } }`, { routes: ["example.com/api*", "*.example.com/api/*"] }),
    worker("shop", `export default { fetch(req) { return new Response("shop " + req.url); } }`, { routes: ["*shop.example.com/*", "127.0.0.1/static*", "other.test/static/*", "[::1]/*", "bücher.example/*"] }),
  ], [
    { request: { url: "http://example.com/", method: "GET" } },
    { request: { url: "http://EXAMPLE.com/API/x", method: "GET" } },
    { request: { url: "http://example.com/api", method: "GET" } },
    { request: { url: "http://example.com/api/", method: "GET" } },
    { request: { url: "http://example.com/api/v1?q=1", method: "GET" } },
    { request: { url: "https://shop.example.com/cart", method: "GET" } },
    { request: { url: "http://a.b.shop.example.com/x", method: "GET" } },
    { request: { url: "http://example.com:8080/api/z", method: "GET" } },
    { request: { url: "http://[::1]/api/", method: "GET" } },
    { request: { url: "http://127.0.0.1/static/a.css", method: "GET" } },
    { request: { url: "http://127.0.0.1:9000/static", method: "GET" } },
    { request: { url: "http://other.test/static/%41", method: "GET" } },
    { request: { url: "http://other.test/Static/x", method: "GET" } },
    { request: { url: "http://xn--bcher-kva.example/", method: "GET" } },
    { request: { url: "http://example.com/api%2Fencoded", method: "GET" } },
    { request: { url: "http://example.com//api/double", method: "GET" } },
    { request: { url: "http://example.com/./api/dot", method: "GET" } },
    { request: { url: "http://sub.example.com/api/x", method: "GET" } },
    { request: { url: "http://example.org/anything", method: "GET" } },
    { request: { url: "http://example.com/apix", method: "GET" } }
  ]),
  multi("svc17-rpc-dispose-on-bindings", "rpc", "Symbol.dispose and dup on a Durable Object stub, a service binding and a ctx.exports entrypoint: absent dispose, dup as a reserved remote method, targets of a Durable Object disposed", [
    entry("a", `
  const t = async (f) => { try { return await f(); } catch (e) { return [e.name, e.message, e.remote ?? null]; } };
  const ds = env.D.get(env.D.idFromName("x"));
  out.types = [typeof ds[Symbol.dispose], typeof env.B[Symbol.dispose], typeof ctx.exports.E[Symbol.dispose], typeof env.D[Symbol.dispose], typeof ds.dup, typeof env.B.dup, typeof ctx.exports.E.dup];
  out.doDisposeThenCall = await t(async () => { const s = env.D.get(env.D.idFromName("y")); s[Symbol.dispose]?.(); return await s.m(); });
  out.bindingDisposeThenCall = await t(async () => { env.B[Symbol.dispose]?.(); return await env.B.m(); });
  out.exportsDisposeThenCall = await t(async () => { const e = ctx.exports.E; e[Symbol.dispose]?.(); return await e.m(); });
  out.doDup = await t(async () => { const d = ds.dup?.(); return d ? [typeof d, await d.m()] : "no dup"; });
  out.doTargetDispose = await t(async () => { const x = await ds.t(); x[Symbol.dispose](); return await x.x(); });
  out.bindingDup = await t(async () => { const d = env.B.dup(); return [typeof d, await d.m()]; });
  out.exportsDup = await t(async () => { const d = ctx.exports.E.dup(); return [typeof d, await d.m()]; });
`, { serviceBindings: { B: "b" }, durableObjects: { D: "D" }, compatibilityFlags: ["enable_ctx_exports"] }, `import { DurableObject, WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
export class D extends DurableObject { m() { return 1; } t() { return new (class extends RpcTarget { x() { return 2; } })(); } }
export class E extends WorkerEntrypoint { m() { return 3; } }`),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint { m() { return 5; } }`),
  ]),
];
