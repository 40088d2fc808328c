// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && cd runtime && DEFS_DIR=d RECORD_OUT=<out> node /work/wt/oracle/record.mjs kv20- (from the runtime module: the modules-from-disk case reads its files)
import { CD, PRELUDE } from "./_h.mjs";

const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/", host = "http://localhost") => r("GET", host + p);
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const kvCase = (name, description, body, extra = {}) => ({
  name, area: "kv", description,
  options: mod(`export default { async fetch(req, env, ctx) { const KV = env.KV; const out = {};
${body}
  return Response.json(out); } };`, { kvNamespaces: ["KV"], ...extra }),
  steps: [G()],
});
const cacheCase = (name, description, body) => ({
  name, area: "cache", description,
  options: mod(`export default { async fetch(req, env, ctx) { const out = {}; const c = caches.default;
const nb = (s) => s.replace(/miniflare-boundary-[0-9a-f-]+/g, "BOUNDARY");
const snap = async (r) => r === undefined ? "miss" : typeof r === "string" ? r : [r.status, [...r.headers].filter(([k]) => k !== "date" && k !== "age").map(([k, v]) => [k, nb(v)]), nb(await r.text())];
${body}
  return Response.json(out); } };`),
  steps: [G()],
});

export default [
  kvCase("kv20-kv-list-cursor-forms", "list with cursors of odd forms: empty, blank, not base64, base64 of a key, a number, a cursor of a prefixed listing used without the prefix, and the shape of a real cursor",
`for (const k of ["a", "b", "c", "d"]) await KV.put(k, k);
const names = (l) => [l.keys.map((k) => k.name), l.list_complete, typeof l.cursor];
const p = await KV.list({ limit: 2 });
out.real = [typeof p.cursor, p.cursor.length > 0];
for (const [n, c] of Object.entries({ empty: "", blank: "   ", junk: "not base64!", b64a: btoa("a"), b64b: btoa("b"), num: 12, zero: 0, f: false, obj: { toString() { return "x"; } } }))
  out[n] = await t(async () => names(await KV.list({ cursor: c, limit: 2 })));
const pp = await KV.list({ prefix: "a", limit: 1 });
out.prefixCursorNoPrefix = await t(async () => names(await KV.list({ cursor: pp.cursor })));
out.cursorOnComplete = await t(async () => { const l = await KV.list(); return ["cursor" in l, l.cursor ?? null]; });`),
  kvCase("kv20-kv-options-read-order", "the order in which get, getWithMetadata, put and list read their options' members (a Proxy logs each get), and a getter that throws: thrown or rejected",
`const log = [];
const spy = (o) => new Proxy(o, { get(t, k, r) { if (typeof k === "string") log.push(k); return Reflect.get(t, k, r); }, has(t, k) { log.push("has:" + String(k)); return Reflect.has(t, k); } });
await KV.put("k", "v");
log.length = 0; await KV.get("k", spy({ type: "text", cacheTtl: 60 })); out.get = [...log];
log.length = 0; await KV.getWithMetadata("k", spy({ type: "json", cacheTtl: 60 })).catch(() => 0); out.gwm = [...log];
log.length = 0; await KV.put("k2", "v", spy({ metadata: { a: 1 }, expirationTtl: 120, expiration: 2000000000 })); out.put = [...log];
log.length = 0; await KV.list(spy({ prefix: "k", limit: 5, cursor: undefined })); out.list = [...log];
log.length = 0; await KV.get(["k"], spy({ type: "text" })); out.bulk = [...log];
const thrower = (name) => Object.defineProperty({}, name, { get() { throw new RangeError("boom " + name); } });
for (const [m, name, call] of [["get", "type", (o) => KV.get("k", o)], ["get", "cacheTtl", (o) => KV.get("k", o)], ["put", "metadata", (o) => KV.put("k", "v", o)], ["put", "expiration", (o) => KV.put("k", "v", o)], ["list", "prefix", (o) => KV.list(o)], ["list", "limit", (o) => KV.list(o)]]) {
  let how; try { const p = call(thrower(name)); how = "returned"; await p; } catch (e) { how = (how ?? "threw") + ":" + e.name + ":" + e.message; }
  out[m + "_" + name] = how;
}`),
  kvCase("kv20-kv-values-typed-array-kinds-read-back", "values of every typed array kind, Float64 with NaN, BigInt64, DataView over part of a buffer, and an ArrayBuffer of 0 bytes: bytes stored, text read back, arrayBuffer lengths",
`const vals = { u16: new Uint16Array([1, 0xffff]), i8: new Int8Array([-1, 2]), f32: new Float32Array([1.5]), f64: new Float64Array([NaN]), b64: new BigInt64Array([-1n]), u8c: new Uint8ClampedArray([300, -5]), dv: new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2), empty: new ArrayBuffer(0), sub: new Uint8Array([1,2,3,4,5]).subarray(2, 4) };
for (const [n, v] of Object.entries(vals)) { await KV.put(n, v); const b = await KV.get(n, "arrayBuffer"); out[n] = [b.byteLength, hex(b), (await KV.getWithMetadata(n, "stream")).value instanceof ReadableStream]; }`),
  {
    name: "kv20-kv-namespace-ids-and-binding-names", area: "kv",
    description: "a KV namespace whose id equals another binding's name; two bindings of one id in one worker where one binding name is an integer-like string; list seen through both",
    options: mod(`export default { async fetch(req, env) { const out = {};
  await env["1"].put("x", "1"); await env.B.put("y", "2");
  out.keys = Object.keys(env);
  out.one = (await env["1"].list()).keys.map((k) => k.name); out.b = (await env.B.list()).keys.map((k) => k.name); out.c = (await env.C.list()).keys.map((k) => k.name);
  out.same = env["1"] === env.B;
  return Response.json(out); } };`, { kvNamespaces: { "1": "ns", B: "ns", C: "B" } }),
    steps: [G()],
  },
  {
    name: "kv20-vars-bindings-and-kinds-same-name-json", area: "vars",
    description: "bindings holding JSON with a __proto__ key, a constructor key, nested arrays of mixed types; a var and a text blob of the same name; env key order",
    options: mod(`export default { async fetch(req, env) { const out = {};
  out.keys = Object.keys(env);
  out.proto = [Object.getPrototypeOf(env.P) === Object.prototype, Object.keys(env.P), JSON.stringify(env.P), env.P.__proto__ === Object.prototype];
  out.ctor = [typeof env.C.constructor, JSON.stringify(env.C)];
  out.mixed = env.M;
  out.same = typeof env.SAME;
  return Response.json(out); } };`, { bindings: { P: JSON.parse('{"__proto__": {"x": 1}, "a": 2}'), C: { constructor: "c" }, M: [1, "a", null, [true, { b: [] }]], SAME: "var" }, textBlobBindings: {} }),
    steps: [G()],
  },
  {
    name: "kv20-multi-worker-service-binding-request-shape", area: "multi-worker",
    description: "what a worker reached by a service binding sees: the method, URL (with credentials, port, fragment), headers the caller set, cf, the body of each method, redirect handling and the response's url/redirected",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" },
        script: PRELUDE + `export default { async fetch(req, env) { const out = {};
  const call = async (url, init) => t(async () => { const r = await env.B.fetch(url, init); return [r.status, r.url, r.redirected, r.headers.get("location"), await r.text()]; });
  out.plain = await call("http://x/p?q=1#frag");
  out.creds = await call("https://user:pw@x:8443/p");
  out.post = await call("http://x/post", { method: "POST", body: "body!", headers: { "x-a": "1", "content-type": "text/odd" } });
  out.put = await call("http://x/put", { method: "PUT", body: new Uint8Array([1, 2]) });
  out.lower = await call("http://x/lower", { method: "patch", body: "p" });
  out.redirect = await call("http://x/redirect");
  out.redirectManual = await call("http://x/redirect", { redirect: "manual" });
  out.req = await call(new Request("http://x/req", { method: "DELETE", headers: { "x-r": "r" } }));
  out.relative = await call("/rel");
  return Response.json(out); } };` },
      { name: "b", modules: true, compatibilityDate: CD,
        script: `export default { async fetch(req) { const u = new URL(req.url);
  if (u.pathname === "/redirect") return Response.redirect("http://x/target", 302);
  return new Response(JSON.stringify([req.method, req.url, [...req.headers].filter(([k]) => !["cf-connecting-ip", "host", "accept-encoding"].includes(k)), typeof req.cf, req.cf === undefined ? null : Object.keys(req.cf).length > 0, await req.text()])); } };` },
    ] },
    steps: [G()],
  },
  cacheCase("kv20-cache-vary-and-header-rules", "Cache API: Vary by a request header (matching, differing, absent), Vary: *, Vary on several headers, headers case, put of a response with Vary: accept-encoding",
`const u = "http://cache.test/v";
const put = (url, vary, extra = {}) => c.put(url, new Response("body " + vary, { headers: { "cache-control": "max-age=60", vary, ...extra } }));
out.p1 = await t(() => put(new Request(u + "1", { headers: { "x-lang": "en" } }), "x-lang"));
out.m1same = await snap(await c.match(new Request(u + "1", { headers: { "x-lang": "en" } })));
out.m1diff = await snap(await c.match(new Request(u + "1", { headers: { "x-lang": "fr" } })));
out.m1none = await snap(await c.match(u + "1"));
out.m1case = await snap(await c.match(new Request(u + "1", { headers: { "X-LANG": "en" } })));
out.p2 = await t(() => put(u + "2", "*"));
out.m2 = await snap(await c.match(u + "2"));
out.p3 = await t(() => put(new Request(u + "3", { headers: { a: "1", b: "2" } }), "a, B"));
out.m3 = await snap(await c.match(new Request(u + "3", { headers: { a: "1", b: "2" } })));
out.m3b = await snap(await c.match(new Request(u + "3", { headers: { a: "1", b: "3" } })));
out.m3ignore = await snap(await c.match(new Request(u + "3", { headers: { a: "1" } }), { ignoreVary: true }).catch((e) => e.message));
out.p4 = await t(() => put(u + "4", "accept-encoding"));
out.m4 = await snap(await c.match(new Request(u + "4", { headers: { "accept-encoding": "br" } })));
out.p5 = await t(() => put(u + "5", ""));
out.m5 = await snap(await c.match(u + "5"));`),
  cacheCase("kv20-cache-etag-and-range-forms", "Cache API: ETag forms (weak, unquoted, list) against If-None-Match forms; Range with multiple ranges, overlapping, beyond length, zero-length body; 304 headers kept",
`const u = "http://cache.test/e";
const put = (n, etag, body = "0123456789") => c.put(u + n, new Response(body, { headers: { "cache-control": "max-age=60", etag, "x-keep": "k", "content-type": "text/plain" } }));
await put(1, '"abc"'); await put(2, 'W/"abc"'); await put(3, "abc"); await put(4, '"abc"', "");
const m = async (n, h) => snap(await c.match(new Request(u + n, { headers: h })));
for (const [n, inm] of [[1, '"abc"'], [1, 'W/"abc"'], [1, '"x", "abc"'], [1, "abc"], [2, '"abc"'], [2, 'W/"abc"'], [3, "abc"], [3, '"abc"'], [1, " \\"abc\\" "], [1, "*"]]) out["inm" + n + inm] = await m(n, { "if-none-match": inm });
for (const range of ["bytes=0-1,3-4", "bytes=0-5,3-8", "bytes=8-20", "bytes=10-", "bytes=-0", "bytes=0-0", "bytes=5-2", "items=0-1"]) out["r " + range] = await m(1, { range });
out.emptyRange = await m(4, { range: "bytes=0-0" });
out.emptyPlain = await m(4, {});`),
  cacheCase("kv20-cache-empty-header-values", "Cache API: a stored response's headers with empty values (vary, x-empty, etag, last-modified, content-type, a header of spaces): which come back on match",
`const u = "http://cache.test/h";
await c.put(u + 1, new Response("a", { headers: { "cache-control": "max-age=60", vary: "", "x-empty": "", etag: "", "last-modified": "", "x-spaces": "   " } }));
out.m1 = await snap(await c.match(u + 1));
out.m1inm = await snap(await c.match(new Request(u + 1, { headers: { "if-none-match": "" } })));
await c.put(u + 2, new Response("b", { headers: { "cache-control": "max-age=60", "content-type": "", vary: " , ", "x-list": "a, , b" } }));
out.m2 = await snap(await c.match(u + 2));
await c.put(new Request(u + 3, { headers: { "x-v": "" } }), new Response("c", { headers: { "cache-control": "max-age=60", vary: "x-v" } }));
out.m3 = await snap(await c.match(new Request(u + 3, { headers: { "x-v": "" } })));
out.m3other = await snap(await c.match(new Request(u + 3, { headers: { "x-v": "z" } })));`),
  {
    name: "kv20-multi-worker-service-binding-response-url", area: "multi-worker",
    description: "the url of a response from a service binding for URLs with credentials, a fragment, default ports, upper-case hosts, IDN hosts, dot segments; what the callee sees as req.url for each",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" },
        script: PRELUDE + `export default { async fetch(req, env) { const out = {};
  for (const u of ["https://user:pw@x:8443/p", "http://user@x/p", "http://:pw@x/p", "http://x:80/p#f", "https://X.EXAMPLE:443/a/../b/./c", "http://bücher.example/ä?ö=ü", "http://x/p?", "http://x/p#", "http://u:p@x/redirect"]) {
    out[u] = await t(async () => { const r = await env.B.fetch(u); return [r.url, r.redirected, await r.text()]; });
  }
  out.reqObj = await t(async () => { const r = await env.B.fetch(new Request("http://u:p@x/obj")); return [r.url, await r.text()]; });
  return Response.json(out); } };` },
      { name: "b", modules: true, compatibilityDate: CD,
        script: `export default { async fetch(req) { if (new URL(req.url).pathname === "/redirect") return Response.redirect("http://x/target", 301); return new Response(req.url); } };` },
    ] },
    steps: [G()],
  },
  cacheCase("kv20-cache-empty-header-values-by-name", "Cache API: which stored headers with an empty value come back on match, by header name",
`const names = ["etag", "last-modified", "vary", "expires", "content-type", "content-language", "content-encoding", "content-disposition", "x-a", "age", "link", "location", "accept-ranges", "server", "date", "content-range", "pragma", "cf-cache-status", "x-b"];
for (const [i, n] of names.entries()) { const h = new Headers({ "cache-control": "max-age=60" }); h.set(n, ""); await c.put("http://cache.test/n" + i, new Response("a", { headers: h }));
  const r = await c.match("http://cache.test/n" + i); out[n] = r === undefined ? "miss" : [r.headers.has(n), n === "date" ? typeof r.headers.get(n) : r.headers.get(n)]; }
const h2 = new Headers({ "cache-control": "max-age=60", etag: "", "x-a": "", "last-modified": "" }); await c.put("http://cache.test/m", new Response("a", { headers: h2 }));
out.mixed = await snap(await c.match("http://cache.test/m"));`),
  {
    name: "kv20-multi-worker-empty-header-values", area: "multi-worker",
    description: "headers with empty values crossing a service binding, in the request and in the response, by header name: which ones the other side still sees",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" },
        script: PRELUDE + `const NAMES = ["accept", "accept-charset", "accept-encoding", "accept-language", "accept-ranges", "access-control-allow-origin", "age", "allow", "authorization", "cache-control", "cdn-cache-control", "cf-cache-status", "cf-ray", "content-disposition", "content-encoding", "content-language", "content-location", "content-range", "content-security-policy", "content-type", "cookie", "date", "etag", "expect", "expires", "forwarded", "from", "if-match", "if-modified-since", "if-none-match", "if-range", "if-unmodified-since", "last-modified", "link", "location", "max-forwards", "origin", "pragma", "proxy-authenticate", "proxy-authorization", "range", "referer", "refresh", "retry-after", "server", "set-cookie", "strict-transport-security", "user-agent", "vary", "via", "warning", "www-authenticate", "x-forwarded-for", "x-real-ip", "x-custom", "x-requested-with", "cf-connecting-ip", "cf-worker", "priority", "sec-fetch-mode", "dnt", "upgrade-insecure-requests", "x-content-type-options", "x-frame-options"];
export default { async fetch(req, env) {
  const h = new Headers(); for (const n of NAMES) h.set(n, "");
  const r = await env.B.fetch("http://b/", { method: "POST", headers: h, body: "x" });
  const seen = await r.json();
  const reqLost = NAMES.filter((n) => !seen.includes(n));
  const resLost = NAMES.filter((n) => !r.headers.has(n));
  return Response.json({ reqLost, resLost }); } };` },
      { name: "b", modules: true, compatibilityDate: CD,
        script: `export default { async fetch(req) { const seen = [...req.headers.keys()]; const h = new Headers(); for (const n of req.headers.keys()) h.set(n, "");
  for (const n of ["etag", "vary", "x-custom", "location", "content-type", "server", "cache-control", "last-modified", "link", "accept-ranges", "content-range", "content-disposition", "content-encoding", "content-language", "expires", "pragma", "age", "allow", "retry-after", "www-authenticate", "content-security-policy", "strict-transport-security", "set-cookie", "via", "warning", "refresh", "content-location", "access-control-allow-origin", "proxy-authenticate", "x-frame-options", "x-content-type-options", "date", "cf-ray", "cf-cache-status"]) h.set(n, "");
  return new Response(JSON.stringify(seen), { headers: h }); } };` },
    ] },
    steps: [G()],
  },
  {
    name: "kv20-multi-worker-empty-header-values-dispatch", area: "multi-worker",
    description: "a worker's response headers with empty values as dispatchFetch returns them (names workerd knows lose them)",
    options: mod(`export default { fetch(req) { const h = new Headers(); for (const n of ["etag", "vary", "x-custom", "location", "server", "last-modified", "link", "content-language", "expires", "pragma", "allow", "retry-after", "www-authenticate", "via", "refresh", "x-frame-options", "cache-control", "x-other"]) h.set(n, ""); return new Response("ok", { headers: h }); } };`),
    steps: [G()],
  },
  {
    name: "kv20-multi-worker-empty-header-values-more-names", area: "multi-worker",
    description: "more header names with empty values through a service binding's response: which workerd drops (names it knows) and which it keeps",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" },
        script: PRELUDE + `const NAMES = ["cdn-loop", "cf-visitor", "cf-ipcountry", "x-forwarded-proto", "accept-patch", "alt-svc", "sec-websocket-protocol", "sec-websocket-extensions", "sec-websocket-key", "sec-websocket-accept", "sec-websocket-version", "keep-alive", "content-md5", "access-control-allow-headers", "access-control-allow-methods", "access-control-expose-headers", "access-control-max-age", "access-control-allow-credentials", "access-control-request-method", "access-control-request-headers", "timing-allow-origin", "traceparent", "cf-worker", "cf-ew-via", "sec-fetch-dest", "x-forwarded-host", "cf-connecting-ip", "content-security-policy-report-only", "permissions-policy", "report-to", "nel", "server-timing", "x-powered-by", "x-xss-protection", "cross-origin-opener-policy", "cross-origin-embedder-policy", "cross-origin-resource-policy", "referrer-policy", "x-cache", "cf-placement", "cf-apo-via", "cf-edge-cache", "cf-polished", "cf-bgj", "cf-resized", "x-robots-tag", "sourcemap", "x-dns-prefetch-control", "digest", "want-digest", "early-data", "clear-site-data", "last-event-id", "accept-post", "ping-from", "ping-to", "sec-ch-ua", "dpr", "device-memory", "save-data", "tk", "transfer-encoding", "content-length", "host"];
export default { async fetch(req, env) {
  const r = await env.B.fetch("http://b/", { method: "POST", body: JSON.stringify(NAMES) });
  return Response.json({ lost: NAMES.filter((n) => !r.headers.has(n)) }); } };` },
      { name: "b", modules: true, compatibilityDate: CD,
        script: `export default { async fetch(req) { const h = new Headers(); for (const n of await req.json()) { try { h.set(n, ""); } catch {} } return new Response("x", { headers: h }); } };` },
    ] },
    steps: [G()],
  },
  {
    name: "kv20-multi-worker-routes-duplicates-and-specificity", area: "multi-worker",
    description: "the same route on two workers, a host wildcard against an exact host of the same length, path prefixes against each other, a route with an empty path and one ending in a slash",
    options: { workers: [
      { name: "first", modules: true, compatibilityDate: CD, script: `export default { fetch(req) { return new Response("first"); } };` },
      { name: "one", modules: true, compatibilityDate: CD, routes: ["dup.example/*", "slash.example/a/", "pre.example/ab*"], script: `export default { fetch(req) { return new Response("one"); } };` },
      { name: "two", modules: true, compatibilityDate: CD, routes: ["dup.example/*", "*.dup.example/*", "pre.example/a*"], script: `export default { fetch(req) { return new Response("two"); } };` },
      { name: "three", modules: true, compatibilityDate: CD, routes: ["*dup.example/x*", "empty.example"], script: `export default { fetch(req) { return new Response("three"); } };` },
    ] },
    steps: [G("/", "http://dup.example"), G("/x", "http://dup.example"), G("/y", "http://a.dup.example"), G("/x", "http://a.dup.example"),
      G("/a/", "http://slash.example"), G("/a", "http://slash.example"), G("/a/b", "http://slash.example"),
      G("/abc", "http://pre.example"), G("/ac", "http://pre.example"), G("/", "http://empty.example"), G("/z", "http://empty.example")],
  },
  kvCase("kv20-kv-option-getters-bulk-and-metadata", "a throwing getter in bulk get and getWithMetadata options: thrown or rejected; a getter that returns different values on each read is read once",
`await KV.put("k", "1");
const thrower = (name) => Object.defineProperty({}, name, { get() { throw new RangeError("boom " + name); } });
for (const [n, call] of [["bulkType", () => KV.get(["k"], thrower("type"))], ["bulkTtl", () => KV.get(["k"], thrower("cacheTtl"))], ["gwmType", () => KV.getWithMetadata("k", thrower("type"))], ["gwmBulk", () => KV.getWithMetadata(["k"], thrower("type"))], ["deleteOpt", () => KV.delete("k", thrower("x"))]]) {
  let how; try { const p = call(); how = "returned"; await p; how += ":ok"; } catch (e) { how = (how ?? "threw") + ":" + e.name + ":" + e.message; }
  out[n] = how;
}
let reads = 0; const flip = { get type() { reads++; return reads === 1 ? "json" : "text"; } };
out.flip = [await KV.get("k", flip), reads];
let lreads = 0; const lflip = { get limit() { lreads++; return lreads === 1 ? 1 : 1000; } };
out.lflip = [(await KV.list(lflip)).keys.length, lreads];`),
  {
    name: "kv20-vars-root-path-modules-from-disk", area: "vars",
    description: "a modules array whose entries name files without contents (read from disk), paths starting from rootPath, names relative to modulesRoot (itself from rootPath) or to the working folder; an entry with inline contents beside them (recorded from the runtime module's folder)",
    options: { rootPath: "src/test/resources/conformance/kvfmt16-files", workers: [
      { name: "main", rootPath: "mods", modulesRoot: ".", compatibilityDate: CD, serviceBindings: { OTHER: "other" },
        modules: [
          { type: "ESModule", path: "entry.mjs", contents: `import txt from "./lib/note.txt"; import { named } from "./lib/esm.js"; import bin from "./lib/raw.bin"; import cjs from "./lib/helper.cjs";
export default { async fetch(req, env) { return Response.json({ txt, named, bin: bin.byteLength, cjs, other: await (await env.OTHER.fetch("http://o/")).json() }); } };` },
          { type: "Text", path: "lib/note.txt" }, { type: "ESModule", path: "lib/esm.js" }, { type: "Data", path: "lib/raw.bin" }, { type: "CommonJS", path: "lib/helper.cjs" },
        ] },
      { name: "other", rootPath: "mods/lib", compatibilityDate: CD,
        modules: [
          { type: "ESModule", path: "o.mjs", contents: `import extra from "./extra.mjs"; import t from "./note.txt"; export default { fetch() { return Response.json({ extra, t }); } };` },
          { type: "ESModule", path: "extra.mjs" }, { type: "Text", path: "./note.txt" },
        ] },
    ] },
    steps: [G()],
  },
  {
    name: "kv20-multi-worker-empty-header-values-incoming", area: "multi-worker",
    description: "a request from dispatchFetch with headers of empty values, of names workerd indexes and of others: which ones the worker sees",
    options: mod(`export default { fetch(req) { return Response.json(["accept", "etag", "x-e", "if-none-match", "referer", "x-frame-options", "x-full"].map((n) => [n, req.headers.get(n)])); } };`),
    steps: [r("GET", "http://localhost/", { accept: "", etag: "", "x-e": "", "if-none-match": "", referer: "", "x-frame-options": "", "x-full": "v" })],
  },
  {
    name: "kv20-multi-worker-empty-content-type-response", area: "multi-worker",
    description: "a worker's response with an empty Content-Type (and an empty Location on a redirect status) as dispatchFetch returns it, and the same through a service binding",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" },
        script: `export default { async fetch(req, env) { const u = new URL(req.url);
  if (u.pathname === "/via") { const r = await env.B.fetch("http://b/"); return Response.json([r.status, [...r.headers], await r.text()]); }
  if (u.pathname === "/redirect") { const r = await env.B.fetch("http://b/redirect"); return Response.json([r.status, [...r.headers], r.url]); }
  return env.B.fetch(req); } };` },
      { name: "b", modules: true, compatibilityDate: CD,
        script: `export default { fetch(req) { if (new URL(req.url).pathname === "/redirect") return new Response(null, { status: 302, headers: { location: "" } });
  return new Response("body", { headers: { "content-type": "" } }); } };` },
    ] },
    steps: [G("/"), G("/via"), G("/redirect")],
  },
  {
    name: "kv20-multi-worker-repeated-header-fields", area: "multi-worker",
    description: "repeated header fields through a service binding, both ways: two Set-Cookie, two of an indexed name, two of another name, an empty value before a full one",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" },
        script: `export default { async fetch(req, env) {
  const h = new Headers(); h.append("x-m", "1"); h.append("x-m", "2"); h.append("accept", "a"); h.append("accept", "b"); h.append("cookie", "c=1"); h.append("cookie", "d=2");
  h.append("if-match", ""); h.append("if-match", "x"); h.append("x-e", ""); h.append("x-e", "y");
  const r = await env.B.fetch("http://b/", { headers: h });
  return Response.json({ seen: await r.json(), res: [...r.headers], cookies: r.headers.getSetCookie(), etag: r.headers.get("etag"), xe: r.headers.get("x-e"), loc: r.headers.get("content-language") }); } };` },
      { name: "b", modules: true, compatibilityDate: CD,
        script: `export default { fetch(req) { const h = new Headers();
  h.append("set-cookie", "a=1"); h.append("set-cookie", "b=2"); h.append("etag", String.fromCharCode(34) + "1" + String.fromCharCode(34)); h.append("etag", "W/x"); h.append("x-e", ""); h.append("x-e", "z"); h.append("content-language", "en"); h.append("x-n", "1"); h.append("x-n", "2");
  return new Response(JSON.stringify([...req.headers].filter(([k]) => !["cf-connecting-ip", "host"].includes(k))), { headers: h }); } };` },
    ] },
    steps: [G()],
  },
  cacheCase("kv20-cache-repeated-header-fields", "Cache API: a stored response's repeated fields, with empty values before and after full ones, of indexed names and others; what a match shows",
`const h = new Headers({ "cache-control": "max-age=60" });
h.append("etag", ""); h.append("etag", "W/x"); h.append("content-language", "en"); h.append("content-language", ""); h.append("x-a", ""); h.append("x-a", "y"); h.append("x-b", "1"); h.append("x-b", "2"); h.append("link", ""); h.append("link", "");
await c.put("http://cache.test/r", new Response("a", { headers: h }));
out.m = await snap(await c.match("http://cache.test/r"));
out.inm = await snap(await c.match(new Request("http://cache.test/r", { headers: { "if-none-match": "W/x" } })));`),
  {
    name: "kv20-vars-proto-named-bindings", area: "vars",
    description: "a var, a KV namespace and a text blob named __proto__ (JSON own members of the options): what env holds",
    options: mod(`export default { async fetch(req, env) { return Response.json({ keys: Object.keys(env), own: Object.prototype.hasOwnProperty.call(env, "__proto__"), protoIsObject: Object.getPrototypeOf(env) === Object.prototype, a: env.A, nested: env.N }); } };`,
      JSON.parse('{"bindings": {"__proto__": "x", "A": 1, "N": {"k": {"__proto__": 5, "z": 2}}}, "kvNamespaces": {"__proto__": "ns", "KV": "kv"}}')),
    steps: [G()],
  },
];
