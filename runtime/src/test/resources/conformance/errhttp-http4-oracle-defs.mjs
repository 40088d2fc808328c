import { CD } from "./_h.mjs";
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script, ...extra });
const r = (method, path, headers, body) => ({ request: { url: "http://localhost" + path, method, headers: headers ?? {}, body: body ?? null } });
export default [
  {
    name: "http-request-special-headers-from-client",
    area: "http",
    description: "client-sent headers the runtime might own: cf-* headers, x-real-ip, true-client-ip, cdn-loop, keep-alive, te, proxy-authorization, a Host header, values with inner and outer spaces, very long values",
    options: mod(`export default { async fetch(req) { return Response.json(Object.fromEntries([...req.headers].filter(([k]) => !["accept", "accept-language", "user-agent", "sec-fetch-mode", "connection"].includes(k)).map(([k, v]) => [k, k === "host" ? v.replace(/:\\d+$/, ":<port>") : (v.length > 100 ? v.length : v)]))); } };`),
    steps: [
      r("GET", "/", { "cf-connecting-ip": "1.2.3.4", "cf-ray": "abc123", "cf-ipcountry": "DE", "cf-visitor": "{\"scheme\":\"https\"}", "cf-worker": "other.workers.dev", "x-real-ip": "5.6.7.8", "true-client-ip": "9.9.9.9", "cdn-loop": "cloudflare" }),
      r("GET", "/", { host: "example.com", "x-spaces": "  inner  spaces  ", "x-long": "v".repeat(4000), "accept-encoding": "br" }),
      r("GET", "/", { "keep-alive": "timeout=5", te: "trailers", "proxy-authorization": "Basic x", "x-forwarded-host": "fwd.example" }),
    ],
  },
  {
    name: "http-response-framing-headers-from-worker",
    area: "http",
    description: "framing headers a worker sets on its response: a content-length matching the body, transfer-encoding chunked, content-encoding values the runtime does not compress (identity, deflate passthrough with encodeBody manual), a connection header",
    options: mod(`export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/clMatch") return new Response("12345", { headers: { "content-length": "5" } });
  if (p === "/te") return new Response("chunky", { headers: { "transfer-encoding": "chunked" } });
  if (p === "/identity") return new Response("plain", { headers: { "content-encoding": "identity" } });
  if (p === "/brAuto") return new Response("brotli?", { headers: { "content-encoding": "br" } });
  if (p === "/connection") return new Response("conn", { headers: { connection: "keep-alive", "keep-alive": "timeout=5" } });
  if (p === "/vary") return new Response("v", { headers: { vary: "Accept-Encoding", "content-encoding": "gzip" } });
  return new Response("?");
} };`),
    steps: ["/clMatch", "/te", "/identity", "/brAuto", "/connection", "/vary"].map((p) => r("GET", p)),
  },
];
