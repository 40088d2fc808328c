// Re-record: copy oracle/defs/_h.mjs and this file (as svc16b.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs svc16 (then turn bodies ending in an oracle stack into bodyMatches of their first line)
import { CD, PRELUDE, get, req } from "./_h.mjs";
const w = (name, routes) => ({ name, modules: true, compatibilityDate: CD, ...(routes ? { routes } : {}), script: `export default { fetch(req) { return new Response(${JSON.stringify(name)} + " " + req.url); } };` });
const g = (url, method = "GET", headers) => ({ request: { url, method, ...(headers ? { headers } : {}) } });
const one = (name, area, description, script, steps, extra = {}) => ({ name, area, description, options: { modules: true, compatibilityDate: CD, script, ...extra }, steps });
export default [
  {
    name: "svc16-routing-leading-star-and-ports", area: "routing",
    description: "leading '*' without a dot, ports and queries inside patterns, path wildcards in the middle, an IPv6 route host",
    options: { workers: [w("main"), w("star", ["*example.com/*"]), w("port", ["p.mf:8080/*"]), w("v6", ["[::1]/v6/*"]), w("trail", ["t.mf/"]), w("ex", ["t.mf/exact"])] },
    steps: [
      g("http://example.com/a"), g("http://myexample.com/a"), g("http://sub.example.com/a"), g("http://example.com.evil/a"),
      g("http://p.mf:8080/x"), g("http://p.mf/x"), g("http://p.mf:9090/x"),


      g("http://[::1]/v6/a"), g("http://t.mf/"), g("http://t.mf"), g("http://t.mf/?a"), g("http://t.mf/exact"), g("http://t.mf/exact/"), g("http://t.mf/EXACT"),
    ],
  },
  {
    name: "svc16-routing-service-worker-and-bindings", area: "routing",
    description: "routes of service-worker-format workers, a routed worker calling another routed worker through a binding (routes ignored), fallthrough to the first worker",
    options: { workers: [
      { name: "first", compatibilityDate: CD, script: `addEventListener("fetch", e => e.respondWith(new Response("first " + e.request.url)));` },
      { name: "sw", compatibilityDate: CD, routes: ["sw.mf/*"], serviceBindings: { M: "mod" }, script: `addEventListener("fetch", e => e.respondWith((async () => { const u = new URL(e.request.url); if (u.pathname === "/call") { const r = await M.fetch("http://sw.mf/other"); return new Response("sw via " + await r.text()); } return new Response("sw " + e.request.url); })()));` },
      w("mod", ["mod.mf/*"]),
    ] },
    steps: [ g("http://sw.mf/a"), g("http://sw.mf/call"), g("http://mod.mf/z"), g("http://none.mf/z"), g("http://sw.mf/a", "DELETE") ],
  },
  one("svc16-errors-entry-handler-shapes", "errors", "entry modules whose default export has no usable fetch: plain object without fetch, a fetch that is not a function",
    `export default { scheduled() {} };`, [g("http://localhost/"), g("http://localhost/x", "POST")]),
  one("svc16-errors-fetch-not-function", "errors", "default export's fetch is a number",
    `export default { fetch: 42 };`, [g("http://localhost/")]),
  one("svc16-errors-sw-no-listener", "errors", "service-worker script without a fetch listener",
    `addEventListener("scheduled", () => {});`, [g("http://localhost/")], { modules: undefined }),
  one("svc16-errors-sw-listener-no-respond", "errors", "service-worker listener that never calls respondWith, and one that calls it twice, and respondWith after await",
    `addEventListener("fetch", (e) => { const p = new URL(e.request.url).pathname; if (p === "/twice") { e.respondWith(new Response("one")); try { e.respondWith(new Response("two")); } catch (err) { console.log(err.message); } } if (p === "/late") { setTimeout(() => {}, 0); } if (p === "/error") { e.respondWith(new Response("x")); throw new Error("after respond"); } });`,
    [g("http://localhost/none"), g("http://localhost/twice"), g("http://localhost/error")], { modules: undefined }),
  one("svc16-errors-throw-in-stream-and-headers", "errors", "errors raised while producing the response: a throwing ReadableStream pull, a Response with an invalid header added later, a status of 0/600/1000, a getter-throwing init",
    `export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/status0") return new Response("x", { status: 0 });
  if (p === "/status600") return new Response("x", { status: 600 });
  if (p === "/status99") return new Response("x", { status: 99 });
  if (p === "/statusText") return new Response("x", { status: 200, statusText: "bad\\ntext" });
  if (p === "/headerBad") return new Response("x", { headers: { "bad name": "v" } });
  if (p === "/headerVal") return new Response("x", { headers: { a: "v\\u0000" } });
  if (p === "/nullBody204") return new Response("body", { status: 204 });
  if (p === "/pullThrow") return new Response(new ReadableStream({ pull() { throw new Error("pull boom"); } }));
  if (p === "/startThrow") return new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("part")); c.error(new Error("mid boom")); } }));
  if (p === "/nonBytes") return new Response(new ReadableStream({ start(c) { c.enqueue("string chunk"); c.close(); } }));
  return new Response("ok");
} };`,
    ["/status0", "/status600", "/status99", "/statusText", "/headerBad", "/headerVal", "/nullBody204", "/pullThrow", "/startThrow", "/nonBytes"].map((p) => g("http://localhost" + p))),
];
