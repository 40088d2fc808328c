// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && cd /work/wt/oracle && DEFS_DIR=d RECORD_OUT=<out> node record.mjs kv17-
import { CD, PRELUDE } from "./_h.mjs";

// part a
const a_cases = (() => {

const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/") => r("GET", "http://localhost" + p);
const M = (type, path, contents) => ({ type, path, contents });
const esm = (path, contents) => M("ESModule", path, contents);
const cjs = (path, contents) => M("CommonJS", path, contents);

const part_a = [
  {
    name: "kv17-formats-modules-array-nested-resolution", area: "formats",
    description: "modules array with nested paths: relative, parent and absolute specifiers, normalisation, identity of static and dynamic imports, import.meta.url, missing modules' errors",
    options: { compatibilityDate: CD, modules: [
      esm("src/index.mjs", PRELUDE + `import a from "./lib/a.mjs"; import * as b from "../top.mjs"; import txt from "./text.txt"; import d from "../data.bin";
export default { async fetch(req) { const out = {};
  out.a = a; out.b = Object.keys(b); out.t = txt; out.d = [Object.prototype.toString.call(d), d.byteLength];
  out.metaUrl = import.meta.url; out.metaKeys = Object.keys(import.meta);
  out.sameDyn = await t2(async () => (await import("./lib/a.mjs")).default === a);
  out.absDyn = await t2(async () => (await import("/src/lib/a.mjs")).default);
  out.normDyn = await t2(async () => (await import("./lib/../lib/a.mjs")).default);
  out.dotDyn = await t2(async () => (await import("./lib/./a.mjs")).default);
  out.bareDyn = await t2(async () => (await import("src/lib/a.mjs")).default);
  out.missing = await t2(async () => await import("./nope.mjs"));
  out.missingBare = await t2(async () => await import("some-pkg"));
  out.txtDyn = await t2(async () => (await import("./text.txt")).default);
  out.aMeta = (await import("./lib/a.mjs")).meta;
  out.deepMeta = (await import("./lib/deep/c.mjs")).default;
  return Response.json(out); } };
async function t2(f) { try { return { ok: await f() }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } }`),
      esm("src/lib/a.mjs", `export default "A"; export const meta = import.meta.url;`),
      esm("src/lib/deep/c.mjs", `import a from "../a.mjs"; import top from "/top.mjs"; export default [a, top, import.meta.url];`),
      esm("top.mjs", `export default "TOP"; export const x = 1, y = 2;`),
      M("Text", "src/text.txt", "héllo text"),
      M("Data", "data.bin", "\u0001\u0002\u0003"),
    ] },
    steps: [G()],
  },
  {
    name: "kv17-formats-modules-array-commonjs-details", area: "formats",
    description: "CommonJS modules in a modules array: require of Text/Data/ESM/CommonJS, relative paths, cycles, module/exports/this, __filename, missing require errors, namespace shape when imported",
    options: { compatibilityDate: CD, modules: [
      esm("index.mjs", PRELUDE + `import c from "./lib/c.js"; import * as ns from "./lib/c.js"; import fn from "./lib/fn.js"; import * as fnNs from "./lib/fn.js";
export default { async fetch(req) { const out = {};
  out.c = c; out.nsKeys = Object.keys(ns).sort(); out.nsDefaultSame = ns.default === c;
  out.fn = [typeof fn, fn(2), fn.extra, Object.keys(fnNs).sort()];
  out.dyn = await t(async () => { const m = await import("./lib/c.js"); return [m.default === c, Object.keys(m).sort()]; });
  return Response.json(out); } };`),
      cjs("lib/c.js", `const txt = require("./t.txt"); const bin = require("../b.bin"); const esmod = require("./e.mjs"); const other = require("./other.js");
exports.txt = txt; exports.bin = [Object.prototype.toString.call(bin), bin.byteLength];
exports.esm = [typeof esmod, Object.keys(esmod).sort(), esmod.default ?? null, esmod.named ?? null];
exports.other = other; exports.thisIsExports = this === module.exports; exports.typeofs = [typeof module, typeof exports, typeof require, typeof __filename, typeof __dirname];
exports.filename = typeof __filename === "string" ? __filename : null; exports.dirname = typeof __dirname === "string" ? __dirname : null;
exports.moduleKeys = Object.keys(module).sort(); exports.requireKeys = Object.keys(require).sort();
exports.cycle = require("./cyc1.js");
try { require("./missing.js"); exports.missing = "no error"; } catch (e) { exports.missing = [e.name, e.message]; }
try { require("missing-pkg"); exports.missingPkg = "no error"; } catch (e) { exports.missingPkg = [e.name, e.message]; }
exports.self = require("./c.js") === module.exports;
exports.cached = require("./other.js") === other;
exports.abs = (() => { try { return require("/lib/other.js") === other; } catch (e) { return [e.name, e.message]; } })();`),
      cjs("lib/other.js", `module.exports = { other: true };`),
      cjs("lib/fn.js", `module.exports = function (x) { return x * 2; }; module.exports.extra = "e";`),
      cjs("lib/cyc1.js", `exports.before = 1; const c2 = require("./cyc2.js"); exports.after = 2; exports.seen = c2.seen;`),
      cjs("lib/cyc2.js", `const c1 = require("./cyc1.js"); exports.seen = JSON.stringify(c1);`),
      esm("lib/e.mjs", `export default "esm-default"; export const named = "n";`),
      M("Text", "lib/t.txt", "text!"),
      M("Data", "b.bin", "\u0000\u00ff"),
    ] },
    steps: [G()],
  },
  {
    name: "kv17-formats-modules-array-module-state", area: "formats",
    description: "module-level state in a modules array: a module imported by two paths is one instance, state persists across requests, Data modules' ArrayBuffers are shared",
    options: { compatibilityDate: CD, modules: [
      esm("index.mjs", `import { bump } from "./counter.mjs"; import * as c2 from "./sub/../counter.mjs"; import d from "./d.bin"; import d2 from "./sub/reexp.mjs";
export default { async fetch(req) { const n = bump(); const dyn = await import("./counter.mjs");
  const u8 = new Uint8Array(d); u8[0]++;
  return Response.json({ n, same: c2.bump === bump, dynSame: dyn.bump === bump, count: dyn.count, d: [...new Uint8Array(d)], dataSame: d === d2, frozen: Object.isFrozen(d) }); } };`),
      esm("counter.mjs", `export let count = 0; export function bump() { return ++count; }`),
      esm("sub/reexp.mjs", `export { default } from "../d.bin";`),
      M("Data", "d.bin", "\u0005\u0006"),
    ] },
    steps: [G(), G()],
  },
  {
    name: "kv17-formats-modulesroot-names", area: "formats",
    description: "modules array with modulesRoot: module names are paths relative to the root, seen in import.meta.url and resolution",
    options: { compatibilityDate: CD, modulesRoot: "/proj", modules: [
      esm("/proj/src/main.mjs", PRELUDE + `import x from "./util/x.mjs";
export default { async fetch() { return Response.json({ x, url: import.meta.url, dyn: await t(async () => (await import("./util/x.mjs")).url), abs: await t(async () => (await import("/src/util/x.mjs")).url) }); } };`),
      esm("/proj/src/util/x.mjs", `export default "X"; export const url = import.meta.url;`),
    ] },
    steps: [G()],
  },
  {
    name: "kv17-formats-service-worker-script-globals", area: "formats",
    description: "service-worker script: handler details, event properties, self/globalThis identity, addEventListener variants, unknown event types, and removeEventListener",
    options: { compatibilityDate: CD, bindings: { V: "v" }, kvNamespaces: ["KV"], script: PRELUDE + `
let calls = 0;
const h = (e) => { calls++; };
addEventListener("fetch", h); removeEventListener("fetch", h);
addEventListener("scheduled", () => {});
addEventListener("custom-thing", () => {});
self.addEventListener("fetch", (e) => e.respondWith((async () => { const out = {};
  out.calls = calls; out.selfIs = [self === globalThis, typeof self.V, V, typeof KV, KV.constructor.name];
  out.eventKeys = Object.keys(e); out.proto = Object.getPrototypeOf(e).constructor.name;
  out.types = [typeof e.request, typeof e.respondWith, typeof e.waitUntil, typeof e.passThroughOnException, e.type];
  out.dispatch = await t(() => dispatchEvent(new Event("custom-thing")));
  out.hasExports = typeof exports; out.hasModule = typeof module; out.hasRequire = typeof require;
  out.thisTop = topThis === globalThis;
  out.desc = (() => { const d = Object.getOwnPropertyDescriptor(globalThis, "V"); return d ? [d.writable, d.enumerable, d.configurable] : null; })();
  return Response.json(out); })()));
var topThis = this;`,
    },
    steps: [G()],
  },
  {
    name: "kv17-multi-worker-service-binding-shapes", area: "multi-worker",
    description: "several workers: service bindings by name and by {name, entrypoint}, a binding to itself, env isolation, URL seen by the callee, relative and invalid fetch URLs",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, bindings: { WHO: "a" },
        serviceBindings: { B: "b", BE: { name: "b", entrypoint: "Named" }, SELF: "a", BD: { name: "b" } },
        script: PRELUDE + `export default { async fetch(req, env) { const url = new URL(req.url);
  if (url.pathname === "/self") return new Response("self:" + req.url + ":" + env.WHO);
  const out = {};
  out.b = await t(async () => (await env.B.fetch("http://x.y/p?q=1", { method: "POST", body: "hi", headers: { "x-h": "1" } })).text());
  out.be = await t(async () => (await env.BE.fetch("http://x.y/e")).text());
  out.bd = await t(async () => (await env.BD.fetch("http://x.y/d")).text());
  out.self = await t(async () => (await env.SELF.fetch("http://s/self")).text());
  out.rel = await t(async () => (await env.B.fetch("/relative")).text());
  out.bad = await t(async () => (await env.B.fetch("not a url")).text());
  out.req = await t(async () => (await env.B.fetch(new Request("https://r.example/req", { method: "PUT", body: "b" }))).text());
  out.keys = Object.keys(env);
  out.types = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, [typeof v, v?.constructor?.name ?? null]]));
  out.rpcName = await t(async () => await env.BE.hello("x"));
  return Response.json(out); } };` },
      { name: "b", modules: true, compatibilityDate: CD, bindings: { WHO: "b" }, script: `import { WorkerEntrypoint } from "cloudflare:workers";
export class Named extends WorkerEntrypoint { async fetch(req) { return new Response("named:" + new URL(req.url).pathname + ":" + this.env.WHO); } hello(x) { return "hello " + x; } }
export default { async fetch(req, env) { const body = req.body ? await req.text() : null; return new Response(["b", req.method, req.url, body, req.headers.get("x-h"), env.WHO, Object.keys(env).join(",")].join("|")); } };` },
    ] },
    steps: [G()],
  },
  {
    name: "kv17-multi-worker-kv-shared-and-separate", area: "multi-worker",
    description: "three workers with KV namespaces by the same and different ids (array and object forms); writes in one are seen through the others bound to the same id",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD, kvNamespaces: { MINE: "shared", OWN: "own-main" }, serviceBindings: { W2: "w2", W3: "w3" },
        script: `export default { async fetch(req, env) {
  await env.MINE.put("k", "from-main"); await env.OWN.put("k", "own-main");
  const w2 = await (await env.W2.fetch("http://w2/")).json(); const w3 = await (await env.W3.fetch("http://w3/")).json();
  return Response.json({ w2, w3, after: await env.MINE.get("k2"), list: (await env.MINE.list()).keys.map((k) => k.name) }); } };` },
      { name: "w2", modules: true, compatibilityDate: CD, kvNamespaces: ["shared", "own-main"],
        script: `export default { async fetch(req, env) { await env.shared.put("k2", "from-w2"); return Response.json({ shared: await env.shared.get("k"), own: await env["own-main"].get("k"), keys: Object.keys(env) }); } };` },
      { name: "w3", modules: true, compatibilityDate: CD, kvNamespaces: { X: "other" },
        script: `export default { async fetch(req, env) { return Response.json({ x: await env.X.get("k"), list: (await env.X.list()).keys.length }); } };` },
    ] },
    steps: [G()],
  },
  {
    name: "kv17-multi-worker-mixed-formats-chain", area: "multi-worker",
    description: "a modules worker calls a service-worker worker which calls a third through its global service binding; headers and status cross both hops",
    options: { workers: [
      { name: "front", modules: true, compatibilityDate: CD, serviceBindings: { MID: "mid" },
        script: `export default { async fetch(req, env) { const r = await env.MID.fetch("http://mid/x", { headers: { "x-trace": "front" } }); return new Response(await r.text(), { status: r.status, headers: { "x-mid": r.headers.get("x-mid") ?? "none", "x-back": r.headers.get("x-back") ?? "none" } }); } };` },
      { name: "mid", compatibilityDate: CD, serviceBindings: { BACK: "back" }, bindings: { LABEL: "mid" },
        script: `addEventListener("fetch", (e) => e.respondWith((async () => { const r = await BACK.fetch(e.request.url + "/back", { headers: { "x-trace": e.request.headers.get("x-trace") + ",mid" } });
  const h = new Headers(r.headers); h.set("x-mid", LABEL); return new Response("mid<" + (await r.text()) + ">", { status: r.status === 200 ? 201 : r.status, headers: h }); })()));` },
      { name: "back", modules: true, compatibilityDate: CD,
        script: `export default { fetch(req) { return new Response(req.url + "|" + req.headers.get("x-trace"), { headers: { "x-back": "yes" } }); } };` },
    ] },
    steps: [G()],
  },
  {
    name: "kv17-vars-bindings-values-edge", area: "vars",
    description: "bindings with JSON edge values: nested nulls, unicode keys, very long strings, numbers like 1e21 and -0, arrays of arrays; identity across requests and JSON.stringify of env",
    options: { modules: true, compatibilityDate: CD, bindings: {
      "ünï": "u", "🎉": 1, "": "empty-name", NEST: { a: null, b: [[1, [2]], {}], c: { "d.e": "f" } }, BIGS: [1e21, 1e-7, -0, 0.1, 9007199254740993],
      LONG: "x".repeat(5000), ARR: [], OBJ: {}, T: "true", N: "null" },
      script: `let prev; export default { async fetch(req, env) { const out = {};
  out.keys = Object.keys(env); out.same = prev === undefined ? "first" : prev === env; prev = env;
  out.nestSame = env.NEST === env.NEST; out.bigs = env.BIGS.map((x) => [x, Object.is(x, -0), String(x)]);
  out.long = env.LONG.length; out.emptyName = env[""]; out.uni = [env["ünï"], env["🎉"]]; out.types = [typeof env.T, typeof env.N];
  out.json = JSON.stringify({ NEST: env.NEST, ARR: env.ARR, OBJ: env.OBJ });
  env.NEST.added = 1;
  out.added = env.NEST.added;
  return Response.json(out); } };` },
    steps: [G(), G()],
  },
];

