// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc26-
import { CD, get } from "./_h.mjs";
const worker = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const R = `const r = async (f) => { try { const x = await f(); if (x instanceof Response) return "resp:" + x.status + " " + await x.text(); if (typeof x === "function") return "fn"; if (typeof x === "object" && x !== null) { try { return "ok:" + JSON.stringify(x); } catch (e) { return "obj:" + Object.prototype.toString.call(x); } } return "ok:" + typeof x + ":" + String(x); } catch (e) { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return [String(e.name), e.constructor?.name, String(e.message)]; } };`;
export default [
  multi("svc26-sb-response-headers-and-status-through-binding", "service-bindings", "a callee's status text, several Set-Cookie fields, repeated headers, a 204, a 304 and a custom status cross a service binding and go back out", [
    worker("a", `export default { async fetch(req, env) { const u = new URL(req.url); const res = await env.B.fetch("http://b" + u.pathname); if (u.pathname === "/inspect") { const x = await env.B.fetch("http://b/cookies"); return Response.json({ cookies: x.headers.getSetCookie(), joined: x.headers.get("set-cookie"), vary: x.headers.get("vary"), st: x.statusText, status: x.status }); } return res; } };`, { serviceBindings: { B: "b" } }),
    worker("b", `export default { fetch(req) { const p = new URL(req.url).pathname; const h = new Headers(); if (p === "/cookies" || p === "/inspect") { h.append("set-cookie", "a=1; Path=/"); h.append("set-cookie", "b=2; HttpOnly"); h.append("vary", "accept"); h.append("vary", "origin"); return new Response("cookies", { status: 201, statusText: "Made It", headers: h }); } if (p === "/204") return new Response(null, { status: 204, headers: { "x-n": "1" } }); if (p === "/304") return new Response(null, { status: 304, headers: { etag: '"e"' } }); if (p === "/599") return new Response("odd", { status: 599, statusText: "Odd" }); return new Response("plain"); } };`),
  ], [get("/cookies"), get("/inspect"), get("/204"), get("/304"), get("/599")]),
  multi("svc26-rpc-pipelining-through-results", "rpc", "promise pipelining: calling methods and reading properties on unawaited results, nested objects holding targets and functions, awaiting a pipelined property of an array", [
    worker("a", `${R}
export default { async fetch(req, env) { const B = env.B; const out = {};
  out.chain = await r(() => B.api().users.get(2).name);
  out.chainCall = await r(() => B.api().users.get(3).greet("hi"));
  out.arrayIndex = await r(() => B.api().list[1]);
  out.fnProp = await r(() => B.api().fn(4));
  out.missingProp = await r(() => B.api().nope);
  out.missingDeep = await r(() => B.api().nope.deeper);
  out.callOnValue = await r(() => B.api().version());
  out.awaitWhole = await r(async () => { const a = await B.api(); return [a.version, typeof a.users, typeof a.fn]; });
  out.throwingPipeline = await r(() => B.fails().x.y);
  return Response.json(out); } };`, { serviceBindings: { B: "b" } }),
    worker("b", `import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class User extends RpcTarget { constructor(id) { super(); this.id = id; } get name() { return "user" + this.id; } greet(w) { return w + " from " + this.id; } }
class Users extends RpcTarget { get(id) { return new User(id); } }
export default class extends WorkerEntrypoint {
  api() { return { version: "v1", users: new Users(), list: ["a", "b"], fn: (x) => x * 2 }; }
  async fails() { throw new Error("pipeline source failed"); }
}`),
  ]),
];
