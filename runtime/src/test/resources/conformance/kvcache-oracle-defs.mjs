// Re-record: copy this file and /work/wt/oracle/defs/_h.mjs into a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs kvcache
import { kvCase, modWorker, get, PRELUDE, CD } from "./_h.mjs";

const caseOf = (name, area, description, body, extra = {}, steps = [get("/")]) => ({
  name, area, description,
  options: modWorker(`    const out = {};\n${body}\n    return Response.json(out);`, extra),
  steps,
});

const V10 = {STR: "s", NUM: 7, OBJ: {a: 1}};
const script10 = `${PRELUDE}
import process from "node:process";
import { env as importedEnv } from "cloudflare:workers";
export default {
  async fetch(req, env, ctx) {
    return Response.json({ keys: Object.keys(process.env), str: process.env.STR ?? "absent", num: process.env.NUM ?? "absent", obj: process.env.OBJ ?? "absent", importedSame: importedEnv === env });
  }
};`;
const w10 = (date, flags) => ({ modules: true, compatibilityDate: date, compatibilityFlags: flags, bindings: V10, script: script10 });

const V = {STR: "s", NUM: 7, JSONSTR: '{"a":1}', OBJ: {a: [1]}, T: true, NUL: null, "9": "nine", "1x": "x"};
const envProbe = `
    const out = {};
    out.keys = Object.keys(env);
    out.ownNames = Object.getOwnPropertyNames(env);
    out.symbols = Object.getOwnPropertySymbols(env).length;
    out.extensible = Object.isExtensible(env);
    out.sealed = Object.isSealed(env);
    out.descs = Object.fromEntries(Object.keys(env).map((k) => { const d = Object.getOwnPropertyDescriptor(env, k); return [k, [d.writable, d.enumerable, d.configurable, "get" in d]]; }));
    out.toStringIn = "toString" in env;
    out.tag = Object.prototype.toString.call(env);
    out.jsonStr = typeof env.JSONSTR;
    out.objFrozen = Object.isFrozen(env.OBJ);
    out.clone = await t(() => structuredClone({...env, KV: undefined}));
    out.json = JSON.stringify(env);
    out.spread = Object.keys({...env});
    out.entries = Object.entries(env).map(([k, v]) => [k, typeof v]);
`;

const caseOf2 = (name, area, description, body, extra = {}, steps = [get("/")]) => ({
  name, area, description,
  options: modWorker(`    const out = {};\n${body}\n    return Response.json(out);`, extra),
  steps,
});

const caseOf3 = (name, area, description, body, extra = {}, steps = [get("/")]) => ({
  name, area, description,
  options: modWorker(`    const out = {};\n    const sa = (fn) => { try { const p = fn(); if (p && typeof p.then === "function") { return p.then((v) => ["resolved", v === undefined ? "undefined" : (v === null ? null : typeof v)], (e) => ["rejected", e?.name, e?.message]); } return ["value", typeof p]; } catch (e) { return ["threw", e?.name, e?.message]; } };\n${body}\n    return Response.json(out);`, extra),
  steps,
});

