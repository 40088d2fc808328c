// Re-record: copy oracle/defs/_h.mjs and this file (as do25.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do25-
import { CD, PRELUDE, get } from "./_h.mjs";
const SOCK = `
import { connect } from "cloudflare:sockets";
import { DurableObject } from "cloudflare:workers";
const E = (e) => [e?.constructor?.name, e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
`;
const sockCase = (name, description, body, { steps = [get("/")], obj = "" } = {}) => ({
  name, area: "sockets", description,
  options: { modules: true, compatibilityDate: CD, ...(obj ? { durableObjects: { DO: "Obj" } } : {}), script: `${PRELUDE}${SOCK}${obj}
export default { async fetch(req, env, ctx) { const url = new URL(req.url); const out = {};
${body}
  return Response.json(out); } };` },
  steps,
});
const ADDR = `
  const shape = (s) => s && typeof s === "object" ? [s.constructor.name, s.secureTransport, s.upgraded] : s;
  const tries = {
    url: () => connect(new URL("tcp://127.0.0.1:1")),
    bracketNoPort: () => connect("[::1]"),
    threeColons: () => connect("a:b:1"),
    strPortBig: () => connect("127.0.0.1:65536"),
    strPortNeg: () => connect("127.0.0.1:-1"),
    strPortSpace: () => connect("127.0.0.1: 80"),
    strPortPlus: () => connect("127.0.0.1:+80"),
    strPortLeadingZero: () => connect("127.0.0.1:080"),
    strPortZero: () => connect("127.0.0.1:0"),
    strPortEmpty: () => connect("127.0.0.1:"),
    onlyPort: () => connect(":80"),
    spaceHost: () => connect(" :80"),
    objStrPort: () => connect({ hostname: "127.0.0.1", port: "80" }),
    objBadStrPort: () => connect({ hostname: "127.0.0.1", port: "x" }),
    objFracPort: () => connect({ hostname: "127.0.0.1", port: 80.9 }),
    objNaNPort: () => connect({ hostname: "127.0.0.1", port: NaN }),
    objHugePort: () => connect({ hostname: "127.0.0.1", port: 2 ** 32 + 80 }),
    objEmptyHost: () => connect({ hostname: "", port: 80 }),
    objNullHost: () => connect({ hostname: null, port: 80 }),
    objNumHost: () => connect({ hostname: 127, port: 80 }),
    objHostWithPort: () => connect({ hostname: "127.0.0.1:5", port: 80 }),
    objNoPort: () => connect({ hostname: "127.0.0.1" }),
    arr: () => connect(["127.0.0.1:1"]),
    secureUndefined: () => connect("127.0.0.1:1", { secureTransport: undefined }),
    secureUpper: () => connect("127.0.0.1:1", { secureTransport: "OFF" }),
    secureNum: () => connect("127.0.0.1:1", { secureTransport: 1 }),
    halfOpen: () => connect("127.0.0.1:1", { allowHalfOpen: "yes" }),
    emptyOptions: () => connect("127.0.0.1:1", {}),
    numOptions: () => connect("127.0.0.1:1", 5),
  };
  for (const [k, f] of Object.entries(tries)) {
    try { const s = f(); out[k] = shape(s); s.closed.catch(() => {}); s.opened.catch(() => {}); } catch (e) { out[k] = E(e); }
  }`;
const LIFECYCLE = `
  const s = connect("127.0.0.1:1");
  out.readableLocked = s.readable.locked;
  out.writableLocked = s.writable.locked;
  out.sameReadable = s.readable === s.readable;
  out.sameOpened = s.opened === s.opened;
  out.sameClosed = s.closed === s.closed;
  const closeRet = s.close();
  out.closeRet = closeRet instanceof Promise;
  out.closeSame = closeRet === s.closed;
  out.closed = await TA(() => s.closed);
  out.closeRetSettled = await TA(() => closeRet);
  out.startTlsAfterClose = T(() => s.startTls());
  const s1 = connect("127.0.0.1:1");
  out.s1opened = await TA(() => s1.opened);
  const w = s1.writable.getWriter();
  out.writerClosed = await TA(() => w.closed);
  out.writerReady = await TA(() => w.ready);
  out.writerDesired = T(() => w.desiredSize);
  const s2 = connect("127.0.0.1:1");
  const w2 = s2.writable.getWriter();
  out.writeString = await TA(() => w2.write("text"));
  const s3 = connect("127.0.0.1:1");
  out.readerCancelFirst = await TA(() => s3.readable.cancel("early"));
  out.s3opened = await TA(() => s3.opened);
  out.s3closed = await TA(() => s3.closed);
  const s4 = connect("127.0.0.1:1");
  out.writableAbortFirst = await TA(() => s4.writable.abort("early"));
  out.s4opened = await TA(() => s4.opened);
  out.s4closed = await TA(() => s4.closed);`;
