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
  rpcCase("rpcz-streams-http", "ReadableStream, Request, Response, Headers across RPC in both directions", `
  const enc = new TextEncoder();
  const tt = (fn) => Promise.race([t(fn), new Promise((r) => setTimeout(() => r("timeout"), 2000))]);
  out.streamArg = await tt(() => env.B.readAll(new ReadableStream({ start(c) { c.enqueue(enc.encode("ab")); c.enqueue(enc.encode("cd")); c.close(); } })));
  out.streamResult = await tt(async () => await new Response(await env.B.makeStream()).text());
  out.responseResult = await tt(async () => { const r = await env.B.makeResponse(); return [r.constructor.name, r.status, r.statusText, r.headers.get("x-h"), await r.text(), r.url, r.redirected]; });
  out.requestResult = await tt(async () => { const r = await env.B.makeRequest(); return [r.constructor.name, r.method, r.url, r.headers.get("x-r"), await r.text()]; });
  out.requestArg = await tt(() => env.B.inspectRequest(new Request("http://x/p?q=1", { method: "PUT", headers: { "x-a": "1" }, body: "req body" })));
  out.responseArg = await tt(() => env.B.inspectResponse(new Response("resp body", { status: 201, headers: { "x-b": "2" } })));
  out.headersRoundTrip = await tt(async () => { const h = await env.B.echo(new Headers([["a", "1"], ["set-cookie", "x=1"], ["set-cookie", "y=2"]])); return [h.constructor.name, [...h]]; });
  out.usedBody = await tt(async () => { const r = new Response("x"); await r.text(); return await env.B.inspectResponse(r); });
  out.streamInObject = await tt(async () => { const o = await env.B.streamInObject(); return [typeof o.s, o.s instanceof ReadableStream, await new Response(o.s).text()]; });
  out.lockedStream = await tt(() => { const s = new ReadableStream(); s.getReader(); return env.B.readAll(s); });
  `, `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  echo(v) { return v; }
  async readAll(s) { return [s.constructor.name, await new Response(s).text()]; }
  makeStream() { const e = new TextEncoder(); return new ReadableStream({ start(c) { c.enqueue(e.encode("streamed ")); c.enqueue(e.encode("result")); c.close(); } }); }
  makeResponse() { return new Response("resp", { status: 202, statusText: "Accepted!", headers: { "x-h": "v" } }); }
  makeRequest() { return new Request("http://made/here", { method: "POST", headers: { "x-r": "r" }, body: "made body" }); }
  async inspectRequest(r) { return [r.constructor.name, r.method, r.url, r.headers.get("x-a"), r.headers.get("content-type"), await r.text()]; }
  async inspectResponse(r) { return [r.constructor.name, r.status, r.headers.get("x-b"), r.bodyUsed, await r.text()]; }
  streamInObject() { return { s: new Response("in object").body }; }
}`),
];
