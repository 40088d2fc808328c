// Re-record: copy this file and the oracle's defs/_h.mjs into a folder with wabt installed (npm install wabt@1.0.39), then in the oracle: DEFS_DIR=<folder> RECORD_OUT=<out> node record.mjs htmlwasm-
// Probes of htmlwasm (session 15): formats (CommonJS, dynamic import, modulesRoot, scriptPath), wasm traps, HTMLRewriter.
import wabtInit from "wabt";
import { PRELUDE, CD, get, req, modWorker } from "./_h.mjs";
const wabt = await wabtInit();
const entry = (body) => `${PRELUDE}
export default { async fetch(req, env, ctx) { const url = new URL(req.url); const out = {};
${body}
return Response.json(out); } };`;
const mods = (name, description, body, more, extra = {}, entryPath = "index.mjs") => ({
  name, area: "formats", description,
  options: { compatibilityDate: CD, ...extra, modules: [{ type: "ESModule", path: entryPath, contents: entry(body) }, ...more] },
  steps: [get("/")],
});
const esm = (path, contents) => ({ type: "ESModule", path, contents });
const cjs = (path, contents) => ({ type: "CommonJS", path, contents });
const text = (path, contents) => ({ type: "Text", path, contents });
const data = (path, contents) => ({ type: "Data", path, contents });

