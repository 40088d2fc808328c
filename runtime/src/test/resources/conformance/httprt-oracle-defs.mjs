// Re-record: cd /work/wt/oracle && DEFS_DIR=<folder with _h.mjs and this file> RECORD_OUT=<out> node record.mjs httprt-
import { CD, PRELUDE } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const sw = (script, extra = {}) => ({ compatibilityDate: CD, script: PRELUDE + script, ...extra });
const gets = (paths, host = "http://localhost") => paths.map((p) => r("GET", host + p));

export const b1 = [
  {
    name: "httprt-http-content-encoding-auto-variants",
    area: "http",
    description: "a worker's response with a content-encoding the runtime encodes itself (gzip, br, deflate, upper case, several values, unknown), on empty bodies, JSON, HEAD and 204, and with the client's accept-encoding",
    options: mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  const ce = (v, body = "encoded " + v, init = {}) => new Response(body, { ...init, headers: { "content-encoding": v, "x-ce": v, ...(init.headers ?? {}) } });
  if (p === "/gzip") return ce("gzip");
  if (p === "/br") return ce("br");
  if (p === "/upper") return ce("GZIP");
  if (p === "/multi") return ce("gzip, br");
  if (p === "/unknown") return ce("x-custom");
  if (p === "/identity") return ce("identity");
  if (p === "/empty") return ce("gzip", "");
  if (p === "/json") return Response.json({ a: "json" }, { headers: { "content-encoding": "gzip" } });
  if (p === "/204") return new Response(null, { status: 204, headers: { "content-encoding": "gzip" } });
  if (p === "/big") return ce("gzip", "z".repeat(100000));
  if (p === "/stream") return new Response(new Response("streamed gzip").body, { headers: { "content-encoding": "gzip" } });
  if (p === "/ae") return new Response(String(req.headers.get("accept-encoding")));
  return new Response("?");
} };`),
    steps: [
      ...gets(["/gzip", "/br", "/unknown", "/identity", "/empty", "/json", "/204", "/big", "/stream", "/ae"]),
      r("HEAD", "http://localhost/gzip"),
      r("GET", "http://localhost/gzip", { "accept-encoding": "identity" }),
      r("GET", "http://localhost/br", { "accept-encoding": "gzip" }),
      r("GET", "http://localhost/ae", { "accept-encoding": "br" }),
    ],
  },
  {
    name: "httprt-http-content-encoding-manual-bodies",
    area: "http",
    description: "encodeBody manual: a worker sends bytes it compressed itself (gzip, deflate) or identity bytes under a content-encoding; what dispatchFetch answers",
    options: mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  const comp = (fmt, text) => new Response(text).body.pipeThrough(new CompressionStream(fmt));
  if (p === "/gzip") return new Response(comp("gzip", "manual gzip body"), { encodeBody: "manual", headers: { "content-encoding": "gzip" } });
  if (p === "/deflate") return new Response(comp("deflate", "manual deflate body"), { encodeBody: "manual", headers: { "content-encoding": "deflate" } });
  if (p === "/gzipBuf") { const b = await new Response(comp("gzip", "buffered gzip")).arrayBuffer(); return new Response(b, { encodeBody: "manual", headers: { "content-encoding": "gzip", "content-type": "text/plain" } }); }
  if (p === "/gzipJson") return new Response(comp("gzip", JSON.stringify({ m: 1 })), { encodeBody: "manual", headers: { "content-encoding": "gzip", "content-type": "application/json" } });
  if (p === "/plain") return new Response("manual no encoding", { encodeBody: "manual" });
  if (p === "/unknown") return new Response("manual unknown", { encodeBody: "manual", headers: { "content-encoding": "x-zip" } });
  if (p === "/encodeBodyValue") { const r = new Response("x", { encodeBody: "manual" }); const a = new Response("x", { encodeBody: "automatic" }); const n = new Response("x"); return Response.json({ r: r.encodeBody, a: a.encodeBody, n: n.encodeBody, bad: await t(() => new Response("x", { encodeBody: "other" }).encodeBody) }); }
  return new Response("?");
} };`),
    steps: [...gets(["/gzip", "/deflate", "/gzipBuf", "/gzipJson", "/plain", "/unknown", "/encodeBodyValue"]), r("HEAD", "http://localhost/gzip")],
  },
  {
    name: "httprt-http-request-content-encoding-seen",
    area: "http",
    description: "a request sent with a content-encoding header and a plain body: what the worker reads; accept-encoding variants as the worker sees them",
    options: mod(`
export default { async fetch(req) {
  const h = {};
  for (const k of ["content-encoding", "accept-encoding", "content-type", "content-length", "transfer-encoding"]) h[k] = req.headers.get(k);
  const body = await t(() => req.text());
  return Response.json({ h, body });
} };`),
    steps: [
      r("POST", "http://localhost/", { "content-encoding": "gzip" }, "not really gzip"),
      r("POST", "http://localhost/", { "content-encoding": "identity", "accept-encoding": "*" }, "plain"),
      r("PUT", "http://localhost/", { "accept-encoding": "gzip;q=1.0, identity; q=0.5, *;q=0" }, ""),
    ],
  },
];