const IN_OBJECT = `
export class Obj extends DurableObject {
  async fetch(req) {
    const out = {};
    const s = connect("127.0.0.1:1");
    out.opened = await TA(() => s.opened);
    out.closed = await TA(() => s.closed);
    out.bad = T(() => connect("127.0.0.1"));
    return Response.json(out);
  }
  async viaRpc() {
    const s = connect({ hostname: "127.0.0.1", port: 1 });
    return [await TA(() => s.opened), s.constructor.name];
  }
  async returnSocket() { return connect("127.0.0.1:1"); }
}`;
const IN_OBJECT_BODY = `
  const stub = env.DO.getByName("a");
  out.fetch = await (await stub.fetch("http://x/")).json();
  out.rpc = await TA(() => stub.viaRpc());
  out.returned = await TA(async () => { const s = await stub.returnSocket(); return typeof s; });`;
const ADDR2 = `
  const shape = (s) => s && typeof s === "object" ? [s.constructor.name, s.secureTransport] : s;
  const list = ["a/b:1", "a?x:1", "a#x:1", "user@host:1", "user:pw@host:1", "EXAMPLE.com:1", "a%20b:1", "example.com:443", "example.com:80", "[::1]:80x", "[::1:80",
    "1.2.3.4.5:1", "[zz]:1", "[::1]x:1", "host:65535", "host:00080", "h\u00e9llo:1", "a b:1", "a\tb:1", "a<b:1", "a^b:1", "a|b:1", "a*b:1", "a%b:1", "host:1/", "host:1?", "host:1#", "tcp://host:1", "//host:1", "http://host:1", "host :1", "host:1 ", " host:1", "::1", "::1:80", "[]:80", "256.0.0.1:1", "0x7f.1:1", "_a.b:1", "-a:1", "a..b:1", ".:1", "@:1", "a@:1"];
  list.push("a".repeat(253) + ":1", "a".repeat(254) + ":1", "a".repeat(250) + ":00001", "[" + "0:".repeat(7) + "1]:1");
  out.strings = {};
  for (const a of list) {
    try { const s = connect(a); out.strings[a.length > 40 ? "len" + a.length + a.slice(-6) : a] = shape(s); s.closed.catch(() => {}); s.opened.catch(() => {}); } catch (e) { out.strings[a.length > 40 ? "len" + a.length + a.slice(-6) : a] = E(e)[2]; }
  }
  const objs = { boolPort: { hostname: "h", port: true }, nullPort: { hostname: "h", port: null }, arrPort: { hostname: "h", port: [80] }, bigintPort: { hostname: "h", port: 80n }, negZero: { hostname: "h", port: -0 }, negInf: { hostname: "h", port: -Infinity }, long: { hostname: "a".repeat(250), port: 65535 }, longer: { hostname: "a".repeat(251), port: 65535 }, longZero: { hostname: "a".repeat(253), port: "01" }, badCharsBadPort: { hostname: "a b", port: 70000 }, infPort: { hostname: "h", port: Infinity }, negFrac: { hostname: "h", port: -0.5 }, emptyStrPort: { hostname: "h", port: "" }, spacePort: { hostname: "h", port: " 80 " }, hexPort: { hostname: "h", port: "0x50" }, expPort: { hostname: "h", port: "8e1" }, undefinedHost: { hostname: undefined, port: 80 }, objHost: { hostname: {}, port: 80 }, bothBad: { hostname: undefined, port: "x" }, fnAddr: Object.assign(() => {}, { hostname: "h", port: 1 }) };
  out.objects = {};
  for (const [k, a] of Object.entries(objs)) {
    try { const s = connect(a); out.objects[k] = shape(s); s.closed.catch(() => {}); s.opened.catch(() => {}); } catch (e) { out.objects[k] = E(e); }
  }
  const opts = { str: "x", arr: [], fn: () => {}, bool: true, secureEmpty: { secureTransport: "" }, secureNull: { secureTransport: null }, secureObj: { secureTransport: { toString() { return "on"; } } }, bothBad: ["bad", { secureTransport: "no" }] };
  out.options = {};
  for (const [k, o] of Object.entries(opts)) {
    const args = Array.isArray(o) && k === "bothBad" ? o : ["127.0.0.1:1", o];
    try { const s = connect(...args); out.options[k] = shape(s); s.closed.catch(() => {}); s.opened.catch(() => {}); } catch (e) { out.options[k] = E(e); }
  }`;
