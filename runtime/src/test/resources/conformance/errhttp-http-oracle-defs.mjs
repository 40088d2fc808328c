import { CD, PRELUDE } from "./_h.mjs";
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script, ...extra });
const r = (method, path, headers, body) => ({ request: { url: "http://localhost" + path, method, headers: headers ?? {}, body: body ?? null } });
export default [
  {
    name: "http-header-name-value-validation",
    area: "http",
    description: "which header names and values workerd's Headers accepts (separators, controls, non-ASCII, empty), how accepted odd names iterate, and what reaches dispatchFetch",
    options: mod(`${PRELUDE}
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  const names = ["a(b", "a@b", "a/b", "a{b", 'a"b', "a\\u0001b", "a\\u007fb", "ü", "é", "😀", "a b", "a\\tb", "a=b", "a?b", "a[b", "a,b", "a;b", "a\\\\b", "!#$%&'*+-.^_\`|~", "A-Upper"];
  if (p === "/names") {
    const out = {};
    for (const n of names) out[JSON.stringify(n)] = await t(() => { const h = new Headers(); h.set(n, "v"); return [...h.keys()]; });
    return Response.json(out);
  }
  if (p === "/values") {
    const values = { tab: "a\\tb", lead: " x", trail: "x ", del: "a\\u007fb", ctl: "a\\u0001b", latin: "\\u00ff", wide: "\\u0100", emoji: "😀", vtab: "a\\u000bb", ff: "a\\u000cb", empty: "" };
    const out = {};
    for (const [k, v] of Object.entries(values)) out[k] = await t(() => new Headers({ x: v }).get("x"));
    return Response.json(out);
  }
  if (p === "/respond") return new Response("r", { headers: { "x-tab": "a\\tb", "x-empty": "" } });
  return new Response("?");
} };`),
    steps: [r("GET", "/names"), r("GET", "/values"), r("GET", "/respond")],
  },
  {
    name: "http-methods-and-bodies",
    area: "http",
    description: "methods as the worker sees them (case of standard and extension methods, lower-case patch refused by workerd), bodies on GET-like methods, binary and large bodies, JSON and form bodies",
    options: mod(`${PRELUDE}
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/echo") {
    const buf = await req.arrayBuffer();
    return Response.json({ method: req.method, len: buf.byteLength, text: new TextDecoder().decode(buf), ct: req.headers.get("content-type"), cl: req.headers.get("content-length"), te: req.headers.get("transfer-encoding") });
  }
  if (p === "/json") return Response.json(await t(() => req.json()));
  if (p === "/form") return Response.json(await t(async () => [...(await req.formData())]));
  if (p === "/blob") return Response.json(await t(async () => { const b = await req.blob(); return [b.size, b.type]; }));
  if (p === "/twice") { await req.text(); return Response.json(await t(() => req.text())); }
  if (p === "/stream") { const reader = req.body.getReader(); let n = 0, chunks = 0; for (;;) { const { done, value } = await reader.read(); if (done) break; n += value.byteLength; chunks++; } return Response.json({ n, chunksPositive: chunks > 0 }); }
  return new Response(req.method);
} };`),
    steps: [
      r("get", "/m"), r("put", "/m", {}, "x"), r("delete", "/m"), r("head", "/m"), r("options", "/m"), r("post", "/m", {}, "x"),
      r("Patch", "/m", {}, "x"), r("PURGE", "/m"), r("M-SEARCH", "/m"),
      r("DELETE", "/echo", {}, "delete body"), r("OPTIONS", "/echo", {}, "opt body"),
      r("POST", "/echo", { "content-type": "application/octet-stream" }, "\u0000\u0001\u00ff binary-ish é"),
      r("POST", "/echo", {}, "ü".repeat(70000)),
      r("POST", "/json", { "content-type": "application/json" }, "{\"a\":[1,2,{\"b\":null}]}"),
      r("POST", "/json", { "content-type": "application/json" }, "{bad json"),
      r("POST", "/json", {}, ""),
      r("POST", "/form", { "content-type": "application/x-www-form-urlencoded" }, "a=1&b=two+words&a=%C3%A9"),
      r("POST", "/form", { "content-type": "text/plain" }, "a=1"),
      r("POST", "/blob", { "content-type": "Image/PNG" }, "png"),
      r("POST", "/twice", {}, "once"),
      r("POST", "/stream", {}, "s".repeat(200000)),
    ],
  },
  {
    name: "http-response-statuses-and-null-bodies",
    area: "http",
    description: "response statuses through dispatchFetch: 1xx refused, 2xx-5xx custom codes and unknown codes, HEAD and null-body statuses with headers, Response.redirect for each redirect code, Location kept verbatim",
    options: mod(`${PRELUDE}
export default { async fetch(req) {
  const u = new URL(req.url);
  const p = u.pathname;
  if (p === "/status") { const s = Number(u.searchParams.get("s")); return new Response(s === 204 || s === 205 || s === 304 ? null : "body " + s, { status: s, statusText: "T" + s }); }
  if (p === "/redirect") return Response.redirect(u.searchParams.get("to"), Number(u.searchParams.get("s") ?? 302));
  if (p === "/loc") return new Response("moved body", { status: 301, headers: { location: u.searchParams.get("to") } });
  if (p === "/emptyString204") return new Response("", { status: 204 });
  if (p === "/headNull") return new Response(null, { headers: { "x-h": "1", "content-type": "text/html" } });
  return new Response("?");
} };`),
    steps: [
      ...[200, 201, 202, 203, 204, 205, 206, 226, 299, 300, 304, 305, 306, 399, 400, 401, 404, 405, 409, 410, 418, 422, 429, 451, 499, 500, 501, 502, 503, 504, 520, 599].map((s) => r("GET", "/status?s=" + s)),
      r("HEAD", "/status?s=200"), r("HEAD", "/status?s=404"), r("POST", "/status?s=201", {}, "x"),
      ...[301, 302, 303, 307, 308].map((s) => r("GET", "/redirect?s=" + s + "&to=" + encodeURIComponent("http://example.com/a b?x=é"))),
      r("GET", "/redirect?to=" + encodeURIComponent("https://other.test/")),
      r("GET", "/loc?to=" + encodeURIComponent("/relative/path?q=1")),
      r("GET", "/loc?to=" + encodeURIComponent("//proto-relative.test/x")),
      r("GET", "/emptyString204"),
      r("HEAD", "/headNull"),
    ],
  },
  {
    name: "http-response-headers-shapes",
    area: "http",
    description: "response headers through dispatchFetch: case of names, multiple values joined, set-cookie with commas and expires, content-type defaults for each body type, content-length set by the worker, duplicate content-type",
    options: mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/case") return new Response("c", { headers: { "X-Upper-Case": "V", "x-lower": "v" } });
  if (p === "/multi") { const h = new Headers(); h.append("x-m", "1"); h.append("X-M", "2"); h.append("vary", "a"); h.append("vary", "b"); h.append("cache-control", "no-cache"); h.append("cache-control", "no-store"); return new Response("m", { headers: h }); }
  if (p === "/cookies") { const h = new Headers(); h.append("set-cookie", "a=1; Expires=Wed, 21 Oct 2099 07:28:00 GMT; Path=/"); h.append("set-cookie", "b=2, c=3"); h.append("Set-Cookie", "d=4; SameSite=Lax; Secure"); return new Response("c", { headers: h }); }
  if (p === "/ctString") return new Response("s");
  if (p === "/ctBlob") return new Response(new Blob(["b"], { type: "image/png" }));
  if (p === "/ctBlobNoType") return new Response(new Blob(["b"]));
  if (p === "/ctParams") return new Response(new URLSearchParams({ a: "1", b: "é" }));
  if (p === "/ctBuffer") return new Response(new Uint8Array([65]).buffer);
  if (p === "/ctStream") return new Response(new Blob(["st"]).stream());
  if (p === "/ctJsonOverride") return Response.json({ a: 1 }, { headers: { "content-type": "application/vnd.api+json" } });
  if (p === "/ctEmptyString") return new Response("", { headers: { "content-type": "" } });
  if (p === "/ctDup") { const h = new Headers(); h.append("content-type", "text/a"); h.append("content-type", "text/b"); return new Response("d", { headers: h }); }
  if (p === "/cl") return new Response("hello", { headers: { "content-length": "5", "x-cl": "set" } });
  if (p === "/etag") return new Response("e", { headers: { etag: 'W/"abc"', "last-modified": "Wed, 21 Oct 2015 07:28:00 GMT", "cache-control": "public, max-age=60" } });
  if (p === "/cors") return new Response(null, { status: 204, headers: { "access-control-allow-origin": "*", "access-control-allow-methods": "GET, POST, OPTIONS", "access-control-allow-headers": "content-type" } });
  if (p === "/mutated") { const res = new Response("m"); res.headers.set("x-late", "added"); res.headers.delete("content-type"); return res; }
  if (p === "/fromFetchLike") { const res = new Response("f", { headers: { "x-a": "1" } }); return new Response(res.body, res); }
  if (p === "/unicodeBody") return new Response("héllo wörld ✓ 😀", { headers: { "content-type": "text/plain; charset=utf-8" } });
  if (p === "/latin1Body") return new Response(new Uint8Array([0xe9, 0x41]), { headers: { "content-type": "text/plain; charset=iso-8859-1" } });
  return new Response("?");
} };`),
    steps: ["/case", "/multi", "/cookies", "/ctString", "/ctBlob", "/ctBlobNoType", "/ctParams", "/ctBuffer", "/ctStream", "/ctJsonOverride", "/ctEmptyString", "/ctDup", "/cl", "/etag", "/cors", "/mutated", "/fromFetchLike", "/unicodeBody", "/latin1Body"].map((p) => r("GET", p)),
  },
  {
    name: "http-request-urls-and-headers-seen",
    area: "http",
    description: "what the worker sees of request URLs (unicode paths and queries, encoded characters, IPv6 and IDN hosts, trailing dots, default ports) and of request headers (case, cookie, authorization, content-length, host, duplicate-like values)",
    options: mod(`
