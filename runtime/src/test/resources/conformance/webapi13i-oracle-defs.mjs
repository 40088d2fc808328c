// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi13i`.
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
c("webapi13i-stream-bodies-chunk-kinds", "Request and Response bodies made from streams whose chunks are of every kind (strings, ArrayBuffers, DataViews, Uint16Arrays, numbers), errors in the middle of a body, bodies read by BYOB readers, JSON and form errors of bodies", async (P) => {
  const E = (e) => [e.name, e.message];
  const src = (...chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
  await P("strChunks", async () => new Response(src("a", "b")).text());
  await P("abChunk", async () => new Response(src(new Uint8Array([65]).buffer)).text());
  await P("dvChunk", async () => new Response(src(new DataView(new Uint8Array([66, 67]).buffer, 1))).text());
  await P("u16Chunk", async () => new Response(src(new Uint16Array([0x4443]))).text());
  await P("numChunk", async () => new Response(src(5)).text());
  await P("nullChunk", async () => new Response(src(new Uint8Array([65]), null)).arrayBuffer().then((b) => b.byteLength));
  await P("mixedThenStr", async () => new Response(src(new Uint8Array([65]), "b")).text());
  await P("emptyChunks", async () => new Response(src(new Uint8Array(0), new Uint8Array([65]), new Uint8Array(0))).text());
  await P("errorMidway", async () => { const s = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.error(new RangeError("mid")); } }); return new Response(s).text(); });
  await P("errorMidwayBodyUsed", async () => { const s = new ReadableStream({ start(c) { c.error(new RangeError("mid")); } }); const r = new Response(s); await r.text().catch(() => {}); return [r.bodyUsed, await r.text().catch(E)]; });
  await P("byobOnBody", async () => { const r = new Response("hello"); const rd = r.body.getReader({ mode: "byob" }); const a = await rd.read(new Uint8Array(2)); const b = await rd.read(new Uint8Array(10)); const c2 = await rd.read(new Uint8Array(1)); return [[...a.value], a.done, [...b.value], c2.done, c2.value?.byteLength]; });
  await P("byobOnStreamBody", async () => { const r = new Response(src(new Uint8Array([1, 2, 3]))); try { const rd = r.body.getReader({ mode: "byob" }); const a = await rd.read(new Uint8Array(2)); return [[...a.value]]; } catch (e) { return E(e); } });
  await P("requestStreamBody", async () => { const r = new Request("http://a/", { method: "POST", body: src(new Uint8Array([104, 105])) }); return [r.headers.get("content-type"), await r.text()]; });
  await P("requestStreamDuplex", async () => { const r = new Request("http://a/", { method: "POST", body: src("x"), duplex: "half" }); return [r.duplex, r.bodyUsed]; });
  await P("requestStreamGet", () => new Request("http://a/", { body: src("x") }));
  await P("cloneStreamBody", async () => { const r = new Response(src(new Uint8Array([65]), new Uint8Array([66]))); const c2 = r.clone(); return [await r.text(), await c2.text()]; });
  await P("jsonInvalid", async () => new Response("{a:1}").json());
  await P("jsonTrailing", async () => new Response("[1] x").json());
  await P("jsonEmptyObj", async () => new Response("  {}  ").json());
  await P("jsonUtf16", async () => new Response(new Uint8Array([0xff, 0xfe, 0x31, 0x00])).json());
  await P("formMissingBoundary", async () => new Response("x", { headers: { "content-type": "multipart/form-data" } }).formData());
  await P("formBadMultipart", async () => new Response("garbage", { headers: { "content-type": "multipart/form-data; boundary=abc" } }).formData());
  await P("formEmptyMultipart", async () => [...(await new Response("--abc--\r\n", { headers: { "content-type": "multipart/form-data; boundary=abc" } }).formData())]);
  await P("formQuotedBoundary", async () => [...(await new Response('--a b\r\nContent-Disposition: form-data; name="k"\r\n\r\nv\r\n--a b--\r\n', { headers: { "content-type": 'multipart/form-data; boundary="a b"' } }).formData())]);
  await P("formTextPlain", async () => new Response("a=1", { headers: { "content-type": "text/plain" } }).formData());
  await P("blobTypeFromHeader", async () => [(await new Response("x", { headers: { "content-type": "Text/Plain; Charset=UTF-8" } }).blob()).type, (await new Response("x", { headers: { "content-type": "" } }).blob()).type]);
  await P("arrayBufferTwice", async () => { const r = new Response("x"); await r.arrayBuffer(); return r.arrayBuffer(); });
  await P("bytesMethod", async () => { const r = new Response("hi"); return typeof r.bytes === "function" ? [...(await r.bytes())] : "none"; });
  await P("bodyTee", async () => { const r = new Response("tee"); const [a, b] = r.body.tee(); return [await new Response(a).text(), await new Response(b).text(), r.bodyUsed]; });
  await P("pipeBodyToWritable", async () => { const parts = []; await new Response("abc").body.pipeTo(new WritableStream({ write(c) { parts.push(c.constructor.name + ":" + c.byteLength); } })); return parts; });
}),
];
