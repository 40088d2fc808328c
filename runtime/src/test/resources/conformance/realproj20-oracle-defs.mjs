// Re-record: copy oracle/defs/_h.mjs and this file (as realproj20.mjs) into a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-rp20-
import { CD, PRELUDE, get } from "./_h.mjs";
const script = `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  alarm() {}
  async fetch(req) {
    const s = this.ctx.storage; const sql = s.sql; const out = [];
    const size = (label) => out.push([label, sql.databaseSize]);
    size("fresh");
    const mode = new URL(req.url).pathname;
    if (mode === "/get") { await s.get("missing"); size("afterGet"); }
    if (mode === "/txn") {
      await s.get("k"); size("afterGet");
      await s.transaction(async () => { sql.exec("SELECT * FROM sqlite_master").toArray(); await s.put("k", 1); });
      size("afterTxnPut");
    }
    if (mode === "/put") { await s.put("k", 1); size("afterPut"); await s.put({ a: 1, b: 2 }); size("afterPutMany"); await s.delete("k"); size("afterDelete"); }
    if (mode === "/alarm") { await s.setAlarm(Date.now() + 60000); size("afterSetAlarm"); await s.deleteAlarm(); size("afterDeleteAlarm"); }
    if (mode === "/tables") {
      sql.exec("CREATE TABLE users(name TEXT PRIMARY KEY, age INTEGER)"); size("afterTableWithPk");
      sql.exec("CREATE TABLE plain(v TEXT)"); size("afterPlainTable");
      sql.exec("CREATE INDEX plain_v ON plain(v)"); size("afterIndex");
    }
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.get(env.OBJ.newUniqueId()).fetch(req); } };`;
const opts = { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script };
export default [
  { name: "dostore-rp20-database-size-after-kv-and-sql", area: "durable-objects",
    description: "SQLite-backed object: databaseSize (pages of 4096 bytes) fresh, after a KV get of a missing key, a transaction with a KV put, puts and a delete, tables with and without a primary key and an index",
    options: opts, steps: [get("/get"), get("/txn"), get("/put"), get("/tables")] },
];
