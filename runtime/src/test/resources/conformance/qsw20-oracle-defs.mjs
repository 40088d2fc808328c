// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsw20
// The twentieth session's qsw20 probes: when a sent message is held for its batch and delivered
// (the filter qsw20 also records the qsw20b cases).
import { CD, PRELUDE, get } from "./_h.mjs";
const gets = (paths) => paths.map((p) => get(p));
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const WAIT = `const wait = (ms) => new Promise((r) => setTimeout(r, ms));`;
const GOT = `if (url.pathname === "/got") { const n = Number(url.searchParams.get("n") ?? 1); for (let i = 0; i < 200 && got.length < n; i++) await wait(25); await wait(Number(url.searchParams.get("settle") ?? 100)); return Response.json(got.splice(0)); }`;

const cases = [];
cases.push({
  name: "qsw20-queues-full-batch-waits-for-sender",
  area: "queues",
  description: "a full batch of one is not delivered to the sender's own consumer while the sender keeps awaiting KV; it is once the sender waits on a timer",
  options: mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    const out = {};
    await env.Q.send("a");
    for (let i = 0; i < 5; i++) await env.KV.get("k" + i);
    out.afterKv = got.length;
    await env.Q.send("b");
    await env.KV.put("k", "v");
    out.afterPut = got.length;
    return Response.json(out);
  },
  async queue(batch) { for (const m of batch.messages) got.push([m.body, batch.metadata.metrics.backlogCount]); },
};`, { kvNamespaces: ["KV"], queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 1 } } }),
  steps: gets(["/", "/got?n=2"]),
});
cases.push({
  name: "qsw20-queues-cross-worker-full-batch-waits-for-sender",
  area: "queues",
  description: "a full batch sent by one worker reaches another worker's consumer only after the sender stops awaiting KV",
  options: { workers: [
    mod(`
export default {
  async fetch(req, env, ctx) {
    const out = {};
    await env.Q.send("a");
    for (let i = 0; i < 5; i++) out["kv" + i] = await env.KV.get("seen");
    await scheduler.wait(300);
    out.afterWait = await env.KV.get("seen");
    return Response.json(out);
  },
};`, { name: "sender", kvNamespaces: { KV: "shared" }, queueProducers: { Q: "q" } }),
    mod(`
export default {
  async fetch() { return new Response("consumer"); },
  async queue(batch, env) { await env.KV.put("seen", batch.messages.map((m) => m.body).join(",")); },
};`, { name: "consumer", kvNamespaces: { KV: "shared" }, queueConsumers: { q: { maxBatchSize: 1 } } }),
  ] },
  steps: gets(["/"]),
});
cases.push({
  name: "qsw20-queues-order-across-senders",
  area: "queues",
  description: "messages of two workers sent in turn (one calls the other between its sends) arrive in the order sent",
  options: { workers: [
    mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    await env.Q.send("a1");
    const other = await (await env.OTHER.fetch("http://other/")).text();
    await env.Q.send("a2");
    return new Response(other);
  },
  async queue(batch) { got.push(batch.messages.map((m) => m.body)); },
};`, { name: "a", serviceBindings: { OTHER: "b" }, queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 3 } } }),
    mod(`
export default {
  async fetch(req, env) { await env.Q.send("b1"); return new Response("b sent"); },
};`, { name: "b", queueProducers: { Q: "q" } }),
  ] },
  steps: gets(["/", "/got?n=1"]),
});
cases.push({
  name: "qsw20-queues-order-across-senders-waituntil",
  area: "queues",
  description: "a message sent in the callee's waitUntil after a wait, and the caller's, arrive in send order",
  options: { workers: [
    mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    await env.Q.send("a1");
    const other = await (await env.OTHER.fetch("http://other/")).text();
    await scheduler.wait(50);
    await env.Q.send("a2");
    return new Response(other);
  },
  async queue(batch) { got.push(batch.messages.map((m) => m.body)); },
};`, { name: "a", serviceBindings: { OTHER: "b" }, queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 3 } } }),
    mod(`
export default {
  async fetch(req, env, ctx) { ctx.waitUntil((async () => { await scheduler.wait(10); await env.Q.send("b1"); })()); return new Response("b"); },
};`, { name: "b", queueProducers: { Q: "q" } }),
  ] },
  steps: gets(["/", "/got?n=1"]),
});
cases.push({
  name: "qsw20-queues-batch-metadata-of-quick-sends",
  area: "queues",
  description: "three quick sends to a consumer of batch size 2: each batch's messages and backlog metadata",
  options: mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    const out = [];
    for (const b of ["a", "bb", "ccc"]) out.push((await env.Q.send(b, { contentType: "text" })).metadata.metrics.backlogCount);
    return Response.json(out);
  },
  async queue(batch) { const m = batch.metadata.metrics; got.push([batch.messages.map((x) => x.body), m.backlogCount, m.backlogBytes, m.oldestMessageTimestamp instanceof Date]); },
};`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 2, maxBatchTimeout: 0 } } }),
  steps: gets(["/", "/got?n=2"]),
});
// second round (qsw20b): batches of messages sent while the sender is busy
cases.push({
  name: "qsw20b-queues-zero-timeout-while-sender-busy",
  area: "queues",
  description: "with maxBatchTimeout 0, two messages sent around KV awaits go in one batch (the flush waits for the sender)",
  options: mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    await env.Q.send("a");
    for (let i = 0; i < 3; i++) await env.KV.get("k" + i);
    await env.Q.send("b");
    return new Response(String(got.length));
  },
  async queue(batch) { got.push([batch.messages.map((m) => m.body), batch.metadata.metrics.backlogCount]); },
};`, { kvNamespaces: ["KV"], queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 10, maxBatchTimeout: 0 } } }),
  steps: gets(["/", "/got?n=1"]),
});
cases.push({
  name: "qsw20b-queues-order-worker-and-durable-object",
  area: "queues",
  description: "a worker's sends around a Durable Object's send arrive in send order, in one full batch",
  options: mod(`${WAIT}
