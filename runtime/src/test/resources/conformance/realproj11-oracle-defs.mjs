// Re-record: cd runtime && DEFS_DIR=<dir with this file as realproj11.mjs and the oracle's _h.mjs> RECORD_OUT=<out> node /work/wt/oracle/record.mjs realproj11
// (requests go through service bindings: the recorder's own fetch forces Sec-Fetch-Mode: cors)
import { CD, PRELUDE, get } from "./_h.mjs";
const DIR = "src/test/resources/conformance/assets-site";
const W = `export default { fetch(req) { const u = new URL(req.url); return new Response("worker " + u.pathname + " " + (req.headers.get("sec-fetch-mode") ?? "-")); } }`;
const FRONT = `${PRELUDE}
export default {
  async fetch(req, env) {
    const show = async (r) => ({ status: r.status, ct: r.headers.get("content-type"), log: r.headers.get("x-mf-additional-response-log"), body: (await r.text()).slice(0, 30) });
    const out = {};
    for (const k of Object.keys(env).sort()) {
      out[k] = {};
      for (const [label, p, mode] of [["plain", "/api/x"], ["nav", "/api/x", "navigate"], ["cors", "/api/x", "cors"], ["navUpper", "/deep/page", "NAVIGATE"],
          ["navFile", "/about", "navigate"], ["navCss", "/style.css", "navigate"], ["navPost", "/api/x", "navigate", "POST"]]) {
        const init = { headers: mode ? { "Sec-Fetch-Mode": mode } : {} };
        out[k][label] = await t(async () => show(await env[k].fetch("http://example.com" + p, init)));
      }
      out[k].navPost = await t(async () => show(await env[k].fetch("http://example.com/api/x", { method: "POST", body: "x", headers: { "Sec-Fetch-Mode": "navigate" } })));
    }
    return Response.json(out);
  }
};`;
const target = (name, compatibilityDate, compatibilityFlags, notFound, routerExtra = {}) => ({
  name, modules: true, compatibilityDate, ...(compatibilityFlags ? { compatibilityFlags } : {}), script: W,
  assets: { directory: DIR, routerConfig: { has_user_worker: true, ...routerExtra }, assetConfig: { not_found_handling: notFound } },
});
export default [
  {
    name: "realproj11-assets-navigation-prefers-asset-serving", area: "assets",
    description: "assets_navigation_prefers_asset_serving (on from 2025-04-01, or by flag; assets_navigation_has_no_effect turns it off): a navigation (Sec-Fetch-Mode: navigate) no file matches gets the not-found handling instead of the worker",
    options: { workers: [
      { name: "front", modules: true, compatibilityDate: CD, script: FRONT,
        serviceBindings: { SPA_NEW: "spa-new", SPA_OLD: "spa-old", SPA_FLAG_ON: "spa-on", SPA_FLAG_OFF: "spa-off", PAGE404_NEW: "p404-new", NONE_NEW: "none-new" } },
      target("spa-new", "2025-10-08", undefined, "single-page-application"),
      target("spa-old", "2025-03-31", undefined, "single-page-application"),
      target("spa-on", "2024-09-23", ["assets_navigation_prefers_asset_serving"], "single-page-application"),
      target("spa-off", "2025-10-08", ["assets_navigation_has_no_effect"], "single-page-application"),
      target("p404-new", "2025-10-08", undefined, "404-page"),
      target("none-new", "2025-10-08", undefined, "none"),
    ] },
    steps: [get("/")],
  },
];
