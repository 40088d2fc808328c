// Re-record: copy oracle/defs/_h.mjs and this file (as do19.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do19-
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

const SQL_ERR_CLS = `
  run() {
    const sql = this.ctx.storage.sql; const r = {};
    const x = (q, ...b) => T(() => { const c = sql.exec(q, ...b); return { rows: c.raw().toArray(), read: c.rowsRead, written: c.rowsWritten }; });
    sql.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, n INTEGER CONSTRAINT pos CHECK (n >= 0), UNIQUE (v, n))");
    sql.exec("CREATE TABLE c2 (a INTEGER CHECK (a < 10), b TEXT NOT NULL)");
    sql.exec("INSERT INTO t (v, n) VALUES ('a', 1), ('b', 2), ('c', 3)");
    r.checkNamed = x("INSERT INTO t (v, n) VALUES ('z', -1)");
    r.checkUnnamed = x("INSERT INTO c2 VALUES (11, 'x')");
    r.notNull2 = x("INSERT INTO c2 (a) VALUES (1)");
    r.uniqueComposite = x("INSERT INTO t (v, n) VALUES ('a', 1)");
    r.pk = x("INSERT INTO t (id, v, n) VALUES (1, 'q', 9)");
    r.midRowError = T(() => { const c = sql.exec("SELECT CASE WHEN id = 2 THEN json('bad') ELSE id END AS j FROM t ORDER BY id"); const a = c.next(); let b; try { b = c.next(); } catch (e) { b = E(e); } return [a, b, c.rowsRead]; });
    r.midRowToArray = x("SELECT CASE WHEN id = 3 THEN json('bad') ELSE id END AS j FROM t ORDER BY id");
    r.multiSecondFails = T(() => { try { sql.exec("INSERT INTO t (v, n) VALUES ('m1', 5); INSERT INTO nope VALUES (1)"); } catch (e) { return [E(e), sql.exec("SELECT count(*) AS n FROM t WHERE v = 'm1'").one().n]; } return "no error"; });
    r.multiSecondRuntime = T(() => { try { sql.exec("INSERT INTO t (v, n) VALUES ('m2', 5); INSERT INTO t (v, n) VALUES ('m2', 5)"); } catch (e) { return [E(e), sql.exec("SELECT count(*) AS n FROM t WHERE v = 'm2'").one().n]; } return "no error"; });
    r.overflowAbs = x("SELECT abs(-9223372036854775808)");
    r.overflowSum = x("SELECT sum(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)");
    r.badJson = x("SELECT json('{')");
    r.noFunc = x("SELECT nofunc(1)");
    r.wrongArgs = x("SELECT substr()");
    r.ambiguous = x("SELECT a FROM c2, c2 AS d");
    r.ambiguousQualified = x("SELECT t.id FROM t, t");
    r.incomplete = x("SELECT (1");
    r.unrecognized = x("SELECT @");
    r.colCount = x("INSERT INTO c2 VALUES (1)");
    r.viewModify = T(() => { sql.exec("CREATE VIEW vw AS SELECT * FROM t"); return x("INSERT INTO vw (v) VALUES ('x')"); });
    r.misuseAgg = x("SELECT id FROM t WHERE count(*) > 1");
    r.windowMisuse = x("SELECT id FROM t WHERE row_number() OVER () > 1");
    r.raiseAbort = T(() => { sql.exec("CREATE TABLE g (v); CREATE TRIGGER ga BEFORE INSERT ON g WHEN new.v = 'abort' BEGIN SELECT RAISE(ABORT, 'no aborts'); END; CREATE TRIGGER gf BEFORE INSERT ON g WHEN new.v = 'fail' BEGIN SELECT RAISE(FAIL, 'no fails'); END; CREATE TRIGGER gi BEFORE INSERT ON g WHEN new.v = 'ignore' BEGIN SELECT RAISE(IGNORE); END;"); return [x("INSERT INTO g VALUES ('abort')"), x("INSERT INTO g VALUES ('fail')"), x("INSERT INTO g VALUES ('ignore')"), x("INSERT INTO g VALUES ('ok')"), x("SELECT v FROM g")]; });
    r.raiseOutside = x("SELECT RAISE(ABORT, 'x')");
    r.divZeroReal = x("SELECT 1.0 / 0, 5 % 0.0");
    r.castOdd = x("SELECT CAST('12abc' AS INTEGER), CAST('x' AS REAL), CAST(1e30 AS INTEGER), CAST(-1e30 AS INTEGER)");
    r.bigIntRead = T(() => sql.exec("SELECT 9007199254740993 AS n").one());
    r.bigIntBindRead = T(() => sql.exec("SELECT ? + 0 AS n", 9007199254740992n).one());
    r.blobLen = x("SELECT length(?), typeof(?)", new ArrayBuffer(3), new Float64Array(1));
    r.bindNegZeroInt = x("SELECT ? = 0, typeof(?)", -0, 0);
    r.bindBigFloat = x("SELECT typeof(?), typeof(?), typeof(?)", 2 ** 53, 2 ** 63, 1e300);
    r.bindIntBoundary = x("SELECT typeof(?), typeof(?)", 2147483648, -2147483649);
    r.bindStringObj = x("SELECT ?", new String("s"));
    r.bindNumberObj = x("SELECT ?", new Number(3));
    r.bindNullProto = x("SELECT ?", Object.create(null));
    r.bindMap = x("SELECT ?", new Map());
    r.bindPromise = x("SELECT ?", Promise.resolve(1));
    r.bindSAB = T(() => typeof SharedArrayBuffer === "function" ? x("SELECT length(?)", new SharedArrayBuffer(2)) : "none");
    r.bindDetached = T(() => { const b = new ArrayBuffer(4); structuredClone(b, { transfer: [b] }); return x("SELECT length(?), typeof(?)", b, b); });
    r.txnSyncError = T(() => { try { this.ctx.storage.transactionSync(() => { sql.exec("INSERT INTO t (v, n) VALUES ('tx', 1)"); sql.exec("INSERT INTO t (v, n) VALUES ('tx', 1)"); }); } catch (e) { return [E(e), sql.exec("SELECT count(*) AS n FROM t WHERE v = 'tx'").one().n]; } return "no"; });
    r.txnSyncReturnsCursor = T(() => { const c = this.ctx.storage.transactionSync(() => sql.exec("SELECT v FROM t ORDER BY id LIMIT 2")); return c.toArray(); });
    r.txnSyncNested = T(() => this.ctx.storage.transactionSync(() => { sql.exec("INSERT INTO t (v, n) VALUES ('n1', 1)"); try { this.ctx.storage.transactionSync(() => { sql.exec("INSERT INTO t (v, n) VALUES ('n2', 1)"); throw new Error("inner"); }); } catch (e) { } return sql.exec("SELECT v FROM t WHERE v LIKE 'n_' ORDER BY v").raw().toArray(); }));
    r.txnSyncArgs = [T(() => this.ctx.storage.transactionSync()), T(() => this.ctx.storage.transactionSync(5)), T(() => this.ctx.storage.transactionSync(async () => 1) instanceof Promise)];
    r.errProps = T(() => { try { sql.exec("SELEC"); } catch (e) { return [e.constructor.name, Object.keys(e), e instanceof Error, typeof e.stack, "cause" in e]; } });
    return r;
  }
`;

