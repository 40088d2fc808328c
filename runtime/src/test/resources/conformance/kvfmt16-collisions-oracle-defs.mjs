// Re-record: mkdir -p d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && cd /work/wt/oracle && DEFS_DIR=d RECORD_OUT=<out> node record.mjs kvfmt16-vars-name
import { CD, PRELUDE } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p) => r("GET", "http://localhost" + p);
const show = `const show = (e) => Object.fromEntries(Object.keys(e).map((k) => [k, typeof e[k] === "object" && e[k] !== null ? (e[k].constructor?.name ?? "null-proto") : e[k]]));`;
export default [
  {
    name: "kvfmt16-vars-name-collisions-kinds-order", area: "vars",
    description: "one name bound by several kinds, declared in an order other than workerd's: which binding env holds, (the place in Object.keys(env) is not recorded)",
    options: { workers: [{ name: "main", kvNamespaces: ["A", "KV"], serviceBindings: { S: "other", A2: "other" }, bindings: { Z: 1, KV: "var-kv", A: "var-a", S: "var-s" },
      d1Databases: ["S"], compatibilityDate: CD, modules: true,
      script: PRELUDE + show + `export default { async fetch(req, env) { return Response.json({ keys: Object.keys(env).sort(), env: show(env) }); } };` },
      { name: "other", compatibilityDate: CD, modules: true, script: `export default { fetch() { return new Response("o"); } };` }] },
    steps: [G("/")],
  },
  {
    name: "kvfmt16-vars-name-collisions-service-worker", area: "vars",
    description: "a service-worker script: a var and a KV namespace of the same name declared KV first, and Object.keys(globalThis) order",
    options: { kvNamespaces: ["KV"], bindings: { A: 1, KV: "var-kv" }, compatibilityDate: CD,
      script: show + `addEventListener("fetch", (e) => e.respondWith(Response.json({ kv: typeof KV === "object" ? KV.constructor.name : KV, keys: Object.keys(globalThis).filter((k) => /^[A-Z]+$/.test(k)) })));` },
    steps: [G("/")],
  },
];
