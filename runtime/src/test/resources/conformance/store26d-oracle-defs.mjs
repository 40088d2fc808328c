// store26 (session 26): KV, D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs s26`.
import { modWorker, get, req, kvCase } from "./_h.mjs";

const D1P = `
const fl = (m) => String(m).split("\\n")[0];
const rows = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.error) r.error.message = fl(r.error.message); return r; };
const all = async (sql, ...v) => { const r = await t(async () => { const x = await db.prepare(sql).bind(...v).all(); return { results: x.results, success: x.success, changes: x.meta.changes, rows_read: x.meta.rows_read, rows_written: x.meta.rows_written, last_row_id: x.meta.last_row_id, changed_db: x.meta.changed_db }; }); if (r.error) r.error.message = fl(r.error.message); return r; };
const errOf = async (fn) => { try { const r = await fn(); return { ok: r === undefined ? "undefined" : r }; } catch (e) { return { name: e.name, ctor: e.constructor.name, message: fl(e.message), cause: e.cause ? fl(e.cause.message) : "none" }; } };
`;
const d1 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1P}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const R2P = `
const fl = (m) => String(m).split("\\n")[0];
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const tb = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const d = desc(r.ok); if (r.ok.body && !r.ok.bodyUsed) d.text = await r.ok.text(); r.ok = d; } return r; };
const lst = (l) => ({ keys: l.objects.map((o) => o.key), prefixes: l.delimitedPrefixes, truncated: l.truncated, hasCursor: typeof l.cursor === "string" });
`;
const r2 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

export default [
  r2("r2-s26-delete-forms", "delete of one key, of an array (with a missing key and duplicates), of more than 1000 keys, of a non-string; head after", `
    for (const k of ["d1", "d2", "d3"]) await b.put(k, k);
    out.one = await t(() => b.delete("d1"));
    out.many = await t(() => b.delete(["d2", "missing", "d2"]));
    out.left = await t(async () => lst(await b.list()));
    out.tooMany = await t(() => b.delete(Array.from({ length: 1001 }, (_, i) => "k" + i)));
    out.num = await t(() => b.delete(5));
    out.empty = await t(() => b.delete([]));
    out.after = await tr(() => b.head("d3"));
  `),
  r2("r2-s26-put-onlyif-and-types", "put with onlyIf (etagMatches, etagDoesNotMatch, uploadedBefore) returning null when it fails; put of ArrayBuffer, Uint8Array slice, Blob, null body, and a ReadableStream with a length", `
    const first = await b.put("o", "one");
    out.match = await tr(() => b.put("o", "two", { onlyIf: { etagMatches: first.etag } }));
    out.matchFail = await tr(() => b.put("o", "three", { onlyIf: { etagMatches: first.etag } }));
    out.noMatch = await tr(() => b.put("o", "four", { onlyIf: { etagDoesNotMatch: "zzz" } }));
    out.before = await tr(() => b.put("o", "five", { onlyIf: { uploadedBefore: new Date(0) } }));
    out.text = await t(async () => (await b.get("o")).text());
    out.ab = await tr(() => b.put("t1", new TextEncoder().encode("hello").buffer));
    out.slice = await tr(() => b.put("t2", new TextEncoder().encode("hello world").subarray(6)));
    out.blob = await tr(() => b.put("t3", new Blob(["bl", "ob"])));
    out.nul = await tr(() => b.put("t4", null));
    out.fixed = await tr(() => { const { readable, writable } = new FixedLengthStream(3); const w = writable.getWriter(); w.write(new Uint8Array([1, 2, 3])); w.close(); return b.put("t5", readable); });
    out.texts = await t(async () => Promise.all(["t2", "t3", "t4"].map(async (k) => (await b.get(k)).text())));
  `),
  kvCase("kv-s26-get-types-and-cache", "get types: text, json of invalid JSON, arrayBuffer, stream; a cacheTtl below 30 and non-numeric; an unknown type; getWithMetadata of a missing key with a type", `
    await env.KV.put("x", "not json", { metadata: { a: [1, 2] } });
    out.text = await t(() => env.KV.get("x", "text"));
    out.json = await t(() => env.KV.get("x", "json"));
    out.ab = await t(async () => (await env.KV.get("x", "arrayBuffer")).byteLength);
    out.stream = await t(async () => new Response(await env.KV.get("x", "stream")).text());
    out.ttl10 = await t(() => env.KV.get("x", { cacheTtl: 10 }));
    out.ttlStr = await t(() => env.KV.get("x", { cacheTtl: "abc" }));
    out.badType = await t(() => env.KV.get("x", "xml"));
    out.badTypeObj = await t(() => env.KV.get("x", { type: "blob" }));
    out.missingMeta = await t(() => env.KV.getWithMetadata("nope", "json"));
    out.meta = await t(() => env.KV.getWithMetadata("x", { type: "arrayBuffer" }).then((r) => [r.value.byteLength, r.metadata, r.cacheStatus]));
  `),
  kvCase("kv-s26-delete-and-keys", "delete of a missing key, of an empty key, of a too long key; keys with unicode and slashes round-trip through list in order", `
    out.missing = await t(() => env.KV.delete("nope"));
    out.empty = await t(() => env.KV.delete(""));
    out.long = await t(() => env.KV.delete("k".repeat(513)));
    for (const k of ["é", "a/b", "a b", "Z", "a", "😀", "a%2F"]) await env.KV.put(k, k);
    out.names = await t(async () => (await env.KV.list()).keys.map((k) => k.name));
    out.get = await t(() => Promise.all(["é", "a/b", "😀", "a%2F"].map((k) => env.KV.get(k))));
    out.prefix = await t(async () => (await env.KV.list({ prefix: "a" })).keys.map((k) => k.name));
  `),
];
