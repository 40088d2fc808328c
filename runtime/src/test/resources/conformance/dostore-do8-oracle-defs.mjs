// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-do8
import { CD, PRELUDE, get } from "./_h.mjs";

const mk = (name, description, script, steps, sql = false, extra = {}) => ({
  name: "dostore-" + name, area: "durable-objects", description,
  options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: sql ? { className: "Obj", useSQLite: true } : "Obj" }, script: PRELUDE + script, ...extra },
  steps,
});
const fwd = `
export default { async fetch(req, env) {
  const url = new URL(req.url); const name = url.pathname.split("/")[1];
  try { return await env.OBJ.getByName(name).fetch(req); }
  catch (e) { return Response.json({ outerError: { name: e?.name, message: e?.message, remote: e?.remote ?? null, retryable: e?.retryable ?? null, overloaded: e?.overloaded ?? null } }); }
} };`;

const alarmRetry = `
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async alarm(info) {
    const log = (await this.ctx.storage.get("log")) ?? [];
    log.push({ retryCount: info?.retryCount ?? null, isRetry: info?.isRetry ?? null, keys: info ? Object.keys(info).sort() : null, pending: await this.ctx.storage.getAlarm() });
    await this.ctx.storage.put("log", log);
    const mode = await this.ctx.storage.get("mode");
    if (mode === "throw" && log.length < 3) throw new Error("alarm boom " + log.length);
    if (mode === "reschedule" && log.length < 2) await this.ctx.storage.setAlarm(Date.now() + 20);
    if (mode === "setInPast" && log.length < 2) await this.ctx.storage.setAlarm(Date.now() - 100000);
  }
  async fetch(req) {
    const url = new URL(req.url); const op = url.pathname.split("/")[2];
    const s = this.ctx.storage; const out = {};
    if (op === "start") { await s.put("mode", url.searchParams.get("mode")); await s.setAlarm(Date.now() + 10); out.set = (await s.getAlarm()) !== null; }
    if (op === "wait") {
      const want = Number(url.searchParams.get("n"));
      for (let i = 0; i < 200; i++) { const l = (await s.get("log")) ?? []; if (l.length >= want && (await s.getAlarm()) === null) break; await scheduler.wait(50); }
      out.log = await s.get("log"); out.alarm = await s.getAlarm();
    }
    return Response.json(out);
  }
}` + fwd;

const lifecycle = `
import { DurableObject } from "cloudflare:workers";
let constructed = 0;
export class Obj extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    constructed++;
    this.n = 0;
    this.name = ctx.id.name ?? null;
    if (this.name === "ctorthrow") throw new TypeError("ctor failed");
  }
  async fetch(req) {
    const url = new URL(req.url); const op = url.pathname.split("/")[2];
    this.n++;
    const out = { op, n: this.n, name: this.name, ctxName: this.ctx.id.name ?? null };
    if (op === "throw") throw new RangeError("fetch failed");
    if (op === "throwStr") throw "plain string";
    if (op === "abort") { this.ctx.abort("bye"); out.after = "not reached"; }
    if (op === "abortNoArg") { this.ctx.abort(); }
    if (op === "abortShape") { out.type = typeof this.ctx.abort; out.len = this.ctx.abort.length; }
    if (op === "put") { await this.ctx.storage.put("p", this.n); }
    if (op === "get") { out.p = (await this.ctx.storage.get("p")) ?? null; }
    if (op === "unawaitedThenThrow") { this.ctx.storage.put("u", 1); throw new Error("after put"); }
    if (op === "getU") { out.u = (await this.ctx.storage.get("u")) ?? null; }
    if (op === "status") return new Response("body", { status: 418, statusText: "teapot", headers: { "x-h": "1" } });
    if (op === "noResponse") return "string";
    if (op === "undef") return undefined;
    return Response.json(out);
  }
  async rpcThrow() { throw new SyntaxError("rpc failed"); }
  async rpcAbort() { this.ctx.abort("rpc abort"); }
  async count() { this.n++; return this.n; }
}
export default { async fetch(req, env) {
  const url = new URL(req.url);
  if (url.pathname === "/rpc") {
    const out = {};
    const st = env.OBJ.getByName("r");
    out.c1 = await st.count();
    try { await st.rpcThrow(); } catch (e) { out.rpcThrow = { name: e.name, message: e.message, remote: e.remote ?? null }; }
    out.c2 = await st.count();
    const ct = env.OBJ.getByName("ctorthrow");
    try { await ct.count(); } catch (e) { out.ctorRpc = { name: e.name, message: e.message }; }
    try { await ct.fetch("http://x/"); } catch (e) { out.ctorFetch = { name: e.name, message: e.message }; }
    try { await st.nope(); } catch (e) { out.missing = { name: e.name, message: e.message }; }
    return Response.json(out);
  }
  const name = url.pathname.split("/")[1];
  try { const r = await env.OBJ.getByName(name).fetch(req); return new Response(await r.text(), { status: r.status, headers: { "x-st": r.statusText, "x-h": r.headers.get("x-h") ?? "" } }); }
  catch (e) { return Response.json({ outerError: { name: e?.name, message: e?.message, remote: e?.remote ?? null, retryable: e?.retryable ?? null } }); }
} };`;

