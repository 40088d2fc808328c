// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && DEFS_DIR=d RECORD_OUT=<out> node /work/wt/oracle/record.mjs kv21-
import { CD, PRELUDE } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/", host = "http://localhost") => r("GET", host + p);
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
export default [
  {
    name: "kv21-cache-overwrite-encodings-and-conditionals", area: "cache",
    description: "Cache API: a second put overwrites the first; a stream body; Content-Encoding gzip stored and matched; If-Modified-Since equal to, before and after Last-Modified; If-None-Match with a list and a weak tag; Range suffix",
    options: mod(`export default { async fetch(req, env, ctx) { const out = {}; const c = caches.default;
const snap = async (r) => r === undefined ? "miss" : [r.status, [...r.headers].filter(([k]) => k !== "date" && k !== "age"), await r.text()];
const u = "http://cache.test/o";
await c.put(u, new Response("first", { headers: { "cache-control": "max-age=60", "x-v": "1" } }));
await c.put(u, new Response("second", { headers: { "cache-control": "max-age=60", "x-v": "2" } }));
out.over = await snap(await c.match(u));
await c.put(u + "s", new Response(new ReadableStream({ start(ctl) { ctl.enqueue(new TextEncoder().encode("str")); ctl.enqueue(new TextEncoder().encode("eam")); ctl.close(); } }), { headers: { "cache-control": "max-age=60" } }));
out.stream = await snap(await c.match(u + "s"));
const lm = "Wed, 21 Oct 2015 07:28:00 GMT";
await c.put(u + "lm", new Response("lm", { headers: { "cache-control": "max-age=60", "last-modified": lm, etag: '"t1"' } }));
for (const [n, h] of Object.entries({ imsEqual: { "if-modified-since": lm }, imsBefore: { "if-modified-since": "Wed, 21 Oct 2015 07:27:59 GMT" }, imsAfter: { "if-modified-since": "Thu, 22 Oct 2015 07:28:00 GMT" }, imsJunk: { "if-modified-since": "junk" }, inmList: { "if-none-match": '"a", "t1"' }, inmWeak: { "if-none-match": 'W/"t1"' }, both: { "if-none-match": '"zz"', "if-modified-since": "Thu, 22 Oct 2015 07:28:00 GMT" }, suffix: { range: "bytes=-1" }, rangeIms: { range: "bytes=0-0", "if-modified-since": lm } }))
  out[n] = await snap(await c.match(new Request(u + "lm", { headers: h })));
return Response.json(out); } };`),
    steps: [G()],
  },
  {
    name: "kv21-kv-get-options-objects", area: "kv",
    description: "get and getWithMetadata with option objects of odd shapes: type undefined, null, an empty object, an array, a number, cacheTtl 30/29/'60'/NaN/Infinity/null; the value types read back",
    options: mod(`export default { async fetch(req, env) { const KV = env.KV; const out = {};
await KV.put("k", '{"a":1}', { metadata: { m: 1 } });
const show = (v) => v === null ? null : v instanceof ArrayBuffer ? "ab" : v instanceof ReadableStream ? "stream" : typeof v === "object" ? JSON.stringify(v) : typeof v + ":" + v;
for (const [n, o] of Object.entries({ typeUndef: { type: undefined }, typeNull: { type: null }, empty: {}, arr: [], num: 5, ttl30: { cacheTtl: 30 }, ttl29: { cacheTtl: 29 }, ttlStr: { cacheTtl: "60" }, ttlNaN: { cacheTtl: NaN }, ttlInf: { cacheTtl: Infinity }, ttlNull: { cacheTtl: null }, typeObj: { type: { toString() { return "json"; } } }, nul: null, undef: undefined, strJson: "json", strUpper: "JSON", strEmpty: "" })) {
  out["get_" + n] = await t(async () => show(await KV.get("k", o)));
  out["gwm_" + n] = await t(async () => { const r = await KV.getWithMetadata("k", o); return [show(r.value), r.metadata, r.cacheStatus ?? "nullish"]; });
}
return Response.json(out); } };`, { kvNamespaces: ["KV"] }),
    steps: [G()],
  },
];
