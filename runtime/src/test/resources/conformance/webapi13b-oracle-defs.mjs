// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi13b`.
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
c("webapi13b-text-codec-streaming", "TextDecoder streaming across split sequences, BOM handling per encoding, fatal at end of stream, utf-16 odd byte counts, encodeInto with tight destinations, TextEncoderStream/TextDecoderStream chunk edges", async (P) => {
  const u8 = (...b) => new Uint8Array(b);
  const cp = (s) => [...s].map((ch) => ch.codePointAt(0).toString(16));
  await P("splitEuro", () => { const d = new TextDecoder(); return [d.decode(u8(0xe2), { stream: true }), d.decode(u8(0x82), { stream: true }), d.decode(u8(0xac))]; });
  await P("splitEmojiEnd", () => { const d = new TextDecoder(); return cp(d.decode(u8(0xf0, 0x9f), { stream: true }) + d.decode()); });
  await P("fatalEnd", () => { const d = new TextDecoder("utf-8", { fatal: true }); d.decode(u8(0xf0, 0x9f), { stream: true }); return d.decode(); });
  await P("fatalReuse", () => { const d = new TextDecoder("utf-8", { fatal: true }); try { d.decode(u8(0xff)); } catch (e) {} return d.decode(u8(0x41)); });
  await P("bomStreamSplit", () => { const d = new TextDecoder(); return cp(d.decode(u8(0xef, 0xbb), { stream: true }) + d.decode(u8(0xbf, 0x41))); });
  await P("bomTwice", () => { const d = new TextDecoder(); return [cp(d.decode(u8(0xef, 0xbb, 0xbf, 0x41))), cp(d.decode(u8(0xef, 0xbb, 0xbf, 0x42)))]; });
  await P("bomStreamSecond", () => { const d = new TextDecoder(); return [cp(d.decode(u8(0xef, 0xbb, 0xbf, 0x41), { stream: true })), cp(d.decode(u8(0xef, 0xbb, 0xbf, 0x42)))]; });
  await P("ignoreBom", () => cp(new TextDecoder("utf-8", { ignoreBOM: true }).decode(u8(0xef, 0xbb, 0xbf, 0x41))));
  await P("utf16leBom", () => cp(new TextDecoder("utf-16le").decode(u8(0xff, 0xfe, 0x41, 0x00))));
  await P("utf16leOdd", () => cp(new TextDecoder("utf-16le").decode(u8(0x41, 0x00, 0x42))));
  await P("utf16leOddFatal", () => new TextDecoder("utf-16le", { fatal: true }).decode(u8(0x41, 0x00, 0x42)));
  await P("utf16leLoneSurrogate", () => cp(new TextDecoder("utf-16le").decode(u8(0x00, 0xd8, 0x41, 0x00))));
  await P("utf16leSplitPair", () => { const d = new TextDecoder("utf-16le"); return cp(d.decode(u8(0x3d, 0xd8), { stream: true }) + d.decode(u8(0x00, 0xde))); });
  await P("utf16be", () => { try { const d = new TextDecoder("utf-16be"); return [d.encoding, cp(d.decode(u8(0x00, 0x41)))]; } catch (e) { return [e.name, e.message]; } });
  await P("latin1Bytes", () => { const d = new TextDecoder("latin1"); return [d.encoding, cp(d.decode(u8(0x80, 0x81, 0x9f, 0xff)))]; });
  await P("asciiLabel", () => new TextDecoder("ascii").encoding);
  await P("labelSpaces", () => new TextDecoder("\t UTF8 \n").encoding);
  await P("labelUnknown", () => new TextDecoder("utf-9"));
  await P("labelReplacement", () => new TextDecoder("iso-2022-kr"));
  await P("labelUtf7", () => new TextDecoder("utf-7"));
  await P("decodeSAB", () => { try { return new TextDecoder().decode(new Uint8Array(new SharedArrayBuffer(2))); } catch (e) { return [e.name, e.message]; } });
  await P("decodeDataView", () => new TextDecoder().decode(new DataView(u8(0x61, 0x62, 0x63).buffer, 1)));
  await P("decodeDetached", () => { const b = new ArrayBuffer(2); structuredClone(b, { transfer: [b] }); return new TextDecoder().decode(b); });
  await P("decodeNull", () => new TextDecoder().decode(null));
  await P("decodeString", () => new TextDecoder().decode("abc"));
  await P("decodeOptsBad", () => new TextDecoder().decode(u8(0x41), 5));
  await P("encodeIntoTight", () => { const d = new Uint8Array(5); const r = new TextEncoder().encodeInto("a€b", d); return [r, [...d]]; });
  await P("encodeIntoPair", () => { const d = new Uint8Array(3); return new TextEncoder().encodeInto("😀", d); });
  await P("encodeIntoLone", () => { const d = new Uint8Array(6); const r = new TextEncoder().encodeInto("\ud800x", d); return [r, [...d]]; });
  await P("encodeIntoOffsetView", () => { const b = new Uint8Array(6); const r = new TextEncoder().encodeInto("hi", b.subarray(2, 3)); return [r, [...b]]; });
  await P("encodeIntoU16", () => new TextEncoder().encodeInto("x", new Uint16Array(2)));
  await P("encodeUndefined", () => [...new TextEncoder().encode(undefined)]);
  await P("encodeNull", () => [...new TextEncoder().encode(null)]);
  await P("encodeObj", () => [...new TextEncoder().encode({ toString() { return "é"; } })]);
  await P("tesSplitPair", async () => { const s = new TextEncoderStream(); const w = s.writable.getWriter(); w.write("\ud83d"); w.write("\ude00"); w.close(); const out = []; for await (const c of s.readable) out.push([...c]); return out; });
  await P("tesTrailingHigh", async () => { const s = new TextEncoderStream(); const w = s.writable.getWriter(); w.write("a\ud83d"); w.close(); const out = []; for await (const c of s.readable) out.push([...c]); return out; });
  await P("tesEmptyChunk", async () => { const s = new TextEncoderStream(); const w = s.writable.getWriter(); w.write(""); w.write("b"); w.close(); const out = []; for await (const c of s.readable) out.push([...c]); return out; });
  await P("tdsSplit", async () => { const s = new TextDecoderStream(); const w = s.writable.getWriter(); w.write(u8(0xe2, 0x82)); w.write(u8(0xac)); w.close(); const out = []; for await (const c of s.readable) out.push(c); return out; });
  await P("tdsTruncated", async () => { const s = new TextDecoderStream(); const w = s.writable.getWriter(); w.write(u8(0x41, 0xe2, 0x82)); w.close(); const out = []; for await (const c of s.readable) out.push(cp(c)); return out; });
  await P("tdsFatal", async () => { const s = new TextDecoderStream("utf-8", { fatal: true }); const w = s.writable.getWriter(); w.write(u8(0x41, 0xff)).catch(() => {}); w.close().catch(() => {}); const r = s.readable.getReader(); try { return [await r.read(), await r.read()]; } catch (e) { return [e.name, e.constructor.name, e.message]; } });
  await P("tdsNonBuffer", async () => { const s = new TextDecoderStream(); const w = s.writable.getWriter(); const p = w.write("str"); const r = s.readable.getReader(); try { await p; return await r.read(); } catch (e) { return [e.name, e.message]; } });
  await P("tdsProps", () => { const s = new TextDecoderStream("utf-16le", { fatal: true, ignoreBOM: true }); return [s.encoding, s.fatal, s.ignoreBOM]; });
  await P("tesProps", () => { const s = new TextEncoderStream(); return [s.encoding, Object.keys(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(s)))]; });
}),
c("webapi13b-url-and-params-idioms", "URL and URLSearchParams as routers use them: search mutation through searchParams, percent-encoding of each component, special/non-special schemes, relative resolution, hash and search setters with odd input, USP with plus and percent edge cases", async (P) => {
  const u = (s, b) => { try { const x = new URL(s, b); return x.href; } catch (e) { return [e.name, e.message]; } };
  await P("spLive", () => { const x = new URL("http://h/p?a=1&b=2"); x.searchParams.delete("a"); x.searchParams.append("c", "x y"); return [x.href, x.search]; });
  await P("spEmptyToNoQ", () => { const x = new URL("http://h/p?a=1"); x.searchParams.delete("a"); return [x.href, x.search]; });
  await P("searchSetReflects", () => { const x = new URL("http://h/p"); const sp = x.searchParams; x.search = "?q=1&q=2"; return [sp.getAll("q"), sp.size]; });
  await P("searchQOnly", () => { const x = new URL("http://h/p?"); return [x.href, x.search]; });
  await P("hashQOnly", () => { const x = new URL("http://h/p#"); return [x.href, x.hash]; });
  await P("searchSetHash", () => { const x = new URL("http://h/p"); x.search = "a#b"; return x.href; });
  await P("hashSetSpaces", () => { const x = new URL("http://h/p"); x.hash = " a<b>`\"{}"; return x.href; });
  await P("pathChars", () => u("http://h/a b<>\"`{}|^\\%zz%41'?x"));
  await P("queryChars", () => u("http://h/?a b<>\"`{}|^'\\"));
  await P("queryCharsNonSpecial", () => u("foo://h/?a b'"));
  await P("userinfoChars", () => u("http://a b:c@d@h/"));
  await P("nonSpecialPath", () => u("foo:/a/../b/./c"));
  await P("opaquePath", () => u("mailto:someone@x.org?subject=hi there"));
  await P("opaqueTrailing", () => { const x = new URL("foo:bar #h"); x.hash = ""; return [x.href, x.pathname]; });
  await P("fileHost", () => [u("file://localhost/etc"), u("file:///C:/x/../y"), u("file:/C|/z")]);
  await P("relDot", () => [u("../../x", "http://h/a/b/c"), u("?q", "http://h/a?b#c"), u("#f", "http://h/a?b"), u("//o/p", "https://h/")]);
  await P("relNonSpecialBase", () => [u("x", "foo:/a/b"), u("x", "foo:bar")]);
  await P("ipv4", () => [u("http://0x7f.1/"), u("http://127.1/"), u("http://4294967295/"), u("http://4294967296/"), u("http://1.2.3.08/")]);
  await P("ipv6", () => [u("http://[::ffff:1.2.3.4]/"), u("http://[0:0:0:0:0:0:0:1]/"), u("http://[1:0:0:2:0:0:0:3]/"), u("http://[::1/")]);
  await P("hostForbidden", () => [u("http://a^b/"), u("http://a%20b/"), u("http://a|b/"), u("foo://a^b/")]);
  await P("idna", () => [u("http://BÜCHER.de/"), u("http://xn--bcher-kva.de/"), u("http://ﬁ.com/"), u("http://a.b..c/")]);
  await P("ports", () => [u("http://h:80/"), u("https://h:443/"), u("ws://h:80/"), u("foo://h:80/"), u("http://h:65536/"), u("http://h:0/")]);
  await P("portSetter", () => { const x = new URL("http://h/"); const r = []; for (const p of ["8080abc", "  9", "-1", "99999", "", "0x10"]) { x.port = p; r.push(x.port); } return r; });
  await P("protoSetter", () => { const x = new URL("http://h/"); const r = []; for (const p of ["https", "foo", "ftp:", "file"]) { x.protocol = p; r.push(x.href); } return r; });
  await P("hostSetterPort", () => { const x = new URL("http://h:1/"); x.host = "g:2"; const a = x.href; x.host = "k"; return [a, x.href]; });
  await P("hrefSetterBad", () => { const x = new URL("http://h/"); x.href = "not a url"; return x.href; });
  await P("usernameOnFile", () => { const x = new URL("file:///a"); x.username = "u"; return x.href; });
  await P("toJSON", () => JSON.stringify({ u: new URL("http://h/x") }));
  await P("originBlob", () => [new URL("blob:https://a.com:8/uuid").origin, new URL("blob:foo:bar").origin, new URL("data:text/plain,x").origin]);
  await P("uspPlus", () => { const s = new URLSearchParams("a=1+2&b=%2B&c=%zz&d&=e&f=="); return [[...s], s.toString()]; });
  await P("uspEncode", () => new URLSearchParams({ k: " *-._~!'()&=+%/é\u0000" }).toString());
  await P("uspLeadingQ", () => [new URLSearchParams("?a=1").toString(), new URLSearchParams("??a=1").toString()]);
  await P("uspRecordSurrogate", () => new URLSearchParams({ "\ud800": "\udc00" }).toString());
  await P("uspPairBad", () => new URLSearchParams([["a", "b", "c"]]));
  await P("uspPairNotIterable", () => new URLSearchParams([1]));
  await P("uspSortStable", () => { const s = new URLSearchParams("z=1&a=2&z=0&a=1&\ud83d\ude00=x&\uffff=y"); s.sort(); return s.toString(); });
  await P("uspHasValue", () => { const s = new URLSearchParams("a=1&a=2"); return [s.has("a", "2"), s.has("a", "3"), s.has("a", undefined)]; });
  await P("uspDeleteValue", () => { const s = new URLSearchParams("a=1&a=2&b=1"); s.delete("a", "1"); const x = s.toString(); s.delete("b", undefined); return [x, s.toString()]; });
  await P("uspSetFirst", () => { const s = new URLSearchParams("a=1&b=2&a=3"); s.set("a", "9"); return s.toString(); });
  await P("uspForEachMutate", () => { const s = new URLSearchParams("a=1&b=2&c=3"); const seen = []; s.forEach((v, k) => { seen.push(k); if (k === "a") s.delete("b"); }); return seen; });
  await P("uspFromUsp", () => { const a = new URLSearchParams("x=1"); const b = new URLSearchParams(a); a.append("y", "2"); return b.toString(); });
  await P("canParse", () => [URL.canParse("x", "http://h/"), URL.canParse("x"), URL.canParse("http://h", undefined), URL.canParse("http://h", "bad")]);
  await P("parseNull", () => [URL.parse("::"), URL.parse("/x", "http://h").href]);
}),
];
