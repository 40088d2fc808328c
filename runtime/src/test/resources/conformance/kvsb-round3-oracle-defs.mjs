import { PRELUDE, get, req, modWorker, kvCase } from "./_h.mjs";
const CD = "2025-01-01";
const mw = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
export default [
  { name: "kvsb-sb-abort-and-signal", area: "service-bindings", description: "service binding fetch with an already-aborted signal, a timeout-aborted signal while the callee waits, and a custom abort reason",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) {
        const pre = new AbortController(); pre.abort();
        const custom = new AbortController(); custom.abort(new RangeError("my reason"));
        const late = new AbortController(); setTimeout(() => late.abort(), 20);
        return Response.json({
          pre: await t(async () => (await env.B.fetch("http://b/fast", { signal: pre.signal })).status),
          custom: await t(async () => (await env.B.fetch("http://b/fast", { signal: custom.signal })).status),
          late: await t(async () => (await env.B.fetch("http://b/slow", { signal: late.signal })).status),
          reqSignal: await t(async () => { const c = new AbortController(); const r = new Request("http://b/fast", { signal: c.signal }); c.abort(); return (await env.B.fetch(r)).status; }),
          ok: await t(async () => (await env.B.fetch("http://b/fast", { signal: new AbortController().signal })).text()),
        });
      } }`, { serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req) { if (new URL(req.url).pathname === "/slow") await new Promise(r => setTimeout(r, 200)); return new Response("done"); } }`),
    ] },
    steps: [get("/")] },
  { name: "kvsb-sb-callee-body-handling", area: "service-bindings", description: "the callee reads the request body in different ways (json, formData, arrayBuffer, twice, clone), and bodyUsed",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) {
        const call = async (path, init) => { const r = await env.B.fetch("http://b" + path, init); return [r.status, await r.text()]; };
        return Response.json({
          json: await call("/json", { method: "POST", body: JSON.stringify({ x: [1, 2] }), headers: { "content-type": "application/json" } }),
          badJson: await call("/json", { method: "POST", body: "{oops" }),
          form: await call("/form", { method: "POST", body: (() => { const f = new FormData(); f.append("a", "1"); f.append("f", new File(["filedata"], "n.txt", { type: "text/plain" })); return f; })() }),
          twice: await call("/twice", { method: "POST", body: "abc" }),
          clone: await call("/clone", { method: "POST", body: "cloned" }),
          empty: await call("/ab", { method: "POST", body: "" }),
          noBody: await call("/ab", { method: "POST" }),
        });
      } }`, { serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req) { const p = new URL(req.url).pathname;
        try {
          if (p === "/json") return Response.json(await req.json());
          if (p === "/form") { const f = await req.formData(); const file = f.get("f"); return Response.json({ a: f.get("a"), fname: file.name, ftype: file.type, ftext: await file.text(), ct: req.headers.get("content-type").split(";")[0] }); }
          if (p === "/twice") { const a = await req.text(); let b; try { b = await req.text(); } catch (e) { b = e.name + ": " + e.message; } return Response.json({ a, b, used: req.bodyUsed }); }
          if (p === "/clone") { const c = req.clone(); return Response.json([await req.text(), await c.text()]); }
          if (p === "/ab") { const ab = await req.arrayBuffer(); return Response.json({ len: ab.byteLength, bodyNull: req.body === null, cl: req.headers.get("content-length") }); }
        } catch (e) { return new Response(e.name + ": " + e.message, { status: 400 }); }
        return new Response("?"); } }`),
    ] },
    steps: [get("/")] },
  { name: "kvsb-multi-route-patterns", area: "multi-worker", description: "route patterns across workers: scheme-specific routes, any-host path routes, catch-all, overlapping specificity",
    options: { workers: [
      mw("default", `export default { fetch(req) { return new Response("default " + req.url); } }`),
      mw("secure", `export default { fetch(req) { return new Response("secure " + req.url); } }`, { routes: ["https://secure.mf/*"] }),
      mw("anyhost", `export default { fetch(req) { return new Response("anyhost " + req.url); } }`, { routes: ["*/api/*"] }),
      mw("specific", `export default { fetch(req) { return new Response("specific " + req.url); } }`, { routes: ["shop.mf/api/v2/*", "shop.mf/"] }),
    ] },
    steps: [req("GET", "https://secure.mf/a"), req("GET", "http://secure.mf/a"), req("GET", "http://any.mf/api/x"), req("GET", "http://shop.mf/api/v2/items"), req("GET", "http://shop.mf/api/v1/items"), req("GET", "http://shop.mf/"), req("GET", "http://shop.mf/other"), req("GET", "http://x.mf/apix/y")] },
  { name: "kvsb-waituntil-pass-through-variants", area: "waituntil", description: "passThroughOnException called late, twice, detached; errors thrown after it from a streamed body or non-Response return",
    options: modWorker(`
    if (url.pathname === "/twice") { ctx.passThroughOnException(); ctx.passThroughOnException(); throw new Error("x"); }
    if (url.pathname === "/late") { await null; throw (ctx.passThroughOnException(), new Error("late")); }
    if (url.pathname === "/detached") { const p = ctx.passThroughOnException; try { p(); } catch (e) { return new Response(e.name + ": " + e.message.slice(0, 40)); } return new Response("no error"); }
    if (url.pathname === "/notresp") { ctx.passThroughOnException(); return "not a response"; }
    if (url.pathname === "/waituntil-reject") { ctx.passThroughOnException(); ctx.waitUntil(Promise.reject(new Error("bg"))); return new Response("fine"); }
    return new Response("default");`),
    steps: [get("/twice"), get("/late"), get("/detached"), get("/notresp"), get("/waituntil-reject")] },
  { name: "kvsb-vars-large-and-special", area: "vars", description: "vars with large strings, special characters, numeric-looking keys, deep nesting and unicode keys",
    options: modWorker(`
    return Response.json({ keys: Object.keys(env), bigLen: env.BIG.length, special: env.SPECIAL, deep: env.DEEP.a.b.c.d.e, num: env["123"], uni: env["ключ"], dash: env["with-dash"], sp: env["with space"], zero: env.ZERO, negz: Object.is(env.NEGZ, -0), arrOfObjs: env.AOO });`,
      { bindings: { BIG: "x".repeat(100000), SPECIAL: "quote\" back\\\\ nl\n tab\t nul\u0000 emoji😀", DEEP: { a: { b: { c: { d: { e: [true, null] } } } } }, "123": "numeric key", "ключ": "unicode key", "with-dash": 1, "with space": 2, ZERO: 0, NEGZ: -0, AOO: [{ a: 1 }, { b: [2] }] } }),
    steps: [get("/")] },
];
