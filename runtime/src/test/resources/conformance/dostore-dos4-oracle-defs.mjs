import { CD, PRELUDE, get, modWorker } from "./_h.mjs";
const cacheBody = `
    const out = {};
    const c = caches.default;
    const base = "http://cache.mf/";
    const show = async (r) => r === undefined ? "undefined" : { status: r.status, headers: [...r.headers].filter(([k]) => k !== "date" && k !== "age"), body: await r.text() };
    const put = async (path, body, headers, init = {}) => t(() => c.put(base + path, new Response(body, { headers, ...init })));
    out.p1 = await put("a", "A", { "cache-control": "max-age=3600", etag: 'W/"v1"', "last-modified": "Wed, 21 Oct 2015 07:28:00 GMT" });
    out.m1 = await show(await c.match(base + "a"));
    out.weakEtag = await show(await c.match(new Request(base + "a", { headers: { "if-none-match": 'W/"v1"' } })));
    out.strongVsWeak = await show(await c.match(new Request(base + "a", { headers: { "if-none-match": '"v1"' } })));
    out.etagList = await show(await c.match(new Request(base + "a", { headers: { "if-none-match": '"x", W/"v1"' } })));
    out.etagStar = await show(await c.match(new Request(base + "a", { headers: { "if-none-match": "*" } })));
    out.imsEqual = await show(await c.match(new Request(base + "a", { headers: { "if-modified-since": "Wed, 21 Oct 2015 07:28:00 GMT" } })));
    out.imsBefore = await show(await c.match(new Request(base + "a", { headers: { "if-modified-since": "Tue, 20 Oct 2015 07:28:00 GMT" } })));
    out.range = await show(await c.match(new Request(base + "a", { headers: { range: "bytes=0-0" } })));
    out.rangeSuffix = await show(await c.match(new Request(base + "a", { headers: { range: "bytes=-1" } })));
    out.mustRevalidate = await put("b", "B", { "cache-control": "max-age=0, must-revalidate" });
    out.mB = await show(await c.match(base + "b"));
    out.expiresPast = await put("c", "C", { expires: "Wed, 21 Oct 2015 07:28:00 GMT" });
    out.mC = await show(await c.match(base + "c"));
    out.expiresFuture = await put("d", "D", { expires: "Wed, 21 Oct 2099 07:28:00 GMT" });
    out.mD = await show(await c.match(base + "d"));
    out.sMaxAge0 = await put("e", "E", { "cache-control": "s-maxage=0, max-age=100" });
    out.mE = await show(await c.match(base + "e"));
    out.noCache = await put("f", "F", { "cache-control": "no-cache" });
    out.mF = await show(await c.match(base + "f"));
    out.varyAE = await put("g", "G", { "cache-control": "max-age=100", vary: "Accept-Encoding" });
    out.mG = await show(await c.match(new Request(base + "g", { headers: { "accept-encoding": "br" } })));
    out.varyOther = await put("h", "H", { "cache-control": "max-age=100", vary: "x-lang" });
    out.mH1 = await show(await c.match(new Request(base + "h", { headers: { "x-lang": "en" } })));
    out.mH2 = await show(await c.match(base + "h"));
    out.query = await put("q?b=2&a=1", "Q", { "cache-control": "max-age=100" });
    out.mQSame = await show(await c.match(base + "q?b=2&a=1"));
    out.mQOrder = await show(await c.match(base + "q?a=1&b=2"));
    out.mQIgnoreSearch = await t(async () => await show(await c.match(base + "q", { ignoreSearch: true })));
    out.mIgnoreVary = await t(async () => await show(await c.match(base + "h", { ignoreVary: true })));
    out.delIgnoreSearch = await t(() => c.delete(base + "q", { ignoreSearch: true }));
    out.fragment = await show(await c.match(base + "a#frag"));
    out.delIgnore = await t(() => c.delete(new Request(base + "a", { method: "POST" }), { ignoreMethod: true }));
    out.afterDel = await show(await c.match(base + "a"));
    out.openSame = await t(async () => (await caches.open("x")) === (await caches.open("x")));
    out.openDefault = await t(async () => (await caches.open("default")) === caches.default);
    out.openEmpty = await t(async () => typeof (await caches.open("")));
    out.openLong = await t(async () => typeof (await caches.open("n".repeat(2000))));
    out.named = await t(async () => { const n = await caches.open("named"); await n.put(base + "z", new Response("Z", { headers: { "cache-control": "max-age=100" } })); return [await show(await n.match(base + "z")), await show(await c.match(base + "z"))]; });
    out.statusText = await t(async () => { await c.put(base + "st", new Response("S", { status: 200, statusText: "Fine", headers: { "cache-control": "max-age=100", "x-a": "1" } })); const r = await c.match(base + "st"); return [r.status, r.statusText, r.headers.get("x-a"), r.headers.get("cf-cache-status"), r.headers.get("age")]; });
    out.putTwiceBody = await t(async () => { const r = new Response("once", { headers: { "cache-control": "max-age=100" } }); await c.put(base + "tw", r); return await c.put(base + "tw2", r); });
    out.putReqBodyGet = await t(() => c.put(new Request(base + "rb", { method: "GET" }), new Response("x", { headers: { "cache-control": "max-age=100" } })));
    out.putWs = await t(async () => { const p = new WebSocketPair(); return await c.put(base + "ws", new Response(null, { status: 101, webSocket: p[0] })); });
    out.ranges = {};
    await c.put(base + "r6", new Response("abcdef", { headers: { "cache-control": "max-age=100" } }));
    for (const r of ["bytes=-1", "bytes=-3", "bytes=-6", "bytes=-10", "bytes=2-", "bytes=0-", "bytes=0-10", "bytes=5-5", "bytes=-0", "bytes = 1-2", "BYTES=1-2", "bytes=1-2,", "items=1-2", "bytes=3-1"]) {
      const m = await c.match(new Request(base + "r6", { headers: { range: r } }));
      out.ranges[r] = [m.status, m.headers.get("content-range"), await m.text()];
    }
    out.ignFalse = await t(() => c.match(base + "r6", { ignoreSearch: false, ignoreVary: false }));
    out.ignVaryDel = await t(() => c.delete(base + "r6", { ignoreVary: true }));
    out.putHead = await t(() => c.put(new Request(base + "hd", { method: "HEAD" }), new Response("x", { headers: { "cache-control": "max-age=100" } })));
    return Response.json(out);
`;
const wsBody = `
    const out = {};
    const codes = [999, 1000, 1001, 1004, 1005, 1006, 1011, 1012, 1014, 1015, 1016, 2999, 3000, 4999, 5000, 1000.5, "1000", NaN, -1, 65536 + 1000];
    out.codes = [];
    for (const code of codes) {
      const [a, b] = Object.values(new WebSocketPair());
      a.accept(); b.accept();
      let r;
      try { a.close(code, "r"); r = "ok"; } catch (e) { r = [e.name, e.constructor.name, e.message]; }
      out.codes.push([String(code), r]);
    }
    out.reasons = [];
    for (const reason of ["", "x".repeat(123), "x".repeat(124), "é".repeat(61), "é".repeat(62), undefined, null, 5]) {
      const [a, b] = Object.values(new WebSocketPair());
      a.accept(); b.accept();
      const got = new Promise((res) => b.addEventListener("close", (e) => res([e.code, e.reason, e.wasClean])));
      let r;
      try { a.close(1000, reason); r = await Promise.race([got, scheduler.wait(200).then(() => "no close")]); } catch (e) { r = [e.name, e.message]; }
      out.reasons.push(r);
    }
    out.reasonNoCode = await t(() => { const [a, b] = Object.values(new WebSocketPair()); a.accept(); a.close(undefined, "why"); return "ok"; });
    out.order = await (async () => {
      const [a, b] = Object.values(new WebSocketPair());
      const log = [];
      b.addEventListener("message", (e) => log.push("m:" + e.data));
      b.addEventListener("close", (e) => log.push("c:" + e.code));
      b.addEventListener("error", (e) => log.push("e:" + e.message));
      a.accept(); b.accept();
      a.send("1"); a.send("2"); a.close(1001, "bye");
      log.push("sync");
      await scheduler.wait(50);
      log.push("state:" + a.readyState + "," + b.readyState);
      b.close(1001, "ok");
      await scheduler.wait(50);
      log.push("state:" + a.readyState + "," + b.readyState);
      return log;
    })();
    out.sendClosing = await t(() => { const [a, b] = Object.values(new WebSocketPair()); a.accept(); b.accept(); a.close(); a.send("x"); return "ok"; });
    out.closeTwice = await t(() => { const [a, b] = Object.values(new WebSocketPair()); a.accept(); b.accept(); a.close(); a.close(); return "ok"; });
    out.onmessageProp = await (async () => { const [a, b] = Object.values(new WebSocketPair()); a.accept(); b.accept(); const got = []; b.onmessage = (e) => got.push([typeof e.data, e.data, e.constructor.name, e.type]); a.send("hi"); a.send(new Uint8Array([1, 2])); await scheduler.wait(20); return got.map((g) => [g[0], g[1] instanceof ArrayBuffer ? "AB" : g[1], g[2], g[3]]); })();
    out.respNoWs101 = await t(() => new Response(null, { status: 101 }).status);
    out.respWsProp = await t(() => { const p = new WebSocketPair(); const r = new Response(null, { status: 101, webSocket: p[0] }); return [r.status, r.webSocket === p[0], r.ok, r.statusText, [...r.headers]]; });
    out.respWsUsed = await t(() => { const p = new WebSocketPair(); new Response(null, { status: 101, webSocket: p[0] }); return new Response(null, { status: 101, webSocket: p[0] }).status; });
    out.normalWs = new Response("x").webSocket;
    return Response.json(out);
`;
export default [
  { name: "dos-cache-conditionals-expiry-vary", area: "web-api", description: "Cache API: weak/strong ETags and lists, If-Modified-Since, ranges, must-revalidate/Expires/s-maxage/no-cache storability, Vary, query order, ignoreSearch, named caches, matched response fields, odd puts",
    options: modWorker(cacheBody), steps: [get("/")] },
  { name: "dos-websocket-close-codes-reasons-order", area: "websocket", description: "WebSocketPair close codes and reasons accepted or refused, event order of messages and closes, onmessage, Response with a webSocket",
    options: modWorker(wsBody), steps: [get("/")] },
  { name: "dos-service-binding-fetch-schemes", area: "service-bindings", description: "a service binding's fetch() with non-http schemes",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b" }, script: `${PRELUDE}
export default { async fetch(req, env) {
  const out = {};
  for (const u of ["ftp://x/y", "ws://x/y", "wss://x/y", "data:text/plain,hi", "file:///etc", "HTTP://x/up", "https://x/s"]) {
    try { const r = await env.B.fetch(u); out[u] = [r.status, await r.text()]; } catch (e) { out[u] = [e.name, e.message]; }
  }
  return Response.json(out);
} };` },
      { name: "b", modules: true, compatibilityDate: CD, script: `export default { fetch(req) { return new Response("b saw " + req.url); } };` },
    ] }, steps: [get("/")] },
];
