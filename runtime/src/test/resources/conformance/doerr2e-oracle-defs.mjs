// Re-record: copy oracle/defs/_h.mjs and this file (as doerr2e.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs doerr2- (D holding only _h.mjs and this file), then python3 httperr-post-record.py out
import { CD, PRELUDE, get, req } from "./_h.mjs";
const SCRIPT = `
const events = [];
addEventListener("unhandledrejection", (e) => { events.push(["unhandled", e.reason?.message ?? String(e.reason), typeof e.promise, e.cancelable, e.type]); });
addEventListener("rejectionhandled", (e) => { events.push(["handled", e.reason?.message ?? String(e.reason)]); });
addEventListener("error", (e) => { events.push(["error", e.message, e.error?.message ?? null]); });
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname.slice(1);
  if (p === "events") { const out = events.slice(); events.length = 0; return Response.json(out); }
  if (p === "rejectUnhandled") { Promise.reject(new Error("nobody catches")); return new Response("after reject"); }
  if (p === "rejectLater") { const pr = Promise.reject(new Error("caught later")); await new Promise((r) => setTimeout(r, 5)); pr.catch(() => {}); return new Response("late catch"); }
  if (p === "microtaskThrow") { queueMicrotask(() => { throw new Error("micro boom"); }); await null; await null; return new Response("after microtask"); }
  if (p === "timeoutThrow") { setTimeout(() => { throw new Error("timer boom"); }, 0); await new Promise((r) => setTimeout(r, 10)); return new Response("after timer"); }
  if (p === "reportError") { const r = typeof reportError === "function" ? (reportError(new Error("reported")), "called") : "missing"; return new Response(r); }
  if (p === "rejectNonError") { Promise.reject(42); return new Response("after non-error reject"); }
  if (p === "throwInThen") { Promise.resolve().then(() => { throw new TypeError("then boom"); }); await null; return new Response("after then"); }
  if (p === "asyncThrowAfter") { (async () => { await null; throw new RangeError("async fn boom"); })(); return new Response("after async"); }
  return new Response("?");
} };`;
const step = (p) => ({ request: { url: "http://localhost/" + p, method: "GET" } });
const seq = [];
for (const p of ["rejectUnhandled", "rejectLater", "microtaskThrow", "timeoutThrow", "reportError", "rejectNonError", "throwInThen", "asyncThrowAfter"]) { seq.push(step(p), step("events")); }
export default [
  { name: "doerr2-errors-unhandled-rejections-and-global-events", area: "errors",
    description: "unhandled rejections, late-handled rejections, throws in microtasks and timers, reportError: the response of the request and the unhandledrejection/rejectionhandled/error events a worker sees",
    options: { modules: true, compatibilityDate: CD, script: SCRIPT },
    steps: seq },
];
