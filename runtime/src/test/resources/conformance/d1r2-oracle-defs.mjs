// d1r2: D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then
// `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs d1r2` (cases land in out/d1 and out/r2).
import { PRELUDE, CD, modWorker, get, req } from "./_h.mjs";

// ---- from d1r2.mjs
const D1_PRELUDE_0 = `
const meta = (r) => { if (!r || !r.meta) return r; const m = { ...r.meta }; m.duration = typeof m.duration; m.size_after = typeof m.size_after; if (m.timings) m.timings = Object.fromEntries(Object.entries(m.timings).map(([k, v]) => [k, typeof v])); return { ...r, meta: m }; };
const tm = async (fn) => { const r = await t(fn); if (r.error && typeof r.error.message === "string") r.error.message = r.error.message.split("\\n")[0]; if (r.ok && typeof r.ok === "object") r.ok = Array.isArray(r.ok) ? r.ok.map(meta) : meta(r.ok); return r; };
`;
const d1Case_0 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1_PRELUDE_0}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const R2_PRELUDE_0 = `
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  version: typeof o.version === "string" && o.version.length > 0, uploaded: o.uploaded instanceof Date,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o, ssecKeyMd5: o.ssecKeyMd5 === undefined ? "absent" : o.ssecKeyMd5,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const tb = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const d = desc(r.ok); if (r.ok.body && !r.ok.bodyUsed) d.text = await r.ok.text(); r.ok = d; } return r; };
`;
const r2Case_0 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2_PRELUDE_0}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

const CASES_0 = [
  d1Case_0("d1r2-d1-bind-errors", "bind(): error messages for unsupported values and wrong parameter counts, named and numbered parameters", `
    await db.exec("CREATE TABLE t (a, b)");
    const q = (sql, ...v) => tm(() => db.prepare(sql).bind(...v).all());
    out.undef = await q("SELECT ? AS v", undefined);
    out.bigint = await q("SELECT ? AS v", 5n);
    out.sym = await t(() => db.prepare("SELECT ? AS v").bind(Symbol("s")).all());
    out.fn = await q("SELECT ? AS v", () => 1);
    out.date = await q("SELECT ? AS v", new Date(0));
    out.map = await q("SELECT ? AS v", new Map());
    out.obj = await q("SELECT ? AS v", { a: 1 });
    out.objNull = await q("SELECT ? AS v", Object.create(null));
    out.tooMany = await q("SELECT ? AS v", 1, 2);
    out.tooFew = await q("SELECT ? AS a, ? AS b", 1);
    out.none = await q("SELECT ? AS a");
    out.numbered = await q("SELECT ?2 AS a, ?1 AS b", "x", "y");
    out.numberedGap = await q("SELECT ?3 AS a", 1, 2, 3);
    out.numberedGapFew = await q("SELECT ?3 AS a", 1);
    out.colon = await q("SELECT :x AS a", 1);
    out.at = await q("SELECT @x AS a", 1);
    out.dollar = await q("SELECT $x AS a", 1);
    out.mixed = await q("SELECT ? AS a, ?5 AS b", 1, 2, 3, 4, 5);
    out.bindTwice = await tm(() => db.prepare("SELECT ? AS a").bind(1).bind(2).all());
    out.bindArrayArg = await q("SELECT ? AS a", [1, 2, 3]);
    out.bindEmptyArr = await q("SELECT ? AS a", []);
    out.boolT = await q("SELECT ? AS a, typeof(?) AS t", true, true);
    out.nullv = await q("SELECT ? AS a, typeof(?) AS t", null, null);
    out.neg0 = await q("SELECT ? AS a, typeof(?) AS t", -0, -0);
    out.intish = await q("SELECT ? AS a, typeof(?) AS t", 3, 3);
    out.float = await q("SELECT ? AS a, typeof(?) AS t", 3.5, 3.5);
    out.big = await q("SELECT ? AS a, typeof(?) AS t", 2 ** 60, 2 ** 60);
    out.nan = await q("SELECT ? AS a, typeof(?) AS t", NaN, NaN);
    out.inf = await q("SELECT ? AS a, typeof(?) AS t", Infinity, Infinity);
    out.strNum = await q("SELECT ? AS a, typeof(?) AS t", "12", "12");
    out.u8 = await q("SELECT ? AS a, typeof(?) AS t, length(?) AS l", new Uint8Array([0, 1, 255]), new Uint8Array([0]), new Uint8Array([0, 1, 255]));
    out.ab = await q("SELECT hex(?) AS h", new Uint8Array([222, 173]).buffer);
    out.emptyBlob = await q("SELECT ? AS a, typeof(?) AS t", new ArrayBuffer(0), new ArrayBuffer(0));
    out.insertMixed = await tm(() => db.prepare("INSERT INTO t VALUES (?, ?)").bind(true, new Uint8Array([7])).run());
    out.readBack = await q("SELECT a, b, typeof(a) AS ta, typeof(b) AS tb FROM t");`),

  d1Case_0("d1r2-d1-first-raw-edges", "first(col) on missing columns with and without rows, raw({columnNames}) variants, all() and run() on DDL and on SELECT", `
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, n TEXT)");
    out.firstMissingNoRows = await t(() => db.prepare("SELECT n FROM t").first("zz"));
    await db.prepare("INSERT INTO t (n) VALUES ('a'), ('b')").run();
    out.firstMissing = await t(() => db.prepare("SELECT n FROM t").first("zz"));
    out.firstEmptyName = await t(() => db.prepare("SELECT n FROM t").first(""));
    out.firstNumberArg = await t(() => db.prepare("SELECT n AS '1' FROM t").first(1));
    out.firstUndefined = await t(() => db.prepare("SELECT n FROM t").first(undefined));
    out.firstNull = await t(() => db.prepare("SELECT n FROM t").first(null));
    out.firstObj = await t(() => db.prepare("SELECT n FROM t").first({}));
    out.firstDDL = await t(() => db.prepare("CREATE TABLE u (x)").first());
    out.firstInsert = await t(() => db.prepare("INSERT INTO t (n) VALUES ('c')").first());
    out.firstInsertRet = await t(() => db.prepare("INSERT INTO t (n) VALUES ('d') RETURNING id, n").first("id"));
    out.rawTrue = await t(() => db.prepare("SELECT id, n FROM t ORDER BY id LIMIT 2").raw({ columnNames: true }));
    out.rawFalse = await t(() => db.prepare("SELECT id, n FROM t ORDER BY id LIMIT 1").raw({ columnNames: false }));
    out.rawTruthy = await t(() => db.prepare("SELECT id FROM t ORDER BY id LIMIT 1").raw({ columnNames: 1 }));
    out.rawStr = await t(() => db.prepare("SELECT id FROM t ORDER BY id LIMIT 1").raw({ columnNames: "yes" }));
    out.rawNullOpt = await t(() => db.prepare("SELECT id FROM t ORDER BY id LIMIT 1").raw(null));
    out.rawEmptyObj = await t(() => db.prepare("SELECT id FROM t ORDER BY id LIMIT 1").raw({}));
    out.rawDDLNames = await t(() => db.prepare("CREATE TABLE v (x)").raw({ columnNames: true }));
    out.rawInsertNames = await t(() => db.prepare("INSERT INTO t (n) VALUES ('e')").raw({ columnNames: true }));
    out.rawExprNames = await t(() => db.prepare("SELECT 1+1, 'a'||'b', NULL, count(*) FROM t").raw({ columnNames: true }));
    out.allDDL = await tm(() => db.prepare("CREATE TABLE w (x)").all());
    out.runSelect = await tm(() => db.prepare("SELECT id FROM t ORDER BY id LIMIT 2").run());
    out.allExprNames = await tm(() => db.prepare("SELECT 1+1, 'a'||'b', NULL, count(*) FROM t").all());
    out.starJoin = await tm(() => db.prepare("SELECT * FROM t AS x JOIN t AS y ON x.id = y.id WHERE x.id = 1").all());
    out.starJoinRaw = await t(() => db.prepare("SELECT * FROM t AS x JOIN t AS y ON x.id = y.id WHERE x.id = 1").raw({ columnNames: true }));`),

  d1Case_0("d1r2-d1-batch-errors", "batch() with a failure in the middle or at the end, invalid elements, rollback and the messages", `
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)");
    const ins = (v) => db.prepare("INSERT INTO t (v) VALUES (?)").bind(v);
    out.middle = await tm(() => db.batch([ins("a"), ins("a"), ins("b")]));
    out.afterMiddle = await t(() => db.prepare("SELECT count(*) AS n FROM t").first("n"));
    out.syntax = await tm(() => db.batch([ins("a"), db.prepare("SELEC 1"), ins("b")]));
    out.missingTable = await tm(() => db.batch([ins("a"), db.prepare("SELECT * FROM nope")]));
    out.nullNot = await tm(() => db.batch([ins("a"), ins(null)]));
    out.bindErr = await tm(() => db.batch([ins("a"), db.prepare("SELECT ?").bind(undefined)]));
    out.elemString = await tm(() => db.batch(["SELECT 1"]));
    out.elemNull = await tm(() => db.batch([null]));
    out.elemObj = await tm(() => db.batch([{}]));
    out.noArg = await tm(() => db.batch());
    out.after = await t(() => db.prepare("SELECT count(*) AS n FROM t").first("n"));
    out.ok = await tm(() => db.batch([ins("x"), db.prepare("SELECT v FROM t"), db.prepare("UPDATE t SET v = v || '!'"), db.prepare("DELETE FROM t WHERE 0")]));
    out.tx = await tm(() => db.batch([db.prepare("BEGIN"), ins("y"), db.prepare("COMMIT")]));
    out.multiInOne = await tm(() => db.batch([db.prepare("INSERT INTO t (v) VALUES ('m1'); INSERT INTO t (v) VALUES ('m2')"), db.prepare("SELECT v FROM t ORDER BY id")]));
    out.single = await tm(() => db.batch([db.prepare("SELECT 42 AS x")]));`),

  d1Case_0("d1r2-d1-exec-edges", "exec(): empty input, only comments, blank lines, CRLF, errors and their line numbers, results and count", `
    const te = async (sql) => { const r = await t(() => db.exec(sql)); if (r.ok) r.ok = { ...r.ok, duration: typeof r.ok.duration }; return r; };
    out.empty = await te("");
    out.spaces = await te("   ");
    out.semis = await te(";;;");
    out.comment = await te("-- just a comment");
    out.blockComment = await te("/* block */");
    out.crlf = await te("CREATE TABLE a (x);\\r\\nINSERT INTO a VALUES (1);\\r\\nINSERT INTO a VALUES (2);");
    out.blankLines = await te("\\n\\nINSERT INTO a VALUES (3);\\n\\n\\nINSERT INTO a VALUES (4);\\n");
    out.twoOnLine = await te("INSERT INTO a VALUES (5); INSERT INTO a VALUES (6);");
    out.errLine3 = await te("INSERT INTO a VALUES (7);\\nINSERT INTO a VALUES (8);\\nINSERT INTO nope VALUES (9);");
    out.errSyntax = await te("SELEC 1;");
    out.errSameLine = await te("INSERT INTO a VALUES (10); INSERT INTO nope VALUES (11);");
    out.errComment = await te("-- c\\nINSERT INTO nope VALUES (1);");
    out.count = await t(() => db.prepare("SELECT count(*) AS n, group_concat(x) AS xs FROM a").first());
    out.selectExec = await te("SELECT * FROM a; SELECT 1;");
    out.number = await te(42);
    out.undef = await te(undefined);
    out.nullq = await te(null);
    out.tx = await te("BEGIN; INSERT INTO a VALUES (99); COMMIT;");
    out.savepoint = await te("SAVEPOINT s1; INSERT INTO a VALUES (98); RELEASE s1;");
    out.after = await t(() => db.prepare("SELECT count(*) AS n FROM a").first("n"));
    out.trailingNoSemi = await te("INSERT INTO a VALUES (100)\\n-- trailing");
    out.unterminated = await te("INSERT INTO a VALUES ('abc);");`),

  d1Case_0("d1r2-d1-prepare-edges", "prepare(): empty and comment-only SQL, non-string SQL, transactions and ATTACH, unknown functions", `
    const q = (sql) => tm(() => db.prepare(sql).all());
    out.empty = await q("");
    out.spaces = await q("  ");
    out.comment = await q("-- only");
    out.semi = await q(";");
    out.num = await tm(() => db.prepare(1).all());
    out.noArg = await tm(() => db.prepare().all());
    out.begin = await q("BEGIN");
    out.beginTx = await q("BEGIN TRANSACTION");
    out.commit = await q("COMMIT");
    out.rollback = await q("ROLLBACK");
    out.savepoint = await q("SAVEPOINT x");
    out.attach = await q("ATTACH DATABASE ':memory:' AS m");
    out.detach = await q("DETACH DATABASE m");
    out.vacuum = await q("VACUUM");
    out.unknownFn = await q("SELECT nofunc(1)");
    out.loadExt = await q("SELECT load_extension('x')");
    out.sqliteVersionType = await t(async () => typeof (await db.prepare("SELECT sqlite_version() AS v").first("v")));
    out.randomType = await t(async () => typeof (await db.prepare("SELECT random() AS v").first("v")));
    out.reindex = await q("REINDEX");
    out.explain = await t(async () => (await db.prepare("EXPLAIN QUERY PLAN SELECT 1").all()).results.length > 0);
    out.createTemp = await q("CREATE TEMP TABLE tt (x)");
    out.createVirtual = await q("CREATE VIRTUAL TABLE vt USING fts5(body)");
    out.rtree = await q("CREATE VIRTUAL TABLE rt USING rtree(id, minX, maxX)");
    out.sqliteMaster = await q("SELECT type, name FROM sqlite_master ORDER BY name");`),
];

