// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsw24
// The twenty-fourth session's qsw24 probes: unsafeWaitForStepResult of values holding errors,
// and queues/workflows edge values.
import { CD, PRELUDE, get } from "./_h.mjs";
const cases = [];
const WF = `import { WorkflowEntrypoint } from "cloudflare:workers";
import { NonRetryableError } from "cloudflare:workflows";
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const desc = (v) => {
  if (v instanceof Error) return { isError: true, ctor: v.constructor?.name, name: v.name, message: v.message, keys: Object.keys(v).sort(), remote: v.remote, cause: v.cause === undefined ? "undefined" : desc(v.cause) };
  if (Array.isArray(v)) return v.map(desc);
  if (v && typeof v === "object") return { proto: Object.getPrototypeOf(v)?.constructor?.name, entries: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, desc(x)])) };
  return v === undefined ? "undefined" : v;
};
async function until(inst, statuses, max = 100) {
  let s;
  for (let i = 0; i < max; i++) { s = await inst.status(); if (statuses.includes(s.status)) return s; await scheduler.wait(20); }
  return s;
}
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
  name: "qsw24-workflows-wait-step-result-error-live",
  area: "workflows",
  description: "unsafeWaitForStepResult waiting before the step ends: an Error inside the step's value arrives as an Error",
  options: wf(`    return await step.do("s", async () => { await wait(150); return { success: false, error: new Error("boom"), n: 1 }; });`,
    `    const inst = await env.WF.create({ id: "i1" });
    try { out.v = desc(await env.WF.unsafeWaitForStepResult(inst.id, "s")); } catch (e) { out.err = desc(e); }
    out.status = (await until(inst, ["complete", "errored"])).status;`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-wait-step-result-error-stored",
  area: "workflows",
  description: "unsafeWaitForStepResult after the step ended: the value is read from its stored JSON",
  options: wf(`    return await step.do("s", async () => ({ success: false, error: new TypeError("boom"), n: 1 }));`,
    `    const inst = await env.WF.create({ id: "i1" });
    out.status = (await until(inst, ["complete", "errored"])).status;
    try { out.v = desc(await env.WF.unsafeWaitForStepResult(inst.id, "s")); } catch (e) { out.err = desc(e); }`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-wait-step-result-top-error-live",
  area: "workflows",
  description: "unsafeWaitForStepResult waiting: a step whose value is an Error (with a cause)",
  options: wf(`    await step.do("s", async () => { await wait(150); return new RangeError("top", { cause: new Error("inner") }); });
    return "done";`,
    `    const inst = await env.WF.create({ id: "i1" });
    try { out.v = desc(await env.WF.unsafeWaitForStepResult(inst.id, "s")); } catch (e) { out.err = desc(e); }
    out.status = (await until(inst, ["complete", "errored"])).status;`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-wait-step-result-failed-live",
  area: "workflows",
  description: "unsafeWaitForStepResult waiting for a step that fails for good: how the rejection looks",
  options: wf(`    await step.do("s", async () => { await wait(150); throw new NonRetryableError("nope"); });`,
    `    const inst = await env.WF.create({ id: "i1" });
    try { out.v = desc(await env.WF.unsafeWaitForStepResult(inst.id, "s")); } catch (e) { out.err = desc(e); }
    out.status = (await until(inst, ["complete", "errored"])).status;`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-wait-step-result-failed-stored",
  area: "workflows",
  description: "unsafeWaitForStepResult after a step failed for good: how the rejection looks",
  options: wf(`    await step.do("s", async () => { throw new NonRetryableError("nope"); });`,
    `    const inst = await env.WF.create({ id: "i1" });
    out.status = (await until(inst, ["complete", "errored"])).status;
    try { out.v = desc(await env.WF.unsafeWaitForStepResult(inst.id, "s")); } catch (e) { out.err = desc(e); }`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-wait-step-result-shapes-live",
  area: "workflows",
  description: "unsafeWaitForStepResult waiting: Date, Map, undefined members and nested arrays of the step value",
  options: wf(`    return await step.do("s", async () => { await wait(150); return { d: new Date(5), m: new Map([["a", 1]]), u: undefined, a: [1, undefined, new Set([2])] }; });`,
    `    const inst = await env.WF.create({ id: "i1" });
    try { const v = await env.WF.unsafeWaitForStepResult(inst.id, "s"); out.v = desc(v); out.d = v.d instanceof Date ? v.d.getTime() : typeof v.d; out.m = v.m instanceof Map; out.hasU = "u" in v; } catch (e) { out.err = desc(e); }
    out.status = (await until(inst, ["complete", "errored"])).status;`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-wait-step-result-shapes-stored",
  area: "workflows",
  description: "unsafeWaitForStepResult after the step ended: Date, Map, undefined members and nested arrays",
  options: wf(`    return await step.do("s", async () => ({ d: new Date(5), m: new Map([["a", 1]]), u: undefined, a: [1, undefined, new Set([2])] }));`,
    `    const inst = await env.WF.create({ id: "i1" });
    out.status = (await until(inst, ["complete", "errored"])).status;
    try { const v = await env.WF.unsafeWaitForStepResult(inst.id, "s"); out.v = desc(v); out.d = typeof v.d; out.hasU = "u" in v; } catch (e) { out.err = desc(e); }`),
  steps: [get("/")],
});
const BYTES = `new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("he")); c.enqueue(new TextEncoder().encode("llo")); c.close(); } })`;
cases.push({
  name: "qsw24-workflows-wait-step-result-stream-live",
  area: "workflows",
  description: "unsafeWaitForStepResult waiting for a step that returned a byte stream",
  options: wf(`    await step.do("s", async () => { await wait(150); return ${BYTES}; });
    return "done";`,
    `    const inst = await env.WF.create({ id: "i1" });
    try { const v = await env.WF.unsafeWaitForStepResult(inst.id, "s"); out.kind = v?.constructor?.name; out.text = v instanceof ReadableStream ? await new Response(v).text() : JSON.stringify(v); } catch (e) { out.err = desc(e); }
    out.status = (await until(inst, ["complete", "errored"])).status;`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-wait-step-result-stream-stored",
  area: "workflows",
  description: "unsafeWaitForStepResult after a step that returned a byte stream ended",
  options: wf(`    await step.do("s", async () => ${BYTES});
    return "done";`,
    `    const inst = await env.WF.create({ id: "i1" });
    out.status = (await until(inst, ["complete", "errored"])).status;
    try { const v = await env.WF.unsafeWaitForStepResult(inst.id, "s"); out.kind = v?.constructor?.name; out.text = v instanceof ReadableStream ? await new Response(v).text() : JSON.stringify(v); } catch (e) { out.err = desc(e); }`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-wait-step-result-retried-live",
  area: "workflows",
  description: "unsafeWaitForStepResult waiting through a failed attempt and its retry: the value of the attempt that succeeded",
  options: wf(`    let n = 0;
    return await step.do("s", { retries: { limit: 2, delay: 10, backoff: "constant" } }, async () => { n++; await wait(50); if (n === 1) throw new Error("first"); return { n, e: new SyntaxError("kept") }; });`,
    `    const inst = await env.WF.create({ id: "i1" });
    try { out.v = desc(await env.WF.unsafeWaitForStepResult(inst.id, "s")); } catch (e) { out.err = desc(e); }
    out.status = (await until(inst, ["complete", "errored"])).status;`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-wait-step-result-second-index-live",
  area: "workflows",
  description: "unsafeWaitForStepResult of the second step of a name (index 2), waiting",
  options: wf(`    await step.do("s", async () => "one");
    return await step.do("s", async () => { await wait(100); return [new Error("two")]; });`,
    `    const inst = await env.WF.create({ id: "i1" });
    try { out.v = desc(await env.WF.unsafeWaitForStepResult(inst.id, "s", 2)); } catch (e) { out.err = desc(e); }
    out.status = (await until(inst, ["complete", "errored"])).status;`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-step-error-value-in-run",
  area: "workflows",
  description: "a step.do whose value holds errors: what run() receives, and status() output and step outputs as JSON",
  options: wf(`    const v = await step.do("s", async () => ({ e: new RangeError("r", { cause: "c" }), list: [new Error("x")] }));
    return desc(v);`,
    `    const inst = await env.WF.create({ id: "i1" });
    const s = await until(inst, ["complete", "errored"]);
    out.status = s.status; out.output = s.output; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-unsafe-wait-for-status-and-output",
  area: "workflows",
  description: "unsafeWaitForStatus and unsafeGetOutputOrError of a complete and an errored instance",
  options: wf(`    if (event.payload.fail) await step.do("f", { retries: { limit: 0 } }, async () => { throw new TypeError("bad"); });
    return { done: new Date(3) };`,
    `    const ok = await env.WF.create({ id: "ok", params: {} });
    const bad = await env.WF.create({ id: "bad", params: { fail: true } });
    out.waitOk = await t(() => env.WF.unsafeWaitForStatus("ok", "complete"));
    out.waitBad = await t(() => env.WF.unsafeWaitForStatus("bad", "errored"));
    out.outOk = await t(async () => desc(await env.WF.unsafeGetOutputOrError("ok", true)));
    out.errOk = await t(async () => desc(await env.WF.unsafeGetOutputOrError("ok", false)));
    out.outBad = await t(async () => desc(await env.WF.unsafeGetOutputOrError("bad", true)));
    out.errBad = await t(async () => desc(await env.WF.unsafeGetOutputOrError("bad", false)));`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-unsafe-wait-for-status-unreachable",
  area: "workflows",
  description: "unsafeWaitForStatus of a final status the instance can no longer reach, before and while it ends; an unknown status name",
  options: wf(`    await step.do("s", async () => { await wait(100); if (event.payload.fail) throw new NonRetryableError("stop"); });
    return "ok";`,
    `    await env.WF.create({ id: "ok", params: {} });
    await env.WF.create({ id: "bad", params: { fail: true } });
    out.whileBad = await t(() => env.WF.unsafeWaitForStatus("bad", "complete"));
    out.whileOk = await t(() => env.WF.unsafeWaitForStatus("ok", "errored"));
    // (Miniflare's engine, reset after the fatal error, names the instance "undefined" here until a status read loads it)
    out.badStatus = (await (await env.WF.get("bad")).status()).status;
    out.afterBadTerminated = await t(() => env.WF.unsafeWaitForStatus("bad", "terminated"));
    out.afterOkTerminated = await t(() => env.WF.unsafeWaitForStatus("ok", "terminated"));
    out.afterOkComplete = await t(() => env.WF.unsafeWaitForStatus("ok", "complete"));
    out.errBad = await t(async () => desc(await env.WF.unsafeGetOutputOrError("bad", false)));`),
  steps: [get("/")],
});
cases.push({
  name: "qsw24-workflows-wait-step-result-undefined-and-null",
  area: "workflows",
  description: "unsafeWaitForStepResult of steps that returned undefined, null and NaN, read after they ended (from JSON) and while waiting",
  options: wf(`    await step.do("u", async () => undefined);
    await step.do("n", async () => null);
    await step.do("nan", async () => NaN);
    await step.do("late", async () => { await wait(150); return undefined; });
    return "ok";`,
    `    const inst = await env.WF.create({ id: "i1" });
    const late = env.WF.unsafeWaitForStepResult(inst.id, "late");
    out.status = (await until(inst, ["complete", "errored"])).status;
    const show = (v) => v === undefined ? "undefined" : Number.isNaN(v) ? "NaN" : v;
    out.u = show(await env.WF.unsafeWaitForStepResult(inst.id, "u"));
    out.n = show(await env.WF.unsafeWaitForStepResult(inst.id, "n"));
    out.nan = show(await env.WF.unsafeWaitForStepResult(inst.id, "nan"));
    out.late = show(await late);`),
  steps: [get("/")],
});
export default cases;
