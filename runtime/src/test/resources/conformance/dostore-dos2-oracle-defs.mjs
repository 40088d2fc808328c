import { CD, PRELUDE, get } from "./_h.mjs";
const doScript = (body) => `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async alarm() {}
  async fetch(req) {
    const url = new URL(req.url); const op = url.pathname.split("/")[2] ?? "";
    const s = this.ctx.storage; const ctx = this.ctx; const env = this.env; const out = { op };
${body}
    return Response.json(out);
  }
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const name = url.pathname.split("/")[1];
  const out = {};
  if (name === "ids") {
    const ns = env.OBJ; const a = ns.idFromName("a"); const u = ns.newUniqueId(); const f = ns.idFromString(a.toString());
    const d = (o) => { const x = Object.getOwnPropertyDescriptor(o, "name"); return x === undefined ? "none" : { hasValue: "value" in x, value: x.value ?? null, get: typeof x.get, writable: x.writable ?? null, enumerable: x.enumerable, configurable: x.configurable }; };
    out.named = d(a); out.unique = d(u); out.fromStr = d(f);
    out.keys = [Object.keys(a), Object.keys(u), Object.keys(f)];
    out.assign = (() => { try { a.name = "zz"; return a.name; } catch (e) { return e.name; } })();
    out.proto = d(Object.getPrototypeOf(a));
    out.stubKeys = Object.keys(ns.get(u));
    out.stubName = d(ns.get(u));
    return Response.json(out);
  }
  const stub = env.OBJ.get(env.OBJ.idFromName(name));
  return stub.fetch(req);
} };`;
const doCase = (name, description, body, { sql = false, steps = [get("/a/x")] } = {}) => ({
  name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: sql ? { className: "Obj", useSQLite: true } : "Obj" }, script: doScript(body) },
  steps,
});
const args = `
    await s.put("k", 1);
    out.putEntriesOpts = await t(() => s.put({ a: 1 }, { noCache: true }));
    out.putEntriesStr = await t(() => s.put({ a: 1 }, "x"));
    out.putEntriesNull = await t(() => s.put({ a: 1 }, null));
    out.putEntriesThird = await t(() => s.put({ a: 1 }, {}, {}));
    out.putEntriesArr = await t(() => s.put({ a: 1 }, []));
    out.putKeyOptsNull = await t(() => s.put("k", 1, null));
    out.putKeyOptsStr = await t(() => s.put("k", 1, "s"));
    out.putArrKey = await t(async () => { await s.put(["x", "y"], 1); return [...(await s.list()).keys()]; });
    out.getOptsNum = await t(() => s.get("k", 5));
    out.getOptsArr = await t(() => s.get("k", []));
    out.getManyOptsStr = await t(() => s.get(["k"], "x"));
    out.getOptsBadField = await t(() => s.get("k", { allowConcurrency: "yes", noCache: 1 }));
    out.delOptsNum = await t(() => s.delete("k2", 5));
    out.delOptsNull = await t(() => s.delete("k2", null));
    out.delUndef = await t(() => s.delete(undefined));
    out.delNull = await t(() => s.delete(null));
    out.delNum = await t(() => s.delete(5));
    out.delObj = await t(() => s.delete({}));
    out.getObj = await t(() => s.get({}));
    out.getNum = await t(() => s.get(5));
    out.getUndefExplicit = await t(() => s.get(undefined));
    out.getArrMixed = await t(async () => [...(await s.get([1, null, "k"])).keys()]);
    out.listOptsFn = await t(async () => (await s.list(() => 1)).size);
    out.listOptsArr = await t(async () => (await s.list([])).size);
    out.listReverseStr = await t(async () => [...(await s.list({ reverse: "yes" })).keys()]);
    out.listLimitNaN = await t(() => s.list({ limit: NaN }));
    out.listLimitInf = await t(async () => (await s.list({ limit: Infinity })).size);
    out.listLimitBig = await t(async () => (await s.list({ limit: 2 ** 40 })).size);
    out.getAlarmOpts = await t(() => s.getAlarm(5));
    out.setAlarmOpts = await t(() => s.setAlarm(Date.now() + 1e7, 5));
    out.deleteAlarmOpts = await t(() => s.deleteAlarm(5));
    out.deleteAllOpts = await t(() => s.deleteAll(5));
    out.txNotFn = await t(() => s.transaction(5));
    out.txSyncNotFn = await t(() => s.transactionSync(5));
    out.txSyncAsync = await t(() => s.transactionSync(async () => 1));
    out.t6_7 = await t(() => s.setAlarm(6.7e12));
    out.t6_8 = await t(() => s.setAlarm(6.8e12));
    out.t7 = await t(() => s.setAlarm(7e12));
    out.t8_64 = await t(() => s.setAlarm(8.64e15));
    out.tDate = await t(() => s.setAlarm(new Date(8.64e15)));
    out.tStrNum = await t(() => s.setAlarm("12345"));
    out.tDateStr = await t(() => s.setAlarm(new Date("2300-01-01")));
    out.tLast = await t(async () => { await s.setAlarm(6.7e12); return await s.getAlarm(); });
`;
const sqlCf = `
    const q = (sql, ...b) => t(() => { const c = ctx.storage.sql.exec(sql, ...b); return c.toArray(); });
    out.cfSelBefore = await q("SELECT * FROM _cf_KV");
    await s.put("k", 1);
    out.cfSelAfter = await q("SELECT * FROM _cf_KV");
    out.cfSelLower = await q("SELECT * FROM _cf_kv");
    out.cfDrop = await q("DROP TABLE _cf_KV");
    out.cfInsert = await q("INSERT INTO _cf_KV VALUES ('x', 1)");
    out.cfCreate = await q("CREATE TABLE _CF_x (a)");
    out.cfCreateIdx = await q("CREATE TABLE y (a)");
    out.cfIndex = await q("CREATE INDEX _cf_idx ON y (a)");
    out.cfCol = await q("CREATE TABLE z (_cf_col)");
    out.cfStr = await q("SELECT '_cf_KV' AS s");
    await s.setAlarm(Date.now() + 1e7);
    out.fkTest = await t(() => { ctx.storage.sql.exec("CREATE TABLE p (id INTEGER PRIMARY KEY)"); ctx.storage.sql.exec("CREATE TABLE c (pid INTEGER REFERENCES p(id))"); return ctx.storage.sql.exec("INSERT INTO c VALUES (5)").toArray(); });
    out.detach = await q("DETACH DATABASE main");
    out.pragmaJournal = await q("PRAGMA journal_mode");
    out.pragmaUserVersion = await q("PRAGMA user_version");
    out.pragmaSetUV = await q("PRAGMA user_version = 3");
    out.pragmaCompile = await q("PRAGMA compile_options");
    out.pragmaDbList = await q("PRAGMA database_list");
    out.pragmaIntegrity = await q("PRAGMA integrity_check");
    out.pragmaQuick = await q("PRAGMA quick_check");
    out.pragmaFkList = await q("PRAGMA foreign_key_list(c)");
    out.pragmaFkCheck = await q("PRAGMA foreign_key_check");
    out.pragmaIndexList = await q("PRAGMA index_list(y)");
    out.pragmaOptimize = await q("PRAGMA optimize");
    out.pragmaDefer = await q("PRAGMA defer_foreign_keys = ON");
    out.pragmaCase = await q("PRAGMA case_sensitive_like = ON");
    out.pragmaTableXinfo = await q("PRAGMA table_xinfo(y)");
    out.pragmaSync = await q("PRAGMA synchronous");
    ctx.storage.sql.exec("CREATE TABLE r (id INTEGER PRIMARY KEY, v)");
    ctx.storage.sql.exec("INSERT INTO r (v) VALUES (1), (2), (3), (4), (5)");
`;
export default [
  { name: "dos-id-name-descriptor", area: "durable-objects", description: "DurableObjectId name property placement and stub keys",
    options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, script: doScript("") }, steps: [get("/ids")] },
  doCase("dos-storage-argument-validation", "storage methods' option arguments and odd keys (KV-backed)", args),
  doCase("dos-storage-argument-validation-sql", "storage methods' option arguments and odd keys (SQLite-backed)", args, { sql: true }),
  doCase("dos-sql-internal-tables-pragmas", "SQL: reserved _cf_ tables before and after first use, allowed and refused pragmas, ATTACH/DETACH, foreign keys enforced", sqlCf, { sql: true }),
];
