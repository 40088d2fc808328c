// Re-record: copy oracle/defs/_h.mjs and this file (as do21d.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do21-
import { CD, PRELUDE, get } from "./_h.mjs";
const HEAD = `
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const until = async (f) => { for (let i = 0; i < 300 && !(await f()); i++) await scheduler.wait(5); };
const watch = (ws) => { const log = []; const d = (e) => typeof e.data === "string" ? e.data : e.data instanceof Blob ? ["blob", e.data.size] : ["bytes", ...new Uint8Array(e.data)];
  ws.addEventListener("open", (e) => log.push(["open", e.constructor.name, ws.readyState, ws.protocol, ws.extensions]));
  ws.addEventListener("message", (e) => log.push(["message", d(e), e.constructor.name]));
  ws.addEventListener("error", (e) => log.push(["error", e.constructor.name, e.message ?? null, e.error?.name ?? null, e.error?.message ?? null, ws.readyState]));
  ws.addEventListener("close", (e) => log.push(["close", e.code, e.reason, e.wasClean, ws.readyState]));
  return log; };
`;
const SERVER = `
const seen = [];
export default { async fetch(req) {
  const url = new URL(req.url);
  if (url.pathname === "/seen") return Response.json(seen);
  seen.push({ path: url.pathname, method: req.method, upgrade: req.headers.get("upgrade"), proto: req.headers.get("sec-websocket-protocol"), key: req.headers.has("sec-websocket-key"), version: req.headers.get("sec-websocket-version") });
  const mode = url.pathname.slice(1);
  if (mode === "status200") return new Response("not a socket");
  if (mode === "status404") return new Response("nope", { status: 404 });
  if (mode === "throw") throw new Error("server boom");
  const [c, s] = Object.values(new WebSocketPair()); s.accept();
  s.addEventListener("message", (e) => {
    if (e.data === "close-me") s.close(4000, "server closing");
    else if (e.data === "bin") s.send(new Uint8Array([1, 2, 3]));
    else s.send("echo:" + (typeof e.data === "string" ? e.data : "bytes" + e.data.byteLength));
  });
  s.addEventListener("close", (e) => { seen.push({ serverClose: [e.code, e.reason, e.wasClean] }); });
  if (mode === "early") s.send("early hello");
  const headers = {};
  if (mode === "proto") headers["sec-websocket-protocol"] = "chat";
  return new Response(null, { status: 101, webSocket: c, headers });
} };`;
const clientCase = (name, description, body, date = CD) => ({
  name, area: "websocket", description,
  options: { workers: [
    { name: "main", modules: true, compatibilityDate: date, outboundService: "server", script: `${PRELUDE}${HEAD}
export default { async fetch(req, env) { const out = {};
${body}
  return Response.json(out); } };` },
    { name: "server", modules: true, compatibilityDate: date, script: SERVER },
  ] },
  steps: [get("/")],
});
const BODY = `
  { const ws = new WebSocket("ws://remote.test/echo"); const log = watch(ws);
    out.initial = [ws.readyState, ws.url, ws.protocol, ws.binaryType];
    out.sendEarly = T(() => ws.send("too early"));
    await until(() => log.length > 0);
    out.afterOpen = [ws.readyState, ws.protocol];
    ws.send("hi"); ws.send(new Uint8Array([5, 6])); ws.send("bin");
    await until(() => log.length >= 4);
    ws.close(1000, "client done"); out.closing = ws.readyState;
    await until(() => log.some((l) => l[0] === "close")); await scheduler.wait(20);
    out.echo = log; out.final = ws.readyState; }
  { const ws = new WebSocket("wss://remote.test/proto", ["chat", "other"]); const log = watch(ws);
    await until(() => log.length > 0); out.proto = [ws.protocol, log]; ws.close(); await until(() => log.some((l) => l[0] === "close")); out.protoClose = log.slice(1); }
  { const ws = new WebSocket("ws://remote.test/early"); const log = watch(ws);
    await until(() => log.length >= 2); out.early = log; ws.close(1000); }
  { const ws = new WebSocket("ws://remote.test/echo"); const log = watch(ws);
    ws.close(4001, "before open"); out.closeConnecting = ws.readyState;
    await until(() => log.some((l) => l[0] === "close")); await scheduler.wait(20); out.closeBeforeOpen = log; }
  { const ws = new WebSocket("ws://remote.test/echo"); const log = watch(ws);
    await until(() => log.length > 0); ws.send("close-me");
    await until(() => log.some((l) => l[0] === "close")); await scheduler.wait(20);
    out.serverCloses = [log, ws.readyState, T(() => ws.send("after")), T(() => ws.close(1000, "late"))]; }
  for (const mode of ["status200", "status404", "throw"]) {
    const ws = new WebSocket("ws://remote.test/" + mode); const log = watch(ws);
    await until(() => log.some((l) => l[0] === "close")); await scheduler.wait(20);
    out[mode] = [log, ws.readyState, T(() => ws.send("x")), T(() => ws.close())];
  }
  await scheduler.wait(50);
  out.seen = await (await fetch("http://remote.test/seen")).json();
`;
const defs = [
  clientCase("do21-ws-client-through-outbound-recent", "at a 2026 date, new WebSocket() reaching another worker through outboundService: binary type, automatic close replies, refused handshakes", BODY, "2026-04-26"),
];
const EXT_BODY = `
  const ws = new WebSocket("ws://remote.test/proto", "chat"); const log = watch(ws);
  await until(() => log.length > 0); out.open = [log, ws.protocol, ws.extensions];
  ws.send("close-me"); await until(() => log.length > 1); out.next = log.slice(1, 2);
`;
const extCase = (name, description, clientDate, clientFlags, serverDate, serverFlags) => ({
  name, area: "websocket", description,
  options: { workers: [
    { name: "main", modules: true, compatibilityDate: clientDate, compatibilityFlags: clientFlags, outboundService: "server", script: `${PRELUDE}${HEAD}
export default { async fetch(req, env) { const out = {};
${EXT_BODY}
  return Response.json(out); } };` },
    { name: "server", modules: true, compatibilityDate: serverDate, compatibilityFlags: serverFlags, script: SERVER },
  ] },
  steps: [get("/")],
});
defs.push(
  extCase("do21-ws-client-extensions-old-date", "a client WebSocket's protocol and extensions once open, both workers at 2023-01-01 (before web_socket_compression)", "2023-01-01", [], "2023-01-01", []),
  extCase("do21-ws-client-extensions-client-flag", "a client WebSocket's protocol and extensions once open, the client with no_web_socket_compression", CD, ["no_web_socket_compression"], CD, []),
  extCase("do21-ws-client-extensions-server-flag", "a client WebSocket's protocol and extensions once open, the server with no_web_socket_compression", CD, [], CD, ["no_web_socket_compression"]),
);
export default defs;
const SERVER2 = `
import { DurableObject } from "cloudflare:workers";
export class Room extends DurableObject {
  async fetch(req) { const [c, s] = Object.values(new WebSocketPair()); this.ctx.acceptWebSocket(s, ["t"]); return new Response(null, { status: 101, webSocket: c, headers: { "x-room": "1" } }); }
  async webSocketMessage(ws, m) { const log = (await this.ctx.storage.get("log")) ?? []; log.push(["msg", typeof m === "string" ? m : ["bytes", m.byteLength]]); await this.ctx.storage.put("log", log); if (m === "bye") ws.close(4100, "room bye"); else ws.send("room:" + (typeof m === "string" ? m : m.byteLength)); }
  async webSocketClose(ws, code, reason, wasClean) { const log = (await this.ctx.storage.get("log")) ?? []; log.push(["close", code, reason, wasClean]); await this.ctx.storage.put("log", log); }
  async log() { return (await this.ctx.storage.get("log")) ?? []; }
}
export default { async fetch(req, env) {
  const url = new URL(req.url);
  if (url.pathname === "/room") return env.ROOM.getByName("r").fetch(req);
  if (url.pathname === "/log") return Response.json(await env.ROOM.getByName("r").log());
  if (url.pathname === "/plain") return new Response("plain", { headers: { "x-plain": "1" } });
  const [c, s] = Object.values(new WebSocketPair()); s.accept();
  s.addEventListener("message", (e) => { if (e.data === "bye") s.close(4200, "echo bye"); else s.send("echo:" + e.data); });
  return new Response(null, { status: 101, webSocket: c, headers: { "x-echo": "1" } });
} };`;
const FETCH_BODY = `
  { const r = await fetch("http://remote.test/echo", { headers: { Upgrade: "websocket" } });
    out.echoResponse = [r.status, r.statusText, r.headers.get("x-echo"), r.headers.get("upgrade"), r.webSocket === null, r.ok, r.url, r.redirected, r.body === null];
    const ws = r.webSocket; out.beforeAccept = [ws.readyState, ws.url, ws.protocol, ws.extensions];
    ws.accept(); const log = watch(ws); out.afterAccept = ws.readyState;
    ws.send("one"); ws.send("bye");
    await until(() => log.some((l) => l[0] === "close")); await scheduler.wait(20);
    out.echo = [log, ws.readyState]; }
  { const r = await fetch("http://remote.test/plain", { headers: { Upgrade: "websocket" } });
    out.plain = [r.status, r.webSocket, await r.text(), r.headers.get("x-plain")]; }
  { const r = await fetch("http://remote.test/room", { headers: { Upgrade: "websocket" } });
    out.roomResponse = [r.status, r.headers.get("x-room"), r.webSocket === null];
    const ws = r.webSocket; ws.accept(); const log = watch(ws);
    ws.send("hello"); ws.send(new Uint8Array(3));
    await until(() => log.length >= 2); ws.send("bye");
    await until(() => log.some((l) => l[0] === "close")); await scheduler.wait(50);
    out.room = [log, ws.readyState];
    let rl = []; await until(async () => (rl = await (await fetch("http://remote.test/log")).json()).length >= 4);
    out.roomLog = rl; }
  { const ws = new WebSocket("ws://remote.test/room"); const log = watch(ws);
    await until(() => log.length > 0); ws.send("via-ctor"); await until(() => log.length > 1);
    ws.close(4300, "client bye"); out.roomCtor = [log.slice(), ws.readyState];
    let rl = []; await until(async () => (rl = await (await fetch("http://remote.test/log")).json()).some((e) => e[0] === "close" && e[1] === 4300));
    out.roomCtorLog = rl.slice(4); }
`;
const fetchCase = (name, description, date) => ({
  name, area: "websocket", description,
  options: { workers: [
    { name: "main", modules: true, compatibilityDate: date, outboundService: "server", script: `${PRELUDE}${HEAD}
export default { async fetch(req, env) { const out = {};
${FETCH_BODY}
  return Response.json(out); } };` },
    { name: "server", modules: true, compatibilityDate: date, durableObjects: { ROOM: "Room" }, script: SERVER2 },
  ] },
  steps: [get("/")],
});
defs.push(
  fetchCase("do21-ws-fetch-upgrade-through-outbound-recent", "at a 2026 date, global fetch() with Upgrade: websocket to another worker through outboundService, and new WebSocket() to a hibernating Durable Object there: responses, messages, closes from either side", "2026-04-26"),
);
