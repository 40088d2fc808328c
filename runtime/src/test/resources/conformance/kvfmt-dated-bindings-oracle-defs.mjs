// Re-record: cd /work/wt/oracle && DEFS_DIR=<a folder with defs/_h.mjs and this file> RECORD_OUT=<out> node record.mjs kvfmt
import { PRELUDE, CD, get, req, kvCase } from "./_h.mjs";
const H = (m, path, body, headers) => req(m, "http://localhost" + path, headers, body);
const KVSHAPE = `
  const KV = env.KV; const p = Object.getPrototypeOf(KV);
  out.tag = Object.prototype.toString.call(KV);
  out.ctor = KV.constructor?.name;
  out.protoNames = Object.getOwnPropertyNames(p).sort();
  out.ownKeys = Object.keys(KV);
  out.json = JSON.stringify(KV);
  await KV.put("k", "v", { metadata: { m: 1 } });
  out.get = await KV.get("k");
  out.meta = await KV.getWithMetadata("k");
  out.list = await KV.list();
  out.listTag = Object.prototype.toString.call(out.list);
  out.bulk = await t(async () => [...await KV.get(["k", "x"])]);
  out.streamTag = Object.prototype.toString.call(await KV.get("k", "stream"));
  out.abTag = Object.prototype.toString.call(await KV.get("k", "arrayBuffer"));
  out.badType = await t(async () => KV.get("k", "xml"));
  out.emptyKey = await t(async () => KV.get(""));
`;
export default [
  kvCase("kvfmt-kv-binding-at-2022-01-01", "the KV binding and its results at compatibility date 2022-01-01: class tag, prototype, bulk get, errors", KVSHAPE, { extra: { compatibilityDate: "2022-01-01" } }),
  kvCase("kvfmt-kv-binding-at-2024-06-01", "the KV binding and its results at compatibility date 2024-06-01 (before set_tostring_tag): class tag, prototype, bulk get, errors", KVSHAPE, { extra: { compatibilityDate: "2024-06-01" } }),
  { name: "kvfmt-kv-service-worker-at-2022-01-01", area: "kv", description: "a KV global in a service-worker script at compatibility date 2022-01-01", options: { compatibilityDate: "2022-01-01", kvNamespaces: ["KV"],
      script: PRELUDE + `addEventListener("fetch", (e) => e.respondWith((async () => { const env = { KV: globalThis.KV }; const out = {};${KVSHAPE}\n return Response.json(out); })()));` }, steps: [get("/")] },
  { name: "kvfmt-formats-request-bodies-and-methods", area: "formats", description: "what the worker sees of request bodies and methods: content-type and content-length for each body, formData of urlencoded and multipart bodies, json, binary, HEAD and OPTIONS, custom methods, DELETE with a body",
    options: { modules: true, compatibilityDate: CD, script: PRELUDE + `export default { async fetch(req) {
      const u = new URL(req.url); const ct = req.headers.get("content-type");
      const o = { method: req.method, ct, cl: req.headers.get("content-length"), te: req.headers.get("transfer-encoding"), bodyNull: req.body === null, headerNames: [...req.headers.keys()].filter((k) => !["host", "cf-connecting-ip", "accept-encoding", "mf-original-url", "x-forwarded-proto", "x-real-ip", "cf-ray", "cf-visitor", "cf-ipcountry"].includes(k)) };
      if (u.pathname === "/form") { const f = await req.formData(); o.form = await Promise.all([...f].map(async ([k, v]) => [k, typeof v === "string" ? v : [v.name, v.type, v.size, await v.text()]])); }
      else if (u.pathname === "/json") o.json = await t(() => req.json());
      else if (u.pathname === "/bytes") { const b = new Uint8Array(await req.arrayBuffer()); o.bytes = [b.length, b[0], b[b.length - 1]]; }
      else o.text = await req.text();
      return new Response(JSON.stringify(o), { headers: { "content-type": "application/json", "x-method": req.method } });
    } };` },
    steps: [H("POST", "/form", "a=1&b=two+words&c=%C3%A9&a=2", { "content-type": "application/x-www-form-urlencoded" }),
      H("POST", "/form", "--XyZ\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nvalue\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nfile body\r\n--XyZ--\r\n", { "content-type": "multipart/form-data; boundary=XyZ" }),
      H("POST", "/json", "{\"a\":[1,2]}", { "content-type": "application/json" }), H("POST", "/json", "{bad", { "content-type": "application/json" }),
      H("PUT", "/bytes", "\u00ff\u0000abc"), H("DELETE", "/text", "deleted body"), H("DELETE", "/text"), H("OPTIONS", "/text"), H("HEAD", "/text"),
      H("PROPFIND", "/text", "<x/>", { "content-type": "text/xml", "Depth": "1" }), H("PATCH", "/text", "patched"), H("POST", "/text", ""), H("POST", "/text", "x".repeat(70000)),
      H("GET", "/text", null, { "X-Dup": "a, b", "x-empty": "", "X-UPPER": "VALUE" })] },
  { name: "kvfmt-formats-service-worker-old-date-bindings", area: "formats", description: "a service-worker script at 2021-06-01: event, request, vars and KV globals, waitUntil, the Response it may build",
    options: { compatibilityDate: "2021-06-01", bindings: { GREETING: "hi", CONF: { a: [1] } }, kvNamespaces: ["KV"], script: PRELUDE + `addEventListener("fetch", (event) => {
      event.waitUntil(KV.put("seen", event.request.url));
      event.respondWith((async () => { const prev = await KV.get("seen"); return Response.json({ GREETING, CONF, prev, method: event.request.method, url: event.request.url, type: event.type, reqTag: Object.prototype.toString.call(event.request), kvTag: Object.prototype.toString.call(KV), headers: Object.prototype.toString.call(event.request.headers), body: await event.request.text() }); })());
    });` },
    steps: [get("/a?x=1"), H("POST", "/b", "payload"), get("/c")] },
];
