// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-   (first copy to D as dostore-do14.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";
const script = `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
const E = (e) => ({ name: e?.name, message: e?.message });
const te = (fn) => { try { const v = fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: E(e) }; } };
export class Obj extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    this.sizes = {};
    this.sizes.fresh = ctx.storage.sql.databaseSize;
    ctx.blockConcurrencyWhile(async () => { ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS m (id INTEGER PRIMARY KEY, v TEXT)"); });
  }
  async fetch(req) {
    const sql = this.ctx.storage.sql; const s = this.ctx.storage; const out = { sizes: this.sizes };
    out.sizes.afterTable = sql.databaseSize;
    await s.put("k", "v");
    out.sizes.afterPut = sql.databaseSize;
    const q = (...a) => te(() => { const c = sql.exec(...a); const r = c.toArray(); return [r.length, c.rowsWritten]; });
    out.str1m = q("INSERT INTO m (v) VALUES (?)", "x".repeat(1000000));
    out.str2m = q("INSERT INTO m (v) VALUES (?)", "x".repeat(2 * 1024 * 1024));
    out.str3m = q("INSERT INTO m (v) VALUES (?)", "x".repeat(3 * 1024 * 1024));
    out.blob3m = q("INSERT INTO m (v) VALUES (?)", new Uint8Array(3 * 1024 * 1024));
    out.zeroblob3m = q("SELECT length(zeroblob(3000000)) AS n");
    out.zeroblob1g = q("SELECT length(zeroblob(1100000000)) AS n");
    out.params100 = q("SELECT " + Array.from({ length: 100 }, () => "?").join(",") , ...Array.from({ length: 100 }, (_, i) => i));
    out.params101 = q("SELECT " + Array.from({ length: 101 }, () => "?").join(",") , ...Array.from({ length: 101 }, (_, i) => i));
    out.params1000 = q("SELECT " + Array.from({ length: 1000 }, () => "?").join(",") , ...Array.from({ length: 1000 }, (_, i) => i));
    out.stmt100k = q("SELECT '" + "x".repeat(100000) + "' AS s");
    out.stmt110k = q("SELECT '" + "x".repeat(110000) + "' AS s");
    out.stmt1m = q("SELECT '" + "x".repeat(1000000) + "' AS s");
    out.cols = q("SELECT " + Array.from({ length: 200 }, (_, i) => i + " AS c" + i).join(","));
    out.cols2001 = q("SELECT " + Array.from({ length: 2001 }, (_, i) => i).join(","));
    out.deepExpr = q("SELECT " + "(".repeat(1100) + "1" + ")".repeat(1100));
    out.like = q("SELECT ? LIKE ? AS r", "a".repeat(10), "%".repeat(60000));
    out.compound = q(Array.from({ length: 600 }, (_, i) => "SELECT " + i).join(" UNION ALL "));
    out.sizes.end = sql.databaseSize > out.sizes.afterPut;
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.getByName("lim").fetch(req); } };`;
export default [
  { name: "dostore-sql-limits-sizes", area: "durable-objects", description: "SQLite-backed object limits: databaseSize of a fresh object, string/blob sizes, bound parameters, statement length, columns, expression depth, compound selects", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script }, steps: [get("/")] },
];
