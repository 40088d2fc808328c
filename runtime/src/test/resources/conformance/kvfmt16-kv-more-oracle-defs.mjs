// Re-record: mkdir -p d && cp /work/wt/oracle/defs/_h.mjs d/ && cp this file d/ && cd /work/wt/oracle && DEFS_DIR=d RECORD_OUT=<out> node record.mjs kvfmt16-kv-
import { CD, PRELUDE } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const G = (p) => r("GET", "http://localhost" + p);
export default [
  {
    name: "kvfmt16-kv-rpc-and-durable-object", area: "kv",
    description: "a KV namespace used from a Durable Object and a WorkerEntrypoint over RPC, and a KV binding sent as an RPC argument or returned",
    options: { workers: [
      { name: "main", modules: true, compatibilityDate: CD, kvNamespaces: { KV: "shared" }, serviceBindings: { SVC: { name: "svc", entrypoint: "Api" } },
        durableObjects: { DO: "Counter" }, script: PRELUDE + `
import { DurableObject } from "cloudflare:workers";
export class Counter extends DurableObject {
  async fetch(req) { const n = Number(await this.env.KV.get("n") ?? "0") + 1; await this.env.KV.put("n", String(n)); return new Response(String(n)); }
  async viaRpc() { return [await this.env.KV.get("n"), (await this.env.KV.list()).keys.map((k) => k.name)]; }
}
export default { async fetch(req, env) { const out = {};
  const stub = env.DO.get(env.DO.idFromName("a"));
  out.do1 = await (await stub.fetch("http://x/")).text(); out.do2 = await (await stub.fetch("http://x/")).text();
  out.doRpc = await t(() => stub.viaRpc());
  out.svcRead = await t(() => env.SVC.read("n"));
  await env.KV.put("from-main", "m");
  out.svcList = await t(() => env.SVC.list());
  out.sendKv = await t(() => env.SVC.useKv(env.KV));
  out.getKv = await t(async () => { const kv = await env.SVC.giveKv(); return typeof kv; });
  return Response.json(out); } };` },
      { name: "svc", modules: true, compatibilityDate: CD, kvNamespaces: { OTHER: "shared" }, script: `
import { WorkerEntrypoint } from "cloudflare:workers";
export class Api extends WorkerEntrypoint {
  read(k) { return this.env.OTHER.get(k); }
  async list() { return (await this.env.OTHER.list()).keys.map((k) => k.name); }
  async useKv(kv) { return typeof kv; }
  giveKv() { return this.env.OTHER; }
}
export default { fetch() { return new Response("svc"); } };` } ] },
    steps: [G("/")],
  },
  {
    name: "kvfmt16-kv-scheduled-and-waituntil", area: "kv",
    description: "KV writes from a scheduled() run and from ctx.waitUntil are visible to later requests; service-worker scheduled event writes too",
    options: { unsafeTriggerHandlers: true, modules: true, compatibilityDate: CD, kvNamespaces: ["KV"], script: `
export default {
  async scheduled(controller, env, ctx) { await env.KV.put("cron", controller.cron + "|" + typeof controller.scheduledTime); ctx.waitUntil(env.KV.put("late", "yes")); },
  async fetch(req, env, ctx) { const p = new URL(req.url).pathname;
    if (p === "/write") { ctx.waitUntil(Promise.resolve().then(() => env.KV.put("wu", "done"))); return new Response("ok"); }
    return Response.json({ cron: await env.KV.get("cron"), late: await env.KV.get("late"), wu: await env.KV.get("wu") }); } };` },
    steps: [G("/cdn-cgi/handler/scheduled?cron=*+*+*+*+*"), G("/write"), G("/read")],
  },
];