const SQL_CURSOR_CLS = `
  run() {
    const sql = this.ctx.storage.sql; const r = {};
    sql.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, b BLOB, f REAL)");
    r.ins = T(() => { const c = sql.exec("INSERT INTO t (v, b, f) VALUES ('a', x'01', 1.5), ('b', NULL, 2), ('c', x'', -0.0)"); return [c.rowsRead, c.rowsWritten, c.columnNames, c.toArray(), c.rowsRead, c.rowsWritten]; });
    r.createIndex = T(() => { const c = sql.exec("CREATE INDEX iv ON t (v)"); return [c.rowsRead, c.rowsWritten, c.columnNames]; });
    r.selectIndexed = T(() => { const c = sql.exec("SELECT id FROM t WHERE id = 2"); c.toArray(); return [c.rowsRead, c.rowsWritten]; });
    r.selectOrder = T(() => { const c = sql.exec("SELECT v FROM t ORDER BY v DESC LIMIT 1"); c.toArray(); return [c.rowsRead, c.rowsWritten]; });
    r.upsert = T(() => { sql.exec("CREATE TABLE kv (k TEXT PRIMARY KEY, v)"); const a = sql.exec("INSERT INTO kv VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = v + 1"); sql.exec("INSERT INTO kv VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = v + 1"); sql.exec("INSERT OR REPLACE INTO kv VALUES ('a', 5)"); const d = sql.exec("INSERT OR IGNORE INTO kv VALUES ('a', 6)"); return [[a.rowsRead, a.rowsWritten], [d.rowsRead, d.rowsWritten], sql.exec("SELECT v FROM kv").one()]; });
    r.values = T(() => sql.exec("SELECT v, b, f, typeof(f) AS tf FROM t ORDER BY id").toArray().map((o) => Object.entries(o).map(([k, val]) => [k, val === null ? null : val instanceof ArrayBuffer ? "AB:" + val.byteLength : Object.is(val, -0) ? "-0" : val])));
    r.rawCols = T(() => { const c = sql.exec("SELECT id AS x, v AS y FROM t LIMIT 1"); const raw = c.raw(); return [raw.columnNames, c.columnNames, Object.prototype.toString.call(raw), Object.getOwnPropertyNames(Object.getPrototypeOf(raw)).sort()]; });
    r.rawOne = T(() => { const raw = sql.exec("SELECT 1 AS a").raw(); return typeof raw.one; });
    r.doneShape = T(() => { const c = sql.exec("SELECT 1 AS a WHERE 0"); const d = c.next(); return [Object.keys(d), "value" in d, d.done]; });
    r.rowShape = T(() => { const row = sql.exec("SELECT 1 AS a, 2 AS b").one(); return [Object.getPrototypeOf(row) === Object.prototype, Object.keys(row), Object.getOwnPropertyDescriptor(row, "a")]; });
    r.rawRowShape = T(() => { const row = sql.exec("SELECT 1 AS a, 2 AS b").raw().next().value; return [Array.isArray(row), row.length]; });
    r.protoKeyCol = T(() => sql.exec("SELECT 1 AS __proto__, 2 AS constructor, 3 AS toString").toArray().map((o) => [Object.keys(o), JSON.stringify(o)]));
    r.numericColNames = T(() => { const c = sql.exec("SELECT 1 AS \\"0\\", 2 AS \\"1\\", 3 AS b"); return [c.columnNames, JSON.stringify(c.one())]; });
    r.nextArgs = T(() => { const c = sql.exec("SELECT 1 AS a"); return [c.next(5), c.next()]; });
    r.cursorReturn = T(() => { const c = sql.exec("SELECT 1 AS a UNION SELECT 2"); return [typeof c.return, typeof c.throw]; });
    r.breakLoop = T(() => { const c = sql.exec("SELECT id FROM t ORDER BY id"); for (const row of c) break; return c.next(); });
    r.arrayFrom = T(() => Array.from(sql.exec("SELECT id FROM t ORDER BY id LIMIT 2")));
    r.toArrayAfterRaw = T(() => { const c = sql.exec("SELECT id FROM t ORDER BY id LIMIT 3"); c.raw().next(); return c.toArray(); });
    r.oneAfterDone = T(() => { const c = sql.exec("SELECT 1 AS a"); c.toArray(); return c.one(); });
    r.execReturnsNewCursor = T(() => sql.exec("SELECT 1") !== sql.exec("SELECT 1"));
    r.colNamesDdl = T(() => [sql.exec("CREATE TABLE e (a)").columnNames, sql.exec("PRAGMA table_info(t)").columnNames]);
    r.otherCtors = [this.ctx.storage, this.ctx, this.ctx.storage.kv, this.ctx.id, this.env.DO].map((o) => { const C = Object.getPrototypeOf(o).constructor; return [C.name, T(() => { new C(); return "constructed"; })]; });
    r.detached = [T(() => { const f = sql.exec; return f("SELECT 1"); }), T(() => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(sql), "databaseSize").get.call({})), T(() => { const c = sql.exec("SELECT 1"); return Object.getPrototypeOf(c).next.call({}); }), T(() => { const c = sql.exec("SELECT 1"); return Object.getOwnPropertyDescriptor(Object.getPrototypeOf(c), "columnNames").get.call({}); }), T(() => { const c = sql.exec("SELECT 1"); return c.raw().next.call({}); })];
    r.funcOffsets = ["SELECT abs(1, 2)", "SELECT 'abs(' || ABS (1, 2)", "SELECT 1 AS abs, abs(1,2,3)", "SELECT max(sum(1)) FROM t", "SELECT 1 FROM t GROUP BY sum(id)", "SELECT id, # FROM t", "SELECT 'x' , \`y"].map((q) => T(() => sql.exec(q).toArray()));
    r.execThis = T(() => { const f = sql.exec; return f("SELECT 1"); });
    r.cursorCtor = T(() => { const C = Object.getPrototypeOf(sql.exec("SELECT 1")).constructor; return [C.name, T(() => new C())]; });
    r.sqlCtor = T(() => { const C = Object.getPrototypeOf(sql).constructor; return [C.name, T(() => new C())]; });
    r.readonlySets = [T(() => { sql.databaseSize = 5; }), T(() => { const c = sql.exec("SELECT 1"); c.rowsRead = 5; }), T(() => { const c = sql.exec("SELECT 1"); c.columnNames = []; }), T(() => { const c = sql.exec("SELECT 1"); c.rowsWritten = 1; return c.rowsWritten; })];
    r.ingestType = typeof sql.ingest;
    r.prepType = typeof sql.prepare;
    return r;
  }
`;

