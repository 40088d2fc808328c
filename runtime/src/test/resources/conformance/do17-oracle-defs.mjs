// Re-record: copy oracle/defs/_h.mjs and this file (as do17.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do17-
import { CD, PRELUDE, get } from "./_h.mjs";

const doCase = (name, description, cls, body, { sql = false, steps = [get("/")], extra = {}, head = "", area = "durable-objects", date = CD } = {}) => ({ name, area, description, options: {
  modules: true, compatibilityDate: date, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, ...extra,
  script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const until = async (f) => { for (let i = 0; i < 200 && !f(); i++) await scheduler.wait(5); };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const next = (ws, type = "message", ms = 1000) => new Promise((resolve) => {
  const timer = setTimeout(() => resolve({ timeout: type }), ms);
  ws.addEventListener(type, (e) => { clearTimeout(timer); resolve(type === "close" ? { code: e.code, reason: e.reason, wasClean: e.wasClean } : (typeof e.data === "string" ? e.data : { bin: [...new Uint8Array(e.data)], ctor: e.data?.constructor?.name })); }, { once: true });
});
${head}
export class Obj extends DurableObject {
${cls}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` }, steps });

const SQL_CLS = `
  run() {
    const sql = this.ctx.storage.sql; const r = {};
    const ty = (v) => v === null ? "null" : typeof v === "object" ? v.constructor.name + ":" + [...new Uint8Array(v)].join(",") : typeof v + ":" + String(v);
    const one = (q, ...b) => T(() => sql.exec(q, ...b).raw().toArray().map((row) => row.map(ty)));
    r.bigSmall = one("SELECT ?", 5n);
    r.bigHuge = one("SELECT ?", 2n ** 64n);
    r.bigNeg = one("SELECT ?", -(2n ** 63n));
    r.negZero = one("SELECT ?, typeof(?)", -0, -0);
    r.nan = one("SELECT ?, typeof(?)", NaN, NaN);
    r.inf = one("SELECT ?, typeof(?)", Infinity, Infinity);
    r.bool = one("SELECT ?", true);
    r.date = one("SELECT ?", new Date(0));
    r.sym = one("SELECT ?", Symbol("s"));
    r.obj = one("SELECT ?", { a: 1 });
    r.arr = one("SELECT ?", [1, 2]);
    r.sub = one("SELECT ?, typeof(?)", new Uint8Array([1, 2, 3, 4]).subarray(1, 3), new Uint8Array([1]));
    r.dv = one("SELECT ?", new DataView(new Uint8Array([5, 6, 7]).buffer, 1));
    r.i16 = one("SELECT ?", new Int16Array([1, 2]));
    r.undef = one("SELECT ?", undefined);
    r.nul = one("SELECT ?", null);
    r.strNul = one("SELECT length(?), ?", "a\\u0000b", "a\\u0000b");
    r.lit53 = one("SELECT 9007199254740993");
    r.lit63 = one("SELECT 9223372036854775807");
    r.litNeg = one("SELECT -9007199254740993");
    r.real = one("SELECT 1.5, 1e308 * 10, -1e308 * 10");
    r.blob = one("SELECT x'00ff', zeroblob(2), length(randomblob(0))");
    r.intDiv = one("SELECT 7 / 2, 7 / 0, 7 % 0");
    r.tooMany = one("SELECT ?", 1, 2);
    r.tooFew = one("SELECT ?, ?", 1);
    r.numbered = one("SELECT ?2, ?1", "a", "b");
    r.named = one("SELECT :a", 1);
    r.dollar = one("SELECT $a", 1);
    r.dupCols = T(() => { const c = sql.exec("SELECT 1 AS a, 2 AS a, 3 AS b"); return { names: c.columnNames, rows: c.toArray() }; });
    r.dupColsRaw = T(() => sql.exec("SELECT 1 AS a, 2 AS a").raw().toArray());
    r.noName = T(() => sql.exec("SELECT 1 + 1, 'x' || 'y'").columnNames);
    sql.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
    sql.exec("INSERT INTO t (v) VALUES ('a'), ('b'), ('c')");
    r.cursor = T(() => {
      const c = sql.exec("SELECT * FROM t ORDER BY id");
      const s = { cols: c.columnNames, readBefore: c.rowsRead, writtenBefore: c.rowsWritten };
      s.n1 = c.next(); s.readAfter1 = c.rowsRead;
      s.raw = c.raw().next();
      s.rest = c.toArray();
      s.n2 = c.next(); s.n3 = c.next();
      s.readEnd = c.rowsRead;
      s.again = c.toArray();
      s.spread = [...c];
      s.iterSelf = c[Symbol.iterator]() === c;
      return s;
    });
    r.oneZero = T(() => sql.exec("SELECT * FROM t WHERE id > 10").one());
    r.oneTwo = T(() => sql.exec("SELECT * FROM t WHERE id < 3").one());
    r.oneOk = T(() => sql.exec("SELECT v FROM t WHERE id = 2").one());
    r.multiLast = T(() => { const c = sql.exec("SELECT 1 AS x; SELECT 2 AS y; SELECT 3 AS z"); return { cols: c.columnNames, rows: c.toArray() }; });
    r.multiWriteFirst = T(() => { const c = sql.exec("INSERT INTO t (v) VALUES ('d'); SELECT count(*) AS n FROM t"); return { rows: c.toArray(), w: c.rowsWritten }; });
    r.insertReturning = T(() => { const c = sql.exec("INSERT INTO t (v) VALUES ('e') RETURNING id, v"); return { rows: c.toArray(), w: c.rowsWritten, cols: c.columnNames }; });
    r.lazyInsert = T(() => { sql.exec("INSERT INTO t (v) VALUES ('lazy')"); return sql.exec("SELECT count(*) AS n FROM t WHERE v = 'lazy'").one(); });
    r.updateChanges = T(() => { const c = sql.exec("UPDATE t SET v = v || '!' WHERE id <= 2"); return { rows: c.toArray(), w: c.rowsWritten, cols: c.columnNames }; });
    r.sizeType = typeof sql.databaseSize;
    r.sizePos = sql.databaseSize > 0;
    r.protoNames = Object.getOwnPropertyNames(Object.getPrototypeOf(sql)).sort();
    { const c = sql.exec("SELECT 1"); r.cursorProto = Object.getOwnPropertyNames(Object.getPrototypeOf(c)).sort(); r.cursorTag = Object.prototype.toString.call(c); c.toArray(); }
    r.sqlTag = Object.prototype.toString.call(sql);
    r.empty = T(() => sql.exec(""));
    r.spaces = T(() => sql.exec("   "));
    r.comment = T(() => sql.exec("-- nothing"));
    r.nonString = T(() => sql.exec(42));
    r.noArgs = T(() => sql.exec());
    return r;
  }
`;

const STORAGE_CLS = `
  async run() {
    const s = this.ctx.storage; const r = {};
    r.getDup = await TA(async () => [...(await s.get(["a", "a", "b"])).entries()]);
    await s.put({ a: 1, b: 2, c: 3 });
    r.getDup2 = await TA(async () => [...(await s.get(["a", "a", "b", "zz"])).entries()]);
    r.putEmpty = await TA(() => s.put({}));
    r.getEmpty = await TA(async () => (await s.get([])).size);
    r.delEmpty = await TA(() => s.delete([]));
    r.delDup = await TA(() => s.delete(["a", "a"]));
    r.numKey = await TA(async () => { await s.put(1, "one"); return [await s.get("1"), await s.get(1)]; });
    r.undefVal = await TA(() => s.put("u", undefined));
    r.undefInObj = await TA(async () => { await s.put({ x: undefined, y: 2 }); return [...(await s.get(["x", "y"])).entries()]; });
    r.startAfterStart = await TA(async () => [...(await s.list({ start: "b", startAfter: "b" })).keys()]);
    r.startAfterRev = await TA(async () => [...(await s.list({ startAfter: "b", reverse: true })).keys()]);
    r.limit0 = await TA(async () => [...(await s.list({ limit: 0 })).keys()]);
    r.limitNeg = await TA(async () => [...(await s.list({ limit: -1 })).keys()]);
    r.limitFrac = await TA(async () => [...(await s.list({ limit: 1.5 })).keys()]);
    r.limitStr = await TA(async () => [...(await s.list({ limit: "2" })).keys()]);
    r.prefixEmpty = await TA(async () => (await s.list({ prefix: "" })).size);
    r.endBeforeStart = await TA(async () => [...(await s.list({ start: "c", end: "a" })).keys()]);
    r.listNull = await TA(async () => (await s.list(null)).size);
    r.listStr = await TA(async () => (await s.list("x")).size);
    r.mutate = await TA(async () => { await s.put("o", { n: 1, arr: [1] }); const v = await s.get("o"); v.n = 2; v.arr.push(2); const w = await s.get("o"); return [w, v === w]; });
    r.mutateBeforePut = await TA(async () => { const o = { n: 1 }; const p = s.put("o2", o); o.n = 99; await p; return await s.get("o2"); });
    r.syncRet = await TA(async () => String(await s.sync()));
    r.txnRet = await TA(() => s.transaction(async (t) => { await t.put("tx", 1); return { val: await t.get("tx") }; }));
    r.txnRollbackThen = await TA(async () => { const v = await s.transaction(async (t) => { await t.put("tr", 1); t.rollback(); return "after-rollback"; }); return [v, await s.get("tr") ?? null]; });
    r.txnRollbackTwice = await TA(() => s.transaction(async (t) => { t.rollback(); t.rollback(); return "twice"; }));
    r.txnPutAfterRollback = await TA(() => s.transaction(async (t) => { t.rollback(); await t.put("z", 1); return "put"; }));
    r.txnAlarm = await TA(() => s.transaction(async (t) => { await t.setAlarm(Date.now() + 3600000); const a = await t.getAlarm(); await t.deleteAlarm(); return [typeof a, await t.getAlarm()]; }));
    r.txnNested = await TA(() => s.transaction(async (t) => await t.transaction(async (t2) => { await t2.put("nested", 1); return typeof t2.rollback; })));
    r.txnThrowValue = await TA(async () => { try { await s.transaction(async (t) => { await t.put("th", 1); throw 42; }); } catch (e) { return [typeof e, e, await s.get("th") ?? null]; } });
    r.txnDeleteAll = await TA(() => s.transaction(async (t) => typeof t.deleteAll));
    r.txnKeys = Object.getOwnPropertyNames(Object.getPrototypeOf(await s.transaction(async (t) => t))).sort();
    r.alarmDeleteAll = await TA(async () => { await s.setAlarm(Date.now() + 3600000); await s.deleteAll(); return typeof (await s.getAlarm()); });
    r.afterDeleteAll = (await s.list()).size;
    r.putManyLimit = await TA(async () => { const o = {}; for (let i = 0; i < 129; i++) o["k" + i] = i; await s.put(o); return "ok"; });
    r.getManyLimit = await TA(async () => (await s.get(Array.from({ length: 129 }, (_, i) => "k" + i))).size);
    r.delManyLimit = await TA(() => s.delete(Array.from({ length: 129 }, (_, i) => "k" + i)));
    await s.deleteAll();
    return r;
  }
`;

const CASES = [
  doCase("do17-sql-binding-values-and-cursors", "SQLite-backed object: binding JS values of every kind, big integers, cursor state after next/raw/toArray/one, multi-statement results, prototypes",
    SQL_CLS, `out.r = await env.DO.getByName("a").run();`, { sql: true }),
  doCase("do17-storage-kv-odd-calls", "KV-backed object: duplicate keys, empty batches, list option coercions, value copies, transaction rollback/throw/alarm/nesting, batch limits",
    STORAGE_CLS, `out.r = await env.DO.getByName("a").run();`),
  doCase("do17-storage-kv-odd-calls-sqlite", "SQLite-backed object: duplicate keys, empty batches, list option coercions, value copies, transaction rollback/throw/alarm/nesting, batch limits",
    STORAGE_CLS, `out.r = await env.DO.getByName("a").run();`, { sql: true }),
];

const WS_PAIR = `
  const r = {};
  const pair = new WebSocketPair();
  r.keys = Object.keys(pair);
  r.iter = T(() => [...pair].length);
  r.tag = Object.prototype.toString.call(pair);
  const [a, b] = Object.values(pair);
  r.props = { url: a.url, protocol: a.protocol, extensions: a.extensions, binaryType: a.binaryType, ready: a.readyState };
  r.consts = [WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED, WebSocket.READY_STATE_OPEN, a.OPEN];
  r.setBinaryType = T(() => { a.binaryType = "blob"; return a.binaryType; });
  r.setBinaryTypeBad = T(() => { a.binaryType = "nope"; return a.binaryType; });
  a.binaryType = "arraybuffer";
  const got = [];
  a.addEventListener("message", (e) => got.push(["L", typeof e.data === "string" ? e.data : e.data.constructor.name, e.constructor.name, e.type]));
  a.onmessage = (e) => got.push(["on", typeof e.data === "string" ? e.data : e.data.constructor.name]);
  r.onmessageType = typeof a.onmessage;
  b.accept();
  b.send("before-accept");
  b.send(new Uint8Array([1]));
  a.accept();
  b.send("after-accept");
  await until(() => got.length >= 6);
  r.got = got.splice(0);
  r.dispatchSynthetic = T(() => { a.dispatchEvent(new MessageEvent("message", { data: "synthetic" })); return got.splice(0); });
  a.onmessage = null;
  b.send("after-null");
  await until(() => got.length >= 1);
  r.gotAfterNull = got.splice(0);
  r.acceptTwice = T(() => a.accept());
  const closes = [];
  a.addEventListener("close", (e) => closes.push(["a", e.code, e.reason, e.wasClean, e.constructor.name]));
  b.addEventListener("close", (e) => closes.push(["b", e.code, e.reason, e.wasClean]));
  b.close(3001, "bye");
  r.readyAfterClose = [a.readyState, b.readyState];
  r.sendAfterOwnClose = T(() => b.send("x"));
  await until(() => closes.length >= 1);
  r.readyLater = [a.readyState, b.readyState];
  r.closes = closes.splice(0);
  r.aSendAfterPeerClose = T(() => a.send("y"));
  a.close();
  await until(() => closes.length >= 1);
  r.closes2 = closes.splice(0);
  r.readyEnd = [a.readyState, b.readyState];
  r.closeAgain = T(() => a.close(1000));
  const [c, d] = Object.values(new WebSocketPair());
  c.accept(); d.accept();
  const ev = [];
  c.addEventListener("close", (e) => ev.push(["c", e.code, e.reason]));
  d.addEventListener("close", (e) => { ev.push(["d", e.code, e.reason]); });
  c.close(1000, "x");
  d.close(1001, "y");
  await until(() => ev.length >= 2);
  r.crossed = ev;
  r.crossedReady = [c.readyState, d.readyState];
  const [e1, e2] = Object.values(new WebSocketPair());
  e1.accept(); e2.accept();
  const errs = [];
  e2.addEventListener("error", (e) => errs.push(["err", e.constructor.name, e.message, e.error?.message]));
  e2.addEventListener("close", (e) => errs.push(["close", e.code, e.reason, e.wasClean]));
  r.sendHuge = T(() => e1.send("x".repeat(2 * 1024 * 1024)));
  await scheduler.wait(20);
  r.hugeEvents = errs;
  const [f1, f2] = Object.values(new WebSocketPair());
  f1.accept({ allowHalfOpen: true }); f2.accept();
  const half = [];
  f1.addEventListener("close", (e) => half.push(["f1", e.code, f1.readyState]));
  f2.addEventListener("close", (e) => half.push(["f2", e.code, f2.readyState]));
  f2.close(1000, "half");
  await until(() => half.length >= 1);
  half.push(["mid", f1.readyState, f2.readyState]);
  r.halfSend = T(() => f1.send("still"));
  f1.close(1000, "done");
  await until(() => half.length >= 3);
  half.push(["end", f1.readyState, f2.readyState]);
  r.half = half;
  out.r = r;
`;

const WS_CASES = [
  doCase("do17-ws-pair-events-and-states", "WebSocketPair in a worker: pair shape, binaryType, onmessage with listeners, messages sent before accept, synthetic events, close states both ways, crossed closes, oversized messages, allowHalfOpen",
    ``, WS_PAIR, { area: "websocket" }),
  doCase("do17-ws-hibernation-lifecycle", "Hibernatable WebSockets: getWebSockets order and after closes, getTags of non-hibernated sockets, attachments of rich values, auto-response pairs and timestamps, a throwing handler",
    `
  log = [];
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/log") { const l = this.log; this.log = []; return Response.json(l); }
    if (p === "/state") {
      const all = this.ctx.getWebSockets();
      return Response.json({ n: all.length, tags: all.map((w) => this.ctx.getTags(w)), atts: all.map((w) => { const a = w.deserializeAttachment(); return a instanceof Map ? ["Map", [...a]] : a instanceof Date ? ["Date", a.getTime()] : a ?? null; }), ready: all.map((w) => w.readyState), byTag: this.ctx.getWebSockets("t1").length, byMissing: this.ctx.getWebSockets("none").length });
    }
    if (p === "/misc") {
      const r = {};
      const [c, s] = Object.values(new WebSocketPair());
      s.accept();
      r.tagsPlain = T(() => this.ctx.getTags(s));
      r.tagsObj = T(() => this.ctx.getTags({}));
      r.autoTsPlain = T(() => this.ctx.getWebSocketAutoResponseTimestamp(s));
      r.autoNone = T(() => this.ctx.getWebSocketAutoResponse());
      r.pairBad = T(() => new WebSocketRequestResponsePair("a".repeat(2049), "b"));
      r.pairBad2 = T(() => new WebSocketRequestResponsePair("a", "b".repeat(2049)));
      r.pairEmpty = T(() => { const p = new WebSocketRequestResponsePair("", ""); return [p.request, p.response]; });
      r.pairNum = T(() => { const p = new WebSocketRequestResponsePair(1, 2); return [p.request, p.response]; });
      r.pairNoNew = T(() => WebSocketRequestResponsePair("a", "b"));
      r.setAutoWrong = T(() => this.ctx.setWebSocketAutoResponse({ request: "a", response: "b" }));
      this.ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
      const got = this.ctx.getWebSocketAutoResponse();
      r.autoGot = [got?.constructor?.name, got?.request, got?.response];
      this.ctx.setWebSocketAutoResponse();
      r.autoCleared = T(() => this.ctx.getWebSocketAutoResponse());
      r.timeoutDefault = T(() => this.ctx.getHibernatableWebSocketEventTimeout());
      r.timeoutSet = T(() => { this.ctx.setHibernatableWebSocketEventTimeout(5000); return this.ctx.getHibernatableWebSocketEventTimeout(); });
      r.timeoutNeg = T(() => { this.ctx.setHibernatableWebSocketEventTimeout(-1); return this.ctx.getHibernatableWebSocketEventTimeout(); });
      r.timeoutClear = T(() => { this.ctx.setHibernatableWebSocketEventTimeout(); return this.ctx.getHibernatableWebSocketEventTimeout(); });
      return Response.json(r);
    }
    const [client, server] = Object.values(new WebSocketPair());
    const tag = new URL(req.url).searchParams.get("tag");
    this.ctx.acceptWebSocket(server, tag ? [tag, "all"] : undefined);
    const att = new URL(req.url).searchParams.get("att");
    if (att === "map") server.serializeAttachment(new Map([["k", 1]]));
    if (att === "date") server.serializeAttachment(new Date(5));
    if (att === "obj") server.serializeAttachment({ nested: { deep: [1, "two", null] } });
    this.ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
    return new Response(null, { status: 101, webSocket: client });
  }
  webSocketMessage(ws, m) {
    this.log.push(["msg", m, this.ctx.getTags(ws)]);
    if (m === "throw") throw new Error("handler threw");
    if (m === "rthrow") return Promise.reject(new TypeError("async threw"));
    if (m === "ts") { const t = this.ctx.getWebSocketAutoResponseTimestamp(ws); ws.send("ts:" + (t === null ? "null" : t?.constructor?.name)); return; }
    if (m === "closeme") { ws.close(4002, "server says bye"); this.log.push(["afterClose", ws.readyState, this.ctx.getWebSockets().length]); return; }
    ws.send("echo:" + m);
  }
  webSocketClose(ws, code, reason, wasClean) { this.log.push(["close", code, reason, wasClean, ws.readyState, this.ctx.getWebSockets().length]); }
  webSocketError(ws, e) { this.log.push(["error", E(e)]); }
  `, `
  const s = env.DO.getByName("ws");
  const open = async (q) => { const res = await s.fetch("http://x/" + q, { headers: { Upgrade: "websocket" } }); const ws = res.webSocket; ws.accept(); return ws; };
  const w1 = await open("?tag=t1&att=map");
  const w2 = await open("?tag=t2&att=date");
  const w3 = await open("?att=obj");
  out.state1 = await (await s.fetch("http://x/state")).json();
  w1.send("hello"); out.m1 = await next(w1);
  w1.send("ts"); out.ts1 = await next(w1);
  w1.send("ping"); out.pong = await next(w1);
  w1.send("ts"); out.ts2 = await next(w1);
  w2.send("throw"); out.afterThrow = await next(w2, "message", 300);
  w2.send("still"); out.still = await next(w2, "message", 300);
  w2.send("rthrow"); w2.send("still2"); out.still2 = await next(w2, "message", 3000);
  out.readyW2 = w2.readyState;
  w3.send("closeme"); out.w3close = await next(w3, "close");
  out.state2 = await (await s.fetch("http://x/state")).json();
  w1.close(1000, "client done");
  await scheduler.wait(50);
  out.state3 = await (await s.fetch("http://x/state")).json();
  out.log = await (await s.fetch("http://x/log")).json();
  out.misc = await (await s.fetch("http://x/misc")).json();
  `, { area: "websocket" }),
];

const WS_EVENTS = `
  const r = {};
  const [a, b] = Object.values(new WebSocketPair());
  a.accept(); b.accept();
  const seen = [];
  a.binaryType = "blob";
  a.addEventListener("message", (e) => seen.push(["bt", typeof e.data === "string" ? e.data : e.data?.constructor?.name]), { once: true });
  b.send(new Uint8Array([1, 2]));
  await until(() => seen.length >= 1);
  a.binaryType = "arraybuffer";
  const obj = { handleEvent(e) { seen.push(["handleEvent", e.data, this === obj]); } };
  a.addEventListener("message", obj);
  const fn = (e) => seen.push(["fn", e.data]);
  a.addEventListener("message", fn);
  a.addEventListener("message", fn);
  b.send("one");
  await until(() => seen.length >= 3);
  a.removeEventListener("message", fn);
  a.removeEventListener("message", obj);
  b.send("two");
  r.seen = seen.splice(0);
  a.addEventListener("message", (e) => {
    seen.push(["props", e.type, e.bubbles, e.cancelable, typeof e.timeStamp, e.target === a, e.currentTarget === a, e.isTrusted, e.eventPhase, e.origin ?? "undef", e.lastEventId ?? "undef", e.source ?? "undef", Array.isArray(e.ports) ? "arr" : String(e.ports), e.defaultPrevented]);
  }, { once: true });
  b.send("three");
  await until(() => seen.length >= 1);
  r.props = seen.splice(0);
  r.onProps = [a.onopen, a.onclose, a.onerror, a.onmessage];
  a.onclose = (e) => seen.push(["onclose", e.code, e.reason, e.wasClean, e.type, e.constructor.name]);
  a.onerror = (e) => seen.push(["onerror"]);
  b.close(4000, "r");
  await until(() => seen.length >= 1);
  r.closeSeen = seen.splice(0);
  r.ctorCloseDefault = T(() => { const e = new CloseEvent("close"); return [e.code, e.reason, e.wasClean, e.type]; });
  r.ctorCloseInit = T(() => { const e = new CloseEvent("x", { code: 4000, reason: "why", wasClean: true }); return [e.code, e.reason, e.wasClean, e.type]; });
  r.ctorCloseNoType = T(() => new CloseEvent());
  r.ctorMsgDefault = T(() => { const e = new MessageEvent("message"); return [e.data ?? "nullish:" + String(e.data), e.type]; });
  r.ctorMsgInit = T(() => { const e = new MessageEvent("m", { data: { x: 1 } }); return [e.data, e.type]; });
  r.ctorMsgNoType = T(() => new MessageEvent());
  r.errorEventCtor = T(() => typeof ErrorEvent);
  const [c, d] = Object.values(new WebSocketPair());
  d.accept();
  d.send("early");
  d.close(1000, "gone");
  const late = [];
  c.addEventListener("message", (e) => late.push(["m", e.data]));
  c.addEventListener("close", (e) => late.push(["c", e.code, e.reason]));
  c.accept();
  r.readyOnLateAccept = c.readyState;
  await until(() => late.length >= 2);
  r.late = late;
  r.lateReady = c.readyState;
  const [g, h] = Object.values(new WebSocketPair());
  g.accept(); h.accept();
  const stop = [];
  g.addEventListener("message", (e) => { stop.push("first"); e.stopImmediatePropagation(); });
  g.addEventListener("message", () => stop.push("second"));
  h.send("x");
  await until(() => stop.length >= 1);
  r.stop = stop;
  r.closeNoArgThenReady = T(() => { g.close(); return g.readyState; });
  r.sendClosing = T(() => g.send("z"));
  r.closeWhileClosing = T(() => { g.close(3000); return g.readyState; });
  out.r = r;
`;

const WS_CASES2 = [
  doCase("do17-ws-event-details", "WebSocket events: binaryType blob, handleEvent objects, duplicate and removed listeners, event properties, on* properties, CloseEvent/MessageEvent constructors, accept after the peer sent and closed, stopImmediatePropagation, closing states",
    ``, WS_EVENTS, { area: "websocket" }),
];

const MISC_CLS = `
  n = 0;
  async fetch(req) { return new Response("f:" + (++this.n) + ":" + (this.ctx.id.name ?? "noname")); }
  async bump() { return ++this.n; }
  get prop() { return "getter"; }
  field = "fieldval";
  static st() { return 1; }
  async alarm(info) {
    await this.ctx.storage.put("alarmInfo", { info: info === undefined ? "undef" : info, inner: await this.ctx.storage.getAlarm() });
  }
  async arm(at) { await this.ctx.storage.setAlarm(at); return await this.ctx.storage.getAlarm(); }
  async info() { return await this.ctx.storage.get("alarmInfo") ?? null; }
`;

const MISC_BODY = `
  const ns = env.DO;
  const r = {};
  globalThis.kept ??= ns.getByName("kept");
  if (url.pathname === "/second") {
    r.keptFetch = await TA(async () => (await globalThis.kept.fetch("http://x/")).text());
    r.keptRpc = await TA(() => globalThis.kept.bump());
    out.r = r; return Response.json(out);
  }
  r.keptFirst = await TA(async () => (await globalThis.kept.fetch("http://x/")).text());
  const s = ns.getByName("m");
  r.getter = await TA(() => s.prop);
  r.field = await TA(() => s.field);
  r.missing = await TA(() => s.nope());
  r.static = await TA(() => s.st());
  r.missingType = typeof s.nope;
  r.thenType = typeof s.then;
  r.stubKeys = Object.keys(s);
  r.idEq = ns.idFromName("m").equals(s.id);
  r.nameOnId = [s.id.name, ns.idFromName("m").name, ns.idFromString(s.id.toString()).name ?? "undef", ns.newUniqueId().name ?? "undef"];
  r.stubName = s.name ?? "undef";
  r.hintBad = T(() => { ns.get(ns.idFromName("h"), { locationHint: "mars" }); return "ok"; });
  r.hintGood = T(() => { ns.get(ns.idFromName("h"), { locationHint: "wnam" }); return "ok"; });
  r.hintNum = T(() => { ns.get(ns.idFromName("h"), { locationHint: 5 }); return "ok"; });
  r.byNameHint = T(() => { ns.getByName("h", { locationHint: "enam" }); return "ok"; });
  r.jBad = T(() => ns.jurisdiction("mars"));
  r.jEmpty = T(() => ns.jurisdiction(""));
  r.jFedramp = T(() => typeof ns.jurisdiction("fedramp"));
  r.idUpper = T(() => ns.idFromString(s.id.toString().toUpperCase()).toString() === s.id.toString());
  r.idShort = T(() => ns.idFromString("abc"));
  r.idNonHex = T(() => ns.idFromString("z".repeat(64)));
  r.nameLong = T(() => ns.idFromName("x".repeat(10000)).toString().length);
  r.nameEmpty = T(() => ns.getByName("").id.name);
  r.nameNum = T(() => ns.getByName(5).id.name);
  r.nameUndef = T(() => ns.getByName().id.name);
  r.f1 = await TA(async () => (await s.fetch("http://x/")).text());
  r.bump = await TA(() => s.bump());
  r.f2 = await TA(async () => (await ns.get(ns.idFromName("m")).fetch("http://x/")).text());
  r.uniq = await TA(async () => (await ns.get(ns.newUniqueId()).fetch("http://x/")).text());
  const al = ns.getByName("al");
  r.armPast = await TA(async () => { const v = await al.arm(Date.now() - 1000); return typeof v; });
  let info = null;
  for (let i = 0; i < 100 && info === null; i++) { await scheduler.wait(20); info = await al.info(); }
  r.alarmInfo = info;
  r.armDate = await TA(async () => { const v = await al.arm(new Date(Date.now() + 3600000)); return typeof v; });
  r.armStr = await TA(() => al.arm("1000"));
  r.armNaN = await TA(() => al.arm(NaN));
  r.armObj = await TA(() => al.arm({}));
  out.r = r;
`;

const CASES2 = [
  doCase("do17-stub-members-ids-alarm-info", "Stubs: a stub kept in a global used by a later request, getters/fields/static/missing members over RPC, id names, location hints, jurisdictions, id string forms, alarm handler argument and setAlarm argument kinds",
    MISC_CLS, MISC_BODY, { steps: [get("/"), get("/second")] }),
];

const XREQ_CLS = `
  kept = null;
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/accept") {
      const [c, s] = Object.values(new WebSocketPair());
      s.accept();
      this.kept = s;
      s.addEventListener("message", (e) => s.send("obj-echo:" + e.data));
      return new Response(null, { status: 101, webSocket: c });
    }
    if (p === "/send") { try { this.kept.send("from-later-request"); return new Response("sent"); } catch (e) { return new Response("err:" + e.name + ":" + e.message); } }
    return new Response("?");
  }
`;

const XREQ_BODY = `
  const r = {};
  const step = url.pathname;
  const waitFor = async (arr, n) => { for (let i = 0; i < 100 && arr.length < n; i++) await scheduler.wait(10); return arr.slice(); };
  try {
  if (step === "/one") {
    const [a, b] = Object.values(new WebSocketPair());
    a.accept(); b.accept();
    globalThis.pairKept = [a, b];
    globalThis.gotKept = [];
    b.addEventListener("message", (e) => globalThis.gotKept.push(e.data));
    a.send("same-request");
    r.sameGot = await waitFor(globalThis.gotKept, 1);
    const res = await env.DO.getByName("x").fetch("http://x/accept", { headers: { Upgrade: "websocket" } });
    const ws = res.webSocket; ws.accept();
    globalThis.objWs = ws;
    globalThis.objGot = [];
    ws.addEventListener("message", (e) => globalThis.objGot.push(e.data));
    ws.send("hello");
    r.objGot = await waitFor(globalThis.objGot, 1);
    r.topErr = topErr;
  } else if (step === "/ready") {
    const [a, b] = globalThis.pairKept;
    r.readyLater = [a.readyState, b.readyState];
  } else if (step === "/send") {
    r.sendLater = T(() => { globalThis.pairKept[0].send("later"); return "sent"; });
  } else if (step === "/close") {
    r.closeLater = T(() => { globalThis.pairKept[0].close(1000, "later"); return "closed"; });
  } else if (step === "/accept") {
    r.acceptLater = T(() => globalThis.pairKept[1].accept());
  } else if (step === "/listen") {
    r.listenLater = T(() => { globalThis.pairKept[1].addEventListener("close", () => {}); return "ok"; });
  } else if (step === "/objsend") {
    r.objSendLater = T(() => { globalThis.objWs.send("later-to-obj"); return "sent"; });
  } else if (step === "/objside") {
    r.objSideSend = await (await env.DO.getByName("x").fetch("http://x/send")).text();
    await scheduler.wait(50);
    r.objGotLater = globalThis.objGot.slice();
    r.gotLater = globalThis.gotKept.slice();
  } else if (step === "/newpair") {
    r.newPairLater = T(() => { const [c, d] = Object.values(new WebSocketPair()); c.accept(); d.accept(); c.send("x"); return "ok"; });
  }
  } catch (e) { r.caught = E(e); }
  out.r = r;
`;

const WS_CASES3 = [
  doCase("do17-ws-sockets-across-requests", "WebSockets kept in globals: a WebSocketPair and a Durable Object's socket used by a later request, an object's accepted socket used by its later request, a pair made at global scope",
    XREQ_CLS, XREQ_BODY, { area: "websocket", steps: ["/one", "/ready", "/send", "/close", "/accept", "/listen", "/objsend", "/objside", "/newpair"].map((p) => get(p)), head: `let topErr = null; try { new WebSocketPair(); topErr = "made"; } catch (e) { topErr = E(e); }` }),
];

const XSTUB_CLS = `
  other = null;
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/make") { this.other = this.env.DO.getByName("peer"); return new Response(await this.other.hello("first")); }
    if (p === "/use") { try { return new Response(await this.other.hello("later")); } catch (e) { return new Response("err:" + e.message); } }
    return new Response("?");
  }
  hello(w) { return "hello " + w + " from " + this.ctx.id.name; }
  async giveStub() { return this.env.DO.getByName("given"); }