const formats = [
  mods("htmlwasm-formats-commonjs-semantics", "CommonJS: exports vs module.exports reassignment, require cache identity, cycles with partial exports, this at top level, module fields, require of missing modules, require of ES modules, JSON as Text", `
    out.reassign = await t(async () => (await import("./reassign.cjs")).default);
    out.both = await t(async () => (await import("./both.cjs")).default);
    out.cycle = await t(async () => (await import("./cyc-a.cjs")).default);
    out.fields = await t(async () => (await import("./fields.cjs")).default);
    out.missing = await t(async () => (await import("./missing.cjs")).default);
    out.esmFromCjs = await t(async () => (await import("./req-esm.cjs")).default);
    out.thrower = await t(async () => (await import("./thrower.cjs")).default);
    out.throwerAgain = await t(async () => (await import("./thrower.cjs")).default);
    out.nsKeys = await t(async () => Object.keys(await import("./both.cjs")).sort());
    out.nsNamed = await t(async () => { const ns = await import("./named.cjs"); return { keys: Object.keys(ns).sort(), a: ns.a ?? null, def: typeof ns.default, esm: ns.__esModule ?? null }; });
    out.primitive = await t(async () => { const ns = await import("./prim.cjs"); return { keys: Object.keys(ns).sort(), def: ns.default }; });
  `, [
    cjs("reassign.cjs", `exports.lost = 1; module.exports = { kept: 2 }; exports.alsoLost = 3; module.exports.added = 4;`),
    cjs("both.cjs", `exports.a = 1; module.exports.b = 2; const same = exports === module.exports; exports.same = same; exports.thisIsExports = this === module.exports;`),
    cjs("cyc-a.cjs", `exports.before = "a1"; const b = require("./cyc-b.cjs"); exports.after = "a2"; module.exports.seenByB = b.sawA; module.exports.bDone = b.done;`),
    cjs("cyc-b.cjs", `const a = require("./cyc-a.cjs"); exports.sawA = JSON.stringify(a); exports.done = true;`),
    cjs("fields.cjs", `const r1 = require("./both.cjs"); const r2 = require("./both.cjs");
      module.exports = { same: r1 === r2, id: typeof module.id, idVal: module.id, filename: __filename, dirname: __dirname, modFilename: module.filename ?? null, loaded: module.loaded ?? null,
        children: Array.isArray(module.children) ? module.children.length : typeof module.children, parent: typeof module.parent, paths: typeof module.paths,
        requireKeys: Object.keys(require).sort(), resolveType: typeof require.resolve, cacheType: typeof require.cache, mainType: typeof require.main,
        txt: require("./data.json"), bin: Object.prototype.toString.call(require("./bin.dat")), requireLen: require.length, modKeys: Object.keys(module).sort() };`),
    cjs("missing.cjs", `let r; try { require("./nope.cjs"); r = "no error"; } catch (e) { r = { name: e.name, message: e.message, code: e.code ?? null }; }
      let r2; try { require("nope-bare"); r2 = "no error"; } catch (e) { r2 = { name: e.name, message: e.message }; }
      let r3; try { require(); r3 = "no error"; } catch (e) { r3 = { name: e.name, message: e.message }; }
      let r4; try { require(42); r4 = "no error"; } catch (e) { r4 = { name: e.name, message: e.message }; }
      module.exports = { r, r2, r3, r4 };`),
    cjs("req-esm.cjs", `let v; try { const m = require("./plain.mjs"); v = { type: typeof m, keys: Object.keys(m).sort(), x: m.x, def: m.default, tag: Object.prototype.toString.call(m) }; } catch (e) { v = { name: e.name, message: e.message }; } module.exports = v;`),
    esm("plain.mjs", `export const x = 1; export default "D";`),
    cjs("thrower.cjs", `globalThis.__throwCount = (globalThis.__throwCount ?? 0) + 1; exports.partial = 1; throw new TypeError("boom " + globalThis.__throwCount);`),
    cjs("named.cjs", `Object.defineProperty(exports, "__esModule", { value: true }); exports.a = "A"; exports.default = "explicit default";`),
    cjs("prim.cjs", `module.exports = 42;`),
    text("data.json", `{"j": true}`),
    data("bin.dat", `xyz`),
  ]),

  mods("htmlwasm-formats-dynamic-import-kinds", "dynamic import() of each module kind: namespace keys and default of Text, Data, CommonJS, ESModule; specifiers with queries, absolute paths, non-strings, node: without the flag, an ES module that throws at evaluation", `
    const ns = async (s) => { const m = await import(s); return { keys: Object.keys(m).sort(), tag: Object.prototype.toString.call(m), def: typeof m.default === "object" ? Object.prototype.toString.call(m.default) : m.default }; };
    out.text = await t(() => ns("./a.txt"));
    out.data = await t(() => ns("./b.bin"));
    out.cjs = await t(() => ns("./c.cjs"));
    out.esm = await t(() => ns("./d.mjs"));
    out.same = await t(async () => (await import("./d.mjs")) === (await import("./sub/../d.mjs")));
    out.query = await t(() => ns("./d.mjs?x=1"));
    out.abs = await t(() => ns("/d.mjs"));
    out.bareName = await t(() => ns("d.mjs"));
    out.obj = await t(() => ns({ toString() { return "./d.mjs"; } }));
    out.nodeNoFlag = await t(() => ns("node:buffer"));
    out.bareNode = await t(() => ns("buffer"));
    out.cfWorkers = await t(async () => Object.keys(await import("cloudflare:workers")).sort());
    out.unknownCf = await t(() => ns("cloudflare:nope"));
    out.throws1 = await t(() => ns("./throws.mjs"));
    out.throws2 = await t(() => ns("./throws.mjs"));
    out.empty = await t(() => ns(""));
    out.dir = await t(() => ns("./sub/"));
  `, [
    text("a.txt", "text A"), data("b.bin", "BB"), cjs("c.cjs", `module.exports = { c: 1 }; exports.lost = 2;`),
    esm("d.mjs", `export const d = 1; export default "D";`),
    esm("throws.mjs", `globalThis.__n = (globalThis.__n ?? 0) + 1; throw new RangeError("eval failed " + globalThis.__n);`),
    esm("tla.mjs", `await new Promise((r) => setTimeout(r, 5)); export const late = "yes"; export default 7;`),
  ]),

  mods("htmlwasm-formats-modules-root", "modulesRoot: module names relative to it, nested imports, dynamic import of a missing module named from the root", `
    out.a = await t(async () => (await import("./lib/a.mjs")).a);
    out.viaLib = await t(async () => (await import("./lib/b.mjs")).b);
    out.missing = await t(() => import("./lib/nope.mjs"));
    out.txt = await t(async () => (await import("./lib/t.txt")).default);
  `, [
    esm("src/lib/a.mjs", `export const a = "A";`),
    esm("src/lib/b.mjs", `import { a } from "./a.mjs"; export const b = a + "B"; `),
    text("src/lib/t.txt", "T"),
  ], { modulesRoot: "src" }, "src/index.mjs"),

  mods("htmlwasm-formats-import-meta-and-scope", "import.meta in the entry and in nested modules, module scope this, strict mode, top-level names not on globalThis, an ES module's namespace object details", `
    out.meta = { type: typeof import.meta, proto: Object.getPrototypeOf(import.meta) === null, keys: Object.keys(import.meta), url: import.meta.url ?? null, resolve: typeof import.meta.resolve, frozen: Object.isFrozen(import.meta), ext: Object.isExtensible(import.meta) };
    out.nested = await t(async () => (await import("./m.mjs")).info);
    out.ns = await t(async () => { const n = await import("./m.mjs"); let setErr; try { n.info = 1; } catch (e) { setErr = e.name; } let defErr; try { Object.defineProperty(n, "z", { value: 1 }); } catch (e) { defErr = e.name; } return { sealed: Object.isSealed(n), frozen: Object.isFrozen(n), ext: Object.isExtensible(n), proto: Object.getPrototypeOf(n), setErr, defErr, toStringTag: n[Symbol.toStringTag], desc: Object.getOwnPropertyDescriptor(n, "info") && Object.keys(Object.getOwnPropertyDescriptor(n, "info")).sort(), writable: Object.getOwnPropertyDescriptor(n, "info").writable }; });
    out.live = await t(async () => { const n = await import("./m.mjs"); const a = n.count; n.bump(); return [a, n.count]; });
  `, [
    esm("m.mjs", `export let count = 0; export function bump() { count++; } const top = this; let strict = (function () { return this === undefined; })(); var topVar = 1; export const info = { thisUndef: top === undefined, strict, onGlobal: "topVar" in globalThis, meta: Object.keys(import.meta), metaUrl: import.meta.url ?? null };`),
  ]),

  { name: "htmlwasm-formats-script-with-scriptpath", area: "formats", description: "a string script with a scriptPath that names it (no file is read): the script runs, built-in imports, import.meta",
    options: { compatibilityDate: CD, modules: true, scriptPath: "src/worker.mjs", script: `${PRELUDE}
export default { async fetch(req) { const out = {};
  out.meta = Object.keys(import.meta); out.url = import.meta.url ?? null;
  out.cf = typeof WorkerEntrypoint; out.err = await t(() => { throw new TypeError("named"); });
  return Response.json(out); } };` },
    steps: [get("/")] },

  { name: "htmlwasm-formats-sw-script-with-scriptpath", area: "formats", description: "a service-worker string script with a scriptPath that names it: globals, this, bindings",
    options: { compatibilityDate: CD, scriptPath: "src/worker.js", bindings: { V: "v" }, script: `
var topVar = 1; const topConst = 2;
addEventListener("fetch", (e) => e.respondWith(Response.json({ topVar: globalThis.topVar, topConst: typeof globalThis.topConst, v: V, self: self === globalThis, thisIsGlobal: this === globalThis })));` },
    steps: [get("/")] },

  mods("htmlwasm-formats-commonjs-more", "CommonJS: require of Data and CompiledWasm-free kinds, module.exports as a class and a function with properties, exports replaced by a primitive, delete of module.exports members, require inside functions at request time, JSON in a Text module parsed by the requirer, __esModule marked modules imported by ES modules", `
    const m = await import("./main.cjs"); out.main = m.default;
    out.cls = await t(async () => { const C = (await import("./cls.cjs")).default; return { type: typeof C, name: C.name, inst: new C(2).v, stat: C.s }; });
    out.fnProps = await t(async () => { const f = (await import("./fnp.cjs")).default; return { call: f(), extra: f.extra, keys: Object.keys(f) }; });
    out.nullExp = await t(async () => (await import("./null.cjs")).default);
    out.undefExp = await t(async () => { const ns = await import("./undef.cjs"); return { has: "default" in ns, v: ns.default === undefined }; });
    out.lazy = await t(async () => (await import("./lazy.cjs")).default.get());
    out.order = await t(async () => { const ns = await import("./order-a.cjs"); return globalThis.__order; });
  `, [
    cjs("main.cjs", `const txt = require("./conf.json"); const bin = require("./b.bin"); module.exports = { conf: JSON.parse(txt), binLen: bin.byteLength, binTag: Object.prototype.toString.call(bin), same: require("./b.bin") === bin };`),
    text("conf.json", `{"k": [1, 2]}`), data("b.bin", "\u0001\u0002\u0003"),
    cjs("cls.cjs", `module.exports = class Thing { constructor(v) { this.v = v; } static s = "static"; };`),
    cjs("fnp.cjs", `function f() { return "called"; } f.extra = 1; module.exports = f;`),
    cjs("null.cjs", `module.exports = null;`),
    cjs("undef.cjs", `module.exports = undefined;`),
    cjs("lazy.cjs", `exports.get = () => require("./late.cjs").value;`),
    cjs("late.cjs", `exports.value = "late " + typeof globalThis.__lateRan; globalThis.__lateRan = true;`),
    cjs("order-a.cjs", `(globalThis.__order ??= []).push("a-start"); require("./order-b.cjs"); require("./order-c.cjs"); globalThis.__order.push("a-end");`),
    cjs("order-b.cjs", `(globalThis.__order ??= []).push("b"); require("./order-c.cjs");`),
    cjs("order-c.cjs", `(globalThis.__order ??= []).push("c");`),
  ]),

  mods("htmlwasm-formats-module-odds", "a Data module's ArrayBuffer is shared and mutable and can be transferred away; a .json Text module; string export names; module paths with spaces and non-ASCII; module names are case-sensitive", `
    out.data = await t(async () => { const a = (await import("./d.bin")).default; const b = (await import("./d.bin")).default; const r = { same: a === b, resizable: a.resizable, len: a.byteLength };
      new Uint8Array(a)[0] = 90; r.after = new Uint8Array((await import("./d.bin")).default)[0];
      r.viaStatic = (await import("./reader.mjs")).first();
      structuredClone(a, { transfer: [a] }); r.detachedLen = a.byteLength; r.detachedAgain = (await import("./d.bin")).default.byteLength; r.readerAfter = (await import("./reader.mjs")).len(); return r; });
    out.noAttrs = await t(async () => (await import("./a.json")).default);
    out.names = await t(async () => { const ns = await import("./str.mjs"); return { keys: Object.keys(ns), v: ns["a b"] }; });
    out.space = await t(async () => (await import("./dir with space/m.mjs")).v);
    out.uni = await t(async () => (await import("./ünï.mjs")).v);
    out.caseSensitive = await t(() => import("./Str.mjs"));
  `, [
    data("d.bin", "abc"), esm("reader.mjs", `import d from "./d.bin"; export const first = () => new Uint8Array(d)[0]; export const len = () => d.byteLength;`),
    text("a.json", `{"x":1}`),
    esm("str.mjs", `const x = 1; export { x as "a b" };`),
    esm("dir with space/m.mjs", `export const v = "space";`),
    esm("ünï.mjs", `export const v = "uni";`),
  ]),

  mods("htmlwasm-formats-commonjs-sloppy-and-builtins", "CommonJS code runs in sloppy mode (with, octal literals, undeclared assignments make globals, this in plain calls), top-level return, exports reassigned locally; require of built-in modules under nodejs_compat gives their default export", `
    out.sloppy = await t(async () => (await import("./s.cjs")).default);
    out.leak = typeof globalThis.leaked;
    out.assign = await t(async () => (await import("./e.cjs")).default);
    out.builtins = await t(async () => (await import("./b.cjs")).default);
    out.cf = await t(async () => (await import("./cf.cjs")).default);
  `, [
    cjs("s.cjs", `leaked = 1; var o = { p: 2 }; with (o) { exports.w = p; } exports.oct = 010; exports.strict = (function () { return this === undefined; })(); exports.thisGlobal = (function () { return this === globalThis; })(); if (true) return; exports.after = 1;`),
    cjs("e.cjs", `exports = { lost: true }; exports.also = 1; module.exports.kept = typeof exports;`),
    cjs("b.cjs", `const b1 = require("node:buffer"); const b2 = require("buffer"); const ev = require("node:events"); const name = "node:" + "util"; const u = require(name); module.exports = { b1: typeof b1.Buffer, same: b1 === b2, ev: typeof ev, evIsEmitter: ev === ev.EventEmitter, util: typeof u.format, missing: (() => { try { require("node:nope"); } catch (e) { return e.message; } })() };`),
    cjs("cf.cjs", `let r; try { const cf = require("cloudflare:workers"); r = typeof cf; } catch (e) { r = e.name + ": " + e.message; } module.exports = r;`),
  ], { compatibilityFlags: ["nodejs_compat"] }),

  mods("htmlwasm-formats-nested-paths-and-interop", "modules under ./ and nested folders: ../ imports, a CommonJS module requiring a CompiledWasm-free mix (Text, ES), dynamic import() from CommonJS code, module.exports identity between import and require, an ES module imported by CommonJS and ES alike", `
    out.deep = await t(async () => (await import("./src/a/deep.mjs")).v);
    out.up = await t(async () => (await import("./src/a/up.mjs")).v);
    out.missingUp = await t(() => import("./src/a/../nope.mjs"));
    out.identity = await t(async () => { const viaImport = (await import("./src/shared.cjs")).default; const viaRequire = (await import("./src/user.cjs")).default.shared; return viaImport === viaRequire; });
    out.dynFromCjs = await t(async () => { const r = (await import("./src/dyn.cjs")).default; return { kind: typeof r.then, value: await r.then((ns) => ({ keys: Object.keys(ns).sort(), v: ns.v })) }; });
    out.dynMissingFromCjs = await t(async () => (await import("./src/dynmiss.cjs")).default);
    out.esmShared = await t(async () => { const a = (await import("./src/user.cjs")).default.counter; const m = await import("./src/count.mjs"); return [a, m.n]; });
  `, [
    esm("./src/a/deep.mjs", `import { base } from "../base.mjs"; export const v = "deep+" + base;`),
    esm("src/base.mjs", `export const base = "base";`),
    esm("src/a/up.mjs", `import t from "../../top.txt"; export const v = t;`),
    text("top.txt", "top text"),
    cjs("src/shared.cjs", `module.exports = { id: Math.floor(Math.random() * 0) };`),
    cjs("src/user.cjs", `const c = require("./count.mjs"); module.exports = { shared: require("./shared.cjs"), counter: typeof c };`),
    esm("src/count.mjs", `export let n = 1; export default "count-default";`),
    cjs("src/dyn.cjs", `module.exports = import("./base.mjs").then((ns) => ({ v: ns.base, keys: Object.keys(ns) }));`),
    cjs("src/dynmiss.cjs", `module.exports = import("./nope.mjs").then(() => "found", (e) => e.name + ": " + e.message);`),
  ]),
];

