const caller = `
async function t(fn) {
  try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; }
  catch (e) { return { error: { name: e?.name, message: e?.message } }; }
}
export default { async fetch(req, env, ctx) {
  const out = {};
  const stub = env.OBJ.get(env.OBJ.idFromName("x"));
  out.doBasePatched = await t(() => stub.patchedOnBase());
  out.doOwn = await t(() => stub.own());
  out.epBasePatched = await t(() => env.B.patchedOnBase());
  out.epOwn = await t(() => env.B.own());
  out.targetBasePatched = await t(async () => { const tgt = await env.B.target(); try { return await tgt.patchedOnTarget(); } finally { tgt[Symbol.dispose](); } });
  return Response.json(out);
} };`;
const callee = `import { DurableObject, WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
DurableObject.prototype.patchedOnBase = function () { return "do base " + typeof this.ctx; };
WorkerEntrypoint.prototype.patchedOnBase = function () { return "ep base " + typeof this.ctx; };
RpcTarget.prototype.patchedOnTarget = function () { return "target base"; };
class T extends RpcTarget {}
export class Obj extends DurableObject { own() { return "own"; } }
export default class extends WorkerEntrypoint { own() { return "ep own"; } target() { return new T(); } }
`;
export default [
  {
    name: "rpc-s26-methods-patched-on-builtin-base-prototypes",
    area: "rpc",
    description: "methods assigned on DurableObject.prototype, WorkerEntrypoint.prototype and RpcTarget.prototype (the built-in bases) called over RPC (test harnesses patch them)",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: "2025-01-01", serviceBindings: { B: "b" }, durableObjects: { OBJ: { className: "Obj", scriptName: "b" } }, script: caller },
      { name: "b", modules: true, compatibilityDate: "2025-01-01", script: callee },
    ] },
    steps: [{ request: { url: "http://localhost/", method: "GET" } }],
  },
];
