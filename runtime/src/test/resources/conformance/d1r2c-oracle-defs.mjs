// d1r2c: D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs d1r2c` (cases land in out/d1 and out/r2).
import { modWorker, get, req } from "./_h.mjs";

const D1P = `
const meta = (r) => { if (!r || !r.meta) return r; const m = { ...r.meta }; m.duration = typeof m.duration; m.size_after = typeof m.size_after; if (m.timings) m.timings = Object.fromEntries(Object.entries(m.timings).map(([k, v]) => [k, typeof v])); return { ...r, meta: m }; };
const tm = async (fn) => { const r = await t(fn); if (r.error && typeof r.error.message === "string") r.error.message = r.error.message.split("\\n")[0]; if (r.ok && typeof r.ok === "object") r.ok = Array.isArray(r.ok) ? r.ok.map(meta) : meta(r.ok); return r; };
const val = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.ok) r.ok = r.ok[0]; if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; };
const errOf = async (fn) => { try { await fn(); return "no error"; } catch (e) { return { name: e.name, ctor: e.constructor.name, message: String(e.message).split("\\n")[0], cause: e.cause ? { name: e.cause.name, message: String(e.cause.message).split("\\n")[0] } : "none", keys: Object.keys(e).sort() }; } };
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
const hdrs = (h) => Object.fromEntries([...h]);
`;
const r2 = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

const D1_CASES = [
  d1("d1r2c-d1-batch-rollback", "batch() failing mid-way: error shape, rollback of earlier statements, statements after the failing one, batch of non-statements", `
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)");
    out.e1 = await errOf(() => db.batch([db.prepare("INSERT INTO t (v) VALUES ('a')"), db.prepare("INSERT INTO t (v) VALUES ('a')"), db.prepare("INSERT INTO t (v) VALUES ('c')")]));
    out.after1 = await val("SELECT count(*) FROM t");
    out.e2 = await errOf(() => db.batch([db.prepare("INSERT INTO t (v) VALUES ('x')"), db.prepare("SELECT * FROM nope")]));
    out.after2 = await val("SELECT count(*) FROM t");
    out.e3 = await errOf(() => db.batch([db.prepare("INSERT INTO t (v) VALUES ('y')"), db.prepare("SELECT ?").bind(1, 2)]));
    out.after3 = await val("SELECT count(*) FROM t");
    out.empty = await errOf(() => db.batch([]));
    out.notArray = await errOf(() => db.batch(db.prepare("SELECT 1")));
    out.nonStmt = await errOf(() => db.batch(["SELECT 1"]));
    out.nullItem = await errOf(() => db.batch([null]));
    out.noArg = await errOf(() => db.batch());
    out.ok = await tm(() => db.batch([db.prepare("INSERT INTO t (v) VALUES (?)").bind("p"), db.prepare("SELECT v FROM t"), db.prepare("UPDATE t SET v = v || '!' WHERE v = 'p'"), db.prepare("DELETE FROM t WHERE 0")]));
    out.multiInBatch = await errOf(() => db.batch([db.prepare("SELECT 1; SELECT 2")]));
    out.multiInBatchR = await tm(() => db.batch([db.prepare("SELECT 1 AS a; SELECT 2 AS b")]));
    out.beginInBatch = await errOf(() => db.batch([db.prepare("BEGIN"), db.prepare("SELECT 1")]));
    out.commitInBatch = await errOf(() => db.batch([db.prepare("COMMIT")]));
    out.savepoint = await errOf(() => db.batch([db.prepare("SAVEPOINT s1"), db.prepare("RELEASE s1")]));
    out.final = await val("SELECT group_concat(v, ',') FROM t");`),

  d1("d1r2c-d1-exec-forms", "exec() with comments, empty statements, trailing semicolons, errors mid-way, result shape", `
    const ex = async (sql) => { try { const r = await db.exec(sql); return { ok: { count: r.count, durType: typeof r.duration, keys: Object.keys(r).sort() } }; } catch (e) { return { error: { name: e.name, message: String(e.message), cause: e.cause ? String(e.cause.message) : "none" } }; } };
    out.a = await ex("CREATE TABLE t (x);\\nINSERT INTO t VALUES (1);\\nINSERT INTO t VALUES (2);");
    out.comments = await ex("-- comment line\\nINSERT INTO t VALUES (3); /* block */ INSERT INTO t VALUES (4);");
    out.onlyComment = await ex("-- nothing here");
    out.empty = await ex("");
    out.blank = await ex("   \\n  ");
    out.semis = await ex(";;;");
    out.emptyBetween = await ex("INSERT INTO t VALUES (5);;INSERT INTO t VALUES (6)");
    out.midError = await ex("INSERT INTO t VALUES (7);\\nINSERT INTO nope VALUES (1);\\nINSERT INTO t VALUES (8);");
    out.count = await val("SELECT group_concat(x, ',') FROM t");
    out.syntax = await ex("SELEC 1");
    out.select = await ex("SELECT * FROM t");
    out.noArg = await ex(undefined);
    out.num = await ex(42);
    out.stringSemicolon = await ex("INSERT INTO t VALUES ('a;b'); INSERT INTO t VALUES ('c');");
    out.count2 = await val("SELECT count(*) FROM t");
    out.trigger = await ex("CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO t SELECT 0 WHERE 0; END; INSERT INTO t VALUES (9);");
    out.commentInStr = await ex("INSERT INTO t VALUES ('--x'); INSERT INTO t VALUES ('/*y*/')");
    out.count3 = await val("SELECT count(*) FROM t");
    out.params = await ex("SELECT ?");
    out.unterminated = await ex("SELECT 'abc");`),

  d1("d1r2c-d1-bind-types", "bind() with every JavaScript type: bigint, boolean, ArrayBuffer, typed arrays, DataView, null, undefined, objects, dates, symbols, functions", `
    const b = async (v) => { const r = await t(() => db.prepare("SELECT ? AS v, typeof(?) AS ty").bind(v, v).first()); if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; if (r.ok && r.ok.v instanceof Array) r.ok.v = { arr: r.ok.v }; return r; };
    out.bigint = await b(5n);
    out.bigBig = await b(2n ** 70n);
    out.negBig = await b(-(2n ** 63n));
    out.maxBig = await b(2n ** 63n - 1n);
    out.tru = await b(true);
    out.fal = await b(false);
    out.ab = await b(new Uint8Array([1, 2, 3]).buffer);
    out.u8 = await b(new Uint8Array([4, 5]));
    out.u16 = await b(new Uint16Array([1, 256]));
    out.i8 = await b(new Int8Array([-1]));
    out.f64 = await b(new Float64Array([1.5]));
    out.dv = await b(new DataView(new ArrayBuffer(2)));
    out.u8sub = await b(new Uint8Array([1, 2, 3, 4]).subarray(1, 3));
    out.nul = await b(null);
    out.undef = await t(() => db.prepare("SELECT ?").bind(undefined).first());
    out.obj = await b({ a: 1 });
    out.arr = await b([1, 2]);
    out.date = await b(new Date(0));
    out.sym = await t(() => db.prepare("SELECT ?").bind(Symbol("x")).first());
    out.fn = await t(() => db.prepare("SELECT ?").bind(() => 1).first());
    out.nan = await b(NaN);
    out.inf = await b(Infinity);
    out.negZero = await b(-0);
    out.float = await b(0.1);
    out.bigInt53 = await b(2 ** 53 + 2);
    out.strObj = await b(new String("s"));
    out.numObj = await b(new Number(3));
    out.map = await b(new Map());
    out.blob = await t(() => db.prepare("SELECT ?").bind(new Blob(["x"])).first());
    out.emptyStr = await b("");
    out.nulChar = await b("a\\u0000b");
    out.emptyAb = await b(new ArrayBuffer(0));`),

  d1("d1r2c-d1-first-raw-columns", "first(column) with missing columns and no rows, raw({columnNames}) shapes, all() shapes for empty results and duplicate column names", `
    await db.exec("CREATE TABLE t (a, b)");
    await db.prepare("INSERT INTO t VALUES (1, 'x'), (2, 'y')").run();
    out.firstCol = await t(() => db.prepare("SELECT * FROM t").first("b"));
    out.firstMissing = await t(() => db.prepare("SELECT * FROM t").first("zz"));
    out.firstMissingNoRows = await t(() => db.prepare("SELECT * FROM t WHERE 0").first("zz"));
    out.firstNoRows = await t(() => db.prepare("SELECT * FROM t WHERE 0").first());
    out.firstNum = await t(() => db.prepare("SELECT * FROM t").first(1));
    out.firstNull = await t(() => db.prepare("SELECT * FROM t").first(null));
    out.firstUndef = await t(() => db.prepare("SELECT * FROM t").first(undefined));
    out.firstEmpty = await t(() => db.prepare("SELECT * FROM t").first(""));
    out.firstObj = await t(() => db.prepare("SELECT * FROM t").first({}));
    out.rawNames = await t(() => db.prepare("SELECT * FROM t").raw({ columnNames: true }));
    out.rawNamesEmpty = await t(() => db.prepare("SELECT * FROM t WHERE 0").raw({ columnNames: true }));
    out.rawNamesFalse = await t(() => db.prepare("SELECT * FROM t").raw({ columnNames: false }));
    out.rawNamesStr = await t(() => db.prepare("SELECT * FROM t").raw({ columnNames: "yes" }));
    out.rawNull = await t(() => db.prepare("SELECT * FROM t").raw(null));
    out.rawNum = await t(() => db.prepare("SELECT * FROM t").raw(5));
    out.rawInsert = await t(() => db.prepare("INSERT INTO t VALUES (3, 'z')").raw({ columnNames: true }));
    out.rawInsertRet = await t(() => db.prepare("INSERT INTO t VALUES (4, 'w') RETURNING a").raw({ columnNames: true }));
    out.dupAll = await tm(() => db.prepare("SELECT a, a, b AS a FROM t LIMIT 1").all());
    out.dupRaw = await t(() => db.prepare("SELECT a, a, b AS a FROM t LIMIT 1").raw({ columnNames: true }));
    out.dupFirst = await t(() => db.prepare("SELECT a AS k, b AS k FROM t LIMIT 1").first());
    out.dupFirstCol = await t(() => db.prepare("SELECT a AS k, b AS k FROM t LIMIT 1").first("k"));
    out.emptyAll = await tm(() => db.prepare("SELECT * FROM t WHERE 0").all());
    out.runSelect = await tm(() => db.prepare("SELECT * FROM t").run());
    out.protoKeys = await t(() => db.prepare("SELECT 1 AS __proto__, 2 AS constructor").first());
    out.rawKeysSame = await t(() => db.prepare("SELECT 1 AS \\"\\", 2 AS \\" \\"").raw({ columnNames: true }));`),

  d1("d1r2c-d1-meta-fields", "meta fields for each statement kind: changed_db, changes, last_row_id, rows_read/written, served_by fields and types", `
    const m = async (fn) => { const r = await t(fn); if (r.error) return r; const x = Array.isArray(r.ok) ? r.ok : [r.ok]; return x.map((y) => { const me = y.meta; return Object.fromEntries(Object.entries(me).map(([k, v]) => [k, k === "duration" || k === "size_after" ? typeof v : k === "timings" ? Object.fromEntries(Object.entries(v).map(([a, b]) => [a, typeof b])) : v])); }); };
    out.create = await m(() => db.prepare("CREATE TABLE t (id INTEGER PRIMARY KEY, v)").run());
    out.insert = await m(() => db.prepare("INSERT INTO t (v) VALUES (1), (2), (3)").run());
    out.select = await m(() => db.prepare("SELECT * FROM t").all());
    out.update0 = await m(() => db.prepare("UPDATE t SET v = 9 WHERE id > 100").run());
    out.del = await m(() => db.prepare("DELETE FROM t WHERE id = 2").run());
    out.insertBig = await m(() => db.prepare("INSERT INTO t (id, v) VALUES (9007199254740993, 1)").run());
    out.replace = await m(() => db.prepare("REPLACE INTO t (id, v) VALUES (1, 'r')").run());
    out.batch = await m(() => db.batch([db.prepare("INSERT INTO t (v) VALUES (7)"), db.prepare("SELECT 1")]));
    out.rawMetaless = await t(async () => { const r = await db.prepare("SELECT 1").raw(); return Object.keys(r); });
    out.firstShape = await t(async () => typeof (await db.prepare("SELECT 1 AS x").first()));
    out.allKeys = await t(async () => Object.keys(await db.prepare("SELECT 1").all()).sort());
    out.runKeys = await t(async () => Object.keys(await db.prepare("SELECT 1").run()).sort());
    out.metaKeys = await t(async () => Object.keys((await db.prepare("SELECT 1").all()).meta));
    out.drop = await m(() => db.prepare("DROP TABLE t").run());
    out.vacuum = await m(() => db.prepare("VACUUM").run());`),

  d1("d1r2c-d1-session-api", "withSession() arguments, getBookmark() values, session prepare/batch and errors of wrong constraints", `
    await db.exec("CREATE TABLE t (x)");
    const s = async (arg) => { try { const ss = arg === "none" ? db.withSession() : db.withSession(arg); return { ok: { bm: ss.getBookmark() === null ? "null" : typeof ss.getBookmark(), keys: Object.keys(ss).sort(), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(ss)).sort() } }; } catch (e) { return { error: { name: e.name, message: String(e.message) } }; } };
    out.none = await s("none");
    out.first = await s("first-primary");
    out.unc = await s("first-unconstrained");
    out.bogus = await s("bogus");
    out.num = await s(5);
    out.nul = await s(null);
    out.undef = await s(undefined);
    out.obj = await s({});
    out.bmLike = await s("00000000-00000000-00000000-00000000000000000000000000000000");
    out.flow = await t(async () => { const ss = db.withSession("first-primary"); await ss.prepare("INSERT INTO t VALUES (1)").run(); const b1 = ss.getBookmark(); const r = await ss.batch([ss.prepare("SELECT count(*) AS c FROM t")]); const b2 = ss.getBookmark(); return { b1: typeof b1, b2: typeof b2, c: r[0].results, sameLen: b1.length === b2.length }; });
    out.sessExec = await t(() => typeof db.withSession().exec);
    out.sessDump = await t(() => typeof db.withSession().dump);
    out.mixBatch = await t(async () => { const ss = db.withSession(); const r = await db.batch([ss.prepare("SELECT 1 AS a")]); return r[0].results; });
    out.protoDb = await t(() => Object.getOwnPropertyNames(Object.getPrototypeOf(db)).sort());
    out.protoStmt = await t(() => Object.getOwnPropertyNames(Object.getPrototypeOf(db.prepare("SELECT 1"))).sort());`),

  d1("d1r2c-d1-limits", "D1 limits: bound parameters count, statement length, ?NNN numbering, named parameters", `
    const n = (k) => Array.from({ length: k }, () => "?").join(",");
    out.p100 = await val("SELECT " + n(100), ...Array.from({ length: 100 }, (_, i) => i)).then((r) => r.ok ? { ok: r.ok.length } : r);
    out.p101 = await val("SELECT " + n(101), ...Array.from({ length: 101 }, (_, i) => i)).then((r) => r.ok ? { ok: r.ok.length } : r);
    out.q100 = await val("SELECT ?100", ...Array.from({ length: 100 }, (_, i) => i));
    out.q101 = await val("SELECT ?101");
    out.q1000 = await val("SELECT ?1000");
    out.named = await val("SELECT :a, @b, $c", 1, 2, 3);
    out.namedReuse = await val("SELECT :a, :a, ?", 1, 2);
    out.mixedNum = await val("SELECT ?2, ?1", "x", "y");
    out.q0 = await val("SELECT ?0");
    out.longSql = await t(async () => { const r = await db.prepare("SELECT '" + "a".repeat(100000) + "' AS v").first(); return r.v.length; });
    out.tooLongSql = await t(async () => { const r = await db.prepare("SELECT '" + "a".repeat(100001) + "' AS v").first(); return r.v.length; }).then((r) => { if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; });
    out.longSql2 = await t(async () => { const r = await db.prepare("SELECT '" + "a".repeat(200000) + "' AS v").first(); return r.v.length; }).then((r) => { if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; });
    out.bigValue = await t(async () => { const r = await db.prepare("SELECT length(?) AS n").bind("b".repeat(2000000)).first(); return r.n; }).then((r) => { if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; });
    out.tooManyCols = await t(async () => { const cols = Array.from({ length: 101 }, (_, i) => "c" + i).join(","); await db.exec("CREATE TABLE wide (" + cols + ")"); return "ok"; }).then((r) => { if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; });
    out.cols100 = await t(async () => { const cols = Array.from({ length: 100 }, (_, i) => "c" + i).join(","); await db.exec("CREATE TABLE wide100 (" + cols + ")"); return "ok"; }).then((r) => { if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; });`),
];

