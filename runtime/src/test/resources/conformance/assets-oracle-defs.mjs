import { modWorker, get } from "./_h.mjs";
const DIR = "src/test/resources/conformance/assets-site";
// The worker answers /api/* itself and /bind?p=<path> through env.ASSETS.fetch (same method and headers).
const W = `    if (url.pathname === "/bind") {
      const p = url.searchParams.get("p");
      return env.ASSETS.fetch(new Request("http://localhost" + p, { method: req.method, headers: req.headers, redirect: "manual" }));
    }
    return new Response("worker " + req.method + " " + url.pathname + url.search);`;
const b = (p, extra = {}) => get("/bind?p=" + encodeURIComponent(p), extra);
const opts = (assets) => modWorker(W, { assets: { directory: DIR, binding: "ASSETS", ...assets } });
export default [
  {
    name: "assets-binding-files", area: "assets",
    description: "env.ASSETS.fetch serves files with content types, cache headers, 405 and 404",
    options: opts({ routerConfig: { has_user_worker: true } }),
    steps: [b("/style.css"), b("/app.js"), b("/data.json"), b("/logo.svg"), b("/notes.txt"), b("/feed.xml"), b("/readme.md"),
      b("/data.unknownext"), b("/docs/my%20file.txt"), b("/docs/my file.txt"), b("/missing.css"), b("/style.css", { method: "HEAD" }),
      b("/style.css", { method: "POST" }), b("/missing.css", { method: "POST" }), b("/style.css", { headers: { authorization: "x" } }),
      b("/style.css", { headers: { "if-none-match": "*" } }), b("/STYLE.css"), b("//style.css")],
  },
  {
    name: "assets-binding-auto-trailing-slash", area: "assets",
    description: "default html_handling: index and .html resolution and 307 redirects",
    options: opts({ routerConfig: { has_user_worker: true } }),
    steps: [b("/"), b("/index.html"), b("/index"), b("/about"), b("/about.html"), b("/about/"), b("/about?x=1"), b("/about.html?x=1"),
      b("/blog"), b("/blog/"), b("/blog/index.html"), b("/blog/index"), b("/blog.html"), b("/docs"), b("/docs/"), b("/docs/guide"), b("/docs/guide.html"),
      b("/docs/guide/"), b("/nope"), b("/nope/"), b("/about", { method: "HEAD" })],
  },
  {
    name: "assets-binding-html-none", area: "assets",
    description: "html_handling none serves exact paths only",
    options: opts({ routerConfig: { has_user_worker: true }, assetConfig: { html_handling: "none" } }),
    steps: [b("/"), b("/index.html"), b("/about"), b("/about.html"), b("/blog/"), b("/blog/index.html")],
  },
  {
    name: "assets-binding-force-trailing-slash", area: "assets",
    description: "html_handling force-trailing-slash",
    options: opts({ routerConfig: { has_user_worker: true }, assetConfig: { html_handling: "force-trailing-slash" } }),
    steps: [b("/"), b("/index.html"), b("/about"), b("/about/"), b("/about.html"), b("/blog"), b("/blog/"), b("/blog/index.html"), b("/docs/guide"), b("/style.css")],
  },
  {
    name: "assets-binding-drop-trailing-slash", area: "assets",
    description: "html_handling drop-trailing-slash",
    options: opts({ routerConfig: { has_user_worker: true }, assetConfig: { html_handling: "drop-trailing-slash" } }),
    steps: [b("/"), b("/index.html"), b("/about"), b("/about/"), b("/about.html"), b("/blog"), b("/blog/"), b("/blog/index.html"), b("/docs/guide/"), b("/style.css")],
  },
  {
    name: "assets-binding-not-found", area: "assets",
    description: "not_found_handling 404-page and single-page-application through the binding",
    options: { workers: [
      { name: "w404", ...opts({ routerConfig: { has_user_worker: true }, assetConfig: { not_found_handling: "404-page" } }), routes: ["a.mf/*"] },
      { name: "wspa", ...opts({ routerConfig: { has_user_worker: true }, assetConfig: { not_found_handling: "single-page-application" } }), routes: ["b.mf/*"] },
    ] },
    steps: [
      { request: { url: "http://a.mf/bind?p=/missing", method: "GET" } },
      { request: { url: "http://a.mf/bind?p=/docs/missing/deep", method: "GET" } },
      { request: { url: "http://a.mf/bind?p=/missing", method: "HEAD" } },
      { request: { url: "http://a.mf/bind?p=/missing", method: "POST" } },
      { request: { url: "http://b.mf/bind?p=/missing/route", method: "GET" } },
      { request: { url: "http://b.mf/bind?p=/app.js", method: "GET" } },
      { request: { url: "http://b.mf/bind?p=/missing", method: "POST" } },
    ],
  },
  {
    name: "assets-dispatch-assets-first", area: "assets",
    description: "requests to the instance: assets first, then the user worker",
    options: opts({ routerConfig: { has_user_worker: true } }),
    steps: [get("/"), get("/about"), get("/about.html"), get("/api/x?y=1"), get("/missing"), get("/style.css", { method: "POST" }), get("/missing", { method: "POST" }), get("/blog")],
  },
  {
    name: "assets-dispatch-not-found-modes", area: "assets",
    description: "requests to the instance with 404-page and SPA handling and a user worker",
    options: { workers: [
      { name: "w404", ...opts({ routerConfig: { has_user_worker: true }, assetConfig: { not_found_handling: "404-page" } }), routes: ["a.mf/*"] },
      { name: "wspa", ...opts({ routerConfig: { has_user_worker: true }, assetConfig: { not_found_handling: "single-page-application" } }), routes: ["b.mf/*"] },
    ] },
    steps: [
      { request: { url: "http://a.mf/missing", method: "GET" } },
      { request: { url: "http://b.mf/missing", method: "GET" } },
      { request: { url: "http://b.mf/missing", method: "GET", headers: { "sec-fetch-mode": "navigate" } } },
      { request: { url: "http://b.mf/", method: "GET" } },
    ],
  },
  {
    name: "assets-dispatch-worker-first", area: "assets",
    description: "invoke_user_worker_ahead_of_assets runs the worker for every request",
    options: opts({ routerConfig: { has_user_worker: true, invoke_user_worker_ahead_of_assets: true } }),
    steps: [get("/"), get("/style.css"), get("/bind?p=/style.css")],
  },
  {
    name: "assets-dispatch-static-routing", area: "assets",
    description: "static_routing user_worker patterns (run_worker_first patterns)",
    options: opts({ routerConfig: { has_user_worker: true, static_routing: { user_worker: ["/api/*", "/docs/*"], asset_worker: ["/docs/guide"] } } }),
    steps: [get("/"), get("/api/x"), get("/docs/"), get("/docs/guide"), get("/style.css"), get("/missing")],
  },
  {
    name: "assets-dispatch-no-user-worker", area: "assets",
    description: "without has_user_worker the assets answer every request, 404 when missing",
    options: opts({}),
    steps: [get("/"), get("/about"), get("/missing"), get("/bind?p=/style.css"), get("/style.css", { method: "POST" })],
  },
];
