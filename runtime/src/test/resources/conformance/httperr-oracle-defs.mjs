// Re-record: cd /work/wt/oracle && DEFS_DIR=<folder with _h.mjs and this file> RECORD_OUT=<out> node record.mjs httperr-
import { CD, PRELUDE } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const sw = (script, extra = {}) => ({ compatibilityDate: CD, script: PRELUDE + script, ...extra });

const round1 = [
  {
    name: "httperr-http-cf-object-default",
    area: "http",
    description: "the request.cf object a worker sees from dispatchFetch without a cf option: its keys, their types, and what a Request built from it keeps",
    options: mod(`
export default { async fetch(req) {
  const cf = req.cf;
  const keys = cf ? Object.keys(cf).sort() : null;
  const types = {}; if (cf) for (const k of keys) types[k] = typeof cf[k];
  const copy = new Request(req);
  const plain = new Request("http://x/");
  return Response.json({ type: typeof cf, keys, types, frozen: cf ? Object.isFrozen(cf) : null, copyCf: copy.cf === undefined ? "undefined" : typeof copy.cf, plainCf: plain.cf === undefined ? "undefined" : plain.cf, tls: cf && typeof cf.tlsVersion, http: cf && cf.httpProtocol });
} };`),
    steps: [r("GET", "http://localhost/"), r("POST", "https://localhost/p", {}, "x")],
  },
  {
    name: "httperr-http-cf-object-option",
    area: "http",
    description: "the cf option given as an object replaces request.cf for every dispatchFetch: the worker sees exactly those fields",
    options: { ...mod(`
export default { async fetch(req) {
  return Response.json({ cf: req.cf, keys: Object.keys(req.cf) });
} };`), cf: { country: "NZ", colo: "AKL", asn: 42, custom: { nested: [1, 2] } } },
    steps: [r("GET", "http://localhost/"), r("PUT", "http://localhost/x", { "cf-ipcountry": "US" }, "b")],
  },
  {
    name: "httperr-http-methods-bodies-framing",
    area: "http",
    description: "requests with bodies on OPTIONS, DELETE, PATCH and custom methods; empty bodies; the framing and content headers the worker sees; body null vs empty stream",
    options: mod(`
export default { async fetch(req) {
  const h = Object.fromEntries(req.headers);
  delete h["user-agent"]; delete h["accept-language"]; delete h["sec-fetch-mode"]; delete h["accept"];
  h.host = h.host.replace(/:\\d+$/, ":<port>");
  const hasBody = req.body !== null;
  const text = await req.text();
  return Response.json({ method: req.method, hasBody, text, len: text.length, headers: h, bodyUsed: req.bodyUsed });
} };`),
    steps: [
      r("OPTIONS", "http://localhost/o", {}, "opt"),
      r("DELETE", "http://localhost/d", { "content-type": "application/json" }, "{\"a\":1}"),
      r("PATCH", "http://localhost/p", {}, ""),
      r("POST", "http://localhost/p"),
      r("POST", "http://localhost/p", { "content-type": "application/x-www-form-urlencoded" }, "a=1&b=2"),
      r("PUT", "http://localhost/p", { "content-length": "3" }, "abc"),
      r("GET", "http://localhost/g", { "accept-encoding": "gzip, br", "x-forwarded-for": "1.2.3.4", "x-forwarded-proto": "https" }),
      r("MKCOL", "http://localhost/m", {}, "dav"),
    ],
  },
  {
    name: "httperr-http-response-shapes-more",
    area: "http",
    description: "responses a worker builds: statusText kept or not, header values trimmed, a 205/304 with body refused or stripped, redirect statuses without location, Response.error, a Blob with type, URLSearchParams and FormData bodies, an ArrayBuffer view slice",
    options: mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/trim") return new Response("t", { headers: { "x-a": "  padded  ", "x-b": "\\tt\\t" } });
  if (p === "/statusText") return new Response("s", { status: 299, statusText: "Fine Thanks" });
  if (p === "/304") return new Response(null, { status: 304, headers: { etag: "\\"x\\"" } });
  if (p === "/205") return new Response(null, { status: 205 });
  if (p === "/302nol") return new Response("no location", { status: 302 });
  if (p === "/blob") return new Response(new Blob(["<b>x</b>"], { type: "text/html" }));
  if (p === "/blobNoType") return new Response(new Blob(["raw"]));
  if (p === "/usp") return new Response(new URLSearchParams({ a: "1 2", b: "é" }));
  if (p === "/view") return new Response(new Uint8Array([65, 66, 67, 68]).subarray(1, 3));
  if (p === "/dv") return new Response(new DataView(new Uint8Array([104, 105]).buffer));
  if (p === "/form") { const f = new FormData(); f.append("k", "v"); const r = new Response(f); const ct = r.headers.get("content-type"); return Response.json({ ct: ct.replace(/boundary=.*/, "boundary=B"), startsWith: (await r.text()).startsWith("--") }); }
  if (p === "/jsonInit") return Response.json({ a: 1 }, { status: 201, headers: { "content-type": "application/vnd.x+json", "x-j": "1" } });
  if (p === "/jsonStr") return Response.json("str", { statusText: "ok" });
  if (p === "/redirectRel") return t(() => Response.redirect("/rel", 302)).then((x) => Response.json(x));
  if (p === "/redirect308") return Response.redirect("http://other.example/x?y=1#h", 308);
  if (p === "/emptyHeaderValue") return new Response("e", { headers: { "x-empty": "" } });
  if (p === "/cookieAndVary") { const h = new Headers({ vary: "a" }); h.append("vary", "b"); h.append("Set-Cookie", "x=1, y=2"); return new Response("cv", { headers: h }); }
  return new Response("?");
} };`),
    steps: ["/trim", "/statusText", "/304", "/205", "/302nol", "/blob", "/blobNoType", "/usp", "/view", "/dv", "/form", "/jsonInit", "/jsonStr", "/redirectRel", "/redirect308", "/emptyHeaderValue", "/cookieAndVary"].map((p) => r("GET", "http://localhost" + p)),
  },
  {
    name: "httperr-errors-stack-and-message-edges",
    area: "errors",
    description: "uncaught errors whose stack, name or message were changed: an overwritten stack, a deleted stack, a message with newlines, a non-string message, a name getter, a name on the prototype of a subclass, an error from another error's constructor",
    options: mod(`
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = "ProtoNamed";
class TypeSub extends TypeError { constructor(m) { super(m); this.name = "TypeError"; } }
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/stack") { const e = new Error("msg"); e.stack = "Custom: stacked\\n    at nowhere"; throw e; }
  if (p === "/nostack") { const e = new RangeError("gone"); delete e.stack; e.stack = undefined; throw e; }
  if (p === "/newline") throw new Error("line1\\nline2");
  if (p === "/number") { const e = new Error(); e.message = 42; throw e; }
  if (p === "/getter") { const e = new Error("g"); Object.defineProperty(e, "name", { get() { return "Getter"; } }); throw e; }
  if (p === "/proto") throw new ProtoNamed("on proto");
  if (p === "/typesub") throw new TypeSub("sub of type");
  if (p === "/syntax") { JSON.parse("{bad"); }
  if (p === "/eval") throw new EvalError("ev");
  if (p === "/nested") { try { null.x; } catch (e) { throw new Error("wrapped", { cause: e }); } }
  if (p === "/afterAwait") { await new Promise((r) => setTimeout(r, 5)); throw new URIError("late"); }
  if (p === "/rejectNonError") return Promise.reject(404);
  if (p === "/rejectNull") return Promise.reject(null);
  return new Response("?");
} };`),
    steps: ["/stack", "/nostack", "/newline", "/number", "/getter", "/proto", "/typesub", "/syntax", "/eval", "/nested", "/afterAwait", "/rejectNonError", "/rejectNull"].map((p) => ({ ...r("GET", "http://localhost" + p), bodyMatches: undefined })),
  },
  {
    name: "httperr-errors-caught-shapes-in-worker",
    area: "errors",
    description: "error objects as the worker sees them: stack's first line, own keys, toString of errors with odd names, Error.captureStackTrace, Error.prototype.toString on non-errors, cause, AggregateError errors, DOMException codes",
    options: mod(`
