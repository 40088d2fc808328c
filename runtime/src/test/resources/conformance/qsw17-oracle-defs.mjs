// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsw17
// The seventeenth session's qsw17 probes: queues (producer edges, v8 bodies), workflows, waitUntil.
import { CD, PRELUDE, get } from "./_h.mjs";
const gets = (paths) => paths.map((p) => get(p));
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const WAIT = `const wait = (ms) => new Promise((r) => setTimeout(r, ms));`;
const DESC = `
const desc = (b, depth = 0) => {
  if (depth > 4) return "deep";
  if (b === undefined) return { undef: true };
  if (typeof b === "bigint") return { bigint: String(b) };
  if (typeof b === "number") return Number.isFinite(b) ? (Object.is(b, -0) ? { num: "-0" } : b) : { num: String(b) };
  if (b === null || typeof b !== "object") return b;
  if (b instanceof ArrayBuffer) return { ArrayBuffer: [...new Uint8Array(b)] };
  if (ArrayBuffer.isView(b)) return { [b.constructor.name]: [...new Uint8Array(b.buffer, b.byteOffset, b.byteLength)], len: b.length ?? b.byteLength };
  if (b instanceof Date) return { Date: isNaN(b) ? "invalid" : b.toISOString() };
  if (b instanceof RegExp) return { RegExp: String(b), flags: b.flags, lastIndex: b.lastIndex };
  if (b instanceof Map) return { Map: [...b].map(([k, v]) => [desc(k, depth + 1), desc(v, depth + 1)]) };
  if (b instanceof Set) return { Set: [...b].map((x) => desc(x, depth + 1)) };
  if (b instanceof Error) return { Error: [b.constructor.name, b.name, b.message, typeof b.stack, "cause" in b ? desc(b.cause, depth + 1) : "nocause", Object.keys(b)] };
  if (Array.isArray(b)) return { arr: Object.keys(b), len: b.length, vals: Array.from(b, (x) => desc(x, depth + 1)) };
  const o = { tag: Object.prototype.toString.call(b), proto: Object.getPrototypeOf(b) === Object.prototype ? "Object" : String(Object.getPrototypeOf(b)?.constructor?.name) };
  for (const k of Object.keys(b)) o["k:" + k] = b[k] === b ? "self" : k === "stack" ? typeof b[k] : desc(b[k], depth + 1);
  return o;
};`;
const QW = (fetchBody, queueBody, extra = {}) => mod(`${WAIT}${DESC}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/got") { const n = Number(url.searchParams.get("n") ?? 1); for (let i = 0; i < 100 && got.length < n; i++) await wait(50); await wait(Number(url.searchParams.get("settle") ?? 200)); return Response.json(got.splice(0)); }
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
    name: "qsw17-queues-producer-arg-edges",
    area: "queues",
    description: "send/sendBatch with odd arguments: undefined/null bodies, options of the wrong type, ArrayBuffer and DataView as bytes, numbers as text, bigint as json, batch entries that are not objects, total batch size",
    options: QW(`
    const Q = env.Q;
    out.undef = await t(() => Q.send(undefined));
    out.nul = await t(() => Q.send(null));
    out.undefJson = await t(() => Q.send(undefined, { contentType: "json" }));
    out.undefText = await t(() => Q.send(undefined, { contentType: "text" }));
    out.nullText = await t(() => Q.send(null, { contentType: "text" }));
    out.bigintV8 = await t(() => Q.send(10n));
    out.bigintJson = await t(() => Q.send(10n, { contentType: "json" }));
    out.abBytes = await t(() => Q.send(new ArrayBuffer(2), { contentType: "bytes" }));
    out.dvBytes = await t(() => Q.send(new DataView(new Uint8Array([7, 8, 9]).buffer, 1), { contentType: "bytes" }));
    out.i16Bytes = await t(() => Q.send(new Int16Array([1, 256]), { contentType: "bytes" }));
    out.numText = await t(() => Q.send(5, { contentType: "text" }));
    out.boolText = await t(() => Q.send(true, { contentType: "text" }));
    out.strObjText = await t(() => Q.send(new String("s"), { contentType: "text" }));
    out.optsNull = await t(() => Q.send("x", null));
    out.optsNum = await t(() => Q.send("x", 5));
    out.optsStr = await t(() => Q.send("x", "json"));
    out.ctUndef = await t(() => Q.send("x", { contentType: undefined }));
    out.ctNull = await t(() => Q.send("x", { contentType: null }));
    out.ctUpper = await t(() => Q.send("x", { contentType: "JSON" }));
    out.ctNum = await t(() => Q.send("x", { contentType: 5 }));
    out.batchNums = await t(() => Q.sendBatch([1]));
    out.batchNull = await t(() => Q.sendBatch([null]));
    out.batchEmptyObj = await t(() => Q.sendBatch([{}]));
    out.batchStr = await t(() => Q.sendBatch("ab"));
    out.batchOptsNull = await t(() => Q.sendBatch([{ body: "x" }], null));
    out.batchOptsNum = await t(() => Q.sendBatch([{ body: "x" }], 5));
    out.batchCtBad = await t(() => Q.sendBatch([{ body: "x", contentType: "nope" }]));
    out.batchTextBad = await t(() => Q.sendBatch([{ body: 1, contentType: "text" }]));
    out.batchTotal = await t(() => Q.sendBatch([{ body: "a".repeat(100000) }, { body: "b".repeat(100000) }, { body: "c".repeat(100000) }]));
    out.batchTotalOk = await t(() => Q.sendBatch([{ body: "a".repeat(100000) }, { body: "b".repeat(100000) }]));
    out.hundred = await t(() => Q.sendBatch(Array.from({ length: 100 }, (_, i) => ({ body: i }))).then(() => "sent"));
    out.fnInObj = await t(() => Q.send({ f() {} }));
    out.symInObj = await t(() => Q.send({ s: Symbol("x") }));
    out.weakMap = await t(() => Q.send(new WeakMap()));
    out.response = await t(() => Q.send(new Response("x")));
    out.request = await t(() => Q.send(new Request("http://x/")));
    out.promise = await t(() => Q.send(Promise.resolve(1)));
    out.jsonFn = await t(() => Q.send({ a: 1, f() {} }, { contentType: "json" }));
    out.jsonToJSON = await t(() => Q.send({ toJSON() { return "tj"; } }, { contentType: "json" }));
    out.jsonCycle = await t(() => { const o = {}; o.o = o; return Q.send(o, { contentType: "json" }); });
    out.shape = { str: String(Q), tag: Object.prototype.toString.call(Q), keys: Object.keys(Q), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(Q)).sort(), sendLen: Q.send.length, batchLen: Q.sendBatch.length, ctor: Q.constructor.name };`,
    `    for (const m of batch.messages) got.push(desc(m.body)); batch.ackAll();`,
    { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 100, maxBatchTimeout: 0.2 } } }),
    steps: [get("/send"), get("/got?n=115&settle=500")],
  },
  {
    name: "qsw17-queues-v8-body-roundtrip",
    area: "queues",
    description: "v8 bodies that reach the consumer: errors with causes and custom names, class instances, getters, sparse arrays, -0, NaN, RegExp, typed arrays, boxed primitives, invalid dates, cycles, shared references",
    options: QW(`
    class Point { constructor() { this.x = 1; } get y() { return 2; } }
    const e = new TypeError("te", { cause: { c: 1 } }); e.extra = 5;
    const ce = new Error("ce"); ce.name = "MyError";
    const shared = { s: 1 };
    const sparse = [1, , 3]; sparse.prop = "p";
    const cyc = { a: 1 }; cyc.self = cyc;
    const vals = [e, ce, new RangeError("r"), new Point(), { get g() { return "gv"; } }, sparse, -0, NaN, Infinity, /ab+c/gi, new Float64Array([1.5]), new BigInt64Array([5n]),
      new Uint8ClampedArray([300]), new String("boxed"), new Number(3), new Boolean(false), new Date(NaN), cyc, { a: shared, b: shared }, [undefined, null], Object.create(null), new Map([[{ k: 1 }, new Set([1])]]),
      new AggregateError([new Error("x")], "agg"), new DOMException("dm", "AbortError"), new URL("http://u/")];
    out.sends = [];
    for (const v of vals) out.sends.push(await t(() => env.Q.send(v).then(() => "ok")));`,
    `    for (const m of batch.messages) got.push(desc(m.body)); batch.ackAll();`,
    { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 100, maxBatchTimeout: 0.2 } } }),
    steps: [get("/send"), get("/got?n=24&settle=500")],
  },
  {
    name: "qsw17-queues-consumer-view",
    area: "queues",
    description: "a consumer's view of messages and batches: own keys, JSON.stringify, String(), timestamp type, body identity, ack/retry return values, retry option shapes",
    options: QW(`
    await env.Q.sendBatch([{ body: { a: 1 } }, { body: new Uint8Array([1, 2]), contentType: "bytes" }, { body: "t", contentType: "text" }, { body: [1, 2], contentType: "json" }]);
    out.ok = 1;`,
    `    const m = batch.messages[0];
    const r = { n: batch.messages.length, queue: batch.queue, keysB: Object.keys(batch), keysM: Object.keys(m), protoM: Object.getOwnPropertyNames(Object.getPrototypeOf(m)).sort(), protoB: Object.getOwnPropertyNames(Object.getPrototypeOf(batch)).sort() };
    r.json = JSON.stringify(m).replace(/[0-9a-f]{32}/g, "ID").replace(/"timestamp":"[^"]*"/, "TS");
    r.jsonB = JSON.stringify(batch).length > 0;
    r.same = m.body === m.body; r.msgsSame = batch.messages === batch.messages;
    r.frozen = Object.isFrozen(batch.messages); r.isArray = Array.isArray(batch.messages);
    r.types = batch.messages.map((x) => Object.prototype.toString.call(x.body));
    r.bodies = batch.messages.map((x) => desc(x.body));
    r.ts = Object.prototype.toString.call(m.timestamp);
    r.descs = ["id", "body", "timestamp", "attempts"].map((k) => { const d = Object.getOwnPropertyDescriptor(m, k); return d ? ["get" in d ? "accessor" : "value", !!d.set, d.enumerable, d.configurable, d.writable ?? "-"] : null; });
    r.descsB = ["queue", "metadata"].map((k) => { const d = Object.getOwnPropertyDescriptor(batch, k); return d ? ["get" in d ? "accessor" : "value", !!d.set, d.enumerable, d.configurable, d.writable ?? "-"] : null; });
    r.str = String(m); r.bstr = String(batch); r.ctorM = m.constructor.name; r.ctorB = batch.constructor.name;
    r.attemptsType = typeof m.attempts; r.idLen = m.id.length;
    r.hasOwn = ["id", "body", "timestamp", "attempts", "ack", "retry"].map((k) => Object.prototype.hasOwnProperty.call(m, k));
    r.inM = ["id", "body", "timestamp", "attempts", "ack", "retry", "contentType", "metadata"].map((k) => k in m);
    r.inB = ["messages", "queue", "ackAll", "retryAll", "metadata"].map((k) => k in batch);
    r.ackRet = String(m.ack()); r.ackTwice = String(m.ack());
    r.retryNull = await t(() => String(batch.messages[1].retry(null)));
    r.retryNum = await t(() => String(batch.messages[2].retry(5)));
    r.retryEmpty = await t(() => String(batch.messages[3].retry({})));
    r.ackAllRet = String(batch.ackAll()); r.retryAllRet = await t(() => String(batch.retryAll(null)));
    got.push(r);`,
    { queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 4, maxBatchTimeout: 0.5, retryDelay: 10 } } }),
    steps: [get("/send"), get("/got?n=1&settle=300")],
  },
  {
    name: "qsw17-waituntil-misc",
    area: "waituntil",
    description: "ctx.waitUntil with thenables, many promises, called after the response, from a timer, a rejected non-Error; ctx's own shape; passThroughOnException's result",
    options: mod(`${WAIT}
