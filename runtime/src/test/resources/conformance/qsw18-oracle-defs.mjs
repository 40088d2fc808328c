// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsw18
// The eighteenth session's qsw18 probes: queues (retries, dead letters, bodies), scheduled, waitUntil.
// qsw18-queues-send-metadata-with-consumer and qsw18-queues-metrics-inside-consumer record a gap (the
// backlog metrics() reports, README Limitations) and are not committed as cases.
import { CD, PRELUDE, get } from "./_h.mjs";
const gets = (paths) => paths.map((p) => get(p));
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const WAIT = `const wait = (ms) => new Promise((r) => setTimeout(r, ms));`;
// the consumer pushes what it saw into `got`; /got?n=N waits for N entries (no fixed sleeps beyond a settle)
const QW = (fetchBody, queueBody, extra = {}, more = "") => mod(`${WAIT}
const got = [];
${more}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/got") { const n = Number(url.searchParams.get("n") ?? 1); for (let i = 0; i < 200 && got.length < n; i++) await wait(25); await wait(Number(url.searchParams.get("settle") ?? 200)); return Response.json(got.splice(0)); }
    const out = {};
${fetchBody}
    return Response.json(out);
  },
  async queue(batch, env, ctx) {
${queueBody}
  },
};`, extra);

const cases = [
  {
    name: "qsw18-queues-body-fresh-per-attempt",
    area: "queues",
    description: "a consumer that mutates a message's body (json, v8, bytes) and retries it sees the original body on the next attempt; id and timestamp stay, attempts grows",
    options: QW(`
    await env.Q.sendBatch([{ body: { n: 1, list: [1] } }, { body: new Map([["k", 1]]), contentType: "v8" }, { body: new Uint8Array([1, 2, 3]), contentType: "bytes" }]);
    out.sent = true;`, `
    for (const m of batch.messages) {
      const b = m.body;
      const view = b instanceof Map ? { Map: [...b] } : ArrayBuffer.isView(b) ? { bytes: [...b] } : b instanceof ArrayBuffer ? { ab: [...new Uint8Array(b)] } : b;
      got.push({ attempts: m.attempts, view: JSON.parse(JSON.stringify(view)), tag: Object.prototype.toString.call(b) });
      seenKeys.add(m.id + "|" + m.timestamp.getTime()); got.push(seenKeys.size);
      if (b instanceof Map) b.set("k", 99); else if (ArrayBuffer.isView(b)) b[0] = 77; else if (b instanceof ArrayBuffer) new Uint8Array(b)[0] = 77; else { b.n = 99; b.list.push(2); }
      if (m.attempts === 1) m.retry(); else m.ack();
    }`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 3, maxBatchTimeout: 0.1, retryDelay: 0 } } }, "const seenKeys = new Set();"),
    steps: [get("/send"), get("/got?n=12&settle=200")],
  },
  {
    name: "qsw18-queues-explicit-then-throw",
    area: "queues",
    description: "a consumer marks one message retry(), one ack(), leaves one and then throws: which come back and with which attempts; the next attempt acks all",
    options: QW(`
    await env.Q.sendBatch([{ body: "r" }, { body: "a" }, { body: "n" }]);
    out.sent = true;`, `
    got.push(batch.messages.map((m) => m.body + m.attempts));
    if (batch.messages.some((m) => m.attempts > 1)) { batch.ackAll(); return; }
    for (const m of batch.messages) { if (m.body === "r") m.retry(); if (m.body === "a") m.ack(); }
    throw new Error("broke");`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 3, maxBatchTimeout: 0.1, retryDelay: 0 } } }),
    steps: [get("/send"), get("/got?n=2&settle=400")],
  },
  {
    name: "qsw18-queues-retryall-then-throw",
    area: "queues",
    description: "retryAll() and then a throw; ackAll() and then a throw: the next deliveries and attempts",
    options: QW(`
    await env.Q.sendBatch([{ body: "x" }, { body: "y" }]);
    await env.P.sendBatch([{ body: "u" }, { body: "v" }]);
    out.sent = true;`, `
    got.push(batch.queue + ":" + batch.messages.map((m) => m.body + m.attempts).join(","));
    got.sort();
    if (batch.messages[0].attempts > 2) return;
    if (batch.queue === "q") batch.retryAll(); else batch.ackAll();
    throw new Error("broke");`, { queueProducers: { Q: "q", P: "p" }, queueConsumers: { q: { maxBatchSize: 2, maxBatchTimeout: 0.1, retryDelay: 0 }, p: { maxBatchSize: 2, maxBatchTimeout: 0.1, retryDelay: 0 } } }),
    // waits for all six deliveries (it waited for four, and two rounds of redelivery raced the settle)
    steps: [get("/send"), get("/got?n=6&settle=400")],
  },
  {
    name: "qsw18-queues-dead-letter-without-consumer",
    area: "queues",
    description: "messages dead-lettered to a queue nobody consumes are dropped (its metrics() through a producer binding count none); a queue without a dead letter queue drops them too",
    options: QW(`
    if (url.pathname === "/send") { await env.Q.sendBatch([{ body: "a" }, { body: { b: 1 } }]); await env.NODLQ.send("gone"); out.sent = true; }
    if (url.pathname === "/metrics") {
      const m = await env.D.metrics();
      out.dlq = { count: m.backlogCount, bytes: m.backlogBytes, hasTs: m.oldestMessageTimestamp instanceof Date };
      const q = await env.Q.metrics();
      out.q = { count: q.backlogCount, bytes: q.backlogBytes };
      const n = await env.NODLQ.metrics();
      out.nodlq = { count: n.backlogCount, bytes: n.backlogBytes };
    }`, `
    got.push(batch.queue + ":" + batch.messages.length + ":" + batch.messages.map((m) => m.attempts).join(","));
    got.sort();
    throw new Error("always");`, { queueProducers: { Q: "q", D: "dlq", NODLQ: "nodlq" }, queueConsumers: { q: { maxBatchSize: 2, maxBatchTimeout: 0.1, maxRetries: 1, retryDelay: 0, deadLetterQueue: "dlq" }, nodlq: { maxBatchTimeout: 0.1, maxRetries: 0 } } }),
    steps: [get("/send"), get("/got?n=3&settle=300"), get("/metrics")],
  },
  {
    name: "qsw18-queues-self-send-chain",
    area: "queues",
    description: "a consumer sends a follow-up message to its own queue from queue(); the chain runs in order, each in a batch of its own; ctx.waitUntil sends count too",
    options: QW(`
    await env.Q.send({ step: 0 });
    out.sent = true;`, `
    for (const m of batch.messages) {
      got.push([m.body.step, m.attempts, batch.messages.length]);
      if (m.body.step < 3) await env.Q.send({ step: m.body.step + 1 });
      else if (m.body.step === 3) ctx.waitUntil(env.Q.send({ step: 4 }));
    }`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 10, maxBatchTimeout: 0.05 } } }),
    steps: [get("/send"), get("/got?n=5&settle=300")],
  },
  {
    name: "qsw18-queues-many-messages-batches",
    area: "queues",
    description: "250 messages sent in three sendBatch calls reach a consumer with maxBatchSize 100 as full batches in send order",
    options: QW(`
    for (let k = 0; k < 3; k++) await env.Q.sendBatch(Array.from({ length: k === 2 ? 50 : 100 }, (_, i) => ({ body: k * 100 + i })));
    out.sent = true;`, `
    const bodies = batch.messages.map((m) => m.body);
    got.push({ n: bodies.length, first: bodies[0], last: bodies[bodies.length - 1], ordered: bodies.every((b, i) => i === 0 || b === bodies[i - 1] + 1) });`,
    { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 100, maxBatchTimeout: 0.1 } } }),
    steps: [get("/send"), get("/got?n=3&settle=300")],
  },
  {
    name: "qsw18-queues-handler-this-and-args",
    area: "queues",
    description: "queue() and scheduled() of an object export: this, arguments.length, env identity with fetch's env, the batch's messages array is a new copy that can be changed",
    options: mod(`${WAIT}
let fetchEnv = null; const seen = {};
const handler = {
  async fetch(req, env, ctx) {
    fetchEnv = env;
    const p = new URL(req.url).pathname;
    if (p === "/send") { await env.Q.send("m"); return new Response("sent"); }
    if (p === "/seen") { for (let i = 0; i < 200 && !seen.queue; i++) await wait(25); return Response.json(seen); }
    return new Response("?");
  },
  async queue(batch, env, ctx) {
    const msgs = batch.messages; msgs.push("extra"); const again = batch.messages;
    seen.queue = { thisIsHandler: this === handler, args: arguments.length, envSame: env === fetchEnv, pushed: msgs.length, again: again.length, sameArr: msgs === again, thisKeys: Object.keys(this) };
  },
  async scheduled(c, env, ctx) {
    seen.scheduled = { thisIsHandler: this === handler, args: arguments.length, envSame: env === fetchEnv };
  },
};
export default handler;`, { unsafeTriggerHandlers: true, queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchTimeout: 0.05 } } }),
    steps: gets(["/", "/cdn-cgi/handler/scheduled", "/send", "/seen"]),
  },
  {
    name: "qsw18-scheduled-entrypoint-class",
    area: "scheduled",
    description: "a WorkerEntrypoint default export's scheduled(): this.env, this.ctx, its arguments, the controller, noRetry and a throw; its fetch in between",
    options: mod(`import { WorkerEntrypoint } from "cloudflare:workers";
let seen = [];
export default class extends WorkerEntrypoint {
  async fetch(req) { const s = seen; seen = []; return Response.json(s); }
  async scheduled(c, env, ctx) {
    seen.push({ args: arguments.length, cron: c.cron, time: c.cron === "a" ? c.scheduledTime : typeof c.scheduledTime, envSame: env === this.env, ctxSame: ctx === this.ctx, ctxType: typeof this.ctx?.waitUntil, hasVar: this.env.V });
    if (c.cron === "throw") throw new TypeError("scheduled broke");
    if (c.cron === "noretry") { c.noRetry(); throw new Error("no retry"); }
  }
}`, { unsafeTriggerHandlers: true, bindings: { V: "v" } }),
    steps: gets(["/cdn-cgi/handler/scheduled?cron=a&time=5", "/cdn-cgi/handler/scheduled?cron=throw", "/cdn-cgi/handler/scheduled?cron=noretry", "/"]),
  },
  {
    name: "qsw18-waituntil-handler-failure",
    area: "waituntil",
    description: "waitUntil work registered before a queue() or scheduled() handler throws still runs; the batch is retried; work registered in the retry runs too",
    options: mod(`${WAIT}
const log = [];
export default {
  async fetch(req, env, ctx) {
    const p = new URL(req.url).pathname;
    if (p === "/send") { await env.Q.send("m"); return new Response("sent"); }
    if (p === "/log") { const n = Number(new URL(req.url).searchParams.get("n")); for (let i = 0; i < 200 && log.length < n; i++) await wait(25); await wait(200); return Response.json(log.splice(0)); }
    return new Response("?");
  },
  async scheduled(c, env, ctx) {
    ctx.waitUntil(wait(30).then(() => log.push("sched-wu")));
    throw new Error("sched broke");
  },
  async queue(batch, env, ctx) {
    const a = batch.messages[0].attempts;
    ctx.waitUntil(wait(30).then(() => log.push("queue-wu-" + a)));
    if (a === 1) throw new Error("queue broke");
    log.push("queue-ok-" + a);
  },
};`, { unsafeTriggerHandlers: true, queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchTimeout: 0.05, retryDelay: 0 } } }),
    steps: gets(["/cdn-cgi/handler/scheduled", "/log?n=1", "/send", "/log?n=3"]),
  },
];

