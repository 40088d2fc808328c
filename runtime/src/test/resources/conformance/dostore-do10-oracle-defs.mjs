// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-   (first copy to D as dostore-do10.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";

const E = `const E = (e) => ({ name: e?.name, message: e?.message });
const te = (fn) => { try { const v = fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: E(e) }; } };`;

const keys = `${PRELUDE}${E}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const s = this.ctx.storage; const out = {};
    const ks = ["a", "B", "b", "\\uFFFF", "😀", "é", "\\u0000", "a\\u0000b", "%", "_", "a%", "a_", "ab", "a\\\\", "\\u007f", "\\u0080", "z"];
    for (const k of ks) await s.put(k, k.length);
    const L = async (o) => t(async () => [...(await s.list(o)).keys()].map((k) => [...k].map((c) => c.codePointAt(0))));
    out.order = await L();
    out.orderRev = await L({ reverse: true });
    out.prefixPct = await L({ prefix: "%" });
    out.prefixUnd = await L({ prefix: "_" });
    out.prefixA = await L({ prefix: "a" });
    out.prefixNul = await L({ prefix: "\\u0000" });
    out.prefixBackslash = await L({ prefix: "a\\\\" });
    out.startEmoji = await L({ start: "\\uFFFF" });
    out.endEmoji = await L({ end: "😀" });
    out.getNul = await t(async () => [await s.get("a\\u0000b"), await s.get("a")]);
    out.getMany = await t(async () => [...(await s.get(["😀", "\\uFFFF", "a\\u0000b"])).entries()].map(([k, v]) => [k.length, v]));
    if (this.ctx.storage.sql && new URL(req.url).searchParams.has("sql")) {
      const sql = this.ctx.storage.sql;
      sql.exec("CREATE TABLE u (a TEXT)");
      sql.exec("INSERT INTO u VALUES ('x')");
      out.beforeDeleteAll = sql.exec("SELECT count(*) AS n FROM u").one();
      await s.setAlarm(Date.now() + 3600000).catch(() => {});
      await s.deleteAll();
      out.afterDeleteAllTable = te(() => sql.exec("SELECT count(*) AS n FROM u").toArray());
      out.afterDeleteAllMaster = te(() => sql.exec("SELECT name FROM sqlite_master WHERE name NOT LIKE '_cf%' AND name NOT LIKE 'sqlite%'").toArray());
      out.afterDeleteAllKv = (await s.list()).size;
      out.afterDeleteAllAlarm = typeof (await s.getAlarm());
      out.sizeAfter = typeof sql.databaseSize;
      out.kvAfter = te(() => { s.kv.put("n", 1); return s.kv.get("n"); });
      out.qmarkInString = te(() => sql.exec("SELECT '?' AS q, ? AS p", 1).toArray());
      out.bigIntRead = te(() => sql.exec("SELECT 9007199254740993 AS x, typeof(9007199254740993) AS t").one());
      out.realRead = te(() => sql.exec("SELECT 1.0 AS x, 1e300 * 10 AS inf, -0.0 AS nz").one());
      out.boolRead = te(() => sql.exec("SELECT 1 = 1 AS t, NULL IS NULL AS n").one());
      out.textNum = te(() => sql.exec("SELECT '12' + 1 AS x, '12' || 1 AS y").one());
      out.dateFns = te(() => sql.exec("SELECT date('2020-01-02') AS d, strftime('%Y', '2021-05-01') AS y").one());
      out.lastRowId = te(() => { sql.exec("CREATE TABLE r (id INTEGER PRIMARY KEY AUTOINCREMENT, v)"); sql.exec("INSERT INTO r (v) VALUES (1)"); return sql.exec("SELECT last_insert_rowid() AS id, changes() AS c").one(); });
      out.fk = te(() => { sql.exec("CREATE TABLE p (id INTEGER PRIMARY KEY)"); sql.exec("CREATE TABLE c (pid INTEGER REFERENCES p(id))"); sql.exec("INSERT INTO c VALUES (99)"); return "inserted"; });
      out.trigger = te(() => { sql.exec("CREATE TABLE tg (v)"); sql.exec("CREATE TABLE tlog (v)"); sql.exec("CREATE TRIGGER tr AFTER INSERT ON tg BEGIN INSERT INTO tlog VALUES (new.v); END"); const c = sql.exec("INSERT INTO tg VALUES (5)"); return [c.rowsWritten, sql.exec("SELECT v FROM tlog").toArray()]; });
      out.view = te(() => { sql.exec("CREATE VIEW vw AS SELECT v FROM tg"); return sql.exec("SELECT * FROM vw").toArray(); });
      out.upsert = te(() => { sql.exec("CREATE TABLE up (k PRIMARY KEY, n)"); sql.exec("INSERT INTO up VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET n = n + 1"); sql.exec("INSERT INTO up VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET n = n + 1"); return sql.exec("SELECT * FROM up").toArray(); });
      out.jsonEach = te(() => sql.exec("SELECT value FROM json_each('[1,\\"a\\",null]')").toArray());
      out.generated = te(() => { sql.exec("CREATE TABLE gc (a, b AS (a * 2))"); sql.exec("INSERT INTO gc (a) VALUES (3)"); return sql.exec("SELECT * FROM gc").toArray(); });
      out.dropTable = te(() => { sql.exec("DROP TABLE gc"); return sql.exec("SELECT count(*) AS n FROM sqlite_master WHERE name = 'gc'").one(); });
      out.alter = te(() => { sql.exec("ALTER TABLE up ADD COLUMN z DEFAULT 'zz'"); return sql.exec("SELECT * FROM up").toArray(); });
      out.explain = te(() => typeof sql.exec("EXPLAIN QUERY PLAN SELECT * FROM up").toArray().length);
      out.sqliteVersion = te(() => typeof sql.exec("SELECT sqlite_version() AS v").one().v);
      out.sqlDeleteAllSize = te(() => sql.databaseSize > 0);
    }
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.getByName("k").fetch(req); } };`;

