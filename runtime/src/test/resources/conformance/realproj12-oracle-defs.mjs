// Re-record: copy oracle/defs/_h.mjs and this file (as realproj12.mjs) into a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs realproj12-
import { PRELUDE, get } from "./_h.mjs";

// A worker opens a WebSocket to a Durable Object (stub.fetch with Upgrade), sends one message,
// closes its end and reports whether its close event arrives (the object's side answers or not).
const closeCase = (name, description, objectSide, date, flags = []) => ({
  name, area: "websocket", description,
  options: {
    modules: true, compatibilityDate: date, compatibilityFlags: flags,
    durableObjects: { OBJ: { className: "Obj", useSQLite: true } },
    script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
${objectSide}
export default { async fetch(req, env) {
  const out = {};
  const stub = env.OBJ.get(env.OBJ.idFromName("a"));
  const res = await stub.fetch("http://x/ws", { headers: { Upgrade: "websocket" } });
  const ws = res.webSocket;
  ws.accept();
  const events = [];
  const closed = new Promise((resolve) => {
    const timer = setTimeout(() => resolve("timeout"), 700);
    ws.addEventListener("message", (e) => events.push(["message", e.data]));
    ws.addEventListener("close", (e) => { clearTimeout(timer); events.push(["close", e.code, e.reason, e.wasClean, ws.readyState]); resolve("closed"); });
  });
  ws.send("hello");
  await new Promise((r) => setTimeout(r, 50));
  ws.close(1000, "bye");
  out.stateAfterClose = ws.readyState;
  out.outcome = await closed;
  out.events = events;
  out.stateEnd = ws.readyState;
  out.seen = await stub.seen();
  return Response.json(out);
} };`,
  },
  steps: [get("/")],
});

const hibernating = (closeHandler) => `
export class Obj extends DurableObject {
  async fetch(req) {
    const [client, server] = Object.values(new WebSocketPair());
    this.ctx.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  async webSocketMessage(ws, message) { ws.send("echo:" + message); }
  ${closeHandler}
  async seen() { return (await this.ctx.storage.get("seen")) ?? null; }
}`;

export default [
  closeCase("realproj12-ws-hibernated-close-handler-silent", "a hibernated socket whose webSocketClose does not call close(): does the client's close event arrive (before the auto-reply date)",
    hibernating(`async webSocketClose(ws, code, reason, wasClean) { await this.ctx.storage.put("seen", [code, reason, wasClean, ws.readyState]); }`), "2025-03-10"),
  closeCase("realproj12-ws-hibernated-close-no-handler", "a hibernated socket of an object without webSocketClose: does the client's close event arrive",
    hibernating(""), "2025-03-10"),
  closeCase("realproj12-ws-hibernated-close-handler-replies", "a hibernated socket whose webSocketClose calls close(code, reason)",
    hibernating(`async webSocketClose(ws, code, reason, wasClean) { await this.ctx.storage.put("seen", [code, reason, wasClean, ws.readyState]); ws.close(code, reason); }`), "2025-03-10"),
  closeCase("realproj12-ws-hibernated-close-manual-flag", "web_socket_manual_reply_to_close on a late date, hibernated socket with a silent webSocketClose",
    hibernating(`async webSocketClose(ws, code, reason, wasClean) { await this.ctx.storage.put("seen", [code, reason, wasClean, ws.readyState]); }`), "2026-04-20", ["web_socket_manual_reply_to_close"]),
  closeCase("realproj12-ws-accepted-close-no-listener", "a socket the object accept()ed without a close listener (not hibernated): does the client's close event arrive",
    `
export class Obj extends DurableObject {
  async fetch(req) {
    const [client, server] = Object.values(new WebSocketPair());
    server.accept();
    server.addEventListener("message", (e) => server.send("echo:" + e.data));
    return new Response(null, { status: 101, webSocket: client });
  }
  async seen() { return null; }
}`, "2025-03-10"),
];
