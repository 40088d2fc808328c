// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsw22
// The twenty-second session's qsw22 probes: consumer options that are numbers but not whole
// numbers, and queues/scheduled/workflows combined.
import { CD, PRELUDE, get } from "./_h.mjs";
const gets = (paths) => paths.map((p) => get(p));
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const WAIT = `const wait = (ms) => new Promise((r) => setTimeout(r, ms));`;
const GOT = `if (url.pathname === "/got") { const n = Number(url.searchParams.get("n") ?? 1); for (let i = 0; i < 200 && got.length < n; i++) await wait(25); await wait(Number(url.searchParams.get("settle") ?? 100)); return Response.json(got.splice(0)); }`;
const cases = [];

// a consumer that records each batch as [queue, bodies with attempts]
const recorder = (fetchBody, queueBody = "") => mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
${fetchBody}
    return new Response("sent");
  },
  async queue(batch, env, ctx) {
    got.push([batch.queue, batch.messages.map((m) => m.body + "#" + m.attempts)]);
${queueBody}
  },
};`);

cases.push({
  name: "qsw22-queues-fractional-batch-size",
  area: "queues",
  description: "maxBatchSize 2.5: three messages make a full batch of two at once and a batch of one after the timeout; two messages wait for the timeout",
  options: { ...recorder(`    if (url.pathname === "/three") await env.Q.sendBatch([{ body: "a" }, { body: "b" }, { body: "c" }]);
    if (url.pathname === "/two") await env.Q.sendBatch([{ body: "d" }, { body: "e" }]);`),
    queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 2.5, maxBatchTimeout: 0.2 } } },
  steps: gets(["/three", "/got?n=2", "/two", "/got?n=1"]),
});
cases.push({
  name: "qsw22-queues-fractional-max-retries",
  area: "queues",
  description: "maxRetries 1.5: a message always retried is delivered three times, then dead-lettered",
  options: { ...recorder(`    await env.Q.send("m");`, `    if (batch.queue === "q") batch.retryAll();`),
    queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 1, maxBatchTimeout: 0, maxRetries: 1.5 }, dlq: { maxBatchTimeout: 0 } } },
  steps: gets(["/", "/got?n=4&settle=300"]),
});
cases.push({
  name: "qsw22-queues-fractional-max-retries-small",
  area: "queues",
  description: "maxRetries 0.5: a retried message is delivered twice (attempts 1 < 1.5), then dead-lettered",
  options: { ...recorder(`    await env.Q.send("m");`, `    if (batch.queue === "q") batch.messages[0].retry();`),
    queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 1, maxBatchTimeout: 0, maxRetries: 0.5, deadLetterQueue: "dlq" }, dlq: { maxBatchTimeout: 0 } } },
  steps: gets(["/", "/got?n=3&settle=300"]),
});
cases.push({
  name: "qsw22-queues-max-retires-overrides-max-retries",
  area: "queues",
  description: "given both, the deprecated maxRetires wins over maxRetries",
  options: { ...recorder(`    await env.Q.send("m");`, `    if (batch.queue === "q") batch.retryAll();`),
    queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchTimeout: 0, maxRetries: 0, maxRetires: 2, deadLetterQueue: "dlq" }, dlq: { maxBatchTimeout: 0 } } },
  steps: gets(["/", "/got?n=4&settle=300"]),
});
cases.push({
  name: "qsw22-queues-fractional-batch-timeout",
  area: "queues",
  description: "maxBatchTimeout 0.15 and a fractional maxBatchSize of 1.2: one message waits for the timeout (1 < 1.2), two go at once in batches of one",
  options: { ...recorder(`    if (url.pathname === "/one") await env.Q.send("x");
    if (url.pathname === "/two") await env.Q.sendBatch([{ body: "y" }, { body: "z" }]);`),
    queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 1.2, maxBatchTimeout: 0.15 } } },
  steps: gets(["/one", "/got?n=1", "/two", "/got?n=2"]),
});

// scheduled creating a workflow; a consumer sending an event to it
cases.push({
  name: "qsw22-workflows-created-by-scheduled-and-fed-by-queue",
  area: "workflows",
  description: "a scheduled handler creates a workflow instance and sends a queue message; the consumer sends the event the instance waits for",
  options: mod(`${WAIT}
