// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsw16
// The sixteenth session's qsw16 probes: I/O continuations after a request, scheduled, queues, workflows.
import { CD, PRELUDE, get, req } from "./_h.mjs";
const gets = (paths) => paths.map((p) => get(p));
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const WAIT = `const wait = (ms) => new Promise((r) => setTimeout(r, ms));`;

const first = [
  {
    name: "qsw16-io-continuations-after-the-request",
    area: "waituntil",
    description: "continuations of I/O a request started but did not wait for (KV, cache, service binding, Durable Object, queue send) once the response is sent; kept while waitUntil runs",
    options: { workers: [
      { name: "main", kvNamespaces: ["KV"], serviceBindings: { S: "callee" }, durableObjects: { OBJ: "Obj" }, queueProducers: { Q: "q" }, ...mod(`${WAIT}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject { async fetch() { return new Response("obj"); } ping() { return "pong"; } }
const log = [];
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  const stub = env.OBJ.get(env.OBJ.idFromName("a"));
  if (p === "/kv") { env.KV.put("k", "v").then(() => log.push("kv-put")); env.KV.get("k").then(() => log.push("kv-get")); env.KV.list().then(() => log.push("kv-list")); return new Response("kv"); }
  if (p === "/sb") { env.S.fetch("http://c/").then((r) => r.text()).then((t) => log.push("sb:" + t)); return new Response("sb"); }
  if (p === "/cache") { caches.default.match("http://x/").then(() => log.push("cache-match")); return new Response("cache"); }
  if (p === "/do") { stub.fetch("http://o/").then(() => log.push("do-fetch")); stub.ping().then((v) => log.push("do-rpc:" + v)); return new Response("do"); }
  if (p === "/q") { env.Q.send("x").then(() => log.push("q-send")); return new Response("q"); }
  if (p === "/kvwait") { ctx.waitUntil(wait(100)); env.KV.get("k").then(() => log.push("kvwait-get")); env.S.fetch("http://c/").then(() => log.push("kvwait-sb")); return new Response("kvwait"); }
  if (p === "/reject") { env.KV.get("k", { type: "nope" }).catch((e) => log.push("sync-reject:" + e.name)); env.S.fetch("http://c/throw").then((r) => log.push("sb-status:" + r.status), (e) => log.push("sb-err")); return new Response("reject"); }
  if (p === "/chain") { ctx.waitUntil(wait(50)); (async () => { await env.KV.get("k"); log.push("chain-1"); await wait(200); log.push("chain-2"); await env.KV.get("k"); log.push("chain-3"); })(); return new Response("chain"); }
  if (p === "/log") { await wait(400); return Response.json(log.splice(0).sort()); }
  return new Response("?");
} };`) },
      { name: "callee", ...mod(`export default { async fetch(req) { if (req.url.endsWith("/throw")) throw new Error("boom"); return new Response("callee"); } };`) },
    ] },
    steps: gets(["/kv", "/log", "/sb", "/log", "/cache", "/log", "/do", "/log", "/q", "/log", "/kvwait", "/log", "/chain", "/log"]),
  },
  {
    name: "qsw16-scheduled-trigger-paths",
    area: "scheduled",
    description: "trigger path variants: trailing slash, upper case, other /cdn-cgi/handler/ names, empty cron, repeated and encoded parameters, the response headers",
    options: mod(`
const seen = [];
export default {
  async fetch(req) { const u = new URL(req.url); if (u.pathname === "/seen") return Response.json(seen.splice(0)); return new Response("fetch:" + u.pathname + u.search); },
  async scheduled(c, env, ctx) { seen.push({ cron: c.cron, t: typeof c.scheduledTime, keys: Object.keys(c), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(c)).sort() }); },
};`, { unsafeTriggerHandlers: true }),
    steps: [
      get("/cdn-cgi/handler/scheduled/"), get("/seen"),
      get("/CDN-CGI/handler/scheduled"), get("/seen"),
      get("/cdn-cgi/handler/Scheduled"), get("/seen"),
      get("/cdn-cgi/handler/queue"), get("/seen"),
      get("/cdn-cgi/handler/email"), get("/seen"),
      get("/cdn-cgi/handler/scheduled?cron="), get("/seen"),
      get("/cdn-cgi/handler/scheduled?cron=a&cron=b"), get("/seen"),
      get("/cdn-cgi/handler/scheduled?cron=%2A%2F5+*+*+*+*"), get("/seen"),
      get("/cdn-cgi/mf/scheduled/"), get("/seen"),
      get("/cdn-cgi/handler/scheduled#frag"), get("/seen"),
      get("/cdn-cgi/handler"), get("/cdn-cgi/"),
    ],
  },
  {
    name: "qsw16-scheduled-multi-worker",
    area: "scheduled",
    description: "the trigger in a multi-worker setup runs the first worker's scheduled(), or a routed worker's; a worker without scheduled() behind a route",
    options: { workers: [
      { name: "a", unsafeTriggerHandlers: true, ...mod(`const s = []; export default { async fetch(req) { return Response.json({ w: "a", s }); }, async scheduled(c) { s.push(c.cron); } };`) },
      { name: "b", routes: ["http://b.example/*"], unsafeTriggerHandlers: true, ...mod(`const s = []; export default { async fetch(req) { return Response.json({ w: "b", s }); }, async scheduled(c) { s.push(c.cron); } };`) },
      { name: "c", routes: ["http://c.example/*"], ...mod(`export default { async fetch(req) { return new Response("c:" + new URL(req.url).pathname); } };`) },
    ] },
    steps: [
      get("/cdn-cgi/handler/scheduled?cron=one"), get("/"),
      { request: { url: "http://b.example/cdn-cgi/handler/scheduled?cron=two", method: "GET" } },
      { request: { url: "http://b.example/", method: "GET" } },
      get("/"),
      { request: { url: "http://c.example/cdn-cgi/handler/scheduled?cron=three", method: "GET" } },
      { request: { url: "http://c.example/cdn-cgi/mf/scheduled", method: "GET" } },
    ],
  },
  {
    name: "qsw16-scheduled-error-shapes",
    area: "scheduled",
    description: "scheduled handlers failing in several ways (throw null, reject with an object, throw after noRetry, a waitUntil rejecting after return, a hang released by waitUntil): the trigger's status and body",
    options: mod(`${WAIT}
const log = [];
export default {
  async fetch(req) { return Response.json(log.splice(0)); },
  async scheduled(c, env, ctx) {
    log.push(c.cron);
    if (c.cron === "null") throw null;
    if (c.cron === "obj") return Promise.reject({ a: 1 });
    if (c.cron === "noretry-throw") { c.noRetry(); throw new TypeError("t"); }
    if (c.cron === "wu-reject") { ctx.waitUntil(wait(10).then(() => { throw new Error("late"); })); return; }
    if (c.cron === "wu-ok") { ctx.waitUntil(wait(30).then(() => log.push("wu-done"))); return 5; }
    if (c.cron === "sync") { throw new RangeError("sync"); }
    if (c.cron === "timer-throw") { setTimeout(() => { throw new Error("in timer"); }, 0); await wait(20); return; }
  },
};`, { unsafeTriggerHandlers: true }),
    steps: [
      get("/cdn-cgi/handler/scheduled?cron=null"), get("/cdn-cgi/handler/scheduled?cron=obj"),
      get("/cdn-cgi/handler/scheduled?cron=noretry-throw"), get("/cdn-cgi/handler/scheduled?cron=wu-reject"),
      get("/cdn-cgi/handler/scheduled?cron=wu-ok"), get("/cdn-cgi/handler/scheduled?cron=sync"),
      get("/cdn-cgi/handler/scheduled?cron=timer-throw"), get("/log"),
    ],
  },
];
export const more = [
  {
    name: "qsw16-scheduled-multi-worker-shared-trigger",
    area: "scheduled",
    description: "unsafeTriggerHandlers at the top level of a multi-worker setup: the trigger runs the first worker's scheduled(), or a routed worker's; a routed worker without scheduled()",
    options: { unsafeTriggerHandlers: true, workers: [
      { name: "a", ...mod(`const s = []; export default { async fetch(req) { return Response.json({ w: "a", s }); }, async scheduled(c) { s.push(c.cron); } };`) },
      { name: "b", routes: ["http://b.example/*"], ...mod(`const s = []; export default { async fetch(req) { return Response.json({ w: "b", s }); }, async scheduled(c) { s.push(c.cron); } };`) },
      { name: "c", routes: ["http://c.example/*"], ...mod(`export default { async fetch(req) { return new Response("c:" + new URL(req.url).pathname); } };`) },
    ] },
    steps: [
      get("/cdn-cgi/handler/scheduled?cron=one"), get("/"),
      { request: { url: "http://b.example/cdn-cgi/handler/scheduled?cron=two", method: "GET" } },
      { request: { url: "http://b.example/", method: "GET" } },
      get("/"),
      { request: { url: "http://c.example/cdn-cgi/handler/scheduled?cron=three", method: "GET" } },
      { request: { url: "http://c.example/cdn-cgi/mf/scheduled", method: "GET" } },
    ],
  },
  {
    // not kept in recorded/: batch 2 reads messages[1] of a one-message batch, and GraalJS words
    // that TypeError otherwise than V8 ("Cannot read property 'retry' of undefined")
    name: "qsw16-queues-consumer-misc",
    area: "queues",
    description: "a consumer's view: message keys and descriptors, body identity, batch.messages mutability, ack of a message twice, retry options of odd shapes, Object.keys of batch",
    options: mod(`${WAIT}
let out = [];
export default {
  async fetch(req, env) {
    const p = new URL(req.url).pathname;
    if (p === "/send") { await env.Q.send({ a: 1 }); await env.Q.send(new Uint8Array([1, 2]), { contentType: "bytes" }); await env.Q.send("t", { contentType: "text" }); await env.Q.send(new Map([[1, 2]]), { contentType: "v8" }); return new Response("sent"); }
    if (p === "/out") { for (let i = 0; i < 120 && out.length < 2; i++) await wait(50); return Response.json(out.splice(0)); }
    return new Response("?");
  },
  async queue(batch, env, ctx) {
    const m = batch.messages[0];
    const r = { n: batch.messages.length, keysB: Object.keys(batch), keysM: Object.keys(m), protoM: Object.getOwnPropertyNames(Object.getPrototypeOf(m)).sort(), protoB: Object.getOwnPropertyNames(Object.getPrototypeOf(batch)).sort() };
    r.same = m.body === m.body; r.msgSame = batch.messages === batch.messages;
    r.frozen = Object.isFrozen(batch.messages);
    r.push = await t(() => batch.messages.push(1));
    r.setBody = await t(() => { m.body = 5; return m.body; }); if (r.setBody.error) delete r.setBody.error.message; // GraalJS words it otherwise (see the report)
    r.types = batch.messages.map((x) => Object.prototype.toString.call(x.body));
    r.ts = Object.prototype.toString.call(m.timestamp);
    r.json = JSON.parse(JSON.stringify(batch.messages.map((x) => Object.keys(x))));
    r.str = String(m); r.bstr = String(batch);
    r.ack2 = [m.ack(), m.ack()];
    r.retryOpts = await t(() => batch.messages[1].retry({ delaySeconds: undefined }));
    r.ackAllRet = batch.ackAll();
    out.push(r);
  },
};`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 4, maxBatchTimeout: 0.5 } } }),
    steps: gets(["/send", "/out"]),
  },
  {
    name: "qsw16-queues-cross-worker-consumer-errors",
    area: "queues",
    description: "a consumer in another worker that throws on the first attempt; its view of attempts; a message retried with a delay; the producer worker has no queue()",
    options: { workers: [
      { name: "prod", kvNamespaces: { KV: "shared" }, queueProducers: { Q: "q" }, ...mod(`${WAIT}
export default { async fetch(req, env) {
  const p = new URL(req.url).pathname;
  if (p === "/send") { await env.Q.sendBatch([{ body: 1 }, { body: 2 }, { body: 3 }]); return new Response("ok"); }
  if (p === "/read") { await wait(4500); const l = await env.KV.list(); return Response.json(await Promise.all(l.keys.map(async (k) => [k.name, await env.KV.get(k.name)]))); }
  return new Response("?");
} };`) },
      { name: "cons", kvNamespaces: { KV: "shared" }, queueConsumers: { q: { maxBatchSize: 5, maxBatchTimeout: 0.1, maxRetries: 2, retryDelay: 1 } }, ...mod(`
let n = 0;
export default { async queue(batch, env) {
  n++;
  await env.KV.put("b" + n, JSON.stringify(batch.messages.map((m) => [m.body, m.attempts])));
  if (n === 1) throw new Error("first");
  for (const m of batch.messages) { if (m.body === 2 && m.attempts < 3) m.retry(); else m.ack(); }
} };`) },
    ] },
    steps: gets(["/send", "/read"]),
  },
];

