// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi10`.
import { PRELUDE, get, req, CD } from "./_h.mjs";
const r = (method, url, headers, body) => ({ request: { url, method, headers: headers ?? {}, body: body ?? null } });
const mod = (script, extra = {}) => ({ modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
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
c("webapi10-usp-url-arguments", "URLSearchParams and URL with uncommon arguments: sequences of wrong length, records with symbols, Map, Headers, numbers, null, objects with toString; no-argument calls and their messages", async (P) => {
  await P("uspPair1", () => new URLSearchParams([["a"]]).toString());
  await P("uspPair3", () => new URLSearchParams([["a", "b", "c"]]).toString());
  await P("uspNotSeq", () => new URLSearchParams([5]).toString());
  await P("uspMap", () => new URLSearchParams(new Map([["a", "1"], ["b", "2"]])).toString());
  await P("uspHeaders", () => new URLSearchParams(new Headers({ x: "1", y: "2" })).toString());
  await P("uspNumber", () => new URLSearchParams(12).toString());
  await P("uspNull", () => new URLSearchParams(null).toString());
  await P("uspUndef", () => new URLSearchParams(undefined).toString());
  await P("uspObjToString", () => new URLSearchParams({ toString() { return "?q=1"; } }).toString());
  await P("uspRecordUndef", () => new URLSearchParams({ a: undefined, b: null, c: 1, d: {} }).toString());
  await P("uspRecordSymbol", () => { const o = { a: "1" }; o[Symbol("s")] = "2"; return new URLSearchParams(o).toString(); });
  await P("uspSelf", () => { const u = new URLSearchParams("a=1&b=2"); return new URLSearchParams(u).toString(); });
  await P("uspString?", () => new URLSearchParams("??a=1").toString());
  await P("uspFunction", () => new URLSearchParams(function f() {}).toString());
  await P("uspArrayStrings", () => new URLSearchParams(["ab", "cd"]).toString());
  await P("uspAppendNoArgs", () => new URLSearchParams().append("a"));
  await P("uspGetNoArgs", () => new URLSearchParams().get());
  await P("uspHasTwo", () => { const u = new URLSearchParams("a=1&a=2"); return [u.has("a", "2"), u.has("a", "3"), u.has("a", undefined)]; });
  await P("uspDeleteTwo", () => { const u = new URLSearchParams("a=1&a=2&a=3"); u.delete("a", "2"); u.delete("a", undefined); return u.toString(); });
  await P("uspForEachNonFn", () => new URLSearchParams("a=1").forEach(5));
  await P("uspForEachThis", () => { const r = []; new URLSearchParams("a=1").forEach(function (v, k, p) { r.push(typeof this, this?.x, v, k, p instanceof URLSearchParams); }, { x: 9 }); return r; });
  await P("uspTag", () => [Object.prototype.toString.call(new URLSearchParams()), String(new URLSearchParams("a=b c")), Object.prototype.toString.call(new URLSearchParams().keys()), Object.prototype.toString.call(Object.getPrototypeOf(new URLSearchParams().entries()))]);
  await P("uspIterProto", () => { const it = new URLSearchParams("a=1").entries(); const p = Object.getPrototypeOf(it); return [Object.getOwnPropertyNames(p), typeof p[Symbol.iterator], p[Symbol.iterator] === undefined, Object.getPrototypeOf(p) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))]; });
  await P("uspSortStable", () => { const u = new URLSearchParams("z=1&a=2&z=0&\uD83D\uDE00=x&\uFB03=y&a=1"); u.sort(); return u.toString(); });
  await P("uspSize", () => { const u = new URLSearchParams("a=1&a=2&b"); const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, "size"); return [u.size, typeof d.get, d.enumerable, d.configurable]; });
  await P("urlNoArgs", () => new URL());
  await P("urlNumber", () => new URL(5).href);
  await P("urlObj", () => new URL({ toString() { return "https://x.test/a"; } }).href);
  await P("urlUrlBase", () => new URL("b", new URL("https://x.test/a/c")).href);
  await P("urlNullBase", () => new URL("https://x.test/", null).href);
  await P("urlUndefBase", () => new URL("https://x.test/", undefined).href);
  await P("urlBadBase", () => new URL("a", "not a url"));
  await P("urlCanParseNoArgs", () => URL.canParse());
  await P("urlParseNoArgs", () => URL.parse());
  await P("urlParseBad", () => URL.parse("nope"));
  await P("urlHrefSetBad", () => { const u = new URL("https://x.test/"); u.href = "bad"; return u.href; });
  await P("urlKeys", () => [Object.keys(new URL("https://x.test/")), JSON.stringify(new URL("https://u:p@x.test:8/p?q#h")), typeof URL.prototype.toJSON]);
  await P("urlTag", () => [Object.prototype.toString.call(new URL("https://x.test")), Object.prototype.toString.call(URL.prototype), String(URL.prototype.toString.length)]);
  await P("urlToStringOther", () => URL.prototype.toString.call({}));
  await P("urlHrefGetterOther", () => Object.getOwnPropertyDescriptor(URL.prototype, "href").get.call({}));
  await P("urlStatics", () => [typeof URL.createObjectURL, typeof URL.revokeObjectURL, Object.getOwnPropertyNames(URL).sort()]);
  await P("urlSearchParamsSame", () => { const u = new URL("https://x.test/?a=1"); const s = u.searchParams; u.search = "b=2"; return [s === u.searchParams, s.toString(), Object.getOwnPropertyDescriptor(URL.prototype, "searchParams").set === undefined]; });
  await P("urlPortSet", () => { const u = new URL("https://x.test/"); const r = []; for (const v of ["8080", "443", "99999", "12ab", "", "-1", 80.5]) { u.port = v; r.push(u.port); } return r; });
  await P("urlProtocolSet", () => { const u = new URL("https://x.test/"); const r = []; for (const v of ["http", "ftp:", "file", "mailto", "HTTP:", "ws:x"]) { u.protocol = v; r.push(u.href); } return r; });
}),
c("webapi10-headers-arguments", "Headers with uncommon init types and values: wrong pair lengths, numbers, strings, symbols, null values; the messages; get and has with non-string names; iteration after changes; toString and tag", async (P) => {
  await P("pair1", () => new Headers([["a"]]));
  await P("pair3", () => new Headers([["a", "b", "c"]]));
  await P("number", () => new Headers(5));
  await P("string", () => new Headers("a:b"));
  await P("nullInit", () => [...new Headers(null)]);
  await P("fnInit", () => [...new Headers(function () {})]);
  await P("mapInit", () => [...new Headers(new Map([["a", "1"]]))]);
  await P("nullValue", () => [...new Headers({ a: null, b: undefined, c: 1, d: true, e: {} })]);
  await P("symbolKey", () => { const o = { a: "1" }; o[Symbol("s")] = "2"; return [...new Headers(o)]; });
  await P("recordOrder", () => [...new Headers({ b: "1", a: "2", 1: "x", C: "3" })]);
  await P("getNum", () => { const h = new Headers({ "1": "x" }); return [h.get(1), h.has(1), h.get(null), h.get(undefined)]; });
  await P("getNoArgs", () => new Headers().get());
  await P("appendNoArgs", () => new Headers().append("a"));
  await P("setNoArgs", () => new Headers().set());
  await P("badName", () => new Headers().append("a b", "1"));
  await P("badNameEmpty", () => new Headers().append("", "1"));
  await P("badValueNul", () => new Headers().append("a", "x\0y"));
  await P("badValueCR", () => new Headers().append("a", "x\ry"));
  await P("valueLF", () => new Headers().append("a", "x\ny"));
  await P("valueTrim", () => { const h = new Headers(); h.append("a", " \t x y \t\n"); return JSON.stringify(h.get("a")); });
  await P("valueNonLatin", () => new Headers().append("a", "\u0100"));
  await P("nameNonLatin", () => new Headers().append("\u00e9", "1"));
  await P("iterateMutate", () => { const h = new Headers({ a: "1", b: "2", c: "3" }); const r = []; for (const [k] of h) { r.push(k); if (k === "a") { h.delete("b"); h.set("aa", "x"); } } return r; });
  await P("forEachNonFn", () => new Headers().forEach(null));
  await P("forEachArgs", () => { const r = []; new Headers({ a: "1" }).forEach(function (v, k, h) { r.push(v, k, h instanceof Headers, this === undefined ? "undef" : typeof this); }); return r; });
  await P("tags", () => [Object.prototype.toString.call(new Headers()), String(new Headers({ a: "1" })), Object.prototype.toString.call(new Headers().entries()), new Headers().entries()[Symbol.toStringTag]]);
  await P("iterProtoNames", () => Object.getOwnPropertyNames(Object.getPrototypeOf(new Headers().keys())));
  await P("setCookieOrder", () => { const h = new Headers(); h.append("set-cookie", "b=2"); h.append("x", "1"); h.append("Set-Cookie", "a=1"); h.append("a", "0"); return [[...h], h.getSetCookie(), h.get("set-cookie")]; });
  await P("getAll", () => { const h = new Headers(); h.append("set-cookie", "a"); h.append("x", "1"); return [typeof h.getAll, h.getAll && h.getAll("set-cookie")]; });
  await P("getAllOther", () => new Headers({ x: "1" }).getAll("x"));
  await P("headersFromHeaders", () => { const a = new Headers(); a.append("set-cookie", "1"); a.append("set-cookie", "2"); a.append("x", "a"); a.append("x", "b"); return [...new Headers(a)]; });
  await P("keysOrder", () => [...new Headers([["B", "1"], ["a", "2"], ["b", "3"], ["A", "4"]]).keys()]);
  await P("thisCheck", () => Headers.prototype.get.call({}, "a"));
  await P("entriesNonHeaders", () => Headers.prototype.entries.call({}));
}),
c("webapi10-request-response-arguments", "Request and Response with uncommon arguments: no arguments, relative URLs, numbers, objects with toString, init null, statuses as strings and fractions, statusText checks, Response.json of values JSON refuses; their messages", async (P) => {
  await P("reqNoArgs", () => new Request());
  await P("reqRelative", () => new Request("/a"));
  await P("reqNumber", () => new Request(5));
  await P("reqObj", () => new Request({ toString() { return "https://x.test/o"; } }).url);
  await P("reqUrl", () => new Request(new URL("https://x.test/u")).url);
  await P("reqInitNull", () => new Request("https://x.test/", null).method);
  await P("reqInitNum", () => new Request("https://x.test/", 5).method);
  await P("reqMethodLower", () => ["get", "post", "put", "delete", "patch", "head", "options", "connect", "trace", "track", "PaTcH"].map((m) => { try { return new Request("https://x.test/", { method: m }).method; } catch (e) { return e.name + ": " + e.message; } }));
  await P("reqMethodBad", () => new Request("https://x.test/", { method: "a b" }));
  await P("reqMethodEmpty", () => new Request("https://x.test/", { method: "" }));
  await P("reqGetBody", () => new Request("https://x.test/", { body: "x" }));
  await P("reqHeadBody", () => new Request("https://x.test/", { method: "HEAD", body: "x" }));
  await P("reqGetBodyNull", () => new Request("https://x.test/", { body: null }).body);
  await P("reqCreds", () => new Request("https://u:p@x.test/"));
  await P("reqProps", () => { const r = new Request("https://x.test/"); return [r.cache, r.credentials, r.destination, r.integrity, r.keepalive, r.mode, r.redirect, r.referrer, r.referrerPolicy, String(r.signal), r.cf, r.fetcher, r.duplex, r.isHistoryNavigation, r.isReloadNavigation]; });
  await P("reqCacheValues", () => ["no-store", "no-cache", "default", "reload", "force-cache", "only-if-cached", "bogus"].map((v) => { try { return new Request("https://x.test/", { cache: v }).cache; } catch (e) { return e.name + ": " + e.message; } }));
  await P("reqRedirectBad", () => new Request("https://x.test/", { redirect: "bogus" }));
  await P("reqModeBad", () => new Request("https://x.test/", { mode: "navigate" }).mode);
  await P("reqCredentialsBad", () => new Request("https://x.test/", { credentials: "include" }).credentials);
  await P("reqIntegrity", () => new Request("https://x.test/", { integrity: "sha256-abc" }).integrity);
  await P("reqTag", () => [Object.prototype.toString.call(new Request("https://x.test/")), String(new Request("https://x.test/"))]);
  await P("resNumberBody", () => new Response(5).text());
  await P("resObjBody", () => new Response({ a: 1 }).text());
  await P("resArrayBody", () => new Response([1, 2]).text());
  await P("resSymbolBody", () => new Response(Symbol("x")));
  await P("resStatusString", () => new Response("", { status: "201" }).status);
  await P("resStatusFraction", () => new Response("", { status: 201.7 }).status);
  await P("resStatusNaN", () => new Response("", { status: NaN }));
  await P("resStatus0", () => new Response("", { status: 0 }));
  await P("resStatus199", () => new Response("", { status: 199 }));
  await P("resStatus600", () => new Response("", { status: 600 }));
  await P("resStatus599", () => new Response("", { status: 599 }).status);
  await P("resStatusNeg", () => new Response("", { status: -1 }));
  await P("resStatusBig", () => new Response("", { status: 65736 }));
  await P("resStatusTextBad", () => new Response("", { statusText: "a\nb" }));
  await P("resStatusTextLatin", () => new Response("", { statusText: "caf\u00e9" }).statusText);
  await P("resStatusTextWide", () => new Response("", { statusText: "\u0100" }));
  await P("resStatusTextNum", () => new Response("", { statusText: 5 }).statusText);
  await P("resDefaultStatusText", () => [new Response("").statusText, new Response("", { status: 404 }).statusText, new Response("", { status: 418 }).statusText, Response.error().statusText, Response.redirect("https://x.test/").statusText]);
  await P("resNullBody204", () => new Response("x", { status: 204 }));
  await P("resNullBody304", () => new Response("", { status: 304 }));
  await P("resNullBody101", () => new Response(null, { status: 101 }));
  await P("jsonBigInt", () => Response.json(1n));
  await P("jsonUndefined", () => Response.json(undefined));
  await P("jsonFunction", () => Response.json(() => 1));
  await P("jsonCycle", () => { const o = {}; o.o = o; return Response.json(o); });
  await P("jsonToJSON", () => Response.json({ toJSON() { return "tj"; } }).text());
  await P("jsonInitHeaders", async () => { const r = Response.json({ a: 1 }, { status: 201, headers: { "content-type": "text/x" } }); return [r.status, r.headers.get("content-type"), await r.text()]; });
  await P("redirectBad", () => Response.redirect("https://x.test/", 200));
  await P("redirectRelative", () => Response.redirect("/a"));
  await P("redirectUrlObj", () => Response.redirect(new URL("https://x.test/u"), 307).headers.get("location"));
  await P("redirectStatusString", () => Response.redirect("https://x.test/", "301").status);
  await P("resTag", () => [Object.prototype.toString.call(new Response()), String(new Response())]);
  await P("resType", () => [new Response().type, Response.error().type, Response.error().status, Response.redirect("https://x.test/").type, new Response().url, new Response().redirected]);
  await P("errorHeadersImmutable", () => Response.error().headers.set("a", "1"));
  await P("redirectHeadersImmutable", () => Response.redirect("https://x.test/").headers.set("a", "1"));
}),
c("webapi10-encoding-base64-arguments", "TextEncoder, TextDecoder, atob and btoa with uncommon arguments: labels, options objects, SharedArrayBuffer, DataView, strings, null; fatal errors; encodeInto targets; messages and classes", async (P) => {
  await P("tdLabelBad", () => new TextDecoder("bogus"));
  await P("tdLabelSpaces", () => new TextDecoder("  UTF-8\n").encoding);
  await P("tdLabels", () => ["latin1", "ascii", "utf-16", "unicode-1-1-utf-8", "utf-16be", "iso-8859-2", "x-user-defined", "replacement", "iso-2022-kr", "gb2312", "koi8-r"].map((l) => { try { return new TextDecoder(l).encoding; } catch (e) { return e.name + ": " + e.message; } }));
  await P("tdOptsNull", () => { const d = new TextDecoder("utf-8", null); return [d.fatal, d.ignoreBOM]; });
  await P("tdOptsTruthy", () => { const d = new TextDecoder("utf-8", { fatal: 1, ignoreBOM: "yes" }); return [d.fatal, d.ignoreBOM]; });
  await P("tdOptsNum", () => new TextDecoder("utf-8", 5).fatal);
  await P("tdDecodeString", () => new TextDecoder().decode("abc"));
  await P("tdDecodeNull", () => new TextDecoder().decode(null));
  await P("tdDecodeUndef", () => new TextDecoder().decode(undefined));
  await P("tdDecodeArray", () => new TextDecoder().decode([104, 105]));
  await P("tdDecodeDataView", () => new TextDecoder().decode(new DataView(new Uint8Array([104, 105, 33]).buffer, 1)));
  await P("tdDecodeU16", () => new TextDecoder().decode(new Uint16Array([0x6968])));
  await P("tdFatal", () => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])));
  await P("tdFatal16", () => new TextDecoder("utf-16le", { fatal: true }).decode(new Uint8Array([0x41])));
  await P("tdBOM", () => [new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length]);
  await P("tdStreamOpt", () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), d.decode(new Uint8Array([0xac])), d.decode(new Uint8Array([0xe2]), { stream: true }), d.decode()]; });
  await P("tdDecodeOptsBad", () => new TextDecoder().decode(new Uint8Array([65]), 5));
  await P("tdTag", () => [Object.prototype.toString.call(new TextDecoder()), Object.prototype.toString.call(new TextEncoder()), String(new TextDecoder())]);
  await P("tdKeys", () => { const r = []; for (const k in new TextDecoder()) r.push(k); return r; });
  await P("teKeys", () => { const r = []; for (const k in new TextEncoder()) r.push(k); return r; });
  await P("teArgs", () => [new TextEncoder("utf-16").encoding, [...new TextEncoder().encode()], [...new TextEncoder().encode(null)], [...new TextEncoder().encode(12)], [...new TextEncoder().encode("\uD800")]]);
  await P("teEncodeInto", () => { const u = new Uint8Array(4); const r = new TextEncoder().encodeInto("a\u20acb", u); return [r, [...u], Object.keys(r)]; });
  await P("teEncodeIntoBad", () => new TextEncoder().encodeInto("a", new Uint16Array(2)));
  await P("teEncodeIntoNoArgs", () => new TextEncoder().encodeInto("a"));
  await P("atobNoArgs", () => atob());
  await P("btoaNoArgs", () => btoa());
  await P("atobBad", () => atob("a"));
  await P("atobBadChar", () => atob("ab*c"));
  await P("atobWhitespace", () => atob(" YW\tJj\nZA== \f"));
  await P("atobNoPad", () => [atob("YWI"), atob("YQ")]);
  await P("atobBadPad", () => atob("YQ="));
  await P("atobPadMid", () => atob("YQ==YQ=="));
  await P("atobNull", () => atob(null));
  await P("atobUndef", () => atob(undefined));
  await P("atobNum", () => atob(1234));
  await P("btoaWide", () => btoa("\u0100"));
  await P("btoaNull", () => [btoa(null), btoa(undefined), btoa(12), btoa({}), btoa("\u00ff\u00fe")]);
  await P("btoaSymbol", () => btoa(Symbol("s")));
}),
c("webapi10-clone-abort-events-arguments", "structuredClone of values it refuses and keeps; AbortSignal.timeout and any with odd arguments; EventTarget and Event with uncommon arguments; messages and classes", async (P) => {
  await P("cloneFn", () => structuredClone(() => 1));
  await P("cloneSymbol", () => structuredClone(Symbol("s")));
  await P("cloneNoArgs", () => structuredClone());
  await P("cloneWeakMap", () => structuredClone(new WeakMap()));
  await P("clonePromise", () => structuredClone(Promise.resolve(1)));
  await P("cloneHeaders", () => structuredClone(new Headers()));
  await P("cloneRequest", () => structuredClone(new Request("https://x.test/")));
  await P("cloneStream", () => structuredClone(new ReadableStream()));
  await P("cloneErrors", () => { const r = []; for (const E of [Error, TypeError, RangeError, SyntaxError, EvalError, ReferenceError, URIError]) { const e = structuredClone(new E("m", { cause: 5 })); r.push([e.constructor.name, e.name, e.message, e.cause, Object.keys(e), typeof e.stack]); } return r; });
  await P("cloneErrorCustomName", () => { const e = new Error("m"); e.name = "MyErr"; const c = structuredClone(e); return [c.name, c.constructor.name, Object.prototype.toString.call(c)]; });
  await P("cloneDomException", () => { const c = structuredClone(new DOMException("m", "DataError")); return [c instanceof DOMException, c.name, c.message, c.code, c.constructor.name]; });
  await P("cloneAggregate", () => { const c = structuredClone(new AggregateError([1], "agg")); return [c.constructor.name, c.message, c.errors]; });
  await P("cloneClass", () => { class A { constructor() { this.x = 1; } get y() { return 2; } } const c = structuredClone(new A()); return [c.constructor.name, c.x, c.y, Object.keys(c)]; });
  await P("cloneGetter", () => { const c = structuredClone({ get g() { return 5; } }); return Object.getOwnPropertyDescriptor(c, "g"); });
  await P("cloneSparse", () => { const a = [1, , 3]; a.x = "p"; const c = structuredClone(a); return [c.length, 1 in c, c.x, Object.keys(c)]; });
  await P("cloneBoxed", () => { const c = structuredClone([new Number(1), new String("s"), new Boolean(false), Object(1n)]); return c.map((v) => typeof v + ":" + Object.prototype.toString.call(v) + ":" + String(v)); });
  await P("cloneRegExp", () => { const r = /a/giy; r.lastIndex = 3; const c = structuredClone(r); return [c.source, c.flags, c.lastIndex]; });
  await P("cloneDateInvalid", () => String(structuredClone(new Date(NaN))));
  await P("cloneTransferBad", () => structuredClone(1, { transfer: [1] }));
  await P("cloneTransferDup", () => { const b = new ArrayBuffer(2); return structuredClone(b, { transfer: [b, b] }); });
  await P("cloneTransfer", () => { const b = new ArrayBuffer(2); const c = structuredClone(b, { transfer: [b] }); return [b.byteLength, c.byteLength]; });
  await P("cloneOptsNull", () => structuredClone(1, null));
  await P("cloneOptsNum", () => structuredClone(1, 5));
  await P("cloneSharedView", () => { const b = new ArrayBuffer(4); const c = structuredClone({ a: new Uint8Array(b), d: new DataView(b, 1) }); return [c.a.buffer === c.d.buffer, c.d.byteOffset, Object.prototype.toString.call(c.d)]; });
  await P("abortTimeoutNeg", () => AbortSignal.timeout(-1));
  await P("abortTimeoutStr", () => AbortSignal.timeout("abc"));
  await P("abortTimeoutNoArgs", () => AbortSignal.timeout());
  await P("abortTimeoutBig", () => AbortSignal.timeout(2 ** 53).aborted);
  await P("abortTimeoutFrac", () => AbortSignal.timeout(1.5).aborted);
  await P("abortAnyBad", () => AbortSignal.any(5));
  await P("abortAnyNoArgs", () => AbortSignal.any());
  await P("abortAnyNonSignal", () => AbortSignal.any([{}]));
  await P("abortAnyEmpty", () => { const s = AbortSignal.any([]); return [s.aborted, String(s.reason)]; });
  await P("abortAnyAborted", () => { const c = new AbortController(); c.abort("why"); const s = AbortSignal.any([new AbortController().signal, c.signal]); return [s.aborted, s.reason]; });
  await P("abortReasonDefault", () => { const c = new AbortController(); c.abort(); const r = c.signal.reason; return [r.name, r.message, r.code, r.constructor.name, String(r)]; });
  await P("abortStatic", () => { const s = AbortSignal.abort(); return [s.reason.name, s.reason.message, AbortSignal.abort(undefined).reason.name, AbortSignal.abort(null).reason]; });
  await P("abortThrowIf", () => { const s = AbortSignal.abort(5); try { s.throwIfAborted(); } catch (e) { return e; } });
  await P("signalNew", () => new AbortSignal());
  await P("signalTag", () => [Object.prototype.toString.call(new AbortController().signal), Object.prototype.toString.call(new AbortController()), String(new AbortController().signal)]);
  await P("signalKeys", () => { const r = []; for (const k in new AbortController().signal) r.push(k); return r; });
  await P("etNullListener", () => { const et = new EventTarget(); et.addEventListener("x", null); et.removeEventListener("x", null); return et.dispatchEvent(new Event("x")); });
  await P("etNumListener", () => new EventTarget().addEventListener("x", 5));
  await P("etHandleEvent", () => { const et = new EventTarget(); const r = []; const o = { handleEvent(e) { r.push(e.type, this === o); } }; et.addEventListener("x", o); et.dispatchEvent(new Event("x")); return r; });
  await P("etHandleEventMissing", () => { const et = new EventTarget(); et.addEventListener("x", {}); return et.dispatchEvent(new Event("x")); });
  await P("etNoArgs", () => new EventTarget().addEventListener());
  await P("etDispatchNonEvent", () => new EventTarget().dispatchEvent({ type: "x" }));
  await P("etDispatchNoArgs", () => new EventTarget().dispatchEvent());
  await P("etOptionsBool", () => { const et = new EventTarget(); let n = 0; const f = () => n++; et.addEventListener("x", f, true); et.addEventListener("x", f, false); et.dispatchEvent(new Event("x")); return n; });
  await P("etOnceSignal", () => { const et = new EventTarget(); const c = new AbortController(); let n = 0; et.addEventListener("x", () => n++, { once: true }); et.addEventListener("x", () => n += 10, { signal: c.signal }); et.dispatchEvent(new Event("x")); c.abort(); et.dispatchEvent(new Event("x")); return n; });
  await P("etAbortedSignal", () => { const et = new EventTarget(); let n = 0; et.addEventListener("x", () => n++, { signal: AbortSignal.abort() }); et.dispatchEvent(new Event("x")); return n; });
  await P("etSignalBad", () => new EventTarget().addEventListener("x", () => {}, { signal: 5 }));
  await P("etRedispatch", () => { const et = new EventTarget(); const e = new Event("x"); et.addEventListener("x", () => { try { et.dispatchEvent(e); } catch (err) { e.err = err.name + ": " + err.message; } }); et.dispatchEvent(e); return e.err; });
  await P("eventNoArgs", () => new Event());
  await P("eventInitBad", () => new Event("x", 5));
  await P("eventProps", () => { const e = new Event("x", { bubbles: 1, cancelable: "y", composed: true }); return [e.type, e.bubbles, e.cancelable, e.composed, e.eventPhase, e.isTrusted, e.defaultPrevented, e.returnValue, e.cancelBubble, typeof e.timeStamp, e.target, e.currentTarget, e.srcElement, e.composedPath()]; });
  await P("eventKeys", () => { const r = []; for (const k in new Event("x")) r.push(k); return r; });
  await P("eventTag", () => [Object.prototype.toString.call(new Event("x")), Object.prototype.toString.call(new CustomEvent("x")), String(new Event("x")), Object.prototype.toString.call(new EventTarget())]);
  await P("customEventDetail", () => [new CustomEvent("x").detail, new CustomEvent("x", { detail: 5 }).detail, new CustomEvent("x", null).detail]);
  await P("eventConstants", () => [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, new Event("x").AT_TARGET]);
}),
c("webapi10-globals-navigator-performance-scheduler", "navigator, performance and scheduler: values, tags, keys, scheduler.wait with odd arguments, queueMicrotask and setTimeout with non-functions, crypto.getRandomValues with other arrays and sizes, randomUUID shape", async (P) => {
  await P("navigator", () => [navigator.userAgent, navigator.language, navigator.languages, navigator.hardwareConcurrency, Object.prototype.toString.call(navigator), String(navigator), Object.keys(navigator), typeof navigator.sendBeacon, navigator.onLine, navigator.platform]);
  await P("navigatorForIn", () => { const r = []; for (const k in navigator) r.push(k); return r; });
  await P("performance", () => [typeof performance.now(), performance.timeOrigin, Object.prototype.toString.call(performance), String(performance), typeof performance.toJSON, typeof performance.mark, typeof performance.measure, typeof performance.getEntries]);
  await P("performanceForIn", () => { const r = []; for (const k in performance) r.push(k); return r; });
  await P("performanceNowThis", () => { const f = performance.now; return typeof f(); });
  await P("scheduler", () => [Object.prototype.toString.call(scheduler), String(scheduler), Object.keys(scheduler), typeof scheduler.yield, typeof scheduler.postTask]);
  await P("schedulerForIn", () => { const r = []; for (const k in scheduler) r.push(k); return r; });
  await P("waitNeg", async () => { await scheduler.wait(-5); return "ok"; });
  await P("waitStr", async () => { await scheduler.wait("x"); return "ok"; });
  await P("waitNoArgs", async () => { await scheduler.wait(); return "ok"; });
  await P("waitSignalAborted", () => scheduler.wait(10, { signal: AbortSignal.abort("r") }));
  await P("waitSignalBad", () => scheduler.wait(10, { signal: 5 }));
  await P("waitOptsNum", async () => { await scheduler.wait(1, 5); return "ok"; });
  await P("waitResult", () => scheduler.wait(1));
  await P("qmNonFn", () => queueMicrotask(5));
  await P("qmNoArgs", () => queueMicrotask());
  await P("setTimeoutNonFn", () => typeof setTimeout("1+1", 1));
  await P("setTimeoutNoArgs", () => setTimeout());
  await P("setTimeoutReturn", () => { const id = setTimeout(() => {}, 10000); clearTimeout(id); return [typeof id, Object.prototype.toString.call(id), typeof id[Symbol.toPrimitive], Number(id) > 0]; });
  await P("clearTimeoutOdd", () => [clearTimeout(), clearTimeout(null), clearTimeout("x"), clearTimeout({}), clearInterval(-1)]);
  await P("grvFloat", () => crypto.getRandomValues(new Float32Array(2)));
  await P("grvBig", () => crypto.getRandomValues(new Uint8Array(65537)));
  await P("grvMax", () => crypto.getRandomValues(new Uint8Array(65536)).length);
  await P("grvDataView", () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
  await P("grvNoArgs", () => crypto.getRandomValues());
  await P("grvArray", () => crypto.getRandomValues([1, 2]));
  await P("grvBigInt", () => crypto.getRandomValues(new BigUint64Array(1)).length);
  await P("grvClamped", () => crypto.getRandomValues(new Uint8ClampedArray(2)).length);
  await P("grvReturnsSame", () => { const a = new Int16Array(3); return crypto.getRandomValues(a) === a; });
  await P("grvThis", () => { const f = crypto.getRandomValues; return f(new Uint8Array(1)).length; });
  await P("uuid", () => { const u = crypto.randomUUID(); return [u.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)]; });
  await P("cryptoTag", () => [Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle), String(crypto), Object.keys(crypto), (() => { const r = []; for (const k in crypto) r.push(k); return r; })()]);
  await P("subtleForIn", () => { const r = []; for (const k in crypto.subtle) r.push(k); return r; });
}),
c("webapi10-streams-arguments", "stream classes with uncommon arguments: sources and sinks of wrong types, strategies with odd values, enqueue of wrong chunk types, CompressionStream formats, TextEncoderStream chunks; messages, classes and tags", async (P) => {
  await P("rsSourceNum", () => new ReadableStream(5));
  await P("rsSourceNull", () => typeof new ReadableStream(null));
  await P("rsTypeBad", () => new ReadableStream({ type: "other" }));
  await P("rsTypeUndefStr", () => typeof new ReadableStream({ type: undefined }));
  await P("rsStartNonFn", () => new ReadableStream({ start: 5 }));
  await P("rsPullNonFn", () => new ReadableStream({ pull: "x" }));
  await P("rsHwmNeg", () => new ReadableStream({}, { highWaterMark: -1 }));
  await P("rsHwmNaN", () => new ReadableStream({}, { highWaterMark: NaN }));
  await P("rsHwmStr", () => new ReadableStream({}, { highWaterMark: "3" }).locked);
  await P("rsSizeNonFn", () => new ReadableStream({}, { size: 5 }));
  await P("rsBytesSize", () => new ReadableStream({ type: "bytes" }, { size() { return 1; } }));
  await P("bytesEnqueueStr", () => new Promise((res) => new ReadableStream({ type: "bytes", start(c) { try { c.enqueue("x"); res("ok"); } catch (e) { res(e.name + ": " + e.message); } } })));
  await P("bytesEnqueueEmpty", () => new Promise((res) => new ReadableStream({ type: "bytes", start(c) { try { c.enqueue(new Uint8Array(0)); res("ok"); } catch (e) { res(e.name + ": " + e.message); } } })));
  await P("bytesEnqueueAB", () => new Promise((res) => new ReadableStream({ type: "bytes", start(c) { try { c.enqueue(new ArrayBuffer(2)); res("ok"); } catch (e) { res(e.name + ": " + e.message); } } })));
  await P("enqueueAfterClose", () => new Promise((res) => new ReadableStream({ start(c) { c.close(); try { c.enqueue("x"); res("ok"); } catch (e) { res(e.name + ": " + e.message); } } })));
  await P("closeTwice", () => new Promise((res) => new ReadableStream({ start(c) { c.close(); try { c.close(); res("ok"); } catch (e) { res(e.name + ": " + e.message); } } })));
  await P("readerOnLocked", () => { const s = new ReadableStream(); s.getReader(); return s.getReader(); });
  await P("readerModeBad", () => new ReadableStream().getReader({ mode: "other" }));
  await P("readerModeByobDefault", () => new ReadableStream().getReader({ mode: "byob" }));
  await P("readerReleasedRead", async () => { const r = new ReadableStream().getReader(); r.releaseLock(); return r.read(); });
  await P("readerReleasedClosed", async () => { const r = new ReadableStream().getReader(); r.releaseLock(); return r.closed; });
  await P("byobReadBad", async () => { const r = new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" }); return r.read(new ArrayBuffer(2)); });
  await P("byobReadEmpty", async () => { const r = new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" }); return r.read(new Uint8Array(0)); });
  await P("byobReadNoArgs", async () => { const r = new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" }); return r.read(); });
  await P("wsSinkNum", () => new WritableStream(5));
  await P("wsTypeSet", () => new WritableStream({ type: "bytes" }));
  await P("wsWriteNonFn", () => new WritableStream({ write: 5 }));
  await P("tsTransformNonFn", () => new TransformStream({ transform: 5 }));
  await P("tsReadableType", () => new TransformStream({ readableType: "bytes" }));
  await P("tsWritableType", () => new TransformStream({ writableType: "bytes" }));
  await P("csBad", () => new CompressionStream("br"));
  await P("csNoArgs", () => new CompressionStream());
  await P("csUpper", () => new CompressionStream("GZIP"));
  await P("dsBad", () => new DecompressionStream("zstd"));
  await P("csWriteStr", async () => { const cs = new CompressionStream("gzip"); const w = cs.writable.getWriter(); cs.readable.getReader().read().catch(() => {}); return w.write("abc"); });
  await P("tesWriteNum", async () => { const ts = new TextEncoderStream(); const w = ts.writable.getWriter(); const rd = ts.readable.getReader(); w.write(12); const r = await rd.read(); return [...r.value]; });
  await P("tesWriteObj", async () => { const ts = new TextEncoderStream(); const w = ts.writable.getWriter(); const rd = ts.readable.getReader(); w.write({}); const r = await rd.read(); return new TextDecoder().decode(r.value); });
  await P("tdsWriteStr", async () => { const ts = new TextDecoderStream(); const w = ts.writable.getWriter(); const rd = ts.readable.getReader(); w.write("abc").catch(() => {}); return rd.read(); });
  await P("tdsFatal", async () => { const ts = new TextDecoderStream("utf-8", { fatal: true }); const w = ts.writable.getWriter(); const rd = ts.readable.getReader(); w.write(new Uint8Array([0xff])).catch(() => {}); return rd.read(); });
  await P("tdsProps", () => { const ts = new TextDecoderStream("latin1", { fatal: true, ignoreBOM: true }); return [ts.encoding, ts.fatal, ts.ignoreBOM, new TextEncoderStream().encoding]; });
  await P("tdsBadLabel", () => new TextDecoderStream("bogus"));
  await P("tags", () => [new ReadableStream(), new WritableStream(), new TransformStream(), new ReadableStream().getReader(), new WritableStream().getWriter(), new CompressionStream("gzip"), new DecompressionStream("gzip"), new TextEncoderStream(), new TextDecoderStream(), new ByteLengthQueuingStrategy({ highWaterMark: 1 }), new CountQueuingStrategy({ highWaterMark: 1 }), new IdentityTransformStream(), new FixedLengthStream(1)].map((o) => Object.prototype.toString.call(o)));
  await P("strategyArgs", () => [new CountQueuingStrategy({ highWaterMark: "5" }).highWaterMark, new ByteLengthQueuingStrategy({ highWaterMark: -1 }).highWaterMark, CountQueuingStrategy.prototype.size === new CountQueuingStrategy({ highWaterMark: 1 }).size, new CountQueuingStrategy({ highWaterMark: 1 }).size.length]);
  await P("strategyNoArgs", () => new CountQueuingStrategy());
  await P("strategyNoHwm", () => new ByteLengthQueuingStrategy({}));
  await P("fixedLenBad", () => new FixedLengthStream(-1));
  await P("fixedLenStr", () => new FixedLengthStream("x"));
  await P("fromNonIterable", () => ReadableStream.from(5));
  await P("fromNull", () => ReadableStream.from(null));
  await P("fromString", async () => { const r = ReadableStream.from("ab").getReader(); return [await r.read(), await r.read(), await r.read()]; });
  await P("pipeToNonWritable", () => new ReadableStream().pipeTo({}));
  await P("pipeThroughBad", () => new ReadableStream().pipeThrough({}));
  await P("pipeThroughNoReadable", () => new ReadableStream().pipeThrough({ writable: new WritableStream() }));
  await P("teeLocked", () => { const s = new ReadableStream(); s.getReader(); return s.tee(); });
  await P("cancelLocked", () => { const s = new ReadableStream(); s.getReader(); return s.cancel(); });
  await P("abortLocked", () => { const s = new WritableStream(); s.getWriter(); return s.abort(); });
  await P("writerLocked", () => { const s = new WritableStream(); s.getWriter(); return s.getWriter(); });
  await P("forIn", () => [new ReadableStream(), new WritableStream(), new TransformStream(), new ReadableStream().getReader()].map((o) => { const r = []; for (const k in o) r.push(k); return r; }));
}),
c("webapi10-body-mixin-arguments", "Body mixin with uncommon bodies and states: typed-array views with offsets, DataView, URLSearchParams and FormData content types, Blob types, streams of strings, reading twice, json and formData failures; messages and classes", async (P) => {
  await P("viewOffset", () => new Response(new Uint8Array([0, 104, 105, 0]).subarray(1, 3)).text());
  await P("dataView", () => new Response(new DataView(new Uint8Array([104, 105, 106]).buffer, 1, 1)).text());
  await P("u16", () => new Response(new Uint16Array([0x6968])).text());
  await P("uspCT", () => new Response(new URLSearchParams("a=1 2")).headers.get("content-type"));
  await P("uspBody", () => new Response(new URLSearchParams("a=1 2&b=\u00e9")).text());
  await P("blobCT", () => [new Response(new Blob(["x"], { type: "Text/Plain" })).headers.get("content-type"), new Response(new Blob(["x"])).headers.get("content-type"), new Response("x", { headers: { "content-type": "a/b" } }).headers.get("content-type")]);
  await P("fdCT", () => /^multipart\/form-data; boundary=/.test(new Response(new FormData()).headers.get("content-type")));
  await P("stringStream", async () => { const s = new ReadableStream({ start(c) { c.enqueue("str"); c.close(); } }); return new Response(s).text(); });
  await P("numberStream", async () => { const s = new ReadableStream({ start(c) { c.enqueue(5); c.close(); } }); return new Response(s).text(); });
  await P("abStream", async () => { const s = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105]).buffer); c.close(); } }); return new Response(s).text(); });
  await P("readTwice", async () => { const r = new Response("x"); await r.text(); return r.text(); });
  await P("readTwiceAB", async () => { const r = new Response("x"); await r.text(); return r.arrayBuffer(); });
  await P("readLockedBody", async () => { const r = new Response("x"); r.body.getReader(); return r.text(); });
  await P("cloneUsed", async () => { const r = new Response("x"); await r.text(); return r.clone(); });
  await P("reqCloneUsed", async () => { const r = new Request("https://x.test/", { method: "POST", body: "x" }); await r.text(); return r.clone(); });
  await P("newReqFromUsed", async () => { const r = new Request("https://x.test/", { method: "POST", body: "x" }); await r.text(); return new Request(r); });
  await P("newRespFromUsedBody", async () => { const r = new Response("x"); const b = r.body; await r.text(); return new Response(b); });
  await P("jsonBad", () => new Response("{a").json());
  await P("jsonEmpty", () => new Response("").json());
  await P("jsonBOM", () => new Response("\uFEFF{\"a\":1}").json());
  await P("formDataNoCT", () => new Response("a=1").formData());
  await P("formDataBadCT", () => new Response("a=1", { headers: { "content-type": "text/plain" } }).formData());
  await P("formDataMultipartNoBoundary", () => new Response("x", { headers: { "content-type": "multipart/form-data" } }).formData());
  await P("formDataUrlencoded", async () => [...await new Response("a=1&b=%zz&c", { headers: { "content-type": "application/x-www-form-urlencoded;charset=utf-8" } }).formData()]);
  await P("blobType", async () => [(await new Response("x", { headers: { "content-type": "Text/HTML; Charset=UTF-8" } }).blob()).type, (await new Response("x").blob()).type, (await new Response(new Uint8Array(1)).blob()).type]);
  await P("bytes", async () => { const b = await new Response("hi").bytes(); return [Object.prototype.toString.call(b), b.length]; });
  await P("bodyNull", () => [new Response(null).body, new Response(undefined).body, new Response("").body === null, new Request("https://x.test/").body]);
  await P("bodyUsedNull", async () => { const r = new Response(null); const t1 = await r.text(); return [t1, r.bodyUsed, await r.text(), r.bodyUsed]; });
  await P("textBOM", () => new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).text());
  await P("textInvalid", () => new Response(new Uint8Array([0x41, 0xff, 0x42])).text());
  await P("textUtf16CT", () => new Response(new Uint8Array([0x41, 0x00]), { headers: { "content-type": "text/plain; charset=utf-16le" } }).text());
  await P("methodsOnOther", () => Response.prototype.text.call({}));
}),
c("webapi10-subtle-arguments", "crypto.subtle with uncommon arguments: algorithm as string, object without name, unknown names, data as string, array, DataView, key of the wrong class, usages not an array; messages and classes", async (P) => {
  const key = await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", true, ["encrypt"]);
  await P("digestStr", async () => hex(await crypto.subtle.digest("sha-256", new Uint8Array(0))).slice(0, 8));
  await P("digestObjNoName", () => crypto.subtle.digest({}, new Uint8Array(0)));
  await P("digestUnknown", () => crypto.subtle.digest("SHA-3", new Uint8Array(0)));
  await P("digestDataString", () => crypto.subtle.digest("SHA-256", "abc"));
  await P("digestDataArray", () => crypto.subtle.digest("SHA-256", [1, 2]));
  await P("digestDataView", async () => hex(await crypto.subtle.digest("SHA-1", new DataView(new Uint8Array([1, 2, 3]).buffer, 1))).slice(0, 8));
  await P("digestNoData", () => crypto.subtle.digest("SHA-256"));
  await P("digestNoArgs", () => crypto.subtle.digest());
  await P("digestNumber", () => crypto.subtle.digest(5, new Uint8Array(0)));
  await P("digestNull", () => crypto.subtle.digest(null, new Uint8Array(0)));
  await P("digestSync", () => { try { const p = crypto.subtle.digest("nope", new Uint8Array(0)); p.catch(() => {}); return "promise:" + (p instanceof Promise); } catch (e) { return "threw " + e.name; } });
  await P("importUsagesNotArray", () => crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", true, "encrypt"));
  await P("importUsagesBad", () => crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", true, ["bogus"]));
  await P("importFormatBad", () => crypto.subtle.importKey("bogus", new Uint8Array(16), "AES-GCM", true, ["encrypt"]));
  await P("importExtractableNum", async () => (await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", 1, ["encrypt"])).extractable);
  await P("importRawString", () => crypto.subtle.importKey("raw", "abc", "HMAC", true, ["sign"]));
  await P("importJwkNotObj", () => crypto.subtle.importKey("jwk", new Uint8Array(2), "HMAC", true, ["sign"]));
  await P("importHmacNoHash", () => crypto.subtle.importKey("raw", new Uint8Array(16), "HMAC", true, ["sign"]));
  await P("importAlgNum", () => crypto.subtle.importKey("raw", new Uint8Array(16), 5, true, ["sign"]));
  await P("encryptKeyNotKey", () => crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, {}, new Uint8Array(1)));
  await P("encryptNoIv", () => crypto.subtle.encrypt({ name: "AES-GCM" }, key, new Uint8Array(1)));
  await P("encryptIvString", () => crypto.subtle.encrypt({ name: "AES-GCM", iv: "abc" }, key, new Uint8Array(1)));
  await P("encryptWrongAlg", () => crypto.subtle.encrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, key, new Uint8Array(1)));
  await P("encryptWrongUsage", () => crypto.subtle.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, key, new Uint8Array(20)));
  await P("signNoArgs", () => crypto.subtle.sign());
  await P("cryptoKeyTag", () => [Object.prototype.toString.call(key), String(key), Object.keys(key), (() => { const r = []; for (const k in key) r.push(k); return r; })(), Object.keys(key.algorithm), Object.prototype.toString.call(key.algorithm), key.algorithm === key.algorithm, key.usages === key.usages]);
  await P("genAesBadLen", () => crypto.subtle.generateKey({ name: "AES-GCM", length: 100 }, true, ["encrypt"]));
  await P("genAesNoLen", () => crypto.subtle.generateKey({ name: "AES-GCM" }, true, ["encrypt"]));
  await P("genHmacLen0", () => crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256", length: 0 }, true, ["sign"]));
  await P("genHmacAlg", async () => { const k = await crypto.subtle.generateKey({ name: "hmac", hash: { name: "sha-1" } }, true, ["sign"]); return [k.algorithm, k.usages, k.type]; });
  await P("genEmptyUsages", () => crypto.subtle.generateKey({ name: "AES-GCM", length: 128 }, true, []));
  await P("exportNonExtractable", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]); return crypto.subtle.exportKey("raw", k); });
  await P("exportBadFormat", () => crypto.subtle.exportKey("bogus", key));
  await P("exportNotKey", () => crypto.subtle.exportKey("raw", {}));
  await P("tseArgs", () => crypto.subtle.timingSafeEqual(new Uint8Array(2), new Uint8Array(3)));
  await P("tseStrings", () => crypto.subtle.timingSafeEqual("ab", "ab"));
}),
c("webapi10-stream-dictionaries", "stream constructors' dictionary arguments of the wrong type: sources, sinks, transformers and strategies as primitives, functions or null fields; which member is checked first", async (P) => {
  const tryAll = (list) => list.map(([k, f]) => { try { f(); return k + ":ok"; } catch (e) { return k + ":" + e.constructor.name + ": " + e.message; } });
  await P("rs", () => tryAll([["str", () => new ReadableStream("s")], ["fn", () => new ReadableStream(function () {})], ["true", () => new ReadableStream(true)], ["sym", () => new ReadableStream(Symbol("x"))], ["strat5", () => new ReadableStream({}, 5)], ["stratStr", () => new ReadableStream({}, "s")], ["stratFn", () => new ReadableStream({}, function () {})], ["startNull", () => new ReadableStream({ start: null })], ["cancelNum", () => new ReadableStream({ cancel: 1 })], ["startAndType", () => new ReadableStream({ start: 1, type: "other" })], ["pullAndStart", () => new ReadableStream({ pull: 1, start: 2 })], ["sizeAndHwm", () => new ReadableStream({}, { size: 1, highWaterMark: -1 })], ["hwmStr", () => new ReadableStream({}, { highWaterMark: "abc" })], ["hwmNull", () => new ReadableStream({}, { highWaterMark: null })], ["sizeNull", () => new ReadableStream({}, { size: null })], ["autoStr", () => new ReadableStream({ type: "bytes", autoAllocateChunkSize: "x" })]]));
  await P("ws", () => tryAll([["str", () => new WritableStream("s")], ["fn", () => new WritableStream(function () {})], ["strat5", () => new WritableStream({}, 5)], ["closeNum", () => new WritableStream({ close: 1 })], ["abortNum", () => new WritableStream({ abort: 1 })], ["startNull", () => new WritableStream({ start: null })], ["writeAndStart", () => new WritableStream({ write: 1, start: 2 })], ["sizeNum", () => new WritableStream({}, { size: 1 })]]));
  await P("ts", () => tryAll([["num", () => new TransformStream(5)], ["str", () => new TransformStream("s")], ["fn", () => new TransformStream(function () {})], ["ws5", () => new TransformStream({}, 5)], ["rs5", () => new TransformStream({}, {}, 5)], ["flushNum", () => new TransformStream({ flush: 1 })], ["startNum", () => new TransformStream({ start: 1 })], ["cancelNum", () => new TransformStream({ cancel: 1 })], ["transformNull", () => new TransformStream({ transform: null })], ["flushAndTransform", () => new TransformStream({ flush: 1, transform: 2 })], ["wsSize", () => new TransformStream({}, { size: 1 })], ["rsSize", () => new TransformStream({}, {}, { size: 1 })]]));
  await P("strategies", () => tryAll([["count5", () => new CountQueuingStrategy(5)], ["countNull", () => new CountQueuingStrategy(null)], ["byteStr", () => new ByteLengthQueuingStrategy("s")], ["countHwmStr", () => new CountQueuingStrategy({ highWaterMark: "abc" }).highWaterMark]]));
  await P("readerOpts", () => tryAll([["num", () => new ReadableStream().getReader(5)], ["null", () => new ReadableStream().getReader(null)], ["modeNull", () => new ReadableStream().getReader({ mode: null })]]));
  await P("pipeOpts", async () => { const r = []; for (const [k, o] of [["num", 5], ["signalBad", { signal: 5 }], ["null", null]]) { try { await new ReadableStream({ start(c) { c.close(); } }).pipeTo(new WritableStream(), o); r.push(k + ":ok"); } catch (e) { r.push(k + ":" + e.constructor.name + ": " + e.message); } } return r; });
}),
c("webapi10-misc-argument-types", "options dictionaries of the wrong type across the web APIs: fetch init, Blob and File options, TextDecoder, EventTarget listener options, Response and Request init, AbortSignal.any members, crypto.subtle algorithm dictionaries", async (P) => {
  const tryAll = async (list) => { const out = []; for (const [k, f] of list) { try { const v = await f(); out.push(k + ":ok" + (v === undefined ? "" : ":" + JSON.stringify(v))); } catch (e) { out.push(k + ":" + e.constructor.name + ": " + e.message); } } return out; };
  await P("blob", () => tryAll([["partsNum", () => new Blob(5)], ["partsStr", () => new Blob("ab")], ["opts5", () => new Blob([], 5)], ["optsNull", () => new Blob([], null).type], ["typeNum", () => new Blob([], { type: 5 }).type], ["endingsBad", () => new Blob([], { endings: "x" })], ["partNum", () => new Blob([5]).size], ["partObj", () => new Blob([{}]).size]]));
  await P("file", () => tryAll([["noName", () => new File([])], ["opts5", () => new File([], "n", 5)], ["lastModStr", () => new File([], "n", { lastModified: "12" }).lastModified], ["lastModNaN", () => new File([], "n", { lastModified: NaN }).lastModified], ["nameNum", () => new File([], 5).name]]));
  await P("reqInit", () => tryAll([["headers5", () => new Request("https://x.test/", { headers: 5 })], ["signal5", () => new Request("https://x.test/", { signal: 5 })], ["signalNull", () => new Request("https://x.test/", { signal: null }).signal.aborted], ["bodyNum", () => new Request("https://x.test/", { method: "POST", body: 5 }).text()], ["methodNum", () => new Request("https://x.test/", { method: 5 })], ["cf5", () => new Request("https://x.test/", { cf: 5 }).cf], ["redirectNum", () => new Request("https://x.test/", { redirect: 5 })], ["duplexBad", () => new Request("https://x.test/", { duplex: "full" })], ["duplexHalf", () => new Request("https://x.test/", { duplex: "half" }).duplex], ["priority", () => new Request("https://x.test/", { priority: "high" }).priority]]));
  await P("resInit", () => tryAll([["init5", () => new Response("", 5)], ["initStr", () => new Response("", "s")], ["headers5", () => new Response("", { headers: 5 })], ["webSocket5", () => new Response("", { webSocket: 5 })], ["cf5", () => new Response("", { cf: 5 }).cf], ["encodeBodyNum", () => new Response("", { encodeBody: 5 })]]));
  await P("fetchArgs", () => tryAll([["noArgs", () => fetch()], ["init5", () => fetch("https://x.test/", 5)], ["num", () => fetch(5)], ["relative", () => fetch("/x")], ["bad", () => fetch("http://")]]));
  await P("etOpts", () => tryAll([["opts5", () => new EventTarget().addEventListener("x", () => {}, 5)], ["optsStr", () => new EventTarget().addEventListener("x", () => {}, "s")], ["optsNull", () => new EventTarget().addEventListener("x", () => {}, null)], ["onceStr", () => new EventTarget().addEventListener("x", () => {}, { once: "yes" })], ["removeOpts5", () => new EventTarget().removeEventListener("x", () => {}, 5)], ["typeNum", () => { const et = new EventTarget(); let n = 0; et.addEventListener(5, () => n++); et.dispatchEvent(new Event("5")); return n; }], ["typeSym", () => new EventTarget().addEventListener(Symbol("s"), () => {})]]));
  await P("eventInit", () => tryAll([["initNull", () => new Event("x", null).bubbles], ["initStr", () => new Event("x", "s")], ["typeNum", () => new Event(5).type], ["typeNull", () => new Event(null).type], ["typeUndef", () => new Event(undefined).type], ["typeSym", () => new Event(Symbol("s"))], ["customInit5", () => new CustomEvent("x", 5)]]));
  await P("subtleAlg", () => tryAll([["hmacHashNum", () => crypto.subtle.importKey("raw", new Uint8Array(8), { name: "HMAC", hash: 5 }, false, ["sign"])], ["hmacHashObjNoName", () => crypto.subtle.importKey("raw", new Uint8Array(8), { name: "HMAC", hash: {} }, false, ["sign"])], ["aesLenStr", () => crypto.subtle.generateKey({ name: "AES-GCM", length: "128" }, false, ["encrypt"]).then((k) => k.algorithm.length)], ["pbkdf2Iter0", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(8), "PBKDF2", false, ["deriveBits"]); return crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(8), iterations: 0 }, k, 256); }], ["pbkdf2NoSalt", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(8), "PBKDF2", false, ["deriveBits"]); return crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", iterations: 1 }, k, 256); }], ["pbkdf2LenOdd", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(8), "PBKDF2", false, ["deriveBits"]); return crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(8), iterations: 1 }, k, 7); }], ["pbkdf2LenNull", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(8), "PBKDF2", false, ["deriveBits"]); return crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(8), iterations: 1 }, k, null); }], ["verifyNoArgs", () => crypto.subtle.verify()], ["encryptNoArgs", () => crypto.subtle.encrypt()], ["decryptNoArgs", () => crypto.subtle.decrypt()], ["importNoArgs", () => crypto.subtle.importKey()], ["exportNoArgs", () => crypto.subtle.exportKey()], ["generateNoArgs", () => crypto.subtle.generateKey()], ["deriveBitsNoArgs", () => crypto.subtle.deriveBits()], ["deriveKeyNoArgs", () => crypto.subtle.deriveKey()], ["wrapNoArgs", () => crypto.subtle.wrapKey()], ["unwrapNoArgs", () => crypto.subtle.unwrapKey()], ["digestAlgNum", () => crypto.subtle.digest(5, new Uint8Array(1))], ["importJwkStringData", () => crypto.subtle.importKey("jwk", "x", "HMAC", true, ["sign"])], ["importRawArray", () => crypto.subtle.importKey("raw", [1, 2], { name: "HMAC", hash: "SHA-256" }, true, ["sign"])], ["importRawNull", () => crypto.subtle.importKey("raw", null, { name: "HMAC", hash: "SHA-256" }, true, ["sign"])], ["signDataStr", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(8), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]); return crypto.subtle.sign("HMAC", k, "abc"); }], ["signAlgNum", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(8), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]); return crypto.subtle.sign(5, k, new Uint8Array(1)); }], ["signKeyNull", () => crypto.subtle.sign("HMAC", null, new Uint8Array(1))]]));
  await P("decoders", () => tryAll([["decodeNum", () => new TextDecoder().decode(5)], ["decodeObj", () => new TextDecoder().decode({})], ["decodeOptsNull", () => new TextDecoder().decode(new Uint8Array([65]), null)], ["decodeOptsStr", () => new TextDecoder().decode(new Uint8Array([65]), "s")], ["ctorOptsStr", () => new TextDecoder("utf-8", "s").fatal], ["ctorLabelNull", () => new TextDecoder(null).encoding], ["ctorLabelNum", () => new TextDecoder(5).encoding]]));
  await P("cloneOpts", () => tryAll([["str", () => structuredClone(1, "s")], ["fn", () => structuredClone(1, function () {})], ["transferNum", () => structuredClone(1, { transfer: 5 })], ["transferNull", () => structuredClone(1, { transfer: null })], ["transferStr", () => structuredClone(1, { transfer: "ab" })]]));
  await P("timers", () => tryAll([["waitOptsStr", () => scheduler.wait(1, "s")], ["waitOptsNull", () => scheduler.wait(1, null)], ["waitSignalNull", () => scheduler.wait(1, { signal: null })], ["waitSignalObj", () => scheduler.wait(1, { signal: {} })], ["perfNowOther", () => performance.now.call({})], ["perfTimeOrigin", () => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(performance), "timeOrigin").get.call({})], ["schedWaitOther", () => scheduler.wait.call({}, 1)], ["grvOther", () => crypto.getRandomValues.call({}, new Uint8Array(1))], ["uuidOther", () => crypto.randomUUID.call({})], ["subtleOther", () => crypto.subtle.digest.call({}, "SHA-1", new Uint8Array(1))]]));
  await P("btoaTypes", () => tryAll([["sym", () => btoa(Symbol("s"))], ["objToString", () => btoa({ toString() { return "ab"; } })], ["objThrows", () => btoa({ toString() { throw new RangeError("inner"); } })], ["atobSym", () => atob(Symbol("s"))], ["atobObj", () => atob({ toString() { return "YWI="; } })]]));
}),
c("webapi10-key-orders", "the order of keys of objects the runtime makes: exported JWKs of each key kind, CryptoKey algorithms, generated key pairs, URLPattern results and groups, the cf object of a request, structured clones, DOMException and Event own keys, the own keys of errors the runtime throws", async (P, out, req) => {
  const S = crypto.subtle;
  const ks = (o) => Object.keys(o);
  await P("jwkHmac", async () => ks(await S.exportKey("jwk", await S.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign", "verify"]))));
  await P("jwkAes", async () => ks(await S.exportKey("jwk", await S.generateKey({ name: "AES-GCM", length: 128 }, true, ["encrypt", "decrypt"]))));
  await P("jwkEc", async () => { const p = await S.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); return [ks(p), ks(await S.exportKey("jwk", p.publicKey)), ks(await S.exportKey("jwk", p.privateKey)), ks(p.publicKey.algorithm)]; });
  await P("jwkRsa", async () => { const p = await S.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]); return [ks(await S.exportKey("jwk", p.publicKey)), ks(await S.exportKey("jwk", p.privateKey)), ks(p.publicKey.algorithm), ks(p.publicKey.algorithm.hash), Object.prototype.toString.call(p.publicKey.algorithm.publicExponent)]; });
  await P("jwkEd", async () => { const p = await S.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]); return [ks(await S.exportKey("jwk", p.publicKey)), ks(await S.exportKey("jwk", p.privateKey)), ks(p.publicKey.algorithm)]; });
  await P("algKeys", async () => [ks((await S.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign"])).algorithm), ks((await S.generateKey({ name: "AES-CBC", length: 128 }, true, ["encrypt"])).algorithm), ks((await S.importKey("raw", new Uint8Array(8), "PBKDF2", false, ["deriveBits"])).algorithm), ks((await S.importKey("raw", new Uint8Array(8), "HKDF", false, ["deriveBits"])).algorithm)]);
  await P("urlpattern", () => { const p = new URLPattern({ pathname: "/:a/:b?" }); const r = p.exec("https://x.test/1"); return [ks(r), ks(r.pathname), ks(r.pathname.groups), r.pathname.groups, ks(r.hostname), r.inputs.length]; });
  await P("urlpatternProps", () => { const p = new URLPattern("https://x.test/*"); const r = []; for (const k in p) r.push(k); return [r, Object.prototype.toString.call(p), String(p), p.hasRegExpGroups]; });
  await P("cfKeys", () => ks(req.cf).sort().length > 5);
  await P("cloneKeys", () => ks(structuredClone({ b: 1, a: 2, 1: 3, 0: 4, [Symbol("s")]: 5, c: undefined })));
  await P("domExKeys", () => { const e = new DOMException("m", "DataError"); const r = []; for (const k in e) r.push(k); return [ks(e), Reflect.ownKeys(e).map(String), r]; });
  await P("errorKeys", async () => { const r = []; for (const f of [() => atob("*"), () => new URL("x"), () => new Headers().append("a b", "1"), () => crypto.getRandomValues(new Uint8Array(70000)), () => structuredClone(() => 1)]) { try { f(); } catch (e) { r.push([e.name, Object.keys(e)]); } } return r; });
  await P("fetchErrKeys", async () => { try { await fetch("ftp://x"); } catch (e) { return [e.name, Object.keys(e)]; } });
  await P("subtleErrKeys", async () => { try { await S.digest("nope", new Uint8Array(0)); } catch (e) { return [e.name, Object.keys(e), Object.getOwnPropertyNames(e), e.code, e instanceof Error]; } });
}),
c("webapi10-formdata-blob-domexception-arguments", "FormData, Blob and DOMException with uncommon arguments: append with blobs and file names, numbers as values, non-form constructors; Blob.slice with odd offsets and types; DOMException names and codes, its toString and tag; messages", async (P) => {
  const tryAll = async (list) => { const out = []; for (const [k, f] of list) { try { const v = await f(); out.push(k + ":ok" + (v === undefined ? "" : ":" + JSON.stringify(v))); } catch (e) { out.push(k + ":" + e.constructor.name + ": " + e.message); } } return out; };
  await P("fd", () => tryAll([["ctorNum", () => new FormData(5)], ["ctorObj", () => new FormData({})], ["ctorNull", () => [...new FormData(null)]], ["appendOne", () => new FormData().append("a")], ["appendNum", () => { const f = new FormData(); f.append(1, 2); return [...f]; }], ["appendBlobName", () => { const f = new FormData(); f.append("a", new Blob(["x"]), "n.txt"); const v = f.get("a"); return [v.constructor.name, v.name, v.type, v.size]; }], ["appendBlobNoName", () => { const f = new FormData(); f.append("a", new Blob(["x"], { type: "T/X" })); const v = f.get("a"); return [v.name, v.type]; }], ["appendFileRename", () => { const f = new FormData(); f.append("a", new File(["x"], "orig"), "new"); return f.get("a").name; }], ["appendStrWithName", () => new FormData().append("a", "s", "n")], ["setObj", () => { const f = new FormData(); f.set("a", {}); return f.get("a"); }], ["getMissing", () => [new FormData().get("x"), new FormData().getAll("x")]], ["getNoArgs", () => new FormData().get()], ["tag", () => [Object.prototype.toString.call(new FormData()), String(new FormData()), Object.prototype.toString.call(new FormData().entries())]], ["forEachNonFn", () => new FormData().forEach(1)], ["keysOrder", () => { const f = new FormData(); f.append("b", "1"); f.append("a", "2"); f.append("b", "3"); f.set("a", "4"); return [...f.keys()]; }]]));
  await P("blob", () => tryAll([["sliceNeg", () => new Blob(["abcdef"]).slice(-3, -1).text()], ["sliceBig", () => new Blob(["abc"]).slice(1, 100).size], ["sliceRev", () => new Blob(["abc"]).slice(2, 1).size], ["sliceStr", () => new Blob(["abcdef"]).slice("1", "3").text()], ["sliceNaN", () => new Blob(["abc"]).slice(NaN, NaN).size], ["sliceType", () => [new Blob(["a"]).slice(0, 1, "TEXT/Plain").type, new Blob(["a"]).slice(0, 1, "a\u00e9").type, new Blob(["a"], { type: "x" }).slice().type]], ["typeChars", () => [new Blob([], { type: "A/B" }).type, new Blob([], { type: "a\u0001b" }).type, new Blob([], { type: "\u00e9" }).type]], ["parts", () => new Blob(["a", new Uint8Array([98]), new Blob(["c"]), new Uint16Array([100]).buffer, new DataView(new Uint8Array([101]).buffer)]).text()], ["partsIterable", () => new Blob(new Set(["a", "b"])).text()], ["tag", () => [Object.prototype.toString.call(new Blob()), String(new Blob()), Object.prototype.toString.call(new File([], "f"))]], ["bytes", async () => { const b = await new Blob(["hi"]).bytes(); return [Object.prototype.toString.call(b), b.length]; }], ["arrayBufferTag", async () => Object.prototype.toString.call(await new Blob(["hi"]).arrayBuffer())]]));
  await P("domex", () => tryAll([["noArgs", () => { const e = new DOMException(); return [e.name, e.message, e.code]; }], ["names", () => ["IndexSizeError", "HierarchyRequestError", "WrongDocumentError", "InvalidCharacterError", "NoModificationAllowedError", "NotFoundError", "NotSupportedError", "InvalidStateError", "SyntaxError", "InvalidModificationError", "NamespaceError", "InvalidAccessError", "TypeMismatchError", "SecurityError", "NetworkError", "AbortError", "URLMismatchError", "QuotaExceededError", "TimeoutError", "InvalidNodeTypeError", "DataCloneError", "EncodingError", "NotReadableError", "UnknownError", "ConstraintError", "DataError", "TransactionInactiveError", "ReadOnlyError", "VersionError", "OperationError", "NotAllowedError", "Other"].map((n) => new DOMException("m", n).code)], ["optsObj", () => { const e = new DOMException("m", { name: "DataError", cause: 5 }); return [e.name, e.code, e.cause]; }], ["msgNum", () => new DOMException(5).message], ["nameNull", () => new DOMException("m", null).name], ["toString", () => [String(new DOMException("m", "DataError")), Object.prototype.toString.call(new DOMException()), Object.prototype.toString.call(DOMException.prototype), DOMException.prototype.toString === Error.prototype.toString]], ["protoChain", () => [Object.getPrototypeOf(DOMException.prototype) === Error.prototype, new DOMException() instanceof Error, typeof new DOMException().stack]], ["constants", () => [DOMException.DATA_CLONE_ERR, DOMException.prototype.ABORT_ERR, DOMException.TIMEOUT_ERR, Object.getOwnPropertyDescriptor(DOMException, "ABORT_ERR").enumerable]], ["protoKeys", () => { const r = []; for (const k in new DOMException()) r.push(k); return r; }]]));
}),
c("webapi10-foreign-receivers", "every method and accessor of the web classes called on a plain object and on the prototype itself: which throw workerd's Illegal invocation, which other error, which answer (members that do not throw Illegal invocation are listed with what they gave)", async (P) => {
  const ILLEGAL = "Illegal invocation: function called with incorrect `this` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details.";
  const probe = async (C, recv) => {
    const proto = C.prototype; const odd = {};
    for (const k of Object.getOwnPropertyNames(proto)) {
      if (k === "constructor") continue;
      const d = Object.getOwnPropertyDescriptor(proto, k);
      const fns = []; if (d.get) fns.push(["get " + k, d.get]); if (typeof d.value === "function") fns.push([k, d.value]);
      for (const [n, f] of fns) {
        let res;
        try { const v = f.call(recv === "proto" ? proto : {}); if (v && typeof v.then === "function") { try { await v; res = "resolved"; } catch (e) { res = "rejected " + (e.message === ILLEGAL ? "ILLEGAL" : e.constructor.name + ": " + e.message); } } else res = "ok:" + typeof v; }
        catch (e) { res = e.message === ILLEGAL ? null : e.constructor.name + ": " + e.message; }
        if (res !== null) odd[n] = res;
      }
    }
    return odd;
  };
  const names = ["Headers", "Request", "Response", "URL", "URLSearchParams", "FormData", "Blob", "File", "ReadableStream", "WritableStream", "TransformStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "WritableStreamDefaultWriter", "TextEncoder", "TextDecoder", "TextEncoderStream", "TextDecoderStream", "CompressionStream", "DecompressionStream", "AbortController", "AbortSignal", "EventTarget", "Event", "CustomEvent", "CryptoKey", "SubtleCrypto", "Crypto", "DOMException", "URLPattern", "Cache", "CacheStorage", "FixedLengthStream", "IdentityTransformStream", "ByteLengthQueuingStrategy", "CountQueuingStrategy", "ReadableStreamDefaultController", "ReadableByteStreamController", "WritableStreamDefaultController", "TransformStreamDefaultController", "ReadableStreamBYOBRequest"];
  for (const n of names) {
    await P(n, async () => { const C = globalThis[n]; if (!C) return "none"; return [await probe(C, "obj"), await probe(C, "proto")]; });
  }
}, [get("/")], "web-api", {}, 2000),
c("webapi10-spread-copies-nothing", "spreading, Object.assign and JSON.stringify of the runtime's web objects (requests, responses, URLs, streams, readers, writers, controllers, iterators, events, signals, encoders, blobs, crypto keys, sockets) copy no properties: they have no own enumerable keys", async (P) => {
  const own = (o) => [Reflect.ownKeys({ ...o }).length, Reflect.ownKeys(Object.assign({}, o)).length, JSON.stringify(o)];
  const objs = { Request: new Request("https://x.test/", { cf: { a: 1 } }), Response: new Response("x"), Headers: new Headers({ a: "1" }), URL: new URL("https://x.test/"), USP: new URLSearchParams("a=1"), Blob: new Blob(["x"]), File: new File(["x"], "f"), FormData: new FormData(), RS: new ReadableStream(), WS: new WritableStream(), TS: new TransformStream(), IDS: new IdentityTransformStream(), FLS: new FixedLengthStream(1), CS: new CompressionStream("gzip"), TES: new TextEncoderStream(), TDS: new TextDecoderStream(), TE: new TextEncoder(), TD: new TextDecoder(), AC: new AbortController(), AS: new AbortController().signal, ASA: AbortSignal.abort(), ET: new EventTarget(), Event: new Event("x"), CE: new CustomEvent("x", { detail: 1 }), Reader: new ReadableStream().getReader(), BYOB: new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" }), Writer: new WritableStream().getWriter(), Iter: new ReadableStream().values(), HIter: new Headers().entries(), CQS: new CountQueuingStrategy({ highWaterMark: 1 }), WSP: new WebSocketPair()[0], URLPattern: new URLPattern({ pathname: "/" }), ReqBody: new Request("https://x.test/", { method: "POST", body: "b" }), RespBody: new Response("b").body };
  for (const [n, o] of Object.entries(objs)) await P(n, () => own(o));
  await P("controllers", async () => { let rc, bc, wc, tc; new ReadableStream({ start(c) { rc = c; } }); new ReadableStream({ type: "bytes", start(c) { bc = c; } }); new WritableStream({ start(c) { wc = c; } }); new TransformStream({ start(c) { tc = c; } }); await null; return [own(rc), own(bc), own(wc), own(tc)]; });
  await P("byobRequest", async () => { let req; const rs = new ReadableStream({ type: "bytes", pull(c) { req = c.byobRequest; c.byobRequest.respond(1); } }); await rs.getReader({ mode: "byob" }).read(new Uint8Array(4)); return own(req); });
  await P("cryptoKey", async () => own(await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign"])));
}),
c("webapi10-more-argument-types", "URLPattern, the Cache API, DigestStream, FixedLengthStream, IdentityTransformStream, AbortController and Request/Response clones with uncommon arguments: numbers, null, strings where dictionaries go, missing arguments; messages and classes", async (P) => {
  const tryAll = async (list) => { const out = []; for (const [k, f] of list) { try { const v = await f(); out.push(k + ":ok" + (v === undefined ? "" : ":" + JSON.stringify(v))); } catch (e) { out.push(k + ":" + e.constructor.name + ": " + e.message); } } return out; };
  await P("urlpattern", () => tryAll([["noArgs", () => new URLPattern().pathname], ["num", () => new URLPattern(5).pathname], ["null", () => new URLPattern(null)], ["initNum", () => new URLPattern({ pathname: 5 }).pathname], ["baseNum", () => new URLPattern("/a", 5)], ["baseObj", () => new URLPattern("/a", {})], ["optsNum", () => new URLPattern("https://x.test/a", 5)], ["optsThird", () => new URLPattern("/a", "https://x.test", { ignoreCase: true }).test("https://x.test/A")], ["optsThirdNum", () => new URLPattern("/a", "https://x.test", 5)], ["testNum", () => new URLPattern({ pathname: "/5" }).test(5)], ["testNoArgs", () => new URLPattern({ pathname: "/" }).test()], ["execNull", () => new URLPattern({ pathname: "/" }).exec(null)], ["testBaseNum", () => new URLPattern({ pathname: "/a" }).test("/a", 5)], ["testObjBase", () => new URLPattern({ pathname: "/a" }).test({ pathname: "/a" }, "https://x.test")], ["unknownKey", () => new URLPattern({ foo: "x" }).pathname], ["badRegex", () => new URLPattern({ pathname: "/(a" })], ["badGroup", () => new URLPattern({ pathname: "/:" })]]));
  await P("cache", () => tryAll([["openNum", async () => typeof (await caches.open(5)).match], ["openNoArgs", () => caches.open()], ["openNull", async () => typeof (await caches.open(null)).put], ["matchNum", () => caches.default.match(5)], ["matchNoArgs", () => caches.default.match()], ["matchOpts5", () => caches.default.match("https://x.test/", 5)], ["putNoArgs", () => caches.default.put()], ["putOneArg", () => caches.default.put("https://x.test/")], ["putNotResponse", () => caches.default.put("https://x.test/", "x")], ["putRelative", () => caches.default.put("/a", new Response("x"))], ["deleteNoArgs", () => caches.default.delete()], ["deleteNum", () => caches.default.delete(5)], ["keys", () => typeof caches.default.keys], ["matchAll", () => typeof caches.default.matchAll], ["addAll", () => typeof caches.default.addAll], ["has", () => typeof caches.has]]));
  await P("digestStream", () => tryAll([["noArgs", () => new crypto.DigestStream()], ["num", () => new crypto.DigestStream(5)], ["bad", () => new crypto.DigestStream("nope")], ["null", () => new crypto.DigestStream(null)], ["obj", () => new crypto.DigestStream({ name: "SHA-1" }) instanceof WritableStream], ["writeStr", async () => { const d = new crypto.DigestStream("SHA-1"); const w = d.getWriter(); await w.write("abc"); await w.close(); return [...new Uint8Array(await d.digest)].slice(0, 2); }], ["writeNum", async () => { const d = new crypto.DigestStream("SHA-1"); const w = d.getWriter(); return w.write(5); }]]));
  await P("fixed", () => tryAll([["noArgs", () => new FixedLengthStream()], ["null", () => new FixedLengthStream(null)], ["bigint", () => new FixedLengthStream(5n)], ["float", () => new FixedLengthStream(1.5)], ["huge", () => new FixedLengthStream(2 ** 60)], ["strategy5", () => new FixedLengthStream(1, 5)], ["writeStr", async () => { const f = new FixedLengthStream(1); const w = f.writable.getWriter(); f.readable.getReader().read().catch(() => {}); return w.write("a"); }]]));
  await P("identity", () => tryAll([["num", () => new IdentityTransformStream(5)], ["str", () => new IdentityTransformStream("s")], ["opts", () => new IdentityTransformStream({ highWaterMark: 5 }) instanceof TransformStream], ["writeStr", async () => { const f = new IdentityTransformStream(); const w = f.writable.getWriter(); f.readable.getReader().read().catch(() => {}); return w.write("a"); }], ["writeAB", async () => { const f = new IdentityTransformStream(); const w = f.writable.getWriter(); const r = f.readable.getReader(); w.write(new ArrayBuffer(2)); const x = await r.read(); return Object.prototype.toString.call(x.value); }]]));
  await P("abort", () => tryAll([["abortTwice", () => { const c = new AbortController(); c.abort(1); c.abort(2); return c.signal.reason; }], ["abortUndef", () => { const c = new AbortController(); c.abort(undefined); return c.signal.reason.name; }], ["onabort", () => { const c = new AbortController(); let n = 0; c.signal.onabort = () => n++; c.abort(); return [n, typeof c.signal.onabort]; }], ["onabortNum", () => { const c = new AbortController(); c.signal.onabort = 5; return c.signal.onabort; }], ["anyOfTimeout", () => { const s = AbortSignal.any([AbortSignal.timeout(100000)]); return s.aborted; }], ["throwIfNotAborted", () => new AbortController().signal.throwIfAborted()], ["reasonNotAborted", () => new AbortController().signal.reason]]));
  await P("clones", () => tryAll([["reqCloneHeadersGuard", () => { const r = new Request("https://x.test/").clone(); r.headers.set("a", "1"); return r.headers.get("a"); }], ["respCloneStatusText", () => { const r = new Response("x", { status: 201, statusText: "Made" }).clone(); return [r.status, r.statusText]; }], ["reqFromReqInit", async () => { const a = new Request("https://x.test/", { method: "POST", body: "b", headers: { x: "1" } }); const b = new Request(a, { method: "PUT" }); return [b.method, b.headers.get("x"), await b.text(), a.bodyUsed]; }], ["reqFromReqHeadersReplace", () => { const a = new Request("https://x.test/", { headers: { x: "1" } }); const b = new Request(a, { headers: { y: "2" } }); return [...b.headers]; }], ["reqFromReqGetBody", () => { const a = new Request("https://x.test/", { method: "POST", body: "b" }); return new Request(a, { method: "GET" }); }], ["respFromResp", () => new Response(new Response("x")).text()], ["reqUrlObjCoerce", () => new Request({ href: "https://x.test/h", toString() { return "https://x.test/t"; } }).url]]));
}, [get("/")], "web-api", {}, 3000),
c("webapi10-event-dispatch-semantics", "EventTarget dispatch: listeners added or removed while dispatching, stopImmediatePropagation, preventDefault on cancelable and other events, cancelBubble and returnValue, the return value of dispatchEvent, a listener that throws, once listeners re-added, the same listener with different options, the event's state after dispatch", async (P) => {
  await P("addDuring", () => { const et = new EventTarget(); const log = []; et.addEventListener("x", () => { log.push(1); et.addEventListener("x", () => log.push(2)); }); et.dispatchEvent(new Event("x")); et.dispatchEvent(new Event("x")); return log; });
  await P("removeDuring", () => { const et = new EventTarget(); const log = []; const b = () => log.push("b"); et.addEventListener("x", () => { log.push("a"); et.removeEventListener("x", b); }); et.addEventListener("x", b); et.dispatchEvent(new Event("x")); return log; });
  await P("stopImmediate", () => { const et = new EventTarget(); const log = []; et.addEventListener("x", (e) => { log.push(1); e.stopImmediatePropagation(); }); et.addEventListener("x", () => log.push(2)); const r = et.dispatchEvent(new Event("x")); return [log, r]; });
  await P("stopPropagation", () => { const et = new EventTarget(); const log = []; et.addEventListener("x", (e) => { log.push(1); e.stopPropagation(); }); et.addEventListener("x", () => log.push(2)); et.dispatchEvent(new Event("x")); return log; });
  await P("preventCancelable", () => { const et = new EventTarget(); et.addEventListener("x", (e) => e.preventDefault()); const e = new Event("x", { cancelable: true }); const r = et.dispatchEvent(e); return [r, e.defaultPrevented, e.returnValue]; });
  await P("preventNotCancelable", () => { const et = new EventTarget(); et.addEventListener("x", (e) => e.preventDefault()); const e = new Event("x"); const r = et.dispatchEvent(e); return [r, e.defaultPrevented]; });
  await P("cancelBubble", () => { const e = new Event("x"); const a = e.cancelBubble; e.cancelBubble = true; const b = e.cancelBubble; e.cancelBubble = false; return [a, b, e.cancelBubble]; });
  await P("returnValueSet", () => { const e = new Event("x", { cancelable: true }); e.returnValue = false; return [e.defaultPrevented, e.returnValue]; });
  await P("listenerThrows", () => { const et = new EventTarget(); const log = []; et.addEventListener("x", () => { throw new Error("boom"); }); et.addEventListener("x", () => log.push(2)); let threw = null; try { et.dispatchEvent(new Event("x")); } catch (e) { threw = e.message; } return [log, threw]; });
  await P("onceReadd", () => { const et = new EventTarget(); let n = 0; const f = () => n++; et.addEventListener("x", f, { once: true }); et.addEventListener("x", f); et.dispatchEvent(new Event("x")); et.dispatchEvent(new Event("x")); return n; });
  await P("sameListenerTwice", () => { const et = new EventTarget(); let n = 0; const f = () => n++; et.addEventListener("x", f); et.addEventListener("x", f, { once: true }); et.addEventListener("x", { handleEvent: f }); et.dispatchEvent(new Event("x")); et.dispatchEvent(new Event("x")); return n; });
  await P("afterDispatch", () => { const et = new EventTarget(); let during; et.addEventListener("x", (e) => { during = [e.eventPhase, e.target === et, e.currentTarget === et, e.isTrusted, e.composedPath().length]; }); const e = new Event("x"); et.dispatchEvent(e); return [during, e.eventPhase, e.target === et, e.currentTarget === et, e.composedPath().length]; });
  await P("redispatchAfter", () => { const et = new EventTarget(); let n = 0; et.addEventListener("x", () => n++); const e = new Event("x"); et.dispatchEvent(e); et.dispatchEvent(e); return n; });
  await P("stopThenRedispatch", () => { const et = new EventTarget(); let n = 0; et.addEventListener("x", (e) => { n++; e.stopImmediatePropagation(); }); const e = new Event("x"); et.dispatchEvent(e); et.dispatchEvent(e); return n; });
  await P("stopPropThenRedispatch", () => { const et = new EventTarget(); let n = 0; et.addEventListener("x", (e) => { n++; e.stopPropagation(); }); et.addEventListener("x", () => n += 10); const e = new Event("x"); et.dispatchEvent(e); et.dispatchEvent(e); return [n, e.cancelBubble]; });
  await P("cancelBubbleBefore", () => { const et = new EventTarget(); let n = 0; et.addEventListener("x", () => n++); const e = new Event("x"); e.cancelBubble = true; et.dispatchEvent(e); return n; });
  await P("stopImmediateBefore", () => { const et = new EventTarget(); let n = 0; et.addEventListener("x", () => n++); const e = new Event("x"); e.stopImmediatePropagation(); const r = et.dispatchEvent(e); return [n, r, e.cancelBubble]; });
  await P("cancelBubbleClearsImmediate", () => { const et = new EventTarget(); let n = 0; et.addEventListener("x", () => n++); const e = new Event("x"); e.stopImmediatePropagation(); e.cancelBubble = false; et.dispatchEvent(e); return [n, e.cancelBubble]; });
  await P("thisInListener", () => { const et = new EventTarget(); let self; et.addEventListener("x", function () { self = this === et; }); et.dispatchEvent(new Event("x")); return self; });
  await P("handleEventThis", () => { const et = new EventTarget(); const o = { handleEvent() { return this; } }; let self; o.handleEvent = function () { self = this === o; }; et.addEventListener("x", o); et.dispatchEvent(new Event("x")); return self; });
  await P("asyncListenerReject", async () => { const et = new EventTarget(); const log = []; et.addEventListener("x", async () => { throw new Error("async boom"); }); et.addEventListener("x", () => log.push("after")); const r = et.dispatchEvent(new Event("x")); return [r, log]; });
  await P("signalAbortEvent", () => { const c = new AbortController(); const log = []; c.signal.addEventListener("abort", (e) => log.push([e.type, e.isTrusted, e.cancelable, e.bubbles, e.constructor.name, e.target === c.signal])); c.abort(); c.abort(); return log; });
  await P("signalAnyEvents", () => { const a = new AbortController(); const s = AbortSignal.any([a.signal]); const log = []; s.addEventListener("abort", () => log.push(["any", s.reason])); a.signal.addEventListener("abort", () => log.push(["src"])); a.abort("r"); return log; });
  await P("timeoutReason", async () => { const s = AbortSignal.timeout(1); await new Promise((r) => setTimeout(r, 20)); return [s.aborted, s.reason.name, s.reason.message, s.reason.code, s.reason.constructor.name]; });
}),
  {
    name: "webapi10-http-request-methods-urls-seen",
    area: "http",
    description: "what a worker sees of dispatchFetch requests: lower-case and unusual methods, URLs with fragments, dot segments, percent-encoding, upper-case hosts, default ports, repeated query keys; header values with surrounding spaces and upper-case names; bodies of methods that seldom have one",
    options: mod(`
export default { async fetch(req) {
  const u = new URL(req.url);
  const body = req.body === null ? null : await req.text();
  return Response.json({ method: req.method, url: req.url, path: u.pathname, search: u.search, params: [...u.searchParams], body,
    ct: req.headers.get("content-type"), cl: req.headers.get("content-length"), xa: req.headers.get("x-a"), xb: req.headers.get("x-b"), names: [...req.headers.keys()].filter((k) => k.startsWith("x-")) });
} };`),
    steps: [
      r("get", "http://localhost/a"),
      r("post", "http://localhost/a", {}, "p"),
      r("patch", "http://localhost/a", {}, "p"),
      r("delete", "http://localhost/a"),
      r("options", "http://localhost/a"),
      r("PUT", "http://localhost/a", { "content-type": "application/json" }, "{}"),
      r("DELETE", "http://localhost/a", {}, "del body"),
      r("OPTIONS", "http://localhost/a", {}, "opt body"),
      r("GET", "http://localhost/a/../b/./c#frag"),
      r("GET", "http://LOCALHOST:80/%7Euser/caf%C3%A9/a%2Fb?x=1&x=2&y=a+b&z=%20#f"),
      r("GET", "https://localhost:443/p?"),
      r("GET", "http://localhost/p?q=\u00e9 \u00fc&r=<>"),
      r("GET", "http://localhost/sp ace/\u00e9"),
      r("GET", "http://localhost/h", { "X-A": "  padded  ", "x-b": "a,b", "X-Upper-Name": "1" }),
      r("GET", "http://localhost/e", { "x-a": "" }),
    ],
  },
  {
    name: "webapi10-http-response-statuses-redirects-headers",
    area: "http",
    description: "what dispatchFetch answers for responses a worker builds: redirects with relative, absolute and odd locations, statuses at the edges of the ranges, custom status texts, headers set in odd ways (upper case names, appended twice, set-cookie twice, empty values), HEAD of JSON and streams",
    options: mod(`
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/redir-rel") return new Response(null, { status: 302, headers: { location: "/next?a=1" } });
  if (p === "/redir-abs") return Response.redirect("https://example.com/x y?q=\u00e9", 301);
  if (p === "/redir-308") return Response.redirect("http://localhost/a", 308);
  if (p === "/redir-body") return new Response("moved body", { status: 307, headers: { location: "other" } });
  if (p === "/redir-none") return new Response("no location", { status: 303 });
  if (p === "/s200") return new Response("custom", { status: 200, statusText: "Fine" });
  if (p === "/s299") return new Response("s", { status: 299 });
  if (p === "/s599") return new Response("s", { status: 599 });
  if (p === "/s418") return new Response("teapot", { status: 418 });
  if (p === "/s205") return new Response(null, { status: 205 });
  if (p === "/s304") return new Response(null, { status: 304, headers: { etag: '"x"', "content-type": "text/plain" } });
  if (p === "/hdrs") { const h = new Headers(); h.append("X-Multi", "a"); h.append("x-multi", "b"); h.append("Set-Cookie", "a=1; Path=/"); h.append("set-cookie", "b=2"); h.set("X-Empty", ""); h.set("Content-Type", "text/x-custom; charset=latin1"); return new Response("h", { headers: h }); }
  if (p === "/json") return Response.json({ a: 1 });
  if (p === "/stream") return new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("streamed")); c.close(); } }), { headers: { "x-s": "1" } });
  if (p === "/blob") return new Response(new Blob(["blob"], { type: "application/x-blob" }));
  if (p === "/usp") return new Response(new URLSearchParams("a=1&b=2"));
  if (p === "/formdata") { const f = new FormData(); f.set("a", "1"); const r = new Response(f); return new Response(String(/^multipart\\/form-data; boundary=/.test(r.headers.get("content-type"))) + ":" + (await r.text()).includes('name="a"')); }
  if (p === "/cl") return new Response("abc", { headers: { "content-length": "3" } });
  if (p === "/vary") return new Response("v", { headers: { vary: "Accept-Encoding", "cache-control": "no-store" } });
  return new Response("?", { status: 404 });
} };`),
    steps: [
      r("GET", "http://localhost/redir-rel"), r("GET", "http://localhost/redir-abs"), r("GET", "http://localhost/redir-308"),
      r("GET", "http://localhost/redir-body"), r("GET", "http://localhost/redir-none"), r("POST", "http://localhost/redir-rel", {}, "b"),
      r("GET", "http://localhost/s200"), r("GET", "http://localhost/s299"), r("GET", "http://localhost/s599"), r("GET", "http://localhost/s418"),
      r("GET", "http://localhost/s205"), r("GET", "http://localhost/s304"), r("GET", "http://localhost/hdrs"),
      r("HEAD", "http://localhost/json"), r("HEAD", "http://localhost/stream"), r("HEAD", "http://localhost/hdrs"), r("HEAD", "http://localhost/redir-body"),
      r("GET", "http://localhost/blob"), r("GET", "http://localhost/usp"), r("GET", "http://localhost/formdata"), r("GET", "http://localhost/cl"), r("HEAD", "http://localhost/cl"), r("GET", "http://localhost/vary"),
    ],
  },
];