return part_a;
})();

// part b
const b_cases = (() => {

const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/") => r("GET", "http://localhost" + p);
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const kvCase = (name, description, body, extra = {}) => ({
  name, area: "kv", description,
  options: mod(`export default { async fetch(req, env) { const KV = env.KV; const out = {};
${body}
return Response.json(out); } };`, { kvNamespaces: ["KV"], ...extra }),
  steps: [G()],
});
const each = (list) => `for (const [k, f] of Object.entries(${list})) out[k] = await t(f);`;

const part_b = [
  kvCase("kv17-kv-argument-counts-and-key-kinds", "KV methods called with missing arguments and keys of non-string kinds (undefined, null, numbers, objects with toString, symbols)",
`await KV.put("undefined", "U"); await KV.put("null", "N"); await KV.put("123", "num"); await KV.put("obj", "O");
${each(`{
  getNone: () => KV.get(), getNull: () => KV.get(null), getNum: () => KV.get(123), getObj: () => KV.get({ toString() { return "obj"; } }), getSym: () => KV.get(Symbol("s")),
  getBig: () => KV.get(123n), getBool: () => KV.get(true), getArrOne: () => KV.get(["123"]).then((m) => [...m]),
  metaNone: () => KV.getWithMetadata(), metaNum: () => KV.getWithMetadata(123),
  putNone: () => KV.put(), putKeyOnly: async () => { await KV.put("ko"); return await KV.get("ko"); }, putNullKey: async () => { await KV.put(null, "x"); return await KV.get("null"); },
  putNumKey: async () => { await KV.put(5, "five"); return await KV.get("5"); }, putSym: () => KV.put(Symbol("s"), "x"),
  delNone: () => KV.delete(), delNum: async () => { await KV.delete(123); return await KV.get("123"); }, delMissing: () => KV.delete("never"),
  delArr: () => KV.delete(["a", "b"]), listArgs: async () => (await KV.list({ prefix: "u" }, "extra")).keys.map((k) => k.name),
  putThis: () => KV.put.call({}, "k", "v"), getThis: () => KV.get.call(null, "k"), listThis: () => KV.list.call(undefined),
}`)}`),
  kvCase("kv17-kv-result-shapes", "exact shapes of get, getWithMetadata, list and bulk results: own keys, prototypes, cacheStatus, frozen-ness, metadata identity",
`await KV.put("a", "1", { metadata: { m: [1] } }); await KV.put("b", "2", { expirationTtl: 3600 }); await KV.put("c", "3", { metadata: null });
const shape = (v) => v === null ? null : { keys: Object.keys(v), proto: Object.getPrototypeOf(v) === Object.prototype ? "Object" : Object.getPrototypeOf(v)?.constructor?.name ?? null, frozen: Object.isFrozen(v) };
out.gwm = shape(await KV.getWithMetadata("a")); out.gwmMissing = await KV.getWithMetadata("zz"); out.gwmMissingShape = shape(await KV.getWithMetadata("zz"));
out.gwmNullMeta = await KV.getWithMetadata("c"); out.gwmNoMeta = await KV.getWithMetadata("b");
const l = await KV.list(); out.list = shape(l); out.listKey = l.keys.map(shape); out.listVals = l.keys.map((k) => [k.name, k.metadata ?? "absent", typeof k.expiration, "metadata" in k, "expiration" in k]);
out.keysArr = [Array.isArray(l.keys), Object.isFrozen(l.keys)];
const lp = await KV.list({ limit: 1 }); out.listPaged = { keys: Object.keys(lp), complete: lp.list_complete, cursorType: typeof lp.cursor, cacheStatus: lp.cacheStatus };
const m = await KV.getWithMetadata(["a", "b", "zz"]); out.bulk = [...m].map(([k, v]) => [k, v === null ? null : shape(v), v?.value, v?.metadata ?? "none"]);
out.bulkProto = Object.getPrototypeOf(m) === Map.prototype;
const g = await KV.get(["a", "zz"]); out.bulkGet = [...g];
const m1 = await KV.getWithMetadata("a"); const m2 = await KV.getWithMetadata("a"); out.metaFresh = m1.metadata !== m2.metadata;
m1.metadata.m.push(2); out.metaAfterMutate = (await KV.getWithMetadata("a")).metadata;`),
  kvCase("kv17-kv-json-and-type-errors", "get with json of invalid stored values: empty, whitespace, BOM, trailing garbage, NaN text; bulk json errors; types combined with getWithMetadata",
`const vals = { empty: "", ws: "  ", bom: "\\ufeff{}", trail: "{} x", nan: "NaN", num: " 42 ", str: '"s"', nul: "null", deep: "[".repeat(50) + "]".repeat(50), big: "12345678901234567890" };
for (const [k, v] of Object.entries(vals)) { await KV.put(k, v); out["json:" + k] = await t(() => KV.get(k, "json")); out["meta:" + k] = await t(async () => (await KV.getWithMetadata(k, "json")).value); }
out.bulkBad = await t(async () => [...(await KV.get(["empty", "num"], "json"))]);
out.bulkGood = await t(async () => [...(await KV.get(["num", "str", "nul", "missing"], "json"))]);
out.bulkMetaBad = await t(async () => [...(await KV.getWithMetadata(["trail"], "json"))]);`),
  kvCase("kv17-kv-metadata-size-boundaries", "metadata size limits around 1024 bytes of serialized JSON, with unicode; value with metadata in list; putting metadata on an empty value",
`const sized = (n) => ({ s: "x".repeat(n) });
for (const n of [1000, 1014, 1015, 1016, 2000]) out["meta" + n] = await t(async () => { await KV.put("m" + n, "v", { metadata: sized(n) }); return JSON.stringify((await KV.getWithMetadata("m" + n)).metadata).length; });
out.uni = await t(async () => { await KV.put("mu", "v", { metadata: "é".repeat(510) }); return (await KV.getWithMetadata("mu")).metadata.length; });
out.uni2 = await t(async () => { await KV.put("mu2", "v", { metadata: "é".repeat(600) }); return (await KV.getWithMetadata("mu2")).metadata.length; });
out.str1022 = await t(async () => { await KV.put("ms", "v", { metadata: "y".repeat(1022) }); return "ok"; });
out.str1023 = await t(async () => { await KV.put("ms2", "v", { metadata: "y".repeat(1023) }); return "ok"; });
out.empty = await t(async () => { await KV.put("e", "", { metadata: { a: 1 } }); const r = await KV.getWithMetadata("e"); return [r.value, r.metadata]; });
out.list = (await KV.list({ prefix: "e" })).keys;`),
  {
    name: "kv17-kv-service-worker-bulk-and-list", area: "kv",
    description: "service-worker KV global: bulk get, getWithMetadata, list with cursor paging and metadata, delete",
    options: { compatibilityDate: CD, kvNamespaces: ["NS"], script: PRELUDE + `addEventListener("fetch", (e) => e.respondWith((async () => { const out = {};
  for (let i = 0; i < 5; i++) await NS.put("k" + i, "v" + i, { metadata: { i } });
  out.bulk = await t(async () => Object.fromEntries(await NS.get(["k0", "k4", "kx"])));
  out.bulkMeta = await t(async () => Object.fromEntries(await NS.getWithMetadata(["k1", "kx"])));
  const p1 = await NS.list({ limit: 2 }); const p2 = await NS.list({ limit: 2, cursor: p1.cursor }); const p3 = await NS.list({ limit: 2, cursor: p2.cursor });
  out.pages = [p1, p2, p3].map((p) => [p.keys.map((k) => [k.name, k.metadata]), p.list_complete, typeof p.cursor]);
  await NS.delete("k0"); out.afterDel = (await NS.list()).keys.length;
  return Response.json(out); })()));` },
    steps: [G()],
  },
  {
    name: "kv17-formats-modules-true-script-shapes", area: "formats",
    description: "modules: true script: handler kinds (arrow, method, class instance), default export of an object with a prototype, named exports beside default, handler this",
    options: mod(`class H { constructor() { this.tag = "inst"; } async fetch(req, env, ctx) { return Response.json({ tag: this?.tag ?? null, argc: arguments.length, ctxKeys: Object.keys(ctx), ctxProto: Object.getPrototypeOf(ctx)?.constructor?.name, ctxHas: ["waitUntil", "passThroughOnException", "props", "exports"].map((k) => [k, typeof ctx[k]]) }); } }

export function helper() {}
export default new H();`, { bindings: { A: 1 } }),
    steps: [G()],
  },
];

return part_b;
})();