const WF_HELPERS = `
async function until(inst, statuses, max = 300) {
  let s;
  for (let i = 0; i < max; i++) { s = await inst.status(); if (statuses.includes(s.status)) return s; await scheduler.wait(25); }
  return s;
}
const FINAL = ["complete", "errored", "terminated"];
async function outputs(inst, n, max = 300) {
  let s;
  for (let i = 0; i < max; i++) { s = await inst.status(); if ((s.__LOCAL_DEV_STEP_OUTPUTS ?? []).length >= n) return s; await scheduler.wait(25); }
  return s;
}
`;
const wfScript = (classes, fetchBody) => `import { WorkflowEntrypoint } from "cloudflare:workers";
import { NonRetryableError } from "cloudflare:workflows";
${PRELUDE}${WF_HELPERS}
${classes}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    const out = {};
${fetchBody}
    return Response.json(out);
  }
};`;
cases.push(
  {
    name: "qsw18-workflows-script-name",
    area: "workflows",
    description: "a workflow bound with scriptName runs in the worker that exports its class, with that worker's env; both workers' bindings to one workflow name share its instances",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD, bindings: { WHO: "main" },
        workflows: { WF: { name: "shared-flow", className: "Flow", scriptName: "host" } },
        script: wfScript("", `
    const inst = await env.WF.create({ id: "x1", params: { p: 1 } });
    const s = await until(inst, FINAL);
    out.main = { status: s.status, output: s.output ?? null, error: s.error ?? null };
    out.fromHost = await (await env.HOST.fetch("http://h/")).json();`),
        serviceBindings: { HOST: "host" } },
      { name: "host", modules: true, compatibilityDate: CD, bindings: { WHO: "host" },
        workflows: { OWN: { name: "shared-flow", className: "Flow" } },
        script: wfScript(`export class Flow extends WorkflowEntrypoint {
  async run(event, step) {
    const who = await step.do("who", async () => this.env.WHO);
    return { who, params: event.payload, hasOwn: typeof this.env.OWN?.create, id: event.instanceId };
  }
}`, `
    const got = await env.OWN.get("x1");
    out.status = (await got.status()).status;
    out.dup = await t(async () => (await env.OWN.create({ id: "x1" })).id);`) },
    ] },
    steps: [get("/")],
  },
  {
    name: "qsw18-workflows-step-limit",
    area: "workflows",
    description: "stepLimit: a run may make that many step.do calls; the next one fails the step with the limit's error, which run() can catch; sleeps and waits do not count",
    options: { modules: true, compatibilityDate: CD,
      workflows: { WF: { name: "limited", className: "Flow", stepLimit: 2 } },
      script: wfScript(`export class Flow extends WorkflowEntrypoint {
  async run(event, step) {
    const seen = [];
    const k = event.payload.k;
    if (k === "sleep") { await step.sleep("s1", 1); await step.sleep("s2", 1); }
    seen.push(await step.do("a", async () => "a"));
    seen.push(await step.do("b", async () => "b"));
    if (k === "catch") { try { await step.do("c", async () => "c"); } catch (e) { seen.push([e.constructor.name, e.name, e.message]); } return seen; }
    seen.push(await step.do("c", async () => "c"));
    return seen;
  }
}`, `
    for (const k of ["plain", "catch", "sleep"]) {
      const inst = await env.WF.create({ id: k, params: { k } });
      const s = await until(inst, FINAL);
      out[k] = { status: s.status, output: s.output ?? null, error: s.error ?? null };
    }`) },
    steps: [get("/")],
  },
  {
    name: "qsw18-workflows-sequences",
    area: "workflows",
    description: "a run that mixes steps, a sleep and an event; status() sampled at each blocked point; a restart while waiting; an event sent twice",
    options: { modules: true, compatibilityDate: CD,
      workflows: { WF: { name: "seq", className: "Flow" } },
      script: wfScript(`export class Flow extends WorkflowEntrypoint {
  async run(event, step) {
    const a = await step.do("a", async () => ({ n: 1 }));
    await step.sleep("nap", "10 milliseconds");
    const ev = await step.waitForEvent("ev", { type: "go", timeout: "1 minute" });
    const b = await step.do("b", async () => a.n + ev.payload.n);
    return { a, b, evType: ev.type };
  }
}`, `
    const inst = await env.WF.create({ id: "s1" });
    out.waiting = await outputs(inst, 1);
    out.send1 = await t(() => inst.sendEvent({ type: "go", payload: { n: 41 } }));
    out.done = await until(inst, FINAL);
    out.send2 = await t(() => inst.sendEvent({ type: "go", payload: { n: 1 } }));
    out.restart = await t(() => inst.restart());
    out.again = await outputs(inst, 1);
    out.send3 = await t(() => inst.sendEvent({ type: "go", payload: { n: 2 } }));
    out.done2 = await until(inst, FINAL);`) },
    steps: [get("/")],
  },
);

