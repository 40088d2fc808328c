// More EventSource behaviour: handler order, object handlers, close inside a handler, event fields, fetch failures.
import { CD, PRELUDE, get, modWorker } from "./_h.mjs";

const ES = `
const errInfo = (e) => e === undefined ? "undefined" : (e === null ? null : { name: e?.name, ctor: e?.constructor?.name, message: e?.message });
function streamOf(...chunks) {
  const enc = new TextEncoder();
  return new ReadableStream({ start(c) { for (const ch of chunks) c.enqueue(typeof ch === "string" ? enc.encode(ch) : new Uint8Array(ch)); c.close(); } });
}
function ended(es, ms = 3000) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("timeout"), ms);
    es.addEventListener("error", () => { if (es.readyState === 2) { clearTimeout(timer); resolve("closed"); } });
  });
}
`;
const one = (name, description, body) => ({
  name, area: "eventsource", description,
  options: modWorker(`${ES}\n    const out = {};\n${body}\n    return Response.json(out);`),
  steps: [get("/")],
});

export default [
  one("eventsource-handler-order", "onmessage set after addEventListener, an object handler, listener options", `
    const log = [];
    const es = EventSource.from(streamOf("data: one\\n\\n", "event: x\\ndata: two\\n\\n"));
    es.addEventListener("message", () => log.push("listener"));
    es.onmessage = () => log.push("onmessage");
    es.addEventListener("message", () => log.push("once"), { once: true });
    es.onerror = { handleEvent() { log.push("object onerror"); } };
    es.addEventListener("x", function (e) { log.push(["x", e.target === es, e.currentTarget === es]); });
    out.ended = await ended(es);
    out.log = log;
  `),
  one("eventsource-close-in-handler", "close() inside a message handler with more messages in the same chunk", `
    const log = [];
    const es = EventSource.from(streamOf("data: a\\n\\ndata: b\\n\\ndata: c\\n\\n", "data: d\\n\\n"));
    es.onmessage = (e) => { log.push([e.data, es.readyState]); if (e.data === "a") es.close(); };
    es.onerror = (e) => log.push(["error", errInfo(e.error)]);
    await new Promise((r) => setTimeout(r, 100));
    out.log = log;
    out.rs = es.readyState;
  `),
  one("eventsource-event-fields", "the fields of the message and error events", `
    const got = {};
    const es = EventSource.from(streamOf("id: 5\\ndata: x\\n\\n"));
    es.onmessage = (e) => { got.message = { type: e.type, bubbles: e.bubbles, cancelable: e.cancelable, composed: e.composed, isTrusted: e.isTrusted, ports: Array.isArray(e.ports) ? e.ports.length : String(e.ports), source: e.source, origin: e.origin, lastEventId: e.lastEventId, data: e.data, isMessageEvent: e instanceof MessageEvent, has: ["data", "lastEventId", "origin", "ports", "source"].map((k) => k in e) }; };
    es.onerror = (e) => { got.error = { type: e.type, isErrorEvent: e instanceof ErrorEvent, message: e.message, filename: e.filename, lineno: e.lineno, colno: e.colno, cancelable: e.cancelable }; };
    await ended(es);
    out.got = got;
  `),
  one("eventsource-from-readystate-and-close-listeners", "readyState through from(), close() then listeners added, dispose", `
    const es = EventSource.from(streamOf("data: x\\n\\n"));
    out.rs0 = es.readyState;
    es.close();
    out.rs1 = es.readyState;
    const log = [];
    es.onmessage = () => log.push("message");
    es.onerror = () => log.push("error");
    await new Promise((r) => setTimeout(r, 50));
    out.log = log;
    const es2 = EventSource.from(streamOf("data: x\\n\\n"));
    es2[Symbol.dispose]();
    out.disposed = es2.readyState;
    out.illegal = await t(() => Object.getOwnPropertyDescriptor(EventSource.prototype, "readyState").get.call({}));
    out.illegalClose = await t(() => EventSource.prototype.close.call({}));
  `),
  {
    name: "eventsource-fetch-throws", area: "eventsource", description: "the service the fetcher reaches throws: error event with what fetch rejected with, CLOSED",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" },
        script: `${PRELUDE}${ES}
export default { async fetch(req, env, ctx) {
  const out = {};
  const es = new EventSource("http://sse.example/", { fetcher: env.B });
  const log = [];
  es.onopen = () => log.push("open");
  es.onerror = (e) => log.push(["error", errInfo(e.error), es.readyState]);
  out.ended = await ended(es);
  out.log = log;
  return Response.json(out);
} };` },
      { name: "b", modules: true, compatibilityDate: CD, script: `export default { async fetch() { throw new RangeError("upstream boom"); } };` },
    ] },
    steps: [get("/")],
  },
];
