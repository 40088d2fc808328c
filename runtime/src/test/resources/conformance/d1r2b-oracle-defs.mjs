// d1r2b: D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs d1r2b` (cases land in out/d1 and out/r2).
import { modWorker, get, req } from "./_h.mjs";

const D1P = `
const meta = (r) => { if (!r || !r.meta) return r; const m = { ...r.meta }; m.duration = typeof m.duration; m.size_after = typeof m.size_after; if (m.timings) m.timings = Object.fromEntries(Object.entries(m.timings).map(([k, v]) => [k, typeof v])); return { ...r, meta: m }; };
const tm = async (fn) => { const r = await t(fn); if (r.error && typeof r.error.message === "string") r.error.message = r.error.message.split("\\n")[0]; if (r.ok && typeof r.ok === "object") r.ok = Array.isArray(r.ok) ? r.ok.map(meta) : meta(r.ok); return r; };
const val = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.ok) r.ok = r.ok[0]; if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; };
`;
const d1 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1P}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const R2P = `
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  version: typeof o.version === "string" && o.version.length > 0, uploaded: o.uploaded instanceof Date,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o, ssecKeyMd5: o.ssecKeyMd5 === undefined ? "absent" : o.ssecKeyMd5,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const tb = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const d = desc(r.ok); if (r.ok.body && !r.ok.bodyUsed) d.text = await r.ok.text(); r.ok = d; } return r; };
const lst = (l) => ({ keys: l.objects.map((o) => o.key), prefixes: l.delimitedPrefixes, truncated: l.truncated, hasCursor: typeof l.cursor === "string", keysOf: Object.keys(l).sort() });
`;
const r2 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

const CASES_EXTRA = [];
const D1_CASES = [
  d1("d1r2b-d1-sql-functions", "SQLite scalar functions through D1: changes/total_changes/last_insert_rowid, string, date and math functions of recent SQLite versions", `
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    out.ins = await val("INSERT INTO t (v) VALUES ('a'), ('b'), ('c') RETURNING id");
    out.changesFn = await val("SELECT changes(), last_insert_rowid()");
    out.totalChanges = await val("SELECT typeof(total_changes())");
    out.upd = await tm(() => db.prepare("UPDATE t SET v = upper(v)").run());
    out.changesAfterUpd = await val("SELECT changes()");
    out.unicode = await val("SELECT unicode('é'), char(72, 105), replace('abcabc', 'b', 'X'), instr('hello', 'l'), ltrim('xxaxx', 'x'), rtrim('xxaxx', 'x')");
    out.printf = await val("SELECT printf('%5.2f|%-4d|%s|%x|%05d|%q', 3.14159, 7, 'z', 255, 42, 'it''s'), format('%d%%', 5)");
    out.quote = await val("SELECT quote('a''b'), quote(1.5), quote(NULL), quote(x'00ff'), quote(12)");
    out.concat = await t(() => db.prepare("SELECT concat('a', NULL, 1, 2.5) AS c, concat_ws('-', 'a', NULL, 'b') AS w").first());
    out.octet = await val("SELECT octet_length('é'), length('é'), length(x'0001')");
    out.unhex = await val("SELECT hex(unhex('00ff')), unhex('zz') IS NULL");
    out.dates = await val("SELECT date('2024-02-29', '+1 year'), datetime(0, 'unixepoch'), strftime('%s', '2020-01-01'), julianday('2000-01-01'), time('12:34:56.789'), unixepoch('2020-01-01 00:00:00')");
    out.subsec = await val("SELECT datetime(1700000000.123, 'unixepoch', 'subsec'), strftime('%Y-%m-%dT%H:%M:%f', '2024-01-02 03:04:05.678')");
    out.timediff = await val("SELECT timediff('2024-03-01', '2024-02-01')");
    out.math = await val("SELECT round(pi(), 5), sqrt(16), pow(2, 10), log(100), ln(1), mod(10, 3), trunc(-2.7), ceil(1.2), floor(-1.2), sign(-5), abs(-3)");
    out.absMin = await val("SELECT abs(-9223372036854775808)");
    out.overflowSum = await val("SELECT sum(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)");
    out.total = await val("SELECT total(x), avg(x), typeof(avg(x)) FROM (SELECT 1 AS x UNION ALL SELECT 2)");
    out.groupConcatOrder = await val("SELECT group_concat(v, ',' ORDER BY v DESC) FROM t");
    out.stringAgg = await val("SELECT string_agg(v, ';') FROM (SELECT v FROM t ORDER BY id)");
    out.iif = await val("SELECT iif(1, 'y', 'n'), nullif(1, 1), coalesce(NULL, NULL, 3), ifnull(NULL, 'd'), likely(1), unlikely(0)");
    out.glob = await val("SELECT 'abc' GLOB 'a*', 'ABC' LIKE 'abc', 'abc' GLOB 'A*'");
    out.random = await val("SELECT typeof(random()), length(randomblob(8)), typeof(randomblob(4))");
    out.hexSigned = await val("SELECT hex(-1), 0x7fffffffffffffff, typeof(0x10)");
    out.sqliteVersionAtLeast = await val("SELECT sqlite_version() >= '3.45'");
    out.compileOption = await val("SELECT sqlite_compileoption_used('ENABLE_FTS5'), sqlite_compileoption_used('THREADSAFE')");
    out.soundex = await val("SELECT soundex('Robert')");
    out.jsonValid = await val("SELECT json_valid('{}'), json_valid('{'), json_type('[1]'), json_array_length('[1,2,3]'), json_quote('a\\"b')");
    out.jsonb = await val("SELECT typeof(jsonb('{}')), json(jsonb('{\\"a\\":1}'))");
    out.jsonPretty = await val("SELECT json_pretty('{\\"a\\":[1,2]}')");
    out.jsonErrPos = await val("SELECT json_error_position('{\\"a\\":}')");`),

  d1("d1r2b-d1-sql-errors-more", "SQLite error messages through D1 for statements that fail to prepare or run", `
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL, n INTEGER CHECK (n > 0), CONSTRAINT named_chk CHECK (length(v) < 10))");
    await db.exec("CREATE VIEW vw AS SELECT * FROM t");
    await db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (pid INTEGER REFERENCES p(id))");
    const q = (sql, ...v) => tm(() => db.prepare(sql).bind(...v).all()).then((r) => { if (r.ok) delete r.ok.meta.rows_read; return r; });
    out.incomplete = await q("SELECT");
    out.unrecognized = await q("SELECT 1 ` + "`" + `");
    out.unrecognizedTok = await q("SELECT #");
    out.wrongArgs = await q("SELECT substr()");
    out.misuseAgg = await q("SELECT * FROM t WHERE count(*) > 1");
    out.exists = await q("CREATE TABLE t (x)");
    out.idxExists = await q("CREATE INDEX i1 ON t(v)").then(() => q("CREATE INDEX i1 ON t(v)"));
    out.noIndex = await q("DROP INDEX nope");
    out.noView = await q("DROP VIEW nope");
    out.noTable = await q("DROP TABLE nope");
    out.viewWrite = await q("INSERT INTO vw VALUES (1, 'a', 1)");
    out.notNull = await q("INSERT INTO t (v, n) VALUES (NULL, 1)");
    out.checkAnon = await q("INSERT INTO t (v, n) VALUES ('a', 0)");
    out.checkNamed = await q("INSERT INTO t (v, n) VALUES ('aaaaaaaaaaaa', 1)");
    out.fk = await q("INSERT INTO c VALUES (5)");
    out.fkDelete = await q("INSERT INTO p VALUES (1)").then(() => q("INSERT INTO c VALUES (1)")).then(() => q("DELETE FROM p"));
    out.subselect = await q("SELECT (SELECT 1, 2)");
    out.rowValue = await q("SELECT (1, 2) + 1");
    out.orderByRange = await q("SELECT 1 ORDER BY 2");
    out.groupByRange = await q("SELECT 1 GROUP BY 3");
    out.compoundOrder = await q("SELECT 1 AS a UNION SELECT 2 ORDER BY b");
    out.compoundCols = await q("SELECT 1 UNION SELECT 1, 2");
    out.valuesTerms = await q("VALUES (1), (1, 2)");
    out.dupCol = await q("CREATE TABLE d (a, a)");
    out.noTables = await q("SELECT *");
    out.autoinc = await q("CREATE TABLE ai (id TEXT PRIMARY KEY AUTOINCREMENT)");
    out.twoPk = await q("CREATE TABLE tp (a PRIMARY KEY, b PRIMARY KEY)");
    out.defaultNotConst = await q("CREATE TABLE dn (a DEFAULT (random()))").then(() => q("ALTER TABLE dn ADD COLUMN b DEFAULT (random())"));
    out.alterNotNull = await q("ALTER TABLE t ADD COLUMN z NOT NULL");
    out.noCollation = await q("SELECT 'a' COLLATE nope");
    out.noSuchColumnQualified = await q("SELECT t.nope FROM t");
    out.noSuchColumnAlias = await q("SELECT x.id FROM t");
    out.distinctAgg = await q("SELECT count(DISTINCT id, v) FROM t");
    out.having = await q("SELECT v FROM t HAVING v > 1");
    out.windowMisuse = await q("SELECT row_number() FROM t");
    out.intOverflow = await q("SELECT 9223372036854775807 + 1");
    out.intOverflowAbs = await q("SELECT -9223372036854775808 * -1");
    out.castOverflow = await q("SELECT CAST('99999999999999999999' AS INTEGER)");
    out.renameMissing = await q("ALTER TABLE nope RENAME TO x");
    out.dropColPk = await q("ALTER TABLE t DROP COLUMN id");
    out.dropColMissing = await q("ALTER TABLE t DROP COLUMN zz");
    out.triggerOnView = await q("CREATE TRIGGER tr AFTER INSERT ON vw BEGIN SELECT 1; END");
    out.circularView = await q("CREATE VIEW cv AS SELECT * FROM cv");
    out.tooManyCte = await q("WITH a AS (SELECT 1), a AS (SELECT 2) SELECT * FROM a");
    out.badJsonPath = await q("SELECT json_extract('{}', 'nope')");
    out.badJsonPath2 = await q("SELECT json_extract('{\\"a\\":1}', '$.')");
    out.malformed = await q("SELECT json('x')");
    out.likeEscape = await q("SELECT 'a' LIKE 'a' ESCAPE 'xy'");
    out.rightJoin = await q("SELECT * FROM t RIGHT JOIN p ON 1");
    out.fullJoin = await q("SELECT * FROM t FULL JOIN p ON 1");`),

  d1("d1r2b-d1-statement-reuse", "prepared statements are immutable: bind returns a new statement, one statement run many ways, concurrently and in batches", `
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    const ins = db.prepare("INSERT INTO t (v) VALUES (?) RETURNING id, v");
    const a = ins.bind("a"), bb = ins.bind("b");
    out.sameObj = a === ins;
    out.ctor = ins.constructor.name;
    out.bindReturnsCtor = a.constructor.name;
    out.unbound = await tm(() => ins.run());
    out.runA = await tm(() => a.run());
    out.runA2 = await tm(() => a.all());
    out.firstB = await t(() => bb.first());
    out.rawA = await t(() => a.raw());
    out.concurrent = await t(async () => (await Promise.all([ins.bind("p").first("v"), ins.bind("q").first("v"), ins.bind("r").first("v")])));
    out.batchSame = await tm(() => db.batch([a, a, bb]));
    out.count = await val("SELECT count(*), group_concat(v) FROM (SELECT v FROM t ORDER BY id)");
    const sel = db.prepare("SELECT v FROM t WHERE id > ? ORDER BY id");
    out.sel1 = await t(() => sel.bind(0).raw());
    out.sel2 = await t(() => sel.bind(5).raw());
    out.selFirstThenAll = await t(async () => { const s = sel.bind(1); return [await s.first("v"), (await s.all()).results.length, await s.raw({ columnNames: true })]; });
    out.rebindOverride = await t(() => sel.bind(0).bind(8).raw());
    out.bindNoArgs = await t(() => sel.bind().raw());
    out.keys = Object.keys(ins);
    out.jsonStmt = JSON.stringify(a);
    out.toStr = Object.prototype.toString.call(ins);`),

  d1("d1r2b-d1-meta-shapes", "full meta objects of run/all on writes, reads, DDL, failed statements in batch; exec result keys; rows counters with triggers", `
    const keysOf = (r) => ({ keys: Object.keys(r).sort(), metaKeys: Object.keys(r.meta).sort(), m: { changes: r.meta.changes, last_row_id: r.meta.last_row_id, changed_db: r.meta.changed_db, rows_read: r.meta.rows_read, rows_written: r.meta.rows_written, served_by_primary: r.meta.served_by_primary, served_by_region: r.meta.served_by_region, served_by: r.meta.served_by, timings: Object.keys(r.meta.timings ?? {}), success: r.success, tsa: typeof r.meta.size_after } });
    const k = async (fn) => { try { return keysOf(await fn()); } catch (e) { return { err: e.message }; } };
    out.ddl = await k(() => db.prepare("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)").run());
    await db.exec("CREATE TABLE log (m TEXT); CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.v); INSERT INTO log VALUES (new.v || '2'); END");
    out.insTrigger = await k(() => db.prepare("INSERT INTO t (v) VALUES ('a')").run());
    out.insTrigger2 = await k(() => db.prepare("INSERT INTO t (v) VALUES ('b'), ('c')").run()); delete out.insTrigger2.m.rows_read; // estimated here
    out.selAll = await k(() => db.prepare("SELECT * FROM t").all());
    out.selRun = await k(() => db.prepare("SELECT * FROM log").run());
    out.updNone = await k(() => db.prepare("UPDATE t SET v = 'x' WHERE id = 99").run());
    out.del = await k(() => db.prepare("DELETE FROM t WHERE id = 1").run());
    out.delAll = await k(() => db.prepare("DELETE FROM log").run());
    out.dropTrigger = await k(() => db.prepare("DROP TRIGGER tr").run());
    out.drop = await k(() => db.prepare("DROP TABLE log").run());
    out.pragma = await k(() => db.prepare("PRAGMA table_info(t)").all()); delete out.pragma.m.rows_read; // estimated here
    out.batch = await t(async () => (await db.batch([db.prepare("INSERT INTO t (v) VALUES ('d')"), db.prepare("SELECT count(*) AS n FROM t")])).map(keysOf));
    const ex = await db.exec("INSERT INTO t (v) VALUES ('e'); INSERT INTO t (v) VALUES ('f')");
    out.exec = { keys: Object.keys(ex).sort(), count: ex.count, dur: typeof ex.duration };
    out.resultsArrayType = Array.isArray((await db.prepare("SELECT 1").all()).results);
    out.rowProto = await t(async () => { const r = await db.prepare("SELECT 1 AS a").first(); return [Object.getPrototypeOf(r) === Object.prototype, JSON.stringify(r)]; });
    out.rawRowProto = await t(async () => { const r = await db.prepare("SELECT 1 AS a").raw(); return [Array.isArray(r[0]), Object.getPrototypeOf(r[0]) === Array.prototype]; });
    out.lastRowIdNoRowid = await k(() => db.exec("CREATE TABLE wr (k TEXT PRIMARY KEY, v) WITHOUT ROWID").then(() => db.prepare("INSERT INTO wr VALUES ('x', 1)").run()));
    out.replace = await k(() => db.prepare("INSERT OR REPLACE INTO t (id, v) VALUES (2, 'zz')").run());
    out.upsert = await k(() => db.prepare("INSERT INTO t (id, v) VALUES (2, 'yy') ON CONFLICT(id) DO UPDATE SET v = excluded.v").run());`),

  d1("d1r2b-d1-values-roundtrip", "values bound and read back: integers near 2^53 and 2^63, negative zero, tiny and huge reals, text numbers, blobs from every view, booleans, Dates and BigInts", `
    await db.exec("CREATE TABLE t (a, b INTEGER, c REAL, d TEXT, e BLOB, f NUMERIC)");
    const rt = async (v) => { try { await db.prepare("DELETE FROM t").run(); await db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)").bind(v, v, v, v, v, v).run(); const r = await db.prepare("SELECT a, b, c, d, e, f, typeof(a) ta, typeof(b) tb, typeof(c) tc, typeof(d) td, typeof(e) te, typeof(f) tf FROM t").first(); if (typeof v === "number" && r.td === "text") r.d = "(a real as text: SQLite versions differ)"; for (const k of Object.keys(r)) if (r[k] instanceof ArrayBuffer || Array.isArray(r[k])) r[k] = { arr: Array.isArray(r[k]), v: [...(Array.isArray(r[k]) ? r[k] : new Uint8Array(r[k]))] }; else if (typeof r[k] === "number" && !Number.isFinite(r[k])) r[k] = String(r[k]); else if (Object.is(r[k], -0)) r[k] = "-0"; return r; } catch (e) { return { err: e.name + ": " + String(e.message).split("\\n")[0] }; } };
    out.i53 = await rt(2 ** 53);
    out.i53p = await rt(2 ** 53 + 2);
    out.neg53 = await rt(-(2 ** 53));
    out.i63 = await rt(2 ** 63);
    out.negI63 = await rt(-(2 ** 63));
    out.i64 = await rt(2 ** 64);
    out.negZero = await rt(-0);
    out.tiny = await rt(5e-324);
    out.huge = await rt(1.7976931348623157e308);
    out.frac = await rt(0.1 + 0.2);
    out.textNum = await rt("007");
    out.textReal = await rt("1e3");
    out.textSpace = await rt(" 12 ");
    out.textHex = await rt("0x10");
    out.emptyStr = await rt("");
    out.boolF = await rt(false);
    out.u8 = await rt(new Uint8Array([1, 2, 3]));
    out.u16 = await rt(new Uint16Array([258]));
    out.i8sub = await rt(new Int8Array([1, -1, 5]).subarray(1));
    out.dv = await rt(new DataView(new Uint8Array([9, 8, 7]).buffer, 1));
    out.ab = await rt(new ArrayBuffer(2));
    out.arr = await rt([1, 2]);
    out.date = await rt(new Date(0));
    out.bigint = await rt(12n);
    out.blobRead = await t(async () => { const r = await db.prepare("SELECT x'deadbeef' AS b, zeroblob(2) AS z").first(); return [Array.isArray(r.b), r.b instanceof ArrayBuffer, Array.isArray(r.b) ? r.b : [...new Uint8Array(r.b)], Array.isArray(r.z) ? r.z : [...new Uint8Array(r.z)]]; });
    out.blobRaw = await t(async () => { const r = await db.prepare("SELECT x'0102' AS b").raw(); return [Array.isArray(r[0][0]), r[0][0]]; });
    out.literalBig = await val("SELECT 9007199254740993, -9223372036854775808, 9223372036854775807, 1e308 * 10, -1e308 * 10, 0.0 * -1");
    out.textFromBigInt = await val("SELECT CAST(9223372036854775807 AS TEXT), 9223372036854775807 = 9223372036854775806");
    out.paramEqBig = await val("SELECT ? = 9007199254740993, ? = 9007199254740992", 2 ** 53 + 1, 2 ** 53);`),

  d1("d1r2b-d1-sessions-more", "withSession: constraint strings, bookmark values across reads and writes, getBookmark before any query, sessions after batch/exec, session statements in the database's batch", `
    const bm = (b) => b === null ? null : typeof b === "string" ? "str" + b.length : typeof b;
    const s0 = db.withSession();
    out.beforeAny = bm(s0.getBookmark());
    out.s0Ctor = s0.constructor.name;
    await s0.prepare("CREATE TABLE t (x)").run();
    const b1 = s0.getBookmark();
    out.afterDdl = bm(b1);
    await s0.prepare("SELECT 1").all();
    const b2 = s0.getBookmark();
    out.readSame = b1 === b2;
    await s0.prepare("INSERT INTO t VALUES (1)").run();
    const b3 = s0.getBookmark();
    out.writeGreater = b3 > b2;
    out.first = await t(() => bm(db.withSession("first-primary").getBookmark()));
    out.unconstrained = await t(() => bm(db.withSession("first-unconstrained").getBookmark()));
    out.fromBookmark = await t(() => bm(db.withSession(b1).getBookmark()));
    out.fromBookmarkEq = await t(() => db.withSession(b1).getBookmark() === b1);
    out.badConstraint = await t(() => bm(db.withSession("nonsense").getBookmark()));
    out.badType = await t(() => bm(db.withSession(42).getBookmark()));
    out.nullArg = await t(() => bm(db.withSession(null).getBookmark()));
    out.undefArg = await t(() => bm(db.withSession(undefined).getBookmark()));
    const s1 = db.withSession("first-unconstrained");
    out.s1batch = await t(async () => { const r = await s1.batch([s1.prepare("INSERT INTO t VALUES (2)"), s1.prepare("SELECT count(*) AS n FROM t")]); return [r.length, r[1].results, bm(s1.getBookmark())]; });
    out.s1exec = await t(() => typeof s1.exec);
    out.s1dump = await t(() => typeof s1.dump);
    out.mixBatch = await t(async () => { const r = await db.batch([s1.prepare("SELECT 1 AS a")]); return r[0].results; });
    out.sessionFromSessionStmt = await t(async () => { const r = await s1.batch([db.prepare("SELECT 2 AS a")]); return r[0].results; });
    out.errorKeepsBookmark = await t(async () => { const s = db.withSession(); await s.prepare("SELECT 1").run(); const before = s.getBookmark(); try { await s.prepare("SELECT * FROM nope").run(); } catch {} return s.getBookmark() === before; });
    out.metaServed = await t(async () => { const r = await s1.prepare("SELECT 1").run(); return [r.meta.served_by_primary, r.meta.served_by_region, typeof r.meta.served_by]; });`),

  d1("d1r2b-d1-pragmas-schema", "schema introspection: PRAGMA forms with arguments, pragma table-valued functions, sqlite_schema contents after DDL, index lists, foreign keys", `
    await db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL DEFAULT 'x'); CREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id) ON DELETE CASCADE, note TEXT); CREATE INDEX c_pid ON c(pid); CREATE VIEW v AS SELECT id FROM p");
    const q = (sql) => tm(() => db.prepare(sql).all().then((r) => r.results));
    out.tableInfo = await q("PRAGMA table_info(c)");
    out.tableInfoQuoted = await q("PRAGMA table_info('p')");
    out.tableXinfo = await q("PRAGMA table_xinfo(p)");
    out.indexList = await q("PRAGMA index_list(p)");
    out.indexInfo = await q("PRAGMA index_info(c_pid)");
    out.fkList = await q("PRAGMA foreign_key_list(c)");
    out.fkCheck = await q("PRAGMA foreign_key_check");
    out.fks = await q("PRAGMA foreign_keys");
    out.fksOff = await q("PRAGMA foreign_keys = OFF");
    out.fksAfter = await q("PRAGMA foreign_keys");
    out.tableList = await tm(() => db.prepare("PRAGMA table_list").all().then((r) => r.results.sort((x, y) => x.name < y.name ? -1 : 1)));
    out.schema = await q("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
    out.pragmaFn = await q("SELECT name, type, pk FROM pragma_table_info('c')");
    out.userVersion = await q("PRAGMA user_version");
    out.setUserVersion = await q("PRAGMA user_version = 3");
    out.quickCheck = await q("PRAGMA quick_check");
    out.integrity = await q("PRAGMA integrity_check");
    out.pageSize = await q("PRAGMA page_size");
    out.journal = await q("PRAGMA journal_mode");
    out.cacheSize = await q("PRAGMA cache_size");
    out.encoding = await q("PRAGMA encoding");
    out.recursiveTriggers = await q("PRAGMA recursive_triggers");
    out.ignoreCheck = await q("PRAGMA ignore_check_constraints");
    out.legacyAlter = await q("PRAGMA legacy_alter_table");
    out.optimize = await q("PRAGMA optimize");
    out.caseLike = await q("PRAGMA case_sensitive_like = 1");
    out.dbList = await q("PRAGMA database_list");
    out.collationList = await q("PRAGMA collation_list");
    out.functionList = await t(async () => (await db.prepare("PRAGMA function_list").all()).results.length > 10);
    out.analyze = await q("ANALYZE");
    out.stat1 = await q("SELECT tbl FROM sqlite_stat1 ORDER BY tbl");
    out.dropView = await q("DROP VIEW v");
    out.renameTable = await q("ALTER TABLE c RENAME TO c2");
    out.renameCol = await q("ALTER TABLE c2 RENAME COLUMN note TO memo");
    out.schemaAfter = await q("SELECT name, sql FROM sqlite_master WHERE name LIKE 'c%' ORDER BY name");`),
];