// ---- from d1r2-more.mjs
const D1_PRELUDE_1 = `
const meta = (r) => { if (!r || !r.meta) return r; const m = { ...r.meta }; m.duration = typeof m.duration; m.size_after = typeof m.size_after; if (m.timings) m.timings = Object.fromEntries(Object.entries(m.timings).map(([k, v]) => [k, typeof v])); return { ...r, meta: m }; };
const tm = async (fn) => { const r = await t(fn); if (r.error && typeof r.error.message === "string") r.error.message = r.error.message.split("\\\\n")[0]; if (r.ok && typeof r.ok === "object") r.ok = Array.isArray(r.ok) ? r.ok.map(meta) : meta(r.ok); return r; };
`;
const d1Case_1 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1_PRELUDE_1}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});

const CASES_1 = [
  d1Case_1("d1r2-d1-strict-json", "STRICT tables (type errors, ANY columns), JSON functions and operators, typeof of results", `
    await db.exec("CREATE TABLE s (i INTEGER, r REAL, t TEXT, b BLOB, a ANY) STRICT");
    const q = (sql, ...v) => tm(() => db.prepare(sql).bind(...v).all());
    out.insOk = await q("INSERT INTO s VALUES (?, ?, ?, ?, ?)", 1, 2.5, "x", new Uint8Array([1]), "any");
    out.insIntFromReal = await q("INSERT INTO s (i) VALUES (?)", 3.0);
    out.insIntFromFrac = await q("INSERT INTO s (i) VALUES (?)", 3.5);
    out.insIntFromText = await q("INSERT INTO s (i) VALUES (?)", "abc");
    out.insIntFromNumText = await q("INSERT INTO s (i) VALUES (?)", "42");
    out.insTextFromNum = await q("INSERT INTO s (t) VALUES (?)", 5);
    out.insBlobFromText = await q("INSERT INTO s (b) VALUES (?)", "x");
    out.insRealFromInt = await q("INSERT INTO s (r) VALUES (?)", 7);
    out.insAnyBool = await q("INSERT INTO s (a) VALUES (?)", true);
    out.badType = await q("CREATE TABLE s2 (x FOO) STRICT");
    out.read = await q("SELECT i, r, t, b, a, typeof(i) ti, typeof(r) tr, typeof(t) tt, typeof(a) ta FROM s ORDER BY rowid");
    out.json1 = await q("SELECT json_extract(?, '$.a') AS a, json_extract(?, '$.b') AS b, json_extract(?, '$.c') AS c, json_extract(?, '$.d') AS d", '{"a":1,"b":2.5,"c":"s","d":[1,2]}', '{"a":1,"b":2.5,"c":"s","d":[1,2]}', '{"a":1,"b":2.5,"c":"s","d":[1,2]}', '{"a":1,"b":2.5,"c":"s","d":[1,2]}');
    out.arrow = await q("SELECT ? -> '$.a' AS a, ? ->> '$.a' AS b, ? -> 'x' AS c", '{"a":{"z":1}}', '{"a":{"z":1}}', '{"x":true}');
    out.jsonObj = await q("SELECT json_object('a', 1, 'b', 'two', 'c', NULL) AS o, json_array(1, 2.0, 'x') AS arr, json_group_array(v) AS g FROM (SELECT 1 AS v UNION ALL SELECT 2)");
    out.jsonBad = await q("SELECT json_extract('{bad', '$.a') AS a");
    out.jsonValid = await q("SELECT json_valid('{}') AS a, json_valid('x') AS b, json_type('[1]') AS c, json_array_length('[1,2,3]') AS d");
    out.jsonEach = await q("SELECT key, value, type FROM json_each('{\\"a\\":1,\\"b\\":[2],\\"c\\":null}')");
    out.jsonb = await q("SELECT typeof(jsonb('{}')) AS t, json(jsonb('{\\"a\\":1}')) AS j");
    out.jsonPatch = await q("SELECT json_patch('{\\"a\\":1}', '{\\"b\\":2}') AS p, json_set('{}', '$.x', 5) AS s, json_remove('[1,2,3]', '$[1]') AS r");
    out.jsonTrue = await q("SELECT json_extract('{\\"t\\":true,\\"f\\":false,\\"n\\":null}', '$.t') AS t, json_extract('{\\"t\\":true}', '$.f') AS f, json_extract('{\\"n\\":null}', '$.n') AS n");
    out.jsonBig = await q("SELECT json_extract('{\\"a\\":12345678901234567890}', '$.a') AS a, json_extract('{\\"a\\":9007199254740993}', '$.a') AS b");`),

  d1Case_1("d1r2-d1-number-types", "integers beyond 2^53, REAL versus INTEGER, division, overflow errors, rounding, hex literals, CAST", `
    const q = (sql, ...v) => tm(() => db.prepare(sql).bind(...v).all());
    const r = (sql, ...v) => t(() => db.prepare(sql).bind(...v).raw());
    out.big = await r("SELECT 9007199254740993 AS a, -9007199254740993 AS b, 9223372036854775807 AS c, -9223372036854775808 AS d");
    out.big2 = await r("SELECT 9007199254740992 AS a, 9007199254740991 AS b, 2147483648 * 2147483648 AS c");
    out.reals = await r("SELECT 1.0 AS a, 2.50 AS b, 1e3 AS c, 1e300 * 1e10 AS d, -1e300 * 1e10 AS e, 0.1 + 0.2 AS f, -0.0 AS g");
    out.div = await r("SELECT 7 / 2 AS a, 7.0 / 2 AS b, 7 % 3 AS c, 1 / 0 AS d, 1.0 / 0 AS e, 5 % 0 AS f");
    out.overflow = await r("SELECT 9223372036854775807 + 1 AS a");
    out.sumOverflow = await q("SELECT sum(x) AS s FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)");
    out.totalOverflow = await r("SELECT total(x) AS s FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)");
    out.absMin = await q("SELECT abs(-9223372036854775808) AS a");
    out.hex = await r("SELECT 0x10 AS a, 0xFFFFFFFFFFFFFFFF AS b, 0x7FFFFFFFFFFFFFFF AS c");
    out.cast = await r("SELECT CAST('12abc' AS INTEGER), CAST('1.5e2' AS REAL), CAST(3.9 AS INTEGER), CAST(-3.9 AS INTEGER), CAST('x' AS REAL), CAST(1e20 AS INTEGER), CAST(x'41' AS TEXT), CAST('A' AS BLOB)");
    out.round = await r("SELECT round(2.5), round(-2.5), round(1.005, 2), round(3), typeof(round(3))");
    out.avg = await r("SELECT avg(x), typeof(avg(x)), sum(x), typeof(sum(x)), total(x), count(x) FROM (SELECT 1 AS x UNION ALL SELECT 2)");
    out.sumEmpty = await r("SELECT sum(x), total(x), avg(x), max(x), count(*) FROM (SELECT 1 AS x) WHERE 0");
    out.bindBig = await r("SELECT ?, typeof(?), ? = 9007199254740993, CAST(? AS INTEGER)", 9007199254740993, 9007199254740993, 9007199254740993, 9007199254740993);
    out.bindNegInt = await r("SELECT ?, typeof(?), ? + 1", -5, -5, -5);
    out.bindTiny = await r("SELECT ?, typeof(?)", 5e-324, 5e-324);
    out.bindMax = await r("SELECT ?, typeof(?)", Number.MAX_VALUE, Number.MAX_VALUE);
    out.intColFromReal = await (async () => { await db.exec("CREATE TABLE n (i INTEGER, r REAL, t TEXT, x NUMERIC)"); await db.prepare("INSERT INTO n VALUES (?, ?, ?, ?)").bind(2.0, 3, 4.5, "5.0").run(); await db.prepare("INSERT INTO n VALUES (?, ?, ?, ?)").bind(2.5, "7", 1e21, "1e3").run(); await db.prepare("INSERT INTO n VALUES (?, ?, ?, ?)").bind("12", "x", -0, "0x10").run(); return r("SELECT i, typeof(i), r, typeof(r), t, typeof(t), x, typeof(x) FROM n"); })();
    out.bigInColumn = await (async () => { await db.exec("CREATE TABLE bg (v INTEGER)"); await db.exec("INSERT INTO bg VALUES (9007199254740993), (1234567890123456789)"); return [await r("SELECT v, v + 0, v = 9007199254740993, CAST(v AS TEXT) FROM bg"), await q("SELECT v FROM bg WHERE v > ?", 9007199254740992), await t(() => db.prepare("SELECT v FROM bg").first("v"))]; })();
    out.printf = await r("SELECT printf('%.2f', 3.14159), printf('%d', 42), printf('%5s|', 'a'), format('%x', 255)");`),

  d1Case_1("d1r2-d1-sessions-dump", "withSession arguments, session methods and bookmarks shape, dump() and its errors, binding properties", `
    const shape = (s) => ({ cls: s.constructor.name, proto: Object.getOwnPropertyNames(Object.getPrototypeOf(s)).sort() });
    out.sessNone = await t(() => { const s = db.withSession(); return { ...shape(s), bm: s.getBookmark() }; });
    out.sessPrimary = await t(() => { const s = db.withSession("first-primary"); return { bm: s.getBookmark() }; });
    out.sessUnc = await t(() => { const s = db.withSession("first-unconstrained"); return { bm: s.getBookmark() }; });
    out.sessBogus = await t(() => { const s = db.withSession("bogus"); return { bm: s.getBookmark() }; });
    out.sessEmpty = await t(() => { const s = db.withSession(""); return { bm: s.getBookmark() }; });
    out.sessNum = await t(() => db.withSession(5));
    out.sessObj = await t(() => db.withSession({}));
    out.sessNull = await t(() => db.withSession(null).getBookmark());
    out.sessSpaces = await t(() => db.withSession("  first-primary  ").getBookmark());
    out.sessBogusQuery = await t(async () => { const s = db.withSession("bogus"); const r = await s.prepare("SELECT 1 AS x").all(); return { res: r.results, bm: typeof s.getBookmark() }; });
    out.bmFormat = await t(async () => { const s = db.withSession(); await s.prepare("CREATE TABLE x (a)").run(); const bm = s.getBookmark(); return { type: typeof bm, parts: bm.split("-").map((p) => p.length), hex: /^[0-9a-f-]+$/.test(bm) }; });
    out.bmAfterExec = await t(async () => { const s = db.withSession(); const before = s.getBookmark(); await s.exec("INSERT INTO x VALUES (1)").catch((e) => e.message); return { before, after: typeof s.getBookmark(), hasExec: typeof s.exec, hasDump: typeof s.dump }; });
    out.bmMonotonic = await t(async () => { const s = db.withSession(); await s.prepare("INSERT INTO x VALUES (2)").run(); const b1 = s.getBookmark(); await s.prepare("SELECT * FROM x").all(); const b2 = s.getBookmark(); await s.prepare("INSERT INTO x VALUES (3)").run(); const b3 = s.getBookmark(); return { readSame: b1 === b2, writeGrows: b3 > b2, sortable: [b3, b1].sort()[0] === b1 }; });
    out.sessBatch = await tm(async () => { const s = db.withSession("first-primary"); return s.batch([s.prepare("SELECT count(*) AS n FROM x"), db.prepare("SELECT 2 AS y")]); });
    out.dump = await t(() => db.dump());
    out.dumpSession = await t(() => db.withSession().dump?.());
    out.ownKeys = Object.keys(db).sort();
    out.protoDb = Object.getOwnPropertyNames(Object.getPrototypeOf(db)).sort();
    out.stmtOwn = Object.keys(db.prepare("SELECT 1")).sort();
    out.stmtBoundOwn = Object.keys(db.prepare("SELECT ?").bind(1)).sort();
    out.stmtParams = db.prepare("SELECT ?, ?").bind(1, "a").params;
    out.stmtStatement = db.prepare("SELECT  1 ").statement;
    out.dbToString = String(db);
    out.stmtToString = String(db.prepare("SELECT 1"));
    out.jsonDb = JSON.stringify(db.prepare("SELECT ?").bind(2));`),

  d1Case_1("d1r2-d1-long-values", "long strings and blobs, many parameters, many rows, very long SQL, the limits' messages", `
    await db.exec("CREATE TABLE l (id INTEGER PRIMARY KEY, s TEXT, b BLOB)");
    const q = (sql, ...v) => tm(() => db.prepare(sql).bind(...v).all());
    out.str1m = await t(async () => { await db.prepare("INSERT INTO l (s) VALUES (?)").bind("x".repeat(1000000)).run(); return db.prepare("SELECT length(s) AS n FROM l WHERE id = 1").first("n"); });
    out.blob500k = await t(async () => { await db.prepare("INSERT INTO l (b) VALUES (?)").bind(new Uint8Array(500000).fill(7)).run(); const r = await db.prepare("SELECT b FROM l WHERE id = 2").first("b"); return [Array.isArray(r), r.length, r[0], r[499999]]; });
    out.str2m = await q("INSERT INTO l (s) VALUES (?)", "y".repeat(2000001));
    out.blob3m = await q("INSERT INTO l (b) VALUES (?)", new Uint8Array(3 * 1024 * 1024));
    out.params100 = await t(async () => (await db.prepare("SELECT " + Array.from({ length: 100 }, () => "?").join(",")).bind(...Array.from({ length: 100 }, (_, i) => i)).raw())[0].length);
    out.params101 = await q("SELECT " + Array.from({ length: 101 }, () => "?").join(","), ...Array.from({ length: 101 }, (_, i) => i));
    out.params1000 = await q("SELECT " + Array.from({ length: 1000 }, () => "?").join(","), ...Array.from({ length: 1000 }, (_, i) => i));
    out.sql100k = await t(async () => (await db.prepare("SELECT '" + "z".repeat(100000) + "' AS v").first("v")).length);
    out.sql101k = await q("SELECT '" + "z".repeat(101000) + "' AS v");
    out.execLong = await t(async () => (await db.exec("SELECT '" + "z".repeat(101000) + "' AS v")).count);
    out.manyRows = await t(async () => { const r = await db.prepare("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 20000) SELECT n FROM c").all(); return [r.results.length, r.results[19999]]; });
    out.zeroblob = await t(async () => (await db.prepare("SELECT zeroblob(3) AS z, x'' AS e, typeof(x'') AS te").first()));
    out.emptyStrBlob = await t(async () => db.prepare("SELECT ? AS a, ? AS b, typeof(?) AS ta").bind("", new Uint8Array(0), "").first());
    out.unicode = await t(async () => db.prepare("SELECT ? AS a, length(?) AS l, hex(?) AS h").bind("é😀\\u0000z", "é😀\\u0000z", "é😀").first());
    out.columns200 = await t(async () => Object.keys(await db.prepare("SELECT " + Array.from({ length: 200 }, (_, i) => i + " AS c" + i).join(",")).first()).length);`),
];

