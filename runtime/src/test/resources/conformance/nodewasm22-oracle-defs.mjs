// nodewasm22: node/wasm/html-rewriter/formats probes (session 22). Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs nodewasm22
import { CD, PRELUDE, get, req, modWorker } from "./_h.mjs";
const HELPERS = `
const js = (v, d = 0) => {
  if (v === undefined) return "undefined";
  if (typeof v === "bigint") return "big:" + v;
  if (typeof v === "number" && !Number.isFinite(v)) return "num:" + v;
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
const a = async (f) => { try { return { ok: js(await Promise.race([f(), new Promise((_, rej) => setTimeout(() => rej(new Error("TIMEOUT")), 5000))])) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };
`;
const SERVER = `export default { async fetch(req) {
  const u = new URL(req.url);
  const hs = [...req.headers].filter(([k]) => !k.startsWith("cf-") && k !== "accept-encoding" && k !== "host");
  const body = req.body ? await req.text() : null;
  if (u.pathname === "/throw") throw new Error("server boom");
  if (u.pathname === "/redirect") return new Response(null, { status: 302, headers: { location: "/echo?from=redirect" } });
  if (u.pathname === "/multi") { const h = new Headers(); h.append("set-cookie", "a=1"); h.append("set-cookie", "b=2"); h.append("x-dup", "1"); h.append("x-dup", "2"); return new Response("m", { status: 201, statusText: "Made", headers: h }); }
  if (u.pathname === "/big") return new Response("x".repeat(70000));
  if (u.pathname === "/json") return Response.json({ hello: "world" });
  if (u.pathname === "/status") return new Response("s", { status: Number(u.searchParams.get("s")) });
  return Response.json({ method: req.method, url: req.url, headers: hs, body });
} };`;
const clientCase = (name, description, imports, body, { date = CD, flags = ["nodejs_compat"] } = {}) => ({
  name, area: "node", description,
  options: { workers: [
    { name: "main", modules: true, compatibilityDate: date, compatibilityFlags: flags, outboundService: "server", script: `${imports}
${PRELUDE}
${HELPERS}
const call = (mod, ...args) => new Promise((res, rej) => {
  const log = [];
  const r = mod.request(...args, (resp) => {
    log.push(["response", resp.statusCode, resp.statusMessage, resp.httpVersion, resp.headers["content-type"] ?? null]);
    const parts = []; resp.setEncoding("utf8");
    resp.on("data", (d) => parts.push(d));
    resp.on("end", () => { log.push(["end", parts.join("").slice(0, 400), resp.complete]); res({ log, rawHeaders: resp.rawHeaders.filter((h, i) => !String(resp.rawHeaders[i - (i % 2)]).startsWith("cf-")), headers: resp.headers }); });
    resp.on("error", (e) => { log.push(["resp-error", e.code ?? null, e.message]); res({ log }); });
  });
  r.on("error", (e) => { log.push(["error", e.name, e.code ?? null, e.message]); res({ log }); });
  r.on("close", () => log.push(["close"]));
  return r;
});
export default { async fetch(req, env, ctx) { const out = {};
${body}
  return Response.json(out); } };` },
    { name: "server", modules: true, compatibilityDate: CD, script: SERVER },
  ] },
  steps: [get("/")],
});
const reqCall = `
const run = (mod, opts, write) => new Promise((res) => {
  const log = [];
  const r = mod.request(opts, (resp) => {
    log.push(["response", resp.statusCode, resp.statusMessage]);
    const parts = []; resp.on("data", (d) => parts.push(Buffer.from(d).toString()));
    resp.on("end", () => { log.push(["end", parts.join("").slice(0, 600)]); res(log); });
  });
  r.on("error", (e) => { log.push(["error", e.name, e.code ?? null, e.message]); res(log); });
  r.on("finish", () => log.push(["finish"]));
  write(r, log);
});
`;
const first = [
  clientCase("nodewasm22-http-client-outbound-a", "node:http/https clients reaching another worker through outboundService: get/request forms, bodies, headers, status, redirects not followed, errors, big bodies", `import http from "node:http"; import https from "node:https"; import { Buffer } from "node:buffer";`, `
${reqCall}
  out.get = await a(async () => new Promise((res) => { const log = []; http.get("http://remote.test/echo?q=1", (resp) => { let s = ""; resp.on("data", (d) => s += d); resp.on("end", () => res([resp.statusCode, resp.headers["content-type"], JSON.parse(s)])); }).on("error", (e) => res(["error", e.message])); }));
  out.getHttps = await a(async () => new Promise((res) => { https.get("https://remote.test/json", (resp) => { let s = ""; resp.on("data", (d) => s += d); resp.on("end", () => res([resp.statusCode, s])); }).on("error", (e) => res(["error", e.message])); }));
  out.getUrlObj = await a(async () => new Promise((res) => { http.get(new URL("http://remote.test/echo?u=1"), { headers: { "x-extra": "e" } }, (resp) => { let s = ""; resp.on("data", (d) => s += d); resp.on("end", () => res(JSON.parse(s))); }).on("error", (e) => res(["error", e.message])); }));
  out.post = await a(async () => run(http, { host: "remote.test", path: "/echo", method: "POST", headers: { "Content-Type": "text/plain", "X-Custom": ["a", "b"] } }, (r) => { r.write("hello "); r.write(Buffer.from("world")); r.end("!"); }));
  out.putOpts = await a(async () => run(http, { hostname: "remote.test", port: 8080, path: "/echo?x=y", method: "PUT" }, (r) => { r.setHeader("x-set", "1"); r.end(JSON.stringify({ a: 1 })); }));
  out.multi = await a(async () => new Promise((res) => { http.get("http://remote.test/multi", (resp) => { resp.resume(); resp.on("end", () => res([resp.statusCode, resp.statusMessage, resp.headers["set-cookie"], resp.headers["x-dup"], resp.headers["content-length"] ?? null])); }); }));
  out.redirect = await a(async () => new Promise((res) => { http.get("http://remote.test/redirect", (resp) => { resp.resume(); resp.on("end", () => res([resp.statusCode, resp.headers.location])); }); }));
  out.status = await a(async () => new Promise((res) => { http.get("http://remote.test/status?s=404", (resp) => { let s = ""; resp.on("data", (d) => s += d); resp.on("end", () => res([resp.statusCode, resp.statusMessage, s])); }); }));
  out.big = await a(async () => new Promise((res) => { http.get("http://remote.test/big", (resp) => { let n = 0, chunks = 0; resp.on("data", (d) => { n += d.length; chunks++; }); resp.on("end", () => res([n, chunks > 0, typeof resp.read])); }); }));
  out.events = await a(async () => new Promise((res) => { const log = []; const r = http.request("http://remote.test/json", (resp) => { log.push("response"); resp.on("data", () => log.push("data")); resp.on("end", () => { log.push("end"); setTimeout(() => res(log), 20); }); resp.on("close", () => log.push("resp-close")); }); r.on("finish", () => log.push("finish")); r.on("close", () => log.push("close")); r.on("socket", () => log.push("socket")); r.end(); log.push("ended"); }));
  out.getCallbackShape = await a(async () => new Promise((res) => { http.get("http://remote.test/json", (resp) => { res([resp.constructor.name, typeof resp.socket, resp.aborted, resp.url, resp.method ?? null, resp.readableEncoding ?? null, Object.keys(resp.headers).sort()]); resp.resume(); }); }));
  out.endThenHeader = await a(async () => { const r = http.request({ host: "remote.test", path: "/echo", method: "POST" }); const log = [r.headersSent]; r.end("body"); log.push(r.headersSent); try { r.setHeader("x-late", "1"); log.push("set ok"); } catch (e) { log.push([e.code, e.message]); } const body = await new Promise((res) => r.on("response", (resp) => { let s = ""; resp.on("data", (d) => s += d); resp.on("end", () => res(JSON.parse(s))); })); log.push(r.headersSent, body.body, body.headers.map(([k]) => k)); return log; });
  out.writeThenHeader = await a(async () => { const r = http.request({ host: "remote.test", path: "/echo", method: "POST" }); r.write("w1"); const log = [r.headersSent]; try { r.setHeader("x-late", "1"); log.push("set ok"); } catch (e) { log.push([e.code, e.message]); } r.end(); const body = await new Promise((res) => r.on("response", (resp) => { let s = ""; resp.on("data", (d) => s += d); resp.on("end", () => res(JSON.parse(s))); })); log.push(body.body); return log; });
  out.arrayHeaderNoBody = await a(async () => { const r = http.request({ host: "remote.test", path: "/echo", method: "POST", headers: { "x-arr": ["1", "2"], cookie: ["a=1", "b=2"] } }); r.end(); const body = await new Promise((res) => r.on("response", (resp) => { let s = ""; resp.on("data", (d) => s += d); resp.on("end", () => res(JSON.parse(s))); })); return body.headers; });
  out.arrayHeaderUnique = await a(async () => { const r = http.request({ host: "remote.test", path: "/echo", method: "POST", uniqueHeaders: ["x-arr"], headers: { "x-arr": ["1", "2"] } }); r.write("q"); r.end(); const body = await new Promise((res) => r.on("response", (resp) => { let s = ""; resp.on("data", (d) => s += d); resp.on("end", () => res(JSON.parse(s))); })); return body.headers; });
  out.arrayHeaderCookie = await a(async () => { const r = http.request({ host: "remote.test", path: "/echo", method: "POST", headers: { cookie: ["a=1", "b=2"] } }); r.write("q"); r.end(); const body = await new Promise((res) => r.on("response", (resp) => { let s = ""; resp.on("data", (d) => s += d); resp.on("end", () => res(JSON.parse(s))); })); return body.headers; });
  out.respFields = await a(async () => { const resp = await new Promise((res) => http.get("http://remote.test/multi", res)); resp.resume(); await new Promise((r) => resp.on("end", r)); return [resp.rawHeaders, resp.headersDistinct ?? null, resp.trailers ?? null, resp.statusMessage, resp.complete, typeof resp.connection]; });
  out.reqAfterEnd2 = await a(async () => { const r = http.request({ host: "remote.test", path: "/echo", method: "POST" }); const log = []; r.on("error", (e) => log.push(["error", e.code ?? null, e.message])); r.end("a"); r.write("b", (err) => log.push(["cb", err ?? null])); const body = await new Promise((res) => r.on("response", (resp) => { let s = ""; resp.on("data", (d) => s += d); resp.on("end", () => res(JSON.parse(s))); })); log.push(body.body); return log; });
  out.reqAfterEnd = await a(async () => new Promise((res) => { const r = http.request({ host: "remote.test", path: "/echo", method: "POST" }, (resp) => { resp.resume(); resp.on("end", () => res(log)); }); const log = []; r.on("error", (e) => log.push(["error", e.code ?? null, e.message])); r.end("a"); try { r.write("b", (err) => log.push(["cb", err?.code ?? null])); } catch (e) { log.push(["throw", e.code ?? null, e.message]); } try { r.setHeader("x", "1"); } catch (e) { log.push(["setHeader", e.code ?? null, e.message]); } }));
`, { date: "2026-04-26" }),
];
const nodeCase = (name, description, imports, body, { date = CD, flags = ["nodejs_compat"], steps = [get("/")] } = {}) => ({
  name, area: "node", description,
  options: {
    modules: true, compatibilityDate: date, compatibilityFlags: flags,
    script: `${imports}
${PRELUDE}
${HELPERS}
const m = (f) => { try { f(); return "passed"; } catch (e) { return [e?.name, e?.code ?? null, e?.message, e?.operator ?? null, e?.generatedMessage ?? null]; } };
const am = async (f) => { try { await f(); return "passed"; } catch (e) { return [e?.name, e?.code ?? null, e?.message, e?.operator ?? null]; } };
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };`,
  },
  steps,
});
const extra = [
  nodeCase("nodewasm22-assert-diffs-b", "node:assert failure messages: deep diffs of objects, arrays, maps, sets, nested values, long strings, multiline strings, notDeep*, loose equal, match, ifError, fail, custom Error messages", `import assert from "node:assert"; import strict from "node:assert/strict";`, `
  out.objDiff = m(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3], c: "x" }, { a: 1, b: [1, 2, 4], c: "x" }));
  out.arrDiff = m(() => assert.deepStrictEqual([1, 2, 3, 4, 5], [1, 2, 3, 5, 4]));
  out.nested = m(() => assert.deepStrictEqual({ user: { name: "a", roles: ["x"] } }, { user: { name: "a", roles: ["y"] } }));
  out.mapDiff = m(() => assert.deepStrictEqual(new Map([["a", 1]]), new Map([["a", 2]])));
  out.setDiff = m(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
  out.typeDiff = m(() => assert.deepStrictEqual({ a: 1 }, { a: "1" }));
  out.protoDiff = m(() => assert.deepStrictEqual(Object.create(null), {}));
  out.dateDiff = m(() => assert.deepStrictEqual(new Date(0), new Date(1)));
  out.longStr = m(() => assert.strictEqual("a".repeat(100), "a".repeat(99) + "b"));
  out.multiline = m(() => assert.strictEqual("line1\\nline2\\nline3", "line1\\nlineX\\nline3"));
  out.numStr = m(() => assert.strictEqual(1, "1"));
  out.sameInspect = m(() => assert.strictEqual({ a: 1 }, { a: 1 }));
  out.nan = m(() => assert.strictEqual(NaN, 0));
  out.notDeep = m(() => assert.notDeepStrictEqual({ a: [1] }, { a: [1] }));
  out.notStrict = m(() => assert.notStrictEqual(5, 5));
  out.looseDeep = m(() => assert.deepEqual({ a: 1, b: 2 }, { a: "1", b: 3 }));
  out.looseEq = m(() => assert.equal(1, 2));
  out.notEqual = m(() => assert.notEqual(1, "1"));
  out.match = m(() => assert.match("abc", /x/));
  out.matchType = m(() => assert.match(123, /x/));
  out.doesNotMatch = m(() => assert.doesNotMatch("abc", /b/));
  out.ifError = m(() => assert.ifError(new TypeError("inner")));
  out.ifErrorStr = m(() => assert.ifError("str"));
  out.ifErrorNull = m(() => assert.ifError(null));
  out.fail = m(() => assert.fail());
  out.failMsg = m(() => assert.fail("boom"));
  out.failErr = m(() => assert.fail(new RangeError("own")));
  out.customErr = m(() => assert.strictEqual(1, 2, new TypeError("mine")));
  out.okUndefined = m(() => assert.ok());
  out.okExpr = m(() => assert(null, undefined));
  out.strictEq = m(() => strict.equal(1, "1"));
  out.strictDeep = m(() => strict.deepEqual([1], ["1"]));
  out.throwsObj = m(() => assert.throws(() => { throw new Error("abc"); }, { message: "abd" }));
  out.throwsRe = m(() => assert.throws(() => { throw new Error("abc"); }, /xyz/));
  out.throwsFn = m(() => assert.throws(() => { throw new Error("abc"); }, (e) => false));
  out.throwsClass = m(() => assert.throws(() => { throw new Error("abc"); }, TypeError));
  out.throwsNonFn = m(() => assert.throws("nope"));
  out.throwsMsgStr = m(() => assert.throws(() => {}, "expected a throw"));
  out.doesNotThrow = m(() => assert.doesNotThrow(() => { throw new Error("inner oops"); }));
  out.doesNotThrowMsg = m(() => assert.doesNotThrow(() => { throw new Error("inner oops"); }, "wrapper says"));
  out.rejectsObj = await am(() => assert.rejects(Promise.reject(new Error("r1")), { message: "r2" }));
  out.rejectsNone = await am(() => assert.rejects(async () => 1));
  out.rejectsNotPromise = await am(() => assert.rejects(() => 1));
  out.doesNotReject = await am(() => assert.doesNotReject(Promise.reject(new Error("rj"))));
  out.errFields = (() => { try { assert.deepStrictEqual([1], [2]); } catch (e) { return [Object.keys(e), e.actual, e.expected, e.operator, e.generatedMessage, e.code, e.name, String(e).split("\\n")[0]]; } })();
  out.AE = (() => { const e = new assert.AssertionError({ actual: 1, expected: 2, operator: "strictEqual" }); return [e.message, e.name, e.code, Object.keys(e)]; })();
  out.AEmsg = (() => { const e = new assert.AssertionError({ message: "hand made", actual: 1 }); return [e.message, e.generatedMessage, e.operator ?? null]; })();
  out.partial = m(() => assert.partialDeepStrictEqual ? assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 }) : "none");
`),
];
export { extra };
extra.push(
  nodeCase("nodewasm22-stream-events-c", "node:stream event orders and return values: backpressure and drain, cork/writev, read(n) and readable events, setEncoding with split characters, destroy orders, pipe/unpipe, finished, Transform flush, objectMode hwm", `import { Readable, Writable, Transform, PassThrough, Duplex, finished, pipeline } from "node:stream"; import { setTimeout as sleep } from "node:timers/promises";`, `
  { const log = []; const w = new Writable({ highWaterMark: 4, write(ch, enc, cb) { log.push(["write", String(ch), enc]); setTimeout(cb, 1); } });
    log.push(["r1", w.write("ab")]); log.push(["r2", w.write("cd")]); log.push(["r3", w.write("e")]); log.push(["len", w.writableLength, w.writableNeedDrain]);
    await new Promise((r) => w.once("drain", () => { log.push("drain"); r(); })); w.end("z"); await new Promise((r) => w.on("finish", r)); log.push(["fin", w.writableFinished, w.writableEnded]); out.backpressure = log; }
  { const log = []; const w = new Writable({ writev(chunks, cb) { log.push(["writev", chunks.map((c) => String(c.chunk))]); cb(); }, write(c, e, cb) { log.push(["write", String(c)]); cb(); } });
    w.cork(); w.write("a"); w.write("b"); log.push(["corked", w.writableCorked]); process.nextTick(() => w.uncork()); await sleep(5); w.write("c"); w.end(); await new Promise((r) => w.on("finish", r)); out.cork = log; }
  { const r = new Readable({ read() {} }); r.push("hello"); r.push("world"); r.push(null); const log = [];
    r.on("readable", () => { let c; while ((c = r.read(3)) !== null) log.push(String(c)); log.push("|"); }); await new Promise((res) => r.on("end", res)); out.readN = log; }
  { const r = new Readable({ read() {} }); r.setEncoding("utf8"); const e = Buffer.from("é€😀"); for (const b of e) r.push(Buffer.from([b])); r.push(null); const parts = []; for await (const p of r) parts.push(p); out.encSplit = parts; }
  { const log = []; const r = new Readable({ read() {} }); r.on("error", (e) => log.push(["error", e.message])); r.on("close", () => log.push("close")); r.on("end", () => log.push("end")); r.destroy(new Error("d1")); log.push(["sync", r.destroyed, r.readableAborted, r.errored?.message]); await sleep(5); out.destroyOrder = log; }
  { const log = []; const w = new Writable({ write(c, e, cb) { cb(new Error("wfail")); } }); w.on("error", (e) => log.push(["error", e.message])); w.on("close", () => log.push("close")); w.on("finish", () => log.push("finish")); log.push(["ret", w.write("x", (err) => log.push(["cb", err?.message]))]); await sleep(5); log.push([w.destroyed, w.writable, w.errored?.message]); out.writeError = log; }
  { const log = []; const src = new PassThrough(); const dst = new PassThrough(); dst.on("data", (d) => log.push(String(d))); dst.on("end", () => log.push("dst-end")); src.pipe(dst, { end: false }); src.write("1"); src.end("2"); await sleep(5); log.push(["dstWritable", dst.writable, dst.writableEnded]); dst.end("3"); await sleep(5); out.pipeNoEnd = log; }
  { const log = []; const src = new PassThrough(); const dst = new PassThrough(); dst.on("unpipe", () => log.push("unpipe")); dst.on("pipe", () => log.push("pipe")); src.pipe(dst); src.unpipe(dst); log.push(["flowing", src.readableFlowing, src.listenerCount("data")]); out.unpipe = log; }
  { const log = []; const t = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); }, flush(cb) { this.push("!"); log.push("flush"); cb(); } }); t.on("data", (d) => log.push(String(d))); t.on("end", () => log.push("end")); t.on("finish", () => log.push("finish")); t.write("a"); t.end("b"); await new Promise((r) => t.on("close", r)); log.push("close"); out.flush = log; }
  { const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} }); out.objHwm = [r.push(1), r.push(2), r.push(3), r.readableLength, r.readableHighWaterMark, r.readableObjectMode]; }
  { const r = Readable.from(["a", "b"]); const e = await new Promise((res) => { finished(r, (err) => res(err ? err.message : "ok")); r.resume(); }); const r2 = new Readable({ read() {} }); const e2 = new Promise((res) => finished(r2, (err) => res(err ? [err.code ?? null, err.message] : "ok"))); r2.destroy(); out.finished = [e, await e2]; }
  { const log = []; for await (const c of Readable.from([1, 2, 3])) { log.push(c); if (c === 2) break; } out.breakIter = log; }
  { const r = Readable.from([1, 2, 3]); const it = r[Symbol.asyncIterator](); await it.next(); await it.return(); out.iterReturn = [r.destroyed, r.readableEnded]; }
  { const d = new Duplex({ read() { this.push("r"); this.push(null); }, write(c, e, cb) { cb(); }, allowHalfOpen: false }); const log = []; d.on("end", () => log.push("end")); d.on("finish", () => log.push("finish")); d.on("close", () => log.push("close")); d.resume(); await sleep(10); log.push([d.writable, d.writableEnded]); out.halfOpen = log; }
  { const log = []; const p = new PassThrough(); p.on("data", (d) => log.push(["data", String(d)])); p.pause(); p.write("x"); await sleep(2); log.push(["paused", p.isPaused(), p.readableLength]); p.resume(); await sleep(2); out.pause = log; }
  { out.pipelineErr = await new Promise((res) => pipeline(new Readable({ read() { this.destroy(new Error("src bad")); } }), new PassThrough(), (err) => res(err ? [err.message] : "none"))); }
  { const r = new Readable({ read() {} }); r.push("x"); out.afterEof = [c(() => { r.push(null); r.push("y"); return "no throw"; })]; const er = await new Promise((res) => { r.on("error", (e) => res([e.code, e.message])); r.resume(); setTimeout(() => res("none"), 10); }); out.afterEof.push(er); }
  { const w = new Writable({ write(c, e, cb) { cb(); } }); w.end(); const er = await new Promise((res) => { w.on("error", (e) => res(["event", e.code, e.message])); w.write("late", (err) => res(["cb", err?.code, err?.message])); }); out.writeAfterEnd = er; }
`),
);
extra.push(
  nodeCase("nodewasm22-misc-modules-d", "perf_hooks, timers objects, process helpers, util odds (getSystemErrorName, stripVTControlCharacters, toUSVString, debuglog, inspect colors), string_decoder of base64/hex/latin1/utf16le with end()", `import perf, { performance, PerformanceObserver, monitorEventLoopDelay, createHistogram } from "node:perf_hooks"; import timers from "node:timers"; import util from "node:util"; import { StringDecoder } from "node:string_decoder"; import process from "node:process";`, `
  out.perf = [typeof performance.now(), typeof performance.timeOrigin, typeof performance.mark, c(() => performance.mark("m1")?.constructor?.name ?? null), c(() => performance.measure("ms", "m1")?.constructor?.name ?? null), c(() => performance.getEntriesByName("m1").length), c(() => typeof performance.timerify), c(() => typeof PerformanceObserver), c(() => typeof monitorEventLoopDelay), c(() => typeof createHistogram), c(() => Object.keys(perf).sort()), c(() => typeof performance.eventLoopUtilization), c(() => performance.toJSON ? Object.keys(performance.toJSON()).sort() : null)];
  out.perfErr = [c(() => monitorEventLoopDelay()), c(() => createHistogram()), c(() => new PerformanceObserver(() => {}))];
  { const t = setTimeout(() => {}, 1000); out.timeout = [typeof t, t?.constructor?.name ?? null, typeof t.ref, typeof t.unref, t.hasRef(), t.unref() === t, t.hasRef(), typeof t[Symbol.toPrimitive], typeof +t, typeof t.refresh, t.refresh() === t]; clearTimeout(+t); }
  { const i = setInterval(() => {}, 1000); out.interval = [i?.constructor?.name ?? null, typeof i.close, c(() => i.close() === i)]; }
  { const im = setImmediate(() => {}); out.immediate = [im?.constructor?.name ?? null, typeof im.hasRef, c(() => im.hasRef()), typeof im.ref]; clearImmediate(im); }
  out.timersMod = [c(() => Object.keys(timers).sort()), timers.setTimeout === globalThis.setTimeout, c(() => typeof timers.active), c(() => typeof timers.enroll)];
  { const ord = []; setTimeout(() => ord.push("t0"), 0); setImmediate(() => ord.push("imm")); process.nextTick(() => ord.push("tick")); queueMicrotask(() => ord.push("micro")); Promise.resolve().then(() => ord.push("promise")); await new Promise((r) => setTimeout(r, 20)); out.order = ord; }
  { const got = []; const iv = setInterval(() => { got.push(got.length); if (got.length === 3) clearInterval(iv); }, 1); await new Promise((r) => setTimeout(r, 40)); out.intervalRuns = got; }
  out.timerArgs = [c(() => setTimeout("code")), c(() => setTimeout(null)), await new Promise((r) => setTimeout((a, b) => r([a, b]), 1, "x", "y")), c(() => typeof setTimeout(() => {}, -5)), c(() => typeof setTimeout(() => {}, 2 ** 40))];
  out.proc = [process.exitCode ?? null, c(() => process.cwd()), c(() => { process.chdir("/tmp"); return process.cwd(); }), c(() => process.umask()), typeof process.hrtime.bigint(), process.hrtime().length, c(() => Object.keys(process.memoryUsage()).sort()), c(() => process.uptime() >= 0), c(() => process.emitWarning("careful", "MyWarning", "W01")), c(() => process.title), c(() => process.argv), c(() => process.execArgv), c(() => process.pid), c(() => typeof process.getuid), c(() => process.arch), c(() => process.release?.name), c(() => process.features ? Object.keys(process.features).sort() : null), c(() => process.config ? Object.keys(process.config) : null), c(() => process.exit), c(() => typeof process.abort), c(() => process.allowedNodeEnvironmentFlags?.size ?? null)];
  { const w = []; const h = (x) => w.push([x.name, x.message, x.code ?? null]); process.on("warning", h); process.emitWarning("w1"); process.emitWarning(new Error("w2")); process.emitWarning("w3", { type: "CustomT", code: "C1", detail: "dd" }); await new Promise((r) => setTimeout(r, 5)); process.off("warning", h); out.warnings = w; }
  out.utilOdds = [c(() => util.getSystemErrorName(-2)), c(() => util.getSystemErrorName(2)), c(() => util.getSystemErrorName(-99999)), c(() => util.getSystemErrorMap ? util.getSystemErrorMap().size > 0 : null), c(() => util.stripVTControlCharacters("\\u001b[31mred\\u001b[39m")), c(() => util.toUSVString("a\\ud800b")), c(() => typeof util.debuglog("x")), c(() => util.debuglog("x").enabled), c(() => typeof util.debug), c(() => util.inspect("s", { colors: true })), c(() => util.inspect(5, { colors: true })), c(() => util.inspect([null, undefined, true], { colors: true })), c(() => util.format("%c", "color: red")), c(() => util.inspect(new Error("e1"), { compact: true }).split("\\n")[0]), c(() => util.types.isNativeError(new TypeError())), c(() => util.isArray([])), c(() => typeof util.log), c(() => typeof util.isBoolean), c(() => typeof util._extend), c(() => util.getCallSite ? "has" : "none"), c(() => typeof util.getCallSites), c(() => typeof util.transferableAbortSignal), c(() => typeof util.parseEnv), c(() => util.parseEnv ? util.parseEnv("A=1\\nB=\\"two\\"\\n#c\\nC") : null)];
  { const d = new StringDecoder("base64"); out.b64 = [d.write(Buffer.from([1])), d.write(Buffer.from([2, 3, 4])), d.end(), d.end(Buffer.from([5, 6]))]; }
  { const d = new StringDecoder("hex"); out.hexd = [d.write(Buffer.from([255, 1])), d.end()]; }
  { const d = new StringDecoder("latin1"); out.latin = [d.write(Buffer.from([0xe9, 0x41])), d.end()]; }
  { const d = new StringDecoder("utf16le"); out.u16 = [d.write(Buffer.from([0x61])), d.write(Buffer.from([0x00, 0x62])), d.end(), d.lastNeed, d.lastTotal, d.encoding]; }
  { const d = new StringDecoder("utf8"); out.u8end = [d.write(Buffer.from([0xe2, 0x82])), d.end(), d.write(Buffer.from("ok")), d.end(Buffer.from([0xf0, 0x9f]))]; }
  out.decErr = [c(() => new StringDecoder("nope")), c(() => new StringDecoder("UCS-2").encoding), c(() => new StringDecoder("binary").encoding), c(() => new StringDecoder().write("str")), c(() => new StringDecoder().write(null)), c(() => new StringDecoder().write(new Uint16Array([0x6868])))];
`, { date: "2026-04-26" }),
);
export default [...first, ...extra];
