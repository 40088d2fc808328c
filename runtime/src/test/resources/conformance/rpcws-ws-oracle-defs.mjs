// Re-record: copy oracle/defs/_h.mjs and this file (as rpcws-ws.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcws
import { CD, PRELUDE, get } from "./_h.mjs";

const NEXT = `
const next = (ws, type = "message", ms = 2000) => new Promise((resolve) => {
  const timer = setTimeout(() => resolve({ timeout: type }), ms);
  ws.addEventListener(type, (e) => { clearTimeout(timer); resolve(type === "message" ? { data: typeof e.data === "string" ? e.data : [e.data?.constructor?.name, ...new Uint8Array(e.data)] } : type === "close" ? { code: e.code, reason: e.reason, wasClean: e.wasClean } : { type: e.type, message: e.message ?? null }); }, { once: true });
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pair = () => Object.values(new WebSocketPair());
`;

const doCase = (name, description, doBody, fetchBody) => ({
  name, area: "websocket", description,
  options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } },
    script: `${PRELUDE}${NEXT}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
${doBody}
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${fetchBody}
  return Response.json(out);
} };` },
  steps: [get("/")],
});

export default [
  doCase("rpcws-hibernation-api-edges", "hibernation API argument checks: event timeout, tags limits, accepting twice, attachments, auto-response pairs", `
  async fetch(req) {
    const out = {};
    const c = this.ctx;
    out.timeoutDefault = await t(() => c.getHibernatableWebSocketEventTimeout());
    out.timeoutSet = await t(() => c.setHibernatableWebSocketEventTimeout(5000));
    out.timeoutAfterSet = await t(() => c.getHibernatableWebSocketEventTimeout());
    out.timeoutZero = await t(() => c.setHibernatableWebSocketEventTimeout(0));
    out.timeoutAfterZero = await t(() => c.getHibernatableWebSocketEventTimeout());
    out.timeoutNeg = await t(() => c.setHibernatableWebSocketEventTimeout(-1));
    out.timeoutHuge = await t(() => c.setHibernatableWebSocketEventTimeout(604800001));
    out.timeoutMax = await t(() => c.setHibernatableWebSocketEventTimeout(604800000));
    out.timeoutUnset = await t(() => c.setHibernatableWebSocketEventTimeout());
    out.timeoutAfterUnset = await t(() => c.getHibernatableWebSocketEventTimeout());
    const tags = (n, len = 3) => Array.from({ length: n }, (_, i) => String(i).padStart(len, "x"));
    out.tags10 = await t(() => { const [, s] = pair(); c.acceptWebSocket(s, tags(10)); return c.getTags(s).length; });
    out.tags11 = await t(() => { const [, s] = pair(); c.acceptWebSocket(s, tags(11)); return c.getTags(s).length; });
    out.tag256 = await t(() => { const [, s] = pair(); c.acceptWebSocket(s, tags(1, 256)); return c.getTags(s)[0].length; });
    out.tag257 = await t(() => { const [, s] = pair(); c.acceptWebSocket(s, tags(1, 257)); return "accepted"; });
    out.tagEmpty = await t(() => { const [, s] = pair(); c.acceptWebSocket(s, [""]); return c.getTags(s); });
    out.tagDup = await t(() => { const [, s] = pair(); c.acceptWebSocket(s, ["d", "d"]); return c.getTags(s); });
    out.tagNumber = await t(() => { const [, s] = pair(); c.acceptWebSocket(s, [1, 2]); return c.getTags(s); });
    out.tagString = await t(() => { const [, s] = pair(); c.acceptWebSocket(s, "abc"); return c.getTags(s); });
    out.tagsNone = await t(() => { const [, s] = pair(); c.acceptWebSocket(s); return c.getTags(s); });
    out.tagsUndefinedEntry = await t(() => { const [, s] = pair(); c.acceptWebSocket(s, [undefined]); return c.getTags(s); });
    out.acceptTwice = await t(() => { const [, s] = pair(); c.acceptWebSocket(s); c.acceptWebSocket(s); return "twice"; });
    out.acceptAfterAccept = await t(() => { const [, s] = pair(); s.accept(); c.acceptWebSocket(s); return "ok"; });
    out.plainAcceptAfterHibernate = await t(() => { const [, s] = pair(); c.acceptWebSocket(s); s.accept(); return "ok"; });
    out.acceptNotWs = await t(() => c.acceptWebSocket({}));
    out.acceptNothing = await t(() => c.acceptWebSocket());
    out.getTagsPlain = await t(() => { const [, s] = pair(); return c.getTags(s); });
    out.getTagsNotWs = await t(() => c.getTags({}));
    out.getWebSocketsUnknown = c.getWebSockets("nope").length;
    out.getWebSocketsTag = c.getWebSockets("d").length;
    out.getWebSocketsAll = c.getWebSockets().length;
    out.getWebSocketsNumber = await t(() => c.getWebSockets(1).length);
    const [, h] = pair(); c.acceptWebSocket(h, ["att"]);
    out.attachBefore = await t(() => h.deserializeAttachment());
    out.attach2048 = await t(() => { h.serializeAttachment("a".repeat(2040)); return h.deserializeAttachment().length; });
    out.attach4096 = await t(() => { h.serializeAttachment("a".repeat(4096)); return h.deserializeAttachment().length; });
    out.attach20000 = await t(() => { h.serializeAttachment("a".repeat(20000)); return h.deserializeAttachment().length; });
    out.attachMap = await t(() => { h.serializeAttachment(new Map([["k", new Set([1])]])); const m = h.deserializeAttachment(); return [m.constructor.name, [...m.keys()], m.get("k") instanceof Set]; });
    out.attachFn = await t(() => h.serializeAttachment({ f() {} }));
    out.attachAfterFn = await t(() => h.deserializeAttachment()?.constructor?.name ?? "null");
    out.attachUndefined = await t(() => { h.serializeAttachment(undefined); return h.deserializeAttachment() === undefined ? "undefined" : h.deserializeAttachment(); });
    out.attachNull = await t(() => { h.serializeAttachment(null); return h.deserializeAttachment(); });
    out.attachNoArg = await t(() => { h.serializeAttachment(); return "ok"; });
    out.attachIdentity = await t(() => { const o = { a: 1 }; h.serializeAttachment(o); o.a = 2; const r = h.deserializeAttachment(); return [r.a, r === h.deserializeAttachment()]; });
    out.pairCtor = await t(() => { const p = new WebSocketRequestResponsePair("ping", "pong"); return [p.request, p.response, Object.prototype.toString.call(p), Object.keys(p)]; });
    out.pairNoArgs = await t(() => new WebSocketRequestResponsePair());
    out.pairOneArg = await t(() => new WebSocketRequestResponsePair("a"));
    out.pairNumbers = await t(() => { const p = new WebSocketRequestResponsePair(1, 2); return [p.request, p.response]; });
    out.pairCall = await t(() => WebSocketRequestResponsePair("a", "b"));
    out.autoNone = await t(() => c.getWebSocketAutoResponse());
    out.autoSet = await t(() => c.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong")));
    out.autoGet = await t(() => { const p = c.getWebSocketAutoResponse(); return [p.constructor.name, p.request, p.response, p === c.getWebSocketAutoResponse()]; });
    out.autoClear = await t(() => { c.setWebSocketAutoResponse(); return c.getWebSocketAutoResponse(); });
    out.autoLongRequest = await t(() => c.setWebSocketAutoResponse(new WebSocketRequestResponsePair("r".repeat(2049), "x")));
    out.autoMaxRequest = await t(() => c.setWebSocketAutoResponse(new WebSocketRequestResponsePair("r".repeat(2048), "x")));
    out.autoLongResponse = await t(() => c.setWebSocketAutoResponse(new WebSocketRequestResponsePair("x", "r".repeat(2049))));
    out.autoPlainObject = await t(() => c.setWebSocketAutoResponse({ request: "a", response: "b" }));
    out.autoTimestampNone = await t(() => c.getWebSocketAutoResponseTimestamp(h));
    out.autoTimestampPlain = await t(() => { const [, s] = pair(); return c.getWebSocketAutoResponseTimestamp(s); });
    out.closeHibernated = await t(() => { h.close(4001, "bye"); return h.readyState; });
    out.sendAfterClose = await t(() => h.send("x"));
    out.countAfter = c.getWebSockets("att").length;
    return Response.json(out);
  }
`, `
  out.r = await (await env.OBJ.getByName("x").fetch("http://do/")).json();
`),
  doCase("rpcws-hibernation-event-flow", "hibernated sockets: auto-response with a timestamp, messages while the handler awaits, errors thrown in webSocketMessage and webSocketClose, close codes seen by both sides", `
  async fetch(req) {
    const url = new URL(req.url);
    if (url.pathname === "/log") return Response.json((await this.ctx.storage.get("log")) ?? []);
    if (url.pathname === "/ts") { const ws = this.ctx.getWebSockets()[0]; const ts = ws ? this.ctx.getWebSocketAutoResponseTimestamp(ws) : "none"; return Response.json({ type: ts === null ? "null" : ts?.constructor?.name, recent: ts instanceof Date ? Math.abs(Date.now() - ts.getTime()) < 10000 : null }); }
    const [client, server] = pair();
    this.ctx.acceptWebSocket(server, [url.searchParams.get("tag") ?? "t"]);
    this.ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
    return new Response(null, { status: 101, webSocket: client, headers: { "sec-websocket-protocol": "chat", "x-extra": "y" } });
  }
  async log(entry) { const l = (await this.ctx.storage.get("log")) ?? []; l.push(entry); await this.ctx.storage.put("log", l); }
  async webSocketMessage(ws, msg) {
    await this.log(["message", msg, ws.readyState]);
    if (msg === "slow") { await sleep(300); ws.send("slow done"); }
    else if (msg === "throw") throw new TypeError("message handler threw");
    else if (msg === "close4999") ws.close(4999, "x".repeat(10));
    else ws.send("echo:" + msg);
  }
  async webSocketClose(ws, code, reason, wasClean) {
    await this.log(["close", code, reason, wasClean, ws.readyState]);
    if (reason === "throw") throw new Error("close handler threw");
  }
  async webSocketError(ws, err) { await this.log(["error", err?.name ?? null, err?.message ?? String(err)]); }
`, `
  const stub = env.OBJ.getByName("room");
  const resp = await stub.fetch("http://do/ws", { headers: { Upgrade: "websocket" } });
  out.status = resp.status;
  out.headers = { proto: resp.headers.get("sec-websocket-protocol"), extra: resp.headers.get("x-extra") };
  const ws = resp.webSocket;
  out.props = { protocol: ws.protocol, extensions: ws.extensions, url: ws.url, binaryType: ws.binaryType };
  ws.accept();
  out.props2 = { protocol: ws.protocol, extensions: ws.extensions, url: ws.url, readyState: ws.readyState };
  out.tsBefore = await (await stub.fetch("http://do/ts")).json();
  let r = next(ws); ws.send("ping"); out.auto = await r;
  out.tsAfter = await (await stub.fetch("http://do/ts")).json();
  const got = []; const done = new Promise((res) => ws.addEventListener("message", (e) => { got.push(e.data); if (got.length === 3) res(); }));
  ws.send("slow"); ws.send("fast"); ws.send("ping");
  await Promise.race([done, sleep(2000)]);
  out.orderWhileSlow = got;
  r = next(ws); ws.send("throw"); ws.send("after throw"); out.afterThrow = await r;
  r = next(ws, "close"); ws.send("close4999"); out.serverClose = await r;
  out.stateAfterServerClose = ws.readyState;
  await sleep(100);
  const resp2 = await stub.fetch("http://do/ws?tag=b", { headers: { Upgrade: "websocket" } });
  const ws2 = resp2.webSocket; ws2.accept();
  const c2 = next(ws2, "close"); ws2.close(3000, "throw"); out.clientClose = await c2;
  await sleep(100);
  out.log = await (await stub.fetch("http://do/log")).json();
`),
  {
    name: "rpcws-upgrade-variants", area: "websocket",
    description: "WebSocket upgrades across a service binding: protocol negotiation headers, extra headers, non-101 answers to an upgrade, a 101 without upgrade request, close codes and reasons crossing",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `${PRELUDE}${NEXT}
export default { async fetch(req, env, ctx) {
  const out = {};
  const up = (path, h = {}) => env.B.fetch("http://b" + path, { headers: { Upgrade: "websocket", ...h } });
  let resp = await up("/proto", { "Sec-WebSocket-Protocol": "one, two" });
  out.proto = { status: resp.status, header: resp.headers.get("sec-websocket-protocol"), seen: resp.headers.get("x-seen"), wsProtocol: resp.webSocket?.protocol, ext: resp.webSocket?.extensions };
  resp.webSocket.accept(); resp.webSocket.close(1000);
  resp = await up("/plain");
  out.plain = { status: resp.status, hasWs: resp.webSocket !== null, body: await resp.text() };
  out.noUpgradeHeader = await t(async () => { const r = await env.B.fetch("http://b/proto"); return { status: r.status, hasWs: r.webSocket !== null }; });
  out.upgradeOtherValue = await t(async () => { const r = await env.B.fetch("http://b/proto", { headers: { Upgrade: "h2c" } }); return { status: r.status, hasWs: r.webSocket !== null }; });
  out.upgradeUpperCase = await t(async () => { const r = await env.B.fetch("http://b/proto", { headers: { Upgrade: "WebSocket" } }); r.webSocket.accept(); r.webSocket.close(); return { status: r.status, hasWs: r.webSocket !== null }; });
  resp = await up("/echo");
  const ws = resp.webSocket; ws.accept();
  const got = []; const five = new Promise((res) => ws.addEventListener("message", (e) => { got.push(typeof e.data === "string" ? e.data : "bin:" + e.data.byteLength); if (got.length === 5) res(); }));
  ws.send("a"); ws.send(new Uint8Array(3)); ws.send("b"); ws.send(new ArrayBuffer(0)); ws.send("");
  await Promise.race([five, sleep(2000)]);
  out.echoOrder = got;
  const closes = [];
  for (const [code, reason] of [[1000, ""], [3000, "app"], [4999, "é".repeat(61)], [1001, "going"]]) {
    const r2 = await up("/echo"); const w = r2.webSocket; w.accept();
    const c = next(w, "close"); w.send("close:" + code + ":" + reason); closes.push(await c);
  }
  out.serverCloses = closes;
  resp = await up("/echo"); const w3 = resp.webSocket; w3.accept();
  const c3 = next(w3, "close"); w3.close(); out.clientCloseNoCode = await c3;
  for (let i = 0; i < 100; i++) { out.serverSaw = await (await env.B.fetch("http://b/log")).json(); if (out.serverSaw.length > 0) break; await sleep(20); }
  return Response.json(out);
} };` },
      { name: "b", modules: true, compatibilityDate: CD, script: `${PRELUDE}${NEXT}
const log = [];
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url);
  if (url.pathname === "/log") return Response.json(log);
  if (url.pathname === "/plain") return new Response("not a socket", { status: 400 });
  const [client, server] = pair();
  server.accept();
  if (url.pathname === "/proto") {
    return new Response(null, { status: 101, webSocket: client, headers: { "Sec-WebSocket-Protocol": "two", "x-seen": String(req.headers.get("sec-websocket-protocol")) + "|" + String(req.headers.get("upgrade")) } });
  }
  server.addEventListener("message", (e) => {
    if (typeof e.data === "string" && e.data.startsWith("close:")) { const [, code, reason] = e.data.split(":"); server.close(Number(code), reason); return; }
    server.send(e.data);
  });
  server.addEventListener("close", (e) => { log.push([e.code, e.reason, e.wasClean]); try { server.close(); } catch (err) { log.push(err.message); } });
  return new Response(null, { status: 101, webSocket: client });
} };` },
    ] },
    steps: [get("/")],
  },
  {
    name: "rpcws-pair-close-validation-more", area: "websocket",
    description: "WebSocketPair close() argument checks (codes, reason lengths in UTF-8 bytes, types), readyState and events along a close handshake",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}${NEXT}
