// Re-record: copy oracle/defs/_h.mjs and this file (as dows.mjs) into a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dows-
import { CD, PRELUDE, get } from "./_h.mjs";

const doCase = (name, description, script, { area = "durable-objects", steps = [get("/")], sql = false, extra = {} } = {}) => ({
  name, area, description,
  options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: sql ? { className: "Obj", useSQLite: true } : "Obj" }, script: `${PRELUDE}\nimport { DurableObject, RpcTarget } from "cloudflare:workers";\n${script}`, ...extra },
  steps,
});

const waitMsg = `
const nextEvent = (ws, type) => new Promise((resolve) => {
  const timer = setTimeout(() => resolve({ timeout: type }), 6000);
  ws.addEventListener(type, (e) => { clearTimeout(timer); resolve(type === "message" ? { data: typeof e.data === "string" ? e.data : ["bytes", ...new Uint8Array(e.data)] } : type === "close" ? { code: e.code, reason: e.reason, wasClean: e.wasClean } : { type: e.type, message: e.message }); }, { once: true });
});
const collect = (ws, n) => new Promise((resolve) => {
  const got = []; const timer = setTimeout(() => resolve({ got, timeout: true }), 6000);
  const on = (e) => { got.push(e.type === "message" ? (typeof e.data === "string" ? e.data : ["bytes", ...new Uint8Array(e.data)]) : [e.type, e.code, e.reason, e.wasClean]); if (got.length >= n) { clearTimeout(timer); resolve({ got }); } };
  ws.addEventListener("message", on); ws.addEventListener("close", on);
});
`;

