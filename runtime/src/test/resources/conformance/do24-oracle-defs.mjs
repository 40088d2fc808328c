// Re-record: copy oracle/defs/_h.mjs and this file (as do24.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do24-
import { CD, PRELUDE, get } from "./_h.mjs";
const HEAD = `
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const guard = (p, ms = 3000) => Promise.race([p, new Promise((r) => setTimeout(() => r("timeout"), ms))]);
const short = (d) => typeof d === "string" ? (d.length > 40 ? "len:" + d.length : d) : d instanceof ArrayBuffer ? "buf:" + d.byteLength + ":" + [...new Uint8Array(d)].slice(0, 8).join(",") : Object.prototype.toString.call(d);
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
const wsCase = (name, description, script, { date = CD, steps = [get("/")], sql = false } = {}) => ({
  name, area: "websocket", description,
  options: { modules: true, compatibilityDate: date, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});
const doCase = (name, description, script, { date = CD, steps = [get("/")], sql = false } = {}) => ({
  name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: date, durableObjects: { DO: sql ? { className: "Obj", useSQLite: true } : "Obj" }, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});

// Inside webSocketClose: what the closing socket looks like and what the object's API says about it.
const CLOSE_INSIDE = `
export class Obj extends DurableObject {
  log = [];
  async fetch(req) {
    const [c, s] = Object.values(new WebSocketPair());
    const tag = new URL(req.url).pathname.slice(1);
    this.ctx.acceptWebSocket(s, [tag, "all"]);
    s.serializeAttachment({ tag });
    return new Response(null, { status: 101, webSocket: c });
  }
  webSocketMessage(ws, m) { ws.send("echo:" + m); }
  webSocketClose(ws, code, reason, clean) {
    const l = { code, reason, clean };
    l.state = ws.readyState;
    l.att = T(() => ws.deserializeAttachment());
    l.tags = T(() => this.ctx.getTags(ws));
    l.all = this.ctx.getWebSockets().length;
    l.allTag = this.ctx.getWebSockets("all").length;
    l.self = this.ctx.getWebSockets(l.att.tag).length;
    l.includesSelf = this.ctx.getWebSockets().includes(ws);
    l.send = T(() => ws.send("late"));
    l.reattach = T(() => ws.serializeAttachment({ again: 1 }));
    l.att2 = T(() => ws.deserializeAttachment());
    l.close = T(() => ws.close(code === 1005 ? 1000 : code, "bye:" + reason));
    l.stateAfter = ws.readyState;
    l.close2 = T(() => ws.close(1000));
    l.send2 = T(() => ws.send("later"));
    this.log.push(l);
  }
  state() {
    return { log: this.log, all: this.ctx.getWebSockets().length, tagged: this.ctx.getWebSockets("all").map((w) => [w.readyState, this.ctx.getTags(w), w.deserializeAttachment()]) };
  }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("c"); const out = {};
  const a = await connect(stub, "/a");
  const b = await connect(stub, "/b");
  a.ws.send("hi"); out.a1 = await a.until(1);
  a.ws.close(4001, "first");
  out.a = await a.until(2);
  out.st1 = await stub.state();
  b.ws.close();
  out.b = await b.until(1);
  out.st2 = await stub.state();
  return Response.json(out);
} };`;

// Message payload kinds sent between a client and a hibernated / accepted socket, both ways.
const KINDS = (hib) => `
export class Obj extends DurableObject {
  log = [];
  async fetch(req) {
    const [c, s] = Object.values(new WebSocketPair());
    ${hib ? "this.ctx.acceptWebSocket(s);" : `s.accept(); s.addEventListener("message", (e) => this.webSocketMessage(s, e.data));`}
    return new Response(null, { status: 101, webSocket: c });
  }
  webSocketMessage(ws, m) {
    this.log.push(short(m));
    if (m === "kinds") {
      const u = new Uint8Array([1, 2, 3, 4, 5, 6]);
      const r = {};
      r.sub = T(() => ws.send(u.subarray(2, 4)));
      r.dv = T(() => ws.send(new DataView(u.buffer, 1, 2)));
      r.u16 = T(() => ws.send(new Uint16Array([258])));
      r.num = T(() => ws.send(5));
      r.nul = T(() => ws.send(null));
      r.undef = T(() => ws.send(undefined));
      r.obj = T(() => ws.send({ a: 1 }));
      r.blob = T(() => ws.send(new Blob(["zz"])));
      r.empty = T(() => ws.send(""));
      r.emptyBuf = T(() => ws.send(new ArrayBuffer(0)));
      r.noArg = T(() => ws.send());
      r.detached = T(() => { const b = new ArrayBuffer(2); structuredClone(b, { transfer: [b] }); return ws.send(b); });
      ws.send(JSON.stringify(r));
      ws.send("end");
    }
  }
  getLog() { return this.log; }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("k"); const out = {};
  const c = await connect(stub);
  const u = new Uint8Array([9, 8, 7, 6]);
  out.cSub = T(() => c.ws.send(u.subarray(1, 3)));
  out.cDv = T(() => c.ws.send(new DataView(u.buffer, 2)));
  out.cNum = T(() => c.ws.send(7));
  out.cBlob = T(() => c.ws.send(new Blob(["b"])));
  out.cEmpty = T(() => c.ws.send(""));
  c.ws.send("kinds");
  await guard(new Promise((r) => { const i = setInterval(() => { if (c.got.includes("end")) { clearInterval(i); r(); } }, 5); }));
  out.got = c.got;
  out.log = await stub.getLog();
  return Response.json(out);
} };`;

// Sockets of the object: getWebSockets order, tag filters, duplicates and odd tag arguments.
const TAGS = `
export class Obj extends DurableObject {
  async fetch(req) {
    const u = new URL(req.url);
    const tags = JSON.parse(decodeURIComponent(u.searchParams.get("t") ?? "null"));
    const [c, s] = Object.values(new WebSocketPair());
    const r = tags === null ? T(() => this.ctx.acceptWebSocket(s)) : T(() => this.ctx.acceptWebSocket(s, tags));
    if (Array.isArray(r)) return Response.json(r, { status: 400 });
    return new Response(null, { status: 101, webSocket: c });
  }
  q() {
    const n = (x) => T(() => this.ctx.getWebSockets(x).map((w) => this.ctx.getTags(w)));
    return { all: n(), a: n("a"), A: n("A"), num: n(1), undef: n(undefined), nul: n(null), empty: n(""), obj: n({ toString() { return "a"; } }), arr: n(["a"]) };
  }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("t"); const out = {};
  const open = async (tags) => { const res = await stub.fetch("http://do/?t=" + encodeURIComponent(JSON.stringify(tags)), { headers: { Upgrade: "websocket" } }); if (res.webSocket) { res.webSocket.accept(); return res.status; } return [res.status, await res.json()]; };
  out.o1 = await open(["a", "b"]);
  out.o2 = await open(null);
  out.o3 = await open(["b", "a", "a"]);
  out.o4 = await open([1, true]);
  out.o5 = await open([]);
  out.o6 = await open("ab");
  out.o7 = await open([""]);
  out.o8 = await open(["A"]);
  out.q = await stub.q();
  return Response.json(out);
} };`;

// The hibernatable event timeout and auto-response getters inside the object.
const MISC = `
export class Obj extends DurableObject {
  async fetch(req) {
    const [c, s] = Object.values(new WebSocketPair());
    this.ctx.acceptWebSocket(s);
    return new Response(null, { status: 101, webSocket: c });
  }
  q() {
    const c = this.ctx; const o = {};
    o.t0 = T(() => c.getHibernatableWebSocketEventTimeout());
    o.set1 = T(() => c.setHibernatableWebSocketEventTimeout(1500.7));
    o.t1 = T(() => c.getHibernatableWebSocketEventTimeout());
    o.setStr = T(() => c.setHibernatableWebSocketEventTimeout("2000"));
    o.t2 = T(() => c.getHibernatableWebSocketEventTimeout());
    o.setNaN = T(() => c.setHibernatableWebSocketEventTimeout(NaN));
    o.t3 = T(() => c.getHibernatableWebSocketEventTimeout());
    o.setNull = T(() => c.setHibernatableWebSocketEventTimeout(null));
    o.t4 = T(() => c.getHibernatableWebSocketEventTimeout());
    o.ar0 = T(() => c.getWebSocketAutoResponse());
    o.setAR = T(() => c.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong")));
    const p = c.getWebSocketAutoResponse();
    o.ar1 = [p?.constructor?.name, p?.request, p?.response, Object.keys(p ?? {}), p === c.getWebSocketAutoResponse()];
    o.setObj = T(() => c.setWebSocketAutoResponse({ request: "a", response: "b" }));
    o.ar2 = T(() => c.getWebSocketAutoResponse()?.request);
    o.setNone = T(() => c.setWebSocketAutoResponse());
    o.ar3 = T(() => c.getWebSocketAutoResponse());
    o.ts = T(() => c.getWebSocketAutoResponseTimestamp());
    o.ts2 = T(() => c.getWebSocketAutoResponseTimestamp({}));
    const ws = c.getWebSockets()[0];
    o.tsWs = T(() => c.getWebSocketAutoResponseTimestamp(ws));
    o.pairProps = T(() => { const q = new WebSocketRequestResponsePair("x", "y"); return [Object.getOwnPropertyNames(Object.getPrototypeOf(q)), typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(q), "request")?.get, Object.keys(q), JSON.stringify(q)]; });
    o.pairNum = T(() => { const q = new WebSocketRequestResponsePair(1, 2); return [q.request, q.response]; });
    o.pairCall = T(() => WebSocketRequestResponsePair("a", "b"));
    return o;
  }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("m");
  const c = await connect(stub);
  const out = await stub.q();
  return Response.json(out);
} };`;

const first = [
  wsCase("do24-ws-hibernation-inside-close-handler", "inside webSocketClose: the closing socket's state, tags, attachment, whether getWebSockets lists it, send/close/serializeAttachment results", CLOSE_INSIDE),
  wsCase("do24-ws-send-payload-kinds-hibernated", "views, numbers, null, Blob and empty payloads sent both ways through a hibernated socket", KINDS(true)),
  wsCase("do24-ws-send-payload-kinds-accepted", "views, numbers, null, Blob and empty payloads sent both ways through an accepted socket", KINDS(false)),
  wsCase("do24-ws-hibernation-tag-arguments", "acceptWebSocket tag argument forms and getWebSockets filter argument forms", TAGS),
  wsCase("do24-ws-hibernation-timeout-and-auto-response-getters", "event timeout setter conversions and the auto-response getters and pair class", MISC),
];

// A hibernated and an accepted socket when the object is reset (ctx.abort, or a throwing blockConcurrencyWhile).
const RESET = (how) => `
export class Obj extends DurableObject {
  born = Date.now() + ":" + Math.random();
  async fetch(req) {
    const [c, s] = Object.values(new WebSocketPair());
    if (new URL(req.url).pathname === "/h") this.ctx.acceptWebSocket(s, ["h"]);
    else { s.accept(); s.addEventListener("message", (e) => s.send("acc:" + e.data)); }
    return new Response(null, { status: 101, webSocket: c });
  }
  webSocketMessage(ws, m) { ws.send("hib:" + m + ":" + this.ctx.getWebSockets().length); }
  webSocketClose(ws, code, reason) { }
  kill() { ${how === "abort" ? `this.ctx.abort("bye now");` : `this.ctx.blockConcurrencyWhile(async () => { throw new Error("bcw boom"); });`} return "killed"; }
  who() { return this.born; }
  count() { return this.ctx.getWebSockets().length; }
}
export default { async fetch(req, env) {
  const stub = env.DO.getByName("r"); const out = {};
  const h = await connect(stub, "/h");
  const a = await connect(stub, "/a");
  h.ws.send("1"); a.ws.send("1");
  out.before = [await h.until(1), await a.until(1)];
  const born = await stub.who();
  out.kill = ${how === "abort" ? "await TA(() => stub.kill())" : "(await TA(() => stub.kill()), \"called\")"};
  out.h = await guard(h.until(2), 800);
  out.a = await guard(a.until(2), 800);
  out.hState = h.ws.readyState; out.aState = a.ws.readyState;
  const stub2 = env.DO.getByName("r");
  out.sameInstance = (await TA(() => stub2.who())) === born;
  out.count = await TA(() => stub2.count());
  out.oldStub = await TA(() => stub.count());
  out.hSend = T(() => h.ws.send("2"));
  out.h2 = await guard(h.until(3), 300);
  return Response.json(out);
} };`;
export const more = [
  wsCase("do24-ws-sockets-when-object-aborted", "a hibernated and an accepted socket of an object that calls ctx.abort(): what the clients see, and the sockets the next instance lists", RESET("abort")),
  wsCase("do24-ws-sockets-when-bcw-throws", "a hibernated and an accepted socket of an object whose blockConcurrencyWhile callback throws: what the clients see, and the sockets the next instance lists", RESET("bcw")),
];


export default [...first, ...more];