const log = [];
export default {
  async fetch(req, env, ctx) {
    const p = new URL(req.url).pathname;
    if (p === "/shape") return Response.json({ keys: Object.keys(ctx), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(ctx)).sort(), tag: Object.prototype.toString.call(ctx), str: String(ctx),
      wuLen: ctx.waitUntil.length, ptoe: String(ctx.passThroughOnException()), props: JSON.stringify(ctx.props), detached: await t(() => { const w = ctx.waitUntil; w(Promise.resolve()); return "ok"; }),
      thenable: await t(() => String(ctx.waitUntil({ then(r) { log.push("thenable-then"); r(1); } }))),
      str2: await t(() => String(ctx.waitUntil("s"))), nul: await t(() => String(ctx.waitUntil(null))), undef: await t(() => String(ctx.waitUntil(undefined))) });
    if (p === "/late") { setTimeout(() => { try { ctx.waitUntil(wait(10).then(() => log.push("late-wu"))); log.push("late-called"); } catch (e) { log.push("late-err:" + e.name + ":" + e.message); } }, 50); ctx.waitUntil(wait(100)); return new Response("late"); }
    if (p === "/after") { setTimeout(() => { try { ctx.waitUntil(wait(10).then(() => log.push("after-wu"))); log.push("after-called"); } catch (e) { log.push("after-err:" + e.name + ":" + e.message); } }, 0); return new Response("after"); }
    if (p === "/many") { for (let i = 0; i < 50; i++) ctx.waitUntil(wait(i).then(() => { if (i === 49) log.push("many-done"); })); return new Response("many"); }
    if (p === "/reject") { ctx.waitUntil(Promise.reject("str")); ctx.waitUntil(Promise.reject(undefined)); ctx.waitUntil(wait(20).then(() => log.push("reject-sibling"))); return new Response("reject"); }
    if (p === "/chain") { ctx.waitUntil((async () => { await wait(10); ctx.waitUntil(wait(10).then(() => log.push("nested-wu"))); log.push("outer-done"); })()); return new Response("chain"); }
    if (p === "/stream") { const { readable, writable } = new TransformStream(); ctx.waitUntil((async () => { const w = writable.getWriter(); await w.write(new TextEncoder().encode("a")); await wait(20); await w.write(new TextEncoder().encode("b")); await w.close(); log.push("stream-closed"); })()); return new Response(readable); }
    if (p === "/log") { await wait(300); return Response.json(log.splice(0)); }
    return new Response("?");
  },
};`),
    steps: gets(["/shape", "/log", "/late", "/log", "/after", "/log", "/many", "/log", "/reject", "/log", "/chain", "/log", "/stream", "/log"]),
  },
];

const WF_HELPERS = `
async function until(inst, statuses, max = 200) {
  let s;
  for (let i = 0; i < max; i++) { s = await inst.status(); if (statuses.includes(s.status)) return s; await scheduler.wait(50); }
  return s;
}
const FINAL = ["complete", "errored", "terminated"];
`;
const wfWorker = (runBody, fetchBody, extra = {}) => ({
  modules: true, compatibilityDate: CD,
  script: `import { WorkflowEntrypoint } from "cloudflare:workers";