export default { async fetch(req) {
  const out = {};
  const e = new Error("m", { cause: 1 });
  out.keys = Object.getOwnPropertyNames(e).sort();
  out.stackFirst = e.stack.split("\\n")[0];
  out.hasAt = e.stack.split("\\n")[1]?.trim().startsWith("at ") ?? false;
  out.causeOwn = Object.prototype.hasOwnProperty.call(e, "cause");
  out.noCause = Object.prototype.hasOwnProperty.call(new Error("x", {}), "cause");
  out.undefCause = Object.prototype.hasOwnProperty.call(new Error("x", { cause: undefined }), "cause");
  const o = {}; Error.captureStackTrace(o); out.capture = typeof o.stack;
  out.toStrObj = Error.prototype.toString.call({ name: "N", message: "M" });
  out.toStrEmptyName = Error.prototype.toString.call({ name: "", message: "M" });
  out.toStrEmptyMsg = Error.prototype.toString.call({ name: "N", message: "" });
  out.toStrUndef = Error.prototype.toString.call({});
  out.agg = (() => { const a = new AggregateError([new Error("a"), 2], "agg"); return { name: a.name, message: a.message, n: a.errors.length, keys: Object.getOwnPropertyNames(a).sort() }; })();
  out.dom = (() => { const d = new DOMException("m", "NotFoundError"); return { code: d.code, name: d.name, str: String(d), isErr: d instanceof Error, stack: typeof d.stack }; })();
  out.domDefault = (() => { const d = new DOMException(); return { code: d.code, name: d.name, message: d.message }; })();
  out.stackLimit = typeof Error.stackTraceLimit;
  out.prepare = typeof Error.prepareStackTrace;
  out.rangeArr = await t(() => new Array(-1));
  out.sym = await t(() => Symbol() + "");
  out.notFn = await t(() => { const x = {}; x.y(); });
  out.notIter = await t(() => { const [a] = {}; return a; });
  out.recursion = await t(() => { const f = () => f(); f(); });
  return Response.json(out);
} };`),
    steps: [r("GET", "http://localhost/")],
  },
  {
    name: "httperr-formats-service-worker-listener-forms",
    area: "formats",
    description: "service-worker listener forms: addEventListener with once, a handleEvent object, self.onfetch, removeEventListener of the responding listener, event.request identity, respondWith with a promise resolving later",
    options: sw(`
