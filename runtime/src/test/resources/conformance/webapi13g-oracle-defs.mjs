// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi13g`.
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
c("webapi13g-blob-formdata-compression-idioms", "Blob, File and FormData as upload handlers use them (type normalisation, slicing with content types, File from Blob, FormData set/append of Blobs with filenames, entries order), and compression streams round trips with odd chunking", async (P) => {
  const E = (e) => [e.name, e.message];
  await P("blobTypeNorm", () => ["Text/HTML", "text/plain; charset=UTF-8", "é/x", "a\u0019b", "  x/y  ", ""].map((t) => new Blob([], { type: t }).type));
  await P("blobEndings", async () => { try { return await new Blob(["a\nb\r\n"], { endings: "native" }).text(); } catch (e) { return E(e); } });
  await P("blobEndingsBad", () => new Blob([], { endings: "weird" }));
  await P("blobSliceType", () => { const b = new Blob(["abcdef"], { type: "a/b" }); return [b.slice(1, 3).type, b.slice(1, 3, "C/D").type, b.slice(-2).size, b.slice(4, 2).size, b.slice(undefined, undefined, undefined).type]; });
  await P("blobNested", async () => new Blob([new Blob(["a"]), "b", new Uint8Array([99]), new Uint16Array([100]).buffer]).text());
  await P("blobNumberPart", async () => new Blob([1, true, null, undefined, { toString() { return "o"; } }]).text());
  await P("blobStringPart", () => new Blob("abc"));
  await P("blobArrayBufferSlice", async () => { const b = new Blob(["hello"]); const ab = await b.arrayBuffer(); return [ab.byteLength, ab instanceof ArrayBuffer]; });
  await P("blobBytes", async () => { const b = new Blob(["hi"]); return typeof b.bytes === "function" ? [...(await b.bytes())] : "none"; });
  await P("blobStreamChunks", async () => { const b = new Blob(["x".repeat(70000)]); const sizes = []; for await (const ch of b.stream()) sizes.push(ch.byteLength); return [sizes.length > 0, sizes.reduce((a, c) => a + c, 0)]; });
  await P("fileDefaults", () => { const f = new File(["x"], "a/b\\c.txt"); return [f.name, f.type, typeof f.lastModified, f.size, f instanceof Blob, f.webkitRelativePath]; });
  await P("fileNameCoerce", () => [new File([], null).name, new File([], 12).name, new File([], undefined).name]);
  await P("fileNoName", () => new File([]));
  await P("fileLastModified", () => [new File([], "n", { lastModified: 1.9 }).lastModified, new File([], "n", { lastModified: -5 }).lastModified, new File([], "n", { lastModified: "7" }).lastModified]);
  await P("fileFromBlob", async () => { const f = new File([new Blob(["ab"], { type: "x/y" })], "f"); return [f.type, await f.text()]; });
  await P("fdBlobFilename", () => { const fd = new FormData(); fd.append("a", new Blob(["x"], { type: "t/t" })); fd.append("b", new Blob(["x"]), "given.txt"); fd.append("c", new File(["x"], "orig.txt"), "renamed.txt"); fd.append("d", new File(["x"], "keep.txt")); return [...fd].map(([k, v]) => [k, v.constructor.name, v.name, v.type]); });
  await P("fdStringFilename", () => { const fd = new FormData(); fd.append("a", "v", "f.txt"); return [...fd]; });
  await P("fdSetOrder", () => { const fd = new FormData(); fd.append("a", "1"); fd.append("b", "2"); fd.append("a", "3"); fd.set("a", "4"); return [...fd]; });
  await P("fdGetMissing", () => { const fd = new FormData(); return [fd.get("x"), fd.getAll("x"), fd.has("x")]; });
  await P("fdNonStringValue", () => { const fd = new FormData(); fd.append("a", 1); fd.append("b", { toString() { return "o"; } }); fd.append("c", null); return [...fd]; });
  await P("fdNameNormalization", () => { const fd = new FormData(); fd.append("a\r\nb", "c\rd\ne"); fd.append("\ud800", "x"); return [...fd]; });
  await P("fdMultipartRoundTrip", async () => { const fd = new FormData(); fd.append("t", "a\r\nb"); fd.append("f", new File(["content"], "q\"uote.txt", { type: "text/x" })); fd.append("g", new Blob(["z"])); const r = new Response(fd); const back = await r.formData(); return [...back].map(([k, v]) => typeof v === "string" ? [k, v] : [k, v.name, v.type, v.size]); });
  await P("fdFromUrlencoded", async () => { const r = new Response("a=1&a=2&b=%20+x&c", { headers: { "content-type": "application/x-www-form-urlencoded" } }); return [...(await r.formData())]; });
  await P("fdCharsetParam", async () => { const r = new Response("a=%E9", { headers: { "content-type": "application/x-www-form-urlencoded; charset=latin1" } }); return [...(await r.formData())]; });
  const pipeAll = async (input, ts, chunk = 0) => { const w = ts.writable.getWriter(); if (chunk) for (let i = 0; i < input.length; i += chunk) w.write(input.slice(i, i + chunk)); else w.write(input); w.close(); return new Uint8Array(await new Response(ts.readable).arrayBuffer()); };
  await P("gzipRoundTripByteChunks", async () => { const data = new TextEncoder().encode("hello hello hello world".repeat(50)); const z = await pipeAll(data, new CompressionStream("gzip")); const back = await pipeAll(z, new DecompressionStream("gzip"), 1); return [z[0], z[1], back.length, new TextDecoder().decode(back.slice(0, 11))]; });
  await P("deflateRawEmpty", async () => hex(await pipeAll(new Uint8Array(0), new CompressionStream("deflate-raw"))));
  await P("deflateEmpty", async () => hex(await pipeAll(new Uint8Array(0), new CompressionStream("deflate"))));
  await P("gzipEmptyLen", async () => (await pipeAll(new Uint8Array(0), new CompressionStream("gzip"))).length);
  await P("decompressTrailing", async () => { const z = await pipeAll(new TextEncoder().encode("abc"), new CompressionStream("gzip")); const more = new Uint8Array(z.length + 3); more.set(z); more.set([1, 2, 3], z.length); try { return new TextDecoder().decode(await pipeAll(more, new DecompressionStream("gzip"))); } catch (e) { return E(e); } });
  await P("decompressTruncated", async () => { const z = await pipeAll(new TextEncoder().encode("abcdef".repeat(20)), new CompressionStream("deflate")); try { return (await pipeAll(z.slice(0, z.length - 3), new DecompressionStream("deflate"))).length; } catch (e) { return E(e); } });
  await P("decompressConcatGzip", async () => { const a = await pipeAll(new TextEncoder().encode("one"), new CompressionStream("gzip")); const b = await pipeAll(new TextEncoder().encode("two"), new CompressionStream("gzip")); const both = new Uint8Array(a.length + b.length); both.set(a); both.set(b, a.length); try { return new TextDecoder().decode(await pipeAll(both, new DecompressionStream("gzip"))); } catch (e) { return E(e); } });
  await P("compressStringChunk", async () => { const cs = new CompressionStream("gzip"); const w = cs.writable.getWriter(); const p = w.write("text").then(() => "ok", E); const r = cs.readable.getReader(); const rr = await r.read().then((x) => x.done, E); return [await p, rr]; });
  await P("compressFormatCase", () => { try { return new CompressionStream("GZIP") && "ok"; } catch (e) { return E(e); } });
  await P("compressNoArg", () => new CompressionStream());
  await P("decompressBrotli", () => { try { return new DecompressionStream("br") && "ok"; } catch (e) { return E(e); } });
}),
];
