// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && cd /work/wt/oracle && DEFS_DIR=d RECORD_OUT=<out> node record.mjs kv2-
import { CD, PRELUDE, kvCase, get } from "./_h.mjs";

const mapOut = `const m2o = (m) => m instanceof Map ? { map: [...m.entries()].map(([k, v]) => [k, v]) } : m;`;

const first = [
  kvCase("kv2-kv-bulk-get-with-metadata-types", "bulk get/getWithMetadata with every type and cacheTtl, missing keys, duplicates, bad JSON, non-string items and size limits",
`${mapOut}
const KV = env.KV;
await KV.put("a", '{"x":1}', { metadata: { m: 1 } }); await KV.put("b", "plain"); await KV.put("c", "[1,2]", { metadata: "s" });
const cases = {
  def: () => KV.getWithMetadata(["a", "b", "zz"]), text: () => KV.getWithMetadata(["a", "zz"], "text"),
  json: () => KV.getWithMetadata(["a", "c", "zz"], "json"), jsonBad: () => KV.getWithMetadata(["a", "b"], "json"),
  jsonObj: () => KV.getWithMetadata(["a"], { type: "json", cacheTtl: 60 }), ttl59: () => KV.getWithMetadata(["a"], { cacheTtl: 59 }),
  ab: () => KV.getWithMetadata(["a"], "arrayBuffer"), stream: () => KV.getWithMetadata(["a"], "stream"), bogus: () => KV.getWithMetadata(["a"], "bogus"),
  dup: () => KV.getWithMetadata(["a", "a", "b", "a"]), empty: () => KV.getWithMetadata([]), nonStr: () => KV.getWithMetadata([1, null, undefined]),
  getDup: () => KV.get(["b", "b"]), getJsonBad: () => KV.get(["b"], "json"), getAb: () => KV.get(["a"], { type: "arrayBuffer" }),
  get100: () => KV.get(Array.from({ length: 100 }, (_, i) => "k" + i)).then((m) => m.size),
  get101: () => KV.get(Array.from({ length: 101 }, (_, i) => "k" + i)),
  meta101: () => KV.getWithMetadata(Array.from({ length: 101 }, (_, i) => "k" + i)),
  emptyKey: () => KV.get(["a", ""]), longKey: () => KV.get(["a", "x".repeat(513)]),
  sparse: () => KV.get(["a", , "b"]), nested: () => KV.get([["a"]]),
};
for (const [k, f] of Object.entries(cases)) out[k] = await t(async () => m2o(await f()));`),
  kvCase("kv2-kv-streams-unknown-length", "put with ReadableStreams of unknown length: byte chunks, string chunks, errors, empty, Blob streams, request bodies, and streams above 25 MiB",
`const KV = env.KV;
const rs = (chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
const enc = new TextEncoder();
const cases = {
  bytes: async () => { await KV.put("s1", rs([enc.encode("ab"), enc.encode("cd")])); return KV.get("s1"); },
  empty: async () => { await KV.put("s2", rs([])); return KV.getWithMetadata("s2"); },
  strChunk: async () => { await KV.put("s3", rs(["ab"])); return KV.get("s3"); },
  numChunk: async () => { await KV.put("s4", rs([5])); return KV.get("s4"); },
  abChunk: async () => { await KV.put("s5", rs([new ArrayBuffer(2)])); return KV.get("s5", "arrayBuffer").then((b) => b.byteLength); },
  errored: async () => { await KV.put("s6", new ReadableStream({ start(c) { c.enqueue(enc.encode("a")); c.error(new RangeError("boom")); } })); return KV.get("s6"); },
  blob: async () => { await KV.put("s7", new Blob(["xy", "z"]).stream(), { metadata: 1 }); return KV.getWithMetadata("s7"); },
  reqBody: async () => { await KV.put("s8", new Request("http://x/", { method: "POST", body: "body!" }).body); return KV.get("s8"); },
  locked: async () => { const s = rs([enc.encode("q")]); s.getReader(); await KV.put("s9", s); return KV.get("s9"); },
  disturbed: async () => { const r = new Response("abc"); await r.text(); await KV.put("s10", r.body); return KV.get("s10"); },
  identity: async () => { const { readable, writable } = new IdentityTransformStream(); const w = writable.getWriter(); w.write(enc.encode("it")); w.close(); await KV.put("s11", readable); return KV.get("s11"); },
  big: async () => { const mb = new Uint8Array(1024 * 1024); await KV.put("s12", new ReadableStream({ i: 0, pull(c) { if (this.n === undefined) this.n = 0; if (this.n++ < 26) c.enqueue(mb); else c.close(); } })); return (await KV.get("s12", "arrayBuffer"))?.byteLength ?? null; },
  exact25: async () => { const mb = new Uint8Array(1024 * 1024); let n = 0; await KV.put("s13", new ReadableStream({ pull(c) { if (n++ < 25) c.enqueue(mb); else c.close(); } })); return (await KV.get("s13", "arrayBuffer")).byteLength; },
  readBack: async () => { await KV.put("s14", "streamed"); const s = await KV.get("s14", "stream"); return [s.constructor.name, await new Response(s).text()]; },
};
for (const [k, f] of Object.entries(cases)) out[k] = await t(f);`),
  kvCase("kv2-kv-list-shapes-special-keys", "list output shapes with falsy metadata, expiration+metadata, and special/unicode keys round-tripping through list and get",
`const KV = env.KV; const exp = Math.floor(Date.now() / 1000) + 3600;
await KV.put("m0", "v", { metadata: 0 }); await KV.put("mf", "v", { metadata: false }); await KV.put("me", "v", { metadata: "" });
await KV.put("mn", "v", { metadata: null }); await KV.put("mu", "v", { metadata: undefined }); await KV.put("mx", "v", { metadata: { a: [1] }, expiration: exp });
await KV.put("mt", "v", { expiration: exp });
const l = await KV.list({ prefix: "m" });
out.shapes = l.keys.map((k) => ({ keys: Object.keys(k), name: k.name, meta: k.metadata === undefined ? "undef" : k.metadata, exp: k.expiration === undefined ? "undef" : k.expiration - exp }));
out.listKeys = Object.keys(l); out.complete = l.list_complete; out.cursor = l.cursor === undefined ? "undef" : l.cursor; out.cacheStatus = l.cacheStatus === undefined ? "undef" : l.cacheStatus;
const specials = ["a b", "a/b", "a%2Fb", "../x", "?q=1", "#h", "é", "e\\u0301", "😀", "\\u4e2d", "a\\nb", "a\\tb", "\\u0000x", "\\uffff", "+", "~", "."];
for (const s of specials) out["put:" + JSON.stringify(s)] = await t(() => KV.put("z" + s, s));
const z = await KV.list({ prefix: "z" });
out.specialNames = z.keys.map((k) => k.name);
out.specialGets = await Promise.all(z.keys.map((k) => KV.get(k.name)));
out.prefixUnicode = (await KV.list({ prefix: "z\\u00e9" })).keys.map((k) => k.name);
out.bareDot = await t(() => KV.put(".", "v")); out.bareDotDot = await t(() => KV.put("..", "v")); out.getDot = await t(() => KV.get("."));`),
  {
    name: "kv2-cache-conditionals-and-ignore-method", area: "cache",
    description: "Cache API match with If-None-Match (strong, weak, list, *), If-Modified-Since (before/at/after), both at once, with Range; ignoreMethod on match and delete; Set-Cookie and private refusals",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const out = {}; const c = await caches.open("c2");
  const lm = "Wed, 21 Oct 2015 07:28:00 GMT";
  const put = (u, h, b = "hello world") => c.put("http://x/" + u, new Response(b, { headers: { "Cache-Control": "max-age=3600", ...h } }));
  await put("e", { ETag: '"abc"', "Last-Modified": lm });
  await put("w", { ETag: 'W/"weak"' });
  const m = async (u, h, o) => { const r = await c.match(new Request("http://x/" + u, { headers: h }), o); if (!r) return null;
    return { s: r.status, h: [...r.headers].filter(([k]) => k !== "date" && k !== "age"), b: await r.text() }; };
  const cases = {
    inmStrong: () => m("e", { "If-None-Match": '"abc"' }), inmWeakOfStrong: () => m("e", { "If-None-Match": 'W/"abc"' }),
    inmOther: () => m("e", { "If-None-Match": '"zzz"' }), inmList: () => m("e", { "If-None-Match": '"zzz", "abc"' }),
    inmStar: () => m("e", { "If-None-Match": "*" }), inmWeakStored: () => m("w", { "If-None-Match": '"weak"' }),
    inmWeakBoth: () => m("w", { "If-None-Match": 'W/"weak"' }), inmUnquoted: () => m("e", { "If-None-Match": "abc" }),
    imsAt: () => m("e", { "If-Modified-Since": lm }), imsAfter: () => m("e", { "If-Modified-Since": "Thu, 22 Oct 2015 07:28:00 GMT" }),
    imsBefore: () => m("e", { "If-Modified-Since": "Tue, 20 Oct 2015 07:28:00 GMT" }), imsBad: () => m("e", { "If-Modified-Since": "garbage" }),
    imsNoLm: () => m("w", { "If-Modified-Since": "Thu, 22 Oct 2015 07:28:00 GMT" }),
    bothMismatch: () => m("e", { "If-None-Match": '"zzz"', "If-Modified-Since": "Thu, 22 Oct 2015 07:28:00 GMT" }),
    inmRange: () => m("e", { "If-None-Match": '"abc"', Range: "bytes=0-1" }), otherRange: () => m("e", { "If-None-Match": '"zzz"', Range: "bytes=0-1" }),
    headIgnore: () => m("e", {}, { ignoreMethod: true }),
    headNo: async () => { const r = await c.match(new Request("http://x/e", { method: "HEAD" })); return r === undefined ? "undef" : r.status; },
    headYes: async () => { const r = await c.match(new Request("http://x/e", { method: "HEAD" }), { ignoreMethod: true }); return r === undefined ? "undef" : [r.status, await r.text()]; },
    postYes: async () => { const r = await c.match(new Request("http://x/e", { method: "POST" }), { ignoreMethod: true }); return r === undefined ? "undef" : r.status; },
    delPostNo: () => c.delete(new Request("http://x/e", { method: "POST" })),
    delHeadNo: () => c.delete(new Request("http://x/e", { method: "HEAD" })),
    putCookie: async () => { await put("ck", { "Set-Cookie": "a=1" }); return m("ck"); },
    putPrivate: async () => { await put("pv", { "Cache-Control": "private" }); return m("pv"); },
    putPrivateCookie: async () => { await put("pc", { "Cache-Control": "private=set-cookie, max-age=60", "Set-Cookie": "a=1" }); return m("pc"); },
    putNoCache: async () => { await put("nc", { "Cache-Control": "no-cache" }); return m("nc"); },
    putSMax0: async () => { await put("sm", { "Cache-Control": "s-maxage=0, max-age=60" }); return m("sm"); },
    putExpiresPast: async () => { await c.put("http://x/ep", new Response("x", { headers: { Expires: "Thu, 01 Jan 1970 00:00:00 GMT" } })); return m("ep"); },
    putExpiresFuture: async () => { await c.put("http://x/ef", new Response("x", { headers: { Expires: "Thu, 01 Jan 2099 00:00:00 GMT" } })); return m("ef"); },
    putNoHeaders: async () => { await c.put("http://x/nh", new Response("x")); return m("nh"); },
    put304: () => c.put("http://x/s304", new Response(null, { status: 304 })),
    put206: () => c.put("http://x/s206", new Response("x", { status: 206 })),
    put404: async () => { await c.put("http://x/s404", new Response("nf", { status: 404, headers: { "Cache-Control": "max-age=60" } })); return m("s404"); },
    put500: async () => { await c.put("http://x/s500", new Response("e", { status: 500, headers: { "Cache-Control": "max-age=60" } })); return m("s500"); },
    varyStar: () => put("vs", { Vary: "*" }),
    varyStarList: () => put("vs2", { Vary: "Accept, *" }),
    delIgnore: () => c.delete(new Request("http://x/e", { method: "POST" }), { ignoreMethod: true }),
    afterDel: () => m("e"),
  };
  for (const [k, f] of Object.entries(cases)) out[k] = await t(f);
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
];
export const more = [
  {
    name: "kv2-kv-one-namespace-two-bindings", area: "kv",
    description: "one namespace id through two bindings of one worker and a binding of another worker: writes, lists, deletes seen through each",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, kvNamespaces: { A: "shared", B: "shared", C: "other" }, serviceBindings: { W: "b" }, script: `${PRELUDE}
export default { async fetch(req, env) { const out = {};
  await env.A.put("k1", "v1", { metadata: { from: "A" } }); out.viaB = await env.B.getWithMetadata("k1"); out.viaC = await env.C.get("k1");
  await env.B.delete("k1"); out.afterDel = await env.A.get("k1"); await env.A.put("k2", "v2");
  out.remote = await (await env.W.fetch("http://b/")).json(); out.afterRemote = (await env.A.list()).keys.map((k) => k.name);
  out.same = env.A === env.B;
  return Response.json(out); } };` },
      { name: "b", modules: true, compatibilityDate: CD, kvNamespaces: { KV: "shared" }, script: `${PRELUDE}
export default { async fetch(req, env) { const names = (await env.KV.list()).keys.map((k) => k.name); await env.KV.put("fromB", "x"); return Response.json({ names, k2: await env.KV.get("k2") }); } };` },
    ] },
    steps: [get("/")],
  },
  {
    name: "kv2-cache-bodies-and-misc", area: "cache",
    description: "Cache API with used/streamed/locked bodies, request with body, fragments, matchAll/keys/add, matched response mutability, Content-Range of 206 answers, HEAD match bodies",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const out = {}; const c = caches.default; const h = { "Cache-Control": "max-age=600" };
  const cases = {
    usedBody: async () => { const r = new Response("u", { headers: h }); await r.text(); return c.put("http://x/used", r); },
    streamBody: async () => { const s = new ReadableStream({ start(ct) { ct.enqueue(new TextEncoder().encode("streamed")); ct.close(); } });
      await c.put("http://x/st", new Response(s, { headers: h })); const r = await c.match("http://x/st"); return [r.status, r.headers.get("content-length"), await r.text()]; },
    lockedBody: async () => { const r = new Response("l", { headers: h }); r.body.getReader(); return c.put("http://x/locked", r); },
    reqWithBody: async () => { await c.put(new Request("http://x/rb", { method: "POST", body: "b" }), new Response("x", { headers: h })); return "put"; },
    fragment: async () => { await c.put("http://x/frag#a", new Response("f", { headers: h })); const r = await c.match("http://x/frag#b"); return r ? await r.text() : "miss"; },
    matchAll: () => c.matchAll ? c.matchAll("http://x/st") : "absent", keys: () => c.keys ? c.keys() : "absent", add: () => c.add ? c.add("http://x/") : "absent",
    addAll: () => c.addAll ? c.addAll([]) : "absent",
    mutate: async () => { const r = await c.match("http://x/st"); try { r.headers.set("x-a", "1"); return ["ok", r.headers.get("x-a")]; } catch (e) { return [e.name, e.message]; } },
    range206: async () => { const r = await c.match(new Request("http://x/st", { headers: { Range: "bytes=2-4" } })); return [r.status, r.headers.get("content-range"), r.headers.get("content-length"), await r.text()]; },
    range416: async () => { const r = await c.match(new Request("http://x/st", { headers: { Range: "bytes=50-60" } })); return [r.status, r.headers.get("content-range"), await r.text()]; },
    matchUndefinedArg: () => c.match(), putOneArg: () => c.put("http://x/"), badUrl: () => c.match("not a url"), relUrl: () => c.put("/rel", new Response("x")),
    ftpUrl: () => c.put("ftp://x/", new Response("x", { headers: h })),
    deleteMiss: () => c.delete("http://x/nothing"), deleteHit: async () => { await c.put("http://x/d", new Response("d", { headers: h })); return [await c.delete("http://x/d"), await c.delete("http://x/d")]; },
    openSame: async () => { const a = await caches.open("n"); const b = await caches.open("n"); return [a === b, a === c, typeof caches.delete, typeof caches.has, typeof caches.keys]; },
    defaultVsOpen: async () => { await c.put("http://x/dv", new Response("dv", { headers: h })); const r = await (await caches.open("default")).match("http://x/dv"); return r ? await r.text() : "miss"; },
    etagHeaders: async () => { await c.put("http://x/et", new Response("etag body", { headers: { ...h, ETag: '"e1"' } })); const r = await c.match(new Request("http://x/et", { headers: { "If-None-Match": '"e1"' } })); return [r.status, [...r.headers.keys()], await r.text()]; },
  };
  for (const [k, f] of Object.entries(cases)) out[k] = await t(f);
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
];