const first = [
  doCase("do19-sql-error-messages-and-bindings", "SQLite-backed object: constraint, runtime and parse error messages, errors while iterating, partial multi-statement effects, RAISE in triggers, odd bindings, transactionSync errors",
    SQL_ERR_CLS, `out.r = await env.DO.getByName("a").run();`, { sql: true }),
  doCase("do19-sql-cursor-counts-and-shapes", "SQLite-backed object: rowsRead/rowsWritten of writes, upserts and indexed reads, row and raw shapes, odd column names, cursor and SqlStorage constructors",
    SQL_CURSOR_CLS, `out.r = await env.DO.getByName("a").run();`, { sql: true }),
];

const TXN_CLS = `
  async run() {
    const s = this.ctx.storage; const r = {};
    await s.put({ a: 1, b: 2 });
    r.txnShape = await TA(() => s.transaction(async (txn) => [Object.prototype.toString.call(txn), Object.getOwnPropertyNames(Object.getPrototypeOf(txn)).sort(), txn === s]));
    r.rollbackThenWrite = await TA(() => s.transaction(async (txn) => { await txn.put("r1", 1); txn.rollback(); return await TA(() => txn.put("r2", 2)); }));
    r.rollbackThenRead = await TA(() => s.transaction(async (txn) => { txn.rollback(); return await TA(() => txn.get("a")); }));
    r.rollbackTwice = await TA(() => s.transaction(async (txn) => { txn.rollback(); return T(() => txn.rollback()); }));
    r.afterRollback = await TA(async () => [(await s.get("r1")) ?? null, (await s.get("r2")) ?? null]);
    r.txnDeleteAll = await TA(() => s.transaction(async (txn) => await TA(() => txn.deleteAll())));
    r.txnAlarm = await TA(() => s.transaction(async (txn) => { await txn.setAlarm(Date.now() + 3600000); const a = await txn.getAlarm(); await txn.deleteAlarm(); return [typeof a, await txn.getAlarm()]; }));
    r.txnAlarmRollback = await TA(async () => { await s.transaction(async (txn) => { await txn.setAlarm(Date.now() + 3600000); txn.rollback(); }); return await s.getAlarm(); });
    r.txnNested = await TA(() => s.transaction(async (txn) => await TA(() => txn.transaction(async () => 1))));
    r.txnNestedOuter = await TA(() => s.transaction(async () => await TA(() => s.transaction(async (t2) => { await t2.put("nest", 1); return "inner"; }))));
    r.txnList = await TA(() => s.transaction(async (txn) => { await txn.put("c", 3); await txn.delete("a"); return [...(await txn.list()).entries()]; }));
    r.txnGetMulti = await TA(() => s.transaction(async (txn) => { await txn.put({ m1: 1, m2: 2 }); return [...(await txn.get(["m1", "m2", "zz"])).entries()]; }));
    r.txnDeleteMulti = await TA(() => s.transaction(async (txn) => [await txn.delete(["m1", "m2", "zz"]), await txn.delete("m1")]));
    r.txnThrowNonError = await TA(() => s.transaction(async (txn) => { await txn.put("tt", 1); throw "plain string"; }));
    r.txnThrowAfter = (await s.get("tt")) ?? null;
    r.txnReturnUndef = await TA(() => s.transaction(async () => {}));
    r.txnSyncCb = await TA(() => s.transaction((txn) => 5));
    r.txnNoCb = await TA(() => s.transaction());
    r.txnNonFn = await TA(() => s.transaction(5));
    r.txnOpts = await TA(() => s.transaction(async () => "ok", { foo: 1 }));
    r.txnUseAfter = await TA(async () => { let saved; await s.transaction(async (txn) => { saved = txn; }); return await TA(() => saved.get("a")); });
    r.txnUseAfterPut = await TA(async () => { let saved; await s.transaction(async (txn) => { saved = txn; }); return await TA(() => saved.put("late", 1)); });
    r.final = [...(await s.list()).entries()];
    return r;
  }

  async batches() {
    const s = this.ctx.storage; const r = {};
    const keys = (n) => Array.from({ length: n }, (_, i) => "k" + i);
    const obj = (n) => Object.fromEntries(keys(n).map((k, i) => [k, i]));
    r.put129 = await TA(() => s.put(obj(129)));
    r.get129 = await TA(async () => (await s.get(keys(129))).size);
    r.del129 = await TA(() => s.delete(keys(129)));
    r.putEmptyObj = await TA(() => s.put({}));
    r.putUndefEntry = await TA(() => s.put({ u: undefined }));
    r.putFnEntry = await TA(() => s.put({ f: () => 1 }));
    r.putSymKey = await TA(async () => { await s.put({ [Symbol("x")]: 1, plain: 2 }); return [...(await s.list()).keys()]; });
    r.putBigKeyInObj = await TA(() => s.put({ ["k".repeat(2049)]: 1 }));
    r.getArrBigKey = await TA(() => s.get(["a", "k".repeat(2049)]));
    r.delArrBigKey = await TA(() => s.delete(["a", "k".repeat(2049)]));
    r.listStartBig = await TA(async () => (await s.list({ start: "k".repeat(3000) })).size);
    r.listPrefixBig = await TA(async () => (await s.list({ prefix: "k".repeat(3000) })).size);
    r.getDupMap = await TA(async () => { await s.put("d", 1); return [...(await s.get(["d", "d", "nope"])).entries()]; });
    r.putProto = await TA(async () => { const o = Object.create({ inherited: 1 }); o.own = 2; await s.put(o); return [(await s.get("inherited")) ?? null, (await s.get("own")) ?? null]; });
    r.putArray = await TA(async () => { await s.put(["x0", "x1"]); return [...(await s.list({ prefix: "" })).keys()].filter((k) => k.length === 1); });
    return r;
  }
`;

