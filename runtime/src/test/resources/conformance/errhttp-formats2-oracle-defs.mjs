import { CD } from "./_h.mjs";
const mod = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, script, routes: [name + ".mf/*"], ...extra });
const g = (host, p = "/") => ({ request: { url: `http://${host}.mf${p}`, method: "GET" } });
export default [
  {
    name: "formats-default-export-shapes",
    area: "formats",
    description: "default exports of different shapes: an object with an async arrow fetch, a class extending WorkerEntrypoint, a plain class with fetch on its prototype (an internal error: only WorkerEntrypoint classes serve), a frozen object, a handler built by a factory, an object whose fetch is inherited, a function with a fetch property (an internal error too)",
    options: { workers: [
      mod("main", `export default { fetch: async (req, env, ctx) => new Response("arrow " + typeof env + " " + typeof ctx.waitUntil) };`),
      mod("plainclass", `export default class { fetch(req, env, ctx) { return new Response("plain class " + typeof env + " " + typeof ctx + " " + typeof this.env); } };`),
      mod("frozen", `export default Object.freeze({ async fetch() { return new Response("frozen"); } });`),
      mod("factory", `const make = (tag) => ({ async fetch() { return new Response("factory " + tag); } }); export default make("x");`),
      mod("inherited", `const base = { async fetch() { return new Response("inherited " + (this === handler)); } }; const handler = Object.create(base); export default handler;`),
      mod("fnprop", `function h() {} h.fetch = async function () { return new Response("function with fetch " + (this === h)); }; export default h;`),
      mod("namedtoo", `export const helper = { value: 1 }; export default { async fetch() { return new Response("named too " + helper.value); } };`),
      mod("getter", `export default { get fetch() { return async () => new Response("getter fetch"); } };`),
    ] },
    steps: [g("main"), { ...g("plainclass"), bodyMatches: "^Error: internal error; reference = [0-9a-v]{24}(\\n|$)" }, g("frozen"), g("factory"), g("inherited"), { ...g("fnprop"), bodyMatches: "^Error: internal error; reference = [0-9a-v]{24}(\\n|$)" }, g("namedtoo"), g("getter")],
  },
  {
    name: "formats-service-worker-scope-details",
    area: "formats",
    description: "service-worker script scope: this at top level, self.addEventListener and globalThis.addEventListener register the same listeners, listener objects with handleEvent, removeEventListener, top-level var becomes a global, a request seen through event.request vs the listener's this",
    options: { compatibilityDate: CD, bindings: { V: "val" }, script: `
var topVar = "tv";
const topThis = this === globalThis ? "global" : typeof this;
function removed(e) { e.respondWith(new Response("removed listener ran")); }
addEventListener("fetch", removed);
removeEventListener("fetch", removed);
self.addEventListener("fetch", { handleEvent(e) { if (new URL(e.request.url).pathname === "/obj") e.respondWith(new Response("handleEvent " + (this !== globalThis))); } });
globalThis.addEventListener("fetch", function (e) {
  const p = new URL(e.request.url).pathname;
  if (p === "/info") e.respondWith(Response.json({ topThis, topVar: globalThis.topVar, V: self.V, listenerThis: this === globalThis ? "global" : typeof this, onfetch: typeof self.onfetch }));
  else e.respondWith(new Response("fn listener"));
});` },
    steps: [{ request: { url: "http://localhost/obj", method: "GET" } }, { request: { url: "http://localhost/info", method: "GET" } }, { request: { url: "http://localhost/other", method: "GET" } }],
  },
];