export default [
  caseOf("kvcache-cache-key-normalisation", "cache", "Cache API keys: fragments, default ports, host case, query order, Request vs string keys, non-http schemes, HEAD puts, response shape after match", `
  const c = caches.default;
  const H = {"cache-control": "max-age=60"};
  const p = (u, body = "b", h = H) => c.put(u, new Response(body, {headers: h}));
  const m = async (u, init) => { const r = await c.match(typeof u === "string" && init ? new Request(u, init) : u); return r ? [r.status, await r.text()] : "miss"; };
  out.fragment = await t(async () => { await p("http://k/f#a", "frag"); return [await m("http://k/f"), await m("http://k/f#b")]; });
  out.port = await t(async () => { await p("http://k:80/port", "port"); return [await m("http://k/port"), await m("http://k:8080/port")]; });
  out.hostCase = await t(async () => { await p("http://K.EXAMPLE/hc", "hc"); return [await m("http://k.example/hc"), await m("HTTP://k.example/hc")]; });
  out.pathCase = await t(async () => { await p("http://k/Path", "pc"); return await m("http://k/path"); });
  out.queryOrder = await t(async () => { await p("http://k/q?a=1&b=2", "q"); return [await m("http://k/q?b=2&a=1"), await m("http://k/q?a=1&b=2"), await m("http://k/q")]; });
  out.encoded = await t(async () => { await p("http://k/a b", "sp"); return [await m("http://k/a%20b"), await m("http://k/a b")]; });
  out.trailingSlash = await t(async () => { await p("http://k", "root"); return [await m("http://k/"), await m("http://k")]; });
  out.reqKey = await t(async () => { await c.put(new Request("http://k/req", {headers: {"x-a": "1"}}), new Response("rq", {headers: H})); return [await m("http://k/req"), await m(new Request("http://k/req"))]; });
  out.urlObj = await t(async () => { await c.put(new URL("http://k/urlobj"), new Response("u", {headers: H})); return await m("http://k/urlobj"); });
  out.https = await t(async () => { await p("https://k/s", "s"); return [await m("http://k/s"), await m("https://k/s")]; });
  out.ftp = await t(async () => p("ftp://k/x"));
  out.data = await t(async () => c.match("data:text/plain,hi"));
  out.headPut = await t(async () => c.put(new Request("http://k/head", {method: "HEAD"}), new Response("h", {headers: H})));
  out.putReturn = await t(async () => { const v = await p("http://k/ret"); return v === undefined ? "undef" : String(v); });
  out.matched = await t(async () => { const r = await c.match("http://k/ret"); return {url: r.url, redirected: r.redirected, type: r.type, ok: r.ok, statusText: r.statusText, bodyUsed: r.bodyUsed, ctor: r.constructor.name, hasBody: r.body !== null}; });
  out.twoMatches = await t(async () => { const a = await c.match("http://k/ret"); const b = await c.match("http://k/ret"); return [a === b, await a.text(), await b.text()]; });
  out.statusText = await t(async () => { await c.put("http://k/st", new Response("x", {status: 200, statusText: "Fine", headers: H})); const r = await c.match("http://k/st"); return r.statusText; });
  out.emptyBody = await t(async () => { await c.put("http://k/empty", new Response(null, {headers: H})); const r = await c.match("http://k/empty"); return [r.status, await r.text(), r.headers.get("content-length")]; });
  out.binary = await t(async () => { await c.put("http://k/bin", new Response(new Uint8Array([0, 255, 128, 1]), {headers: H})); const r = await c.match("http://k/bin"); return hex(await r.arrayBuffer()); });
  out.multiHeaders = await t(async () => { const h = new Headers(H); h.append("x-m", "1"); h.append("x-m", "2"); await c.put("http://k/mh", new Response("x", {headers: h})); const r = await c.match("http://k/mh"); return r.headers.get("x-m"); });
  `),
  caseOf("kvcache-cache-directives-and-conditionals", "cache", "Cache API: cache-control directive variants, Expires edge cases, ETag and Last-Modified conditionals, If-Range, range forms", `
  const c = caches.default;
  const st = async (u, h, body = "0123456789") => { await c.put(u, new Response(body, {headers: h})); const r = await c.match(u); return r ? r.status : "miss"; };
  out.noCache = await t(() => st("http://d/nc", {"cache-control": "no-cache"}));
  out.noCacheMaxAge = await t(() => st("http://d/ncm", {"cache-control": "no-cache, max-age=60"}));
  out.mustReval = await t(() => st("http://d/mr", {"cache-control": "must-revalidate, max-age=60"}));
  out.sMaxAge0 = await t(() => st("http://d/sm0", {"cache-control": "max-age=60, s-maxage=0"}));
  out.maxAgeNeg = await t(() => st("http://d/neg", {"cache-control": "max-age=-1"}));
  out.maxAgeBad = await t(() => st("http://d/bad", {"cache-control": "max-age=abc"}));
  out.upper = await t(() => st("http://d/up", {"cache-control": "MAX-AGE=60"}));
  out.privateField = await t(() => st("http://d/pf", {"cache-control": 'private="set-cookie", max-age=60'}));
  out.noStoreUpper = await t(() => st("http://d/nsu", {"cache-control": "NO-STORE, max-age=60"}));
  out.publicNoStore = await t(() => st("http://d/pns", {"cache-control": "public, no-store"}));
  out.immutable = await t(() => st("http://d/imm", {"cache-control": "immutable"}));
  out.expiresPast = await t(() => st("http://d/exp", {expires: "Wed, 21 Oct 2015 07:28:00 GMT"}));
  out.expiresBad = await t(() => st("http://d/exb", {expires: "garbage"}));
  out.expiresZero = await t(() => st("http://d/ex0", {expires: "0"}));
  out.expiresWithMaxAge = await t(() => st("http://d/exm", {expires: "Wed, 21 Oct 2015 07:28:00 GMT", "cache-control": "max-age=60"}));
  out.pragma = await t(() => st("http://d/pr", {pragma: "no-cache"}));
  out.setCookiePublic = await t(() => st("http://d/scp", {"cache-control": "public, max-age=60", "set-cookie": "a=1"}));
  out.setCookiePrivateField = await t(() => st("http://d/scpf", {"cache-control": 'private=set-cookie, max-age=60', "set-cookie": "a=1"}));
  out.varyAccEnc = await t(() => st("http://d/vae", {"cache-control": "max-age=60", vary: "Accept-Encoding"}));
  out.varyStarList = await t(() => st("http://d/vsl", {"cache-control": "max-age=60", vary: "accept, *"}));
  const H = {"cache-control": "max-age=60", etag: '"v1"', "last-modified": "Wed, 21 Oct 2015 07:28:00 GMT"};
  await c.put("http://d/c", new Response("0123456789", {headers: H}));
  const cm = async (h) => { const r = await c.match(new Request("http://d/c", {headers: h})); if (!r) return "miss"; return [r.status, await r.text(), r.headers.get("etag"), r.headers.get("content-range"), r.headers.get("content-length")]; };
  out.inmWeak = await t(() => cm({"if-none-match": 'W/"v1"'}));
  out.inmStar = await t(() => cm({"if-none-match": "*"}));
  out.inmList = await t(() => cm({"if-none-match": '"x", "v1"'}));
  out.inmOther = await t(() => cm({"if-none-match": '"x"'}));
  out.inmUnquoted = await t(() => cm({"if-none-match": "v1"}));
  out.imsLater = await t(() => cm({"if-modified-since": "Thu, 22 Oct 2015 07:28:00 GMT"}));
  out.imsEarlier = await t(() => cm({"if-modified-since": "Tue, 20 Oct 2015 07:28:00 GMT"}));
  out.imsBad = await t(() => cm({"if-modified-since": "nope"}));
  out.inmAndIms = await t(() => cm({"if-none-match": '"x"', "if-modified-since": "Thu, 22 Oct 2015 07:28:00 GMT"}));
  out.ifMatch = await t(() => cm({"if-match": '"nope"'}));
  out.ifUnmod = await t(() => cm({"if-unmodified-since": "Tue, 20 Oct 2015 07:28:00 GMT"}));
  out.rangeSuffix = await t(() => cm({range: "bytes=-3"}));
  out.rangeOpen = await t(() => cm({range: "bytes=7-"}));
  out.rangeClamp = await t(() => cm({range: "bytes=5-100"}));
  out.rangeWhole = await t(() => cm({range: "bytes=0-9"}));
  out.rangeBadUnit = await t(() => cm({range: "items=0-1"}));
  out.rangeGarbage = await t(() => cm({range: "bytes=abc"}));
  out.rangeReversed = await t(() => cm({range: "bytes=5-2"}));
  out.rangeSpaces = await t(() => cm({range: "bytes= 1-2"}));
  out.rangeSuffixBig = await t(() => cm({range: "bytes=-100"}));
  out.rangeSuffix0 = await t(() => cm({range: "bytes=-0"}));
  out.ifRangeMatch = await t(() => cm({range: "bytes=0-1", "if-range": '"v1"'}));
  out.ifRangeMiss = await t(() => cm({range: "bytes=0-1", "if-range": '"zz"'}));
  out.rangeAndInm = await t(() => cm({range: "bytes=0-1", "if-none-match": '"v1"'}));
  out.multi = await t(async () => { const r = await c.match(new Request("http://d/c", {headers: {range: "bytes=0-1,4-5"}})); const ct = r.headers.get("content-type"); const b = ct.split("boundary=")[1]; const txt = await r.text(); return [r.status, ct.split(";")[0], txt.split(b).join("BOUNDARY"), r.headers.get("content-length") === String(txt.length)]; });
  out.multiOverlap = await t(async () => { const r = await c.match(new Request("http://d/c", {headers: {range: "bytes=0-3,2-5"}})); return [r.status, r.headers.get("content-range")]; });
  `),
  caseOf("kvcache-cache-api-surface", "cache", "Cache API surface: CacheStorage and Cache methods, argument validation, caches.open names, delete with options, bodies used, put refusals by status and kind", `
  const c = caches.default;
  const H = {"cache-control": "max-age=60"};
  out.storageProto = Object.getOwnPropertyNames(Object.getPrototypeOf(caches)).sort();
  out.cacheProto = Object.getOwnPropertyNames(Object.getPrototypeOf(c)).sort();
  out.ctors = [caches.constructor.name, c.constructor.name, String(caches), String(c), Object.prototype.toString.call(c)];
  out.sameDefault = caches.default === caches.default;
  out.sameOpen = await t(async () => (await caches.open("a")) === (await caches.open("a")));
  out.openDefault = await t(async () => { const d = await caches.open("default"); await c.put("http://s/od", new Response("od", {headers: H})); const r = await d.match("http://s/od"); return r ? await r.text() : "miss"; });
  out.openEmpty = await t(async () => { const e = await caches.open(""); return e.constructor.name; });
  out.openLong = await t(async () => { const e = await caches.open("x".repeat(1000)); return e.constructor.name; });
  out.openNum = await t(async () => { const e = await caches.open(5); await e.put("http://s/n5", new Response("5", {headers: H})); const r = await (await caches.open("5")).match("http://s/n5"); return r ? await r.text() : "miss"; });
  out.openNoArg = await t(async () => caches.open());
  out.has = await t(async () => caches.has("a"));
  out.keysS = await t(async () => caches.keys());
  out.deleteS = await t(async () => caches.delete("a"));
  out.matchS = await t(async () => caches.match("http://s/od"));
  out.matchAll = await t(async () => c.matchAll("http://s/od"));
  out.add = await t(async () => c.add("http://s/add"));
  out.addAll = await t(async () => c.addAll(["http://s/add"]));
  out.keys = await t(async () => c.keys());
  out.matchNoArg = await t(async () => c.match());
  out.deleteNoArg = await t(async () => c.delete());
  out.matchNull = await t(async () => c.match(null));
  out.putNullResp = await t(async () => c.put("http://s/x", null));
  out.putObjResp = await t(async () => c.put("http://s/x", {status: 200}));
  out.put304 = await t(async () => c.put("http://s/304", new Response(null, {status: 304})));
  out.put200Err = await t(async () => c.put("http://s/err", Response.error()));
  out.putRedirect = await t(async () => { await c.put("http://s/redir", Response.redirect("http://y/", 302)); const r = await c.match("http://s/redir"); return r ? [r.status, r.headers.get("location")] : "miss"; });
  out.putReqBodyUsed = await t(async () => { const rq = new Request("http://s/rbu", {method: "POST", body: "x"}); await rq.text(); return c.put(rq, new Response("b")); });
  out.putBodyLocked = await t(async () => { const r = new Response("b", {headers: H}); r.body.getReader(); return c.put("http://s/locked", r); });
  out.putUsedMsg = await t(async () => { const r = new Response("b", {headers: H}); await r.arrayBuffer(); return c.put("http://s/used2", r); });
  out.putConsumes = await t(async () => { const r = new Response("b", {headers: H}); await c.put("http://s/cons", r); return r.bodyUsed; });
  out.deleteIgnore = await t(async () => { await c.put("http://s/di", new Response("x", {headers: H})); return [await c.delete(new Request("http://s/di", {method: "POST"})), await c.delete(new Request("http://s/di", {method: "POST"}), {ignoreMethod: true}), await c.delete("http://s/di")]; });
  out.deleteUncached = await t(async () => { await c.put("http://s/du", new Response("x")); return await c.delete("http://s/du"); });
  out.matchIgnoreHead = await t(async () => { await c.put("http://s/mh", new Response("hb", {headers: H})); const r = await c.match(new Request("http://s/mh", {method: "HEAD"})); return r ? [r.status, await r.text()] : "miss"; });
  out.matchIgnoreHeadOpt = await t(async () => { const r = await c.match(new Request("http://s/mh", {method: "HEAD"}), {ignoreMethod: true}); return r ? [r.status, await r.text()] : "miss"; });
  out.matchOptsBad = await t(async () => c.match("http://s/mh", {ignoreSearch: true}));
  out.matchOptsVary = await t(async () => c.match("http://s/mh", {ignoreVary: true}));
  out.namedDelete = await t(async () => { const n = await caches.open("nd"); await n.put("http://s/nd", new Response("x", {headers: H})); return [await c.delete("http://s/nd"), await n.delete("http://s/nd"), await n.delete("http://s/nd")]; });
  out.bigBody = await t(async () => { const big = "z".repeat(1 << 20); await c.put("http://s/big", new Response(big, {headers: H})); const r = await c.match("http://s/big"); return (await r.text()).length; });
  out.contentLengthKept = await t(async () => { await c.put("http://s/cl", new Response("abc", {headers: {...H, "content-type": "text/x"}})); const r = await c.match("http://s/cl"); return [r.headers.get("content-length"), r.headers.get("content-type"), r.headers.get("cf-cache-status")]; });
  `),
  { name: "kvcache-vars-process-env-by-date", area: "vars", description: "process.env populated by default from compatibility date 2025-04-01 with nodejs_compat, and not with nodejs_compat_do_not_populate_process_env",
    options: { workers: [
      { name: "late", ...w10("2025-05-01", ["nodejs_compat"]), serviceBindings: { OFF: "off", EARLY: "early" },
        script: script10.replace("return Response.json({", "const off = await (await env.OFF.fetch(req.url)).json(); const early = await (await env.EARLY.fetch(req.url)).json(); return Response.json({ off, early,") },
      { name: "off", ...w10("2025-05-01", ["nodejs_compat", "nodejs_compat_do_not_populate_process_env"]) },
      { name: "early", ...w10("2025-03-31", ["nodejs_compat"]) },
    ] },
    steps: [get("/")] },
  { name: "kvcache-cache-encodings-and-lengths", area: "cache", description: "Cache API: explicit Content-Length headers, header casing and length, content types of Blob, bytes and JSON bodies",
    options: modWorker(`    const out = {};
  const c = caches.default;
  const H = {"cache-control": "max-age=60"};
  out.wrongLength = await t(async () => { await c.put("http://e/wl", new Response("abc", {headers: {...H, "content-length": "3"}})); const r = await c.match("http://e/wl"); return [r.headers.get("content-length"), await r.text()]; });
  out.headerCase = await t(async () => { await c.put("http://e/hc", new Response("x", {headers: {"Cache-Control": "max-age=60", "X-Mixed-Case": "V"}})); const r = await c.match("http://e/hc"); return [...r.headers].filter(([k]) => k !== "date").map(([k]) => k); });
  out.longHeader = await t(async () => { await c.put("http://e/lh", new Response("x", {headers: {...H, "x-long": "v".repeat(8000)}})); const r = await c.match("http://e/lh"); return r.headers.get("x-long").length; });
  out.contentType = await t(async () => { await c.put("http://e/ct", new Response(new Blob(["x"], {type: "image/png"}), {headers: H})); return (await c.match("http://e/ct")).headers.get("content-type"); });
  out.noContentType = await t(async () => { await c.put("http://e/nct", new Response(new Uint8Array([1]), {headers: H})); return (await c.match("http://e/nct")).headers.get("content-type"); });
  out.jsonResp = await t(async () => { const r0 = Response.json({a: 1}, {headers: H}); await c.put("http://e/js", r0); const r = await c.match("http://e/js"); return [r.headers.get("content-type"), await r.json()]; });
    return Response.json(out);`),
    steps: [get("/")] },
  { name: "kvcache-cache-incoming-request-pattern", area: "cache", description: "the common worker pattern: match the incoming request, else build a response, put a clone through ctx.waitUntil, and answer; later requests hit; POST and query variants",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}
let builds = 0;
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    const cache = caches.default;
    if (url.pathname === "/purge") return Response.json({ deleted: await cache.delete(new Request(url.origin + "/item")) });
    const hit = await cache.match(req);
    if (hit) {
      const h = Object.fromEntries([...hit.headers].filter(([k]) => k !== "date"));
      return new Response(await hit.text(), { headers: { "x-from": "cache", "x-headers": JSON.stringify(h), "x-status": String(hit.status) } });
    }
    builds++;
    const res = new Response("built " + builds + " " + url.pathname + url.search, { headers: { "cache-control": "public, max-age=600", "x-build": String(builds) } });
    ctx.waitUntil(cache.put(req, res.clone()));
    return res;
  }
};` },
    steps: [get("/item"), get("/item"), get("/item?x=1"), { request: { url: "http://localhost/item", method: "POST", body: "b" } }, { request: { url: "http://localhost/item", method: "HEAD" } }, { request: { url: "http://localhost/item", headers: { range: "bytes=0-4" } } }, { request: { url: "http://localhost/item", headers: { "if-none-match": "*" } } }, get("/purge"), get("/item")] },
  { name: "kvcache-cache-request-headers-on-match", area: "cache", description: "Cache API match ignores the request's caching headers (cache-control, pragma, authorization, cookie, accept) and its Vary-selected headers; put keyed by the request with cookies or Accept",
    options: modWorker(`    const out = {};
  const c = caches.default;
  await c.put("http://q/a", new Response("a", {headers: {"cache-control": "max-age=60", vary: "accept"}}));
  const m = async (h) => { const r = await c.match(new Request("http://q/a", {headers: h})); return r ? [r.status, r.headers.get("vary")] : "miss"; };
  out.ccNoStore = await t(() => m({"cache-control": "no-store"}));
  out.ccMaxAge0 = await t(() => m({"cache-control": "max-age=0"}));
  out.pragma = await t(() => m({pragma: "no-cache"}));
  out.auth = await t(() => m({authorization: "Bearer x"}));
  out.cookie = await t(() => m({cookie: "a=1"}));
  out.acceptOther = await t(() => m({accept: "text/html"}));
  out.putWithCookie = await t(async () => { await c.put(new Request("http://q/ck", {headers: {cookie: "a=1"}}), new Response("ck", {headers: {"cache-control": "max-age=60"}})); return (await c.match("http://q/ck"))?.status ?? "miss"; });
  out.putAuthPrivate = await t(async () => { await c.put(new Request("http://q/ap", {headers: {authorization: "x"}}), new Response("ap", {headers: {"cache-control": "private, max-age=60, public"}})); return (await c.match("http://q/ap"))?.status ?? "miss"; });
  out.putAuthMustReval = await t(async () => { await c.put(new Request("http://q/amr", {headers: {authorization: "x"}}), new Response("amr", {headers: {"cache-control": "must-revalidate, max-age=60"}})); return (await c.match("http://q/amr"))?.status ?? "miss"; });
  out.putAuthNoCc = await t(async () => { await c.put(new Request("http://q/anc", {headers: {authorization: "x"}}), new Response("anc", {headers: {expires: new Date(Date.now() + 60000).toUTCString()}})); return (await c.match("http://q/anc"))?.status ?? "miss"; });
    return Response.json(out);`),
    steps: [get("/")] },
  kvCase("kvcache-kv-unawaited-writes", "KV writes not awaited: a get issued right after an un-awaited put or delete reads the older value; the bytes of a buffer value are taken at the call", `
  const KV = env.KV;
  out.putThenGet = await t(async () => { const p = KV.put("race", "r1"); const g = KV.get("race"); await p; return [await g, await KV.get("race")]; });
  out.overwrite = await t(async () => { const p = KV.put("race", "r2"); const g = KV.get("race"); await p; return [await g, await KV.get("race")]; });
  out.deleteThenGet = await t(async () => { const p = KV.delete("race"); const g = KV.get("race"); await p; return [await g, await KV.get("race")]; });
  out.bufferMutated = await t(async () => { const b = new Uint8Array([1, 2, 3]); const p = KV.put("buf", b); b[0] = 9; await p; return hex(await KV.get("buf", "arrayBuffer")); });
  out.allSettled = await t(async () => { const [, v] = await Promise.all([KV.put("pa", "x"), KV.get("pa")]); return v; });
  `),
  caseOf("kvcache-cache-policy-lifetimes", "cache", "Cache API storage policy: stale-while-revalidate/stale-if-error, malformed max-age values, Age and Date headers, hop-by-hop headers, Warning, private=set-cookie rewriting, refusals keeping or replacing older entries", `
  const c = caches.default;
  const st = async (u, h, status = 200) => { await c.put(u, new Response(status === 204 ? null : "b", {status, headers: h})); const r = await c.match(u); return r ? [r.status, r.headers.get("age")] : "miss"; };
  out.swr = await t(() => st("http://p/swr", {"cache-control": "max-age=0, stale-while-revalidate=60"}));
  out.sie = await t(() => st("http://p/sie", {"cache-control": "no-cache, stale-if-error=60"}));
  out.swrBare = await t(() => st("http://p/swrb", {"cache-control": "max-age=0, stale-while-revalidate"}));
  out.maTrailing = await t(() => st("http://p/mat", {"cache-control": "max-age=60abc"}));
  out.maQuoted = await t(() => st("http://p/maq", {"cache-control": 'max-age="60"'}));
  out.maDoubleEq = await t(() => st("http://p/mde", {"cache-control": "max-age=60=1"}));
  out.maSpaces = await t(() => st("http://p/mas", {"cache-control": "max-age = 60"}));
  out.maFloat = await t(() => st("http://p/maf", {"cache-control": "max-age=60.9"}));
  out.maTwice = await t(() => st("http://p/ma2", {"cache-control": "max-age=0, max-age=60"}));
  out.privateEmpty = await t(() => st("http://p/pe", {"cache-control": "private=, max-age=60"}));
  out.noStoreValue = await t(() => st("http://p/nsv", {"cache-control": "no-store=0, max-age=60"}));
  out.pragmaWithCc = await t(() => st("http://p/pcc", {"cache-control": "public", pragma: "no-cache"}));
  out.pragmaAlone = await t(() => st("http://p/pa", {pragma: "x, no-cache"}));
  out.proxyReval = await t(() => st("http://p/prv", {"cache-control": "proxy-revalidate, max-age=60"}));
  out.ageHeader = await t(() => st("http://p/age", {"cache-control": "max-age=60", age: "30"}));
  out.ageOver = await t(() => st("http://p/ageo", {"cache-control": "max-age=60", age: "100"}));
  out.ageBad = await t(() => st("http://p/ageb", {"cache-control": "max-age=60", age: "abc"}));
  out.oldDateExpires = await t(() => st("http://p/ode", {date: "Wed, 21 Oct 2015 07:28:00 GMT", expires: "Wed, 21 Oct 2015 08:28:00 GMT"}));
  out.dateReplaced = await t(async () => { await c.put("http://p/dr", new Response("b", {headers: {"cache-control": "max-age=60", date: "Wed, 21 Oct 2015 07:28:00 GMT"}})); const r = await c.match("http://p/dr"); return [r.headers.get("date") === "Wed, 21 Oct 2015 07:28:00 GMT", typeof r.headers.get("date")]; });
  out.immutableLm = await t(() => st("http://p/iml", {"cache-control": "immutable", "last-modified": "Wed, 21 Oct 2015 07:28:00 GMT"}));
  out.public302 = await t(() => st("http://p/p302", {"cache-control": "public", location: "/x"}, 302));
  out.public302Lm = await t(() => st("http://p/p302l", {"cache-control": "public", location: "/x", "last-modified": "Wed, 21 Oct 2015 07:28:00 GMT"}, 302));
  out.maxAge302 = await t(() => st("http://p/m302", {"cache-control": "max-age=60", location: "/x"}, 302));
  out.lm404 = await t(() => st("http://p/l404", {"last-modified": "Wed, 21 Oct 2015 07:28:00 GMT"}, 404));
  out.s410 = await t(() => st("http://p/410", {"cache-control": "max-age=60"}, 410));
  out.s503 = await t(() => st("http://p/503", {"cache-control": "max-age=60"}, 503));
  out.authPublic = await t(async () => { await c.put(new Request("http://p/ap", {headers: {authorization: "x"}}), new Response("b", {headers: {"cache-control": "public, max-age=60"}})); return (await c.match("http://p/ap"))?.status ?? "miss"; });
  out.authSmax = await t(async () => { await c.put(new Request("http://p/as", {headers: {authorization: "x"}}), new Response("b", {headers: {"cache-control": "s-maxage=60"}})); return (await c.match("http://p/as"))?.status ?? "miss"; });
  out.hopByHop = await t(async () => { await c.put("http://p/hop", new Response("b", {headers: {"cache-control": "max-age=60", connection: "x-drop", "x-drop": "1", "x-keep": "1", "keep-alive": "5", upgrade: "h2", te: "trailers", trailer: "x", "proxy-authenticate": "Basic", warning: "199 - misc, 299 - keep"}})); const r = await c.match("http://p/hop"); return [...r.headers].filter(([k]) => k !== "date"); });
  out.privateSetCookie = await t(async () => { await c.put("http://p/psc", new Response("b", {headers: {"cache-control": "Max-Age=60, Private=Set-Cookie, max-age=60", "set-cookie": "a=1"}})); const r = await c.match("http://p/psc"); return r ? [r.headers.get("cache-control"), r.headers.get("set-cookie")] : "miss"; });
  out.privateSetCookieSemi = await t(async () => { await c.put("http://p/pscs", new Response("b", {headers: {"cache-control": "private=set-cookie;max-age=60", "set-cookie": "a=1"}})); const r = await c.match("http://p/pscs"); return r ? [r.headers.get("cache-control"), r.headers.get("set-cookie")] : "miss"; });
  out.privateSetCookieNoCookie = await t(async () => { await c.put("http://p/pscn", new Response("b", {headers: {"cache-control": "max-age=60, PRIVATE=set-cookie"}})); const r = await c.match("http://p/pscn"); return r ? [r.headers.get("cache-control")] : "miss"; });
  out.cfStatusHeader = await t(async () => { await c.put("http://p/cfs", new Response("b", {headers: {"cache-control": "max-age=60", "cf-cache-status": "MISS", "x-a": "1"}})); const r = await c.match("http://p/cfs"); return r.headers.get("cf-cache-status"); });
  out.refusedKeepsOld = await t(async () => { await c.put("http://p/rko", new Response("old", {headers: {"cache-control": "max-age=60"}})); await c.put("http://p/rko", new Response("new", {headers: {"cache-control": "no-store"}})); const r = await c.match("http://p/rko"); return r ? await r.text() : "miss"; });
  out.zeroTtlReplaces = await t(async () => { await c.put("http://p/ztr", new Response("old", {headers: {"cache-control": "max-age=60"}})); await c.put("http://p/ztr", new Response("new", {headers: {"cache-control": "max-age=0"}})); const r = await c.match("http://p/ztr"); return [r ? await r.text() : "miss", await c.delete("http://p/ztr")]; });
  out.cookieKeepsOld = await t(async () => { await c.put("http://p/cko", new Response("old", {headers: {"cache-control": "max-age=60"}})); await c.put("http://p/cko", new Response("new", {headers: {"cache-control": "max-age=60", "set-cookie": "a=1"}})); const r = await c.match("http://p/cko"); return r ? await r.text() : "miss"; });
  out.s500KeepsOld = await t(async () => { await c.put("http://p/5ko", new Response("old", {headers: {"cache-control": "max-age=60"}})); await c.put("http://p/5ko", new Response("new", {status: 500, headers: {"cache-control": "max-age=60"}})); const r = await c.match("http://p/5ko"); return r ? await r.text() : "miss"; });
  out.s204KeepsOld = await t(async () => { await c.put("http://p/2ko", new Response("old", {headers: {"cache-control": "max-age=60"}})); await c.put("http://p/2ko", new Response(null, {status: 204, headers: {"cache-control": "max-age=60"}})); const r = await c.match("http://p/2ko"); return r ? [r.status, await r.text()] : "miss"; });
  out.cfCacheKey = await t(async () => { await c.put(new Request("http://p/ck1", {cf: {cacheKey: "shared-key"}}), new Response("ck", {headers: {"cache-control": "max-age=60"}})); const a = await c.match(new Request("http://p/ck2", {cf: {cacheKey: "shared-key"}})); const b = await c.match("http://p/ck1"); return [a ? await a.text() : "miss", b ? await b.text() : "miss"]; });
  out.defaultContentType = await t(async () => { await c.put("http://p/dct", new Response("b", {headers: {"cache-control": "max-age=60"}})); return (await c.match("http://p/dct")).headers.get("content-type"); });
  `),
  caseOf("kvcache-cache-match-statuses-ranges", "cache", "Cache API match: conditionals and ranges on non-200 entries, range header forms (bytes=, suffixes in lists, trailing comma, tabs, case), ranges with conditionals", `
  const c = caches.default;
  const H = {"cache-control": "max-age=60", etag: '"e"', "last-modified": "Wed, 21 Oct 2015 07:28:00 GMT"};
  await c.put("http://r/ok", new Response("0123456789", {headers: H}));
  await c.put("http://r/nf", new Response("0123456789", {status: 404, headers: H}));
  await c.put("http://r/mv", new Response("0123456789", {status: 301, headers: {...H, location: "http://y/"}}));
  await c.put("http://r/na", new Response("0123456789", {status: 203, headers: H}));
  const cm = async (u, h) => { const r = await c.match(new Request(u, {headers: h})); if (!r) return "miss"; return [r.status, await r.text(), r.headers.get("content-range"), r.headers.get("content-length")]; };
  out.nfRange = await t(() => cm("http://r/nf", {range: "bytes=0-1"}));
  out.nfInm = await t(() => cm("http://r/nf", {"if-none-match": '"e"'}));
  out.nfBadRange = await t(() => cm("http://r/nf", {range: "bytes=50-60"}));
  out.mvRange = await t(() => cm("http://r/mv", {range: "bytes=0-1"}));
  out.mvIms = await t(() => cm("http://r/mv", {"if-modified-since": "Thu, 22 Oct 2015 07:28:00 GMT"}));
  out.naRange = await t(() => cm("http://r/na", {range: "bytes=0-1"}));
  out.naInm = await t(() => cm("http://r/na", {"if-none-match": '"e"'}));
  out.bytesEmpty = await t(() => cm("http://r/ok", {range: "bytes="}));
  out.bytesSpaceOnly = await t(() => cm("http://r/ok", {range: "bytes=  "}));
  out.listSuffixBig = await t(() => cm("http://r/ok", {range: "bytes=0-1,-100"}));
  out.listSuffixZero = await t(() => cm("http://r/ok", {range: "bytes=0-1,-0"}));
  out.onlyZeroSuffixes = await t(() => cm("http://r/ok", {range: "bytes=-0,-0"}));
  out.trailingComma = await t(() => cm("http://r/ok", {range: "bytes=0-1,"}));
  out.tab = await t(() => cm("http://r/ok", {range: "bytes=\\t0-1"}));
  out.upperUnit = await t(() => cm("http://r/ok", {range: "BYTES=0-1"}));
  out.spacedEq = await t(() => cm("http://r/ok", {range: "  bytes =  2 - 3  "}));
  out.dashOnly = await t(() => cm("http://r/ok", {range: "bytes=-"}));
  out.plus = await t(() => cm("http://r/ok", {range: "bytes=+1-2"}));
  out.bigNum = await t(() => cm("http://r/ok", {range: "bytes=0-99999999999999999999"}));
  out.lastByte = await t(() => cm("http://r/ok", {range: "bytes=9-9"}));
  out.startAtLen = await t(() => cm("http://r/ok", {range: "bytes=10-"}));
  out.suffixEqLen = await t(() => cm("http://r/ok", {range: "bytes=-10"}));
  out.suffixLenMinus1 = await t(() => cm("http://r/ok", {range: "bytes=-9"}));
  out.badRangeInm = await t(() => cm("http://r/ok", {range: "bytes=50-60", "if-none-match": '"e"'}));
  out.multiSecondBad = await t(() => cm("http://r/ok", {range: "bytes=0-1,50-60"}));
  out.inmUnquotedStored = await t(async () => { await c.put("http://r/uq", new Response("x", {headers: {"cache-control": "max-age=60", etag: "raw"}})); return [await cm("http://r/uq", {"if-none-match": "raw"}), await cm("http://r/uq", {"if-none-match": "*"})]; });
  out.inmEmptyQuotes = await t(async () => { await c.put("http://r/eq", new Response("x", {headers: {"cache-control": "max-age=60", etag: '""'}})); return await cm("http://r/eq", {"if-none-match": '""'}); });
  out.imsOtherFormat = await t(() => cm("http://r/ok", {"if-modified-since": "Thursday, 22-Oct-15 07:28:00 GMT"}));
  out.imsEqual = await t(() => cm("http://r/ok", {"if-modified-since": "Wed, 21 Oct 2015 07:28:00 GMT"}));
  out.imsLowerDay = await t(() => cm("http://r/ok", {"if-modified-since": "thu, 22 Oct 2015 07:28:00 GMT"}));
  out.notModHeaders = await t(async () => { const r = await c.match(new Request("http://r/ok", {headers: {"if-none-match": '"e"'}})); return [...r.headers].filter(([k]) => k !== "date"); });
  out.rangeHeaders = await t(async () => { const r = await c.match(new Request("http://r/ok", {headers: {range: "bytes=1-2"}})); return [...r.headers].filter(([k]) => k !== "date"); });
  out.headOfRange = await t(async () => { const r = await c.match(new Request("http://r/ok", {method: "HEAD", headers: {range: "bytes=1-2"}}), {ignoreMethod: true}); return r ? [r.status, await r.text()] : "miss"; });
  `),
  {
    name: "kvcache-vars-env-object-shape", area: "vars",
    description: "env object shape with vars and a KV binding: property order with integer-like names, descriptors, extensibility, spread, JSON, structuredClone; identity of env and var objects across requests",
    options: {
      modules: true, compatibilityDate: CD, bindings: V, kvNamespaces: ["KV"],
      script: `${PRELUDE}