// part c
const c_cases = (() => {
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const esm = (path, contents) => ({ type: "ESModule", path, contents });
const probe = `const specs = ["../x.mjs", "..", "../", "./", ".", "", "../top.mjs", "%2e%2e/top.mjs", "lib/a.mjs?x=1", "./lib/a.mjs#h", "./lib/a.mjs?q", "node:nothing", "cloudflare:nothing", "workerd:x", "./lib/A.mjs", "./lib//a.mjs", "./lib/./a.mjs", "lib/a.mjs", "./LIB/a.mjs"];
  for (const s of specs) out[s] = await t2(async () => { const m = await import(s); return m.default ?? Object.keys(m); });`;
const part_c = [
  {
    name: "kv17-formats-dynamic-import-specifier-names", area: "formats",
    description: "dynamic import() specifiers relative to the importer, the root and parent folders, queries and fragments, letter case, doubled slashes: which resolve and each failure's message",
    options: { compatibilityDate: CD, modules: [
      esm("src/index.mjs", `export default { async fetch(req) { const out = {}; ${probe}
  out.fromLib = await (await import("./lib/a.mjs")).probe();
  return Response.json(out); } };
async function t2(f) { try { return { ok: await f() }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } }`),
      esm("src/lib/a.mjs", `export default "A"; export async function probe() { const out = {}; for (const s of ["../../x.mjs", "../../top.mjs", "../x.mjs", "../a.mjs", "./a.mjs", "a.mjs", "/src/lib/a.mjs", "/top.mjs"]) { try { out[s] = { ok: (await import(s)).default }; } catch (e) { out[s] = { error: e.message }; } } return out; }`),
      esm("top.mjs", `export default "TOP";`),
    ] },
    steps: [r("GET", "http://localhost/")],
  },
];

return part_c;
})();