const R2_CASES = [
  r2("d1r2c-r2-multipart-parts", "multipart uploads: part sizes, part numbers, uploadPart results, complete with wrong/missing/duplicate parts, abort then use, complete twice", `
    const mk = (k = "mp") => b.createMultipartUpload(k, { httpMetadata: { contentType: "text/x" }, customMetadata: { a: "1" } });
    const five = "a".repeat(5 * 1024 * 1024);
    const u = await mk();
    out.uploadShape = { keys: Object.keys(u).sort(), key: u.key, idType: typeof u.uploadId, proto: Object.getOwnPropertyNames(Object.getPrototypeOf(u)).sort() };
    const p1 = await u.uploadPart(1, five);
    out.partShape = { keys: Object.keys(p1).sort(), partNumber: p1.partNumber, etagType: typeof p1.etag, etagLen: p1.etag.length };
    const p2 = await u.uploadPart(2, "tail");
    out.part0 = await t(() => u.uploadPart(0, "x"));
    out.part10001 = await t(() => u.uploadPart(10001, "x"));
    out.part10000 = await t(async () => (await u.uploadPart(10000, "x")).partNumber);
    out.partNeg = await t(() => u.uploadPart(-1, "x"));
    out.partFloat = await t(async () => (await u.uploadPart(1.5, "x")).partNumber);
    out.partStr = await t(async () => (await u.uploadPart("3", "x")).partNumber);
    out.partNoBody = await t(() => u.uploadPart(4));
    out.completeEmpty = await t(async () => { const v = await mk("e0"); const o = desc(await v.complete([])); return { o, again: await t(() => v.complete([])), got: desc(await b.head("e0")) }; });
    out.completeWrongEtag = await t(() => u.complete([{ partNumber: 1, etag: "nope" }, p2]));
    out.completeMissingPart = await t(() => u.complete([p1, { partNumber: 7, etag: p2.etag }]));
    out.completeSmallFirst = await t(async () => { const v = await mk("e1"); const a = await v.uploadPart(1, "small"); const c = await v.uploadPart(2, "x"); return desc(await v.complete([a, c])); });
    out.completeUnequal = await t(async () => { const v = await mk("e2"); const a = await v.uploadPart(1, five); const c = await v.uploadPart(2, five + "b"); const d = await v.uploadPart(3, "x"); return desc(await v.complete([a, c, d])); });
    out.completeDup = await t(() => u.complete([p1, p1, p2]));
    out.completeOrder = await t(async () => desc(await u.complete([p2, p1])));
    out.complete = await tr(() => u.complete([p1, p2]));
    out.completeAgain = await t(() => u.complete([p1, p2]));
    out.uploadAfter = await t(async () => (await u.uploadPart(3, "x")).partNumber);
    out.abortAfter = await t(() => u.abort());
    out.got = await t(async () => { const o = await b.get("mp"); if (o === null) return "null"; return { size: o.size, etag: o.etag, ct: o.httpMetadata, cm: o.customMetadata, head: (await o.text()).slice(0, 3) }; });
    const w = await mk("e3");
    out.abort1 = await t(() => w.abort());
    out.abort2 = await t(() => w.abort());
    out.uploadAborted = await t(() => w.uploadPart(1, "x"));
    out.completeAborted = await t(() => w.complete([]));
    out.resumeBogus = await t(async () => { const r = b.resumeMultipartUpload("k", "bogus"); return { key: r.key, id: r.uploadId, up: await t(() => r.uploadPart(1, "x")), ab: await t(() => r.abort()), co: await t(() => r.complete([])) }; });
    out.resumeWrongKey = await t(async () => { const v = await mk("e4"); const r = b.resumeMultipartUpload("other", v.uploadId); return { up: await t(() => r.uploadPart(1, "x")) }; });`),

  r2("d1r2c-r2-conditionals", "onlyIf on get/put/head: etag lists, wildcards, weak etags, dates at second precision, Headers objects, failing preconditions' results", `
    const o = await b.put("k", "hello");
    const e = o.etag;
    const later = new Date(o.uploaded.getTime() + 60000), earlier = new Date(o.uploaded.getTime() - 60000);
    const g = async (onlyIf, op = "get") => { const r = await t(() => b[op]("k", { onlyIf })); if (r.ok === null) return { ok: null }; if (r.ok && typeof r.ok === "object") return { ok: { cls: r.ok.constructor.name, hasBody: "body" in r.ok, bodyUsedType: typeof r.ok.bodyUsed } }; return r; };
    out.match = await g({ etagMatches: e });
    out.matchQuoted = await g({ etagMatches: '"' + e + '"' });
    out.matchWeak = await g({ etagMatches: 'W/"' + e + '"' });
    out.matchStar = await g({ etagMatches: "*" });
    out.matchList = await g({ etagMatches: ["x", e] });
    out.matchListStr = await g({ etagMatches: "x, " + e });
    out.matchMiss = await g({ etagMatches: "x" });
    out.noneMatch = await g({ etagDoesNotMatch: e });
    out.noneMatchStar = await g({ etagDoesNotMatch: "*" });
    out.noneMatchWeak = await g({ etagDoesNotMatch: 'W/"' + e + '"' });
    out.noneMatchOther = await g({ etagDoesNotMatch: "y" });
    out.modLater = await g({ uploadedAfter: later });
    out.modEarlier = await g({ uploadedAfter: earlier });
    out.unmodLater = await g({ uploadedBefore: later });
    out.unmodEarlier = await g({ uploadedBefore: earlier });
    out.both = await g({ etagMatches: e, uploadedBefore: earlier });
    out.bothNone = await g({ etagDoesNotMatch: "zz", uploadedAfter: later });
    out.hdrIfMatch = await g(new Headers({ "if-match": '"' + e + '"' }));
    out.hdrIfMatchBare = await g(new Headers({ "if-match": e }));
    out.hdrIfNone = await g(new Headers({ "if-none-match": '"' + e + '"' }));
    out.hdrIfNoneWeak = await g(new Headers({ "if-none-match": 'W/"' + e + '"' }));
    out.hdrIfMod = await g(new Headers({ "if-modified-since": later.toUTCString() }));
    out.hdrIfUnmod = await g(new Headers({ "if-unmodified-since": earlier.toUTCString() }));
    out.hdrBadDate = await g(new Headers({ "if-modified-since": "not a date" }));
    out.hdrEmpty = await g(new Headers());
    out.headMiss = await g({ etagMatches: "x" }, "head");
    out.putMiss = await t(async () => { const r = await b.put("k", "new", { onlyIf: { etagMatches: "x" } }); return r === null ? "null" : r.constructor.name; });
    out.putHit = await t(async () => { const r = await b.put("k", "new", { onlyIf: { etagMatches: e } }); return r === null ? "null" : r.constructor.name; });
    out.putMissingKey = await t(async () => { const r = await b.put("absent", "v", { onlyIf: { etagMatches: "x" } }); return r === null ? "null" : r.constructor.name; });
    out.putMissingNone = await t(async () => { const r = await b.put("absent2", "v", { onlyIf: { etagDoesNotMatch: "*" } }); return r === null ? "null" : r.constructor.name; });
    out.putHdr = await t(async () => { const r = await b.put("k", "v3", { onlyIf: new Headers({ "if-none-match": "*" }) }); return r === null ? "null" : r.constructor.name; });
    out.getMissingKeyCond = await g({ etagMatches: "x" }).then(async () => t(async () => b.get("zzz", { onlyIf: { etagMatches: "x" } })));
    out.badType = await g({ etagMatches: 5 });
    out.badDate = await g({ uploadedAfter: "2020-01-01" });
    out.secondPrecision = await g({ uploadedAfter: new Date(Math.floor(o.uploaded.getTime() / 1000) * 1000) });
    out.exactUploaded = await g({ uploadedBefore: o.uploaded });`),

  r2("d1r2c-r2-ranges", "get() ranges: offset/length/suffix combinations, out-of-range and invalid ranges, Headers range, range on empty object, object.range shapes", `
    await b.put("k", "0123456789");
    await b.put("empty", "");
    const g = async (range, key = "k") => { const r = await t(() => b.get(key, { range })); if (r.ok && typeof r.ok === "object") { return { ok: { range: r.ok.range === undefined ? "absent" : r.ok.range, size: r.ok.size, text: await r.ok.text() } }; } return r; };
    out.off = await g({ offset: 3 });
    out.offLen = await g({ offset: 3, length: 4 });
    out.len = await g({ length: 4 });
    out.suffix = await g({ suffix: 3 });
    out.suffixBig = await g({ suffix: 50 });
    out.suffix0 = await g({ suffix: 0 });
    out.offPast = await g({ offset: 10 });
    out.offPast2 = await g({ offset: 11 });
    out.lenPast = await g({ offset: 8, length: 10 });
    out.len0 = await g({ offset: 2, length: 0 });
    out.negOff = await g({ offset: -1 });
    out.negLen = await g({ length: -1 });
    out.negSuffix = await g({ suffix: -2 });
    out.offSuffix = await g({ offset: 1, suffix: 2 });
    out.lenSuffix = await g({ length: 1, suffix: 2 });
    out.floatOff = await g({ offset: 1.5 });
    out.strOff = await g({ offset: "2" });
    out.emptyObj = await g({});
    out.hdr = await g(new Headers({ range: "bytes=2-4" }));
    out.hdrOpen = await g(new Headers({ range: "bytes=7-" }));
    out.hdrSuffix = await g(new Headers({ range: "bytes=-2" }));
    out.hdrMulti = await g(new Headers({ range: "bytes=0-1,3-4" }));
    out.hdrBad = await g(new Headers({ range: "items=0-1" }));
    out.hdrPast = await g(new Headers({ range: "bytes=20-30" }));
    out.hdrNone = await g(new Headers());
    out.emptyOff = await g({ offset: 0 }, "empty");
    out.emptySuffix = await g({ suffix: 1 }, "empty");
    out.emptyLen = await g({ length: 1 }, "empty");
    out.headRange = await t(async () => { const h = await b.head("k", { range: { offset: 1 } }); return h.range === undefined ? "absent" : h.range; });
    out.nullRange = await g(null);
    out.strRange = await g("bytes=0-1");`),

  r2("d1r2c-r2-list-edges", "list(): limits, startAfter past prefix, cursor reuse with other options, delimiter of several characters, include with customMetadata, prefix equal to a key", `
    for (const k of ["a", "a/b", "a/c/d", "a/c/e", "ab", "b//c", "b/", "c", "c.d.e", "z"]) await b.put(k, k, { customMetadata: { k }, httpMetadata: { contentType: "t/" + k.length } });
    const L = async (o) => { const r = await t(() => b.list(o)); if (r.ok) return { ok: lst(r.ok) }; return r; };
    out.all = await L();
    out.limit0 = await L({ limit: 0 });
    out.limit1001 = await L({ limit: 1001 });
    out.limitNeg = await L({ limit: -1 });
    out.limitFloat = await L({ limit: 1.5 });
    out.limitStr = await L({ limit: "2" });
    out.delimMulti = await L({ delimiter: "/c" });
    out.delimDot = await L({ delimiter: ".", prefix: "c" });
    out.delimEmpty = await L({ delimiter: "" });
    out.prefixKey = await L({ prefix: "a", delimiter: "/" });
    out.prefixSlash = await L({ prefix: "a/", delimiter: "/" });
    out.doubleSlash = await L({ prefix: "b/", delimiter: "/" });
    out.startAfterLast = await L({ startAfter: "z" });
    out.startAfterMid = await L({ startAfter: "a/c", limit: 3 });
    out.startAfterPrefix = await L({ prefix: "a/", startAfter: "a/c/d" });
    out.startAfterBeforePrefix = await L({ prefix: "c", startAfter: "a" });
    out.startAfterDelim = await L({ delimiter: "/", startAfter: "a/" });
    out.paging = await t(async () => { const pages = []; let cursor; do { const r = await b.list({ limit: 3, cursor, delimiter: "/" }); pages.push(lst(r)); cursor = r.truncated ? r.cursor : undefined; } while (cursor && pages.length < 10); return pages; });
    out.badCursor = await L({ cursor: "garbage" });
    out.include = await t(async () => { const r = await b.list({ include: ["customMetadata"], prefix: "c" }); return r.objects.map((o) => ({ k: o.key, cm: o.customMetadata, hm: o.httpMetadata })); });
    out.includeHttp = await t(async () => { const r = await b.list({ include: ["httpMetadata"], prefix: "c" }); return r.objects.map((o) => ({ k: o.key, cm: o.customMetadata, hm: o.httpMetadata })); });
    out.includeNone = await t(async () => { const r = await b.list({ prefix: "c" }); return r.objects.map((o) => ({ k: o.key, cm: o.customMetadata, hm: o.httpMetadata, cls: o.constructor.name, body: "body" in o })); });
    out.includeBad = await L({ include: ["bogus"] });
    out.includeStr = await L({ include: "customMetadata" });
    out.unknownOpt = await L({ foo: 1 });
    out.nullOpts = await L(null);`),

  r2("d1r2c-r2-metadata-put", "put() httpMetadata as Headers and object, unknown fields, cacheExpiry, writeHttpMetadata output, customMetadata value types, body types with and without known length", `
    const w = (o) => { const h = new Headers(); o.writeHttpMetadata(h); return hdrs(h); };
    out.hdrs = await t(async () => { const o = await b.put("h", "x", { httpMetadata: new Headers({ "content-type": "a/b", "content-language": "en", "content-disposition": "inline", "content-encoding": "gzip", "cache-control": "no-cache", "expires": "Wed, 21 Oct 2015 07:28:00 GMT", "x-other": "1" }) }); return { hm: o.httpMetadata, w: w(o), exp: o.httpMetadata.cacheExpiry instanceof Date }; });
    out.obj = await t(async () => { const o = await b.put("o", "x", { httpMetadata: { contentType: "c/t", cacheExpiry: new Date(0), bogus: 1 } }); const g = await b.get("o"); return { hm: o.httpMetadata, w: w(g), expIsDate: g.httpMetadata.cacheExpiry instanceof Date, expTime: g.httpMetadata.cacheExpiry?.getTime() }; });
    out.expiryStr = await t(async () => { const o = await b.put("o2", "x", { httpMetadata: { cacheExpiry: "2020-01-01" } }); return o.httpMetadata; });
    out.ctNum = await t(async () => { const o = await b.put("o3", "x", { httpMetadata: { contentType: 5 } }); return o.httpMetadata; });
    out.cmTypes = await t(async () => { const o = await b.put("o4", "x", { customMetadata: { n: 1, b: true, nul: null } }); return o.customMetadata; });
    out.cmNested = await t(async () => { const o = await b.put("o5", "x", { customMetadata: { n: { a: 1 } } }); return o.customMetadata; });
    out.cmArr = await t(async () => { const o = await b.put("o6", "x", { customMetadata: ["a"] }); return o.customMetadata; });
    out.hmNull = await t(async () => { const o = await b.put("o7", "x", { httpMetadata: null, customMetadata: null }); return { hm: o.httpMetadata, cm: o.customMetadata }; });
    out.writeEmpty = await t(async () => w(await b.put("o8", "x")));
    out.writeNonHeaders = await t(async () => { const o = await b.put("o9", "x", { httpMetadata: { contentType: "t/t" } }); const obj = {}; o.writeHttpMetadata(obj); return obj; });
    out.writeOverwrite = await t(async () => { const o = await b.put("o10", "x", { httpMetadata: { contentType: "t/t" } }); const h = new Headers({ "content-type": "old", "content-language": "keep" }); o.writeHttpMetadata(h); return hdrs(h); });
    out.stream = await t(async () => { const { readable, writable } = new FixedLengthStream(3); const wr = writable.getWriter(); wr.write(new TextEncoder().encode("abc")); wr.close(); const o = await b.put("s", readable); return { size: o.size, txt: await (await b.get("s")).text() }; });
    out.streamUnknown = await t(async () => { const rs = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("abc")); c.close(); } }); const o = await b.put("s2", rs); return o.size; });
    out.respBody = await t(async () => { const o = await b.put("s3", new Response("resp").body); return o.size; });
    out.reqBody = await t(async () => { const o = await b.put("s4", new Request("http://x", { method: "POST", body: "reqbody" }).body); return o.size; });
    out.blob = await t(async () => { const o = await b.put("s5", new Blob(["bl", "ob"])); return o.size; });
    out.dv = await t(async () => { const o = await b.put("s6", new DataView(new Uint8Array([1, 2, 3]).buffer, 1)); return { size: o.size, bytes: hex(await (await b.get("s6")).arrayBuffer()) }; });
    out.num = await t(async () => { const o = await b.put("s7", 123); return o.size; });
    out.obj2 = await t(async () => { const o = await b.put("s8", { a: 1 }); return o.size; });
    out.nul = await t(async () => { const o = await b.put("s9", null); return { size: o.size, txt: await (await b.get("s9")).text() }; });
    out.usp = await t(async () => { const o = await b.put("s10", new URLSearchParams("a=1")); return o.size; });
    out.getBodyProps = await t(async () => { const g = await b.get("s5"); const before = g.bodyUsed; const ab = await g.arrayBuffer(); return { before, after: g.bodyUsed, len: ab.byteLength, again: await t(() => g.text()) }; });
    out.getJson = await t(async () => { await b.put("j", '{"a":[1]}'); return (await b.get("j")).json(); });
    out.getBlob = await t(async () => { const bl = await (await b.get("j")).blob(); return { type: bl.type, size: bl.size, cls: bl.constructor.name }; });
    out.getBlobCT = await t(async () => { await b.put("j2", "x", { httpMetadata: { contentType: "text/plain" } }); const bl = await (await b.get("j2")).blob(); return { type: bl.type }; });`),

  r2("d1r2c-r2-checksums-keys", "put() checksum options: correct and wrong digests as strings and buffers, several at once, wrong lengths, and key validation on every method", `
    const md5 = "5d41402abc4b2a76b9719d911017c592", sha1 = "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d", sha256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
    const p = async (opts) => { const r = await t(() => b.put("h", "hello", opts)); if (r.ok && typeof r.ok === "object") return { ok: r.ok.checksums.toJSON() }; return r; };
    out.md5 = await p({ md5 });
    out.md5Upper = await p({ md5: md5.toUpperCase() });
    out.md5Wrong = await p({ md5: "0".repeat(32) });
    out.md5Short = await p({ md5: "abc" });
    out.md5Buf = await p({ md5: new Uint8Array(md5.match(/../g).map((x) => parseInt(x, 16))).buffer });
    out.sha1 = await p({ sha1 });
    out.sha1Wrong = await p({ sha1: "0".repeat(40) });
    out.sha256 = await p({ sha256 });
    out.sha256Wrong = await p({ sha256: "0".repeat(64) });
    out.sha384Wrong = await p({ sha384: "0".repeat(96) });
    out.sha512Short = await p({ sha512: "00" });
    out.two = await p({ md5, sha1 });
    out.numMd5 = await p({ md5: 5 });
    out.checksumsShape = await t(async () => { const o = await b.put("h", "hello", { sha256 }); const c = o.checksums; return { md5Type: c.md5 && c.md5.constructor.name, md5Len: c.md5 && c.md5.byteLength, sha256Len: c.sha256 && c.sha256.byteLength, sha1: c.sha1 === undefined ? "undef" : c.sha1, keys: Object.keys(c).sort(), json: c.toJSON() }; });
    const k = async (op, key) => { const r = await t(() => op(key)); if (r.ok && typeof r.ok === "object" && r.ok !== null) return { ok: r.ok.constructor.name }; return r; };
    const big = "k".repeat(1025);
    out.putLong = await k((x) => b.put(x, "v"), big);
    out.put1024 = await k((x) => b.put(x, "v"), "k".repeat(1024));
    out.putLongUtf = await k((x) => b.put(x, "v"), "é".repeat(513));
    out.getLong = await k((x) => b.get(x), big);
    out.headLong = await k((x) => b.head(x), big);
    out.delLong = await k((x) => b.delete(x), big);
    out.delArrLong = await k((x) => b.delete([x]), big);
    out.mpLong = await k((x) => b.createMultipartUpload(x), big);
    out.emptyKey = await k((x) => b.put(x, "v"), "");
    out.getEmpty = await k((x) => b.get(x), "");
    out.numKey = await k((x) => b.put(x, "v"), 12);
    out.numKeyGet = await k((x) => b.get(x), 12);
    out.delMany = await t(async () => { const ks = Array.from({ length: 1001 }, (_, i) => "d" + i); return (await b.delete(ks)) ?? "undefined"; });
    out.delMixed = await t(async () => { await b.put("m1", "x"); await b.put("m2", "x"); const r = await b.delete(["m1", "nope", "m2"]); return { r: r ?? "undefined", left: (await b.list({ prefix: "m" })).objects.length }; });
    out.delEmptyArr = await t(async () => (await b.delete([])) ?? "undefined");
    out.delNumArr = await t(async () => (await b.delete([1, 2])) ?? "undefined");`),
];

