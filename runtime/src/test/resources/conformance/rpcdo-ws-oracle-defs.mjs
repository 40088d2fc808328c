// Re-record: copy oracle/defs/_h.mjs and this file (as rpcdo-ws.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcdo-ws
import { CD, PRELUDE, get, req } from "./_h.mjs";

const WAIT = `
const next = (ws, type = "message", ms = 5000) => new Promise((resolve) => {
  const timer = setTimeout(() => resolve("timeout"), ms);
  ws.addEventListener(type, (e) => { clearTimeout(timer); resolve(type === "message" ? (typeof e.data === "string" ? e.data : "bin:" + [...new Uint8Array(e.data)]) : type === "close" ? [e.code, e.reason, e.wasClean] : String(e.message ?? e.type)); }, { once: true });
});`;

export default [
  { name: "rpcdo-ws-hibernation-tags-and-limits", area: "websocket",
    description: "hibernation API: tags (duplicates, limits, lengths, non-strings), getWebSockets(tag), accept twice, attachments over the size limit, auto-response objects and their validation",
    options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, script: `${PRELUDE}${WAIT}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const url = new URL(req.url); const out = {};
    const T = (fn) => { try { const v = fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
    const pair = () => Object.values(new WebSocketPair());
    const [c1, s1] = pair(); const [c2, s2] = pair(); const [c3, s3] = pair(); const [c4, s4] = pair();
    out.accept1 = T(() => this.ctx.acceptWebSocket(s1, ["x", "y", "x"]));
    out.tags1 = T(() => this.ctx.getTags(s1));
    out.accept2 = T(() => this.ctx.acceptWebSocket(s2, ["y"]));
    out.acceptTwice = T(() => this.ctx.acceptWebSocket(s1));
    out.tooManyTags = T(() => this.ctx.acceptWebSocket(s3, Array.from({ length: 11 }, (_, i) => "t" + i)));
    out.s3State = s3.readyState;
    out.longTag = T(() => this.ctx.acceptWebSocket(s3, ["a".repeat(257)]));
    out.tag256 = T(() => { this.ctx.acceptWebSocket(s3, ["b".repeat(256)]); return this.ctx.getTags(s3)[0].length; });
    out.numberTag = T(() => { this.ctx.acceptWebSocket(s4, [5, null]); return this.ctx.getTags(s4); });
    out.byTag = { x: this.ctx.getWebSockets("x").length, y: this.ctx.getWebSockets("y").length, none: this.ctx.getWebSockets("none").length, all: this.ctx.getWebSockets().length, num: this.ctx.getWebSockets("5").length, undef: this.ctx.getWebSockets(undefined).length };
    out.tagsOfUnaccepted = T(() => this.ctx.getTags(pair()[1]));
    out.acceptClientAfterAccept = T(() => { const [a, b] = pair(); b.accept(); this.ctx.acceptWebSocket(b); });
    out.attach2048 = T(() => { s1.serializeAttachment("a".repeat(2040)); return s1.deserializeAttachment().length; });
    out.attachTooBig = T(() => s1.serializeAttachment("a".repeat(2100)));
    out.attachAfterTooBig = T(() => s1.deserializeAttachment().length);
    out.attachFunction = T(() => s1.serializeAttachment(() => 1));
    out.attachMap = T(() => { s1.serializeAttachment(new Map([[1, 2]])); const m = s1.deserializeAttachment(); return [m instanceof Map, m.get(1)]; });
    out.attachOnUnaccepted = T(() => { const [a, b] = pair(); b.serializeAttachment({ q: 1 }); return b.deserializeAttachment(); });
    out.autoNone = T(() => this.ctx.getWebSocketAutoResponse());
    out.autoSet = T(() => { this.ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong")); const p = this.ctx.getWebSocketAutoResponse(); return [p.request, p.response, Object.prototype.toString.call(p)]; });
    out.autoClear = T(() => { this.ctx.setWebSocketAutoResponse(); return this.ctx.getWebSocketAutoResponse(); });
    out.autoBadArg = T(() => this.ctx.setWebSocketAutoResponse({ request: "a", response: "b" }));
    out.pairLong = T(() => new WebSocketRequestResponsePair("a".repeat(2049), "b"));
    out.setLong = T(() => this.ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("a".repeat(2049), "b")));
    out.pairNoArgs = T(() => new WebSocketRequestResponsePair());
    out.pairNumbers = T(() => { const p = new WebSocketRequestResponsePair(1, 2); return [p.request, p.response]; });
    out.pairCall = T(() => WebSocketRequestResponsePair("a", "b"));
    out.tsNone = T(() => this.ctx.getWebSocketAutoResponseTimestamp(s1));
    out.timeoutGet = T(() => this.ctx.getHibernatableWebSocketEventTimeout());
    out.timeoutSet = T(() => { this.ctx.setHibernatableWebSocketEventTimeout(1000); return this.ctx.getHibernatableWebSocketEventTimeout(); });
    out.timeoutBig = T(() => this.ctx.setHibernatableWebSocketEventTimeout(7 * 24 * 3600 * 1000 + 1));
    out.timeoutClear = T(() => { this.ctx.setHibernatableWebSocketEventTimeout(); return this.ctx.getHibernatableWebSocketEventTimeout(); });
    out.states = [s1.readyState, s2.readyState, c1.readyState];
    out.sendFromAccepted = T(() => s1.send("hi"));
    out.closeAccepted = T(() => { s2.close(1000, "done"); return s2.readyState; });
    out.getAfterClose = this.ctx.getWebSockets("y").length;
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.getByName("a").fetch(req); } };` },
    steps: [get("/")] },

  { name: "rpcdo-ws-pair-state-machine", area: "websocket",
    description: "WebSocketPair: readyState across accept/close, close code and reason validation, sends after close, binaryType values, event data kinds, close of both ends, extension/protocol/url fields",
    options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}${WAIT}
