// Oracle definitions of the webapi6-* cases: put this file beside the oracle's defs/_h.mjs (DEFS_DIR) and run `node record.mjs webapi6` to re-record them.
import { PRELUDE, get, req, CD } from "./_h.mjs";
// guard: how long a probe may take before it records "hang" (longer where no probe hangs by design,
// so that a loaded machine's stalled loop cannot fail the case)
const worker = (fn, guard = 200) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), ${guard}))]); };
    await probes(P, out, req);
    return Response.json(out);
  }
};`,
});
const c = (name, description, fn, steps = [get("/")], guard = 200) => ({ name, area: "web-api", description, options: worker(fn, guard), steps });

export default [
c("webapi6-streams-edges", "Streams: BYOB read min, pipeTo prevent* options with errors, tee with one slow branch, TransformStream cancel, writer desiredSize, Identity/FixedLength errors", async (P) => {
  const en = (e) => e === undefined ? "undef" : (e && e.name ? e.name + ": " + e.message : String(e));
  const bytes = (n, s = 0) => Uint8Array.from({ length: n }, (_, i) => (i + s) & 255);
  await P("fromArray", async () => { const r = ReadableStream.from([1, 2, 3]).getReader(); const o = []; for (;;) { const { done, value } = await r.read(); if (done) break; o.push(value); } return o; });
  await P("fromAsyncGen", async () => { async function* g() { yield "a"; yield "b"; } const o = []; for await (const v of ReadableStream.from(g())) o.push(v); return o; });
  await P("fromString", async () => { const o = []; for await (const v of ReadableStream.from("ab")) o.push(v); return o; });
  await P("fromNull", async () => en(await (async () => { try { ReadableStream.from(null); } catch (e) { return e; } })()));
  await P("fromNumber", async () => en(await (async () => { try { ReadableStream.from(5); } catch (e) { return e; } })()));
  await P("fromThrowGen", async () => { function* g() { yield 1; throw new TypeError("boom"); } const r = ReadableStream.from(g()).getReader(); const a = await r.read(); try { await r.read(); return "no"; } catch (e) { return [a.value, en(e)]; } });
  await P("fromCancelReturn", async () => { let ret = false; function* g() { try { yield 1; yield 2; } finally { ret = true; } } const r = ReadableStream.from(g()).getReader(); await r.read(); await r.cancel("x"); return ret; });
  await P("byobMin", async () => {
    const rs = new ReadableStream({ type: "bytes", pull(c) { c.enqueue(bytes(2)); } });
    const r = rs.getReader({ mode: "byob" });
    const { value, done } = await r.read(new Uint8Array(8), { min: 5 });
    return [value.byteLength, done, value.constructor.name, value.buffer.byteLength];
  });
  await P("byobMinTooBig", async () => { const r = new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" }); try { await r.read(new Uint8Array(4), { min: 5 }); return "no"; } catch (e) { return en(e); } });
  await P("byobMinZero", async () => { const r = new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" }); try { await r.read(new Uint8Array(4), { min: 0 }); return "no"; } catch (e) { return en(e); } });
  await P("byobMinClose", async () => {
    let n = 0; const rs = new ReadableStream({ type: "bytes", pull(c) { if (n++ < 1) c.enqueue(bytes(3)); else c.close(); } });
    const r = rs.getReader({ mode: "byob" });
    const a = await r.read(new Uint8Array(8), { min: 6 }); const b = await r.read(new Uint8Array(8));
    return [a.done, a.value.byteLength, b.done, b.value?.byteLength];
  });
  await P("byobU16Min", async () => {
    const rs = new ReadableStream({ type: "bytes", pull(c) { c.enqueue(bytes(3)); } });
    const r = rs.getReader({ mode: "byob" });
    const { value } = await r.read(new Uint16Array(4), { min: 2 });
    return [value.constructor.name, value.length, value.byteLength];
  });
  await P("byobEmptyView", async () => { const r = new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" }); try { await r.read(new Uint8Array(0)); return "no"; } catch (e) { return en(e); } });
  await P("byobNoView", async () => { const r = new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" }); try { await r.read(); return "no"; } catch (e) { return en(e); } });
  await P("byobDetached", async () => { const r = new ReadableStream({ type: "bytes", pull(c) { c.enqueue(bytes(2)); } }).getReader({ mode: "byob" }); const v = new Uint8Array(4); await r.read(v); return [v.byteLength, v.buffer.byteLength]; });
  await P("byobOnDefault", async () => { try { new ReadableStream().getReader({ mode: "byob" }); return "no"; } catch (e) { return en(e); } });
  await P("badMode", async () => { try { new ReadableStream().getReader({ mode: "x" }); return "no"; } catch (e) { return en(e); } });
  await P("pipePreventClose", async () => {
    const log = []; const ws = new WritableStream({ write(c) { log.push("w" + c); }, close() { log.push("close"); } });
    await ReadableStream.from([1, 2]).pipeTo(ws, { preventClose: true });
    const w = ws.getWriter(); await w.write(3); await w.close(); return log;
  });
  await P("pipePreventAbort", async () => {
    const log = []; const ws = new WritableStream({ write(c) { log.push("w" + c); }, abort(r) { log.push("abort:" + r); } });
    const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error("E"); } });
    let pe; try { await rs.pipeTo(ws, { preventAbort: true }); } catch (e) { pe = e; }
    const w = ws.getWriter(); return [log, pe, w.desiredSize];
  });
  await P("pipeAbortDefault", async () => {
    const log = []; const ws = new WritableStream({ abort(r) { log.push("abort:" + r); } });
    const rs = new ReadableStream({ start(c) { c.error("E"); } });
    let pe; try { await rs.pipeTo(ws); } catch (e) { pe = e; } return [log, pe];
  });
  await P("pipePreventCancel", async () => {
    const log = []; const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { log.push("cancel:" + r); } }, { highWaterMark: 0 });
    const ws = new WritableStream({ write() { throw "W"; } });
    let pe; try { await rs.pipeTo(ws, { preventCancel: true }); } catch (e) { pe = e; }
    return [log, pe, rs.locked];
  });
  await P("pipeCancelDefault", async () => {
    const log = []; const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { log.push("cancel:" + r); } }, { highWaterMark: 0 });
    const ws = new WritableStream({ write() { throw "W"; } });
    let pe; try { await rs.pipeTo(ws); } catch (e) { pe = e; } return [log, pe, rs.locked];
  });
  await P("pipeSignal", async () => {
    const log = []; const ac = new AbortController();
    const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { log.push("cancel:" + en(r)); } }, { highWaterMark: 0 });
    const ws = new WritableStream({ write() { ac.abort("why"); }, abort(r) { log.push("abort:" + en(r)); } });
    let pe; try { await rs.pipeTo(ws, { signal: ac.signal }); } catch (e) { pe = en(e); } return [log.sort(), pe];
  });
  await P("pipeSignalPreAborted", async () => {
    const ac = new AbortController(); ac.abort();
    const log = []; const rs = new ReadableStream({ cancel(r) { log.push("c:" + en(r)); } }); const ws = new WritableStream({ abort(r) { log.push("a:" + en(r)); } });
    let pe; try { await rs.pipeTo(ws, { signal: ac.signal }); } catch (e) { pe = en(e); } return [log.sort(), pe, rs.locked];
  });
  await P("pipeBadSignal", async () => { try { await new ReadableStream().pipeTo(new WritableStream(), { signal: {} }); return "no"; } catch (e) { return en(e); } });
  await P("pipeToLocked", async () => { const ws = new WritableStream(); ws.getWriter(); try { await new ReadableStream().pipeTo(ws); return "no"; } catch (e) { return en(e); } });
  await P("pipeToNotWs", async () => { try { await new ReadableStream().pipeTo({}); return "no"; } catch (e) { return en(e); } });
  await P("pipeThroughBad", async () => { try { new ReadableStream().pipeThrough({}); return "no"; } catch (e) { return en(e); } });
  await P("pipeThroughLocked", async () => { const rs = new ReadableStream(); rs.getReader(); try { rs.pipeThrough(new TransformStream()); return "no"; } catch (e) { return en(e); } });
  await P("pipeDestClosed", async () => {
    const log = []; const ws = new WritableStream(); await ws.getWriter().close();
    const rs = new ReadableStream({ cancel(r) { log.push("c:" + en(r)); } });
    let pe; try { await rs.pipeTo(ws); } catch (e) { pe = en(e); } return [log, pe];
  });
  await P("teeSlow", async () => {
    const [a, b] = ReadableStream.from([1, 2, 3]).tee();
    const o = []; for await (const v of a) o.push(v);
    const r = b.getReader(); const x = await r.read(); return [o, x.value];
  });
  await P("teeError", async () => {
    let ctl; const rs = new ReadableStream({ start(c) { ctl = c; } }); const [a, b] = rs.tee();
    ctl.enqueue(1); ctl.error(new RangeError("bad"));
    const ra = a.getReader(); const rb = b.getReader();
    const s = async (r) => { try { return [await r.read()].map((x) => x.value).concat(en(await r.read().then(() => "ok", (e) => e))); } catch (e) { return en(e); } };
    return [await s(ra), await s(rb)];
  });
  await P("tsCancel", async () => {
    const log = []; const ts = new TransformStream({ cancel(r) { log.push("cancel:" + r); }, flush() { log.push("flush"); } });
    await ts.readable.cancel("R");
    let we; try { await ts.writable.getWriter().write(1); } catch (e) { we = en(e); }
    return [log, we];
  });
  await P("tsCancelFromWritable", async () => {
    const log = []; const ts = new TransformStream({ cancel(r) { log.push("cancel:" + r); } });
    await ts.writable.abort("A"); let re; try { await ts.readable.getReader().read(); } catch (e) { re = en(e); } return [log, re];
  });
  await P("tsFlushThrows", async () => {
    const ts = new TransformStream({ flush() { throw new TypeError("fl"); } });
    const w = ts.writable.getWriter(); const r = ts.readable.getReader();
    const cp = w.close().then(() => "ok", en); const rp = r.read().then(() => "ok", en);
    return [await cp, await rp];
  });
  await P("tsTransformThrows", async () => {
    const ts = new TransformStream({ transform() { throw new Error("tx"); } });
    const w = ts.writable.getWriter(); const r = ts.readable.getReader();
    const wp = w.write(1).then(() => "ok", en); const rp = r.read().then(() => "ok", en);
    return [await wp, await rp, await w.closed.then(() => "ok", en)];
  });
  await P("tsTerminate", async () => {
    const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c); ctl.terminate(); } });
    const w = ts.writable.getWriter(); const r = ts.readable.getReader();
    w.write("a"); const a = await r.read(); const b = await r.read();
    return [a, b.done, await w.write("b").then(() => "ok", en)];
  });
  await P("tsDesired", async () => {
    const ts = new TransformStream({}, { highWaterMark: 2 }, { highWaterMark: 3 }); const w = ts.writable.getWriter();
    const d0 = w.desiredSize; w.write(1); const d1 = w.desiredSize; w.write(2); w.write(3); w.write(4); const d2 = w.desiredSize; await null; return [d0, d1, d2, w.desiredSize];
  });
  await P("wsDesired", async () => {
    let res; const ws = new WritableStream({ write() { return new Promise((r) => res = r); } }, { highWaterMark: 2 });
    const w = ws.getWriter(); const s = [w.desiredSize]; w.write(1); s.push(w.desiredSize); w.write(2); s.push(w.desiredSize); w.write(3); s.push(w.desiredSize);
    // Microtask turns only: a timer turn here would race P's 200 ms guard on a loaded machine.
    const settle = async () => { for (let i = 0; i < 20; i++) await null; };
    await settle(); res(); await settle(); s.push(w.desiredSize); return s;
  });
  await P("wsDesiredErrored", async () => { const ws = new WritableStream({ start(c) { c.error("x"); } }); const w = ws.getWriter(); await null; await null; try { return w.desiredSize; } catch (e) { return en(e); } });
  await P("wsDesiredClosed", async () => { const ws = new WritableStream(); const w = ws.getWriter(); await w.close(); return w.desiredSize; });
  await P("wsReleasedDesired", async () => { const w = new WritableStream().getWriter(); w.releaseLock(); try { return w.desiredSize; } catch (e) { return en(e); } });
  await P("identityNonBytes", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); try { await w.write("str"); return "no"; } catch (e) { return en(e); } });
  await P("identityRoundTrip", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array([1, 2])); w.write(new ArrayBuffer(1)); w.close(); return [...new Uint8Array(await new Response(ts.readable).arrayBuffer())]; });
  await P("identityEmptyChunk", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array(0)); w.close(); return (await new Response(ts.readable).arrayBuffer()).byteLength; });
  await P("fixedTooShort", async () => { const ts = new FixedLengthStream(4); const w = ts.writable.getWriter(); w.write(new Uint8Array(2)); const c = await w.close().then(() => "ok", en); return c; });
  await P("fixedTooLong", async () => { const ts = new FixedLengthStream(2); const w = ts.writable.getWriter(); const a = await w.write(new Uint8Array(3)).then(() => "ok", en); return a; });
  await P("fixedBad", async () => { const o = []; for (const v of [-1, "3", 1.5, undefined, 2n ** 60n]) { try { new FixedLengthStream(v); o.push("ok"); } catch (e) { o.push(en(e)); } } return o; });
  await P("fixedResponseLen", async () => { const ts = new FixedLengthStream(3); const w = ts.writable.getWriter(); w.write(new Uint8Array(3)); w.close(); const r = new Response(ts.readable); return [r.headers.get("content-length"), (await r.arrayBuffer()).byteLength]; });
  await P("readerReleasePending", async () => { const r = new ReadableStream().getReader(); const p = r.read().then(() => "ok", en); r.releaseLock(); return [await p, await r.closed.then(() => "ok", en)]; });
  await P("readableSize", async () => { const rs = new ReadableStream({ start(c) { c.enqueue("abc"); c.enqueue("de"); } }, { highWaterMark: 10, size: (c) => c.length }); const r = rs.getReader(); return r.read().then((x) => x.value); });
  await P("ctlDesired", async () => { let ctl; new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 3 }); const a = ctl.desiredSize; ctl.enqueue(1); const b = ctl.desiredSize; ctl.close(); return [a, b, ctl.desiredSize]; });
  await P("enqueueAfterClose", async () => { let ctl; new ReadableStream({ start(c) { ctl = c; } }); ctl.close(); try { ctl.enqueue(1); return "no"; } catch (e) { return en(e); } });
  await P("closeTwice", async () => { let ctl; new ReadableStream({ start(c) { ctl = c; } }); ctl.close(); try { ctl.close(); return "no"; } catch (e) { return en(e); } });
}),
c("webapi6-bodies-headers-misc", "Body reuse, bodyUsed, clone of partially read body, immutable fetched headers, FormData File names, Blob readers, atob/btoa edges, AbortController reasons, EventTarget options, microtask order, structuredClone transfer", async (P) => {
  const en = (e) => e === undefined ? "undef" : (e && e.name ? e.name + ": " + e.message : String(e));
  await P("reuseText", async () => { const r = new Response("x"); await r.text(); return [r.bodyUsed, await r.text().then(() => "ok", en), await r.arrayBuffer().then(() => "ok", en)]; });
  await P("reuseReq", async () => { const r = new Request("http://a/", { method: "POST", body: "x" }); await r.text(); let e; try { new Request(r); } catch (x) { e = en(x); } return [r.bodyUsed, e, (() => { try { r.clone(); return "ok"; } catch (x) { return en(x); } })()]; });
  await P("bodyUsedLocked", async () => { const r = new Response("x"); const rd = r.body.getReader(); return [r.bodyUsed, await r.text().then(() => "ok", en), (() => { try { r.clone(); return "ok"; } catch (x) { return en(x); } })()]; });
  await P("bodyUsedAfterRead", async () => { const r = new Response("abc"); const rd = r.body.getReader(); await rd.read(); return [r.bodyUsed]; });
  await P("cloneAfterPartial", async () => {
    const rs = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("ab")); c.enqueue(new TextEncoder().encode("cd")); c.close(); } });
    const r = new Response(rs); const rd = r.body.getReader(); await rd.read(); rd.releaseLock();
    try { const c = r.clone(); return [await c.text(), await r.text()]; } catch (e) { return en(e); }
  });
  await P("nullBodyUsed", async () => { const r = new Response(null); await r.text(); return [r.bodyUsed, await r.text(), r.body]; });
  await P("reuseViaBody", async () => { const r = new Response("x"); const b = r.body; const t1 = await new Response(b).text(); return [t1, r.bodyUsed, await r.text().then(() => "ok", en)]; });
  await P("reqFromUsed", async () => { const r = new Request("http://a/", { method: "POST", body: "x" }); await r.text(); try { new Request("http://b/", r); return "ok"; } catch (e) { return en(e); } });
  await P("respRedirectHeaders", async () => { const r = Response.redirect("http://a/"); try { r.headers.set("x", "1"); return "ok"; } catch (e) { return en(e); } });
  await P("respErrorHeaders", async () => { const r = Response.error(); try { r.headers.set("x", "1"); return "ok"; } catch (e) { return en(e); } });
  await P("fetchedHeaders", async () => { const r = await fetch("data:text/plain,hi"); const o = []; for (const f of [() => r.headers.set("x", "1"), () => r.headers.append("x", "1"), () => r.headers.delete("content-type")]) { try { f(); o.push("ok"); } catch (e) { o.push(en(e)); } } return o; });
  await P("reqHeadersGet", async () => { const r = new Request("http://a/", { method: "GET" }); r.headers.set("x", "1"); return r.headers.get("x"); });
  await P("fdFile", async () => { const fd = new FormData(); fd.append("a", new Blob(["x"])); fd.append("a", new Blob(["y"], { type: "text/plain" }), "n.txt"); fd.append("a", new File(["z"], "f.bin")); fd.append("a", new File(["z"], "f.bin"), "renamed"); fd.append("a", "str"); return fd.getAll("a").map((v) => typeof v === "string" ? v : [v.constructor.name, v.name, v.type, v.size]); });
  await P("fdFilenameNoBlob", async () => { const fd = new FormData(); try { fd.append("a", "x", "name"); return [fd.get("a")]; } catch (e) { return en(e); } });
  await P("fdSetFile", async () => { const fd = new FormData(); fd.set("a", new Blob(["x"]), "q"); const v = fd.get("a"); return [v.name, v instanceof File, fd.getAll("zz"), fd.get("zz")]; });
  await P("fdArgs", async () => { const fd = new FormData(); const o = []; for (const f of [() => fd.append("a"), () => fd.get(), () => fd.getAll(), () => fd.append("a", {}), () => fd.has()]) { try { o.push(String(f())); } catch (e) { o.push(en(e)); } } return [o, fd.getAll("a")]; });
  await P("blobStream", async () => { const b = new Blob(["abc", new Uint8Array([100])]); const o = []; for await (const c of b.stream()) o.push(c.constructor.name, c.length); return [o, await b.text(), typeof b.bytes === "function" ? [...await b.bytes()] : "nobytes"]; });
  await P("blobSlice", async () => { const b = new Blob(["abcdef"], { type: "X/Y" }); const s = b.slice(-3, -1, "a/B"); return [await s.text(), s.type, b.slice(4, 2).size, b.slice().type, b.type]; });
  await P("blobEndings", async () => { const o = []; for (const e of ["native", "transparent"]) o.push(await new Blob(["a\nb\r\n"], { endings: e }).text()); try { new Blob([], { endings: "x" }); o.push("ok"); } catch (e) { o.push(en(e)); } return o; });
  await P("respBytes", async () => { const r = new Response("hi"); return typeof r.bytes === "function" ? [...await r.bytes()] : "none"; });
  await P("atobEdges", async () => { const o = []; for (const s of ["", "YQ", "YQ=", "YQ==", "Y Q = =", "YQ===", "Y", "YQ\n==", "a=b", "ab\tcd", "////", "-_", "\u00ff"]) { try { o.push(JSON.stringify([...atob(s)].map((c) => c.charCodeAt(0)))); } catch (e) { o.push(en(e)); } } return o; });
  await P("btoaEdges", async () => { const o = []; for (const s of ["", "\u00ff\u00fe", "\u0100", null, undefined, 12, "\u0000"]) { try { o.push(btoa(s)); } catch (e) { o.push(en(e)); } } try { btoa(); } catch (e) { o.push(en(e)); } return o; });
  await P("abortReason", async () => { const o = []; const a = new AbortController(); a.abort(); o.push(en(a.signal.reason), a.signal.reason instanceof DOMException); const b = new AbortController(); b.abort(undefined); o.push(en(b.signal.reason)); const c = new AbortController(); c.abort(null); o.push(String(c.signal.reason)); const d = new AbortController(); d.abort(1); d.abort(2); o.push(d.signal.reason); try { d.signal.throwIfAborted(); } catch (e) { o.push(e); } return o; });
  await P("abortEvents", async () => { const a = new AbortController(); const o = []; a.signal.onabort = (e) => o.push("on:" + e.type + ":" + e.isTrusted); a.signal.addEventListener("abort", (e) => o.push("l:" + (e.target === a.signal))); a.abort(); a.abort(); return o; });
  await P("abortAny", async () => { const a = new AbortController(); const s = AbortSignal.any([a.signal, new AbortController().signal]); a.abort("R"); return [s.aborted, s.reason]; });
  await P("abortTimeoutReason", async () => { const s = AbortSignal.timeout(1); await new Promise((r) => setTimeout(r, 20)); return [s.aborted, en(s.reason)]; });
  await P("abortStatic", async () => { const s = AbortSignal.abort("X"); return [s.aborted, s.reason, en(AbortSignal.abort().reason)]; });
  await P("etOnce", async () => { const t = new EventTarget(); const o = []; t.addEventListener("x", () => o.push(1), { once: true }); t.dispatchEvent(new Event("x")); t.dispatchEvent(new Event("x")); return o; });
  await P("etSignal", async () => { const t = new EventTarget(); const o = []; const a = new AbortController(); t.addEventListener("x", () => o.push(1), { signal: a.signal }); t.dispatchEvent(new Event("x")); a.abort(); t.dispatchEvent(new Event("x")); const b = new AbortController(); b.abort(); t.addEventListener("x", () => o.push(2), { signal: b.signal }); t.dispatchEvent(new Event("x")); return o; });
  await P("etPassive", async () => { const t = new EventTarget(); const o = []; t.addEventListener("x", (e) => { e.preventDefault(); o.push(e.defaultPrevented); }, { passive: true }); t.addEventListener("x", (e) => { e.preventDefault(); o.push(e.defaultPrevented); }); const r = t.dispatchEvent(new Event("x", { cancelable: true })); return [o, r]; });
  await P("etDup", async () => { const t = new EventTarget(); const o = []; const f = () => o.push(1); t.addEventListener("x", f); t.addEventListener("x", f); t.addEventListener("x", f, { capture: true }); t.dispatchEvent(new Event("x")); t.removeEventListener("x", f); t.dispatchEvent(new Event("x")); return o; });
  await P("etBadSignal", async () => { const t = new EventTarget(); try { t.addEventListener("x", () => {}, { signal: {} }); return "ok"; } catch (e) { return en(e); } });
  await P("etNullListener", async () => { const t = new EventTarget(); try { t.addEventListener("x", null); t.removeEventListener("x", null); return "ok"; } catch (e) { return en(e); } });
  await P("etStopImmediate", async () => { const t = new EventTarget(); const o = []; t.addEventListener("x", (e) => { o.push(1); e.stopImmediatePropagation(); }); t.addEventListener("x", () => o.push(2)); t.dispatchEvent(new Event("x")); return o; });
  await P("etRedispatch", async () => { const t = new EventTarget(); const e = new Event("x"); t.addEventListener("x", () => { try { t.dispatchEvent(e); } catch (x) { o.push(en(x)); } }); const o = []; t.dispatchEvent(e); try { t.dispatchEvent(e); o.push("again-ok"); } catch (x) { o.push(en(x)); } return [o, e.eventPhase]; });
  await P("microOrder", async () => { const o = []; Promise.resolve().then(() => o.push("p1")); queueMicrotask(() => o.push("q1")); Promise.resolve().then(() => o.push("p2")); queueMicrotask(() => { o.push("q2"); Promise.resolve().then(() => o.push("p3")); }); setTimeout(() => o.push("t"), 0); await new Promise((r) => setTimeout(r, 5)); return o; });
  await P("microBad", async () => { try { queueMicrotask("x"); return "no"; } catch (e) { return en(e); } });
  await P("scTransfer", async () => { const u = new Uint8Array([1, 2, 3]); const c = structuredClone(u, { transfer: [u.buffer] }); return [u.byteLength, c.byteLength, [...c]]; });
  await P("scTransferDup", async () => { const b = new ArrayBuffer(2); try { structuredClone(b, { transfer: [b, b] }); return "no"; } catch (e) { return en(e); } });
  await P("scTransferNotTransferable", async () => { try { structuredClone(1, { transfer: [{}] }); return "no"; } catch (e) { return en(e); } });
  await P("scTransferStream", async () => { const rs = new ReadableStream(); try { const c = structuredClone(rs, { transfer: [rs] }); return [c.constructor.name, rs.locked]; } catch (e) { return en(e); } });
  await P("scErrors", async () => { const o = []; for (const v of [() => 1, Symbol("x"), new WeakMap(), new Request("http://a/"), new Headers()]) { try { structuredClone(v); o.push("ok"); } catch (e) { o.push(en(e)); } } return o; });
  await P("scErrorObj", async () => { const e = new RangeError("m", { cause: 5 }); e.extra = 1; const c = structuredClone(e); return [c.constructor.name, c.message, c.cause, c.extra, typeof c.stack]; });
}),
c("webapi6-streams-bodies-more", "Streams: async iterator options and return, byobRequest respond paths, autoAllocateChunkSize, writer abort/close races, locked body construction, bytes transform readableType, incoming request header guards, Blob parts coercion, clone corner cases", async (P, out, req) => {
  const en = (e) => e === undefined ? "undef" : (e && e.name ? e.name + ": " + e.message : String(e));
  const bytes = (n, s = 0) => Uint8Array.from({ length: n }, (_, i) => (i + s) & 255);
  await P("iterPreventCancel", async () => { const log = []; const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); }, cancel(r) { log.push("c"); } }); for await (const v of rs.values({ preventCancel: true })) { log.push(v); break; } return [log, rs.locked, (await rs.getReader().read()).value]; });
  await P("iterBreakCancels", async () => { const log = []; const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); }, cancel(r) { log.push("c:" + r); } }); for await (const v of rs) { log.push(v); break; } return [log, rs.locked]; });
  await P("iterReturn", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(1); } }); const it = rs[Symbol.asyncIterator](); const a = await it.return("v"); const b = await it.next(); return [a, b]; });
  await P("iterLocked", async () => { const rs = new ReadableStream(); rs.getReader(); try { rs.values(); return "ok"; } catch (e) { return en(e); } });
  await P("iterError", async () => { const rs = new ReadableStream({ start(c) { c.error(new TypeError("E")); } }); try { for await (const v of rs) {} return "no"; } catch (e) { return en(e); } });
  await P("byobRespond", async () => {
    const rs = new ReadableStream({ type: "bytes", pull(c) { const v = c.byobRequest.view; v[0] = 7; v[1] = 8; c.byobRequest.respond(2); } });
    const r = rs.getReader({ mode: "byob" }); const { value } = await r.read(new Uint8Array(4)); return [...value];
  });
  await P("byobRespondNewView", async () => {
    const rs = new ReadableStream({ type: "bytes", pull(c) { const v = c.byobRequest.view; c.byobRequest.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 1)); } });
    const r = rs.getReader({ mode: "byob" }); const { value } = await r.read(new Uint8Array(4)); return [value.length, value.buffer.byteLength];
  });
  await P("byobRespondTooMuch", async () => {
    let err; const rs = new ReadableStream({ type: "bytes", pull(c) { try { c.byobRequest.respond(9); } catch (e) { err = en(e); c.close(); } } });
    const r = rs.getReader({ mode: "byob" }); await r.read(new Uint8Array(4)).catch(() => {}); return err;
  });
  await P("byobRequestNull", async () => { let br; const rs = new ReadableStream({ type: "bytes", start(c) { br = c.byobRequest; } }); return br; });
  await P("autoAlloc", async () => {
    let info; const rs = new ReadableStream({ type: "bytes", autoAllocateChunkSize: 16, pull(c) { const v = c.byobRequest?.view; info = v ? [v.constructor.name, v.byteLength] : null; if (v) { v[0] = 1; c.byobRequest.respond(1); } else c.enqueue(bytes(1)); } });
    const { value } = await rs.getReader().read(); return [info, value.byteLength];
  });
  await P("autoAllocZero", async () => { try { new ReadableStream({ type: "bytes", autoAllocateChunkSize: 0 }); return "ok"; } catch (e) { return en(e); } });
  await P("bytesEnqueueString", async () => { let e; new ReadableStream({ type: "bytes", start(c) { try { c.enqueue("x"); } catch (x) { e = en(x); } } }); return e; });
  await P("bytesEnqueueEmpty", async () => { let e; new ReadableStream({ type: "bytes", start(c) { try { c.enqueue(new Uint8Array(0)); } catch (x) { e = en(x); } } }); return e; });
  await P("badType", async () => { try { new ReadableStream({ type: "byte" }); return "ok"; } catch (e) { return en(e); } });
  await P("tsReadableType", async () => { try { new TransformStream({ readableType: "bytes" }); return "ok"; } catch (e) { return en(e); } });
  await P("tsWritableType", async () => { try { new TransformStream({ writableType: "bytes" }); return "ok"; } catch (e) { return en(e); } });
  await P("wsType", async () => { try { new WritableStream({ type: "bytes" }); return "ok"; } catch (e) { return en(e); } });
  await P("writerAbortPending", async () => {
    let res; const log = []; const ws = new WritableStream({ write() { return new Promise((r) => res = r); }, abort(r) { log.push("abort:" + r); } });
    const w = ws.getWriter(); const p1 = w.write(1).then(() => "ok", en); const p2 = w.write(2).then(() => "ok", en);
    await null; const ap = w.abort("R").then(() => "ok", en); res();
    return [await p1, await p2, await ap, log, await w.closed.then(() => "ok", en)];
  });
  await P("writerCloseThenWrite", async () => { const w = new WritableStream().getWriter(); const c = w.close(); return [await w.write(1).then(() => "ok", en), await c.then(() => "ok", en)]; });
  await P("writerAbortTwice", async () => { const w = new WritableStream().getWriter(); const a = w.abort("x"); const b = w.abort("y"); return [await a.then(() => "ok", en), await b.then(() => "ok", en)]; });
  await P("writerCloseErrored", async () => { const w = new WritableStream({ start(c) { c.error(new RangeError("z")); } }).getWriter(); await null; return [await w.close().then(() => "ok", en), await w.ready.then(() => "ok", en)]; });
  await P("wsCtlSignal", async () => { let ctl; const ws = new WritableStream({ start(c) { ctl = c; } }); const w = ws.getWriter(); await null; const a = ctl.signal.aborted; w.abort("S"); return [a, ctl.signal.aborted, ctl.signal.reason]; });
  await P("respLockedStream", async () => { const rs = new ReadableStream(); rs.getReader(); try { new Response(rs); return "ok"; } catch (e) { return en(e); } });
  await P("respDisturbedStream", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } }); const r = rs.getReader(); await r.read(); r.releaseLock(); try { return await new Response(rs).text(); } catch (e) { return en(e); } });
  await P("respStringChunk", async () => { const rs = new ReadableStream({ start(c) { c.enqueue("str"); c.close(); } }); try { return await new Response(rs).text(); } catch (e) { return en(e); } });
  await P("respErroredStream", async () => { const rs = new ReadableStream({ start(c) { c.error(new RangeError("bad")); } }); try { return await new Response(rs).text(); } catch (e) { return en(e); } });
  await P("cloneCancelOne", async () => { const r = new Response("abc"); const c = r.clone(); await c.body.cancel(); return [await r.text(), c.bodyUsed]; });
  await P("cloneUsed", async () => { const r = new Response("abc"); await r.text(); try { r.clone(); return "ok"; } catch (e) { return en(e); } });
  await P("reqBodyUsedClone", async () => { const r = new Request("http://a/", { method: "POST", body: "abc" }); const c = r.clone(); return [await c.text(), await r.text(), r.bodyUsed, c.bodyUsed]; });
  await P("incomingHeaders", async () => { const o = []; for (const f of [() => req.headers.set("x", "1"), () => req.headers.append("x", "1"), () => req.headers.delete("host")]) { try { f(); o.push("ok"); } catch (e) { o.push(en(e)); } } return o; });
  await P("incomingClonedHeaders", async () => { const c = new Request(req); try { c.headers.set("x", "1"); return c.headers.get("x"); } catch (e) { return en(e); } });
  await P("newRespHeadersFromFetched", async () => { const r = await fetch("data:text/plain,hi"); const n = new Response(r.body, r); n.headers.set("x", "1"); return [n.headers.get("x"), n.headers.get("content-type")]; });
  await P("blobParts", async () => { const o = []; for (const p of [[123], [null], [undefined], [true], [{}], [new DataView(new ArrayBuffer(2))], [new Blob(["x"]), "y"], ["\uD800"]]) { try { const b = new Blob(p); o.push([b.size, await b.text()]); } catch (e) { o.push(en(e)); } } return o; });
  await P("blobBadParts", async () => { const o = []; for (const p of ["str", 5, null, { length: 1, 0: "a" }]) { try { o.push(new Blob(p).size); } catch (e) { o.push(en(e)); } } return o; });
  await P("blobType", async () => { const o = []; for (const t of ["TEXT/Plain", "a\u00e9", "x/y; charset=UTF-8", " a"]) o.push(new Blob([], { type: t }).type); return o; });
  await P("fileDefaults", async () => { const f = new File(["ab"], "n/a\\b"); return [f.name, f.type, typeof f.lastModified, f.size, new File([], "x", { lastModified: 5 }).lastModified, new File([], "x", { lastModified: "7" }).lastModified]; });
  await P("fileNoName", async () => { try { new File(["a"]); return "ok"; } catch (e) { return en(e); } });
  await P("customEvent", async () => { const e = new CustomEvent("x", { detail: { a: 1 } }); const d = new CustomEvent("y"); return [e.detail, d.detail, e.type, e.bubbles]; });
  await P("eventCtor", async () => { const e = new Event("x", { bubbles: true, cancelable: true, composed: true }); return [e.bubbles, e.cancelable, e.composed, e.timeStamp >= 0, e.isTrusted, e.eventPhase, e.returnValue, e.cancelBubble]; });
  await P("eventNoType", async () => { try { new Event(); return "ok"; } catch (e) { return en(e); } });
  await P("scMisc", async () => { const m = new Map(); m.set("self", m); const c = structuredClone({ m, d: new Date(5), r: /a/gi, n: Object(1n), s: [1, , 3], b: Object("s") }); return [c.m.get("self") === c.m, c.d.getTime(), c.r.flags, typeof c.n, 1 in c.s, c.s.length, typeof c.b]; });
  await P("timerIds", async () => { const a = setTimeout(() => {}, 10); const b = setInterval(() => {}, 10); clearTimeout(a); clearInterval(b); return [typeof a, typeof b, b > a]; });
  await P("timerStringArg", async () => { try { const id = setTimeout("1+1", 0); clearTimeout(id); return "ok"; } catch (e) { return en(e); } });
  await P("timerArgs", async () => { const v = await new Promise((r) => setTimeout((a, b) => r([a, b]), 0, 1, "z")); return v; });
  await P("textDecoderStream", async () => { const rs = ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac, 0x41])]).pipeThrough(new TextDecoderStream()); const o = []; for await (const c of rs) o.push(c); return o; });
  await P("textEncoderStream", async () => { const rs = ReadableStream.from(["a", "\uD83D", "\uDE00"]).pipeThrough(new TextEncoderStream()); const o = []; for await (const c of rs) o.push([...c]); return o; });
  await P("textDecoderStreamFatal", async () => { const rs = ReadableStream.from([new Uint8Array([0xff])]).pipeThrough(new TextDecoderStream("utf-8", { fatal: true })); try { for await (const c of rs) {} return "ok"; } catch (e) { return en(e); } });
}),
c("webapi6-streams-errors-headers-events", "Streams error paths (start/pull/size throwing, bad strategies, byte tee, reader messages), Headers getSetCookie/iteration, Request fields, EventTarget handleEvent and dispatch errors, DOMException codes", async (P) => {
  const en = (e) => e === undefined ? "undef" : (e && e.name ? e.name + ": " + e.message : String(e));
  await P("startThrows", async () => { try { new ReadableStream({ start() { throw new RangeError("s"); } }); return "ok"; } catch (e) { return en(e); } });
  await P("startRejects", async () => { const rs = new ReadableStream({ start() { return Promise.reject(new RangeError("s")); } }); return rs.getReader().read().then(() => "ok", en); });
  await P("pullThrows", async () => { const rs = new ReadableStream({ pull() { throw new SyntaxError("p"); } }); const r = rs.getReader(); return [await r.read().then(() => "ok", en), await r.closed.then(() => "ok", en)]; });
  await P("sizeThrows", async () => { let e; const rs = new ReadableStream({ start(c) { try { c.enqueue(1); } catch (x) { e = en(x); } } }, { size() { throw new URIError("z"); } }); return [e, await rs.getReader().read().then(() => "ok", en)]; });
  await P("sizeNaN", async () => { let e; new ReadableStream({ start(c) { try { c.enqueue(1); } catch (x) { e = en(x); } } }, { size() { return NaN; } }); return e; });
  await P("hwmBad", async () => { const o = []; for (const h of [-1, NaN, "x", Infinity, "2"]) { try { new ReadableStream({}, { highWaterMark: h }); o.push("ok"); } catch (e) { o.push(en(e)); } } return o; });
  await P("wsHwmBad", async () => { const o = []; for (const h of [-1, NaN]) { try { new WritableStream({}, { highWaterMark: h }); o.push("ok"); } catch (e) { o.push(en(e)); } } return o; });
  await P("bytesWithSize", async () => { try { new ReadableStream({ type: "bytes" }, { size() { return 1; } }); return "ok"; } catch (e) { return en(e); } });
  await P("countStrategyBytes", async () => { try { new ReadableStream({ type: "bytes" }, new CountQueuingStrategy({ highWaterMark: 2 })); return "ok"; } catch (e) { return en(e); } });
  await P("byteTee", async () => { const rs = new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); } }); const [a, b] = rs.tee(); let br; try { br = a.getReader({ mode: "byob" }); } catch (e) { br = en(e); } const x = await new Response(b).arrayBuffer(); return [typeof br === "string" ? br : "byob-ok", x.byteLength]; });
  await P("readerReleasedRead", async () => { const r = new ReadableStream().getReader(); r.releaseLock(); return [await r.read().then(() => "ok", en), await r.cancel().then(() => "ok", en), await r.closed.then(() => "ok", en)]; });
  await P("readerLockedTwice", async () => { const rs = new ReadableStream(); rs.getReader(); try { rs.getReader(); return "ok"; } catch (e) { return en(e); } });
  await P("cancelLocked", async () => { const rs = new ReadableStream(); rs.getReader(); return rs.cancel().then(() => "ok", en); });
  await P("readerCancelValue", async () => { const rs = new ReadableStream({ cancel() { return 5; } }); return rs.getReader().cancel().then((v) => v === undefined ? "undef" : v, en); });
  await P("errorAfterClose", async () => { let ctl; new ReadableStream({ start(c) { ctl = c; } }); ctl.close(); try { ctl.error("x"); return "ok"; } catch (e) { return en(e); } });
  await P("closedErrorReason", async () => { let ctl; const rs = new ReadableStream({ start(c) { ctl = c; } }); const r = rs.getReader(); ctl.error(42); return r.closed.then(() => "ok", (e) => e); });
  await P("headersSetCookie", async () => { const h = new Headers([["Set-Cookie", "a=1"], ["set-cookie", "b=2"], ["x", "1"], ["X", "2"]]); return [h.getSetCookie(), h.get("set-cookie"), [...h], [...h.keys()]]; });
  await P("headersSort", async () => { const h = new Headers({ b: "1", A: "2", c: "3" }); h.append("a", "4"); return [...h.entries()]; });
  await P("headersForEach", async () => { const h = new Headers({ a: "1", b: "2" }); const o = []; h.forEach(function (v, k, t) { o.push([k, v, t === h, this?.z]); }, { z: 9 }); return o; });
  await P("headersValueTrim", async () => { const h = new Headers(); h.set("a", "  x \t"); h.append("b", ""); return [JSON.stringify(h.get("a")), h.get("b"), h.has("b")]; });
  await P("headersBadInit", async () => { const o = []; for (const i of [[["a"]], [["a", "b", "c"]], 5, "ab", [5]]) { try { new Headers(i); o.push("ok"); } catch (e) { o.push(en(e)); } } return o; });
  await P("reqFields", async () => { const r = new Request("http://a/"); return [r.cache, r.integrity, r.keepalive, r.mode, r.credentials, r.destination, r.referrer, r.referrerPolicy, r.redirect, typeof r.signal, r.signal.aborted, r.bodyUsed, r.body, r.duplex]; });
  await P("reqSignalFollow", async () => { const ac = new AbortController(); const r = new Request("http://a/", { signal: ac.signal }); const c = r.clone(); const n = new Request(r); ac.abort("Q"); return [r.signal.aborted, c.signal.aborted, n.signal.aborted, r.signal.reason, c.signal.reason]; });
  await P("handleEvent", async () => { const t = new EventTarget(); const o = []; const l = { handleEvent(e) { o.push(this === l, e.type); } }; t.addEventListener("x", l); t.dispatchEvent(new Event("x")); l.handleEvent = 5; try { t.dispatchEvent(new Event("x")); o.push("ok"); } catch (e) { o.push(en(e)); } return o; });
  await P("dispatchNonEvent", async () => { const t = new EventTarget(); try { t.dispatchEvent({ type: "x" }); return "ok"; } catch (e) { return en(e); } });
  await P("listenerThrows", async () => { const t = new EventTarget(); const o = []; t.addEventListener("x", () => { throw new Error("L"); }); t.addEventListener("x", () => o.push(2)); try { const r = t.dispatchEvent(new Event("x")); o.push(r); } catch (e) { o.push(en(e)); } return o; });
  await P("composedPath", async () => { const t = new EventTarget(); let p, q; t.addEventListener("x", (e) => { p = e.composedPath().length; q = [e.currentTarget === t, e.target === t, e.eventPhase]; }); const e = new Event("x"); t.dispatchEvent(e); return [p, q, e.composedPath().length, e.currentTarget, e.eventPhase]; });
  await P("domexCodes", async () => { const o = []; for (const n of ["IndexSizeError", "NotFoundError", "InvalidStateError", "SyntaxError", "AbortError", "TimeoutError", "DataCloneError", "QuotaExceededError", "NetworkError", "Foo", "EncodingError"]) { const d = new DOMException("m", n); o.push([n, d.code]); } return [o, DOMException.ABORT_ERR, new DOMException().name, new DOMException().message, String(new DOMException("a", "B"))]; });
  await P("domexOptions", async () => { try { const d = new DOMException("m", { name: "AbortError", cause: 1 }); return [d.name, d.cause, d.code]; } catch (e) { return en(e); } });
  await P("randomUUID", async () => { const u = crypto.randomUUID(); return [u.length, u[14], "89ab".includes(u[19]), u === u.toLowerCase()]; });
  await P("getRandomTooBig", async () => { try { crypto.getRandomValues(new Uint8Array(65537)); return "ok"; } catch (e) { return en(e); } });
  await P("getRandomFloat", async () => { try { crypto.getRandomValues(new Float32Array(1)); return "ok"; } catch (e) { return en(e); } });
  await P("usp", async () => { const u = new URLSearchParams("b=2&a=1&a=0&c"); u.sort(); const s = u.toString(); u.delete("a", "1"); return [s, u.toString(), u.size, u.has("a", "0"), new URLSearchParams({ x: "1 2+" }).toString(), new URLSearchParams([["q", "é&"]]).toString()]; });
  await P("textDecoderBom", async () => { const b = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]); return [new TextDecoder().decode(b).length, new TextDecoder("utf-8", { ignoreBOM: true }).decode(b).length, new TextDecoder("utf-16le").decode(new Uint8Array([0xff, 0xfe, 0x41, 0])).length]; });
  await P("textDecoderStreamOpt", async () => { const d = new TextDecoder(); const a = d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }); const b = d.decode(new Uint8Array([0xac])); const c = d.decode(new Uint8Array([0xe2])); return [a, b, c.charCodeAt(0)]; });
  await P("encodeInto", async () => { const u = new Uint8Array(4); const r = new TextEncoder().encodeInto("a€b", u); return [r, [...u]]; });
  await P("respJson", async () => { const o = []; try { o.push((await Response.json({ a: 1 }, { status: 201, headers: { "content-type": "x/y" } })).headers.get("content-type")); } catch (e) { o.push(en(e)); } try { Response.json(1n); o.push("ok"); } catch (e) { o.push(en(e)); } try { o.push(await Response.json(undefined).text()); } catch (e) { o.push(en(e)); } return o; });
}),
c("webapi6-bodies-transforms-more", "Body identity and cancel, FormData files through Response, TransformStream backpressure, ReadableStream.from with promises, MessagePort transfer, compression misuse, Blob/File through structuredClone", async (P) => {
  const en = (e) => e === undefined ? "undef" : (e && e.name ? e.name + ": " + e.message : String(e));
  await P("bodySame", async () => { const r = new Response("x"); const q = new Request("http://a/", { method: "POST", body: "y" }); return [r.body === r.body, q.body === q.body, new Request("http://a/").body, new Response().body, new Response("").body === null]; });
  await P("bodyCancel", async () => { const r = new Response("abc"); await r.body.cancel(); return [r.bodyUsed, await r.text().then((v) => "ok:" + v, en)]; });
  await P("bodyAfterErrorRead", async () => { const rs = new ReadableStream({ pull(c) { c.error(new RangeError("bad")); } }); const r = new Response(rs); return [await r.text().then(() => "ok", en), r.bodyUsed, await r.text().then(() => "ok", en)]; });
  await P("fdRoundTrip", async () => { const fd = new FormData(); fd.append("f", new File(["hi"], "a b\".txt", { type: "text/x" })); fd.append("g", new Blob(["z"])); fd.append("s", "v"); const r = new Response(fd); const ct = r.headers.get("content-type"); const back = await r.formData(); return [ct.split(";")[0], back.getAll("f").map((f) => [f.name, f.type, f.size]), back.getAll("g").map((f) => [f.name, f.type]), back.get("s")]; });
  await P("fdUrlEncoded", async () => { const r = new Response("a=1&a=2&b=%20+", { headers: { "content-type": "application/x-www-form-urlencoded;charset=UTF-8" } }); const fd = await r.formData(); return [fd.getAll("a"), fd.get("b")]; });
  await P("fdWrongType", async () => { const r = new Response("a=1", { headers: { "content-type": "text/plain" } }); return r.formData().then(() => "ok", en); });
  await P("fdReqUrlSearch", async () => { const r = new Request("http://a/", { method: "POST", body: new URLSearchParams("x=1") }); return [r.headers.get("content-type"), await r.text()]; });
  await P("tsBackpressure", async () => {
    const log = []; const ts = new TransformStream({ transform(c, ctl) { log.push("t" + c); ctl.enqueue(c); } });
    const w = ts.writable.getWriter(); const s0 = w.desiredSize; w.write(1); w.write(2); await new Promise((r) => setTimeout(r, 5)); const l1 = [...log]; const r = ts.readable.getReader(); await r.read(); await new Promise((r) => setTimeout(r, 5)); return [s0, l1, [...log], w.desiredSize];
  });
  await P("tsStartAsync", async () => { const log = []; const ts = new TransformStream({ async start() { await null; log.push("s"); }, transform(c, ctl) { log.push("t"); ctl.enqueue(c); } }); const w = ts.writable.getWriter(); w.write(1); log.push("w"); await ts.readable.getReader().read(); return log; });
  await P("tsEnqueueAfterTerminate", async () => { let e; const ts = new TransformStream({ start(c) { c.terminate(); try { c.enqueue(1); } catch (x) { e = en(x); } } }); return [e, await ts.readable.getReader().read()]; });
  await P("tsCtlDesired", async () => { let d; new TransformStream({ start(c) { d = c.desiredSize; } }, undefined, { highWaterMark: 4 }); return d; });
  await P("tsErrorCtl", async () => { const ts = new TransformStream({ start(c) { c.error(new EvalError("E")); } }); return [await ts.writable.getWriter().write(1).then(() => "ok", en), await ts.readable.getReader().read().then(() => "ok", en)]; });
  await P("fromPromises", async () => { const o = []; for await (const v of ReadableStream.from([Promise.resolve(1), 2])) o.push(v); return o; });
  await P("fromIterRejects", async () => { try { for await (const v of ReadableStream.from([Promise.reject(new TypeError("pr"))])) {} return "ok"; } catch (e) { return en(e); } });
  await P("fromStream", async () => { const a = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }); const b = ReadableStream.from(a); return [a === b, a.locked]; });
  await P("fromNonIterObj", async () => { try { ReadableStream.from({}); return "ok"; } catch (e) { return en(e); } });
  await P("msgPortTransfer", async () => { const { port1, port2 } = new MessageChannel(); try { const c = structuredClone(port1, { transfer: [port1] }); return c.constructor.name; } catch (e) { return en(e); } });
  await P("scBlobFile", async () => { const o = []; for (const v of [new Blob(["a"]), new File(["b"], "n")]) { try { const c = structuredClone(v); o.push([c.constructor.name, await c.text()]); } catch (e) { o.push(en(e)); } } return o; });
  await P("compressBadFormat", async () => { try { new CompressionStream("brotli"); return "ok"; } catch (e) { return en(e); } });
  await P("compressString", async () => { const cs = new CompressionStream("gzip"); const w = cs.writable.getWriter(); return w.write("str").then(() => "ok", en); });
  await P("decompressNoArg", async () => { try { new DecompressionStream(); return "ok"; } catch (e) { return en(e); } });
  await P("respTextBom", async () => [await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text(), (await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x31])).json())]);
  await P("respJsonBad", async () => new Response("{").json().then(() => "ok", en));
  await P("respBlobType", async () => { const b = await new Response("x", { headers: { "content-type": "Text/HTML; Charset=utf-8" } }).blob(); return b.type; });
  await P("reqBlobType", async () => { const b = await new Request("http://a/", { method: "POST", body: new Blob(["q"], { type: "a/b" }) }).blob(); return b.type; });
  await P("reportError", async () => { try { reportError(new Error("r")); return "ok"; } catch (e) { return en(e); } });
  await P("negTimer", async () => { const o = []; setTimeout(() => o.push("neg"), -5); setTimeout(() => o.push("zero"), 0); await new Promise((r) => setTimeout(r, 5)); return o; });
}, [get("/")], 2000),
c("webapi6-events-signals-order", "Event subclassing and dispatch flags, AbortSignal.any/timeout ordering and listeners, abort listener order vs onabort, signal reason on fetch rejections, microtask vs listener ordering", async (P) => {
  const en = (e) => e === undefined ? "undef" : (e && e.name ? e.name + ": " + e.message : String(e));
  await P("eventSubclass", async () => { class E extends Event { constructor() { super("z", { cancelable: true }); this.k = 1; } } const t = new EventTarget(); let got; t.addEventListener("z", (e) => { got = [e instanceof E, e.k, e.type]; e.preventDefault(); }); const r = t.dispatchEvent(new E()); return [got, r]; });
  await P("targetSubclass", async () => { class T extends EventTarget { constructor() { super(); this.n = 0; } } const t = new T(); t.addEventListener("q", function () { this.n++; }); t.dispatchEvent(new Event("q")); return [t.n, Object.prototype.toString.call(t)]; });
  await P("abortOrder", async () => { const a = new AbortController(); const o = []; a.signal.addEventListener("abort", () => o.push("l1")); a.signal.onabort = () => o.push("on"); a.signal.addEventListener("abort", () => o.push("l2")); a.abort(); return o; });
  await P("abortDuringListener", async () => { const a = new AbortController(); const o = []; a.signal.addEventListener("abort", () => { o.push(a.signal.aborted, String(a.signal.reason)); }); a.abort("W"); return o; });
  await P("anyNested", async () => { const a = new AbortController(); const s1 = AbortSignal.any([a.signal]); const s2 = AbortSignal.any([s1]); const o = []; s2.addEventListener("abort", () => o.push("s2")); s1.addEventListener("abort", () => o.push("s1")); a.signal.addEventListener("abort", () => o.push("a")); a.abort(); return [o, s2.reason?.name]; });
  await P("anyEmpty", async () => { const s = AbortSignal.any([]); return [s.aborted, s.reason]; });
  await P("anyBad", async () => { try { AbortSignal.any([{}]); return "ok"; } catch (e) { return en(e); } });
  await P("timeoutBad", async () => { const o = []; for (const v of [-1, "x", undefined]) { try { AbortSignal.timeout(v); o.push("ok"); } catch (e) { o.push(en(e)); } } return o; });
  await P("fetchAbortReason", async () => { const a = new AbortController(); a.abort(new RangeError("mine")); return fetch("http://example.invalid/", { signal: a.signal }).then(() => "ok", en); });
  await P("fetchAbortDefault", async () => { const a = new AbortController(); a.abort(); return fetch("http://example.invalid/", { signal: a.signal }).then(() => "ok", en); });
  await P("listenerMicrotask", async () => { const t = new EventTarget(); const o = []; t.addEventListener("x", () => { o.push("a"); queueMicrotask(() => o.push("m")); }); t.addEventListener("x", () => o.push("b")); t.dispatchEvent(new Event("x")); o.push("after"); await null; return o; });
  await P("addDuringDispatch", async () => { const t = new EventTarget(); const o = []; t.addEventListener("x", () => { o.push(1); t.addEventListener("x", () => o.push(2)); }); t.dispatchEvent(new Event("x")); t.dispatchEvent(new Event("x")); return o; });
  await P("removeDuringDispatch", async () => { const t = new EventTarget(); const o = []; const g = () => o.push(2); t.addEventListener("x", () => { o.push(1); t.removeEventListener("x", g); }); t.addEventListener("x", g); t.dispatchEvent(new Event("x")); return o; });
  await P("onceAndRemove", async () => { const t = new EventTarget(); const o = []; const f = () => o.push(1); t.addEventListener("x", f, { once: true }); t.removeEventListener("x", f); t.dispatchEvent(new Event("x")); t.addEventListener("x", f, { once: true }); t.addEventListener("x", f); t.dispatchEvent(new Event("x")); t.dispatchEvent(new Event("x")); return o; });
  await P("eventInit", async () => { const o = []; for (const i of [null, 5, "x"]) { try { const e = new Event("a", i); o.push([e.bubbles, e.cancelable]); } catch (x) { o.push(en(x)); } } return o; });
  await P("preventNonCancelable", async () => { const e = new Event("a"); e.preventDefault(); const c = new Event("b", { cancelable: true }); c.returnValue = false; return [e.defaultPrevented, c.defaultPrevented, c.returnValue]; });
  await P("typeCoercion", async () => { const t = new EventTarget(); const o = []; t.addEventListener(5, () => o.push("5")); t.dispatchEvent(new Event(5)); t.addEventListener(null, () => o.push("null")); t.dispatchEvent(new Event("null")); return o; });
  await P("throwIfAborted", async () => { const s = AbortSignal.abort(); try { s.throwIfAborted(); return "ok"; } catch (e) { return en(e); } });
  await P("signalCtor", async () => { try { new AbortSignal(); return "ok"; } catch (e) { return en(e); } });
  await P("schedulerWait", async () => { if (typeof scheduler === "undefined") return "none"; const a = new AbortController(); const p = scheduler.wait(50, { signal: a.signal }).then(() => "ok", en); a.abort("stop"); return p; });
}),
c("webapi6-stream-classes-messages", "Stream class constructors used directly, lock error messages, byte controller close with a partial element, transform promise rejections, writer after release", async (P) => {
  const en = (e) => e === undefined ? "undef" : (e && e.name ? e.name + ": " + e.message : String(e));
  const tr = (f) => { try { const v = f(); return v === undefined ? "undef" : typeof v === "object" ? v.constructor.name : v; } catch (e) { return en(e); } };
  await P("ctorReaders", async () => { const rs = new ReadableStream(); const a = tr(() => new ReadableStreamDefaultReader(rs)); const b = tr(() => new ReadableStreamDefaultReader(rs)); const c = tr(() => new ReadableStreamBYOBReader(new ReadableStream())); const d = tr(() => new ReadableStreamBYOBReader(new ReadableStream({ type: "bytes" }))); const e = tr(() => new ReadableStreamDefaultReader({})); return [a, b, c, d, e]; });
  await P("ctorWriter", async () => { const ws = new WritableStream(); return [tr(() => new WritableStreamDefaultWriter(ws)), tr(() => new WritableStreamDefaultWriter(ws)), tr(() => ws.getWriter()), tr(() => new WritableStreamDefaultWriter({}))]; });
  await P("ctorControllers", async () => [tr(() => new ReadableStreamDefaultController()), tr(() => new WritableStreamDefaultController()), tr(() => new TransformStreamDefaultController()), tr(() => new ReadableByteStreamController()), tr(() => new ReadableStreamBYOBRequest())]);
  await P("teeLocked", async () => { const rs = new ReadableStream(); rs.getReader(); return tr(() => rs.tee()); });
  await P("pipeThroughWritableLocked", async () => { const ts = new TransformStream(); ts.writable.getWriter(); return tr(() => new ReadableStream().pipeThrough(ts)); });
  await P("byteClosePartial", async () => {
    let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } });
    const r = rs.getReader({ mode: "byob" }); const p = r.read(new Uint16Array(2)).then((x) => [x.done, x.value?.length], en);
    ctl.enqueue(new Uint8Array([1])); let ce; try { ctl.close(); } catch (e) { ce = en(e); } const a = await p; const b = await r.read(new Uint16Array(2)).then((x) => [x.done, x.value?.length], en); return [ce, a, b, await r.closed.then(() => "ok", en)];
  });
  await P("byteEnqueueAfterClose", async () => { let ctl; new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); ctl.close(); return tr(() => ctl.enqueue(new Uint8Array(1))); });
  await P("byteEnqueueDetached", async () => { let ctl; new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const u = new Uint8Array(2); structuredClone(u.buffer, { transfer: [u.buffer] }); return tr(() => ctl.enqueue(u)); });
  await P("transformReject", async () => { const ts = new TransformStream({ transform() { return Promise.reject(new RangeError("tr")); } }); const w = ts.writable.getWriter(); return [await w.write(1).then(() => "ok", en), await ts.readable.getReader().read().then(() => "ok", en)]; });
  await P("writerAfterRelease", async () => { const ws = new WritableStream(); const w = ws.getWriter(); w.releaseLock(); return [await w.write(1).then(() => "ok", en), await w.close().then(() => "ok", en), await w.abort().then(() => "ok", en), await w.closed.then(() => "ok", en), await w.ready.then(() => "ok", en), tr(() => w.releaseLock())]; });
  await P("wsCtlErrorAfterClose", async () => { let ctl; const ws = new WritableStream({ start(c) { ctl = c; } }); await ws.getWriter().close(); return tr(() => ctl.error(new Error("late"))); });
  await P("rsErroredRead", async () => { const rs = new ReadableStream({ start(c) { c.error(); } }); return rs.getReader().read().then(() => "ok", (e) => e === undefined ? "undef" : en(e)); });
  await P("wsLockedAbort", async () => { const ws = new WritableStream(); ws.getWriter(); return [await ws.abort().then(() => "ok", en), await ws.close().then(() => "ok", en)]; });
  await P("rsLockedCancel", async () => { const rs = new ReadableStream(); rs.getReader(); return rs.cancel().then(() => "ok", en); });
  await P("tsLockedCancel", async () => { const ts = new TransformStream(); ts.readable.getReader(); return ts.readable.cancel().then(() => "ok", en); });
}),
c("webapi6-byte-stream-close-paths", "Byte streams: close with queued partial bytes then BYOB read, min reads across chunks, releaseLock with pending BYOB read", async (P) => {
  const en = (e) => e === undefined ? "undef" : (e && e.name ? e.name + ": " + e.message : String(e));
  const rd = (p) => p.then((x) => [x.done, x.value === undefined ? "u" : [x.value.constructor.name, x.value.length]], en);
  await P("queuedPartialThenRead", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); ctl.enqueue(new Uint8Array([1, 2, 3])); ctl.close(); const r = rs.getReader({ mode: "byob" }); return [await rd(r.read(new Uint16Array(4))), await rd(r.read(new Uint16Array(4))), await r.closed.then(() => "ok", en)]; });
  await P("queuedOddThenU16", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); ctl.enqueue(new Uint8Array([1])); ctl.close(); const r = rs.getReader({ mode: "byob" }); return [await rd(r.read(new Uint16Array(1))), await r.closed.then(() => "ok", en)]; });
  await P("minAcrossChunks", async () => { let n = 0; const rs = new ReadableStream({ type: "bytes", pull(c) { n++; c.enqueue(new Uint8Array([n, n])); } }); const r = rs.getReader({ mode: "byob" }); const x = await r.read(new Uint8Array(10), { min: 7 }); return [[...x.value], n]; });
  await P("minU32Partial", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const r = rs.getReader({ mode: "byob" }); const p = rd(r.read(new Uint32Array(2), { min: 2 })); ctl.enqueue(new Uint8Array(5)); ctl.close(); return await p; });
  await P("releasePendingByob", async () => { const rs = new ReadableStream({ type: "bytes" }); const r = rs.getReader({ mode: "byob" }); const p = rd(r.read(new Uint8Array(2))); r.releaseLock(); const r2 = rs.getReader({ mode: "byob" }); return [await p, rs.locked]; });
  await P("enqueueWithPendingByob", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const r = rs.getReader({ mode: "byob" }); const p = r.read(new Uint8Array(2)).then((x) => [...x.value], en); ctl.enqueue(new Uint8Array([9, 8, 7])); const q = r.read(new Uint8Array(4)).then((x) => [...x.value], en); return [await p, await q]; });
  await P("atobWs", async () => { const o = []; for (const s of [" YQ==", "YQ== ", "Y\fQ==", "Y\rQ", "YQ=\n=", "\u00a0YQ"]) { try { o.push(atob(s)); } catch (e) { o.push(en(e)); } } return o; });
}),
];