let saved = null;
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/again") {
      return Response.json({ sameEnv: saved === env, sameObj: saved.OBJ === env.OBJ, sameKv: saved.KV === env.KV, objAfter: env.OBJ, added: env.ADDED ?? "absent" });
    }
${envProbe}
    saved = env;
    env.OBJ.a.push(2);
    env.ADDED = 1;
    return Response.json(out);
  }
};`,
    },
    steps: [get("/"), get("/again")],
  },
  {
    name: "kvcache-vars-process-env-populate", area: "vars",
    description: "nodejs_compat with nodejs_compat_populate_process_env: which vars appear in process.env and as what, and whether writes reach env",
    options: {
      modules: true, compatibilityDate: CD, compatibilityFlags: ["nodejs_compat", "nodejs_compat_populate_process_env"], bindings: V, kvNamespaces: ["KV"],
      script: `${PRELUDE}
import process from "node:process";
export default {
  async fetch(req, env, ctx) {
    const out = {};
    out.keys = Object.keys(process.env);
    out.values = Object.fromEntries(Object.keys(process.env).map((k) => [k, [typeof process.env[k], process.env[k]]]));
    out.kv = typeof process.env.KV;
    process.env.NEWVAR = 5;
    out.newVar = [typeof process.env.NEWVAR, process.env.NEWVAR, env.NEWVAR ?? "absent"];
    out.same = globalThis.process.env === process.env;
    return Response.json(out);
  }
};`,
    },
    steps: [get("/")],
  },
  {
    name: "kvcache-vars-service-worker-shape", area: "vars",
    description: "service-worker format: vars and KV as globals, their descriptors, typeof self entries, and delete",
    options: {
      compatibilityDate: CD, bindings: V, kvNamespaces: ["KV"],
      script: `${PRELUDE}
