// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-   (first copy to D as dostore-do7.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";

const doScript = (body, extraClass = "", workerBody = "") => `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
const E = (e) => ({ name: e?.name, message: e?.message });
const te = (fn) => { try { const v = fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: E(e) }; } };
export class Obj extends DurableObject {
  constructor(ctx, env) { super(ctx, env); this.hits = 0; }
  async fetch(req) {
    this.hits++;
    const url = new URL(req.url); const op = url.pathname.split("/")[2] ?? "";
    const s = this.ctx.storage; const ctx = this.ctx; const env = this.env; const out = { op };
${body}
    return Response.json(out);
  }
}
${extraClass}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const name = url.pathname.split("/")[1];
${workerBody}
  const stub = env.OBJ.get(env.OBJ.idFromName(name));
  return stub.fetch(req);
} };`;
const doCase = (name, description, body, { sql = false, steps = [get("/a/x")], extraClass = "", workerBody = "" } = {}) => ({
  name: "dostore-" + name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: sql ? { className: "Obj", useSQLite: true } : "Obj" }, script: doScript(body, extraClass, workerBody) },
  steps,
});

const sqlBind = `
    const sql = ctx.storage.sql;
    const x = (...a) => te(() => sql.exec(...a).toArray());
    sql.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE, n INTEGER NOT NULL DEFAULT 0)");
    out.bindBool = x("SELECT ? AS a", true);
    out.bindObj = x("SELECT ? AS a", {});
    out.bindArr = x("SELECT ? AS a", [1]);
    out.bindBig = x("SELECT ? AS a", 5n);
    out.bindUndef = x("SELECT ? AS a", undefined);
    out.bindDate = x("SELECT ? AS a", new Date(0));
    out.bindDV = x("SELECT ? AS a", new DataView(new ArrayBuffer(2)));
    out.bindI16 = x("SELECT hex(?) AS a", new Int16Array([1, 2]));
    out.bindSym = x("SELECT ? AS a", Symbol("s"));
    out.bindFn = x("SELECT ? AS a", () => 1);
    out.tooMany = x("SELECT ? AS a", 1, 2);
    out.tooFew = x("SELECT ? AS a, ? AS b", 1);
    out.noneGiven = x("SELECT ? AS a");
    out.numbered = x("SELECT ?2 AS a, ?1 AS b", "one", "two");
    out.named = x("SELECT :a AS a", 1);
    out.dollar = x("SELECT $a AS a", 1);
    out.syntax = x("SELEC 1");
    out.noTable = x("SELECT * FROM nope");
    out.noCol = x("SELECT nope FROM t");
    out.empty = x("");
    out.spaces = x("   ");
    out.comment = x("-- just a comment");
    out.semi = x(";");
    out.multi = x("INSERT INTO t (v) VALUES ('a'); INSERT INTO t (v) VALUES ('b'); SELECT v FROM t ORDER BY v");
    out.multiBind = x("SELECT ? AS a; SELECT ? AS b", 1, 2);
    out.multiTrailing = x("SELECT 1 AS a; SELECT 2 AS b;");
    out.unique = x("INSERT INTO t (v) VALUES ('a')");
    out.notNull = x("INSERT INTO t (v, n) VALUES ('z', NULL)");
    out.typeMismatch = x("INSERT INTO t (id, v) VALUES ('abc', 'q')");
    out.dupCols = te(() => { const c = sql.exec("SELECT 1 AS a, 2 AS a"); return [c.columnNames, c.toArray(), sql.exec("SELECT 1 AS a, 2 AS a").raw().toArray()]; });
    out.colNames = te(() => { const c = sql.exec("SELECT id, v AS vee, n + 1 FROM t ORDER BY id"); return [c.columnNames, c.toArray()]; });
    out.colNamesEmpty = te(() => { const c = sql.exec("SELECT id FROM t WHERE 0"); return [c.columnNames, c.toArray()]; });
    out.colNamesInsert = te(() => sql.exec("INSERT INTO t (v) VALUES ('c')").columnNames);
    out.oneZero = te(() => sql.exec("SELECT * FROM t WHERE 0").one());
    out.oneMany = te(() => sql.exec("SELECT * FROM t").one());
    out.oneInsert = te(() => sql.exec("INSERT INTO t (v) VALUES ('d')").one());
    out.oneRet = te(() => sql.exec("INSERT INTO t (v) VALUES ('e') RETURNING v").one());
    out.oneAfterNext = te(() => { const c = sql.exec("SELECT v FROM t ORDER BY v"); c.next(); return c.one(); });
    out.rawNext = te(() => { const r = sql.exec("SELECT 1 AS a, 'x' AS b").raw(); return [r.next(), r.next()]; });
    out.rawSpread = te(() => [...sql.exec("SELECT v FROM t ORDER BY v LIMIT 2").raw()]);
    out.rawTwice = te(() => { const c = sql.exec("SELECT v FROM t ORDER BY v LIMIT 2"); const a = c.raw(); const b = c.raw(); return [a.next().value, b.next().value, a === b]; });
    out.counts = te(() => { const c = sql.exec("UPDATE t SET n = n + 1"); return [c.rowsRead, c.rowsWritten]; });
    out.countsDel = te(() => { const c = sql.exec("DELETE FROM t WHERE v = 'e'"); return [c.rowsRead, c.rowsWritten]; });
    out.countsSel = te(() => { const c = sql.exec("SELECT * FROM t"); c.toArray(); return [c.rowsRead, c.rowsWritten]; });
    out.iterProto = te(() => { const c = sql.exec("SELECT 1"); return [c[Symbol.iterator]() === c, typeof c.next, Object.prototype.toString.call(c)]; });
    out.begin = x("BEGIN");
    out.beginT = x("BEGIN TRANSACTION");
    out.commit = x("COMMIT");
    out.rollback = x("ROLLBACK");
    out.savepoint = x("SAVEPOINT sp");
    out.release = x("RELEASE sp");
    out.detach = x("DETACH DATABASE main");
    out.pragmaList = {};
    for (const p of ["table_list", "user_version", "journal_mode", "page_size", "page_count", "integrity_check", "quick_check", "foreign_key_check", "index_list(t)", "cache_size", "synchronous", "defer_foreign_keys", "legacy_alter_table", "recursive_triggers", "case_sensitive_like = true", "data_version", "compile_options", "busy_timeout", "schema_version", "optimize"])
      out.pragmaList[p] = te(() => sql.exec("PRAGMA " + p).toArray().length >= 0 ? "ok" : "?");
    out.sqliteMaster = x("SELECT name, type FROM sqlite_master WHERE name NOT LIKE '_cf_%' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    out.dropCf = x("DROP TABLE _cf_KV");
    out.selCf = x("SELECT * FROM _cf_KV");
    out.alterCf = x("ALTER TABLE t RENAME TO _cf_t");
    out.funcs = x("SELECT abs(-1) AS a, upper('x') AS u, instr('abc','b') AS i, printf('%05d', 3) AS p, round(2.5) AS r, unicode('A') AS c, length(randomblob(0)) AS h, iif(1, 'y', 'n') AS f");
    out.math = x("SELECT sqrt(4) AS s, pow(2, 10) AS p, floor(1.5) AS f, ln(1) AS l");
    out.window = x("SELECT v, row_number() OVER (ORDER BY v) AS rn FROM t ORDER BY v");
    out.cte = x("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 3) SELECT i FROM c");
    out.strict = x("CREATE TABLE s (a INTEGER) STRICT");
    out.strictBad = x("INSERT INTO s VALUES ('x')");
    out.load = x("SELECT load_extension('x')");
    out.dbSizeGrows = te(() => { const a = sql.databaseSize; sql.exec("CREATE TABLE big (b)"); sql.exec("INSERT INTO big VALUES (zeroblob(100000))"); return [typeof a, sql.databaseSize > a, sql.databaseSize % 4096]; });
`;

