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
const HR_PRELUDE = `
async function rw(html, build, { ct = "text/html", split = 0 } = {}) {
  let body = html;
  if (split) { const bytes = new TextEncoder().encode(html); body = new ReadableStream({ start(c) { for (let i = 0; i < bytes.length; i += split) c.enqueue(bytes.slice(i, i + split)); c.close(); } }); }
  return await build(new HTMLRewriter()).transform(new Response(body, { headers: { "content-type": ct } })).text();
}
async function rwe(html, build, o) { try { return await rw(html, build, o); } catch (e) { return { error: { name: e?.name, message: e?.message } }; } }
`;
const hrCase = (name, description, body, steps = [get("/")]) => ({
  name, area: "html-rewriter", description,
  options: modWorker(`${HR_PRELUDE}    const out = {};\n${body}\n    return Response.json(out);`),
  steps,
});
extra.push(
  hrCase("nodewasm22-html-split-chunks-e", "HTMLRewriter over bodies split into 1-3 byte chunks: tags, attributes, comments, multibyte text and mutations across chunk boundaries; svg/math attributes and duplicate attributes; attributes iterator after mutation", `
    const doc = '<!doctype html><html><head><title>Tï€tle</title></head><body><div id="a" data-x="1" data-x="2">héllo <b>wörld</b> 😀</div><!-- cömment --><svg viewBox="0 0 1 1"><foreignObject><p>in</p></foreignObject></svg><math><mi>x</mi></math><p class="q">end</p></body></html>';
    for (const split of [1, 2, 3]) {
      const log = [];
      const res = await rwe(doc, (r) => r
        .on("title", { text(t) { log.push(["title", t.text, t.lastInTextNode]); if (t.lastInTextNode) t.after("!"); } })
        .on("div", { element(e) { log.push(["div", e.getAttribute("data-x"), [...e.attributes]]); e.setAttribute("data-y", "ü"); e.removeAttribute("id"); log.push(["attrs", [...e.attributes]]); } })
        .on("b", { element(e) { e.setInnerContent("<i>W</i>", { html: true }); } })
        .on("svg", { element(e) { log.push(["svg", e.tagName, e.namespaceURI, e.getAttribute("viewBox"), e.getAttribute("viewbox"), e.hasAttribute("viewBox")]); } })
        .on("foreignObject", { element(e) { log.push(["fo", e.tagName]); } })
        .on("svg p", { element(e) { log.push(["svg p", e.namespaceURI]); } })
        .on("mi", { element(e) { log.push(["mi", e.namespaceURI]); } })
        .on("p.q", { element(e) { e.onEndTag((end) => { end.before("<hr>", { html: true }); log.push(["end", end.name]); }); } })
        .onDocument({ comments(c) { log.push(["comment", c.text]); c.text = c.text.toUpperCase(); }, doctype(d) { log.push(["doctype", d.name, d.publicId, d.systemId]); }, text(t) { if (t.text.includes("😀")) log.push(["emoji", t.text]); } }), { split });
      out["split" + split] = { res, log };
    }
`),
);
const GT = `
  const t = setTimeout(() => {}, 50);
  out.shape = [typeof t, t?.constructor?.name ?? null, setTimeout.name, setTimeout.length, setInterval.name, clearTimeout.name, clearInterval.name, clearTimeout.length, typeof +t, Number.isInteger(+t)];
  clearTimeout(t);
  out.same = await a(async () => { const timers = await import("node:timers"); return [timers.setTimeout === setTimeout, timers.clearTimeout === clearTimeout, timers.setInterval === setInterval, timers.clearInterval === clearInterval]; });
  out.desc = ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate"].map((n) => { const d = Object.getOwnPropertyDescriptor(globalThis, n) ?? Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), n); return d ? [n, Object.getOwnPropertyDescriptor(globalThis, n) ? "own" : "proto", d.writable, d.enumerable, d.configurable] : [n, null]; });
  out.bad = [c(() => setTimeout("1+1")), c(() => setTimeout()), c(() => setInterval(null, 1)), c(() => clearTimeout("abc")), c(() => clearTimeout({})), c(() => clearTimeout(null)), c(() => clearInterval(undefined))];
  out.fires = await new Promise((res) => { const log = []; const t1 = setTimeout(function (a, b) { log.push(["t1", this === globalThis, this === undefined, a, b]); }, 1, "A", "B"); const t2 = setTimeout(() => log.push("cleared-num"), 1); clearTimeout(Number(t2)); const t3 = setTimeout(() => log.push("cleared-obj"), 1); clearTimeout(t3); const iv = setInterval(() => { log.push("iv"); clearInterval(iv); }, 1); const t4 = setTimeout(() => log.push("cleared-by-interval"), 1); clearInterval(t4); setTimeout(() => res(log), 30); });
  out.refresh = await new Promise((res) => { const log = []; const t = setTimeout(() => log.push("fired"), 5); if (typeof t === "object") t.refresh(); setTimeout(() => res([log, typeof t === "object" ? t.hasRef() : typeof t]), 30); });
  out.negative = await new Promise((res) => { const log = []; setTimeout(() => log.push("neg"), -10); setTimeout(() => log.push("nan"), NaN); setTimeout(() => log.push("undef")); setTimeout(() => res(log), 20); });
`;
const gtCase = (name, description, date, flags) => nodeCase(name, description, "", GT, { date, flags });
extra.push(
  gtCase("nodewasm22-global-timers-on-f", "nodejs_compat at 2026-04-26 (enable_nodejs_global_timers implied): the global timers are node:timers' (Timeout handles), their errors and clearing", "2026-04-26", ["nodejs_compat"]),
  gtCase("nodewasm22-global-timers-off-g", "nodejs_compat at 2026-04-26 with no_nodejs_global_timers: the web timers", "2026-04-26", ["nodejs_compat", "no_nodejs_global_timers"]),
  gtCase("nodewasm22-global-timers-flag-h", "enable_nodejs_global_timers with nodejs_compat at 2025-01-01", "2025-01-01", ["nodejs_compat", "enable_nodejs_global_timers"]),
  gtCase("nodewasm22-global-timers-early-i", "nodejs_compat at 2026-02-09, the day before the global timers", "2026-02-09", ["nodejs_compat"]),
);
extra.push(
  nodeCase("nodewasm22-inspect-realistic-j", "util.inspect / format of realistic values: API payloads, class instances with getters and symbols, long arrays and strings, nested maps/sets, errors with causes and extra fields, typed arrays, dates, boxed values, null-prototype objects, circular structures, breakLength/compact/depth options", `import util from "node:util";`, `
  const I = (v, o) => { try { return util.inspect(v, o); } catch (e) { return "THROW " + e.message; } };
  const payload = { id: 42, user: { name: "Ada Lovelace", email: "ada@example.com", roles: ["admin", "editor"], meta: { createdAt: new Date(0), tags: new Set(["a", "b"]), prefs: new Map([["theme", "dark"], ["lang", "en"]]) } }, items: Array.from({ length: 8 }, (_, i) => ({ sku: "SKU-" + i, qty: i, price: i * 1.5 })) };
  out.payload = I(payload);
  out.payloadDepth = I(payload, { depth: 0 });
  out.payloadInf = I(payload, { depth: Infinity, breakLength: 120 });
  out.payloadCompactFalse = I({ a: [1, 2], b: { c: "d" } }, { compact: false });
  out.payloadCompact1 = I({ a: [1, 2], b: { c: "d" } }, { compact: 1 });
  out.sorted = I({ b: 1, a: 2, c: { z: 1, y: 2 } }, { sorted: true });
  class Point { #secret = 1; constructor(x, y) { this.x = x; this.y = y; } get len() { return Math.hypot(this.x, this.y); } static origin = new Point(0, 0); [Symbol.for("tag")] = "sym"; }
  out.cls = [I(new Point(3, 4)), I(new Point(3, 4), { getters: true }), I(Point), I(Object.create(Point.prototype)), I(class extends Point {}), I(class Named extends Point {})];
  out.nullProto = [I(Object.assign(Object.create(null), { a: 1 })), I(Object.create(null)), I(Object.create(Object.create(null))), I(Object.create(Object.assign(Object.create(null), { p: 1 }))), I(Object.create(Object.create(Object.create(null)))), I(Object.assign(Object.create(Object.create(null)), { own: 1 }))];
  out.longArr = [I(Array.from({ length: 120 }, (_, i) => i)), I(Array.from({ length: 30 }, (_, i) => "item" + i)), I(Array.from({ length: 7 }, (_, i) => "x".repeat(i * 3))), I(new Array(5)), I([1, , 3, , , 6]), I(Object.assign([1, 2], { extra: true, "-1": 0 }))];
  out.longStr = [I("a".repeat(200)), I(["a".repeat(90)]), I({ k: "line1\\nline2\\nline3" }), I("it's \\"quoted\\""), I("both ' and \\""), I("all ' \\" \`")];
  const e = new Error("outer", { cause: new TypeError("inner") }); e.code = "E_OUT"; e.status = 500;
  out.errs = [I(e).split("\\n").filter((l) => !l.trim().startsWith("at ")).join("|"), I(new RangeError("r")).split("\\n")[0], I({ err: new Error("nested") }).split("\\n")[0], I(Object.assign(new Error("m"), { name: "CustomName" })).split("\\n")[0], I(new AggregateError([new Error("a1")], "agg")).split("\\n").filter((l) => !l.trim().startsWith("at ")).join("|")];
  out.typed = [I(new Uint8Array(5)), I(new Float64Array([1.5, -0, NaN])), I(new ArrayBuffer(3)), I(new DataView(new ArrayBuffer(2))), I(Buffer.from("hi")), I(new Uint8Array(200)).length, I(new BigInt64Array([1n]))];
  out.boxed = [I(new Number(-0)), I(new String("ab")), I(new Boolean(false)), I(Object(Symbol("s"))), I(Object(1n)), I(Object.assign(new String("x"), { p: 1 }))];
  out.misc = [I(-0), I([-0]), I(1e21), I(123456789012345678901234567890n), I(Symbol.iterator), I(() => {}), I(async function* gen() {}), I(function () {}), I(Object.assign(function f() {}, { p: 1 })), I(new WeakMap()), I(new WeakSet()), I(Promise.resolve(4)), I(Promise.reject(new Error("x")).catch(() => {}) && Promise.resolve()), I(new Promise(() => {})), I(/re/gi), I(Object.assign(/x/, { y: 1 })), I(new Date("invalid")), I(globalThis.undefinedThing)];
  const circ = { name: "c", list: [] }; circ.self = circ; circ.list.push(circ, { back: circ });
  out.circ = [I(circ), I([circ])];
  const deepMap = new Map([[{ k: 1 }, new Set([[1, [2, [3, [4]]]]])]]);
  out.maps = [I(deepMap), I(new Map([[1, { a: { b: { c: {} } } }]])), I(new Set(Array.from({ length: 110 }, (_, i) => i))).length, I([1, 2][Symbol.iterator]())];
  out.opts = [I({ a: 1, b: "two" }, { colors: false, breakLength: 3 }), I(["x", "y"], { maxArrayLength: 1 }), I("abcdef", { maxStringLength: 3 }), I({ a: { b: 1 } }, { showHidden: true }), I([1, 2], { showHidden: true }), I(new Error("h"), { showHidden: true }).split("\\n")[0]];
  out.custom = [I({ [util.inspect.custom](depth, opts, insp) { return { replaced: depth, hasStylize: typeof opts.stylize, same: insp === util.inspect }; } }), I({ inner: { [util.inspect.custom]() { return "CUSTOM"; } } }), I({ toString() { return "TS"; } }), I({ toJSON() { return 1; } })];
  out.format = [util.format("%s", { a: { b: { c: 1 } } }), util.format("%s", [1, [2, [3]]]), util.format("%s", new Error("fe")).split("\\n")[0], util.format("%s", Symbol("q")), util.format("%s", 10n), util.format("%d", "0x10"), util.format("%i", "42.9abc"), util.format("%f", "1.5e3"), util.format("%j", { toJSON() { return "J"; } }), util.format("%O", { a: [1, { b: 2 }] }), util.format("%o", { f() {} }), util.format("%s %s", "only"), util.format(1, 2, "3"), util.format("%s", -0), util.format("%d", -0), util.format({ a: 1 }, "x"), util.format("%s", new Map([[1, 2]])), util.format("%s", null, undefined), util.format("%s", () => 1), util.format("%s", class A {})];
  out.fmtWithOptions = [util.formatWithOptions({ compact: false }, "%O", { a: 1 }), util.formatWithOptions({ depth: 0 }, { a: { b: 1 } })];
`),
);
const PERF = `
  const P = globalThis.performance;
  out.members = [typeof P, P?.constructor?.name ?? null, ...["now", "timeOrigin", "mark", "measure", "getEntries", "getEntriesByName", "getEntriesByType", "clearMarks", "clearMeasures", "timerify", "eventLoopUtilization", "toJSON", "setResourceTimingBufferSize", "nodeTiming"].map((k) => [k, typeof P[k], k in Object.getPrototypeOf(P)])];
  out.globals = ["Performance", "PerformanceEntry", "PerformanceMark", "PerformanceMeasure", "PerformanceObserver", "PerformanceObserverEntryList", "PerformanceResourceTiming", "EventCounts"].map((k) => [k, typeof globalThis[k]]);
  out.mark = c(() => { const m = P.mark("m1", { detail: { a: 1 } }); return [m.constructor.name, m.name, m.entryType, typeof m.startTime, m.duration, m.detail]; });
  out.measure = c(() => { const m = P.measure("ms1", "m1"); return [m.constructor.name, m.name, m.entryType, typeof m.duration]; });
  out.entries = c(() => [P.getEntries().map((e) => [e.name, e.entryType]), P.getEntriesByType("mark").length, P.getEntriesByName("m1").length]);
  out.clear = c(() => { P.clearMarks(); P.clearMeasures(); return P.getEntries().length; });
  out.measureMissing = c(() => P.measure("x", "nope"));
  out.json = c(() => Object.keys(P.toJSON()).sort());
  out.elu = c(() => P.eventLoopUtilization());
  out.timerify = c(() => { const f = function f() { return 1; }; const g = P.timerify(f); return [g === f, g()]; });
  out.ctor = [c(() => new PerformanceMark("x").name), c(() => new PerformanceObserver(() => {}).constructor.name), c(() => PerformanceObserver.supportedEntryTypes)];
  out.perfHooks = await a(async () => { const m = await import("node:perf_hooks"); return [m.performance === P, m.PerformanceMark === globalThis.PerformanceMark]; });
`;
extra.push(
  clientCase("nodewasm22-http-client-options-n", "node:http client options through outboundService: auth, host header and ports, hostname precedence, array-form headers, setHeader before end, response piping and encodings, request fields after sending", `import http from "node:http"; import https from "node:https"; import { Buffer } from "node:buffer"; import { Writable } from "node:stream";`, `
  const body = (r) => new Promise((res) => r.on("response", (resp) => { let s = ""; resp.setEncoding("utf8"); resp.on("data", (d) => s += d); resp.on("end", () => { try { res(JSON.parse(s)); } catch { res(s); } }); }));
  const go = async (mod, opts, f) => { const r = mod.request(opts); if (f) f(r); const p = body(r); if (!r.writableEnded) r.end(); const b = await p; return typeof b === "object" ? [b.method, b.url, b.headers.filter(([k]) => k !== "content-length"), b.body] : b; };
  out.auth = await a(() => go(http, { host: "remote.test", path: "/echo", auth: "user:pa ss" }));
  out.port = await a(() => go(http, { host: "remote.test", port: 8081, path: "/echo" }));
  out.port80 = await a(() => go(http, { host: "remote.test", port: 80, path: "/echo" }));
  out.https443 = await a(() => go(https, { host: "remote.test", port: 443, path: "/echo" }));
  out.httpsPort = await a(() => go(https, { hostname: "remote.test", port: 8443, path: "/echo" }));
  out.hostVsHostname = await a(() => go(http, { host: "remote.test", hostname: "other.test", path: "/echo" }));
  out.hostHeader = await a(() => go(http, { host: "remote.test", path: "/echo", headers: { host: "forced.test" } }));
  out.arrayForm = await a(() => go(http, { host: "remote.test", path: "/echo", headers: ["X-A", "1", "X-B", "2", "x-a", "3"] }));
  out.setHeaderBeforeEnd = await a(() => go(http, { host: "remote.test", path: "/echo?x=1#frag", method: "PATCH" }, (r) => { r.setHeader("Content-Type", "application/json"); r.setHeader("X-Num", 5); r.removeHeader("x-num"); r.appendHeader?.("x-app", "a"); r.end('{"k":1}'); }));
  out.getWithBody = await a(() => go(http, { host: "remote.test", path: "/echo", method: "GET" }, (r) => { r.end("ignored?"); }));
  out.deleteWithBody = await a(() => go(http, { host: "remote.test", path: "/echo", method: "DELETE" }, (r) => { r.end("del"); }));
  out.latin1 = await a(() => go(http, { host: "remote.test", path: "/echo", method: "POST" }, (r) => { r.write("é", "latin1"); r.end(Buffer.from([0x41])); }));
  out.fields = await a(async () => { const r = http.request({ host: "remote.test", path: "/json" }); const before = [r.headersSent, r.writableEnded, r.finished, r.destroyed, r.getHeader("host")]; r.end(); const resp = await new Promise((res) => r.on("response", res)); resp.resume(); await new Promise((res) => resp.on("end", res)); return [before, [r.headersSent, r.writableEnded, r.finished, r.destroyed, r.writableFinished, typeof r.res, r.res === resp, r.socket ?? null, typeof r.connection]]; });
  out.pipe = await a(async () => { const parts = []; const resp = await new Promise((res) => http.get("http://remote.test/big", res)); await new Promise((res) => resp.pipe(new Writable({ write(c, e, cb) { parts.push(c.length); cb(); }, final(cb) { res(); cb(); } }))); return [parts.reduce((x, y) => x + y, 0), resp.readableEnded, resp.complete]; });
  out.asyncIter = await a(async () => { const resp = await new Promise((res) => http.get("http://remote.test/json", res)); let s = ""; for await (const c of resp) s += c; return [s, Buffer.isBuffer(Buffer.from("")), resp.destroyed]; });
`, { date: "2026-04-26" }),
);
export default [...first, ...extra];
