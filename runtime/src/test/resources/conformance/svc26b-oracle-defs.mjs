// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc26-
import { CD, get } from "./_h.mjs";
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const R = `const r = async (f) => { try { const x = await f(); if (x instanceof Response) return "resp:" + x.status + " " + await x.text(); if (typeof x === "function") return "fn"; if (typeof x === "object" && x !== null) { try { return "ok:" + JSON.stringify(x); } catch (e) { return "obj:" + Object.prototype.toString.call(x); } } return "ok:" + typeof x + ":" + String(x); } catch (e) { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return [String(e.name), e.constructor?.name, String(e.message)]; } };`;

const echoFetch = `export default { async fetch(req) { return Response.json({ m: req.method, url: req.url, ct: req.headers.get("content-type"), cl: req.headers.get("content-length"), te: req.headers.get("transfer-encoding"), xa: req.headers.get("x-a"), body: req.body ? await req.text() : null }); } };`;
const forwarder = `${R}
export default { async fetch(req, env) {
  const out = {}; const u = new URL(req.url);
  if (u.pathname === "/fwd") return env.B.fetch(req);
  if (u.pathname === "/fwd-new") return env.B.fetch(new Request(req, { headers: { "x-a": "changed" } }));
  if (u.pathname === "/fwd-url") return env.B.fetch("http://other/path" + u.search, req);
  if (u.pathname === "/fwd-then-read") { const res = await env.B.fetch(req); out.res = await res.json(); out.used = req.bodyUsed; out.read = await r(() => req.text()); return Response.json(out); }
  if (u.pathname === "/clone-then-fwd") { const c = req.clone(); const res = await env.B.fetch(req); return Response.json({ res: await res.json(), clone: await c.text() }); }
  if (u.pathname === "/stream") { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); w.write(new TextEncoder().encode("chunk1 ")); w.write(new TextEncoder().encode("chunk2")); w.close(); return env.B.fetch("http://x/s", { method: "POST", body: readable, duplex: "half" }); }
  if (u.pathname === "/fixed") { const { readable, writable } = new FixedLengthStream(5); const w = writable.getWriter(); w.write(new TextEncoder().encode("12345")); w.close(); return env.B.fetch("http://x/f", { method: "PUT", body: readable }); }
  if (u.pathname === "/bodies") {
    out.blob = await r(async () => (await env.B.fetch("http://x/", { method: "POST", body: new Blob(["bl"], { type: "text/x-blob" }) })).json());
    out.params = await r(async () => (await env.B.fetch("http://x/", { method: "POST", body: new URLSearchParams({ a: "1 2" }) })).json());
    out.form = await r(async () => { const fd = new FormData(); fd.set("k", "v"); const j = await (await env.B.fetch("http://x/", { method: "POST", body: fd })).json(); return [j.ct.split(";")[0], j.body.includes('name="k"')]; });
    out.buffer = await r(async () => (await env.B.fetch("http://x/", { method: "POST", body: new Uint8Array([104, 105]) })).json());
    out.empty = await r(async () => (await env.B.fetch("http://x/", { method: "POST", body: "" })).json());
    out.nullBody = await r(async () => (await env.B.fetch("http://x/", { method: "POST", body: null })).json());
    out.deleteBody = await r(async () => (await env.B.fetch("http://x/", { method: "DELETE", body: "d" })).json());
    return Response.json(out);
  }
  return new Response("?");
} };`;

