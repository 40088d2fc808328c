import { CD, PRELUDE, get } from "./_h.mjs";
const doScript = (body) => `${PRELUDE}
import { DurableObject, RpcTarget, WorkerEntrypoint } from "cloudflare:workers";
class Tally extends RpcTarget { constructor(n) { super(); this.n = n; } add(k) { this.n += k; return this.n; } get total() { return this.n; } }
export class Counter extends DurableObject {
  count = 0;
  increment(by = 1) { this.count += by; return this.count; }
  get current() { return this.count; }
  whoami() { return { id: this.ctx.id.toString().length, name: this.ctx.id.name ?? null, envKeys: Object.keys(this.env), ctxType: Object.prototype.toString.call(this.ctx), hasStorage: typeof this.ctx.storage }; }
  async store(k, v) { await this.ctx.storage.put(k, v); return await this.ctx.storage.get(k); }
  tally(n) { return new Tally(n); }
  fail(kind) { if (kind === "type") throw new TypeError("do type error"); const e = new Error("do error"); e.extra = 1; throw e; }
  async slow(ms, tag) { await scheduler.wait(ms); return tag; }
  echo(v) { return v; }
  fetch(req) { return new Response("do fetch " + new URL(req.url).pathname); }
  alarm() { return "alarm ran"; }
  webSocketMessage() { return "wsm"; }
  _private() { return "underscore ok"; }
}
export class Legacy {
  constructor(state, env) { this.state = state; }
  hello() { return "legacy hello"; }
  fetch() { return new Response("legacy fetch"); }
}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };`;
const doCase = (name, description, body) => ({
  name, area: "rpc", description,
  options: { modules: true, compatibilityDate: CD, durableObjects: { COUNTER: "Counter", LEGACY: "Legacy" }, script: doScript(body) },
  steps: [get("/"), get("/again")],
});

export default [
  doCase("rpcdo-stub-calls", "RPC to Durable Objects: methods, getters, state across calls and requests, ids, storage, RpcTarget results, errors", `
  const stub = env.COUNTER.getByName("alpha");
  out.typeofStub = typeof stub;
  out.stubString = String(stub);
  out.stubTag = Object.prototype.toString.call(stub);
  out.stubKeys = Object.keys(stub);
  out.stubName = stub.name ?? null;
  out.stubIdName = stub.id.name ?? null;
  out.inc = await t(() => stub.increment());
  out.inc5 = await t(() => stub.increment(5));
  out.current = await t(async () => await stub.current);
  out.field = await t(async () => await stub.count);
  out.who = await t(() => stub.whoami());
  out.store = await t(() => stub.store("k", { v: [1, 2] }));
  const tally = await stub.tally(10);
  out.tallyAdd = await t(() => tally.add(5));
  out.tallyTotal = await t(async () => await tally.total);
  out.pipelinedTally = await t(() => stub.tally(1).add(1));
  out.failType = await t(() => stub.fail("type"));
  out.failPlain = await (async () => { try { await stub.fail("plain"); } catch (e) { return [e.name, e.message, e.remote ?? null, e.extra ?? null, Object.keys(e)]; } })();
  out.missing = await t(() => stub.nope());
  out.alarm = await t(() => stub.alarm());
  out.wsm = await t(() => stub.webSocketMessage());
  out.under = await t(() => stub._private());
  out.fetch = await t(async () => (await stub.fetch("http://do/path")).text());
  out.connectType = typeof stub.connect;
  out.parallel = await t(() => Promise.all([stub.slow(30, "a"), stub.slow(1, "b"), stub.increment(100)]));
  const byId = env.COUNTER.get(env.COUNTER.idFromName("alpha"));
  out.sameObjectById = await t(async () => await byId.current);
  const other = env.COUNTER.get(env.COUNTER.newUniqueId());
  out.otherObject = await t(() => other.increment());
  out.otherWho = await t(() => other.whoami());
  out.echoMap = await t(async () => { const m = await stub.echo(new Map([["a", 1]])); return [m instanceof Map, [...m]]; });
  out.echoFn = await t(() => stub.echo(() => 1));
  out.echoFnCall = await t(async () => { const f = await stub.echo((x) => x + 1); return await f(1); });
  out.legacy = await t(() => env.LEGACY.getByName("l").hello());
  out.legacyRead = await t(async () => await env.LEGACY.getByName("l").state);
  out.legacyFetch = await t(async () => (await env.LEGACY.getByName("l").fetch("http://l/")).text());
  out.nsKeys = Object.keys(env.COUNTER);
  out.nsTag = Object.prototype.toString.call(env.COUNTER);`),
];
