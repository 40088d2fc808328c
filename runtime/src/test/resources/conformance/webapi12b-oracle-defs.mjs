// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi12b`.
import { get, CD } from "./_h.mjs";
const frames = `const where = (s) => String(s).split("\\n").slice(1).map((l) => (l.match(/\\(?([^()\\s]+?):(\\d+):(\\d+)\\)?$/) ?? [l.trim()])[1] ?? l.trim());
async function t(fn) { try { const v = await fn(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: [e?.name, e?.message], frames: where(e?.stack) }; } }`;
export default [
{
  name: "webapi12b-stack-frames-through-web-apis", area: "web-api",
  description: "the frames of errors the runtime's web APIs throw or reject with: only the worker's own frames show (the runtime's code shows none), for constructors, methods, promise rejections, callbacks the runtime calls, Error.captureStackTrace",
  options: { modules: true, compatibilityDate: CD, script: `${frames}
function viaHeaders() { return new Headers({ "a b": "1" }); }
export default {
  async fetch() {
    const out = {};
    await null; // past the handler's synchronous part (there the engine's AsyncContext frame shows here: a known gap)
    out.headers = await t(viaHeaders);
    out.json = await t(() => new Response("{").json());
    out.subtle = await t(() => crypto.subtle.digest("SHA-7", new Uint8Array(1)));
    out.atob = await t(() => atob("*"));
    out.clone = await t(() => structuredClone(() => 1));
    out.textDecoder = await t(() => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([255])));
    out.streamCb = await t(() => new Response(new ReadableStream({ pull() { throw new RangeError("in pull"); } })).text());
    out.listener = await t(() => { const et = new EventTarget(); let st; et.addEventListener("x", () => { st = where(new Error("l").stack); }); et.dispatchEvent(new Event("x")); return st; });
    out.capture = await t(() => { function inner() { const o = {}; Error.captureStackTrace(o); return where(o.stack); } return inner(); });
    out.captureOpt = await t(() => { function inner() { const o = {}; Error.captureStackTrace(o, inner); return where(o.stack); } return inner(); });
    out.limit = Error.stackTraceLimit;
    out.prepare = typeof Error.prepareStackTrace;
    out.waitUntil = await t(() => { let st; const p = Promise.resolve().then(() => { st = where(new Error("w").stack); }); return p.then(() => st); });
    return Response.json(out);
  }
};` },
  steps: [get("/")],
},
];
