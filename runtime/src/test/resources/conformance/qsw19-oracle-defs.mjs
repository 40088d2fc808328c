// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsw19
// The nineteenth session's qsw19 probes: queue backlog metrics (metrics(), a send's metadata) and when
// a sent message joins the backlog.
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


const norm = `const ts0 = Date.now();
const tsd = (v) => v === undefined ? "undef" : [typeof v, Object.prototype.toString.call(v), v instanceof Date ? v.getTime() >= ts0 - 5000 && v.getTime() <= Date.now() + 5 : v];
const mm = (m) => m === undefined ? "undef" : { keys: Object.keys(m), count: m.backlogCount, bytes: m.backlogBytes, ts: tsd(m.oldestMessageTimestamp) };
const md = (r) => r === undefined ? "undef" : { keys: Object.keys(r), mkeys: Object.keys(r.metadata ?? {}), metrics: mm(r.metadata?.metrics) };`;
const cases = [
  {
    name: "qsw19-queues-send-metadata-sequence",
    area: "queues",
    description: "each send's metadata reports the backlog before it; messages sent without a pause in between are not yet in it; after a timer wait they are",
    options: mod(`${norm}
export default {
  async fetch(req, env, ctx) {
    const out = {};
    out.a = md(await env.Q.send("aa", { contentType: "text" }));
    out.b = md(await env.Q.send("bbb", { contentType: "text" }));
    out.mQuick = mm(await env.Q.metrics());
    await scheduler.wait(20);
    out.mAfterWait = mm(await env.Q.metrics());
    out.c = md(await env.Q.sendBatch([{ body: "c", contentType: "text" }, { body: new Uint8Array(4), contentType: "bytes" }]));
    out.d = md(await env.Q.send("dd", { contentType: "text", delaySeconds: 60 }));
    await scheduler.wait(20);
    out.e = md(await env.Q.send({ e: 1 }));
    out.f = md(await env.Q.sendBatch([{ body: "f" }]));
    await scheduler.wait(20);
    out.mEnd = mm(await env.Q.metrics());
    return Response.json(out);
  },
  async queue(batch) {},
};`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 100, maxBatchTimeout: 30 } } }),
    steps: [get("/")],
  },
  {
    name: "qsw19-queues-send-metadata-across-requests",
    area: "queues",
    description: "messages sent by an earlier request are in the backlog that a later request's metrics() and send metadata report",
    options: mod(`${norm}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    const out = {};
    if (url.pathname === "/one") { out.a = md(await env.Q.send("x1", { contentType: "text" })); out.b = md(await env.Q.send("x22", { contentType: "text" })); }
    if (url.pathname === "/two") { out.m = mm(await env.Q.metrics()); out.c = md(await env.Q.send("y", { contentType: "text" })); out.m2 = mm(await env.Q.metrics()); }
    if (url.pathname === "/three") { out.m = mm(await env.Q.metrics()); out.other = mm(await env.P.metrics()); out.otherSend = md(await env.P.send(1)); }
    return Response.json(out);
  },
  async queue(batch) {},
};`, { queueProducers: { Q: "q", P: "p" }, queueConsumers: { q: { maxBatchSize: 100, maxBatchTimeout: 30 } } }),
    steps: gets(["/one", "/two", "/three"]),
  },
  {
    name: "qsw19-queues-metadata-after-delivery",
    area: "queues",
    description: "after a full batch was delivered the backlog is empty again; a message retried with a delay is not in it until the delay passed",
    options: QW(`
    if (url.pathname === "/send") { out.a = md(await env.Q.sendBatch([{ body: 1 }, { body: 2 }])); }
    if (url.pathname === "/after") { out.m = mm(await env.Q.metrics()); out.s = md(await env.Q.send(3)); }
    `, `
    got.push({ bodies: batch.messages.map((m) => m.body + ":" + m.attempts), meta: mm(batch.metadata.metrics), metaKeys: Object.keys(batch.metadata) });
    `, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 2, maxBatchTimeout: 30 } } }, norm),
    steps: [get("/send"), get("/got?n=1&settle=100"), get("/after")],
  },
];
cases.push({
    name: "qsw19-queues-metrics-ready-backlog",
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
    name: "qsw19-queues-metrics-inside-consumer",
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

cases.push({
    name: "qsw19-queues-cross-worker-intake-after-sender-waits",
    area: "queues",
    description: "a full batch sent to another worker's consumer is not delivered while the sender keeps running (busy and awaiting KV); it is once the sender waits; message timestamps are the send time",
    options: { workers: [
      mod(`
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/seen") {
      let v = null;
      for (let i = 0; i < 200 && v === null; i++) { v = await env.KV.get("seen"); if (v === null) await scheduler.wait(20); }
      return new Response(v);
    }
    await env.KV.put("x", "1");
    const sentAt = Date.now();
    await env.Q.send("a");
    await env.Q.send("b");
    const until = Date.now() + 600; while (Date.now() < until) {}
    const during = await env.KV.get("seen");
    for (let i = 0; i < 20; i++) await Promise.resolve();
    const after = await env.KV.get("seen");
    await env.KV.put("sentAt", String(sentAt));
    return Response.json({ during, after });
  },
};`, { name: "sender", kvNamespaces: { KV: "shared" }, queueProducers: { Q: "q" } }),
      mod(`
export default {
  async fetch() { return new Response("consumer"); },
  async queue(batch, env) {
    const sentAt = Number(await env.KV.get("sentAt"));
    await env.KV.put("seen", JSON.stringify(batch.messages.map((m) => [m.body, m.timestamp.getTime() - sentAt < 400])));
  },
};`, { name: "consumer", kvNamespaces: { KV: "shared" }, queueConsumers: { q: { maxBatchSize: 2, maxBatchTimeout: 30 } } }),
    ] },
    steps: gets(["/send", "/seen"]),
  });

const QS = ["q1", "q2", "q3", "q4", "q5", "q6"];
const consumersOf = (names) => Object.fromEntries(names.map((n) => [n, { maxBatchSize: 100, maxBatchTimeout: 30 }]));
cases.push({
    name: "qsw19-queues-intake-after-awaits",
    area: "queues",
    description: "whether a sent message is in metrics() after the sender awaited KV, a service binding, a Durable Object, a 0 ms and a 1 ms timer, the Cache API",
    options: { workers: [
      mod(`
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject { fetch() { return new Response("obj"); } }
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const count = async (q) => (await q.metrics()).backlogCount;
    await env.Q1.send("a"); await env.KV.get("k"); out.kv = await count(env.Q1);
    await env.Q2.send("a"); await (await env.SVC.fetch("http://svc/")).text(); out.svc = await count(env.Q2);
    await env.Q3.send("a"); await env.OBJ.get(env.OBJ.idFromName("x")).fetch("http://o/"); out.obj = await count(env.Q3);
    await env.Q4.send("a"); await new Promise((r) => setTimeout(r, 0)); out.t0 = await count(env.Q4);
    await env.Q5.send("a"); await caches.default.match("http://c/"); out.cache = await count(env.Q5);
    await env.Q6.send("a"); await scheduler.wait(1); out.t1 = await count(env.Q6);
    out.end = [await count(env.Q1), await count(env.Q2), await count(env.Q3), await count(env.Q4), await count(env.Q5)];
    return Response.json(out);
  },
  async queue() {},
};`, { name: "sender", kvNamespaces: ["KV"], serviceBindings: { SVC: "svc" }, durableObjects: { OBJ: "Obj" },
        queueProducers: { Q1: "q1", Q2: "q2", Q3: "q3", Q4: "q4", Q5: "q5", Q6: "q6" }, queueConsumers: consumersOf(QS) }),
      mod(`export default { async fetch() { return new Response("svc"); } };`, { name: "svc" }),
    ] },
    steps: gets(["/"]),
  });
cases.push({
    name: "qsw19-queues-metrics-durable-object",
    area: "queues",
    description: "send metadata and metrics() from a Durable Object, before and after a wait",
    options: mod(`
import { DurableObject } from "cloudflare:workers";
const run = async (env) => {
  const a = await env.Q.send("xy");
  const b = await env.Q.send("z");
  const m1 = await env.Q.metrics();
  await scheduler.wait(10);
  const m2 = await env.Q.metrics();
  return [a.metadata.metrics.backlogCount, b.metadata.metrics.backlogCount, m1.backlogCount, m2.backlogCount, m2.backlogBytes, m2.oldestMessageTimestamp instanceof Date];
};
export class Obj extends DurableObject { async fetch() { return Response.json(await run(this.env)); } }
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/obj") return env.OBJ.get(env.OBJ.idFromName("a")).fetch(req);
    return new Response("other");
  },
  async queue() {},
};`, { durableObjects: { OBJ: "Obj" }, queueProducers: { Q: "q" }, queueConsumers: consumersOf(["q"]) }),
    steps: gets(["/obj", "/obj"]),
  });

cases.push({
    name: "qsw19-queues-batch-metadata-oldest",
    area: "queues",
    description: "a batch's metadata.metrics: keys, the backlog left behind and its oldest message's timestamp as a Date (the next batch's first message)",
    options: QW(`
    await env.Q.sendBatch([1, 2, 3, 4, 5].map((n) => ({ body: "m" + n, contentType: "text" })));
    out.sent = true;`, `
    const mt = batch.metadata.metrics;
    got.push({ bodies: batch.messages.map((m) => m.body), keys: Object.keys(mt), count: mt.backlogCount, bytes: mt.backlogBytes,
      ts: mt.oldestMessageTimestamp === undefined ? "undef" : Object.prototype.toString.call(mt.oldestMessageTimestamp) });
    got.sort((a, b) => a.bodies[0] < b.bodies[0] ? -1 : 1);`,
    { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 2, maxBatchTimeout: 0.2 } } }),
    steps: [get("/send"), get("/got?n=3&settle=300")],
  });
cases.push({
    name: "qsw19-queues-waituntil-send-then-metrics",
    area: "queues",
    description: "a message sent in ctx.waitUntil after the response is in the backlog the next request reads; metrics() of a queue without consumer stays empty",
    options: mod(`
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/send") { ctx.waitUntil(env.Q.send("late")); ctx.waitUntil(env.N.send("none")); return new Response("sent"); }
    const m = await env.Q.metrics(); const n = await env.N.metrics();
    return Response.json({ q: [m.backlogCount, m.backlogBytes, m.oldestMessageTimestamp instanceof Date], n: [n.backlogCount, n.backlogBytes, "oldestMessageTimestamp" in n] });
  },
  async queue() {},
};`, { queueProducers: { Q: "q", N: "n" }, queueConsumers: { q: { maxBatchSize: 10, maxBatchTimeout: 30 } } }),
    steps: gets(["/send", "/read"]),
  });

export default cases;