const kvLimits = `
import { DurableObject } from "cloudflare:workers";
const E = (e) => ({ name: e?.name, message: e?.message });
export class Obj extends DurableObject {
  async fetch(req) {
    const s = this.ctx.storage; const out = {};
    out.val128k = await t(async () => { await s.put("v1", "x".repeat(128 * 1024 - 100)); return "ok"; });
    out.val128kOver = await t(async () => { await s.put("v2", "x".repeat(128 * 1024 + 10)); return "ok"; });
    out.valBuf = await t(async () => { await s.put("v3", new Uint8Array(131072)); return "ok"; });
    out.valBufSmaller = await t(async () => { await s.put("v4", new Uint8Array(131072 - 64)); return "ok"; });
    out.val2m = await t(async () => { await s.put("v5", "x".repeat(2 * 1024 * 1024 + 10)); return "ok"; });
    out.val1m = await t(async () => { await s.put("v6", "x".repeat(1024 * 1024)); return (await s.get("v6")).length; });
    out.key2048 = await t(async () => { await s.put("k".repeat(2048), 1); return await s.get("k".repeat(2048)); });
    out.key2049 = await t(async () => { await s.put("k".repeat(2049), 1); return "ok"; });
    out.keyUni = await t(async () => { await s.put("é".repeat(1025), 1); return "ok"; });
    out.getKey2049 = await t(async () => (await s.get("k".repeat(2049))) ?? null);
    out.delKey2049 = await t(async () => s.delete("k".repeat(2049)));
    out.multiBig = await t(async () => { await s.put({ m1: "a", m2: "x".repeat(128 * 1024 + 10) }); return "ok"; });
    out.multiBigAfter = (await s.get("m1")) ?? null;
    out.put128 = await t(async () => { const e = {}; for (let i = 0; i < 128; i++) e["q" + i] = i; await s.put(e); return (await s.list({ prefix: "q" })).size; });
    out.get128 = await t(async () => { const ks = []; for (let i = 0; i < 128; i++) ks.push("q" + i); return (await s.get(ks)).size; });
    out.del128 = await t(async () => { const ks = []; for (let i = 0; i < 128; i++) ks.push("q" + i); return await s.delete(ks); });
    out.getEmptyArr = await t(async () => Object.prototype.toString.call(await s.get([])) + (await s.get([])).size);
    out.delEmptyArr = await t(() => s.delete([]));
    out.getArrNonStr = await t(async () => [...(await s.get([1, null, true])).keys()]);
    out.delMixed = await t(async () => { await s.put({ d1: 1, d2: 2 }); return await s.delete(["d1", "d2", "d3"]); });
    out.delNoArg = await t(() => s.delete());
    out.putNoArg = await t(() => s.put());
    out.putOneArg = await t(() => s.put("x"));
    out.putUndefVal = await t(() => s.put("x", undefined));
    out.putArrayFirst = await t(() => s.put(["a"], 1));
    out.listEmpty = await t(async () => { await s.deleteAll(); return (await s.list()).size; });
    await s.put({ a: 1, b: 2, c: 3, d: 4, ab: 5, "": 6 });
    const L = async (o) => t(async () => [...(await s.list(o)).keys()]);
    out.lAll = await L();
    out.lStart = await L({ start: "b" });
    out.lStartAfter = await L({ startAfter: "b" });
    out.lEnd = await L({ end: "c" });
    out.lRev = await L({ reverse: true });
    out.lRevLimit = await L({ reverse: true, limit: 2 });
    out.lRevStartEnd = await L({ reverse: true, start: "ab", end: "d" });
    out.lPrefixStart = await L({ prefix: "a", start: "ab" });
    out.lPrefixEnd = await L({ prefix: "a", end: "ab" });
    out.lStartGtEnd = await L({ start: "d", end: "a" });
    out.lStartAfterEnd = await L({ startAfter: "c", end: "d" });
    out.lPrefixEmpty = await L({ prefix: "" });
    out.lStartEmpty = await L({ start: "" });
    out.lLimit1 = await L({ limit: 1 });
    out.lLimitBig = await L({ limit: 1e9 });
    out.lLimitNaN = await L({ limit: NaN });
    out.lLimitInf = await L({ limit: Infinity });
    out.lLimitNull = await L({ limit: null });
    out.lLimitUndef = await L({ limit: undefined });
    out.lRevStr = await L({ reverse: "yes" });
    out.lStartNull = await L({ start: null });
    out.lEndNum = await L({ end: 5 });
    out.lUnknownOpt = await L({ foo: 1 });
    out.lAllowConc = await L({ allowConcurrency: true, noCache: true, prefix: "a" });
    out.lArr = await L([]);
    out.getOptsArr = await t(async () => (await s.get("a", { allowConcurrency: "x", noCache: 1 })));
    out.delOptsBad = await t(() => s.delete("a", "x"));
    out.deleteAllOpts = await t(() => s.deleteAll({ allowUnconfirmed: true }));
    out.deleteAllBad = await t(() => s.deleteAll(5));
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.getByName("l").fetch(req); } };`;

