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


const MISC_CLS = `
  alarm() { return "alarm ran"; }
  webSocketMessage() { return "wsm"; }
  webSocketClose() { return "wsc"; }
  hello() { return "hello"; }
  async sqlThenDeleteAll() {
    const s = this.ctx.storage; const sql = s.sql; const out = {};
    const T = (fn) => { try { const v = fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
    sql.exec("CREATE TABLE t (v)"); sql.exec("INSERT INTO t VALUES (1)");
    await s.put("k", 1); s.kv.put("sync", 2);
    await s.setAlarm(Date.now() + 3600000);
    out.before = { tables: sql.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf%'").toArray(), k: await s.get("k"), alarm: typeof (await s.getAlarm()) };
    await s.deleteAll();
    out.after = { tables: T(() => sql.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '_cf%'").toArray()), select: T(() => sql.exec("SELECT * FROM t").toArray()), k: (await s.get("k")) ?? null, sync: s.kv.get("sync") ?? null, alarm: typeof (await s.getAlarm()) };
    out.recreate = T(() => { sql.exec("CREATE TABLE t (v)"); return sql.exec("SELECT count(*) AS n FROM t").one(); });
    return out;
  }
  async options() {
    const s = this.ctx.storage; const out = {};
    const A = async (fn) => { try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
    out.getOpts = await A(() => s.get("x", { allowConcurrency: true, noCache: true }));
    out.getOptsString = await A(() => s.get("x", "opts"));
    out.listOptsString = await A(() => s.list("opts"));
    out.listStartNumber = await A(async () => { await s.put({ "1": 1, "2": 2, "10": 10 }); return [...(await s.list({ start: 2 })).keys()]; });
    out.listLimitString = await A(async () => [...(await s.list({ limit: "2" })).keys()]);
    out.listPrefixNumber = await A(async () => [...(await s.list({ prefix: 1 })).keys()]);
    out.putOpts = await A(() => s.put("y", 1, { allowUnconfirmed: true, noCache: true }));
    out.deleteOpts = await A(() => s.delete("y", { allowUnconfirmed: true }));
    out.putNull = await A(async () => { await s.put("n", null); return [await s.get("n"), (await s.get(["n"])).has("n")]; });
    out.emptyKey = await A(async () => { await s.put("", "e"); return await s.get(""); });
    out.listReverseStartEnd = await A(async () => [...(await s.list({ start: "1", end: "2", reverse: true })).keys()]);
    return out;
  }`;

defsExtra.push(doCase("rpcdo-do-misc-reserved-deleteall", "durable-objects",
  "Durable Object stub calls of handler names (alarm, webSocketMessage) over RPC, deleteAll on a SQLite-backed object (tables, sync KV, alarm), storage option forms and key coercions",
  MISC_CLS, `
  const s = env.DO.getByName("m");
  out.alarm = await t(() => s.alarm());
  out.wsm = await t(() => s.webSocketMessage());
  out.wsc = await t(() => s.webSocketClose());
  out.ctor = await t(() => s.constructor());
  out.hello = await t(() => s.hello());
  out.toStr = await t(() => s.toString());
  out.deleteAll = await t(() => env.DO.getByName("d").sqlThenDeleteAll());
  out.options = await t(() => env.DO.getByName("o").options());
`, { sql: true }));


const BODY_CLS = `
  stream(n) { let i = 0; return new ReadableStream({ pull(c) { if (i < n) c.enqueue(new TextEncoder().encode("c" + i++)); else c.close(); } }); }
  async readReq(r) { return { m: r.method, u: r.url, ct: r.headers.get("content-type"), b: await r.text() }; }
  resp(status) { return new Response("resp " + status, { status, headers: { "x-do": "1" } }); }
  async readStream(s) { return await new Response(s).text(); }
  wsResp() { const [c] = Object.values(new WebSocketPair()); return new Response(null, { status: 101, webSocket: c }); }
  headers() { return new Headers({ a: "1", "set-cookie": "x=1" }); }
  blob() { return new Blob(["blob-data"], { type: "text/x" }); }
  async fetch(req) { return new Response(req.body, { headers: { "x-len": req.headers.get("content-length") ?? "none", "x-te": req.headers.get("transfer-encoding") ?? "none" } }); }`;

defsExtra.push(doCase("rpcdo-do-rpc-bodies", "durable-objects",
  "Durable Object RPC with streams, Requests, Responses, Headers and Blobs both ways; a Response carrying a WebSocket refused; stub.fetch with a stream body",
  BODY_CLS, `
  const s = env.DO.getByName("b");
  out.stream = await t(async () => await new Response(await s.stream(3)).text());
  out.readReq = await t(() => s.readReq(new Request("http://x/r", { method: "POST", body: "rb", headers: { "content-type": "text/y" } })));
  out.resp = await t(async () => { const r = await s.resp(418); return [r.status, r.headers.get("x-do"), await r.text(), r.constructor.name]; });
  out.readStream = await t(() => s.readStream(new Blob(["from-blob"]).stream()));
  out.wsResp = await t(() => s.wsResp());
  out.headers = await t(async () => { const h = await s.headers(); return [h.constructor.name, [...h]]; });
  out.blob = await t(async () => { const b = await s.blob(); return [Object.prototype.toString.call(b), b.type, await b.text()]; });
  out.fetchStream = await t(async () => { const r = await s.fetch("http://x/", { method: "POST", body: new Blob(["abc"]).stream() }); return [r.headers.get("x-len"), r.headers.get("x-te"), await r.text()]; });
  out.fetchString = await t(async () => { const r = await s.fetch("http://x/", { method: "POST", body: "abcd" }); return [r.headers.get("x-len"), r.headers.get("x-te"), await r.text()]; });
`));


