// Re-record: copy oracle/defs/_h.mjs and this file (as svc16e.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs svc16-routing-upstream
import { CD, get } from "./_h.mjs";
const w = (name, routes) => ({ name, modules: true, compatibilityDate: CD, ...(routes ? { routes } : {}), script: `export default { fetch(req) { return Response.json({ w: ${JSON.stringify(name)}, url: req.url, host: req.headers.get("host"), orig: req.headers.get("mf-original-hostname") }); } };` });
const g = (url, headers) => ({ request: { url, method: "GET", ...(headers ? { headers } : {}) } });
export default [
  { name: "svc16-routing-upstream-with-path", area: "routing", description: "the upstream option: request URLs are rebuilt on the upstream URL (its path a base), the Host header becomes the upstream's, MF-Original-Hostname keeps the original host, and routes match the rebuilt URL",
    options: { upstream: "https://up.mf:8443/base/", workers: [w("main"), w("up", ["up.mf/base/api/*"]), w("orig", ["localhost/*"])] },
    steps: [g("http://localhost/"), g("http://localhost/api/x?q=1#frag"), g("http://other.mf:8080/a/b"), g("http://localhost//double"), g("http://localhost/%2e%2e/esc"), g("http://localhost/api/x", { "x-a": "1" })] },
  { name: "svc16-routing-upstream-no-path", area: "routing", description: "an upstream URL without a path (or a path without a trailing slash): the request's path replaces it",
    options: { upstream: "http://up.mf/base", modules: true, compatibilityDate: CD, script: `export default { fetch(req) { return Response.json({ url: req.url, host: req.headers.get("host"), orig: req.headers.get("mf-original-hostname") }); } };` },
    steps: [g("http://localhost/"), g("http://127.0.0.1:9999/p?x"), g("https://a.b/c/d")] },
];
