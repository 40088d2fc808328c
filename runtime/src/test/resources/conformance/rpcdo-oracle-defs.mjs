// Re-record: copy oracle/defs/_h.mjs and this file (as rpcdo.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcdo
import { CD, PRELUDE, get, req } from "./_h.mjs";

const entry = (name, body, extra = {}, head = "") => ({ name, modules: true, compatibilityDate: CD, ...extra, script: `${PRELUDE}
${head}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` });
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const single = (name, area, description, w, steps = [get("/")]) => ({ name, area, description, options: w, steps });

const TARGETS = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Counter extends RpcTarget {
  constructor(n) { super(); this.n = n; }
  inc(by = 1) { this.n += by; return this.n; }
  get value() { return this.n; }
  child() { return new Counter(this.n * 10); }
  adder() { return (x) => this.n + x; }
  obj() { return { c: new Counter(7), list: [new Counter(1), new Counter(2)], fn: (y) => y * 2, nested: { deep: { v: 5 } } }; }
  fail(kind) {
    if (kind === "type") throw new TypeError("bad type");
    if (kind === "range") throw new RangeError("bad range");
    if (kind === "custom") { class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } } const e = new MyErr("mine"); e.code = 42; e.detail = { a: 1 }; throw e; }
    if (kind === "cause") throw new Error("outer", { cause: new Error("inner") });
    if (kind === "string") throw "a string";
    if (kind === "number") throw 7;
    if (kind === "obj") throw { message: "m", name: "N" };
    if (kind === "undef") throw undefined;
    if (kind === "null") throw null;
    if (kind === "dom") throw new DOMException("dom msg", "AbortError");
    return "no";
  }
}
export class Api extends WorkerEntrypoint {
  counter(n) { return new Counter(n); }
  echo(v) { return v; }
  async call(fn, ...args) { return await fn(...args); }
  keep(fn) { globalThis.kept = fn; return "kept"; }
  async useKept(x) { return await globalThis.kept(x); }
  async callStub(stub) { return [await stub.inc(5), await stub.value]; }
  async typeOfs(v) { return { t: typeof v, isCounter: v instanceof Counter, ctor: v?.constructor?.name ?? null, keys: v && typeof v === "object" ? Object.keys(v) : null }; }
  get prop() { return { x: 1, fn: () => "from-prop" }; }
  get asyncProp() { return Promise.resolve("async-prop"); }
  throwing() { throw new Error("entrypoint threw"); }
  props() { return this.ctx.props; }
  returnsStub() { return this.env.SELF; }
  async stream() { return new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("ab")); c.enqueue(new TextEncoder().encode("cd")); c.close(); } }); }
  async readStream(s) { return await new Response(s).text(); }
  async req(r) { return { m: r.method, u: r.url, h: r.headers.get("x-a"), b: await r.text() }; }
  resp() { return new Response("body!", { status: 201, headers: { "x-r": "1" } }); }
  map() { return new Map([["a", new Counter(3)]]); }
  date() { return new Date(0); }
  big() { return 123n; }
  undef() { return undefined; }
  nul() { return null; }
}
export default class extends WorkerEntrypoint { fetch() { return new Response("b default"); } hello(n) { return "hi " + n; } };`;

const extraDefs = [];
const defs = [
  multi("rpcdo-rpc-pipelining-targets", "rpc",
    "promise pipelining through RpcTarget results, property getters, nested object members, functions returned and called later", [
    entry("a", `
  out.pipe1 = await t(() => env.B.counter(2).inc(3));
  out.pipe2 = await t(() => env.B.counter(2).child().inc());
  out.pipe3 = await t(() => env.B.counter(4).value);
  out.pipe4 = await t(() => env.B.counter(1).obj().c.inc(2));
  out.pipe6 = await t(() => env.B.counter(1).obj().nested.deep.v);
  out.pipe7 = await t(() => env.B.counter(1).obj().fn(21));
  out.pipe8 = await t(() => env.B.prop.fn());
  out.pipe9 = await t(() => env.B.prop.x);
  out.asyncProp = await t(() => env.B.asyncProp);
  out.adder = await t(async () => { const f = await env.B.counter(5).adder(); return [typeof f, await f(1), await f(2)]; });
  out.objShape = await t(async () => { const o = await env.B.counter(1).obj(); return { keys: Object.keys(o).sort(), cType: typeof o.c, listLen: o.list.length, fnType: typeof o.fn, nested: o.nested, inc: await o.c.inc(), l0: await o.list[0].inc(), fn: await o.fn(4) }; });
  out.missingMember = await t(() => env.B.counter(1).nope());
  out.missingProp = await t(() => env.B.counter(1).nope);
  out.missingEntrypointMember = await t(() => env.B.nope());
  out.pipeOnPrimitive = await t(() => env.B.echo(5).foo());
  out.pipeOnNull = await t(() => env.B.nul().foo());
  out.pipeOnObjectMissing = await t(() => env.B.echo({ a: 1 }).b);
  out.pipeOnObjectMissingCall = await t(() => env.B.echo({ a: 1 }).b());
  out.stubCounter = await t(async () => { const c = await env.B.counter(1); await c.inc(); await c.inc(); const v = await c.value; c[Symbol.dispose](); return v; });
  out.afterDispose = await t(async () => { const c = await env.B.counter(1); c[Symbol.dispose](); return await c.inc(); });
  out.dupAfterDispose = await t(async () => { const c = await env.B.counter(1); const d = c.dup(); c[Symbol.dispose](); return await d.inc(); });
  out.dupType = await t(async () => { const c = await env.B.counter(1); const d = c.dup(); return [typeof d, d === c, typeof d.dup, typeof d[Symbol.dispose]]; });
  out.disposeTwice = await t(async () => { const c = await env.B.counter(1); c[Symbol.dispose](); c[Symbol.dispose](); return "ok"; });