let count = 0;
addEventListener("fetch", (e) => { count++; if (new URL(e.request.url).pathname === "/once") e.respondWith(new Response("once " + count)); }, { once: true });
self.onfetch = (e) => { if (new URL(e.request.url).pathname === "/onfetch") e.respondWith(new Response("onfetch")); };
const obj = { handleEvent(e) { if (new URL(e.request.url).pathname === "/obj") e.respondWith(new Response("obj " + (this === obj))); } };
addEventListener("fetch", obj);
addEventListener("fetch", (e) => {
  const p = new URL(e.request.url).pathname;
  if (p === "/late") e.respondWith(new Promise((r) => setTimeout(() => r(new Response("late")), 10)));
  else if (p === "/same") e.respondWith(new Response(String(e.request === e.request) + " " + typeof e.passThroughOnException + " " + typeof e.waitUntil + " " + e.type + " " + (e instanceof Event)));
  else if (p === "/count") e.respondWith(new Response("count " + count + " " + typeof self.onfetch));
  else if (p !== "/obj" && p !== "/once" && p !== "/onfetch") e.respondWith(new Response("default " + p));
});
`),
    steps: ["/once", "/once", "/obj", "/onfetch", "/late", "/same", "/count", "/other"].map((p) => r("GET", "http://localhost" + p)),
  },
  {
    name: "httperr-formats-modules-array-interop",
    area: "formats",
    description: "a modules array: nested relative imports, CommonJS named exports seen from ES modules, module.exports as a function, require of a Text and a Data module, import.meta, a module imported under two specifiers evaluated once",
    options: {
      compatibilityDate: CD,
      modules: [
        { type: "ESModule", path: "src/index.mjs", contents: `
