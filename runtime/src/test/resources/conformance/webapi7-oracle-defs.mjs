// Oracle definitions of the webapi7-* cases: put this file beside the oracle's defs/_h.mjs (DEFS_DIR) and run `node record.mjs webapi7` to re-record them.
import { PRELUDE, get, req, CD } from "./_h.mjs";
const worker = (fn, extra = {}, hang = 200) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), ${hang}))]); };
    await probes(P, out, req, env);
    return Response.json(out);
  }
};`,
  ...extra,
});
const c = (name, description, fn, steps = [get("/")], area = "web-api", extra = {}, hang = 200) => ({ name, area, description, options: worker(fn, extra, hang), steps });
// cases whose probes may wait up to a second
const c2 = (name, description, fn) => c(name, description, fn, [get("/")], "web-api", {}, 1000);

const outbound = `export default {
  async fetch(req) {
    const u = new URL(req.url);
    if (u.pathname === "/redir") return new Response(null, { status: Number(u.searchParams.get("s") ?? 302), headers: { location: u.searchParams.get("to") ?? "/final" } });
    if (u.pathname === "/loop") return new Response(null, { status: 302, headers: { location: "/loop?n=" + (Number(u.searchParams.get("n") ?? 0) + 1) } });
    if (u.pathname === "/slow") { await new Promise((r) => setTimeout(r, 100)); return new Response("slow"); }
    if (u.pathname === "/gz") return new Response("plain", { headers: { "content-encoding": "gzip" }, encodeBody: "manual" });
    if (u.pathname === "/status") return new Response("s", { status: Number(u.searchParams.get("s")), statusText: u.searchParams.get("t") ?? undefined });
    if (u.pathname === "/cookies") { const h = new Headers(); h.append("set-cookie", "a=1"); h.append("set-cookie", "b=2"); return new Response("c", { headers: h }); }
    const body = req.body === null ? null : await req.text();
    return Response.json({ method: req.method, url: req.url, headers: [...req.headers].filter(([k]) => k !== "cf-ray"), body, cf: req.cf ? Object.fromEntries(Object.entries(req.cf).filter(([k]) => k.startsWith("cache"))) : null, redirect: req.redirect });
  }
};`;
const fetchProbes = async (P) => {
  const E = async (f) => { try { return await f(); } catch (e) { return e.name + ": " + e.message; } };
  const R = async (r) => [r.status, r.statusText, r.url, r.redirected, r.type, [...r.headers].filter(([k]) => k !== "date"), await r.text()];
  await P("plain", () => fetch("http://ext.example/a?b=1").then(R));
  await P("post", () => fetch("https://ext.example/p", { method: "POST", body: "hello", headers: { "x-a": "1", "content-type": "text/x" } }).then(R));
  await P("postStream", () => fetch("https://ext.example/p", { method: "PUT", body: new Blob(["ab"]).stream(), duplex: "half" }).then(R));
  await P("postUsp", () => fetch("https://ext.example/p", { method: "POST", body: new URLSearchParams("a=1") }).then(R));
  await P("customMethod", () => fetch("https://ext.example/p", { method: "PURGE" }).then(R));
  await P("reqObj", () => fetch(new Request("https://ext.example/r", { method: "DELETE", headers: { a: "b" } })).then(R));
  await P("reqObjInit", () => fetch(new Request("https://ext.example/r", { method: "DELETE" }), { method: "PATCH", body: "x" }).then(R));
  await P("cfNeg", () => fetch("https://ext.example/cf", { cf: { cacheTtl: -1 } }).then(R));
  await P("cfBoth", () => E(() => fetch("https://ext.example/cf", { cf: { cacheTtl: 5, cacheControl: "x" } }).then(R)));
  await P("fragment", () => fetch("https://ext.example/f?q=1#frag").then(R));
  await P("postKnownLen", () => fetch("https://ext.example/p", { method: "POST", body: "abc", headers: { "content-length": "3" } }).then(R));
  await P("postAb", () => fetch("https://ext.example/p", { method: "POST", body: new Uint8Array([97, 98]) }).then(R));
  await P("postUnknownStream", () => fetch("https://ext.example/p", { method: "POST", body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([97])); c.close(); } }) }).then(R));
  await P("postFd", () => fetch("https://ext.example/p", { method: "POST", body: (() => { const f = new FormData(); f.append("a", "1"); return f; })() }).then(async (r) => JSON.parse(await r.text()).headers.map(([k, v]) => [k, k === "content-type" ? v.split(";")[0] : v])));
  await P("cf", () => fetch("https://ext.example/cf", { cf: { cacheTtl: 5 } }).then(R));
  await P("follow", () => fetch("https://ext.example/redir").then(R));
  await P("follow303post", () => fetch("https://ext.example/redir?s=303", { method: "POST", body: "x" }).then(R));
  await P("follow307post", () => fetch("https://ext.example/redir?s=307", { method: "POST", body: "x" }).then(R));
  await P("follow301post", () => fetch("https://ext.example/redir?s=301", { method: "POST", body: "x" }).then(R));
  await P("followAbs", () => fetch("https://ext.example/redir?to=" + encodeURIComponent("https://other.example/z")).then(R));
  await P("manual", () => fetch("https://ext.example/redir", { redirect: "manual" }).then(R));
  await P("errorRedirect", () => E(() => fetch("https://ext.example/redir", { redirect: "error" }).then(R)));
  await P("badLoc", () => E(() => fetch("https://ext.example/redir?to=" + encodeURIComponent("http://[bad")).then(R)));
  await P("status", () => fetch("https://ext.example/status?s=418&t=Teapot").then(R));
  await P("status599", () => fetch("https://ext.example/status?s=599").then(R));
  await P("cookies", () => fetch("https://ext.example/cookies").then(async (r) => [r.headers.getSetCookie(), r.headers.get("set-cookie")]));
  await P("immutable", () => fetch("https://ext.example/cookies").then((r) => { try { r.headers.set("a", "b"); return "mutable"; } catch (e) { return e.name + ": " + e.message; } }));
  await P("head", () => fetch("https://ext.example/p", { method: "HEAD" }).then(R));
  await P("abortBefore", () => E(() => fetch("https://ext.example/p", { signal: AbortSignal.abort() })));
  await P("abortReason", () => E(async () => { try { await fetch("https://ext.example/p", { signal: AbortSignal.abort(new RangeError("rr")) }); } catch (e) { return [e.constructor.name, e.message, e instanceof RangeError]; } }));
  await P("abortDuring", () => E(async () => { const ac = new AbortController(); const p = fetch("https://ext.example/slow", { signal: ac.signal }); setTimeout(() => ac.abort(), 5); await p; return "done"; }));
  await P("timeoutSig", () => E(async () => { await fetch("https://ext.example/slow", { signal: AbortSignal.timeout(5) }); return "done"; }));
  await P("relative", () => E(() => fetch("/rel")));
  await P("ftp", () => E(() => fetch("ftp://ext.example/")));
  await P("data", () => E(() => fetch("data:text/plain,hi").then(R)));
  await P("blobUrl", () => E(() => fetch("blob:http://x/abc")));
  await P("noArgs", () => E(() => fetch()));
  await P("badUrl", () => E(() => fetch("http://")));
  await P("getBody", () => E(() => fetch("https://ext.example/p", { body: "x" })));
  await P("modeNoCors", () => E(() => fetch("https://ext.example/p", { mode: "no-cors" }).then(R)));
  await P("cacheNoStoreHeaders", () => E(() => fetch("https://ext.example/p", { cache: "no-store", headers: { pragma: "x", "cache-control": "max-age=1" }, cf: { a: 1 } }).then(R)));
  await P("cacheNoStoreReq", () => E(() => fetch(new Request("https://ext.example/p", { cache: "no-store" })).then(R)));
  await P("cacheNoStorePost", () => E(() => fetch("https://ext.example/p", { method: "POST", body: "x", cache: "no-store" }).then(R)));
  await P("cacheNoStore", () => E(() => fetch("https://ext.example/p", { cache: "no-store" }).then(R)));
  await P("cacheNoCache", () => E(() => fetch("https://ext.example/p", { cache: "no-cache" }).then(R)));
  await P("cacheReload", () => E(() => fetch("https://ext.example/p", { cache: "reload" }).then(R)));
  await P("credentials", () => E(() => fetch("https://ext.example/p", { credentials: "include" }).then(R)));
  await P("userinfo", () => E(() => fetch("https://u:p@ext.example/p").then(R)));
  await P("hostHeader", () => E(() => fetch("https://ext.example/p", { headers: { host: "other.example" } }).then(R)));
  await P("bodyUsedTwice", () => E(async () => { const r = new Request("https://ext.example/p", { method: "POST", body: "x" }); await fetch(r); return [r.bodyUsed, await fetch(r).then(R)]; }));
  await P("fetchThis", () => E(() => { const f = fetch; return f.call({}, "https://ext.example/p").then((r) => r.status); }));
};
// probes that also receive the handler's ctx
const ctxWorker = (fn, extra = {}) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), 1000))]); };
    await probes(P, out, req, env, ctx);
    return Response.json(out);
  }
};`,
  ...extra,
});
const c3 = (name, description, fn) => ({ name, area: "web-api", description, options: ctxWorker(fn), steps: [get("/")] });