// part d
const d_cases = (() => {
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/") => r("GET", "http://localhost" + p);
const M = (type, path, contents) => ({ type, path, contents });
const esm = (path, contents) => M("ESModule", path, contents);
const cjs = (path, contents) => M("CommonJS", path, contents);
const part_d = [
  {
    name: "kv17-formats-commonjs-interop-shapes", area: "formats",
    description: "ES imports of CommonJS modules: __esModule flags, getters, module.exports replaced late, primitives, null exports, named imports of exports properties",
    options: { compatibilityDate: CD, modules: [
      esm("index.mjs", PRELUDE + `import esFlag, * as esFlagNs from "./esflag.js"; import prim from "./prim.js"; import nul from "./nul.js"; import late, * as lateNs from "./late.js"; import * as getNs from "./getter.js";
export default { async fetch() { const out = {};
  out.esFlag = [typeof esFlag, JSON.stringify(esFlag), Object.keys(esFlagNs).sort(), esFlagNs.default === esFlag];
  out.prim = prim; out.nul = nul; out.late = late; out.lateNs = Object.keys(lateNs).sort();
  out.getter = [Object.keys(getNs).sort(), getNs.default.count, getNs.default.count];
  out.arr = [Array.isArray(arr), arr.length]; out.cls = [typeof cls, new cls().v];
  out.dynPrim = await t(async () => { const m = await import("./prim.js"); return [m.default, Object.keys(m)]; });
  out.named = await t(async () => { const m = await import("./named.js"); return [Object.keys(m).sort(), m.a ?? null, m.default?.a ?? null]; });
  return Response.json(out); } };`),
      cjs("esflag.js", `Object.defineProperty(exports, "__esModule", { value: true }); exports.default = "the-default"; exports.other = 2;`),
      cjs("prim.js", `module.exports = 42;`),
      cjs("nul.js", `module.exports = null;`),
      cjs("late.js", `exports.first = 1; setTimeout; module.exports = { replaced: true };`),
      cjs("getter.js", `let n = 0; Object.defineProperty(exports, "count", { get() { return ++n; }, enumerable: true });`),
      cjs("arr.js", `module.exports = [1, 2, 3];`),
      cjs("cls.js", `module.exports = class { constructor() { this.v = "cls"; } };`),
      cjs("named.js", `exports.a = "A"; exports.b = "B";`),
    ] },
    steps: [G()],
  },
  {
    name: "kv17-formats-commonjs-errors-and-globals", area: "formats",
    description: "CommonJS modules: a module that throws while loading (and again when required twice), globals seen inside (globalThis, this at top level, arguments), strict mode, require of builtins without nodejs_compat",
    options: { compatibilityDate: CD, modules: [
      esm("index.mjs", PRELUDE + `import c from "./c.js";
export default { async fetch() { const out = {};
  out.c = c;
  out.throws1 = await t(async () => (await import("./bad.js")).default);
  out.throws2 = await t(async () => (await import("./bad.js")).default);
  return Response.json(out); } };`),
      cjs("c.js", `const out = {};
out.thisType = typeof this; out.args = typeof arguments === "object" ? arguments.length : typeof arguments;
out.strict = (function () { return this === undefined; })();
out.globalFetch = typeof fetch; out.selfSame = typeof self === "object" && self === globalThis;
try { require("bad.js"); out.reqBad = "ok"; } catch (e) { out.reqBad = [e.name, e.message]; }
try { out.reqBad2 = require("./bad.js"); } catch (e) { out.reqBad2 = [e.name, e.message]; }
try { out.reqBad3 = require("./bad.js"); } catch (e) { out.reqBad3 = [e.name, e.message]; }
for (const m of ["node:buffer", "buffer", "cloudflare:workers", "node:fs"]) { try { const x = require(m); out["req:" + m] = typeof x; } catch (e) { out["req:" + m] = [e.name, e.message]; } }
module.exports = out;`),
      cjs("bad.js", `exports.partial = 1; throw new TypeError("load failed");`),
    ] },
    steps: [G()],
  },
  {
    name: "kv17-formats-text-data-module-edges", area: "formats",
    description: "Text and Data modules: empty contents, BOM, non-ASCII, CRLF, namespaces' keys and descriptors, sameness across importers, import of a Text module via require",
    options: { compatibilityDate: CD, modules: [
      esm("index.mjs", PRELUDE + `import empty from "./empty.txt"; import bom from "./bom.txt"; import * as tns from "./uni.txt"; import ed from "./empty.bin"; import * as dns from "./d.bin"; import req from "./req.js";
export default { async fetch() { const out = {};
  out.empty = [empty, typeof empty]; out.bom = [bom.length, bom.charCodeAt(0)]; out.uni = [tns.default, Object.keys(tns), Object.prototype.toString.call(tns)];
  out.ed = [Object.prototype.toString.call(ed), ed.byteLength]; out.dns = [Object.keys(dns), dns.default.byteLength, [...new Uint8Array(dns.default)]];
  out.req = req;
  return Response.json(out); } };`),
      M("Text", "empty.txt", ""), M("Text", "bom.txt", "\ufeffhi"), M("Text", "uni.txt", "a\r\nü€😀"),
      M("Data", "empty.bin", ""), M("Data", "d.bin", "\u0000\u007f\r\n"),
      cjs("req.js", `const t = require("./uni.txt"); const d = require("./d.bin"); module.exports = [typeof t, t, Object.prototype.toString.call(d), d.byteLength, require("./uni.txt") === t];`),
    ] },
    steps: [G()],
  },
  {
    name: "kv17-multi-worker-entrypoints-and-env", area: "multi-worker",
    description: "service bindings into named WorkerEntrypoint classes of another worker: env and ctx seen there, props absent, RPC with arguments of several types, a missing method, fetch and RPC on the default entrypoint",
    options: { workers: [
      { name: "caller", modules: true, compatibilityDate: CD, serviceBindings: { API: { name: "api", entrypoint: "Api" }, DEF: "api" }, bindings: { SIDE: "caller" },
        script: PRELUDE + `export default { async fetch(req, env) { const out = {};
  out.sum = await t(() => env.API.sum(1, 2.5, -3)); out.echo = await t(() => env.API.echo({ a: [1, { b: null }], d: new Date(0), m: new Map([["k", 1]]), u8: new Uint8Array([1, 2]) }));
  out.envSeen = await t(() => env.API.envKeys()); out.missing = await t(() => env.API.nope()); out.prop = await t(async () => await env.API.field);
  out.defRpc = await t(() => env.DEF.hello()); out.defFetch = await t(async () => (await env.DEF.fetch("http://d/")).text());
  out.apiFetch = await t(async () => (await env.API.fetch("http://a/x")).text());
  out.throwing = await t(() => env.API.boom());
  return Response.json(out); } };` },
      { name: "api", modules: true, compatibilityDate: CD, bindings: { OWN: "api-var" }, kvNamespaces: ["APIKV"],
        script: `import { WorkerEntrypoint } from "cloudflare:workers";
export class Api extends WorkerEntrypoint {
  field = "f";
  sum(...xs) { return xs.reduce((a, b) => a + b, 0); }
  echo(v) { return { type: Object.prototype.toString.call(v.d), m: v.m instanceof Map ? [...v.m] : null, u8: v.u8 instanceof Uint8Array ? [...v.u8] : null, a: v.a }; }
  envKeys() { return [Object.keys(this.env), typeof this.ctx.waitUntil, this.ctx.props === undefined ? "undef" : JSON.stringify(this.ctx.props)]; }
  boom() { const e = new RangeError("bad range"); e.extra = 1; throw e; }
  async fetch(req) { return new Response("api-fetch " + new URL(req.url).pathname); }
}
export default class extends WorkerEntrypoint { hello() { return "default hello " + this.env.OWN; } async fetch() { return new Response("default fetch"); } }` },
    ] },
    steps: [G()],
  },
  {
    name: "kv17-vars-env-across-handlers-and-exports", area: "vars",
    description: "vars seen through env in fetch, in a named entrypoint reached by ctx.exports, through the cloudflare:workers env import, and after mutation in another request",
    options: { modules: true, compatibilityDate: CD, compatibilityFlags: ["enable_ctx_exports"], bindings: { A: "a", OBJ: { n: 1 } },
      script: PRELUDE + `import { WorkerEntrypoint, env as importedEnv } from "cloudflare:workers";
export class Side extends WorkerEntrypoint { read() { return [this.env.A, this.env.OBJ.n, this.env === importedEnv, Object.keys(this.env)]; } }
export default { async fetch(req, env, ctx) { const url = new URL(req.url); const out = {};
  if (url.pathname === "/mutate") { env.OBJ.n = 99; env.NEW = "added"; importedEnv.A = "changed-import"; return Response.json({ done: true }); }
  out.same = env === importedEnv; out.fetchView = [env.A, env.OBJ.n, env.NEW ?? null, importedEnv.A];
  out.side = await t(() => ctx.exports.Side.read());
  return Response.json(out); } };` },
    steps: [G(), G("/mutate"), G()],
  },
];

return part_d;
})();