const ORDER = `
  const watch = (s) => { const log = []; s.opened.then(() => log.push("opened"), (e) => log.push("opened-rejected")); s.closed.then(() => log.push("closed"), (e) => log.push("closed-rejected")); return log; };
  const a = connect("127.0.0.1:1"); const la = watch(a);
  const b = connect("127.0.0.1:1"); const lb = watch(b); b.close(); lb.push("close-called");
  const d = connect("127.0.0.1:1", { secureTransport: "on" }); const ld = watch(d);
  const c = connect("127.0.0.1:1", { secureTransport: "starttls" }); c.closed.catch(() => {}); c.opened.catch(() => {});
  const up = c.startTls(); up.closed.catch(() => {}); up.opened.catch(() => {});
  out.upShape = [up.constructor.name, up.secureTransport, up === c, up.readable === c.readable, up.writable === c.writable];
  out.startTlsTwice = T(() => c.startTls());
  out.upStartTls = T(() => up.startTls());
  await TA(() => a.closed); await TA(() => b.closed); await TA(() => d.closed);
  await scheduler.wait(1);
  out.logs = { a: la, b: lb, d: ld };
  out.aCloseAfterFail = await TA(() => a.close());
  out.aCloseSame = a.close() === a.closed;
  out.aCloseThird = await TA(() => a.close());
  out.dOpened = await TA(() => d.opened);
  out.bCloseAgain = await TA(() => b.close());`;
