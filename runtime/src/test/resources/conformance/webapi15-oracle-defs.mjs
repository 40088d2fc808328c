// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi15`.
import { PRELUDE, get, req, CD } from "./_h.mjs";
const worker = (fn, extra = {}, hang = 300) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = ${hang ? `async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), ${hang}))]); }` : `async (k, f) => { out[k] = await t(f); }`};
    await probes(P, out, req, env, ctx);
    return Response.json(out);
  }
};`,
  ...extra,
});
const c = (name, description, fn, steps = [get("/")], area = "web-api", extra = {}, hang = 300) => ({ name, area, description, options: worker(fn, extra, hang), steps });
const base = [
c("webapi15-body-conversions-odd-inputs", "Response/Request bodies from odd inputs (objects with toString, numbers, symbols, views of other element sizes, streams of strings, numbers and ArrayBuffers), content types of Blob/File/FormData/URLSearchParams bodies, reader locks and used bodies", async (P) => {
  await P("toStringObj", () => new Response({ toString() { return "x"; } }).text());
  await P("number", () => new Response(123).text());
  await P("bool", () => new Response(false).text());
  await P("symbol", () => new Response(Symbol("s")));
  await P("u16", async () => [...new Uint8Array(await new Response(new Uint16Array([1, 258])).arrayBuffer())]);
  await P("dvOffset", async () => [...new Uint8Array(await new Response(new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2)).arrayBuffer())]);
  await P("uspType", () => { const r = new Response(new URLSearchParams("a=b c&d=\u00e9")); return Promise.all([r.headers.get("content-type"), r.text()]); });
  await P("blobTypeCase", () => [new Response(new Blob(["x"], { type: "Text/Plain" })).headers.get("content-type"), new Response(new Blob(["x"])).headers.get("content-type"), new Response(new File(["x"], "f", { type: "a/b;charset=X" })).headers.get("content-type")]);
  await P("blobTypeBad", () => [new Blob(["x"], { type: "t\u00e9xt" }).type, new Blob(["x"], { type: "a\u0001b" }).type]);
  await P("formDataType", () => { const f = new FormData(); f.append("a", "1"); const ct = new Response(f).headers.get("content-type"); return [ct.split("=")[0], /^multipart\/form-data; boundary=[-\w]+$/.test(ct)]; });
  await P("streamOfStrings", () => new Response(new ReadableStream({ start(c) { c.enqueue("abc"); c.close(); } })).text());
  await P("streamOfNumbers", () => new Response(new ReadableStream({ start(c) { c.enqueue(42); c.close(); } })).text());
  await P("streamOfArrayBuffers", () => new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("ab").buffer); c.close(); } })).text());
  await P("streamOfNull", () => new Response(new ReadableStream({ start(c) { c.enqueue(null); c.close(); } })).text());
  await P("lockedThenText", async () => { const r = new Response("x"); r.body.getReader(); return [r.bodyUsed, await t(() => r.text())]; });
  await P("usedThenClone", async () => { const r = new Response("x"); await r.text(); return [r.bodyUsed, await t(() => r.clone())]; });
  await P("usedRequestClone", async () => { const r = new Request("http://x/", { method: "POST", body: "y" }); await r.text(); return t(() => r.clone()); });
  await P("usedRequestAsInput", async () => { const r = new Request("http://x/", { method: "POST", body: "y" }); await r.text(); return t(() => new Request(r)); });
  await P("usedRequestAsInputNewBody", async () => { const r = new Request("http://x/", { method: "POST", body: "y" }); await r.text(); const n = new Request(r, { body: "z" }); return n.text(); });
  await P("emptyBodyPost", async () => { const r = new Request("http://x/", { method: "POST", body: "" }); return [r.body === null, r.headers.get("content-type"), await r.text()]; });
  await P("emptyBodyResponse", async () => { const r = new Response(""); return [r.body === null, r.headers.get("content-type"), await r.text()]; });
  await P("nullBodyResponse", async () => { const r = new Response(null); return [r.body === null, r.headers.get("content-type"), r.bodyUsed, await r.text(), r.bodyUsed]; });
  await P("arrayBufferDetachedAfter", async () => { const b = new Uint8Array([1, 2]); const r = new Response(b); b[0] = 9; return [...new Uint8Array(await r.arrayBuffer())]; });
  await P("bytesMethod", async () => { const r = new Response("ab"); const b = await r.bytes(); return [b.constructor.name, [...b]]; });
  await P("jsonBadBody", () => new Response("{bad").json());
  await P("jsonEmptyBody", () => new Response("").json());
  await P("formDataBadBody", () => new Response("a=1", { headers: { "content-type": "text/plain" } }).formData());
  await P("formDataUrlencoded", async () => [...(await new Response("a=1&b=%20&c", { headers: { "content-type": "application/x-www-form-urlencoded;charset=utf-8" } }).formData())]);
  await P("formDataNoType", () => new Response("a=1").formData());
  await P("blobFromResponse", async () => { const b = await new Response("x", { headers: { "content-type": "Foo/Bar; q=1" } }).blob(); return [b.type, b.size]; });
  await P("blobNoType", async () => { const b = await new Response(new Uint8Array([1])).blob(); return [b.type, b.size]; });
}),
c("webapi15-headers-odd-inputs", "Headers from maps, records with array values, strings and iterables of bad pairs; values with whitespace and control characters; names with odd characters; getSetCookie order; mutation during iteration; immutable guards of Response.error/redirect", async (P) => {
  await P("fromMap", () => [...new Headers(new Map([["A", "1"], ["b", "2"]]))]);
  await P("recordArray", () => [...new Headers({ a: ["1", "2"] })]);
  await P("fromString", () => new Headers("abc"));
  await P("fromNumber", () => [...new Headers(5)]);
  await P("badPair", () => new Headers([["a"]]));
  await P("badPair3", () => new Headers([["a", "b", "c"]]));
  await P("pairNotIterable", () => new Headers([5]));
  await P("duplicateCase", () => new Headers([["a", "1"], ["A", "2"]]).get("a"));
  await P("whitespace", () => { const h = new Headers({ a: " \t x y \t " }); return JSON.stringify(h.get("a")); });
  await P("innerNewline", () => new Headers({ a: "x\ny" }));
  await P("innerCR", () => new Headers({ a: "x\ry" }));
  await P("nul", () => new Headers({ a: "x\0y" }));
  await P("ctl", () => JSON.stringify(new Headers({ a: "x\u0001y\u007f" }).get("a")));
  await P("highByte", () => JSON.stringify(new Headers({ a: "\u00ff" }).get("a")));
  await P("beyondLatin1", () => new Headers({ a: "\u0100" }));
  await P("emptyName", () => new Headers({ "": "x" }));
  await P("nameChars", () => ["a b", "a:b", "a\u00e9", "!#$%&'*+-.^_`|~", "a(b", "a\"b", "a/b", "a@b"].map((n) => { try { new Headers([[n, "v"]]); return "ok"; } catch (e) { return [e.name, e.message]; } }));
  await P("setCookieOrder", () => { const h = new Headers(); h.append("Set-Cookie", "b=2"); h.append("x", "1"); h.append("set-cookie", "a=1"); h.append("a", "z"); return [[...h], h.getSetCookie(), h.get("set-cookie")]; });
  await P("mutateDuringIteration", () => { const h = new Headers({ a: "1", c: "3" }); const seen = []; for (const [k, v] of h) { seen.push(k + v); if (k === "a") { h.set("b", "2"); h.delete("c"); h.set("d", "4"); } } return seen; });
  await P("entriesSnapshot", () => { const h = new Headers({ b: "1" }); const it = h.keys(); h.set("a", "0"); return [...it]; });
  await P("errorGuard", () => Response.error().headers.set("a", "b"));
  await P("redirectGuard", () => Response.redirect("http://x/").headers.set("a", "b"));
  await P("redirectGuardDelete", () => Response.redirect("http://x/").headers.delete("location"));
  await P("requestGuardHead", () => { const r = new Request("http://x/"); r.headers.set("a", "b"); return r.headers.get("a"); });
  await P("forEachArgs", () => { const r = []; new Headers({ b: "2", a: "1" }).forEach(function (v, k, h) { r.push([v, k, h instanceof Headers, this?.tag]); }, { tag: "T" }); return r; });
  await P("hasBadName", () => new Headers().has("a b"));
  await P("getBadName", () => new Headers().get("a\u00e9"));
  await P("deleteBadName", () => new Headers().delete(""));
  await P("appendNumberAndNull", () => { const h = new Headers(); h.append("n", 1); h.append("u", null); h.append("d", undefined); return [...h]; });
  await P("contentTypeJoin", () => { const h = new Headers(); h.append("content-type", "a/b"); h.append("content-type", "c/d"); return [h.get("content-type"), new Response("x", { headers: h }).headers.get("content-type")]; });
  await P("toStringTag", () => [String(new Headers()), Object.prototype.toString.call(new Headers().entries())]);
}),
c("webapi15-timers-crypto-misc", "timers with negative, NaN, huge and string delays and ids of nested timers, scheduler.wait with signals, crypto.subtle digest/import/sign argument forms and messages, randomUUID shape, btoa/atob odd inputs", async (P) => {
  await P("negDelayOrder", async () => { const r = []; await new Promise((res) => { setTimeout(() => r.push("a"), 1); setTimeout(() => r.push("b"), -5); setTimeout(() => r.push("c"), NaN); setTimeout(() => r.push("d"), "0"); setTimeout(() => { r.push("e"); res(); }, 2); }); return r; });
  await P("hugeDelay", () => { const id = setTimeout(() => {}, 2 ** 31); clearTimeout(id); return typeof id; });
  await P("idsIncrease", () => { const a = setTimeout(() => {}, 1); const b = setTimeout(() => {}, 1); clearTimeout(a); clearTimeout(b); return b > a; });
  await P("timerThrows", async () => { await new Promise((res) => { setTimeout(() => { throw new Error("boom"); }, 0); setTimeout(res, 2); }); return "survived"; });
  await P("schedulerWaitAbort", async () => { const ac = new AbortController(); const p = scheduler.wait(1000, { signal: ac.signal }); ac.abort(); return t(() => p); });
  await P("schedulerWaitAborted", () => scheduler.wait(10, { signal: AbortSignal.abort("why") }));
  await P("schedulerWaitBad", () => scheduler.wait("x"));
  await P("digestForms", async () => { const d = (a, x) => crypto.subtle.digest(a, x).then(hex); const e = new TextEncoder().encode("a"); return [await d({ name: "sha-1" }, e), await d("Sha-1", e.buffer), await t(() => d("SHA-256", "a")), await t(() => d("SHA-3", e)), await t(() => d({}, e))]; });
  await P("hmacNoHash", () => crypto.subtle.importKey("raw", new Uint8Array(16), { name: "HMAC" }, false, ["sign"]));
  await P("hmacZeroKey", () => crypto.subtle.importKey("raw", new Uint8Array(0), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]));
  await P("hmacLengthBits", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256", length: 100 }, true, ["sign"]); return [k.algorithm, await t(() => crypto.subtle.exportKey("jwk", k).then((j) => [j.k, j.alg]))]; });
  await P("hkdfExtractable", () => crypto.subtle.importKey("raw", new Uint8Array(16), "HKDF", true, ["deriveBits"]));
  await P("pbkdf2Zero", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(4), "PBKDF2", false, ["deriveBits"]); return [await t(() => crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(4), iterations: 0 }, k, 256)), await t(() => crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(4), iterations: 1 }, k, 0).then(hex)), await t(() => crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(4), iterations: 1 }, k, 12))]; });
  await P("aesBadLength", () => crypto.subtle.generateKey({ name: "AES-GCM", length: 100 }, true, ["encrypt"]));
  await P("aesGcmTag", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]); return [await t(() => crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), tagLength: 64 }, k, new Uint8Array(1)).then(hex)), await t(() => crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), tagLength: 72 }, k, new Uint8Array(1))), await t(() => crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(0) }, k, new Uint8Array(1)))]; });
  await P("aesCbcBadIv", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-CBC", false, ["encrypt", "decrypt"]); return [await t(() => crypto.subtle.encrypt({ name: "AES-CBC", iv: new Uint8Array(8) }, k, new Uint8Array(1))), await t(() => crypto.subtle.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, k, new Uint8Array(5))), await t(() => crypto.subtle.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, k, new Uint8Array(16)))]; });
  await P("aesCtrBad", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-CTR", false, ["encrypt"]); return [await t(() => crypto.subtle.encrypt({ name: "AES-CTR", counter: new Uint8Array(16), length: 0 }, k, new Uint8Array(1))), await t(() => crypto.subtle.encrypt({ name: "AES-CTR", counter: new Uint8Array(8), length: 64 }, k, new Uint8Array(1))), await t(() => crypto.subtle.encrypt({ name: "AES-CTR", counter: new Uint8Array(16), length: 129 }, k, new Uint8Array(1)))]; });
  await P("uuid", () => { const u = crypto.randomUUID(); return [u.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)]; });
  await P("btoaOdd", () => [btoa(""), btoa(null), btoa(undefined), btoa(12), btoa("\u00ff")]);
  await P("btoaWide", () => btoa("\u0100"));
  await P("atobOdd", () => [atob(" YW Jj\n"), atob("YQ"), atob("YQ="), atob(null).length, atob(undefined).length]);
  await P("atobBad", () => atob("Y"));
  await P("atobBad2", () => atob("YQ==="));
  await P("atobBad3", () => atob("Y*=="));
  await P("timingSafeEqual", () => [crypto.subtle.timingSafeEqual(new Uint8Array([1]), new Uint8Array([1])), crypto.subtle.timingSafeEqual(new Uint8Array([1]).buffer, new Uint8Array([2]))]);
  await P("timingSafeEqualLen", () => crypto.subtle.timingSafeEqual(new Uint8Array([1]), new Uint8Array([1, 2])));
}),
c("webapi15-http-request-seen-odd", "what a worker sees of dispatchFetch requests with odd header values, repeated query keys, encoded paths, content types and bodies of several methods", async (P, out, req) => {
  const u = new URL(req.url);
  await P("url", () => [req.url, u.pathname, u.search, [...u.searchParams]]);
  await P("method", () => req.method);
  await P("headers", () => [...req.headers].filter(([k]) => !["host", "cf-connecting-ip", "user-agent", "accept-encoding", "accept", "accept-language", "sec-fetch-mode"].includes(k)));
  await P("body", async () => [req.body === null, req.bodyUsed, await req.text(), req.bodyUsed]);
  await P("cfKeys", () => typeof req.cf);
  await P("redirect", () => [req.redirect, req.cache, req.integrity, req.keepalive, req.signal.aborted, req.credentials, req.mode, req.destination, req.referrer]);
}, [
  req("POST", "http://localhost/a%2Fb/%7E/%e2%82%ac/?x=1&x=2&y=%zz&z=a+b", { "x-empty": "", "x-space": "  v  ", "x-comma": "a, b,c", "content-type": "application/json; charset=UTF-8" }, "{\"a\":1}"),
  req("PUT", "http://localhost/..%2f/./b/../c?", { "X-Upper": "UP", "content-type": "text/plain" }, ""),
  req("DELETE", "http://localhost/del", {}, "body"),
  req("OPTIONS", "http://localhost/opt?#frag", { "access-control-request-method": "PUT", origin: "http://a.example" }, null),
  req("PATCH", "http://localhost/p", { "content-type": "application/x-www-form-urlencoded" }, "a=1&b=2"),
], "http"),
];
export const more = [
c("webapi15b-clone-formdata-blob-pattern", "structuredClone of web objects (Blob, File, Request, Headers, URL, CryptoKey, DOMException, Map with cycles), FormData entries of blobs and files with names, Blob slicing and text of invalid UTF-8, URLPattern errors and odd inputs, CompressionStream formats", async (P) => {
  const E = (e) => [e.name, e.constructor.name, e.message];
  await P("cloneBlob", async () => { const b = structuredClone(new Blob(["ab"], { type: "x/y" })); return [b.constructor.name, b.type, await b.text()]; });
  await P("cloneFile", async () => { const f = structuredClone(new File(["ab"], "n.txt", { type: "x/y", lastModified: 5 })); return [f.constructor.name, f.name, f.lastModified, await f.text()]; });
  await P("cloneRequest", () => structuredClone(new Request("http://x/")));
  await P("cloneHeaders", () => structuredClone(new Headers()));
  await P("cloneURL", () => structuredClone(new URL("http://x/")));
  await P("cloneKey", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", true, ["encrypt"]); const c = structuredClone(k); return [c.constructor.name, c.algorithm, c === k]; });
  await P("cloneDOMException", () => { const d = structuredClone(new DOMException("m", "AbortError")); return [d.constructor.name, d.name, d.message, d.code]; });
  await P("cloneCycle", () => { const m = new Map(); m.set("self", m); const o = { m }; o.o = o; const c = structuredClone(o); return [c.o === c, c.m.get("self") === c.m]; });
  await P("cloneSymbolKey", () => { const o = { a: 1 }; o[Symbol("x")] = 2; return Object.getOwnPropertySymbols(structuredClone(o)).length; });
  await P("cloneGetter", () => { let n = 0; const o = { get a() { return ++n; } }; const c = structuredClone(o); return [c.a, c.a, n, Object.getOwnPropertyDescriptor(c, "a").get === undefined]; });
  await P("cloneClassInstance", () => { class K { constructor() { this.v = 1; } m() {} } const c = structuredClone(new K()); return [c.constructor.name, c.v, typeof c.m]; });
  await P("cloneFunctionProp", () => structuredClone({ f() {} }));
  await P("cloneWeakMap", () => structuredClone(new WeakMap()));
  await P("clonePromise", () => structuredClone(Promise.resolve()));
  await P("cloneStream", () => structuredClone(new ReadableStream()));
  await P("formDataBlob", async () => { const f = new FormData(); f.append("b", new Blob(["x"], { type: "t/u" })); f.append("f", new File(["y"], "name.bin")); f.append("g", new Blob(["z"]), "given.txt"); f.set("h", new File(["w"], "orig"), "renamed"); return [...f].map(([k, v]) => [k, v.constructor.name, v.name, v.type, v.size]); });
  await P("formDataBlobLastModified", () => { const f = new FormData(); f.append("b", new Blob(["x"])); const v = f.get("b"); return [typeof v.lastModified, v.lastModified > 1600000000000]; });
  await P("formDataStringFilename", () => { const f = new FormData(); f.append("a", "x", "name"); return [...f]; });
  await P("formDataCtorArg", () => new FormData("x"));
  await P("formDataGetAllMissing", () => { const f = new FormData(); return [f.get("no"), f.getAll("no"), f.has("no")]; });
  await P("formDataNewlines", async () => { const f = new FormData(); f.append("a\r\nb", "v\rw\nx\r\ny"); f.append("q\"", new File(["1"], "f\"\n.txt")); const body = await new Response(f).text(); return body.replace(/-{2,}[-\w]+/g, "--B").split("\r\n"); });
  await P("formDataRoundTrip", async () => { const f = new FormData(); f.append("a\r\nb", "v\rw\nx\r\ny"); f.append("u", new File(["\u00e9"], "\u00e9.txt", { type: "text/plain" })); const r = new Response(f); const g = await r.formData(); return [...g].map(([k, v]) => typeof v === "string" ? [k, v] : [k, v.name, v.type, v.size]); });
  await P("blobSlice", async () => { const b = new Blob(["abcdef"]); return [await b.slice(-2).text(), await b.slice(2, -1).text(), await b.slice(4, 2).text(), b.slice(0, 1, "X/Y").type, b.slice(0, 1, "\u00e9").type, await b.slice(1.7, 3.2).text(), await b.slice("1", "3").text(), await b.slice(-100, 100).text()]; });
  await P("blobInvalidUtf8", async () => { const b = new Blob([new Uint8Array([0x61, 0xff, 0xc3])]); return JSON.stringify(await b.text()); });
  await P("blobParts", async () => { const b = new Blob(["a", new Uint8Array([98]), new Blob(["c"]), new Uint16Array([100]).buffer, 7, { toString() { return "o"; } }]); return [b.size, JSON.stringify(await b.text())]; });
  await P("blobEndings", async () => [await new Blob(["a\nb\r\nc"], { endings: "native" }).text(), await t(() => new Blob(["a"], { endings: "bad" }))]);
  await P("blobBadParts", () => new Blob("abc"));
  await P("fileCtor", () => { const f = new File(["x"], 12, { lastModified: "7" }); return [f.name, f.lastModified, f.type]; });
  await P("fileNoName", () => new File(["x"]));
  await P("patternBad", () => new URLPattern("http://x/(foo"));
  await P("patternBadType", () => new URLPattern(5));
  await P("patternBaseless", () => new URLPattern("/foo"));
  await P("patternWithBase", () => { const p = new URLPattern("/a/:id", "https://e.com"); return [p.protocol, p.hostname, p.pathname, p.port, p.search, p.hash, p.test("https://e.com/a/1"), p.exec("https://e.com/a/1").pathname.groups, p.test("https://e.com/a/1?q")]; });
  await P("patternIgnoreCase", () => { const p = new URLPattern({ pathname: "/A/*" }, { ignoreCase: true }); return [p.test({ pathname: "/a/b" }), p.exec({ pathname: "/a/b" }).pathname.groups, p.hasRegExpGroups]; });
  await P("patternRegexGroups", () => { const p = new URLPattern({ pathname: "/(\\d+)/:x(\\w+)?" }); return [p.hasRegExpGroups, p.pathname, p.exec({ pathname: "/12" })?.pathname.groups, p.exec({ pathname: "/12/ab" })?.pathname.groups]; });
  await P("patternExecNoMatch", () => [new URLPattern({ pathname: "/a" }).exec({ pathname: "/b" }), new URLPattern({ pathname: "/a" }).exec("not a url")]);
  await P("patternTestBadUrl", () => new URLPattern({ pathname: "/a" }).test("http://[bad"));
  await P("compressionBad", () => new CompressionStream("br"));
  await P("decompressionBad", () => new DecompressionStream("zstd"));
  await P("compressionNoArg", () => new CompressionStream());
  await P("compressionGzipHeader", async () => { const s = new Blob(["hello"]).stream().pipeThrough(new CompressionStream("gzip")); const b = new Uint8Array(await new Response(s).arrayBuffer()); return [...b.slice(0, 10)]; });
  await P("compressionDeflateHeader", async () => { const s = new Blob(["hello"]).stream().pipeThrough(new CompressionStream("deflate")); const b = new Uint8Array(await new Response(s).arrayBuffer()); return [...b.slice(0, 2), b.length]; });
  await P("compressionEmpty", async () => { const s = new Blob([]).stream().pipeThrough(new CompressionStream("gzip")); const b = new Uint8Array(await new Response(s).arrayBuffer()); return [b.length, [...b.slice(0, 4)]]; });
  await P("decompressTrailing", async () => { const c = new Uint8Array(await new Response(new Blob(["x"]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer()); const w = new Uint8Array(c.length + 2); w.set(c); w[c.length] = 1; return t(() => new Response(new Blob([w]).stream().pipeThrough(new DecompressionStream("gzip"))).text()); });
  await P("decompressTruncated", async () => { const c = new Uint8Array(await new Response(new Blob(["xyz"]).stream().pipeThrough(new CompressionStream("deflate"))).arrayBuffer()); return t(() => new Response(new Blob([c.slice(0, c.length - 3)]).stream().pipeThrough(new DecompressionStream("deflate"))).text()); });
  await P("writeStringToCompression", async () => { const cs = new CompressionStream("gzip"); const w = cs.writable.getWriter(); return t(() => w.write("str")); });
}),
];

export const more2 = [
c("webapi15c-formdata-escapes-and-bare-cr", "FormData serialization escapes of names and filenames (CR, LF, CRLF, quotes, backslashes, trailing backslash) and multipart parsing of part headers with bare CRs and backslashes", async (P) => {
  const ser = async (f) => (await new Response(f).text()).replace(/-{2,}[-\w]+/g, "--B");
  const mk = (...pairs) => { const f = new FormData(); for (const [k, v, n] of pairs) n === undefined ? f.append(k, v) : f.append(k, v, n); return f; };
  await P("nameCR", () => ser(mk(["a\rb", "v"])));
  await P("nameLF", () => ser(mk(["a\nb", "v"])));
  await P("nameBackslash", () => ser(mk(["a\\b", "v"])));
  await P("nameTrailingBackslash", () => ser(mk(["ab\\", "v"])));
  await P("filenameTrailingBackslash", () => ser(mk(["a", new Blob(["x"]), "f\\"])));
  await P("filenameCRLF", () => ser(mk(["a", new Blob(["x"]), "f\r\n.txt"])));
  await P("valueNewlines", () => ser(mk(["a", "1\r2\n3\r\n4"])));
  const parse = async (body) => { const r = new Response(body, { headers: { "content-type": "multipart/form-data; boundary=B" } }); const f = await r.formData(); return [...f].map(([k, v]) => typeof v === "string" ? [k, v] : [k, v.name, v.type]); };
  await P("parseBackslashName", () => parse('--B\r\nContent-Disposition: form-data; name="a\\\\b\\"c"\r\n\r\nv\r\n--B--'));
  await P("parseBareCrInValue", () => parse('--B\r\nContent-Disposition: form-data; name="a\rb"\r\n\r\nv\r\n--B--'));
  await P("parseBareCrEndOfLine", () => parse('--B\r\nContent-Disposition: form-data; name="a"\r\rX-A: 1\r\n\r\nv\r\n--B--'));
  await P("parseLfOnly", () => parse('--B\nContent-Disposition: form-data; name="a"\nX-A: 1\n\nv\n--B--'));
  await P("parseCrInBody", () => parse('--B\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\rw\r\r\n--B--'));
  await P("parseNul", () => parse('--B\r\nContent-Disposition: form-data; name="a\u0000b"\r\n\r\nv\r\n--B--'));
  await P("parseCtl", () => parse('--B\r\nContent-Disposition: form-data; name="a\u0001b"\r\n\r\nv\r\n--B--'));
  await P("parseHeaderNameSpace", () => parse('--B\r\nContent-Disposition : form-data; name="a"\r\n\r\nv\r\n--B--'));
  await P("parseHeaderNameBad", () => parse('--B\r\nContent-Disposition: form-data; name="a"\r\nX(A): 1\r\n\r\nv\r\n--B--'));
  await P("parseHeaderNoValue", () => parse('--B\r\nContent-Disposition: form-data; name="a"\r\nX-A:\r\n\r\nv\r\n--B--'));
  await P("parseHeaderLatin", () => parse('--B\r\nContent-Disposition: form-data; name="\u00e9"\r\n\r\nv\r\n--B--'));
  await P("parseHeaderDel", () => parse('--B\r\nContent-Disposition: form-data; name="a\u007fb"\r\n\r\nv\r\n--B--'));
  await P("parseHeaderTab", () => parse('--B\r\nContent-Disposition: form-data; name="a\tb"\r\n\r\nv\r\n--B--'));
}),
];

export const more3 = [
c("webapi15d-json-clone-reinit-misc", "Response.json of undefined, functions, symbols, BigInt, cycles, toJSON throwing; clones of partially read bodies; new Request(req, init) keeping or replacing headers, body and signal; Response from a Response's body; text() of a half-read stream; TextEncoder/Decoder argument coercions", async (P) => {
  await P("jsonUndefined", () => Response.json(undefined));
  await P("jsonFunction", () => Response.json(() => 1));
  await P("jsonSymbol", () => Response.json(Symbol("x")));
  await P("jsonBigInt", () => Response.json({ a: 1n }));
  await P("jsonCycle", () => { const o = {}; o.self = o; return Response.json(o); });
  await P("jsonToJSONThrows", () => Response.json({ toJSON() { throw new RangeError("inner"); } }));
  await P("jsonStringValue", async () => { const r = Response.json("s"); return [r.headers.get("content-type"), await r.text()]; });
  await P("jsonNull", async () => await Response.json(null).text());
  await P("jsonInitHeadersObj", async () => { const r = Response.json({ a: 1 }, { status: 201, statusText: "C", headers: new Headers({ "Content-Type": "application/vnd.x+json", "x-a": "1" }) }); return [r.status, r.statusText, [...r.headers]]; });
  await P("jsonInitAsResponse", async () => { const base = new Response("x", { status: 202, headers: { a: "b" } }); const r = Response.json(1, base); return [r.status, [...r.headers]]; });
  await P("clonePartiallyRead", async () => { const r = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("ab")); c.enqueue(new TextEncoder().encode("cd")); c.close(); } })); const rd = r.body.getReader(); await rd.read(); rd.releaseLock(); return t(() => r.clone()); });
  await P("cloneThenReadBoth", async () => { const r = new Response("abc"); const c = r.clone(); return [await r.text(), await c.text(), r.bodyUsed, c.bodyUsed]; });
  await P("cloneThenReadOneOnly", async () => { const r = new Response("abc"); const c = r.clone(); return [await c.text(), r.bodyUsed]; });
  await P("reqReinitHeaders", () => { const a = new Request("http://x/", { headers: { a: "1", b: "2" } }); const b = new Request(a, { headers: { c: "3" } }); return [[...a.headers], [...b.headers]]; });
  await P("reqReinitMethodKeepsBody", async () => { const a = new Request("http://x/", { method: "POST", body: "B" }); const b = new Request(a, { method: "PUT" }); return [b.method, a.bodyUsed, await b.text()]; });
  await P("reqReinitGetDropsBody", () => { const a = new Request("http://x/", { method: "POST", body: "B" }); return new Request(a, { method: "GET" }); });
  await P("reqReinitGetNullBody", async () => { const a = new Request("http://x/", { method: "POST", body: "B" }); const b = new Request(a, { method: "GET", body: null }); return [b.method, b.body, a.bodyUsed]; });
  await P("reqReinitUrlString", () => { const a = new Request("http://x/p?q", { method: "DELETE", headers: { z: "1" }, redirect: "manual" }); const b = new Request(a.url, a); return [b.url, b.method, [...b.headers], b.redirect]; });
  await P("reqReinitSignal", () => { const ac = new AbortController(); const a = new Request("http://x/", { signal: ac.signal }); const b = new Request(a); const c = new Request(a, { signal: null }); ac.abort(); return [a.signal.aborted, b.signal.aborted, c.signal.aborted]; });
  await P("reqSignalAbortedReason", () => { const a = new Request("http://x/", { signal: AbortSignal.abort("R") }); return [a.signal.aborted, a.signal.reason]; });
  await P("respFromRespBody", async () => { const a = new Response("xyz", { headers: { "content-type": "q/r" } }); const b = new Response(a.body, a); return [a.bodyUsed, b.headers.get("content-type"), await b.text(), a.bodyUsed, await t(() => a.text())]; });
  await P("respFromResp", async () => { const a = new Response("xyz"); return t(() => new Response(a).text()); });
  await P("halfReadThenText", async () => { const r = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("ab")); c.enqueue(new TextEncoder().encode("cd")); c.close(); } })); const rd = r.body.getReader(); await rd.read(); rd.releaseLock(); return [r.bodyUsed, await t(() => r.text())]; });
  await P("textCoercions", () => [new TextEncoder().encode(undefined).length, new TextEncoder().encode(null).length, new TextEncoder().encode(5).length, new TextEncoder().encode({}).length]);
  await P("decodeBadArg", () => new TextDecoder().decode("abc"));
  await P("decodeSAB", () => new TextDecoder().decode(new Uint8Array(new SharedArrayBuffer(2))).length);
  await P("encodeIntoBad", () => new TextEncoder().encodeInto("a", new Uint16Array(2)));
  await P("responseTypes", () => [new Response().type, Response.error().type, Response.redirect("http://x/").type, new Response().url, new Response().redirected, Response.error().status, Response.error().statusText]);
  await P("statusTextDefault", () => [new Response(null, { status: 404 }).statusText, new Response(null, { status: 299 }).statusText, Response.redirect("http://x/", 302).statusText]);
  await P("requestDefaults", () => { const r = new Request("http://x/"); return [r.method, r.redirect, r.body, r.bodyUsed, r.cf, r.fetcher, r.integrity, r.keepalive, Object.keys(r).length]; });
  await P("urlNormalised", () => [new Request("HTTP://EX.com:80/a/../b?#").url, new Request("http://x/%7e~").url, new Request("http://x").url]);
}),
];