const R2_CASES = [
  r2("d1r2b-r2-list-combos", "list(): startAfter with cursor, prefix equal to a key, delimiter at the key's end, include with delimiter, limits with delimited prefixes, empty results' shape", `
    for (const k of ["a", "a/", "a/b", "a/b/c", "a/c", "ab", "b/x", "b/y/z", "c"]) await b.put(k, k, { customMetadata: { k }, httpMetadata: { contentType: "text/x-" + k.length } });
    const L = async (o) => { try { return lst(await b.list(o)); } catch (e) { return { err: e.name + ": " + e.message }; } };
    out.all = await L();
    out.prefixKey = await L({ prefix: "a/b" });
    out.prefixDelim = await L({ prefix: "a/", delimiter: "/" });
    out.delimRoot = await L({ delimiter: "/" });
    out.delimLimit1 = await L({ delimiter: "/", limit: 1 });
    out.delimLimit2 = await L({ delimiter: "/", limit: 2 });
    out.startAfterPrefix = await L({ startAfter: "a/", delimiter: "/" });
    out.startAfterInPrefix = await L({ prefix: "a/", startAfter: "a/b" });
    out.startAfterBeforePrefix = await L({ prefix: "b/", startAfter: "a" });
    out.startAfterAfterAll = await L({ startAfter: "z" });
    out.emptyPrefixNoMatch = await L({ prefix: "zz" });
    out.delimOther = await L({ delimiter: "b" });
    out.cursorChain = await t(async () => { const pages = []; let cursor; for (let i = 0; i < 10; i++) { const l = await b.list({ limit: 3, cursor }); pages.push(l.objects.map((o) => o.key)); if (!l.truncated) break; cursor = l.cursor; } return pages; });
    out.cursorWithStartAfter = await t(async () => { const l = await b.list({ limit: 2 }); const l2 = await b.list({ limit: 2, cursor: l.cursor, startAfter: "b" }); return l2.objects.map((o) => o.key); });
    out.cursorOtherPrefix = await t(async () => { const l = await b.list({ limit: 1, prefix: "a" }); const l2 = await b.list({ limit: 2, cursor: l.cursor, prefix: "b" }); return l2.objects.map((o) => o.key); });
    out.cursorDelimChain = await t(async () => { const pages = []; let cursor; for (let i = 0; i < 10; i++) { const l = await b.list({ limit: 2, cursor, delimiter: "/" }); pages.push([l.objects.map((o) => o.key), l.delimitedPrefixes]); if (!l.truncated) break; cursor = l.cursor; } return pages; });
    out.includeDelim = await t(async () => { const l = await b.list({ delimiter: "/", include: ["customMetadata", "httpMetadata"] }); return l.objects.map((o) => [o.key, o.customMetadata, o.httpMetadata]); });
    out.noInclude = await t(async () => { const l = await b.list({ prefix: "c" }); const o = l.objects[0]; return [o.constructor.name, o.customMetadata, o.httpMetadata, "body" in o, o.size, o.checksums.toJSON()]; });
    out.includeEmpty = await t(async () => { const l = await b.list({ prefix: "c", include: [] }); const o = l.objects[0]; return [o.customMetadata, o.httpMetadata]; });
    out.includeBad = await L({ include: ["nope"] });
    out.includeString = await L({ include: "customMetadata" });
    out.limit0 = await L({ limit: 0 });
    out.limitNeg = await L({ limit: -1 });
    out.limitFloat = await L({ limit: 1.5 });
    out.limitStr = await L({ limit: "2" });
    out.limitBig = await L({ limit: 1001 });
    out.badCursor = await L({ cursor: "nonsense" });
    out.emptyCursor = await L({ cursor: "" });
    out.nullOpts = await L(null);
    out.delimEmpty = await L({ delimiter: "" });`),

  r2("d1r2b-r2-range-onlyif-more", "get(): range objects of odd shapes, ranges on empty objects, ranges with onlyIf passing, Headers ranges with several ranges, head ignoring range", `
    await b.put("k", "0123456789");
    await b.put("e", "");
    const G = (key, o) => tb(() => b.get(key, o));
    const R = async (key, o) => { const r = await t(() => b.get(key, o)); if (r.ok && r.ok.key) { return { range: r.ok.range, text: "body" in r.ok ? await r.ok.text() : "nobody", size: r.ok.size }; } return r; };
    out.offLen = await R("k", { range: { offset: 2, length: 3 } });
    out.offOnly = await R("k", { range: { offset: 7 } });
    out.lenOnly = await R("k", { range: { length: 4 } });
    out.suffix = await R("k", { range: { suffix: 3 } });
    out.suffixZero = await R("k", { range: { suffix: 0 } });
    out.lenZero = await R("k", { range: { offset: 2, length: 0 } });
    out.offEnd = await R("k", { range: { offset: 10 } });
    out.offPast = await R("k", { range: { offset: 11 } });
    out.lenPast = await R("k", { range: { offset: 8, length: 100 } });
    out.emptyRange = await R("k", { range: {} });
    out.suffixAndOffset = await R("k", { range: { suffix: 2, offset: 1 } });
    out.negOffset = await R("k", { range: { offset: -1 } });
    out.floatOffset = await R("k", { range: { offset: 1.5, length: 2 } });
    out.strOffset = await R("k", { range: { offset: "2", length: "2" } });
    out.emptyObjRangeLen = await R("e", { range: { offset: 0, length: 1 } });
    out.emptyObjSuffix = await R("e", { range: { suffix: 1 } });
    out.emptyObjOffset1 = await R("e", { range: { offset: 1 } });
    out.hBytes = await R("k", { range: new Headers({ range: "bytes=1-3" }) });
    out.hOpen = await R("k", { range: new Headers({ range: "bytes=5-" }) });
    out.hSuffix = await R("k", { range: new Headers({ range: "bytes=-4" }) });
    out.hMulti = await R("k", { range: new Headers({ range: "bytes=0-1, 3-4" }) });
    out.hBadUnit = await R("k", { range: new Headers({ range: "items=0-1" }) });
    out.hPast = await R("k", { range: new Headers({ range: "bytes=20-30" }) });
    out.hInverted = await R("k", { range: new Headers({ range: "bytes=5-2" }) });
    out.hEmpty = await R("k", { range: new Headers({ range: "" }) });
    out.hNone = await R("k", { range: new Headers() });
    out.hSpace = await R("k", { range: new Headers({ range: "bytes = 1-2" }) });
    out.hEndPast = await R("k", { range: new Headers({ range: "bytes=8-100" }) });
    const etag = (await b.head("k")).etag;
    out.rangeOnlyIfPass = await R("k", { range: { offset: 1, length: 2 }, onlyIf: { etagMatches: etag } });
    out.rangeOnlyIfFail = await G("k", { range: { offset: 1, length: 2 }, onlyIf: { etagDoesNotMatch: etag } });
    out.onlyIfHeadersRangeHeaders = await R("k", { range: new Headers({ range: "bytes=0-0" }), onlyIf: new Headers({ "if-match": '"' + etag + '"' }) });
    out.onlyIfWildcard = await R("k", { onlyIf: { etagMatches: "*" } });
    out.onlyIfWildcardNot = await G("k", { onlyIf: { etagDoesNotMatch: "*" } });
    out.onlyIfQuoted = await R("k", { onlyIf: { etagMatches: '"' + etag + '"' } });
    out.onlyIfWeak = await R("k", { onlyIf: { etagMatches: 'W/"' + etag + '"' } });
    out.onlyIfList = await R("k", { onlyIf: { etagMatches: ["nope", etag] } });
    out.onlyIfHeaderList = await R("k", { onlyIf: new Headers({ "if-match": '"nope", "' + etag + '"' }) });
    out.onlyIfHeaderNoneMatchStar = await G("k", { onlyIf: new Headers({ "if-none-match": "*" }) });
    out.onlyIfHeaderUnquoted = await R("k", { onlyIf: new Headers({ "if-match": etag }) });
    out.headRange = await tr(() => b.head("k", { range: { offset: 1, length: 2 } }));
    out.missingWithRange = await t(() => b.get("nope", { range: { offset: 1 } }));
    out.missingWithOnlyIf = await t(() => b.get("nope", { onlyIf: { etagMatches: "x" } }));`),

  r2("d1r2b-r2-multipart-flow", "multipart uploads: the upload object's shape, parts of equal size, complete with parts out of order and duplicates, wrong etags, list visibility before completion, abort after complete", `
    const MB = 1024 * 1024;
    const big = (c) => new Uint8Array(5 * MB).fill(c);
    const u = await b.createMultipartUpload("m", { customMetadata: { a: "1" }, httpMetadata: { contentType: "x/y" } });
    out.shape = { ctor: u.constructor.name, key: u.key, idType: typeof u.uploadId, keys: Object.keys(u).sort(), json: Object.keys(JSON.parse(JSON.stringify(u))).sort() };
    const p1 = await u.uploadPart(1, big(1));
    const p2 = await u.uploadPart(2, big(2));
    const p3 = await u.uploadPart(3, "tail");
    out.partShape = { keys: Object.keys(p1).sort(), n: p1.partNumber, etagType: typeof p1.etag, etagLen: p1.etag.length };
    out.listBefore = lst(await b.list());
    out.headBefore = await t(() => b.head("m"));
    out.wrongEtag = await t(() => u.complete([p1, { partNumber: 2, etag: "nope" }, p3]));
    out.missingPart = await t(() => u.complete([p1, { partNumber: 4, etag: p3.etag }]));
    out.outOfOrder = await tr(() => u.complete([p2, p1, p3]));
    out.listAfter = lst(await b.list());
    out.getRange = await t(async () => { const o = await b.get("m", { range: { offset: 5 * MB - 2, length: 4 } }); return [...new Uint8Array(await o.arrayBuffer())]; });
    out.tail = await t(async () => { const o = await b.get("m", { range: { suffix: 4 } }); return await o.text(); });
    out.abortAfter = await t(() => u.abort());
    out.completeAgain = await t(() => u.complete([p1, p2, p3]));
    out.uploadAfter = await t(() => u.uploadPart(4, "x"));
    const u2 = await b.createMultipartUpload("d");
    const q1 = await u2.uploadPart(1, big(3));
    out.dupParts = await t(() => u2.complete([q1, q1]));
    const u3 = await b.createMultipartUpload("small");
    const s1 = await u3.uploadPart(1, "ab");
    const s2 = await u3.uploadPart(2, "cd");
    out.smallFirst = await t(() => u3.complete([s1, s2]));
    out.smallAfterFail = await tr(() => u3.complete([s1]));
    const u4 = await b.createMultipartUpload("uneven");
    const v1 = await u4.uploadPart(1, big(1));
    const v2 = await u4.uploadPart(2, new Uint8Array(5 * MB + 1));
    const v3 = await u4.uploadPart(3, "z");
    out.uneven = await t(() => u4.complete([v1, v2, v3]));
    out.resumedObj = await t(() => { const r = b.resumeMultipartUpload("m", "nonexistent"); return [r.constructor.name, r.key, r.uploadId]; });
    out.resumedAbort = await t(() => b.resumeMultipartUpload("m", "nonexistent").abort());
    out.resumedUpload = await t(() => b.resumeMultipartUpload("m", "nonexistent").uploadPart(1, "x"));
    out.resumedComplete = await t(() => b.resumeMultipartUpload("m", "nonexistent").complete([]));
    out.emptyComplete = await t(async () => { const u5 = await b.createMultipartUpload("e"); return desc(await u5.complete([])); });`),

  r2("d1r2b-r2-body-objects", "R2ObjectBody readers: bodyUsed after each reader, second reads, blob type from contentType, json errors, body stream locking, text of binary data", `
    await b.put("j", JSON.stringify({ a: [1, 2] }), { httpMetadata: { contentType: "application/json; charset=utf-8" } });
    await b.put("bad", "{nope", { httpMetadata: { contentType: "text/plain" } });
    await b.put("bin", new Uint8Array([0xff, 0xfe, 0x41]));
    const g = (k) => b.get(k);
    out.jsonOk = await t(async () => { const o = await g("j"); const v = await o.json(); return [v, o.bodyUsed]; });
    out.jsonBad = await t(async () => (await g("bad")).json());
    out.textTwice = await t(async () => { const o = await g("j"); await o.text(); return await o.text(); });
    out.abThenText = await t(async () => { const o = await g("j"); await o.arrayBuffer(); return await o.text(); });
    out.blobType = await t(async () => { const o = await g("j"); const bl = await o.blob(); return [bl.type, bl.size, bl.constructor.name]; });
    out.blobNoType = await t(async () => { const o = await g("bin"); const bl = await o.blob(); return [bl.type, bl.size]; });
    out.bytes = await t(async () => { const o = await g("bin"); return typeof o.bytes === "function" ? [...(await o.bytes())] : "no bytes"; });
    out.binText = await t(async () => (await g("bin")).text());
    out.streamLock = await t(async () => { const o = await g("j"); const r = o.body.getReader(); const before = o.bodyUsed; try { await o.text(); return ["read", before]; } catch (e) { return [e.name, e.message, before, o.bodyUsed]; } });
    out.bodyIsSame = await t(async () => { const o = await g("j"); return [o.body === o.body, o.body.constructor.name]; });
    out.bodyAfterRead = await t(async () => { const o = await g("j"); await o.text(); return [o.body.locked, o.bodyUsed]; });
    out.responseFromBody = await t(async () => { const o = await g("j"); const r = new Response(o.body); return [await r.text(), o.bodyUsed]; });
    out.headNoBody = await t(async () => { const o = await b.head("j"); return ["body" in o, typeof o.text, typeof o.arrayBuffer, "bodyUsed" in o]; });
    out.getProps = await t(async () => { const o = await g("j"); return Object.keys(o).sort(); });
    out.headProps = await t(async () => { const o = await b.head("j"); return Object.keys(o).sort(); });
    out.json = await t(async () => { const o = await b.head("j"); const j = JSON.parse(JSON.stringify(o)); delete j.uploaded; delete j.version; delete j.etag; delete j.httpEtag; return j; });
    out.putResultJson = await t(async () => { const o = await b.put("x", "1"); const j = JSON.parse(JSON.stringify(o)); return Object.keys(j).sort(); });
    out.checksumsKeys = await t(async () => { const o = await b.head("j"); return [Object.keys(o.checksums).sort(), o.checksums.md5 instanceof ArrayBuffer, o.checksums.md5?.byteLength, o.checksums.constructor.name]; });`),

  r2("d1r2b-r2-put-edges", "put(): bodies of every kind and size, onlyIf on absent keys, return values, overwrites keeping nothing of the old metadata, hashes given as strings and buffers, storage classes", `
    out.nullBody = await tr(() => b.put("n", null));
    out.undefBody = await tr(() => b.put("u", undefined));
    out.stringUni = await tr(() => b.put("s", "héllo"));
    out.blob = await tb(() => b.put("bl", new Blob(["ab", "cd"], { type: "text/q" })).then(() => b.get("bl")));
    out.reqBody = await tb(() => b.put("rq", new Request("http://x", { method: "POST", body: "rq" }).body).then(() => b.get("rq")));
    out.respBody = await tb(() => b.put("rs", new Response("resp").body).then(() => b.get("rs")));
    out.fixed = await tb(async () => { const { readable, writable } = new FixedLengthStream(3); const w = writable.getWriter(); w.write(new TextEncoder().encode("abc")); w.close(); await b.put("fl", readable); return b.get("fl"); });
    out.unknownLen = await t(async () => { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); w.write(new TextEncoder().encode("abc")); w.close(); return b.put("ul", readable); });
    out.onlyIfAbsentEtag = await tr(() => b.put("absent1", "x", { onlyIf: { etagMatches: "abc" } }));
    out.onlyIfAbsentNone = await tr(() => b.put("absent2", "x", { onlyIf: { etagDoesNotMatch: "abc" } }));
    out.onlyIfAbsentBefore = await tr(() => b.put("absent3", "x", { onlyIf: { uploadedBefore: new Date(0) } }));
    out.onlyIfAbsentAfter = await tr(() => b.put("absent4", "x", { onlyIf: { uploadedAfter: new Date(0) } }));
    out.headAbsent = [await b.head("absent1") === null, await b.head("absent2") === null, await b.head("absent3") === null, await b.head("absent4") === null];
    await b.put("o", "1", { httpMetadata: { contentType: "a/b", cacheControl: "no-cache" }, customMetadata: { x: "1" } });
    out.overwrite = await tr(() => b.put("o", "22"));
    out.overHead = await tr(() => b.head("o"));
    out.md5Str = await tr(() => b.put("h1", "abc", { md5: "900150983cd24fb0d6963f7d28e17f72" }));
    out.md5Upper = await tr(() => b.put("h2", "abc", { md5: "900150983CD24FB0D6963F7D28E17F72" }));
    out.sha256Buf = await tr(() => b.put("h3", "abc", { sha256: new Uint8Array([0xba,0x78,0x16,0xbf,0x8f,0x01,0xcf,0xea,0x41,0x41,0x40,0xde,0x5d,0xae,0x22,0x23,0xb0,0x03,0x61,0xa3,0x96,0x17,0x7a,0x9c,0xb4,0x10,0xff,0x61,0xf2,0x00,0x15,0xad]).buffer }));
    out.twoHashes = await tr(() => b.put("h4", "abc", { md5: "900150983cd24fb0d6963f7d28e17f72", sha1: "a9993e364706816aba3e25717850c26c9cd0d89d" }));
    out.md5Wrong = await tr(() => b.put("h5", "abc", { md5: "00000000000000000000000000000000" }));
    out.md5Short = await tr(() => b.put("h6", "abc", { md5: "0000" }));
    out.sha1Wrong = await tr(() => b.put("h7", "abc", { sha1: "0000000000000000000000000000000000000000" }));
    out.sha256Wrong = await tr(() => b.put("h8", "abc", { sha256: "0".repeat(64) }));
    out.sha384Wrong = await tr(() => b.put("h9", "abc", { sha384: "0".repeat(96) }));
    out.sha512Wrong = await tr(() => b.put("h10", "abc", { sha512: "0".repeat(128) }));
    out.wrongDidNotStore = await b.head("h5") === null;
    out.storageStd = await tr(() => b.put("sc1", "x", { storageClass: "Standard" }));
    out.storageIA = await tr(() => b.put("sc2", "x", { storageClass: "InfrequentAccess" }));
    out.storageBad = await tr(() => b.put("sc3", "x", { storageClass: "Glacier" }));
    out.keyEmpty = await tr(() => b.put("", "x"));
    out.keyNum = await tr(() => b.put(12, "x"));
    out.keyObj = await tr(() => b.put({}, "x"));
    out.getNumKey = await tb(() => b.get(12));
    out.unknownOpt = await tr(() => b.put("uo", "x", { nope: 1 }));
    out.optsNull = await tr(() => b.put("on", "x", null));`),
];