export const third = [
  {
    name: "qsw16-timer-throw-in-events",
    area: "waituntil",
    description: "a timer callback that throws while a fetch, a waitUntil or a scheduled run is still going: what the response, the trigger and later requests see",
    options: mod(`${WAIT}
const log = [];
export default {
  async fetch(req, env, ctx) {
    const p = new URL(req.url).pathname;
    if (p === "/fetch") { setTimeout(() => { throw new Error("in timer"); }, 0); await wait(30); log.push("fetch-after"); return new Response("fetch-ok"); }
    if (p === "/micro") { setTimeout(() => { Promise.reject(new Error("unhandled")); }, 0); await wait(30); return new Response("micro-ok"); }
    if (p === "/wu") { ctx.waitUntil(wait(60).then(() => log.push("wu-done"))); setTimeout(() => { throw new Error("in timer wu"); }, 10); return new Response("wu-ok"); }
    if (p === "/log") { await wait(150); return Response.json(log.splice(0)); }
    return new Response("?");
  },
  async scheduled(c, env, ctx) {
    if (c.cron === "wu") { ctx.waitUntil(wait(60).then(() => log.push("s-wu-done"))); setTimeout(() => { throw new Error("s timer"); }, 10); return; }
    if (c.cron === "after") { setTimeout(() => { throw new Error("s timer"); }, 0); await wait(30); log.push("s-after"); return; }
    if (c.cron === "unh") { Promise.reject(new Error("unhandled")); await wait(30); return; }
  },
};`, { unsafeTriggerHandlers: true }),
    steps: [get("/fetch"), get("/log"), get("/micro"), get("/wu"), get("/log"), get("/cdn-cgi/handler/scheduled?cron=wu"), get("/cdn-cgi/handler/scheduled?cron=after"), get("/cdn-cgi/handler/scheduled?cron=unh"), get("/log")],
  },
];

