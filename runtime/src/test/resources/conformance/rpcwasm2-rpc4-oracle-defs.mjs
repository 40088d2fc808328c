// Re-record: copy the oracle's defs/_h.mjs and this file into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs <case name>. Left out: a method named then on an RpcTarget (workerd never answers the call), toJSON (V8s JSON.stringify skips the stubs interceptor), connect on entrypoints and Durable Objects (sockets to a service are not emulated).
import { CD, PRELUDE, get } from "./_h.mjs";
const names = ["fetch", "alarm", "webSocketMessage", "webSocketClose", "webSocketError", "queue", "scheduled", "tail", "trace", "email", "test", "dup", "toString", "valueOf", "__proto__", "hasOwnProperty"];
const methods = [...names, "connect"].filter((n) => n !== "__proto__").map((n) => `  ${JSON.stringify(n)}(...a) { return ${JSON.stringify(n)} + " ran with " + a.length; }`).join("\n");
const B = `import { WorkerEntrypoint, RpcTarget, DurableObject } from "cloudflare:workers";
class T extends RpcTarget {
${methods}
}
export class D extends DurableObject {
${methods}
}
export default class extends WorkerEntrypoint {
${methods}
  target() { return new T(); }
}`;
export default [
  {
    name: "rpcwasm2-reserved-names", area: "rpc",
    description: "methods named as handlers or as stub/promise members (fetch, alarm, webSocket*, queue, scheduled, tail, trace, email, test, dup, toString, ...; connect on an RpcTarget) called over RPC on an entrypoint, an RpcTarget and a Durable Object",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, durableObjects: { D: { className: "D", scriptName: "b" } },
        script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const out = { entry: {}, target: {}, durable: {}, types: {} };
  const show = async (fn) => { try { const v = await fn(); return v instanceof Response ? "Response " + v.status + " " + await v.text() : v === undefined ? "undefined" : typeof v === "function" ? "function" : typeof v === "object" && v !== null ? Object.prototype.toString.call(v) : v; } catch (e) { return e.name + ": " + e.message; } };
  const target = await env.B.target();
  const durable = env.D.getByName("n");
  for (const n of ${JSON.stringify(names)}) {
    out.types[n] = [typeof env.B[n], typeof target[n], typeof durable[n]];
    out.entry[n] = await show(() => env.B[n]("http://x/"));
    out.target[n] = await show(() => target[n]("http://x/"));
    out.durable[n] = await show(() => durable[n]("http://x/"));
  }
  out.targetConnect = await show(() => target.connect("http://x/"));
  return Response.json(out);
} };` },
      { name: "b", modules: true, compatibilityDate: CD, durableObjects: { D: "D" }, script: B },
    ] },
    steps: [get("/")],
  },
];
