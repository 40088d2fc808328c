// d1r2z: D1 blob binds and results, R2 bodies from buffers. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then
// `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs d1r2z` (cases land in out/d1 and out/r2).
import { PRELUDE, CD, modWorker, get, req } from "./_h.mjs";

const D1_PRELUDE = `
const meta = (r) => { if (!r || !r.meta) return r; const m = { ...r.meta }; m.duration = typeof m.duration; m.size_after = typeof m.size_after; if (m.timings) m.timings = Object.fromEntries(Object.entries(m.timings).map(([k, v]) => [k, typeof v])); return { ...r, meta: m }; };
const tm = async (fn) => { const r = await t(fn); if (r.error && typeof r.error.message === "string") r.error.message = r.error.message.split("\\n")[0]; if (r.ok && typeof r.ok === "object") r.ok = Array.isArray(r.ok) ? r.ok.map(meta) : meta(r.ok); return r; };
`;
const d1Case = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1_PRELUDE}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const R2_PRELUDE = `
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const tb = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const d = desc(r.ok); if (r.ok.body && !r.ok.bodyUsed) d.text = await r.ok.text(); r.ok = d; } return r; };
`;
const r2Case = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2_PRELUDE}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

export default [
  d1Case("d1r2z-d1-blob-binds", "blobs bound from every kind of buffer: views with offsets, signed and wide typed arrays, DataView, the source changed after bind(), the statement's params, blobs read back by all/raw/first/batch", `
    await db.exec("CREATE TABLE b (id INTEGER PRIMARY KEY, v)");
    const sel = (v) => tm(async () => db.prepare("SELECT hex(?) AS h, typeof(?) AS t, length(?) AS n").bind(v, v, v).first());
    const buf = new Uint8Array([1, 2, 3, 4, 5, 250, 251, 252]);
    out.u8 = await sel(buf);
    out.u8sub = await sel(buf.subarray(2, 6));
    out.ab = await sel(buf.buffer);
    out.abSlice = await sel(buf.buffer.slice(5));
    out.clamped = await sel(new Uint8ClampedArray([0, 128, 255]));
    out.i8 = await sel(new Int8Array([-1, -128, 127, 0]));
    out.u16 = await sel(new Uint16Array([1, 256, 65535]));
    out.i32 = await sel(new Int32Array([-1, 70000]));
    out.f64 = await sel(new Float64Array([1.5, -2.7, 300.9]));
    out.f32 = await sel(new Float32Array([0.5, 255.5]));
    out.dv = await sel(new DataView(buf.buffer));
    out.empty = await sel(new Uint8Array(0));
    out.emptyAb = await sel(new ArrayBuffer(0));
    out.big64 = await sel(new BigInt64Array([1n, -1n]));
    out.arr = await sel([0, 255, 17]);
    out.arrBad = await sel([0, 256]);
    out.arrFloat = await sel([1.5, 2]);
    const src = new Uint8Array([9, 8, 7]);
    const st = db.prepare("SELECT hex(?) AS h").bind(src);
    src[0] = 1;
    out.afterChange = await tm(async () => st.first("h"));
    out.params = st.params;
    out.paramsIsArray = Array.isArray(st.params[0]);
    const st2 = db.prepare("SELECT hex(?) AS h").bind(new Uint8Array([4, 5]));
    st2.params[0][0] = 6;
    out.paramsMutated = await tm(async () => st2.first("h"));
    st2.params[0].push(7);
    out.paramsPushed = await tm(async () => st2.first("h"));
    st2.params[0] = [1, 2];
    out.paramsReplaced = await tm(async () => st2.first("h"));
    await db.prepare("INSERT INTO b (v) VALUES (?), (?), (?)").bind(new Uint8Array([0, 1, 255]), new ArrayBuffer(2), new Uint8Array(300).fill(3)).run();
    out.all = await tm(async () => (await db.prepare("SELECT id, v, typeof(v) AS t FROM b ORDER BY id").all()).results.map((r) => [r.id, r.t, Array.isArray(r.v), r.v.length, r.v.slice(0, 3)]));
    out.raw = await tm(async () => (await db.prepare("SELECT v FROM b WHERE id = 1").raw()));
    out.first = await tm(async () => db.prepare("SELECT v, x'' AS e, zeroblob(2) AS z FROM b WHERE id = 1").first());
    out.batch = await tm(async () => (await db.batch([db.prepare("SELECT v FROM b WHERE id = ?").bind(1), db.prepare("SELECT hex(?) AS h").bind(new Uint8Array([7, 7]))])).map((r) => r.results));
    out.protoBlob = await tm(async () => { const r = await db.prepare("SELECT x'0102' AS v").first("v"); return [Object.getPrototypeOf(r) === Array.prototype, r]; });
    out.insertGet = await tm(async () => { const r = await db.prepare("INSERT INTO b (v) VALUES (?) RETURNING v").bind(new Uint8Array([42])).all(); return r.results; });`),
  r2Case("d1r2z-r2-bytes-roundtrip", "R2 bodies from views with offsets, ArrayBuffers, DataView, strings, Blobs; read back as arrayBuffer/bytes/text/json and ranges", `
    const buf = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    out.sub = await tr(async () => b.put("sub", buf.subarray(2, 5)));
    out.subGet = await t(async () => [...new Uint8Array(await (await b.get("sub")).arrayBuffer())]);
    out.dv = await tr(async () => b.put("dv", new DataView(buf.buffer, 1, 3)));
    out.dvGet = await t(async () => [...new Uint8Array(await (await b.get("dv")).arrayBuffer())]);
    out.u16 = await tr(async () => b.put("u16", new Uint16Array([1, 258])));
    out.u16Get = await t(async () => [...new Uint8Array(await (await b.get("u16")).arrayBuffer())]);
    out.blob = await tr(async () => b.put("blob", new Blob(["ab", new Uint8Array([99])])));
    out.blobGet = await t(async () => (await b.get("blob")).text());
    out.range = await tb(async () => b.get("sub", { range: { offset: 1, length: 1 } }));
    out.suffix = await tb(async () => b.get("u16", { range: { suffix: 3 } }));
    out.json = await t(async () => { await b.put("j", '{"a":[1,2]}'); return (await b.get("j")).json(); });
    out.bytesMethod = await t(async () => { const o = await b.get("sub"); return typeof o.bytes === "function" ? [...await o.bytes()] : "absent"; });
    out.emptyBody = await tb(async () => b.put("e", new Uint8Array(0)));
    out.emptyGet = await tb(async () => b.get("e"));
    out.nullBody = await tb(async () => b.put("n", null));
    out.nullGet = await tb(async () => b.get("n"));`),
  d1Case("d1r2z-d1-blob-values", "blob values across the binding: all byte values, a 1 MiB blob read back whole, blobs in raw() with column names, in batch() and exec(), lists of numbers out of byte range after bind()", `
    await db.exec("CREATE TABLE v (id INTEGER PRIMARY KEY, b BLOB)");
    const all = new Uint8Array(256); for (let i = 0; i < 256; i++) all[i] = i;
    out.allBytes = await tm(async () => { const r = await db.prepare("SELECT ? AS b, hex(?) AS h").bind(all, all).first(); return [r.b.length, r.b.every((x, i) => x === i), r.h.slice(0, 8), r.h.slice(-8)]; });
    const big = new Uint8Array(1 << 20); for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 255;
    out.insertBig = await tm(async () => db.prepare("INSERT INTO v (b) VALUES (?)").bind(big).run());
    out.readBig = await tm(async () => { const r = await db.prepare("SELECT b FROM v WHERE id = 1").first("b"); let sum = 0; for (let i = 0; i < r.length; i++) sum = (sum * 7 + r[i]) % 1000003; return [r.length, sum, typeof r[5]]; });
    out.rawNames = await tm(async () => db.prepare("SELECT x'00ff' AS a, 1 AS n, x'' AS e").raw({ columnNames: true }));
    out.batchBlobs = await tm(async () => (await db.batch([db.prepare("INSERT INTO v (b) VALUES (?) RETURNING id, b").bind(new Uint8Array([1, 2])), db.prepare("SELECT b FROM v WHERE id = ?").bind(2)])).map((r) => r.results));
    const st = db.prepare("SELECT hex(?) AS h").bind([1, 2, 3]);
    st.params[0][1] = 300; st.params[0][2] = -1;
    out.outOfRange = await tm(async () => st.first("h"));
    const st2 = db.prepare("SELECT hex(?) AS h").bind([1, 2]);
    st2.params[0][0] = 2.9;
    out.fraction = await tm(async () => st2.first("h"));
    const st3 = db.prepare("SELECT hex(?) AS h, ? AS n").bind(new Uint8Array([5]), 7);
    out.reused = [await tm(async () => st3.first()), await tm(async () => st3.first()), await tm(async () => st3.raw())];
    out.sameArrayTwice = await tm(async () => { const a = new Uint8Array([8, 9]); return db.prepare("SELECT hex(?) AS x, hex(?) AS y, ? = ? AS eq").bind(a, a, a, a).first(); });
    out.blobCompare = await tm(async () => db.prepare("SELECT count(*) AS n FROM v WHERE b = ?").bind(new Uint8Array([1, 2])).first("n"));`),
];
