// Re-record: copy oracle/defs/_h.mjs and this file (as do23c.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do23-ws
import { CD, PRELUDE, get } from "./_h.mjs";
const HEAD = `
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const guard = (p, ms = 3000) => Promise.race([p, new Promise((r) => setTimeout(() => r("timeout"), ms))]);
async function connect(stub, path = "/") {
  const res = await stub.fetch("http://do" + path, { headers: { Upgrade: "websocket" } });
  const ws = res.webSocket; const got = []; let waiter = null;
  ws.accept();
  ws.addEventListener("message", (e) => { got.push(e.data); waiter?.(); });
  ws.addEventListener("close", (e) => { got.push("close:" + e.code + ":" + e.reason); waiter?.(); });
  const until = (n) => guard(new Promise((r) => { const check = () => { if (got.length >= n) r(got.slice()); else waiter = check; }; check(); }));
  return { ws, got, until };
}
`;
const wsCase = (name, description, script, { date = CD, steps = [get("/")] } = {}) => ({
  name, area: "websocket", description,
  options: { modules: true, compatibilityDate: date, durableObjects: { DO: "Obj" }, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});

const ORDER = `
export class Obj extends DurableObject {
  log = [];
  async fetch(req) { const [c, s] = Object.values(new WebSocketPair()); this.ctx.acceptWebSocket(s); return new Response(null, { status: 101, webSocket: c }); }
  async webSocketMessage(ws, m) {
    this.log.push(m + ":start"); await null; await Promise.resolve(); this.log.push(m + ":micro");
    if (m.startsWith("t")) { await new Promise((r) => setTimeout(r, 5)); this.log.push(m + ":timer"); }
    ws.send("done:" + m);
  }
  async hold() { this.log.push("hold:start"); await this.ctx.blockConcurrencyWhile(async () => { await new Promise((r) => setTimeout(r, 40)); this.log.push("hold:inBcw"); }); this.log.push("hold:after"); }
  getLog() { const l = this.log; this.log = []; return l; }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("g"); const out = {};
  const c = await connect(stub);
  c.ws.send("a"); c.ws.send("t1"); c.ws.send("b");
  out.plain = await c.until(3);
  out.plainLog = await stub.getLog();
  const held = stub.hold();
  await new Promise((r) => setTimeout(r, 5));
  c.ws.send("c"); c.ws.send("t2"); c.ws.send("d");
  await held;
  out.held = await c.until(6);
  out.heldLog = await stub.getLog();
  c.ws.close(1000, "bye");
  return Response.json(out);
} };`;

const THROWS = `
export class Obj extends DurableObject {
  log = [];
  async fetch(req) { const [c, s] = Object.values(new WebSocketPair()); this.ctx.acceptWebSocket(s); return new Response(null, { status: 101, webSocket: c }); }
  async webSocketMessage(ws, m) {
    this.log.push("msg:" + m);
    if (m === "sync-throw") throw new Error("boom sync");
    if (m === "async-throw") { await null; throw new TypeError("boom async"); }
    if (m === "close-bad") { ws.close(1005); }
    if (m === "close-reason") { ws.close(4001, "r".repeat(123)); return; }
    ws.send("echo:" + m);
  }
  webSocketClose(ws, code, reason, clean) { this.log.push(["close", code, reason.length, clean, ws.readyState]); }
  webSocketError(ws, e) { this.log.push(["error", e?.message]); }
  getLog() { return [this.log, this.ctx.getWebSockets().map((w) => w.readyState)]; }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("t"); const out = {};
  const c = await connect(stub);
  c.ws.send("sync-throw"); c.ws.send("after1"); c.ws.send("async-throw"); c.ws.send("after2"); c.ws.send("close-bad"); c.ws.send("after3");
  out.got = await c.until(3);
  c.ws.send("close-reason");
  out.got2 = await c.until(4);
  out.state = c.ws.readyState;
  out.log = await stub.getLog();
  return Response.json(out);
} };`;

const CLIENTCLOSE = `
export class Obj extends DurableObject {
  log = [];
  async fetch(req) { const [c, s] = Object.values(new WebSocketPair()); this.ctx.acceptWebSocket(s, [new URL(req.url).pathname.slice(1)]); return new Response(null, { status: 101, webSocket: c }); }
  async webSocketMessage(ws, m) { this.log.push(["msg", m, this.ctx.getTags(ws)]); if (m === "closeme") ws.close(4002, "server"); if (m === "count") ws.send(String(this.ctx.getWebSockets().length)); }
  async webSocketClose(ws, code, reason, clean) { this.log.push(["close", this.ctx.getTags(ws), code, reason, clean, ws.readyState, this.ctx.getWebSockets().length, this.ctx.getWebSockets(this.ctx.getTags(ws)[0]).length]); }
  getLog() { return this.log; }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("cc"); const out = {};
  const a = await connect(stub, "/a"); const b = await connect(stub, "/b"); const d = await connect(stub, "/d");
  a.ws.send("x"); a.ws.close(4000, "client a");
  b.ws.send("closeme");
  out.b = await b.until(1);
  out.bState = b.ws.readyState;
  d.ws.send("count");
  out.d = await d.until(1);
  d.ws.close();
  out.dState = d.ws.readyState;
  await new Promise((r) => setTimeout(r, 20));
  out.log = await stub.getLog();
  return Response.json(out);
} };`;

export default [
  wsCase("do23-ws-hibernation-handler-turns", "hibernation handlers: each message's handler runs up to its first real wait before the next message's starts, also for messages held by blockConcurrencyWhile", ORDER),
  wsCase("do23-ws-hibernation-handler-throws", "hibernation handlers that throw (synchronously or after an await), an invalid close code and a 123-byte reason from inside a handler, as the client and the object see them", THROWS),
  wsCase("do23-ws-hibernation-close-bookkeeping", "hibernated sockets closed by the client, by the object and with no code: tags, readyState and getWebSockets() inside webSocketClose", CLIENTCLOSE),
];
