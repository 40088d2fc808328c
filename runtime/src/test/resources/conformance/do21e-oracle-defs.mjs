// Re-record: copy oracle/defs/_h.mjs and this file (as do21e.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do21-
import { CD, PRELUDE, get } from "./_h.mjs";
const HEAD = `
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const until = async (f) => { for (let i = 0; i < 300 && !(await f()); i++) await scheduler.wait(5); };
const watch = (ws) => { const log = []; const d = (e) => typeof e.data === "string" ? e.data : e.data instanceof Blob ? ["blob", e.data.size] : ["bytes", ...new Uint8Array(e.data)];
  ws.addEventListener("open", (e) => log.push(["open", ws.readyState, ws.protocol, ws.extensions]));
  ws.addEventListener("message", (e) => log.push(["message", d(e)]));
  ws.addEventListener("error", (e) => log.push(["error", e.message ?? null, ws.readyState]));
  ws.addEventListener("close", (e) => log.push(["close", e.code, e.reason, e.wasClean, ws.readyState]));
  return log; };
`;
const SERVER = `
export default { async fetch(req) {
  const [c, s] = Object.values(new WebSocketPair()); s.accept();
  s.addEventListener("message", (e) => { if (e.data === "bye") s.close(4000, "bye back"); else s.send("echo:" + (typeof e.data === "string" ? e.data : "bytes")); });
  return new Response(null, { status: 101, webSocket: c });
} };`;
const objCase = (name, description, date) => ({
  name, area: "websocket", description,
  options: { workers: [
    { name: "main", modules: true, compatibilityDate: date, outboundService: "server", durableObjects: { DO: "Obj" }, script: `${PRELUDE}${HEAD}
export class Obj extends DurableObject {
  socket = null; log = null;
  async open() {
    const ws = new WebSocket("ws://remote.test/x"); this.socket = ws; this.log = watch(ws);
    const out = {};
    out.acceptWs = T(() => this.ctx.acceptWebSocket(ws));
    out.accept = T(() => ws.accept());
    await until(() => this.log.length > 0);
    out.opened = this.log.slice();
    out.tags = T(() => this.ctx.getTags(ws));
    out.count = this.ctx.getWebSockets().length;
    out.attach = T(() => { ws.serializeAttachment({ a: 1 }); return ws.deserializeAttachment(); });
    ws.send("one");
    await until(() => this.log.length > 1);
    return out;
  }
  async later() { this.socket.send(new Uint8Array([1])); await until(() => this.log.length > 2); return this.log.slice(); }
  async finish() { this.socket.send("bye"); await until(() => this.log.some((l) => l[0] === "close")); await scheduler.wait(20); return [this.log.slice(), this.socket.readyState]; }
}
export default { async fetch(req, env) {
  const s = env.DO.getByName("a"); const out = {};
  out.open = await s.open();
  out.later = await s.later();
  out.finish = await s.finish();
  return Response.json(out);
} };` },
    { name: "server", modules: true, compatibilityDate: date, script: SERVER },
  ] },
  steps: [get("/")],
});
const defsMore = [
  objCase("do21-ws-client-in-object-recent", "at a 2026 date, a Durable Object opens a client WebSocket (outboundService), uses it across its calls, cannot hibernate it, and the server closes it", "2026-04-26"),
];
export default defsMore;
defsMore.push({
  name: "do21-ctx-exports-class-bound-by-other-worker", area: "durable-objects",
  description: "ctx.exports of a worker whose Durable Object class only another worker binds (scriptName): the namespace view, ids shared with the binding, calls through it",
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: "2026-04-26", durableObjects: { DO: { className: "Obj", scriptName: "b" } }, serviceBindings: { B: "b" }, script: `${PRELUDE}${HEAD}
export default { async fetch(req, env, ctx) {
  const out = {};
  out.viaBinding = await env.DO.getByName("x").ping();
  out.fromB = await (await env.B.fetch("http://b/")).json();
  out.aExports = Object.keys(ctx.exports).sort();
  return Response.json(out);
} };` },
    { name: "b", modules: true, compatibilityDate: "2026-04-26", script: `${PRELUDE}${HEAD}
export class Obj extends DurableObject { n = 0; ping() { return ["pong", this.ctx.id.name ?? null, ++this.n]; } }
export class Other extends DurableObject { }
export default { async fetch(req, env, ctx) {
  const ex = ctx.exports; const out = {};
  out.keys = Object.keys(ex).sort();
  out.tags = Object.fromEntries(out.keys.map((k) => [k, Object.prototype.toString.call(ex[k])]));
  out.envKeys = Object.keys(env);
  out.call = await TA(() => ex.Obj.getByName("x").ping());
  return Response.json(out);
} };` },
  ] },
  steps: [get("/")],
});