const ctxExportsCaller = `${R}
import { WorkerEntrypoint, DurableObject, RpcTarget } from "cloudflare:workers";
export class Obj extends DurableObject { hi() { return "obj hi " + this.ctx.id.name; } }
export class Ep extends WorkerEntrypoint { hi(x) { return "ep " + x + " " + JSON.stringify(this.ctx.props); } fetch(req) { return new Response("ep fetch " + req.url); } }
export class NotEp extends RpcTarget { }
export const plainObj = { fetch() { return new Response("plain obj"); }, hi() { return "plain hi"; } };
export default { async fetch(req, env, ctx) {
  if (new URL(req.url).pathname === "/d") return new Response("default fetch");
  const out = {}; const X = ctx.exports;
  out.keys = Object.keys(X).sort();
  out.types = Object.fromEntries(Object.keys(X).sort().map((k) => [k, typeof X[k] + ":" + Object.prototype.toString.call(X[k])]));
  out.epHi = await r(() => X.Ep.hi(1));
  out.epFetch = await r(() => X.Ep.fetch("http://x/e"));
  out.epProps = await r(() => X.Ep({ props: { a: 1 } }).hi(2));
  out.defaultFetch = await r(() => X.default.fetch("http://x/d"));
  out.objNs = await r(() => X.Obj.getByName("n").hi());
  out.objIdFromName = await r(() => typeof X.Obj.idFromName("n"));
  out.plainObj = await r(() => X.plainObj?.hi());
  out.notEp = await r(() => typeof X.NotEp);
  out.missing = await r(() => typeof X.Missing);
  out.epInEnv = await r(() => X.Ep === ctx.exports.Ep);
  return Response.json(out);
} };`;

const usingCaller = `${R}
import { RpcTarget } from "cloudflare:workers";
export default { async fetch(req, env) {
  const out = {};
  out.disposeStub = await r(async () => { const t = await env.B.target(); out.inside = await t.hi(); t[Symbol.dispose](); return await env.B.log(); });
  out.disposeTwice = await r(async () => { const t = await env.B.target(); t[Symbol.dispose](); t[Symbol.dispose](); return await env.B.log(); });
  out.stackDispose = await r(async () => { const s = new DisposableStack(); const t = s.use(await env.B.target()); const v = await t.hi(); s.dispose(); return [v, s.disposed, await env.B.log()]; });
  return Response.json(out);
} };`;
const usingCallee = `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const log = [];
class T extends RpcTarget { hi() { return "t hi"; } [Symbol.dispose]() { log.push("target disposed"); } }
export default class extends WorkerEntrypoint {
  target() { return new T(); }
  async log() { await scheduler.wait(10); return log.splice(0); }
  ping() { return "pong"; }
}`;

export default [
  multi("svc26-sb-forwarding-incoming-request", "service-bindings", "a caller forwards its incoming request (as is, rebuilt with new headers, under another URL), reads its body afterwards, forwards after clone", [worker("a", forwarder, { serviceBindings: { B: "b" } }), worker("b", echoFetch)],
    [{ request: { url: "http://localhost/fwd?x=1", method: "POST", headers: { "x-a": "orig", "content-type": "text/plain" }, body: "payload" } },
     { request: { url: "http://localhost/fwd-new", method: "PUT", headers: { "x-a": "orig" }, body: "payload2" } },
     { request: { url: "http://localhost/fwd-url?q=2", method: "PATCH", headers: { "x-a": "orig" }, body: "payload3" } },
     { request: { url: "http://localhost/fwd-then-read", method: "POST", body: "payload4" } },
     { request: { url: "http://localhost/clone-then-fwd", method: "POST", body: "payload5" } },
     { request: { url: "http://localhost/fwd", method: "GET", headers: { "x-a": "g" } } }]),
  multi("svc26-sb-request-body-kinds", "service-bindings", "request bodies through a service binding: streams (TransformStream, FixedLengthStream), Blob, URLSearchParams, FormData, bytes, empty, null, DELETE with a body", [worker("a", forwarder, { serviceBindings: { B: "b" } }), worker("b", echoFetch)],
    [get("/stream"), get("/fixed"), get("/bodies")]),
  { name: "svc26-rpc-ctx-exports-kinds", area: "rpc", description: "ctx.exports lists entrypoints, Durable Object classes, handler objects; calls, props, identity", options: worker("a", ctxExportsCaller, { durableObjects: { OBJ: "Obj" }, compatibilityFlags: ["enable_ctx_exports"] }), steps: [get("/")] },
  multi("svc26-rpc-using-and-dispose", "rpc", "Symbol.dispose on returned stubs, DisposableStack, disposing stubs twice, calls after dispose, disposing a binding", [worker("a", usingCaller, { serviceBindings: { B: "b" } }), worker("b", usingCallee)]),
];
