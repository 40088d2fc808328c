import { CD, PRELUDE, get } from "./_h.mjs";
export default [
  {
    name: "rpcv-ctx-exports-more", area: "rpc", description: "ctx.exports with enable_ctx_exports: Durable Object namespaces, named entrypoints with props, fetch and RPC, what ctx.props holds",
    options: { modules: true, compatibilityDate: CD, compatibilityFlags: ["enable_ctx_exports"], durableObjects: { ROOM: "Room" }, script: `${PRELUDE}
import { WorkerEntrypoint, DurableObject } from "cloudflare:workers";
export class Room extends DurableObject { hi() { return "room " + (this.ctx.id.name ?? "?"); } }
export class Named extends WorkerEntrypoint {
  props() { return this.ctx.props; }
  fetch(req) { return new Response("named fetch " + JSON.stringify(this.ctx.props)); }
  echo(...a) { return a; }
}
export const plain = { fetch() { return new Response("plain fetch"); }, method(x) { return "plain " + x; } };
export default { async fetch(req, env, ctx) {
  const out = {};
  out.keys = Object.keys(ctx.exports).sort();
  out.roomIsNamespace = Object.prototype.toString.call(ctx.exports.Room);
  out.roomSame = ctx.exports.Room === env.ROOM;
  out.roomCall = await t(() => ctx.exports.Room.getByName("r1").hi());
  out.namedProps = await t(() => ctx.exports.Named.props());
  out.namedWithProps = await t(() => ctx.exports.Named({ props: { a: [1, 2], d: new Date(0) } }).props());
  out.namedFetch = await t(async () => (await ctx.exports.Named({ props: { x: 1 } }).fetch("http://n/")).text());
  out.namedEcho = await t(() => ctx.exports.Named.echo(1, "two", { three: 3 }));
  out.plainFetch = await t(async () => (await ctx.exports.plain.fetch("http://p/")).text());
  out.plainMethod = await t(() => ctx.exports.plain.method("arg"));
  out.ownProps = ctx.props;
  out.typeofNamed = typeof ctx.exports.Named;
  out.namedTag = Object.prototype.toString.call(ctx.exports.Named);
  out.propsFunction = await t(() => ctx.exports.Named({ props: { f: () => 1 } }).props());
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
  {
    name: "rpcv-arguments-and-errors", area: "rpc", description: "error subclasses and messages as RPC values, many arguments, Maps and arrays holding functions",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `${PRELUDE}
export default { async fetch(req, env, ctx) {
  const out = {};
  class MyError extends Error { constructor(m) { super(m); this.name = "MyError"; this.extra = 1; } }
  out.customErrorArg = await t(() => env.B.inspect(new MyError("mine")));
  out.typeErrorArg = await t(() => env.B.inspect(new TypeError("te")));
  out.multilineThrow = await t(() => env.B.throwMessage("line1\\nline2"));
  out.longThrow = await t(async () => { try { await env.B.throwMessage("x".repeat(5000)); } catch (e) { return e.message.length; } });
  out.manyArgs = await t(() => env.B.count(...Array.from({ length: 50 }, (_, i) => i)));
  out.mapWithFn = await t(async () => { const m = await env.B.echo(new Map([["f", () => "in map"]])); return [m instanceof Map, typeof m.get("f"), await m.get("f")()]; });
  out.arrayOfFns = await t(async () => { const r = await env.B.echo([() => 1, () => 2]); return [r.length, await r[0](), await r[1]()]; });
  out.setWithFn = await t(() => env.B.echo(new Set([() => 1])));
  out.fnWithProps = await t(async () => { const f = () => "f"; f.prop = 1; const r = await env.B.echo(f); return [typeof r, r.prop === undefined ? "no prop" : "prop"]; });
  out.classWithToJSON = await t(() => env.B.echo(new (class X { toJSON() { return 1; } })()));
  out.arrayBufferView = await t(async () => { const r = await env.B.echo({ b: new Uint16Array([1, 2]) }); return [r.b.constructor.name, [...r.b]]; });
  return Response.json(out);
} };` },
      { name: "b", modules: true, compatibilityDate: CD, script: `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  inspect(e) { return [e.constructor.name, e.name, e.message, e.extra ?? null, e instanceof Error, Object.keys(e)]; }
  throwMessage(m) { throw new Error(m); }
  count(...a) { return a.length; }
  echo(v) { return v; }
}` },
    ] },
    steps: [get("/")],
  },
];
