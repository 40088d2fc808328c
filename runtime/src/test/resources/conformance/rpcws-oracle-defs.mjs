// Re-record: copy oracle/defs/_h.mjs and this file (as rpcws-rpc.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs rpcws
import { CD, PRELUDE, get } from "./_h.mjs";
const two = (name, description, aBody, bScript, { aExtra = {}, bExtra = {}, flags, steps } = {}) => ({
  name, area: "rpc", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, ...(flags ? { compatibilityFlags: flags } : {}), serviceBindings: { B: "b" }, ...aExtra,
      script: `${PRELUDE}
import { RpcTarget, RpcStub } from "cloudflare:workers";
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${aBody}
  return Response.json(out);
} };` },
    { name: "b", modules: true, compatibilityDate: CD, ...(flags ? { compatibilityFlags: flags } : {}), ...bExtra, script: bScript },
  ] },
  steps: steps ?? [get("/")],
});

const B_PROPS = `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  props() { return this.ctx.props; }
  propsInfo() { const p = this.ctx.props; return { type: typeof p, frozen: Object.isFrozen(p), keys: Object.keys(p ?? {}), proto: Object.getPrototypeOf(p ?? {}) === Object.prototype }; }
  mutate() { try { this.ctx.props.added = 1; } catch (e) { return e.name; } return this.ctx.props; }
  async fetch(req) { return Response.json({ path: new URL(req.url).pathname, props: this.ctx.props }); }
}
export class Named extends WorkerEntrypoint {
  props() { return this.ctx.props; }
  async fetch(req) { return Response.json({ named: true, props: this.ctx.props }); }
}
export const obj = {
  fetch(req, env, ctx) { return Response.json({ obj: true, props: ctx.props }); },
  props(env, ctx) { return "unused"; },
};
`;

const B_ORDER = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const log = [];
class Base extends RpcTarget {
  constructor() { super(); this.tag = "t"; }
  base() { return "base:" + this.tag; }
  get baseGetter() { return "baseGetter:" + this.tag; }
  shadow() { return "base shadow"; }
}
class Derived extends Base {
  derived() { return "derived:" + this.tag; }
  shadow() { return "derived over " + super.shadow(); }
  fail() { throw new RangeError("target failed"); }
  after() { return "still works"; }
  record(i) { log.push("t" + i); return i; }
  self() { return this; }
}
export default class extends WorkerEntrypoint {
  record(i) { log.push(i); return i; }
  async recordAsync(i) { await null; log.push("a" + i); return i; }
  log() { const l = [...log]; log.length = 0; return l; }
  derived() { return new Derived(); }
  failing() { throw new TypeError("failed early"); }
  async failingAsync() { await null; throw new SyntaxError("failed late"); }
  async callBack(fn) { const r = await fn(); return "callback gave " + r; }
  async callBackTarget(fn) { const t = await fn(); return await t.hello("from b"); }
  reenter() { return "reentered"; }
  same(x) { return typeof x; }
  async echoBack(stub) { return await stub.base(); }
  makeFn() { let n = 0; return () => ++n; }
  obj() { return { t: new Derived(), list: [new Derived(), 2], fn: () => "in obj" }; }
  returnThis() { return this; }
  returnEnv() { return Object.keys(this.env); }
  returnCtx() { return this.ctx; }
  nestedErr() { const e = new Error("outer", { cause: new TypeError("inner") }); throw e; }
  aggregate() { throw new AggregateError([new Error("one"), new TypeError("two")], "many"); }
  custom() { class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; this.code = 42; } } throw new MyErr("mine"); }
  big(s) { return s.length; }
  bigResult(n) { return "x".repeat(n); }
}
`;

const B_MOVES = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class T extends RpcTarget { constructor(n) { super(); this.n = n; } get v() { return this.n; } m() { return "m" + this.n; } }
export default class extends WorkerEntrypoint {
  make(n) { return new T(n); }
  obj(n) { return { t: new T(n) }; }
  async use(stub) { return await stub.m(); }
  async useProp(stub) { return await stub.v; }
  noUse(stub) { return typeof stub; }
}`;