// ---- from d1r2-third.mjs
const D1_PRELUDE_2 = `
const meta = (r) => { if (!r || !r.meta) return r; const m = { ...r.meta }; m.duration = typeof m.duration; m.size_after = typeof m.size_after; if (m.timings) m.timings = Object.fromEntries(Object.entries(m.timings).map(([k, v]) => [k, typeof v])); return { ...r, meta: m }; };
const cols = (n, p = "c") => Array.from({ length: n }, (_, i) => p + i).join(", ");
const tm = async (fn) => { const r = await t(fn); if (r.error && typeof r.error.message === "string") r.error.message = r.error.message.split("\\\\n")[0]; if (r.ok && typeof r.ok === "object") r.ok = Array.isArray(r.ok) ? r.ok.map(meta) : meta(r.ok); return r; };
`;
const d1Case_2 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1_PRELUDE_2}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const CASES_2 = [
  d1Case_2("d1r2-d1-sqlite-limits", "workerd's SQLite limits: columns in a result, a table and an index, compound SELECTs, expression depth, LIKE pattern length, attached, functions' arguments", `
    const q = (sql) => tm(async () => { const r = await db.prepare(sql).raw(); return r.length ? r[0].length : 0; });
    out.sel100 = await q("SELECT " + Array.from({ length: 100 }, (_, i) => i).join(","));
    out.sel101 = await q("SELECT " + Array.from({ length: 101 }, (_, i) => i).join(","));
    out.sel127 = await q("SELECT " + Array.from({ length: 127 }, (_, i) => i).join(","));
    out.sel128 = await q("SELECT " + Array.from({ length: 128 }, (_, i) => i).join(","));
    out.sel2000 = await q("SELECT " + Array.from({ length: 2000 }, (_, i) => i).join(","));
    out.sel2001 = await q("SELECT " + Array.from({ length: 2001 }, (_, i) => i).join(","));
    out.table100 = await q("CREATE TABLE t100 (" + cols(100) + ")");
    out.table101 = await q("CREATE TABLE t101 (" + cols(101) + ")");
    out.table2000 = await q("CREATE TABLE t2000 (" + cols(2000) + ")");
    out.table2001 = await q("CREATE TABLE t2001 (" + cols(2001) + ")");
    out.compound = await q(Array.from({ length: 500 }, (_, i) => "SELECT " + i).join(" UNION ALL "));
    out.compound501 = await q(Array.from({ length: 501 }, (_, i) => "SELECT " + i).join(" UNION ALL "));
    out.depth = await q("SELECT " + "(".repeat(999) + "1" + ")".repeat(999));
    out.depth1001 = await q("SELECT " + "(".repeat(1001) + "1" + ")".repeat(1001));
    out.plusDepth = await q("SELECT " + Array.from({ length: 1001 }, () => "1").join("+"));
    out.like = await t(() => db.prepare("SELECT ? LIKE ? AS v").bind("a", "%".repeat(50000)).first("v"));
    out.like50001 = await tm(() => db.prepare("SELECT ? LIKE ? AS v").bind("a", "%".repeat(50001)).first("v"));
    out.fnArgs = await q("SELECT max(" + Array.from({ length: 127 }, (_, i) => i).join(",") + ")");
    out.fnArgs128 = await q("SELECT max(" + Array.from({ length: 128 }, (_, i) => i).join(",") + ")");
    out.triggerDepth = await t(async () => { await db.exec("CREATE TABLE tr (n INTEGER); CREATE TRIGGER trg AFTER INSERT ON tr WHEN NEW.n < 2000 BEGIN INSERT INTO tr VALUES (NEW.n + 1); END;"); return (await db.prepare("INSERT INTO tr VALUES (1)").run().then(() => "ok", (e) => e.message)); });
    out.triggerRows = await t(() => db.prepare("SELECT count(*) AS n FROM tr").first("n"));
    out.recursiveTriggers = await t(() => db.prepare("PRAGMA recursive_triggers").first());`),

  d1Case_2("d1r2-d1-authorizer-more", "statements and tables workerd's authorizer or SQLite build refuses: TEMP objects, temp schema, eponymous virtual tables, table-valued PRAGMAs", `
    await db.exec("CREATE TABLE base (a INTEGER, b TEXT)");
    const q = (sql) => tm(() => db.prepare(sql).all());
    out.tempTable = await q("CREATE TEMP TABLE tt (x)");
    out.temporaryTable = await q("CREATE TEMPORARY TABLE tt2 (x)");
    out.tempView = await q("CREATE TEMP VIEW tv AS SELECT 1");
    out.tempTrigger = await q("CREATE TEMP TRIGGER ttr AFTER INSERT ON base BEGIN SELECT 1; END");
    out.tempQualified = await q("CREATE TABLE temp.tq (x)");
    out.tempMaster = await q("SELECT count(*) AS n FROM temp.sqlite_master");
    out.tempSchema = await q("SELECT count(*) AS n FROM sqlite_temp_master");
    out.mainQualified = await q("CREATE TABLE main.mq (x)");
    out.mainSelect = await q("SELECT count(*) AS n FROM main.base");
    out.copy = await q("CREATE TABLE copy (a INTEGER, b TEXT)");
    out.dbstat = await q("SELECT count(*) AS n FROM dbstat");
    out.dbpage = await q("SELECT count(*) AS n FROM sqlite_dbpage");
    out.series = await q("SELECT value FROM generate_series(1, 3)");
    out.jsonTree = await q("SELECT key, type FROM json_tree('{\\"a\\":[1]}')");
    out.pragmaTableInfo = await q("SELECT name, type FROM pragma_table_info('base')");
    out.pragmaTableList = await q("SELECT name FROM pragma_table_list ORDER BY name");
    out.pragmaIndexList = await q("SELECT * FROM pragma_index_list('base')");
    out.pragmaFnList = await q("SELECT count(*) AS n FROM pragma_function_list");
    out.pragmaCompile = await q("SELECT * FROM pragma_compile_options LIMIT 1");
    out.fts5vocab = await q("CREATE VIRTUAL TABLE fv USING fts5vocab(base, row)");
    out.fts4 = await q("CREATE VIRTUAL TABLE f4 USING fts4(body)");
    out.fts3 = await q("CREATE VIRTUAL TABLE f3 USING fts3(body)");
    out.sqliteSequenceWrite = await q("DELETE FROM sqlite_sequence");
    out.sqliteMasterWrite = await q("UPDATE sqlite_master SET sql = '' WHERE 0");
    out.schemaSelect = await q("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    out.dropCf = await q("DROP TABLE _cf_METADATA");
    out.selectCf = await q("SELECT * FROM _cf_METADATA");
    out.createCf = await q("CREATE TABLE _cf_x (a)");
    out.createCfLower = await q("CREATE TABLE _CF_y (a)");
    out.indexOnCf = await q("CREATE INDEX i_cf ON _cf_METADATA (key)");
    out.reindexBase = await q("REINDEX base");
    out.unlikelyFns = await q("SELECT unlikely(1) AS a, likelihood(1, 0.5) AS b, likely(2) AS c, iif(1, 'y', 'n') AS d, coalesce(NULL, 3) AS e, nullif(1, 1) AS f");
    out.dateFns = await q("SELECT date('2024-02-29', '+1 year') AS a, datetime(0, 'unixepoch') AS b, strftime('%Y', '2020-05-05') AS c, julianday('2000-01-01') AS d, unixepoch('2000-01-01') AS e, timediff('2024-01-02', '2024-01-01') AS f");
    out.mathFns = await q("SELECT pi() AS a, sqrt(16) AS b, pow(2, 10) AS c, log(100) AS d, ln(1) AS e, ceil(1.2) AS f, floor(-1.2) AS g, mod(7, 3) AS h");
    out.strFns = await q("SELECT concat('a', NULL, 'b') AS a, concat_ws('-', 'x', 'y') AS b, string_agg('z', ',') AS c, unhex('4142') AS d, octet_length('é') AS e, instr('abc', 'c') AS f");
    out.soundex = await q("SELECT soundex('Robert') AS g");
    out.extFns = await q("SELECT sha3('a') AS g");
    out.mathExt = await q("SELECT acos(1) AS a, degrees(pi()) AS b, trunc(2.7) AS c, sign(-3) AS d, log2(8) AS e, exp(0) AS f");
    out.regexp = await q("SELECT 'abc' REGEXP 'b' AS r");
    out.glob = await q("SELECT 'abc' GLOB 'a*' AS g, 'ABC' LIKE 'abc' AS l, 'é' LIKE 'É' AS u, upper('é') AS up");`),
];

// ---- from d1r2-fourth.mjs
const D1_PRELUDE_3 = `
const meta = (r) => { if (!r || !r.meta) return r; const m = { ...r.meta }; m.duration = typeof m.duration; m.size_after = typeof m.size_after; if (m.timings) m.timings = Object.fromEntries(Object.entries(m.timings).map(([k, v]) => [k, typeof v])); return { ...r, meta: m }; };
const tm = async (fn) => { const r = await t(fn); if (r.error && typeof r.error.message === "string") r.error.message = r.error.message.split("\\\\n")[0]; if (r.ok && typeof r.ok === "object") r.ok = Array.isArray(r.ok) ? r.ok.map(meta) : meta(r.ok); return r; };
`;
const d1Case_3 = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1_PRELUDE_3}    const db = env.DB ?? env.A; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});

