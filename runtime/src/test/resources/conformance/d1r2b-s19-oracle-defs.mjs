// d1r2b (session 19): D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs s19` (cases land in out/d1 and out/r2).
import { modWorker, get, req } from "./_h.mjs";

const D1P = `
const meta = (r) => { if (!r || !r.meta) return r; const m = { ...r.meta }; m.duration = typeof m.duration; m.size_after = typeof m.size_after; if (m.timings) m.timings = Object.fromEntries(Object.entries(m.timings).map(([k, v]) => [k, typeof v])); return { ...r, meta: m }; };
const tm = async (fn) => { const r = await t(fn); if (r.error && typeof r.error.message === "string") r.error.message = r.error.message.split("\\n")[0]; if (r.ok && typeof r.ok === "object") r.ok = Array.isArray(r.ok) ? r.ok.map(meta) : meta(r.ok); return r; };
const val = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.ok) r.ok = r.ok[0]; if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; };
const enc = (v) => typeof v === "number" ? (Number.isNaN(v) ? "NaN" : Object.is(v, -0) ? "-0" : !Number.isFinite(v) ? String(v) : v) : typeof v === "bigint" ? "big:" + v : v instanceof ArrayBuffer ? "ab:" + v.byteLength : Array.isArray(v) ? v.map(enc) : v;
const vals = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.ok) r.ok = r.ok[0].map(enc); if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; };
`;
const d1 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1P}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const R2P = `
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

export default [
  d1("d1-s19-float-edges", "REAL values at the edges read back and bound: infinities, NaN, negative zero, subnormals, huge literals, REAL vs INTEGER of bound numbers", `
    out.inf = await vals("SELECT 9e999, -9e999, typeof(9e999), 9e999 - 9e999, typeof(9e999 - 9e999)");
    out.mul = await vals("SELECT 1e308 * 10, -1e308 * 10, 1e308 * 10 = 9e999");
    out.negZero = await vals("SELECT -0.0, 0.0 * -1, typeof(-0.0), quote(-0.0), CAST(-0.0 AS TEXT)");
    out.sub = await vals("SELECT 4.9e-324, 1e-320, 2.2250738585072014e-308, 1e-400");
    out.big = await vals("SELECT 123456789012345678901234567890, typeof(123456789012345678901234567890), 1.7976931348623157e308, 18446744073709551615");
    out.bindInf = await vals("SELECT ?, typeof(?1), ?1 > 1e308", Infinity);
    out.bindNegInf = await vals("SELECT ?, typeof(?1)", -Infinity);
    out.bindNaN = await vals("SELECT ?, typeof(?1), ?1 IS NULL", NaN);
    out.bindNegZero = await vals("SELECT ?, typeof(?1), quote(?1)", -0);
    out.bindFloatInt = await vals("SELECT ?, typeof(?1), ?2, typeof(?2), ?3, typeof(?3)", 1.0, 2 ** 53, 2 ** 63);
    out.bindTiny = await vals("SELECT ?, typeof(?1), ?2, typeof(?2)", Number.MIN_VALUE, Number.EPSILON);
    out.bindMaxSafe = await vals("SELECT ?, ? + 1, typeof(?1)", Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    out.bindNeg = await vals("SELECT ?, typeof(?1), ?2, typeof(?2)", -(2 ** 62), -1.5);
    out.bindBigInt = await t(() => db.prepare("SELECT ?").bind(2n ** 62n).raw());
    await db.exec("CREATE TABLE f (r REAL, i INTEGER, n NUMERIC, x)");
    out.store = await tm(() => db.prepare("INSERT INTO f VALUES (?, ?, ?, ?), (?, ?, ?, ?)").bind(1, 1.5, "2.0", 3.0, Infinity, -Infinity, "1e3", -0).run());
    out.read = await t(async () => (await db.prepare("SELECT r, typeof(r) tr, i, typeof(i) ti, n, typeof(n) tn, x, typeof(x) tx FROM f").all()).results.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, enc(v)]))));
    out.json = await vals("SELECT json_array(9e999, -9e999), json_object('a', 1e308 * 10), json('[1e999]')");
    out.sumInf = await vals("SELECT sum(r), total(r), avg(r), max(r), min(r) FROM f");
    out.round = await vals("SELECT round(2.5), round(-2.5), round(1.005, 2), round(1e20), round(9e999)");
    out.intdiv = await vals("SELECT 7 / 2, -7 / 2, 7 % -3, 7.0 / 2, 1 / 0, 1 % 0, 1.0 / 0");
  `),

  d1("d1-s19-large-results", "large results: tens of thousands of rows through all/raw/first/batch/run, a wide row, long text and blob values, meta of large reads and writes", `
    await db.exec("CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB)");
    out.fill = await tm(() => db.prepare("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000) INSERT INTO big SELECT x, 'name-' || x, x * 0.5, CASE WHEN x % 1000 = 0 THEN randomblob(4) ELSE NULL END FROM c").run());
    out.all = await t(async () => { const r = await db.prepare("SELECT * FROM big ORDER BY id").all(); const rs = r.results; return { n: rs.length, first: rs[0], last: [rs[rs.length - 1].id, rs[rs.length - 1].name, rs[rs.length - 1].score, rs[rs.length - 1].data.length], blobs: rs.filter((x) => x.data !== null).length, meta: { rows_read: r.meta.rows_read, rows_written: r.meta.rows_written, changes: r.meta.changes } }; });
    out.raw = await t(async () => { const r = await db.prepare("SELECT id, name FROM big WHERE id > ?").bind(5000).raw({ columnNames: true }); return { n: r.length, head: r.slice(0, 2), tail: r[r.length - 1] }; });
    out.first = await t(() => db.prepare("SELECT count(*) AS n, sum(score) AS s, max(length(name)) AS m FROM big").first());
    out.firstLarge = await t(async () => { const r = await db.prepare("SELECT id FROM big").first(); return r; });
    out.batch = await t(async () => { const rs = await db.batch([db.prepare("SELECT id FROM big WHERE id % 2 = 0"), db.prepare("SELECT name FROM big WHERE id % 2 = 1 LIMIT 3"), db.prepare("UPDATE big SET score = score + 1 WHERE id <= 15000")]); return rs.map((r) => [r.results.length, r.meta.rows_read, r.meta.rows_written, r.meta.changes]); });
    out.wide = await t(async () => { const cols = Array.from({ length: 300 }, (_, i) => i + " AS c" + i).join(", "); const r = await db.prepare("SELECT " + cols).first(); return [Object.keys(r).length, r.c0, r.c299]; });
    out.longText = await t(async () => { const r = await db.prepare("SELECT replace(hex(zeroblob(?)), '00', 'ab') AS s").bind(1500000).first("s"); return [r.length, r.slice(0, 6)]; });
    out.longBlob = await t(async () => { const r = await db.prepare("SELECT zeroblob(?) AS z").bind(3000000).first("z"); return [Array.isArray(r), r.length, r[0]]; });
    out.del = await tm(() => db.prepare("DELETE FROM big WHERE id > 100").run());
    out.exec = await t(async () => { const r = await db.exec("SELECT * FROM big; SELECT 1"); return r.count; });
  `),

  d1("d1-s19-values-to-js", "SQLite values converted to JavaScript in every reader: integers of every size, reals, text with NUL and surrogate pairs, blobs, NULL; column names of expressions", `
    const q = "SELECT 0 AS zero, -1 AS neg, 9223372036854775807 AS maxi, -9223372036854775808 AS mini, 9007199254740993 AS over53, 1.5 AS r, 'a' || char(0) || 'b' AS nul, '😀é' AS emoji, x'' AS eb, x'00ff10' AS b3, NULL AS n, 1 = 1 AS bool, CAST(1 AS REAL) AS one_real, '' AS empty";
    const fix = (row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? [...v].map((c) => c.codePointAt(0)) : enc(v)]));
    out.all = await t(async () => fix((await db.prepare(q).all()).results[0]));
    out.first = await t(async () => fix(await db.prepare(q).first()));
    out.firstCol = await t(async () => [enc(await db.prepare(q).first("over53")), enc(await db.prepare(q).first("maxi")), await db.prepare(q).first("n")]);
    out.raw = await t(async () => (await db.prepare(q).raw())[0].map((v) => typeof v === "string" ? v.length : enc(v)));
    out.types = await t(async () => (await db.prepare(q).raw())[0].map((v) => v === null ? "null" : Array.isArray(v) ? "array" : typeof v));
    out.colNames = await t(async () => (await db.prepare("SELECT 1 + 1, 'x', \\"quoted col\\", [br], count(*) FILTER (WHERE 1), abs(-1) AS [a b], ? FROM (SELECT 1 AS \\"quoted col\\", 2 AS br)").bind(7).raw({ columnNames: true }))[0]);
    out.colNamesStar = await t(async () => { await db.exec("CREATE TABLE c1 (a, b); CREATE TABLE c2 (a, c)"); await db.prepare("INSERT INTO c1 VALUES (1, 2)").run(); await db.prepare("INSERT INTO c2 VALUES (3, 4)").run(); const r = await db.prepare("SELECT * FROM c1, c2").raw({ columnNames: true }); const a = await db.prepare("SELECT * FROM c1, c2").all(); return [r, a.results]; });
    out.colNamesEmpty = await t(async () => db.prepare("SELECT a, b FROM c1 WHERE 0").raw({ columnNames: true }));
    out.colNamesRun = await t(async () => (await db.prepare("SELECT a AS x FROM c1").run()).results);
  `),

  d1("d1-s19-errors-misc", "error messages of less common failures: statements after close of a session, SQL with only whitespace, exec of SELECT errors mid-way, bind after run, reading results of failed batch, D1_ERROR prefixes and causes", `
    const errOf = async (fn) => { try { const r = await fn(); return { ok: typeof r }; } catch (e) { return { name: e.name, ctor: e.constructor.name, message: String(e.message), cause: e.cause ? String(e.cause.message) : "none" }; } };
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE NOT NULL)");
    out.ws = await errOf(() => db.prepare("   \\n\\t ").all());
    out.semi = await errOf(() => db.prepare(";").all());
    out.semis = await errOf(() => db.prepare(";;  ;").run());
    out.comment = await errOf(() => db.prepare("-- hi").first());
    out.blockComment = await errOf(() => db.prepare("/* x */").raw());
    out.unterminatedComment = await errOf(() => db.prepare("SELECT 1 /* x").all());
    out.unterminatedString = await errOf(() => db.prepare("SELECT 'abc").all());
    out.unterminatedIdent = await errOf(() => db.prepare('SELECT "abc').all());
    out.badParam = await errOf(() => db.prepare("SELECT ?0").all());
    out.badParam2 = await errOf(() => db.prepare("SELECT ?1000000").all());
    out.mixedParams = await errOf(() => db.prepare("SELECT ?, :a, @b, $c").bind(1, 2, 3, 4).raw());
    out.namedOnly = await errOf(() => db.prepare("SELECT :a").bind(1).raw());
    out.unique = await errOf(async () => { await db.prepare("INSERT INTO t (v) VALUES ('a')").run(); return db.prepare("INSERT INTO t (v) VALUES ('a')").run(); });
    out.notNull = await errOf(() => db.prepare("INSERT INTO t (v) VALUES (?)").bind(null).run());
    out.pk = await errOf(() => db.prepare("INSERT INTO t (id, v) VALUES (1, 'z')").run());
    out.datatype = await errOf(() => db.prepare("INSERT INTO t (id, v) VALUES ('x', 'q')").run());
    out.execErr = await errOf(() => db.exec("INSERT INTO t (v) VALUES ('e1');\\nINSERT INTO t (v) VALUES ('e1');\\nINSERT INTO t (v) VALUES ('e2');"));
    out.afterExec = await val("SELECT group_concat(v) FROM t");
    out.readonly = await errOf(() => db.prepare("PRAGMA query_only = 1").run());
    out.raise = await errOf(async () => { await db.exec("CREATE TRIGGER tr BEFORE INSERT ON t WHEN NEW.v = 'bad' BEGIN SELECT RAISE(ABORT, 'no bad values'); END"); return db.prepare("INSERT INTO t (v) VALUES ('bad')").run(); });
    out.raiseFail = await errOf(async () => { await db.exec("CREATE TRIGGER tr2 BEFORE INSERT ON t WHEN NEW.v = 'fail' BEGIN SELECT RAISE(FAIL, 'failing'); END"); return db.prepare("INSERT INTO t (v) VALUES ('fail')").run(); });
    out.raiseIgnore = await tm(async () => { await db.exec("CREATE TRIGGER tr3 BEFORE INSERT ON t WHEN NEW.v = 'ign' BEGIN SELECT RAISE(IGNORE); END"); return db.prepare("INSERT INTO t (v) VALUES ('ign')").run(); });
    out.raiseOutside = await errOf(() => db.prepare("SELECT RAISE(ABORT, 'x')").all());
    out.tooBig = await errOf(() => db.prepare("SELECT zeroblob(2000000001)").all());
    out.interrupt = await errOf(() => db.prepare("SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 5) SELECT x FROM c)").all());
  `),

  r2("r2-s19-http-serving", "a file server over R2 answering GET/HEAD with Range, If-None-Match, If-Modified-Since, If-Match from the request headers", `
    if (req.method === "PUT") { const o = await b.put(url.pathname.slice(1), req.body, { httpMetadata: req.headers }); return Response.json(desc(o)); }
    const key = url.pathname.slice(1);
    const o = req.method === "HEAD" ? await b.head(key) : await b.get(key, { onlyIf: req.headers, range: req.headers });
    if (o === null) return new Response("not found", { status: 404 });
    const h = new Headers(); o.writeHttpMetadata(h); h.set("etag", o.httpEtag);
    if (o.range) h.set("content-range", "bytes " + o.range.offset + "-" + (o.range.offset + o.range.length - 1) + "/" + o.size);
    const status = !("body" in o) ? (req.method === "HEAD" ? 200 : (req.headers.has("if-none-match") || req.headers.has("if-modified-since") ? 304 : 412)) : o.range && req.headers.has("range") ? 206 : 200;
    return new Response(status === 200 || status === 206 ? o.body : null, { status, headers: h });`, {
    steps: [
      req("PUT", "http://localhost/f.txt", { "content-type": "text/plain;charset=utf-8", "content-language": "en", "cache-control": "max-age=60", "content-length": "26", "x-other": "1" }, "abcdefghijklmnopqrstuvwxyz"),
      get("/f.txt"),
      get("/f.txt", { headers: { range: "bytes=0-4" } }),
      get("/f.txt", { headers: { range: "bytes=-3" } }),
      get("/f.txt", { headers: { range: "bytes=20-" } }),
      get("/f.txt", { headers: { range: "bytes=20-100" } }),
      get("/f.txt", { headers: { range: "bytes=30-40" } }),
      get("/f.txt", { headers: { range: "bytes=5-2" } }),
      get("/f.txt", { headers: { range: "bytes=0-1,3-4" } }),
      get("/f.txt", { headers: { range: "items=0-1" } }),
      get("/f.txt", { headers: { range: "bytes=0-0" } }),
      get("/f.txt", { headers: { range: "bytes=-0" } }),
      get("/f.txt", { headers: { range: "bytes=-100" } }),
      get("/f.txt", { headers: { "if-none-match": '"nope"' } }),
      get("/f.txt", { headers: { "if-none-match": "*" } }),
      get("/f.txt", { headers: { "if-match": '"nope"' } }),
      get("/f.txt", { headers: { "if-match": "*" } }),
      get("/f.txt", { headers: { "if-modified-since": "Thu, 01 Jan 2099 00:00:00 GMT" } }),
      get("/f.txt", { headers: { "if-modified-since": "Thu, 01 Jan 1970 00:00:00 GMT" } }),
      get("/f.txt", { headers: { "if-unmodified-since": "Thu, 01 Jan 1970 00:00:00 GMT" } }),
      get("/f.txt", { headers: { "if-unmodified-since": "garbage" } }),
      get("/f.txt", { headers: { "if-none-match": '"nope"', range: "bytes=1-2" } }),
      get("/f.txt", { headers: { "if-none-match": "*", range: "bytes=1-2" } }),
      req("HEAD", "http://localhost/f.txt"),
      get("/missing"),
    ] }),

  r2("r2-s19-etag-conditions", "conditions on the real etag: If-Match/If-None-Match with the object's own etag (quoted, weak, in lists), onlyIf objects with the etag, and combinations with dates", `
    const o = await b.put("k", "hello", { httpMetadata: { contentType: "text/plain" } });
    const e = o.etag, q = o.httpEtag;
    const g = async (onlyIf) => { const r = await t(() => b.get("k", { onlyIf })); return r.ok && typeof r.ok === "object" ? ("body" in r.ok ? "body" : "object") : r; };
    const past = new Date(Date.now() - 3600e3), future = new Date(Date.now() + 3600e3);
    out.quoted = [q === '"' + e + '"', e.length];
    out.hdrMatch = await g(new Headers({ "if-match": q }));
    out.hdrMatchUnquoted = await g(new Headers({ "if-match": e }));
    out.hdrMatchWeak = await g(new Headers({ "if-match": "W/" + q }));
    out.hdrMatchList = await g(new Headers({ "if-match": '"x", ' + q }));
    out.hdrNoneMatch = await g(new Headers({ "if-none-match": q }));
    out.hdrNoneMatchWeak = await g(new Headers({ "if-none-match": "W/" + q }));
    out.hdrNoneMatchList = await g(new Headers({ "if-none-match": '"a", W/"b", ' + q }));
    out.objMatch = await g({ etagMatches: e });
    out.objMatchQuoted = await g({ etagMatches: q });
    out.objMatchArr = await g({ etagMatches: ["x", e] });
    out.objNone = await g({ etagDoesNotMatch: e });
    out.objNoneArr = await g({ etagDoesNotMatch: ["x", "y"] });
    out.matchAndModifiedBefore = await g({ etagMatches: e, uploadedBefore: past });
    out.noneAndModifiedAfter = await g({ etagDoesNotMatch: e, uploadedAfter: past });
    out.noneMissAndAfterFuture = await g({ etagDoesNotMatch: "zz", uploadedAfter: future });
    out.matchMissAndBeforeFuture = await g({ etagMatches: "zz", uploadedBefore: future });
    out.hdrMatchAndUnmodPast = await g(new Headers({ "if-match": q, "if-unmodified-since": past.toUTCString() }));
    out.hdrNoneAndModFuture = await g(new Headers({ "if-none-match": '"zz"', "if-modified-since": future.toUTCString() }));
    out.putMatch = await tr(() => b.put("k", "v2", { onlyIf: { etagMatches: e } }));
    out.putMatchOld = await tr(() => b.put("k", "v3", { onlyIf: { etagMatches: e } }));
    out.putNoneStar = await tr(() => b.put("k", "v4", { onlyIf: new Headers({ "if-none-match": "*" }) }));
    out.putNoneStarNew = await tr(() => b.put("new", "v4", { onlyIf: new Headers({ "if-none-match": "*" }) }));
    out.putMatchMissing = await tr(() => b.put("missing", "v", { onlyIf: { etagMatches: "*" } }));
    out.headOnlyIf = await tr(() => b.head("k", { onlyIf: { etagMatches: "x" } }));
    out.text = await (await b.get("k")).text();
  `),

  r2("r2-s19-list-paging-delims", "list() paging through objects and delimited prefixes together: limit across prefixes, cursors, startAfter inside a prefix, include with paging, truncated flags", `
    for (const k of ["a/1", "a/2", "a/b/3", "b/1", "b/2", "c", "d/x/y", "e", "e/", "e//f", "f"]) await b.put(k, k, { customMetadata: { k } });
    const pages = async (opts) => { const res = []; let cursor; for (let i = 0; i < 20; i++) { const l = await b.list({ ...opts, cursor }); res.push(lst(l)); if (!l.truncated) break; cursor = l.cursor; } return res; };
    out.p2 = await t(() => pages({ delimiter: "/", limit: 2 }));
    out.p1 = await t(() => pages({ delimiter: "/", limit: 1 }));
    out.p3prefix = await t(() => pages({ prefix: "a/", delimiter: "/", limit: 1 }));
    out.startAfterPrefix = await t(() => pages({ delimiter: "/", startAfter: "a/1", limit: 3 }));
    out.startAfterInPrefixDir = await t(() => pages({ delimiter: "/", startAfter: "a/", limit: 10 }));
    out.startAfterExactPrefix = await t(() => pages({ delimiter: "/", startAfter: "a", limit: 10 }));
    out.emptyDelim = await t(() => pages({ delimiter: "//", limit: 3 }));
    out.incl = await t(async () => { const l = await b.list({ limit: 3, include: ["customMetadata"], delimiter: "/" }); return [lst(l), l.objects.map((o) => o.customMetadata)]; });
    out.eDelim = await t(() => pages({ prefix: "e", delimiter: "/" }));
    out.limitOver = await t(async () => lst(await b.list({ limit: 1000 })));
    out.cursorOtherPrefix = await t(async () => { const l = await b.list({ limit: 2 }); return lst(await b.list({ cursor: l.cursor, prefix: "b" })); });
  `),
  d1("d1-s19-cte-writes-meta", "meta (changes, rows_read, rows_written, last_row_id) of writes led by a WITH clause: INSERT ... SELECT from CTEs (recursive or not), UPDATE and DELETE with CTEs, compared with the same writes without WITH", `
    const m = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).run()); if (r.error) return r.error.message.split("\\n")[0]; const x = r.ok.meta; return [x.changes, x.rows_read, x.rows_written, x.last_row_id, x.changed_db]; };
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER); CREATE TABLE u (id INTEGER PRIMARY KEY, v INTEGER, w TEXT); CREATE INDEX uv ON u(v); CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT, v)");
    out.insRec = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) INSERT INTO t (v) SELECT x FROM c");
    out.insRecLimit = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 7) INSERT INTO t (v) SELECT x FROM c");
    out.insRecParam = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) INSERT INTO t (v) SELECT x * 10 FROM c", 5);
    out.insValuesCte = await m("WITH c(x) AS (VALUES (1), (2), (3)) INSERT INTO t (v) SELECT x FROM c");
    out.insNoWith = await m("INSERT INTO t (v) SELECT x FROM (VALUES (1), (2), (3)) AS c(x)");
    out.insNoWith2 = await m("INSERT INTO t (v) SELECT column1 FROM (VALUES (1), (2), (3))");
    out.insFromTable = await m("WITH s AS (SELECT v FROM t WHERE v > 5) INSERT INTO u (v, w) SELECT v, 'x' FROM s");
    out.insFromTableNoWith = await m("INSERT INTO u (v, w) SELECT v, 'y' FROM t WHERE v > 5");
    out.insIndexed = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 4) INSERT INTO u (v, w) SELECT x, 'r' FROM c");
    out.insAuto = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3) INSERT INTO a (v) SELECT x FROM c");
    out.insReturning = await t(async () => { const r = await db.prepare("WITH c(x) AS (VALUES (100), (200)) INSERT INTO t (v) SELECT x FROM c RETURNING id, v").run(); return [r.results, r.meta.changes, r.meta.rows_read, r.meta.rows_written]; });
    out.updCte = await m("WITH big AS (SELECT id FROM t WHERE v > 5) UPDATE t SET v = v + 1 WHERE id IN big");
    out.updCteSel = await m("WITH big AS (SELECT id FROM t WHERE v > 5) UPDATE t SET v = v + 1 WHERE id IN (SELECT id FROM big)");
    out.updNoWith = await m("UPDATE t SET v = v + 1 WHERE id IN (SELECT id FROM t WHERE v > 5)");
    out.updIndexed = await m("WITH s AS (SELECT 3 AS x) UPDATE u SET v = v + (SELECT x FROM s)");
    out.delCte = await m("WITH small AS (SELECT id FROM t WHERE v < 3) DELETE FROM t WHERE id IN small");
    out.delNoWith = await m("DELETE FROM t WHERE id IN (SELECT id FROM t WHERE v < 4)");
    out.replaceCte = await m("WITH c(i, x) AS (VALUES (1, 5), (2, 6)) REPLACE INTO t (id, v) SELECT i, x FROM c");
    out.selRec = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) SELECT x FROM c");
    out.selRecSum = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) SELECT sum(x) FROM c");
    out.selCteTable = await m("WITH s AS (SELECT * FROM t) SELECT count(*) FROM s");
    out.count = await val("SELECT count(*), sum(v) FROM t");
  `),
  r2("r2-s19-multipart-realistic", "a multipart upload as apps send it: 5 MiB parts uploaded out of order, a short last part, completing with parts listed in any order, reading across part boundaries, etag and checksums of the result, listing and deleting", `
    const MiB = 1024 * 1024;
    const part = (n, c) => new Uint8Array(n).fill(c);
    const up = await b.createMultipartUpload("big.bin", { httpMetadata: { contentType: "application/octet-stream" }, customMetadata: { by: "s19" } });
    out.up = { key: up.key, idType: typeof up.uploadId, cls: up.constructor.name };
    const p2 = await up.uploadPart(2, part(5 * MiB, 2));
    const p1 = await up.uploadPart(1, part(5 * MiB, 1));
    const p3 = await up.uploadPart(3, part(10, 3));
    out.parts = [p1, p2, p3].map((p) => ({ n: p.partNumber, etagLen: p.etag.length, keys: Object.keys(p).sort() }));
    out.headBefore = await b.head("big.bin");
    out.listUploading = (await b.list()).objects.map((o) => o.key);
    out.completeUnordered = await tr(() => up.complete([p3, p1, p2]));
    out.completeDup = await tr(() => up.complete([p1, p1, p3]));
    out.complete = await tr(() => up.complete([p2, p1, p3]));
    const etag = (await b.head("big.bin"))?.etag ?? "none";
    out.etagShape = [/^[0-9a-f]{32}-3$/.test(etag), etag.endsWith("-3")];
    out.across = await t(async () => { const o = await b.get("big.bin", { range: { offset: 5 * MiB - 2, length: 4 } }); return [...new Uint8Array(await o.arrayBuffer())]; });
    out.tail = await t(async () => { const o = await b.get("big.bin", { range: { suffix: 12 } }); return [...new Uint8Array(await o.arrayBuffer())]; });
    out.whole = await t(async () => { const o = await b.get("big.bin"); const buf = new Uint8Array(await o.arrayBuffer()); return [buf.length, buf[0], buf[5 * MiB], buf[10 * MiB]]; });
    out.list = await t(async () => (await b.list({ include: ["httpMetadata", "customMetadata"] })).objects.map((o) => [o.key, o.size, o.httpMetadata, o.customMetadata, o.etag === etag]));
    const up2 = await b.createMultipartUpload("small.bin");
    const q1 = await up2.uploadPart(1, part(100, 1));
    const q2 = await up2.uploadPart(2, part(100, 2));
    out.tooSmall = await tr(() => up2.complete([q1, q2]));
    out.tooSmallAgain = await tr(() => up2.complete([q1]));
    out.single = await tb(async () => { const up3 = await b.createMultipartUpload("one.txt"); const r1 = await up3.uploadPart(1, "only part"); await up3.complete([r1]); return b.get("one.txt"); });
    out.reupload = await t(async () => { const up4 = await b.createMultipartUpload("re.txt"); const a = await up4.uploadPart(1, "first"); const a2 = await up4.uploadPart(1, "second"); const r = await t(() => up4.complete([a])); const r2 = await t(async () => (await up4.complete([a2])).size); return [a.etag === a2.etag, r.error ? r.error.message : "ok", r2]; });
    out.resumeBogus = await t(() => b.resumeMultipartUpload("k", "bogus").uploadPart(1, "x"));
    out.abortBogus = await t(() => b.resumeMultipartUpload("k", "bogus").abort());
    out.completeBogus = await t(() => b.resumeMultipartUpload("k", "bogus").complete([]));
    out.del = await t(async () => { await b.delete(["big.bin", "one.txt"]); return (await b.list()).objects.map((o) => o.key); });
  `),
  r2("r2-s19-put-bodies-more", "put() bodies apps pass: Response and Request bodies, strings with multibyte characters, JSON strings, empty bodies, Blob slices, null and undefined; sizes, md5 etags and content types stored", `
    const p = async (k, body, opts) => { const r = await t(() => b.put(k, body, opts)); if (r.error) return r; const o = r.ok; return o === null ? null : [o.size, o.etag, o.httpMetadata.contentType ?? "none"]; };
    out.utf8 = await p("u", "héllo 😀");
    out.json = await p("j", JSON.stringify({ a: [1, 2], b: "ü" }), { httpMetadata: { contentType: "application/json" } });
    out.empty = await p("e", "");
    out.nul = await p("n", null);
    out.undef = await p("un", undefined);
    out.respBody = await p("rb", new Response("from response").body);
    out.respBodyEmpty = await p("rbe", new Response("").body);
    out.reqBody = await p("qb", new Request("http://x/", { method: "POST", body: "from request" }).body);
    out.blobSlice = await p("bs", new Blob(["abcdef"]).slice(1, 4));
    out.blobType = await p("bt", new Blob(["abc"], { type: "text/x-custom" }));
    out.u8sub = await p("u8", new Uint8Array([1, 2, 3, 4, 5]).subarray(1, 3));
    out.number = await p("num", 42);
    out.obj = await p("obj", { a: 1 });
    out.usp = await p("usp", new URLSearchParams("a=1"));
    out.fd = await p("fd", new FormData());
    out.ts = await p("ts", (() => { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); w.write(new TextEncoder().encode("x")); w.close(); return readable; })());
    out.fls = await p("fls", (() => { const { readable, writable } = new FixedLengthStream(3); const w = writable.getWriter(); w.write(new TextEncoder().encode("xyz")); w.close(); return readable; })());
    out.flsShort = await p("fls2", (() => { const { readable, writable } = new FixedLengthStream(5); const w = writable.getWriter(); w.write(new TextEncoder().encode("xy")); w.close().catch(() => {}); return readable; })());
    out.read = await t(async () => Promise.all(["u", "j", "e", "n", "un", "rb", "qb", "bs", "u8"].map(async (k) => { const o = await b.get(k); return o === null ? null : [k, o.size, await o.text()]; })));
  `),
  d1("d1-s19-cte-reads-more", "rows_read of recursive common table expressions in other shapes: without RECURSIVE, stopped by the outer LIMIT, a LIMIT never reached, UNION, joined with a table, parameters in and after the WITH clause; INSERT ... SELECT with RETURNING", `
    const m = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).all()); if (r.error) return r.error.message.split("\\n")[0]; const x = r.ok.meta; return [r.ok.results.length, x.changes, x.rows_read, x.rows_written]; };
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)");
    await db.prepare("INSERT INTO t (v) VALUES (1), (2), (6), (7), (8)").run();
    out.noKeyword = await m("WITH c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 4) SELECT x FROM c");
    out.outerLimit = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c LIMIT 5");
    out.limitNotReached = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3 LIMIT 10) SELECT x FROM c");
    out.limitReached = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 30 LIMIT 10) SELECT x FROM c");
    out.union = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION SELECT x + 1 FROM c WHERE x < 5) SELECT x FROM c");
    out.joined = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3) SELECT t.v FROM c JOIN t ON t.id = c.x");
    out.params = await m("WITH RECURSIVE c(x) AS (SELECT ? UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT x FROM c WHERE x > ?", 2, 6, 3);
    out.filtered = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) SELECT x FROM c WHERE x % 2 = 0");
    out.counted = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10) SELECT count(*) FROM c");
    out.fromTable = await m("WITH RECURSIVE c(x) AS (SELECT v FROM t WHERE v = 6 UNION ALL SELECT x + 1 FROM c WHERE x < 9) SELECT x FROM c");
    out.insSelReturning = await m("INSERT INTO t (v) SELECT v FROM t WHERE v > 6 RETURNING id");
    out.insSelValuesReturning = await m("INSERT INTO t (v) SELECT column1 FROM (VALUES (1), (2)) RETURNING id");
    out.insCteReturning1 = await m("WITH c(x) AS (VALUES (5)) INSERT INTO t (v) SELECT x FROM c RETURNING id");
    out.insRecReturning = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3) INSERT INTO t (v) SELECT x FROM c RETURNING v");
    out.updRec = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3) UPDATE t SET v = v + 100 WHERE id = 4");
    out.delRec = await m("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3) DELETE FROM t WHERE id = 5");
    out.insCteReadsTarget = await m("WITH s AS (SELECT v FROM t WHERE v < 3) INSERT INTO t (v) SELECT v + 1000 FROM s");
  `),
  d1("d1-s19-statement-kinds-meta", "meta and results of statement kinds apps send less often: EXPLAIN, EXPLAIN QUERY PLAN, INSERT DEFAULT VALUES, upserts with RETURNING, statements starting with comments or in odd case", `
    const m = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).all()); if (r.error) return r.error.message.split("\\n")[0]; const x = r.ok.meta; return [r.ok.results.length, x.changes, x.rows_read, x.rows_written, x.changed_db]; };
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT UNIQUE, n INTEGER DEFAULT 0)");
    out.defaults = await m("INSERT INTO t DEFAULT VALUES");
    out.defaultsReturning = await m("INSERT INTO t DEFAULT VALUES RETURNING *");
    out.lower = await m("insert into t (k) values ('a')");
    out.comment = await m("/* lead */ -- line\\n INSERT INTO t (k) VALUES ('b')");
    out.upsertNew = await m("INSERT INTO t (k, n) VALUES ('c', 1) ON CONFLICT (k) DO UPDATE SET n = n + 1 RETURNING id, n");
    out.upsertOld = await m("INSERT INTO t (k, n) VALUES ('c', 1) ON CONFLICT (k) DO UPDATE SET n = n + 1 RETURNING id, n");
    out.explainQp = await t(async () => { const r = await db.prepare("EXPLAIN QUERY PLAN SELECT * FROM t WHERE k = ?").bind("a").all(); return [Object.keys(r.results[0]).sort(), r.results.length, r.meta.rows_read, r.meta.rows_written]; });
    out.explain = await t(async () => { const r = await db.prepare("EXPLAIN SELECT 1").all(); return [Object.keys(r.results[0]).sort(), r.results.length > 2, r.meta.rows_read]; });
    out.selectCase = await m("sElEcT * FrOm t");
    out.values = await m("VALUES (1, 2), (3, 4)");
    out.pragmaFn = await m("SELECT name FROM pragma_table_info('t')");
    out.count = await m("SELECT count(*) FROM t");
  `),
  r2("r2-s19-concurrency-misc", "many operations at once on one bucket: concurrent puts of different and equal keys, gets during puts, list after Promise.all, deletes of keys written at once, and the last write winning", `
    out.puts = await t(async () => (await Promise.all(Array.from({ length: 30 }, (_, i) => b.put("k" + String(i).padStart(2, "0"), "v" + i)))).map((o) => o.size));
    out.list = await t(async () => { const l = await b.list(); return [l.objects.length, l.objects[0].key, l.objects[29].key, l.truncated]; });
    out.same = await t(async () => { await Promise.all([b.put("s", "one"), b.put("s", "two"), b.put("s", "three")]); const o = await b.get("s"); return [o.size, await o.text()]; });
    out.mixed = await t(async () => { const [p, g, h] = await Promise.all([b.put("m", "mm"), b.get("k00"), b.head("k01")]); return [p.size, await g.text(), h.size]; });
    out.dels = await t(async () => { await Promise.all(Array.from({ length: 10 }, (_, i) => b.delete("k" + String(i).padStart(2, "0")))); return (await b.list({ limit: 3 })).objects.map((o) => o.key); });
    out.delMany = await t(async () => { await b.delete(Array.from({ length: 30 }, (_, i) => "k" + String(i).padStart(2, "0"))); return (await b.list()).objects.map((o) => o.key); });
    out.parallelReads = await t(async () => { await b.put("r", "x".repeat(100000)); const rs = await Promise.all(Array.from({ length: 8 }, () => b.get("r").then((o) => o.text()))); return rs.map((x) => x.length); });
    out.rangesAtOnce = await t(async () => { const rs = await Promise.all([0, 10, 99990].map((offset) => b.get("r", { range: { offset, length: 10 } }).then((o) => o.text().then((x) => [o.range, x.length])))); return rs; });
  `),
  d1("d1-s19-in-subquery-meta", "rows_read of rowid IN (subquery) in SELECT, UPDATE and DELETE: the subquery on the same table or another one, duplicates and missing keys in the list", `
    const m = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).all()); if (r.error) return r.error.message.split("\\n")[0]; const x = r.ok.meta; return [r.ok.results.length, x.changes, x.rows_read, x.rows_written]; };
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER); CREATE TABLE o (tid INTEGER); CREATE TABLE p (id INTEGER PRIMARY KEY, tid INTEGER)");
    await db.prepare("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20) INSERT INTO t (v) SELECT x FROM c").run();
    await db.prepare("INSERT INTO o VALUES (1), (2), (3), (3), (50), (60), (4)").run();
    await db.prepare("INSERT INTO p (tid) VALUES (5), (6), (70)").run();
    out.selSame = await m("SELECT * FROM t WHERE id IN (SELECT id FROM t WHERE v > 15)");
    out.selOther = await m("SELECT * FROM t WHERE id IN (SELECT tid FROM o)");
    out.selOtherPk = await m("SELECT * FROM t WHERE id IN (SELECT tid FROM p)");
    out.updOther = await m("UPDATE t SET v = v + 1 WHERE id IN (SELECT tid FROM o)");
    out.updOtherPk = await m("UPDATE t SET v = v + 1 WHERE id IN (SELECT tid FROM p)");
    out.updSame = await m("UPDATE t SET v = v + 1 WHERE id IN (SELECT id FROM t WHERE v > 15)");
    out.updSameOne = await m("UPDATE t SET v = v + 1 WHERE id IN (SELECT id FROM t WHERE v = 3)");
    out.delOther = await m("DELETE FROM t WHERE id IN (SELECT tid FROM o)");
    out.delSame = await m("DELETE FROM t WHERE id IN (SELECT id FROM t WHERE v > 17)");
    out.delSameNone = await m("DELETE FROM t WHERE id IN (SELECT id FROM t WHERE v > 1000)");
    out.count = await m("SELECT count(*) FROM t");
  `),
];