import { WorkflowEntrypoint } from "cloudflare:workers";
export class Flow extends WorkflowEntrypoint {
  async run(event, step) {
    const first = await step.do("first", async () => "cron " + event.payload.cron);
    const ev = await step.waitForEvent("go", { type: "go", timeout: "10 seconds" });
    return [first, ev.type, ev.payload];
  }
}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    const inst = await env.WF.get("from-cron");
    let s;
    for (let i = 0; i < 100; i++) { s = await inst.status(); if (s.status === "complete" || s.status === "errored") break; await wait(50); }
    return Response.json({ status: s.status, output: s.output, steps: s.__LOCAL_DEV_STEP_OUTPUTS });
  },
  async scheduled(controller, env, ctx) {
    await env.WF.create({ id: "from-cron", params: { cron: controller.cron } });
    await env.Q.send({ id: "from-cron", n: 7 });
  },
  async queue(batch, env) {
    for (const m of batch.messages) await (await env.WF.get(m.body.id)).sendEvent({ type: "go", payload: { n: m.body.n, attempts: m.attempts } });
  },
};`, { unsafeTriggerHandlers: true, workflows: { WF: { name: "flow", className: "Flow" } },
    queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchTimeout: 0 } } }),
  steps: gets(["/cdn-cgi/handler/scheduled?cron=*+*+*+*+*", "/status"]),
});

// a workflow step sends to a queue; the consumer sees the message
cases.push({
  name: "qsw22-workflows-step-sends-to-queue",
  area: "workflows",
  description: "a workflow step sends a json and a v8 message; the consumer receives them with their content types' bodies",
  options: mod(`${WAIT}