cases.push({
    name: "qsw18-scheduled-entrypoint-args-identity",
    area: "scheduled",
    description: "a WorkerEntrypoint default export: what fetch(), queue() and scheduled() receive as arguments compared with this.env and this.ctx; the arguments' own keys and prototypes",
    options: mod(`import { WorkerEntrypoint } from "cloudflare:workers";
${WAIT}
const seen = {};
const info = (self, args) => ({ n: args.length, envSame: args[1] === self.env, ctxSame: args[2] === self.ctx, envKeys: args[1] ? Object.keys(args[1]) : null, thisEnvKeys: Object.keys(self.env),
  envProto: args[1] ? String(Object.getPrototypeOf(args[1])?.constructor?.name) : null, ctxProto: args[2] ? String(Object.getPrototypeOf(args[2])?.constructor?.name) : null,
  thisCtxProto: String(Object.getPrototypeOf(self.ctx)?.constructor?.name), ctxKeys: args[2] ? Object.keys(args[2]) : null, thisCtxKeys: Object.keys(self.ctx),
  envEq: args[1] ? JSON.stringify(args[1]) === JSON.stringify(self.env) : null, ctxWu: typeof args[2]?.waitUntil });
export default class extends WorkerEntrypoint {
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/fetch") return Response.json(info(this, arguments));
    if (p === "/send") { await this.env.Q.send("m"); return new Response("sent"); }
    if (p === "/seen") { for (let i = 0; i < 200 && !seen.queue; i++) await wait(25); return Response.json(seen); }
    return new Response("?");
  }
  async scheduled(c) { seen.scheduled = info(this, arguments); }
  async queue(b) { seen.queue = info(this, arguments); }
}`, { unsafeTriggerHandlers: true, bindings: { V: "v" }, queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchTimeout: 0.05 } } }),
    steps: gets(["/fetch", "/cdn-cgi/handler/scheduled", "/send", "/seen"]),
  });