import { helper } from "./lib/helper.mjs";
import cjs from "./lib/cjs.js";
const named = cjs.named;
import fn from "./lib/fn.js";
import text from "./data/note.txt";
import data from "./data/bytes.bin";
import { counter } from "./lib/../lib/helper.mjs";
export default { async fetch(req) {
  return Response.json({
    helper: helper(), counter: counter(),
    cjsType: typeof cjs, cjsKeys: Object.keys(cjs).sort(), named,
    fn: fn(2), fnName: fn.name,
    text, dataType: Object.prototype.toString.call(data), dataLen: data.byteLength,
    meta: typeof import.meta, metaKeys: Object.keys(import.meta).sort(), metaUrl: import.meta.url, metaMain: import.meta.main,
    req: (await import("./lib/cjs.js")).default === cjs,
  });
} };` },
        { type: "ESModule", path: "src/lib/helper.mjs", contents: `let n = 0; export const helper = () => "helped"; export const counter = () => ++n;` },
        { type: "CommonJS", path: "src/lib/cjs.js", contents: `exports.named = "n1"; exports.other = 2; module.exports.viaModule = true; const t = require("../data/note.txt"); exports.req = typeof t;` },
        { type: "CommonJS", path: "src/lib/fn.js", contents: `module.exports = function double(x) { return x * 2; };` },
        { type: "Text", path: "src/data/note.txt", contents: "hello text\n" },
        { type: "Data", path: "src/data/bytes.bin", contents: "abc" },
      ],
    },
    steps: [r("GET", "http://localhost/"), r("GET", "http://localhost/")],
  },
  {
    name: "httperr-formats-default-export-odd-shapes",
    area: "formats",
    description: "default exports that still serve: an instance of a plain class with fetch on its prototype, a fetch defined by a getter, a default re-exported under export { x as default }, a handler object with a symbol-keyed member, fetch returning a thenable resolving to a Response",
    options: {
      workers: [
        { name: "inst", ...mod(`class H { constructor() { this.k = "inst"; } async fetch(req) { return new Response("instance " + this.k); } } export default new H();`) },
        { name: "getter", routes: ["getter.mf/*"], ...mod(`export default { get fetch() { return async () => new Response("from getter"); } };`) },
        { name: "reexp", routes: ["reexp.mf/*"], ...mod(`const h = { fetch: () => new Response("reexported") }; export { h as default };`) },
        { name: "sync", routes: ["sync.mf/*"], ...mod(`export default { fetch() { return new Response("sync plain"); } };`) },
        { name: "thenable", routes: ["thenable.mf/*"], ...mod(`export default { async fetch() { return { then(r) { r(new Response("thenable")); } }; } };`) },
        { name: "named", routes: ["named.mf/*"], ...mod(`export const fetch = () => new Response("named only"); export default { async fetch(req) { return new Response("default wins"); } };`) },
      ],
    },
    steps: ["http://localhost/", "http://getter.mf/", "http://reexp.mf/", "http://sync.mf/", "http://thenable.mf/", "http://named.mf/"].map((u) => r("GET", u)),
  },
  {
    name: "httperr-waituntil-order-and-visibility",
    area: "waituntil",
    description: "waitUntil work: the order in which several waitUntil promises settle, state they write seen by the next request, rejected ones not stopping others, waitUntil of an already settled promise, a waitUntil registered from inside another",
    options: mod(`
const log = [];
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/start") {
    ctx.waitUntil(new Promise((r) => setTimeout(() => { log.push("slow"); r(); }, 300)));
    ctx.waitUntil(Promise.resolve().then(() => log.push("micro")));
    ctx.waitUntil(Promise.reject(new Error("nope")).catch(() => log.push("caught")));
    ctx.waitUntil(Promise.reject(new Error("uncaught waitUntil")));
    ctx.waitUntil((async () => { log.push("async-start"); await null; ctx.waitUntil(new Promise((r) => setTimeout(() => { log.push("inner"); r(); }, 10))); })());
    log.push("respond");
    return new Response("started");
  }
  if (p === "/wait") { await new Promise((r) => setTimeout(r, 600)); return Response.json(log); }
  return new Response("?");
} };`),
    steps: [r("GET", "http://localhost/start"), r("GET", "http://localhost/wait")],
  },
  {
    name: "httperr-multi-outbound-service-worker",
    area: "multi-worker",
    description: "outboundService naming another worker: the first worker's global fetch() reaches it with the URL, method, headers and body intact; the mock's response comes back as is",
    options: {
      workers: [
        { name: "app", outboundService: "mock", ...mod(`
export default { async fetch(req) {
  const a = await fetch("https://api.example.com/v1/items?x=1", { method: "POST", headers: { "x-k": "v", "content-type": "application/json" }, body: JSON.stringify({ a: 1 }) });
  const b = await fetch(new Request("http://plain.example/path"));
  const c = await t(() => fetch("https://api.example.com/fail").then((r) => r.status));
  return Response.json({ a: { status: a.status, json: await a.json(), h: a.headers.get("x-mock") }, b: await b.text(), c });
} };`) },
        { name: "mock", ...mod(`