// second round: reserved names, transactions, statement objects, values, R2 options and bodies
const D1P2 = `
const val = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.ok) r.ok = r.ok[0]; if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; };
const ex = async (sql) => { try { const r = await db.exec(sql); return { ok: r.count }; } catch (e) { return { error: { name: e.name, message: String(e.message).split("\\n")[0], cause: e.cause ? String(e.cause.message).split("\\n")[0] : "none" } }; } };
const run = async (sql, ...v) => { try { const r = await db.prepare(sql).bind(...v).run(); return { ok: { changes: r.meta.changes, last: r.meta.last_row_id, read: r.meta.rows_read, written: r.meta.rows_written, changed: r.meta.changed_db, results: r.results } }; } catch (e) { return { error: { name: e.name, message: String(e.message).split("\\n")[0] } }; } };
`;
const d1b = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1P2}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const R2P2 = `
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  version: typeof o.version === "string" && o.version.length > 0, uploaded: o.uploaded instanceof Date,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o, ssecKeyMd5: o.ssecKeyMd5 === undefined ? "absent" : o.ssecKeyMd5,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
const hdrs = (h) => Object.fromEntries([...h]);
`;
const r2b = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P2}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

const MORE_CASES = [
  d1b("d1r2c-d1-reserved-and-tx", "reserved _cf_ names, ATTACH/DETACH, transactions and savepoints through prepare and exec, sqlite_sequence and sqlite_master writes", `
    out.cfTable = await ex("CREATE TABLE _cf_x (a)");
    out.cfTableUpper = await ex("CREATE TABLE _CF_Y (a)");
    out.cfKv = await val("SELECT * FROM _cf_KV");
    out.cfMeta = await val("SELECT * FROM _cf_METADATA");
    out.cfIndex = await ex("CREATE TABLE t (a INTEGER PRIMARY KEY AUTOINCREMENT, b); CREATE INDEX _cf_i ON t(b)");
    out.cfView = await ex("CREATE VIEW _cf_v AS SELECT 1");
    out.cfTrigger = await ex("CREATE TRIGGER _cf_tr AFTER INSERT ON t BEGIN SELECT 1; END");
    out.attach = await ex("ATTACH DATABASE ':memory:' AS other");
    out.detach = await ex("DETACH DATABASE main");
    out.begin = await run("BEGIN");
    out.beginImm = await run("BEGIN IMMEDIATE");
    out.commit = await run("COMMIT");
    out.rollback = await run("ROLLBACK");
    out.end = await run("END TRANSACTION");
    out.savepoint = await run("SAVEPOINT s1");
    out.release = await run("RELEASE s1");
    out.rollbackTo = await run("ROLLBACK TO s1");
    out.execBegin = await ex("BEGIN; INSERT INTO t (b) VALUES (1); COMMIT;");
    out.execSavepoint = await ex("SAVEPOINT a; INSERT INTO t (b) VALUES (2); RELEASE a;");
    out.execSavepointRollback = await ex("SAVEPOINT a; INSERT INTO t (b) VALUES (3); ROLLBACK TO a; RELEASE a;");
    out.rowsAfter = await val("SELECT group_concat(b) FROM t");
    out.seq = await run("INSERT INTO t (b) VALUES (9)");
    out.seqRead = await val("SELECT name, seq FROM sqlite_sequence");
    out.seqWrite = await run("UPDATE sqlite_sequence SET seq = 100");
    out.seqDel = await run("DELETE FROM sqlite_sequence");
    out.masterWrite = await run("UPDATE sqlite_master SET sql = '' WHERE 0");
    out.schemaWrite = await run("DELETE FROM sqlite_schema WHERE 0");
    out.vacuumInto = await ex("VACUUM INTO '/tmp/x.db'");
    out.reindex = await run("REINDEX");
    out.loadExt = await val("SELECT load_extension('x')");
    out.tempTable = await ex("CREATE TEMP TABLE tt (a)");
    out.tempView = await ex("CREATE TEMP VIEW tv AS SELECT 1");
    out.mainPrefix = await val("SELECT count(*) FROM main.t");
    out.tempPrefix = await val("SELECT count(*) FROM temp.sqlite_master");`),

  d1b("d1r2c-d1-reserved-names", "names with the reserved _cf_ prefix: created objects, columns, aliases, CTEs, renames, missing tables, index and trigger targets", `
    out.mk = await ex("CREATE TABLE t (a, b)");
    out.colCf = await ex("CREATE TABLE c1 (_cf_col INTEGER, x)");
    out.colRead = await val("SELECT _cf_col FROM c1");
    out.colIns = await run("INSERT INTO c1 (_cf_col, x) VALUES (1, 2)");
    out.alias = await val("SELECT a AS _cf_alias FROM t");
    out.aliasName = await t(async () => Object.keys(await db.prepare("SELECT 1 AS _cf_alias").first()));
    out.cte = await val("WITH _cf_cte AS (SELECT 1 AS v) SELECT v FROM _cf_cte");
    out.tblAlias = await val("SELECT _cf_t.a FROM t AS _cf_t");
    out.addCol = await ex("ALTER TABLE t ADD COLUMN _cf_added");
    out.renameCol = await ex("ALTER TABLE t RENAME COLUMN b TO _cf_b");
    out.renameTo = await ex("ALTER TABLE t RENAME TO _cf_renamed");
    out.dropMissing = await ex("DROP TABLE _cf_nope");
    out.dropIfExists = await ex("DROP TABLE IF EXISTS _cf_nope");
    out.dropKv = await ex("DROP TABLE _cf_KV");
    out.dropMeta = await ex("DROP TABLE _cf_METADATA");
    out.insMeta = await run("INSERT INTO _cf_METADATA VALUES (9, 9)");
    out.updMeta = await run("UPDATE _cf_METADATA SET value = 1");
    out.delMeta = await run("DELETE FROM _cf_METADATA");
    out.readMetaLower = await val("SELECT * FROM _CF_METADATA");
    out.pragmaMeta = await val("PRAGMA table_info(_cf_METADATA)");
    out.idxMissingTable = await ex("CREATE INDEX _cf_i ON nope(b)");
    out.idxTable = await ex("CREATE INDEX _cf_i ON t(a)");
    out.idxOnMeta = await ex("CREATE INDEX ix ON _cf_METADATA(value)");
    out.trgMissingTable = await ex("CREATE TRIGGER _cf_tr AFTER INSERT ON nope BEGIN SELECT 1; END");
    out.trgTable = await ex("CREATE TRIGGER _cf_tr AFTER INSERT ON t BEGIN SELECT 1; END");
    out.trgOnMeta = await ex("CREATE TRIGGER tr2 AFTER INSERT ON _cf_METADATA BEGIN SELECT 1; END");
    out.viewCf = await ex("CREATE VIEW IF NOT EXISTS _cf_v AS SELECT 1");
    out.tableIfNot = await ex("CREATE TABLE IF NOT EXISTS _cf_t2 (a)");
    out.tableQuoted = await ex("CREATE TABLE \\"_cf_q\\" (a)");
    out.mainQualified = await ex("CREATE TABLE main._cf_m (a)");
    out.asSelect = await ex("CREATE TABLE x2 AS SELECT 1 AS _cf_z");
    out.x2 = await val("SELECT * FROM x2");
    out.strLit = await val("SELECT '_cf_KV', \\"_cf_nocol\\"");`),

  d1b("d1r2c-d1-stmt-objects", "prepared statement objects: bind() returns new statements, rebind, reuse across all/first/raw/run, statements of another query, prepare() argument errors", `
    await db.exec("CREATE TABLE t (a, b)");
    const s = db.prepare("INSERT INTO t VALUES (?, ?)");
    const s1 = s.bind(1, "x");
    out.sameObj = s1 === s;
    out.sameCls = s1.constructor.name;
    out.run1 = await t(async () => (await s1.run()).meta.changes);
    out.run1Again = await t(async () => (await s1.run()).meta.changes);
    out.unbound = await t(async () => (await s.run()).meta.changes);
    out.rebind = await t(async () => (await s1.bind(2, "y").run()).meta.changes);
    out.bindMore = await t(() => s1.bind(3, "z").bind(4, "w").run().then((r) => r.meta.changes));
    out.bindEmpty = await t(async () => (await db.prepare("SELECT ? AS v").bind().first()));
    out.rows = await val("SELECT group_concat(coalesce(a, 'N') || ':' || coalesce(b, 'N'), ',') FROM t");
    const q = db.prepare("SELECT a FROM t ORDER BY rowid");
    out.seq = await t(async () => [await q.first("a"), (await q.all()).results.length, (await q.raw()).length, (await q.run()).results.length]);
    out.parallel = await t(async () => { const r = await Promise.all([q.all(), q.all(), q.first(), q.raw()]); return r.map((x) => Array.isArray(x) ? x.length : x && x.results ? x.results.length : x); });
    out.prepNone = await t(() => db.prepare());
    out.prepNum = await t(async () => (await db.prepare(1).all())).then((r) => { if (r.error) r.error.message = r.error.message.split("\\n")[0]; return r; });
    out.prepNull = await t(async () => (await db.prepare(null).all())).then((r) => { if (r.error) r.error.message = r.error.message.split("\\n")[0]; return r; });
    out.prepEmpty = await t(async () => (await db.prepare("").all()));
    out.prepWs = await t(async () => (await db.prepare("   ").all()));
    out.prepComment = await t(async () => (await db.prepare("-- c").all()));
    out.prepSemi = await t(async () => (await db.prepare(";").all()));
    out.prepTrailing = await t(async () => (await db.prepare("SELECT 1 AS x;").all()).results);
    out.prepTrailingComment = await t(async () => (await db.prepare("SELECT 1 AS x; -- end").all()).results);
    out.prepObj = await t(async () => (await db.prepare({ toString() { return "SELECT 7 AS x"; } }).all()).results).then((r) => { if (r.error) r.error.message = r.error.message.split("\\n")[0]; return r; });
    out.bindSync = await t(() => { try { db.prepare("SELECT ?").bind(Symbol()); return "no sync throw"; } catch (e) { return "sync " + e.message; } });
    out.bindObjSync = await t(() => { try { db.prepare("SELECT ?").bind({}); return "no sync throw"; } catch (e) { return "sync " + e.message; } });
    out.bindTooManySync = await t(() => { try { db.prepare("SELECT ?").bind(1, 2); return "no sync throw"; } catch (e) { return "sync " + e.message; } });
    out.stmtProps = Object.keys(db.prepare("SELECT 1")).sort();
    out.dbProps = Object.keys(db).sort();
    out.firstOnInsert = await t(async () => await db.prepare("INSERT INTO t VALUES (5, 'q')").first());
    out.firstColOnInsert = await t(async () => await db.prepare("INSERT INTO t VALUES (6, 'q')").first("a"));
    out.rawOnDelete = await t(async () => await db.prepare("DELETE FROM t WHERE a = 6").raw());
    out.allOnCreate = await t(async () => { const r = await db.prepare("CREATE TABLE u (x)").all(); return { results: r.results, success: r.success, changes: r.meta.changes }; });`),

  d1b("d1r2c-d1-values-out", "values read back: big integers, blobs as arrays, real formatting, NULLs in raw, -0, NaN results, text with NUL, boolean expressions", `
    out.bigInt = await val("SELECT 9007199254740993, -9223372036854775808, 9223372036854775807");
    out.bigReal = await val("SELECT 1e308 * 10, -1e308 * 10, 0.0 / 0");
    out.negZero = await val("SELECT -0.0, 0.0 * -1, CAST('-0' AS REAL)");
    out.blob = await val("SELECT x'', x'00ff10', zeroblob(3), length(randomblob(0))");
    out.blobTypes = await t(async () => { const r = await db.prepare("SELECT x'0102' AS b").first(); return { isArr: Array.isArray(r.b), ctor: r.b.constructor.name, v: r.b }; });
    out.nulText = await val("SELECT 'a' || char(0) || 'b', length('a' || char(0) || 'b')");
    out.bools = await val("SELECT 1 = 1, 1 > 2, NULL IS NULL, TRUE, FALSE");
    out.reals = await val("SELECT 1.0, 2.50, 1e20, 1e21, 1.5e-7, 100.0 / 3, 0.1 + 0.2");
    out.intDiv = await val("SELECT 7 / 2, 7 % 3, -7 / 2, 7.0 / 2");
    out.textNum = await val("SELECT '12' + 1, '1.5' * 2, 'abc' + 1, typeof('12' + 1)");
    out.cast = await val("SELECT CAST(3.9 AS INTEGER), CAST('0x10' AS INTEGER), CAST(x'41' AS TEXT), CAST('12abc' AS INTEGER), CAST(1e30 AS INTEGER)");
    out.unicode = await val("SELECT '😀', length('😀'), upper('straße'), lower('ÀÉ'), '\\ud83d' IS NULL");
        out.emojiBind = await val("SELECT length(?), octet_length(?)", "😀é", "😀é");
    out.bigIntBind = await val("SELECT ? + 0, typeof(?)", 2 ** 53, 2 ** 53);
    out.floatIntBind = await val("SELECT ?, typeof(?)", 3.0, 3.0);
    out.largeFloatBind = await val("SELECT ?, typeof(?)", 1e20, 1e20);
    out.maxSafe = await val("SELECT ? + 1", Number.MAX_SAFE_INTEGER);
    out.realCompare = await val("SELECT 1 = 1.0, '1' = 1, typeof(1.0 + 1)");
    out.nested = await t(async () => (await db.prepare("SELECT json_object('a', 1, 'b', json_array(1, 2)) AS j").first()).j);
    out.nullsRaw = await t(async () => db.prepare("SELECT NULL AS a, NULL AS b").raw({ columnNames: true }));
    out.exprName = await t(async () => Object.keys(await db.prepare("SELECT 1+1, 'a' || 'b', count(*), abs(-1) AS x").first()));
    out.starName = await t(async () => { await db.exec("CREATE TABLE t (a, b)"); await db.exec("INSERT INTO t VALUES (1, 2)"); return Object.keys(await db.prepare("SELECT *, t.*, a AS 'a b', b \\"q\\" FROM t").first()); });`),
  r2b("d1r2c-r2-options-misc", "put/createMultipartUpload options: storageClass values, ssecKey forms, unknown options, httpMetadata Headers on multipart, sha checksums on multipart", `
    out.scStd = await tr(() => b.put("a", "x", { storageClass: "Standard" }));
    out.scIA = await tr(() => b.put("b", "x", { storageClass: "InfrequentAccess" }));
    out.scBad = await tr(() => b.put("c", "x", { storageClass: "Glacier" }));
    out.scLower = await tr(() => b.put("c2", "x", { storageClass: "standard" }));
    out.scNum = await tr(() => b.put("c3", "x", { storageClass: 5 }));
    out.scHead = await tr(() => b.head("b"));
    out.ssecHex = await tr(() => b.put("s", "x", { ssecKey: "0".repeat(64) }));
    out.ssecShort = await tr(() => b.put("s2", "x", { ssecKey: "abcd" }));
    out.ssecBuf = await tr(() => b.put("s3", "x", { ssecKey: new Uint8Array(32).buffer }));
    out.ssecGetNoKey = await tr(() => b.get("s"));
    out.ssecGetKey = await tr(() => b.get("s", { ssecKey: "0".repeat(64) }));
    out.unknownOpt = await tr(() => b.put("u", "x", { bogus: true }));
    out.optsNull = await tr(() => b.put("u2", "x", null));
    out.optsStr = await tr(() => b.put("u3", "x", "opts"));
    out.mpHeaders = await t(async () => { const u = await b.createMultipartUpload("m", { httpMetadata: new Headers({ "content-type": "a/b", "cache-control": "max-age=1" }), storageClass: "InfrequentAccess" }); const p = await u.uploadPart(1, "hi"); const o = await u.complete([p]); return desc(o); });
    out.mpBadSc = await t(async () => { const u = await b.createMultipartUpload("m2", { storageClass: "Nope" }); return u.key; });
    out.mpOptsStr = await t(async () => { const u = await b.createMultipartUpload("m3", "x"); return u.key; });
    out.mpNoKey = await t(async () => { const u = await b.createMultipartUpload(); return u.key; });
    out.mpEtag = await t(async () => { const u = await b.createMultipartUpload("m4"); const p1 = await u.uploadPart(1, "a".repeat(5 * 1024 * 1024)); const p2 = await u.uploadPart(2, "b"); const o = await u.complete([p1, p2]); const g = await b.get("m4", { range: { offset: 5 * 1024 * 1024 - 2, length: 3 } }); return { etag: o.etag, size: o.size, sums: o.checksums.toJSON(), txt: await g.text(), range: g.range }; });
    out.listSc = await t(async () => (await b.list()).objects.map((o) => [o.key, o.storageClass]));`),
  r2b("d1r2c-r2-response-bodies", "serving R2 objects over HTTP: body streams read partially, tee, piping into Response, bodyUsed, reading twice, range body in Response, head object body", `
    await b.put("k", "hello world", { httpMetadata: { contentType: "text/plain" } });
    out.stream = await t(async () => { const o = await b.get("k"); const r = o.body.getReader(); const c1 = await r.read(); r.releaseLock(); return { len: c1.value.byteLength, cls: c1.value.constructor.name, used: o.bodyUsed, rest: await o.text().catch((e) => "err " + e.name + ": " + e.message) }; });
    out.resp = await t(async () => { const o = await b.get("k"); const h = new Headers(); o.writeHttpMetadata(h); h.set("etag", o.httpEtag); const resp = new Response(o.body, { headers: h }); return { used: o.bodyUsed, text: await resp.text(), ct: resp.headers.get("content-type"), etag: resp.headers.get("etag"), usedAfter: o.bodyUsed }; });
    out.tee = await t(async () => { const o = await b.get("k"); const [x, y] = o.body.tee(); return [await new Response(x).text(), await new Response(y).text(), o.bodyUsed]; });
    out.twice = await t(async () => { const o = await b.get("k"); await o.text(); return await o.text(); });
    out.arrayThenBody = await t(async () => { const o = await b.get("k"); await o.arrayBuffer(); return { locked: o.body.locked, used: o.bodyUsed }; });
    out.rangeResp = await t(async () => { const o = await b.get("k", { range: { suffix: 5 } }); return { text: await new Response(o.body).text(), range: o.range, size: o.size }; });
    out.bodyIdentity = await t(async () => { const o = await b.get("k"); return o.body === o.body; });
    out.bodyProto = await t(async () => { const o = await b.get("k"); return { isRS: o.body instanceof ReadableStream, bodyOwn: Object.keys(o).includes("body"), keys: Object.keys(o).sort() }; });
    out.headKeys = await t(async () => Object.keys(await b.head("k")).sort());
    out.putKeys = await t(async () => Object.keys(await b.put("k2", "v")).sort());
    out.protoGet = await t(async () => Object.getOwnPropertyNames(Object.getPrototypeOf(await b.get("k"))).sort());
    out.protoHead = await t(async () => Object.getOwnPropertyNames(Object.getPrototypeOf(await b.head("k"))).sort());
    out.jsonStr = await t(async () => JSON.parse(JSON.stringify(await b.head("k"), (k, v) => k === "uploaded" || k === "version" ? typeof v : v)));
    out.cancel = await t(async () => { const o = await b.get("k"); await o.body.cancel(); return { used: o.bodyUsed, again: await o.text().catch((e) => "err " + e.name) }; });
    out.bigStream = await t(async () => { await b.put("big", "z".repeat(200000)); const o = await b.get("big"); let n = 0, chunks = 0; for await (const c of o.body) { n += c.byteLength; chunks++; } return { n, some: chunks >= 1 }; });`),
];

