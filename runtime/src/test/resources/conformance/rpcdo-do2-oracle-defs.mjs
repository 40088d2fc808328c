// Re-record: copy oracle/defs/_h.mjs and this file (as rpcdo-do2.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcdo-do2
import { CD, PRELUDE, get, req } from "./_h.mjs";

const doCase = (name, area, description, cls, body, { sql = false, steps = [get("/")], extra = {}, head = "" } = {}) => ({ name, area, description, options: {
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

const BCW_CLS = `
  constructor(ctx, env) {
    super(ctx, env); this.log = []; this.instance = Math.random();
    globalThis.constructed = (globalThis.constructed ?? 0) + 1;
    ctx.blockConcurrencyWhile(async () => { this.log.push("ctor-bcw-start"); await ctx.storage.get("x"); this.log.push("ctor-bcw-end"); });
  }
  async bcwValue() { return await this.ctx.blockConcurrencyWhile(async () => "value"); }
  async bcwSyncValue() { return await this.ctx.blockConcurrencyWhile(() => 5); }
  async bcwNonFunction() { try { await this.ctx.blockConcurrencyWhile("nope"); return "no"; } catch (e) { return [e.name, e.message]; } }
  async bcwNested() { return await this.ctx.blockConcurrencyWhile(async () => await this.ctx.blockConcurrencyWhile(async () => "inner")); }
  async bcwOrder() {
    const order = [];
    const p1 = this.ctx.blockConcurrencyWhile(async () => { order.push("a-start"); await new Promise((r) => setTimeout(r, 10)); order.push("a-end"); });
    const p2 = this.ctx.blockConcurrencyWhile(async () => { order.push("b"); });
    order.push("sync-after");
    await Promise.all([p1, p2]);
    return order;
  }
  async slowCall(tag) { this.log.push(tag + "-start"); await new Promise((r) => setTimeout(r, 20)); this.log.push(tag + "-end"); return tag; }
  async blockingCall(tag) { return await this.ctx.blockConcurrencyWhile(async () => { this.log.push(tag + "-bcw-start"); await new Promise((r) => setTimeout(r, 20)); this.log.push(tag + "-bcw-end"); return tag; }); }
  async storageCall(tag) { this.log.push(tag + "-s-start"); await this.ctx.storage.get("k"); this.log.push(tag + "-s-end"); return tag; }
  getLog() { const l = this.log; this.log = []; return l; }
  async bcwThrows() { await this.ctx.blockConcurrencyWhile(async () => { throw new RangeError("bcw boom"); }); }
  async bcwCatch() { try { await this.ctx.blockConcurrencyWhile(async () => { throw new TypeError("caught"); }); } catch (e) { return { name: e.name, reset: e.durableObjectReset ?? null, keys: Object.keys(e) }; } }
  whoAmI() { return { instance: typeof this.instance, constructed: globalThis.constructed }; }
`;

const defsExtra = [];
const defs = [
  doCase("rpcdo-do-bcw-gates", "durable-objects",
    "blockConcurrencyWhile: values, non-function argument, nesting, ordering against other calls, timers vs storage inside input gates, a throwing callback resets the object",
    BCW_CLS, `
  const s = env.DO.getByName("a");
  out.ctorLog = await t(() => s.getLog());
  out.value = await t(() => s.bcwValue());
  out.syncValue = await t(() => s.bcwSyncValue());
  out.nonFunction = await t(() => s.bcwNonFunction());
  out.nested = await t(() => s.bcwNested());
  out.order = await t(() => s.bcwOrder());
  await s.getLog();
  await Promise.all([s.slowCall("a"), s.slowCall("b")]);
  out.slowInterleaved = await s.getLog();
  await Promise.all([s.blockingCall("a"), s.slowCall("b")]);
  out.blockingFirst = await s.getLog();
  await Promise.all([s.storageCall("a"), s.storageCall("b")]);
  out.storageCalls = await s.getLog();
  const before = await s.whoAmI();
  out.throws = await t(() => s.bcwThrows());
  out.afterThrowSameStub = await t(() => s.whoAmI());
  out.afterThrowNewStub = await t(() => env.DO.getByName("a").whoAmI());
  const flags = (e) => ({ reset: e?.durableObjectReset ?? null, remote: e?.remote ?? null, retryable: e?.retryable ?? null, keys: Object.keys(e ?? {}) });
  const s2 = env.DO.getByName("b");
  await s2.whoAmI();
  out.flagsFirst = await s2.bcwThrows().then(() => "no", flags);
  out.flagsLater = await s2.whoAmI().then(() => "no", flags);
  out.fetchLater = await s2.fetch("http://x/").then(() => "no", (e) => [e.name, e.message, flags(e)]);
  out.inside = await t(() => env.DO.getByName("c").bcwCatch());
  out.before = before;
`),
  doCase("rpcdo-do-alarm-flow", "durable-objects",
    "alarms: set in the past runs at once, getAlarm inside the handler, alarmInfo on the first run and on a retry after a throw, a re-schedule from the handler, setAlarm argument forms",
    `
  async setup(kind) {
    await this.ctx.storage.put("log", []);
    await this.ctx.storage.put("kind", kind);
    const when = Date.now() - 60000; await this.ctx.storage.put("when", when);
    await this.ctx.storage.setAlarm(when);
    return "set";
  }
  async alarm(info) {
    const log = (await this.ctx.storage.get("log")) ?? [];
    const kind = await this.ctx.storage.get("kind");
    let clone; try { structuredClone(info); clone = "ok"; } catch (e) { clone = e.name + ": " + e.message; }
    log.push({ retryCount: info?.retryCount ?? null, isRetry: info?.isRetry ?? null, keys: Object.keys(info ?? {}), tag: Object.prototype.toString.call(info), clone, argc: arguments.length, stType: typeof info?.scheduledTime, stIsDate: info?.scheduledTime instanceof Date, stMatches: +info?.scheduledTime === await this.ctx.storage.get("when"), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(info ?? {})).sort(), alarmDuring: await this.ctx.storage.getAlarm() });
    await this.ctx.storage.put("log", log);
    if (kind === "throw" && log.length === 1) throw new Error("first run fails");
    if (kind === "again" && log.length === 1) await this.ctx.storage.setAlarm(Date.now() + 10);
  }
  async read() { return { log: await this.ctx.storage.get("log"), alarm: await this.ctx.storage.getAlarm() }; }
  async forms() {
    const s = this.ctx.storage; const r = {};
    const T = async (fn) => { try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
    r.date = await T(async () => { await s.setAlarm(new Date(4102444800000)); return await s.getAlarm(); });
    r.string = await T(() => s.setAlarm("4102444800000"));
    r.nan = await T(() => s.setAlarm(NaN));
    r.float = await T(async () => { await s.setAlarm(4102444800000.7); return await s.getAlarm(); });
    r.neg = await T(async () => { await s.deleteAlarm(); return "deleted"; });
    r.none = await T(() => s.setAlarm());
    r.obj = await T(() => s.setAlarm({}));
    r.deleteTwice = await T(async () => [await s.deleteAlarm(), await s.deleteAlarm()]);
    r.getOptions = await T(() => s.getAlarm({ allowConcurrency: true }));
    return r;
  }`, `
  const wait = async (stub, n) => { for (let i = 0; i < 100; i++) { const r = await stub.read(); if ((r.log?.length ?? 0) >= n && r.alarm === null) return r; await scheduler.wait(100); } return await stub.read(); };
  const plain = env.DO.getByName("plain"), again = env.DO.getByName("again"), thr = env.DO.getByName("throw");
  if (url.pathname === "/setup") { out.set = [await plain.setup("plain"), await again.setup("again"), await thr.setup("throw")]; }
  if (url.pathname === "/read") { out.plain = await wait(plain, 1); out.again = await wait(again, 2); out.retry = await wait(thr, 2); }
  if (url.pathname === "/forms") out.forms = await t(() => env.DO.getByName("forms").forms());
`, { steps: [get("/setup"), get("/read"), get("/forms")] }),
];

const TXN_CLS = `
  async run() {
    const s = this.ctx.storage; const sql = s.sql; const out = {};
    const T = (fn) => { try { const v = fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
    const A = async (fn) => { try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
    sql.exec("CREATE TABLE t (v INTEGER)");
    const count = () => sql.exec("SELECT count(*) AS n FROM t").one().n;
    out.syncReturn = T(() => s.transactionSync(() => { sql.exec("INSERT INTO t VALUES (1)"); return "ret"; }));
    out.afterCommit = count();
    out.syncThrow = T(() => s.transactionSync(() => { sql.exec("INSERT INTO t VALUES (2)"); throw new Error("undo"); }));
    out.afterThrow = count();
    out.syncNested = T(() => s.transactionSync(() => { sql.exec("INSERT INTO t VALUES (3)"); try { s.transactionSync(() => { sql.exec("INSERT INTO t VALUES (4)"); throw new Error("inner"); }); } catch (e) { } return count(); }));
    out.afterNested = count();
    out.syncAsyncCallback = await A(async () => { const r = s.transactionSync(async () => { sql.exec("INSERT INTO t VALUES (5)"); }); return Object.prototype.toString.call(r); });
    out.afterAsync = count();
    out.syncNotFunction = T(() => s.transactionSync(5));
    out.beginInExec = T(() => sql.exec("BEGIN TRANSACTION"));
    out.savepointInExec = T(() => sql.exec("SAVEPOINT sp"));
    out.commitInExec = T(() => sql.exec("COMMIT"));
    out.kvInSync = T(() => s.transactionSync(() => { s.kv.put("k", 1); s.kv.put("j", 2); throw new Error("kv undo"); }));
    out.kvAfter = T(() => [s.kv.get("k") ?? null, s.kv.get("j") ?? null]);
    out.kvPutGet = T(() => { s.kv.put("a", { x: [1] }); s.kv.put("b", 2); return [s.kv.get("a"), [...s.kv.list()].map(([k]) => k), s.kv.delete("b"), s.kv.delete("b")]; });
    out.kvVsAsync = await A(async () => [await s.get("a"), (await s.list()).size]);
    out.asyncTxnSeesSql = await A(() => s.transaction(async (txn) => { sql.exec("INSERT INTO t VALUES (6)"); await txn.put("p", 1); txn.rollback(); return "rolled"; }));
    out.afterAsyncRollback = [count(), (await s.get("p")) ?? null];
    out.cursorAcrossTxn = T(() => { const c = sql.exec("SELECT v FROM t ORDER BY v"); const first = c.next().value; s.transactionSync(() => sql.exec("INSERT INTO t VALUES (7)")); return [first, [...c].map((r) => r.v)]; });
    return out;
  }`;

defsExtra.push(doCase("rpcdo-do-sql-transactions-sync", "durable-objects",
  "SQLite-backed object: transactionSync commit/throw/nesting/async callback, transaction statements refused in exec, sync KV inside a rolled back transaction, async transaction rollback undoing SQL, cursors across a transaction",
  TXN_CLS, `  out.r = await t(() => env.DO.getByName("x").run());`, { sql: true }));

export default [...defs, ...defsExtra];
