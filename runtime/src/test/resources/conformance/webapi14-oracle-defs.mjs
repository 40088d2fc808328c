// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi14`.
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
c("webapi14-url-statics-and-params-less-common", "URL.parse/canParse with bases, URLSearchParams size/has/delete with values, sort stability, serialisation of reserved characters, live searchParams, href setter errors", async (P) => {
  const E = (e) => [e.name, e.constructor.name, e.message];
  await P("parse", () => [URL.parse("a", "http://x/b/c")?.href, URL.parse("nope"), URL.parse("http://[::1"), URL.parse(new URL("http://y/z"))?.href, URL.parse("", "http://q/r?s#t")?.href]);
  await P("canParse", () => [URL.canParse("a"), URL.canParse("a", "http://x"), URL.canParse("http://x", "nonsense"), URL.canParse(""), URL.canParse("//h", "https://b")]);
  await P("parseNoArg", () => URL.parse());
  await P("canParseNoArg", () => URL.canParse());
  await P("uspHasValue", () => { const u = new URLSearchParams("a=1&a=2&b=3"); return [u.has("a", "2"), u.has("a", "3"), u.has("a", undefined), u.size]; });
  await P("uspDeleteValue", () => { const u = new URLSearchParams("a=1&a=2&a=1&b=3"); u.delete("a", "1"); const x = u.toString(); u.delete("b", undefined); return [x, u.toString(), u.size]; });
  await P("uspSortStable", () => { const u = new URLSearchParams("z=1&a=2&z=0&\u00e9=3&a=1&\ud83d\ude00=x&\uff41=y"); u.sort(); return u.toString(); });
  await P("uspSerialise", () => new URLSearchParams({ k: " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u00e9\ud800" }).toString());
  await P("uspFromPairsBad", () => new URLSearchParams([["a"]]));
  await P("uspFromPairsBad3", () => new URLSearchParams([["a", "b", "c"]]));
  await P("uspFromRecordSymbols", () => { const o = { a: "1" }; o[Symbol("s")] = "x"; Object.defineProperty(o, "h", { value: "2", enumerable: false }); return new URLSearchParams(o).toString(); });
  await P("uspLeadingQ", () => [new URLSearchParams("?a=1").toString(), new URLSearchParams("??a=1").toString(), new URLSearchParams("&&a&=&=b").toString()]);
  await P("liveSearchParams", () => { const u = new URL("http://x/?a=1"); const sp = u.searchParams; sp.append("b", "2 3"); const h1 = u.href; u.search = "?c=4"; const a = [...sp]; u.searchParams.delete("c"); return [h1, a, u.href, u.search]; });
  await P("hrefSetterBad", () => { const u = new URL("http://x/"); u.href = "not a url"; return u.href; });
  await P("ctorBadMsg", () => new URL("http://a b/"));
  await P("ctorBadBase", () => new URL("/p", "also bad"));
  await P("originOf", () => ["blob:http://x/uuid", "file:///a", "data:,x", "ws://h:80/", "wss://h:443/", "ftp://h:21/", "https://h:443/"].map((s) => new URL(s).origin));
  await P("toJSON", () => [JSON.stringify({ u: new URL("http://x/?a#b") }), new URL("http://x").toJSON()]);
  await P("portEdge", () => { const u = new URL("http://x:8080/"); const r = []; for (const p of ["80", "65535", "65536", "12ab", "", "-1", " 5"]) { u.port = p; r.push(u.port); } return r; });
  await P("protocolSwitch", () => { const r = []; const u = new URL("http://x/"); for (const p of ["https", "ftp:", "mailto", "file", "HTTP:"]) { u.protocol = p; r.push(u.href); } return r; });
  await P("hostnameSetterSpecial", () => { const u = new URL("http://x/"); const r = []; for (const h of ["a b", "EXAMPLE.com", "[::1]", "xn--nxasmq6b", "\u00fc.de", "a:1", "a/b"]) { u.hostname = h; r.push(u.host); } return r; });
  await P("usernamePassword", () => { const u = new URL("http://x/"); u.username = "a@b:c"; u.password = "p w/\u00e9"; const h = u.href; const f = new URL("file:///x"); f.username = "u"; return [h, u.username, u.password, f.href]; });
  await P("searchHashEncoding", () => { const u = new URL("http://x/"); u.search = "a=\"<>`' #"; u.hash = "\"<>`' #%"; return [u.search, u.hash, u.href]; });
  await P("pathEncoding", () => { const u = new URL("http://x/"); u.pathname = "/a b/\"<>`{}|^?#%2e/./../c"; return u.pathname; });
  await P("opaquePath", () => { const u = new URL("mailto:a@b?x#y"); u.pathname = "other"; return [u.pathname, u.href, u.host, u.origin]; });
  await P("ipv4Forms", () => ["http://0x7f.1/", "http://127.1/", "http://0300.0250.0.1/", "http://4294967295/", "http://1.2.3.4.5/", "http://1.2.3.09/"].map((s) => { try { return new URL(s).hostname; } catch (e) { return E(e); } }));
}),
c("webapi14-text-codec-less-common", "TextDecoder labels/options errors, fatal messages, BOM handling per encoding, encodeInto with surrogates and small buffers, TextEncoderStream and TextDecoderStream splitting multi-byte sequences", async (P) => {
  const E = (e) => [e.name, e.constructor.name, e.message];
  await P("decoderProps", () => { const d = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }); return [d.encoding, d.fatal, d.ignoreBOM]; });
  await P("badLabel", () => new TextDecoder("nope"));
  await P("replacementLabel", () => new TextDecoder("iso-2022-kr"));
  await P("utf16Label", () => [new TextDecoder("utf-16").encoding, new TextDecoder("unicode-1-1-utf-8").encoding, new TextDecoder(" UTF8 ").encoding, new TextDecoder("latin1").encoding, new TextDecoder("ascii").encoding]);
  await P("fatalMsg", () => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])));
  await P("fatal16", () => new TextDecoder("utf-16le", { fatal: true }).decode(new Uint8Array([0x00, 0xd8])));
  await P("bomUtf8", () => [new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length]);
  await P("bomUtf16", () => [new TextDecoder("utf-16le").decode(new Uint8Array([0xff, 0xfe, 0x41, 0])), new TextDecoder("utf-16le", { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x41, 0])).length, new TextDecoder("utf-16be").decode(new Uint8Array([0xfe, 0xff, 0, 0x41]))]);
  await P("streamSplit", () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), d.decode(new Uint8Array([0xac]), { stream: true }), d.decode(new Uint8Array([0xe2])), d.decode(new Uint8Array([0x41]))]; });
  await P("bomAfterStream", () => { const d = new TextDecoder(); const a = d.decode(new Uint8Array([0xef, 0xbb]), { stream: true }); const b = d.decode(new Uint8Array([0xbf, 0x42]), { stream: true }); const c = d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x43])); return [a, b, c.length, c]; });
  await P("decodeTypes", () => { const d = new TextDecoder(); const ab = new TextEncoder().encode("xyz").buffer; return [d.decode(ab), d.decode(new DataView(ab, 1)), d.decode(undefined), d.decode()]; });
  await P("decodeBadType", () => new TextDecoder().decode("abc"));
  await P("decodeSAB", () => { try { return new TextDecoder().decode(new Uint8Array(new SharedArrayBuffer(2))); } catch (e) { return E(e); } });
  await P("encodeInto", () => { const te = new TextEncoder(); const r = []; for (const [s, n] of [["a\u00e9\u20ac\ud83d\ude00", 3], ["\ud83d\ude00", 3], ["\ud800x", 4], ["abc", 0], ["\u20ac", 2]]) { const u = new Uint8Array(n); const x = te.encodeInto(s, u); r.push([x.read, x.written, [...u]]); } return r; });
  await P("encodeIntoBad", () => new TextEncoder().encodeInto("a", new Uint16Array(2)));
  await P("encodeIntoKeys", () => Object.keys(new TextEncoder().encodeInto("a", new Uint8Array(2))));
  await P("encoderEncoding", () => [new TextEncoder().encoding, new TextEncoder("utf-16").encoding, [...new TextEncoder().encode()], [...new TextEncoder().encode(undefined)], [...new TextEncoder().encode(null)]]);
  const collect = async (rs) => { const out = []; for await (const c of rs) out.push(c); return out; };
  await P("encoderStreamSurrogates", async () => { const ts = new TextEncoderStream(); const w = ts.writable.getWriter(); w.write("a\ud83d"); w.write("\ude00b"); w.write("\ud800"); w.close(); return (await collect(ts.readable)).map((c) => [...c]); });
  await P("encoderStreamTrailingHigh", async () => { const ts = new TextEncoderStream(); const w = ts.writable.getWriter(); w.write("\ud83d"); w.close(); return (await collect(ts.readable)).map((c) => [...c]); });
  await P("encoderStreamNonString", async () => { const ts = new TextEncoderStream(); const w = ts.writable.getWriter(); w.write(123); w.write({ toString() { return "o"; } }); w.close(); return (await collect(ts.readable)).map((c) => [...c]); });
  await P("decoderStreamSplit", async () => { const ts = new TextDecoderStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array([0xf0, 0x9f])); w.write(new Uint8Array([0x98, 0x80, 0x41])); w.write(new Uint8Array([0xe2])); w.close(); return await collect(ts.readable); });
  await P("decoderStreamFatal", async () => { const ts = new TextDecoderStream("utf-8", { fatal: true }); const w = ts.writable.getWriter(); w.write(new Uint8Array([0x41, 0xff])).catch(() => {}); w.close().catch(() => {}); try { return await collect(ts.readable); } catch (e) { return E(e); } });
  await P("decoderStreamProps", () => { const ts = new TextDecoderStream("utf-16le", { fatal: true, ignoreBOM: true }); return [ts.encoding, ts.fatal, ts.ignoreBOM, new TextEncoderStream().encoding]; });
  await P("decoderStreamBadChunk", async () => { const ts = new TextDecoderStream(); const w = ts.writable.getWriter(); const p = w.write("str").then(() => "ok", E); const r = await ts.readable.getReader().read().then((x) => x, E); return [await p, r]; });
}),
c("webapi14-events-less-common", "EventTarget listener options (once, signal, passive, capture identity), handleEvent objects, removal during dispatch, Event flags and composedPath, CustomEvent detail, returnValue and cancelBubble legacy members", async (P) => {
  const E = (e) => [e.name, e.constructor.name, e.message];
  await P("onceAndSignal", () => { const t = new EventTarget(); const log = []; const ac = new AbortController(); t.addEventListener("x", () => log.push("once"), { once: true }); t.addEventListener("x", () => log.push("sig"), { signal: ac.signal }); t.dispatchEvent(new Event("x")); ac.abort(); t.dispatchEvent(new Event("x")); return log; });
  await P("abortedSignalOption", () => { const t = new EventTarget(); const log = []; t.addEventListener("x", () => log.push(1), { signal: AbortSignal.abort() }); t.dispatchEvent(new Event("x")); return log; });
  await P("signalNotSignal", () => { const t = new EventTarget(); t.addEventListener("x", () => {}, { signal: {} }); return "ok"; });
  await P("signalNull", () => { const t = new EventTarget(); t.addEventListener("x", () => {}, { signal: null }); return "ok"; });
  await P("captureIdentity", () => { const t = new EventTarget(); const log = []; const f = () => log.push(1); t.addEventListener("x", f, true); t.addEventListener("x", f, false); t.addEventListener("x", f, { capture: true }); t.dispatchEvent(new Event("x")); t.removeEventListener("x", f, { capture: true }); t.dispatchEvent(new Event("x")); return log; });
  await P("passivePreventDefault", () => { const t = new EventTarget(); let dp; t.addEventListener("x", (e) => { e.preventDefault(); dp = e.defaultPrevented; }, { passive: true }); const r = t.dispatchEvent(new Event("x", { cancelable: true })); return [r, dp]; });
  await P("handleEventObject", () => { const t = new EventTarget(); const log = []; const o = { handleEvent(e) { log.push([this === o, e.type]); } }; t.addEventListener("x", o); t.dispatchEvent(new Event("x")); o.handleEvent = 5; try { t.dispatchEvent(new Event("x")); } catch (e) { log.push(E(e)); } return log; });
  await P("removeDuringDispatch", () => { const t = new EventTarget(); const log = []; const b = () => log.push("b"); t.addEventListener("x", () => { log.push("a"); t.removeEventListener("x", b); t.addEventListener("x", () => log.push("late")); }); t.addEventListener("x", b); t.dispatchEvent(new Event("x")); return log; });
  await P("stopImmediate", () => { const t = new EventTarget(); const log = []; t.addEventListener("x", (e) => { log.push(1); e.stopImmediatePropagation(); }); t.addEventListener("x", () => log.push(2)); t.dispatchEvent(new Event("x")); return log; });
  await P("eventFlagsDuring", () => { const t = new EventTarget(); let s; const e = new Event("x", { bubbles: true, cancelable: true, composed: true }); t.addEventListener("x", (ev) => { s = [ev.eventPhase, ev.target === t, ev.currentTarget === t, ev.composedPath().length, ev.isTrusted, ev.bubbles, ev.composed]; }); t.dispatchEvent(e); return [s, e.eventPhase, e.currentTarget, e.composedPath().length, e.target === t]; });
  await P("redispatch", () => { const t = new EventTarget(); const e = new Event("x"); let err; t.addEventListener("x", () => { try { t.dispatchEvent(e); } catch (x) { err = E(x); } }); t.dispatchEvent(e); let again; try { t.dispatchEvent(e); again = "ok"; } catch (x) { again = E(x); } return [err, again]; });
  await P("legacyMembers", () => { const e = new Event("x", { cancelable: true }); const r = [e.returnValue, e.cancelBubble, e.srcElement, typeof e.timeStamp, e.NONE, Event.AT_TARGET, e.initEvent]; try { e.returnValue = false; r.push(e.defaultPrevented); } catch (x) { r.push(E(x)); } try { e.cancelBubble = true; r.push(e.cancelBubble); } catch (x) { r.push(E(x)); } return r; });
  await P("customEvent", () => { const a = new CustomEvent("c"); const b = new CustomEvent("c", { detail: { k: 1 } }); return [a.detail, b.detail, a instanceof Event, Object.prototype.toString.call(a)]; });
  await P("eventNoType", () => new Event());
  await P("dispatchNonEvent", () => new EventTarget().dispatchEvent({ type: "x" }));
  await P("addNullListener", () => { const t = new EventTarget(); t.addEventListener("x", null); t.removeEventListener("x", null); return t.dispatchEvent(new Event("x")); });
  await P("addBadListener", () => { const t = new EventTarget(); t.addEventListener("x", 5); return "ok"; });
  await P("listenerThrows", () => { const t = new EventTarget(); const log = []; t.addEventListener("x", () => { throw new Error("boom"); }); t.addEventListener("x", () => log.push("second")); let r; try { r = t.dispatchEvent(new Event("x")); } catch (e) { r = E(e); } return [r, log]; });
  await P("eventTypeCoerce", () => [new Event(1).type, new Event(null).type, new Event(undefined).type]);
  await P("eventInitGetters", () => { const order = []; const init = new Proxy({}, { get(t, k) { if (typeof k === "string") order.push(k); return undefined; } }); new Event("x", init); return order; });
}),
c("webapi14-request-response-less-common", "Less common Request/Response members and argument errors: cache/integrity/keepalive/mode/credentials/duplex, Response.json edge values, redirect statuses and relative URLs, statusText validation, Headers getAll and guard errors", async (P) => {
  const E = (e) => [e.name, e.constructor.name, e.message];
  await P("reqProps", () => { const r = new Request("http://x/"); return [r.cache, r.integrity, r.keepalive, r.mode, r.credentials, r.destination, r.referrer, r.referrerPolicy, r.duplex, r.redirect, r.isHistoryNavigation, r.isReloadNavigation, typeof r.signal, r.cf, r.fetcher === null, r.bodyUsed, r.body]; });
  await P("reqCacheValues", () => ["no-store", "no-cache", "default", "reload", "force-cache", "only-if-cached"].map((c) => { try { return new Request("http://x/", { cache: c }).cache; } catch (e) { return E(e); } }));
  await P("reqIntegrity", () => { try { return new Request("http://x/", { integrity: "sha256-abc" }).integrity; } catch (e) { return E(e); } });
  await P("reqModeValues", () => ["cors", "no-cors", "same-origin", "navigate", "bad"].map((m) => { try { return new Request("http://x/", { mode: m }).mode; } catch (e) { return E(e); } }));
  await P("reqCredentials", () => ["omit", "include", "same-origin", "bad"].map((m) => { try { return new Request("http://x/", { credentials: m }).credentials; } catch (e) { return E(e); } }));
  await P("reqRedirectBad", () => new Request("http://x/", { redirect: "bogus" }));
  await P("reqKeepalive", () => new Request("http://x/", { keepalive: true }).keepalive);
  await P("reqReferrer", () => [new Request("http://x/", { referrer: "" }).referrer, (() => { try { return new Request("http://x/", { referrer: "http://y/" }).referrer; } catch (e) { return E(e); } })()]);
  await P("reqWindow", () => { try { return new Request("http://x/", { window: null }).url; } catch (e) { return E(e); } });
  await P("reqWindowNonNull", () => { try { return new Request("http://x/", { window: {} }).url; } catch (e) { return E(e); } });
  await P("reqPriority", () => { try { return new Request("http://x/", { priority: "high" }).priority; } catch (e) { return E(e); } });
  await P("reqDuplex", () => ["half", "full", "x"].map((d) => { try { return new Request("http://x/", { method: "POST", body: "a", duplex: d }).duplex; } catch (e) { return E(e); } }));
  await P("reqMethodNormalise", () => ["get", "pOst", "patch", "Delete", "options", "head", "put", "connect", "propfind"].map((m) => { try { return new Request("http://x/", { method: m }).method; } catch (e) { return E(e); } }));
  await P("reqForbiddenMethods", () => ["TRACE", "TRACK", "CONNECT", "trace", "a b", ""].map((m) => { try { return new Request("http://x/", { method: m }).method; } catch (e) { return E(e); } }));
  await P("reqRelative", () => new Request("/rel"));
  await P("reqCredsInUrl", () => { try { return new Request("http://u:p@x/").url; } catch (e) { return E(e); } });
  await P("reqFromReqOverride", async () => { const a = new Request("http://x/", { method: "POST", body: "b", headers: { h: "1" } }); const b = new Request(a, { headers: { k: "2" } }); return [b.method, [...b.headers], await b.text(), a.bodyUsed]; });
  await P("reqFromUsed", async () => { const a = new Request("http://x/", { method: "POST", body: "b" }); await a.text(); try { return new Request(a).url; } catch (e) { return E(e); } });
  await P("respJsonEdges", () => [undefined, () => 1, Symbol("s")].map((v) => { try { const r = Response.json(v); return [r.status, r.headers.get("content-type")]; } catch (e) { return E(e); } }));
  await P("respJsonBigInt", () => Response.json(1n));
  await P("respJsonCycle", () => { const o = {}; o.o = o; return Response.json(o); });
  await P("respJsonInit", async () => { const r = Response.json({ a: 1 }, { status: 201, statusText: "Made", headers: { "content-type": "x/y", a: "b" } }); return [r.status, r.statusText, [...r.headers], await r.text()]; });
  await P("respJsonNullBodyStatus", () => Response.json({}, { status: 204 }));
  await P("redirectRelative", () => Response.redirect("/x"));
  await P("redirectStatuses", () => [300, 301, 302, 303, 304, 307, 308, 200].map((s) => { try { return Response.redirect("http://x/", s).status; } catch (e) { return E(e); } }));
  await P("redirectUrlObj", () => { const r = Response.redirect(new URL("http://a/b c")); return [r.headers.get("location"), r.status, r.statusText, r.body === null]; });
  await P("statusTextBad", () => ["ok", "a\nb", "\u00e9", "\u0100", "tab\there", ""].map((t) => { try { return new Response(null, { statusText: t }).statusText; } catch (e) { return E(e); } }));
  await P("statusRange", () => [199, 200, 599, 600, 0, 101, 1e3, "204", 200.5, -1].map((s) => { try { return new Response(null, { status: s }).status; } catch (e) { return E(e); } }));
  await P("respError", () => { const r = Response.error(); let h; try { r.headers.set("a", "b"); h = "ok"; } catch (e) { h = E(e); } return [r.type, r.status, r.statusText, r.ok, r.url, r.redirected, r.body, h]; });
  await P("respProps", () => { const r = new Response("x"); return [r.type, r.url, r.redirected, r.webSocket, typeof r.cf, r.ok, r.statusText]; });
  await P("headersGetAll", () => { const h = new Headers([["set-cookie", "a=1"], ["set-cookie", "b=2"], ["x", "1"], ["x", "2"]]); const r = [typeof h.getAll]; try { r.push(h.getAll("set-cookie")); } catch (e) { r.push(E(e)); } try { r.push(h.getAll("x")); } catch (e) { r.push(E(e)); } return r; });
  await P("headersImmutableReq", async () => { const r = new Request("http://x/"); const out = []; for (const f of [() => r.headers.set("a", "b"), () => r.headers.append("a", "b"), () => r.headers.delete("a")]) { try { f(); out.push("ok"); } catch (e) { out.push(E(e)); } } return out; });
  await P("headersImmutableIncoming", async () => "skip");
  await P("headersPairBad", () => new Headers([["a", "b", "c"]]));
  await P("headersPairNotIterable", () => new Headers([5]));
  await P("headersRecordNonString", () => [...new Headers({ a: 1, b: null, c: undefined, d: [1, 2] })]);
  await P("headersValueWhitespace", () => { const h = new Headers(); h.set("a", "  v \t"); h.append("b", "\t"); h.append("c", " x  y "); return [...h]; });
  await P("headersBadValue", () => ["a\0b", "a\rb", "a\nb", "\u00ff", "\u0100"].map((v) => { try { const h = new Headers(); h.set("k", v); return h.get("k"); } catch (e) { return E(e); } }));
  await P("headersBadName", () => ["", "a b", "a:b", "\u00e9", "a\tb", "(x)", "{y}"].map((n) => { try { const h = new Headers(); h.set(n, "v"); return [...h.keys()]; } catch (e) { return E(e); } }));
}),
c("webapi14-clone-timers-misc-less-common", "structuredClone of errors with causes and custom names, boxed primitives, sparse arrays, transfer lists; timers with extra arguments, string handlers, ids, clearTimeout of odd values; queueMicrotask errors; crypto.getRandomValues limits; AbortSignal.any/timeout reasons", async (P) => {
  const E = (e) => [e.name, e.constructor.name, e.message];
  await P("cloneErrorCause", () => { const e = new Error("m", { cause: { c: 1 } }); const c = structuredClone(e); return [c.name, c.message, c.cause, "cause" in c, c.constructor.name, typeof c.stack]; });
  await P("cloneErrorTypes", () => [new TypeError("t"), new RangeError("r"), new SyntaxError("s"), new EvalError("e"), new URIError("u"), new ReferenceError("f"), new AggregateError([1], "a"), new DOMException("d", "AbortError")].map((e) => { try { const c = structuredClone(e); return [c.constructor.name, c.name, c.message, c.errors, c.code]; } catch (x) { return E(x); } }));
  await P("cloneErrorCustomName", () => { const e = new Error("m"); e.name = "Custom"; const f = new TypeError("t"); f.name = "RangeError"; const g = new Error("g"); g.extra = 1; const c = [structuredClone(e), structuredClone(f), structuredClone(g)]; return c.map((x) => [x.constructor.name, x.name, x.message, x.extra]); });
  await P("cloneBoxed", () => { const c = structuredClone([new Number(1), new String("s"), new Boolean(false), Object(1n)]); return c.map((x) => [typeof x, Object.prototype.toString.call(x), x.valueOf().toString()]); });
  await P("cloneSparse", () => { const a = [1, , 3]; a.length = 5; a.p = "x"; const c = structuredClone(a); return [c.length, 1 in c, c.p, Object.keys(c)]; });
  await P("cloneDates", () => { const c = structuredClone([new Date(NaN), new Date(0)]); return [String(c[0].getTime()), c[1].toISOString()]; });
  await P("cloneRegExp", () => { const r = /a+/gi; r.lastIndex = 3; const c = structuredClone(r); return [c.source, c.flags, c.lastIndex]; });
  await P("cloneGetters", () => { let called = 0; const o = { get x() { called++; return 5; } }; const c = structuredClone(o); return [c.x, called, Object.getOwnPropertyDescriptor(c, "x").value]; });
  await P("cloneProtoLoss", () => { class A { constructor() { this.v = 1; } } const c = structuredClone(new A()); return [c.constructor.name, c.v]; });
  await P("cloneTransfer", () => { const ab = new ArrayBuffer(8); const c = structuredClone(ab, { transfer: [ab] }); return [ab.byteLength, c.byteLength, ab.detached]; });
  await P("cloneTransferBad", () => structuredClone(1, { transfer: [{}] }));
  await P("cloneTransferDup", () => { const ab = new ArrayBuffer(1); return structuredClone(ab, { transfer: [ab, ab] }); });
  await P("cloneTransferNotIter", () => structuredClone(1, { transfer: 5 }));
  await P("cloneTypedShared", () => { const ab = new ArrayBuffer(8); const c = structuredClone({ a: new Uint8Array(ab, 2, 2), b: new Uint16Array(ab) }); return [c.a.buffer === c.b.buffer, c.a.byteOffset, c.a.length, c.b.length]; });
  await P("cloneMapKeys", () => { const k = {}; const m = new Map([[k, 1]]); const c = structuredClone({ m, k }); return [c.m.get(c.k), c.m.size]; });
  await P("cloneSymbolKey", () => { const o = { a: 1 }; o[Symbol("s")] = 2; return Object.getOwnPropertySymbols(structuredClone(o)).length; });
  await P("cloneNoArgs", () => structuredClone());
  await P("timerExtraArgs", async () => await new Promise((r) => setTimeout((a, b) => r([a, b]), 1, "x", 2)));
  await P("timerStringHandler", () => { try { return typeof setTimeout("1+1", 1); } catch (e) { return E(e); } });
  await P("timerIdTypes", () => { const a = setTimeout(() => {}, 1000); const b = setInterval(() => {}, 1000); clearTimeout(a); clearInterval(b); return [typeof a, typeof b, b > a, Number.isInteger(a)]; });
  await P("clearOdd", () => { clearTimeout(); clearTimeout(null); clearTimeout("abc"); clearTimeout({}); clearInterval(-1); return "ok"; });
  await P("clearCross", async () => { let fired = false; const id = setInterval(() => { fired = true; }, 1); clearTimeout(id); await new Promise((r) => setTimeout(r, 20)); return fired; });
  await P("timerNegative", async () => { const log = []; setTimeout(() => log.push("neg"), -10); setTimeout(() => log.push("nan"), NaN); setTimeout(() => log.push("str"), "0"); await new Promise((r) => setTimeout(r, 5)); return log; });
  await P("queueMicrotaskBad", () => queueMicrotask(5));
  await P("queueMicrotaskNone", () => queueMicrotask());
  await P("getRandomValuesLimit", () => { const r = []; for (const a of [new Uint8Array(65536), new Uint8Array(65537), new Float32Array(1), new BigInt64Array(1), new DataView(new ArrayBuffer(1)), new Uint8ClampedArray(2)]) { try { r.push(crypto.getRandomValues(a).length ?? "dv"); } catch (e) { r.push(E(e)); } } return r; });
  await P("getRandomValuesNone", () => crypto.getRandomValues());
  await P("randomUUIDShape", () => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
  await P("abortReasons", () => { const a = AbortSignal.abort(); const b = AbortSignal.abort(undefined); const c = AbortSignal.abort(null); const d = AbortSignal.abort(0); return [a.reason.name, a.reason.message, b.reason?.name, c.reason, d.reason]; });
  await P("anyAborted", () => { const s = AbortSignal.any([new AbortController().signal, AbortSignal.abort("r1"), AbortSignal.abort("r2")]); return [s.aborted, s.reason]; });
  await P("anyFollow", () => { const a = new AbortController(); const b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]); const log = []; s.onabort = (e) => log.push([e.type, s.reason]); b.abort("B"); a.abort("A"); return [s.aborted, s.reason, log]; });
  await P("anyBad", () => AbortSignal.any([{}]));
  await P("anyNotIter", () => AbortSignal.any(5));
  await P("anyEmpty", () => AbortSignal.any([]).aborted);
  await P("timeoutReason", async () => { const s = AbortSignal.timeout(1); await new Promise((r) => s.onabort = r); return [s.reason.name, s.reason.message, s.reason.code, s.reason.constructor.name]; });
  await P("timeoutBad", () => [-1, NaN, 2 ** 53, "x"].map((v) => { try { AbortSignal.timeout(v); return "ok"; } catch (e) { return E(e); } }));
  await P("throwIfAborted", () => { const r = []; for (const reason of [undefined, "s", 5, new TypeError("t")]) { try { AbortSignal.abort(reason).throwIfAborted(); } catch (e) { r.push(typeof e === "object" ? [e.name, e.message] : e); } } return r; });
  await P("controllerAbortTwice", () => { const c = new AbortController(); let n = 0; c.signal.addEventListener("abort", () => n++); c.abort("a"); c.abort("b"); return [n, c.signal.reason]; });
  await P("abortSignalCtor", () => new AbortSignal());
}),
];