import { DurableObject } from "cloudflare:workers";
const got = [];
export class Obj extends DurableObject { async fetch() { await this.env.Q.send("d1"); return new Response("obj sent"); } }
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    await env.Q.send("w1");
    const t = await (await env.OBJ.get(env.OBJ.idFromName("x")).fetch("http://o/")).text();
    await env.Q.send("w2");
    return new Response(t);
  },
  async queue(batch) { got.push(batch.messages.map((m) => m.body)); },
};`, { durableObjects: { OBJ: "Obj" }, queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 3 } } }),
  steps: gets(["/", "/got?n=1"]),
});
cases.push({
  name: "qsw20b-queues-send-batch-then-send-order",
  area: "queues",
  description: "sendBatch then send then sendBatch from one request: one full batch in send order, with each message's attempts",
  options: mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    await env.Q.sendBatch([{ body: 1 }, { body: 2 }]);
    await env.Q.send(3);
    await env.Q.sendBatch([{ body: 4 }]);
    return new Response("ok");
  },
  async queue(batch) { got.push([batch.messages.map((m) => [m.body, m.attempts]), batch.metadata.metrics.backlogCount]); },
};`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 4 } } }),
  steps: gets(["/", "/got?n=1"]),
});
// third round (qsw20c): sends from a scheduled handler and a consumer
cases.push({
  name: "qsw20c-queues-sent-from-scheduled-and-consumer",
  area: "queues",
  description: "a scheduled handler's sends and a consumer's sends to a second queue, in order, with batch metadata",
  options: mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    return new Response("none");
  },
  async scheduled(c, env, ctx) {
    await env.Q.send("s1");
    ctx.waitUntil(env.Q.send("s2"));
    await env.Q.sendBatch([{ body: "s3" }]);
  },
  async queue(batch, env) {
    got.push([batch.queue, batch.messages.map((m) => m.body), batch.metadata.metrics.backlogCount]);
    if (batch.queue === "q") { for (const m of batch.messages) await env.R.send("r-" + m.body); await env.R.send("r-end"); }
  },
};`, { unsafeTriggerHandlers: true, queueProducers: { Q: "q", R: "r" }, queueConsumers: { q: { maxBatchSize: 3 }, r: { maxBatchSize: 4 } } }),
  steps: gets(["/cdn-cgi/handler/scheduled?cron=x", "/got?n=2"]),
});
export default cases;
