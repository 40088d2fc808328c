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

export default cases;
