// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-   (first copy to D as dostore-do9.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";

const E = `const E = (e) => ({ name: e?.name, message: e?.message });
const te = (fn) => { try { const v = fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: E(e) }; } };`;

const nsScript = `${PRELUDE}${E}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) { return Response.json({ name: this.ctx.id.name ?? null, id: this.ctx.id.toString(), url: req.url, method: req.method, body: await req.text(), h: req.headers.get("x-a") }); }
  hello(x) { return "hi " + x; }
  get prop() { return 5; }
  value = 7;
  async withStub() { return this.env.OTHER.getByName("z"); }
  returnsFn() { return () => 1; }
}
export class Other extends DurableObject {
  async fetch(req) { return new Response("other " + (this.ctx.id.name ?? "")); }
}
export class NoFetch extends DurableObject {
  ping() { return "pong"; }
}
export class Plain {
  constructor(state, env) { this.state = state; }
  async fetch(req) { return new Response("plain " + (this.state.id.name ?? "")); }
  rpcMethod() { return 1; }
}
export default { async fetch(req, env) {
  const out = {};
  const ns = env.OBJ, other = env.OTHER;
  const a = ns.idFromName("a");
  out.hexUpper = te(() => ns.idFromString(a.toString().toUpperCase()).toString() === a.toString());
  out.hexOtherNs = te(() => other.idFromString(a.toString()).toString());
  out.crossNsGet = await t(async () => { const st = other.get(a); const r = await st.fetch("http://x/"); return await r.text(); });
  out.crossEquals = te(() => other.idFromName("a").equals(a));
  out.sameNameDiffNs = te(() => other.idFromName("a").toString() === a.toString());
  out.nameNum = te(() => ns.idFromName(12).name);
  out.nameEmpty = te(() => [ns.idFromName("").name, ns.idFromName("").toString().length]);
  out.nameNone = te(() => ns.idFromName().name);
  out.nameNull = te(() => ns.idFromName(null).name);
  out.nameLong = te(() => ns.idFromName("x".repeat(5000)).name.length);
  out.nameUnicode = te(() => ns.idFromName("日本").name);
  out.deterministic = te(() => ns.idFromName("a").toString() === a.toString());
  out.uniqEu = te(() => { const u = ns.newUniqueId({ jurisdiction: "eu" }); return [u.toString().length, u.name ?? null, ns.idFromString(u.toString()).equals(u)]; });
  out.uniqDistinct = te(() => ns.newUniqueId().toString() !== ns.newUniqueId().toString());
  out.getByNameOpts = await t(async () => (await (await ns.getByName("gb", { locationHint: "enam" }).fetch("http://x/p")).json()).name);
  out.getByNameBadHint = te(() => typeof ns.getByName("gb", { locationHint: "mars" }));
  out.getBadHint = te(() => typeof ns.get(a, { locationHint: "mars" }));
  out.stubFromStr = await t(async () => { const st = ns.get(ns.idFromString(a.toString())); return [st.name ?? null, (await (await st.fetch("http://x/")).json()).name]; });
  out.stubIdName = te(() => { const st = ns.getByName("q"); return [st.id.name, st.id.toString() === ns.idFromName("q").toString(), st.name]; });
  const st = ns.get(a);
  out.fetchReqObj = await t(async () => (await st.fetch(new Request("http://y/path?q=1", { method: "POST", body: "b", headers: { "x-a": "1" } }))).json());
  out.fetchInit = await t(async () => (await st.fetch("http://y/", { method: "PUT", body: "z", headers: { "x-a": "2" } })).json());
  out.fetchRelative = await t(() => st.fetch("/relative"));
  out.fetchBadUrl = await t(() => st.fetch("not a url"));
  out.fetchNoArg = await t(() => st.fetch());
  out.fetchUrlObj = await t(async () => (await (await st.fetch(new URL("http://u/x"))).json()).url);
  out.fetchFtp = await t(async () => (await (await st.fetch("ftp://u/x")).json()).url);
  out.rpcHello = await t(() => st.hello("w"));
  out.rpcProp = await t(async () => await st.prop);
  out.rpcField = await t(async () => (await st.value) ?? null);
  out.rpcMissing = await t(() => st.nope());
  out.rpcMissingProp = await t(async () => typeof (await st.nope));
  out.rpcFn = await t(async () => { const f = await st.returnsFn(); return [typeof f, await f()]; });
  out.rpcStubRet = await t(async () => { const s2 = await st.withStub(); return await (await s2.fetch("http://x/")).text(); });
  out.rpcCtor = await t(() => st.constructor());
  out.rpcFetchAsRpc = await t(async () => { const r = await st.fetch("http://x/"); return r.status; });
  const nf = env.NOFETCH.getByName("n");
  out.noFetch = await t(async () => { const r = await nf.fetch("http://x/"); return [r.status, await r.text()]; });
  out.noFetchRpc = await t(() => nf.ping());
  const pl = env.PLAIN.getByName("p");
  out.plainFetch = await t(async () => await (await pl.fetch("http://x/")).text());
  out.plainRpc = await t(() => pl.rpcMethod());
  out.stubThen = te(() => typeof st.then);
  out.stubKeys = te(() => Object.keys(st));
  out.stubInNs = te(() => "get" in ns && "jurisdiction" in ns);
  return Response.json(out);
} };`;

