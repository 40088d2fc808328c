// Oracle definitions of the webapi2-compat-probe2-* and webapi2-messagechannel-2026 cases: put this file beside the oracle's defs/_h.mjs to re-record them.
import { modWorker, get } from "./_h.mjs";
const J = (body, extra) => modWorker(`    const out = {};\n    const P = async (k, fn) => { out[k] = await t(fn); };\n    const tick = () => new Promise((r) => setTimeout(r, 5));\n${body}\n    return Response.json(out);`, extra);
const R2 = `
    await P("importScripts", async () => typeof importScripts !== "function" ? "none" : [importScripts.length, importScripts.name, await t(() => importScripts("x.js")), await t(() => importScripts())]);
    await P("cacheModes", async () => { const r = []; for (const m of ["default", "no-store", "reload", "no-cache", "force-cache", "only-if-cached", "bogus"]) r.push(await t(() => new Request("http://x/", { cache: m }).cache)); return r; });
    await P("cacheClone", () => { const a = new Request("http://x/", { cache: "no-store" }); return [new Request(a).cache, a.clone().cache, new Request("http://y/").cache]; });
    await P("wsMessageTypes", async () => { const [c, s] = Object.values(new WebSocketPair()); c.accept(); s.accept(); const raw = []; c.addEventListener("message", (e) => raw.push(e.data)); s.send(new Uint8Array([104, 105])); s.send("str"); s.send(new Uint8Array([1]).buffer); await tick(); const t0 = c.binaryType; c.binaryType = "arraybuffer"; s.send(new Uint8Array([7])); await tick(); const got = []; for (const d of raw) got.push([typeof d, d?.constructor?.name, d instanceof Blob ? await d.text() : typeof d === "string" ? d : [...new Uint8Array(d)]]); return [t0, got]; });
    await P("wsBinaryTypeSet", () => { const [c] = Object.values(new WebSocketPair()); const r = [c.binaryType]; for (const v of ["arraybuffer", "blob", "nope", ""]) { try { c.binaryType = v; r.push(c.binaryType); } catch (e) { r.push(e.name + ": " + e.message); } } return r; });
    const pats = [
      () => new URLPattern("https://example.com/foo"),
      () => new URLPattern("https://example.com/foo?x"),
      () => new URLPattern("https://example.com/foo#h"),
      () => new URLPattern("/foo", "https://example.com/base?q#f"),
      () => new URLPattern({ hostname: "example.com" }),
      () => new URLPattern({ pathname: "/a", baseURL: "https://e.com/x?y#z" }),
      () => new URLPattern("https://*.example.com/*"),
      () => new URLPattern("http://example.com:8080/a/:id(\\\\d+)"),
      () => new URLPattern({ protocol: "http", port: "80" }),
      () => new URLPattern("data\\\\:foo*"),
      () => new URLPattern({ pathname: "/:a/:b?" }),
      () => new URLPattern({ search: "a=1" }),
    ];
    const show = (p) => [p.protocol, p.username, p.password, p.hostname, p.port, p.pathname, p.search, p.hash, p.hasRegExpGroups];
    await P("patterns", () => pats.map((f) => { try { return show(f()); } catch (e) { return e.name + ": " + e.message; } }));
    await P("patternTests", () => { const p = new URLPattern("https://example.com/foo"); const q = new URLPattern({ pathname: "/:a/:b?" }); return [p.test("https://example.com/foo"), p.test("https://example.com/foo?x=1"), p.test("https://example.com/foo#h"), q.test("http://x/1"), q.test("http://x/1/2"), q.test({ pathname: "/1/2/3" }), JSON.stringify(q.exec("http://x/1")), JSON.stringify(new URLPattern({ pathname: "/x" }).exec({ pathname: "/x" }))]; });
    await P("patternErrors", () => ["not a url", "https://example.com/(", "https://example.com/:id(", { pathname: "(" }, { protocol: "ht tp" }, { hostname: "a b" }, { port: "x" }].map((i) => { try { new URLPattern(i); return "ok"; } catch (e) { return e.name + ": " + e.message; } }));
    await P("patternTestErrors", () => { const p = new URLPattern({ pathname: "/x" }); const r = []; for (const a of [[], [5], ["/x", "bad base"], [{ pathname: "/x" }, "http://b/"]]) { try { r.push(p.test(...a)); } catch (e) { r.push(e.name + ": " + e.message); } } return r; });
    await P("patternCtorErrors", () => { const r = []; for (const a of [[], [5], [{}, "base"], [{ pathname: "/x" }, { ignoreCase: "yes" }], ["/x", "https://e.com", { ignoreCase: true }]]) { try { const p = new URLPattern(...a); r.push(show(p)); } catch (e) { r.push(e.name + ": " + e.message); } } return r; });
`;
const MC = `
    await P("shape", () => { const mc = new MessageChannel(); return [Object.prototype.toString.call(mc), Object.prototype.toString.call(mc.port1), mc.port1 instanceof MessagePort, mc.port1 instanceof EventTarget, mc.port1 === mc.port1, Object.getOwnPropertyNames(MessageChannel.prototype).sort(), Object.getOwnPropertyNames(MessagePort.prototype).sort(), mc.port1.onmessage, mc.port1.onmessageerror, MessageChannel.length, MessagePort.length]; });
    await P("portCtor", () => new MessagePort());
    await P("mcCall", () => MessageChannel());
    await P("delivery", async () => { const mc = new MessageChannel(); const got = []; mc.port2.onmessage = function (e) { got.push([e.constructor.name, e.type, e.data, Array.isArray(e.ports) ? e.ports.length : String(e.ports), e.source, e.origin, e.lastEventId, e.target === mc.port2, this === mc.port2, e.isTrusted, e.cancelable, e.bubbles]); }; mc.port1.postMessage({ a: 1 }); mc.port1.postMessage("s"); const s0 = got.length; await null; await null; const m0 = got.length; await tick(); return [s0, m0, got]; });
    await P("order", async () => { const mc = new MessageChannel(); const seen = []; mc.port2.onmessage = (e) => seen.push("msg" + e.data); mc.port1.postMessage(1); Promise.resolve().then(() => seen.push("micro")); setTimeout(() => seen.push("timeout"), 0); mc.port1.postMessage(2); seen.push("sync"); await tick(); await tick(); return seen; });
    await P("reverse", async () => { const mc = new MessageChannel(); let got; mc.port1.onmessage = (e) => { got = e.data; }; mc.port2.postMessage([1, 2]); await tick(); return got; });
    await P("clone", async () => { const mc = new MessageChannel(); const o = { x: [1], d: new Date(0), m: new Map([[1, 2]]) }; let recv; mc.port2.onmessage = (e) => { recv = e.data; }; mc.port1.postMessage(o); await tick(); return [recv !== o, recv.x, recv.d instanceof Date, recv.m instanceof Map, recv.m.get(1)]; });
    await P("listenerNoStart", async () => { const mc = new MessageChannel(); const g = []; mc.port2.addEventListener("message", (e) => g.push(e.data)); mc.port1.postMessage(1); await tick(); const before = g.length; mc.port2.start(); await tick(); return [before, g]; });
    await P("queuedBeforeHandler", async () => { const mc = new MessageChannel(); mc.port1.postMessage("early"); await tick(); const g = []; mc.port2.onmessage = (e) => g.push(e.data); await tick(); return g; });
    await P("closeSender", async () => { const mc = new MessageChannel(); const g = []; mc.port2.onmessage = (e) => g.push(e.data); mc.port1.close(); const r = await t(() => mc.port1.postMessage(1)); await tick(); return [r, g]; });
    await P("closeReceiver", async () => { const mc = new MessageChannel(); const g = []; mc.port2.onmessage = (e) => g.push(e.data); mc.port1.postMessage(1); mc.port2.close(); await tick(); return g; });
    await P("closeAfterPost", async () => { const mc = new MessageChannel(); const g = []; mc.port2.onmessage = (e) => g.push(e.data); mc.port1.postMessage(1); mc.port1.close(); await tick(); return g; });
    await P("unclonable", () => new MessageChannel().port1.postMessage(() => 1));
    await P("unclonableSymbol", () => new MessageChannel().port1.postMessage(Symbol("s")));
    await P("noArgs", () => new MessageChannel().port1.postMessage());
    await P("undefinedMsg", async () => { const mc = new MessageChannel(); let got = "unset"; mc.port2.onmessage = (e) => { got = e.data; }; mc.port1.postMessage(undefined); await tick(); return got === undefined ? "undefined" : got; });
    await P("transferPort", () => { const a = new MessageChannel(); const b = new MessageChannel(); a.port1.postMessage("x", [b.port1]); return "ok"; });
    await P("transferBuffer", async () => { const mc = new MessageChannel(); const buf = new Uint8Array([1, 2]).buffer; let got; mc.port2.onmessage = (e) => { got = e.data; }; mc.port1.postMessage(buf, [buf]); await tick(); return [buf.byteLength, got?.byteLength]; });
    await P("transferOptions", async () => { const mc = new MessageChannel(); const buf = new Uint8Array([1, 2]).buffer; let got; mc.port2.onmessage = (e) => { got = e.data; }; mc.port1.postMessage(buf, { transfer: [buf] }); await tick(); return [buf.byteLength, got?.byteLength]; });
    await P("throwingHandler", async () => { const mc = new MessageChannel(); const g = []; mc.port2.onmessage = (e) => { g.push(e.data); throw new Error("h"); }; mc.port1.postMessage(1); mc.port1.postMessage(2); await tick(); return g; });
    await P("onmessageNonFn", () => { const mc = new MessageChannel(); mc.port1.onmessage = 5; const a = mc.port1.onmessage; const f = () => {}; mc.port1.onmessage = f; return [a, mc.port1.onmessage === f]; });
    await P("dispatchManual", () => { const mc = new MessageChannel(); let n = 0; mc.port1.onmessage = () => n++; mc.port1.dispatchEvent(new MessageEvent("message", { data: 1 })); return n; });
    await P("broadcast", () => typeof BroadcastChannel);
    await P("source", async () => { const mc = new MessageChannel(); let r; mc.port2.onmessage = function (e) { r = [e.source === mc.port1, e.source === mc.port2, e.source === null, Object.prototype.toString.call(e.source), this === globalThis, this === undefined, typeof this, Object.isFrozen(e.ports), e.ports === e.ports]; }; mc.port1.postMessage(1); await tick(); return r; });
    await P("throwing", async () => { const mc = new MessageChannel(); const g = []; mc.port2.onmessage = (e) => { g.push([e.type, e.constructor.name, typeof e.data, String(e.data), e.data?.message]); if (e.data === 1) throw new Error("h"); }; mc.port1.postMessage(1); await tick(); return g; });
    await P("throwingListener", async () => { const mc = new MessageChannel(); const g = []; mc.port2.addEventListener("message", (e) => { g.push([e.type, String(e.data)]); if (e.data === 1) throw new Error("h"); }); mc.port2.start(); mc.port1.postMessage(1); await tick(); return g; });
    await P("onmessageerror", async () => { const mc = new MessageChannel(); const g = []; mc.port2.onmessage = (e) => { g.push("m"); throw new Error("h"); }; mc.port2.onmessageerror = (e) => g.push("me"); mc.port2.addEventListener("error", (e) => g.push("err")); mc.port1.postMessage(1); await tick(); return g; });
    await P("startTwice", async () => { const mc = new MessageChannel(); const g = []; mc.port2.addEventListener("message", (e) => g.push(e.data)); mc.port2.start(); mc.port2.start(); mc.port1.postMessage(1); await tick(); return g; });
    await P("handlerNull", async () => { const mc = new MessageChannel(); const g = []; mc.port2.onmessage = (e) => g.push(e.data); mc.port1.postMessage(1); mc.port2.onmessage = null; await tick(); mc.port1.postMessage(2); await tick(); return g; });
    await P("selfPost", async () => { const mc = new MessageChannel(); const g = []; mc.port1.onmessage = (e) => g.push("p1:" + e.data); mc.port2.onmessage = (e) => g.push("p2:" + e.data); mc.port1.postMessage("a"); await tick(); return g; });
    await P("closeTwice", () => { const mc = new MessageChannel(); mc.port1.close(); mc.port1.close(); return "ok"; });
    await P("postClosedReceiver", async () => { const mc = new MessageChannel(); const g = []; mc.port2.onmessage = (e) => g.push(e.data); mc.port2.close(); mc.port1.postMessage(1); await tick(); return g; });
    await P("keys", () => { const mc = new MessageChannel(); return [Object.keys(mc), Object.getOwnPropertyNames(mc), typeof Object.getOwnPropertyDescriptor(MessageChannel.prototype, "port1"), Object.keys(mc.port1)]; });
    await P("globalMessage", () => [typeof globalThis.onmessage, typeof globalThis.postMessage]);
`;
export default [
  ...["2024-01-01", "2025-01-01", "2026-04-20"].map((d) => ({
    name: `webapi2-compat-probe2-${d}`, area: "web-api",
    description: `more compatibility-dated behaviours at ${d}: importScripts, Request cache modes, WebSocket binaryType and message data types, URLPattern (original or standard) shapes, matching and errors`,
    options: J(R2, { compatibilityDate: d }), steps: [get("/")],
  })),
  { name: "webapi2-messagechannel-2026", area: "web-api", description: "MessageChannel/MessagePort from expose_global_message_channel (2026-04-20): shape, delivery order and events, cloning, start(), close(), transfer and errors",
    options: J(MC, { compatibilityDate: "2026-04-20" }), steps: [get("/")] },
];
