import { PRELUDE, get, req, modWorker, kvCase } from "./_h.mjs";
const CD = "2025-01-01";
const mw = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
export default [
  { name: "kvsb-vars-env-order-all-kinds", area: "vars", description: "Object.keys(env) order and typeof with vars, KV, service bindings, D1, R2, queues, Durable Objects mixed",
    options: { workers: [
      mw("a", `export class Obj { constructor(s) {} fetch() { return new Response("do"); } }
      export default { fetch(req, env) { return Response.json({ keys: Object.keys(env), types: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, [typeof v, Object.prototype.toString.call(v)]])), json: JSON.stringify(env) }); } }`,
        { bindings: { Z_VAR: "z", A_VAR: { o: 1 } }, kvNamespaces: ["KV2", "KV1"], serviceBindings: { SVC: "b" }, d1Databases: ["DB"], r2Buckets: ["BUCKET"], queueProducers: { Q: "queue1" }, durableObjects: { DO: "Obj" } }),
      mw("b", `export default { fetch() { return new Response("b"); } }`),
    ] },
    steps: [get("/")] },
  { name: "kvsb-vars-service-worker-all-kinds", area: "vars", description: "service-worker globals for vars, KV and a service binding; Object.keys(globalThis) lists them in order",
    options: { workers: [
      { name: "a", compatibilityDate: CD, bindings: { B_VAR: 1, A_VAR: "x" }, kvNamespaces: ["KV"], serviceBindings: { SVC: "b" }, script: `addEventListener("fetch", (e) => e.respondWith((async () => {
        const mine = Object.keys(globalThis).filter(k => ["B_VAR", "A_VAR", "KV", "SVC"].includes(k));
        return Response.json({ mine, svc: await (await SVC.fetch("http://b/")).text(), kv: typeof KV.get, desc: Object.getOwnPropertyDescriptor(globalThis, "A_VAR") });
      })()));` },
      mw("b", `export default { fetch() { return new Response("from b"); } }`),
    ] },
    steps: [get("/")] },
  { name: "kvsb-sb-headers-and-immutability", area: "service-bindings", description: "caller-side response headers are mutable copies; request headers seen by the callee; host and cf of requests through bindings",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) {
        const r = await env.B.fetch("http://b/h", { headers: { "X-Mixed-Case": "V", "accept": "text/html" } });
        const mutable = await t(() => { r.headers.set("x-new", "1"); return r.headers.get("x-new"); });
        const r2 = new Response(r.body, r);
        return Response.json({ status: r.status, mutable, body: await r2.json(), typeofCf: typeof r.cf, webSocket: r.webSocket, type: r.type, redirected: r.redirected });
      } }`, { serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req) { return Response.json({ h: [...req.headers].filter(([k]) => !k.startsWith("cf-")), cf: req.cf === undefined ? "undefined" : req.cf, signal: typeof req.signal, aborted: req.signal.aborted, integrity: req.integrity, keepalive: req.keepalive }, { headers: { "x-b": "1" } }); } }`),
    ] },
    steps: [get("/")] },
  { name: "kvsb-sb-streaming-response-and-request", area: "service-bindings", description: "a callee streams its response with a TransformStream after returning; a caller streams its request body; chunks arrive in order",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) {
        const { readable, writable } = new TransformStream();
        const w = writable.getWriter(); const enc = new TextEncoder();
        (async () => { for (let i = 0; i < 3; i++) { await w.write(enc.encode("req" + i + ";")); } await w.close(); })();
        const up = await env.B.fetch("http://b/echo", { method: "POST", body: readable, duplex: "half" });
        const upText = await up.text();
        const down = await env.B.fetch("http://b/stream");
        const reader = down.body.getReader(); const chunks = []; const dec = new TextDecoder();
        for (;;) { const { done, value } = await reader.read(); if (done) break; chunks.push(dec.decode(value)); }
        return Response.json({ upText, upLen: up.headers.get("x-len"), joined: chunks.join(""), status: down.status });
      } }`, { serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req, env, ctx) { const p = new URL(req.url).pathname;
        if (p === "/echo") { const t = await req.text(); return new Response(t, { headers: { "x-len": String(req.headers.get("content-length")) } }); }
        const { readable, writable } = new TransformStream(); const w = writable.getWriter(); const enc = new TextEncoder();
        ctx.waitUntil((async () => { for (let i = 0; i < 4; i++) { await new Promise(r => setTimeout(r, 5)); await w.write(enc.encode("c" + i)); } await w.close(); })());
        return new Response(readable, { headers: { "content-type": "text/plain" } });
      } }`),
    ] },
    steps: [get("/")] },
  { name: "kvsb-sb-rpc-and-fetch-errors-shape", area: "service-bindings", description: "RPC to a worker without a WorkerEntrypoint; fetch to a service-worker format worker; fetch to a callee with no fetch handler; binding to a named entrypoint that does not exist as a method",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) {
        return Response.json({
          plainRpc: await t(() => env.PLAIN.hello()),
          swFetch: await t(async () => (await env.SW.fetch("http://sw/x")).text()),
          plainFetch: await t(async () => (await env.PLAIN.fetch("http://plain/")).text()),
          noFetch: await t(async () => (await env.NOFETCH.fetch("http://n/")).status),
          noFetchRpc: await t(() => env.NOFETCH.ping()),
        });
      } }`, { serviceBindings: { PLAIN: "plain", SW: "sw", NOFETCH: "nofetch" } }),
      mw("plain", `export default { fetch() { return new Response("plain fetch"); }, hello() { return "plain hello"; } }`),
      { name: "sw", compatibilityDate: CD, script: `addEventListener("fetch", (e) => e.respondWith(new Response("sw " + new URL(e.request.url).pathname)));` },
      mw("nofetch", `import { WorkerEntrypoint } from "cloudflare:workers"; export default class extends WorkerEntrypoint { ping() { return "pong"; } }`),
    ] },
    steps: [get("/")] },
  { name: "kvsb-waituntil-in-callee", area: "waituntil", description: "a service-binding callee's waitUntil keeps running after its response (it writes only once the caller has read, so the caller's read is ordered before it); a rejection there does not reach the caller",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) { const p = new URL(req.url).pathname;
        if (p === "/read") { for (let i = 0; i < 100; i++) { const v = await env.KV.get("bg"); if (v) return new Response("bg=" + v); await new Promise(r => setTimeout(r, 20)); } return new Response("timeout"); }
        const r = await env.B.fetch("http://b/"); const body = "a got " + await r.text() + " now=" + await env.KV.get("bg"); await env.KV.put("go", "1"); return new Response(body); } }`, { kvNamespaces: ["KV"], serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req, env, ctx) {
        ctx.waitUntil(Promise.reject(new Error("bg reject")));
        ctx.waitUntil((async () => { for (let i = 0; i < 1000; i++) { if (await env.KV.get("go")) return env.KV.put("bg", "done"); await new Promise(r => setTimeout(r, 10)); } await env.KV.put("bg", "no go seen"); })());
        return new Response("b-response"); } }`, { kvNamespaces: ["KV"] }),
    ] },
    steps: [get("/"), get("/read")] },
  { name: "kvsb-waituntil-late-registration", area: "waituntil", description: "waitUntil called after the response was returned (from inside an earlier waitUntil, from a timer) still runs its work",
    options: modWorker(`
    const sleep = (ms) => new Promise(r => setTimeout(r, ms));
    if (url.pathname === "/read") { for (let i = 0; i < 100; i++) { const l = (await env.KV.list()).keys.map(k => k.name); if (l.length >= 2) return Response.json(l); await sleep(20); } return Response.json((await env.KV.list()).keys.map(k => k.name)); }
    ctx.waitUntil((async () => { await sleep(10); ctx.waitUntil(sleep(10).then(() => env.KV.put("nested", "1"))); })());
    setTimeout(() => { try { ctx.waitUntil(env.KV.put("fromTimer", "1")); } catch (e) { env.KV.put("timerError", e.message); } }, 5);
    return new Response("ok");`, { kvNamespaces: ["KV"] }),
    steps: [get("/"), get("/read")] },
  { name: "kvsb-multi-same-script-different-names", area: "multi-worker", description: "two workers with the same script but different names and vars are separate instances; routes with query strings and trailing paths",
    options: { workers: [
      mw("one", `let n = 0; export default { fetch(req, env) { n++; return new Response(env.NAME + " " + n + " " + new URL(req.url).search); } }`, { bindings: { NAME: "one" } }),
      mw("two", `let n = 0; export default { fetch(req, env) { n++; return new Response(env.NAME + " " + n + " " + new URL(req.url).search); } }`, { bindings: { NAME: "two" }, routes: ["two.mf/*"] }),
    ] },
    steps: [get("/"), req("GET", "http://two.mf/?a=1"), req("GET", "http://two.mf/x?b=2"), get("/?c=3"), req("GET", "http://TWO.mf/upper")] },
  { name: "kvsb-multi-durable-object-cross-worker", area: "multi-worker", description: "a Durable Object class defined in one worker used from another through scriptName; both keep separate globals",
    options: { workers: [
      mw("front", `export default { async fetch(req, env) { const id = env.COUNTER.idFromName("x"); const stub = env.COUNTER.get(id);
        const a = await (await stub.fetch("http://do/inc")).text(); const b = await (await stub.fetch("http://do/inc")).text(); return new Response(a + "," + b + " " + typeof globalThis.shared); } }`,
        { durableObjects: { COUNTER: { className: "Counter", scriptName: "back" } } }),
      mw("back", `globalThis.shared = 1; export class Counter { constructor(state) { this.state = state; } async fetch() { const n = ((await this.state.storage.get("n")) ?? 0) + 1; await this.state.storage.put("n", n); return new Response(String(n)); } }
      export default { fetch() { return new Response("back"); } }`, { durableObjects: { COUNTER: "Counter" }, routes: ["back.mf/*"] }),
    ] },
    steps: [get("/"), get("/"), req("GET", "http://back.mf/")] },
  kvCase("kvsb-list-order-and-prefix-edges", "list ordering with mixed case, digits, unicode and prefixes; prefix equal to a key; prefix with special characters; cursor reuse", `
  const KV = env.KV;
  for (const k of ["a", "a/", "a/b", "a/b/c", "ab", "A", "B", "0", "9", "~", "é", "😀", "日本", "a b", "a%20b", "a+b", "a\\tb", "Z"]) await KV.put(k, "v");
  out.all = (await KV.list()).keys.map(k => k.name);
  out.pA = (await KV.list({prefix: "a"})).keys.map(k => k.name);
  out.pASlash = (await KV.list({prefix: "a/"})).keys.map(k => k.name);
  out.pExact = (await KV.list({prefix: "a/b/c"})).keys.map(k => k.name);
  out.pPct = (await KV.list({prefix: "a%"})).keys.map(k => k.name);
  out.pStar = (await KV.list({prefix: "*"})).keys.map(k => k.name);
  out.pUpper = (await KV.list({prefix: "A"})).keys.map(k => k.name);
  out.pUnicode = (await KV.list({prefix: "日"})).keys.map(k => k.name);
  const first = await KV.list({limit: 5});
  const again1 = await KV.list({limit: 5, cursor: first.cursor});
  const again2 = await KV.list({limit: 5, cursor: first.cursor});
  out.cursorReuse = [again1.keys.map(k => k.name), JSON.stringify(again1.keys) === JSON.stringify(again2.keys)];
  await KV.delete(again1.keys[0].name);
  out.afterDelete = (await KV.list({limit: 5, cursor: first.cursor})).keys.map(k => k.name);
  `),
];
