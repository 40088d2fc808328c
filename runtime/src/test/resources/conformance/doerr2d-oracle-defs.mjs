// Re-record: copy oracle/defs/_h.mjs and this file (as doerr2d.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs doerr2- (D holding only _h.mjs and this file)
import { CD, PRELUDE, get, req } from "./_h.mjs";
const SCRIPT = `${PRELUDE}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch(req) {
    const p = new URL(req.url).pathname.slice(1);
    if (p === "echo") {
      const h = {}; for (const [k, v] of req.headers) h[k] = v;
      const text = req.body ? await req.text() : null;
      return Response.json({ method: req.method, text, h, bodyUsed: req.bodyUsed, integrity: req.integrity, keepalive: req.keepalive, signal: typeof req.signal, aborted: req.signal?.aborted ?? null });
    }
    if (p === "stream") {
      const { readable, writable } = new TransformStream();
      const w = writable.getWriter(); const enc = new TextEncoder();
      (async () => { for (let i = 0; i < 3; i++) { await w.write(enc.encode("chunk" + i + ";")); } await w.close(); })();
      return new Response(readable, { headers: { "x-kind": "stream" } });
    }
    if (p === "cookies") { const h = new Headers(); h.append("set-cookie", "a=1"); h.append("set-cookie", "b=2"); h.append("x-multi", "1"); h.append("x-multi", "2"); return new Response("c", { status: 201, statusText: "Made", headers: h }); }
    if (p === "status") return new Response(null, { status: 204 });
    if (p === "errstream") { return new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("part")); c.error(new Error("stream broke")); } })); }
    if (p === "bytes") return new Response(new Uint8Array([0, 255, 10]));
    if (p === "headonly") return new Response("body for head", { headers: { "content-length": "13" } });
    return new Response("?");
  }
}
export default { async fetch(req, env, ctx) {
  const out = {}; const s = env.DO.getByName("x");
  const R = async (...a) => { try { const r = await s.fetch(...a); const b = await r.text(); return { status: r.status, statusText: r.statusText, b: b.slice(0, 300), cookies: r.headers.getSetCookie(), multi: r.headers.get("x-multi"), kind: r.headers.get("x-kind"), cl: r.headers.get("content-length"), redirected: r.redirected, url: r.url, type: r.type }; } catch (e) { return { error: [e.name, e.message] }; } };
  out.echoHeaders = await R("http://x/echo", { headers: { "X-Up": "A", cookie: "c=1" } });
  out.echoStream = await R("http://x/echo", { method: "POST", body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("s1")); c.enqueue(new TextEncoder().encode("s2")); c.close(); } }), duplex: "half" });
  out.echoForm = await R("http://x/echo", { method: "POST", body: new URLSearchParams({ a: "1 2" }) });
  out.echoBlob = await R("http://x/echo", { method: "POST", body: new Blob(["blob"], { type: "text/x-b" }) });
  out.echoSignal = await R("http://x/echo", { signal: new AbortController().signal });
  const ac = new AbortController(); ac.abort();
  out.abortedSignal = await R("http://x/echo", { signal: ac.signal });
  out.stream = await R("http://x/stream");
  out.cookies = await R("http://x/cookies");
  out.status = await R("http://x/status");
  out.bytes = await R("http://x/bytes");
  out.head = await R("http://x/headonly", { method: "HEAD" });
  out.usedReq = await (async () => { const r = new Request("http://x/echo", { method: "POST", body: "once" }); await r.text(); return R(r); })();
  return Response.json(out);
} };`;
export default [
  { name: "doerr2-stub-fetch-bodies-and-headers", area: "durable-objects",
    description: "stub.fetch request bodies (stream, form, blob), signals, used requests, and response shapes through a stub (streams, set-cookie, statusText, 204, HEAD)",
    options: { modules: true, compatibilityDate: CD, durableObjects: { DO: "Obj" }, script: SCRIPT },
    steps: [get("/")] },
];
