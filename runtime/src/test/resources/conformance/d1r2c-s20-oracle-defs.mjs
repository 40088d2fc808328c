// d1r2c (session 20): D1 and R2 probes recorded against the real Miniflare. Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then `cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs s20` (cases land in out/d1 and out/r2).
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

export default [
  d1("d1-s20-pragma-forms", "PRAGMA statements in many spellings: allowed ones with values, quoted and schema-qualified names, comments, unknown and denied pragmas, pragma_ functions", `
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT CHECK (length(v) < 5), p INTEGER REFERENCES t(id))");
    await db.exec("CREATE INDEX tv ON t (v)");
    const P = ["PRAGMA reverse_unordered_selects", "PRAGMA reverse_unordered_selects = 1", "PRAGMA reverse_unordered_selects(0)", "PRAGMA foreign_keys = ON", "PRAGMA foreign_keys = 'yes'", "PRAGMA \\"foreign_keys\\"", "PRAGMA [foreign_keys]", "PRAGMA main.foreign_keys", "PRAGMA main.table_info(t)", "PRAGMA temp.table_list", "PRAGMA PrAgMa_nope", "PrAgMa Foreign_Keys", "PRAGMA /* c */ table_list", "PRAGMA foreign_keys;", "PRAGMA case_sensitive_like", "PRAGMA case_sensitive_like = 1", "PRAGMA legacy_alter_table", "PRAGMA recursive_triggers", "PRAGMA quick_check(1)", "PRAGMA quick_check(t)", "PRAGMA quick_check(nope)", "PRAGMA foreign_key_check(t)", "PRAGMA foreign_key_check(nope)", "PRAGMA index_list(nope)", "PRAGMA table_info(nope)", "PRAGMA table_info('t')", "PRAGMA table_info = t", "PRAGMA index_info(tv)", "PRAGMA index_xinfo('tv')", "PRAGMA optimize = 1", "PRAGMA defer_foreign_keys", "PRAGMA ignore_check_constraints", "PRAGMA data_version = 5", "PRAGMA table_list(t)", "PRAGMA table_list('nope')", "PRAGMA foreign_key_list(t)",
      "PRAGMA schema_version", "PRAGMA application_id", "PRAGMA freelist_count", "PRAGMA temp_store", "PRAGMA busy_timeout", "PRAGMA writable_schema = 1", "PRAGMA pragma_list", "PRAGMA stats", "PRAGMA count_changes", "PRAGMA full_column_names", "PRAGMA shrink_memory", "PRAGMA threads", "PRAGMA mmap_size", "PRAGMA locking_mode", "PRAGMA journal_size_limit", "PRAGMA auto_vacuum", "PRAGMA incremental_vacuum", "PRAGMA wal_checkpoint", "PRAGMA cache_spill", "PRAGMA secure_delete", "PRAGMA soft_heap_limit", "PRAGMA hard_heap_limit", "PRAGMA analysis_limit", "PRAGMA automatic_index", "PRAGMA max_page_count", "PRAGMA cell_size_check", "PRAGMA read_uncommitted", "PRAGMA trusted_schema", "PRAGMA no_such_pragma_xyz", "PRAGMA no_such_pragma_xyz = 3", "PRAGMA",
      "SELECT * FROM pragma_schema_version()", "SELECT * FROM pragma_pragma_list() LIMIT 1", "SELECT name FROM pragma_table_list() WHERE name = 't'", "SELECT * FROM pragma_foreign_key_check()", "SELECT count(*) FROM pragma_table_info('t')", "SELECT * FROM pragma_index_list('t')", "SELECT * FROM pragma_quick_check()", "SELECT * FROM pragma_freelist_count", "SELECT * FROM main.pragma_table_list WHERE name = 't'"];
    for (const p of P) out[p] = await rows(p);
    out.ignoreCheck = await rows("PRAGMA ignore_check_constraints = 1");
    out.insertBad = await t(async () => (await db.prepare("INSERT INTO t (v) VALUES ('toolongvalue')").run()).meta.changes);
    out.after = await rows("SELECT v FROM t");
  `),

  d1("d1-s20-bind-values", "bind() with JavaScript values of many kinds: wrapper objects, Dates, plain objects, typed arrays of other element types, views on part of a buffer, bigints, symbols, functions", `
    const ab = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer;
    const cases = {
      boolObj: () => new Boolean(false), strObj: () => new String("s"), numObj: () => new Number(4.5), date: () => new Date(0), obj: () => ({ a: 1 }), arr: () => [1, 2], nested: () => [[1]], emptyArr: () => [],
      map: () => new Map(), sym: () => Symbol("x"), fn: () => function f() {}, nullProto: () => Object.create(null), regexp: () => /x/,
      i16: () => new Int16Array([1, -2]), f32: () => new Float32Array([1.5]), f64: () => new Float64Array([2.5]), u8c: () => new Uint8ClampedArray([255, 0]), big64: () => new BigInt64Array([1n]),
      dv: () => new DataView(ab, 2, 3), sub: () => new Uint8Array(ab).subarray(5), emptyAb: () => new ArrayBuffer(0), u8empty: () => new Uint8Array(0), u16part: () => new Uint16Array(ab, 2, 2),
      big0: () => 0n, bigNeg: () => -5n, bigMax: () => 9223372036854775807n, bigOver: () => 9223372036854775808n, bigMin: () => -9223372036854775808n,
      t: () => true, f: () => false, nan: () => NaN, undef: () => undefined, nul: () => null, strEmpty: () => "", strNul: () => "a\\u0000b", maxInt: () => 2 ** 63, neg53: () => -(2 ** 53) - 2,
    };
    for (const [k, mk] of Object.entries(cases)) out[k] = await bound(mk());
    out.lenOfDv = await rows("SELECT length(?), hex(?1)", new DataView(ab, 2, 3));
    out.lenOfSub = await rows("SELECT length(?), hex(?1)", new Uint8Array(ab).subarray(5));
    out.lenOfU16 = await rows("SELECT length(?), hex(?1)", new Uint16Array(ab, 2, 2));
    out.lenOfI16 = await rows("SELECT length(?), hex(?1)", new Int16Array([1, -2]));
    out.blobBack = await t(async () => { const r = await db.prepare("SELECT ? AS b").bind(new Uint8Array([9, 8])).first("b"); return [Array.isArray(r), r]; });
    out.bindTwice = await t(async () => { const s = db.prepare("SELECT ?, ?"); const a = s.bind(1, 2); const b = a.bind(3); return [await a.raw(), await b.raw().catch((e) => fl(e.message))]; });
    out.bindNone = await t(async () => db.prepare("SELECT ?").bind().raw());
    out.bindNoCall = await t(async () => db.prepare("SELECT ?").raw());
    out.bindExtra = await errOf(() => db.prepare("SELECT 1").bind(1).raw());
    out.bindNamedNum = await rows("SELECT ?2, ?1", "a", "b");
    out.bindGap = await rows("SELECT ?3", "a", "b", "c");
    out.bindGapShort = await rows("SELECT ?3", "a");
  `),

  d1("d1-s20-tx-statements", "transaction statements through prepare, exec and batch: BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, END, and the state they leave", `
    await db.exec("CREATE TABLE t (v)");
    const S = ["BEGIN", "BEGIN TRANSACTION", "BEGIN IMMEDIATE", "BEGIN EXCLUSIVE", "BEGIN DEFERRED", "COMMIT", "END", "END TRANSACTION", "ROLLBACK", "ROLLBACK TRANSACTION", "SAVEPOINT a", "RELEASE a", "RELEASE SAVEPOINT a", "ROLLBACK TO a", "ROLLBACK TO SAVEPOINT a", "begin", "  Begin ;"];
    for (const s of S) out["prep " + s] = await errOf(() => db.prepare(s).run());
    out.execBegin = await errOf(() => db.exec("BEGIN;"));
    out.execBlock = await errOf(() => db.exec("INSERT INTO t VALUES (1)\\nBEGIN\\nINSERT INTO t VALUES (2)\\nCOMMIT"));
    out.count1 = await rows("SELECT count(*) FROM t");
    out.batchSave = await errOf(() => db.batch([db.prepare("INSERT INTO t VALUES (3)"), db.prepare("SAVEPOINT s"), db.prepare("INSERT INTO t VALUES (4)")]));
    out.count2 = await rows("SELECT count(*) FROM t");
    out.batchRelease = await errOf(() => db.batch([db.prepare("SAVEPOINT s"), db.prepare("INSERT INTO t VALUES (5)"), db.prepare("RELEASE s")]));
    out.batchRollbackTo = await errOf(() => db.batch([db.prepare("SAVEPOINT s"), db.prepare("INSERT INTO t VALUES (6)"), db.prepare("ROLLBACK TO s"), db.prepare("RELEASE s")]));
    out.count3 = await rows("SELECT count(*), group_concat(v) FROM t");
    out.multiSave = await errOf(() => db.prepare("SAVEPOINT x; INSERT INTO t VALUES (7); RELEASE x").run());
    out.count4 = await rows("SELECT count(*), group_concat(v) FROM t");
    out.inTrigger = await errOf(() => db.exec("CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO t SELECT 0 WHERE 0; END"));
  `),

  d1("d1-s20-batch-shapes", "batch() with odd arguments and statements: other databases' statements, session statements, multi-statement SQL, empty SQL, non-arrays, reused statements", `
    await db.exec("CREATE TABLE t (v)");
    await env.DB2.exec("CREATE TABLE u (w)");
    out.otherDb = await errOf(async () => { const r = await db.batch([db.prepare("INSERT INTO t VALUES (1)"), env.DB2.prepare("INSERT INTO u VALUES (2)")]); return r; });
    out.counts = [await rows("SELECT count(*) FROM t"), await t(async () => (await env.DB2.prepare("SELECT count(*) FROM u").raw())[0])];
    out.session = await t(async () => { const s = db.withSession(); const r = await db.batch([s.prepare("SELECT 1 AS a")]); return r.map((x) => x.results); });
    out.multi = await errOf(() => db.batch([db.prepare("SELECT 1; SELECT 2")]));
    out.multiRes = await t(async () => (await db.batch([db.prepare("INSERT INTO t VALUES (10); INSERT INTO t VALUES (11)"), db.prepare("SELECT count(*) AS n FROM t")])).map((x) => x.results));
    out.emptySql = await errOf(() => db.batch([db.prepare("")]));
    out.str = await errOf(() => db.batch("SELECT 1"));
    out.obj = await errOf(() => db.batch({}));
    out.set = await errOf(() => db.batch(new Set([db.prepare("SELECT 1")])));
    out.num = await errOf(() => db.batch([1]));
    out.plain = await errOf(() => db.batch([{ statement: "SELECT 1", params: [] }]));
    out.plainRes = await t(async () => (await db.batch([{ statement: "SELECT ? AS x", params: [5] }])).map((x) => x.results));
    out.reuse = await t(async () => { const s = db.prepare("INSERT INTO t VALUES (?) RETURNING v"); return (await db.batch([s.bind(20), s.bind(21), s.bind(20)])).map((x) => x.results); });
    out.unbound = await errOf(() => db.batch([db.prepare("SELECT ?")]));
    out.noArgs = await errOf(() => db.batch());
    out.nullItem = await errOf(() => db.batch([null]));
    out.selectOnly = await t(async () => (await db.batch([db.prepare("SELECT count(*) AS n FROM t"), db.prepare("SELECT 'x' AS y")])).map((x) => [x.success, x.results, Object.keys(x).sort(), Object.keys(x.meta).sort()]));
  `, { d1Databases: ["DB", "DB2"] }),

  d1("d1-s20-exec-lines", "exec() splitting: CRLF and CR line ends, statements across lines, semicolons inside strings, comments, blank lines, two statements on one line, a trigger on one line", `
    const e = async (sql) => { try { const r = await db.exec(sql); return { count: r.count, dur: typeof r.duration }; } catch (x) { return { error: fl(x.message), cause: x.cause ? fl(x.cause.message) : "none" }; } };
    out.crlf = await e("CREATE TABLE t (v);\\r\\nINSERT INTO t VALUES (1);\\r\\nINSERT INTO t VALUES (2)");
    out.cr = await e("INSERT INTO t VALUES (3);\\rINSERT INTO t VALUES (4)");
    out.across = await e("INSERT INTO t\\nVALUES (5)");
    out.semiStr = await e("INSERT INTO t VALUES ('a;b'); INSERT INTO t VALUES ('c')");
    out.nlStr = await e("INSERT INTO t VALUES ('x\\ny')");
    out.comments = await e("-- start\\nINSERT INTO t VALUES (6); -- trailing\\n/* block */ INSERT INTO t VALUES (7)\\n");
    out.blank = await e("\\n\\n   \\nINSERT INTO t VALUES (8)\\n\\n");
    out.two = await e("INSERT INTO t VALUES (9); INSERT INTO t VALUES (10);");
    out.trig1 = await e("CREATE TRIGGER tr AFTER INSERT ON t WHEN NEW.v = 99 BEGIN INSERT INTO t VALUES (100); END;");
    out.trig2 = await e("CREATE TRIGGER tr2 AFTER INSERT ON t WHEN NEW.v = 98\\nBEGIN\\nINSERT INTO t VALUES (101);\\nEND;");
    out.fire = await e("INSERT INTO t VALUES (99)");
    out.onlySemi = await e(";");
    out.semiLines = await e("INSERT INTO t VALUES (11)\\n;\\nINSERT INTO t VALUES (12)");
    out.empty = await e("");
    out.spaces = await e("   ");
    out.onlyComment = await e("-- nothing");
    out.select = await e("SELECT * FROM t");
    out.err2 = await e("INSERT INTO t VALUES (13)\\nSELECT * FROM nope\\nINSERT INTO t VALUES (14)");
    out.all = await rows("SELECT group_concat(v, ',') FROM t");
    out.nonString = await e(42);
    out.nullArg = await e(null);
  `),

  r2("r2-s20-onlyif-forms", "conditional get/put with etag lists, quoted and weak etags, wildcards, invalid dates and values of other types", `
    const o = await b.put("k", "hello");
    const e = o.etag;
    const g = async (onlyIf) => { const r = await t(async () => { const x = await b.get("k", { onlyIf }); return x === null ? "null" : ("body" in x ? "body" : "nobody"); }); if (r.error) r.error.message = fl(r.error.message); return r; };
    const C = {
      arr: { etagMatches: [e, "zzz"] }, arrMiss: { etagMatches: ["zzz", "yyy"] }, quoted: { etagMatches: '"' + e + '"' }, weak: { etagMatches: 'W/"' + e + '"' }, star: { etagMatches: "*" }, starNone: { etagDoesNotMatch: "*" },
      comma: { etagMatches: "zzz, " + e }, spaces: { etagMatches: " " + e + " " }, emptyStr: { etagMatches: "" }, emptyArr: { etagMatches: [] }, num: { etagMatches: 5 },
      dnmArr: { etagDoesNotMatch: ["zzz", e] }, dnmWeak: { etagDoesNotMatch: 'W/"' + e + '"' }, both: { etagMatches: e, etagDoesNotMatch: e },
      beforeStr: { uploadedBefore: "2000-01-01" }, afterNum: { uploadedAfter: 0 }, afterBad: { uploadedAfter: new Date("nope") }, beforeFuture: { uploadedBefore: new Date(Date.now() + 864e5) }, afterFuture: { uploadedAfter: new Date(Date.now() + 864e5) },
      secG: { uploadedAfter: new Date(Date.now() + 864e5), secondsGranularity: true }, mixed: { etagMatches: e, uploadedBefore: new Date(0) }, mixed2: { etagDoesNotMatch: "zzz", uploadedAfter: new Date(Date.now() + 864e5) },
      extra: { nope: 1 }, nul: null, str: "x", arrTop: [e],
      hMulti: new Headers({ "if-match": '"zzz", "' + e + '"' }), hWeak: new Headers({ "if-match": 'W/"' + e + '"' }), hNoneWeak: new Headers({ "if-none-match": 'W/"' + e + '"' }), hStar: new Headers({ "if-none-match": "*" }),
      hBadDate: new Headers({ "if-unmodified-since": "not a date" }), hOld: new Headers({ "if-modified-since": "Sat, 01 Jan 2000 00:00:00 GMT" }), hFuture: new Headers({ "if-modified-since": "Sat, 01 Jan 2050 00:00:00 GMT" }),
      hUnquoted: new Headers({ "if-match": e }), hBoth: new Headers({ "if-match": '"zzz"', "if-unmodified-since": "Sat, 01 Jan 2050 00:00:00 GMT" }), hNoneAndMod: new Headers({ "if-none-match": '"zzz"', "if-modified-since": "Sat, 01 Jan 2050 00:00:00 GMT" }),
      hEmpty: new Headers(), hOther: new Headers({ "x-a": "1" }),
    };
    for (const [k, v] of Object.entries(C)) out[k] = await g(v);
    const p = async (onlyIf) => { const r = await t(async () => { const x = await b.put("p", "v", { onlyIf }); return x === null ? "null" : x.size; }); if (r.error) r.error.message = fl(r.error.message); return r; };
    out.putMissing = await p({ etagMatches: "zzz" });
    out.putMissingNone = await p({ etagDoesNotMatch: "zzz" });
    out.putStar = await p({ etagMatches: "*" });
    out.putHStar = await p(new Headers({ "if-none-match": "*" }));
    out.putHStar2 = await p(new Headers({ "if-none-match": "*" }));
  `),

  r2("r2-s20-range-forms", "ranges of every shape on a 10-byte and an empty object: offsets at and past the end, zero lengths and suffixes, non-integers, strings, headers with odd syntax", `
    await b.put("k", "0123456789");
    await b.put("z", "");
    const g = async (key, range) => { const r = await tb(() => b.get(key, { range })); if (r.error) r.error.message = fl(r.error.message); if (r.ok && r.ok.cls) r.ok = { range: r.ok.range, text: r.ok.text }; return r; };
    const R = { o0: { offset: 0 }, o10: { offset: 10 }, o11: { offset: 11 }, l0: { length: 0 }, o3l0: { offset: 3, length: 0 }, s0: { suffix: 0 }, s15: { suffix: 15 }, o1l20: { offset: 1, length: 20 }, oNeg: { offset: -1 }, lNeg: { length: -1 }, sNeg: { suffix: -2 },
      oFrac: { offset: 1.5 }, lFrac: { length: 2.7 }, oStr: { offset: "2" }, oNull: { offset: null, length: 2 }, empty: {}, sAndO: { suffix: 2, offset: 1 }, sAndL: { suffix: 2, length: 1 }, lOnly: { length: 3 },
      h00: new Headers({ range: "bytes=0-0" }), hm0: new Headers({ range: "bytes=-0" }), h5: new Headers({ range: "bytes=5-" }), hMulti: new Headers({ range: "bytes=0-1,3-4" }), hBad: new Headers({ range: "bytes=abc" }), hItems: new Headers({ range: "items=0-1" }),
      hSpace: new Headers({ range: "bytes= 0-1" }), hRev: new Headers({ range: "bytes=5-2" }), hPast: new Headers({ range: "bytes=20-30" }), hEndPast: new Headers({ range: "bytes=8-30" }), hSuffixBig: new Headers({ range: "bytes=-30" }), hNone: new Headers(), hUpper: new Headers({ range: "BYTES=0-1" }) };
    for (const [k, v] of Object.entries(R)) { out[k] = await g("k", v); out["z_" + k] = await g("z", v); }
    out.headRange = await tr(() => b.head("k", { range: { offset: 1 } }));
  `),

  r2("r2-s20-metadata-values", "httpMetadata and customMetadata with values of other types, unknown fields, Headers with odd values, cacheExpiry forms, writeHttpMetadata onto filled Headers", `
    const p = async (k, opts) => { const r = await tr(() => b.put(k, "x", opts)); if (r.error) r.error.message = fl(r.error.message); if (r.ok && r.ok.cls) r.ok = { http: r.ok.httpMetadata, custom: r.ok.customMetadata }; return r; };
    out.numType = await p("a", { httpMetadata: { contentType: 5 } });
    out.unknown = await p("b", { httpMetadata: { foo: "bar", contentType: "text/plain" } });
    out.nullField = await p("c", { httpMetadata: { contentType: null, contentLanguage: undefined } });
    out.expStr = await p("d", { httpMetadata: { cacheExpiry: "2030-01-01T00:00:00Z" } });
    out.expNum = await p("e", { httpMetadata: { cacheExpiry: 0 } });
    out.expBad = await p("f", { httpMetadata: { cacheExpiry: new Date("nope") } });
    out.expDate = await p("g", { httpMetadata: { cacheExpiry: new Date(Date.UTC(2030, 0, 1, 12, 30, 15, 123)) } });
    out.hdrOdd = await p("h", { httpMetadata: new Headers({ "content-type": "text/html; charset=utf-8", "expires": "garbage", "cache-control": "no-cache, max-age=0", "content-language": "en, fr", "x-other": "1" }) });
    out.hdrExp = await p("i", { httpMetadata: new Headers({ expires: "Wed, 21 Oct 2015 07:28:00 GMT" }) });
    out.custNum = await p("j", { customMetadata: { a: 1, b: true, c: null } });
    out.custObj = await p("k", { customMetadata: { a: { x: 1 } } });
    out.custEmptyKey = await p("l", { customMetadata: { "": "v", "é": "ü" } });
    out.custArr = await p("m", { customMetadata: ["a", "b"] });
    out.custStr = await p("n", { customMetadata: "abc" });
    out.httpStr = await p("o", { httpMetadata: "text/plain" });
    out.custHeaders = await p("q", { customMetadata: new Headers({ a: "1" }) });
    out.custMap = await p("r", { customMetadata: new Map([["a", "1"]]) });
    out.write = await t(async () => { const o = await b.head("g"); const h = new Headers({ expires: "x", "content-type": "old", "cache-control": "keep" }); o.writeHttpMetadata(h); return hdrs(h); });
    out.writeH = await t(async () => { const o = await b.head("h"); const h = new Headers({ "content-type": "old" }); o.writeHttpMetadata(h); return hdrs(h); });
    out.writeObj = await t(async () => { const o = await b.head("h"); const h = {}; o.writeHttpMetadata(h); return h; });
    out.writeNone = await t(async () => { const o = await b.head("a"); const h = new Headers({ "content-type": "old" }); o.writeHttpMetadata(h); return hdrs(h); });
  `),

  r2("r2-s20-multipart-odd", "multipart uploads with odd part numbers, unknown etags, duplicate and unordered parts, resumed with another key, after abort and complete", `
    const m = (r) => { if (r.error) r.error.message = fl(r.error.message); return r; };
    const mp = await b.createMultipartUpload("mp");
    out.shape = [typeof mp.key, typeof mp.uploadId, Object.keys(mp).sort(), mp.constructor.name];
    for (const n of [0, 10001, 1.5, "2", -1, 10000, NaN]) out["part" + String(n)] = m(await t(async () => { const p = await mp.uploadPart(n, "abc"); return [p.partNumber, typeof p.etag]; }));
    out.emptyPart = m(await t(async () => { const p = await mp.uploadPart(3, ""); return [p.partNumber, p.etag.length > 0]; }));
    const p1 = await mp.uploadPart(1, "a".repeat(5 * 1024 * 1024));
    const p2 = await mp.uploadPart(2, "bb");
    out.unknownEtag = m(await tr(() => mp.complete([{ partNumber: 1, etag: p1.etag }, { partNumber: 2, etag: "nope" }])));
    out.missingPart = m(await tr(() => mp.complete([{ partNumber: 1, etag: p1.etag }, { partNumber: 7, etag: p2.etag }])));
    out.dup = m(await tr(() => mp.complete([{ partNumber: 1, etag: p1.etag }, { partNumber: 1, etag: p1.etag }, { partNumber: 2, etag: p2.etag }])));
    out.unordered = m(await tr(() => mp.complete([{ partNumber: 2, etag: p2.etag }, { partNumber: 1, etag: p1.etag }])));
    out.emptyList = m(await tr(() => mp.complete([])));
    out.badShape = m(await tr(() => mp.complete([{ partNumber: 1 }])));
    out.notArray = m(await tr(() => mp.complete("x")));
    const other = b.resumeMultipartUpload("otherkey", mp.uploadId);
    out.otherKeyPart = m(await t(async () => (await other.uploadPart(1, "x")).partNumber));
    out.otherKeyComplete = m(await tr(() => other.complete([{ partNumber: 1, etag: p1.etag }, { partNumber: 2, etag: p2.etag }])));
    out.otherKeyAbort = m(await t(() => other.abort()));
    out.ok = m(await tr(() => mp.complete([{ partNumber: 1, etag: p1.etag }, { partNumber: 2, etag: p2.etag }])));
    out.again = m(await tr(() => mp.complete([{ partNumber: 1, etag: p1.etag }, { partNumber: 2, etag: p2.etag }])));
    out.partAfter = m(await t(async () => (await mp.uploadPart(3, "x")).partNumber));
    out.abortAfter = m(await t(() => mp.abort()));
    const mp2 = await b.createMultipartUpload("mp2");
    out.abort1 = m(await t(() => mp2.abort()));
    out.abort2 = m(await t(() => mp2.abort()));
    out.partAborted = m(await t(async () => (await mp2.uploadPart(1, "x")).partNumber));
    out.bogusId = m(await t(async () => (await b.resumeMultipartUpload("mp3", "bogus").uploadPart(1, "x")).partNumber));
    out.bogusAbort = m(await t(() => b.resumeMultipartUpload("mp3", "bogus").abort()));
    out.resumeNoId = m(await t(() => b.resumeMultipartUpload("mp3").uploadId));
    out.createOpts = m(await t(async () => { const u = await b.createMultipartUpload("mp4", { storageClass: "Nope" }); return u.key; }));
    out.createOpts2 = m(await t(async () => { const u = await b.createMultipartUpload("mp5", { httpMetadata: new Headers({ "content-type": "a/b" }), customMetadata: { x: "y" }, storageClass: "InfrequentAccess" }); const p = await u.uploadPart(1, "q"); const o = await u.complete([p]); return desc(o); }));
  `),

  r2("r2-s20-list-args", "list() with odd limits, cursors, include values, delimiters and startAfter/prefix combinations", `
    for (const k of ["a", "a/b", "a/c/d", "b", "b/x", "c", "é", "a//e"]) await b.put(k, k, { customMetadata: { k }, httpMetadata: { contentType: "t/" + k.length } });
    const l = async (o) => { const r = await t(async () => lst(await b.list(o))); if (r.error) r.error.message = fl(r.error.message); return r; };
    const O = { lim15: { limit: 1.5 }, limStr: { limit: "2" }, limNeg: { limit: -1 }, lim0: { limit: 0 }, lim1001: { limit: 1001 }, limNaN: { limit: NaN }, curBad: { cursor: "nope" }, curEmpty: { cursor: "" },
      incBad: { include: ["nope"] }, incStr: { include: "httpMetadata" }, incEmpty: { include: [] }, delimMulti: { delimiter: "/c" }, delimEmpty: { delimiter: "" }, delimSlashSlash: { delimiter: "//" },
      saBeforePrefix: { prefix: "b", startAfter: "a" }, saAfterPrefix: { prefix: "a", startAfter: "b" }, saInPrefix: { prefix: "a", startAfter: "a/b" }, saDelim: { delimiter: "/", startAfter: "a" }, saDelim2: { delimiter: "/", startAfter: "a/" },
      prefixFull: { prefix: "a/c/d" }, prefixDelim: { prefix: "a/", delimiter: "/" }, prefixUni: { prefix: "é" }, nul: null, str: "a", unknown: { foo: 1 }, limDelim: { limit: 2, delimiter: "/" } };
    for (const [k, v] of Object.entries(O)) out[k] = await l(v);
    out.inc = await t(async () => (await b.list({ include: ["httpMetadata", "customMetadata"], prefix: "b" })).objects.map((o) => [o.key, o.httpMetadata, o.customMetadata]));
    out.incNone = await t(async () => (await b.list({ prefix: "b" })).objects.map((o) => [o.key, o.httpMetadata, o.customMetadata]));
    out.page = await t(async () => { const a = await b.list({ limit: 2, delimiter: "/" }); const c = await b.list({ limit: 2, delimiter: "/", cursor: a.cursor }); const d = await b.list({ limit: 2, delimiter: "/", cursor: c.cursor }); return [lst(a), lst(c), lst(d)]; });
    out.cursorOtherPrefix = await t(async () => { const a = await b.list({ limit: 2 }); return lst(await b.list({ prefix: "b", cursor: a.cursor })); });
  `),
  d1("d1-s20-pragma-authorizer-args", "what the authorizer lets through for each allowed PRAGMA: spelling of the name, schema qualifiers, boolean values, object names and numbers", `
    await db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, p INTEGER REFERENCES t(id))");
    await db.exec("CREATE INDEX ti ON t (p)");
    const P = ["PRAGMA FOREIGN_KEYS", "PRAGMA Table_List", "PRAGMA TABLE_INFO(t)", "PRAGMA \\"table_info\\"(t)", "PRAGMA 'foreign_keys'", "PRAGMA \`foreign_keys\`",
      "PRAGMA foreign_keys = 2", "PRAGMA foreign_keys = 10", "PRAGMA foreign_keys = -1", "PRAGMA foreign_keys = +1", "PRAGMA foreign_keys = onion", "PRAGMA foreign_keys = nonsense", "PRAGMA foreign_keys = TRUE", "PRAGMA foreign_keys = 'off'", "PRAGMA foreign_keys = \\"Yes\\"", "PRAGMA foreign_keys = maybe", "PRAGMA foreign_keys = ''", "PRAGMA foreign_keys(1)", "PRAGMA foreign_keys = 1.5", "PRAGMA foreign_keys = x'01'", "PRAGMA foreign_keys = null", "PRAGMA foreign_keys = f",
      "PRAGMA temp.data_version", "PRAGMA temp.foreign_keys", "PRAGMA temp.table_info(t)", "PRAGMA main.table_list", "PRAGMA nope.table_list", "PRAGMA temp.foreign_key_check", "PRAGMA main.quick_check", "PRAGMA temp.quick_check", "PRAGMA \\"main\\".foreign_keys", "PRAGMA MAIN.foreign_keys", "PRAGMA Main.table_list",
      "PRAGMA data_version(1)", "PRAGMA data_version = 'x'",
      "PRAGMA quick_check(-1)", "PRAGMA quick_check('1')", "PRAGMA quick_check(ti)", "PRAGMA quick_check(_cf_METADATA)", "PRAGMA quick_check(0)", "PRAGMA quick_check = 2", "PRAGMA quick_check(sqlite_master)",
      "PRAGMA table_info(_cf_METADATA)", "PRAGMA table_xinfo(_cf_KV)", "PRAGMA table_list(_cf_METADATA)", "PRAGMA index_list(_cf_METADATA)", "PRAGMA foreign_key_check(_cf_METADATA)", "PRAGMA foreign_key_list('T')", "PRAGMA index_info(TI)", "PRAGMA table_info(sqlite_master)", "PRAGMA table_info(sqlite_schema)", "PRAGMA index_list(sqlite_master)",
      "PRAGMA optimize", "PRAGMA optimize(-1)", "PRAGMA optimize('2')", "PRAGMA optimize(abc)", "PRAGMA optimize(0x10002)", "PRAGMA optimize(99999999999)", "PRAGMA optimize = 1.5",
      "PRAGMA table_info", "PRAGMA index_list", "PRAGMA foreign_key_list", "PRAGMA table_xinfo", "PRAGMA table_info()", "PRAGMA ;", "PRAGMA  ", "pragma",
      "PRAGMA foreign_keys; PRAGMA FOREIGN_KEYS", "SELECT * FROM pragma_foreign_keys", "SELECT * FROM PRAGMA_FOREIGN_KEYS", "SELECT * FROM Pragma_Table_List WHERE name = 't'", "SELECT * FROM pragma_table_info('t', 'temp')", "SELECT * FROM pragma_table_info('t', 'main')", "SELECT * FROM pragma_table_info('_cf_METADATA')", "SELECT * FROM pragma_quick_check('-1')", "SELECT * FROM pragma_foreign_keys('2')", "SELECT * FROM pragma_foreign_keys('on')"];
    for (const p of P) out[p] = await rows(p);
  `),
  d1("d1-s20-statement-forms", "statements led by comments or parentheses, transaction verbs hidden behind comments and EXPLAIN, semicolons in strings and quoted names, parameters across statements", `
    await db.exec("CREATE TABLE t (a, [b;c], \\"d;e\\")");
    const S = ["/* c */ BEGIN", "-- c\\nBEGIN", "  /*x*/ /*y*/ SELECT 1", "EXPLAIN BEGIN", "EXPLAIN QUERY PLAN SAVEPOINT a", "(SELECT 1)", "VALUES (1), (2)", "SELECT ';' AS s; SELECT 2", "SELECT '--' AS s", "SELECT 1 -- trailing", "SELECT 1 /* open",
      "SELECT [b;c], \\"d;e\\" FROM t", "INSERT INTO t VALUES (1, 2, 3); SELECT [b;c] FROM t", "SELECT ?; SELECT 1", "SELECT 1; SELECT ?", "SELECT ?2, ?", "SELECT :a, ?", "SELECT ?, :a", "SELECT @x, @x", "SELECT $a::b",
      "SELECT 1;;", "SELECT 1; ;SELECT 2", "WITH x AS (SELECT 1) SELECT * FROM x; BEGIN", "SELECT 1; /* only comment */", "SELECT 1;\\n-- c", "ANALYZE", "ANALYZE t", "REINDEX", "REINDEX t", "DETACH main", "ATTACH ':memory:' AS m"];
    for (const s of S) out[s] = await rows(s, ...(s.includes("?") || s.includes(":a") || s.includes("@x") || s.includes("$a") ? [7] : []));
    out.twoParams = await rows("SELECT ?, ?2, ?", 1, 2);
  `),
  d1("d1-s20-reserved-and-temp", "_cf_ names in every position (aliases, CTEs, columns, indexes, triggers, views, renames, strings) and the temp schema (reads, temp objects)", `
    await db.exec("CREATE TABLE t (a, b)");
    const S = ["SELECT 1 AS _cf_x", "WITH _cf_w AS (SELECT 1 AS v) SELECT v FROM _cf_w", "SELECT '_cf_METADATA'", "SELECT 1 -- _cf_METADATA", "CREATE TABLE c1 (_cf_col INTEGER)", "SELECT _cf_col FROM c1", "CREATE INDEX _cf_i ON t (a)", "CREATE INDEX ti ON t (a)", "CREATE TRIGGER _cf_tr AFTER INSERT ON t BEGIN SELECT 1; END", "CREATE VIEW _cf_v AS SELECT 1", "CREATE VIEW v AS SELECT * FROM _cf_METADATA",
      "ALTER TABLE t RENAME TO _cf_t", "ALTER TABLE c1 RENAME COLUMN _cf_col TO x", "ALTER TABLE c1 ADD COLUMN _cf_y", "CREATE TABLE _CF_upper (a)", "CREATE TABLE \\"_cf_q\\" (a)", "DROP TABLE IF EXISTS _cf_nope", "SELECT * FROM _CF_METADATA", "SELECT * FROM t AS _cf_alias", "SELECT name FROM sqlite_master WHERE name LIKE '\\\\_cf%' ESCAPE '\\\\'",
      "SELECT * FROM temp.sqlite_master", "SELECT * FROM sqlite_temp_master", "SELECT * FROM temp.t", "CREATE TEMP TABLE tt (a)", "CREATE TEMP VIEW tv AS SELECT 1", "CREATE TEMPORARY TRIGGER ttr AFTER INSERT ON t BEGIN SELECT 1; END", "CREATE TABLE temp.x (a)", "CREATE TABLE main.y (a)", "INSERT INTO main.t VALUES (1, 2)", "SELECT * FROM main.t", "SELECT * FROM MAIN.t", "SELECT * FROM nope.t"];
    for (const s of S) out[s] = await rows(s);
    out.schema = await rows("SELECT type, name FROM sqlite_master WHERE name NOT LIKE '_cf%' ORDER BY name");
  `),
  d1("d1-s20-fk-migrations", "migration patterns around foreign keys: PRAGMA foreign_keys=OFF and defer_foreign_keys=ON in separate calls, in a batch and in exec, table rebuilds with referencing rows", `
    const setup = async () => { await db.exec("DROP TABLE IF EXISTS c; DROP TABLE IF EXISTS p; DROP TABLE IF EXISTS p_new"); await db.exec("CREATE TABLE p (id INTEGER PRIMARY KEY, n TEXT)"); await db.exec("CREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER REFERENCES p(id))"); await db.exec("INSERT INTO p VALUES (1, 'a'), (2, 'b')"); await db.exec("INSERT INTO c VALUES (10, 1), (11, 2)"); };
    const rebuild = ["CREATE TABLE p_new (id INTEGER PRIMARY KEY, n TEXT, extra INTEGER)", "INSERT INTO p_new (id, n) SELECT id, n FROM p", "DROP TABLE p", "ALTER TABLE p_new RENAME TO p"];
    const state = async () => [await rows("SELECT count(*) FROM p"), await rows("SELECT count(*) FROM c"), await rows("PRAGMA foreign_keys"), await rows("SELECT group_concat(name) FROM pragma_table_info('p')")];
    await setup();
    out.separate = await errOf(async () => { await db.prepare("PRAGMA foreign_keys = OFF").run(); for (const s of rebuild) await db.prepare(s).run(); await db.prepare("PRAGMA foreign_keys = ON").run(); });
    out.separateState = await state();
    await db.prepare("PRAGMA foreign_keys = ON").run();
    await setup();
    out.batchOff = await errOf(() => db.batch([db.prepare("PRAGMA foreign_keys = OFF"), ...rebuild.map((s) => db.prepare(s)), db.prepare("PRAGMA foreign_keys = ON")]));
    out.batchOffState = await state();
    await setup();
    out.batchDefer = await errOf(() => db.batch([db.prepare("PRAGMA defer_foreign_keys = ON"), ...rebuild.map((s) => db.prepare(s)), db.prepare("PRAGMA defer_foreign_keys = OFF")]));
    out.batchDeferState = await state();
    await setup();
    out.execOff = await errOf(() => db.exec(["PRAGMA foreign_keys=OFF;", ...rebuild.map((s) => s + ";"), "PRAGMA foreign_keys=ON;"].join("\\n")));
    out.execOffState = await state();
    await db.prepare("PRAGMA foreign_keys = ON").run();
    await setup();
    out.multiDefer = await errOf(() => db.prepare(["PRAGMA defer_foreign_keys = ON", ...rebuild].join("; ")).run());
    out.multiDeferState = await state();
    await setup();
    out.dropParent = await errOf(() => db.prepare("DROP TABLE p").run());
    out.deleteParent = await errOf(() => db.prepare("DELETE FROM p WHERE id = 1").run());
    out.deferBatchViolation = await errOf(() => db.batch([db.prepare("PRAGMA defer_foreign_keys = ON"), db.prepare("DELETE FROM p WHERE id = 1")]));
    out.final = await state();
  `),
];
