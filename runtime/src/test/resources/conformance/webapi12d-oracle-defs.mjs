// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi12d`.
import { PRELUDE, get, req, CD } from "./_h.mjs";
const worker = (fn, extra = {}, hang = 300) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), ${hang}))]); };
    await probes(P, out, req, env);
    return Response.json(out);
  }
};`,
  ...extra,
});
const c = (name, description, fn, steps = [get("/")], area = "web-api", extra = {}, hang = 300) => ({ name, area, description, options: worker(fn, extra, hang), steps });
export default [
c("webapi12d-body-lifecycle", "bodies through their lifecycle: read while locked, clone after partial read or after a reader was taken, body identity, bodyUsed after cancel, a Request made from a used Request, new Response from a disturbed stream, text() after getReader().releaseLock()", async (P, out, req) => {
  const mk = () => new Response("hello world");
  await P("bodySame", () => { const r = mk(); return r.body === r.body; });
  await P("readLocked", async () => { const r = mk(); r.body.getReader(); return r.text(); });
  await P("cloneLocked", () => { const r = mk(); r.body.getReader(); return r.clone(); });
  await P("cloneAfterPartial", async () => { const r = mk(); const rd = r.body.getReader(); await rd.read(); rd.releaseLock(); try { const c = r.clone(); return [await c.text(), r.bodyUsed]; } catch (e) { return [e.name, e.message]; } });
  await P("usedAfterRelease", async () => { const r = mk(); r.body.getReader().releaseLock(); return [r.bodyUsed, await r.text(), r.bodyUsed]; });
  await P("usedAfterCancel", async () => { const r = mk(); await r.body.cancel(); return [r.bodyUsed, await r.text().catch((e) => [e.name, e.message])]; });
  await P("usedAfterRead", async () => { const r = mk(); const rd = r.body.getReader(); await rd.read(); return r.bodyUsed; });
  await P("textTwice", async () => { const r = mk(); await r.text(); return r.text(); });
  await P("arrayBufferAfterText", async () => { const r = mk(); await r.text(); return r.arrayBuffer(); });
  await P("cloneUsed", async () => { const r = mk(); await r.text(); return r.clone(); });
  await P("requestFromUsed", async () => { const r = new Request("http://x/", { method: "POST", body: "abc" }); await r.text(); return new Request(r); });
  await P("requestFromUsedNewBody", async () => { const r = new Request("http://x/", { method: "POST", body: "abc" }); await r.text(); return new Request(r, { body: "x" }).text(); });
  await P("requestFromUnused", async () => { const r = new Request("http://x/", { method: "POST", body: "abc" }); const r2 = new Request(r); return [r.bodyUsed, await r2.text(), await r.text().catch((e) => [e.name, e.message])]; });
  await P("responseDisturbed", async () => { const s = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } }); const rd = s.getReader(); await rd.read(); rd.releaseLock(); return new Response(s).text(); });
  await P("responseLocked", () => { const s = new ReadableStream(); s.getReader(); return new Response(s); });
  await P("requestLocked", () => { const s = new ReadableStream(); s.getReader(); return new Request("http://x/", { method: "POST", body: s }); });
  await P("nullBodyProps", async () => { const r = new Response(null); return [r.body, r.bodyUsed, await r.text(), r.bodyUsed]; });
  await P("emptyBody", async () => { const r = new Response(""); return [r.body === null, r.bodyUsed, await r.text(), r.bodyUsed]; });
  await P("getRequestBody", () => { const r = new Request("http://x/"); return [r.body, r.bodyUsed]; });
  await P("incomingGet", () => [req.body, req.bodyUsed]);
  await P("cloneTeeIndependent", async () => { const r = mk(); const c = r.clone(); const a = await r.text(); return [a, await c.text()]; });
  await P("cloneStatus", () => { const r = new Response("x", { status: 201, statusText: "Made", headers: { a: "1" } }); const c = r.clone(); return [c.status, c.statusText, c.headers.get("a"), c.headers === r.headers]; });
  await P("blobAfterGetReader", async () => { const r = mk(); const rd = r.body.getReader(); rd.releaseLock(); return (await r.blob()).size; });
  await P("formDataBadType", async () => new Response("a=1").formData());
  await P("jsonEmpty", async () => new Response("").json());
  await P("jsonBom", async () => new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x31])).json());
  await P("textBom", async () => new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text());
  await P("textInvalid", async () => new Response(new Uint8Array([0x41, 0xff, 0x42])).text());
}, [req("POST", "http://localhost/", { "content-type": "text/plain" }, "incoming")]),
];