import { NonRetryableError } from "cloudflare:workflows";
${PRELUDE}${WF_HELPERS}${DESC}
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

cases.push(
  wCase("qsw17-workflows-binding-shapes", "the binding and instance objects: keys, prototypes, String(), method lengths; create with odd option shapes; get of odd ids",
    wfWorker(`    return "done";`, `
    const W = env.WF;
    out.binding = { str: String(W), tag: Object.prototype.toString.call(W), keys: Object.keys(W), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(W)).sort(), ctor: W.constructor?.name };
    const inst = await W.create({ id: "shape" });
    out.inst = { str: String(inst), tag: Object.prototype.toString.call(inst), keys: Object.keys(inst), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(inst)).sort(), id: inst.id, idType: typeof inst.id, ctor: inst.constructor?.name, sameBinding: inst.binding === W.binding, bindingType: typeof inst.binding };
    await until(inst, FINAL);
    out.createNull = await t(async () => (await W.create(null)).id.length);
    out.createNum = await t(async () => (await W.create(5)).id.length);
    out.createStr = await t(async () => (await W.create("abc")).id.length);
    out.createIdNum = await t(async () => (await W.create({ id: 123 })).id);
    out.createIdNull = await t(async () => (await W.create({ id: null })).id.length);
    out.createParamsFn = await t(async () => (await W.create({ params: { f() {} } })).id.length);
    out.createParamsUndef = await t(async () => { const i = await W.create({ id: "pu", params: undefined }); return (await until(i, FINAL)).status; });
    out.createExtra = await t(async () => (await W.create({ id: "ex", foo: 1 })).id);
    out.getNum = await t(async () => (await W.get(5)).id);
    out.getUndef = await t(async () => (await W.get()).id);
    out.getEmpty = await t(async () => (await W.get("")).id);
    out.getMissing = await t(async () => (await W.get("nope")).id);
    out.getSame = await t(async () => { const a = await W.get("shape"); const b = await W.get("shape"); return [a === b, a.id === b.id, (await a.status()).status]; });
    out.statusKeys = await t(async () => Object.keys(await inst.status()).sort());
    out.batchOne = await t(async () => (await W.createBatch([{ id: "b1" }])).map((i) => i.id));
    out.batchNotArray = await t(async () => (await W.createBatch({ id: "b2" })).length);
    out.batchUndef = await t(async () => (await W.createBatch()).length);
    out.batchNulls = await t(async () => (await W.createBatch([null, undefined])).map((i) => typeof i.id));`)),

  wCase("qsw17-workflows-step-config-values", "step.do config at odd values: retries.limit 0 and a string, delay as strings of several units, timeout as a number, backoff unknown; sleep durations of several units; what each step sees and throws",
    wfWorker(`
    const tryStep = async (name, cfg, fn) => { try { return { ok: desc(await step.do(name, cfg, fn)) }; } catch (e) { return { error: [e.name, e.message] }; } };
    const sl = async (name, d) => { try { await step.sleep(name, d); return "slept"; } catch (e) { return [e.name, e.message]; } };
    const k = event.payload.k; let n = 0;
    switch (k) {
      case "limitZero": return [await tryStep("lz", { retries: { limit: 0, delay: 1 } }, async () => { n++; throw new Error("x" + n); }), n];
      case "limitStr": return [await tryStep("ls", { retries: { limit: "1", delay: 1 } }, async () => { n++; throw new Error("y" + n); }), n];
      case "delayStr": return await tryStep("ds", { retries: { limit: 1, delay: "10 milliseconds" } }, async (ctx) => { n++; if (n < 2) throw new Error("again"); return [n, Object.keys(ctx ?? {})]; });
      case "delayBad": return await tryStep("dbad", { retries: { limit: 1, delay: "soon" } }, async () => "fine");
      case "backoffBad": return await tryStep("bbad", { retries: { limit: 1, delay: 1, backoff: "wobbly" } }, async () => "fine");
      case "timeoutNum": return await tryStep("tn", { timeout: 1000 }, async () => "tn");
      case "timeoutBad": return await tryStep("tbad", { timeout: "later" }, async () => "tb");
      case "timeoutZero": return await tryStep("tz", { timeout: 0 }, async () => "tz");
      case "cfgNull": return await tryStep("cn", null, async () => "cn");
      case "cfgEmpty": return await tryStep("ce", {}, async () => "ce");
      case "noCallback": try { return { ok: await step.do("nocb") }; } catch (e) { return { error: [e.name, e.message] }; }
      case "cbNotFn": try { return { ok: await step.do("cbnf", {}, 5) }; } catch (e) { return { error: [e.name, e.message] }; }
      case "sleepMs": return await sl("s1", "5 milliseconds");
      case "sleepZeroSec": return await sl("s2", "0 seconds");
      case "sleepNeg": return await sl("s3", -5);
      case "sleepBad": return await sl("s4", "a while");
      case "sleepSingular": return await sl("s5", "1 millisecond");
      case "sleepNull": return await sl("s6", null);
      case "sleepObj": return await sl("s7", {});
      case "sleepUntilPast": try { await step.sleepUntil("su", new Date(0)); return "slept"; } catch (e) { return [e.name, e.message]; }
      case "sleepUntilNum": try { await step.sleepUntil("su", 5); return "slept"; } catch (e) { return [e.name, e.message]; }
      case "sleepUntilStr": try { await step.sleepUntil("su", "2020-01-01"); return "slept"; } catch (e) { return [e.name, e.message]; }
    }
    return "?";`, `
    const kinds = ["limitZero", "limitStr", "delayStr", "delayBad", "backoffBad", "timeoutNum", "timeoutBad", "timeoutZero", "cfgNull", "cfgEmpty", "noCallback", "cbNotFn",
      "sleepMs", "sleepZeroSec", "sleepNeg", "sleepBad", "sleepSingular", "sleepNull", "sleepObj", "sleepUntilPast", "sleepUntilNum", "sleepUntilStr"];
    const insts = [];
    for (const k of kinds) insts.push(await env.WF.create({ id: k, params: { k } }));
    await Promise.all(insts.map(async (inst, i) => { const s = await until(inst, FINAL, 60); out[kinds[i]] = { status: s.status, output: s.output ?? null, error: s.error ?? null }; }));`)),

  wCase("qsw17-workflows-run-return-and-errors", "what run() returns or throws ends up in status(): undefined, null, a number, a Date, an Error subclass with a custom name, a thrown string, a NonRetryableError with a name",
    wfWorker(`
    const k = event.payload.kind;
    if (k === "undef") return undefined;
    if (k === "null") return null;
    if (k === "num") return 0;
    if (k === "date") return new Date(0);
    if (k === "map") return new Map([[1, 2]]);
    if (k === "custom") { class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; this.code = 7; } } throw new MyErr("mine"); }
    if (k === "string") throw "a string";
    if (k === "obj") throw { message: "objmsg", name: "ObjName" };
    if (k === "nre") throw new NonRetryableError("nr msg", "NamedNR");
    if (k === "nrestep") return await step.do("s", async () => { throw new NonRetryableError("in step"); });
    if (k === "steperr") return await step.do("s", { retries: { limit: 0, delay: 0 } }, async () => { const e = new RangeError("rr"); e.code = 9; throw e; });
    if (k === "stepstr") return await step.do("s", { retries: { limit: 0, delay: 0 } }, async () => { throw "thrown string"; });
    return "other";`, `
    for (const kind of ["undef", "null", "num", "date", "map", "custom", "string", "obj", "nre", "nrestep", "steperr", "stepstr"]) {
      const inst = await env.WF.create({ id: "k-" + kind, params: { kind } });
      const s = await until(inst, FINAL);
      out[kind] = { status: s.status, output: desc(s.output), error: s.error === undefined ? "absent" : desc(s.error), keys: Object.keys(s).sort() };
    }`)),
);

