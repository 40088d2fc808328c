// Re-record: copy oracle/defs/_h.mjs and this file (as do22.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do22-
import { CD, PRELUDE, get } from "./_h.mjs";

const RECENT = "2026-04-26";
const HEAD = `
import { DurableObject, RpcTarget, WorkerEntrypoint } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const cps = (s) => typeof s === "string" ? [...s].map((c) => c.codePointAt(0).toString(16)).join(",") : s;
`;
const doCase = (name, description, script, { area = "durable-objects", date = CD, flags, sql = false, durableObjects, steps = [get("/")], extra = {} } = {}) => ({
  name, area, description,
  options: { modules: true, compatibilityDate: date, ...(flags ? { compatibilityFlags: flags } : {}), durableObjects: durableObjects ?? { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, ...extra, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});

const SURROGATE = `
export class Obj extends DurableObject {
  async run() {
    const s = this.ctx.storage; const out = {};
    await s.put("a\\ud800", 1);
    await s.put("\\udc00b", 2);
    await s.put({ "x\\ud800y": 3, "x\\ud800z": 4 });
    out.keys = [...(await s.list()).keys()].map(cps);
    out.getRaw = await TA(() => s.get("a\\ud800"));
    out.getFffd = await TA(() => s.get("a\\ufffd"));
    out.getTriple = await TA(() => s.get("a\\ufffd\\ufffd\\ufffd"));
    out.getQuestion = await TA(() => s.get("a?"));
    out.getMany = [...(await s.get(["x\\ud800y", "x\\ufffdz", "nope"])).entries()].map(([k, v]) => [cps(k), v]);
    out.prefix = [...(await s.list({ prefix: "x\\ud800" })).keys()].map(cps);
    out.startEnd = [...(await s.list({ start: "\\ud800", end: "\\udfff" })).keys()].map(cps);
    await s.put("v", "p\\ud800q");
    out.value = cps(await s.get("v"));
    out.del = await TA(() => s.delete("a\\ufffd"));
    out.after = [...(await s.list()).keys()].map(cps);
    if (this.env.SQL) {
      out.sqlBind = cps(s.sql.exec("SELECT ? AS v", "m\\ud800n").one().v);
      s.sql.exec("CREATE TABLE t (k TEXT PRIMARY KEY)"); s.sql.exec("INSERT INTO t VALUES (?)", "r\\udfff");
      out.sqlRow = [s.sql.exec("SELECT count(*) AS c FROM t WHERE k = ?", "r\\udfff").one().c, cps(s.sql.exec("SELECT k FROM t").one().k)];
      out.kvSyncRaw = T(() => s.kv.get("k\\ud800") ?? null);
      out.sqlText = cps(s.sql.exec("SELECT 'm\\ud800n' AS v").one().v);
      out.sqlCol = T(() => Object.keys(s.sql.exec("SELECT 1 AS \\"c\\ud800\\"").one()).map(cps));
      out.kvSync = T(() => { s.kv.put("k\\ud800", 5); return [s.kv.get("k\\ufffd") ?? null, [...s.kv.list({ prefix: "k" })].map(([k, v]) => [cps(k), v])]; });
    }
    return out;
  }
  who() { return cps(this.ctx.id.name ?? null); }
}
export default { async fetch(req, env) {
  const out = await env.DO.getByName("s").run();
  out.idHex = [env.DO.idFromName("q\\ud800").toString(), env.DO.idFromName("q\\ufffd\\ufffd\\ufffd").toString(), env.DO.idFromName("q?").toString()];
  out.idName = cps(env.DO.idFromName("q\\ud800").name);
  out.ids = [env.DO.idFromName("q\\ud800").toString() === env.DO.idFromName("q\\ufffd").toString()];
  out.name = await env.DO.getByName("q\\ud800").who();
  out.stubName = cps(env.DO.getByName("q\\ud800").name);
  return Response.json(out);
} };`;

const STREAM = `
export class Obj extends DurableObject {
  constructor(ctx, env) { super(ctx, env); this.release = null; }
  async fetch(req) {
    const { readable, writable } = new TransformStream();
    const w = writable.getWriter(); const enc = new TextEncoder();
    const gate = new Promise((r) => { this.release = r; });
    (async () => { await w.write(enc.encode("first;")); await gate; await w.write(enc.encode("second;")); await w.close(); })();
    return new Response(readable, { headers: { "content-type": "text/plain" } });
  }
  go() { this.release?.(); return "released"; }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("st");
  const out = [];
  const res = await Promise.race([stub.fetch("http://x/"), scheduler.wait(500).then(() => null)]);
  if (!res) return Response.json({ timeout: true });
  out.push(res.status, res.headers.get("content-length"));
  const r = res.body.getReader(); const dec = new TextDecoder();
  const c1 = await r.read(); out.push(dec.decode(c1.value));
  out.push(await stub.go());
  let rest = ""; for (;;) { const c = await r.read(); if (c.done) break; rest += dec.decode(c.value); }
  out.push(rest);
  return Response.json(out);
} };`;

const CFHEAD = `
export class Obj extends DurableObject {
  async fetch(req) {
    return Response.json({ cf: req.cf === undefined ? "undefined" : req.cf === null ? null : Object.keys(req.cf).sort(), cfx: req.cf?.x ?? null, headers: [...req.headers].filter(([k]) => !["user-agent", "accept-encoding", "host"].includes(k)), method: req.method, url: req.url, redirect: req.redirect, sig: typeof req.signal, integrity: req.integrity, keepalive: req.keepalive });
  }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("cf");
  const out = {};
  out.plain = await (await stub.fetch("http://x/a")).json();
  out.withCf = await (await stub.fetch("http://x/b", { cf: { x: 1 } })).json();
  out.forwarded = await (await stub.fetch(req)).json();
  out.newReq = await (await stub.fetch(new Request("http://x/c", { method: "POST", body: "z", headers: { "x-a": "1" }, redirect: "manual" }))).json();
  return Response.json(out);
} };`;

const BADUTF8 = `
export class Obj extends DurableObject {
  run() {
    const sql = this.ctx.storage.sql; const out = {};
    for (const h of ["EDA080", "F09F98", "C080", "FFFE", "E282", "61F0908080", "F4908080", "EDBFBF62", "80", "F09F9880"]) {
      out[h] = T(() => cps(sql.exec("SELECT CAST(x'" + h + "' AS TEXT) AS v").one().v));
    }
    sql.exec("CREATE TABLE b (v TEXT)");
    sql.exec("INSERT INTO b VALUES (CAST(x'41ED' AS TEXT)), (CAST(x'42C3' AS TEXT))");
    out.rows = sql.exec("SELECT v, length(v) AS l, hex(v) AS h FROM b ORDER BY v").toArray().map((r) => [cps(r.v), r.l, r.h]);
    out.raw = sql.exec("SELECT v FROM b ORDER BY v").raw().toArray().map((r) => cps(r[0]));
    out.col = T(() => sql.exec("SELECT 1 AS [x" + "\\u00e9]").columnNames.map(cps));
    return out;
  }
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("b").run()); } };`;

export default [
  doCase("do22-storage-lone-surrogate-keys-kv", "KV-backed storage: keys and values holding lone surrogates; ids and names holding them", SURROGATE),
  doCase("do22-storage-lone-surrogate-keys-sql", "SQLite-backed storage: keys, values, SQL text and bindings holding lone surrogates", SURROGATE, { sql: true, extra: { bindings: { SQL: true } } }),
  doCase("do22-sql-invalid-utf8-text", "SQLite-backed storage: TEXT values whose bytes are not UTF-8 (cast from blobs) as the worker reads them", BADUTF8, { sql: true }),
  doCase("do22-stub-fetch-cf-and-headers", "what a Durable Object's fetch sees of cf, headers and request fields from stub.fetch", CFHEAD, { steps: [get("/in?q=1", { headers: { "x-test": "t" } })] }),
];

