// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-   (first copy to D as dostore-do15.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";
const script = `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  constructor(ctx, env) { super(ctx, env); this.log = []; }
  async fetch(req) {
    const url = new URL(req.url); const op = url.pathname.split("/")[2]; const out = { op };
    const self = this.env.OBJ.get(this.ctx.id);
    if (op === "self") { out.inner = await (await self.fetch("http://x/" + this.ctx.id.name + "/leaf")).text(); }
    if (op === "leaf") return new Response("leaf of " + this.ctx.id.name);
    if (op === "selfRpc") { out.inner = await self.leafRpc(); }
    if (op === "cycle") { const other = this.env.OBJ.getByName(url.searchParams.get("to")); out.inner = await (await other.fetch("http://x/" + url.searchParams.get("to") + "/back?to=" + this.ctx.id.name)).text(); }
    if (op === "back") { const orig = this.env.OBJ.getByName(url.searchParams.get("to")); return new Response("back:" + await (await orig.fetch("http://x/" + url.searchParams.get("to") + "/leaf")).text()); }
    if (op === "interleave") {
      const stub = this.env.OBJ.getByName("il");
      const rs = await Promise.all([0, 1, 2].map((i) => stub.fetch("http://x/il/step?i=" + i).then((r) => r.json())));
      out.logs = rs.map((r) => r.log);
      out.final = await (await stub.fetch("http://x/il/read")).json();
    }
    if (op === "step") {
      const i = url.searchParams.get("i");
      this.log.push("start" + i);
      await this.ctx.storage.get("x");
      this.log.push("got" + i);
      await this.ctx.storage.put("x" + i, i);
      this.log.push("put" + i);
      await scheduler.wait(5);
      this.log.push("waited" + i);
      out.log = [...this.log];
    }
    if (op === "read") { out.log = this.log; out.keys = [...(await this.ctx.storage.list()).keys()]; }
    return Response.json(out);
  }
  leafRpc() { return "rpc leaf " + this.ctx.id.name; }
}
export default { async fetch(req, env) {
  const url = new URL(req.url); const name = url.pathname.split("/")[1];
  return env.OBJ.getByName(name).fetch(req);
} };`;
export default [
  { name: "dostore-reentrancy-interleaving", area: "durable-objects", description: "an object calling itself by fetch and RPC, two objects calling each other back, and how concurrent requests interleave around storage calls and timers", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, script },
    steps: [get("/a/self"), get("/a/selfRpc"), get("/b/cycle?to=c"), get("/d/interleave")] },
];