cases.push(
  {
    name: "qsw17-queues-metrics-and-backlog",
    area: "queues",
    description: "metrics() and send()'s metadata for a queue without a consumer: backlog counts and bytes after sends of several sizes, oldest message timestamp; metrics() arguments",
    options: mod(`
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const norm = (m) => JSON.parse(JSON.stringify(m, (k, v) => k === "oldestMessageTimestamp" ? (v === undefined ? "undef" : typeof v + ":" + (v instanceof Date) + ":" + (typeof v === "number" ? Math.abs(v - Date.now()) < 60000 : "")) : v));
    out.m0 = norm(await env.NC.metrics());
    out.s1 = norm(await env.NC.send("abc"));
    out.m1 = norm(await env.NC.metrics());
    out.s2 = norm(await env.NC.send({ a: [1, 2, 3] }, { contentType: "json" }));
    out.s3 = norm(await env.NC.sendBatch([{ body: new Uint8Array(10), contentType: "bytes" }, { body: "t", contentType: "text" }, { body: new Map(), contentType: "v8" }]));
    out.m2 = norm(await env.NC.metrics());
    out.delayed = norm(await env.NC.send("later", { delaySeconds: 30 }));
    out.m3 = norm(await env.NC.metrics());
    out.other = norm(await env.OTHER.metrics());
    out.metricsArg = await t(async () => norm(await env.NC.metrics(5)));
    out.metricsKeys = Object.keys(await env.NC.metrics());
    out.tsType = await t(async () => { const m = await env.NC.metrics(); return [typeof m.oldestMessageTimestamp, Object.prototype.toString.call(m.oldestMessageTimestamp)]; });
    return Response.json(out);
  },
};`, { queueProducers: { NC: "nocons", OTHER: "other" } }),
    steps: [get("/")],
  },
  {
    name: "qsw17-waituntil-ctx-in-other-handlers",
    area: "waituntil",
    description: "the ExecutionContext a scheduled() and a queue() handler receive: keys, prototype, waitUntil with odd arguments, passThroughOnException, detached waitUntil",
    options: mod(`${WAIT}
const seen = {};
const shape = async (ctx) => ({ keys: Object.keys(ctx), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(ctx)).sort(), tag: Object.prototype.toString.call(ctx),
  props: JSON.stringify(ctx.props), hasExports: "exports" in ctx, ptoe: await t(() => String(ctx.passThroughOnException())), none: await t(() => String(ctx.waitUntil())),
  num: await t(() => String(ctx.waitUntil(5))), detached: await t(() => { const w = ctx.waitUntil; w(Promise.resolve()); return "ok"; }), abort: typeof ctx.abort });
export default {
  async fetch(req, env, ctx) {
    const p = new URL(req.url).pathname;
    if (p === "/send") { await env.Q.send("m"); return new Response("sent"); }
    if (p === "/seen") { for (let i = 0; i < 100 && !seen.queue; i++) await wait(50); return Response.json(seen); }
    return new Response("?");
  },
  async scheduled(c, env, ctx) { seen.scheduled = await shape(ctx); },
  async queue(batch, env, ctx) { seen.queue = await shape(ctx); },
};`, { unsafeTriggerHandlers: true, queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchTimeout: 0.1 } } }),
    steps: [get("/cdn-cgi/handler/scheduled?cron=x"), get("/send"), get("/seen")],
  },
);

