// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && cd /work/wt/oracle && DEFS_DIR=d RECORD_OUT=<out> node record.mjs kvrt-
import { CD, PRELUDE } from "./_h.mjs";

// kv1.mjs
const kv1 = (() => {
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const kvCase = (name, description, body, extra = {}) => ({
  name, area: "kv", description,
  options: mod(`return { async fetch(req, env) { const KV = env.KV; const out = {};
${body}
return Response.json(out); } };`, { kvNamespaces: ["KV"], ...extra }),
  steps: [r("GET", "http://localhost/")],
});
const each = (label, list) => `for (const [k, f] of Object.entries(${list})) out[${JSON.stringify(label)} + ":" + k] = await t(f);`;
return [
  kvCase("kvrt-kv-get-option-coercion", "get with type/cacheTtl options of unusual kinds: case, null, numbers, objects, cacheTtl bounds and coercions",
`await KV.put("k", '{"a":1}');
${each("get", `{
  upper: () => KV.get("k", "TEXT"), objUpper: () => KV.get("k", { type: "JSON" }), typeNull: () => KV.get("k", { type: null }),
  typeUndef: () => KV.get("k", { type: undefined }), empty: () => KV.get("k", {}), nullOpts: () => KV.get("k", null), undefOpts: () => KV.get("k", undefined),
  num: () => KV.get("k", 5), bool: () => KV.get("k", true), typeNum: () => KV.get("k", { type: 1 }), arr: () => KV.get("k", ["json"]),
  typeObj: () => KV.get("k", { type: { toString() { return "json"; } } }), strObj: () => KV.get("k", new String("json")),
  ttl0: () => KV.get("k", { cacheTtl: 0 }), ttlNeg: () => KV.get("k", { cacheTtl: -1 }), ttl59: () => KV.get("k", { cacheTtl: 59 }), ttl60: () => KV.get("k", { cacheTtl: 60 }),
  ttlStr: () => KV.get("k", { cacheTtl: "abc" }), ttlNumStr: () => KV.get("k", { cacheTtl: "120" }), ttlFloat: () => KV.get("k", { cacheTtl: 60.5 }),
  ttlNaN: () => KV.get("k", { cacheTtl: NaN }), ttlInf: () => KV.get("k", { cacheTtl: Infinity }), ttlHuge: () => KV.get("k", { cacheTtl: 2 ** 40 }),
  ttlNull: () => KV.get("k", { cacheTtl: null }), ttlBool: () => KV.get("k", { cacheTtl: true }), ttlObj: () => KV.get("k", { cacheTtl: {} }),
  ttlWithType: () => KV.get("k", { type: "json", cacheTtl: 30 }), ttlMissing: () => KV.get("missing", { cacheTtl: 10 }),
  meta59: () => KV.getWithMetadata("k", { cacheTtl: 59 }), metaTtlStr: () => KV.getWithMetadata("k", { type: "json", cacheTtl: "x" }),
  metaUpper: () => KV.getWithMetadata("k", "JSON"), metaNum: () => KV.getWithMetadata("k", 7),
}`)}`),
  kvCase("kvrt-kv-list-option-coercion", "list with prefix/limit/cursor of unusual kinds and with non-object options",
`for (const k of ["a1", "a2", "b1", "null1", "1x", "undefined", "[object Object]"]) await KV.put(k, "v");
const keys = (p) => p.then((l) => ({ names: l.keys.map((k) => k.name), complete: l.list_complete, hasCursor: typeof l.cursor }));
${each("list", `{
  none: () => keys(KV.list()), nullOpts: () => keys(KV.list(null)), undefOpts: () => keys(KV.list(undefined)), str: () => keys(KV.list("a")), num: () => keys(KV.list(1)),
  prefixNull: () => keys(KV.list({ prefix: null })), prefixUndef: () => keys(KV.list({ prefix: undefined })), prefixNum: () => keys(KV.list({ prefix: 1 })),
  prefixObj: () => keys(KV.list({ prefix: {} })), prefixEmpty: () => keys(KV.list({ prefix: "" })), prefixBool: () => keys(KV.list({ prefix: false })),
  limitStr: () => keys(KV.list({ limit: "2" })), limitFloat: () => keys(KV.list({ limit: 2.7 })), limitNaN: () => keys(KV.list({ limit: NaN })),
  limitInf: () => keys(KV.list({ limit: Infinity })), limitNull: () => keys(KV.list({ limit: null })), limitBad: () => keys(KV.list({ limit: "x" })),
  limitTrue: () => keys(KV.list({ limit: true })), limitNeg: () => keys(KV.list({ limit: -5 })), limit1000: () => keys(KV.list({ limit: 1000 })), limit1001: () => keys(KV.list({ limit: 1001 })),
  limitBig: () => keys(KV.list({ limit: 2 ** 32 + 1 })),
  cursorGarbage: () => keys(KV.list({ cursor: "garbage" })), cursorEmpty: () => keys(KV.list({ cursor: "" })), cursorNull: () => keys(KV.list({ cursor: null })),
  cursorNum: () => keys(KV.list({ cursor: 5 })), cursorB64: () => keys(KV.list({ cursor: btoa("a2") })),
  extra: () => keys(KV.list({ prefix: "a", foo: 1, reverse: true })),
}`)}
const p1 = await KV.list({ limit: 2 }); out.page1 = p1.keys.map((k) => k.name);
out.page2 = (await KV.list({ limit: 2, cursor: p1.cursor })).keys.map((k) => k.name);
out.page2prefix = await t(async () => (await KV.list({ limit: 2, cursor: p1.cursor, prefix: "b" })).keys.map((k) => k.name));
out.cursorDecoded = await t(() => atob(p1.cursor));`),
  kvCase("kvrt-kv-put-expiration-edges", "put expiration and expirationTtl edge values: strings, floats, zero, negative, just below/above the minimum, NaN, Infinity, Date objects, both at once",
`const now = Math.floor(Date.now() / 1000);
const exp = async (k) => { const l = await KV.list({ prefix: k }); const e = l.keys[0]?.expiration; return e === undefined ? "none" : Math.abs(e - now) < 10 ? "now" : e - now > 0 ? "+" + Math.round((e - now) / 10) * 10 : "past"; };
${each("put", `{
  ttl60: async () => { await KV.put("t60", "v", { expirationTtl: 60 }); return exp("t60"); },
  ttl59: () => KV.put("t59", "v", { expirationTtl: 59 }), ttl599: () => KV.put("t599", "v", { expirationTtl: 59.9 }),
  ttl0: () => KV.put("t0", "v", { expirationTtl: 0 }), ttlNeg: () => KV.put("tn", "v", { expirationTtl: -100 }),
  ttlNaN: () => KV.put("tnan", "v", { expirationTtl: NaN }), ttlInf: () => KV.put("tinf", "v", { expirationTtl: Infinity }),
  ttlNull: async () => { await KV.put("tnull", "v", { expirationTtl: null }); return exp("tnull"); },
  ttlStr: async () => { await KV.put("tstr", "v", { expirationTtl: "600" }); return exp("tstr"); },
  ttlHex: async () => { await KV.put("thex", "v", { expirationTtl: "0x100" }); return exp("thex"); },
  ttlSpaces: async () => { await KV.put("tsp", "v", { expirationTtl: " 300 " }); return exp("tsp"); },
  ttlBig: () => KV.put("tbig", "v", { expirationTtl: 2 ** 31 }), ttlBool: () => KV.put("tb", "v", { expirationTtl: true }),
  ttlArr: async () => { await KV.put("tarr", "v", { expirationTtl: [120] }); return exp("tarr"); },
  exp0: () => KV.put("e0", "v", { expiration: 0 }), expNeg: () => KV.put("en", "v", { expiration: -1 }),
  expSoon: () => KV.put("es", "v", { expiration: now + 30 }).catch((e) => { e.message = e.message.replace(String(now + 30), "<now+30>"); throw e; }),
  expSoonStr: () => KV.put("es2", "v", { expiration: String(now + 59) }).catch((e) => { e.message = e.message.replace(String(now + 59), "<now+59>"); throw e; }), expMin: async () => { await KV.put("em", "v", { expiration: now + 90 }); return exp("em"); },
  expStr: async () => { await KV.put("estr", "v", { expiration: String(now + 600) }); return exp("estr"); },
  expFloat: async () => { await KV.put("ef", "v", { expiration: now + 600.7 }); return exp("ef"); },
  expNaN: () => KV.put("enan", "v", { expiration: NaN }), expDate: () => KV.put("ed", "v", { expiration: new Date(Date.now() + 600000) }),
  expNull: async () => { await KV.put("enull", "v", { expiration: null }); return exp("enull"); },
  expBad: () => KV.put("ebad", "v", { expiration: "soon" }),
  both: async () => { await KV.put("both", "v", { expiration: now + 6000, expirationTtl: 600 }); return exp("both"); },
  bothBadTtl: () => KV.put("both2", "v", { expiration: now + 6000, expirationTtl: 10 }),
  optsStr: () => KV.put("os", "v", "x"), optsNum: () => KV.put("on", "v", 5), optsNull: () => KV.put("onull", "v", null),
}`)}`),
  kvCase("kvrt-kv-metadata-kinds", "put metadata of unusual kinds: Date, Map, nested arrays, undefined members, functions, symbols, bigint, very deep nesting, strings with unicode; read back via getWithMetadata and list",
`const kinds = {
  date: new Date(0), map: new Map([[1, 2]]), set: new Set([1]), nested: [[1, [2, [3]]], { a: { b: { c: null } } }], undefMember: { a: undefined, b: 1 },
  arrHoles: [1, , 3], neg0: -0, big: 1e308, tiny: 5e-324, str: "ünï🎉", emptyStr: "", regex: /x/g, err: new Error("e"), bool: false,
  fn: () => 1, sym: Symbol("s"), bigint: 10n, nan: NaN, inf: -Infinity, typed: new Uint8Array([1, 2]), boxed: new Number(5),
  withToJSON: { toJSON() { return "custom"; } }, proto: Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }),
};
for (const [k, m] of Object.entries(kinds)) {
  out["put:" + k] = await t(() => KV.put("m-" + k, "v", { metadata: m }));
  out["get:" + k] = await t(async () => (await KV.getWithMetadata("m-" + k)).metadata);
}
out.list = (await KV.list({ prefix: "m-" })).keys.map((k) => [k.name, k.metadata]);`),
];

})();