const FN_EXPRS = {"abs": "SELECT abs('1')", "acos": "SELECT acos('1')", "acosh": "SELECT acosh('1')", "asin": "SELECT asin('1')", "asinh": "SELECT asinh('1')", "atan": "SELECT atan('1')", "atan2": "SELECT atan2('1','1')", "atanh": "SELECT atanh('1')", "atn2": "SELECT atn2('1','1')", "avg": "SELECT avg('1') OVER () FROM (SELECT 1)", "bm25": "SELECT bm25('1')", "ceil": "SELECT ceil('1')", "ceiling": "SELECT ceiling('1')", "changes": "SELECT changes()", "char": "SELECT char('1')", "charindex": "SELECT charindex('1','1')", "coalesce": "SELECT coalesce('1')", "concat": "SELECT concat('1')", "concat_ws": "SELECT concat_ws('1')", "cos": "SELECT cos('1')", "cosh": "SELECT cosh('1')", "cot": "SELECT cot('1')", "coth": "SELECT coth('1')", "count": "SELECT count() OVER () FROM (SELECT 1)", "cume_dist": "SELECT cume_dist() OVER () FROM (SELECT 1)", "current_date": "SELECT current_date()", "current_time": "SELECT current_time()", "current_timestamp": "SELECT current_timestamp()", "date": "SELECT date('1')", "datetime": "SELECT datetime('1')", "degrees": "SELECT degrees('1')", "dense_rank": "SELECT dense_rank() OVER () FROM (SELECT 1)", "difference": "SELECT difference('1','1')", "exp": "SELECT exp('1')", "first_value": "SELECT first_value('1') OVER () FROM (SELECT 1)", "floor": "SELECT floor('1')", "format": "SELECT format('1')", "fts3_tokenizer": "SELECT fts3_tokenizer('1')", "fts5": "SELECT fts5('1')", "fts5_get_locale": "SELECT fts5_get_locale('1')", "fts5_insttoken": "SELECT fts5_insttoken('1')", "fts5_locale": "SELECT fts5_locale('1','1')", "fts5_source_id": "SELECT fts5_source_id()", "glob": "SELECT glob('1','1')", "group_concat": "SELECT group_concat('1') OVER () FROM (SELECT 1)", "hex": "SELECT hex('1')", "highlight": "SELECT highlight('1')", "if": "SELECT if('1')", "ifnull": "SELECT ifnull('1','1')", "iif": "SELECT iif('1')", "instr": "SELECT instr('1','1')", "json": "SELECT json('1')", "json_array": "SELECT json_array('1')", "json_array_insert": "SELECT json_array_insert('1')", "json_array_length": "SELECT json_array_length('1')", "json_error_position": "SELECT json_error_position('1')", "json_extract": "SELECT json_extract('1')", "json_group_array": "SELECT json_group_array('1') OVER () FROM (SELECT 1)", "json_group_object": "SELECT json_group_object('1','1') OVER () FROM (SELECT 1)", "json_insert": "SELECT json_insert('1')", "json_object": "SELECT json_object('1')", "json_patch": "SELECT json_patch('1','1')", "json_pretty": "SELECT json_pretty('1')", "json_quote": "SELECT json_quote('1')", "json_remove": "SELECT json_remove('1')", "json_replace": "SELECT json_replace('1')", "json_set": "SELECT json_set('1')", "json_type": "SELECT json_type('1')", "json_valid": "SELECT json_valid('1')", "jsonb": "SELECT jsonb('1')", "jsonb_array": "SELECT jsonb_array('1')", "jsonb_array_insert": "SELECT jsonb_array_insert('1')", "jsonb_extract": "SELECT jsonb_extract('1')", "jsonb_group_array": "SELECT jsonb_group_array('1') OVER () FROM (SELECT 1)", "jsonb_group_object": "SELECT jsonb_group_object('1','1') OVER () FROM (SELECT 1)", "jsonb_insert": "SELECT jsonb_insert('1')", "jsonb_object": "SELECT jsonb_object('1')", "jsonb_patch": "SELECT jsonb_patch('1','1')", "jsonb_remove": "SELECT jsonb_remove('1')", "jsonb_replace": "SELECT jsonb_replace('1')", "jsonb_set": "SELECT jsonb_set('1')", "julianday": "SELECT julianday('1')", "lag": "SELECT lag('1') OVER () FROM (SELECT 1)", "last_insert_rowid": "SELECT last_insert_rowid()", "last_value": "SELECT last_value('1') OVER () FROM (SELECT 1)", "lead": "SELECT lead('1') OVER () FROM (SELECT 1)", "leftstr": "SELECT leftstr('1','1')", "length": "SELECT length('1')", "like": "SELECT like('1','1')", "likelihood": "SELECT likelihood('1','1')", "likely": "SELECT likely('1')", "ln": "SELECT ln('1')", "load_extension": "SELECT load_extension('1')", "log": "SELECT log('1')", "log10": "SELECT log10('1')", "log2": "SELECT log2('1')", "lower": "SELECT lower('1')", "lower_quartile": "SELECT lower_quartile('1')", "ltrim": "SELECT ltrim('1')", "match": "SELECT match('1','1')", "matchinfo": "SELECT matchinfo('1')", "max": "SELECT max('1') OVER () FROM (SELECT 1)", "median": "SELECT median('1') OVER () FROM (SELECT 1)", "min": "SELECT min('1') OVER () FROM (SELECT 1)", "mod": "SELECT mod('1','1')", "mode": "SELECT mode('1')", "nth_value": "SELECT nth_value('1','1') OVER () FROM (SELECT 1)", "ntile": "SELECT ntile('1') OVER () FROM (SELECT 1)", "nullif": "SELECT nullif('1','1')", "octet_length": "SELECT octet_length('1')", "offsets": "SELECT offsets('1')", "optimize": "SELECT optimize('1')", "padc": "SELECT padc('1','1')", "padl": "SELECT padl('1','1')", "padr": "SELECT padr('1','1')", "percent_rank": "SELECT percent_rank() OVER () FROM (SELECT 1)", "percentile": "SELECT percentile('1','1') OVER () FROM (SELECT 1)", "percentile_cont": "SELECT percentile_cont('1','1') OVER () FROM (SELECT 1)", "percentile_disc": "SELECT percentile_disc('1','1') OVER () FROM (SELECT 1)", "pi": "SELECT pi()", "pow": "SELECT pow('1','1')", "power": "SELECT power('1','1')", "printf": "SELECT printf('1')", "proper": "SELECT proper('1')", "quote": "SELECT quote('1')", "radians": "SELECT radians('1')", "random": "SELECT random()", "randomblob": "SELECT randomblob('1')", "rank": "SELECT rank() OVER () FROM (SELECT 1)", "replace": "SELECT replace('1','1','1')", "replicate": "SELECT replicate('1','1')", "reverse": "SELECT reverse('1')", "rightstr": "SELECT rightstr('1','1')", "round": "SELECT round('1')", "row_number": "SELECT row_number() OVER () FROM (SELECT 1)", "rtreecheck": "SELECT rtreecheck('1')", "rtreedepth": "SELECT rtreedepth('1')", "rtreenode": "SELECT rtreenode('1','1')", "rtrim": "SELECT rtrim('1')", "sign": "SELECT sign('1')", "sin": "SELECT sin('1')", "sinh": "SELECT sinh('1')", "snippet": "SELECT snippet('1')", "sqlite_compileoption_get": "SELECT sqlite_compileoption_get('1')", "sqlite_compileoption_used": "SELECT sqlite_compileoption_used('1')", "sqlite_log": "SELECT sqlite_log('1','1')", "sqlite_source_id": "SELECT sqlite_source_id()", "sqlite_version": "SELECT sqlite_version()", "sqrt": "SELECT sqrt('1')", "square": "SELECT square('1')", "stdev": "SELECT stdev('1')", "strfilter": "SELECT strfilter('1','1')", "strftime": "SELECT strftime('1')", "string_agg": "SELECT string_agg('1','1') OVER () FROM (SELECT 1)", "substr": "SELECT substr('1','1')", "substring": "SELECT substring('1','1')", "subtype": "SELECT subtype('1')", "sum": "SELECT sum('1') OVER () FROM (SELECT 1)", "tan": "SELECT tan('1')", "tanh": "SELECT tanh('1')", "time": "SELECT time('1')", "timediff": "SELECT timediff('1','1')", "total": "SELECT total('1') OVER () FROM (SELECT 1)", "total_changes": "SELECT total_changes()", "trim": "SELECT trim('1')", "trunc": "SELECT trunc('1')", "typeof": "SELECT typeof('1')", "unhex": "SELECT unhex('1')", "unicode": "SELECT unicode('1')", "unistr": "SELECT unistr('1')", "unistr_quote": "SELECT unistr_quote('1')", "unixepoch": "SELECT unixepoch('1')", "unlikely": "SELECT unlikely('1')", "upper": "SELECT upper('1')", "upper_quartile": "SELECT upper_quartile('1')", "variance": "SELECT variance('1')", "zeroblob": "SELECT zeroblob('1')"};
CASES_EXTRA.push(d1("d1r2b-d1-function-authorizer", "every function of a recent SQLite build called once: which exist in workerd's SQLite, which the authorizer refuses, and their messages", `
    const exprs = ${JSON.stringify(FN_EXPRS)};
    for (const [name, sql] of Object.entries(exprs)) {
      try { await db.prepare(sql).raw(); out[name] = "ok"; } catch (e) { out[name] = String(e.message).split("\\n")[0]; }
    }`));

