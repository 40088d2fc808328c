// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi13d`.
import { PRELUDE, get, req, CD } from "./_h.mjs";
const worker = (fn, extra = {}, hang = 300) => ({
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
const c = (name, description, fn, steps = [get("/")], area = "web-api", extra = {}, hang = 300) => ({ name, area, description, options: worker(fn, extra, hang), steps });
export default [
c("webapi13d-headers-requests-responses-idioms", "Headers, Request and Response as middleware uses them: copying and merging headers, Set-Cookie handling, rebuilding a request with a new URL or method, redirects, Response.json options, header value normalisation", async (P, out, req) => {
  await P("fromEntriesReq", () => Object.fromEntries(new Headers({ B: "2", a: "1", "set-cookie": "x=1" })));
  await P("setCookieIter", () => { const h = new Headers(); h.append("Set-Cookie", "a=1"); h.append("set-cookie", "b=2"); h.append("x", "1"); h.append("x", "2"); return [[...h], h.get("set-cookie"), h.getSetCookie()]; });
  await P("setCookieCtorRecord", () => new Headers([["set-cookie", "a"], ["Set-Cookie", "b"]]).getSetCookie());
  await P("setCookieDelete", () => { const h = new Headers([["set-cookie", "a"], ["set-cookie", "b"]]); h.set("set-cookie", "c"); return h.getSetCookie(); });
  await P("valueWhitespace", () => { const h = new Headers(); h.set("a", " \t v  v \t"); h.append("b", "\r\nx\n"); return [h.get("a"), h.get("b")]; });
  await P("valueInnerNewline", () => new Headers({ a: "x\ny" }));
  await P("valueNul", () => new Headers({ a: "x\u0000y" }));
  await P("valueNonLatin1", () => new Headers({ a: "é€" }));
  await P("valueLatin1", () => new Headers({ a: "é" }).get("a"));
  await P("nameEmpty", () => new Headers({ "": "x" }));
  await P("nameSpace", () => new Headers({ "a b": "x" }));
  await P("getMissing", () => [new Headers().get("x"), new Headers().has("x")]);
  await P("combineOrder", () => { const h = new Headers(); h.append("Accept", "a"); h.append("accept", "b"); h.append("ACCEPT", ""); return h.get("accept"); });
  await P("iterSorted", () => [...new Headers({ z: "1", A: "2", m: "3", "set-cookie": "s", b: "4" }).keys()]);
  await P("iterMutate", () => { const h = new Headers({ a: "1", b: "2", c: "3" }); const seen = []; for (const [k] of h) { seen.push(k); if (k === "a") { h.delete("b"); h.set("d", "4"); } } return seen; });
  await P("forEachThis", () => { const h = new Headers({ a: "1" }); const r = []; h.forEach(function (v, k, hh) { r.push([v, k, hh === h, this?.tag]); }, { tag: "T" }); return r; });
  await P("rebuildUrl", async () => { const r = new Request("http://a/x?q", { method: "POST", headers: { h: "1" }, body: "b" }); const r2 = new Request("http://b/y", r); return [r2.url, r2.method, r2.headers.get("h"), await r2.text(), r.bodyUsed]; });
  await P("rebuildMethodGetWithBody", async () => { const r = new Request("http://a/", { method: "POST", body: "b" }); return new Request(r, { method: "GET" }); });
  await P("rebuildMethodGetNullBody", async () => { const r = new Request("http://a/", { method: "POST", body: "b" }); const r2 = new Request(r, { method: "GET", body: null }); return [r2.method, r2.body]; });
  await P("requestHeadersInitOverride", () => { const r = new Request("http://a/", { headers: { a: "1" } }); const r2 = new Request(r, { headers: { b: "2" } }); return [...r2.headers]; });
  await P("requestMethodCase", () => ["get", "pOsT", "patch", "Delete", "options", "head", "put", "custom"].map((m) => new Request("http://a/", { method: m }).method));
  await P("requestMethodForbidden", () => ["CONNECT", "TRACE", "track", "connect"].map((m) => { try { return new Request("http://a/", { method: m }).method; } catch (e) { return e.message; } }));
  await P("requestMethodInvalid", () => new Request("http://a/", { method: "G ET" }));
  await P("requestUrlRelative", () => new Request("/x"));
  await P("requestUrlCreds", () => new Request("http://u:p@a/").url);
  await P("requestUrlFragment", () => new Request("http://a/x#frag").url);
  await P("requestRedirectBad", () => new Request("http://a/", { redirect: "nope" }));
  await P("requestProps", () => { const r = new Request("http://a/"); return [r.redirect, r.integrity, r.keepalive, r.cache, r.mode, r.credentials, r.destination, r.referrer, r.signal?.aborted, r.fetcher]; });
  await P("requestSignalFollows", () => { const ac = new AbortController(); const r = new Request("http://a/", { signal: ac.signal }); const c = r.clone(); ac.abort("r"); return [r.signal === ac.signal, r.signal.aborted, c.signal.aborted, c.signal.reason]; });
  await P("redirectStatuses", () => [301, 302, 303, 307, 308, 300, 200].map((s) => { try { const r = Response.redirect("http://a/x", s); return [r.status, r.headers.get("location")]; } catch (e) { return [e.name, e.message]; } }));
  await P("redirectRelative", () => Response.redirect("/x"));
  await P("redirectUrlObj", () => Response.redirect(new URL("http://a/é?q= 1")).headers.get("location"));
  await P("redirectImmutable", () => { const r = Response.redirect("http://a/"); r.headers.set("x", "1"); return r.headers.get("x"); });
  await P("jsonInit", async () => { const r = Response.json({ a: 1 }, { status: 201, headers: { "content-type": "application/vnd+json", x: "1" } }); return [r.status, r.headers.get("content-type"), await r.text()]; });
  await P("jsonUndefined", () => Response.json(undefined));
  await P("jsonBigInt", () => Response.json({ a: 1n }));
  await P("jsonCircular", () => { const o = {}; o.o = o; return Response.json(o); });
  await P("jsonToJSON", async () => Response.json({ toJSON() { return "custom"; } }).text());
  await P("errorResp", () => { const r = Response.error(); return [r.type, r.status, r.ok, r.statusText, [...r.headers]]; });
  await P("errorHeadersImmutable", () => Response.error().headers.set("a", "1"));
  await P("statusRange", () => [199, 200, 599, 600, 0, 101, 1000].map((s) => { try { return new Response(null, { status: s }).status; } catch (e) { return [e.name, e.message]; } }));
  await P("statusText", () => ["OK", "", "caf\u00e9", "a\tb", "\u0100", "a\nb"].map((s) => { try { return new Response(null, { statusText: s }).statusText; } catch (e) { return [e.name, e.message]; } }));
  await P("nullBodyStatus", () => [204, 205, 304].map((s) => { try { return new Response("x", { status: s }).status; } catch (e) { return [e.name, e.message]; } }));
  await P("nullBodyEmptyString", () => [204, 304].map((s) => { try { return new Response("", { status: s }).status; } catch (e) { return [e.name, e.message]; } }));
  await P("respHeadersMutable", () => { const r = new Response("x"); r.headers.set("a", "1"); return r.headers.get("a"); });
  await P("incomingImmutable", () => req.headers.set("a", "1"));
  await P("incomingCloneMutable", () => { const r = new Request(req); r.headers.set("a", "1"); return r.headers.get("a"); });
  await P("contentTypeDefaults", async () => [new Response("s"), new Response(new URLSearchParams("a=1")), new Response(new Blob([], { type: "x/y" })), new Response(new Blob([])), new Response(new Uint8Array(1)), new Response(new FormData())].map((r) => String(r.headers.get("content-type")).replace(/boundary=.*/, "boundary=B")));
  await P("contentTypeNotOverridden", () => new Response("s", { headers: { "content-type": "a/b" } }).headers.get("content-type"));
  await P("okRange", () => [199, 200, 299, 300].map((s) => new Response(null, { status: s }).ok));
  await P("respUrlRedirected", () => { const r = new Response("x"); return [r.url, r.redirected, r.type, r.webSocket]; });
  await P("cloneBodyIndependent", async () => { const r = new Response("abc"); const c = r.clone(); await c.text(); return [r.bodyUsed, c.bodyUsed, await r.text()]; });
}, [req("POST", "http://localhost/p", { "content-type": "text/plain", "x-a": "1" }, "incoming")]),
c("webapi13d-events-timers-abort-idioms", "EventTarget, Event, AbortController/AbortSignal and timers as libraries use them: listener options, once and signal removal, handleEvent objects, dispatch return value, timer argument coercion and ids", async (P) => {
  await P("onceRemoved", () => { const t = new EventTarget(); let n = 0; t.addEventListener("x", () => n++, { once: true }); t.dispatchEvent(new Event("x")); t.dispatchEvent(new Event("x")); return n; });
  await P("signalRemoves", () => { const t = new EventTarget(); const ac = new AbortController(); let n = 0; t.addEventListener("x", () => n++, { signal: ac.signal }); t.dispatchEvent(new Event("x")); ac.abort(); t.dispatchEvent(new Event("x")); return n; });
  await P("signalAlreadyAborted", () => { const t = new EventTarget(); let n = 0; t.addEventListener("x", () => n++, { signal: AbortSignal.abort() }); t.dispatchEvent(new Event("x")); return n; });
  await P("signalNotSignal", () => new EventTarget().addEventListener("x", () => {}, { signal: {} }));
  await P("signalNull", () => new EventTarget().addEventListener("x", () => {}, { signal: null }));
  await P("duplicateListener", () => { const t = new EventTarget(); let n = 0; const f = () => n++; t.addEventListener("x", f); t.addEventListener("x", f); t.addEventListener("x", f, { capture: true }); t.dispatchEvent(new Event("x")); return n; });
  await P("removeCaptureMismatch", () => { const t = new EventTarget(); let n = 0; const f = () => n++; t.addEventListener("x", f, true); t.removeEventListener("x", f); t.dispatchEvent(new Event("x")); t.removeEventListener("x", f, { capture: true }); t.dispatchEvent(new Event("x")); return n; });
  await P("handleEventObj", () => { const t = new EventTarget(); const seen = []; const o = { handleEvent(e) { seen.push([e.type, this === o]); } }; t.addEventListener("x", o); t.dispatchEvent(new Event("x")); return seen; });
  await P("handleEventLate", () => { const t = new EventTarget(); const seen = []; const o = {}; t.addEventListener("x", o); o.handleEvent = () => seen.push("late"); t.dispatchEvent(new Event("x")); return seen; });
  await P("handleEventMissing", () => { const t = new EventTarget(); t.addEventListener("x", {}); return t.dispatchEvent(new Event("x")); });
  await P("listenerNull", () => { const t = new EventTarget(); t.addEventListener("x", null); t.removeEventListener("x", null); return "ok"; });
  await P("listenerNumber", () => new EventTarget().addEventListener("x", 5));
  await P("addDuringDispatch", () => { const t = new EventTarget(); const seen = []; t.addEventListener("x", () => { seen.push(1); t.addEventListener("x", () => seen.push(2)); }); t.dispatchEvent(new Event("x")); return seen; });
  await P("removeDuringDispatch", () => { const t = new EventTarget(); const seen = []; const g = () => seen.push(2); t.addEventListener("x", () => { seen.push(1); t.removeEventListener("x", g); }); t.addEventListener("x", g); t.dispatchEvent(new Event("x")); return seen; });
  await P("dispatchReturn", () => { const t = new EventTarget(); t.addEventListener("x", (e) => e.preventDefault()); return [t.dispatchEvent(new Event("x")), t.dispatchEvent(new Event("x", { cancelable: true }))]; });
  await P("redispatch", () => { const t = new EventTarget(); const e = new Event("x"); t.dispatchEvent(e); return [t.dispatchEvent(e), e.eventPhase, e.target === t, e.currentTarget]; });
  await P("dispatchInside", () => { const t = new EventTarget(); const e = new Event("x"); let err; t.addEventListener("x", () => { try { t.dispatchEvent(e); } catch (x) { err = [x.name, x.message, x.code]; } }); t.dispatchEvent(e); return err; });
  await P("eventPhaseInside", () => { const t = new EventTarget(); let r; t.addEventListener("x", (e) => { r = [e.eventPhase, e.target === t, e.currentTarget === t, e.composedPath().length, e.isTrusted]; }); t.dispatchEvent(new Event("x")); return r; });
  await P("listenerThrows", () => { const t = new EventTarget(); const seen = []; t.addEventListener("x", () => { throw new Error("lt"); }); t.addEventListener("x", () => seen.push("after")); try { t.dispatchEvent(new Event("x")); seen.push("returned"); } catch (e) { seen.push(["threw", e.message]); } return seen; });
  await P("stopImmediate", () => { const t = new EventTarget(); const seen = []; t.addEventListener("x", (e) => { seen.push(1); e.stopImmediatePropagation(); }); t.addEventListener("x", () => seen.push(2)); t.dispatchEvent(new Event("x")); return seen; });
  await P("passivePrevent", () => { const t = new EventTarget(); let dp; t.addEventListener("x", (e) => { e.preventDefault(); dp = e.defaultPrevented; }, { passive: true }); const r = t.dispatchEvent(new Event("x", { cancelable: true })); return [r, dp]; });
  await P("returnValue", () => { const e = new Event("x", { cancelable: true }); e.returnValue = false; return [e.defaultPrevented, e.returnValue, e.cancelBubble]; });
  await P("eventCtorBad", () => new Event());
  await P("eventTypeCoerce", () => new Event(null).type);
  await P("customEventDetail", () => [new CustomEvent("c").detail, new CustomEvent("c", { detail: { a: 1 } }).detail]);
  await P("eventTimeStamp", () => typeof new Event("x").timeStamp);
  await P("abortReasonDefault", () => { const ac = new AbortController(); ac.abort(); const r = ac.signal.reason; return [r.name, r.message, r.code, r instanceof DOMException]; });
  await P("abortTwice", () => { const ac = new AbortController(); let n = 0; ac.signal.onabort = () => n++; ac.abort("a"); ac.abort("b"); return [n, ac.signal.reason]; });
  await P("abortUndefinedReason", () => { const ac = new AbortController(); ac.abort(undefined); return ac.signal.reason.name; });
  await P("abortNullReason", () => { const ac = new AbortController(); ac.abort(null); return ac.signal.reason; });
  await P("throwIfAborted", () => { const s = AbortSignal.abort(new RangeError("r")); try { s.throwIfAborted(); } catch (e) { return [e === s.reason, e.name]; } });
  await P("abortEventOrder", () => { const ac = new AbortController(); const seen = []; ac.signal.addEventListener("abort", () => seen.push("listener")); ac.signal.onabort = () => seen.push("onabort"); ac.signal.addEventListener("abort", (e) => seen.push([e.type, e.isTrusted, e.cancelable])); ac.abort(); return seen; });
  await P("anyFollows", () => { const a = new AbortController(); const s = AbortSignal.any([a.signal, new AbortController().signal]); a.abort("w"); return [s.aborted, s.reason]; });
  await P("anyEmpty", () => AbortSignal.any([]).aborted);
  await P("anyBad", () => AbortSignal.any([1]));
  await P("timeoutBad", () => [-1, NaN, 2 ** 53].map((ms) => { try { return AbortSignal.timeout(ms).aborted; } catch (e) { return [e.name, e.message]; } }));
  await P("timerIds", () => { const a = setTimeout(() => {}, 1000); const b = setInterval(() => {}, 1000); clearTimeout(a); clearInterval(b); return [typeof a, b - a, typeof a[Symbol.toPrimitive]]; });
  await P("clearWrong", () => { const seen = []; const a = setInterval(() => { seen.push("i"); clearTimeout(a); }, 1); return new Promise((r) => setTimeout(() => r(seen), 20)); });
  await P("timerArgs", () => new Promise((r) => setTimeout((...a) => r(a), 0, 1, "two", null)));
  await P("timerStringCb", () => setTimeout("1+1", 0));
  await P("timerNoCb", () => setTimeout());
  await P("timerDelayCoerce", () => new Promise((r) => { const seen = []; setTimeout(() => seen.push("b"), "30"); setTimeout(() => seen.push("a"), { valueOf() { return 1; } }); setTimeout(() => r(seen), 60); }));
  await P("timerOrderSameDelay", () => new Promise((r) => { const seen = []; for (let i = 0; i < 5; i++) setTimeout(() => seen.push(i), 0); setTimeout(() => r(seen), 5); }));
  await P("clearNonsense", () => [clearTimeout("x"), clearTimeout({}), clearInterval(-1), clearTimeout(undefined)]);
  await P("queueMicrotaskBad", () => queueMicrotask(1));
  await P("queueMicrotaskOrder", async () => { const seen = []; queueMicrotask(() => seen.push("m")); Promise.resolve().then(() => seen.push("p")); setTimeout(() => seen.push("t"), 0); await new Promise((r) => setTimeout(r, 2)); return seen; });
}),
];
