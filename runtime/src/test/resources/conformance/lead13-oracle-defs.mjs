// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs lead13-   (first copy to D as lead13-dosql.mjs)
import { CD, get } from "./_h.mjs";
const calls = ["power(2, 3)", "ceiling(1.2)", "log10(100)", "subtype(1)", "json_pretty('{}')", "json_error_position('{')",
  "sqlite_log(1, 'x')", "reverse('ab')", "mode(1)", "variance(1)", "unistr('a')", "json_array_insert('[]', '$[0]', 1)",
  "iif(1, 2)", "iif(1, 2, 3)", "median(1)", "fts5_source_id()", "sqlite_version()", "abs(-1)", "pow(2, 3)", "ceil(1.2)",
  "log(100)", "json('{}')", "unhex('41')", "octet_length('a')", "concat('a', 'b')", "format('%d', 1)", "timediff('2024-01-01', '2023-01-01')"];
const tables = ["jsonb_each('[1]')", "json_each('[1]')", "fts3tokenize", "fts4aux", "dbstat", "pragma_table_list"];
const script = `
import { DurableObject } from "cloudflare:workers";
const run = (fn) => { try { return { ok: fn() }; } catch (e) { return { error: e.message }; } };
export class Obj extends DurableObject {
  async fetch() {
    const sql = this.ctx.storage.sql;
    const out = {};
    for (const c of ${JSON.stringify(calls)}) out[c] = run(() => sql.exec("SELECT " + c + " AS v").one().v);
    for (const t of ${JSON.stringify(tables)}) out["FROM " + t] = run(() => sql.exec("SELECT count(*) AS n FROM " + t).one().n >= 0);
    out.fts5vocab = run(() => { sql.exec("CREATE VIRTUAL TABLE f USING fts5(x)"); sql.exec("CREATE VIRTUAL TABLE fv USING fts5vocab(f, 'row')"); return "created"; });
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.getByName("z").fetch(req); } };`;
export default [
  { name: "lead13-do-sql-functions-as-d1", area: "durable-objects", description: "SQL functions and eponymous tables in a SQLite-backed Durable Object: the same authorizer and SQLite build as D1's (refused, missing, fixed arity)", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script }, steps: [get("/")] },
];
