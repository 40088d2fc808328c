// Re-record: copy the oracle's defs/_h.mjs and this file into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs <case name>.
import { CD, PRELUDE, get } from "./_h.mjs";
const C = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Acc extends RpcTarget { #n = 0; add(x) { this.#n += x; return this.#n; } get total() { return this.#n; } child() { return new Acc(); } }
export default class extends WorkerEntrypoint {
  acc() { return new Acc(); }
  async call(fn, x) { return "c saw " + await fn(x); }
  async useTarget(t) { return "c target " + await t.hello("c"); }
  throwIt(kind) {
    if (kind === "custom") { class Oops extends Error { constructor(m) { super(m); this.name = "Oops"; } } throw new Oops("deep"); }
    if (kind === "dom") throw new DOMException("deep dom", "InvalidStateError");
    if (kind === "type") throw new TypeError("deep type");
    if (kind === "string") throw "deep string";
  }
  describe(v) { return Object.prototype.toString.call(v) + ":" + typeof v; }
  results() { return { list: [1, new Acc()], map: new Map([["k", 1]]), date: new Date(0) }; }
}`;
const B = `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  acc() { return this.env.C.acc(); }
  async accAwaited() { return await this.env.C.acc(); }
  forward(fn, x) { return this.env.C.call(fn, x); }
  async forwardAwaited(fn, x) { return await this.env.C.call(fn, x); }
  forwardTarget(t) { return this.env.C.useTarget(t); }
  async relay(kind) { return await this.env.C.throwIt(kind); }
  async relayCaught(kind) { try { await this.env.C.throwIt(kind); } catch (e) { return [e.name, e.message, e.remote ?? null, e.constructor.name]; } }
  describeStub() { return this.env.C.describe(this.env.C); }
  async passStubOn() { const a = await this.env.C.acc(); await a.add(5); return a; }
  results() { return this.env.C.results(); }
}`;
export default [
  {
    name: "rpcwasm2-three-hops", area: "rpc",
    description: "RPC across three workers: results, stubs, callbacks and RpcTargets forwarded through a middle worker, errors relayed twice",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" },
        script: `${PRELUDE}
import { RpcTarget } from "cloudflare:workers";
export default { async fetch(req, env, ctx) {
  const out = {};
  out.acc = await t(async () => { const a = await env.B.acc(); return [await a.add(2), await a.add(3), await a.total]; });
  out.accAwaited = await t(async () => { const a = await env.B.accAwaited(); return [await a.add(4), await a.total]; });
  out.accPipelined = await t(() => env.B.acc().add(7));
  out.accChild = await t(() => env.B.acc().child().add(1));
  out.forward = await t(() => env.B.forward((x) => "a fn got " + x, 1));
  out.forwardAwaited = await t(() => env.B.forwardAwaited(async (x) => "a async fn got " + x, 2));
  out.forwardTarget = await t(() => env.B.forwardTarget(new (class extends RpcTarget { hello(w) { return "hello " + w; } })()));
  for (const k of ["custom", "dom", "type", "string"]) {
    out["relay_" + k] = await t(async () => { try { await env.B.relay(k); return "resolved"; } catch (e) { return [e.name, e.message, e.remote ?? null, e.constructor.name, Object.keys(e)]; } });
    out["relayCaught_" + k] = await t(() => env.B.relayCaught(k));
  }
  out.describeStub = await t(() => env.B.describeStub());
  out.passStubOn = await t(async () => { const a = await env.B.passStubOn(); return [await a.total, await a.add(1)]; });
  out.results = await t(async () => { const r = await env.B.results(); return [r.list[0], await r.list[1].add(9), [...r.map], r.date.getTime(), typeof r[Symbol.dispose]]; });
  out.arrayResultDispose = await t(async () => { const r = await env.B.results(); return typeof r.list[Symbol.dispose]; });
  return Response.json(out);
} };` },
      { name: "b", modules: true, compatibilityDate: CD, serviceBindings: { C: "c" }, script: B },
      { name: "c", modules: true, compatibilityDate: CD, script: C },
    ] },
    steps: [get("/")],
  },
];