export const fourth = [
  {
    name: "qsw16-queues-timer-throw-and-late-io",
    area: "queues",
    description: "a queue handler whose timer throws while the batch is still running, and one that starts KV I/O it does not wait for: redeliveries and what the continuations log",
    options: mod(`${WAIT}
const log = [];
export default {
  async fetch(req, env) {
    const p = new URL(req.url).pathname;
    if (p === "/send") { await env.Q.send("timer"); await env.Q2.send("io"); return new Response("sent"); }
    if (p === "/log") { for (let i = 0; i < 80 && log.length < 4; i++) await wait(50); await wait(300); return Response.json(log.splice(0).sort()); }
    return new Response("?");
  },
  async queue(batch, env, ctx) {
    const m = batch.messages[0];
    log.push(batch.queue + ":" + m.body + ":" + m.attempts);
    if (m.body === "timer" && m.attempts === 1) { setTimeout(() => { throw new Error("queue timer"); }, 0); await wait(30); return; }
    if (m.body === "io") { env.KV.get("k").then(() => log.push("io-continued:" + m.attempts)); if (m.attempts === 1) m.retry(); return; }
  },
};`, { kvNamespaces: ["KV"], queueProducers: { Q: "q", Q2: "q2" }, queueConsumers: { q: { maxBatchSize: 1, maxBatchTimeout: 0.05, maxRetries: 3 }, q2: { maxBatchSize: 1, maxBatchTimeout: 0.05, maxRetries: 3 } } }),
    steps: gets(["/send", "/log"]),
  },
];