export const b2 = [
  {
    name: "httprt-http-stream-chunk-types",
    area: "http",
    description: "response bodies from streams whose chunks are ArrayBuffers, DataViews, Uint16Arrays, empty views; a byte stream; a FixedLengthStream written short or long; an empty Uint8Array body",
    options: mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  const st = (chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
  if (p === "/ab") return new Response(st([new TextEncoder().encode("ab-").buffer, new TextEncoder().encode("buf").buffer]));
  if (p === "/dv") return new Response(st([new DataView(new TextEncoder().encode("dv").buffer)]));
  if (p === "/u16") return new Response(st([new Uint16Array([0x6968])]));
  if (p === "/empty") return new Response(st([new Uint8Array(0), new TextEncoder().encode("x"), new Uint8Array(0)]));
  if (p === "/bytes") return new Response(new ReadableStream({ type: "bytes", start(c) { c.enqueue(new TextEncoder().encode("byte stream")); c.close(); } }));
  if (p === "/pull") { let i = 0; return new Response(new ReadableStream({ pull(c) { if (i < 3) c.enqueue(new TextEncoder().encode("p" + i++)); else c.close(); } })); }
  if (p === "/fixedShort") { const { readable, writable } = new FixedLengthStream(10); const w = writable.getWriter(); w.write(new TextEncoder().encode("short")).catch(() => {}); w.close().catch(() => {}); return new Response(readable); }
  if (p === "/fixedLong") { const { readable, writable } = new FixedLengthStream(2); const w = writable.getWriter(); w.write(new TextEncoder().encode("toolong")).catch(() => {}); w.close().catch(() => {}); return new Response(readable); }
  if (p === "/u8empty") return new Response(new Uint8Array(0));
  if (p === "/emptyString") return new Response("");
  if (p === "/nullBody") return new Response(null, { headers: { "x-n": "1" } });
  if (p === "/sab") return new Response(new Uint8Array(new SharedArrayBuffer(2)));
  return new Response("?");
} };`),
    steps: gets(["/ab", "/dv", "/u16", "/empty", "/bytes", "/pull", "/fixedShort", "/fixedLong", "/u8empty", "/emptyString", "/nullBody"]),
  },
  {
    name: "httprt-http-redirect-responses-shapes",
    area: "http",
    description: "redirect-like responses through dispatchFetch (not followed): statuses 300 to 308 with and without Location, bodies on redirects, relative, empty and protocol-relative Locations, a Location with spaces and a fragment",
    options: mod(`
export default { async fetch(req) {
  const u = new URL(req.url);
  const s = Number(u.searchParams.get("s") ?? 302);
  const loc = u.searchParams.get("loc");
  const h = loc === null ? {} : { location: loc };
  const body = u.searchParams.get("body");
  return new Response(body, { status: s, headers: h });
} };`),
    steps: gets(["/?s=300&loc=/a", "/?s=301&loc=http://x.mf/&body=moved", "/?s=303&loc=//proto.mf/p", "/?s=304", "/?s=305&loc=/u", "/?s=306&loc=/u", "/?s=307&loc=", "/?s=308&loc=/a%20b#frag", "/?s=302&loc=../up?x=1", "/?s=399&loc=/x&body=b", "/?s=302&body=nolocation"]),
  },
  {
    name: "httprt-routing-wildcards-inside-patterns",
    area: "routing",
    description: "routes on any host whose path holds a star before its end (a literal star there), a path star after a dot, a path star right after the slash, and which worker answers",
    options: { workers: [
      { name: "first", ...mod(`export default { fetch(req) { const u = new URL(req.url); return new Response("first " + u.host + u.pathname); } };`) },
      { name: "lit", routes: ["*/lit/*/x"], ...mod(`export default { fetch(req) { const u = new URL(req.url); return new Response("lit " + u.host + u.pathname); } };`) },
      { name: "anyq", routes: ["*/q*"], ...mod(`export default { fetch(req) { const u = new URL(req.url); return new Response("anyq " + u.host + u.pathname + u.search); } };`) },
      { name: "dotstar", routes: ["dot.mf/file.*"], ...mod(`export default { fetch(req) { const u = new URL(req.url); return new Response("dotstar " + u.pathname); } };`) },
    ] },
    steps: ["http://h.mf/lit/*/x", "http://h.mf/lit/a/x", "http://h.mf/lit/%2A/x", "http://h.mf/lit/*/xy", "http://h.mf/q", "http://h.mf/query?x", "http://h.mf/?q", "http://dot.mf/file.txt", "http://dot.mf/file.", "http://dot.mf/file"].map((u) => r("GET", u)),
  },
  {
    name: "httprt-routing-default-ports-userinfo-and-odd-urls",
    area: "routing",
    description: "routes with explicit default ports (:80 on http, :443 on https) against URLs without them, a non-default port route, URLs with user info, a double slash path, an empty path and a bare query",
    options: { workers: [
      { name: "first", ...mod(`export default { fetch(req) { const u = new URL(req.url); return new Response("first " + req.url); } };`) },
      { name: "p80", routes: ["p80.mf:80/*"], ...mod(`export default { fetch(req) { return new Response("p80 " + req.url); } };`) },
      { name: "p443", routes: ["https://p443.mf:443/*"], ...mod(`export default { fetch(req) { return new Response("p443 " + req.url); } };`) },
      { name: "p81", routes: ["p81.mf:81/*"], ...mod(`export default { fetch(req) { return new Response("p81 " + req.url); } };`) },
      { name: "slash", routes: ["slash.mf//x*"], ...mod(`export default { fetch(req) { return new Response("slash " + req.url); } };`) },
      { name: "root", routes: ["root.mf/"], ...mod(`export default { fetch(req) { return new Response("root " + req.url); } };`) },
    ] },
    steps: ["http://p80.mf/a", "http://p80.mf:80/a", "http://p80.mf:8080/a", "https://p443.mf/a", "https://p443.mf:8443/a", "http://p81.mf/a", "http://p81.mf:81/a", "http://slash.mf//x/y", "http://slash.mf/x", "http://root.mf", "http://root.mf/?q", "http://root.mf/#f"].map((u) => r("GET", u)),
  },
  {
    name: "httprt-waituntil-stale-ctx-and-event",
    area: "waituntil",
    description: "a ctx kept from an earlier request: waitUntil and passThroughOnException called on it during a later request and from a timer after its request ended",
    options: mod(`
let old = null; const log = [];
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/keep") { old = ctx; return new Response("kept"); }
  if (p === "/use") {
    const a = await t(() => old.waitUntil(new Promise((r) => setTimeout(() => { log.push("old-wu"); r(); }, 10))));
    const b = await t(() => old.passThroughOnException());
    const same = old === ctx;
    return Response.json({ a, b, same });
  }
  if (p === "/log") { await new Promise((r) => setTimeout(r, 100)); return Response.json(log); }
  return new Response("?");
} };`),
    steps: gets(["/keep", "/use", "/log"]),
  },
  {
    name: "httprt-waituntil-durable-object-ctx",
    area: "waituntil",
    description: "this.ctx.waitUntil inside a Durable Object's fetch: its return value, argument checks, work continuing after the response and visible to the next call",
    options: mod(`
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  log = [];
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/log") { await new Promise((r) => setTimeout(r, 80)); return Response.json(this.log); }
    const ret = await t(() => this.ctx.waitUntil(new Promise((r) => setTimeout(() => { this.log.push("do-wu"); r(); }, 20))));
    const num = await t(() => this.ctx.waitUntil(1));
    const none = await t(() => this.ctx.waitUntil());
    const rej = await t(() => this.ctx.waitUntil(Promise.reject(new Error("do rejected"))));
    return Response.json({ ret, num, none, rej, type: typeof this.ctx.waitUntil });
  }
}
export default { async fetch(req, env) {
  const stub = env.OBJ.get(env.OBJ.idFromName("x"));
  return stub.fetch(req);
} };`, { durableObjects: { OBJ: "Obj" } }),
    steps: gets(["/", "/log"]),
  },
  {
    name: "httprt-errors-sw-respondwith-timing",
    area: "errors",
    description: "service-worker respondWith from a queued microtask, respondWith twice in one listener, stopImmediatePropagation before a later listener responds, a listener that never responds, respondWith with a Response subclass",
    options: sw(`
