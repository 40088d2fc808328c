// Re-record: cp this file and oracle/defs/_h.mjs into a folder D, then
//   cd /work/wt/oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs qsw21   (records the qsw21b cases too)
// The twenty-first session's qsw21 probes: a request from outside is read once the worker (and the
// workers it waits on) ran out of ready events; a wait on the network holds no 0 ms timer back.
import { CD, PRELUDE, get } from "./_h.mjs";
const gets = (paths) => paths.map((p) => get(p));
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
const WAIT = `const wait = (ms) => new Promise((r) => setTimeout(r, ms));`;
const GOT = `if (url.pathname === "/got") { const n = Number(url.searchParams.get("n") ?? 1); for (let i = 0; i < 200 && got.length < n; i++) await wait(25); await wait(Number(url.searchParams.get("settle") ?? 100)); return Response.json(got.splice(0)); }`;
const cases = [];

// the next request is read once the previous one's waitUntil has run out of in-process I/O
cases.push({
  name: "qsw21-queues-waituntil-kv-send-before-next-request",
  area: "queues",
  description: "a send in one request's waitUntil after a KV read comes before the next request's send",
  options: mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    if (url.pathname === "/one") { await env.Q.send("one"); ctx.waitUntil((async () => { await env.KV.get("k"); await env.Q.send("one-late"); })()); return new Response("1"); }
    await env.Q.send("two");
    return new Response("2");
  },
  async queue(batch) { got.push(batch.messages.map((m) => m.body)); },
};`, { kvNamespaces: ["KV"], queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 3 } } }),
  steps: gets(["/one", "/two", "/got?n=1"]),
});
cases.push({
  name: "qsw21-queues-waituntil-kv-chain-send-before-next-request",
  area: "queues",
  description: "a send in one request's waitUntil after three KV round trips comes before the next request's send",
  options: mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    ${GOT}
    if (url.pathname === "/one") {
      ctx.waitUntil((async () => { await env.KV.put("k", "v"); const v = await env.KV.get("k"); await env.KV.delete("k"); await env.Q.send("late-" + v); })());
      return new Response("1");
    }
    await env.Q.send("two");
    return new Response("2");
  },
  async queue(batch) { got.push(batch.messages.map((m) => m.body)); },
};`, { kvNamespaces: ["KV"], queueProducers: { Q: "q" }, queueConsumers: { q: { maxBatchSize: 2 } } }),
  steps: gets(["/one", "/two", "/got?n=1"]),
});
cases.push({
  name: "qsw21-waituntil-kv-write-seen-by-next-request",
  area: "waituntil",
  description: "a KV write in one request's waitUntil after a KV read is visible to the next request",
  options: mod(`
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/one") {
      ctx.waitUntil((async () => { const n = Number(await env.KV.get("n") ?? 0); await env.KV.put("n", String(n + 1)); const m = await env.KV.get("n"); await env.KV.put("m", "saw " + m); })());
      return new Response("1");
    }
    return Response.json([await env.KV.get("n"), await env.KV.get("m")]);
  },
};`, { kvNamespaces: ["KV"] }),
  steps: gets(["/one", "/two", "/one", "/two"]),
});
cases.push({
  name: "qsw21-waituntil-global-state-after-kv-seen-by-next-request",
  area: "waituntil",
  description: "global state a waitUntil sets after KV round trips is what the next request reads",
  options: mod(`
const log = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/one") {
      log.push("one");
      ctx.waitUntil((async () => { await env.KV.get("a"); log.push("after-get"); await env.KV.put("a", "1"); log.push("after-put"); await env.KV.list(); log.push("after-list"); })());
      return new Response("1");
    }
    log.push("two");
    return Response.json(log.splice(0));
  },
};`, { kvNamespaces: ["KV"] }),
  steps: gets(["/one", "/two"]),
});
cases.push({
  name: "qsw21-waituntil-service-call-then-state-seen-by-next-request",
  area: "waituntil",
  description: "a waitUntil awaiting another worker's fetch and RPC, then setting state, finishes before the next request",
  options: {
    workers: [
      mod(`
import { WorkerEntrypoint } from "cloudflare:workers";
const log = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/one") {
      log.push("one");
      ctx.waitUntil((async () => { log.push(await (await env.B.fetch("http://b/")).text()); log.push(await env.B.hello()); })());
      return new Response("1");
    }
    log.push("two");
    return Response.json(log.splice(0));
  },
};`, { name: "a", serviceBindings: { B: "b" } }),
      mod(`
import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async fetch() { return new Response("b-fetch"); }
  async hello() { return "b-rpc"; }
};`, { name: "b" }),
    ],
  },
  steps: gets(["/one", "/two"]),
});
cases.push({
  name: "qsw21-waituntil-zero-timer-then-state-seen-by-next-request",
  area: "waituntil",
  description: "a waitUntil that waits on a 0 ms timer, then a KV read, then sets state, finishes before the next request",
  options: mod(`
const log = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/one") {
      log.push("one");
      ctx.waitUntil((async () => { await new Promise((r) => setTimeout(r, 0)); log.push("timer"); await env.KV.get("x"); log.push("kv"); await scheduler.wait(0); log.push("wait"); })());
      return new Response("1");
    }
    log.push("two");
    return Response.json(log.splice(0));
  },
};`, { kvNamespaces: ["KV"] }),
  steps: gets(["/one", "/two"]),
});
cases.push({
  name: "qsw21-waituntil-cache-put-then-match-by-next-request",
  area: "waituntil",
  description: "a Cache API put in waitUntil after a KV read is matched by the next request",
  options: mod(`
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/one") {
      ctx.waitUntil((async () => { await env.KV.get("x"); await caches.default.put("http://c/k", new Response("cached", { headers: { "cache-control": "max-age=60" } })); })());
      return new Response("1");
    }
    const m = await caches.default.match("http://c/k");
    return new Response(m ? await m.text() : "miss");
  },
};`, { kvNamespaces: ["KV"] }),
  steps: gets(["/one", "/two"]),
});
// a sender whose loop waits on an open WebSocket (and no timer) still has its message taken in
cases.push({
  name: "qsw21-queues-sender-with-open-websocket-delivers",
  area: "queues",
  description: "a worker holding an open WebSocket and no timer sends; another worker's consumer receives it",
  options: {
    workers: [
      mod(`${WAIT}
const got = [];
export default {
  async fetch(req, env) {
    const url = new URL(req.url);
    if (url.pathname === "/got") return await env.C.fetch(req);
    if (url.pathname === "/open") {
      const res = await env.S.fetch("http://s/ws", { headers: { upgrade: "websocket" } });
      const ws = res.webSocket; ws.accept(); globalThis.ws = ws;
      return new Response(String(res.status));
    }
    return await env.S.fetch(req);
  },
};`, { name: "front", serviceBindings: { S: "sender", C: "cons" } }),
      mod(`
export default {
  async fetch(req, env) {
    const url = new URL(req.url);
    if (url.pathname === "/ws") { const pair = new WebSocketPair(); pair[1].accept(); globalThis.keep = pair[1]; return new Response(null, { status: 101, webSocket: pair[0] }); }
    await env.Q.send("m-" + url.pathname.slice(1));
    return new Response("sent");
  },
};`, { name: "sender", queueProducers: { Q: "q" } }),
      mod(`${WAIT}
const got = [];
export default {
  async fetch(req) {
    const url = new URL(req.url);
    ${GOT}
    return new Response("?");
  },
  async queue(batch) { got.push(batch.messages.map((m) => m.body)); },
};`, { name: "cons", queueConsumers: { q: { maxBatchSize: 1 } } }),
    ],
  },
  steps: gets(["/open", "/a", "/got?n=1"]),
});