const bcwCtor = `${PRELUDE}${E}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    this.log = [];
    this.loaded = null;
    const mode = ctx.id.name;
    ctx.blockConcurrencyWhile(async () => {
      this.log.push("bcw-start");
      this.loaded = (await ctx.storage.get("count")) ?? 0;
      await scheduler.wait(5);
      this.log.push("bcw-end");
      if (mode === "bcwthrow") throw new Error("bcw ctor boom");
    });
    this.log.push("ctor-end");
  }
  async fetch(req) {
    const url = new URL(req.url); const op = url.pathname.split("/")[2];
    const s = this.ctx.storage; const out = { log: [...this.log], loaded: this.loaded };
    if (op === "inc") { this.loaded++; await s.put("count", this.loaded); out.now = this.loaded; }
    if (op === "wu") { this.ctx.waitUntil(s.put("late", 1)); out.wu = "ok"; }
    if (op === "late") out.late = (await s.get("late")) ?? null;
    if (op === "ctxShape") { out.keys = Object.keys(this.ctx).sort(); out.proto = Object.getOwnPropertyNames(Object.getPrototypeOf(this.ctx)).sort(); out.props = this.ctx.props ?? null; out.storageProto = Object.getOwnPropertyNames(Object.getPrototypeOf(this.ctx.storage)).sort(); }
    if (op === "bcwInFetch") {
      const order = [];
      const p = this.ctx.blockConcurrencyWhile(async () => { order.push("in"); await scheduler.wait(5); order.push("out"); return "v"; });
      order.push("after-call");
      out.r = await p; out.order = order;
    }
    if (op === "bcwTimeoutShape") { out.r = await t(() => this.ctx.blockConcurrencyWhile(async () => { await scheduler.wait(1); return { a: [1] }; })); }
    return Response.json(out);
  }
}
export default { async fetch(req, env) {
  const url = new URL(req.url); const name = url.pathname.split("/")[1];
  try { return await env.OBJ.getByName(name).fetch(req); }
  catch (e) { return Response.json({ outerError: E(e) }); }
} };`;