addEventListener("fetch", (e) => e.respondWith((async () => {
  const out = {};
  out.descs = Object.fromEntries(["STR", "NUM", "OBJ", "NUL", "KV", "9"].map((k) => { const d = Object.getOwnPropertyDescriptor(globalThis, k); return [k, d ? [d.writable, d.enumerable, d.configurable, "get" in d] : "none"]; }));
  out.selfSame = self.STR === STR && globalThis.OBJ === OBJ;
  out.nine = globalThis["9"];
  out.jsonStr = typeof JSONSTR;
  out.nul = NUL;
  out.envGlobal = typeof env;
  return Response.json(out);
})()));`,
    },
    steps: [get("/")],
  },
  caseOf("kvcache-cache-misc-keys-responses", "cache", "Cache API: URL credentials, empty query, percent-encoding and IDN hosts in keys; open() name lengths; matched responses are mutable and clonable; put of erroring streams; concurrent puts", `
  const c = caches.default;
  const H = {"cache-control": "max-age=60"};
  const p = (u, body = "b") => c.put(u, new Response(body, {headers: H}));
  const m = async (u) => { const r = await c.match(u); return r ? await r.text() : "miss"; };
  out.creds = await t(async () => { await p("http://u:pw@k/cr", "cr"); return [await m("http://k/cr"), await m("http://u:pw@k/cr"), await m("http://u@k/cr")]; });
  out.emptyQuery = await t(async () => { await p("http://k/eq?", "eq"); return [await m("http://k/eq"), await m("http://k/eq?")]; });
  out.tilde = await t(async () => { await p("http://k/%7e", "tl"); return [await m("http://k/~"), await m("http://k/%7E"), await m("http://k/%7e")]; });
  out.dots = await t(async () => { await p("http://k/a/../b", "dots"); return [await m("http://k/b"), await m("http://k/a/../b")]; });
  out.idn = await t(async () => { await p("http://bücher.example/i", "idn"); return [await m("http://xn--bcher-kva.example/i"), await m("http://BÜCHER.example/i")]; });
  out.ipv4 = await t(async () => { await p("http://0x7f.1/ip", "ip"); return await m("http://127.0.0.1/ip"); });
  out.open1024 = await t(async () => (await caches.open("n".repeat(1024))).constructor.name);
  out.open1025 = await t(async () => (await caches.open("n".repeat(1025))).constructor.name);
  out.openMultibyte = await t(async () => (await caches.open("é".repeat(600))).constructor.name);
  out.openObj = await t(async () => { const a = await caches.open({toString() { return "objname"; }}); await a.put("http://k/o", new Response("o", {headers: H})); const r = await (await caches.open("objname")).match("http://k/o"); return r ? await r.text() : "miss"; });
  out.openNull = await t(async () => { const a = await caches.open(null); await a.put("http://k/nl", new Response("nl", {headers: H})); const r = await (await caches.open("null")).match("http://k/nl"); return r ? await r.text() : "miss"; });
  out.mutable = await t(async () => { await p("http://k/mut", "mut"); const r = await c.match("http://k/mut"); r.headers.set("x-new", "1"); return [r.headers.get("x-new"), await m("http://k/mut")]; });
  out.clone = await t(async () => { const r = await c.match("http://k/mut"); const r2 = r.clone(); return [await r.text(), await r2.text(), r2.headers.get("cf-cache-status")]; });
  out.errStream = await t(async () => { const s = new ReadableStream({ start(ctl) { ctl.enqueue(new TextEncoder().encode("a")); ctl.error(new Error("boom")); } }); return c.put("http://k/es", new Response(s, {headers: H})); });
  out.afterErrStream = await t(async () => m("http://k/es"));
  out.concurrent = await t(async () => { await Promise.all([1, 2, 3].map((i) => p("http://k/cc" + i, "v" + i))); return Promise.all([1, 2, 3].map((i) => m("http://k/cc" + i))); });
  out.sameUrlConcurrent = await t(async () => { await Promise.all([p("http://k/same", "x"), p("http://k/same", "x")]); return m("http://k/same"); });
  out.matchAfterDelete = await t(async () => { await p("http://k/mad", "mad"); await c.delete("http://k/mad"); return m("http://k/mad"); });
  out.headersObjKey = await t(async () => { const rq = new Request("http://k/ho", {headers: {"x-key": "1"}}); await c.put(rq, new Response("ho", {headers: H})); return [rq.bodyUsed, await m(new Request("http://k/ho", {headers: {"x-key": "2"}}))]; });
  out.responseWithUrl = await t(async () => { const fetched = new Response("rw", {headers: H}); await c.put("http://k/rw", fetched); const r = await c.match("http://k/rw"); return [r.url, r.redirected]; });
  out.typedStatus = await t(async () => { await c.put("http://k/299", new Response("x", {status: 299, headers: H})); return m("http://k/299"); });
  out.utf8Body = await t(async () => { await p("http://k/u8", "héllo ✓"); const r = await c.match("http://k/u8"); return [await r.text(), r.headers.get("content-length")]; });
  `),
  {
    name: "kvcache-cache-shared-between-workers", area: "cache",
    description: "the default and named caches are shared by the workers of one instance (a put by one worker is matched by another through a service binding)",
    options: {
      workers: [
        { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `${PRELUDE}