// kv2.mjs
const kv2 = (() => {
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const kvCase = (name, description, body, extra = {}) => ({
  name, area: "kv", description,
  options: mod(`return { async fetch(req, env) { const KV = env.KV; const out = {};
${body}
return Response.json(out); } };`, { kvNamespaces: ["KV"], ...extra }),
  steps: [r("GET", "http://localhost/")],
});
const base = [
  kvCase("kvrt-kv-value-views-and-bodies", "put values given as views with offsets, resized/detached buffers, Blob, FormData, URLSearchParams, Request/Response bodies, strings with lone surrogates and NUL; read back as hex and text",
`const buf = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]).buffer;
const vals = {
  subarray: new Uint8Array(buf, 2, 3), dataview: new DataView(buf, 5, 2), u16: new Uint16Array([258, 772]), f64: new Float64Array([1.5]),
  i8neg: new Int8Array([-1, -128]), bigint64: new BigInt64Array([1n]), emptyView: new Uint8Array(0), emptyBuf: new ArrayBuffer(0),
  blob: new Blob(["bl", "ob"]), file: new File(["fi"], "f.txt"), form: (() => { const f = new FormData(); f.append("a", "1"); return f; })(),
  params: new URLSearchParams("a=1&b=2"), reqBody: new Request("http://x", { method: "POST", body: "rb" }).body, resBody: new Response("res").body,
  nul: "a\\u0000b", lone: "x\\ud800y", crlf: "l1\\r\\nl2", number0: 0, negZero: -0, nanVal: NaN, arrVal: [1, 2], dateVal: new Date(0),
  bigintVal: 5n, symbolVal: Symbol("s"), fnVal: () => 1, nullProto: Object.create(null), boxedStr: new String("boxed"),
};
for (const [k, v] of Object.entries(vals)) {
  out["put:" + k] = await t(() => KV.put("v-" + k, v));
  out["hex:" + k] = await t(async () => { const b = await KV.get("v-" + k, "arrayBuffer"); return b === null ? null : hex(b); });
}
const rs = new ArrayBuffer(4, { maxByteLength: 8 }); new Uint8Array(rs).set([9, 8, 7, 6]);
out.resizable = await t(async () => { await KV.put("rs", rs); return hex(await KV.get("rs", "arrayBuffer")); });
const det = new Uint8Array([1, 2]).buffer; structuredClone(det, { transfer: [det] });
out.detached = await t(() => KV.put("det", det));
out.detachedRead = await t(async () => hex(await KV.get("det", "arrayBuffer")));`),
  kvCase("kvrt-kv-key-characters", "keys with slashes, percent signs, query and hash characters, spaces, backslashes, newlines, NFC vs NFD forms, emoji, and 512-byte boundaries; get/list/delete round trips",
`const keys = ["a/b", "/lead", "trail/", "a//b", "%20", "%", "%zz", "q?x=1", "h#f", " spaced ", "back\\\\slash", "nl\\nx", "tab\\tx", "caf\\u00e9", "cafe\\u0301", "🎉", "..a", "a..", "./", "/.", "/..", "...", "\\u0000", "+plus", "amp&=", "x".repeat(512), "é".repeat(256), "é".repeat(255) + "x", "é".repeat(255) + "xy"];
for (const k of keys) out["put:" + JSON.stringify(k).slice(0, 40)] = await t(async () => { await KV.put(k, "v:" + k.length); return await KV.get(k); });
out.list = (await KV.list()).keys.map((k) => k.name.length > 30 ? k.name.slice(0, 5) + "…" + k.name.length : k.name);
out.prefixSlash = (await KV.list({ prefix: "a/" })).keys.map((k) => k.name);
out.prefixPct = (await KV.list({ prefix: "%" })).keys.map((k) => k.name);
out.nfcNfd = [await KV.get("caf\\u00e9"), await KV.get("cafe\\u0301")];
for (const k of ["a/b", "%", "q?x=1", "h#f"]) out["del:" + k] = await t(async () => { await KV.delete(k); return await KV.get(k); });
out.after = (await KV.list()).keys.length;`),
  kvCase("kvrt-kv-bulk-get-options", "bulk get with unusual arrays and options: empty array, sparse array, non-string members, nested arrays, iterables that are not arrays, 100 duplicates, type variants and cacheTtl",
`await KV.put("a", '{"x":1}', { metadata: { m: 1 } }); await KV.put("b", "plain");
const m = (p) => p.then((v) => v instanceof Map ? Object.fromEntries(v) : { notMap: typeof v, v });
const cases = {
  empty: () => m(KV.get([])), sparse: () => m(KV.get(["a", , "b"])), nums: () => m(KV.get([1, 2])), nested: () => m(KV.get([["a"]])),
  nulls: () => m(KV.get([null, undefined])), set: () => m(KV.get(new Set(["a"]))), dup100: () => m(KV.get(Array(100).fill("a"))),
  json: () => m(KV.get(["a", "b"], "json")), jsonOpt: () => m(KV.get(["a"], { type: "json" })), text: () => m(KV.get(["a", "b"], { type: "text" })),
  ab: () => m(KV.get(["a"], "arrayBuffer")), stream: () => m(KV.get(["a"], "stream")), bad: () => m(KV.get(["a"], "nope")),
  ttl: () => m(KV.get(["a"], { cacheTtl: 60 })), ttl10: () => m(KV.get(["a"], { cacheTtl: 10 })), ttlBad: () => m(KV.get(["a"], { cacheTtl: "x" })),
  meta: () => m(KV.getWithMetadata(["a", "b", "c"])), metaJson: () => m(KV.getWithMetadata(["a"], "json")), metaStream: () => m(KV.getWithMetadata(["a"], "stream")),
  emptyKey: () => m(KV.get(["a", ""])), dotKey: () => m(KV.get(["."])), longKey: () => m(KV.get(["x".repeat(513)])), missing: () => m(KV.get(["zz"])),
  k101: () => m(KV.get(Array.from({ length: 101 }, (_, i) => "k" + i))),
};
for (const [k, f] of Object.entries(cases)) out[k] = await t(f);`),
];
const more = [
  kvCase("kvrt-kv-put-object-value-order", "put of objects of no accepted kind: the value is converted to a string once (its error wins) after the key checks and before the options are checked",
`let calls = 0;
const ts = () => ({ toString() { calls++; return "x"; } });
const cases = { plainTtl: () => KV.put("k", {}, { expirationTtl: 10 }), tsTtl: () => KV.put("k", ts(), { expirationTtl: 10 }), arrTtl: () => KV.put("k", [1], { expirationTtl: 10 }),
 plainExp: () => KV.put("k", {}, { expiration: 5 }), plainMeta: () => KV.put("k", {}, { metadata: "x".repeat(2000) }), tsMeta: () => KV.put("k", ts(), { metadata: "x".repeat(2000) }),
 nullProto: () => KV.put("k", Object.create(null)), nullProtoTtl: () => KV.put("k", Object.create(null), { expirationTtl: 10 }), nullProtoLong: () => KV.put("x".repeat(600), Object.create(null)),
 tsLong: () => KV.put("x".repeat(600), ts()), tsNoProto: () => KV.put("k", Object.assign(Object.create(null), { toString() { return "x"; } }), { expirationTtl: 10 }),
 valueOfOnly: () => KV.put("k", Object.assign(Object.create(null), { valueOf() { return 1; } })),
 tsThrowTtl: () => KV.put("k", { toString() { throw new RangeError("boom"); } }, { expirationTtl: 10 }),
 tsThrowLong: () => KV.put("x".repeat(600), { toString() { throw new RangeError("boom"); } }),
 tsThrowEmpty: () => KV.put("", { toString() { throw new RangeError("boom"); } }),
 tsThrowDot: () => KV.put("..", { toString() { throw new RangeError("boom"); } }),
 blobTtl: () => KV.put("k", new Blob(["x"]), { expirationTtl: 10 }),
};
for (const [k, f] of Object.entries(cases)) out[k] = await t(f);
out.calls = calls; out.stored = await KV.get("k");`),
];
return [...base, ...more];

})();

