// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsw23
// The twenty-third session's qsw23 probes: scheduled and queue runs whose handler or waitUntil
// promise hangs (workerd cancels them: outcome exceededCpu, the batch retried); the order in which
// a producer reads its arguments; Fetcher.scheduled()'s and Fetcher.queue()'s argument conversion.
import { CD, PRELUDE, get } from "./_h.mjs";
const gets = (paths) => paths.map((p) => get(p));
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const WAIT = `const wait = (ms) => new Promise((r) => setTimeout(r, ms));`;
const GOT = `if (url.pathname === "/got") { const n = Number(url.searchParams.get("n") ?? 1); for (let i = 0; i < 200 && got.length < n; i++) await wait(25); await wait(Number(url.searchParams.get("settle") ?? 100)); return Response.json(got.splice(0)); }`;
const cases = [];

// ---- hung scheduled handlers ----
const sched = (body, extra = "") => mod(`${WAIT}
const seen = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/seen") return Response.json(seen);
    return new Response("fetch");
  },
  async scheduled(controller, env, ctx) {
${body}
  },
${extra}
};`, { unsafeTriggerHandlers: true, kvNamespaces: ["KV"] });

cases.push({
  name: "qsw23-scheduled-hung-handler",
  area: "scheduled",
  description: "a scheduled() handler whose promise never settles: the trigger answers, then fetch still works",
  options: sched(`    seen.push("start"); await new Promise(() => {}); seen.push("never");`),
  steps: gets(["/cdn-cgi/handler/scheduled", "/seen"]),
});
cases.push({
  name: "qsw23-scheduled-hung-after-io",
  area: "scheduled",
  description: "a scheduled() handler that awaits a KV write and a timer, then a promise that never settles",
  options: sched(`    await env.KV.put("k", "v"); await wait(10); seen.push(await env.KV.get("k")); await new Promise(() => {});`),
  steps: gets(["/cdn-cgi/handler/scheduled?cron=1+*+*+*+*", "/seen"]),
});
cases.push({
  name: "qsw23-scheduled-hung-waituntil",
  area: "scheduled",
  description: "scheduled() returns while its waitUntil promise never settles",
  options: sched(`    ctx.waitUntil(new Promise(() => {})); ctx.waitUntil(wait(5).then(() => seen.push("timer")));`),
  steps: gets(["/cdn-cgi/handler/scheduled", "/seen"]),
});
cases.push({
  name: "qsw23-scheduled-hung-noretry",
  area: "scheduled",
  description: "scheduled() calls noRetry() then never settles",
  options: sched(`    controller.noRetry(); await new Promise(() => {});`),
  steps: gets(["/cdn-cgi/handler/scheduled", "/seen"]),
});

// ---- hung queue consumers ----
// The consumer is a worker of its own: the entry worker polls for what it recorded in KV (with
// timers), so that the consumer's worker waits on nothing while its handler hangs.
const recorder = (fetchBody, queueBody, consumer = {}) => ({ kvNamespaces: { KV: "shared" }, workers: [
  { name: "front", modules: true, compatibilityDate: CD, kvNamespaces: { KV: "shared" }, queueProducers: { Q: "q" }, script: PRELUDE + `${WAIT}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/got") {
      const n = Number(url.searchParams.get("n") ?? 1);
      const list = async () => (await env.KV.list()).keys.map((k) => k.name);
      for (let i = 0; i < 200 && (await list()).length < n; i++) await wait(25);
      await wait(Number(url.searchParams.get("settle") ?? 100));
      return Response.json(await list());
    }
${fetchBody}
    return new Response("sent");
  },
};` },
  { name: "consumer", modules: true, compatibilityDate: CD, kvNamespaces: { KV: "shared" },
    queueConsumers: { q: { maxBatchTimeout: 0, retryDelay: 0, ...consumer }, dlq: { maxBatchTimeout: 0 } }, script: `
export default {
  async queue(batch, env, ctx) {
    await env.KV.put(batch.queue + ":" + batch.messages.map((m) => m.body + "#" + m.attempts).join(","), "");
${queueBody}
  },
};` },
] });

