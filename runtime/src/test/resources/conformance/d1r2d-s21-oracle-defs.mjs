// d1r2d (session 21): D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs s21` (cases land in out/d1 and out/r2).
import { modWorker, get, req } from "./_h.mjs";

const D1P = `
const fl = (m) => String(m).split("\\n")[0];
const rows = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.error) r.error.message = fl(r.error.message); return r; };
const errOf = async (fn) => { try { const r = await fn(); return { ok: r === undefined ? "undefined" : typeof r }; } catch (e) { return { name: e.name, ctor: e.constructor.name, message: fl(e.message), cause: e.cause ? fl(e.cause.message) : "none" }; } };
const enc = (v) => typeof v === "number" ? (Number.isNaN(v) ? "NaN" : Object.is(v, -0) ? "-0" : !Number.isFinite(v) ? String(v) : v) : typeof v === "bigint" ? "big:" + v : v instanceof ArrayBuffer ? "ab:" + v.byteLength : Array.isArray(v) ? v.map(enc) : v;
const bound = async (...v) => { const r = await t(async () => (await db.prepare("SELECT " + v.map(() => "?, typeof(?)").join(", ").replace(/\\?/g, () => "?")).bind(...v.flatMap((x) => [x, x])).raw())[0].map(enc)); if (r.error) r.error.message = fl(r.error.message); return r; };
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
const hdrs = (h) => Object.fromEntries([...h]);
`;
const r2 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

export const r2cases = [
  r2("r2-s21-stream-bodies", "put and uploadPart with streams of known and unknown length: Response and Blob streams, IdentityTransformStream and TransformStream readables, constructed ReadableStreams, FixedLengthStreams written short or long, consumed and locked streams", `
    const te = new TextEncoder();
    out.response = await tb(async () => { await b.put("r", new Response("from response").body); return b.get("r"); });
    out.responseLength = await tb(async () => { await b.put("rl", new Response(te.encode("abc")).body); return b.get("rl"); });
    out.blob = await tb(async () => { await b.put("bl", new Blob(["blob stream"]).stream()); return b.get("bl"); });
    out.identity = await tr(async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); w.write(te.encode("idt")); w.close(); return b.put("id", ts.readable); });
    out.transform = await tr(async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); w.write(te.encode("ts")); w.close(); return b.put("ts", ts.readable); });
    out.constructed = await tr(() => b.put("cs", new ReadableStream({ start(c) { c.enqueue(te.encode("hi")); c.close(); } })));
    out.constructedBytes = await tr(() => b.put("cb", new ReadableStream({ type: "bytes", start(c) { c.enqueue(te.encode("hi")); c.close(); } })));
    out.fixedExact = await tb(async () => { const f = new FixedLengthStream(3); const w = f.writable.getWriter(); w.write(te.encode("abc")); w.close(); await b.put("fx", f.readable); return b.get("fx"); });
    out.fixedShort = await tr(async () => { const f = new FixedLengthStream(5); const w = f.writable.getWriter(); w.write(te.encode("abc")).catch(() => {}); w.close().catch(() => {}); return b.put("fs", f.readable); });
    out.fixedShortHead = await tr(() => b.head("fs"));
    out.fixedLong = await tr(async () => { const f = new FixedLengthStream(2); const w = f.writable.getWriter(); w.write(te.encode("abc")).catch(() => {}); w.close().catch(() => {}); return b.put("fl", f.readable); });
    out.fixedLongHead = await tr(() => b.head("fl"));
    out.fixedZero = await tb(async () => { const f = new FixedLengthStream(0); f.writable.getWriter().close(); await b.put("f0", f.readable); return b.get("f0"); });
    out.fixedBig = await tr(async () => { const f = new FixedLengthStream(3n); const w = f.writable.getWriter(); w.write(te.encode("xyz")); w.close(); await b.put("fb", f.readable); return b.head("fb"); });
    out.locked = await tr(async () => { const s = new Response("locked").body; s.getReader(); return b.put("lk", s); });
    out.disturbed = await tr(async () => { const r = new Response("disturbed"); await r.text(); return b.put("ds", r.body); });
    out.responseObj = await tr(() => b.put("ro", new Response("resp")));
    out.requestObj = await tr(() => b.put("rq", new Request("http://x/", { method: "POST", body: "req" })));
    out.gotBody = await tb(async () => { await b.put("src", "source object"); const o = await b.get("src"); await b.put("copy", o.body); return b.get("copy"); });
    out.gotRangeBody = await tb(async () => { const o = await b.get("src", { range: { offset: 7 } }); await b.put("copy2", o.body); return b.get("copy2"); });
    out.partStreams = await t(async () => {
      const u = await b.createMultipartUpload("mp");
      const r = {};
      r.response = await tr(() => u.uploadPart(1, new Response("part-one").body));
      r.identity = await tr(async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); w.write(te.encode("p2")); w.close(); return u.uploadPart(2, ts.readable); });
      r.fixed = await tr(async () => { const f = new FixedLengthStream(2); const w = f.writable.getWriter(); w.write(te.encode("p3")); w.close(); return u.uploadPart(3, f.readable); });
      r.constructed = await tr(() => u.uploadPart(4, new ReadableStream({ start(c) { c.enqueue(te.encode("p4")); c.close(); } })));
      r.blob = await tr(() => u.uploadPart(5, new Blob(["p5"])));
      r.blobStream = await tr(() => u.uploadPart(6, new Blob(["p6"]).stream()));
      await u.abort();
      for (const k of Object.keys(r)) if (r[k].ok) r[k].ok = { partNumber: r[k].ok.partNumber, etag: typeof r[k].ok.etag, etagLength: r[k].ok.etag.length };
      return r;
    });
    out.list = await t(async () => lst(await b.list()));
  `),
];

