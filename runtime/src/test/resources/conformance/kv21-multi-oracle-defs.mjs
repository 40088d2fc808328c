// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && DEFS_DIR=d RECORD_OUT=<out> node /work/wt/oracle/record.mjs kv21-
import { CD, PRELUDE } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/", host = "http://localhost") => r("GET", host + p);
const two = (name, description, aBody, bScript, extraA = {}) => ({
  name, area: "multi-worker", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, ...extraA,
      script: PRELUDE + `export default { async fetch(req, env, ctx) { const out = {};
${aBody}
  return Response.json(out); } };` },
    { name: "b", modules: true, compatibilityDate: CD, script: PRELUDE + bScript },
  ] },
  steps: [G()],
});

export default [
  two("kv21-multi-worker-status-and-status-text", "a service binding's responses of statuses 204, 205, 304 (with headers), 599, 200 with an empty and a custom statusText, a null body with content-type; status, statusText, ok, body and headers seen by the caller",
`for (const p of ["204", "205", "304", "599", "empty", "custom", "nullct", "stream"]) out[p] = await t(async () => { const res = await env.B.fetch("http://b/" + p); return [res.status, res.statusText, res.ok, [...res.headers].filter(([k]) => k !== "date"), await res.text(), res.body === null]; });`,
`export default { async fetch(req) { const p = new URL(req.url).pathname.slice(1);
  if (p === "204") return new Response(null, { status: 204, headers: { "x-a": "1" } });
  if (p === "205") return new Response(null, { status: 205 });
  if (p === "304") return new Response(null, { status: 304, headers: { etag: '"e"', "content-type": "text/plain" } });
  if (p === "599") return new Response("odd", { status: 599 });
  if (p === "empty") return new Response("e", { statusText: "" });
  if (p === "custom") return new Response("c", { status: 201, statusText: "Made It" });
  if (p === "nullct") return new Response(null, { headers: { "content-type": "application/x" } });
  return new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("s1")); c.enqueue(new TextEncoder().encode("s2")); c.close(); } }));
} };`),
  two("kv21-multi-worker-header-value-forms", "header values crossing a service binding both ways: inner spaces and tabs, non-ASCII, upper-case names, several set-cookie, a comma list, repeated non-indexed names, a long value",
`const h = new Headers();
h.append("X-Inner", "a  b\\tc"); h.append("x-latin", "caf\\u00e9"); h.append("x-list", "a"); h.append("x-list", "b"); h.append("Cookie", "a=1"); h.append("cookie", "b=2"); h.append("x-long", "v".repeat(10000)); h.append("x-comma", "a,b ,  c");
const res = await env.B.fetch("http://b/", { headers: h });
out.seenByB = await res.json();
out.resp = [...res.headers].filter(([k]) => k !== "date" && k !== "content-type");
out.setCookie = res.headers.getSetCookie();`,
`export default { async fetch(req) {
  const seen = [...req.headers].filter(([k]) => k.startsWith("x-") || k === "cookie").map(([k, v]) => [k, v.length > 100 ? v.length : v]);
  const h = new Headers({ "content-type": "application/json" });
  h.append("Set-Cookie", "a=1; Path=/"); h.append("set-cookie", "b=2"); h.append("X-R", "r1"); h.append("x-r", "r2"); h.append("x-sp", "in  ner"); h.append("x-latin", "\\u00fc");
  return new Response(JSON.stringify(seen), { headers: h });
} };`),
  two("kv21-multi-worker-cf-and-request-init", "what a service binding's target sees of cf given in the init, a Request's cf, integrity/keepalive/signal init members, and the request's redirect mode; the caller's Request made from another",
`out.cf = await t(async () => (await env.B.fetch("http://b/", { cf: { cacheTtl: 5, custom: "c" } })).json());
out.reqCf = await t(async () => (await env.B.fetch(new Request("http://b/", { cf: { k: 1 } }))).json());
out.none = await t(async () => (await env.B.fetch("http://b/")).json());
out.signal = await t(async () => (await env.B.fetch("http://b/", { signal: new AbortController().signal, keepalive: true })).json());`,
`export default { async fetch(req) { const cf = req.cf; return Response.json([cf === undefined ? "undef" : cf === null ? "null" : Object.fromEntries(Object.entries(cf).filter(([k]) => ["cacheTtl", "custom", "k"].includes(k))), req.redirect, req.method, req.keepalive ?? "nokeep"]); } };`),
];
