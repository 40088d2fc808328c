// Re-record: mkdir d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && DEFS_DIR=d RECORD_OUT=<out> node /work/wt/oracle/record.mjs kv22-
import { CD, PRELUDE } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p = "/", host = "http://localhost") => r("GET", host + p);
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
export default [
  {
    name: "kv22-multi-worker-callee-body-stream-errors", area: "multi-worker",
    description: "a service binding callee answers with a body stream that fails after some bytes (Error, TypeError, a custom class, a string, no reason, in start and in pull): what the caller's text() and a reader see, the error's name, message and remote mark",
    options: { workers: [
      mod(`export default { async fetch(req, env) { const out = {};
const show = (e) => ({ name: e?.name, ctor: e?.constructor?.name, message: e?.message, remote: e?.remote ?? "none", type: typeof e, str: typeof e === "string" ? e : undefined });
for (const k of ["err", "type", "custom", "str", "none", "pull", "startErr", "empty"]) {
  out[k + "_text"] = await env.B.fetch("http://b/" + k).then(async (r) => ({ status: r.status, text: await r.text() }), (e) => ({ fetchRejected: show(e) })).catch((e) => ({ readRejected: show(e) }));
  out[k + "_reader"] = await env.B.fetch("http://b/" + k).then(async (r) => { const rd = r.body.getReader(); const got = []; try { for (;;) { const { value, done } = await rd.read(); if (done) break; got.push(new TextDecoder().decode(value)); } return { got: got.join("") }; } catch (e) { return { got: got.join(""), error: show(e) }; } }, (e) => ({ fetchRejected: show(e) }));
}
return Response.json(out); } };`, { name: "a", serviceBindings: { B: "b" } }),
      mod(`class Custom extends Error { constructor(m) { super(m); this.name = "Custom"; } }
export default { async fetch(req) { const k = new URL(req.url).pathname.slice(1); const enc = new TextEncoder();
const reasons = { err: () => new Error("boom"), type: () => new TypeError("bad type"), custom: () => new Custom("mine"), str: () => "just a string", none: () => undefined };
if (k === "pull") { let n = 0; return new Response(new ReadableStream({ pull(c) { if (n++ < 2) c.enqueue(enc.encode("p" + n)); else c.error(new RangeError("late")); } })); }
if (k === "startErr") return new Response(new ReadableStream({ start(c) { c.error(new Error("at start")); } }));
if (k === "empty") return new Response(new ReadableStream({ start(c) { c.close(); } }));
return new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode("ab")); c.enqueue(enc.encode("cd")); k === "none" ? c.error() : c.error(reasons[k]()); } })); } };`, { name: "b" }),
    ] },
    steps: [G()],
  },
];