// part e
const e_cases = (() => {
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/") => r("GET", "http://localhost" + p);
const TOP = `const top = {};
const tryTop = (k, f) => { try { const v = f(); top[k] = v instanceof Promise ? "promise" : (v === undefined ? "undefined" : typeof v === "object" ? Object.prototype.toString.call(v) : v); if (v instanceof Promise) v.then(() => { top[k + ":settled"] = "ok"; }, (e) => { top[k + ":settled"] = [e?.name, e?.message]; }); } catch (e) { top[k] = [e?.name, e?.message]; } };
tryTop("setTimeout", () => typeof setTimeout(() => {}, 1));
tryTop("setInterval", () => typeof setInterval(() => {}, 1000));
tryTop("fetch", () => fetch("http://example.com/"));
tryTop("randomUUID", () => typeof crypto.randomUUID());
tryTop("getRandomValues", () => crypto.getRandomValues(new Uint8Array(2)).length);
tryTop("mathRandom", () => typeof Math.random());
tryTop("dateNow", () => typeof Date.now());
tryTop("perfNow", () => performance.now());
tryTop("digest", () => crypto.subtle.digest("SHA-256", new Uint8Array(1)));
tryTop("generateKey", () => crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
tryTop("newResponse", () => new Response("x").status);
tryTop("cachesOpen", () => caches.open("c"));
tryTop("cachesMatch", () => caches.default.match("http://x/"));
tryTop("structuredClone", () => structuredClone({ a: 1 }).a);
tryTop("queueMicrotask", () => queueMicrotask(() => { top.microtaskRan = true; }));
tryTop("promiseThen", () => { Promise.resolve().then(() => { top.thenRan = true; }); return "scheduled"; });
tryTop("schedulerWait", () => typeof scheduler === "object" ? scheduler.wait(1) : "no scheduler");
tryTop("responseText", () => new Response("body").text());
`;
const part_e = [
  {
    name: "kv17-formats-global-scope-ops-modules", area: "formats",
    description: "what a modules worker may do at its top level: timers, fetch, random values, crypto, cache, microtasks, KV through the cloudflare:workers env; the outcomes read in the first request",
    options: { modules: true, compatibilityDate: CD, kvNamespaces: ["KV"], bindings: { V: "v" }, script: `import { env } from "cloudflare:workers";
${TOP}
tryTop("envV", () => env.V);
tryTop("kvGet", () => env.KV.get("k"));
tryTop("kvPut", () => env.KV.put("k", "v"));
export default { async fetch(req, env) { return Response.json({ top, kv: await env.KV.get("k") }); } };` },
    steps: [G(), G()],
  },
  {
    name: "kv17-formats-global-scope-ops-service-worker", area: "formats",
    description: "what a service-worker script may do at its top level: timers, fetch, random values, crypto, cache, microtasks, KV bindings as globals, addEventListener inside a handler",
    options: { compatibilityDate: CD, kvNamespaces: ["KV"], bindings: { V: "v" }, script: `${TOP}
tryTop("V", () => V);
tryTop("kvGet", () => KV.get("k"));
tryTop("kvPut", () => KV.put("k", "v"));
addEventListener("fetch", (e) => e.respondWith((async () => {
  let late; try { addEventListener("fetch", () => {}); late = "added"; } catch (err) { late = [err.name, err.message]; }
  return Response.json({ top, late, kv: await KV.get("k") }); })()));` },
    steps: [G(), G()],
  },
];

return part_e;
})();

