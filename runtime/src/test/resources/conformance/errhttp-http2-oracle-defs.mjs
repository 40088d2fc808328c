import { CD } from "./_h.mjs";
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script, ...extra });
const r = (method, path, headers, body) => ({ request: { url: "http://localhost" + path, method, headers: headers ?? {}, body: body ?? null } });
const methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "PURGE", "OPTIONS", "COPY", "LOCK", "MKCOL", "MOVE", "PROPFIND", "PROPPATCH", "SEARCH", "UNLOCK", "ACL", "REPORT", "MKACTIVITY", "CHECKOUT", "MERGE", "MSEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE", "QUERY", "BAN", "LINK", "UNLINK", "FOO", "X", "purge", "Delete", "pOst", "propfind"];
export default [
  {
    name: "http-extension-methods-workerd-accepts",
    area: "http",
    description: "which request methods reach the worker through dispatchFetch: the HTTP parser knows a fixed list (standard, WebDAV, Subversion, UPnP), is case-sensitive for all but those undici upper-cases, and answers others 501 text/plain",
    options: mod(`export default { async fetch(req) { return new Response(req.method + " " + (await req.text())); } };`),
    steps: methods.map((m) => r(m, "/", {}, m === "GET" || m === "HEAD" || m === "get" ? null : "b")),
  },
];
