// Accessors and methods of web-platform classes called on an object of another class: workerd's Illegal invocation.
import { CD, PRELUDE, get } from "./_h.mjs";
export default [
  {
    name: "nodereq-illegal-invocation", area: "web-api",
    description: "a getter or method of Response, Request, Headers, the Body mixin, events, AbortController/Signal, streams, WebSocket, HTMLRewriter and Crypto called on another object throws workerd's Illegal invocation TypeError (synchronously, also for async methods); subclasses and Body methods across Request/Response work",
    options: {
      modules: true, compatibilityDate: CD,
      script: `${PRELUDE}
const e = (f) => { try { const v = f(); return { ok: typeof v }; } catch (x) { return [x.name, x.constructor.name, x.message]; } };
const get = (C, p) => Object.getOwnPropertyDescriptor(C.prototype, p).get;
const body = Object.getPrototypeOf(Response.prototype);
export default { async fetch(req) {
  const out = {};
  out.response = [e(() => get(Response, "status").call({})), e(() => get(Response, "headers").call(new Request("http://x"))), e(() => get(Response, "ok").call(new Request("http://x"))),
    e(() => Response.prototype.clone.call(new Request("http://x"))), e(() => get(Response, "status").call(Response.prototype)), e(() => Response.prototype.status), e(() => get(Response, "url").call(1))];
  out.request = [e(() => get(Request, "url").call(new Response())), e(() => Request.prototype.clone.call(new Response())), e(() => get(Request, "method").call({})), e(() => get(Request, "signal").call({}))];
  out.body = [e(() => Response.prototype.text.call({})), await t(() => Request.prototype.json.call({})), e(() => Object.getOwnPropertyDescriptor(body, "bodyUsed").get.call({})),
    await t(async () => new TextDecoder().decode(await Response.prototype.arrayBuffer.call(new Request("http://x", { method: "POST", body: "abc" }))))];
  out.headers = [e(() => Headers.prototype.get.call({}, "a")), e(() => Headers.prototype.set.call({}, "a", "b")), e(() => Headers.prototype.entries.call({})),
    e(() => Headers.prototype.forEach.call({}, () => {})), e(() => Headers.prototype.getSetCookie.call(new Response())), e(() => Headers.prototype[Symbol.iterator].call([]))];
  out.events = [e(() => get(Event, "type").call({})), e(() => get(CustomEvent, "detail").call(new Event("x"))), e(() => EventTarget.prototype.addEventListener.call({}, "x", () => {})),
    e(() => get(AbortSignal, "aborted").call({})), e(() => get(AbortController, "signal").call({})), e(() => AbortController.prototype.abort.call(AbortSignal.abort()))];
  out.streams = [e(() => get(ReadableStream, "locked").call({})), e(() => ReadableStream.prototype.getReader.call({})), e(() => get(WritableStream, "locked").call({})),
    e(() => get(TransformStream, "readable").call({})), e(() => ReadableStreamDefaultReader.prototype.read.call({})), await t(() => ReadableStreamDefaultReader.prototype.read.call({}))];
  out.other = [e(() => WebSocket.prototype.send.call({}, "x")), e(() => HTMLRewriter.prototype.on.call({}, "a", {})), e(() => Crypto.prototype.getRandomValues.call({}, new Uint8Array(1)))];
  class MyResponse extends Response {}
  class MyTarget extends EventTarget {}
  out.subclasses = [get(Response, "status").call(new MyResponse("x", { status: 201 })), typeof EventTarget.prototype.addEventListener.call(new MyTarget(), "x", () => {})];
  out.names = [Response.prototype.clone.name, Object.prototype.toString.call(Response.prototype), String(Response.prototype)];
  return Response.json(out);
} };`,
    },
    steps: [get("/")],
  },
];