import { WorkflowEntrypoint } from "cloudflare:workers";
const got = [];
export class Flow extends WorkflowEntrypoint {
  async run(event, step) {
    await step.do("send", async () => {
      await this.env.Q.send({ at: "step", d: new Date(0) }, { contentType: "json" });
      await this.env.Q.send(new Map([["k", 1]]), { contentType: "v8" });
      return "sent";
    });
    return "done";
  }
}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    await env.WF.create({ id: "s" });
    return new Response("created");
  },
  async queue(batch) {
    for (const m of batch.messages) got.push(m.body instanceof Map ? ["Map", [...m.body]] : m.body);
  },
};`, { workflows: { WF: { name: "flow", className: "Flow" } },
    queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchTimeout: 0.1 } } }),
  steps: gets(["/", "/got?n=2"]),
});

// how often run() and a step's callback execute when an instance is paused and resumed, or restarted
const counting = (runBody, fetchBody) => mod(`${WAIT}
import { WorkflowEntrypoint } from "cloudflare:workers";
const count = { runs: 0, a: 0, b: 0 };
export class Flow extends WorkflowEntrypoint {
  async run(event, step) {
    count.runs++;
${runBody}
  }
}
async function until(inst, pred) { let s; for (let i = 0; i < 200; i++) { s = await inst.status(); if (pred(s)) return s; await wait(20); } return s; }
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    const out = {};
${fetchBody}
    out.count = { ...count };
    return Response.json(out);
  },
};`, { workflows: { WF: { name: "flow", className: "Flow" } } });
cases.push({
  name: "qsw22-workflows-replay-after-pause-resume",
  area: "workflows",
  description: "an instance paused during a sleep and resumed runs run() again from the top; a finished step's callback is not called again",
  options: counting(`    const a = await step.do("a", async () => { count.a++; return "A" + count.a; });
    await step.sleep("nap", 200);
    const b = await step.do("b", async () => { count.b++; return "B" + count.b; });
    return [a, b];`, `    const inst = await env.WF.create({ id: "p" });
    await until(inst, (s) => s.__LOCAL_DEV_STEP_OUTPUTS.length >= 1);
    await inst.pause();
    out.paused = (await inst.status()).status;
    await wait(400);
    out.stillPaused = (await inst.status()).status;
    out.beforeResume = { ...count };
    await inst.resume();
    const s = await until(inst, (s) => s.status === "complete" || s.status === "errored");
    out.status = s.status; out.output = s.output; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;`),
  steps: gets(["/"]),
});
cases.push({
  name: "qsw22-workflows-restart-reruns-steps",
  area: "workflows",
  description: "restart() of an instance waiting for an event runs run() and its steps again from the start, with the same payload",
  options: counting(`    const a = await step.do("a", async () => { count.a++; return ["A" + count.a, event.payload]; });
    const ev = await step.waitForEvent("go", { type: "go", timeout: "5 seconds" });
    return [a, ev.payload];`, `    const inst = await env.WF.create({ id: "r", params: { p: 1 } });
    await until(inst, (s) => s.__LOCAL_DEV_STEP_OUTPUTS.length >= 1);
    out.first = { ...count };
    await inst.restart();
    out.afterRestart = (await inst.status()).status;
    await wait(200);
    out.second = { ...count };
    await inst.sendEvent({ type: "go", payload: "ev" });
    const s = await until(inst, (s) => s.status === "complete" || s.status === "errored");
    out.status = s.status; out.output = s.output; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;`),
  steps: gets(["/"]),
});
cases.push({
  name: "qsw22-workflows-failed-step-retried-after-resume",
  area: "workflows",
  description: "a step that keeps failing while the instance is paused between retries: how many attempts the callback sees after resume",
  options: counting(`    const a = await step.do("a", { retries: { limit: 3, delay: 150, backoff: "constant" } }, async () => { count.a++; if (count.a < 3) throw new Error("fail " + count.a); return "ok " + count.a; });
    return a;`, `    const inst = await env.WF.create({ id: "f" });
    for (let i = 0; i < 100 && count.a < 1; i++) await wait(10);
    await inst.pause();
    out.paused = (await inst.status()).status;
    await wait(300);
    out.whilePaused = { ...count };
    await inst.resume();
    const s = await until(inst, (s) => s.status === "complete" || s.status === "errored");
    out.status = s.status; out.output = s.output; out.error = s.error ?? null;`),
  steps: gets(["/"]),
});

cases.push({
  name: "qsw22-workflows-status-right-after-resume-and-restart",
  area: "workflows",
  description: "status() read right after resume() of a paused instance and restart() of a waiting one; a complete instance restarted runs again",
  options: counting(`    const a = await step.do("a", async () => { count.a++; return "A" + count.a; });
    if (event.payload.wait) await step.waitForEvent("go", { type: "go", timeout: "5 seconds" });
    return a;`, `    const inst = await env.WF.create({ id: "w", params: { wait: true } });
    await until(inst, (s) => s.__LOCAL_DEV_STEP_OUTPUTS.length >= 1);
    await inst.pause();
    out.afterPause = (await inst.status()).status;
    await inst.resume();
    out.afterResume = (await inst.status()).status;
    await until(inst, (s) => s.__LOCAL_DEV_STEP_OUTPUTS.length >= 1 && s.status === "waiting");
    await inst.restart();
    out.afterRestartWaiting = (await inst.status()).status;
    const done = await env.WF.create({ id: "d", params: { wait: false } });
    out.done = (await until(done, (s) => s.status === "complete")).status;
    await done.restart();
    out.doneAgain = (await until(done, (s) => s.status === "complete")).output;`),
  steps: gets(["/"]),
});

cases.push({
  name: "qsw22-workflows-restart-complete-instance-status",
  area: "workflows",
  description: "status() right after restart() of a complete instance whose new run sleeps first: status, output and step outputs then and once complete again",
  options: counting(`    if (count.runs > 1) await step.sleep("nap", 300);
    const a = await step.do("a", async () => { count.a++; return "A" + count.a; });
    return a;`, `    const inst = await env.WF.create({ id: "d" });
    out.done = (await until(inst, (s) => s.status === "complete")).output;
    await inst.restart();
    const s = await inst.status();
    out.afterRestart = [s.status, s.output, s.__LOCAL_DEV_STEP_OUTPUTS];
    await wait(100);
    const t = await inst.status();
    out.later = [t.status, t.output, t.__LOCAL_DEV_STEP_OUTPUTS];
    const u = await until(inst, (s) => s.status === "complete");
    out.again = [u.status, u.output, u.__LOCAL_DEV_STEP_OUTPUTS];`),
  steps: gets(["/"]),
});

cases.push({
  name: "qsw22-workflows-event-sent-while-paused",
  area: "workflows",
  description: "an event sent while the instance is paused in waitForEvent is taken after resume(); a second wait takes an event sent before it waits",
  options: counting(`    const a = await step.waitForEvent("first", { type: "one", timeout: "5 seconds" });
    const b = await step.waitForEvent("second", { type: "two", timeout: "5 seconds" });
    return [a.payload, b.payload, a.type, b.type];`, `    const inst = await env.WF.create({ id: "e" });
    await until(inst, (s) => s.status === "running");
    await wait(100);
    await inst.pause();
    out.paused = (await inst.status()).status;
    await inst.sendEvent({ type: "one", payload: "p1" });
    await inst.sendEvent({ type: "two", payload: "p2" });
    await wait(100);
    out.stillPaused = [(await inst.status()).status, (await inst.status()).__LOCAL_DEV_STEP_OUTPUTS];
    await inst.resume();
    const s = await until(inst, (s) => s.status === "complete" || s.status === "errored");
    out.status = s.status; out.output = s.output; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;`),
  steps: gets(["/"]),
});
cases.push({
  name: "qsw22-workflows-terminate-while-paused",
  area: "workflows",
  description: "terminate() of a paused instance, then its operations: status, resume, pause, sendEvent, restart",
  options: counting(`    await step.do("a", async () => { count.a++; return "A"; });
    await step.sleep("nap", "10 seconds");
    return "never";`, `    const inst = await env.WF.create({ id: "t" });
    await until(inst, (s) => s.__LOCAL_DEV_STEP_OUTPUTS.length >= 1);
    await inst.pause();
    out.paused = (await inst.status()).status;
    await inst.terminate();
    const s = await inst.status();
    out.terminated = [s.status, s.output, s.error ?? null, s.__LOCAL_DEV_STEP_OUTPUTS];
    out.resume = await t(() => inst.resume());
    out.afterResume = (await inst.status()).status;
    out.pause = await t(() => inst.pause());
    out.afterPause = (await inst.status()).status;
    out.event = await t(() => inst.sendEvent({ type: "x", payload: 1 }));
    out.terminate = await t(() => inst.terminate());`),
  steps: gets(["/"]),
});

export default cases;