addEventListener("fetch", (e) => {
  const p = new URL(e.request.url).pathname;
  if (p === "/micro") { queueMicrotask(() => { try { e.respondWith(new Response("micro")); } catch (err) { console.log("micro", err.message); } }); return; }
  if (p === "/twice") { e.respondWith(new Response("first")); e.respondWith(new Response("second")); return; }
  if (p === "/twiceCaught") { e.respondWith(new Response("first caught")); let m; try { e.respondWith(new Response("second")); } catch (err) { m = err.name + ": " + err.message; } console.log(m); return; }
  if (p === "/stop") { e.stopImmediatePropagation(); return; }
  if (p === "/none") return;
  if (p === "/sub") { class R extends Response {} e.respondWith(new R("subclass")); return; }
  if (p === "/prevent") { e.preventDefault(); return; }
});
addEventListener("fetch", (e) => {
  const p = new URL(e.request.url).pathname;
  if (p === "/stop" || p === "/prevent") e.respondWith(new Response("second listener " + e.defaultPrevented));
});`),
    steps: gets(["/micro", "/twice", "/twiceCaught", "/stop", "/none", "/sub", "/prevent"]).map((s) => ({ ...s })),
  },
  {
    name: "httprt-errors-modules-response-like-returns",
    area: "errors",
    description: "what dispatchFetch answers when a modules handler returns a Proxy of a Response, an object made from Response.prototype, a frozen Response, the request's own body echoed, a Response built from another Response",
    options: mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/proxy") return new Proxy(new Response("proxied"), {});
  if (p === "/protoObj") return Object.create(Response.prototype);
  if (p === "/frozen") return Object.freeze(new Response("frozen"));
  if (p === "/echo") return new Response(req.body, { headers: { "x-echo": "1" } });
  if (p === "/fromResponse") return new Response(new Response("inner", { status: 201, headers: { "x-i": "1" } }).body, new Response("x", { status: 202, headers: { "x-o": "2" } }));
  if (p === "/symbol") return Symbol("s");
  if (p === "/fn") return () => new Response("fn");
  if (p === "/bigint") return 10n;
  return new Response("?");
} };`),
    steps: [...gets(["/proxy", "/protoObj", "/frozen"]), r("POST", "http://localhost/echo", {}, "echo me"), ...gets(["/fromResponse", "/symbol", "/fn", "/bigint"])],
  },
];