export default { async fetch(req) {
  const u = new URL(req.url);
  if (u.pathname === "/fail") return new Response("down", { status: 503 });
  const body = req.method === "POST" ? await req.text() : null;
  return Response.json({ url: req.url, method: req.method, xk: req.headers.get("x-k"), ct: req.headers.get("content-type"), body }, { headers: { "x-mock": "yes" } });
} };`) },
      ],
    },
    steps: [r("GET", "http://localhost/")],
  },
  {
    name: "httperr-sb-named-entrypoint-fetch-and-props",
    area: "service-bindings",
    description: "a service binding to a named WorkerEntrypoint of another worker: fetch and RPC through it, ctx.props given in the binding, env of the callee, a default-entrypoint binding to the same worker",
    options: {
      workers: [
        { name: "caller", serviceBindings: { ADMIN: { name: "callee", entrypoint: "Admin", props: { role: "admin", n: 1 } }, MAIN: "callee", PLAIN: { name: "callee" } }, ...mod(`
export default { async fetch(req, env) {
  const a = await env.ADMIN.fetch("http://x/who", { headers: { "x-h": "1" } });
  const m = await env.MAIN.fetch("http://x/main");
  const p = await env.PLAIN.fetch("http://x/plain");
  const rpc = await t(() => env.ADMIN.whoami("arg"));
  const rpcMain = await t(() => env.MAIN.whoami("arg"));
  return Response.json({ a: await a.json(), m: await m.text(), p: await p.text(), rpc, rpcMain });
} };`) },
        { name: "callee", bindings: { V: "callee-var" }, ...mod(`
import { WorkerEntrypoint } from "cloudflare:workers";
export class Admin extends WorkerEntrypoint {
  async fetch(req) { return Response.json({ url: req.url, h: req.headers.get("x-h"), props: this.ctx.props, v: this.env.V }); }
  whoami(x) { return { x, props: this.ctx.props }; }
}
export default { async fetch(req, env, ctx) { return new Response("default " + new URL(req.url).pathname + " " + JSON.stringify(ctx.props)); } };`) },
      ],
    },
    steps: [r("GET", "http://localhost/")],
  },
  {
    name: "httperr-routing-path-prefix-partial-segments",
    area: "routing",
    description: "route paths ending in a wildcard after a partial segment, a route with a trailing slash and wildcard vs the bare directory, a route with only a host and a star after the slash, unmatched to the first worker",
    options: {
      workers: [
        { name: "first", ...mod(`export default { fetch(req) { return new Response("first " + new URL(req.url).pathname); } };`) },
        { name: "v1", routes: ["api.mf/v1*"], ...mod(`export default { fetch(req) { return new Response("v1 " + new URL(req.url).pathname); } };`) },
        { name: "dir", routes: ["api.mf/dir/*"], ...mod(`export default { fetch(req) { return new Response("dir " + new URL(req.url).pathname); } };`) },
        { name: "deep", routes: ["*.api.mf/v1/deep*"], ...mod(`export default { fetch(req) { return new Response("deep " + new URL(req.url).host); } };`) },
      ],
    },
    steps: ["http://api.mf/v1", "http://api.mf/v1beta", "http://api.mf/v1/x", "http://api.mf/v2", "http://api.mf/dir", "http://api.mf/dir/", "http://api.mf/dir/a/b", "http://x.api.mf/v1/deeper", "http://x.y.api.mf/v1/deep", "http://api.mf/v1/deep", "https://api.mf:8443/v1z"].map((u) => r("GET", u)),
  },
];
export const round2 = [
  {
    name: "httperr-waituntil-timers-order-after-cpu",
    area: "waituntil",
    description: "timers set in one task count from the task's start: timers count from when they are set (a 5 ms timer set before 40 ms of CPU fires before 0 ms timers set after it); equal delays fire in the order set; waitUntil keeps the work alive after the response",
    options: mod(`
let log = [];
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/start") {
    log = [];
    const done = [];
    const at = (name, ms) => done.push(new Promise((r) => setTimeout(() => { log.push(name); r(); }, ms)));
    at("five", 5);
    const end = Date.now() + 40; while (Date.now() < end) {}
    at("twenty", 20);
    at("zeroA", 0); at("zeroC", 0);
    ctx.waitUntil(Promise.all(done));
    return new Response("started");
  }
  if (p === "/log") { await new Promise((r) => setTimeout(r, 100)); return Response.json(log); }
  return new Response("?");
} };`),
    steps: [r("GET", "http://localhost/start"), r("GET", "http://localhost/log")],
  },
  {
    name: "httperr-multi-outbound-service-variants",
    area: "multi-worker",
    description: "outboundService to a named entrypoint of another worker; what the target sees (headers the caller set, cf, the host); a target that throws rejects the caller's fetch; service bindings are not affected by outboundService; a worker without outboundService beside it",
    options: {
      workers: [
        { name: "app", outboundService: { name: "mock", entrypoint: "Outbound" }, serviceBindings: { SVC: "svc" }, ...mod(`
