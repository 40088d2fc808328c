// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && cd /work/wt/oracle && DEFS_DIR=d RECORD_OUT=<out> node record.mjs kv18-
import { CD, PRELUDE } from "./_h.mjs";

const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/") => r("GET", "http://localhost" + p);
const M = (type, path, contents) => ({ type, path, contents });
const esm = (path, contents) => M("ESModule", path, contents);

export default [
  {
    name: "kv18-vars-wrapped-bindings", area: "vars",
    description: "wrappedBindings: the default export or a named function of a single-module worker called with inner bindings (its own bindings plus the designator's)",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD,
        wrappedBindings: { W: "wrap", W2: { scriptName: "wrap", entrypoint: "named", bindings: { a: 1, B: "override" } } },
        bindings: { V: "v" },
        script: PRELUDE + `export default { async fetch(req, env) { const out = {};
  out.envKeys = Object.keys(env);
  out.typeW = typeof env.W; out.keysW = Object.keys(env.W);
  out.innerKeys = env.W.keys; out.hello = env.W.hello("x");
  out.inner = env.W.inner; out.calls = env.W.calls();
  out.W2 = env.W2;
  out.same = env.W === env.W;
  out.kv = await t(async () => { await env.W.kvPut("k", "v"); return await env.W.kvGet("k"); });
  return Response.json(out); } };` },
      { name: "wrap", modules: true, bindings: { B: "b", C: [1, 2] }, kvNamespaces: ["KV"],
        script: `let calls = 0;
export default function (env) { calls++; return { keys: Object.keys(env), inner: { B: env.B, C: env.C }, hello: (x) => "hi " + x, calls: () => calls,
  kvPut: (k, v) => env.KV.put(k, v), kvGet: (k) => env.KV.get(k) }; }
export function named(env) { return { keys: Object.keys(env), env: JSON.parse(JSON.stringify(env)), thisType: typeof this }; }
export const value = 42;` },
    ] },
    steps: [G(), G()],
  },
  {
    name: "kv18-vars-wrapped-bindings-async-and-throws", area: "vars",
    description: "wrappedBindings whose function returns a promise, a class instance, a function; module state shared across bindings of the same script",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD,
        wrappedBindings: { P: { scriptName: "wrap", entrypoint: "promise" }, F: { scriptName: "wrap", entrypoint: "fn" }, I: { scriptName: "wrap", entrypoint: "inst", bindings: { n: 5 } }, S1: { scriptName: "wrap", entrypoint: "state" }, S2: { scriptName: "wrap", entrypoint: "state" } },
        script: PRELUDE + `export default { async fetch(req, env) { const out = {};
  out.P = [Object.prototype.toString.call(env.P), await env.P];
  out.F = [typeof env.F, env.F(3)];
  out.I = [env.I.constructor.name, env.I.get(), Object.keys(env.I)];
  out.S = [env.S1.id, env.S2.id, env.S1.shared === env.S2.shared];
  return Response.json(out); } };` },
      { name: "wrap", modules: true,
        script: `let n = 0; const shared = {};
export default function () { return null; }
export async function promise(env) { return "resolved"; }
export function fn(env) { return (x) => x * 2; }
class Thing { #env; constructor(env) { this.#env = env; } get() { return this.#env.n; } }
export function inst(env) { return new Thing(env); }
export function state() { return { id: ++n, shared }; }` },
    ] },
    steps: [G()],
  },
  {
    name: "kv18-formats-dynamic-import-evaluation-errors", area: "formats",
    description: "dynamic import() of modules that throw at evaluation: the error, a second import of the same module, a module importing a failing one, top-level await rejection, module state across requests",
    options: { compatibilityDate: CD, modules: [
      esm("index.mjs", PRELUDE + `export default { async fetch(req) { const out = {};
  const e = async (s) => { try { await import(s); return "ok"; } catch (x) { return { name: x?.name, message: x?.message, type: typeof x, isErr: x instanceof Error, val: (x instanceof Error) ? null : x }; } };
  let first; try { await import("./throws.mjs"); } catch (x) { first = x; }
  let second; try { await import("./throws.mjs"); } catch (x) { second = x; }
  out.throws = [first?.name, first?.message, first === second];
  out.typeErr = await e("./typeerr.mjs");
  out.str = await e("./str.mjs");
  out.obj = await e("./obj.mjs");
  out.undef = await e("./undef.mjs");
  out.importer = await e("./importer.mjs");
  out.tla = await e("./tla.mjs");
  out.counter = (await import("./count.mjs")).n;
  out.counterAgain = (await import("./count.mjs")).n;
  return Response.json(out); } };`),
      esm("throws.mjs", `globalThis.__evals = (globalThis.__evals ?? 0) + 1; throw new Error("boom at top");`),
      esm("typeerr.mjs", `throw new TypeError("custom type error");`),
      esm("str.mjs", `throw "a string";`),
      esm("obj.mjs", `throw { code: 7 };`),
      esm("undef.mjs", `throw undefined;`),
      esm("importer.mjs", `import "./throws.mjs"; export const x = 1;`),
      esm("tla.mjs", `await Promise.reject(new RangeError("tla rejected"));`),
      esm("count.mjs", `export const n = (globalThis.__c = (globalThis.__c ?? 0) + 1);`),
    ] },
    steps: [G(), G()],
  },
  {
    name: "kv18-multi-worker-names-and-bindings", area: "multi-worker",
    description: "workers with unusual names (spaces, unicode, dots) reached through service bindings in string and object form, and the first worker serving dispatchFetch",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD,
        serviceBindings: { SP: "with space", UNI: "wörker", DOT: { name: "a.b" }, SELF: "main" },
        script: PRELUDE + `export default { async fetch(req, env) { const out = {};
  if (new URL(req.url).pathname === "/self") return new Response("self");
  for (const k of ["SP", "UNI", "DOT", "SELF"]) out[k] = await t(async () => (await env[k].fetch("http://x/self")).text());
  return Response.json(out); } };` },
      { name: "with space", modules: true, compatibilityDate: CD, script: `export default { fetch(req) { return new Response("space " + new URL(req.url).pathname); } };` },
      { name: "wörker", modules: true, compatibilityDate: CD, script: `export default { fetch(req) { return new Response("unicode"); } };` },
      { name: "a.b", compatibilityDate: CD, script: `addEventListener("fetch", (e) => e.respondWith(new Response("dotted sw")));` },
    ] },
    steps: [G()],
  },
  {
    name: "kv18-vars-wrapped-bindings-this-and-timing", area: "vars",
    description: "wrappedBindings: the function's this, when it runs relative to the binding worker's top-level code, a wrapped binding inside the wrapped worker's env",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD,
        wrappedBindings: { W: "wrap", N: { scriptName: "wrap", entrypoint: "nested" } },
        script: PRELUDE + `globalThis.marker = "set by main";
export default { async fetch(req, env) { const out = {};
  out.W = env.W; out.late = env.W.late(); out.N = env.N;
  return Response.json(out); } };` },
      { name: "wrap", modules: true, wrappedBindings: { INNER: "leaf" }, bindings: { X: "x" },
        script: `export default function (env) { return { thisIsGlobal: this === globalThis, thisType: typeof this, markerAtCall: globalThis.marker ?? null, keys: Object.keys(env), late: () => globalThis.marker ?? null }; }
export function nested(env) { return { keys: Object.keys(env), inner: env.INNER }; }` },
      { name: "leaf", modules: true, script: `export default function (env) { return { leaf: true, keys: Object.keys(env) }; }` },
    ] },
    steps: [G()],
  },

  {
    name: "kv18-vars-unsafe-eval-binding", area: "vars",
    description: "unsafeEvalBinding: the binding's shape and eval, newFunction, newAsyncFunction with names and arguments, errors, and that global eval stays refused",
    options: { modules: true, compatibilityDate: CD, unsafeEvalBinding: "UE", bindings: { V: 1 },
      script: PRELUDE + `export default { async fetch(req, env) { const out = {};
  const ue = env.UE;
  out.keys = Object.keys(env); out.type = typeof ue; out.tag = Object.prototype.toString.call(ue); out.ctor = ue?.constructor?.name;
  out.protoKeys = Object.getOwnPropertyNames(Object.getPrototypeOf(ue)).sort();
  out.eval = await t(() => ue.eval("1 + 2"));
  out.evalGlobalThis = await t(() => ue.eval("typeof globalThis.fetch"));
  out.evalLocal = await t(() => { const local = 5; return ue.eval("typeof local"); });
  out.evalThis = await t(() => ue.eval("this === globalThis"));
  out.evalNumber = await t(() => ue.eval(42));
  out.evalVar = await t(() => { ue.eval("var declaredByEval = 1"); return typeof globalThis.declaredByEval; });
  out.evalThrows = await t(() => ue.eval("throw new RangeError('r')"));
  out.evalNoArg = await t(() => ue.eval());
  out.fn = await t(() => { const f = ue.newFunction("return a + b", "adder", "a", "b"); return [typeof f, f.name, f.length, f(2, 3), String(f)]; });
  out.fnNoName = await t(() => { const f = ue.newFunction("return 7"); return [f.name, f(), String(f)]; });
  out.fnThis = await t(() => ue.newFunction("return this === globalThis")());
  out.asyncFn = await t(async () => { const f = ue.newAsyncFunction("return await Promise.resolve(x * 2)", "dbl", "x"); return [f.constructor.name, f.name, await f(21)]; });
  out.globalEval = await t(() => eval("1"));
  out.globalFunction = await t(() => new Function("return 1")());
  return Response.json(out); } };` },
    steps: [G()],
  },
  {
    name: "kv18-vars-wrapped-bindings-across-env-views", area: "vars",
    description: "a wrapped binding seen through a WorkerEntrypoint's this.env, the cloudflare:workers env import and a service binding to the same worker: one value per worker",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD, wrappedBindings: { W: { scriptName: "wrap", bindings: { tag: "main" } } },
        serviceBindings: { OTHER: "other" },
        script: PRELUDE + `import { WorkerEntrypoint, env as importedEnv } from "cloudflare:workers";
export default class extends WorkerEntrypoint { async fetch(req) { const out = {};
  out.sameAsImported = this.env.W === importedEnv.W;
  out.id = this.env.W.id; out.tag = this.env.W.tag;
  out.other = await (await this.env.OTHER.fetch("http://x/")).json();
  return Response.json(out); } };` },
      { name: "other", modules: true, compatibilityDate: CD, wrappedBindings: { W: { scriptName: "wrap", bindings: { tag: "other" } } },
        script: `export default { fetch(req, env) { return Response.json({ id: env.W.id, tag: env.W.tag }); } };` },
      { name: "wrap", modules: true,
        script: `let n = 0; export default function (env) { return { id: ++n, tag: env.tag }; }` },
    ] },
    steps: [G(), G()],
  },
];