// part f
const f_cases = (() => {
const G = (p = "/") => ({ request: { url: "http://localhost" + p, method: "GET", headers: {}, body: null } });
const TOP = `const top = {};
const tryTop = (k, f) => { try { const v = f(); top[k] = v instanceof Promise ? "promise" : (v === undefined ? "undefined" : typeof v === "object" && v !== null ? Object.prototype.toString.call(v) : v); if (v instanceof Promise) v.then(() => { top[k + ":settled"] = "ok"; }, (e) => { top[k + ":settled"] = [e?.name, e?.message?.slice(0, 40)]; }); } catch (e) { top[k] = [e?.name, e?.message?.slice(0, 40)]; } };
tryTop("respEmpty", () => new Response());
tryTop("respNull", () => new Response(null));
tryTop("respStr", () => new Response("x"));
tryTop("respBuf", () => new Response(new Uint8Array(1)));
tryTop("respJson", () => Response.json({}));
tryTop("respRedirect", () => Response.redirect("http://x/"));
tryTop("respError", () => Response.error());
tryTop("reqNoBody", () => new Request("http://x/"));
tryTop("reqBody", () => new Request("http://x/", { method: "POST", body: "b" }));
tryTop("headers", () => new Headers({ a: "1" }));
tryTop("rs", () => new ReadableStream());
tryTop("ts", () => new TransformStream());
tryTop("blob", () => new Blob(["x"]));
tryTop("blobText", () => new Blob(["x"]).text());
tryTop("formData", () => new FormData());
tryTop("url", () => new URL("http://x/").href);
tryTop("cachesOpen", () => caches.open("c"));
tryTop("cachePut", () => caches.default.put("http://x/", new Response("x")));
tryTop("cacheDelete", () => caches.default.delete("http://x/"));
tryTop("importKey", () => crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]));
tryTop("genAes", () => crypto.subtle.generateKey({ name: "AES-GCM", length: 128 }, true, ["encrypt"]));
tryTop("genEd", () => crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign"]));
tryTop("encrypt", () => crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, null, new Uint8Array(1)));
tryTop("digestStream", () => typeof new crypto.DigestStream("SHA-256"));
tryTop("clearTimeout", () => clearTimeout(1));
tryTop("schedulerYield", () => typeof scheduler.yield === "function" ? scheduler.yield() : "none");
tryTop("textEnc", () => new TextEncoder().encode("x").length);
tryTop("compression", () => typeof new CompressionStream("gzip"));
tryTop("ws", () => typeof new WebSocketPair());
tryTop("abort", () => AbortSignal.timeout(10));
tryTop("abortAny", () => AbortSignal.abort().aborted);
`;
const kvOps = (ns) => `tryTop("kvGet", () => ${ns}.get("k"));
tryTop("kvGetArr", () => ${ns}.get(["k"]));
tryTop("kvGwm", () => ${ns}.getWithMetadata("k"));
tryTop("kvList", () => ${ns}.list());
tryTop("kvDelete", () => ${ns}.delete("k"));
tryTop("kvPut", () => ${ns}.put("k", "v"));
tryTop("kvPutBad", () => ${ns}.put("", "v"));
tryTop("kvGetBad", () => ${ns}.get(""));`;
const part_f = [
  {
    name: "kv17-formats-global-scope-constructors-modules", area: "formats",
    description: "at a modules worker's top level: which constructors and methods are refused (Response bodies, streams, caches, crypto keys, KV methods through the env import)",
    options: { modules: true, compatibilityDate: CD, kvNamespaces: ["KV"], script: `import { env } from "cloudflare:workers";
${TOP}
${kvOps("env.KV")}
export default { async fetch(req, env) { return Response.json({ top, kv: await env.KV.get("k") }); } };` },
    steps: [G()],
  },
  {
    name: "kv17-formats-global-scope-constructors-service-worker", area: "formats",
    description: "at a service-worker script's top level: which constructors and methods are refused (Response bodies, streams, caches, crypto keys, KV methods of the global binding)",
    options: { compatibilityDate: CD, kvNamespaces: ["KV"], script: `${TOP}
${kvOps("KV")}
addEventListener("fetch", (e) => e.respondWith((async () => Response.json({ top, kv: await KV.get("k") }))()));` },
    steps: [G()],
  },
];

return part_f;
})();

export default [...a_cases, ...b_cases, ...c_cases, ...d_cases, ...e_cases, ...f_cases];