export const more4 = [
c("webapi15e-cache-reput-keys-names", "Cache API: a matched response put again (headers it gained), keys differing in percent-encoding case and escaped characters, caches.open('default') against caches.default, keys with unicode paths and query strings, a put whose response has a Content-Range, delete results", async (P) => {
  const cache = caches.default;
  const hdrs = (r) => r ? [r.status, [...r.headers].filter(([k]) => k !== "date")] : null;
  await P("reput", async () => { const k = "http://c.test/reput"; await cache.put(k, new Response("a", { headers: { "cache-control": "max-age=100", etag: '"e"' } })); const m = await cache.match(k); const h1 = hdrs(m); await cache.put(k, m); const m2 = await cache.match(k); return [h1, hdrs(m2), await m2?.text()]; });
  await P("pctCase", async () => { await cache.put("http://c.test/a%7e", new Response("x", { headers: { "cache-control": "max-age=100" } })); return [!!(await cache.match("http://c.test/a%7E")), !!(await cache.match("http://c.test/a~")), !!(await cache.match("http://c.test/a%7e"))]; });
  await P("spaceKey", async () => { await cache.put("http://c.test/a b", new Response("x", { headers: { "cache-control": "max-age=100" } })); return [!!(await cache.match("http://c.test/a%20b")), !!(await cache.match("http://c.test/a b"))]; });
  await P("unicodeKey", async () => { await cache.put("http://c.test/\u00e9?q=\u00fc", new Response("x", { headers: { "cache-control": "max-age=100" } })); return [!!(await cache.match("http://c.test/%C3%A9?q=%C3%BC")), !!(await cache.match("http://c.test/%c3%a9?q=%c3%bc"))]; });
  await P("openDefault", async () => { const d = await caches.open("default"); await cache.put("http://c.test/od", new Response("x", { headers: { "cache-control": "max-age=100" } })); return [!!(await d.match("http://c.test/od")), d === cache]; });
  await P("openSame", async () => { const a = await caches.open("n1"); const b = await caches.open("n1"); await a.put("http://c.test/n", new Response("y", { headers: { "cache-control": "max-age=100" } })); return [a === b, !!(await b.match("http://c.test/n")), !!(await cache.match("http://c.test/n"))]; });
  await P("contentRangeAt200", async () => { await cache.put("http://c.test/cr", new Response("abcdef", { headers: { "cache-control": "max-age=100", "content-range": "bytes 0-5/10" } })); const m = await cache.match("http://c.test/cr"); return [hdrs(m), await m?.text()]; });
  await P("rangeOnMatch", async () => { await cache.put("http://c.test/rg", new Response("abcdef", { headers: { "cache-control": "max-age=100", "content-type": "text/plain" } })); const m = await cache.match(new Request("http://c.test/rg", { headers: { range: "bytes=1-2" } })); return [hdrs(m), await m?.text()]; });
  await P("deleteResults", async () => { await cache.put("http://c.test/d", new Response("x", { headers: { "cache-control": "max-age=100" } })); return [await cache.delete("http://c.test/d"), await cache.delete("http://c.test/d"), await cache.delete("http://c.test/never")]; });
  await P("putReturn", async () => [await cache.put("http://c.test/pr", new Response("x", { headers: { "cache-control": "max-age=100" } })), typeof (await cache.match("http://c.test/none"))]);
  await P("matchedShape", async () => { await cache.put("http://c.test/ms", new Response("x", { status: 200, statusText: "Fine", headers: { "cache-control": "max-age=100", "x-b": "2", "x-a": "1" } })); const m = await cache.match("http://c.test/ms"); return [m.status, m.statusText, m.url, m.redirected, m.type, m.bodyUsed, hdrs(m)]; });
  await P("putStreamLength", async () => { await cache.put("http://c.test/st", new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("abc")); c.close(); } }), { headers: { "cache-control": "max-age=100" } })); const m = await cache.match("http://c.test/st"); return [hdrs(m), await m?.text()]; });
}, [get("/")], "cache", {}, 0),
];

