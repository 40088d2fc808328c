// Re-record: cd /work/wt/oracle && DEFS_DIR=<folder with _h.mjs and this file> RECORD_OUT=<out> node record.mjs kvfmt
import { PRELUDE, CD, get, req, modWorker, kvCase } from "./_h.mjs";
const mw = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const sw = (script, extra = {}) => ({ compatibilityDate: CD, script: PRELUDE + script, ...extra });
const H = (m, path, body, headers) => req(m, "http://localhost" + path, headers, body);

const CRUD = `
  const key = decodeURIComponent(url.pathname.slice(1));
  if (url.pathname === "/_list") { const r = await KV.list({ prefix: url.searchParams.get("prefix") ?? undefined, limit: url.searchParams.has("limit") ? Number(url.searchParams.get("limit")) : undefined, cursor: url.searchParams.get("cursor") ?? undefined }); return Response.json(r); }
  if (req.method === "PUT") { const meta = req.headers.get("x-meta"); await KV.put(key, req.body, meta ? { metadata: JSON.parse(meta) } : {}); return new Response(null, { status: 204 }); }
  if (req.method === "POST") { await KV.put(key, await req.arrayBuffer()); return new Response("stored " + key, { status: 201 }); }
  if (req.method === "DELETE") { const r = await KV.delete(key); return new Response(String(r)); }
  const { value, metadata, cacheStatus } = await KV.getWithMetadata(key, "stream");
  if (value === null) return new Response("not found: " + key, { status: 404 });
  return new Response(value, { headers: { "x-meta": JSON.stringify(metadata), "x-cache": String(cacheStatus) } });
`;
const crudSteps = [H("PUT", "/a", "alpha"), H("PUT", "/b%2Fc", "slashed", { "x-meta": '{"n":1}' }), H("POST", "/%C3%A9", "bin\u00e9"), H("GET", "/a"), H("GET", "/b%2Fc"), H("GET", "/%C3%A9"), H("GET", "/missing"),
  H("GET", "/_list"), H("GET", "/_list?prefix=b"), H("GET", "/_list?limit=1"), H("DELETE", "/a"), H("DELETE", "/a"), H("GET", "/a"), H("GET", "/_list"), H("PUT", "/empty", ""), H("GET", "/empty"), H("HEAD", "/b%2Fc")];

