// Re-record: copy the oracle's defs/_h.mjs and this file into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs <case name>
import { CD, PRELUDE, get } from "./_h.mjs";
const B = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Base extends WorkerEntrypoint {
  baseMethod() { return "base method"; }
  get baseGetter() { return "base getter"; }
  overridden() { return "base version"; }
}
class Middle extends Base {
  middleMethod() { return "middle method via " + this.baseMethod(); }
  overridden() { return "middle over " + super.overridden(); }
}
const mixin = { mixed() { return "mixed in"; } };
export default class Leaf extends Middle {
  leaf() { return "leaf"; }
  async *gen() { yield 1; }
  arrow = () => "arrow field";
  selfCall() { return this.leaf() + "+" + this.middleMethod(); }
  async viaFetch() { const r = await this.fetch(new Request("http://self/x")); return await r.text(); }
  async fetch(req) { return new Response("fetched " + new URL(req.url).pathname); }
  [Symbol.for("sym")]() { return "symbol method"; }
  static staticOne() { return "static"; }
  boundLater() { return typeof this.ctx.waitUntil; }
}
Object.defineProperty(Leaf.prototype, "defined", { value() { return "defined via defineProperty"; }, enumerable: false });
Object.assign(Leaf.prototype, mixin);
Leaf.prototype.assigned = function () { return "assigned on prototype"; };
Leaf.prototype.notAFunction = 42;
`;
export default [
  {
    name: "rpcwasm2-entrypoint-inheritance", area: "rpc",
    description: "an entrypoint class hierarchy over RPC: inherited methods and getters, overrides, prototype-assigned and defineProperty methods, generator and arrow-field members, this.fetch from a method",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const out = {};
  for (const m of ["baseMethod", "middleMethod", "overridden", "leaf", "selfCall", "viaFetch", "defined", "mixed", "assigned", "notAFunction", "arrow", "staticOne", "boundLater", "gen"]) {
    out[m] = await t(async () => { const v = await env.B[m](); return typeof v === "function" ? "function" : typeof v === "object" && v !== null ? Object.prototype.toString.call(v) : v; });
  }
  out.baseGetter = await t(async () => await env.B.baseGetter);
  out.notAFunctionRead = await t(async () => await env.B.notAFunction);
  out.assignedRead = await t(async () => typeof (await env.B.assigned));
  out.fetch = await t(async () => (await env.B.fetch("http://b/path")).text());
  return Response.json(out);
} };` },
      { name: "b", modules: true, compatibilityDate: CD, script: B },
    ] },
    steps: [get("/")],
  },
];
