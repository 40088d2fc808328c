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
  d1("d1-s26-like-pragma-then-other-db", "PRAGMA case_sensitive_like in one database after cached writes; a second binding's LIKE on a unique column stays case-insensitive, with its rows_read", `
    const o = env.OTHER;
    for (const d of [db, o]) { await d.prepare("CREATE TABLE u (id INTEGER PRIMARY KEY, email TEXT UNIQUE)").run(); for (const e of ["u1@x", "U1@y", "u2@x"]) await d.prepare("INSERT INTO u (email) VALUES (?)").bind(e).run(); }
    out.pragma = await all("PRAGMA case_sensitive_like = 1");
    out.self = await all("SELECT email FROM u WHERE email LIKE 'u1%' ORDER BY email");
    const r = await o.prepare("SELECT email FROM u WHERE email LIKE 'u1%' ORDER BY email").all();
    out.other = [r.results, r.meta.rows_read];
    const d = await o.prepare("DELETE FROM u WHERE email LIKE 'U1%'").run();
    out.otherDelete = [d.meta.changes, d.meta.rows_read, d.meta.rows_written];
    out.back = await all("PRAGMA case_sensitive_like = 0");
    out.selfAfter = await all("SELECT email FROM u WHERE email LIKE 'u1%' ORDER BY email");
  `, { d1Databases: ["DB", "OTHER"] }),
  d1("d1-s26-sqlite-functions-misc", "SQLite scalar functions D1 allows: iif, nullif, coalesce, printf/format, instr, unicode/char, hex/unhex, quote, zeroblob length, round, sign, trunc via math functions, concat, concat_ws, octet_length", `
    out.a = await rows("SELECT iif(1, 'y', 'n'), nullif(3, 3), coalesce(NULL, NULL, 7), printf('%05.2f|%x|%q', 3.14159, 255, 'it''s'), format('%d-%s', 4, 'x')");
    out.b = await rows("SELECT instr('hello', 'll'), unicode('é'), char(72, 105), hex('abc'), unhex('616263'), quote('a''b'), quote(x'00ff'), length(zeroblob(5))");
    out.c = await rows("SELECT round(2.5), round(-2.5), round(1.23456, 3), sign(-4), sign(0), abs(-9223372036854775807)");
    out.d = await rows("SELECT concat('a', NULL, 'b', 1), concat_ws('-', 'a', NULL, 'b'), octet_length('é'), length('é'), substr('hello', -3, 2), substring('hello', 2)");
    out.e = await rows("SELECT trunc(2.7), floor(-2.5), ceil(2.1), pow(2, 10), sqrt(16), ln(1), log10(1000), log(2, 8), pi() > 3, mod(7, 3)");
    out.f = await rows("SELECT typeof(trunc(2.7)), typeof(pow(2, 2)), typeof(ceil(2)), 7 / 2, 7 % 2, 7.0 / 2, -7 / 2");
  `),
  d1("d1-s26-json-functions", "JSON1 functions through D1: json_extract types, ->, ->>, json_each, json_group_array, json_patch, json_valid, jsonb", `
    out.a = await rows("SELECT json_extract('{\\"a\\":[1,2,{\\"b\\":true}]}', '$.a[2].b'), json_extract('{\\"a\\":1.5}', '$.a'), json_extract('{\\"a\\":null}', '$.a'), json_type('[1]'), json_array_length('[1,2,3]')");
    out.b = await rows("SELECT '{\\"a\\":{\\"b\\":\\"x\\"}}' -> '$.a', '{\\"a\\":{\\"b\\":\\"x\\"}}' ->> '$.a.b', '[10,20]' ->> 1, json_valid('{'), json_valid('[]')");
    out.c = await rows("SELECT key, value, type FROM json_each('{\\"x\\":1,\\"y\\":[2],\\"z\\":\\"s\\"}')");
    out.d = await rows("SELECT json_group_array(v), json_group_object(k, v) FROM (SELECT 'a' AS k, 1 AS v UNION ALL SELECT 'b', 2)");
    out.e = await rows("SELECT json_patch('{\\"a\\":1,\\"b\\":2}', '{\\"b\\":null,\\"c\\":3}'), json_set('[1,2]', '$[#]', 3), json_remove('{\\"a\\":1,\\"b\\":2}', '$.a'), json_insert('{}', '$.k', 'v'), json_replace('{\\"k\\":1}', '$.k', json('[1]'))");
    out.f = await rows("SELECT typeof(jsonb('{}')), json(jsonb('{\\"a\\":1}')), json_quote('x\\"y'), json_object('n', 1, 'f', 1.5, 's', 'x', 'z', NULL)");
    out.g = await rows("SELECT json_extract('{', '$')");
    out.h = await rows("SELECT json_array(1, 'a', NULL, 2.5, x'01')");
  `),
  d1("d1-s26-date-functions", "date and time functions with fixed inputs: date, time, datetime modifiers, strftime formats, julianday, unixepoch, timediff", `
    out.a = await rows("SELECT date('2024-02-28', '+1 day'), date('2024-01-31', '+1 month'), datetime('2024-03-10 12:00:00', '-90 minutes'), time('12:34:56.789'), date('2024-06-15', 'start of month', '+1 month', '-1 day')");
    out.b = await rows("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '2024-05-06 07:08:09.123'), strftime('%j %w %W %s', '2024-12-31'), strftime('%u %G %V', '2021-01-03')");
    out.c = await rows("SELECT julianday('2000-01-01 12:00:00'), unixepoch('2024-01-01'), unixepoch('2024-01-01 00:00:00.5', 'subsec'), datetime(1700000000, 'unixepoch'), datetime(1700000000.5, 'unixepoch', 'subsec')");
    out.d = await rows("SELECT date('not a date'), datetime('2024-02-30'), date('2024-01-01', 'weekday 0'), timediff('2024-03-01', '2024-01-01')");
    out.e = await rows("SELECT strftime('%H', '2024-01-01 23:00', '+2 hours'), date('2024-01-01', '+1.5 days'), datetime('2024-01-01', 'ceiling', '+1 month'), datetime('2024-01-31', 'floor', '+1 month')");
  `),
  d1("d1-s26-batch-error-rolls-back", "a batch whose third statement fails: the error's message and cause, nothing of the batch stays, and the returned results of a good batch carry each statement's meta", `
    await db.exec("CREATE TABLE k (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    out.bad = await errOf(() => db.batch([db.prepare("INSERT INTO k (v) VALUES ('a')"), db.prepare("INSERT INTO k (v) VALUES ('b')"), db.prepare("INSERT INTO k (v) VALUES (NULL)")]));
    out.count = await rows("SELECT count(*) FROM k");
    const good = await db.batch([db.prepare("INSERT INTO k (v) VALUES (?)").bind("x"), db.prepare("SELECT * FROM k"), db.prepare("UPDATE k SET v = 'y'")]);
    out.good = good.map((r) => ({ results: r.results, changes: r.meta.changes, last_row_id: r.meta.last_row_id, rows_read: r.meta.rows_read, rows_written: r.meta.rows_written, changed_db: r.meta.changed_db, success: r.success }));
    out.empty = await errOf(() => db.batch([]));
    out.notStmt = await errOf(() => db.batch(["SELECT 1"]));
    out.notArray = await errOf(() => db.batch(db.prepare("SELECT 1")));
  `),
  d1("d1-s26-first-raw-columns", "first(column) of a missing column, first() of no rows, raw({columnNames:true}) of no rows and of duplicate column names, all() of duplicate names", `
    await db.exec("CREATE TABLE p (a INTEGER, b TEXT)");
    await db.prepare("INSERT INTO p VALUES (1, 'x'), (2, 'y')").run();
    out.firstMissing = await errOf(() => db.prepare("SELECT a FROM p").first("zzz"));
    out.firstNone = await errOf(() => db.prepare("SELECT a FROM p WHERE 0").first());
    out.firstNoneCol = await errOf(() => db.prepare("SELECT a FROM p WHERE 0").first("a"));
    out.rawNames = await errOf(() => db.prepare("SELECT a FROM p WHERE 0").raw({ columnNames: true }));
    out.rawDup = await errOf(() => db.prepare("SELECT a, a, b AS a FROM p").raw({ columnNames: true }));
    out.allDup = await errOf(async () => (await db.prepare("SELECT a, b AS a FROM p").all()).results);
    out.firstDup = await errOf(() => db.prepare("SELECT a, b AS a FROM p").first());
    out.firstNum = await errOf(() => db.prepare("SELECT a FROM p").first(0));
  `),
  d1("d1-s26-exec-edge", "exec: count and duration type for several statements, a failing statement in the middle (earlier ones stay), comments only, trailing whitespace", `
    out.a = await errOf(async () => { const r = await db.exec("CREATE TABLE e (x);\\nINSERT INTO e VALUES (1);\\nINSERT INTO e VALUES (2)"); return { count: r.count, dur: typeof r.duration }; });
    out.b = await errOf(() => db.exec("INSERT INTO e VALUES (3);\\nINSERT INTO nope VALUES (4);\\nINSERT INTO e VALUES (5)"));
    out.rows = await rows("SELECT x FROM e ORDER BY x");
    out.c = await errOf(() => db.exec("-- nothing here"));
    out.d = await errOf(async () => (await db.exec("SELECT 1;   \\n\\n")).count);
    out.e = await errOf(() => db.exec(""));
    out.f = await errOf(async () => (await db.exec("SELECT 1; SELECT 2;")).count);
  `),
  d1("d1-s26-bind-types", "bind of boolean, bigint, Date, undefined, object, ArrayBuffer views and NaN: what is stored or the error", `
    const q = async (v) => errOf(async () => { const r = await db.prepare("SELECT ? AS v, typeof(?) AS t").bind(v, v).first(); return [r.v instanceof ArrayBuffer ? "ab" : Array.isArray(r.v) ? "arr:" + r.v.length : r.v, r.t]; });
    out.t = await q(true); out.f = await q(false);
    out.big = await q(10n);
    out.date = await q(new Date(0));
    out.undef = await q(undefined);
    out.obj = await q({ a: 1 });
    out.u8 = await q(new Uint8Array([1, 2]));
    out.ab = await q(new Uint8Array([1, 2, 3]).buffer);
    out.nan = await q(NaN);
    out.inf = await q(Infinity);
    out.sym = await errOf(() => db.prepare("SELECT ?").bind(Symbol("s")).first());
    out.fn = await q(() => 1);
    out.arr = await q([1, 2]);
  `),
  d1("d1-s26-dump-and-session", "withSession: constraint strings, getBookmark before and after a query, first-primary, an invalid bookmark; dump() error", `
    out.s1 = await errOf(async () => { const s = db.withSession(); return [typeof s.getBookmark(), s.getBookmark()]; });
    out.s2 = await errOf(async () => { const s = db.withSession("first-unconstrained"); await s.prepare("SELECT 1").run(); return typeof s.getBookmark(); });
    out.s3 = await errOf(async () => { const s = db.withSession("first-primary"); const r = await s.prepare("SELECT 1 AS one").first(); return [r, typeof s.getBookmark()]; });
    out.s4 = await errOf(async () => { const s = db.withSession("garbage"); return (await s.prepare("SELECT 1 AS one").first()); });
    out.s5 = await errOf(async () => { const s = db.withSession(42); return (await s.prepare("SELECT 1 AS one").first()); });
    out.s6 = await errOf(async () => { const s = db.withSession(); const r = await s.batch([s.prepare("SELECT 1 AS a"), s.prepare("SELECT 2 AS b")]); return r.map((x) => x.results); });
    out.s7 = await errOf(async () => { const s = db.withSession(); return Object.keys(s).concat(typeof s.exec, typeof s.dump, typeof s.withSession); });
    out.dump = await errOf(async () => { const d = await db.dump(); return d.constructor.name + ":" + d.byteLength; });
  `),
  d1("d1-s26-constraint-messages", "the messages of constraint failures: UNIQUE of two columns, CHECK with a name, NOT NULL, FOREIGN KEY, PRIMARY KEY, datatype mismatch of STRICT tables", `
    await db.exec("CREATE TABLE par (id INTEGER PRIMARY KEY)");
    await db.exec("CREATE TABLE c (id INTEGER PRIMARY KEY, a TEXT, b TEXT, n INTEGER CONSTRAINT positive CHECK (n > 0), p INTEGER REFERENCES par(id), UNIQUE (a, b))");
    await db.exec("CREATE TABLE s (i INTEGER, t TEXT) STRICT");
    await db.prepare("INSERT INTO c (id, a, b, n) VALUES (1, 'x', 'y', 1)").run();
    out.uniq = await errOf(() => db.prepare("INSERT INTO c (a, b, n) VALUES ('x', 'y', 2)").run());
    out.check = await errOf(() => db.prepare("INSERT INTO c (a, b, n) VALUES ('q', 'y', 0)").run());
    out.fk = await errOf(() => db.prepare("INSERT INTO c (a, b, n, p) VALUES ('r', 'y', 1, 99)").run());
    out.pk = await errOf(() => db.prepare("INSERT INTO c (id, a, n) VALUES (1, 'z', 1)").run());
    out.strict = await errOf(() => db.prepare("INSERT INTO s VALUES ('abc', 'x')").run());
    out.strictOk = await errOf(async () => (await db.prepare("INSERT INTO s VALUES ('12', 3)").run()).meta.changes);
    out.strictRows = await rows("SELECT i, typeof(i), t, typeof(t) FROM s");
    out.syntax = await errOf(() => db.prepare("SELEC 1").run());
    out.noTable = await errOf(() => db.prepare("SELECT * FROM missing").all());
    out.noCol = await errOf(() => db.prepare("SELECT zz FROM c").all());
  `),
  d1("d1-s26-returning-and-upsert", "INSERT ... RETURNING with expressions, UPSERT DO UPDATE with excluded, RETURNING of DELETE; results and meta", `
    await db.exec("CREATE TABLE kv (k TEXT PRIMARY KEY, v INTEGER NOT NULL DEFAULT 0)");
    out.ins = await all("INSERT INTO kv (k, v) VALUES ('a', 1), ('b', 2) RETURNING k, v * 10 AS ten");
    out.up = await all("INSERT INTO kv (k, v) VALUES ('a', 5) ON CONFLICT (k) DO UPDATE SET v = v + excluded.v RETURNING *");
    out.nothing = await all("INSERT INTO kv (k, v) VALUES ('b', 9) ON CONFLICT DO NOTHING RETURNING *");
    out.del = await all("DELETE FROM kv WHERE v > 1 RETURNING k");
    out.left = await rows("SELECT * FROM kv");
  `),
  r2("r2-s26-conditional-get-headers", "get/head with onlyIf given as a Headers object: If-Match, If-None-Match with weak and list etags, If-Modified-Since/If-Unmodified-Since far in the past and future", `
    const put = await b.put("k", "hello");
    const et = put.etag;
    const g = async (h) => { const r = await t(async () => { const o = await b.get("k", { onlyIf: new Headers(h) }); return o === null ? "null" : ("body" in o ? "body" : "nobody"); }); return r; };
    out.ifMatch = await g({ "if-match": '"' + et + '"' });
    out.ifMatchBad = await g({ "if-match": '"nope"' });
    out.ifMatchStar = await g({ "if-match": "*" });
    out.ifNoneMatch = await g({ "if-none-match": '"' + et + '"' });
    out.ifNoneMatchWeak = await g({ "if-none-match": 'W/"' + et + '"' });
    out.ifNoneMatchList = await g({ "if-none-match": '"a", "' + et + '"' });
    out.ifNoneMatchStar = await g({ "if-none-match": "*" });
    out.ims = await g({ "if-modified-since": "Mon, 01 Jan 2001 00:00:00 GMT" });
    out.imsFuture = await g({ "if-modified-since": "Mon, 01 Jan 2културы 00:00:00 GMT".replace(/[^\\x00-\\x7f]+/, "2099") });
    out.ius = await g({ "if-unmodified-since": "Mon, 01 Jan 2001 00:00:00 GMT" });
    out.iusFuture = await g({ "if-unmodified-since": "Thu, 01 Jan 2099 00:00:00 GMT" });
    out.both = await g({ "if-match": '"' + et + '"', "if-unmodified-since": "Mon, 01 Jan 2001 00:00:00 GMT" });
    out.headBad = await t(async () => { const o = await b.head("k", { onlyIf: new Headers({ "if-match": '"nope"' }) }); return o === null ? "null" : o.key; });
  `),
  r2("r2-s26-range-forms", "get ranges: offset only, length only, suffix, offset beyond the size, length past the end, a Headers range, zero length, negative values", `
    await b.put("r", "0123456789");
    const g = async (range) => tb(() => b.get("r", { range }));
    out.off = await g({ offset: 3 });
    out.len = await g({ length: 4 });
    out.suffix = await g({ suffix: 3 });
    out.both = await g({ offset: 2, length: 3 });
    out.past = await g({ offset: 8, length: 10 });
    out.beyond = await g({ offset: 20 });
    out.zero = await g({ offset: 2, length: 0 });
    out.neg = await g({ offset: -1 });
    out.hdr = await g(new Headers({ range: "bytes=2-4" }));
    out.hdrSuffix = await g(new Headers({ range: "bytes=-2" }));
    out.hdrOpen = await g(new Headers({ range: "bytes=7-" }));
    out.hdrMulti = await g(new Headers({ range: "bytes=0-1,3-4" }));
    out.suffixBig = await g({ suffix: 50 });
  `),
  r2("r2-s26-multipart-errors", "multipart: complete with a missing part, with parts out of order, twice; abort then uploadPart; resumeMultipartUpload of an unknown id; part number 0 and 10001", `
    const u = await b.createMultipartUpload("mp", { httpMetadata: { contentType: "text/x" }, customMetadata: { a: "1" } });
    out.uploadShape = { key: u.key, idType: typeof u.uploadId };
    const p1 = await u.uploadPart(1, "a".repeat(5 * 1024 * 1024));
    const p2 = await u.uploadPart(2, "tail");
    out.p = [p1.partNumber, typeof p1.etag, p2.partNumber];
    out.zero = await t(async () => (await u.uploadPart(0, "x")).partNumber);
    out.big = await t(async () => (await u.uploadPart(10001, "x")).partNumber);
    out.missing = await tr(() => u.complete([p1, { partNumber: 3, etag: "nope" }]));
    out.order = await tr(() => u.complete([p2, p1]));
    out.ok = await tr(() => u.complete([p1, p2]));
    out.again = await tr(() => u.complete([p1, p2]));
    const v = await b.createMultipartUpload("mp2");
    out.abort = await t(() => v.abort());
    out.afterAbort = await t(async () => (await v.uploadPart(1, "x")).partNumber);
    out.abortAgain = await t(() => v.abort());
    out.resumeUnknown = await t(async () => { const r = b.resumeMultipartUpload("mp3", "bogus-id"); return (await r.uploadPart(1, "x")).partNumber; });
    out.got = await tr(() => b.head("mp"));
  `),
  r2("r2-s26-list-options", "list: limit 0, limit 1001, include httpMetadata/customMetadata, startAfter with prefix, delimiter other than slash, cursor of a finished list", `
    for (const k of ["a/1", "a/2", "a/b/3", "b-1", "b-2", "c"]) await b.put(k, k, { httpMetadata: { contentType: "text/" + k.length }, customMetadata: { k } });
    out.zero = await t(async () => lst(await b.list({ limit: 0 })));
    out.big = await t(async () => lst(await b.list({ limit: 1001 })));
    out.inc = await t(async () => (await b.list({ prefix: "a/", include: ["httpMetadata", "customMetadata"] })).objects.map((o) => [o.key, o.httpMetadata, o.customMetadata]));
    out.noInc = await t(async () => (await b.list({ prefix: "a/" })).objects.map((o) => [o.key, o.httpMetadata, o.customMetadata]));
    out.after = await t(async () => lst(await b.list({ prefix: "a/", startAfter: "a/1" })));
    out.dash = await t(async () => lst(await b.list({ delimiter: "-" })));
    out.slash = await t(async () => lst(await b.list({ delimiter: "/", prefix: "a/" })));
    out.page = await t(async () => { const p = await b.list({ limit: 2 }); const q = await b.list({ limit: 10, cursor: p.cursor }); return [lst(p), lst(q)]; });
    out.badCursor = await t(async () => lst(await b.list({ cursor: "nope" })));
    out.badInclude = await t(async () => lst(await b.list({ include: ["bogus"] })));
  `),
  r2("r2-s26-checksums-put", "put with md5/sha1/sha256/sha384/sha512 given as hex strings and ArrayBuffers, a wrong one, two at once, and what head reports", `
    const md5 = "5d41402abc4b2a76b9719d911017c592";
    const sha1 = "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d";
    const sha256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
    out.md5 = await tr(() => b.put("c1", "hello", { md5 }));
    out.sha1 = await tr(() => b.put("c2", "hello", { sha1 }));
    out.sha256buf = await tr(() => b.put("c3", "hello", { sha256: new Uint8Array(sha256.match(/../g).map((h) => parseInt(h, 16))).buffer }));
    out.wrong = await tr(() => b.put("c4", "hello", { sha256: "00".repeat(32) }));
    out.two = await tr(() => b.put("c5", "hello", { md5, sha1 }));
    out.badLen = await tr(() => b.put("c6", "hello", { md5: "abcd" }));
    out.head = await tr(() => b.head("c2"));
  `),
  r2("r2-s26-http-metadata-headers", "httpMetadata from a Headers object (content-* and cache-control, expires), writeHttpMetadata onto Headers, and the response of get with it", `
    const h = new Headers({ "content-type": "text/html", "content-language": "fr", "content-disposition": "inline", "content-encoding": "identity", "cache-control": "max-age=60", "expires": "Wed, 21 Oct 2099 07:28:00 GMT", "x-other": "no" });
    out.put = await tr(() => b.put("h", "<p>", { httpMetadata: h }));
    const o = await b.get("h");
    const w = new Headers();
    o.writeHttpMetadata(w);
    out.written = Object.fromEntries([...w]);
    out.expiresType = o.httpMetadata.cacheExpiry?.constructor?.name;
    out.badType = await tr(() => b.put("h2", "x", { httpMetadata: { contentType: 5 } }));
    out.custom = await tr(() => b.put("h3", "x", { customMetadata: { n: 1 } }));
  `),
  kvCase("kv-s26-bulk-get-forms", "get with an array of keys: types text/json, a missing key, duplicates, 100 and 101 keys, getWithMetadata bulk, empty array", `
    await env.KV.put("a", "1", { metadata: { m: 1 } });
    await env.KV.put("j", JSON.stringify({ x: 2 }));
    const tm = async (fn) => { const r = await t(fn); if (r.ok instanceof Map) r.ok = [...r.ok]; return r; };
    out.text = await tm(() => env.KV.get(["a", "j", "missing"]));
    out.json = await tm(() => env.KV.get(["j"], "json"));
    out.jsonBad = await tm(() => env.KV.get(["a", "j"], { type: "json" }));
    out.dup = await tm(() => env.KV.get(["a", "a"]));
    out.hundred = await tm(async () => (await env.KV.get(Array.from({ length: 100 }, (_, i) => "k" + i))).size);
    out.over = await tm(() => env.KV.get(Array.from({ length: 101 }, (_, i) => "k" + i)));
    out.meta = await tm(() => env.KV.getWithMetadata(["a", "missing"]));
    out.empty = await tm(() => env.KV.get([]));
    out.stream = await tm(() => env.KV.get(["a"], "stream"));
    out.ab = await tm(() => env.KV.get(["a"], "arrayBuffer"));
  `),
  kvCase("kv-s26-put-options-errors", "put options: expiration in the past, expirationTtl below 60, non-numeric, metadata too large, key too long, empty key, '.' and '..'", `
    const now = Math.floor(Date.now() / 1000);
    out.past = await t(() => env.KV.put("p", "v", { expiration: 1 }));
    out.ttl30 = await t(() => env.KV.put("p", "v", { expirationTtl: 30 }));
    out.ttlStr = await t(() => env.KV.put("p", "v", { expirationTtl: "abc" }));
    out.ttlNum = await t(() => env.KV.put("p", "v", { expirationTtl: "120" }));
    out.meta = await t(() => env.KV.put("p", "v", { metadata: { big: "x".repeat(1100) } }));
    out.key = await t(() => env.KV.put("k".repeat(513), "v"));
    out.empty = await t(() => env.KV.put("", "v"));
    out.dot = await t(() => env.KV.put(".", "v"));
    out.dotdot = await t(() => env.KV.get(".."));
    out.nullVal = await t(() => env.KV.put("n", null));
    out.numVal = await t(() => env.KV.put("n", 5));
    out.list = await t(async () => (await env.KV.list()).keys.map((k) => [k.name, typeof k.expiration, k.metadata ?? "none"]));
  `),
  kvCase("kv-s26-list-options", "list: limit 0, limit 1001, a prefix with no key, a cursor from another prefix, list_complete and cacheStatus fields", `
    for (let i = 0; i < 5; i++) await env.KV.put("p" + i, "v", i % 2 ? { metadata: i } : undefined);
    const l = (o) => t(async () => { const r = await env.KV.list(o); return { names: r.keys.map((k) => k.name), metas: r.keys.map((k) => k.metadata ?? null), done: r.list_complete, cursor: typeof r.cursor, cache: r.cacheStatus ?? "absent" }; });
    out.zero = await l({ limit: 0 });
    out.over = await l({ limit: 1001 });
    out.none = await l({ prefix: "zz" });
    out.two = await l({ limit: 2 });
    out.neg = await l({ limit: -1 });
    out.str = await l({ limit: "2" });
    out.badCursor = await l({ cursor: "garbage" });
    out.nullPrefix = await l({ prefix: null });
  `),
  d1("d1-s26-like-index-rows-read", "rows_read of prefix LIKE and GLOB on indexed columns (the LIKE optimization): a NOCASE index, a BINARY unique index with GLOB, with LIKE, and with LIKE after PRAGMA case_sensitive_like = 1", `
    await db.exec("CREATE TABLE w (id INTEGER PRIMARY KEY, b TEXT UNIQUE, n TEXT COLLATE NOCASE)");
    await db.exec("CREATE INDEX w_n ON w (n)");
    const st = []; for (let i = 0; i < 20; i++) st.push(db.prepare("INSERT INTO w (b, n) VALUES (?, ?)").bind((i % 2 ? "A" : "a") + String(i).padStart(2, "0"), (i % 2 ? "Q" : "q") + String(i).padStart(2, "0"))); await db.batch(st);
    out.nocaseLike = await all("SELECT n FROM w WHERE n LIKE 'q0%'");
    out.binaryGlob = await all("SELECT b FROM w WHERE b GLOB 'a0*'");
    out.binaryLike = await all("SELECT b FROM w WHERE b LIKE 'a0%'");
    out.eqRange = await all("SELECT b FROM w WHERE b >= 'a0' AND b < 'a1'");
    await db.prepare("PRAGMA case_sensitive_like = 1").run();
    out.csLike = await all("SELECT b FROM w WHERE b LIKE 'a0%'");
    out.csNocaseLike = await all("SELECT n FROM w WHERE n LIKE 'q0%'");
  `),
];