export default [
  doCase("dows-do-id-forms", "DurableObjectId string forms, equality, name, JSON, prototypes; namespace and stub members; ids inside the object", `
export class Obj extends DurableObject {
  async fetch(req) { return Response.json({ id: this.ctx.id.toString(), name: this.ctx.id.name ?? null, same: this.ctx.id === this.ctx.id, idKeys: Object.keys(this.ctx.id) }); }
  info() { return { id: this.ctx.id.toString(), name: this.ctx.id.name ?? null }; }
}
export default { async fetch(req, env) {
  const out = {}; const ns = env.OBJ;
  const a = ns.idFromName("alpha"), a2 = ns.idFromName("alpha"), u = ns.newUniqueId();
  out.eqSame = [a === a2, a.equals(a2), a2.equals(a), a.equals(u), a.toString() === a2.toString()];
  out.forms = [typeof a.toString(), a.toString().length, /^[0-9a-f]{64}$/.test(a.toString()), String(a) === a.toString(), \`\${a}\` === a.toString()];
  out.json = await t(() => JSON.stringify(a));
  out.jsonObj = await t(() => JSON.stringify({ a }));
  out.names = [a.name, u.name ?? null, ns.idFromString(a.toString()).name ?? null, ns.idFromString(u.toString()).name ?? null];
  out.keys = [Object.keys(a), Object.keys(u), Object.getOwnPropertyNames(a)];
  out.protoNames = Object.getOwnPropertyNames(Object.getPrototypeOf(a)).sort();
  out.tag = [Object.prototype.toString.call(a), a.constructor.name, Object.prototype.toString.call(ns), ns.constructor.name];
  out.nsProto = Object.getOwnPropertyNames(Object.getPrototypeOf(ns)).sort();
  out.upper = await t(() => ns.idFromString(a.toString().toUpperCase()).equals(a));
  out.uniqueDistinct = ns.newUniqueId().toString() !== ns.newUniqueId().toString();
  out.fromStrUnique = ns.idFromString(u.toString()).equals(u);
  const s1 = ns.get(a), s2 = ns.get(a), s3 = ns.getByName("alpha");
  out.stubs = [s1 === s2, s1.id === a, s1.id.equals(a), s3.id.equals(a), s1.name ?? null, s3.name ?? null, s3.id.name ?? null];
  out.stubTag = [Object.prototype.toString.call(s1), typeof s1.fetch, typeof s1.info, typeof s1.anything];
  out.inside = await (await s1.fetch("http://x/")).json();
  out.insideByName = await (await s3.fetch("http://x/")).json();
  out.insideUnique = await ns.get(u).info().then((r) => [r.id === u.toString(), r.name]);
  out.insideFromString = await ns.get(ns.idFromString(a.toString())).info();
  out.eqArgs = [await t(() => a.equals(a.toString())), await t(() => a.equals({})), await t(() => a.equals(null)), await t(() => a.equals())];
  out.jurisdiction = await t(() => { const j = ns.jurisdiction("eu"); const ja = j.idFromName("alpha"); return [ja.toString() === a.toString(), ja.equals(a), j.newUniqueId().toString().length, Object.prototype.toString.call(j)]; });
  out.badJurisdiction = await t(() => ns.jurisdiction("mars"));
  out.newUniqueOpts = [await t(() => ns.newUniqueId({ jurisdiction: "eu" }).toString().length), await t(() => ns.newUniqueId({ jurisdiction: "nope" })), await t(() => ns.newUniqueId(5).toString().length)];
  out.fromNameArgs = [await t(() => ns.idFromName(5).toString() === ns.idFromName("5").toString()), await t(() => ns.idFromName()), await t(() => ns.idFromName(undefined).toString() === ns.idFromName("undefined").toString())];
  out.badStrings = [await t(() => ns.idFromString("zz")), await t(() => ns.idFromString("g".repeat(64))), await t(() => ns.idFromString(""))];
  out.getArgs = [await t(() => ns.get("alpha")), await t(() => ns.get()), await t(() => ns.get(a, { locationHint: "enam" }).id.equals(a)), await t(() => ns.get(a, { locationHint: "nowhere" }).id.equals(a))];
  return Response.json(out);
} };`),

  doCase("dows-do-errors-seen-by-stubs", "errors thrown inside a Durable Object's fetch and RPC methods as its stubs see them: classes, DOMException, AggregateError, non-Error values, properties, later calls", `
class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; this.extra = 1; } }
export class Obj extends DurableObject {
  count = 0;
  async fetch(req) {
    const kind = new URL(req.url).pathname.slice(1); this.count++;
    if (kind === "type") throw new TypeError("bad type");
    if (kind === "dom") throw new DOMException("dom gone", "NotFoundError");
    if (kind === "string") throw "a string";
    if (kind === "custom") throw new MyErr("mine");
    if (kind === "count") return new Response(String(this.count));
    return new Response("ok " + kind);
  }
  boom(kind) {
    this.count++;
    if (kind === "range") throw new RangeError("out of range");
    if (kind === "dom") throw new DOMException("dom msg", "DataError");
    if (kind === "agg") throw new AggregateError([new Error("a")], "many");
    if (kind === "custom") throw new MyErr("mine");
    if (kind === "number") throw 42;
    if (kind === "object") throw { code: 7 };
    if (kind === "null") throw null;
    if (kind === "props") { const e = new Error("with props"); e.code = "E1"; e.status = 418; throw e; }
    if (kind === "cause") throw new Error("outer", { cause: new Error("inner") });
    return "fine";
  }
  async later(kind) { await scheduler.wait(1); return this.boom(kind); }
  getCount() { return this.count; }
}
const shape = (e) => e === null || typeof e !== "object" ? { value: e } : { name: e.name, ctor: e.constructor?.name, message: e.message, isError: e instanceof Error, remote: e.remote ?? null, retryable: e.retryable ?? null, overloaded: e.overloaded ?? null, reset: e.durableObjectReset ?? null, code: e.code ?? null, status: e.status ?? null, extra: e.extra ?? null, cause: e.cause ? String(e.cause) : null, errors: Array.isArray(e.errors) ? e.errors.length : null, keys: Object.keys(e).sort() };
export default { async fetch(req, env) {
  const out = {}; const s = env.OBJ.getByName("e");
  for (const k of ["type", "dom", "string", "custom"]) { try { const r = await s.fetch("http://x/" + k); out["fetch_" + k] = [r.status, await r.text()]; } catch (e) { out["fetch_" + k] = shape(e); } }
  for (const k of ["range", "dom", "agg", "custom", "number", "object", "null", "props", "cause", "none"]) { try { out["rpc_" + k] = { ok: await s.boom(k) }; } catch (e) { out["rpc_" + k] = shape(e); } }
  try { out.asyncRange = { ok: await s.later("range") }; } catch (e) { out.asyncRange = shape(e); }
  out.countAfter = await t(() => s.getCount());
  out.fetchCountAfter = await (await s.fetch("http://x/count")).text();
  return Response.json(out);
} };`),

  doCase("dows-do-state-lifecycle", "object state across requests and stubs: constructor runs once per object, fields shared between fetch and RPC, distinct objects per name, env and ctx inside, concurrent first requests", `
let constructed = 0;
export class Obj extends DurableObject {
  constructor(ctx, env) { super(ctx, env); constructed++; this.hits = []; this.ctorName = ctx.id.name ?? null; this.envKeys = Object.keys(env).sort(); }
  async fetch(req) { this.hits.push("fetch:" + new URL(req.url).pathname); return Response.json({ hits: this.hits, constructed, ctorName: this.ctorName }); }
  hit(x) { this.hits.push("rpc:" + x); return { hits: this.hits, constructed }; }
  same(other) { return this === other; }
  envInfo() { return { envKeys: this.envKeys, sameEnv: this.env === this.env, varv: this.env.V, ctxKeys: Object.keys(this.ctx).sort() }; }
}
export default { async fetch(req, env) {
  const url = new URL(req.url);
  if (url.pathname === "/a") { const s = env.OBJ.getByName("one"); const r1 = await (await s.fetch("http://x/p1")).json(); const r2 = await s.hit("h1"); const r3 = await env.OBJ.get(env.OBJ.idFromName("one")).hit("h2"); return Response.json({ r1, r2, r3 }); }
  if (url.pathname === "/b") { const r = await env.OBJ.getByName("one").hit("again"); const other = await env.OBJ.getByName("two").hit("first"); return Response.json({ r, other, envInfo: await env.OBJ.getByName("two").envInfo() }); }
  if (url.pathname === "/c") { const s = env.OBJ.getByName("three"); const results = await Promise.all([s.hit(1), s.hit(2), s.hit(3), env.OBJ.getByName("three").hit(4)]); return Response.json({ lengths: results.map((r) => r.hits.length), last: results[3].hits, constructed: results.map((r) => r.constructed) }); }
  return new Response("?");
} };`, { steps: [get("/a"), get("/b"), get("/c"), get("/a")], extra: { bindings: { V: "vee" } } }),

  doCase("dows-do-alarm-past-and-sequence", "alarms: a time in the past fires at once, getAlarm while pending and after, an alarm handler writing storage, setting another alarm from the handler, alarm for an unnamed object", `
export class Obj extends DurableObject {
  async alarm(info) {
    const log = (await this.ctx.storage.get("log")) ?? [];
    log.push({ retry: info?.retryCount ?? null, isRetry: info?.isRetry ?? null, alarmNow: await this.ctx.storage.getAlarm(), name: this.ctx.id.name ?? null });
    await this.ctx.storage.put("log", log);
    if (log.length < 3) await this.ctx.storage.setAlarm(Date.now() - 5000);
  }
  async start() { const before = await this.ctx.storage.getAlarm(); const r = await this.ctx.storage.setAlarm(Date.now() - 60000); const pending = await this.ctx.storage.getAlarm(); return { before, r: r ?? "undefined", pendingType: typeof pending }; }
  async read() { return { log: (await this.ctx.storage.get("log")) ?? null, alarm: await this.ctx.storage.getAlarm() }; }
  async setNum(v) { try { await this.ctx.storage.setAlarm(v); return { ok: await this.ctx.storage.getAlarm() }; } catch (e) { return { error: e.name + ": " + e.message }; } }
}
export default { async fetch(req, env) {
  const url = new URL(req.url); const s = env.OBJ.getByName("al"); const u = env.OBJ.get(env.OBJ.idFromString(env.OBJ.idFromName("xx").toString()));
  if (url.pathname === "/start") { return Response.json({ named: await s.start(), unnamed: await u.start() }); }
  if (url.pathname === "/read") { for (let i = 0; i < 200; i++) { const [a, b] = [await s.read(), await u.read()]; if ((a.log?.length ?? 0) >= 3 && (b.log?.length ?? 0) >= 3) break; await scheduler.wait(50); } await scheduler.wait(50); return Response.json({ named: await s.read(), unnamed: await u.read() }); }
  if (url.pathname === "/nums") { const o = env.OBJ.getByName("nums"); const r = {}; for (const [k, v] of Object.entries({ zero: 0, neg: -1, nan: NaN, str: "123", big: 8.64e15 + 1, frac: 1.5, date0: new Date(0), inf: Infinity, bool: true, future: Date.now() + 100000.7 })) { const x = await o.setNum(v); r[k] = x.error ?? [typeof x.ok, x.ok >= Date.now() - 5000, Number.isInteger(x.ok)]; } await scheduler.wait(300); return Response.json(r); }
  return new Response("?");
} };`, { steps: [get("/start"), get("/read"), get("/nums")] }),

  doCase("dows-do-gates-waituntil", "input gate around storage and fetch, ctx.waitUntil in an object, blockConcurrencyWhile from a method, storage.sync, deleteAll return and after", `
export class Obj extends DurableObject {
  order = [];
  async slow(tag) { this.order.push("start " + tag); const v = (await this.ctx.storage.get("n")) ?? 0; await this.ctx.storage.put("n", v + 1); this.order.push("end " + tag); return v; }
  async bcw() { const r = await this.ctx.blockConcurrencyWhile(async () => { this.order.push("bcw in"); await scheduler.wait(20); this.order.push("bcw out"); return 9; }); return r; }
  quick(tag) { this.order.push("quick " + tag); return tag; }
  getOrder() { return this.order; }
  async wu() { this.ctx.waitUntil(this.ctx.storage.put("wu", "done")); this.ctx.waitUntil(new Promise((r) => setTimeout(() => { this.order.push("wu timer"); r(); }, 10))); return typeof this.ctx.waitUntil; }
  async wuRead() { return (await this.ctx.storage.get("wu")) ?? null; }
  async syncIt() { await this.ctx.storage.put("s", 1); const r = await this.ctx.storage.sync(); return [r === undefined, typeof this.ctx.storage.sync]; }
  async alarm() {}
  async wipe() { await this.ctx.storage.put({ a: 1, b: 2 }); await this.ctx.storage.setAlarm(Date.now() + 100000); const r = await this.ctx.storage.deleteAll(); return { r: r ?? "undefined", after: [...(await this.ctx.storage.list()).keys()], alarm: typeof (await this.ctx.storage.getAlarm()) }; }
}
export default { async fetch(req, env) {
  const url = new URL(req.url); const s = env.OBJ.getByName("g");
  if (url.pathname === "/1") { const r = await Promise.all([s.slow("a"), s.slow("b"), s.quick("q"), s.slow("c")]); return Response.json({ r, order: await s.getOrder() }); }
  if (url.pathname === "/2") { const s2 = env.OBJ.getByName("h"); const r = await Promise.all([s2.bcw(), s2.quick("after-bcw-1"), s2.quick("after-bcw-2")]); return Response.json({ r, order: await s2.getOrder() }); }
  if (url.pathname === "/3") { const s3 = env.OBJ.getByName("w"); const r = await s3.wu(); return Response.json({ r, read: await s3.wuRead() }); }
  if (url.pathname === "/4") { const s3 = env.OBJ.getByName("w"); for (let i = 0; i < 200 && !(await s3.getOrder()).includes("wu timer"); i++) await scheduler.wait(20); return Response.json({ read: await s3.wuRead(), order: await s3.getOrder(), sync: await s.syncIt(), wipe: await s.wipe() }); }
  return new Response("?");
} };`, { steps: [get("/1"), get("/2"), get("/3"), get("/4")] }),

  doCase("dows-do-namespace-arg-coercion", "namespace methods given undefined, null, numbers and objects explicitly, against missing arguments", `
export class Obj extends DurableObject { who() { return this.ctx.id.name ?? null; } }
export default { async fetch(req, env) {
  const out = {}; const ns = env.OBJ; const hexOf = (id) => id.toString();
  out.idFromName = [await t(() => ns.idFromName(null).name), await t(() => hexOf(ns.idFromName(null)) === hexOf(ns.idFromName("null"))), await t(() => ns.idFromName({}).name), await t(() => ns.idFromName([1, 2]).name), await t(() => ns.idFromName(Symbol("s")))];
  out.getByName = [await t(() => ns.getByName(undefined).name), await t(() => ns.getByName(null).name), await t(() => ns.getByName(12).name), await t(() => ns.getByName()), await t(() => ns.getByName("x", undefined).name), await t(() => ns.getByName("x", null).name), await t(() => ns.getByName("x", 5))];
  out.getByNameCall = await t(() => ns.getByName(undefined).who());
  out.idFromString = [await t(() => ns.idFromString(undefined)), await t(() => ns.idFromString(null)), await t(() => ns.idFromString()), await t(() => ns.idFromString({ toString() { return hexOf(ns.idFromName("a")); } }).equals(ns.idFromName("a")))];
  out.get = [await t(() => ns.get(ns.idFromName("a"), undefined).name), await t(() => ns.get(ns.idFromName("a"), null).name), await t(() => ns.get(ns.idFromName("a"), 5)), await t(() => ns.get(ns.idFromName("a"), { locationHint: 5 }).name), await t(() => ns.get(ns.idFromName("a"), { unknownOpt: 1 }).name)];
  out.newUniqueId = [await t(() => typeof ns.newUniqueId(undefined).toString()), await t(() => typeof ns.newUniqueId(null).toString()), await t(() => typeof ns.newUniqueId({}).toString()), await t(() => ns.newUniqueId("eu")), await t(() => ns.newUniqueId({ jurisdiction: undefined }).name ?? null)];
  out.jurisdiction = [await t(() => ns.jurisdiction()), await t(() => ns.jurisdiction(undefined)), await t(() => ns.jurisdiction("eu")), await t(() => ns.jurisdiction(null)), await t(() => ns.jurisdiction(""))];
  return Response.json(out);
} };`),

  doCase("dows-do-stub-members", "Durable Object stub and RPC reserved members: then, dup, connect, Symbol.dispose, handler names called over RPC, private fields, static methods, ids and stubs passed as RPC arguments and results", `
export class Obj extends DurableObject {
  #secret = 41;
  static helper() { return "static"; }
  peek() { return this.#secret + 1; }
  async alarm() { return "alarm ran"; }
  async webSocketMessage() { return "wsm"; }
  echoId(id) { return [typeof id, id?.constructor?.name ?? null, String(id).length]; }
  async callOther(stub) { return await stub.peek(); }
  giveId() { return this.ctx.id; }
  giveStub() { return this.env.OBJ.getByName("given"); }
}
export default { async fetch(req, env) {
  const out = {}; const s = env.OBJ.getByName("m");
  out.types = [typeof s.then, typeof s.dup, typeof s.connect, typeof s[Symbol.dispose], typeof s.constructor];
  out.awaited = await t(async () => { const v = await s; return [v === s, typeof v.peek]; });
  out.peek = await t(() => s.peek());
  out.helper = await t(() => s.helper());
  out.alarmRpc = await t(() => s.alarm());
  out.wsmRpc = await t(() => s.webSocketMessage());
  out.ctorRpc = await t(() => s.constructor());
  out.fetchNoHandler = await t(async () => (await s.fetch("http://x/")).status);
  out.idArg = await t(() => s.echoId(env.OBJ.idFromName("q")));
  out.stubArg = await t(() => s.callOther(env.OBJ.getByName("other")));
  out.idResult = await t(async () => { const id = await s.giveId(); return [typeof id, id?.constructor?.name ?? null]; });
  out.stubResult = await t(async () => { const st = await s.giveStub(); return [typeof st, await st.peek()]; });
  out.dupCall = await t(async () => { const d = s.dup(); return await d.peek(); });
  out.disposeCall = await t(() => { s[Symbol.dispose](); return "disposed"; });
  out.afterDispose = await t(() => s.peek());
  return Response.json(out);
} };`),

  {
    name: "dows-ws-do-accept-broadcast-across-requests", area: "websocket",
    description: "a Durable Object keeps sockets it accept()ed (no hibernation) in a field and writes to them from later requests and from an alarm; hibernated sockets get an alarm broadcast; a hibernated socket's addEventListener; an object without webSocket handlers",
    options: { modules: true, compatibilityDate: CD, durableObjects: { HUB: "Hub", BARE: "Bare" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
${waitMsg}
export class Hub extends DurableObject {
  sockets = [];
  async fetch(req) {
    const url = new URL(req.url); const [c, s] = Object.values(new WebSocketPair());
    if (url.searchParams.has("hib")) { this.ctx.acceptWebSocket(s, ["h"]); let heard = 0; s.addEventListener("message", () => { heard++; }); this.heard = () => heard; }
    else { s.accept(); this.sockets.push(s); s.addEventListener("message", (e) => s.send("plain echo " + e.data)); s.addEventListener("close", (e) => { this.closedWith = [e.code, e.reason]; }); }
    return new Response(null, { status: 101, webSocket: c });
  }
  broadcast(text) { for (const s of this.sockets) s.send(text); for (const s of this.ctx.getWebSockets()) s.send("hib " + text); return [this.sockets.length, this.ctx.getWebSockets().length]; }
  async arm() { await this.ctx.storage.setAlarm(Date.now() + 50); return "armed"; }
  async alarm() { for (const s of this.sockets) s.send("alarm plain"); for (const s of this.ctx.getWebSockets("h")) s.send("alarm hib"); }
  webSocketMessage(ws, m) { ws.send("hib echo " + m); }
  info() { return { heard: this.heard ? this.heard() : null, closedWith: this.closedWith ?? null, plainStates: this.sockets.map((s) => s.readyState) }; }
}
export class Bare extends DurableObject {
  async fetch(req) { const [c, s] = Object.values(new WebSocketPair()); this.ctx.acceptWebSocket(s); return new Response(null, { status: 101, webSocket: c }); }
  count() { return this.ctx.getWebSockets().map((w) => w.readyState); }
}
let plain, hib;
export default { async fetch(req, env) {
  const url = new URL(req.url); const hub = env.HUB.getByName("hub"); const out = {};
  if (url.pathname === "/") {
    plain = (await hub.fetch("http://h/", { headers: { Upgrade: "websocket" } })).webSocket; plain.accept();
    hib = (await hub.fetch("http://h/?hib", { headers: { Upgrade: "websocket" } })).webSocket; hib.accept();
    let p = nextEvent(plain, "message"); plain.send("one"); out.plainEcho = await p;
    p = nextEvent(hib, "message"); hib.send("two"); out.hibEcho = await p;
    const pp = nextEvent(plain, "message"), ph = nextEvent(hib, "message"); out.counts = await hub.broadcast("cast"); out.plainCast = await pp; out.hibCast = await ph;
    const ap = nextEvent(plain, "message"), ah = nextEvent(hib, "message"); await hub.arm(); out.alarmPlain = await ap; out.alarmHib = await ah;
    out.info = await hub.info();
    plain.close(4000, "client done"); for (let i = 0; i < 200; i++) { out.infoAfterClose = await hub.info(); if (out.infoAfterClose.closedWith) break; await scheduler.wait(30); }
    const bare = env.BARE.getByName("b"); const bw = (await bare.fetch("http://b/", { headers: { Upgrade: "websocket" } })).webSocket; bw.accept();
    const bc = nextEvent(bw, "close"), bm = nextEvent(bw, "message"); bw.send("nobody listens"); await scheduler.wait(100); out.bareStates = await bare.count(); bw.close(1000, "x"); for (let i = 0; i < 200; i++) { out.bareAfter = await bare.count(); if (out.bareAfter.length === 0) break; await scheduler.wait(30); }
    return Response.json(out);
  }
  return new Response("?");
} };` },
    steps: [get("/")],
  },

  {
    name: "dows-do-io-interleaving", area: "durable-objects",
    description: "which awaits let another request into a Durable Object: a service binding fetch, a timer, storage reads and writes, a stub call to another object, a plain promise",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, serviceBindings: { SVC: "svc" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  log = [];
  async run(kind, tag) {
    this.log.push(tag + " start");
    if (kind === "service") await (await this.env.SVC.fetch("http://svc/")).text();
    if (kind === "timer") await scheduler.wait(400);
    if (kind === "storage") { await this.ctx.storage.put(tag, 1); await this.ctx.storage.get(tag); }
    if (kind === "stub") await this.env.OBJ.getByName("helper").ping();
    if (kind === "promise") await new Promise((r) => r());
    this.log.push(tag + " end");
    return tag;
  }
  async ping() { await scheduler.wait(400); return "pong"; }
  quick(tag) { this.log.push(tag); return tag; }
  take() { const l = this.log; this.log = []; return l; }
}
export default { async fetch(req, env) {
  const out = {};
  for (const kind of ["service", "timer", "storage", "stub", "promise"]) {
    const s = env.OBJ.getByName("io-" + kind);
    const first = s.run(kind, "A");
    await scheduler.wait(5);
    const second = s.quick("B");
    await Promise.all([first, second]);
    out[kind] = await s.take();
  }
  return Response.json(out);
} };` },
      { name: "svc", modules: true, compatibilityDate: CD, script: `export default { async fetch() { await scheduler.wait(400); return new Response("svc"); } };` },
    ] },
    steps: [get("/")],
  },

  doCase("dows-do-throw-after-writes", "a Durable Object's fetch or RPC method that writes storage (awaited or not) and then throws: what the next request reads, in-memory fields after the throw", `
export class Obj extends DurableObject {
  field = "initial";
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/unawaited") { this.field = "changed"; this.ctx.storage.put("u", 1); throw new Error("after unawaited put"); }
    if (p === "/awaited") { this.field = "changed"; await this.ctx.storage.put("a", 2); throw new Error("after awaited put"); }
    if (p === "/read") return Response.json({ u: (await this.ctx.storage.get("u")) ?? null, a: (await this.ctx.storage.get("a")) ?? null, r: (await this.ctx.storage.get("r")) ?? null, field: this.field });
    return new Response("?");
  }
  async rpcThrow() { this.field = "rpc-changed"; this.ctx.storage.put("r", 3); throw new RangeError("rpc after put"); }
}
export default { async fetch(req, env) {
  const s = env.OBJ.getByName("tw"); const url = new URL(req.url);
  if (url.pathname === "/rpc") { try { await s.rpcThrow(); return new Response("no throw"); } catch (e) { return Response.json({ name: e.name, message: e.message, read: await (await s.fetch("http://x/read")).json() }); } }
  const r = await s.fetch("http://x" + url.pathname);
  return new Response(await r.text(), { status: r.status });
} };`, { steps: [{ ...get("/unawaited"), bodyMatches: "^Error: after unawaited put" }, get("/read"), { ...get("/awaited"), bodyMatches: "^Error: after awaited put" }, get("/read"), get("/rpc"), get("/read")] }),

  {
    name: "dows-ws-hibernation-close-replies", area: "websocket",
    description: "hibernated socket close flows: the client closes with and without a code and the object replies or not in webSocketClose, the object closes from an RPC call, sends after the client closed, getWebSockets along the way",
    options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
${waitMsg}
export class Obj extends DurableObject {
  events = [];
  async fetch(req) { const [c, s] = Object.values(new WebSocketPair()); this.ctx.acceptWebSocket(s, [new URL(req.url).searchParams.get("mode")]); return new Response(null, { status: 101, webSocket: c }); }
  webSocketMessage(ws, m) { this.events.push(["msg", m]); }
  webSocketClose(ws, code, reason, wasClean) {
    const mode = this.ctx.getTags(ws)[0];
    this.events.push(["close", mode, code, reason, wasClean, ws.readyState, this.ctx.getWebSockets().length]);
    if (mode === "reply") ws.close(code === 1005 ? 1000 : code, "echo " + reason);
    if (mode === "send") { try { ws.send("after close"); this.events.push("sent"); } catch (e) { this.events.push(["send", e.name, e.message]); } }
    this.events.push(["state", ws.readyState]);
  }
  webSocketError(ws, e) { this.events.push(["error", String(e)]); }
  closeAll(code, reason) { const r = []; for (const ws of this.ctx.getWebSockets()) { try { code === undefined ? ws.close() : ws.close(code, reason); r.push(ws.readyState); } catch (e) { r.push(e.message); } } return r; }
  sendAll() { const r = []; for (const ws of this.ctx.getWebSockets()) { try { ws.send("x"); r.push("ok"); } catch (e) { r.push(e.message); } } return r; }
  closedSeen() { return this.events.some((e) => e[0] === "close"); }
  take() { const e = this.events; this.events = []; return { events: e, count: this.ctx.getWebSockets().length }; }
}
export default { async fetch(req, env) {
  const out = {};
  const open = async (name, mode) => { const s = env.OBJ.getByName(name); const ws = (await s.fetch("http://o/?mode=" + mode, { headers: { Upgrade: "websocket" } })).webSocket; ws.accept(); return [s, ws]; };
  for (const [mode, code, reason] of [["reply", 4000, "client"], ["reply", undefined, undefined], ["silent", 1000, "bye"], ["send", 3001, ""]]) {
    const [s, ws] = await open(mode + (code ?? "none"), mode);
    const ev = []; ws.addEventListener("close", (e) => ev.push(["close", e.code, e.reason, e.wasClean, ws.readyState])); ws.addEventListener("error", (e) => ev.push(["error", e.message]));
    const closed = new Promise((r) => { ws.addEventListener("close", () => setTimeout(r, 20)); setTimeout(r, 6000); });
    ws.send("hi"); code === undefined ? ws.close() : ws.close(code, reason);
    if (mode === "reply") await closed; else { for (let i = 0; i < 200 && !(await s.closedSeen()); i++) await scheduler.wait(30); await scheduler.wait(50); }
    out[mode + (code ?? "none")] = { client: ev, clientState: ws.readyState, server: await s.take() };
  }
  { const [s, ws] = await open("server-rpc", "x"); const ev = []; ws.addEventListener("close", (e) => { ev.push(["close", e.code, e.reason, ws.readyState]); }); ws.addEventListener("message", (e) => ev.push(["msg", e.data]));
    const closed = new Promise((r) => { ws.addEventListener("close", () => setTimeout(r, 20)); setTimeout(r, 6000); });
    out.sendAllBefore = await s.sendAll(); out.closeAll = await s.closeAll(4100, "rpc close"); out.sendAllAfter = await s.sendAll(); await closed;
    out.serverRpcClient = [ev, ws.readyState]; ws.close(4100, "ack"); for (let i = 0; i < 200 && (await s.take().then((r) => { out.serverRpc = r; return r.count; })) > 0; i++) await scheduler.wait(50); }
  { const [s, ws] = await open("server-nocode", "x"); const ev = []; ws.addEventListener("close", (e) => ev.push(["close", e.code, e.reason])); const closed = new Promise((r) => { ws.addEventListener("close", () => setTimeout(r, 20)); setTimeout(r, 6000); }); out.closeNoCode = await s.closeAll(); await closed; out.serverNoCodeClient = ev; }
  return Response.json(out);
} };` },
    steps: [get("/")],
  },

  {
    name: "dows-ws-pair-sizes-and-odd-sends", area: "websocket",
    description: "WebSocketPair messages of 1 MiB and more, empty messages, sends of numbers, null, objects, Blobs and detached buffers",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default { async fetch(req, env) {
  const out = {}; const [a, b] = Object.values(new WebSocketPair()); a.accept(); b.accept();
  const got = []; b.addEventListener("message", (e) => got.push(typeof e.data === "string" ? ["s", e.data.length, e.data.slice(0, 12)] : ["b", e.data.byteLength, e.data.constructor.name]));
  const errs = []; b.addEventListener("error", (e) => errs.push(e.message)); b.addEventListener("close", (e) => errs.push(["close", e.code, e.reason]));
  const trySend = (v) => { try { a.send(v); return "ok"; } catch (e) { return e.name + ": " + e.message; } };
  out.sends = {
    empty: trySend(""), emptyBuf: trySend(new ArrayBuffer(0)), num: trySend(12.5), nul: trySend(null), undef: trySend(undefined), obj: trySend({ a: 1 }), arr: trySend([1, 2]),
    blob: trySend(new Blob(["xy"])), mib: trySend("x".repeat(1024 * 1024)), overMib: trySend("y".repeat(1024 * 1024 + 1)), bigBin: trySend(new Uint8Array(2 * 1024 * 1024)),
    sab: trySend(new Float64Array([1.5])), sub: trySend(new Uint8Array([1, 2, 3, 4]).subarray(1, 3)),
  };
  await new Promise((r) => setTimeout(r, 100));
  out.got = got; out.errs = errs; out.states = [a.readyState, b.readyState];
  return Response.json(out);
} };` },
    steps: [get("/")],
  },

  {
    name: "dows-do-recent-date-storage-alarm", area: "durable-objects",
    description: "at a 2026 compatibility date: deleteAll also deletes the alarm (KV- and SQLite-backed), ctx and storage members, ctx.exports, ids and errors seen by the caller",
    options: { modules: true, compatibilityDate: "2026-04-20", durableObjects: { KVO: "Obj", SQLO: { className: "Obj", useSQLite: true } }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async alarm() {}
  async wipe() { await this.ctx.storage.put("k", 1); await this.ctx.storage.setAlarm(Date.now() + 600000); const before = typeof (await this.ctx.storage.getAlarm()); await this.ctx.storage.deleteAll(); return { before, after: await this.ctx.storage.getAlarm(), keys: [...(await this.ctx.storage.list()).keys()] }; }
  shape() { return { ctxKeys: Object.keys(this.ctx).sort(), ctxProto: Object.getOwnPropertyNames(Object.getPrototypeOf(this.ctx)).sort(), exportsType: typeof this.ctx.exports, exportKeys: this.ctx.exports ? Object.keys(this.ctx.exports).sort() : null, name: this.ctx.id.name ?? null, storageProto: Object.getOwnPropertyNames(Object.getPrototypeOf(this.ctx.storage)).sort() }; }
  boom() { const e = new TypeError("recent boom"); e.detail = 5; throw e; }
}
export default { async fetch(req, env, ctx) {
  const out = {};
  out.kv = await env.KVO.getByName("a").wipe();
  out.sql = await env.SQLO.getByName("a").wipe();
  out.kvShape = await env.KVO.getByName("s").shape();
  out.sqlShape = await env.SQLO.getByName("s").shape();
  out.boom = await t(() => env.KVO.getByName("b").boom());
  out.boomDetail = await env.KVO.getByName("b").boom().catch((e) => [e.detail ?? null, e.remote ?? null, Object.keys(e).sort()]);
  out.workerCtxExports = typeof ctx.exports;
  return Response.json(out);
} };` },
    steps: [get("/")],
  },

  {
    name: "dows-ws-recent-date-hibernation", area: "websocket",
    description: "at a 2026 compatibility date: a hibernated socket and its client with automatic close replies, the standard binary type on the client, close reason byte limits, webSocketClose arguments and states",
    options: { modules: true, compatibilityDate: "2026-04-20", durableObjects: { OBJ: "Obj" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  events = [];
  async fetch(req) { const [c, s] = Object.values(new WebSocketPair()); this.ctx.acceptWebSocket(s, [new URL(req.url).searchParams.get("mode") ?? "x"]); return new Response(null, { status: 101, webSocket: c }); }
  webSocketMessage(ws, m) {
    this.events.push(["msg", typeof m === "string" ? m : [m.constructor.name, m.byteLength]]);
    if (m === "close-me") { ws.close(4002, "server says bye"); this.events.push(["after-close", ws.readyState]); }
    else if (m === "long-reason") { try { ws.close(4003, "r".repeat(124)); this.events.push("closed long"); } catch (e) { this.events.push([e.name, e.message]); } }
    else ws.send(typeof m === "string" ? "echo:" + m : m);
  }
  webSocketClose(ws, code, reason, wasClean) {
    this.events.push(["close", code, reason, wasClean, ws.readyState]);
    try { ws.close(4005, "late"); this.events.push(["late-close", ws.readyState]); } catch (e) { this.events.push(["late-close-error", e.message]); }
  }
  closedSeen() { return this.events.some((e) => e[0] === "close"); }
  take() { const e = this.events; this.events = []; return { events: e, count: this.ctx.getWebSockets().length }; }
}
export default { async fetch(req, env) {
  const out = {};
  const open = async (name) => { const s = env.OBJ.getByName(name); const ws = (await s.fetch("http://o/", { headers: { Upgrade: "websocket" } })).webSocket; ws.accept(); const log = []; ws.addEventListener("message", async (e) => log.push(typeof e.data === "string" ? e.data : [e.data.constructor.name, e.data instanceof Blob ? (await e.data.arrayBuffer()).byteLength : e.data.byteLength])); ws.addEventListener("close", (e) => log.push(["close", e.code, e.reason, e.wasClean, ws.readyState])); ws.addEventListener("error", (e) => log.push(["error", e.message])); const closed = new Promise((r) => { ws.addEventListener("close", () => setTimeout(r, 30)); setTimeout(r, 6000); }); return [s, ws, log, closed]; };
  { const [s, ws, log, closed] = await open("client-closes"); out.binaryType = ws.binaryType; ws.send("hi"); ws.send(new Uint8Array([1, 2, 3])); while (log.length < 2) await scheduler.wait(20); ws.close(4001, "client bye"); out.stateAfterClose = ws.readyState; await closed; for (let i = 0; i < 200 && !(await s.closedSeen()); i++) await scheduler.wait(30); out.clientCloses = { client: log, state: ws.readyState, server: await s.take() }; }
  { const [s, ws, log, closed] = await open("server-closes"); ws.send("close-me"); await closed; for (let i = 0; i < 200 && !(await s.closedSeen()); i++) await scheduler.wait(30); out.serverCloses = { client: log, state: ws.readyState, server: await s.take() }; }
  { const [s, ws, log, closed] = await open("long"); ws.send("long-reason"); for (let i = 0; i < 200 && (await s.take().then((r) => { out.longReason = { server: r }; return r.events.length; })) < 2; i++) await scheduler.wait(50); out.clientLong = await t(() => ws.close(1000, "é".repeat(62))); ws.close(1000, "ok"); await closed; }
  { const [a, b] = Object.values(new WebSocketPair()); a.accept(); b.accept(); const log = []; for (const [n, w] of [["a", a], ["b", b]]) { w.addEventListener("close", (e) => log.push([n, "close", e.code, w.readyState])); w.addEventListener("error", (e) => log.push([n, "error", e.message])); } a.close(4000, "x"); await scheduler.wait(50); out.pairAutoReply = log; }
  { const [a, b] = Object.values(new WebSocketPair()); a.accept(); b.accept(); const got = []; b.addEventListener("message", (e) => got.push([typeof e.data, e.data?.constructor?.name])); a.send(new Uint8Array([9])); a.send("t"); await scheduler.wait(30); out.pairBinaryType = [b.binaryType, got]; b.binaryType = "arraybuffer"; a.send(new Uint8Array([8])); await scheduler.wait(30); out.pairAfterSwitch = got.slice(2); }
  return Response.json(out);
} };` },
    steps: [get("/")],
  },

  {
    name: "dows-ws-binding-recent-date-closes", area: "websocket",
    description: "at a 2026 compatibility date, sockets across a service binding (accept(), no hibernation): either side closes first and the other replies automatically; events, states and errors on both sides",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: "2026-04-20", serviceBindings: { B: "back" }, script: `${PRELUDE}
${waitMsg}
export default { async fetch(req, env) {
  const out = {};
  for (const who of ["client-first", "server-first"]) {
    const r = await env.B.fetch("http://b/?who=" + who, { headers: { Upgrade: "websocket" } });
    const ws = r.webSocket; ws.accept(); const log = [];
    ws.addEventListener("message", (e) => log.push(["msg", e.data]));
    ws.addEventListener("close", (e) => log.push(["close", e.code, e.reason, e.wasClean, ws.readyState]));
    ws.addEventListener("error", (e) => log.push(["error", e.message]));
    const closed = new Promise((res) => { ws.addEventListener("close", () => setTimeout(res, 50)); setTimeout(res, 6000); });
    if (who === "client-first") { ws.send("hello"); ws.close(4010, "client first"); out[who + "-stateAfterClose"] = ws.readyState; }
    else ws.send("close please");
    await closed;
    let server = null; for (let i = 0; i < 100; i++) { server = await (await env.B.fetch("http://b/log?who=" + who)).json(); if (server.some((e) => e[0] === "close" || e[0] === "error")) break; await scheduler.wait(30); }
    await scheduler.wait(50);
    out[who] = { client: log, state: ws.readyState, server: await (await env.B.fetch("http://b/log?who=" + who)).json() };
  }
  return Response.json(out);
} };` },
      { name: "back", modules: true, compatibilityDate: "2026-04-20", script: `
const logs = {};
export default { async fetch(req) {
  const url = new URL(req.url); const who = url.searchParams.get("who");
  if (url.pathname === "/log") return Response.json(logs[who] ?? []);
  const log = logs[who] = [];
  const [c, s] = Object.values(new WebSocketPair()); s.accept();
  s.addEventListener("message", (e) => { log.push(["msg", e.data]); if (e.data === "close please") { s.close(4020, "server first"); log.push(["after-close", s.readyState]); } });
  s.addEventListener("close", (e) => { log.push(["close", e.code, e.reason, e.wasClean, s.readyState]); });
  s.addEventListener("error", (e) => log.push(["error", e.message]));
  return new Response(null, { status: 101, webSocket: c });
} };` },
    ] },
    steps: [get("/")],
  },

  {
    name: "dows-ws-do-stub-hibernation-chat", area: "websocket",
    description: "a worker opens sockets to a hibernating Durable Object through stub.fetch: 101 response shape, messages, tags, attachments, broadcast, client and server closes, handlers' arguments recorded in storage",
    options: { modules: true, compatibilityDate: CD, durableObjects: { ROOM: "Room" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
${waitMsg}
export class Room extends DurableObject {
  async fetch(req) {
    const url = new URL(req.url);
    if (url.pathname === "/log") return Response.json((await this.ctx.storage.get("log")) ?? []);
    if (req.headers.get("Upgrade") !== "websocket") return new Response("expected upgrade", { status: 426 });
    const [client, server] = Object.values(new WebSocketPair());
    const who = url.searchParams.get("who");
    this.ctx.acceptWebSocket(server, [who, "all"]);
    server.serializeAttachment({ who, joined: 1 });
    return new Response(null, { status: 101, webSocket: client, headers: { "x-room": "r1" } });
  }
  async log(entry) { const l = (await this.ctx.storage.get("log")) ?? []; l.push(entry); await this.ctx.storage.put("log", l); }
  async webSocketMessage(ws, msg) {
    const att = ws.deserializeAttachment();
    await this.log(["msg", att.who, typeof msg === "string" ? msg : "bin" + msg.byteLength, this.ctx.getTags(ws), ws.readyState]);
    if (msg === "count") { ws.send("n=" + this.ctx.getWebSockets().length + ",all=" + this.ctx.getWebSockets("all").length + ",bob=" + this.ctx.getWebSockets("bob").length); return; }
    if (msg === "bye") { ws.close(4001, "server bye"); return; }
    if (msg === "att") { ws.serializeAttachment({ ...att, n: (att.n ?? 0) + 1 }); ws.send(JSON.stringify(ws.deserializeAttachment())); return; }
    for (const other of this.ctx.getWebSockets("all")) if (other !== ws) other.send(att.who + ": " + msg);
    ws.send("echo " + (typeof msg === "string" ? msg : "bin" + msg.byteLength));
  }
  async webSocketClose(ws, code, reason, wasClean) { await this.log(["close", ws.deserializeAttachment().who, code, reason, wasClean, ws.readyState, this.ctx.getWebSockets().length]); }
  async webSocketError(ws, err) { await this.log(["error", String(err)]); }
}
export default { async fetch(req, env) {
  const stub = env.ROOM.getByName("room");
  const open = async (who) => { const r = await stub.fetch("http://room/ws?who=" + who, { headers: { Upgrade: "websocket" } }); const ws = r.webSocket; ws.accept(); return { r, ws }; };
  const out = {};
  const { r, ws: alice } = await open("alice");
  out.resp = { status: r.status, statusText: r.statusText, xroom: r.headers.get("x-room"), upgrade: r.headers.get("upgrade"), hasWs: r.webSocket !== null, ok: r.ok, readyState: alice.readyState, url: alice.url, protocol: alice.protocol, extensions: alice.extensions };
  const { ws: bob } = await open("bob");
  let p = nextEvent(alice, "message"); alice.send("count"); out.count = await p;
  p = nextEvent(bob, "message"); const pa = nextEvent(alice, "message"); alice.send("hello"); out.bobGot = await p; out.aliceGot = await pa;
  p = nextEvent(bob, "message"); bob.send(new Uint8Array([1, 2, 3])); out.bobBin = await p;
  p = nextEvent(alice, "message"); alice.send("att"); out.att1 = await p;
  p = nextEvent(alice, "message"); alice.send("att"); out.att2 = await p;
  p = nextEvent(bob, "close"); bob.send("bye"); out.bobClosed = await p; out.bobState = bob.readyState;
  p = nextEvent(alice, "message"); alice.send("count"); out.countAfterBob = await p;
  alice.close(1000, "alice done"); out.aliceState = alice.readyState;
  for (let i = 0; i < 200; i++) { out.log = await (await stub.fetch("http://room/log")).json(); if (out.log.some((e) => e[0] === "close" && e[1] === "alice")) break; await scheduler.wait(30); }
  out.noUpgrade = await (await stub.fetch("http://room/ws")).status;
  return Response.json(out);
} };` },
    steps: [get("/")],
  },

  {
    name: "dows-ws-pair-event-order", area: "websocket",
    description: "WebSocketPair event order: listeners and on-properties, messages before close, close inside a message handler, sends from close handlers, readyState seen in handlers, close without code, error events",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default { async fetch(req, env) {
  const out = {}; const tick = () => new Promise((r) => setTimeout(r, 30));
  { const [a, b] = Object.values(new WebSocketPair()); const log = []; a.accept(); b.accept();
    b.onmessage = (e) => log.push("on:" + e.data); b.addEventListener("message", (e) => log.push("l1:" + e.data + ":" + b.readyState));
    b.addEventListener("close", (e) => log.push("close:" + e.code + ":" + e.reason + ":" + e.wasClean + ":" + b.readyState)); b.onclose = (e) => log.push("onclose:" + e.code);
    a.addEventListener("close", (e) => log.push("a-close:" + e.code + ":" + e.reason + ":" + a.readyState));
    a.send("m1"); a.send("m2"); a.close(3000, "r"); log.push("sync:" + a.readyState + ":" + b.readyState);
    await tick(); log.push("after:" + a.readyState + ":" + b.readyState); b.close(3001, "back"); await tick(); log.push("end:" + a.readyState + ":" + b.readyState);
    out.basic = log; }
  { const [a, b] = Object.values(new WebSocketPair()); const log = []; a.accept(); b.accept();
    b.addEventListener("message", (e) => { log.push("b-msg:" + e.data); b.close(1000, "from handler"); log.push("b-state:" + b.readyState); try { b.send("late"); log.push("late sent"); } catch (err) { log.push("late:" + err.name + ":" + err.message); } });
    a.addEventListener("message", (e) => log.push("a-msg:" + e.data));
    a.addEventListener("close", (e) => { log.push("a-close:" + e.code + ":" + e.reason); try { a.send("from-close"); log.push("a-sent"); } catch (err) { log.push("a-send:" + err.name + ":" + err.message); } a.close(); log.push("a-state:" + a.readyState); });
    b.addEventListener("close", (e) => log.push("b-close:" + e.code + ":" + e.reason + ":" + e.wasClean));
    a.send("x"); a.send("y"); await tick(); await tick(); out.closeInHandler = log; }
  { const [a, b] = Object.values(new WebSocketPair()); const log = []; a.accept(); b.accept();
    b.addEventListener("close", (e) => { log.push("b-close:" + e.code + ":" + JSON.stringify(e.reason) + ":" + e.wasClean); });
    a.addEventListener("close", (e) => log.push("a-close:" + e.code + ":" + JSON.stringify(e.reason) + ":" + e.wasClean));
    a.addEventListener("error", (e) => log.push("a-error:" + e.message)); b.addEventListener("error", (e) => log.push("b-error:" + e.message));
    a.close(); await tick(); b.close(); await tick(); out.noCode = log; }
  { const [a, b] = Object.values(new WebSocketPair()); const log = [];
    b.addEventListener("message", (e) => log.push("b:" + (typeof e.data === "string" ? e.data : e.data.constructor.name + e.data.byteLength)));
    try { a.send("before-accept"); log.push("sent"); } catch (err) { log.push("send-before-accept:" + err.name); } a.accept(); a.send("after-a-accept"); a.send(new ArrayBuffer(2)); a.send(new Uint16Array([1, 2])); a.send(new DataView(new ArrayBuffer(3))); log.push("queued");
    await tick(); log.push("state:" + a.readyState); out.sendBeforeAccept = log; }
  { const [a, b] = Object.values(new WebSocketPair()); const log = []; a.accept(); b.accept();
    const evs = []; b.addEventListener("message", (e) => evs.push(e));
    a.send("s"); await tick(); const e = evs[0];
    out.eventShape = e ? [e.type, e.constructor.name, e.data, e.origin ?? null, e.lastEventId ?? null, e.source ?? null, e.ports ? e.ports.length : null, e.target === b, e.currentTarget, e.isTrusted, e.bubbles, e.cancelable, e.defaultPrevented, e.eventPhase, typeof e.timeStamp] : null; }
  return Response.json(out);
} };` },
    steps: [get("/")],
  },

  {
    name: "dows-ws-dispatch-upgrade-to-do", area: "websocket",
    description: "dispatchFetch with an Upgrade header answered by a Durable Object through stub.fetch (101 or not), and a worker re-answering a stub's 101 with its own headers",
    options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const up = req.headers.get("upgrade");
    if (new URL(req.url).pathname === "/plain") return Response.json({ up, conn: req.headers.get("connection"), key: req.headers.has("sec-websocket-key"), ver: req.headers.get("sec-websocket-version"), method: req.method });
    if (up !== "websocket") return new Response("need ws", { status: 426, headers: { "x-why": "no-upgrade" } });
    const [c, s] = Object.values(new WebSocketPair()); this.ctx.acceptWebSocket(s);
    return new Response(null, { status: 101, webSocket: c, headers: req.headers.has("sec-websocket-protocol") ? { "x-obj": "1", "Sec-WebSocket-Protocol": req.headers.get("sec-websocket-protocol").split(",")[0].trim() } : { "x-obj": "1" } });
  }
  webSocketMessage(ws, m) { ws.send("got " + m); }
}
export default { async fetch(req, env) {
  const url = new URL(req.url); const stub = env.OBJ.getByName("u");
  if (url.pathname === "/wrap") { const r = await stub.fetch(req); return new Response(null, { status: r.status, webSocket: r.webSocket, headers: { "x-wrapped": "yes" } }); }
  return stub.fetch(req);
} };` },
    steps: [
      { request: { url: "http://localhost/ws", method: "GET", headers: { Upgrade: "websocket" } }, skipHeaders: ["sec-websocket-accept"] },
      { request: { url: "http://localhost/ws", method: "GET", headers: {} } },
      { request: { url: "http://localhost/plain", method: "GET", headers: { Upgrade: "websocket" } }, skipHeaders: ["sec-websocket-accept"] },
      { request: { url: "http://localhost/wrap", method: "GET", headers: { Upgrade: "websocket" } }, skipHeaders: ["sec-websocket-accept"] },
      { request: { url: "http://localhost/ws", method: "GET", headers: { Upgrade: "websocket", "Sec-WebSocket-Protocol": "chat, other" } }, skipHeaders: ["sec-websocket-accept"] },
    ],
  },
];
