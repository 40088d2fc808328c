// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs realproj19-   (first copy to D as realproj19.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";

const script = (body) => `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  alarm() {}
  async fetch(req) {
    const s = this.ctx.storage; const sql = s.sql; const out = {};
    const size = () => sql.databaseSize;
${body}
    return Response.json(out);
  }
}
export default { async fetch(req, env) { const name = new URL(req.url).pathname.slice(1); return env.OBJ.get(env.OBJ.idFromName(name)).fetch(req); } };`;

const c = (name, description, body) => ({
  name: "realproj19-sql-" + name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script: script(body) },
  steps: [get("/a"), get("/a")],
});

export default [
  c("database-size-growth", "sql.databaseSize of a fresh SQLite object, after a KV put, a SELECT on sqlite_master, tables with and without indexes, rows and an alarm", `
    out.fresh = size();
    await s.put("k", 1); out.afterPut = size();
    sql.exec("SELECT * FROM sqlite_master"); out.afterSelect = size();
    sql.exec("CREATE TABLE IF NOT EXISTS a (v INTEGER)"); out.afterTable = size();
    sql.exec("CREATE TABLE IF NOT EXISTS b (name TEXT PRIMARY KEY, age INTEGER)"); out.afterPkTable = size();
    sql.exec("INSERT INTO a VALUES (1)"); out.afterRow = size();
    await s.setAlarm(Date.now() + 600000); out.afterAlarm = size();
  `),
  c("database-size-sql-only", "sql.databaseSize when only SQL is used (no KV put): fresh, then one table", `
    out.fresh = size();
    sql.exec("CREATE TABLE IF NOT EXISTS t (v)"); out.afterTable = size();
  `),
  c("database-size-after-drop-and-delete-all", "sql.databaseSize after DROP TABLE of a table with rows, and after storage.deleteAll() of an object with tables, KV pairs and an alarm", `
    sql.exec("CREATE TABLE IF NOT EXISTS big (name TEXT PRIMARY KEY, b BLOB)");
    sql.exec("INSERT INTO big VALUES ('x', zeroblob(20000))");
    out.withRows = size();
    sql.exec("DROP TABLE big"); out.afterDrop = size();
    sql.exec("CREATE TABLE IF NOT EXISTS c (v)"); await s.put("k", 1); await s.setAlarm(Date.now() + 600000);
    out.beforeDeleteAll = size();
    await s.deleteAll(); out.afterDeleteAll = size();
  `),
];