cases.push({
    name: "qsw18-workflows-run-args-identity",
    area: "workflows",
    description: "run()'s arguments count, this.env compared with the fetch handler's env and the cloudflare:workers env, this.ctx's keys and prototype, a step callback's arguments",
    options: { modules: true, compatibilityDate: CD, bindings: { V: "v" },
      workflows: { WF: { name: "ids", className: "Flow" } },
      script: `import { WorkflowEntrypoint, env as importedEnv } from "cloudflare:workers";
${PRELUDE}${WF_HELPERS}
let fetchEnv = null;
export class Flow extends WorkflowEntrypoint {
  async run(event, step) {
    const n = arguments.length, third = typeof arguments[2];
    const fn = async function () { return { n: arguments.length, thisType: typeof this, thisUndef: this === undefined, thisIsFn: this === fn }; };
    const inStep = await step.do("s", fn);
    return { n, third, envSameFetch: this.env === fetchEnv, envSameImport: this.env === importedEnv, fetchSameImport: fetchEnv === importedEnv, envKeys: Object.keys(this.env),
      ctxKeys: Object.keys(this.ctx), ctxProto: String(Object.getPrototypeOf(this.ctx)?.constructor?.name), ownKeys: Object.keys(this), inStep };
  }
}
export default {
  async fetch(req, env, ctx) {
    fetchEnv = env;
    const inst = await env.WF.create({ id: "i1" });
    const s = await until(inst, FINAL);
    return Response.json({ status: s.status, output: s.output ?? null, error: s.error ?? null });
  }
};` },
    steps: [get("/")],
  });

