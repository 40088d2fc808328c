// Re-record: copy oracle/defs/_h.mjs and this file (as svcrpc.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs svcrpc
import { CD, PRELUDE, get, req } from "./_h.mjs";

// a modules worker whose fetch body fills `out` (t(), hex() in scope)
const entry = (name, body, extra = {}, head = "") => ({ name, modules: true, compatibilityDate: CD, ...extra, script: `${PRELUDE}
${head}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` });
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });

const ECHO = `export default { async fetch(req, env, ctx) {
  const h = {}; for (const [k, v] of req.headers) h[k] = v;
  let body = null; try { body = req.body === null ? null : await req.text(); } catch (e) { body = "ERR " + e.message; }
  return Response.json({ method: req.method, url: req.url, headers: h, body, hasBody: req.body !== null, redirect: req.redirect, cfType: typeof req.cf });
} };`;

export default [
  multi("svcrpc-multi-shared-storage-by-id", "multi-worker",
    "two workers binding the same KV namespace id, D1 database id and R2 bucket under different binding names share their data; different ids do not", [
    entry("a", `
  await env.KA.put("k", "from-a");
  await env.OWN_A.put("k", "own-a");
  await env.DBA.exec("CREATE TABLE IF NOT EXISTS t (v TEXT)");
  await env.DBA.prepare("INSERT INTO t VALUES (?)").bind("row-a").run();
  await env.RA.put("obj", "bucket-a");
  out.b = await (await env.B.fetch("http://b/")).json();
  out.aSeesBWrite = await env.KA.get("kb");
  out.aOwn = await env.OWN_A.get("k");
  out.aOwnB = await env.OWN_A.get("kb2");`, {
      serviceBindings: { B: "b" }, kvNamespaces: { KA: "shared-ns", OWN_A: "ns-a" }, d1Databases: { DBA: "shared-db" }, r2Buckets: { RA: "shared-bucket" } }),
    entry("b", `
  out.kv = await env.KB.get("k");
  out.kvOwn = await env.OWN_B.get("k");
  await env.KB.put("kb", "from-b");
  await env.OWN_B.put("kb2", "own-b");
  out.d1 = await t(async () => (await env.DBB.prepare("SELECT v FROM t").all()).results);
  out.r2 = await t(async () => { const o = await env.RB.get("obj"); return o === null ? null : await o.text(); });
  out.list = (await env.KB.list()).keys.map((k) => k.name);`, {
      kvNamespaces: { KB: "shared-ns", OWN_B: "ns-b" }, d1Databases: { DBB: "shared-db" }, r2Buckets: { RB: "shared-bucket" } }),
  ]),

  multi("svcrpc-multi-compat-per-worker", "multi-worker",
    "compatibility dates and flags apply per worker: globals and behaviours that depend on them differ between two workers of one instance", [
    entry("a", `
  const probe = () => ({
    navigator: typeof globalThis.navigator, ua: globalThis.navigator?.userAgent ?? null,
    process: typeof globalThis.process, buffer: typeof globalThis.Buffer,
    ctxExports: typeof ctx.exports,
  });
  out.a = probe();
  out.b = await (await env.B.fetch("http://b/")).json();
  out.c = await (await env.C.fetch("http://c/")).json();`, { serviceBindings: { B: "b", C: "c" } }),
    entry("b", `
  out.navigator = typeof globalThis.navigator;
  out.process = typeof globalThis.process;
  out.buffer = typeof globalThis.Buffer;
  out.ctxExports = typeof ctx.exports;
  out.exportKeys = ctx.exports ? Object.keys(ctx.exports).sort() : null;
`, { compatibilityFlags: ["nodejs_compat", "enable_ctx_exports"] }),
    entry("c", `
  out.navigator = typeof globalThis.navigator;
  out.process = typeof globalThis.process;
  out.ctxExports = typeof ctx.exports;
  out.dateSeen = "2022-01-01";`, { compatibilityDate: "2022-01-01" }),
  ]),

  multi("svcrpc-multi-globals-isolation", "multi-worker",
    "prototype changes, replaced globals and module state of one worker are not visible in another; each request sees its own worker's state", [
    worker("a", `${PRELUDE}
Array.prototype.polluted = "yes";
Object.prototype.fromA = 1;
globalThis.fetchCount = 0;
const realDateNow = Date.now;
Date.now = () => 42;
globalThis.Response.prototype.tagA = "a";
globalThis.crypto2 = "a-only";
export default { async fetch(req, env, ctx) {
  globalThis.fetchCount++;
  const out = {};
  out.a = { polluted: [].polluted ?? null, fromA: ({}).fromA ?? null, now: Date.now(), count: globalThis.fetchCount, tag: new Response("").tagA ?? null };
  out.b = await (await env.B.fetch("http://b/")).json();
  out.bRpc = await env.B.seen();
  return Response.json(out);
} };`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
const seen = () => ({ polluted: [].polluted ?? null, fromA: ({}).fromA ?? null, nowIs42: Date.now() === 42, count: globalThis.fetchCount ?? null, tag: new Response("").tagA ?? null, crypto2: globalThis.crypto2 ?? null, arrayProtoKeys: Object.keys(Array.prototype) });
export default class extends WorkerEntrypoint {
  fetch() { return Response.json(seen()); }
  seen() { return seen(); }
}`),
  ], [get("/"), get("/")]),

  multi("svcrpc-multi-first-worker-routes", "multi-worker",
    "the first worker answers requests no route matches even when it has routes itself; routes of later workers win for their hosts", [
    worker("first", `export default { fetch(req) { return new Response("first " + new URL(req.url).host + new URL(req.url).pathname); } };`, { routes: ["first.example/only/*"] }),
    worker("second", `export default { fetch(req) { return new Response("second " + new URL(req.url).host + new URL(req.url).pathname); } };`, { routes: ["*.second.example/*", "second.example/*"] }),
    worker("third", `addEventListener("fetch", (e) => e.respondWith(new Response("third " + new URL(e.request.url).pathname)));`, { modules: false, routes: ["localhost/third*"] }),
  ], [get("/"), req("GET", "http://first.example/only/x"), req("GET", "http://first.example/other"), req("GET", "http://api.second.example/p"),
      req("GET", "http://second.example/"), req("GET", "http://localhost/thirdparty"), req("GET", "http://localhost/thir")]),

  multi("svcrpc-sb-methods-and-bodies", "service-bindings",
    "methods (custom, lower-case, HEAD, OPTIONS) and body kinds (ArrayBuffer, URLSearchParams, FormData, Blob, stream) through a service binding: what the callee sees", [
    entry("a", `
  const call = async (input, init) => t(async () => { const r = await env.B.fetch(input, init); const j = await r.json(); delete j.url; return j; });
  out.patch = await call("http://b/p", { method: "patch", body: "x" });
  out.custom = await call("http://b/p", { method: "PROPFIND" });
  out.lowerGet = await call("http://b/p", { method: "get" });
  out.options = await call("http://b/p", { method: "OPTIONS" });
  out.deleteBody = await call("http://b/p", { method: "DELETE", body: "gone" });
  out.arrayBuffer = await call("http://b/p", { method: "POST", body: new Uint8Array([104, 105]).buffer });
  out.params = await call("http://b/p", { method: "POST", body: new URLSearchParams({ a: "1", b: "x y" }) });
  out.blob = await call("http://b/p", { method: "POST", body: new Blob(["blob"], { type: "application/x-test" }) });
  out.stream = await call("http://b/p", { method: "POST", body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("str")); c.enqueue(new TextEncoder().encode("eam")); c.close(); } }) });
  out.emptyString = await call("http://b/p", { method: "POST", body: "" });
  out.getWithBody = await call("http://b/p", { method: "GET", body: "no" });
  out.invalidMethod = await call("http://b/p", { method: "BAD METHOD" });
  out.forbiddenConnect = await call("http://b/p", { method: "CONNECT" });
  out.headHead = await t(async () => { const r = await env.B.fetch("http://b/p", { method: "HEAD" }); return { status: r.status, body: await r.text(), ct: r.headers.get("content-type") }; });
  const fd = new FormData(); fd.append("f", "v");
  out.formData = await t(async () => { const r = await env.B.fetch("http://b/p", { method: "POST", body: fd }); const j = await r.json(); return { multipart: j.headers["content-type"].startsWith("multipart/form-data; boundary="), hasField: j.body.includes('name="f"') }; });`, { serviceBindings: { B: "b" } }),
    worker("b", ECHO),
  ]),

  multi("svcrpc-sb-headers-seen", "service-bindings",
    "headers through a service binding: what the callee sees for repeated, empty, multi-valued and cookie headers; what the caller sees of callee response headers", [
    entry("a", `
  const h = new Headers(); h.append("x-multi", "1"); h.append("x-multi", "2"); h.append("x-empty", ""); h.append("cookie", "a=1"); h.append("cookie", "b=2");
  h.append("X-Upper", "V"); h.set("accept-encoding", "br"); h.set("user-agent", "ua-test");
  const r = await env.B.fetch("http://b/", { headers: h });
  out.seen = (await r.json()).headers;
  const r2 = await env.C.fetch("http://c/");
  out.response = [...r2.headers].filter(([k]) => k !== "date");
  out.getSetCookie = r2.headers.getSetCookie();`, { serviceBindings: { B: "b", C: "c" } }),
    worker("b", ECHO),
    worker("c", `export default { fetch() { const h = new Headers({ "x-b": "1" }); h.append("set-cookie", "a=1; Path=/"); h.append("set-cookie", "b=2"); h.append("x-dup", "1"); h.append("x-dup", "2"); h.set("content-encoding", "identity"); return new Response("c", { headers: h }); } };`),
  ]),

  multi("svcrpc-sb-pass-through-on-exception", "service-bindings",
    "a callee that calls ctx.passThroughOnException() and then throws; a callee that answers after the caller stopped waiting; a callee response with a status the caller must accept", [
    entry("a", `
  out.ptoe = await t(async () => { const r = await env.B.fetch("http://b/ptoe"); return { status: r.status, body: (await r.text()).split("\\n")[0] }; });
  out.ptoeMethod = await t(async () => typeof ctx.passThroughOnException);
  out.status599 = await t(async () => { const r = await env.B.fetch("http://b/599"); return { status: r.status, statusText: r.statusText, body: await r.text() }; });
  out.status204 = await t(async () => { const r = await env.B.fetch("http://b/204"); return { status: r.status, bodyNull: r.body === null, text: await r.text() }; });
  out.status101 = await t(async () => { const r = await env.B.fetch("http://b/101"); return { status: r.status }; });
  out.errorResponse = await t(async () => { const r = await env.B.fetch("http://b/error"); return { status: r.status, type: r.type }; });
  out.redirectRel = await t(async () => { const r = await env.B.fetch("http://b/rel", { redirect: "manual" }); return { status: r.status, location: r.headers.get("location") }; });
  out.respUrl = await t(async () => { const r = await env.B.fetch("http://b/plain?q=1"); return { url: r.url, redirected: r.redirected, type: r.type, ok: r.ok }; });`, { serviceBindings: { B: "b" } }),
    worker("b", `export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/ptoe") { ctx.passThroughOnException(); throw new Error("ptoe thrown"); }
  if (p === "/599") return new Response("odd", { status: 599 });
  if (p === "/204") return new Response(null, { status: 204 });
  if (p === "/101") return new Response(null, { status: 101 });
  if (p === "/error") return Response.error();
  if (p === "/rel") return new Response(null, { status: 302, headers: { location: "/elsewhere" } });
  return new Response("plain");
} };`),
  ]),

  multi("svcrpc-rpc-error-details", "rpc",
    "errors thrown over RPC: stack, toString, instanceof, own keys, AggregateError, errors with non-string names and messages, an Error subclass with a custom name", [
    entry("a", `
  const catchIt = async (fn) => { try { await fn(); return "no error"; } catch (e) { return {
    name: e.name, ctor: e.constructor.name, message: e.message, str: String(e), isError: e instanceof Error,
    stackType: typeof e.stack, stackFirst: typeof e.stack === "string" ? e.stack.split("\\n")[0] : null,
    keys: Object.keys(e), own: Object.getOwnPropertyNames(e).sort(), cause: e.cause === undefined ? "undefined" : String(e.cause),
    errors: Array.isArray(e.errors) ? e.errors.map(String) : null, remote: e.remote ?? null } } };
  out.plain = await catchIt(() => env.B.plain());
  out.custom = await catchIt(() => env.B.custom());
  out.aggregate = await catchIt(() => env.B.aggregate());
  out.withCause = await catchIt(() => env.B.withCause());
  out.emptyMessage = await catchIt(() => env.B.emptyMessage());
  out.numberName = await catchIt(() => env.B.numberName());
  out.asyncReject = await catchIt(() => env.B.asyncReject());
  out.getterThrows = await catchIt(async () => await env.B.bad);
  out.targetThrows = await catchIt(async () => { const x = await env.B.target(); return await x.boom(); });
  out.evalError = await catchIt(() => env.B.evalError());
  out.uriError = await catchIt(() => env.B.uriError());
  out.syntaxError = await catchIt(() => env.B.syntaxError());
  out.referenceError = await catchIt(() => env.B.referenceError());`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class MyError extends Error { constructor(m) { super(m); this.name = "MyError"; this.code = 7; } }
class T extends RpcTarget { boom() { throw new TypeError("target boom"); } }
export default class extends WorkerEntrypoint {
  plain() { throw new Error("plain one"); }
  custom() { throw new MyError("custom one"); }
  aggregate() { throw new AggregateError([new Error("e1"), new TypeError("e2")], "agg"); }
  withCause() { throw new Error("outer", { cause: new RangeError("inner") }); }
  emptyMessage() { throw new Error(); }
  numberName() { const e = new Error("num"); e.name = 42; throw e; }
  async asyncReject() { await null; throw new RangeError("later"); }
  get bad() { throw new SyntaxError("getter"); }
  target() { return new T(); }
  evalError() { throw new EvalError("ev"); }
  uriError() { decodeURIComponent("%"); }
  syntaxError() { JSON.parse("{bad"); }
  referenceError() { return notDefinedAnywhere; }
}`),
  ]),

  multi("svcrpc-rpc-argument-kinds", "rpc",
    "argument kinds over RPC: promises, AbortSignals, FormData, URLSearchParams, typed arrays, getters on plain objects, null prototypes, symbols as keys, sparse arrays, boxed primitives, circular structures", [
    entry("a", `
  const echo = (v) => t(() => env.B.describe(v));
  out.promise = await echo(Promise.resolve(1));
  out.promiseInObject = await echo({ p: Promise.resolve(2) });
  out.signal = await echo(new AbortController().signal);
  out.formData = await echo((() => { const f = new FormData(); f.append("a", "1"); return f; })());
  out.params = await echo(new URLSearchParams("a=1"));
  out.bigint64 = await echo(new BigInt64Array([1n, -2n]));
  out.dataView = await echo(new DataView(new Uint8Array([1, 2, 3]).buffer, 1, 2));
  out.getter = await echo({ get g() { return "got"; }, plain: 1 });
  out.nullProto = await echo(Object.assign(Object.create(null), { x: 1 }));
  out.symbolKey = await echo({ [Symbol("s")]: 1, k: 2 });
  out.sparse = await echo([1, , 3]);
  out.arrayExtra = await echo(Object.assign([1, 2], { extra: "e" }));
  out.boxed = await echo([new String("s"), new Number(5), new Boolean(false)]);
  out.negZero = await echo(-0);
  out.nan = await echo([NaN, Infinity, -Infinity]);
  out.circular = await echo((() => { const o = { n: 1 }; o.self = o; return o; })());
  out.regexp = await echo(/ab+c/gi);
  out.invalidDate = await echo(new Date(NaN));
  out.weakMap = await echo(new WeakMap());
  out.event = await echo(new Event("x"));
  out.nested = await echo({ a: [{ b: new Map([[1, new Set([2])]]) }] });
  out.undefinedArg = await t(() => env.B.argsInfo(undefined, 1, undefined));
  out.noArgs = await t(() => env.B.argsInfo());
  out.manyArgs = await t(() => env.B.argsInfo(...Array.from({ length: 40 }, (_, i) => i)));`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
const describe = (v) => {
  if (v === null) return "null";
  if (typeof v !== "object") return typeof v + ":" + (Object.is(v, -0) ? "-0" : String(v));
  const tag = Object.prototype.toString.call(v);
  const proto = Object.getPrototypeOf(v);
  const base = { tag, proto: proto === null ? null : proto.constructor?.name ?? "?" };
  if (v instanceof Map) base.entries = [...v].map(([k, x]) => [k, describe(x)]);
  else if (v instanceof Set) base.values = [...v].map(describe);
  else if (v instanceof RegExp) { base.source = v.source; base.flags = v.flags; base.lastIndex = v.lastIndex; }
  else if (v instanceof Date) base.time = String(v.getTime());
  else if (ArrayBuffer.isView(v)) { base.len = v.byteLength; base.offset = v.byteOffset; }
  else if (Array.isArray(v)) { base.length = v.length; base.has1 = 1 in v; base.items = v.map(describe); base.extra = v.extra ?? null; }
  else if (typeof v.valueOf === "function" && (v instanceof String || v instanceof Number || v instanceof Boolean)) base.value = String(v.valueOf());
  else { base.keys = Object.keys(v); base.symbols = Object.getOwnPropertySymbols(v).length; base.selfRef = v.self === v; base.ownGetter = !!Object.getOwnPropertyDescriptor(v, "g")?.get; base.values = Object.keys(v).filter((k) => k !== "self").map((k) => describe(v[k])); }
  return base;
};
export default class extends WorkerEntrypoint {
  describe(v) { return describe(v); }
  argsInfo(...args) { return { length: args.length, types: args.map((a) => typeof a), lengthProp: arguments.length }; }
}`),
  ]),

  multi("svcrpc-rpc-entrypoint-context", "rpc",
    "inside an RPC method: this.ctx members, this.env, props default, waitUntil; the same members in fetch through a binding; a method named like a ctx member", [
    entry("a", `
  out.rpc = await env.B.info();
  out.fetch = await (await env.B.fetch("http://b/")).json();
  out.named = await env.N.info();
  out.abortType = await env.B.abortType();`, { serviceBindings: { B: "b", N: { name: "b", entrypoint: "Named" } } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
const info = (self) => ({ ctxKeys: Object.keys(self.ctx).sort(), props: self.ctx.props, propsType: typeof self.ctx.props, waitUntil: typeof self.ctx.waitUntil,
  ptoe: typeof self.ctx.passThroughOnException, exports: typeof self.ctx.exports, envKeys: Object.keys(self.env), ctxTag: Object.prototype.toString.call(self.ctx),
  ctxProto: Object.getOwnPropertyNames(Object.getPrototypeOf(self.ctx)).sort() });
export class Named extends WorkerEntrypoint { info() { return info(this); } }
export default class extends WorkerEntrypoint {
  info() { return info(this); }
  abortType() { return typeof this.ctx.abort; }
  fetch() { return Response.json(info(this)); }
}`, { bindings: { V: "v" } }),
  ]),

  multi("svcrpc-sb-websocket-through-binding", "service-bindings",
    "a WebSocket upgrade answered by the callee through a service binding: the caller accepts the 101's socket and talks to the callee", [
    entry("a", `
  const r = await env.B.fetch("http://b/ws", { headers: { upgrade: "websocket" } });
  out.status = r.status;
  out.hasSocket = r.webSocket !== null && r.webSocket !== undefined;
  out.upgradeHeader = r.headers.get("upgrade");
  out.protocol = r.headers.get("sec-websocket-protocol");
  if (out.hasSocket) {
    const ws = r.webSocket; ws.accept();
    const got = [];
    const done = new Promise((resolve) => {
      ws.addEventListener("message", (e) => { got.push(typeof e.data === "string" ? e.data : "bin:" + e.data.byteLength); if (got.length === 3) resolve(); });
      ws.addEventListener("close", (e) => { got.push("close " + e.code + " " + e.reason); resolve(); });
    });
    ws.send("hello"); ws.send(new Uint8Array([1, 2, 3])); ws.send("bye");
    await done;
    const closed = new Promise((resolve) => ws.addEventListener("close", (e) => resolve("closed " + e.code + " " + e.reason + " " + e.wasClean)));
    ws.send("close-me");
    out.closeEvent = await closed;
    out.got = got;
  }
  out.noUpgrade = await t(async () => { const r2 = await env.B.fetch("http://b/ws"); return { status: r2.status, socket: r2.webSocket === null ? null : typeof r2.webSocket, text: await r2.text() }; });`, { serviceBindings: { B: "b" } }),
    worker("b", `export default { async fetch(req) {
  if (req.headers.get("upgrade") !== "websocket") return new Response("expected upgrade", { status: 426 });
  const [client, server] = Object.values(new WebSocketPair());
  server.accept();
  server.addEventListener("message", (e) => {
    if (e.data === "close-me") { server.close(4001, "done by b"); return; }
    server.send(typeof e.data === "string" ? "echo " + e.data : e.data);
  });
  return new Response(null, { status: 101, webSocket: client, headers: { "sec-websocket-protocol": "p1" } });
} };`),
  ]),

  multi("svcrpc-sb-durable-object-fetch-bodies", "service-bindings",
    "request bodies of unknown and known length through a Durable Object stub's fetch and through a service binding: the headers the target sees", [
    entry("a", `
  const stream = () => new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("ab")); c.close(); } });
  const seen = async (target) => { const j = await (await target).json(); return { cl: j.headers["content-length"] ?? null, te: j.headers["transfer-encoding"] ?? null, body: j.body }; };
  const stub = env.DO.get(env.DO.idFromName("x"));
  out.doStream = await t(() => seen(stub.fetch("http://do/", { method: "POST", body: stream() })));
  out.doString = await t(() => seen(stub.fetch("http://do/", { method: "POST", body: "abc" })));
  out.doNoBody = await t(() => seen(stub.fetch("http://do/", { method: "POST" })));
  out.sbStreamWithLength = await t(() => seen(env.B.fetch("http://b/", { method: "POST", body: stream(), headers: { "content-length": "2" } })));
  out.sbFixedLengthStream = await t(() => { const { readable, writable } = new FixedLengthStream(3); const w = writable.getWriter(); w.write(new TextEncoder().encode("xyz")); w.close(); return seen(env.B.fetch("http://b/", { method: "POST", body: readable })); });
  out.sbForwardedStream = await t(() => seen(env.B.fetch(new Request("http://b/", { method: "PUT", body: stream() }))));
  out.sbEmptyPost = await t(() => seen(env.B.fetch("http://b/", { method: "POST" })));
  out.sbIncoming = await t(() => seen(env.B.fetch(req)));`, { serviceBindings: { B: "b" }, durableObjects: { DO: "Echo" } }, `import { DurableObject } from "cloudflare:workers";
export class Echo extends DurableObject { async fetch(req) { const h = {}; for (const [k, v] of req.headers) h[k] = v; return Response.json({ headers: h, body: await req.text() }); } }`),
    worker("b", ECHO),
  ], [req("POST", "http://localhost/", {}, "incoming")]),

  multi("svcrpc-rpc-stub-round-trips", "rpc",
    "stubs that travel back to the worker that made them, arrays of targets, functions returned from getters, calling through a result's nested stubs", [
    entry("a", `
  class Local extends RpcTarget { constructor(n) { super(); this.n = n; } get(){ return "local " + this.n; } }
  const local = new Local(1);
  const fn = (x) => "fn " + x;
  out.targetBack = await t(async () => { const back = await env.B.echo(local); return { same: back === local, type: typeof back, call: await back.get() }; });
  out.fnBack = await t(async () => { const back = await env.B.echo(fn); return { same: back === fn, type: typeof back, call: await back(3) }; });
  out.array = await t(async () => { const arr = await env.B.many(); return { isArray: Array.isArray(arr), len: arr.length, vals: await Promise.all(arr.map((x) => x.id())) }; });
  out.arrayPipelined = await t(() => typeof env.B.many()[1]);
  out.getterFn = await t(async () => { const f = await env.B.fnGetter; return { type: typeof f, result: await f(5) }; });
  out.objectWithTarget = await t(async () => { const o = await env.B.wrapped(); return { keys: Object.keys(o).sort(), label: o.label, id: await o.target.id() }; });
  out.pipelinedNested = await t(() => env.B.wrapped().target.id());
  out.targetTwice = await t(async () => { const r = await env.B.pair(local); return r; });
  out.calledLocal = await t(() => env.B.callIt(local));`, { serviceBindings: { B: "b" } }, `import { RpcTarget } from "cloudflare:workers";`),
    worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Item extends RpcTarget { constructor(i) { super(); this.i = i; } id() { return "item" + this.i; } }
export default class extends WorkerEntrypoint {
  echo(v) { return v; }
  many() { return [new Item(0), new Item(1), new Item(2)]; }
  get fnGetter() { return (x) => x * 2; }
  wrapped() { return { label: "w", target: new Item(9) }; }
  async pair(t) { return [await t.get(), await t.get()]; }
  async callIt(t) { return "b saw " + await t.get() + " and n=" + await t.n; }
}`),
  ]),

  multi("svcrpc-rpc-nesting-and-sizes", "rpc",
    "deeply nested values, long arrays and many keys over RPC; very long method names; numeric method names", [
    entry("a", `
  const nest = (d) => { let v = "leaf"; for (let i = 0; i < d; i++) v = [v]; return v; };
  const depth = (v) => { let d = 0; while (Array.isArray(v)) { v = v[0]; d++; } return d; };
  out.depth100 = await t(async () => depth(await env.B.echo(nest(100))));
  out.depth400 = await t(async () => depth(await env.B.echo(nest(400))));
  out.depth400Result = await t(async () => depth(await env.B.nest(400)));
  const rec = (n) => n === 0 ? 0 : 1 + rec(n - 1);
  out.recursion100000 = await t(() => rec(100000));
  out.indexIn = [0 in env.B, "0" in env.B, "01" in env.B, typeof env.B["01"], typeof env.B["4294967295"]];
  out.targetIndex = await t(async () => { const x = await env.B.target(); return [typeof x[0], 0 in x, typeof x["1.5"], typeof env.B.target()[0]]; });
  out.longArray = await t(async () => (await env.B.echo(new Array(100000).fill(7))).length);
  out.manyKeys = await t(async () => Object.keys(await env.B.echo(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => ["k" + i, i])))).length);
  out.longName = await t(() => env.B["m".repeat(300)]());
  out.numericName = await t(() => env.B[0]());
  out.emptyName = await t(() => env.B[""]());
  out.protoName = await t(() => env.B.__proto__());
  out.hasOwn = await t(() => env.B.hasOwnProperty("echo"));
  out.valueOf = await t(async () => typeof (await env.B.valueOf()));
  out.toStringCall = await t(async () => String(await env.B.toString()));`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class T extends RpcTarget { 0() { return "zero"; } }
export default class extends WorkerEntrypoint {
  echo(v) { return v; }
  nest(d) { let v = "leaf"; for (let i = 0; i < d; i++) v = [v]; return v; }
  target() { return new T(); }
  ["${"m".repeat(300)}"]() { return "long ok"; }
  0() { return "zero"; }
}`),
  ]),

  multi("svcrpc-sb-body-reuse", "service-bindings",
    "request bodies already used or locked before a service binding fetch; the incoming request forwarded twice", [
    entry("a", `
  out.usedBody = await t(async () => { const r = new Request("http://b/", { method: "POST", body: "once" }); await r.text(); return (await env.B.fetch(r)).status; });
  out.lockedBody = await t(async () => { const r = new Request("http://b/", { method: "POST", body: "locked" }); r.body.getReader(); return (await env.B.fetch(r)).status; });
  out.incomingTwice = await t(async () => { await (await env.B.fetch(req.clone())).text(); const r = await env.B.fetch(req); return (await r.json()).body; });
  out.incomingUsed = await t(async () => { await req.text(); return (await env.B.fetch(req)).status; });
`, { serviceBindings: { B: "b" } }),
    worker("b", `let log = [];
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/midway-error") {
    return new Response(new ReadableStream({ async pull(c) { c.enqueue(new TextEncoder().encode("part1")); await scheduler.wait(1); c.error(new Error("stream broke")); } }));
  }
  if (p === "/endless") {
    let n = 0;
    return new Response(new ReadableStream({ pull(c) { c.enqueue(new TextEncoder().encode("chunk" + n++)); if (n > 1000) c.close(); }, cancel(reason) { log.push("cancel:" + String(reason)); } }, { highWaterMark: 0 }));
  }
  if (p === "/log") { await scheduler.wait(5); return new Response(log.join(",")); }
  return Response.json({ body: await req.text() });
} };`),
  ], [req("POST", "http://localhost/", {}, "incoming body")]),

  multi("svcrpc-rpc-props-and-exports-values", "rpc",
    "ctx.props through a named-entrypoint binding and ctx.exports: mutation by the callee, structured values and functions in props, props of the default entrypoint, frozen state", [
    entry("a", `
  if (url.pathname === "/props") return Response.json({ props: ctx.props ?? null });
  out.first = await env.N.props();
  out.mutated = await env.N.mutate();
  out.afterMutate = await env.N.props();
  out.loopDate = await t(() => ctx.exports.Named({ props: { when: new Date(0), m: new Map([[1, 2]]) } }).describeProps());
  out.loopFn = await t(() => ctx.exports.Named({ props: { fn: () => 1 } }).describeProps());
  out.loopNoProps = await t(() => ctx.exports.Named({}).props());
  out.loopUndefined = await t(() => ctx.exports.Named().props());
  out.loopNull = await t(() => ctx.exports.Named({ props: null }).props());
  out.loopString = await t(() => ctx.exports.Named({ props: "str" }).props());
  out.defaultProps = await t(() => ctx.exports.default({ props: { d: 1 } }).fetch("http://x/props").then((r) => r.json()));
  out.isFrozen = await env.N.frozen();`, { serviceBindings: { N: { name: "a", entrypoint: "Named", props: { level: 1, nested: { k: "v" }, list: [1, 2] } } }, compatibilityFlags: ["enable_ctx_exports"] },
  `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const typeOf = (v) => v === null ? "null" : v instanceof Date ? "Date" : v instanceof Map ? "Map" : typeof v;
export class Named extends WorkerEntrypoint {
  props() { return this.ctx.props; }
  mutate() { try { this.ctx.props.level = 99; this.ctx.props.added = true; } catch (e) { return "threw " + e.name; } return this.ctx.props; }
  describeProps() { const p = this.ctx.props; return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeOf(v)])); }
  frozen() { return [Object.isFrozen(this.ctx.props), Object.isFrozen(this.ctx), Object.isExtensible(this.ctx.props)]; }
}`),
  ]),

  multi("svcrpc-rpc-streams-both-ways", "rpc",
    "streams over RPC: a ReadableStream argument read by the callee, a returned stream cancelled by the caller, a WritableStream argument written and closed or aborted by the callee", [
    entry("a", `
  const enc = (s) => new TextEncoder().encode(s);
  out.sendStream = await t(() => env.B.readAll(new ReadableStream({ start(c) { c.enqueue(enc("x")); c.enqueue(enc("yz")); c.close(); } })));
  out.cancelResult = await t(async () => { const s = await env.B.endless(); const rd = s.getReader(); const first = new TextDecoder().decode((await rd.read()).value); await rd.cancel("stop"); return { first }; });
  out.writable = await t(async () => { const { readable, writable } = new TransformStream(); const read = new Response(readable).text(); const r = await env.B.writeTo(writable, false); return { r, text: await read }; });
  out.writableAbort = await t(async () => { const { readable, writable } = new TransformStream(); const read = new Response(readable).text().then((x) => "text " + x, (e) => "error " + e.name + ": " + e.message); const r = await env.B.writeTo(writable, true); return { r, text: await read }; });
  out.streamBack = await t(async () => { const s = await env.B.echo(new ReadableStream({ start(c) { c.enqueue(enc("round")); c.close(); } })); return { isStream: s instanceof ReadableStream, text: await new Response(s).text() }; });
  out.lockedArg = await t(() => { const s = new ReadableStream(); s.getReader(); return env.B.readAll(s); });
  out.typeOfResult = await t(async () => { const s = await env.B.endless(); const tag = Object.prototype.toString.call(s); await s.cancel(); return tag; });`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
let log = [];
export default class extends WorkerEntrypoint {
  async readAll(s) { const parts = []; const rd = s.getReader(); for (;;) { const { done, value } = await rd.read(); if (done) break; parts.push(new TextDecoder().decode(value)); } return parts; }
  endless() { let n = 0; return new ReadableStream({ pull(c) { c.enqueue(new TextEncoder().encode("c" + n++)); }, cancel(r) { log.push("cancel " + String(r)); } }, { highWaterMark: 0 }); }
  log() { return log; }
  async writeTo(w, abort) { const wr = w.getWriter(); await wr.write(new TextEncoder().encode("hello ")); await wr.write(new TextEncoder().encode("world")); if (abort) { await wr.abort(new Error("callee aborted")); return "aborted"; } await wr.close(); return "closed"; }
  echo(v) { return v; }
}`),
  ]),

  multi("svcrpc-multi-worker-names", "multi-worker",
    "worker names with dots, dashes, underscores and capitals are targets of service bindings and Durable Object scriptName; routes pick among them", [
    entry("a", `
  out.dotted = await (await env.DOTTED.fetch("http://x/")).text();
  out.upper = await (await env.UPPER.fetch("http://x/")).text();
  out.rpc = await t(() => env.UPPER.who());
  out.doFromOther = await t(async () => await (await env.DO.get(env.DO.idFromName("n")).fetch("http://do/")).text());`,
      { serviceBindings: { DOTTED: "api.v2-worker", UPPER: "My_Worker" }, durableObjects: { DO: { className: "Thing", scriptName: "api.v2-worker" } } }),
    worker("api.v2-worker", `import { DurableObject } from "cloudflare:workers";
export class Thing extends DurableObject { fetch() { return new Response("thing in api.v2-worker"); } }
export default { fetch(req) { return new Response("dotted saw " + new URL(req.url).host); } };`, { routes: ["dotted.example/*"] }),
    worker("My_Worker", `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint { fetch() { return new Response("upper"); } who() { return "My_Worker rpc"; } }`, { routes: ["upper.example/*"] }),
  ], [get("/"), req("GET", "http://dotted.example/p"), req("GET", "http://upper.example/")]),

  multi("svcrpc-sb-fetch-init-options", "service-bindings",
    "RequestInit options through a service binding: redirect error, integrity, credentials, mode, cache, keepalive, URL objects; cf.cacheTtl becoming cf.cacheControl and its conflicts", [
    entry("a", `
  const cf = async (c) => t(async () => (await (await env.B.fetch("http://b/cf", { cf: c })).json()).cf);
  out.ttl = await cf({ cacheTtl: 5, custom: "x" });
  out.ttl0 = await cf({ cacheTtl: 0 });
  out.ttlNeg = await cf({ cacheTtl: -1 });
  out.ttlStr = await cf({ cacheTtl: "7" });
  out.ttlFloat = await cf({ cacheTtl: 1.5 });
  out.ttlWithCc = await cf({ cacheTtl: 5, cacheControl: "no-cache" });
  out.ccOnly = await cf({ cacheControl: "no-cache" });
  out.everything = await cf({ cacheEverything: true });
  out.byStatus = await cf({ cacheTtlByStatus: { "200-299": 86400 } });
  out.requestCf = await t(() => new Request("http://b/", { cf: { cacheTtl: 5 } }).cf);
  out.viaRequest = await t(async () => (await (await env.B.fetch(new Request("http://b/cf", { cf: { cacheTtl: 9 } }))).json()).cf);
  out.redirectError = await t(async () => (await env.B.fetch("http://b/redir", { redirect: "error" })).status);
  out.credentials = await t(async () => (await env.B.fetch("http://b/ok", { credentials: "include" })).status);
  out.mode = await t(async () => (await env.B.fetch("http://b/ok", { mode: "no-cors" })).status);
  out.cache = await t(async () => (await env.B.fetch("http://b/ok", { cache: "no-store" })).status);
  out.integrity = await t(async () => (await env.B.fetch("http://b/ok", { integrity: "sha256-abc" })).status);
  out.keepalive = await t(async () => (await env.B.fetch("http://b/ok", { keepalive: true })).status);
  out.urlObject = await t(async () => (await (await env.B.fetch(new URL("http://b/u?x=1"))).text()));`, { serviceBindings: { B: "b" } }),
    worker("b", `export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/redir") return Response.redirect("http://b/ok", 302);
  if (p === "/cf") return Response.json({ cf: req.cf ?? null });
  if (p === "/u") return new Response(req.url);
  return new Response("ok");
} };`),
  ]),
];
