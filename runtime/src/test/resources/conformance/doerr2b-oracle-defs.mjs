// Re-record: copy oracle/defs/_h.mjs and this file (as doerr2b.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs doerr2- (D holding only these two files)
import { CD, PRELUDE, get, req } from "./_h.mjs";

const doCase = (name, description, cls, body, { sql = false, steps = [get("/")], extra = {}, head = "" } = {}) => ({ name, area: "durable-objects", description, options: {
  modules: true, compatibilityDate: CD, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, ...extra,
  script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
${head}
export class Obj extends DurableObject {
${cls}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` }, steps });

const errShape = `const E = async (fn) => { try { const v = await fn(); return { ok: v ?? null }; } catch (e) { return { type: typeof e, name: e?.name, ctor: e?.constructor?.name, message: e?.message, remote: e?.remote ?? null, cause: e?.cause === undefined ? "none" : (e.cause instanceof Error ? [e.cause.name, e.cause.message] : e.cause), keys: e && typeof e === "object" ? Object.getOwnPropertyNames(e).filter((k) => k !== "stack").sort() : null, str: typeof e === "object" ? null : String(e) }; } };`;

const CTX_CLS = `
  ctxInfo() {
    const c = this.ctx; const out = {};
    out.keys = Object.keys(c).sort();
    out.protoKeys = Object.getOwnPropertyNames(Object.getPrototypeOf(c)).sort();
    out.idName = c.id.name ?? null;
    out.idEqualsEnv = c.id.equals(this.env.DO.idFromName("c"));
    out.storageKeys = Object.getOwnPropertyNames(Object.getPrototypeOf(c.storage)).sort();
    out.hasSql = typeof c.storage.sql;
    out.envKeys = Object.keys(this.env).sort();
    out.thisKeys = Object.keys(this).sort();
    return out;
  }
  async storageMisc() {
    const s = this.ctx.storage; const out = {};
    const T = async (fn) => { try { const v = await fn(); return v === undefined ? "undefined" : v; } catch (e) { return [e.name, e.message]; } };
    out.sync = await T(() => s.sync());
    out.getAlarmOpts = await T(() => s.getAlarm({ allowConcurrency: true }));
    out.setAlarmNum = await T(async () => { await s.setAlarm(Date.now() + 1e9); return typeof (await s.getAlarm()); });
    out.deleteAlarm = await T(() => s.deleteAlarm());
    out.getAlarmAfter = await T(() => s.getAlarm());
    out.txnSync = await T(() => s.transactionSync(() => 1));
    out.sqlKv = await T(() => s.sql.exec("SELECT 1").toArray());
    out.txnRollback = await T(async () => { await s.put("t", 1); await s.transaction(async (txn) => { await txn.put("t", 2); txn.rollback(); }); return await s.get("t"); });
    out.txnThrow = await T(async () => { await s.transaction(async (txn) => { await txn.put("t", 3); throw new Error("txn boom"); }); });
    out.afterThrow = await T(() => s.get("t"));
    out.txnNested = await T(() => s.transaction(async (txn) => await txn.transaction(async () => 5)));
    out.txnValue = await T(() => s.transaction(async () => ({ v: 1 })));
    out.txnNonFn = await T(() => s.transaction(5));
    out.txnListKeys = await T(() => s.transaction(async (txn) => Object.getOwnPropertyNames(Object.getPrototypeOf(txn)).sort()));
    out.txnDeleteAll = await T(() => s.transaction(async (txn) => txn.deleteAll()));
    out.bigGet = await T(async () => (await s.get(Array.from({ length: 129 }, (_, i) => "k" + i))).size);
    out.bigGet128 = await T(async () => (await s.get(Array.from({ length: 128 }, (_, i) => "k" + i))).size);
    out.bigPut = await T(() => s.put(Object.fromEntries(Array.from({ length: 129 }, (_, i) => ["k" + i, i]))));
    out.bigDelete = await T(() => s.delete(Array.from({ length: 129 }, (_, i) => "k" + i)));
    out.longKey = await T(() => s.put("x".repeat(2049), 1));
    out.longKeyOk = await T(() => s.put("x".repeat(2048), 1));
    out.longKeyGet = await T(() => s.get("y".repeat(2049)));
    out.bigValue = await T(() => s.put("bv", "x".repeat(128 * 1024 + 100)));
    out.bigValueOk = await T(() => s.put("bv", "x".repeat(100 * 1024)));
    out.deleteAllOpts = await T(() => s.deleteAll({ allowUnconfirmed: true }));
    out.listAfter = await T(async () => (await s.list()).size);
    return out;
  }
  async errs(kind) {
    if (kind === "cause") throw new Error("outer", { cause: new TypeError("inner") });
    if (kind === "causeStr") throw new Error("outer", { cause: "just text" });
    if (kind === "props") { const e = new RangeError("with props"); e.extra = { a: 1 }; e.num = 5; throw e; }
    if (kind === "stackless") { const e = new Error("no stack"); delete e.stack; e.stack = undefined; throw e; }
    if (kind === "frozen") throw Object.freeze(new Error("frozen"));
    if (kind === "syntax") throw new SyntaxError("syn");
    if (kind === "eval") throw new EvalError("ev");
    if (kind === "uri") throw new URIError("uri");
    if (kind === "ref") return undefinedVariable;
    if (kind === "emptyMsg") throw new Error();
    if (kind === "sym") throw Symbol("s");
    if (kind === "bigint") throw 5n;
    if (kind === "undef") throw undefined;
    if (kind === "arr") throw [1, 2];
    if (kind === "reject") return Promise.reject(new TypeError("rejected"));
    if (kind === "domData") throw new DOMException("clone me", "DataCloneError");
    if (kind === "domCustom") throw new DOMException("cust", "WhateverError");
    throw new Error("?");
  }
`;

const defs = [
  doCase("doerr2-ctx-and-storage-misc", "DurableObjectState and storage surface, alarms with options, transactions (rollback, throw, nesting, values), batch and size limits, deleteAll options", CTX_CLS, `
  out.info = await t(() => env.DO.getByName("c").ctxInfo());
  out.misc = await t(() => env.DO.getByName("m").storageMisc());`),
  doCase("doerr2-rpc-error-kinds-causes", "Durable Object RPC errors of every builtin class, causes, extra properties, frozen and stackless errors, non-Error throws and rejections as the caller sees them", CTX_CLS, `
  ${errShape}
  const s = env.DO.getByName("e");
  for (const k of ["cause", "causeStr", "props", "stackless", "frozen", "syntax", "eval", "uri", "ref", "emptyMsg", "sym", "bigint", "undef", "arr", "reject", "domData", "domCustom"]) out[k] = await E(() => s.errs(k));`),
  // the same class on a SQLite-backed object
  doCase("doerr2-ctx-and-storage-misc-sqlite", "DurableObjectState and storage surface, alarms with options, transactions, batch and size limits, deleteAll options, SQLite-backed object", CTX_CLS, `
  out.info = await t(() => env.DO.getByName("c").ctxInfo());
  out.misc = await t(() => env.DO.getByName("m").storageMisc());`, { sql: true }),
];
export default defs;