export default [
  d1("d1-s21-reserved-uses", "the reserved _cf_ tables through views, triggers, copies, writes and DDL, and refused functions inside view and trigger bodies, created and then used", `
    await db.exec("CREATE TABLE t (a, b)");
    await db.exec("CREATE TABLE t2 (x)");
    const S = ["CREATE VIEW v1 AS SELECT * FROM _cf_METADATA", "SELECT * FROM v1", "SELECT count(*) FROM v1", "CREATE VIEW v2 AS SELECT sqlite_version() AS s", "SELECT * FROM v2", "CREATE VIEW v3 AS SELECT median(a) FROM t", "SELECT * FROM v3", "CREATE VIEW v4 AS SELECT * FROM nope", "SELECT * FROM v4",
      "CREATE TRIGGER tr1 AFTER INSERT ON t BEGIN INSERT INTO _cf_METADATA VALUES (99, 1); END", "INSERT INTO t VALUES (1, 1)", "CREATE TRIGGER tr2 AFTER UPDATE ON t BEGIN SELECT sqlite_version(); END", "UPDATE t SET a = 2", "DROP TRIGGER tr1", "DROP TRIGGER tr2", "INSERT INTO t VALUES (3, 3)",
      "CREATE TABLE c AS SELECT * FROM _cf_METADATA", "INSERT INTO t SELECT * FROM _cf_METADATA", "UPDATE _cf_METADATA SET value = 1", "DELETE FROM _cf_METADATA", "DROP TABLE _cf_METADATA", "ALTER TABLE _cf_METADATA RENAME TO m", "CREATE INDEX i ON _cf_METADATA (key)", "CREATE TRIGGER tr3 AFTER INSERT ON _cf_METADATA BEGIN SELECT 1; END",
      "SELECT count(*) FROM _cf_METADATA", "SELECT 1 FROM _cf_METADATA", "SELECT rowid FROM _cf_METADATA", "SELECT value FROM _cf_METADATA", "SELECT * FROM t WHERE a IN (SELECT key FROM _cf_METADATA)", "SELECT * FROM _cf_METADATA, t",
      "EXPLAIN PRAGMA FOREIGN_KEYS", "EXPLAIN ATTACH 'x' AS y", "EXPLAIN CREATE TEMP TABLE x (a)", "EXPLAIN SELECT * FROM _cf_METADATA", "EXPLAIN QUERY PLAN BEGIN", "EXPLAIN QUERY PLAN SELECT sqlite_version()", "EXPLAIN DROP TABLE _cf_METADATA", "EXPLAIN QUERY PLAN PRAGMA temp.table_list",
      "CREATE VIEW v5 AS SELECT value FROM _cf_METADATA", "SELECT * FROM v5", "CREATE VIEW v6 AS SELECT count(*) AS n FROM _cf_METADATA", "SELECT * FROM v6", "CREATE VIEW v7 AS SELECT 1 AS one FROM t", "SELECT * FROM v7",
      "CREATE TRIGGER tr4 AFTER INSERT ON t BEGIN INSERT INTO t2 SELECT value FROM _cf_METADATA; END", "INSERT INTO t VALUES (4, 4)", "DROP TRIGGER tr4",
      "CREATE TRIGGER tr5 AFTER INSERT ON t BEGIN DELETE FROM _cf_METADATA; END", "INSERT INTO t VALUES (5, 5)", "DROP TRIGGER tr5",
      "CREATE VIEW v8 AS SELECT reverse(a) AS r FROM t", "SELECT * FROM v8", "CREATE VIEW v10 AS SELECT * FROM v1", "SELECT * FROM v10", "SELECT 1 FROM v10 WHERE 0",
      "CREATE VIEW v11 AS SELECT abs(a) AS x, power(2, 3) AS p FROM t", "SELECT x FROM v11", "SELECT p FROM v11", "SELECT * FROM v2 WHERE 0", "SELECT * FROM v3 WHERE 0",
      "CREATE TRIGGER tr6 AFTER INSERT ON t WHEN sqlite_version() IS NOT NULL BEGIN SELECT 1; END", "INSERT INTO t VALUES (6, 6)", "DROP TRIGGER tr6",
      "CREATE TRIGGER tr7 AFTER DELETE ON t BEGIN SELECT sqlite_version(); END", "DELETE FROM t WHERE 0", "DROP TRIGGER tr7",
      "DROP VIEW v1", "DROP VIEW v2", "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name",
      "WITH c AS (SELECT * FROM _cf_METADATA) SELECT 1 FROM c", "SELECT m.value FROM _cf_METADATA m", "SELECT t.a FROM t JOIN _cf_METADATA m ON m.key = t.a", "SELECT _cf_METADATA.* FROM _cf_METADATA", "SELECT max(value) FROM _cf_METADATA", "SELECT oid FROM _cf_METADATA", "INSERT INTO t SELECT 1, 2 FROM _cf_METADATA", "INSERT INTO _cf_METADATA VALUES (5, 5)", "SELECT * FROM t WHERE EXISTS (SELECT 1 FROM _cf_METADATA)", "SELECT a FROM t ORDER BY (SELECT value FROM _cf_METADATA)"];
    for (const s of S) { const r = await rows(s); out[s] = r.ok && s.startsWith("EXPLAIN") ? { ok: r.ok.length > 0 } : r; }
    out.schema = await rows("SELECT type, name FROM sqlite_master WHERE name NOT LIKE '_cf%' ORDER BY name");
  `),
  d1("d1-s21-bodies-used", "which statements compile a view's or a trigger's body (and so meet its refused functions): UPDATE OF column lists, trigger chains, upserts, views in subqueries, CTEs and joins, names that only look like views, DROP and ALTER, EXPLAIN, pragmas; refused functions in CHECK, DEFAULT, generated columns and expression indexes", `
    await db.exec("CREATE TABLE t (a, b)");
    await db.exec("CREATE TABLE t2 (x)");
    await db.exec("CREATE TABLE t3 (v2, k INTEGER PRIMARY KEY)");
    await db.exec("INSERT INTO t VALUES (1, 1)");
    const S = ["CREATE VIEW v2 AS SELECT sqlite_version() AS s", "CREATE TRIGGER tb AFTER UPDATE OF b ON t BEGIN SELECT sqlite_version(); END",
      "UPDATE t SET a = 5", "UPDATE t SET b = 5", "UPDATE t SET a = 1, b = 2", "UPDATE OR IGNORE t SET b = 3", "DROP TRIGGER tb",
      "CREATE TRIGGER c1 AFTER INSERT ON t BEGIN INSERT INTO t2 VALUES (new.a); END", "CREATE TRIGGER c2 AFTER INSERT ON t2 BEGIN SELECT sqlite_version(); END", "INSERT INTO t VALUES (2, 2)", "INSERT INTO t2 VALUES (1)", "DROP TRIGGER c2", "INSERT INTO t VALUES (3, 3)", "DROP TRIGGER c1",
      "CREATE TRIGGER u1 AFTER UPDATE ON t3 BEGIN SELECT sqlite_version(); END", "INSERT INTO t3 (k, v2) VALUES (1, 1)", "INSERT INTO t3 (k, v2) VALUES (1, 2) ON CONFLICT (k) DO UPDATE SET v2 = 3", "INSERT INTO t3 (k, v2) VALUES (2, 2) ON CONFLICT DO NOTHING", "REPLACE INTO t3 (k, v2) VALUES (1, 9)", "DROP TRIGGER u1",
      "CREATE TRIGGER d1 BEFORE DELETE ON t3 BEGIN SELECT sqlite_version(); END", "REPLACE INTO t3 (k, v2) VALUES (1, 8)", "DELETE FROM t3 WHERE k = 99", "DROP TRIGGER d1",
      "SELECT v2 FROM t3", "SELECT 'v2'", "SELECT * FROM t WHERE a IN (SELECT s FROM v2)", "WITH c AS (SELECT * FROM v2) SELECT 1 FROM c", "SELECT t.a FROM t JOIN v2 ON 1", "SELECT * FROM t WHERE EXISTS (SELECT 1 FROM v2)",
      "SELECT * FROM main.v2", "EXPLAIN SELECT * FROM v2", "EXPLAIN QUERY PLAN SELECT * FROM v2", "PRAGMA table_info(v2)", "SELECT name FROM pragma_table_info('v2')", "SELECT count(*) FROM sqlite_master WHERE name = 'v2'",
      "CREATE VIEW v3 AS SELECT * FROM v2", "CREATE TABLE c AS SELECT * FROM v2", "INSERT INTO t2 SELECT * FROM v2", "ALTER TABLE t2 RENAME TO t2b", "ALTER TABLE t2b RENAME x TO y", "DROP VIEW v3", "DROP VIEW v2",
      "CREATE TABLE k1 (a CHECK (sqlite_version() IS NOT NULL))", "CREATE TABLE k2 (a DEFAULT (sqlite_version()), b)", "INSERT INTO k2 (b) VALUES (1)", "INSERT INTO k2 (a, b) VALUES (1, 1)", "INSERT INTO k2 DEFAULT VALUES", "SELECT count(*) FROM k2", "CREATE TABLE k4 (a DEFAULT (abs(-1)), b DEFAULT (upper('x')))", "INSERT INTO k4 DEFAULT VALUES", "SELECT * FROM k4", "CREATE TABLE k3 (a, b AS (power(a, 2)))", "CREATE INDEX ix ON t (reverse(a))", "CREATE INDEX ix2 ON t (a) WHERE sqlite_version() > ''",
      "CREATE VIEW v4 AS SELECT a FROM t WHERE a > 1", "CREATE TRIGGER io INSTEAD OF DELETE ON v4 BEGIN SELECT sqlite_version(); END", "DELETE FROM v4", "DROP TRIGGER io",
      "CREATE TRIGGER iu INSTEAD OF UPDATE ON v4 BEGIN UPDATE t SET a = new.a WHERE a = old.a; END", "UPDATE v4 SET a = 7", "SELECT a FROM t ORDER BY a"];
    for (const s of S) { const r = await rows(s); out[s] = r.ok && s.startsWith("EXPLAIN") ? { ok: r.ok.length > 0 } : r; }
    out.schema = await rows("SELECT type, name FROM sqlite_master WHERE name NOT LIKE '_cf%' ORDER BY name");
  `),
  d1("d1-s21-views-triggers-apps", "views and triggers as applications use them: updated_at triggers, audit tables, FTS5 content triggers, views with joins and aggregates, in exec and batch", `
    await db.exec("CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT, body TEXT, updated INTEGER DEFAULT 0)");
    await db.exec("CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, post INTEGER, what TEXT)");
    await db.exec("CREATE VIRTUAL TABLE posts_fts USING fts5(title, body, content='posts', content_rowid='id')");
    out.exec = await t(async () => { const r = await db.exec("CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO posts_fts(rowid, title, body) VALUES (new.id, new.title, new.body); INSERT INTO audit (post, what) VALUES (new.id, 'insert'); END;\\nCREATE TRIGGER posts_au AFTER UPDATE OF title, body ON posts BEGIN INSERT INTO posts_fts(posts_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); INSERT INTO posts_fts(rowid, title, body) VALUES (new.id, new.title, new.body); UPDATE posts SET updated = updated + 1 WHERE id = new.id; END;\\nCREATE VIEW post_stats AS SELECT p.id, p.title, count(a.id) AS events, max(a.what) AS last FROM posts p LEFT JOIN audit a ON a.post = p.id GROUP BY p.id"); return r.count; });
    out.inserts = await t(async () => (await db.batch([db.prepare("INSERT INTO posts (title, body) VALUES (?, ?)").bind("hello", "world"), db.prepare("INSERT INTO posts (title, body) VALUES (?, ?)").bind("second", "post body")])).map((r) => [r.meta.changes, r.meta.last_row_id, r.meta.changed_db]));
    out.update = await t(async () => { const r = await db.prepare("UPDATE posts SET title = ? WHERE id = ?").bind("hello again", 1).run(); return [r.success, r.meta.last_row_id, r.meta.changed_db]; });
    out.search = await rows("SELECT rowid, title FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rowid", "hello");
    out.stats = await t(async () => (await db.prepare("SELECT * FROM post_stats ORDER BY id").all()).results);
    out.statsMeta = await t(async () => { const r = await db.prepare("SELECT * FROM post_stats").all(); return [r.meta.rows_written, r.meta.changes, r.results.length]; });
    out.audit = await rows("SELECT post, what FROM audit ORDER BY id");
    out.updated = await rows("SELECT id, updated FROM posts ORDER BY id");
    out.viewWrite = await rows("INSERT INTO post_stats (id) VALUES (9)");
    out.viewDelete = await rows("DELETE FROM post_stats");
    out.insteadOf = await t(async () => { await db.exec("CREATE TRIGGER ps_del INSTEAD OF DELETE ON post_stats BEGIN DELETE FROM posts WHERE id = old.id; END"); const r = await db.prepare("DELETE FROM post_stats WHERE id = 2").run(); return [r.meta.changes, r.meta.rows_written]; });
    out.after = await rows("SELECT id, title FROM posts ORDER BY id");
    out.raise = await t(async () => { await db.exec("CREATE TRIGGER no_empty BEFORE INSERT ON posts WHEN new.title = '' BEGIN SELECT RAISE(ABORT, 'title required'); END"); return (await db.prepare("INSERT INTO posts (title) VALUES ('')").run()).success; });
    out.raiseIgnore = await t(async () => { await db.exec("CREATE TRIGGER skip_x BEFORE INSERT ON posts WHEN new.title = 'x' BEGIN SELECT RAISE(IGNORE); END"); const r = await db.prepare("INSERT INTO posts (title) VALUES ('x')").run(); return [r.meta.changes, r.meta.last_row_id, r.meta.rows_written]; });
    out.raiseFail = await t(async () => { await db.exec("CREATE TRIGGER fail_y BEFORE INSERT ON posts WHEN new.title = 'y' BEGIN SELECT RAISE(FAIL, 'no y'); END"); return (await db.batch([db.prepare("INSERT INTO posts (title) VALUES ('z')"), db.prepare("INSERT INTO posts (title) VALUES ('y')")])).length; });
    out.final = await rows("SELECT id, title FROM posts ORDER BY id");
    out.schema = await rows("SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('view', 'trigger') ORDER BY name");
  `),
  ...r2cases,
];
