// Re-record: copy the oracle's defs/_h.mjs and this file into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs <case name>
import { CD, PRELUDE, get } from "./_h.mjs";
export default [
  {
    name: "rpcwasm2-identity-in-values", area: "rpc",
    description: "identity kept inside one RPC value: views of one buffer, repeated Maps, errors with causes, the same function or RpcTarget twice, result object disposers",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `${PRELUDE}
import { RpcTarget } from "cloudflare:workers";
export default { async fetch(req, env, ctx) {
  const out = {};
  const buf = new ArrayBuffer(8);
  out.views = await t(async () => { const r = await env.B.echo([new Uint8Array(buf, 0, 4), new Uint16Array(buf, 4, 2), buf]); return [r[0].buffer === r[1].buffer, r[0].buffer === r[2], r[1].byteOffset, r[2].byteLength]; });
  out.viewsDescribe = await t(() => env.B.sameBuffers([new Uint8Array(buf, 0, 4), new Uint16Array(buf, 4, 2)]));
  const m = new Map([[1, 2]]);
  out.maps = await t(async () => { const r = await env.B.echo({ a: m, b: [m] }); return [r.a === r.b[0], r.a.get(1)]; });
  out.errorCause = await t(async () => { const inner = new TypeError("inner"); const e = new Error("outer", { cause: inner }); const r = await env.B.echo({ e, inner }); return [r.e.cause === r.inner, r.e.cause?.name, r.e.cause?.message]; });
  out.selfCause = await t(async () => { const e = new Error("self"); e.cause = e; const r = await env.B.echo(e); return [r.cause === r, r.message]; });
  const fn = () => "f";
  out.sameFn = await t(async () => { const r = await env.B.echo([fn, fn]); return [r[0] === r[1], typeof r[0], await r[0](), await r[1]()]; });
  out.sameFnRemote = await t(() => env.B.sameTwice(fn, fn));
  const target = new (class T extends RpcTarget { hi() { return "hi"; } })();
  out.sameTarget = await t(async () => { const r = await env.B.echo({ x: target, y: target }); return [r.x === r.y, await r.x.hi(), await r.y.hi()]; });
  out.sameTargetRemote = await t(() => env.B.sameTwice(target, target));
  out.resultDisposers = await t(async () => { const r = await env.B.echo({ f: fn }); const arr = await env.B.echo([fn]); const prim = await env.B.echo(5); return [typeof r[Symbol.dispose], typeof arr[Symbol.dispose], Object.getOwnPropertySymbols(r).length, Object.keys(r)]; });
  out.disposeResultObject = await t(async () => { const r = await env.B.echo({ f: fn }); r[Symbol.dispose](); try { await r.f(); return "called"; } catch (e) { return e.message; } });
  out.argsIdentity = await t(() => env.B.argsSame(m, m));
  out.frozenArg = await t(async () => { const r = await env.B.echo(Object.freeze({ a: 1 })); return [Object.isFrozen(r), r.a]; });
  out.nonEnumerableArg = await t(async () => { const o = {}; Object.defineProperty(o, "h", { value: 1, enumerable: false }); o.v = 2; return Object.keys(await env.B.echo(o)); });
  out.arrayProps = await t(async () => { const a = [1, 2]; a.extra = "x"; const r = await env.B.echo(a); return [r.length, r.extra ?? "dropped"]; });
  out.numericKeys = await t(async () => Object.keys(await env.B.echo({ b: 1, 2: "two", a: 3, 1: "one" })));
  return Response.json(out);
} };` },
      { name: "b", modules: true, compatibilityDate: CD, script: `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  echo(v) { return v; }
  sameBuffers(list) { return [list[0].buffer === list[1].buffer, list[0].buffer.byteLength]; }
  async sameTwice(a, b) { return [a === b, typeof a]; }
  argsSame(a, b) { return a === b; }
}` },
    ] },
    steps: [get("/")],
  },
];
