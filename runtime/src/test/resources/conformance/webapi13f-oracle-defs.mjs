// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi13f`.
import { PRELUDE, get, req, CD } from "./_h.mjs";
const H = "http://localhost";
const routes = `
    const p = url.pathname;
    if (p === "/ct") {
      const kinds = { s: () => "x", b: () => new Blob(["x"]), bt: () => new Blob(["x"], { type: "Text/Weird; A=B" }), u: () => new URLSearchParams("a=1"), ab: () => new ArrayBuffer(1), st: () => new ReadableStream({ start(c) { c.enqueue(new Uint8Array([120])); c.close(); } }), j: null, fd: () => { const f = new FormData(); f.set("a", "1"); return f; } };
      const k = url.searchParams.get("k");
      if (k === "j") return Response.json({ a: 1 });
      const r = new Response(kinds[k]());
      const ct = r.headers.get("content-type");
      return new Response(r.body, { headers: { "content-type-seen": String(ct).replace(/boundary=[^;]*/, "boundary=B"), ...(ct ? { "content-type": ct } : {}) } });
    }
    if (p === "/hdr") {
      const h = new Headers();
      h.append("x-multi", "a"); h.append("x-multi", "b"); h.append("X-Multi", "");
      h.append("set-cookie", "a=1; Path=/"); h.append("set-cookie", "b=2; HttpOnly");
      h.set("x-empty", ""); h.set("x-spaces", "  v  "); h.set("x-latin1", "caf\\u00e9");
      h.set("x-comma", "a, b,c");
      return new Response("ok", { headers: h });
    }
    if (p === "/status") {
      const s = Number(url.searchParams.get("s"));
      return new Response(s === 204 || s === 304 || s === 205 ? null : "body-" + s, { status: s, statusText: "Custom Text", headers: { "x-s": String(s) } });
    }
    if (p === "/echo") {
      const names = [...req.headers.keys()].filter((n) => !n.startsWith("cf-") && n !== "mf-" && !n.startsWith("x-forwarded") && n !== "cdn-loop");
      const body = req.body === null ? null : await req.text();
      return Response.json({ method: req.method, url: req.url, names, ct: req.headers.get("content-type"), cl: req.headers.get("content-length"), te: req.headers.get("transfer-encoding"), body, hasBody: req.body !== null });
    }
    if (p === "/head") {
      return new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("streamed")); c.close(); } }), { headers: { "x-h": "1" } });
    }
    if (p === "/redirect") {
      return new Response(null, { status: Number(url.searchParams.get("s")), headers: url.searchParams.has("l") ? { location: url.searchParams.get("l") } : {} });
    }
    return new Response("404", { status: 404 });`;
const worker = { modules: true, compatibilityDate: CD, script: `${PRELUDE}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
${routes}
  }
};` };
export default [
{ name: "webapi13f-http-content-types-and-header-shapes", area: "http", description: "what the client sees: the Content-Type each body kind gets (string, Blob with and without type, URLSearchParams, ArrayBuffer, stream, JSON, FormData), repeated and odd header values from the worker, unusual statuses with a custom statusText, redirects without a Location",
  options: worker,
  steps: [
    ...["s", "b", "bt", "u", "ab", "st", "j"].map((k) => get("/ct?k=" + k)),
    { request: { url: H + "/ct?k=fd", method: "GET" }, bodyMatches: "^--", skipHeaders: ["content-type"] },
    get("/hdr"),
    ...[200, 201, 202, 226, 299, 400, 418, 451, 499, 500, 503, 599, 204, 205, 304].map((s) => get("/status?s=" + s)),
    ...[[301, "/x"], [302, "http://other.example/y?z=1"], [303, ""], [307, "relative"], [308, "//h/p"], [300, null], [399, "/q"]].map(([s, l]) => get(`/redirect?s=${s}` + (l === null ? "" : "&l=" + encodeURIComponent(l)))),
  ] },
{ name: "webapi13f-http-requests-seen-by-worker", area: "http", description: "requests as the worker sees them: methods with and without bodies, header names' case, the content-type and content-length the client's body brings, URLs with odd characters, HEAD of a streamed response",
  options: worker,
  steps: [
    req("POST", H + "/echo", { "X-Mixed-Case": "1", "content-type": "application/json" }, "{\"a\":1}"),
    req("PUT", H + "/echo", {}, "plain"),
    req("DELETE", H + "/echo", {}, "del-body"),
    req("PATCH", H + "/echo", { "content-type": "text/x" }, ""),
    req("OPTIONS", H + "/echo", {}),
    req("GET", H + "/echo?a=b%20c&d=%zz&e=é#frag", {}),
    req("GET", H + "/echo/%2F/..%2Fx/./y", {}),
    req("POST", H + "/echo", {}, "é€😀"),
    req("HEAD", H + "/head", {}),
    req("HEAD", H + "/status?s=200", {}),
  ] },
{ name: "webapi13f-http-joined-empty-values-on-the-wire", area: "http", description: "fields that joined an empty value (\"a, \", \", \", \", z\", an indexed name too) reach the client with the trailing whitespace dropped, as the HTTP hop does",
  options: { modules: true, compatibilityDate: CD, script: `export default { async fetch(req) { const h = new Headers(); h.append("x-multi", "a"); h.append("x-multi", ""); h.append("accept", "x"); h.append("accept", ""); h.append("x-e", ""); h.append("x-e", ""); h.append("x-lead", ""); h.append("x-lead", "z"); h.append("vary", ""); h.append("vary", "a"); h.append("vary", ""); return new Response("ok", { headers: h }); } }` },
  steps: [get("/")] },
];
