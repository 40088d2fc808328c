// Oracle definitions of the webapi2-compat-* and later webapi2 cases (second round): put this file beside the oracle's defs/_h.mjs to re-record them.
import { modWorker, get } from "./_h.mjs";
const J = (body, extra) => modWorker(`    const out = {};\n    const P = async (k, fn) => { out[k] = await t(fn); };\n${body}\n    return Response.json(out);`, extra);

const COMPAT = `
    await P("navigatorType", () => typeof navigator);
    await P("navigatorLanguage", () => [navigator.language, navigator.languages, "language" in navigator, navigator.userAgent]);
    await P("importScripts", () => typeof globalThis.importScripts);
    await P("messageChannel", () => [typeof globalThis.MessageChannel, typeof globalThis.MessagePort]);
    await P("eventThis", () => { const et = new EventTarget(); let r = "unset"; et.addEventListener("x", function () { r = this === et ? "target" : this === undefined ? "undefined" : this === globalThis ? "global" : typeof this; }); et.dispatchEvent(new Event("x")); return r; });
    await P("tags", () => [new Headers(), new Request("http://x/"), new Response(), new Response("x").body, new TextEncoder(), new URL("http://x/"), crypto.subtle, new Event("x"), new AbortController(), new Blob([]), new FormData(), new URLSearchParams()].map((v) => Object.prototype.toString.call(v)));
    await P("methods", () => ["patch", "delete", "get", "post", "options", "put", "head", "custom", "Patch"].map((m) => new Request("http://x/", { method: m }).method));
    await P("cacheNoStore", () => new Request("http://x/", { cache: "no-store" }).cache);
    await P("cacheNoCache", () => new Request("http://x/", { cache: "no-cache" }).cache);
    await P("cacheProp", () => "cache" in Request.prototype);
    await P("blobType", () => [new Blob([], { type: "Text/HTML; Charset=UTF-8" }).type, new Blob([], { type: "a\\u00e9b" }).type, new File([], "f", { type: "TEXT/Plain" }).type]);
    await P("bodyBlobType", async () => (await new Response("x", { headers: { "content-type": "Text/Plain;Charset=UTF-8" } }).blob()).type);
    await P("uspValueArg", () => { const p = new URLSearchParams("a=1&a=2&b=3"); const h = [p.has("a", "3"), p.has("a", "2")]; p.delete("a", "1"); return [h, p.toString()]; });
    await P("transformString", async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); const wr = w.write("abc").then(() => "ok", (e) => e.name + ": " + e.message); const rd = await ts.readable.getReader().read(); return [await wr, typeof rd.value, rd.value?.constructor?.name]; });
    await P("transformDesired", async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); const d0 = w.desiredSize; w.write(new Uint8Array(1)); const d1 = w.desiredSize; return [d0, d1, ts.readable.constructor.name]; });
    await P("streamCtor", () => { const rs = new ReadableStream({ start(c) { c.enqueue("x"); c.close(); } }); return typeof rs.getReader; });
    await P("writableCtor", () => typeof new WritableStream({}).getWriter);
    await P("urls", () => ["http://EXAMPLE.com/a/../b?x y#z w", "https://a/%7Bb%7D", "http://x/a b", "HTTP://x:80/", "http://x/?q=é", "http://[::1]:8080/", "foo://bar/baz"].map((s) => { try { return new URL(s).href; } catch (e) { return e.name + ": " + e.message; } }));
    await P("urlSearchEncode", () => { const u = new URL("http://x/"); u.searchParams.set("a", "b c~'"); return u.href; });
    await P("cjk", () => [["shift_jis", [0x82, 0xa0]], ["euc-jp", [0xa4, 0xa2]], ["iso-2022-jp", [0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42]], ["gbk", [0xc4, 0xe3]], ["gb18030", [0x81, 0x30, 0x81, 0x30]], ["big5", [0xa4, 0x40]], ["euc-kr", [0xb0, 0xa1]], ["windows-1252", [0x80]], ["iso-8859-2", [0xa1]], ["koi8-r", [0xc1]]].map(([l, b]) => { try { const d = new TextDecoder(l); return [d.encoding, [...d.decode(new Uint8Array(b))].map((c) => c.codePointAt(0))]; } catch (e) { return e.name + ": " + e.message; } }));
    await P("surrogates", () => [new TextDecoder("utf-16le").decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00])), new TextDecoder("utf-16le").decode(new Uint8Array([0x00, 0xdc])), new TextDecoder("utf-16be").decode(new Uint8Array([0xd8, 0x00]))].map((s) => [...s].map((c) => c.codePointAt(0))));
    await P("surrogatesFatal", () => new TextDecoder("utf-16le", { fatal: true }).decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00])));
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x61]);
    await P("bomText", async () => [(await new Response(bom).text()).length, (await new Request("http://x/", { method: "POST", body: bom }).text()).length, (await new Blob([bom]).text()).length, (await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])).json())]);
    await P("bomJson", async () => new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x5b, 0x31, 0x5d])).json());
    await P("iterableBody", async () => [await t(() => new Response(["a", "b"]).text()), await t(() => new Response(new Set(["x", "y"])).text()), await t(() => new Response((function* () { yield "p"; yield new Uint8Array([113]); })()).text()), await t(() => new Response((async function* () { yield "a"; yield new Uint8Array([98]); })()).text()), await t(() => new Request("http://x/", { method: "POST", body: ["q", "r"] }).text()), await t(() => new Response([1, 2]).text())]);
    await P("writerRelease", async () => { const ws = new WritableStream(); const w = ws.getWriter(); const closed = w.closed.then(() => "resolved", (e) => e.name + ": " + e.message); const ready = w.ready; w.releaseLock(); return [await closed, await ready.then(() => "resolved", (e) => e.name + ": " + e.message), await t(() => w.desiredSize), await t(() => w.write("x")), await t(() => w.close())]; });
    await P("writerErrored", async () => { let ctl; const ws = new WritableStream({ start(c) { ctl = c; } }); const w = ws.getWriter(); await null; ctl.error(new Error("boom")); return [await w.ready.then(() => "resolved", (e) => e.message), await w.closed.then(() => "resolved", (e) => e.message), await t(() => w.desiredSize), await t(() => w.write(1))]; });
    await P("writerAbort", async () => { const ws = new WritableStream({ write() { return new Promise((r) => setTimeout(r, 2)); } }); const w = ws.getWriter(); const p1 = w.write("a").then(() => "ok", (e) => "rej " + String(e)); const p2 = w.write("b").then(() => "ok", (e) => "rej " + String(e)); const ab = w.abort("why").then(() => "aborted", (e) => "abortRej " + String(e)); return [await p2, await ab, await Promise.race([p1, new Promise((r) => setTimeout(() => r("pending"), 5))])]; });
    await P("encoderBackpressure", async () => { const s = new TextEncoderStream(); const w = s.writable.getWriter(); const d0 = w.desiredSize; let settled = 0; const ps = [w.write("a"), w.write("b"), w.write("c")].map((p) => p.then(() => settled++)); for (let i = 0; i < 10; i++) await null; return [d0, w.desiredSize, settled]; });
    await P("decoderBackpressure", async () => { const s = new TextDecoderStream(); const w = s.writable.getWriter(); const d0 = w.desiredSize; let settled = 0; [w.write(new Uint8Array([97])), w.write(new Uint8Array([98]))].map((p) => p.then(() => settled++)); for (let i = 0; i < 10; i++) await null; return [d0, w.desiredSize, settled]; });
    await P("urlpattern", () => { const r = []; const p = new URLPattern({ pathname: "/a/:b" }); r.push(p.exec("http://x/a/c")?.pathname.groups, p.hostname, p.search, p.hash); const q = new URLPattern("/foo/*", "https://example.com"); r.push(q.protocol, q.hostname, q.search, q.hash, q.pathname, q.test("https://example.com/foo/bar?x#y")); r.push("hasRegExpGroups" in URLPattern.prototype); r.push(new URLPattern({ pathname: "/(\\\\d+)" }).hasRegExpGroups); const s = new URLPattern("https://example.com/x?y"); r.push(s.search, s.hash, s.port); return r; });
    await P("urlpatternIgnoreCase", () => [new URLPattern({ pathname: "/ABC" }, { ignoreCase: true }).test("http://x/abc"), new URLPattern({ pathname: "/ABC" }).test("http://x/abc")]);
    await P("urlpatternErrors", () => [(() => { try { new URLPattern("no-base"); return "ok"; } catch (e) { return e.name + ": " + e.message; } })(), (() => { try { new URLPattern({ pathname: "/(" }); return "ok"; } catch (e) { return e.name + ": " + e.message; } })()]);
    await P("wsBinaryType", () => { const [a, b] = Object.values(new WebSocketPair()); const r = [a.binaryType]; try { a.binaryType = "blob"; r.push(a.binaryType); a.binaryType = "bogus"; r.push(a.binaryType); } catch (e) { r.push(e.name + ": " + e.message); } return r; });
    await P("strictGzip", async () => { const cs = new Response(new Response("hello").body.pipeThrough(new CompressionStream("gzip"))); const gz = new Uint8Array(await cs.arrayBuffer()); const junk = new Uint8Array(gz.length + 3); junk.set(gz); junk.set([1, 2, 3], gz.length); return new Response(new Response(junk).body.pipeThrough(new DecompressionStream("gzip"))).text(); });
    await P("truncatedGzip", async () => { const gz = new Uint8Array(await new Response(new Response("hello world").body.pipeThrough(new CompressionStream("gzip"))).arrayBuffer()); return new Response(new Response(gz.slice(0, gz.length - 4)).body.pipeThrough(new DecompressionStream("gzip"))).text(); });
    await P("rsaExponent", async () => { const k = await crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([0, 1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]); return [...k.publicKey.algorithm.publicExponent]; });
    await P("aesBadUsage", () => crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt", "sign"]));
    await P("asyncThrow", () => { try { const p = crypto.subtle.digest("nope", new Uint8Array(1)); p.catch(() => {}); return "promise"; } catch (e) { return "sync " + e.name; } });
    await P("ownProps", () => [Object.keys(new Request("http://x/")).length, Object.getOwnPropertyNames(new Response()).length, Object.getOwnPropertyNames(new Headers()).length, Object.getOwnPropertyNames(new URL("http://x/")).length]);
    await P("byobDetach", async () => { const rs = new ReadableStream({ type: "bytes", pull(c) { c.enqueue(new Uint8Array([1, 2])); } }); const r = rs.getReader({ mode: "byob" }); const buf = new Uint8Array(4); const res = await r.read(buf); return [buf.byteLength, res.value.byteLength, res.value.buffer.byteLength]; });
    await P("byobInternal", async () => { const r = new Response("hello").body.getReader({ mode: "byob" }); const res = await r.read(new Uint8Array(8)); return [res.done, res.value?.constructor?.name, res.value?.byteLength]; });
    await P("formdataFile", async () => { const body = "--B\\r\\nContent-Disposition: form-data; name=\\"f\\"; filename=\\"a.txt\\"\\r\\nContent-Type: text/plain\\r\\n\\r\\nhello\\r\\n--B--\\r\\n"; const fd = await new Response(body, { headers: { "content-type": "multipart/form-data; boundary=B" } }).formData(); const v = fd.get("f"); return typeof v === "string" ? ["string", v] : [v.constructor.name, v.name, v.type, await v.text()]; });
    await P("fetchFtp", () => fetch("ftp://example.com/").then((r) => r.status));
    await P("thenable", async () => { let called = 0; const th = { then(res) { called++; res("v"); } }; const r = await Promise.resolve(th); return [r, called]; });
    await P("requestSignal", () => { const r = new Request("http://x/"); return [typeof r.signal, r.signal?.aborted, "signal" in r]; });
    await P("structuredMessage", () => typeof structuredClone);
    await P("setTimeoutType", () => { const id = setTimeout(() => {}, 1); clearTimeout(id); return typeof id; });
    await P("ctxProps", () => Object.keys(ctx).concat(Object.getOwnPropertyNames(Object.getPrototypeOf(ctx))).sort());
    await P("reqGuard", () => { try { req.headers.set("x", "1"); return "mutable"; } catch (e) { return e.name + ": " + e.message; } });
`;
// probes whose behaviour at some dates miniflare4j does not reproduce yet run only at the others
const ONLY = {
  streamCtor: (d) => d >= "2024", writableCtor: (d) => d >= "2024", writerRelease: (d) => d >= "2024", writerErrored: (d) => d >= "2024", writerAbort: (d) => d >= "2024",
  byobDetach: (d) => d >= "2024", transformString: (d) => d >= "2024", transformDesired: (d) => d >= "2024", urls: (d) => d >= "2024",
  strictGzip: (d) => d >= "2024", truncatedGzip: (d) => d >= "2024", rsaExponent: (d) => d >= "2024", ownProps: (d) => d >= "2022",
  encoderBackpressure: (d) => d >= "2025" && d < "2026", decoderBackpressure: (d) => d >= "2025" && d < "2026",
};
const probesAt = (d) => COMPAT.split("\n").filter((line) => { const m = /await P\("(\w+)"/.exec(line); return !m || !ONLY[m[1]] || ONLY[m[1]](d); }).join("\n");
const dates = ["2021-06-01", "2022-06-01", "2024-01-01", "2025-01-01", "2025-09-01", "2026-04-20"];
export default dates.map((d) => ({
  name: `webapi2-compat-probe-${d}`, area: "web-api",
  description: `web platform behaviours that compatibility dates change, probed at ${d}: navigator.language, EventTarget this, toStringTag, method case, cache option, Blob MIME types, URLSearchParams value argument, TransformStream constructor, URL parser, CJK TextDecoders, BOM, iterable bodies, writers, URLPattern, compression strictness, async throws`,
  options: J(probesAt(d), { compatibilityDate: d }),
  steps: [get("/")],
}));