const more = [
  doCase("do19-storage-transactions-and-batches", "KV-backed object: the transaction object after rollback and after the callback, deleteAll and alarms inside a transaction, nesting, odd callbacks; 129-key batches, odd put objects",
    TXN_CLS, `out.t = await env.DO.getByName("a").run(); out.b = await env.DO.getByName("b").batches();`),
  doCase("do19-storage-transactions-and-batches-sqlite", "SQLite-backed object: the transaction object after rollback and after the callback, deleteAll and alarms inside a transaction, nesting, odd callbacks; 129-key batches, odd put objects",
    TXN_CLS, `out.t = await env.DO.getByName("a").run(); out.b = await env.DO.getByName("b").batches();`, { sql: true }),
];

const THROW_CLS = `
  async fetch(req) {
    const kind = new URL(req.url).pathname.split("/")[2];
    class MyErr extends Error {}
    class Named extends Error { constructor(m) { super(m); this.name = "NamedError"; this.code = 42; } }
    switch (kind) {
      case "string": throw "plain string";
      case "null": throw null;
      case "undef": throw undefined;
      case "number": throw 42;
      case "object": throw { message: "obj msg", name: "ObjName" };
      case "sub": throw new MyErr("sub msg");
      case "named": throw new Named("named msg");
      case "renamed": { const e = new Error("renamed msg"); e.name = "Whatever"; throw e; }
      case "cause": throw new TypeError("with cause", { cause: new Error("the cause") });
      case "dom": throw new DOMException("dom msg", "AbortError");
      case "agg": throw new AggregateError([new Error("a")], "agg msg");
      case "empty": throw new Error();
      case "async": await scheduler.wait(1); throw new SyntaxError("late");
      case "returnString": return "not a response";
      case "returnUndef": return undefined;
      case "returnObj": return { status: 200 };
      case "multiline": throw new Error("line1\\nline2");
    }
    return new Response("ok " + kind);
  }
  async rpcThrow(kind) {
    class Named extends Error { constructor(m) { super(m); this.name = "NamedError"; this.code = 42; } }
    switch (kind) {
      case "string": throw "plain string";
      case "null": throw null;
      case "number": throw 42;
      case "object": throw { message: "obj msg", name: "ObjName" };
      case "named": throw new Named("named msg");
      case "renamed": { const e = new Error("renamed msg"); e.name = "Whatever"; throw e; }
      case "props": { const e = new RangeError("props msg"); e.code = "E_CODE"; e.detail = { a: 1 }; throw e; }
      case "cause": throw new TypeError("with cause", { cause: new Error("the cause") });
      case "dom": throw new DOMException("dom msg", "AbortError");
      case "agg": throw new AggregateError([new Error("a")], "agg msg");
      case "empty": throw new Error();
    }
  }
`;
const THROW_KINDS = ["string", "null", "undef", "number", "object", "sub", "named", "renamed", "cause", "dom", "agg", "empty", "async", "returnString", "returnUndef", "returnObj", "multiline"];
const RPC_KINDS = ["string", "null", "number", "object", "named", "renamed", "props", "cause", "dom", "agg", "empty"];
const THROW_BODY = `
  const D = (e) => e === null || typeof e !== "object" ? { prim: String(e) } : { name: e.name, message: e.message, ctor: e.constructor?.name, remote: e.remote ?? null, code: e.code ?? null, detail: e.detail ?? null, cause: e.cause === undefined ? "none" : String(e.cause), isErr: e instanceof Error, keys: Object.keys(e).sort() };
  const stub = env.DO.getByName("t");
  if (url.pathname.startsWith("/direct/")) return stub.fetch("http://do/x/" + url.pathname.split("/")[2]);
  out.fetch = {};
  for (const k of ${JSON.stringify(THROW_KINDS)}) {
    try { const r = await stub.fetch("http://do/x/" + k); out.fetch[k] = { status: r.status, text: (await r.text()).split("\\n")[0] }; } catch (e) { out.fetch[k] = D(e); }
  }
  out.rpc = {};
  for (const k of ${JSON.stringify(RPC_KINDS)}) {
    try { await stub.rpcThrow(k); out.rpc[k] = "no throw"; } catch (e) { out.rpc[k] = D(e); }
  }
`;
const more2 = [
  doCase("do19-object-throws-shapes", "What a caller sees when an object's fetch handler throws odd values, returns a non-Response, or an RPC method throws errors with names, properties, causes; the 500 answers when the stub's response is returned directly",
    THROW_CLS, THROW_BODY, { steps: [get("/"), { ...get("/direct/sub"), bodyMatches: "^Error: sub msg(\\n|$)" }, { ...get("/direct/named"), bodyMatches: "^Error: NamedError: named msg(\\n|$)" }, { ...get("/direct/string"), bodyMatches: "^Error: plain string(\\n|$)" }, { ...get("/direct/returnString"), bodyMatches: "^TypeError: Incorrect type for Promise: the Promise did not resolve to 'Response'\\.(\\n|$)" }, { ...get("/direct/object"), bodyMatches: "^Error: #<Object>(\\n|$)" }, { ...get("/direct/dom"), bodyMatches: "^AbortError: dom msg(\\n|$)" }] }),
];