// third round: foreign keys, triggers, constraint kinds, batches with sessions, multipart bodies
const D1P3 = `
const val = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.ok) r.ok = r.ok[0]; if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; };
const ex = async (sql) => { try { const r = await db.exec(sql); return { ok: r.count }; } catch (e) { return { error: { name: e.name, message: String(e.message).split("\\n")[0], cause: e.cause ? String(e.cause.message).split("\\n")[0] : "none" } }; } };
const run = async (sql, ...v) => { try { const r = await db.prepare(sql).bind(...v).run(); return { ok: { changes: r.meta.changes, last: r.meta.last_row_id, read: r.meta.rows_read, written: r.meta.rows_written, changed: r.meta.changed_db, results: r.results } }; } catch (e) { return { error: { name: e.name, message: String(e.message).split("\\n")[0].replace(/reference = [0-9a-z]+/, "reference = R") } }; } };
const runNR = async (sql, ...v) => { const r = await run(sql, ...v); if (r.ok) delete r.ok.read; return r; };
`;
const d1c = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1P3}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const R2P3 = `
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  version: typeof o.version === "string" && o.version.length > 0, uploaded: o.uploaded instanceof Date,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o, ssecKeyMd5: o.ssecKeyMd5 === undefined ? "absent" : o.ssecKeyMd5,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
`;
const r2c = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P3}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});