export default { async fetch(req, env) {
  const p = new URL(req.url).pathname;
  if (p === "/seen") { const r = await fetch("https://api.example.com/a?b=1", { headers: { "x-a": "1", "user-agent": "mine" } }); return new Response(await r.text(), { status: r.status, headers: { "x-from": r.headers.get("x-from") ?? "none" } }); }
  if (p === "/throws") return Response.json(await t(() => fetch("https://api.example.com/throw")));
  if (p === "/svc") { const r = await env.SVC.fetch("http://svc/"); return new Response(await r.text()); }
  if (p === "/redirect") { const r = await fetch("https://api.example.com/redirect", { redirect: "manual" }); return Response.json({ status: r.status, loc: r.headers.get("location") }); }
  if (p === "/follow") { const r = await fetch("https://api.example.com/redirect"); return Response.json({ status: r.status, url: r.url, redirected: r.redirected, text: await r.text() }); }
  return new Response("?");
} };`) },
        { name: "mock", ...mod(`
import { WorkerEntrypoint } from "cloudflare:workers";
export class Outbound extends WorkerEntrypoint {
  async fetch(req) {
    const u = new URL(req.url);
    if (u.pathname === "/throw") throw new RangeError("mock failed");
    if (u.pathname === "/redirect") return Response.redirect("https://api.example.com/target", 302);
    if (u.pathname === "/target") return new Response("target reached");
    const h = Object.fromEntries(req.headers);
    return Response.json({ url: req.url, method: req.method, headers: h, cfType: typeof req.cf }, { headers: { "x-from": "entrypoint" } });
  }
}
export default { fetch() { return new Response("mock default"); } };`) },
        { name: "svc", ...mod(`export default { fetch() { return new Response("real svc"); } };`) },
      ],
    },
    steps: ["/seen", "/throws", "/svc", "/redirect", "/follow"].map((p) => r("GET", "http://localhost" + p)),
  },
  {
    name: "httperr-errors-entrypoint-and-sw-throws",
    area: "errors",
    description: "uncaught errors from a WorkerEntrypoint default class's fetch, from its constructor, from a service-worker listener after an await inside respondWith, and from a handler returning a Response whose body stream errors at once",
    options: {
      workers: [
        { name: "ep", ...mod(`
import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  constructor(ctx, env) { super(ctx, env); if (this.ctx === undefined) throw new Error("no ctx"); }
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/sync") throw new TypeError("ep sync");
    if (p === "/async") { await null; throw new SyntaxError("ep async"); }
    if (p === "/stream") return new Response(new ReadableStream({ start(c) { c.error(new Error("stream broke")); } }));
    return new Response("ep ok");
  }
}`) },
        { name: "ctor", routes: ["ctor.mf/*"], ...mod(`
import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  constructor(ctx, env) { super(ctx, env); throw new RangeError("in constructor"); }
  fetch() { return new Response("never"); }
}`) },
        { name: "sw", routes: ["sw.mf/*"], ...sw(`
addEventListener("fetch", (e) => {
  e.respondWith((async () => { await new Promise((r) => setTimeout(r, 1)); throw new ReferenceError("sw late"); })());
});`) },
      ],
    },
    steps: ["http://localhost/sync", "http://localhost/async", "http://localhost/stream", "http://localhost/ok", "http://ctor.mf/", "http://sw.mf/"].map((u) => r("GET", u)),
  },
];

export const round3 = [
  {
    name: "httperr-multi-outbound-from-durable-object-and-waituntil",
    area: "multi-worker",
    description: "outboundService also answers fetch() from the worker's Durable Objects and from its waitUntil work; a POST body and a streamed request body reach the mock; the mock's streamed response reaches the caller",
    options: {
      workers: [
        { name: "app", outboundService: "mock", durableObjects: { OBJ: "Obj" }, ...mod(`
