// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi12e`.
import { PRELUDE, get, CD } from "./_h.mjs";
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
c("webapi12e-events-timers-globals", "Event and CustomEvent options and legacy members, composedPath, subclassed EventTarget; timers with strings, extra arguments, odd delays and ids; queueMicrotask and scheduler.wait arguments; performance members", async (P) => {
  await P("eventInit", () => { const e = new Event("x", { bubbles: 1, cancelable: "", composed: {} }); return [e.bubbles, e.cancelable, e.composed, e.isTrusted, e.eventPhase, e.defaultPrevented, e.returnValue, e.cancelBubble, typeof e.timeStamp]; });
  await P("eventNoType", () => new Event());
  await P("eventTypeObj", () => new Event({ toString() { return "t"; } }).type);
  await P("eventInitNull", () => new Event("x", null).bubbles);
  await P("eventInitBad", () => new Event("x", 5));
  await P("returnValueSet", () => { const e = new Event("x", { cancelable: true }); e.returnValue = false; return [e.defaultPrevented, e.returnValue]; });
  await P("cancelBubbleSet", () => { const e = new Event("x"); e.cancelBubble = true; const r1 = e.cancelBubble; e.cancelBubble = false; return [r1, e.cancelBubble]; });
  await P("composedPath", () => { const t = new EventTarget(); let inside; t.addEventListener("x", (e) => { inside = e.composedPath().length; }); const e = new Event("x"); t.dispatchEvent(e); return [inside, e.composedPath().length]; });
  await P("customDetail", () => [new CustomEvent("x").detail, new CustomEvent("x", { detail: { a: 1 } }).detail, new CustomEvent("x", { detail: undefined }).detail]);
  await P("customNoType", () => new CustomEvent());
  await P("initEvent", () => { const e = new Event("x"); return typeof e.initEvent; });
  await P("srcElement", () => { const t = new EventTarget(); let s; t.addEventListener("x", (e) => { s = [e.srcElement === t, e.target === t, e.currentTarget === t]; }); t.dispatchEvent(new Event("x")); return s; });
  await P("subclass", () => { class My extends EventTarget { constructor() { super(); this.n = 0; } } const m = new My(); m.addEventListener("x", () => m.n++); m.dispatchEvent(new Event("x")); return [m.n, m instanceof EventTarget, Object.prototype.toString.call(m)]; });
  await P("dispatchNotEvent", () => new EventTarget().dispatchEvent({ type: "x" }));
  await P("dispatchNone", () => new EventTarget().dispatchEvent());
  await P("addNoArgs", () => new EventTarget().addEventListener("x"));
  await P("addNull", () => new EventTarget().addEventListener("x", null));
  await P("timeoutString", () => { try { const id = setTimeout("1+1", 1); clearTimeout(id); return typeof id; } catch (e) { return [e.name, e.message]; } });
  await P("timeoutArgs", () => new Promise((r) => setTimeout((a, b) => r([a, b]), 1, "x", 2)));
  await P("timeoutNeg", () => new Promise((r) => setTimeout(() => r("ran"), -10)));
  await P("timeoutNaN", () => new Promise((r) => setTimeout(() => r("ran"), NaN)));
  await P("timeoutStrDelay", () => new Promise((r) => setTimeout(() => r("ran"), "5")));
  await P("timeoutNoFn", () => setTimeout());
  await P("timeoutObj", () => setTimeout({}));
  await P("idsDistinct", () => { const a = setTimeout(() => {}, 100); const b = setInterval(() => {}, 100); clearTimeout(a); clearInterval(b); return [typeof a, a !== b, b > a]; });
  await P("clearOther", () => new Promise((r) => { const i = setInterval(() => { clearTimeout(i); r("cleared by clearTimeout"); }, 1); }));
  await P("clearBogus", () => [clearTimeout(), clearTimeout(null), clearTimeout("x"), clearTimeout(99999), clearInterval({})]);
  await P("idValueOf", () => { const id = setTimeout(() => {}, 10); clearTimeout(id); return [typeof id, typeof id?.[Symbol.toPrimitive], Number.isInteger(+id)]; });
  await P("qmNoFn", () => queueMicrotask());
  await P("qmObj", () => queueMicrotask({}));
  await P("qmOrder", async () => { const log = []; setTimeout(() => log.push("timeout"), 0); queueMicrotask(() => log.push("micro")); Promise.resolve().then(() => log.push("promise")); await new Promise((r) => setTimeout(r, 5)); return log; });
  await P("waitNeg", async () => { await scheduler.wait(-1); return "ok"; });
  await P("waitStr", async () => { await scheduler.wait("1"); return "ok"; });
  await P("waitNone", () => scheduler.wait());
  await P("waitSignal", async () => { try { await scheduler.wait(1000, { signal: AbortSignal.abort("stop") }); return "ok"; } catch (e) { return e; } });
  await P("waitBadOpts", () => scheduler.wait(1, 5));
  await P("schedulerKeys", () => [typeof scheduler.wait, typeof scheduler.postTask, typeof scheduler.yield, Object.prototype.toString.call(scheduler)]);
  await P("perfKeys", () => [typeof performance.now(), performance.timeOrigin, typeof performance.mark, typeof performance.measure, typeof performance.getEntries, typeof performance.toJSON, Object.prototype.toString.call(performance)]);
  await P("perfJson", () => JSON.parse(JSON.stringify(performance)));
  await P("perfEventCounts", () => [typeof performance.eventCounts, typeof performance.clearMarks, typeof performance.timerify]);
}, [get("/")], "web-api", {}, 500),
];