const values = `
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const s = this.ctx.storage; const out = {};
    const rt = async (k, v) => t(async () => { await s.put(k, v); return await s.get(k); });
    const tag = (v) => Object.prototype.toString.call(v);
    out.dateT = await t(async () => { const v = (await rt("d", new Date(86400000))).ok; return [tag(v), v.getTime()]; });
    out.regex = await t(async () => { await s.put("r", /ab+c/gimsuy); const v = await s.get("r"); return [tag(v), v.source, v.flags, v.lastIndex]; });
    out.map = await t(async () => { await s.put("m", new Map([["a", { x: 1 }], [2, [3]]])); const v = await s.get("m"); return [tag(v), [...v.entries()]]; });
    out.set = await t(async () => { await s.put("s", new Set([1, "a", null])); const v = await s.get("s"); return [tag(v), [...v]]; });
    out.typed = await t(async () => { const r = {}; for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) { const a = C.name.startsWith("Big") ? new C([1n, 2n]) : new C([1, 2]); await s.put("ta", a); const v = await s.get("ta"); r[C.name] = [tag(v), v.length, String(v[1])]; } return r; });
    out.ab = await t(async () => { await s.put("ab", new Uint8Array([1, 2, 3]).buffer); const v = await s.get("ab"); return [tag(v), v.byteLength]; });
    out.dv = await t(async () => { await s.put("dv", new DataView(new ArrayBuffer(4), 1, 2)); const v = await s.get("dv"); return [tag(v), v.byteLength, v.byteOffset]; });
    out.subarray = await t(async () => { await s.put("sa", new Uint8Array([1, 2, 3, 4]).subarray(1, 3)); const v = await s.get("sa"); return [tag(v), [...v], v.byteOffset, v.buffer.byteLength]; });
    out.errors = await t(async () => { const r = {}; for (const C of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) { await s.put("e", new C("m")); const v = await s.get("e"); r[C.name] = [tag(v), v.name, v.message, v instanceof C, typeof v.stack]; } return r; });
    out.errCause = await t(async () => { await s.put("ec", new Error("outer", { cause: new Error("inner") })); const v = await s.get("ec"); return [v.message, v.cause?.message ?? null]; });
    out.aggErr = await t(async () => { await s.put("ae", new AggregateError([new Error("a")], "agg")); const v = await s.get("ae"); return [tag(v), v.name, v.message, v.errors?.length ?? null]; });
    out.domEx = await t(async () => { await s.put("de", new DOMException("dm", "AbortError")); const v = await s.get("de"); return [tag(v), v.name, v.message]; });
    out.customErrName = await t(async () => { const e = new Error("c"); e.name = "MyError"; await s.put("cn", e); const v = await s.get("cn"); return [v.name, v.message]; });
    out.boxed = await t(async () => { await s.put("bx", [new Number(1), new String("s"), new Boolean(false), Object(5n)]); const v = await s.get("bx"); return v.map((x) => [tag(x), String(x)]); });
    out.sparse = await t(async () => { const a = [1, , 3]; a.extra = "p"; await s.put("sp", a); const v = await s.get("sp"); return [v.length, 1 in v, v.extra ?? null]; });
    out.negZero = await t(async () => { await s.put("nz", -0); return Object.is(await s.get("nz"), -0); });
    out.specials = await t(async () => { await s.put("sn", [NaN, Infinity, -Infinity, null]); const v = await s.get("sn"); return v.map(String); });
    out.bigint = await t(async () => { await s.put("bi", 2n ** 70n); const v = await s.get("bi"); return [typeof v, String(v)]; });
    out.nullProto = await t(async () => { const o = Object.create(null); o.a = 1; await s.put("np", o); const v = await s.get("np"); return [Object.getPrototypeOf(v) === Object.prototype, v.a]; });
    out.getter = await t(async () => { await s.put("gt", { get g() { return 5; } }); return await s.get("gt"); });
    out.symKey = await t(async () => { await s.put("sk", { [Symbol("s")]: 1, a: 2 }); return await s.get("sk"); });
    out.nonEnum = await t(async () => { const o = {}; Object.defineProperty(o, "h", { value: 1, enumerable: false }); o.v = 2; await s.put("ne", o); return await s.get("ne"); });
    out.shared = await t(async () => { const inner = { x: 1 }; await s.put("sh", { a: inner, b: inner }); const v = await s.get("sh"); return v.a === v.b; });
    out.fnProp = await t(() => s.put("fp", { f() {} }));
    out.promise = await t(() => s.put("pr", Promise.resolve(1)));
    out.request = await t(() => s.put("rq", new Request("http://x/")));
    out.headers = await t(() => s.put("hd", new Headers()));
    out.url = await t(() => s.put("ur", new URL("http://x/")));
    out.readable = await t(() => s.put("rs", new ReadableStream()));
    out.file = await t(() => s.put("fl", new File(["x"], "f.txt")));
    out.emptyStr = await t(async () => { await s.put("es", ""); return [await s.get("es"), [...(await s.list({ prefix: "es" })).values()]]; });
    out.listValues = await t(async () => { await s.put({ lv1: new Map([[1, 1]]), lv2: new Date(5) }); const m = await s.list({ prefix: "lv" }); return [...m.values()].map(tag); });
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.getByName("v").fetch(req); } };`;

