// Re-record: copy oracle/defs/_h.mjs and this file (as rpcdo-do.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcdo-do
import { CD, PRELUDE, get, req } from "./_h.mjs";

// one worker exporting class `Obj` (its body `cls`), bound as DO (sql: SQLite-backed); the fetch body fills `out`
const doCase = (name, area, description, cls, body, { sql = false, steps = [get("/")], extra = {}, head = "" } = {}) => ({ name, area, description, options: {
  modules: true, compatibilityDate: CD, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, ...extra,
  script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
${head}
export class Obj extends DurableObject {
${cls}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` }, steps });

const SQL_CLS = `
  run() {
    const sql = this.ctx.storage.sql; const out = {};
    const T = (fn) => { try { const v = fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
    sql.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL, data BLOB)");
    const ins = sql.exec("INSERT INTO t (name, score, data) VALUES (?, ?, ?), (?, ?, ?)", "a", 1.5, new Uint8Array([1, 2]).buffer, "b", 2, null);
    out.insert = { rowsRead: ins.rowsRead, rowsWritten: ins.rowsWritten, columnNames: ins.columnNames, rows: ins.toArray() };
    const c = sql.exec("SELECT id, name, score FROM t ORDER BY id");
    out.cols = c.columnNames;
    out.first = c.next();
    out.rest = [...c];
    out.afterIter = c.next();
    out.toArrayAfter = c.toArray();
    out.counts = [c.rowsRead, c.rowsWritten];
    out.raw = [...sql.exec("SELECT id, name FROM t ORDER BY id").raw()];
    out.rawToArray = sql.exec("SELECT id, name FROM t ORDER BY id").raw().toArray();
    out.rawCols = T(() => { const r = sql.exec("SELECT name AS n, name AS n FROM t").raw(); return { cols: r.columnNames, rows: r.toArray() }; });
    out.dupCols = T(() => sql.exec("SELECT name AS n, score AS n FROM t ORDER BY id").toArray());
    out.oneOk = T(() => sql.exec("SELECT name FROM t WHERE id = 1").one());
    out.oneNone = T(() => sql.exec("SELECT name FROM t WHERE id = 99").one());
    out.oneMany = T(() => sql.exec("SELECT name FROM t").one());
    out.blob = T(() => { const r = sql.exec("SELECT data FROM t WHERE id = 1").one(); return [Object.prototype.toString.call(r.data), [...new Uint8Array(r.data)]]; });
    out.types = T(() => sql.exec("SELECT 1 AS i, 1.25 AS f, 'x' AS s, NULL AS n, x'ff00' AS b, 9007199254740993 AS big").toArray().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v + ":" + (v instanceof ArrayBuffer ? [...new Uint8Array(v)].join(",") : String(v))]))));
    out.bindBool = T(() => sql.exec("SELECT ? AS v", true).one());
    out.bindBigint = T(() => sql.exec("SELECT ? AS v", 5n).one());
    out.bindUndefined = T(() => sql.exec("SELECT ? AS v", undefined).one());
    out.bindObject = T(() => sql.exec("SELECT ? AS v", {}).one());
    out.bindDate = T(() => sql.exec("SELECT ? AS v", new Date(0)).one());
    out.bindView = T(() => { const r = sql.exec("SELECT ? AS v", new Uint8Array([7, 8])).one(); return Object.prototype.toString.call(r.v) + [...new Uint8Array(r.v)]; });
    out.tooFewBinds = T(() => sql.exec("SELECT ?, ?", 1).toArray());
    out.tooManyBinds = T(() => sql.exec("SELECT ?", 1, 2).toArray());
    out.multiStmt = T(() => { const r = sql.exec("INSERT INTO t (name) VALUES ('c'); SELECT count(*) AS n FROM t;"); return { rows: r.toArray(), rw: r.rowsWritten }; });
    out.multiStmtBind = T(() => sql.exec("SELECT ?; SELECT ?", 1, 2).toArray());
    out.emptyStmt = T(() => sql.exec("").toArray());
    out.commentOnly = T(() => sql.exec("-- nothing").toArray());
    out.syntax = T(() => sql.exec("SELEC 1"));
    out.noTable = T(() => sql.exec("SELECT * FROM nope"));
    out.update = T(() => { const r = sql.exec("UPDATE t SET score = score + 1"); r.toArray(); return [r.rowsRead, r.rowsWritten]; });
    out.deleteCounts = T(() => { const r = sql.exec("DELETE FROM t WHERE id = 3"); r.toArray(); return [r.rowsRead, r.rowsWritten]; });
    out.sizeType = typeof sql.databaseSize;
    out.sizePositive = sql.databaseSize > 0;
    out.sizeMultiple = sql.databaseSize % 4096;
    out.lastRowId = T(() => sql.exec("SELECT last_insert_rowid() AS r").one());
    out.returning = T(() => sql.exec("INSERT INTO t (name) VALUES ('r') RETURNING id, name").toArray());
    out.cursorIterSelf = T(() => { const c2 = sql.exec("SELECT 1 AS x"); return [c2[Symbol.iterator]() === c2, typeof c2.next, Object.prototype.toString.call(c2)]; });
    out.generateSeries = T(() => sql.exec("WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < 5) SELECT sum(x) AS s FROM s").one());
    out.jsonFn = T(() => sql.exec("SELECT json_extract('{\\"a\\":[1,2]}', '$.a[1]') AS v").one());
    return out;
  }`;

const STORAGE_CLS = `
  async run() {
    const s = this.ctx.storage; const out = {};
    const T = async (fn) => { try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
    await s.put({ a: 1, b: 2, c: 3, d: 4, e: 5, "": "empty", "a\\u0000b": "nul" });
    out.listStartEnd = await T(async () => [...(await s.list({ start: "b", end: "d" })).keys()]);
    out.listStartAfterEnd = await T(async () => [...(await s.list({ start: "d", end: "b" })).keys()]);
    out.listReverseLimit = await T(async () => [...(await s.list({ reverse: true, limit: 2 })).keys()]);
    out.listPrefixStart = await T(async () => [...(await s.list({ prefix: "a", start: "a\\u0000" })).keys()]);
    out.listStartAfter = await T(async () => [...(await s.list({ startAfter: "b", limit: 2 })).keys()]);
    out.listStartAndStartAfter = await T(async () => [...(await s.list({ start: "a", startAfter: "b" })).keys()]);
    out.listLimit0 = await T(async () => [...(await s.list({ limit: 0 })).keys()]);
    out.listLimitNeg = await T(async () => [...(await s.list({ limit: -1 })).keys()]);
    out.listLimitFloat = await T(async () => [...(await s.list({ limit: 1.7 })).keys()]);
    out.listPrefixEmpty = await T(async () => [...(await s.list({ prefix: "" })).keys()].length);
    out.listReversePrefix = await T(async () => [...(await s.list({ prefix: "a", reverse: true })).keys()]);
    out.listEndOnly = await T(async () => [...(await s.list({ end: "b" })).keys()]);
    out.getDupes = await T(async () => [...(await s.get(["a", "a", "zz", "b"])).entries()]);
    out.getEmptyArray = await T(async () => (await s.get([])).size);
    out.get128 = await T(async () => (await s.get(Array.from({ length: 128 }, (_, i) => "k" + i))).size);
    out.get129 = await T(async () => (await s.get(Array.from({ length: 129 }, (_, i) => "k" + i))).size);
    out.delete129 = await T(async () => s.delete(Array.from({ length: 129 }, (_, i) => "k" + i)));
    out.put128 = await T(async () => s.put(Object.fromEntries(Array.from({ length: 128 }, (_, i) => ["p" + i, i]))));
    out.put129 = await T(async () => s.put(Object.fromEntries(Array.from({ length: 129 }, (_, i) => ["q" + i, i]))));
    out.deleteCount = await T(async () => s.delete(["a", "b", "nope", "a"]));
    out.deleteOne = await T(async () => [await s.delete("c"), await s.delete("c")]);
    out.putUndefined = await T(async () => s.put("u", undefined));
    out.putEntriesUndefined = await T(async () => s.put({ u: undefined }));
    out.putFunction = await T(async () => s.put("f", () => 1));
    out.putSymbolKey = await T(async () => s.put(Symbol("x"), 1));
    out.getNumberKey = await T(async () => { await s.put(5, "five"); return [await s.get(5), await s.get("5")]; });
    out.values = await T(async () => {
      const m = new Map([[1, { x: new Set([1]) }]]); const d = new Date(5); const e = new RangeError("r"); const buf = new Uint16Array([1, 2]);
      await s.put({ m, d, e, buf, neg0: -0, nan: NaN, big: 10n, re: /a/gi, nested: [[[]]] });
      const g = await s.get(["m", "d", "e", "buf", "neg0", "nan", "big", "re", "nested"]);
      return { m: g.get("m") instanceof Map && g.get("m").get(1).x.has(1), d: g.get("d").getTime(), e: [g.get("e").name, g.get("e").message, g.get("e") instanceof RangeError], buf: [g.get("buf").constructor.name, [...g.get("buf")]],
        neg0: Object.is(g.get("neg0"), -0), nan: Number.isNaN(g.get("nan")), big: typeof g.get("big"), re: String(g.get("re")), nested: g.get("nested") };
    });
    out.keyTooLong = await T(async () => s.put("x".repeat(2049), 1));
    out.keyLimit = await T(async () => { await s.put("y".repeat(2048), 1); return (await s.get("y".repeat(2048))); });
    out.txnRollback = await T(async () => { await s.transaction(async (txn) => { await txn.put("t1", 1); txn.rollback(); }); return await s.get("t1") ?? null; });
    out.txnThrow = await T(async () => { try { await s.transaction(async (txn) => { await txn.put("t2", 1); throw new Error("txn boom"); }); } catch (e) { return [e.message, await s.get("t2") ?? null]; } });
    out.txnReturn = await T(async () => s.transaction(async (txn) => { await txn.put("t3", 3); return (await txn.get("t3")) + 1; }));
    out.txnListSeesPut = await T(async () => s.transaction(async (txn) => { await txn.put("t4", 4); return [...(await txn.list({ prefix: "t" })).keys()]; }));
    out.nestedTxn = await T(async () => s.transaction(async (txn) => txn.transaction(async (t2) => { await t2.put("t5", 5); return "nested"; })));
    out.txnDeleteAll = await T(async () => s.transaction(async (txn) => txn.deleteAll()));
    out.sync = await T(async () => s.sync());
    out.deleteAllResult = await T(async () => s.deleteAll());
    out.afterDeleteAll = await T(async () => (await s.list()).size);
    out.getAlarmEmpty = await T(async () => s.getAlarm());
    return out;
  }`;

const IDS_CLS = `
  constructor(ctx, env) { super(ctx, env); this.createdName = ctx.id.name ?? null; }
  info() { const id = this.ctx.id; return { name: id.name ?? null, createdName: this.createdName, str: id.toString().length, hasName: "name" in id, idType: Object.prototype.toString.call(id) }; }
  echo(x) { return x; }
  counter(n) { return new (class extends RpcTarget { constructor() { super(); this.n = n; } inc() { return ++this.n; } })(); }
  async callBack(fn) { return await fn(this.ctx.id.name ?? "unique"); }
  get prop() { return "getter-" + (this.ctx.id.name ?? "u"); }
  fail() { const e = new TypeError("do fail"); e.extra = 1; throw e; }
  async fetch(req) { return new Response("fetch " + (this.ctx.id.name ?? "u") + " " + new URL(req.url).pathname); }`;

export default [
  doCase("rpcdo-do-sql-cursor-details", "durable-objects",
    "SQLite-backed object: cursor iteration, raw(), columnNames, one() errors, value and binding types, multi-statement exec, rowsRead/rowsWritten of writes, databaseSize",
    SQL_CLS, `  out.r = await env.DO.getByName("x").run();`, { sql: true }),
  doCase("rpcdo-do-storage-combos-kv", "durable-objects",
    "KV-backed object storage: list option combinations, get/put/delete of 128+ keys, key length limit, odd values, transactions rolled back/thrown/nested, sync, deleteAll",
    STORAGE_CLS, `  out.r = await env.DO.getByName("x").run();`),
  doCase("rpcdo-do-storage-combos-sql", "durable-objects",
    "SQLite-backed object storage: list option combinations, get/put/delete of 128+ keys, key length limit, odd values, transactions rolled back/thrown/nested, sync, deleteAll",
    STORAGE_CLS, `  out.r = await env.DO.getByName("x").run();`, { sql: true }),
  doCase("rpcdo-do-ids-and-rpc", "durable-objects",
    "ids from getByName/idFromName/newUniqueId/idFromString seen in the object, RPC targets, callbacks, getters and errors through Durable Object stubs",
    IDS_CLS, `
  const ns = env.DO;
  out.byName = await t(() => ns.getByName("alpha").info());
  out.fromName = await t(() => ns.get(ns.idFromName("alpha")).info());
  out.unique = await t(() => ns.get(ns.newUniqueId()).info());
  out.fromString = await t(() => ns.get(ns.idFromString(ns.idFromName("alpha").toString())).info());
  out.stubName = [ns.getByName("alpha").name ?? null, ns.get(ns.idFromName("alpha")).name ?? null, ns.get(ns.newUniqueId()).name ?? null];
  out.stubIdName = [ns.getByName("alpha").id.name ?? null, ns.get(ns.idFromString(ns.idFromName("alpha").toString())).id.name ?? null];
  out.equals = [ns.idFromName("a").equals(ns.idFromName("a")), ns.idFromName("a").equals(ns.idFromName("b")), ns.idFromName("a") === ns.idFromName("a"), ns.idFromName("a").toString() === ns.idFromName("a").toString()];
  out.idFromStringBad = await t(() => ns.idFromString("zz"));
  out.idFromStringUpper = await t(() => ns.idFromString(ns.idFromName("a").toString().toUpperCase()).toString() === ns.idFromName("a").toString());
  out.idFromStringShort = await t(() => ns.idFromString("0".repeat(63)));
  out.idFromStringOther = await t(() => ns.idFromString("0".repeat(64)));
  out.uniqueJurisdiction = await t(() => ns.newUniqueId({ jurisdiction: "eu" }).toString().length);
  out.uniqueBadJurisdiction = await t(() => ns.newUniqueId({ jurisdiction: "mars" }));
  out.jurisdictionName = await t(() => ns.jurisdiction("eu").idFromName("a").toString() === ns.idFromName("a").toString());
  out.jurisdictionBad = await t(() => ns.jurisdiction("mars"));
  out.echo = await t(() => ns.getByName("alpha").echo({ a: [1, new Map([[1, 2]])] }));
  out.counter = await t(() => ns.getByName("alpha").counter(5).inc());
  out.callBack = await t(() => ns.getByName("beta").callBack((n) => "called with " + n));
  out.prop = await t(() => ns.getByName("gamma").prop);
  out.fail = await t(async () => { try { await ns.getByName("alpha").fail(); } catch (e) { return [e.name, e.message, e.extra ?? null, e instanceof TypeError]; } });
  out.missing = await t(() => ns.getByName("alpha").nope());
  out.fetch = await t(async () => (await ns.getByName("delta").fetch("http://x/p")).text());
  out.stubToString = Object.prototype.toString.call(ns.getByName("alpha"));
  out.nsToString = Object.prototype.toString.call(ns);
  out.idToString = Object.prototype.toString.call(ns.idFromName("a"));
  out.idJson = JSON.stringify(ns.idFromName("a")) === JSON.stringify(ns.idFromName("a").toString());
  out.idKeys = Object.keys(ns.idFromName("a"));
  out.getByNameEmpty = await t(() => ns.getByName("").info());
`),
];