// routing1.mjs
const routing1 = (() => {
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const echo = (name, extra = {}) => mod(`return { fetch(req, env) {
  const h = {}; for (const [k, v] of req.headers) if (k.startsWith("mf-") || k === "origin") h[k] = v;
  return new Response("${name} " + req.url + " " + JSON.stringify(h)); } };`, extra);
return [
  {
    name: "kvrt-routing-route-override-header",
    area: "routing",
    description: "the MF-Route-Override request header picks the worker by name, with or without routes",
    options: { workers: [
      { name: "main", ...echo("main") },
      { name: "api", ...echo("api", { routes: ["api.mf/*"] }) },
      { name: "plain", ...echo("plain") },
    ] },
    steps: [
      r("GET", "http://localhost/x", { "MF-Route-Override": "api" }),
      r("GET", "http://localhost/x", { "MF-Route-Override": "plain" }),
      r("GET", "http://api.mf/x", { "MF-Route-Override": "main" }),
      r("GET", "http://api.mf/x", { "MF-Route-Override": "nope" }),
      r("GET", "http://api.mf/x", { "MF-Route-Override": "" }),
      r("GET", "http://api.mf/x", { "mf-route-override": "API" }),
      r("GET", "http://api.mf/x", { "x-other": "1" }),
    ],
  },
  {
    name: "kvrt-routing-route-override-unnamed-first",
    area: "routing",
    description: "MF-Route-Override with an empty name reaches an unnamed first worker",
    options: { workers: [
      { ...echo("first") },
      { name: "b", ...echo("b", { routes: ["b.mf/*"] }) },
    ] },
    steps: [
      r("GET", "http://b.mf/x", { "MF-Route-Override": "" }),
      r("GET", "http://b.mf/x", { "MF-Route-Override": "b" }),
      r("GET", "http://b.mf/x", { "MF-Route-Override": " b" }),
    ],
  },
  {
    name: "kvrt-routing-cdn-cgi-origin",
    area: "routing",
    description: "requests to /cdn-cgi/ paths with an Origin header: localhost and route hosts are allowed, other origins refused",
    options: { workers: [
      { name: "main", ...echo("main") },
      { name: "api", ...echo("api", { routes: ["api.mf/*", "*.wild.mf/*", "http://*/any/*"] }) },
    ] },
    steps: [
      r("GET", "http://localhost/cdn-cgi/x", { origin: "http://evil.com" }),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "http://localhost:8787" }),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "http://127.0.0.1" }),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "http://[::1]:3000" }),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "https://api.mf" }),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "https://sub.api.mf" }),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "https://wild.mf" }),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "https://a.wild.mf" }),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "https://notapi.mf" }),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "null" }),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "garbage" }),
      r("GET", "http://localhost/cdn-cgi", { origin: "http://evil.com" }),
      r("GET", "http://localhost/cdn-cgi/", { origin: "http://evil.com" }),
      r("GET", "http://localhost/other", { origin: "http://evil.com" }),
      r("GET", "http://api.mf/cdn-cgi/y", { origin: "http://evil.com" }),
      r("GET", "http://api.mf/cdn-cgi/y", { origin: "http://API.MF" }),
      r("GET", "http://localhost/CDN-CGI/x", { origin: "http://evil.com" }),
      r("GET", "http://localhost/cdn-cgi/x", { host: "evil.com" }),
      r("POST", "http://localhost/cdn-cgi/x", { origin: "http://evil.com" }, "b"),
    ],
  },
  {
    name: "kvrt-routing-cdn-cgi-origin-no-routes",
    area: "routing",
    description: "without routes only localhost origins reach /cdn-cgi/ paths",
    options: echo("solo"),
    steps: [
      r("GET", "http://localhost/cdn-cgi/x", { origin: "http://localhost" }),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "http://example.com" }),
      r("GET", "http://example.com/cdn-cgi/x", { origin: "http://example.com" }),
      r("GET", "http://example.com/cdn-cgi/x"),
      r("GET", "http://localhost/cdn-cgi/x", { origin: "http://localhost.evil" }),
    ],
  },
];

})();

