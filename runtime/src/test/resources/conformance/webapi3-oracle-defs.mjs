// Oracle definitions of the webapi3-* cases: put this file beside the oracle's defs/_h.mjs (DEFS_DIR) and run `node record.mjs webapi3` to re-record them.
import { PRELUDE, get, CD } from "./_h.mjs";
import { generateKeyPairSync } from "node:crypto";
// fixed key material for the crypto case: made once when this file is loaded, then part of the recorded script
const der = (kp) => ({ spki: kp.publicKey.export({ type: "spki", format: "der" }).toString("base64"), pkcs8: kp.privateKey.export({ type: "pkcs8", format: "der" }).toString("base64") });
const KEYS = {
  rsa: der(generateKeyPairSync("rsa", { modulusLength: 1024 })),
  p256: der(generateKeyPairSync("ec", { namedCurve: "P-256" })), p256b: der(generateKeyPairSync("ec", { namedCurve: "P-256" })),
  p384: der(generateKeyPairSync("ec", { namedCurve: "P-384" })), p384b: der(generateKeyPairSync("ec", { namedCurve: "P-384" })),
  p521: der(generateKeyPairSync("ec", { namedCurve: "P-521" })), p521b: der(generateKeyPairSync("ec", { namedCurve: "P-521" })),
  ed: der(generateKeyPairSync("ed25519")), x: der(generateKeyPairSync("x25519")), xb: der(generateKeyPairSync("x25519")),
};
// Each probe body is a real function here (no escaping), serialised into the worker.
const worker = (fn) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const KEYS = ${JSON.stringify(KEYS)};
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), 100))]); };
    await probes(P, out, req);
    return Response.json(out);
  }
};`,
});
const c = (name, description, fn, steps = [get("/")]) => ({ name, area: "web-api", description, options: worker(fn), steps });

const readAll = `async (rs) => { const r = rs.getReader(); const o = []; for (;;) { const { value, done } = await r.read(); if (done) return o; o.push(value instanceof Uint8Array ? [...value] : value); } }`;

export default [
c("webapi3-byte-streams-byob-details", "Byte streams: BYOB read with min, readAtLeast, byobRequest respond/respondWithNewView, autoAllocateChunkSize, enqueue/close errors, zero-length views, releaseLock with pending reads, cancel reasons", async (P, out) => {
  const readAll = async (rs) => { const r = rs.getReader(); const o = []; for (;;) { const { value, done } = await r.read(); if (done) return o; o.push(value instanceof Uint8Array ? [...value] : value); } };
  const mk = (chunks) => new ReadableStream({ type: "bytes", start(c) { for (const ch of chunks) c.enqueue(new Uint8Array(ch)); c.close(); } });
  await P("byobBasic", async () => { const r = mk([[1, 2, 3], [4, 5]]).getReader({ mode: "byob" }); const a = await r.read(new Uint8Array(2)); const b = await r.read(new Uint8Array(10)); const c2 = await r.read(new Uint8Array(10)); const d = await r.read(new Uint8Array(10)); return [[...a.value], a.done, [...b.value], b.done, [...c2.value], c2.done, d.done, d.value && d.value.byteLength, d.value && d.value.constructor.name]; });
  await P("byobMin", async () => { const r = mk([[1], [2], [3], [4]]).getReader({ mode: "byob" }); const a = await r.read(new Uint8Array(4), { min: 3 }); return [[...a.value], a.done]; });
  await P("byobMinTooBig", async () => { const r = mk([[1]]).getReader({ mode: "byob" }); return r.read(new Uint8Array(2), { min: 3 }); });
  await P("byobMinZero", async () => { const r = mk([[1]]).getReader({ mode: "byob" }); return r.read(new Uint8Array(2), { min: 0 }); });
  await P("readAtLeast", async () => { const r = mk([[1], [2], [3], [4]]).getReader({ mode: "byob" }); if (typeof r.readAtLeast !== "function") return "absent"; const a = await r.readAtLeast(3, new Uint8Array(4)); return [[...a.value], a.done]; });
  await P("byobZeroView", async () => { const r = mk([[1]]).getReader({ mode: "byob" }); return r.read(new Uint8Array(0)); });
  await P("byobNoView", async () => { const r = mk([[1]]).getReader({ mode: "byob" }); return r.read(); });
  await P("byobNotView", async () => { const r = mk([[1]]).getReader({ mode: "byob" }); return r.read([1, 2]); });
  await P("byobDataView", async () => { const r = mk([[7, 8, 9]]).getReader({ mode: "byob" }); const a = await r.read(new DataView(new ArrayBuffer(2))); return [a.value.constructor.name, a.value.byteLength, a.value.getUint8(0)]; });
  await P("byobUint16", async () => { const r = mk([[1, 0, 2, 0, 3]]).getReader({ mode: "byob" }); const a = await r.read(new Uint16Array(4)); return [a.value.constructor.name, [...a.value]]; });
  await P("byobOnDefault", async () => { const rs = new ReadableStream({ start(c) { c.close(); } }); return rs.getReader({ mode: "byob" }); });
  await P("byobBadMode", async () => new ReadableStream().getReader({ mode: "nope" }));
  await P("respond", async () => { const rs = new ReadableStream({ type: "bytes", pull(c) { const v = c.byobRequest.view; v[0] = 42; v[1] = 43; c.byobRequest.respond(2); } }); const r = rs.getReader({ mode: "byob" }); const a = await r.read(new Uint8Array(5)); return [...a.value]; });
  await P("respondTooMuch", async () => { let err; const rs = new ReadableStream({ type: "bytes", pull(c) { try { c.byobRequest.respond(10); } catch (e) { err = e.name + ": " + e.message; c.close(); c.byobRequest && c.byobRequest.respond(0); } } }); const r = rs.getReader({ mode: "byob" }); await r.read(new Uint8Array(5)); return err; });
  await P("respondWithNewView", async () => { const rs = new ReadableStream({ type: "bytes", pull(c) { const v = c.byobRequest.view; const nv = new Uint8Array(v.buffer, v.byteOffset, 1); nv[0] = 9; c.byobRequest.respondWithNewView(nv); } }); const r = rs.getReader({ mode: "byob" }); const a = await r.read(new Uint8Array(3)); return [...a.value]; });
  await P("byobRequestShape", async () => { let s; const rs = new ReadableStream({ type: "bytes", pull(c) { const b = c.byobRequest; s = [b === null, b && b.constructor.name, b && b.view.byteLength, b && b.view.constructor.name, Object.prototype.toString.call(c)]; b.view[0] = 1; b.respond(1); } }); const r = rs.getReader({ mode: "byob" }); await r.read(new Uint8Array(4)); return s; });
  await P("byobRequestDefaultReader", async () => { let s; const rs = new ReadableStream({ type: "bytes", pull(c) { s = c.byobRequest; c.enqueue(new Uint8Array([1])); } }); const r = rs.getReader(); await r.read(); return s === null ? "null" : (s && s.view ? "view:" + s.view.byteLength : String(s)); });
  await P("autoAllocate", async () => { let s; const rs = new ReadableStream({ type: "bytes", autoAllocateChunkSize: 8, pull(c) { const b = c.byobRequest; s = b ? b.view.byteLength : "none"; if (b) { b.view[0] = 5; b.respond(1); } else c.enqueue(new Uint8Array([5])); } }); const r = rs.getReader(); const a = await r.read(); return [s, [...a.value]]; });
  await P("autoAllocateZero", async () => new ReadableStream({ type: "bytes", autoAllocateChunkSize: 0 }));
  await P("enqueueAfterClose", async () => { let e; new ReadableStream({ type: "bytes", start(c) { c.close(); try { c.enqueue(new Uint8Array([1])); } catch (x) { e = x.name + ": " + x.message; } } }); return e; });
  await P("enqueueDefaultAfterClose", async () => { let e; new ReadableStream({ start(c) { c.close(); try { c.enqueue(1); } catch (x) { e = x.name + ": " + x.message; } } }); return e; });
  await P("closeTwiceDefault", async () => { let e; new ReadableStream({ start(c) { c.close(); try { c.close(); } catch (x) { e = x.name + ": " + x.message; } } }); return e; });
  await P("closeTwiceBytes", async () => { let e; new ReadableStream({ type: "bytes", start(c) { c.close(); try { c.close(); } catch (x) { e = x.name + ": " + x.message; } } }); return e; });
  await P("enqueueZeroBytes", async () => { let e = "none"; new ReadableStream({ type: "bytes", start(c) { try { c.enqueue(new Uint8Array(0)); } catch (x) { e = x.name + ": " + x.message; } } }); return e; });
  await P("enqueueNonView", async () => { let e = "none"; new ReadableStream({ type: "bytes", start(c) { try { c.enqueue("abc"); } catch (x) { e = x.name + ": " + x.message; } } }); return e; });
  await P("enqueueArrayBuffer", async () => { let e = "none"; new ReadableStream({ type: "bytes", start(c) { try { c.enqueue(new ArrayBuffer(2)); } catch (x) { e = x.name + ": " + x.message; } } }); return e; });
  await P("enqueueDetaches", async () => { const u = new Uint8Array([1, 2]); const rs = new ReadableStream({ type: "bytes", start(c) { c.enqueue(u); c.close(); } }); const before = u.byteLength; const got = await readAll(rs); return [before, u.byteLength, got]; });
  await P("errorThenRead", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error(new TypeError("boom")); } }); const r = rs.getReader(); return r.read(); });
  await P("errorNoArg", async () => { const rs = new ReadableStream({ start(c) { c.error(); } }); const r = rs.getReader(); try { await r.read(); return "no"; } catch (e) { return [typeof e, String(e)]; } });
  await P("releasePending", async () => { const rs = new ReadableStream(); const r = rs.getReader(); const p = r.read().then(() => "resolved", (e) => e.name + ": " + e.message); r.releaseLock(); const q = await r.closed.then(() => "closed", (e) => e.name + ": " + e.message); return [await p, q, rs.locked]; });
  await P("cancelReason", async () => { let got; const rs = new ReadableStream({ cancel(r) { got = r; return "ignored"; } }); const v = await rs.cancel("why"); return [got, v === undefined]; });
  await P("cancelLocked", async () => { const rs = new ReadableStream(); rs.getReader(); return rs.cancel(); });
  await P("cancelThrows", async () => { const rs = new ReadableStream({ cancel() { throw new RangeError("nope"); } }); return rs.cancel(); });
  await P("readerCancelThenRead", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(1); } }); const r = rs.getReader(); await r.cancel(); return r.read(); });
  await P("byteTee", async () => { const [a, b] = mk([[1, 2], [3]]).tee(); return [await readAll(a), await readAll(b)]; });
  await P("byteTeeByob", async () => { const [a] = mk([[1, 2], [3]]).tee(); const r = a.getReader({ mode: "byob" }); const x = await r.read(new Uint8Array(8)); return [...x.value]; });
  await P("controllerShape", async () => { let s; new ReadableStream({ type: "bytes", start(c) { s = [c.constructor.name, c.desiredSize, typeof c.byobRequest]; } }); let d; new ReadableStream({ start(c) { d = [c.constructor.name, c.desiredSize]; } }, { highWaterMark: 3 }); return [s, d]; });
  await P("bytesHwm", async () => { let s; new ReadableStream({ type: "bytes", start(c) { s = c.desiredSize; } }, { highWaterMark: 10 }); return s; });
  await P("bytesSize", async () => new ReadableStream({ type: "bytes" }, { size() { return 1; } }));
  await P("badType", async () => new ReadableStream({ type: "text" }));
  await P("readerClosedAfterClose", async () => { const rs = new ReadableStream({ start(c) { c.close(); } }); const r = rs.getReader(); return [await r.closed.then(() => "closed"), await r.read()]; });
  await P("pullCount", async () => { let n = 0; const rs = new ReadableStream({ pull(c) { n++; c.enqueue(n); if (n >= 3) c.close(); } }, { highWaterMark: 0 }); const before = n; const got = await readAll(rs); return [before, n, got]; });
  await P("pullHwm2", async () => { let n = 0; new ReadableStream({ pull(c) { n++; c.enqueue(n); } }, { highWaterMark: 2 }); await new Promise((r) => setTimeout(r, 1)); return n; });
}),

c("webapi3-pipes-abort-propagation", "pipeTo/pipeThrough: preventClose/preventAbort/preventCancel, signals (reason, already aborted), error propagation in both directions, locked streams, TransformStream strategies and backpressure, WritableStream controller signal", async (P, out) => {
  const sinkOf = (log, extra = {}) => new WritableStream({ write(ch) { log.push("w:" + ch); }, close() { log.push("close"); }, abort(r) { log.push("abort:" + (r && r.message || r)); }, ...extra });
  const src = (chunks, log, close = true) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); if (close) c.close(); }, cancel(r) { log.push("cancel:" + (r && r.message || r)); } });
  await P("plain", async () => { const log = []; await src([1, 2], log).pipeTo(sinkOf(log)); return log; });
  await P("preventClose", async () => { const log = []; const ws = sinkOf(log); await src([1], log).pipeTo(ws, { preventClose: true }); const w = ws.getWriter(); await w.write(9); return [log, ws.locked]; });
  await P("srcErrorAborts", async () => { const log = []; const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error("src")); } }); const r = await rs.pipeTo(sinkOf(log)).then(() => "ok", (e) => e.message); return [r, log]; });
  await P("srcErrorPreventAbort", async () => { const log = []; const rs = new ReadableStream({ start(c) { c.error(new Error("src")); } }); const ws = sinkOf(log); const r = await rs.pipeTo(ws, { preventAbort: true }).then(() => "ok", (e) => e.message); return [r, log, ws.locked]; });
  await P("dstErrorCancels", async () => { const log = []; const ws = new WritableStream({ write() { throw new Error("dst"); } }); const r = await src([1, 2], log, false).pipeTo(ws).then(() => "ok", (e) => e.message); return [r, log]; });
  await P("dstErrorPreventCancel", async () => { const log = []; const ws = new WritableStream({ write() { throw new Error("dst"); } }); const rs = src([1, 2], log, false); const r = await rs.pipeTo(ws, { preventCancel: true }).then(() => "ok", (e) => e.message); return [r, log, rs.locked]; });
  await P("signalAborted", async () => { const log = []; const ac = new AbortController(); ac.abort(); const r = await src([1], log).pipeTo(sinkOf(log), { signal: ac.signal }).then(() => "ok", (e) => [e.name, e.message, e.constructor.name]); return [r, log]; });
  await P("signalReason", async () => { const log = []; const ac = new AbortController(); ac.abort(new RangeError("mine")); const r = await src([1], log, false).pipeTo(sinkOf(log), { signal: ac.signal }).then(() => "ok", (e) => [e.name, e.message]); return [r, log]; });
  await P("signalAllPrevent", async () => { const log = []; const ac = new AbortController(); ac.abort("x"); const r = await src([1], log, false).pipeTo(sinkOf(log), { signal: ac.signal, preventAbort: true, preventCancel: true }).then(() => "ok", (e) => String(e)); return [r, log]; });
  await P("badSignal", async () => new ReadableStream().pipeTo(new WritableStream(), { signal: {} }));
  await P("notWritable", async () => new ReadableStream().pipeTo({}));
  await P("lockedSrc", async () => { const rs = new ReadableStream(); rs.getReader(); return rs.pipeTo(new WritableStream()); });
  await P("lockedDst", async () => { const ws = new WritableStream(); ws.getWriter(); return new ReadableStream().pipeTo(ws); });
  await P("pipeThroughLocked", async () => { const rs = new ReadableStream(); rs.getReader(); return rs.pipeThrough(new TransformStream()); });
  await P("pipeThroughBad", async () => new ReadableStream().pipeThrough({}));
  await P("pipeThroughOnlyReadable", async () => new ReadableStream().pipeThrough({ readable: new ReadableStream() }));
  await P("pipeThroughReturns", async () => { const ts = new TransformStream(); const r = new ReadableStream().pipeThrough(ts); return r === ts.readable; });
  await P("closedDst", async () => { const log = []; const ws = new WritableStream(); await ws.close(); const r = await src([1], log, false).pipeTo(ws).then(() => "ok", (e) => [e.name, e.message]); return [r, log]; });
  await P("erroredDstPreventCancel", async () => { const log = []; const ws = new WritableStream({ start(c) { c.error(new Error("pre")); } }); const r = await src([1], log, false).pipeTo(ws, { preventCancel: true }).then(() => "ok", (e) => e.message); return [r, log]; });
  await P("closedSrcPreventClose", async () => { const log = []; const ws = sinkOf(log); const rs = new ReadableStream({ start(c) { c.close(); } }); await rs.pipeTo(ws, { preventClose: true }); return [log, ws.locked]; });
  await P("transformDefaultDesired", async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); const a = w.desiredSize; w.write(1); const b = w.desiredSize; await new Promise((r) => setTimeout(r, 1)); return [a, b, w.desiredSize]; });
  await P("transformTerminate", async () => { const ts = new TransformStream({ transform(ch, c) { c.enqueue(ch); c.terminate(); } }); const w = ts.writable.getWriter(); const p = w.write(1); const r = ts.readable.getReader(); const a = await r.read(); const b = await r.read(); const wr = await p.then(() => "ok", (e) => e.name + ": " + e.message); const w2 = await w.write(2).then(() => "ok", (e) => e.name + ": " + e.message); return [a, b, wr, w2]; });
  await P("transformControllerError", async () => { const ts = new TransformStream({ start(c) { c.error(new Error("ctl")); } }); const r = await ts.readable.getReader().read().then(() => "ok", (e) => e.message); const w = await ts.writable.getWriter().write(1).then(() => "ok", (e) => e.message); return [r, w]; });
  await P("readableCancelAbortsWritable", async () => { const log = []; const ts = new TransformStream({ cancel(r) { log.push("cancel:" + r); } }); await ts.readable.cancel("rc"); const w = ts.writable.getWriter(); const res = await w.write(1).then(() => "ok", (e) => String(e)); return [log, res]; });
  await P("writableAbortCancelsReadable", async () => { const ts = new TransformStream(); await ts.writable.abort("wa"); const res = await ts.readable.getReader().read().then(() => "ok", (e) => String(e)); return res; });
  await P("controllerSignal", async () => { let ctl; const ws = new WritableStream({ start(c) { ctl = c; }, write() { return new Promise(() => {}); } }); const w = ws.getWriter(); w.write(1); const s = ctl.signal; const before = [s.aborted, s.constructor.name]; w.abort("r1"); return [before, s.aborted, s.reason]; });
  await P("controllerErrorMethod", async () => { let ctl; const ws = new WritableStream({ start(c) { ctl = c; } }); ctl.error(new TypeError("ce")); return ws.getWriter().write(1); });
  await P("abortReturnsSinkResult", async () => { const ws = new WritableStream({ abort() { throw new Error("sinkabort"); } }); return ws.abort("r"); });
  await P("closeErrored", async () => { const ws = new WritableStream({ start(c) { c.error(new Error("x")); } }); return ws.close(); });
  await P("writerCloseTwice", async () => { const ws = new WritableStream(); const w = ws.getWriter(); w.close(); return w.close(); });
  await P("writeAfterClose", async () => { const ws = new WritableStream(); const w = ws.getWriter(); w.close(); return w.write(1); });
  await P("releasedWriterOps", async () => { const ws = new WritableStream(); const w = ws.getWriter(); w.releaseLock(); return [await t(() => w.write(1)), await t(() => w.close()), await t(() => w.desiredSize), await t(() => w.closed), await t(() => w.ready)]; });
  await P("sinkSize", async () => { const seen = []; const ws = new WritableStream({ write(c) { seen.push(c); } }, { highWaterMark: 10, size(c) { return c.length; } }); const w = ws.getWriter(); const a = w.desiredSize; w.write("abcd"); const b = w.desiredSize; await w.close(); return [a, b, seen]; });
  await P("sizeThrows", async () => { const ws = new WritableStream({}, { size() { throw new Error("sz"); } }); const w = ws.getWriter(); return w.write(1); });
  await P("readableSizeThrows", async () => { let e; new ReadableStream({ start(c) { try { c.enqueue(1); } catch (x) { e = x.message; } } }, { size() { throw new Error("rsz"); } }); return e; });
  await P("negativeSize", async () => { let e; new ReadableStream({ start(c) { try { c.enqueue(1); } catch (x) { e = x.name + ": " + x.message; } } }, { size() { return -1; } }); return e; });
}),

c("webapi3-multipart-parsing-quirks", "Body.formData() over hand-written multipart bodies: quoted and odd boundaries, preamble/epilogue, LF-only lines, missing headers, filenames (empty, quoted, escaped, filename*), part content types, missing final boundary, charset, exact errors", async (P, out) => {
  const CRLF = "\r\n";
  const parse = async (body, ct) => { const fd = await new Response(body, { headers: { "content-type": ct } }).formData(); const o = []; for (const [k, v] of fd) { o.push(typeof v === "string" ? [k, v] : [k, v.constructor.name, v.name, v.type, v.size, await v.text(), typeof v.lastModified]); } return o; };
  const mp = (parts, b = "B") => parts.map((p) => "--" + b + CRLF + p).join(CRLF) + CRLF + "--" + b + "--" + CRLF;
  await P("basic", () => parse(mp(['Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1", 'Content-Disposition: form-data; name="f"; filename="x.txt"' + CRLF + "Content-Type: text/plain" + CRLF + CRLF + "hello"]), "multipart/form-data; boundary=B"));
  await P("quotedBoundary", () => parse(mp(['Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1"], "a b"), 'multipart/form-data; boundary="a b"'));
  await P("boundaryCase", () => parse(mp(['Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1"], "XyZ"), "Multipart/Form-Data; BOUNDARY=XyZ"));
  await P("boundaryParamSpaces", () => parse(mp(['Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1"]), "multipart/form-data ; boundary = B"));
  await P("noBoundary", () => parse("x", "multipart/form-data"));
  await P("emptyBoundary", () => parse("x", "multipart/form-data; boundary="));
  await P("preambleEpilogue", () => parse("preamble text" + CRLF + mp(['Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1"]) + "epilogue", "multipart/form-data; boundary=B"));
  await P("lfOnly", () => parse('--B\nContent-Disposition: form-data; name="a"\n\n1\n--B--\n', "multipart/form-data; boundary=B"));
  await P("noFinalBoundary", () => parse("--B" + CRLF + 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1" + CRLF, "multipart/form-data; boundary=B"));
  await P("finalNoCRLF", () => parse("--B" + CRLF + 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1" + CRLF + "--B--", "multipart/form-data; boundary=B"));
  await P("noDisposition", () => parse(mp(["Content-Type: text/plain" + CRLF + CRLF + "1"]), "multipart/form-data; boundary=B"));
  await P("noName", () => parse(mp(["Content-Disposition: form-data" + CRLF + CRLF + "1"]), "multipart/form-data; boundary=B"));
  await P("unquotedName", () => parse(mp(["Content-Disposition: form-data; name=abc" + CRLF + CRLF + "1"]), "multipart/form-data; boundary=B"));
  await P("emptyFilename", () => parse(mp(['Content-Disposition: form-data; name="f"; filename=""' + CRLF + "Content-Type: application/octet-stream" + CRLF + CRLF]), "multipart/form-data; boundary=B"));
  await P("fileNoType", () => parse(mp(['Content-Disposition: form-data; name="f"; filename="a.bin"' + CRLF + CRLF + "zz"]), "multipart/form-data; boundary=B"));
  await P("fieldWithType", () => parse(mp(['Content-Disposition: form-data; name="j"' + CRLF + "Content-Type: application/json" + CRLF + CRLF + "{}"]), "multipart/form-data; boundary=B"));
  await P("escapedQuotes", () => parse(mp(['Content-Disposition: form-data; name="a\\"b"; filename="c\\"d.txt"' + CRLF + CRLF + "v"]), "multipart/form-data; boundary=B"));
  await P("percentName", () => parse(mp(['Content-Disposition: form-data; name="a%22b"; filename="x%20y.txt"' + CRLF + CRLF + "v"]), "multipart/form-data; boundary=B"));
  await P("filenameStar", () => parse(mp(["Content-Disposition: form-data; name=\"f\"; filename*=UTF-8''%C3%A9.txt" + CRLF + CRLF + "v"]), "multipart/form-data; boundary=B"));
  await P("utf8Name", () => parse(mp(['Content-Disposition: form-data; name="é"; filename="ü.txt"' + CRLF + CRLF + "ß"]), "multipart/form-data; boundary=B"));
  await P("valueWithCRLF", () => parse(mp(['Content-Disposition: form-data; name="a"' + CRLF + CRLF + "x" + CRLF + "y" + CRLF + "--Bnot"]), "multipart/form-data; boundary=B"));
  await P("headerCase", () => parse(mp(['content-disposition: FORM-DATA; NAME="a"' + CRLF + CRLF + "1"]), "multipart/form-data; boundary=B"));
  await P("attachmentDisposition", () => parse(mp(['Content-Disposition: attachment; name="a"' + CRLF + CRLF + "1"]), "multipart/form-data; boundary=B"));
  await P("extraHeaders", () => parse(mp(['Content-Disposition: form-data; name="a"' + CRLF + "X-Other: 1" + CRLF + "Content-Transfer-Encoding: base64" + CRLF + CRLF + "aGk="]), "multipart/form-data; boundary=B"));
  await P("dupNames", () => parse(mp(['Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1", 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + "2"]), "multipart/form-data; boundary=B"));
  await P("emptyBody", () => parse("", "multipart/form-data; boundary=B"));
  await P("onlyClose", () => parse("--B--", "multipart/form-data; boundary=B"));
  await P("garbage", () => parse("hello world", "multipart/form-data; boundary=B"));
  await P("charsetField", () => parse(mp(['Content-Disposition: form-data; name="_charset_"' + CRLF + CRLF + "iso-8859-1", 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + "é"]), "multipart/form-data; boundary=B"));
  await P("noBlankLine", () => parse("--B" + CRLF + 'Content-Disposition: form-data; name="a"' + CRLF + "1" + CRLF + "--B--", "multipart/form-data; boundary=B"));
  await P("binaryFile", async () => { const bytes = new Uint8Array([0, 255, 13, 10, 45, 45, 66]); const head = new TextEncoder().encode("--B" + CRLF + 'Content-Disposition: form-data; name="f"; filename="b"' + CRLF + "Content-Type: application/octet-stream" + CRLF + CRLF); const tail = new TextEncoder().encode(CRLF + "--B--" + CRLF); const body = new Uint8Array([...head, ...bytes, ...tail]); const fd = await new Response(body, { headers: { "content-type": "multipart/form-data; boundary=B" } }).formData(); return [...new Uint8Array(await fd.get("f").arrayBuffer())]; });
  await P("roundTrip", async () => { const fd = new FormData(); fd.append("a", "1\r\n2"); fd.append("b", new Blob(["xy"], { type: "text/x" }), "q\"r\n.txt"); fd.append("c", new File(["z"], "é.txt")); const r = new Response(fd); const ct = r.headers.get("content-type"); const text = await r.clone().text(); const b = ct.split("boundary=")[1]; const back = await r.formData(); return [ct.startsWith("multipart/form-data; boundary="), text.split(b).join("<B>").replace(/\r\n/g, "\\r\\n"), [...back].map(([k, v]) => [k, typeof v === "string" ? v : v.name])]; });
  await P("urlencodedOdd", () => parse("a=1&&b=&=c&d&e=%zz&f=+%2B&g=%C3%A9&h=%FF", "application/x-www-form-urlencoded"));
  await P("urlencodedCharset", () => parse("a=%E9", "application/x-www-form-urlencoded; charset=iso-8859-1"));
  await P("textPlainCt", () => parse("a=1", "text/plain"));
  await P("requestFormData", async () => { const r = new Request("http://x/", { method: "POST", body: mp(['Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1"]), headers: { "content-type": "multipart/form-data; boundary=B" } }); const fd = await r.formData(); return [...fd]; });
}),

c("webapi3-request-response-bodies", "Request/Response: stream bodies (locking, identity, reuse), clone of used/locked bodies, Response.redirect relative and status errors, Response.json options, duplex, signal, bodyUsed after reads, headers of body kinds", async (P, out) => {
  await P("streamIdentity", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("hi")); c.close(); } }); const r = new Response(rs); return [r.body === rs, rs.locked, r.bodyUsed, await r.text(), r.bodyUsed, rs.locked]; });
  await P("lockedStreamBody", async () => { const rs = new ReadableStream(); rs.getReader(); return new Response(rs); });
  await P("usedStreamBody", async () => { const rs = new ReadableStream({ start(c) { c.close(); } }); await rs.getReader().read(); return [new Response(rs).bodyUsed]; });
  await P("cloneUsed", async () => { const r = new Response("x"); await r.text(); return r.clone(); });
  await P("cloneLocked", async () => { const r = new Response("x"); r.body.getReader(); return r.clone(); });
  await P("reqCloneUsed", async () => { const r = new Request("http://x/", { method: "POST", body: "x" }); await r.text(); return r.clone(); });
  await P("readTwice", async () => { const r = new Response("x"); await r.text(); return r.arrayBuffer(); });
  await P("readLocked", async () => { const r = new Response("x"); r.body.getReader(); return r.text(); });
  await P("bodyUsedNull", async () => { const r = new Response(null); return [r.body, r.bodyUsed, await r.text(), r.bodyUsed, await r.text()]; });
  await P("bodyAfterText", async () => { const r = new Response("x"); await r.text(); return [r.body === null, r.body && r.body.locked]; });
  await P("cloneTeeIndependent", async () => { const r = new Response("abc"); const c = r.clone(); return [await c.text(), await r.text()]; });
  await P("redirectRelative", async () => Response.redirect("/foo"));
  await P("redirectBadUrl", async () => Response.redirect("http://"));
  await P("redirectStatuses", async () => { const o = []; for (const s of [301, 302, 303, 307, 308, 200, 300, 304, 399, "301", 301.5]) { try { const r = Response.redirect("http://x/a", s); o.push([s, r.status, r.headers.get("location")]); } catch (e) { o.push([s, e.name + ": " + e.message]); } } return o; });
  await P("redirectUrlObject", async () => Response.redirect(new URL("http://x/b?c#d")).headers.get("location"));
  await P("jsonInit", async () => { const r = Response.json({ a: 1 }, { status: 201, statusText: "Made", headers: { "content-type": "text/x", "x-a": "1" } }); return [r.status, r.statusText, [...r.headers], await r.text()]; });
  await P("jsonUndefined", async () => Response.json(undefined));
  await P("jsonString", async () => { const r = Response.json("s"); return [await r.text(), r.headers.get("content-type")]; });
  await P("jsonNullBodyStatus", async () => Response.json({}, { status: 204 }));
  await P("jsonFn", async () => Response.json(() => 1));
  await P("jsonToJSON", async () => Response.json({ toJSON() { return [1]; } }).text());
  await P("duplex", async () => { const o = []; for (const d of ["half", "full", undefined, "x"]) { try { const r = new Request("http://x/", { method: "POST", body: "a", duplex: d }); o.push([String(d), r.duplex === undefined ? "undef" : r.duplex]); } catch (e) { o.push([String(d), e.name + ": " + e.message]); } } return o; });
  await P("streamReqNoDuplex", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } }); const r = new Request("http://x/", { method: "POST", body: rs }); return [await r.text(), r.headers.get("content-length"), r.headers.get("transfer-encoding")]; });
  await P("contentTypes", async () => { const kinds = { str: "s", u8: new Uint8Array(1), ab: new ArrayBuffer(1), blob: new Blob(["a"]), blobT: new Blob(["a"], { type: "Text/HTML;Charset=UTF-8" }), usp: new URLSearchParams("a=1"), rs: new ReadableStream() }; const o = {}; for (const [k, v] of Object.entries(kinds)) { const r = new Response(v); o[k] = [r.headers.get("content-type"), r.headers.get("content-length")]; } return o; });
  await P("ctNotOverridden", async () => new Response("s", { headers: { "Content-Type": "a/b" } }).headers.get("content-type"));
  await P("reqSignalShape", async () => { const r = new Request("http://x/"); return [r.signal.constructor.name, r.signal.aborted]; });
  await P("reqSignalFollows", async () => { const ac = new AbortController(); const r = new Request("http://x/", { signal: ac.signal }); const c2 = r.clone(); ac.abort("why"); return [r.signal.aborted, r.signal.reason, c2.signal.aborted, r.signal === ac.signal]; });
  await P("reqSignalNull", async () => new Request("http://x/", { signal: null }).signal === null);
  await P("reqBadSignal", async () => new Request("http://x/", { signal: {} }));
  await P("reqFromReqBodyUsed", async () => { const a = new Request("http://x/", { method: "POST", body: "b" }); const b = new Request(a); return [a.bodyUsed, b.bodyUsed, await b.text(), await t(() => a.text())]; });
  await P("reqFromUsed", async () => { const a = new Request("http://x/", { method: "POST", body: "b" }); await a.text(); return new Request(a); });
  await P("reqFromUsedNewBody", async () => { const a = new Request("http://x/", { method: "POST", body: "b" }); await a.text(); return new Request(a, { body: "c" }).text(); });
  await P("respFromResp", async () => { const a = new Response("x", { status: 201, headers: { a: "1" } }); const b = new Response(a.body, a); return [b.status, [...b.headers], a.bodyUsed, await b.text()]; });
  await P("statusTextBad", async () => new Response("", { statusText: "a\nb" }));
  await P("statusTextNonLatin", async () => new Response("", { statusText: "é€" }));
  await P("headersInitFromResponse", async () => [...new Headers(new Response("x", { headers: { z: "1" } }).headers)]);
  await P("arrayBufferDetach", async () => { const u = new Uint8Array([1, 2]); const r = new Response(u); u[0] = 9; return [...new Uint8Array(await r.arrayBuffer())]; });
  await P("bytesType", async () => { const b = await new Response("ab").bytes(); return [b.constructor.name, [...b]]; });
  await P("blobFromResponse", async () => { const b = await new Response("ab", { headers: { "content-type": "Text/Plain; A=B" } }).blob(); return [b.type, b.size]; });
  await P("textUtf16Bom", async () => new Response(new Uint8Array([0xff, 0xfe, 0x41, 0x00])).text());
  await P("textUtf8Bom", async () => (await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text()).length);
  await P("responseTypeUrl", async () => { const r = new Response("x"); return [r.type, r.url, r.redirected, r.ok, r.status, r.statusText, r.webSocket === null, r.cf]; });
  await P("requestDefaults", async () => { const r = new Request("http://x/"); return [r.method, r.url, r.redirect, r.headers.constructor.name, r.cf, r.integrity, r.keepalive, r.cache, r.mode, r.credentials, r.destination, r.referrer, r.referrerPolicy, r.fetcher]; });
  await P("requestCf", async () => { const r = new Request("http://x/", { cf: { cacheTtl: 5, foo: "bar" } }); const c2 = r.clone(); return [r.cf, c2.cf]; });
  await P("reqIntegrity", async () => new Request("http://x/", { integrity: "sha256-abc" }));
  await P("reqMethodOdd", async () => { const o = []; for (const m of ["get", "patch", "PaTcH", "CONNECT", "TRACE", "TRACK", "foo", "a b", ""]) { try { o.push([m, new Request("http://x/", { method: m }).method]); } catch (e) { o.push([m, e.name + ": " + e.message]); } } return o; });
  await P("reqUrlErrors", async () => { const o = []; for (const u of ["", "/rel", "x", "http://a b/", "http://u:p@x/"]) { try { o.push([u, new Request(u).url]); } catch (e) { o.push([u, e.name + ": " + e.message]); } } return o; });
}),

c("webapi3-multipart-parsing-more", "Body.formData() multipart details: Content-Disposition parameter forms and order, header syntax, boundary parameter forms, LF and CRLF mixes, transport padding, boundary prefixes; urlencoded percent-decoding errors and charsets", async (P, out) => {
  const CRLF = "\r\n";
  const parse = async (body, ct = "multipart/form-data; boundary=B") => { const fd = await new Response(body, { headers: { "content-type": ct } }).formData(); const o = []; for (const [k, v] of fd) { o.push(typeof v === "string" ? [k, v] : [k, "File", v.name, v.type, await v.text()]); } return o; };
  const one = (head, value = "1") => "--B" + CRLF + head + CRLF + CRLF + value + CRLF + "--B--";
  await P("emptyName", () => parse(one('Content-Disposition: form-data; name=""')));
  await P("noSpace", () => parse(one('Content-Disposition: form-data;name="a"')));
  await P("spaceBeforeSemi", () => parse(one('Content-Disposition: form-data ; name="a"')));
  await P("filenameFirst", () => parse(one('Content-Disposition: form-data; filename="x.txt"; name="a"')));
  await P("unquotedFilename", () => parse(one('Content-Disposition: form-data; name="a"; filename=x.txt')));
  await P("emptyFilenameContent", () => parse(one('Content-Disposition: form-data; name="a"; filename=""', "data")));
  await P("nameCaseParam", () => parse(one('Content-Disposition: form-data; Name="a"')));
  await P("filenameCaseParam", () => parse(one('Content-Disposition: form-data; name="a"; FILENAME="f"')));
  await P("extraParam", () => parse(one('Content-Disposition: form-data; foo=bar; name="a"')));
  await P("spacesAroundEq", () => parse(one('Content-Disposition: form-data; name = "a"')));
  await P("formDataOnly", () => parse(one("Content-Disposition: form-data")));
  await P("formDataTrailingSemi", () => parse(one('Content-Disposition: form-data; name="a";')));
  await P("dispNoSpaceAfterColon", () => parse(one('Content-Disposition:form-data; name="a"')));
  await P("spaceBeforeColon", () => parse(one('Content-Disposition : form-data; name="a"')));
  await P("headerNoColon", () => parse(one('garbage line' + CRLF + 'Content-Disposition: form-data; name="a"')));
  await P("foldedHeader", () => parse(one('Content-Disposition: form-data;' + CRLF + ' name="a"')));
  await P("dupDisposition", () => parse(one('Content-Disposition: form-data; name="a"' + CRLF + 'Content-Disposition: form-data; name="b"')));
  await P("typeParams", () => parse(one('Content-Disposition: form-data; name="a"; filename="f"' + CRLF + "Content-Type: Text/Plain; Charset=UTF-8")));
  await P("typeBad", () => parse(one('Content-Disposition: form-data; name="a"; filename="f"' + CRLF + "Content-Type: nonsense")));
  await P("boundaryPrefix", () => parse("--BB" + CRLF + 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1" + CRLF + "--B--"));
  await P("padding", () => parse("--B  " + CRLF + 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1" + CRLF + "--B--"));
  await P("mixedLf", () => parse("--B\n" + 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1\n--B--"));
  await P("lfHeadersEnd", () => parse("--B" + CRLF + 'Content-Disposition: form-data; name="a"' + "\n\n" + "1" + CRLF + "--B--"));
  await P("leadingCRLF", () => parse(CRLF + one('Content-Disposition: form-data; name="a"')));
  await P("preambleNoNewline", () => parse("x" + one('Content-Disposition: form-data; name="a"')));
  await P("afterCloseGarbage", () => parse(one('Content-Disposition: form-data; name="a"') + "zzz"));
  await P("closeThenMore", () => parse(one('Content-Disposition: form-data; name="a"') + CRLF + "--B" + CRLF + 'Content-Disposition: form-data; name="b"' + CRLF + CRLF + "2" + CRLF + "--B--"));
  await P("emptyValue", () => parse("--B" + CRLF + 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + CRLF + "--B--"));
  await P("valueEndsCR", () => parse("--B" + CRLF + 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + "x\r" + CRLF + "--B--"));
  await P("valueLFthenBoundary", () => parse("--B" + CRLF + 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + "x\n--B--"));
  await P("boundaryWithSpaceAfter", () => parse("--B" + CRLF + 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + "x" + CRLF + "--B " + CRLF + 'Content-Disposition: form-data; name="b"' + CRLF + CRLF + "y" + CRLF + "--B--"));
  await P("noSemiBoundary", () => parse(one('Content-Disposition: form-data; name="a"'), "multipart/form-data;boundary=B"));
  await P("boundaryUpperParam", () => parse(one('Content-Disposition: form-data; name="a"'), "multipart/form-data; Boundary=B"));
  await P("boundaryThenCharset", () => parse(one('Content-Disposition: form-data; name="a"'), "multipart/form-data; boundary=B; charset=utf-8"));
  await P("charsetThenBoundary", () => parse(one('Content-Disposition: form-data; name="a"'), "multipart/form-data; charset=utf-8; boundary=B"));
  await P("boundaryTrailingSpace", () => parse(one('Content-Disposition: form-data; name="a"'), "multipart/form-data; boundary=B "));
  await P("boundaryQuotedEscape", () => parse(one('Content-Disposition: form-data; name="a"'), 'multipart/form-data; boundary="\\B"'));
  await P("boundaryDup", () => parse(one('Content-Disposition: form-data; name="a"'), "multipart/form-data; boundary=B; boundary=C"));
  await P("boundaryLong", () => parse("--" + "x".repeat(80) + CRLF + 'Content-Disposition: form-data; name="a"' + CRLF + CRLF + "1" + CRLF + "--" + "x".repeat(80) + "--", "multipart/form-data; boundary=" + "x".repeat(80)));
  await P("multipartMixed", () => parse(one('Content-Disposition: form-data; name="a"'), "multipart/mixed; boundary=B"));
  await P("ctUpperEssence", () => parse(one('Content-Disposition: form-data; name="a"'), "MULTIPART/FORM-DATA; boundary=B"));
  await P("ctSpaceBeforeEssence", () => parse(one('Content-Disposition: form-data; name="a"'), " multipart/form-data; boundary=B"));
  const ue = (b, ct = "application/x-www-form-urlencoded") => parse(b, ct);
  await P("pct", () => ue("a=%&b=%4&c=%4z&d=x%2&e=%%41&f=%41%&g=%g1&h=100%"));
  await P("pctName", () => ue("%zz=1&%41=2"));
  await P("semicolons", () => ue("a=1;b=2"));
  await P("plusName", () => ue("a+b=c+d"));
  await P("csUtf8", () => ue("a=1", "application/x-www-form-urlencoded; charset=utf-8"));
  await P("csUTF8", () => ue("a=1", "application/x-www-form-urlencoded; charset=UTF-8"));
  await P("csQuoted", () => ue("a=1", 'application/x-www-form-urlencoded; charset="utf-8"'));
  await P("csUtf8NoDash", () => ue("a=1", "application/x-www-form-urlencoded; charset=utf8"));
  await P("csLatin1", () => ue("a=1", "application/x-www-form-urlencoded; charset=latin1"));
  await P("csOtherParam", () => ue("a=1", "application/x-www-form-urlencoded; foo=bar"));
  await P("csEmpty", () => ue("a=1", "application/x-www-form-urlencoded; charset="));
  await P("ueInvalidUtf8", () => ue(new Uint8Array([0x61, 0x3d, 0xff, 0x62])));
  await P("ueEmpty", () => ue(""));
  await P("ueOnlyAmp", () => ue("&&&"));
  await P("ueBom", () => ue(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3d, 0x31])));
}),

c("webapi3-streams-followups", "BYOB readers on default streams in each state, byobRequest views for default readers of byte streams, throwing and negative size() results, tee of byte streams", async (P, out) => {
  const tick = () => new Promise((r) => setTimeout(r, 1));
  await P("byobOnReadable", async () => { const rs = new ReadableStream({ start(c) { c.enqueue("x"); } }); const r = rs.getReader({ mode: "byob" }); return [r.constructor.name, await t(() => r.read(new Uint8Array(4)))]; });
  await P("byobOnEmptyOpen", async () => { const rs = new ReadableStream(); return rs.getReader({ mode: "byob" }).constructor.name; });
  await P("byobOnClosed", async () => { const rs = new ReadableStream({ start(c) { c.close(); } }); const r = rs.getReader({ mode: "byob" }); return [r.constructor.name, await t(() => r.read(new Uint8Array(4)))]; });
  await P("byobOnClosedAfterTick", async () => { const rs = new ReadableStream({ start(c) { c.close(); } }); await tick(); const r = rs.getReader({ mode: "byob" }); return [r.constructor.name, await t(() => r.read(new Uint8Array(4)))]; });
  await P("byobOnErrored", async () => { const rs = new ReadableStream({ start(c) { c.error(new Error("e1")); } }); await tick(); const r = rs.getReader({ mode: "byob" }); return [r.constructor.name, await t(() => r.read(new Uint8Array(4)))]; });
  await P("byobCtorOnDefault", async () => new ReadableStreamBYOBReader(new ReadableStream()));
  await P("byobRequestView", async () => { const seen = []; const rs = new ReadableStream({ type: "bytes", pull(c) { const b = c.byobRequest; seen.push(b ? [b.view.constructor.name, b.view.byteLength, b.view.byteOffset] : null); if (seen.length >= 2) { c.close(); if (c.byobRequest) c.byobRequest.respond(0); return; } if (b) { b.view[0] = 7; b.respond(1); } else c.enqueue(new Uint8Array([7])); } }); const r = rs.getReader(); const a = await r.read(); const b2 = await r.read(); return [seen, a.value && [...a.value], b2.done]; });
  await P("byobRequestEnqueue", async () => { const rs = new ReadableStream({ type: "bytes", pull(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); } }); const r = rs.getReader(); const a = await r.read(); return [a.value.constructor.name, [...a.value], a.value.buffer.byteLength]; });
  await P("sizeThrowsState", async () => { let ctl; const rs = new ReadableStream({ start(c) { ctl = c; } }, { size() { throw new Error("rsz"); } }); let thrown = "none"; try { ctl.enqueue(1); } catch (e) { thrown = e.message; } const r = rs.getReader(); return [thrown, await t(() => r.read()), ctl.desiredSize]; });
  await P("sizeNegativeState", async () => { let ctl; const rs = new ReadableStream({ start(c) { ctl = c; } }, { size() { return -1; } }); let thrown = "none"; try { ctl.enqueue(1); } catch (e) { thrown = e.name; } const r = rs.getReader(); return [thrown, await t(() => r.read()), await t(() => ctl.desiredSize)]; });
  await P("sizeNaN", async () => { let ctl; const rs = new ReadableStream({ start(c) { ctl = c; } }, { size() { return NaN; } }); let thrown = "none"; try { ctl.enqueue(1); } catch (e) { thrown = e.name; } return [thrown, await t(() => rs.getReader().read())]; });
  await P("sizeInfinity", async () => { let ctl; const rs = new ReadableStream({ start(c) { ctl = c; } }, { size() { return Infinity; } }); let thrown = "none"; try { ctl.enqueue(1); } catch (e) { thrown = e.name; } return [thrown, await t(() => rs.getReader().read())]; });
  await P("sizeString", async () => { let ctl; const rs = new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 5, size() { return "2"; } }); ctl.enqueue(1); return [ctl.desiredSize, (await rs.getReader().read()).value]; });
  await P("sizeWithPendingRead", async () => { let ctl; const rs = new ReadableStream({ start(c) { ctl = c; } }, { size() { throw new Error("never"); } }); const r = rs.getReader(); const p = r.read(); ctl.enqueue(5); return (await p).value; });
  await P("writableSizeNegative", async () => { const ws = new WritableStream({}, { size() { return -1; } }); const w = ws.getWriter(); return [await t(() => w.write(1)), await t(() => w.closed)]; });
  const bytes = (chunks) => new ReadableStream({ type: "bytes", start(c) { for (const ch of chunks) c.enqueue(new Uint8Array(ch)); c.close(); } });
  const readAll = async (rs) => { const r = rs.getReader(); const o = []; for (;;) { const { value, done } = await r.read(); if (done) return o; o.push([...value]); } };
  await P("byteTeeLater", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const [a, b] = rs.tee(); const ra = a.getReader(); const p1 = ra.read(); ctl.enqueue(new Uint8Array([1])); const x = await p1; ctl.enqueue(new Uint8Array([2])); ctl.enqueue(new Uint8Array([3])); ctl.close(); const rest = []; for (;;) { const { value, done } = await ra.read(); if (done) break; rest.push([...value]); } return [[...x.value], rest, await readAll(b)]; });
  await P("byteTeeSingle", async () => { const [a, b] = bytes([[1, 2]]).tee(); return [await readAll(a), await readAll(b)]; });
  await P("byteTeeMany", async () => { const [a, b] = bytes([[1], [2], [3], [4]]).tee(); return [await readAll(a), await readAll(b)]; });
  await P("defaultTeeBytes", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.enqueue(new Uint8Array([2])); c.close(); } }); const [a, b] = rs.tee(); return [await readAll(a), await readAll(b)]; });
  await P("responseBodyTee", async () => { const [a, b] = new Response("abc").body.tee(); return [await readAll(a), await readAll(b)]; });
  await P("responseBodyByob", async () => { const r = new Response("abcdef").body.getReader({ mode: "byob" }); const x = await r.read(new Uint8Array(4)); const y = await r.read(new Uint8Array(4)); const z = await r.read(new Uint8Array(4)); return [[...x.value], [...y.value], z.done]; });
  await P("responseBodyReadAtLeast", async () => { const r = new Response("abcdef").body.getReader({ mode: "byob" }); const x = await r.readAtLeast(2, new Uint8Array(3)); return [...x.value]; });
}),

c("webapi3-crypto-fixed-keys", "WebCrypto with fixed RSA, P-256/P-384/P-521, Ed25519 and X25519 keys: PKCS #8/SPKI import, export round trips in every format, deterministic signatures, ECDSA verify, ECDH and X25519 secrets, JWK members, curve and algorithm mismatches", async (P, out) => {
  const b64 = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const hexOf = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");
  const same = (a, b) => hexOf(a) === hexOf(b);
  const data = new TextEncoder().encode("message to sign");
  const S = crypto.subtle;
  const imp = (k, alg, usagesPriv, usagesPub) => Promise.all([S.importKey("pkcs8", b64(KEYS[k].pkcs8), alg, true, usagesPriv), S.importKey("spki", b64(KEYS[k].spki), alg, true, usagesPub)]);
  await P("rsaPkcs1", async () => { const o = {}; for (const hash of ["SHA-1", "SHA-256", "SHA-384", "SHA-512"]) { const [pr, pu] = await imp("rsa", { name: "RSASSA-PKCS1-v1_5", hash }, ["sign"], ["verify"]); const sig = await S.sign("RSASSA-PKCS1-v1_5", pr, data); o[hash] = [hexOf(await crypto.subtle.digest("SHA-256", sig)), await S.verify("RSASSA-PKCS1-v1_5", pu, sig, data), pr.algorithm, pu.algorithm.modulusLength, [...pu.algorithm.publicExponent]]; } return o; });
  await P("rsaPssSalt0", async () => { const [pr, pu] = await imp("rsa", { name: "RSA-PSS", hash: "SHA-256" }, ["sign"], ["verify"]); const s1 = await S.sign({ name: "RSA-PSS", saltLength: 0 }, pr, data); const s2 = await S.sign({ name: "RSA-PSS", saltLength: 32 }, pr, data); return [hexOf(await crypto.subtle.digest("SHA-256", s1)), await S.verify({ name: "RSA-PSS", saltLength: 0 }, pu, s1, data), await S.verify({ name: "RSA-PSS", saltLength: 32 }, pu, s2, data), await S.verify({ name: "RSA-PSS", saltLength: 0 }, pu, s2, data), s2.byteLength]; });
  await P("rsaPssSaltTooBig", async () => { const [pr] = await imp("rsa", { name: "RSA-PSS", hash: "SHA-512" }, ["sign"], ["verify"]); return S.sign({ name: "RSA-PSS", saltLength: 100 }, pr, data); });
  await P("rsaExports", async () => { const [pr, pu] = await imp("rsa", { name: "RSA-OAEP", hash: "SHA-256" }, ["decrypt"], ["encrypt"]); const jpr = await S.exportKey("jwk", pr); const jpu = await S.exportKey("jwk", pu); return [same(await S.exportKey("pkcs8", pr), b64(KEYS.rsa.pkcs8)), same(await S.exportKey("spki", pu), b64(KEYS.rsa.spki)), Object.keys(jpr).sort(), jpr.alg, jpr.key_ops, jpr.ext, Object.keys(jpu).sort(), jpu.alg, jpu.e, await t(() => S.exportKey("raw", pu)), await t(() => S.exportKey("spki", pr)), await t(() => S.exportKey("pkcs8", pu))]; });
  await P("rsaOaepRoundTrip", async () => { const [pr, pu] = await imp("rsa", { name: "RSA-OAEP", hash: "SHA-1" }, ["decrypt"], ["encrypt"]); const ct = await S.encrypt({ name: "RSA-OAEP", label: new Uint8Array([1]) }, pu, data); return [ct.byteLength, new TextDecoder().decode(await S.decrypt({ name: "RSA-OAEP", label: new Uint8Array([1]) }, pr, ct)), await t(() => S.decrypt({ name: "RSA-OAEP" }, pr, ct)), await t(() => S.encrypt({ name: "RSA-OAEP" }, pu, new Uint8Array(100)))]; });
  for (const [k, crv, bits, hash] of [["p256", "P-256", 256, "SHA-256"], ["p384", "P-384", 384, "SHA-384"], ["p521", "P-521", 528, "SHA-512"]]) {
    await P("ecdsa-" + crv, async () => {
      const [pr, pu] = await imp(k, { name: "ECDSA", namedCurve: crv }, ["sign"], ["verify"]);
      const sig = await S.sign({ name: "ECDSA", hash }, pr, data);
      const raw = await S.exportKey("raw", pu);
      const jpr = await S.exportKey("jwk", pr);
      const back = await S.importKey("jwk", jpr, { name: "ECDSA", namedCurve: crv }, true, ["sign"]);
      const rawPub = await S.importKey("raw", raw, { name: "ECDSA", namedCurve: crv }, true, ["verify"]);
      return [sig.byteLength, await S.verify({ name: "ECDSA", hash }, pu, sig, data), await S.verify({ name: "ECDSA", hash: "SHA-1" }, pu, sig, data), await S.verify({ name: "ECDSA", hash }, rawPub, sig, data), raw.byteLength, new Uint8Array(raw)[0], same(await S.exportKey("pkcs8", pr), b64(KEYS[k].pkcs8)), (await S.exportKey("pkcs8", back)).byteLength, same(await S.exportKey("spki", pu), b64(KEYS[k].spki)), Object.keys(jpr).sort(), jpr.crv, jpr.x.length, jpr.d.length, pr.algorithm, pu.usages, await t(() => S.importKey("pkcs8", b64(KEYS[k].pkcs8), { name: "ECDSA", namedCurve: crv === "P-256" ? "P-384" : "P-256" }, true, ["sign"])), await t(() => S.importKey("raw", raw, { name: "ECDSA", namedCurve: crv }, true, ["sign"])), await t(() => S.importKey("raw", new Uint8Array(raw).slice(1), { name: "ECDSA", namedCurve: crv }, true, ["verify"]))];
    });
    await P("ecdh-" + crv, async () => {
      const [a] = await imp(k, { name: "ECDH", namedCurve: crv }, ["deriveBits"], []);
      const [, b] = await imp(k + "b", { name: "ECDH", namedCurve: crv }, ["deriveBits"], []);
      const full = await S.deriveBits({ name: "ECDH", public: b }, a, null);
      const part = await S.deriveBits({ name: "ECDH", public: b }, a, 8);
      return [full.byteLength, hexOf(part) === hexOf(full).slice(0, 2), a.algorithm, b.usages, await t(() => S.deriveBits({ name: "ECDH", public: b }, a, bits + 8)), await t(() => S.deriveBits({ name: "ECDH", public: a }, a, 8))];
    });
  }
  await P("ecdhSecretsAgree", async () => { const [a, apub] = await imp("p256", { name: "ECDH", namedCurve: "P-256" }, ["deriveBits"], []); const [b, bpub] = await imp("p256b", { name: "ECDH", namedCurve: "P-256" }, ["deriveBits"], []); return same(await S.deriveBits({ name: "ECDH", public: bpub }, a, 256), await S.deriveBits({ name: "ECDH", public: apub }, b, 256)); });
  await P("ecdhMixedCurves", async () => { const [a] = await imp("p256", { name: "ECDH", namedCurve: "P-256" }, ["deriveBits"], []); const [, b] = await imp("p384", { name: "ECDH", namedCurve: "P-384" }, ["deriveBits"], []); return S.deriveBits({ name: "ECDH", public: b }, a, 256); });
  await P("ed25519", async () => { const [pr, pu] = await imp("ed", { name: "Ed25519" }, ["sign"], ["verify"]); const sig = await S.sign("Ed25519", pr, data); const raw = await S.exportKey("raw", pu); const jpr = await S.exportKey("jwk", pr); return [hexOf(await crypto.subtle.digest("SHA-256", sig)), sig.byteLength, await S.verify("Ed25519", pu, sig, data), raw.byteLength, same(await S.exportKey("pkcs8", pr), b64(KEYS.ed.pkcs8)), same(await S.exportKey("spki", pu), b64(KEYS.ed.spki)), Object.keys(jpr).sort(), jpr.crv, jpr.kty, jpr.alg, pr.algorithm, await t(() => S.importKey("pkcs8", b64(KEYS.ed.pkcs8), { name: "Ed25519" }, true, ["verify"])), await t(() => S.importKey("pkcs8", b64(KEYS.x.pkcs8), { name: "Ed25519" }, true, ["sign"]))]; });
  await P("x25519", async () => { const [a, apub] = await imp("x", { name: "X25519" }, ["deriveBits"], []); const [b, bpub] = await imp("xb", { name: "X25519" }, ["deriveBits"], []); const s1 = await S.deriveBits({ name: "X25519", public: bpub }, a, 256); const s2 = await S.deriveBits({ name: "X25519", public: apub }, b, null); const j = await S.exportKey("jwk", a); return [same(s1, s2), s1.byteLength, Object.keys(j).sort(), j.crv, same(await S.exportKey("pkcs8", a), b64(KEYS.x.pkcs8)), same(await S.exportKey("spki", apub), b64(KEYS.x.spki)), await t(() => S.importKey("pkcs8", b64(KEYS.ed.pkcs8), { name: "X25519" }, true, ["deriveBits"]))]; });
  await P("ecAsRsa", async () => S.importKey("spki", b64(KEYS.p256.spki), { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["verify"]));
  await P("rsaAsEc", async () => S.importKey("spki", b64(KEYS.rsa.spki), { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]));
  await P("hmacVectors", async () => { const o = {}; for (const hash of ["SHA-1", "SHA-256", "SHA-384", "SHA-512"]) { const k = await S.importKey("raw", new TextEncoder().encode("key"), { name: "HMAC", hash }, true, ["sign", "verify"]); o[hash] = [hexOf(await S.sign("HMAC", k, new TextEncoder().encode("The quick brown fox jumps over the lazy dog"))), k.algorithm.length]; } return o; });
  await P("digests", async () => { const o = {}; for (const a of ["SHA-1", "SHA-256", "SHA-384", "SHA-512", "MD5", "md5", "sha-256", { name: "SHA-256" }, "SHA-224", "SHA3-256"]) { try { o[JSON.stringify(a)] = hexOf(await S.digest(a, new TextEncoder().encode("abc"))); } catch (e) { o[JSON.stringify(a)] = e.name + ": " + e.message; } } return o; });
  await P("aesCtrWrap", async () => { const k = await S.importKey("raw", new Uint8Array(16), "AES-CTR", false, ["encrypt"]); const counter = new Uint8Array(16).fill(255); return [hexOf(await S.encrypt({ name: "AES-CTR", counter, length: 64 }, k, new Uint8Array(48))), hexOf(await S.encrypt({ name: "AES-CTR", counter, length: 128 }, k, new Uint8Array(32)))]; });
}),

c("webapi3-text-decoder-legacy-encodings", "TextDecoder over legacy single- and multi-byte encodings: which labels exist, their names, decoded text of fixed bytes, fatal errors, streaming across calls, ignoreBOM for UTF-16; TextEncoder.encodeInto edge cases", async (P, out) => {
  const labels = ["utf-8", "unicode-1-1-utf-8", "utf-16le", "utf-16be", "utf-16", "windows-1252", "latin1", "ascii", "iso-8859-1", "iso-8859-2", "iso-8859-15", "koi8-r", "koi8-u", "windows-1251", "windows-1250", "macintosh", "ibm866", "windows-874", "iso-2022-jp", "gbk", "gb2312", "gb18030", "euc-kr", "x-user-defined", "replacement", "iso-2022-kr", "utf-7", "x-mac-cyrillic", "iso-8859-8-i", "windows-1255"];
  const sample = new Uint8Array([0x41, 0x80, 0x9f, 0xa4, 0xe9, 0xff]);
  const o = {};
  for (const l of labels) { try { const d = new TextDecoder(l); o[l] = [d.encoding, [...d.decode(sample)].map((ch) => ch.codePointAt(0))]; } catch (e) { o[l] = e.name + ": " + e.message; } }
  out.labels = o;
  const multi = { shift_jis: [0x82, 0xa0, 0x41, 0x93, 0xfa], "euc-jp": [0xa4, 0xa2, 0x41, 0xc6, 0xfc], gbk: [0xc4, 0xe3, 0x41, 0xba, 0xc3], gb18030: [0x81, 0x30, 0x81, 0x30, 0xc4, 0xe3], big5: [0xa4, 0x40, 0x41, 0xa4, 0xa4], "euc-kr": [0xb0, 0xa1, 0x41, 0xc7, 0xd1], "iso-2022-jp": [0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42, 0x41], "utf-16be": [0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00], "utf-16le": [0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde] };
  const m = {};
  for (const [l, bytes] of Object.entries(multi)) { try { m[l] = [...new TextDecoder(l).decode(new Uint8Array(bytes))].map((ch) => ch.codePointAt(0)); } catch (e) { m[l] = e.name + ": " + e.message; } }
  out.multi = m;
  const bad = { shift_jis: [0x82], "euc-jp": [0xa4], gbk: [0xff], big5: [0xa4], "euc-kr": [0xb0], "utf-16le": [0x41], "utf-16be": [0xd8, 0x3d], "windows-1252": [0x81], "iso-8859-2": [0xa1], "utf-8": [0xc0, 0x80] };
  const f = {};
  for (const [l, bytes] of Object.entries(bad)) { try { f[l] = [...new TextDecoder(l, { fatal: true }).decode(new Uint8Array(bytes))].map((ch) => ch.codePointAt(0)); } catch (e) { f[l] = e.name + ": " + e.message + " / " + e.constructor.name; } }
  out.fatal = f;
  const nf = {};
  for (const [l, bytes] of Object.entries(bad)) { try { nf[l] = [...new TextDecoder(l).decode(new Uint8Array(bytes))].map((ch) => ch.codePointAt(0)); } catch (e) { nf[l] = e.name + ": " + e.message; } }
  out.nonFatal = nf;
  await P("streamSjis", () => { const d = new TextDecoder("shift_jis"); return [d.decode(new Uint8Array([0x82]), { stream: true }), d.decode(new Uint8Array([0xa0]), { stream: true }), d.decode()]; });
  await P("streamUtf16", () => { const d = new TextDecoder("utf-16le"); return [d.decode(new Uint8Array([0x41]), { stream: true }), d.decode(new Uint8Array([0x00, 0x42]), { stream: true }), d.decode()]; });
  await P("utf16Bom", () => [new TextDecoder("utf-16le").decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00])), new TextDecoder("utf-16le", { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00])).length, new TextDecoder("utf-16be").decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41])), new TextDecoder("utf-16le").decode(new Uint8Array([0xfe, 0xff, 0x41, 0x00])).length]);
  await P("props", () => { const d = new TextDecoder("latin1", { fatal: true, ignoreBOM: true }); return [d.encoding, d.fatal, d.ignoreBOM]; });
  await P("labelWhitespace", () => [new TextDecoder(" utf-8 ").encoding, new TextDecoder("\tUTF8\n").encoding, new TextDecoder("Latin1").encoding]);
  await P("badLabel", () => new TextDecoder("nope"));
  await P("decodeTypes", () => { const d = new TextDecoder(); return [d.decode(new Uint16Array([0x4241])), d.decode(new DataView(new Uint8Array([0x43]).buffer)), d.decode(new Uint8Array([0x41, 0x42, 0x43]).buffer), d.decode(undefined), d.decode()]; });
  await P("decodeBadType", () => new TextDecoder().decode("abc"));
  await P("encodeInto", () => { const e = new TextEncoder(); const r = []; const buf = new Uint8Array(5); r.push(e.encodeInto("a\u00e9\u20ac", buf), [...buf]); const b2 = new Uint8Array(3); r.push(e.encodeInto("\ud83d\ude00", b2), [...b2]); r.push(e.encodeInto("\ud800x", new Uint8Array(8))); return r; });
  await P("encodeIntoBad", () => new TextEncoder().encodeInto("a", new Uint16Array(2)));
  await P("encoderProps", () => { const e = new TextEncoder(); return [e.encoding, [...e.encode()], [...e.encode("\ud800")], [...e.encode(123)]]; });
}),

c("webapi3-events-signals-globals", "AbortSignal.any/timeout/abort details, throwIfAborted, onabort, EventTarget listener options and errors, Event properties and methods, CustomEvent, queueMicrotask/setTimeout/scheduler argument errors, navigator, performance", async (P, out) => {
  await P("abortDefaultReason", () => { const s = AbortSignal.abort(); return [s.aborted, s.reason.name, s.reason.message, s.reason.code, s.reason instanceof DOMException]; });
  await P("abortUndefinedReason", () => { const c = new AbortController(); c.abort(undefined); return [c.signal.reason.name, c.signal.reason.message]; });
  await P("abortNullReason", () => { const c = new AbortController(); c.abort(null); return c.signal.reason; });
  await P("abortTwice", () => { const c = new AbortController(); let n = 0; c.signal.addEventListener("abort", () => n++); c.abort("a"); c.abort("b"); return [n, c.signal.reason]; });
  await P("throwIfAborted", () => { const c = new AbortController(); c.signal.throwIfAborted(); c.abort(new RangeError("r")); c.signal.throwIfAborted(); });
  await P("throwIfAbortedString", () => { const c = new AbortController(); c.abort("str"); try { c.signal.throwIfAborted(); } catch (e) { return [typeof e, e]; } });
  await P("onabort", () => { const c = new AbortController(); const seen = []; c.signal.onabort = (e) => seen.push(["on", e.type, e.constructor.name, e.target === c.signal, e.isTrusted]); c.signal.addEventListener("abort", () => seen.push("listener")); c.abort(); return [seen, typeof c.signal.onabort]; });
  await P("anyShape", () => { const a = new AbortController(); const b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]); const before = s.aborted; b.abort("bee"); return [before, s.aborted, s.reason, a.signal.aborted]; });
  await P("anyAborted", () => { const s = AbortSignal.any([AbortSignal.abort("x"), AbortSignal.abort("y")]); return [s.aborted, s.reason]; });
  await P("anyEmpty", () => { const s = AbortSignal.any([]); return s.aborted; });
  await P("anyBad", () => AbortSignal.any([{}]));
  await P("anyNotIterable", () => AbortSignal.any(5));
  await P("timeoutBad", () => AbortSignal.timeout(-1));
  await P("timeoutNaN", () => AbortSignal.timeout("x"));
  await P("timeoutFires", async () => { const s = AbortSignal.timeout(1); await new Promise((r) => setTimeout(r, 20)); return [s.aborted, s.reason.name, s.reason.message, s.reason.code]; });
  await P("signalCtor", () => new AbortSignal());
  await P("controllerProps", () => { const c = new AbortController(); return [Object.keys(c), typeof c.abort, c.signal === c.signal, Object.prototype.toString.call(c.signal)]; });
  await P("listenerOptions", () => { const et = new EventTarget(); const seen = []; const f = (e) => seen.push(e.type); et.addEventListener("x", f, { once: true }); et.addEventListener("x", f); et.dispatchEvent(new Event("x")); et.dispatchEvent(new Event("x")); return seen; });
  await P("listenerSignal", () => { const et = new EventTarget(); const c = new AbortController(); let n = 0; et.addEventListener("x", () => n++, { signal: c.signal }); et.dispatchEvent(new Event("x")); c.abort(); et.dispatchEvent(new Event("x")); return n; });
  await P("listenerAbortedSignal", () => { const et = new EventTarget(); let n = 0; et.addEventListener("x", () => n++, { signal: AbortSignal.abort() }); et.dispatchEvent(new Event("x")); return n; });
  await P("listenerNull", () => { const et = new EventTarget(); et.addEventListener("x", null); et.removeEventListener("x", null); return "ok"; });
  await P("listenerBad", () => new EventTarget().addEventListener("x", 5));
  await P("listenerObject", () => { const et = new EventTarget(); const o = { n: 0, handleEvent(e) { this.n++; } }; et.addEventListener("x", o); et.dispatchEvent(new Event("x")); return o.n; });
  await P("listenerThrows", () => { const et = new EventTarget(); const seen = []; et.addEventListener("x", () => { throw new Error("in listener"); }); et.addEventListener("x", () => seen.push("second")); const r = et.dispatchEvent(new Event("x")); return [r, seen]; });
  await P("dispatchBad", () => new EventTarget().dispatchEvent({ type: "x" }));
  await P("dispatchTwice", () => { const et = new EventTarget(); const ev = new Event("x"); et.addEventListener("x", () => et.dispatchEvent(ev)); return et.dispatchEvent(ev); });
  await P("eventProps", () => { const e = new Event("t", { cancelable: true, bubbles: true, composed: true }); const before = [e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.eventPhase, e.isTrusted, typeof e.timeStamp, e.target, e.currentTarget, e.returnValue, e.cancelBubble, e.srcElement]; e.preventDefault(); return [before, e.defaultPrevented, e.returnValue, e.composedPath()]; });
  await P("eventNoType", () => new Event());
  await P("eventConstants", () => [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE]);
  await P("preventDefaultNotCancelable", () => { const et = new EventTarget(); et.addEventListener("x", (e) => e.preventDefault()); return et.dispatchEvent(new Event("x")); });
  await P("preventDefaultCancelable", () => { const et = new EventTarget(); et.addEventListener("x", (e) => e.preventDefault()); return et.dispatchEvent(new Event("x", { cancelable: true })); });
  await P("stopImmediate", () => { const et = new EventTarget(); const seen = []; et.addEventListener("x", (e) => { seen.push(1); e.stopImmediatePropagation(); }); et.addEventListener("x", () => seen.push(2)); et.dispatchEvent(new Event("x")); return seen; });
  await P("phaseDuring", () => { const et = new EventTarget(); let s; et.addEventListener("x", (e) => { s = [e.eventPhase, e.target === et, e.currentTarget === et, e.composedPath().length]; }); const ev = new Event("x"); et.dispatchEvent(ev); return [s, ev.eventPhase, ev.currentTarget]; });
  await P("customEvent", () => { const e = new CustomEvent("c", { detail: { a: 1 } }); return [e.detail, e.type, e instanceof Event, new CustomEvent("d").detail]; });
  await P("subclassTarget", () => { class T extends EventTarget { constructor() { super(); this.v = 1; } } const t2 = new T(); let got; t2.addEventListener("x", function (e) { got = [this === t2, e.target === t2]; }); t2.dispatchEvent(new Event("x")); return got; });
  await P("queueMicrotaskBad", () => queueMicrotask("x"));
  await P("setTimeoutString", () => setTimeout("1"));
  await P("setTimeoutNoArgs", () => setTimeout());
  await P("setTimeoutArgs", async () => await new Promise((r) => setTimeout((a, b) => r([a, b]), 0, "x", 2)));
  await P("setIntervalClear", async () => { let n = 0; const id = setInterval(() => { n++; if (n === 3) clearInterval(id); }, 0); await new Promise((r) => setTimeout(r, 30)); return n; });
  await P("timerIdType", () => { const id = setTimeout(() => {}, 1000); clearTimeout(id); return [typeof id, id > 0, typeof id === "object" ? Object.keys(id) : null]; });
  await P("schedulerWaitBad", () => scheduler.wait("x"));
  await P("schedulerWaitNeg", async () => { await scheduler.wait(-5); return "ok"; });
  await P("schedulerShape", () => [typeof scheduler, typeof scheduler.wait, Object.prototype.toString.call(scheduler), typeof scheduler.postTask, typeof scheduler.yield]);
  await P("navigator", () => [navigator.userAgent, navigator.hardwareConcurrency, navigator.language, typeof navigator.languages, typeof navigator.sendBeacon, typeof navigator.platform, Object.prototype.toString.call(navigator)]);
  await P("performance", () => [performance.timeOrigin, typeof performance.now(), typeof performance.mark, typeof performance.measure, typeof performance.getEntries, typeof performance.toJSON, Object.prototype.toString.call(performance), typeof performance.eventCounts, typeof performance.clearMarks]);
  await P("reportErrorEvent", () => { const seen = []; const h = (e) => { seen.push([e.constructor.name, e.type, e.message, e.error && e.error.message, e.lineno, e.colno]); e.preventDefault(); }; addEventListener("error", h); reportError(new Error("rep")); removeEventListener("error", h); return seen; });
  await P("reportErrorNoArg", () => reportError());
  await P("globalThisTarget", () => [typeof addEventListener, typeof dispatchEvent, globalThis instanceof EventTarget, typeof self, self === globalThis]);
}),

c("webapi3-structured-clone-more", "structuredClone: class instances, accessors, symbol and non-enumerable keys, sparse arrays and extra array props, Error subclasses and their own props, cause, RegExp lastIndex, typed arrays over shared buffers, Map/Set with object keys and cycles, Blob/File/URL/Headers/Request/streams/CryptoKey/DOMException, transfer list errors", async (P, out) => {
  const sc = (v, o) => structuredClone(v, o);
  await P("classInstance", () => { class A { constructor() { this.x = 1; } get y() { return 2; } m() {} } const c2 = sc(new A()); return [c2.constructor.name, Object.getPrototypeOf(c2) === Object.prototype, c2.x, c2.y, typeof c2.m]; });
  await P("accessor", () => { let n = 0; const o = { get a() { n++; return 5; } }; const c2 = sc(o); return [c2, n, Object.getOwnPropertyDescriptor(c2, "a").value]; });
  await P("symbolKeys", () => { const o = { a: 1, [Symbol("s")]: 2 }; Object.defineProperty(o, "hidden", { value: 3, enumerable: false }); const c2 = sc(o); return [Object.keys(c2), Object.getOwnPropertySymbols(c2).length, "hidden" in c2]; });
  await P("symbolValue", () => sc({ s: Symbol("x") }));
  await P("sparse", () => { const a = [1, , 3]; a.length = 5; a.extra = "e"; const c2 = sc(a); return [c2.length, 1 in c2, c2.extra, Object.keys(c2)]; });
  await P("errors", () => [TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, Error].map((E) => { const e = new E("m", { cause: "c" }); e.extra = 1; const c2 = sc(e); return [c2.constructor.name, c2.name, c2.message, c2.cause, c2.extra, typeof c2.stack, c2 instanceof E]; }));
  await P("errorSubclass", () => { class MyErr extends Error { constructor() { super("mine"); this.name = "MyErr"; } } const c2 = sc(new MyErr()); return [c2.constructor.name, c2.name, c2.message]; });
  await P("errorCustomName", () => { const e = new Error("x"); e.name = "Custom"; const c2 = sc(e); return [c2.constructor.name, c2.name]; });
  await P("errorNoMessage", () => { const c2 = sc(new Error()); return [c2.message, Object.prototype.hasOwnProperty.call(c2, "message")]; });
  await P("aggregateError", () => { const c2 = sc(new AggregateError([new Error("a")], "agg")); return [c2.constructor.name, c2.message, c2.errors]; });
  await P("domException", () => { const c2 = sc(new DOMException("dm", "NotFoundError")); return [c2.constructor.name, c2.name, c2.message, c2.code]; });
  await P("regexp", () => { const r = /a+/gi; r.lastIndex = 3; const c2 = sc(r); return [c2.source, c2.flags, c2.lastIndex]; });
  await P("dates", () => [sc(new Date(0)).toISOString(), String(sc(new Date(NaN)))]);
  await P("sharedBuffer", () => { const buf = new ArrayBuffer(8); const a = new Uint8Array(buf, 2, 3); const b = new Uint16Array(buf); const c2 = sc({ a, b }); return [c2.a.buffer === c2.b.buffer, c2.a.byteOffset, c2.a.length, c2.b.length]; });
  await P("typedKinds", () => [new BigInt64Array([1n]), new Float32Array([1.5]), new Uint8ClampedArray([300]), new DataView(new ArrayBuffer(2), 1)].map((v) => { const c2 = sc(v); return [c2.constructor.name, c2.byteLength, c2.byteOffset]; }));
  await P("mapCycle", () => { const k = { id: 1 }; const m = new Map([[k, k]]); m.set("self", m); const c2 = sc(m); const [k2, v2] = [...c2][0]; return [k2 === v2, c2.get("self") === c2, c2.size]; });
  await P("setOfObjects", () => { const o = {}; const s2 = sc(new Set([o, o, 1])); return s2.size; });
  await P("boxed", () => [typeof sc(new String("s")), sc(new Number(3)) instanceof Number, String(sc(Object(5n)))]);
  await P("negZero", () => [Object.is(sc([-0])[0], -0), Object.is(sc({ z: -0 }).z, -0)]);
  const kinds = { fn: () => 1, weakmap: new WeakMap(), weakset: new WeakSet(), promise: Promise.resolve(), blob: new Blob(["b"]), file: new File(["f"], "n.txt"), url: new URL("http://x/"), headers: new Headers(), request: new Request("http://x/"), response: new Response("r"), stream: new ReadableStream(), abort: new AbortController().signal, event: new Event("e"), usp: new URLSearchParams("a=1"), generator: (function* () {})(), textEncoder: new TextEncoder() };
  for (const [k, v] of Object.entries(kinds)) await P("kind-" + k, async () => { const c2 = sc(v); return [typeof c2, c2?.constructor?.name, c2 instanceof Blob ? await c2.text() : null]; });
  await P("nestedFn", () => sc({ a: [1, { f() {} }] }));
  await P("cryptoKey", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", true, ["encrypt"]); const c2 = sc(k); return [c2.constructor.name, c2.algorithm, c2.usages, c2.extractable]; });
  await P("transferBuffer", () => { const buf = new Uint8Array([1, 2]).buffer; const c2 = sc(buf, { transfer: [buf] }); return [buf.byteLength, c2.byteLength]; });
  await P("transferTwice", () => { const buf = new ArrayBuffer(1); return sc(buf, { transfer: [buf, buf] }); });
  await P("transferNotTransferable", () => sc(1, { transfer: [{}] }));
  await P("transferDetached", () => { const buf = new ArrayBuffer(1); sc(buf, { transfer: [buf] }); return sc(buf); });
  await P("transferBadOption", () => sc(1, { transfer: 5 }));
  await P("transferStream", () => { const rs = new ReadableStream(); const c2 = sc(rs, { transfer: [rs] }); return [c2 instanceof ReadableStream, rs.locked]; });
  await P("noArgs", () => structuredClone());
  await P("getterThrows", () => sc({ get a() { throw new Error("getter"); } }));
  await P("bigObject", () => { const o = {}; for (let i = 0; i < 50; i++) o["k" + i] = i; return Object.keys(sc(o)).length; });
}),

c("webapi3-compression-fixed-length-identity", "DecompressionStream on corrupt, truncated and trailing data per format, CompressionStream on strings and non-buffers, IdentityTransformStream and FixedLengthStream chunk types, lengths and errors, TextEncoderStream/TextDecoderStream coercions and options", async (P, out) => {
  const bytesOf = async (rs) => { const r = rs.getReader(); const o = []; for (;;) { const { value, done } = await r.read(); if (done) break; o.push(...value); } return o; };
  const roundTo = async (fmt, input) => { const ds = new DecompressionStream(fmt); const w = ds.writable.getWriter(); w.write(input).catch(() => {}); w.close().catch(() => {}); return new TextDecoder().decode(new Uint8Array(await bytesOf(ds.readable))); };
  const compress = async (fmt, text) => new Uint8Array(await bytesOf(new Blob([text]).stream().pipeThrough(new CompressionStream(fmt))));
  for (const fmt of ["gzip", "deflate", "deflate-raw"]) {
    await P("garbage-" + fmt, () => roundTo(fmt, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])));
    await P("truncated-" + fmt, async () => { const c2 = await compress(fmt, "hello hello hello"); return roundTo(fmt, c2.slice(0, c2.length - 4)); });
    await P("trailing-" + fmt, async () => { const c2 = await compress(fmt, "hi"); return roundTo(fmt, new Uint8Array([...c2, 1, 2, 3])); });
    await P("empty-" + fmt, () => roundTo(fmt, new Uint8Array(0)));
    await P("emptyCompressed-" + fmt, async () => [...await compress(fmt, "")].length);
  }
  await P("gzipConcat", async () => { const a = await compress("gzip", "ab"); const b = await compress("gzip", "cd"); return roundTo("gzip", new Uint8Array([...a, ...b])); });
  await P("badFormat", () => new CompressionStream("brotli"));
  await P("badFormatDecompress", () => new DecompressionStream("zip"));
  await P("noFormat", () => new CompressionStream());
  await P("compressString", async () => { const cs = new CompressionStream("gzip"); const w = cs.writable.getWriter(); const r = await w.write("abc").then(() => "ok", (e) => e.name + ": " + e.message); return r; });
  await P("compressNumber", async () => { const cs = new CompressionStream("gzip"); const w = cs.writable.getWriter(); return w.write(5).then(() => "ok", (e) => e.name + ": " + e.message); });
  await P("compressArrayBuffer", async () => { const cs = new CompressionStream("deflate"); const w = cs.writable.getWriter(); w.write(new Uint8Array([97]).buffer); w.close(); return roundTo("deflate", new Uint8Array(await bytesOf(cs.readable))); });
  await P("identityString", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); return w.write("abc").then(() => "ok", (e) => e.name + ": " + e.message); });
  await P("identityTypes", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); w.write(new Uint16Array([0x4241])); w.write(new DataView(new Uint8Array([67]).buffer)); w.write(new Uint8Array([68]).buffer); w.close(); return bytesOf(ts.readable); });
  await P("identityEmptyChunk", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array(0)); w.write(new Uint8Array([1])); w.close(); const r = ts.readable.getReader(); const o = []; for (;;) { const { value, done } = await r.read(); if (done) break; o.push(value.byteLength); } return o; });
  await P("identityByob", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array([1, 2, 3])); w.close(); const r = ts.readable.getReader({ mode: "byob" }); const a = await r.read(new Uint8Array(2)); return [...a.value]; });
  await P("fixedShort", async () => { const ts = new FixedLengthStream(5); const w = ts.writable.getWriter(); w.write(new Uint8Array([1, 2])); const c2 = await w.close().then(() => "closed", (e) => e.name + ": " + e.message); return c2; });
  await P("fixedLong", async () => { const ts = new FixedLengthStream(1); const w = ts.writable.getWriter(); ts.readable.getReader().read(); await w.write(new Uint8Array([1])); return w.write(new Uint8Array([2])).then(() => "ok", (e) => e.name + ": " + e.message); });
  await P("fixedExact", async () => { const ts = new FixedLengthStream(3); const w = ts.writable.getWriter(); w.write(new Uint8Array([1, 2])); w.write(new Uint8Array([3])); w.close(); return bytesOf(ts.readable); });
  await P("fixedArgs", () => [0, "3", 2.7, -1, NaN, 2 ** 53, undefined, null, 10n].map((n) => { try { new FixedLengthStream(n); return "ok"; } catch (e) { return e.name + ": " + e.message; } }));
  await P("fixedResponse", async () => { const ts = new FixedLengthStream(3); const w = ts.writable.getWriter(); w.write(new Uint8Array([65, 66, 67])); w.close(); const r = new Response(ts.readable); return [r.headers.get("content-length"), await r.text()]; });
  await P("fixedBigint", async () => { const ts = new FixedLengthStream(2n); const w = ts.writable.getWriter(); w.write(new Uint8Array([1, 2])); w.close(); return bytesOf(ts.readable); });
  await P("encoderStreamTypes", async () => { const s2 = new TextEncoderStream(); const w = s2.writable.getWriter(); w.write(5); w.write(null); w.write({ toString() { return "o"; } }); w.close(); return new TextDecoder().decode(new Uint8Array(await bytesOf(s2.readable))); });
  await P("encoderStreamProps", () => { const s2 = new TextEncoderStream(); return [s2.encoding, typeof s2.readable, typeof s2.writable]; });
  await P("decoderStreamOptions", async () => { const s2 = new TextDecoderStream("utf-8", { fatal: true }); const w = s2.writable.getWriter(); w.write(new Uint8Array([0xff])).catch(() => {}); w.close().catch(() => {}); const r = s2.readable.getReader(); return [s2.encoding, s2.fatal, s2.ignoreBOM, await r.read().then((x) => x, (e) => e.name + ": " + e.message)]; });
  await P("decoderStreamLatin1", async () => { const s2 = new TextDecoderStream("latin1"); const w = s2.writable.getWriter(); w.write(new Uint8Array([0x80, 0xe9])); w.close(); const r = s2.readable.getReader(); return [s2.encoding, (await r.read()).value]; });
  await P("decoderStreamString", async () => { const s2 = new TextDecoderStream(); const w = s2.writable.getWriter(); return w.write("abc").then(() => "ok", (e) => e.name + ": " + e.message); });
  await P("decoderStreamBom", async () => { const s2 = new TextDecoderStream("utf-8", { ignoreBOM: true }); const w = s2.writable.getWriter(); w.write(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])); w.close(); const r = s2.readable.getReader(); return (await r.read()).value.length; });
  await P("decoderStreamBadLabel", () => new TextDecoderStream("nope"));
}),

c("webapi3-headers-url-more", "Headers: forEach arguments, iteration snapshots, set-cookie joins, values with inner whitespace and quotes, forbidden names allowed, Request/Response header guards; URL: hosts (IDNA, IPv4 forms, IPv6), ports, special and opaque schemes, setters, file URLs, searchParams updates, canParse/parse", async (P, out) => {
  await P("forEachArgs", () => { const h = new Headers({ b: "2", a: "1" }); const seen = []; const self = {}; h.forEach(function (v, k, o) { seen.push([v, k, o === h, this === self]); }, self); return seen; });
  await P("forEachBad", () => new Headers().forEach(5));
  await P("iterSnapshot", () => { const h = new Headers({ a: "1", c: "3" }); const it = h.entries(); const first = it.next().value; h.append("b", "2"); h.delete("c"); return [first, [...it]]; });
  await P("setCookieJoin", () => { const h = new Headers(); h.append("set-cookie", "a=1; Path=/"); h.append("Set-Cookie", "b=2"); h.append("x", "1"); h.append("X", "2"); return [h.get("set-cookie"), h.get("x"), [...h], h.getSetCookie()]; });
  await P("valuesWhitespace", () => { const h = new Headers(); h.set("a", "  x  y  "); h.set("b", "\"q\"  "); h.set("c", ""); h.append("c", ""); h.append("d", " "); return [...h]; });
  await P("forbiddenNames", () => { const h = new Headers({ host: "evil", "content-length": "5", cookie: "c=1", connection: "close", "transfer-encoding": "chunked", "sec-foo": "1", "proxy-x": "1", origin: "o", referer: "r" }); return [...h]; });
  await P("requestForbidden", () => { const r = new Request("http://x/", { headers: { host: "other", cookie: "c", "content-length": "99", connection: "keep-alive" } }); return [...r.headers]; });
  await P("responseSetCookie", () => { const r = new Response("x", { headers: [["set-cookie", "a=1"], ["set-cookie", "b=2"]] }); return [r.headers.getSetCookie(), r.headers.get("set-cookie")]; });
  await P("headerNamesCase", () => { const h = new Headers([["X-AbC", "1"], ["x-abc", "2"], ["Content-Type", "t"]]); return [[...h.keys()], h.has("X-ABC")]; });
  await P("initFromMap", () => [...new Headers(new Map([["a", "1"], ["b", "2"]]))]);
  await P("initFromIterableOfStrings", () => new Headers(["ab", "cd"]));
  await P("initRecordSymbol", () => [...new Headers({ a: "1", [Symbol("s")]: "2" })]);
  await P("setCookieGetAll", () => { const h = new Headers([["set-cookie", "a=1"], ["set-cookie", "b=2"]]); return typeof h.getAll === "function" ? h.getAll("set-cookie") : "absent"; });
  await P("getAllOther", () => { const h = new Headers([["x", "1"]]); return typeof h.getAll === "function" ? h.getAll("x") : "absent"; });
  await P("idna", () => ["http://ÉXAMPLE.com/", "http://münchen.de/", "http://xn--mnchen-3ya.de/", "http://a.b..c/", "http://EXAMPLE.COM./", "http://ex%41mple.com/", "http://例え.テスト/"].map((u) => { try { return new URL(u).host; } catch (e) { return e.name + ": " + e.message; } }));
  await P("ipv4", () => ["http://0x7f.1/", "http://127.1/", "http://2130706433/", "http://0177.0.0.1/", "http://1.2.3.4.5/", "http://256.0.0.1/", "http://1.2.3.09/", "http://0x100000000/"].map((u) => { try { return new URL(u).host; } catch (e) { return e.name + ": " + e.message; } }));
  await P("ipv6", () => ["http://[::1]:80/", "http://[0:0:0:0:0:0:0:1]/", "http://[::ffff:1.2.3.4]/", "http://[1::2::3]/", "http://[::1/", "http://[fe80::1%25eth0]/"].map((u) => { try { const x = new URL(u); return [x.host, x.hostname, x.port]; } catch (e) { return e.name + ": " + e.message; } }));
  await P("ports", () => ["http://x:80/", "https://x:443/", "ws://x:80/", "wss://x:443/", "ftp://x:21/", "http://x:65535/", "http://x:65536/", "http://x:0/", "foo://x:80/", "http://x:/"].map((u) => { try { const x = new URL(u); return [x.port, x.host, x.origin]; } catch (e) { return e.name + ": " + e.message; } }));
  await P("opaque", () => ["mailto:a@b.c", "javascript:alert(1)", "data:text/plain,hi", "urn:isbn:123", "blob:http://x/uuid", "foo:/a/../b", "foo://h/a/../b"].map((u) => { const x = new URL(u); return [x.protocol, x.host, x.pathname, x.origin, x.href]; }));
  await P("file", () => ["file:///C:/a/../b", "file://host/share/x", "file:/x", "file:c:\\dir\\f"].map((u) => { try { const x = new URL(u); return [x.host, x.pathname, x.origin, x.href]; } catch (e) { return e.name + ": " + e.message; } }));
  await P("setters", () => { const u = new URL("http://a.com/p?q#h"); const r = []; u.protocol = "https"; r.push(u.href); u.protocol = "foo"; r.push(u.href); u.port = "8080"; r.push(u.href); u.port = "443"; r.push(u.href); u.port = "abc"; r.push(u.href); u.host = "b.com:99"; r.push(u.href); u.hostname = "c.com:1"; r.push(u.href); u.pathname = "a b/%zz"; r.push(u.href); u.search = "x y=1"; r.push(u.href); u.hash = "#a b"; r.push(u.href); u.username = "u@s"; u.password = "p:w"; r.push(u.href); u.search = ""; u.hash = ""; r.push(u.href); return r; });
  await P("hrefSetterBad", () => { const u = new URL("http://a/"); u.href = "nope"; });
  await P("searchParamsLive", () => { const u = new URL("http://a/?b=1&a=2"); u.searchParams.sort(); const r = [u.href]; u.searchParams.delete("a"); u.searchParams.delete("b"); r.push(u.href); u.search = "?z=9"; r.push(u.searchParams.get("z")); u.searchParams.append("s", "a b&c"); r.push(u.href); return r; });
  await P("parseStatics", () => [URL.canParse("x"), URL.canParse("x", "http://a/"), URL.parse("nope"), URL.parse("/p", "http://a/b").href, typeof URL.createObjectURL, typeof URL.revokeObjectURL]);
  await P("urlErrors", () => ["", "http://", "http://a b/", "://x", "http://[:::1]/", "http://a:b/"].map((u) => { try { new URL(u); return "ok"; } catch (e) { return e.name + ": " + e.message; } }));
  await P("baseErrors", () => { try { new URL("/p", "nope"); } catch (e) { return e.name + ": " + e.message; } });
  await P("percentEncodingSets", () => { const u = new URL("http://a/ !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~é?q= !\"#$%&'()*+,/:;<=>?@[\\]^`{|}~é#f= \"<>`é"); return [u.pathname, u.search, u.hash]; });
  await P("usp", () => { const p2 = new URLSearchParams("a=1&b=%zz&d=+&e"); return [[...p2], p2.toString(), p2.size]; });
  await P("uspInit", () => [new URLSearchParams([["a", "1"], ["b", "2"]]).toString(), new URLSearchParams({ x: "1", y: undefined }).toString(), new URLSearchParams("?q=1").toString(), new URLSearchParams(new URLSearchParams("z=1")).toString()]);
  await P("uspBadInit", () => new URLSearchParams([["a"]]));
}),

