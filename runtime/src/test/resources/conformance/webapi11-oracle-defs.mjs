// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi11`.
import { PRELUDE, get, req, CD } from "./_h.mjs";
const worker = (fn, extra = {}, hang = 300) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), ${hang}))]); };
    await probes(P, out, req, env);
    return Response.json(out);
  }
};`,
  ...extra,
});
const c = (name, description, fn, steps = [get("/")], area = "web-api", extra = {}, hang = 300) => ({ name, area, description, options: worker(fn, extra, hang), steps });

const first = [
c("webapi11-stream-controller-states", "stream controllers in unusual states: enqueue/close after close or error, byte controllers with empty or detached views, releaseLock with pending reads, values() options, BYOB reads into odd views", async (P) => {
  const rd = async (s) => { const r = s.getReader(); const o = []; for (;;) { const x = await r.read(); if (x.done) break; o.push(typeof x.value === "object" ? [x.value?.constructor?.name, x.value?.byteLength ?? x.value] : x.value); } return o; };
  await P("enqueueAfterClose", () => { let c; new ReadableStream({ start(x) { c = x; } }); c.close(); c.enqueue("a"); });
  await P("closeTwice", () => { let c; new ReadableStream({ start(x) { c = x; } }); c.close(); c.close(); });
  await P("enqueueAfterError", () => { let c; new ReadableStream({ start(x) { c = x; } }); c.error(new Error("e")); c.enqueue("a"); });
  await P("closeAfterError", () => { let c; new ReadableStream({ start(x) { c = x; } }); c.error(new Error("e")); c.close(); });
  await P("errorTwice", () => { let c; const s = new ReadableStream({ start(x) { c = x; } }); c.error(new Error("e1")); c.error(new Error("e2")); return s.getReader().read().catch((e) => e.message); });
  await P("byteEnqueueEmpty", () => { let c; new ReadableStream({ type: "bytes", start(x) { c = x; } }); c.enqueue(new Uint8Array(0)); });
  await P("byteEnqueueDetached", () => { let c; new ReadableStream({ type: "bytes", start(x) { c = x; } }); const b = new Uint8Array(4); structuredClone(b.buffer, { transfer: [b.buffer] }); c.enqueue(b); });
  await P("byteEnqueueString", () => { let c; new ReadableStream({ type: "bytes", start(x) { c = x; } }); c.enqueue("abc"); });
  await P("byteEnqueueAfterClose", () => { let c; new ReadableStream({ type: "bytes", start(x) { c = x; } }); c.close(); c.enqueue(new Uint8Array(1)); });
  await P("byteCloseTwice", () => { let c; new ReadableStream({ type: "bytes", start(x) { c = x; } }); c.close(); c.close(); });
  await P("releasePending", async () => { const s = new ReadableStream({}); const r = s.getReader(); const p = r.read(); r.releaseLock(); try { await p; return "resolved"; } catch (e) { return [e.name, e.message, e.constructor.name]; } });
  await P("releaseThenRead", async () => { const s = new ReadableStream({}); const r = s.getReader(); r.releaseLock(); try { await r.read(); return "resolved"; } catch (e) { return [e.name, e.message]; } });
  await P("releaseThenClosed", async () => { const s = new ReadableStream({}); const r = s.getReader(); r.releaseLock(); try { await r.closed; return "resolved"; } catch (e) { return [e.name, e.message]; } });
  await P("valuesPreventCancel", async () => { let cancelled = 0; const s = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel() { cancelled++; } }); for await (const v of s.values({ preventCancel: true })) { break; } return [cancelled, s.locked]; });
  await P("valuesDefaultCancel", async () => { let cancelled = 0; const s = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { cancelled++; } }); for await (const v of s) { break; } return [cancelled, s.locked]; });
  await P("valuesReturnValue", async () => { const s = new ReadableStream({ pull(c) { c.enqueue(1); } }); const it = s.values(); await it.next(); const r = await it.return("x"); const n = await it.next(); return [r, n]; });
  await P("valuesTwice", () => { const s = new ReadableStream(); s.values(); return s.values(); });
  await P("byobZero", async () => { const s = new ReadableStream({ type: "bytes" }); const r = s.getReader({ mode: "byob" }); return r.read(new Uint8Array(0)); });
  await P("byobDataView", async () => { const s = new ReadableStream({ type: "bytes", pull(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); } }); const r = s.getReader({ mode: "byob" }); const x = await r.read(new DataView(new ArrayBuffer(8))); return [x.value.constructor.name, x.value.byteLength, x.done]; });
  await P("byobUint32", async () => { const s = new ReadableStream({ type: "bytes", pull(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5, 6])); } }); const r = s.getReader({ mode: "byob" }); const x = await r.read(new Uint32Array(4)); return [x.value.constructor.name, x.value.length, x.value.byteLength]; });
  await P("byobNoArg", async () => { const s = new ReadableStream({ type: "bytes" }); const r = s.getReader({ mode: "byob" }); return r.read(); });
  await P("byobNotView", async () => { const s = new ReadableStream({ type: "bytes" }); const r = s.getReader({ mode: "byob" }); return r.read(new ArrayBuffer(4)); });
  await P("byobOnDefault", () => new ReadableStream({}).getReader({ mode: "byob" }));
  await P("badMode", () => new ReadableStream({}).getReader({ mode: "x" }));
  await P("respondZeroOpen", async () => { let req; const s = new ReadableStream({ type: "bytes", pull(c) { req = c.byobRequest; try { req.respond(0); } catch (e) { c.error(e); throw e; } } }); const r = s.getReader({ mode: "byob" }); try { await r.read(new Uint8Array(4)); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("respondTooMuch", async () => { const s = new ReadableStream({ type: "bytes", pull(c) { try { c.byobRequest.respond(9); } catch (e) { c.error(e); } } }); const r = s.getReader({ mode: "byob" }); try { await r.read(new Uint8Array(4)); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("stringBodyChunks", async () => { const s = new ReadableStream({ start(c) { c.enqueue("abc"); c.close(); } }); return new Response(s).text(); });
  await P("u16BodyChunks", async () => { const s = new ReadableStream({ start(c) { c.enqueue(new Uint16Array([0x6261, 0x6463])); c.enqueue(new DataView(new Uint8Array([0x65]).buffer)); c.close(); } }); return new Response(s).text(); });
  await P("numberBodyChunk", async () => { const s = new ReadableStream({ start(c) { c.enqueue(5); c.close(); } }); return new Response(s).text(); });
  await P("abBodyChunk", async () => { const s = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105]).buffer); c.close(); } }); return new Response(s).text(); });
  await P("fromStrings", async () => rd(ReadableStream.from(["a", Promise.resolve("b"), 3])));
  await P("fromGenThrow", async () => rd(ReadableStream.from((async function* () { yield 1; throw new RangeError("g"); })())));
  await P("fromNotIterable", () => ReadableStream.from({}));
  await P("fromNull", () => ReadableStream.from(null));
  await P("fromString", async () => rd(ReadableStream.from("ab")));
}),
c("webapi11-writable-transform-states", "writable and transform streams in unusual states: close while locked, abort reasons, writer after release, transform flush/cancel hooks and errors, terminate, readableType", async (P) => {
  await P("closeLocked", () => { const w = new WritableStream(); w.getWriter(); return w.close(); });
  await P("abortLocked", () => { const w = new WritableStream(); w.getWriter(); return w.abort(); });
  await P("getWriterTwice", () => { const w = new WritableStream(); w.getWriter(); return w.getWriter(); });
  await P("writeAfterRelease", async () => { const w = new WritableStream(); const wr = w.getWriter(); wr.releaseLock(); try { await wr.write("a"); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("closeAfterRelease", async () => { const w = new WritableStream(); const wr = w.getWriter(); wr.releaseLock(); try { await wr.close(); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("desiredAfterRelease", () => { const w = new WritableStream(); const wr = w.getWriter(); wr.releaseLock(); return wr.desiredSize; });
  await P("writeAfterClose", async () => { const w = new WritableStream(); const wr = w.getWriter(); wr.close(); try { await wr.write("a"); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("closeTwiceW", async () => { const w = new WritableStream(); const wr = w.getWriter(); wr.close(); try { await wr.close(); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("abortReason", async () => { let got; const w = new WritableStream({ abort(r) { got = r; } }); await w.abort("why"); return got; });
  await P("abortThenWrite", async () => { const w = new WritableStream(); const wr = w.getWriter(); wr.abort("r1"); try { await wr.write(1); return "ok"; } catch (e) { return e; } });
  await P("sinkWriteThrows", async () => { const w = new WritableStream({ write() { throw new TypeError("sink"); } }); const wr = w.getWriter(); try { await wr.write(1); } catch (e) { return [e.message, await wr.closed.catch((x) => x.message), wr.desiredSize === null ? "null" : wr.desiredSize]; } });
  await P("controllerSignal", async () => { let ctl; const w = new WritableStream({ start(c) { ctl = c; } }); await w.abort("rr"); return [ctl.signal.aborted, ctl.signal.reason]; });
  await P("controllerErrorW", async () => { let ctl; const w = new WritableStream({ start(c) { ctl = c; } }); ctl.error(new Error("ce")); const wr = w.getWriter(); return wr.closed.catch((e) => e.message); });
  await P("flushThrows", async () => { const ts = new TransformStream({ flush() { throw new Error("fl"); } }); const w = ts.writable.getWriter(); const r = ts.readable.getReader(); const a = await w.close().catch((e) => "w:" + e.message); const b = await r.read().catch((e) => "r:" + e.message); return [a, b]; });
  await P("transformThrows", async () => { const ts = new TransformStream({ transform() { throw new Error("tr"); } }); const w = ts.writable.getWriter(); const r = ts.readable.getReader(); const a = await w.write("x").catch((e) => "w:" + e.message); const b = await r.read().catch((e) => "r:" + e.message); return [a, b]; });
  await P("cancelHook", async () => { const log = []; const ts = new TransformStream({ cancel(r) { log.push("cancel:" + r); } }); await ts.readable.cancel("why"); const e = await ts.writable.getWriter().closed.catch((x) => x); return [log, e]; });
  await P("terminate", async () => { const ts = new TransformStream({ start(c) { c.enqueue("a"); c.terminate(); } }); const r = ts.readable.getReader(); const x = await r.read(); const y = await r.read(); const w = await ts.writable.getWriter().write("z").catch((e) => [e.name, e.message]); return [x, y, w]; });
  await P("enqueueAfterTerminate", () => { let ctl; new TransformStream({ start(c) { ctl = c; } }); ctl.terminate(); ctl.enqueue("x"); });
  await P("readableTypeBytes", () => new TransformStream({ readableType: "bytes" }));
  await P("writableTypeX", () => new TransformStream({ writableType: "x" }));
  await P("tsDesiredSize", () => { let ctl; const ts = new TransformStream({ start(c) { ctl = c; } }, undefined, { highWaterMark: 3 }); return ctl.desiredSize; });
  await P("tsDefaultHWM", async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); return [w.desiredSize]; });
  await P("identityWriteString", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); try { await w.write("abc"); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("identityWriteEmpty", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); const r = ts.readable.getReader(); w.write(new Uint8Array(0)); w.write(new Uint8Array([1])); w.close(); const a = await r.read(); return [a.value?.byteLength, a.done]; });
  await P("fixedLengthShort", async () => { const ts = new FixedLengthStream(3); const w = ts.writable.getWriter(); w.write(new Uint8Array([1])); try { await w.close(); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("fixedLengthLong", async () => { const ts = new FixedLengthStream(1); const w = ts.writable.getWriter(); ts.readable.getReader().read(); try { await w.write(new Uint8Array([1, 2])); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("fixedLengthNeg", () => new FixedLengthStream(-1));
  await P("fixedLengthBig", () => new FixedLengthStream(2 ** 53));
  await P("fixedLengthStr", () => new FixedLengthStream("5").readable.constructor.name);
}),
c("webapi11-text-encoding-streams", "TextEncoderStream/TextDecoderStream with split surrogates and multi-byte sequences, non-string and non-byte chunks, fatal mode; TextDecoder stream mode, encodeInto limits, label normalisation", async (P) => {
  const pipe = async (ts, chunks) => { const w = ts.writable.getWriter(); const r = ts.readable.getReader(); const out = []; const reading = (async () => { for (;;) { const x = await r.read(); if (x.done) break; out.push(typeof x.value === "string" ? x.value : [...x.value]); } })(); try { for (const ch of chunks) await w.write(ch); await w.close(); await reading; return out; } catch (e) { return [out, e.name, e.message]; } };
  await P("tesSplitSurrogate", () => pipe(new TextEncoderStream(), ["a\uD83D", "\uDE00b"]));
  await P("tesLoneEnd", () => pipe(new TextEncoderStream(), ["a\uD83D"]));
  await P("tesNumber", () => pipe(new TextEncoderStream(), [12, true, null]));
  await P("tesEmpty", () => pipe(new TextEncoderStream(), ["", "x", ""]));
  await P("tesObj", () => pipe(new TextEncoderStream(), [{ toString() { return "o"; } }]));
  await P("tesSymbol", () => pipe(new TextEncoderStream(), [Symbol("s")]));
  await P("tdsSplit", () => pipe(new TextDecoderStream(), [new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac, 0x41])]));
  await P("tdsTrailing", () => pipe(new TextDecoderStream(), [new Uint8Array([0x41, 0xe2, 0x82])]));
  await P("tdsFatalTrailing", () => pipe(new TextDecoderStream("utf-8", { fatal: true }), [new Uint8Array([0x41, 0xe2, 0x82])]));
  await P("tdsFatalBad", () => pipe(new TextDecoderStream("utf-8", { fatal: true }), [new Uint8Array([0x41, 0xff])]));
  await P("tdsString", () => pipe(new TextDecoderStream(), ["abc"]));
  await P("tdsAB", () => pipe(new TextDecoderStream(), [new Uint8Array([0x68, 0x69]).buffer]));
  await P("tdsDataView", () => pipe(new TextDecoderStream(), [new DataView(new Uint8Array([0x68, 0x69]).buffer)]));
  await P("tdsBOM", () => pipe(new TextDecoderStream(), [new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x41])]));
  await P("tdsIgnoreBOM", () => pipe(new TextDecoderStream("utf-8", { ignoreBOM: true }), [new Uint8Array([0xef, 0xbb, 0xbf, 0x41])]));
  await P("tdsUtf16", () => pipe(new TextDecoderStream("utf-16le"), [new Uint8Array([0x41]), new Uint8Array([0x00, 0x42, 0x00])]));
  await P("tdsLatin1", () => pipe(new TextDecoderStream("latin1"), [new Uint8Array([0xe9, 0x80])]));
  await P("tdsBadLabel", () => new TextDecoderStream("nope"));
  await P("tdsProps", () => { const d = new TextDecoderStream("UTF8", { fatal: 1, ignoreBOM: "" }); return [d.encoding, d.fatal, d.ignoreBOM, new TextEncoderStream().encoding]; });
  await P("tdStream", () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), d.decode(new Uint8Array([0x98, 0x80]), { stream: true }), d.decode(new Uint8Array([0xf0])), d.decode()]; });
  await P("tdFatalMsg", () => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xc0, 0x80])));
  await P("tdFatalUtf16", () => new TextDecoder("utf-16le", { fatal: true }).decode(new Uint8Array([0x00, 0xd8])));
  await P("tdUtf16Odd", () => new TextDecoder("utf-16le").decode(new Uint8Array([0x41, 0x00, 0x42])));
  await P("tdUtf16be", () => new TextDecoder("utf-16be").decode(new Uint8Array([0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00])));
  await P("tdLabels", () => ["unicode-1-1-utf-8", " utf8 ", "latin1", "ascii", "iso-8859-1", "UTF-16", "ucs-2", "x-sjis", "gbk", "iso-8859-8-i", "koi8-u", "cp1250", "x-mac-cyrillic", "csunicode", "unicodefffe", "utf-32", "iso-2022-kr", "hz-gb-2312"].map((l) => { try { return new TextDecoder(l).encoding; } catch (e) { return e.name + ":" + e.message; } }));
  await P("tdReplacementLabel", () => new TextDecoder("iso-2022-kr").decode(new Uint8Array([0x41])));
  await P("tdSAB", () => { try { return new TextDecoder().decode(new Uint8Array(new SharedArrayBuffer(2))); } catch (e) { return [e.name, e.message]; } });
  await P("encodeIntoSmall", () => { const d = new Uint8Array(5); const r = new TextEncoder().encodeInto("a\u20acb\uD83D\uDE00", d); return [r.read, r.written, [...d]]; });
  await P("encodeIntoLone", () => { const d = new Uint8Array(8); const r = new TextEncoder().encodeInto("\uD800x", d); return [r.read, r.written, [...d]]; });
  await P("encodeIntoSplitPair", () => { const d = new Uint8Array(3); const r = new TextEncoder().encodeInto("\uD83D\uDE00", d); return [r.read, r.written]; });
  await P("encodeIntoU16", () => new TextEncoder().encodeInto("a", new Uint16Array(2)));
  await P("encodeUndefined", () => [...new TextEncoder().encode(undefined)]);
  await P("encodeNull", () => [...new TextEncoder().encode(null)]);
}),
c("webapi11-abort-events-timers", "AbortSignal.any/timeout argument edges, reasons and their messages, dispatching an event twice, listener options, timers with odd delays and callbacks", async (P) => {
  await P("anyNotSignal", () => AbortSignal.any([{}]));
  await P("anyNotIterable", () => AbortSignal.any(5));
  await P("anyEmpty", () => { const s = AbortSignal.any([]); return [s.aborted, s.reason === undefined]; });
  await P("anyAborted", () => { const s = AbortSignal.any([AbortSignal.abort("r1"), AbortSignal.abort("r2")]); return [s.aborted, s.reason]; });
  await P("anyFollows", () => { const c = new AbortController(); const s = AbortSignal.any([c.signal]); let ev = 0; s.onabort = () => ev++; c.abort("x"); return [s.aborted, s.reason, ev]; });
  await P("timeoutNeg", () => AbortSignal.timeout(-1));
  await P("timeoutNaN", () => { const s = AbortSignal.timeout(NaN); return s.aborted; });
  await P("timeoutStr", () => AbortSignal.timeout("x"));
  await P("timeoutNone", () => AbortSignal.timeout());
  await P("timeoutBig", () => AbortSignal.timeout(2 ** 53).aborted);
  await P("timeoutReason", async () => { const s = AbortSignal.timeout(1); await new Promise((r) => s.onabort = r); return [s.reason.name, s.reason.message, s.reason.code, s.reason instanceof DOMException]; });
  await P("abortDefaultReason", () => { const s = AbortSignal.abort(); return [s.reason.name, s.reason.message, s.reason.code]; });
  await P("abortNullReason", () => { const s = AbortSignal.abort(null); return s.reason; });
  await P("throwIfAborted", () => AbortSignal.abort(42).throwIfAborted());
  await P("abortTwice", () => { const c = new AbortController(); let n = 0; c.signal.addEventListener("abort", () => n++); c.abort(1); c.abort(2); return [n, c.signal.reason]; });
  await P("newSignal", () => new AbortSignal());
  await P("dispatchTwice", () => { const t = new EventTarget(); const e = new Event("x"); t.addEventListener("x", () => { try { t.dispatchEvent(e); } catch (er) { throw er; } }); try { t.dispatchEvent(e); return "no"; } catch (er) { return [er.name, er.message]; } });
  await P("redispatch", () => { const t = new EventTarget(); const e = new Event("x"); let n = 0; t.addEventListener("x", () => n++); t.dispatchEvent(e); t.dispatchEvent(e); return n; });
  await P("dispatchNonEvent", () => new EventTarget().dispatchEvent({ type: "x" }));
  await P("dispatchNone", () => new EventTarget().dispatchEvent());
  await P("eventNoArgs", () => new Event());
  await P("listenerNull", () => { const t = new EventTarget(); t.addEventListener("x", null); t.removeEventListener("x", null); return "ok"; });
  await P("listenerNum", () => new EventTarget().addEventListener("x", 5));
  await P("listenerSignal", () => { const t = new EventTarget(); const c = new AbortController(); let n = 0; t.addEventListener("x", () => n++, { signal: c.signal }); t.dispatchEvent(new Event("x")); c.abort(); t.dispatchEvent(new Event("x")); return n; });
  await P("listenerAbortedSignal", () => { const t = new EventTarget(); let n = 0; t.addEventListener("x", () => n++, { signal: AbortSignal.abort() }); t.dispatchEvent(new Event("x")); return n; });
  await P("listenerSignalBad", () => new EventTarget().addEventListener("x", () => {}, { signal: 5 }));
  await P("listenerSignalNull", () => new EventTarget().addEventListener("x", () => {}, { signal: null }));
  await P("listenerDup", () => { const t = new EventTarget(); let n = 0; const f = () => n++; t.addEventListener("x", f); t.addEventListener("x", f, { once: true }); t.dispatchEvent(new Event("x")); t.dispatchEvent(new Event("x")); return n; });
  await P("handleEventGetter", () => { const t = new EventTarget(); let g = 0; const o = { get handleEvent() { g++; return () => {}; } }; t.addEventListener("x", o); t.dispatchEvent(new Event("x")); t.dispatchEvent(new Event("x")); return g; });
  await P("handleEventNotFn", () => { const t = new EventTarget(); t.addEventListener("x", { handleEvent: 5 }); return t.dispatchEvent(new Event("x")); });
  await P("listenerThrows", () => { const t = new EventTarget(); let after = 0; t.addEventListener("x", () => { throw new Error("L"); }); t.addEventListener("x", () => after++); return [t.dispatchEvent(new Event("x")), after]; });
  await P("eventProps", () => { const e = new Event("x", { bubbles: 1, cancelable: "y", composed: {} }); return [e.bubbles, e.cancelable, e.composed, e.eventPhase, e.isTrusted, e.defaultPrevented, typeof e.timeStamp, e.returnValue, e.srcElement, e.target, e.currentTarget, e.composedPath()]; });
  await P("preventNonCancelable", () => { const e = new Event("x"); e.preventDefault(); return [e.defaultPrevented, e.returnValue]; });
  await P("returnValueFalse", () => { const e = new Event("x", { cancelable: true }); e.returnValue = false; return [e.defaultPrevented, e.returnValue]; });
  await P("phaseConstants", () => [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, new Event("x").AT_TARGET]);
  await P("composedPathDuring", () => { const t = new EventTarget(); let p; t.addEventListener("x", (e) => { p = [e.composedPath().length, e.composedPath()[0] === t, e.eventPhase, e.target === t]; }); t.dispatchEvent(new Event("x")); return p; });
  await P("setTimeoutString", () => setTimeout("1+1", 1));
  await P("setTimeoutNoArgs", () => setTimeout());
  await P("setTimeoutArgs", async () => new Promise((r) => setTimeout((a, b) => r([a, b]), 0, "x", 2)));
  await P("timerIdType", () => { const a = setTimeout(() => {}, 1000); const b = setInterval(() => {}, 1000); clearTimeout(a); clearInterval(b); return [typeof a, typeof b, b - a]; });
  await P("clearOdd", () => [clearTimeout(), clearTimeout(null), clearTimeout("x"), clearTimeout({}), clearInterval(-1)]);
  await P("clearCross", async () => { let n = 0; const id = setTimeout(() => n++, 0); clearInterval(id); await new Promise((r) => setTimeout(r, 5)); return n; });
  await P("queueMicrotaskBad", () => queueMicrotask(5));
  await P("queueMicrotaskNone", () => queueMicrotask());
  await P("schedulerWaitNeg", async () => { await scheduler.wait(-5); return "ok"; });
  await P("schedulerWaitStr", async () => { await scheduler.wait("x"); return "ok"; });
  await P("schedulerWaitAborted", () => scheduler.wait(10, { signal: AbortSignal.abort("gone") }));
}),
c("webapi11-clone-blob-file-edges", "structuredClone of uncommon values (sparse arrays, boxed primitives, errors with causes, subclasses, accessors, typed array views sharing a buffer, transfer lists), Blob/File slicing and type normalisation", async (P) => {
  await P("sparse", () => { const a = [1, , 3]; a.x = 5; const b = structuredClone(a); return [b.length, 1 in b, b.x, Object.keys(b)]; });
  await P("boxed", () => { const v = structuredClone([new Number(3), new String("s"), new Boolean(false), Object(5n)]); return v.map((x) => [typeof x, Object.prototype.toString.call(x), x.valueOf().toString()]); });
  await P("negZero", () => Object.is(structuredClone(-0), -0));
  await P("errorCause", () => { const e = structuredClone(new RangeError("m", { cause: { a: 1 } })); return [e.constructor.name, e.name, e.message, e.cause, "stack" in e]; });
  await P("errorCustomName", () => { const er = new Error("m"); er.name = "Foo"; const e = structuredClone(er); return [e.constructor.name, e.name]; });
  await P("errorSubclass", () => { class MyErr extends TypeError {} const e = structuredClone(new MyErr("q")); return [e.constructor.name, e.name, e.message]; });
  await P("errorExtraProps", () => { const er = new Error("m"); er.code = 5; const e = structuredClone(er); return [e.code, Object.keys(e)]; });
  await P("aggregate", () => { const e = structuredClone(new AggregateError([new Error("a")], "agg")); return [e.constructor.name, e.message, e.errors]; });
  await P("domexc", () => { const e = structuredClone(new DOMException("dm", "AbortError")); return [e.constructor.name, e.name, e.message, e.code]; });
  await P("classInstance", () => { class A { constructor() { this.x = 1; } get y() { return 2; } } const v = structuredClone(new A()); return [v.constructor.name, v.x, v.y]; });
  await P("getterInvoked", () => { let n = 0; const v = structuredClone({ get g() { n++; return 7; } }); return [v.g, n, Object.getOwnPropertyDescriptor(v, "g").writable]; });
  await P("nonEnumSkipped", () => { const o = {}; Object.defineProperty(o, "h", { value: 1, enumerable: false }); o[Symbol("s")] = 2; return Object.getOwnPropertyNames(structuredClone(o)); });
  await P("sharedBuffer", () => { const buf = new ArrayBuffer(8); const v = structuredClone([new Uint8Array(buf, 0, 4), new Uint16Array(buf, 4, 2)]); return [v[0].buffer === v[1].buffer, v[1].byteOffset, v[0].buffer.byteLength]; });
  await P("dataView", () => { const v = structuredClone(new DataView(new ArrayBuffer(4), 1, 2)); return [v.constructor.name, v.byteOffset, v.byteLength]; });
  await P("bigint64", () => structuredClone(new BigInt64Array([1n, -2n])).map(String).join(","));
  await P("transferAB", () => { const b = new ArrayBuffer(4); const v = structuredClone(b, { transfer: [b] }); return [b.byteLength, v.byteLength, b.detached]; });
  await P("transferTwice", () => { const b = new ArrayBuffer(4); return structuredClone(b, { transfer: [b, b] }); });
  await P("transferNotTransferable", () => structuredClone(1, { transfer: [{}] }));
  await P("transferNotArray", () => structuredClone(1, { transfer: 5 }));
  await P("transferStream", () => { const s = new ReadableStream(); const v = structuredClone(s, { transfer: [s] }); return [v.constructor.name, s.locked]; });
  await P("cloneStream", () => structuredClone(new ReadableStream()));
  await P("cloneSymbol", () => structuredClone(Symbol("q")));
  await P("cloneFunc", () => structuredClone(function named() { return 1; }));
  await P("cloneArrow", () => structuredClone({ f: (a) => a }));
  await P("cloneWeakMap", () => structuredClone(new WeakMap()));
  await P("clonePromise", () => structuredClone(Promise.resolve()));
  await P("cloneRequest", () => structuredClone(new Request("http://x/")));
  await P("cloneHeaders", () => structuredClone(new Headers()));
  await P("cloneURL", () => structuredClone(new URL("http://x/")));
  await P("cloneRegexp", () => { const r = /a/gy; r.lastIndex = 3; const v = structuredClone(r); return [v.source, v.flags, v.lastIndex]; });
  await P("cloneDateInvalid", () => String(structuredClone(new Date(NaN))));
  await P("cloneMapCycle", () => { const m = new Map(); m.set(m, m); const v = structuredClone(m); return v.get(v) === v; });
  await P("cloneBlob", async () => { const v = structuredClone(new Blob(["ab"], { type: "T/X" })); return [v.constructor.name, v.size, v.type, await v.text()]; });
  await P("cloneFile", async () => { const v = structuredClone(new File(["ab"], "n.txt", { lastModified: 5 })); return [v.constructor.name, v.name, v.lastModified]; });
  await P("blobSliceNeg", async () => { const b = new Blob(["abcdef"]); return [await b.slice(-2).text(), await b.slice(-10, 2).text(), await b.slice(4, 2).text(), await b.slice(1, -1, "X/Y").type, await b.slice(NaN, Infinity).text()]; });
  await P("blobTypes", () => ["TEXT/Plain", "a/b; charset=UTF-8", "\u00e9/x", "a\x7f", "", " x "].map((t) => new Blob([], { type: t }).type));
  await P("blobParts", async () => new Blob(["a", new Uint8Array([98]), new Uint16Array([0x6463]).buffer, new Blob(["e"]), 5, { toString() { return "f"; } }]).text());
  await P("blobEndings", async () => [await new Blob(["a\nb\r\nc"], { endings: "native" }).text(), await new Blob(["a\nb"], { endings: "transparent" }).text()]);
  await P("blobEndingsBad", () => new Blob([], { endings: "x" }));
  await P("blobPartsString", () => new Blob("abc"));
  await P("blobPartsNull", () => new Blob(null));
  await P("fileLastModified", () => [new File([], "a", { lastModified: "12" }).lastModified, new File([], "a", { lastModified: 1.9 }).lastModified, new File([], "a", { lastModified: -1 }).lastModified, typeof new File([], "a").lastModified]);
  await P("fileNameConv", () => [new File([], 5).name, new File([], null).name, new File([], "a/b\\c").name]);
  await P("fileNoName", () => new File([]));
  await P("blobStreamBytes", async () => { const r = new Blob(["abc"]).stream().getReader(); const x = await r.read(); return [x.value.constructor.name, x.value.length]; });
  await P("blobBytes", async () => { const b = await new Blob(["ab"]).bytes(); return [b.constructor.name, b.length]; });
}),
];
export const more = [
c("webapi11-crypto-less-common", "crypto.subtle with less common inputs: RSA generation parameters, EC curve mismatches, garbage SPKI/PKCS8, JWK kty/alg/use/key_ops mismatches, Ed25519/X25519 raw lengths, usage errors, getRandomValues types and limits", async (P) => {
  const S = crypto.subtle;
  const en = new TextEncoder();
  await P("rsaExp3", async () => { const k = await S.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([3]), hash: "SHA-256" }, true, ["sign", "verify"]); return [k.publicKey.algorithm.publicExponent.length, k.publicKey.algorithm.modulusLength]; });
  await P("rsaExpEven", () => S.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([4]), hash: "SHA-256" }, true, ["sign"]));
  await P("rsaExpArray", () => S.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: [1, 0, 1], hash: "SHA-256" }, true, ["sign"]));
  await P("rsaModSmall", () => S.generateKey({ name: "RSA-PSS", modulusLength: 255, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign"]));
  await P("rsaModOdd", () => S.generateKey({ name: "RSA-OAEP", modulusLength: 1025, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["encrypt"]));
  await P("rsaNoHash", () => S.generateKey({ name: "RSA-OAEP", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]) }, true, ["encrypt"]));
  await P("rsaBadUsage", () => S.generateKey({ name: "RSA-OAEP", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-1" }, true, ["sign"]));
  await P("rsaEmptyUsage", () => S.generateKey({ name: "RSA-OAEP", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-1" }, true, []));
  await P("ecBadCurve", () => S.generateKey({ name: "ECDSA", namedCurve: "P-999" }, true, ["sign"]));
  await P("ecNoCurve", () => S.generateKey({ name: "ECDSA" }, true, ["sign"]));
  await P("ecCurveMismatchImport", async () => { const k = await S.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); const raw = await S.exportKey("raw", k.publicKey); return S.importKey("raw", raw, { name: "ECDSA", namedCurve: "P-384" }, true, ["verify"]); });
  await P("ecRawPrivate", async () => S.importKey("raw", new Uint8Array(32), { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]));
  await P("ecRawGarbage", async () => S.importKey("raw", new Uint8Array(65), { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]));
  await P("spkiGarbage", () => S.importKey("spki", new Uint8Array([1, 2, 3]), { name: "RSA-OAEP", hash: "SHA-256" }, true, ["encrypt"]));
  await P("pkcs8Garbage", () => S.importKey("pkcs8", new Uint8Array([48, 3, 2, 1, 0]), { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]));
  await P("spkiEmpty", () => S.importKey("spki", new Uint8Array(0), { name: "Ed25519" }, true, ["verify"]));
  await P("ed25519RawShort", () => S.importKey("raw", new Uint8Array(31), { name: "Ed25519" }, true, ["verify"]));
  await P("ed25519RawSign", () => S.importKey("raw", new Uint8Array(32), { name: "Ed25519" }, true, ["sign"]));
  await P("x25519RawShort", () => S.importKey("raw", new Uint8Array(33), { name: "X25519" }, true, []));
  await P("x25519DeriveNull", async () => { const a = await S.generateKey({ name: "X25519" }, true, ["deriveBits"]); const b = await S.generateKey({ name: "X25519" }, true, ["deriveBits"]); return (await S.deriveBits({ name: "X25519", public: b.publicKey }, a.privateKey, null)).byteLength; });
  await P("x25519DeriveLong", async () => { const a = await S.generateKey({ name: "X25519" }, true, ["deriveBits"]); const b = await S.generateKey({ name: "X25519" }, true, ["deriveBits"]); return S.deriveBits({ name: "X25519", public: b.publicKey }, a.privateKey, 512); });
  await P("x25519DerivePrivAsPub", async () => { const a = await S.generateKey({ name: "X25519" }, true, ["deriveBits"]); return S.deriveBits({ name: "X25519", public: a.privateKey }, a.privateKey, 256); });
  await P("ecdhCurveMismatch", async () => { const a = await S.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]); const b = await S.generateKey({ name: "ECDH", namedCurve: "P-384" }, true, ["deriveBits"]); return S.deriveBits({ name: "ECDH", public: b.publicKey }, a.privateKey, 256); });
  await P("ecdhNotKey", async () => { const a = await S.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]); return S.deriveBits({ name: "ECDH", public: {} }, a.privateKey, 256); });
  await P("jwkKtyMismatch", () => S.importKey("jwk", { kty: "RSA", k: "AAAA" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
  await P("jwkAlgMismatch", () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "HS512" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
  await P("jwkUseEnc", () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", use: "enc" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
  await P("jwkKeyOpsMissing", () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", key_ops: ["verify"] }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
  await P("jwkExtFalse", () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", ext: false }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
  await P("jwkBadB64", () => S.importKey("jwk", { kty: "oct", k: "A+A/" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
  await P("jwkAesLen", () => S.importKey("jwk", { kty: "oct", k: "AAAA" }, { name: "AES-GCM" }, true, ["encrypt"]));
  await P("jwkAesAlg", () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "A256GCM" }, { name: "AES-GCM" }, true, ["encrypt"]));
  await P("jwkEcCrv", () => S.importKey("jwk", { kty: "EC", crv: "P-384", x: "AA", y: "AA" }, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]));
  await P("jwkOkpCrv", () => S.importKey("jwk", { kty: "OKP", crv: "X25519", x: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" }, { name: "Ed25519" }, true, ["verify"]));
  await P("signWrongUsage", async () => { const k = await S.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]); return S.sign("HMAC", k, new Uint8Array(1)); });
  await P("signWrongAlgo", async () => { const k = await S.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]); return S.sign("ECDSA", k, new Uint8Array(1)); });
  await P("verifyShortSig", async () => { const k = await S.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]); return S.verify("HMAC", k, new Uint8Array(3), new Uint8Array(1)); });
  await P("ecdsaVerifyBadSig", async () => { const k = await S.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); return S.verify({ name: "ECDSA", hash: "SHA-256" }, k.publicKey, new Uint8Array(10), en.encode("x")); });
  await P("ecdsaSigLen", async () => { const k = await S.generateKey({ name: "ECDSA", namedCurve: "P-521" }, true, ["sign", "verify"]); return (await S.sign({ name: "ECDSA", hash: "SHA-512" }, k.privateKey, en.encode("x"))).byteLength; });
  await P("ecdsaNoHash", async () => { const k = await S.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); return S.sign({ name: "ECDSA" }, k.privateKey, en.encode("x")); });
  await P("exportNonExtractable", async () => { const k = await S.importKey("raw", new Uint8Array(16), { name: "AES-GCM" }, false, ["encrypt"]); return S.exportKey("raw", k); });
  await P("exportBadFormat", async () => { const k = await S.importKey("raw", new Uint8Array(16), { name: "AES-GCM" }, true, ["encrypt"]); return S.exportKey("spki", k); });
  await P("exportPrivRaw", async () => { const k = await S.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]); return S.exportKey("raw", k.privateKey); });
  await P("exportJwkEd", async () => { const k = await S.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]); const j = await S.exportKey("jwk", k.publicKey); return [Object.keys(j).sort(), j.crv, j.kty, j.key_ops, j.ext, j.alg]; });
  await P("exportJwkHmac", async () => { const k = await S.importKey("raw", new Uint8Array(20), { name: "HMAC", hash: "SHA-384" }, true, ["sign"]); const j = await S.exportKey("jwk", k); return [Object.keys(j).sort(), j.alg, j.k]; });
  await P("hmacLenMismatch", () => S.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256", length: 64 }, true, ["sign"]));
  await P("hmacLenSmaller", async () => (await S.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256", length: 121 }, true, ["sign"])).algorithm.length);
  await P("hmacEmpty", () => S.importKey("raw", new Uint8Array(0), { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
  await P("rndFloat", () => crypto.getRandomValues(new Float32Array(2)));
  await P("rndBig", () => crypto.getRandomValues(new Uint8Array(65537)));
  await P("rndExact", () => crypto.getRandomValues(new Uint8Array(65536)).length);
  await P("rndDataView", () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
  await P("rndBigInt", () => crypto.getRandomValues(new BigUint64Array(2)).length);
  await P("rndU8C", () => crypto.getRandomValues(new Uint8ClampedArray(2)).constructor.name);
  await P("rndNone", () => crypto.getRandomValues());
  await P("rndAB", () => crypto.getRandomValues(new ArrayBuffer(2)));
  await P("uuid", () => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
  await P("digestObjName", async () => hex(await S.digest({ name: "sha-1" }, new Uint8Array(0))));
  await P("digestBad", () => S.digest("SHA-224", new Uint8Array(0)));
  await P("digestMD5", async () => hex(await S.digest("MD5", new Uint8Array(0))));
  await P("digestString", () => S.digest("SHA-256", "abc"));
}),
c("webapi11-headers-request-response-more", "Headers values with whitespace and control characters, iteration after mutation, Request/Response option conversions, clone of used bodies, redirect statuses, json with unserialisable values, statusText checks", async (P) => {
  await P("hdrWhitespace", () => { const h = new Headers(); h.set("a", " \t x y \t "); h.append("b", "\n z \r"); return [...h]; });
  await P("hdrNul", () => new Headers({ a: "x\0y" }));
  await P("hdrCR", () => new Headers({ a: "x\ry" }));
  await P("hdrLF", () => new Headers({ a: "x\ny" }));
  await P("hdrDel", () => [...new Headers({ a: "x\x7fy" })]);
  await P("hdrHighByte", () => [...new Headers({ a: "x\u00ffy" })]);
  await P("hdrWide", () => new Headers({ a: "x\u0100y" }));
  await P("hdrNameBad", () => new Headers({ "a b": "x" }));
  await P("hdrNameEmpty", () => new Headers({ "": "x" }));
  await P("hdrNameColon", () => new Headers().append("a:", "x"));
  await P("hdrGetBadName", () => new Headers().get("a b"));
  await P("hdrHasBad", () => new Headers().has("\u0100"));
  await P("hdrIterMutate", () => { const h = new Headers({ a: "1", b: "2", c: "3" }); const out = []; for (const [k] of h) { out.push(k); if (k === "a") { h.delete("b"); h.set("d", "4"); } } return out; });
  await P("hdrSetCookieIter", () => { const h = new Headers(); h.append("Set-Cookie", "a=1"); h.append("set-cookie", "b=2"); h.append("X", "1"); h.append("x", "2"); return [[...h], h.get("set-cookie"), h.getSetCookie()]; });
  await P("hdrForEachThis", () => { const r = []; new Headers({ b: "2", a: "1" }).forEach(function (v, k, o) { r.push(k, v, this === undefined ? "u" : typeof this, o instanceof Headers); }); return r; });
  await P("hdrSort", () => [...new Headers([["B", "1"], ["a", "2"], ["_", "3"], ["Z", "4"], ["1", "5"]]).keys()]);
  await P("hdrRecordNum", () => [...new Headers({ 1: 2, b: null, c: undefined, d: [1, 2] })]);
  await P("hdrPairsIter", () => [...new Headers(new Map([["a", "1"]]))]);
  await P("hdrPairsBad", () => new Headers([["a", "1", "2"]]));
  await P("hdrPairsStr", () => new Headers(["ab"]));
  await P("reqMethodNorm", () => ["get", "Post", "delete", "patch", "options", "head", "put", "foo", "CONNECT"].map((m) => { try { return new Request("http://x/", { method: m }).method; } catch (e) { return e.message; } }));
  await P("reqMethodTrace", () => new Request("http://x/", { method: "TRACE" }).method);
  await P("reqMethodBad", () => new Request("http://x/", { method: "a b" }));
  await P("reqGetBody", () => new Request("http://x/", { body: "x" }));
  await P("reqHeadBody", () => new Request("http://x/", { method: "HEAD", body: "x" }));
  await P("reqBodyNull", () => new Request("http://x/", { method: "GET", body: null }).body);
  await P("reqRedirectBad", () => new Request("http://x/", { redirect: "nope" }));
  await P("reqRedirectError", () => new Request("http://x/", { redirect: "error" }).redirect);
  await P("reqModeIgnored", () => { const r = new Request("http://x/", { mode: "no-cors", credentials: "omit", referrer: "http://y/", integrity: "" }); return [r.mode, r.credentials, r.referrer, r.integrity]; });
  await P("reqIntegrity", () => new Request("http://x/", { integrity: "sha256-abc" }).integrity);
  await P("reqCache", () => ["no-store", "no-cache", "default", "reload", "force-cache", "only-if-cached", "x"].map((v) => { try { return new Request("http://x/", { cache: v }).cache; } catch (e) { return e.name + ":" + e.message; } }));
  await P("reqKeepalive", () => [new Request("http://x/").keepalive, new Request("http://x/", { keepalive: true }).keepalive]);
  await P("reqDestination", () => [new Request("http://x/").destination, new Request("http://x/").referrerPolicy, new Request("http://x/").isHistoryNavigation, new Request("http://x/").duplex]);
  await P("reqFromUsed", async () => { const a = new Request("http://x/", { method: "POST", body: "b" }); await a.text(); return new Request(a); });
  await P("reqFromUsedNewBody", async () => { const a = new Request("http://x/", { method: "POST", body: "b" }); await a.text(); return new Request(a, { body: "c" }).text(); });
  await P("reqCloneUsed", async () => { const a = new Request("http://x/", { method: "POST", body: "b" }); await a.text(); return a.clone(); });
  await P("respCloneUsed", async () => { const a = new Response("b"); await a.text(); return a.clone(); });
  await P("respCloneLocked", () => { const a = new Response("b"); a.body.getReader(); return a.clone(); });
  await P("reqUrlCreds", () => new Request("http://u:p@x/"));
  await P("reqUrlRelative", () => new Request("/a"));
  await P("redirectStatuses", () => [300, 301, 302, 303, 304, 305, 307, 308, 200].map((s) => { try { return Response.redirect("http://x/", s).status; } catch (e) { return e.name + ":" + e.message; } }));
  await P("redirectRelative", () => Response.redirect("/a"));
  await P("redirectHeaders", () => { const r = Response.redirect("http://x/a b?é"); return [r.status, r.headers.get("location"), [...r.headers].length, r.statusText, r.url, r.redirected]; });
  await P("redirectImmutable", () => Response.redirect("http://x/").headers.set("a", "b"));
  await P("jsonBigInt", () => Response.json({ a: 1n }));
  await P("jsonUndefined", async () => Response.json(undefined).text());
  await P("jsonSymbol", async () => Response.json(Symbol("x")).text());
  await P("jsonCycle", () => { const o = {}; o.o = o; return Response.json(o); });
  await P("jsonHeaders", async () => { const r = Response.json({ a: 1 }, { status: 201, headers: { "content-type": "text/x" } }); return [r.status, r.headers.get("content-type"), await r.text()]; });
  await P("jsonNullBodyStatus", () => Response.json({}, { status: 204 }));
  await P("statusTextBad", () => new Response(null, { statusText: "a\nb" }));
  await P("statusTextHigh", () => new Response(null, { statusText: "\u00e9" }).statusText);
  await P("statusTextWide", () => new Response(null, { statusText: "\u0100" }));
  await P("statusTextNum", () => new Response(null, { statusText: 5 }).statusText);
  await P("statusRange", () => [99, 100, 101, 199, 200, 599, 600, 1000, "204", 2.5, -1].map((s) => { try { return new Response(null, { status: s }).status; } catch (e) { return e.name + ":" + e.message; } }));
  await P("responseError", () => { const r = Response.error(); return [r.type, r.status, r.ok, r.statusText, r.body, [...r.headers]]; });
  await P("responseErrorHeaders", () => Response.error().headers.set("a", "b"));
  await P("respType", () => [new Response().type, new Response().url, new Response().redirected, new Response().ok]);
  await P("respWebSocketNull", () => new Response(null, { webSocket: null }).webSocket);
  await P("respEncodeBody", () => [new Response(null, { encodeBody: "manual" }).encodeBody, new Response().encodeBody]);
  await P("respEncodeBodyBad", () => new Response(null, { encodeBody: "x" }));
}),
c("webapi11-url-more-edges", "URL parsing corners (IDNA mapping, IPv4 number forms, IPv6 compression, opaque paths, file URLs, special-scheme switching in protocol setter), URLSearchParams mutation through URL, URLPattern exec/test with base and invalid patterns", async (P) => {
  const h = (u) => { try { return new URL(u).href; } catch (e) { return e.name + ":" + e.message; } };
  await P("idna", () => ["https://faß.de/", "https://ＡＢＣ.com/", "https://a\u00adb.com/", "https://%41.com/", "https://xn--a.com/", "https://ä.xn--p1ai/", "https://x..y/", "https://\u2603.com/", "https://a\u200db.com/", "https://ΣΑΣ.gr/", "https://a.b.c./", "https://0x7f.1/", "https://127.1/", "https://4294967296/", "https://1.2.3.4.5/", "https://0300.0250.1/", "https://[::ffff:1.2.3.4]/", "https://[1:0:0:0:0:0:0:1]/", "https://[::1:2::]/", "https://a%2Eb/", "https://a b/", "https://a<b/", "http://a^b/"].map(h));
  await P("opaque", () => ["mailto:A@b.c", "data:text/plain,a b", "javascript:alert(1) ", "urn:x: y ", "sc:\\a", "sc://a\\b/"].map((u) => { try { const x = new URL(u); return [x.href, x.pathname, x.host, x.origin]; } catch (e) { return e.message; } }));
  await P("files", () => ["file:///C:/a/../../b", "file://host/a", "file:/a", "file:c:\\a", "file://localhost/x", "file:///a?b#c"].map((u) => { try { const x = new URL(u); return [x.href, x.host, x.origin]; } catch (e) { return e.message; } }));
  await P("protocolSwitch", () => { const out = []; for (const [u, p] of [["http://a/", "foo"], ["foo://a/", "http"], ["http://a/", "https"], ["file:///a", "http"], ["http://a:80/", "https"], ["https://a:443/", "ws"]]) { const x = new URL(u); x.protocol = p; out.push(x.href); } return out; });
  await P("portSetter", () => { const out = []; for (const p of ["8080abc", "", "65536", "-1", "0", " 1", "443"]) { const x = new URL("https://a:99/"); x.port = p; out.push(x.port); } return out; });
  await P("hostSetter", () => { const out = []; for (const v of ["b:7", "c/d", "", "[::1]", "e f", "x@y"]) { const x = new URL("http://a:1/p"); x.host = v; out.push(x.href); } return out; });
  await P("searchParamsLive", () => { const u = new URL("http://a/?x=1"); const sp = u.searchParams; sp.append("y", "a b"); u.search = "?z=2"; return [u.href, sp.toString(), sp.get("z"), u.searchParams === sp]; });
  await P("searchEmpty", () => { const u = new URL("http://a/?x=1"); u.searchParams.delete("x"); return [u.href, u.search]; });
  await P("hashSet", () => { const u = new URL("http://a/"); u.hash = "#"; const a = u.href; u.hash = ""; return [a, u.href, new URL("http://a/#").hash]; });
  await P("usernameOnFile", () => { const u = new URL("file:///a"); u.username = "x"; u.password = "y"; return u.href; });
  await P("encodeChars", () => new URL("http://a/ !\"$%&'()*+,-./:;<=>?@[\\]^_`{|}~ !\"$%&'()*+,-./:;<=>?@[\\]^_`{|}~#a !\"<>`{}").href);
  await P("uspPlus", () => { const u = new URLSearchParams("a=b+c&d=%zz&e=%2B&f"); return [u.get("a"), u.get("d"), u.get("e"), u.get("f"), u.toString()]; });
  await P("uspEncode", () => new URLSearchParams({ k: "a b&c=d/é~*!'()" }).toString());
  await P("upExecBase", () => new URLPattern({ pathname: "/a/:id" }).exec("/a/5", "http://x/")?.pathname);
  await P("upExecGroups", () => { const r = new URLPattern({ hostname: "*.x.com", pathname: "/:a/*", search: "q=:q" }).exec("http://s.x.com/1/2/3?q=z"); return [r.hostname.groups, r.pathname.groups, r.search.groups, r.inputs]; });
  await P("upBadRegex", () => new URLPattern({ pathname: "/(a" }));
  await P("upBadName", () => new URLPattern({ pathname: "/:" }));
  await P("upDupName", () => new URLPattern({ pathname: "/:a/:a" }));
  await P("upRelNoBase", () => new URLPattern("/a"));
  await P("upBaseObj", () => new URLPattern({ pathname: "/a" }, "http://x/"));
  await P("upTestNone", () => new URLPattern({}).test());
  await P("upIgnoreCase", () => [new URLPattern({ pathname: "/AB" }, { ignoreCase: true }).test({ pathname: "/ab" }), new URLPattern({ pathname: "/AB" }).test({ pathname: "/ab" })]);
  await P("upProps", () => { const p = new URLPattern("https://u:p@x.com:8/a?b#c"); return [p.protocol, p.username, p.password, p.hostname, p.port, p.pathname, p.search, p.hash, p.hasRegExpGroups]; });
  await P("upRegexGroups", () => [new URLPattern({ pathname: "/(\\d+)" }).hasRegExpGroups, new URLPattern({ pathname: "/:id(\\d+)" }).exec({ pathname: "/42" }).pathname.groups]);
  await P("upExecNoMatch", () => new URLPattern({ pathname: "/a" }).exec({ pathname: "/b" }));
  await P("upExecBadUrl", () => new URLPattern({ pathname: "/a" }).exec("not a url"));
  await P("upTestBadBase", () => new URLPattern({ pathname: "/a" }).test("/a", "nope"));
}),
];

