// Oracle definitions of the webapi2-compat-probe3-* cases: put this file beside the oracle's defs/_h.mjs to re-record them.
import { PRELUDE, get } from "./_h.mjs";
const script = (d) => `${PRELUDE}
const startup = {};
try { startup.eval = eval("1 + 1"); } catch (e) { startup.eval = e.name + ": " + e.message; }
try { startup.fn = new Function("return 2")(); } catch (e) { startup.fn = e.name + ": " + e.message; }
try { startup.timeout = typeof setTimeout(() => {}, 1); } catch (e) { startup.timeout = e.name + ": " + e.message; }
try { startup.random = typeof crypto.getRandomValues(new Uint8Array(1))[0]; } catch (e) { startup.random = e.name + ": " + e.message; }
try { startup.uuid = typeof crypto.randomUUID(); } catch (e) { startup.uuid = e.name + ": " + e.message; }
try { startup.fetch = typeof fetch("http://x/").catch(() => {}); } catch (e) { startup.fetch = e.name + ": " + e.message; }
try { startup.now = typeof Date.now(); } catch (e) { startup.now = e.name + ": " + e.message; }
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, fn) => { out[k] = await t(fn); };
    const tick = () => new Promise((r) => setTimeout(r, 5));
    const first = globalThis.__ctx === undefined;
    if (first) globalThis.__ctx = ctx;
    out.step = first ? "first" : "second";
    out.sameCtx = globalThis.__ctx === ctx;
    if (!first) return Response.json(out);
    out.startup = startup;
    await P("evalInHandler", () => [eval("3"), new Function("return 4")()]);
    await P("closeReason", () => { const r = []; for (const reason of ["x".repeat(123), "x".repeat(124), "\\u00e9".repeat(61), "\\u00e9".repeat(62)]) { const [c, s] = Object.values(new WebSocketPair()); c.accept(); s.accept(); try { c.close(1000, reason); r.push("ok"); } catch (e) { r.push(e.name + ": " + e.message); } } return r; });
    await P("closeCodes", () => { const r = []; for (const code of [999, 1000, 1004, 1005, 1006, 1015, 2999, 3000, 4999, 5000, "abc", undefined]) { const [c, s] = Object.values(new WebSocketPair()); c.accept(); s.accept(); try { c.close(code); r.push("ok"); } catch (e) { r.push(e.name + ": " + e.message); } } return r; });
    await P("wsBasics", async () => { const [c, s] = Object.values(new WebSocketPair()); const r = [c.readyState, c.url, c.protocol, c.extensions, WebSocket.OPEN, c.CLOSED]; r.push(await t(() => c.send("x"))); c.accept(); r.push(await t(() => c.accept())); r.push(c.readyState); s.accept(); c.close(1000, "bye"); r.push(c.readyState, await t(() => c.send("y"))); return r; });
    ${d < "2026" ? "" : "// "}await P("wsEvents", async () => { const [c, s] = Object.values(new WebSocketPair()); c.accept(); s.accept(); const seen = []; s.addEventListener("close", (e) => seen.push(["close", e.code, e.reason, e.wasClean, e.constructor.name])); c.addEventListener("close", (e) => seen.push(["cclose", e.code, e.reason, e.wasClean])); c.close(4000, "r"); await tick(); await tick(); return [seen, c.readyState, s.readyState]; });
    await P("writerAbortState", async () => { const ws = new WritableStream(); const w = ws.getWriter(); const a = w.abort(new Error("why")); const r = [await t(() => w.desiredSize), await w.ready.then(() => "ready", (e) => "readyRej " + e.message), await w.closed.then(() => "closed", (e) => "closedRej " + e.message), await a.then(() => "aborted"), await t(() => w.write(1))]; return r; });
    await P("writerLocks", async () => { const ws = new WritableStream(); const w = ws.getWriter(); const r = [ws.locked, await t(() => ws.getWriter()), await t(() => ws.close()), await t(() => ws.abort())]; w.releaseLock(); r.push(ws.locked, await t(() => ws.close())); return r; });
    await P("sinkWriteOrder", async () => { const seen = []; const ws = new WritableStream({ start() { seen.push("start"); }, write(ch) { seen.push("write:" + ch); }, close() { seen.push("close"); } }); const w = ws.getWriter(); seen.push("got"); w.write("a"); w.write("b"); seen.push("wrote"); await w.close(); return seen; });
    await P("textEncoderStreamChunks", async () => { const s = new TextEncoderStream(); const w = s.writable.getWriter(); w.write("a\\ud83d"); w.write("\\ude00b"); w.write(""); w.close(); const out = []; const rd = s.readable.getReader(); for (;;) { const { value, done } = await rd.read(); if (done) break; out.push([...value]); } return out; });
    await P("textDecoderStreamChunks", async () => { const s = new TextDecoderStream(); const w = s.writable.getWriter(); w.write(new Uint8Array([0xe2, 0x82])); w.write(new Uint8Array([0xac, 0x61])); w.write(new Uint8Array([0xff])); w.close(); const out = []; const rd = s.readable.getReader(); for (;;) { const { value, done } = await rd.read(); if (done) break; out.push(value); } return out; });
    await P("cloneTopLevel", () => [structuredClone("s"), structuredClone(""), structuredClone(1.5), structuredClone(-0) === 0 && 1 / structuredClone(-0), structuredClone(true), structuredClone(null), structuredClone(undefined) === undefined, String(structuredClone(10n)), Number.isNaN(structuredClone(NaN)), structuredClone(["a", "b"]), structuredClone({ s: "x" }), structuredClone('"quoted"'), structuredClone("[1]")]);
    return Response.json(out);
  }
};`;
export default ["2025-01-01", "2025-06-01", "2026-04-20"].map((d) => ({
  name: `webapi2-compat-probe3-${d}`, area: "web-api",
  description: `at ${d}: eval and new Function at startup and in a handler, what else startup allows, ctx identity across requests, WebSocket close reasons and codes, writer states, sink order, encoder/decoder stream chunks, structuredClone of top-level primitives`,
  options: { modules: true, compatibilityDate: d, script: script(d) },
  steps: [get("/"), get("/")],
}));