cases.push({
    name: "qsw18-scheduled-class-edges",
    area: "scheduled",
    description: "a service binding's scheduled() to a named WorkerEntrypoint class is an RPC call of its scheduled method with the options as the one argument; to a default class without scheduled() the RPC receiver lacks the method",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD, unsafeTriggerHandlers: true,
        serviceBindings: { NAMED: { name: "other", entrypoint: "Named" }, NOSCHED: "nosched" },
        script: `${PRELUDE}
export default {
  async fetch(req, env) {
    const out = {};
    out.named = await t(() => env.NAMED.scheduled({ cron: "c1", scheduledTime: 1000 }));
    out.namedThrow = await t(() => env.NAMED.scheduled({ cron: "boom", scheduledTime: 2000 }));
    out.seen = await t(async () => (await env.NAMED.fetch("http://x/seen")).json());
    out.nosched = await t(() => env.NOSCHED.scheduled({ cron: "x" }));
    return Response.json(out);
  },
  async scheduled() {}
};` },
      { name: "other", modules: true, compatibilityDate: CD, bindings: { V: "v" },
        script: `import { WorkerEntrypoint } from "cloudflare:workers";
const seen = [];
export class Named extends WorkerEntrypoint {
  constructor(ctx, env) { super(ctx, env); if (globalThis.ctorThrow) throw new Error("ctor"); }
  async fetch(req) { return Response.json(seen); }
  async scheduled(c, env, ctx) {
    seen.push({ n: arguments.length, env: typeof env, ctx: typeof ctx, cron: c.cron, time: c.scheduledTime, v: this.env.V });
    if (c.cron === "boom") { c.noRetry(); throw new RangeError("boom"); }
  }
}
export default { fetch() { return new Response("default"); } };` },
      { name: "nosched", modules: true, compatibilityDate: CD,
        script: `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint { fetch() { return new Response("no scheduled"); } }` },
    ] },
    steps: [get("/")],
  });
