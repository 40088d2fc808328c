// Re-record: copy the oracle's defs/_h.mjs and this file into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs <case name>. Left out (workerd never settles them): a stream argument whose chunk is a string, or that errors after a chunk.
import { CD, PRELUDE, get } from "./_h.mjs";
const two = (name, description, aBody, bScript) => ({
  name, area: "rpc", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" },
      script: `${PRELUDE}
import { RpcTarget } from "cloudflare:workers";
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${aBody}
  return Response.json(out);
} };` },
    { name: "b", modules: true, compatibilityDate: CD, script: bScript },
  ] },
  steps: [get("/")],
});
const B = `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  echo(v) { return v; }
  async readAll(stream) {
    const chunks = []; const reader = stream.getReader();
    try { for (;;) { const { done, value } = await reader.read(); if (done) break; chunks.push(Object.prototype.toString.call(value) + ":" + (value?.byteLength ?? String(value))); } }
    catch (e) { chunks.push("threw " + e.name + ": " + e.message); }
    return chunks;
  }
  async readText(stream) { return await new Response(stream).text(); }
  requestInfo(r) { return { method: r.method, url: r.url, redirect: r.redirect, headers: [...r.headers], hasBody: r.body !== null, bodyUsed: r.bodyUsed, signalAborted: r.signal?.aborted ?? null, cf: r.cf ?? null, keepalive: r.keepalive ?? null, integrity: r.integrity ?? null, cache: r.cache ?? null }; }
  async requestBody(r) { return await r.text(); }
  responseInfo(r) { return { status: r.status, statusText: r.statusText, ok: r.ok, headers: [...r.headers], hasBody: r.body !== null, url: r.url, redirected: r.redirected, type: r.type, webSocket: r.webSocket ?? null }; }
  makeResponse(kind) {
    switch (kind) {
      case "redirect": return Response.redirect("http://example.com/next", 307);
      case "json": return Response.json({ a: 1 }, { status: 201, statusText: "Made", headers: { "x-h": "v" } });
      case "error": return Response.error();
      case "cookies": { const h = new Headers(); h.append("set-cookie", "a=1"); h.append("set-cookie", "b=2"); return new Response("c", { headers: h }); }
      case "stream": return new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("s1")); c.enqueue(new TextEncoder().encode("s2")); c.close(); } }));
    }
  }
  makeRequest() { return new Request("http://example.com/p?q=1", { method: "POST", body: "req body", headers: { "x-a": "1" }, redirect: "manual" }); }
  makeHeaders() { const h = new Headers({ "x-b": "2" }); h.append("set-cookie", "a=1"); h.append("set-cookie", "b=2"); return h; }
  stringStream() { return new ReadableStream({ start(c) { c.enqueue("not bytes"); c.close(); } }); }
  erroringStream() { return new ReadableStream({ pull(c) { c.enqueue(new Uint8Array([1])); c.error(new RangeError("stream broke")); } }); }
  bytesStream() { return new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); } }); }
  emptyStream() { return new ReadableStream({ start(c) { c.close(); } }); }
}`;
export default [
  two("rpcwasm2-streams-bodies", "ReadableStreams over RPC: chunk types, string chunks, errors midway, byte streams, empty streams, the sender's stream after sending", `
  const enc = (s) => new TextEncoder().encode(s);
  out.bytesArg = await t(() => env.B.readAll(new ReadableStream({ start(c) { c.enqueue(enc("ab")); c.enqueue(new Uint8Array(0)); c.enqueue(enc("cde")); c.close(); } })));
  out.bufferArg = await t(() => env.B.readAll(new ReadableStream({ start(c) { c.enqueue(enc("xy").buffer); c.close(); } })));
  out.int32Arg = await t(() => env.B.readAll(new ReadableStream({ start(c) { c.enqueue(new Int32Array([1, 2])); c.close(); } })));
  out.textArg = await t(() => env.B.readText(new Blob(["blob text"]).stream()));
  const sent = new ReadableStream({ start(c) { c.enqueue(enc("z")); c.close(); } });
  await env.B.readAll(sent);
  out.senderAfter = [sent.locked, await t(() => sent.getReader().read().then((r) => r.done))];
  out.stringResult = await t(async () => { const s = await env.B.stringStream(); return await new Response(s).text(); });
  out.erroringResult = await t(async () => { const s = await env.B.erroringStream(); const r = s.getReader(); const a = await r.read(); try { await r.read(); return "no error"; } catch (e) { return [a.value?.length, e.name, e.message]; } });
  out.bytesResult = await t(async () => { const s = await env.B.bytesStream(); const r = s.getReader({ mode: "byob" }); const x = await r.read(new Uint8Array(8)); return [x.value.length, Object.prototype.toString.call(s)]; });
  out.emptyResult = await t(async () => { const s = await env.B.emptyStream(); return (await s.getReader().read()).done; });
  out.resultTypeOf = await t(async () => { const s = await env.B.emptyStream(); return [s instanceof ReadableStream, s.locked, typeof s.tee, typeof s.pipeTo]; });
  out.teeArg = await t(async () => { const [x, y] = new Blob(["tee"]).stream().tee(); return [await env.B.readText(x), await new Response(y).text()]; });
  `, B),
  two("rpcwasm2-request-response", "Request, Response and Headers over RPC: which fields survive, header guards, bodies, redirects and errors", `
  out.reqInfo = await t(() => env.B.requestInfo(new Request("http://x.test/a?b=1", { method: "PUT", body: "put body", headers: { "x-one": "1", "content-type": "text/plain" }, redirect: "manual" })));
  out.reqSignal = await t(() => env.B.requestInfo(new Request("http://x.test/", { signal: AbortSignal.abort() })));
  out.reqBody = await t(() => env.B.requestBody(new Request("http://x.test/", { method: "POST", body: "hello body" })));
  const used = new Request("http://x.test/", { method: "POST", body: "once" });
  await env.B.requestBody(used);
  out.senderBodyUsed = [used.bodyUsed, await t(() => used.text())];
  out.respInfo = await t(() => env.B.responseInfo(new Response("r", { status: 404, statusText: "Nope", headers: { "x-r": "1" } })));
  out.respRedirectInfo = await t(() => env.B.responseInfo(Response.redirect("http://x.test/to", 301)));
  out.respErrorInfo = await t(() => env.B.responseInfo(Response.error()));
  out.respNullBody = await t(() => env.B.responseInfo(new Response(null, { status: 204 })));
  for (const kind of ["redirect", "json", "error", "cookies", "stream"]) {
    out["made_" + kind] = await t(async () => { const r = await env.B.makeResponse(kind); return { status: r.status, statusText: r.statusText, headers: [...r.headers], type: r.type, url: r.url, redirected: r.redirected, body: await r.text(), setCookies: r.headers.getSetCookie() }; });
  }
  out.madeRespHeadersMutable = await t(async () => { const r = await env.B.makeResponse("json"); r.headers.set("x-new", "1"); return r.headers.get("x-new"); });
  out.madeRequest = await t(async () => { const r = await env.B.makeRequest(); return { method: r.method, url: r.url, redirect: r.redirect, headers: [...r.headers], body: await r.text() }; });
  out.madeRequestHeadersMutable = await t(async () => { const r = await env.B.makeRequest(); r.headers.set("x-new", "1"); return r.headers.get("x-new"); });
  out.madeHeaders = await t(async () => { const h = await env.B.makeHeaders(); h.set("x-c", "3"); return [[...h], h.getSetCookie(), h instanceof Headers]; });
  out.headersArg = await t(async () => { const h = new Headers({ "X-Up": "A" }); h.append("set-cookie", "c=1"); h.append("set-cookie", "d=2"); const r = await env.B.echo(h); return [[...r], r.getSetCookie()]; });
  out.requestInObject = await t(async () => { const r = await env.B.echo({ req: new Request("http://x.test/o", { headers: { a: "b" } }), n: 1 }); return [r.req.url, r.req.headers.get("a"), r.n]; });
  out.responseInArray = await t(async () => { const r = await env.B.echo([new Response("in array", { status: 202 })]); return [r[0].status, await r[0].text()]; });
  out.sameResponseTwice = await t(async () => { const r = new Response("twice"); const [a, b] = await env.B.echo([r, r]); return [a === b, await a.text()]; });
  `, B),
];
