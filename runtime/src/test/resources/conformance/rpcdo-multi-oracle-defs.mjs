// Re-record: copy oracle/defs/_h.mjs and this file (as rpcdo-multi.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcdo-multi
import { CD, PRELUDE, get, req } from "./_h.mjs";

const entry = (name, body, extra = {}, head = "") => ({ name, modules: true, compatibilityDate: CD, ...extra, script: `${PRELUDE}
${head}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` });
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });

const extra = [];
const defs = [
  multi("rpcdo-multi-do-cross-worker-rpc", "multi-worker",
    "a Durable Object class of another worker (scriptName) used over RPC: targets, callbacks into the caller, errors, ids, stubs as arguments, the other worker's env", [
    entry("a", `
  const ns = env.OBJ;
  out.info = await t(() => ns.getByName("n1").info());
  out.counter = await t(async () => { const c = await ns.getByName("n1").counter(); await c.inc(); return await c.inc(); });
  out.pipelined = await t(() => ns.getByName("n1").counter().inc());
  out.callback = await t(() => ns.getByName("n1").callMe((x) => "a saw " + x));
  out.error = await t(async () => { try { await ns.getByName("n1").boom(); } catch (e) { return [e.name, e.message, e.remote ?? null, e.code ?? null]; } });
  out.stubArg = await t(() => env.B.take(ns.getByName("n1")));
  out.nsArg = await t(() => env.B.take(ns));
  out.idArg = await t(() => env.B.take(ns.idFromName("x")));
  out.sameObject = await t(async () => [await ns.getByName("n2").add(1), await ns.get(ns.idFromName("n2")).add(1), await env.B.viaOwnBinding("n2")]);
  out.envOfB = await t(() => ns.getByName("n1").envKeys());
  out.fetch = await t(async () => { const r = await ns.getByName("n3").fetch("http://x/p?q", { method: "POST", body: "bd" }); return [r.status, await r.text()]; });
`, { durableObjects: { OBJ: { className: "Obj", scriptName: "b" } }, serviceBindings: { B: "b" } }),
    worker("b", `import { DurableObject, RpcTarget, WorkerEntrypoint } from "cloudflare:workers";
class Counter extends RpcTarget { n = 0; inc() { return ++this.n; } }
export class Obj extends DurableObject {
  total = 0;
  info() { return { name: this.ctx.id.name ?? null, envKeys: Object.keys(this.env).sort() }; }
  counter() { return new Counter(); }
  async callMe(fn) { return await fn(this.ctx.id.name); }
  boom() { const e = new RangeError("do boom"); e.code = 7; throw e; }
  add(n) { this.total += n; return this.total; }
  envKeys() { return Object.keys(this.env).sort(); }
  async fetch(req) { return new Response(req.method + " " + new URL(req.url).search + " " + await req.text(), { status: 202 }); }
}
export default class extends WorkerEntrypoint {
  take(x) { return Object.prototype.toString.call(x); }
  viaOwnBinding(name) { return this.env.OWN.getByName(name).add(10); }
}`, { durableObjects: { OWN: "Obj" }, bindings: { V: "b-var" } }),
  ]),

  multi("rpcdo-sb-ws-upgrade-to-do-through-binding", "service-bindings",
    "a worker opens a WebSocket through a service binding to a worker that hands it to a hibernating Durable Object; messages, tags and close codes across both hops", [
    entry("a", `
  const next = (ws, type = "message") => new Promise((resolve) => { const timer = setTimeout(() => resolve("timeout"), 5000); ws.addEventListener(type, (e) => { clearTimeout(timer); resolve(type === "message" ? e.data : [e.code, e.reason, e.wasClean]); }, { once: true }); });
  const r = await env.B.fetch("http://b/ws", { headers: { Upgrade: "websocket", "x-tag": "t1" } });
  out.status = r.status; out.hasWs = r.webSocket !== null; out.upgrade = r.headers.get("upgrade");
  const ws = r.webSocket; ws.accept();
  const m1 = next(ws); ws.send("hello"); out.echo = await m1;
  const m2 = next(ws); ws.send("ping"); out.auto = await m2;
  const m3 = next(ws); ws.send("count"); out.count = await m3;
  const c = next(ws, "close"); ws.send("close-me"); out.closed = await c;
  out.state = ws.readyState;
  out.noUpgrade = await t(async () => { const r2 = await env.B.fetch("http://b/ws"); return [r2.status, await r2.text()]; });
  out.log = await t(async () => (await env.B.fetch("http://b/log")).json());
`, { serviceBindings: { B: "b" } }),
    worker("b", `import { DurableObject } from "cloudflare:workers";
export class Room extends DurableObject {
  async fetch(req) {
    const url = new URL(req.url);
    if (url.pathname === "/log") return Response.json((await this.ctx.storage.get("log")) ?? []);
    if (req.headers.get("upgrade") !== "websocket") return new Response("need upgrade", { status: 426 });
    const [client, server] = Object.values(new WebSocketPair());
    this.ctx.acceptWebSocket(server, [req.headers.get("x-tag") ?? "none"]);
    this.ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
    return new Response(null, { status: 101, webSocket: client });
  }
  async webSocketMessage(ws, msg) {
    const log = (await this.ctx.storage.get("log")) ?? []; log.push(["msg", msg, this.ctx.getTags(ws)]); await this.ctx.storage.put("log", log);
    if (msg === "count") ws.send(String(this.ctx.getWebSockets("t1").length));
    else if (msg === "close-me") ws.close(4005, "server bye");
    else ws.send("echo:" + msg);
  }
  async webSocketClose(ws, code, reason, clean) {
    const log = (await this.ctx.storage.get("log")) ?? []; log.push(["close", code, reason, clean]); await this.ctx.storage.put("log", log);
  }
}
export default { fetch(req, env) { return env.ROOM.getByName("r").fetch(req); } };`, { durableObjects: { ROOM: "Room" } }),
  ]),

  multi("rpcdo-multi-entrypoint-chain-props", "multi-worker",
    "three workers: a named entrypoint with props forwards the incoming Request object and its props to a third worker by fetch and RPC; headers, bodies and errors seen at each hop", [
    entry("a", `
  out.viaRpc = await t(() => env.B.relay("x"));
  out.viaFetch = await t(async () => { const r = await env.B.fetch("http://b/path?q=1", { method: "PUT", headers: { "x-h": "1" }, body: "payload" }); return [r.status, r.headers.get("x-c"), await r.text()]; });
  out.error = await t(() => env.B.relayError());
  out.errorFetch = await t(async () => { const r = await env.B.fetch("http://b/throw"); return [r.status, (await r.text()).slice(0, 40)]; });
`, { serviceBindings: { B: { name: "b", entrypoint: "Relay", props: { tenant: "t9" } } } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export class Relay extends WorkerEntrypoint {
  async relay(x) { return await this.env.C.seen({ x, props: this.ctx.props }); }
  async relayError() { return await this.env.C.fail(); }
  async fetch(req) {
    if (new URL(req.url).pathname === "/throw") return await this.env.C.fetch(req);
    return await this.env.C.fetch(req, { headers: { "x-tenant": this.ctx.props.tenant, "x-h": req.headers.get("x-h") } });
  }
}
export default { fetch() { return new Response("b default"); } };`, { serviceBindings: { C: "c" } }),
    worker("c", `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  seen(v) { return { v, props: this.ctx.props }; }
  fail() { const e = new TypeError("c failed"); e.detail = "d"; throw e; }
  async fetch(req) {
    if (new URL(req.url).pathname === "/throw") throw new Error("c threw in fetch");
    return new Response(JSON.stringify({ m: req.method, u: req.url, tenant: req.headers.get("x-tenant"), h: req.headers.get("x-h"), b: await req.text() }), { headers: { "x-c": "yes" } });
  }
}`),
  ]),
];

extra.push(multi("rpcdo-sb-ws-client-close-binary-through-binding", "service-bindings",
  "a WebSocket opened through a service binding to a plain worker's WebSocketPair: binary and text both ways, the client closing without a code and with one, what each end's close event reports", [
  entry("a", `
  const next = (ws, type = "message") => new Promise((resolve) => { const timer = setTimeout(() => resolve("timeout"), 5000); ws.addEventListener(type, (e) => { clearTimeout(timer); resolve(type === "message" ? (typeof e.data === "string" ? e.data : "bin:" + [...new Uint8Array(e.data)]) : [e.code, e.reason, e.wasClean]); }, { once: true }); });
  const open = async () => { const r = await env.B.fetch("http://b/", { headers: { Upgrade: "websocket" } }); const ws = r.webSocket; ws.accept(); return ws; };
  const w1 = await open();
  let m = next(w1); w1.send(new Uint8Array([1, 2, 3])); out.binEcho = await m;
  m = next(w1); w1.send("txt"); out.txtEcho = await m;
  m = next(w1); w1.send("report"); out.report1 = await m;
  let c = next(w1, "close"); w1.close(); out.closeNoCode = await c;
  out.w1State = w1.readyState;
  const w2 = await open();
  c = next(w2, "close"); w2.close(3001, "client reason"); out.closeWithCode = await c;
  const w3 = await open();
  m = next(w3); w3.send("report"); out.report3 = await m;
  await scheduler.wait(50);
  out.serverLog = await (await env.B.fetch("http://b/log")).json();
`, { serviceBindings: { B: "b" } }),
  worker("b", `const log = [];
export default { async fetch(req) {
  if (new URL(req.url).pathname === "/log") return Response.json(log);
  const [client, server] = Object.values(new WebSocketPair());
  server.accept();
  server.addEventListener("message", (e) => {
    if (e.data === "report") server.send(JSON.stringify({ state: server.readyState, bt: server.binaryType }));
    else server.send(e.data);
  });
  server.addEventListener("close", (e) => { log.push(["close", e.code, e.reason, e.wasClean, server.readyState]); try { server.close(e.code === 1005 ? 1000 : e.code, "srv " + e.reason); log.push(["replied", server.readyState]); } catch (err) { log.push(["replyErr", err.message]); } });
  return new Response(null, { status: 101, webSocket: client });
} };`),
]));

export default [...defs, ...extra];