const withBase = (c) => ({ ...c, options: { ...c.options, script: c.options.script.replace("export class Obj extends DurableObject {", MEMBERS_HEAD + "\nexport class Obj extends Base {") } });
const MEMBERS_HEAD = `
class Base extends DurableObject {
  baseMethod() { return "base"; }
  get baseGetter() { return "base-getter"; }
  overridden() { return "base-version"; }
}`;
const MEMBERS_CLS = `
  field = "instance-field";
  arrow = () => "arrow-field";
  static staticMethod() { return "static"; }
  #secret() { return "secret"; }
  callSecret() { return this.#secret(); }
  overridden() { return "derived-version"; }
  get throwingGetter() { throw new RangeError("getter threw"); }
  set onlySetter(v) { }
  get asyncGetter() { return (async () => "async-getter")(); }
  get objGetter() { return { nested: { fn: () => "from-getter-fn" } }; }
  [Symbol.for("sym")]() { return "symbol"; }
  ["dashed-name"]() { return "dashed"; }
  async callSelf() { return typeof this.env + ":" + typeof this.ctx; }`;

defsExtra.push(withBase(doCase("rpcdo-do-rpc-member-kinds", "durable-objects",
  "which members of a Durable Object class RPC reaches: inherited methods and getters, instance fields, static and private methods, throwing/async getters, setters, odd names",
  MEMBERS_CLS.replace(/^/, ""), `
  const s = env.DO.getByName("m");
  out.baseMethod = await t(() => s.baseMethod());
  out.baseGetter = await t(() => s.baseGetter);
  out.overridden = await t(() => s.overridden());
  out.field = await t(() => s.field);
  out.fieldCall = await t(() => s.field());
  out.arrow = await t(() => s.arrow());
  out.staticMethod = await t(() => s.staticMethod());
  out.callSecret = await t(() => s.callSecret());
  out.throwingGetter = await t(() => s.throwingGetter);
  out.onlySetter = await t(() => s.onlySetter);
  out.asyncGetter = await t(() => s.asyncGetter);
  out.objGetterFn = await t(() => s.objGetter.nested.fn());
  out.dashed = await t(() => s["dashed-name"]());
  out.callSelf = await t(() => s.callSelf());
  out.constructorProp = await t(() => s.constructor);
  out.hasOwn = await t(() => s.hasOwnProperty("x"));
`)));


defsExtra.push({ name: "rpcdo-do-ids-across-namespaces", area: "durable-objects",
  description: "ids of two classes and of two bindings of one class: equality, idFromString of another class's id, the same name reaching the same object through either binding, ids passed to the other namespace's get",
  options: { modules: true, compatibilityDate: CD, durableObjects: { A: "One", A2: "One", B: "Two" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class One extends DurableObject { n = 0; add() { return ++this.n; } who() { return "one " + (this.ctx.id.name ?? "?"); } }
export class Two extends DurableObject { n = 0; add() { return ++this.n; } who() { return "two " + (this.ctx.id.name ?? "?"); } }
export default { async fetch(req, env) {
  const out = {};
  out.sameClassEq = env.A.idFromName("x").equals(env.A2.idFromName("x"));
  out.sameClassStr = env.A.idFromName("x").toString() === env.A2.idFromName("x").toString();
  out.otherClassStr = env.A.idFromName("x").toString() === env.B.idFromName("x").toString();
  out.otherClassEq = env.A.idFromName("x").equals(env.B.idFromName("x"));
  out.sameObject = [await env.A.getByName("x").add(), await env.A2.getByName("x").add(), await env.B.getByName("x").add()];
  out.foreignString = await t(() => env.B.idFromString(env.A.idFromName("x").toString()).toString().length);
  out.foreignUnique = await t(() => env.B.idFromString(env.A.newUniqueId().toString()).toString().length);
  out.foreignGet = await t(() => env.B.get(env.A.idFromName("y")).who());
  out.sameClassGet = await t(() => env.A2.get(env.A.idFromName("y")).who());
  out.uniqueDiffer = env.A.newUniqueId().toString() !== env.A.newUniqueId().toString();
  out.uniqueName = [env.A.newUniqueId().name ?? null, "name" in env.A.newUniqueId()];
  out.equalsNonId = await t(() => env.A.idFromName("x").equals("x"));
  out.equalsNothing = await t(() => env.A.idFromName("x").equals());
  return Response.json(out);
} };` }, steps: [get("/")] });

export default [...defs, ...defsExtra];
