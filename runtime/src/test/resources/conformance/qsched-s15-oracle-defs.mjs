// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsched-timers   (the other cases: their names)
// The fifteenth session's qsched probes: timers per event, queues, scheduled and errors.
import { CD, PRELUDE, get, req } from "./_h.mjs";
const gets = (paths) => paths.map((p) => get(p));
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const WAIT = `const wait = (ms) => new Promise((r) => setTimeout(r, ms));`;

export const timers = [
  {
    name: "qsched-timers-fetch-lifetimes",
    area: "waituntil",
    description: "timers of a fetch request: dropped once the response and waitUntil end, kept while either runs, nested timers, intervals, streamed bodies",
    options: mod(`${WAIT}
const log = [];
let iv = 0;
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/bare") { setTimeout(() => log.push("bare-0"), 0); setTimeout(() => log.push("bare-10"), 10); setInterval(() => log.push("bare-iv"), 5); return new Response("bare"); }
  if (p === "/chain") {
    ctx.waitUntil(wait(80));
    setTimeout(() => { log.push("c-20"); setTimeout(() => log.push("c-20+20"), 20); setTimeout(() => log.push("c-20+300"), 300); }, 20);
    return new Response("chain");
  }
  if (p === "/interval") { setInterval(() => iv++, 10); ctx.waitUntil(wait(60)); return new Response("iv"); }
  if (p === "/ivcheck") { await wait(100); const a = iv; await wait(200); return Response.json({ some: a > 0, same: iv === a }); }
  if (p === "/awaited") { await wait(20); setTimeout(() => log.push("awaited-0"), 0); await wait(20); return new Response("awaited"); }
  if (p === "/stream") {
    let n = 0;
    const body = new ReadableStream({ async pull(c) {
      if (n === 0) setTimeout(() => log.push("mid-stream"), 5);
      await wait(30);
      if (n++ < 3) c.enqueue(new TextEncoder().encode("x" + n));
      else { c.close(); setTimeout(() => log.push("after-stream-200"), 200); }
    } });
    return new Response(body);
  }
  if (p === "/micro") {
    Promise.resolve().then(() => log.push("micro"));
    queueMicrotask(() => log.push("qm"));
    scheduler.wait(0).then(() => log.push("sched-wait-0"));
    return new Response("micro");
  }
  if (p === "/clear") { const id = setTimeout(() => log.push("cleared"), 10); clearTimeout(id); ctx.waitUntil(wait(40)); return new Response("clear"); }
  if (p === "/log") { await wait(500); const out = log.splice(0); return Response.json(out); }
  return new Response("?");
} };`),
    steps: gets(["/bare", "/log", "/chain", "/log", "/interval", "/ivcheck", "/awaited", "/log", "/stream", "/log", "/micro", "/log", "/clear", "/log"]),
  },
  // not kept in recorded/: a known gap (README, Limitations)
  {
    name: "qsched-timers-io-continuations-after-the-request",
    area: "waituntil",
    description: "continuations of I/O a request started but did not wait for (KV, cache, service binding, scheduler.wait) once the response is sent",
    options: { workers: [
      { name: "main", kvNamespaces: ["KV"], serviceBindings: { S: "callee" }, ...mod(`${WAIT}
const log = [];
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/kv") { env.KV.put("k", "v").then(() => log.push("kv-put")); env.KV.get("k").then(() => log.push("kv-get")); return new Response("kv"); }
  if (p === "/sb") { env.S.fetch("http://c/").then((r) => r.text()).then((t) => log.push("sb:" + t)); return new Response("sb"); }
  if (p === "/cache") { caches.default.match("http://x/").then(() => log.push("cache-match")); return new Response("cache"); }
  if (p === "/kvwait") { ctx.waitUntil(wait(100)); env.KV.get("k").then(() => log.push("kvwait-get")); return new Response("kvwait"); }
  if (p === "/log") { await wait(500); return Response.json(log.splice(0)); }
  return new Response("?");
} };`) },
      { name: "callee", ...mod(`export default { async fetch() { return new Response("callee"); } };`) },
    ] },
    steps: gets(["/kv", "/log", "/sb", "/log", "/cache", "/log", "/kvwait", "/log"]),
  },
  {
    name: "qsched-timers-service-binding-callee",
    area: "waituntil",
    description: "timers a service binding's callee (fetch and RPC) sets before answering: dropped when its answer is done, kept while its waitUntil runs",
    options: { workers: [
      { name: "main", serviceBindings: { S: "callee", E: { name: "callee", entrypoint: "Ep" } }, ...mod(`${WAIT}
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  const out = {};
  if (p === "/fetch") { out.text = await (await env.S.fetch("http://c/bare")).text(); await wait(150); out.log = await (await env.S.fetch("http://c/log")).json(); }
  if (p === "/kept") { out.text = await (await env.S.fetch("http://c/kept")).text(); await wait(150); out.log = await (await env.S.fetch("http://c/log")).json(); }
  if (p === "/rpc") { out.r = await env.E.bare(); await wait(150); out.log = await env.E.log(); }
  if (p === "/rpckept") { out.r = await env.E.kept(); await wait(150); out.log = await env.E.log(); }
  return Response.json(out);
} };`) },
      { name: "callee", ...mod(`${WAIT}
import { WorkerEntrypoint } from "cloudflare:workers";
const log = [];
export class Ep extends WorkerEntrypoint {
  bare() { setTimeout(() => log.push("rpc-0"), 0); setTimeout(() => log.push("rpc-20"), 20); return "bare"; }
  kept() { this.ctx.waitUntil(wait(60)); setTimeout(() => log.push("rpckept-20"), 20); setTimeout(() => log.push("rpckept-120"), 120); return "kept"; }
  log() { return log.splice(0); }
}
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/bare") { setTimeout(() => log.push("sb-0"), 0); setTimeout(() => log.push("sb-20"), 20); return new Response("bare"); }
  if (p === "/kept") { ctx.waitUntil(wait(60)); setTimeout(() => log.push("kept-20"), 20); setTimeout(() => log.push("kept-120"), 120); return new Response("kept"); }
  if (p === "/log") return Response.json(log.splice(0));
  return new Response("?");
} };`) },
    ] },
    steps: gets(["/fetch", "/kept", "/rpc", "/rpckept"]),
  },
  {
    name: "qsched-timers-durable-object",
    area: "waituntil",
    description: "timers a Durable Object sets in fetch, an RPC method and its constructor fire after the call has answered (the object stays alive)",
    options: mod(`${WAIT}
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  log = [];
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/set") { setTimeout(() => this.log.push("fetch-0"), 0); setTimeout(() => this.log.push("fetch-30"), 30); setTimeout(() => this.log.push("fetch-150"), 150); return new Response("set"); }
    return Response.json(this.log.splice(0));
  }
  rpcSet() { setTimeout(() => this.log.push("rpc-0"), 0); setTimeout(() => this.log.push("rpc-40"), 40); return "ok"; }
  getLog() { return this.log.splice(0); }
}
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  const stub = env.OBJ.get(env.OBJ.idFromName("a"));
  if (p === "/fetch") { const t = await (await stub.fetch("http://o/set")).text(); await wait(250); return Response.json({ t, log: await (await stub.fetch("http://o/log")).json() }); }
  if (p === "/fetch-later") { await stub.fetch("http://o/set"); return new Response("later"); }
  if (p === "/log-later") { await wait(250); return Response.json(await (await stub.fetch("http://o/log")).json()); }
  if (p === "/rpc") { const r = await stub.rpcSet(); await wait(150); return Response.json({ r, log: await stub.getLog() }); }
  return new Response("?");
} };`, { durableObjects: { OBJ: "Obj" } }),
    steps: gets(["/fetch", "/fetch-later", "/log-later", "/rpc"]),
  },
  {
    name: "qsched-timers-scheduled-and-queue-handlers",
    area: "waituntil",
    description: "timers a scheduled() or queue() handler sets: dropped once the handler and its waitUntil work end",
    options: mod(`${WAIT}
const log = [];
export default {
  async fetch(req, env, ctx) {
    const p = new URL(req.url).pathname;
    if (p === "/send") { await env.Q.send("m"); return new Response("sent"); }
    if (p === "/log") { for (let i = 0; i < 30 && log.length === 0; i++) await wait(50); await wait(400); return Response.json(log.splice(0)); }
    return new Response("?");
  },
  async scheduled(c, env, ctx) {
    log.push("sch:" + c.cron);
    setTimeout(() => log.push("sch-0"), 0); setTimeout(() => log.push("sch-20"), 20);
    if (c.cron === "kept") { ctx.waitUntil(wait(80)); setTimeout(() => log.push("sch-kept-40"), 40); setTimeout(() => log.push("sch-kept-300"), 300); }
  },
  async queue(batch, env, ctx) {
    log.push("q:" + batch.messages.length);
    setTimeout(() => log.push("q-0"), 0); setTimeout(() => log.push("q-20"), 20);
    ctx.waitUntil(wait(80)); setTimeout(() => log.push("q-kept-40"), 40); setTimeout(() => log.push("q-kept-300"), 300);
  },
};`, { unsafeTriggerHandlers: true, queueProducers: { Q: "q1" }, queueConsumers: { q1: { maxBatchTimeout: 0.05 } } }),
    steps: [get("/cdn-cgi/handler/scheduled?cron=bare"), get("/log"), get("/cdn-cgi/handler/scheduled?cron=kept"), get("/log"), get("/send"), get("/log")],
  },
];
const LOGW = `${WAIT}
const log = [];
async function drain(n = 1, settle = 300) { for (let i = 0; i < 60 && log.length < n; i++) await wait(50); await wait(settle); return log.splice(0); }`;

