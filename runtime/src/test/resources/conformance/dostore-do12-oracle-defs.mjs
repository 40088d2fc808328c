// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-   (first copy to D as dostore-do12.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";
const script = `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
const E = (e) => ({ name: e?.name, message: e?.message });
const te = (fn) => { try { const v = fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: E(e) }; } };
export class Obj extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    this.ctorAlarm = null;
    ctx.blockConcurrencyWhile(async () => { this.ctorAlarm = await ctx.storage.getAlarm(); });
  }
  async alarm() {}
  async fetch(req) {
    const sql = this.ctx.storage.sql; const s = this.ctx.storage; const out = {};
    const op = new URL(req.url).searchParams.get("p");
    if (op === "setup") {
    sql.exec("CREATE TABLE t (v)");
    sql.exec("INSERT INTO t VALUES (1), (2)");
    }
    switch (op) {
      case "lazySee": {
    out.lazySee = te(() => { const c = sql.exec("SELECT v FROM t ORDER BY v"); sql.exec("INSERT INTO t VALUES (3)"); return c.toArray(); });
        break; }
      case "lazyAfterFirst": {
    out.lazyAfterFirst = te(() => { const c = sql.exec("SELECT v FROM t ORDER BY v"); const first = c.next().value; sql.exec("INSERT INTO t VALUES (4)"); return [first, c.toArray()]; });
        break; }
      case "unconsumedInsert": {
    out.unconsumedInsert = te(() => { sql.exec("INSERT INTO t VALUES (10), (11), (12) RETURNING v"); return sql.exec("SELECT count(*) AS n FROM t WHERE v >= 10").one().n; });
        break; }
      case "partialReturning": {
    out.partialReturning = te(() => { const c = sql.exec("INSERT INTO t VALUES (20), (21), (22) RETURNING v"); c.next(); return [sql.exec("SELECT count(*) AS n FROM t WHERE v >= 20").one().n, c.rowsWritten]; });
        break; }
      case "unconsumedUpdate": {
    out.unconsumedUpdate = te(() => { sql.exec("UPDATE t SET v = v + 100 WHERE v < 5"); return sql.exec("SELECT count(*) AS n FROM t WHERE v > 100").one().n; });
        break; }
      case "countsLazy": {
    out.countsLazy = te(() => { const c = sql.exec("SELECT v FROM t"); const before = [c.rowsRead, c.rowsWritten]; c.toArray(); return [before, c.rowsRead]; });
        break; }
      case "errorMidway": {
    out.errorMidway = te(() => { sql.exec("CREATE TABLE u (v UNIQUE)"); try { sql.exec("INSERT INTO u VALUES (1); INSERT INTO u VALUES (1); INSERT INTO u VALUES (2)"); } catch (e) { return [e.message, sql.exec("SELECT v FROM u").toArray()]; } });
        break; }
      case "kvUndefined": {
    out.kvUndefined = await t(async () => { s.kv.put("ku", undefined); return [s.kv.get("ku") === undefined, (await s.get("ku")) === undefined, (await s.list({ prefix: "ku" })).size, [...(await s.list({ prefix: "ku" })).values()].map((v) => typeof v)]; });
        break; }
      case "kvAndSqlShare": {
    out.kvAndSqlShare = te(() => { s.kv.put("shared", 1); return sql.exec("SELECT count(*) AS n FROM sqlite_master WHERE name = '_cf_KV'").toArray(); });
        break; }
      case "ctorAlarm": {
    out.ctorAlarm = this.ctorAlarm;
        break; }
      case "setAlarmSql": {
    out.setAlarmSql = await t(async () => { await s.setAlarm(Date.now() + 3600000); return typeof (await s.getAlarm()); });
        break; }
      case "txnConcurrent": {
    out.txnConcurrent = await t(async () => {
      const order = [];
      const a = s.transaction(async (tx) => { order.push("a1"); await tx.put("ta", 1); await scheduler.wait(5); order.push("a2"); });
      const b = s.transaction(async (tx) => { order.push("b1"); await tx.put("tb", 1); order.push("b2"); });
      await Promise.all([a, b]);
      return order;
    });
        break; }
      case "syncInsideTxnAsync": {
    out.syncInsideTxnAsync = await t(async () => s.transaction(async () => s.transactionSync(() => { sql.exec("INSERT INTO t VALUES (99)"); return "nested-ok"; })));
        break; }
      case "txnSqlRollback": {
    out.txnSqlRollback = await t(async () => { await s.transaction(async (tx) => { sql.exec("INSERT INTO t VALUES (555)"); tx.rollback(); }); return sql.exec("SELECT count(*) AS n FROM t WHERE v = 555").one().n; });
        break; }
      case "txnKvSyncRollback": {
    out.txnKvSyncRollback = await t(async () => { await s.transaction(async (tx) => { s.kv.put("inTx", 1); tx.rollback(); }); return s.kv.get("inTx") ?? null; });
        break; }
      case "tsyncPutAsync": {
    out.tsyncPutAsync = await t(async () => { try { s.transactionSync(() => { s.put("tsp", 1); throw new Error("x"); }); } catch {} return (await s.get("tsp")) ?? null; });

        break; }
    }
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.getByName("z").fetch(req); } };`;
export default [
  { name: "dostore-sql-cursor-laziness-txn-mix", area: "durable-objects", description: "SQL cursors against later writes, unconsumed writes, partial RETURNING, errors midway in a script, sync KV undefined values, transactions mixing SQL, sync KV and async storage", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script }, steps: [get("/?p=setup"), get("/?p=lazySee"), get("/?p=lazyAfterFirst"), get("/?p=unconsumedUpdate"), get("/?p=countsLazy"), get("/?p=errorMidway"), get("/?p=kvUndefined"), get("/?p=kvAndSqlShare"), get("/?p=ctorAlarm"), get("/?p=setAlarmSql"), get("/?p=syncInsideTxnAsync"), get("/?p=txnSqlRollback"), get("/?p=txnKvSyncRollback"), get("/?p=tsyncPutAsync")] },
];