export const fifth = [
  {
    name: "qsw16-workflows-timers-and-io-in-run",
    area: "workflows",
    description: "inside run(): a timer that throws during a step, KV I/O started in a step and not awaited, this.ctx.waitUntil, setTimeout between steps; status and what was logged",
    options: mod(`${WAIT}
import { WorkflowEntrypoint } from "cloudflare:workers";
export class Flow extends WorkflowEntrypoint {
  async run(event, step) {
    const log = [];
    const a = await step.do("a", { retries: { limit: 1, delay: 10 } }, async () => { setTimeout(() => { throw new Error("step timer"); }, 0); await wait(30); return "a-done"; });
    log.push(a);
    const b = await step.do("b", async () => { this.env.KV.get("k").then(() => this.env.KV.put("late", "yes")); return "b-done"; });
    log.push(b);
    await new Promise((r) => setTimeout(r, 50));
    log.push("timer-between");
    let wu;
    try { wu = typeof this.ctx.waitUntil; this.ctx.waitUntil(wait(10)); } catch (e) { wu = "err:" + e.message; }
    log.push("wu:" + wu);
    await step.sleep("s", 100);
    log.push("late:" + await this.env.KV.get("late"));
    return log;
  }
}
export default { async fetch(req, env) {
  const p = new URL(req.url).pathname;
  if (p === "/run") {
    const inst = await env.WF.create({ id: "one" });
    for (let i = 0; i < 100; i++) { const s = await inst.status(); if (s.status === "complete" || s.status === "errored") return Response.json({ status: s.status, output: s.output, error: s.error }); await wait(50); }
    return Response.json((await inst.status()).status);
  }
  return new Response("?");
} };`, { kvNamespaces: ["KV"], workflows: { WF: { name: "flow", className: "Flow" } } }),
    steps: gets(["/run"]),
  },
];

export default [...first, ...more, ...third, ...fourth, ...fifth];
