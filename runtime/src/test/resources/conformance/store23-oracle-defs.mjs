// store23 (session 23): KV, D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs 23` (cases land in out/kv, out/d1 and out/r2).
import { modWorker, get, kvCase } from "./_h.mjs";

const fl = `const fl = (m) => String(m).split("\\n")[0];`;
const D1P = `
${fl}
const errOf = async (fn) => { try { const r = await fn(); return { ok: r === undefined ? "undefined" : r }; } catch (e) { return { name: e.name, ctor: e.constructor.name, message: fl(e.message), cause: e.cause ? fl(e.cause.message) : "none" }; } };
`;
const d1 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1P}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const R2P = `
${fl}
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const tb = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const d = desc(r.ok); if (r.ok.body && !r.ok.bodyUsed) d.text = await r.ok.text(); r.ok = d; } return r; };
const lst = (l) => ({ keys: l.objects.map((o) => o.key), prefixes: l.delimitedPrefixes, truncated: l.truncated, hasCursor: typeof l.cursor === "string" });
const hdrs = (h) => Object.fromEntries([...h]);
`;
const r2 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});
const kv = (name, description, body, opts) => kvCase(name, description, `${fl}\n    const kv = env.KV;\n${body}`, opts);

// d1 cases of rows_read (their workers define fl only)
const d1plain = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${fl}\n    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const R2L = `
${fl}
const lst = (l) => ({ keys: l.objects.map((o) => o.key), prefixes: l.delimitedPrefixes, truncated: l.truncated, hasCursor: typeof l.cursor === "string" });
`;
const r2lite = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2L}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});
const KEYS = ["a_b", "axb", "a%c", "abc", "A1", "a1", "a\\b", "a[b]", "a*b", "a?b", "ä", "a.b", "a b", "a'b", 'a"b'];

