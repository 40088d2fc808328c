// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qwf
// Queues, scheduled triggers and Workflows probes of the qwf session.
import { CD, PRELUDE, get } from "./_h.mjs";

const POLL = `
    if (url.pathname === "/poll") {
      const want = Number(url.searchParams.get("n"));
      let keys = [];
      for (let i = 0; i < 100; i++) { keys = (await env.KV.list({ prefix: "m:" })).keys.map((k) => k.name); if (keys.length >= want) break; await scheduler.wait(100); }
      await scheduler.wait(Number(url.searchParams.get("settle") ?? 300));
      keys = (await env.KV.list({ prefix: "m:" })).keys.map((k) => k.name);
      const got = {};
      for (const k of keys) got[k] = JSON.parse(await env.KV.get(k));
      return Response.json({ count: keys.length, got });
    }`;
const RECORD = `
let seq = 0;
const running = {};
async function record(env, key, obj) { await env.KV.put("m:" + key, JSON.stringify(obj)); }
const tag = (b) => Object.prototype.toString.call(b);
`;
const qWorker = (fetchBody, queueBody, extra = {}) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}${RECORD}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
${POLL}
    const out = {};
${fetchBody}
    return Response.json(out);
  },
  async queue(batch, env, ctx) {
${queueBody}
  }
};`,
  kvNamespaces: ["KV"], ...extra,
});
const qCase = (name, description, options, steps) => ({ name, area: "queues", description, options, steps });
const poll = (n, settle) => get(`/poll?n=${n}` + (settle !== undefined ? `&settle=${settle}` : ""));

const WF_HELPERS = `
async function until(inst, statuses, max = 200) {
  let s;
  for (let i = 0; i < max; i++) { s = await inst.status(); if (statuses.includes(s.status)) return s; await scheduler.wait(50); }
  return s;
}
const FINAL = ["complete", "errored", "terminated"];
const tt = async (f) => { try { const v = await f(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
const desc = (b) => {
  if (b === undefined) return { undef: true };
  if (b === null || typeof b !== "object") return typeof b === "number" && !Number.isFinite(b) ? { num: String(b) } : b;
  if (b instanceof ArrayBuffer) return { ArrayBuffer: [...new Uint8Array(b)] };
  if (ArrayBuffer.isView(b)) return { [b.constructor.name]: [...new Uint8Array(b.buffer, b.byteOffset, b.byteLength)] };
  if (b instanceof Date) return { Date: b.toISOString() };
  if (b instanceof Map) return { Map: [...b].map(([k, v]) => [desc(k), desc(v)]) };
  if (b instanceof Set) return { Set: [...b].map(desc) };
  if (b instanceof Error) return { Error: [b.constructor.name, b.name, b.message] };
  if (Array.isArray(b)) return b.map(desc);
  const o = { tag: Object.prototype.toString.call(b) };
  for (const k of Object.keys(b)) o[k] = desc(b[k]);
  return o;
};
`;
const wfWorker = (runBody, fetchBody, extra = {}) => ({
  modules: true, compatibilityDate: CD,
  script: `import { WorkflowEntrypoint } from "cloudflare:workers";
import { NonRetryableError } from "cloudflare:workflows";
${PRELUDE}${WF_HELPERS}
export class MyWorkflow extends WorkflowEntrypoint {
  async run(event, step) {
${runBody}
  }
}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    const out = {};
${fetchBody}
    return Response.json(out);
  }
};`,
  workflows: { WF: { name: "my-workflow", className: "MyWorkflow" } },
  ...extra,
});
const wCase = (name, description, options, steps = [get("/")]) => ({ name, area: "workflows", description, options, steps });

const READ = `
    if (url.pathname === "/read") {
      const keys = (await env.KV.list()).keys.map((k) => k.name); const got = {};
      for (const k of keys) got[k] = JSON.parse(await env.KV.get(k));
      return Response.json(got);
    }`;
const sWorker = (scheduledBody, { fetchBody = "    return new Response('fetch ' + url.pathname + url.search);", extra = {} } = {}) => ({
  modules: true, compatibilityDate: CD, kvNamespaces: ["KV"], unsafeTriggerHandlers: true,
  script: `${PRELUDE}
async function push(env, v) { const prev = JSON.parse(await env.KV.get("runs") ?? "[]"); prev.push(v); await env.KV.put("runs", JSON.stringify(prev)); }
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
${READ}
${fetchBody}
  },${scheduledBody === null ? "" : `
  async scheduled(controller, env, ctx) {
${scheduledBody}
  },`}
};`,
  ...extra,
});
const sCase = (name, description, options, steps) => ({ name, area: "scheduled", description, options, steps });
const trig = (q) => get("/cdn-cgi/handler/scheduled" + q);

export default [
  // ---------------------------------------------------------------- workflows
  wCase("qwf-workflows-parallel-and-nested-steps", "steps run in parallel with Promise.all, a step.do inside a step.do, parallel sleeps, a caught step error and the run going on",
    wfWorker(`
    const par = await Promise.all([step.do("p1", async () => 1), step.do("p2", async () => { await scheduler.wait(20); return 2; }), step.do("p3", async () => 3)]);
    let nested;
    try { nested = await step.do("outer", async () => { const inner = await step.do("inner", async () => "in"); return "outer+" + inner; }); } catch (e) { nested = { error: [e.name, e.message] }; }
    await Promise.all([step.sleep("s1", 50), step.sleep("s2", "100 milliseconds")]);
    let caught;
    try { await step.do("bad", { retries: { limit: 0, delay: 0 } }, async () => { throw new TypeError("tt"); }); } catch (e) { caught = [e.name, e.message, e.constructor.name, e instanceof Error]; }
    const after = await step.do("after", async () => "went on");
    return { par, nested, caught, after };`, `
    const inst = await env.WF.create({ id: "par" });
    const s = await until(inst, FINAL);
    out.status = s.status; out.output = s.output; out.error = s.error ?? null;
    out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;`)),

  wCase("qwf-workflows-backoff-timing", "step.do retry delays for constant, linear and exponential backoff (gaps in units of the delay), and a string delay",
    wfWorker(`
    const gaps = async (name, cfg) => {
      const times = [];
      try { await step.do(name, cfg, async () => { times.push(Date.now()); throw new Error("again " + times.length); }); } catch (e) { }
      return times.slice(1).map((x, i) => Math.round((x - times[i]) / 400));
    };
    const constant = await gaps("constant", { retries: { limit: 3, delay: 400, backoff: "constant" } });
    const linear = await gaps("linear", { retries: { limit: 3, delay: 400, backoff: "linear" } });
    const exponential = await gaps("exponential", { retries: { limit: 3, delay: 400, backoff: "exponential" } });
    const str = await gaps("string", { retries: { limit: 2, delay: "400 milliseconds", backoff: "constant" } });
    const nobackoff = await gaps("nobackoff", { retries: { limit: 2, delay: 400 } });
    return { constant, linear, exponential, str, nobackoff };`, `
    const inst = await env.WF.create({ id: "backoff" });
    const s = await until(inst, FINAL, 400);
    out.status = s.status; out.output = s.output; out.error = s.error ?? null;`)),

  wCase("qwf-workflows-event-payloads", "sendEvent payloads of many types as waitForEvent sees them; the event's keys; an unserializable payload",
    wfWorker(`
    const seen = [];
    for (let i = 0; i < 6; i++) {
      const ev = await step.waitForEvent("w" + i, { type: "go", timeout: "1 minute" });
      seen.push({ keys: Object.keys(ev).sort(), type: ev.type, ts: Object.prototype.toString.call(ev.timestamp), payload: desc(ev.payload), instanceId: ev.instanceId });
    }
    return seen;`, `
    const inst = await env.WF.create({ id: "payloads" });
    const payloads = [new Date(0), new Map([["a", 1]]), undefined, { n: [1, { x: null }] }, new Uint8Array([1, 2]).buffer, "str"];
    out.sends = [];
    for (const p of payloads) out.sends.push(await tt(() => inst.sendEvent({ type: "go", payload: p })));
    out.fn = await tt(() => inst.sendEvent({ type: "go", payload: () => 1 }));
    out.sym = await tt(() => inst.sendEvent({ type: "go", payload: Symbol("s") }));
    const s = await until(inst, FINAL);
    out.status = s.status; out.output = s.output; out.error = s.error ?? null;`)),

  wCase("qwf-workflows-terminate-and-restart-waiting", "terminate() an instance waiting for an event; events sent afterwards; restart() runs it again and a new event completes it",
    wfWorker(`
    const ev = await step.waitForEvent("wait", { type: "go", timeout: "1 hour" });
    return { got: ev.payload };`, `
    const inst = await env.WF.create({ id: "tw" });
    out.waiting = (await until(inst, ["waiting"])).status;
    out.terminate = await tt(() => inst.terminate());
    const st = await inst.status();
    out.afterTerminate = { status: st.status, output: st.output ?? null, error: st.error ?? null, keys: Object.keys(st).sort() };
    out.sendAfter = await tt(() => inst.sendEvent({ type: "go", payload: "late" }));
    out.statusAfterSend = (await inst.status()).status;
    out.restart = await tt(() => inst.restart());
    out.restarted = (await until(inst, ["waiting", "complete"])).status;
    out.sendNew = await tt(() => inst.sendEvent({ type: "go", payload: "fresh" }));
    const fin = await until(inst, FINAL);
    out.final = { status: fin.status, output: fin.output };`)),

  wCase("qwf-workflows-error-shapes", "status().error for a custom Error subclass, NonRetryableError thrown by run() itself or with a custom name in a step, a thrown plain object, a rethrown caught step error",
    wfWorker(`
    const kind = event.payload.kind;
    class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } }
    if (kind === "custom") throw new MyErr("custom message");
    if (kind === "nrRun") throw new NonRetryableError("from run");
    if (kind === "nrNamed") await step.do("s", async () => { throw new NonRetryableError("named one", "MyNamed"); });
    if (kind === "object") await step.do("s", { retries: { limit: 0, delay: 0 } }, async () => { throw { message: "plain object" }; });
    if (kind === "rethrow") { try { await step.do("s", { retries: { limit: 0, delay: 0 } }, async () => { throw new RangeError("inner"); }); } catch (e) { throw new Error("wrapped: " + e.message); } }
    if (kind === "nrCaught") { try { await step.do("s", async () => { throw new NonRetryableError("caught nr"); }); } catch (e) { return { caught: [e.name, e.message] }; } }
    if (kind === "stepCustom") await step.do("s", { retries: { limit: 1, delay: 0 } }, async () => { throw new MyErr("step custom"); });
    return "done";`, `
    for (const kind of ["custom", "nrRun", "nrNamed", "object", "rethrow", "nrCaught", "stepCustom"]) {
      const inst = await env.WF.create({ id: "e-" + kind, params: { kind } });
      const s = await until(inst, FINAL);
      out[kind] = { status: s.status, output: s.output ?? null, error: s.error ?? null, steps: s.__LOCAL_DEV_STEP_OUTPUTS };
    }`)),

  wCase("qwf-workflows-large-values", "step outputs, run outputs, params and event payloads of about one MiB and more",
    wfWorker(`
    const kind = event.payload.kind;
    if (kind === "stepBig") { const v = await step.do("big", { retries: { limit: 0, delay: 0 } }, async () => "x".repeat(1024 * 1024 + 10)); return v.length; }
    if (kind === "stepSmall") { const v = await step.do("ok", async () => "x".repeat(1000 * 1000)); return v.length; }
    if (kind === "runBig") return "y".repeat(1024 * 1024 + 10);
    return typeof event.payload.big === "string" ? event.payload.big.length : "no big";`, `
    for (const kind of ["stepBig", "stepSmall", "runBig"]) {
      const inst = await env.WF.create({ id: "l-" + kind, params: { kind } });
      const s = await until(inst, FINAL);
      out[kind] = { status: s.status, output: typeof s.output === "string" ? "string of " + s.output.length : s.output ?? null, error: s.error ?? null };
    }
    const r = await tt(async () => { const inst = await env.WF.create({ id: "l-params", params: { kind: "params", big: "z".repeat(1024 * 1024 + 10) } }); const s = await until(inst, FINAL); return { status: s.status, output: s.output ?? null, error: s.error ?? null }; });
    out.paramsBig = r;`)),

  // ---------------------------------------------------------------- queues
  qCase("qwf-queues-batch-delay-precedence", "sendBatch: a message's own delaySeconds (also 0) overrides the batch's delaySeconds; send's delay 0; arrival order",
    qWorker(`
    const t0 = Date.now();
    await env.KV.put("t0", String(t0));
    out.sent = await t(() => env.Q.sendBatch([{ body: "batchDelay" }, { body: "ownZero", delaySeconds: 0 }, { body: "ownTwo", delaySeconds: 2 }], { delaySeconds: 1 }));
    out.zero = await t(() => env.Q.send("sendZero", { delaySeconds: 0 }));`, `
    const t0 = Number(await env.KV.get("t0"));
    for (const m of batch.messages) { const g = Date.now() - t0; await record(env, m.body, { size: batch.messages.length, bucket: g < 900 ? "under 0.9s" : g < 1900 ? "0.9s to 1.9s" : "1.9s or more" }); }
    batch.ackAll();`,
      { queueProducers: { Q: "prec-q" }, queueConsumers: { "prec-q": { maxBatchSize: 10, maxBatchTimeout: 0.1 } } }),
    [get("/send"), poll(4)]),

  qCase("qwf-queues-handler-context", "the queue handler's ctx and this; env is the same object as fetch's env; the batch after the handler returned",
    qWorker(`
    env.marker = "set by fetch";
    out.sent = await t(() => env.Q.send("x"));`, `
    const r = {
      ctxKeys: Object.keys(ctx).sort(), ctxProto: Object.getOwnPropertyNames(Object.getPrototypeOf(ctx)).sort(), waitUntil: typeof ctx.waitUntil,
      pass: typeof ctx.passThroughOnException, props: ctx.props === undefined ? "undefined" : ctx.props, thisType: typeof this, thisHasQueue: typeof this?.queue,
      marker: env.marker ?? null, args: arguments.length,
    };
    await record(env, "ctx", r);
    batch.ackAll();`,
      { queueProducers: { Q: "ctx-q" }, queueConsumers: { "ctx-q": { maxBatchSize: 10, maxBatchTimeout: 0.1 } } }),
    [get("/send"), poll(1)]),

  qCase("qwf-queues-retried-join-new", "a retried message comes back in a later batch beside newly sent ones; attempts per message; maxBatchSize counts both",
    qWorker(`
    if (url.pathname === "/more") { out.sent = await t(() => env.Q.sendBatch([{ body: "n1" }, { body: "n2" }])); return Response.json(out); }
    out.sent = await t(() => env.Q.sendBatch([{ body: "r1" }, { body: "a1" }]));`, `
    const k = String(seq++);
    await record(env, "b" + k, batch.messages.map((m) => m.body + ":" + m.attempts));
    for (const m of batch.messages) { if (m.body === "r1" && m.attempts === 1) m.retry({ delaySeconds: 1 }); else m.ack(); }`,
      { queueProducers: { Q: "join-q" }, queueConsumers: { "join-q": { maxBatchSize: 2, maxBatchTimeout: 1 } } }),
    [get("/send"), poll(1, 0), get("/more"), poll(3)]),

  qCase("qwf-queues-retry-bounds-in-consumer", "message.retry and retryAll with delaySeconds at and over 43200 and fractional values: what throws",
    qWorker(`
    out.sent = await t(() => env.Q.sendBatch([{ body: "a" }, { body: "b" }, { body: "c" }]));`, `
    const [a, b, c] = batch.messages;
    const r = { attempts: batch.messages.map((m) => m.attempts) };
    if (a.attempts === 1) {
      r.max = await t(() => a.retry({ delaySeconds: 43200 }));
      r.over = await t(() => b.retry({ delaySeconds: 43201 }));
      r.frac = await t(() => c.retry({ delaySeconds: 0.5 }));
      r.allOver = await t(() => batch.retryAll({ delaySeconds: 43201 }));
      r.allInf = await t(() => batch.retryAll({ delaySeconds: Infinity }));
      r.allNaN = await t(() => batch.retryAll({ delaySeconds: NaN }));
      r.ackAfter = await t(() => { a.ack(); b.ack(); c.ack(); });
    }
    await record(env, "attempt-" + a.attempts, r);`,
      { queueProducers: { Q: "rb-q" }, queueConsumers: { "rb-q": { maxBatchSize: 10, maxBatchTimeout: 0.1, maxRetries: 1 } } }),
    // waits for both deliveries (it waited for one, and the 0.5 s redelivery raced the settle)
    [get("/send"), poll(2, 1500)]),

  // ---------------------------------------------------------------- scheduled
  sCase("qwf-scheduled-waits-for-waituntil", "the trigger answers after the handler's own awaits and its waitUntil work; a slow waitUntil that rejects",
    sWorker(`
    ctx.waitUntil((async () => { await scheduler.wait(300); await push(env, { from: "waitUntil", cron: controller.cron }); })());
    await scheduler.wait(100);
    await push(env, { from: "handler", cron: controller.cron });
    if (controller.cron === "reject") ctx.waitUntil((async () => { await scheduler.wait(200); throw new Error("late"); })());`),
    [trig("?cron=a"), get("/read"), trig("?cron=reject"), get("/read")]),

  sCase("qwf-scheduled-default-time-and-cron", "without time the scheduledTime is about now, an integer; without cron the cron is empty; trigger with fractional and negative time",
    sWorker(`
    await push(env, { cron: controller.cron, near: Math.abs(controller.scheduledTime - Date.now()) < 10000, int: Number.isInteger(controller.scheduledTime), type: typeof controller.scheduledTime,
      v: Math.abs(controller.scheduledTime - Date.now()) < 10000 ? "now" : controller.scheduledTime });`),
    [trig(""), trig("?time=1.9"), trig("?time=-1.5"), trig("?cron=%E2%82%AC+x&time=0x10"), get("/read")]),

  // ---------------------------------------------------------------- round 2
  wCase("qwf-workflows-step-timeout-retries", "a step that outlives its timeout is retried like a failure; the caught timeout error's class and message; a step finishing just inside its timeout",
    wfWorker(`
    let attempts = 0;
    let timedOut;
    try { await step.do("slow", { timeout: "200 milliseconds", retries: { limit: 1, delay: 0 } }, async (ctx) => { attempts++; await scheduler.wait(600); return "late"; }); }
    catch (e) { timedOut = [e.name, e.message, e.constructor.name]; }
    const fast = await step.do("fast", { timeout: 2000 }, async () => { await scheduler.wait(50); return "in time"; });
    return { attempts, timedOut, fast };`, `
    const inst = await env.WF.create({ id: "timeouts" });
    const s = await until(inst, FINAL);
    out.status = s.status; out.output = s.output; out.error = s.error ?? null; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;`)),

  wCase("qwf-workflows-event-race-and-parallel-waits", "an approval pattern: waitForEvent with a short timeout caught and followed by a default; two waits for different types in parallel",
    wfWorker(`
    let approval;
    try { approval = (await step.waitForEvent("approval", { type: "approve", timeout: "300 milliseconds" })).payload; }
    catch (e) { approval = { timedOut: [e.name, e.message, e.constructor.name] }; }
    const [a, b] = await Promise.all([step.waitForEvent("wa", { type: "ta" }), step.waitForEvent("wb", { type: "tb" })]);
    return { approval, a: a.payload, b: b.payload, types: [a.type, b.type] };`, `
    const inst = await env.WF.create({ id: "race" });
    await scheduler.wait(1200);
    out.sendB = await tt(() => inst.sendEvent({ type: "tb", payload: "bee" }));
    out.sendA = await tt(() => inst.sendEvent({ type: "ta", payload: "ay" }));
    const s = await until(inst, FINAL);
    out.status = s.status; out.output = s.output; out.error = s.error ?? null; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;`)),

  wCase("qwf-workflows-create-limits", "createBatch with 100 and 101 items; create ids of 64 and 65 characters and the empty id; create with unknown option keys",
    wfWorker(`
    return event.payload ?? null;`, `
    out.batch100 = await tt(async () => (await env.WF.createBatch(Array.from({ length: 100 }, (_, i) => ({ id: "b100-" + i })))).length);
    out.batch101 = await tt(async () => (await env.WF.createBatch(Array.from({ length: 101 }, (_, i) => ({ id: "b101-" + i })))).length);
    out.b101created = await tt(async () => (await env.WF.get("b101-0")).id);
    out.id64 = await tt(async () => (await env.WF.create({ id: "a".repeat(64) })).id.length);
    out.id65 = await tt(async () => (await env.WF.create({ id: "b".repeat(65) })).id.length);
    out.idEmpty = await tt(async () => { const i = await env.WF.create({ id: "" }); return typeof i.id === "string" && i.id.length; });
    out.extraKeys = await tt(async () => (await env.WF.create({ id: "extra", params: { p: 1 }, retention: { successRetention: "1 day" }, foo: 1 })).id);
    out.paramsUndef = await tt(async () => { const i = await env.WF.create({ id: "pu", params: undefined }); const s = await until(i, FINAL); return [s.status, s.output]; });
    out.paramsNull = await tt(async () => { const i = await env.WF.create({ id: "pn", params: null }); const s = await until(i, FINAL); return [s.status, s.output]; });
    out.paramsArr = await tt(async () => { const i = await env.WF.create({ id: "pa", params: [1, "2"] }); const s = await until(i, FINAL); return [s.status, s.output]; });
    out.paramsStr = await tt(async () => { const i = await env.WF.create({ id: "ps", params: "text" }); const s = await until(i, FINAL); return [s.status, s.output]; });`)),

  wCase("qwf-workflows-pause-terminate-restart-mixes", "pause then terminate; pause then restart; restart during a sleep runs from the start; status of each",
    wfWorker(`
    const n = await step.do("count", async () => Date.now() % 1 + 1);
    await step.sleep("nap", "2 seconds");
    return { n, done: event.payload.tag };`, `
    const a = await env.WF.create({ id: "pt", params: { tag: "a" } });
    await scheduler.wait(300);
    out.aPause = await tt(() => a.pause());
    out.aPaused = (await until(a, ["paused"])).status;
    out.aTerminate = await tt(() => a.terminate());
    out.aAfter = (await a.status()).status;
    out.aResume = await tt(() => a.resume());
    out.aAfterResume = (await a.status()).status;
    const b = await env.WF.create({ id: "pr", params: { tag: "b" } });
    await scheduler.wait(300);
    out.bPause = await tt(() => b.pause());
    out.bPaused = (await until(b, ["paused"])).status;
    out.bRestart = await tt(() => b.restart());
    out.bAfterRestart = (await until(b, ["running", "waiting"])).status;
    const bs = await until(b, FINAL);
    out.bFinal = { status: bs.status, output: bs.output, steps: bs.__LOCAL_DEV_STEP_OUTPUTS };`)),

  qCase("qwf-queues-default-batching", "default consumer settings: 25 messages arrive in batches of at most 10; a lone message waits for the batch timeout; a full batch goes at once",
    qWorker(`
    if (url.pathname === "/one") { await env.KV.put("t1", String(Date.now())); out.sent = await t(() => env.Q2.send("lone")); return Response.json(out); }
    if (url.pathname === "/full") { await env.KV.put("t2", String(Date.now())); out.sent = await t(() => env.Q3.sendBatch([1, 2, 3].map((body) => ({ body })))); return Response.json(out); }
    out.sent = await t(() => env.Q.sendBatch(Array.from({ length: 25 }, (_, i) => ({ body: i }))));`, `
    const k = String(seq++).padStart(2, "0");
    if (batch.queue === "def-q") await record(env, "a" + k, batch.messages.map((m) => m.body));
    else { const t0 = Number(await env.KV.get(batch.queue === "lone-q" ? "t1" : "t2")); const g = Date.now() - t0; await record(env, batch.queue, { size: batch.messages.length, bucket: g < 700 ? "under 0.7s" : "0.7s or more" }); }
    batch.ackAll();`,
      { queueProducers: { Q: "def-q", Q2: "lone-q", Q3: "full-q" }, queueConsumers: { "def-q": {}, "lone-q": { maxBatchTimeout: 1.5 }, "full-q": { maxBatchSize: 3, maxBatchTimeout: 5 } } }),
    [get("/send"), poll(3), get("/one"), get("/full"), poll(5)]),

  qCase("qwf-queues-dlq-chain", "a dead letter queue whose consumer also fails, with its own dead letter queue; attempts and queue names along the chain",
    qWorker(`
    out.sent = await t(() => env.Q.send({ v: 1 }));`, `
    for (const m of batch.messages) {
      await record(env, batch.queue + "-" + m.attempts, { queue: batch.queue, attempts: m.attempts, body: m.body });
      if (batch.queue === "last-q") m.ack(); else throw new Error("fail in " + batch.queue);
    }`,
      { queueProducers: { Q: "first-q" }, queueConsumers: { "first-q": { maxBatchTimeout: 0.1, maxRetries: 1, deadLetterQueue: "second-q" }, "second-q": { maxBatchTimeout: 0.1, maxRetries: 0, deadLetterQueue: "last-q" }, "last-q": { maxBatchTimeout: 0.1 } } }),
    [get("/send"), poll(4)]),

  qCase("qwf-queues-cross-worker-retries", "a consumer in another worker: text and v8 bodies, retryAll with a delay, attempts seen by the second delivery, results written to shared KV",
    { workers: [
      { name: "main", modules: true, compatibilityDate: CD, kvNamespaces: { KV: "shared" }, queueProducers: { Q: "xw-q" },
        script: `${PRELUDE}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