const ALARM_CLS = `
  async alarm(info) {
    const s = this.ctx.storage;
    const runs = ((await s.get("runs")) ?? 0) + 1;
    await s.put("runs", runs);
    const log = (await s.get("log")) ?? [];
    log.push({ runs, inside: await s.getAlarm(), retry: info.retryCount, isRetry: info.isRetry, infoKeys: Object.keys(info).sort() });
    if (runs === 1) { await s.setAlarm(Date.now() + 20); log.push({ afterSet: typeof (await s.getAlarm()) }); }
    if (runs === 2) { await s.setAlarm(Date.now() + 3600000); await s.deleteAlarm(); log.push({ afterDelete: await s.getAlarm() }); }
    await s.put("log", log);
  }
  async start() { await this.ctx.storage.setAlarm(Date.now() + 10); return "set"; }
  async poll() {
    const s = this.ctx.storage;
    for (let i = 0; i < 100 && ((await s.get("runs")) ?? 0) < 2; i++) await scheduler.wait(20);
    await scheduler.wait(50);
    return { runs: await s.get("runs"), log: await s.get("log"), after: await s.getAlarm() };
  }
`;
const more3 = [
  doCase("do19-alarm-rescheduled-inside-handler", "KV-backed object: getAlarm() inside alarm(), an alarm set again from the handler fires again, one set and deleted inside the handler does not",
    ALARM_CLS, `out.start = await env.DO.getByName("a").start(); out.poll = await env.DO.getByName("a").poll();`),
  doCase("do19-alarm-rescheduled-inside-handler-sqlite", "SQLite-backed object: getAlarm() inside alarm(), an alarm set again from the handler fires again, one set and deleted inside the handler does not",
    ALARM_CLS, `out.start = await env.DO.getByName("a").start(); out.poll = await env.DO.getByName("a").poll();`, { sql: true }),
];