cases.push(
  wCase("qsw17-workflows-step-ctx-config", "the step callback's ctx: step name and count, attempt, the config with defaults filled in (none, partial retries, timeout only, a string delay); repeated names count up",
    wfWorker(`
    const seen = {};
    const c = (p) => p.catch((e) => [e.name, e.message]);
    seen.none = await c(step.do("a", async (ctx) => ctx));
    seen.again = await c(step.do("a", async (ctx) => ctx));
    seen.partial = await c(step.do("b", { retries: { limit: 2 } }, async (ctx) => ctx));
    seen.partial2 = await c(step.do("b2", { retries: { limit: 2, delay: 10 } }, async (ctx) => ctx));
    seen.timeoutOnly = await c(step.do("c", { timeout: "5 minutes" }, async (ctx) => ctx));
    seen.strDelay = await c(step.do("d", { retries: { limit: 1, delay: "2 seconds", backoff: "linear" }, timeout: 30000 }, async (ctx) => ctx));
    seen.emptyRetries = await c(step.do("e", { retries: {} }, async (ctx) => ctx));
    seen.keys = await c(step.do("f", async (ctx) => [Object.keys(ctx), Object.keys(ctx.step ?? {}), Object.keys(ctx.config ?? {}), typeof ctx.attempt]));
    return seen;`, `
    const inst = await env.WF.create({ id: "ctx" });
    const s = await until(inst, FINAL);
    out.status = s.status; out.output = s.output ?? null; out.error = s.error ?? null;`)),
  wCase("qsw17-workflows-instance-ops-from-get", "operations through a handle from get() in a later request: status, pause/resume/terminate/sendEvent; create of an existing id; status of terminated and paused instances",
    wfWorker(`
    const ev = await step.waitForEvent("w", { type: "go", timeout: "1 hour" });
    await step.do("after", async () => ev.payload);
    return { got: ev.payload, type: ev.type, keys: Object.keys(ev).sort(), ts: Object.prototype.toString.call(ev.timestamp) };`, `
    const W = env.WF; const p = url.pathname;
    if (p === "/create") { for (const id of ["a", "b", "c"]) await W.create({ id }); out.created = true; }
    if (p === "/ops") {
      const a = await W.get("a"); const b = await W.get("b"); const c = await W.get("c");
      out.a0 = (await a.status()).status;
      out.sendA = await t(() => a.sendEvent({ type: "go", payload: { n: 1 } }));
      out.a1 = await until(a, FINAL);
      out.pauseB = await t(() => b.pause()); out.b1 = (await b.status()).status;
      out.sendB = await t(() => b.sendEvent({ type: "go", payload: 2 }));
      await scheduler.wait(300); out.b2 = (await b.status()).status;
      out.resumeB = await t(() => b.resume()); out.b3 = await until(b, FINAL);
      out.termC = await t(() => c.terminate()); out.c1 = await until(c, FINAL);
      out.sendC = await t(() => c.sendEvent({ type: "go", payload: 3 }));
      out.dup = await t(async () => (await W.create({ id: "a" })).id);
      out.dupBatch = await t(async () => (await W.createBatch([{ id: "a" }, { id: "d" }])).map((i) => i.id));
      out.resumeDone = await t(() => a.resume()); out.pauseDone = await t(() => a.pause()); out.termDone = await t(() => a.terminate());
      out.a2 = (await a.status()).status;
    }`), [get("/create"), get("/ops")]),
);