import { DurableObject } from "cloudflare:workers";
let late = null;
export class Obj extends DurableObject {
  async fetch(req) { const r = await fetch("https://do.example/x", { method: "POST", body: "from-do" }); return new Response(await r.text()); }
}
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/do") { const stub = env.OBJ.get(env.OBJ.idFromName("a")); return new Response(await (await stub.fetch("http://o/")).text()); }
  if (p === "/wu") { ctx.waitUntil(fetch("https://wu.example/late").then((r) => r.text()).then((t) => { late = t; })); return new Response("queued"); }
  if (p === "/late") { await new Promise((r) => setTimeout(r, 200)); return new Response(String(late)); }
  if (p === "/stream") {
    const { readable, writable } = new TransformStream();
    const w = writable.getWriter(); const enc = new TextEncoder();
    (async () => { await w.write(enc.encode("s1-")); await w.write(enc.encode("s2")); await w.close(); })();
    const r = await fetch("https://stream.example/echo", { method: "PUT", body: readable, duplex: "half" });
    return new Response(await r.text());
  }
  return new Response("?");
} };`) },
        { name: "mock", ...mod(`
export default { async fetch(req) {
  const u = new URL(req.url);
  const body = req.body ? await req.text() : null;
  if (u.pathname === "/echo") {
    const { readable, writable } = new TransformStream();
    const w = writable.getWriter(); const enc = new TextEncoder();
    (async () => { await w.write(enc.encode("echo:")); await w.write(enc.encode(body)); await w.close(); })();
    return new Response(readable);
  }
  return new Response(req.method + " " + u.host + u.pathname + " " + body);
} };`) },
      ],
    },
    steps: ["/do", "/wu", "/late", "/stream"].map((p) => r("GET", "http://localhost" + p)),
  },
  {
    name: "httperr-waituntil-in-rpc-and-entrypoint",
    area: "waituntil",
    description: "this.ctx.waitUntil in a WorkerEntrypoint's RPC method and fetch reached through a service binding keeps running after the call returns; its rejection does not reach the caller",
    options: {
      workers: [
        { name: "caller", serviceBindings: { EP: { name: "callee", entrypoint: "Ep" } }, ...mod(`
export default { async fetch(req, env) {
  const p = new URL(req.url).pathname;
  if (p === "/call") { const a = await env.EP.work("x"); const b = await (await env.EP.fetch("http://e/")).text(); return Response.json({ a, b }); }
  if (p === "/check") { await new Promise((r) => setTimeout(r, 200)); return Response.json(await env.EP.log()); }
  return new Response("?");
} };`) },
        { name: "callee", ...mod(`
import { WorkerEntrypoint } from "cloudflare:workers";
const log = [];
export class Ep extends WorkerEntrypoint {
  work(x) {
    this.ctx.waitUntil(new Promise((r) => setTimeout(() => { log.push("rpc-wu " + x); r(); }, 20)));
    this.ctx.waitUntil(Promise.reject(new Error("rpc wu rejected")));
    return "worked " + x;
  }
  async fetch() { this.ctx.waitUntil(new Promise((r) => setTimeout(() => { log.push("fetch-wu"); r(); }, 20))); return new Response("fetched"); }
  log() { return log; }
}
export default { fetch() { return new Response("default"); } };`) },
      ],
    },
    steps: [r("GET", "http://localhost/call"), r("GET", "http://localhost/check")],
  },
];

export const round4 = [
  {
    name: "httperr-http-response-length-mismatch-and-head",
    area: "http",
    description: "a worker's content-length that does not match its body (larger, smaller, not a number), on GET and HEAD; a HEAD answered with a stream; a 204 with a content-type",
    options: mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/smaller") return new Response("abcdef", { headers: { "content-length": "3" } });
  if (p === "/nan") return new Response("abc", { headers: { "content-length": "abc" } });
  if (p === "/headStream") return new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("streamed")); c.close(); } }), { headers: { "x-h": "1" } });
  if (p === "/204ct") return new Response(null, { status: 204, headers: { "content-type": "text/plain" } });
  if (p === "/headLen") return new Response("twelve chars", { headers: { "content-length": "12" } });
  return new Response("?");
} };`),
    steps: [r("GET", "http://localhost/smaller"), r("GET", "http://localhost/nan"), r("HEAD", "http://localhost/headStream"), r("GET", "http://localhost/204ct"), r("HEAD", "http://localhost/headLen"), r("GET", "http://localhost/headLen")],
  },
  {
    name: "httperr-formats-sw-bindings-shadowing-globals",
    area: "formats",
    description: "service-worker format: vars whose names are globals (a var named URL or name) shadow them as globals; a KV binding's global; typeof of the shadowed names",
    options: sw(`
addEventListener("fetch", (e) => {
  e.respondWith(new Response(JSON.stringify({ URL: typeof URL === "string" ? URL : typeof URL, name: typeof name === "undefined" ? "undef" : name, kvType: typeof KV.get, selfURL: typeof self.URL, num: NUM })));
});`, { bindings: { URL: "shadowed", name: "the-name", NUM: 3 }, kvNamespaces: ["KV"] }),
    steps: [r("GET", "http://localhost/")],
  },
];