const THIRD_CASES = [
  d1c("d1r2c-d1-fk-triggers", "foreign keys (enforced by default?), cascades, deferred checks, RAISE() in triggers, STRICT and NOT NULL errors with their extended codes", `
    out.fkPragma = await val("PRAGMA foreign_keys");
    out.mk = await ex("CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id) ON DELETE CASCADE); CREATE TABLE d (pid INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)");
    out.fkViolation = await run("INSERT INTO c (pid) VALUES (42)");
    out.p = await run("INSERT INTO p (id) VALUES (1), (2)");
    out.cOk = await run("INSERT INTO c (pid) VALUES (1), (1), (2)");
    out.cascade = await runNR("DELETE FROM p WHERE id = 1");
    out.cLeft = await val("SELECT count(*) FROM c");
    out.deferred = await run("INSERT INTO d (pid) VALUES (99)");
    out.deferredBatch = await t(async () => { try { await db.batch([db.prepare("INSERT INTO d (pid) VALUES (77)"), db.prepare("INSERT INTO p (id) VALUES (77)")]); return "ok"; } catch (e) { return e.message; } });
    out.fkOff = await run("PRAGMA foreign_keys = OFF");
    out.fkOffInsert = await run("INSERT INTO c (pid) VALUES (500)");
    out.fkPragmaAfter = await val("PRAGMA foreign_keys");
    out.fkOn = await run("PRAGMA foreign_keys = ON");
    out.fkCheck = await t(async () => (await db.prepare("PRAGMA foreign_key_check").raw()).length);
    out.deferPragma = await run("PRAGMA defer_foreign_keys = ON");
    out.deferPragmaRead = await val("PRAGMA defer_foreign_keys");
    out.trg = await ex("CREATE TABLE g (v INTEGER); CREATE TRIGGER gt BEFORE INSERT ON g WHEN NEW.v < 0 BEGIN SELECT RAISE(ABORT, 'negative value'); END; CREATE TRIGGER gf BEFORE INSERT ON g WHEN NEW.v = 13 BEGIN SELECT RAISE(FAIL, 'unlucky'); END; CREATE TRIGGER gi BEFORE INSERT ON g WHEN NEW.v = 7 BEGIN SELECT RAISE(IGNORE); END; CREATE TRIGGER gr BEFORE INSERT ON g WHEN NEW.v = 99 BEGIN SELECT RAISE(ROLLBACK, 'rolled'); END");
    out.raiseAbort = await run("INSERT INTO g VALUES (-1)");
    out.raiseFail = await run("INSERT INTO g VALUES (13)");
    out.raiseIgnore = await run("INSERT INTO g VALUES (7)");
    out.raiseRollback = await run("INSERT INTO g VALUES (99)");
    out.raiseOutside = await val("SELECT RAISE(ABORT, 'x')");
    out.gCount = await val("SELECT count(*) FROM g");
    out.strict = await ex("CREATE TABLE s (a INTEGER, b TEXT NOT NULL, c ANY) STRICT");
    out.strictBad = await run("INSERT INTO s VALUES ('abc', 'x', 1)");
    out.strictCoerce = await run("INSERT INTO s VALUES ('12', 'x', 1)");
    out.strictNotNull = await run("INSERT INTO s VALUES (1, NULL, 1)");
    out.strictBadType = await ex("CREATE TABLE s2 (a VARCHAR(10)) STRICT");
    out.pkNull = await ex("CREATE TABLE k (a TEXT PRIMARY KEY NOT NULL)");
    out.pkDup = await run("INSERT INTO k VALUES ('x'), ('x')");
    out.pkNullIns = await run("INSERT INTO k VALUES (NULL)");
    out.rowidDup = await run("INSERT INTO p (id) VALUES (2)");
    out.gen = await ex("CREATE TABLE gc (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) STORED, c AS (a + 1))");
    out.genIns = await run("INSERT INTO gc (a) VALUES (5) RETURNING *");
    out.genWrite = await run("INSERT INTO gc (a, b) VALUES (1, 2)");
    out.withoutRowid = await ex("CREATE TABLE wr (k TEXT PRIMARY KEY, v) WITHOUT ROWID");
    out.wrIns = await run("INSERT INTO wr VALUES ('a', 1)");
    out.upsert = await runNR("INSERT INTO wr VALUES ('a', 2) ON CONFLICT (k) DO UPDATE SET v = excluded.v + 10 RETURNING v");
    out.upsertNothing = await run("INSERT INTO wr VALUES ('a', 3) ON CONFLICT DO NOTHING");
    out.orReplace = await runNR("INSERT OR REPLACE INTO wr VALUES ('a', 4)");
    out.orIgnore = await run("INSERT OR IGNORE INTO wr VALUES ('a', 5)");
    out.orFail = await run("INSERT OR FAIL INTO wr VALUES ('a', 6)");
    out.orAbort = await run("INSERT OR ABORT INTO wr VALUES ('a', 6)");
    out.orRollback = await run("INSERT OR ROLLBACK INTO wr VALUES ('a', 6)");
    out.wrFinal = await val("SELECT v FROM wr");`),

  d1c("d1r2c-d1-batch-sessions", "batch() results for mixed statements, bookmarks across batches, RETURNING in batch, batch with failing first statement, batch inside withSession", `
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    const shape = (rs) => rs.map((r) => ({ success: r.success, results: r.results, changes: r.meta.changes, last: r.meta.last_row_id, read: r.meta.rows_read, written: r.meta.rows_written, changed: r.meta.changed_db }));
    out.mixed = await t(async () => shape(await db.batch([db.prepare("INSERT INTO t (v) VALUES ('a') RETURNING id, v"), db.prepare("INSERT INTO t (v) VALUES (?), (?)").bind("b", "c"), db.prepare("SELECT count(*) AS n FROM t"), db.prepare("UPDATE t SET v = v || v WHERE id > ?").bind(1), db.prepare("DELETE FROM t WHERE id = 3 RETURNING *")])));
    out.firstFails = await t(async () => { try { await db.batch([db.prepare("INSERT INTO nope VALUES (1)"), db.prepare("INSERT INTO t (v) VALUES ('z')")]); } catch (e) { return { msg: e.message, n: (await db.prepare("SELECT count(*) AS n FROM t").first()).n }; } });
    out.sameStmtTwice = await t(async () => { const s = db.prepare("INSERT INTO t (v) VALUES (?)"); return shape(await db.batch([s.bind("x"), s.bind("y")])); });
    out.selectOnly = await t(async () => shape(await db.batch([db.prepare("SELECT 1 AS a"), db.prepare("SELECT 2 AS b")])));
    out.ddl = await t(async () => shape(await db.batch([db.prepare("CREATE TABLE u (a)"), db.prepare("INSERT INTO u VALUES (1)"), db.prepare("DROP TABLE u")])));
    out.sess = await t(async () => { const s = db.withSession("first-unconstrained"); const r = await s.batch([s.prepare("INSERT INTO t (v) VALUES ('s')"), s.prepare("SELECT count(*) AS n FROM t")]); return { n: r[1].results[0].n, bm: typeof s.getBookmark() }; });
    out.sessBm = await t(async () => { const s = db.withSession(); await s.prepare("SELECT 1").first(); const b1 = s.getBookmark(); const s2 = db.withSession(b1); await s2.prepare("SELECT 1").first(); return { b1: typeof b1, b2: typeof s2.getBookmark(), cmp: s2.getBookmark() >= b1 }; });
    out.sessBadBm = await t(async () => { const s = db.withSession("not-a-bookmark"); return await s.prepare("SELECT 1 AS a").first(); });
    out.manyInBatch = await t(async () => { const st = Array.from({ length: 200 }, (_, i) => db.prepare("INSERT INTO t (v) VALUES (?)").bind("m" + i)); const r = await db.batch(st); return { len: r.length, lastId: r[199].meta.last_row_id - r[0].meta.last_row_id }; });`),

  r2c("d1r2c-r2-multipart-bodies", "uploadPart body forms (Blob, typed array, DataView, streams, empty) and complete() of parts in order, part etags, object etag with -N, checksums of multipart objects, ranges across parts", `
    const five = new Uint8Array(5 * 1024 * 1024).fill(97);
    const u = await b.createMultipartUpload("m");
    const parts = [];
    parts.push(await u.uploadPart(1, five));
    parts.push(await u.uploadPart(2, new Blob([new Uint8Array(5 * 1024 * 1024).fill(98)])));
    parts.push(await u.uploadPart(3, new DataView(new Uint8Array([99, 99, 100]).buffer, 1)));
    out.partEtagsDistinct = new Set(parts.map((p) => p.etag)).size;
    out.streamPart = await t(async () => { const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } }); return (await u.uploadPart(4, rs)).partNumber; });
    out.fixedStreamPart = await t(async () => { const { readable, writable } = new FixedLengthStream(2); const w = writable.getWriter(); w.write(new Uint8Array([5, 6])); w.close(); return (await u.uploadPart(5, readable)).partNumber; });
    out.emptyPart = await t(async () => (await u.uploadPart(6, "")).partNumber);
    out.numberBody = await t(async () => (await u.uploadPart(7, 12)).partNumber);
    out.complete = await tr(() => u.complete(parts));
    out.range = await t(async () => { const o = await b.get("m", { range: { offset: 5 * 1024 * 1024 - 2, length: 4 } }); return { txt: await o.text(), range: o.range }; });
    out.rangeTail = await t(async () => { const o = await b.get("m", { range: { suffix: 3 } }); return { txt: await o.text(), range: o.range }; });
    out.listed = await t(async () => (await b.list()).objects.map((o) => ({ k: o.key, s: o.size, e: o.etag })));
    const v = await b.createMultipartUpload("single");
    out.singleSmall = await tr(async () => v.complete([await v.uploadPart(1, "only part")]));
    out.singleText = await t(async () => (await b.get("single")).text());
    out.extraFields = await t(async () => { const w = await b.createMultipartUpload("x"); const p = await w.uploadPart(1, "p"); return desc(await w.complete([{ ...p, extra: 1 }])); });
    out.wrongShape = await t(async () => { const w = await b.createMultipartUpload("y"); await w.uploadPart(1, "p"); return desc(await w.complete([{ partNumber: 1 }])); });
    out.wrongShape2 = await t(async () => { const w = await b.createMultipartUpload("y2"); return desc(await w.complete(["a"])); });
    out.notArray = await t(async () => { const w = await b.createMultipartUpload("y3"); return desc(await w.complete("a")); });
    out.otherUploadPart = await t(async () => { const w1 = await b.createMultipartUpload("z"); const w2 = await b.createMultipartUpload("z"); const p = await w1.uploadPart(1, "p"); return desc(await w2.complete([p])); });
    out.overwriteViaPut = await t(async () => { const w = await b.createMultipartUpload("q"); const p = await w.uploadPart(1, "p"); await b.put("q", "direct"); const o = await w.complete([p]); return { o: desc(o), txt: await (await b.get("q")).text() }; });`),
];