const DESCS = `const descs = (o, keys) => Object.fromEntries(keys.map((k) => { const d = Object.getOwnPropertyDescriptor(o, k); return [k, d ? ["get" in d ? "accessor" : "value", !!d.set, d.enumerable, d.configurable, d.writable ?? "-"] : null]; }));
const objInfo = (o) => ({ frozen: Object.isFrozen(o), sealed: Object.isSealed(o), extensible: Object.isExtensible(o), keys: Object.keys(o), own: Object.getOwnPropertyNames(o).sort() });`;
cases.push(
  {
    name: "qsw17-scheduled-object-descriptors",
    area: "scheduled",
    description: "property descriptors of the ScheduledController and the scheduled ctx: cron, scheduledTime, deleting and adding members, ctx.props/cache/tracing",
    options: mod(`${DESCS}
let seen = null;
export default {
  async fetch(req) { return Response.json(seen); },
  async scheduled(c, env, ctx) {
    seen = { c: descs(c, ["cron", "scheduledTime", "noRetry", "type"]), ci: objInfo(c), ctx: descs(ctx, ["props", "cache", "tracing", "waitUntil", "exports"]), ctxi: objInfo(ctx),
      cacheType: typeof ctx.cache, cacheKeys: ctx.cache ? Object.getOwnPropertyNames(Object.getPrototypeOf(ctx.cache)).sort() : null, tracingType: typeof ctx.tracing,
      add: (() => { try { c.extra = 1; return c.extra; } catch (e) { return e.name; } })(), del: Reflect.deleteProperty(c, "cron"), after: c.cron ?? "gone",
      noRetryRet: String(c.noRetry()), noRetryTwice: String(c.noRetry()), setCron: Reflect.set(c, "scheduledTime", 5), st: typeof c.scheduledTime };
  },
};`, { unsafeTriggerHandlers: true }),
    steps: [get("/cdn-cgi/handler/scheduled?cron=*+*+*+*+*&time=1000"), get("/")],
  },
  {
    name: "qsw17-scheduled-sw-event-descriptors",
    area: "scheduled",
    description: "the service-worker ScheduledEvent: own and prototype members, descriptors of cron/scheduledTime/type, waitUntil detached, noRetry, the event's prototype chain",
    options: { compatibilityDate: CD, unsafeTriggerHandlers: true, script: `${PRELUDE}${DESCS}
let seen = null;
addEventListener("fetch", (e) => e.respondWith(Response.json(seen)));
addEventListener("scheduled", (e) => {
  seen = { d: descs(e, ["cron", "scheduledTime", "type", "noRetry", "waitUntil"]), i: objInfo(e), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(e)).sort(),
    chain: (() => { const r = []; let o = Object.getPrototypeOf(e); while (o) { r.push(o.constructor.name); o = Object.getPrototypeOf(o); } return r; })(),
    tag: Object.prototype.toString.call(e), cron: e.cron, t: e.scheduledTime, type: e.type, cancelable: e.cancelable, bubbles: e.bubbles, isTrusted: e.isTrusted,
    detached: (() => { try { const w = e.waitUntil; w(Promise.resolve()); return "ok"; } catch (x) { return x.name; } })(), noRetry: String(e.noRetry()) };
});` },
    steps: [get("/cdn-cgi/handler/scheduled?cron=abc&time=2000"), get("/")],
  },
  {
    name: "qsw17-queues-sw-event-descriptors",
    area: "queues",
    description: "the service-worker queue event: own members and descriptors, its batch members, the prototype chain, a detached waitUntil, its messages' descriptors",
    options: { compatibilityDate: CD, queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchTimeout: 0.1 } }, script: `${PRELUDE}${DESCS}
let seen = null;
addEventListener("fetch", (e) => e.respondWith((async () => {
  if (new URL(e.request.url).pathname === "/send") { await Q.send("m"); return new Response("sent"); }
  for (let i = 0; i < 100 && !seen; i++) await scheduler.wait(50);
  return Response.json(seen);
})()));
addEventListener("queue", (e) => {
  seen = { d: descs(e, ["queue", "messages", "metadata", "type", "batch"]), i: objInfo(e), proto: Object.getOwnPropertyNames(Object.getPrototypeOf(e)).sort(),
    chain: (() => { const r = []; let o = Object.getPrototypeOf(e); while (o) { r.push(o.constructor.name); o = Object.getPrototypeOf(o); } return r; })(),
    tag: Object.prototype.toString.call(e), type: e.type, queue: e.queue, n: e.messages.length, same: e.messages === e.messages,
    md: descs(e.messages[0], ["id", "body", "timestamp", "attempts"]), detached: (() => { try { const w = e.waitUntil; w(Promise.resolve()); return "ok"; } catch (x) { return x.name; } })() };
  e.ackAll();
});` },
    steps: [get("/send"), get("/")],
  },
  {
    name: "qsw17-waituntil-ctx-descriptors",
    area: "waituntil",
    description: "the fetch ExecutionContext's members: descriptors of props/cache/tracing, adding and deleting members, ctx.cache's methods, waitUntil/passThroughOnException on the prototype",
    options: mod(`${DESCS}
export default {
  async fetch(req, env, ctx) {
    const out = { d: descs(ctx, ["props", "cache", "tracing", "waitUntil", "exports", "abort"]), i: objInfo(ctx), pd: descs(Object.getPrototypeOf(ctx), ["waitUntil", "passThroughOnException", "props", "abort"]),
      cacheType: typeof ctx.cache, cacheProto: ctx.cache ? Object.getOwnPropertyNames(Object.getPrototypeOf(ctx.cache)).sort() : null, cacheTag: ctx.cache ? Object.prototype.toString.call(ctx.cache) : null,
      tracingType: typeof ctx.tracing, tracingProto: ctx.tracing ? Object.getOwnPropertyNames(Object.getPrototypeOf(ctx.tracing)).sort() : null,
      propsSame: ctx.props === ctx.props, propsFrozen: Object.isFrozen(ctx.props),
      add: (() => { try { ctx.extra = 1; return ctx.extra; } catch (e) { return e.name; } })(), del: Reflect.deleteProperty(ctx, "props"), after: typeof ctx.props };
    return Response.json(out);
  },
};`),
    steps: [get("/")],
  },
);

