// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D (this file as realproj9.mjs), then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs realproj9
import { CD, PRELUDE, get } from "./_h.mjs";
const script = (body) => `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
const E = (e) => ({ name: e?.name, message: e?.message });
const te = (fn) => { try { const v = fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: E(e) }; } };
export class Obj extends DurableObject {
  async fetch(req) {
    const sql = this.ctx.storage.sql; const out = {};
    const q = (...a) => te(() => { const c = sql.exec(...a); const r = c.toArray(); return { n: r.length, read: c.rowsRead, written: c.rowsWritten }; });
    const lazy = (...a) => te(() => { const c = sql.exec(...a); return { read: c.rowsRead, written: c.rowsWritten }; });
${body}
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.getByName(new URL(req.url).pathname).fetch(req); } };`;
const c = (name, description, body) => ({ name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script: script(body) }, steps: [get("/a")] });
export default [
  c("realproj9-sql-ddl-row-counts", "rowsRead/rowsWritten of DDL statements (CREATE/DROP TABLE, INDEX, VIEW, ALTER, IF NOT EXISTS) on a SQLite-backed object", `
    out.create1 = q("CREATE TABLE users(name TEXT PRIMARY KEY, age INTEGER)");
    out.create2 = q("CREATE TABLE IF NOT EXISTS acts (kind TEXT, user TEXT, PRIMARY KEY (user, kind))");
    out.createExists = q("CREATE TABLE IF NOT EXISTS acts (kind TEXT)");
    out.createPlain = q("CREATE TABLE plain (a, b, c)");
    out.createAuto = q("CREATE TABLE auto (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)");
    out.createUnique = q("CREATE TABLE uq (a TEXT UNIQUE, b TEXT UNIQUE)");
    out.createNoRowid = q("CREATE TABLE nr (k TEXT PRIMARY KEY, v) WITHOUT ROWID");
    out.index = q("CREATE INDEX idx_age ON users(age)");
    out.indexExists = q("CREATE INDEX IF NOT EXISTS idx_age ON users(age)");
    out.insert = q("INSERT INTO users VALUES ('a', 1), ('b', 2), ('c', 3)");
    out.insertUq = q("INSERT INTO uq VALUES (?, ?)", "x", "y");
    out.insertPlain = q("INSERT INTO plain VALUES (1, 2, 3), (4, 5, 6)");
    out.insertNoRowid = q("INSERT INTO nr VALUES ('k', 1)");
    out.insertQuoted = q('INSERT INTO "acts" (kind, user) VALUES (?, ?)', "login", "a");
    out.index2 = q("CREATE INDEX idx_age2 ON users(age, name)");
    out.indexPlain = q("CREATE UNIQUE INDEX idx_plain ON plain(a)");
    out.insertPlain2 = q("INSERT INTO plain VALUES (7, 8, 9)");
    out.view = q("CREATE VIEW v AS SELECT name FROM users");
    out.dropIndex = q("DROP INDEX idx_age");
    out.dropIndexMissing = q("DROP INDEX IF EXISTS idx_nope");
    out.dropView = q("DROP VIEW v");
    out.createEmpty = q("CREATE TABLE empty1 (x)");
    out.dropTable = q("DROP TABLE empty1");
    out.dropMissing = q("DROP TABLE IF EXISTS nope");
    out.multi = q("CREATE TABLE m1 (a); CREATE TABLE m2 (b PRIMARY KEY); INSERT INTO m1 VALUES (1)");
    out.lazyCreate = lazy("CREATE TABLE lz (a)");
`),
];
