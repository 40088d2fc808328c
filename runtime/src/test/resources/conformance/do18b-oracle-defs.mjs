// Re-record: copy oracle/defs/_h.mjs and this file (as do18b.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do18-
import { CD, PRELUDE, get } from "./_h.mjs";

const doCase = (name, description, cls, body, { sql = false, steps = [get("/")], extra = {}, head = "", area = "durable-objects", date = CD } = {}) => ({ name, area, description, options: {
  modules: true, compatibilityDate: date, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, ...extra,
  script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const until = async (f) => { for (let i = 0; i < 200 && !f(); i++) await scheduler.wait(5); };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
${head}
export class Obj extends DurableObject {
${cls}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` }, steps });

const OPTS_CLS = `
  async run() {
    const s = this.ctx.storage; const r = {};
    await s.put({ a: 1, b: 2, c: 3, d: 4, e: 5, pa: 6, pb: 7 });
    r.getOpts = await TA(() => s.get("a", { allowConcurrency: true, noCache: true }));
    r.getOptsStr = await TA(() => s.get("a", "x"));
    r.getOptsNull = await TA(() => s.get("a", null));
    r.getOptsBad = await TA(() => s.get("a", { allowConcurrency: "yes" }));
    r.putOpts = await TA(() => s.put("f", 6, { allowUnconfirmed: true, noCache: true }));
    r.putOptsNum = await TA(() => s.put("f", 6, 5));
    r.putObjOpts = await TA(() => s.put({ g: 7 }, { allowUnconfirmed: true }));
    r.delRet = await TA(() => s.delete("g"));
    r.delRetMissing = await TA(() => s.delete("nope"));
    r.delManyRet = await TA(() => s.delete(["f", "nope", "e"]));
    r.listPrefixStart = await TA(async () => [...(await s.list({ prefix: "p", start: "a" })).keys()]);
    r.listPrefixStartAfterPrefix = await TA(async () => [...(await s.list({ prefix: "p", start: "pb" })).keys()]);
    r.listPrefixEnd = await TA(async () => [...(await s.list({ prefix: "p", end: "pb" })).keys()]);
    r.listRevLimit = await TA(async () => [...(await s.list({ reverse: true, limit: 2, end: "d" })).keys()]);
    r.listRevStartEnd = await TA(async () => [...(await s.list({ reverse: true, start: "b", end: "d" })).keys()]);
    r.listStartAfterEnd = await TA(async () => [...(await s.list({ startAfter: "a", end: "c" })).keys()]);
    r.listBadPrefix = await TA(async () => [...(await s.list({ prefix: 5 })).keys()]);
    r.listBadReverse = await TA(async () => [...(await s.list({ reverse: "yes", limit: 1 })).keys()]);
    r.listAllowConc = await TA(async () => (await s.list({ allowConcurrency: true })).size);
    r.listMapType = await TA(async () => { const m = await s.list({ limit: 1 }); return [m.constructor.name, Object.prototype.toString.call(m)]; });
    r.getManyType = await TA(async () => { const m = await s.get(["a"]); return [m.constructor.name, [...m.keys()]]; });
    r.txnOps = await TA(() => s.transaction(async (t) => {
      const a = await t.delete("a"); const many = await t.delete(["b", "zz"]);
      const l = [...(await t.list({ limit: 2 })).keys()]; const g = [...(await t.get(["a", "c"])).entries()];
      await t.put({ h: 8 }); const h = await t.get("h");
      return { a, many, l, g, h };
    }));
    r.txnNoArg = await TA(() => s.transaction());
    r.txnNotFn = await TA(() => s.transaction(5));
    r.txnSyncNotFn = T(() => s.transactionSync?.(5));
    r.txnSyncReturnsPromise = await TA(async () => { const v = s.transactionSync?.(async () => 1); return [typeof v, v instanceof Promise ? await v : v]; });
    r.after = [...(await s.list()).entries()];
    await s.deleteAll();
    return r;
  }
`;

const ALARM_CLS = `
  async alarm() {}
  constructor(ctx, env) { super(ctx, env); this.ctorAlarm = null; ctx.blockConcurrencyWhile(async () => { this.ctorAlarm = await ctx.storage.getAlarm(); }); }
  async run() {
    const s = this.ctx.storage; const r = {};
    r.ctorAlarm = this.ctorAlarm;
    r.setNum = await TA(() => s.setAlarm(4102444800000));
    r.get1 = await s.getAlarm();
    r.setDate = await TA(() => s.setAlarm(new Date(4102444800001)));
    r.get2 = await s.getAlarm();
    r.setStr = await TA(() => s.setAlarm("4102444800002"));
    r.setNaN = await TA(() => s.setAlarm(NaN));
    r.setNeg = await TA(() => s.setAlarm(-1));
    r.setFrac = await TA(async () => { await s.setAlarm(4102444800000.7); return await s.getAlarm(); });
    r.setNoArg = await TA(() => s.setAlarm());
    r.setObj = await TA(() => s.setAlarm({}));
    r.getOpts = await TA(() => s.getAlarm({ allowConcurrency: true }));
    r.delRet = await TA(() => s.deleteAlarm());
    r.delAgain = await TA(() => s.deleteAlarm());
    r.get3 = await s.getAlarm();
    return r;
  }
`;

const STUB_CLS = `
  value = 5;
  get getter() { return "g"; }
  async fetch(req) { return new Response("fetched " + req.method + " " + new URL(req.url).pathname); }
  echo(...a) { return a; }
  static staticM() { return "s"; }
  #priv() { return "p"; }
  callPriv() { return this.#priv(); }
`;

const STUB_BODY = `
  const stub = env.DO.getByName("s");
  const r = {};
  r.missing = await TA(() => stub.nope());
  r.value = await TA(() => stub.value);
  r.getter = await TA(() => stub.getter);
  r.echoNone = await TA(() => stub.echo());
  r.echoUndef = await TA(() => stub.echo(undefined, null));
  r.staticM = await TA(() => stub.staticM());
  r.ctorCall = await TA(() => stub.constructor());
  r.callPriv = await TA(() => stub.callPriv());
  r.fetchRpc = await TA(async () => (await stub.fetch("http://x/p", { method: "POST" })).text());
  r.fetchRel = await TA(async () => (await stub.fetch("/rel")).text());
  r.fetchNoArg = await TA(async () => (await stub.fetch()).text());
  r.alarmRpc = await TA(() => stub.alarm());
  r.webSocketMessageRpc = await TA(() => stub.webSocketMessage());
  r.dupRpc = await TA(() => stub.dup?.());
  r.thenType = typeof stub.then;
  r.idEq = stub.id.equals(env.DO.idFromName("s"));
  r.nameProp = stub.name;
  r.strId = T(() => String(stub));
  r.json = T(() => JSON.stringify(stub));
  r.keys = T(() => Object.keys(stub));
  out.r = r;
`;

const EXTRA = [];
const BASE = [
  doCase("do18-storage-options-returns", "KV-backed object: option objects of get/put/list, return values of delete, list combinations of prefix/start/end/reverse, transaction operations, argument checks of transaction()",
    OPTS_CLS, `out.r = await env.DO.getByName("a").run();`),
  doCase("do18-storage-options-returns-sqlite", "SQLite-backed object: option objects of get/put/list, return values of delete, list combinations of prefix/start/end/reverse, transaction operations, argument checks of transaction()",
    OPTS_CLS, `out.r = await env.DO.getByName("a").run();`, { sql: true }),
  doCase("do18-alarm-arguments-and-constructor", "KV-backed object: getAlarm in the constructor, setAlarm with numbers, dates, strings, NaN, negatives, fractions and objects, deleteAlarm's results",
    ALARM_CLS, `out.r = await env.DO.getByName("a").run();`),
  doCase("do18-alarm-arguments-and-constructor-sqlite", "SQLite-backed object: getAlarm in the constructor, setAlarm with numbers, dates, strings, NaN, negatives, fractions and objects, deleteAlarm's results",
    ALARM_CLS, `out.r = await env.DO.getByName("a").run();`, { sql: true }),
  doCase("do18-stub-members-and-reserved", "Stub members: missing methods, fields, getters, static and private methods, the constructor, fetch over RPC with relative and no URL, alarm/webSocketMessage through RPC, stub conversions",
    STUB_CLS, STUB_BODY),
];

const ABORT_CLS = `
  n = 0;
  ping() { return ++this.n; }
  boom(reason) { this.ctx.abort(reason); }
  async fetch(req) { return new Response("f" + (++this.n)); }
`;

const ABORT_BODY = `
  const r = {};
  const s = env.DO.getByName("a");
  r.p1 = await TA(() => s.ping());
  r.boom = await TA(() => s.boom("why"));
  r.sameStub = await TA(() => s.ping());
  r.sameStubAgain = await TA(() => s.ping());
  r.sameStubFetch = await TA(async () => (await s.fetch("http://x/")).text());
  r.newStub = await TA(() => env.DO.getByName("a").ping());
  r.newStubViaId = await TA(() => env.DO.get(env.DO.idFromName("a")).ping());
  const s2 = env.DO.getByName("b");
  r.b1 = await TA(async () => (await s2.fetch("http://x/")).text());
  r.bBoom = await TA(() => s2.boom());
  r.bAfterFetch = await TA(async () => (await s2.fetch("http://x/")).text());
  r.bAfterRpc = await TA(() => s2.ping());
  out.r = r;
`;

EXTRA.push(doCase("do18-abort-breaks-stub", "ctx.abort(): the stub that called the aborting method, later calls and fetches through it, new stubs for the same object",
    ABORT_CLS, ABORT_BODY));


const UNCLONE_CLS = `
  cursor() { return this.ctx.storage.sql.exec("SELECT 1 AS x"); }
  sqlObj() { return this.ctx.storage.sql; }
  storageObj() { return this.ctx.storage; }
  ctxObj() { return this.ctx; }
  idObj() { return this.ctx.id; }
  wsPair() { return new WebSocketPair(); }
  fnObj() { return { f() { return 1; } }; }
  sym() { return Symbol("s"); }
  envObj() { return this.env; }
  weak() { return new WeakMap(); }
  proxied() { return new Proxy({ a: 1 }, {}); }
`;
const UNCLONE_BODY = `
  const s = env.DO.getByName("u");
  const r = {};
  for (const m of ["cursor", "sqlObj", "storageObj", "ctxObj", "idObj", "wsPair", "fnObj", "sym", "weak"]) {
    r[m] = await TA(async () => { const v = await s[m](); return [typeof v, Object.prototype.toString.call(v)]; });
  }
  r.idRoundTrip = await TA(async () => { const id = await s.idObj(); return [id.toString() === env.DO.idFromName("u").toString(), id.name ?? null, typeof id.equals]; });
  out.r = r;
`;
EXTRA.push(doCase("do18-rpc-results-not-cloneable", "RPC results of an object's own things: a SQL cursor, sql, storage, ctx, its id, a WebSocketPair, objects with functions, symbols, WeakMaps",
    UNCLONE_CLS, UNCLONE_BODY, { sql: true }));

export default [...BASE, ...EXTRA];
