// Re-record: cd /work/wt/oracle && DEFS_DIR=<a folder with defs/_h.mjs and this file> RECORD_OUT=<out> node record.mjs kvfmt
import { PRELUDE, CD, get, req, modWorker, kvCase } from "./_h.mjs";
const mw = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const sw = (script, extra = {}) => ({ compatibilityDate: CD, script: PRELUDE + script, ...extra });

const GLOBALS_PROBE = `
  const ty = (f) => { try { return typeof f(); } catch (e) { return "throws " + e.name; } };
  const run = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return e.name + ": " + e.message; } };
  const names = ["WeakRef", "FinalizationRegistry", "navigator", "Navigator", "EventSource", "MessageChannel", "WebSocket", "IdentityTransformStream", "FixedLengthStream", "ErrorEvent", "PromiseRejectionEvent",
    "CloseEvent", "MessageEvent", "ScheduledEvent", "ScheduledController", "ExecutionContext", "FetchEvent", "Cloudflare", "Performance", "PerformanceMark", "PerformanceEntry", "PerformanceObserver", "ByteLengthQueuingStrategy", "ReadableByteStreamController",
    "TextDecoderStream", "CompressionStream", "URLPattern", "HTMLRewriter", "Iterator", "gc", "process", "Buffer", "global", "setImmediate", "importScripts", "structuredClone", "reportError", "WorkerGlobalScope", "ServiceWorkerGlobalScope", "CustomEvent", "Event", "DOMException", "CryptoKey", "SubtleCrypto", "Crypto", "TextEncoder", "DigestStream", "caches", "CacheStorage", "Cache", "Socket", "connect", "self"];
  const o = {};
  for (const n of names) o[n] = typeof globalThis[n];
  o.ctorName = ty(() => globalThis.constructor) + ":" + globalThis.constructor?.name;
  o.digestStream = typeof crypto.DigestStream;
  o.statics = { canParse: typeof URL.canParse, parse: typeof URL.parse, any: typeof AbortSignal.any, timeout: typeof AbortSignal.timeout, rsFrom: typeof ReadableStream.from, json: typeof Response.json, getSetCookie: typeof Headers.prototype.getSetCookie, blobBytes: typeof Blob.prototype.bytes, respBytes: typeof Response.prototype.bytes, reqBytes: typeof Request.prototype.bytes, captureStack: typeof Error.captureStackTrace, withResolvers: typeof Promise.withResolvers, uuid: typeof crypto.randomUUID, schedWait: typeof scheduler?.wait, perfMark: typeof performance.mark, timeOrigin: typeof performance.timeOrigin, consoleTable: typeof console.table };
  o.rsCtor = await run(async () => { const rs = new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } }); const r = rs.getReader(); const out = []; for (;;) { const x = await r.read(); if (x.done) break; out.push(x.value); } return out; });
  o.wsCtor = await run(async () => { const got = []; const ws = new WritableStream({ write(c) { got.push(c); } }); const w = ws.getWriter(); await w.write("x"); await w.close(); return got; });
  o.svc = { get: typeof env.SVC.get, put: typeof env.SVC.put, delete: typeof env.SVC.delete, fetch: typeof env.SVC.fetch, connect: typeof env.SVC.connect, queue: typeof env.SVC.queue, scheduled: typeof env.SVC.scheduled, custom: typeof env.SVC.someRpcMethod, then: typeof env.SVC.then, keys: Object.keys(env.SVC) };
  o.svcFetch = await run(async () => (await env.SVC.fetch("http://svc/x")).text());
  o.rpcCall = await run(async () => env.SVC.hello("w"));
  o.reqTag = Object.prototype.toString.call(req);
  o.ctxKeys = Object.keys(ctx);
  o.ctxProto = Object.getOwnPropertyNames(Object.getPrototypeOf(ctx)).sort();
  o.navUA = globalThis.navigator?.userAgent ?? null;
  o.navLang = globalThis.navigator?.language ?? null;
  o.navHw = globalThis.navigator?.hardwareConcurrency ?? null;
  o.method = req.method;
  o.reqCustomMethod = await run(() => new Request("http://x", { method: "patch" }).method);
  o.reqCf = typeof req.cf;
  if (typeof URL.canParse === "function") o.urlSample = await run(() => new URL("http://EXAMPLE.com:80/a/../b c?x=1 2#h").href);
  o.bodyType = await run(async () => Object.prototype.toString.call(new Response("x").body));
`;
const target = { name: "svc", modules: true, compatibilityDate: CD, script: `import { WorkerEntrypoint } from "cloudflare:workers"; export default class extends WorkerEntrypoint { fetch(req) { return new Response("svc " + new URL(req.url).pathname); } hello(n) { return "hello " + n; } }` };
const dateCase = (date, flags) => ({
  name: "kvfmt-formats-date-" + date + (flags ? "-" + flags.join("-").replace(/_/g, "-") : ""), area: "formats",
  description: "what a modules worker sees at compatibility date " + date + (flags ? " with " + flags.join(", ") : "") + ": which globals exist, stream constructors, a service binding's members (get/put/delete, RPC), ctx, navigator, method and URL handling",
  options: { workers: [{ name: "main", modules: true, compatibilityDate: date, ...(flags ? { compatibilityFlags: flags } : {}), serviceBindings: { SVC: "svc" },
    script: PRELUDE + `export default { async fetch(req, env, ctx) {${GLOBALS_PROBE}\n  return Response.json(o); } };` }, target] },
  steps: [get("/")],
});

