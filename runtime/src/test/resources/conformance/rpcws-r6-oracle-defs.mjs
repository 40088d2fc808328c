// Re-record: copy oracle/defs/_h.mjs and this file (as rpcws-r6.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcws
import { CD, PRELUDE, get } from "./_h.mjs";
const H = `
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pair = () => Object.values(new WebSocketPair());
const until = async (f) => { for (let i = 0; i < 100 && !f(); i++) await sleep(20); };
`;
export default [
  {
    name: "rpcws-ws-early-sends-and-throwing-listeners", area: "websocket",
    description: "servers that send or close before returning the 101 (a worker and a hibernating Durable Object), listeners that throw, onmessage beside addEventListener",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script: `${PRELUDE}${H}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const mode = new URL(req.url).pathname.slice(1);
    const [client, server] = pair();
    out: {
      if (mode === "sendBeforeAccept") { try { server.send("x"); } catch (e) { this.err = e.message; } }
      this.ctx.acceptWebSocket(server);
      server.send("early1"); server.send("early2");
      if (mode === "closeEarly") server.close(4002, "closed early");
    }
    return new Response(null, { status: 101, webSocket: client, headers: { "x-err": String(this.err ?? "") } });
  }
  webSocketMessage(ws, m) { ws.send("do:" + m); }
}
export default { async fetch(req, env, ctx) { const out = {};
  const collect = (ws) => { const ev = []; ws.addEventListener("message", (e) => ev.push(e.data)); ws.addEventListener("close", (e) => ev.push(["close", e.code, e.reason, e.wasClean])); ws.addEventListener("error", (e) => ev.push(["error", e.message])); return ev; };
  let r = await env.B.fetch("http://b/early", { headers: { Upgrade: "websocket" } });
  let ws = r.webSocket; let ev = collect(ws); ws.accept(); ws.send("ping");
  await until(() => ev.length >= 3); out.workerEarly = ev;
  r = await env.B.fetch("http://b/closeEarly", { headers: { Upgrade: "websocket" } });
  ws = r.webSocket; ev = collect(ws); ws.accept();
  await until(() => ev.length >= 2); out.workerCloseEarly = [...ev, ws.readyState];
  r = await env.B.fetch("http://b/throwing", { headers: { Upgrade: "websocket" } });
  ws = r.webSocket; ev = collect(ws); ws.accept(); await until(() => ev.length >= 2);
  ws.send("one"); await until(() => ev.length >= 4); out.throwingListener = [...ev, ws.readyState];
  out.sendAfterAbort = await t(() => ws.send("two"));
  const stub = env.OBJ.getByName("x");
  r = await stub.fetch("http://do/plain", { headers: { Upgrade: "websocket" } });
  ws = r.webSocket; ev = collect(ws); ws.accept(); ws.send("hi");
  await until(() => ev.length >= 3); out.doEarly = ev;
  r = await stub.fetch("http://do/closeEarly", { headers: { Upgrade: "websocket" } });
  ws = r.webSocket; ev = collect(ws); ws.accept();
  await until(() => ev.length >= 3); out.doCloseEarly = [...ev, ws.readyState];
  r = await stub.fetch("http://do/sendBeforeAccept", { headers: { Upgrade: "websocket" } });
  out.doSendBeforeAccept = r.headers.get("x-err"); r.webSocket.accept(); r.webSocket.close();
  const [p, q] = pair(); p.accept(); q.accept(); const order = [];
  q.onmessage = (e) => order.push("on:" + e.data); q.addEventListener("message", (e) => order.push("listener:" + e.data));
  q.onmessage = (e) => order.push("on2:" + e.data);
  p.send("m"); await until(() => order.length >= 2); out.handlerOrder = order;
  out.log = await (await env.B.fetch("http://b/log")).json();
  return Response.json(out); } };` },
      { name: "b", modules: true, compatibilityDate: CD, script: `${H}
const log = [];
export default { async fetch(req) {
  const mode = new URL(req.url).pathname.slice(1);
  if (mode === "log") return Response.json(log);
  const [client, server] = pair();
  server.accept();
  server.send("early1"); server.send("early2");
  if (mode === "closeEarly") server.close(4001, "closed early");
  if (mode === "throwing") {
    server.addEventListener("message", (e) => { log.push("first " + e.data); throw new Error("listener threw"); });
    server.addEventListener("message", (e) => { log.push("second " + e.data); server.send("echo:" + e.data); });
  } else {
    server.addEventListener("message", (e) => server.send("echo:" + e.data));
  }
  return new Response(null, { status: 101, webSocket: client });
} };` },
    ] },
    steps: [get("/")],
  },
];
