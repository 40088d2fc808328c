// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs   (no filter: the file also holds the re-recorded qq- and qsw20- cases)
// The twenty-fifth session's qsw25 definitions: two queue cases re-recorded without their races
// (qq-throw-retries-then-dlq, qsw20-queues-order-across-senders-waituntil), and the workflow
// instance modifier reached from the worker (unsafeGetInstanceModifier).
import { CD, PRELUDE, get } from "./_h.mjs";
const gets = (paths) => paths.map((p) => get(p));
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const WAIT = `const wait = (ms) => new Promise((r) => setTimeout(r, ms));`;
const GOT = `if (url.pathname === "/got") { const n = Number(url.searchParams.get("n") ?? 1); for (let i = 0; i < 200 && got.length < n; i++) await wait(25); await wait(Number(url.searchParams.get("settle") ?? 100)); return Response.json(got.splice(0)); }`;

const cases = [];

// Was: poll until 5 records, then a 1.5 s settle, while each retry and the dead-lettering waited
// for the 1 s batch timeout (the last record came about 0.5 s before the settle ended). Now the
// batches are full (maxBatchSize 2) so each attempt is delivered at once, and the poll waits for
// all 8 records before a short settle that would see a ninth.
cases.push({
  name: "qq-throw-retries-then-dlq",
  area: "queues",
  description: "a consumer that throws: the whole batch (explicitly acked messages too) is retried up to maxRetries, then dead-lettered with attempts reset",
  options: mod(`
async function record(env, key, obj) { await env.KV.put("m:" + key, JSON.stringify(obj)); }
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/poll") {
      const want = Number(url.searchParams.get("n"));
      let keys = [];
      for (let i = 0; i < 100; i++) { keys = (await env.KV.list({ prefix: "m:" })).keys.map((k) => k.name); if (keys.length >= want) break; await scheduler.wait(50); }
      await scheduler.wait(Number(url.searchParams.get("settle") ?? 200));
      keys = (await env.KV.list({ prefix: "m:" })).keys.map((k) => k.name);
      const got = {};
      for (const k of keys) got[k] = JSON.parse(await env.KV.get(k));
      return Response.json({ count: keys.length, got });
    }
    const out = {};
    out.sent = await t(() => env.Q.sendBatch([{ body: "keep" }, { body: "acked" }]));
    return Response.json(out);
  },
  async queue(batch, env, ctx) {
    if (batch.queue === "dlq-q") { for (const m of batch.messages) await record(env, "dlq-" + m.body + "-" + m.attempts, { attempts: m.attempts, queue: batch.queue }); batch.ackAll(); return; }
    for (const m of batch.messages) { await record(env, m.body + "-" + m.attempts, { attempts: m.attempts, size: batch.messages.length }); if (m.body === "acked") m.ack(); }
    throw new Error("boom " + batch.messages[0].attempts);
  }
};`, { kvNamespaces: ["KV"], queueProducers: { Q: "main-q" },
    queueConsumers: { "main-q": { maxBatchSize: 2, maxBatchTimeout: 1, maxRetries: 2, retryDelay: 0, deadLetterQueue: "dlq-q" }, "dlq-q": { maxBatchSize: 2, maxBatchTimeout: 1 } } }),
  steps: gets(["/send", "/poll?n=8&settle=200"]),
});