export default [
  { name: "kvfmt-kv-http-crud-modules", area: "kv", description: "a REST store over KV in a modules worker: put from the request body stream with metadata from a header, get as a stream, delete twice, list with prefix and limit, over several requests",
    options: mw(`export default { async fetch(req, env) { const url = new URL(req.url); const KV = env.STORE;${CRUD} } };`, { kvNamespaces: { STORE: "store-id" } }),
    steps: crudSteps },
  { name: "kvfmt-kv-http-crud-service-worker", area: "kv", description: "the same REST store over a KV global in a service-worker script",
    options: sw(`addEventListener("fetch", (event) => event.respondWith(handle(event.request)));
async function handle(req) { const url = new URL(req.url); const KV = STORE;${CRUD} }`, { kvNamespaces: ["STORE"] }),
    steps: crudSteps },
  kvCase("kvfmt-kv-parallel-and-many-keys", "1500 keys written with Promise.all, listed in pages of the default size and of 1000, bulk get over them, parallel get/delete of one key", `
  const KV = env.KV;
  await Promise.all(Array.from({ length: 1500 }, (_, i) => KV.put("key:" + String(i).padStart(4, "0"), "v" + i, i % 500 === 0 ? { metadata: { i } } : undefined)));
  const p1 = await KV.list();
  out.p1 = [p1.keys.length, p1.list_complete, typeof p1.cursor, p1.keys[0], p1.keys[999].name];
  const p2 = await KV.list({ cursor: p1.cursor });
  out.p2 = [p2.keys.length, p2.list_complete, "cursor" in p2, p2.keys[0].name, p2.keys[499].name, p2.keys[0].metadata ?? null];
  const p3 = await KV.list({ prefix: "key:14" });
  out.p3 = [p3.keys.length, p3.list_complete];
  const p4 = await KV.list({ prefix: "key:", limit: 1000 });
  out.p4 = [p4.keys.length, p4.list_complete];
  const p5 = await KV.list({ prefix: "key:1", limit: 400 });
  const p6 = await KV.list({ prefix: "key:1", limit: 400, cursor: p5.cursor });
  out.p56 = [p5.keys.length, p5.list_complete, p6.keys.length, p6.list_complete, p6.keys[0].name, p6.keys.at(-1).name];
  const bulk = await KV.get(Array.from({ length: 100 }, (_, i) => "key:" + String(i * 15).padStart(4, "0")));
  out.bulk = [bulk.size, bulk.get("key:0000"), bulk.get("key:1485")];
  const vals = await Promise.all([KV.get("key:0001"), KV.delete("key:0001"), KV.get("key:0001"), KV.put("key:0001", "again"), KV.get("key:0001")]);
  out.ordered = vals;
  out.getMeta = await KV.getWithMetadata("key:0500");
  await Promise.all(Array.from({ length: 1500 }, (_, i) => KV.delete("key:" + String(i).padStart(4, "0"))));
  const after = await KV.list();
  out.after = [after.keys, after.list_complete, "cursor" in after, after.cacheStatus];
  `),
  kvCase("kvfmt-kv-value-roundtrips", "value round trips: all 256 byte values, invalid UTF-8 read as text, JSON of many shapes via put(JSON.stringify) and get json, long unicode, get with each type on the same key, getWithMetadata result keys per type", `
  const KV = env.KV;
  const all = new Uint8Array(256).map((_, i) => i);
  await KV.put("bytes", all);
  const ab = await KV.get("bytes", "arrayBuffer");
  out.bytes = [ab.byteLength, hex(ab) === hex(all.buffer)];
  const txt = await KV.get("bytes");
  out.bytesText = [txt.length, [...txt.slice(120, 136)].map(c => c.charCodeAt(0))];
  const st = await KV.get("bytes", "stream");
  const chunks = []; const rd = st.getReader(); for (;;) { const { done, value } = await rd.read(); if (done) break; chunks.push([Object.prototype.toString.call(value), value.byteLength > 0]); }
  out.streamChunkKinds = [...new Set(chunks.map(c => c[0]))];
  const shapes = { obj: { a: 1, b: "two", c: [3, { d: null }] }, arr: [1, "x", true, null], num: 1.25, str: "s\\u00e9\\ud83d\\ude00", nested: { x: { y: { z: { w: [[[]]] } } } }, emptyObj: {}, emptyArr: [], bool: false, zero: 0, big: 9007199254740993 };
  for (const [k, v] of Object.entries(shapes)) { await KV.put("j:" + k, JSON.stringify(v)); out["json_" + k] = await KV.get("j:" + k, "json"); out["jsonMeta_" + k] = await KV.getWithMetadata("j:" + k, { type: "json" }); }
  const long = "\\u65e5\\u672c\\u8a9e\\ud83d\\ude00".repeat(50000);
  await KV.put("long", long);
  const back = await KV.get("long");
  out.long = [back.length, back === long, (await KV.get("long", "arrayBuffer")).byteLength];
  out.typesSameKey = [typeof await KV.get("j:obj", "text"), typeof await KV.get("j:obj", "json"), Object.prototype.toString.call(await KV.get("j:obj", "arrayBuffer")), Object.prototype.toString.call(await KV.get("j:obj", "stream"))];
  for (const ty of ["text", "json", "arrayBuffer", "stream"]) { const r = await KV.getWithMetadata("j:obj", ty); out["metaKeys_" + ty] = [Object.keys(r), Object.prototype.toString.call(r), Object.getPrototypeOf(r) === Object.prototype, r.cacheStatus]; }
  const missing = await KV.getWithMetadata("nope");
  out.missing = [missing, Object.keys(missing)];
  `),
  kvCase("kvfmt-kv-metadata-list-interplay", "metadata and expiration in list after overwrites and partial updates, list of keys whose metadata is an empty object or array, metadata identity between calls, expiration shown only by list", `
  const KV = env.KV;
  const now = Math.floor(Date.now() / 1000);
  await KV.put("a", "1", { metadata: {} });
  await KV.put("b", "2", { metadata: [] });
  await KV.put("c", "3", { metadata: { deep: { arr: [1, 2, { x: "y" }] } }, expirationTtl: 600 });
  await KV.put("d", "4", { expiration: now + 3600 });
  await KV.put("e", "5", { metadata: { v: 1 } });
  await KV.put("e", "5b", { metadata: { v: 2 } });
  const l = await KV.list();
  out.list = l.keys.map(k => [k.name, k.metadata === undefined ? "undef" : k.metadata, typeof k.expiration, k.expiration === undefined ? null : Math.round((k.expiration - now) / 100)]);
  const g1 = await KV.getWithMetadata("c"); const g2 = await KV.getWithMetadata("c");
  out.metaIdentity = [g1.metadata === g2.metadata, JSON.stringify(g1.metadata) === JSON.stringify(g2.metadata), Object.keys(g1)];
  out.dMeta = await KV.getWithMetadata("d");
  g1.metadata.deep.arr.push(99);
  out.afterMutate = (await KV.getWithMetadata("c")).metadata;
  const l2 = await KV.list({ prefix: "c" });
  l2.keys[0].metadata.deep = "changed";
  out.listAfterMutate = (await KV.list({ prefix: "c" })).keys[0].metadata;
  out.listObjShape = [Object.keys(l), Object.isFrozen(l), Array.isArray(l.keys), Object.keys(l.keys[0])];
  `),
  kvCase("kvfmt-kv-old-compat-date", "KV argument errors at compatibility date 2022-01-01 (before capture_async_api_throws): which throw synchronously, which reject", `
  const KV = env.KV;
  const how = (f) => { try { const p = f(); return p && typeof p.then === "function" ? p.then(v => ["resolved", v === undefined ? "undef" : v], e => ["rejected", e.name, e.message]) : ["returned", p]; } catch (e) { return ["threw", e.name, e.message]; } };
  out.getEmpty = await how(() => KV.get(""));
  out.putEmpty = await how(() => KV.put("", "v"));
  out.delDot = await how(() => KV.delete("."));
  out.putObj = await how(() => KV.put("k", {}));
  out.badType = await how(() => KV.get("k", "xml"));
  out.ttlLow = await how(() => KV.put("k", "v", { expirationTtl: 10 }));
  out.longKey = await how(() => KV.get("x".repeat(513)));
  out.limitBig = await how(() => KV.list({ limit: 1001 }));
  out.ok = await how(() => KV.put("k", "v"));
  out.okGet = await how(() => KV.get("k"));
  `, { extra: { compatibilityDate: "2022-01-01" } }),
];
