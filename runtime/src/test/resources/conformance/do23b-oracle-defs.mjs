// Re-record: copy oracle/defs/_h.mjs and this file (as do23b.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do23-
import { CD, PRELUDE, get } from "./_h.mjs";
const HEAD = `
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
`;
const doCase = (name, description, script, { date = CD, sql = false, steps = [get("/")], area = "durable-objects" } = {}) => ({
  name, area, description,
  options: { modules: true, compatibilityDate: date, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});

const CURSOR = `
export class Obj extends DurableObject {
  run() {
    const sql = this.ctx.storage.sql; const out = {};
    sql.exec("CREATE TABLE t (a, b)"); sql.exec("INSERT INTO t VALUES (1, 'x'), (2, 'y'), (3, 'z')");
    const c = sql.exec("SELECT * FROM t ORDER BY a");
    out.iterSelf = c[Symbol.iterator]() === c;
    out.proto = Object.getOwnPropertyNames(Object.getPrototypeOf(c)).sort();
    out.first = c.next();
    out.colsMid = c.columnNames;
    out.writtenMid = c.rowsWritten;
    out.rawRest = T(() => [...c.raw()]);
    out.afterRaw = c.next();
    out.toArrayAfter = T(() => c.toArray());
    out.oneAfter = T(() => c.one());
    const c2 = sql.exec("SELECT a FROM t ORDER BY a");
    const r = c2.raw(); out.rawSelf = [r === c2, typeof r.next, r[Symbol.iterator]() === r];
    out.rawNext = r.next(); out.objNextAfterRaw = c2.next(); out.rawArr = T(() => r.toArray());
    const c3 = sql.exec("SELECT a FROM t ORDER BY a LIMIT 1");
    out.one3 = T(() => c3.one()); out.one3again = T(() => c3.one()); out.next3 = c3.next();
    const c4 = sql.exec("SELECT a, a, b AS a FROM t LIMIT 1");
    out.dupCols = [c4.columnNames, T(() => c4.one())];
    const c5 = sql.exec("SELECT a, a, b AS a FROM t LIMIT 1");
    out.dupColsRaw = T(() => c5.raw().toArray());
    const c6 = sql.exec("UPDATE t SET b = 'w' WHERE a > 1");
    out.updCols = [c6.columnNames, c6.rowsWritten, T(() => c6.toArray()), c6.rowsWritten];
    const c7 = sql.exec("UPDATE t SET b = 'v' WHERE a > 1 RETURNING a");
    out.retBefore = c7.rowsWritten; out.ret = c7.toArray(); out.retAfter = c7.rowsWritten;
    out.forOf = (() => { const seen = []; for (const row of sql.exec("SELECT a FROM t ORDER BY a")) { seen.push(row.a); if (row.a === 2) break; } return seen; })();
    out.spreadTwice = (() => { const c8 = sql.exec("SELECT a FROM t ORDER BY a"); return [[...c8].length, [...c8].length]; })();
    out.nextArgs = (() => { const c9 = sql.exec("SELECT a FROM t ORDER BY a"); return [c9.next(5), typeof c9.return, typeof c9.throw]; })();
    return out;
  }
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("c").run()); } };`;

const ORDER = `
export class Obj extends DurableObject {
  log = [];
  async slowStorage(tag) { this.log.push(tag + ":start"); const v = (await this.ctx.storage.get("n")) ?? 0; this.log.push(tag + ":got" + v); await this.ctx.storage.put("n", v + 1); this.log.push(tag + ":put"); return v; }
  async slowTimer(tag) { this.log.push(tag + ":start"); await new Promise((r) => setTimeout(r, 5)); this.log.push(tag + ":timer"); return tag; }
  async micro(tag) { this.log.push(tag + ":start"); await null; await Promise.resolve(); this.log.push(tag + ":micro"); return tag; }
  async bcw(tag) { this.log.push(tag + ":start"); await this.ctx.blockConcurrencyWhile(async () => { await new Promise((r) => setTimeout(r, 5)); this.log.push(tag + ":inBcw"); }); this.log.push(tag + ":afterBcw"); return tag; }
  getLog() { const l = this.log; this.log = []; return l; }
  count() { return this.ctx.storage.get("n"); }
}
export default { async fetch(req, env) {
  const s = env.DO.getByName("o"); const out = {};
  out.storage = await Promise.all([s.slowStorage("a"), s.slowStorage("b"), s.slowStorage("c")]);
  out.storageLog = await s.getLog(); out.n = await s.count();
  out.mixed = await Promise.all([s.slowTimer("t1"), s.micro("m1"), s.slowStorage("s1"), s.micro("m2")]);
  out.mixedLog = await s.getLog();
  out.bcw = await Promise.all([s.micro("m0"), s.bcw("b1"), s.micro("m3"), s.slowTimer("t2")]);
  out.bcwLog = await s.getLog();
  return Response.json(out);
} };`;

const TXSYNC = `
export class Obj extends DurableObject {
  async run() {
    const st = this.ctx.storage; const sql = st.sql; const out = {};
    sql.exec("CREATE TABLE t (a)");
    out.ret = T(() => st.transactionSync(() => { sql.exec("INSERT INTO t VALUES (1)"); return { r: 1 }; }));
    out.asyncFn = await TA(async () => { const p = st.transactionSync(async () => { sql.exec("INSERT INTO t VALUES (2)"); return 2; }); return [p instanceof Promise, await p]; });
    out.throwStr = T(() => st.transactionSync(() => { sql.exec("INSERT INTO t VALUES (3)"); throw "str"; }));
    out.nested = T(() => st.transactionSync(() => { sql.exec("INSERT INTO t VALUES (4)"); try { st.transactionSync(() => { sql.exec("INSERT INTO t VALUES (5)"); throw new Error("inner"); }); } catch (e) { return ["caught", e.message]; } }));
    out.kvInside = await TA(async () => { const r = st.transactionSync(() => st.kv.put("k", 1)); return [r ?? null, st.kv.get("k")]; });
    out.kvThrow = await TA(async () => { try { st.transactionSync(() => { st.kv.put("k", 2); throw new Error("roll"); }); } catch (e) { } return st.kv.get("k"); });
    out.asyncPut = await TA(async () => { try { st.transactionSync(() => { st.put("k", 3); throw new Error("roll2"); }); } catch (e) { } return st.get("k"); });
    out.alarmInside = await TA(async () => { try { st.transactionSync(() => { st.setAlarm(Date.now() + 100000); throw new Error("roll3"); }); } catch (e) { } return (await st.getAlarm()) === null; });
    out.rows = sql.exec("SELECT a FROM t ORDER BY a").toArray().map((r) => r.a);
    out.args = T(() => st.transactionSync());
    return out;
  }
  alarm() {}
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("x").run()); } };`;

const BATCH = `
export class Obj extends DurableObject {
  async run() {
    const s = this.ctx.storage; const out = {};
    const keys = (n, p = "k") => Array.from({ length: n }, (_, i) => p + String(i).padStart(4, "0"));
    const entries = (n) => Object.fromEntries(keys(n).map((k, i) => [k, i]));
    out.put128 = await TA(async () => { await s.put(entries(128)); return "ok"; });
    out.put129 = await TA(async () => { await s.put(entries(129)); return "ok"; });
    out.get128 = await TA(async () => (await s.get(keys(128))).size);
    out.get129 = await TA(async () => (await s.get(keys(129))).size);
    out.del129 = await TA(async () => s.delete(keys(129)));
    out.del128 = await TA(async () => s.delete(keys(128)));
    out.emptyGet = await TA(async () => (await s.get([])).size);
    out.emptyDel = await TA(async () => s.delete([]));
    out.emptyPut = await TA(async () => { await s.put({}); return "ok"; });
    for (let i = 0; i < 5; i++) await s.put(entries(100).constructor === Object ? Object.fromEntries(keys(100, "p" + i).map((k) => [k, i])) : {});
    out.listAll = (await s.list()).size;
    out.pages = await TA(async () => { const seen = []; let after; for (;;) { const m = await s.list({ limit: 150, startAfter: after }); if (!m.size) break; seen.push(m.size); after = [...m.keys()].pop(); } return seen; });
    out.dupKeysGet = await TA(async () => [...(await s.get(["p00000", "p00000", "p10001"])).keys()]);
    out.dupKeysDel = await TA(async () => s.delete(["p00000", "p00000"]));
    out.nonStringKeys = await TA(async () => { await s.put({ 1: "one" }); return [...(await s.get([1, "1", true])).keys()]; });
    out.objKeyGet = await TA(async () => s.get({ toString() { return "p10002"; } }));
    out.numKey = await TA(async () => { await s.put(5, "five"); return [await s.get("5"), await s.get(5)]; });
    return out;
  }
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("b").run()); } };`;

export default [
  doCase("do23-sql-cursor-protocol", "SQLite storage: a cursor as an iterator (next(), Symbol.iterator, raw() sharing its position, one() and toArray() after partial reads, duplicate column names, rowsWritten before and after reading, break in for-of)", CURSOR, { sql: true }),
  doCase("do23-input-gate-ordering", "concurrent RPC calls into one object: storage reads and writes under the input gate, timers and microtasks interleaving, blockConcurrencyWhile holding later calls", ORDER),
  doCase("do23-transaction-sync-edges", "transactionSync: return values, an async callback, throwing a string, nested rollback, sync and async KV writes, alarms rolled back, no argument", TXSYNC, { sql: true }),
  doCase("do23-storage-batch-limits-kv", "KV-backed storage: put/get/delete of 128 and 129 keys, empty batches, pages of list(), duplicate and non-string keys", BATCH),
  doCase("do23-storage-batch-limits-sql", "SQLite-backed storage: put/get/delete of 128 and 129 keys, empty batches, pages of list(), duplicate and non-string keys", BATCH, { sql: true }),
];
