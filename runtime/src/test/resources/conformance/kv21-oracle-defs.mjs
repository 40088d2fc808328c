// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && DEFS_DIR=d RECORD_OUT=<out> node /work/wt/oracle/record.mjs kv21-
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
const snap = async (r) => r === undefined ? "miss" : typeof r === "string" ? r : [r.status, r.statusText, [...r.headers].filter(([k]) => k !== "date" && k !== "age"), await r.text()];
${body}
  return Response.json(out); } };`),
  steps: [G()],
});

export default [
  kvCase("kv21-kv-key-coercion-and-delete-edges", "keys of non-string kinds (number, boolean, null, undefined, object with toString, array) for put/get/delete; delete of a missing key, of an empty key, of a key over 512 bytes; what list shows afterwards",
`const kinds = { num: 1.5, neg0: -0, bool: true, nul: null, undef: undefined, obj: { toString() { return "objkey"; } }, arr: ["a", "b"], big: 10n };
for (const [n, k] of Object.entries(kinds)) out["put_" + n] = await t(() => KV.put(k, n));
out.list = (await KV.list()).keys.map((k) => k.name);
for (const [n, k] of Object.entries(kinds)) out["get_" + n] = await t(() => KV.get(k));
out.delMissing = await t(() => KV.delete("nope"));
out.delEmpty = await t(() => KV.delete(""));
out.delLong = await t(() => KV.delete("x".repeat(513)));
out.del512 = await t(() => KV.delete("x".repeat(512)));
out.delNum = await t(() => KV.delete(1.5));
out.delNone = await t(() => KV.delete());
out.after = (await KV.list()).keys.map((k) => k.name);`),
  kvCase("kv21-kv-expiration-coercion", "put expiration/expirationTtl of string, fractional, boolean, null, NaN forms and both at once; the expiration list shows (relative to now)",
`const now = Math.floor(Date.now() / 1000);
const cases = { ttlStr: { expirationTtl: "120" }, ttlFrac: { expirationTtl: 60.9 }, ttlNull: { expirationTtl: null }, ttlNaN: { expirationTtl: NaN }, ttlTrue: { expirationTtl: true }, ttlJunk: { expirationTtl: "abc" }, ttl59: { expirationTtl: 59 }, ttlNeg: { expirationTtl: -1 }, ttl0: { expirationTtl: 0 },
  expStr: { expiration: String(now + 1000) }, expFrac: { expiration: now + 1000.7 }, expNull: { expiration: null }, expBoth: { expiration: now + 5000, expirationTtl: 100 }, expZero: { expiration: 0 }, expInf: { expiration: Infinity }, ttlInf: { expirationTtl: Infinity }, expHuge: { expiration: 2 ** 31 }, ttlHuge: { expirationTtl: 2 ** 40 } };
