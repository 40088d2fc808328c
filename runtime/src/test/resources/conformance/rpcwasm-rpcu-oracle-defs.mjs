import { CD, PRELUDE, get } from "./_h.mjs";
export default [
  {
    name: "rpcu-durable-object-targets", area: "rpc", description: "Durable Object RPC: callbacks into the caller, stubs kept across requests, RpcTarget state per object, errors from storage",
    options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
class Session extends RpcTarget { constructor(o, user) { super(); this.o = o; this.user = user; } async say(msg) { return this.o.post(this.user + ": " + msg); } }
export class Obj extends DurableObject {
  messages = [];
  join(user) { return new Session(this, user); }
  post(line) { this.messages.push(line); return this.messages.length; }
  history() { return this.messages; }
  async withCallback(fn) { const r = await fn("from do"); return "do got " + r; }
  async putBad() { await this.ctx.storage.put("k", () => 1); }
  async putUndefined() { await this.ctx.storage.put("k", undefined); }
  idInfo() { return [this.ctx.id.toString() === this.ctx.id.toString(), typeof this.ctx.id.equals, this.ctx.id.name ?? null]; }
}
export default { async fetch(req, env, ctx) {
  const out = {};
  const stub = env.OBJ.getByName(new URL(req.url).pathname);
  const s = await stub.join("ann");
  out.say1 = await t(() => s.say("hi"));
  out.say2 = await t(() => s.say("again"));
  out.pipelinedSay = await t(() => stub.join("bob").say("yo"));
  out.history = await t(() => stub.history());
  out.callback = await t(() => stub.withCallback((x) => "cb(" + x + ")"));
  out.putBad = await t(() => stub.putBad());
  out.putUndefined = await t(() => stub.putUndefined());
  out.idInfo = await t(() => stub.idInfo());
  out.byIdName = await t(() => env.OBJ.get(env.OBJ.idFromName("/a")).idInfo());
  out.uniqueIdInfo = await t(() => env.OBJ.get(env.OBJ.newUniqueId()).idInfo());
  out.uniqueStubKeys = Object.keys(env.OBJ.get(env.OBJ.newUniqueId()));
  out.uniqueStubName = String(env.OBJ.get(env.OBJ.newUniqueId()).name);
  return Response.json(out);
} };` },
    steps: [get("/a"), get("/a"), get("/b")],
  },
];