const TWO_NS = `
export class A extends DurableObject { async fetch() { return new Response("A:" + (this.ctx.id.name ?? "-")); } hi() { return "A:" + (this.ctx.id.name ?? "-"); } }
export class B extends DurableObject { async fetch() { return new Response("B:" + (this.ctx.id.name ?? "-")); } hi() { return "B:" + (this.ctx.id.name ?? "-"); } }
export default { async fetch(req, env) {
  const out = {};
  const a = env.A.idFromName("x"), b = env.B.idFromName("x"), a2 = env.A2.idFromName("x");
  out.sameHex = a.toString() === b.toString();
  out.sameHexSameClass = a.toString() === a2.toString();
  out.equalsOther = a.equals(b);
  out.equalsSameClass = T(() => a.equals(a2));
  out.getOther = await TA(async () => { const s = env.A.get(b); return [s.name ?? null, await s.hi()]; });
  out.getOtherFetch = await TA(async () => { const s = env.A.get(b); return await (await s.fetch("http://x/")).text(); });
  out.fromStringOther = T(() => env.A.idFromString(b.toString()).toString() === b.toString());
  out.fromStringSameClass = await TA(async () => { const id = env.A2.idFromString(a.toString()); return [id.equals(a2), id.name ?? null, await env.A2.get(id).hi()]; });
  out.uniqueOther = await TA(async () => { const u = env.B.newUniqueId(); const s = env.A.get(u); return await s.hi(); });
  out.uniqueFromStringOther = T(() => { const u = env.B.newUniqueId(); return env.A.idFromString(u.toString()) ? "ok" : "no"; });
  out.getString = T(() => env.A.get("x"));
  out.getObject = T(() => env.A.get({}));
  out.getUndefined = T(() => env.A.get());
  out.getNull = T(() => env.A.get(null));
  out.getByNameNumber = await TA(async () => await env.A.getByName(5).hi());
  out.getByNameUndefined = await TA(async () => await env.A.getByName(undefined).hi());
  out.getByNameObject = await TA(async () => await env.A.getByName({ toString() { return "y"; } }).hi());
  out.idFromNameNumber = T(() => env.A.idFromName(5).name);
  out.idFromNameNone = T(() => env.A.idFromName().name);
  out.idShape = [Object.prototype.toString.call(a), a.constructor.name, String(a) === a.toString(), JSON.stringify(a), Object.keys(a)];
  out.stubShape = (() => { const s = env.A.get(a); return [Object.prototype.toString.call(s), s.constructor.name, typeof s.id, s.id === s.id, s.id.equals(a), s.name]; })();
  return Response.json(out);
} };`;
const ACROSS = `
let kept = null; let keptWriter = null; let keptReader = null; const late = [];
export default { async fetch(req, env, ctx) { const url = new URL(req.url); const out = {};
  if (url.pathname === "/make") {
    kept = connect("127.0.0.1:1"); keptWriter = kept.writable.getWriter(); keptReader = kept.readable.getReader();
    out.opened = await TA(() => kept.opened);
    return Response.json(out);
  }
  out.closed = await TA(() => kept.closed);
  out.read = await TA(() => keptReader.read());
  out.writerClosed = await TA(() => keptWriter.closed);
  out.close = await TA(() => kept.close());
  out.startTls = T(() => kept.startTls());
  out.props = [kept.secureTransport, kept.upgraded, kept.readable.locked];
  return Response.json(out);
} };`;
const SHAPE = `
  const s = connect("127.0.0.1:1"); s.closed.catch(() => {}); s.opened.catch(() => {});
  const P = Object.getPrototypeOf(s);
  out.protoOrder = Object.getOwnPropertyNames(P);
  out.descriptors = Object.fromEntries([...Object.getOwnPropertyNames(P), Symbol.toStringTag].map((k) => { const d = Object.getOwnPropertyDescriptor(P, k); return [String(k), [typeof d.get, typeof d.set, typeof d.value, d.enumerable, d.configurable, d.writable ?? null]]; }));
  out.protoOfProto = Object.getPrototypeOf(P) === Object.prototype;
  out.tag = Object.prototype.toString.call(s);
  out.str = String(s);
  out.json = JSON.stringify(s);
  out.keys = Object.keys(s);
  out.ctorNew = T(() => new s.constructor());
  out.ctorCall = T(() => s.constructor());
  out.ctorLength = s.constructor.length;
  out.connectShape = [connect.name, connect.length, typeof connect.prototype];
  out.getterOther = T(() => Object.getOwnPropertyDescriptor(P, "opened").get.call({}));
  out.closeOther = T(() => P.close.call({}));
  out.startTlsOther = T(() => P.startTls.call({}));
  out.methodLengths = [P.close.length, P.startTls.length];
  out.startTlsArgs = T(() => connect("127.0.0.1:1", { secureTransport: "starttls" }).startTls(5));
  out.startTlsNull = T(() => { const u = connect("127.0.0.1:1", { secureTransport: "starttls" }).startTls(null); return u.secureTransport; });
  out.startTlsHost = T(() => { const u = connect("127.0.0.1:1", { secureTransport: "starttls" }).startTls({ expectedServerHostname: "other" }); return u.secureTransport; });
  out.extensible = Object.isExtensible(s);
  s.extra = 1; out.extra = s.extra;
  out.clone = T(() => structuredClone(s));
  out.cloneInObject = T(() => structuredClone({ s }));`;