const ls = (n, q = "") => get(`/${n}/${q}`);
export default [
  mk("alarm-throw-retries", "an alarm that throws is retried with retryCount/isRetry; getAlarm inside the handler", alarmRetry, [get("/a/start?mode=throw"), get("/a/wait?n=3")]),
  mk("alarm-reschedule-inside", "an alarm handler that sets a new alarm runs again; an alarm set in the past inside the handler", alarmRetry, [get("/a/start?mode=reschedule"), get("/a/wait?n=2"), get("/b/start?mode=setInPast"), get("/b/wait?n=2")]),
  mk("alarm-throw-retries-sql", "an alarm that throws is retried, SQLite-backed", alarmRetry, [get("/a/start?mode=throw"), get("/a/wait?n=3")], true),
  mk("lifecycle-throw-abort-ctor", "fetch throwing resets in-memory state; ctx.abort; constructor throwing; non-Response return; status passes through", lifecycle, [
    ls("o", "put"), ls("o", "x"), ls("o", "throw"), ls("o", "x"), ls("o", "get"), ls("o", "throwStr"), ls("o", "x"), ls("o", "abortShape"), ls("o", "abort"), ls("o", "x"), ls("o", "abortNoArg"), ls("o", "x"),
    ls("o", "unawaitedThenThrow"), ls("o", "getU"), ls("o", "status"), ls("o", "noResponse"), ls("o", "x"), ls("o", "undef"), ls("ctorthrow", "x"), ls("ctorthrow", "x"), get("/rpc")]),
  mk("kv-limits-list-matrix", "KV-backed storage: value and key size limits, 128-key batches, odd arguments, list option matrix", kvLimits, [get("/")]),
  mk("kv-limits-list-matrix-sql", "SQLite-backed storage: value and key size limits, 128-key batches, odd arguments, list option matrix", kvLimits, [get("/")], true),
  mk("structured-clone-values", "storage values through structured clone: dates, regexps, maps, sets, typed arrays, errors, boxed, sparse, uncloneable", values, [get("/")]),
  mk("structured-clone-values-sql", "storage values through structured clone on a SQLite-backed object", values, [get("/")], true),
];
