import { CD, PRELUDE, get } from "./_h.mjs";
const rpcCase = (name, description, aBody, bScript, { aExtra = {}, bExtra = {}, flags } = {}) => ({
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
  steps: [get("/")],
});
const B_MEMBERS = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Inner extends RpcTarget { constructor() { super(); this.field = "own field"; } method() { return "inner method"; } get getter() { return "inner getter"; } _under() { return "underscore"; } #priv() { return "p"; } callPriv() { return this.#priv(); } static stat() { return "static"; } }
export default class extends WorkerEntrypoint {
  field = "class field";
  constructor(ctx, env) { super(ctx, env); this.ctorField = "ctor field"; }
  method() { return "method"; }
  get getter() { return "getter"; }
  get throwingGetter() { throw new RangeError("getter threw"); }
  get asyncGetter() { return Promise.resolve("async getter"); }
  _under() { return "underscore"; }
  #priv() { return "p"; }
  static stat() { return "static"; }
  inner() { return new Inner(); }
  obj() { return { n: 1, nested: { fn: () => "nested fn", deep: { v: [10, 20] } }, arr: [() => "arr fn"] }; }
  returnsFn() { return (x) => "fn got " + x; }
  args(...a) { return { count: a.length, types: a.map((x) => typeof x) }; }
  envKeys() { return Object.keys(this.env); }
  ctxKeys() { return [typeof this.ctx.waitUntil, typeof this.ctx.passThroughOnException, typeof this.ctx.props, JSON.stringify(this.ctx.props), typeof this.ctx.exports]; }
}`;

export default [
  rpcCase("rpcy-members", "which members of an entrypoint and an RpcTarget RPC reaches: methods, getters, fields, private, underscore, static, reserved", `
  const B = env.B;
  out.method = await t(() => B.method());
  out.getter = await t(async () => await B.getter);
  out.getterCalled = await t(() => B.getter());
  out.methodRead = await t(async () => typeof (await B.method));
  out.throwingGetter = await t(async () => await B.throwingGetter);
  out.asyncGetter = await t(async () => await B.asyncGetter);
  out.classField = await t(async () => await B.field);
  out.classFieldCalled = await t(() => B.field());
  out.ctorField = await t(async () => await B.ctorField);
  out.under = await t(() => B._under());
  out.priv = await t(() => B["#priv"]());
  out.stat = await t(() => B.stat());
  out.constructorCall = await t(() => B.constructor());
  out.toStringCall = await t(() => B.toString());
  out.hasOwnProperty = await t(() => B.hasOwnProperty("x"));
  out.valueOf = await t(() => B.valueOf());
  out.proto = await t(async () => typeof (await B.__proto__));
  out.dupCall = await t(async () => typeof B.dup);
  out.connectType = typeof B.connect;
  out.fetchType = typeof B.fetch;
  out.queueType = typeof B.queue;
  out.scheduledType = typeof B.scheduled;
  out.missing = await t(() => B.missing());
  out.missingRead = await t(async () => await B.missing);
  out.env = await t(() => B.envKeys());
  out.ctx = await t(() => B.ctxKeys());
  out.args = await t(() => B.args(1, "s", undefined, null, {}, [], true));
  const inner = await B.inner();
  out.innerMethod = await t(() => inner.method());
  out.innerGetter = await t(async () => await inner.getter);
  out.innerField = await t(async () => await inner.field);
  out.innerFieldCalled = await t(() => inner.field());
  out.innerUnder = await t(() => inner._under());
  out.innerPriv = await t(() => inner.callPriv());
  out.innerStatic = await t(() => inner.stat());
  out.innerMissing = await t(() => inner.nope());
  out.innerMissingRead = await t(async () => await inner.nope);
  out.innerConstructor = await t(() => inner.constructor());
  out.innerCallSelf = await t(() => inner());
  out.innerToString = String(inner);
  out.innerTypeof = typeof inner;
  out.innerKeys = Object.keys(inner);
  out.innerJson = JSON.stringify({ inner });
  out.innerIn = ["method" in inner, "anything" in inner, "then" in inner];
  out.innerThen = typeof inner.then;
  out.innerDupType = typeof inner.dup;
  out.bTypeof = typeof B;
  out.bString = String(B);
  out.bKeys = Object.keys(B);
  out.bThen = typeof B.then;
  `, B_MEMBERS),

  rpcCase("rpcy-pipelining-values", "pipelining through plain-object results, functions inside results, and calling results", `
  out.nestedFn = await t(() => env.B.obj().nested.fn());
  out.deep = await t(async () => await env.B.obj().nested.deep.v);
  out.deepIndex = await t(async () => await env.B.obj().nested.deep.v[1]);
  out.arrFn = await t(() => env.B.obj().arr[0]());
  out.missingDeep = await t(async () => await env.B.obj().nested.none.more);
  out.callNonFunction = await t(() => env.B.obj().n());
  out.returnedFn = await t(() => env.B.returnsFn()("x"));
  const f = await env.B.returnsFn();
  out.fnTypeof = typeof f;
  out.fnCall = await t(() => f("y"));
  out.fnMember = await t(() => f.something());
  out.fnString = String(f);
  const o = await env.B.obj();
  out.objKeys = Object.keys(o).sort();
  out.objFnType = typeof o.nested.fn;
  out.objFnCall = await t(() => o.nested.fn());
  out.objDispose = typeof o[Symbol.dispose];
  o[Symbol.dispose]();
  out.objFnAfterDispose = await t(() => o.nested.fn());
  const p = env.B.method();
  out.promiseType = [typeof p, p instanceof Promise, typeof p.then, Object.prototype.toString.call(p)];
  out.awaitMethodName = await t(() => env.B.method().length);
  `, B_MEMBERS),

  rpcCase("rpcy-local-rpcstub", "new RpcStub over local functions and RpcTargets; stubs passed around", `
  const target = new (class Local extends RpcTarget { hi(n) { return "hi " + n; } get g() { return 5; } })();
  const s = new RpcStub(target);
  out.typeofStub = typeof s;
  out.hi = await t(() => s.hi("x"));
  out.g = await t(async () => await s.g);
  out.missing = await t(() => s.nope());
  const fs = new RpcStub((x) => x * 3);
  out.fnStub = await t(() => fs(4));
  out.plainObject = await t(() => { const p = new RpcStub({ a: 1, f() { return "f"; } }); return typeof p; });
  out.stubOfStub = await t(() => typeof new RpcStub(s));
  out.noArgs = await t(() => typeof new RpcStub());
  out.callNoNew = await t(() => RpcStub(target));
  out.instanceofStub = s instanceof RpcStub;
  out.sendStub = await t(() => env.B.callIt(s));
  s[Symbol.dispose]();
  out.afterDispose = await t(() => s.hi("z"));
  out.targetInstanceofRpcTarget = target instanceof RpcTarget;
  out.rpcTargetProto = Object.getOwnPropertyNames(RpcTarget.prototype);
  out.rpcStubProto = Object.getOwnPropertyNames(RpcStub.prototype).sort();
  `, `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint { async callIt(s) { return await s.hi("remote"); } }`),


];
