// Re-record: copy oracle/defs/_h.mjs and this file (as rpcws-r2.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcws
import { CD, PRELUDE, get } from "./_h.mjs";
const NEXT = `
const next = (ws, type = "message", ms = 2000) => new Promise((resolve) => {
  const timer = setTimeout(() => resolve({ timeout: type }), ms);
  ws.addEventListener(type, (e) => { clearTimeout(timer); resolve(type === "message" ? { data: typeof e.data === "string" ? (e.data.length > 100 ? "len:" + e.data.length : e.data) : [e.data?.constructor?.name, e.data.byteLength] } : type === "close" ? { code: e.code, reason: e.reason, wasClean: e.wasClean } : { type: e.type, message: e.message ?? null }); }, { once: true });
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pair = () => Object.values(new WebSocketPair());
`;
const two = (name, area, description, aBody, bScript, { aExtra = {}, bExtra = {} } = {}) => ({
  name, area, description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, ...aExtra,
      script: `${PRELUDE}${NEXT}
import { RpcTarget, RpcStub } from "cloudflare:workers";
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${aBody}
  return Response.json(out);
} };` },
    { name: "b", modules: true, compatibilityDate: CD, ...bExtra, script: bScript },
  ] },
  steps: [get("/")],
});

const B_VALUES = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
${NEXT}
class T extends RpcTarget { constructor() { super(); this.own = () => "own fn"; } m() { return "tm"; } get child() { return new T(); } }
export default class extends WorkerEntrypoint {
  constructor(ctx, env) { super(ctx, env); this.instanceFn = () => "instance fn"; }
  echo(v) { return v; }
  describe(v) { return Object.prototype.toString.call(v) + ":" + (v?.constructor?.name ?? typeof v); }
  ret(kind) {
    switch (kind) {
      case "generator": return (function* () { yield 1; })();
      case "asyncGenerator": return (async function* () { yield 1; })();
      case "arguments": return (function () { return arguments; })(1, 2);
      case "collator": return new Intl.Collator();
      case "weakref": return new WeakRef({});
      case "sab": return typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(4) : "no SAB";
      case "tagged": return { [Symbol.toStringTag]: "Tagged", a: 1 };
      case "throwingGetter": return { get g() { throw new RangeError("getter during serialization"); } };
      case "toJSON": return { a: 1, toJSON() { return "json"; } };
      case "classInstance": return new (class Point { constructor() { this.x = 1; } })();
      case "dateSub": return new (class MyDate extends Date {})(0);
      case "u8Sub": return new (class MyBytes extends Uint8Array {})(2);
      case "mapSub": return new (class MyMap extends Map {})([[1, 2]]);
      case "errorSub": return new (class MyError extends TypeError {})("sub");
      case "websocket": return pair()[0];
      case "response101": { const [c, s] = pair(); s.accept(); return new Response(null, { status: 101, webSocket: c }); }
      case "targetInMap": return new Map([["t", new T()]]);
      case "targetInSet": return new Set([new T()]);
      case "fnInArray": return [() => "arr fn"];
      case "deep": { let v = "bottom"; for (let i = 0; i < 200; i++) v = [v]; return v; }
      case "usedRequest": { const r = new Request("http://x/", { method: "POST", body: "b" }); return r.text().then(() => r); }
      case "usedResponse": { const r = new Response("b"); return r.text().then(() => r); }
      case "errorResponse": return Response.error();
      case "redirect": return Response.redirect("http://x/", 302);
      case "blobInArray": return [new Blob(["x"])];
      case "file": return new File(["x"], "f.txt");
      case "urlSearchParams": return new URLSearchParams("a=1");
      case "textEncoder": return new TextEncoder();
      case "crypto": return crypto.subtle;
      case "cryptoKey": return crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
    }
    return "unknown " + kind;
  }
  target() { return new T(); }
  get targetGetter() { return new T(); }
  returnsArg(fn) { return fn; }
  async callWithThis(fn) { return await fn.call({ x: 1 }, "arg"); }
}
export class Throwing extends WorkerEntrypoint {
  constructor(ctx, env) { super(ctx, env); throw new RangeError("constructor threw"); }
  m() { return "never"; }
  fetch() { return new Response("never"); }
}`;

const NEXT2 = `
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pair = () => Object.values(new WebSocketPair());
`;
export default [
  two("rpcws-values-unserializable", "rpc", "what RPC does with values of many more kinds as results: generators, Intl, WeakRef, subclasses of builtins, WebSockets, used bodies, crypto keys, nested targets", `
  const kinds = ["generator", "asyncGenerator", "arguments", "collator", "weakref", "tagged", "throwingGetter", "toJSON", "classInstance", "dateSub", "u8Sub", "mapSub", "errorSub", "websocket", "response101", "fnInArray", "deep", "usedRequest", "usedResponse", "errorResponse", "redirect", "blobInArray", "file", "urlSearchParams", "textEncoder", "crypto", "cryptoKey"];
  const show = (v) => {
    if (v === null || typeof v !== "object" && typeof v !== "function") return v;
    if (typeof v === "function") return "function";
    if (Array.isArray(v)) return ["array", v.length, typeof v[0]];
    if (v instanceof Response) return ["Response", v.status, v.type, v.webSocket === null ? "no ws" : "ws", v.headers.get("location")];
    if (v instanceof Request) return ["Request", v.method, v.bodyUsed];
    if (v instanceof Error) return ["error", v.constructor.name, v.name, v.message];
    return [Object.prototype.toString.call(v), v.constructor?.name ?? "none", Object.keys(v)];
  };
  for (const k of kinds) out[k] = await t(async () => show(await env.B.ret(k)));
  out.targetInMap = await t(async () => { const m = await env.B.ret("targetInMap"); return [m.constructor.name, typeof m.get("t"), await m.get("t").m()]; });
  out.targetInSet = await t(async () => { const s = await env.B.ret("targetInSet"); const [x] = s; return [typeof x, await x.m()]; });
  out.fnInArrayCall = await t(async () => { const [f] = await env.B.ret("fnInArray"); return await f(); });
  out.deepDepth = await t(async () => { let v = await env.B.ret("deep"); let n = 0; while (Array.isArray(v)) { v = v[0]; n++; } return [n, v]; });
  out.targetOwnFn = await t(async () => { const x = await env.B.target(); return await x.own(); });
  out.instanceFn = await t(() => env.B.instanceFn());
  out.getterTargetPipelined = await t(() => env.B.targetGetter.m());
  out.getterTargetChild = await t(() => env.B.target().child.child.m());
  out.argBack = await t(async () => { const f = await env.B.returnsArg(() => "mine"); return [typeof f, await f()]; });
  out.targetBack = await t(async () => { const x = await env.B.returnsArg(new (class extends RpcTarget { hi() { return "hi"; } })()); return [typeof x, await x.hi()]; });
  out.callWithThis = await t(() => env.B.callWithThis(function (a) { return [typeof this, a]; }));
  out.argWebSocket = await t(() => env.B.describe(pair()[0]));
  out.argGenerator = await t(() => env.B.describe((function* () {})()));
  out.argClassInstance = await t(() => env.B.describe(new (class Point {})()));
  out.argDateSub = await t(() => env.B.describe(new (class MyDate extends Date {})(0)));
  out.argErrorSub = await t(() => env.B.describe(new (class MyError extends TypeError {})("x")));
  out.throwingCtorRpc = await t(() => env.T.m());
  out.throwingCtorFetch = await t(async () => (await env.T.fetch("http://t/")).status);