${POLL}
    const out = {};
    out.sent = await t(() => env.Q.sendBatch([{ body: "t", contentType: "text" }, { body: new Map([["k", new Date(5)]]), contentType: "v8" }]));
    return Response.json(out);
  }
};` },
      { name: "consumer", modules: true, compatibilityDate: CD, kvNamespaces: { KV: "shared" }, queueConsumers: { "xw-q": { maxBatchSize: 10, maxBatchTimeout: 0.1, maxRetries: 2 } },
        script: `export default {
  async fetch() { return new Response("c"); },
  async queue(batch, env, ctx) {
    const d = (b) => b instanceof Map ? { Map: [...b].map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]) } : b;
    await env.KV.put("m:" + batch.messages[0].attempts, JSON.stringify({ queue: batch.queue, bodies: batch.messages.map((m) => d(m.body)), attempts: batch.messages.map((m) => m.attempts) }));
    if (batch.messages[0].attempts === 1) batch.retryAll({ delaySeconds: 1 }); else batch.ackAll();
  }
};` },
    ] },
    [get("/send"), poll(2)]),

  sCase("qwf-scheduled-handler-values", "scheduled() returning a Response or a value, awaiting fetch of its own worker via a service binding, reading env; every outcome answered ok",
    sWorker(`
    if (controller.cron === "response") return new Response("ignored", { status: 500 });
    if (controller.cron === "value") return { some: "value" };
    if (controller.cron === "self") { const r = await env.SELF.fetch("http://x/hello?q=1"); await push(env, { cron: controller.cron, status: r.status, text: await r.text() }); return; }
    if (controller.cron === "rejectedWaitUntilCaught") { const p = Promise.reject(new Error("x")); p.catch(() => {}); ctx.waitUntil(p.catch(() => "handled")); }
    await push(env, { cron: controller.cron, v: env.V });`, { extra: { name: "sched", bindings: { V: "var" }, serviceBindings: { SELF: "sched" } } }),
    [trig("?cron=response"), trig("?cron=value"), trig("?cron=self"), trig("?cron=rejectedWaitUntilCaught"), get("/read")]),

  // ---------------------------------------------------------------- round 3
  qCase("qwf-queues-producer-delivery-delay", "a producer binding with deliveryDelay: plain sends wait, delaySeconds 0 and a batch delay override it; a second binding without delay",
    qWorker(`
    await env.KV.put("t0", String(Date.now()));
    out.plain = await t(() => env.Q.send("plain"));
    out.zero = await t(() => env.Q.send("zero", { delaySeconds: 0 }));
    out.batch = await t(() => env.Q.sendBatch([{ body: "batchEntry" }]));
    out.batchZero = await t(() => env.Q.sendBatch([{ body: "batchZero" }], { delaySeconds: 0 }));
    out.other = await t(() => env.Q0.send("other"));`, `
    const t0 = Number(await env.KV.get("t0"));
    for (const m of batch.messages) { const g = Date.now() - t0; await record(env, m.body, { bucket: g < 1400 ? "under 1.4s" : "1.4s or more" }); }
    batch.ackAll();`,
      { queueProducers: { Q: { queueName: "dd-q", deliveryDelay: 2 }, Q0: { queueName: "dd-q" } }, queueConsumers: { "dd-q": { maxBatchSize: 1, maxBatchTimeout: 0.1 } } }),
    [get("/send"), poll(5)]),

  wCase("qwf-workflows-two-bindings", "two bindings to one workflow share its instances; a second workflow keeps ids apart; getBindingName-free handle checks",
    wfWorker(`
    return { cls: "MyWorkflow", p: event.payload };`, `
    const a = await env.WF.create({ id: "shared", params: { via: "WF" } });
    out.getVia2 = await tt(async () => (await env.WF2.get("shared")).id);
    out.dupVia2 = await tt(() => env.WF2.create({ id: "shared" }));
    out.otherSameId = await tt(async () => (await env.OTHER.create({ id: "shared", params: { via: "OTHER" } })).id);
    const s1 = await until(a, FINAL);
    const s2 = await until(await env.OTHER.get("shared"), FINAL);
    out.outputs = [s1.output, s2.output];`,
      { workflows: { WF: { name: "my-workflow", className: "MyWorkflow" }, WF2: { name: "my-workflow", className: "MyWorkflow" }, OTHER: { name: "other-workflow", className: "MyWorkflow" } } })),

  wCase("qwf-workflows-sleep-until-future", "sleepUntil a Date and a number a little in the future waits about that long; sleep of 0; status right after create",
    wfWorker(`
    const t0 = Date.now();
    await step.sleepUntil("d", new Date(t0 + 400));
    const g1 = Date.now() - t0;
    await step.sleepUntil("n", Date.now() + 400);
    const g2 = Date.now() - t0;
    await step.sleep("zero", 0);
    return { g1: g1 >= 350 && g1 < 2000, g2: g2 >= 750 && g2 < 3000 };`, `
    const inst = await env.WF.create({ id: "su" });
    const first = await inst.status();
    out.first = { keys: Object.keys(first).sort(), known: ["queued", "running"].includes(first.status) };
    const s = await until(inst, FINAL);
    out.status = s.status; out.output = s.output; out.error = s.error ?? null; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;`)),

  wCase("qwf-workflows-run-uses-env", "run() reads this.env and event.payload, writes KV in a step; step callbacks see run()'s closure; the fetch handler reads what the run wrote",
    wfWorker(`
    await step.do("write", async () => { await this.env.KV.put("k", JSON.stringify({ from: event.instanceId, v: this.env.V })); return "written"; });
    const read = await step.do("read", async () => JSON.parse(await this.env.KV.get("k")));
    return { read, ctxKeys: Object.keys(this.ctx).sort(), hasWaitUntil: typeof this.ctx.waitUntil };`, `
    const inst = await env.WF.create({ id: "envrun" });
    const s = await until(inst, FINAL);
    out.status = s.status; out.output = s.output; out.error = s.error ?? null;
    out.kv = JSON.parse(await env.KV.get("k"));`,
      { kvNamespaces: ["KV"], bindings: { V: "var-value" } })),

  // ---------------------------------------------------------------- round 4: features together
  wCase("qwf-workflows-queue-roundtrip", "a workflow step sends a queue message with the instance id; the queue consumer answers with sendEvent; the run completes with the payload",
    { modules: true, compatibilityDate: CD, kvNamespaces: ["KV"],
      queueProducers: { Q: "wfq" }, queueConsumers: { wfq: { maxBatchSize: 5, maxBatchTimeout: 0.1 } },
      workflows: { WF: { name: "rt-workflow", className: "RoundTrip" } },
      script: `import { WorkflowEntrypoint } from "cloudflare:workers";