// routing2.mjs
const routing2 = (() => {
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const echo = (name, extra = {}) => mod(`return { fetch(req, env) { return new Response("${name} " + req.url); } };`, extra);
return [
  {
    name: "kvrt-routing-pattern-normalisation",
    area: "routing",
    description: "route patterns normalised by URL parsing: upper-case scheme, IPv4 shorthand, dot segments, a fragment, surrounding spaces, percent-encoded host, no path, a ws scheme",
    options: { workers: [
      { name: "main", ...echo("main") },
      { name: "upscheme", ...echo("upscheme", { routes: ["HTTP://Up.MF/*"] }) },
      { name: "ipshort", ...echo("ipshort", { routes: ["127.1/*"] }) },
      { name: "dots", ...echo("dots", { routes: ["dots.mf/a/../b/*"] }) },
      { name: "frag", ...echo("frag", { routes: ["frag.mf/f#x"] }) },
      { name: "spaced", ...echo("spaced", { routes: ["spaced.mf/s*  "] }) },
      { name: "pcthost", ...echo("pcthost", { routes: ["%70ct.mf/*"] }) },
      { name: "nopath", ...echo("nopath", { routes: ["nopath.mf"] }) },
      { name: "ws", ...echo("ws", { routes: ["ws://ws.mf/*"] }) },
      { name: "v6", ...echo("v6", { routes: ["[0:0::1]/*"] }) },
      { name: "backslash", ...echo("backslash", { routes: ["bs.mf\\\\p\\\\*"] }) },
    ] },
    steps: [
      r("GET", "http://up.mf/x"), r("GET", "https://up.mf/x"),
      r("GET", "http://127.0.0.1/x"), r("GET", "http://127.1/x"), r("GET", "http://0x7f.0.0.1/y"),
      r("GET", "http://dots.mf/b/1"), r("GET", "http://dots.mf/a/b/1"),
      r("GET", "http://frag.mf/f"), r("GET", "http://frag.mf/f#x"), r("GET", "http://frag.mf/fx"),
      r("GET", "http://spaced.mf/s1"),
      r("GET", "http://pct.mf/p"), r("GET", "http://%70ct.mf/q"),
      r("GET", "http://nopath.mf/"), r("GET", "http://nopath.mf"), r("GET", "http://nopath.mf/a"),
      r("GET", "http://ws.mf/x"),
      r("GET", "http://[::1]/v"), r("GET", "http://[0:0:0:0:0:0:0:1]:8080/v"),
      r("GET", "http://bs.mf/p/q"), r("GET", "http://bs.mf\\p\\r"),
    ],
  },
  {
    name: "kvrt-routing-request-url-forms",
    area: "routing",
    description: "request URLs in unusual spellings against routes: upper-case scheme and host, default ports, IPv4 forms, percent-encoded host, tabs and newlines in the URL, backslashes, dot segments",
    options: { workers: [
      { name: "main", ...echo("main") },
      { name: "api", ...echo("api", { routes: ["api.mf/v1/*"] }) },
      { name: "ip", ...echo("ip", { routes: ["10.0.0.1/*"] }) },
    ] },
    steps: [
      r("GET", "HTTP://API.MF/v1/a"), r("GET", "http://api.mf:80/v1/b"), r("GET", "https://api.mf:443/v1/c"),
      r("GET", "http://%61pi.mf/v1/d"), r("GET", "http://api.mf/v1/../v1/e"), r("GET", "http://api.mf/v2/../v1/f"),
      r("GET", "http://api.mf\\v1\\g"), r("GET", "http://api.mf/v1/%2e%2e/h"), r("GET", "http://api.mf/v1%2Fi"),
      r("GET", "http://10.1/x"), r("GET", "http://167772161/y"), r("GET", "http://012.0.0.01/z"), r("GET", "http://0xa.0.0.1/w"),
      r("GET", "http://api.mf/v1/ä?ü=ö"), r("GET", "http://api.mf/v1/<>\"`{}|"),
    ],
  },
  {
    name: "kvrt-routing-routed-worker-request",
    area: "routing",
    description: "what a routed worker sees: request.url, method, headers (no internal mf- fields), cf presence and a few fields, the Host header shape, and a service binding from it to another routed worker",
    options: { workers: [
      { name: "main", ...echo("main") },
      { name: "api", ...mod(`return { async fetch(req, env) {
        const u = new URL(req.url);
        if (u.pathname === "/call") { const res = await env.OTHER.fetch("http://anything.mf/from-api?x=1", { headers: { "x-from": "api" } }); return new Response("api->" + await res.text()); }
        const hs = [...req.headers.keys()].filter((k) => k.startsWith("mf-") || k.startsWith("x-"));
        return Response.json({ url: req.url, method: req.method, hs, cfType: typeof req.cf, colo: req.cf?.colo, country: req.cf?.country, hasCAE: "clientAcceptEncoding" in (req.cf ?? {}), host: req.headers.get("host").replace(/:\\d+$/, ":<port>") });
      } };`, { routes: ["api.mf/*"], serviceBindings: { OTHER: "other" } }) },
      { name: "other", ...mod(`return { async fetch(req) { return new Response("other " + req.url + " " + req.headers.get("x-from") + " cf=" + typeof req.cf); } };`, { routes: ["other.mf/*"] }) },
    ] },
    steps: [
      r("GET", "http://api.mf/a?b=c", { "x-one": "1", "MF-Custom": "z" }),
      r("POST", "https://api.mf/post", { "x-two": "2" }, "body"),
      r("GET", "http://api.mf/call"),
      r("GET", "http://other.mf/direct"),
      r("GET", "http://anything.mf/from-api"),
    ],
  },
  {
    name: "kvrt-routing-override-with-triggers",
    area: "routing",
    description: "MF-Route-Override and routes select the worker whose scheduled handler a /cdn-cgi/handler/scheduled request runs; a foreign Origin is refused first",
    options: { unsafeTriggerHandlers: true, kvNamespaces: ["KV"], workers: [
      { name: "main", ...mod(`return { async fetch(req) { return new Response("main " + req.url); }, async scheduled(c, env) { await env.KV.put("ran", "main " + c.cron); } };`, { kvNamespaces: { KV: "shared" } }) },
      { name: "cron", ...mod(`return { async fetch(req, env) { return new Response("cron saw " + await env.KV.get("ran")); }, async scheduled(c, env) { await env.KV.put("ran", "cron " + c.cron); } };`, { routes: ["cron.mf/*"], kvNamespaces: { KV: "shared" } }) },
    ] },
    steps: [
      r("GET", "http://localhost/cdn-cgi/handler/scheduled?cron=a"),
      r("GET", "http://cron.mf/read"),
      r("GET", "http://cron.mf/cdn-cgi/handler/scheduled?cron=b"),
      r("GET", "http://cron.mf/read"),
      r("GET", "http://localhost/cdn-cgi/handler/scheduled?cron=c", { "MF-Route-Override": "cron" }),
      r("GET", "http://cron.mf/read"),
      r("GET", "http://cron.mf/cdn-cgi/handler/scheduled?cron=d", { "MF-Route-Override": "main" }),
      r("GET", "http://cron.mf/read"),
      r("GET", "http://cron.mf/cdn-cgi/handler/scheduled?cron=e", { origin: "http://evil.mf" }),
      r("GET", "http://cron.mf/read"),
      r("GET", "http://cron.mf/cdn-cgi/handler/scheduled?cron=f", { origin: "http://x.cron.mf" }),
      r("GET", "http://cron.mf/read"),
      r("GET", "http://cron.mf/cdn-cgi/handler/nope", { "MF-Route-Override": "none" }),
    ],
  },
  {
    name: "kvrt-routing-header-value-trimming",
    area: "routing",
    description: "request header values with surrounding spaces and tabs reach the worker trimmed; MF-Route-Override is trimmed too",
    options: { workers: [
      { name: "main", ...mod(`return { fetch(req) { return Response.json({ w: "main", a: req.headers.get("x-a"), b: req.headers.get("x-b"), c: req.headers.get("x-c") }); } };`) },
      { name: "b", ...mod(`return { fetch(req) { return Response.json({ w: "b", a: req.headers.get("x-a") }); } };`) },
    ] },
    steps: [
      r("GET", "http://localhost/", { "x-a": "  v  ", "x-b": "\tw\t", "x-c": " in ner " }),
      r("GET", "http://localhost/", { "x-a": " 1", "MF-Route-Override": "\tb " }),
    ],
  },
];

})();

