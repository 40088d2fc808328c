// nodewasm19: node/wasm/html-rewriter/formats probes. Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs nodewasm19
import { CD, PRELUDE, get, req, modWorker } from "./_h.mjs";
const HELPERS = `
const js = (v, d = 0) => {
  if (v === undefined) return "undefined";
  if (typeof v === "bigint") return "big:" + v;
  if (typeof v === "number" && !Number.isFinite(v)) return "num:" + v;
  if (typeof v === "number" && Object.is(v, -0)) return "num:-0";
  if (typeof v === "symbol") return "sym:" + v.description;
  if (typeof v === "function") return "fn:" + v.name;
  if (v instanceof ArrayBuffer) return "ab:" + hex(v);
  if (ArrayBuffer.isView(v)) return (v?.constructor?.name ?? "view") + ":" + hex(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  if (Array.isArray(v)) return d > 4 ? "deep" : v.map((x) => js(x, d + 1));
  if (v && typeof v === "object" && d < 4 && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) { const o = {}; for (const k of Object.keys(v)) o[k] = js(v[k], d + 1); return o; }
  if (v && typeof v === "object") return "obj:" + (v.constructor?.name ?? "null");
  return v;
};
const c = (f) => { try { return { ok: js(f()) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };
const a = async (f) => { try { return { ok: js(await Promise.race([f(), new Promise((_, rej) => setTimeout(() => rej(new Error("TIMEOUT")), 10000))])) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };
const collect = (s) => new Promise((res, rej) => { const parts = []; s.on("data", (d) => parts.push(typeof d === "string" ? d : Buffer.from(d).toString("latin1"))); s.on("end", () => res(parts)); s.on("error", rej); });
`;
// aShort(fn): a(fn) with a 300 ms guard, for a probe whose promise never settles in workerd (a 10 s guard that fires costs 10 s a run).
const SHORT_GUARD = `const aShort = async (f) => { try { return { ok: js(await Promise.race([f(), new Promise((_, rej) => setTimeout(() => rej(new Error("TIMEOUT")), 300))])) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };`;
const nodeCase = (name, description, imports, body, { date = CD, flags = ["nodejs_compat"], extra = {}, steps = [get("/")] } = {}) => ({
  name, area: "node", description,
  options: {
    ...extra,
    modules: true, compatibilityDate: date, compatibilityFlags: flags,
    script: `${imports}
${flags.includes("nodejs_compat") ? 'import { Buffer } from "node:buffer";' : ""}
${PRELUDE}
${HELPERS}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };`,
  },
  steps,
});

