// Re-record: cp this file and /work/wt/oracle/defs/_h.mjs to a folder D, then
// cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs dostore-   (first copy to D as dostore-do13.mjs)
import { CD, PRELUDE, get } from "./_h.mjs";
const callee = `${PRELUDE}
import { DurableObject, RpcTarget } from "cloudflare:workers";
class Counter extends RpcTarget { constructor() { super(); this.n = 0; } inc() { return ++this.n; } get value() { return this.n; } }
class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; this.extra = 42; } }
export class Obj extends DurableObject {
  counter() { return new Counter(); }
  nested() { return { a: { b: [1, { c: "d" }] }, fn: (x) => x * 2, date: new Date(0), map: new Map([[1, 2]]) }; }
  throwCustom() { throw new MyErr("custom"); }
  throwCause() { throw new Error("outer", { cause: new Error("inner") }); }
  throwString() { throw "just a string"; }
  throwObj() { throw { code: 1 }; }
  throwNull() { throw null; }
  async slowEcho(x) { await scheduler.wait(5); return x; }
  echo(...args) { return args; }
  get id() { return this.ctx.id.toString().length; }
  async fetch(req) {
    const url = new URL(req.url);
    if (url.pathname === "/custom") throw new MyErr("fetch custom");
    if (url.pathname === "/cause") throw new Error("fetch outer", { cause: new Error("fetch inner") });
    return new Response("ok");
  }
}
export default { async fetch() { return new Response("callee"); } };`;
const caller = `${PRELUDE}
const E = (e) => (e === null || typeof e !== "object") ? { thrown: e } : ({ name: e.name, message: e.message, ctor: e.constructor?.name, remote: e.remote ?? null, extra: e.extra ?? null, cause: e.cause?.message ?? null, code: e.code ?? null });
export default { async fetch(req, env) {
  const out = {};
  const st = env.OBJ.getByName("x");
  const c = async (f) => { try { return { ok: await f() }; } catch (e) { return { error: E(e) }; } };
  out.pipelined = await c(async () => { const ctr = st.counter(); await ctr.inc(); await ctr.inc(); return [await ctr.inc(), await ctr.value]; });
  out.nestedPipe = await c(async () => typeof st.nested().a.b[1]);
  out.nestedFn = await c(async () => { const n = await st.nested(); return [await n.fn(21), n.date instanceof Date, n.map.get(1)]; });
  out.custom = await c(() => st.throwCustom());
  out.cause = await c(() => st.throwCause());
  out.str = await c(() => st.throwString());
  out.obj = await c(() => st.throwObj());
  out.nul = await c(() => st.throwNull());
  out.parallel = await c(() => Promise.all([st.slowEcho(1), st.slowEcho(2), st.echo()]));
  out.echoArgs = await c(async () => { const r = await st.echo(undefined, null, 1n, [1, , 3], new Uint8Array([1])); return [r.length, r[0] === undefined, r[1], typeof r[2], r[3].length, 1 in r[3], Object.prototype.toString.call(r[4])]; });
  out.idGetter = await c(async () => await st.id);
  out.fetchCustom = await c(() => st.fetch("http://x/custom"));
  out.fetchCause = await c(() => st.fetch("http://x/cause"));
  out.echoUnserializable = await c(() => st.echo(Symbol("x")));
  out.echoReq = await c(async () => { const [r] = await st.echo(new Request("http://r/", { method: "POST", body: "rb" })); return [r.method, await r.text()]; });
  out.echoResp = await c(async () => { const [r] = await st.echo(new Response("resp")); return await r.text(); });
  out.echoStream = await c(async () => { const [s] = await st.echo(new Response("strm").body); return await new Response(s).text(); });
  return Response.json(out);
} };`;
export default [
  { name: "dostore-rpc-do-pipelining-errors", area: "durable-objects", description: "RPC to a Durable Object of another worker: RpcTarget results, pipelining, functions in results, thrown values of every kind, causes, argument types", options: { workers: [
    { name: "caller", modules: true, compatibilityDate: CD, script: caller, durableObjects: { OBJ: { className: "Obj", scriptName: "callee" } } },
    { name: "callee", modules: true, compatibilityDate: CD, script: callee, durableObjects: { OBJ: "Obj" } },
  ] }, steps: [get("/")] },
  { name: "dostore-rpc-do-pipelining-errors-same-worker", area: "durable-objects", description: "as dostore-rpc-do-pipelining-errors, the class in the calling worker", options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" },
    script: callee.replace('export default { async fetch() { return new Response("callee"); } };', caller.slice(PRELUDE.length)) }, steps: [get("/")] },
];
