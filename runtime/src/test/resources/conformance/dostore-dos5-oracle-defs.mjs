import { CD, PRELUDE, get } from "./_h.mjs";
const script = `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  constructor(ctx, env) {
    super(ctx, env);
    this.ctorAlarm = null;
    ctx.blockConcurrencyWhile(async () => { this.ctorAlarm = await t(() => ctx.storage.setAlarm(Date.now() + 3600000)); });
  }
  async alarm() {}
  shape() {
    return {
      ownKeys: Object.keys(this).sort(),
      ctxIsState: Object.prototype.toString.call(this.ctx),
      envSame: typeof this.env,
      protoNames: Object.getOwnPropertyNames(DurableObject.prototype).sort(),
      baseName: DurableObject.name,
      baseLen: DurableObject.length,
      ctorAlarm: this.ctorAlarm,
      instanceOfBase: this instanceof DurableObject,
    };
  }
  async waitUntilTest() { this.ctx.waitUntil(this.ctx.storage.put("wu", 1)); return "ok"; }
  async readWu() { return await this.ctx.storage.get("wu"); }
  async bigSql() { return "n/a"; }
}
export class Plain extends DurableObject {}
export default { async fetch(req, env, ctx) {
  const out = {};
  const stub = env.OBJ.getByName("s");
  out.shape = await t(() => stub.shape());
  out.wu = await t(async () => { await stub.waitUntilTest(); return await stub.readWu(); });
  out.newBase = await t(() => { new DurableObject(); return "ok"; });
  out.newBaseArgs = await t(() => { const o = new DurableObject({}, {}); return Object.keys(o).sort(); });
  out.callBase = await t(() => { DurableObject(); return "ok"; });
  out.plainFetch = await t(async () => { const r = await env.PLAIN.getByName("p").fetch("http://x/"); return [r.status, await r.text()]; });
  out.plainRpcMissing = await t(() => env.PLAIN.getByName("p").hello());
  out.plainAlarm = await t(() => env.PLAIN.getByName("p").alarm());
  return Response.json(out);
} };`;
export default [
  { name: "dos-base-class-shape", area: "durable-objects", description: "the DurableObject base class: instance keys, prototype, constructing it directly, a setAlarm in the constructor, waitUntil, a class with no handlers",
    options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj", PLAIN: "Plain" }, script }, steps: [get("/")] },
];