cases.push(
  wCase("qsw17-workflows-run-this-step-event-shapes", "inside run(): the step object's members, this's own keys, this.ctx's keys and methods, the event's descriptors and prototype, what String() gives",
    wfWorker(`
    const protoNames = (o) => { const p = Object.getPrototypeOf(o); return p ? Object.getOwnPropertyNames(p).sort() : null; };
    const r = {
      stepFns: ["do", "sleep", "sleepUntil", "waitForEvent"].map((k) => typeof step[k]),
      thisKeys: Object.keys(this), thisProto: protoNames(this), envKeys: Object.keys(this.env), ctxKeys: Object.keys(this.ctx), ctxProto: protoNames(this.ctx), ctxTag: Object.prototype.toString.call(this.ctx),
      eventKeys: Object.keys(event), eventProto: Object.getPrototypeOf(event) === Object.prototype, eventTag: Object.prototype.toString.call(event),
      eventDescs: Object.fromEntries(Object.keys(event).map((k) => { const d = Object.getOwnPropertyDescriptor(event, k); return [k, ["get" in d ? "accessor" : "value", d.enumerable, d.configurable, d.writable ?? "-"]]; })),
      frozen: Object.isFrozen(event), payloadFrozen: Object.isFrozen(event.payload), tsType: Object.prototype.toString.call(event.timestamp),
      instanceId: event.instanceId, workflowName: event.workflowName ?? "absent",
    };
    return r;`, `
    const inst = await env.WF.create({ id: "shapes", params: { a: 1 } });
    const s = await until(inst, FINAL);
    out.status = s.status; out.output = s.output ?? null; out.error = s.error ?? null;`)),
);

