import { modWorker, get } from "./_h.mjs";
const DIR = "src/test/resources/conformance/assets-rules-site";
const W = `    if (url.pathname === "/bind") {
      const p = url.searchParams.get("p");
      return env.ASSETS.fetch(new Request("http://localhost" + p, { method: req.method, headers: req.headers, redirect: "manual" }));
    }
    return new Response("worker " + req.method + " " + url.pathname + url.search);`;
const b = (p, extra = {}) => get("/bind?p=" + encodeURIComponent(p), extra);
const opts = (assets) => modWorker(W, { assets: { directory: DIR, binding: "ASSETS", ...assets } });
const at = (url, extra = {}) => ({ request: { url, method: "GET", ...extra } });
export default [
  {
    name: "assets-redirects-static", area: "assets",
    description: "_redirects static rules: status codes, default 302, query and hash, external targets, invalid lines ignored",
    options: opts({}),
    steps: [get("/old-about"), get("/moved.css"), get("/see-other"), get("/temp"), get("/perm"), get("/style.css"),
      get("/with-query"), get("/with-hash"), get("/external"), get("/spaced"), get("/bad-status"), get("/too"),
      get("/loop/"), get("/abs"), get("/old-about?keep=1"), get("/with-query?drop=1"), get("/external?q=2"),
      get("/old-about", { method: "POST" }), get("/late-static"), get("/OLD-ABOUT"), get("/old-about/")],
  },
  {
    name: "assets-redirects-dynamic", area: "assets",
    description: "_redirects splats and placeholders",
    options: opts({}),
    steps: [get("/blog/hello"), get("/blog/hello/world"), get("/blog/post.html"), get("/docs/a/b.txt"), get("/docs/"), get("/docs"),
      get("/ext/x/y?z=1"), get("/a/1/b/2"), get("/a/1/b/2/c"), get("/two/x/stars/y"), get("/blog/%20sp")],
  },
  {
    name: "assets-redirects-proxy", area: "assets",
    description: "_redirects 200 rules serve another path's asset",
    options: opts({}),
    steps: [get("/proxy-about"), get("/proxy-style"), get("/proxy-missing"), get("/news/anything"), get("/news/"), get("/proxy-style", { method: "POST" }),
      get("/proxy-style", { method: "HEAD" })],
  },
  {
    name: "assets-headers-rules", area: "assets",
    description: "_headers: set, append, detach with !, splats, placeholders, host rules, on every answer of the assets",
    options: opts({}),
    steps: [get("/"), get("/style.css"), get("/about"), get("/blog/post"), get("/blog/post.html"), get("/app.js"), get("/missing"),
      get("/old-about"), get("/secure/x"), at("http://www.hdr.mf/about"), at("http://hdr.mf/about"), get("/style.css", { method: "POST" }),
      get("/proxy-about")],
  },
  {
    name: "assets-ignore-file", area: "assets",
    description: ".assetsignore and the configuration files are not served",
    options: opts({}),
    steps: [get("/secret/key.txt"), get("/notes.md"), get("/drafts/a.html"), get("/drafts/a"), get("/drafts/keep.html"), get("/drafts/keep"), get("/debug.log"),
      get("/_headers"), get("/_redirects"), get("/.assetsignore"), get("/guides/intro.txt"), get("/docs/readme.txt")],
  },
  {
    name: "assets-rules-with-user-worker", area: "assets",
    description: "with a user worker: redirect and proxy rules answer before it, ignored files go to it, the binding applies rules too",
    options: opts({ routerConfig: { has_user_worker: true } }),
    steps: [get("/old-about"), get("/blog/x"), get("/proxy-missing"), get("/proxy-about"), get("/notes.md"), get("/missing"), get("/style.css"),
      b("/old-about"), b("/proxy-style"), b("/notes.md"), b("/missing"), b("/style.css"), get("/old-about", { method: "POST" })],
  },
  {
    name: "assets-rules-html-handling", area: "assets",
    description: "_redirects and _headers with html_handling none and not_found_handling 404-page",
    options: opts({ assetConfig: { html_handling: "none", not_found_handling: "404-page" } }),
    steps: [get("/proxy-about"), get("/about"), get("/about.html"), get("/missing"), get("/proxy-missing"), get("/loop/"), get("/blog/x")],
  },
];
