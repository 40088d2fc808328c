// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi13c`.
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
export default [
c("webapi13c-stream-iteration-and-sources", "async iteration of streams (return, throw, break, preventCancel), ReadableStream.from over odd iterables, underlying source call order and arguments, pull after close, start returning a rejected promise, type strings", async (P) => {
  const log = [];
  const mk = (extra = {}) => new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.enqueue("c"); }, cancel(r) { log.push(["cancel", String(r)]); }, ...extra });
  await P("breakCancels", async () => { log.length = 0; const s = mk(); for await (const x of s) { log.push(x); break; } return [log.slice(), s.locked]; });
  await P("preventCancel", async () => { log.length = 0; const s = mk(); for await (const x of s.values({ preventCancel: true })) { log.push(x); break; } const r = s.getReader(); return [log.slice(), s.locked, await r.read()]; });
  await P("iterReturnValue", async () => { const it = mk()[Symbol.asyncIterator](); await it.next(); const r = await it.return("rv"); return [r, await it.next()]; });
  await P("iterThrowMissing", async () => { const it = mk()[Symbol.asyncIterator](); return typeof it.throw; });
  await P("iterProto", async () => { const it = mk()[Symbol.asyncIterator](); const p = Object.getPrototypeOf(it); return [Object.getOwnPropertyNames(p), Object.prototype.toString.call(it), Object.getPrototypeOf(p) === Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})()))]; });
  await P("iterNextConcurrent", async () => { const it = mk()[Symbol.asyncIterator](); const [a, b, c2, d] = await Promise.all([it.next(), it.next(), it.next(), it.next()]); return [a, b, c2, d]; });
  await P("iterErrored", async () => { const s = new ReadableStream({ start(c) { c.error(new RangeError("boom")); } }); try { for await (const x of s) {} return "no"; } catch (e) { return [e.name, e.message, s.locked]; } });
  await P("iterAfterLocked", async () => { const s = mk(); s.getReader(); return s.values(); });
  await P("fromString", async () => { const s = ReadableStream.from("ab"); const out = []; for await (const x of s) out.push(x); return out; });
  await P("fromArrayOfPromises", async () => { const s = ReadableStream.from([Promise.resolve(1), 2]); const out = []; for await (const x of s) out.push(x); return out; });
  await P("fromThrowingNext", async () => { const it = { [Symbol.iterator]() { return { next() { throw new TypeError("nx"); } }; } }; const s = ReadableStream.from(it); try { await s.getReader().read(); return "no"; } catch (e) { return [e.name, e.message]; } });
  await P("fromNull", () => ReadableStream.from(null));
  await P("fromNotIterable", () => ReadableStream.from({}));
  await P("fromStream", async () => { const s = ReadableStream.from(mk()); return [s.constructor.name, (await s.getReader().read()).value]; });
  await P("fromCancelCallsReturn", async () => { const seen = []; const it = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1, done: false }), return: async (v) => { seen.push(["return", String(v)]); return { done: true }; } }; } }; const s = ReadableStream.from(it); await s.cancel("why"); return seen; });
  await P("fromCancelReturnNotObject", async () => { const it = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1, done: false }), return: async () => 5 }; } }; const s = ReadableStream.from(it); return s.cancel("why"); });
  await P("startRejects", async () => { const s = new ReadableStream({ start() { return Promise.reject(new Error("st")); } }); try { await s.getReader().read(); return "no"; } catch (e) { return [e.message]; } });
  await P("startThrowsSync", () => new ReadableStream({ start() { throw new SyntaxError("sync"); } }));
  await P("pullThrows", async () => { const s = new ReadableStream({ pull() { throw new EvalError("pl"); } }); try { await s.getReader().read(); return "no"; } catch (e) { return [e.name, e.message]; } });
  await P("typeBytesBad", () => new ReadableStream({ type: "byte" }));
  await P("typeUndefinedString", () => new ReadableStream({ type: "undefined" }));
  await P("typeWritable", () => new WritableStream({ type: "bytes" }));
  await P("enqueueAfterClose", () => { let ctl; new ReadableStream({ start(c) { ctl = c; } }); ctl.close(); ctl.enqueue(1); });
  await P("closeTwice", () => { let ctl; new ReadableStream({ start(c) { ctl = c; } }); ctl.close(); ctl.close(); });
  await P("errorAfterClose", () => { let ctl; new ReadableStream({ start(c) { ctl = c; } }); ctl.close(); ctl.error(new Error("x")); return "ok"; });
  await P("cancelReasonPassed", async () => { const seen = []; const s = new ReadableStream({ cancel(r) { seen.push(r); return "ignored"; } }); const v = await s.cancel({ k: 1 }); return [seen, v === undefined]; });
  await P("cancelLocked", () => { const s = mk(); s.getReader(); return s.cancel(); });
  await P("readerCancelWhilePending", async () => { const s = new ReadableStream(); const r = s.getReader(); const p = r.read(); await r.cancel("c"); return await p; });
  await P("releaseWhilePending", async () => { const s = new ReadableStream(); const r = s.getReader(); const p = r.read(); r.releaseLock(); try { await p; return "no"; } catch (e) { return [e.name, e.message]; } });
  await P("closedAfterRelease", async () => { const s = new ReadableStream(); const r = s.getReader(); const c = r.closed; r.releaseLock(); try { await c; return "no"; } catch (e) { return [e.name, e.message, r.closed === c]; } });
  await P("teeBranchesCancel", async () => { const seen = []; const s = new ReadableStream({ cancel(r) { seen.push(r); } }); const [a, b] = s.tee(); await a.cancel("r1"); const pend = b.cancel("r2"); await pend; return seen; });
  await P("teeTypes", () => { const [a, b] = new ReadableStream({ type: "bytes" }).tee(); let byob = true; try { a.getReader({ mode: "byob" }); } catch { byob = false; } return byob; });
}),
c("webapi13c-writable-transform-edges", "WritableStream and TransformStream edges: sink call arguments and order, close/abort during pending writes, the transformer's cancel and flush, controller.terminate, writer.ready/closed states, readable and writable strategies", async (P) => {
  await P("sinkArgs", async () => { const seen = []; const w = new WritableStream({ start(c) { seen.push(["start", Object.prototype.toString.call(c), typeof c.signal]); }, write(ch, c) { seen.push(["write", ch]); }, close() { seen.push(["close", arguments.length]); } }); const wr = w.getWriter(); await wr.write("x"); await wr.close(); return seen; });
  await P("abortDuringWrite", async () => { const seen = []; let res; const w = new WritableStream({ write() { seen.push("write"); return new Promise((r) => (res = r)); }, abort(r) { seen.push(["abort", r]); } }); const wr = w.getWriter(); const p1 = wr.write(1).then(() => "w1 ok", (e) => "w1 " + e); const p2 = wr.write(2).then(() => "w2 ok", (e) => "w2 " + e); const pa = wr.abort("because"); await Promise.resolve(); seen.push("aborting"); res(); return [await p1, await p2, await pa, seen]; });
  await P("abortSignal", async () => { let sig; const w = new WritableStream({ start(c) { sig = c.signal; } }); await w.abort("R"); return [sig.aborted, sig.reason]; });
  await P("closeWhileWriting", async () => { const seen = []; const w = new WritableStream({ async write(c) { seen.push("w" + c); await null; }, close() { seen.push("close"); } }); const wr = w.getWriter(); wr.write(1); wr.write(2); await wr.close(); return seen; });
  await P("writeAfterClose", async () => { const w = new WritableStream(); const wr = w.getWriter(); wr.close(); return wr.write(1); });
  await P("closeAfterClose", async () => { const w = new WritableStream(); const wr = w.getWriter(); wr.close(); return wr.close(); });
  await P("abortAfterClose", async () => { const w = new WritableStream(); const wr = w.getWriter(); await wr.close(); return [await wr.abort("x"), "ok"]; });
  await P("sinkCloseThrows", async () => { const w = new WritableStream({ close() { throw new URIError("cl"); } }); const wr = w.getWriter(); try { await wr.close(); return "no"; } catch (e) { return [e.name, e.message, await wr.closed.catch((e) => e.message)]; } });
  await P("desiredSizes", async () => { const w = new WritableStream({ write() { return new Promise(() => {}); } }, { highWaterMark: 3, size: (c) => c.length }); const wr = w.getWriter(); const a = wr.desiredSize; wr.write("ab"); const b = wr.desiredSize; wr.write("cd"); return [a, b, wr.desiredSize]; });
  await P("desiredAfterError", async () => { let ctl; const w = new WritableStream({ start(c) { ctl = c; } }); const wr = w.getWriter(); ctl.error(new Error("e")); await wr.closed.catch(() => {}); return wr.desiredSize; });
  await P("desiredAfterClose", async () => { const w = new WritableStream(); const wr = w.getWriter(); await wr.close(); return wr.desiredSize; });
  await P("releasedWriterDesired", () => { const w = new WritableStream(); const wr = w.getWriter(); wr.releaseLock(); return wr.desiredSize; });
  await P("tsCancelHook", async () => { const seen = []; const ts = new TransformStream({ cancel(r) { seen.push(["cancel", r]); }, flush() { seen.push("flush"); } }); await ts.readable.cancel("rc"); const w = ts.writable.getWriter(); const st = await w.closed.then(() => "closed", (e) => ["errored", String(e)]); return [seen, st]; });
  await P("tsAbortHook", async () => { const seen = []; const ts = new TransformStream({ cancel(r) { seen.push(["cancel", r]); } }); await ts.writable.abort("wa"); const rd = await ts.readable.getReader().read().catch((e) => ["err", String(e)]); return [seen, rd]; });
  await P("tsFlushEnqueue", async () => { const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c * 2); }, flush(ctl) { ctl.enqueue("end"); } }); const w = ts.writable.getWriter(); w.write(1); w.write(2); w.close(); const out = []; for await (const x of ts.readable) out.push(x); return out; });
  await P("tsTerminate", async () => { const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c); ctl.terminate(); } }); const w = ts.writable.getWriter(); const p1 = w.write(1); const p2 = w.write(2).then(() => "ok", (e) => [e.name, e.message]); const r = ts.readable.getReader(); return [await r.read(), await r.read(), await p2]; });
  await P("tsEnqueueAfterTerminate", () => { let ctl; new TransformStream({ start(c) { ctl = c; } }); ctl.terminate(); ctl.enqueue(1); });
  await P("tsErrorThenWrite", async () => { let ctl; const ts = new TransformStream({ start(c) { ctl = c; } }); ctl.error(new Error("te")); return ts.writable.getWriter().write(1); });
  await P("tsTransformThrows", async () => { const ts = new TransformStream({ transform() { throw new TypeError("tt"); } }); const w = ts.writable.getWriter(); const wp = w.write(1).catch((e) => e.message); const rp = ts.readable.getReader().read().catch((e) => e.message); return [await wp, await rp]; });
  await P("tsStrategies", () => { const ts = new TransformStream({}, { highWaterMark: 4 }, { highWaterMark: 2 }); return [ts.writable.getWriter().desiredSize, ts.readable.getReader ? "r" : ""]; });
  await P("tsReadableType", () => new TransformStream({ readableType: "bytes" }));
  await P("tsWritableType", () => new TransformStream({ writableType: "bytes" }));
  await P("identityDesired", async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); const a = w.desiredSize; w.write("x"); return [a, w.desiredSize]; });
  await P("pipeToClosesDest", async () => { const seen = []; const src = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }); const dst = new WritableStream({ write(c) { seen.push(c); }, close() { seen.push("closed"); } }); await src.pipeTo(dst); return seen; });
  await P("pipeToSourceError", async () => { const seen = []; const src = new ReadableStream({ start(c) { c.error("se"); } }); const dst = new WritableStream({ abort(r) { seen.push(["abort", r]); } }); const r = await src.pipeTo(dst).catch((e) => ["rej", e]); return [r, seen]; });
  await P("pipeToDestError", async () => { const seen = []; const src = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { seen.push(["cancel", String(r)]); } }); const dst = new WritableStream({ write() { throw new Error("de"); } }); const r = await src.pipeTo(dst).catch((e) => ["rej", e.message]); return [r, seen]; });
  await P("pipeToLockedDest", () => { const dst = new WritableStream(); dst.getWriter(); return new ReadableStream().pipeTo(dst); });
  await P("pipeToNotWritable", () => new ReadableStream().pipeTo({}));
  await P("pipeThroughBadPair", () => new ReadableStream().pipeThrough({ readable: 1, writable: new WritableStream() }));
}),
c("webapi13c-terminate-iterators-detached", "TransformStream terminate() with writes pending (they succeed), an async iterator over a stream that errors (stays locked until return), ReadableStream.from with iterators whose next/return misbehave, detached buffers as BufferSource inputs", async (P) => {
  const E = (e) => [e?.name, e?.message];
  await P("term1", async () => { const seen = []; const ts = new TransformStream({ transform(c, ctl) { seen.push("t" + c); ctl.enqueue(c); if (c === 1) ctl.terminate(); }, flush() { seen.push("flush"); } }); const w = ts.writable.getWriter(); const p1 = w.write(1).then(() => "ok", E); const p2 = w.write(2).then(() => "ok", E); const r = ts.readable.getReader(); const a = [await r.read(), await r.read(), await p1, await p2]; const p3 = await w.write(3).then(() => "ok", E); const cl = await w.close().then(() => "ok", E); const closed = await w.closed.then(() => "ok", E); return [a, p3, cl, closed, w.desiredSize, seen]; });
  await P("term2", async () => { const seen = []; const ts = new TransformStream({ transform(c, ctl) { seen.push("t" + c); } }); const w = ts.writable.getWriter(); await w.write(0); ts.readable.getReader(); let ctl; const ts2 = new TransformStream({ start(c) { ctl = c; } }); ctl.terminate(); const w2 = ts2.writable.getWriter(); const a = await w2.write(1).then(() => "ok", E); const b = await w2.closed.then(() => "ok", E); return [a, b, w2.desiredSize]; });
  await P("term3", async () => { let ctl; const ts = new TransformStream({ start(c) { ctl = c; } }); const w = ts.writable.getWriter(); const p = w.write(1).then(() => "ok", E); ctl.terminate(); return [await p, await w.closed.then(() => "ok", E), await ts.readable.getReader().read()]; });
  await P("term4", async () => { let ctl; const ts = new TransformStream({ start(c) { ctl = c; } }, undefined, { highWaterMark: 0 }); const w = ts.writable.getWriter(); const p = w.write(1).then(() => "ok", E); const p2 = w.write(2).then(() => "ok", E); await null; ctl.terminate(); return [await p, await p2, await w.closed.then(() => "ok", E)]; });
  await P("term5", async () => { const ts = new TransformStream({ transform(c, ctl) { ctl.terminate(); } }); const w = ts.writable.getWriter(); const p = w.write(1).then(() => "ok", E); return [await p, await w.closed.then(() => "ok", E), await w.ready.then(() => "ok", E)]; });
  await P("iterErr", async () => { const s = new ReadableStream({ start(c) { c.error(new RangeError("boom")); } }); const it = s.values(); const a = await it.next().catch(E); const b = await it.next().catch(E); const l = s.locked; const r = await it.return("x").catch(E); return [a, b, l, r, s.locked]; });
  await P("iterErrLater", async () => { let ctl; const s = new ReadableStream({ start(c) { ctl = c; c.enqueue(1); } }); const it = s.values(); const a = await it.next(); ctl.error(new Error("late")); const b = await it.next().catch(E); return [a, b, s.locked]; });
  await P("fromNextNotObj", async () => { const it = { [Symbol.asyncIterator]() { return { next: async () => 5 }; } }; return ReadableStream.from(it).getReader().read(); });
  await P("fromNextNotObjSync", async () => { const it = { [Symbol.iterator]() { return { next: () => 5 }; } }; return ReadableStream.from(it).getReader().read(); });
  await P("fromReturnNotFn", async () => { const it = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1 }), return: 5 }; } }; return ReadableStream.from(it).cancel("x"); });
  await P("fromReturnThrows", async () => { const it = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1 }), return() { throw new Error("rt"); } }; } }; return ReadableStream.from(it).cancel("x"); });
  await P("fromSyncReturnNotObj", async () => { const it = { [Symbol.iterator]() { return { next: () => ({ value: 1 }), return: () => 5 }; } }; return ReadableStream.from(it).cancel("x"); });
  await P("detachedResp", async () => { const b = new ArrayBuffer(2); structuredClone(b, { transfer: [b] }); return new Response(b).text(); });
  await P("detachedDigest", async () => { const b = new ArrayBuffer(2); structuredClone(b, { transfer: [b] }); return hex(await crypto.subtle.digest("SHA-1", b)); });
  await P("detachedBlob", async () => { const b = new ArrayBuffer(2); structuredClone(b, { transfer: [b] }); return new Blob([b]).size; });
  await P("detachedView", async () => { const b = new ArrayBuffer(2); const v = new Uint8Array(b, 1); structuredClone(b, { transfer: [b] }); return new TextDecoder().decode(v); });
}),
c("webapi13c-pull-scheduling", "when a default ReadableStream calls pull(): to fill the queue up to the high-water mark, when a read finds the queue empty, not after a read the queue served nor after a chunk a waiting read took", async (P) => {
  await P("pullOrder", async () => { const seen = []; const s = new ReadableStream({ pull(c) { seen.push(["pull", c.desiredSize]); c.enqueue(1); if (seen.length > 5) c.close(); } }, { highWaterMark: 2 }); await new Promise((r) => setTimeout(r, 5)); const r = s.getReader(); seen.push("r1"); await r.read(); seen.push("r2"); await r.read(); seen.push("r3"); await r.read(); seen.push("r4"); await r.read(); return seen; });
  await P("pullOrder2", async () => { const seen = []; const s = new ReadableStream({ pull(c) { seen.push(["pull", c.desiredSize]); c.enqueue(1); } }, { highWaterMark: 2 }); await new Promise((r) => setTimeout(r, 5)); const r = s.getReader(); const p = r.read(); seen.push("after read call"); await null; seen.push("tick1"); await null; seen.push("tick2"); await p; seen.push("read done"); await new Promise((r) => setTimeout(r, 5)); return seen; });
  await P("sourceOrder", async () => { const seen = []; const s = new ReadableStream({ start(c) { seen.push(["start", c.desiredSize]); }, pull(c) { seen.push(["pull", c.desiredSize]); c.enqueue(1); if (seen.length > 3) c.close(); } }, { highWaterMark: 2 }); await new Promise((r) => setTimeout(r, 5)); const r = s.getReader(); const reads = []; for (;;) { const x = await r.read(); reads.push(x.done); if (x.done) break; } return [seen, reads]; });
  await P("hwm0", async () => { const seen = []; let n = 0; const s = new ReadableStream({ pull(c) { seen.push(["pull", c.desiredSize]); c.enqueue(n++); } }, { highWaterMark: 0 }); await new Promise((r) => setTimeout(r, 5)); const r = s.getReader(); seen.push("r1"); seen.push((await r.read()).value); seen.push("r2"); seen.push((await r.read()).value); await new Promise((r) => setTimeout(r, 5)); return seen; });
  await P("pullEnqueuesTwo", async () => { const seen = []; let n = 0; const s = new ReadableStream({ pull(c) { seen.push(["pull", c.desiredSize]); c.enqueue(n++); c.enqueue(n++); } }, { highWaterMark: 1 }); await new Promise((r) => setTimeout(r, 5)); const r = s.getReader(); for (let i = 0; i < 4; i++) { seen.push("r" + i); seen.push((await r.read()).value); } await new Promise((r) => setTimeout(r, 5)); return seen; });
  await P("pullNoEnqueue", async () => { const seen = []; let ctl; const s = new ReadableStream({ start(c) { ctl = c; }, pull(c) { seen.push(["pull", c.desiredSize]); } }, { highWaterMark: 1 }); await new Promise((r) => setTimeout(r, 5)); const r = s.getReader(); const p = r.read(); await new Promise((r) => setTimeout(r, 5)); seen.push("enqueue"); ctl.enqueue("x"); seen.push((await p).value); await new Promise((r) => setTimeout(r, 5)); const p2 = r.read(); await new Promise((r) => setTimeout(r, 5)); ctl.enqueue("y"); seen.push((await p2).value); return seen; });
}),
];