export default { async fetch(req) {
  const u = new URL(req.url);
  const h = Object.fromEntries([...req.headers].filter(([k]) => !["accept", "accept-encoding", "accept-language", "user-agent", "sec-fetch-mode", "cf-connecting-ip", "connection"].includes(k)).map(([k, v]) => [k, k === "host" ? v.replace(/:\\d+$/, ":<port>") : v]));
  return Response.json({ url: req.url, host: u.host, pathname: u.pathname, search: u.search, query: [...u.searchParams], h });
} };`),
    steps: [
      r("GET", "/ü/é path/%41%2F?q=ü&x=%20+&y=a%26b"),
      r("GET", "/a//b/../c/./d?&&a=&=b"),
      { request: { url: "http://[::1]:8787/v6", method: "GET" } },
      { request: { url: "http://bücher.example/idn", method: "GET" } },
      { request: { url: "https://localhost:443/default-https-port", method: "GET" } },
      { request: { url: "http://localhost:80/default-http-port", method: "GET" } },
      { request: { url: "http://example.com./trailing-dot", method: "GET" } },
      r("GET", "/headers", { Cookie: "a=1; b=2", Authorization: "Bearer tok", "X-Forwarded-For": "1.2.3.4", "X-Multi": "a, b", "X-Empty": "", "If-None-Match": '"etag"' }),
      r("POST", "/headers", { "Content-Type": "Application/JSON; Charset=UTF-8", "content-length": "2" }, "{}"),
    ],
  },
  {
    name: "http-streaming-and-large-responses",
    area: "http",
    description: "response bodies through dispatchFetch: many small chunks, a 1 MiB body, a body built from a ReadableStream with a delay, a tee'd stream, bytes that are not UTF-8, a body piped through TextEncoderStream, Response.clone",
    options: mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  const enc = new TextEncoder();
  if (p === "/chunks") { let i = 0; return new Response(new ReadableStream({ pull(c) { if (i < 100) c.enqueue(enc.encode(String(i++ % 10))); else c.close(); } })); }
  if (p === "/big") return new Response("x".repeat(1024 * 1024));
  if (p === "/delayed") return new Response(new ReadableStream({ async start(c) { c.enqueue(enc.encode("first,")); await scheduler.wait(10); c.enqueue(enc.encode("second")); c.close(); } }));
  if (p === "/tee") { const [a, b] = new Response("teed").body.tee(); b.cancel(); return new Response(a); }
  if (p === "/invalidUtf8") return new Response(new Uint8Array([0x61, 0xff, 0xfe, 0x62]));
  if (p === "/textEncoderStream") { const s = new ReadableStream({ start(c) { c.enqueue("é"); c.enqueue("ok"); c.close(); } }); return new Response(s.pipeThrough(new TextEncoderStream())); }
  if (p === "/clone") { const res = new Response("clone body"); const c = res.clone(); await res.text(); return c; }
  if (p === "/bytesStream") return new Response(new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([104, 105])); c.close(); } }));
  return new Response("?");
} };`),
    steps: ["/chunks", "/big", "/delayed", "/tee", "/invalidUtf8", "/textEncoderStream", "/clone", "/bytesStream"].map((p) => r("GET", p)),
  },
];