function wasm(name, wat) {
  const bytes = [...wabt.parseWat(name, wat, { mutable_globals: true, reference_types: true, bulk_memory: true, multi_value: true, sign_extension: true, sat_float_to_int: true }).toBinary({}).buffer];
  if (bytes.some((b) => b >= 128)) throw new Error(name + ": a byte >= 0x80, not representable as a CompiledWasm contents string");
  return String.fromCharCode(...bytes);
}
const conv = wasm("conv.wasm", `(module
  (memory (export "mem") 1)
  (table 2 funcref)
  (type $t (func (result i32)))
  (func (export "divS") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_s)
  (func (export "unreach") unreachable)
  (func (export "oob") (param i32) (result i32) local.get 0 i32.load)
  (func (export "callNull") (result i32) i32.const 0 call_indirect (type $t))
  (func (export "callOut") (result i32) i32.const 5 call_indirect (type $t))
  (func $deep (export "deep") (param i32) (result i32) local.get 0 i32.const 1 i32.add call $deep)
)`);
const wasmMods = (extra) => [{ type: "ESModule", path: "index.mjs", contents: extra }];
const wasmEntry = (body) => `${PRELUDE}
export default { async fetch(req, env, ctx) { const url = new URL(req.url); const out = {};
${body}
return Response.json(out); } };`;
const errOf = (e) => ({ name: e?.name, message: e?.message, isRuntime: e instanceof WebAssembly.RuntimeError, tag: Object.prototype.toString.call(e) });
const wasmCases = [
  { name: "htmlwasm-wasm-traps-uncaught", area: "wasm", description: "traps' own properties, toString and first stack line; an uncaught trap, a stack overflow and a trap after an await as the response; a trap in waitUntil", options: {
    compatibilityDate: CD, modules: [...wasmMods(entry(`
    const { exports: x } = await WebAssembly.instantiate(conv);
    const tr = (f) => { try { return { ok: f() }; } catch (e) { return { name: e.name, message: e.message, isRuntime: e instanceof WebAssembly.RuntimeError, isError: e instanceof Error, str: String(e), stackFirst: typeof e.stack === "string" ? e.stack.split("\\n")[0] : typeof e.stack, ownKeys: Object.getOwnPropertyNames(e).sort() }; } };
    if (url.pathname === "/uncaught") x.unreach();
    if (url.pathname === "/overflow") x.deep(0);
    if (url.pathname === "/rejected") { await Promise.resolve(); x.oob(70000); }
    if (url.pathname === "/inStream") { return new Response(new ReadableStream({ pull(c) { x.callNull(); } })); }
    if (url.pathname === "/inWaitUntil") { ctx.waitUntil(Promise.resolve().then(() => x.unreach())); return new Response("fine"); }
    out.divOverflow = tr(() => x.divS(-2147483648, -1)); out.div0 = tr(() => x.divS(1, 0));
    out.oob = tr(() => x.oob(65534)); out.callNull = tr(() => x.callNull()); out.callOut = tr(() => x.callOut());
    out.unreach = tr(() => x.unreach());
    out.deep = tr(() => x.deep(0));
    out.afterDeep = tr(() => x.divS(7, 2));
  `)), { type: "CompiledWasm", path: "conv.wasm", contents: conv }] },
    steps: [get("/"), { ...get("/uncaught"), bodyMatches: "^RuntimeError: unreachable(\\n|$)" }, { ...get("/overflow"), bodyMatches: "^RangeError: Maximum call stack size exceeded(\\n|$)" }, { ...get("/rejected"), bodyMatches: "^RuntimeError: memory access out of bounds(\\n|$)" }, get("/inWaitUntil")] },

];