c("webapi3-crypto-derive-wrap-more", "WebCrypto: deriveKey into every key kind, HKDF/PBKDF2 parameter errors, wrapKey/unwrapKey in raw/jwk/pkcs8/spki through AES-GCM/CBC/KW and RSA-OAEP, generateKey lengths and shapes, exportKey/importKey argument errors, getRandomValues types", async (P, out) => {
  const S = crypto.subtle;
  const hexOf = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");
  const enc = new TextEncoder();
  const hkdfKey = await S.importKey("raw", enc.encode("secret"), "HKDF", false, ["deriveKey", "deriveBits"]);
  const pbkdf2Key = await S.importKey("raw", enc.encode("password"), "PBKDF2", false, ["deriveKey", "deriveBits"]);
  const hk = { name: "HKDF", hash: "SHA-256", salt: enc.encode("salt"), info: enc.encode("info") };
  const pb = { name: "PBKDF2", hash: "SHA-256", salt: enc.encode("salt"), iterations: 1000 };
  for (const [label, target, usages] of [["aesGcm128", { name: "AES-GCM", length: 128 }, ["encrypt"]], ["aesCbc256", { name: "AES-CBC", length: 256 }, ["decrypt"]], ["aesKw", { name: "AES-KW", length: 192 }, ["wrapKey"]], ["hmacDefault", { name: "HMAC", hash: "SHA-256" }, ["sign"]], ["hmac100", { name: "HMAC", hash: "SHA-1", length: 100 }, ["sign"]], ["aesNoLength", { name: "AES-GCM" }, ["encrypt"]], ["aes100", { name: "AES-CTR", length: 100 }, ["encrypt"]], ["toHkdf", "HKDF", ["deriveBits"]], ["toEcdsa", { name: "ECDSA", namedCurve: "P-256" }, ["sign"]]]) {
    await P("hkdf-" + label, async () => { const k = await S.deriveKey(hk, hkdfKey, target, true, usages); return [k.algorithm, k.usages, k.extractable, k.type, k.algorithm.name === "HKDF" ? null : hexOf(await S.exportKey("raw", k))]; });
    await P("pbkdf2-" + label, async () => { const k = await S.deriveKey(pb, pbkdf2Key, target, true, usages); return [k.algorithm, k.algorithm.name === "HKDF" ? null : hexOf(await S.exportKey("raw", k))]; });
  }
  await P("hkdfNoSalt", () => S.deriveBits({ name: "HKDF", hash: "SHA-256", info: new Uint8Array(0) }, hkdfKey, 128));
  await P("hkdfBadHash", () => S.deriveBits({ ...hk, hash: "MD5" }, hkdfKey, 128));
  await P("hkdfTooLong", () => S.deriveBits({ ...hk, hash: "SHA-1" }, hkdfKey, 255 * 160 + 8));
  await P("hkdfZero", async () => hexOf(await S.deriveBits(hk, hkdfKey, 0)));
  await P("hkdfOdd", () => S.deriveBits(hk, hkdfKey, 12));
  await P("pbkdf2ZeroIter", () => S.deriveBits({ ...pb, iterations: 0 }, pbkdf2Key, 128));
  await P("pbkdf2NoLength", () => S.deriveBits(pb, pbkdf2Key));
  await P("pbkdf2NullLength", () => S.deriveBits(pb, pbkdf2Key, null));
  await P("pbkdf2Odd", () => S.deriveBits(pb, pbkdf2Key, 7));
  await P("pbkdf2Vector", async () => hexOf(await S.deriveBits({ name: "PBKDF2", hash: "SHA-1", salt: enc.encode("salt"), iterations: 2 }, pbkdf2Key, 160)));
  await P("hkdfExtractable", () => S.importKey("raw", new Uint8Array(4), "HKDF", true, ["deriveBits"]));
  await P("pbkdf2Jwk", () => S.importKey("jwk", { kty: "oct", k: "AAAA" }, "PBKDF2", false, ["deriveBits"]));
  await P("deriveKeyNoUsage", async () => S.deriveKey(hk, await S.importKey("raw", enc.encode("s"), "HKDF", false, ["deriveBits"]), { name: "AES-GCM", length: 128 }, true, ["encrypt"]));
  const kek = await S.importKey("raw", new Uint8Array(16).fill(7), "AES-KW", true, ["wrapKey", "unwrapKey"]);
  const gcm = await S.importKey("raw", new Uint8Array(16).fill(9), "AES-GCM", true, ["wrapKey", "unwrapKey", "encrypt"]);
  const hmacKey = await S.importKey("raw", new Uint8Array(32).fill(3), { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
  await P("wrapRawKw", async () => { const w = await S.wrapKey("raw", hmacKey, kek, "AES-KW"); const back = await S.unwrapKey("raw", w, kek, "AES-KW", { name: "HMAC", hash: "SHA-256" }, true, ["sign"]); return [hexOf(w), hexOf(await S.exportKey("raw", back))]; });
  await P("wrapJwkKw", async () => S.wrapKey("jwk", hmacKey, kek, "AES-KW").then((w) => w.byteLength % 8));
  await P("wrapJwkGcm", async () => { const iv = new Uint8Array(12); const w = await S.wrapKey("jwk", hmacKey, gcm, { name: "AES-GCM", iv }); const back = await S.unwrapKey("jwk", w, gcm, { name: "AES-GCM", iv }, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]); const jwkText = new TextDecoder().decode(await S.decrypt({ name: "AES-GCM", iv }, gcm, w)); return [jwkText, back.extractable, back.algorithm]; });
  await P("wrapNotExtractable", async () => { const k = await S.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]); return S.wrapKey("raw", k, kek, "AES-KW"); });
  await P("wrapNoUsage", async () => S.wrapKey("raw", hmacKey, await S.importKey("raw", new Uint8Array(16), "AES-KW", false, ["unwrapKey"]), "AES-KW"));
  await P("wrapWrongAlg", async () => S.wrapKey("raw", hmacKey, kek, { name: "AES-GCM", iv: new Uint8Array(12) }));
  await P("unwrapGarbage", async () => S.unwrapKey("raw", new Uint8Array(24), kek, "AES-KW", "AES-GCM", true, ["encrypt"]));
  await P("unwrapBadJwk", async () => { const iv = new Uint8Array(12); const w = await S.encrypt({ name: "AES-GCM", iv }, gcm, enc.encode("not json")); return S.unwrapKey("jwk", w, gcm, { name: "AES-GCM", iv }, "AES-GCM", true, ["encrypt"]); });
  await P("generateShapes", async () => { const o = {}; for (const [k, alg, u] of [["aes", { name: "AES-GCM", length: 192 }, ["encrypt"]], ["hmac", { name: "HMAC", hash: "SHA-384" }, ["sign"]], ["hmacLen", { name: "HMAC", hash: "SHA-256", length: 8 }, ["sign"]], ["kw", { name: "AES-KW", length: 128 }, ["wrapKey"]]]) { const key = await S.generateKey(alg, true, u); o[k] = [key.algorithm, key.usages, (await S.exportKey("raw", key)).byteLength]; } return o; });
  await P("generateBad", async () => { const r = []; for (const [alg, u] of [[{ name: "AES-GCM", length: 100 }, ["encrypt"]], [{ name: "HMAC" }, ["sign"]], [{ name: "AES-GCM", length: 128 }, []], [{ name: "AES-GCM", length: 128 }, ["sign"]], [{ name: "HMAC", hash: "SHA-256", length: 0 }, ["sign"]], [{ name: "nope" }, ["sign"]], ["SHA-256", ["sign"]]]) { try { await S.generateKey(alg, true, u); r.push("ok"); } catch (e) { r.push(e.name + ": " + e.message); } } return r; });
  await P("exportBadFormat", async () => S.exportKey("pem", hmacKey));
  await P("exportNotKey", async () => S.exportKey("raw", {}));
  await P("importBadFormat", async () => S.importKey("pem", new Uint8Array(16), "AES-GCM", true, ["encrypt"]));
  await P("importRawJwkData", async () => S.importKey("raw", { kty: "oct" }, "AES-GCM", true, ["encrypt"]));
  await P("importJwkBuffer", async () => S.importKey("jwk", new Uint8Array(16), "AES-GCM", true, ["encrypt"]));
  await P("importAesBadLen", async () => S.importKey("raw", new Uint8Array(20), "AES-GCM", true, ["encrypt"]));
  await P("importUsageDup", async () => (await S.importKey("raw", new Uint8Array(16), "AES-GCM", true, ["encrypt", "encrypt", "decrypt"])).usages);
  await P("importUsageOrder", async () => (await S.importKey("raw", new Uint8Array(16), "AES-GCM", true, ["unwrapKey", "decrypt", "encrypt", "wrapKey"])).usages);
  await P("randomTypes", () => [Int8Array, Uint16Array, Int32Array, BigInt64Array, BigUint64Array, Uint8ClampedArray, Float32Array, Float64Array, DataView].map((T) => { try { const a = T === DataView ? new DataView(new ArrayBuffer(4)) : new T(2); const r = crypto.getRandomValues(a); return [T.name, r === a]; } catch (e) { return [T.name, e.name + ": " + e.message]; } }));
  await P("randomTooBig", () => crypto.getRandomValues(new Uint8Array(65537)));
  await P("randomExact", () => crypto.getRandomValues(new Uint8Array(65536)).length);
  await P("randomUUIDShape", () => { const u = crypto.randomUUID(); return [u.length, u[14], "89ab".includes(u[19]), u === u.toLowerCase()]; });
  await P("subtleShape", () => [Object.prototype.toString.call(crypto.subtle), crypto.subtle === crypto.subtle, typeof SubtleCrypto, typeof CryptoKey, Object.prototype.toString.call(crypto)]);
  await P("timingSafeEqual", () => [crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])), crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]).buffer, new Uint16Array([0x0201])), crypto.subtle.timingSafeEqual(new Uint8Array(0), new Uint8Array(0))]);
  await P("timingSafeEqualLen", () => crypto.subtle.timingSafeEqual(new Uint8Array(1), new Uint8Array(2)));
  await P("timingSafeEqualType", () => crypto.subtle.timingSafeEqual("a", "a"));
}),