const SQL_MSG_CLS = `
  run() {
    const sql = this.ctx.storage.sql; const r = {};
    sql.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, n INTEGER, w BLOB)");
    sql.exec("INSERT INTO t (v, n) VALUES ('a', 1), ('b', 2)");
    for (const q of ["INSERT INTO t (nope) VALUES (1)", "SELECT * FROM t WHERE", "SELECT * FROM t ORDER BY 5", "SELECT v FROM t GROUP BY 9", "SELECT 1 UNION SELECT 1, 2",
      "CREATE TABLE x (a, a)", "CREATE TABLE y (a PRIMARY KEY, b PRIMARY KEY)", "ALTER TABLE t DROP COLUMN id", "ALTER TABLE nope RENAME TO z", "ALTER TABLE t RENAME COLUMN nope TO z",
      "SELECT t.nope FROM t", "SELECT \\"nope\\" FROM t", "CREATE INDEX i2 ON t (nope)", "SELECT x'zz'", "SELECT 'unterminated", "SELECT 1 FROM t LIMIT 'a'",
      "DELETE FROM t WHERE nope = 1", "UPDATE t SET nope = 1", "INSERT INTO t VALUES (1, 2, 3, 4, 5)", "SELECT * FROM (SELECT 1) AS s, nope", "SELECT max()",
      "SELECT count(DISTINCT id, v) FROM t", "SELECT * FROM t WHERE id IN (SELECT 1, 2)", "CREATE TRIGGER tr BEFORE INSERT ON nope BEGIN SELECT 1; END",
      "SELECT ?0", "SELECT ?101", "SELECT 0x", "SELECT 1abc", "SELECT nope.*", "SELECT * FROM t JOIN t", "SELECT v FROM t UNION SELECT v FROM t ORDER BY nope",
      "UPDATE t SET v = 1 WHERE", "SELECT CAST(1 AS)", "SELECT * FROM t NATURAL JOIN nope", "SELECT v FROM t WHERE v MATCH 'x'", "SELECT json_extract('{}', 'bad')",
      "SELECT printf()", "SELECT group_concat()", "SELECT * FROM pragma_nope", "SELECT nope()", "SELECT lower(1, 2)", "SELECT likelihood(1, 2)",
      "CREATE TABLE z (a) WITHOUT ROWID", "CREATE TABLE z2 (a INTEGER PRIMARY KEY AUTOINCREMENT) WITHOUT ROWID", "CREATE TABLE z3 (a CHECK (nope > 0))", "DROP VIEW nope", "DROP TRIGGER nope",
      "INSERT INTO t DEFAULT VALUES RETURNING nope", "SELECT * FROM t WHERE id = (SELECT id FROM t)", "SELECT row_number() FROM t", "SELECT sum(v) OVER w FROM t", "VALUES (1), (1, 2)"])
      r[q] = T(() => sql.exec(q).toArray());
    return r;
  }
`;
const more4 = [
  doCase("do19-sql-parse-and-schema-error-messages", "SQLite-backed object: messages (and offsets) of parse, schema, arity and resolution errors of many statement shapes",
    SQL_MSG_CLS, `out.r = await env.DO.getByName("a").run();`, { sql: true }),
];