export default [
  dateCase("2021-11-03"), dateCase("2022-11-29"), dateCase("2022-11-30"), dateCase("2024-03-25"), dateCase("2024-04-03"), dateCase("2025-05-04"), dateCase("2025-05-05"), dateCase("2026-04-20"),
  dateCase("2025-01-01", ["enable_weak_ref", "streams_disable_constructors"]), dateCase("2024-03-25", ["fetcher_no_get_put_delete", "rpc"]),
  { name: "kvfmt-formats-sw-globals-by-date", area: "formats", description: "a service-worker script at compatibility date 2022-02-01: globals, the FetchEvent, bindings as globals, navigator",
    options: { workers: [{ name: "main", compatibilityDate: "2022-02-01", serviceBindings: { SVC: "svc" }, bindings: { V: "var" },
      script: PRELUDE + `addEventListener("fetch", (event) => event.respondWith((async () => { const req = event.request; const env = { SVC }; const ctx = event;${GLOBALS_PROBE}\n  o.V = V; return Response.json(o); })()));` }, target] },
    steps: [get("/")] },
  { name: "kvfmt-formats-request-url-shapes", area: "formats", description: "how request URLs arrive: dot segments, encoded slashes and dots, double slashes, repeated and empty query parameters, unicode and reserved characters, ports, https, upper-case escapes",
    options: mw(`export default { async fetch(req) { const u = new URL(req.url); return Response.json({ url: req.url, host: u.host, port: u.port, protocol: u.protocol, pathname: u.pathname, search: u.search, params: [...u.searchParams], decoded: decodeURIComponent(u.pathname), hostHeader: req.headers.get("host") !== null }); } };`),
    steps: ["http://localhost/a/%2e%2e/b", "http://localhost/a%2Fb/c%2fd", "http://localhost//double//slash/", "http://localhost/p?a=1&a=2&b=&c&=d", "http://localhost/%E6%97%A5%e6%9c%ac?q=%e6%97%a5", "http://localhost/sp%20ace/plus+sign?x=a+b%20c", "http://localhost/res:@!$&'()*,;=", "http://localhost/br[ack]ets{x}|^`", "http://localhost:8787/port", "https://localhost/secure", "http://127.0.0.1:9999/ip", "http://example.com/other-host?z", "http://localhost/trailing/?", "http://localhost/%25literal%2525", "http://localhost/a/./b/../../c"].map((u) => req("GET", u)) },
  { name: "kvfmt-formats-sw-event-details", area: "formats", description: "service-worker FetchEvent: event members and their types, respondWith with a plain Response and from a later microtask, waitUntil results, request identity and headers, listener this",
    options: sw(`
let n = 0;
addEventListener("fetch", function (event) {
  const p = new URL(event.request.url).pathname;
  if (p === "/micro") { Promise.resolve().then(() => { try { event.respondWith(new Response("late micro")); } catch (e) { } }); return; }
  if (p === "/plain") return event.respondWith(new Response("plain " + (++n)));
  if (p === "/thenable") return event.respondWith({ then(r) { r(new Response("thenable")); } });
  const info = { type: event.type, ctor: event.constructor.name, tag: Object.prototype.toString.call(event), isTrusted: event.isTrusted, bubbles: event.bubbles, cancelable: event.cancelable, composed: event.composed, defaultPrevented: event.defaultPrevented, eventPhase: event.eventPhase,
    timeStamp: typeof event.timeStamp, thisIsGlobal: this === globalThis, thisIsEvent: this === event, target: event.target === globalThis ? "global" : String(event.target), currentTarget: event.currentTarget === globalThis ? "global" : String(event.currentTarget),
    reqSame: event.request === event.request, members: ["respondWith", "waitUntil", "passThroughOnException", "request", "preventDefault", "stopImmediatePropagation", "composedPath"].map((m) => m + ":" + typeof event[m]),
    waitUntilRet: String(event.waitUntil(Promise.resolve(1))), composedPath: (() => { try { return event.composedPath().length; } catch (e) { return e.name; } })(), n: ++n };
  event.respondWith(Response.json(info));
});`),
    steps: [get("/"), get("/plain"), get("/thenable"), get("/")] },
];