const CASES_3 = [
  d1Case_3("d1r2-d1-constraints-upserts", "constraint failures of every kind with their extended codes, foreign key actions, upserts, INSERT OR IGNORE/REPLACE and their meta", `
    await db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, n INTEGER CHECK (n >= 0) DEFAULT 0); CREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id) ON DELETE CASCADE, v TEXT); CREATE TABLE r (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id));");
    const q = (sql, ...v) => tm(() => db.prepare(sql).bind(...v).run());
    const noRows = (r) => { for (const x of [r.ok].flat()) if (x && x.meta) { delete x.meta.rows_read; delete x.meta.rows_written; } return r; };
    out.ins = await q("INSERT INTO p (name, n) VALUES ('a', 1), ('b', 2)");
    out.notNull = await q("INSERT INTO p (name) VALUES (NULL)");
    out.check = await q("INSERT INTO p (name, n) VALUES ('x', -1)");
    out.unique = await q("INSERT INTO p (name) VALUES ('a')");
    out.pk = await q("INSERT INTO p (id, name) VALUES (1, 'zz')");
    out.fk = await q("INSERT INTO c (pid, v) VALUES (99, 'x')");
    out.fkOk = await q("INSERT INTO c (pid, v) VALUES (1, 'x'), (1, 'y'), (2, 'z')");
    out.fkRestrict = await q("INSERT INTO r (pid) VALUES (2)");
    out.delParentRef = await q("DELETE FROM p WHERE id = 2");
    out.delCascade = noRows(await q("DELETE FROM p WHERE id = 1"));
    out.childrenLeft = await t(() => db.prepare("SELECT count(*) AS n FROM c").first("n"));
    out.ignore = await q("INSERT OR IGNORE INTO p (id, name) VALUES (2, 'dup')");
    out.replace = await q("INSERT OR REPLACE INTO p (id, name, n) VALUES (5, 'e', 5)");
    out.replaceAgain = noRows(await q("REPLACE INTO p (id, name, n) VALUES (5, 'e2', 6)"));
    out.upsert = await q("INSERT INTO p (name, n) VALUES ('e2', 1) ON CONFLICT (name) DO UPDATE SET n = n + excluded.n");
    out.upsertNothing = await q("INSERT INTO p (name, n) VALUES ('e2', 1) ON CONFLICT DO NOTHING");
    out.upsertRet = await tm(() => db.prepare("INSERT INTO p (name, n) VALUES ('e2', 10) ON CONFLICT (name) DO UPDATE SET n = excluded.n RETURNING id, name, n").all());
    out.triggerAbort = await (async () => { await db.exec("CREATE TRIGGER tg BEFORE INSERT ON p WHEN NEW.name = 'bad' BEGIN SELECT RAISE(ABORT, 'no bad names'); END;"); return q("INSERT INTO p (name) VALUES ('bad')"); })();
    out.triggerFail = await (async () => { await db.exec("CREATE TRIGGER tg2 BEFORE INSERT ON p WHEN NEW.name = 'fail' BEGIN SELECT RAISE(FAIL, 'failing'); END;"); return q("INSERT INTO p (name) VALUES ('fail')"); })();
    out.triggerIgnore = await (async () => { await db.exec("CREATE TRIGGER tg3 BEFORE INSERT ON p WHEN NEW.name = 'ign' BEGIN SELECT RAISE(IGNORE); END;"); return q("INSERT INTO p (name) VALUES ('ign')"); })();
    out.checkNamed = await (async () => { await db.exec("CREATE TABLE ck (v INTEGER, CONSTRAINT positive CHECK (v > 0))"); return q("INSERT INTO ck VALUES (0)"); })();
    out.withoutRowid = await (async () => { await db.exec("CREATE TABLE wr (k TEXT PRIMARY KEY, v) WITHOUT ROWID"); return [await q("INSERT INTO wr VALUES ('a', 1)"), await q("INSERT INTO wr VALUES ('a', 2)")]; })();
    out.deferFk = noRows(await tm(() => db.batch([db.prepare("PRAGMA defer_foreign_keys = ON"), db.prepare("INSERT INTO r (pid) VALUES (42)"), db.prepare("INSERT INTO p (id, name) VALUES (42, 'late')")])));
    out.fkCheck = noRows(await tm(() => db.prepare("PRAGMA foreign_key_check").all()));
    out.errorShape = await (async () => { try { await db.prepare("INSERT INTO p (name) VALUES (NULL)").run(); } catch (e) { return { name: e.name, keys: Object.keys(e), cause: e.cause ? { name: e.cause.name, message: e.cause.message, ctor: e.cause.constructor.name } : "none", stackType: typeof e.stack, isError: e instanceof Error }; } })();
    out.errorShapeType = await (async () => { try { db.prepare("SELECT ?").bind(undefined); await db.prepare("SELECT ?").bind(undefined).all(); } catch (e) { return { name: e.name, cause: e.cause ? e.cause.message : "none" }; } })();
    out.errorShapeExec = await (async () => { try { await db.exec("SELEC 1"); } catch (e) { return { name: e.name, cause: e.cause ? e.cause.message : "none" }; } })();
    out.errorShapeCol = await (async () => { try { await db.prepare("SELECT 1 AS a").first("b"); } catch (e) { return { name: e.name, cause: e.cause ? e.cause.message : "none" }; } })();`),

  d1Case_3("d1r2-d1-multi-bindings", "two databases, statements of one database in another's batch, results across requests, prepared statements reused across requests", `
    const step = url.searchParams.get("s");
    if (step === "1") {
      await env.A.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('from A');");
      await env.B.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('from B');");
      out.cross = await tm(() => env.A.batch([env.A.prepare("SELECT v FROM t"), env.B.prepare("SELECT v FROM t")]));
      out.crossB = await tm(() => env.B.batch([env.A.prepare("INSERT INTO t VALUES ('x')"), env.B.prepare("SELECT count(*) AS n FROM t")]));
      globalThis.saved = env.A.prepare("SELECT count(*) AS n FROM t");
      out.envKeys = Object.keys(env);
    } else {
      out.savedAgain = await tm(() => globalThis.saved.all());
      out.a = await t(() => env.A.prepare("SELECT group_concat(v) AS v FROM t").first("v"));
      out.b = await t(() => env.B.prepare("SELECT group_concat(v) AS v FROM t").first("v"));
    }`, { d1Databases: ["A", "B"], steps: [get("/?s=1"), get("/?s=2")] }),
];

// ---- from d1r2-fifth.mjs
const D1_PRELUDE_4 = `
const meta = (r) => { if (!r || !r.meta) return r; const m = { ...r.meta }; m.duration = typeof m.duration; m.size_after = typeof m.size_after; if (m.timings) m.timings = Object.fromEntries(Object.entries(m.timings).map(([k, v]) => [k, typeof v])); return { ...r, meta: m }; };
const tm = async (fn) => { const r = await t(fn); if (r.error && typeof r.error.message === "string") r.error.message = r.error.message.split("\\\\n")[0]; if (r.ok && typeof r.ok === "object") r.ok = Array.isArray(r.ok) ? r.ok.map(meta) : meta(r.ok); return r; };
`;
const R2_PRELUDE_4 = `
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
`;
const CASES_4 = [
  { name: "d1r2-d1-params-in-text", area: "d1", description: "question marks inside strings, comments and identifiers are not parameters; parameters in LIMIT, IN lists, LIKE with ESCAPE, CASE, datetime shapes",
    options: modWorker(`${D1_PRELUDE_4}    const db = env.DB; const out = {};
    const r = (sql, ...v) => tm(() => db.prepare(sql).bind(...v).raw({ columnNames: true }));
    out.inString = await r("SELECT '?' AS a, ? AS b", 1);
    out.inComment = await r("SELECT ? AS a -- what?\\n, 2 AS b", 1);
    out.inBlockComment = await r("SELECT /* ? */ ? AS a", 1);
    out.inQuotedName = await r('SELECT 1 AS "?", ? AS b', 2);
    out.inBracket = await r("SELECT 1 AS [x?], ? AS b", 2);
    out.stringNoBind = await r("SELECT '?' AS a", 1);
    out.limit = await r("WITH c(n) AS (VALUES (1), (2), (3)) SELECT n FROM c LIMIT ? OFFSET ?", 2, 1);
    out.limitStr = await r("WITH c(n) AS (VALUES (1), (2), (3)) SELECT n FROM c LIMIT ?", "2");
    out.limitFloat = await r("WITH c(n) AS (VALUES (1), (2), (3)) SELECT n FROM c LIMIT ?", 1.5);
    out.inList = await r("WITH c(n) AS (VALUES (1), (2), (3)) SELECT n FROM c WHERE n IN (?, ?)", 1, 3);
    out.likeEscape = await r("SELECT ? LIKE ? ESCAPE '!' AS a", "50%", "50!%");
    out.caseExpr = await r("SELECT CASE ? WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END AS a", 2);
    out.nowShapes = await t(async () => { const row = await db.prepare("SELECT datetime('now') AS a, date('now') AS b, strftime('%s', 'now') AS c, unixepoch() AS d, CURRENT_TIMESTAMP AS e, julianday('now') AS f").first(); return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, [typeof v, String(v).length > 0]])); });
    out.nowMatchesDate = await t(async () => { const row = await db.prepare("SELECT unixepoch() AS s").first(); return Math.abs(row.s * 1000 - Date.now()) < 60000; });
    out.execMany = await t(async () => (await db.exec(Array.from({ length: 50 }, (_, i) => "CREATE TABLE t" + i + " (x); ").join("\\n"))).count);
    out.tables = await t(async () => (await db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name LIKE 't%'").first("n")));
    out.typedNull = await r("SELECT CAST(NULL AS INTEGER) AS a, typeof(CAST(NULL AS TEXT)) AS b");
    out.boolLiterals = await r("SELECT TRUE AS t, FALSE AS f, typeof(TRUE) AS ty");
    out.emptyIn = await r("SELECT 1 IN () AS a");
    out.rowValues = await r("SELECT (1, 2) = (1, 2) AS a, (1, 2) < (1, 3) AS b");
    out.nullsFirst = await r("WITH c(n) AS (VALUES (2), (NULL), (1)) SELECT n FROM c ORDER BY n NULLS LAST");
    out.returningAll = await (async () => { await db.exec("CREATE TABLE ra (id INTEGER PRIMARY KEY, v TEXT DEFAULT 'd', n REAL)"); return r("INSERT INTO ra (n) VALUES (?), (?) RETURNING *", 1.5, 2); })();
    out.updateFrom = await (async () => { await db.exec("CREATE TABLE uf (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO uf VALUES (1, 'a'), (2, 'b');"); return r("UPDATE ra SET v = uf.v FROM uf WHERE uf.id = ra.id RETURNING ra.id, ra.v"); })();
    out.deleteLimit = await r("DELETE FROM uf WHERE id > 0 LIMIT 1");
    return Response.json(out);`, { d1Databases: ["DB"] }), steps: [get("/")] },

  { name: "d1r2-r2-list-unicode-order", area: "r2", description: "list order of unicode, upper-case and control-character keys, delimiters of several characters and unicode, prefixes counted against limit, startAfter between prefixes, head checksums after hashed puts",
    options: modWorker(`${R2_PRELUDE_4}    const b = env.B; const out = {};
    const keys = ["a", "B", "é", "😀", "z", "Z/1", "Z/2", "ä/x", "ä/y", "a b", "a\\tb", "a-b", "a.b", "a_b", "a~b", "aé", "A"];
    for (const k of keys) await b.put(k, k);
    const l = async (o) => { const r = await t(() => b.list(o)); if (r.ok) r.ok = { keys: r.ok.objects.map((x) => x.key), prefixes: r.ok.delimitedPrefixes, truncated: r.ok.truncated, cursor: "cursor" in r.ok }; return r; };
    out.all = await l();
    out.delim = await l({ delimiter: "/" });
    out.delimLimit = await l({ delimiter: "/", limit: 3 });
    out.delimUnicode = await l({ delimiter: "é" });
    out.delimMultiChar = await l({ delimiter: " b" });
    out.prefixUnicode = await l({ prefix: "ä" });
    out.prefixUpper = await l({ prefix: "Z", delimiter: "/" });
    out.startAfterUnicode = await l({ startAfter: "z" });
    out.startAfterPrefix = await l({ startAfter: "Z/", delimiter: "/" });
    out.pages = await (async () => { const seen = []; let cursor; for (let i = 0; i < 10; i++) { const p = await b.list({ limit: 4, delimiter: "/", cursor }); seen.push([...p.objects.map((o) => o.key), ...p.delimitedPrefixes.map((x) => "P:" + x)]); if (!p.truncated) break; cursor = p.cursor; } return seen; })();
    out.sha1 = await tr(async () => { await b.put("h1", "abc", { sha1: "a9993e364706816aba3e25717850c26c9cd0d89d" }); return b.head("h1"); });
    out.sha256 = await tr(async () => { await b.put("h2", "abc", { sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" }); return b.head("h2"); });
    out.listChecksums = await t(async () => (await b.list({ prefix: "h" })).objects.map((o) => [o.key, o.checksums.toJSON()]));
    out.overwriteDropsSha = await tr(async () => { await b.put("h1", "abc"); return b.head("h1"); });
    return Response.json(out);`, { r2Buckets: ["B"] }), steps: [get("/")] },
];

