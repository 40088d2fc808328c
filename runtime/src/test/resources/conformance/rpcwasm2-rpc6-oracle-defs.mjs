// Re-record: copy the oracle's defs/_h.mjs and this file into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs <case name>
import { CD, PRELUDE, get } from "./_h.mjs";
export default [
  {
    name: "rpcwasm2-durable-rpc-shapes", area: "rpc",
    description: "Durable Object RPC: getters, fields, private and static members, RpcTargets and callbacks kept across calls, storage values as results, pipelining from getByName, errors thrown by a Durable Object",
    options: { modules: true, compatibilityDate: CD, durableObjects: { D: { className: "D", useSQLite: true } }, script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
class Cursor extends RpcTarget {
  constructor(storage) { super(); this.storage = storage; }
  async put(k, v) { await this.storage.put(k, v); return "put " + k; }
  async get(k) { return await this.storage.get(k); }
}
export class D extends DurableObject {
  count = 0;
  saved = null;
  static make() { return "static"; }
  #secret() { return "secret"; }
  get doubled() { return this.count * 2; }
  get asyncGetter() { return Promise.resolve("async getter"); }
  inc(by = 1) { this.count += by; return this.count; }
  cursor() { return new Cursor(this.ctx.storage); }
  async values() { await this.ctx.storage.put({ a: 1, b: new Map([["m", 1]]), c: new Date(7) }); return await this.ctx.storage.get(["a", "b", "c", "missing"]); }
  async callMe(fn) { return "D got " + await fn(this.count); }
  save(fn) { this.saved = fn; return "saved"; }
  async useSaved() { try { return await this.saved(1); } catch (e) { return e.name + ": " + e.message; } }
  fail(kind) {
    if (kind === "custom") { class DoErr extends Error { constructor(m) { super(m); this.name = "DoErr"; } } throw new DoErr("custom do"); }
    if (kind === "range") throw new RangeError("range do");
    if (kind === "dom") throw new DOMException("dom do", "NotSupportedError");
    if (kind === "obj") throw { reason: "object" };
  }
  async failAsync() { await null; throw new SyntaxError("async do"); }
  whoami() { return [this.ctx.id.name ?? null, typeof this.env, this instanceof DurableObject]; }
  echo(v) { return v; }
}
export default { async fetch(req, env, ctx) {
  const out = {};
  const s = env.D.getByName("one");
  out.inc = [await s.inc(), await s.inc(4), await s.inc(undefined)];
  out.doubled = await t(async () => await s.doubled);
  out.asyncGetter = await t(async () => await s.asyncGetter);
  out.countField = await t(async () => await s.count);
  out.staticMake = await t(() => s.make());
  out.secret = await t(() => s["#secret"]());
  out.cursor = await t(async () => { const c = await s.cursor(); return [await c.put("k", "v"), await c.get("k"), await c.storage]; });
  out.cursorPipelined = await t(() => env.D.getByName("two").cursor().put("p", 1));
  out.values = await t(async () => { const m = await s.values(); return [Object.prototype.toString.call(m), [...m.keys()], m.get("a"), [...m.get("b")], m.get("c").getTime()]; });
  out.callMe = await t(() => s.callMe(async (n) => "count " + n));
  out.saved = await t(async () => [await s.save((x) => "saved fn " + x), await s.useSaved()]);
  for (const k of ["custom", "range", "dom", "obj"]) out["fail_" + k] = await t(async () => { try { await s.fail(k); return "resolved"; } catch (e) { return [e.name, e.constructor.name, e.message, e.remote ?? null, e.code ?? null]; } });
  out.failAsync = await t(() => s.failAsync());
  out.afterFailures = await t(() => s.inc());
  out.whoami = await t(() => s.whoami());
  out.echoUndefined = await t(() => s.echo());
  out.echoBig = await t(async () => (await s.echo("y".repeat(100000))).length);
  out.pipelineStub = await t(() => env.D.get(env.D.idFromName("one")).inc(0));
  out.sameObject = await t(async () => (await env.D.getByName("one").inc(0)) === (await s.inc(0)));
  return Response.json(out);
} };` },
    steps: [get("/"), get("/")],
  },
];
