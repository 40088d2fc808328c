// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-   (first copy to D as dostore-do16.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";
const callee = `
import { DurableObject } from "cloudflare:workers";
export class Counter extends DurableObject {
  async fetch(req) {
    const n = ((await this.ctx.storage.get("n")) ?? 0) + 1;
    await this.ctx.storage.put("n", n);
    return Response.json({ n, name: this.ctx.id.name ?? null, method: req.method, body: await req.text(), envKeys: Object.keys(this.env).sort() });
  }
  bump(by) { return this.ctx.storage.get("n").then((n) => (n ?? 0) + by); }
}
export default { async fetch() { return new Response("callee"); } };`;
const swCaller = `${PRELUDE}
addEventListener("fetch", (event) => event.respondWith((async () => {
  const out = {};
  out.type = typeof COUNTER;
  out.tag = Object.prototype.toString.call(COUNTER);
  const st = COUNTER.get(COUNTER.idFromName("sw"));
  out.first = await t(async () => (await st.fetch("http://x/", { method: "POST", body: "hello" })).json());
  out.second = await t(async () => (await COUNTER.getByName("sw").fetch("http://x/")).json());
  out.rpc = await t(() => st.bump(10));
  out.self = typeof self.COUNTER;
  return Response.json(out);
})()));`;
export default [
  { name: "dostore-service-worker-caller", area: "durable-objects", description: "a service-worker-format worker reaching a Durable Object class of another worker through its global binding: fetch, getByName, RPC, the object's env", options: { workers: [
    { name: "caller", compatibilityDate: CD, script: swCaller, durableObjects: { COUNTER: { className: "Counter", scriptName: "callee" } }, bindings: { V: "x" } },
    { name: "callee", modules: true, compatibilityDate: CD, script: callee, durableObjects: { SELF: "Counter" }, bindings: { CALLEE_VAR: 1 } },
  ] }, steps: [get("/"), get("/")] },
];