export default { async fetch(req, env, ctx) {
  const out = {};
  const tryClose = (...args) => t(() => { const [a, b] = pair(); a.accept(); b.accept(); a.close(...args); return a.readyState; });
  out.codes = {};
  for (const code of [999, 1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1011, 1012, 1014, 1015, 1016, 2999, 3000, 4999, 5000, 65535, 65536, -1, 0]) out.codes[code] = await tryClose(code);
  out.codeString = await tryClose("3000");
  out.codeFloat = await tryClose(3000.7);
  out.codeNaN = await tryClose(NaN);
  out.codeNull = await tryClose(null);
  out.codeUndefinedReason = await tryClose(undefined, "why");
  out.reason123 = await tryClose(1000, "r".repeat(123));
  out.reason124 = await tryClose(1000, "r".repeat(124));
  out.reasonMulti61 = await tryClose(1000, "é".repeat(61));
  out.reasonMulti62 = await tryClose(1000, "é".repeat(62));
  out.reasonNumber = await tryClose(1000, 42);
  out.reasonNull = await tryClose(1000, null);
  out.closeTwice = await t(() => { const [a, b] = pair(); a.accept(); b.accept(); a.close(1000); a.close(1000); return a.readyState; });
  out.closeBeforeAccept = await t(() => { const [a] = pair(); a.close(1000); return a.readyState; });
  out.handshake = await (async () => {
    const [a, b] = pair(); a.accept(); b.accept();
    const ev = [];
    for (const [n, w] of [["a", a], ["b", b]]) for (const type of ["close", "error"]) w.addEventListener(type, (e) => ev.push([n, type, e.code ?? null, e.reason ?? null, e.wasClean ?? null, e.message ?? null, w.readyState]));
    a.close(3001, "first");
    const s1 = [a.readyState, b.readyState];
    await sleep(10);
    const s2 = [a.readyState, b.readyState];
    b.close(3002, "second");
    await sleep(10);
    return { s1, s2, s3: [a.readyState, b.readyState], ev };
  })();
  out.sendAfterOwnClose = await t(() => { const [a, b] = pair(); a.accept(); b.accept(); a.close(); a.send("x"); });
  out.sendAfterPeerCloseArrived = await (async () => { const [a, b] = pair(); a.accept(); b.accept(); const c = next(b, "close"); a.close(1000); await c; return [await t(() => b.send("x")), b.readyState]; })();
  out.binaryType = await t(() => { const [a] = pair(); const r = [a.binaryType]; a.binaryType = "blob"; r.push(a.binaryType); try { a.binaryType = "bogus"; } catch (e) { r.push(e.name + ":" + e.message); } r.push(a.binaryType); a.binaryType = "arraybuffer"; r.push(a.binaryType); return r; });
  out.blobMessage = await (async () => { const [a, b] = pair(); a.accept(); b.binaryType = "blob"; b.accept(); const got = new Promise((res) => b.addEventListener("message", (e) => res(e.data?.constructor?.name))); a.send(new Uint8Array([1])); return await Promise.race([got, sleep(500).then(() => "timeout")]); })();
  out.sendTypes = await (async () => { const [a, b] = pair(); a.accept(); b.accept(); const r = []; for (const v of [new Blob(["x"]), new DataView(new ArrayBuffer(2)), 42, null, undefined, { a: 1 }]) r.push(await t(() => { a.send(v); return "sent"; })); return r; })();
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
];