const alarmMore = `${PRELUDE}${E}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async alarm(info) {
    const s = this.ctx.storage;
    const runs = ((await s.get("runs")) ?? 0) + 1;
    await s.put("runs", runs);
    await s.put("info" + runs, { keys: Object.keys(info ?? {}).sort(), retryCount: info?.retryCount, isRetry: info?.isRetry, sched: typeof info?.scheduledTime, pendingInside: await s.getAlarm() });
    if ((await s.get("mode")) === "deleteInside") await s.deleteAlarm();
  }
  async fetch(req) {
    const url = new URL(req.url); const op = url.pathname.split("/")[2];
    const s = this.ctx.storage; const out = { op };
    if (op === "date") { await s.setAlarm(new Date(Date.now() + 30)); out.type = typeof (await s.getAlarm()); }
    if (op === "twice") { await s.setAlarm(Date.now() + 3600000); await s.setAlarm(Date.now() + 20); const g = await s.getAlarm(); out.soon = g - Date.now() < 1000; }
    if (op === "setThenDelete") { await s.setAlarm(Date.now() + 20); await s.deleteAlarm(); out.after = await s.getAlarm(); await scheduler.wait(100); out.runs = (await s.get("runs")) ?? 0; }
    if (op === "deleteInside") { await s.put("mode", "deleteInside"); await s.setAlarm(Date.now() + 10); }
    if (op === "wait") {
      for (let i = 0; i < 100; i++) { if ((await s.get("runs")) && (await s.getAlarm()) === null) break; await scheduler.wait(30); }
      out.runs = await s.get("runs"); out.info1 = await s.get("info1"); out.alarm = await s.getAlarm();
    }
    if (op === "deleteAllClears") { await s.setAlarm(Date.now() + 3600000); await s.deleteAll(); out.alarmAfterDeleteAll = typeof (await s.getAlarm()); }
    if (op === "getAlarmOpts") { out.r = await t(() => s.getAlarm({ allowConcurrency: true })); out.bad = await t(() => s.getAlarm(5)); }
    return Response.json(out);
  }
}
export default { async fetch(req, env) {
  const url = new URL(req.url); const name = url.pathname.split("/")[1];
  return env.OBJ.getByName(name).fetch(req);
} };`;

const mk = (name, description, script, steps, durableObjects, sql = false) => ({
  name: "dostore-" + name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: CD, durableObjects, script },
  steps,
});
export default [
  mk("namespace-stub-rpc-edges", "ids across namespaces, idFromName odd names, jurisdictions, getByName options, stub.fetch argument forms, RPC members, class without fetch, plain class", nsScript, [get("/")],
    { OBJ: "Obj", OTHER: "Other", NOFETCH: "NoFetch", PLAIN: "Plain" }),
  mk("bcw-constructor-waituntil-shape", "blockConcurrencyWhile in the constructor gates the first event; a throwing one resets; waitUntil in a DO; ctx and storage shapes", bcwCtor,
    [get("/a/inc"), get("/a/inc"), get("/b/bcwInFetch"), get("/b/bcwTimeoutShape"), get("/bcwthrow/inc"), get("/bcwthrow/inc"), get("/c/wu"), get("/c/late"), get("/d/ctxShape")], { OBJ: "Obj" }),
  mk("bcw-constructor-waituntil-shape-sql", "as bcw-constructor-waituntil-shape, SQLite-backed", bcwCtor,
    [get("/a/inc"), get("/a/inc"), get("/d/ctxShape")], { OBJ: { className: "Obj", useSQLite: true } }),
  mk("alarm-date-twice-delete", "setAlarm with a Date, setting twice keeps the last, deleting before it fires, deleteAlarm inside the handler, deleteAll clears the alarm, alarm info shape", alarmMore,
    [get("/a/date"), get("/a/wait"), get("/b/twice"), get("/b/wait"), get("/c/setThenDelete"), get("/d/deleteInside"), get("/d/wait"), get("/e/deleteAllClears"), get("/f/getAlarmOpts")], { OBJ: "Obj" }),
  mk("alarm-date-twice-delete-sql", "as alarm-date-twice-delete, SQLite-backed", alarmMore,
    [get("/a/date"), get("/a/wait"), get("/c/setThenDelete"), get("/e/deleteAllClears"), get("/f/getAlarmOpts")], { OBJ: { className: "Obj", useSQLite: true } }),
];
