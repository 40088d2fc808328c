// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc26-
import { CD, get } from "./_h.mjs";
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const R = `const r = async (f) => { try { const x = await f(); if (x instanceof Response) return "resp:" + x.status + " " + await x.text(); if (typeof x === "function") return "fn"; if (typeof x === "object" && x !== null) { try { return "ok:" + JSON.stringify(x); } catch (e) { return "obj:" + Object.prototype.toString.call(x); } } return "ok:" + typeof x + ":" + String(x); } catch (e) { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return [String(e.name), e.constructor?.name, String(e.message)]; } };`;
const who = (n) => `export default { fetch(req) { const u = new URL(req.url); return new Response("${n} " + u.host + u.pathname + u.search); } };`;
const u = (url, extra = {}) => ({ request: { url, method: "GET", ...extra } });
export default [
  multi("svc26-routing-api-and-site-workers", "routing", "a typical api/site split: zone routes with path wildcards, a subdomain wildcard, an exact path and a catch-all first worker", [
    worker("site", who("site"), { routes: ["example.com/*"] }),
    worker("api", who("api"), { routes: ["example.com/api/*", "api.example.com/*"] }),
    worker("admin", who("admin"), { routes: ["*.example.com/admin*", "example.com/api/admin"] }),
  ], [u("http://example.com/"), u("http://example.com/api/users?x=1"), u("http://example.com/api"), u("http://example.com/api/admin"), u("http://example.com/api/admin/x"), u("http://api.example.com/anything"), u("http://www.example.com/admin/panel"), u("http://www.example.com/other"), u("https://example.com/api/x"), u("http://other.org/"), u("http://EXAMPLE.com/API/x")]),
  multi("svc26-multi-chain-of-three-workers", "multi-worker", "a gateway calls an auth worker by RPC and a backend by fetch, which calls a third worker; headers come back through the chain and a thrown error rejects each caller in turn", [
    worker("gw", `${R}
export default { async fetch(req, env) { const out = {}; out.auth = await r(() => env.AUTH.check(req.headers.get("authorization"))); out.authBad = await r(() => env.AUTH.check("nope")); const res = await env.BACK.fetch("http://back/items?id=3", { headers: { "x-user": "u1" } }); out.back = [res.status, res.headers.get("x-chain"), await res.text()]; out.fail = await r(() => env.BACK.fetch("http://back/fail")); return Response.json(out); } };`, { serviceBindings: { AUTH: "auth", BACK: "back" } }),
    worker("auth", `import { WorkerEntrypoint } from "cloudflare:workers"; export default class extends WorkerEntrypoint { check(token) { if (token !== "Bearer t") throw new Error("unauthorized: " + token); return { user: "u1", roles: ["r"] }; } }`),
    worker("back", `export default { async fetch(req, env) { const u = new URL(req.url); if (u.pathname === "/fail") { const x = await env.DB.fetch("http://db/fail"); return new Response("db said " + x.status + " " + await x.text(), { status: 502 }); } const x = await env.DB.fetch("http://db/" + u.searchParams.get("id")); return new Response(req.headers.get("x-user") + " " + await x.text(), { headers: { "x-chain": "back>" + x.headers.get("x-chain") } }); } };`, { serviceBindings: { DB: "db" } }),
    worker("db", `export default { fetch(req) { const u = new URL(req.url); if (u.pathname === "/fail") throw new Error("db down"); return new Response("row " + u.pathname.slice(1), { headers: { "x-chain": "db" } }); } };`),
  ], [u("http://localhost/", { headers: { authorization: "Bearer t" } })]),
  multi("svc26-errors-callee-throws-kinds-via-fetch", "errors", "what a caller's fetch() of a service binding answers when the callee throws various values, rejects late, or returns non-Responses", [
    worker("a", `${R}
export default { async fetch(req, env) { const out = {}; for (const k of ["error", "type", "string", "object", "late", "nonresp", "undef", "null"]) { out[k] = await r(async () => { const res = await env.B.fetch("http://b/" + k); return [res.status, res.headers.get("content-type"), (await res.text()).split("\\n")[0]]; }); } return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `export default { async fetch(req) { const k = new URL(req.url).pathname.slice(1); if (k === "error") throw new Error("plain"); if (k === "type") throw new TypeError("typed"); if (k === "string") throw "str"; if (k === "object") throw { a: 1 }; if (k === "late") { await scheduler.wait(1); throw new RangeError("late"); } if (k === "nonresp") return "text"; if (k === "undef") return undefined; if (k === "null") return null; return new Response("?"); } };`),
  ]),
];
