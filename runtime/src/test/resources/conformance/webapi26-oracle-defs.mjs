// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi26`.
import { PRELUDE, get, req, CD } from "./_h.mjs";
const worker = (fn, extra = {}, hang = 300) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const en = (e) => [e?.name, e?.constructor?.name, e?.message];
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = ${hang ? `async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), ${hang}))]); }` : `async (k, f) => { out[k] = await t(f); }`};
    await probes(P, out, req, env, ctx);
    return Response.json(out);
  }
};`,
  ...extra,
});
const c = (name, description, fn, steps = [get("/")], area = "web-api", extra = {}, hang = 300) => ({ name, area, description, options: worker(fn, extra, hang), steps });
// the probes' worker first, then a callee "b" that answers streamed, fixed-length and declared-length bodies
const withCallee = (k) => { const o = k.options; delete o.workers; k.options = { workers: [{ name: "main", ...o, serviceBindings: { B: "b" } }, { name: "b", modules: true, compatibilityDate: CD, script: `export default { fetch(req) { const p = new URL(req.url).pathname; if (p === "/stream") return new Response(ReadableStream.from(["st", "ream"]).pipeThrough(new TextEncoderStream()), { headers: { "cache-control": "max-age=60" } }); if (p === "/fixed") return new Response("fixed", { headers: { "cache-control": "max-age=60" } }); if (p === "/echo") return new Response(req.body); if (p === "/big") return new Response("q".repeat(30000)); const { readable, writable } = new TransformStream(); const w = writable.getWriter(); w.write(new TextEncoder().encode("dec")); w.close(); return new Response(readable, { headers: { "content-length": "3" } }); } };` }] }; return k; };
export default [
{
  name: "webapi26-http-streamed-bodies-on-the-wire", area: "http",
  description: "Bodies a worker streams back through dispatchFetch: a script byte stream enqueued in big chunks, an echoed request body, a body read in 4096-byte chunks and re-encoded, an IdentityTransformStream fed after the response was returned",
  options: { modules: true, compatibilityDate: CD, script: `export default { async fetch(req, env, ctx) {
    const p = new URL(req.url).pathname;
    if (p === "/bytes") return new Response(new ReadableStream({ type: "bytes", start(c) { c.enqueue(new TextEncoder().encode("a".repeat(5000))); c.enqueue(new TextEncoder().encode("b".repeat(10))); c.close(); } }));
    if (p === "/echo") return new Response(req.body, { headers: { "x-len": req.headers.get("content-length") ?? "none" } });
    if (p === "/sizes") { const sizes = []; for await (const ch of req.body) sizes.push(ch.byteLength); return Response.json({ total: sizes.reduce((a, b) => a + b, 0), max: Math.max(...sizes) <= 65536 }); }
    if (p === "/identity") { const { readable, writable } = new IdentityTransformStream(); const w = writable.getWriter(); ctx.waitUntil((async () => { for (let i = 0; i < 3; i++) { await w.write(new TextEncoder().encode("part" + i + ";")); } await w.close(); })()); return new Response(readable, { headers: { "content-type": "text/x-parts" } }); }
    return new Response("?");
  } };` },
  steps: [get("/bytes"), req("POST", "http://localhost/echo", { "content-type": "text/plain" }, "e".repeat(9000)), req("POST", "http://localhost/sizes", {}, "s".repeat(20000)), get("/identity")],
},
c("webapi26-more-body-chunking", "Chunks of an R2 object's body, a TextEncoderStream of a long string, a Response of a string read through pipeThrough of a TransformStream with a transform, a Request clone body and a response body made of an async generator", async (P, out, req, env) => {
  const shape = async (body) => { const r = body.getReader(); const out = []; for (;;) { const x = await r.read(); if (x.done) break; out.push([x.value.byteLength ?? x.value.length, x.value.buffer?.byteLength]); } return out; };
  await P("r2Body", async () => { await env.R.put("k", new Uint8Array(10000)); const o = await env.R.get("k"); return shape(o.body); });
  await P("r2Small", async () => { await env.R.put("s", "abc"); const o = await env.R.get("s"); return shape(o.body); });
  await P("textEncoderStream", async () => shape(ReadableStream.from(["a".repeat(10000)]).pipeThrough(new TextEncoderStream())));
  await P("transformPassThrough", async () => shape(new Response("z".repeat(9000)).body.pipeThrough(new TransformStream({ transform(c, ctl) { ctl.enqueue(c); } }))));
  await P("requestClone", async () => { const r = new Request("http://a/", { method: "POST", body: new Uint8Array(5000) }); const c = r.clone(); return [await shape(r.body), await shape(c.body)]; });
  await P("generatorBody", async () => { async function* g() { yield new Uint8Array(5000); yield new Uint8Array(10); } return shape(new Response(ReadableStream.from(g())).body); });
  await P("userByteStream", async () => shape(new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array(5000)); c.close(); } })));
  await P("userDefaultStream", async () => shape(new ReadableStream({ start(c) { c.enqueue(new Uint8Array(5000)); c.close(); } })));
  await P("responseOfUserByteStream", async () => shape(new Response(new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array(5000)); c.close(); } })).body));
}, [get("/")], "web-api", { r2Buckets: ["R"] }, 5000),
{
  name: "webapi26-errors-uncaught-web-api-errors", area: "errors",
  description: "Uncaught errors thrown by web APIs (DOMExceptions of several names, stream and body TypeErrors, crypto failures, an abort reason) as the 500 page shows them",
  options: { modules: true, compatibilityDate: CD, script: `export default { async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/atob") atob("*");
    if (p === "/clone") structuredClone(() => 1);
    if (p === "/quota") crypto.getRandomValues(new Uint8Array(70000));
    if (p === "/domex") throw new DOMException("custom message", "NotFoundError");
    if (p === "/domex-plain") throw new DOMException("plain");
    if (p === "/abort") { const c = new AbortController(); c.abort(); c.signal.throwIfAborted(); }
    if (p === "/abort-reason") { const c = new AbortController(); c.abort(new RangeError("why")); c.signal.throwIfAborted(); }
    if (p === "/timeout") { const s = AbortSignal.timeout(1); await new Promise((r) => setTimeout(r, 20)); s.throwIfAborted(); }
    if (p === "/body-used") { const r = new Response("x"); await r.text(); await r.text(); }
    if (p === "/locked") { const r = new Response("x"); r.body.getReader(); await r.text(); }
    if (p === "/decrypt") { const k = await crypto.subtle.generateKey({ name: "AES-GCM", length: 128 }, false, ["decrypt"]); await crypto.subtle.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, k, new Uint8Array(32)); }
    if (p === "/json") await new Response("{").json();
    if (p === "/url") new URL("nope");
    if (p === "/headers") new Headers({ "bad name": "x" });
    if (p === "/fetch") await fetch("ftp://x/");
    if (p === "/encode") new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff]));
    if (p === "/stream-error") { const rs = new ReadableStream({ start(c) { c.error(new SyntaxError("in stream")); } }); await rs.getReader().read(); }
    return new Response("none");
  } };` },
  steps: [
    { ...get("/atob"), bodyMatches: "^InvalidCharacterError: atob\\(\\) called with invalid base64-encoded data\\. \\(Only whitespace, '\\+', '/', alphanumeric ASCII, and up to two terminal '=' signs when the input data length is divisible by 4 are allowed\\.\\)(\\n|$)" },
    { ...get("/clone"), bodyMatches: "^DataCloneError: \\(\\) => 1 could not be cloned\\.(\\n|$)" },
    { ...get("/quota"), bodyMatches: "^QuotaExceededError: getRandomValues\\(\\) only accepts buffers of size <= 64K but provided 70000 bytes\\.(\\n|$)" },
    { ...get("/domex"), bodyMatches: "^NotFoundError: custom message(\\n|$)" },
    { ...get("/domex-plain"), bodyMatches: "^Error: plain(\\n|$)" },
    { ...get("/abort"), bodyMatches: "^AbortError: The operation was aborted(\\n|$)" },
    { ...get("/abort-reason"), bodyMatches: "^RangeError: why(\\n|$)" },
    { ...get("/timeout"), bodyMatches: "^TimeoutError: The operation was aborted due to timeout(\\n|$)" },
    { ...get("/body-used"), bodyMatches: "^TypeError: Body has already been used\\. It can only be used once\\. Use tee\\(\\) first if you need to read it twice\\.(\\n|$)" },
    { ...get("/locked"), bodyMatches: "^TypeError: This ReadableStream is currently locked to a reader\\.(\\n|$)" },
    { ...get("/decrypt"), bodyMatches: "^OperationError: Decryption failed\\. This could be due to a ciphertext authentication failure, bad padding, incorrect CryptoKey, or another algorithm-specific reason\\. Input length was 16, output length expected to be 16 for AES-GCM(\\n|$)" },
    { ...get("/json"), bodyMatches: "^SyntaxError: Expected property name or '\\}' in JSON at position 1 \\(line 1 column 2\\)(\\n|$)" },
    { ...get("/url"), bodyMatches: "^TypeError: Invalid URL string\\.(\\n|$)" },
    { ...get("/headers"), bodyMatches: "^TypeError: Invalid header name\\.(\\n|$)" },
    { ...get("/fetch"), bodyMatches: "^TypeError: Fetch API cannot load: ftp://x/(\\n|$)" },
    { ...get("/encode"), bodyMatches: "^TypeError: Failed to decode input\\.(\\n|$)" },
    { ...get("/stream-error"), bodyMatches: "^SyntaxError: in stream(\\n|$)" },
  ],
},
withCallee(c("webapi26-derived-stream-chunking", "Chunks a default reader gets from streams derived from bodies: compression and decompression of a large body, identity and fixed-length transforms, a body echoed or answered through a service binding, a KV value read as a stream", async (P, out, req, env) => {
  const shape = async (body) => { const r = body.getReader(); const out = []; for (;;) { const x = await r.read(); if (x.done) break; out.push([x.value.byteLength, x.value.buffer.byteLength]); } return out; };
  const big = new Uint8Array(20000).map((_, i) => (i * 7919) % 251);
  await P("gzipOut", async () => { const sizes = await shape(new Response(big).body.pipeThrough(new CompressionStream("gzip"))); return [sizes.length > 0, sizes.reduce((a, [n]) => a + n, 0) > 0]; });
  await P("gunzipOut", async () => { const gz = await new Response(new Response(big).body.pipeThrough(new CompressionStream("gzip"))).arrayBuffer(); return shape(new Response(gz).body.pipeThrough(new DecompressionStream("gzip"))); });
  await P("identity", async () => shape(new Response(big).body.pipeThrough(new IdentityTransformStream())));
  await P("fixed", async () => shape(new Response(big).body.pipeThrough(new FixedLengthStream(20000))));
  await P("textDecoderStream", async () => { const out = []; for await (const s of new Response("é".repeat(5000)).body.pipeThrough(new TextDecoderStream())) out.push(s.length); return out; });
  await P("transformStream", async () => shape(new Response(big).body.pipeThrough(new TransformStream())));
  await P("identityBigWrite", async () => { const t = new IdentityTransformStream(); const w = t.writable.getWriter(); w.write(new Uint8Array(10000)); w.write(new Uint8Array(3)); w.close(); return shape(t.readable); });
  await P("identitySmallWrite", async () => { const t = new IdentityTransformStream(); const w = t.writable.getWriter(); w.write(new Uint8Array(new ArrayBuffer(16), 4, 3)); w.close(); return shape(t.readable); });
  await P("fixedBigWrite", async () => { const t = new FixedLengthStream(10000); const w = t.writable.getWriter(); w.write(new Uint8Array(10000)); w.close(); return shape(t.readable); });
  await P("gunzipSmall", async () => { const gz = await new Response(new Response("hello").body.pipeThrough(new CompressionStream("gzip"))).arrayBuffer(); return shape(new Response(gz).body.pipeThrough(new DecompressionStream("gzip"))); });
  await P("gzipShape", async () => (await shape(new Response(new Uint8Array(100000).map((_, i) => (i * 7919 + (i >> 3) * 31) % 256)).body.pipeThrough(new CompressionStream("gzip")))).map(([n, b], i, a) => i === a.length - 1 ? ["last", b] : [n, b]));
  await P("deflateSmallShape", async () => shape(new Response("hello").body.pipeThrough(new CompressionStream("deflate"))));
  await P("fetchedFixed", async () => shape((await env.B.fetch("http://b/fixed")).body));
  await P("fetchedBig", async () => { const sizes = await shape((await env.B.fetch("http://b/big")).body); return [sizes.reduce((a, [n]) => a + n, 0), sizes.every(([n, b]) => n <= b)]; });
  await P("echoBig", async () => { const r = await env.B.fetch("http://b/echo", { method: "POST", body: big }); return (await r.arrayBuffer()).byteLength; });
  await P("kvStream", async () => { await env.KV.put("k", big); return shape(await env.KV.get("k", "stream")); });
  await P("kvStreamSmall", async () => { await env.KV.put("s", "small"); return shape(await env.KV.get("s", "stream")); });
}, [get("/")], "web-api", { kvNamespaces: ["KV"] }, 5000)),
c("webapi26-body-stream-chunking", "Chunks a default reader gets from bodies made of strings, bytes and blobs of several sizes (lengths, buffer lengths, offsets), BYOB reads with big views and readAtLeast on them, tee and clone of such bodies", async (P) => {
  const shape = async (body) => { const r = body.getReader(); const out = []; for (;;) { const x = await r.read(); if (x.done) break; out.push([x.value.byteLength, x.value.buffer.byteLength, x.value.byteOffset]); } return out; };
  for (const n of [0, 5, 4096, 4097, 10000]) {
    await P("str" + n, async () => shape(new Response("x".repeat(n)).body));
    await P("u8_" + n, async () => shape(new Response(new Uint8Array(n)).body));
    await P("blob" + n, async () => shape(new Blob([new Uint8Array(n)]).stream()));
  }
  await P("respBlob", async () => shape(new Response(new Blob(["y".repeat(5000)])).body));
  await P("reqBody", async () => shape(new Request("http://a/", { method: "POST", body: "z".repeat(5000) }).body));
  await P("abBody", async () => shape(new Response(new ArrayBuffer(5000)).body));
  await P("uspBody", async () => shape(new Response(new URLSearchParams({ a: "b".repeat(5000) })).body));
  await P("cloneBody", async () => { const r = new Response("c".repeat(5000)); const c = r.clone(); return [await shape(r.body), await shape(c.body)]; });
  await P("teeBody", async () => { const [a, b] = new Response("t".repeat(5000)).body.tee(); return [await shape(a), await shape(b)]; });
  await P("byobBig", async () => { const r = new Response("b".repeat(10000)).body.getReader({ mode: "byob" }); const out = []; for (;;) { const x = await r.read(new Uint8Array(8192)); if (x.done) break; out.push(x.value.byteLength); } return out; });
  await P("readAtLeast", async () => { const r = new Response("r".repeat(10000)).body.getReader({ mode: "byob" }); const a = await r.readAtLeast(5000, new Uint8Array(6000)); const b = await r.readAtLeast(1, new Uint8Array(6000)); return [a.value.byteLength, b.value.byteLength]; });
  await P("mixedReads", async () => { const b = new Response("m".repeat(10000)).body; let r = b.getReader(); const a = await r.read(); r.releaseLock(); r = b.getReader({ mode: "byob" }); const c = await r.read(new Uint8Array(100)); r.releaseLock(); r = b.getReader(); const d = await r.read(); return [a.value.byteLength, c.value.byteLength, d.value.byteLength, d.value.buffer.byteLength]; });
  await P("forAwaitSizes", async () => { const sizes = []; for await (const ch of new Response(new Uint8Array(9000)).body) sizes.push(ch.byteLength); return sizes; });
  await P("pipeThroughSizes", async () => { const sizes = []; await new Response("p".repeat(9000)).body.pipeTo(new WritableStream({ write(ch) { sizes.push(ch.byteLength); } })); return sizes; });
}),
withCallee(c("webapi26-incoming-and-fetched-bodies-as-byte-streams", "Incoming request bodies and bodies fetched through a service binding: BYOB readers, readAtLeast, tee, clone, locks, reading after a partial read, echoing", async (P, out, req, env) => {
  const kind = (b) => { try { const r = b.getReader({ mode: "byob" }); r.releaseLock(); return "byte"; } catch (e) { return en(e); } };
  await P("incomingKind", async () => [req.body instanceof ReadableStream, kind(req.body), req.bodyUsed, req.body.locked]);
  await P("incomingByob", async () => { const r = req.clone().body.getReader({ mode: "byob" }); const a = await r.read(new Uint8Array(3)); const b = await r.readAtLeast(2, new Uint8Array(10)); return [a.done, [...a.value], b.done, b.value.byteLength, b.value.buffer.byteLength]; });
  await P("incomingTee", async () => { const [a, b] = req.clone().body.tee(); return [await new Response(a).text(), await new Response(b).text(), kind(new Response("x").body)]; });
  await P("incomingPartialThenText", async () => { const c = req.clone(); const r = c.body.getReader(); const first = await r.read(); r.releaseLock(); return [first.value.constructor.name, await c.text().then((x) => x, en), c.bodyUsed]; });
  await P("incomingLockedText", async () => { const c = req.clone(); c.body.getReader(); return c.text().then((x) => x, en); });
  await P("incomingCloneAfterRead", async () => { const c = req.clone(); await c.arrayBuffer(); try { c.clone(); return "no"; } catch (e) { return en(e); } });
  await P("fetchedKinds", async () => { const a = await env.B.fetch("http://b/stream"); const b = await env.B.fetch("http://b/fixed"); return [kind(a.body), kind(b.body), await a.text(), await b.text()]; });
  await P("fetchedByob", async () => { const a = await env.B.fetch("http://b/fixed"); const r = a.body.getReader({ mode: "byob" }); const out = []; let v = new Uint8Array(2); for (;;) { const x = await r.read(v); if (x.done) { out.push(["done", x.value?.byteLength]); break; } out.push([...x.value]); v = new Uint8Array(x.value.buffer); } return out; });
  await P("fetchedEcho", async () => { const r = await env.B.fetch("http://b/echo", { method: "POST", body: ReadableStream.from(["a", "b"]).pipeThrough(new TextEncoderStream()) }); return [r.status, await r.text()]; });
  await P("fetchedEchoByteStream", async () => { let n = 0; const body = new ReadableStream({ type: "bytes", pull(c) { if (n++ < 2) c.enqueue(new Uint8Array([65 + n])); else c.close(); } }); const r = await env.B.fetch("http://b/echo", { method: "POST", body }); return [r.status, await r.text()]; });
  await P("fetchedEchoStringChunks", async () => { const r = await env.B.fetch("http://b/echo", { method: "POST", body: ReadableStream.from(["a"]) }).then((r) => r.text(), en); return r; });
  await P("responseBodiesKinds", async () => [kind(new Response("s").body), kind(new Response(new Uint8Array(2)).body), kind(new Response(new Blob(["b"])).body), kind(new Response(new FormData()).body), kind(new Response(new URLSearchParams("a=1")).body), kind(new Blob(["x"]).stream()), kind(new Request("http://a/", { method: "POST", body: "x" }).body)]);
  await P("bodyChunkSizes", async () => { const sizes = []; for await (const ch of new Response("x".repeat(10000)).body) sizes.push(ch.byteLength); return sizes; });
  await P("incomingChunkTypes", async () => { const types = new Set(); for await (const ch of req.clone().body) types.add(Object.prototype.toString.call(ch)); return [...types]; });
  await P("incomingText", async () => [await req.text(), req.bodyUsed, req.body.locked]);
}, [req("POST", "http://localhost/", { "content-type": "text/plain" }, "hello world, body")], "web-api", {}, 5000)),
withCallee(c("webapi26-cache-content-length-and-idioms", "Cache API: content-length of matched responses put from strings, streams, fetched streamed and fixed bodies; the usual read-through idiom with waitUntil; headers kept and dropped; match after delete", async (P, out, req, env, ctx) => {
  const cache = caches.default;
  const len = (r) => r === undefined ? "miss" : [r.status, r.headers.get("content-length"), r.headers.get("cf-cache-status"), r.headers.get("cache-control")];
  await P("fromString", async () => { await cache.put("http://c/s", new Response("hello", { headers: { "cache-control": "max-age=60" } })); return len(await cache.match("http://c/s")); });
  await P("fromStream", async () => { await cache.put("http://c/st", new Response(ReadableStream.from(["ab", "c"]).pipeThrough(new TextEncoderStream()), { headers: { "cache-control": "max-age=60" } })); const m = await cache.match("http://c/st"); return [len(m), await m.text()]; });
  await P("fromFixed", async () => { const { readable, writable } = new FixedLengthStream(3); const w = writable.getWriter(); w.write(new Uint8Array([1, 2, 3])); w.close(); await cache.put("http://c/f", new Response(readable, { headers: { "cache-control": "max-age=60" } })); return len(await cache.match("http://c/f")); });
  await P("fromFetchedStream", async () => { const r = await env.B.fetch("http://b/stream"); const l0 = r.headers.get("content-length"); await cache.put("http://c/fs", new Response(r.body, r)); const m = await cache.match("http://c/fs"); return [l0, len(m), m && await m.text()]; });
  await P("fromFetchedFixed", async () => { const r = await env.B.fetch("http://b/fixed"); const l0 = r.headers.get("content-length"); await cache.put("http://c/ff", r); const m = await cache.match("http://c/ff"); return [l0, len(m), m && await m.text()]; });
  await P("fetchedLengths", async () => { const a = await env.B.fetch("http://b/stream"); const b = await env.B.fetch("http://b/fixed"); const c = await env.B.fetch("http://b/declared"); return [a.headers.get("content-length"), b.headers.get("content-length"), c.headers.get("content-length"), await a.text(), await b.text(), await c.text()]; });
  await P("readThrough", async () => { const key = new Request("http://c/rt"); let hit = await cache.match(key); const first = hit === undefined; if (!hit) { const res = new Response("v1", { headers: { "cache-control": "public, s-maxage=60", "x-k": "1" } }); ctx.waitUntil(cache.put(key, res.clone())); hit = res; } await new Promise((r) => setTimeout(r, 20)); const again = await cache.match(key); return [first, await hit.text(), again && [...again.headers].filter(([k]) => k !== "date"), again && await again.text()]; });
  await P("deleteThenMatch", async () => { await cache.put("http://c/d", new Response("x", { headers: { "cache-control": "max-age=60" } })); return [await cache.delete("http://c/d"), await cache.delete("http://c/d"), len(await cache.match("http://c/d"))]; });
  await P("setCookieNotCached", async () => { await cache.put("http://c/sc", new Response("x", { headers: { "cache-control": "max-age=60", "set-cookie": "a=1" } })); return len(await cache.match("http://c/sc")); });
  await P("privateNotCached", async () => { await cache.put("http://c/p", new Response("x", { headers: { "cache-control": "private, max-age=60" } })); return len(await cache.match("http://c/p")); });
  await P("noStore", async () => { await cache.put("http://c/ns", new Response("x", { headers: { "cache-control": "no-store" } })); return len(await cache.match("http://c/ns")); });
  await P("headReq", async () => { await cache.put("http://c/h", new Response("xyz", { headers: { "cache-control": "max-age=60" } })); const m = await cache.match(new Request("http://c/h", { method: "HEAD" })); return len(m); });
  await P("headIgnoreMethod", async () => { const m = await cache.match(new Request("http://c/h", { method: "HEAD" }), { ignoreMethod: true }); return m ? [len(m), await m.text()] : "miss"; });
  await P("putPost", async () => cache.put(new Request("http://c/pp", { method: "POST" }), new Response("x")).then(() => "ok", en));
  await P("put206", async () => cache.put("http://c/206", new Response("x", { status: 206 })).then(() => "ok", en));
  await P("putUsed", async () => { const r = new Response("x"); await r.text(); return cache.put("http://c/u", r).then(() => "ok", en); });
  await P("putBadUrl", async () => cache.put("ftp://c/x", new Response("x")).then(() => "ok", en));
  await P("etag304", async () => { await cache.put("http://c/e", new Response("x", { headers: { "cache-control": "max-age=60", etag: '"v1"' } })); const m = await cache.match(new Request("http://c/e", { headers: { "if-none-match": '"v1"' } })); return [len(m), m && await m.text()]; });
  await P("range", async () => { await cache.put("http://c/r", new Response("0123456789", { headers: { "cache-control": "max-age=60" } })); const m = await cache.match(new Request("http://c/r", { headers: { range: "bytes=2-4" } })); return [len(m), m.headers.get("content-range"), await m.text()]; });
}, [get("/")], "cache", {}, 5000)),
c("webapi26-proxy-forwarding-idioms", "Proxy idioms: new Request(url, request) with a body, new Response(body, response) copies, immutable headers of fetched and Response.redirect responses, Response.error/redirect shapes, headers copied from a Request", async (P, out, req) => {
  await P("reqFromReq", async () => { const a = new Request("http://a/x?q=1", { method: "POST", body: "hello", headers: { "x-a": "1" } }); const b = new Request("https://b/y", a); return [b.url, b.method, b.headers.get("x-a"), b.headers.get("content-type"), await b.text(), a.bodyUsed]; });
  await P("reqFromReqOverride", async () => { const a = new Request("http://a/", { method: "PUT", body: "x" }); const b = new Request(a, { method: "GET", body: null }); return [b.method, b.body === null, a.bodyUsed]; });
  await P("reqGetFromPostBody", async () => { const a = new Request("http://a/", { method: "POST", body: "x" }); try { new Request(a, { method: "GET" }); return "no"; } catch (e) { return en(e); } });
  await P("respCopy", async () => { const a = new Response("body", { status: 201, statusText: "Made", headers: { "x-a": "1" } }); const b = new Response(a.body, a); b.headers.set("x-b", "2"); return [b.status, b.statusText, b.headers.get("x-a"), b.headers.get("x-b"), a.headers.get("x-b"), await b.text()]; });
  await P("redirectImmutable", async () => { const r = Response.redirect("http://x/", 302); try { r.headers.set("x", "1"); return "mutable"; } catch (e) { return en(e); } });
  await P("errorResponse", async () => { const r = Response.error(); return [r.status, r.type, r.ok, r.statusText, r.body === null, [...r.headers]]; });
  await P("errorImmutable", async () => { const r = Response.error(); try { r.headers.set("x", "1"); return "mutable"; } catch (e) { return en(e); } });
  await P("redirectRelative", async () => { try { Response.redirect("/x"); return "no"; } catch (e) { return en(e); } });
  await P("redirectBadStatus", async () => { try { Response.redirect("http://x/", 200); return "no"; } catch (e) { return en(e); } });
  await P("redirectShape", async () => { const r = Response.redirect("http://x/a b?c=d é", 307); return [r.status, r.headers.get("location"), r.statusText, r.redirected, r.url, r.body === null]; });
  await P("jsonInit", async () => { const r = Response.json({ a: 1 }, { status: 400, headers: { "content-type": "application/problem+json" } }); return [r.status, r.headers.get("content-type"), await r.text()]; });
  await P("jsonUndefined", async () => { try { Response.json(undefined); return "no"; } catch (e) { return en(e); } });
  await P("jsonBigint", async () => { try { Response.json({ a: 1n }); return "no"; } catch (e) { return [e.name, e.constructor.name]; } });
  await P("jsonCircular", async () => { const o = {}; o.o = o; try { Response.json(o); return "no"; } catch (e) { return [e.name, e.constructor.name]; } });
  await P("incomingHeadersMutable", async () => { try { req.headers.set("x", "1"); return "mutable"; } catch (e) { return en(e); } });
  await P("incomingClone", async () => { const c = new Request(req); c.headers.set("x", "1"); return [c.headers.get("x"), req.headers.has("x")]; });
  await P("headersFromReqObj", async () => { const h = new Headers(new Request("http://a/", { headers: { a: "1" } }).headers); h.append("a", "2"); return [...h]; });
  await P("statusTextBad", async () => { try { new Response("x", { statusText: "bad\nline" }); return "no"; } catch (e) { return en(e); } });
  await P("status204Body", async () => { try { new Response("x", { status: 204 }); return "no"; } catch (e) { return en(e); } });
  await P("statusOutOfRange", async () => { try { new Response("x", { status: 600 }); return "no"; } catch (e) { return en(e); } });
  await P("okRange", async () => [new Response(null, { status: 299 }).ok, new Response(null, { status: 300 }).ok, new Response(null, { status: 199 }).ok]);
  await P("reqMethodNormalise", async () => ["get", "post", "patch", "Delete", "options", "head", "put", "connect"].map((m) => { try { return new Request("http://a/", { method: m }).method; } catch (e) { return en(e); } }));
  await P("reqBadMethod", async () => { try { new Request("http://a/", { method: "TRACE" }); return "no"; } catch (e) { return en(e); } });
  await P("reqBadMethod2", async () => { try { new Request("http://a/", { method: "bad method" }); return "no"; } catch (e) { return en(e); } });
  await P("reqRelative", async () => { try { new Request("/x"); return "no"; } catch (e) { return en(e); } });
  await P("reqHeadBody", async () => { try { new Request("http://a/", { method: "HEAD", body: "x" }); return "no"; } catch (e) { return en(e); } });
  await P("reqSignalAbort", async () => { const ac = new AbortController(); const r = new Request("http://a/", { signal: ac.signal }); ac.abort(); return [r.signal.aborted, r.signal === ac.signal, r.signal.reason?.name]; });
  await P("reqRedirectErr", async () => { try { new Request("http://a/", { redirect: "error" }); return "ok"; } catch (e) { return en(e); } });
  await P("reqCacheNoStore", async () => { try { return new Request("http://a/", { cache: "no-store" }).cache; } catch (e) { return en(e); } });
  await P("reqCacheNoCache", async () => { try { return new Request("http://a/", { cache: "no-cache" }).cache; } catch (e) { return en(e); } });
  await P("reqCacheDefault", async () => { try { return new Request("http://a/", { cache: "default" }).cache; } catch (e) { return en(e); } });
  await P("reqCacheReload", async () => { try { return new Request("http://a/", { cache: "reload" }).cache; } catch (e) { return en(e); } });
  await P("reqModeCors", async () => { try { return new Request("http://a/", { mode: "cors" }).mode; } catch (e) { return en(e); } });
  await P("reqCredentials", async () => { try { return new Request("http://a/", { credentials: "include" }).credentials; } catch (e) { return en(e); } });
  await P("reqIntegrity", async () => { try { return new Request("http://a/", { integrity: "sha256-abc" }).integrity; } catch (e) { return en(e); } });
  await P("reqCf", async () => { const r = new Request("http://a/", { cf: { cacheTtl: 5, x: [1] } }); return [r.cf, new Request(r).cf]; });
}),
c("webapi26-url-everyday-parsing", "URL and URLSearchParams on everyday inputs: IDN and IPv6 hosts, dot segments, default ports, credentials, searchParams write-through, encodings of spaces and reserved characters, invalid inputs", async (P) => {
  const u = (s, b) => { try { const x = new URL(s, b); return [x.href, x.host, x.pathname, x.search, x.hash, x.origin]; } catch (e) { return en(e); } };
  await P("idn", async () => u("http://München.DE/ä?ö=ü#ß"));
  await P("ipv6", async () => u("http://[::FFFF:127.0.0.1]:8080/"));
  await P("ipv4Hex", async () => u("http://0x7f.1/"));
  await P("dots", async () => u("https://a.com:443/a/./b/../c/%2e%2E/d?x#y"));
  await P("creds", async () => { const x = new URL("https://us er:p@ss@h.com/"); return [x.username, x.password, x.href]; });
  await P("relative", async () => [u("../x?y", "http://a/b/c/d"), u("//other/p", "https://a/"), u("?q", "http://a/p#h"), u("#f", "http://a/p?q")]);
  await P("noBase", async () => u("/x"));
  await P("badPort", async () => u("http://a:99999/"));
  await P("spaces", async () => u("http://a/ a b ?c d#e f"));
  await P("nonSpecial", async () => u("foo://Host/Path?Q#F"));
  await P("mailto", async () => u("mailto:Me@Example.com"));
  await P("file", async () => u("file:///C:/a/../b"));
  await P("blobUrl", async () => u("blob:https://a.com/uuid"));
  await P("writeThrough", async () => { const x = new URL("http://a/?b=1&a=2"); x.searchParams.append("c", "x y"); x.searchParams.sort(); const h1 = x.href; x.search = ""; return [h1, x.href, x.searchParams.size]; });
  await P("uspEncode", async () => new URLSearchParams({ a: "x y+z", b: "~*'()!&=/?é" }).toString());
  await P("uspParse", async () => [...new URLSearchParams("?a=1&a=2&b=%zz&c=%F0%9F%98%80&d+e=f+g&=h&i")]);
  await P("uspHasDelete", async () => { const p = new URLSearchParams("a=1&a=2&b=3"); const r = [p.has("a", "2"), p.has("a", "3")]; p.delete("a", "1"); return [r, p.toString(), p.getAll("a")]; });
  await P("uspFromEntries", async () => new URLSearchParams([["a", "1"], ["b", "2"]]).toString());
  await P("uspBadPair", async () => { try { new URLSearchParams([["a"]]); return "no"; } catch (e) { return en(e); } });
  await P("hostSetter", async () => { const x = new URL("http://a:1/p"); x.host = "b:2"; const h1 = x.href; x.hostname = "c"; x.port = "80"; return [h1, x.href]; });
  await P("protocolSetter", async () => { const x = new URL("http://a/"); x.protocol = "https"; const h1 = x.href; x.protocol = "foo"; return [h1, x.href]; });
  await P("pathSetter", async () => { const x = new URL("http://a/"); x.pathname = "a b/%41?#"; return x.href; });
  await P("canParse", async () => [URL.canParse("x"), URL.canParse("x", "http://a/"), URL.parse("nope"), URL.parse("/p", "http://a")?.href]);
  await P("toJSON", async () => JSON.stringify({ u: new URL("http://a/b") }));
  await P("hrefSetterBad", async () => { const x = new URL("http://a/"); try { x.href = "nope"; return "no"; } catch (e) { return en(e); } });
  await P("longHostLabel", async () => u("http://" + "a".repeat(64) + ".com/"));
  await P("forbiddenHost", async () => u("http://a b/"));
  await P("percentHost", async () => u("http://%41.com/"));
  await P("backslashes", async () => u("http:\\\\a\\b\\c"));
  await P("tabsNewlines", async () => u("ht\ttp://a\n/b\r"));
}),
c("webapi26-crypto-everyday", "crypto on everyday paths: SHA digests of strings, HMAC JWT signing and verification, AES-GCM round trip and tag failure, PBKDF2, random values limits, randomUUID shape, timingSafeEqual", async (P) => {
  const enc = new TextEncoder();
  await P("sha256", async () => hex(await crypto.subtle.digest("SHA-256", enc.encode("abc"))));
  await P("sha1Obj", async () => hex(await crypto.subtle.digest({ name: "sha-1" }, enc.encode("abc"))));
  await P("digestString", async () => crypto.subtle.digest("SHA-256", "abc").then(hex, en));
  await P("digestBadAlg", async () => crypto.subtle.digest("SHA-3", enc.encode("a")).then(hex, en));
  await P("hmacJwt", async () => { const k = await crypto.subtle.importKey("raw", enc.encode("secret"), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]); const sig = await crypto.subtle.sign("HMAC", k, enc.encode("a.b")); const b64 = btoa(String.fromCharCode(...new Uint8Array(sig))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""); return [b64, await crypto.subtle.verify("HMAC", k, sig, enc.encode("a.b")), await crypto.subtle.verify("HMAC", k, sig, enc.encode("a.c")), k.algorithm, k.usages, k.extractable, k.type]; });
  await P("hmacWrongUsage", async () => { const k = await crypto.subtle.importKey("raw", enc.encode("s"), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]); return crypto.subtle.sign("HMAC", k, enc.encode("x")).then(hex, en); });
  await P("hmacNoHash", async () => crypto.subtle.importKey("raw", enc.encode("s"), { name: "HMAC" }, false, ["sign"]).then(() => "ok", en));
  await P("hmacEmptyKey", async () => crypto.subtle.importKey("raw", new Uint8Array(0), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]).then(() => "ok", en));
  await P("aesGcm", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(16).fill(1), "AES-GCM", true, ["encrypt", "decrypt"]); const iv = new Uint8Array(12); const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, k, enc.encode("hi")); const pt = await crypto.subtle.decrypt({ name: "AES-GCM", iv }, k, ct); const bad = new Uint8Array(ct); bad[0] ^= 1; return [hex(ct), new TextDecoder().decode(pt), await crypto.subtle.decrypt({ name: "AES-GCM", iv }, k, bad).then(() => "ok", en)]; });
  await P("aesGcmBadKeyLen", async () => crypto.subtle.importKey("raw", new Uint8Array(15), "AES-GCM", true, ["encrypt"]).then(() => "ok", en));
  await P("aesGcmNoIv", async () => { const k = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt"]); return crypto.subtle.encrypt({ name: "AES-GCM" }, k, enc.encode("x")).then(() => "ok", en); });
  await P("pbkdf2", async () => { const k = await crypto.subtle.importKey("raw", enc.encode("pw"), "PBKDF2", false, ["deriveBits"]); return hex(await crypto.subtle.deriveBits({ name: "PBKDF2", salt: enc.encode("salt"), iterations: 1000, hash: "SHA-256" }, k, 256)); });
  await P("pbkdf2TooMany", async () => { const k = await crypto.subtle.importKey("raw", enc.encode("pw"), "PBKDF2", false, ["deriveBits"]); return crypto.subtle.deriveBits({ name: "PBKDF2", salt: enc.encode("salt"), iterations: 100001, hash: "SHA-256" }, k, 256).then(hex, en); });
  await P("pbkdf2Extractable", async () => crypto.subtle.importKey("raw", enc.encode("pw"), "PBKDF2", true, ["deriveBits"]).then(() => "ok", en));
  await P("randomBig", async () => { try { crypto.getRandomValues(new Uint8Array(65537)); return "no"; } catch (e) { return en(e); } });
  await P("randomFloat", async () => { try { crypto.getRandomValues(new Float64Array(1)); return "no"; } catch (e) { return en(e); } });
  await P("randomReturn", async () => { const a = new Uint32Array(2); return [crypto.getRandomValues(a) === a, crypto.getRandomValues(new BigInt64Array(1)).constructor.name]; });
  await P("uuid", async () => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
  await P("timingSafeEqual", async () => [crypto.subtle.timingSafeEqual(enc.encode("ab"), enc.encode("ab")), crypto.subtle.timingSafeEqual(enc.encode("ab"), enc.encode("ac"))]);
  await P("timingSafeEqualLen", async () => { try { crypto.subtle.timingSafeEqual(enc.encode("a"), enc.encode("ab")); return "no"; } catch (e) { return en(e); } });
  await P("exportRawHmac", async () => { const k = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-384" }, true, ["sign"]); return [(await crypto.subtle.exportKey("raw", k)).byteLength, k.algorithm]; });
  await P("exportJwkHmac", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array([1, 2, 3]), { name: "HMAC", hash: "SHA-256" }, true, ["sign"]); return crypto.subtle.exportKey("jwk", k); });
  await P("ecdsaP256", async () => { const kp = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); const s = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, kp.privateKey, enc.encode("m")); const jwk = await crypto.subtle.exportKey("jwk", kp.publicKey); return [s.byteLength, await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, kp.publicKey, s, enc.encode("m")), Object.keys(jwk).sort(), jwk.kty, jwk.crv, kp.privateKey.usages, kp.publicKey.usages]; });
  await P("rsaGen", async () => { const kp = await crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]); return [kp.publicKey.algorithm.modulusLength, [...kp.publicKey.algorithm.publicExponent], kp.publicKey.algorithm.hash, kp.privateKey.extractable, kp.publicKey.extractable]; });
  await P("ed25519", async () => { const kp = await crypto.subtle.generateKey("Ed25519", true, ["sign", "verify"]); const s = await crypto.subtle.sign("Ed25519", kp.privateKey, enc.encode("m")); return [s.byteLength, await crypto.subtle.verify("Ed25519", kp.publicKey, s, enc.encode("m")), kp.publicKey.algorithm]; });
}),
c("webapi26-stream-line-splitting-idioms", "Streams idioms: TextDecoderStream into a line-splitting TransformStream, ReadableStream.from generators cancelled by break, releaseLock with a pending read, pipeTo options", async (P) => {
  const enc = new TextEncoder();
  await P("lines", async () => {
    const src = ReadableStream.from([enc.encode("a\nb"), enc.encode("c\n\nd")]);
    let buf = "";
    const split = new TransformStream({ transform(ch, c) { buf += ch; const parts = buf.split("\n"); buf = parts.pop(); for (const p of parts) c.enqueue(p); }, flush(c) { if (buf) c.enqueue(buf); } });
    const out = []; for await (const l of src.pipeThrough(new TextDecoderStream()).pipeThrough(split)) out.push(l); return out;
  });
  await P("genBreak", async () => {
    const log = [];
    async function* g() { try { yield 1; yield 2; yield 3; } finally { log.push("finally"); } }
    const rs = ReadableStream.from(g());
    for await (const v of rs) { log.push(v); if (v === 2) break; }
    return [log, rs.locked];
  });
  await P("cancelReason", async () => {
    let reason = "none"; const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { reason = r; } });
    for await (const v of rs) break; return [reason === undefined ? "undefined" : reason];
  });
  await P("preventCancel", async () => {
    let cancelled = false; const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel() { cancelled = true; } });
    for await (const v of rs.values({ preventCancel: true })) break; return [cancelled, rs.locked];
  });
  await P("releasePending", async () => {
    const rs = new ReadableStream(); const r = rs.getReader(); const p = r.read().then(() => "resolved", en); r.releaseLock();
    return [await p, await r.closed.then(() => "ok", en), rs.locked];
  });
  await P("readAfterRelease", async () => { const r = new ReadableStream().getReader(); r.releaseLock(); return r.read().then(() => "ok", en); });
  await P("pipePreventClose", async () => {
    const chunks = []; let closed = false;
    const ws = new WritableStream({ write(c) { chunks.push(c); }, close() { closed = true; } });
    await ReadableStream.from(["x", "y"]).pipeTo(ws, { preventClose: true });
    return [chunks, closed, ws.locked];
  });
  await P("pipeErrorAbort", async () => {
    let abortReason; const ws = new WritableStream({ abort(r) { abortReason = String(r); } });
    const rs = new ReadableStream({ start(c) { c.error(new Error("boom")); } });
    const r = await rs.pipeTo(ws).then(() => "ok", en); return [r, abortReason];
  });
  await P("pipeLocked", async () => { const rs = new ReadableStream(); rs.getReader(); return rs.pipeTo(new WritableStream()).then(() => "ok", en); });
  await P("pipeThroughLocked", async () => { const rs = new ReadableStream(); rs.getReader(); try { rs.pipeThrough(new TransformStream()); return "no"; } catch (e) { return en(e); } });
  await P("teeText", async () => { const [a, b] = ReadableStream.from(["h", "i"]).pipeThrough(new TextEncoderStream()).tee(); return [await new Response(a).text(), await new Response(b).text()]; });
  await P("writerCloseTwice", async () => { const w = new WritableStream().getWriter(); await w.close(); return w.close().then(() => "ok", en); });
  await P("writeAfterClose", async () => { const w = new WritableStream().getWriter(); w.close(); return w.write("x").then(() => "ok", en); });
  await P("enqueueAfterClose", async () => { let e; new ReadableStream({ start(c) { c.close(); try { c.enqueue(1); } catch (x) { e = en(x); } } }); return e; });
  await P("closeTwice", async () => { let e; new ReadableStream({ start(c) { c.close(); try { c.close(); } catch (x) { e = en(x); } } }); return e; });
  await P("transformError", async () => { const ts = new TransformStream({ transform() { throw new TypeError("bad chunk"); } }); const w = ts.writable.getWriter(); const wr = w.write("a").then(() => "ok", en); const rd = ts.readable.getReader().read().then(() => "ok", en); return [await wr, await rd]; });
  await P("tsTerminate", async () => { const ts = new TransformStream({ transform(ch, c) { c.enqueue(ch); c.terminate(); } }); const w = ts.writable.getWriter(); w.write("a"); const r = ts.readable.getReader(); return [await r.read(), await r.read(), await w.write("b").then(() => "ok", en)]; });
}),
c("webapi26-byte-stream-close-while-reading", "Byte streams: close() while a default or BYOB reader waits, byobRequest before and after close, enqueue into a waiting BYOB read", async (P) => {
  await P("defaultWaitClose", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const r = rs.getReader(); const p = r.read(); ctl.close(); const x = await p; return [x.done, x.value === undefined ? "undefined" : Object.prototype.toString.call(x.value), x.value?.byteLength, x.value?.buffer.byteLength, x.value?.byteOffset]; });
  await P("byobWaitClose", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const r = rs.getReader({ mode: "byob" }); const p = r.read(new Uint8Array(8)); ctl.close(); const br = ctl.byobRequest; const x = await p; return [x.done, Object.prototype.toString.call(x.value), x.value?.byteLength, x.value?.buffer.byteLength, br === null]; });
  await P("byobRequestAfterClose", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const r = rs.getReader({ mode: "byob" }); const p = r.read(new Uint8Array(8)); const br = ctl.byobRequest; ctl.close(); let e1, e2; try { br.respond(1); } catch (x) { e1 = en(x); } try { br.respond(0); } catch (x) { e2 = en(x); } const x = await Promise.race([p, new Promise((res) => setTimeout(() => res("pending"), 50))]); return [e1 ?? "ok", e2 ?? "ok", x === "pending" ? x : [x.done, x.value?.byteLength]]; });
  await P("byobRequestViewAfterClose", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const r = rs.getReader({ mode: "byob" }); const p = r.read(new Uint8Array(8)); ctl.close(); const br = ctl.byobRequest; return [br === null ? "null" : typeof br, br?.view?.byteLength]; });
  await P("enqueueToWaitingByob", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const r = rs.getReader({ mode: "byob" }); const p = r.read(new Uint8Array(8)); ctl.enqueue(new Uint8Array([1, 2, 3])); const x = await p; return [x.done, [...x.value], x.value.buffer.byteLength]; });
  await P("defaultWaitEnqueue", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const r = rs.getReader(); const p = r.read(); ctl.enqueue(new Uint8Array([4, 5])); const x = await p; return [x.done, [...x.value]]; });
  await P("closeWithQueuedDefault", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); ctl.enqueue(new Uint8Array([1])); ctl.close(); const r = rs.getReader(); const a = await r.read(); const b = await r.read(); return [[a.done, [...a.value]], [b.done, b.value === undefined ? "undefined" : String(b.value)]]; });
  await P("errorWhileWaiting", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const r = rs.getReader({ mode: "byob" }); const p = r.read(new Uint8Array(2)).then(() => "ok", en); ctl.error(new RangeError("x")); return p; });
  await P("defaultWaitCancel", async () => { const rs = new ReadableStream({ type: "bytes" }); const r = rs.getReader(); const p = r.read(); await r.cancel("c"); const x = await p; return [x.done, x.value === undefined ? "undefined" : [Object.prototype.toString.call(x.value), x.value.byteLength, x.value.buffer.byteLength]]; });
  await P("defaultWaitCancelAuto", async () => { const rs = new ReadableStream({ type: "bytes", autoAllocateChunkSize: 8 }); const r = rs.getReader(); const p = r.read(); await r.cancel("c"); const x = await p; return [x.done, x.value === undefined ? "undefined" : [x.value.byteLength, x.value.buffer.byteLength]]; });
  await P("plainWaitClose", async () => { let ctl; const rs = new ReadableStream({ start(c) { ctl = c; } }); const r = rs.getReader(); const p = r.read(); ctl.close(); const x = await p; return [x.done, x.value === undefined ? "undefined" : x.value]; });
  await P("plainWaitCancel", async () => { const rs = new ReadableStream(); const r = rs.getReader(); const p = r.read(); await r.cancel(); const x = await p; return [x.done, x.value === undefined ? "undefined" : x.value]; });
  await P("byobWaitCancelU16", async () => { const rs = new ReadableStream({ type: "bytes" }); const r = rs.getReader({ mode: "byob" }); const p = r.read(new Uint16Array(new ArrayBuffer(10), 2, 3)); await r.cancel(); const x = await p; return [x.done, x.value === undefined ? "undefined" : [x.value.constructor.name, x.value.byteLength, x.value.byteOffset, x.value.buffer.byteLength]]; });
  await P("respondZeroAfterCloseThenRead", async () => { let ctl, br; const rs = new ReadableStream({ type: "bytes", pull(c) { ctl = c; br = c.byobRequest; } }); const r = rs.getReader({ mode: "byob" }); const p = r.read(new Uint8Array(4)); await new Promise((res) => setTimeout(res, 1)); ctl.close(); const same = ctl.byobRequest === br; br.respond(0); const x = await p; const y = await r.read(new Uint8Array(2)); return [same, ctl.byobRequest === null, br.view === null ? "null" : br.view.byteLength, [x.done, x.value.byteLength], [y.done, y.value.byteLength]]; });
  await P("defaultWaitCloseAuto", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", autoAllocateChunkSize: 16, start(c) { ctl = c; } }); const r = rs.getReader(); const p = r.read(); ctl.close(); const x = await p; return [x.done, x.value === undefined ? "undefined" : [Object.prototype.toString.call(x.value), x.value.byteLength, x.value.buffer.byteLength]]; });
  await P("twoDefaultWaitClose", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const r = rs.getReader(); const p1 = r.read(); const p2 = r.read(); ctl.close(); const [a, b] = await Promise.all([p1, p2]); return [[a.done, a.value?.byteLength ?? "u"], [b.done, b.value?.byteLength ?? "u"]]; });
  await P("twoByobWaitClose", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const r = rs.getReader({ mode: "byob" }); const p1 = r.read(new Uint8Array(2)); const p2 = r.read(new Uint16Array(2)); ctl.close(); const [a, b] = await Promise.all([p1, p2]); return [[a.done, a.value?.constructor.name, a.value?.byteLength], [b.done, b.value?.constructor.name, b.value?.byteLength], ctl.byobRequest === null]; });
  await P("closeInPullDefault", async () => { let n = 0; const rs = new ReadableStream({ type: "bytes", pull(c) { if (n++ < 1) c.enqueue(new Uint8Array([9])); else c.close(); } }); const r = rs.getReader(); const a = await r.read(); const b = await r.read(); return [[a.done, [...a.value]], [b.done, b.value === undefined ? "undefined" : b.value.byteLength]]; });
  await P("closeInPullByobNoRequest", async () => { const rs = new ReadableStream({ type: "bytes", pull(c) { c.close(); } }); const r = rs.getReader({ mode: "byob" }); const x = await Promise.race([r.read(new Uint8Array(4)), new Promise((res) => setTimeout(() => res("pending"), 50))]); return x === "pending" ? x : [x.done, x.value?.byteLength]; });
  await P("closeInPullByobRequestRead", async () => { const rs = new ReadableStream({ type: "bytes", pull(c) { const q = c.byobRequest; c.close(); } }); const r = rs.getReader({ mode: "byob" }); const x = await Promise.race([r.read(new Uint8Array(4)), new Promise((res) => setTimeout(() => res("pending"), 50))]); return x === "pending" ? x : [x.done, x.value?.byteLength]; });
  await P("forAwaitByteStream", async () => { const got = []; let n = 0; const rs = new ReadableStream({ type: "bytes", pull(c) { if (n < 2) c.enqueue(new Uint8Array([n++])); else c.close(); } }); for await (const v of rs) got.push([...v]); return got; });
  await P("iteratorNextAtClose", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const it = rs[Symbol.asyncIterator](); const p = it.next(); ctl.close(); const x = await p; return [x.done, x.value === undefined ? "undefined" : x.value.byteLength]; });
  await P("valuesNextAtClose", async () => { let ctl; const rs = new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); const it = rs.values(); const p = it.next(); ctl.close(); const x = await p; return [x.done, x.value === undefined ? "undefined" : x.value.byteLength]; });
  await P("cancelWhileWaitingByob", async () => { let reason; const rs = new ReadableStream({ type: "bytes", cancel(r) { reason = r; } }); const r = rs.getReader({ mode: "byob" }); const p = r.read(new Uint8Array(2)); await r.cancel("why"); const x = await p; return [x.done, x.value === undefined ? "undefined" : x.value.byteLength, reason]; });
}),
];
