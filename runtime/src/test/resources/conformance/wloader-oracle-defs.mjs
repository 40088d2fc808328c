// Re-record: cp runtime/src/test/resources/conformance/wloader-oracle-defs.mjs DEFS/wloader.mjs (with oracle/defs/_h.mjs), then
// cd /work/wt/oracle && DEFS_DIR=DEFS RECORD_OUT=OUT node record.mjs wloader-
import { PRELUDE, CD, get } from "./_h.mjs";

// A worker named "main" with env.LOADER, env.KV and env.SELF (a service binding to its own Svc entrypoint);
// the fetch handler body fills `out`, with helpers: code(main, extra) builds a WorkerCode, f(stub) fetches its default entrypoint.
const W = (body) => ({
  workers: [{
    name: "main", modules: true, compatibilityDate: CD,
    workerLoaders: { LOADER: {} }, kvNamespaces: ["KV"], serviceBindings: { SELF: { name: "main", entrypoint: "Svc" } },
    script: `${PRELUDE}
import { WorkerEntrypoint } from "cloudflare:workers";
export class Svc extends WorkerEntrypoint { fetch(req) { return new Response("svc " + req.method + " " + req.url) } hello(x) { return "hello " + x } }
const code = (main, extra) => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: { "main.js": main }, ...extra });
const f = async (stub, url = "http://x/", init) => { const r = await stub.getEntrypoint().fetch(url, init); return r.status + " " + await r.text(); };
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const L = env.LOADER;
${body}
    return Response.json(out);
  }
};`,
  }],
});
const c = (name, description, body) => ({ name, area: "worker-loader", description, options: W(body), steps: [get("/")] });