`, { serviceBindings: { B: { name: "b", entrypoint: "Api" } } }),
    worker("b", TARGETS),
  ]),

  multi("rpcdo-rpc-errors-across", "rpc",
    "errors thrown by RpcTarget methods: class, message, custom properties, cause, non-Error throws, stack presence", [
    entry("a", `
  const desc = async (kind) => { try { await env.B.counter(1).fail(kind); return "no throw"; } catch (e) {
    return { type: typeof e, isError: e instanceof Error, name: e?.name, ctor: e?.constructor?.name, message: e?.message, code: e?.code ?? null, detail: e?.detail ?? null,
      cause: e?.cause === undefined ? "none" : { m: e.cause?.message ?? null, n: e.cause?.name ?? null, t: typeof e.cause },
      stackType: typeof e?.stack, stackHead: typeof e?.stack === "string" ? e.stack.split("\\n")[0] : null,
      keys: e && typeof e === "object" ? Object.keys(e).sort() : null, str: String(e), remote: e?.remote ?? null }; } };
  for (const k of ["type", "range", "custom", "cause", "string", "number", "obj", "undef", "null", "dom"]) out[k] = await desc(k);
  out.entry = await t(() => env.B.throwing());
  out.entryDesc = await (async () => { try { await env.B.throwing(); } catch (e) { return { keys: Object.keys(e), stackHead: e.stack.split("\\n")[0], hasRemote: "remote" in e }; } })();
