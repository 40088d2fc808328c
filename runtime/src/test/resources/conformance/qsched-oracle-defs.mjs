// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsched
// Queues, scheduled triggers and Workflows probes of the qsched session.
import { CD, PRELUDE, get, req } from "./_h.mjs";

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
const RECORD = `
let seq = 0;
async function record(env, key, obj) { await env.KV.put("m:" + key, JSON.stringify(obj)); }
const tag = (b) => Object.prototype.toString.call(b);
function desc(b, depth = 0) {
  if (depth > 4) return "deep";
  if (b === undefined) return { undef: true };
  if (typeof b === "number") return Object.is(b, -0) ? { num: "-0" } : Number.isFinite(b) ? b : { num: String(b) };
  if (typeof b === "bigint") return { bigint: String(b) };
  if (b === null || typeof b !== "object") return b;
  if (b instanceof ArrayBuffer) return { ArrayBuffer: [...new Uint8Array(b)] };
  if (ArrayBuffer.isView(b)) return { [b.constructor.name]: [...new Uint8Array(b.buffer, b.byteOffset, b.byteLength)], off: b.byteOffset, bufLen: b.buffer.byteLength };
  if (b instanceof Date) return { Date: isNaN(b) ? "invalid" : b.toISOString() };
  if (b instanceof Map) return { Map: [...b].map(([k, v]) => [desc(k, depth + 1), desc(v, depth + 1)]) };
  if (b instanceof Set) return { Set: [...b].map((v) => desc(v, depth + 1)) };
  if (b instanceof RegExp) return { RegExp: String(b) };
  if (b instanceof Error) return { Error: [b.constructor.name, b.name, b.message, Object.keys(b)] };
  if (Array.isArray(b)) return { Array: b.length, items: Array.from(b, (v, i) => (i in b ? desc(v, depth + 1) : "hole")) };
  const o = { tag: tag(b) };
  for (const k of Object.keys(b)) o[k] = b[k] === b ? "circular" : desc(b[k], depth + 1);
  return o;
}
`;
const qWorker = (fetchBody, queueBody, extra = {}) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}${RECORD}
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
};`,
  kvNamespaces: ["KV"], ...extra,
});
const qCase = (name, description, options, steps) => ({ name, area: "queues", description, options, steps });
const poll = (n, settle) => get(`/poll?n=${n}` + (settle !== undefined ? `&settle=${settle}` : ""));

const WF_HELPERS = `
async function until(inst, statuses, max = 100) {
  let s;
  for (let i = 0; i < max; i++) { s = await inst.status(); if (statuses.includes(s.status)) return s; await scheduler.wait(50); }
  return s;
}
const FINAL = ["complete", "errored", "terminated"];
const shape = (s) => s === undefined ? "undefined" : JSON.parse(JSON.stringify({ ...s, keys: Object.keys(s).sort(), errorType: typeof s.error, errorCtor: s.error?.constructor?.name }));
const tt = async (f) => { try { const v = await f(); return { ok: v === undefined ? "undefined" : v }; } catch (e) { return { error: { name: e?.name, message: e?.message } }; } };
`;
const wfWorker = (runBody, fetchBody, extra = {}) => ({
  modules: true, compatibilityDate: CD,
  script: `import { WorkflowEntrypoint } from "cloudflare:workers";
import { NonRetryableError } from "cloudflare:workflows";
${PRELUDE}${WF_HELPERS}
export class MyWorkflow extends WorkflowEntrypoint {
  async run(event, step) {
${runBody}
  }
}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    const out = {};
${fetchBody}
    return Response.json(out);
  }
};`,
  workflows: { WF: { name: "my-workflow", className: "MyWorkflow" } },
  ...extra,
});
const wCase = (name, description, options, steps = [get("/")]) => ({ name, area: "workflows", description, options, steps });

const READ = `
    if (url.pathname === "/read") {
      const keys = (await env.KV.list()).keys.map((k) => k.name); const got = {};
      for (const k of keys) got[k] = JSON.parse(await env.KV.get(k));
      return Response.json(got);
    }`;
const sWorker = (scheduledBody, { fetchBody = "    return new Response('fetch ' + url.pathname + url.search);", extra = {} } = {}) => ({
  modules: true, compatibilityDate: CD, kvNamespaces: ["KV"], unsafeTriggerHandlers: true,
  script: `${PRELUDE}