const SQL_TEXT_CLS = `
  run() {
    const sql = this.ctx.storage.sql; const r = {};
    const x = (q, ...b) => T(() => sql.exec(q, ...b).raw().toArray());
    r.invalidUtf8 = x("SELECT CAST(x'ff' AS TEXT) AS s, CAST(x'61ff62' AS TEXT) AS s2, CAST(x'c3' AS TEXT) AS s3");
    r.pairSurrogate = x("SELECT length(?), hex(?)", "\\uD83D\\uDE00", "\\uD83D\\uDE00");
    r.castBlobText = x("SELECT CAST('héllo' AS BLOB)").map((row) => row.map((v) => v instanceof ArrayBuffer ? [...new Uint8Array(v)] : v));
    r.textNul = x("SELECT 'a' || char(0) || 'b', length('a' || char(0) || 'b')");
    r.upperUnicode = x("SELECT upper('é'), lower('É'), 'é' LIKE 'É', 'a' LIKE 'A'");
    r.collate = x("SELECT 'a' = 'A' COLLATE NOCASE, 'b' < 'B', 'é' = 'É' COLLATE NOCASE");
    r.unicodeFns = x("SELECT unicode('😀'), char(128512), length('😀'), octet_length('😀'), substr('a😀b', 2, 1)");
    r.instrBlob = x("SELECT instr(x'0102030405', x'0304'), length(x'00ff'), hex(zeroblob(3))");
    r.boolCols = x("SELECT 1 = 1, 1 = 2, NULL IS NULL, typeof(1 = 1)");
    r.realFormat = x("SELECT 0.1 + 0.2, 1e21, -0.0, 1.0, 2.5e-7, 100.0 / 3");
    r.printfReal = x("SELECT printf('%.2f', 3.14159), printf('%d', 3.9), printf('%s', NULL), printf('%5s|', 'ab')");
    r.dates = x("SELECT date('2024-02-30'), datetime(0, 'unixepoch'), strftime('%Y', '2024-01-01'), julianday('2000-01-01')");
    return r;
  }
`;
const more5 = [
  doCase("do19-sql-text-and-value-conversions", "SQLite-backed object: invalid UTF-8 read back as text, surrogate pairs across the binding, blob casts, NUL in text, unicode functions, collations, real formatting, dates",
    SQL_TEXT_CLS, `out.r = await env.DO.getByName("a").run();`, { sql: true }),
];

