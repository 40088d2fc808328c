import { CD, PRELUDE, get, req } from "./_h.mjs";

// A DO class Obj whose fetch runs `body` (s = storage, ctx, env, url, out in scope); the worker forwards /<name>/... to it.
const doScript = (body, extraClass = "", workerBody = "") => `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
let moduleCounter = 0;
export class Obj extends DurableObject {
  async alarm(info) { await this.ctx.storage.put("ran", { retry: info?.retryCount ?? null, isRetry: info?.isRetry ?? null, alarmNow: await this.ctx.storage.getAlarm() }); }
  constructor(ctx, env) { super(ctx, env); this.hits = 0; }
  async fetch(req) {
    this.hits++;
    const url = new URL(req.url); const op = url.pathname.split("/")[2] ?? "";
    const s = this.ctx.storage; const ctx = this.ctx; const env = this.env; const out = { op };
${body}
    return Response.json(out);
  }
}
${extraClass}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const name = url.pathname.split("/")[1];
${workerBody}
  const stub = env.OBJ.get(env.OBJ.idFromName(name));
  return stub.fetch(req);
} };`;
const doCase = (name, description, body, { sql = false, steps = [get("/a/x")], extraClass = "", workerBody = "", extraOpts = {} } = {}) => ({
  name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: sql ? { className: "Obj", useSQLite: true } : "Obj", ...(extraOpts.durableObjects ?? {}) }, script: doScript(body, extraClass, workerBody), ...(extraOpts.rest ?? {}) },
  steps,
});

const sqlMore = `
    const q = (...a) => t(() => ctx.storage.sql.exec(...a).toArray());
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v ANY)");
    out.selInt = await q("SELECT ? AS a, ? AS b, ? AS c, ? AS d", 1, 1.5, -0, 2 ** 53);
    out.selTypes = await q("SELECT typeof(?) AS a, typeof(?) AS b, typeof(?) AS c, typeof(?) AS d, typeof(?) AS e", 1, 1.5, "s", null, new Uint8Array([1,2]));
    out.blob = await t(() => { const r = ctx.storage.sql.exec("SELECT ? AS b", new Uint8Array([1, 2, 255])).one(); return [Object.prototype.toString.call(r.b), hex(r.b)]; });
    out.blobAB = await t(() => { const r = ctx.storage.sql.exec("SELECT ? AS b", new Uint8Array([7]).buffer).one(); return [Object.prototype.toString.call(r.b), hex(r.b)]; });
    out.zeroblob = await t(() => { const r = ctx.storage.sql.exec("SELECT zeroblob(0) AS b, x'' AS c").one(); return [Object.prototype.toString.call(r.b), r.b?.byteLength, Object.prototype.toString.call(r.c)]; });
    out.bigRead = await t(() => ctx.storage.sql.exec("SELECT 9007199254740993 AS x").one());
    out.bigRead2 = await t(() => ctx.storage.sql.exec("SELECT 9223372036854775807 AS x").toArray());
    out.negBig = await t(() => ctx.storage.sql.exec("SELECT -9007199254740991 AS x").one());
    out.nan = await q("SELECT ? AS x", NaN);
    out.inf = await q("SELECT ? AS x", Infinity);
    out.strNul = await t(() => ctx.storage.sql.exec("SELECT length(?) AS l", "a\\u0000b").one());
    out.unicode = await q("SELECT ? AS x, length(?) AS l", "héllo😀", "héllo😀");
    ctx.storage.sql.exec("DELETE FROM t");
    const ins = ctx.storage.sql.exec("INSERT INTO t (v) VALUES (1), (2), (3)");
    out.insCounts = [ins.rowsRead, ins.rowsWritten, ins.toArray(), ins.rowsRead, ins.rowsWritten];
    const cur = ctx.storage.sql.exec("SELECT id, v FROM t ORDER BY id");
    out.partial = [cur.next(), cur.rowsRead, cur.next().value, cur.rowsRead];
    out.rest = [...cur];
    out.afterDone = [cur.next(), cur.toArray(), cur.rowsRead];
    out.cur2 = await t(() => { const c = ctx.storage.sql.exec("SELECT v FROM t"); const a = c.toArray(); return [a.length, c.toArray().length, (() => { try { return c.one(); } catch (e) { return e.message; } })()]; });
    out.rawThenArr = await t(() => { const c = ctx.storage.sql.exec("SELECT id, v FROM t ORDER BY id"); const r = c.raw(); const first = r.next().value; return [first, c.toArray()]; });
    out.rawToArray = await t(() => ctx.storage.sql.exec("SELECT id, v FROM t ORDER BY id LIMIT 2").raw().toArray());
    out.rawIsIter = await t(() => { const r = ctx.storage.sql.exec("SELECT 1").raw(); return [typeof r.next, typeof r[Symbol.iterator], Object.prototype.toString.call(r), r.columnNames ?? null]; });
    out.update = await t(() => { const c = ctx.storage.sql.exec("UPDATE t SET v = v + 1 WHERE id > 1"); return [c.toArray(), c.rowsRead, c.rowsWritten]; });
    out.returning = await t(() => { const c = ctx.storage.sql.exec("INSERT INTO t (v) VALUES (9) RETURNING id, v"); return [c.toArray(), c.rowsWritten]; });
    out.cursorProto = Object.getOwnPropertyNames(Object.getPrototypeOf(ctx.storage.sql.exec("SELECT 1"))).sort();
    out.sqlProto = Object.getOwnPropertyNames(Object.getPrototypeOf(ctx.storage.sql)).sort();
    out.sqlTag = Object.prototype.toString.call(ctx.storage.sql);
    out.execNoArgs = await t(() => ctx.storage.sql.exec());
    out.execNum = await t(() => ctx.storage.sql.exec(42));
    out.cfTable = await t(() => ctx.storage.sql.exec("CREATE TABLE _cf_mine (x)").toArray());
    out.attach = await t(() => ctx.storage.sql.exec("ATTACH DATABASE ':memory:' AS x").toArray());
    out.pragmaTable = await t(() => ctx.storage.sql.exec("PRAGMA table_info(t)").toArray());
    out.pragmaFk = await t(() => ctx.storage.sql.exec("PRAGMA foreign_keys").toArray());
    out.pragmaFkOn = await t(() => ctx.storage.sql.exec("PRAGMA foreign_keys = ON").toArray());
    out.vacuum = await t(() => ctx.storage.sql.exec("VACUUM").toArray());
    out.json = await q("SELECT json_extract('{\\"a\\":[1,2]}', '$.a[1]') AS x, json_object('k', 1) AS o");
    out.fts = await t(() => ctx.storage.sql.exec("CREATE VIRTUAL TABLE f USING fts5(body)").toArray());
    out.dbSizeType = typeof ctx.storage.sql.databaseSize;
    out.dbSizePositive = ctx.storage.sql.databaseSize > 0;
    out.kvTableAfterPut = await t(async () => { await ctx.storage.put("k", 1); return ctx.storage.sql.exec("SELECT count(*) AS n FROM sqlite_master WHERE name = '_cf_KV'").one(); });
`;