`;

const XSTUB_BODY = `
  const r = {};
  try {
    if (url.pathname === "/one") {
      r.topStub = topStub === null ? topErr : "made";
      r.topId = topId;
      r.objMake = await (await env.DO.getByName("holder").fetch("http://x/make")).text();
      r.giveStub = await TA(() => env.DO.getByName("holder").giveStub());
      globalThis.ctxStub = ctx.exports?.Obj?.getByName?.("viaExports") ?? null;
      r.exportsSame = globalThis.ctxStub ? await TA(() => globalThis.ctxStub.hello("same")) : "none";
      r.topUse = topStub ? await TA(() => topStub.hello("top")) : "none";
    } else {
      r.objUse = await (await env.DO.getByName("holder").fetch("http://x/use")).text();
      r.exportsLater = globalThis.ctxStub ? await TA(() => globalThis.ctxStub.hello("later")) : "none";
      r.topUse = topStub ? await TA(() => topStub.hello("top")) : "none";
    }
  } catch (e) { r.caught = E(e); }
  out.r = r;
`;

const CASES3 = [
  doCase("do17-stubs-across-requests-more", "Durable Object stubs and requests: a stub made at global scope, a stub an object keeps between its own requests, a stub received from an object's RPC method and a ctx.exports stub kept for a later request",
    XSTUB_CLS, XSTUB_BODY, { steps: [get("/one"), get("/two")], head: `import { env as topEnv } from "cloudflare:workers";