export default [
  {
    name: "rpcws-service-props", area: "rpc",
    description: "props of a service binding (Miniflare's { name, entrypoint, props }) reach ctx.props of the target for RPC and fetch",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD,
        serviceBindings: { B: { name: "b", props: { user: "u1", n: [1, 2], nested: { ok: true } } }, N: { name: "b", entrypoint: "Named", props: { role: "admin" } }, P: "b", E: { name: "b", props: {} }, O: { name: "b", entrypoint: "obj", props: { o: 1 } } },
        script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const out = {};
  out.bProps = await t(() => env.B.props());
  out.bInfo = await t(() => env.B.propsInfo());
  out.bMutate = await t(() => env.B.mutate());
  out.bAgain = await t(() => env.B.props());
  out.bFetch = await t(async () => (await env.B.fetch("http://x/path")).json());
  out.nProps = await t(() => env.N.props());
  out.nFetch = await t(async () => (await env.N.fetch("http://x/")).json());
  out.pProps = await t(() => env.P.props());
  out.pInfo = await t(() => env.P.propsInfo());
  out.pFetch = await t(async () => (await env.P.fetch("http://x/")).json());
  out.eProps = await t(() => env.E.props());
  out.oFetch = await t(async () => (await env.O.fetch("http://x/")).json());
  return Response.json(out);
} };` },
      { name: "b", modules: true, compatibilityDate: CD, script: B_PROPS },
    ] },
    steps: [get("/")],
  },
  two("rpcws-order-inheritance-errors", "order of concurrent calls, RpcTarget subclasses, stubs after errors, pipelining on failures, callbacks reentering, error shapes", `
  const B = env.B;
  const ps = []; for (let i = 0; i < 8; i++) ps.push(B.record(i));
  out.concurrentResults = await Promise.all(ps);
  out.concurrentLog = await B.log();
  const pa = []; for (let i = 0; i < 4; i++) { pa.push(B.recordAsync(i)); pa.push(B.record(10 + i)); }
  await Promise.all(pa);
  out.mixedLog = await B.log();
  const d = await B.derived();
  out.derived = await t(() => d.derived());
  out.base = await t(() => d.base());
  out.baseGetter = await t(async () => await d.baseGetter);
  out.shadow = await t(() => d.shadow());
  out.tag = await t(async () => await d.tag);
  out.fail = await t(() => d.fail());
  out.afterFail = await t(() => d.after());
  const tp = []; for (let i = 0; i < 5; i++) tp.push(d.record(i));
  await Promise.all(tp);
  out.targetLog = await B.log();
  out.selfType = await t(async () => { const s = await d.self(); return [typeof s, await s.derived()]; });
  out.pipeOnFailing = await t(() => B.failing().foo());
  out.pipePropOnFailing = await t(async () => await B.failing().prop);
  out.pipeOnFailingAsync = await t(() => B.failingAsync().bar());
  out.afterErrorsStillWork = await t(() => B.record("x"));
  await B.log();
  out.pipeDerived = await t(() => B.derived().derived());
  out.pipeDerivedGetter = await t(async () => await B.derived().baseGetter);
  out.pipeObjTarget = await t(() => B.obj().t.base());
  out.pipeObjList = typeof B.obj().list[0];
  out.pipeObjFn = await t(() => B.obj().fn());
  out.callBack = await t(() => B.callBack(() => "cb"));
  out.callBackReenters = await t(() => B.callBack(async () => await env.B.reenter()));
  out.callBackTarget = await t(() => B.callBackTarget(() => new (class extends RpcTarget { hello(x) { return "hello " + x; } })()));
  out.callBackThrows = await t(() => B.callBack(() => { throw new URIError("cb threw"); }));
  out.echoBack = await t(() => B.echoBack(d));
  out.passTarget = await t(() => B.same(d));
  const counter = await B.makeFn();
  out.counter = [await counter(), await counter(), await counter()];
  out.returnThis = await t(() => B.returnThis());
  out.returnEnv = await t(() => B.returnEnv());
  out.returnCtx = await t(() => B.returnCtx());
  out.nestedErr = await t(async () => { try { await B.nestedErr(); } catch (e) { return [e.name, e.message, e.remote ?? "no remote", e.cause === undefined ? "no cause" : [e.cause?.name, e.cause?.message], Object.keys(e)]; } });
  out.aggregate = await t(async () => { try { await B.aggregate(); } catch (e) { return [e.name, e.constructor.name, e.message, Array.isArray(e.errors) ? e.errors.map((x) => x?.name + ":" + x?.message) : String(e.errors), e.remote ?? "no remote"]; } });
  out.custom = await t(async () => { try { await B.custom(); } catch (e) { return [e.name, e.constructor.name, e.message, e.code ?? "no code", e.remote ?? "no remote", e instanceof Error]; } });
  out.stackShape = await t(async () => { try { await B.failing(); } catch (e) { return [typeof e.stack, e.stack.split("\\n")[0]]; } });
`, B_ORDER),
  two("rpcws-message-size", "RPC message size limits for arguments and results", `
  const B = env.B;
  out.arg33m = await t(() => B.big("x".repeat(33 << 20)));
  out.arg33mTwoByte = await t(() => B.big("\u00e9\u0101".repeat(9 << 20)));
  out.arg33mInObject = await t(() => B.big({ a: "x".repeat(33 << 20), n: 1 }));
  out.res33m = await t(async () => (await B.bigResult(33 << 20)).length);
  out.after = await t(() => B.big("ok"));