cases.push({
  name: "qsw23-queues-hung-consumer-retried",
  area: "queues",
  description: "a consumer whose first attempt never settles: the batch is retried, the second attempt acks",
  options: recorder(`    await env.Q.send("m");`, `    if (batch.queue === "q" && batch.messages[0].attempts === 1) await new Promise(() => {});`, { maxRetries: 2 }),
  steps: gets(["/", "/got?n=2&settle=200"]),
});
cases.push({
  name: "qsw23-queues-hung-consumer-after-ack",
  area: "queues",
  description: "a consumer acks a message explicitly then hangs: the whole batch is retried",
  options: recorder(`    await env.Q.sendBatch([{ body: "a" }, { body: "b" }]);`,
    `    if (batch.queue === "q" && batch.messages[0].attempts === 1) { batch.messages[0].ack(); await new Promise(() => {}); }`, { maxRetries: 2 }),
  steps: gets(["/", "/got?n=2&settle=200"]),
});
cases.push({
  name: "qsw23-queues-hung-consumer-to-dlq",
  area: "queues",
  description: "a consumer that always hangs: the message goes to the dead letter queue after maxRetries+1 attempts",
  options: recorder(`    await env.Q.send("m");`, `    if (batch.queue === "q") await new Promise(() => {});`, { maxRetries: 1, deadLetterQueue: "dlq" }),
  steps: gets(["/", "/got?n=3&settle=200"]),
});
cases.push({
  name: "qsw23-queues-hung-waituntil-in-consumer",
  area: "queues",
  description: "a consumer returns while its waitUntil promise never settles: the message is retried until it is dropped",
  options: recorder(`    await env.Q.send("m");`, `    ctx.waitUntil(new Promise(() => {}));`, { maxRetries: 2 }),
  steps: gets(["/", "/got?n=3&settle=300"]),
});
cases.push({
  name: "qsw23-queues-hung-after-retry-all",
  area: "queues",
  description: "a consumer calls retryAll() then hangs; the next attempt acks",
  options: recorder(`    await env.Q.sendBatch([{ body: "a" }, { body: "b" }]);`,
    `    if (batch.messages[0].attempts === 1) { batch.retryAll(); await new Promise(() => {}); }`, { maxRetries: 3 }),
  steps: gets(["/", "/got?n=2&settle=200"]),
});