// fourth round: versions and odd keys, dump and long scripts
const R2P4 = `
const desc = (o) => o === null || o === undefined ? o ?? "undefined" : ({
  cls: o.constructor.name, key: o.key, size: o.size, etag: o.etag, httpEtag: o.httpEtag,
  version: typeof o.version === "string" && o.version.length > 0, uploaded: o.uploaded instanceof Date,
  checksums: o.checksums.toJSON(), httpMetadata: o.httpMetadata, customMetadata: o.customMetadata, storageClass: o.storageClass,
  range: o.range === undefined ? "absent" : o.range, hasBody: "body" in o, ssecKeyMd5: o.ssecKeyMd5 === undefined ? "absent" : o.ssecKeyMd5,
});
const tr = async (fn) => { const r = await t(fn); if (r.ok && typeof r.ok === "object" && "key" in r.ok) r.ok = desc(r.ok); return r; };
`;
const r2d = (name, description, body, { steps = [get("/")], r2Buckets = ["B"] } = {}) => ({
  name, area: "r2", description,
  options: modWorker(`${R2P4}    const b = env.B; const out = {};\n${body}\n    return Response.json(out);`, { r2Buckets }),
  steps,
});
const D1P4 = `
const val = async (sql, ...v) => { const r = await t(() => db.prepare(sql).bind(...v).raw()); if (r.ok) r.ok = r.ok[0]; if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; };
`;
const d1d = (name, description, body, { steps = [get("/")], d1Databases = ["DB"] } = {}) => ({
  name, area: "d1", description,
  options: modWorker(`${D1P4}    const db = env.DB; const out = {};\n${body}\n    return Response.json(out);`, { d1Databases }),
  steps,
});
const FOURTH_CASES = [
  r2d("d1r2c-r2-versions-keys", "overwrites change version and uploaded, identical bodies keep the etag, odd keys (NUL, spaces, dots, unicode forms) stay distinct, range with a failing onlyIf", `
    const a = await b.put("k", "same");
    const a2 = await b.put("k", "same");
    out.sameEtag = a.etag === a2.etag;
    out.versionChanged = a.version !== a2.version;
    out.uploadedOrder = a2.uploaded.getTime() >= a.uploaded.getTime();
    const keys = ["a\\u0000b", " lead", "trail ", ".", "..", "./x", "café", "cafe\\u0301", "a//b", "\\t", "🙂", "%2F", "a?b#c"];
    for (const k of keys) await b.put(k, "v:" + k);
    out.listed = (await b.list()).objects.map((o) => o.key);
    out.gets = await Promise.all(keys.map(async (k) => { const o = await b.get(k); return o ? await o.text() : null; }));
    out.rangeFailing = await tr(() => b.get("k", { range: { offset: 1 }, onlyIf: { etagDoesNotMatch: a.etag } }));
    out.rangeHeaderFailing = await tr(() => b.get("k", { range: new Headers({ range: "bytes=0-1" }), onlyIf: new Headers({ "if-none-match": '"' + a.etag + '"' }) }));
    out.headMissing = await tr(() => b.head("missing"));
    out.getMissingRange = await tr(() => b.get("missing", { range: { offset: 1 } }));
    out.delMissing = await t(async () => (await b.delete("missing")) ?? "undefined");
    out.delTwice = await t(async () => { await b.delete("k"); return (await b.delete("k")) ?? "undefined"; });
    out.cmUnicode = await t(async () => { const o = await b.put("u", "x", { customMetadata: { "clé": "välue 🙂", "": "empty key" } }); const g = await b.head("u"); return { put: o.customMetadata, head: g.customMetadata }; });
    out.hmUnicode = await t(async () => { const o = await b.put("h", "x", { httpMetadata: { contentDisposition: 'attachment; filename="é.txt"' } }); const h = new Headers(); (await b.head("h")).writeHttpMetadata(h); return { hm: o.httpMetadata, h: Object.fromEntries([...h]) }; });`),
  d1d("d1r2c-d1-misc-api", "dump() on the binding, exec() of long scripts, queries with many rows, results after ALTER, statements with comments before them", `
    out.dump = await t(async () => { const r = await db.dump(); return { cls: r.constructor.name, len: r.byteLength > 0 }; }).then((r) => { if (r.error) r.error.message = String(r.error.message).split("\\n")[0]; return r; });
    out.script = await t(async () => (await db.exec(Array.from({ length: 50 }, (_, i) => i === 0 ? "CREATE TABLE t (id INTEGER PRIMARY KEY, v)" : "INSERT INTO t (v) VALUES (" + i + ")").join("\\n"))).count);
    out.many = await t(async () => { const r = await db.prepare("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 5000) SELECT x FROM c").all(); return { n: r.results.length, last: r.results[4999] }; });
    out.alter = await t(async () => { await db.exec("ALTER TABLE t ADD COLUMN w TEXT DEFAULT 'd'"); return await db.prepare("SELECT * FROM t WHERE id = 2").first(); });
    out.commentFirst = await t(async () => (await db.prepare("/* c */ -- line\\n SELECT 1 AS a").all()).results);
    out.commentFirstInsert = await t(async () => (await db.prepare("-- x\\nINSERT INTO t (v) VALUES (99)").run()).meta.changes);
    out.dropCol = await t(async () => { await db.exec("ALTER TABLE t DROP COLUMN w"); return Object.keys(await db.prepare("SELECT * FROM t LIMIT 1").first()); });
    out.renameTable = await t(async () => { await db.exec("ALTER TABLE t RENAME TO t2"); return (await db.prepare("SELECT count(*) AS n FROM t2").first()).n; });
    out.oldName = await val("SELECT * FROM t");`),
];

export default [...D1_CASES, ...R2_CASES, ...MORE_CASES, ...THIRD_CASES, ...FOURTH_CASES];