c("webapi3-urlpattern-routing", "URLPattern as routers use it: named and regexp groups, wildcards, optional and repeated groups, ignoreCase, baseURL, test/exec with strings and init objects, exec result shapes, hasRegExpGroups, component getters, syntax errors", async (P, out) => {
  const ex = (pat, input, base) => { const r = base === undefined ? pat.exec(input) : pat.exec(input, base); return r === null ? null : { inputs: r.inputs, pathname: r.pathname, search: r.search, hostname: r.hostname, protocol: r.protocol, hash: r.hash, port: r.port }; };
  await P("named", () => ex(new URLPattern({ pathname: "/users/:id/posts/:postId" }), "https://x.com/users/42/posts/abc"));
  await P("regexGroup", () => ex(new URLPattern({ pathname: "/items/:id(\\d+)" }), "https://x.com/items/123"));
  await P("regexNoMatch", () => ex(new URLPattern({ pathname: "/items/:id(\\d+)" }), "https://x.com/items/abc"));
  await P("wildcard", () => ex(new URLPattern({ pathname: "/static/*" }), "https://x.com/static/a/b.css"));
  await P("optional", () => [ex(new URLPattern({ pathname: "/a/:b?" }), "https://x.com/a"), ex(new URLPattern({ pathname: "/a/:b?" }), "https://x.com/a/c")]);
  await P("repeat", () => [ex(new URLPattern({ pathname: "/a/:rest+" }), "https://x.com/a/b/c"), ex(new URLPattern({ pathname: "/a/:rest*" }), "https://x.com/a")]);
  await P("unnamedGroup", () => ex(new URLPattern({ pathname: "/(foo|bar)/:x" }), "https://x.com/bar/1"));
  await P("braces", () => ex(new URLPattern({ pathname: "/book{s}?" }), "https://x.com/books"));
  await P("ignoreCase", () => [new URLPattern({ pathname: "/ABC" }, { ignoreCase: true }).test("https://x/abc"), new URLPattern({ pathname: "/ABC" }).test("https://x/abc")]);
  await P("stringWithBase", () => { const p2 = new URLPattern("/api/:v", "https://example.com"); return [p2.protocol, p2.hostname, p2.pathname, p2.search, p2.hash, p2.port, p2.username, p2.test("https://example.com/api/1"), p2.test("https://other.com/api/1")]; });
  await P("fullString", () => { const p2 = new URLPattern("https://:sub.example.com/:path*?q=:q#:h"); return [p2.hostname, p2.pathname, p2.search, p2.hash, ex(p2, "https://api.example.com/a/b?q=1#top")]; });
  await P("initObject", () => new URLPattern({ hostname: "*.example.com" }).exec({ hostname: "a.example.com", pathname: "/x" })?.hostname);
  await P("execBase", () => ex(new URLPattern({ pathname: "/p/:x" }), "/p/1", "https://h.com"));
  await P("execRelativeNoBase", () => new URLPattern({ pathname: "/p/:x" }).exec("/p/1"));
  await P("testInvalidUrl", () => new URLPattern({ pathname: "/p" }).test("not a url"));
  await P("hasRegExpGroups", () => [new URLPattern({ pathname: "/:a(\\d+)" }).hasRegExpGroups, new URLPattern({ pathname: "/:a" }).hasRegExpGroups]);
  await P("encodedInput", () => ex(new URLPattern({ pathname: "/files/:name" }), "https://x.com/files/a%20b"));
  await P("unicodePath", () => ex(new URLPattern({ pathname: "/ü/:x" }), "https://x.com/%C3%BC/1"));
  await P("port", () => [new URLPattern({ port: "8080" }).test("http://x:8080/"), new URLPattern({ port: "80" }).test("http://x/"), new URLPattern({ protocol: "http", port: "" }).test("http://x:80/")]);
  await P("searchAny", () => [new URLPattern({ pathname: "/s" }).test("https://x/s?a=1"), new URLPattern({ pathname: "/s", search: "" }).test("https://x/s?a=1")]);
  await P("errors", () => ["/:", "/(", "/:a/:a", "/(?<x>a)", "/:a(", "/{a", "/a)"].map((pth) => { try { new URLPattern({ pathname: pth }); return "ok"; } catch (e) { return e.name + ": " + e.message; } }));
  await P("badArgs", () => [() => new URLPattern(5), () => new URLPattern({ pathname: "/a" }, "https://x"), () => new URLPattern("/a"), () => new URLPattern(), () => URLPattern("/a")].map((f) => { try { const r = f(); return r.pathname; } catch (e) { return e.name + ": " + e.message; } }));
  await P("groupsOrder", () => Object.keys(new URLPattern({ pathname: "/:z/:a/*" }).exec("https://x/1/2/3").pathname.groups));
  await P("componentGetters", () => { const p2 = new URLPattern({ pathname: "/a/:b", search: "q=:v" }); return [p2.protocol, p2.username, p2.password, p2.hostname, p2.port, p2.pathname, p2.search, p2.hash]; });
  await P("toStringTag", () => Object.prototype.toString.call(new URLPattern({})));
}),

