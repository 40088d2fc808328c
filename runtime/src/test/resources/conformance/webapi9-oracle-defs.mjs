// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi9`.
import { PRELUDE, get, req, CD } from "./_h.mjs";
const worker = (fn, extra = {}, hang = 300) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), ${hang}))]); };
    await probes(P, out, req, env);
    return Response.json(out);
  }
};`,
  ...extra,
});
const c = (name, description, fn, steps = [get("/")], area = "web-api", extra = {}, hang = 300) => ({ name, area, description, options: worker(fn, extra, hang), steps });

// TraceEvent and Body (workerd has them, miniflare4j not) and EventSource and Cloudflare (built on
// first read here) are left out of the lists these cases compare.
const GLOBAL_LEVELS = async (P) => {
  const skip = (k) => typeof k === "symbol" || k === "TraceEvent" || k === "Body";
  const levels = []; for (let o = Object.getPrototypeOf(globalThis); o && o !== Object.prototype; o = Object.getPrototypeOf(o)) levels.push(o);
  await P("levels", () => levels.map((o) => Reflect.ownKeys(o).filter((k) => !skip(k)).map((k) => { const d = Object.getOwnPropertyDescriptor(o, k); return k + (d.enumerable ? "" : "~") + (d.writable === false ? "!" : ""); })));
  await P("keys", () => Object.keys(globalThis));
  await P("forIn", () => { const r = []; for (const k in globalThis) if (!skip(k)) r.push(k); return r; });
  await P("ownWebGlobals", () => Object.getOwnPropertyNames(globalThis).filter((n) => !/^[A-Z][a-zA-Z0-9]*Error$|^(Object|Function|Array|Number|parseFloat|parseInt|Infinity|NaN|undefined|Boolean|String|Symbol|Date|Promise|RegExp|JSON|Math|Intl|ArrayBuffer|Atomics|Uint8Array|Int8Array|Uint16Array|Int16Array|Uint32Array|Int32Array|Float32Array|Float64Array|Uint8ClampedArray|BigUint64Array|BigInt64Array|DataView|Map|BigInt|Set|WeakMap|WeakSet|Proxy|Reflect|FinalizationRegistry|WeakRef|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|escape|unescape|eval|isFinite|isNaN|SharedArrayBuffer|globalThis|Float16Array|Iterator|AsyncDisposableStack|DisposableStack|SuppressedError|WebAssembly)$/.test(n)));
};

export default [
c("webapi9-global-scope-layers", "where the web globals live: the members of each level of the global's prototype chain (enumerable, writable), the own globals, a for-in over the global scope", GLOBAL_LEVELS),
c("webapi9-global-scope-layers-nodejs-compat", "the global scope's levels with nodejs_compat: Buffer, process and global as own enumerable globals after navigator, setImmediate and clearImmediate on the prototype", { toString: () => `async (P) => {
  await (${GLOBAL_LEVELS})(P);
  await P("node", () => ["Buffer", "process", "global", "setImmediate", "clearImmediate"].map((n) => { const own = Object.getOwnPropertyDescriptor(globalThis, n); const p = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), n); const d = own ?? p; return [n, own ? "own" : p ? "proto" : "none", d?.enumerable, d?.writable, typeof d?.value, typeof d?.value === "function" ? d.value.length : null]; }));
}` }, [get("/")], "web-api", { compatibilityFlags: ["nodejs_compat"] }),
c("webapi9-global-scope-assign-delete", "assigning, deleting and testing globals that live on the global's prototype; the global's prototype chain and constructors", async (P) => {
  await P("assignProtoGlobal", () => { const before = Object.hasOwn(globalThis, "atob"); globalThis.atob = 5; const after = Object.hasOwn(globalThis, "atob"); const v = atob; delete globalThis.atob; return [before, after, v, typeof atob]; });
  await P("deleteProtoGlobal", () => { const r = delete globalThis.btoa; return [r, typeof btoa]; });
  await P("inOperator", () => ["fetch" in globalThis, Object.hasOwn(globalThis, "fetch"), globalThis.hasOwnProperty("Response"), Object.hasOwn(globalThis, "console"), Object.hasOwn(globalThis, "crypto")]);
  await P("shadowClass", () => { globalThis.Headers = class { constructor() { this.x = 1; } }; const h = new Headers(); const r = [h.x, Object.hasOwn(globalThis, "Headers")]; delete globalThis.Headers; return r.concat([new Headers({ a: "1" }).get("a")]); });
  await P("protoChain", () => { const r = []; let o = globalThis; while (o) { r.push(Object.prototype.toString.call(o) + ":" + (o.constructor?.name)); o = Object.getPrototypeOf(o); } return r; });
  await P("protoIdentity", () => [Object.getPrototypeOf(globalThis) === ServiceWorkerGlobalScope.prototype, globalThis instanceof ServiceWorkerGlobalScope, globalThis instanceof WorkerGlobalScope, globalThis instanceof EventTarget, typeof EventTarget, Object.getPrototypeOf(Object.getPrototypeOf(globalThis)).constructor === WorkerGlobalScope]);
  await P("globalThisDescr", () => { const d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), "fetch"); return [d.writable, d.enumerable, d.configurable, typeof d.value]; });
  await P("bareAddListener", () => { let n = 0; const f = () => { n++; }; addEventListener("x-probe", f); dispatchEvent(new Event("x-probe")); removeEventListener("x-probe", f); dispatchEvent(new Event("x-probe")); return n; });
}),
c("webapi9-method-lengths", "lengths and names of the web classes' methods and statics, of the global functions and of the console's methods; the console's tag and prototype", async (P) => {
  const lens = (o) => Object.fromEntries(Object.getOwnPropertyNames(o).filter((n) => { const d = Object.getOwnPropertyDescriptor(o, n); return typeof d.value === "function" && n !== "constructor"; }).map((n) => [n, o[n].length + ":" + o[n].name]));
  for (const n of ["Headers", "Request", "Response", "URL", "URLSearchParams", "FormData", "Blob", "File", "ReadableStream", "WritableStream", "TransformStream", "TextEncoder", "TextDecoder", "AbortSignal", "AbortController", "EventTarget", "Event", "CustomEvent", "Crypto", "SubtleCrypto", "Navigator", "Cache", "CacheStorage", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "WritableStreamDefaultWriter", "HTMLRewriter", "WebSocket", "URLPattern", "DOMException", "CompressionStream", "TextEncoderStream", "FixedLengthStream"]) {
    await P("len_" + n, () => { const C = globalThis[n]; if (!C) return "none"; return [C.length, C.name, lens(C.prototype), lens(C)]; });
  }
  await P("globalFns", () => ["btoa", "atob", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "queueMicrotask", "structuredClone", "reportError", "fetch", "addEventListener", "removeEventListener", "dispatchEvent"].map((n) => n + "=" + globalThis[n].length + ":" + globalThis[n].name));
  await P("console", () => [Object.prototype.toString.call(console), lens(console), Object.keys(console)]);
  await P("consoleProto", () => { const p = Object.getPrototypeOf(console); const d = Object.getOwnPropertyDescriptor(console, Symbol.toStringTag); return [p === Object.prototype, Object.getPrototypeOf(p) === Object.prototype, Reflect.ownKeys(p).length, d && [d.value, d.writable, d.enumerable, d.configurable]]; });
  await P("scheduler", () => { const p = Object.getPrototypeOf(scheduler); return [lens(p), Object.getOwnPropertyNames(p), p.constructor.name]; });
  await P("performance", () => { const p = Object.getPrototypeOf(performance); return [lens(p), Object.getOwnPropertyNames(p), p.constructor.name]; });
  await P("navigator", () => { const p = Object.getPrototypeOf(navigator); return [lens(p), Object.getOwnPropertyNames(p), p.constructor.name]; });
  await P("crypto", () => { const p = Object.getPrototypeOf(crypto); return [lens(p), Object.getOwnPropertyNames(p), lens(Object.getPrototypeOf(crypto.subtle))]; });
  await P("caches", () => [lens(Object.getPrototypeOf(caches)), lens(Object.getPrototypeOf(caches.default))]);
  await P("newCtors", () => ["Navigator", "Crypto", "SubtleCrypto", "CryptoKey", "WorkerGlobalScope", "ServiceWorkerGlobalScope", "EventTarget"].map((n) => { try { new globalThis[n](); return n + ":ok"; } catch (e) { return n + ":" + e.name + ": " + e.message; } }));
}),
c("webapi9-global-scope-layers-dated-2021", "the global scope's levels at compatibility date 2021-11-01: importScripts beside EventTarget, no navigator, no stream controllers", GLOBAL_LEVELS, [get("/")], "web-api", { compatibilityDate: "2021-11-01" }),
c("webapi9-global-scope-layers-dated-2026", "the global scope's levels at compatibility date 2026-04-01: MessageChannel and MessagePort on the global's prototype", GLOBAL_LEVELS, [get("/")], "web-api", { compatibilityDate: "2026-04-01" }),
{ name: "webapi9-global-scope-service-worker", area: "web-api", description: "a service-worker script's global scope: bindings as own enumerable globals (one shadowing atob), addEventListener and removeEventListener on the scope's EventTarget level, not own", options: { modules: false, compatibilityDate: CD, bindings: { atob: "shadow", MY: "v" }, script: `addEventListener("fetch", (e) => e.respondWith((async () => { const levels = []; for (let o = Object.getPrototypeOf(globalThis); o && o !== Object.prototype; o = Object.getPrototypeOf(o)) levels.push(Reflect.ownKeys(o).filter((k) => typeof k !== "symbol" && k !== "TraceEvent" && k !== "Body").map(String)); return Response.json({ keys: Object.keys(globalThis), own: ["addEventListener","removeEventListener","atob","MY","fetch"].map((n) => [n, Object.hasOwn(globalThis, n), typeof globalThis[n], Object.getOwnPropertyDescriptor(globalThis, n)?.enumerable ?? null]), levels, ael: addEventListener.length }); })()));` }, steps: [get("/")] },
];
