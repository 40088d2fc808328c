// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc25
// The twenty-fifth session's service-binding and RPC probes.
import { CD, get } from "./_h.mjs";
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const CATCH = `const r = async (f) => { try { const x = await f(); return "ok:" + (x instanceof Response ? x.status + " " + await x.text() : typeof x === "object" && x !== null ? JSON.stringify(x) : typeof x + ":" + String(x)); } catch (e) { return [String(e?.name), e?.constructor?.name, String(e?.message)]; } };`;

const echoCallee = `export default { async fetch(req) {
  const u = new URL(req.url);
  if (u.pathname === "/redir") return Response.redirect("http://x/target", 302);
  if (u.pathname === "/head") return new Response("head body", { headers: { "x-len": "9" } });
  return Response.json({ m: req.method, url: req.url, h: [...req.headers].filter(([k]) => k.startsWith("x-") || k === "content-type"), b: req.body ? await req.text() : null, redirect: req.redirect, sig: typeof req.signal, cf: req.cf ? Object.keys(req.cf).length > 0 : null });
} };`;

const fetchForms = `${CATCH}
export default { async fetch(req, env) {
  const B = env.B; const out = {};
  out.urlObject = await r(() => B.fetch(new URL("http://x/u?q=1")));
  out.relative = await r(() => B.fetch("/rel"));
  out.noArgs = await r(() => B.fetch());
  out.lowerGet = await r(() => B.fetch("http://x/", { method: "get" }));
  out.lowerPatch = await r(() => B.fetch("http://x/", { method: "patch", body: "p" }));
  out.custom = await r(() => B.fetch("http://x/", { method: "Custom" }));
  out.getBody = await r(() => B.fetch("http://x/", { method: "GET", body: "b" }));
  out.badMethod = await r(() => B.fetch("http://x/", { method: "bad method" }));
  out.connectMethod = await r(() => B.fetch("http://x/", { method: "CONNECT" }));
  out.head = await r(async () => { const res = await B.fetch("http://x/head", { method: "HEAD" }); return [res.status, res.headers.get("x-len"), await res.text()]; });
  out.reqOverride = await r(() => B.fetch(new Request("http://x/a", { method: "POST", body: "orig", headers: { "x-a": "1" } }), { method: "PUT", headers: { "x-b": "2" } }));
  out.reqUsed = await r(async () => { const q = new Request("http://x/a", { method: "POST", body: "once" }); await q.text(); return B.fetch(q); });
  out.redirectError = await r(() => B.fetch("http://x/redir", { redirect: "error" }));
  out.redirectManual = await r(async () => { const res = await B.fetch("http://x/redir", { redirect: "manual" }); return [res.status, res.headers.get("location"), res.redirected]; });
  out.redirectFollow = await r(async () => { const res = await B.fetch("http://x/redir"); return [res.status, res.redirected, res.url, (await res.json()).url]; });
  out.abortedSignal = await r(() => B.fetch("http://x/", { signal: AbortSignal.abort() }));
  out.abortedReason = await r(() => B.fetch("http://x/", { signal: AbortSignal.abort(new RangeError("why")) }));
  out.cf = await r(() => B.fetch("http://x/", { cf: { cacheTtl: 5 } }));
  out.headersArray = await r(() => B.fetch("http://x/", { headers: [["x-z", "1"], ["x-z", "2"]] }));
  out.badHeader = await r(() => B.fetch("http://x/", { headers: { "x bad": "1" } }));
  out.ftpScheme = await r(() => B.fetch("ftp://x/file"));
  out.dataScheme = await r(() => B.fetch("data:text/plain,hi"));
  out.fetchThis = await r(() => { const f = B.fetch; return f("http://x/detached"); });
  out.fetchCall = await r(() => B.fetch.call(undefined, "http://x/call"));
  return Response.json(out);
} };`;