c("webapi3-stream-constructors-transformers", "Streams: reader/writer constructors called directly, transformer callbacks throwing or rejecting, flush errors, readableType/writableType, bodies of non-byte chunks, closing with pending writes, abort during a write, cancel during a pending read", async (P, out) => {
  await P("readerCtor", async () => { const rs = new ReadableStream({ start(c) { c.enqueue("a"); } }); const r = new ReadableStreamDefaultReader(rs); return [rs.locked, (await r.read()).value]; });
  await P("readerCtorLocked", () => { const rs = new ReadableStream(); rs.getReader(); return new ReadableStreamDefaultReader(rs); });
  await P("readerCtorBad", () => new ReadableStreamDefaultReader({}));
  await P("writerCtor", () => { const ws = new WritableStream(); const w = new WritableStreamDefaultWriter(ws); return [ws.locked, w.desiredSize]; });
  await P("writerCtorLocked", () => { const ws = new WritableStream(); ws.getWriter(); return new WritableStreamDefaultWriter(ws); });
  await P("writerCtorBad", () => new WritableStreamDefaultWriter({}));
  await P("transformThrows", async () => { const ts = new TransformStream({ transform() { throw new RangeError("tx"); } }); const w = ts.writable.getWriter(); const a = await w.write(1).then(() => "ok", (e) => e.name + ": " + e.message); const b = await ts.readable.getReader().read().then(() => "ok", (e) => e.name + ": " + e.message); return [a, b]; });
  await P("transformRejects", async () => { const ts = new TransformStream({ transform() { return Promise.reject(new Error("rej")); } }); const w = ts.writable.getWriter(); return [await w.write(1).then(() => "ok", (e) => e.message), await w.closed.then(() => "closed", (e) => e.message)]; });
  await P("flushThrows", async () => { const ts = new TransformStream({ flush() { throw new Error("fl"); } }); const w = ts.writable.getWriter(); const r = ts.readable.getReader(); const c2 = w.close().then(() => "closed", (e) => e.message); return [await c2, await r.read().then(() => "ok", (e) => e.message)]; });
  await P("flushEnqueues", async () => { const ts = new TransformStream({ transform(ch, c) { c.enqueue(ch + 1); }, flush(c) { c.enqueue("end"); } }); const w = ts.writable.getWriter(); w.write(1); w.close(); const r = ts.readable.getReader(); const o = []; for (;;) { const { value, done } = await r.read(); if (done) break; o.push(value); } return o; });
  await P("startThrows", async () => { const ts = new TransformStream({ start() { throw new Error("st"); } }); return ts.readable.getReader().read().then(() => "ok", (e) => e.message); });
  await P("readableType", () => new TransformStream({ readableType: "bytes" }));
  await P("writableType", () => new TransformStream({ writableType: "bytes" }));
  await P("transformerCancel", async () => { const seen = []; const ts = new TransformStream({ cancel(r) { seen.push("cancel:" + r); } }); await ts.readable.cancel("why"); return seen; });
  await P("bodyOfStrings", async () => { const rs = new ReadableStream({ start(c) { c.enqueue("str"); c.close(); } }); return new Response(rs).text(); });
  await P("bodyOfNumbers", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(5); c.close(); } }); return new Response(rs).arrayBuffer(); });
  await P("bodyOfArrayBuffers", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65]).buffer); c.enqueue(new DataView(new Uint8Array([66]).buffer)); c.close(); } }); return new Response(rs).text(); });
  await P("bodyErrored", async () => { const rs = new ReadableStream({ start(c) { c.error(new Error("src")); } }); return new Response(rs).text(); });
  await P("closePendingWrites", async () => { const seen = []; let release; const ws = new WritableStream({ write(ch) { seen.push("w" + ch); return new Promise((r) => { release = r; }); }, close() { seen.push("close"); } }); const w = ws.getWriter(); w.write(1); w.write(2); const c2 = w.close(); await new Promise((r) => setTimeout(r, 1)); seen.push("before"); release(); await new Promise((r) => setTimeout(r, 1)); release(); await c2; return seen; });
  await P("abortDuringWrite", async () => { const seen = []; let release; const ws = new WritableStream({ write() { seen.push("write"); return new Promise((r) => { release = r; }); }, abort(r) { seen.push("abort:" + r); } }); const w = ws.getWriter(); const p1 = w.write(1).then(() => "w1 ok", (e) => "w1 " + e); const p2 = w.write(2).then(() => "w2 ok", (e) => "w2 " + e); await new Promise((r) => setTimeout(r, 1)); const a = w.abort("stop"); seen.push("aborting"); release(); await a; return [seen, await p1, await p2]; });
  await P("cancelPendingRead", async () => { const rs = new ReadableStream(); const r = rs.getReader(); const p = r.read(); await r.cancel("c"); return p; });
  await P("releaseLockThenGetReader", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); } }); const r1 = rs.getReader(); const a = await r1.read(); r1.releaseLock(); const r2 = rs.getReader(); const b = await r2.read(); return [a.value, b.value]; });
  await P("asyncIterBreak", async () => { let cancelled = false; const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel() { cancelled = true; } }); for await (const v of rs) { break; } return [cancelled, rs.locked]; });
  await P("asyncIterPreventCancel", async () => { let cancelled = false; const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel() { cancelled = true; } }); for await (const v of rs.values({ preventCancel: true })) { break; } return [cancelled, rs.locked]; });
  await P("asyncIterError", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error("mid")); } }); const o = []; try { for await (const v of rs) o.push(v); } catch (e) { o.push(e.message); } return o; });
  await P("fromErrors", () => [() => ReadableStream.from(5), () => ReadableStream.from(null), () => ReadableStream.from({ [Symbol.asyncIterator]: 5 })].map((f) => { try { f(); return "ok"; } catch (e) { return e.name + ": " + e.message; } }));
  await P("fromThrowingIterator", async () => { const rs = ReadableStream.from({ [Symbol.iterator]() { return { next() { throw new Error("nx"); } }; } }); return rs.getReader().read().then(() => "ok", (e) => e.message); });
  await P("fromPromises", async () => { const rs = ReadableStream.from([Promise.resolve(1), 2]); const o = []; for await (const v of rs) o.push(v); return o; });
}),