const concurrency = `
    switch (op) {
      case "inc": {
        const v = (await s.get("n")) ?? 0;
        await s.put("n", v + 1);
        out.v = v + 1; break; }
      case "read": out.n = await s.get("n"); out.hits = this.hits; break;
      case "mod": moduleCounter++; out.mc = moduleCounter; break;
      case "slowput": {
        s.put("a", 1);
        await scheduler.wait(1);
        s.put("b", 2);
        out.ab = [await s.get("a"), await s.get("b")]; break; }
      case "fetchInGate": {
        // an outgoing fetch to another DO while holding storage
        const other = env.OBJ.get(env.OBJ.idFromName("other"));
        await s.put("before", 1);
        const r = await other.fetch("http://x/other/read");
        out.other = await r.json();
        out.before = await s.get("before"); break; }
    }
`;

const nsEdges = `
    switch (op) {
      case "x": {
        const ns = env.OBJ;
        out.nsTag = Object.prototype.toString.call(ns);
        out.nsProto = Object.getOwnPropertyNames(Object.getPrototypeOf(ns)).sort();
        const id = ns.idFromName("n1");
        out.idProto = Object.getOwnPropertyNames(Object.getPrototypeOf(id)).sort();
        out.idTag = Object.prototype.toString.call(id);
        out.idJson = JSON.stringify({ id });
        out.idStrEq = String(id) === id.toString();
        out.equalsStr = await t(() => id.equals(id.toString()));
        out.equalsNull = await t(() => id.equals(null));
        out.equalsObj = await t(() => id.equals({}));
        out.sameName = ns.idFromName("n1") === ns.idFromName("n1");
        out.idFromStrName = ns.idFromString(id.toString()).name ?? null;
        out.fromStr63 = await t(() => ns.idFromString(id.toString().slice(0, 63)));
        out.fromStr65 = await t(() => ns.idFromString(id.toString() + "0"));
        out.fromStrEmpty = await t(() => ns.idFromString(""));
        out.fromStrNone = await t(() => ns.idFromString());
        out.fromStrNum = await t(() => ns.idFromString(123));
        out.fromStrG = await t(() => ns.idFromString("g".repeat(64)));
        out.getNone = await t(() => ns.get());
        out.getNull = await t(() => ns.get(null));
        out.getObj = await t(() => ns.get({}));
        out.getByNameNone = await t(() => { const st = ns.getByName(); return [typeof st, st.name ?? null]; });
        out.getByNameNum = await t(() => { const st = ns.getByName(5); return st.name ?? null; });
        out.getByNameEmpty = await t(() => { const st = ns.getByName(""); return st.name ?? null; });
        out.getOpts = await t(() => typeof ns.get(id, { locationHint: "weur" }));
        out.getOptsBad = await t(() => typeof ns.get(id, { locationHint: 5 }));
        out.getOptsJur = await t(() => typeof ns.get(id, { jurisdiction: "eu" }));
        out.jurisNs = await t(() => { const j = ns.jurisdiction("eu"); return [Object.prototype.toString.call(j), j.idFromName("n1").toString() === id.toString(), j.idFromName("n1").toString().length]; });
        out.jurisBad = await t(() => ns.jurisdiction("mars"));
        out.jurisNone = await t(() => ns.jurisdiction());
        out.jurisFedramp = await t(() => ns.jurisdiction("fedramp").newUniqueId().toString().length);
        out.uniqBad = await t(() => ns.newUniqueId({ jurisdiction: "mars" }));
        out.uniqNull = await t(() => typeof ns.newUniqueId(null));
        out.uniqStr = await t(() => typeof ns.newUniqueId("eu"));
        const uid = ns.newUniqueId();
        out.uidName = uid.name ?? null;
        out.uidRound = ns.idFromString(uid.toString()).equals(uid);
        out.uidStub = await t(async () => { const st = ns.get(uid); return [st.name ?? null, st.id.equals(uid), await (await st.fetch("http://x/a/ctxid")).json()]; });
        out.nameStub = await t(async () => { const st = ns.getByName("n1"); return [st.name ?? null, st.id.name ?? null, await (await st.fetch("http://x/a/ctxid")).json()]; });
        out.fromStrStub = await t(async () => { const st = ns.get(ns.idFromString(id.toString())); return [st.name ?? null, await (await st.fetch("http://x/a/ctxid")).json()]; });
        out.stubProto = Object.getOwnPropertyNames(Object.getPrototypeOf(ns.getByName("n1"))).sort();
        out.stubTag = Object.prototype.toString.call(ns.getByName("n1"));
        break; }
      case "ctxid": out.name = ctx.id.name ?? null; out.len = ctx.id.toString().length; out.eqSelf = ctx.id.equals(ctx.id); break;
    }
`;