// ---- from d1r2-sixth.mjs
const CASES_5 = [
  { name: "d1r2-d1-column-names", area: "d1", description: "result objects for odd column names: __proto__, constructor, empty, numeric, unicode, duplicates across methods, expressions without aliases",
    options: modWorker(`    const db = env.DB; const out = {};
    const shape = async (sql) => { try { const r = await db.prepare(sql).all(); const row = r.results[0]; return { keys: Object.keys(row), json: JSON.stringify(row), proto: Object.getPrototypeOf(row) === Object.prototype, raw: await db.prepare(sql).raw({ columnNames: true }), first: await db.prepare(sql).first() === null ? null : JSON.stringify(await db.prepare(sql).first()) }; } catch (e) { return { error: e.message.split("\\n")[0] }; } };
    out.proto = await shape('SELECT 1 AS "__proto__", 2 AS b');
    out.ctor = await shape("SELECT 1 AS constructor, 2 AS toString, 3 AS hasOwnProperty");
    out.empty = await shape('SELECT 1 AS "", 2 AS " "');
    out.numeric = await shape('SELECT 1 AS "2", 2 AS "1", 3 AS "a", 4 AS "-1", 5 AS "01"');
    out.unicode = await shape('SELECT 1 AS "é", 2 AS "😀", 3 AS "a b"');
    out.noAlias = await shape("SELECT 1+1, upper('x'), 'lit', NULL, 2.50, x'00'");
    out.dupThree = await shape("SELECT 1 AS a, 2 AS a, 3 AS a, 4 AS b");
    out.starDup = await (async () => { await db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY, n TEXT); CREATE TABLE q (id INTEGER PRIMARY KEY, n TEXT); INSERT INTO p VALUES (1, 'p'); INSERT INTO q VALUES (1, 'q');"); return shape("SELECT * FROM p JOIN q USING (id)"); })();
    out.qualified = await shape("SELECT p.n, q.n FROM p, q");
    out.firstCol = await (async () => { try { return [await db.prepare('SELECT 1 AS "__proto__"').first("__proto__"), await db.prepare("SELECT 1 AS a, 2 AS a").first("a"), await db.prepare("SELECT 5 AS constructor").first("constructor")]; } catch (e) { return e.message; } })();
    return Response.json(out);`, { d1Databases: ["DB"] }), steps: [get("/")] },
];
const R2_PRELUDE_5 = `
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const o = r.ok; r.ok = { cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, hm: o.httpMetadata, cm: o.customMetadata, range: o.range ?? "absent", cs: o.checksums.toJSON() }; } return r; };
`;
CASES_5.push({ name: "d1r2-r2-metadata-roundtrip", area: "r2", description: "metadata kept across head/get/list after puts with Headers and objects, replacing metadata on overwrite, custom metadata key case, cacheExpiry as a Date, writeHttpMetadata over existing headers",
  options: modWorker(`${R2_PRELUDE_5}    const b = env.B; const out = {};
    await b.put("a", "1", { httpMetadata: new Headers({ "Content-Type": "X/Y", "Cache-Control": "public", "Expires": "Thu, 01 Jan 2099 00:00:00 GMT" }), customMetadata: { Key: "V", lower: "v" } });
    out.head = await tr(() => b.head("a"));
    out.expiryType = await t(async () => { const h = await b.head("a"); return [h.httpMetadata.cacheExpiry instanceof Date, h.httpMetadata.cacheExpiry.toISOString()]; });
    out.list = await t(async () => (await b.list({ include: ["httpMetadata", "customMetadata"] })).objects.map((o) => [o.httpMetadata.cacheExpiry instanceof Date, o.customMetadata]));
    await b.put("a", "22");
    out.afterOverwrite = await tr(() => b.head("a"));
    out.whm = await t(async () => { await b.put("w", "x", { httpMetadata: { contentType: "a/b", contentEncoding: "gzip", cacheExpiry: new Date(Date.UTC(2030, 5, 1)) } }); const h = await b.head("w"); const hd = new Headers({ "content-encoding": "br", "x-a": "1", "cache-control": "keep" }); h.writeHttpMetadata(hd); return [...hd]; });
    out.getWithGzip = await t(async () => { const g = await b.get("w"); return [await g.text(), g.httpMetadata.contentEncoding]; });
    out.responseFromGzipObject = await t(async () => { const g = await b.get("w"); const h = new Headers(); g.writeHttpMetadata(h); const r = new Response(g.body, { headers: h, encodeBody: "manual" }); return [r.headers.get("content-encoding"), await r.text()]; });
    return Response.json(out);`, { r2Buckets: ["B"] }), steps: [get("/")] });

// ---- from d1r2-eighth.mjs
const CASES_6 = [
  { name: "d1r2-d1-create-table-as", area: "d1", description: "CREATE TABLE ... AS SELECT: meta (rows read and written, changes) for empty, literal, filtered and full copies, and the copied rows",
    options: modWorker(`    const db = env.DB; const out = {};
    const rr = async (sql) => { try { const r = await db.prepare(sql).run(); return [r.meta.changes, r.meta.rows_read, r.meta.rows_written, r.meta.changed_db]; } catch (e) { return e.message; } };
    out.emptyBase = await (async () => { await db.exec("CREATE TABLE base (a INTEGER, b TEXT)"); return rr("CREATE TABLE c0 AS SELECT * FROM base"); })();
    await db.exec("INSERT INTO base VALUES (1,'x'),(2,'y'),(3,'z')");
    out.whereFalse = await rr("CREATE TABLE c1 AS SELECT * FROM base WHERE 0");
    out.full = await rr("CREATE TABLE c2 AS SELECT * FROM base");
    out.literal = await rr("CREATE TABLE c3 AS SELECT 1 AS x");
    out.filtered = await rr("CREATE TABLE c4 AS SELECT a * 2 AS d FROM base WHERE a > 1");
    out.values = await rr("CREATE TABLE c5 AS VALUES (1), (2)");
    out.ifNotExists = await rr("CREATE TABLE IF NOT EXISTS c2 AS SELECT * FROM base");
    out.copied = await t(async () => (await db.prepare("SELECT (SELECT count(*) FROM c2) AS a, (SELECT count(*) FROM c4) AS b, (SELECT group_concat(d) FROM c4) AS c").first()));
    out.view = await rr("CREATE VIEW v AS SELECT * FROM base");
    return Response.json(out);`, { d1Databases: ["DB"] }), steps: [get("/")] },
];

// ---- from d1r2-r2.mjs
const R2_PRELUDE_7 = `
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  version: typeof o.version === "string" && o.version.length > 0, uploaded: o.uploaded instanceof Date,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o, ssecKeyMd5: o.ssecKeyMd5 === undefined ? "absent" : o.ssecKeyMd5,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const tb = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const o = r.ok; const d = desc(o); if (o.body && !o.bodyUsed) d.text = await o.text(); r.ok = d; } return r; };
`;
const r2Case_7 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2_PRELUDE_7}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

