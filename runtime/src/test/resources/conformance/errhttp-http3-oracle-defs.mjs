import { CD, PRELUDE } from "./_h.mjs";
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script, ...extra });
const r = (method, path, headers, body) => ({ request: { url: "http://localhost" + path, method, headers: headers ?? {}, body: body ?? null } });
export default [
  {
    name: "http-request-body-readers-and-content-types",
    area: "http",
    description: "reading request bodies several ways: text of UTF-8 with BOM, arrayBuffer of multi-byte text, json of a BOM-prefixed body, formData of a multipart body, body stream bytes, bodyUsed after each reader, clone before reading, reading after a failed json()",
    options: mod(`${PRELUDE}
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/text") return Response.json({ text: await req.text(), used: req.bodyUsed });
  if (p === "/bytes") return Response.json({ hex: hex(await req.arrayBuffer()) });
  if (p === "/json") return Response.json(await t(() => req.json()));
  if (p === "/multipart") return Response.json(await t(async () => { const fd = await req.formData(); return [...fd].map(([k, v]) => [k, typeof v === "string" ? v : { name: v.name, type: v.type, size: v.size }]); }));
  if (p === "/cloneThenRead") { const c = req.clone(); return Response.json({ a: await req.text(), b: await c.text() }); }
  if (p === "/afterFailedJson") { const first = await t(() => req.json()); const second = await t(() => req.text()); return Response.json({ first, second, used: req.bodyUsed }); }
  if (p === "/bytesMethod") return Response.json(await t(async () => [...await req.bytes()]));
  return new Response("?");
} };`),
    steps: [
      r("POST", "/text", {}, "\ufeffbom text é"),
      r("POST", "/bytes", {}, "é€😀"),
      r("POST", "/json", { "content-type": "application/json" }, "\ufeff{\"bom\":true}"),
      r("POST", "/json", { "content-type": "application/json" }, "  [1, 2]  "),
      r("POST", "/multipart", { "content-type": "multipart/form-data; boundary=XyZ" }, "--XyZ\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\nvalue é\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nfile body\r\n--XyZ--\r\n"),
      r("POST", "/multipart", { "content-type": "multipart/form-data" }, "no boundary"),
      r("POST", "/cloneThenRead", {}, "twice"),
      r("POST", "/afterFailedJson", {}, "not json"),
      r("POST", "/bytesMethod", {}, "ab"),
    ],
  },
];