const WS_ARGS = `
export default { async fetch(req) {
  const out = {};
  const E = (e) => [e?.constructor?.name, e?.message];
  const fresh = () => { const [c, s] = Object.values(new WebSocketPair()); c.accept(); s.accept(); const got = []; c.addEventListener("close", (e) => got.push([e.code, e.reason, e.wasClean])); c.addEventListener("message", (e) => got.push(typeof e.data === "string" ? e.data : "bin:" + e.data.byteLength)); return { c, s, got }; };
  const closes = { frac: [1000.5], str: ["1000"], strBad: ["abc"], nul: [null], c1004: [1004], c1006: [1006], c2999: [2999], c3000: [3000], nan: [NaN], neg: [-1], wrap: [65536 + 1000], big: [2 ** 53], reasonNull: [1000, null], reasonNum: [1000, 5], reasonObj: [1000, { toString() { return "obj"; } }], reasonNoCode: [undefined, "x"], reasonOnly: [null, "x"], multi123: [1000, "\u00e9".repeat(61) + "a"], multi124: [1000, "\u00e9".repeat(62)], emoji: [4000, "\u{1F600}".repeat(30) + "abc"], lone: [1000, "\ud800"], bool: [true] };
  out.close = {};
  for (const [k, args] of Object.entries(closes)) {
    const p = fresh();
    let r; try { p.s.close(...args); r = "ok"; } catch (e) { r = E(e); }
    await scheduler.wait(1);
    out.close[k] = [r, p.got, p.s.readyState];
  }
  const sends = { num: 123, bool: true, obj: { a: 1 }, arr: [1, 2], nul: null, undef: undefined, u16: new Uint16Array([1, 2, 3]), f64: new Float64Array(1), sub: new Uint8Array(new ArrayBuffer(10), 2, 3), dv: new DataView(new ArrayBuffer(8), 4), empty: "", emptyBuf: new ArrayBuffer(0) };
  out.send = {};
  for (const [k, v] of Object.entries(sends)) {
    const p = fresh();
    let r; try { p.s.send(v); r = "ok"; } catch (e) { r = E(e); }
    await scheduler.wait(1);
    out.send[k] = [r, p.got];
  }
  { const p = fresh(); out.sendSymbol = (() => { try { p.s.send(Symbol("x")); return "ok"; } catch (e) { return E(e); } })(); }
  { const p = fresh(); out.sendNone = (() => { try { p.s.send(); return "ok"; } catch (e) { return E(e); } })(); await scheduler.wait(1); out.sendNoneGot = p.got; }
  return Response.json(out);
} };`;
export default [
  { name: "do25-ws-close-and-send-argument-conversions", area: "websocket", description: "WebSocket close(code, reason) and send(data) over a local pair: code and reason conversions (fractions, strings, null, out-of-range, multibyte reason at the 123-byte limit), data of every type",
    options: { modules: true, compatibilityDate: CD, script: WS_ARGS }, steps: [get("/")] },
  sockCase("do25-sockets-socket-class-shape", "the Socket class: prototype member order and descriptors, constructor, foreign receivers, startTls() arguments", SHAPE),
  { name: "do25-sockets-used-by-a-later-request", area: "sockets", description: "a refused socket kept in a global and used by the next request",
    options: { modules: true, compatibilityDate: CD, script: `${SOCK}${ACROSS}` }, steps: [get("/make"), get("/use")] },
  { name: "do25-do-ids-across-namespaces", area: "durable-objects", description: "ids across two namespaces and two bindings of one class: hex equality, equals(), get() and idFromString() of another namespace's id, get()/getByName()/idFromName() argument forms, id and stub shapes",
    options: { modules: true, compatibilityDate: CD, durableObjects: { A: "A", A2: "A", B: "B" }, script: `${SOCK}${TWO_NS}` }, steps: [get("/")] },
  sockCase("do25-sockets-refused-settle-order", "refused sockets: the order in which opened and closed settle for plain, closed-early, starttls and upgraded sockets; the upgraded socket's streams", ORDER),
  sockCase("do25-sockets-address-strings-objects-options", "connect(): more address strings (URL-like parts, forbidden characters), port values of every type, option values of every type", ADDR2),
  sockCase("do25-sockets-address-forms", "connect(): address strings, SocketAddress members and option values that are accepted or refused", ADDR),
  sockCase("do25-sockets-refused-lifecycle", "a refused socket: identities, close() result, reader and writer after close, string write, early cancel and abort", LIFECYCLE),
  sockCase("do25-sockets-inside-object", "connect() inside a Durable Object's fetch and RPC method, and a Socket returned over RPC", IN_OBJECT_BODY, { obj: IN_OBJECT }),
];