`, { serviceBindings: { B: { name: "b", entrypoint: "Api" } } }),
    worker("b", TARGETS),
  ]),

  multi("rpcdo-rpc-callbacks-and-stubs-back", "rpc",
    "functions and RpcTargets sent to the callee: called during and after the call, kept for a later call, stubs of the callee's own targets coming back", [
    entry("a", `
  out.cb = await t(() => env.B.call((x, y) => x + y, 2, 3));
  out.cbAsync = await t(() => env.B.call(async (x) => { await null; return x * 2; }, 4));
  out.cbThrows = await t(() => env.B.call(() => { throw new RangeError("cb threw"); }));
  out.cbReturnsObj = await t(() => env.B.call(() => ({ a: [1, { b: 2 }] })));
  out.cbReturnsFn = await t(async () => { const f = await env.B.call(() => (z) => z + 1); return [typeof f, await f(1)]; });
  let calls = 0;
  out.keep = await t(() => env.B.keep((x) => { calls++; return "kept " + x; }));
  out.useKept1 = await t(() => env.B.useKept(1));
  out.useKept2 = await t(() => env.B.useKept(2));
  out.calls = calls;
  class Local extends (await import("cloudflare:workers")).RpcTarget { constructor() { super(); this.n = 0; } inc(by) { this.n += by; return this.n; } get value() { return this.n; } }
  const local = new Local();
  out.localStub = await t(() => env.B.callStub(local));
  out.localAfter = local.n;
  out.typeofs = await t(async () => ({
    fn: await env.B.typeOfs(() => 1), target: await env.B.typeOfs(new Local()), arr: await env.B.typeOfs([1]), map: await env.B.typeOfs(new Map()),
    counterBack: await env.B.typeOfs(await env.B.counter(1)), date: await env.B.typeOfs(new Date(0)), err: await env.B.typeOfs(new Error("x")) }));
  out.counterBack = await t(async () => { const c = await env.B.counter(3); return await env.B.callStub(c); });
  out.promiseArg = await t(() => env.B.echo(Promise.resolve(9)));
  out.pipelinedArg = await t(() => env.B.callStub(env.B.counter(100)));
  out.pipelinedPropArg = await t(() => env.B.echo(env.B.counter(100).value));
  out.pipelinedInObject = await t(() => env.B.echo({ p: env.B.counter(1) }));
  out.structuredClonePromise = await t(() => { const p = env.B.counter(1); p.then(() => {}, () => {}); return structuredClone(p); });
  out.structuredCloneProp = await t(() => { const p = env.B.counter(1).value; return structuredClone(p); });
  out.map = await t(async () => { const m = await env.B.map(); return [m instanceof Map, m.size, await m.get("a").inc()]; });
  out.scalars = await t(async () => [await env.B.date() instanceof Date, String(await env.B.big()), typeof await env.B.big(), await env.B.undef(), await env.B.nul()]);
  out.defaultEntrypoint = await t(() => env.D.hello("x"));
`, { serviceBindings: { B: { name: "b", entrypoint: "Api" }, D: "b" } }, ""),
    worker("b", TARGETS),
  ]),

  multi("rpcdo-rpc-streams-requests", "rpc",
    "ReadableStream, Request and Response across RPC in both directions", [
    entry("a", `
  out.streamBack = await t(async () => { const s = await env.B.stream(); return [s instanceof ReadableStream, await new Response(s).text()]; });
  out.streamArg = await t(() => env.B.readStream(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("xy")); c.close(); } })));
  out.bodyStreamArg = await t(() => env.B.readStream(new Response("from-response").body));
  out.reqArg = await t(() => env.B.req(new Request("http://x/p?q=1", { method: "POST", headers: { "x-a": "A" }, body: "payload" })));
  out.respBack = await t(async () => { const r = await env.B.resp(); return [r instanceof Response, r.status, r.headers.get("x-r"), await r.text()]; });
  out.usedReq = await t(async () => { const r = new Request("http://x/", { method: "POST", body: "b" }); await r.text(); return await env.B.req(r); });
  out.stringStreamChunk = await t(async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array([65, 66])); w.close(); return await env.B.readStream(ts.readable); });
`, { serviceBindings: { B: { name: "b", entrypoint: "Api" } } }),
    worker("b", TARGETS),
  ]),

  multi("rpcdo-rpc-binding-props-entrypoints", "rpc",
    "serviceBindings with {name, entrypoint, props}: props values seen as ctx.props, default entrypoint with props, the same worker bound twice with different props", [
    entry("a", `
  out.p1 = await t(() => env.P1.props());
  out.p2 = await t(() => env.P2.props());
  out.p3 = await t(() => env.P3.props());
  out.fetchP = await t(async () => (await env.P4.fetch("http://b/")).text());
