// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsw26   (or a case's name)
// The twenty-sixth session's queues, scheduled, waitUntil and Workflows probes, and two earlier
// queue cases (queues-x-*, whose definitions were not kept) re-recorded to wait for every delivery
// they expect: they waited for fewer and let a fixed settle catch the last ones, which a loaded
// machine could miss.
import { CD, PRELUDE, get } from "./_h.mjs";

const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });

// queue consumers that record what they saw into KV under "m:<key>"; /poll?n=N waits for N keys
// (at most 100 x 100 ms), then `settle` ms more, and answers every key
const RECORDING = `
let seq = 0;
async function record(env, key, obj) { await env.KV.put("m:" + key, JSON.stringify(obj)); }
const bodyDesc = (b) => b instanceof ArrayBuffer ? { ArrayBuffer: [...new Uint8Array(b)] } : b instanceof Uint8Array ? { Uint8Array: [...b] }
  : b instanceof Map ? { Map: [...b] } : b instanceof Set ? { Set: [...b] } : b instanceof Date ? { Date: b.toISOString() } : b;
const msgDesc = (m) => ({ id: typeof m.id === "string" && /^[0-9a-f]{32}$/.test(m.id), body: bodyDesc(m.body), bodyType: Object.prototype.toString.call(m.body), attempts: m.attempts,
  timestamp: m.timestamp instanceof Date && Math.abs(m.timestamp.getTime() - Date.now()) < 60000 });
`;
const POLL = `
    if (url.pathname === "/poll") {
      const want = Number(url.searchParams.get("n"));
      let keys = [];
      for (let i = 0; i < 100; i++) { keys = (await env.KV.list({ prefix: "m:" })).keys.map((k) => k.name); if (keys.length >= want) break; await scheduler.wait(100); }
      await scheduler.wait(Number(url.searchParams.get("settle") ?? 300));
      keys = (await env.KV.list({ prefix: "m:" })).keys.map((k) => k.name);
      const got = {};
      for (const k of keys) got[k] = JSON.parse(await env.KV.get(k));
      return Response.json({ count: keys.length, got });
    }`;
const qWorker = (fetchBody, queueBody, extra = {}) => mod(`${RECORDING}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
${POLL}
    const out = {};
${fetchBody}
    return Response.json(out);
  },
  async queue(batch, env, ctx) {
${queueBody}
  }
};`, { kvNamespaces: ["KV"], ...extra });
const qCase = (name, description, options, steps) => ({ name, area: "queues", description, options, steps });
const poll = (n, settle) => get(`/poll?n=${n}` + (settle !== undefined ? `&settle=${settle}` : ""));

const rerecorded = [
  qCase("queues-x-ack-retry-precedence", "ack() then retry() on a message: the first call wins (acked); retry() then ack(): retried once",
    qWorker(`
    out.sent = await t(() => env.Q.sendBatch([{ body: "ack-then-retry" }, { body: "retry-then-ack" }, { body: "plain" }]));`, `
    for (const m of batch.messages) {
      await record(env, m.body + "-" + m.attempts, { attempts: m.attempts, size: batch.messages.length });
      if (m.attempts > 1) { m.ack(); continue; }
      if (m.body === "ack-then-retry") { m.ack(); m.retry(); }
      if (m.body === "retry-then-ack") { m.retry(); m.ack(); }
    }`, { queueProducers: { Q: "prec-q" }, queueConsumers: { "prec-q": { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 3, retryDelay: 0 } } }),
    [get("/send"), poll(4, 1500)]),
  qCase("queues-x-throw-after-ack", "a consumer that acks one message and then throws: the whole batch is delivered again",
    qWorker(`
    out.sent = await t(() => env.Q.sendBatch([{ body: "acked" }, { body: "other" }]));`, `
    for (const m of batch.messages) await record(env, m.body + "-" + m.attempts, { attempts: m.attempts, size: batch.messages.length });
    if (batch.messages[0].attempts > 1) return;
    batch.messages[0].ack();
    throw new Error("consumer broke");`, { queueProducers: { Q: "throw-q" }, queueConsumers: { "throw-q": { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 3, retryDelay: 0 } } }),
    [get("/send"), poll(4, 1500)]),
];

export default [...rerecorded];