${PRELUDE}${WF_HELPERS}
export class RoundTrip extends WorkflowEntrypoint {
  async run(event, step) {
    await step.do("enqueue", async () => { await this.env.Q.send({ instanceId: event.instanceId, ask: event.payload.ask }); return "sent"; });
    const answer = await step.waitForEvent("answer", { type: "answer", timeout: "30 seconds" });
    return { answer: answer.payload, type: answer.type };
  }
}
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const inst = await env.WF.create({ id: "rt-1", params: { ask: "ping" } });
    const s = await until(inst, FINAL);
    out.status = s.status; out.output = s.output; out.error = s.error ?? null; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;
    out.consumerSaw = JSON.parse(await env.KV.get("saw"));
    return Response.json(out);
  },
  async queue(batch, env, ctx) {
    for (const m of batch.messages) {
      await env.KV.put("saw", JSON.stringify({ body: m.body, queue: batch.queue, attempts: m.attempts }));
      const inst = await env.WF.get(m.body.instanceId);
      await inst.sendEvent({ type: "answer", payload: m.body.ask + "-pong" });
      m.ack();
    }
  }
};` }),

  sCase("qwf-scheduled-starts-work", "a scheduled run sends a queue message and creates a workflow instance; both finish and write KV",
    { modules: true, compatibilityDate: CD, kvNamespaces: ["KV"], unsafeTriggerHandlers: true,
      queueProducers: { Q: "sq" }, queueConsumers: { sq: { maxBatchSize: 5, maxBatchTimeout: 0.1 } },
      workflows: { WF: { name: "s-workflow", className: "FromCron" } },
      script: `import { WorkflowEntrypoint } from "cloudflare:workers";
