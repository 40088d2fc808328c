// Re-record: copy the oracle's defs/_h.mjs and this file into a folder D (with wabt installed there: npm install wabt@1.0.39), then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs <case name>
import { CD, PRELUDE, get } from "./_h.mjs";
const two = (name, description, aBody, bScript, { aExtra = {}, bExtra = {}, flags, steps } = {}) => ({
  name, area: "rpc", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, ...(flags ? { compatibilityFlags: flags } : {}), serviceBindings: { B: "b", N: { name: "b", entrypoint: "Named" }, O: { name: "b", entrypoint: "obj" } }, ...aExtra,
      script: `${PRELUDE}
import { RpcTarget, RpcStub, WorkerEntrypoint } from "cloudflare:workers";
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${aBody}
  return Response.json(out);
} };` },
    { name: "b", modules: true, compatibilityDate: CD, ...(flags ? { compatibilityFlags: flags } : {}), ...bExtra, script: bScript },
  ] },
  steps: steps ?? [get("/")],
});
const B = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let constructed = 0;
let moduleCounter = 0;
export default class extends WorkerEntrypoint {
  field = 0;
  constructor(ctx, env) { super(ctx, env); constructed++; this.ctorArgs = [typeof ctx, typeof env, ctx === this.ctx, env === this.env]; }
  bump() { return ++this.field; }
  constructed() { return constructed; }
  ctorArgs() { return this.ctorArgs; }
  moduleBump() { return ++moduleCounter; }
  throwKind(k) {
    switch (k) {
      case "compile": throw new WebAssembly.CompileError("c err");
      case "link": throw new WebAssembly.LinkError("l err");
      case "runtime": throw new WebAssembly.RuntimeError("r err");
      case "namedRuntime": { const e = new Error("n err"); e.name = "RuntimeError"; throw e; }
      case "namedDom": { const e = new Error("d err"); e.name = "DOMException"; throw e; }
      case "namedAgg": { const e = new Error("a err"); e.name = "AggregateError"; throw e; }
      case "typeSub": { class MyType extends TypeError { constructor(m) { super(m); this.name = "MyType"; } } throw new MyType("t err"); }
      case "typeSubKeep": { class MyType2 extends TypeError {} throw new MyType2("t2 err"); }
      case "dataClone": throw new DOMException("dc", "DataCloneError");
      case "domDefault": throw new DOMException("plain dom");
      case "quota": throw new DOMException("q", "QuotaExceededError");
      case "colonMsg": throw new Error("Foo: bar");
      case "typeColon": throw new TypeError("TypeError: nested");
      case "objWithMessage": throw { name: "TypeError", message: "fake" };
      case "errorInstanceNoProto": { const e = Object.create(null); e.message = "np"; throw e; }
      case "bool": throw false;
      case "bigint": throw 10n;
      case "array": throw [1, 2];
      case "fn": throw function named() {};
      case "symbol": throw Symbol("sym");
      case "internalErr": { const e = new Error("internal error; reference = abc"); throw e; }
    }
    return "none";
  }
}
export class Named extends WorkerEntrypoint {
  hello(n) { return "named hello " + n; }
  get info() { return { envKeys: Object.keys(this.env).length, props: this.ctx.props ?? null }; }
}
export const obj = {
  fetch(req) { return new Response("obj fetch"); },
  hello() { return "obj hello"; },
};
`;
const kinds = ["compile", "link", "runtime", "namedRuntime", "namedAgg", "typeSub", "typeSubKeep", "dataClone", "domDefault", "quota", "colonMsg", "typeColon", "objWithMessage", "errorInstanceNoProto", "bool", "bigint", "array", "fn", "symbol", "internalErr"];
export default [
  two("rpcwasm2-entrypoint-instances", "a new entrypoint instance per call, constructor arguments, module state shared, named and object entrypoints", `
  out.bump = [await env.B.bump(), await env.B.bump()];
  out.moduleBump = [await env.B.moduleBump(), await env.B.moduleBump()];
  const c1 = await env.B.constructed(); await env.B.bump(); await env.B.bump(); const c2 = await env.B.constructed();
  out.constructedPerCall = c2 - c1;
  out.ctorArgs = await t(() => env.B.ctorArgs());
  out.named = await t(() => env.N.hello(1));
  out.namedInfo = await t(async () => await env.N.info);
  out.namedFetch = await t(async () => (await env.N.fetch("http://x/")).status);
  out.objFetch = await t(async () => (await env.O.fetch("http://x/")).text());
  out.objHello = await t(() => env.O.hello());
  out.objMissing = await t(() => env.O.nope());
  out.namedMissing = await t(() => env.N.nope());
  `, B),
  two("rpcwasm2-thrown-kinds", "thrown WebAssembly errors, DOMExceptions, renamed errors and odd thrown values as the caller sees them", `
  for (const k of ${JSON.stringify(kinds)}) {
    try { await env.B.throwKind(k); out[k] = "resolved"; }
    catch (e) { out[k] = { type: typeof e, name: e?.name, ctor: e?.constructor?.name, message: e?.message, str: String(e), code: e?.code ?? null, remote: e?.remote ?? null, isWasmRuntime: e instanceof WebAssembly.RuntimeError, isWasmCompile: e instanceof WebAssembly.CompileError, isWasmLink: e instanceof WebAssembly.LinkError, isDom: e instanceof DOMException }; }
  }`, B),
];