// routing3.mjs
const routing3 = (() => {
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
return [
  {
    name: "kvrt-routing-service-binding-ignores-override",
    area: "routing",
    description: "a service binding call carrying MF-Route-Override and a URL matching another worker's route still reaches its own target, which sees the field; the routed worker behind dispatchFetch does not",
    options: { workers: [
      { name: "main", ...mod(`return { async fetch(req, env) {
        const res = await env.SB.fetch("http://b.mf/via", { headers: { "MF-Route-Override": "main", "x-t": "1" } });
        return new Response("main got [" + await res.text() + "] own=" + req.headers.get("mf-route-override"));
      } };`, { serviceBindings: { SB: "a" } }) },
      { name: "a", ...mod(`return { fetch(req) { return new Response("a " + req.url + " o=" + req.headers.get("mf-route-override")); } };`, { routes: ["a.mf/*"] }) },
      { name: "b", ...mod(`return { fetch(req) { return new Response("b " + req.url + " o=" + req.headers.get("mf-route-override")); } };`, { routes: ["b.mf/*"] }) },
    ] },
    steps: [
      r("GET", "http://localhost/"),
      r("GET", "http://b.mf/direct", { "MF-Route-Override": "main" }),
      r("GET", "http://a.mf/x", { "MF-Route-Override": "b" }),
      r("GET", "http://a.mf/x", { "mf-route-override": "b, a" }),
    ],
  },
];

})();