export const third = [
c("webapi11-compression-fetch-formdata", "CompressionStream/DecompressionStream chunk types, truncated and trailing data, format labels; fetch of data: URLs and refused URLs, aborted signals; FormData values and names; byobRequest.respond conversions; Blob types with control characters", async (P) => {
  const collect = async (rs) => { const r = rs.getReader(); let n = 0; const parts = []; for (;;) { const x = await r.read(); if (x.done) break; n += x.value.byteLength; parts.push(x.value); } const all = new Uint8Array(n); let o = 0; for (const p of parts) { all.set(p, o); o += p.byteLength; } return all; };
  const roundTrip = async (fmt, chunks) => { const cs = new CompressionStream(fmt); const w = cs.writable.getWriter(); for (const ch of chunks) w.write(ch); w.close(); const z = await collect(cs.readable); const ds = new DecompressionStream(fmt); const w2 = ds.writable.getWriter(); w2.write(z); w2.close(); return new TextDecoder().decode(await collect(ds.readable)); };
  const decomp = async (fmt, bytes) => { const ds = new DecompressionStream(fmt); const w = ds.writable.getWriter(); const r = collect(ds.readable); w.write(bytes).catch(() => {}); w.close().catch(() => {}); try { return [...(await r)]; } catch (e) { return [e.name, e.message]; } };
  await P("csString", async () => { const cs = new CompressionStream("gzip"); const w = cs.writable.getWriter(); cs.readable.getReader().read().catch(() => {}); try { await w.write("abc"); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("csAB", () => roundTrip("deflate", [new TextEncoder().encode("ab").buffer, new DataView(new TextEncoder().encode("cd").buffer)]));
  await P("csEmpty", () => roundTrip("deflate-raw", []));
  await P("csEmptyChunk", () => roundTrip("gzip", [new Uint8Array(0), new TextEncoder().encode("x")]));
  await P("csFmtCase", () => new CompressionStream("GZIP"));
  await P("csFmtNone", () => new CompressionStream());
  await P("csFmtBrotli", () => new CompressionStream("brotli"));
  await P("dsFmtBad", () => new DecompressionStream("zip"));
  await P("dsTruncated", async () => { const cs = new CompressionStream("gzip"); const w = cs.writable.getWriter(); w.write(new TextEncoder().encode("hello hello hello")); w.close(); const z = await collect(cs.readable); return decomp("gzip", z.slice(0, z.length - 4)); });
  await P("dsTrailing", async () => { const cs = new CompressionStream("deflate"); const w = cs.writable.getWriter(); w.write(new TextEncoder().encode("hi")); w.close(); const z = await collect(cs.readable); const y = new Uint8Array(z.length + 3); y.set(z); y.set([1, 2, 3], z.length); return decomp("deflate", y); });
  await P("dsGarbage", () => decomp("deflate", new Uint8Array([1, 2, 3, 4])));
  await P("dsEmptyInput", () => decomp("gzip", new Uint8Array(0)));
  await P("dsNoWrite", async () => { const ds = new DecompressionStream("deflate-raw"); ds.writable.getWriter().close(); try { return [...(await collect(ds.readable))]; } catch (e) { return [e.name, e.message]; } });
  await P("dsBodyPipe", async () => { const z = await new Response(new Blob(["abc"]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer(); return new Response(new Response(z).body.pipeThrough(new DecompressionStream("gzip"))).text(); });
  await P("fetchData", async () => { const r = await fetch("data:text/plain;base64,aGk="); return [r.status, r.statusText, r.headers.get("content-type"), await r.text(), r.url, r.type]; });
  await P("fetchDataBad", () => fetch("data:,a%zz").then((r) => r.text()));
  await P("fetchDataNoComma", () => fetch("data:text/plain"));
  await P("fetchDataHead", async () => { const r = await fetch("data:,abc", { method: "HEAD" }); return [r.status, await r.text()]; });
  await P("fetchBadUrl", () => fetch("not a url"));
  await P("fetchFtp", () => fetch("ftp://x/"));
  await P("fetchFile", () => fetch("file:///etc/passwd"));
  await P("fetchBlob", () => fetch("blob:http://x/abc"));
  await P("fetchAborted", () => fetch("http://example.invalid/", { signal: AbortSignal.abort("stop") }));
  await P("fetchAbortedDefault", async () => { try { await fetch("http://example.invalid/", { signal: AbortSignal.abort() }); } catch (e) { return [e.name, e.message, e.constructor.name]; } });
  await P("fetchNoArgs", () => fetch());
  await P("fetchBadMethod", () => fetch("http://example.invalid/", { method: "a b" }));
  await P("fetchGetBody", () => fetch("http://example.invalid/", { body: "x" }));
  await P("fdValues", async () => { const f = new FormData(); f.append("a", 5); f.append("b", new Blob(["x"], { type: "t/x" })); f.append("c", new Blob(["y"]), "n.txt"); f.append("d", new File(["z"], "orig"), "renamed"); return [...f].map(([k, v]) => [k, typeof v === "string" ? v : [v.constructor.name, v.name, v.type, v.size]]); });
  await P("fdStringWithName", () => new FormData().append("a", "b", "c"));
  await P("fdNoValue", () => new FormData().append("a"));
  await P("fdNames", () => { const f = new FormData(); f.append("a\r\nb", "v\rw\nx\r\ny"); f.append("\uD800", "\uDC00"); return [...f]; });
  await P("fdSet", () => { const f = new FormData(); f.append("a", "1"); f.append("b", "2"); f.append("a", "3"); f.set("a", "4"); return [...f]; });
  await P("fdGetAllMissing", () => [new FormData().getAll("x"), new FormData().get("x"), new FormData().has("x")]);
  await P("fdBody", async () => { const f = new FormData(); f.append("a\"b", "v"); f.append("f", new Blob(["q"]), "x\"y\n.txt"); const r = new Request("http://x/", { method: "POST", body: f }); const ct = r.headers.get("content-type"); const b = ct.split("boundary=")[1]; return (await r.text()).split(b).join("B"); });
  await P("fdCtorArg", () => new FormData(5));
  await P("respondNeg", async () => { const s = new ReadableStream({ type: "bytes", pull(c) { try { c.byobRequest.respond(-1); } catch (e) { c.error(e); } } }); try { await s.getReader({ mode: "byob" }).read(new Uint8Array(4)); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("respondNaN", async () => { const s = new ReadableStream({ type: "bytes", pull(c) { try { c.byobRequest.respond(NaN); } catch (e) { c.error(e); } } }); try { await s.getReader({ mode: "byob" }).read(new Uint8Array(4)); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("respondStr", async () => { const s = new ReadableStream({ type: "bytes", pull(c) { try { c.byobRequest.respond("2"); } catch (e) { c.error(e); } } }); try { const x = await s.getReader({ mode: "byob" }).read(new Uint8Array(4)); return x.value.byteLength; } catch (e) { return [e.name, e.message]; } });
  await P("respondFrac", async () => { const s = new ReadableStream({ type: "bytes", pull(c) { try { c.byobRequest.respond(1.7); } catch (e) { c.error(e); } } }); try { const x = await s.getReader({ mode: "byob" }).read(new Uint8Array(4)); return x.value.byteLength; } catch (e) { return [e.name, e.message]; } });
  await P("respondNewViewEmpty", async () => { const s = new ReadableStream({ type: "bytes", pull(c) { try { c.byobRequest.respondWithNewView(new Uint8Array(0)); } catch (e) { c.error(e); } } }); try { await s.getReader({ mode: "byob" }).read(new Uint8Array(4)); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("respondNewViewOther", async () => { const s = new ReadableStream({ type: "bytes", pull(c) { try { c.byobRequest.respondWithNewView(new Uint8Array(2)); } catch (e) { c.error(e); } } }); try { await s.getReader({ mode: "byob" }).read(new Uint8Array(4)); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("blobTypesCtl", () => ["a\x1fb", "\t", "a\x00", "A\x7fB", "\u0080", "x/Y\u00e9"].map((t) => new Blob([], { type: t }).type));
  await P("fileTypesCtl", () => ["A\x7fB", "\u0080x", "T/X"].map((t) => new File([], "n", { type: t }).type));
  await P("sliceTypes", () => ["A\x7fB", "\u0080x", "T/X", "a\x01"].map((t) => new Blob(["ab"]).slice(0, 1, t).type));
}),
c("webapi11-globals-console-navigator-base64", "console methods and their return values, navigator and performance members, atob/btoa whitespace and padding edges, reportError, queueMicrotask ordering with timers", async (P) => {
  await P("consoleKeys", () => Object.keys(console).sort());
  await P("consoleReturns", () => [console.log("x"), console.table([{ a: 1 }]), console.count(), console.countReset(), console.time("t"), console.timeEnd("t"), console.group(), console.groupEnd(), console.assert(true), console.assert(false, "m"), console.dir({}), console.trace === undefined]);
  await P("consoleTag", () => [Object.prototype.toString.call(console), typeof console.log, console.log.name, console.log.length]);
  await P("consoleTimeLogMissing", () => console.timeLog("nope"));
  await P("navigatorMembers", () => [navigator.userAgent, navigator.language, navigator.languages, typeof navigator.hardwareConcurrency, navigator.onLine, Object.prototype.toString.call(navigator), typeof navigator.sendBeacon, typeof navigator.gpu]);
  await P("performanceMembers", () => [typeof performance.now(), typeof performance.timeOrigin, Object.prototype.toString.call(performance), typeof performance.mark, typeof performance.measure, typeof performance.getEntries, typeof performance.toJSON, typeof performance.clearMarks, typeof performance.eventCounts]);
  await P("performanceToJSON", () => { try { return Object.keys(performance.toJSON()); } catch (e) { return [e.name, e.message]; } });
  await P("perfMark", () => { try { const m = performance.mark("a"); return [m?.constructor?.name, m?.name, m?.entryType]; } catch (e) { return [e.name, e.message]; } });
  await P("atobWs", () => [atob(" a G k = "), atob("aGk\t\n\f\r"), atob("aG k")]);
  await P("atobNoPad", () => [atob("aGk"), atob("aA"), atob("")]);
  await P("atobBad", () => ["a", "aGk==", "aGk=x", "a===", "=", "aG=k", "aGk\u00a0", "aGk\v"].map((s) => { try { return atob(s).length; } catch (e) { return e.name + ":" + e.message + ":" + e.code; } }));
  await P("atobNull", () => [atob(null).length, atob(undefined === undefined ? "" : "").length]);
  await P("atobUndef", () => atob(undefined));
  await P("atobNone", () => atob());
  await P("btoaWide", () => btoa("\u0100"));
  await P("btoaLatin1", () => [btoa("\u00ff\u0000"), btoa(null), btoa(12), btoa(undefined)]);
  await P("btoaNone", () => btoa());
  await P("reportErrorNone", () => reportError());
  await P("reportErrorEvent", () => { let got; const f = (e) => { got = [e.constructor.name, e.type, e.message, e.error, typeof e.filename, e.lineno]; e.preventDefault(); }; addEventListener("error", f); try { reportError("boom"); } finally { removeEventListener("error", f); } return got; });
  await P("microtaskOrder", async () => { const log = []; setTimeout(() => log.push("t"), 0); queueMicrotask(() => log.push("m1")); Promise.resolve().then(() => log.push("p")); queueMicrotask(() => log.push("m2")); await new Promise((r) => setTimeout(r, 5)); return log; });
  await P("microtaskThrows", async () => { let ev; const f = (e) => { ev = [e.constructor.name, e.type, e.reason?.message]; e.preventDefault(); }; addEventListener("unhandledrejection", f); addEventListener("error", f); queueMicrotask(() => { throw new Error("qm"); }); await new Promise((r) => setTimeout(r, 5)); removeEventListener("unhandledrejection", f); removeEventListener("error", f); return ev ?? "none"; });
  await P("selfGlobal", () => [self === globalThis, typeof self.addEventListener, globalThis.constructor?.name, Object.prototype.toString.call(globalThis), typeof WorkerGlobalScope, typeof ServiceWorkerGlobalScope]);
  await P("origin", () => [typeof origin, globalThis.origin, typeof location, typeof document, typeof window, typeof importScripts, typeof close]);
  await P("webSocketPairShape", () => { const p = new WebSocketPair(); return [Object.keys(p), p[0].constructor.name, p[0].readyState, p[0].url, p[0].protocol, p[0].extensions, WebSocket.OPEN, WebSocket.CLOSED]; });
  await P("domExceptionCodes", () => ["IndexSizeError", "HierarchyRequestError", "NotFoundError", "NotSupportedError", "InvalidStateError", "SyntaxError", "InvalidAccessError", "TypeMismatchError", "SecurityError", "NetworkError", "AbortError", "QuotaExceededError", "TimeoutError", "DataCloneError", "EncodingError", "NotReadableError", "OperationError", "DataError", "Foo"].map((n) => new DOMException("", n).code));
  await P("domExceptionStack", () => { const e = new DOMException("m", "AbortError"); return [typeof e.stack, e instanceof Error, Object.prototype.toString.call(e), String(e), Object.keys(e)]; });
}),
];

const httpWorker = (routes) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const routes = {${routes}};
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    const f = routes[url.pathname.slice(1)];
    if (!f) return new Response("no route", { status: 404 });
    try { return await f(req, url); } catch (e) { return Response.json({ thrown: [e.name, e.message] }, { status: 599 }); }
  }
};`,
});
export const fourth = [
{
  name: "webapi11-http-body-kinds-on-the-wire", area: "http",
  description: "what dispatchFetch sees for each body kind a worker answers with (URLSearchParams, typed Blob, empty-type Blob, ArrayBuffer, stream, FormData), several Set-Cookie headers, Latin-1 header values, HEAD and 304 answers, and what a worker sees of empty and odd request bodies and duplicate headers",
  options: httpWorker(`
  "usp": () => new Response(new URLSearchParams("a=1&b=é")),
  "blob": () => new Response(new Blob(["x"], { type: "A/B" })),
  "blob-empty": () => new Response(new Blob(["x"])),
  "ab": () => new Response(new Uint8Array([104, 105]).buffer),
  "dv": () => new Response(new DataView(new Uint8Array([104, 105]).buffer)),
  "stream": () => new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("s")); c.close(); } })),
  "formdata": () => { const f = new FormData(); f.append("k", "v"); return new Response(f); },
  "cookies": () => { const h = new Headers(); h.append("Set-Cookie", "a=1; Path=/"); h.append("Set-Cookie", "b=2"); h.append("X-Multi", "1"); h.append("x-multi", "2"); return new Response("c", { headers: h }); },
  "latin1": () => new Response("l", { headers: { "x-latin": "caf\\u00e9", "x-space": " padded " } }),
  "head": () => new Response("abc", { headers: { "x-h": "1" } }),
  "not-modified": () => new Response(null, { status: 304, headers: { etag: '"e"', "content-type": "text/plain" } }),
  "no-content": () => new Response(null, { status: 204, headers: { "x-a": "b" } }),
  "reset": () => new Response(null, { status: 205 }),
  "seen": async (req) => Response.json({ method: req.method, bodyNull: req.body === null, text: await req.text(), cl: req.headers.get("content-length"), ct: req.headers.get("content-type"), dup: req.headers.get("x-dup"), custom: [...req.headers].filter(([k]) => k.startsWith("x-")), signal: [req.signal.aborted, typeof req.signal.reason], redirect: req.redirect, cache: req.cache ?? "undef", keepalive: req.keepalive, integrity: req.integrity }),
  "redirect-rel": () => new Response(null, { status: 307, headers: { location: "../up?x=1 2" } }),
  "redirect-static": () => Response.redirect("https://example.com/a b", 308),
  "json-ct": () => Response.json([1], { headers: { "Content-Type": "application/vnd.x+json" } }),
  "custom-status": () => new Response("t", { status: 299, statusText: "Whatever" }),
  "status-599": () => new Response("t", { status: 599 }),
  "text-ct-override": () => new Response("t", { headers: { "content-type": "" } }),
  `),
  steps: [
    get("/usp"), get("/blob"), get("/blob-empty"), get("/ab"), get("/dv"), get("/stream"),
    { request: { url: "http://localhost/formdata", method: "GET" }, bodyMatches: "^--[-A-Za-z0-9]+\\r\\nContent-Disposition: form-data; name=\"k\"\\r\\n\\r\\nv\\r\\n--[-A-Za-z0-9]+--", skipHeaders: ["content-type"] },
    get("/cookies"), get("/latin1"),
    req("HEAD", "http://localhost/head"), get("/not-modified"), get("/no-content"), get("/reset"),
    req("POST", "http://localhost/seen", { "content-type": "text/x" }, ""),
    req("PUT", "http://localhost/seen", { "x-dup": "a, b", "X-Upper": "U" }, "body"),
    req("DELETE", "http://localhost/seen", {}, "d"),
    req("OPTIONS", "http://localhost/seen"),
    get("/redirect-rel"), get("/redirect-static"), get("/json-ct"), get("/custom-status"), get("/status-599"), get("/text-ct-override"),
  ],
},
];

const byob = (pullBody, readView = "new Uint8Array(4)", closeFirst = false) => `async () => { const s = new ReadableStream({ type: "bytes", pull(c) { ${closeFirst ? "c.close();" : ""} const q = c.byobRequest; try { ${pullBody} } catch (e) { c.error(e); } } }); const r = s.getReader({ mode: "byob" }); try { const x = await r.read(${readView}); return [x.done, x.value?.constructor?.name, x.value?.byteLength, x.value ? [...new Uint8Array(x.value.buffer, x.value.byteOffset, x.value.byteLength)] : null]; } catch (e) { return [e.name, e.message]; } }`;
export const fifth = [
c("webapi11-byob-respond-checks", "ReadableStreamBYOBRequest.respond and respondWithNewView: argument conversion, open and closed states, views at the wrong offset, of the wrong buffer length or too long; HEAD and other methods on data: URLs", new Function("P", `return (async () => {
  await P("respondBig", ${byob("q.respond(2 ** 32 + 1);")});
  await P("respondInf", ${byob("q.respond(Infinity);")});
  await P("respondUndef", ${byob("q.respond();")});
  await P("respondObj", ${byob("q.respond({ valueOf() { return 2; } });")});
  await P("respondSym", ${byob("q.respond(Symbol());")});
  await P("respondBig2", ${byob("q.respond(2n);")});
  await P("respondClosedNonZero", ${byob("q.respond(1);", "new Uint8Array(4)", true)});
  await P("respondClosedNeg", ${byob("q.respond(-1);", "new Uint8Array(4)", true)});
  await P("respondClosedZero", ${byob("q.respond(0);", "new Uint8Array(4)", true)});
  await P("newViewGood", ${byob("const v = q.view; v[0] = 7; q.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 1));")});
  await P("newViewOffset", ${byob("const v = q.view; q.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset + 1, 1));")});
  await P("newViewTooLong", ${byob("const v = q.view; q.respondWithNewView(new Uint8Array(v.buffer, 0, v.buffer.byteLength));", "new Uint8Array(new ArrayBuffer(8), 2, 4)")});
  await P("newViewSameLenOther", ${byob("q.respondWithNewView(new Uint8Array(4));")});
  await P("newViewClosedNonEmpty", ${byob("const v = q.view; q.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 1));", "new Uint8Array(4)", true)});
  await P("newViewClosedEmpty", ${byob("const v = q.view; q.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 0));", "new Uint8Array(4)", true)});
  await P("newViewDataView", ${byob("const v = q.view; q.respondWithNewView(new DataView(v.buffer, v.byteOffset, 2));")});
  await P("newViewU16", ${byob("const v = q.view; q.respondWithNewView(new Uint16Array(v.buffer, v.byteOffset, 1));")});
  await P("respondTwice", ${byob("q.respond(1); q.respond(1);")});
  await P("viewAfterRespond", ${byob("q.respond(1); if (q.view !== null) throw new Error('view ' + q.view);")});
  await P("dataMethods", async () => { const out = []; for (const m of ["HEAD", "POST", "PUT", "DELETE", "OPTIONS"]) { try { const r = await fetch("data:,abc", { method: m, body: m === "POST" || m === "PUT" ? "x" : undefined }); out.push([m, r.status, r.body === null, await r.text(), r.headers.get("content-type")]); } catch (e) { out.push([m, e.name, e.message]); } } return out; });
  await P("dataHeadBase64", async () => { const r = await fetch("data:text/html;base64,aGk=", { method: "HEAD" }); return [r.status, r.body === null, [...r.headers]]; });
})()`)),
];

const byob2 = (pullBody, readView = "new Uint8Array(4)") => `async () => { let err = null; const s = new ReadableStream({ type: "bytes", pull(c) { const q = c.byobRequest; try { ${pullBody} } catch (e) { err = [e.name, e.message]; c.error(e); } } }); const r = s.getReader({ mode: "byob" }); let res; try { const x = await r.read(${readView}); res = [x.done, x.value?.constructor?.name, x.value?.byteLength, x.value ? [...new Uint8Array(x.value.buffer, x.value.byteOffset, x.value.byteLength)] : null]; } catch (e) { res = [e.name, e.message]; } return [err, res]; }`;
export const sixth = [
c("webapi11-byob-respond-closed-and-long", "respondWithNewView with a view longer than the pending read's region, and respond/respondWithNewView after close() inside pull with a pending BYOB read", new Function("P", `return (async () => {
  await P("newViewLonger", ${byob2("const v = q.view; q.respondWithNewView(new Uint8Array(v.buffer, 0, 8));", "new Uint8Array(new ArrayBuffer(8), 0, 4)")});
  await P("newViewWrongBuf", ${byob2("q.respondWithNewView(new Uint8Array(new ArrayBuffer(8), 0, 2));")});
  await P("closedRespond1", ${byob2("c.close(); c.byobRequest.respond(1);")});
  await P("closedRespond0", ${byob2("c.close(); c.byobRequest.respond(0);")});
  await P("closedNewView1", ${byob2("c.close(); const v = c.byobRequest.view; c.byobRequest.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 1));")});
  await P("closedNewView0", ${byob2("c.close(); const v = c.byobRequest.view; c.byobRequest.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 0));")});
  await P("closedViewLen", ${byob2("c.close(); const v = c.byobRequest.view; throw new Error(String([v.byteLength, v.byteOffset]));")});
  await P("newViewPartialThenMore", ${byob2("const v = q.view; v[0] = 1; q.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 1));", "new Uint16Array(2)")});
})()`)),
];

export const seventh = [
c("webapi11-byob-newview-element-sizes", "respondWithNewView when the pending read is a multi-byte typed array: which buffer lengths the new view may have", new Function("P", `return (async () => {
  await P("u16ReadBuf2", ${byob2("q.respondWithNewView(new Uint8Array(new ArrayBuffer(2), 0, 2));", "new Uint16Array(2)")});
  await P("u16ReadBuf4", ${byob2("q.respondWithNewView(new Uint8Array(new ArrayBuffer(4), 0, 2));", "new Uint16Array(2)")});
  await P("u16ReqView", ${byob2("const v = q.view; throw new Error(String([v.constructor.name, v.byteLength, v.byteOffset, v.buffer.byteLength]));", "new Uint16Array(2)")});
  await P("u32ReadBuf1", ${byob2("q.respondWithNewView(new Uint8Array(new ArrayBuffer(1), 0, 1));", "new Uint32Array(1)")});
  await P("u32ReadBuf4", ${byob2("q.respondWithNewView(new Uint8Array(new ArrayBuffer(4), 0, 4));", "new Uint32Array(1)")});
  await P("offsetReadBuf4", ${byob2("q.respondWithNewView(new Uint8Array(new ArrayBuffer(4), 0, 4));", "new Uint8Array(new ArrayBuffer(8), 4, 4)")});
  await P("offsetReadSame", ${byob2("const v = q.view; throw new Error(String([v.byteLength, v.byteOffset, v.buffer.byteLength]));", "new Uint8Array(new ArrayBuffer(8), 4, 4)")});
  await P("dvRead", ${byob2("q.respondWithNewView(new Uint8Array(new ArrayBuffer(4), 0, 3));", "new DataView(new ArrayBuffer(4))")});
})()`)),
];

export const eighth = [
c("webapi11-byob-newview-partial-elements", "respondWithNewView with a partial element of a multi-byte read, on the request's own buffer and on a fresh one", new Function("P", `return (async () => {
  await P("u16Fresh1", ${byob2("q.respondWithNewView(new Uint8Array(new ArrayBuffer(4), 0, 1));", "new Uint16Array(2)")});
  await P("u16Own2", ${byob2("const v = q.view; q.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 2));", "new Uint16Array(2)")});
  await P("u16Own3", ${byob2("const v = q.view; q.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 3));", "new Uint16Array(2)")});
  await P("u16OwnU16", ${byob2("const v = q.view; q.respondWithNewView(new Uint16Array(v.buffer, v.byteOffset, 1));", "new Uint16Array(2)")});
  await P("u8Own1Buf8", ${byob2("const v = q.view; q.respondWithNewView(new Uint8Array(v.buffer, v.byteOffset, 1));", "new Uint8Array(new ArrayBuffer(8), 0, 8)")});
  await P("u8Fresh3of4", ${byob2("const b = new Uint8Array(4); b.set([9, 8, 7]); q.respondWithNewView(new Uint8Array(b.buffer, 0, 3));")});
})()`)),
];

export const tenth = [
c("webapi11-readatleast-bodies-streams", "ReadableStreamBYOBReader.readAtLeast argument edges; body streams after use (bodyUsed with a reader, clone of a half-read body, body identity, erroring streams as bodies); tee of byte streams read by BYOB readers", async (P) => {
  const bytes = (n) => new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array(n).map((_, i) => i + 1)); c.close(); } });
  const ral = async (min, view) => { const r = bytes(6).getReader({ mode: "byob" }); try { const x = await r.readAtLeast(min, view); return [x.done, x.value?.constructor?.name, x.value?.byteLength]; } catch (e) { return [e.name, e.message]; } };
  await P("ralZero", () => ral(0, new Uint8Array(4)));
  await P("ralTooBig", () => ral(5, new Uint8Array(4)));
  await P("ralNeg", () => ral(-1, new Uint8Array(4)));
  await P("ralFrac", () => ral(2.5, new Uint8Array(4)));
  await P("ralStr", () => ral("3", new Uint8Array(4)));
  await P("ralU16", () => ral(3, new Uint16Array(4)));
  await P("ralU16Odd", () => ral(1, new Uint16Array(2)));
  await P("ralEmptyView", () => ral(1, new Uint8Array(0)));
  await P("ralNoView", () => ral(1));
  await P("ralMore", () => ral(6, new Uint8Array(10)));
  await P("ralPastEnd", () => ral(8, new Uint8Array(10)));
  await P("ralDataView", () => ral(2, new DataView(new ArrayBuffer(4))));
  await P("bodyUsedReader", async () => { const r = new Response("abc"); const rd = r.body.getReader(); const a = r.bodyUsed; await rd.read(); return [a, r.bodyUsed, await r.text().catch((e) => e.message)]; });
  await P("bodyIdentity", () => { const r = new Response("a"); return [r.body === r.body, new Response(null).body, new Response("").body === null]; });
  await P("cloneHalfRead", async () => { const r = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("ab")); c.enqueue(new TextEncoder().encode("cd")); c.close(); } })); const rd = r.body.getReader(); await rd.read(); rd.releaseLock(); try { const c = r.clone(); return [await c.text(), await r.text()]; } catch (e) { return [e.name, e.message]; } });
  await P("erroringBody", async () => { const r = new Response(new ReadableStream({ pull(c) { c.error(new RangeError("body broke")); } })); try { await r.text(); return "ok"; } catch (e) { return [e.name, e.message, r.bodyUsed]; } });
  await P("erroringBodyArrayBuffer", async () => { const r = new Request("http://x/", { method: "POST", body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.error("str"); } }) }); try { await r.arrayBuffer(); return "ok"; } catch (e) { return [typeof e, String(e)]; } });
  await P("lockedBody", async () => { const r = new Response("a"); r.body.getReader(); try { await r.text(); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("usedTwice", async () => { const r = new Response("a"); await r.text(); try { await r.arrayBuffer(); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("teeBytesByob", async () => { const [a, b] = bytes(4).tee(); const ra = a.getReader({ mode: "byob" }); const x = await ra.read(new Uint8Array(2)); const rb = b.getReader({ mode: "byob" }); const y = await rb.read(new Uint8Array(8)); return [[...x.value], [...y.value]]; });
  await P("teeCancelBoth", async () => { let reason; const s = new ReadableStream({ cancel(r) { reason = r; } }); const [a, b] = s.tee(); await Promise.all([a.cancel("x"), b.cancel("y")]); return reason; });
  await P("teeErrorPropagates", async () => { let ctl; const s = new ReadableStream({ start(c) { ctl = c; } }); const [a, b] = s.tee(); ctl.error(new Error("te")); return [await a.getReader().read().catch((e) => e.message), await b.getReader().closed.catch((e) => e.message)]; });
  await P("pipeToClosedDest", async () => { const w = new WritableStream(); await w.close(); const s = new ReadableStream({ start(c) { c.enqueue("a"); } }); try { await s.pipeTo(w); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("pipeToErroredSource", async () => { let ab; const w = new WritableStream({ abort(r) { ab = r; } }); const s = new ReadableStream({ start(c) { c.error("src"); } }); try { await s.pipeTo(w); return "ok"; } catch (e) { return [String(e), ab]; } });
  await P("pipeToAbortSignalReason", async () => { const c = new AbortController(); const w = new WritableStream(); const s = new ReadableStream(); const p = s.pipeTo(w, { signal: c.signal }); c.abort("why"); try { await p; return "ok"; } catch (e) { return [typeof e, String(e)]; } });
  await P("pipeToAbortDefault", async () => { const c = new AbortController(); const p = new ReadableStream().pipeTo(new WritableStream(), { signal: c.signal }); c.abort(); try { await p; return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("pipeThroughNotPair", () => new ReadableStream().pipeThrough({ readable: 1, writable: new WritableStream() }));
  await P("pipeThroughLockedDest", () => { const ts = new TransformStream(); ts.writable.getWriter(); return new ReadableStream().pipeThrough(ts); });
}),
];

export const eleventh = [
c("webapi11-pipeto-abort-while-idle", "pipeTo aborted by its signal while the source has nothing to read: when the pipe settles (after the source's next chunk?), what the destination receives, whether the source is cancelled and the destination aborted", async (P) => {
  const run = async (enqueueAfter, opts = {}) => {
    const log = []; let ctl;
    const src = new ReadableStream({ start(c) { ctl = c; }, cancel(r) { log.push("cancel:" + String(r)); } });
    const dst = new WritableStream({ write(ch) { log.push("write:" + ch); }, abort(r) { log.push("abort:" + String(r)); }, close() { log.push("close"); } });
    const ac = new AbortController();
    const p = src.pipeTo(dst, { signal: ac.signal, ...opts }).then(() => "resolved", (e) => "rejected:" + String(e));
    await new Promise((r) => setTimeout(r, 5));
    ac.abort("why");
    log.push("aborted");
    const early = await Promise.race([p, new Promise((r) => setTimeout(() => r("pending"), 20))]);
    log.push("after20:" + early);
    if (enqueueAfter) { ctl.enqueue("late"); }
    const late = await Promise.race([p, new Promise((r) => setTimeout(() => r("pending"), 30))]);
    log.push("final:" + late);
    return log;
  };
  await P("idleThenChunk", () => run(true));
  await P("idleNoChunk", () => run(false));
  await P("idlePreventCancel", () => run(true, { preventCancel: true }));
  await P("idlePreventAbort", () => run(true, { preventAbort: true }));
  await P("abortBeforeFirstRead", async () => { const log = []; const src = new ReadableStream({ cancel(r) { log.push("cancel:" + r); } }); const dst = new WritableStream({ abort(r) { log.push("abort:" + r); } }); const ac = new AbortController(); const p = src.pipeTo(dst, { signal: ac.signal }).then(() => "resolved", (e) => "rejected:" + String(e)); ac.abort("now"); log.push(await Promise.race([p, new Promise((r) => setTimeout(() => r("pending"), 30))])); return log; });
}, [get("/")], "web-api", {}, 500),
];

export const twelfth = [
c("webapi11-writer-ordering", "the order in which a WritableStream's sink calls, writer promises and abort/close settle: abort during a pending write, close with queued writes, ready after abort, releaseLock during a write, TransformStream backpressure", async (P) => {
  const tick = () => new Promise((r) => setTimeout(r, 2));
  await P("abortDuringWrite", async () => { const log = []; let release; const w = new WritableStream({ write(ch) { log.push("write:" + ch); return new Promise((r) => { release = r; }); }, abort(r) { log.push("abort:" + r); } }); const wr = w.getWriter(); const p1 = wr.write("a").then(() => log.push("w1ok"), (e) => log.push("w1err:" + e)); const p2 = wr.write("b").then(() => log.push("w2ok"), (e) => log.push("w2err:" + e)); await tick(); const pa = wr.abort("R").then(() => log.push("abortok"), (e) => log.push("aborterr:" + e)); await tick(); log.push("release"); release(); await Promise.all([p1, p2, pa]); await wr.closed.catch((e) => log.push("closed:" + e)); return log; });
  await P("closeWithQueued", async () => { const log = []; const w = new WritableStream({ async write(ch) { log.push("write:" + ch); await null; }, close() { log.push("close"); } }); const wr = w.getWriter(); wr.write("a").then(() => log.push("w1")); wr.write("b").then(() => log.push("w2")); await wr.close().then(() => log.push("closed")); return log; });
  await P("readyAfterAbort", async () => { const w = new WritableStream(); const wr = w.getWriter(); const r1 = wr.ready; wr.abort("x"); const r2 = wr.ready; return [r1 === r2, await r2.then(() => "ok", (e) => "err:" + e), await r1.then(() => "ok", (e) => "err:" + e)]; });
  await P("releaseDuringWrite", async () => { const log = []; let release; const w = new WritableStream({ write() { return new Promise((r) => { release = r; }); } }); const wr = w.getWriter(); const p = wr.write("a").then(() => log.push("wok"), (e) => log.push("werr:" + e.message)); await tick(); wr.releaseLock(); log.push("released"); await wr.closed.catch((e) => log.push("closed:" + e.name + ":" + e.message)); release(); await p; return log; });
  await P("desiredSizes", async () => { const w = new WritableStream({ write() { return new Promise(() => {}); } }, { highWaterMark: 2 }); const wr = w.getWriter(); const out = [wr.desiredSize]; wr.write("a"); out.push(wr.desiredSize); wr.write("b"); out.push(wr.desiredSize); wr.write("c"); out.push(wr.desiredSize); return out; });
  await P("tsBackpressure", async () => { const log = []; const ts = new TransformStream({ transform(ch, c) { log.push("t:" + ch); c.enqueue(ch); } }); const wr = ts.writable.getWriter(); log.push("ds:" + wr.desiredSize); wr.write("a").then(() => log.push("w1")); wr.write("b").then(() => log.push("w2")); await tick(); log.push("ds:" + wr.desiredSize); const r = ts.readable.getReader(); log.push("r:" + (await r.read()).value); await tick(); log.push("r:" + (await r.read()).value); await tick(); return log; });
  await P("tsFlushOrder", async () => { const log = []; const ts = new TransformStream({ transform(ch, c) { c.enqueue(ch); }, flush(c) { log.push("flush"); c.enqueue("F"); } }); const wr = ts.writable.getWriter(); const r = ts.readable.getReader(); wr.write("a"); const pc = wr.close().then(() => log.push("closed")); for (;;) { const x = await r.read(); log.push("read:" + (x.done ? "done" : x.value)); if (x.done) break; } await pc; return log; });
  await P("startRejects", async () => { const w = new WritableStream({ start() { return Promise.reject(new Error("st")); } }); const wr = w.getWriter(); return [await wr.write("a").then(() => "ok", (e) => e.message), await wr.closed.then(() => "ok", (e) => e.message)]; });
  await P("closeErrors", async () => { const w = new WritableStream({ close() { throw new Error("cl"); } }); const wr = w.getWriter(); return [await wr.close().then(() => "ok", (e) => e.message), await wr.closed.then(() => "ok", (e) => e.message), wr.desiredSize]; });
  await P("abortRejects", async () => { const w = new WritableStream({ abort() { throw new Error("ab"); } }); const wr = w.getWriter(); return [await wr.abort("r").then(() => "ok", (e) => e.message), await wr.closed.then(() => "ok", (e) => String(e))]; });
  await P("readableCancelDuringPull", async () => { const log = []; let resolvePull; const s = new ReadableStream({ pull() { log.push("pull"); return new Promise((r) => { resolvePull = r; }); }, cancel(r) { log.push("cancel:" + r); } }); const rd = s.getReader(); const p = rd.read().then((x) => log.push("read:" + JSON.stringify(x))); await tick(); await rd.cancel("c").then(() => log.push("cancelled")); await p; resolvePull(); return log; });
}, [get("/")], "web-api", {}, 500),
];

export default [...first, ...more, ...third, ...fourth, ...fifth, ...sixth, ...seventh, ...eighth, ...tenth, ...eleventh, ...twelfth];