{
  name: "webapi3-responses-on-the-wire", area: "web-api",
  description: "What a client receives for each kind of body a worker returns: streams, FixedLengthStream, JSON, blobs, URLSearchParams, empty and null bodies, HEAD, set-cookie lists, content-length given by hand, streams that error or yield strings, redirects",
  options: { modules: true, compatibilityDate: CD, script: `
const enc = new TextEncoder();
const streamOf = (parts) => new ReadableStream({ start(c) { for (const p of parts) c.enqueue(typeof p === "string" ? enc.encode(p) : p); c.close(); } });
export default {
  async fetch(req) {
    const path = new URL(req.url).pathname;
    switch (path) {
      case "/stream": return new Response(streamOf(["a", "b", "c"]), { headers: { "x-kind": "stream" } });
      case "/fixed": { const { readable, writable } = new FixedLengthStream(5); const w = writable.getWriter(); w.write(enc.encode("hel")); w.write(enc.encode("lo")); w.close(); return new Response(readable); }
      case "/identity": { const { readable, writable } = new IdentityTransformStream(); const w = writable.getWriter(); w.write(enc.encode("id")); w.close(); return new Response(readable); }
      case "/json": return Response.json({ a: [1, "x"] }, { status: 201 });
      case "/blob": return new Response(new Blob(["<b>"], { type: "text/html;charset=utf-8" }));
      case "/blob-untyped": return new Response(new Blob(["raw"]));
      case "/usp": return new Response(new URLSearchParams({ q: "a b", r: "&" }));
      case "/bytes": return new Response(new Uint8Array([104, 105]));
      case "/empty": return new Response("");
      case "/null": return new Response(null, { status: 200 });
      case "/204": return new Response(null, { status: 204, headers: { "x-a": "1" } });
      case "/cookies": { const h = new Headers(); h.append("set-cookie", "a=1; Path=/"); h.append("set-cookie", "b=2; HttpOnly"); h.append("X-Mixed-Case", "v"); return new Response("c", { headers: h }); }
      case "/manual-length": return new Response("abc", { headers: { "content-length": "3" } });
      case "/string-chunks": return new Response(new ReadableStream({ start(c) { c.enqueue("not bytes"); c.close(); } }));
      case "/stream-error": return new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode("partial")); c.error(new Error("boom")); } }));
      case "/gzip-manual": { const cs = new Blob(["zipped text"]).stream().pipeThrough(new CompressionStream("gzip")); return new Response(cs, { encodeBody: "manual", headers: { "content-encoding": "gzip", "content-type": "text/plain" } }); }
      case "/redirect": return Response.redirect("https://example.com/there", 307);
      case "/status": return new Response("teapot", { status: 418, statusText: "I'm a teapot" });
      case "/head": return new Response("body for head", { headers: { "x-method": req.method } });
      case "/text-utf8": return new Response("héllo €");
      case "/async-stream": { const { readable, writable } = new TransformStream(); (async () => { const w = writable.getWriter(); for (const p of ["1", "2", "3"]) { await scheduler.wait(1); await w.write(enc.encode(p)); } await w.close(); })(); return new Response(readable); }
      case "/tee": { const [a, b] = streamOf(["t", "e"]).tee(); b.cancel(); return new Response(a); }
      case "/formdata-text": { const fd = new FormData(); fd.append("k", "v"); const r = new Response(fd); const ct = r.headers.get("content-type"); return new Response(ct.startsWith("multipart/form-data; boundary=") ? "ok" : ct); }
      default: return new Response("nf", { status: 404 });
    }
  }
};` },
  steps: ["/stream", "/fixed", "/identity", "/json", "/blob", "/blob-untyped", "/usp", "/bytes", "/empty", "/null", "/204", "/cookies", "/manual-length", "/string-chunks", "/stream-error", "/redirect", "/status", "/text-utf8", "/async-stream", "/tee", "/formdata-text"].map((p) => get(p)).concat([{ request: { url: "http://localhost/head", method: "HEAD" } }]),
},

