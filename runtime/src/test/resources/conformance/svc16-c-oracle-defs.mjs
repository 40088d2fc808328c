// Re-record: copy oracle/defs/_h.mjs and this file (as svc16c.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs svc16 (then turn bodies ending in an oracle stack into bodyMatches of their first line)
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
const E = `async (p) => { try { const v = await (typeof p === "function" ? p() : p); return { ok: typeof v === "object" && v !== null ? Object.prototype.toString.call(v) + JSON.stringify(v) : String(v) }; } catch (e) { return { err: [e?.name, e?.constructor?.name, e?.message, e?.remote ?? null] }; } }`;
export default [
  multi("svc16-rpc-targets-and-stubs-lifecycle", "rpc", "RpcTarget members, stub dup/dispose, calling after dispose, stubs in nested results, a callback called after its call returned, properties of a target", [
    entry("a", `
  const r = ${E};
  const c = await env.B.counter(5);
  out.inc = await r(() => c.inc());
  out.val = await r(() => c.value);
  out.field = await r(() => c.field);
  out.priv = await r(() => c.hiddenField);
  out.proto = await r(() => c.protoVal);
  out.getter = await r(() => c.doubled);
  out.nested = await r(() => c.child.name);
  out.nestedCall = await r(() => c.child.hello("x"));
  const d = c.dup();
  c[Symbol.dispose]();
  out.afterDispose = await r(() => c.inc());
  out.dupStill = await r(() => d.inc());
  d[Symbol.dispose]();
  out.dupAfter = await r(() => d.inc());
  out.disposeTwice = await t(() => { d[Symbol.dispose](); return "no throw"; });
  out.stubTypes = [typeof c, typeof c.inc, typeof c.dup, typeof c[Symbol.dispose], Object.prototype.toString.call(c)];
  out.stubThen = await t(() => typeof c.then);
  out.objOfTargets = await r(async () => { const o = await env.B.objOfTargets(); return [typeof o.a, await o.a.inc(), await o.b.inc(), o.n]; });
  out.laterCallback = await r(async () => { let n = 0; await env.B.keep((x) => { n += x; return n; }); const v = await env.B.callKept(2); return [v, n]; });
  out.targetIdentity = await r(async () => { const t1 = await env.B.same(); const t2 = await env.B.same(); return [t1 === t2, await t1.inc(), await t2.inc()]; });
  out.throwingTarget = await r(() => env.B.counter(1).boom());
  out.targetInstanceof = await r(() => env.B.counterCheck());
  out.promiseCalled = await r(() => env.B.counter(1)());
  out.propCalled = await r(() => env.B.counter(1).n());
`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Child extends RpcTarget { name = "child"; get nm() { return "n"; } hello(x) { return "hello " + x; } }
class Counter extends RpcTarget {
  field = 1;
  #hidden = 3;
  constructor(n) { super(); this.n = n; this.hiddenField = 9; }
  inc() { return ++this.n; }
  get value() { return this.n; }
  get doubled() { return this.n * 2; }
  get child() { return new Child(); }
  boom() { throw new TypeError("target boom"); }
}
Counter.prototype.protoVal = "pv";
let kept; const shared = new Counter(100);
export default class extends WorkerEntrypoint {
  counter(n) { return new Counter(n); }
  objOfTargets() { return { a: new Counter(1), b: new Counter(10), n: 3 }; }
  keep(fn) { kept = fn.dup ? fn.dup() : fn; return "kept"; }
  async callKept(x) { return await kept(x); }
  same() { return shared; }
  counterCheck() { return new Counter(0) instanceof RpcTarget; }
}`),
  ]),
  multi("svc16-multi-entrypoints-selection", "multi-worker", "service bindings that select named entrypoints (object form), a binding to a missing entrypoint, props per binding, the same worker bound twice, default entrypoint object vs class", [
    entry("a", `
  const r = ${E};
  out.def = await r(async () => (await env.D.fetch("http://x/")).text());
  out.named = await r(async () => (await env.N.fetch("http://x/")).text());
  out.namedRpc = await r(() => env.N.who());
  out.props = await r(() => env.P.props());
  out.props2 = await r(() => env.P2.props());
  out.defRpc = await r(() => env.D.who());
`, { serviceBindings: { D: "b", N: { name: "b", entrypoint: "Named" }, P: { name: "b", entrypoint: "Named", props: { x: 1, nested: { y: [2] } } }, P2: { name: "b", entrypoint: "Named", props: { x: 2 } } } }, `import { WorkerEntrypoint } from "cloudflare:workers"; export class Local extends WorkerEntrypoint { who() { return "local"; } }`),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export class Named extends WorkerEntrypoint { fetch() { return new Response("named fetch"); } who() { return "named"; } props() { return this.ctx.props; } }
export default class extends WorkerEntrypoint { fetch() { return new Response("default fetch"); } who() { return "default"; } }`),
  ], [get("/"), get("/inner")]),
];
