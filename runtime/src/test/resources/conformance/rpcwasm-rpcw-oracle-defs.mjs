import { CD, PRELUDE, get } from "./_h.mjs";
const A = (body) => `${PRELUDE}
import { RpcTarget, RpcStub } from "cloudflare:workers";
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };`;
const B_TRACK = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const log = [];
class Res extends RpcTarget { constructor(n) { super(); this.n = n; } ping() { return "pong " + this.n; } [Symbol.dispose]() { log.push("disposed " + this.n); } }
export class Named extends WorkerEntrypoint { who() { return "named " + JSON.stringify(this.ctx.props ?? null); } }
export default class extends WorkerEntrypoint {
  make(n) { return new Res(n); }
  log() { return log.slice(); }
  async callTwice(fn) { const a = await fn(1); const b = await fn(2); return [a, b]; }
  async relay(fn) { try { return await fn(); } catch (e) { return "caught " + e.name + ": " + e.message + " remote=" + e.remote; } }
  async rethrow(fn) { return await fn(); }
  returnArg(x) { return x; }
  async usesStub(s) { return await s.ping(); }
  nothing() {}
  thisCheck() { return [this instanceof WorkerEntrypoint, typeof this.env, typeof this.ctx]; }
}`;
const two = (name, description, aBody, bScript, extra = {}) => ({
  name, area: "rpc", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: A(aBody), ...(extra.a ?? {}) },
    { name: "b", modules: true, compatibilityDate: CD, script: bScript, ...(extra.b ?? {}) },
  ] },
  steps: [get("/")],
});

export default [
  two("rpcw-target-dispose-and-callbacks", "disposing a stub calls the RpcTarget's own Symbol.dispose; callbacks; errors thrown by callbacks travel back", `
  const r = await env.B.make(1);
  out.ping = await r.ping();
  r[Symbol.dispose]();
  await scheduler.wait(50);
  out.logAfterDispose = await env.B.log();
  const r2 = await env.B.make(2);
  out.ping2 = await r2.ping();
  await scheduler.wait(50);
  out.logWithoutDispose = await env.B.log();
  out.callTwice = await t(() => env.B.callTwice((x) => x * 10));
  out.relayError = await t(() => env.B.relay(() => { throw new RangeError("from caller cb"); }));
  out.rethrow = await (async () => { try { await env.B.rethrow(() => { throw new SyntaxError("cb boom"); }); } catch (e) { return [e.name, e.message, e.remote ?? null]; } })();
  out.returnArgFn = await t(async () => { const f = await env.B.returnArg(() => "mine"); return [typeof f, await f()]; });
  out.stubArg = await t(() => env.B.usesStub(new RpcStub(new (class extends RpcTarget { ping() { return "local pong"; } })())));
  out.targetArg = await t(() => env.B.usesStub(new (class extends RpcTarget { ping() { return "target pong"; } })()));
  out.passBackResult = await t(async () => { const s = await env.B.make(3); return await env.B.usesStub(s); });
  out.nothing = await t(() => env.B.nothing());
  out.thisCheck = await t(() => env.B.thisCheck());
  const p = env.B.make(4);
  out.pipelineDispose = typeof p[Symbol.dispose];
  out.fetcherDispose = typeof env.B[Symbol.dispose];
  out.fetcherDup = typeof env.B.dup;
  out.stubDupThenDispose = await t(async () => { const s = await env.B.make(5); const d = s.dup(); s[Symbol.dispose](); return await d.ping(); });`, B_TRACK),

  two("rpcw-named-entrypoint-and-props", "a service binding to a named entrypoint: ctx.props, fetch, missing methods; ctx.props on the default entrypoint", `
  out.named = await t(() => env.N.who());
  out.namedFetch = await t(async () => (await env.N.fetch("http://n/")).status);
  out.defaultProps = await t(() => env.B.thisCheck());
  out.namedMissing = await t(() => env.N.make(1));`, B_TRACK, { a: { serviceBindings: { B: "b", N: { name: "b", entrypoint: "Named" } } } }),

  {
    name: "rpcw-service-worker-peers", area: "rpc", description: "RPC with service-worker-format workers on either side",
    options: { workers: [
      { name: "a", compatibilityDate: CD, serviceBindings: { B: "b", C: "c" }, script: `${PRELUDE}
addEventListener("fetch", (event) => event.respondWith((async () => {
  const out = {};
  out.rpcToModules = await t(() => B.hello("sw"));
  out.fetchServiceWorker = await t(async () => (await C.fetch("http://c/")).text());
  return Response.json(out);
})()));` },
      { name: "b", modules: true, compatibilityDate: CD, script: `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint { hello(x) { return "hello " + x; } }` },
      { name: "c", compatibilityDate: CD, script: `addEventListener("fetch", (e) => e.respondWith(new Response("c sw")));` },
    ] },
    steps: [get("/")],
  },
];