const callbackCallee = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let kept;
export default class extends WorkerEntrypoint {
  async twice(fn) { return [await fn(1), await fn(2)]; }
  async callThrows(fn) { try { await fn(); return "no throw"; } catch (e) { return [e.name, e.constructor.name, e.message, e.remote ?? null]; } }
  async rethrow(fn) { return await fn(); }
  async keep(fn) { kept = fn; return typeof fn; }
  async keepDup(fn) { kept = fn.dup(); return typeof fn; }
  async useKept(x) { try { return await kept(x); } catch (e) { return [e.name, e.message]; } }
  fnInfo(fn) { return [typeof fn, fn.name, fn.length, Object.prototype.toString.call(fn), String(fn instanceof Function)]; }
  async nested(o) { return [typeof o.f, await o.f("n"), typeof o.deep.g, await o.deep.g("d")]; }
  makeFn() { let n = 0; return (x) => "made " + x + " " + (++n); }
  makeObj() { return { name: "obj", f(x) { return "objf " + x; }, list: [(y) => "l" + y] }; }
  async passBack(fn) { return fn; }
  async argsCount(fn) { return await fn(1, 2, 3); }
  async thisInFn(fn) { return await fn(); }
}`;

const callbacks = `${CATCH}
export default { async fetch(req, env) {
  const B = env.B; const out = {};
  out.twice = await r(() => B.twice((x) => x * 10));
  out.asyncCb = await r(() => B.twice(async (x) => { await null; return "a" + x; }));
  out.cbThrows = await r(() => B.callThrows(() => { throw new TypeError("from cb"); }));
  out.cbRejects = await r(() => B.callThrows(async () => { throw new RangeError("rej cb"); }));
  out.cbThrowsString = await r(() => B.callThrows(() => { throw "str"; }));
  out.rethrow = await r(() => B.rethrow(() => { throw new SyntaxError("bubbled"); }));
  out.keep = await r(() => B.keep((x) => "kept " + x));
  out.useKept = await r(() => B.useKept(1));
  out.keepDup = await r(() => B.keepDup((x) => "dup " + x));
  out.useKeptDup = await r(() => B.useKept(2));
  out.fnInfo = await r(() => B.fnInfo(function named(a, b) {}));
  out.nested = await r(() => B.nested({ f: (x) => "f" + x, deep: { g: (x) => "g" + x } }));
  out.madeFn = await r(async () => { const f = await B.makeFn(); return [typeof f, await f("a"), await f("b")]; });
  out.madeObj = await r(async () => { const o = await B.makeObj(); return [o.name, typeof o.f, await o.f(1), typeof o.list[0], await o.list[0](2)]; });
  out.madeFnPipelined = await r(() => B.makeFn()("p"));
  out.passBack = await r(async () => { const fn = await B.passBack((x) => "back " + x); return [typeof fn, await fn(3)]; });
  out.argsCount = await r(() => B.argsCount((...a) => a.length));
  out.thisInFn = await r(() => B.thisInFn(function () { return typeof this; }));
  out.cbReturnsFn = await r(() => B.rethrow(() => () => 1));
  out.cbReturnsResponse = await r(async () => { const x = await B.rethrow(() => new Response("cb resp")); return [x instanceof Response, await x.text()]; });
  out.classArg = await r(() => B.rethrow(class K {}));
  out.boundFn = await r(() => B.twice(function (x) { return this.k + x; }.bind({ k: "bound" })));
  return Response.json(out);
} };`;

const base = [
  multi("svc25-sb-fetch-argument-forms", "service-bindings", "a service binding's fetch(): URL objects, relative and odd URLs, method casing, bodies on GET, Request overrides, redirect modes, aborted signals, headers forms, detached fetch", [
    worker("a", fetchForms, { serviceBindings: { B: "b" } }), worker("b", echoCallee)]),
  multi("svc25-rpc-callback-functions", "rpc", "functions sent over RPC: called back, throwing, kept past the call (with and without dup), nested in objects, returned, pipelined, this and arity", [
    worker("a", callbacks, { serviceBindings: { B: "b" } }), worker("b", callbackCallee)]),
];

const encCallee = `const gz = async (s) => new Uint8Array(await new Response(new Blob([s]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer());
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/gzip-manual") return new Response(await gz("manual gzip body"), { encodeBody: "manual", headers: { "content-encoding": "gzip" } });
  if (p === "/gzip-auto") return new Response("auto gzip body", { headers: { "content-encoding": "gzip" } });
  if (p === "/br-auto") return new Response("auto br body", { headers: { "content-encoding": "br" } });
  if (p === "/identity") return new Response("identity body", { headers: { "content-encoding": "identity" } });
  if (p === "/odd") return new Response("odd body", { headers: { "content-encoding": "x-odd" } });
  if (p === "/len") return new Response("len body", { headers: { "content-length": "8" } });
  if (p === "/echo") { const raw = new Uint8Array(await req.arrayBuffer()); return Response.json({ ae: req.headers.get("accept-encoding"), ce: req.headers.get("content-encoding"), cl: req.headers.get("content-length"), n: raw.length, first: raw[0] }); }
  return new Response("?", { status: 404 });
} };`;

const encodings = `${CATCH}
const info = async (res) => [res.status, res.headers.get("content-encoding"), res.headers.get("content-length"), await res.text()];
export default { async fetch(req, env) {
  const B = env.B; const out = {};
  for (const p of ["gzip-manual", "gzip-auto", "br-auto", "identity", "odd", "len"]) out[p] = await r(async () => info(await B.fetch("http://x/" + p)));
  out.gzipManualAE = await r(async () => info(await B.fetch("http://x/gzip-manual", { headers: { "accept-encoding": "identity" } })));
  out.echoPlain = await r(async () => (await B.fetch("http://x/echo", { method: "POST", body: "hello" })).json());
  out.echoGzipHeader = await r(async () => (await B.fetch("http://x/echo", { method: "POST", body: "hello", headers: { "content-encoding": "gzip" } })).json());
  out.echoAE = await r(async () => (await B.fetch("http://x/echo", { method: "POST", body: "hello", headers: { "accept-encoding": "br" } })).json());
  return Response.json(out);
} };`;

export const more = [
  multi("svc25-sb-content-encoding-across-binding", "service-bindings", "content-encoding through a service binding: manual gzip bodies, auto-encoded ones, unknown codings, content-length, request headers seen by the callee", [
    worker("a", encodings, { serviceBindings: { B: "b" } }), worker("b", encCallee)]),
];


const orderCallee = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const log = [];
// each call runs in its own request: a gate is a flag the holder polls (a promise resolved by another request would never wake it);\n// the log has no entry after a gate opens, as the poll's tick races the caller's next call
const opened = new Set();
const until = async (id) => { while (!opened.has(id)) await scheduler.wait(1); };
class Counter extends RpcTarget {
  constructor(name) { super(); this.name = name; this.n = 0; }
  async slowInc(id) { log.push(this.name + " slow start"); await until(id); this.n++; return this.n; }
  inc() { this.n++; log.push(this.name + " inc " + this.n); return this.n; }
  get value() { log.push(this.name + " get " + this.n); return this.n; }
}
export default class extends WorkerEntrypoint {
  reset() { log.length = 0; return "reset"; }
  log() { return [...log]; }
  sync(tag) { log.push("sync " + tag); return tag; }
  async hold(tag) { log.push("hold start " + tag); await until(tag); return tag; }
  open(tag) { log.push("open " + tag); opened.add(tag); return "opened " + tag; }
  counter(name) { log.push("counter " + name); return new Counter(name); }
}`;

