// Re-record: copy oracle/defs/_h.mjs and this file (as rpcws-r5.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcws
import { CD, PRELUDE, get } from "./_h.mjs";
export default [
  {
    name: "rpcws-do-concurrent-rpc", area: "rpc",
    description: "concurrent RPC calls to one Durable Object: storage read-modify-write under input gates, interleaving across awaits of timers, order of results and of the object's log, an error in between",
    options: { modules: true, compatibilityDate: CD, durableObjects: { O: { className: "O", useSQLite: true } },
      script: `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export class O extends DurableObject {
  log = [];
  async incr(tag) { const v = (await this.ctx.storage.get("n")) ?? 0; await this.ctx.storage.put("n", v + 1); this.log.push(tag); return v + 1; }
  async incrWithTimer(tag) { const v = (await this.ctx.storage.get("m")) ?? 0; await sleep(5); await this.ctx.storage.put("m", v + 1); this.log.push(tag); return v + 1; }
  syncPush(tag) { this.log.push(tag); return tag; }
  async fail(tag) { this.log.push(tag); throw new Error("fail " + tag); }
  takeLog() { const l = this.log; this.log = []; return l; }
}
export default { async fetch(req, env, ctx) {
  const out = {};
  const s = env.O.getByName("c");
  out.incr = await Promise.all(Array.from({ length: 8 }, (_, i) => s.incr("i" + i)));
  out.incrLog = await s.takeLog();
  out.timer = await Promise.all(Array.from({ length: 4 }, (_, i) => s.incrWithTimer("t" + i)));
  out.timerLog = await s.takeLog();
  out.mixed = await Promise.allSettled([s.syncPush("a"), s.fail("b"), s.syncPush("c"), s.incr("d"), s.syncPush("e")]).then((r) => r.map((x) => x.status === "fulfilled" ? x.value : "rejected:" + x.reason.message));
  out.mixedLog = await s.takeLog();
  const s2 = env.O.getByName("c");
  out.twoStubs = await Promise.all([s.syncPush("x"), s2.syncPush("y"), s.syncPush("z")]);
  out.twoStubsLog = await s.takeLog();
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
];
