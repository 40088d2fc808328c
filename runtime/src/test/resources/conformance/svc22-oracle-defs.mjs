// Re-record: copy this file and oracle/defs/_h.mjs into a folder D, then in the oracle: DEFS_DIR=D RECORD_OUT=<out> node record.mjs svc22
// The twenty-second session's probes: a service binding's response body that fails part-way (the caller's read rejects with the callee's error; an older thrower's error in the mixed form when the stream had failed before the response was read), failing request bodies, streams over RPC that fail, controller.error() without an argument.
import { get, modWorker } from "./_h.mjs";
const part1 = (() => {
const LEGACY = "2025-01-01";
const ENH = "2026-04-21";
const dated = (name, script, date, extra = {}) => ({ name, modules: true, compatibilityDate: date, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const DESCR = `const desc = (e) => { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return { name: e.name, ctor: e.constructor?.name, message: e.message, keys: Object.keys(e), isError: e instanceof Error, cause: !("cause" in e) ? "none" : String(e.cause), code: e.code, remote: e.remote, first: typeof e.stack === "string" ? e.stack.split("\\n")[0] : typeof e.stack, json: (() => { try { return JSON.stringify(e, (k, v) => k === "stack" ? undefined : v); } catch (x) { return String(x); } })() }; };
const d = async (f) => { try { const x = await f(); return "ok:" + JSON.stringify(x); } catch (e) { return desc(e); } };
const chunks = async (res) => { const out = [res.status]; const r = res.body.getReader(); try { for (;;) { const { done, value } = await r.read(); if (done) { out.push("done"); break; } out.push(new TextDecoder().decode(value)); } } catch (e) { out.push(desc(e)); } return out; };`;

const BODY_KINDS = {
  customName: `(() => { const e = new Error("mine"); e.name = "MyErr"; e.code = 1; return e; })()`,
  cause: `new Error("with cause", { cause: "why" })`,
  object: `({ a: 1 })`,
  type: `new TypeError("t")`,
  range: `new RangeError("r")`,
  string: `"str"`,
  undef: `undefined`,
  dom: `new DOMException("dm", "AbortError")`,
};
const callee = `import { WorkerEntrypoint, DurableObject } from "cloudflare:workers";
const KINDS = { ${Object.entries(BODY_KINDS).map(([k, v]) => `${JSON.stringify(k)}: () => ${v}`).join(", ")} };
const failing = (k) => new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("x")); }, pull(c) { c.error(KINDS[k]()); } });
const throwing = (k) => new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("y")); }, pull(c) { throw KINDS[k](); } });
const immediate = (k) => new ReadableStream({ start(c) { c.error(KINDS[k]()); } });
const handle = (req) => { const u = new URL(req.url); const [mode, k] = u.pathname.slice(1).split("/");
  const s = mode === "throw" ? throwing(k) : mode === "imm" ? immediate(k) : failing(k);
  return new Response(s, { headers: { "x-h": "1" } }); };
export class Named extends WorkerEntrypoint { fetch(req) { return handle(req); } }
export class Obj extends DurableObject { fetch(req) { return handle(req); } }
export default { fetch(req) { return handle(req); } };`;
const caller = `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const k of ${JSON.stringify(Object.keys(BODY_KINDS))}) {
    out["text_" + k] = await d(async () => (await env.B.fetch("http://x/err/" + k)).text());
    out["chunks_" + k] = await chunks(await env.B.fetch("http://x/err/" + k));
    out["do_" + k] = await chunks(await env.OBJ.get(env.OBJ.idFromName("x")).fetch("http://x/err/" + k));
  }
  for (const k of ["customName", "type", "undef"]) {
    out["named_" + k] = await d(async () => (await env.N.fetch("http://x/err/" + k)).text());
    out["throw_" + k] = await chunks(await env.B.fetch("http://x/throw/" + k));
    out["imm_" + k] = await chunks(await env.B.fetch("http://x/imm/" + k));
    out["ab_" + k] = await d(async () => (await env.B.fetch("http://x/err/" + k)).arrayBuffer());
  }
  const r = await env.B.fetch("http://x/err/type");
  out.head = [r.status, r.headers.get("x-h"), r.bodyUsed];
  return Response.json(out); } };`;
const sb = (name, description, aDate, bDate) => multi(name, "service-bindings", description, [
  dated("a", caller, aDate, { serviceBindings: { B: "b", N: { name: "b", entrypoint: "Named" } }, durableObjects: { OBJ: { className: "Obj", scriptName: "b" } } }),
  dated("b", callee, bDate, { durableObjects: { OBJ: "Obj" } })]);

const passCaller = `export default { async fetch(req, env) { const u = new URL(req.url); return env.B.fetch("http://x" + u.pathname); } };`;
const pass = multi("svc22-sb-failing-body-passed-through", "service-bindings", "an entry worker returns a callee's response whose body fails part-way: what dispatchFetch's client gets", [
  dated("a", passCaller, LEGACY, { serviceBindings: { B: "b" } }), dated("b", callee, LEGACY, { durableObjects: { OBJ: "Obj" } })],
  [get("/err/type"), get("/throw/customName"), get("/imm/undef")]);

return [
  sb("svc22-sb-failing-body-legacy", "a service binding's response body that fails part-way (controller.error, a throwing pull, an error at start), both workers on 2025-01-01: the caller's read rejects with the callee's error", LEGACY, LEGACY),
  sb("svc22-sb-failing-body-enhanced", "the same, both workers on 2026-04-21 (enhanced_error_serialization)", ENH, ENH),
  sb("svc22-sb-failing-body-mixed", "the same from a 2025-01-01 callee to a 2026-04-21 caller", ENH, LEGACY),
  pass,
];
})();

const part2 = (() => {
const LEGACY = "2025-01-01";
const ENH = "2026-04-21";
const dated = (name, script, date, extra = {}) => ({ name, modules: true, compatibilityDate: date, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const DESCR = `const desc = (e) => { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return { name: e.name, ctor: e.constructor?.name, message: e.message, keys: Object.keys(e), cause: !("cause" in e) ? "none" : String(e.cause), remote: e.remote, first: typeof e.stack === "string" ? e.stack.split("\\n")[0] : typeof e.stack }; };
const chunks = async (res) => { const out = [res.status]; const r = res.body.getReader(); try { for (;;) { const { done, value } = await r.read(); if (done) { out.push("done"); break; } out.push(new TextDecoder().decode(value)); } } catch (e) { out.push(desc(e)); } return out; };`;
const KINDS = {
  customName: `(() => { const e = new Error("mine"); e.name = "MyErr"; e.code = 1; return e; })()`,
  cause: `new Error("with cause", { cause: "why" })`,
  object: `({ a: 1 })`,
};
const callee = `import { WorkerEntrypoint, DurableObject } from "cloudflare:workers";
const KINDS = { ${Object.entries(KINDS).map(([k, v]) => `${JSON.stringify(k)}: () => ${v}`).join(", ")} };
const enc = new TextEncoder();
const MODES = {
  imm: (k) => new ReadableStream({ start(c) { c.error(KINDS[k]()); } }),
  firstpull: (k) => new ReadableStream({ pull(c) { c.error(KINDS[k]()); } }),
  asyncfirst: (k) => new ReadableStream({ async pull(c) { await scheduler.wait(1); c.error(KINDS[k]()); } }),
  emptychunk: (k) => new ReadableStream({ start(c) { c.enqueue(new Uint8Array(0)); }, pull(c) { c.error(KINDS[k]()); } }),
  startchunk: (k) => new ReadableStream({ start(c) { c.enqueue(enc.encode("s")); c.error(KINDS[k]()); } }),
  later: (k) => new ReadableStream({ start(c) { c.enqueue(enc.encode("x")); }, async pull(c) { await scheduler.wait(1); c.error(KINDS[k]()); } }),
  transform: (k) => { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); w.write(enc.encode("t")).then(() => w.abort(KINDS[k]())); return readable; },
};
const handle = (req) => { const [mode, k] = new URL(req.url).pathname.slice(1).split("/"); return new Response(MODES[mode](k)); };
export class Obj extends DurableObject { fetch(req) { return handle(req); } }
export default { fetch(req) { return handle(req); } };`;
const caller = `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  for (const m of ["imm", "firstpull", "asyncfirst", "emptychunk", "startchunk", "later", "transform"]) for (const k of ${JSON.stringify(Object.keys(KINDS))}) {
    out["sb_" + m + "_" + k] = await chunks(await env.B.fetch("http://x/" + m + "/" + k));
    out["do_" + m + "_" + k] = await chunks(await env.OBJ.get(env.OBJ.idFromName("x")).fetch("http://x/" + m + "/" + k));
  }
  return Response.json(out); } };`;
const local = modWorker(`
  const out = {};
  const errOf = async (s) => { try { const r = await s.getReader().read(); return r.done ? "done" : "chunk"; } catch (e) { return [typeof e, e?.name, e?.message]; } };
  const tryErr = (c, ...a) => { try { c.error(...a); return "no throw"; } catch (e) { return [e.name, e.message]; } };
  let caught;
  out.rsNoArg = await errOf(new ReadableStream({ start(c) { caught = tryErr(c); c.close(); } }));
  out.rsNoArgCaught = caught;
  out.rsUndef = await errOf(new ReadableStream({ start(c) { caught = tryErr(c, undefined); } }));
  out.rsUndefCaught = caught;
  out.rsNoArgUncaught = await errOf(new ReadableStream({ start(c) { c.error(); } }));
  out.rsBytesNoArg = await errOf(new ReadableStream({ type: "bytes", start(c) { caught = tryErr(c); c.close(); } }));
  out.rsBytesNoArgCaught = caught;
  const ts = new TransformStream({ start(c) { caught = tryErr(c); c.terminate(); } });
  out.tsNoArg = await errOf(ts.readable);
  out.tsNoArgCaught = caught;
  const ws = new WritableStream({ start(c) { caught = tryErr(c); } });
  out.wsNoArgCaught = caught;
  out.rsNull = await errOf(new ReadableStream({ start(c) { caught = tryErr(c, null); } }));
  return Response.json(out);`);
return [
  multi("svc22-sb-failing-body-timing-mixed", "service-bindings", "a body failing before or after its first bytes (at start, first pull, after a wait, after an empty chunk, a TransformStream aborted), from a 2025-01-01 worker to a 2026-04-21 caller, through a service binding and a Durable Object's fetch()", [
    dated("a", caller, ENH, { serviceBindings: { B: "b" }, durableObjects: { OBJ: { className: "Obj", scriptName: "b" } } }),
    dated("b", callee, LEGACY, { durableObjects: { OBJ: "Obj" } })]),
  multi("svc22-sb-failing-body-timing-legacy", "service-bindings", "the same, both workers on 2025-01-01", [
    dated("a", caller, LEGACY, { serviceBindings: { B: "b" }, durableObjects: { OBJ: { className: "Obj", scriptName: "b" } } }),
    dated("b", callee, LEGACY, { durableObjects: { OBJ: "Obj" } })]),
  { name: "svc22-web-stream-controller-error-no-argument", area: "web-api", description: "controller.error() without an argument throws workerd's TypeError (the stream errors with it when start throws it); error(undefined) errors the stream with undefined", options: local, steps: [get("/")] },
];
})();

const part3 = (() => {
const LEGACY = "2025-01-01";
const ENH = "2026-04-21";
const dated = (name, script, date, extra = {}) => ({ name, modules: true, compatibilityDate: date, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const DESCR = `const desc = (e) => { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return { name: e.name, ctor: e.constructor?.name, message: e.message, keys: Object.keys(e), remote: e.remote }; };
const d = async (f) => { try { const x = await f(); return "ok:" + JSON.stringify(x); } catch (e) { return desc(e); } };`;
const callee = `export default { async fetch(req) {
  const u = new URL(req.url);
  let seen;
  try { seen = "text:" + await req.text(); } catch (e) { seen = ["err", e.constructor?.name, e.name, e.message, e.remote]; }
  return Response.json(seen);
} };`;
const caller = `export default { async fetch(req, env) { ${DESCR}
  const enc = new TextEncoder();
  const out = {};
  const mk = (mode) => ({
    later: () => new ReadableStream({ start(c) { c.enqueue(enc.encode("a")); }, async pull(c) { await scheduler.wait(1); c.error(new TypeError("req broke")); } }),
    imm: () => new ReadableStream({ start(c) { c.error(new RangeError("at once")); } }),
    custom: () => new ReadableStream({ start(c) { c.enqueue(enc.encode("a")); }, pull(c) { const e = new Error("cm"); e.name = "MyErr"; c.error(e); } }),
    strings: () => new ReadableStream({ start(c) { c.enqueue("not bytes"); c.close(); } }),
  })[mode]();
  for (const m of ["later", "imm", "custom", "strings"]) {
    out[m] = await d(async () => (await env.B.fetch("http://x/", { method: "POST", body: mk(m) })).json());
  }
  return Response.json(out); } };`;
return [
  multi("svc22-sb-failing-request-body", "service-bindings", "a request body stream that fails (after a chunk, at once, a custom error, string chunks) sent through a service binding: what the callee reads and what the caller's fetch() gives", [
    dated("a", caller, LEGACY, { serviceBindings: { B: "b" } }), dated("b", callee, LEGACY)]),
];
})();

const part4 = (() => {
const LEGACY = "2025-01-01";
const dated = (name, script, date, extra = {}) => ({ name, modules: true, compatibilityDate: date, ...extra, script });
const multi = (name, area, description, workers, steps = [get("/")]) => ({ name, area, description, options: { workers }, steps });
const DESCR = `const desc = (e) => { if (!(e instanceof Object)) return ["thrown", typeof e, String(e)]; return { name: e.name, ctor: e.constructor?.name, message: e.message, keys: Object.keys(e), remote: e.remote }; };
const chunks = async (res) => { const out = [res.status]; const r = res.body.getReader(); try { for (;;) { const { done, value } = await r.read(); if (done) { out.push("done"); break; } out.push(new TextDecoder().decode(value)); } } catch (e) { out.push(desc(e)); } return out; };`;
const callee = `export default { fetch(req) { const k = new URL(req.url).pathname.slice(1);
  const enc = new TextEncoder();
  if (k === "later") return new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode("x")); }, async pull(c) { await scheduler.wait(1); c.error(new TypeError("out broke")); } }));
  return new Response(new ReadableStream({ start(c) { c.error(new RangeError("at once")); } }));
} };`;
const caller = `export default { async fetch(req, env) { ${DESCR}
  const out = {};
  out.later = await chunks(await fetch("http://example.com/later"));
  out.imm = await chunks(await fetch("http://example.com/imm"));
  return Response.json(out); } };`;
return [
  multi("svc22-sb-failing-body-outbound-service", "service-bindings", "a worker's global fetch() sent to another worker (outboundService) whose response body fails: the read rejects with the other worker's error", [
    dated("a", caller, LEGACY, { outboundService: "b" }), dated("b", callee, LEGACY)]),
];
})();
export default [...part1, ...part2, ...part3, ...part4];
