// Header values outside ASCII between dispatchFetch and a worker: bytes on the wire, UTF-8 in workerd, latin1 in Node.
import { CD } from "./_h.mjs";
export default [
  {
    name: "nodereq-header-values-non-ascii", area: "http",
    description: "a worker's header value outside ASCII reaches dispatchFetch as its UTF-8 bytes read as latin1; a request header value's latin1 bytes reach the worker read as UTF-8 (a lone é becomes U+FFFD)",
    options: {
      modules: true, compatibilityDate: CD,
      script: `export default { async fetch(req) {
  const codes = (v) => v === null ? null : [...v].map((c) => c.codePointAt(0).toString(16));
  const headers = new Headers({ "x-e": "é", "x-emoji": "😀", "x-mix": "a é b", "x-ascii": "plain" });
  headers.append("x-two", "ü"); headers.append("x-two", "ß");
  headers.set("x-echo", req.headers.get("x-in") ?? "none");
  const inWorker = { in: codes(req.headers.get("x-in")), lone: codes(req.headers.get("x-lone")), emojiSet: codes(headers.get("x-emoji")) };
  return new Response(JSON.stringify(inWorker), { headers });
} };`,
    },
    steps: [{ request: { url: "http://localhost/", method: "GET", headers: { "x-in": "caf\u00c3\u00a9", "x-lone": "\u00e9t\u00e9" } } }],
  },
];