export default { async fetch(req, env, ctx) {
  const out = {};
  const T = (fn) => { try { const v = fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
  const pair = () => { const p = new WebSocketPair(); return [p[0], p[1]]; };
  out.pairKeys = Object.keys(new WebSocketPair());
  out.pairProto = Object.prototype.toString.call(new WebSocketPair());
  const [a, b] = pair();
  out.fields = { url: a.url, protocol: a.protocol, extensions: a.extensions, binaryType: a.binaryType, state: a.readyState, consts: [WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED, a.OPEN] };
  out.sendBeforeAccept = T(() => a.send("x"));
  out.closeBeforeAccept = T(() => pair()[0].close());
  a.accept(); b.accept();
  out.acceptTwice = T(() => a.accept());
  out.afterAccept = [a.readyState, b.readyState];
  out.binaryTypeBlob = T(() => { a.binaryType = "blob"; return a.binaryType; });
  out.binaryTypeBad = T(() => { a.binaryType = "nope"; return a.binaryType; });
  a.binaryType = "arraybuffer";
  const codes = {};
  for (const code of [999, 1000, 1001, 1004, 1005, 1006, 1012, 1014, 1015, 1016, 2999, 3000, 4999, 5000, 1000.5, -1, "1000", null]) {
    const [x, y] = pair(); x.accept(); y.accept();
    codes[String(code)] = T(() => { x.close(code, "r"); return x.readyState; });
  }
  out.codes = codes;
  out.reasonLong = T(() => { const [x, y] = pair(); x.accept(); x.close(1000, "r".repeat(124)); });
  out.reason123 = T(() => { const [x, y] = pair(); x.accept(); x.close(1000, "r".repeat(123)); return x.readyState; });
  out.reasonMultibyte = T(() => { const [x, y] = pair(); x.accept(); x.close(1000, "é".repeat(62)); });
  out.reasonNoCode = T(() => { const [x, y] = pair(); x.accept(); x.close(undefined, "why"); return x.readyState; });
  const m1 = next(b); a.send(new Uint8Array([1, 2]).buffer); out.binMsg = await m1;
  const m2 = next(b); a.send(new DataView(new Uint8Array([3, 4, 5]).buffer, 1)); out.dvMsg = await m2;
  const m3 = next(b); a.send(new Blob(["blob"])); out.blobSend = await m3;
  out.sendNumber = T(() => a.send(42));
  const m4 = next(b); out.numberMsg = await m4;
  const closeB = next(b, "close"); const closeA = next(a, "close");
  a.close(4000, "bye");
  out.stateAfterClose = a.readyState;
  out.sendAfterClose = T(() => a.send("late"));
  out.closeAgain = T(() => { a.close(4001, "again"); return a.readyState; });
  out.bSaw = await closeB;
  out.bState = b.readyState;
  out.bSendWhileClosing = T(() => b.send("reply"));
  b.close(4002, "answer");
  out.aSaw = await closeA;
  out.final = [a.readyState, b.readyState];
  out.bSendAfter = T(() => b.send("x"));
  return Response.json(out);
} };` },
    steps: [get("/")] },
];
