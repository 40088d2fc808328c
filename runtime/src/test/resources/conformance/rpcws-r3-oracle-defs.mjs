// Re-record: copy oracle/defs/_h.mjs and this file (as rpcws-r3.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcws
import { CD, PRELUDE, get } from "./_h.mjs";
const NEXT3 = `
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pair = () => Object.values(new WebSocketPair());
`;
export default [
  {
    name: "rpcws-stubs-across-requests", area: "rpc",
    description: "an RPC promise kept in a global and awaited by a later request; stub members onRpcBroken and dispose of a pipelined promise",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `${PRELUDE}${NEXT3}
import { RpcTarget } from "cloudflare:workers";
let saved = null, savedFn = null, savedPromise = null;
export default { async fetch(req, env, ctx) { const out = {}; const p = new URL(req.url).pathname;
  if (p === "/1") {
    saved = await env.B.target(); savedFn = await env.B.fn(); savedPromise = env.B.target();
    out.now = await t(() => saved.m());
    out.onRpcBroken = typeof saved.onRpcBroken;
    out.brokenCall = await t(() => { let r = "registered"; saved.onRpcBroken?.((e) => { r = e?.message; }); return r; });
    out.pipelinedDispose = await t(() => { const pr = env.B.target(); pr[Symbol.dispose](); return typeof pr; });
    out.pipelinedDisposedCall = await t(async () => { const pr = env.B.target(); pr[Symbol.dispose](); return await pr.m(); });
  } else {
    // workerd refuses the stubs and pipelined promises of another request ("Cannot perform I/O on
    // behalf of a different request"); miniflare4j does not (see the README's limitations)
    out.savedPromiseAwait = await t(async () => typeof (await savedPromise));
    out.bindingStill = await t(() => env.B.ping());
  }
  return Response.json(out); } };` },
      { name: "b", modules: true, compatibilityDate: CD, script: `
import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class T extends RpcTarget { m() { return "tm"; } }
export default class extends WorkerEntrypoint {
  target() { return new T(); }
  fn() { return () => "fn result"; }
  ping() { return "pong"; }
}` },
    ] },
    steps: [get("/1"), get("/2")],
  },
  {
    name: "rpcws-ws-dropped-with-request", area: "websocket",
    description: "a socket whose holder's request ends without closing it: what a hibernating Durable Object and a peer worker see afterwards",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script: `${PRELUDE}${NEXT3}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    if (new URL(req.url).pathname === "/log") return Response.json({ log: (await this.ctx.storage.get("log")) ?? [], open: this.ctx.getWebSockets().length });
    const [client, server] = pair(); this.ctx.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  async add(e) { const l = (await this.ctx.storage.get("log")) ?? []; l.push(e); await this.ctx.storage.put("log", l); }
  async webSocketMessage(ws, m) { await this.add(["message", m]); }
  async webSocketClose(ws, code, reason, wasClean) { await this.add(["close", code, reason, wasClean]); }
  async webSocketError(ws, e) { await this.add(["error", String(e?.message ?? e)]); }
}
export default { async fetch(req, env, ctx) { const out = {}; const p = new URL(req.url).pathname;
  const stub = env.OBJ.getByName("x");
  if (p === "/open") {
    const r = await stub.fetch("http://do/", { headers: { Upgrade: "websocket" } }); r.webSocket.accept(); r.webSocket.send("hi");
    const r2 = await env.B.fetch("http://b/", { headers: { Upgrade: "websocket" } }); r2.webSocket.accept(); r2.webSocket.send("hi");
    await sleep(100);
    out.opened = true;
  } else {
    for (let i = 0; i < 50; i++) { out.do = await (await stub.fetch("http://do/log")).json(); if (out.do.log.length > 1) break; await sleep(20); }
    for (let i = 0; i < 50; i++) { out.peer = await (await env.B.fetch("http://b/log")).json(); if (out.peer.length > 1) break; await sleep(20); }
  }
  return Response.json(out); } };` },
      { name: "b", modules: true, compatibilityDate: CD, script: `${NEXT3}
const log = [];
export default { async fetch(req) {
  if (new URL(req.url).pathname === "/log") return Response.json(log);
  const [client, server] = pair(); server.accept();
  server.addEventListener("message", (e) => log.push(["message", e.data]));
  server.addEventListener("close", (e) => log.push(["close", e.code, e.reason, e.wasClean]));
  server.addEventListener("error", (e) => log.push(["error", e.message]));
  return new Response(null, { status: 101, webSocket: client });
} };` },
    ] },
    steps: [get("/open"), get("/log")],
  },
];