// ---- second file (qsw21b.mjs; filter qsw21b) ----
const casesB = [];
casesB.push({
  name: "qsw21b-waituntil-callee-on-timer-does-not-hold-next-request",
  area: "waituntil",
  description: "a waitUntil awaiting another worker that waits on a timer lets the next request in first",
  options: {
    workers: [
      mod(`${WAIT}
const log = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/one") {
      log.push("one");
      ctx.waitUntil((async () => { log.push(await (await env.B.fetch("http://b/")).text()); })());
      return new Response("1");
    }
    if (url.pathname === "/three") { await wait(700); }
    log.push(url.pathname.slice(1));
    return Response.json(log.splice(0));
  },
};`, { name: "a", serviceBindings: { B: "b" } }),
      mod(`${WAIT}
export default { async fetch() { await wait(300); return new Response("b-late"); } };`, { name: "b" }),
    ],
  },
  steps: gets(["/one", "/two", "/three"]),
});
casesB.push({
  name: "qsw21b-waituntil-durable-object-call-then-state-seen-by-next-request",
  area: "waituntil",
  description: "a waitUntil awaiting a Durable Object's fetch and RPC, then setting state, finishes before the next request",
  options: mod(`
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  async fetch() { await this.ctx.storage.put("k", 1); return new Response("do-fetch"); }
  async hi() { return "do-rpc:" + await this.ctx.storage.get("k"); }
}
const log = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/one") {
      log.push("one");
      const stub = env.OBJ.get(env.OBJ.idFromName("x"));
      ctx.waitUntil((async () => { log.push(await (await stub.fetch("http://o/")).text()); log.push(await stub.hi()); })());
      return new Response("1");
    }
    log.push("two");
    return Response.json(log.splice(0));
  },
};`, { durableObjects: { OBJ: "Obj" } }),
  steps: gets(["/one", "/two"]),
});
casesB.push({
  name: "qsw21b-workflows-in-process-steps-done-before-next-request",
  area: "workflows",
  description: "an instance whose steps do only in-process work is complete when the next request asks",
  options: mod(`
import { WorkflowEntrypoint } from "cloudflare:workers";
export class Flow extends WorkflowEntrypoint {
  async run(event, step) {
    const a = await step.do("a", async () => { await this.env.KV.put("k", "v"); return 1; });
    const b = await step.do("b", async () => (await this.env.KV.get("k")) + a);
    return b;
  }
}
export default {
  async fetch(req, env) {
    const url = new URL(req.url);
    if (url.pathname === "/create") { const i = await env.WF.create({ id: "i1" }); return new Response(i.id); }
    const s = await (await env.WF.get("i1")).status();
    return Response.json({ status: s.status, output: s.output ?? null, kv: await env.KV.get("k") });
  },
};`, { kvNamespaces: ["KV"], workflows: { WF: { name: "flow", className: "Flow" } } }),
  steps: gets(["/create", "/status"]),
});
casesB.push({
  name: "qsw21b-waituntil-d1-r2-then-state-seen-by-next-request",
  area: "waituntil",
  description: "a waitUntil awaiting D1 and R2 calls, then setting state, finishes before the next request",
  options: mod(`
const log = [];
export default {
  async fetch(req, env, ctx) {
    const url = new URL(req.url);
    if (url.pathname === "/one") {
      log.push("one");
      ctx.waitUntil((async () => {
        const r = await env.DB.prepare("select 1 + 1 as n").first("n"); log.push("d1:" + r);
        await env.R2.put("k", "body"); const o = await env.R2.get("k"); log.push("r2:" + await o.text());
      })());
      return new Response("1");
    }
    log.push("two");
    return Response.json(log.splice(0));
  },
};`, { d1Databases: ["DB"], r2Buckets: ["R2"] }),
  steps: gets(["/one", "/two"]),
});
casesB.push({
  name: "qsw21b-waituntil-scheduled-then-fetch-sees-state",
  area: "scheduled",
  description: "a scheduled run's waitUntil KV work and state are done before the next request",
  options: mod(`
const log = [];
export default {
  async scheduled(c, env, ctx) {
    log.push("scheduled " + c.cron);
    ctx.waitUntil((async () => { await env.KV.put("s", c.cron); log.push("put"); })());
  },
  async fetch(req, env) {
    log.push("fetch");
    return Response.json({ log: log.splice(0), kv: await env.KV.get("s") });
  },
};`, { kvNamespaces: ["KV"], unsafeTriggerHandlers: true }),
  steps: gets(["/cdn-cgi/handler/scheduled?cron=*+*+*+*+*", "/"]),
});
cases.push(...casesB);
export default cases;