// vars1.mjs
const vars1 = (() => {
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const sw = (script, extra = {}) => ({ compatibilityDate: CD, script: PRELUDE + script, ...extra });
return [
  {
    name: "kvrt-vars-json-shapes-and-descriptors",
    area: "vars",
    description: "JSON vars of nested shapes: key order with integer-like keys, property descriptors of env members and nested values, frozenness, identity between reads, prototypes, JSON strings that look like JSON, numbers at the edges",
    options: mod(`return { fetch(req, env) {
  const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return x && { w: x.writable, e: x.enumerable, c: x.configurable, get: typeof x.get }; };
  return Response.json({
    envKeys: Object.keys(env), objKeys: Object.keys(env.OBJ), nestedKeys: Object.keys(env.OBJ.nested),
    descTop: d(env, "STR"), descObj: d(env, "OBJ"), descNested: d(env.OBJ, "b"), descArr: d(env.ARR, "0"), descLen: d(env.ARR, "length"),
    frozen: [Object.isFrozen(env), Object.isFrozen(env.OBJ), Object.isFrozen(env.ARR), Object.isSealed(env.OBJ), Object.isExtensible(env.OBJ)],
    same: [env.OBJ === env.OBJ, env.ARR === env.ARR, env.OBJ.nested === env.OBJ.nested],
    protos: [Object.getPrototypeOf(env) === Object.prototype, Object.getPrototypeOf(env.OBJ) === Object.prototype, Array.isArray(env.ARR), Object.getPrototypeOf(env.ARR) === Array.prototype],
    types: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? "null" : Array.isArray(v) ? "array" : typeof v])),
    jsonLike: [env.JSONSTR, typeof env.JSONSTR, env.NUMSTR + 1],
    nums: [env.BIG, env.BIG + 1, env.EXP, env.SMALL, env.FLOAT, env.NEG, Number.isInteger(env.INTF), env.INTF, String(env.EXP)],
    arr: env.ARR, deep: env.DEEP.a.b.c.d.e.f.g.h, strs: [env.CTRL.length, env.CTRL.charCodeAt(0), env.EMOJI.length, [...env.EMOJI].length],
    stringify: JSON.stringify(env).length,
  });
} };`, { bindings: {
      STR: "s", OBJ: { b: 1, "10": "ten", a: [1, { z: null }], "2": "two", "-1": "neg", "01": "lead", nested: { y: 1, x: 2, "0": 0 } },
      ARR: [3, "x", null, true, { k: [] }, []], JSONSTR: "{\"a\":1}", NUMSTR: "41", BIG: 9007199254740991, EXP: 1e21, SMALL: 1e-7, FLOAT: 0.1, NEG: -5.5, INTF: 3.0,
      DEEP: { a: { b: { c: { d: { e: { f: { g: { h: "deep" } } } } } } } }, CTRL: "\u0001\u001f\t", EMOJI: "👍🏽", EMPTYOBJ: {}, EMPTYARR: [], T: true, F: false, Z: 0, N: null,
    } }),
    steps: [r("GET", "http://localhost/")],
  },
  {
    name: "kvrt-vars-integer-like-names",
    area: "vars",
    description: "var names that are integer-like, negative, with leading zeros or spaces, and the order of env's keys with KV bindings among them",
    options: mod(`return { fetch(req, env) { return Response.json({ keys: Object.keys(env), vals: Object.values(env).map((v) => typeof v === "object" && v !== null && !Array.isArray(v) ? "obj" : v), has: ["10" in env, 10 in env, "010" in env], get: [env[2], env["02"], env[" 3"]] }); } };`, {
      bindings: { z: 1, "10": "ten", "2": "two", "02": "zero-two", " 3": "space", "-1": "neg", a: 2, "4294967295": "max", "4294967294": "maxidx" },
      kvNamespaces: ["KV1", "0"],
    }),
    steps: [r("GET", "http://localhost/")],
  },
  {
    name: "kvrt-vars-kv-object-form-ids",
    area: "vars",
    description: "kvNamespaces in the object form with {id} entries next to plain ids: bindings sharing an id share data; var and KV binding order in env",
    options: mod(`return { async fetch(req, env) {
  await env.A.put("k", "from A"); await env.C.put("k", "from C");
  return Response.json({ keys: Object.keys(env), b: await env.B.get("k"), c: await env.C.get("k"), d: await env.D.get("k"), tags: [String(env.A), Object.prototype.toString.call(env.B)] });
} };`, { bindings: { V: 1 }, kvNamespaces: { A: { id: "shared" }, B: "shared", C: { id: "other" }, D: "D" } }),
    steps: [r("GET", "http://localhost/")],
  },
  {
    name: "kvrt-vars-service-worker-json-shapes",
    area: "vars",
    description: "JSON vars as service-worker globals: shapes, descriptors on globalThis, integer-like names, shadowing of a global name by a var",
    options: sw(`addEventListener("fetch", (e) => {
  const d = (k) => { const x = Object.getOwnPropertyDescriptor(globalThis, k); return x && { w: x.writable, e: x.enumerable, c: x.configurable }; };
  e.respondWith(Response.json({ obj: OBJ, arr: ARR, desc: d("OBJ"), descNum: d("10"), num: globalThis["10"], same: OBJ === globalThis.OBJ, frozen: Object.isFrozen(OBJ), keysOrder: Object.keys(OBJ), t: typeof T, name: typeof name }));
});`, { bindings: { OBJ: { b: 1, "1": 2, a: { c: [1] } }, ARR: [1, [2, [3]]], "10": "ten", T: true } }),
    steps: [r("GET", "http://localhost/")],
  },
];

})();

// vars2.mjs
const vars2 = (() => {
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const sw = (script, extra = {}) => ({ compatibilityDate: CD, script: PRELUDE + script, ...extra });
const show = `const show = (v) => v === null ? null : typeof v === "object" ? Object.prototype.toString.call(v) + ":" + (Array.isArray(v) ? JSON.stringify(v) : Object.keys(v).join(",")) : typeof v + ":" + String(v);`;
return [
  {
    name: "kvrt-vars-service-worker-collisions",
    area: "vars",
    description: "service-worker globals: a var and a KV namespace of the same name, and vars named like built-in globals",
    options: sw(`${show} addEventListener("fetch", (e) => e.respondWith(Response.json({ kv: show(KV), fetchType: typeof fetch, self: self === globalThis, navigator: typeof navigator, crypto: show(globalThis.CRYPTOVAR) })));`,
      { bindings: { KV: "var-kv", CRYPTOVAR: [1] }, kvNamespaces: ["KV"] }),
    steps: [r("GET", "http://localhost/")],
  },
];

})();

export default [...kv1, ...kv2, ...routing1, ...routing2, ...routing3, ...vars1, ...vars2];
