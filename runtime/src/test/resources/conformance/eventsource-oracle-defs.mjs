// EventSource as workerd has it: the class shape, argument errors, the SSE parser over
// EventSource.from(stream), and connections through fetch (the `fetcher` option).
import { CD, PRELUDE, get, modWorker } from "./_h.mjs";

// Worker-side helpers: watch(es, types) records every event of those types; done(es) resolves
// when the source is CLOSED after an error, or after `ms` of the real clock.
const ES = `
const errInfo = (e) => e === undefined ? "undefined" : (e === null ? null : { name: e?.name, ctor: e?.constructor?.name, message: e?.message });
function watch(es, types, log) {
  for (const type of types) es.addEventListener(type, (e) => {
    const entry = { type: e.type, ctor: e.constructor.name, rs: es.readyState };
    if (e.type !== "open" && e.type !== "error") { entry.data = e.data; entry.lastEventId = e.lastEventId; entry.origin = e.origin; }
    if (e.type === "error") { entry.error = errInfo(e.error); entry.message = e.message; }
    log.push(entry);
  });
  return log;
}
function closed(es, ms = 4000) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("timeout"), ms);
    es.addEventListener("error", () => { if (es.readyState === 2) { clearTimeout(timer); resolve("closed"); } });
  });
}
function streamOf(...chunks) {
  const enc = new TextEncoder();
  return new ReadableStream({ start(c) { for (const ch of chunks) c.enqueue(typeof ch === "string" ? enc.encode(ch) : new Uint8Array(ch)); c.close(); } });
}
`;

const one = (name, description, body) => ({
  name, area: "eventsource", description,
  options: modWorker(`${ES}\n    const out = {};\n${body}\n    return Response.json(out);`),
  steps: [get("/")],
});

// Worker "a" reaches worker "b" (the SSE server) through the service binding B, given as the `fetcher` option
// (global fetch to a URL is covered by Java tests with an outbound handler).
const pair = (name, description, aBody, bBody) => ({
  name, area: "eventsource", description,
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" },
      script: `${PRELUDE}${ES}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${aBody}
  return Response.json(out);
} };` },
    { name: "b", modules: true, compatibilityDate: CD, script: `${ES}
let hits = [];
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url);
${bBody}
} };` },
  ] },
  steps: [get("/")],
});