${PRELUDE}
export class FromCron extends WorkflowEntrypoint {
  async run(event, step) {
    const v = await step.do("w", async () => { await this.env.KV.put("wf", JSON.stringify(event.payload)); return 1; });
    return v;
  }
}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    for (let i = 0; i < 100; i++) { if (await env.KV.get("wf") && await env.KV.get("q")) break; await scheduler.wait(100); }
    return Response.json({ wf: JSON.parse(await env.KV.get("wf")), q: JSON.parse(await env.KV.get("q")) });
  },
  async scheduled(controller, env, ctx) {
    await env.Q.send({ cron: controller.cron, t: controller.scheduledTime });
    await env.WF.create({ id: "cron-" + controller.scheduledTime, params: { cron: controller.cron } });
  },
  async queue(batch, env, ctx) {
    await env.KV.put("q", JSON.stringify(batch.messages.map((m) => m.body)));
  }
};` },
    [trig("?cron=*%2F5+*+*+*+*&time=1000"), get("/read")]),

  qCase("qwf-queues-from-durable-object", "a Durable Object sends queue messages; the consumer calls the object back; the object's storage shows both",
    { modules: true, compatibilityDate: CD, kvNamespaces: ["KV"],
      queueProducers: { Q: "doq" }, queueConsumers: { doq: { maxBatchSize: 5, maxBatchTimeout: 0.1 } },
      durableObjects: { OBJ: "Counter" },
      script: `import { DurableObject } from "cloudflare:workers";