`, B_VALUES, { aExtra: { serviceBindings: { B: "b", T: { name: "b", entrypoint: "Throwing" } } } }),
  two("rpcws-ws-across-binding-limits", "websocket", "WebSockets across a service binding: large messages, a long close reason, sends after the server closed, messages queued before accept", `
  const open = async () => { const r = await env.B.fetch("http://b/", { headers: { Upgrade: "websocket" } }); const ws = r.webSocket; return ws; };
  let ws = await open(); ws.accept();
  let r = next(ws); ws.send("x".repeat(1 << 20)); out.mb1 = await r;
  r = next(ws); ws.send(new Uint8Array((1 << 20) + 1)); out.mb1plus = await r;
  r = next(ws); ws.send("big:" + (2 << 20)); out.mb2FromServer = await r;
  const c = next(ws, "close"); ws.send("longreason"); out.longReason = await c;
  out.stateAfter = ws.readyState;
  out.sendAfterServerClose = await t(() => ws.send("late"));
  ws = await open();
  ws.addEventListener("message", () => {});
  const early = []; ws.addEventListener("message", (e) => early.push(e.data));
  ws.accept(); ws.send("burst");
  for (let i = 0; i < 100 && early.length < 5; i++) await sleep(20);
  out.burst = early;
  ws.close(1000);
  for (let i = 0; i < 100; i++) { out.serverLog = await (await env.B.fetch("http://b/log")).json(); if (out.serverLog.some((e) => e[0] === "close")) break; await sleep(20); }
