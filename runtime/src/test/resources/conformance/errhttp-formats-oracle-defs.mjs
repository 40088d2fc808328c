import { CD, PRELUDE } from "./_h.mjs";
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script, ...extra });
const sw = (script, extra = {}) => ({ compatibilityDate: CD, script, ...extra });
const g = (p, extra = {}) => ({ request: { url: "http://localhost" + p, method: "GET", ...extra } });
export default [
  {
    name: "formats-sw-bindings-globals-event",
    area: "formats",
    description: "service-worker format: vars and KV bindings are globals (not on self's prototype), the FetchEvent's shape and class, self and globalThis",
    options: sw(`${PRELUDE}
addEventListener("fetch", (e) => e.respondWith((async () => {
  const proto = Object.getPrototypeOf(e);
  return Response.json({
    varType: typeof GREETING, varValue: GREETING, num: NUM, obj: OBJ, kvType: typeof KV, kvCtor: KV.constructor.name,
    selfHas: "GREETING" in self, globalHas: Object.prototype.hasOwnProperty.call(globalThis, "GREETING"), selfIsGlobal: self === globalThis,
    envType: typeof env, ctxType: typeof ctx,
    eventType: e.type, eventCtor: e.constructor.name, isFetchEvent: e instanceof FetchEvent, isEvent: e instanceof Event, isExtendable: typeof ExtendableEvent === "function" ? e instanceof ExtendableEvent : "none",
    protoChain: [proto.constructor.name, Object.getPrototypeOf(proto).constructor.name, Object.getPrototypeOf(Object.getPrototypeOf(proto)).constructor.name],
    protoKeys: Object.getOwnPropertyNames(proto).sort(),
    ownKeys: Object.keys(e),
    requestIsRequest: e.request instanceof Request, sameRequest: e.request === e.request,
    cancelable: e.cancelable, bubbles: e.bubbles, defaultPrevented: e.defaultPrevented,
    kvRoundTrip: await t(async () => { await KV.put("k", "v"); return KV.get("k"); }),
    removeType: typeof removeEventListener, dispatchType: typeof dispatchEvent,
    fetchEventCtor: await t(() => new FetchEvent("fetch").type),
  });
})()));`, { bindings: { GREETING: "hi", NUM: 3, OBJ: { a: [1, 2] } }, kvNamespaces: ["KV"] }),
    steps: [g("/")],
  },
  {
    name: "formats-modules-globals-runtime-apis",
    area: "formats",
    description: "modules format: vars are not globals; navigator, performance, scheduler, structuredClone, queueMicrotask ordering, caches, crypto, timers' return types",
    options: mod(`${PRELUDE}
export default { async fetch(req, env) {
  const order = [];
  queueMicrotask(() => order.push("micro"));
  Promise.resolve().then(() => order.push("promise"));
  setTimeout(() => order.push("timeout"), 0);
  order.push("sync");
  await new Promise((r) => setTimeout(r, 5));
  const cloned = structuredClone({ d: new Date(0), m: new Map([[1, 2]]), s: new Set(["a"]), re: /x/g, big: 10n, u8: new Uint8Array([1, 2]), nested: { arr: [1, { b: true }] } });
  const timer = setTimeout(() => {}, 10000); clearTimeout(timer);
  return Response.json({
    varGlobal: typeof globalThis.GREETING, envVar: env.GREETING,
    order,
    navigator: { ua: navigator.userAgent, lang: navigator.language, hc: navigator.hardwareConcurrency, keys: typeof navigator.sendBeacon },
    perf: { now: typeof performance.now(), origin: performance.timeOrigin, nowIsZeroish: performance.now() >= 0, mark: typeof performance.mark },
    scheduler: { wait: typeof scheduler.wait, waited: await t(() => scheduler.wait(1)) },
    cloned: { date: cloned.d instanceof Date && cloned.d.getTime(), map: cloned.m.get(1), set: [...cloned.s], re: String(cloned.re), big: String(cloned.big), u8: [...cloned.u8], nested: cloned.nested },
    cloneFn: await t(() => structuredClone(() => 1)),
    cloneSymbol: await t(() => structuredClone(Symbol("s"))),
    cloneError: await t(() => { const e = structuredClone(new RangeError("r")); return [e.constructor.name, e.message]; }),
    caches: { defaultType: typeof caches.default, openType: typeof caches.open, ctor: caches.constructor.name },
    uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()),
    timerType: typeof timer,
    intervalType: typeof setInterval,
    globalNames: ["self", "globalThis", "WebSocketPair", "HTMLRewriter", "FixedLengthStream", "IdentityTransformStream", "DigestStream", "ExecutionContext", "Cloudflare", "ServiceWorkerGlobalScope", "WorkerGlobalScope", "EventSource", "MessageChannel", "BroadcastChannel", "Worker", "gc", "connect", "getCurrentContext", "reportError", "Iterator", "ScheduledEvent", "FetchEvent", "PromiseRejectionEvent", "CustomEvent", "ErrorEvent", "CloseEvent", "MessageEvent", "TextDecoderStream", "CountQueuingStrategy", "ByteLengthQueuingStrategy", "ReadableByteStreamController", "WritableStreamDefaultWriter", "URLSearchParams", "Performance", "Navigator", "Scheduler", "Crypto", "SubtleCrypto", "CryptoKey", "CacheStorage", "Cache"].map((n) => [n, typeof globalThis[n]]),
  });
} };`, { bindings: { GREETING: "hi" } }),
    steps: [g("/")],
  },
  {
    name: "formats-module-toplevel-await-and-scope",
    area: "formats",
    description: "modules format: top-level await, module state across requests, what the global scope can do (timers, random, Date) before the first request",
    options: mod(`
const awaited = await Promise.resolve("tla ok");
const state = { count: 0 };
let scopeErrors = {};
for (const [k, f] of Object.entries({
  setTimeout: () => setTimeout(() => {}, 1),
  random: () => typeof Math.random(),
  getRandomValues: () => crypto.getRandomValues(new Uint8Array(2)).length,
  randomUUID: () => typeof crypto.randomUUID(),
  dateNow: () => Date.now() === 0 ? "zero" : "nonzero",
  fetchType: () => typeof fetch,
})) {
  try { scopeErrors[k] = { ok: f() }; } catch (e) { scopeErrors[k] = { error: e.name + ": " + e.message }; }
}
export default { async fetch(req) {
  state.count++;
  return Response.json({ awaited, count: state.count, scopeErrors });
} };`),
    steps: [g("/"), g("/"), g("/")],
  },
  {
    name: "formats-workerentrypoint-default-class",
    area: "formats",
    description: "a default export that is a WorkerEntrypoint class: a new instance per request, this.env and this.ctx, fetch's arguments, instance fields, state kept only in module scope",
    options: mod(`
import { WorkerEntrypoint } from "cloudflare:workers";
let instances = 0;
export default class extends WorkerEntrypoint {
  field = ++instances;
  async fetch(req) {
    return Response.json({
      args: arguments.length, argIsRequest: arguments[0] instanceof Request, second: typeof arguments[1], third: typeof arguments[2],
      envVar: this.env.GREETING, ctxWaitUntil: typeof this.ctx.waitUntil, ctxPassThrough: typeof this.ctx.passThroughOnException,
      field: this.field, instances, isEntrypoint: this instanceof WorkerEntrypoint,
      ownKeys: Object.keys(this).sort(),
    });
  }
}`, { bindings: { GREETING: "hey" } }),
    steps: [g("/"), g("/")],
  },
  {
    name: "formats-workerentrypoint-without-fetch",
    area: "formats",
    description: "a WorkerEntrypoint default class without fetch(), and a handler object whose fetch is not a function",
    options: { workers: [
      mod(`import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint { hello() { return "rpc"; } }`, { name: "noFetch", routes: ["nofetch.mf/*"] }),
      mod(`export default { fetch: "not a function" };`, { name: "strFetch", routes: ["strfetch.mf/*"] }),
      mod(`export default { async scheduled() {} };`, { name: "onlyScheduled", routes: ["sched.mf/*"] }),
    ].map((w) => ({ ...w })) },
    steps: [g("/").request && { request: { url: "http://nofetch.mf/", method: "GET" } }, { request: { url: "http://strfetch.mf/", method: "GET" } }, { request: { url: "http://sched.mf/", method: "GET" } }],
  },
  {
    name: "formats-ctx-details",
    area: "formats",
    description: "modules ctx in detail: prototype methods, props, exports without the flag, waitUntil arity and return value, passThroughOnException return value, calling them detached",
    options: mod(`${PRELUDE}
export default { async fetch(req, env, ctx) {
  const proto = Object.getPrototypeOf(ctx);
  return Response.json({
    ownKeys: Object.keys(ctx), protoNames: Object.getOwnPropertyNames(proto).sort(), ctor: ctx.constructor.name,
    isExecutionContext: typeof ExecutionContext === "function" ? ctx instanceof ExecutionContext : "none",
    props: ctx.props === undefined ? "undefined" : ctx.props, exports: typeof ctx.exports, abort: typeof ctx.abort,
    waitUntilLength: ctx.waitUntil.length, waitUntilReturn: String(ctx.waitUntil(Promise.resolve())),
    ptoeReturn: String(ctx.passThroughOnException()),
    detachedWaitUntil: await t(() => { const w = ctx.waitUntil; w(Promise.resolve()); return "ok"; }),
    waitUntilNoArgs: await t(() => ctx.waitUntil()),
    envIsFrozen: Object.isFrozen(env), envProto: Object.getPrototypeOf(env) === Object.prototype,
    reqIsFrozen: Object.isFrozen(req),
  });
} };`),
    steps: [g("/")],
  },
  {
    name: "formats-request-properties-more",
    area: "formats",
    description: "the incoming Request in more detail: signal, integrity, keepalive, cache, credentials, mode, destination, referrer, url with credentials and unicode, header names lower-cased, method normalisation, clone and bodyUsed",
    options: mod(`${PRELUDE}
export default { async fetch(req) {
  const clone = req.clone();
  const body = await req.text();
  return Response.json({
    url: req.url, method: req.method,
    signal: { type: typeof req.signal, aborted: req.signal?.aborted, ctor: req.signal?.constructor.name },
    integrity: req.integrity, keepalive: req.keepalive === undefined ? "undefined" : req.keepalive,
    cache: await t(() => req.cache), credentials: req.credentials === undefined ? "undefined" : req.credentials,
    mode: req.mode === undefined ? "undefined" : req.mode, destination: req.destination === undefined ? "undefined" : req.destination,
    referrer: req.referrer === undefined ? "undefined" : req.referrer, referrerPolicy: req.referrerPolicy === undefined ? "undefined" : req.referrerPolicy,
    headerNames: [...req.headers.keys()].filter((k) => k.startsWith("x-")),
    mixedCase: req.headers.get("X-MiXeD"),
    body, bodyUsed: req.bodyUsed, cloneBody: await clone.text(),
    cfIsObject: typeof req.cf, cfFrozen: Object.isFrozen(req.cf),
    headersImmutable: await t(() => { req.headers.set("x-new", "1"); return req.headers.get("x-new"); }),
  });
} };`),
    steps: [
      { request: { url: "http://localhost/p?q=%C3%A9&r=é&s=a%20b+c#frag", method: "POST", headers: { "X-MiXeD": "Case", "x-b": "2" }, body: "data" } },
      { request: { url: "http://localhost/ünïcode/path with space", method: "patch", headers: {}, body: "p" } },
      { request: { url: "http://LOCALHOST:80/a/./b/../c?", method: "options" } },
    ],
  },
];