export const probes = [
  {
    name: "qsched-queues-ack-retry-orders",
    area: "queues",
    description: "ack/retry/ackAll/retryAll called in different orders on the same message and batch: which decision wins on the next delivery",
    options: mod(`${LOGW}
export default {
  async fetch(req, env) {
    const p = new URL(req.url).pathname;
    if (p === "/send") { await env.Q.sendBatch([{ body: "a" }, { body: "b" }, { body: "c" }, { body: "d" }]); return new Response("sent"); }
    if (p === "/log") return Response.json(await drain(8, 1500));
    return new Response("?");
  },
  async queue(batch) {
    const [a, b, c, d] = batch.messages;
    log.push(batch.messages.map((m) => m.body + m.attempts).join(","));
    if (a.attempts > 1) return;
    a.retry(); a.ack();
    b.ack(); b.retry();
    batch.retryAll();
    c.ack();
    batch.ackAll();
    d.retry({ delaySeconds: 0 });
  },
};`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchTimeout: 0.05, maxRetries: 3 } } }),
    steps: [get("/send"), get("/log")],
  },
  {
    name: "qsched-queues-retryall-then-ack",
    area: "queues",
    description: "retryAll then per-message ack, and ackAll then per-message retry: the next delivery's messages",
    options: mod(`${LOGW}
export default {
  async fetch(req, env) {
    const p = new URL(req.url).pathname;
    if (p === "/send1") { await env.Q.sendBatch([{ body: "r1" }, { body: "r2" }]); return new Response("sent"); }
    if (p === "/send2") { await env.Q2.sendBatch([{ body: "k1" }, { body: "k2" }]); return new Response("sent"); }
    if (p === "/log") return Response.json(await drain(2, 1500));
    return new Response("?");
  },
  async queue(batch) {
    log.push(batch.queue + ":" + batch.messages.map((m) => m.body + m.attempts).join(","));
    if (batch.messages[0].attempts > 1) return;
    if (batch.queue === "q") { batch.retryAll(); batch.messages[0].ack(); }
    else { batch.ackAll(); batch.messages[1].retry(); }
  },
};`, { queueProducers: { Q: "q", Q2: "q2" }, queueConsumers: { q: { maxBatchTimeout: 0.05 }, q2: { maxBatchTimeout: 0.05 } } }),
    steps: [get("/send1"), get("/log"), get("/send2"), get("/log")],
  },
  {
    name: "qsched-queues-delay-and-content-validation",
    area: "queues",
    description: "send/sendBatch delaySeconds edge values (negative, fractional, NaN, strings, huge) and contentType values: what throws and with which message",
    options: mod(`
export default {
  async fetch(req, env) {
    const out = {};
    const s = (o) => t(() => env.Q.send("x", o));
    for (const d of [-1, 0.5, 1.9, 43200, 43201, NaN, Infinity, "5", "abc", null, true, 1e20, -0])
      out["send delay " + String(d)] = await s({ delaySeconds: d });
    for (const ct of ["json", "text", "bytes", "v8", "JSON", "binary", "", "application/json", null, 1])
      out["send ct " + String(ct)] = await s({ contentType: ct });
    out["text non-string"] = await s({ contentType: "text", body: 1 });
    out["text number"] = await t(() => env.Q.send(42, { contentType: "text" }));
    out["bytes string"] = await t(() => env.Q.send("abc", { contentType: "bytes" }));
    out["bytes number"] = await t(() => env.Q.send(1, { contentType: "bytes" }));
    out["json bigint"] = await t(() => env.Q.send(1n));
    out["json fn"] = await t(() => env.Q.send(() => 1));
    out["json undefined"] = await t(() => env.Q.send(undefined));
    out["json symbol"] = await t(() => env.Q.send(Symbol("s")));
    out["v8 fn"] = await t(() => env.Q.send(() => 1, { contentType: "v8" }));
    out["v8 symbol"] = await t(() => env.Q.send(Symbol("s"), { contentType: "v8" }));
    out["batch delay -1"] = await t(() => env.Q.sendBatch([{ body: 1 }], { delaySeconds: -1 }));
    out["batch delay 43201"] = await t(() => env.Q.sendBatch([{ body: 1 }], { delaySeconds: 43201 }));
    out["batch msg delay -1"] = await t(() => env.Q.sendBatch([{ body: 1, delaySeconds: -1 }]));
    out["batch msg ct bad"] = await t(() => env.Q.sendBatch([{ body: 1, contentType: "nope" }]));
    out["batch empty"] = await t(() => env.Q.sendBatch([]));
    out["batch 100"] = await t(() => env.Q.sendBatch(Array.from({ length: 100 }, (_, i) => ({ body: i }))));
    out["batch 101"] = await t(() => env.Q.sendBatch(Array.from({ length: 101 }, (_, i) => ({ body: i }))));
    out["batch no arg"] = await t(() => env.Q.sendBatch());
    out["batch string"] = await t(() => env.Q.sendBatch("ab"));
    out["batch null entry"] = await t(() => env.Q.sendBatch([null]));
    out["batch no body"] = await t(() => env.Q.sendBatch([{}]));
    out["send no arg"] = await t(() => env.Q.send());
    return Response.json(out);
  },
  async queue(batch) {},
};`, { queueProducers: { Q: "q" } }),
    steps: [get("/")],
  },
  {
    name: "qsched-queues-consumer-option-edges",
    area: "queues",
    description: "consumer options at edge values: maxBatchSize 1, maxRetries 0 with retry(), retryDelay 0, a dead letter queue consumed by the same worker",
    options: mod(`${LOGW}
export default {
  async fetch(req, env) {
    const p = new URL(req.url).pathname;
    if (p === "/send") { await env.Q.sendBatch([{ body: "a" }, { body: "b" }, { body: "c" }]); return new Response("sent"); }
    if (p === "/log") return Response.json((await drain(6, 1200)).sort());
    return new Response("?");
  },
  async queue(batch) {
    log.push(batch.queue + ":" + batch.messages.length + ":" + batch.messages.map((m) => m.body + m.attempts).join(","));
    if (batch.queue === "q") batch.messages.forEach((m) => m.retry());
  },
};`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 1, maxBatchTimeout: 0.05, maxRetries: 0, retryDelay: 0, deadLetterQueue: "dlq" }, dlq: { maxBatchSize: 1, maxBatchTimeout: 0.05 } } }),
    steps: [get("/send"), get("/log")],
  },
  {
    name: "qsched-queues-errors-thrown-by-consumer",
    area: "queues",
    description: "a consumer throwing errors of several kinds (custom class, string, rejected promise with an object) is retried; what the next attempts see",
    options: mod(`${LOGW}
class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } }
export default {
  async fetch(req, env) {
    const p = new URL(req.url).pathname;
    if (p === "/send") { for (const k of ["custom", "string", "object", "sync"]) await env.Q.send(k); return new Response("sent"); }
    if (p === "/log") return Response.json((await drain(8, 1200)).sort());
    return new Response("?");
  },
  queue(batch) {
    const m = batch.messages[0];
    log.push(m.body + ":" + m.attempts);
    if (m.attempts > 1) return;
    if (m.body === "custom") return Promise.reject(new MyErr("custom fail"));
    if (m.body === "string") return Promise.reject("plain string");
    if (m.body === "object") return Promise.reject({ code: 1 });
    throw new TypeError("sync fail");
  },
};`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 1, maxBatchTimeout: 0.05, maxRetries: 2 } } }),
    steps: [get("/send"), get("/log")],
  },
  {
    name: "qsched-scheduled-cron-and-time-values",
    area: "scheduled",
    description: "cron strings of many shapes reach the handler as given; scheduledTime from time values; the trigger's answers",
    options: mod(`
let last = null;
export default {
  async fetch(req) { return Response.json(last); },
  async scheduled(c, env, ctx) {
    last = { cron: c.cron, time: c.scheduledTime, type: typeof c.scheduledTime, keys: Object.keys(c), json: JSON.stringify(c) };
    if (c.cron === "throw") throw new RangeError("sched range");
    if (c.cron === "noretry") { c.noRetry(); throw new Error("after noRetry"); }
    if (c.cron === "reject") return Promise.reject(new Error("sched reject"));
  },
};`, { unsafeTriggerHandlers: true }),
    steps: [
      get("/cdn-cgi/handler/scheduled?cron=*/5+*+*+*+*&time=1700000000000"), get("/"),
      get("/cdn-cgi/handler/scheduled?cron=0%200%20*%20*%20MON-FRI&time=0"), get("/"),
      get("/cdn-cgi/handler/scheduled?cron=%40daily&time=1.5e12"), get("/"),
      get("/cdn-cgi/handler/scheduled?cron=&time=-5"), get("/"),
      get("/cdn-cgi/handler/scheduled?cron=throw&time=1"), get("/"),
      get("/cdn-cgi/handler/scheduled?cron=noretry&time=2"), get("/"),
      get("/cdn-cgi/handler/scheduled?cron=reject&time=3"), get("/"),
      get("/cdn-cgi/handler/scheduled?time=1234567890123"), get("/"),
      get("/cdn-cgi/mf/scheduled?cron=legacy&time=7"), get("/"),
    ],
  },
  {
    name: "qsched-errors-uncaught-in-other-handlers",
    area: "errors",
    description: "errors thrown after the response in timers and microtasks, unhandled rejections in fetch: the response is not affected; the global error events see them",
    options: mod(`${WAIT}
const seen = [];
addEventListener("unhandledrejection", (e) => seen.push("unhandled:" + (e.reason?.message ?? String(e.reason))));
addEventListener("error", (e) => seen.push("error:" + (e.error?.message ?? e.message)));
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/reject") { Promise.reject(new Error("nobody awaits")); return new Response("ok-reject"); }
  if (p === "/timer") { ctx.waitUntil(wait(50)); setTimeout(() => { throw new Error("timer throws"); }, 5); return new Response("ok-timer"); }
  if (p === "/micro") { queueMicrotask(() => { throw new Error("micro throws"); }); return new Response("ok-micro"); }
  if (p === "/late") { ctx.waitUntil(wait(60)); setTimeout(() => Promise.reject(new TypeError("late reject")), 5); return new Response("ok-late"); }
  if (p === "/seen") { await wait(200); return Response.json(seen.splice(0)); }
  return new Response("?");
} };`),
    steps: [get("/reject"), get("/seen"), get("/timer"), get("/seen"), get("/micro"), get("/seen"), get("/late"), get("/seen")],
  },
];
const WS = { headers: { upgrade: "websocket" } };