async function push(env, v) { const prev = JSON.parse(await env.KV.get("runs") ?? "[]"); prev.push(v); await env.KV.put("runs", JSON.stringify(prev)); }
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
${READ}
${fetchBody}
  },${scheduledBody === null ? "" : `
  async scheduled(controller, env, ctx) {
${scheduledBody}
  },`}
};`,
  ...extra,
});
const sCase = (name, description, options, steps) => ({ name, area: "scheduled", description, options, steps });
const trig = (q) => get("/cdn-cgi/handler/scheduled" + q);
const BAD_DATE = "^TypeError: The value cannot be converted because it is not a valid Date\\.(\\n|$)";
const trigBad = (q) => ({ ...trig(q), bodyMatches: BAD_DATE });

export default [
  // ---------------------------------------------------------------- queues
  qCase("qsched-queues-json-bodies", "default (json) content type: what JSON.stringify drops or changes arrives so; nested and odd values",
    qWorker(`
    const vals = [
      { a: undefined, b: NaN, c: Infinity, d: -0, e: new Date(0), f: () => 1, s: Symbol("x") },
      [undefined, NaN, () => 1, 1],
      { toJSON() { return { replaced: true }; } },
      "\\u00e9\\u{1F600}",
      -0, 1.5, true, 0, "",
      new Map([[1, 2]]),
      new Uint8Array([1, 2]),
      new Error("e"),
      /re/g,
    ];
    out.sent = [];
    for (const v of vals) out.sent.push(await t(() => env.Q.send(v)));
    out.nested = await t(() => env.Q.send({ deep: { deeper: [[[1]]] } }, { contentType: "json" }));`, `
    for (const m of batch.messages) await record(env, String(seq++).padStart(3, "0"), { tag: tag(m.body), body: desc(m.body) });
    batch.ackAll();`,
      { queueProducers: { Q: "json-q" }, queueConsumers: { "json-q": { maxBatchSize: 100, maxBatchTimeout: 1 } } }),
    [get("/send"), poll(14)]),

  qCase("qsched-queues-typed-bodies", "text, bytes and v8 bodies: views with offsets, DataView, ArrayBuffer, empty strings, odd v8 values",
    qWorker(`
    const buf = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]).buffer;
    const cases = {
      textEmpty: ["", "text"], textUni: ["\\u00e9\\u{1F600}", "text"], textNum: [5, "text"], textNull: [null, "text"],
      bytesSub: [new Uint8Array(buf, 2, 3), "bytes"], bytesI16: [new Int16Array([1, -1]), "bytes"], bytesDV: [new DataView(buf, 4, 2), "bytes"],
      bytesAB: [buf, "bytes"], bytesEmpty: [new Uint8Array(0), "bytes"], bytesNull: [null, "bytes"],
      v8Sub: [new Uint8Array(buf, 2, 3), "v8"], v8Circ: [(() => { const o = { n: 1 }; o.self = o; return o; })(), "v8"],
      v8Sparse: [[1, , 3], "v8"], v8Err: [new RangeError("r"), "v8"], v8Boxed: [new String("s"), "v8"], v8Undef: [{ u: undefined }, "v8"],
      v8Sym: [Symbol("s"), "v8"], v8Big: [12345678901234567890n, "v8"], v8Null: [null, "v8"], v8NaN: [NaN, "v8"], v8Date: [new Date(NaN), "v8"],
      jsonNull: [null, "json"], textUndef: [undefined, "text"],
    };
    out.sent = {};
    for (const [k, [v, ct]] of Object.entries(cases)) out.sent[k] = await t(() => env.Q.send(v, { contentType: ct }));`, `
    for (const m of batch.messages) await record(env, String(seq++).padStart(3, "0"), { tag: tag(m.body), body: desc(m.body) });
    batch.ackAll();`,
      { queueProducers: { Q: "typed-q" }, queueConsumers: { "typed-q": { maxBatchSize: 100, maxBatchTimeout: 1 } } }),
    [get("/send"), poll(17)]),

  qCase("qsched-queues-send-options", "send/sendBatch option shapes: contentType and delaySeconds of odd types, options of odd types, batch entries of odd shapes",
    qWorker(`
    const s = (v, o) => t(() => env.Q.send(v, o));
    out.ctNumber = await s("a", { contentType: 5 });
    out.ctNull = await s("a", { contentType: null });
    out.ctUndef = await s("a", { contentType: undefined });
    out.ctUpper = await s("a", { contentType: "JSON" });
    out.ctEmpty = await s("a", { contentType: "" });
    out.delayNull = await s("a", { delaySeconds: null });
    out.delayInf = await s("a", { delaySeconds: Infinity });
    out.delayNaN = await s("a", { delaySeconds: NaN });
    out.delayMax = await s("a", { delaySeconds: 43200 });
    out.delay86400 = await s("a", { delaySeconds: 86400 });
    out.delayTrue = await s("a", { delaySeconds: true });
    out.delayBigStr = await s("a", { delaySeconds: "50000" });
    out.optsNull = await s("a", null);
    out.optsUndef = await s("a", undefined);
    out.optsArray = await s("a", []);
    out.optsFn = await s("a", () => 1);
    out.optsString = await s("a", "x");
    out.optsExtra = await s("a", { foo: 1 });
    const b = (v, o) => t(() => env.Q.sendBatch(v, o));
    out.batchString = await b("ab");
    out.batchNumbers = await b([1]);
    out.batchSet = await b(new Set([{ body: 1 }]));
    out.batchGen = await b((function* () { yield { body: 1 }; yield { body: 2 }; })());
    out.batchExtra = await b([{ body: 1, extra: true }]);
    out.batchDelayStr = await b([{ body: 1, delaySeconds: "3" }]);
    out.batchOptsNull = await b([{ body: 1 }], null);
    out.batchOptsCt = await b([{ body: 1 }], { contentType: "text" });
    out.batchOptsBadDelay = await b([{ body: 1 }], { delaySeconds: 43201 });
    out.batchFn = await b([{ body: () => 1 }]);
    out.batchSymbol = await b([{ body: Symbol("s") }]);
    out.batchTextNotString = await b([{ body: 1, contentType: "text" }]);
    out.batchNoArgs = await b();
    out.batchNull = await b(null);
    out.batchObject = await b({ body: 1 });`, `
    batch.ackAll();`,
      { queueProducers: { Q: "opt-q" }, queueConsumers: { "opt-q": { maxBatchTimeout: 1 } } }),
    [get("/send")]),

  qCase("qsched-queues-size-limits", "message and batch size limits per content type: exact boundaries for text, bytes, json and v8",
    qWorker(`
    const s = (v, o) => t(() => env.Q.send(v, o));
    out.text128000 = await s("x".repeat(128000), { contentType: "text" });
    out.text128001 = await s("x".repeat(128001), { contentType: "text" });
    out.textUtf8 = await s("\\u00e9".repeat(64001), { contentType: "text" });
    out.bytes128000 = await s(new Uint8Array(128000), { contentType: "bytes" });
    out.bytes128001 = await s(new Uint8Array(128001), { contentType: "bytes" });
    out.jsonUtf8 = await s("\\u00e9".repeat(63999));
    out.jsonUtf8Over = await s("\\u00e9".repeat(64000));
    out.v8Big = await s("x".repeat(127990), { contentType: "v8" });
    out.v8Over = await s("x".repeat(128000), { contentType: "v8" });
    out.v8Bytes = await s(new Uint8Array(127980), { contentType: "v8" });
    out.batch256 = await t(() => env.Q.sendBatch([{ body: "x".repeat(128000), contentType: "text" }, { body: "y".repeat(128000), contentType: "text" }]));
    out.batch256plus = await t(() => env.Q.sendBatch([{ body: "x".repeat(128000), contentType: "text" }, { body: "y".repeat(128000), contentType: "text" }, { body: "z", contentType: "text" }]));
    out.batch100 = await t(() => env.Q.sendBatch(Array.from({ length: 100 }, (_, i) => ({ body: i }))));
    out.batchMixedOver = await t(() => env.Q.sendBatch([{ body: 1 }, { body: new Uint8Array(128001), contentType: "bytes" }]));`, `
    batch.ackAll();`,
      { queueProducers: { Q: "size-q" }, queueConsumers: { "size-q": { maxBatchTimeout: 1 } } }),
    [get("/send")]),

  qCase("qsched-queues-retry-args", "message.retry / retryAll / ack / ackAll with odd arguments inside the consumer; what the next delivery sees",
    qWorker(`
    out.sent = await t(() => env.Q.sendBatch([{ body: "a" }, { body: "b" }, { body: "c" }, { body: "d" }]));`, `
    const r = { attempts: batch.messages.map((m) => m.body + m.attempts) };
    if (batch.messages[0].attempts === 1) {
      const [a, b, c, d] = batch.messages;
      r.retryNum = await t(() => a.retry(5));
      r.retryNull = await t(() => b.retry(null));
      r.retryStr = await t(() => c.retry({ delaySeconds: "abc" }));
      r.retryNeg = await t(() => d.retry({ delaySeconds: -5 }));
      r.ackArgs = await t(() => a.ack(1, 2));
      r.retryAllNull = await t(() => batch.retryAll(null));
      r.retryAllNum = await t(() => batch.retryAll(5));
      r.ackAllArgs = await t(() => batch.ackAll("x"));
    }
    await record(env, "attempt-" + batch.messages[0].attempts, r);`,
      { queueProducers: { Q: "retry-args-q" }, queueConsumers: { "retry-args-q": { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 1 } } }),
    [get("/send"), poll(2, 1500)]),

  qCase("qsched-queues-retry-delay-config", "consumer retryDelay holds a retried message back; an explicit retry delay of 0 does not shorten it (workerd sends no delay for 0), 1 second does",
    qWorker(`
    out.sent = await t(() => env.Q.sendBatch([{ body: "cfg" }, { body: "zero" }, { body: "one" }]));`, `
    for (const m of batch.messages) {
      if (m.attempts === 1) {
        await env.KV.put("first:" + m.body, String(Date.now()));
        if (m.body === "zero") m.retry({ delaySeconds: 0 }); else if (m.body === "one") m.retry({ delaySeconds: 1 }); else m.retry();
        await record(env, m.body + "-1", { attempts: 1 });
      } else {
        const gap = Date.now() - Number(await env.KV.get("first:" + m.body));
        await record(env, m.body + "-" + m.attempts, { attempts: m.attempts, gap: gap >= 3000 ? "3s or more" : gap >= 1000 ? "1s to 3s" : "under 1s" });
        m.ack();
      }
    }`,
      { queueProducers: { Q: "rd-q" }, queueConsumers: { "rd-q": { maxBatchSize: 10, maxBatchTimeout: 0.2, retryDelay: 4 } } }),
    [get("/send"), poll(6)]),

  qCase("qsched-queues-no-handler-dlq", "a consumer worker without a queue() handler fails every batch; after maxRetries the messages reach the dead letter queue",
    { workers: [
      { name: "main", modules: true, compatibilityDate: CD, kvNamespaces: ["KV"], queueProducers: { Q: "nohandler-q" },
        queueConsumers: { "dlq-x": { maxBatchTimeout: 1 } },
        script: `${PRELUDE}${RECORD}
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
${POLL}
    const out = {};
    out.sent = await t(() => env.Q.sendBatch([{ body: "one" }, { body: new Uint8Array([7]), contentType: "bytes" }, { body: new Map([[1, 1]]), contentType: "v8" }]));
    return Response.json(out);
  },
  async queue(batch, env, ctx) {
    for (const m of batch.messages) await record(env, String(seq++).padStart(2, "0"), { queue: batch.queue, attempts: m.attempts, tag: tag(m.body), body: desc(m.body), idOk: /^[0-9a-f]{32}$/.test(m.id) });
    batch.ackAll();
  }
};` },
      { name: "consumer", modules: true, compatibilityDate: CD, queueConsumers: { "nohandler-q": { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 1, deadLetterQueue: "dlq-x" } },
        script: `export default { async fetch() { return new Response("c"); } };` },
    ] },
    [get("/send"), poll(3)]),

  qCase("qsched-queues-dlq-identity", "a dead-lettered message keeps its id, timestamp and body; attempts restart; batch.queue names the DLQ",
    qWorker(`
    out.sent = await t(() => env.Q.send({ k: "v" }));`, `
    for (const m of batch.messages) {
      if (batch.queue === "src-q") {
        await env.KV.put("orig:" + m.attempts, JSON.stringify({ id: m.id, ts: m.timestamp.getTime() }));
        m.retry();
      } else {
        const o = JSON.parse(await env.KV.get("orig:1"));
        const o2 = JSON.parse(await env.KV.get("orig:2"));
        await record(env, "dlq", { queue: batch.queue, attempts: m.attempts, body: m.body, sameId: m.id === o.id, sameIdRetry: o2 && o2.id === o.id, sameTs: m.timestamp.getTime() === o.ts, sameTsRetry: o2 && o2.ts === o.ts });
        m.ack();
      }
    }`,
      { queueProducers: { Q: "src-q" }, queueConsumers: { "src-q": { maxBatchTimeout: 1, maxRetries: 1, deadLetterQueue: "dead-q" }, "dead-q": { maxBatchTimeout: 1 } } }),
    [get("/send"), poll(1)]),

  qCase("qsched-queues-handler-outcomes", "queue() rejecting with a non-Error, returning a non-promise, throwing synchronously: each retries the batch",
    qWorker(`
    out.sent = await t(() => env.Q.sendBatch([{ body: "reject" }, { body: "sync" }, { body: "value" }]));`, `
    const m = batch.messages[0];
    await record(env, m.body + "-" + m.attempts, { queue: batch.queue, size: batch.messages.length, attempts: m.attempts });
    if (m.attempts > 1) { m.ack(); return; }
    if (m.body === "reject") return Promise.reject("plain string");
    if (m.body === "sync") throw 42;
    return "a value";`,
      { queueProducers: { Q: "outcome-q" }, queueConsumers: { "outcome-q": { maxBatchSize: 1, maxBatchTimeout: 1, maxRetries: 2 } } }),
    [get("/send"), poll(5, 1500)]),

  qCase("qsched-queues-producer-shape", "the producer binding's shape: prototype, tags, property access, two bindings to one queue",
    qWorker(`
    const p = env.Q;
    out.tag = Object.prototype.toString.call(p);
    out.ctor = p.constructor?.name;
    out.keys = Object.keys(p);
    out.proto = Object.getOwnPropertyNames(Object.getPrototypeOf(p)).sort();
    out.types = ["send", "sendBatch", "metrics"].map((k) => typeof p[k]);
    out.sendLen = [p.send.length, p.sendBatch.length];
    out.same = env.Q === env.Q2;
    out.envKeys = Object.keys(env);
    out.detached = await t(() => { const f = p.send; return f("x"); });
    out.viaCall = await t(() => p.send.call(env.Q2, "via Q2"));
    out.both = [await t(() => env.Q.send("from Q")), await t(() => env.Q2.send("from Q2"))];`, `
    for (const m of batch.messages) await record(env, String(seq++).padStart(2, "0"), { body: m.body, queue: batch.queue });
    batch.ackAll();`,
      { queueProducers: { Q: "shared-q", Q2: "shared-q" }, queueConsumers: { "shared-q": { maxBatchSize: 10, maxBatchTimeout: 1 } } }),
    [get("/send"), poll(3)]),

  qCase("qsched-queues-message-fields", "per-message ids are distinct 32-hex strings; timestamps follow send order; attempts is a number; batch.messages order",
    qWorker(`
    for (let i = 0; i < 3; i++) { await env.Q.send(i); await scheduler.wait(5); }
    await env.Q.sendBatch([{ body: 3 }, { body: 4 }]);`, `
    const ms = batch.messages;
    await record(env, "b", { size: ms.length, bodies: ms.map((m) => m.body), distinct: new Set(ms.map((m) => m.id)).size, hex: ms.every((m) => /^[0-9a-f]{32}$/.test(m.id)),
      tsOrdered: ms.every((m, i) => i === 0 || m.timestamp.getTime() >= ms[i - 1].timestamp.getTime()), tsTypes: ms.map((m) => tag(m.timestamp)),
      attemptsType: typeof ms[0].attempts, idType: typeof ms[0].id, sameMessages: batch.messages === batch.messages, sameBody: ms[0].body === ms[0].body,
      msgProto: Object.getOwnPropertyNames(Object.getPrototypeOf(ms[0])).sort(), batchProto: Object.getOwnPropertyNames(Object.getPrototypeOf(batch)).sort(),
      batchKeys: Object.keys(batch), msgKeys: Object.keys(ms[0]) });
    batch.ackAll();`,
      { queueProducers: { Q: "fields-q" }, queueConsumers: { "fields-q": { maxBatchSize: 10, maxBatchTimeout: 1 } } }),
    [get("/send"), poll(1)]),

  qCase("qsched-queues-content-type-case", "content type names in other letter cases and with spaces: which are accepted and how the body arrives",
    qWorker(`
    out.JSON = await t(() => env.Q.send({ j: 1 }, { contentType: "JSON" }));
    out.Text = await t(() => env.Q.send("txt", { contentType: "Text" }));
    out.BYTES = await t(() => env.Q.send(new Uint8Array([1, 2]), { contentType: "BYTES" }));
    out.V8 = await t(() => env.Q.send(new Map([[1, 2]]), { contentType: "V8" }));
    out.spaced = await t(() => env.Q.send("s", { contentType: " json" }));
    out.TextNum = await t(() => env.Q.send(5, { contentType: "TEXT" }));
    out.batchUpper = await t(() => env.Q.sendBatch([{ body: "bt", contentType: "TeXt" }]));`, `
    for (const m of batch.messages) await record(env, String(seq++).padStart(2, "0"), { tag: tag(m.body), body: desc(m.body) });
    batch.ackAll();`,
      { queueProducers: { Q: "case-q" }, queueConsumers: { "case-q": { maxBatchSize: 10, maxBatchTimeout: 1 } } }),
    [get("/send"), poll(5)]),

  qCase("qsched-queues-bytes-detach", "sending bytes (and v8) detaches or keeps the sender's buffer; a DataView; the same view sent twice",
    qWorker(`
    const u = new Uint8Array([1, 2, 3]);
    out.first = await t(() => env.Q.send(u, { contentType: "bytes" }));
    const lens = (x) => { try { return [x.byteLength, x.buffer.byteLength]; } catch (e) { return e.constructor.name; } };
    out.afterFirst = lens(u);
    out.second = await t(() => env.Q.send(u, { contentType: "bytes" }));
    const dv = new DataView(new Uint8Array([5, 6, 7]).buffer, 1, 2);
    out.dv = await t(() => env.Q.send(dv, { contentType: "bytes" }));
    out.afterDv = lens(dv);
    const v = new Uint8Array([8, 9]);
    out.v8 = await t(() => env.Q.send(v, { contentType: "v8" }));
    out.afterV8 = lens(v);
    const ab = new Uint8Array([4]).buffer;
    out.v8ab = await t(() => env.Q.send(ab, { contentType: "v8" }));
    out.afterV8ab = ab.byteLength;
    const j = new Uint8Array([3]);
    out.json = await t(() => env.Q.send(j));
    out.afterJson = lens(j);
    const b = new Uint8Array([10, 11]);
    out.batch = await t(() => env.Q.sendBatch([{ body: b, contentType: "bytes" }]));
    out.afterBatch = lens(b);`, `
    for (const m of batch.messages) await record(env, String(seq++).padStart(2, "0"), { tag: tag(m.body), body: desc(m.body) });
    batch.ackAll();`,
      { queueProducers: { Q: "detach-q" }, queueConsumers: { "detach-q": { maxBatchSize: 10, maxBatchTimeout: 1 } } }),
    [get("/send"), poll(7)]),

  qCase("qsched-queues-v8-sizes", "the byte counts the v8 content type reports for oversized values of many kinds",
    qWorker(`
    const X = "x".repeat(130000);
    const vals = {
      str: X, twoByte: "\\u0100".repeat(65000), latin1: "\\u00e9".repeat(130000), obj: { a: X }, arr: [X], u8: new Uint8Array(130000), ab: new ArrayBuffer(130000),
      i16: new Int16Array(65000), map: new Map([["k", X]]), set: new Set([X, 1]), nums: [1.5, 2, -1, 2 ** 31, -(2 ** 31) - 1, X], prims: { n: null, u: undefined, t: true, f: false, s: X },
      date: [new Date(0), X], big: [10n, -(2n ** 70n), X], sparse: (() => { const a = []; a[5] = X; return a; })(), nested: { a: { b: { c: [X] } } }, numKeys: { 1: X, 20: "y" },
      regexp: [/ab+c/gi, X], boxed: [new String("s"), new Number(1), new Boolean(false), X], neg0: [-0, NaN, Infinity, X],
      sameRef: (() => { const o = { v: 1 }; return [o, o, X]; })(), emojiKey: { "\\u{1F600}": X }, twoByteShort: ["\\u0100", X], oddPad: ["a", "\\u0100b", X],
    };
    for (const [k, v] of Object.entries(vals)) {
      const r = await t(() => env.Q.send(v, { contentType: "v8" }));
      out[k] = r.error ? r.error.message : "sent";
    }`, `
    batch.ackAll();`,
      { queueProducers: { Q: "v8size-q" }, queueConsumers: { "v8size-q": { maxBatchTimeout: 1 } } }),
    [get("/send")]),

  qCase("qsched-queues-metrics-backlog", "producer metrics() while messages wait out a delay; batch metadata with a backlog; maxRetries 0 goes straight to the DLQ",
    qWorker(`
    out.before = await t(() => env.Q.metrics());
    out.sent = await t(() => env.Q.sendBatch([{ body: "d1", delaySeconds: 2 }, { body: "d2", delaySeconds: 2 }]));
    out.after = await t(async () => { const m = await env.Q.metrics(); return { keys: Object.keys(m).sort(), count: m.backlogCount, bytes: m.backlogBytes }; });
    out.fail = await t(() => env.Q.send("fail-now"));`, `
    for (const m of batch.messages) {
      await record(env, batch.queue + "-" + m.body + "-" + m.attempts, { queue: batch.queue, attempts: m.attempts, meta: { keys: Object.keys(batch.metadata.metrics).sort() } });
      if (m.body === "fail-now" && batch.queue === "metrics-q") m.retry(); else m.ack();
    }`,
      { queueProducers: { Q: "metrics-q" }, queueConsumers: { "metrics-q": { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 0, deadLetterQueue: "metrics-dlq" }, "metrics-dlq": { maxBatchTimeout: 1 } } }),
    [get("/send"), poll(4)]),

  qCase("qsched-queues-sync-or-async-errors", "which producer errors throw synchronously and which reject the returned promise",
    qWorker(`
    const how = (f) => { try { const p = f(); if (!(p instanceof Promise)) return { returned: typeof p }; return p.then(() => "resolved", (e) => ({ rejected: e.name + ": " + e.message })); } catch (e) { return { threw: e.name + ": " + e.message }; } };
    out.undef = await how(() => env.Q.send(undefined));
    out.badType = await how(() => env.Q.send("a", { contentType: "xml" }));
    out.textNum = await how(() => env.Q.send(1, { contentType: "text" }));
    out.fn = await how(() => env.Q.send(() => 1));
    out.v8fn = await how(() => env.Q.send(() => 1, { contentType: "v8" }));
    out.big = await how(() => env.Q.send(1n));
    out.toJsonThrows = await how(() => env.Q.send({ toJSON() { throw new RangeError("from toJSON"); } }));
    out.tooLarge = await how(() => env.Q.send("x".repeat(130000)));
    out.badDelay = await how(() => env.Q.send("a", { delaySeconds: -1 }));
    out.optsString = await how(() => env.Q.send("a", "x"));
    out.noArgs = await how(() => env.Q.send());
    out.batchNotIterable = await how(() => env.Q.sendBatch(5));
    out.batchEmpty = await how(() => env.Q.sendBatch([]));
    out.batchNull = await how(() => env.Q.sendBatch([null]));
    out.batchFn = await how(() => env.Q.sendBatch([{ body: () => 1 }]));
    out.batchTooMany = await how(() => env.Q.sendBatch(Array.from({ length: 101 }, () => ({ body: 1 }))));
    out.metrics = await how(() => env.Q.metrics());
    out.ok = await how(() => env.Q.send("fine"));`, `
    batch.ackAll();`,
      { queueProducers: { Q: "sync-q" }, queueConsumers: { "sync-q": { maxBatchTimeout: 1 } } }),
    [get("/send")]),

  qCase("qsched-queues-consumer-array-form", "queueConsumers given as an array of queue names (default settings); maxBatchTimeout 0 on another queue",
    qWorker(`
    out.a = await t(() => env.Q.sendBatch([{ body: 1 }, { body: 2 }, { body: 3 }, { body: 4 }, { body: 5 }, { body: 6 }, { body: 7 }]));`, `
    await record(env, String(seq++).padStart(2, "0"), { queue: batch.queue, bodies: batch.messages.map((m) => m.body) });
    batch.ackAll();`,
      { queueProducers: { Q: "arr-q" }, queueConsumers: ["arr-q"] }),
    [get("/send"), poll(2)]),

  qCase("qsched-queues-waituntil-outcomes", "a queue handler's waitUntil: a rejected promise, and a retry() or ack() called inside waitUntil after the handler returned",
    qWorker(`
    out.sent = await t(() => env.Q.sendBatch([{ body: "wu-reject" }, { body: "late-retry" }, { body: "late-ack-after-throw" }]));`, `
    const m = batch.messages[0];
    await record(env, m.body + "-" + m.attempts, { attempts: m.attempts });
    if (m.attempts > 1) { m.ack(); return; }
    if (m.body === "wu-reject") { ctx.waitUntil(Promise.reject(new Error("wu failed"))); return; }
    if (m.body === "late-retry") { ctx.waitUntil((async () => { await scheduler.wait(100); m.retry(); })()); return; }
    ctx.waitUntil((async () => { await scheduler.wait(100); m.ack(); })());
    throw new Error("handler failed");`,
      { queueProducers: { Q: "wu-q" }, queueConsumers: { "wu-q": { maxBatchSize: 1, maxBatchTimeout: 1, maxRetries: 1 } } }),
    [get("/send"), poll(6, 2000)]),

  qCase("qsched-queues-fetcher-queue", "env.B.queue(...) on a service binding is an RPC call of the callee's queue handler: one argument only",
    { workers: [
      { name: "caller", modules: true, compatibilityDate: CD, serviceBindings: { B: "callee" }, script: `${PRELUDE}
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const msgs = (bodies) => bodies.map((body, i) => ({ id: "m" + i, timestamp: new Date(1000 + i), body, attempts: 1 }));
    out.ackSome = await t(() => env.B.queue("qa", msgs(["ack", "retry", "none"])));
    out.all = await t(() => env.B.queue("qb", msgs(["retryAll"])));
    out.throws = await t(() => env.B.queue("qc", msgs(["throw"])));
    out.empty = await t(() => env.B.queue("qd", []));
    out.noArgs = await t(() => env.B.queue());
    out.oneArg = await t(() => env.B.queue({ queue: "fake", messages: [] }));
    out.seen = await (await env.B.fetch("http://x/")).json();
    return Response.json(out);
  }
};` },
      { name: "callee", modules: true, compatibilityDate: CD, script: `
