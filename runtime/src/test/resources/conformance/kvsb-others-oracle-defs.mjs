import { PRELUDE, get, req, modWorker } from "./_h.mjs";
const CD = "2025-01-01";
const mw = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
export default [
  // ---------------- vars
  { name: "kvsb-vars-json-types", area: "vars", description: "vars of every JSON type: typeof, identity across requests, nested, numbers, frozen-ness, prototype",
    options: modWorker(`
    const d = {};
    for (const k of Object.keys(env)) { const v = env[k]; d[k] = [typeof v, Array.isArray(v), v === null ? null : Object.prototype.toString.call(v), JSON.stringify(v)]; }
    return Response.json({ d, keys: Object.keys(env), frozenObj: Object.isFrozen(env.OBJ), envFrozen: Object.isFrozen(env), protoObj: Object.getPrototypeOf(env.OBJ) === Object.prototype,
      arrProto: Array.isArray(env.ARR) && env.ARR instanceof Array, numInt: Number.isInteger(env.NUM), big: env.BIG, neg: env.NEG, exp: env.EXP, envProto: Object.getPrototypeOf(env) === Object.prototype,
      desc: Object.getOwnPropertyDescriptor(env, "STR"), emptyObj: env.EMPTYOBJ, emptyArr: env.EMPTYARR, hasOwn: Object.hasOwn(env, "NULLISH"), nullish: env.NULLISH, str: String(env.OBJ) });`,
      { bindings: { STR: "s", NUM: 7, FLOAT: -0.25, BIG: 9007199254740993, NEG: -42, EXP: 1e21, T: true, F: false, NULLISH: null, ARR: [1, [2, [3]], {a: null}], OBJ: {z: 1, a: 2, n: {"k-y": "v", "ü": [true]}}, EMPTYOBJ: {}, EMPTYARR: [], EMPTY: "" } }),
    steps: [get("/")] },
  { name: "kvsb-vars-mutation-isolation", area: "vars", description: "mutating nested var objects: persistence across requests and separation between workers with the same var",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) { env.OBJ.count = (env.OBJ.count ?? 0) + 1; env.ARR.push(env.ARR.length); env.NEW = (env.NEW ?? 0) + 1;
        const b = await env.B.fetch("http://b/"); return Response.json({ obj: env.OBJ, arr: env.ARR, nw: env.NEW, b: await b.json() }); } }`, { bindings: { OBJ: { x: 1 }, ARR: [] }, serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req, env) { return Response.json({ obj: env.OBJ, arr: env.ARR }); } }`, { bindings: { OBJ: { x: 1 }, ARR: [] } }),
    ] },
    steps: [get("/"), get("/")] },
  { name: "kvsb-vars-named-like-globals", area: "vars", description: "vars named like globals (fetch, Response, console, URL, self) in modules and service-worker format",
    options: { workers: [
      mw("mod", `export default { async fetch(req, env) { return Response.json({ envFetch: env.fetch, envURL: env.URL, globalFetch: typeof fetch, globalURL: typeof URL, envSelf: env.self, keys: Object.keys(env) }); } }`,
        { bindings: { fetch: "f-var", URL: 1, self: { s: true } }, serviceBindings: { SW: "sw" } }),
      { name: "sw", compatibilityDate: CD, bindings: { name: "n-var", location: "loc", Response2: [1], navigator: "nav", NUM: 5 }, script: `addEventListener("fetch", (e) => e.respondWith(Response.json({ name: typeof name === "undefined" ? "undef" : name, loc: location, r2: Response2, nav: typeof navigator, navv: String(navigator), NUM, selfNum: self.NUM, gNum: globalThis.NUM, desc: Object.getOwnPropertyDescriptor(globalThis, "NUM") })));` },
    ] },
    steps: [get("/"), req("GET", "http://localhost/sw")] },
  { name: "kvsb-vars-service-worker-mutation", area: "vars", description: "service-worker var globals: reassignment, delete, typeof, and mutation persisting across requests",
    options: { compatibilityDate: CD, bindings: { COUNTER: 0, OBJ: { n: 1 }, S: "x" }, script: `addEventListener("fetch", (e) => { COUNTER++; OBJ.n++; const d = delete globalThis.S; e.respondWith(Response.json({ COUNTER, OBJ, d, s: typeof S, keysHas: Object.keys(globalThis).filter(k => ["COUNTER","OBJ","S"].includes(k)) })); });` },
    steps: [get("/"), get("/")] },
  // ---------------- multi-worker
  { name: "kvsb-multi-routes-and-default", area: "multi-worker", description: "routes across three workers: wildcards, path routes, specificity, unmatched goes to first",
    options: { workers: [
      mw("main", `export default { fetch(req) { return new Response("main " + new URL(req.url).pathname); } }`),
      mw("api", `export default { fetch(req) { return new Response("api " + req.url); } }`, { routes: ["api.mf/*", "*.api.mf/*"] }),
      mw("admin", `export default { fetch(req) { return new Response("admin " + req.method + " " + req.url); } }`, { routes: ["api.mf/admin/*", "example.com/static*"] }),
    ] },
    steps: [get("/x"), req("GET", "http://api.mf/hello?q=1"), req("POST", "http://api.mf/admin/users", {}, "b"), req("GET", "http://v1.api.mf/"), req("GET", "https://example.com/static/a.css"), req("GET", "http://example.com/other"), req("GET", "http://api.mf/admin")] },
  { name: "kvsb-multi-cross-calls", area: "multi-worker", description: "workers calling each other both ways via service bindings, each with its own vars and compat",
    options: { workers: [
      mw("a", `let hits = 0; export default { async fetch(req, env) { hits++; const u = new URL(req.url);
        if (u.pathname === "/ping") return new Response("a-pong " + env.WHO + " " + hits);
        const r = await env.B.fetch("http://b/via-b"); return new Response("a(" + env.WHO + ") <- " + await r.text()); } }`, { bindings: { WHO: "A" }, serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req, env) { const r = await env.A.fetch("http://a/ping"); return new Response("b(" + env.WHO + ") <- " + await r.text()); } }`, { bindings: { WHO: "B" }, serviceBindings: { A: "a" } }),
    ] },
    steps: [get("/"), get("/")] },
  { name: "kvsb-multi-service-worker-mix", area: "multi-worker", description: "a service-worker format worker and a modules worker in one instance, both reachable by routes",
    options: { workers: [
      { name: "sw", compatibilityDate: CD, bindings: { V: "sw-var" }, routes: ["sw.mf/*"], script: `addEventListener("fetch", (e) => e.respondWith(new Response("sw " + V + " " + e.request.url)));` },
      mw("mod", `export default { fetch(req, env) { return new Response("mod " + env.V + " " + typeof V); } }`, { bindings: { V: "mod-var" }, routes: ["mod.mf/*"] }),
    ] },
    steps: [get("/"), req("GET", "http://sw.mf/a"), req("GET", "http://mod.mf/b")] },
  { name: "kvsb-multi-entry-throws", area: "multi-worker", description: "a routed worker that throws gives a 500; the others keep answering",
    options: { workers: [
      mw("ok", `export default { fetch() { return new Response("ok"); } }`),
      mw("bad", `export default { fetch() { throw new RangeError("bad worker"); } }`, { routes: ["bad.mf/*"] }),
    ] },
    steps: [{ request: { url: "http://bad.mf/", method: "GET" }, bodyMatches: "^RangeError: bad worker(\\n|$)" }, get("/")] },
  // ---------------- waituntil
  { name: "kvsb-waituntil-reject-and-many", area: "waituntil", description: "rejecting waitUntil promises do not affect the response; many waitUntils all run; results visible in the next request",
    options: modWorker(`
    if (url.pathname === "/read") return Response.json({ list: (await env.KV.list()).keys.map(k => k.name).filter(n => n !== "late") });
    ctx.waitUntil(Promise.reject(new Error("rejected")));
    ctx.waitUntil((async () => { throw new TypeError("async throw"); })());
    for (let i = 0; i < 50; i++) ctx.waitUntil(env.KV.put("w" + String(i).padStart(2, "0"), "x"));
    ctx.waitUntil(new Promise(r => setTimeout(r, 50)).then(() => env.KV.put("late", "1")));
    ctx.waitUntil({ then(r) { env.KV.put("thenable", "1").then(r); } });
    const res = [ctx.waitUntil(Promise.resolve()), typeof ctx.waitUntil, ctx.waitUntil.length, ctx.waitUntil.name];
    return Response.json(res);`, { kvNamespaces: ["KV"] }),
    steps: [get("/"), get("/read")] },
  { name: "kvsb-waituntil-args", area: "waituntil", description: "waitUntil with non-promise values of every kind and with detached calls",
    options: modWorker(`
    const o = {};
    for (const [k, v] of Object.entries({ num: 1, str: "s", nul: null, undef: undefined, obj: {}, fn: () => 1, thenable: { then() {} }, arr: [] })) o[k] = await t(() => ctx.waitUntil(v));
    o.detached = await t(() => { const w = ctx.waitUntil; return w(Promise.resolve()); });
    o.bound = await t(() => ctx.waitUntil.bind(ctx)(Promise.resolve()));
    o.twoArgs = await t(() => ctx.waitUntil(Promise.resolve(), 2));
    o.ctxKeys = Object.keys(ctx); o.ctxTag = Object.prototype.toString.call(ctx); o.ptoe = typeof ctx.passThroughOnException;
    o.ptoeRet = await t(() => ctx.passThroughOnException());
    return Response.json(o);`),
    steps: [get("/")] },
  { name: "kvsb-waituntil-pass-through", area: "waituntil", description: "passThroughOnException then throw (sync and async), in modules and service-worker format",
    options: { workers: [
      mw("mod", `export default { async fetch(req, env, ctx) { const u = new URL(req.url); ctx.passThroughOnException();
        if (u.pathname === "/async") { await null; throw new Error("async boom"); }
        if (u.pathname === "/ok") return new Response("fine");
        throw new Error("boom"); } }`, { serviceBindings: { SW: "sw" } }),
      { name: "sw", compatibilityDate: CD, routes: ["sw.mf/*"], script: `addEventListener("fetch", (e) => { e.passThroughOnException(); if (new URL(e.request.url).pathname === "/ok") return e.respondWith(new Response("sw fine")); throw new Error("sw boom"); });` },
    ] },
    steps: [get("/"), get("/async"), get("/ok"), req("GET", "http://sw.mf/"), req("GET", "http://sw.mf/ok")] },
  { name: "kvsb-waituntil-service-worker-event", area: "waituntil", description: "FetchEvent.waitUntil in service-worker format: errors, return value, work after the response",
    options: { compatibilityDate: CD, kvNamespaces: ["KV"], script: PRELUDE + `addEventListener("fetch", (e) => {
      const u = new URL(e.request.url);
      if (u.pathname === "/read") return e.respondWith((async () => { for (let i = 0; i < 100; i++) { const v = await KV.get("done"); if (v) return new Response(v); await new Promise(r => setTimeout(r, 20)); } return new Response("timeout"); })());
      const r = [String(e.waitUntil(Promise.reject(new Error("x")))), typeof e.waitUntil];
      e.waitUntil(new Promise(res => setTimeout(res, 20)).then(() => KV.put("done", "yes")));
      let none; try { e.waitUntil(); } catch (err) { none = err.name + ": " + err.message; }
      e.respondWith(Response.json({ r, none, tag: Object.prototype.toString.call(e), type: e.type }));
    });` },
    steps: [get("/"), get("/read")] },
  // ---------------- service bindings
  { name: "kvsb-sb-request-details", area: "service-bindings", description: "what the callee sees: method, url, headers, body, cf, redirect mode, signal; Request objects vs strings vs init overrides",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) {
        const s = async (p) => { try { const r = await p; return { status: r.status, statusText: r.statusText, body: await r.json() }; } catch (e) { return { error: e.name + ": " + e.message }; } };
        return Response.json({
          str: await s(env.B.fetch("http://b/x?y=1#frag")),
          url: await s(env.B.fetch(new URL("https://other.host:8443/p"))),
          post: await s(env.B.fetch("http://b/post", { method: "POST", headers: { "x-a": "1", "content-type": "application/json" }, body: JSON.stringify({ a: 1 }) })),
          reqObj: await s(env.B.fetch(new Request("http://b/r", { method: "PUT", body: "put-body", headers: { "x-b": "2" } }))),
          override: await s(env.B.fetch(new Request("http://b/r", { method: "PUT", body: "orig" }), { method: "PATCH", body: "new" })),
          fwd: await s(env.B.fetch(req)),
          cf: await s(env.B.fetch("http://b/cf", { cf: { cacheTtl: 5, custom: "yes" } })),
          lower: await s(env.B.fetch("http://b/m", { method: "delete" })),
          custom: await s(env.B.fetch("http://b/m", { method: "PROPFIND" })),
          head: await env.B.fetch("http://b/h", { method: "HEAD" }).then(r => [r.status, r.headers.get("x-method")]),
          stream: await s(env.B.fetch("http://b/s", { method: "POST", body: new Response("streamed-body").body, duplex: "half" })),
          bytes: await s(env.B.fetch("http://b/bytes", { method: "POST", body: new Uint8Array([1, 2, 3]) })),
          form: await s(env.B.fetch("http://b/form", { method: "POST", body: new URLSearchParams({ q: "1" }) })),
        }); } }`, { serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req) {
        const h = Object.fromEntries([...req.headers].filter(([k]) => !["host", "cf-connecting-ip", "cf-ray"].includes(k) && !k.startsWith("cf-") && !k.startsWith("mf-")));
        const body = req.method === "GET" || req.method === "HEAD" ? null : await req.text();
        return Response.json({ method: req.method, url: req.url, h, body, cf: req.cf ? Object.keys(req.cf).includes("custom") ? req.cf.custom : "present" : null, redirect: req.redirect, hasHost: req.headers.has("host") }, { headers: { "x-method": req.method } });
      } }`),
    ] },
    steps: [req("POST", "http://localhost/front?z=9", { "x-front": "f", "cookie": "c=1" }, "front-body")] },
  { name: "kvsb-sb-response-details", area: "service-bindings", description: "what the caller sees: status codes, statusText, set-cookie headers, streamed bodies, redirects not followed with manual, null bodies, response url",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) {
        const s = async (path, init) => { try { const r = await env.B.fetch("http://b" + path, init); return { status: r.status, statusText: r.statusText, ok: r.ok, redirected: r.redirected, url: r.url, h: Object.fromEntries([...r.headers].filter(([k]) => !k.startsWith("cf-") && k !== "date")), cookies: r.headers.getSetCookie(), body: await r.text(), bodyNull: r.body === null }; } catch (e) { return { error: e.name + ": " + e.message }; } };
        return Response.json({
          s201: await s("/status/201"), s204: await s("/status/204"), s404: await s("/status/404"), s418: await s("/status/418"), s500: await s("/status/500"), s599: await s("/status/599"),
          cookies: await s("/cookies"), stream: await s("/stream"), redirectManual: await s("/redir", { redirect: "manual" }), redirectExt: await s("/redir-ext"),
          empty: await s("/empty"), json: await s("/json"), statusText: await s("/st"), headOnGet: await s("/status/200", { method: "HEAD" }),
        }); } }`, { serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req) { const u = new URL(req.url); const p = u.pathname;
        if (p.startsWith("/status/")) { const n = Number(p.slice(8)); return new Response(n === 204 ? null : "s" + n, { status: n }); }
        if (p === "/cookies") { const h = new Headers(); h.append("set-cookie", "a=1; Path=/"); h.append("set-cookie", "b=2"); h.append("x-multi", "1"); h.append("x-multi", "2"); return new Response("c", { headers: h }); }
        if (p === "/stream") { const enc = new TextEncoder(); let i = 0; return new Response(new ReadableStream({ pull(c) { if (i < 5) c.enqueue(enc.encode("chunk" + i++ + ";")); else c.close(); } })); }
        if (p === "/redir") return Response.redirect("http://b/target", 302);
        if (p === "/redir-ext") return new Response(null, { status: 301, headers: { location: "https://example.invalid/" } });
        if (p === "/empty") return new Response(null);
        if (p === "/json") return Response.json({ j: 1 }, { status: 202 });
        if (p === "/st") return new Response("x", { status: 200, statusText: "Very OK" });
        return new Response("target " + req.method);
      } }`),
    ] },
    steps: [get("/")] },
  { name: "kvsb-sb-callee-errors-more", area: "service-bindings", description: "how callers see callee failures: thrown non-Errors, rejected promises, custom error classes, returned non-Responses, errors after awaiting",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) {
        const s = async (path) => { try { const r = await env.B.fetch("http://b" + path); return { status: r.status, ct: r.headers.get("content-type"), body: (await r.text()).split("\\n")[0] }; } catch (e) { return { error: { name: e.name, ctor: e.constructor.name, message: e.message, isErr: e instanceof Error, remote: e.remote, stackType: typeof e.stack } }; } };
        return Response.json({ type: await s("/type"), range: await s("/range"), custom: await s("/custom"), str: await s("/str"), obj: await s("/obj"), num: await s("/num"), reject: await s("/reject"), notResp: await s("/notresp"), undef: await s("/undef"), later: await s("/later"), dom: await s("/dom"), props: await s("/props"), ok: await s("/ok") });
      } }`, { serviceBindings: { B: "b" } }),
      mw("b", `class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } }
      export default { async fetch(req) { const p = new URL(req.url).pathname;
        if (p === "/type") throw new TypeError("t msg");
        if (p === "/range") throw new RangeError("r msg");
        if (p === "/custom") throw new MyErr("c msg");
        if (p === "/str") throw "plain string";
        if (p === "/obj") throw { code: 1 };
        if (p === "/num") throw 42;
        if (p === "/reject") return Promise.reject(new SyntaxError("s msg"));
        if (p === "/notresp") return "nope";
        if (p === "/undef") return undefined;
        if (p === "/later") { await new Promise(r => setTimeout(r, 5)); throw new Error("later msg"); }
        if (p === "/dom") throw new DOMException("d msg", "NotFoundError");
        if (p === "/props") { const e = new Error("p msg"); e.code = "E1"; throw e; }
        return new Response("ok");
      } }`),
    ] },
    steps: [get("/")] },
  { name: "kvsb-sb-return-callee-errors", area: "service-bindings", description: "returning env.B.fetch() of a throwing callee directly yields the usual 500 text for each error kind",
    options: { workers: [
      mw("a", `export default { fetch(req, env) { return env.B.fetch(req); } }`, { serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req) { const p = new URL(req.url).pathname; if (p === "/type") throw new TypeError("t msg"); if (p === "/str") throw "plain"; if (p === "/notresp") return "nope"; return new Response("fine", { status: 203, headers: { "x-b": "1" } }); } }`),
    ] },
    steps: [{ request: { url: "http://localhost/type", method: "GET" }, bodyMatches: "^TypeError: t msg(\\n|$)" }, { request: { url: "http://localhost/str", method: "GET" }, bodyMatches: "^Error: plain(\\n|$)" }, { request: { url: "http://localhost/notresp", method: "GET" }, bodyMatches: "^TypeError: .*(\\n|$)" }, get("/ok")] },
  { name: "kvsb-sb-entrypoints-and-self", area: "service-bindings", description: "service bindings to named entrypoints and to the worker itself, with props-free env and ctx",
    options: { workers: [
      mw("a", `import { WorkerEntrypoint } from "cloudflare:workers";
      export class Named extends WorkerEntrypoint { async fetch(req) { return new Response("named " + new URL(req.url).pathname + " " + this.env.V); } hello(x) { return "hi " + x; } }
      export default { async fetch(req, env) { const p = new URL(req.url).pathname;
        if (p === "/self-inner") return new Response("inner " + req.method);
        return Response.json({
          self: await env.SELF.fetch("http://a/self-inner", { method: "POST" }).then(r => r.text()),
          named: await env.NAMED.fetch("http://x/n").then(r => r.text()),
          namedRpc: await env.NAMED.hello("w"),
          other: await env.OTHER.fetch("http://x/o").then(r => r.text()),
          otherRpc: await env.OTHER.add(2, 3),
          otherTypes: [typeof env.OTHER, typeof env.OTHER.fetch, typeof env.NAMED.hello],
        }); } }`, { bindings: { V: "va" }, serviceBindings: { SELF: "a", NAMED: { name: "a", entrypoint: "Named" }, OTHER: { name: "b", entrypoint: "Calc" } } }),
      mw("b", `import { WorkerEntrypoint } from "cloudflare:workers";
      export class Calc extends WorkerEntrypoint { add(a, b) { return a + b; } fetch(req) { return new Response("calc " + new URL(req.url).pathname); } }
      export default { fetch() { return new Response("b default"); } }`),
    ] },
    steps: [get("/")] },
  { name: "kvsb-sb-service-worker-caller", area: "service-bindings", description: "a service-worker format caller uses a global service binding; headers and body round-trip",
    options: { workers: [
      { name: "a", compatibilityDate: CD, serviceBindings: { B: "b" }, script: `addEventListener("fetch", (e) => e.respondWith((async () => {
        const r = await B.fetch("http://b/path", { method: "POST", headers: { "x-h": "v" }, body: "payload" });
        return new Response(await r.text(), { status: r.status, headers: { "x-from-b": r.headers.get("x-echo") ?? "none", "x-type": typeof B, "x-str": String(B) } });
      })()));` },
      mw("b", `export default { async fetch(req) { return new Response(req.method + " " + new URL(req.url).pathname + " " + await req.text(), { status: 202, headers: { "x-echo": req.headers.get("x-h") } }); } }`),
    ] },
    steps: [get("/")] },
  { name: "kvsb-sb-bodies-large-and-abort", area: "service-bindings", description: "large request and response bodies through a binding; unread bodies; concurrent calls",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) {
        const big = "x".repeat(1024 * 1024);
        const r1 = await env.B.fetch("http://b/echo", { method: "POST", body: big });
        const t1 = await r1.text();
        const rs = await Promise.all(Array.from({ length: 10 }, (_, i) => env.B.fetch("http://b/n" + i).then(r => r.text())));
        const unread = await env.B.fetch("http://b/big");
        return Response.json({ len: t1.length, rs, unreadStatus: unread.status, bigLen: (await env.B.fetch("http://b/big").then(r => r.arrayBuffer())).byteLength });
      } }`, { serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req) { const p = new URL(req.url).pathname;
        if (p === "/echo") return new Response(req.body);
        if (p === "/big") return new Response(new Uint8Array(3 * 1024 * 1024));
        return new Response(p); } }`),
    ] },
    steps: [get("/")] },
];
