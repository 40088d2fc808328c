// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-   (first copy to D as dostore-do11.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";
const script = `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const sql = this.ctx.storage.sql; const out = {};
    const x = (q) => { try { sql.exec(q).toArray(); return "ok"; } catch (e) { return e.message; } };
    sql.exec("CREATE TABLE t (a, b)");
    for (const f of ["sqlite_version()", "sqlite_source_id()", "sqlite_compileoption_used('THREADSAFE')", "sqlite_compileoption_get(0)", "sqlite_offset(a)", "load_extension('x')",
      "random()", "randomblob(2)", "changes()", "total_changes()", "last_insert_rowid()", "likely(1)", "unlikely(1)", "likelihood(1, 0.5)", "typeof(1)", "quote('a')", "soundex('a')",
      "zeroblob(1)", "printf('%d', 1)", "format('%d', 1)", "char(65)", "glob('a', 'a')", "like('a', 'a')", "trim(' a ')", "ltrim('a')", "replace('a','a','b')", "substr('abc', 2)", "substring('abc', 2)",
      "coalesce(null, 1)", "ifnull(null, 1)", "nullif(1, 1)", "min(1, 2)", "max(1, 2)", "hex('a')", "unhex('61')", "lower('A')", "length('a')", "octet_length('a')", "instr('a','a')",
      "json('{}')", "json_array(1)", "json_valid('{}')", "jsonb('{}')", "json_quote(1)", "json_type('{}')", "json_insert('{}', '$.a', 1)", "json_group_array(1)",
      "date('now') IS NOT NULL", "time('now') IS NOT NULL", "datetime('now') IS NOT NULL", "julianday('now') IS NOT NULL", "unixepoch() > 0", "strftime('%s', 'now') IS NOT NULL", "timediff('2020-01-02', '2020-01-01')",
      "sqrt(4)", "exp(1)", "log(10)", "log2(8)", "log10(100)", "pi()", "sin(0)", "atan2(1, 1)", "mod(5, 3)", "ceil(1.2)", "trunc(1.5)", "sign(-1)", "degrees(1)",
      "count(*)", "sum(1)", "total(1)", "avg(1)", "group_concat('a')", "string_agg('a', ',')", "concat('a', 'b')", "concat_ws(',', 'a', 'b')", "iif(1, 2, 3)", "abs(-1)", "round(1.5)", "upper('a')", "rtrim('a ')",
      "fts5(1)", "highlight(1)", "bm25(1)", "snippet(1)", "matchinfo(1)", "offsets(1)", "sqlite_dbpage(1)", "rtreecheck('x')", "fts3_tokenizer('simple')", "readfile('x')", "writefile('x', 1)", "edit('x')", "sha3('x')", "decimal('1')", "uuid()", "regexp('a','a')", "median(1)", "percentile(1, 50)"])
      out[f] = x("SELECT " + f + " AS r");
    out.tvfPragma = x("SELECT * FROM pragma_table_info('t')");
    out.tvfJsonEach = x("SELECT * FROM json_each('[1]')");
    out.tvfJsonTree = x("SELECT * FROM json_tree('[1]')");
    out.tvfSeries = x("SELECT * FROM generate_series(1, 3)");
    out.tvfDbstat = x("SELECT * FROM dbstat");
    out.sqliteSchema = x("SELECT * FROM sqlite_schema");
    out.sqliteTempMaster = x("SELECT * FROM sqlite_temp_master");
    out.createTemp = x("CREATE TEMP TABLE tt (a)");
    out.rtree = x("CREATE VIRTUAL TABLE rt USING rtree(id, minX, maxX)");
    out.fts4 = x("CREATE VIRTUAL TABLE f4 USING fts4(body)");
    out.fts5 = x("CREATE VIRTUAL TABLE f5 USING fts5(body)");
    out.fts5Match = (() => { try { sql.exec("INSERT INTO f5 VALUES ('hello world')"); return sql.exec("SELECT highlight(f5, 0, '[', ']') AS h, bm25(f5) < 0 AS s FROM f5 WHERE f5 MATCH 'hello'").toArray(); } catch (e) { return e.message; } })();
    out.funcInWhere = x("SELECT a FROM t WHERE sqlite_version() = '1'");
    out.nameInString = x("SELECT 'sqlite_version()' AS s");
    out.colNamedLikeFn = x("SELECT a AS sqlite_version FROM t");
    out.upperCaseFn = x("SELECT SQLITE_VERSION() AS v");
    out.trigger = (() => { try { sql.exec("CREATE TABLE tg (v); CREATE TABLE tl (v); CREATE TRIGGER tr AFTER INSERT ON tg BEGIN INSERT INTO tl VALUES (new.v); INSERT INTO tl VALUES (new.v * 10); END; INSERT INTO tg VALUES (2)"); return sql.exec("SELECT v FROM tl ORDER BY v").toArray(); } catch (e) { return e.message; } })();
    out.triggerCase = (() => { try { sql.exec("CREATE TRIGGER tr2 AFTER DELETE ON tg BEGIN SELECT CASE WHEN old.v > 0 THEN 1 END; END"); return "ok"; } catch (e) { return e.message; } })();
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.getByName("f").fetch(req); } };`;
export default [
  { name: "dostore-sql-functions-authorizer", area: "durable-objects", description: "which SQL functions, table-valued functions and virtual tables workerd's authorizer allows in a SQLite-backed object; triggers with bodies", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script }, steps: [get("/")] },
];