`, B_ORDER),
  {
    name: "rpcws-do-names-and-errors", area: "rpc",
    description: "Durable Object stubs over RPC: stub.name and id.name by getByName/idFromName/newUniqueId/idFromString, ctx.id inside, state after a thrown error, reserved handler names, returning this",
    options: { modules: true, compatibilityDate: CD, durableObjects: { O: { className: "O", useSQLite: true } },
      script: `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
export class O extends DurableObject {
  n = 0;
  inc() { return ++this.n; }
  boom() { this.n += 100; throw new RangeError("boom " + this.n); }
  who() { return { name: this.ctx.id.name ?? "undefined", str: this.ctx.id.toString().length }; }
  async alarm() { return "alarm ran"; }
  webSocketMessage() { return "wsm ran"; }
  returnThis() { return this; }
  returnStorage() { return this.ctx.storage; }
  returnId() { return this.ctx.id; }
  returnEnv() { return Object.keys(this.env); }
  async fetch(req) { return new Response("fetch " + new URL(req.url).pathname); }
}
export default { async fetch(req, env, ctx) {
  const out = {};
  const byName = env.O.getByName("alpha");
  out.byNameName = byName.name ?? "undefined";
  out.byNameIdName = byName.id.name ?? "undefined";
  out.byNameWho = await t(() => byName.who());
  const fromName = env.O.get(env.O.idFromName("beta"));
  out.fromNameName = fromName.name ?? "undefined";
  out.fromNameIdName = fromName.id.name ?? "undefined";
  out.fromNameWho = await t(() => fromName.who());
  const uid = env.O.newUniqueId();
  const unique = env.O.get(uid);
  out.uniqueName = unique.name ?? "undefined";
  out.uniqueIdName = uid.name ?? "undefined";
  out.uniqueWho = await t(() => unique.who());
  const fromStr = env.O.get(env.O.idFromString(env.O.idFromName("beta").toString()));
  out.fromStrName = fromStr.name ?? "undefined";
  out.fromStrIdName = fromStr.id.name ?? "undefined";
  out.fromStrWho = await t(() => fromStr.who());
  out.stubKeys = Object.keys(byName);
  out.stubTag = Object.prototype.toString.call(byName);
  out.inc1 = await t(() => byName.inc());
  out.boom = await t(() => byName.boom());
  out.incAfterBoom = await t(() => byName.inc());
  out.alarmRpc = await t(() => byName.alarm());
  out.wsmRpc = await t(() => byName.webSocketMessage());
  out.fetchRpc = await t(async () => (await byName.fetch("http://x/p")).text());
  out.returnThis = await t(() => byName.returnThis());
  out.returnStorage = await t(() => byName.returnStorage());
  out.returnId = await t(() => byName.returnId());
  out.returnEnv = await t(() => byName.returnEnv());
  out.constructorRpc = await t(() => byName.constructor());
  out.missing = await t(() => byName.nope());
  out.missingProp = await t(async () => await byName.nope);
  out.nField = await t(async () => await byName.n);
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
{
  name: "rpcws-stub-sent-moves", area: "rpc", description: "a stub sent as an argument moves to the receiver: the sender's copy is disposed, dup()s survive, sending a disposed stub fails only when the receiver calls it",
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `${PRELUDE}
import { RpcTarget, RpcStub } from "cloudflare:workers";
export default { async fetch(req, env, ctx) { const out = {};
  const r = await env.B.make(1);
  out.r1 = await t(() => env.B.use(r)); out.r2 = await t(() => r.m()); out.r3 = await t(() => env.B.use(r));
  const d = r.dup();
  out.d1 = await t(() => env.B.use(d)); out.d2 = await t(() => d.m()); out.rAfterD = await t(() => r.m());
  const u = await env.B.make(2);
  out.u1 = await t(() => env.B.noUse(u)); out.u2 = await t(() => u.m());
  const c = await env.B.make(3); const cd = c.dup(); c[Symbol.dispose]();
  out.cd1 = await t(() => env.B.use(cd)); out.cd2 = await t(() => cd.m());
  const o = await env.B.obj(4);
  out.o1 = await t(() => env.B.use(o.t)); out.o2 = await t(() => o.t.m());
  const l = new RpcStub(new (class extends RpcTarget { m() { return "local"; } })());
  out.l1 = await t(() => env.B.use(l)); out.l2 = await t(() => l.m());
  const p = await env.B.make(5);
  out.p1 = await t(() => env.B.useProp(p)); out.p2 = await t(() => p.m());
  const q = await env.B.make(6); const qd = q.dup();
  out.q1 = await t(() => env.B.use(q)); out.q2 = await t(() => q.m()); out.qd = await t(() => qd.m());
  return Response.json(out); } };` },
    { name: "b", modules: true, compatibilityDate: CD, script: B_MOVES },
  ] },
  steps: [get("/")],
},
];