cases.push(
  wCase("qsw17-workflows-wait-and-sleep-results", "what waitForEvent, sleep and sleepUntil resolve with: the event's member order and descriptors, the payload's identity, sleep's result",
    wfWorker(`
    const r = {};
    r.sleep = desc(await step.sleep("s", 1));
    r.sleepUntil = desc(await step.sleepUntil("su", Date.now() + 5));
    const ev = await step.waitForEvent("w", { type: "go" });
    r.keys = Object.keys(ev); r.tag = Object.prototype.toString.call(ev); r.plain = Object.getPrototypeOf(ev) === Object.prototype;
    r.descs = Object.fromEntries(Object.keys(ev).map((k) => { const d = Object.getOwnPropertyDescriptor(ev, k); return [k, ["get" in d ? "accessor" : "value", d.enumerable, d.configurable, d.writable ?? "-"]]; }));
    r.ts = Object.prototype.toString.call(ev.timestamp); r.type = ev.type; r.payload = desc(ev.payload);
    const again = await step.waitForEvent("w", { type: "go" });
    r.secondPayload = desc(again.payload);
    r.doUndef = desc(await step.do("u", async () => undefined));
    return r;`, `
    const inst = await env.WF.create({ id: "ws" });
    for (let i = 0; i < 100 && (await inst.status()).status !== "waiting"; i++) await scheduler.wait(50);
    out.waiting = (await inst.status()).status;
    out.send1 = await t(() => inst.sendEvent({ type: "go", payload: { n: [1, 2] } }));
    out.send2 = await t(() => inst.sendEvent({ type: "go" }));
    const s = await until(inst, FINAL);
    out.status = s.status; out.output = s.output ?? null; out.error = s.error ?? null; out.steps = s.__LOCAL_DEV_STEP_OUTPUTS;`)),
);
export default cases;