const CASES_7 = [
  r2Case_7("d1r2-r2-put-args", "put(): body kinds that are rejected, option validation (storageClass, httpMetadata, customMetadata, hashes) and their messages", `
    out.num = await tb(() => b.put("n", 42));
    out.obj = await tb(() => b.put("o", { a: 1 }));
    out.bool = await tb(() => b.put("bo", true));
    out.undef = await tb(() => b.put("u", undefined));
    out.nul = await tb(() => b.put("nu", null));
    out.noKey = await tb(() => b.put());
    out.numKey = await tb(() => b.put(5, "x"));
    out.emptyKey = await tb(() => b.put("", "x"));
    out.stream = await tb(() => b.put("s", new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("ab")); c.close(); } })));
    out.fixed = await tb(async () => { const f = new FixedLengthStream(3); const w = f.writable.getWriter(); w.write(new TextEncoder().encode("xyz")); w.close(); return b.put("f", f.readable); });
    out.scBad = await tb(() => b.put("sc", "x", { storageClass: "Glacier" }));
    out.scIA = await tb(() => b.put("sc2", "x", { storageClass: "InfrequentAccess" }));
    out.scStd = await tb(() => b.put("sc3", "x", { storageClass: "Standard" }));
    out.hmString = await tb(() => b.put("h1", "x", { httpMetadata: "text/plain" }));
    out.hmUnknown = await tb(() => b.put("h2", "x", { httpMetadata: { contentType: "a/b", foo: "bar" } }));
    out.hmNum = await tb(() => b.put("h3", "x", { httpMetadata: { contentType: 5 } }));
    out.hmCacheExpiryStr = await tb(() => b.put("h4", "x", { httpMetadata: { cacheExpiry: "2030-01-01T00:00:00Z" } }));
    out.hmCacheExpiryNum = await tb(() => b.put("h5", "x", { httpMetadata: { cacheExpiry: 1893456000000 } }));
    out.cmArray = await tb(() => b.put("c1", "x", { customMetadata: ["a"] }));
    out.cmNested = await tb(() => b.put("c2", "x", { customMetadata: { a: { b: 1 } } }));
    out.cmString = await tb(() => b.put("c3", "x", { customMetadata: "abc" }));
    out.md5Ok = await tb(() => b.put("m1", "hello", { md5: "5d41402abc4b2a76b9719d911017c592" }));
    out.md5Upper = await tb(() => b.put("m2", "hello", { md5: "5D41402ABC4B2A76B9719D911017C592" }));
    out.md5Wrong = await tb(() => b.put("m3", "hello", { md5: "00000000000000000000000000000000" }));
    out.md5Short = await tb(() => b.put("m4", "hello", { md5: "abcd" }));
    out.md5Buf = await tb(() => b.put("m5", "hello", { md5: new Uint8Array([0x5d,0x41,0x40,0x2a,0xbc,0x4b,0x2a,0x76,0xb9,0x71,0x9d,0x91,0x10,0x17,0xc5,0x92]).buffer }));
    out.md5BufShort = await tb(() => b.put("m6", "hello", { md5: new ArrayBuffer(4) }));
    out.md5AndSha1 = await tb(() => b.put("m7", "hello", { md5: "5d41402abc4b2a76b9719d911017c592", sha1: "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d" }));
    out.sha256Wrong = await tb(() => b.put("m8", "hello", { sha256: "0".repeat(64) }));
    out.sha256Ok = await tb(() => b.put("m9", "hello", { sha256: "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824" }));
    out.sha1Len = await tb(() => b.put("m10", "hello", { sha1: "abc" }));
    out.md5Num = await tb(() => b.put("m11", "hello", { md5: 5 }));
    out.sha512Wrong = await tb(() => b.put("m12", "hello", { sha512: "0".repeat(128) }));
    out.optsNull = await tb(() => b.put("on", "x", null));
    out.optsStr = await tb(() => b.put("os", "x", "opts"));
    out.ssec = await tb(() => b.put("ss", "x", { ssecKey: "0".repeat(64) }));
    out.ssecBad = await tb(() => b.put("ss2", "x", { ssecKey: "abc" }));`),

  r2Case_7("d1r2-r2-get-range-onlyif", "get(): range option validation, Headers ranges, onlyIf objects and Headers with etags and dates, head with options", `
    await b.put("k", "0123456789", { httpMetadata: { contentType: "text/plain" } });
    const h = await b.head("k");
    const g = (o) => tb(() => b.get("k", o));
    out.offLen = await g({ range: { offset: 2, length: 3 } });
    out.offOnly = await g({ range: { offset: 7 } });
    out.lenOnly = await g({ range: { length: 4 } });
    out.suffix = await g({ range: { suffix: 3 } });
    out.suffix0 = await g({ range: { suffix: 0 } });
    out.len0 = await g({ range: { offset: 0, length: 0 } });
    out.negOff = await g({ range: { offset: -1 } });
    out.negLen = await g({ range: { length: -1 } });
    out.negSuffix = await g({ range: { suffix: -2 } });
    out.offAndSuffix = await g({ range: { offset: 1, suffix: 2 } });
    out.emptyRange = await g({ range: {} });
    out.offPast = await g({ range: { offset: 10 } });
    out.offFar = await g({ range: { offset: 11 } });
    out.strOff = await g({ range: { offset: "2" } });
    out.fracOff = await g({ range: { offset: 1.5, length: 2 } });
    out.hdr = await g({ range: new Headers({ range: "bytes=1-3" }) });
    out.hdrOpen = await g({ range: new Headers({ range: "bytes=8-" }) });
    out.hdrSuffix = await g({ range: new Headers({ range: "bytes=-4" }) });
    out.hdrMulti = await g({ range: new Headers({ range: "bytes=0-1,3-4" }) });
    out.hdrBad = await g({ range: new Headers({ range: "items=0-1" }) });
    out.hdrPast = await g({ range: new Headers({ range: "bytes=20-30" }) });
    out.hdrEndPast = await g({ range: new Headers({ range: "bytes=5-100" }) });
    out.hdrNone = await g({ range: new Headers() });
    out.hdrReversed = await g({ range: new Headers({ range: "bytes=5-2" }) });
    out.ifMatch = await g({ onlyIf: { etagMatches: h.etag } });
    out.ifMatchQuoted = await g({ onlyIf: { etagMatches: h.httpEtag } });
    out.ifMatchStar = await g({ onlyIf: { etagMatches: "*" } });
    out.ifMatchWrong = await g({ onlyIf: { etagMatches: "nope" } });
    out.ifNoneStar = await g({ onlyIf: { etagDoesNotMatch: "*" } });
    out.ifNoneSame = await g({ onlyIf: { etagDoesNotMatch: h.etag } });
    out.ifMatchWeak = await g({ onlyIf: { etagMatches: "W/" + h.httpEtag } });
    out.hIfMatch = await g({ onlyIf: new Headers({ "if-match": h.httpEtag }) });
    out.hIfMatchList = await g({ onlyIf: new Headers({ "if-match": '"x", ' + h.httpEtag }) });
    out.hIfNone = await g({ onlyIf: new Headers({ "if-none-match": h.httpEtag }) });
    out.hIfNoneWeak = await g({ onlyIf: new Headers({ "if-none-match": "W/" + h.httpEtag }) });
    out.hIfModFuture = await g({ onlyIf: new Headers({ "if-modified-since": "Wed, 01 Jan 2098 00:00:00 GMT" }) });
    out.hIfModPast = await g({ onlyIf: new Headers({ "if-modified-since": "Wed, 01 Jan 2000 00:00:00 GMT" }) });
    out.hIfUnmodPast = await g({ onlyIf: new Headers({ "if-unmodified-since": "Wed, 01 Jan 2000 00:00:00 GMT" }) });
    out.hIfUnmodBad = await g({ onlyIf: new Headers({ "if-unmodified-since": "garbage" }) });
    out.onlyIfRangeFail = await g({ onlyIf: { etagMatches: "nope" }, range: { offset: 1, length: 2 } });
    out.onlyIfBadType = await g({ onlyIf: { etagMatches: 5 } });
    out.onlyIfArr = await g({ onlyIf: { etagMatches: [h.etag] } });
    out.onlyIfUploadedBeforeStr = await g({ onlyIf: { uploadedBefore: "2000-01-01" } });
    out.headRange = await tr(() => b.head("k", { range: { offset: 1 } }));
    out.headMissing = await tr(() => b.head("missing"));
    out.getMissingRange = await tb(() => b.get("missing", { range: { offset: 1 } }));
    out.getMissingOnlyIf = await tb(() => b.get("missing", { onlyIf: { etagMatches: "x" } }));
    out.optsStr = await g("x");
    out.optsNull = await g(null);`),

  r2Case_7("d1r2-r2-list-args", "list(): option validation (limit, prefix, delimiter, cursor, include, startAfter) and result shapes", `
    for (const k of ["a/1", "a/2", "a/b/3", "b", "c/x", "c/y"]) await b.put(k, k, { customMetadata: { k }, httpMetadata: { contentType: "t/" + k.length } });
    const l = async (o) => { const r = await t(() => b.list(o)); if (r.ok) r.ok = { keys: r.ok.objects.map((x) => x.key), prefixes: r.ok.delimitedPrefixes, truncated: r.ok.truncated, hasCursor: typeof r.ok.cursor, meta: r.ok.objects.map((x) => [x.httpMetadata, x.customMetadata]), own: Object.keys(r.ok).sort() }; return r; };
    out.none = await l();
    out.nul = await l(null);
    out.str = await l("a");
    out.limStr = await l({ limit: "2" });
    out.limFrac = await l({ limit: 1.5 });
    out.limNeg = await l({ limit: -1 });
    out.lim1001 = await l({ limit: 1001 });
    out.limNaN = await l({ limit: NaN });
    out.limInf = await l({ limit: Infinity });
    out.prefixEmpty = await l({ prefix: "" });
    out.prefixNone = await l({ prefix: "zz" });
    out.delimEmpty = await l({ delimiter: "" });
    out.delimMulti = await l({ delimiter: "/b" });
    out.delimPrefix = await l({ prefix: "a/", delimiter: "/" });
    out.delimLimit = await l({ delimiter: "/", limit: 2 });
    out.cursorBad = await l({ cursor: "garbage" });
    out.cursorEmpty = await l({ cursor: "" });
    out.startAfterMid = await l({ startAfter: "a/2" });
    out.startAfterDelim = await l({ startAfter: "a", delimiter: "/" });
    out.startAfterPrefix = await l({ prefix: "c/", startAfter: "c/x" });
    out.includeBad = await l({ include: ["nope"] });
    out.includeStr = await l({ include: "httpMetadata" });
    out.includeBoth = await l({ include: ["httpMetadata", "customMetadata"], limit: 2 });
    out.includeHttp = await l({ include: ["httpMetadata"], limit: 2 });
    out.includeEmpty = await l({ include: [], limit: 2 });
    out.unknownOpt = await l({ foo: 1, limit: 1 });
    out.pageThenCursor = await (async () => { const p1 = await b.list({ limit: 2 }); const p2 = await b.list({ limit: 2, cursor: p1.cursor }); const p3 = await b.list({ limit: 10, cursor: p2.cursor }); return [p1.objects.map((o) => o.key), p2.objects.map((o) => o.key), p3.objects.map((o) => o.key), p3.truncated, "cursor" in p3]; })();
    out.cursorOtherPrefix = await (async () => { const p1 = await b.list({ limit: 1 }); return l({ prefix: "c/", cursor: p1.cursor }); })();
    out.objShape = await (async () => { const r = await b.list({ limit: 1 }); const o = r.objects[0]; return { cls: o.constructor.name, body: "body" in o, hm: o.httpMetadata, cm: o.customMetadata, sc: o.storageClass, cs: o.checksums.toJSON() }; })();`),

  r2Case_7("d1r2-r2-delete-keys", "delete(): single keys, arrays (empty, duplicates, missing), 1000+ keys, invalid keys", `
    for (const k of ["a", "b", "c", "d"]) await b.put(k, k);
    out.single = await t(() => b.delete("a"));
    out.missing = await t(() => b.delete("zz"));
    out.arr = await t(() => b.delete(["b", "zz", "b"]));
    out.empty = await t(() => b.delete([]));
    out.many = await t(() => b.delete(Array.from({ length: 1001 }, (_, i) => "k" + i)));
    out.thousand = await t(() => b.delete(Array.from({ length: 1000 }, (_, i) => "k" + i)));
    out.numKey = await t(() => b.delete(5));
    out.undef = await t(() => b.delete());
    out.longKey = await t(() => b.delete("x".repeat(1025)));
    out.longInArr = await t(() => b.delete(["c", "x".repeat(1025)]));
    out.left = (await b.list()).objects.map((o) => o.key);
    out.emptyKey = await t(() => b.delete(""));
    out.headEmpty = await t(() => b.head(""));
    out.getEmpty = await t(() => b.get(""));`),

  r2Case_7("d1r2-r2-multipart-edges", "multipart: option validation, part numbers, body kinds, complete with bad lists, abort and reuse, resume, object shapes", `
    const up = await b.createMultipartUpload("mp", { httpMetadata: { contentType: "x/y" }, customMetadata: { a: "1" } });
    out.upShape = { cls: up.constructor.name, key: up.key, idType: typeof up.uploadId, proto: Object.getOwnPropertyNames(Object.getPrototypeOf(up)).sort(), own: Object.keys(up).sort() };
    const big = "a".repeat(5 * 1024 * 1024);
    out.part0 = await t(() => up.uploadPart(0, "x"));
    out.part10001 = await t(() => up.uploadPart(10001, "x"));
    out.part10000 = await t(async () => { const p = await up.uploadPart(10000, "tail"); return { n: p.partNumber, etag: typeof p.etag, keys: Object.keys(p).sort() }; });
    out.partNeg = await t(() => up.uploadPart(-1, "x"));
    out.partFrac = await t(async () => (await up.uploadPart(2.5, "x")).partNumber);
    out.partStr = await t(async () => (await up.uploadPart("3", "x")).partNumber);
    out.partNull = await t(() => up.uploadPart(4, null));
    out.partNum = await t(() => up.uploadPart(4, 42));
    out.partStream = await t(() => up.uploadPart(5, new ReadableStream({ start(c) { c.enqueue(new Uint8Array(1)); c.close(); } })));
    const p1 = await up.uploadPart(1, big);
    const p2 = await up.uploadPart(2, "end");
    out.completeMissingPart = await t(() => up.complete([p1, { partNumber: 7, etag: p2.etag }]));
    out.completeBadEtag = await t(() => up.complete([p1, { partNumber: 2, etag: "nope" }]));
    out.completeDup = await t(() => up.complete([p1, p1, p2]));
    out.completeOutOfOrder = await t(() => up.complete([p2, p1]));
    out.completeNotArray = await t(() => up.complete(p1));
    out.completeSmallMiddle = await t(async () => { const u = await b.createMultipartUpload("mp2"); const a = await u.uploadPart(1, "small"); const c = await u.uploadPart(2, big); return u.complete([a, c]); });
    out.completeUnequal = await t(async () => { const u = await b.createMultipartUpload("mp3"); const a = await u.uploadPart(1, big + "x"); const c = await u.uploadPart(2, big); const d = await u.uploadPart(3, "z"); return u.complete([a, c, d]); });
    out.complete = await tr(() => up.complete([p1, p2]));
    out.completeAgain = await t(() => up.complete([p1, p2]));
    out.partAfter = await t(() => up.uploadPart(3, "x"));
    out.abortAfter = await t(() => up.abort());
    out.got = await t(async () => { const o = await b.get("mp", { range: { offset: 5 * 1024 * 1024 - 2 } }); return { text: await o.text(), size: o.size, etag: o.etag, range: o.range, hm: o.httpMetadata, cm: o.customMetadata }; });
    out.resumeBad = await t(async () => { const r = b.resumeMultipartUpload("mp", "bogus-id"); return { key: r.key, id: r.uploadId, part: await t(() => r.uploadPart(1, "x")), abort: await t(() => r.abort()) }; });
    out.resumeNoId = await t(() => b.resumeMultipartUpload("mp"));
    out.resumeWrongKey = await t(async () => { const u = await b.createMultipartUpload("mp4"); const r = b.resumeMultipartUpload("other", u.uploadId); return await t(() => r.uploadPart(1, "x")); });
    out.abortTwice = await t(async () => { const u = await b.createMultipartUpload("mp5"); await u.abort(); return [await t(() => u.abort()), await t(() => u.uploadPart(1, "x")), await t(() => u.complete([]))]; });
    const upd = async (fn) => { const r = await t(fn); if (r.ok) r.ok = { key: r.ok.key, id: typeof r.ok.uploadId }; return r; };
    out.createBadSc = await upd(() => b.createMultipartUpload("mp6", { storageClass: "Glacier" }));
    out.createLongKey = await upd(() => b.createMultipartUpload("x".repeat(1025)));
    out.createEmptyKey = await upd(() => b.createMultipartUpload(""));
    out.createHeaders = await t(async () => { const u = await b.createMultipartUpload("mp7", { httpMetadata: new Headers({ "content-type": "q/r", "cache-control": "no-cache" }) }); const p = await u.uploadPart(1, "a"); const o = await u.complete([p]); return [o.httpMetadata, o.size, o.etag]; });
    out.createCmLimit = await upd(() => b.createMultipartUpload("mp8", { customMetadata: { k: "v".repeat(3000) } }));
    out.createCmLimitComplete = await t(async () => { const u = await b.createMultipartUpload("mp9", { customMetadata: { k: "v".repeat(3000) } }); const p = await u.uploadPart(1, "a"); return (await u.complete([p])).size; });
    out.emptyKeyComplete = await t(async () => { const u = await b.createMultipartUpload(""); const p = await u.uploadPart(1, "a"); return (await u.complete([p])).size; });`),
];

// ---- from d1r2-r2b.mjs
const R2_PRELUDE_8 = `
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  version: typeof o.version === "string" && o.version.length > 0, uploaded: o.uploaded instanceof Date,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o, ssecKeyMd5: o.ssecKeyMd5 === undefined ? "absent" : o.ssecKeyMd5,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const tb = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const o = r.ok; const d = desc(o); if (o.body && !o.bodyUsed) d.text = await o.text(); r.ok = d; } return r; };
const cls = (r) => r.ok ? (r.ok === null ? null : r.ok.cls + (r.ok.text !== undefined ? ":" + r.ok.text : "")) : r;
`;
const r2Case_8 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2_PRELUDE_8}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