${PRELUDE}
export class Counter extends DurableObject {
  async enqueue(n) { for (let i = 0; i < n; i++) await this.env.Q.send({ i, from: "do" }); await this.ctx.storage.put("sent", n); return n; }
  async ackd(i) { const got = (await this.ctx.storage.get("got")) ?? []; got.push(i); await this.ctx.storage.put("got", got); return got.length; }
  async state() { return { sent: await this.ctx.storage.get("sent"), got: ((await this.ctx.storage.get("got")) ?? []).sort() }; }
}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    const stub = env.OBJ.get(env.OBJ.idFromName("c"));
    if (url.pathname === "/send") return Response.json({ sent: await stub.enqueue(3) });
    let s;
    for (let i = 0; i < 100; i++) { s = await stub.state(); if (s.got.length >= 3) break; await scheduler.wait(100); }
    return Response.json(s);
  },
  async queue(batch, env, ctx) {
    const stub = env.OBJ.get(env.OBJ.idFromName("c"));
    for (const m of batch.messages) { await stub.ackd(m.body.i); m.ack(); }
  }
};` },
    [get("/send"), get("/state")]),

  // ---------------------------------------------------------------- round 5
  qCase("qwf-queues-delayed-timestamp-and-metadata", "a delayed message's timestamp is its send time, not its delivery time; batch metadata values with messages still waiting",
    qWorker(`
    await env.KV.put("t0", String(Date.now()));
    out.sent = await t(() => env.Q.send("late", { delaySeconds: 1 }));
    out.batch = await t(() => env.Q.sendBatch([1, 2, 3, 4, 5].map((body) => ({ body }))));`, `
    const t0 = Number(await env.KV.get("t0"));
    const md = batch.metadata;
    const k = batch.messages.map((m) => m.body).join("+");
    await record(env, k, { tsNearSend: batch.messages.map((m) => Math.abs(m.timestamp.getTime() - t0) < 500), deliveredLate: Date.now() - t0 >= 900,
      metaKeys: Object.keys(md ?? {}), metricKeys: Object.keys(md?.metrics ?? {}).sort(), metricTypes: Object.values(md?.metrics ?? {}).map((v) => typeof v) });
    batch.ackAll();`,
      { queueProducers: { Q: "ts-q" }, queueConsumers: { "ts-q": { maxBatchSize: 5, maxBatchTimeout: 0.1 } } }),
    [get("/send"), poll(2)]),

  wCase("qwf-workflows-status-while-blocked", "status() while a step waits to be retried, while sleeping and while waiting for an event: status, error and outputs so far",
    wfWorker(`
    const kind = event.payload.kind;
    const first = await step.do("first", async () => "one");
    if (kind === "retry") await step.do("flaky", { retries: { limit: 1, delay: "3 seconds" } }, async () => { throw new Error("flaky failed"); });
    if (kind === "sleep") await step.sleep("nap", "3 seconds");
    if (kind === "event") await step.waitForEvent("ev", { type: "x", timeout: "3 seconds" });
    return first;`, `
    for (const kind of ["retry", "sleep", "event"]) {
      const inst = await env.WF.create({ id: "blk-" + kind, params: { kind } });
      await scheduler.wait(800);
      const s = await inst.status();
      out[kind] = { status: s.status, output: s.output ?? null, error: s.error ?? null, steps: s.__LOCAL_DEV_STEP_OUTPUTS };
    }
    for (const kind of ["retry", "sleep", "event"]) {
      const s = await until(await env.WF.get("blk-" + kind), FINAL);
      out[kind + "Final"] = { status: s.status, output: s.output ?? null, error: s.error ?? null, steps: s.__LOCAL_DEV_STEP_OUTPUTS };
    }`)),

  // ---------------------------------------------------------------- round 6
  qCase("qwf-queues-concurrent-batches", "a batch that fills up while a timed-out batch is still being delivered is delivered at once, beside it; one that fills up during a full batch's delivery waits for it",
    qWorker(`
    const q = url.searchParams.get("q");
    const n = Number(url.searchParams.get("n"));
    if (url.searchParams.has("wait")) await scheduler.wait(Number(url.searchParams.get("wait")));
    out.sent = await t(() => env[q].sendBatch(Array.from({ length: n }, (_, i) => ({ body: q + "-" + url.searchParams.get("tag") + i }))));`, `
    running[batch.queue] = (running[batch.queue] ?? 0) + 1;
    const during = running[batch.queue] - 1;
    await scheduler.wait(1500);
    running[batch.queue]--;
    await record(env, batch.messages[0].body, { bodies: batch.messages.map((m) => m.body), othersRunningAtStart: during });
    batch.ackAll();`,
      { queueProducers: { A: "timed-q", B: "full-q" }, queueConsumers: { "timed-q": { maxBatchSize: 2, maxBatchTimeout: 0.3 }, "full-q": { maxBatchSize: 2, maxBatchTimeout: 5 } } }),
    [get("/s?q=A&n=1&tag=x"), get("/s?q=A&n=2&tag=y&wait=800"), poll(2, 2000), get("/s?q=B&n=2&tag=x"), get("/s?q=B&n=2&tag=y&wait=800"), poll(4, 2000)]),

  // ---------------------------------------------------------------- round 7
  qCase("qwf-queues-arrivals-during-delivery", "a message that arrives while a batch with room is in delivery waits the batch timeout counted from the end of that delivery",
    qWorker(`
    if (url.searchParams.has("wait")) await scheduler.wait(Number(url.searchParams.get("wait")));
    out.sent = await t(() => env.Q.send(url.searchParams.get("b")));`, `
    const b = batch.messages.map((m) => m.body);
    if (b[0] === "first") { await scheduler.wait(1500); await env.KV.put("firstEnd", String(Date.now())); }
    else { const end = Number(await env.KV.get("firstEnd")); const g = Date.now() - end; await record(env, "gap", { bodies: b, afterFirstEnded: end > 0, gap: g < 350 ? "under 0.35s" : g < 2000 ? "0.35s to 2s" : "2s or more" }); }
    batch.ackAll();`,
      { queueProducers: { Q: "during-q" }, queueConsumers: { "during-q": { maxBatchSize: 10, maxBatchTimeout: 0.6 } } }),
    [get("/s?b=first"), get("/s?b=second&wait=900"), poll(1)]),

  wCase("qwf-workflows-same-name-parallel-and-dangling", "two steps of one name run in parallel; run() returns while a step it did not await still runs; outputs and counts",
    wfWorker(`
    const [a, b] = await Promise.all([step.do("same", async () => "first"), step.do("same", async () => "second")]);
    step.do("dangling", async () => { await scheduler.wait(300); return "late"; }).catch(() => {});
    return { a, b };`, `
    const inst = await env.WF.create({ id: "dang" });
    const s = await until(inst, FINAL);
    out.status = s.status; out.output = s.output; out.error = s.error ?? null; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;
    await scheduler.wait(800);
    const s2 = await inst.status();
    out.later = { status: s2.status, steps: s2.__LOCAL_DEV_STEP_OUTPUTS };`)),

  // ---------------------------------------------------------------- round 8
  wCase("qwf-workflows-dangling-after-error-or-terminate", "a step left running by a run that then throws still records its result; one left by a terminated run does not; a late failing step",
    wfWorker(`
    const kind = event.payload.kind;
    step.do("dangling", { retries: { limit: 0, delay: 0 } }, async () => { await scheduler.wait(400); if (kind === "lateFail") throw new Error("late boom"); return "late-" + kind; }).catch(() => {});
    await step.do("quick", async () => "quick");
    if (kind === "error" || kind === "lateFail") throw new Error("run failed");
    await step.sleep("long", "1 hour");
    return "never";`, `
    for (const kind of ["error", "lateFail", "terminate"]) {
      const inst = await env.WF.create({ id: "d-" + kind, params: { kind } });
      if (kind === "terminate") { await scheduler.wait(100); await inst.terminate(); }
      const s = await until(inst, FINAL);
      const first = { status: s.status, error: s.error ?? null, steps: s.__LOCAL_DEV_STEP_OUTPUTS };
      await scheduler.wait(900);
      const s2 = await inst.status();
      out[kind] = { first, later: { status: s2.status, error: s2.error ?? null, steps: s2.__LOCAL_DEV_STEP_OUTPUTS } };
    }`)),

  // ---------------------------------------------------------------- round 9: streamed step outputs
  wCase("qwf-workflows-stream-step-output", "a step returning a ReadableStream of bytes: what run() reads back, what status() lists; text and binary previews; a string-chunk stream and a locked stream fail the instance",
    wfWorker(`
    const kind = event.payload.kind;
    const bytes = (chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
    if (kind === "text") {
      const s = await step.do("text", async () => bytes([new TextEncoder().encode("hello "), new TextEncoder().encode("world")]));
      const info = { ctor: s?.constructor?.name, isStream: s instanceof ReadableStream };
      const text = await new Response(s).text();
      const again = await step.do("after", async () => "after");
      return { info, text, again };
    }
    if (kind === "binary") {
      const s = await step.do("bin", async () => bytes([new Uint8Array([0, 255, 1]), new Uint16Array([513]).buffer]));
      return [...new Uint8Array(await new Response(s).arrayBuffer())];
    }
    if (kind === "response") {
      const s = await step.do("resp", async () => new Response("from a response body").body);
      return await new Response(s).text();
    }
    if (kind === "strings") { await step.do("str", async () => new ReadableStream({ start(c) { c.enqueue("a string"); c.close(); } })); return "no"; }
    if (kind === "locked") { await step.do("locked", async () => { const s = bytes([new Uint8Array([1])]); s.getReader(); return s; }); return "no"; }
    if (kind === "empty") { const s = await step.do("empty", async () => bytes([])); return (await new Response(s).arrayBuffer()).byteLength; }
    return "?";`, `
    for (const kind of ["text", "binary", "response", "strings", "locked", "empty"]) {
      const inst = await env.WF.create({ id: "st-" + kind, params: { kind } });
      const s = await until(inst, FINAL);
      out[kind] = { status: s.status, output: s.output ?? null, error: s.error ?? null, steps: s.__LOCAL_DEV_STEP_OUTPUTS };
    }`)),

  // ---------------------------------------------------------------- round 10
  wCase("qwf-workflows-step-web-values", "step.do returning web objects (Response, Request, Headers, URL, Blob), a class instance, an Error, a Symbol, a WeakMap: which the engine keeps and what run() gets",
    wfWorker(`
    const kind = event.payload.kind;
    class Point { constructor() { this.x = 1; } }
    const make = {
      response: () => new Response("r"), request: () => new Request("http://x/"), headers: () => new Headers({ a: "1" }), url: () => new URL("http://x/p"),
      blob: () => new Blob(["b"]), instance: () => new Point(), error: () => new RangeError("returned, not thrown"), nestedError: () => ({ e: new TypeError("inner") }),
      symbol: () => Symbol("s"), weakmap: () => new WeakMap(),
    }[kind];
    const v = await step.do("v", async () => make());
    return desc(v);`, `
    // all instances at once, each watched for the same time as one after the other would be
    const kinds = ["response", "request", "headers", "url", "blob", "instance", "error", "nestedError", "symbol", "weakmap"];
    const insts = [];
    for (const kind of kinds) insts.push(await env.WF.create({ id: "wv-" + kind, params: { kind } }));
    const states = await Promise.all(insts.map((inst) => until(inst, FINAL)));
    kinds.forEach((kind, i) => {
      const s = states[i];
      out[kind] = { status: s.status, output: s.output ?? null, error: s.error ?? null, steps: s.__LOCAL_DEV_STEP_OUTPUTS };
    });`)),

  // ---------------------------------------------------------------- round 11
  wCase("qwf-workflows-params-and-payload-rpc", "create() params and sendEvent payloads that workerd's RPC cannot send (URL, Blob, class instance) or the engine cannot keep (Response with a body, a stream); Request, Headers and Errors",
    wfWorker(`
    if (event.payload?.wait) { const ev = await step.waitForEvent("w", { type: "t", timeout: "1 second" }); return desc(ev.payload); }
    return desc(event.payload);`, `
    class Point { constructor() { this.x = 1; } }
    const vals = { url: () => new URL("http://x/"), blob: () => new Blob(["b"]), instance: () => new Point(), request: () => new Request("http://x/"), headers: () => new Headers({ a: "1" }),
      response: () => new Response("body"), emptyResponse: () => new Response(null), stream: () => new ReadableStream(), error: () => new TypeError("te"), nullProto: () => Object.assign(Object.create(null), { a: 1 }) };
    for (const [k, make] of Object.entries(vals)) {
      const c = await tt(async () => { const i = await env.WF.create({ id: "c-" + k, params: make() }); const s = await until(i, FINAL, 20); return { status: s.status, output: s.output ?? null, error: s.error ?? null }; });
      const w = await env.WF.create({ id: "e-" + k, params: { wait: true } });
      const send = await tt(() => w.sendEvent({ type: "t", payload: make() }));
      const s = await until(w, FINAL, 40);
      out[k] = { create: c, send, afterSend: { status: s.status, output: s.output ?? null, error: s.error ?? null } };
    }`)),

  // ---------------------------------------------------------------- round 12
  qCase("qwf-queues-dead-letter-delivery-delay", "messages moved to a dead letter queue that a producer binding delays wait out that delivery delay too",
    qWorker(`
    await env.KV.put("t0", String(Date.now()));
    out.sent = await t(() => env.Q.send("doomed"));`, `
    const t0 = Number(await env.KV.get("t0"));
    for (const m of batch.messages) {
      if (batch.queue === "src2-q") { m.retry(); continue; }
      const g = Date.now() - t0;
      await record(env, batch.queue, { body: m.body, attempts: m.attempts, bucket: g < 1500 ? "under 1.5s" : "1.5s or more" });
      m.ack();
    }`,
      { queueProducers: { Q: { queueName: "src2-q" }, DL: { queueName: "dl2-q", deliveryDelay: 2 } }, queueConsumers: { "src2-q": { maxBatchTimeout: 0.1, maxRetries: 0, deadLetterQueue: "dl2-q" }, "dl2-q": { maxBatchTimeout: 0.1 } } }),
    [get("/send"), poll(1)]),
];