CASES_EXTRA.push(d1("d1r2b-d1-changes-functions", "SQL's changes(), total_changes() and last_insert_rowid() across queries: workerd's own metadata write after each answered query, failed queries, batch, exec, sessions", `
    const v = async (sql) => { try { return (await db.prepare(sql).raw())[0]; } catch (e) { return e.message; } };
    out.fresh = await v("SELECT changes(), total_changes(), last_insert_rowid()");
    await db.exec("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v)");
    out.a = await v("SELECT changes(), total_changes(), last_insert_rowid()");
    out.f1 = await v("SELECT * FROM nope");
    out.b = await v("SELECT changes(), total_changes(), last_insert_rowid()");
    out.f2 = await v("INSERT INTO t (id, v) VALUES (1, 1), (1, 2)");
    out.c = await v("SELECT changes(), total_changes(), last_insert_rowid()");
    try { await db.batch([db.prepare("INSERT INTO t (v) VALUES (5)"), db.prepare("SELECT * FROM nope")]); } catch (e) { out.bf = e.message; }
    out.d = await v("SELECT changes(), total_changes(), last_insert_rowid()");
    out.ins = (await db.prepare("INSERT INTO t (v) VALUES (9)").run()).meta.last_row_id;
    out.e = await v("SELECT changes(), total_changes(), last_insert_rowid()");
    out.ex = await db.exec("SELECT 1; SELECT 2; SELECT 3").then((r) => r.count, (e) => e.message);
    out.f = await v("SELECT changes(), total_changes(), last_insert_rowid()");
    try { await db.exec("SELECT 1; SELECT * FROM nope"); } catch (e) { out.exf = e.message; }
    out.g = await v("SELECT changes(), total_changes(), last_insert_rowid()");
    out.emptyq = await v("");
    out.h = await v("SELECT changes(), total_changes(), last_insert_rowid()");
    out.sess = await db.withSession().prepare("SELECT changes(), total_changes(), last_insert_rowid()").raw();
    out.multi = await db.prepare("INSERT INTO t (v) VALUES (5),(6); SELECT changes(), total_changes(), last_insert_rowid()").raw();
    out.batch = (await db.batch([db.prepare("INSERT INTO t (v) VALUES (7),(8),(9)"), db.prepare("SELECT changes() c, total_changes() tc, last_insert_rowid() l")]))[1].results;
    out.upd = await db.prepare("UPDATE t SET v = 0").run().then((r) => r.meta.changes);
    out.i = await v("SELECT changes(), total_changes(), last_insert_rowid()");
    out.ret = (await db.prepare("INSERT INTO t (v) VALUES (1),(2) RETURNING changes() AS c, last_insert_rowid() AS l").all()).results;
    out.lastId = await v("SELECT last_insert_rowid()");
    out.parallel = await Promise.all([v("SELECT total_changes()"), v("SELECT total_changes()"), v("SELECT total_changes()")]);`, { steps: [get("/"), get("/")] }));

CASES_EXTRA.push(d1("d1r2b-d1-multi-statement-reruns", "queries of several statements run again and again, in one request and the next: which fail as busy in workerd's statement cache", `

  const r = (p) => p.then((x) => "ok", (e) => e.message.slice(0, 60));
  const runs = async (name, fn) => { out[name] = []; for (let i = 0; i < 4; i++) out[name].push(await r(fn())); };
  await runs("selsel", () => db.prepare("SELECT 1; SELECT 2").all());
  await runs("ctIne", () => db.exec("CREATE TABLE IF NOT EXISTS x (a); CREATE INDEX IF NOT EXISTS xi ON x(a)"));
  await runs("ctIneRun", () => db.prepare("CREATE TABLE IF NOT EXISTS y (a); CREATE INDEX IF NOT EXISTS yi ON y(a)").run());
  await runs("insSel", () => db.prepare("INSERT INTO x VALUES (1); SELECT count(*) FROM x").all());
  await runs("selIns", () => db.prepare("SELECT count(*) FROM x; INSERT INTO x VALUES (1)").all());
  await runs("insIns", () => db.prepare("INSERT INTO x VALUES (1); INSERT INTO x VALUES (2)").run());
  await runs("selUpd", () => db.prepare("SELECT 1; UPDATE x SET a = 1").run());
  await runs("selSelRaw", () => db.prepare("SELECT 3; SELECT 4").raw());
  await runs("selSelFirst", () => db.prepare("SELECT 5; SELECT 6").first());
  await runs("selEmptyTable", () => db.prepare("SELECT 5; SELECT * FROM x WHERE 0").all());
  await runs("selSelMany", () => db.prepare("SELECT 5; SELECT * FROM x").all());
  await runs("execSel", () => db.exec("SELECT 7; SELECT 8"));
  await runs("execSelIns", () => db.exec("SELECT 7; INSERT INTO x VALUES (3)"));
  await runs("execInsSel", () => db.exec("INSERT INTO x VALUES (3); SELECT 9"));
  await runs("execThree", () => db.exec("SELECT 7; SELECT 8; SELECT 10"));
  await runs("execDdl", () => db.exec("CREATE TABLE IF NOT EXISTS z (a); SELECT 1"));
  await runs("single", () => db.exec("SELECT 11"));
`, { steps: [get("/"), get("/")] }));

