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

export default [...timers];