let topStub = null, topErr = null, topId = null;
try { topId = topEnv.DO.idFromName("t").toString().length; } catch (e) { topId = E(e); }
try { topStub = topEnv.DO.getByName("t"); } catch (e) { topErr = E(e); }`, extra: { compatibilityFlags: ["enable_ctx_exports"] } }),
];

const GLOBAL_IO_BODY = `
  if (url.pathname === "/one") {
    out.top = top;
    const stub = env.DO.getByName("s");
    globalThis.log = [];
    ctx.waitUntil((async () => { await scheduler.wait(10); try { globalThis.log.push("wu:" + (await stub.hello())); } catch (err) { globalThis.log.push("wuerr:" + err.message); } })());
  } else {
    for (let i = 0; i < 200 && globalThis.log.length === 0; i++) await scheduler.wait(5);
    out.log = globalThis.log;
  }
`;

const WS_CASES4 = [
  doCase("do17-ws-global-scope-io", "Global scope: new WebSocket(url), new WebSocketPair() and a stub are refused there; a stub used by its request's waitUntil after the response works",
    `hello() { return "hi"; }`, GLOBAL_IO_BODY, { area: "websocket", steps: [get("/one"), get("/two")], head: `const top = {};
try { new WebSocket("ws://localhost:1/"); top.ws = "made"; } catch (e) { top.ws = E(e); }
try { new WebSocket("nope"); top.wsBadUrl = "made"; } catch (e) { top.wsBadUrl = E(e); }
try { new WebSocketPair(); top.pair = "made"; } catch (e) { top.pair = E(e); }
try { top.ids = [typeof WebSocketRequestResponsePair, new WebSocketRequestResponsePair("a", "b").response]; } catch (e) { top.ids = E(e); }` }),
];

export default [...CASES, ...WS_CASES, ...WS_CASES2, ...CASES2, ...WS_CASES3, ...CASES3, ...WS_CASES4];