cases.push({
    name: "qsw18-queues-class-consumer-ctor-throws",
    area: "queues",
    description: "a WorkerEntrypoint consumer (in a worker of its own) whose constructor throws on its first construction: the batch is retried and the second attempt is acked",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD, kvNamespaces: { KV: "shared" }, queueProducers: { Q: "q" },
        script: `${WAIT}
export default {
  async fetch(req, env) {
    if (new URL(req.url).pathname === "/send") { await env.Q.send("m"); return new Response("sent"); }
    let v = null;
    for (let i = 0; i < 200 && v === null; i++) { v = await env.KV.get("log"); if (v === null) await wait(25); }
    return new Response(v);
  }
};` },
      { name: "consumer", modules: true, compatibilityDate: CD, kvNamespaces: { KV: "shared" }, queueConsumers: { q: { maxBatchTimeout: 0.05, retryDelay: 0 } },
        script: `import { WorkerEntrypoint } from "cloudflare:workers";
let constructed = 0;
export default class extends WorkerEntrypoint {
  constructor(ctx, env) { super(ctx, env); constructed++; if (constructed === 1) throw new Error("ctor broke"); }
  async fetch() { return new Response("consumer"); }
  async queue(batch) { await this.env.KV.put("log", JSON.stringify(batch.messages.map((m) => m.body + m.attempts).concat(constructed))); }
}` },
    ] },
    steps: gets(["/send", "/log"]),
  });

