// Re-record: copy oracle/defs/_h.mjs and this file (as doerr2g.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs doerr2- (D holding only _h.mjs and this file), then python3 httperr-post-record.py out
import { CD, PRELUDE, get, req } from "./_h.mjs";
const SCRIPT = `
import { DurableObject } from "cloudflare:workers";
export class Bad extends DurableObject {
  constructor(ctx, env) { super(ctx, env); if (ctx.id.name === "throws") throw new SyntaxError("ctor boom"); if (ctx.id.name === "throwsStr") throw "ctor string"; }
  fetch() { return new Response("bad ok"); }
  ping() { return "pong"; }
}
export class Plain { constructor(state) { this.state = state; } fetch() { return new Response("plain"); } ping() { return "plain pong"; } }
export class Aborter extends DurableObject {
  fetch(req) { this.ctx.abort(new URL(req.url).pathname === "/reason" ? "my reason" : undefined); return new Response("unreachable"); }
  abortRpc() { this.ctx.abort(new RangeError("abort err")); }
}
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname.slice(1);
  if (p === "ctorFetch") return await env.BAD.getByName("throws").fetch("http://do/");
  if (p === "ctorRpc") return new Response(await env.BAD.getByName("throws").ping());
  if (p === "ctorStr") return await env.BAD.getByName("throwsStr").fetch("http://do/");
  if (p === "plainRpc") return new Response(await env.PLAIN.getByName("p").ping());
  if (p === "plainFetch") return await env.PLAIN.getByName("p").fetch("http://do/");
  if (p === "abortFetch") return await env.AB.getByName("a").fetch("http://do/");
  if (p === "abortReason") return await env.AB.getByName("b").fetch("http://do/reason");
  if (p === "abortRpc") { await env.AB.getByName("c").abortRpc(); return new Response("no"); }
  if (p === "caught") {
    const out = {};
    for (const [k, fn] of Object.entries({ ctorFetch: () => env.BAD.getByName("throws").fetch("http://do/"), ctorRpc: () => env.BAD.getByName("throws").ping(), plainRpc: () => env.PLAIN.getByName("p2").ping(), abortRpc: () => env.AB.getByName("d").abortRpc(), abortFetch: () => env.AB.getByName("e").fetch("http://do/") })) {
      try { await fn(); out[k] = "ok"; } catch (e) { out[k] = { name: e.name, message: e.message, remote: e.remote ?? null, reset: e.durableObjectReset ?? null, retryable: e.retryable ?? null, keys: Object.keys(e).sort() }; }
    }
    return Response.json(out);
  }
  return new Response("?");
} };`;
const step = (p) => ({ request: { url: "http://localhost/" + p, method: "GET" } });
export default [
  { name: "doerr2-errors-durable-object-lifecycle-failures", area: "errors",
    description: "uncaught and caught failures of Durable Objects: a throwing constructor (Error and string), RPC to a class not extending DurableObject, ctx.abort() with and without a reason, in fetch and RPC",
    options: { modules: true, compatibilityDate: CD, durableObjects: { BAD: "Bad", PLAIN: "Plain", AB: "Aborter" }, script: SCRIPT },
    steps: ["caught", "ctorFetch", "ctorRpc", "ctorStr", "plainRpc", "plainFetch", "abortFetch", "abortReason", "abortRpc"].map(step) },
];
