// Re-record: copy oracle/defs/_h.mjs and this file (as do21b.mjs) into a folder D, then cd oracle && DEFS_DIR=D RECORD_OUT=out node record.mjs do21-
import { CD, PRELUDE, get } from "./_h.mjs";

const RECENT = "2026-04-26";
const HEAD = `
import { DurableObject, RpcTarget, WorkerEntrypoint } from "cloudflare:workers";
const E = (e) => [e?.name, e?.message];
const T = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const TA = async (f) => { try { const v = await f(); return v === undefined ? "undefined" : v; } catch (e) { return E(e); } };
const until = async (f) => { for (let i = 0; i < 200 && !(await f()); i++) await scheduler.wait(5); };
`;
const doCase = (name, description, script, { area = "durable-objects", date = CD, flags, durableObjects = { DO: "Obj" }, steps = [get("/")], extra = {} } = {}) => ({
  name, area, description,
  options: { modules: true, compatibilityDate: date, ...(flags ? { compatibilityFlags: flags } : {}), durableObjects, ...extra, script: `${PRELUDE}${HEAD}${script}` },
  steps,
});
const upgrade = (path = "/") => get(path, { headers: { Upgrade: "websocket" } });

const LONG_NAMES = `
export class Obj extends DurableObject { who() { return this.ctx.id.name === undefined ? "undef" : this.ctx.id.name === null ? "null" : this.ctx.id.name.length; } }
export default { async fetch(req, env) {
  const ns = env.DO; const out = {};
  for (const n of [1023, 1024, 1025, 2047, 2048, 2049, 4096]) {
    const name = "n".repeat(n);
    out["len" + n] = { inside: await TA(() => ns.getByName(name).who()), stub: ns.getByName(name).name?.length ?? String(ns.getByName(name).name), id: ns.idFromName(name).name?.length ?? String(ns.idFromName(name).name), viaGet: await TA(() => ns.get(ns.idFromName(name)).who()) };
  }
  out.multibyte = [await TA(() => ns.getByName("é".repeat(512)).who()), await TA(() => ns.getByName("é".repeat(513)).who()), await TA(() => ns.getByName("é".repeat(1024)).who()), await TA(() => ns.getByName("é".repeat(1025)).who())];
  return Response.json(out);
} };`;

const NO_RPC = `
export class Obj extends DurableObject {
  async fetch(req) { return new Response("fetched " + new URL(req.url).pathname); }
  hello(x) { return "hello " + x; }
  get prop() { return 5; }
}
export class Plain { constructor(state, env) { this.state = state; } async fetch(req) { return new Response("plain " + req.url); } hello() { return "plain hello"; } }
export default { async fetch(req, env, ctx) {
  const out = {}; const s = env.DO.getByName ? env.DO.getByName("a") : env.DO.get(env.DO.idFromName("a"));
  out.hasGetByName = typeof env.DO.getByName;
  out.types = [typeof s.hello, typeof s.fetch, typeof s.prop, typeof s.anything, typeof s.then];
  out.call = await TA(() => s.hello("w"));
  out.prop = await TA(async () => await s.prop);
  out.fetch = await TA(async () => (await s.fetch("http://x/p")).text());
  out.relative = await TA(async () => (await s.fetch("/rel?q=1")).text());
  const p = env.PLAIN.get(env.PLAIN.idFromName("b"));
  out.plainTypes = [typeof p.hello, typeof p.fetch];
  out.plainCall = await TA(() => p.hello());
  out.plainRelative = await TA(async () => (await p.fetch("/rel")).text());
  out.keys = Object.keys(s);
  out.tag = Object.prototype.toString.call(s);
  out.ctxExports = typeof ctx.exports;
  out.storageSqlOnKv = await TA(() => env.PLAIN.get(env.PLAIN.idFromName("c")).fetch("http://x/").then((r) => r.text()));
  return Response.json(out);
} };`;

export default [
  doCase("do21-id-long-names", "names of named objects by length: where ctx.id.name, stub.name and id.name stop carrying the name (ASCII and two-byte characters)", LONG_NAMES, { date: RECENT }),

  doCase("do21-stub-old-date-no-rpc", "at 2024-01-01 (before rpc): stub members, calls, property reads, relative stub.fetch URLs, plain classes", NO_RPC, { date: "2024-01-01", durableObjects: { DO: "Obj", PLAIN: "Plain" } }),
  doCase("do21-stub-no-rpc-flag", "at 2025-01-01 with no_rpc: stub members, calls, property reads, relative stub.fetch URLs, plain classes", NO_RPC, { flags: ["no_rpc"], durableObjects: { DO: "Obj", PLAIN: "Plain" } }),
  doCase("do21-stub-relative-url-flag", "at 2025-01-01 with durable_object_fetch_allows_relative_url: stub.fetch with relative URLs and what the object sees", NO_RPC, { flags: ["durable_object_fetch_allows_relative_url"], durableObjects: { DO: "Obj", PLAIN: "Plain" } }),
  doCase("do21-stub-rpc-before-tostring-tag", "at 2024-06-01 (rpc, before set_tostring_tag): stub members, calls, tags", NO_RPC, { date: "2024-06-01", durableObjects: { DO: "Obj", PLAIN: "Plain" } }),
  doCase("do21-stub-relative-url-2021-standard-url", "at 2021-06-01 with fetch_standard_url: stub.fetch with relative URLs", NO_RPC, { date: "2021-06-01", flags: ["fetch_standard_url"], durableObjects: { DO: "Obj", PLAIN: "Plain" } }),
  doCase("do21-stub-relative-url-2021", "at 2021-06-01 (before durable_object_fetch_requires_full_url): stub.fetch with relative URLs", NO_RPC, { date: "2021-06-01", durableObjects: { DO: "Obj", PLAIN: "Plain" } }),

  doCase("do21-ws-client-connect-refused", "a client WebSocket to a closed loopback port: readyState, events in order with their classes and fields, send and close while connecting and after", `
export default { async fetch(req, env) {
  const out = {}; const ws = new WebSocket("ws://127.0.0.1:1/x");
  const log = [];
  ws.addEventListener("open", (e) => log.push(["open", ws.readyState]));
  ws.addEventListener("error", (e) => log.push(["error", e.constructor.name, e.message ?? null, typeof e.error, e.error?.message ?? null, ws.readyState]));
  ws.addEventListener("close", (e) => log.push(["close", e.constructor.name, e.code, e.reason, e.wasClean, ws.readyState]));
  ws.addEventListener("message", (e) => log.push(["message"]));
  out.initial = [ws.readyState, ws.url, ws.protocol, ws.extensions];
  out.sendConnecting = T(() => ws.send("x"));
  await until(() => log.some((l) => l[0] === "close")); await scheduler.wait(20);
  out.log = log;
  out.after = [ws.readyState, T(() => ws.send("x")), T(() => ws.close()), T(() => ws.close(1000, "r")), ws.readyState];
  out.fetchUpgrade = await TA(async () => { const r = await fetch("http://127.0.0.1:1/", { headers: { Upgrade: "websocket" } }); return [r.status, r.webSocket === null]; });
  return Response.json(out);
} };`, { area: "websocket", durableObjects: undefined }),

];