const seen = [];
export default {
  async fetch() { return Response.json(seen); },
  async queue(batch) {
    seen.push({ queue: batch.queue, msgs: batch.messages.map((m) => [m.id, m.body, m.attempts, m.timestamp instanceof Date ? m.timestamp.getTime() : typeof m.timestamp]) });
    for (const m of batch.messages) {
      if (m.body === "ack") m.ack();
      if (m.body === "retry") m.retry({ delaySeconds: 7 });
      if (m.body === "retryAll") batch.retryAll({ delaySeconds: 3 });
      if (m.body === "throw") throw new TypeError("consumer failed");
    }
  }
};` },
    ] },
    [get("/")]),

  qCase("qsched-queues-sw-consumer-forms", "service-worker queue listeners: a handleEvent object, event members and retry arguments, a throwing listener retries the batch",
    { compatibilityDate: CD, kvNamespaces: ["KV"], queueProducers: { Q: "sw-q" }, queueConsumers: { "sw-q": { maxBatchSize: 10, maxBatchTimeout: 1, maxRetries: 1 } }, script: `${PRELUDE}
async function record(key, v) { await KV.put("m:" + key, JSON.stringify(v)); }
addEventListener("fetch", (e) => e.respondWith((async () => {
  const url = new URL(e.request.url);
  if (url.pathname === "/poll") {
    const want = Number(url.searchParams.get("n"));
    let keys = [];
    for (let i = 0; i < 100; i++) { keys = (await KV.list({ prefix: "m:" })).keys.map((k) => k.name); if (keys.length >= want) break; await scheduler.wait(100); }
    await scheduler.wait(300);
    keys = (await KV.list({ prefix: "m:" })).keys.map((k) => k.name);
    const got = {};
    for (const k of keys) got[k] = JSON.parse(await KV.get(k));
    return Response.json({ count: keys.length, got });
  }
  return Response.json({ sent: await t(() => Q.sendBatch([{ body: "a" }, { body: "b" }])) });
})()));
addEventListener("queue", { handleEvent(event) {
  const attempt = event.messages[0].attempts;
  event.waitUntil((async () => {
    await record("attempt-" + attempt, { queue: event.queue, bodies: event.messages.map((m) => m.body), type: event.type, tag: Object.prototype.toString.call(event),
      phase: event.eventPhase, trusted: event.isTrusted, retryNum: await t(() => event.retryAll(5)), metaKeys: Object.keys(event.metadata.metrics).sort() });
  })());
  if (attempt === 1) throw new Error("first attempt fails");
  event.ackAll();
} });` },
    [get("/send"), poll(2)]),

  // ---------------------------------------------------------------- scheduled
  sCase("qsched-scheduled-time-parsing", "time query values: hex, whitespace, trailing junk, exponent, Infinity, big integers, repeated parameters",
    sWorker(`    await push(env, { q: new URL("http://x").search, cron: controller.cron, time: typeof controller.scheduledTime === "number" && Math.abs(controller.scheduledTime - Date.now()) < 60000 ? "now" : String(controller.scheduledTime) });`),
    [trig("?time=0x10&cron=a"), trig("?time=%205&cron=b"), trig("?time=5abc&cron=c"), trig("?time=2e3&cron=d"), trigBad("?time=Infinity&cron=e"),
     trigBad("?time=9007199254740993&cron=f"), trig("?time=1&time=2&cron=g&cron=h"), trig("?time=-5&cron=i"), trigBad("?time=.5&cron=j"), trig("?time=1.9&cron=k"), trig("?cron=%2A%20%2A&time=3"), trig("?cron=a%2Bb+c&time=4"), get("/read")]),

  sCase("qsched-scheduled-controller-misc", "controller properties are read-only; noRetry returns undefined and may be called twice; ctx in scheduled",
    sWorker(`    const r = {};
    r.setCron = (() => { try { controller.cron = "changed"; return controller.cron; } catch (e) { return e.constructor.name; } })();
    r.setTime = (() => { try { controller.scheduledTime = 1; return controller.scheduledTime; } catch (e) { return e.constructor.name; } })();
    r.noRetry = [String(controller.noRetry()), String(controller.noRetry())];
    r.ctx = { waitUntil: typeof ctx.waitUntil, pass: typeof ctx.passThroughOnException, exports: typeof ctx.exports, props: JSON.stringify(ctx.props) };
    r.pass = (() => { try { return String(ctx.passThroughOnException()); } catch (e) { return e.constructor.name + ": " + e.message; } })();
    r.thisType = typeof this;
    r.args = arguments.length;
    r.frozen = Object.isFrozen(controller);
    await push(env, r);`),
    [trig("?cron=x&time=10"), get("/read")]),

  sCase("qsched-scheduled-method-variants", "PUT, DELETE, OPTIONS and a request body on the trigger path all run the handler",
    sWorker(`    await push(env, { cron: controller.cron });`),
    [req("PUT", "http://localhost/cdn-cgi/handler/scheduled?cron=put", {}, "body"), req("DELETE", "http://localhost/cdn-cgi/handler/scheduled?cron=del"),
     req("OPTIONS", "http://localhost/cdn-cgi/handler/scheduled?cron=opt"), req("PATCH", "http://localhost/cdn-cgi/handler/scheduled?cron=patch", { "content-type": "application/json" }, "{}"),
     get("/cdn-cgi/handler/scheduled#frag"), get("/cdn-cgi/handler/scheduledx"), get("/cdn-cgi/handler/scheduled/extra"), get("/cdn-cgi/handler"), get("/cdn-cgi/handler/email"), get("/read")]),

  sCase("qsched-scheduled-sw-event", "service-worker scheduled event: members, noRetry, waitUntil, a throwing listener among several",
    { compatibilityDate: CD, kvNamespaces: ["KV"], unsafeTriggerHandlers: true, script: `${PRELUDE}
