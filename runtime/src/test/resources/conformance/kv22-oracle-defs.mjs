// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && DEFS_DIR=d RECORD_OUT=<out> node /work/wt/oracle/record.mjs kv22-
import { CD, PRELUDE } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/", host = "http://localhost") => r("GET", host + p);
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const base = [
  {
    name: "kv22-multi-worker-methods-and-bodies", area: "multi-worker",
    description: "service binding fetch with method spellings (patch, Patch, delete, custom PROPFIND, lower-case custom), bodies of HEAD/GET refused, bodies of DELETE/OPTIONS forwarded, body kinds (URLSearchParams, FormData, Blob with type) and the content-type the callee sees",
    options: { workers: [
      mod(`export default { async fetch(req, env) { const out = {};
for (const m of ["patch", "Patch", "delete", "Delete", "options", "PROPFIND", "propfind", "m-search", "CONNECT", "TRACE", "track"]) out["m_" + m] = await t(async () => { const r = await env.B.fetch("http://b/x", { method: m }); return await r.text(); });
for (const m of ["DELETE", "OPTIONS", "PATCH", "FOO"]) out["body_" + m] = await t(async () => (await env.B.fetch("http://b/x", { method: m, body: "payload" })).text());
for (const m of ["GET", "HEAD"]) out["bodyRef_" + m] = await t(async () => (await env.B.fetch("http://b/x", { method: m, body: "payload" })).text());
out.usp = await t(async () => (await env.B.fetch("http://b/x", { method: "POST", body: new URLSearchParams({ a: "1 2", b: "ü" }) })).text());
out.blob = await t(async () => (await env.B.fetch("http://b/x", { method: "POST", body: new Blob(["bl"], { type: "Text/Weird; X=1" }) })).text());
out.blobNoType = await t(async () => (await env.B.fetch("http://b/x", { method: "POST", body: new Blob(["bl"]) })).text());
out.buf = await t(async () => (await env.B.fetch("http://b/x", { method: "PUT", body: new Uint8Array([104, 105]) })).text());
out.headB = await t(async () => { const r = await env.B.fetch("http://b/x", { method: "HEAD" }); return [r.status, r.headers.get("x-m"), await r.text()]; });
return Response.json(out); } };`, { name: "a", serviceBindings: { B: "b" } }),
      mod(`export default { async fetch(req) { const body = await req.text(); return new Response(req.method + "|" + (req.headers.get("content-type") ?? "none") + "|" + (req.headers.get("content-length") ?? "nolen") + "|" + body, { headers: { "x-m": req.method } }); } };`, { name: "b" }),
    ] },
    steps: [G()],
  },
  {
    name: "kv22-multi-worker-response-kinds-across-binding", area: "multi-worker",
    description: "what a caller reads from a service binding callee's Response.redirect, Response.json with init, null-body statuses with headers, a 205/304, a Response built from another fetch's body, a Blob body's content-type, and redirect: manual vs follow on a callee redirect",
    options: { workers: [
      mod(`export default { async fetch(req, env) { const out = {};
const snap = async (r) => [r.status, r.statusText, r.redirected, r.url, [...r.headers].filter(([k]) => k !== "date"), await r.text()];
for (const p of ["/redir", "/redir301", "/json", "/null204", "/r205", "/r304", "/blob", "/form", "/usp", "/relative"]) out[p] = await t(async () => snap(await env.B.fetch("http://b" + p)));
out.follow = await t(async () => snap(await env.B.fetch("http://b/redir", { redirect: "follow" })));
out.manual = await t(async () => snap(await env.B.fetch("http://b/redir", { redirect: "manual" })));
out.followRel = await t(async () => snap(await env.B.fetch("http://b/relative", { redirect: "follow" })));
out.error = await t(async () => snap(await env.B.fetch("http://b/redir", { redirect: "error" })));
return Response.json(out); } };`, { name: "a", serviceBindings: { B: "b" } }),
      mod(`export default { async fetch(req) { const p = new URL(req.url).pathname;
if (p === "/redir") return Response.redirect("http://b/target", 302);
if (p === "/redir301") return Response.redirect("http://b/target", 301);
if (p === "/target") return new Response("at target " + req.method);
if (p === "/relative") return new Response(null, { status: 302, headers: { location: "/target?q=1" } });
if (p === "/json") return Response.json({ a: 1 }, { status: 201, statusText: "Made", headers: { "x-j": "1", "content-type": "application/vnd.x+json" } });
if (p === "/null204") return new Response(null, { status: 204, headers: { "x-n": "1", "content-type": "text/plain" } });
if (p === "/r205") return new Response(null, { status: 205 });
if (p === "/r304") return new Response(null, { status: 304, headers: { etag: '"e"' } });
if (p === "/blob") return new Response(new Blob(["b"], { type: "image/png" }));
if (p === "/form") { const f = new FormData(); f.append("k", "v"); return new Response(new URLSearchParams("a=1")); }
if (p === "/usp") return new Response(new URLSearchParams({ x: "y z" }));
return new Response("?"); } };`, { name: "b" }),
    ] },
    steps: [G()],
  },
  {
    name: "kv22-vars-binding-value-shapes", area: "vars",
    description: "vars of odd JSON shapes: large integers, tiny and huge floats, nested arrays of mixed kinds, empty object and array, strings with NUL and lone surrogates, keys with dots and unicode; identity of a nested object across two reads; typeof and prototypes",
    options: mod(`export default { async fetch(req, env) { const out = {};
out.keys = Object.keys(env);
for (const k of Object.keys(env)) out["v_" + k] = [typeof env[k], Array.isArray(env[k]), env[k] === null ? null : Object.getPrototypeOf(Object(env[k])) === Object.prototype, JSON.stringify(env[k])];
out.sameNested = env.NEST === env.NEST && env.NEST.a === env.NEST.a;
out.nulLen = env.NUL.length; out.surr = [...env.SURR].map((c) => c.codePointAt(0).toString(16));
out.big = [env.BIG, Number.isSafeInteger(env.BIG), env.BIG2, env.NEG, env.TINY, env.HUGE, env.EXP];
return Response.json(out); } };`, { bindings: { BIG: 9007199254740993, BIG2: 123456789012345680000, NEG: -0.5, TINY: 5e-324, HUGE: 1.7976931348623157e308, EXP: 1e21, NEST: { a: { b: [1, "2", null, true, { c: [] }] }, e: {} }, EMPTYA: [], EMPTYO: {}, NUL: "a\u0000b", SURR: "x\ud800y\udc00", "dot.key": "d", "ключ": "u", "": "empty name", " ": "space" } }),
    steps: [G()],
  },
  {
    name: "kv22-kv-list-metadata-after-bulk-and-ttl", area: "kv",
    description: "list after puts with metadata of many JSON kinds and expirationTtl, read page by page with limit 2 and a prefix; list keys' own property order; getWithMetadata and bulk getWithMetadata over the same keys, including empty and falsy json values",
    options: mod(`export default { async fetch(req, env) { const KV = env.KV; const out = {};
const metas = [0, false, "", null, [], {}, "s", 1.5, [null], { a: undefined }];
await Promise.all(metas.map((m, i) => KV.put("p/" + i, i % 3 === 0 ? "" : String(i), { metadata: m })));
await KV.put("p/j0", "0", { metadata: { z: 1 } }); await KV.put("p/jf", "false"); await KV.put("p/jn", "null"); await KV.put("p/je", '""');
let cursor, pages = [];
do { const r = await KV.list({ prefix: "p/", limit: 3, cursor }); pages.push(r.keys.map((k) => [k.name, Object.keys(k), k.metadata === undefined ? "undef" : k.metadata])); cursor = r.list_complete ? undefined : r.cursor; if (pages.length > 10) break; } while (cursor);
out.pages = pages;
const keys = ["p/0", "p/1", "p/3", "p/j0", "p/jf", "p/jn", "p/je", "p/missing"];
out.bulkText = await t(async () => [...(await KV.getWithMetadata(keys))].map(([k, v]) => [k, v]));
out.bulkJson = await t(async () => [...(await KV.getWithMetadata(keys.slice(3), "json"))].map(([k, v]) => [k, v]));
out.bulkJsonGet = await t(async () => [...(await KV.get(keys.slice(3), "json"))].map(([k, v]) => [k, v]));
out.bulkJsonBad = await t(async () => [...(await KV.get(["p/0", "p/1"], { type: "json" }))]);
out.single = await t(async () => Promise.all(keys.map(async (k) => { const r = await KV.getWithMetadata(k, "json").catch((e) => ({ err: e.message })); return r; })));
return Response.json(out); } };`, { kvNamespaces: ["KV"] }),
    steps: [G()],
  },
  {
    name: "kv22-multi-worker-kv-one-id-sequenced", area: "multi-worker",
    description: "two workers bind one KV namespace id under different binding names: a write by one seen by the other within the same request chain via a service binding, metadata and list shared, a delete from the callee seen by the caller afterwards",
    options: { workers: [
      mod(`export default { async fetch(req, env) { const out = {};
await env.MINE.put("k1", "from-a", { metadata: { by: "a" } });
out.bSees = await (await env.B.fetch("http://b/read?k=k1")).json();
await (await env.B.fetch("http://b/write?k=k2")).text();
out.aSees = await env.MINE.getWithMetadata("k2");
out.list = (await env.MINE.list()).keys.map((k) => ({ ...k, expiration: k.expiration === undefined ? "none" : Math.abs(k.expiration - Math.floor(Date.now() / 1000) - 3600) < 30 }));
await (await env.B.fetch("http://b/del?k=k1")).text();
out.afterDel = await env.MINE.get("k1");
out.other = (await env.OTHER.list()).keys.length;
return Response.json(out); } };`, { name: "a", serviceBindings: { B: "b" }, kvNamespaces: { MINE: "shared-ns", OTHER: "other-ns" } }),
      mod(`export default { async fetch(req, env) { const u = new URL(req.url); const k = u.searchParams.get("k");
if (u.pathname === "/read") return Response.json(await env.THEIRS.getWithMetadata(k));
if (u.pathname === "/write") { await env.THEIRS.put(k, "from-b", { metadata: { by: "b" }, expirationTtl: 3600 }); return new Response("ok"); }
if (u.pathname === "/del") { await env.THEIRS.delete(k); return new Response("ok"); }
return new Response("?"); } };`, { name: "b", kvNamespaces: { THEIRS: "shared-ns" } }),
    ] },
    steps: [G()],
  },
  {
    name: "kv22-cache-vary-and-keys-across-requests", area: "cache",
    description: "Cache API: Vary on one and two request headers put and matched with matching, differing and absent header values; Vary * refused; a put with a query string matched without it; header case of vary names; match with ignoreMethod for POST",
    options: mod(`export default { async fetch(req, env, ctx) { const out = {}; const c = caches.default;
const snap = async (r) => r === undefined ? "miss" : [r.status, r.headers.get("vary"), await r.text()];
const u = "http://cache.test/v";
out.put1 = await t(() => c.put(new Request(u, { headers: { "accept-language": "en", "x-a": "1" } }), new Response("en", { headers: { "cache-control": "max-age=60", vary: "Accept-Language" } })));
out.same = await snap(await c.match(new Request(u, { headers: { "accept-language": "en" } })));
out.diff = await snap(await c.match(new Request(u, { headers: { "accept-language": "fr" } })));
out.absent = await snap(await c.match(u));
out.caseVal = await snap(await c.match(new Request(u, { headers: { "accept-language": "EN" } })));
out.put2 = await t(() => c.put(new Request(u + "2", { headers: { "x-a": "1", "x-b": "2" } }), new Response("two", { headers: { "cache-control": "max-age=60", vary: "X-A, x-b" } })));
out.both = await snap(await c.match(new Request(u + "2", { headers: { "x-a": "1", "x-b": "2" } })));
out.oneDiff = await snap(await c.match(new Request(u + "2", { headers: { "x-a": "1", "x-b": "3" } })));
out.oneAbsent = await snap(await c.match(new Request(u + "2", { headers: { "x-a": "1" } })));
out.star = await t(() => c.put(u + "3", new Response("s", { headers: { "cache-control": "max-age=60", vary: "*" } })));
out.starMatch = await snap(await c.match(u + "3"));
out.starList = await t(() => c.put(u + "4", new Response("s", { headers: { "cache-control": "max-age=60", vary: "x-a, *" } })));
out.starListMatch = await snap(await c.match(u + "4"));
await c.put(u + "5?q=1", new Response("q", { headers: { "cache-control": "max-age=60" } }));
out.noQuery = await snap(await c.match(u + "5"));
out.withQuery = await snap(await c.match(u + "5?q=1"));
out.otherQuery = await snap(await c.match(u + "5?q=2"));
out.post = await snap(await c.match(new Request(u + "5?q=1", { method: "POST" })));
out.postIgnore = await snap(await c.match(new Request(u + "5?q=1", { method: "POST" }), { ignoreMethod: true }));
out.delPost = await t(() => c.delete(new Request(u + "5?q=1", { method: "POST" })));
out.delPostIgnore = await t(() => c.delete(new Request(u + "5?q=1", { method: "POST" }), { ignoreMethod: true }));
out.afterDel = await snap(await c.match(u + "5?q=1"));
return Response.json(out); } };`),
    steps: [G()],
  },
];
const named = (n, routes) => ({ name: n, modules: true, compatibilityDate: CD, routes, script: `export default { fetch(req) { const u = new URL(req.url); return new Response("${n} " + u.host + u.pathname + u.search); } };` });
const more = [
  {
    name: "kv22-multi-worker-routes-encoded-paths-and-hosts", area: "multi-worker",
    description: "routes whose paths hold spaces, unicode, percent escapes, backslashes and dot segments, hosts with a trailing dot, IDN hosts, an IPv6 host, and http://*/ forms, matched against request URLs in the same and other spellings",
    options: { workers: [
      named("first", []),
      named("space", ["r.test/a b*"]),
      named("uni", ["r.test/ü/*"]),
      named("pct", ["r.test/p%2Fq*"]),
      named("back", ["r.test\\\\back\\\\*"]),
      named("dots", ["r.test/x/../dd/*"]),
      named("trail", ["trail.test./*"]),
      named("idn", ["bücher.test/*"]),
      named("idnstar", ["*.straße.test/*"]),
      named("v6", ["[::1]/*"]),
      named("httpany", ["http://*/only-http/*"]),
      named("upper", ["R.TEST/UP/*"]),
    ] },
    steps: ["http://r.test/a b", "http://r.test/a%20b/c", "http://r.test/ü/x", "http://r.test/%C3%BC/x", "http://r.test/%c3%bc/x", "http://r.test/p%2Fq", "http://r.test/p/q",
      "http://r.test/back/1", "http://r.test/dd/1", "http://r.test/x/../dd/2", "http://trail.test./a", "http://trail.test/a", "http://bücher.test/", "http://xn--bcher-kva.test/",
      "http://a.straße.test/", "http://a.strasse.test/", "http://[::1]/", "http://[0:0::1]:8080/z", "http://any.host/only-http/x", "https://any.host/only-http/x", "http://r.test/UP/x", "http://r.test/up/x"].map((u) => G("", u)),
  },
];

export default [...base, ...more];