const FN_ARITY = {"abs/0": "SELECT abs()", "abs/1": "SELECT abs('2')", "abs/2": "SELECT abs('2','2')", "abs/3": "SELECT abs('2','2','2')", "abs/4": "SELECT abs('2','2','2','2')", "acos/0": "SELECT acos()", "acos/1": "SELECT acos('2')", "acos/2": "SELECT acos('2','2')", "acos/3": "SELECT acos('2','2','2')", "acos/4": "SELECT acos('2','2','2','2')", "acosh/0": "SELECT acosh()", "acosh/1": "SELECT acosh('2')", "acosh/2": "SELECT acosh('2','2')", "acosh/3": "SELECT acosh('2','2','2')", "acosh/4": "SELECT acosh('2','2','2','2')", "asin/0": "SELECT asin()", "asin/1": "SELECT asin('2')", "asin/2": "SELECT asin('2','2')", "asin/3": "SELECT asin('2','2','2')", "asin/4": "SELECT asin('2','2','2','2')", "asinh/0": "SELECT asinh()", "asinh/1": "SELECT asinh('2')", "asinh/2": "SELECT asinh('2','2')", "asinh/3": "SELECT asinh('2','2','2')", "asinh/4": "SELECT asinh('2','2','2','2')", "atan/0": "SELECT atan()", "atan/1": "SELECT atan('2')", "atan/2": "SELECT atan('2','2')", "atan/3": "SELECT atan('2','2','2')", "atan/4": "SELECT atan('2','2','2','2')", "atan2/0": "SELECT atan2()", "atan2/1": "SELECT atan2('2')", "atan2/2": "SELECT atan2('2','2')", "atan2/3": "SELECT atan2('2','2','2')", "atan2/4": "SELECT atan2('2','2','2','2')", "atanh/0": "SELECT atanh()", "atanh/1": "SELECT atanh('2')", "atanh/2": "SELECT atanh('2','2')", "atanh/3": "SELECT atanh('2','2','2')", "atanh/4": "SELECT atanh('2','2','2','2')", "avg/0": "SELECT avg() OVER () FROM (SELECT 1)", "avg/1": "SELECT avg('2') OVER () FROM (SELECT 1)", "avg/2": "SELECT avg('2','2') OVER () FROM (SELECT 1)", "avg/3": "SELECT avg('2','2','2') OVER () FROM (SELECT 1)", "avg/4": "SELECT avg('2','2','2','2') OVER () FROM (SELECT 1)", "ceil/0": "SELECT ceil()", "ceil/1": "SELECT ceil('2')", "ceil/2": "SELECT ceil('2','2')", "ceil/3": "SELECT ceil('2','2','2')", "ceil/4": "SELECT ceil('2','2','2','2')", "changes/0": "SELECT changes()", "changes/1": "SELECT changes('2')", "changes/2": "SELECT changes('2','2')", "changes/3": "SELECT changes('2','2','2')", "changes/4": "SELECT changes('2','2','2','2')", "char/0": "SELECT char()", "char/1": "SELECT char('2')", "char/2": "SELECT char('2','2')", "char/3": "SELECT char('2','2','2')", "char/4": "SELECT char('2','2','2','2')", "coalesce/0": "SELECT coalesce()", "coalesce/1": "SELECT coalesce('2')", "coalesce/2": "SELECT coalesce('2','2')", "coalesce/3": "SELECT coalesce('2','2','2')", "coalesce/4": "SELECT coalesce('2','2','2','2')", "concat/0": "SELECT concat()", "concat/1": "SELECT concat('2')", "concat/2": "SELECT concat('2','2')", "concat/3": "SELECT concat('2','2','2')", "concat/4": "SELECT concat('2','2','2','2')", "concat_ws/0": "SELECT concat_ws()", "concat_ws/1": "SELECT concat_ws('2')", "concat_ws/2": "SELECT concat_ws('2','2')", "concat_ws/3": "SELECT concat_ws('2','2','2')", "concat_ws/4": "SELECT concat_ws('2','2','2','2')", "cos/0": "SELECT cos()", "cos/1": "SELECT cos('2')", "cos/2": "SELECT cos('2','2')", "cos/3": "SELECT cos('2','2','2')", "cos/4": "SELECT cos('2','2','2','2')", "cosh/0": "SELECT cosh()", "cosh/1": "SELECT cosh('2')", "cosh/2": "SELECT cosh('2','2')", "cosh/3": "SELECT cosh('2','2','2')", "cosh/4": "SELECT cosh('2','2','2','2')", "count/0": "SELECT count() OVER () FROM (SELECT 1)", "count/1": "SELECT count('2') OVER () FROM (SELECT 1)", "count/2": "SELECT count('2','2') OVER () FROM (SELECT 1)", "count/3": "SELECT count('2','2','2') OVER () FROM (SELECT 1)", "count/4": "SELECT count('2','2','2','2') OVER () FROM (SELECT 1)", "cume_dist/0": "SELECT cume_dist() OVER () FROM (SELECT 1)", "cume_dist/1": "SELECT cume_dist('2') OVER () FROM (SELECT 1)", "cume_dist/2": "SELECT cume_dist('2','2') OVER () FROM (SELECT 1)", "cume_dist/3": "SELECT cume_dist('2','2','2') OVER () FROM (SELECT 1)", "cume_dist/4": "SELECT cume_dist('2','2','2','2') OVER () FROM (SELECT 1)", "date/0": "SELECT date()", "date/1": "SELECT date('2')", "date/2": "SELECT date('2','2')", "date/3": "SELECT date('2','2','2')", "date/4": "SELECT date('2','2','2','2')", "datetime/0": "SELECT datetime()", "datetime/1": "SELECT datetime('2')", "datetime/2": "SELECT datetime('2','2')", "datetime/3": "SELECT datetime('2','2','2')", "datetime/4": "SELECT datetime('2','2','2','2')", "degrees/0": "SELECT degrees()", "degrees/1": "SELECT degrees('2')", "degrees/2": "SELECT degrees('2','2')", "degrees/3": "SELECT degrees('2','2','2')", "degrees/4": "SELECT degrees('2','2','2','2')", "dense_rank/0": "SELECT dense_rank() OVER () FROM (SELECT 1)", "dense_rank/1": "SELECT dense_rank('2') OVER () FROM (SELECT 1)", "dense_rank/2": "SELECT dense_rank('2','2') OVER () FROM (SELECT 1)", "dense_rank/3": "SELECT dense_rank('2','2','2') OVER () FROM (SELECT 1)", "dense_rank/4": "SELECT dense_rank('2','2','2','2') OVER () FROM (SELECT 1)", "exp/0": "SELECT exp()", "exp/1": "SELECT exp('2')", "exp/2": "SELECT exp('2','2')", "exp/3": "SELECT exp('2','2','2')", "exp/4": "SELECT exp('2','2','2','2')", "first_value/0": "SELECT first_value() OVER () FROM (SELECT 1)", "first_value/1": "SELECT first_value('2') OVER () FROM (SELECT 1)", "first_value/2": "SELECT first_value('2','2') OVER () FROM (SELECT 1)", "first_value/3": "SELECT first_value('2','2','2') OVER () FROM (SELECT 1)", "first_value/4": "SELECT first_value('2','2','2','2') OVER () FROM (SELECT 1)", "floor/0": "SELECT floor()", "floor/1": "SELECT floor('2')", "floor/2": "SELECT floor('2','2')", "floor/3": "SELECT floor('2','2','2')", "floor/4": "SELECT floor('2','2','2','2')", "format/0": "SELECT format()", "format/1": "SELECT format('2')", "format/2": "SELECT format('2','2')", "format/3": "SELECT format('2','2','2')", "format/4": "SELECT format('2','2','2','2')", "glob/0": "SELECT glob()", "glob/1": "SELECT glob('2')", "glob/2": "SELECT glob('2','2')", "glob/3": "SELECT glob('2','2','2')", "glob/4": "SELECT glob('2','2','2','2')", "group_concat/0": "SELECT group_concat() OVER () FROM (SELECT 1)", "group_concat/1": "SELECT group_concat('2') OVER () FROM (SELECT 1)", "group_concat/2": "SELECT group_concat('2','2') OVER () FROM (SELECT 1)", "group_concat/3": "SELECT group_concat('2','2','2') OVER () FROM (SELECT 1)", "group_concat/4": "SELECT group_concat('2','2','2','2') OVER () FROM (SELECT 1)", "hex/0": "SELECT hex()", "hex/1": "SELECT hex('2')", "hex/2": "SELECT hex('2','2')", "hex/3": "SELECT hex('2','2','2')", "hex/4": "SELECT hex('2','2','2','2')", "ifnull/0": "SELECT ifnull()", "ifnull/1": "SELECT ifnull('2')", "ifnull/2": "SELECT ifnull('2','2')", "ifnull/3": "SELECT ifnull('2','2','2')", "ifnull/4": "SELECT ifnull('2','2','2','2')", "iif/0": "SELECT iif()", "iif/1": "SELECT iif('2')", "iif/2": "SELECT iif('2','2')", "iif/3": "SELECT iif('2','2','2')", "iif/4": "SELECT iif('2','2','2','2')", "instr/0": "SELECT instr()", "instr/1": "SELECT instr('2')", "instr/2": "SELECT instr('2','2')", "instr/3": "SELECT instr('2','2','2')", "instr/4": "SELECT instr('2','2','2','2')", "json/0": "SELECT json()", "json/1": "SELECT json('2')", "json/2": "SELECT json('2','2')", "json/3": "SELECT json('2','2','2')", "json/4": "SELECT json('2','2','2','2')", "json_array/0": "SELECT json_array()", "json_array/1": "SELECT json_array('2')", "json_array/2": "SELECT json_array('2','2')", "json_array/3": "SELECT json_array('2','2','2')", "json_array/4": "SELECT json_array('2','2','2','2')", "json_array_length/0": "SELECT json_array_length()", "json_array_length/1": "SELECT json_array_length('2')", "json_array_length/2": "SELECT json_array_length('2','2')", "json_array_length/3": "SELECT json_array_length('2','2','2')", "json_array_length/4": "SELECT json_array_length('2','2','2','2')", "json_extract/0": "SELECT json_extract()", "json_extract/1": "SELECT json_extract('2')", "json_extract/2": "SELECT json_extract('2','2')", "json_extract/3": "SELECT json_extract('2','2','2')", "json_extract/4": "SELECT json_extract('2','2','2','2')", "json_group_array/0": "SELECT json_group_array() OVER () FROM (SELECT 1)", "json_group_array/1": "SELECT json_group_array('2') OVER () FROM (SELECT 1)", "json_group_array/2": "SELECT json_group_array('2','2') OVER () FROM (SELECT 1)", "json_group_array/3": "SELECT json_group_array('2','2','2') OVER () FROM (SELECT 1)", "json_group_array/4": "SELECT json_group_array('2','2','2','2') OVER () FROM (SELECT 1)", "json_group_object/0": "SELECT json_group_object() OVER () FROM (SELECT 1)", "json_group_object/1": "SELECT json_group_object('2') OVER () FROM (SELECT 1)", "json_group_object/2": "SELECT json_group_object('2','2') OVER () FROM (SELECT 1)", "json_group_object/3": "SELECT json_group_object('2','2','2') OVER () FROM (SELECT 1)", "json_group_object/4": "SELECT json_group_object('2','2','2','2') OVER () FROM (SELECT 1)", "json_insert/0": "SELECT json_insert()", "json_insert/1": "SELECT json_insert('2')", "json_insert/2": "SELECT json_insert('2','2')", "json_insert/3": "SELECT json_insert('2','2','2')", "json_insert/4": "SELECT json_insert('2','2','2','2')", "json_object/0": "SELECT json_object()", "json_object/1": "SELECT json_object('2')", "json_object/2": "SELECT json_object('2','2')", "json_object/3": "SELECT json_object('2','2','2')", "json_object/4": "SELECT json_object('2','2','2','2')", "json_patch/0": "SELECT json_patch()", "json_patch/1": "SELECT json_patch('2')", "json_patch/2": "SELECT json_patch('2','2')", "json_patch/3": "SELECT json_patch('2','2','2')", "json_patch/4": "SELECT json_patch('2','2','2','2')", "json_quote/0": "SELECT json_quote()", "json_quote/1": "SELECT json_quote('2')", "json_quote/2": "SELECT json_quote('2','2')", "json_quote/3": "SELECT json_quote('2','2','2')", "json_quote/4": "SELECT json_quote('2','2','2','2')", "json_remove/0": "SELECT json_remove()", "json_remove/1": "SELECT json_remove('2')", "json_remove/2": "SELECT json_remove('2','2')", "json_remove/3": "SELECT json_remove('2','2','2')", "json_remove/4": "SELECT json_remove('2','2','2','2')", "json_replace/0": "SELECT json_replace()", "json_replace/1": "SELECT json_replace('2')", "json_replace/2": "SELECT json_replace('2','2')", "json_replace/3": "SELECT json_replace('2','2','2')", "json_replace/4": "SELECT json_replace('2','2','2','2')", "json_set/0": "SELECT json_set()", "json_set/1": "SELECT json_set('2')", "json_set/2": "SELECT json_set('2','2')", "json_set/3": "SELECT json_set('2','2','2')", "json_set/4": "SELECT json_set('2','2','2','2')", "json_type/0": "SELECT json_type()", "json_type/1": "SELECT json_type('2')", "json_type/2": "SELECT json_type('2','2')", "json_type/3": "SELECT json_type('2','2','2')", "json_type/4": "SELECT json_type('2','2','2','2')", "json_valid/0": "SELECT json_valid()", "json_valid/1": "SELECT json_valid('2')", "json_valid/2": "SELECT json_valid('2','2')", "json_valid/3": "SELECT json_valid('2','2','2')", "json_valid/4": "SELECT json_valid('2','2','2','2')", "jsonb/0": "SELECT jsonb()", "jsonb/1": "SELECT jsonb('2')", "jsonb/2": "SELECT jsonb('2','2')", "jsonb/3": "SELECT jsonb('2','2','2')", "jsonb/4": "SELECT jsonb('2','2','2','2')", "jsonb_array/0": "SELECT jsonb_array()", "jsonb_array/1": "SELECT jsonb_array('2')", "jsonb_array/2": "SELECT jsonb_array('2','2')", "jsonb_array/3": "SELECT jsonb_array('2','2','2')", "jsonb_array/4": "SELECT jsonb_array('2','2','2','2')", "jsonb_extract/0": "SELECT jsonb_extract()", "jsonb_extract/1": "SELECT jsonb_extract('2')", "jsonb_extract/2": "SELECT jsonb_extract('2','2')", "jsonb_extract/3": "SELECT jsonb_extract('2','2','2')", "jsonb_extract/4": "SELECT jsonb_extract('2','2','2','2')", "jsonb_group_array/0": "SELECT jsonb_group_array() OVER () FROM (SELECT 1)", "jsonb_group_array/1": "SELECT jsonb_group_array('2') OVER () FROM (SELECT 1)", "jsonb_group_array/2": "SELECT jsonb_group_array('2','2') OVER () FROM (SELECT 1)", "jsonb_group_array/3": "SELECT jsonb_group_array('2','2','2') OVER () FROM (SELECT 1)", "jsonb_group_array/4": "SELECT jsonb_group_array('2','2','2','2') OVER () FROM (SELECT 1)", "jsonb_group_object/0": "SELECT jsonb_group_object() OVER () FROM (SELECT 1)", "jsonb_group_object/1": "SELECT jsonb_group_object('2') OVER () FROM (SELECT 1)", "jsonb_group_object/2": "SELECT jsonb_group_object('2','2') OVER () FROM (SELECT 1)", "jsonb_group_object/3": "SELECT jsonb_group_object('2','2','2') OVER () FROM (SELECT 1)", "jsonb_group_object/4": "SELECT jsonb_group_object('2','2','2','2') OVER () FROM (SELECT 1)", "jsonb_insert/0": "SELECT jsonb_insert()", "jsonb_insert/1": "SELECT jsonb_insert('2')", "jsonb_insert/2": "SELECT jsonb_insert('2','2')", "jsonb_insert/3": "SELECT jsonb_insert('2','2','2')", "jsonb_insert/4": "SELECT jsonb_insert('2','2','2','2')", "jsonb_object/0": "SELECT jsonb_object()", "jsonb_object/1": "SELECT jsonb_object('2')", "jsonb_object/2": "SELECT jsonb_object('2','2')", "jsonb_object/3": "SELECT jsonb_object('2','2','2')", "jsonb_object/4": "SELECT jsonb_object('2','2','2','2')", "jsonb_patch/0": "SELECT jsonb_patch()", "jsonb_patch/1": "SELECT jsonb_patch('2')", "jsonb_patch/2": "SELECT jsonb_patch('2','2')", "jsonb_patch/3": "SELECT jsonb_patch('2','2','2')", "jsonb_patch/4": "SELECT jsonb_patch('2','2','2','2')", "jsonb_remove/0": "SELECT jsonb_remove()", "jsonb_remove/1": "SELECT jsonb_remove('2')", "jsonb_remove/2": "SELECT jsonb_remove('2','2')", "jsonb_remove/3": "SELECT jsonb_remove('2','2','2')", "jsonb_remove/4": "SELECT jsonb_remove('2','2','2','2')", "jsonb_replace/0": "SELECT jsonb_replace()", "jsonb_replace/1": "SELECT jsonb_replace('2')", "jsonb_replace/2": "SELECT jsonb_replace('2','2')", "jsonb_replace/3": "SELECT jsonb_replace('2','2','2')", "jsonb_replace/4": "SELECT jsonb_replace('2','2','2','2')", "jsonb_set/0": "SELECT jsonb_set()", "jsonb_set/1": "SELECT jsonb_set('2')", "jsonb_set/2": "SELECT jsonb_set('2','2')", "jsonb_set/3": "SELECT jsonb_set('2','2','2')", "jsonb_set/4": "SELECT jsonb_set('2','2','2','2')", "julianday/0": "SELECT julianday()", "julianday/1": "SELECT julianday('2')", "julianday/2": "SELECT julianday('2','2')", "julianday/3": "SELECT julianday('2','2','2')", "julianday/4": "SELECT julianday('2','2','2','2')", "lag/0": "SELECT lag() OVER () FROM (SELECT 1)", "lag/1": "SELECT lag('2') OVER () FROM (SELECT 1)", "lag/2": "SELECT lag('2','2') OVER () FROM (SELECT 1)", "lag/3": "SELECT lag('2','2','2') OVER () FROM (SELECT 1)", "lag/4": "SELECT lag('2','2','2','2') OVER () FROM (SELECT 1)", "last_insert_rowid/0": "SELECT last_insert_rowid()", "last_insert_rowid/1": "SELECT last_insert_rowid('2')", "last_insert_rowid/2": "SELECT last_insert_rowid('2','2')", "last_insert_rowid/3": "SELECT last_insert_rowid('2','2','2')", "last_insert_rowid/4": "SELECT last_insert_rowid('2','2','2','2')", "last_value/0": "SELECT last_value() OVER () FROM (SELECT 1)", "last_value/1": "SELECT last_value('2') OVER () FROM (SELECT 1)", "last_value/2": "SELECT last_value('2','2') OVER () FROM (SELECT 1)", "last_value/3": "SELECT last_value('2','2','2') OVER () FROM (SELECT 1)", "last_value/4": "SELECT last_value('2','2','2','2') OVER () FROM (SELECT 1)", "lead/0": "SELECT lead() OVER () FROM (SELECT 1)", "lead/1": "SELECT lead('2') OVER () FROM (SELECT 1)", "lead/2": "SELECT lead('2','2') OVER () FROM (SELECT 1)", "lead/3": "SELECT lead('2','2','2') OVER () FROM (SELECT 1)", "lead/4": "SELECT lead('2','2','2','2') OVER () FROM (SELECT 1)", "length/0": "SELECT length()", "length/1": "SELECT length('2')", "length/2": "SELECT length('2','2')", "length/3": "SELECT length('2','2','2')", "length/4": "SELECT length('2','2','2','2')", "like/0": "SELECT like()", "like/1": "SELECT like('2')", "like/2": "SELECT like('2','2')", "like/3": "SELECT like('2','2','2')", "like/4": "SELECT like('2','2','2','2')", "likelihood/0": "SELECT likelihood()", "likelihood/1": "SELECT likelihood('2')", "likelihood/2": "SELECT likelihood('2','2')", "likelihood/3": "SELECT likelihood('2','2','2')", "likelihood/4": "SELECT likelihood('2','2','2','2')", "likely/0": "SELECT likely()", "likely/1": "SELECT likely('2')", "likely/2": "SELECT likely('2','2')", "likely/3": "SELECT likely('2','2','2')", "likely/4": "SELECT likely('2','2','2','2')", "ln/0": "SELECT ln()", "ln/1": "SELECT ln('2')", "ln/2": "SELECT ln('2','2')", "ln/3": "SELECT ln('2','2','2')", "ln/4": "SELECT ln('2','2','2','2')", "log/0": "SELECT log()", "log/1": "SELECT log('2')", "log/2": "SELECT log('2','2')", "log/3": "SELECT log('2','2','2')", "log/4": "SELECT log('2','2','2','2')", "log2/0": "SELECT log2()", "log2/1": "SELECT log2('2')", "log2/2": "SELECT log2('2','2')", "log2/3": "SELECT log2('2','2','2')", "log2/4": "SELECT log2('2','2','2','2')", "lower/0": "SELECT lower()", "lower/1": "SELECT lower('2')", "lower/2": "SELECT lower('2','2')", "lower/3": "SELECT lower('2','2','2')", "lower/4": "SELECT lower('2','2','2','2')", "ltrim/0": "SELECT ltrim()", "ltrim/1": "SELECT ltrim('2')", "ltrim/2": "SELECT ltrim('2','2')", "ltrim/3": "SELECT ltrim('2','2','2')", "ltrim/4": "SELECT ltrim('2','2','2','2')", "max/0": "SELECT max() OVER () FROM (SELECT 1)", "max/1": "SELECT max('2') OVER () FROM (SELECT 1)", "max/2": "SELECT max('2','2') OVER () FROM (SELECT 1)", "max/3": "SELECT max('2','2','2') OVER () FROM (SELECT 1)", "max/4": "SELECT max('2','2','2','2') OVER () FROM (SELECT 1)", "min/0": "SELECT min() OVER () FROM (SELECT 1)", "min/1": "SELECT min('2') OVER () FROM (SELECT 1)", "min/2": "SELECT min('2','2') OVER () FROM (SELECT 1)", "min/3": "SELECT min('2','2','2') OVER () FROM (SELECT 1)", "min/4": "SELECT min('2','2','2','2') OVER () FROM (SELECT 1)", "mod/0": "SELECT mod()", "mod/1": "SELECT mod('2')", "mod/2": "SELECT mod('2','2')", "mod/3": "SELECT mod('2','2','2')", "mod/4": "SELECT mod('2','2','2','2')", "nth_value/0": "SELECT nth_value() OVER () FROM (SELECT 1)", "nth_value/1": "SELECT nth_value('2') OVER () FROM (SELECT 1)", "nth_value/2": "SELECT nth_value('2','2') OVER () FROM (SELECT 1)", "nth_value/3": "SELECT nth_value('2','2','2') OVER () FROM (SELECT 1)", "nth_value/4": "SELECT nth_value('2','2','2','2') OVER () FROM (SELECT 1)", "ntile/0": "SELECT ntile() OVER () FROM (SELECT 1)", "ntile/1": "SELECT ntile('2') OVER () FROM (SELECT 1)", "ntile/2": "SELECT ntile('2','2') OVER () FROM (SELECT 1)", "ntile/3": "SELECT ntile('2','2','2') OVER () FROM (SELECT 1)", "ntile/4": "SELECT ntile('2','2','2','2') OVER () FROM (SELECT 1)", "nullif/0": "SELECT nullif()", "nullif/1": "SELECT nullif('2')", "nullif/2": "SELECT nullif('2','2')", "nullif/3": "SELECT nullif('2','2','2')", "nullif/4": "SELECT nullif('2','2','2','2')", "octet_length/0": "SELECT octet_length()", "octet_length/1": "SELECT octet_length('2')", "octet_length/2": "SELECT octet_length('2','2')", "octet_length/3": "SELECT octet_length('2','2','2')", "octet_length/4": "SELECT octet_length('2','2','2','2')", "percent_rank/0": "SELECT percent_rank() OVER () FROM (SELECT 1)", "percent_rank/1": "SELECT percent_rank('2') OVER () FROM (SELECT 1)", "percent_rank/2": "SELECT percent_rank('2','2') OVER () FROM (SELECT 1)", "percent_rank/3": "SELECT percent_rank('2','2','2') OVER () FROM (SELECT 1)", "percent_rank/4": "SELECT percent_rank('2','2','2','2') OVER () FROM (SELECT 1)", "pi/0": "SELECT pi()", "pi/1": "SELECT pi('2')", "pi/2": "SELECT pi('2','2')", "pi/3": "SELECT pi('2','2','2')", "pi/4": "SELECT pi('2','2','2','2')", "pow/0": "SELECT pow()", "pow/1": "SELECT pow('2')", "pow/2": "SELECT pow('2','2')", "pow/3": "SELECT pow('2','2','2')", "pow/4": "SELECT pow('2','2','2','2')", "printf/0": "SELECT printf()", "printf/1": "SELECT printf('2')", "printf/2": "SELECT printf('2','2')", "printf/3": "SELECT printf('2','2','2')", "printf/4": "SELECT printf('2','2','2','2')", "quote/0": "SELECT quote()", "quote/1": "SELECT quote('2')", "quote/2": "SELECT quote('2','2')", "quote/3": "SELECT quote('2','2','2')", "quote/4": "SELECT quote('2','2','2','2')", "radians/0": "SELECT radians()", "radians/1": "SELECT radians('2')", "radians/2": "SELECT radians('2','2')", "radians/3": "SELECT radians('2','2','2')", "radians/4": "SELECT radians('2','2','2','2')", "random/0": "SELECT random()", "random/1": "SELECT random('2')", "random/2": "SELECT random('2','2')", "random/3": "SELECT random('2','2','2')", "random/4": "SELECT random('2','2','2','2')", "randomblob/0": "SELECT randomblob()", "randomblob/1": "SELECT randomblob('2')", "randomblob/2": "SELECT randomblob('2','2')", "randomblob/3": "SELECT randomblob('2','2','2')", "randomblob/4": "SELECT randomblob('2','2','2','2')", "rank/0": "SELECT rank() OVER () FROM (SELECT 1)", "rank/1": "SELECT rank('2') OVER () FROM (SELECT 1)", "rank/2": "SELECT rank('2','2') OVER () FROM (SELECT 1)", "rank/3": "SELECT rank('2','2','2') OVER () FROM (SELECT 1)", "rank/4": "SELECT rank('2','2','2','2') OVER () FROM (SELECT 1)", "replace/0": "SELECT replace()", "replace/1": "SELECT replace('2')", "replace/2": "SELECT replace('2','2')", "replace/3": "SELECT replace('2','2','2')", "replace/4": "SELECT replace('2','2','2','2')", "round/0": "SELECT round()", "round/1": "SELECT round('2')", "round/2": "SELECT round('2','2')", "round/3": "SELECT round('2','2','2')", "round/4": "SELECT round('2','2','2','2')", "row_number/0": "SELECT row_number() OVER () FROM (SELECT 1)", "row_number/1": "SELECT row_number('2') OVER () FROM (SELECT 1)", "row_number/2": "SELECT row_number('2','2') OVER () FROM (SELECT 1)", "row_number/3": "SELECT row_number('2','2','2') OVER () FROM (SELECT 1)", "row_number/4": "SELECT row_number('2','2','2','2') OVER () FROM (SELECT 1)", "rtrim/0": "SELECT rtrim()", "rtrim/1": "SELECT rtrim('2')", "rtrim/2": "SELECT rtrim('2','2')", "rtrim/3": "SELECT rtrim('2','2','2')", "rtrim/4": "SELECT rtrim('2','2','2','2')", "sign/0": "SELECT sign()", "sign/1": "SELECT sign('2')", "sign/2": "SELECT sign('2','2')", "sign/3": "SELECT sign('2','2','2')", "sign/4": "SELECT sign('2','2','2','2')", "sin/0": "SELECT sin()", "sin/1": "SELECT sin('2')", "sin/2": "SELECT sin('2','2')", "sin/3": "SELECT sin('2','2','2')", "sin/4": "SELECT sin('2','2','2','2')", "sinh/0": "SELECT sinh()", "sinh/1": "SELECT sinh('2')", "sinh/2": "SELECT sinh('2','2')", "sinh/3": "SELECT sinh('2','2','2')", "sinh/4": "SELECT sinh('2','2','2','2')", "sqrt/0": "SELECT sqrt()", "sqrt/1": "SELECT sqrt('2')", "sqrt/2": "SELECT sqrt('2','2')", "sqrt/3": "SELECT sqrt('2','2','2')", "sqrt/4": "SELECT sqrt('2','2','2','2')", "strftime/0": "SELECT strftime()", "strftime/1": "SELECT strftime('2')", "strftime/2": "SELECT strftime('2','2')", "strftime/3": "SELECT strftime('2','2','2')", "strftime/4": "SELECT strftime('2','2','2','2')", "string_agg/0": "SELECT string_agg() OVER () FROM (SELECT 1)", "string_agg/1": "SELECT string_agg('2') OVER () FROM (SELECT 1)", "string_agg/2": "SELECT string_agg('2','2') OVER () FROM (SELECT 1)", "string_agg/3": "SELECT string_agg('2','2','2') OVER () FROM (SELECT 1)", "string_agg/4": "SELECT string_agg('2','2','2','2') OVER () FROM (SELECT 1)", "substr/0": "SELECT substr()", "substr/1": "SELECT substr('2')", "substr/2": "SELECT substr('2','2')", "substr/3": "SELECT substr('2','2','2')", "substr/4": "SELECT substr('2','2','2','2')", "substring/0": "SELECT substring()", "substring/1": "SELECT substring('2')", "substring/2": "SELECT substring('2','2')", "substring/3": "SELECT substring('2','2','2')", "substring/4": "SELECT substring('2','2','2','2')", "sum/0": "SELECT sum() OVER () FROM (SELECT 1)", "sum/1": "SELECT sum('2') OVER () FROM (SELECT 1)", "sum/2": "SELECT sum('2','2') OVER () FROM (SELECT 1)", "sum/3": "SELECT sum('2','2','2') OVER () FROM (SELECT 1)", "sum/4": "SELECT sum('2','2','2','2') OVER () FROM (SELECT 1)", "tan/0": "SELECT tan()", "tan/1": "SELECT tan('2')", "tan/2": "SELECT tan('2','2')", "tan/3": "SELECT tan('2','2','2')", "tan/4": "SELECT tan('2','2','2','2')", "tanh/0": "SELECT tanh()", "tanh/1": "SELECT tanh('2')", "tanh/2": "SELECT tanh('2','2')", "tanh/3": "SELECT tanh('2','2','2')", "tanh/4": "SELECT tanh('2','2','2','2')", "time/0": "SELECT time()", "time/1": "SELECT time('2')", "time/2": "SELECT time('2','2')", "time/3": "SELECT time('2','2','2')", "time/4": "SELECT time('2','2','2','2')", "timediff/0": "SELECT timediff()", "timediff/1": "SELECT timediff('2')", "timediff/2": "SELECT timediff('2','2')", "timediff/3": "SELECT timediff('2','2','2')", "timediff/4": "SELECT timediff('2','2','2','2')", "total/0": "SELECT total() OVER () FROM (SELECT 1)", "total/1": "SELECT total('2') OVER () FROM (SELECT 1)", "total/2": "SELECT total('2','2') OVER () FROM (SELECT 1)", "total/3": "SELECT total('2','2','2') OVER () FROM (SELECT 1)", "total/4": "SELECT total('2','2','2','2') OVER () FROM (SELECT 1)", "total_changes/0": "SELECT total_changes()", "total_changes/1": "SELECT total_changes('2')", "total_changes/2": "SELECT total_changes('2','2')", "total_changes/3": "SELECT total_changes('2','2','2')", "total_changes/4": "SELECT total_changes('2','2','2','2')", "trim/0": "SELECT trim()", "trim/1": "SELECT trim('2')", "trim/2": "SELECT trim('2','2')", "trim/3": "SELECT trim('2','2','2')", "trim/4": "SELECT trim('2','2','2','2')", "trunc/0": "SELECT trunc()", "trunc/1": "SELECT trunc('2')", "trunc/2": "SELECT trunc('2','2')", "trunc/3": "SELECT trunc('2','2','2')", "trunc/4": "SELECT trunc('2','2','2','2')", "typeof/0": "SELECT typeof()", "typeof/1": "SELECT typeof('2')", "typeof/2": "SELECT typeof('2','2')", "typeof/3": "SELECT typeof('2','2','2')", "typeof/4": "SELECT typeof('2','2','2','2')", "unhex/0": "SELECT unhex()", "unhex/1": "SELECT unhex('2')", "unhex/2": "SELECT unhex('2','2')", "unhex/3": "SELECT unhex('2','2','2')", "unhex/4": "SELECT unhex('2','2','2','2')", "unicode/0": "SELECT unicode()", "unicode/1": "SELECT unicode('2')", "unicode/2": "SELECT unicode('2','2')", "unicode/3": "SELECT unicode('2','2','2')", "unicode/4": "SELECT unicode('2','2','2','2')", "unixepoch/0": "SELECT unixepoch()", "unixepoch/1": "SELECT unixepoch('2')", "unixepoch/2": "SELECT unixepoch('2','2')", "unixepoch/3": "SELECT unixepoch('2','2','2')", "unixepoch/4": "SELECT unixepoch('2','2','2','2')", "unlikely/0": "SELECT unlikely()", "unlikely/1": "SELECT unlikely('2')", "unlikely/2": "SELECT unlikely('2','2')", "unlikely/3": "SELECT unlikely('2','2','2')", "unlikely/4": "SELECT unlikely('2','2','2','2')", "upper/0": "SELECT upper()", "upper/1": "SELECT upper('2')", "upper/2": "SELECT upper('2','2')", "upper/3": "SELECT upper('2','2','2')", "upper/4": "SELECT upper('2','2','2','2')", "zeroblob/0": "SELECT zeroblob()", "zeroblob/1": "SELECT zeroblob('2')", "zeroblob/2": "SELECT zeroblob('2','2')", "zeroblob/3": "SELECT zeroblob('2','2','2')", "zeroblob/4": "SELECT zeroblob('2','2','2','2')"};
CASES_EXTRA.push(d1("d1r2b-d1-function-arities", "every function workerd's SQLite allows, called with 0 to 4 arguments: which arities exist (workerd's SQLite 3.47) and the messages of the others", `
    const exprs = ${JSON.stringify(FN_ARITY)};
    for (const [name, sql] of Object.entries(exprs)) {
      try { await db.prepare(sql).raw(); out[name] = "ok"; } catch (e) { out[name] = String(e.message).split("\\n")[0]; }
    }`));