`, `${PRELUDE}${NEXT}
const log = [];
export default { async fetch(req) {
  if (new URL(req.url).pathname === "/log") return Response.json(log);
  const [client, server] = pair();
  server.accept();
  server.addEventListener("message", (e) => {
    const d = e.data;
    if (d === "longreason") { log.push(["close long", (() => { try { server.close(1000, "r".repeat(124)); return "closed"; } catch (err) { return err.name + ": " + err.message; } })()]); if (server.readyState === 1) server.close(4000, "short"); return; }
    if (typeof d === "string" && d.startsWith("big:")) { server.send("y".repeat(Number(d.slice(4)))); return; }
    if (d === "burst") { for (let i = 0; i < 5; i++) server.send("b" + i); return; }
    log.push(["got", typeof d === "string" ? d.length : d.byteLength]);
    server.send(d);
  });
  server.addEventListener("close", (e) => log.push(["close", e.code, e.reason]));
  return new Response(null, { status: 101, webSocket: client });
} };`),
  {
    name: "rpcws-hibernation-broadcast", area: "websocket",
    description: "a hibernating Durable Object broadcasting to its sockets by tag, sockets closing, getWebSockets along the way",
    options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } },
      script: `${PRELUDE}${NEXT}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const url = new URL(req.url);
    if (url.pathname === "/state") return Response.json({ all: this.ctx.getWebSockets().length, red: this.ctx.getWebSockets("red").length, blue: this.ctx.getWebSockets("blue").length, states: this.ctx.getWebSockets().map((w) => [w.readyState, w.deserializeAttachment()]) });
    const [client, server] = pair();
    const who = url.searchParams.get("who");
    this.ctx.acceptWebSocket(server, [url.searchParams.get("team"), who]);
    server.serializeAttachment({ who });
    return new Response(null, { status: 101, webSocket: client });
  }
  webSocketMessage(ws, msg) {
    const from = ws.deserializeAttachment().who;
    if (msg.startsWith("team:")) { for (const w of this.ctx.getWebSockets(msg.slice(5))) w.send(from + "->team"); return; }
    if (msg.startsWith("dm:")) { for (const w of this.ctx.getWebSockets(msg.slice(3))) w.send(from + "->dm"); return; }
    for (const w of this.ctx.getWebSockets()) if (w !== ws) w.send(from + ":" + msg);
  }
  webSocketClose(ws, code, reason) {
    for (const w of this.ctx.getWebSockets()) { try { w.send("left:" + ws.deserializeAttachment().who + ":" + code + ":" + (w === ws)); } catch (e) { } }
  }
}
export default { async fetch(req, env, ctx) {
  const out = {};
  const stub = env.OBJ.getByName("room");
  const join = async (who, team) => { const r = await stub.fetch("http://do/ws?who=" + who + "&team=" + team, { headers: { Upgrade: "websocket" } }); const ws = r.webSocket; ws.accept(); const got = []; ws.addEventListener("message", (e) => got.push(e.data)); return { ws, got }; };
  const ann = await join("ann", "red"), bob = await join("bob", "red"), cat = await join("cat", "blue");
  out.state1 = await (await stub.fetch("http://do/state")).json();
  const until = async (f) => { for (let i = 0; i < 100 && !f(); i++) await sleep(20); };
  ann.ws.send("hello"); await until(() => bob.got.length >= 1 && cat.got.length >= 1);
  cat.ws.send("team:red"); await until(() => ann.got.length >= 1 && bob.got.length >= 2);
  bob.ws.send("dm:cat"); await until(() => cat.got.length >= 2);
  bob.ws.close(4001, "bye"); await until(() => ann.got.length >= 2 && bob.got.length >= 3 && cat.got.length >= 3); await sleep(50);
  out.state2 = await (await stub.fetch("http://do/state")).json();
  out.ann = ann.got; out.bob = bob.got; out.cat = cat.got;
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
{
  name: "rpcws-ws-close-across-binding", area: "websocket", description: "close handshakes across a service binding: the server closes first and the client replies with or without a code or never, the client closes first with and without a reply; events and ready states on both sides",
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `${PRELUDE}${NEXT2}
export default { async fetch(req, env, ctx) { const out = {};
  const open = async (id) => { const r = await env.B.fetch("http://b/" + id, { headers: { Upgrade: "websocket" } }); const ws = r.webSocket; const ev = []; for (const t of ["close", "error"]) ws.addEventListener(t, (e) => ev.push([t, e.code ?? e.message, e.reason ?? null, ws.readyState])); ws.accept(); return { ws, ev }; };
  const until = async (c, n) => { for (let i = 0; i < 100 && c.ev.length < n; i++) await sleep(20); };
  let c = await open("s1"); c.ws.send("close"); await until(c, 1); c.ws.close(1000, "ok"); await until(c, 2); out.replyWithReason = c.ev;
  c = await open("s2"); c.ws.send("close"); await until(c, 1); c.ws.close(); await until(c, 2); out.replyNoCode = c.ev;
  c = await open("s3"); c.ws.send("close"); await until(c, 1); await sleep(200); out.noReply = c.ev;
  c = await open("s4"); c.ws.close(3000, "client first"); await until(c, 2); out.clientFirst = c.ev;
  await sleep(200);
  out.server = await (await env.B.fetch("http://b/log")).json();
  return Response.json(out); } };` },
    { name: "b", modules: true, compatibilityDate: CD, script: `${NEXT2}
const log = {};
export default { async fetch(req) {
  const id = new URL(req.url).pathname.slice(1);
  if (id === "log") return Response.json(log);
  const [client, server] = pair(); server.accept(); const ev = log[id] = [];
  server.addEventListener("message", (e) => { if (e.data === "close") server.close(4000, "server first"); });
  for (const t of ["close", "error"]) server.addEventListener(t, (e) => { ev.push([t, e.code ?? e.message, e.reason ?? null, server.readyState]); if (t === "close" && id === "s4") server.close(3001, "server reply"); });
  return new Response(null, { status: 101, webSocket: client });
} };` },
  ] },
  steps: [get("/")],
},
];