export default [
  c("wloader-shape", "env.LOADER, its stubs and entrypoints: tags, prototypes, constructors, JSON, argument checks", `
    out.type = typeof L; out.tag = Object.prototype.toString.call(L); out.keys = Object.keys(L);
    out.protoKeys = Object.getOwnPropertyNames(Object.getPrototypeOf(L)); out.json = JSON.stringify(L);
    out.ctor = L.constructor.name; out.inEnv = Object.keys(env);
    const w = L.get("a", () => code("export default { fetch() { return new Response('a') } }"));
    out.stubTag = Object.prototype.toString.call(w); out.stubKeys = Object.getOwnPropertyNames(Object.getPrototypeOf(w));
    out.stubCtor = w.constructor.name;
    const e = w.getEntrypoint(); out.epTag = Object.prototype.toString.call(e); out.epCtor = e.constructor.name;
    out.epJson = JSON.stringify(e); out.epHasFetch = "fetch" in e;
    out.doClass = Object.prototype.toString.call(w.getDurableObjectClass("X"));
    out.getNoArgs = await t(async () => L.get());
    out.getNoCb = await t(async () => L.get("m"));
    out.getBadCb = await t(async () => L.get("m", {}));
    out.loadNoArgs = await t(async () => L.load());
    out.loadType = typeof L.load;
    out.numId = await t(() => f(L.get(42, () => code("export default { fetch() { return new Response('num') } }"))));
    out.numIdAgain = await t(() => f(L.get("42", () => code("export default { fetch() { return new Response('str') } }"))));`),
  c("wloader-basic", "get(): the callback runs once per id at first use, module state is kept; async callbacks; load()", `
    let calls = 0;
    const first = L.get("a", () => { calls++; return code("let n = 0; export default { fetch(req, env) { n++; return new Response('hi ' + req.url + ' ' + n + ' ' + JSON.stringify(Object.keys(env))) } }"); });
    out.callsAfterGet = calls;
    await null; await null;
    out.callsAfterTicks = calls;
    out.first = await t(() => f(first, "http://x/y"));
    out.callsAfterFetch = calls;
    out.again = await t(() => f(L.get("a", () => { calls++; return code("export default { fetch() { return new Response('other') } }"); }), "http://x/z"));
    out.sameStub = await t(() => f(first, "http://x/w"));
    out.calls = calls;
    out.asyncCb = await t(() => f(L.get("b", async () => code("export default { fetch() { return new Response('async') } }"))));
    out.load = await t(() => f(L.load(code("export default { fetch() { return new Response('loaded') } }"))));
    const loaded = L.load(code("let n = 0; export default { fetch() { return new Response('n' + (++n)) } }"));
    out.loadTwice = [await t(() => f(loaded)), await t(() => f(loaded))];
    out.status = await t(() => f(L.get("s", () => code("export default { fetch() { return new Response('teapot', { status: 418, headers: { 'x-h': 'v' } }) } }"))));
    out.headers = await t(async () => [...(await L.get("s", () => null).getEntrypoint().fetch("http://x/")).headers]);`),
  c("wloader-modules", "module kinds (string, js, cjs, text, data, json) and relative imports between folders", `
    out.types = await t(async () => (await L.get("j", () => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: {
       "main.js": "import t from './t.txt'; import d from './d.bin'; import j from './j.json'; import c from './c.cjs'; import x from './x.js'; export default { fetch() { return Response.json({ t, d: [...new Uint8Array(d)], dt: Object.prototype.toString.call(d), j, c, x }) } }",
       "t.txt": { text: "hello" }, "d.bin": { data: new Uint8Array([1,2,3]) }, "j.json": { json: { a: 1, b: [true, null] } }, "c.cjs": { cjs: "module.exports = { q: 1 }" }, "x.js": { js: "export default 'xx'" } } })).getEntrypoint().fetch("http://x/")).json());
    out.subdir = await t(() => f(L.get("subdir", () => ({ compatibilityDate: "2025-01-01", mainModule: "src/main.js", modules: { "src/main.js": "import x from './lib/x.js'; import y from '../y.js'; export default { fetch() { return new Response(x + y) } }", "src/lib/x.js": "export default 'X'", "y.js": "export default 'Y'" } }))));
    out.mainJsObject = await t(() => f(L.get("mainjs", () => ({ compatibilityDate: "2025-01-01", mainModule: "w.js", modules: { "w.js": { js: "export default { fetch() { return new Response('js object') } }" } } }))));
    out.dataBuffer = await t(() => f(L.get("databuf", () => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: { "main.js": "import d from './d'; export default { fetch() { return new Response(String(d.byteLength)) } }", "d": { data: new ArrayBuffer(4) } } }))));
    out.namedImport = await t(() => f(L.get("named", () => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: { "main.js": "import { a, b } from './lib.js'; export default { fetch() { return new Response(a + b) } }", "lib.js": "export const a = 'A'; export const b = 'B';" } }))));`),
  c("wloader-env", "env of a loaded worker: structured-cloned values, service bindings passed through, bindings and functions refused", `
    out.plain = await t(async () => (await L.get("c", () => ({ ...code("export default { fetch(req, env) { return Response.json({ keys: Object.keys(env), v: env.V, n: env.N }) } }"), env: { V: "v", N: { a: 1 } } })).getEntrypoint().fetch("http://x/")).json());
    out.cloned = await t(async () => (await L.get("cloneenv", () => code("export default { fetch(req, env) { return Response.json({ d: env.D instanceof Date, dv: env.D.getTime(), u: env.U instanceof Uint8Array, uv: [...env.U], m: env.M instanceof Map, mv: [...env.M], s: typeof env.S, n: env.N, arr: env.A, big: typeof env.B, reclone: structuredClone(env.M).size }) } }", { env: { D: new Date(5), U: new Uint8Array([1, 2]), M: new Map([[1, 2]]), S: "str", N: null, A: [1, "2"], B: 10n } })).getEntrypoint().fetch("http://x/")).json());
    out.copied = await t(async () => { const obj = { n: 1 }; const w = L.get("copy", () => code("export default { fetch(req, env) { env.O.n++; return new Response(String(env.O.n)) } }", { env: { O: obj } })); const a = await f(w); obj.n = 100; return [a, await f(w), obj.n]; });
    out.service = await t(() => f(L.get("svc", () => code("export default { async fetch(req, env) { return new Response((await (await env.S.fetch('http://y/')).text()) + ' ' + await env.S.hello('a') + ' ' + Object.prototype.toString.call(env.S)) } }", { env: { S: env.SELF } }))));
    out.kv = await t(() => f(L.get("kv", () => code("export default { async fetch(req, env) { return new Response('x') } }", { env: { MYKV: env.KV } }))));
    out.nestedKv = await t(() => f(L.get("nested", () => code("export default { async fetch(req, env) { return new Response('x') } }", { env: { O: { kv: env.KV } } }))));
    out.fn = await t(() => f(L.get("fnenv", () => code("export default { fetch() { return new Response('x') } }", { env: { F: () => 1 } }))));
    out.noEnv = await t(() => f(L.get("noenv", () => code("export default { fetch(req, env) { return new Response(JSON.stringify(env) + ' ' + typeof env) } }"))));`),
  c("wloader-rpc", "entrypoints of a loaded worker: named WorkerEntrypoint, default object and class, props, errors", `
    const d = () => code("import { WorkerEntrypoint } from 'cloudflare:workers'; export class Api extends WorkerEntrypoint { add(a, b) { return a + b } get who() { return 'api' } boom() { throw new RangeError('bad') } } export default { fetch() { return new Response('d') }, ping() { return 'pong' }, one(x) { return 'one ' + JSON.stringify(x) } }");
    out.named = await t(() => L.get("d", d).getEntrypoint("Api").add(2, 3));
    out.namedFetch = await t(() => f({ getEntrypoint: () => L.get("d", d).getEntrypoint("Api") }));
    out.getter = await t(() => L.get("d", d).getEntrypoint("Api").who);
    out.throws = await t(() => L.get("d", d).getEntrypoint("Api").boom());
    out.objectNoArgs = await t(() => L.get("d", d).getEntrypoint().ping());
    out.objectOneArg = await t(() => L.get("d", d).getEntrypoint().one({ a: 1 }));
    out.missingMethod = await t(() => L.get("d", d).getEntrypoint("Api").nope(1));
    out.missingEntrypoint = await t(() => L.get("d", d).getEntrypoint("Nope").add(1, 2));
    out.missingEntrypointFetch = await t(() => f({ getEntrypoint: () => L.get("d", d).getEntrypoint("Nope") }));
    const cls = () => code("import { WorkerEntrypoint } from 'cloudflare:workers'; export default class extends WorkerEntrypoint { add(a, b) { return { sum: a + b, env: Object.keys(this.env), p: this.ctx.props } } fetch(req) { return new Response('cls ' + JSON.stringify(this.ctx.props)) } }", { env: { Z: 1 } });
    out.classDefault = await t(() => L.get("cls", cls).getEntrypoint().add(1, 2));
    out.props = await t(() => L.get("cls", cls).getEntrypoint(undefined, { props: { a: 1 } }).add(1, 2));
    out.propsFetch = await t(async () => (await L.get("cls", cls).getEntrypoint(undefined, { props: { b: 2 } }).fetch("http://x/")).text());
    out.stubResult = await t(async () => { const r = await L.get("stub", () => code("import { RpcTarget, WorkerEntrypoint } from 'cloudflare:workers'; class C extends RpcTarget { get(x) { return 'c' + x } } export default class extends WorkerEntrypoint { make() { return new C() } }")).getEntrypoint().make(); return await r.get(1); });`),
  c("wloader-errors", "errors of WorkerCode and of starting: messages, kept per id", `
    const g = (id, cb) => t(() => f(L.get(id, cb)));
    out.noMain = await g("e", () => ({ compatibilityDate: "2025-01-01", modules: { "main.js": "export default {}" } }));
    out.badMain = await g("f", () => ({ compatibilityDate: "2025-01-01", mainModule: "nope.js", modules: { "main.js": "export default {}" } }));
    out.mainCjs = await g("maincjs", () => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: { "main.js": { cjs: "module.exports = {}" } } }));
    out.mainText = await g("maintext", () => ({ compatibilityDate: "2025-01-01", mainModule: "main.txt", modules: { "main.txt": { text: "hi" } } }));
    out.noDate = await g("h", () => ({ mainModule: "main.js", modules: { "main.js": "export default { fetch() { return new Response('nodate') } }" } }));
    out.badDate = await g("baddate", () => code("export default {}", { compatibilityDate: "nope" }));
    out.badDate2 = await g("baddate2", () => code("export default {}", { compatibilityDate: "2025-02-30" }));
    out.futureDate = await g("futdate", () => code("export default {}", { compatibilityDate: "2099-01-01" }));
    out.cbThrows = await g("i", () => { throw new Error("boom"); });
    out.cbRejects = await g("cbrej", async () => { throw new RangeError("rej"); });
    out.cbNull = await g("cbnull", () => null);
    out.noModules = await g("nomods", () => ({ compatibilityDate: "2025-01-01", mainModule: "main.js" }));
    out.badModuleType = await g("badtype", () => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: { "main.js": "export default {}", "x": { foo: 1 } } }));
    out.twoKinds = await g("twokinds", () => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: { "main.js": "export default {}", "x": { js: "", text: "" } } }));
    out.throwTop = await g("throwtop", () => code("throw new TypeError('top')"));
    out.throwTopAgain = await g("throwtop", () => code("export default { fetch() { return new Response('second') } }"));
    out.throwTopLine = await g("throwline", () => code("const a = 1;\\nconst b = 2;\\n  throw new RangeError('line ' + (a + b));"));
    out.throwInImport = await g("throwimp", () => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: { "main.js": "import './lib.js'; export default {}", "lib.js": "throw new Error('in lib')" } }));
    out.missingImport = await g("missimp", () => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: { "main.js": "import './nope.js'; export default {}" } }));
    out.noFetch = await g("l", () => code("export default { }"));
    out.fetchThrows = await g("fthrow", () => code("export default { fetch() { throw new SyntaxError('in fetch') } }"));`),
  c("wloader-syntax", "a syntax error in a loaded worker's main module", `
    out.syntax = await t(() => f(L.get("g", () => code("export default {"))));`),
  c("wloader-outbound", "globalOutbound: null refuses fetch(), a service binding receives it", `
    out.blocked = await t(() => f(L.get("k", () => code("export default { async fetch() { try { await fetch('http://example.com/'); return new Response('fetched') } catch (e) { return new Response(e.name + ': ' + e.message) } } }", { globalOutbound: null }))));
    out.blockedBinding = await t(() => f(L.get("k2", () => code("export default { async fetch(req, env) { return env.S.fetch('http://z/') } }", { globalOutbound: null, env: { S: env.SELF } }))));
    out.service = await t(() => f(L.get("outsvc", () => code("export default { async fetch() { const r = await fetch('http://example.com/p?q', { method: 'POST', body: 'b' }); return new Response(await r.text()) } }", { globalOutbound: env.SELF }))));`),
  c("wloader-flags", "compatibility flags of a loaded worker (nodejs_compat)", `
    out.nodejs = await t(() => f(L.get("n", () => ({ compatibilityDate: "2025-01-01", compatibilityFlags: ["nodejs_compat"], mainModule: "main.js", modules: { "main.js": "import { Buffer } from 'node:buffer'; export default { fetch() { return new Response(Buffer.from('ab').toString('hex')) } }" } }))));
    out.noNodejs = await t(() => f(L.get("nn", () => code("import { Buffer } from 'node:buffer'; export default { fetch() { return new Response('x') } }"))));`),
  c("wloader-requests", "a request through a loaded worker's entrypoint: method, headers, body, streaming response", `
    out.req = await t(async () => (await L.get("reqinfo", () => code("export default { async fetch(req) { return Response.json({ url: req.url, m: req.method, h: [...req.headers], b: await req.text(), cf: typeof req.cf }) } }")).getEntrypoint().fetch("http://x/a?b", { method: "POST", body: "bb", headers: { "x-a": "1" } })).json());
    out.stream = await t(() => f(L.get("stream", () => code("export default { fetch() { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); w.write(new TextEncoder().encode('a')); w.write(new TextEncoder().encode('b')); w.close(); return new Response(readable) } }"))));
    out.echoBody = await t(() => f(L.get("echo", () => code("export default { fetch(req) { return new Response(req.body) } }")), "http://x/", { method: "PUT", body: "echoed" }));`),
  c("wloader-more", "concurrent first calls, Request objects, redirects, waitUntil, load() argument shapes, entrypoint names", `
    let calls = 0;
    const w = L.get("conc", async () => { calls++; await null; return code("let n = 0; export default { fetch() { return new Response(String(++n)) } }"); });
    const both = await Promise.all([f(w), f(L.get("conc", () => { calls++; return null; }))]);
    out.concurrent = { both: both.sort(), calls };
    out.requestObject = await t(async () => (await L.get("reqobj", () => code("export default { async fetch(req) { return new Response(req.method + ' ' + req.url + ' ' + req.headers.get('x-q') + ' ' + await req.text()) } }")).getEntrypoint().fetch(new Request("http://r/p", { method: "PATCH", headers: { "x-q": "1" }, body: "rb" }))).text());
    out.redirect = await t(async () => { const r = await L.get("redir", () => code("export default { fetch(req) { const u = new URL(req.url); return u.pathname === '/to' ? new Response('arrived ' + req.url) : Response.redirect('http://r/to', 302) } }")).getEntrypoint().fetch("http://r/from"); return r.status + " " + r.url + " " + await r.text(); });
    out.redirectManual = await t(async () => { const r = await L.get("redir", () => null).getEntrypoint().fetch("http://r/from", { redirect: "manual" }); return r.status + " " + r.headers.get("location"); });
    out.waitUntil = await t(async () => { const s = L.get("wu", () => code("let done = false; export default { fetch(req, env, ctx) { if (new URL(req.url).pathname === '/check') return new Response(String(done)); ctx.waitUntil(new Promise((r) => setTimeout(r, 5)).then(() => { done = true })); return new Response('started') } }")); const a = await f(s, "http://x/start"); await new Promise((r) => setTimeout(r, 50)); return [a, await f(s, "http://x/check")]; });
    out.loadNull = await t(() => f(L.load(null)));
    out.loadFunction = await t(() => f(L.load(() => code("export default { fetch() { return new Response('fn') } }"))));
    out.loadPromise = await t(() => f(L.load(Promise.resolve(code("export default { fetch() { return new Response('p') } }")))));
    out.loaderInEnv = await t(() => f(L.get("loaderenv", () => code("export default { fetch() { return new Response('x') } }", { env: { L: env.LOADER } }))));
    out.numberEntrypoint = await t(() => L.get("eps", () => code("import { WorkerEntrypoint } from 'cloudflare:workers'; export class A1 extends WorkerEntrypoint { m() { return 'a1' } } export default class extends WorkerEntrypoint { m() { return 'def' } }")).getEntrypoint(1).m());
    out.defaultEntrypoint = await t(() => L.get("eps", () => null).getEntrypoint("default").m());
    out.nullEntrypoint = await t(() => L.get("eps", () => null).getEntrypoint(null).m());
    out.objectEntrypoint = await t(() => L.get("objep", () => code("export const h = { m() { return 'h' }, fetch() { return new Response('h fetch') } }; export default { fetch() { return new Response('d') } }")).getEntrypoint("h").m(1));
    out.objectEntrypointFetch = await t(() => f({ getEntrypoint: () => L.get("objep", () => null).getEntrypoint("h") }));
    out.loadedEnvKeys = await t(() => f(L.get("envorder", () => code("export default { fetch(req, env) { return new Response(Object.keys(env).join()) } }", { env: { b: 1, a: 2, S: env.SELF, c: 3 } }))));
    out.consoleLog = await t(() => f(L.get("log", () => code("export default { fetch() { console.log('from loaded'); return new Response('ok') } }"))));
    out.fetchThrowsAsync = await t(() => f(L.get("fta", () => code("export default { async fetch() { await null; throw new TypeError('later') } }"))));
    out.badEnvType = await t(() => f(L.get("badenv", () => code("export default { fetch(req, env) { return new Response(typeof env) } }", { env: "str" }))));`),
  c("wloader-objects", "WorkerLoader and WorkerStub objects: structured clone refuses them, constructors and receivers are checked", `
    out.loaderInEnv = await t(() => f(L.get("loaderenv", () => code("export default { fetch() { return new Response('x') } }", { env: { L: env.LOADER } }))));
    out.loaderClone = await t(() => structuredClone(L));
    out.stubClone = await t(() => structuredClone(L.get("x", () => null)));
    out.stubInEnv = await t(() => f(L.get("stubenv", () => code("export default { fetch() { return new Response('x') } }", { env: { W: L.get("x", () => null) } }))));
    out.newLoader = await t(() => new L.constructor());
    out.newStub = await t(() => { const s = L.get("x", () => null); return new s.constructor(); });
    out.instanceOf = L instanceof L.constructor;
    out.getOnOther = await t(() => Object.getPrototypeOf(L).get.call({}, "a", () => 1));
    out.loadOnOther = await t(() => Object.getPrototypeOf(L).load.call({}, {}));
    out.entrypointOnOther = await t(() => { const s = L.get("x", () => null); return Object.getPrototypeOf(s).getEntrypoint.call({}); });`),
  c("wloader-service-worker", "a main module in service-worker syntax", `
    out.sw = await t(() => f(L.get("sw", () => code("addEventListener('fetch', e => e.respondWith(new Response('sw')))"))));`),
];
