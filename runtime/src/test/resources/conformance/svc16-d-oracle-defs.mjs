// Re-record: copy oracle/defs/_h.mjs and this file (as svc16d.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs svc16 (then turn bodies ending in an oracle stack into bodyMatches of their first line)
import { CD, PRELUDE, get, req } from "./_h.mjs";
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const E = `async (p) => { try { const v = await (typeof p === "function" ? p() : p); return { ok: typeof v === "object" && v !== null ? Object.prototype.toString.call(v) + JSON.stringify(v) : String(v) }; } catch (e) { return { err: [e?.name, e?.constructor?.name, e?.message, e?.remote ?? null] }; } }`;
export default [
  { name: "svc16-rpc-stubs-across-requests", area: "rpc", description: "stubs and callbacks kept past the request or call that received them: a target kept in a global and used by a later request, a callback kept with dup() and called by a later call, one kept without dup(), one used in waitUntil of its own call, a stub used in a later step after the first request ended",
    options: { workers: [
      worker("a", `${PRELUDE}
let keptTarget, keptDup;
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {}; const r = ${E};
  if (url.pathname === "/one") {
    keptTarget = await env.B.counter(1);
    keptDup = keptTarget.dup();
    out.sameRequest = await r(() => keptTarget.inc());
    let seen = [];
    out.keepNoDup = await r(() => env.B.keep((x) => { seen.push(x); return x; }, false));
    out.callNoDup = await r(() => env.B.callKept(1));
    out.keepDup = await r(() => env.B.keep((x) => { seen.push(x); return x * 10; }, true));
    out.callDup = await r(() => env.B.callKept(2));
    out.waitUntil = await r(() => env.B.useInWaitUntil((x) => { seen.push("wu" + x); return x; }));
    await new Promise((res) => setTimeout(res, 50));
    out.seen = seen;
    return Response.json(out);
  }
  out.laterRequest = await r(() => keptTarget.inc());
  out.laterDup = await r(() => keptDup.inc());
  out.waitUntilResult = await r(() => env.B.lastWaitUntil());
  return Response.json(out);
} };`, { serviceBindings: { B: "b" } }),
      worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Counter extends RpcTarget { constructor(n) { super(); this.n = n; } inc() { return ++this.n; } }
let kept, wu = "none";
export default class extends WorkerEntrypoint {
  counter(n) { return new Counter(n); }
  keep(fn, dup) { kept = dup ? fn.dup() : fn; return "kept"; }
  async callKept(x) { return await kept(x); }
  useInWaitUntil(fn) { const d = fn.dup(); this.ctx.waitUntil((async () => { await new Promise((r) => setTimeout(r, 5)); try { wu = "ok " + await d(3); } catch (e) { wu = "err " + e.message; } })()); return "scheduled"; }
  lastWaitUntil() { return wu; }
}`),
    ] },
    steps: [get("/one"), get("/two")],
  },
];