export default [
  kv("kv23-kv-detached-and-foreign-this", "KV methods called detached, on another object, on a Proxy, on Object.create(binding); the binding's prototype chain and method names", `
    const m = ["get", "getWithMetadata", "put", "list", "delete"];
    out.detached = {};
    for (const k of m) { const f = kv[k]; out.detached[k] = await t(() => f("a", "b")); }
    out.foreign = {};
    for (const k of m) out.foreign[k] = await t(() => kv[k].call({}, "a", "b"));
    out.created = await t(() => Object.create(kv).get("a"));
    out.proxy = await t(() => new Proxy(kv, {}).get("a"));
    out.bound = await t(() => kv.get.bind(kv)("a"));
    out.names = m.map((k) => [kv[k].name, kv[k].length]);
    out.proto = Object.getOwnPropertyNames(Object.getPrototypeOf(kv)).sort();
    out.ctor = kv.constructor.name;
    out.tag = Object.prototype.toString.call(kv);
    out.ownKeys = Object.keys(kv);
    out.json = JSON.stringify(kv);
  `),
  kv("kv23-kv-stream-chunk-kinds", "put of a ReadableStream whose chunks are Uint8Array, ArrayBuffer, DataView, Int16Array, string, number; a stream that errors; a locked stream; the key afterwards", `
    const te = new TextEncoder();
    const mk = (chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
    const put = async (k, s) => { const r = await t(() => kv.put(k, s)); return { r, after: await kv.get(k) }; };
    out.u8 = await put("u8", mk([te.encode("ab"), te.encode("cd")]));
    out.ab = await put("ab", mk([te.encode("xy").buffer]));
    out.dv = await put("dv", mk([new DataView(te.encode("dv").buffer)]));
    out.i16 = await put("i16", mk([new Int16Array([0x6968])]));
    out.str = await put("str", mk(["plain"]));
    out.num = await put("num", mk([42]));
    out.empty = await put("empty", mk([]));
    out.emptyChunk = await put("emptyChunk", mk([new Uint8Array(0), te.encode("z")]));
    out.errors = await put("err", new ReadableStream({ start(c) { c.enqueue(te.encode("p")); c.error(new Error("boom")); } }));
    const s = mk([te.encode("l")]); s.getReader();
    out.locked = await put("locked", s);
    const s2 = mk([te.encode("twice")]);
    out.first = await put("tw", s2);
    out.second = await put("tw2", s2);
  `),
  kv("kv23-kv-ttl-and-expiration-together", "put with both expiration and expirationTtl; list and getWithMetadata show which one wins; expiration as string, as Date, as float; cacheTtl on getWithMetadata and bulk get", `
    const now = Math.floor(Date.now() / 1000);
    const exp = async (k, o) => { const r = await t(() => kv.put(k, "v", o)); if (r.error) return r; const l = await kv.list({ prefix: k }); const e = l.keys.find((x) => x.name === k)?.expiration; return e === undefined ? "none" : e - now > 3000 ? "far:" + Math.round((e - now) / 1000) : "near:" + Math.round((e - now) / 60); };
    out.both = await exp("both", { expiration: now + 7200, expirationTtl: 600 });
    out.bothTtlFirstBad = await exp("bothBad", { expiration: now + 7200, expirationTtl: 10 });
    out.bothExpBad = await exp("bothBad2", { expiration: 10, expirationTtl: 600 });
    out.expStr = await exp("expStr", { expiration: String(now + 7200) });
    out.ttlStr = await exp("ttlStr", { expirationTtl: "600" });
    out.ttlFloat = await exp("ttlFloat", { expirationTtl: 600.9 });
    out.ttlBool = await exp("ttlBool", { expirationTtl: true });
    out.ttlNull = await exp("ttlNull", { expirationTtl: null });
    out.expNull = await exp("expNull", { expiration: null });
    out.ttlEmpty = await exp("ttlEmpty", { expirationTtl: "" });
    out.ttlHex = await exp("ttlHex", { expirationTtl: "0x258" });
    out.ttlArr = await exp("ttlArr", { expirationTtl: [600] });
    out.ttlObj = await exp("ttlObj", { expirationTtl: { valueOf: () => 600 } });
    await kv.put("c", "cv", { metadata: { m: 1 } });
    out.gwmCache = await t(() => kv.getWithMetadata("c", { cacheTtl: 30 }));
    out.gwmCacheOk = await t(() => kv.getWithMetadata("c", { cacheTtl: 60, type: "text" }));
    out.bulkCache = await t(async () => [...(await kv.get(["c", "x"], { cacheTtl: 30 }))]);
    out.bulkCacheOk = await t(async () => [...(await kv.getWithMetadata(["c", "x"], { cacheTtl: 90 }))]);
    out.cacheStr = await t(() => kv.get("c", { cacheTtl: "59" }));
    out.cacheNeg = await t(() => kv.get("c", { cacheTtl: -60 }));
    out.cacheNaN = await t(() => kv.get("c", { cacheTtl: NaN }));
    out.cacheInf = await t(() => kv.get("c", { cacheTtl: Infinity }));
  `),
  d1("d1-s23-param-styles", "parameter styles: ?NNN, :name, @name, $name with positional bind; gaps in ?NNN; reuse of one number; mixed anonymous and numbered", `
    const q = async (sql, ...v) => errOf(async () => (await db.prepare(sql).bind(...v).raw())[0]);
    out.numbered = await q("SELECT ?2, ?1", "a", "b");
    out.numberedReuse = await q("SELECT ?1, ?1, ?2", "a", "b");
    out.numberedGap = await q("SELECT ?3", "a", "b", "c");
    out.numberedGapShort = await q("SELECT ?3", "a");
    out.numberedGapExact = await q("SELECT ?1, ?3", "a", "b", "c");
    out.colon = await q("SELECT :a, :b", 1, 2);
    out.colonReuse = await q("SELECT :a, :b, :a", 1, 2);
    out.at = await q("SELECT @x", 5);
    out.dollar = await q("SELECT $y", 6);
    out.mixed = await q("SELECT ?, ?5, ?", 1, 2, 3, 4, 5, 6);
    out.mixed2 = await q("SELECT ?2, ?", 1, 2, 3);
    out.namedTooFew = await q("SELECT :a, :b", 1);
    out.namedTooMany = await q("SELECT :a", 1, 2);
    out.zero = await q("SELECT ?0", 1);
    out.huge = await q("SELECT ?100000", 1);
    out.objectBind = await q("SELECT :a", { a: 1 });
    out.unbound = await q("SELECT ?1, ?2");
    out.unboundNamed = await q("SELECT :a");
  `),
  d1("d1-s23-window-recursive-generated", "window functions, recursive CTEs, generated columns, STRICT type errors, RETURNING of many rows, UPSERT counters", `
    const a = async (sql, ...v) => errOf(async () => { const r = await db.prepare(sql).bind(...v).all(); return { results: r.results, changes: r.meta.changes, rows_read: r.meta.rows_read, rows_written: r.meta.rows_written, last_row_id: r.meta.last_row_id, changed_db: r.meta.changed_db }; });
    await db.exec("CREATE TABLE s (id INTEGER PRIMARY KEY, g TEXT, v INTEGER, dbl INTEGER GENERATED ALWAYS AS (v * 2) VIRTUAL, st TEXT AS (g || ':' || v) STORED)");
    out.ins = await a("INSERT INTO s (g, v) VALUES ('a', 1), ('a', 3), ('b', 5), ('b', 7), ('c', 9) RETURNING id, dbl, st");
    out.genWrite = await a("INSERT INTO s (g, v, dbl) VALUES ('x', 1, 2)");
    out.win = await errOf(async () => (await db.prepare("SELECT id, g, sum(v) OVER (PARTITION BY g ORDER BY id) AS run, row_number() OVER w AS rn, lag(v) OVER w AS prev FROM s WINDOW w AS (ORDER BY v DESC) ORDER BY id").all()).results);
    out.rec = await a("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5) SELECT group_concat(n) AS ns FROM c");
    out.recLimit = await a("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) SELECT n FROM c LIMIT 3");
    await db.exec("CREATE TABLE st (id INTEGER PRIMARY KEY, n INTEGER, t TEXT, r REAL, b BLOB, a ANY) STRICT");
    out.strictOk = await a("INSERT INTO st (n, t, r, b, a) VALUES (?, ?, ?, ?, ?)", 1, "t", 1.5, null, "any");
    out.strictBadInt = await a("INSERT INTO st (n) VALUES (?)", "abc");
    out.strictBadText = await a("INSERT INTO st (t) VALUES (?)", 12);
    out.strictCoerce = await a("INSERT INTO st (n, r) VALUES ('12', 3) RETURNING n, r, typeof(n), typeof(r)");
    out.strictBadType = await a("CREATE TABLE bad (x VARCHAR(10)) STRICT");
    await db.exec("CREATE TABLE u (k TEXT PRIMARY KEY, c INTEGER)");
    out.up1 = await a("INSERT INTO u VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET c = c + 1");
    out.up2 = await a("INSERT INTO u VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET c = c + 1 RETURNING *");
    out.upNothing = await a("INSERT INTO u VALUES ('a', 1) ON CONFLICT DO NOTHING");
    out.upWhere = await a("INSERT INTO u VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET c = 100 WHERE c > 50");
    out.replace = await a("REPLACE INTO u VALUES ('a', 7)");
    out.delRet = await a("DELETE FROM s WHERE g = 'a' RETURNING id");
    out.updRet = await a("UPDATE s SET v = v + 1 WHERE g = 'b' RETURNING id, v, dbl");
  `),
  d1("d1-s23-batch-cross-and-shapes", "batch with statements of two databases, with a non-statement, with the same statement twice, with reads after writes, empty batch; errors in the middle name the index", `
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)");
    const s = db.prepare("INSERT INTO t (v) VALUES (?)");
    const short = (rs) => rs.map((r) => ({ n: r.results.length, changes: r.meta.changes, last: r.meta.last_row_id, rr: r.meta.rows_read, rw: r.meta.rows_written }));
    out.cross = await errOf(async () => short(await db.batch([s.bind("x"), env.DB2.prepare("SELECT 1")])));
    out.afterCross = await errOf(async () => (await db.prepare("SELECT v FROM t").raw()));
    out.nonStmt = await errOf(() => db.batch([s.bind("y"), "SELECT 1"]));
    out.nullItem = await errOf(() => db.batch([null]));
    out.empty = await errOf(() => db.batch([]));
    out.notArray = await errOf(() => db.batch(s.bind("z")));
    out.iterable = await errOf(async () => short(await db.batch(new Set([db.prepare("SELECT 1")]))));
    out.sameTwice = await errOf(async () => { const st = s.bind("dup"); return short(await db.batch([st, st])); });
    out.afterDup = await errOf(async () => (await db.prepare("SELECT v FROM t ORDER BY id").raw()));
    out.readAfterWrite = await errOf(async () => { const r = await db.batch([s.bind("r1"), db.prepare("SELECT count(*) AS n FROM t"), db.prepare("UPDATE t SET v = v || '!' WHERE v = 'r1'")]); return { short: short(r), rows: r[1].results }; });
    out.midError = await errOf(() => db.batch([db.prepare("SELECT 1"), db.prepare("SELECT * FROM nope"), db.prepare("SELECT 2")]));
    out.bindError = await errOf(() => db.batch([db.prepare("SELECT ?").bind(1), db.prepare("SELECT ?")]));
    out.execInBatch = await errOf(async () => short(await db.batch([db.prepare("CREATE TABLE b1 (x)"), db.prepare("INSERT INTO b1 VALUES (1), (2)"), db.prepare("SELECT * FROM b1")])));
  `, { d1Databases: ["DB", "DB2"] }),
  r2("r2-s23-list-include-and-limits", "list include forms (one member, both, empty, a string, an unknown value), limit coercion and edges, startAfter with prefix, cursor from another listing", `
    for (const k of ["a/1", "a/2", "a/3", "b/1", "c"]) await b.put(k, k, { httpMetadata: { contentType: "text/x" }, customMetadata: { k } });
    const lm = async (o) => { const r = await t(() => b.list(o)); if (r.ok) { const l = r.ok; r.ok = { ...lst(l), meta: l.objects.map((o) => [o.httpMetadata, o.customMetadata]) }; } return r; };
    out.incHttp = await lm({ include: ["httpMetadata"], limit: 2 });
    out.incCustom = await lm({ include: ["customMetadata"], limit: 2 });
    out.incNone = await lm({ include: [], limit: 2 });
    out.incStr = await lm({ include: "httpMetadata", limit: 2 });
    out.incBad = await lm({ include: ["bogus"], limit: 2 });
    out.incDup = await lm({ include: ["customMetadata", "customMetadata"], limit: 1 });
    out.lim0 = await lm({ limit: 0 });
    out.limNeg = await lm({ limit: -1 });
    out.lim1001 = await lm({ limit: 1001 });
    out.limStr = await lm({ limit: "2" });
    out.limFloat = await lm({ limit: 1.7 });
    out.limNaN = await lm({ limit: NaN });
    out.startAfterPrefix = await lm({ prefix: "a/", startAfter: "a/1" });
    out.startAfterOutside = await lm({ prefix: "a/", startAfter: "b" });
    out.startAfterBefore = await lm({ prefix: "b/", startAfter: "a" });
    out.startAfterCursor = await t(async () => { const p = await b.list({ limit: 1 }); return lst(await b.list({ cursor: p.cursor, startAfter: "b/1" })); });
    out.cursorOtherPrefix = await t(async () => { const p = await b.list({ prefix: "a/", limit: 1 }); return lst(await b.list({ prefix: "b/", cursor: p.cursor })); });
    out.cursorBad = await lm({ cursor: "not-a-cursor" });
    out.delimiterLimit = await lm({ delimiter: "/", limit: 2 });
    out.delimiterEmpty = await lm({ delimiter: "" });
    out.delimiterMulti = await lm({ delimiter: "/1" });
  `),
  r2("r2-s23-multipart-lifecycle-errors", "multipart lifecycle misuse: abort twice, complete after abort, uploadPart after complete, complete twice, resume of an unknown id, abort of an unknown id, list and head while in progress", `
    const te = new TextEncoder();
    const u = await b.createMultipartUpload("mp", { customMetadata: { a: "1" } });
    out.uploadIdType = typeof u.uploadId;
    out.headDuring = await tr(() => b.head("mp"));
    out.listDuring = lst(await b.list());
    const p1 = await u.uploadPart(1, "only part");
    out.p1 = { partNumber: p1.partNumber, etagType: typeof p1.etag };
    out.complete = await tb(() => u.complete([p1]));
    out.completeAgain = await tr(() => u.complete([p1]));
    out.partAfterComplete = await t(async () => (await u.uploadPart(2, "late")).partNumber);
    out.abortAfterComplete = await t(() => u.abort());
    const u2 = await b.createMultipartUpload("mp2");
    await u2.uploadPart(1, "x");
    out.abort = await t(() => u2.abort());
    out.abortAgain = await t(() => u2.abort());
    out.completeAfterAbort = await tr(() => u2.complete([]));
    out.partAfterAbort = await t(async () => (await u2.uploadPart(1, "y")).partNumber);
    const r = b.resumeMultipartUpload("mp3", "bogus-upload-id");
    out.resumedShape = { key: r.key, uploadId: r.uploadId };
    out.resumedPart = await t(async () => (await r.uploadPart(1, "z")).partNumber);
    out.resumedAbort = await t(() => r.abort());
    out.resumedComplete = await tr(() => r.complete([]));
    const u3 = await b.createMultipartUpload("mp4");
    const wrongKey = b.resumeMultipartUpload("other", u3.uploadId);
    out.wrongKeyPart = await t(async () => (await wrongKey.uploadPart(1, "w")).partNumber);
    out.wrongKeyAbort = await t(() => wrongKey.abort());
    out.completeEmpty = await tr(() => u3.complete([]));
  `),
  r2("r2-s23-write-http-metadata-merge", "writeHttpMetadata into Headers that already hold values, into a Response's headers, with every member set, with cacheExpiry in the past and as an invalid date", `
    const all = { contentType: "text/plain", contentLanguage: "en", contentDisposition: "inline", contentEncoding: "gzip", cacheControl: "no-cache", cacheExpiry: new Date(Date.UTC(2030, 0, 2, 3, 4, 5)) };
    const o = await b.put("all", "body", { httpMetadata: all });
    const h = new Headers({ "content-type": "text/html", "x-keep": "1", "cache-control": "max-age=1", "content-language": "fr" });
    o.writeHttpMetadata(h);
    out.merged = hdrs(h);
    const o2 = await b.put("none", "body");
    const h2 = new Headers({ "content-type": "text/html" });
    out.noneRet = o2.writeHttpMetadata(h2) === undefined;
    out.none = hdrs(h2);
    out.intoResponse = await t(() => { const r = new Response("x"); o.writeHttpMetadata(r.headers); return hdrs(r.headers); });
    out.intoObject = await t(() => { const x = {}; o.writeHttpMetadata(x); return x; });
    out.intoNone = await t(() => o.writeHttpMetadata());
    out.past = await t(async () => { const p = await b.put("past", "b", { httpMetadata: { cacheExpiry: new Date(0) } }); const hh = new Headers(); p.writeHttpMetadata(hh); return [hdrs(hh), p.httpMetadata.cacheExpiry]; });
    out.invalidDate = await t(async () => { const p = await b.put("inv", "b", { httpMetadata: { cacheExpiry: new Date(NaN) } }); const hh = new Headers(); p.writeHttpMetadata(hh); return hdrs(hh); });
    out.expiryString = await t(async () => { const p = await b.put("es", "b", { httpMetadata: new Headers({ expires: "Wed, 21 Oct 2015 07:28:00 GMT" }) }); const hh = new Headers(); p.writeHttpMetadata(hh); return [hdrs(hh), p.httpMetadata]; });
    out.expiryBad = await t(async () => { const p = await b.put("eb", "b", { httpMetadata: new Headers({ expires: "soon" }) }); return p.httpMetadata; });
    out.getBody = await t(async () => { const g = await b.get("all"); const hh = new Headers(); g.writeHttpMetadata(hh); return hdrs(hh); });
  `),
  r2("r2-s23-delete-and-head-args", "delete with arrays (empty, duplicates, non-strings, 1000 and 1001 keys), head/get/delete with non-string keys, keys with only slashes and whitespace", `
    await b.put("k1", "1"); await b.put("k2", "2");
    out.delEmpty = await t(() => b.delete([]));
    out.delDup = await t(() => b.delete(["k1", "k1"]));
    out.afterDup = lst(await b.list());
    out.delNum = await t(() => b.delete([1, 2]));
    out.delMixed = await t(() => b.delete(["k2", null]));
    out.del1000 = await t(() => b.delete(Array.from({ length: 1000 }, (_, i) => "x" + i)));
    out.del1001 = await t(() => b.delete(Array.from({ length: 1001 }, (_, i) => "x" + i)));
    out.delUndef = await t(() => b.delete());
    out.delObj = await t(() => b.delete({ toString: () => "k2" }));
    out.afterObj = lst(await b.list());
    out.headNum = await tr(async () => { await b.put(123, "n"); return b.head(123); });
    out.headNull = await tr(() => b.head(null));
    out.headUndef = await tr(() => b.head());
    out.slashes = await tr(async () => { await b.put("///", "s"); return b.head("///"); });
    out.spaces = await tr(async () => { await b.put("  ", "s"); return b.head("  "); });
    out.nul = await tr(async () => { await b.put("a\\u0000b", "s"); return b.head("a\\u0000b"); });
    out.final = lst(await b.list());
  `),

  kv("kv23-kv-list-after-overwrites-and-deletes", "list pages while keys are overwritten with new metadata and expiration, deleted, and re-added; cursor of a finished listing; list_complete with exact page sizes", `
    for (let i = 0; i < 6; i++) await kv.put("k" + i, "v" + i, { metadata: { i } });
    const page = (l) => ({ names: l.keys.map((k) => k.name), meta: l.keys.map((k) => k.metadata ?? "none"), complete: l.list_complete, cursor: typeof l.cursor, cacheStatus: l.cacheStatus });
    const p1 = await kv.list({ limit: 3 });
    out.p1 = page(p1);
    await kv.put("k4", "new", { metadata: { i: "x" } });
    await kv.delete("k3");
    await kv.put("k35", "mid");
    const p2 = await kv.list({ limit: 3, cursor: p1.cursor });
    out.p2 = page(p2);
    out.p3 = await t(async () => page(await kv.list({ limit: 3, cursor: p2.cursor })));
    out.exact = page(await kv.list({ limit: 7 }));
    out.exactMinus = page(await kv.list({ limit: 6 }));
    out.prefixExact = page(await kv.list({ prefix: "k3" }));
    out.emptyCursor = page(await kv.list({ cursor: "" }));
    out.limitOne = page(await kv.list({ limit: 1, prefix: "k5" }));
  `),
  kv("kv23-kv-bulk-get-type-mixes", "bulk get of values stored as JSON, text and bytes with type json and text; an invalid JSON among them; duplicate keys; keys that need coercion; 100 and 101 keys", `
    await kv.put("j", JSON.stringify({ a: 1 }));
    await kv.put("s", "not json");
    await kv.put("b", new Uint8Array([0xff, 0xfe, 0x41]));
    await kv.put("n", "12");
    const m = async (keys, o) => { const r = await t(() => kv.get(keys, o)); if (r.ok instanceof Map) r.ok = [...r.ok]; return r; };
    out.jsonOk = await m(["j", "n", "missing"], "json");
    out.jsonBad = await m(["j", "s"], "json");
    out.jsonBytes = await m(["b"], { type: "json" });
    out.textBytes = await m(["b", "j"], "text");
    out.dups = await m(["j", "j", "n"]);
    out.coerced = await m([1, null, undefined, true]);
    out.nested = await m([["j"]]);
    out.arrayBuffer = await m(["j"], "arrayBuffer");
    out.stream = await m(["j"], "stream");
    out.k100 = await t(async () => (await kv.get(Array.from({ length: 100 }, (_, i) => "x" + i))).size);
    out.k101 = await m(Array.from({ length: 101 }, (_, i) => "x" + i));
    out.gwmJsonBad = await t(async () => [...(await kv.getWithMetadata(["s"], "json"))]);
    out.emptyKeyInBulk = await m(["j", ""]);
    out.longKeyInBulk = await m(["j", "x".repeat(513)]);
  `),
  d1("d1-s23-first-raw-run-on-writes", "first(), first(col), raw(), raw({columnNames}), run() and all() on writes with and without RETURNING, on DDL, on PRAGMA writes; first(col) of a missing column; run() results field", `
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    out.firstInsert = await errOf(() => db.prepare("INSERT INTO t (v) VALUES ('a')").first());
    out.firstInsertRet = await errOf(() => db.prepare("INSERT INTO t (v) VALUES ('b') RETURNING id, v").first());
    out.firstColRet = await errOf(() => db.prepare("INSERT INTO t (v) VALUES ('c') RETURNING id").first("id"));
    out.firstColMissing = await errOf(() => db.prepare("INSERT INTO t (v) VALUES ('d') RETURNING id").first("v"));
    out.firstColNoRows = await errOf(() => db.prepare("SELECT * FROM t WHERE 0").first("nope"));
    out.afterMissing = await errOf(async () => (await db.prepare("SELECT count(*) AS n FROM t").first("n")));
    out.rawInsert = await errOf(() => db.prepare("INSERT INTO t (v) VALUES ('e')").raw());
    out.rawInsertCols = await errOf(() => db.prepare("INSERT INTO t (v) VALUES ('f')").raw({ columnNames: true }));
    out.rawRetCols = await errOf(() => db.prepare("INSERT INTO t (v) VALUES ('g') RETURNING v, id").raw({ columnNames: true }));
    out.rawEmptyCols = await errOf(() => db.prepare("SELECT id AS x, v AS x FROM t WHERE 0").raw({ columnNames: true }));
    out.rawDupCols = await errOf(() => db.prepare("SELECT id AS x, v AS x FROM t LIMIT 1").raw({ columnNames: true }));
    out.allDupCols = await errOf(async () => (await db.prepare("SELECT id AS x, v AS x FROM t LIMIT 1").all()).results);
    out.firstDupCols = await errOf(() => db.prepare("SELECT id AS x, v AS x FROM t LIMIT 1").first());
    out.runDdl = await errOf(async () => { const r = await db.prepare("CREATE TABLE u (x)").run(); return { success: r.success, results: r.results, changes: r.meta.changes, changed_db: r.meta.changed_db, rw: r.meta.rows_written }; });
    out.runSelect = await errOf(async () => { const r = await db.prepare("SELECT v FROM t ORDER BY id LIMIT 2").run(); return { success: r.success, results: r.results, keys: Object.keys(r) }; });
    out.pragmaWrite = await errOf(async () => { const r = await db.prepare("PRAGMA user_version = 7").all(); return { results: r.results, changed_db: r.meta.changed_db, rw: r.meta.rows_written }; });
    out.pragmaRead = await errOf(() => db.prepare("PRAGMA user_version").first());
    out.firstRawOpts = await errOf(() => db.prepare("SELECT 1 AS a").raw({ columnNames: "yes" }));
    out.firstRawOpts0 = await errOf(() => db.prepare("SELECT 1 AS a").raw({ columnNames: 0 }));
    out.firstNonString = await errOf(() => db.prepare("SELECT 1 AS a").first(1));
    out.firstNumCol = await errOf(() => db.prepare("SELECT 1 AS \\"1\\"").first(1));
  `),
  d1("d1-s23-exec-and-errors-in-exec", "exec with errors at statement n (message and which statements ran), exec with a trailing comment, only comments, CRLF lines, semicolons inside strings, BEGIN/COMMIT in exec", `
    const ex = async (sql) => errOf(async () => { const r = await db.exec(sql); return { count: r.count, durType: typeof r.duration }; });
    const cnt = async () => (await db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name LIKE 'e%'").first("n"));
    out.err2 = await ex("CREATE TABLE e1 (x);\\nINSERT INTO nope VALUES (1);\\nCREATE TABLE e2 (x);");
    out.cnt2 = await cnt();
    out.trailing = await ex("CREATE TABLE e3 (x); -- done");
    out.onlyComments = await ex("-- nothing here\\n/* or here */");
    out.crlf = await ex("CREATE TABLE e4 (x);\\r\\nINSERT INTO e4 VALUES (1);\\r\\n");
    out.semiInString = await ex("INSERT INTO e4 VALUES ('a;b'); INSERT INTO e4 VALUES ('c\\nd');");
    out.e4 = await errOf(async () => (await db.prepare("SELECT x FROM e4").raw()));
    out.tx = await ex("BEGIN; INSERT INTO e4 VALUES (9); COMMIT;");
    out.savepoint = await ex("SAVEPOINT s1; INSERT INTO e4 VALUES (10); RELEASE s1;");
    out.syntax = await ex("CREATE TABLE e5 (x); SELEC 1; CREATE TABLE e6 (x);");
    out.cnt3 = await cnt();
    out.emptyStatements = await ex(";;;");
    out.spaces = await ex("   ");
    out.notString = await ex(42);
    out.noArg = await errOf(() => db.exec());
  `),
  r2("r2-s23-conditional-put-and-get-headers", "onlyIf as Headers on put and get: If-Match with lists and weak etags, If-None-Match *, dates; put onlyIf on a missing key; get onlyIf failing returns the object without body", `
    const o = await b.put("k", "body");
    const e = o.etag;
    const g = async (oi) => { const r = await t(() => b.get("k", { onlyIf: oi })); if (r.ok) r.ok = { hasBody: "body" in r.ok, key: r.ok.key }; return r; };
    out.ifMatchList = await g(new Headers({ "if-match": '"zzz", "' + e + '"' }));
    out.ifMatchWeak = await g(new Headers({ "if-match": 'W/"' + e + '"' }));
    out.ifMatchStar = await g(new Headers({ "if-match": "*" }));
    out.ifNoneMatchStar = await g(new Headers({ "if-none-match": "*" }));
    out.ifNoneMatchWeak = await g(new Headers({ "if-none-match": 'W/"' + e + '"' }));
    out.ifNoneMatchOther = await g(new Headers({ "if-none-match": '"other"' }));
    out.ifModSinceFuture = await g(new Headers({ "if-modified-since": new Date(Date.now() + 86400000).toUTCString() }));
    out.ifUnmodSincePast = await g(new Headers({ "if-unmodified-since": "Thu, 01 Jan 1970 00:00:00 GMT" }));
    out.ifUnmodSinceBad = await g(new Headers({ "if-unmodified-since": "not a date" }));
    out.bothMatchAndNone = await g(new Headers({ "if-match": '"' + e + '"', "if-none-match": '"' + e + '"' }));
    out.unquoted = await g({ etagMatches: e });
    out.quoted = await g({ etagMatches: '"' + e + '"' });
    out.arrayEtags = await g({ etagMatches: ["nope", e] });
    out.etagObjs = await g({ etagMatches: [{ type: "strong", value: e }] });
    out.weakObj = await g({ etagDoesNotMatch: [{ type: "weak", value: e }] });
    out.wildcardObj = await g({ etagMatches: [{ type: "wildcard" }] });
    out.putMissing = await tr(() => b.put("missing", "x", { onlyIf: { etagMatches: e } }));
    out.putMissingNone = await tr(() => b.put("missing2", "x", { onlyIf: new Headers({ "if-none-match": "*" }) }));
    out.putExistingNone = await tr(() => b.put("k", "x", { onlyIf: new Headers({ "if-none-match": "*" }) }));
    out.putOk = await tr(() => b.put("k", "y", { onlyIf: new Headers({ "if-match": '"' + e + '"' }) }));
    out.final = await t(async () => (await b.get("k")).text());
  `),
  r2("r2-s23-object-body-reads", "R2ObjectBody body readers: text twice, arrayBuffer, bytes, blob, json of invalid JSON, body stream after text, bodyUsed, a range read as blob type", `
    await b.put("j", '{"a":1}', { httpMetadata: { contentType: "application/json" } });
    await b.put("bad", "{oops");
    const r = async (k, f, o) => t(async () => { const x = await b.get(k, o); return f(x); });
    out.textTwice = await r("j", async (x) => [await x.text(), await x.text().catch((e) => e.constructor.name + ": " + e.message), x.bodyUsed]);
    out.json = await r("j", (x) => x.json());
    out.jsonBad = await r("bad", (x) => x.json());
    out.bytes = await r("j", async (x) => { const v = await x.bytes(); return [v.constructor.name, v.length]; });
    out.blob = await r("j", async (x) => { const v = await x.blob(); return [v.constructor.name, v.size, v.type, await v.text()]; });
    out.ab = await r("j", async (x) => { const v = await x.arrayBuffer(); return [v.constructor.name, v.byteLength]; });
    out.bodyAfterText = await r("j", async (x) => { await x.text(); return [x.bodyUsed, x.body === null ? "null" : x.body.constructor.name, x.body.locked]; });
    out.bodyIdentity = await r("j", (x) => x.body === x.body);
    out.rangeBlob = await r("j", async (x) => { const v = await x.blob(); return [v.size, await v.text()]; }, { range: { offset: 2, length: 3 } });
    out.readerThenText = await r("j", async (x) => { x.body.getReader(); return x.text(); });
    out.headHasNoText = await t(async () => { const h = await b.head("j"); return [typeof h.text, typeof h.body, "bodyUsed" in h]; });
    out.respFromBody = await r("j", async (x) => { const resp = new Response(x.body); return [await resp.text(), x.bodyUsed]; });
  `),

  d1plain("d1-s23-window-rows-read", "rows_read of window functions over tables of 1, 3 and 6 rows: empty OVER (), ORDER BY, PARTITION BY, both, two windows, a frame, with an outer ORDER BY, a filter; one window function each (several windows, frames, lag/lead and a LIMIT are counted otherwise)", `
    const m = async (sql) => { try { const r = await db.prepare(sql).all(); return [r.results.length, r.meta.rows_read]; } catch (e) { return fl(e.message); } };
    for (const [name, n] of [["t1", 1], ["t3", 3], ["t6", 6]]) {
      await db.exec("CREATE TABLE " + name + " (id INTEGER PRIMARY KEY, g TEXT, v INTEGER)");
      for (let i = 1; i <= n; i++) await db.prepare("INSERT INTO " + name + " (g, v) VALUES (?, ?)").bind("g" + (i % 2), 10 - i).run();
      const T = name;
      out[T] = {
        empty: await m("SELECT row_number() OVER () FROM " + T),
        order: await m("SELECT row_number() OVER (ORDER BY v) FROM " + T),
        orderId: await m("SELECT row_number() OVER (ORDER BY id) FROM " + T),
        part: await m("SELECT sum(v) OVER (PARTITION BY g) FROM " + T),
        partOrder: await m("SELECT sum(v) OVER (PARTITION BY g ORDER BY id) FROM " + T),
        outerOrder: await m("SELECT id, row_number() OVER (ORDER BY v) AS r FROM " + T + " ORDER BY id"),
        outerOrderSame: await m("SELECT id, row_number() OVER (ORDER BY v) AS r FROM " + T + " ORDER BY v"),
        filtered: await m("SELECT row_number() OVER (ORDER BY v) FROM " + T + " WHERE v > 7"),
        aggWin: await m("SELECT count(*) OVER () FROM " + T),
        rankAlone: await m("SELECT rank() OVER (ORDER BY g) FROM " + T),
        denseRankPart: await m("SELECT dense_rank() OVER (PARTITION BY g ORDER BY v) FROM " + T),
        named: await m("SELECT avg(v) OVER w FROM " + T + " WINDOW w AS (PARTITION BY g)"),
        partFiltered: await m("SELECT count(*) OVER (PARTITION BY v % 3) FROM " + T + " WHERE id > 1"),
        partExpr: await m("SELECT max(v) OVER (PARTITION BY g, v > 5 ORDER BY id) AS x FROM " + T),
      };
    }
  `),

  kv("kv23-kv-list-prefix-wildcards-and-case", "list prefixes made of LIKE and GLOB wildcards, backslashes, quotes and upper case match literally and case-sensitively", `
    const keys = ${JSON.stringify(KEYS)};
    for (const k of keys) await kv.put(k, "v");
    const names = async (prefix) => (await kv.list({ prefix })).keys.map((k) => k.name);
    out.all = await names("");
    for (const p of ["a_", "a%", "a", "A", "a\\\\", "a[", "a*", "a?", "a.", "a ", "a'", "a\\"", "_", "%", "[a]"]) out["p:" + p] = await names(p);
    out.paged = await t(async () => { const r = []; let c; do { const l = await kv.list({ prefix: "a", limit: 4, cursor: c }); r.push(l.keys.map((k) => k.name)); c = l.list_complete ? undefined : l.cursor; } while (c); return r; });
  `),
  r2lite("r2-s23-list-prefix-wildcards-and-case", "R2 list prefixes, startAfter and delimiters made of LIKE and GLOB wildcards, backslashes, quotes and upper case match literally and case-sensitively", `
    const keys = ${JSON.stringify(KEYS)};
    for (const k of keys) await b.put(k, "v");
    await b.put("d_x/1", "v"); await b.put("d%x/1", "v"); await b.put("dax/1", "v"); await b.put("D_x/1", "v");
    const names = async (o) => lst(await b.list(o));
    out.all = await names({});
    for (const p of ["a_", "a%", "a", "A", "a\\\\", "a[", "a*", "a?", "a.", "a ", "a'", "a\\"", "_", "%", "d_", "d%"]) out["p:" + p] = (await names({ prefix: p })).keys;
    out.delimUnderscore = await names({ delimiter: "_" });
    out.delimPercent = await names({ delimiter: "%" });
    out.delimSlashPrefix = await names({ prefix: "d_", delimiter: "/" });
    out.startAfterWild = await names({ startAfter: "a%", prefix: "a" });
    out.paged = await t(async () => { const r = []; let c; do { const l = await b.list({ prefix: "a", limit: 4, cursor: c }); r.push(l.objects.map((o) => o.key)); c = l.truncated ? l.cursor : undefined; } while (c); return r; });
  `),
  r2lite("r2-s23-put-stream-failures", "put of streams that error, that yield non-bytes, that are locked or disturbed; FixedLengthStream too short; the object afterwards; uploadPart of the same", `
    const te = new TextEncoder();
    const st = (chunks, err) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); if (err) c.error(new Error(err)); else c.close(); } });
    const put = async (k, v, o) => { const r = await t(async () => { const x = await b.put(k, v, o); return x === null ? null : x.size; }); return { r, after: await b.head(k).then((h) => h ? h.size : null) }; };
    out.errors = await put("err", st([te.encode("part")], "boom"));
    out.strChunk = await put("str", st(["text"]));
    out.numChunk = await put("num", st([7]));
    out.locked = await t(async () => { const s = st([te.encode("x")]); s.getReader(); return put("locked", s); });
    out.disturbed = await t(async () => { const s = st([te.encode("abc")]); const r = s.getReader(); await r.read(); r.releaseLock(); return put("dist", s); });
    out.fixedShort = await t(async () => { const f = new FixedLengthStream(10); const w = f.writable.getWriter(); w.write(te.encode("abc")); w.close().catch(() => {}); return put("fixed", f.readable); });
    out.fixedExact = await t(async () => { const f = new FixedLengthStream(3); const w = f.writable.getWriter(); w.write(te.encode("abc")); w.close(); return put("fixedOk", f.readable); });
    out.partErrors = await t(async () => { const u = await b.createMultipartUpload("mp"); const f = new FixedLengthStream(4); const w = f.writable.getWriter(); w.write(te.encode("ab")); w.abort(new Error("stop")).catch(() => {}); return (await u.uploadPart(1, f.readable)).partNumber; });
    out.partStr = await t(async () => { const u = await b.createMultipartUpload("mp2"); const f = new FixedLengthStream(4); const w = f.writable.getWriter(); w.write("abcd").catch(() => {}); w.close().catch(() => {}); return (await u.uploadPart(1, f.readable)).partNumber; });
    out.list = lst(await b.list());
  `),
  d1("d1-s23-collation-like-glob", "LIKE is case-insensitive for ASCII only, GLOB is case-sensitive, ESCAPE, COLLATE NOCASE and RTRIM columns, ORDER BY with collations, unicode case", `
    const v = async (sql, ...p) => errOf(async () => (await db.prepare(sql).bind(...p).raw())[0]);
    out.like = await v("SELECT 'ABC' LIKE 'abc', 'Äb' LIKE 'äb', 'a_c' LIKE 'a\\\\_c' ESCAPE '\\\\', 'abc' LIKE 'a_c', 'abc' GLOB 'A*', 'abc' GLOB 'a?c', 'a%' LIKE 'a!%' ESCAPE '!'");
    out.likeBind = await v("SELECT ? LIKE ?, ? GLOB ?", "Hello", "hel%", "Hello", "hel*");
    out.escapeBad = await v("SELECT 'a' LIKE 'a' ESCAPE 'ab'");
    out.upperLower = await v("SELECT upper('äbc'), lower('ÄBC'), length('ä'), length(CAST('ä' AS BLOB))");
    await db.exec("CREATE TABLE c (a TEXT COLLATE NOCASE, b TEXT COLLATE RTRIM, c TEXT)");
    await db.prepare("INSERT INTO c VALUES (?, ?, ?), (?, ?, ?), (?, ?, ?)").bind("Apple", "x  ", "b", "apple", "x", "B", "banana", "y", "a").run();
    out.nocaseEq = await v("SELECT count(*) FROM c WHERE a = 'APPLE'");
    out.rtrimEq = await v("SELECT count(*) FROM c WHERE b = 'x'");
    out.distinctNocase = await v("SELECT count(DISTINCT a) FROM c");
    out.orderDefault = await errOf(async () => (await db.prepare("SELECT c FROM c ORDER BY c").raw()).flat());
    out.orderNocase = await errOf(async () => (await db.prepare("SELECT c FROM c ORDER BY c COLLATE NOCASE, c").raw()).flat());
    out.orderCol = await errOf(async () => (await db.prepare("SELECT a FROM c ORDER BY a, rowid").raw()).flat());
    out.badCollation = await v("SELECT 'a' = 'A' COLLATE nope");
    out.uniqueNocase = await errOf(async () => { await db.exec("CREATE TABLE u (k TEXT UNIQUE COLLATE NOCASE)"); await db.prepare("INSERT INTO u VALUES ('K')").run(); return db.prepare("INSERT INTO u VALUES ('k')").run(); });
    out.caseSensitivePragma = await v("PRAGMA case_sensitive_like = 1");
  `),

  d1plain("d1-s23-app-queries-meta", "rows_read and rows_written of queries a blog application makes: joins through foreign key indexes, counts with filters, EXISTS, IN subqueries, pagination, LIKE searches, ORDER BY DESC on indexes, aggregates per group (a join stopped by a LIMIT, an index IN list, GROUP BY over a LEFT JOIN and a cascading delete are counted otherwise)", `
    const m = async (sql, ...v) => { try { const r = await db.prepare(sql).bind(...v).all(); return [r.results.length, r.meta.rows_read, r.meta.rows_written]; } catch (e) { return fl(e.message); } };
    await db.batch([
      db.prepare("CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE, name TEXT, created_at INTEGER NOT NULL)"),
      db.prepare("CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, title TEXT NOT NULL, body TEXT, published INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)"),
      db.prepare("CREATE INDEX posts_user ON posts(user_id)"),
      db.prepare("CREATE INDEX posts_created ON posts(created_at)"),
      db.prepare("CREATE TABLE tags (post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE, tag TEXT NOT NULL, PRIMARY KEY (post_id, tag)) WITHOUT ROWID"),
    ]);
    const q = {};
    for (let u = 1; u <= 4; u++) q["u" + u] = await m("INSERT INTO users (email, name, created_at) VALUES (?, ?, ?)", "u" + u + "@x.io", "User " + u, 1000 + u);
    for (let p = 1; p <= 10; p++) await db.prepare("INSERT INTO posts (user_id, title, body, published, created_at) VALUES (?, ?, ?, ?, ?)").bind(1 + (p % 3), "Post " + p, "body " + p, p % 2, 2000 + p).run();
    q.tagIns = await m("INSERT INTO tags (post_id, tag) VALUES (1, 'a'), (1, 'b'), (2, 'a'), (3, 'c')");
    q.byEmail = await m("SELECT * FROM users WHERE email = ?", "u2@x.io");
    q.byEmailMissing = await m("SELECT * FROM users WHERE email = ?", "nobody");
    q.postsOfUser = await m("SELECT * FROM posts WHERE user_id = ? ORDER BY created_at DESC", 2);
    q.latest = await m("SELECT id, title FROM posts ORDER BY created_at DESC LIMIT 3");
    q.latestOffset = await m("SELECT id, title FROM posts ORDER BY created_at DESC LIMIT 3 OFFSET 3");
    q.published = await m("SELECT id FROM posts WHERE published = 1 ORDER BY created_at DESC LIMIT 2");
    q.countAll = await m("SELECT count(*) AS n FROM posts");
    q.countPublished = await m("SELECT count(*) AS n FROM posts WHERE published = 1");
    q.countByUser = await m("SELECT count(*) AS n FROM posts WHERE user_id = ?", 1);
    q.join = await m("SELECT p.id, u.name FROM posts p JOIN users u ON u.id = p.user_id WHERE p.published = 1");
    q.leftJoinCount = await m("SELECT u.id, count(p.id) AS n FROM users u LEFT JOIN posts p ON p.user_id = u.id GROUP BY u.id");
    q.exists = await m("SELECT u.id FROM users u WHERE EXISTS (SELECT 1 FROM posts p WHERE p.user_id = u.id AND p.published = 1)");
    q.inSub = await m("SELECT id FROM users WHERE id IN (SELECT user_id FROM posts WHERE published = 0)");
    q.like = await m("SELECT id FROM posts WHERE title LIKE ?", "%1%");
    q.likePrefix = await m("SELECT id FROM users WHERE email LIKE ?", "u1%");
    q.tagsOfPost = await m("SELECT tag FROM tags WHERE post_id = ?", 1);
    q.postsWithTag = await m("SELECT p.id FROM posts p JOIN tags t ON t.post_id = p.id WHERE t.tag = ?", "a");
    q.maxPerUser = await m("SELECT user_id, max(created_at) FROM posts GROUP BY user_id");
    q.update = await m("UPDATE posts SET published = 1 WHERE id = ?", 2);
    q.updateMany = await m("UPDATE posts SET body = body || '!' WHERE user_id = ?", 3);
    q.updateUser = await m("UPDATE users SET name = ? WHERE email = ?", "New", "u3@x.io");
    q.deleteTag = await m("DELETE FROM tags WHERE post_id = ? AND tag = ?", 1, "b");
    q.between = await m("SELECT id FROM posts WHERE created_at BETWEEN ? AND ?", 2003, 2006);
    q.distinctUsers = await m("SELECT DISTINCT user_id FROM posts");
    q.inList = await m("SELECT id FROM posts WHERE id IN (?, ?, ?)", 1, 5, 99);
    out.q = q;
  `),
];
