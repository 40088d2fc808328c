// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && DEFS_DIR=d RECORD_OUT=<out> node /work/wt/oracle/record.mjs kv21-
import { CD, PRELUDE } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/", host = "http://localhost") => r("GET", host + p);
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const cacheCase = (name, description, body) => ({
  name, area: "cache", description,
  options: mod(`export default { async fetch(req, env, ctx) { const out = {}; const c = caches.default;
const snap = async (r) => r === undefined ? "miss" : typeof r === "string" ? r : [r.status, [...r.headers].filter(([k]) => k !== "date" && k !== "age" && k !== "expires"), await r.text()];
${body}
  return Response.json(out); } };`),
  steps: [G()],
});
export default [
  cacheCase("kv21-cache-control-directive-forms", "Cache API: Cache-Control directive forms (upper case, quoted, duplicated, negative, junk, no value), Expires alone, Expires 0, Pragma no-cache, must-revalidate, immutable, Age at put; which responses are stored",
`const u = "http://cache.test/cc";
const forms = { upper: { "cache-control": "MAX-AGE=60" }, quoted: { "cache-control": 'max-age="60"' }, dup: { "cache-control": "max-age=0, max-age=60" }, dup2: { "cache-control": "max-age=60, max-age=0" }, neg: { "cache-control": "max-age=-1" }, junk: { "cache-control": "max-age=abc" }, novalue: { "cache-control": "max-age" }, spaces: { "cache-control": " max-age = 60 " }, expires: { expires: new Date(Date.now() + 3600000).toUTCString() }, expires0: { expires: "0" }, expiresPast: { expires: "Thu, 01 Jan 1970 00:00:00 GMT" }, pragma: { pragma: "no-cache" }, pragmaMax: { pragma: "no-cache", "cache-control": "max-age=60" }, mustReval: { "cache-control": "max-age=60, must-revalidate" }, immutable: { "cache-control": "max-age=60, immutable" }, age: { "cache-control": "max-age=60", age: "30" }, ageOver: { "cache-control": "max-age=60", age: "61" }, smaxNoMax: { "cache-control": "s-maxage=60, max-age=0" }, noCacheField: { "cache-control": 'no-cache="set-cookie", max-age=60' }, privField: { "cache-control": 'private="x-a", max-age=60', "x-a": "secret" }, lastMod: { "last-modified": "Thu, 01 Jan 2015 00:00:00 GMT" }, none: {} };
for (const [n, h] of Object.entries(forms)) {
  out["put_" + n] = await t(() => c.put(u + n, new Response("b" + n, { headers: h })));
  out["m_" + n] = await snap(await c.match(u + n));
}`),
  cacheCase("kv21-cache-request-headers-at-put", "Cache API: the request given to put carries Authorization, Cookie, Cache-Control: no-store, Range; a response with Authorization-dependent caching (public, s-maxage); what is stored",
`const u = "http://cache.test/rq";
const cases = { auth: [{ authorization: "Bearer x" }, { "cache-control": "max-age=60" }], authPublic: [{ authorization: "Bearer x" }, { "cache-control": "public, max-age=60" }], authSmax: [{ authorization: "Bearer x" }, { "cache-control": "s-maxage=60" }], cookie: [{ cookie: "a=1" }, { "cache-control": "max-age=60" }], reqNoStore: [{ "cache-control": "no-store" }, { "cache-control": "max-age=60" }], reqNoCache: [{ "cache-control": "no-cache" }, { "cache-control": "max-age=60" }], reqRange: [{ range: "bytes=0-1" }, { "cache-control": "max-age=60" }], pragma: [{ pragma: "no-cache" }, { "cache-control": "max-age=60" }] };
for (const [n, [rh, sh]] of Object.entries(cases)) {
  out["put_" + n] = await t(() => c.put(new Request(u + n, { headers: rh }), new Response("v" + n, { headers: sh })));
  out["m_" + n] = await snap(await c.match(u + n));
  out["mSame_" + n] = await snap(await c.match(new Request(u + n, { headers: rh })));
}`),
  {
    name: "kv21-vars-binding-names-empty-and-odd", area: "vars",
    description: "bindings named with an empty string, spaces, a dot, unicode, a very long name; a KV namespace with an empty binding name and an empty id; env keys and values",
    options: mod(`export default { async fetch(req, env) { const out = {};
  out.keys = Object.keys(env);
  out.vals = Object.fromEntries(Object.entries(env).filter(([k]) => typeof env[k] === "string" || typeof env[k] === "number").map(([k, v]) => [k.length > 50 ? "long" + k.length : k, v]));
  out.kvEmpty = await t(async () => { await env[""].put("k", "v"); return env[""].get("k"); });
  out.kvEmptyId = await t(async () => { await env.E.put("k", "e"); return [await env.E.get("k"), await env[""].get("k")]; });
  return Response.json(out); } };`, { bindings: { " sp ace": "s", "a.b": 1, "ü": "u", ["n".repeat(300)]: "long" }, kvNamespaces: { "": "nsE", E: "" } }),
    steps: [G()],
  },
];
