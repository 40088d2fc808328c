// Re-record: copy oracle/defs/_h.mjs and this file (as do23f.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do23-ws-hibernation-held
import { CD, PRELUDE, get } from "./_h.mjs";
const HEAD = `
import { DurableObject } from "cloudflare:workers";
const guard = (p, ms = 3000) => Promise.race([p, new Promise((r) => setTimeout(() => r("timeout"), ms))]);
async function connect(stub, path = "/") {
  const res = await stub.fetch("http://do" + path, { headers: { Upgrade: "websocket" } });
  const ws = res.webSocket; const got = []; let waiter = null;
  ws.accept();
  ws.addEventListener("message", (e) => { got.push(e.data); waiter?.(); });
  const until = (n) => guard(new Promise((r) => { const check = () => { if (got.length >= n) r(got.slice()); else waiter = check; }; check(); }));
  return { ws, got, until };
}
`;
const wsCase = (name, description, script, { date = CD, steps = [get("/")] } = {}) => ({
  name, area: "websocket", description,
  options: { modules: true, compatibilityDate: date, durableObjects: { DO: "Obj" }, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});
const HELD = `
export class Obj extends DurableObject {
  log = [];
  async fetch(req) { const [c, s] = Object.values(new WebSocketPair()); this.ctx.acceptWebSocket(s); return new Response(null, { status: 101, webSocket: c }); }
  async webSocketMessage(ws, m) { this.log.push(m + ":start"); await null; this.log.push(m + ":micro"); ws.send("done:" + m); }
  async hold() { await this.ctx.blockConcurrencyWhile(async () => { await new Promise((r) => setTimeout(r, 40)); this.log.push("released"); }); }
  async ping(tag) { this.log.push(tag + ":start"); await null; this.log.push(tag + ":micro"); return tag; }
  getLog() { const l = this.log; this.log = []; return l; }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("h"); const out = {};
  const c = await connect(stub);
  const held = stub.hold();
  await new Promise((r) => setTimeout(r, 5));
  c.ws.send("m1");
  await new Promise((r) => setTimeout(r, 5));
  const p1 = stub.ping("p1");
  await new Promise((r) => setTimeout(r, 5));
  c.ws.send("m2");
  await held;
  out.pings = await p1;
  out.got = await c.until(2);
  out.log = await stub.getLog();
  return Response.json(out);
} };`;
export default [
  wsCase("do23-ws-hibernation-held-with-calls", "messages to a hibernated socket and a stub call, arriving in turn while blockConcurrencyWhile holds the object, run in arrival order once it ends", HELD),
];