export default [
  one("eventsource-shape", "the class: constants on the class and instances, prototype members, from", `
    out.type = typeof EventSource;
    out.consts = [EventSource.CONNECTING, EventSource.OPEN, EventSource.CLOSED];
    out.protoConsts = [EventSource.prototype.CONNECTING, EventSource.prototype.OPEN, EventSource.prototype.CLOSED];
    out.proto = Object.getOwnPropertyNames(EventSource.prototype).sort();
    out.statics = Object.getOwnPropertyNames(EventSource).sort();
    out.fromType = typeof EventSource.from;
    out.length = EventSource.length;
    out.isTarget = EventSource.prototype instanceof EventTarget;
    out.tag = Object.prototype.toString.call(EventSource.prototype);
    out.dispose = typeof EventSource.prototype[Symbol.dispose];
    const es = EventSource.from(streamOf());
    out.instConsts = [es.CONNECTING, es.OPEN, es.CLOSED];
    out.inst = { url: es.url, withCredentials: es.withCredentials, readyState: es.readyState, onopen: es.onopen, onmessage: es.onmessage, onerror: es.onerror };
    out.own = Object.getOwnPropertyNames(es);
    out.str = String(es);
    es.onmessage = 5; out.afterNumber = es.onmessage;
    const f = () => {}; es.onmessage = f; out.fnKept = es.onmessage === f;
    const o = { handleEvent() {} }; es.onerror = o; out.objKept = es.onerror === o;
    es.close();
  `),
  one("eventsource-constructor-errors", "constructor and from() with bad arguments", `
    out.noArgs = await t(() => new EventSource());
    out.invalid = await t(() => new EventSource("not a url"));
    out.relative = await t(() => new EventSource("/events"));
    out.credentials = await t(() => new EventSource("http://example.com/", { withCredentials: true }));
    out.credentialsFalse = await t(() => { const es = new EventSource("http://127.0.0.1:1/", { withCredentials: false }); const r = [es.readyState, es.url, es.withCredentials]; es.close(); return r; });
    out.initNotObject = await t(() => new EventSource("http://example.com/", 5));
    out.fetcherWrong = await t(() => new EventSource("http://example.com/", { fetcher: {} }));
    out.noNew = await t(() => EventSource("http://example.com/"));
    out.fromString = await t(() => EventSource.from("data: x\\n\\n"));
    out.fromNothing = await t(() => EventSource.from());
    const locked = streamOf("data: x\\n\\n"); locked.getReader();
    out.fromLocked = await t(() => EventSource.from(locked));
    const disturbed = streamOf("data: x\\n\\n", "data: y\\n\\n"); const r = disturbed.getReader(); await r.read(); r.releaseLock();
    out.fromDisturbed = await t(() => EventSource.from(disturbed));
    out.ftpScheme = await t(() => { const es = new EventSource("ftp://example.com/"); const r = [es.readyState, es.url]; es.close(); return r; });
    out.urlNormalized = await t(() => { const es = new EventSource("HTTP://Example.COM:80/a/../b?x#frag"); const r = es.url; es.close(); return r; });
  `),
  one("eventsource-from-parse", "the SSE parser: fields, comments, multi-line data, ids, named events, unknown fields", `
    const log = [];
    const es = EventSource.from(streamOf(
      ": a comment\\n",
      "data: first\\n\\n",
      "data:no space\\ndata:  two spaces\\n\\n",
      "id: 7\\ndata: with id\\n\\n",
      "event: custom\\ndata: named\\n\\n",
      "data: keeps id\\n\\n",
      "id\\ndata: id reset\\n\\n",
      "data\\n\\n",
      "data\\ndata\\n\\n",
      "event: custom\\n\\n",
      "foo: bar\\ndata: unknown field ignored\\n\\n",
      "data: a\\ndata: b\\ndata: c\\n\\n",
      "data: no trailing blank line\\n",
    ));
    out.afterFrom = es.readyState;
    watch(es, ["open", "message", "error", "custom"], log);
    out.ended = await closed(es);
    out.log = log;
    out.after = es.readyState;
  `),
  one("eventsource-from-line-endings", "CR, LF and CRLF line ends, a BOM, lines split across chunks, UTF-8 split across chunks", `
    const log = [];
    const es = EventSource.from(streamOf(
      [0xEF, 0xBB, 0xBF], "data: after bom\\r\\n\\r\\n",
      "data: cr\\r\\r",
      "data: cr", "lf split\\r", "\\n\\r\\n",
      "data: mixed\\n\\r",
      "da", "ta: split field\\n", "\\n",
      [0x64, 0x61, 0x74, 0x61, 0x3a, 0x20, 0xC3], [0xA9, 0x0A, 0x0A],
    ));
    watch(es, ["message", "error"], log);
    out.ended = await closed(es);
    out.log = log;
  `),
  one("eventsource-from-bom-late", "a BOM only counts at the very start; a BOM in a later chunk is data", `
    const log = [];
    const es = EventSource.from(streamOf("data: x\\n\\n", [0xEF, 0xBB, 0xBF], "data: y\\n\\n"));
    watch(es, ["message", "error"], log);
    out.ended = await closed(es);
    out.log = log;
  `),
  one("eventsource-from-retry-id", "retry lines of the stream and ids with odd content", `
    const log = [];
    const es = EventSource.from(streamOf(
      "retry: 5000\\ndata: r\\n\\n", "retry: abc\\nretry: -1\\nretry: 1.5\\n",
      "id: a:b\\ndata: colon id\\n\\n", "id:  spaced\\ndata: s\\n\\n", "id: \\ndata: empty id\\n\\n",
    ));
    watch(es, ["message", "error"], log);
    out.ended = await closed(es);
    out.log = log;
  `),
  one("eventsource-from-close", "close() twice, events after close, the stream is cancelled", `
    const log = [];
    let cancelled = "no";
    let ctl;
    const stream = new ReadableStream({ start(c) { ctl = c; }, cancel(reason) { cancelled = errInfo(reason); } });
    const es = EventSource.from(stream);
    watch(es, ["open", "message", "error"], log);
    ctl.enqueue(new TextEncoder().encode("data: one\\n\\n"));
    await new Promise((r) => setTimeout(r, 50));
    out.beforeClose = es.readyState;
    out.close1 = await t(() => es.close());
    out.afterClose = es.readyState;
    out.close2 = await t(() => es.close());
    try { ctl.enqueue(new TextEncoder().encode("data: two\\n\\n")); out.enqueueAfter = "ok"; } catch (e) { out.enqueueAfter = errInfo(e); }
    await new Promise((r) => setTimeout(r, 50));
    out.log = log;
    out.cancelled = cancelled;
    out.locked = stream.locked;
  `),
  one("eventsource-from-stream-error", "a stream that errors closes the source with that error", `
    const log = [];
    let ctl;
    const es = EventSource.from(new ReadableStream({ start(c) { ctl = c; } }));
    watch(es, ["message", "error"], log);
    ctl.enqueue(new TextEncoder().encode("data: before\\n\\n"));
    await new Promise((r) => setTimeout(r, 20));
    ctl.error(new RangeError("boom"));
    out.ended = await closed(es);
    out.log = log;
  `),
  one("eventsource-handler-throws", "a throwing message listener closes the source with the thrown error", `
    const log = [];
    const es = EventSource.from(streamOf("data: one\\n\\ndata: two\\n\\n", "data: three\\n\\n"));
    es.onmessage = (e) => { log.push("onmessage " + e.data); if (e.data === "one") throw new TypeError("listener failed"); };
    watch(es, ["message", "error"], log);
    out.ended = await closed(es);
    out.log = log;
  `),
  one("eventsource-from-non-bytes", "a stream of strings instead of bytes", `
    const log = [];
    const es = EventSource.from(new ReadableStream({ start(c) { c.enqueue("data: text\\n\\n"); c.close(); } }));
    watch(es, ["message", "error"], log);
    out.ended = await closed(es);
    out.log = log;
  `),
  pair("eventsource-fetch-headers", "the request EventSource sends: GET with the SSE headers; open, message and named events with lastEventId and origin", `
  const log = [];
  const es = new EventSource("http://sse.example/stream?x=1", { fetcher: env.B });
  out.initial = [es.readyState, es.url];
  watch(es, ["open", "message", "error", "ping"], log);
  const r = await new Promise((resolve) => { es.addEventListener("ping", () => resolve("ping")); setTimeout(() => resolve("timeout"), 4000); });
  es.close();
  out.r = r; out.log = log; out.after = es.readyState;
  out.seen = await (await env.B.fetch("http://sse.example/seen")).json();
`, `
  if (url.pathname === "/seen") return Response.json(globalThis.seen ?? null);
  globalThis.seen = { method: req.method, url: req.url, accept: req.headers.get("accept"), cacheControl: req.headers.get("cache-control"), lastEventId: req.headers.get("last-event-id"), body: await req.text() };
  return new Response("id: 1\\ndata: hello\\n\\nevent: ping\\ndata: p\\n\\n", { headers: { "content-type": "text/event-stream" } });
`),
  pair("eventsource-fetch-fetcher", "the fetcher option sends through a service binding", `
  const log = [];
  const es = new EventSource("http://other.example/via-binding", { fetcher: env.B });
  watch(es, ["open", "message", "error"], log);
  const r = await new Promise((resolve) => { es.addEventListener("message", () => resolve("message")); setTimeout(() => resolve("timeout"), 4000); });
  es.close();
  out.r = r; out.log = log;
`, `
  return new Response("data: via " + url.pathname + "\\n\\n", { headers: { "content-type": "text/event-stream; charset=utf-8" } });
`),
  pair("eventsource-reconnect", "the stream ends: error event, CONNECTING, reconnection after retry with Last-Event-ID", `
  const log = [];
  const es = new EventSource("http://sse.example/r", { fetcher: env.B });
  watch(es, ["open", "message", "error"], log);
  const r = await new Promise((resolve) => { es.addEventListener("message", (e) => { if (e.data === "second") resolve("second"); }); setTimeout(() => resolve("timeout"), 5000); });
  es.close();
  out.r = r; out.log = log;
  out.hits = await (await env.B.fetch("http://sse.example/hits")).json();
`, `
  globalThis.hits ??= [];
  if (url.pathname === "/hits") return Response.json(globalThis.hits);
  globalThis.hits.push(req.headers.get("last-event-id"));
  if (globalThis.hits.length === 1) return new Response("retry: 10\\nid: abc\\ndata: first\\n\\n", { headers: { "content-type": "text/event-stream" } });
  return new Response("data: second\\n\\n", { headers: { "content-type": "text/event-stream" } });
`),
  pair("eventsource-bad-responses", "a non-2xx status, a wrong or missing content type, a fetch failure: error event and CLOSED", `
  for (const path of ["/404", "/500", "/text", "/none", "/param", "/bad-mime", "/redirect"]) {
    const log = [];
    const es = new EventSource("http://sse.example" + path, { fetcher: env.B });
    watch(es, ["open", "message", "error"], log);
    const ended = await Promise.race([closed(es, 3000), new Promise((resolve) => es.addEventListener("message", () => { es.close(); resolve("message"); }))]);
    out[path] = { ended, log, url: es.url };
  }
`, `
  const sse = (ct) => new Response("data: ok " + url.pathname + "\\n\\n", { headers: ct ? { "content-type": ct } : {} });
  if (url.pathname === "/404") return new Response("nope", { status: 404, headers: { "content-type": "text/event-stream" } });
  if (url.pathname === "/500") return new Response("err", { status: 500 });
  if (url.pathname === "/text") return sse("text/plain");
  if (url.pathname === "/none") { const r = new Response(new TextEncoder().encode("data: x\\n\\n")); return r; }
  if (url.pathname === "/param") return sse("Text/Event-Stream ; charset=utf-8");
  if (url.pathname === "/bad-mime") return sse("event-stream");
  if (url.pathname === "/redirect") return new Response(null, { status: 302, headers: { location: "http://sse.example/target" } });
  if (url.pathname === "/target") return sse("text/event-stream");
  return new Response("?", { status: 400 });
`),
  pair("eventsource-no-body", "a 200 whose body (null in worker b) arrives empty through the binding: each end is a disconnection, reconnection after the default delay", `
  const log = [];
  const es = new EventSource("http://sse.example/empty", { fetcher: env.B });
  watch(es, ["open", "message", "error"], log);
  let errors = 0;
  out.ended = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve("timeout"), 5000);
    es.addEventListener("error", () => { if (++errors === 2) { clearTimeout(timer); es.close(); resolve("second error"); } });
  });
  out.rs = es.readyState;
  out.log = log;
  out.hits = await (await env.B.fetch("http://sse.example/hits")).json();
`, `
  globalThis.hits ??= 0;
  if (url.pathname === "/hits") return Response.json(globalThis.hits);
  globalThis.hits++;
  return new Response(null, { headers: { "content-type": "text/event-stream" } });
`),
  pair("eventsource-close-while-connecting", "close() before the response arrives: no events at all", `
  const log = [];
  const es = new EventSource("http://sse.example/slow", { fetcher: env.B });
  watch(es, ["open", "message", "error"], log);
  es.close();
  out.rs = es.readyState;
  await new Promise((r) => setTimeout(r, 300));
  out.log = log;
  out.rsAfter = es.readyState;
`, `
  await new Promise((r) => setTimeout(r, 100));
  return new Response("data: late\\n\\n", { headers: { "content-type": "text/event-stream" } });
`),
];