export default {
  async fetch(req, env) {
    const H = {"cache-control": "max-age=60"};
    await caches.default.put("http://shared/d", new Response("from-a", {headers: H}));
    await (await caches.open("named")).put("http://shared/n", new Response("named-a", {headers: H}));
    const seen = await (await env.B.fetch("http://b/")).json();
    const back = await caches.default.match("http://shared/fromb");
    return Response.json({ seen, back: back ? await back.text() : "miss" });
  }
};` },
        { name: "b", modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default {
  async fetch(req, env) {
    const d = await caches.default.match("http://shared/d");
    const n = await (await caches.open("named")).match("http://shared/n");
    await caches.default.put("http://shared/fromb", new Response("from-b", {headers: {"cache-control": "max-age=60"}}));
    return Response.json({ d: d ? await d.text() : "miss", n: n ? await n.text() : "miss" });
  }
};` },
      ],
    },
    steps: [get("/")],
  },
  {
    name: "kvcache-cache-service-worker", area: "cache",
    description: "the Cache API in a service-worker script: caches global, put/match/delete, and the state across requests",
    options: {
      compatibilityDate: CD,
      script: `${PRELUDE}
addEventListener("fetch", (e) => e.respondWith((async () => {
  const out = {};
  const u = new URL(e.request.url);
  if (u.pathname === "/put") {
    await caches.default.put("http://sw/x", new Response("sw", {headers: {"cache-control": "max-age=60"}}));
    out.put = true;
  }
  const r = await caches.default.match("http://sw/x");
  out.match = r ? await r.text() : "miss";
  out.typeofCaches = typeof caches;
  out.selfCaches = self.caches === caches;
  out.desc = (() => { const d = Object.getOwnPropertyDescriptor(globalThis, "caches"); return d ? [d.writable, d.enumerable, d.configurable, "get" in d] : "none"; })();
  return Response.json(out);
})()));`,
    },
    steps: [get("/"), get("/put"), get("/")],
  },
  { name: "kvcache-cache-open-name-limit", area: "cache", description: "caches.open name length limit in UTF-8 bytes, and Cache objects of matched responses' headers guard",
    options: modWorker(`    const out = {};
  for (const n of [1001, 1010, 1020, 1022, 1023]) out["ascii" + n] = await t(async () => (await caches.open("n".repeat(n))).constructor.name);
  out.e511 = await t(async () => (await caches.open("é".repeat(511))).constructor.name);
  out.e512 = await t(async () => (await caches.open("é".repeat(512))).constructor.name);
  out.emoji = await t(async () => (await caches.open("😀".repeat(255) + "abc")).constructor.name);
  out.emojiOver = await t(async () => (await caches.open("😀".repeat(256))).constructor.name);
  out.lone = await t(async () => (await caches.open("\\ud800".repeat(341))).constructor.name);
  out.loneOver = await t(async () => (await caches.open("\\ud800".repeat(342))).constructor.name);
  await caches.default.put("http://k/h", new Response("x", {headers: {"cache-control": "max-age=60"}}));
  const r = await caches.default.match("http://k/h");
  out.append = await t(() => r.headers.append("x", "1"));
  out.del = await t(() => r.headers.delete("cf-cache-status"));
  out.cloneMutable = await t(() => { const c = r.clone(); c.headers.set("x", "1"); return c.headers.get("x"); });
  out.newResp = await t(() => { const n = new Response(r.body, r); n.headers.set("x", "1"); return n.headers.get("x"); });
  const nm = await caches.default.match(new Request("http://k/h", {headers: {"if-none-match": "*"}}));
  out.notMod = await t(() => { nm.headers.set("x", "1"); return "set"; });
  const rg = await caches.default.match(new Request("http://k/h", {headers: {range: "bytes=0-0"}}));
  out.ranged = await t(() => { rg.headers.set("x", "1"); return "set"; });
    return Response.json(out);`),
    steps: [get("/")] },
  kvCase("kvcache-kv-unicode-order-and-values", "KV: list order by UTF-8 bytes across BMP-high and astral keys, lone surrogates in values and keys, NUL in keys, 512-byte multibyte keys, empty values in every type, getWithMetadata of missing keys and streams", `
  const KV = env.KV;
  const keys = ["\\uffff", "\\u{1F600}", "\\ue000", "z", "\\u00e9", "a\\u0000b", "a", "A", "\\ud7ff"];
  for (const k of keys) await KV.put(k, "v");
  out.order = (await KV.list()).keys.map((k) => [...k.name].map((ch) => ch.codePointAt(0).toString(16)).join("+"));
  out.prefixAstral = (await KV.list({prefix: "\\u{1F600}"})).keys.length;
  out.prefixNul = (await KV.list({prefix: "a\\u0000"})).keys.map((k) => k.name.length);
  out.loneValue = await t(async () => { await KV.put("lone", "x\\ud800y"); const v = await KV.get("lone"); return [v.length, v.charCodeAt(1).toString(16), hex(await KV.get("lone", "arrayBuffer"))]; });
  out.loneKey = await t(async () => { await KV.put("k\\udc00", "lk"); const l = await KV.list({prefix: "k"}); return [l.keys.map((k) => k.name.charCodeAt(1).toString(16)), await KV.get("k\\udc00"), await KV.get("k\\ufffd")]; });
  out.key512multi = await t(async () => { const k = "\\u00e9".repeat(256); await KV.put(k, "m"); return [await KV.get(k), (await KV.list({prefix: "\\u00e9"})).keys[0].name.length]; });
  out.key513multi = await t(async () => KV.put("\\u00e9".repeat(256) + "x", "m"));
  out.key512astral = await t(async () => { const k = "\\u{1F600}".repeat(128); await KV.put(k, "a"); return KV.get(k); });
  out.emptyText = await t(async () => { await KV.put("empty", ""); return [await KV.get("empty"), await KV.get("empty", "text"), hex(await KV.get("empty", "arrayBuffer")), await (async () => { const s = await KV.get("empty", "stream"); return s === null ? "null" : await new Response(s).text(); })()]; });
  out.emptyJson = await t(async () => KV.get("empty", "json"));
  out.emptyAb = await t(async () => { await KV.put("emptyab", new ArrayBuffer(0)); return [await KV.get("emptyab"), (await KV.getWithMetadata("emptyab")).value]; });
  out.missingMeta = await t(async () => KV.getWithMetadata("nope"));
  out.missingMetaTypes = await t(async () => Promise.all(["text", "json", "arrayBuffer", "stream"].map(async (ty) => { const r = await KV.getWithMetadata("nope", ty); return [r.value, r.metadata, r.cacheStatus, Object.keys(r)]; })));
  out.streamMeta = await t(async () => { await KV.put("sm", "streamed", {metadata: {m: 1}}); const r = await KV.getWithMetadata("sm", {type: "stream"}); return [r.value.constructor.name, await new Response(r.value).text(), r.metadata, Object.keys(r)]; });
  out.dateMeta = await t(async () => { await KV.put("dm", "v", {metadata: new Date(0)}); return (await KV.getWithMetadata("dm")).metadata; });
  out.mapMeta = await t(async () => { await KV.put("mm", "v", {metadata: new Map([["a", 1]])}); return (await KV.getWithMetadata("mm")).metadata; });
  out.undefFieldMeta = await t(async () => { await KV.put("um", "v", {metadata: {a: undefined, b: 1, f() {}}}); return (await KV.getWithMetadata("um")).metadata; });
  out.nestedArrMeta = await t(async () => { await KV.put("nm", "v", {metadata: [1, undefined, () => 1]}); return (await KV.getWithMetadata("nm")).metadata; });
  out.putAfterDeleteList = await t(async () => { await KV.put("pd", "1", {metadata: 1}); await KV.delete("pd"); await KV.put("pd", "2"); return (await KV.list({prefix: "pd"})).keys; });
  `),
  kvCase("kvcache-kv-list-paging-mutations", "KV list: pages over a namespace changed between pages (added, deleted keys), default limit 1000 with 1001 keys, cursor string shape, list_complete without cursor", `
  const KV = env.KV;
  for (let i = 0; i < 10; i++) await KV.put("k" + i, "v" + i);
  const p1 = await KV.list({limit: 3});
  out.p1 = [p1.keys.map((k) => k.name), p1.list_complete, typeof p1.cursor, Object.keys(p1)];
  await KV.delete("k3");
  await KV.put("k2a", "x");
  await KV.put("k0a", "x");
  const p2 = await KV.list({limit: 3, cursor: p1.cursor});
  out.p2 = [p2.keys.map((k) => k.name), p2.list_complete];
  const p3 = await KV.list({cursor: p2.cursor});
  out.p3 = [p3.keys.map((k) => k.name), p3.list_complete, "cursor" in p3, p3.cursor ?? "none"];
  const last = await KV.list({prefix: "k9"});
  out.last = [last.keys.length, last.list_complete, Object.keys(last)];
  for (let i = 0; i < 1001; i++) await KV.put("m" + String(i).padStart(4, "0"), "");
  const big = await KV.list({prefix: "m"});
  out.big = [big.keys.length, big.list_complete, big.keys[999].name];
  const rest = await KV.list({prefix: "m", cursor: big.cursor});
  out.rest = [rest.keys.map((k) => k.name), rest.list_complete];
  out.limit1000 = (await KV.list({prefix: "m", limit: 1000})).keys.length;
  out.limit1001 = await t(async () => (await KV.list({prefix: "m", limit: 1001})).keys.length);
  out.limitFloat = await t(async () => (await KV.list({prefix: "k", limit: 2.7})).keys.length);
  out.limitStr = await t(async () => (await KV.list({prefix: "k", limit: "2"})).keys.length);
  out.cursorGarbage = await t(async () => KV.list({cursor: "garbage"}));
  `),
  caseOf2("kvcache-bindings-ratelimit-analytics-more", "bindings", "rate limiter: separate keys and limiters, option shapes and types, results shape; analytics engine writeDataPoint argument validation (types, limits, missing fields)", `
  const r = env.RL;
  out.rlShape = [typeof r, Object.prototype.toString.call(r), r.constructor?.name, typeof r.limit, r.limit.length];
  out.rlSeq = [];
  for (let i = 0; i < 3; i++) out.rlSeq.push(await r.limit({ key: "k" }));
  out.rlOther = await r.limit({ key: "k2" });
  out.rlSecond = await env.RL2.limit({ key: "k" });
  out.rlEmptyKey = await t(() => r.limit({ key: "" }));
  out.rlExtra = await t(() => r.limit({ key: "e", extra: 1 }));
  out.rlNullKey = await t(() => r.limit({ key: null }));
  out.rlStringArg = await t(() => r.limit("k"));
  out.rlNull = await t(() => r.limit(null));
  out.rlLongKey = await t(() => r.limit({ key: "x".repeat(5000) }));
  const a = env.AE;
  out.aeShape = [typeof a, Object.prototype.toString.call(a), a.constructor?.name, typeof a.writeDataPoint];
  out.aeEmpty = await t(() => a.writeDataPoint({}));
  out.aeNull = await t(() => a.writeDataPoint(null));
  out.aeBlobsNums = await t(() => a.writeDataPoint({ blobs: [1, 2] }));
  out.aeBlobsMixed = await t(() => a.writeDataPoint({ blobs: ["a", null, new Uint8Array([1])] }));
  out.aeDoublesStr = await t(() => a.writeDataPoint({ doubles: ["1"] }));
  out.aeDoublesObj = await t(() => a.writeDataPoint({ doubles: 5 }));
  out.aeIndexes2 = await t(() => a.writeDataPoint({ indexes: ["a", "b"] }));
  out.aeIndexLong = await t(() => a.writeDataPoint({ indexes: ["x".repeat(97)] }));
  out.aeIndex96 = await t(() => a.writeDataPoint({ indexes: ["x".repeat(96)] }));
  out.aeBlobs20 = await t(() => a.writeDataPoint({ blobs: Array(20).fill("b") }));
  out.aeBlobs21 = await t(() => a.writeDataPoint({ blobs: Array(21).fill("b") }));
  out.aeDoubles20 = await t(() => a.writeDataPoint({ doubles: Array(20).fill(1) }));
  out.aeDoubles21 = await t(() => a.writeDataPoint({ doubles: Array(21).fill(1) }));
  out.aeBigBlob = await t(() => a.writeDataPoint({ blobs: ["x".repeat(16 * 1024)] }));
  out.aeBigBlob2 = await t(() => a.writeDataPoint({ blobs: ["x".repeat(16 * 1024 + 1)] }));
  out.aeReturn = await t(() => { const v = a.writeDataPoint({ blobs: ["x"] }); return [typeof v, v instanceof Promise]; });
  `, { ratelimits: { RL: { simple: { limit: 2, period: 60 } }, RL2: { simple: { limit: 1, period: 10 } } }, analyticsEngineDatasets: { AE: { dataset: "ds" } } }),
  caseOf2("kvcache-bindings-secrets-version-pipelines", "bindings", "secrets store secret get() without a stored value, version metadata fields, pipeline send shapes", `
  out.secret = await t(() => env.SECRET.get());
  out.secretShape = [typeof env.SECRET, Object.prototype.toString.call(env.SECRET), typeof env.SECRET.get];
  out.secretGetArgs = await t(() => env.SECRET.get("other"));
  const vm = env.VM;
  out.vm = [typeof vm, Object.keys(vm).sort(), typeof vm.id, typeof vm.tag, typeof vm.timestamp];
  out.pSendEmpty = await t(() => env.PIPE.send([]));
  out.pSendObj = await t(() => env.PIPE.send({ a: 1 }));
  out.pSendNested = await t(() => env.PIPE.send([{ a: { b: [1, 2] } }, { c: "x" }]));
  out.pSendStrings = await t(() => env.PIPE.send(["a", "b"]));
  out.pNoArg = await t(() => env.PIPE.send());
  `, { secretsStoreSecrets: { SECRET: { store_id: "s1", secret_name: "api" } }, versionMetadata: "VM", pipelines: ["PIPE"] }),
  caseOf3("kvcache-kv-sync-async-errors", "kv", "which KV argument errors throw synchronously and which reject: missing arguments, bad types, bad options, key validation, value kinds, limits", `
  const KV = env.KV;
  const probes = {
    getNoArg: () => KV.get(), getBadType: () => KV.get("k", "nope"), getBadOpts: () => KV.get("k", 5), getEmptyKey: () => KV.get(""), getDot: () => KV.get("."),
    getLong: () => KV.get("x".repeat(600)), getTtlLow: () => KV.get("k", {cacheTtl: 5}), getSym: () => KV.get(Symbol("s")),
    bulkBadType: () => KV.get(["a"], "stream"), bulk101: () => KV.get(Array.from({length: 101}, (_, i) => "k" + i)), bulkEmpty: () => KV.get([]),
    putNoArg: () => KV.put(), putOneArg: () => KV.put("k"), putBadValue: () => KV.put("k", 5), putObj: () => KV.put("k", {}), putEmptyKey: () => KV.put("", "v"),
    putTtlLow: () => KV.put("k", "v", {expirationTtl: 10}), putBadOpts: () => KV.put("k", "v", 5), putMetaBig: () => KV.put("k", "v", {metadata: "x".repeat(2000)}),
    putBigValue: () => KV.put("k", "x".repeat(25 * 1024 * 1024 + 1)),
    listBadOpts: () => KV.list(5), listLimit0: () => KV.list({limit: 0}), listLimitBig: () => KV.list({limit: 5000}), listPrefixLong: () => KV.list({prefix: "x".repeat(600)}),
    delNoArg: () => KV.delete(), delEmpty: () => KV.delete(""), delArr: () => KV.delete(["a", "b"]),
    gwmNoArg: () => KV.getWithMetadata(), gwmBadType: () => KV.getWithMetadata("k", "nope"),
  };
  for (const [k, fn] of Object.entries(probes)) out[k] = await sa(fn);
  `, { kvNamespaces: ["KV"] }),
  caseOf3("kvcache-cache-sync-async-errors", "cache", "which Cache API argument errors throw synchronously and which reject", `
  const c = caches.default;
  const probes = {
    matchNoArg: () => c.match(), matchBadUrl: () => c.match("nope"), matchOpts: () => c.match("http://x/", {ignoreSearch: true}), matchPost: () => c.match(new Request("http://x/", {method: "POST"})),
    putNoArg: () => c.put(), putOneArg: () => c.put("http://x/"), putBadResp: () => c.put("http://x/", "s"), putPost: () => c.put(new Request("http://x/", {method: "POST"}), new Response("x")),
    put206: () => c.put("http://x/", new Response("x", {status: 206})), putVary: () => c.put("http://x/", new Response("x", {headers: {vary: "*"}})),
    putBadUrl: () => c.put("nope", new Response("x")), putData: () => c.put("data:,x", new Response("x")), putError: () => c.put("http://x/", Response.error()),
    delNoArg: () => c.delete(), delBadUrl: () => c.delete("nope"), delOpts: () => c.delete("http://x/", {ignoreVary: true}),
    openNoArg: () => caches.open(), openLong: () => caches.open("x".repeat(2000)), keys: () => c.keys(), add: () => c.add("http://x/"), has: () => caches.has("x"),
  };
  for (const [k, fn] of Object.entries(probes)) out[k] = await sa(fn);
  `),
  { name: "kvcache-bindings-ratelimit-call-options", area: "bindings", description: "rate limiter per-call limit and period options: types, unsupported periods, overrides, refused calls not counted, several unknown options",
    options: modWorker(`    const out = {};
  const r = env.RL;
  out.limitStr = await t(() => r.limit({ key: "a", limit: "5" }));
  out.limitNull = await t(() => r.limit({ key: "a", limit: null }));
  out.periodStr = await t(() => r.limit({ key: "a", period: "60" }));
  out.period30 = await t(() => r.limit({ key: "a", period: 30 }));
  out.period10 = await t(() => r.limit({ key: "p10", period: 10 }));
  out.periodUndef = await t(() => r.limit({ key: "pu", period: undefined }));
  out.unknown2 = await t(() => r.limit({ key: "a", foo: 1, bar: 2 }));
  out.unknownFirst = await t(() => r.limit({ foo: 1, key: 5 }));
  out.keyNum = await t(() => r.limit({ key: 5, limit: "x" }));
  out.seq = [];
  for (let i = 0; i < 3; i++) out.seq.push(await r.limit({ key: "s" }));
  out.raised = await r.limit({ key: "s", limit: 2 });
  out.raised3 = await r.limit({ key: "s", limit: 3 });
  out.limit0 = await r.limit({ key: "z", limit: 0 });
  out.limitNeg = await r.limit({ key: "z2", limit: -1 });
  out.limitNaN = await t(() => r.limit({ key: "z3", limit: NaN }));
  out.limitFloat = [];
  for (let i = 0; i < 3; i++) out.limitFloat.push((await r.limit({ key: "f", limit: 1.5 })).success);
  out.noKey = await r.limit({});
  out.noKey2 = await r.limit({});
  out.proto = await t(() => r.limit(Object.create({ key: "inherited" })));
  out.arr = await t(() => r.limit([]));
    return Response.json(out);`, { ratelimits: { RL: { simple: { limit: 1, period: 60 } } } }),
    steps: [get("/")] },
];