const storageMore = `
    switch (op) {
      case "x": {
        const obj = { a: 1, nested: { b: [1, 2] } };
        await s.put("o", obj);
        obj.a = 2;
        const g1 = await s.get("o"); g1.nested.b.push(3);
        out.cloneOnPutGet = await s.get("o");
        out.getMissingMany = await t(async () => [...(await s.get(["nope1", "o", "nope2"])).entries()]);
        out.getManyOrder = await t(async () => { await s.put({ z: 1, a: 2, m: 3 }); return [...(await s.get(["z", "a", "m"])).keys()]; });
        out.getDupKeys = await t(async () => [...(await s.get(["a", "a"])).entries()]);
        out.delDup = await t(() => s.delete(["a", "a", "zz"]));
        out.putObjReturns = await t(() => s.put({ p1: 1 }));
        out.putObjValUndef = await t(() => s.put({ p2: undefined }));
        out.putObjEmpty = await t(() => s.put({}));
        out.put129 = await t(async () => { const e = {}; for (let i = 0; i < 129; i++) e["k" + i] = i; await s.put(e); return (await s.list({ prefix: "k" })).size; });
        out.del129 = await t(async () => { const ks = []; for (let i = 0; i < 129; i++) ks.push("k" + i); return await s.delete(ks); });
        out.get129 = await t(async () => { const ks = []; for (let i = 0; i < 129; i++) ks.push("k" + i); return (await s.get(ks)).size; });
        out.bigVal = await t(async () => { await s.put("big", "x".repeat(131073)); return (await s.get("big")).length; });
        out.bigKey = await t(async () => { await s.put("k".repeat(2049), 1); return await s.get("k".repeat(2049)); });
        out.listTypes = await t(async () => { const m = await s.list({ prefix: "p" }); return [Object.prototype.toString.call(m), [...m.keys()]]; });
        out.listLimit0 = await t(() => s.list({ limit: 0 }));
        out.listLimitNeg = await t(() => s.list({ limit: -1 }));
        out.listLimitStr = await t(async () => (await s.list({ limit: "2" })).size);
        out.listLimitFloat = await t(async () => (await s.list({ limit: 1.5 })).size);
        out.listStartEnd = await t(async () => [...(await s.list({ start: "b", end: "b" })).keys()]);
        out.listStartAfterStart = await t(() => s.list({ start: "a", startAfter: "a" }));
        out.listPrefixNum = await t(async () => (await s.list({ prefix: 1 })).size);
        out.listBadOpt = await t(async () => (await s.list("x")).size);
        out.listNull = await t(async () => (await s.list(null)).size);
        out.getOptsBad = await t(() => s.get("o", "x"));
        out.getOptsNull = await t(async () => typeof (await s.get("o", null)));
        out.putOpts = await t(() => s.put("o2", 1, { allowUnconfirmed: true, noCache: true }));
        out.putOptsBad = await t(() => s.put("o2", 1, 5));
        out.deleteAllRet = await t(() => s.deleteAll());
        out.afterDeleteAll = (await s.list()).size;
        out.syncRet = await t(() => s.sync());
        out.getNull = await t(() => s.get(null));
        out.getUndefKey = await t(() => s.get(undefined));
        out.putNullKey = await t(async () => { await s.put(null, 1); return [...(await s.list()).keys()]; });
        out.putObjKey = await t(async () => { await s.put({ toString() { return "ts"; } }, 1); return [...(await s.list()).keys()]; });
        out.putSymVal = await t(() => s.put("sv", Symbol("x")));
        out.putWeakMap = await t(() => s.put("wm", new WeakMap()));
        out.putClass = await t(async () => { class Foo { constructor() { this.x = 1; } } await s.put("cls", new Foo()); const v = await s.get("cls"); return [v.constructor.name, v.x]; });
        out.putErr = await t(async () => { const e = new TypeError("boom"); e.code = 7; await s.put("err", e); const v = await s.get("err"); return [Object.prototype.toString.call(v), v.name, v.message, v.code ?? null, v.constructor.name]; });
        out.putCircular = await t(async () => { const a = { n: 1 }; a.self = a; await s.put("circ", a); const v = await s.get("circ"); return v.self === v; });
        out.putMapSet = await t(async () => { await s.put("ms", { m: new Map([[1, "a"]]), s: new Set(["x"]), d: new Date(0), r: /a/gi, bi: 10n, u8: new Uint8Array([1]) }); const v = await s.get("ms"); return [v.m.get(1), v.s.has("x"), v.d.toISOString(), String(v.r), typeof v.bi, Object.prototype.toString.call(v.u8)]; });
        out.putBlob = await t(() => s.put("blob", new Blob(["x"])));
        out.putResponse = await t(() => s.put("resp", new Response("x")));
        break; }
    }
`;

