import { modWorker, get } from "./_h.mjs";
const DIR = "src/test/resources/conformance/assets-rules-site";
// /etag?p=<path>: fetches p through env.ASSETS, then again with If-None-Match set to its ETag.
const W = `    const p = url.searchParams.get("p");
    const first = await env.ASSETS.fetch("http://localhost" + p);
    const etag = first.headers.get("etag");
    const again = await env.ASSETS.fetch("http://localhost" + p, { headers: { "if-none-match": etag ?? "none" } });
    const weak = await env.ASSETS.fetch("http://localhost" + p, { headers: { "if-none-match": "W/" + etag } });
    const shown = (r) => ({ status: r.status, headers: [...r.headers].filter(([k]) => k !== "etag" && k !== "date" && !k.startsWith("cf-")), hasEtag: r.headers.has("etag") });
    return Response.json({ first: shown(first), again: shown(again), weak: weak.status });`;
export default [
  {
    name: "assets-headers-on-not-modified", area: "assets",
    description: "_headers rules apply to 304 answers too; a redirect rule wins before the ETag check",
    options: modWorker(W, { assets: { directory: DIR, binding: "ASSETS", routerConfig: { has_user_worker: true } } }),
    steps: [get("/etag?p=/about"), get("/etag?p=/app.js"), get("/etag?p=/style.css"), get("/etag?p=/drafts/keep.html"), get("/etag?p=/proxy-style")],
  },
];