export const more5 = [
c("webapi15f-usp-invalid-utf8-percent", "URLSearchParams holding percent-encoded bytes that are not UTF-8: toString, get, has/delete with the replacement character, entries, a URL's search after changes through its params", async (P) => {
  await P("toString", () => [new URLSearchParams("a=%E9&b=%C3&c=%C3%A9&%FF=1").toString(), new URLSearchParams("a=%E9%").toString(), new URLSearchParams("a=%e9+%ZZ").toString()]);
  await P("get", () => { const u = new URLSearchParams("a=%E9x&%FF=1"); return [u.get("a"), u.get("\ufffd"), [...u.keys()], [...u.values()], u.size]; });
  await P("hasDelete", () => { const u = new URLSearchParams("a=%E9&a=%EF%BF%BD"); const h = [u.has("a", "\ufffd")]; u.delete("a", "\ufffd"); return [h, u.toString()]; });
  await P("appendAfter", () => { const u = new URLSearchParams("a=%E9"); u.append("b", "\u00e9"); return u.toString(); });
  await P("setOther", () => { const u = new URLSearchParams("a=%E9&b=1"); u.set("b", "2"); return u.toString(); });
  await P("urlSearch", () => { const url = new URL("http://x/?a=%E9&b=%FF"); const before = [url.search, url.searchParams.toString()]; url.searchParams.append("c", "1"); return [before, url.search, url.href]; });
  await P("fromParams", () => new URLSearchParams(new URLSearchParams("a=%E9")).toString());
  await P("fromEntries", () => new URLSearchParams([...new URLSearchParams("a=%E9")]).toString());
  await P("asBody", () => new Response(new URLSearchParams("a=%E9")).text());
  await P("forEach", () => { const r = []; new URLSearchParams("a=%E9").forEach((v, k) => r.push([k, v])); return r; });
}),
];

