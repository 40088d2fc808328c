// Re-record: copy oracle/defs/_h.mjs and this file (as doerr2h.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs doerr2- (D holding only _h.mjs and this file)
import { CD, PRELUDE, get, req } from "./_h.mjs";
const SCRIPT = `
import { DurableObject } from "cloudflare:workers";
let built = 0;
export class Obj extends DurableObject {
  constructor(ctx, env) { super(ctx, env); built++; if (ctx.id.name.startsWith("ctor")) throw new SyntaxError("ctor boom " + built); }
  async fetch(req) {
    const p = new URL(req.url).pathname.slice(1);
    if (p === "bcw") await this.ctx.blockConcurrencyWhile(async () => { throw new RangeError("bcw boom"); });
    if (p === "abortErr") this.ctx.abort(new TypeError("te"));
    if (p === "abortObj") this.ctx.abort({ toString() { return "custom text"; } });
    if (p === "abortNum") this.ctx.abort(42);
    return new Response("ok " + p);
  }
  ping() { return "pong"; }
  bcw() { return this.ctx.blockConcurrencyWhile(async () => { throw new RangeError("bcw rpc boom"); }); }
}
export default { async fetch(req, env, ctx) {
  const out = {};
  const E = async (fn) => { try { const r = await fn(); return { ok: typeof r === "string" ? r : await r.text() }; } catch (e) { return { name: e.name, message: e.message, remote: e.remote ?? null, reset: e.durableObjectReset ?? null, keys: Object.keys(e).sort() }; } };
  const b = env.DO.getByName("b1");
  out.bcwFetch = await E(() => b.fetch("http://do/bcw"));
  out.bcwFetchAgainSameStub = await E(() => b.fetch("http://do/x"));
  out.bcwFetchNewStub = await E(() => env.DO.getByName("b1").fetch("http://do/x"));
  const c = env.DO.getByName("ctor1");
  out.ctorRpc = await E(() => c.ping());
  out.ctorRpcAgainSameStub = await E(() => c.ping());
  out.ctorFetchSameStub = await E(() => c.fetch("http://do/x"));
  out.ctorNewStub = await E(() => env.DO.getByName("ctor1").ping());
  for (const k of ["abortErr", "abortObj", "abortNum"]) out[k] = await E(() => env.DO.getByName(k).fetch("http://do/" + k));
  const r = env.DO.getByName("b2");
  out.bcwRpc = await E(() => r.bcw());
  out.bcwRpcAgain = await E(() => r.ping());
  return Response.json(out);
} };`;
export default [
  { name: "doerr2-errors-durable-object-resets-through-stubs", area: "errors",
    description: "resets of a Durable Object (throwing blockConcurrencyWhile callback, throwing constructor, abort with Error/object/number reasons) as stub.fetch and RPC callers see them, on the same stub and on new ones",
    options: { modules: true, compatibilityDate: CD, durableObjects: { DO: "Obj" }, script: SCRIPT },
    steps: [get("/")] },
];