export const webSocketAndAlarm = [
  {
    name: "qsched-timers-websocket-and-alarm",
    area: "waituntil",
    description: "timers set by a request answered with a WebSocket, by a Durable Object's alarm() and by its WebSocket handler keep firing after the event answered",
    options: mod(`${WAIT}
import { DurableObject } from "cloudflare:workers";
const log = [];
export class Obj extends DurableObject {
  log = [];
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/arm") { await this.ctx.storage.setAlarm(Date.now() + 10); return new Response("armed"); }
    return Response.json(this.log.splice(0));
  }
  async alarm() { this.log.push("alarm"); setTimeout(() => this.log.push("alarm-timer-40"), 40); }
}
export default { async fetch(req, env, ctx) {
  const p = new URL(req.url).pathname;
  if (p === "/ws") {
    const [client, server] = Object.values(new WebSocketPair());
    server.accept();
    setTimeout(() => log.push("ws-timer-0"), 0);
    setTimeout(() => log.push("ws-timer-60"), 60);
    return new Response(null, { status: 101, webSocket: client });
  }
  if (p === "/log") { await wait(300); return Response.json(log.splice(0)); }
  const stub = env.OBJ.get(env.OBJ.idFromName("a"));
  if (p === "/arm") return stub.fetch("http://o/arm");
  if (p === "/dolog") { await wait(400); return stub.fetch("http://o/log"); }
  return new Response("?");
} };`, { durableObjects: { OBJ: "Obj" } }),
    steps: [{ ...get("/ws", WS), skipHeaders: ["sec-websocket-accept"] }, get("/log"), get("/arm"), get("/dolog")],
  },
];

export default [...timers, ...probes, ...webSocketAndAlarm];