const callee = `${PRELUDE}${E}
import { DurableObject } from "cloudflare:workers";
export class Remote extends DurableObject {
  async fetch(req) { const n = ((await this.ctx.storage.get("n")) ?? 0) + 1; await this.ctx.storage.put("n", n); return Response.json({ n, name: this.ctx.id.name ?? null, url: req.url }); }
  add(a, b) { return a + b; }
  async fail() { const e = new RangeError("remote range"); e.code = "E1"; throw e; }
  whoami() { return this.ctx.id.name ?? null; }
}
export default { async fetch(req, env) { return new Response("callee " + (env.SELF_DO ? "has" : "no")); } };`;
const caller = `${PRELUDE}${E}
export default { async fetch(req, env) {
  const out = {};
  const st = env.REMOTE.getByName("r1");
  out.fetch1 = await t(async () => (await st.fetch("http://any/x?y=1")).json());
  out.fetch2 = await t(async () => (await env.REMOTE.get(env.REMOTE.idFromName("r1")).fetch("http://any/")).json());
  out.add = await t(() => st.add(2, 3));
  out.fail = await t(async () => { try { await st.fail(); } catch (e) { return [e.name, e.message, e.code ?? null, e.remote ?? null, e instanceof RangeError]; } });
  out.whoami = await t(() => st.whoami());
  out.idSame = te(() => env.REMOTE.idFromName("r1").toString() === env.SAME.idFromName("r1").toString());
  out.viaSame = await t(async () => (await env.SAME.getByName("r1").fetch("http://any/")).json());
  return Response.json(out);
} };`;

export default [
  { name: "dostore-key-order-prefix-specials", area: "durable-objects", description: "KV-backed storage: key order by UTF-8 bytes, prefixes with LIKE wildcards, NUL and backslash, lone surrogates", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, script: keys }, steps: [get("/")] },
  { name: "dostore-key-order-prefix-specials-sql", area: "durable-objects", description: "SQLite-backed storage: key order, special prefixes; deleteAll drops tables; SQL feature probes", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script: keys }, steps: [get("/?sql")] },
  { name: "dostore-cross-worker-objects", area: "durable-objects", description: "a Durable Object class of another worker (scriptName): fetch, RPC, errors, ids shared by two bindings, a class the other worker does not export", options: { workers: [
    { name: "caller", modules: true, compatibilityDate: CD, script: caller, durableObjects: { REMOTE: { className: "Remote", scriptName: "callee" }, SAME: { className: "Remote", scriptName: "callee" } } },
    { name: "callee", modules: true, compatibilityDate: CD, script: callee, durableObjects: { SELF_DO: "Remote" } },
  ] }, steps: [get("/")] },
];