cases.push({
    name: "qsw18-queues-send-metadata-with-consumer",
    area: "queues",
    description: "metrics() of a consumed queue whose batch has not gone yet: the ready backlog (count, bytes per content type, the oldest message's timestamp as a Date); delayed messages not counted; an empty backlog has no timestamp",
    options: mod(`
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const t0 = Date.now();
    const ts = (m) => { const v = m.oldestMessageTimestamp; return v === undefined ? "undef" : [typeof v, Object.prototype.toString.call(v), v instanceof Date ? v.getTime() >= t0 - 1000 && v.getTime() <= Date.now() : v]; };
    const norm = (r) => { const m = r?.metadata?.metrics ?? r; return { keys: Object.keys(r ?? {}), mkeys: Object.keys(m ?? {}), count: m?.backlogCount, bytes: m?.backlogBytes, ts: m ? ts(m) : null }; };
    const ready = async (n) => { let m; for (let i = 0; i < 200; i++) { m = await env.Q.metrics(); if (m.backlogCount >= n) break; await scheduler.wait(10); } return norm(m); };
    out.m0 = norm(await env.Q.metrics());
    await env.Q.send("abc", { contentType: "text" });
    out.m1 = await ready(1);
    await env.Q.send({ a: 1 });
    out.m2 = await ready(2);
    await env.Q.send("later", { delaySeconds: 60 });
    await env.Q.sendBatch([{ body: new Uint8Array(7), contentType: "bytes" }, { body: [1, 2], contentType: "v8" }]);
    out.m3 = await ready(4);
    out.same = (await env.Q.metrics()).oldestMessageTimestamp.getTime() === (await env.Q.metrics()).oldestMessageTimestamp.getTime();
    return Response.json(out);
  },
  async queue(batch) {},
};`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 100, maxBatchTimeout: 30 } } }),
    steps: [get("/")],
  });
cases.push({
    name: "qsw18-scheduled-class-without-handler",
    area: "scheduled",
    description: "the trigger on a WorkerEntrypoint default export without scheduled(), and on one whose scheduled is a getter (read twice)",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, routes: ["a.test/*"],
        script: `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint { fetch() { return new Response("a fetch"); } }` },
      { name: "b", modules: true, compatibilityDate: CD, routes: ["b.test/*"],
        script: `import { WorkerEntrypoint } from "cloudflare:workers";
let calls = 0;
export default class extends WorkerEntrypoint { fetch() { return new Response("b fetch " + calls); } get scheduled() { calls++; return async () => { calls += 10; }; } }` },
    ], unsafeTriggerHandlers: true },
    steps: [get("/cdn-cgi/handler/scheduled", { url: "http://a.test/cdn-cgi/handler/scheduled" }), get("/", { url: "http://b.test/cdn-cgi/handler/scheduled" }), get("/", { url: "http://b.test/" })],
  });

cases.push({
    name: "qsw18-queues-metrics-inside-consumer",
    area: "queues",
    description: "metrics() called by the consumer while its batch is delivered: the messages in delivery are not counted, the rest are; a retried message counts again once back",
    options: QW(`
    await env.Q.sendBatch([1, 2, 3, 4, 5].map((n) => ({ body: "m" + n, contentType: "text" })));
    out.sent = true;`, `
    const m = await env.Q.metrics();
    got.push({ bodies: batch.messages.map((x) => x.body + ":" + x.attempts), count: m.backlogCount, bytes: m.backlogBytes, hasTs: m.oldestMessageTimestamp instanceof Date,
      meta: [batch.metadata.metrics.backlogCount, batch.metadata.metrics.backlogBytes] });
    if (batch.messages[0].body === "m1" && batch.messages[0].attempts === 1) batch.messages[0].retry();`,
    { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 2, maxBatchTimeout: 0.1, retryDelay: 0 } } }),
    steps: [get("/send"), get("/got?n=3&settle=300")],
  });

export default cases;