const HR = `
async function rw(html, build, init = { headers: { "content-type": "text/html" } }) { return await build(new HTMLRewriter()).transform(new Response(html, init)).text(); }
async function rwe(html, build) { try { return await rw(html, build); } catch (e) { return { error: { name: e?.name, message: e?.message } }; } }
`;
const hr = (name, description, body, steps = [get("/")]) => ({ name, area: "html-rewriter", description, options: modWorker(`${HR}    const out = {};\n${body}\n    return Response.json(out);`), steps });
const html = [
  hr("htmlwasm-html-end-tag-handlers-more", "end tag handlers: async ones, several on one element, the end tag API (name setter, before/after with html, remove), on elements renamed, removed or emptied, on nested same-name elements", `
    out.asyncEnd = await rw('<p>a</p><p>b</p>', (r) => r.on("p", { element(e) { e.onEndTag(async (t) => { await new Promise((res) => setTimeout(res, 1)); t.before("!", { html: false }); t.after("<i>x</i>", { html: true }); }); } }));
    out.twoEnd = await rw('<div>x</div>', (r) => r.on("div", { element(e) { e.onEndTag((t) => { t.before("1"); }); e.onEndTag((t) => { t.before("2"); }); } }));
    out.twoSelectorsEnd = await rw('<div>x</div>', (r) => r.on("div", { element(e) { e.onEndTag((t) => { t.after("A"); }); } }).on("div", { element(e) { e.onEndTag((t) => { t.after("B"); }); } }));
    out.rename = await rw('<div>x</div>', (r) => r.on("div", { element(e) { e.onEndTag((t) => { out.renameSeen = t.name; t.name = "section"; }); } }));
    out.renameElementThenEnd = await rw('<div>x</div>', (r) => r.on("div", { element(e) { e.tagName = "span"; e.onEndTag((t) => { out.renamedSeen = t.name; }); } }));
    out.removeEnd = await rw('<b>x</b>y', (r) => r.on("b", { element(e) { e.onEndTag((t) => { t.remove(); }); } }));
    out.endAfterRemove = await rwe('<b>x</b>y', (r) => r.on("b", { element(e) { e.remove(); e.onEndTag((t) => { t.after("late"); }); } }));
    out.endAfterSetInner = await rw('<b>x<i>y</i></b>z', (r) => r.on("b", { element(e) { e.setInnerContent("new"); e.onEndTag((t) => { t.before("|"); }); } }));
    out.endAfterReplace = await rwe('<b>x</b>z', (r) => r.on("b", { element(e) { e.replace("R"); e.onEndTag((t) => { t.after("|"); }); } }));
    out.nestedSame = await rw('<div>a<div>b</div>c</div>', (r) => r.on("div", { element(e) { const d = (out.depth = (out.depth ?? 0) + 1); e.onEndTag((t) => { t.before("[" + d + "]"); }); } }));
    out.endTagNoClose = await rw('<div>a', (r) => r.on("div", { element(e) { e.onEndTag((t) => { t.after("END"); }); } }));
    out.endTagThrows = await rwe('<div>a</div>', (r) => r.on("div", { element(e) { e.onEndTag(() => { throw new RangeError("end boom"); }); } }));
    out.endTagNotFn = await rwe('<div>a</div>', (r) => r.on("div", { element(e) { e.onEndTag("nope"); } }));
    out.endTagKeys = await rw('<div>a</div>', (r) => r.on("div", { element(e) { e.onEndTag((t) => { out.endKeys = Object.keys(t).sort(); out.endProto = Object.getOwnPropertyNames(Object.getPrototypeOf(t)).sort(); }); } }));
  `),
  hr("htmlwasm-html-transform-statuses", "transform of responses with each status and body kind as the fetch handler's answer: 204, 304, HEAD, 404 with body, redirect, null body with content-type, a body of a subrequest-like stream", `
    const mk = (init, body = "<p>x</p>") => new HTMLRewriter().on("p", { element(e) { e.setAttribute("seen", "1"); } }).transform(new Response(body, init));
    const d = async (r) => ({ status: r.status, body: r.body === null ? null : await r.text(), ct: r.headers.get("content-type"), loc: r.headers.get("location"), redirected: r.redirected, statusText: r.statusText, ok: r.ok });
    out.s404 = await d(mk({ status: 404, statusText: "Nope", headers: { "content-type": "text/html" } }));
    out.s204 = await d(new HTMLRewriter().transform(new Response(null, { status: 204 })));
    out.s304 = await d(new HTMLRewriter().transform(new Response(null, { status: 304, headers: { etag: '"x"' } })));
    out.nullBody = await d(new HTMLRewriter().transform(new Response(null, { headers: { "content-type": "text/html" } })));
    out.redirect = await d(new HTMLRewriter().transform(Response.redirect("https://example.com/x", 307)));
    out.emptyString = await d(mk({}, ""));
    out.json = await d(mk({ headers: { "content-type": "application/json" } }, '<p>x</p>'));
    out.plain = await d(mk({}, '<p>x</p>'));
    try { out.errorResp = await d(new HTMLRewriter().transform(Response.error())); } catch (e) { out.errorResp = e.name + ": " + e.message; }
    if (url.pathname === "/head") return mk({ headers: { "content-type": "text/html", "x-h": "1" } });
    if (url.pathname === "/s204") return new HTMLRewriter().transform(new Response(null, { status: 204, headers: { "x-a": "b" } }));
    if (url.pathname === "/s404") return mk({ status: 404, headers: { "content-type": "text/html" } });
  `, [get("/"), req("HEAD", "http://localhost/head"), get("/s204"), get("/s404")]),
  hr("htmlwasm-html-text-in-special-elements", "text chunks inside script, style, title, textarea, noscript and comments-like content; lastInTextNode per element; replacing text in them; selectors on them", `
    const chunks = async (html, sel) => { const seen = []; const h = await rw(html, (r) => r.on(sel, { text(t) { seen.push([t.text, t.lastInTextNode]); } })); return { seen, h }; };
    out.script = await chunks('<script>if (a < b && c > d) { x = "</p>"; }</script>', "script");
    out.style = await chunks('<style>p > a { color: red }</style>', "style");
    out.title = await chunks('<title>A &amp; B</title>', "title");
    out.textarea = await chunks('<textarea>x <b>y</b></textarea>', "textarea");
    out.replaceScript = await rw('<script>old()</script>', (r) => r.on("script", { text(t) { if (t.text) t.replace("new(1 < 2)"); } }));
    out.replaceScriptHtml = await rw('<script>old()</script>', (r) => r.on("script", { text(t) { if (t.text) t.replace("<b>", { html: true }); } }));
    out.setInnerScript = await rw('<script>old()</script>', (r) => r.on("script", { element(e) { e.setInnerContent("a < b && '</script>'"); } }));
    out.appendStyle = await rw('<style>a{}</style>', (r) => r.on("style", { element(e) { e.append("b > c {}"); } }));
    out.textareaAttr = await rw('<textarea name=x>v</textarea>', (r) => r.on("textarea", { element(e) { e.prepend("<i>", { html: true }); } }));
    out.docText = await (async () => { const seen = []; await rw('a<script>b</script>c<!--d-->e', (r) => r.onDocument({ text(t) { seen.push(t.text); } })); return seen; })();
  `),
  hr("htmlwasm-html-large-documents", "large documents: a 100 KB text node and many elements from a string body and from a stream of odd-sized chunks; counts of handler calls and text chunks, output size", `
    const big = "x".repeat(100000);
    const count = async (body, init) => { let chunks = 0, lastFlags = 0, elements = 0, textLen = 0; const h = await new HTMLRewriter().on("p", { element() { elements++; }, text(t) { chunks++; textLen += t.text.length; if (t.lastInTextNode) lastFlags++; } }).transform(new Response(body, init)).text(); return { chunks, lastFlags, elements, textLen, outLen: h.length }; };
    out.bigText = await count("<p>" + big + "</p>");
    out.manyEls = await count("<p>a</p>".repeat(2000));
    const streamOf = (text, size) => new ReadableStream({ start(c) { const b = new TextEncoder().encode(text); for (let i = 0; i < b.length; i += size) c.enqueue(b.slice(i, i + size)); c.close(); } });
    out.streamed = await count(streamOf("<p>" + "y".repeat(20000) + "</p><p>z</p>", 7777));
    out.streamedTiny = await count(streamOf("<p>hello world</p><p>second</p>", 3));
    out.bigAttr = await (async () => { let len = 0; const h = await new HTMLRewriter().on("a", { element(e) { len = e.getAttribute("href").length; e.setAttribute("href", "short"); } }).transform(new Response('<a href="' + "h".repeat(100000) + '">t</a>')).text(); return { len, out: h }; })();
    out.bigComment = await (async () => { let n = 0, len = 0; await new HTMLRewriter().onDocument({ comments(c) { n++; len += c.text.length; } }).transform(new Response("<!--" + "c".repeat(100000) + "-->")).text(); return { n, len }; })();
  `),
];

export default [...formats, ...wasmCases, ...html];