const txns = `
    const sql = ctx.storage.sql;
    sql.exec("CREATE TABLE IF NOT EXISTS t (v)");
    const cnt = () => sql.exec("SELECT count(*) AS n FROM t").one().n;
    out.tsRet = te(() => s.transactionSync(() => 7));
    out.tsThrow = te(() => s.transactionSync(() => { sql.exec("INSERT INTO t VALUES (1)"); throw new RangeError("nope"); }));
    out.afterThrow = cnt();
    out.tsNested = te(() => s.transactionSync(() => { sql.exec("INSERT INTO t VALUES (2)"); try { s.transactionSync(() => { sql.exec("INSERT INTO t VALUES (3)"); throw new Error("inner"); }); } catch (e) { } return cnt(); }));
    out.afterNested = cnt();
    out.tsAsync = te(() => { const r = s.transactionSync(async () => 1); return Object.prototype.toString.call(r); });
    out.tsNoArg = te(() => s.transactionSync());
    out.tsNotFn = te(() => s.transactionSync(5));
    out.tsKv = te(() => { s.transactionSync(() => { s.kv.put("k1", 1); throw new Error("x"); }); });
    out.tsKvAfter = te(() => s.kv.get("k1") ?? null);
    out.tsKvOk = te(() => { s.transactionSync(() => { s.kv.put("k2", { a: 1 }); }); return s.kv.get("k2"); });
    out.txnRollback = await t(async () => s.transaction(async (txn) => { await txn.put("r", 1); txn.rollback(); return await txn.get("r") ?? null; }));
    out.afterRollback = (await s.get("r")) ?? null;
    out.txnThrow = await t(async () => s.transaction(async (txn) => { await txn.put("r2", 1); sql.exec("INSERT INTO t VALUES (9)"); throw new TypeError("tx boom"); }));
    out.afterTxnThrow = [(await s.get("r2")) ?? null, cnt()];
    out.txnShape = await t(async () => s.transaction(async (txn) => Object.getOwnPropertyNames(Object.getPrototypeOf(txn)).sort()));
    out.txnTag = await t(async () => s.transaction(async (txn) => Object.prototype.toString.call(txn)));
    out.txnNested = await t(async () => s.transaction(async (txn) => s.transaction(async (t2) => { await t2.put("nn", 1); return "in"; })));
    out.txnSqlIn = await t(async () => s.transaction(async () => { sql.exec("INSERT INTO t VALUES (10)"); return cnt(); }));
    out.txnDeleteAll = await t(async () => s.transaction(async (txn) => txn.deleteAll()));
    out.txnAlarm = await t(async () => s.transaction(async (txn) => { await txn.setAlarm(Date.now() + 3600000); txn.rollback(); }));
    out.alarmAfterTxnRollback = (await s.getAlarm()) === null;
    out.txnNoArg = await t(() => s.transaction());
    out.txnSyncRet = await t(async () => s.transaction(() => 5));
    out.kvProto = Object.getOwnPropertyNames(Object.getPrototypeOf(s.kv)).sort();
    out.kvTag = Object.prototype.toString.call(s.kv);
    out.kvGetMissing = te(() => s.kv.get("missing") ?? "undef");
    out.kvPutRet = te(() => s.kv.put("a", new Map([[1, 2]])));
    out.kvGetMap = te(() => s.kv.get("a") instanceof Map);
    out.kvDelRet = te(() => [s.kv.delete("a"), s.kv.delete("a")]);
    out.kvGetArr = te(() => s.kv.get(["a", "b"]));
    out.kvPutObj = te(() => s.kv.put({ a: 1 }));
    out.kvDelArr = te(() => s.kv.delete(["a"]));
    for (const k of ["b", "c", "d", "e"]) s.kv.put("l" + k, k);
    out.kvList = te(() => { const l = s.kv.list({ prefix: "l" }); return [Object.prototype.toString.call(l), typeof l.next, [...l]]; });
    out.kvListOpts = te(() => [...s.kv.list({ start: "lc", end: "le", reverse: true })]);
    out.kvListLimit = te(() => [...s.kv.list({ prefix: "l", limit: 2 })]);
    out.kvListStartAfter = te(() => [...s.kv.list({ startAfter: "lc", prefix: "l" })]);
    out.kvListBad = te(() => [...s.kv.list({ limit: 0 })]);
    out.kvListBoth = te(() => [...s.kv.list({ start: "a", startAfter: "b" })]);
    out.kvAsync = [(await s.get("lb")), s.kv.get("lb")];
    await s.put("viaAsync", 5);
    out.kvSeesAsync = s.kv.get("viaAsync");
    out.kvBigVal = te(() => { s.kv.put("bv", "x".repeat(2 * 1024 * 1024 + 10)); return "stored"; });
    out.kvBigKey = te(() => { s.kv.put("k".repeat(2049), 1); return "stored"; });
    out.kvEmptyKey = te(() => { s.kv.put("", 1); return s.kv.get(""); });
    out.kvNoArg = te(() => s.kv.get());
    out.kvPutUndef = te(() => s.kv.put("u", undefined));
    out.kvPutOneArg = te(() => s.kv.put("u"));
    out.kvPutFn = te(() => s.kv.put("f", () => 1));
    out.pitrBookmark = await t(async () => typeof (await s.getCurrentBookmark()));
    out.pitrForTime = await t(async () => typeof (await s.getBookmarkForTime(Date.now())));
    out.pitrForTimeOld = await t(async () => typeof (await s.getBookmarkForTime(0)));
    out.pitrRestore = await t(async () => typeof (await s.onNextSessionRestoreBookmark("abc")));
    out.pitrRestoreReal = await t(async () => typeof (await s.onNextSessionRestoreBookmark(await s.getCurrentBookmark())));
    out.pitrNoArg = await t(() => s.getBookmarkForTime());
    out.pitrBad = await t(() => s.getBookmarkForTime("x"));
`;

