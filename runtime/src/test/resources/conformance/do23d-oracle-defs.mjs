// Re-record: copy oracle/defs/_h.mjs and this file (as do23d.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do23-ws-message
import { CD, PRELUDE, get } from "./_h.mjs";
const HEAD = `
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const guard = (p, ms = 3000) => Promise.race([p, new Promise((r) => setTimeout(() => r("timeout"), ms))]);
const short = (d) => typeof d === "string" ? (d.length > 40 ? "len:" + d.length : d) : d instanceof ArrayBuffer ? "buf:" + d.byteLength : String(d);
async function connect(stub, path = "/") {
  const res = await stub.fetch("http://do" + path, { headers: { Upgrade: "websocket" } });
  const ws = res.webSocket; const got = []; let waiter = null;
  ws.accept();
  ws.addEventListener("message", (e) => { got.push(short(e.data)); waiter?.(); });
  ws.addEventListener("close", (e) => { got.push("close:" + e.code + ":" + e.reason + ":" + e.wasClean); waiter?.(); });
  ws.addEventListener("error", (e) => { got.push("error:" + e.message); waiter?.(); });
  const until = (n) => guard(new Promise((r) => { const check = () => { if (got.length >= n) r(got.slice()); else waiter = check; }; check(); }));
  return { ws, got, until };
}
`;
const wsCase = (name, description, script, { date = CD, steps = [get("/")] } = {}) => ({
  name, area: "websocket", description,
  options: { modules: true, compatibilityDate: date, durableObjects: { DO: "Obj" }, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});

const BIG = (hib) => `
export class Obj extends DurableObject {
  log = [];
  async fetch(req) {
    const [c, s] = Object.values(new WebSocketPair());
    ${hib ? "this.ctx.acceptWebSocket(s);" : `s.accept(); s.addEventListener("message", (e) => this.webSocketMessage(s, e.data)); s.addEventListener("close", (e) => this.webSocketClose(s, e.code, e.reason, e.wasClean)); s.addEventListener("error", (e) => this.webSocketError(s, e.error ?? e));`}
    return new Response(null, { status: 101, webSocket: c });
  }
  webSocketMessage(ws, m) {
    this.log.push(["msg", short(m)]);
    if (m === "send-big") { try { ws.send("b".repeat(1048576 + 1)); this.log.push("sentBig"); } catch (e) { this.log.push(E(e)); } return; }
    if (m === "send-huge") { try { ws.send(new Uint8Array(33 * 1048576)); this.log.push("sentHuge"); } catch (e) { this.log.push(E(e)); } return; }
    ws.send("got:" + short(m));
  }
  webSocketClose(ws, code, reason, clean) { this.log.push(["close", code, reason, clean]); }
  webSocketError(ws, e) { this.log.push(["error", e?.message ?? String(e)]); }
  getLog() { return this.log; }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("big"); const out = {};
  const c = await connect(stub);
  c.ws.send("x".repeat(1048576)); out.exact = await c.until(1);
  c.ws.send("send-big"); out.back = await c.until(2);
  out.state = c.ws.readyState;
  out.sendAfter = T(() => c.ws.send("y"));
  out.log = await stub.getLog();
  const c2 = await connect(env.DO.getByName("big2"));
  out.over = T(() => c2.ws.send("z".repeat(1048576 + 1)));
  out.overGot = await c2.until(1);
  out.log2 = await env.DO.getByName("big2").getLog();
  return Response.json(out);
} };`;

export default [
  wsCase("do23-ws-message-size-limit-hibernated", "a hibernated Durable Object socket and messages of 1 MiB and one byte more, both ways", BIG(true)),
  wsCase("do23-ws-message-size-limit-accepted", "a Durable Object socket accepted with accept() and messages of 1 MiB and one byte more, both ways", BIG(false)),
];
