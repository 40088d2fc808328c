// Re-record: copy oracle/defs/_h.mjs and this file (as do21.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do21-
import { CD, PRELUDE, get } from "./_h.mjs";

const RECENT = "2026-04-26";
const HEAD = `
import { DurableObject, RpcTarget, WorkerEntrypoint } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const until = async (f) => { for (let i = 0; i < 200 && !(await f()); i++) await scheduler.wait(5); };
`;
const doCase = (name, description, script, { area = "durable-objects", date = CD, flags, durableObjects = { DO: "Obj" }, steps = [get("/")], extra = {} } = {}) => ({
  name, area, description,
  options: { modules: true, compatibilityDate: date, ...(flags ? { compatibilityFlags: flags } : {}), durableObjects, ...extra, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});

const CTX_EXPORTS = `
export class Obj extends DurableObject {
  ping() { return "pong:" + (this.ctx.id.name ?? null); }
  async look() {
    const ex = this.ctx.exports;
    const out = {};
    out.type = typeof ex;
    if (!ex) return out;
    out.keys = Object.keys(ex).sort();
    out.tags = Object.fromEntries(Object.keys(ex).sort().map((k) => [k, Object.prototype.toString.call(ex[k])]));
    out.same = ex === this.ctx.exports;
    out.objSame = ex.Obj === this.ctx.exports.Obj;
    out.unbound = typeof ex.Unbound;
    out.viaExports = await TA(() => ex.Obj.getByName("other").ping());
    out.idsMatch = await TA(() => ex.Obj.idFromName("z").toString() === this.env.DO.idFromName("z").toString());
    out.helper = await TA(() => ex.Helper.hello("obj"));
    out.defaultFetch = await TA(async () => (await ex.default.fetch("http://x/plain")).text());
    out.unboundCall = await TA(() => ex.Unbound.getByName("u").who());
    out.missing = typeof ex.Nope;
    out.props = Object.getOwnPropertyNames(ex).sort();
    return out;
  }
}
export class Unbound extends DurableObject { who() { return "unbound:" + (this.ctx.id.name ?? null); } }
export class Helper extends WorkerEntrypoint { hello(x) { return "hello " + x; } }
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url);
  if (url.pathname === "/plain") return new Response("plain");
  const out = {};
  out.inObject = await env.DO.getByName("a").look();
  out.workerType = typeof ctx.exports;
  if (ctx.exports) {
    out.workerKeys = Object.keys(ctx.exports).sort();
    out.workerObjIsEnv = ctx.exports.Obj === env.DO;
    out.workerObjTag = Object.prototype.toString.call(ctx.exports.Obj);
    out.workerUnbound = await TA(() => ctx.exports.Unbound.getByName("w").who());
    out.envKeys = Object.keys(env).sort();
  }
  return Response.json(out);
} };`;

export default [
  doCase("do21-ctx-exports-in-object-recent", "at a 2026 date ctx.exports inside a Durable Object: keys, namespaces of bound and unbound classes, entrypoints, loopback calls", CTX_EXPORTS, { date: RECENT }),
  doCase("do21-ctx-exports-in-object-old-date", "at 2025-01-01 (no enable_ctx_exports) ctx.exports inside a Durable Object and in the worker", CTX_EXPORTS),
  doCase("do21-ctx-exports-in-object-flag", "at 2025-01-01 with enable_ctx_exports: ctx.exports inside a Durable Object and in the worker", CTX_EXPORTS, { flags: ["enable_ctx_exports"] }),

  doCase("do21-id-names-recent", "at a 2026 date: ctx.id.name and stub.name for getByName, idFromName, idFromString, newUniqueId, jurisdiction ids", `
export class Obj extends DurableObject {
  who() { return { name: this.ctx.id.name ?? null, hasName: "name" in this.ctx.id, str: this.ctx.id.toString().length, juris: this.ctx.id.jurisdiction ?? null, keys: Object.keys(this.ctx.id) }; }
}
export default { async fetch(req, env) {
  const ns = env.DO; const out = {};
  const named = ns.idFromName("alpha");
  out.byName = await ns.getByName("alpha").who();
  out.fromName = await ns.get(named).who();
  out.fromString = await ns.get(ns.idFromString(named.toString())).who();
  out.unique = await ns.get(ns.newUniqueId()).who();
  out.stubNames = [ns.getByName("alpha").name ?? null, ns.get(named).name ?? null, ns.get(ns.idFromString(named.toString())).name ?? null, ns.get(ns.newUniqueId()).name ?? null];
  out.idNames = [named.name ?? null, ns.idFromString(named.toString()).name ?? null, ns.newUniqueId().name ?? null];
  out.jurisdiction = await TA(async () => { const j = ns.jurisdiction("eu"); const id = j.idFromName("alpha"); return { idName: id.name ?? null, same: id.equals(named), inside: await j.get(id).who(), byName: await j.getByName("alpha").who(), juris: id.jurisdiction ?? null }; });
  out.emptyName = await TA(() => ns.getByName("").who());
  out.longName = await TA(async () => (await ns.getByName("n".repeat(3000)).who()).name?.length ?? "none");
  out.unicodeName = await TA(() => ns.getByName("héllo☃").who());
  return Response.json(out);
} };`, { date: RECENT }),

  doCase("do21-txn-nesting-kv", "KV-backed storage: nested transactions, deleteAll and alarms inside transactions, rollback twice, transactionSync misuse, storage.sync", `
export class Obj extends DurableObject {
  async alarm() {}
  async run() {
    const s = this.ctx.storage; const out = {};
    out.nested = await TA(() => s.transaction(async (a) => { await a.put("n1", 1); return s.transaction(async (b) => { await b.put("n2", 2); return "inner"; }); }));
    out.afterNested = Object.fromEntries(await s.list({ prefix: "n" }));
    out.txnInTxn = await TA(() => s.transaction(async (a) => a.transaction ? typeof a.transaction : "none"));
    out.deleteAllInTxn = await TA(() => s.transaction(async (a) => a.deleteAll()));
    out.alarmInTxnRollback = await TA(async () => { await s.transaction(async (a) => { await a.setAlarm(Date.now() + 60000); a.rollback(); }); return await s.getAlarm(); });
    out.alarmInTxnThrow = await TA(async () => { try { await s.transaction(async (a) => { await a.setAlarm(Date.now() + 60000); throw new Error("x"); }); } catch {} return await s.getAlarm(); });
    out.alarmInTxnCommit = await TA(async () => { await s.transaction(async (a) => { await a.setAlarm(Date.now() + 60000); }); return typeof (await s.getAlarm()); });
    await s.deleteAlarm();
    out.rollbackTwice = await TA(() => s.transaction(async (a) => { a.rollback(); a.rollback(); return "done"; }));
    out.useAfterRollback = await TA(() => s.transaction(async (a) => { a.rollback(); return a.get("x"); }));
    out.getAfterCommit = await TA(async () => { let keep; await s.transaction(async (a) => { keep = a; }); return keep.get("x"); });
    out.rollbackAfterCommit = await TA(async () => { let keep; await s.transaction(async (a) => { keep = a; }); return keep.rollback(); });
    out.txnReturn = await TA(() => s.transaction(() => 5));
    out.txnNonFn = await TA(() => s.transaction(5));
    out.txnNoArg = await TA(() => s.transaction());
    out.syncType = typeof s.transactionSync;
    out.syncCall = await TA(() => s.transactionSync(() => 1));
    out.sync = await TA(() => s.sync());
    out.txnProto = await TA(() => s.transaction(async (a) => Object.getOwnPropertyNames(Object.getPrototypeOf(a)).sort()));
    return out;
  }
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("t").run()); } };`),

  doCase("do21-txn-nesting-sql", "SQLite-backed storage: nested transactions, deleteAll and alarms inside transactions, rollback twice, transactionSync nesting and misuse, storage.sync", `
export class Obj extends DurableObject {
  async alarm() {}
  async run() {
    const s = this.ctx.storage; const out = {};
    out.nested = await TA(() => s.transaction(async (a) => { await a.put("n1", 1); return s.transaction(async (b) => { await b.put("n2", 2); return "inner"; }); }));
    out.afterNested = Object.fromEntries(await s.list({ prefix: "n" }));
    out.nestedInnerRollback = await TA(async () => { await s.transaction(async (a) => { await a.put("r1", 1); await s.transaction(async (b) => { await b.put("r2", 2); b.rollback(); }); }); return Object.fromEntries(await s.list({ prefix: "r" })); });
    out.deleteAllInTxn = await TA(() => s.transaction(async (a) => a.deleteAll()));
    out.alarmInTxnRollback = await TA(async () => { await s.transaction(async (a) => { await a.setAlarm(Date.now() + 60000); a.rollback(); }); return await s.getAlarm(); });
    out.alarmInTxnThrow = await TA(async () => { try { await s.transaction(async (a) => { await a.setAlarm(Date.now() + 60000); throw new Error("x"); }); } catch {} return await s.getAlarm(); });
    await s.deleteAlarm();
    out.rollbackTwice = await TA(() => s.transaction(async (a) => { a.rollback(); a.rollback(); return "done"; }));
    out.syncNested = T(() => s.transactionSync(() => { s.kv.put("s1", 1); return s.transactionSync(() => { s.kv.put("s2", 2); return "inner"; }); }));
    out.syncInnerThrow = T(() => s.transactionSync(() => { s.kv.put("t1", 1); try { s.transactionSync(() => { s.kv.put("t2", 2); throw new Error("inner"); }); } catch (e) { return [e.message, s.kv.get("t1") ?? null, s.kv.get("t2") ?? null]; } }));
    out.syncAsync = await TA(async () => { const r = s.transactionSync(async () => { s.kv.put("a1", 1); }); return [Object.prototype.toString.call(r), s.kv.get("a1") ?? null]; });
    out.syncNonFn = T(() => s.transactionSync(5));
    out.syncNoArg = T(() => s.transactionSync());
    out.syncSqlBegin = T(() => s.transactionSync(() => s.sql.exec("BEGIN").toArray()));
    out.syncSavepoint = T(() => s.sql.exec("SAVEPOINT x").toArray());
    out.txnInSync = await TA(async () => { let p; s.transactionSync(() => { p = s.transaction(async () => "in"); }); return await p; });
    out.sync = await TA(() => s.sync());
    out.keys = [...s.kv.list()].map(([k]) => k);
    return out;
  }
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("t").run()); } };`, { durableObjects: { DO: { className: "Obj", useSQLite: true } } }),

  doCase("do21-ws-binary-types-old", "at 2025-01-01: binaryType defaults, assigning odd values, Blob delivery on pairs and on hibernated sockets' binaryType", `
export class Obj extends DurableObject {
  log = [];
  async fetch(req) { const [c, s] = Object.values(new WebSocketPair()); this.ctx.acceptWebSocket(s); this.log.push(["accepted", s.binaryType]); return new Response(null, { status: 101, webSocket: c }); }
  webSocketMessage(ws, m) { this.log.push([typeof m, m?.constructor?.name, ws.binaryType]); ws.binaryType = "blob"; this.log.push(["set", ws.binaryType]); }
  take() { return this.log; }
}
export default { async fetch(req, env) {
  const out = {};
  const [a, b] = Object.values(new WebSocketPair());
  out.defaults = [a.binaryType, b.binaryType];
  out.assign = ["blob", "arraybuffer", "BLOB", "", "foo", null, 5].map((v) => T(() => { b.binaryType = v; return b.binaryType; }));
  b.binaryType = "blob"; a.accept(); b.accept();
  const got = [];
  b.addEventListener("message", async (e) => { got.push([typeof e.data, e.data?.constructor?.name, e.data instanceof Blob ? [e.data.size, e.data.type, [...new Uint8Array(await e.data.arrayBuffer())]] : null]); });
  a.send(new Uint8Array([1, 2])); a.send("txt"); a.send(new ArrayBuffer(3));
  await until(() => got.length >= 3); await scheduler.wait(10);
  out.blobDelivery = got;
  const s = env.DO.getByName("h");
  const ws = (await s.fetch("http://o/", { headers: { Upgrade: "websocket" } })).webSocket; ws.accept();
  out.clientDefault = ws.binaryType;
  ws.send(new Uint8Array([7])); ws.send(new Uint8Array([8]));
  let log = []; await until(async () => (log = await s.take()).length >= 4);
  out.hibernated = log;
  ws.close(1000, "bye");
  return Response.json(out);
} };`, { area: "websocket" }),

  doCase("do21-ws-binary-types-recent", "at a 2026 date: binaryType defaults, assigning odd values, Blob delivery on pairs and on hibernated sockets' binaryType", `
export class Obj extends DurableObject {
  log = [];
  async fetch(req) { const [c, s] = Object.values(new WebSocketPair()); this.ctx.acceptWebSocket(s); this.log.push(["accepted", s.binaryType]); return new Response(null, { status: 101, webSocket: c }); }
  webSocketMessage(ws, m) { this.log.push([typeof m, m?.constructor?.name, ws.binaryType]); ws.binaryType = "arraybuffer"; this.log.push(["set", ws.binaryType]); }
  take() { return this.log; }
}
export default { async fetch(req, env) {
  const out = {};
  const [a, b] = Object.values(new WebSocketPair());
  out.defaults = [a.binaryType, b.binaryType];
  out.assign = ["arraybuffer", "blob", "BLOB", "", "foo", null, 5].map((v) => T(() => { b.binaryType = v; return b.binaryType; }));
  b.binaryType = "blob"; a.accept(); b.accept();
  const got = [];
  b.addEventListener("message", async (e) => { got.push([typeof e.data, e.data?.constructor?.name, e.data instanceof Blob ? [e.data.size, e.data.type, [...new Uint8Array(await e.data.arrayBuffer())]] : null]); });
  a.send(new Uint8Array([1, 2])); a.send("txt"); a.send(new ArrayBuffer(3));
  await until(() => got.length >= 3); await scheduler.wait(10);
  out.blobDelivery = got;
  const s = env.DO.getByName("h");
  const ws = (await s.fetch("http://o/", { headers: { Upgrade: "websocket" } })).webSocket; ws.accept();
  out.clientDefault = ws.binaryType;
  ws.send(new Uint8Array([7])); ws.send(new Uint8Array([8]));
  let log = []; await until(async () => (log = await s.take()).length >= 4);
  out.hibernated = log;
  ws.close(1000, "bye");
  return Response.json(out);
} };`, { area: "websocket", date: RECENT }),

  doCase("do21-ws-hibernation-misc-recent", "at a 2026 date: getTags/getWebSockets order and filters, attachments of odd values and sizes, auto-response pair edges, event timeout accessors", `
export class Obj extends DurableObject {
  async fetch(req) {
    const tags = JSON.parse(new URL(req.url).searchParams.get("tags") ?? "[]");
    const [c, s] = Object.values(new WebSocketPair());
    try { this.ctx.acceptWebSocket(s, tags); } catch (e) { return Response.json(E(e), { status: 400 }); }
    return new Response(null, { status: 101, webSocket: c });
  }
  probe() {
    const out = {}; const all = this.ctx.getWebSockets();
    out.count = all.length;
    out.tags = all.map((w) => this.ctx.getTags(w));
    out.byTag = ["a", "b", "c", "", "zz"].map((t) => this.ctx.getWebSockets(t).length);
    out.tagArgs = [T(() => this.ctx.getWebSockets(undefined).length), T(() => this.ctx.getWebSockets(null).length), T(() => this.ctx.getWebSockets(5).length)];
    const w = all[0];
    out.attachNone = T(() => w.deserializeAttachment());
    out.attach = [
      T(() => { w.serializeAttachment(new Map([[1, 2]])); return w.deserializeAttachment() instanceof Map; }),
      T(() => { w.serializeAttachment(undefined); return w.deserializeAttachment(); }),
      T(() => { w.serializeAttachment(null); return w.deserializeAttachment(); }),
      T(() => w.serializeAttachment(() => 1)),
      T(() => w.serializeAttachment(Symbol("s"))),
      T(() => { w.serializeAttachment("x".repeat(2040)); return w.deserializeAttachment().length; }),
      T(() => w.serializeAttachment("x".repeat(2050))),
      T(() => w.serializeAttachment(new Uint8Array(2100))),
      T(() => { w.serializeAttachment({ d: new Date(5), r: /x/g, b: 10n }); const v = w.deserializeAttachment(); return [v.d.getTime(), String(v.r), String(v.b)]; }),
      T(() => w.serializeAttachment()),
    ];
    out.autoNone = T(() => this.ctx.getWebSocketAutoResponse());
    out.autoArgs = [
      T(() => new WebSocketRequestResponsePair("", "x").request),
      T(() => new WebSocketRequestResponsePair("p".repeat(2049), "x").request.length),
      T(() => new WebSocketRequestResponsePair("p", "r".repeat(2049)).response.length),
      T(() => new WebSocketRequestResponsePair("p").response),
      T(() => new WebSocketRequestResponsePair().request),
      T(() => WebSocketRequestResponsePair("a", "b").request),
      T(() => { const p = new WebSocketRequestResponsePair(1, 2); return [typeof p.request, p.request, p.response]; }),
      T(() => this.ctx.setWebSocketAutoResponse("ping")),
      T(() => this.ctx.setWebSocketAutoResponse({ request: "a", response: "b" })),
    ];
    this.ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
    const got = this.ctx.getWebSocketAutoResponse();
    out.autoGot = [got?.constructor?.name, got?.request, got?.response, Object.keys(got ?? {}), Object.getOwnPropertyNames(Object.getPrototypeOf(got ?? {})).sort()];
    out.autoTs = T(() => this.ctx.getWebSocketAutoResponseTimestamp(w));
    out.autoTsArgs = [T(() => this.ctx.getWebSocketAutoResponseTimestamp()), T(() => this.ctx.getWebSocketAutoResponseTimestamp({}))];
    this.ctx.setWebSocketAutoResponse();
    out.autoCleared = T(() => this.ctx.getWebSocketAutoResponse());
    out.timeout = [T(() => this.ctx.getHibernatableWebSocketEventTimeout()), T(() => this.ctx.setHibernatableWebSocketEventTimeout(5000)), T(() => this.ctx.getHibernatableWebSocketEventTimeout()), T(() => this.ctx.setHibernatableWebSocketEventTimeout()), T(() => this.ctx.getHibernatableWebSocketEventTimeout()), T(() => this.ctx.setHibernatableWebSocketEventTimeout(-1)), T(() => this.ctx.setHibernatableWebSocketEventTimeout(8000000))];
    out.getTagsBad = [T(() => this.ctx.getTags()), T(() => this.ctx.getTags({})), T(() => { const [x] = Object.values(new WebSocketPair()); return this.ctx.getTags(x); })];
    return out;
  }
}
export default { async fetch(req, env) {
  const s = env.DO.getByName("m"); const out = {}; const socks = [];
  for (const tags of [["a", "b"], ["b"], [], ["c", "a"]]) { const r = await s.fetch("http://o/?tags=" + encodeURIComponent(JSON.stringify(tags)), { headers: { Upgrade: "websocket" } }); socks.push(r.webSocket); r.webSocket.accept(); }
  out.badTags = [];
  for (const tags of [["a", "a"], [""], ["x".repeat(257)], Array.from({ length: 11 }, (_, i) => "t" + i), [5]]) { const r = await s.fetch("http://o/?tags=" + encodeURIComponent(JSON.stringify(tags)), { headers: { Upgrade: "websocket" } }); out.badTags.push([r.status, r.status === 400 ? await r.json() : null]); if (r.webSocket) { r.webSocket.accept(); socks.push(r.webSocket); } }
  out.probe = await s.probe();
  for (const w of socks) w.close(1000, "done");
  return Response.json(out);
} };`, { area: "websocket", date: RECENT }),
];