const kvTxnsOnKv = `
    out.hasKv = typeof s.kv;
    out.kvGet = te(() => s.kv.get("x"));
    out.tsync = te(() => s.transactionSync(() => 1));
    out.pitr = await t(() => s.getCurrentBookmark());
    out.pitr2 = await t(() => s.getBookmarkForTime(Date.now()));
    out.pitr3 = await t(() => s.onNextSessionRestoreBookmark("x"));
    out.dbSize = te(() => s.sql.databaseSize);
    out.txnRollback = await t(async () => s.transaction(async (txn) => { await txn.put("r", 1); txn.rollback(); return 1; }));
    out.afterRollback = (await s.get("r")) ?? null;
    out.txnThrow = await t(async () => s.transaction(async (txn) => { await txn.put("r2", 1); await txn.delete("r"); throw new TypeError("tx boom"); }));
    out.afterTxnThrow = (await s.get("r2")) ?? null;
    out.txnList = await t(async () => { await s.put({ a: 1, b: 2 }); return s.transaction(async (txn) => { await txn.put("c", 3); await txn.delete("a"); return [...(await txn.list()).entries()]; }); });
    out.txnGetMany = await t(async () => s.transaction(async (txn) => [...(await txn.get(["a", "b", "c"])).entries()]));
    out.txnRollbackTwice = await t(async () => s.transaction(async (txn) => { txn.rollback(); txn.rollback(); return "twice"; }));
    out.txnPutAfterRollback = await t(async () => s.transaction(async (txn) => { txn.rollback(); await txn.put("z", 1); return "put"; }));
    out.afterPutAfterRollback = (await s.get("z")) ?? null;
    out.txnUseAfter = await t(async () => { let keep; await s.transaction(async (txn) => { keep = txn; }); return await keep.get("a"); });
    out.txnGetAlarm = await t(async () => s.transaction(async (txn) => txn.getAlarm()));
    out.txnDeleteAll = await t(async () => s.transaction(async (txn) => txn.deleteAll()));
`;

export default [
  doCase("sql-bind-errors-cursors", "sql.exec bindings of odd types, arity, parse errors, empty statements, multi-statement, constraints, columnNames, one() errors, raw(), counts, transactions statements, pragmas, _cf_ tables, functions, databaseSize", sqlBind, { sql: true }),
  doCase("sql-transactions-sync-kv-pitr", "transactionSync, transaction rollback/throw, ctx.storage.kv sync API, point-in-time recovery methods on a SQLite-backed object", txns, { sql: true }),
  doCase("kv-backed-sync-kv-txn", "sync kv / transactionSync / PITR / databaseSize on a KV-backed object, transaction rollback and throw semantics", kvTxnsOnKv),
];
