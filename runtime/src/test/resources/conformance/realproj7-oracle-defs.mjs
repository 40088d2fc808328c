// Re-record: cd runtime && DEFS_DIR=<dir with this file as realproj7.mjs and the oracle's _h.mjs> RECORD_OUT=<out> node /work/wt/oracle/record.mjs realproj7
import { CD, PRELUDE, get } from "./_h.mjs";
const DIR = "src/test/resources/conformance/assets-site";
// worker-b: assets + a default object export; worker-c: assets + a default WorkerEntrypoint with a named one beside
const B = `${PRELUDE}
export default {
  async fetch(req) { const u = new URL(req.url); return new Response("b-worker " + req.method + " " + u.pathname + u.search); },
  async greet(x) { return "b greets " + x; },
};`;
const C = `${PRELUDE}
import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async fetch(req) { const u = new URL(req.url); return new Response("c-worker " + req.method + " " + u.pathname); }
  async greet(x) { return "c greets " + x; }
  get prop() { return "c-prop"; }
};
export class Named extends WorkerEntrypoint {
  async fetch(req) { const u = new URL(req.url); return new Response("named " + u.pathname); }
  async greet(x) { return "named greets " + x; }
}`;
const A = `${PRELUDE}
export default {
  async fetch(req, env) {
    const url = new URL(req.url);
    const show = async (r) => ({ status: r.status, loc: r.headers.get("location"), ct: r.headers.get("content-type"), body: (await r.text()).slice(0, 40) });
    const out = {};
    for (const [k, s] of [["B", env.B], ["C", env.C], ["N", env.N], ["F", env.F]]) {
      out[k] = {};
      for (const p of ["/style.css", "/about", "/about.html", "/api/x?q=1", "/", "/nope"]) out[k][p] = await t(async () => show(await s.fetch("http://example.com" + p, { redirect: "manual" })));
      out[k].post = await t(async () => show(await s.fetch("http://example.com/style.css", { method: "POST", body: "x" })));
      out[k].greet = await t(() => s.greet("x"));
    }
    out.cProp = await t(() => env.C.prop);
    return Response.json(out);
  }
};`;
const aw = (name, script, assets) => ({ name, modules: true, compatibilityDate: CD, script, ...(assets ? { assets } : {}) });
const defs = [
  {
    name: "realproj7-service-binding-through-assets", area: "assets",
    description: "service bindings to a worker with assets go through its asset router (default entrypoint) or straight to a named entrypoint",
    options: { workers: [
      { ...aw("a", A), serviceBindings: { B: "wb", C: "wc", N: { name: "wc", entrypoint: "Named" }, F: "wf" } },
      aw("wb", B, { directory: DIR, routerConfig: { has_user_worker: true } }),
      aw("wc", C, { directory: DIR, routerConfig: { has_user_worker: true } }),
      aw("wf", C, { directory: DIR, routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true } }),
    ] },
    steps: [get("/")],
  },
];
const SITE = "src/test/resources/conformance/realproj7-site";
const paths = ["/about/[boop]", "/about/%5Bboop%5D", "/about/%255Bboop%255D", "/about/[f%C3%BCnky].txt", "/about/%5Bf%C3%BCnky%5D.txt",
  "/about/a%20b.txt", "/about/a|b.txt", "/about/a%7Cb.txt", "/about/{x}", "/about/[nope]", "/about/[boop]?q=[1]"];
defs.push({
  name: "realproj7-assets-encoded-paths", area: "assets",
  description: "asset paths with characters the URL standard leaves unescaped ([ ] | { }) redirect to their encoded form",
  options: { modules: true, compatibilityDate: CD, script: `export default { fetch(req) { return new Response("worker " + new URL(req.url).pathname); } }`,
    assets: { directory: SITE, routerConfig: { has_user_worker: true } } },
  steps: paths.map((p) => get(p)),
});
defs.push({
  name: "realproj7-assets-encoded-paths-binding", area: "assets",
  description: "env.ASSETS.fetch of paths with [ ] | { } characters",
  options: { modules: true, compatibilityDate: CD, assets: { directory: SITE, binding: "ASSETS", routerConfig: { has_user_worker: true } },
    script: `export default { async fetch(req, env) { const out = {}; for (const p of ${JSON.stringify(paths)}) { const r = await env.ASSETS.fetch("http://localhost" + p, { redirect: "manual" }); out[p] = { s: r.status, loc: r.headers.get("location"), body: await r.text() }; } return Response.json(out); } }` },
  steps: [get("/")],
});
const THROWER = `export default { async fetch(req) { const u = new URL(req.url);
  if (u.pathname === "/type") { null.x; }
  if (u.pathname === "/custom") { class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; this.code = 7; } } throw new MyErr("custom"); }
  if (u.pathname === "/string") { throw "just a string"; }
  if (u.pathname === "/ok") { return new Response("fine"); }
  throw new Error("instance.not_found"); } }`;
const H = { "MF-Disable-Pretty-Error": "1", accept: "text/html,*/*" };
const esc = (t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
defs.push({
  name: "realproj7-disable-pretty-error", area: "errors",
  description: "MF-Disable-Pretty-Error: an uncaught exception answers 500 with the stack as text even when HTML is accepted",
  options: { modules: true, compatibilityDate: CD, script: THROWER },
  steps: [
    { ...get("/", { headers: H }), bodyMatches: "^" + esc("Error: instance.not_found") + "\\n" },
    { ...get("/type", { headers: H }), bodyMatches: "^TypeError: " },
    { ...get("/custom", { headers: H }), bodyMatches: "^" + esc("Error: MyErr: custom") + "\\n" },
    { ...get("/string", { headers: H }), bodyMatches: "^" + esc("Error: just a string") + "(\\n|$)" },
    { ...get("/", { headers: { "mf-disable-pretty-error": "", accept: "*/*" } }), bodyMatches: "^" + esc("Error: instance.not_found") + "\\n" },
    get("/ok", { headers: H }),
  ],
});
export default defs;