const CASES_8 = [
  r2Case_8("d1r2-r2-conditional-odd", "onlyIf with unparsable and odd header dates, invalid Date objects, empty etag lists, and put onlyIf with Headers", `
    await b.put("k", "body");
    const h = await b.head("k");
    const g = async (o) => cls(await tb(() => b.get("k", { onlyIf: o })));
    out.modBad = await g(new Headers({ "if-modified-since": "garbage" }));
    out.unmodBad = await g(new Headers({ "if-unmodified-since": "garbage" }));
    out.modEmpty = await g(new Headers({ "if-modified-since": "" }));
    out.unmodIso = await g(new Headers({ "if-unmodified-since": "2099-01-01T00:00:00Z" }));
    out.modIso = await g(new Headers({ "if-modified-since": "2099-01-01" }));
    out.unmodEpoch = await g(new Headers({ "if-unmodified-since": "Thu, 01 Jan 1970 00:00:00 GMT" }));
    out.unmodNum = await g(new Headers({ "if-unmodified-since": "4102444800000" }));
    out.beforeNaN = await g({ uploadedBefore: new Date(NaN) });
    out.afterNaN = await g({ uploadedAfter: new Date(NaN) });
    out.beforeFuture = await g({ uploadedBefore: new Date(Date.now() + 86400000) });
    out.afterPast = await g({ uploadedAfter: new Date(0) });
    out.afterFuture = await g({ uploadedAfter: new Date(Date.now() + 86400000) });
    out.ifMatchEmpty = await g(new Headers({ "if-match": "" }));
    out.ifNoneEmpty = await g(new Headers({ "if-none-match": "" }));
    out.ifMatchUnquoted = await g(new Headers({ "if-match": h.etag }));
    out.ifMatchSpaces = await g(new Headers({ "if-match": " " + h.httpEtag + " , \\"zz\\"" }));
    out.ifNoneList = await g(new Headers({ "if-none-match": '"zz", ' + h.httpEtag }));
    out.ifMatchStarHdr = await g(new Headers({ "if-match": "*" }));
    out.ifNoneStarHdr = await g(new Headers({ "if-none-match": "*" }));
    out.bothMatchAndUnmod = await g(new Headers({ "if-match": h.httpEtag, "if-unmodified-since": "Wed, 01 Jan 2000 00:00:00 GMT" }));
    out.noneAndMod = await g(new Headers({ "if-none-match": '"zz"', "if-modified-since": "Wed, 01 Jan 2098 00:00:00 GMT" }));
    out.etagQuotedObj = await g({ etagMatches: '"' + h.etag + '"' });
    out.etagWeakObj = await g({ etagDoesNotMatch: 'W/"' + h.etag + '"' });
    out.etagListObj = await g({ etagMatches: "zz, " + h.etag });
    out.etagEmptyObj = await g({ etagMatches: "" });
    out.secondsObj = await g({ uploadedAfter: new Date(h.uploaded.getTime() - 1), secondsGranularity: true });
    out.msObj = await g({ uploadedAfter: new Date(h.uploaded.getTime() - 1) });
    const p = async (o, v) => { const r = await t(() => b.put("k", v, { onlyIf: o })); return r.ok === null ? "null" : r.ok ? "put" : r; };
    out.putHdrMatch = await p(new Headers({ "if-match": h.httpEtag }), "v2");
    out.putHdrNone = await p(new Headers({ "if-none-match": "*" }), "v3");
    out.putHdrUnmodBad = await p(new Headers({ "if-unmodified-since": "garbage" }), "v4");
    out.putOnMissing = await t(async () => (await b.put("new", "x", { onlyIf: { etagMatches: "zz" } })) === null);
    out.putOnMissingNone = await t(async () => (await b.put("new2", "x", { onlyIf: { etagDoesNotMatch: "zz" } }))?.key);
    out.putOnMissingBefore = await t(async () => (await b.put("new3", "x", { onlyIf: { uploadedBefore: new Date(0) } }))?.key ?? null);
    out.final = await t(async () => (await b.get("k")).text());`),

  r2Case_8("d1r2-r2-object-api", "R2Object/R2ObjectBody members: writeHttpMetadata into Headers, body readers, bodyUsed, ranges in the result, checksums objects, JSON of objects", `
    await b.put("k", '{"a":1}', { httpMetadata: { contentType: "application/json", contentLanguage: "en", contentDisposition: "inline", contentEncoding: "identity", cacheControl: "max-age=5", cacheExpiry: new Date(Date.UTC(2030, 0, 1)) }, customMetadata: { x: "y" } });
    const o = await b.get("k");
    const hd = new Headers({ "content-type": "old/old", "x-keep": "1" });
    out.whm = await t(() => { o.writeHttpMetadata(hd); return [...hd]; });
    out.whmObj = await t(() => o.writeHttpMetadata({}));
    out.whmNone = await t(() => o.writeHttpMetadata());
    out.json = await t(() => o.json());
    out.bodyUsed = o.bodyUsed;
    out.again = await t(() => o.arrayBuffer());
    const o2 = await b.get("k");
    out.ab = await t(async () => { const x = await o2.arrayBuffer(); return [x.constructor.name, x.byteLength]; });
    const o3 = await b.get("k");
    out.blob = await t(async () => { const x = await o3.blob(); return [x.constructor.name, x.size, x.type]; });
    const o4 = await b.get("k");
    out.bytes = await t(async () => typeof o4.bytes === "function" ? [...await o4.bytes()].length : "none");
    const o5 = await b.get("k", { range: { offset: 1, length: 3 } });
    out.rangeText = await t(() => o5.text());
    out.rangeProp = o5.range;
    out.rangeSize = o5.size;
    const o6 = await b.get("k", { range: { suffix: 2 } });
    out.suffixRange = [o6.range, await o6.text()];
    const o7 = await b.get("k", { range: new Headers({ range: "bytes=2-" }) });
    out.hdrRange = [o7.range, await o7.text()];
    const hh = await b.head("k");
    out.headRange = hh.range === undefined ? "absent" : hh.range;
    out.headWhm = await t(() => { const x = new Headers(); hh.writeHttpMetadata(x); return [...x]; });
    out.checksums = { keys: Object.keys(hh.checksums), md5: hh.checksums.md5 instanceof ArrayBuffer, len: hh.checksums.md5.byteLength, sha1: hh.checksums.sha1 === undefined, json: hh.checksums.toJSON() };
    out.stringify = JSON.parse(JSON.stringify(hh, (k, v) => k === "version" || k === "uploaded" ? typeof v : v));
    out.ownKeys = Object.keys(hh).sort();
    out.uploadedType = [hh.uploaded.constructor.name, Math.abs(hh.uploaded.getTime() - Date.now()) < 60000, hh.uploaded.getTime() % 1000 === 0];
    out.versionFmt = /^[0-9a-f]{32}$/.test(hh.version);
    out.stream = await t(async () => { const g = await b.get("k"); const r = g.body.getReader(); let n = 0; for (;;) { const { done, value } = await r.read(); if (done) break; n += value.byteLength; } return [n, g.bodyUsed]; });
    out.response = await t(async () => { const g = await b.get("k"); const h = new Headers(); g.writeHttpMetadata(h); h.set("etag", g.httpEtag); const res = new Response(g.body, { headers: h }); return [res.headers.get("content-type"), res.headers.get("etag"), await res.text()]; });
    out.emptyObj = await t(async () => { await b.put("e", ""); const g = await b.get("e"); return [g.size, await g.text(), g.range, g.etag]; });
    out.emptyRange = await t(async () => { const g = await b.get("e", { range: { offset: 0 } }); return [g.size, await g.text(), g.range]; });
    out.emptySuffix = await t(async () => { const g = await b.get("e", { range: { suffix: 5 } }); return [g.size, await g.text(), g.range]; });`),

  r2Case_8("d1r2-r2-metadata-edges", "httpMetadata from Headers (which headers are kept), contentType defaults, customMetadata from Headers and odd values, metadata size limits on put and multipart", `
    const hm = async (k, opts) => { const r = await tr(() => b.put(k, "x", opts)); return r.ok ? [r.ok.httpMetadata, r.ok.customMetadata] : r; };
    out.fromHeaders = await hm("a", { httpMetadata: new Headers({ "content-type": "t/x", "content-length": "5", "etag": "zz", "x-custom": "1", "expires": "Wed, 01 Jan 2031 00:00:00 GMT", "content-md5": "abc", "last-modified": "Wed, 01 Jan 2020 00:00:00 GMT" }) });
    out.badExpires = await hm("b", { httpMetadata: new Headers({ "expires": "garbage" }) });
    out.blobType = await hm("c", {});
    out.blobBody = await t(async () => (await b.put("d", new Blob(["x"], { type: "a/b" }))).httpMetadata);
    out.fileBody = await t(async () => (await b.put("d2", new File(["x"], "f.txt", { type: "text/plain" }))).httpMetadata);
    out.requestBody = await t(async () => (await b.put("d3", new Request("http://x", { method: "POST", body: "x", headers: { "content-type": "q/q" } }).body)).httpMetadata);
    out.cmHeaders = await hm("e", { customMetadata: new Headers({ "a": "1", "B": "2" }) });
    out.cmNumbers = await hm("f", { customMetadata: { n: 1, b: true, u: undefined, nl: null } });
    out.cmSymbolKey = await hm("g", { customMetadata: { [Symbol("s")]: "x", ok: "1" } });
    out.cmMap = await hm("h", { customMetadata: new Map([["a", "1"]]) });
    out.cm2048 = await hm("i", { customMetadata: { k: "v".repeat(2047) } });
    out.cm2049 = await hm("j", { customMetadata: { k: "v".repeat(2048) } });
    out.cmMany = await hm("l", { customMetadata: Object.fromEntries(Array.from({ length: 300 }, (_, i) => ["k" + i, "v"])) });
    out.cmUnicode = await hm("m", { customMetadata: { "é": "😀".repeat(500) } });
    out.cmUnicodeOver = await hm("n", { customMetadata: { "é": "😀".repeat(600) } });
    out.hmLong = await hm("o", { httpMetadata: { contentType: "t/" + "x".repeat(5000) } });
    out.hmEmpty = await hm("p", { httpMetadata: { contentType: "" } });
    out.hmUndefinedFields = await hm("q", { httpMetadata: { contentType: undefined, cacheControl: null } });
    out.listInclude = await t(async () => (await b.list({ prefix: "a", include: ["httpMetadata", "customMetadata"] })).objects.map((o) => [o.key, o.httpMetadata, o.customMetadata]));
    out.listNoInclude = await t(async () => (await b.list({ prefix: "e" })).objects.map((o) => [o.key, o.httpMetadata, o.customMetadata]));`),

  r2Case_8("d1r2-r2-keys-sizes", "keys at and over the 1024-byte limit on every method (including list prefix, startAfter, multipart), unicode byte counting, and object sizes", `
    const k1024 = "k".repeat(1024), k1025 = "k".repeat(1025), u = "é".repeat(512), u2 = "é".repeat(513);
    out.put1024 = await t(async () => (await b.put(k1024, "x")).key.length);
    out.putU = await t(async () => (await b.put(u, "x")).key.length);
    out.putU2 = await t(() => b.put(u2, "x"));
    out.get1025 = await t(() => b.get(k1025));
    out.head1025 = await t(() => b.head(k1025));
    out.del1025 = await t(() => b.delete(k1025));
    out.listPrefix1025 = await t(async () => (await b.list({ prefix: k1025 })).objects.length);
    out.listStartAfter1025 = await t(async () => (await b.list({ startAfter: k1025 })).objects.length);
    out.listDelim = await t(async () => (await b.list({ delimiter: "x".repeat(1025) })).objects.length);
    out.mpu1025 = await t(async () => (await b.createMultipartUpload(k1025)).key.length);
    out.resume1025 = await t(async () => { const r = b.resumeMultipartUpload(k1025, "id"); return await t(() => r.uploadPart(1, "x")); });
    out.keyNul = await t(async () => (await b.put("a\\u0000b", "x")).key.length);
    out.keySlashOnly = await t(async () => (await b.put("/", "x")).key);
    out.keyDot = await t(async () => (await b.put(".", "x")).key);
    out.keyDotDot = await t(async () => (await b.put("..", "x")).key);
    out.keyLoneSurrogate = await t(async () => (await b.put("a\\ud800", "x")).key.length);
    out.listAll = await t(async () => (await b.list()).objects.map((o) => o.key.length));
    out.size1m = await t(async () => (await b.put("big", new Uint8Array(1024 * 1024 + 3))).size);
    out.getBig = await t(async () => { const g = await b.get("big", { range: { offset: 1024 * 1024 } }); return [g.size, (await g.arrayBuffer()).byteLength, g.range]; });`),
];

// ---- from d1r2-r2c.mjs
const R2_PRELUDE_9 = `
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  version: typeof o.version === "string" && o.version.length > 0, uploaded: o.uploaded instanceof Date,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o, ssecKeyMd5: o.ssecKeyMd5 === undefined ? "absent" : o.ssecKeyMd5,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const tb = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) { const o = r.ok; const d = desc(o); if (o.body && !o.bodyUsed) d.text = await o.text(); r.ok = d; } return r; };
`;
const r2Case_9 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2_PRELUDE_9}    const b = env.B ?? env.A; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