export const more6 = [
c("webapi15g-formdata-roundtrip-escapes", "FormData round trips through a Response body: names and filenames with quotes, LF, backslashes, percent signs and non-ASCII come back as workerd reads its own escapes; part Content-Type of files without a type", async (P) => {
  const rt = async (f) => { const g = await new Response(f).formData(); return [...g].map(([k, v]) => typeof v === "string" ? [k, v] : [k, v.name, v.type, v.size]); };
  const mk = (...pairs) => { const f = new FormData(); for (const [k, v, n] of pairs) n === undefined ? f.append(k, v) : f.append(k, v, n); return f; };
  await P("quote", () => rt(mk(['a"b', "v"])));
  await P("lf", () => rt(mk(["a\nb", "v"])));
  await P("backslash", () => rt(mk(["a\\b", "v"])));
  await P("percent", () => rt(mk(["a%22b%0A", "v"])));
  await P("nonAscii", () => rt(mk(["\u00e9\u4e2d\ud83d\ude00", "\u00fc"])));
  await P("loneSurrogate", () => rt(mk(["a\ud800", "b\udc00"])));
  await P("fileNames", () => rt(mk(["f", new File(["x"], 'q"\\w\n\u00e9.txt')])));
  await P("fileNoType", () => rt(mk(["f", new Blob(["xy"])])));
  await P("fileTypeParams", () => rt(mk(["f", new File(["x"], "a", { type: "text/plain;charset=latin1" })])));
  await P("emptyName", () => rt(mk(["", "v"])));
  await P("emptyFileName", () => rt(mk(["f", new File(["x"], "")])));
  await P("requestBody", async () => { const r = new Request("http://x/", { method: "POST", body: mk(["a", "1"], ["b", new File(["2"], "b.txt", { type: "text/plain" })]) }); const ct = r.headers.get("content-type"); const g = await r.formData(); return [ct.startsWith("multipart/form-data; boundary="), [...g].map(([k, v]) => typeof v === "string" ? v : v.name)]; });
}),
];

export const more7 = [
c("webapi15h-single-byte-decoders", "TextDecoder of every byte 0x80-0xFF in each WHATWG single-byte encoding, and the labels' canonical names", async (P) => {
  const labels = ["ibm866", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7", "iso-8859-8", "iso-8859-8-i", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15", "iso-8859-16", "koi8-r", "koi8-u", "macintosh", "windows-874", "windows-1250", "windows-1251", "windows-1252", "windows-1253", "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258", "x-mac-cyrillic"];
  const all = new Uint8Array(128).map((_, i) => 0x80 + i);
  for (const l of labels) await P(l, () => { const d = new TextDecoder(l); return [d.encoding, [...d.decode(all)].map((c) => c.codePointAt(0).toString(16)).join(" ")]; });
  await P("fatalUnmapped", () => new TextDecoder("windows-1253", { fatal: true }).decode(new Uint8Array([0xaa])));
}),
];
export default [...base, ...more, ...more2, ...more3, ...more4, ...more5, ...more6, ...more7];