const ordering = `${CATCH}
export default { async fetch(req, env) {
  const B = env.B; const out = {};
  await B.reset();
  // calls issued without awaiting are delivered in the order they were made, and run side by side
  const all = Promise.all([B.hold("a"), B.sync("b"), B.hold("c"), B.sync("d")]);
  out.openC = await B.open("c");
  out.openA = await B.open("a");
  out.concurrent = await all;
  out.logConcurrent = await B.log();
  await B.reset();
  // pipelined calls on a target not yet returned, interleaved with direct calls; a property read
  const c = B.counter("c1");
  const p = [c.inc(), B.sync("mid"), c.inc(), c.value, c.slowInc("g1"), c.inc()];
  out.lastInc = await p[5];
  out.value = await p[3];
  out.openG1 = await B.open("g1");
  out.pipelined = await Promise.all([p[0], p[1], p[2], p[4], p[5]]);
  out.logPipelined = await B.log();
  await B.reset();
  // an awaited target: a call that waits does not hold back the next ones
  const c2 = await B.counter("c2");
  const q = [c2.slowInc("g2"), c2.inc(), c2.value];
  out.beforeOpen = await q[1];
  out.valueBeforeOpen = await q[2];
  out.openG2 = await B.open("g2");
  out.awaitedTarget = await Promise.all([q[0], q[1]]);
  out.logAwaited = await B.log();
  await B.reset();
  // a call on a promise's property chain and a rejected call in between
  out.mixed = await Promise.all([r(() => B.sync("x")), r(() => B.nope()), r(() => B.counter("c3").inc()), r(() => B.counter("c4").missing())]);
  out.logMixed = await B.log();
  return Response.json(out);
} };`;

more.push(
  multi("svc25-rpc-call-ordering", "rpc", "the order in which a callee sees RPC calls made without awaiting: direct calls, pipelined calls on a target not yet returned, a waiting method on a shared target, failed calls in between (gates, no timers)", [
    worker("a", ordering, { serviceBindings: { B: "b" } }), worker("b", orderCallee)]),
);

export default [...base, ...more];