for (const [n, o] of Object.entries(cases)) out[n] = await t(() => KV.put(n, "v", o));
const l = await KV.list();
out.listed = l.keys.map((k) => [k.name, k.expiration === undefined ? "none" : Math.round((k.expiration - now) / 10) * 10]);`),
  kvCase("kv21-kv-metadata-json-edges", "metadata values JSON turns into something else: undefined members, NaN, Infinity, Date, toJSON, nested undefined in arrays, -0, sparse arrays, Map; null and undefined metadata; what list and getWithMetadata return",
`const metas = { undefMember: { a: undefined, b: 1 }, nan: { n: NaN, i: -Infinity }, date: { d: new Date(0) }, tojson: { toJSON() { return { replaced: true }; } }, arr: [1, undefined, () => 1], negzero: { z: -0 }, sparse: [1, , 3], map: new Map([["a", 1]]), nul: null, undef: undefined, str: "s", num: 0, fn: () => 1, sym: { s: Symbol("x") } };
for (const [n, m] of Object.entries(metas)) out["put_" + n] = await t(() => KV.put(n, "v", { metadata: m }));
for (const n of Object.keys(metas)) out["gwm_" + n] = await t(async () => { const r = await KV.getWithMetadata(n); return r.value === null ? "absent" : [r.metadata === undefined ? "undef" : r.metadata]; });
out.list = (await KV.list()).keys.map((k) => [k.name, "metadata" in k, k.metadata ?? "nullish"]);`),
  kvCase("kv21-kv-bulk-get-shapes", "bulk get with duplicates, missing keys, 100 and 101 keys, an empty array, non-string members, type json with a bad value, getWithMetadata bulk on keys without metadata; result is a Map in argument order",
`await KV.put("a", "1", { metadata: { m: 1 } }); await KV.put("b", "{bad"); await KV.put("c", '"s"');
const show = (m) => m instanceof Map ? ["Map", [...m.entries()]] : [typeof m, m];
out.dups = await t(async () => show(await KV.get(["b", "a", "b", "zz", "a"])));
out.empty = await t(async () => show(await KV.get([])));
out.k100 = await t(async () => (await KV.get(Array.from({ length: 100 }, (_, i) => "k" + i))).size);
out.k101 = await t(async () => (await KV.get(Array.from({ length: 101 }, (_, i) => "k" + i))).size);
out.nonString = await t(async () => show(await KV.get(["a", 1, null])));
out.jsonBad = await t(async () => show(await KV.get(["a", "b"], "json")));
out.jsonOk = await t(async () => show(await KV.get(["a", "c"], { type: "json" })));
out.gwm = await t(async () => show(await KV.getWithMetadata(["a", "c", "missing"])));
out.gwmJson = await t(async () => show(await KV.getWithMetadata(["c", "missing"], "json")));
out.stream = await t(async () => show(await KV.get(["a"], "stream")));
out.ab = await t(async () => show(await KV.get(["a"], "arrayBuffer")));
out.longKey = await t(async () => show(await KV.get(["a", "x".repeat(513)])));
out.emptyKey = await t(async () => show(await KV.get(["a", ""])));`),
  kvCase("kv21-kv-list-limit-and-prefix-edges", "list with limit 1000, 1001, 0, -5, 2.7, '3', null; prefix null, undefined, '', a number; a prefix longer than 512 bytes; the cacheStatus member and key order of results",
`for (let i = 0; i < 5; i++) await KV.put("p" + i, "v");
await KV.put("1x", "v");
const s = (l) => [Object.keys(l), l.keys.length, l.list_complete, "cursor" in l, l.cacheStatus ?? "nullish"];
for (const [n, o] of Object.entries({ l1000: { limit: 1000 }, l1001: { limit: 1001 }, l0: { limit: 0 }, lneg: { limit: -5 }, lfrac: { limit: 2.7 }, lstr: { limit: "3" }, lnull: { limit: null }, pnull: { prefix: null }, pundef: { prefix: undefined }, pempty: { prefix: "" }, pnum: { prefix: 1 }, plong: { prefix: "p".repeat(513) }, none: undefined, nul: null, str: "p" }))
  out[n] = await t(async () => s(await KV.list(o)));`),
  cacheCase("kv21-cache-put-refusals-and-statuses", "Cache API put: request methods, response statuses (200, 203, 204, 206, 300, 301, 404, 410, 500), a used body, a response with Set-Cookie, Cache-Control private/no-store/no-cache/s-maxage; which come back from match and what delete returns",
`const u = "http://cache.test/s";
for (const m of ["HEAD", "POST", "PUT"]) out["method_" + m] = await t(() => c.put(new Request(u + m, { method: m }), new Response("x")));
for (const s of [200, 203, 204, 206, 300, 301, 404, 410, 500]) {
  out["put_" + s] = await t(() => c.put(u + s, new Response(s === 204 ? null : "b" + s, { status: s, headers: { "cache-control": "max-age=60", ...(s === 301 || s === 300 ? { location: "/x" } : {}) } })));
  out["match_" + s] = await snap(await c.match(u + s));
}
const used = new Response("used"); await used.text();
out.used = await t(() => c.put(u + "used", used));
for (const [n, cc] of Object.entries({ priv: "private, max-age=60", nostore: "no-store", nocache: "no-cache", smax: "s-maxage=60", smax0: "s-maxage=0, max-age=60", maxage0: "max-age=0", pub: "public" })) {
  out["put_" + n] = await t(() => c.put(u + n, new Response("cc", { headers: { "cache-control": cc } })));
  out["m_" + n] = await snap(await c.match(u + n));
}
out.cookie = await t(() => c.put(u + "ck", new Response("ck", { headers: { "cache-control": "max-age=60", "set-cookie": "a=1" } })));
out.mcookie = await snap(await c.match(u + "ck"));
out.del200 = await c.delete(u + 200);
out.del200again = await c.delete(u + 200);
out.delPost = await t(() => c.delete(new Request(u + 404, { method: "POST" })));
out.delPostIgnore = await t(() => c.delete(new Request(u + 404, { method: "POST" }), { ignoreMethod: true }));`),
  cacheCase("kv21-cache-match-request-forms", "Cache API match: keys given as URL objects, strings with fragments, relative URLs, non-http schemes, upper-case hosts, a Request with a body; match with ignoreMethod on HEAD; statusText kept",
`const u = "http://cache.test/f";
out.put = await t(() => c.put(new URL(u + "?q=1"), new Response("f", { status: 200, statusText: "Fine", headers: { "cache-control": "max-age=60", "x-a": "1" } })));
out.mFrag = await snap(await c.match(u + "?q=1#frag"));
out.mUrl = await snap(await c.match(new URL(u + "?q=1")));
out.mHost = await snap(await c.match("http://CACHE.test/f?q=1"));
out.mHead = await snap(await c.match(new Request(u + "?q=1", { method: "HEAD" })));
out.mHeadIgnore = await snap(await c.match(new Request(u + "?q=1", { method: "HEAD" }), { ignoreMethod: true }));
out.rel = await t(() => c.match("/rel"));
out.ftp = await t(() => c.put("ftp://x/y", new Response("z", { headers: { "cache-control": "max-age=60" } })));
out.data = await t(() => c.match("data:text/plain,hi"));
out.https = await t(async () => { await c.put("https://cache.test/h", new Response("h", { headers: { "cache-control": "max-age=60" } })); return snap(await c.match("http://cache.test/h")); });`),
  {
    name: "kv21-vars-json-number-and-string-forms", area: "vars",
    description: "bindings of numbers JSON writes specially (1e21, 5e-324, 2**64, MAX_VALUE, 0.1+0.2), strings with escapes, lone surrogates, NUL, very long; typeof and exact text seen by the worker",
    options: mod(`export default { async fetch(req, env) { const out = {};
  for (const k of Object.keys(env)) { const v = env[k]; out[k] = [typeof v, typeof v === "number" ? [String(v), Object.is(v, -0), Number.isSafeInteger(v)] : typeof v === "string" ? [v.length, [...v].slice(0, 8).map((c) => c.codePointAt(0))] : JSON.stringify(v)]; }
  return Response.json(out); } };`, { bindings: { E21: 1e21, TINY: 5e-324, BIG64: 2 ** 64, MAX: Number.MAX_VALUE, SUM: 0.1 + 0.2, NEGSMALL: -1e-7, INTF: 3.0, ESC: "a\"b\\c\n\t\u0001", LONE: "x\ud800y", NUL: "a\u0000b", EMOJI: "😀é", LONG: "z".repeat(5000), NESTED: { n: [1e21, 2 ** 64, -0.5], s: "\u2028" } } }),
    steps: [G()],
  },
  {
    name: "kv21-vars-newer-binding-option-shapes", area: "vars",
    description: "the option shapes of d1Databases, r2Buckets, queueProducers, kvNamespaces in object-with-id, string and array forms; env keys, order and the binding kinds' constructor names; data shared by id between bindings of one worker",
    options: mod(`export default { async fetch(req, env) { const out = {};
  out.keys = Object.keys(env);
  out.kinds = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, [typeof v, v?.constructor?.name ?? null]]));
  await env.DB.exec("CREATE TABLE t (a TEXT)"); await env.DB.prepare("INSERT INTO t VALUES ('x')").run();
  out.d1shared = await t(async () => (await env.DB2.prepare("SELECT a FROM t").all()).results);
  await env.R.put("o", "obj"); out.r2shared = await t(async () => (await env.R2.get("o"))?.text() ?? null);
  await env.K.put("k", "kv"); out.kvshared = await t(() => env.K2.get("k"));
  out.q = await t(() => env.Q.send("m")); out.q2 = await t(() => env.Q2.send("m"));
  return Response.json(out); } };`, { d1Databases: { DB: { id: "same" }, DB2: "same" }, r2Buckets: { R: { id: "bucket" }, R2: "bucket" }, kvNamespaces: { K: { id: "ns" }, K2: "ns" }, queueProducers: { Q: { queueName: "qa" }, Q2: { queueName: "qb", deliveryDelay: 2 } } }),
    steps: [G()],
  },
];