async function push(v) { const prev = JSON.parse(await KV.get("runs") ?? "[]"); prev.push(v); await KV.put("runs", JSON.stringify(prev)); }
addEventListener("fetch", (e) => e.respondWith((async () => {
  const url = new URL(e.request.url);
  if (url.pathname === "/read") return new Response(await KV.get("runs") ?? "[]", { headers: { "content-type": "application/json" } });
  return new Response("fetch");
})()));
addEventListener("scheduled", (event) => {
  event.waitUntil(push({ cron: event.cron, time: event.scheduledTime, type: event.type, tag: Object.prototype.toString.call(event),
    isEvent: event instanceof Event, noRetry: String(event.noRetry()), cancelable: event.cancelable, phase: event.eventPhase, trusted: event.isTrusted }));
  if (event.cron === "throw") throw new Error("listener threw");
});` },
    [trig("?cron=one&time=7"), trig("?cron=throw&time=8"), get("/read")]),

  sCase("qsched-scheduled-service-binding", "env.B.scheduled() options: Date and number scheduledTime, missing options, outcomes of throwing and noRetry handlers",
    { workers: [
      { name: "caller", modules: true, compatibilityDate: CD, serviceBindings: { B: "callee" }, script: `${PRELUDE}
export default {
  async fetch(req, env, ctx) {
    const out = {};
    out.date = await t(() => env.B.scheduled({ cron: "date", scheduledTime: new Date(5000) }));
    out.num = await t(() => env.B.scheduled({ cron: "num", scheduledTime: 6000 }));
    out.none = await t(() => env.B.scheduled());
    out.empty = await t(() => env.B.scheduled({}));
    out.throws = await t(() => env.B.scheduled({ cron: "throw", scheduledTime: 1 }));
    out.noRetry = await t(() => env.B.scheduled({ cron: "noretry", scheduledTime: 1 }));
    out.badTime = await t(() => env.B.scheduled({ cron: "bad", scheduledTime: "abc" }));
    out.cronNum = await t(() => env.B.scheduled({ cron: 5, scheduledTime: 1 }));
    out.seen = await (await env.B.fetch("http://x/")).json();
    return Response.json(out);
  }
};` },
      { name: "callee", modules: true, compatibilityDate: CD, script: `
