// Re-record: cd /work/wt/oracle && DEFS_DIR=<a folder with defs/_h.mjs and this file> RECORD_OUT=<out> node record.mjs kvfmt
import { PRELUDE, CD, get, req } from "./_h.mjs";
const STREAMS = `
  const run = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return e.name + ": " + e.message; } };
  const o = {};
  for (const n of ["ReadableStream", "WritableStream", "TransformStream", "ReadableStreamDefaultController", "ReadableByteStreamController", "ReadableStreamBYOBRequest", "WritableStreamDefaultController", "TransformStreamDefaultController", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "WritableStreamDefaultWriter", "IdentityTransformStream", "FixedLengthStream", "CountQueuingStrategy", "TextEncoderStream"]) o[n] = typeof globalThis[n];
  o.rsNoArgs = await run(() => typeof new ReadableStream());
  o.wsNoArgs = await run(() => typeof new WritableStream());
  o.rsUndef = await run(() => typeof new ReadableStream(undefined));
  o.tsNoArgs = await run(async () => { const ts = new TransformStream(); const read = new Response(ts.readable).text(); const w = ts.writable.getWriter(); await w.write(new TextEncoder().encode("bytes")); await w.close(); return [Object.prototype.toString.call(ts), ts.constructor.name, await read]; });
  o.tsTransformerBytes = await run(async () => { const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(new TextEncoder().encode("X")); } }); const read = new Response(ts.readable).text(); const w = ts.writable.getWriter(); await w.write(new TextEncoder().encode("ab")); await w.close(); return await read; });
  o.tsString = await run(async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); const r = ts.readable.getReader(); const next = r.read(); await w.write("str"); const x = await next; return [typeof x.value, String(x.value)]; });
  o.identityString = await run(async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); await w.write("str"); return "wrote"; });
  o.responseBodyRead = await run(async () => { const r = new Response("abc").body.getReader(); const x = await r.read(); return [Object.prototype.toString.call(x.value), x.value.length]; });
  o.rsFrom = await run(async () => typeof ReadableStream.from);
  o.tsInstance = await run(() => new TransformStream() instanceof TransformStream);
  o.pipeThrough = await run(async () => await new Response(new Response("piped").body.pipeThrough(new TransformStream())).text());
`;
const streamCase = (date, flags) => ({ name: "kvfmt-formats-streams-" + date + (flags ? "-" + flags.join("-").replace(/_/g, "-") : ""), area: "formats",
  description: "stream classes and constructors at compatibility date " + date + (flags ? " with " + flags.join(", ") : "") + " (streams_enable_constructors and transformstream_enable_standard_constructor from 2022-11-30)",
  options: { modules: true, compatibilityDate: date, ...(flags ? { compatibilityFlags: flags } : {}), script: `export default { async fetch(req, env, ctx) {${STREAMS}\n  return Response.json(o); } };` },
  steps: [get("/")] });
const FETCHER = `
  const run = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return e.name + ": " + e.message; } };
  const S = env.SVC;
  const o = { types: ["get", "put", "delete", "fetch", "connect", "hello"].map((n) => n + ":" + typeof S[n]), inHello: "hello" in S, inGet: "get" in S, keys: Object.keys(S), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(S)).sort(), tag: Object.prototype.toString.call(S) };
  o.get = await run(async () => { const v = await S.get("http://svc/got"); return [typeof v, Object.prototype.toString.call(v), v instanceof ReadableStream ? await new Response(v).text() : v]; });
  o.getText = await run(async () => S.get("http://svc/got", "text"));
  o.getJson = await run(async () => S.get("http://svc/json", "json"));
  o.get404 = await run(async () => S.get("http://svc/missing", "text"));
  o.put = await run(async () => S.put("http://svc/put", "body"));
  o.delete = await run(async () => S.delete("http://svc/del"));
  o.log = await (await S.fetch("http://svc/log")).json();
`;
const target = { name: "svc", modules: true, compatibilityDate: CD, script: `const log = []; export default { async fetch(req) { const p = new URL(req.url).pathname; if (p === "/log") return Response.json(log); log.push([req.method, p, req.method === "GET" || req.method === "HEAD" ? null : await req.text(), req.headers.get("content-type")]); if (p === "/missing") return new Response("nope", { status: 404 }); if (p === "/json") return Response.json({ j: 1 }); return new Response("svc " + req.method + " " + p); } };` };
const fetcherCase = (date, flags) => ({ name: "kvfmt-formats-fetcher-" + date + (flags ? "-" + flags.join("-").replace(/_/g, "-") : ""), area: "formats",
  description: "a service binding's members at compatibility date " + date + (flags ? " with " + flags.join(", ") : "") + ": get/put/delete (until fetcher_no_get_put_delete, 2024-03-26) and RPC members (from rpc, 2024-04-03)",
  options: { workers: [{ name: "main", modules: true, compatibilityDate: date, ...(flags ? { compatibilityFlags: flags } : {}), serviceBindings: { SVC: "svc" }, script: `export default { async fetch(req, env, ctx) {${FETCHER}\n  return Response.json(o); } };` }, target] },
  steps: [get("/")] });
const ORIGIN = `const d = Object.getOwnPropertyDescriptor(globalThis, "origin"); const o = { typeofOrigin: typeof globalThis.origin, origin: globalThis.origin === undefined ? "undefined" : globalThis.origin, desc: d ? { ...d, get: typeof d.get, set: typeof d.set } : "none", inProto: "origin" in Object.getPrototypeOf(globalThis), keys: Object.keys(globalThis),
  assign: (() => { try { globalThis.origin = "x"; return globalThis.origin; } catch (e) { return e.name; } })() };`;
export default [
  streamCase("2022-11-29"), streamCase("2022-11-30"), streamCase("2025-01-01", ["streams_disable_constructors"]), streamCase("2025-01-01", ["transformstream_disable_standard_constructor"]), streamCase("2021-01-01", ["streams_enable_constructors", "transformstream_enable_standard_constructor"]),
  fetcherCase("2024-03-25"), fetcherCase("2024-03-26"), fetcherCase("2024-04-03", ["no_rpc"]), fetcherCase("2025-01-01", ["fetcher_has_get_put_delete"]),
  { name: "kvfmt-formats-origin-global-modules", area: "formats", description: "the origin global and Object.keys(globalThis) in a modules worker", options: { modules: true, compatibilityDate: CD, bindings: { V: 1 }, script: `export default { fetch() { ${ORIGIN} return Response.json(o); } };` }, steps: [get("/")] },
  { name: "kvfmt-formats-origin-global-service-worker", area: "formats", description: "the origin global and Object.keys(globalThis) in a service-worker script with vars, one shadowing a global function and one named origin", options: { compatibilityDate: CD, bindings: { V: 1, btoa: "shadow", origin: "var origin" }, script: `addEventListener("fetch", (e) => { ${ORIGIN} e.respondWith(Response.json(o)); });` }, steps: [get("/")] },
];