export default [
c("webapi7-request-init-edges", "Request constructor: methods, init members, cache/mode/credentials, signal, duplex, cf, redirect, integrity", async (P) => {
  const R = (u, i) => { const r = new Request(u, i); return [r.method, r.url, r.redirect, r.cache, r.mode ?? "nomode", r.credentials ?? "nocred", r.integrity, r.keepalive ?? "nokeep", r.destination ?? "nodest", r.referrer ?? "noref", r.referrerPolicy ?? "norp", typeof r.signal, r.bodyUsed, r.body === null]; };
  for (const m of ["get", "post", "put", "delete", "head", "options", "patch", "Patch", "connect", "CONNECT", "trace", "TRACE", "track", "PROPFIND", "propfind", "custom", "g e t", "", "Ü"]) {
    await P("m_" + m, () => new Request("http://x/", { method: m }).method);
  }
  await P("base", () => R("http://x/a?b#c"));
  await P("relative", () => R("/a"));
  await P("cacheNoStore", () => R("http://x/", { cache: "no-store" }));
  await P("cacheNoCache", () => R("http://x/", { cache: "no-cache" }));
  await P("cacheDefault", () => R("http://x/", { cache: "default" }));
  await P("cacheReload", () => R("http://x/", { cache: "reload" }));
  await P("cacheBad", () => R("http://x/", { cache: "bogus" }));
  await P("modeCors", () => R("http://x/", { mode: "cors" }));
  await P("credsInclude", () => R("http://x/", { credentials: "include" }));
  await P("redirectManual", () => R("http://x/", { redirect: "manual" }));
  await P("redirectError", () => R("http://x/", { redirect: "error" }));
  await P("redirectBad", () => R("http://x/", { redirect: "nope" }));
  await P("integrity", () => R("http://x/", { integrity: "sha256-abc" }));
  await P("getBody", () => R("http://x/", { body: "a" }));
  await P("headBody", () => R("http://x/", { method: "HEAD", body: "a" }));
  await P("getBodyNull", () => R("http://x/", { body: null }));
  await P("getBodyEmpty", () => R("http://x/", { body: "" }));
  await P("duplexHalf", () => R("http://x/", { method: "POST", body: "a", duplex: "half" }));
  await P("duplexBad", () => R("http://x/", { method: "POST", body: "a", duplex: "full" }));
  await P("cfObj", () => new Request("http://x/", { cf: { a: 1 } }).cf);
  await P("cfNone", () => new Request("http://x/").cf ?? "undef");
  await P("cfCopied", () => { const a = new Request("http://x/", { cf: { a: 1 } }); const b = new Request(a); return [b.cf, b.cf === a.cf]; });
  await P("userinfo", () => R("http://u:p@x/"));
  await P("badUrl", () => R("nope"));
  await P("ftp", () => R("ftp://x/"));
  await P("dataUrl", () => R("data:,hi"));
  await P("windowNull", () => R("http://x/", { window: null }));
  await P("windowVal", () => R("http://x/", { window: 1 }));
  await P("referrerSet", () => R("http://x/", { referrer: "http://y/" }));
  await P("signalNull", () => new Request("http://x/", { signal: null }).signal.aborted);
  await P("signalBad", () => new Request("http://x/", { signal: {} }).signal.aborted);
  await P("signalAborted", () => { const ac = new AbortController(); ac.abort("r"); const r = new Request("http://x/", { signal: ac.signal }); return [r.signal.aborted, r.signal.reason, r.signal === ac.signal]; });
  await P("cloneSignal", () => { const ac = new AbortController(); const r = new Request("http://x/", { signal: ac.signal }); const c = r.clone(); ac.abort(); return [c.signal.aborted, r.signal.aborted]; });
  await P("headersInit", () => [...new Request("http://x/", { headers: [["a", "1"], ["A", "2"]] }).headers]);
  await P("headersBadPair", () => new Request("http://x/", { headers: [["a"]] }));
  await P("reqFromReqOverride", () => { const a = new Request("http://x/", { method: "POST", body: "abc", headers: { a: "1" } }); const b = new Request(a, { method: "PUT" }); return [b.method, b.headers.get("a"), a.bodyUsed, b.bodyUsed]; });
  await P("reqFromUsed", async () => { const a = new Request("http://x/", { method: "POST", body: "abc" }); await a.text(); return new Request(a).method; });
  await P("reqFromReqToGet", () => { const a = new Request("http://x/", { method: "POST", body: "abc" }); return new Request(a, { method: "GET" }).method; });
  await P("ctSet", () => [new Request("http://x/", { method: "POST", body: "a" }).headers.get("content-type"), new Request("http://x/", { method: "POST", body: new URLSearchParams("a=1") }).headers.get("content-type"), new Request("http://x/", { method: "POST", body: new Blob(["x"], { type: "text/x" }) }).headers.get("content-type"), new Request("http://x/", { method: "POST", body: new Uint8Array(2) }).headers.get("content-type")]);
  await P("toStr", () => [String(new Request("http://x/")), Object.prototype.toString.call(new Request("http://x/"))]);
  await P("fetcher", () => new Request("http://x/").fetcher ?? "nullish");
  await P("keys", () => { const o = []; for (const k in new Request("http://x/")) o.push(k); return o.sort(); });
}),
c("webapi7-response-init-edges", "Response constructor: statuses, statusText, null-body statuses, Response.error/json/redirect details, webSocket, encodeBody", async (P) => {
  const S = (b, i) => { const r = new Response(b, i); return [r.status, r.statusText, r.ok, r.type, r.redirected, r.url, r.body === null, [...r.headers]]; };
  for (const s of [100, 101, 103, 199, 200, 204, 205, 299, 304, 399, 418, 499, 599, 600, 999, 0, 1000, -1, 200.5, "201", null]) {
    await P("s_" + s, () => S(null, { status: s }));
  }
  await P("body204", () => S("x", { status: 204 }));
  await P("body205", () => S("x", { status: 205 }));
  await P("body304", () => S("x", { status: 304 }));
  await P("body101", () => S("x", { status: 101 }));
  await P("empty204", () => S("", { status: 204 }));
  await P("stText", () => S(null, { statusText: "Hi there" }));
  await P("stTextBad", () => S(null, { statusText: "a\nb" }));
  await P("stTextLatin", () => S(null, { statusText: "é" }));
  await P("stTextUni", () => S(null, { statusText: "€" }));
  await P("stTextDefault", () => [new Response(null, { status: 404 }).statusText, new Response(null, { status: 201 }).statusText]);
  await P("error", () => { const r = Response.error(); return [r.status, r.type, r.ok, r.statusText, r.body === null, [...r.headers]]; });
  await P("errorHeadersImm", () => { try { Response.error().headers.set("a", "b"); return "ok"; } catch (e) { return e.name + ": " + e.message; } });
  await P("json", async () => { const r = Response.json({ a: 1 }, { status: 201, headers: { "content-type": "text/x" } }); return [r.status, r.headers.get("content-type"), await r.text()]; });
  await P("jsonUndef", () => { try { Response.json(undefined); return "ok"; } catch (e) { return e.name + ": " + e.message; } });
  await P("jsonBigint", () => { try { Response.json(1n); return "ok"; } catch (e) { return e.name + ": " + e.message; } });
  await P("jsonCircular", () => { try { const a = {}; a.a = a; Response.json(a); return "ok"; } catch (e) { return e.name; } });
  await P("json204", () => { try { return S(null, { status: 204 }) && Response.json({}, { status: 204 }).status; } catch (e) { return e.name + ": " + e.message; } });
  await P("redirect", () => { const r = Response.redirect("http://y/a b", 301); return [r.status, r.headers.get("location"), r.statusText]; });
  await P("redirectRel", () => { try { return Response.redirect("/x").headers.get("location"); } catch (e) { return e.name + ": " + e.message; } });
  await P("redirectBadStatus", () => { try { return Response.redirect("http://y/", 200).status; } catch (e) { return e.name + ": " + e.message; } });
  await P("redirectStatuses", () => [301, 302, 303, 307, 308].map((s) => Response.redirect("http://y/", s).status));
  await P("wsNull", () => new Response(null, { webSocket: null }).webSocket);
  await P("encodeBody", () => { try { const r = new Response("x", { encodeBody: "manual" }); return [r.status, r.encodeBody ?? "undef"]; } catch (e) { return e.name + ": " + e.message; } });
  await P("encodeBodyBad", () => { try { return new Response("x", { encodeBody: "bogus" }).status; } catch (e) { return e.name + ": " + e.message; } });
  await P("cfResp", () => { const r = new Response("x", { cf: { a: 1 } }); return r.cf ?? "undef"; });
  await P("headersNull", () => { try { return [...new Response("x", { headers: null }).headers]; } catch (e) { return e.name + ": " + e.message; } });
  await P("initNull", () => { try { return new Response("x", null).status; } catch (e) { return e.name + ": " + e.message; } });
  await P("initNum", () => { try { return new Response("x", 5).status; } catch (e) { return e.name + ": " + e.message; } });
  await P("bodyTypes", async () => {
    const o = {};
    for (const [k, b] of Object.entries({ num: 5, obj: { a: 1 }, arr: [1, 2], bool: true, sym: undefined, dv: new DataView(new ArrayBuffer(2)), ab: new ArrayBuffer(3), f32: new Float32Array(1) })) {
      try { const r = new Response(b); o[k] = [r.headers.get("content-type"), (await r.arrayBuffer()).byteLength]; } catch (e) { o[k] = e.name + ": " + e.message; }
    }
    return o;
  });
  await P("cloneStatus", () => { const r = new Response("x", { status: 299, statusText: "ok" }); const c = r.clone(); return [c.status, c.statusText]; });
  await P("respKeys", () => { const o = []; for (const k in new Response("")) o.push(k); return o.sort(); });
  await P("respFromResp", async () => { try { const a = new Response("x"); const b = new Response(a); return [b.status, await b.text()]; } catch (e) { return e.name + ": " + e.message; } });
}),
c("webapi7-headers-edges", "Headers: invalid names/values, whitespace trimming, set-cookie, combining, iteration order, guards", async (P) => {
  const E = (f) => { try { return f(); } catch (e) { return e.name + ": " + e.message; } };
  await P("badName", () => E(() => new Headers({ "a b": "1" })));
  await P("badNameEmpty", () => E(() => new Headers({ "": "1" })));
  await P("badNameUni", () => E(() => new Headers().append("é", "1")));
  await P("badValueNL", () => E(() => new Headers().append("a", "x\ny")));
  await P("badValueCR", () => E(() => new Headers().append("a", "x\ry")));
  await P("badValueNul", () => E(() => new Headers().append("a", "x\0y")));
  await P("valueUni", () => E(() => { const h = new Headers(); h.append("a", "€"); return h.get("a"); }));
  await P("valueLatin1", () => E(() => { const h = new Headers(); h.append("a", "é"); return h.get("a"); }));
  await P("trim", () => { const h = new Headers(); h.append("a", " \t x y \t "); return JSON.stringify(h.get("a")); });
  await P("trimNL", () => E(() => { const h = new Headers(); h.append("a", "\nx\n"); return JSON.stringify(h.get("a")); }));
  await P("combine", () => { const h = new Headers(); h.append("a", "1"); h.append("A", "2"); h.append("a", ""); return [h.get("a"), [...h]]; });
  await P("setCookie", () => { const h = new Headers(); h.append("Set-Cookie", "a=1"); h.append("set-cookie", "b=2, c=3"); return [h.get("set-cookie"), h.getSetCookie(), [...h]]; });
  await P("getAll", () => E(() => { const h = new Headers(); h.append("set-cookie", "a"); h.append("set-cookie", "b"); return h.getAll("set-cookie"); }));
  await P("getAllOther", () => E(() => { const h = new Headers(); h.append("x", "a"); return h.getAll("x"); }));
  await P("order", () => [...new Headers({ b: "1", a: "2", C: "3", "set-cookie": "z", "set-Cookie": "y", aa: "4" })]);
  await P("keysValues", () => { const h = new Headers({ b: "1", a: "2" }); return [[...h.keys()], [...h.values()], [...h.entries()]]; });
  await P("forEach", () => { const o = []; new Headers({ b: "1", a: "2" }).forEach(function (v, k, obj) { o.push([v, k, obj instanceof Headers, this]); }, "T"); return o; });
  await P("iterMut", () => { const h = new Headers({ a: "1", b: "2", c: "3" }); const o = []; for (const [k] of h) { o.push(k); if (k === "a") h.delete("b"); } return o; });
  await P("hasDelete", () => { const h = new Headers({ a: "1" }); h.delete("A"); return [h.has("a"), h.get("nope")]; });
  await P("fromHeaders", () => { const a = new Headers({ a: "1" }); const b = new Headers(a); a.set("a", "2"); return b.get("a"); });
  await P("fromMap", () => E(() => [...new Headers(new Map([["a", "1"]]))]));
  await P("fromBad", () => E(() => new Headers(5)));
  await P("fromStr", () => E(() => new Headers("ab")));
  await P("fromNested", () => E(() => new Headers([["a", "1", "2"]])));
  await P("objValueCoerce", () => [...new Headers({ a: 1, b: null, c: undefined, d: { toString() { return "x"; } } })]);
  await P("reqImmutable", () => E(() => { Response.redirect("http://x/").headers.set("a", "1"); return "ok"; }));
  await P("reqGuard", () => E(() => { const r = new Request("http://x/"); r.headers.set("a", "1"); return r.headers.get("a"); }));
  await P("forbiddenHeaders", () => { const h = new Headers(); for (const n of ["host", "content-length", "cookie", "connection", "transfer-encoding", "keep-alive", "origin", "referer"]) h.set(n, "v"); return [...h]; });
  await P("reqForbidden", () => { const r = new Request("http://x/", { headers: { host: "y", "content-length": "5", connection: "close" } }); return [...r.headers]; });
  await P("toStringTag", () => [Object.prototype.toString.call(new Headers()), String(new Headers())]);
  await P("size", () => new Headers({ a: "1" }).size ?? "undef");
  await P("noArgs", () => E(() => new Headers().get()));
  await P("ctor", () => E(() => Headers()));
  await P("iterProto", () => { const it = new Headers({ a: "1" })[Symbol.iterator](); return [Object.prototype.toString.call(it), typeof it.next, Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))]; });
}),
c("webapi7-url-edges", "URL: parsing edge cases, setters, IPv4/6, IDNA, special schemes, searchParams sync, static methods", async (P) => {
  const U = (u, b) => { try { const x = b === undefined ? new URL(u) : new URL(u, b); return [x.href, x.origin, x.protocol, x.username, x.password, x.host, x.hostname, x.port, x.pathname, x.search, x.hash]; } catch (e) { return e.name + ": " + e.message; } };
  const cases = { ip4: "http://0x7f.1/", ip4b: "http://127.0.0.1.:80/", ip4Big: "http://4294967296/", ip6: "http://[::ffff:1.2.3.4]/", ip6b: "http://[1:0:0:0:0:0:0:1]:8080/", ip6bad: "http://[::1/", idn: "http://Bücher.example/ä?ö#ü", punyBad: "http://xn--a.com/", dots: "http://x/a/./b/../../c/%2e%2E/d", backslash: "http:\\\\x\\y", tabs: "ht\ttp://x\n/a", spaces: "  http://x/ a  ", file: "file:///C:/a/../b", fileHost: "file://host/p", blob: "blob:http://x/uuid", mailto: "mailto:a@b", js: "javascript:alert(1)", wsPort: "ws://x:80/", wssPort: "wss://x:443/", ftpPort: "ftp://x:21/", portMax: "http://x:65535/", portOver: "http://x:65536/", emptyHost: "http:///x", opaque: "sc:x y", pct: "http://x/%zz?%zz#%zz", q: "http://x/?a=b c&d=é", hashSpace: "http://x/#a b`", at: "http://a@b@c/", colonUser: "http://:@x/", forbiddenHost: "http://a<b/", cred: "http://us er:pa ss@x/", upper: "HTTP://X.COM:80/A", nonSpecialPath: "foo://h/a/../b", nonSpecialEmpty: "foo:", percHost: "http://%41.com/", nullByte: "http://x/\0", unicodeHostCase: "http://ÉXAMPLE.com/" };
  for (const [k, v] of Object.entries(cases)) await P(k, () => U(v));
  await P("relBase", () => [U("../a", "http://x/b/c/d"), U("?q", "http://x/p?o#h"), U("#h", "http://x/p?o"), U("//y/z", "https://x/"), U("", "http://x/p#h"), U("a", "sc:opaque")]);
  await P("setters", () => {
    const u = new URL("http://x/"); const log = [];
    u.protocol = "https"; log.push(u.href); u.protocol = "foo"; log.push(u.href); u.port = "443"; log.push(u.href); u.port = "8x"; log.push(u.href); u.port = ""; log.push(u.href);
    u.host = "y:81"; log.push(u.href); u.hostname = "z:82"; log.push(u.href); u.username = "a b"; log.push(u.href); u.password = "p@"; log.push(u.href);
    u.pathname = "a b/c?"; log.push(u.href); u.search = "?x y"; log.push(u.href); u.hash = "h h"; log.push(u.href); u.search = ""; u.hash = ""; log.push(u.href);
    u.href = "http://q/"; log.push(u.href);
    try { u.href = "bad"; } catch (e) { log.push(e.name + ": " + e.message); }
    return log;
  });
  await P("spSync", () => { const u = new URL("http://x/?a=1"); u.searchParams.append("b", "2 3"); const s1 = u.search; u.search = "c=4"; return [s1, [...u.searchParams], u.searchParams === u.searchParams]; });
  await P("spEmptyDelete", () => { const u = new URL("http://x/?a=1#h"); u.searchParams.delete("a"); return u.href; });
  await P("canParse", () => [URL.canParse("http://x"), URL.canParse("x"), URL.canParse("x", "http://y/"), URL.canParse()]);
  await P("parse", () => [URL.parse("http://x/a")?.href, URL.parse("bad"), URL.parse("a", "http://y/")?.href]);
  await P("objectUrl", () => { try { return typeof URL.createObjectURL; } catch (e) { return e.name; } });
  await P("toJSON", () => [new URL("http://x/a").toJSON(), JSON.stringify({ u: new URL("http://x/") })]);
  await P("noArgs", () => { try { new URL(); return "ok"; } catch (e) { return e.name + ": " + e.message; } });
  await P("badBase", () => { try { new URL("a", "nope"); return "ok"; } catch (e) { return e.name + ": " + e.message; } });
  await P("keys", () => { const o = []; for (const k in new URL("http://x/")) o.push(k); return o; });
  await P("inspect", () => [String(new URL("http://x/")), Object.prototype.toString.call(new URL("http://x/"))]);
}),
c("webapi7-usp-blob-file-edges", "URLSearchParams, Blob, File, FormData edge cases", async (P) => {
  const E = async (f) => { try { return await f(); } catch (e) { return e.name + ": " + e.message; } };
  await P("uspInit", () => [new URLSearchParams("?a=1&b=2&&c&=d&e=").toString(), new URLSearchParams({ a: 1, b: [1, 2] }).toString(), new URLSearchParams([["a", "b"]]).toString()]);
  await P("uspBadPair", () => E(() => new URLSearchParams([["a"]])));
  await P("uspEnc", () => new URLSearchParams({ k: "a b+c&d=e/é~*'()!" }).toString());
  await P("uspPlus", () => new URLSearchParams("a=b+c%20d%2B").get("a"));
  await P("uspSort", () => { const p = new URLSearchParams("z=1&a=2&b=3&a=1&é=1&e=2"); p.sort(); return p.toString(); });
  await P("uspHasVal", () => { const p = new URLSearchParams("a=1&a=2"); return [p.has("a", "2"), p.has("a", "3"), p.size]; });
  await P("uspDelVal", () => { const p = new URLSearchParams("a=1&a=2&b=1"); p.delete("a", "1"); return p.toString(); });
  await P("uspSet", () => { const p = new URLSearchParams("a=1&b=2&a=3"); p.set("a", "x"); return p.toString(); });
  await P("uspForEach", () => { const o = []; new URLSearchParams("a=1&b=2").forEach((v, k) => o.push(k + v)); return o; });
  await P("uspFromUsp", () => { const a = new URLSearchParams("a=1"); const b = new URLSearchParams(a); a.set("a", "2"); return b.toString(); });
  await P("blobParts", async () => { const b = new Blob(["a", new Uint8Array([98]), new Blob(["c"]), new ArrayBuffer(1), 5, { toString() { return "o"; } }]); return [b.size, JSON.stringify(await b.text())]; });
  await P("blobType", () => [new Blob([], { type: "Text/HTML" }).type, new Blob([], { type: "a\u00ffb" }).type, new Blob([], { type: "a\u0019" }).type, new Blob([], { type: "é" }).type]);
  await P("blobEndings", async () => [await new Blob(["a\nb\r\n"], { endings: "native" }).text(), await new Blob(["a\nb"], { endings: "transparent" }).text()]);
  await P("blobEndingsBad", () => E(() => new Blob([], { endings: "bad" })));
  await P("blobBadParts", () => E(() => new Blob("abc")));
  await P("blobSlice", async () => { const b = new Blob(["hello world"]); return [await b.slice(-5).text(), await b.slice(2, -2).text(), await b.slice(5, 2).text(), b.slice(0, 3, "X/Y").type, b.slice().type, await b.slice(1.5, 3.9).text()]; });
  await P("blobBytes", async () => { const b = new Blob(["ab"]); return typeof b.bytes === "function" ? [...(await b.bytes())] : "nobytes"; });
  await P("blobStream", async () => { const r = new Blob(["ab"]).stream().getReader(); const x = await r.read(); return [x.value.constructor.name, x.done]; });
  await P("file", () => { const f = new File(["ab"], "n/a.txt", { type: "T/X", lastModified: 5 }); return [f.name, f.size, f.type, f.lastModified, f instanceof Blob, Object.prototype.toString.call(f)]; });
  await P("fileNoName", () => E(() => new File(["ab"])));
  await P("fileLM", () => { const f = new File([], "a"); return typeof f.lastModified + (f.lastModified > 0 ? "pos" : "nonpos"); });
  await P("fileLMDate", () => E(() => new File([], "a", { lastModified: new Date(10) }).lastModified));
  await P("fileLMNaN", () => E(() => new File([], "a", { lastModified: "x" }).lastModified));
  await P("fileWebkit", () => new File([], "a").webkitRelativePath ?? "undef");
  await P("fdBasics", () => { const fd = new FormData(); fd.append("a", "1"); fd.append("b", new Blob(["x"])); fd.append("c", new Blob(["x"], { type: "t/x" }), "f.txt"); fd.append("d", new File(["y"], "orig")); fd.append("e", new File(["y"], "orig"), "renamed"); return [...fd].map(([k, v]) => [k, typeof v === "string" ? v : [v.constructor.name, v.name, v.type, v.size]]); });
  await P("fdSet", () => { const fd = new FormData(); fd.append("a", "1"); fd.append("b", "2"); fd.append("a", "3"); fd.set("a", "x"); return [...fd]; });
  await P("fdFilenameStr", () => E(() => { const fd = new FormData(); fd.append("a", "1", "fn"); return [...fd]; }));
  await P("fdNoArgs", () => E(() => new FormData().append("a")));
  await P("fdObj", () => E(() => { const fd = new FormData(); fd.append("a", { toString() { return "s"; } }); fd.append("b", 5); fd.append("c", null); return [...fd]; }));
  await P("fdBadCtor", () => E(() => new FormData("x")));
  await P("fdSerialize", async () => { const fd = new FormData(); fd.append("a\"b\nc", "v\r\nw"); fd.append("f", new File(["z"], "q\"u\n.txt")); const r = new Response(fd); const ct = r.headers.get("content-type"); const b = ct.split("boundary=")[1]; return [ct.startsWith("multipart/form-data; boundary="), (await r.text()).split(b).join("B")]; });
  await P("fdParseUrlenc", async () => { const fd = await new Request("http://x/", { method: "POST", body: "a=1&b=%20+&a=2", headers: { "content-type": "application/x-www-form-urlencoded;charset=utf-8" } }).formData(); return [...fd]; });
  await P("fdParseBadCt", async () => E(async () => { const fd = await new Request("http://x/", { method: "POST", body: "a=1", headers: { "content-type": "text/plain" } }).formData(); return [...fd]; }));
  await P("fdParseMultipart", async () => { const body = "--X\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--X\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--X--\r\n"; const fd = await new Response(body, { headers: { "content-type": "multipart/form-data; boundary=X" } }).formData(); return [...fd].map(([k, v]) => [k, typeof v === "string" ? v : [v.name, v.type, v.size, v.constructor.name]]); });
  await P("fdParseMultipartBad", async () => E(async () => { const fd = await new Response("garbage", { headers: { "content-type": "multipart/form-data; boundary=X" } }).formData(); return [...fd]; }));
  await P("fdParseNoBoundary", async () => E(async () => { const fd = await new Response("garbage", { headers: { "content-type": "multipart/form-data" } }).formData(); return [...fd]; }));
}),
c("webapi7-clone-misc-globals", "structuredClone of many types, crypto.randomUUID/getRandomValues limits, atob/btoa, performance, navigator, queueMicrotask, reportError", async (P) => {
  const E = async (f) => { try { return await f(); } catch (e) { return e.name + ": " + e.message; } };
  const sc = (v) => structuredClone(v);
  await P("scPrims", () => { const o = sc({ a: undefined, n: null, nan: NaN, neg0: -0, big: 10n, s: "x", b: true }); return [o.a === undefined, "a" in o, Number.isNaN(o.nan), Object.is(o.neg0, -0), typeof o.big, o.big.toString()]; });
  await P("scDate", () => { const d = sc(new Date(5)); return [d instanceof Date, d.getTime()]; });
  await P("scRegExp", () => { const r = sc(/a+b/gi); r.lastIndex; return [r instanceof RegExp, r.source, r.flags, r.lastIndex]; });
  await P("scMapSet", () => { const m = sc(new Map([[1, { a: 1 }], ["k", new Set([1, 2])]])); return [m instanceof Map, m.size, [...m.get("k")]]; });
  await P("scErrors", () => [new Error("m", { cause: 5 }), new TypeError("t"), new RangeError("r"), new SyntaxError("s"), new ReferenceError("x"), new EvalError("e"), new URIError("u"), new DOMException("d", "AbortError")].map((e) => { try { const c = sc(e); return [c.constructor.name, c.name, c.message, "cause" in c ? c.cause : "nocause", typeof c.stack, Object.keys(c)]; } catch (x) { return x.name + ": " + x.message; } }));
  await P("scErrorProps", async () => E(() => { const e = new Error("m"); e.extra = 1; e.name = "Custom"; const c = sc(e); return [c.name, c.extra ?? "noextra", c.constructor.name]; }));
  await P("scAggregate", async () => E(() => { const c = sc(new AggregateError([1], "agg")); return [c.constructor.name, c.message, c.errors ?? "noerrs"]; }));
  await P("scFunc", async () => E(() => sc(() => 1)));
  await P("scSymbol", async () => E(() => sc(Symbol("x"))));
  await P("scSymKey", async () => E(() => Object.getOwnPropertySymbols(sc({ [Symbol("a")]: 1 })).length));
  await P("scWeakMap", async () => E(() => sc(new WeakMap())));
  await P("scPromise", async () => E(() => sc(Promise.resolve())));
  await P("scCircular", () => { const a = { x: 1 }; a.self = a; a.arr = [a]; const c = sc(a); return [c.self === c, c.arr[0] === c]; });
  await P("scShared", () => { const s = { v: 1 }; const c = sc([s, s]); return c[0] === c[1]; });
  await P("scTyped", () => { const b = new ArrayBuffer(8); const c = sc({ u: new Uint8Array(b, 2, 3), d: new DataView(b), f: new Float64Array(1), b }); return [c.u.constructor.name, c.u.byteOffset, c.u.length, c.u.buffer === c.b, c.d.buffer === c.b, c.d.byteLength]; });
  await P("scBoxed", () => { const c = sc([new Number(1), new String("s"), new Boolean(false), Object(2n)]); return c.map((x) => [typeof x, Object.prototype.toString.call(x), x.valueOf().toString()]); });
  await P("scGetters", () => { let n = 0; const c = sc({ get a() { n++; return 5; } }); return [c.a, n, Object.getOwnPropertyDescriptor(c, "a").value]; });
  await P("scNonEnum", () => { const o = {}; Object.defineProperty(o, "h", { value: 1, enumerable: false }); return Object.keys(sc(o)).length; });
  await P("scProto", () => { class K { constructor() { this.a = 1; } } const c = sc(new K()); return [c.constructor.name, c.a]; });
  await P("scArrayHoles", () => { const a = [1, , 3]; a.p = "x"; const c = sc(a); return [c.length, 1 in c, c.p ?? "nop"]; });
  await P("scBlob", async () => E(async () => { const c = sc(new Blob(["ab"], { type: "t/x" })); return [c.constructor.name, c.type, await c.text()]; }));
  await P("scFile", async () => E(async () => { const c = sc(new File(["ab"], "n", { type: "t/x", lastModified: 3 })); return [c.constructor.name, c.name, c.lastModified]; }));
  await P("scRequest", async () => E(() => sc(new Request("http://x/"))));
  await P("scHeaders", async () => E(() => sc(new Headers())));
  await P("scURL", async () => E(() => sc(new URL("http://x/"))));
  await P("scStream", async () => E(() => sc(new ReadableStream())));
  await P("scCryptoKey", async () => E(async () => { const k = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign"]); const c = sc(k); return [c.constructor.name, c.algorithm.name, c.type]; }));
  await P("scNoArg", async () => E(() => sc()));
  await P("scTransferBad", async () => E(() => sc(1, { transfer: [1] })));
  await P("scTransferDup", async () => E(() => { const b = new ArrayBuffer(1); sc(b, { transfer: [b, b] }); }));
  await P("scTransferDetach", async () => E(() => { const b = new ArrayBuffer(4); const c = sc({ b }, { transfer: [b] }); return [b.byteLength, c.b.byteLength]; }));
  await P("uuid", () => { const u = crypto.randomUUID(); return [u.length, u[14], "89ab".includes(u[19]), u === u.toLowerCase()]; });
  await P("grvMax", () => E(() => crypto.getRandomValues(new Uint8Array(65536)).length));
  await P("grvOver", () => E(() => crypto.getRandomValues(new Uint8Array(65537)).length));
  await P("grvFloat", () => E(() => crypto.getRandomValues(new Float32Array(1))));
  await P("grvBig", () => E(() => crypto.getRandomValues(new BigInt64Array(1)).constructor.name));
  await P("grvDV", () => E(() => crypto.getRandomValues(new DataView(new ArrayBuffer(1)))));
  await P("grvU8C", () => E(() => crypto.getRandomValues(new Uint8ClampedArray(2)).constructor.name));
  await P("grvNone", () => E(() => crypto.getRandomValues()));
  await P("grvThis", () => E(() => { const g = crypto.getRandomValues; return g(new Uint8Array(1)).length; }));
  await P("atobWs", () => E(() => [atob(" YW Jj \n"), atob("YQ"), atob("YQ="), atob("")]));
  await P("atobBad", () => E(() => atob("Y")));
  await P("atobBad2", () => E(() => atob("YQ===")));
  await P("atobBad3", () => E(() => atob("Y*Q=")));
  await P("atobNull", () => E(() => atob(null)));
  await P("atobUndef", () => E(() => atob(undefined)));
  await P("atobNone", () => E(() => atob()));
  await P("btoaUni", () => E(() => btoa("€")));
  await P("btoaLatin", () => E(() => btoa("\xff\xfe")));
  await P("btoaNull", () => E(() => btoa(null)));
  await P("perf", () => [typeof performance.now(), typeof performance.timeOrigin, performance.timeOrigin, Object.prototype.toString.call(performance), typeof performance.mark, typeof performance.measure, typeof performance.getEntries, typeof performance.toJSON]);
  await P("perfJSON", () => E(() => performance.toJSON()));
  await P("perfMark", () => E(() => { const m = performance.mark("x"); return [m.name, m.entryType, typeof m.startTime]; }));
  await P("perfMeasure", () => E(() => { performance.mark("a"); const m = performance.measure("m", "a"); return [m.name, m.entryType, m.duration]; }));
  await P("perfEntries", () => E(() => performance.getEntriesByName("a").length));
  await P("navigator", () => [navigator.userAgent, navigator.hardwareConcurrency, navigator.language ?? "undef", navigator.languages ?? "undef", Object.prototype.toString.call(navigator), typeof navigator.sendBeacon, navigator.onLine ?? "undef", navigator.platform ?? "undef", typeof navigator.gpu]);
  await P("navKeys", () => { const o = []; for (const k in navigator) o.push(k); return o; });
  await P("qmBad", () => E(() => queueMicrotask(5)));
  await P("qmNone", () => E(() => queueMicrotask()));
  await P("setTimeoutStr", () => E(() => setTimeout("1")));
  await P("setTimeoutRet", () => { const id = setTimeout(() => {}, 10); clearTimeout(id); return [typeof id, Object.prototype.toString.call(id), typeof id?.[Symbol.toPrimitive], Number(id) > 0]; });
  await P("setIntervalRet", () => { const id = setInterval(() => {}, 10); clearInterval(id); return typeof id; });
  await P("clearBad", () => E(() => { clearTimeout("x"); clearTimeout({}); clearTimeout(); clearInterval(null); return "ok"; }));
  await P("timerArgs", async () => new Promise((r) => setTimeout((a, b) => r([a, b]), 0, 1, "two")));
  await P("setTimeoutBigDelay", async () => E(() => { const id = setTimeout(() => {}, 2 ** 31); clearTimeout(id); return "ok"; }));
  await P("schedulerWait", async () => E(async () => [await scheduler.wait(1), typeof scheduler.wait]));
  await P("schedulerWaitSignal", async () => E(async () => { const ac = new AbortController(); const p = scheduler.wait(50, { signal: ac.signal }); ac.abort(); await p; return "resolved"; }));
  await P("schedulerWaitAborted", async () => E(async () => { await scheduler.wait(1, { signal: AbortSignal.abort("why") }); return "resolved"; }));
  await P("schedulerWaitBad", async () => E(async () => { await scheduler.wait("x"); return "resolved"; }));
  await P("schedulerProto", () => [Object.prototype.toString.call(scheduler), typeof scheduler.postTask, typeof scheduler.yield]);
  await P("globalNames", () => ["WebSocketPair", "HTMLRewriter", "caches", "crypto", "Crypto", "CryptoKey", "SubtleCrypto", "DigestStream", "FixedLengthStream", "IdentityTransformStream", "CompressionStream", "TextEncoderStream", "TextDecoderStream", "MessageChannel", "MessagePort", "BroadcastChannel", "Worker", "EventSource", "WebSocket", "XMLHttpRequest", "Navigator", "Performance", "PerformanceMark", "PerformanceEntry", "Scheduler", "CountQueuingStrategy", "ByteLengthQueuingStrategy", "ReadableStreamBYOBReader", "WritableStreamDefaultController", "TransformStreamDefaultController", "ReadableByteStreamController", "ReadableStreamBYOBRequest", "CustomEvent", "ErrorEvent", "PromiseRejectionEvent", "MessageEvent", "CloseEvent", "ExtendableEvent", "FetchEvent", "ScheduledEvent", "QueueEvent", "TailEvent", "Cache", "CacheStorage", "FormData", "Blob", "File", "URLPattern", "Iterator", "WeakRef", "FinalizationRegistry", "SharedArrayBuffer", "Atomics", "WebAssembly", "gc", "process", "Buffer", "global", "require", "module", "exports", "__dirname", "setImmediate", "clearImmediate", "structuredClone", "reportError", "connect", "fetch", "self", "origin", "isSecureContext", "crossOriginIsolated", "localStorage", "sessionStorage", "indexedDB", "importScripts", "close", "postMessage", "onmessage", "name", "location", "document", "window", "console", "Intl", "Temporal", "escape", "unescape", "ShadowRealm", "Float16Array", "Error", "SuppressedError", "DisposableStack", "AsyncDisposableStack"].map((n) => n + ":" + typeof globalThis[n]));
  await P("selfOrigin", () => [self === globalThis, typeof origin, String(origin ?? "undef"), String(isSecureContext)]);
}),
c("webapi7-events-abort-more", "EventTarget/Event details, AbortSignal.any/timeout/abort reasons, throwIfAborted, MessageChannel", async (P) => {
  const E = async (f) => { try { return await f(); } catch (e) { return e.name + ": " + e.message; } };
  await P("eventInit", () => { const e = new Event("x", { bubbles: true, cancelable: true, composed: true }); return [e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.eventPhase, e.isTrusted, typeof e.timeStamp, e.target, e.currentTarget, e.returnValue, e.cancelBubble, e.srcElement ?? "undef"]; });
  await P("eventNoType", () => E(() => new Event()));
  await P("preventDefault", () => { const t = new EventTarget(); const e = new Event("x", { cancelable: true }); t.addEventListener("x", (ev) => ev.preventDefault()); return [t.dispatchEvent(e), e.defaultPrevented]; });
  await P("preventNonCancelable", () => { const t = new EventTarget(); const e = new Event("x"); t.addEventListener("x", (ev) => ev.preventDefault()); return [t.dispatchEvent(e), e.defaultPrevented]; });
  await P("redispatch", () => E(() => { const t = new EventTarget(); const e = new Event("x"); t.addEventListener("x", () => { t.dispatchEvent(e); }); t.dispatchEvent(e); return "ok"; }));
  await P("dispatchTwice", () => E(() => { const t = new EventTarget(); const e = new Event("x"); t.dispatchEvent(e); return t.dispatchEvent(e); }));
  await P("dispatchNonEvent", () => E(() => new EventTarget().dispatchEvent({ type: "x" })));
  await P("stopImmediate", () => { const t = new EventTarget(); const log = []; t.addEventListener("x", (e) => { log.push(1); e.stopImmediatePropagation(); }); t.addEventListener("x", () => log.push(2)); t.dispatchEvent(new Event("x")); return log; });
  await P("listenerThrows", () => E(() => { const t = new EventTarget(); const log = []; t.addEventListener("x", () => { throw new Error("boom"); }); t.addEventListener("x", () => log.push(2)); const r = t.dispatchEvent(new Event("x")); return [r, log]; }));
  await P("dupListener", () => { const t = new EventTarget(); let n = 0; const f = () => n++; t.addEventListener("x", f); t.addEventListener("x", f); t.addEventListener("x", f, { capture: true }); t.dispatchEvent(new Event("x")); return n; });
  await P("removeCapture", () => { const t = new EventTarget(); let n = 0; const f = () => n++; t.addEventListener("x", f, true); t.removeEventListener("x", f); t.dispatchEvent(new Event("x")); t.removeEventListener("x", f, { capture: true }); t.dispatchEvent(new Event("x")); return n; });
  await P("nullListener", () => E(() => { const t = new EventTarget(); t.addEventListener("x", null); t.removeEventListener("x", null); return "ok"; }));
  await P("badListener", () => E(() => { new EventTarget().addEventListener("x", 5); return "ok"; }));
  await P("composedPath", () => { const t = new EventTarget(); let p; t.addEventListener("x", (e) => { p = e.composedPath().length; }); t.dispatchEvent(new Event("x")); return [p, new Event("y").composedPath().length]; });
  await P("customEvent", () => { const e = new CustomEvent("c", { detail: { a: 1 } }); return [e.detail, new CustomEvent("d").detail, e instanceof Event]; });
  await P("subclassTarget", () => { class T extends EventTarget { constructor() { super(); this.n = 0; } } const t = new T(); t.addEventListener("x", function () { this.n++; }); t.dispatchEvent(new Event("x")); return t.n; });
  await P("handleEventObj", () => { const t = new EventTarget(); const o = { n: 0, handleEvent(e) { this.n++; } }; t.addEventListener("x", o); t.dispatchEvent(new Event("x")); return o.n; });
  await P("initEvent", () => E(() => { const e = new Event("a"); e.initEvent("b", true, true); return [e.type, e.bubbles, e.cancelable]; }));
  await P("abortReason", () => { const ac = new AbortController(); ac.abort(); const r = ac.signal.reason; return [r.name, r.message, r instanceof DOMException, r.code]; });
  await P("abortTwice", () => { const ac = new AbortController(); let n = 0; ac.signal.onabort = () => n++; ac.signal.addEventListener("abort", () => n++); ac.abort(1); ac.abort(2); return [n, ac.signal.reason]; });
  await P("abortUndefReason", () => { const ac = new AbortController(); ac.abort(undefined); return ac.signal.reason.name; });
  await P("abortNullReason", () => { const ac = new AbortController(); ac.abort(null); return ac.signal.reason; });
  await P("throwIfAborted", () => E(() => { AbortSignal.abort(new TypeError("tt")).throwIfAborted(); }));
  await P("throwIfAbortedStr", () => { try { AbortSignal.abort("str").throwIfAborted(); } catch (e) { return [typeof e, e]; } });
  await P("timeout", async () => { const s = AbortSignal.timeout(5); await new Promise((r) => s.onabort = r); return [s.aborted, s.reason.name, s.reason.message, s.reason.code]; });
  await P("timeoutBad", () => E(() => AbortSignal.timeout(-1)));
  await P("timeoutNaN", () => E(() => AbortSignal.timeout("x")));
  await P("timeoutNone", () => E(() => AbortSignal.timeout()));
  await P("any", async () => { const a = new AbortController(); const b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]); b.abort("B"); a.abort("A"); return [s.aborted, s.reason]; });
  await P("anyAborted", () => { const s = AbortSignal.any([new AbortController().signal, AbortSignal.abort("x")]); return [s.aborted, s.reason]; });
  await P("anyEmpty", () => AbortSignal.any([]).aborted);
  await P("anyBad", () => E(() => AbortSignal.any([1])));
  await P("anyNotIter", () => E(() => AbortSignal.any(5)));
  await P("anyTimeout", async () => { const s = AbortSignal.any([AbortSignal.timeout(5)]); await new Promise((r) => s.addEventListener("abort", r)); return s.reason.name; });
  await P("signalCtor", () => E(() => new AbortSignal()));
  await P("onabortEvent", () => { const ac = new AbortController(); let ev; ac.signal.onabort = (e) => { ev = [e.type, e.constructor.name, e.target === ac.signal, e.isTrusted]; }; ac.abort(); return ev; });
  await P("mcBasics", async () => { const mc = new MessageChannel(); const p = new Promise((r) => { mc.port2.onmessage = (e) => r([e.data, e.constructor.name, e.ports?.length, e.origin ?? "undef", e.target === mc.port2]); }); mc.port1.postMessage({ a: [1] }); return p; });
  await P("mcClone", async () => { const mc = new MessageChannel(); const o = { a: 1 }; const p = new Promise((r) => { mc.port2.onmessage = (e) => r([e.data === o, e.data.a]); }); mc.port1.postMessage(o); o.a = 2; return p; });
  await P("mcUncloneable", async () => E(() => { const mc = new MessageChannel(); mc.port1.postMessage(() => 1); return "ok"; }));
  await P("mcAddListenerNoStart", async () => { const mc = new MessageChannel(); let got = "none"; mc.port2.addEventListener("message", (e) => { got = e.data; }); mc.port1.postMessage("x"); await new Promise((r) => setTimeout(r, 20)); const before = got; mc.port2.start(); await new Promise((r) => setTimeout(r, 20)); return [before, got]; });
  await P("mcClose", async () => { const mc = new MessageChannel(); let got = "none"; mc.port2.onmessage = (e) => { got = e.data; }; mc.port1.close(); mc.port1.postMessage("x"); await new Promise((r) => setTimeout(r, 20)); return got; });
  await P("mcOrder", async () => { const mc = new MessageChannel(); const log = []; mc.port2.onmessage = (e) => log.push(e.data); mc.port1.postMessage(1); Promise.resolve().then(() => log.push("micro")); setTimeout(() => log.push("timeout"), 0); mc.port1.postMessage(2); await new Promise((r) => setTimeout(r, 20)); return log; });
  await P("mcTransfer", async () => E(() => { const mc = new MessageChannel(); const b = new ArrayBuffer(4); mc.port1.postMessage(b, [b]); return b.byteLength; }));
  await P("mcPortTransfer", async () => E(() => { const mc = new MessageChannel(); const mc2 = new MessageChannel(); mc.port1.postMessage(null, [mc2.port1]); return "ok"; }));
  await P("mcProtos", () => [Object.prototype.toString.call(new MessageChannel().port1), new MessageChannel().port1 instanceof EventTarget, typeof MessagePort]);
  await P("bc", () => E(() => { const b = new BroadcastChannel("x"); return typeof b; }));
}),
c("webapi7-enumerable-members", "for-in keys (order kept) and prototype descriptors of web classes' instances", async (P, out, req) => {
  const keys = (o) => { const k = []; for (const x in o) k.push(x); return k; };
  const desc = (C) => { const p = C.prototype; return Object.getOwnPropertyNames(p).map((n) => { const d = Object.getOwnPropertyDescriptor(p, n); return n + ":" + (d.get ? "g" : "v") + (d.set ? "s" : "") + (d.enumerable ? "E" : "") + (d.configurable ? "C" : "") + (d.writable ? "W" : ""); }); };
  const ks = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
  
  const make = {
    Request: () => new Request("http://x/"), incoming: () => req, Response: () => new Response(""), Headers: () => new Headers({ a: "1" }), URL: () => new URL("http://x/"), URLSearchParams: () => new URLSearchParams("a=1"),
    Blob: () => new Blob([]), File: () => new File([], "f"), FormData: () => new FormData(), ReadableStream: () => new ReadableStream(), WritableStream: () => new WritableStream(), TransformStream: () => new TransformStream(),
    Reader: () => new ReadableStream().getReader(), Writer: () => new WritableStream().getWriter(), TextEncoder: () => new TextEncoder(), TextDecoder: () => new TextDecoder(), Event: () => new Event("x"), CustomEvent: () => new CustomEvent("x"),
    EventTarget: () => new EventTarget(), AbortController: () => new AbortController(), AbortSignal: () => new AbortController().signal, CryptoKey: () => ks, DOMException: () => new DOMException("m"), CompressionStream: () => new CompressionStream("gzip"),
    TextEncoderStream: () => new TextEncoderStream(), CountQueuingStrategy: () => new CountQueuingStrategy({ highWaterMark: 1 }), FixedLengthStream: () => new FixedLengthStream(1), crypto: () => crypto, caches: () => caches, navigator: () => navigator, scheduler: () => scheduler, cacheDefault: () => caches.default,
  };
  for (const [k, f] of Object.entries(make)) await P("keys_" + k, () => keys(f()));
  for (const C of [Request, Response, Headers, URL, URLSearchParams, Blob, File, FormData, ReadableStream, WritableStream, TransformStream, TextEncoder, TextDecoder, EventTarget, AbortController, AbortSignal, CryptoKey, DOMException]) await P("desc_" + C.name, () => desc(C));
  await P("static_Response", () => Object.getOwnPropertyNames(Response).map((n) => n + ":" + Object.getOwnPropertyDescriptor(Response, n).enumerable));
  await P("static_URL", () => Object.getOwnPropertyNames(URL).map((n) => n + ":" + Object.getOwnPropertyDescriptor(URL, n).enumerable));
  await P("static_AbortSignal", () => Object.getOwnPropertyNames(AbortSignal).map((n) => n + ":" + Object.getOwnPropertyDescriptor(AbortSignal, n).enumerable));
  await P("jsonReq", () => JSON.stringify(new Request("http://x/")));
  await P("jsonResp", () => JSON.stringify(new Response("x")));
  await P("jsonHeaders", () => JSON.stringify(new Headers({ a: "1" })));
  await P("spreadResp", () => Object.keys({ ...new Response("x") }));
  await P("assignReq", () => Object.keys(Object.assign({}, new Request("http://x/"))));
}),
c("webapi7-clock-cf-init", "frozen clocks between I/O, new Request(req) copies cf, init dictionary type errors", async (P, out, req) => {
  const E = async (f) => { try { return await f(); } catch (e) { return e.name + ": " + e.message; } };
  await P("perfAdvances", async () => { const a = performance.now(); await new Promise((r) => setTimeout(r, 10)); const b = performance.now(); return b - a >= 10; });
  await P("perfTimeOriginConst", async () => { const a = performance.timeOrigin; await new Promise((r) => setTimeout(r, 2)); return a === performance.timeOrigin; });
  await P("perfInt", async () => Number.isInteger(performance.now()));
  await P("cfCopy", () => { const a = new Request("http://x/", { cf: { a: 1, n: { b: 2 } } }); const b = new Request(a); a.cf.a = 5; return [b.cf, b.cf === a.cf, b.cf.n === a.cf.n]; });
  await P("cfClone", () => { const a = new Request("http://x/", { cf: { a: 1 } }); const b = a.clone(); return [b.cf, b.cf === a.cf]; });
  await P("cfIncoming", () => { const b = new Request(req); return [b.cf === req.cf, typeof b.cf, b.cf?.colo === req.cf?.colo]; });
  await P("cfIncomingClone", () => { const b = req.clone(); return [b.cf === req.cf]; });
  await P("cfOverride", () => { const b = new Request(req, { cf: { x: 1 } }); return b.cf; });
  await P("cfMutable", () => { const a = new Request("http://x/", { cf: { a: 1 } }); a.cf.a = 2; return [a.cf.a, a.cf === a.cf]; });
  await P("cfBad", () => E(() => new Request("http://x/", { cf: 5 }).cf));
  await P("cfStr", () => E(() => new Request("http://x/", { cf: "s" }).cf));
  await P("respHeadersNull", () => E(() => new Response("x", { headers: null })));
  await P("respHeadersNum", () => E(() => new Response("x", { headers: 5 })));
  await P("reqHeadersNull", () => E(() => new Request("http://x/", { headers: null })));
  await P("reqHeadersStr", () => E(() => new Request("http://x/", { headers: "a" })));
  await P("reqInitNum", () => E(() => new Request("http://x/", 5)));
  await P("reqInitStr", () => E(() => new Request("http://x/", "s")));
  await P("reqInitNull", () => E(() => new Request("http://x/", null).method));
  await P("respStatusStr", () => E(() => new Response("x", { status: "abc" })));
  await P("respStatusTextNum", () => E(() => new Response("x", { statusText: 5 }).statusText));
  await P("respStatusTextNull", () => E(() => new Response("x", { statusText: null }).statusText));
  await P("reqMethodNum", () => E(() => new Request("http://x/", { method: 5 })));
  await P("reqMethodObj", () => E(() => new Request("http://x/", { method: { toString() { return "post"; } } }).method));
  await P("reqRedirectNull", () => E(() => new Request("http://x/", { redirect: null })));
  await P("reqSignalNum", () => E(() => new Request("http://x/", { signal: 5 })));
  await P("reqBodySym", () => E(() => new Request("http://x/", { method: "POST", body: Symbol("x") })));
  await P("respBodySym", () => E(() => new Response(Symbol("x"))));
  await P("headersSym", () => E(() => new Headers({ a: Symbol("x") })));
  await P("headersNameSym", () => E(() => new Headers().get(Symbol("x"))));
  await P("urlSym", () => E(() => new URL(Symbol("x"))));
  await P("reqUrlObj", () => E(() => new Request({ toString() { return "http://y/"; } }).url));
  await P("reqUrlURL", () => E(() => new Request(new URL("http://y/a")).url));
  await P("reqNoArgs", () => E(() => new Request()));
  await P("reqCallNoNew", () => E(() => Request("http://x/")));
  await P("respCallNoNew", () => E(() => Response()));
}),
c2("webapi7-cache-api-details", "Cache API: put/match rules (methods, statuses, Vary, Cache-Control, ranges, ignoreMethod), keys/delete results, errors", async (P) => {
  const E = async (f) => { try { return await f(); } catch (e) { return e.name + ": " + e.message; } };
  const cache = caches.default;
  const R = async (r) => r === undefined ? "undef" : [r.status, r.statusText, [...r.headers].filter(([k]) => k !== "date"), await r.text()];
  await P("putGet", async () => { await cache.put("http://c.test/a", new Response("A", { headers: { "cache-control": "max-age=60" } })); return R(await cache.match("http://c.test/a")); });
  await P("putNoCc", async () => { await cache.put("http://c.test/nocc", new Response("N")); return R(await cache.match("http://c.test/nocc")); });
  await P("putPrivate", async () => { await cache.put("http://c.test/priv", new Response("P", { headers: { "cache-control": "private" } })); return R(await cache.match("http://c.test/priv")); });
  await P("putNoStore", async () => { await cache.put("http://c.test/ns", new Response("P", { headers: { "cache-control": "no-store" } })); return R(await cache.match("http://c.test/ns")); });
  await P("putSetCookie", async () => { await cache.put("http://c.test/sc", new Response("P", { headers: { "cache-control": "max-age=60", "set-cookie": "a=1" } })); return R(await cache.match("http://c.test/sc")); });
  await P("put206", () => E(() => cache.put("http://c.test/206", new Response("P", { status: 206 }))));
  await P("put404", async () => { await cache.put("http://c.test/404", new Response("nf", { status: 404, headers: { "cache-control": "max-age=60" } })); return R(await cache.match("http://c.test/404")); });
  await P("putVaryStar", () => E(() => cache.put("http://c.test/vs", new Response("P", { headers: { vary: "*", "cache-control": "max-age=60" } }))));
  await P("putPost", () => E(() => cache.put(new Request("http://c.test/post", { method: "POST" }), new Response("P"))));
  await P("putBadUrl", () => E(() => cache.put("ftp://c.test/x", new Response("P"))));
  await P("putUsed", () => E(async () => { const r = new Response("P"); await r.text(); return cache.put("http://c.test/used", r); }));
  await P("put101", () => E(async () => { const [c0] = Object.values(new WebSocketPair()); return cache.put("http://c.test/ws", new Response(null, { status: 101, webSocket: c0 })); }));
  await P("matchPost", async () => R(await cache.match(new Request("http://c.test/a", { method: "POST" }))));
  await P("matchPostIgnore", async () => R(await cache.match(new Request("http://c.test/a", { method: "POST" }), { ignoreMethod: true })));
  await P("matchHead", async () => R(await cache.match(new Request("http://c.test/a", { method: "HEAD" }))));
  await P("matchRange", async () => { await cache.put("http://c.test/r", new Response("0123456789", { headers: { "cache-control": "max-age=60" } })); return R(await cache.match(new Request("http://c.test/r", { headers: { range: "bytes=2-4" } }))); });
  await P("matchRangeBad", async () => R(await cache.match(new Request("http://c.test/r", { headers: { range: "bytes=20-30" } }))));
  await P("matchRangeMulti", async () => { const r = await cache.match(new Request("http://c.test/r", { headers: { range: "bytes=0-1,3-4" } })); return r === undefined ? "undef" : [r.status, r.headers.get("content-type")?.split(";")[0]]; });
  await P("matchIfNoneMatch", async () => { await cache.put("http://c.test/e", new Response("E", { headers: { etag: '"v1"', "cache-control": "max-age=60" } })); return R(await cache.match(new Request("http://c.test/e", { headers: { "if-none-match": '"v1"' } }))); });
  await P("matchIfModified", async () => { await cache.put("http://c.test/lm", new Response("L", { headers: { "last-modified": "Wed, 21 Oct 2015 07:28:00 GMT", "cache-control": "max-age=60" } })); return R(await cache.match(new Request("http://c.test/lm", { headers: { "if-modified-since": "Wed, 21 Oct 2015 07:28:00 GMT" } }))); });
  await P("vary", async () => { await cache.put(new Request("http://c.test/v", { headers: { "accept-language": "en" } }), new Response("EN", { headers: { vary: "Accept-Language", "cache-control": "max-age=60" } })); return [await R(await cache.match(new Request("http://c.test/v", { headers: { "accept-language": "en" } }))), await R(await cache.match(new Request("http://c.test/v", { headers: { "accept-language": "fr" } }))), await R(await cache.match("http://c.test/v"))]; });
  await P("queryFrag", async () => { await cache.put("http://c.test/q?x=1#f", new Response("Q", { headers: { "cache-control": "max-age=60" } })); return [await R(await cache.match("http://c.test/q?x=1")), await R(await cache.match("http://c.test/q?x=2")), await R(await cache.match("http://c.test/q?x=1#g"))]; });
  await P("delete", async () => [await cache.delete("http://c.test/a"), await cache.delete("http://c.test/a"), await cache.delete("http://c.test/never")]);
  await P("deletePost", async () => E(() => cache.delete(new Request("http://c.test/r", { method: "POST" }))));
  await P("deleteIgnore", async () => E(() => cache.delete(new Request("http://c.test/r", { method: "POST" }), { ignoreMethod: true })));
  await P("keys", () => E(() => cache.keys()));
  await P("matchAll", () => E(() => cache.matchAll()));
  await P("add", () => E(() => cache.add("http://c.test/x")));
  await P("addAll", () => E(() => cache.addAll(["http://c.test/x"])));
  await P("open", async () => { const c2 = await caches.open("n"); await c2.put("http://c.test/o", new Response("O", { headers: { "cache-control": "max-age=60" } })); return [await R(await c2.match("http://c.test/o")), await R(await cache.match("http://c.test/o")), c2 === await caches.open("n"), Object.prototype.toString.call(c2)]; });
  await P("openLong", () => E(() => caches.open("x".repeat(2000)).then(() => "ok")));
  await P("openEmpty", () => E(() => caches.open("").then(() => "ok")));
  await P("storageHas", () => E(() => caches.has("n")));
  await P("storageDelete", () => E(() => caches.delete("n")));
  await P("storageKeys", () => E(() => caches.keys()));
  await P("storageMatch", () => E(() => caches.match("http://c.test/a")));
  await P("matchNoArgs", () => E(() => cache.match()));
  await P("putNoArgs", () => E(() => cache.put("http://c.test/z")));
  await P("putStringBody", () => E(() => cache.put("http://c.test/z", "str")));
  await P("matchAge", async () => { await cache.put("http://c.test/age", new Response("A", { headers: { "cache-control": "s-maxage=60, max-age=10" } })); const r = await cache.match("http://c.test/age"); return [r.headers.get("age"), r.headers.get("cache-control"), r.headers.has("cf-cache-status")]; });
  await P("expiresHeader", async () => { await cache.put("http://c.test/exp", new Response("X", { headers: { expires: "Wed, 21 Oct 2015 07:28:00 GMT" } })); return R(await cache.match("http://c.test/exp")); });
}),
c2("webapi7-body-streams-encoding", "Body streams (byob readers on bodies, tee, locked bodies), TextDecoder streaming, encodeInto, TextDecoderStream/TextEncoderStream details", async (P, out, req) => {
  const E = async (f) => { try { return await f(); } catch (e) { return e.name + ": " + e.message; } };
  await P("bodyByob", async () => E(async () => { const r = new Response("hello"); const rd = r.body.getReader({ mode: "byob" }); const { value, done } = await rd.read(new Uint8Array(3)); return [value.length, done, new TextDecoder().decode(value)]; }));
  await P("bodyType", async () => { const r = new Response("hello"); return [r.body.constructor.name, r.body.locked, r.bodyUsed, Object.prototype.toString.call(r.body)]; });
  await P("bodyLockedText", async () => E(async () => { const r = new Response("hello"); r.body.getReader(); return await r.text(); }));
  await P("bodyLockedClone", async () => E(async () => { const r = new Response("hello"); r.body.getReader(); return r.clone().status; }));
  await P("bodyReadPartial", async () => E(async () => { const r = new Response("hello"); const rd = r.body.getReader(); await rd.read(); rd.releaseLock(); return [r.bodyUsed, await r.text()]; }));
  await P("bodySame", () => { const r = new Response("x"); return r.body === r.body; });
  await P("bodyNullStatus", () => { const r = new Response(null); return [r.body, r.bodyUsed]; });
  await P("emptyStringBody", async () => { const r = new Response(""); return [r.body === null, await r.text()]; });
  await P("reqBodyGetStream", async () => { const r = new Request("http://x/", { method: "POST", body: "ab" }); return [r.body.constructor.name, r.headers.get("content-type")]; });
  await P("teeBody", async () => { const [a, b] = new Response("abc").body.tee(); return [await new Response(a).text(), await new Response(b).text()]; });
  await P("jsonBad", async () => E(() => new Response("{bad").json()));
  await P("jsonEmpty", async () => E(() => new Response("").json()));
  await P("jsonBOM", async () => E(() => new Response("\ufeff[1]").json()));
  await P("textBOM", async () => E(async () => JSON.stringify(await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 65])).text())));
  await P("textInvalid", async () => E(async () => JSON.stringify(await new Response(new Uint8Array([0xff, 65, 0xc3])).text())));
  await P("blobFromBody", async () => E(async () => { const b = await new Response("x", { headers: { "content-type": "Text/Plain; Charset=UTF-8" } }).blob(); return [b.type, b.size]; }));
  await P("arrayBufferType", async () => { const ab = await new Response("x").arrayBuffer(); return [ab.constructor.name, ab.byteLength]; });
  await P("bytesType", async () => { const u = await new Response("xy").bytes(); return [u.constructor.name, u.length]; });
  await P("tdStream", () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), d.decode(new Uint8Array([0xac]), { stream: true }), d.decode()]; });
  await P("tdStreamEnd", () => { const d = new TextDecoder(); return JSON.stringify(d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + d.decode()); });
  await P("tdFatal", () => E(() => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff]))));
  await P("tdBOM", () => [JSON.stringify(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 65]))), JSON.stringify(new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 65])))]);
  await P("tdUtf16", () => [new TextDecoder("utf-16le").decode(new Uint8Array([65, 0, 66, 0])), new TextDecoder("utf-16be").decode(new Uint8Array([0, 65])), new TextDecoder("utf-16").encoding]);
  await P("tdLatin1", () => [new TextDecoder("latin1").encoding, new TextDecoder("latin1").decode(new Uint8Array([0x80, 0xe9]))]);
  await P("tdBadLabel", () => E(() => new TextDecoder("nope")));
  await P("tdReplacement", () => E(() => new TextDecoder("iso-2022-kr").encoding));
  await P("tdSAB", () => E(() => new TextDecoder().decode(new DataView(new Uint8Array([65]).buffer))));
  await P("tdNoArg", () => E(() => JSON.stringify(new TextDecoder().decode())));
  await P("tdBadInput", () => E(() => new TextDecoder().decode("abc")));
  await P("encodeInto", () => { const u = new Uint8Array(5); const r = new TextEncoder().encodeInto("a€b", u); return [r, [...u]]; });
  await P("encodeIntoSurrogate", () => { const u = new Uint8Array(8); const r = new TextEncoder().encodeInto("\ud800x", u); return [r, [...u]]; });
  await P("encodeIntoShort", () => { const u = new Uint8Array(2); return new TextEncoder().encodeInto("€", u); });
  await P("encodeLone", () => [...new TextEncoder().encode("\udc00")]);
  await P("encodeUndef", () => [new TextEncoder().encode().length, new TextEncoder().encode(undefined).length, [...new TextEncoder().encode(null)]]);
  await P("tesStream", async () => { const s = new TextEncoderStream(); const w = s.writable.getWriter(); w.write("\ud83d"); w.write("\ude00a"); w.close(); const out = []; for await (const c of s.readable) out.push([...c]); return out; });
  await P("tesLoneEnd", async () => { const s = new TextEncoderStream(); const w = s.writable.getWriter(); w.write("a\ud83d"); w.close(); const out = []; for await (const c of s.readable) out.push([...c]); return out; });
  await P("tesNonString", async () => E(async () => { const s = new TextEncoderStream(); const w = s.writable.getWriter(); w.write(5); w.write({ toString() { return "o"; } }); w.close(); const out = []; for await (const c of s.readable) out.push([...c]); return out; }));
  await P("tdsStream", async () => { const s = new TextDecoderStream(); const w = s.writable.getWriter(); w.write(new Uint8Array([0xe2])); w.write(new Uint8Array([0x82, 0xac, 65])); w.close(); const out = []; for await (const c of s.readable) out.push(c); return out; });
  await P("tdsFatal", async () => E(async () => { const s = new TextDecoderStream("utf-8", { fatal: true }); const w = s.writable.getWriter(); w.write(new Uint8Array([0xff])).catch(() => {}); w.close().catch(() => {}); const out = []; for await (const c of s.readable) out.push(c); return out; }));
  await P("tdsTrailing", async () => { const s = new TextDecoderStream(); const w = s.writable.getWriter(); w.write(new Uint8Array([0xe2, 0x82])); w.close(); const out = []; for await (const c of s.readable) out.push(c); return JSON.stringify(out); });
  await P("tdsBadChunk", async () => E(async () => { const s = new TextDecoderStream(); const w = s.writable.getWriter(); const p = w.write("str"); const rd = s.readable.getReader(); await rd.read(); await p; return "ok"; }));
  await P("tdsProps", () => { const s = new TextDecoderStream("utf-16le", { fatal: true, ignoreBOM: true }); return [s.encoding, s.fatal, s.ignoreBOM]; });
  await P("csFormats", () => ["gzip", "deflate", "deflate-raw", "br", "zstd", "GZIP", ""].map((f) => { try { new CompressionStream(f); return "ok"; } catch (e) { return e.name + ": " + e.message; } }));
  await P("dsFormats", () => ["gzip", "deflate", "deflate-raw", "br"].map((f) => { try { new DecompressionStream(f); return "ok"; } catch (e) { return e.name + ": " + e.message; } }));
  await P("csNonBuffer", async () => E(async () => { const cs = new CompressionStream("gzip"); const w = cs.writable.getWriter(); const p = w.write("str"); const rd = cs.readable.getReader(); await Promise.all([p, rd.read()]); return "ok"; }));
  await P("csRoundTrip", async () => { const data = new TextEncoder().encode("hello hello hello"); const c = await new Response(new Blob([data]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer(); const d = await new Response(new Blob([c]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).text(); return d; });
  await P("csEmpty", async () => { const c = new Uint8Array(await new Response(new Blob([]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer()); return [c.length > 0, c[0], c[1]]; });
  await P("dsTrailingGarbage", async () => E(async () => { const c = new Uint8Array(await new Response(new Blob(["x"]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer()); const bad = new Uint8Array([...c, 1, 2, 3]); return await new Response(new Blob([bad]).stream().pipeThrough(new DecompressionStream("gzip"))).text(); }));
  await P("dsTruncated", async () => E(async () => { const c = new Uint8Array(await new Response(new Blob(["xyz"]).stream().pipeThrough(new CompressionStream("deflate"))).arrayBuffer()); return await new Response(new Blob([c.slice(0, c.length - 3)]).stream().pipeThrough(new DecompressionStream("deflate"))).text(); }));
}),
c2("webapi7-router-idioms", "Idioms of routers and middlewares: new Request(url, request), new Response(body, response), header copies of incoming requests, cf and signal carried over", async (P, out, req) => {
  const E = async (f) => { try { return await f(); } catch (e) { return e.name + ": " + e.message; } };
  const S = async (r) => [r.method, r.url, [...r.headers].filter(([k]) => !["cf-connecting-ip", "host"].includes(k)), r.redirect, r.body === null ? null : await r.text(), typeof r.cf, r.signal.aborted];
  await P("reqAsInit", () => E(() => S(new Request("http://other/x", req))));
  await P("postAsInit", () => E(() => S(new Request("http://other/y", new Request("http://a/", { method: "POST", body: "pb", headers: { "x-h": "1" } })))));
  await P("postStreamAsInit", () => E(() => S(new Request("http://other/y", new Request("http://a/", { method: "POST", body: new Blob(["sb"]).stream(), duplex: "half" })))));
  await P("reqSpreadInit", () => E(() => S(new Request("http://other/z", { ...req }))));
  await P("reqWithHeadersOverride", () => E(() => S(new Request(req, { headers: { "x-new": "1" } }))));
  await P("reqUrlChange", () => E(() => S(new Request(new URL("/p?q", req.url), req))));
  await P("respAsInit", async () => E(async () => { const a = new Response("body", { status: 201, statusText: "Made", headers: { "x-a": "1" } }); const b = new Response(a.body, a); return [b.status, b.statusText, [...b.headers], await b.text(), a.bodyUsed]; }));
  await P("respMutableCopy", async () => E(async () => { const a = Response.json({ k: 1 }); const b = new Response(a.body, a); b.headers.set("x-b", "2"); return [[...b.headers], await b.text()]; }));
  await P("respRedirectCopy", async () => E(async () => { const a = Response.redirect("http://x/", 302); const b = new Response(a.body, a); b.headers.set("x", "1"); return [b.status, [...b.headers]]; }));
  await P("respCloneThenCopy", async () => E(async () => { const a = new Response("zz"); const c2 = a.clone(); const b = new Response(a.body, c2); return [await b.text(), await c2.text()]; }));
  await P("respStatusOnly", async () => E(async () => { const b = new Response("x", { status: 404 }); return [b.status, b.statusText, b.ok]; }));
  await P("headersFromIncoming", () => { const h = new Headers(req.headers); h.set("x", "1"); return [h.has("x"), req.headers.has("x")]; });
  await P("incomingHeadersImmutable", () => E(() => { req.headers.set("x", "1"); return "mutable"; }));
  await P("incomingCfIsFrozen", () => [Object.isFrozen(req.cf), typeof req.cf.colo]);
  await P("copiedCfFrozen", () => E(() => { const r = new Request(req); return [Object.isFrozen(r.cf), r.cf === req.cf]; }));
  await P("incomingSignal", () => [req.signal.aborted, typeof req.signal.addEventListener]);
  await P("incomingBodyNull", () => [req.body, req.bodyUsed, req.method]);
  await P("reqInitWithNullBody", () => E(() => S(new Request("http://o/", { method: "POST", body: null }))));
  await P("reqFromIncomingMethodPost", () => E(() => S(new Request(req, { method: "POST", body: "nb" }))));
  await P("responseJsonStatusInit", async () => E(async () => { const r = Response.json({ e: 1 }, 400); return [r.status]; }));
  await P("responseJsonInitStr", async () => E(async () => Response.json(1, "s").status));
  await P("responseJsonInitNull", async () => E(async () => Response.json(1, null).status));
  await P("responseInitStr", async () => E(async () => new Response("x", "s").status));
  await P("responseJsonInitResponse", async () => E(async () => { const r = Response.json({ e: 1 }, new Response(null, { status: 418, headers: { "x-t": "1" } })); return [r.status, [...r.headers]]; }));
}),
c3("webapi7-more-class-layouts", "for-in keys of more web objects: event subclasses, controllers, BYOB readers, strategies, ctx, env, websockets, subtle, URLPattern, HTMLRewriter", async (P, out, req, env, ctx) => {
  const keys = (o) => { const k = []; for (const x in o) k.push(x); return k; };
  const E = (f) => { try { return keys(f()); } catch (e) { return e.name + ": " + e.message; } };
  let rsc, tsc, wsc, bc;
  new ReadableStream({ start(c) { rsc = c; } });
  new TransformStream({ start(c) { tsc = c; } });
  new WritableStream({ start(c) { wsc = c; } });
  new ReadableStream({ type: "bytes", start(c) { bc = c; } });
  const m = {
    ErrorEvent: () => new ErrorEvent("error", { message: "m" }), MessageEvent: () => new MessageEvent("message", { data: 1 }), CloseEvent: () => new CloseEvent("close"), PromiseRejectionEvent: () => new PromiseRejectionEvent("unhandledrejection", { promise: Promise.resolve(), reason: 1 }),
    rsController: () => rsc, tsController: () => tsc, wsController: () => wsc, byteController: () => bc, byobReader: () => new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" }),
    ByteLengthQueuingStrategy: () => new ByteLengthQueuingStrategy({ highWaterMark: 1 }), TextDecoderStream: () => new TextDecoderStream(), DecompressionStream: () => new DecompressionStream("gzip"), IdentityTransformStream: () => new IdentityTransformStream(),
    ctx: () => ctx, env: () => env, WebSocket: () => new WebSocketPair()[0], subtle: () => crypto.subtle, URLPattern: () => new URLPattern({ pathname: "/a" }), HTMLRewriter: () => new HTMLRewriter(), DigestStream: () => new crypto.DigestStream("SHA-256"),
    cryptoKey: () => null, iterHeaders: () => new Headers()[Symbol.iterator](), iterUsp: () => new URLSearchParams().keys(),
  };
  for (const [k, f] of Object.entries(m)) await P(k, () => E(f));
  await P("staticsEvent", () => Object.getOwnPropertyNames(Event).map((n) => n + ":" + Object.getOwnPropertyDescriptor(Event, n).enumerable));
  await P("staticsRS", () => Object.getOwnPropertyNames(ReadableStream).map((n) => n + ":" + Object.getOwnPropertyDescriptor(ReadableStream, n).enumerable));
  await P("staticsWS", () => E(() => WebSocket));
}),
{
  name: "webapi7-fetch-outbound-service", area: "web-api",
  description: "fetch() to external origins answered by an outboundService worker: what it sees, redirects followed per status, manual/error modes, aborts, bad URLs, unsupported init members",
  options: { workers: [
    { name: "main", modules: true, compatibilityDate: CD, outboundService: "out", script: `${PRELUDE}
const probes = (${fetchProbes.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), 3000))]); };
    await probes(P, out, req, env);
    return Response.json(out);
  }
};` },
    { name: "out", modules: true, compatibilityDate: CD, script: outbound },
  ] },
  steps: [get("/")],
},
{
  name: "webapi7-http-host-and-response-headers", area: "http",
  description: "dispatchFetch: Host header vs URL, ports, IPv6 and credentials in the URL, what the worker sees; response headers the worker sets that the HTTP layer owns (content-length, transfer-encoding, connection, date, server), latin-1 values",
  options: { modules: true, compatibilityDate: CD, script: `export default {
  async fetch(req) {
    const u = new URL(req.url);
    const p = u.pathname;
    if (p === "/cl-wrong") return new Response("hello", { headers: { "content-length": "5", "x-a": "1" } });
    if (p === "/te") return new Response("hello", { headers: { "transfer-encoding": "chunked" } });
    if (p === "/conn") return new Response("hello", { headers: { connection: "close", "keep-alive": "timeout=5" } });
    if (p === "/date") return new Response("d", { headers: { date: "Wed, 21 Oct 2015 07:28:00 GMT", server: "mine" } });
    if (p === "/latin") return new Response("l", { headers: { "x-l": "caf\\u00e9" } });
    if (p === "/upgrade") return new Response("u", { headers: { upgrade: "websocket" } });
    if (p === "/ct-none") return new Response(new Uint8Array([1, 2]));
    if (p === "/empty-header") return new Response("e", { headers: { "x-empty": "" } });
    if (p === "/many") { const h = new Headers(); for (let i = 0; i < 5; i++) h.append("x-m", String(i)); return new Response("m", { headers: h }); }
    return Response.json({ url: req.url, hostLoopback: (req.headers.get("host") ?? "").startsWith("127.0.0.1:"), hostname: u.hostname, port: u.port, keys: [...req.headers.keys()].filter((k) => k !== "host") });
  }
};` },
  steps: [
    req("GET", "http://localhost/echo", { host: "example.com" }),
    req("GET", "http://localhost:8787/echo"),
    req("GET", "http://example.com:443/echo"),
    req("GET", "https://example.com:443/echo"),
    req("GET", "http://[::1]:9000/echo"),
    req("GET", "http://LOCALHOST/Echo?A=B"),
    req("GET", "http://localhost/echo", { "x-forwarded-host": "f.example", "x-forwarded-proto": "https" }),
    get("/cl-wrong"), get("/te"), get("/conn"), get("/date"), get("/latin"), get("/upgrade"), get("/ct-none"), get("/empty-header"), get("/many"),
    req("HEAD", "http://localhost/cl-wrong"),
  ],
},
];