const seen = [];
export default {
  async fetch() { return Response.json(seen); },
  async scheduled(c) {
    seen.push({ cron: c.cron, time: typeof c.scheduledTime === "number" && Math.abs(c.scheduledTime - Date.now()) < 60000 ? "now" : c.scheduledTime });
    if (c.cron === "throw") throw new Error("nope");
    if (c.cron === "noretry") c.noRetry();
  }
};` },
    ] },
    [get("/")]),

  sCase("qsched-scheduled-sw-listener-forms", "service-worker scheduled listeners: a handleEvent object, a removed listener, an async listener that rejects",
    { compatibilityDate: CD, kvNamespaces: ["KV"], unsafeTriggerHandlers: true, script: `${PRELUDE}
async function push(v) { const prev = JSON.parse(await KV.get("runs") ?? "[]"); prev.push(v); await KV.put("runs", JSON.stringify(prev)); }
addEventListener("fetch", (e) => e.respondWith((async () => {
  const url = new URL(e.request.url);
  if (url.pathname === "/read") return new Response(await KV.get("runs") ?? "[]", { headers: { "content-type": "application/json" } });
  return new Response("fetch");
})()));
const removed = (event) => event.waitUntil(push({ who: "removed" }));
addEventListener("scheduled", removed);
removeEventListener("scheduled", removed);
addEventListener("scheduled", { handleEvent(event) { event.waitUntil(push({ who: "object", cron: event.cron, thisIsObject: typeof this.handleEvent })); } });
addEventListener("scheduled", async (event) => { if (event.cron === "reject") throw new Error("async listener"); });` },
    [trig("?cron=plain&time=1"), trig("?cron=reject&time=2"), get("/read")]),

  // ---------------------------------------------------------------- workflows
  wCase("qsched-workflows-handle-shapes", "binding and instance handle shapes; get() of an existing id; status while running and when errored",
    wfWorker(`
    await step.sleep("nap", 300);
    throw new TypeError("bad run");`, `
    out.bindingTag = Object.prototype.toString.call(env.WF);
    out.bindingProto = Object.getOwnPropertyNames(Object.getPrototypeOf(env.WF)).sort();
    const inst = await env.WF.create({ id: "shape-1", params: { a: 1 } });
    out.instTag = Object.prototype.toString.call(inst);
    out.instKeys = Object.keys(inst);
    out.instProto = Object.getOwnPropertyNames(Object.getPrototypeOf(inst)).sort();
    out.id = inst.id;
    const again = await env.WF.get("shape-1");
    out.getId = again.id;
    out.getSame = again === inst;
    out.running = shape(await inst.status());
    out.errored = shape(await until(again, FINAL));
    out.getNonString = await tt(() => env.WF.get(5));
    out.getEmpty = await tt(() => env.WF.get(""));
    out.getNoArg = await tt(() => env.WF.get());`),
  ),

  wCase("qsched-workflows-event-object", "the run() event: keys, payload identity, timestamp type, instanceId; params of several types",
    wfWorker(`
    return await step.do("e", async () => ({ keys: Object.keys(event).sort(), instanceId: event.instanceId, payload: event.payload, payloadType: Object.prototype.toString.call(event.payload),
      tsType: Object.prototype.toString.call(event.timestamp), tsNear: Math.abs(new Date(event.timestamp).getTime() - Date.now()) < 60000 }));`, `
    for (const [id, params] of [["p-num", 5], ["p-str", "s"], ["p-arr", [1, { b: 2 }]], ["p-date", new Date(0)], ["p-none", undefined], ["p-bool", false]]) {
      const inst = await env.WF.create(params === undefined ? { id } : { id, params });
      out[id] = (await until(inst, FINAL)).output;
    }
    out.fnParams = await tt(() => env.WF.create({ id: "p-fn", params: { f: () => 1 } }));
    out.bigParams = await tt(() => env.WF.create({ id: "p-big", params: 5n }));`),
  ),

  wCase("qsched-workflows-params-odd", "create() with params holding a function or a BigInt: what create answers and what the run sees",
    wfWorker(`
    const p = event.payload;
    return { type: typeof p, keys: p && typeof p === "object" ? Object.keys(p).sort() : null, f: typeof p?.f, n: p?.n, big: typeof p === "bigint" ? String(p) : null };`, `
    out.fn = await t(async () => (await env.WF.create({ id: "odd-fn", params: { f: () => 1, n: 1 } })).id);
    out.fnStatus = shape(await until(await env.WF.get("odd-fn"), FINAL, 40));
    out.big = await t(async () => (await env.WF.create({ id: "odd-big", params: 7n })).id);
    out.bigStatus = shape(await until(await env.WF.get("odd-big"), FINAL, 40));`),
  ),

  wCase("qsched-workflows-sleep-args", "step.sleep / sleepUntil argument validation: bad units, negative numbers, invalid dates, odd types",
    wfWorker(`
    const r = {};
    r.sleepBadUnit = await tt(() => step.sleep("a", "1 fortnight"));
    r.sleepNoUnit = await tt(() => step.sleep("b", "5"));
    r.sleepWords = await tt(() => step.sleep("c", "soon"));
    r.sleepNeg = await tt(() => step.sleep("d", -10));
    r.sleepZero = await tt(() => step.sleep("e", 0));
    r.sleepZeroStr = await tt(() => step.sleep("f", "0 seconds"));
    r.sleepMs = await tt(() => step.sleep("g", "10 milliseconds"));
    r.sleepPlural = await tt(() => step.sleep("h", "1 seconds"));
    r.sleepNull = await tt(() => step.sleep("i", null));
    r.sleepObj = await tt(() => step.sleep("j", {}));
    r.untilInvalid = await tt(() => step.sleepUntil("k", new Date(NaN)));
    r.untilString = await tt(() => step.sleepUntil("l", "2020-01-01"));
    r.untilNumPast = await tt(() => step.sleepUntil("m", 5));
    r.untilNull = await tt(() => step.sleepUntil("n", null));
    r.nameNum = await tt(() => step.sleep(5, 10));
    r.nameLong = await tt(() => step.sleep("x".repeat(257), 10));
    return r;`, `
    const inst = await env.WF.create({ id: "sleep-args" });
    out.final = shape(await until(inst, FINAL, 200));`),
  ),

  wCase("qsched-workflows-wait-args", "waitForEvent and sendEvent argument validation: types, timeouts, names",
    wfWorker(`
    const r = {};
    r.noOpts = await tt(() => step.waitForEvent("a"));
    r.got = await tt(async () => { const e = await step.waitForEvent("f", { type: "go", timeout: "5 seconds" }); return { ...e, keys: Object.keys(e).sort(), timestamp: Object.prototype.toString.call(e.timestamp) }; });
    r.badTimeout = await tt(() => step.waitForEvent("b", { type: "t", timeout: "whenever" }));
    return r;`, `
    const inst = await env.WF.create({ id: "wait-args" });
    await until(inst, ["waiting"], 60);
    out.sendBadType = await t(() => inst.sendEvent({ type: "has space", payload: 1 }));
    out.sendLongType = await t(() => inst.sendEvent({ type: "x".repeat(101), payload: 1 }));
    out.sendNoArgs = await t(() => inst.sendEvent());
    out.sendFn = await t(() => inst.sendEvent({ type: "go", payload: () => 1 }));
    out.sendOk = await t(() => inst.sendEvent({ type: "go", payload: { v: [1, 2] } }));
    out.final = shape(await until(inst, FINAL, 200));`),
  ),

  wCase("qsched-workflows-wait-type-unchecked", "waitForEvent takes any type (spaces, long, a number) and times out as usual; sleep names are not checked",
    wfWorker(`
    const r = {};
    r.badType = await tt(() => step.waitForEvent("c", { type: "has space", timeout: 10 }));
    r.longType = await tt(() => step.waitForEvent("d", { type: "x".repeat(101), timeout: 10 }));
    r.numType = await tt(() => step.waitForEvent("e", { type: 5, timeout: "10 milliseconds" }));
    r.sleepOddName = await tt(() => step.sleep("has\\nnewline", 1));
    return r;`, `
    const inst = await env.WF.create({ id: "wait-types" });
    out.final = shape(await until(inst, FINAL, 200));`),
  ),

  wCase("qsched-workflows-step-names", "step.do names: numbers, empty, 256 characters, control characters, unicode, a missing name; ctx.step of odd names",
    wfWorker(`
    const r = {};
    r.num = await tt(() => step.do(5, async (c) => c.step));
    r.empty = await tt(() => step.do("", async (c) => c.step));
    r.max = await tt(() => step.do("n".repeat(256), async (c) => c.step.name.length));
    r.newline = await tt(() => step.do("a\\nb", async () => 1));
    r.tab = await tt(() => step.do("a\\tb", async () => 1));
    r.del = await tt(() => step.do("a\\u007fb", async () => "del ok"));
    r.emoji = await tt(() => step.do("\\u{1F600} step", async (c) => c.step));
    r.missing = await tt(() => step.do(undefined, async () => 1));
    r.obj = await tt(() => step.do({}, async (c) => c.step.name));
    return r;`, `
    const inst = await env.WF.create({ id: "names" });
    out.final = shape(await until(inst, FINAL, 200));`),
  ),

  wCase("qsched-workflows-ids-more", "instance ids: leading underscore or digit, dots, unicode, exactly 100 characters with dashes; get() of invalid ids",
    wfWorker(`
    return "ok";`, `
    const ids = ["_lead", "9lead", "a.b", "caf\\u00e9", "a-b_c-" + "z".repeat(94), "A", "a--b", "UPPER_case-1"];
    for (const id of ids) out[id.slice(0, 12)] = await t(async () => (await env.WF.create({ id })).id.length);
    out.getBad = await t(() => env.WF.get("bad id"));
    out.getLong = await t(() => env.WF.get("x".repeat(101)));`),
  ),

  wCase("qsched-workflows-run-outputs", "what status() reports when run() returns a function, a Map, a Date, undefined, a BigInt or a circular object",
    wfWorker(`
    switch (event.payload.kind) {
      case "fn": return () => 1;
      case "map": return new Map([[1, 2]]);
      case "date": return new Date(0);
      case "undef": return undefined;
      case "big": return 5n;
      case "circ": { const o = { a: 1 }; o.self = o; return o; }
      case "nested": return { fn: () => 1, keep: [1, undefined] };
    }`, `
    for (const kind of ["fn", "map", "date", "undef", "big", "circ", "nested"]) {
      const inst = await env.WF.create({ id: "out-" + kind, params: { kind } });
      out[kind] = shape(await until(inst, FINAL, 60));
    }`),
  ),

  wCase("qsched-workflows-pause-during-step", "pause() while a step.do runs waits for the step (waitingForPause), then pauses; resume() finishes; terminate() during a step",
    wfWorker(`
    const a = await step.do("slow", async () => { await scheduler.wait(600); return "slow done"; });
    const b = await step.do("after", async () => "after done");
    return [a, b];`, `
    const inst = await env.WF.create({ id: "pds" });
    await scheduler.wait(150);
    out.before = (await inst.status()).status;
    out.pause = await t(() => inst.pause());
    out.right = (await inst.status()).status;
    out.paused = shape(await until(inst, ["paused"], 60));
    out.resume = await t(() => inst.resume());
    out.final = shape(await until(inst, FINAL, 100));
    const other = await env.WF.create({ id: "tds" });
    await scheduler.wait(150);
    out.terminate = await t(() => other.terminate());
    out.terminated = shape(await other.status());
    await scheduler.wait(800);
    out.later = shape(await other.status());`),
  ),

  wCase("qsched-workflows-step-config-more", "step.do configs: unknown-unit and singular timeouts, fractional limits, negative timeout, null and empty configs",
    wfWorker(`
    const r = {};
    const slow = async () => { await scheduler.wait(80); return "slow"; };
    r.unitTimeout = await tt(() => step.do("a", { timeout: "1 fortnight", retries: { limit: 0, delay: 0 } }, slow));
    r.singular = await tt(() => step.do("b", { timeout: "2 second", retries: { limit: 0, delay: 0 } }, slow));
    let n = 0;
    r.fracLimit = await tt(() => step.do("c", { retries: { limit: 1.5, delay: 0 } }, async () => { n++; throw new Error("try " + n); }));
    r.fracCount = n;
    r.negTimeout = await tt(() => step.do("d", { timeout: -1 }, slow));
    r.nullConfig = await tt(() => step.do("e", null, async () => "null cfg"));
    r.emptyConfig = await tt(() => step.do("f", {}, async () => "empty cfg"));
    r.limitOnly = await tt(() => step.do("i", { retries: { limit: 0 } }, async () => "limit only"));
    return r;`, `
    const inst = await env.WF.create({ id: "cfg-more" });
    out.final = shape(await until(inst, FINAL, 200));`),
  ),

  wCase("qsched-workflows-broken-classes", "a workflow class whose constructor throws, one without run(), one whose run() is not async and returns a value",
    { modules: true, compatibilityDate: CD,
      script: `import { WorkflowEntrypoint } from "cloudflare:workers";