export const b3 = [
  {
    name: "httprt-waituntil-never-settling-and-long",
    area: "waituntil",
    description: "a waitUntil promise that never settles and one waiting 3 s do not hold the response or the next requests; a short one finishes while they are pending",
    options: mod(`
const log = [];
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/start") {
    ctx.waitUntil(new Promise(() => {}));
    ctx.waitUntil(new Promise((r) => setTimeout(() => { log.push("long"); r(); }, 3000)));
    ctx.waitUntil(new Promise((r) => setTimeout(() => { log.push("short"); r(); }, 20)));
    return new Response("started");
  }
  if (p === "/log") { await new Promise((r) => setTimeout(r, 100)); return Response.json(log); }
  return new Response("?");
} };`),
    steps: gets(["/start", "/log"]),
  },
  {
    name: "httprt-http-conditional-and-range-requests",
    area: "http",
    description: "conditional and range request headers against a worker's response with an ETag and Last-Modified: the runtime answers the worker's response as it is (no 304, no 206)",
    options: mod(`
export default { async fetch(req) {
  return new Response("0123456789", { headers: { etag: '"v1"', "last-modified": "Wed, 21 Oct 2015 07:28:00 GMT", "accept-ranges": "bytes", "cache-control": "max-age=60" } });
} };`),
    steps: [
      r("GET", "http://localhost/", { "if-none-match": '"v1"' }),
      r("GET", "http://localhost/", { "if-modified-since": "Wed, 21 Oct 2015 07:28:00 GMT" }),
      r("GET", "http://localhost/", { range: "bytes=2-4" }),
      r("GET", "http://localhost/", { "if-match": '"other"' }),
      r("HEAD", "http://localhost/", { "if-none-match": "*" }),
    ],
  },
  {
    name: "httprt-errors-handler-odd-shapes",
    area: "errors",
    description: "fetch handlers of odd shapes: an async generator function, a handler returning a rejecting thenable, a Proxy of a function, a bound function, this inside the handler",
    options: { workers: [
      { name: "first", ...mod(`export default { fetch() { return new Response("first"); } };`) },
      { name: "gen", routes: ["gen.mf/*"], ...mod(`export default { async *fetch() { yield new Response("gen"); } };`) },
      { name: "thenrej", routes: ["thenrej.mf/*"], ...mod(`export default { fetch() { return { then(_, rej) { rej(new TypeError("thenable rejected")); } }; } };`) },
      { name: "proxyfn", routes: ["proxyfn.mf/*"], ...mod(`export default { fetch: new Proxy(function () {}, { apply() { return new Response("proxied fn"); } }) };`) },
      { name: "bound", routes: ["bound.mf/*"], ...mod(`const o = { v: "bound this" }; export default { v: "export this", fetch: function () { return new Response(this.v); }.bind(o) };`) },
      { name: "thisv", routes: ["thisv.mf/*"], ...mod(`export default { v: "export this", fetch() { return new Response(String(this?.v)); } };`) },
      { name: "arrow", routes: ["arrow.mf/*"], ...mod(`export default { v: "x", fetch: () => new Response(typeof this) };`) },
    ] },
    steps: ["http://localhost/", "http://gen.mf/", "http://thenrej.mf/", "http://proxyfn.mf/", "http://bound.mf/", "http://thisv.mf/", "http://arrow.mf/"].map((u) => r("GET", u)),
  },
  {
    name: "httprt-routing-encoded-patterns-and-trailing-dot-hosts",
    area: "routing",
    description: "route paths written with a space, a percent-encoded and a raw non-ASCII character, against requests with either form; request hosts with a trailing dot",
    options: { workers: [
      { name: "first", ...mod(`export default { fetch(req) { return new Response("first " + req.url); } };`) },
      { name: "space", routes: ["enc.mf/a b/*"], ...mod(`export default { fetch(req) { return new Response("space " + req.url); } };`) },
      { name: "pct", routes: ["enc.mf/caf%C3%A9/*"], ...mod(`export default { fetch(req) { return new Response("pct " + req.url); } };`) },
      { name: "raw", routes: ["enc.mf/naïve/*"], ...mod(`export default { fetch(req) { return new Response("raw " + req.url); } };`) },
      { name: "api", routes: ["api.mf/*"], ...mod(`export default { fetch(req) { return new Response("api " + req.url); } };`) },
    ] },
    steps: ["http://enc.mf/a b/x", "http://enc.mf/a%20b/x", "http://enc.mf/café/x", "http://enc.mf/caf%C3%A9/x", "http://enc.mf/caf%c3%a9/x", "http://enc.mf/naïve/x", "http://enc.mf/na%C3%AFve/x", "http://api.mf./x", "http://API.mf/x"].map((u) => r("GET", u)),
  },
  {
    name: "httprt-http-many-and-odd-response-headers",
    area: "http",
    description: "a response with 200 headers, a value of inner tabs and spaces, a header appended then deleted, names differing only in case appended together",
    options: mod(`
export default { async fetch(req) {
  const h = new Headers();
  for (let i = 0; i < 200; i++) h.set("x-h" + i, "v" + i);
  h.set("x-inner", "a\\t b  c");
  h.append("x-gone", "1"); h.delete("x-gone");
  h.append("X-Case", "upper"); h.append("x-case", "lower");
  return new Response("many", { headers: h });
} };`),
    steps: gets(["/"]),
  },
];