const SYNC_KV_CLS = `
  run() {
    const kv = this.ctx.storage.kv; const r = {};
    for (const [k, v] of [["a", 1], ["aa", 2], ["ab", 3], ["b", 4], ["ba", 5], ["c", 6], ["", 7], ["B", 8]]) kv.put(k, v);
    const L = (o) => T(() => [...kv.list(o)].map(([k]) => k));
    r.startEndRev = L({ start: "aa", end: "ba", reverse: true });
    r.prefixRevLimit = L({ prefix: "a", reverse: true, limit: 2 });
    r.prefixStart = L({ prefix: "a", start: "ab" });
    r.prefixEnd = L({ prefix: "a", end: "ab" });
    r.startAfterRev = L({ startAfter: "b", reverse: true });
    r.startAfterEnd = L({ startAfter: "a", end: "b" });
    r.limit0 = L({ limit: 0 });
    r.limitNeg = L({ limit: -1 });
    r.limitFrac = L({ limit: 1.5 });
    r.limitStr = L({ limit: "2" });
    r.limitNaN = L({ limit: NaN });
    r.startNum = L({ start: 1 });
    r.optNull = L(null);
    r.optStr = L("a");
    r.unknownOpt = L({ foo: 1 });
    r.iterShape = T(() => { const it = kv.list({ limit: 2 }); return [Object.prototype.toString.call(it), Object.getOwnPropertyNames(Object.getPrototypeOf(it)).sort(), it[Symbol.iterator]() === it, it.next(), typeof it.toArray]; });
    r.lazyList = T(() => { const it = kv.list({ prefix: "z" }); kv.put("z1", 1); const first = it.next(); kv.put("z2", 2); return [first, it.next(), it.next()]; });
    r.keyCoerce = T(() => { kv.put(5, "five"); kv.put(null, "nul"); kv.put(undefined, "undef"); return [kv.get("5"), kv.get("null"), kv.get("undefined")]; });
    r.getArray = T(() => { const m = kv.get(["a", "zz", "b"]); return m instanceof Map ? ["map", [...m.entries()]] : m; });
    r.deleteArray = T(() => kv.delete(["z1", "z2", "zz"]));
    r.putObject = T(() => kv.put({ o1: 1 }));
    r.putNoValue = T(() => kv.put("nv"));
    r.getNoArg = T(() => kv.get());
    r.deleteNoArg = T(() => kv.delete());
    r.putBigKey = T(() => kv.put("k".repeat(2049), 1));
    r.putBigValue = T(() => { kv.put("big", "x".repeat(2 * 1024 * 1024 + 10)); return "ok"; });
    r.putFn = T(() => kv.put("fn", () => 1));
    r.values = T(() => { kv.put("d", new Date(0)); kv.put("u8", new Uint8Array([1, 2])); kv.put("bi", 5n); return [kv.get("d") instanceof Date, Object.prototype.toString.call(kv.get("u8")), typeof kv.get("bi")]; });
    return r;
  }
`;
const more6 = [
  doCase("do19-sync-kv-list-matrix-and-arguments", "SQLite-backed object: ctx.storage.kv list option combinations and coercions, its iterator's shape and laziness, key coercion, array get/delete, odd arguments, size limits, value types",
    SYNC_KV_CLS, `out.r = await env.DO.getByName("a").run();`, { sql: true }),
];

const CTOR_CLS = `
  async run() {
    const s = this.ctx.storage; const r = {};
    const C = (o) => { const K = Object.getPrototypeOf(o).constructor; return [K.name, T(() => { new K(); return "constructed"; })]; };
    r.txn = await s.transaction(async (txn) => C(txn));
    r.listIter = C(s.kv.list());
    r.rawIter = C(s.sql.exec("SELECT 1").raw());
    r.cursor = C(s.sql.exec("SELECT 1"));
    r.txnDetached = await s.transaction(async (txn) => [await TA(() => txn.get.call({}, "a")), T(() => txn.rollback.call({}))]);
    r.storageDetached = [await TA(() => s.get.call({}, "a")), await TA(() => s.list.call(null)), T(() => s.kv.get.call({}, "a")), T(() => s.kv.list.call({}))];
    r.iterDetached = [T(() => Object.getPrototypeOf(s.kv.list()).next.call({})), T(() => Object.getPrototypeOf(s.sql.exec("SELECT 1").raw()).next.call({}))];
    return r;
  }
`;
const more7 = [
  doCase("do19-storage-classes-construct-and-receivers", "SQLite-backed object: the storage API's transaction, iterator and cursor classes constructed by user code, and their methods called on other receivers",
    CTOR_CLS, `out.r = await env.DO.getByName("a").run();`, { sql: true }),
];
export default [...first, ...more, ...more2, ...more3, ...more4, ...more5, ...more6, ...more7];
