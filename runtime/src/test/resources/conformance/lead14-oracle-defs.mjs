// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs lead14-
import { CD, get } from "./_h.mjs";
const helloScript = `
const r = async (fn) => { try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
export default {
  async fetch(req, env) {
    const out = {};
    const H = env.HELLO;
    out.type = typeof H; out.tag = Object.prototype.toString.call(H); out.keys = Object.keys(H);
    out.first = await r(() => H.get());
    if (new URL(req.url).pathname === "/read") return Response.json(out);
    out.set = await r(() => H.set("hi"));
    out.afterSet = await r(() => H.get());
    out.sameSettings = await r(() => env.HELLO2.get());
    out.timer = await r(() => env.TIMER.get());
    out.number = await r(async () => { await env.TIMER.set(42); return env.TIMER.get(); });
    out.object = await r(async () => { await env.TIMER.set({ a: [1, 2], m: new Map([[1, 2]]) }); const v = (await env.TIMER.get()).value; return { a: v.a, map: v.m instanceof Map }; });
    out.undefinedValue = await r(() => env.TIMER.set());
    out.fetch = await r(async () => (await H.fetch("http://x/")).status);
    out.unknownMethod = await r(() => H.nope());
    out.otherWorker = await r(async () => (await env.OTHER.fetch("http://x/")).json());
    return Response.json(out);
  }
};`;
const otherScript = `export default { async fetch(req, env) { return Response.json(await env.SAME.get()); } };`;
export default [
  {
    name: "lead14-hello-world-binding",
    area: "bindings",
    description: "Miniflare's hello-world demo binding: get/set of cloneable values, a store shared by bindings (and workers) with the same settings, enable_timer, RPC members it lacks",
    options: {
      workers: [
        { name: "main", modules: true, compatibilityDate: CD, script: helloScript,
          helloWorld: { HELLO: {}, HELLO2: {}, TIMER: { enable_timer: true } }, serviceBindings: { OTHER: "other" } },
        { name: "other", modules: true, compatibilityDate: CD, script: otherScript, helloWorld: { SAME: {} } },
      ],
    },
    steps: [get("/read"), get("/"), get("/read")],
  },
];