// ---- hung handlers reached through a service binding's scheduled()/queue() ----
const callee = (body) => ({ name: "callee", modules: true, compatibilityDate: CD, script: `
export default {
  fetch() { return new Response("callee"); },
${body}
};` });
const caller = (body) => ({ name: "caller", modules: true, compatibilityDate: CD, serviceBindings: { B: "callee" }, script: PRELUDE + `
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    const out = {};
${body}
    return Response.json(out);
  },
};` });
cases.push({
  name: "qsw23-scheduled-hung-through-service-binding",
  area: "scheduled",
  description: "env.B.scheduled() of a callee whose scheduled() hangs, whose waitUntil hangs, and one that throws after noRetry()",
  options: { workers: [
    caller(`    const r = await t(() => env.B.scheduled({ cron: url.pathname.slice(1) }));
    out.r = r;`),
    callee(`  async scheduled(c, env, ctx) {
    if (c.cron === "hang") await new Promise(() => {});
    if (c.cron === "wu") ctx.waitUntil(new Promise(() => {}));
    if (c.cron === "nr") { c.noRetry(); await new Promise(() => {}); }
  },`),
  ] },
  steps: gets(["/hang", "/wu", "/nr", "/fine"]),
});
cases.push({
  name: "qsw23-scheduled-awaits-hung-callee",
  area: "scheduled",
  description: "scheduled() awaits a service binding whose fetch() hangs: the callee is canceled, the handler catches its error and the run is ok",
  options: { unsafeTriggerHandlers: true, workers: [
    { name: "main", modules: true, compatibilityDate: CD, serviceBindings: { B: "hanger" }, script: PRELUDE + `
const seen = [];
export default {
  async fetch(req) { return Response.json(seen); },
  async scheduled(c, env) {
    const r = await t(() => env.B.fetch("http://x/"));
    seen.push(r.error ? r.error.name + ": " + r.error.message.slice(0, 40) : "answered");
  },
};` },
    { name: "hanger", modules: true, compatibilityDate: CD, script: `export default { fetch() { return new Promise(() => {}); } };` },
  ] },
  steps: gets(["/cdn-cgi/handler/scheduled", "/seen"]),
});
cases.push({
  name: "qsw23-queues-consumer-awaits-hung-callee",
  area: "queues",
  description: "a consumer awaits a service binding whose fetch() hangs, catches the error and acks: delivered once",
  options: { workers: [
    { name: "main", modules: true, compatibilityDate: CD, serviceBindings: { B: "hanger" }, queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchTimeout: 0, retryDelay: 0 } }, script: PRELUDE + `${WAIT}
const got = [];
export default {
  async fetch(req, env) {
    const url = new URL(req.url);
    ${GOT}
    await env.Q.send("m");
    return new Response("sent");
  },
  async queue(batch, env) {
    const r = await t(() => env.B.fetch("http://x/"));
    got.push([batch.messages[0].body + "#" + batch.messages[0].attempts, r.error ? r.error.name + ": " + r.error.message.slice(0, 40) : "answered"]);
  },
};` },
    { name: "hanger", modules: true, compatibilityDate: CD, script: `export default { fetch() { return new Promise(() => {}); } };` },
  ] },
  steps: gets(["/", "/got?n=1&settle=300"]),
});
const extra = (o) => ({ ...o, compatibilityFlags: ["service_binding_extra_handlers"] });
cases.push({
  name: "qsw23-queues-hung-through-fetcher-queue",
  area: "queues",
  description: "Fetcher.queue() (service_binding_extra_handlers) of a callee whose queue() acks then hangs, and one whose waitUntil hangs",
  options: { workers: [
    extra(caller(`    out.r = await t(() => env.B.queue("q-" + url.pathname.slice(1), [{ id: "m1", timestamp: new Date(0), body: "x", attempts: 1 }]));`)),
    extra(callee(`  async queue(batch, env, ctx) {
    batch.messages[0].ack();
    if (batch.queue === "q-hang") await new Promise(() => {});
    if (batch.queue === "q-wu") ctx.waitUntil(new Promise(() => {}));
  },`)),
  ] },
  steps: gets(["/hang", "/wu", "/fine"]),
});
cases.push({
  name: "qsw23-scheduled-hung-through-fetcher-scheduled",
  area: "scheduled",
  description: "Fetcher.scheduled() (service_binding_extra_handlers) of a callee whose scheduled() hangs, whose waitUntil hangs, and one that calls noRetry() then hangs",
  options: { workers: [
    extra(caller(`    out.r = await t(() => env.B.scheduled({ cron: url.pathname.slice(1), scheduledTime: new Date(0) }));`)),
    extra(callee(`  async scheduled(c, env, ctx) {
    if (c.cron === "hang") await new Promise(() => {});
    if (c.cron === "wu") ctx.waitUntil(new Promise(() => {}));
    if (c.cron === "nr") { c.noRetry(); await new Promise(() => {}); }
  },`)),
  ] },
  steps: gets(["/hang", "/wu", "/nr", "/fine"]),
});
cases.push({
  name: "qsw23-scheduled-hung-service-worker",
  area: "scheduled",
  description: "a service-worker scheduled listener whose event.waitUntil promise never settles",
  options: { compatibilityDate: CD, unsafeTriggerHandlers: true, script: `
addEventListener("fetch", (e) => e.respondWith(new Response("fetch")));
addEventListener("scheduled", (e) => { e.waitUntil(new Promise(() => {})); });` },
  steps: gets(["/cdn-cgi/handler/scheduled", "/"]),
});
cases.push({
  name: "qsw23-scheduled-hung-after-timer",
  area: "scheduled",
  description: "scheduled() sets a 30 ms timer and then awaits nothing that settles: the timer runs before the run is canceled",
  options: sched(`    setTimeout(() => seen.push("timer"), 30); await new Promise(() => {});`),
  steps: gets(["/cdn-cgi/handler/scheduled", "/seen"]),
});
cases.push({
  name: "qsw23-scheduled-hung-entrypoint-class",
  area: "scheduled",
  description: "a WorkerEntrypoint default export whose scheduled() never settles",
  options: mod(`import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  fetch() { return new Response("fetch"); }
  async scheduled(c) { await new Promise(() => {}); }
}`, { unsafeTriggerHandlers: true }),
  steps: gets(["/cdn-cgi/handler/scheduled", "/"]),
});
cases.push({
  name: "qsw23-queues-hung-service-worker-consumer",
  area: "queues",
  description: "a service-worker queue listener whose event.waitUntil promise never settles on the first attempt",
  options: (() => {
    const o = recorder(`    await env.Q.send("m");`, "", { maxRetries: 1 });
    o.workers[1] = { name: "consumer", compatibilityDate: CD, kvNamespaces: { KV: "shared" },
      queueConsumers: { q: { maxBatchTimeout: 0, retryDelay: 0, maxRetries: 1 } }, script: `
addEventListener("queue", (e) => {
  e.waitUntil(KV.put(e.queue + ":" + e.messages.map((m) => m.body + "#" + m.attempts).join(","), ""));
  if (e.messages[0].attempts === 1) e.waitUntil(new Promise(() => {}));
});` };
    return o;
  })(),
  steps: gets(["/", "/got?n=2&settle=200"]),
});
// ---- the order in which a producer reads its arguments ----
cases.push({
  name: "qsw23b-queues-producer-argument-read-order",
  area: "queues",
  description: "the order send() and sendBatch() read their messages' and options' members (getters and an iterator that log)",
  options: mod(`
export default {
  async fetch(req, env) {
    const log = [];
    const watch = (name, obj) => new Proxy(obj, { get(t, k, r) { if (typeof k === "string") log.push(name + "." + k); return Reflect.get(t, k, r); } });
    const out = {};
    log.length = 0;
    out.send = await t(() => env.Q.send(watch("body", { a: 1 }), watch("opts", { contentType: "json", delaySeconds: 0 })));
    out.sendLog = log.splice(0);
    const iter = { [Symbol.iterator]() { let i = 0; return { next() { log.push("next" + i); return i < 2 ? { value: watch("m" + i, { body: "x" + i++, contentType: "text" }), done: false } : { done: true }; } }; } };
    out.batch = await t(() => env.Q.sendBatch(iter, watch("bopts", { delaySeconds: 0 })));
    out.batchLog = log.splice(0);
    const throwing = { [Symbol.iterator]() { let i = 0; return { next() { if (i++ === 1) throw new RangeError("iteration failed"); return { value: { body: 1 }, done: false }; } }; } };
    out.throwing = await t(() => env.Q.sendBatch(throwing, watch("topts", { delaySeconds: 0 })));
    out.throwingLog = log.splice(0);
    out.getterThrows = await t(() => env.Q.send("x", { get contentType() { throw new RangeError("getter failed"); } }));
    out.badOptsFirst = await t(() => env.Q.sendBatch(iter, 5));
    out.badOptsLog = log.splice(0);
    return Response.json(out);
  },
  async queue(batch) {},
};`, { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchTimeout: 0 } } }),
  steps: [get("/")],
});
// ---- Fetcher.scheduled() argument conversion ----
const extraFlag = (o) => ({ ...o, compatibilityFlags: ["service_binding_extra_handlers"] });
cases.push({
  name: "qsw23c-scheduled-fetcher-scheduled-arguments",
  area: "scheduled",
  description: "Fetcher.scheduled() (service_binding_extra_handlers) with odd options: what the callee's controller sees",
  options: { workers: [
    extraFlag({ name: "caller", modules: true, compatibilityDate: CD, serviceBindings: { B: "callee" }, script: PRELUDE + `
export default {
  async fetch(req, env) {
    const out = {};
    const call = async (k, f) => { const r = await t(f); out[k] = r.error ? r.error : { result: r.ok, seen: await (await env.B.fetch("http://x/seen")).json() }; };
    await call("none", () => env.B.scheduled());
    await call("empty", () => env.B.scheduled({}));
    await call("numCron", () => env.B.scheduled({ cron: 5 }));
    await call("nullCron", () => env.B.scheduled({ cron: null }));
    await call("numTime", () => env.B.scheduled({ scheduledTime: 1234.9 }));
    await call("strTime", () => env.B.scheduled({ scheduledTime: "2000-01-01T00:00:00Z" }));
    await call("badTime", () => env.B.scheduled({ scheduledTime: "abc" }));
    await call("nanDate", () => env.B.scheduled({ scheduledTime: new Date(NaN) }));
    await call("notObject", () => env.B.scheduled(5));
    await call("nanTime", () => env.B.scheduled({ scheduledTime: NaN }));
    await call("negTime", () => env.B.scheduled({ scheduledTime: -5.5 }));
    await call("boolTime", () => env.B.scheduled({ scheduledTime: true }));
    await call("nullTime", () => env.B.scheduled({ scheduledTime: null }));
    await call("objTime", () => env.B.scheduled({ scheduledTime: { valueOf() { return 7; } } }));
    await call("nullOpts", () => env.B.scheduled(null));
    await call("dateTime", () => env.B.scheduled({ scheduledTime: new Date(86400000) }));
    await call("extraKeys", () => env.B.scheduled({ cron: "a", type: "x", noRetry: true }));
    return Response.json(out);
  },
};` }),
    extraFlag({ name: "callee", modules: true, compatibilityDate: CD, script: `
let seen = null;
export default {
  fetch() { const s = seen; seen = null; return Response.json(s); },
  scheduled(c) { seen = { cron: c.cron, cronType: typeof c.cron, time: Math.abs(c.scheduledTime - Date.now()) < 60000 ? "recent" : c.scheduledTime, timeType: typeof c.scheduledTime }; },
};` }),
  ] },
  steps: [get("/")],
});
// ---- Fetcher.queue() message conversion ----
cases.push({
  name: "qsw23d-queues-fetcher-queue-message-arguments",
  area: "queues",
  description: "Fetcher.queue() (service_binding_extra_handlers) with odd message members: what the callee's messages carry",
  options: { workers: [
    extraFlag({ name: "caller", modules: true, compatibilityDate: CD, serviceBindings: { B: "callee" }, script: PRELUDE + `
export default {
  async fetch(req, env) {
    const out = {};
    const call = async (k, f) => { const r = await t(f); out[k] = r.error ? r.error : { outcome: r.ok.outcome, seen: await (await env.B.fetch("http://x/seen")).json() }; };
    await call("numTime", () => env.B.queue("q", [{ id: "a", timestamp: 1234.9, body: 1, attempts: 1 }]));
    await call("strTime", () => env.B.queue("q", [{ id: "a", timestamp: "x", body: 1, attempts: 1 }]));
    await call("noTime", () => env.B.queue("q", [{ id: "a", body: 1, attempts: 1 }]));
    await call("nanDate", () => env.B.queue("q", [{ id: "a", timestamp: new Date(NaN), body: 1, attempts: 1 }]));
    await call("numId", () => env.B.queue("q", [{ id: 5, timestamp: new Date(0), body: 1, attempts: 1 }]));
    await call("noId", () => env.B.queue("q", [{ timestamp: new Date(0), body: 1, attempts: 1 }]));
    await call("nullMessage", () => env.B.queue("q", [null]));
    await call("notArray", () => env.B.queue("q", "abc"));
    await call("numQueue", () => env.B.queue(7, [{ id: "a", timestamp: new Date(0), body: 1, attempts: 1 }]));
    await call("noBody", () => env.B.queue("q", [{ id: "a", timestamp: new Date(0), attempts: 1 }]));
    return Response.json(out);
  },
};` }),
    extraFlag({ name: "callee", modules: true, compatibilityDate: CD, script: `
let seen = null;
export default {
  fetch() { const s = seen; seen = null; return Response.json(s); },
  queue(batch) { seen = { queue: batch.queue, messages: batch.messages.map((m) => ({ id: m.id, idType: typeof m.id, time: m.timestamp instanceof Date ? (Math.abs(m.timestamp - Date.now()) < 60000 ? "recent" : m.timestamp.getTime()) : typeof m.timestamp, body: m.body === undefined ? "undefined" : m.body })) }; },
};` }),
  ] },
  steps: [get("/")],
});
export default cases;