export const third = [
  {
    name: "kv2-cache-keys-and-lifetime-headers", area: "cache",
    description: "Cache API keys from cf.cacheKey, CDN-Cache-Control and Cloudflare-CDN-Cache-Control, Pragma, odd Cache-Control values, stored cf-cache-status/age headers, statusText, match with chunked entries and conditionals",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const out = {}; const c = await caches.open("c3");
  const put = (u, h, init = {}) => c.put(u.startsWith("http") ? u : "http://x/" + u, new Response(init.body ?? "body", { status: init.status ?? 200, statusText: init.statusText, headers: h }));
  const m = async (u, h) => { const r = await c.match(typeof u === "string" ? new Request("http://x/" + u, { headers: h }) : u); if (!r) return null;
    return { s: r.status, st: r.statusText, h: [...r.headers].filter(([k]) => k !== "date"), b: await r.text() }; };
  const rs = (s) => new ReadableStream({ start(ct) { ct.enqueue(new TextEncoder().encode(s)); ct.close(); } });
  const cases = {
    cfKeyPut: async () => { await c.put(new Request("http://x/a", { cf: { cacheKey: "custom" } }), new Response("ck", { headers: { "Cache-Control": "max-age=60" } })); return [await m("a"), await m(new Request("http://x/other", { cf: { cacheKey: "custom" } }))]; },
    cdnCC: async () => { await put("cdn", { "CDN-Cache-Control": "max-age=60" }); return m("cdn"); },
    cfCdnCC: async () => { await put("cfcdn", { "Cloudflare-CDN-Cache-Control": "max-age=60" }); return m("cfcdn"); },
    cdnNoStore: async () => { await put("cdnns", { "Cache-Control": "max-age=60", "CDN-Cache-Control": "no-store" }); return m("cdnns"); },
    pragma: async () => { await put("pragma", { Pragma: "no-cache" }); return m("pragma"); },
    pragmaMax: async () => { await put("pragma2", { Pragma: "no-cache", "Cache-Control": "max-age=60" }); return m("pragma2"); },
    ccBadNum: async () => { await put("bad", { "Cache-Control": "max-age=abc" }); return m("bad"); },
    ccQuoted: async () => { await put("q", { "Cache-Control": 'max-age="60"' }); return m("q"); },
    ccUpper: async () => { await put("up", { "Cache-Control": "MAX-AGE=60" }); return m("up"); },
    ccMustReval: async () => { await put("mr", { "Cache-Control": "max-age=60, must-revalidate, immutable, stale-while-revalidate=30" }); return m("mr"); },
    ccPublicOnly: async () => { await put("pub", { "Cache-Control": "public" }); return m("pub"); },
    ccNoTransform: async () => { await put("nt", { "Cache-Control": "no-transform, max-age=5" }); return m("nt"); },
    storedCfStatus: async () => { await put("cfs", { "Cache-Control": "max-age=60", "cf-cache-status": "MISS", Age: "100" }); return m("cfs"); },
    statusText: async () => { await put("stx", { "Cache-Control": "max-age=60" }, { status: 203, statusText: "Mine" }); return m("stx"); },
    status299: async () => { await put("s299", { "Cache-Control": "max-age=60" }, { status: 299 }); return m("s299"); },
    status301: async () => { await put("s301", { "Cache-Control": "max-age=60", Location: "/x" }, { status: 301, body: null }); return m("s301"); },
    chunked304: async () => { await c.put("http://x/ch", new Response(rs("chunky"), { headers: { "Cache-Control": "max-age=60", ETag: '"c"' } })); return [await m("ch", { "If-None-Match": '"c"' }), await m("ch", { Range: "bytes=0-1" }), await m("ch")]; },
    chunkedWithLen: async () => { await c.put("http://x/chl", new Response(rs("chunky"), { headers: { "Cache-Control": "max-age=60", "Content-Length": "6" } })); return m("chl"); },
    chunkedEmpty: async () => { await c.put("http://x/che", new Response(new ReadableStream({ start(ct) { ct.close(); } }), { headers: { "Cache-Control": "max-age=60" } })); return m("che"); },
    fixedLen: async () => { const { readable, writable } = new FixedLengthStream(3); const w = writable.getWriter(); w.write(new TextEncoder().encode("abc")); w.close(); await c.put("http://x/fl", new Response(readable, { headers: { "Cache-Control": "max-age=60" } })); return m("fl"); },
    blobBody: async () => { await c.put("http://x/bb", new Response(new Blob(["blob"]), { headers: { "Cache-Control": "max-age=60" } })); return m("bb"); },
    blobStream: async () => { await c.put("http://x/bs", new Response(new Blob(["blobs"]).stream(), { headers: { "Cache-Control": "max-age=60" } })); return m("bs"); },
    fetchedLike: async () => { const r = await c.match("http://x/bb"); await c.put("http://x/again", r); return m("again"); },
  };
  for (const [k, f] of Object.entries(cases)) out[k] = await t(f);
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
];
export const fourth = [
  {
    name: "kv2-cache-body-sources-lengths", area: "cache",
    description: "Cache API Content-Length of matches for bodies from KV streams, service-binding responses (sized and streamed), JSON/FormData/URLSearchParams/views, tee'd and piped streams",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, kvNamespaces: ["KV"], serviceBindings: { B: "b" }, script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const out = {}; const c = await caches.open("c4"); const h = { "Cache-Control": "max-age=60" };
  const via = async (u, body, extra = {}) => { await c.put("http://x/" + u, new Response(body, { headers: { ...h, ...extra } })); const r = await c.match("http://x/" + u); return r ? [r.headers.get("content-length"), await r.text()] : null; };
  await env.KV.put("k", "kv value");
  const cases = {
    kvStream: async () => via("kv", await env.KV.get("k", "stream")),
    sbSized: async () => via("sbs", (await env.B.fetch("http://b/sized")).body),
    sbWhole: async () => { const r = await env.B.fetch("http://b/sized"); await c.put("http://x/sbw", new Response(r.body, { headers: { ...Object.fromEntries(r.headers), ...h } })); const m = await c.match("http://x/sbw"); return [m.headers.get("content-length"), m.headers.get("x-b"), await m.text()]; },
    json: async () => { await c.put("http://x/js", Response.json({ a: 1 }, { headers: h })); const m = await c.match("http://x/js"); return [m.headers.get("content-length"), m.headers.get("content-type")]; },
    form: async () => { const f = new FormData(); f.set("a", "b"); const m = await via("fd", f); return m && m[0] !== null; },
    params: async () => via("usp", new URLSearchParams("a=1&b=2")),
    view: async () => via("dv", new DataView(new TextEncoder().encode("view").buffer)),
    teed: async () => { const [x, y] = (await env.KV.get("k", "stream")).tee(); y.cancel(); return via("tee", x); },
    piped: async () => { const { readable, writable } = new TransformStream(); new Response("piped!").body.pipeTo(writable); return via("pipe", readable); },
    sizedTeed: async () => { const [x, y] = new Response("sized tee").body.tee(); y.cancel(); return via("stee", x); },
    emptyStr: async () => via("es", ""),
    nullBody: async () => via("nb", null),
  };
  for (const [k, f] of Object.entries(cases)) out[k] = await t(f);
  return Response.json(out);
} };` },
      { name: "b", modules: true, compatibilityDate: CD, script: `
export default { async fetch(req) { const u = new URL(req.url);
  if (u.pathname === "/sized") return new Response("sized body", { headers: { "x-b": "1" } });
  return new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("streamed body")); c.close(); } }));
} };` },
    ] },
    steps: [{ request: { url: "http://localhost/", method: "POST", headers: {}, body: "incoming!" } }],
  },
];
export default [...first, ...more, ...third, ...fourth];
