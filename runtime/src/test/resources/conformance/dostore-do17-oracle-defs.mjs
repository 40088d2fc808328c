// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-   (first copy to D as dostore-do17.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";
const script = `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const s = this.ctx.storage; const out = {};
    out.concurrent = await t(async () => {
      const order = [];
      const a = s.transaction(async (tx) => { order.push("a1"); await tx.put("ta", 1); await scheduler.wait(5); order.push("a2"); return "A"; });
      const b = s.transaction(async (tx) => { order.push("b1"); await tx.put("tb", 1); order.push("b2"); return "B"; });
      const c = s.transaction(async (tx) => { order.push("c1"); return "C"; });
      return [await Promise.all([a, b, c]), order];
    });
    out.nestedInside = await t(async () => s.transaction(async (tx) => { await tx.put("o", 1); return await s.transaction(async (t2) => { await t2.put("i", 2); return "inner"; }); }));
    out.nestedHelper = await t(async () => { const helper = async () => s.transaction(async (t2) => "helper"); return s.transaction(async () => { await scheduler.wait(1); return helper(); }); });
    out.failingFirst = await t(async () => {
      const order = [];
      const a = s.transaction(async () => { order.push("a"); await scheduler.wait(2); throw new Error("a failed"); }).catch((e) => e.message);
      const b = s.transaction(async (tx) => { order.push("b"); await tx.put("afterFail", 1); return "b ok"; });
      return [await a, await b, order, (await s.get("afterFail")) ?? null];
    });
    return Response.json(out);
  }
}
export default { async fetch(req, env) { return env.OBJ.getByName("tx").fetch(req); } };`;
export default [
  { name: "dostore-transactions-serialized", area: "durable-objects", description: "concurrent storage.transaction() calls run one after another; nested ones (inside a closure, through a helper) do not wait; a failing one does not block the next", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, script }, steps: [get("/")] },
  { name: "dostore-transactions-serialized-sql", area: "durable-objects", description: "as dostore-transactions-serialized, SQLite-backed", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script }, steps: [get("/")] },
];