const alarmMore = `
    switch (op) {
      case "set": {
        out.past = await t(() => s.setAlarm(Date.now() - 60000));
        out.getPastType = typeof (await s.getAlarm());
        out.setNeg = await t(() => s.setAlarm(-1));
        out.setZero = await t(() => s.setAlarm(0));
        out.setHuge = await t(() => s.setAlarm(8.64e15 + 1));
        out.setBig = await t(() => s.setAlarm(10n));
        out.setObj = await t(() => s.setAlarm({}));
        out.setNull = await t(() => s.setAlarm(null));
        out.setInvalidDate = await t(() => s.setAlarm(new Date(NaN)));
        out.delRet = await t(() => s.deleteAlarm());
        out.delOpts = await t(() => s.deleteAlarm({ allowConcurrency: true }));
        out.setOpts = await t(() => s.setAlarm(Date.now() + 3600000, { allowUnconfirmed: true }));
        const a = await s.getAlarm();
        out.getAfterSet = typeof a;
        out.rounded = a % 1 === 0;
        out.setFrac = await t(async () => { const x = Date.now() + 7200000.7; await s.setAlarm(x); return (await s.getAlarm()) - Math.floor(x); });
        out.pastClamp = await t(async () => { const b = Date.now(); await s.setAlarm(1e12); const g = await s.getAlarm(); return [g >= b - 1000, g <= Date.now() + 1000]; });
        await s.setAlarm(Date.now() + 50);
        break; }
      case "wait": {
        for (let i = 0; i < 100 && (await s.get("ran")) === undefined; i++) await scheduler.wait(50);
        out.ran = await s.get("ran");
        out.alarmAfter = await s.getAlarm();
        break; }
    }
`;
const alarmClass = `
export class Alarmer extends DurableObject {
  async fetch(req) { return new Response("a"); }
}
`;

