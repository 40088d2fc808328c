// Re-record: copy oracle/defs/_h.mjs and this file (as rpcdo-rpc2.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcdo-rpc2
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

export default [
  multi("rpcdo-rpc2-target-disposers", "rpc",
    "Symbol.dispose of RpcTargets and functions sent as RPC arguments runs when the callee releases them (once per call, once for a target sent twice in one call, a throwing disposer ignored); targets returned as results are not disposed by the caller's disposal", [
    entry("a", `
  const { RpcTarget } = await import("cloudflare:workers");
  const res = await env.B.makeTarget("r1"); out.r1 = await res.name(); res[Symbol.dispose]();
  await scheduler.wait(50);
  out.log1 = await env.B.disposeLog();
  { const p = env.B.makeTarget("r2"); const r = await p; out.r2 = await r.name(); p[Symbol.dispose](); }
  await scheduler.wait(50);
  out.log2 = await env.B.disposeLog();
  let d = 0;
  class T extends RpcTarget { hi() { return "hi"; } [Symbol.dispose]() { d++; } }
  const tg = new T();
  out.c1 = await env.B.callHi(tg); await scheduler.wait(50); out.d1 = d;
  out.c2 = await env.B.callHi(tg); await scheduler.wait(50); out.d2 = d;
  out.c3 = await env.B.callHiTwice(tg, tg); await scheduler.wait(50); out.d3 = d;
  out.c4 = await env.B.callNothing({ nested: [tg] }); await scheduler.wait(50); out.d4 = d;
  out.c5 = await t(() => env.B.throwing(tg)); await scheduler.wait(50); out.d5 = d;
  let e = 0; class U extends RpcTarget { [Symbol.dispose]() { e++; throw new Error("disposer throws"); } }
  out.throwingDisposer = await env.B.callNothing(new U()).then(() => "ok", (x) => x.message); await scheduler.wait(50); out.e = e;
  let f = 0;
  out.fnDispose = await env.B.callFn(Object.assign(() => 1, { [Symbol.dispose]() { f++; } })).then((v) => v, (x) => x.message); await scheduler.wait(50); out.f = f;
  let g = 0;
  out.noDisposer = await env.B.callHi(new (class extends RpcTarget { hi() { g++; return "plain"; } })());
  out.g = g;
`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const log = [];
class Named extends RpcTarget { constructor(n) { super(); this.n = n; } name() { return this.n; } [Symbol.dispose]() { log.push("disposed " + this.n); } }
export default class extends WorkerEntrypoint {
  makeTarget(n) { return new Named(n); }
  disposeLog() { return log.splice(0); }
  async callHi(t) { return await t.hi(); }
  async callHiTwice(t, u) { return [t === u, await t.hi()]; }
  callNothing(t) { return 1; }
  throwing(t) { throw new Error("callee threw"); }
  async callFn(f) { return await f(); }
}`),
  ]),
];
