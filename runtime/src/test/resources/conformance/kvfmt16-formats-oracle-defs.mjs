// Re-record: mkdir -p d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && cd /work/wt/oracle && DEFS_DIR=d RECORD_OUT=<out> node record.mjs kvfmt16-formats
import { CD, PRELUDE } from "./_h.mjs";

const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p) => r("GET", "http://localhost" + p);

export default [
  {
    name: "kvfmt16-formats-modules-listeners-and-default", area: "formats",
    description: "a modules worker that also registers a global fetch listener: the default export's fetch answers; addEventListener exists in module scope",
    options: { compatibilityDate: CD, modules: true, script: PRELUDE + `
let calls = 0;
const reg = await t(() => addEventListener("fetch", () => { calls++; }));
export default { async fetch(req, env, ctx) { return Response.json({ reg, calls, typeofAdd: typeof addEventListener, typeofSelf: typeof self, selfIsGlobal: self === globalThis }); } };` },
    steps: [G("/"), G("/")],
  },
  {
    name: "kvfmt16-formats-named-entrypoints-and-default", area: "formats",
    description: "a modules worker exporting named handler objects and classes beside its default: only the default answers fetch; module namespace keys",
    options: { compatibilityDate: CD, modules: true, script: PRELUDE + `
import { WorkerEntrypoint, DurableObject } from "cloudflare:workers";
export class Named extends WorkerEntrypoint { fetch() { return new Response("named"); } }
export const obj = { fetch() { return new Response("obj"); } };
export class Obj extends DurableObject {}
export default { async fetch(req, env, ctx) {   return Response.json({ ok: "default", ctxKeys: Object.keys(ctx), props: ctx.props ?? null, exportsType: typeof ctx.exports }); } };` },
    steps: [G("/")],
  },
  {
    name: "kvfmt16-formats-default-export-returns", area: "formats",
    description: "what a modules fetch handler may return: a Response subclass, a Response from another realm-less source, a thenable, a Response.redirect, Response.json with init",
    options: { compatibilityDate: CD, modules: true, script: PRELUDE + `
class MyResponse extends Response { constructor(b) { super(b, { headers: { "x-sub": "1" } }); } }
export default { async fetch(req) { const p = new URL(req.url).pathname;
  if (p === "/sub") return new MyResponse("sub");
  if (p === "/thenable") return { then(r) { r(new Response("thenable")); } };
  if (p === "/redirect") return Response.redirect("http://example.com/x", 307);
  if (p === "/jsoninit") return Response.json({ a: 1 }, { status: 201, headers: { "x-j": "y", "content-type": "application/vnd+json" } });
  if (p === "/error") return Response.error();
  if (p === "/null") return new Response(null, { status: 204, statusText: "Nothing" });
  return new Response("?"); } };` },
    steps: [G("/sub"), G("/thenable"), G("/redirect"), G("/jsoninit"), { ...G("/error"), bodyMatches: "^TypeError: Return value from serve handler must not be an error response \\(like Response\\.error\\(\\)\\)(\\n|$)" }, G("/null")],
  },
  {
    name: "kvfmt16-formats-service-worker-returns", area: "formats",
    description: "what respondWith accepts in a service-worker script: a Response subclass, a promise of a thenable, Response.error(), an async function rejecting",
    options: { compatibilityDate: CD, script: `
class MyResponse extends Response {}
addEventListener("fetch", (e) => { const p = new URL(e.request.url).pathname;
  if (p === "/sub") return e.respondWith(new MyResponse("sub", { headers: { "x-sub": "1" } }));
  if (p === "/thenable") return e.respondWith(Promise.resolve({ then(r) { r(new Response("thenable")); } }));
  if (p === "/error") return e.respondWith(Response.error());
  if (p === "/reject") return e.respondWith((async () => { throw new RangeError("nope"); })());
  if (p === "/object") return e.respondWith(Promise.resolve({ body: "x" }));
  e.respondWith(new Response("?")); });` },
    steps: [G("/sub"), G("/thenable"), { ...G("/error"), bodyMatches: "^TypeError: Return value from serve handler must not be an error response \\(like Response\\.error\\(\\)\\)(\\n|$)" }, { ...G("/reject"), bodyMatches: "^RangeError: nope" }, { ...G("/object"), bodyMatches: "^TypeError: Incorrect type for Promise: the Promise did not resolve to 'Response'\\.(\\n|$)" }],
  },
];