${PRELUDE}${WF_HELPERS}
export class Throws extends WorkflowEntrypoint { constructor(ctx, env) { super(ctx, env); throw new RangeError("ctor failed"); } async run() { return 1; } }
export class NoRun extends WorkflowEntrypoint {}
export class SyncRun extends WorkflowEntrypoint { run(event) { return { sync: event.payload }; } }
export default {
  async fetch(req, env, ctx) {
    const out = {};
    for (const [name, b] of [["throws", env.A], ["norun", env.B], ["sync", env.C]]) {
      const created = await t(async () => (await b.create({ id: name, params: 3 })).id);
      out[name] = { created, status: created.ok ? shape(await until(await b.get(name), FINAL, 40)) : null };
    }
    return Response.json(out);
  }
};`,
      workflows: { A: { name: "wf-a", className: "Throws" }, B: { name: "wf-b", className: "NoRun" }, C: { name: "wf-c", className: "SyncRun" } } },
  ),

  wCase("qsched-workflows-stuck-instance-ops", "operations on an instance left queued by params the engine cannot keep: pause, resume, terminate, restart, sendEvent",
    wfWorker(`
    return "ran";`, `
    const inst = await env.WF.create({ id: "stuck", params: { f: () => 1 } });
    await scheduler.wait(100);
    out.status = (await inst.status()).status;
    out.pause = await t(() => inst.pause());
    out.afterPause = (await inst.status()).status;
    out.resume = await t(() => inst.resume());
    out.afterResume = (await inst.status()).status;
    out.send = await t(() => inst.sendEvent({ type: "x", payload: 1 }));
    out.terminate = await t(() => inst.terminate());
    out.afterTerminate = (await inst.status()).status;
    out.again = await t(async () => (await env.WF.create({ id: "stuck", params: { ok: true } })).id);
    out.afterCreateAgain = shape(await until(inst, FINAL));`),
  ),

  wCase("qsched-workflows-errored-operations", "pause/resume/terminate/restart/sendEvent on an errored instance; restart of an errored instance reruns it",
    wfWorker(`
    const n = await step.do("count", async () => 1);
    if (event.payload.fail) throw new Error("failing run");
    return n;`, `
    const inst = await env.WF.create({ id: "err-ops", params: { fail: true } });
    out.first = shape(await until(inst, FINAL));
    out.pause = await t(() => inst.pause());
    out.resume = await t(() => inst.resume());
    out.send = await t(() => inst.sendEvent({ type: "x", payload: 1 }));
    out.terminate = await t(() => inst.terminate());
    out.afterOps = (await inst.status()).status;
    out.restart = await t(() => inst.restart());
    out.second = shape(await until(inst, FINAL));`),
  ),

  wCase("qsched-workflows-running-operations", "operations on a waiting instance: resume when not paused, pause twice, restart while waiting, terminate then restart",
    wfWorker(`
    const e = await step.waitForEvent("w", { type: "go", timeout: "1 minute" });
    return e.payload;`, `
    const inst = await env.WF.create({ id: "run-ops" });
    out.waiting = (await until(inst, ["waiting"], 60)).status;
    out.resumeRunning = await t(() => inst.resume());
    out.statusAfterResume = (await inst.status()).status;
    out.pause1 = await t(() => inst.pause());
    out.pause2 = await t(() => inst.pause());
    out.paused = (await until(inst, ["paused"], 60)).status;
    out.terminate = await t(() => inst.terminate());
    out.terminated = (await inst.status()).status;
    out.restart = await t(() => inst.restart());
    out.afterRestart = (await until(inst, ["waiting"], 60)).status;
    out.send = await t(() => inst.sendEvent({ type: "go", payload: "p" }));
    out.final = shape(await until(inst, FINAL));`),
  ),

  wCase("qsched-workflows-create-batch-edges", "createBatch: non-array, duplicate ids inside a batch, an id that exists, an invalid id among valid ones, items without id",
    wfWorker(`
    return event.payload ?? "none";`, `
    out.notArray = await t(() => env.WF.createBatch({ id: "x" }));
    out.noArg = await t(() => env.WF.createBatch());
    await env.WF.create({ id: "exists" });
    out.dupInside = await t(async () => (await env.WF.createBatch([{ id: "d1" }, { id: "d1" }])).map((i) => i.id));
    out.existing = await t(async () => (await env.WF.createBatch([{ id: "exists" }, { id: "new-1" }])).map((i) => i.id));
    out.invalid = await t(async () => (await env.WF.createBatch([{ id: "ok-2" }, { id: "bad id" }])).map((i) => i.id));
    out.ok2Exists = await t(async () => (await until(await env.WF.get("ok-2"), FINAL)).status);
    out.noIds = await t(async () => (await env.WF.createBatch([{}, { params: 1 }])).map((i) => /^[0-9a-f-]{36}$/.test(i.id)));
    out.undefinedItem = await t(async () => (await env.WF.createBatch([undefined])).length);
    out.many = await t(async () => (await env.WF.createBatch(Array.from({ length: 101 }, (_, i) => ({ id: "m" + i })))).length);`),
  ),

  wCase("qsched-workflows-step-retry-shapes", "step.do retry counts with limit 0, the ctx.attempt sequence, a caught step error's class, error output of a step that exhausts retries",
    wfWorker(`
    const seen = [];
    let caught;
    try {
      await step.do("zero", { retries: { limit: 0, delay: 0 } }, async (c) => { seen.push(["zero", c.attempt]); throw new SyntaxError("z"); });
    } catch (e) { caught = { name: e.name, message: e.message, ctor: e.constructor.name, isError: e instanceof Error, keys: Object.keys(e) }; }
    const v = await step.do("three", { retries: { limit: 3, delay: "0 seconds", backoff: "linear" } }, async (c) => { seen.push(["three", c.attempt]); if (c.attempt < 3) throw new Error("again"); return "third"; });
    let nonRetry;
    try { await step.do("nr", { retries: { limit: 5, delay: 0 } }, async (c) => { seen.push(["nr", c.attempt]); throw new NonRetryableError("stop", "MyName"); }); }
    catch (e) { nonRetry = { name: e.name, message: e.message }; }
    return { seen, caught, v, nonRetry };`, `
    const inst = await env.WF.create({ id: "retry-shapes" });
    out.final = shape(await until(inst, FINAL, 200));`),
  ),

  wCase("qsched-workflows-step-outputs", "values a step may return: undefined, null, Date, Map, ArrayBuffer, nested arrays; what run() and status() see",
    wfWorker(`
    const r = {};
    const u = await step.do("undef", async () => undefined);
    r.undef = u === undefined ? "undefined" : u;
    r.nul = await step.do("nul", async () => null);
    const d = await step.do("date", async () => new Date(0));
    r.date = Object.prototype.toString.call(d);
    const m = await step.do("map", async () => new Map([[1, 2]]));
    r.map = Object.prototype.toString.call(m);
    const ab = await step.do("ab", async () => new Uint8Array([1, 2]).buffer);
    r.ab = Object.prototype.toString.call(ab);
    r.arr = await step.do("arr", async () => [[1], { a: [2] }]);
    r.str = await step.do("str", async () => "s");
    return r;`, `
    const inst = await env.WF.create({ id: "outputs" });
    out.final = shape(await until(inst, FINAL, 200));`),
  ),
];
