// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs hung
import { CD, get } from "./_h.mjs";
const HUNG = "^Error: The Workers runtime canceled this request because it detected that your Worker's code had hung and would never generate a response\\. Refer to: https://developers\\.cloudflare\\.com/workers/observability/errors/(\\n|$)";
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const single = (name, area, description, script, extra = {}, steps = [{ ...get("/"), bodyMatches: HUNG }]) =>
  ({ name, area, description, options: { modules: true, compatibilityDate: CD, ...extra, script }, steps });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const CATCH = `const r = async (f) => { try { const x = await f(); return "ok:" + (x instanceof Response ? x.status + " " + await x.text() : x); } catch (e) { return [e.name, e.constructor.name, e.message, e.remote ?? null, Object.keys(e)]; } };`;

const base = [
  single("errors-hung-never-settling-promise", "errors", "a fetch handler whose promise can never settle (no timer, no I/O pending) is canceled at once with workerd's hung error: 500 with the error as text, no body to HEAD",
    `export default { fetch() { return new Promise(() => {}); } };`, {},
    [{ ...get("/"), bodyMatches: HUNG }, { request: { url: "http://localhost/", method: "HEAD" } }]),
  single("errors-hung-after-timers-and-kv", "errors", "a handler that waited on timers and KV I/O, then on a promise nobody can settle, is canceled once nothing is pending",
    `export default { async fetch(req, env) { await new Promise((r) => setTimeout(r, 20)); await scheduler.wait(5); await env.K.put("a", "b"); await env.K.get("a"); return new Promise(() => {}); } };`,
    { kvNamespaces: ["K"] }),
  single("errors-hung-unfed-stream-read", "errors", "awaiting a read of a ReadableStream nobody enqueues into, or text() of a TransformStream whose writer stays open, is a hang",
    `export default { async fetch(req) {
  if (new URL(req.url).pathname === "/t") { const t = new TransformStream(); const w = t.writable.getWriter(); w.write(new TextEncoder().encode("a")); return new Response(await new Response(t.readable).text()); }
  const s = new ReadableStream({ pull() {} }); await s.getReader().read(); return new Response("never"); } };`, {},
    [{ ...get("/"), bodyMatches: HUNG }, { ...get("/t"), bodyMatches: HUNG }]),
  single("errors-hung-waituntil-timer-delays", "errors", "a waitUntil() timer still pending keeps a hung handler alive until it fires; then the request is canceled",
    `export default { fetch(req, env, ctx) { ctx.waitUntil(new Promise((r) => setTimeout(r, 40))); return new Promise(() => {}); } };`),
  single("errors-hung-after-sync-work", "errors", "a handler that logs, awaits resolved promises and a queueMicrotask, then hangs, is canceled",
    `export default { async fetch() { console.log("x"); await null; await new Promise((r) => queueMicrotask(r)); await Promise.resolve(1); return new Promise(() => {}); } };`),
  single("errors-hung-interval-keeps-alive", "errors", "a running setInterval is pending work: the hung handler is canceled only after the interval is cleared",
    `export default { async fetch() { let n = 0; const id = setInterval(() => { if (++n === 3) clearInterval(id); }, 5); return new Promise(() => {}); } };`),
  multi("service-bindings-hung-callee", "service-bindings", "a service binding whose fetch handler hangs: the caller's fetch() rejects with the hung error marked remote; an uncaught one reaches the client as a 500", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  if (new URL(req.url).pathname === "/raw") return env.B.fetch("http://x/");
  return Response.json(await r(() => env.B.fetch("http://x/"))); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `export default { fetch() { return new Promise(() => {}); } };`),
  ], [get("/"), { ...get("/raw"), bodyMatches: HUNG }]),
  multi("service-bindings-slow-callee-not-hung", "service-bindings", "a caller waiting on a service binding whose handler waits on a timer is not hung, nor is the callee", [
    worker("a", `export default { async fetch(req, env) { ${CATCH} return Response.json(await r(() => env.B.fetch("http://x/"))); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `export default { async fetch() { await new Promise((q) => setTimeout(q, 30)); return new Response("late"); } };`),
  ]),
  multi("rpc-hung-method", "rpc", "an RPC method whose promise can never settle: the caller's call rejects with the hung error, not marked remote; uncaught, a 500 to the client", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  if (new URL(req.url).pathname === "/raw") return new Response(await env.B.m());
  return Response.json([await r(() => env.B.m()), await r(() => env.B.later())]); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint { m() { return new Promise(() => {}); } async later() { await new Promise((q) => setTimeout(q, 20)); return "done"; } fetch() { return new Response("x"); } };`),
  ], [get("/"), { ...get("/raw"), bodyMatches: HUNG }]),
  multi("rpc-hung-named-entrypoint", "rpc", "a named entrypoint's method that hangs after a timer: the caller sees the hung error", [
    worker("a", `export default { async fetch(req, env) { ${CATCH} return Response.json(await r(() => env.N.m())); } };`, { serviceBindings: { N: { name: "b", entrypoint: "Named" } } }),
    worker("b", `import { WorkerEntrypoint } from "cloudflare:workers";
export class Named extends WorkerEntrypoint { async m() { await new Promise((q) => setTimeout(q, 10)); await new Promise(() => {}); } };
export default { fetch() { return new Response("x"); } };`),
  ]),
];
export const more = [
  multi("service-bindings-hung-self-binding", "service-bindings", "a worker calling itself through a service binding whose inner request hangs: the inner request is canceled and the outer one catches the remote error", [
    worker("a", `export default { async fetch(req, env) { ${CATCH}
  if (new URL(req.url).pathname === "/in") return new Promise(() => {});
  return Response.json(await r(() => env.SELF.fetch("http://x/in"))); } };`, { serviceBindings: { SELF: "a" } }),
  ]),
  multi("rpc-hung-loopback-uncaught", "rpc", "an RPC method reached through ctx.exports that hangs, awaited without a catch: the request ends with the hung error as a 500", [
    worker("a", `import { WorkerEntrypoint } from "cloudflare:workers";
export class N extends WorkerEntrypoint { m() { return new Promise(() => {}); } }
export default { async fetch(req, env, ctx) { return new Response(await ctx.exports.N.m()); } };`, { compatibilityFlags: ["enable_ctx_exports"] }),
  ], [{ ...get("/"), bodyMatches: HUNG }]),
];
export default [...base, ...more];