export const b4 = [
  {
    name: "httprt-http-content-encoding-through-service-binding",
    area: "http",
    description: "a service binding's callee answering with content-encoding gzip, automatic and manual: the body and headers the caller's fetch reads, and what reaches dispatchFetch when the caller passes the response on",
    options: { workers: [
      { name: "caller", serviceBindings: { S: "callee" }, ...mod(`
export default { async fetch(req, env) {
  const p = new URL(req.url).pathname;
  if (p.startsWith("/pass")) return env.S.fetch("http://c" + p.slice(5));
  const r = await env.S.fetch("http://c" + p);
  const bytes = new Uint8Array(await r.arrayBuffer());
  return Response.json({ status: r.status, ce: r.headers.get("content-encoding"), len: bytes.length, first: bytes[0], text: new TextDecoder().decode(bytes) });
} };
`) },
      { name: "callee", ...mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/auto") return new Response("auto via binding", { headers: { "content-encoding": "gzip" } });
  if (p === "/manual") return new Response(new Response("manual via binding").body.pipeThrough(new CompressionStream("gzip")), { encodeBody: "manual", headers: { "content-encoding": "gzip" } });
  if (p === "/plain") return new Response("plain via binding");
  return new Response("?");
} };`) },
    ] },
    steps: gets(["/auto", "/manual", "/plain", "/pass/auto", "/pass/manual"]),
  },
];

export const b5 = [
  {
    name: "httprt-http-long-urls",
    area: "http",
    description: "request URLs with long paths and queries (2 KB to 100 KB): the status and what the worker sees of their length",
    options: mod(`
export default { async fetch(req) {
  const u = new URL(req.url);
  return Response.json({ path: u.pathname.length, query: u.search.length });
} };`),
    steps: [
      r("GET", "http://localhost/" + "p".repeat(2048)),
      r("GET", "http://localhost/" + "p".repeat(16 * 1024)),
      r("GET", "http://localhost/" + "p".repeat(64 * 1024)),
      r("GET", "http://localhost/" + "p".repeat(100 * 1024)),
      r("GET", "http://localhost/q?" + "a=1&".repeat(8000)),
    ],
  },
  {
    name: "httprt-waituntil-sw-detached",
    area: "waituntil",
    description: "service-worker event.waitUntil called detached and on another receiver: workerd's illegal invocation",
    options: sw(`
const log = [];
addEventListener("fetch", (e) => {
  const p = new URL(e.request.url).pathname;
  if (p === "/start") {
    const w = e.waitUntil;
    try { w(Promise.resolve()); log.push("detached-ok"); } catch (err) { log.push("detached " + err.name + ": " + err.message); }
    try { e.waitUntil.call({}, Promise.resolve()); log.push("other-ok"); } catch (err) { log.push("other " + err.name + ": " + err.message); }
    e.respondWith(new Response("started"));
    return;
  }
  e.respondWith(new Promise((r) => setTimeout(() => r(new Response(JSON.stringify(log))), 100)));
});`),
    steps: gets(["/start", "/log"]),
  },
];

export const b6 = [
  {
    name: "httprt-waituntil-timers-after-the-request-ends",
    area: "waituntil",
    description: "timers a request set that are still pending when the request and its waitUntil work end never fire; while a waitUntil promise is pending they do",
    options: mod(`
const log = [];
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/bare") { setTimeout(() => log.push("bare-5"), 5); setTimeout(() => log.push("bare-0"), 0); return new Response("bare"); }
  if (p === "/kept") {
    ctx.waitUntil(new Promise((r) => setTimeout(r, 60)));
    setTimeout(() => log.push("kept-5"), 5);
    setTimeout(() => log.push("kept-300"), 300);
    return new Response("kept");
  }
  if (p === "/log") { await new Promise((r) => setTimeout(r, 500)); return Response.json(log); }
  return new Response("?");
} };`),
    steps: gets(["/bare", "/log", "/kept", "/log"]),
  },
];

export const b7 = [
  {
    name: "httprt-errors-thrown-in-callee-answered-by-caller",
    area: "errors",
    description: "a worker answering with what a service binding or a Durable Object gives it, when the callee throws: the caller's fetch rejects and the uncaught error reaches dispatchFetch; caught, its class and message",
    options: { workers: [
      { name: "caller", serviceBindings: { S: "callee" }, durableObjects: { OBJ: "Obj" }, ...mod(`
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) { const p = new URL(req.url).pathname; if (p.endsWith("/type")) throw new TypeError("do type"); throw new Error("do plain"); }
}
export default { async fetch(req, env) {
  const p = new URL(req.url).pathname;
  const stub = env.OBJ.get(env.OBJ.idFromName("a"));
  if (p === "/sb") return env.S.fetch("http://c/throw");
  if (p === "/sbCustom") return env.S.fetch("http://c/custom");
  if (p === "/do") return stub.fetch("http://o/x");
  if (p === "/doType") return stub.fetch("http://o/type");
  if (p === "/caught") return Response.json({ sb: await t(() => env.S.fetch("http://c/throw")), custom: await t(() => env.S.fetch("http://c/custom")), do: await t(() => stub.fetch("http://o/type")) });
  return new Response("?");
} };`) },
      { name: "callee", ...mod(`
class MyError extends Error { constructor(m) { super(m); this.name = "MyError"; } }
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/custom") throw new MyError("custom callee");
  throw new RangeError("callee range");
} };`) },
    ] },
    steps: gets(["/sb", "/sbCustom", "/do", "/doType", "/caught"]),
  },
];

export default [...b1, ...b2, ...b3, ...b4, ...b5, ...b6, ...b7];