CASES_EXTRA.push(r2("d1r2b-r2-conditional-headers", "onlyIf given as Headers with every conditional header (If-Match lists, weak etags, If-None-Match, If-Modified-Since, If-Unmodified-Since) on get and put, and precedence between them", `
    const o = await b.put("k", "hello");
    const e = o.etag;
    const past = new Date(Date.now() - 3600e3).toUTCString(), future = new Date(Date.now() + 3600e3).toUTCString();
    const G = async (h) => { const r = await t(() => b.get("k", { onlyIf: new Headers(h) })); if (r.ok === null) return "null"; if (r.ok && r.ok.key) return "body" in r.ok ? "body:" + await r.ok.text() : "nobody"; return r; };
    const P = async (h) => { const r = await t(() => b.put("k", "hello", { onlyIf: new Headers(h) })); if (r.ok === null) return "null"; if (r.ok && r.ok.key) return "stored"; return r; };
    out.ifMatch = await G({ "if-match": '"' + e + '"' });
    out.ifMatchWrong = await G({ "if-match": '"x"' });
    out.ifMatchWeak = await G({ "if-match": 'W/"' + e + '"' });
    out.ifMatchStar = await G({ "if-match": "*" });
    out.ifMatchList = await G({ "if-match": '"a", "' + e + '"' });
    out.ifMatchListNoSpace = await G({ "if-match": '"a","' + e + '"' });
    out.ifNoneMatch = await G({ "if-none-match": '"' + e + '"' });
    out.ifNoneMatchWeak = await G({ "if-none-match": 'W/"' + e + '"' });
    out.ifNoneMatchOther = await G({ "if-none-match": '"x"' });
    out.ifNoneMatchStar = await G({ "if-none-match": "*" });
    out.ims = await G({ "if-modified-since": past });
    out.imsFuture = await G({ "if-modified-since": future });
    out.ius = await G({ "if-unmodified-since": past });
    out.iusFuture = await G({ "if-unmodified-since": future });
    out.imsBad = await G({ "if-modified-since": "garbage" });
    out.matchAndIus = await G({ "if-match": '"' + e + '"', "if-unmodified-since": past });
    out.noneMatchAndIms = await G({ "if-none-match": '"x"', "if-modified-since": future });
    out.noneMatchHitAndIms = await G({ "if-none-match": '"' + e + '"', "if-modified-since": past });
    out.unrelated = await G({ "x-foo": "1" });
    out.putIfMatch = await P({ "if-match": '"' + e + '"' });
    out.putIfMatchWrong = await P({ "if-match": '"x"' });
    out.putIfNoneMatchStar = await P({ "if-none-match": "*" });
    out.putIus = await P({ "if-unmodified-since": past });
    out.putImsFuture = await P({ "if-modified-since": future });
    out.objEtagMatchesWeak = await t(async () => { const r = await b.get("k", { onlyIf: { etagMatches: 'W/"' + e + '"' } }); return r && "body" in r; });
    out.objBothDates = await t(async () => { const r = await b.get("k", { onlyIf: { uploadedBefore: new Date(Date.now() + 3600e3), uploadedAfter: new Date(Date.now() - 3600e3) } }); return r && "body" in r; });
    out.objSecondsGran = await t(async () => { const h = await b.head("k"); const r = await b.get("k", { onlyIf: { uploadedAfter: h.uploaded, secondsGranularity: true } }); return r && "body" in r; });
    out.objBadEtagType = await t(() => b.get("k", { onlyIf: { etagMatches: 5 } }));
    out.objBadDate = await t(() => b.get("k", { onlyIf: { uploadedBefore: "yesterday" } }));
    out.onlyIfString = await t(() => b.get("k", { onlyIf: "x" }));`));