const round1 = [
  nodeCase("nodewasm19-stream-helpers-a", "stream: iterator helpers, from(), errors of the state machine, web interop",
    `import { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, getDefaultHighWaterMark, setDefaultHighWaterMark, isReadable, isErrored, isDisturbed, duplexPair } from "node:stream"; import sp from "node:stream/promises";`, `
  out.map = await a(() => Readable.from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray());
  out.reduce = await a(() => Readable.from([1, 2, 3]).reduce((p, x) => p + x, 10));
  out.reduceNoInit = await a(() => Readable.from([]).reduce((p, x) => p + x));
  out.someEvery = await a(async () => [await Readable.from([1, 2]).some((x) => x > 1), await Readable.from([1, 2]).every((x) => x > 1), await Readable.from([1, 5]).find((x) => x > 2)]);
  out.takeDrop = await a(async () => [await Readable.from([1, 2, 3, 4]).take(2).toArray(), await Readable.from([1, 2, 3, 4]).drop(3).toArray()]);
  out.flatMap = await a(() => Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
  out.forEach = await a(async () => { const l = []; const r = await Readable.from(["a", "b"]).forEach((x) => l.push(x)); return [l, r]; });
  out.mapBad = c(() => Readable.from([1]).map(5));
  out.takeBad = c(() => Readable.from([1]).take(-1));
  out.mapConc = c(() => Readable.from([1]).map((x) => x, { concurrency: 0 }));
  out.fromStr = await a(() => Readable.from("abc").toArray());
  out.fromBuf = await a(() => Readable.from(Buffer.from("ab")).toArray());
  out.fromNull = c(() => Readable.from(null));
  out.fromNum = c(() => Readable.from(5));
  out.fromAsyncGen = await a(async () => { async function* g() { yield "x"; yield "y"; } const r = Readable.from(g(), { objectMode: false }); return [r.readableObjectMode, await r.toArray()]; });
  out.hwm = c(() => [getDefaultHighWaterMark(false), getDefaultHighWaterMark(true), new Readable().readableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark, new Writable().writableHighWaterMark]);
  out.hwmBad = c(() => new Readable({ highWaterMark: -1 }));
  out.hwmBad2 = c(() => new Writable({ highWaterMark: "x" }));
  out.pushAfterEof = await a(() => new Promise((res) => { const r = new Readable({ read() {} }); r.on("error", (e) => res([e.name, e.code, e.message])); r.push(null); r.push("x"); }));
  out.unshiftAfterEnd = await a(() => new Promise((res) => { const r = new Readable({ read() {} }); r.on("error", (e) => res([e.name, e.code, e.message])); r.on("end", () => { r.unshift("x"); setTimeout(() => res("noerr"), 5); }); r.resume(); r.push(null); }));
  out.writeAfterEnd = await a(() => new Promise((res) => { const w = new Writable({ write(c, e, cb) { cb(); } }); w.on("error", (e) => res([e.name, e.code, e.message])); w.end(); w.write("x", (err) => {}); }));
  out.writeNull = c(() => new Writable({ write(c, e, cb) { cb(); } }).write(null));
  out.writeNum = c(() => new Writable({ write(c, e, cb) { cb(); } }).write(5));
  out.pushNum = c(() => { const r = new Readable({ read() {} }); r.on("error", () => {}); return r.push(5); });
  out.notImplRead = await a(() => new Promise((res) => { const r = new Readable(); r.on("error", (e) => res([e.name, e.code, e.message])); r.read(); }));
  out.notImplWrite = await a(() => new Promise((res) => { const w = new Writable(); w.on("error", (e) => res([e.name, e.code, e.message])); w.write("x"); }));
  out.notImplTransform = await a(() => new Promise((res) => { const w = new Transform(); w.on("error", (e) => res([e.name, e.code, e.message])); w.write("x"); }));
  out.multiCb = await a(() => new Promise((res) => { const w = new Writable({ write(c, e, cb) { cb(); cb(); } }); w.on("error", (e) => res([e.name, e.code, e.message])); w.write("x"); }));
  out.destroyed = await a(() => new Promise((res) => { const w = new Writable({ write(c, e, cb) { cb(); } }); w.destroy(); w.write("x", (e) => res([e?.name, e?.code, e?.message])); }));
  out.state = c(() => { const r = new Readable({ read() {} }); const s1 = [isReadable(r), isErrored(r), isDisturbed(r)]; r.read(); r.destroy(new Error("x")); r.on("error", () => {}); return [s1, isReadable(r), isErrored(r), isDisturbed(r), r.destroyed, r.errored?.message, r.readableAborted, r.closed]; });
  out.pipelineErr = await a(() => sp.pipeline(Readable.from(["a"]), new Transform({ transform(c, e, cb) { cb(new Error("tx")); } }), new PassThrough()));
  out.pipelineFnGen = await a(async () => { const parts = []; await sp.pipeline(Readable.from(["a", "b"]), async function* (src) { for await (const x of src) yield x.toUpperCase(); }, new Writable({ objectMode: true, write(c, e, cb) { parts.push(String(c)); cb(); } })); return parts; });
  out.pipelineBad = c(() => pipeline(Readable.from(["a"])));
  out.finishedPremature = await a(() => new Promise((res) => { const r = new Readable({ read() {} }); finished(r, (e) => res([e?.name, e?.code, e?.message])); r.destroy(); }));
  out.toWeb = await a(async () => { const rs = Readable.toWeb(Readable.from(["a", "b"])); const l = []; for await (const x of rs) l.push(String(x)); return [rs.constructor.name, l]; });
  out.fromWeb = await a(async () => { const r = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue("x"); c.close(); } }), { objectMode: true }); return await r.toArray(); });
  out.fromWebBad = c(() => Readable.fromWeb({}));
  out.duplexPair = await a(async () => { const [x, y] = duplexPair(); x.write("hi"); x.end(); return [x.constructor.name, String(await y.toArray())]; });
  out.duplexFrom = await a(async () => { const d = Duplex.from(async function* (src) { for await (const c of src) yield String(c) + "!"; }); d.end("q"); return (await d.toArray()).map(String); });
  out.duplexFromBad = c(() => Duplex.from(5));
  out.objModeEnc = await a(async () => { const r = new Readable({ read() {} }); r.setEncoding("hex"); r.push(Buffer.from("AB")); r.push(null); return await r.toArray(); });
  out.asyncIterBreak = await a(async () => { const r = Readable.from([1, 2, 3]); for await (const x of r) { break; } return [r.destroyed, r.readableEnded]; });
  out.writableEvents = await a(() => new Promise((res) => { const ev = []; const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setTimeout(cb, 1); } }); for (const n of ["drain", "finish", "close", "prefinish"]) w.on(n, () => ev.push(n)); ev.push("w1:" + w.write("abc")); ev.push("len:" + w.writableLength + ":" + w.writableNeedDrain); w.end("z", () => { ev.push("endcb"); }); w.on("close", () => res(ev)); }));
`),
  nodeCase("nodewasm19-events-b", "events: captureRejections, errorMonitor, once/on with signals, unhandled error messages, listener bookkeeping",
    `import EventEmitter, { once, on, errorMonitor, captureRejectionSymbol, getEventListeners, getMaxListeners, listenerCount, EventEmitterAsyncResource } from "node:events";`, `
  out.unhandledStr = c(() => new EventEmitter().emit("error", "boom"));
  out.unhandledObj = c(() => new EventEmitter().emit("error", { a: 1 }));
  out.unhandledUndef = c(() => new EventEmitter().emit("error"));
  out.unhandledErr = c(() => { const e = new Error("x"); try { new EventEmitter().emit("error", e); } catch (t) { return [t === e, t.message]; } });
  out.monitor = c(() => { const e = new EventEmitter(); const l = []; e.on(errorMonitor, (er) => l.push("mon:" + er.message)); e.on("error", (er) => l.push("err:" + er.message)); e.emit("error", new Error("q")); return l; });
  out.monitorOnly = c(() => { const e = new EventEmitter(); const l = []; e.on(errorMonitor, (er) => l.push("mon")); try { e.emit("error", new Error("q")); } catch (t) { l.push("thrown:" + t.message); } return l; });
  out.capture = await a(() => new Promise((res) => { const e = new EventEmitter({ captureRejections: true }); e.on("ev", async () => { throw new Error("rej"); }); e.on("error", (er) => res(["error", er.message])); e.emit("ev"); }));
  out.captureSym = await a(() => new Promise((res) => { const e = new EventEmitter({ captureRejections: true }); e[captureRejectionSymbol] = (err, ev, ...args) => res([err.message, ev, args]); e.on("ev", async () => { throw new Error("r2"); }); e.emit("ev", 1, 2); }));
  out.captureBad = c(() => new EventEmitter({ captureRejections: 1 }));
  out.onceAbort = await a(() => { const ac = new AbortController(); const p = once(new EventEmitter(), "x", { signal: ac.signal }); ac.abort(); return p; });
  out.onceAborted = await a(() => once(new EventEmitter(), "x", { signal: AbortSignal.abort("why") }));
  out.onceErr = await a(() => { const e = new EventEmitter(); const p = once(e, "x"); e.emit("error", new Error("oops")); return p; });
  out.onceErrEvent = await a(() => { const e = new EventEmitter(); const p = once(e, "error"); e.emit("error", new Error("oops")); return p.then((v) => v.map((x) => x.message)); });
  out.onceET = await a(() => { const t = new EventTarget(); const p = once(t, "foo"); t.dispatchEvent(new Event("foo")); return p.then((v) => [v.length, v[0].type]); });
  out.onIter = await a(async () => { const e = new EventEmitter(); const ac = new AbortController(); setTimeout(() => { e.emit("d", 1); e.emit("d", 2, 3); setTimeout(() => ac.abort(), 1); }, 1); const l = []; try { for await (const v of on(e, "d", { signal: ac.signal })) l.push(v); } catch (er) { l.push([er.name, er.code, er.message]); } return l; });
  ${SHORT_GUARD}
  out.onClose = await aShort(async () => { const e = new EventEmitter(); setTimeout(() => { e.emit("d", 1); e.emit("end"); }, 1); const l = []; for await (const v of on(e, "d", { close: ["end"] })) l.push(v); return l; });
  out.onErr = await a(async () => { const e = new EventEmitter(); setTimeout(() => e.emit("error", new Error("ie")), 1); for await (const v of on(e, "d")) {} });
  out.maxBad = c(() => new EventEmitter().setMaxListeners(-1));
  out.maxBad2 = c(() => EventEmitter.defaultMaxListeners = "x");
  out.listenerBad = c(() => new EventEmitter().on("x", 5));
  out.counts = c(() => { const e = new EventEmitter(); const f = () => {}; e.on("a", f); e.once("a", f); e.prependOnceListener("a", () => {}); return [e.listenerCount("a"), e.listenerCount("a", f), listenerCount(e, "a"), e.rawListeners("a").map((x) => typeof x.listener), e.listeners("a").length, e.eventNames()]; });
  out.newListener = c(() => { const e = new EventEmitter(); const l = []; e.on("newListener", (n, f) => l.push("new:" + String(n))); e.on("removeListener", (n) => l.push("rm:" + String(n))); const f = () => {}; e.on("x", f); e.once(Symbol("s"), f); e.off("x", f); e.removeAllListeners(); return l; });
  out.getListeners = c(() => { const t = new EventTarget(); const f = () => {}; t.addEventListener("z", f); const e = new EventEmitter(); e.on("z", f); return [getEventListeners(t, "z").length, getEventListeners(e, "z").length, getMaxListeners(e), getMaxListeners(t)]; });
  out.asyncRes = c(() => { const e = new EventEmitterAsyncResource({ name: "X" }); return [typeof e.asyncId, typeof e.triggerAsyncId, e.asyncResource.constructor.name, e instanceof EventEmitter]; });
  out.warn = await a(() => new Promise((res) => { const e = new EventEmitter(); e.setMaxListeners(1); process.once("warning", (w) => res([w.name, w.message, w.count, w.type])); e.on("a", () => {}); e.on("a", () => {}); setTimeout(() => res("nowarning"), 20); }));
  out.inspectEE = c(() => Object.keys(new EventEmitter()));
  out.emitRet = c(() => { const e = new EventEmitter(); e.on("a", () => {}); return [e.emit("a"), e.emit("b")]; });
  out.thisInListener = c(() => { const e = new EventEmitter(); let t; e.on("a", function () { t = this === e; }); e.emit("a"); let t2; e.on("b", () => { t2 = this === e; }); e.emit("b"); return [t, t2]; });
`),
  nodeCase("nodewasm19-timers-c", "timers: handles, ordering, promises API with signals and bad arguments, scheduler",
    `import timers, { setTimeout as st, clearTimeout as ct, setInterval as si, clearInterval as ci, setImmediate as sim, clearImmediate as cim } from "node:timers"; import tp, { scheduler } from "node:timers/promises"; import util from "node:util";`, `
  out.handle = c(() => { const t = st(() => {}, 1000); const r = [typeof t, t.constructor.name, t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, t.refresh() === t, typeof t[Symbol.toPrimitive], typeof +t]; ct(t); return r; });
  out.clearByNum = await a(() => new Promise((res) => { let fired = false; const t = st(() => { fired = true; }, 1); ct(+t); setTimeout(() => res(fired), 10); }));
  out.globalSame = c(() => [globalThis.setTimeout === st, timers.setTimeout === st, typeof globalThis.setTimeout(() => {}, 0)]);
  out.badCb = c(() => st("x", 1));
  out.badCb2 = c(() => sim(5));
  out.order = await a(() => new Promise((res) => { const l = []; sim(() => l.push("imm")); st(() => l.push("t0"), 0); process.nextTick(() => l.push("tick")); Promise.resolve().then(() => l.push("micro")); queueMicrotask(() => l.push("qm")); st(() => res(l), 5); }));
  out.immHandle = c(() => { const i = sim(() => {}); const r = [i.constructor.name, i.hasRef(), typeof i.unref, i.unref() === i]; cim(i); return r; });
  out.interval = await a(() => new Promise((res) => { let n = 0; const i = si((x) => { n++; if (n === 3) { ci(i); res([n, x]); } }, 1, "arg"); }));
  out.args = await a(() => new Promise((res) => st((...x) => res(x), 1, "a", 2)));
  out.pSetTimeout = await a(() => tp.setTimeout(1, "val"));
  out.pImmediate = await a(() => tp.setImmediate("iv"));
  out.pAbort = await a(() => { const ac = new AbortController(); const p = tp.setTimeout(1000, "v", { signal: ac.signal }); ac.abort(); return p; });
  out.pAbortReason = await a(async () => { try { await tp.setTimeout(1000, "v", { signal: AbortSignal.abort("rr") }); } catch (e) { return [e.name, e.code, e.message, e.cause]; } });
  out.pBadDelay = await a(() => tp.setTimeout("x"));
  out.pBadOpts = await a(() => tp.setTimeout(1, "v", 5));
  out.pBadSignal = await a(() => tp.setTimeout(1, "v", { signal: 5 }));
  out.pBadRef = await a(() => tp.setTimeout(1, "v", { ref: 5 }));
  out.pInterval = await a(async () => { const l = []; for await (const v of tp.setInterval(1, "iv")) { l.push(v); if (l.length === 2) break; } return l; });
  out.schedWait = await a(async () => [typeof scheduler.wait, typeof scheduler.yield, await scheduler.wait(1), await scheduler.yield()]);
  out.inspectT = c(() => { const t = st(() => {}, 1000); const s = util.inspect(t).split("\\n")[0]; ct(t); return s; });
  out.timeoutProps = c(() => { const t = st(() => {}, 1000); const k = Object.keys(t); ct(t); return k; });
  out.negDelay = await a(() => new Promise((res) => { const t0 = Date.now(); st(() => res("ran"), -5); }));
  out.promisified = await a(async () => [await util.promisify(st)(1, "pv"), await util.promisify(sim)("pi")]);
  out.clearBad = c(() => [ct(null), ct("x"), ct({}), ci(undefined), cim(5)]);
  out.keys = c(() => Object.keys(timers).sort());
  out.pkeys = c(() => Object.keys(tp).sort());
`),
  nodeCase("nodewasm19-util-parseargs-d", "util: parseArgs, aborted, getSystemErrorName, toUSVString, stripVTControlCharacters, inspect options",
    `import util, { parseArgs } from "node:util";`, `
  out.pa1 = c(() => parseArgs({ args: ["-f", "--bar", "b", "pos"], options: { foo: { type: "boolean", short: "f" }, bar: { type: "string" } }, allowPositionals: true }));
  out.pa2 = c(() => parseArgs({ args: ["--foo=1", "--foo", "2"], options: { foo: { type: "string", multiple: true } } }));
  out.pa3 = c(() => parseArgs({ args: ["--unknown"], options: {} }));
  out.pa4 = c(() => parseArgs({ args: ["pos"], options: {} }));
  out.pa5 = c(() => parseArgs({ args: ["--bar"], options: { bar: { type: "string" } } }));
  out.pa6 = c(() => parseArgs({ args: ["--foo=x"], options: { foo: { type: "boolean" } } }));
  out.pa7 = c(() => parseArgs({ args: [], options: { foo: { type: "string", default: "d" }, n: { type: "boolean", default: false } } }));
  out.pa8 = c(() => parseArgs({ args: ["-abc"], options: { a: { type: "boolean", short: "a" }, b: { type: "boolean", short: "b" }, c: { type: "string", short: "c" } }, strict: false }));
  out.pa9 = c(() => parseArgs({ args: ["--x", "-y", "--", "--z"], strict: false, tokens: true }));
  out.pa10 = c(() => parseArgs({ args: [], options: { foo: { type: "number" } } }));
  out.pa11 = c(() => parseArgs({ args: [], options: { foo: { type: "string", short: "ff" } } }));
  out.pa12 = c(() => parseArgs({ args: ["--no-color"], options: { color: { type: "boolean" } }, allowNegative: true }));
  out.pa13 = c(() => parseArgs({ options: { x: { type: "boolean" } } }));
  out.aborted = await a(async () => { const ac = new AbortController(); const p = util.aborted(ac.signal, {}); ac.abort(); return await p; });
  out.abortedBad = await a(() => util.aborted({}, {}));
  out.sysErr = c(() => [util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-9999)]);
  out.sysErrBad = c(() => util.getSystemErrorName(2));
  out.sysMap = c(() => { const m = util.getSystemErrorMap?.(); return m ? [m.constructor.name, m.get(-2)] : "none"; });
  out.usv = c(() => [util.toUSVString("a\\ud800b"), util.stripVTControlCharacters("\\u001b[31mred\\u001b[39m")]);
  out.styleText = c(() => [util.styleText("red", "x"), util.styleText(["bold", "underline"], "y")]);
  out.styleBad = c(() => util.styleText("nope", "x"));
  out.insOpts = c(() => [
    util.inspect({ a: { b: { c: { d: {} } } } }, { depth: 0 }),
    util.inspect({ a: 1, b: "x" }, { compact: false }),
    util.inspect({ b: 1, a: 2, c: [3, 2] }, { sorted: true }),
    util.inspect(1234567.891, { numericSeparator: true }),
    util.inspect("x".repeat(30), { maxStringLength: 5 }),
    util.inspect([1, 2, 3, 4], { maxArrayLength: 2 }),
    util.inspect({ get g() { return 5; }, set s(v) {} }, { getters: true }),
    util.inspect([1, 2], { showHidden: true }),
    util.inspect({ a: 1 }, { colors: true }),
    util.inspect(new Map([[1, { a: [1, 2] }]]), { depth: 0 }),
    util.inspect({ a: [{ b: 1 }] }, { breakLength: 3 }),
    util.inspect("it's \\"q\\""),
    util.inspect(Object.assign(() => {}, { x: 1 })),
    util.inspect(class A extends Error {}),
    util.inspect(Symbol("s")),
    util.inspect(-0),
    util.inspect(123n, { numericSeparator: true }),
    util.inspect(new Date(0)),
    util.inspect(new Date(NaN)),
    util.inspect(/x/gi),
    util.inspect(Object.create(null)),
    util.inspect(new (class Foo { constructor() { this.a = 1; } })()),
    util.inspect({ [Symbol.toStringTag]: "T", a: 1 }),
    util.inspect(new WeakMap()),
    util.inspect(new ArrayBuffer(3)),
    util.inspect(new DataView(new ArrayBuffer(2))),
    util.inspect(Promise.resolve(4)),
    util.inspect(Promise.reject(new Error("pr")).catch(() => {}) && 0),
    util.inspect(globalThis.process.env),
  ]);
  out.formatMix = c(() => [util.format("%s %d %i %f %j %o %O %%", "s", 4.5, 4.5, "2.5", { a: 1 }, [1], { b: 2 }), util.format("%s", Symbol("q")), util.format("%d", 10n), util.format("%s", 10n), util.format("%s", -0), util.format("%c|x", "css"), util.format("a", "b", 3), util.format(1, 2), util.format("%s", { toString() { return "T"; } }), util.format("%s", new Error("ee")).split("\\n")[0], util.format("%s", [1, [2]]), util.format("%s", null)]);
  out.formatWO = c(() => util.formatWithOptions({ compact: false }, "%O", { a: 1 }));
  out.formatWOBad = c(() => util.formatWithOptions(5, "x"));
  out.deprecate = c(() => { const f = util.deprecate(function foo(x) { return x + 1; }, "msg", "DEP0"); return [f(1), f.name, typeof f]; });
  out.deprecateBad = c(() => util.deprecate(5, "m"));
  out.inherits = c(() => { function A() {} function B() {} util.inherits(A, B); return [A.super_ === B, Object.getPrototypeOf(A.prototype) === B.prototype]; });
  out.inheritsBad = c(() => util.inherits(function () {}, {}));
  out.callbackify = await a(() => new Promise((res) => util.callbackify(async () => { throw null; })((e) => res([e.name, e.code, e.message, e.reason]))));
  out.promisifyCustom = c(() => { function f() {} f[util.promisify.custom] = () => "custom"; return [util.promisify(f)(), util.promisify(f) === f[util.promisify.custom], typeof util.promisify.custom]; });
  out.promisifyBad = c(() => util.promisify(5));
  out.isDeep = c(() => [util.isDeepStrictEqual({ a: [1] }, { a: [1] }), util.isDeepStrictEqual(new Set([1]), new Set(["1"])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual([0], [-0])]);
  out.mime = c(() => { const m = new util.MIMEType("Text/HTML; Charset=UTF-8; x=\\"a b\\""); m.params.set("y", "z"); return [String(m), m.type, m.subtype, m.essence, m.params.get("charset"), [...m.params.keys()]]; });
  out.mimeBad = c(() => new util.MIMEType("nope"));
`),
];
const round2 = [
  nodeCase("nodewasm19-net-dns-e", "net: isIP, BlockList, SocketAddress, Socket without connect; dns shapes and argument errors",
    `import net from "node:net"; import dns from "node:dns"; import dnsp from "node:dns/promises";`, `
  out.isIP = c(() => ["1.2.3.4", "::1", "1.2.3", "01.2.3.4", "::ffff:1.2.3.4", "fe80::1%eth0", "", "1.2.3.4 ", "x", "2001:db8::1:0:0:1", 5, undefined, "256.1.1.1"].map((x) => [net.isIP(x), net.isIPv4(x), net.isIPv6(x)]));
  out.bl = c(() => { const b = new net.BlockList(); b.addAddress("1.2.3.4"); b.addRange("10.0.0.1", "10.0.0.10"); b.addSubnet("192.168.0.0", 16); b.addSubnet("8592:757c:efae:4e45::", 64, "ipv6"); return [b.check("1.2.3.4"), b.check("10.0.0.5"), b.check("10.0.0.11"), b.check("192.168.9.9"), b.check("8592:757c:efae:4e45::f", "ipv6"), b.check("::ffff:1.2.3.4", "ipv6"), b.rules]; });
  out.blBad = c(() => new net.BlockList().addSubnet("1.2.3.4", 33));
  out.blBad2 = c(() => new net.BlockList().addAddress(5));
  out.blBad3 = c(() => new net.BlockList().addRange("10.0.0.10", "10.0.0.1"));
  out.blBad4 = c(() => new net.BlockList().check("1.2.3.4", "ipv5"));
  out.blIsBL = c(() => [typeof net.BlockList.isBlockList, net.BlockList.isBlockList?.(new net.BlockList()), net.BlockList.isBlockList?.({})]);
  out.sa = c(() => { const s = new net.SocketAddress({ address: "::1", port: 80, family: "ipv6", flowlabel: 5 }); return [s.address, s.port, s.family, s.flowlabel, JSON.stringify(s)]; });
  out.saDef = c(() => { const s = new net.SocketAddress(); return [s.address, s.port, s.family]; });
  out.saBad = c(() => new net.SocketAddress({ port: 70000 }));
  out.saBad2 = c(() => new net.SocketAddress({ family: "x" }));
  out.saParse = c(() => [net.SocketAddress.parse?.("1.2.3.4:56")?.port, net.SocketAddress.parse?.("[::1]:8")?.address, net.SocketAddress.parse?.("nope")]);
  out.sock = c(() => { const s = new net.Socket(); return [s.constructor.name, s.connecting, s.pending, s.readyState, s.remoteAddress, typeof s.setNoDelay, typeof s.setKeepAlive, s.destroyed]; });
  out.server = c(() => net.createServer());
  out.defaults = c(() => [typeof net.getDefaultAutoSelectFamily, net.getDefaultAutoSelectFamily?.(), net.getDefaultAutoSelectFamilyAttemptTimeout?.()]);
  out.connectBad = c(() => net.connect());
  out.connectBad2 = c(() => net.connect({ port: "x" }));
  out.dnsKeys = c(() => Object.keys(dns).sort());
  out.dnspKeys = c(() => Object.keys(dnsp).sort());
  out.dnsConst = c(() => [dns.NODATA, dns.NOTFOUND, dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL]);
  out.servers = c(() => dns.getServers());
  out.setServers = c(() => dns.setServers(["8.8.8.8"]));
  out.resolver = c(() => { const r = new dns.Resolver(); return [typeof r.resolve4, typeof r.cancel, r.getServers()]; });
  out.lookupBad = c(() => dns.lookup(5, () => {}));
  out.lookupBad2 = c(() => dns.lookup("x.example", 7, () => {}));
  out.lookupNoCb = c(() => dns.lookup("x.example"));
  out.resolveBad = c(() => dns.resolve4(5, () => {}));
  out.resolveBadType = c(() => dns.resolve("x.example", "NOPE", () => {}));
  out.order = c(() => [dns.getDefaultResultOrder?.(), dns.setDefaultResultOrder?.("ipv4first"), dns.getDefaultResultOrder?.()]);
  out.orderBad = c(() => dns.setDefaultResultOrder("x"));
  out.lookupServiceBad = c(() => dns.lookupService("1.2.3.4", "x", () => {}));
  out.reverseBad = c(() => dns.reverse(5, () => {}));
`),
  nodeCase("nodewasm19-crypto-aead-f", "crypto: AEAD ciphers and their errors, cipher info, key objects from secrets, webcrypto links",
    `import crypto from "node:crypto";`, `
  const key = Buffer.alloc(32, 1), iv = Buffer.alloc(12, 2);
  out.gcm = c(() => { const ci = crypto.createCipheriv("aes-256-gcm", key, iv); ci.setAAD(Buffer.from("aad")); const ct = Buffer.concat([ci.update("hello", "utf8"), ci.final()]); const tag = ci.getAuthTag(); const de = crypto.createDecipheriv("aes-256-gcm", key, iv); de.setAAD(Buffer.from("aad")); de.setAuthTag(tag); return [ct.toString("hex"), tag.toString("hex"), Buffer.concat([de.update(ct), de.final()]).toString()]; });
  out.gcmBadTag = c(() => { const ci = crypto.createCipheriv("aes-256-gcm", key, iv); const ct = Buffer.concat([ci.update("hello"), ci.final()]); const de = crypto.createDecipheriv("aes-256-gcm", key, iv); de.setAuthTag(Buffer.alloc(16)); de.update(ct); return de.final(); });
  out.gcmNoTag = c(() => { const de = crypto.createDecipheriv("aes-256-gcm", key, iv); de.update(Buffer.from("abcd", "hex")); return de.final(); });
  out.tagBefore = c(() => crypto.createCipheriv("aes-256-gcm", key, iv).getAuthTag());
  out.tagLen = c(() => { const ci = crypto.createCipheriv("aes-256-gcm", key, iv, { authTagLength: 8 }); ci.update("x"); ci.final(); return ci.getAuthTag().length; });
  out.tagLenBad = c(() => crypto.createCipheriv("aes-256-gcm", key, iv, { authTagLength: 7 }));
  out.setTagOnCipher = c(() => { const ci = crypto.createCipheriv("aes-256-gcm", key, iv); return typeof ci.setAuthTag; });
  out.shortTag = c(() => crypto.createDecipheriv("aes-256-gcm", key, iv).setAuthTag(Buffer.alloc(3)));
  out.chacha = c(() => { const ci = crypto.createCipheriv("chacha20-poly1305", key, iv, { authTagLength: 16 }); const ct = Buffer.concat([ci.update("hi"), ci.final()]); return [ct.toString("hex"), ci.getAuthTag().toString("hex")]; });
  out.ccm = c(() => { const ci = crypto.createCipheriv("aes-128-ccm", Buffer.alloc(16, 1), Buffer.alloc(12), { authTagLength: 16 }); ci.setAAD(Buffer.from("a"), { plaintextLength: 2 }); const ct = Buffer.concat([ci.update("hi"), ci.final()]); return [ct.toString("hex"), ci.getAuthTag().toString("hex")]; });
  out.badKeyLen = c(() => crypto.createCipheriv("aes-256-gcm", Buffer.alloc(16), iv));
  out.badIvLen = c(() => crypto.createCipheriv("aes-256-cbc", key, Buffer.alloc(8)));
  out.badAlg = c(() => crypto.createCipheriv("aes-999", key, iv));
  out.cbcBadPad = c(() => { const de = crypto.createDecipheriv("aes-256-cbc", key, Buffer.alloc(16)); de.update(Buffer.alloc(16, 7)); return de.final(); });
  out.cbcBadLen = c(() => { const de = crypto.createDecipheriv("aes-256-cbc", key, Buffer.alloc(16)); de.update(Buffer.alloc(5)); return de.final(); });
  out.noPad = c(() => { const ci = crypto.createCipheriv("aes-256-cbc", key, Buffer.alloc(16)); ci.setAutoPadding(false); ci.update("abc"); return ci.final(); });
  out.finalTwice = c(() => { const ci = crypto.createCipheriv("aes-256-cbc", key, Buffer.alloc(16)); ci.final(); return ci.final(); });
  out.updateAfter = c(() => { const ci = crypto.createCipheriv("aes-256-cbc", key, Buffer.alloc(16)); ci.final(); return ci.update("x"); });
  out.ecb = c(() => { const ci = crypto.createCipheriv("aes-128-ecb", Buffer.alloc(16, 3), null); return Buffer.concat([ci.update("hello"), ci.final()]).toString("hex"); });
  out.ctrStream = c(() => { const ci = crypto.createCipheriv("aes-128-ctr", Buffer.alloc(16, 3), Buffer.alloc(16)); return [ci.update("abc", "utf8", "hex"), ci.update("def", "utf8", "base64"), ci.final("hex")]; });
  out.info = c(() => [crypto.getCipherInfo("aes-256-gcm"), crypto.getCipherInfo("aes-128-cbc"), crypto.getCipherInfo("chacha20-poly1305"), crypto.getCipherInfo("nope"), crypto.getCipherInfo("aes-128-cbc", { keyLength: 12 })]);
  out.ciphers = c(() => { const l = crypto.getCiphers(); return [l.includes("aes-256-gcm"), l.includes("chacha20-poly1305"), l.includes("des-ede3-cbc"), l.length > 10]; });
  out.curves = c(() => crypto.getCurves().filter((x) => /prime256|secp384|secp521|secp256k1/.test(x)));
  out.secret = c(() => { const k = crypto.createSecretKey(Buffer.from("abc")); return [k.type, k.symmetricKeySize, k.export().toString(), k.equals(crypto.createSecretKey("abc", "utf8")), k.asymmetricKeyType, String(k), Object.prototype.toString.call(k)]; });
  out.secretJwk = c(() => crypto.createSecretKey(Buffer.from("abc")).export({ format: "jwk" }));
  out.secretBad = c(() => crypto.createSecretKey(5));
  out.genKey = c(() => { const k = crypto.generateKeySync("hmac", { length: 64 }); const k2 = crypto.generateKeySync("aes", { length: 128 }); return [k.symmetricKeySize, k2.symmetricKeySize]; });
  out.genKeyBad = c(() => crypto.generateKeySync("aes", { length: 100 }));
  out.web = c(() => [crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle, typeof crypto.getRandomValues, crypto.webcrypto.constructor.name]);
  out.fromCrypto = await a(async () => { const ck = await crypto.subtle.importKey("raw", new Uint8Array(16), { name: "AES-GCM" }, true, ["encrypt"]); const ko = crypto.KeyObject.from(ck); return [ko.type, ko.symmetricKeySize, ko.toCryptoKey ? "has" : "no"]; });
  out.fromBad = c(() => crypto.KeyObject.from({}));
  out.hashOut = c(() => [crypto.hash("sha1", "x"), crypto.hash("md5", "x", "base64"), crypto.hash("sha256", Buffer.from("x"), "buffer").length]);
  out.hashBad = c(() => crypto.hash("nope", "x"));
  out.hashCopy = c(() => { const h = crypto.createHash("sha256"); h.update("a"); const h2 = h.copy(); h.update("b"); return [h.digest("hex").slice(0, 8), h2.digest("hex").slice(0, 8)]; });
  out.digestTwice = c(() => { const h = crypto.createHash("sha256"); h.digest(); return h.digest(); });
  out.updateBad = c(() => crypto.createHash("sha256").update(5));
  out.shake = c(() => [crypto.createHash("shake256", { outputLength: 4 }).update("x").digest("hex"), crypto.createHash("sha3-256").update("").digest("hex").slice(0, 8)]);
  out.fips = c(() => [crypto.getFips(), typeof crypto.setFips, crypto.secureHeapUsed?.()]);
  out.randomIntBad = c(() => crypto.randomInt(5, 5));
  out.randomIntBad2 = c(() => crypto.randomInt(1.5));
  out.uuidBad = c(() => crypto.randomUUID({ disableEntropyCache: 5 }));
  out.tse = c(() => crypto.timingSafeEqual(Buffer.from("a"), Buffer.from("ab")));
`),
  nodeCase("nodewasm19-zlib-assert-g", "zlib option and input errors, info objects; assert throws/rejects validation and messages",
    `import zlib from "node:zlib"; import assert, { AssertionError } from "node:assert";`, `
  out.levelBad = c(() => zlib.deflateSync("x", { level: 10 }));
  out.levelBad2 = c(() => zlib.gzipSync("x", { level: "1" }));
  out.wbBad = c(() => zlib.deflateSync("x", { windowBits: 7 }));
  out.memBad = c(() => zlib.deflateSync("x", { memLevel: 0 }));
  out.stratBad = c(() => zlib.deflateSync("x", { strategy: 9 }));
  out.chunkBad = c(() => zlib.deflateSync("x", { chunkSize: 10 }));
  out.inputBad = c(() => zlib.deflateSync(5));
  out.inflateBad = c(() => zlib.inflateSync(Buffer.from("not deflate")));
  out.gunzipBad = c(() => zlib.gunzipSync(Buffer.from("1f8b0800000000000003", "hex")));
  out.inflateErr = c(() => { try { zlib.inflateSync(Buffer.from("abcd")); } catch (e) { return [e.name, e.code, e.errno, e.message, Object.keys(e)]; } });
  out.info = c(() => { const r = zlib.deflateSync("hello", { info: true }); return [Object.keys(r), r.buffer.length, r.engine.constructor.name]; });
  out.brotliParams = c(() => zlib.brotliDecompressSync(zlib.brotliCompressSync("hello hello", { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: 11 } })).toString());
  out.brotliBadParam = c(() => zlib.brotliCompressSync("x", { params: { 9999: 1 } }));
  out.brotliBadDec = c(() => zlib.brotliDecompressSync(Buffer.from("garbage input here")));
  out.maxOut = c(() => zlib.inflateSync(zlib.deflateSync(Buffer.alloc(100)), { maxOutputLength: 10 }));
  out.codes = c(() => [zlib.codes.Z_OK, zlib.codes.Z_DATA_ERROR, zlib.codes["-3"], zlib.codes.Z_BUF_ERROR]);
  out.crc = c(() => [zlib.crc32("hello"), zlib.crc32(Buffer.from("world"), zlib.crc32("hello ")), zlib.crc32("")]);
  out.crcBad = c(() => zlib.crc32(5));
  out.cbErr = await a(() => new Promise((res) => zlib.inflate(Buffer.from("xx"), (e, r) => res([e?.name, e?.code, e?.errno, e?.message, r]))));
  out.unzipBoth = c(() => [zlib.unzipSync(zlib.gzipSync("g")).toString(), zlib.unzipSync(zlib.deflateSync("d")).toString()]);
  out.throwsVal = c(() => assert.throws(() => { throw new TypeError("abc"); }, { name: "RangeError", message: "abc" }));
  out.throwsRe = c(() => assert.throws(() => { throw new Error("abc"); }, /xyz/));
  out.throwsFnFalse = c(() => assert.throws(() => { throw new Error("abc"); }, (e) => false));
  out.throwsNone = c(() => assert.throws(() => {}));
  out.throwsNoneMsg = c(() => assert.throws(() => {}, Error, "custom"));
  out.throwsClass = c(() => assert.throws(() => { throw new TypeError("t"); }, RangeError));
  out.throwsStr = c(() => assert.throws(() => { throw new Error("t"); }, "t"));
  out.doesNot = c(() => assert.doesNotThrow(() => { throw new Error("dnt"); }));
  out.doesNotMsg = c(() => assert.doesNotThrow(() => { throw new Error("dnt"); }, "extra"));
  out.rejects = await a(() => assert.rejects(Promise.resolve(1)));
  out.rejectsVal = await a(() => assert.rejects(Promise.reject(new Error("rj")), { message: "other" }));
  out.rejectsBad = await a(() => assert.rejects(5));
  out.doesNotReject = await a(() => assert.doesNotReject(Promise.reject(new Error("dnr"))));
  out.match = c(() => assert.match("abc", /x/));
  out.matchBad = c(() => assert.match(5, /x/));
  out.doesNotMatch = c(() => assert.doesNotMatch("abc", /b/));
  out.ifError = c(() => assert.ifError(new Error("ife")));
  out.ifErrorStr = c(() => assert.ifError("str"));
  out.ifErrorNull = c(() => [assert.ifError(null), assert.ifError(undefined)]);
  out.fail = c(() => assert.fail());
  out.failErr = c(() => assert.fail(new TypeError("ft")));
  out.ok0 = c(() => assert.ok(0));
  out.okNone = c(() => assert.ok());
  out.notStrict = c(() => assert.notStrictEqual(1, 1));
  out.notDeep = c(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
  out.errProps = c(() => { try { assert.strictEqual(1, 2, "m"); } catch (e) { return [e.name, e.code, e.generatedMessage, e.operator, e.actual, e.expected, Object.keys(e), e instanceof AssertionError]; } });
  out.aeNew = c(() => { const e = new AssertionError({ actual: 1, expected: 2, operator: "strictEqual" }); return [e.message, e.generatedMessage]; });
  out.aeBad = c(() => new AssertionError(5));
  out.deepMsg = c(() => assert.deepStrictEqual({ a: 1, b: [1, 2], c: "x" }, { a: 1, b: [1, 3], c: "x" }));
  out.strictStr = c(() => assert.strictEqual("a\\nb", "a\\nc"));
  out.deepLoose = c(() => assert.deepEqual({ a: 1 }, { a: "2" }));
  out.equalMsg = c(() => assert.equal(1, 2));
  out.notEqualMsg = c(() => assert.notEqual(1, "1"));
`),
];
const round3 = [
  nodeCase("nodewasm19-net-more-h", "net: BlockList with IPv6 and SocketAddress rules, JSON forms, inspect; SocketAddress edges; Socket connect arguments",
    `import net from "node:net"; import util from "node:util";`, `
  out.bl6 = c(() => { const b = new net.BlockList(); b.addAddress("::1", "ipv6"); b.addRange("2001:db8::1", "2001:db8::ff", "ipv6"); b.addAddress(new net.SocketAddress({ address: "5.6.7.8" })); b.addSubnet(new net.SocketAddress({ address: "fe80::", family: "ipv6" }), 10); return [b.check("::1", "ipv6"), b.check("2001:db8::10", "ipv6"), b.check("2001:db8::100", "ipv6"), b.check("5.6.7.8"), b.check(new net.SocketAddress({ address: "fe80::1", family: "ipv6" })), b.check("not an ip"), b.check("::ffff:5.6.7.8", "ipv6"), b.rules]; });
  out.blFamUpper = c(() => new net.BlockList().check("1.2.3.4", "IPv4"));
  out.blBadAddr = c(() => new net.BlockList().addAddress("1.2.3"));
  out.blBadAddr6 = c(() => new net.BlockList().addAddress("1.2.3.4", "ipv6"));
  out.blBadRange = c(() => new net.BlockList().addRange("1.2.3.4", "x"));
  out.blBadPrefix = c(() => new net.BlockList().addSubnet("::", 129, "ipv6"));
  out.blPrefixStr = c(() => new net.BlockList().addSubnet("1.2.3.0", "24"));
  out.blPrefixFrac = c(() => new net.BlockList().addSubnet("1.2.3.0", 2.5));
  out.blNet = c(() => new net.BlockList().addSubnet(5, 8));
  out.blFamBad = c(() => new net.BlockList().addAddress("1.2.3.4", "ipv7"));
  out.blJson = c(() => { const b = new net.BlockList(); b.addAddress("1.2.3.4"); return [typeof b.toJSON, typeof b.fromJSON, JSON.stringify(b)]; });
  out.blInspect = c(() => { const b = new net.BlockList(); b.addAddress("1.2.3.4"); return util.inspect(b); });
  out.saInspect = c(() => util.inspect(new net.SocketAddress({ address: "1.2.3.4", port: 5 })));
  out.saStrPort = c(() => new net.SocketAddress({ port: "80" }).port);
  out.saBadAddr = c(() => new net.SocketAddress({ address: "::1" }));
  out.saBadAddrType = c(() => new net.SocketAddress({ address: 5 }));
  out.saBadFlow = c(() => new net.SocketAddress({ flowlabel: -1 }));
  out.saNull = c(() => new net.SocketAddress(null));
  out.saFamUpper = c(() => new net.SocketAddress({ family: "IPV6" }).family);
  out.saParseMore = c(() => [net.SocketAddress.parse("1.2.3.4")?.port, net.SocketAddress.parse("[::1]")?.family, net.SocketAddress.parse("host.example:80"), net.SocketAddress.parse("1.2.3.4:99999")]);
  out.saParseBad = c(() => net.SocketAddress.parse(5));
  out.isSA = c(() => [net.SocketAddress.isSocketAddress(new net.SocketAddress()), net.SocketAddress.isSocketAddress({})]);
  out.autoSel = c(() => [net.setDefaultAutoSelectFamily(false), net.getDefaultAutoSelectFamily()]);
  out.autoSelBad = c(() => net.setDefaultAutoSelectFamily(true));
  out.autoSelTimeout = c(() => [net.setDefaultAutoSelectFamilyAttemptTimeout(5), net.getDefaultAutoSelectFamilyAttemptTimeout(), net.setDefaultAutoSelectFamilyAttemptTimeout(50), net.getDefaultAutoSelectFamilyAttemptTimeout()]);
  out.autoSelTimeoutBad = c(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0));
  out.autoSelTimeoutBad2 = c(() => net.setDefaultAutoSelectFamilyAttemptTimeout("x"));
  out.connectPortNeg = c(() => net.connect({ port: -1 }));
  out.connectPortBig = c(() => net.connect(70000));
  out.connectPortEmpty = c(() => net.connect({ port: " " }));
  out.connectPortObj = c(() => net.connect({ port: {} }));
  out.connectPortFrac = c(() => net.connect({ port: 1.5 }));
  out.connectPath = c(() => net.connect("/tmp/sock"));
`),
  nodeCase("nodewasm19-dns-more-i", "dns: argument checks of the callback and promise forms, Resolver methods, result order",
    `import dns from "node:dns"; import dnsp from "node:dns/promises";`, `
  out.pResolveBad = c(() => { const p = dnsp.resolve4(5); return typeof p; });
  out.pResolveBadType = c(() => { const p = dnsp.resolve("x.example", "NOPE"); return typeof p; });
  out.pResolveNoType = c(() => { const p = dnsp.resolve(5); return typeof p; });
  out.pAny = await a(() => dnsp.resolveAny("x.example"));
  out.pLookupService = await a(() => dnsp.lookupService("1.2.3.4", 80));
  out.pLookupBad = await a(() => dnsp.lookup(5));
  out.pLookupIp = await a(() => dnsp.lookup("1.2.3.4"));
  out.pLookupIpAll = await a(() => dnsp.lookup("::1", { all: true }));
  out.pLookupEmpty = await a(() => dnsp.lookup(""));
  out.pLookupFam = await a(() => dnsp.lookup("1.2.3.4", { family: 5 }));
  out.lookupIp = await a(() => new Promise((res) => dns.lookup("1.2.3.4", (e, a, f) => res([e, a, f]))));
  out.lookupIpAll = await a(() => new Promise((res) => dns.lookup("1.2.3.4", { all: true }, (e, a) => res([e, a]))));
  out.lookupEmpty = await a(() => new Promise((res) => dns.lookup("", (e, a, f) => res([e, a, f]))));
  out.lookupFamStr = c(() => dns.lookup("1.2.3.4", { family: "x" }, () => {}));
  out.lookupAllBad = c(() => dns.lookup("1.2.3.4", { all: 1 }, () => {}));
  out.lookupHints = c(() => dns.lookup("1.2.3.4", { hints: 1 }, () => {}));
  out.lookupOrder = c(() => dns.lookup("1.2.3.4", { order: "x" }, () => {}));
  out.lookupVerbatim = c(() => dns.lookup("1.2.3.4", { verbatim: 1 }, () => {}));
  out.lookupOptStr = c(() => dns.lookup("1.2.3.4", "x", () => {}));
  out.anyCb = await a(() => new Promise((res) => dns.resolveAny("x.example", (e, r) => res([e?.message, r]))));
  out.resolveNoCb = c(() => dns.resolve4("x.example"));
  out.pRes = c(() => { const r = new dnsp.Resolver(); return [Object.getOwnPropertyNames(Object.getPrototypeOf(r)).sort(), r.getServers().length]; });
  out.pResCancel = c(() => new dnsp.Resolver().cancel());
  out.pResLocal = c(() => new dnsp.Resolver().setLocalAddress("1.2.3.4"));
  out.pResSet = c(() => new dnsp.Resolver().setServers(["1.1.1.1"]));
  out.cbRes = c(() => { const r = new dns.Resolver(); return Object.getOwnPropertyNames(Object.getPrototypeOf(r)).sort(); });
  out.cbResCancel = c(() => new dns.Resolver().cancel());
  out.cbResResolveBad = c(() => new dns.Resolver().resolve4(5, () => {}));
  out.orderAll = c(() => { const l = []; for (const o of ["ipv6first", "verbatim"]) { dns.setDefaultResultOrder(o); l.push(dns.getDefaultResultOrder(), dnsp.getDefaultResultOrder()); } return l; });
  out.pSetServers = c(() => dnsp.setServers([]));
  out.fnLengths = c(() => [dns.lookup.length, dns.resolve4.length, dns.resolve.length, dnsp.resolve4.length, dns.lookupService.length, dns.reverse.length]);
`),
  nodeCase("nodewasm19-timers-more-j", "timers: global immediates under nodejs_compat_v2, Timeout handles and clears",
    `import timers from "node:timers";`, `
  out.globalImm = c(() => [typeof globalThis.setImmediate, globalThis.setImmediate.length, globalThis.setImmediate === timers.setImmediate]);
  out.globalImmBad = c(() => globalThis.setImmediate(5));
  out.globalClearBad = c(() => globalThis.clearImmediate(5));
  out.globalClearNull = c(() => [globalThis.clearImmediate(null), globalThis.clearImmediate(undefined), globalThis.clearImmediate()]);
  out.globalClearTimeoutObj = c(() => globalThis.clearTimeout({}));
  out.nodeClearImm = c(() => [timers.clearImmediate(null), timers.clearImmediate()]);
  out.nodeClearImmObj = c(() => timers.clearImmediate({}));
  out.nodeClearImmTimeout = c(() => { const t = timers.setTimeout(() => {}, 1000); try { return timers.clearImmediate(t); } finally { timers.clearTimeout(t); } });
  out.immRef = c(() => { const i = timers.setImmediate(() => {}); const r = [i.ref(), i.unref(), i.hasRef(), Object.getOwnPropertyNames(Object.getPrototypeOf(i)).sort(), typeof i[Symbol.dispose], typeof i[Symbol.toPrimitive]]; timers.clearImmediate(i); return r; });
  out.clearStr = await a(() => new Promise((res) => { let fired = false; const t = timers.setTimeout(() => { fired = true; }, 1); timers.clearTimeout(String(+t)); setTimeout(() => res(fired), 15); }));
  out.clearIntervalTimeout = await a(() => new Promise((res) => { let fired = false; const t = timers.setTimeout(() => { fired = true; }, 1); timers.clearInterval(t); setTimeout(() => res(fired), 15); }));
  out.refreshFires = await a(() => new Promise((res) => { let n = 0; const t = timers.setTimeout(() => { n++; }, 3); t.refresh(); setTimeout(() => res(n), 20); }));
  out.closeRet = c(() => { const t = timers.setTimeout(() => {}, 1000); return t.close() === t; });
  out.disposeT = await a(() => new Promise((res) => { let fired = false; { const t = timers.setTimeout(() => { fired = true; }, 1); t[Symbol.dispose](); } setTimeout(() => res(fired), 15); }));
  out.timeoutProto = c(() => Object.getOwnPropertyNames(Object.getPrototypeOf(timers.setTimeout(() => {}, 1))).sort());
  out.activeEnroll = c(() => [timers.active(5), typeof timers.enroll, typeof timers.unenroll]);
  out.enroll = c(() => timers.enroll({}, 5));
  out.setTimeoutThis = await a(() => new Promise((res) => timers.setTimeout(function () { res(this === globalThis ? "global" : typeof this); }, 1)));
  out.setIntervalBad = c(() => timers.setInterval(null));
`, { flags: ["nodejs_compat", "nodejs_compat_v2"] }),
];
const round4 = [
  nodeCase("nodewasm19-stream-more-k", "stream: web conversions, compose/addAbortSignal errors, pipe/unpipe events, read(n), encodings, destroy orderings",
    `import { Readable, Writable, Duplex, Transform, PassThrough, compose, addAbortSignal, pipeline, finished } from "node:stream"; import sp from "node:stream/promises"; import { text, json, buffer as consumeBuffer } from "node:stream/consumers";`, `
  out.writableToWebShape = c(() => { const ws = Writable.toWeb(new Writable({ write(c, e, cb) { cb(); } })); return [ws.constructor.name, ws.locked]; });
  out.writableFromWeb = await a(async () => { const parts = []; const w = Writable.fromWeb(new WritableStream({ write(c) { parts.push(typeof c === "string" ? c : new TextDecoder().decode(c)); } })); await new Promise((res) => w.end("xy", res)); return parts; });
  out.writableFromWebBad = c(() => Writable.fromWeb({}));
  out.duplexFromWeb = await a(async () => { const ts = new TransformStream(); const d = Duplex.fromWeb(ts, { encoding: "utf8" }); d.end("q"); return await d.toArray(); });
  out.duplexToWeb = c(() => { const p = Duplex.toWeb(new PassThrough()); return [Object.keys(p), p.readable.constructor.name, p.writable.constructor.name]; });
  out.composeEmpty = c(() => compose());
  out.composeBad = c(() => compose(5));
  out.composeOne = c(() => { const p = new PassThrough(); return compose(p) === p; });
  out.composeRun = await a(async () => { const d = compose(new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } }), async function* (src) { for await (const x of src) yield x + "!"; }); d.end("ab"); return (await d.toArray()).map(String); });
  out.abortSig = await a(() => new Promise((res) => { const ac = new AbortController(); const r = addAbortSignal(ac.signal, new Readable({ read() {} })); r.on("error", (e) => res([e.name, e.code, e.message, e.cause])); ac.abort(); }));
  out.abortSigBad = c(() => addAbortSignal({}, new Readable()));
  out.abortSigBad2 = c(() => addAbortSignal(new AbortController().signal, {}));
  out.fromObjNonObjMode = await a(() => new Promise((res) => { const r = Readable.from([{ a: 1 }], { objectMode: false }); r.on("error", (e) => res([e.name, e.code, e.message])); r.on("data", () => {}); }));
  out.pipeEvents = await a(() => new Promise((res) => { const ev = []; const r = new Readable({ read() {} }); const w = new PassThrough(); w.on("pipe", (s) => ev.push("pipe:" + (s === r))); w.on("unpipe", (s) => ev.push("unpipe:" + (s === r))); r.pipe(w); r.unpipe(w); r.pipe(w); r.push("x"); r.push(null); w.on("finish", () => { ev.push("finish"); res(ev); }); w.resume(); }));
  out.readN = c(() => { const r = new Readable({ read() {} }); r.push("abcdef"); r.push("gh"); return [String(r.read(3)), String(r.read(4)), r.read(10), r.readableLength, String(r.read())]; });
  out.readNeg = c(() => { const r = new Readable({ read() {} }); r.push("ab"); return r.read(-1); });
  out.readHuge = c(() => new Readable({ read() {} }).read(2 ** 31));
  out.setEncBad = c(() => new Readable().setEncoding("nope"));
  out.defEncBad = c(() => new Writable().setDefaultEncoding("nope"));
  out.defEnc = c(() => { const w = new Writable({ decodeStrings: false, write() {} }); return [w.setDefaultEncoding("HEX") === w, w._writableState.defaultEncoding]; });
  out.destroyOrder = await a(() => new Promise((res) => { const ev = []; const r = new Readable({ read() {}, destroy(err, cb) { ev.push("_destroy:" + err?.message); cb(err); } }); r.on("error", (e) => ev.push("error:" + e.message)); r.on("close", () => { ev.push("close"); res(ev); }); r.destroy(new Error("d1")); r.destroy(new Error("d2")); ev.push("sync"); }));
  out.destroyReplace = await a(() => new Promise((res) => { const r = new Readable({ read() {}, destroy(err, cb) { cb(new Error("replaced")); } }); r.on("error", (e) => res(e.message)); r.destroy(new Error("orig")); }));
  out.noAutoDestroy = await a(() => new Promise((res) => { const r = new Readable({ autoDestroy: false, read() {} }); r.on("error", () => setTimeout(() => res([r.destroyed, r.readableEnded]), 5)); r.destroy(new Error("e")); }));
  out.transformFlushErr = await a(() => new Promise((res) => { const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error("flushfail")); } }); t.on("error", (e) => res(e.message)); t.resume(); t.end("x"); }));
  out.transformPushNull = await a(async () => { const t = new Transform({ transform(c, e, cb) { this.push(String(c) + "1"); this.push(String(c) + "2"); cb(); } }); t.end("z"); return (await t.toArray()).map(String); });
  out.finishedOpts = await a(() => new Promise((res) => { const w = new PassThrough(); finished(w, { readable: false }, (e) => res(["done", e ?? null])); w.end("x"); }));
  out.finishedBad = c(() => finished(5, () => {}));
  out.finishedNoCb = c(() => finished(new PassThrough()));
  out.spFinished = await a(async () => { const r = Readable.from(["a"]); r.resume(); await sp.finished(r); return r.readableEnded; });
  out.consumers = await a(async () => [await text(Readable.from(["a", "b"])), await json(Readable.from(['{"x":', '1}'])), (await consumeBuffer(Readable.from([Buffer.from("q")]))).toString("hex")]);
  out.consumersBad = await a(() => json(Readable.from(["{"])));
  out.iterOpts = await a(async () => { const r = Readable.from([1, 2, 3]); const it = r.iterator({ destroyOnReturn: false }); for await (const x of it) break; return [r.destroyed, await r.toArray()]; });
  out.writableState = c(() => { const w = new Writable({ write(c, e, cb) {} }); w.write("ab"); w.cork(); w.write("c"); const s = [w.writableLength, w.writableCorked, w.writableEnded, w.writableFinished, w.writableObjectMode, w.writableNeedDrain]; w.uncork(); return [...s, w.writableCorked]; });
  out.endTwice = await a(() => new Promise((res) => { const w = new Writable({ write(c, e, cb) { cb(); } }); w.end(); w.end((e) => res([e?.name, e?.code, e?.message])); }));
  ${SHORT_GUARD}
  out.endAfterDestroy = await aShort(() => new Promise((res) => { const w = new Writable({ write(c, e, cb) { cb(); } }); w.destroy(); w.end((e) => res([e?.name, e?.code, e?.message])); }));
  out.readableFromWebErr = await a(() => { const r = Readable.fromWeb(new ReadableStream({ start(c) { c.error(new Error("webfail")); } })); return r.toArray(); });
`),
];
const HR_PRELUDE = `
async function rw(html, build, ct = "text/html") { return await build(new HTMLRewriter()).transform(new Response(html, { headers: { "content-type": ct } })).text(); }
async function rwe(html, build) { try { return await rw(html, build); } catch (e) { return { error: { name: e?.name, message: e?.message } }; } }
const sync = (f) => { try { return { ok: f() ?? "undefined" }; } catch (e) { return { error: [e?.name, e?.message] }; } };
`;
const hrCase = (name, description, body, steps = [get("/")]) => ({
  name, area: "html-rewriter", description,
  options: modWorker(`${HR_PRELUDE}    const out = {};\n${body}\n    return Response.json(out);`),
  steps,
});
const round5 = [
  hrCase("nodewasm19-html-handlers-l", "HTMLRewriter: handler objects of classes, content types of inserted values, removed state, doc text, errors after transform", `
    class H { constructor() { this.n = 0; } element(e) { this.n++; e.setAttribute("n", String(this.n)); } }
    out.classHandler = await rw('<p>a</p><p>b</p>', (r) => r.on("p", new H()));
    out.protoHandler = await rw('<p>a</p>', (r) => r.on("p", Object.create({ element(e) { e.setAttribute("proto", "1"); } })));
    out.nonStringContent = await rw('<p>a</p>', (r) => r.on("p", { element(e) { e.append(5); e.prepend(null); e.after(undefined); e.before({ toString() { return "<o>"; } }); } }));
    out.nonStringAttr = await rw('<p>a</p>', (r) => r.on("p", { element(e) { e.setAttribute(5, 6); e.setAttribute("u", undefined); e.setAttribute("nu", null); } }));
    out.attrNoArgs = await rwe('<p>a</p>', (r) => r.on("p", { element(e) { e.setAttribute("x"); } }));
    out.getAttrNoArgs = await rwe('<p a="1">a</p>', (r) => r.on("p", { element(e) { e.setAttribute("r", String(e.getAttribute())); } }));
    out.docText = await rw('<p>ab</p>c', (r) => r.onDocument({ text(t) { if (t.text) t.replace("[" + t.text + "]"); } }));
    out.docTextRemoved = await rw('<p>ab</p>', (r) => r.onDocument({ text(t) { t.remove(); t.after("{" + t.removed + "}"); } }));
    out.commentRemoved = await rw('<!--x--><p>', (r) => r.onDocument({ comments(c) { const b = c.removed; c.remove(); c.after(String([b, c.removed, c.text])); } }));
    out.doctypeRemove = await rwe('<!DOCTYPE html><p>x</p>', (r) => r.onDocument({ doctype(d) { d.remove(); } }));
    out.doctypeProps = await rw('<!doctype html><p>x</p>', (r) => r.onDocument({ doctype(d) { } }).on("p", { element(e) { e.setAttribute("k", "1"); } }));
    out.endAppendHtml = await rw('<p>x</p>', (r) => r.onDocument({ end(e) { e.append("<b>y</b>", { html: true }); e.append("<b>z</b>"); e.append("<i>w</i>", { html: false }); } }));
    out.onEndTagTwice = await rw('<p>x</p>', (r) => r.on("p", { element(e) { e.onEndTag((t) => t.before("1")); e.onEndTag((t) => t.before("2")); } }));
    out.onEndTagBad = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.onEndTag(5); } }));
    out.endTagRemove = await rw('<p>x</p><div>y</div>', (r) => r.on("p", { element(e) { e.onEndTag((t) => t.remove()); } }));
    out.endTagNameBad = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.onEndTag((t) => { t.name = ""; }); } }));
    out.tagNameCase = await rw('<DIV Class="a">x</DIV>', (r) => r.on("div", { element(e) { e.setAttribute("tn", e.tagName); e.setAttribute("at", [...e.attributes].map((x) => x.join("=")).join(",")); } }));
    out.selfClosing = await rw('<div/><br/><img>', (r) => r.on("*", { element(e) { e.setAttribute("sc", String(e.selfClosing)); } }));
    out.onBadArgs = sync(() => new HTMLRewriter().on());
    out.onDocBad = sync(() => new HTMLRewriter().onDocument(5));
    out.transformBad = sync(() => new HTMLRewriter().transform("x"));
    out.transformNoArg = sync(() => new HTMLRewriter().transform());
    out.transformUsed = await (async () => { const res = new Response("<p>x</p>"); await res.text(); try { const t = new HTMLRewriter().transform(res); return await t.text(); } catch (e) { return { error: [e.name, e.message] }; } })();
    out.transformNullBody = await (async () => { const t = new HTMLRewriter().on("p", { element() {} }).transform(new Response(null, { status: 204 })); return [t.status, t.body, await t.text()]; })();
    out.transformHeaders = await (async () => { const t = new HTMLRewriter().transform(new Response("<p>x</p>", { status: 201, statusText: "Made", headers: { "content-type": "text/html", "content-length": "8", "x-a": "1" } })); return [t.status, t.statusText, [...t.headers], await t.text()]; })();
    out.reuseRewriter = await (async () => { const r = new HTMLRewriter().on("p", { element(e) { e.setAttribute("r", "1"); } }); const a1 = await r.transform(new Response("<p>1</p>")).text(); const a2 = await r.transform(new Response("<p>2</p>")).text(); return [a1, a2]; })();
    out.asyncTextHandler = await rw('<p>hello</p>', (r) => r.on("p", { async text(t) { await null; if (t.text) t.replace(t.text.toUpperCase()); } }));
    out.throwString = await rwe('<p>x</p>', (r) => r.on("p", { element() { throw "str"; } }));
    out.rejectObj = await rwe('<p>x</p>', (r) => r.on("p", { async element() { throw { custom: 1 }; } }));
    out.selectorAttrOps = await rw('<a href="https://x.com/a.pdf" lang="en-US" class="a b" data-v="Hello">1</a>', (r) => r.on('a[href^="https"][href$=".pdf"][lang|="en"][class~="b"][data-v*="ell"]', { element(e) { e.setAttribute("m", "1"); } }).on('a[data-v="hello" i]', { element(e) { e.setAttribute("i", "1"); } }).on('a[data-v="hello" s]', { element(e) { e.setAttribute("s", "1"); } }));
    out.selectorNot = await rw('<p class="a">1</p><p>2</p><div>3</div>', (r) => r.on("p:not(.a)", { element(e) { e.setAttribute("not", "1"); } }).on(":not(p)", { element(e) { e.setAttribute("np", "1"); } }));
    out.selectorNth = await rw('<ul><li>1</li><li>2</li><li>3</li><li>4</li></ul>', (r) => r.on("li:nth-child(2n+1)", { element(e) { e.setAttribute("odd", "1"); } }).on("li:first-child", { element(e) { e.setAttribute("first", "1"); } }).on("li:nth-of-type(4)", { element(e) { e.setAttribute("four", "1"); } }));
    out.selectorBadPseudo = sync(() => new HTMLRewriter().on("li:last-child", {}));
    out.selectorBadNth = sync(() => new HTMLRewriter().on("li:nth-child(x)", {}));
    out.selectorEmpty = sync(() => new HTMLRewriter().on("", {}));
    out.selectorComma = await rw('<b>1</b><i>2</i>', (r) => r.on("b, i", { element(e) { e.setAttribute("c", "1"); } }));
`),
];
const round6 = [
  nodeCase("nodewasm19-stream-pipeline-m", "stream: pipeline error propagation, destroy of sources, premature close, writev/final ordering, objectMode mixes, backpressure returns",
    `import { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } from "node:stream"; import sp from "node:stream/promises";`, `
  out.srcError = await a(() => new Promise((res) => { const src = new Readable({ read() {} }); const mid = new PassThrough(); const dst = new PassThrough(); pipeline(src, mid, dst, (e) => res([e?.message, src.destroyed, mid.destroyed, dst.destroyed])); src.destroy(new Error("srcfail")); }));
  out.dstError = await a(() => new Promise((res) => { const src = new Readable({ read() {} }); const dst = new Writable({ write(c, e, cb) { cb(new Error("dstfail")); } }); pipeline(src, dst, (e) => res([e?.message, src.destroyed, dst.destroyed])); src.push("x"); }));
  out.premature = await a(() => new Promise((res) => { const src = new Readable({ read() {} }); const dst = new PassThrough(); pipeline(src, dst, (e) => res([e?.name, e?.code, e?.message])); src.destroy(); }));
  out.returnValue = await a(() => new Promise((res) => { const dst = new PassThrough(); const r = pipeline(Readable.from(["a"]), dst, () => {}); res(r === dst); }));
  out.genSource = await a(async () => { const parts = []; await sp.pipeline(async function* () { yield "a"; yield "b"; }, new Writable({ write(c, e, cb) { parts.push(String(c)); cb(); } })); return parts; });
  out.genSink = await a(() => sp.pipeline(Readable.from(["a", "b"]), async function (src) { let s = ""; for await (const x of src) s += x; return s; }));
  out.genThrows = await a(() => sp.pipeline(Readable.from(["a"]), async function* (src) { for await (const x of src) throw new Error("genfail"); }, new PassThrough()));
  out.signal = await a(() => { const ac = new AbortController(); const p = sp.pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal }); ac.abort(); return p; });
  out.pipelineEnd = await a(async () => { const dst = new PassThrough(); await sp.pipeline(Readable.from(["a"]), dst, { end: false }); return [dst.writableEnded, dst.writable]; });
  out.writevFinal = await a(() => new Promise((res) => { const ev = []; const w = new Writable({ writev(chunks, cb) { ev.push("writev:" + chunks.map((c) => String(c.chunk)).join("|")); cb(); }, write(c, e, cb) { ev.push("write:" + c); setTimeout(cb, 1); }, final(cb) { ev.push("final"); cb(); } }); w.write("a"); w.write("b"); w.write("c"); w.end("d", () => { ev.push("endcb"); res(ev); }); }));
  out.finalError = await a(() => new Promise((res) => { const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error("finalfail")); } }); w.on("error", (e) => res([e.message, w.writableFinished, w.destroyed])); w.end("x"); }));
  out.writeReturns = c(() => { const w = new Writable({ highWaterMark: 3, write(c, e, cb) {} }); return [w.write("ab"), w.write("c"), w.write("d"), w.writableLength, w.writableNeedDrain]; });
  out.objModeWrite = await a(() => new Promise((res) => { const l = []; const w = new Writable({ objectMode: true, write(c, e, cb) { l.push(typeof c + ":" + JSON.stringify(c) + ":" + e); cb(); } }); w.write({ a: 1 }); w.write(5); w.write("s"); w.end(() => res(l)); }));
  out.decodeStringsFalse = await a(() => new Promise((res) => { const l = []; const w = new Writable({ decodeStrings: false, write(c, e, cb) { l.push(typeof c + ":" + e); cb(); } }); w.write("s", "latin1"); w.write(Buffer.from("b")); w.end(() => res(l)); }));
  out.encodingDefault = await a(() => new Promise((res) => { const l = []; const w = new Writable({ write(c, e, cb) { l.push(c.constructor.name + ":" + e + ":" + c.toString("hex")); cb(); } }); w.write("ab", "hex"); w.write("é"); w.end(() => res(l)); }));
  out.readableObjectFlags = c(() => { const d = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { cb(); } }); return [d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark]; });
  out.allowHalfOpen = await a(() => new Promise((res) => { const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } }); d.on("finish", () => res(["finish", d.writableEnded])); d.resume(); d.push(null); setTimeout(() => res(["nofinish", d.writableEnded]), 20); }));
  out.pauseResume = await a(() => new Promise((res) => { const ev = []; const r = Readable.from(["a", "b", "c"]); r.on("data", (d) => { ev.push(d); if (d === "a") { r.pause(); ev.push("paused:" + r.isPaused()); setTimeout(() => r.resume(), 2); } }); r.on("end", () => res(ev)); }));
  out.readableEventOrder = await a(() => new Promise((res) => { const ev = []; const r = new Readable({ read() {} }); r.on("readable", () => { let c; while ((c = r.read()) !== null) ev.push("read:" + c); }); r.on("end", () => { ev.push("end"); res(ev); }); r.push("a"); r.push("b"); setTimeout(() => { r.push("c"); r.push(null); }, 2); }));
  out.errorAfterEnd = await a(() => new Promise((res) => { const ev = []; const r = Readable.from(["a"]); r.on("end", () => { ev.push("end"); r.destroy(new Error("late")); }); r.on("error", (e) => ev.push("error:" + e.message)); r.on("close", () => { ev.push("close"); res(ev); }); r.resume(); }));
  out.transformObj = await a(async () => { const t = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, { v: c.n * 2 }); } }); t.write({ n: 1 }); t.end({ n: 2 }); return await t.toArray(); });
  out.transformCbTwice = await a(() => new Promise((res) => { const t = new Transform({ transform(c, e, cb) { cb(); cb(); } }); t.on("error", (e) => res([e.name, e.code, e.message])); t.write("x"); }));
  out.passThroughEnc = await a(async () => { const p = new PassThrough({ encoding: "base64" }); p.end("hi"); return await p.toArray(); });
`),
];
const round7 = [
  nodeCase("nodewasm19-compare-n", "isDeepStrictEqual / deepEqual semantics across types; assert messages for same-looking values",
    `import util from "node:util"; import assert from "node:assert";`, `
  const ds = (a, b) => util.isDeepStrictEqual(a, b);
  const dl = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
  const pairs = () => [
    [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])],
    [new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]])],
    [new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])],
    [new Set([1, "1"]), new Set(["1", 1])],
    [new Date(0), new Date(0)],
    [new Date(0), new Date(1)],
    [/a/g, /a/g],
    [/a/g, /a/i],
    [new Error("x"), new Error("x")],
    [new Error("x"), new TypeError("x")],
    [Object.assign(new Error("x"), { code: 1 }), new Error("x")],
    [new Number(1), new Number(1)],
    [new String("a"), "a"],
    [Object(1n), Object(1n)],
    [[1, , 3], [1, undefined, 3]],
    [{ a: undefined }, {}],
    [{ [Symbol.for("s")]: 1 }, { [Symbol.for("s")]: 1 }],
    [{ [Symbol.for("s")]: 1 }, {}],
    [Object.create(null), {}],
    [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
    [new Uint8Array([1, 2]), Buffer.from([1, 2])],
    [new Float64Array([-0]), new Float64Array([0])],
    [new Float64Array([NaN]), new Float64Array([NaN])],
    [new ArrayBuffer(2), new ArrayBuffer(2)],
    [new DataView(new ArrayBuffer(1)), new DataView(new ArrayBuffer(1))],
    [1, "1"],
    [0, -0],
    [NaN, NaN],
    [[1, 2], { 0: 1, 1: 2, length: 2 }],
    [new WeakMap(), new WeakMap()],
    [Promise.resolve(1), Promise.resolve(1)],
    [() => {}, () => {}],
    [Object.assign([1], { x: 1 }), [1]],
    [new URL("http://a/"), new URL("http://a/")],
    [new URL("http://a/"), new URL("http://b/")],
    [new Headers({ a: "1" }), new Headers({ a: "2" })],
    [new (class A {})(), new (class B {})()],
    [{ a: { b: [1, { c: new Set([1]) }] } }, { a: { b: [1, { c: new Set([1]) }] } }],
  ];
  out.strict = c(() => pairs().map(([x, y]) => ds(x, y)));
  out.loose = c(() => pairs().map(([x, y]) => dl(x, y)));
  out.circular = c(() => { const a = { x: 1 }; a.self = a; const b = { x: 1 }; b.self = b; const d = { x: 1 }; d.self = { x: 1, self: d }; return [ds(a, b), ds(a, d)]; });
  out.sameStructure = c(() => assert.strictEqual({ a: 1 }, { a: 1 }));
  out.sameStructureArr = c(() => assert.strictEqual([1, 2], [1, 2]));
  out.notStrictSame = c(() => { const o = { a: 1 }; return assert.notStrictEqual(o, o); });
  out.deepMapMsg = c(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
  out.deepSetMsg = c(() => assert.deepStrictEqual(new Set([1]), new Set([2])));
  out.deepTypeMsg = c(() => assert.deepStrictEqual([1], { 0: 1 }));
  out.deepProtoMsg = c(() => assert.deepStrictEqual(Object.create(null), {}));
  out.strictNumMsg = c(() => assert.strictEqual(1, "1"));
  out.strictNaN = c(() => assert.strictEqual(NaN, NaN));
  out.strictLong = c(() => assert.strictEqual("a".repeat(10) + "\\n" + "b".repeat(5), "a".repeat(10) + "\\n" + "c".repeat(5)));
  out.okMsg = c(() => assert(false, "custom ok"));
  out.okErr = c(() => assert.ok(null, new RangeError("own")));
  out.equalMsgCustom = c(() => assert.equal(1, 2, "eq custom"));
  out.partial = c(() => typeof assert.partialDeepStrictEqual === "function" ? [assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 1 }), (() => { try { assert.partialDeepStrictEqual({ a: 1 }, { a: 2 }); } catch (e) { return [e.name, e.code, e.message.split("\\n")[0]]; } })()] : "none");
`),
  nodeCase("nodewasm19-path-url-qs-o", "path, url and querystring edges; process warnings and nextTick arguments",
    `import path from "node:path"; import nurl from "node:url"; import qs from "node:querystring";`, `
  out.posix = c(() => [path.join("a", "", "../b", "./c/"), path.resolve("/a/b", "../c", "d/"), path.normalize("//a//b/../c/."), path.relative("/a/b/c", "/a/d"), path.relative("/a", "/a"), path.dirname("/a/b/"), path.basename("/a/b.txt", "txt"), path.basename("/a/b.txt", ".TXT"), path.extname(".bashrc"), path.extname("a.b.c"), path.extname("a."), path.isAbsolute(""), path.parse("/home/u/f.tar.gz"), path.format({ root: "/", name: "f", ext: "txt" }), path.format({ dir: "d", base: "b.x", name: "ignored" }), path.toNamespacedPath("/a")]);
  out.win = c(() => [path.win32.join("C:\\\\a", "..\\\\b", "c"), path.win32.resolve("C:\\\\a", "D:b"), path.win32.normalize("C:/a//b\\\\..\\\\c"), path.win32.relative("C:\\\\a\\\\b", "C:\\\\a\\\\c"), path.win32.parse("C:\\\\p\\\\f.txt"), path.win32.isAbsolute("\\\\\\\\server\\\\share"), path.win32.toNamespacedPath("C:\\\\a"), path.win32.basename("C:\\\\a\\\\b.js", ".js"), path.win32.sep, path.win32.delimiter]);
  out.pathBad = c(() => path.join("a", 5));
  out.pathBad2 = c(() => path.basename("a", 5));
  out.pathBad3 = c(() => path.format("x"));
  out.fileUrl = c(() => [nurl.fileURLToPath("file:///a/b%20c"), nurl.pathToFileURL("/a/b c#?%").href, nurl.fileURLToPath(new URL("file:///x"))]);
  out.fileUrlBad = c(() => nurl.fileURLToPath("http://x/"));
  out.fileUrlBad2 = c(() => nurl.fileURLToPath("file://host/a"));
  out.fileUrlBad3 = c(() => nurl.fileURLToPath("file:///a%2Fb"));
  out.fileUrlBad4 = c(() => nurl.fileURLToPath(5));
  out.legacyParse = c(() => { const u = nurl.parse("http://user:pw@Host.COM:8080/p/a/t/h?query=string&a=1#hash", true); return [u.protocol, u.auth, u.host, u.hostname, u.port, u.pathname, u.search, u.query, u.hash, u.href, u.slashes]; });
  out.legacyParseRel = c(() => { const u = nurl.parse("/a/b?c=d"); return [u.protocol, u.host, u.pathname, u.query, u.path]; });
  out.legacyParseSlashes = c(() => { const u = nurl.parse("//host/p", false, true); return [u.host, u.pathname]; });
  out.legacyFormat = c(() => [nurl.format({ protocol: "https", hostname: "x.com", pathname: "/a b", query: { q: "1 2", r: ["a", "b"] } }), nurl.format(new URL("http://u:p@x.com/a?b#c"), { auth: false, search: false, fragment: false }), nurl.format("http://x.com/a"), nurl.format({ host: "h:1", protocol: "ftp:" })]);
  out.legacyResolve = c(() => [nurl.resolve("http://a/b/c/d;p?q", "../g"), nurl.resolve("/one/two", "three"), nurl.resolve("http://a/", "//b/c"), nurl.resolve("http://a/b", "?x")]);
  out.urlBad = c(() => nurl.parse(5));
  out.domain = c(() => [nurl.domainToASCII("español.com"), nurl.domainToASCII("xn--iñvalid.com"), nurl.domainToUnicode("xn--espaol-zwa.com"), nurl.domainToUnicode("xn--x")]);
  out.httpOpts = c(() => nurl.urlToHttpOptions(new URL("https://a:b@x.com:99/p?q#h")));
  out.qsParse = c(() => [qs.parse("a=1&a=2&b=%E2%82%AC&c&=d&e=f=g"), qs.parse("a:1;b:2", ";", ":"), qs.parse("a=1&b=2&c=3", null, null, { maxKeys: 2 }), qs.parse("a=%ZZ&b=+x"), qs.parse("a[]=1&a[]=2")]);
  out.qsStringify = c(() => [qs.stringify({ a: [1, 2], b: "€ x", c: null, d: undefined, e: true, f: { g: 1 }, h: NaN, i: 1n }), qs.stringify({ a: 1 }, ";", ":"), qs.escape("a b&é"), qs.unescape("%E2%82%AC+%zz"), qs.encode === qs.stringify, qs.decode === qs.parse]);
  out.warn = await a(() => new Promise((res) => { const l = []; const h = (w) => { l.push([w.name, w.message, w.code ?? null, w.detail ?? null]); if (l.length === 3) { process.off("warning", h); res(l); } }; process.on("warning", h); process.emitWarning("w1"); process.emitWarning("w2", "CustomWarning", "C1"); process.emitWarning("w3", { type: "T", code: "C2", detail: "dd" }); }));
  out.warnErr = await a(() => new Promise((res) => { const h = (w) => { process.off("warning", h); res([w.name, w.message, w instanceof Error]); }; process.on("warning", h); const e = new Error("as error"); e.name = "MyWarning"; process.emitWarning(e); }));
  out.warnBad = c(() => process.emitWarning(5));
  out.tickArgs = await a(() => new Promise((res) => process.nextTick((...x) => res(x), 1, "b")));
  out.tickBad = c(() => process.nextTick(5));
  out.hrtimeBad = c(() => process.hrtime(5));
  out.hrtimeBad2 = c(() => process.hrtime([1]));
  out.hrtimeShape = c(() => { const t = process.hrtime(); const d = process.hrtime(t); return [t.length, typeof t[0], d.length, typeof process.hrtime.bigint()]; });
`, { date: "2026-04-26" }),
];

export default [...round1, ...round2, ...round3, ...round4, ...round5, ...round6, ...round7];
