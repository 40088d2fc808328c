import { CD } from "./_h.mjs";
const g = (p) => ({ request: { url: "http://localhost" + p, method: "GET" } });
export default [
  {
    name: "errors-thrown-outside-the-handler-chain",
    area: "errors",
    description: "errors thrown where the handler does not await them: in a queued microtask, in a timer callback, in an EventTarget listener, in a promise reaction nobody awaits, in a stream's cancel; the handler's own response stands",
    options: { modules: true, compatibilityDate: CD, script: `
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/microtask") { queueMicrotask(() => { throw new Error("micro"); }); await scheduler.wait(5); return new Response("after microtask"); }
  if (p === "/timer") { setTimeout(() => { throw new Error("timer"); }, 1); await scheduler.wait(10); return new Response("after timer"); }
  if (p === "/listener") { const t = new EventTarget(); t.addEventListener("x", () => { throw new Error("listener"); }); const r = t.dispatchEvent(new Event("x")); return new Response("after listener " + r); }
  if (p === "/reaction") { Promise.resolve().then(() => { throw new Error("reaction"); }); await scheduler.wait(5); return new Response("after reaction"); }
  if (p === "/cancel") { const s = new ReadableStream({ cancel() { throw new Error("cancel"); } }); await s.cancel().catch(() => {}); return new Response("after cancel"); }
  if (p === "/reportError") { reportError(new Error("reported")); return new Response("after reportError"); }
  return new Response("?");
} };` },
    steps: ["/microtask", "/timer", "/listener", "/reaction", "/cancel", "/reportError"].map(g),
  },
];