CASES_EXTRA.push(r2("d1r2b-r2-binding-surface", "the R2 binding's members and their argument checks: missing arguments, wrong types, method arity, key coercion, objects returned from each method", `
    out.members = Object.getOwnPropertyNames(Object.getPrototypeOf(b)).filter((n) => n !== "constructor").sort();
    out.ctor = b.constructor.name;
    out.str = String(b);
    out.getNoArg = await t(() => b.get());
    out.headNoArg = await t(() => b.head());
    out.putNoArg = await t(() => b.put());
    out.putOneArg = await tr(() => b.put("only"));
    out.deleteNoArg = await t(() => b.delete());
    out.listBadArg = await t(() => b.list("x"));
    out.createMpNoArg = await t(() => b.createMultipartUpload());
    out.resumeNoArg = await t(() => b.resumeMultipartUpload());
    out.resumeOneArg = await t(() => { const u = b.resumeMultipartUpload("k"); return [u.key, u.uploadId]; });
    out.keyNull = await tr(() => b.put(null, "x"));
    out.keyUndef = await tr(() => b.put(undefined, "x"));
    out.keyNullHead = await tr(() => b.head("null"));
    out.keyUndefHead = await tr(() => b.head("undefined"));
    out.getOptsBad = await t(() => b.get("k", "x"));
    out.headOptsExtra = await tr(() => b.head("null", { range: { offset: 0 } }));
    out.deleteReturn = await t(() => b.delete("null"));
    out.deleteMissing = await t(() => b.delete("never"));
    out.deleteArrayReturn = await t(() => b.delete(["a", "b"]));
    out.listReturnKeys = await t(async () => Object.keys(await b.list()).sort());
    out.objectMembers = await t(async () => { const o = await b.get("undefined"); return Object.getOwnPropertyNames(Object.getPrototypeOf(o)).filter((n) => n !== "constructor").sort(); });
    out.headMembers = await t(async () => { const o = await b.head("undefined"); return [o.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(o)).filter((n) => n !== "constructor").sort()]; });
    out.uploadMembers = await t(async () => { const u = await b.createMultipartUpload("m"); return Object.getOwnPropertyNames(Object.getPrototypeOf(u)).filter((n) => n !== "constructor").sort(); });`));

CASES_EXTRA.push(r2("d1r2b-r2-multipart-options", "createMultipartUpload options (httpMetadata Headers, customMetadata, storageClass, bad values) and what the completed object keeps; uploadPart part numbers and body kinds; parts listed in any order", `
    const MB = 1024 * 1024;
    out.badStorage = await t(async () => (await b.createMultipartUpload("x", { storageClass: "Cold" })).key);
    out.badHttp = await t(() => b.createMultipartUpload("x", { httpMetadata: "text/plain" }));
    out.badCustom = await t(() => b.createMultipartUpload("x", { customMetadata: "a" }));
    out.badCustomVal = await t(async () => { const u = await b.createMultipartUpload("x", { customMetadata: { a: 1 } }); const p = await u.uploadPart(1, "z"); return desc(await u.complete([p])); });
    const u = await b.createMultipartUpload("m", { httpMetadata: new Headers({ "content-type": "text/a", "cache-control": "max-age=1", "content-disposition": "inline", "x-other": "no" }), customMetadata: { k: "v" }, storageClass: "InfrequentAccess" });
    const parts = [];
    parts.push(await u.uploadPart(1, new Uint8Array(5 * MB).fill(97)));
    parts.push(await u.uploadPart(2, new Blob(["b".repeat(5 * MB)])));
    parts.push(await u.uploadPart(3, new Response("end").body));
    out.part0 = await t(() => u.uploadPart(0, "x"));
    out.part10001 = await t(() => u.uploadPart(10001, "x"));
    out.part10000 = await t(async () => (await u.uploadPart(10000, "x")).partNumber);
    out.partFloat = await t(async () => (await u.uploadPart(1.5, "x")).partNumber);
    out.partStr = await t(async () => (await u.uploadPart("4", "x")).partNumber);
    out.partNeg = await t(() => u.uploadPart(-1, "x"));
    out.partNullBody = await t(() => u.uploadPart(5, null));
    out.partObjBody = await t(() => u.uploadPart(5, {}));
    out.done = await tr(() => u.complete([parts[2], parts[0], parts[1]]));
    out.head = await tr(() => b.head("m"));
    out.completedEtagShape = await t(async () => { const h = await b.head("m"); return h && [h.size, h.etag.endsWith("-3"), h.etag.length, h.httpEtag === '"' + h.etag + '"']; });
    const u2 = await b.createMultipartUpload("m2", { httpMetadata: new Headers({ "content-type": "text/a", "cache-control": "max-age=1", "content-disposition": "inline", "x-other": "no" }), customMetadata: { k: "v" } });
    const q1 = await u2.uploadPart(1, new Uint8Array(5 * MB).fill(97));
    const q2 = await u2.uploadPart(2, "end");
    out.done2 = await tr(() => u2.complete([q2, q1]));
    out.head2 = await tr(() => b.head("m2"));`));