`, { serviceBindings: {
      P1: { name: "b", entrypoint: "Api", props: { user: "u1", n: 1, nested: { a: [1, 2] }, nul: null, b: true } },
      P2: { name: "b", entrypoint: "Api", props: {} },
      P3: { name: "b", entrypoint: "Api" },
      P4: { name: "b", props: { x: 1 } } } }),
    worker("b", TARGETS.replace('fetch() { return new Response("b default"); }', 'fetch() { return new Response("b default " + JSON.stringify(this.ctx.props)); }')),
  ]),
];

extraDefs.push(multi("rpcdo-rpc-pipelining-exotic", "rpc",
  "pipelining onto functions returned by calls, rejected calls, arrays, strings, Maps, Dates and nested promises; awaiting pipelined members that are functions", [
  entry("a", `
  out.callReturnedFn = await t(() => env.B.counter(5).adder()(2));
  out.fnMemberAwaited = await t(async () => { const f = await env.B.prop.fn; return [typeof f, await f()]; });
  out.objFnAwaited = await t(async () => { const f = await env.B.counter(1).obj().fn; return [typeof f, await f(3)]; });
  out.onRejected = await t(() => env.B.throwing().x());
  out.onRejectedProp = await t(() => env.B.throwing().x);
  out.arrayLength = await t(() => env.B.echo([1, 2, 3]).length);
  out.stringLength = await t(() => env.B.echo("abc").length);
  out.stringMethod = await t(() => env.B.echo("abc").toUpperCase());
  out.mapGet = await t(() => env.B.map().get("a"));
  out.mapSize = await t(() => env.B.map().size);
  out.dateMethod = await t(() => env.B.date().getTime());
  out.objectProtoMember = await t(() => env.B.echo({ a: 1 }).hasOwnProperty("a"));
  out.objectToString = await t(() => env.B.echo({ a: 1 }).toString());
  out.nestedValue = await t(() => env.B.echo({ a: { b: [10, 20] } }).a.b);
  out.errorMessage = await t(() => env.B.echo(new RangeError("em")).message);
  out.bytesLength = await t(() => env.B.echo(new Uint8Array(3)).length);
  out.nullProto = await t(() => env.B.echo(Object.assign(Object.create(null), { z: 26 })).z);
  out.requestUrl = await t(() => env.B.echo(new Request("http://r/")).url);
  out.nestedInArray = await t(() => env.B.echo({ list: [{ v: 1 }] }).list.length);
  out.propToString = await t(() => env.B.prop.toString());
  out.propHasOwn = await t(() => env.B.prop.hasOwnProperty("x"));
  out.nestedToString = await t(() => env.B.echo({ o: { a: 1 } }).o.toString());
  out.promiseValueOf = await t(() => typeof env.B.echo(1).valueOf());
  out.propIsProto = await t(() => Object.prototype.isPrototypeOf.call(Object.prototype, env.B.echo(1)));
  out.nestedArrayIndexCall = await t(async () => { const arr = await env.B.echo({ a: { b: [10, 20] } }).a.b; return arr[1]; });
  out.undefinedMember = await t(() => env.B.undef().x);
  out.promiseThenChain = await t(() => env.B.counter(2).inc().then((v) => v * 100));
  out.pipelineThenCatch = await t(() => env.B.counter(2).nope().catch((e) => "caught " + e.constructor.name));
  out.finallyOnPipeline = await t(async () => { let ran = false; const v = await env.B.counter(3).inc().finally(() => { ran = true; }); return [v, ran]; });
`, { serviceBindings: { B: { name: "b", entrypoint: "Api" } } }),
  worker("b", TARGETS),
]));

export default [...defs, ...extraDefs];