c("webapi3-blob-file-more", "Blob/File: stream() chunks and BYOB reads, slice of slices, types with parameters, File from Blob parts, lastModified conversions, arrayBuffer/bytes independence, Blob parts of every kind, size of surrogates, instanceof and toStringTag", async (P, out) => {
  await P("streamChunks", async () => { const r = new Blob(["abc", "def"]).stream().getReader(); const o = []; for (;;) { const { value, done } = await r.read(); if (done) break; o.push([value.constructor.name, value.length]); } return o; });
  await P("streamByob", async () => { const r = new Blob(["abcdef"]).stream().getReader({ mode: "byob" }); const a = await r.read(new Uint8Array(4)); return [...a.value]; });
  await P("streamEmpty", async () => { const r = new Blob([]).stream().getReader(); return r.read(); });
  await P("sliceOfSlice", async () => { const b = new Blob(["0123456789"]).slice(2, 8).slice(1, -1, "x/y"); return [await b.text(), b.type, b.size]; });
  await P("sliceArgs", async () => { const b = new Blob(["0123456789"]); return Promise.all([b.slice(-3), b.slice(5, 2), b.slice("2", "4"), b.slice(NaN, 3), b.slice(0, Infinity), b.slice(undefined, undefined, "A/B")].map(async (x) => [await x.text(), x.type])); });
  await P("typeParams", () => ["text/plain;charset=UTF-8", "TEXT/HTML", "a/b c", "\u00e9/x", "x", ""].map((ty) => new Blob([], { type: ty }).type));
  await P("partsKinds", async () => { const parts = ["s", new Uint8Array([65]), new Uint16Array([0x4342]), new DataView(new Uint8Array([68]).buffer), new Uint8Array([69]).buffer, new Blob(["F"]), 7, null, undefined, { toString() { return "O"; } }]; return new Blob(parts).text(); });
  await P("surrogates", () => [new Blob(["\ud83d\ude00"]).size, new Blob(["\ud800"]).size, new Blob(["é"]).size]);
  await P("fileFromBlob", async () => { const f = new File([new Blob(["ab"], { type: "text/x" }), "c"], "n.txt", { type: "Text/Y", lastModified: 42 }); return [f.name, f.type, f.size, f.lastModified, await f.text(), f instanceof Blob, Object.prototype.toString.call(f)]; });
  await P("fileLastModified", () => [new File([], "a", { lastModified: "100" }).lastModified, new File([], "a", { lastModified: 1.9 }).lastModified, new File([], "a", { lastModified: -5 }).lastModified, typeof new File([], "a").lastModified]);
  await P("fileName", () => [new File([], 5).name, new File([], "a/b\\c").name, new File([], "").name]);
  await P("fileNoName", () => new File([]));
  await P("bytesIndependent", async () => { const b = new Blob(["ab"]); const x = await b.bytes(); x[0] = 90; return [await b.text(), (await b.arrayBuffer()).byteLength]; });
  await P("sliceKeepsFile", () => { const s2 = new File(["abc"], "f.txt").slice(1); return [s2.constructor.name, s2.name, s2 instanceof File]; });
  await P("blobBadParts", () => new Blob("abc"));
  await P("blobBadOptions", () => new Blob([], 5));
  await P("blobEndingsNative", () => new Blob(["a\nb"], { endings: "native" }).size);
  await P("blobFromResponse", async () => { const b = await new Response(new Blob(["x"], { type: "a/b" })).blob(); return [b.type, b.size]; });
  await P("responseBlobType", async () => { const r = new Response(new Blob(["x"], { type: "a/b" })); return r.headers.get("content-type"); });
  await P("formDataBlob", async () => { const fd = new FormData(); fd.append("f", new Blob(["x"], { type: "t/x" })); const f = fd.get("f"); return [f.constructor.name, f.name, f.type]; });
}),
];