export const round5 = [
  {
    name: "httperr-dispatch-namespace-shape-and-calls",
    area: "dispatch",
    description: "a dispatch namespace binding without a remote connection: its shape, get() with and without arguments, the worker stub's members, fetch with a Request, an RPC call on the stub",
    options: mod(`
export default { async fetch(req, env) {
  const out = {};
  const d = env.DISPATCHER;
  out.type = typeof d; out.keys = Object.keys(d); out.str = Object.prototype.toString.call(d); out.json = JSON.stringify(d);
  out.getNoArgs = await t(() => typeof d.get());
  out.getOpts = await t(() => typeof d.get("w", {}, { limits: { cpuMs: 10, subRequests: 5 }, outbound: { a: 1 } }));
  const w = d.get("w");
  out.stubType = typeof w; out.stubFetch = typeof w.fetch; out.stubConnect = typeof w.connect;
  out.fetchReq = await t(async () => (await w.fetch(new Request("http://x/", { method: "POST", body: "b" }))).status);
  out.rpc = await t(() => w.someMethod(1));
  out.envKeys = Object.keys(env);
  return Response.json(out);
} };`, { dispatchNamespaces: { DISPATCHER: { namespace: "ns" } }, bindings: { V: 1 } }),
    steps: [r("GET", "http://localhost/")],
  },
];

export const round6 = [
  {
    name: "httperr-http-global-fetch-unreachable",
    area: "http",
    description: "a worker's global fetch() to an address nothing listens on and to a host name that does not resolve: the error class and message the worker catches, and the 500 when it does not catch",
    options: mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/caught") return Response.json({ refused: await t(() => fetch("http://127.0.0.1:1/x").then((r) => r.status)), dns: await t(() => fetch("http://no-such-host.invalid/").then((r) => r.status)).then((x) => (x.error ? { ...x, error: { ...x.error, message: x.error.message.replace(/reference = \\w+/, "reference = X") } } : x)) });
  if (p === "/uncaught") return fetch("http://127.0.0.1:1/y");
  return new Response("?");
} };`),
    steps: [r("GET", "http://localhost/caught"), { ...r("GET", "http://localhost/uncaught") }],
  },
];

export const round7 = [
  {
    name: "httperr-http-large-and-many-request-headers",
    area: "http",
    description: "request headers at sizes the HTTP layer may refuse: a 16 KB value, a 60 KB value, 150 headers; what the worker sees of them",
    options: mod(`
export default { async fetch(req) {
  const big = req.headers.get("x-big");
  let n = 0; for (const [k] of req.headers) if (k.startsWith("x-n")) n++;
  return Response.json({ bigLen: big ? big.length : null, many: n });
} };`),
    steps: [
      r("GET", "http://localhost/a", { "x-big": "v".repeat(16 * 1024) }),
      r("GET", "http://localhost/b", { "x-big": "v".repeat(60 * 1024) }),
      r("GET", "http://localhost/c", Object.fromEntries(Array.from({ length: 150 }, (_, i) => ["x-n" + i, "v" + i]))),
    ],
  },
];

export const round8 = [
  {
    name: "httperr-waituntil-cloudflare-workers-exports",
    area: "waituntil",
    description: "the cloudflare:workers module's exports at 2025-01-01: its names, the env export compared with the handler's env, the waitUntil export called inside a request keeping work alive",
    options: mod(`
import * as cw from "cloudflare:workers";
let done = [];
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/keys") return Response.json({ keys: Object.keys(cw).sort(), envSame: cw.env === env, envV: cw.env?.V ?? null, wu: typeof cw.waitUntil });
  if (p === "/wu") { const r = await t(() => cw.waitUntil(new Promise((res) => setTimeout(() => { done.push("wu"); res(); }, 20)))); return Response.json(r); }
  if (p === "/check") { await new Promise((res) => setTimeout(res, 150)); return Response.json(done); }
  return new Response("?");
} };`, { bindings: { V: "v" } }),
    steps: [r("GET", "http://localhost/keys"), r("GET", "http://localhost/wu"), r("GET", "http://localhost/check")],
  },
];

export default [...round1, ...round2, ...round3, ...round4, ...round5, ...round6, ...round7, ...round8];
