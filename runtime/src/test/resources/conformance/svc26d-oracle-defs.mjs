// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc26-
// (svc26-wloader-env-nested-bindings is a known gap: recorded, not kept in recorded/; see the README)
import { CD, get } from "./_h.mjs";
const R = `const r = async (f) => { try { const x = await f(); if (x instanceof Response) return "resp:" + x.status + " " + await x.text(); if (typeof x === "function") return "fn"; if (typeof x === "object" && x !== null) { try { return "ok:" + JSON.stringify(x); } catch (e) { return "obj:" + Object.prototype.toString.call(x); } } return "ok:" + typeof x + ":" + String(x); } catch (e) { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return [String(e.name), e.constructor?.name, String(e.message)]; } };`;
const loaderMain = (body) => ({
  workers: [{
    name: "main", modules: true, compatibilityDate: CD,
    workerLoaders: { LOADER: {} }, serviceBindings: { SELF: { name: "main", entrypoint: "Svc" }, OTHER: "other" },
    script: `${R}
import { WorkerEntrypoint } from "cloudflare:workers";
export class Svc extends WorkerEntrypoint { fetch(req) { return new Response("svc " + req.method + " " + req.url) } hello(x) { return "hello " + x } }
const code = (main, extra) => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: { "main.js": main }, ...extra });
const f = async (stub, url = "http://x/", init) => { const res = await stub.getEntrypoint().fetch(url, init); return res.status + " " + await res.text(); };
const ok = code("export default { fetch() { return new Response('fine') } }");
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const L = env.LOADER;
${body}
    return Response.json(out);
  }
};`,
  }, { name: "other", modules: true, compatibilityDate: CD, script: `import { WorkerEntrypoint } from "cloudflare:workers"; export default class extends WorkerEntrypoint { fetch(req) { return new Response("other " + req.url); } add(a, b) { return a + b; } }` }],
});
export default [
  { name: "svc26-wloader-callback-return-types", area: "worker-loader", description: "what a get() callback may return: WorkerCode objects, promises of them, and refused types (numbers, booleans, null, arrays, functions, promises of strings)", options: loaderMain(`
    out.number = await r(() => f(L.get("a1", () => 5)));
    out.boolean = await r(() => f(L.get("a2", () => true)));
    out.nullValue = await r(() => f(L.get("a3", () => null)));
    out.array = await r(() => f(L.get("a4", () => [])));
    out.fn = await r(() => f(L.get("a5", () => () => ok)));
    out.promiseString = await r(() => f(L.get("a6", () => Promise.resolve("s"))));
    out.promiseUndefined = await r(() => f(L.get("a7", () => Promise.resolve())));
    out.promiseOk = await r(() => f(L.get("a8", () => Promise.resolve(ok))));
    out.thenable = await r(() => f(L.get("a9", () => ({ then(res) { res(ok); } }))));
    out.symbol = await r(() => f(L.get("a10", () => Symbol("s"))));
    out.bigint = await r(() => f(L.get("a11", () => 1n)));
    out.emptyObject = await r(() => f(L.get("a12", () => ({}))));
    out.stringAgain = await r(() => f(L.get("a13", () => "x")));
    out.loadString = await r(() => f(L.load("x")));
    out.loadNumber = await r(() => f(L.load(5)));
    out.loadNull = await r(() => f(L.load(null)));`), steps: [get("/")] },
  { name: "svc26-wloader-env-nested-bindings", area: "worker-loader", description: "service bindings nested in objects and arrays of a loaded worker's env arrive as working Fetchers", options: loaderMain(`
    const probe = "export default { async fetch(req, env) { const o = {}; o.keys = Object.keys(env.N); o.innerTag = Object.prototype.toString.call(env.N.inner); o.add = await env.N.inner.add(2, 3); o.deep = await (await env.N.deep.list[0].fetch('http://z/')).text(); o.hello = await env.N.deep.list[1].hello('n'); o.same = env.N.inner === env.N.again; o.top = await env.T.add(1, 1); o.other = env.N.value; return Response.json(o); } }";
    out.nested = await r(() => f(L.get("n1", () => code(probe, { env: { N: { inner: env.OTHER, again: env.OTHER, deep: { list: [env.SELF, env.SELF] }, value: [1, "v"] }, T: env.OTHER } }))));
    out.inArray = await r(() => f(L.get("n2", () => code("export default { async fetch(req, env) { return new Response(String(await env.A[0].add(4, 5)) + ' ' + Array.isArray(env.A)) } }", { env: { A: [env.OTHER] } }))));
    out.inMap = await r(() => f(L.get("n3", () => code("export default { async fetch(req, env) { return new Response(String(await env.M.get('k').add(1, 2))) } }", { env: { M: new Map([["k", env.OTHER]]) } }))));`), steps: [get("/")] },
  { name: "svc26-wloader-env-loopback-stubs-refused", area: "worker-loader", description: "ctx.exports callable loopback stubs (named and default) cannot be a loaded worker's env value", options: (() => { const o = loaderMain(`
    out.exportsStub = await r(() => f(L.get("x1", () => code("export default { fetch() { return new Response('x') } }", { env: { S: ctx.exports.Svc } }))));
    out.defaultStub = await r(() => f(L.get("x3", () => code("export default { fetch() { return new Response('x') } }", { env: { S: ctx.exports.default } }))));`); o.workers[0].compatibilityFlags = ["enable_ctx_exports"]; return o; })(), steps: [get("/")] },
];
