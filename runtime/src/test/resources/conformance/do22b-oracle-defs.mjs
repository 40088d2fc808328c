// Re-record: copy oracle/defs/_h.mjs and this file (as do22b.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do22-
import { CD, PRELUDE, get } from "./_h.mjs";

const RECENT = "2026-04-26";
const HEAD = `
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const cps = (s) => typeof s === "string" ? [...s].map((c) => c.codePointAt(0).toString(16)).join(",") : s;
const next = (ws, type = "message", ms = 1000) => new Promise((resolve) => { const t = setTimeout(() => resolve("timeout"), ms); ws.addEventListener(type, (e) => { clearTimeout(t); resolve(e); }, { once: true }); });
`;
const wsCase = (name, description, script, { date = CD, flags, steps = [get("/")] } = {}) => ({
  name, area: "websocket", description,
  options: { modules: true, compatibilityDate: date, ...(flags ? { compatibilityFlags: flags } : {}), durableObjects: { DO: "Obj" }, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});

const SURR = `
export class Obj extends DurableObject {
  async fetch(req) {
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1], ["t\\ud800", "ok"]);
    this.ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("p\\ud800", "r\\udc00"));
    const ar = this.ctx.getWebSocketAutoResponse();
    pair[1].serializeAttachment({ a: "x\\ud800" });
    return new Response(null, { status: 101, webSocket: pair[0], headers: { "x-ar": JSON.stringify([cps(ar.request), cps(ar.response)]) } });
  }
  async webSocketMessage(ws, msg) {
    if (msg === "close") { ws.close(4001, "z\\ud800"); return; }
    ws.send(JSON.stringify({ echo: cps(msg), tags: this.ctx.getTags(ws).map(cps), byTag: this.ctx.getWebSockets("t\\ud800").length, byTag3: this.ctx.getWebSockets("t\\ufffd\\ufffd\\ufffd").length, att: cps(ws.deserializeAttachment().a) }));
  }
  async webSocketClose(ws, code, reason) { await this.ctx.storage.put("closed", [code, cps(reason)]); }
  async closed() { return (await this.ctx.storage.get("closed")) ?? null; }
}
export default { async fetch(req, env) {
  const out = {};
  const direct = new WebSocketRequestResponsePair("p\\ud800", "r\\udc00"); out.pairDirect = [cps(direct.request), cps(direct.response)];
  const p = new WebSocketPair(); p[0].accept(); p[1].accept();
  let m = next(p[0]); p[1].send("a\\ud800b"); out.pairText = cps((await m).data);
  m = next(p[0]); p[1].send("\\udc00"); out.pairLone = cps((await m).data);
  out.reasonLong = T(() => p[1].close(1000, "x".repeat(121) + "\\ud800"));
  out.reasonLong2 = T(() => p[1].close(1000, "x".repeat(120) + "\\ud800"));
  const c = next(p[0], "close"); out.closeOk = T(() => p[1].close(1000, "q\\udfff")); const ce = await c; out.pairClose = [ce.code, cps(ce.reason)];
  const stub = env.DO.getByName("w");
  const res = await stub.fetch("http://x/", { headers: { Upgrade: "websocket" } });
  out.doBody = [res.status, res.headers.get("x-ar")];
  const ws = res.webSocket; ws.accept();
  m = next(ws); ws.send("h\\ud800i"); out.doEcho = JSON.parse((await m).data);
  m = next(ws); ws.send("p\\ud800"); out.autoRaw = cps((await m).data);
  m = next(ws); ws.send("p\\ufffd\\ufffd\\ufffd"); const ar3 = await m; out.autoTriple = ar3 === "timeout" ? "timeout" : cps(ar3.data);
  const cl = next(ws, "close"); ws.send("close"); const cle = await cl; out.doClose = [cle.code, cps(cle.reason)];
  return Response.json(out);
} };`;

const TAGS = `
export class Obj extends DurableObject {
  run() {
    const out = {};
    for (const [k, tag] of Object.entries({ ascii256: "a".repeat(256), ascii257: "a".repeat(257), e129: "\\u00e9".repeat(129), e128: "\\u00e9".repeat(128), euro86: "\\u20ac".repeat(86), euro85: "\\u20ac".repeat(85), emoji64: "\\ud83d\\ude00".repeat(64), emoji65: "\\ud83d\\ude00".repeat(65), lone86: "\\ud800".repeat(86) })) {
      const p = new WebSocketPair();
      out[k] = T(() => { this.ctx.acceptWebSocket(p[1], [tag]); return this.ctx.getTags(p[1])[0].length; });
      if (Array.isArray(out[k])) out[k] = [out[k][0], out[k][1].length];
    }
    const p = new WebSocketPair();
    out.dup = T(() => { this.ctx.acceptWebSocket(p[1], ["x", "x", "y"]); return this.ctx.getTags(p[1]); });
    out.dupCount = this.ctx.getWebSockets("x").length;
    return out;
  }
}
export default { async fetch(req, env) { return Response.json(await env.DO.getByName("t").run()); } };`;

const XW_DO = `
export class Obj extends DurableObject {
  async fetch(req) {
    const pair = new WebSocketPair();
    this.ctx.acceptWebSocket(pair[1]);
    this.ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("p\\ud800", "r\\udc00"));
    return new Response(null, { status: 101, webSocket: pair[0] });
  }
  async webSocketMessage(ws, msg) {
    if (msg === "close") { ws.close(4002, "c\\ud800"); return; }
    ws.send(JSON.stringify({ got: cps(msg) })); ws.send("s\\udfff");
  }
}
export default { fetch() { return new Response("b"); } };`;
const XW_MAIN = `
export default { async fetch(req, env) {
  const out = {};
  const res = await env.DO.getByName("x").fetch("http://x/", { headers: { Upgrade: "websocket" } });
  const ws = res.webSocket; ws.accept();
  const msgs = []; let wake; ws.addEventListener("message", (e) => { msgs.push(e.data); wake?.(); });
  const wait = async (n) => { while (msgs.length < n) await Promise.race([new Promise((r) => { wake = r; }), scheduler.wait(1000)]); };
  ws.send("h\\ud800i"); await wait(2);
  out.got = [JSON.parse(msgs[0]).got, cps(msgs[1])];
  ws.send("p\\ud800"); await wait(3); out.auto = cps(msgs[2]);
  const cl = next(ws, "close"); ws.send("close"); const e = await cl; out.close = [e.code, cps(e.reason)];
  return Response.json(out);
} };`;
const xwCase = (name, description) => ({
  name, area: "websocket", description,
  options: { workers: [
    { name: "main", modules: true, compatibilityDate: RECENT, durableObjects: { DO: { className: "Obj", scriptName: "b" } }, script: `${PRELUDE}${HEAD}${XW_MAIN}` },
    { name: "b", modules: true, compatibilityDate: RECENT, durableObjects: { DO: "Obj" }, script: `${PRELUDE}${HEAD}${XW_DO}` },
  ] },
  steps: [get("/")],
});

export default [
  wsCase("do22-ws-hibernation-tag-lengths", "hibernation tags: the 256 limit against UTF-8 bytes and UTF-16 units, duplicate tags", TAGS, { date: RECENT }),
  xwCase("do22-ws-lone-surrogates-across-workers", "lone surrogates in messages, auto-responses and close reasons between a worker and a hibernating Durable Object of another worker"),
  wsCase("do22-ws-lone-surrogates", "lone surrogates in messages, close reasons, hibernation tags, auto-response pairs and attachments", SURR, { date: RECENT }),
];


