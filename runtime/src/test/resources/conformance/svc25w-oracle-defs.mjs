// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc25-wloader
// The twenty-fifth session's worker-loader probes.
import { PRELUDE, CD, get } from "./_h.mjs";
const W = (body) => ({
  workers: [{
    name: "main", modules: true, compatibilityDate: CD,
    workerLoaders: { LOADER: {} }, serviceBindings: { SELF: { name: "main", entrypoint: "Svc" } },
    script: `${PRELUDE}
import { WorkerEntrypoint } from "cloudflare:workers";
export class Svc extends WorkerEntrypoint { fetch(req) { return new Response("svc " + req.url) } hello(x) { return "hello " + x } }
const code = (main, extra) => ({ compatibilityDate: "2025-01-01", mainModule: "main.js", modules: { "main.js": main }, ...extra });
const f = async (stub, url = "http://x/", init) => { const r = await stub.getEntrypoint().fetch(url, init); return r.status + " " + await r.text(); };
// a wasm module exporting add(i32, i32) -> i32
const WASM = new Uint8Array([0,97,115,109,1,0,0,0,1,7,1,96,2,127,127,1,127,3,2,1,0,7,7,1,3,97,100,100,0,0,10,9,1,7,0,32,0,32,1,106,11]);
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
const mod = (id, modules, mainModule = "main.js", extra = {}) => `f(L.get(${JSON.stringify(id)}, () => ({ compatibilityDate: "2025-01-01", mainModule: ${JSON.stringify(mainModule)}, modules: ${modules}, ...${JSON.stringify(extra)} })))`;

const base = [
  c("svc25-wloader-module-names-and-kinds", "a loaded worker's modules: wasm modules, names with ./ and leading slash, extensionless names, main module paths, odd module values", `
    out.wasm = await t(() => ${mod("wasm", `{ "main.js": "import m from './add.wasm'; export default { async fetch() { const i = await WebAssembly.instantiate(m); return new Response(String(i.exports.add(2, 3)) + ' ' + (m instanceof WebAssembly.Module)) } }", "add.wasm": { wasm: WASM } }`)});
    out.wasmBuffer = await t(() => ${mod("wasmbuf", `{ "main.js": "import m from './add.wasm'; export default { async fetch() { return new Response(String(m instanceof WebAssembly.Module)) } }", "add.wasm": { wasm: WASM.buffer } }`)});
    out.dotMain = await t(() => ${mod("dotmain", `{ "main.js": "export default { fetch() { return new Response('dot') } }" }`, "./main.js")});
    out.slashImport = await t(() => ${mod("slashimp", `{ "main.js": "import x from '/lib.js'; export default { fetch() { return new Response(x) } }", "lib.js": "export default 'abs'" }`)});
    out.noExt = await t(() => ${mod("noext", `{ "main": "export default { fetch() { return new Response('noext') } }" }`, "main")});
    out.mjs = await t(() => ${mod("mjs", `{ "main.mjs": "export default { fetch() { return new Response('mjs') } }" }`, "main.mjs")});
    out.tsName = await t(() => ${mod("tsname", `{ "main.ts": "export default { fetch() { return new Response('ts') } }" }`, "main.ts")});
    out.numberModule = await t(() => ${mod("nummod", `{ "main.js": "export default { fetch() { return new Response('x') } }", "n": 5 }`)});
    out.nullModule = await t(() => ${mod("nullmod", `{ "main.js": "export default { fetch() { return new Response('x') } }", "n": null }`)});
    out.bytesAsMain = await t(() => ${mod("bytesmain", `{ "main.js": new TextEncoder().encode("export default { fetch() { return new Response('bytes') } }") }`)});
    out.jsonTopArray = await t(() => ${mod("jsonarr", `{ "main.js": "import j from './j.json'; export default { fetch() { return Response.json(j) } }", "j.json": { json: [1, "two"] } }`)});
    out.textImportAttr = await t(() => ${mod("textattr", `{ "main.js": "import t from './t.txt'; export default { fetch() { return new Response(typeof t + ':' + t) } }", "t.txt": { text: 42 } }`)});
    out.cjsRequire = await t(() => ${mod("cjsreq", `{ "main.js": "import c from './a.cjs'; export default { fetch() { return new Response(JSON.stringify(c)) } }", "a.cjs": { cjs: "const b = require('./b.cjs'); module.exports = { b, me: typeof module, ex: typeof exports }" }, "b.cjs": { cjs: "exports.v = 'bv'" } }`)});
    out.modulesArray = await t(() => ${mod("modarr", `[ "export default {}" ]`)});
    out.mainIsJson = await t(() => ${mod("mainjson", `{ "main.json": { json: { a: 1 } } }`, "main.json")});`),
  c("svc25-wloader-flags-and-dates", "a loaded worker's compatibility flags and dates: unknown and conflicting flags, flags that change behaviour, non-array flags", `
    out.unknownFlag = await t(() => f(L.get("unk", () => code("export default { fetch() { return new Response('unk') } }", { compatibilityFlags: ["no_such_flag_xyz"] }))));
    out.conflicting = await t(() => f(L.get("confl", () => code("export default { fetch() { return new Response('confl') } }", { compatibilityFlags: ["nodejs_compat", "no_nodejs_compat"] }))));
    out.flagsString = await t(() => f(L.get("flagstr", () => code("export default { fetch() { return new Response('s') } }", { compatibilityFlags: "nodejs_compat" }))));
    out.flagsNumbers = await t(() => f(L.get("flagnum", () => code("export default { fetch() { return new Response('n') } }", { compatibilityFlags: [1] }))));
    out.emptyFlags = await t(() => f(L.get("flagempty", () => code("export default { fetch() { return new Response('e') } }", { compatibilityFlags: [] }))));
    out.dupFlags = await t(() => f(L.get("flagdup", () => code("export default { fetch() { return new Response('d') } }", { compatibilityFlags: ["nodejs_compat", "nodejs_compat"] }))));
    out.oldDate = await t(() => f(L.get("olddate", () => code("export default { fetch() { return new Response(typeof globalThis.navigator + ' ' + typeof structuredClone) } }", { compatibilityDate: "2021-01-01" }))));
    out.dateObject = await t(() => f(L.get("dateobj", () => code("export default { fetch() { return new Response('dobj') } }", { compatibilityDate: new Date(0) }))));
    out.dateNumber = await t(() => f(L.get("datenum", () => code("export default { fetch() { return new Response('dnum') } }", { compatibilityDate: 20250101 }))));
    out.dateShort = await t(() => f(L.get("dateshort", () => code("export default { fetch() { return new Response('dshort') } }", { compatibilityDate: "2025-1-1" }))));
    out.nodeAls = await t(() => f(L.get("als", () => code("import { AsyncLocalStorage } from 'node:async_hooks'; export default { fetch() { const a = new AsyncLocalStorage(); return new Response(a.run(7, () => String(a.getStore()))) } }", { compatibilityFlags: ["nodejs_als"] }))));
    out.sameIdDifferentFlags = await t(() => f(L.get("unk", () => code("export default { fetch() { return new Response('second') } }"))));`),
];

export const more = [
  c("svc25-wloader-loaded-worker-context", "inside a loaded worker: cloudflare:workers env import, ctx.exports, ctx.props, its own loopback, self-named entrypoints, env with RpcTarget stubs and functions", `
    out.envImport = await t(() => f(L.get("envimp", () => code("import { env } from 'cloudflare:workers'; export default { fetch(req, e) { return new Response(JSON.stringify([Object.keys(env), env.A, env === e])) } }", { env: { A: "a" } }))));
    out.ctxExports = await t(() => f(L.get("ctxexp", () => code("import { WorkerEntrypoint } from 'cloudflare:workers'; export class Inner extends WorkerEntrypoint { hi() { return 'inner hi ' + JSON.stringify(this.ctx.props) } } export default { async fetch(req, env, ctx) { return new Response(typeof ctx.exports + ' ' + Object.keys(ctx.exports ?? {}).join() + ' ' + (ctx.exports?.Inner ? await ctx.exports.Inner({ props: { p: 1 } }).hi() : 'none')) } }"))));
    out.ctxPropsDefault = await t(() => f(L.get("ctxprops", () => code("export default { fetch(req, env, ctx) { return new Response(JSON.stringify(ctx.props) + ' ' + typeof ctx.props) } }"))));
    out.ctxPropsGiven = await t(async () => (await L.get("ctxprops", () => null).getEntrypoint(undefined, { props: { k: [1, 2] } }).fetch("http://x/")).text());
    out.propsFn = await t(() => L.get("ctxprops", () => null).getEntrypoint(undefined, { props: { f: () => 1 } }).fetch("http://x/"));
    out.propsNotObject = await t(async () => (await L.get("ctxprops", () => null).getEntrypoint(undefined, { props: 5 }).fetch("http://x/")).text());
    out.envFunction = await t(() => f(L.get("envfn", () => code("export default { async fetch(req, env) { return new Response(typeof env.F) } }", { env: { F: function () { return 1; } } }))));
    out.waitUntilType = await t(() => f(L.get("ctxkeys", () => code("export default { fetch(req, env, ctx) { return new Response([typeof ctx.waitUntil, typeof ctx.passThroughOnException, Object.prototype.toString.call(ctx)].join()) } }"))));
    out.selfRequestUrl = await t(() => f(L.get("rurl", () => code("export default { fetch(req) { return new Response(req.url + ' ' + req.headers.get('host') + ' ' + typeof req.cf) } }")), "https://loaded.example/p?q=1"));
    out.returnsNonResponse = await t(() => f(L.get("nonresp", () => code("export default { fetch() { return 'str' } }"))));`),
];

export default [...base, ...more];
