import { CD } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
export default [
  {
    name: "http-unicode-urls-bodies-lone-surrogates",
    area: "http",
    description: "unicode through dispatchFetch: emoji and CJK in paths and queries (percent-encoded for the worker), a body with a lone surrogate (sent as U+FFFD), right-to-left text and combining marks, a response body mixing scripts with an explicit charset, TextDecoder of the request bytes",
    options: { modules: true, compatibilityDate: CD, script: `
export default { async fetch(req) {
  const u = new URL(req.url);
  const bytes = new Uint8Array(await req.arrayBuffer());
  return Response.json({ url: req.url, path: decodeURIComponent(u.pathname), q: u.searchParams.get("q"), len: bytes.length, text: new TextDecoder().decode(bytes), codes: [...new TextDecoder().decode(bytes)].map((c) => c.codePointAt(0).toString(16)) });
} };` },
    steps: [
      r("GET", "http://localhost/😀/日本?q=ü😀"),
      r("POST", "http://localhost/s", {}, "a\ud800b"),
      r("POST", "http://localhost/s", {}, "שלום e\u0301 \u200b ok"),
      r("POST", "http://localhost/%F0%9F%98%80?q=%E2%82%AC", {}, "€"),
    ],
  },
];