const CASES_9 = [
  r2Case_9("d1r2-r2-multipart-bodies", "uploadPart with every body kind and options, parts re-uploaded, resumed uploads, completed uploads' errors, ranges spanning parts, list and head of multipart objects", `
    const mb = 5 * 1024 * 1024;
    const u = await b.createMultipartUpload("m", { customMetadata: { z: "1" } });
    const pe = async (fn) => { const r = await t(fn); if (r.ok) r.ok = { n: r.ok.partNumber, etag: typeof r.ok.etag, etagLen: r.ok.etag.length, keys: Object.keys(r.ok).sort(), cls: r.ok.constructor.name }; return r; };
    out.partAb = await pe(() => u.uploadPart(1, new Uint8Array(mb).fill(97).buffer));
    out.partView = await pe(() => u.uploadPart(2, new DataView(new Uint8Array(mb).fill(98).buffer)));
    out.partBlob = await pe(() => u.uploadPart(3, new Blob([new Uint8Array(mb).fill(99)])));
    out.partFixed = await pe(async () => { const f = new FixedLengthStream(3); const w = f.writable.getWriter(); w.write(new TextEncoder().encode("end")); w.close(); return u.uploadPart(4, f.readable); });
    out.partReq = await pe(() => u.uploadPart(5, new Request("http://x", { method: "POST", body: "req" }).body));
    out.partOpts = await pe(() => u.uploadPart(6, "six", {}));
    out.partOptsBad = await pe(() => u.uploadPart(7, "seven", "x"));
    out.partSsec = await pe(() => u.uploadPart(8, "eight", { ssecKey: "0".repeat(64) }));
    const again1 = await u.uploadPart(1, new Uint8Array(mb).fill(65));
    const parts = [again1, await u.uploadPart(2, new Uint8Array(mb).fill(98)), await u.uploadPart(3, "tail")];
    const r = b.resumeMultipartUpload("m", u.uploadId);
    out.resumed = { cls: r.constructor.name, same: r.uploadId === u.uploadId, key: r.key };
    out.done = await tr(() => r.complete(parts));
    out.afterDone = await t(() => u.uploadPart(4, "x"));
    out.abortDone = await t(() => u.abort());
    out.span = await t(async () => { const g = await b.get("m", { range: { offset: mb - 2, length: 4 } }); return [await g.text(), g.range, g.size]; });
    out.suffix = await t(async () => { const g = await b.get("m", { range: { suffix: 6 } }); return [await g.text(), g.range]; });
    out.head = await tr(() => b.head("m"));
    out.list = await t(async () => (await b.list({ include: ["customMetadata"] })).objects.map((o) => [o.key, o.size, o.etag.endsWith("-3"), o.customMetadata]));
    out.overwrite = await t(async () => { const p = await b.put("m", "plain"); return [p.etag.includes("-"), p.size]; });
    out.twoUploadsSameKey = await t(async () => { const a = await b.createMultipartUpload("k2"); const c = await b.createMultipartUpload("k2"); const pa = await a.uploadPart(1, "A"); const pc = await c.uploadPart(1, "C"); await a.complete([pa]); const first = await (await b.get("k2")).text(); await c.complete([pc]); return [a.uploadId !== c.uploadId, first, await (await b.get("k2")).text()]; });
    out.partFromOther = await t(async () => { const a = await b.createMultipartUpload("k3"); const c = await b.createMultipartUpload("k3"); const pa = await a.uploadPart(1, "A"); return c.complete([pa]); });`),

  r2Case_9("d1r2-r2-shared-buckets", "two bindings of one bucket share objects; another bucket is separate; objects persist across requests; concurrent puts of one key", `
    const step = url.searchParams.get("s");
    if (step === "1") {
      await env.A.put("k", "from A");
      out.viaB = await t(async () => (await env.B.get("k"))?.text() ?? null);
      out.viaC = await t(async () => (await env.C.get("k"))?.text() ?? null);
      const puts = await Promise.all(Array.from({ length: 5 }, (_, i) => env.C.put("same", "v" + i)));
      out.concurrent = [puts.every((p) => p.key === "same"), new Set(puts.map((p) => p.version)).size];
      out.winner = await t(async () => (await env.C.get("same")).text());
      out.listC = await t(async () => (await env.C.list()).objects.map((o) => o.key));
    } else {
      out.persisted = await t(async () => (await env.B.get("k")).text());
      await env.B.delete("k");
      out.goneInA = await t(async () => await env.A.head("k"));
    }`, { r2Buckets: { A: "bucket1", B: "bucket1", C: "bucket2" }, steps: [get("/?s=1"), get("/?s=2")] }),
];

// ---- from d1r2-flows.mjs
const L_10 = "http://localhost";
const CASES_10 = [
  {
    name: "d1r2-r2-http-flow", area: "r2", description: "a typical R2 file server: PUT from request bodies and headers, GET with the request's Range and conditional headers, 304/206/412 answers, HEAD, DELETE, listing",
    options: { modules: true, compatibilityDate: CD, r2Buckets: ["B"], script: PRELUDE + `
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const key = url.pathname.slice(1);
    if (request.method === "PUT") {
      try {
        const o = await env.B.put(key, request.body, { httpMetadata: request.headers, customMetadata: { by: "flow" }, onlyIf: request.headers });
        if (o === null) return new Response("precondition", { status: 412 });
        return Response.json({ key: o.key, size: o.size, etag: o.etag, hm: o.httpMetadata, cm: o.customMetadata });
      } catch (e) { return new Response(e.name + ": " + e.message, { status: 400 }); }
    }
    if (request.method === "DELETE") { await env.B.delete(key); return new Response(null, { status: 204 }); }
    if (key === "") {
      const l = await env.B.list({ include: ["httpMetadata"] });
      return Response.json(l.objects.map((o) => [o.key, o.size, o.httpMetadata]));
    }
    try {
      const o = request.method === "HEAD" ? await env.B.head(key) : await env.B.get(key, { range: request.headers, onlyIf: request.headers });
      if (o === null) return new Response("not found", { status: 404 });
      const h = new Headers();
      o.writeHttpMetadata(h);
      h.set("etag", o.httpEtag);
      h.set("x-size", String(o.size));
      if (o.range) h.set("x-range", JSON.stringify(o.range));
      if (!("body" in o)) return new Response(null, { status: request.method === "HEAD" ? 200 : (request.headers.has("if-none-match") || request.headers.has("if-modified-since") ? 304 : 412), headers: h });
      const status = request.headers.has("range") ? 206 : 200;
      return new Response(o.body, { status, headers: h });
    } catch (e) { return new Response(e.name + ": " + e.message, { status: 416 }); }
  }
};` },
    steps: [
      req("PUT", L_10 + "/a.txt", { "content-type": "text/plain", "cache-control": "max-age=60", "content-language": "de", "x-other": "1", "content-length": "11" }, "hello world"),
      req("GET", L_10 + "/a.txt"),
      req("GET", L_10 + "/a.txt", { range: "bytes=0-4" }),
      req("GET", L_10 + "/a.txt", { range: "bytes=-5" }),
      req("GET", L_10 + "/a.txt", { range: "bytes=6-" }),
      req("GET", L_10 + "/a.txt", { range: "bytes=100-200" }),
      req("GET", L_10 + "/a.txt", { range: "bytes=0-1, 3-4" }),
      req("GET", L_10 + "/a.txt", { "if-none-match": '"5eb63bbbe01eeed093cb22bb8f5acdc3"' }),
      req("GET", L_10 + "/a.txt", { "if-none-match": '"other"' }),
      req("GET", L_10 + "/a.txt", { "if-match": '"other"' }),
      req("GET", L_10 + "/a.txt", { "if-match": '"5eb63bbbe01eeed093cb22bb8f5acdc3"', range: "bytes=1-2" }),
      req("GET", L_10 + "/a.txt", { "if-modified-since": "Wed, 01 Jan 2098 00:00:00 GMT" }),
      req("HEAD", L_10 + "/a.txt"),
      req("PUT", L_10 + "/a.txt", { "if-match": '"nope"', "content-length": "6" }, "second"),
      req("PUT", L_10 + "/a.txt", { "if-none-match": "*", "content-length": "5" }, "third"),
      req("PUT", L_10 + "/a.txt", { "if-match": '"5eb63bbbe01eeed093cb22bb8f5acdc3"', "content-length": "6" }, "fourth"),
      req("PUT", L_10 + "/b.bin", { "content-type": "application/octet-stream", "content-disposition": "attachment; filename=b.bin", "content-encoding": "identity", "content-length": "3" }, "bin"),
      req("PUT", L_10 + "/c", {}, ""),
      req("GET", L_10 + "/a.txt"),
      req("GET", L_10 + "/"),
      req("DELETE", L_10 + "/a.txt"),
      req("GET", L_10 + "/a.txt"),
      req("GET", L_10 + "/c"),
    ],
  },
  {
    name: "d1r2-d1-http-flow", area: "d1", description: "a typical D1 REST worker across requests: migrations with exec, inserts with RETURNING from JSON bodies, list with pagination, updates, deletes, errors as 4xx answers",
    options: { modules: true, compatibilityDate: CD, d1Databases: ["DB"], script: PRELUDE + `
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const m = (r) => ({ changes: r.meta.changes, last_row_id: r.meta.last_row_id, changed_db: r.meta.changed_db, rows_read: r.meta.rows_read, rows_written: r.meta.rows_written });
    try {
      if (url.pathname === "/migrate") {
        const r = await env.DB.exec("CREATE TABLE IF NOT EXISTS todos (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)), tags TEXT, created TEXT DEFAULT (datetime('now')));\\nCREATE INDEX IF NOT EXISTS todos_done ON todos (done);");
        return Response.json({ count: r.count });
      }
      if (request.method === "POST") {
        const body = await request.json();
        const row = await env.DB.prepare("INSERT INTO todos (title, done, tags) VALUES (?1, ?2, json(?3)) RETURNING id, title, done, tags, typeof(created) AS ct").bind(body.title ?? null, body.done ? 1 : 0, JSON.stringify(body.tags ?? [])).first();
        return Response.json(row, { status: 201 });
      }
      if (request.method === "PATCH") {
        const body = await request.json();
        const r = await env.DB.prepare("UPDATE todos SET done = ? WHERE id = ?").bind(body.done, Number(url.searchParams.get("id"))).run();
        return Response.json(m(r));
      }
      if (request.method === "DELETE") {
        const r = await env.DB.prepare("DELETE FROM todos WHERE id = ?").bind(Number(url.searchParams.get("id"))).run();
        return Response.json(m(r), { status: r.meta.changes ? 200 : 404 });
      }
      const limit = Number(url.searchParams.get("limit") ?? 10), offset = Number(url.searchParams.get("offset") ?? 0);
      const { results, meta } = await env.DB.prepare("SELECT id, title, done, json_array_length(tags) AS ntags, tags ->> '$[0]' AS first_tag FROM todos WHERE done = ?1 OR ?1 IS NULL ORDER BY id LIMIT ?2 OFFSET ?3").bind(url.searchParams.has("done") ? Number(url.searchParams.get("done")) : null, limit, offset).all();
      const total = await env.DB.prepare("SELECT count(*) AS n FROM todos").first("n");
      return Response.json({ results, total, changed_db: meta.changed_db });
    } catch (e) {
      return Response.json({ error: e.message }, { status: 400 });
    }
  }
};` },
    steps: [
      get("/migrate"), get("/migrate"),
      req("POST", L_10 + "/", { "content-type": "application/json" }, JSON.stringify({ title: "one", tags: ["a", "b"] })),
      req("POST", L_10 + "/", { "content-type": "application/json" }, JSON.stringify({ title: "two", done: true })),
      req("POST", L_10 + "/", { "content-type": "application/json" }, JSON.stringify({ title: "three", tags: ["x"] })),
      req("POST", L_10 + "/", { "content-type": "application/json" }, JSON.stringify({ tags: [] })),
      get("/"), get("/?limit=1&offset=1"), get("/?done=1"), get("/?done=0&limit=5"),
      req("PATCH", L_10 + "/?id=1", { "content-type": "application/json" }, JSON.stringify({ done: 1 })),
      req("PATCH", L_10 + "/?id=1", { "content-type": "application/json" }, JSON.stringify({ done: 7 })),
      req("PATCH", L_10 + "/?id=1", { "content-type": "application/json" }, JSON.stringify({ done: true })),
      req("DELETE", L_10 + "/?id=2"), req("DELETE", L_10 + "/?id=2"),
      get("/"),
    ],
  },
];

// ---- from d1r2-seventh.mjs
const CASES_11 = [
  { name: "d1r2-r2-error-objects", area: "r2", description: "R2 and D1 error objects: class, own keys, code/cause fields, stack's first line, toString",
    options: modWorker(`    const out = {};
    const shape = async (fn) => { try { await fn(); return "no error"; } catch (e) { return { name: e.name, ctor: e.constructor.name, own: Object.getOwnPropertyNames(e).filter((k) => k !== "stack").sort(), code: e.code ?? "none", cause: e.cause === undefined ? "none" : String(e.cause), str: String(e), stack0: typeof e.stack === "string" ? e.stack.split("\\n")[0] : typeof e.stack, isError: e instanceof Error }; } };
    out.r2Key = await shape(() => env.B.put("x".repeat(1025), "v"));
    out.r2Md5 = await shape(() => env.B.put("k", "v", { md5: "0".repeat(32) }));
    out.r2Range = await shape(async () => { await env.B.put("r", "abc"); return env.B.get("r", { range: { offset: 5 } }); });
    out.r2List = await shape(() => env.B.list({ limit: 0 }));
    out.r2Type = await shape(() => env.B.put("k", 42));
    out.r2Multipart = await shape(() => env.B.resumeMultipartUpload("k", "nope").uploadPart(1, "x"));
    out.d1Sql = await shape(() => env.DB.prepare("SELEC").run());
    out.d1Type = await shape(() => env.DB.prepare("SELECT ?").bind(undefined).run());
    out.d1Exec = await shape(() => env.DB.exec("SELEC"));
    out.d1Col = await shape(() => env.DB.prepare("SELECT 1 AS a").first("b"));
    out.d1Constraint = await shape(async () => { await env.DB.exec("CREATE TABLE u (a UNIQUE)"); await env.DB.exec("INSERT INTO u VALUES (1)"); return env.DB.prepare("INSERT INTO u VALUES (1)").run(); });
    return Response.json(out);`, { r2Buckets: ["B"], d1Databases: ["DB"] }), steps: [get("/")] },
];

export default [...CASES_0, ...CASES_1, ...CASES_2, ...CASES_3, ...CASES_4, ...CASES_5, ...CASES_6, ...CASES_7, ...CASES_8, ...CASES_9, ...CASES_10, ...CASES_11];
