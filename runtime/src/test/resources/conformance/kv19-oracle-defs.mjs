// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && cd runtime && DEFS_DIR=d RECORD_OUT=<out> node /work/wt/oracle/record.mjs kv19- (from the runtime module: the rootPath case reads its files)
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

export default [
  {
    name: "kv19-vars-shared-options-without-effect", area: "vars",
    description: "instance-wide options Miniflare accepts (publicUrl, the persist options of secrets store, analytics engine and hello world, unsafe and telemetry settings) and worker options it ignores (rootPath, zone, stripCfConnectingIp): env stays the bindings",
    options: { publicUrl: "http://public.example:8787", secretsStorePersist: false, analyticsEngineDatasetsPersist: false, helloWorldPersist: false,
      unsafeStickyBlobs: true, logRequests: false, stripDisablePrettyError: true,
      workers: [
        { name: "main", rootPath: "sub", zone: "example.com", stripCfConnectingIp: false, unsafeEphemeralDurableObjects: true,
          modules: true, compatibilityDate: CD, bindings: { A: "a" }, kvNamespaces: { KV: { id: "kv-id" } },
          script: PRELUDE + `export default { async fetch(req, env) { await env.KV.put("k", "v"); return Response.json({ keys: Object.keys(env), a: env.A, kv: await env.KV.get("k"), url: req.url }); } };` },
      ] },
    steps: [G("/p?q=1")],
  },
  {
    name: "kv19-vars-top-level-worker-options-beside-workers", area: "vars",
    description: "worker options at the top level beside a workers array (bindings, kvNamespaces, script) are ignored: only the workers' own settings count",
    options: { bindings: { TOP: "top" }, kvNamespaces: ["TOPKV"], compatibilityDate: CD,
      workers: [
        { name: "w", modules: true, compatibilityDate: CD, bindings: { OWN: 1 },
          script: `export default { fetch(req, env) { return Response.json({ keys: Object.keys(env) }); } };` },
      ] },
    steps: [G()],
  },
  {
    name: "kv19-vars-bindings-falsy-and-unicode-values", area: "vars",
    description: "bindings whose values are false, 0, empty string, null, empty array or object, strings with lone surrogates, U+2028 and NUL; typeof and identity of each",
    options: mod(`export default { async fetch(req, env) { const out = {};
  for (const [k, v] of Object.entries(env)) out[k] = [typeof v, v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "string" ? [...v].map((c) => c.codePointAt(0)) : v];
  out.keys = Object.keys(env); out.has = ["F", "Z", "E", "N"].map((k) => k in env);
  return Response.json(out); } };`, { bindings: { F: false, Z: 0, E: "", N: null, A: [], O: {}, LONE: "a\ud800b", SEP: "x\u2028y\u0000z", NEG: -1.25, BIG: 123456789012 } }),
    steps: [G()],
  },
  {
    name: "kv19-multi-worker-service-designator-kinds", area: "multi-worker",
    description: "service bindings in Miniflare's other designator forms (network, external) and props objects: env shape and types; only the worker targets are called",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD,
        serviceBindings: { NET: { network: { allow: ["public"], deny: [] } }, EXT: { external: { address: "127.0.0.1:9", http: {} } },
          P: { name: "b", props: { n: 1, s: "x" } }, E: { name: "b", entrypoint: "Named", props: {} } },
        script: PRELUDE + `export default { async fetch(req, env) { const out = {};
  out.keys = Object.keys(env);
  for (const k of out.keys) out[k] = [typeof env[k], typeof env[k].fetch, typeof env[k].connect, env[k].constructor?.name ?? null];
  out.p = await t(async () => (await env.P.fetch("http://b/p")).text());
  out.e = await t(async () => (await env.E.fetch("http://b/e")).text());
  out.eRpc = await t(() => env.E.props());
  return Response.json(out); } };` },
      { name: "b", modules: true, compatibilityDate: CD,
        script: `import { WorkerEntrypoint } from "cloudflare:workers";
export class Named extends WorkerEntrypoint { fetch(req) { return new Response("named " + JSON.stringify(this.ctx.props)); } props() { return this.ctx.props; } }
export default { fetch(req, env, ctx) { return new Response("default " + JSON.stringify(ctx.props)); } };` },
    ] },
    steps: [G()],
  },
  {
    name: "kv19-multi-worker-unnamed-first-worker", area: "multi-worker",
    description: "the first of several workers has no name: dispatchFetch reaches it, another worker binds it by the empty name",
    options: { workers: [
      { modules: true, compatibilityDate: CD, bindings: { WHO: "unnamed" },
        script: `export default { fetch(req, env) { return new Response("first " + env.WHO + " " + new URL(req.url).pathname); } };` },
      { name: "second", modules: true, compatibilityDate: CD, routes: ["second.example/*"], serviceBindings: { FIRST: "" },
        script: `export default { async fetch(req, env) { return new Response("second -> " + await (await env.FIRST.fetch("http://x/from-second")).text()); } };` },
    ] },
    steps: [G("/a"), G("/b", "http://second.example")],
  },
  {
    name: "kv19-multi-worker-routes-overlap", area: "multi-worker",
    description: "routes of several workers that overlap: host wildcards against exact hosts, path prefixes of different lengths, ports and protocols; which worker answers each URL",
    options: { workers: [
      { name: "fallback", modules: true, compatibilityDate: CD, script: `export default { fetch(req) { return new Response("fallback"); } };` },
      { name: "wild", modules: true, compatibilityDate: CD, routes: ["*.example.com/*"], script: `export default { fetch(req) { return new Response("wild"); } };` },
      { name: "api", modules: true, compatibilityDate: CD, routes: ["api.example.com/*"], script: `export default { fetch(req) { return new Response("api"); } };` },
      { name: "apiv2", modules: true, compatibilityDate: CD, routes: ["api.example.com/v2/*", "https://secure.example.com/*"], script: `export default { fetch(req) { return new Response("apiv2"); } };` },
      { name: "exactpath", modules: true, compatibilityDate: CD, routes: ["example.com/exact", "*example.org/*"], script: `export default { fetch(req) { return new Response("exactpath"); } };` },
    ] },
    steps: [
      G("/x", "http://api.example.com"), G("/v2/x", "http://api.example.com"), G("/v2", "http://api.example.com"),
      G("/x", "http://other.example.com"), G("/x", "http://example.com"), G("/exact", "http://example.com"), G("/exact/more", "http://example.com"),
      G("/x", "http://secure.example.com"), G("/x", "https://secure.example.com"), G("/x", "http://example.org"), G("/x", "http://sub.example.org"),
      G("/x", "http://api.example.com:8080"), G("/x", "http://notexample.org"),
    ],
  },
  {
    name: "kv19-multi-worker-kv-id-object-and-names", area: "multi-worker",
    description: "KV namespaces shared by id across workers in the object form with { id }, the array form naming the id, and a binding name equal to another worker's namespace id",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, kvNamespaces: { ONE: { id: "shared" }, TWO: "b-own" }, serviceBindings: { B: "b" },
        script: `export default { async fetch(req, env) { await env.ONE.put("from-a", "1"); await env.TWO.put("two", "2");
  const b = await (await env.B.fetch("http://b/")).json();
  return Response.json({ b, one: (await env.ONE.list()).keys.map((k) => k.name), two: (await env.TWO.list()).keys.map((k) => k.name) }); } };` },
      { name: "b", modules: true, compatibilityDate: CD, kvNamespaces: ["shared", "b-own"],
        script: `export default { async fetch(req, env) { await env["b-own"].put("from-b", "1");
  return Response.json({ shared: (await env.shared.list()).keys.map((k) => k.name), own: (await env["b-own"].list()).keys.map((k) => k.name) }); } };` },
    ] },
    steps: [G()],
  },
  kvCase("kv19-kv-list-unicode-prefix-paging", "list with unicode prefixes (combining marks, astral characters, a prefix ending in a high surrogate) and paging with limit 1 through keys that sort by UTF-8 bytes",
`const keys = ["e", "é", "e\\u0301", "e\\u0301x", "😀", "😀a", "\\uffff", "\\ud7ff", "\\ue000", "a😀", "a\\uffff", "zz"];
for (const k of keys) await KV.put(k, "v");
const names = (l) => l.keys.map((k) => [...k.name].map((c) => c.codePointAt(0).toString(16)).join(" "));
out.all = names(await KV.list());
out.e = names(await KV.list({ prefix: "e" }));
out.emoji = names(await KV.list({ prefix: "😀" }));
out.high = names(await KV.list({ prefix: "\\ud83d" }));
out.a = names(await KV.list({ prefix: "a" }));
const pages = []; let cursor;
for (let i = 0; i < 20; i++) { const l = await KV.list({ limit: 1, cursor }); pages.push(names(l)[0] ?? null); if (l.list_complete) { pages.push(["complete", l.cursor ?? null]); break; } cursor = l.cursor; }
out.pages = pages;
const p = await KV.list({ prefix: "a", limit: 1 }); out.cross = await t(async () => names(await KV.list({ prefix: "e", cursor: p.cursor })));`),
  kvCase("kv19-kv-list-cursor-after-changes", "a list cursor after the key it stands on is deleted, after keys are added before and after it, and used with a larger limit",
`for (const k of ["a", "b", "c", "d", "e"]) await KV.put(k, k);
const p1 = await KV.list({ limit: 2 });
out.p1 = [p1.keys.map((k) => k.name), p1.list_complete];
await KV.delete("b"); await KV.put("aa", "x"); await KV.put("bb", "x");
const p2 = await KV.list({ limit: 2, cursor: p1.cursor });
out.p2 = [p2.keys.map((k) => k.name), p2.list_complete];
const p3 = await KV.list({ limit: 100, cursor: p2.cursor });
out.p3 = [p3.keys.map((k) => k.name), p3.list_complete, "cursor" in p3, p3.cursor ?? null];
out.reuse = (await KV.list({ cursor: p1.cursor })).keys.map((k) => k.name);`),
  kvCase("kv19-kv-get-with-metadata-type-variants", "getWithMetadata with each type as a string and in an options object, with cacheTtl, for a missing key, an empty value and a value with metadata; the result's shape",
`await KV.put("k", '{"a":1}', { metadata: { m: 1 } }); await KV.put("empty", "");
const shape = async (r) => { if (r === null) return null; const v = r.value; let val;
  if (v instanceof ArrayBuffer) val = ["ab", v.byteLength]; else if (v instanceof ReadableStream) val = ["stream", await new Response(v).text()]; else val = v;
  return { keys: Object.keys(r), val, metadata: r.metadata, cacheStatus: r.cacheStatus ?? "absent" }; };
for (const type of ["text", "json", "arrayBuffer", "stream"]) {
  out[type] = await t(async () => shape(await KV.getWithMetadata("k", type)));
  out[type + "Opt"] = await t(async () => shape(await KV.getWithMetadata("k", { type, cacheTtl: 60 })));
  out[type + "Missing"] = await t(async () => shape(await KV.getWithMetadata("missing", type)));
  out[type + "Empty"] = await t(async () => shape(await KV.getWithMetadata("empty", { type })));
}
out.bad = await t(() => KV.getWithMetadata("k", "blob"));
out.badOpt = await t(() => KV.getWithMetadata("k", { type: "JSON" }));
out.ttlLow = await t(() => KV.getWithMetadata("k", { cacheTtl: 30 }));
out.ttlNaN = await t(() => KV.getWithMetadata("k", { cacheTtl: NaN }));
out.ttlFloat = await t(async () => (await KV.getWithMetadata("k", { cacheTtl: 60.5 })).value);
out.ttlBig = await t(async () => (await KV.getWithMetadata("k", { cacheTtl: 1e12 })).value);`),
  kvCase("kv19-kv-bulk-get-edges", "bulk get: exactly 100 keys, duplicate keys, keys that coerce (numbers), an empty array, missing keys, cacheTtl and type in options, stream and arrayBuffer types refused",
`for (let i = 0; i < 100; i++) await KV.put("k" + i, "v" + i, i % 2 ? { metadata: { i } } : undefined);
const m = await KV.get(Array.from({ length: 100 }, (_, i) => "k" + i)); out.hundred = [m.size, m.get("k99"), [...m.keys()].slice(0, 3)];
out.dupes = await t(async () => [...(await KV.get(["k1", "k1", "k2"]))]);
out.nums = await t(async () => [...(await KV.get([1, 2]))]);
out.empty = await t(async () => [...(await KV.get([]))]);
out.missing = await t(async () => [...(await KV.get(["nope", "k3"]))]);
out.ttl = await t(async () => [...(await KV.get(["k3"], { cacheTtl: 120, type: "text" }))]);
out.ttlLow = await t(async () => [...(await KV.get(["k3"], { cacheTtl: 10 }))]);
out.stream = await t(async () => [...(await KV.get(["k3"], "stream"))]);
out.ab = await t(async () => [...(await KV.get(["k3"], { type: "arrayBuffer" }))]);
out.meta = await t(async () => [...(await KV.getWithMetadata(["k1", "k2", "nope"]))]);
out.metaJsonBad = await t(async () => [...(await KV.getWithMetadata(["k1"], "json"))]);
out.metaStream = await t(async () => [...(await KV.getWithMetadata(["k1"], "stream"))]);
out.nested = await t(async () => [...(await KV.get([["k1"]]))]);`),
  kvCase("kv19-kv-key-byte-lengths", "keys measured in UTF-8 bytes: 512 bytes of three-byte and four-byte characters, one byte over, a lone surrogate counted as three bytes, list prefixes past 512 bytes, bulk get and delete with such keys",
`const keys = { euro510ab: "€".repeat(170) + "ab", euro510abc: "€".repeat(170) + "abc", emoji: "😀".repeat(128), loneFill: "\\ud800".repeat(170) + "ab", loneOver: "\\ud800".repeat(171) };
for (const [n, k] of Object.entries(keys)) out[n] = { put: await t(async () => KV.put(k, "v")), get: await t(async () => KV.get(k)), del: await t(async () => KV.delete(k)) };
out.prefix600 = await t(async () => (await KV.list({ prefix: "p".repeat(600) })).keys.length);
out.prefixEuro = await t(async () => (await KV.list({ prefix: "€".repeat(200) })).keys.length);
out.bulkLong = await t(async () => [...(await KV.get(["ok", "€".repeat(171)]))]);
out.metaLong = await t(async () => KV.getWithMetadata("x".repeat(513)));
out.cursorLong = await t(async () => (await KV.list({ cursor: "c".repeat(2000) })).keys.length);`),
  kvCase("kv19-kv-expiration-absolute-values", "absolute expirations given as numbers, numeric strings, floats and far-future values: what list reports, and which are refused",
`const now = Math.floor(Date.now() / 1000);
const cases = { far: 2000000000, farStr: "2000000000", farFloat: 2000000000.7, farSpaces: " 2000000000 ", farExp: 2e9, farHex: "0x77359400", max32: 2147483647, over32: 2147483648,
  near: now + 90, nearStr: String(now + 120), almost: now + 30, zero: 0, neg: -1, nan: NaN, inf: Infinity, str: "later", nul: null, t: true, arr: [2000000000] };
for (const [n, e] of Object.entries(cases)) out[n] = await t(async () => { await KV.put("x" + n, "v", { expiration: e });
  const k = (await KV.list({ prefix: "x" + n })).keys.find((k) => k.name === "x" + n); const x = k?.expiration;
  return x === undefined ? "none" : x > now + 1e6 ? x : x - now; });
out.both = await t(async () => { await KV.put("both", "v", { expiration: 2000000000, expirationTtl: 120 }); const x = (await KV.list({ prefix: "both" })).keys[0].expiration; return x === 2000000000 ? "absolute" : x - now >= 120 && x - now < 130 ? "ttl" : x; });
out.almost = JSON.parse(JSON.stringify(out.almost).replace(/of \\d+\\./, "of N."));`),
  {
    name: "kv19-vars-single-worker-shared-options", area: "vars",
    description: "the single-worker form with instance-wide options beside the worker's (publicUrl, persist options of secrets store, analytics engine and hello world, defaultPersistRoot false-y values)",
    options: mod(`export default { async fetch(req, env) { return Response.json({ keys: Object.keys(env), v: env.V }); } };`,
      { publicUrl: "http://localhost:1234", secretsStorePersist: false, analyticsEngineDatasetsPersist: false, helloWorldPersist: false, kvPersist: false, bindings: { V: "v" } }),
    steps: [G()],
  },
  {
    name: "kv19-multi-worker-disk-service", area: "multi-worker",
    description: "a { disk } service binding over /tmp, writable and read-only: PUT, GET, HEAD, DELETE of a file and of a folder, a missing file, methods it does not implement, and outboundService as a disk service",
    options: { modules: true, compatibilityDate: CD,
      serviceBindings: { D: { disk: { path: "/tmp", writable: true } }, R: { disk: { path: "/tmp" } } },
      outboundService: { disk: { path: "/tmp" } },
      script: `export default { async fetch(req, env) { const out = {};
  const s = async (b, p, init) => { try { const r = await (b ? env[b].fetch("http://x" + p, init) : fetch("http://x" + p, init));
    return [r.status, r.headers.get("content-type"), r.headers.get("content-length"), typeof r.headers.get("last-modified"), await r.text()]; } catch (e) { return ["err", e.name, e.message]; } };
  const dir = "/kv19-disk-case";
  out.clean = (await s("D", dir, { method: "DELETE" }))[0] === 500 ? "error" : "ok";
  out.missing = await s("D", dir + "/a.txt");
  out.put = await s("D", dir + "/a.txt", { method: "PUT", body: "hello disk" });
  out.get = await s("D", dir + "/a.txt");
  out.head = await s("D", dir + "/a.txt", { method: "HEAD" });
  out.query = await s("D", dir + "/a.txt?x=1#f");
  out.encoded = await s("D", dir + "/%61.txt");
  out.putDeep = await s("D", dir + "/sub/deep/b.bin", { method: "PUT", body: new Uint8Array([0, 255]) });
  out.list = await s("D", dir);
  out.listSub = await s("D", dir + "/sub/");
  out.dotdot = await s("D", dir + "/sub/../a.txt");
  out.readOnlyGet = await s("R", dir + "/a.txt");
  out.readOnlyPut = await s("R", dir + "/c.txt", { method: "PUT", body: "x" });
  out.readOnlyDelete = await s("R", dir + "/a.txt", { method: "DELETE" });
  out.post = await s("D", dir + "/a.txt", { method: "POST", body: "x" });
  out.options = await s("D", dir + "/a.txt", { method: "OPTIONS" });
  out.outbound = await s(null, dir + "/a.txt");
  out.putOverDir = await s("D", dir + "/sub", { method: "PUT", body: "now a file" });
  out.afterPutOverDir = await s("D", dir + "/sub");
  out.deleteMissing = await s("D", dir + "/nope", { method: "DELETE" });
  out.deleteDir = await s("D", dir, { method: "DELETE" });
  out.gone = await s("D", dir + "/a.txt");
  return Response.json(out); } };` },
    steps: [G()],
  },
  {
    name: "kv19-multi-worker-routes-ports-case-and-catchall", area: "multi-worker",
    description: "routes with ports, upper-case hosts, a catch-all */* beside specific routes, query strings and a route without a path wildcard; which worker answers",
    options: { workers: [
      { name: "first", modules: true, compatibilityDate: CD, script: `export default { fetch(req) { return new Response("first " + new URL(req.url).host); } };` },
      { name: "port", modules: true, compatibilityDate: CD, routes: ["ported.example:8080/*"], script: `export default { fetch(req) { return new Response("port"); } };` },
      { name: "upper", modules: true, compatibilityDate: CD, routes: ["UPPER.Example.COM/*"], script: `export default { fetch(req) { return new Response("upper"); } };` },
      { name: "exact", modules: true, compatibilityDate: CD, routes: ["exact.example/page"], script: `export default { fetch(req) { return new Response("exact"); } };` },
      { name: "all", modules: true, compatibilityDate: CD, routes: ["*/*"], script: `export default { fetch(req) { return new Response("all"); } };` },
      { name: "pathwild", modules: true, compatibilityDate: CD, routes: ["*/api/*"], script: `export default { fetch(req) { return new Response("pathwild"); } };` },
    ] },
    steps: [
      G("/x", "http://ported.example:8080"), G("/x", "http://ported.example"), G("/x", "http://ported.example:9090"),
      G("/x", "http://upper.example.com"), G("/x", "http://UPPER.EXAMPLE.COM"),
      G("/page", "http://exact.example"), G("/page?q=1", "http://exact.example"), G("/page/", "http://exact.example"), G("/Page", "http://exact.example"),
      G("/api/v1", "http://any.example"), G("/api", "http://any.example"), G("/other", "http://any.example"), G("/", "http://localhost"),
    ],
  },
  {
    name: "kv19-multi-worker-service-binding-recursion-depth", area: "multi-worker",
    description: "a worker calling itself and a ping-pong between two workers through service bindings: how deep the chain goes and the error that ends it",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { SELF: "a", B: "b" },
        script: `export default { async fetch(req, env) { const url = new URL(req.url); const n = Number(url.searchParams.get("n") ?? 0);
  const via = url.searchParams.get("via") ?? "self";
  if (n >= 40) return new Response("reached " + n);
  try { const r = await (via === "self" ? env.SELF : env.B).fetch("http://a/?via=" + via + "&n=" + (n + 1)); return new Response(await r.text(), { status: r.status }); }
  catch (e) { return new Response("error at " + n + ": " + e.name + ": " + e.message, { status: 599 }); } } };` },
      { name: "b", modules: true, compatibilityDate: CD, serviceBindings: { A: "a" },
        script: `export default { async fetch(req, env) { const url = new URL(req.url); url.searchParams.set("n", String(Number(url.searchParams.get("n")) + 1));
  try { const r = await env.A.fetch(url); return new Response(await r.text(), { status: r.status }); } catch (e) { return new Response("b error: " + e.name + ": " + e.message, { status: 598 }); } } };` },
    ] },
    steps: [G("/?via=self&n=0"), G("/?via=b&n=0")],
  },
  {
    name: "kv19-multi-worker-routes-host-header-and-schemes", area: "multi-worker",
    description: "route matching against the URL when the request carries another Host header; routes written with http:// and https:// schemes; the URL and Host header each worker sees",
    options: { workers: [
      { name: "first", modules: true, compatibilityDate: CD, script: `export default { fetch(req) { return new Response("first " + req.url + " host=" + (req.headers.get("host") ?? "none").replace(/:\\d+$/, ":PORT")); } };` },
      { name: "api", modules: true, compatibilityDate: CD, routes: ["api.example.com/*"], script: `export default { fetch(req) { return new Response("api " + req.url + " host=" + (req.headers.get("host") ?? "none").replace(/:\\d+$/, ":PORT")); } };` },
      { name: "httpsonly", modules: true, compatibilityDate: CD, routes: ["https://tls.example.com/*"], script: `export default { fetch(req) { return new Response("httpsonly " + req.url); } };` },
      { name: "httponly", modules: true, compatibilityDate: CD, routes: ["http://plain.example.com/*"], script: `export default { fetch(req) { return new Response("httponly " + req.url); } };` },
    ] },
    steps: [
      r("GET", "http://localhost/a", { host: "api.example.com" }), r("GET", "http://api.example.com/b", { host: "other.example" }),
      G("/c", "https://tls.example.com"), G("/d", "http://tls.example.com"), G("/e", "http://plain.example.com"), G("/f", "https://plain.example.com"),
    ],
  },
  {
    name: "kv19-multi-worker-kv-odd-namespace-ids", area: "multi-worker",
    description: "KV namespace ids with slashes, dots, spaces, unicode and an empty string, shared between two workers by id; binding names with unicode",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" },
        kvNamespaces: { SLASH: "a/b", DOTS: "..", SPACE: "with space", "ÜNI": "ünï-id", EMPTY: "", COLON: "ns:1" },
        script: `export default { async fetch(req, env) { for (const k of ["SLASH", "DOTS", "SPACE", "ÜNI", "EMPTY", "COLON"]) await env[k].put("from-a", k);
  const b = await (await env.B.fetch("http://b/")).json(); return Response.json({ keys: Object.keys(env), b }); } };` },
      { name: "b", modules: true, compatibilityDate: CD, kvNamespaces: { S: "a/b", D: "..", SP: "with space", U: "ünï-id", E: "", C: "ns:1", OTHER: "a" },
        script: `export default { async fetch(req, env) { const out = {}; for (const k of ["S", "D", "SP", "U", "E", "C", "OTHER"]) out[k] = await env[k].get("from-a"); return Response.json(out); } };` },
    ] },
    steps: [G()],
  },
  {
    name: "kv19-vars-root-path-resolves-blob-paths", area: "vars",
    description: "rootPath at the top level and in a worker: text and data blob paths start from it (recorded from the runtime module's folder)",
    options: { rootPath: "src/test/resources/conformance", workers: [
      { name: "main", rootPath: "kvfmt16-files", modules: true, compatibilityDate: CD,
        textBlobBindings: { G: "blobs/greeting.txt", J: "./blobs/data.json" }, dataBlobBindings: { B: "blobs/bytes.bin" },
        script: `export default { fetch(req, env) { return Response.json({ keys: Object.keys(env), g: env.G, j: env.J, b: [...new Uint8Array(env.B)] }); } };` },
    ] },
    steps: [G()],
  },
];
