// Re-record: copy oracle/defs/_h.mjs and this file (as do21c.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do21-
import { CD, PRELUDE, get } from "./_h.mjs";
const HEAD = `
import { DurableObject, RpcTarget, WorkerEntrypoint, WorkflowEntrypoint } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
`;
export default [
  { name: "do21-ctx-exports-class-kinds", area: "durable-objects", description: "ctx.exports for each kind of export: bound and unbound Durable Object classes, entrypoints, plain classes, RpcTarget classes, functions, objects; the shape of a LoopbackDurableObjectClass",
    options: { modules: true, compatibilityDate: "2026-04-26", durableObjects: { DO: "Obj" }, script: `${PRELUDE}${HEAD}
export class Obj extends DurableObject { ping() { return "pong"; } }
export class Unbound extends DurableObject { who() { return "unbound"; } }
export class Sub extends Unbound {}
export class Helper extends WorkerEntrypoint { hello() { return "hi"; } }
export class Plain { fetch() { return new Response("plain"); } }
export class Target extends RpcTarget { x() { return 1; } }
export class Flow extends WorkflowEntrypoint { async run() {} }
export function fn() { return 1; }
export const obj = { fetch() { return new Response("obj"); } };
export default { async fetch(req, env, ctx) {
  const ex = ctx.exports; const out = {};
  out.keys = Object.keys(ex).sort();
  out.tags = Object.fromEntries(out.keys.map((k) => [k, [typeof ex[k], Object.prototype.toString.call(ex[k])]]));
  const u = ex.Unbound;
  out.unbound = {
    same: u === ex.Unbound,
    own: T(() => Object.getOwnPropertyNames(u).sort()),
    proto: T(() => Object.getOwnPropertyNames(Object.getPrototypeOf(u)).sort()),
    protoTag: T(() => Object.prototype.toString.call(Object.getPrototypeOf(u))),
    ctorName: T(() => u.constructor?.name ?? null),
    name: T(() => u.name ?? null), length: T(() => u.length ?? null),
    str: T(() => String(u)),
    json: T(() => JSON.stringify(u)),
    call: T(() => { const r = u(); return [typeof r, Object.prototype.toString.call(r)]; }),
    callProps: T(() => { const r = u({ props: { a: 1 } }); return [typeof r, Object.prototype.toString.call(r), r === u]; }),
    callBad: T(() => u(5)),
    construct: T(() => { const r = new u(); return typeof r; }),
    fetchType: T(() => typeof u.fetch),
    idFromName: T(() => typeof u.idFromName),
  };
  out.sub = T(() => Object.prototype.toString.call(ex.Sub));
  out.structured = T(() => { structuredClone(u); return "cloned"; });
  return Response.json(out);
} };` },
    steps: [get("/")] },
  { name: "do21-ctx-exports-namespace-shape", area: "durable-objects", description: "ctx.exports' LoopbackDurableObjectNamespace: shape, calling it with props, ids and stubs it makes, ctx.props inside the object",
    options: { modules: true, compatibilityDate: "2026-04-26", durableObjects: { DO: "Obj" }, script: `${PRELUDE}${HEAD}
export class Obj extends DurableObject { props() { return [this.ctx.props ?? null, this.ctx.id.name ?? null]; } }
export class Plain { }
export default { async fetch(req, env, ctx) {
  const ns = ctx.exports.Obj; const out = {};
  out.type = typeof ns;
  out.own = T(() => Object.getOwnPropertyNames(ns).sort());
  out.proto = T(() => Object.getOwnPropertyNames(Object.getPrototypeOf(ns)).sort());
  out.protoProto = T(() => Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(ns))).sort());
  out.ctorName = T(() => ns.constructor?.name ?? null);
  out.instanceofEnvClass = T(() => ns instanceof env.DO.constructor);
  out.str = T(() => String(ns));
  out.json = T(() => JSON.stringify(ns));
  out.keys = T(() => Object.keys(ns));
  out.call = T(() => { const r = ns(); return [typeof r, Object.prototype.toString.call(r)]; });
  out.callBad = T(() => ns(5));
  out.callProps = await TA(async () => { const r = ns({ props: { a: 1 } }); return [typeof r, Object.prototype.toString.call(r), r === ns, Object.getOwnPropertyNames(Object.getPrototypeOf(r)).sort(), typeof r.getByName]; });
  out.callEmpty = await TA(async () => { const r = ns({}); return [typeof r, Object.prototype.toString.call(r)]; });
  out.callBadProps = [T(() => ns({ props: 5 })), T(() => ns({ props: null })), T(() => Object.prototype.toString.call(ns({ props: undefined })))];
  out.classCallBadProps = [T(() => ctx.exports.Plain({ props: 5 })), T(() => ctx.exports.Plain({ props: null })), T(() => Object.prototype.toString.call(ctx.exports.Plain({}))), T(() => { const c = ctx.exports.Plain({ props: {} }); return [Object.getOwnPropertyNames(Object.getPrototypeOf(c)).sort(), Object.keys(c), c.constructor?.name ?? null, T(() => structuredClone(c))]; })];
  out.construct = T(() => new ns());
  out.plainProps = await TA(() => ns.getByName("r").props());
  out.envProps = await TA(() => env.DO.getByName("s").props());
  out.structured = T(() => { structuredClone(ns); return "cloned"; });
  out.envStructured = T(() => { structuredClone(env.DO); return "cloned"; });
  out.idEq = ns.idFromName("x").equals(env.DO.idFromName("x"));
  out.methods = ["get", "getByName", "idFromName", "idFromString", "newUniqueId", "jurisdiction", "getExisting"].map((m) => typeof ns[m]);
  return Response.json(out);
} };` },
    steps: [get("/")] },
];