const bcwMore = `
    switch (op) {
      case "x": {
        out.ret = await t(() => ctx.blockConcurrencyWhile(async () => 42));
        out.retSync = await t(() => ctx.blockConcurrencyWhile(() => "sync"));
        out.nested = await t(() => ctx.blockConcurrencyWhile(async () => await ctx.blockConcurrencyWhile(async () => "inner")));
        out.noArg = await t(() => ctx.blockConcurrencyWhile());
        out.notFn = await t(() => ctx.blockConcurrencyWhile(5));
        out.waitUntil = await t(() => ctx.waitUntil(Promise.resolve(1)));
        out.waitUntilBad = await t(() => ctx.waitUntil(5));
        out.hits = this.hits;
        break; }
      case "boom": {
        out.r = await t(() => ctx.blockConcurrencyWhile(async () => { throw new Error("bcw failed"); }));
        break; }
      case "hits": out.hits = this.hits; break;
    }
`;

export default [
  doCase("dos-sql-cursor-types-kv-table", "SQL cursors: value types, blobs, big integers, partial iteration, raw(), rowsRead/rowsWritten, _cf_ tables, pragmas", sqlMore, { sql: true }),
  doCase("dos-input-gate-concurrent-increments", "concurrent get/put increments through stub.fetch are serialised by the input gate; module state is shared; a DO fetching another DO", concurrency, {
    steps: [get("/go")], workerBody: `
  if (url.pathname === "/go") {
    const stub = env.OBJ.getByName("c");
    const rs = await Promise.all(Array.from({ length: 10 }, () => stub.fetch("http://x/c/inc").then((r) => r.json())));
    const vs = rs.map((r) => r.v).sort((a, b) => a - b);
    const read = await (await stub.fetch("http://x/c/read")).json();
    moduleCounter += 100;
    const mod = await (await stub.fetch("http://x/c/mod")).json();
    const slow = await (await stub.fetch("http://x/c/slowput")).json();
    const gate = await (await stub.fetch("http://x/c/fetchInGate")).json();
    return Response.json({ vs, read, mod, slow, gate, mc: moduleCounter });
  }` }),
  doCase("dos-namespace-id-edges", "namespace and id API edges: equals with odd args, idFromString lengths and types, get/getByName odd args, jurisdiction, stub shapes, ctx.id inside", nsEdges, {
    workerBody: `  if (url.pathname === "/ns") { const r = await env.OBJ.getByName("w").fetch("http://x/w/x"); return r; }`, steps: [get("/ns")] }),
  doCase("dos-storage-kv-edges", "KV storage API edges: clones, duplicate keys, 129 keys, big values and keys, list option coercion, odd keys and values", storageMore),
  doCase("dos-storage-kv-edges-sql", "KV storage API edges on a SQLite-backed object", storageMore, { sql: true }),
  doCase("dos-alarm-edges", "setAlarm edge values, deleteAlarm options, an alarm in the near future fires", alarmMore, {
    extraClass: "", steps: [get("/a/set"), get("/a/wait")] }),
  doCase("dos-bcw-edges", "blockConcurrencyWhile return values, nesting, bad arguments, a rejecting callback resets the object", bcwMore, {
    steps: [get("/a/x"), { ...get("/a/boom"), bodyMatches: "^Error: bcw failed(\\n|$)" }, get("/a/hits"), get("/a/hits")] }),
];