const PRAGMA_NAMES = ["analysis_limit","application_id","auto_vacuum","automatic_index","busy_timeout","cache_size","cache_spill","case_sensitive_like","cell_size_check","checkpoint_fullfsync","collation_list","compile_options","count_changes","data_version","database_list","default_cache_size","defer_foreign_keys","empty_result_callbacks","encoding","foreign_key_check","foreign_key_list","foreign_keys","freelist_count","full_column_names","fullfsync","function_list","hard_heap_limit","ignore_check_constraints","incremental_vacuum","index_info","index_list","index_xinfo","integrity_check","journal_mode","journal_size_limit","legacy_alter_table","locking_mode","max_page_count","mmap_size","module_list","optimize","page_count","page_size","pragma_list","query_only","quick_check","read_uncommitted","recursive_triggers","reverse_unordered_selects","schema_version","secure_delete","short_column_names","shrink_memory","soft_heap_limit","synchronous","table_info","table_list","table_xinfo","temp_store","temp_store_directory","threads","trusted_schema","user_version","wal_autocheckpoint","wal_checkpoint","writable_schema"].filter((n) => !["writable_schema", "hard_heap_limit", "soft_heap_limit", "threads", "mmap_size", "wal_checkpoint", "shrink_memory", "busy_timeout", "temp_store", "temp_store_directory", "data_store_directory", "lock_status", "stats", "vdbe_trace", "vdbe_listing", "sql_trace", "parser_trace", "vdbe_debug", "vdbe_addoptrace", "incremental_vacuum", "locking_mode", "journal_mode", "analysis_limit"].includes(n));
CASES_EXTRA.push(d1("d1r2b-d1-pragma-authorizer", "every PRAGMA of a recent SQLite build, read and as a table-valued function: which workerd's authorizer allows", `
    const names = ${JSON.stringify(PRAGMA_NAMES)};
    await db.exec("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT); CREATE INDEX tb ON t(b)");
    for (const n of names) {
      try { await db.prepare("PRAGMA " + n).raw(); out[n] = "ok"; } catch (e) { out[n] = String(e.message).split("\\n")[0]; }
      try { await db.prepare("SELECT * FROM pragma_" + n + "('t')").raw(); out["fn_" + n] = "ok"; } catch (e) { out["fn_" + n] = String(e.message).split("\\n")[0]; }
    }`));
const names = ["analysis_limit","application_id","auto_vacuum","automatic_index","busy_timeout","cache_size","cache_spill","case_sensitive_like","cell_size_check","checkpoint_fullfsync","collation_list","compile_options","count_changes","data_version","database_list","default_cache_size","defer_foreign_keys","empty_result_callbacks","encoding","foreign_key_check","foreign_key_list","foreign_keys","freelist_count","full_column_names","fullfsync","function_list","hard_heap_limit","ignore_check_constraints","incremental_vacuum","index_info","index_list","index_xinfo","integrity_check","journal_mode","journal_size_limit","legacy_alter_table","locking_mode","max_page_count","mmap_size","module_list","optimize","page_count","page_size","pragma_list","query_only","quick_check","read_uncommitted","recursive_triggers","reverse_unordered_selects","schema_version","secure_delete","short_column_names","shrink_memory","soft_heap_limit","synchronous","table_info","table_list","table_xinfo","temp_store","temp_store_directory","threads","trusted_schema","user_version","wal_autocheckpoint","wal_checkpoint","writable_schema"];
CASES_EXTRA.push(d1("d1r2b-d1-pragma-functions", "every table-valued pragma function with no argument and with 'main': which workerd's authorizer allows and which SQLite refuses first", `

  await db.exec("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT); CREATE INDEX tb ON t(b)");
  for (const n of ${JSON.stringify(names)}) {
    try { await db.prepare("SELECT * FROM pragma_" + n + "()").raw(); out[n] = "ok"; } catch (e) { out[n] = String(e.message).split("\\n")[0]; }
    try { await db.prepare("SELECT * FROM pragma_" + n + "('main')").raw(); out["main_" + n] = "ok"; } catch (e) { out["main_" + n] = String(e.message).split("\\n")[0]; }
  }
`));
CASES_EXTRA.push(d1("d1r2b-d1-virtual-tables", "virtual table modules and eponymous virtual tables: which workerd's SQLite has and its authorizer allows, created and read", `
    const q = async (sql) => { try { const r = await db.prepare(sql).raw(); return { ok: r.length }; } catch (e) { return String(e.message).split("\\n")[0]; } };
    const mods = ["dbstat", "fts3", "fts3tokenize", "fts4", "fts4aux", "fts5", "fts5vocab", "rtree", "rtree_i32", "geopoly", "json_each", "json_tree", "jsonb_each", "jsonb_tree", "generate_series", "carray", "sqlite_dbpage", "sqlite_stmt", "completion", "csv", "series", "pragma_module_list", "zipfile", "bytecode", "tables_used"];
    for (const m of mods) {
      out["create_" + m] = await q("CREATE VIRTUAL TABLE v_" + m + " USING " + m + "(a, b, c)");
      out["read_" + m] = await q("SELECT * FROM " + m + " LIMIT 1");
    }
    out.jsonEach = await q("SELECT * FROM json_each('[1,2,3]')");
    out.jsonTree = await q("SELECT * FROM json_tree('{\\"a\\":[1]}')");
    out.jsonbEach = await q("SELECT * FROM jsonb_each('[1,2]')");
    out.fts5Trigram = await q("CREATE VIRTUAL TABLE ft USING fts5(body, tokenize = 'trigram')");
    out.fts5Porter = await q("CREATE VIRTUAL TABLE fp USING fts5(body, tokenize = 'porter unicode61')");
    out.fts5Insert = await q("INSERT INTO ft VALUES ('hello world'), ('yellow')");
    out.fts5Match = await t(async () => (await db.prepare("SELECT body FROM ft WHERE ft MATCH 'ello' ORDER BY rank").raw()));
    out.fts5Highlight = await t(async () => (await db.prepare("SELECT highlight(ft, 0, '[', ']') AS h, snippet(ft, 0, '<', '>', '...', 2) AS s, typeof(bm25(ft)) AS b FROM ft WHERE ft MATCH 'world'").all()).results);
    out.fts5Vocab = await q("CREATE VIRTUAL TABLE fv USING fts5vocab(ft, 'row')");
    out.fts5VocabRead = await t(async () => (await db.prepare("SELECT term, doc FROM fv ORDER BY term LIMIT 3").raw()));
    out.fts5Contentless = await q("CREATE VIRTUAL TABLE fc USING fts5(x, content='')");
    out.fts5External = await q("CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT)").then(() => q("CREATE VIRTUAL TABLE fe USING fts5(body, content='docs', content_rowid='id')"));
    out.fts5Rebuild = await q("INSERT INTO fe(fe) VALUES ('rebuild')");
    out.fts5Optimize = await q("INSERT INTO ft(ft) VALUES ('optimize')");
    out.fts5Integrity = await q("INSERT INTO ft(ft, rank) VALUES ('integrity-check', 0)");
    out.fts5Drop = await q("DROP TABLE ft");
    out.schema = await t(async () => (await db.prepare("SELECT name, type FROM sqlite_master WHERE name NOT LIKE '_cf_%' ORDER BY name").raw()));`));
CASES_EXTRA.push(d1("d1r2b-d1-pragma-meta", "meta of PRAGMA statements that describe the schema or read and set settings (no rows read), and of table-valued pragma functions", `

  await db.exec("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT REFERENCES t(a)); CREATE INDEX tb ON t(b); INSERT INTO t VALUES (1, NULL), (2, 1), (3, 1)");
  const m = async (sql) => { try { const r = await db.prepare(sql).all(); return [r.results.length, r.meta.rows_read, r.meta.rows_written, r.meta.changed_db, r.meta.changes]; } catch (e) { return e.message; } };
  for (const s of ["PRAGMA table_info(t)", "PRAGMA table_xinfo(t)", "PRAGMA table_list", "PRAGMA table_list(t)", "PRAGMA index_list(t)", "PRAGMA index_info(tb)", "PRAGMA index_xinfo(tb)", "PRAGMA foreign_key_list(t)", "PRAGMA data_version", "PRAGMA foreign_keys", "PRAGMA foreign_keys = ON", "PRAGMA defer_foreign_keys = ON", "PRAGMA case_sensitive_like = 0", "SELECT * FROM pragma_table_info('t')", "SELECT count(*) FROM pragma_index_list('t')", "SELECT * FROM pragma_quick_check"]) out[s] = await m(s);
`));
CASES_EXTRA.push(d1("d1r2b-d1-multi-statement-busy", "queries of several statements whose earlier statements yield rows or none, in a batch twice, with WITH, VALUES and PRAGMA: which runs fail as busy", `

  const r = (p) => p.then((x) => "ok", (e) => e.message.slice(0, 60));
  const runs = async (name, fn, n = 4) => { out[name] = []; for (let i = 0; i < n; i++) out[name].push(await r(fn())); };
  await db.exec("CREATE TABLE IF NOT EXISTS x (a)");
  out.batchTwice = await r(db.batch([db.prepare("SELECT 1; SELECT 2"), db.prepare("SELECT 1; SELECT 2")]));
  out.batchAfter = await r(db.prepare("SELECT 1; SELECT 2").all());
  await runs("insSelSel", () => db.prepare("INSERT INTO x VALUES (1); SELECT 1; SELECT 2").all());
  await runs("selInsSel", () => db.prepare("SELECT 3; INSERT INTO x VALUES (1); SELECT 4").all());
  await runs("withSel", () => db.prepare("WITH c AS (SELECT 1) SELECT * FROM c; SELECT 5").all());
  await runs("valuesSel", () => db.prepare("VALUES (1); SELECT 6").all());
  await runs("pragmaSel", () => db.prepare("PRAGMA foreign_keys; SELECT 7").all());
  await runs("selWhereFalse", () => db.prepare("SELECT 1 WHERE 0; SELECT 9").all());
  await runs("selEmptyTbl", () => db.prepare("SELECT * FROM x WHERE a = 99; SELECT 10").all());
  await runs("selFourStmts", () => db.prepare("SELECT 1; SELECT 2; SELECT 3; SELECT 11").all(), 6);
`));
CASES_EXTRA.push(r2("d1r2b-r2-objects-across-requests", "objects written in one request and read in the next: head/get/list shapes after put, overwrite, multipart and delete, body text, ranges and metadata kept", `
    const step = url.searchParams.get("s");
    if (step === "1") {
      await b.put("a.txt", "alpha", { httpMetadata: { contentType: "text/plain", contentLanguage: "en" }, customMetadata: { n: "1" } });
      await b.put("b/c.txt", "bravo");
      await b.put("gone", "x");
      const u = await b.createMultipartUpload("mp", { customMetadata: { m: "y" } });
      const p1 = await u.uploadPart(1, "only part");
      await u.complete([p1]);
      out.done = true;
    } else if (step === "2") {
      await b.delete("gone");
      await b.put("a.txt", "alpha2", { customMetadata: { n: "2" } });
      out.list = await t(async () => (await b.list({ include: ["customMetadata", "httpMetadata"] })).objects.map((o) => [o.key, o.size, o.customMetadata, o.httpMetadata, o.checksums.toJSON()]));
      out.a = await tb(() => b.get("a.txt"));
      out.mp = await tb(() => b.get("mp", { range: { offset: 5 } }));
      out.gone = await t(() => b.head("gone"));
      out.delim = await t(async () => { const l = await b.list({ delimiter: "/" }); return [l.objects.map((o) => o.key), l.delimitedPrefixes]; });
    }`, { steps: [get("/?s=1"), get("/?s=2"), get("/?s=3")] }));
CASES_EXTRA.push(d1("d1r2b-d1-orm-patterns", "queries as ORMs send them: quoted identifiers, upserts with RETURNING *, LIMIT/OFFSET parameters, IN lists, raw() with column names for joins, batch of migrations then reads", `
    const r = await t(() => db.batch([
      db.prepare('CREATE TABLE IF NOT EXISTS "users" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" text NOT NULL, "email" text NOT NULL, "created_at" integer DEFAULT (unixepoch()) NOT NULL)'),
      db.prepare('CREATE UNIQUE INDEX IF NOT EXISTS "users_email_unique" ON "users" ("email")'),
      db.prepare('CREATE TABLE IF NOT EXISTS "posts" ("id" integer PRIMARY KEY NOT NULL, "user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE, "title" text)'),
    ]));
    out.migrate = r.ok ? r.ok.map((x) => [x.success, x.meta.changes, x.results.length]) : r;
    const ins = (n, e) => db.prepare('insert into "users" ("id", "name", "email", "created_at") values (null, ?, ?, 0) returning "id", "name", "email"').bind(n, e);
    out.inserted = await t(async () => (await db.batch([ins("a", "a@x"), ins("b", "b@x"), ins("c", "c@x")])).map((x) => x.results));
    out.upsert = await t(async () => (await db.prepare('insert into "users" ("name", "email", "created_at") values (?, ?, 0) on conflict ("email") do update set "name" = excluded."name" returning *').bind("A2", "a@x").all()).results);
    out.dupEmail = await t(() => db.prepare('insert into "users" ("name", "email") values (?, ?)').bind("z", "b@x").run());
    await db.prepare('insert into "posts" ("id", "user_id", "title") values (?, ?, ?), (?, ?, ?)').bind(1, 1, "p1", 2, 2, "p2").run();
    out.page = await t(async () => (await db.prepare('select "id", "name" from "users" order by "id" limit ? offset ?').bind(2, 1).raw()));
    out.inList = await t(async () => (await db.prepare('select "name" from "users" where "id" in (?, ?, ?) order by "id"').bind(1, 3, 99).raw()));
    out.joinRaw = await t(async () => await db.prepare('select "users"."id", "users"."name", "posts"."id", "posts"."title" from "users" left join "posts" on "posts"."user_id" = "users"."id" order by "users"."id"').raw({ columnNames: true }));
    out.joinAll = await t(async () => (await db.prepare('select "users"."id", "posts"."id" from "users" left join "posts" on "posts"."user_id" = "users"."id" order by "users"."id"').all()).results);
    out.count = await t(() => db.prepare('select count(*) as "count" from "users"').first("count"));
    out.cascade = await t(async () => { const d = await db.prepare('delete from "users" where "id" = ?').bind(1).run(); return [d.meta.changes, await db.prepare('select count(*) as n from "posts"').first("n")]; });
    out.jsonParam = await t(() => db.prepare("select json_extract(?, '$.tags[1]') as tag, json_array_length(?) as n").bind(JSON.stringify({ tags: ["x", "y"] }), "[1,2,3]").first());
    out.likeParam = await t(async () => (await db.prepare('select "name" from "users" where "email" like ? order by "id"').bind("%@x").raw()));
    out.updateReturning = await t(async () => (await db.prepare('update "users" set "name" = upper("name") where "id" > ? returning "id", "name"').bind(1).all()).results);`));
export default [...D1_CASES, ...R2_CASES, ...CASES_EXTRA];