// Was: the callee sent b1 10 ms into its waitUntil and the caller a2 50 ms after the callee's
// response, two timers in two workers whose order a loaded machine can swap; and the batch of 3
// had the default 1 s timeout, which a slow run could outlast. Now the caller asks the callee
// again and that answer waits for b1's send to settle, and the batch timeout is long (the batch
// is delivered when it is full).
cases.push({
  name: "qsw20-queues-order-across-senders-waituntil",
  area: "queues",
  description: "a message sent in the callee's waitUntil after a wait, and the caller's sent after that, arrive in send order",
  options: { workers: [
    mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    await env.Q.send("a1");
    const other = await (await env.OTHER.fetch("http://other/")).text();
    const sent = await (await env.OTHER.fetch("http://other/sent")).text();
    await env.Q.send("a2");
    return new Response(other + " " + sent);
  },
  async queue(batch) { got.push(batch.messages.map((m) => m.body)); },
};`, { name: "a", serviceBindings: { OTHER: "b" }, queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 3, maxBatchTimeout: 30 } } }),
    mod(`
let sent;
export default {
  async fetch(req, env, ctx) {
    if (new URL(req.url).pathname === "/sent") return new Response(await sent);
    sent = (async () => { await scheduler.wait(10); await env.Q.send("b1"); return "b1 sent"; })();
    ctx.waitUntil(sent);
    return new Response("b");
  },
};`, { name: "b", queueProducers: { Q: "q" } }),
  ] },
  steps: gets(["/", "/got?n=1"]),
});

const WF = `import { WorkflowEntrypoint } from "cloudflare:workers";
const desc = (v) => {
  if (v instanceof Error) return { isError: true, name: v.name, message: v.message };
  if (Array.isArray(v)) return v.map(desc);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, desc(x)]));
  return v === undefined ? "undefined" : v;
};
`;
const wf = (run, fetchBody) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + WF + `
export class MyWorkflow extends WorkflowEntrypoint {
  async run(event, step) {
${run}
  }
}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    const out = {};
${fetchBody}
    return Response.json(out);
  }
};`, workflows: { WF: { name: "my-workflow", className: "MyWorkflow" } } });

cases.push({
  name: "qsw25-workflows-modifier-from-worker",
  area: "workflows",
  description: "unsafeGetInstanceModifier called by the worker before create: all sleeps and retry delays off, a step result mocked (twice refused), a step error mocked once, a forced step and event timeout, a mocked event",
  options: wf(`    const a = await step.do("a", async () => "real");
    await step.sleep("s", "1 hour");
    const e = await step.waitForEvent("w", { type: "go", timeout: "1 hour" });
    let b; try { b = await step.do("b", { retries: { limit: 1, delay: "1 hour" } }, async () => "b-real"); } catch (err) { b = { caught: err.name + ": " + err.message }; }
    let c; try { c = await step.do("c", { retries: { limit: 0, delay: 0 } }, async () => "c-real"); } catch (err) { c = { caught: err.name + ": " + err.message }; }
    let w2; try { w2 = await step.waitForEvent("w2", { type: "never", timeout: "1 hour" }); } catch (err) { w2 = { caught: err.name + ": " + err.message }; }
    return { a, e: e.payload, eType: e.type, b, c, w2 };`,
    `    const m = await env.WF.unsafeGetInstanceModifier("i1");
    out.r = {};
    out.r.sleeps = desc(await t(() => m.disableSleeps()));
    out.r.delays = desc(await t(() => m.disableRetryDelays()));
    out.r.mock = desc(await t(() => m.mockStepResult({ name: "a" }, { mocked: [1, 2] })));
    out.r.mockAgain = desc(await t(() => m.mockStepResult({ name: "a" }, 2)));
    out.r.err = desc(await t(() => m.mockStepError({ name: "b" }, new TypeError("mocked"), 1)));
    out.r.errAfterResult = desc(await t(() => m.mockStepError({ name: "a" }, new Error("x"))));
    out.r.timeoutAfterResult = desc(await t(() => m.forceStepTimeout({ name: "a" })));
    out.r.timeout = desc(await t(() => m.forceStepTimeout({ name: "c" })));
    out.r.evTimeout = desc(await t(() => m.forceEventTimeout({ name: "w2" })));
    out.r.event = desc(await t(() => m.mockEvent({ type: "go", payload: { x: 1 } })));
    const inst = await env.WF.create({ id: "i1" });
    out.wait = desc(await t(() => env.WF.unsafeWaitForStatus("i1", "complete")));
    const s = await inst.status();
    out.status = s.status; out.output = s.output; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;`),
  steps: [get("/")],
});
cases.push({
  name: "qsw25-workflows-modifier-named-steps",
  area: "workflows",
  description: "a modifier naming steps by name and index: one sleep of two off, retry delays of one step off with two mocked failures, the second step of a name timed out, the third mocked, an event mocked while the run waits",
  options: wf(`    const seen = [];
    await step.sleep("s1", 50);
    await step.sleep("s2", "1 hour");
    const b = await step.do("b", { retries: { limit: 3, delay: "1 hour" } }, async (ctx) => { seen.push(ctx.attempt); return "b-" + ctx.attempt; });
    const c = [];
    for (let i = 0; i < 3; i++) { try { c.push(await step.do("c", { retries: { limit: 0, delay: 0 } }, async () => "c-real")); } catch (err) { c.push({ caught: err.name + ": " + err.message }); } }
    const e = await step.waitForEvent("w", { type: "late", timeout: "1 hour" });
    return { seen, b, c, e: e.payload };`,
    `    const m = await env.WF.unsafeGetInstanceModifier("i1");
    await m.disableSleeps([{ name: "s2" }]);
    await m.disableRetryDelays([{ name: "b", index: 1 }]);
    await m.mockStepError({ name: "b" }, { name: "MyError", message: "m1" }, 2);
    await m.forceStepTimeout({ name: "c", index: 2 });
    await m.mockStepResult({ name: "c", index: 3 }, "c-mocked");
    const inst = await env.WF.create({ id: "i1" });
    for (let i = 0; i < 100; i++) { const s = await inst.status(); if (s.__LOCAL_DEV_STEP_OUTPUTS.length >= 3) break; await scheduler.wait(20); }
    out.before = (await inst.status()).__LOCAL_DEV_STEP_OUTPUTS;
    await m.mockEvent({ type: "late", payload: [1, "two"] });
    out.wait = desc(await t(() => env.WF.unsafeWaitForStatus("i1", "complete")));
    const s = await inst.status();
    out.status = s.status; out.output = s.output; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;`),
  steps: [get("/")],
});

cases.push({
  name: "qsw25-workflows-modifier-mocked-values-and-errors",
  area: "workflows",
  description: "what a run sees of a mocked step result (Map, Date, nested undefined) and of mocked step errors (custom name, RangeError, plain object), and what status() lists",
  options: wf(`    const out = {};
    const m = await step.do("m", async () => "real");
    out.m = { isMap: m instanceof Map, entries: m instanceof Map ? [...m] : null };
    const d = await step.do("d", async () => "real");
    out.d = { isDate: d instanceof Date, iso: d instanceof Date ? d.toISOString() : null };
    out.u = desc(await step.do("u", async () => "real"));
    for (const n of ["e1", "e2", "e3"]) {
      try { out[n] = await step.do(n, { retries: { limit: 0, delay: 0 } }, async () => "real"); }
      catch (err) { out[n] = { ctor: err.constructor.name, name: err.name, message: err.message }; }
    }
    return out;`,
    `    const m = await env.WF.unsafeGetInstanceModifier("i1");
    await m.mockStepResult({ name: "m" }, new Map([["k", 1]]));
    await m.mockStepResult({ name: "d" }, new Date(86400000));
    await m.mockStepResult({ name: "u" }, { a: undefined, b: [undefined, 1] });
    await m.mockStepError({ name: "e1" }, { name: "MyError", message: "custom" });
    await m.mockStepError({ name: "e2" }, new RangeError("range"));
    await m.mockStepError({ name: "e3" }, new Error("plain"));
    const inst = await env.WF.create({ id: "i1" });
    out.wait = desc(await t(() => env.WF.unsafeWaitForStatus("i1", "complete")));
    const s = await inst.status();
    out.status = s.status; out.output = s.output; out.steps = desc(s.__LOCAL_DEV_STEP_OUTPUTS);`),
  steps: [get("/")],
});

export default cases;
