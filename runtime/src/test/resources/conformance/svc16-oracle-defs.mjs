// Re-record: copy oracle/defs/_h.mjs and this file (as svc16.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs svc16 (then turn bodies ending in an oracle stack into bodyMatches of their first line)
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
const E = `async (p) => { try { const v = await (typeof p === "function" ? p() : p); return { ok: typeof v === "object" && v !== null ? Object.prototype.toString.call(v) + JSON.stringify(v) : String(v) }; } catch (e) { return { err: [e?.name, e?.constructor?.name, e?.message, e?.remote ?? null] }; } }`;

export default [
  multi("svc16-rpc-value-kinds-returned", "rpc", "values returned over RPC: class instances, symbols, generators, getters, non-enumerables, Errors as values, typed arrays, Map/Set keys, Headers, URL, Blob", [
    entry("a", `
  const r = ${E};
  for (const k of ["classInst","sym","gen","asyncGen","getterObj","nonEnum","symKeys","errVal","errCause","errProps","bigArr","u8sub","dv","mapObjKey","setNested","headers","url","blob","file","urlsp","regexLast","dateBad","negZero","boxed","weakmap","promiseInObj","nullProto","arrProps","frozen","sharedRef","cyc","classWithToJSON","objWithFn","fnReturned"]) out[k] = await r(() => env.B.give(k));
  out.errFields = await t(async () => { const e = await env.B.give("errVal"); return [e instanceof Error, e.name, e.message, typeof e.stack, Object.keys(e), e.cause ?? null, e.code ?? null]; });
  out.errCauseFields = await t(async () => { const e = await env.B.give("errCause"); return [e.cause instanceof Error, e.cause?.message ?? null, e.message]; });
  out.headersType = await t(async () => { const h = await env.B.give("headers"); return [h instanceof Headers, [...h]]; });
  out.blobType = await t(async () => { const b = await env.B.give("blob"); return [b instanceof Blob, b.type, b.size, await b.text()]; });
  out.mapKey = await t(async () => { const m = await env.B.give("mapObjKey"); return [m instanceof Map, [...m.keys()].map(k => typeof k)]; });
  out.sharedRef = await t(async () => { const o = await env.B.give("sharedRef"); return o.a === o.b; });
  out.cyc = await t(async () => { const o = await env.B.give("cyc"); return o.self === o; });
  out.objWithFn = await t(async () => { const o = await env.B.give("objWithFn"); return [typeof o.f, await o.f(2), o.v]; });
  out.fnReturned = await t(async () => { const f = await env.B.give("fnReturned"); return [typeof f, await f(3)]; });
  out.u8sub = await t(async () => { const v = await env.B.give("u8sub"); return [v.constructor.name, v.length, v.byteOffset, v.buffer.byteLength, [...v]]; });
`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
class Pt { constructor() { this.x = 1; } get y() { return 2; } m() { return 3; } }
class J { toJSON() { return "j"; } }
export default class extends WorkerEntrypoint {
  give(k) {
    switch (k) {
      case "classInst": return new Pt();
      case "sym": return Symbol("s");
      case "gen": return (function* () { yield 1; })();
      case "asyncGen": return (async function* () { yield 1; })();
      case "getterObj": return { get g() { return 5; }, v: 1 };
      case "nonEnum": { const o = { a: 1 }; Object.defineProperty(o, "h", { value: 2, enumerable: false }); return o; }
      case "symKeys": return { [Symbol("k")]: 1, s: 2 };
      case "errVal": { const e = new RangeError("as value"); e.code = 5; return e; }
      case "errCause": return new Error("outer", { cause: new TypeError("inner") });
      case "errProps": { const e = new Error("p"); e.extra = { a: 1 }; return { e }; }
      case "bigArr": return new BigInt64Array([1n, -2n]);
      case "u8sub": return new Uint8Array(new ArrayBuffer(8), 2, 3).fill(7);
      case "dv": return new DataView(new ArrayBuffer(4));
      case "mapObjKey": return new Map([[{ a: 1 }, 1], ["s", 2]]);
      case "setNested": return new Set([new Set([1]), [2]]);
      case "headers": return new Headers({ a: "1", "set-cookie": "x=1" });
      case "url": return new URL("http://x/y");
      case "blob": return new Blob(["hi"], { type: "text/x" });
      case "file": return new File(["f"], "n.txt");
      case "urlsp": return new URLSearchParams("a=1");
      case "regexLast": { const r = /a/gy; r.lastIndex = 3; return r; }
      case "dateBad": return new Date(NaN);
      case "negZero": return [-0, NaN, Infinity];
      case "boxed": return [new Number(1), new String("s"), new Boolean(false), Object(1n)];
      case "weakmap": return new WeakMap();
      case "proxyObj": return new Proxy({ a: 1 }, {});
      case "promiseInObj": return { p: Promise.resolve(1) };
      case "nullProto": { const o = Object.create(null); o.a = 1; return o; }
      case "arrProps": { const a = [1, 2]; a.extra = "e"; return a; }
      case "frozen": return Object.freeze({ f: 1 });
      case "sharedRef": { const s = { z: 1 }; return { a: s, b: s }; }
      case "cyc": { const o = { n: 1 }; o.self = o; return o; }
      case "classWithToJSON": return new J();
      case "objWithFn": return { f: (x) => x * 2, v: 1 };
      case "fnReturned": return (x) => x + 1;
    }
  }
}`),
  ]),
  multi("svc16-rpc-entrypoint-members", "rpc", "which members of a WorkerEntrypoint are reachable over RPC: instance fields, getters, static members, private-ish names, symbol-named, inherited from Object.prototype, constructor, then", [
    entry("a", `
  const r = ${E};
  out.field = await r(() => env.B.field);
  out.fieldCall = await r(() => env.B.field());
  out.getter = await r(() => env.B.g);
  out.getterThrows = await r(() => env.B.gThrow);
  out.staticM = await r(() => env.B.sm());
  out.underscore = await r(() => env.B._hidden());
  out.toStr = await r(() => env.B.toString());
  out.hasOwn = await r(() => env.B.hasOwnProperty("x"));
  out.ctor = await r(() => env.B.constructor());
  out.ctorProp = await t(() => typeof env.B.constructor);
  out.valueOf = await r(() => env.B.valueOf());
  out.protoChain = await r(() => env.B.inherited());
  out.dunderProto = await r(() => env.B.__proto__);
  out.asyncM = await r(() => env.B.am());
  out.syncThrow = await r(() => env.B.st());
  out.arity = await r(() => env.B.args(1, undefined, null));
  out.noArgs = await r(() => env.B.args());
  out.thisIsInstance = await r(() => env.B.self());
  out.methodOfProp = await r(() => env.B.obj.inner());
  out.getterObjMethod = await r(() => env.B.g2.k());
  out.envFromCallee = await r(() => env.B.envKeys());
  out.ctxKeys = await r(() => env.B.ctxKeys());
  out.fetchAsRpc = await r(() => env.B.fetch("http://b/x").then(r => r.text()));
  out.missing = await r(() => env.B.nothing());
  out.missingProp = await r(() => env.B.nothing);
`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
class Base extends WorkerEntrypoint { inherited() { return "base"; } }
export default class extends Base {
  field = 7;
  get g() { return "gv"; }
  get gThrow() { throw new TypeError("getter threw"); }
  get g2() { return { k: () => "kk" }; }
  static sm() { return "static"; }
  _hidden() { return "underscore ok"; }
  obj = { inner: () => "inner" };
  async am() { await null; return "async"; }
  st() { throw new SyntaxError("sync throw"); }
  args(...a) { return [a.length, a.map(x => x === undefined ? "u" : x)]; }
  self() { return [this instanceof WorkerEntrypoint, typeof this.env, typeof this.ctx]; }
  envKeys() { return Object.keys(this.env); }
  ctxKeys() { return [typeof this.ctx.waitUntil, typeof this.ctx.passThroughOnException, "props" in this.ctx]; }
  fetch(req) { return new Response("fetched " + new URL(req.url).pathname); }
}`, { bindings: { V: 1 } }),
  ]),
  multi("svc16-sb-connect-and-shapes", "service-bindings", "service binding connect(), fetch with odd inputs, binding members", [
    entry("a", `
  const r = ${E};
  out.connectType = await t(() => typeof env.B.connect);
  out.connect = await t(async () => { const s = env.B.connect("example.com:80"); return [typeof s, Object.prototype.toString.call(s), typeof s.opened]; });
  out.connectOpened = await t(async () => { const s = env.B.connect("example.com:80"); const x = await Promise.race([s.opened.then(() => "opened", e => "rejected " + e.name + ": " + e.message), new Promise(res => setTimeout(() => res("pending"), 300))]); return x; });
  out.fetchNoArgs = await t(() => env.B.fetch());
  out.fetchRelative = await t(() => env.B.fetch("/rel"));
  out.fetchBadScheme = await t(async () => (await env.B.fetch("ftp://x/y")).text());
  out.fetchObj = await t(async () => (await env.B.fetch({ toString() { return "http://o/str"; } })).text());
  out.fetchUrlObj = await t(async () => (await env.B.fetch(new URL("http://u/obj?q"))).text());
  out.fetchReqInit = await t(async () => (await env.B.fetch(new Request("http://r/one", { method: "POST", body: "b1" }), { method: "PUT" })).text());
  out.fetchBadMethod = await t(() => env.B.fetch("http://x/", { method: "bad method" }));
  out.keys = Object.keys(env.B);
  out.str = String(env.B);
  out.tag = Object.prototype.toString.call(env.B);
  out.inObj = [ "fetch" in env.B, "connect" in env.B, "queue" in env.B, "scheduled" in env.B ];
  out.json = await t(() => JSON.stringify({ b: env.B }));
  out.clone = await t(() => structuredClone(env.B));
`, { serviceBindings: { B: "b" } }),
    worker("b", `export default { async fetch(req) { return new Response(req.method + " " + req.url + " " + (req.body ? await req.text() : "-")); }, async connect(socket) { return socket; } };`),
  ]),
  multi("svc16-errors-callee-uncaught", "errors", "uncaught errors inside a service-binding callee as the caller and the entry see them; status/body of the entry when it returns the callee's 500", [
    entry("a", `
  if (url.pathname === "/pass") return env.B.fetch("http://b/throw");
  if (url.pathname === "/passAsync") return env.B.fetch("http://b/reject");
  const r = ${E};
  for (const p of ["throw", "reject", "typeErr", "str", "obj", "nonResponse", "undef"]) out[p] = await t(async () => { const x = await env.B.fetch("http://b/" + p); return [x.status, x.headers.get("content-type"), (await x.text()).split("\\n")[0]]; });
  out.rpcThrow = await t(async () => { try { await env.B.boom(); } catch (e) { return [e.name, e.message, e.remote ?? null, typeof e.stack, e.stack.split("\\n")[0]]; } });
`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/throw") throw new Error("callee boom");
    if (p === "/reject") { await null; throw new RangeError("callee async"); }
    if (p === "/typeErr") null.x;
    if (p === "/str") throw "a string";
    if (p === "/obj") throw { message: "obj" };
    if (p === "/nonResponse") return "not a response";
    if (p === "/undef") return undefined;
    return new Response("ok");
  }
  boom() { throw new URIError("rpc boom"); }
}`),
  ], [get("/"), get("/pass"), get("/passAsync")]),
];
