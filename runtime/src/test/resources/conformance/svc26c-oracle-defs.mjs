// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc26-
import { CD, get, PRELUDE } from "./_h.mjs";
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const R = `const r = async (f) => { try { const x = await f(); if (x instanceof Response) return "resp:" + x.status + " " + await x.text(); if (typeof x === "function") return "fn"; if (typeof x === "object" && x !== null) { try { return "ok:" + JSON.stringify(x); } catch (e) { return "obj:" + Object.prototype.toString.call(x); } } return "ok:" + typeof x + ":" + String(x); } catch (e) { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return [String(e.name), e.constructor?.name, String(e.message)]; } };`;

const loaderMain = (body, extra = {}) => ({
  workers: [{
    name: "main", modules: true, compatibilityDate: CD,
    workerLoaders: { LOADER: {} }, kvNamespaces: ["KV"], serviceBindings: { SELF: { name: "main", entrypoint: "Svc" }, OTHER: "other" },
    compatibilityFlags: ["enable_ctx_exports"],
    script: `${R}
import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
export class Svc extends WorkerEntrypoint { fetch(req) { return new Response("svc " + req.method + " " + req.url) } hello(x) { return "hello " + x } }
class T extends RpcTarget { hi() { return "target hi"; } }
const code = (main, extra) => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: { "main.js": main }, ...extra });
const f = async (stub, url = "http://x/", init) => { const res = await stub.getEntrypoint().fetch(url, init); return res.status + " " + await res.text(); };
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const L = env.LOADER;
${body}
    return Response.json(out);
  }
};`, ...extra,
  }, { name: "other", modules: true, compatibilityDate: CD, script: `import { WorkerEntrypoint } from "cloudflare:workers"; export default class extends WorkerEntrypoint { fetch(req) { return new Response("other " + req.url); } add(a, b) { return a + b; } }` }],
});

export default [
  { name: "svc26-wloader-env-binding-kinds", area: "worker-loader", description: "what a loaded worker's env may hold: KV, service bindings (default and named), RpcTargets, the loader itself, plain values", options: loaderMain(`
    const probe = "export default { async fetch(req, env) { const o = {}; for (const k of Object.keys(env).sort()) { const v = env[k]; o[k] = typeof v + ':' + Object.prototype.toString.call(v); } if (env.O) o.call = await env.O.add(2, 3); if (env.S) o.s = await env.S.hello('x'); if (env.SF) o.sf = await (await env.SF.fetch('http://y/')).text(); return Response.json(o); } }";
    out.kv = await r(() => f(L.get("kv", () => code(probe, { env: { KV: env.KV } }))));
    out.svc = await r(() => f(L.get("svc", () => code(probe, { env: { O: env.OTHER, S: env.SELF, SF: env.SELF } }))));
    out.target = await r(() => f(L.get("target", () => code(probe, { env: { T: new T() } }))));
    out.loader = await r(() => f(L.get("loader", () => code(probe, { env: { L: env.LOADER } }))));
    out.plainValues = await r(() => f(L.get("plain", () => code(probe, { env: { A: 1, B: "s", C: [1], D: new Date(0), E: new Uint8Array(2), F: null, G: undefined } }))));`) , steps: [get("/")] },
  { name: "svc26-wloader-rpc-to-loaded-entrypoints", area: "worker-loader", description: "RPC to a loaded worker's default and named entrypoints: methods, RpcTargets, thrown errors, missing methods, props", options: loaderMain(`
    const w = L.get("rpc", () => code("import { WorkerEntrypoint, RpcTarget } from 'cloudflare:workers'; class C extends RpcTarget { constructor() { super(); this.n = 0; } inc() { return ++this.n; } } export class Named extends WorkerEntrypoint { who() { return 'named ' + JSON.stringify(this.ctx.props); } } export default class extends WorkerEntrypoint { add(a, b) { return a + b; } counter() { return new C(); } boom() { throw new RangeError('loaded boom'); } get prop() { return 'lp'; } async cb(fn) { return await fn(5); } }"));
    out.add = await r(() => w.getEntrypoint().add(1, 2));
    out.counter = await r(async () => { const c = await w.getEntrypoint().counter(); return [await c.inc(), await c.inc()]; });
    out.boom = await r(() => w.getEntrypoint().boom());
    out.missing = await r(() => w.getEntrypoint().nope());
    out.prop = await r(() => w.getEntrypoint().prop);
    out.cb = await r(() => w.getEntrypoint().cb((x) => x * 3));
    out.named = await r(() => w.getEntrypoint("Named", { props: { p: 2 } }).who());
    out.namedMissing = await r(() => w.getEntrypoint("Nope").who());
    out.namedFetchMissing = await r(() => w.getEntrypoint("Named").fetch("http://x/"));
    out.defaultFetchMissing = await r(() => w.getEntrypoint().fetch("http://x/"));`), steps: [get("/")] },
  { name: "svc26-wloader-callback-failures", area: "worker-loader", description: "get() callbacks that throw, reject, return non-objects or bad WorkerCode; the loader retries or keeps the failure per id", options: loaderMain(`
    let n = 0;
    out.throws = await r(() => f(L.get("t1", () => { n++; throw new TypeError("cb threw"); })));
    out.throwsAgain = await r(() => f(L.get("t1", () => { n++; return code("export default { fetch() { return new Response('second') } }"); })));
    out.calls = n;
    out.rejects = await r(() => f(L.get("t2", async () => { throw new RangeError("cb rejected"); })));
    out.returnsString = await r(() => f(L.get("t3", () => "nope")));
    out.returnsUndefined = await r(() => f(L.get("t4", () => undefined)));
    out.noMainModule = await r(() => f(L.get("t5", () => ({ compatibilityDate: "2025-01-01", modules: { "a.js": "export default {}" } }))));
    out.mainNotInModules = await r(() => f(L.get("t6", () => ({ compatibilityDate: "2025-01-01", mainModule: "b.js", modules: { "a.js": "export default {}" } }))));
    out.noDate = await r(() => f(L.get("t7", () => ({ mainModule: "a.js", modules: { "a.js": "export default { fetch() { return new Response('nodate') } }" } }))));
    out.futureDate = await r(() => f(L.get("t8", () => ({ compatibilityDate: "2099-01-01", mainModule: "a.js", modules: { "a.js": "export default { fetch() { return new Response('future') } }" } }))));
    out.badFlag = await r(() => f(L.get("t9", () => code("export default { fetch() { return new Response('flag') } }", { compatibilityFlags: ["no_such_flag_xyz"] }))));
    out.throwsAtTop = await r(() => f(L.get("t10", () => code("throw new Error('top level'); export default {}"))));
    out.importMissing = await r(() => f(L.get("t11", () => code("import x from './missing.js'; export default { fetch() { return new Response(x) } }"))));
    out.noDefault = await r(() => f(L.get("t12", () => code("export const a = 1;"))));`), steps: [get("/")] },
];
