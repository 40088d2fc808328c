// Oracle definitions of the webapi2-* cases: put this file beside the oracle's defs/_h.mjs to re-record them.
import { modWorker, get } from "./_h.mjs";
const J = (body) => modWorker(`    const out = {};\n${body}\n    return Response.json(out);`);
const c = (name, description, body, steps = [get("/")]) => ({ name, area: "web-api", description, options: J(body), steps });


const a1 = [
c("webapi2-json-parse-errors", "SyntaxError messages of JSON.parse and Body.json() for malformed input, as V8 words them", `
    const inputs = ["", "{", "{\\"a\\":}", "[1,]", "abc", "{'a':1}", "tru", "nul", "1 2", "\\"unterminated", "{\\"a\\" 1}", "[1 2]", "01", "-", "1.", "\\"\\\\x\\"", "\\u0000", "{\\"a\\":1,}", "undefined", "NaN", "[", "\\"a\\nb\\"", "  ", "{\\"a\\":1}}", "<html>"];
    out.parse = inputs.map((s) => { try { JSON.parse(s); return "ok"; } catch (e) { return e.name + ": " + e.message; } });
    out.body = [];
    for (const s of ["", "abc", "{", "<!DOCTYPE html>"]) out.body.push(await t(() => new Response(s).json()));
    out.reqBody = await t(() => new Request("http://x/", { method: "POST", body: "nope" }).json());
    out.reviver = JSON.parse('{"a":[1,2],"b":{"c":3}}', function (k, v) { return typeof v === "number" ? v * 10 : v; });
    out.stringifyCycle = await t(() => { const o = {}; o.self = o; return JSON.stringify(o); });
    out.stringifyCycleNested = await t(() => { const o = { a: { b: [] } }; o.a.b.push(o); return JSON.stringify(o); });
    out.bigint = await t(() => JSON.stringify({ n: 1n }));
    out.responseJsonBigint = await t(() => Response.json({ n: 1n }));
    out.responseJsonCycle = await t(() => { const o = {}; o.o = o; return Response.json(o); });
`),
c("webapi2-headers-guards-combining", "Headers: combining values, whitespace trimming, guards of Response.error/redirect/incoming request/fetch responses, invalid init shapes", `
    const h = new Headers();
    h.append("Accept", "a"); h.append("accept", "b"); h.append("X-Tab", "\\t v \\t");
    out.combined = h.get("ACCEPT"); out.trimmed = JSON.stringify(h.get("x-tab"));
    out.innerSpace = new Headers({ a: "x  y" }).get("a");
    out.fromPairs = [...new Headers([["b", "1"], ["a", "2"], ["B", "3"]])];
    out.badPair = await t(() => new Headers([["a"]]));
    out.badPair3 = await t(() => new Headers([["a", "b", "c"]]));
    out.badInit = await t(() => new Headers("a=b"));
    out.numberInit = await t(() => new Headers(5));
    out.nullInit = await t(() => [...new Headers(null)]);
    out.nonStringValue = [...new Headers({ n: 1, b: true, o: { toString() { return "obj"; } }, u: undefined, nul: null })];
    out.badName = await t(() => new Headers({ "a b": "1" }));
    out.badNameGet = await t(() => new Headers().get("a b"));
    out.badNameHas = await t(() => new Headers().has("a:b"));
    out.badNameDelete = await t(() => new Headers().delete("é"));
    out.badValueNul = await t(() => new Headers({ a: "x\\u0000y" }));
    out.badValueCR = await t(() => new Headers({ a: "x\\ry" }));
    out.badValueLF = await t(() => new Headers({ a: "x\\ny" }));
    out.badValueNonLatin = await t(() => new Headers({ a: "€" }));
    out.latin1Value = await t(() => new Headers({ a: "é" }).get("a"));
    out.errorGuard = await t(() => Response.error().headers.set("a", "b"));
    out.errorAppend = await t(() => Response.error().headers.append("a", "b"));
    out.errorDelete = await t(() => Response.error().headers.delete("a"));
    out.redirectGuard = await t(() => Response.redirect("http://x/").headers.delete("location"));
    out.reqGuard = await t(() => { req.headers.set("x-new", "1"); return req.headers.get("x-new"); });
    out.reqDelete = await t(() => { req.headers.delete("x-new"); return "ok"; });
    out.newReqFromIncoming = await t(() => { const r = new Request(req); r.headers.set("x-y", "1"); return r.headers.get("x-y"); });
    out.respHeadersMutable = await t(() => { const r = new Response("x"); r.headers.set("x", "1"); return r.headers.get("x"); });
    out.jsonResp = await t(() => { const r = Response.json({}); r.headers.set("x", "1"); return [...r.headers]; });
    const fr = await fetch("data:text/plain,hi");
    out.fetchGuard = await t(() => fr.headers.set("x", "y"));
    out.fetchHeaders = [...fr.headers];
    out.cloneHeaders = await t(() => { const c = Response.redirect("http://x/").clone(); c.headers.set("a", "b"); return c.headers.get("a"); });
    out.newRespFromRedirect = await t(() => { const r = new Response("b", Response.redirect("http://x/")); r.headers.set("a", "b"); return [...r.headers]; });
    const hs = new Headers({ "set-cookie": "a=1" }); hs.append("Set-Cookie", "b=2, c=3"); hs.append("x", "1");
    out.sc = { get: hs.get("set-cookie"), list: hs.getSetCookie(), entries: [...hs], keys: [...hs.keys()], values: [...hs.values()] };
    out.getSetCookieEmpty = new Headers().getSetCookie();
    const it = new Headers({ b: "1", a: "2" }); const seen = []; for (const [k] of it) { seen.push(k); if (k === "a") it.set("c", "3"); }
    out.iterMutate = seen;
    out.toStringTag = Object.prototype.toString.call(new Headers());
    out.headerCount = (() => { const x = new Headers(); for (let i = 0; i < 5; i++) x.append("h" + (4 - i), String(i)); return [...x.keys()]; })();
    out.copy = (() => { const a = new Headers({ a: "1" }); const b = new Headers(a); a.set("a", "2"); return [b.get("a"), a.get("a")]; })();
    out.contentTypeDup = (() => { const x = new Headers(); x.append("content-type", "a/b"); x.append("content-type", "c/d"); return x.get("content-type"); })();
`),
c("webapi2-url-details", "URL: parse/canParse with base, toJSON, searchParams live binding, setters, IPv4/IPv6 hosts, special and non-special schemes, percent-encoding, errors", `
    out.parse = [URL.parse?.("http://a/b")?.href ?? null, URL.parse?.("nope") ?? "null", URL.parse?.("c", "http://a/b/")?.href ?? null];
    out.canParseBase = [URL.canParse("x", "http://a/"), URL.canParse("x"), URL.canParse("x", "bad")];
    out.invalidBase = await t(() => new URL("x", "bad"));
    out.invalidNoBase = await t(() => new URL("/x"));
    out.empty = await t(() => new URL(""));
    out.toJSON = JSON.stringify({ u: new URL("http://a/b?c#d") });
    out.toString = String(new URL("HTTP://A.com"));
    const u = new URL("http://h/p?a=1&b=2");
    u.searchParams.append("c", "3"); out.afterAppend = u.href;
    u.search = "?z=9"; out.paramsAfterSearch = [...u.searchParams];
    u.searchParams.delete("z"); out.afterDeleteAll = u.href;
    const sp = u.searchParams; u.href = "http://h/?n=1"; out.sameObj = sp === u.searchParams; out.liveAfterHref = sp.get("n");
    out.ipv4 = ["http://0x7f.1/", "http://127.1/", "http://2130706433/", "http://0300.0250.0.1/", "http://1.2.3.4.5/"].map((s) => { try { return new URL(s).host; } catch (e) { return e.message; } });
    out.ipv6 = ["http://[::1]:80/", "http://[0:0:0:0:0:0:0:1]/", "http://[2001:db8::ff00:42:8329]/", "http://[::ffff:192.168.0.1]/"].map((s) => { try { return new URL(s).host; } catch (e) { return e.message; } });
    out.badHosts = ["http://a b/", "http://[::1/", "http://exa%mple/", "http://a<b/", "http://xn--/", "http://%41.com/"].map((s) => { try { return new URL(s).host; } catch (e) { return e.name + ":" + e.message; } });
    out.nonSpecial = ["foo://Host/Path?Q#H", "mailto:Someone@Example.com", "data:text/plain,hi there", "javascript:alert(1)", "urn:isbn:123", "blob:https://a.com/uuid", "file:///C:/x/../y", "file://host/share"].map((s) => { const x = new URL(s); return [x.href, x.protocol, x.host, x.pathname, x.origin]; });
    out.encoding = new URL("http://h/ä ö/\\"<>\`{}|^?q=ä ö\\"<>'#ä ö\\"<>\`").href;
    out.userinfo = new URL("http://us er:p@ss:w@h/").href;
    out.backslash = new URL("http:\\\\\\\\h\\\\a\\\\b").href;
    out.dots = [new URL("http://h/a/%2e%2E/b").pathname, new URL("http://h/a/.%2e/./b/..").pathname];
    out.portSet = (() => { const x = new URL("http://h:81/"); const r = []; x.port = "80"; r.push(x.host); x.port = "abc"; r.push(x.host); x.port = "99999"; r.push(x.host); x.port = "123abc"; r.push(x.host); x.port = ""; r.push(x.host); return r; })();
    out.protoSet = (() => { const x = new URL("http://h/"); const r = []; x.protocol = "https"; r.push(x.href); x.protocol = "foo"; r.push(x.href); x.protocol = "ftp:"; r.push(x.href); return r; })();
    out.hostSet = (() => { const x = new URL("http://h/p"); x.host = "new:8080"; const a = x.href; x.hostname = "b c"; return [a, x.href]; })();
    out.hashSearchSet = (() => { const x = new URL("http://h/"); x.hash = "#a b"; x.search = "a b#c"; const a = x.href; x.hash = ""; x.search = ""; return [a, x.href]; })();
    out.usernameSet = (() => { const x = new URL("http://h/"); x.username = "a@b"; x.password = "c:d"; return x.href; })();
    out.fileUser = (() => { const x = new URL("file:///a"); x.username = "u"; x.host = "h"; return x.href; })();
    out.originOpaque = [new URL("foo://a/").origin, new URL("blob:null/x").origin, new URL("https://a:443/").origin, new URL("ws://a:80/").origin, new URL("wss://a/").origin];
    out.createObjectURL = [typeof URL.createObjectURL, typeof URL.revokeObjectURL];
    out.ctorNoNew = await t(() => URL("http://a/"));
    out.idn = ["http://ÉXAMPLE.com/", "http://xn--nxasmq6b.com/", "http://日本.jp/", "http://faß.de/"].map((s) => new URL(s).hostname);
    out.tab = new URL("ht\\ttp://h\\n/a\\rb").href;
    out.leadingSpace = new URL("  http://h/  ").href;
`),
c("webapi2-urlsearchparams-details", "URLSearchParams: encoding of special characters, delete/has with value, size, sort stability, init shapes and errors, iteration, forEach", `
    const s = new URLSearchParams();
    s.append("k", "*-._~!'()@/?:;,+=&$ é€\\n"); out.enc = s.toString();
    out.dec = [...new URLSearchParams("a=%zz&b=%41%&c=%E2%82&d=+%2B&%61=1&=empty&novalue&&x==y")];
    out.fromSP = new URLSearchParams(new URLSearchParams("a=1")).toString();
    out.fromMap = new URLSearchParams(new Map([["m", "1"]])).toString();
    out.fromNum = await t(() => new URLSearchParams(123).toString());
    out.badSeq = await t(() => new URLSearchParams([["a"]]));
    out.badSeq3 = await t(() => new URLSearchParams([["a", "b", "c"]]));
    out.badSeqElem = await t(() => new URLSearchParams([1]));
    out.objValues = new URLSearchParams({ a: 1, b: null, c: undefined, d: [1, 2] }).toString();
    const p = new URLSearchParams("b=1&a=2&b=3&a=1&c=0");
    out.size = p.size;
    p.delete("b", "3"); out.delWithValue = p.toString();
    p.delete("b"); out.delAll = p.toString();
    out.hasValue = [p.has("a", "1"), p.has("a", "9"), p.has("a", undefined)];
    p.sort(); out.sorted = p.toString();
    const st = new URLSearchParams("z=1&a=2&z=0&a=1&é=1&e=2&Z=3&_=4"); st.sort(); out.stable = st.toString();
    p.set("a", "x"); out.setCollapses = p.toString();
    const fe = []; new URLSearchParams("x=1&y=2").forEach((v, k, obj) => fe.push([k, v, obj instanceof URLSearchParams])); out.forEach = fe;
    out.entries = [...new URLSearchParams("a=1&b=2").entries()];
    out.keys = [...new URLSearchParams("a=1&b=2&a=3").keys()];
    out.values = [...new URLSearchParams("a=1&b=2").values()];
    out.stringTag = Object.prototype.toString.call(new URLSearchParams().entries());
    out.leadingQ = [new URLSearchParams("?a=1").toString(), new URLSearchParams("??a=1").toString()];
    out.surrogate = new URLSearchParams({ a: "\\uD800" }).toString();
    out.getMissing = [new URLSearchParams().get("x"), new URLSearchParams().getAll("x")];
    out.urlLinked = (() => { const u = new URL("http://h/?a=1"); u.searchParams.sort(); const a = u.href; u.searchParams.delete("a"); return [a, u.href, u.search]; })();
    out.spacePlus = (() => { const u = new URL("http://h/?a=b c"); const s0 = u.search; u.searchParams.set("d", "e f"); return [s0, u.search]; })();
    out.noArgs = await t(() => new URLSearchParams().append("a"));
`),
];


const a2 = [
c("webapi2-headers-delete-names-clone-guard", "Headers: which methods validate names, delete on immutable headers, guards kept by clone() of responses and requests", `
    const names = ["a b", "é", "", "a:b", "(x)", "x\\u0000", "ok-Name_1!#$%&'*+.^\`|~"];
    out.perMethod = {};
    for (const n of names) {
      out.perMethod[JSON.stringify(n)] = {
        delete: (await t(() => new Headers().delete(n))).error?.message ?? "ok",
        get: (await t(() => new Headers().get(n))).error?.message ?? "ok",
        has: (await t(() => new Headers().has(n))).error?.message ?? "ok",
        set: (await t(() => new Headers().set(n, "v"))).error?.message ?? "ok",
        append: (await t(() => new Headers().append(n, "v"))).error?.message ?? "ok",
      };
    }
    out.immutableDeleteMissing = await t(() => Response.redirect("http://x/").headers.delete("nope"));
    out.immutableSetSame = await t(() => Response.redirect("http://x/").headers.set("location", "http://x/"));
    out.requestCloneGuard = await t(() => { const r = req.clone(); r.headers.set("x", "1"); return r.headers.get("x"); });
    out.responseCloneGuard = await t(() => { const r = new Response("x"); const c = r.clone(); c.headers.set("x", "1"); return [c.headers.get("x"), r.headers.get("x")]; });
    out.errorClone = await t(() => { const c = Response.error().clone(); return [c.type, c.status]; });
    out.redirectFromInit = await t(() => { const r = new Response(null, { status: 302, headers: Response.redirect("http://x/").headers }); r.headers.set("a", "b"); return r.headers.get("a"); });
    out.requestFromReqInit = await t(() => { const r = new Request("http://y/", req); r.headers.set("a", "b"); return r.headers.get("a"); });
    out.valueTypes = [...new Headers([["a", 1], ["b", null], ["c", undefined], ["d", {}], ["e", [1, 2]]])];
    out.symbolName = await t(() => new Headers().get(Symbol("x")));
    out.symbolValue = await t(() => new Headers().set("a", Symbol("x")));
    out.keyOrderCase = [...new Headers({ "Content-Type": "x", "ACCEPT": "y", "a-b": "z", "A-a": "w" }).keys()];
    out.numericLikeNames = [...new Headers({ "2": "a", "10": "b", "1": "c", "z": "d" }).keys()];
`),
c("webapi2-body-readers", "Body readers: bytes(), blob() types, arrayBuffer(), text() decoding (BOM, invalid UTF-8), json() on empty, bodyUsed/locked around clone and tee, reading a locked body", `
    out.bytes = await t(async () => { const b = await new Response("abc").bytes(); return [Object.prototype.toString.call(b), [...b]]; });
    out.reqBytes = await t(async () => [...await new Request("http://x/", { method: "POST", body: "hi" }).bytes()]);
    out.blobType = await t(async () => { const b = await new Response("x", { headers: { "content-type": "Text/HTML; Charset=UTF-8" } }).blob(); return [b.type, b.size, b instanceof Blob, b instanceof File]; });
    out.blobNoType = await t(async () => (await new Response(new Uint8Array([1])).blob()).type);
    out.bom = await t(() => new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text());
    out.utf16bomKept = await t(async () => (await new Response(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).text()).length);
    out.invalidUtf8 = await t(() => new Response(new Uint8Array([0x61, 0xc3, 0x28, 0xff])).text());
    out.charsetIgnored = await t(() => new Response(new Uint8Array([0xe9]), { headers: { "content-type": "text/plain; charset=latin1" } }).text());
    out.jsonEmpty = await t(() => new Response("").json());
    out.jsonNull = await t(() => new Response(null).json());
    out.jsonBom = await t(() => new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x31])).json());
    out.jsonWs = await t(() => new Response(" \\n[1] \\t").json());
    out.textNull = await t(() => new Response(null).text());
    out.abNull = await t(async () => (await new Response(null).arrayBuffer()).byteLength);
    const r = new Response("data");
    out.bodyIdentity = r.body === r.body;
    const rd = r.body.getReader();
    out.lockedRead = await t(() => r.text());
    out.lockedClone = await t(() => r.clone());
    out.lockedFlags = [r.bodyUsed, r.body.locked];
    rd.releaseLock();
    const r2 = new Response("data2"); const c2 = r2.clone(); await r2.text();
    out.afterCloneRead = [r2.bodyUsed, c2.bodyUsed, await c2.text(), c2.bodyUsed];
    const r3 = new Response("stream"); const rdr = r3.body.getReader(); await rdr.read();
    out.partialRead = [r3.bodyUsed, r3.body.locked];
    const r4 = new Response("t"); const [a, b] = r4.body.tee();
    out.teeFlags = [r4.bodyUsed, r4.body.locked, await new Response(a).text(), await new Response(b).text()];
    out.nullBodyFlags = (() => { const n = new Response(null); return [n.body, n.bodyUsed]; })();
    out.emptyStringBody = (() => { const n = new Response(""); return [n.body === null, n.bodyUsed]; })();
    out.usedError = await t(async () => { const x = new Response("a"); await x.arrayBuffer(); return x.blob(); });
    out.usedErrorReq = await t(async () => { const x = new Request("http://x/", { method: "POST", body: "a" }); await x.text(); return x.formData(); });
    out.bodyUsedEmptyRead = await t(async () => { const x = new Response(null); await x.text(); return [x.bodyUsed, await x.text()]; });
    out.streamBodyUsed = await t(async () => { const x = new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } })); const s = await x.text(); return [s, x.bodyUsed, await t(() => x.text())]; });
    out.stringChunk = await t(() => new Response(new ReadableStream({ start(c) { c.enqueue("str"); c.close(); } })).text());
    out.numberChunk = await t(() => new Response(new ReadableStream({ start(c) { c.enqueue(5); c.close(); } })).text());
    out.abChunk = await t(() => new Response(new ReadableStream({ start(c) { c.enqueue(new ArrayBuffer(2)); c.close(); } })).text());
    out.erroredStream = await t(() => new Response(new ReadableStream({ start(c) { c.error(new RangeError("boom")); } })).text());
`),
c("webapi2-formdata-details", "FormData: append/set with Blob and File names, default names, value coercion, iteration order, delete, has, entries of parsed bodies, errors", `
    const fd = new FormData();
    fd.append("s", "1"); fd.append("n", 2); fd.append("b", new Blob(["x"])); fd.append("b2", new Blob(["y"], { type: "text/x" }), "named.txt");
    fd.append("f", new File(["z"], "orig.bin", { type: "a/b", lastModified: 5 })); fd.append("f2", new File(["z"], "orig.bin", { lastModified: 7 }), "renamed");
    const describe = (v) => typeof v === "string" ? v : { ctor: v.constructor.name, name: v.name, type: v.type, size: v.size, lm: v.lastModified > 1e12 ? (Math.abs(v.lastModified - Date.now()) < 60000 ? "now" : "far") : v.lastModified };
    out.entries = [...fd].map(([k, v]) => [k, describe(v)]);
    fd.set("s", "replaced"); fd.append("s", "second"); fd.set("s", "third");
    out.afterSet = fd.getAll("s");
    fd.append("x", "1"); fd.append("y", "2"); fd.append("x", "3"); fd.set("x", "4");
    out.setPosition = [...fd.keys()];
    fd.delete("x"); out.afterDelete = fd.has("x");
    out.getMissing = [fd.get("nope"), fd.getAll("nope")];
    out.badAppendArgs = await t(() => new FormData().append("a"));
    out.filenameWithString = await t(() => { const f = new FormData(); f.append("a", "v", "name.txt"); return f.get("a"); });
    out.objValue = (() => { const f = new FormData(); f.append("o", { toString() { return "obj" } }); return f.get("o"); })();
    out.ctorBad = await t(() => new FormData("x"));
    out.ctorObj = await t(() => [...new FormData({ a: 1 })]);
    out.forEach = (() => { const r = []; const f = new FormData(); f.append("a", "1"); f.append("b", "2"); f.forEach((v, k, o) => r.push(k + v + (o === f))); return r; })();
    out.stringTag = Object.prototype.toString.call(new FormData());
    const mp = new FormData(); mp.append("t", "v\\r\\nline"); mp.append("file", new File(["content"], "a\\"b.txt", { type: "text/plain" })); mp.append("nl\\nname", "x");
    const req2 = new Request("http://x/", { method: "POST", body: mp });
    const raw = await req2.clone().text();
    out.multipartRaw = raw.replace(/--[^\\r\\n]+/g, "--B").split("\\r\\n");
    const back = await req2.formData();
    out.roundTrip = [...back].map(([k, v]) => [k, describe(v)]);
    out.urlencodedParse = await t(async () => [...await new Response("a=1&b=%20x+y&a=2&=e&c", { headers: { "content-type": "application/x-www-form-urlencoded;charset=UTF-8" } }).formData()]);
    out.noCt = await t(() => new Response("a=1").formData());
    out.badCt = await t(() => new Response("a=1", { headers: { "content-type": "text/plain" } }).formData());
    out.noBoundary = await t(() => new Response("x", { headers: { "content-type": "multipart/form-data" } }).formData());
    out.badMultipart = await t(() => new Response("garbage", { headers: { "content-type": "multipart/form-data; boundary=abc" } }).formData());
    const body = "--abc\\r\\nContent-Disposition: form-data; name=\\"f\\"; filename=\\"a.txt\\"\\r\\n\\r\\nhello\\r\\n--abc\\r\\nContent-Disposition: form-data; name=\\"g\\"\\r\\nContent-Type: text/weird\\r\\n\\r\\nplain\\r\\n--abc--\\r\\n";
    out.parsedFile = await t(async () => { const f = await new Response(body, { headers: { "content-type": "multipart/form-data; boundary=abc" } }).formData(); const r = []; for (const [k, v] of f) r.push([k, describe(v), typeof v === "string" ? v : await v.text()]); return r; });
    out.quotedBoundary = await t(async () => [...(await new Response(body, { headers: { "content-type": "multipart/form-data; boundary=\\"abc\\"" } }).formData()).keys()]);
`),
c("webapi2-structured-clone-details", "structuredClone: Map/Set/Date/RegExp/ArrayBuffer/typed arrays/errors/boxed primitives, shared references, transfer, uncloneable values and their messages", `
    const d = new Date(12345); const re = /a+b/gi; re.lastIndex = 3;
    const m = new Map([[1, { a: 1 }], ["k", [1, 2]]]); const s = new Set([1, "a", d]);
    const o = structuredClone({ d, re, m, s, big: 10n, neg0: -0, nan: NaN, inf: -Infinity, u: undefined, nul: null, sparse: [1, , 3], bool: new Boolean(false), str: new String("s"), num: new Number(4), bigObj: Object(5n) });
    out.types = { d: [o.d instanceof Date, o.d.getTime(), o.d !== d], re: [o.re instanceof RegExp, o.re.source, o.re.flags, o.re.lastIndex], m: [o.m instanceof Map, [...o.m.keys()], o.m.get(1).a], s: [o.s instanceof Set, o.s.size, [...o.s][2] instanceof Date], big: typeof o.big, neg0: Object.is(o.neg0, -0), nan: Number.isNaN(o.nan), inf: o.inf, u: "u" in o, nul: o.nul, sparse: [o.sparse.length, 1 in o.sparse], bool: [typeof o.bool, o.bool.valueOf()], str: [typeof o.str, String(o.str)], num: typeof o.num, bigObj: typeof o.bigObj };
    const shared = { x: 1 }; const c1 = structuredClone({ a: shared, b: shared }); out.sharedRef = c1.a === c1.b;
    const cyc = { n: 1 }; cyc.self = cyc; const c2 = structuredClone(cyc); out.cycle = c2.self === c2;
    const buf = new ArrayBuffer(8); const u8 = new Uint8Array(buf, 2, 4); const f64 = new Float64Array(buf);
    const c3 = structuredClone({ u8, f64 }); out.sharedBuffer = [c3.u8.buffer === c3.f64.buffer, c3.u8.byteOffset, c3.u8.length, c3.u8.buffer.byteLength];
    out.typed = ["Int8Array", "Uint8ClampedArray", "Int16Array", "Uint32Array", "Float32Array", "BigInt64Array", "BigUint64Array", "DataView"].map((n) => { const T = globalThis[n]; const v = n === "DataView" ? new DataView(new ArrayBuffer(4), 1, 2) : new T(3); const cl = structuredClone(v); return [n, cl.constructor.name, cl.byteLength, cl.byteOffset]; });
    const errs = [new Error("e", { cause: "c" }), new TypeError("te"), new RangeError("re"), new SyntaxError("se"), new ReferenceError("rf"), new EvalError("ev"), new URIError("ur"), new DOMException("dm", "AbortError")];
    out.errors = errs.map((e) => { const x = structuredClone(e); return [x.constructor.name, x.name, x.message, x.cause ?? null, typeof x.stack, x instanceof Error]; });
    out.customError = (() => { class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; this.extra = 1; } } const x = structuredClone(new MyErr("m")); return [x.constructor.name, x.name, x.message, x.extra ?? null]; })();
    out.errorNameChanged = (() => { const e = new Error("x"); e.name = "TypeError"; const x = structuredClone(e); return [x.constructor.name, x.name]; })();
    out.classInstance = (() => { class P { constructor() { this.a = 1; } get g() { return 2; } } const x = structuredClone(new P()); return [x.constructor.name, x.a, x.g ?? null]; })();
    out.getterValue = structuredClone({ get g() { return 7; } });
    out.nonEnumerable = (() => { const x = {}; Object.defineProperty(x, "h", { value: 1, enumerable: false }); x.v = 2; return structuredClone(x); })();
    out.symbolKeys = Object.getOwnPropertySymbols(structuredClone({ [Symbol("s")]: 1, a: 2 })).length;
    out.arrayProps = (() => { const a = [1, 2]; a.extra = "x"; const x = structuredClone(a); return [x.length, x.extra ?? null]; })();
    out.fn = await t(() => structuredClone(() => 1));
    out.fnNamed = await t(() => structuredClone({ f: function foo() {} }));
    out.sym = await t(() => structuredClone(Symbol("s")));
    out.symProp = await t(() => structuredClone({ s: Symbol.iterator }));
    out.weakMap = await t(() => structuredClone(new WeakMap()));
    out.weakSet = await t(() => structuredClone(new WeakSet()));
    out.promise = await t(() => structuredClone(Promise.resolve()));
    out.request = await t(() => structuredClone(new Request("http://x/")));
    out.headers = await t(() => structuredClone(new Headers()));
    out.urlObj = await t(() => structuredClone(new URL("http://x/")));
    out.blob = await t(async () => { const b = structuredClone(new Blob(["ab"], { type: "t/x" })); return [b.constructor.name, b.type, await b.text()]; });
    out.file = await t(async () => { const f = structuredClone(new File(["ab"], "n.txt", { lastModified: 9 })); return [f.constructor.name, f.name, f.lastModified]; });
    out.noArgs = await t(() => structuredClone());
    out.undef = await t(() => structuredClone(undefined));
    const tb = new ArrayBuffer(4); new Uint8Array(tb)[0] = 9;
    out.transfer = await t(() => { const x = structuredClone(tb, { transfer: [tb] }); return [x.byteLength, new Uint8Array(x)[0], tb.byteLength, tb.detached ?? "n/a"]; });
    out.transferTwice = await t(() => { const b = new ArrayBuffer(1); return structuredClone(b, { transfer: [b, b] }); });
    out.transferDetached = await t(() => { const b = new ArrayBuffer(1); structuredClone(b, { transfer: [b] }); return structuredClone(b); });
    out.transferNonTransferable = await t(() => structuredClone({}, { transfer: [{}] }));
    out.transferNotArray = await t(() => structuredClone({}, { transfer: 5 }));
    out.transferStream = await t(() => { const rs = new ReadableStream(); return structuredClone(rs, { transfer: [rs] }); });
    out.cloneStream = await t(() => structuredClone(new ReadableStream()));
    out.messagePort = await t(() => { const mc = new MessageChannel(); return structuredClone(mc.port1); });
    out.resizable = await t(() => { const b = new ArrayBuffer(2, { maxByteLength: 8 }); const x = structuredClone(b); return [x.resizable, x.maxByteLength]; });
`),
];


const a3 = [
c("webapi2-streams-from-iteration", "ReadableStream.from over arrays, iterators, async generators and strings; values() options; async iteration cancel semantics; getReader modes and errors", `
    const readAll = async (rs) => { const r = []; for await (const x of rs) r.push(x); return r; };
    out.fromArray = await t(() => readAll(ReadableStream.from([1, "a", null])));
    out.fromGen = await t(() => readAll(ReadableStream.from((function* () { yield 1; yield 2; })())));
    out.fromAsyncGen = await t(() => readAll(ReadableStream.from((async function* () { yield "x"; await null; yield "y"; })())));
    out.fromString = await t(() => readAll(ReadableStream.from("ab")));
    out.fromSet = await t(() => readAll(ReadableStream.from(new Set([3, 4]))));
    out.fromNonIterable = await t(() => ReadableStream.from({}));
    out.fromNull = await t(() => ReadableStream.from(null));
    out.fromNumber = await t(() => ReadableStream.from(5));
    out.fromStream = await t(async () => { const s = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }); const f = ReadableStream.from(s); return [f === s, f instanceof ReadableStream, await readAll(f)]; });
    out.fromThrowingGen = await t(() => readAll(ReadableStream.from((function* () { yield 1; throw new TypeError("gen boom"); })())));
    out.fromCancel = await t(async () => { const log = []; const g = (function* () { try { yield 1; yield 2; } finally { log.push("finally"); } })(); const s = ReadableStream.from(g); const r = s.getReader(); await r.read(); await r.cancel("why"); return log; });
    out.breakCancels = await t(async () => { const log = []; const s = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { log.push("cancel:" + r); } }); for await (const x of s) break; return [log, s.locked]; });
    out.preventCancel = await t(async () => { const log = []; const s = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { log.push("cancel"); } }); for await (const x of s.values({ preventCancel: true })) break; return [log, s.locked]; });
    out.iterLocked = await t(async () => { const s = new ReadableStream(); s.getReader(); return s.values(); });
    out.iterThrowCancel = await t(async () => { const log = []; const s = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { log.push(String(r)); } }); try { for await (const x of s) throw new Error("inside"); } catch (e) { log.push("caught:" + e.message); } return log; });
    out.readerModes = await t(() => new ReadableStream().getReader({ mode: "byob" }));
    out.readerBadMode = await t(() => new ReadableStream().getReader({ mode: "bogus" }));
    out.doubleReader = await t(() => { const s = new ReadableStream(); s.getReader(); return s.getReader(); });
    out.readAfterRelease = await t(async () => { const s = new ReadableStream(); const r = s.getReader(); r.releaseLock(); return r.read(); });
    out.closedAfterRelease = await t(async () => { const s = new ReadableStream(); const r = s.getReader(); const p = r.closed.catch((e) => e.name + ":" + e.message); r.releaseLock(); return p; });
    out.cancelLocked = await t(() => { const s = new ReadableStream(); s.getReader(); return s.cancel(); });
    out.enqueueAfterClose = await t(() => { let ctl; new ReadableStream({ start(c) { ctl = c; } }); ctl.close(); ctl.enqueue(1); });
    out.closeTwice = await t(() => { let ctl; new ReadableStream({ start(c) { ctl = c; } }); ctl.close(); ctl.close(); });
    out.errorReason = await t(async () => { const s = new ReadableStream({ start(c) { c.error("plain string"); } }); return s.getReader().read(); });
    out.startThrows = await t(async () => { const s = new ReadableStream({ start() { throw new SyntaxError("in start"); } }); return s.getReader().read(); });
    out.pullThrows = await t(async () => { const s = new ReadableStream({ pull() { throw new RangeError("in pull"); } }); return s.getReader().read(); });
    out.badType = await t(() => new ReadableStream({ type: "nope" }));
    out.badStrategy = await t(() => new ReadableStream({}, { highWaterMark: -1 }));
    out.badStrategyNaN = await t(() => new ReadableStream({}, { highWaterMark: NaN }));
    out.sizeWithBytes = await t(() => new ReadableStream({ type: "bytes" }, { size() { return 1; } }));
    out.byteEnqueueString = await t(() => { let ctl; new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); ctl.enqueue("str"); });
    out.byteEnqueueEmpty = await t(() => { let ctl; new ReadableStream({ type: "bytes", start(c) { ctl = c; } }); ctl.enqueue(new Uint8Array(0)); });
    out.desiredSize = (() => { let ctl; new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 3 }); const a = ctl.desiredSize; ctl.enqueue(1); ctl.enqueue(2); return [a, ctl.desiredSize]; })();
    out.countQueuing = (() => { const q = new CountQueuingStrategy({ highWaterMark: 4 }); const b = new ByteLengthQueuingStrategy({ highWaterMark: 8 }); return [q.highWaterMark, q.size(), b.highWaterMark, b.size(new Uint8Array(5)), typeof q.size]; })();
`),
c("webapi2-transform-pipe-details", "TransformStream flush/start/cancel ordering, pipeThrough and pipeTo errors and options, IdentityTransformStream and FixedLengthStream validation", `
    const readAll = async (rs) => { const r = []; for await (const x of rs) r.push(x); return r; };
    out.flushEnqueue = await t(async () => { const ts = new TransformStream({ transform(ch, c) { c.enqueue(ch * 2); }, flush(c) { c.enqueue("end"); } }); const w = ts.writable.getWriter(); w.write(1); w.write(2); w.close(); return readAll(ts.readable); });
    out.transformThrows = await t(async () => { const ts = new TransformStream({ transform() { throw new TypeError("tx"); } }); const w = ts.writable.getWriter(); const wp = w.write(1).catch((e) => "write:" + e.message); const rp = ts.readable.getReader().read().catch((e) => "read:" + e.message); return [await wp, await rp]; });
    out.terminate = await t(async () => { const ts = new TransformStream({ transform(ch, c) { c.enqueue(ch); c.terminate(); } }); const w = ts.writable.getWriter(); const r = readAll(ts.readable); const wr = await w.write("a").then(() => "ok", (e) => e.name + ":" + e.message); const w2 = await w.write("b").then(() => "ok", (e) => e.name + ":" + e.message); return [await r, wr, w2]; });
    out.pipeThroughLocked = await t(() => { const s = new ReadableStream(); s.getReader(); return s.pipeThrough(new TransformStream()); });
    out.pipeThroughBadArg = await t(() => new ReadableStream().pipeThrough({}));
    out.pipeToBadArg = await t(() => new ReadableStream().pipeTo({}));
    out.pipeToLockedDest = await t(() => { const ws = new WritableStream(); ws.getWriter(); return new ReadableStream().pipeTo(ws); });
    out.pipeToSourceError = await t(async () => { const log = []; const ws = new WritableStream({ abort(r) { log.push("abort:" + r); } }); const p = await new ReadableStream({ start(c) { c.error("src"); } }).pipeTo(ws).catch((e) => "rej:" + e); return [p, log]; });
    out.pipeToDestError = await t(async () => { const log = []; const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { log.push("cancel:" + r); } }); const ws = new WritableStream({ write() { throw "dest"; } }); const p = await rs.pipeTo(ws).catch((e) => "rej:" + e); return [p, log]; });
    out.pipeToPreventClose = await t(async () => { const log = []; const ws = new WritableStream({ close() { log.push("close"); } }); await ReadableStream.from([1]).pipeTo(ws, { preventClose: true }); return [log, ws.locked]; });
    out.identityString = await t(async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); const wp = w.write("str").catch((e) => e.name + ":" + e.message); const rp = ts.readable.getReader().read().then((r) => r, (e) => e.name + ":" + e.message); return [await wp]; });
    out.identityBytes = await t(async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array([1, 2])); w.write(new ArrayBuffer(1)); w.close(); const r = await readAll(ts.readable); return r.map((x) => [x.constructor.name, x.byteLength]); });
    out.identityHwm = await t(() => { const ts = new IdentityTransformStream({ highWaterMark: 10 }); return typeof ts.writable; });
    out.fixedShort = await t(async () => { const ts = new FixedLengthStream(5); const w = ts.writable.getWriter(); const r = new Response(ts.readable).text().catch((e) => "read:" + e.message); await w.write(new Uint8Array([65, 66])); const c = await w.close().then(() => "closed", (e) => e.name + ":" + e.message); return [c]; });
    out.fixedLong = await t(async () => { const ts = new FixedLengthStream(1); const w = ts.writable.getWriter(); const r = new Response(ts.readable).text().catch((e) => "read:" + e.message); const x = await w.write(new Uint8Array([65, 66])).then(() => "wrote", (e) => e.name + ":" + e.message); return [x]; });
    out.fixedExact = await t(async () => { const ts = new FixedLengthStream(2); const w = ts.writable.getWriter(); w.write(new Uint8Array([65, 66])); w.close(); return new Response(ts.readable).text(); });
    out.fixedBadArg = await t(() => new FixedLengthStream(-1));
    out.fixedNoArg = await t(() => new FixedLengthStream());
    out.fixedBigint = await t(() => typeof new FixedLengthStream(10n));
    out.fixedContentLength = await t(async () => { const ts = new FixedLengthStream(3); const w = ts.writable.getWriter(); w.write(new Uint8Array([1, 2, 3])); w.close(); const r = new Response(ts.readable); return [r.headers.get("content-length"), (await r.arrayBuffer()).byteLength]; });
    out.transformStart = await t(async () => { const log = []; const ts = new TransformStream({ start(c) { log.push("start"); c.enqueue("s"); } }); await null; const w = ts.writable.getWriter(); w.close(); return [log, await readAll(ts.readable)]; });
    out.transformCancel = await t(async () => { const log = []; const ts = new TransformStream({ cancel(r) { log.push("cancel:" + r); } }); await ts.readable.cancel("why"); return [log, await ts.writable.getWriter().write(1).then(() => "ok", (e) => e.name + ":" + String(e.message ?? e))]; });
    out.textEncoderStream = await t(async () => { const ts = new TextEncoderStream(); const w = ts.writable.getWriter(); w.write("a\\uD83D"); w.write("\\uDE00b"); w.write("\\uD800"); w.close(); const r = await readAll(ts.readable); return r.map((x) => [...x]); });
    out.textDecoderStreamFatal = await t(async () => { const ts = new TextDecoderStream("utf-8", { fatal: true }); const w = ts.writable.getWriter(); w.write(new Uint8Array([0xff])).catch(() => {}); w.close().catch(() => {}); return readAll(ts.readable); });
    out.textDecoderStreamTail = await t(async () => { const ts = new TextDecoderStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array([0xe2, 0x82])); w.close(); return readAll(ts.readable); });
    out.textDecoderStreamProps = (() => { const ts = new TextDecoderStream("latin1", { fatal: true, ignoreBOM: true }); return [ts.encoding, ts.fatal, ts.ignoreBOM]; })();
    out.textDecoderStreamString = await t(async () => { const ts = new TextDecoderStream(); const w = ts.writable.getWriter(); const p = w.write("str").then(() => "ok", (e) => e.name + ":" + e.message); return p; });
`),
c("webapi2-blob-file-details", "Blob/File: constructor parts and errors, type normalisation, slice with negative/overflow ranges and content types, arrayBuffer/bytes/text/stream, File name/lastModified coercions", `
    out.parts = await t(async () => await new Blob(["a", new Uint8Array([98]), new Blob(["c"]), new ArrayBuffer(1), new DataView(new ArrayBuffer(2), 1), 5, { toString() { return "o"; } }]).text());
    out.badParts = await t(() => new Blob("abc"));
    out.badPartsNum = await t(() => new Blob(5));
    out.nullParts = await t(() => new Blob(null));
    out.undefParts = await t(() => new Blob(undefined).size);
    out.types = ["Text/Plain", "text/plain; charset=UTF-8", "é", "a\\u0001b", " x ", "APPLICATION/JSON"].map((ty) => new Blob([], { type: ty }).type);
    out.endings = await t(async () => [await new Blob(["a\\nb\\r\\nc"], { endings: "native" }).text(), await new Blob(["a\\nb"], { endings: "transparent" }).text()]);
    out.badEndings = await t(() => new Blob([], { endings: "bogus" }));
    const b = new Blob(["0123456789"], { type: "text/plain" });
    out.slices = await Promise.all([[2], [2, 5], [-3], [-3, -1], [5, 2], [0, 100], [100], [1.7, 3.2], ["2", "4"], [undefined, 3], [NaN, 4]].map(async (args) => { const s = b.slice(...args); return [args.map(String), await s.text(), s.type, s.size]; }));
    out.sliceType = [b.slice(0, 1, "Text/HTML").type, b.slice(0, 1).type, b.slice(0, 1, "é").type, b.slice(0, 1, null).type];
    out.sliceOfSlice = await b.slice(2, 8).slice(1, 3).text();
    out.bytes = await t(async () => { const x = await new Blob(["hi"]).bytes(); return [x.constructor.name, [...x]]; });
    out.stream = await t(async () => { const r = new Blob(["stream"]).stream().getReader(); const { value } = await r.read(); return [value.constructor.name, value.length]; });
    out.emptyStream = await t(async () => { const r = new Blob([]).stream().getReader(); return r.read(); });
    out.file = await t(() => { const f = new File(["x"], "name.txt"); return [f.name, typeof f.lastModified, f.type, f.size, f instanceof Blob, Object.prototype.toString.call(f)]; });
    out.fileLm = [new File([], "a", { lastModified: 1.9 }).lastModified, new File([], "a", { lastModified: "12" }).lastModified, new File([], "a", { lastModified: -5 }).lastModified, new File([], "a", { lastModified: new Date(1000) }).lastModified];
    out.fileLmNaN = await t(() => new File([], "a", { lastModified: NaN }).lastModified);
    out.fileNames = [new File([], 5).name, new File([], null).name, new File([], undefined).name, new File([], "a/b\\\\c").name];
    out.fileNoName = await t(() => new File([]));
    out.fileNoArgs = await t(() => new File());
    out.fileSlice = await t(() => { const s = new File(["abc"], "f.txt", { type: "t/x" }).slice(1); return [s.constructor.name, s.type, s.name ?? null]; });
    out.blobProps = Object.getOwnPropertyNames(Blob.prototype).sort();
    out.fileProps = Object.getOwnPropertyNames(File.prototype).sort();
    out.largeText = await t(async () => (await new Blob([new Uint8Array(100000).fill(97)]).text()).length);
    out.invalidUtf8 = await t(() => new Blob([new Uint8Array([0xff, 0x61])]).text());
    out.blobAsBody = await t(async () => { const r = new Response(new Blob(["x"], { type: "Foo/Bar" })); return [r.headers.get("content-type"), await r.text()]; });
    out.fileAsBody = await t(async () => { const r = new Request("http://x/", { method: "POST", body: new File(["y"], "f", { type: "" }) }); return r.headers.get("content-type"); });
`),
];


const a4 = [
c("webapi2-builtin-transform-backpressure", "Writing to TextEncoderStream, TextDecoderStream, CompressionStream and DecompressionStream before anyone reads: which writes settle, desiredSize, write-then-close-then-read", `
    const race = (p) => Promise.race([p.then((v) => v === undefined ? "ok" : v, (e) => e.name + ":" + e.message), new Promise((r) => setTimeout(() => r("pending"), 50))]);
    for (const [n, mk, chunk] of [["tds", () => new TextDecoderStream(), new Uint8Array([65])], ["tes", () => new TextEncoderStream(), "a"], ["tesNum", () => new TextEncoderStream(), 5], ["cs", () => new CompressionStream("gzip"), new Uint8Array([65])], ["csStr", () => new CompressionStream("gzip"), "str"], ["ts", () => new TransformStream(), 1], ["tdsStr", () => new TextDecoderStream(), "s"]]) {
      const ts = mk(); const w = ts.writable.getWriter();
      out[n] = [await race(w.write(chunk)), w.desiredSize, await race(w.write(chunk)), w.desiredSize];
    }
    const big = new Uint8Array(200000).map((_, i) => (i * 7919) % 251);
    for (const [n, mk, chunk] of [["tesClose", () => new TextEncoderStream(), "abc"], ["tdsClose", () => new TextDecoderStream(), new Uint8Array([65])], ["csClose", () => new CompressionStream("gzip"), new Uint8Array([65])], ["csBig", () => new CompressionStream("deflate"), big]]) {
      const ts = mk(); const w = ts.writable.getWriter();
      const r1 = await race(w.write(chunk)); const r2 = await race(w.close());
      const rd = await race(new Response(ts.readable).arrayBuffer().then((b) => b.byteLength));
      out[n] = [r1, r2, rd];
    }
    const gz = await new Response(new Response("hello hello hello").body.pipeThrough(new CompressionStream("gzip"))).arrayBuffer();
    const ds = new DecompressionStream("gzip"); const dw = ds.writable.getWriter();
    out.dsClose = [await race(dw.write(new Uint8Array(gz))), await race(dw.close()), await race(new Response(ds.readable).text())];
    const ds2 = new DecompressionStream("gzip"); const dw2 = ds2.writable.getWriter();
    out.dsTrailing = [await race(dw2.write(new Uint8Array(gz)).then(() => dw2.desiredSize)), await race(dw2.write(new Uint8Array(gz)))];
`),
c("webapi2-header-names-beyond-ascii", "Header names with characters beyond ASCII are accepted; how workerd lower-cases and shows them; header values beyond Latin-1", `
    const names = ["é", "€", "\\u0080", "ÿ", "a\\x7f", "\\u00a0", "日本", "a\\u00ffb", "\\u0100", "ĀĀ", "é€", "ß", "À", "\\u07ff", "😀", "ÀB", "é b", "é:"];
    out.names = names.map((n) => { try { const h = new Headers(); h.set(n, "v"); return [n, [...h.keys()].map((k) => [...k].map((ch) => ch.codePointAt(0).toString(16)).join(" ")), h.get(n), h.has(n.toLowerCase()), h.has(n.toUpperCase())]; } catch (e) { return [n, e.message]; } });
    out.distinct = (() => { const h = new Headers(); h.append("é", "1"); h.append("\\u0080", "2"); h.append("É", "3"); return [h.get("é"), h.get("\\u0080"), [...h].length]; })();
    out.values = ["é", "€", "\\u0100", "\\x7f", "a\\tb", "\\u0001"].map((v) => { try { const h = new Headers(); h.set("a", v); return [v, h.get("a")]; } catch (e) { return [v, e.message]; } });
`),
c("webapi2-stream-strategy-conversions", "highWaterMark conversions of ReadableStream/WritableStream strategies and FixedLengthStream lengths, queuing strategies, tee and pipes marking bodies used, FixedLengthStream short and long writes", `
    out.hwm = [1.5, "2", "x", Infinity, -0, null, {}, 1e20, -Infinity, -1, NaN, true].map((h) => { try { let c; new ReadableStream({ start(x) { c = x; } }, { highWaterMark: h }); return [String(h), c.desiredSize]; } catch (e) { return [String(h), e.name + ":" + e.message]; } });
    out.whwm = [1.5, NaN, -1, "x", 3].map((h) => { try { const w = new WritableStream({}, { highWaterMark: h }); return [String(h), w.getWriter().desiredSize]; } catch (e) { return [String(h), e.name + ":" + e.message]; } });
    out.cqs = [NaN, -1, "x", 2.5].map((h) => { try { return [String(h), String(new CountQueuingStrategy({ highWaterMark: h }).highWaterMark)]; } catch (e) { return [String(h), e.name + ":" + e.message]; } });
    out.cqsNoArg = await t(() => new CountQueuingStrategy().highWaterMark);
    out.fls = [0, 1.5, "3", null, undefined, NaN, 2 ** 53, Infinity, {}, "x", -1].map((n) => { try { new FixedLengthStream(n); return [String(n), "ok"]; } catch (e) { return [String(n), e.name + ":" + e.message]; } });
    out.flsShortRead = await (async () => { const ts = new FixedLengthStream(5); const w = ts.writable.getWriter(); const r = new Response(ts.readable).text().then((v) => "text:" + v, (e) => "read:" + e.name + ":" + e.message); await w.write(new Uint8Array([65, 66])); const c = await w.close().then(() => "closed", (e) => e.name + ":" + e.message); return [c, await r]; })();
    out.flsLongRead = await (async () => { const ts = new FixedLengthStream(1); const w = ts.writable.getWriter(); const r = new Response(ts.readable).text().then((v) => "text:" + v, (e) => "read:" + e.name + ":" + e.message); const x = await w.write(new Uint8Array([65, 66])).then(() => "wrote", (e) => e.name + ":" + e.message); const c = await w.close().then(() => "closed", (e) => e.name + ":" + e.message); return [x, c, await r]; })();
    out.teeBody = await (async () => { const r = new Response("x"); const b = r.body; b.tee(); return [r.bodyUsed, b.locked, await t(() => new Response(b))]; })();
    out.getReaderBodyUsed = (() => { const r = new Response("x"); r.body.getReader(); return r.bodyUsed; })();
    out.pipeBodyUsed = (() => { const r = new Response("x"); r.body.pipeTo(new WritableStream()); return r.bodyUsed; })();
    out.pipeThroughBodyUsed = (() => { const r = new Response("x"); r.body.pipeThrough(new TransformStream()); return r.bodyUsed; })();
    out.valuesBodyUsed = (() => { const r = new Response("x"); r.body.values(); return r.bodyUsed; })();
    out.cancelBodyUsed = await (async () => { const r = new Response("x"); await r.body.cancel(); return r.bodyUsed; })();
    out.cloneNotUsed = (() => { const r = new Response("x"); r.clone(); return r.bodyUsed; })();
`),
];


const a5 = [
c("webapi2-crypto-aes-details", "AES-GCM/CBC/CTR: fixed-key vectors, tag lengths, iv lengths, additionalData, tampering, bad padding, counter lengths, key lengths, exact errors", `
    const te = new TextEncoder(); const k16 = new Uint8Array(16).map((_, i) => i); const k32 = new Uint8Array(32).map((_, i) => 255 - i); const iv12 = new Uint8Array(12).fill(7); const iv16 = new Uint8Array(16).fill(9);
    const gcm = await crypto.subtle.importKey("raw", k16, "AES-GCM", true, ["encrypt", "decrypt"]);
    out.gcm = hex(await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv12 }, gcm, te.encode("hello")));
    out.gcmAad = hex(await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv12, additionalData: te.encode("aad") }, gcm, te.encode("hello")));
    out.gcmTags = [];
    for (const tl of [32, 64, 96, 104, 112, 120, 128, 0, 127, 256]) out.gcmTags.push([tl, await t(async () => (await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv12, tagLength: tl }, gcm, te.encode("x"))).byteLength)]);
    out.gcmIvs = [];
    for (const n of [0, 1, 8, 16, 64]) out.gcmIvs.push([n, await t(async () => (await crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(n) }, gcm, te.encode("x"))).byteLength)]);
    out.gcmNoIv = await t(() => crypto.subtle.encrypt({ name: "AES-GCM" }, gcm, te.encode("x")));
    const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv: iv12 }, gcm, te.encode("hello"));
    const bad = new Uint8Array(ct); bad[0] ^= 1;
    out.gcmTamper = await t(() => crypto.subtle.decrypt({ name: "AES-GCM", iv: iv12 }, gcm, bad));
    out.gcmShort = await t(() => crypto.subtle.decrypt({ name: "AES-GCM", iv: iv12 }, gcm, new Uint8Array(4)));
    out.gcmWrongAad = await t(() => crypto.subtle.decrypt({ name: "AES-GCM", iv: iv12, additionalData: te.encode("z") }, gcm, ct));
    out.gcmRoundTrip = await t(async () => new TextDecoder().decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv: iv12 }, gcm, ct)));
    const cbc = await crypto.subtle.importKey("raw", k32, { name: "AES-CBC" }, true, ["encrypt", "decrypt"]);
    out.cbc = hex(await crypto.subtle.encrypt({ name: "AES-CBC", iv: iv16 }, cbc, te.encode("sixteen bytes!!!")));
    out.cbcEmpty = hex(await crypto.subtle.encrypt({ name: "AES-CBC", iv: iv16 }, cbc, new Uint8Array(0)));
    out.cbcBadIv = await t(() => crypto.subtle.encrypt({ name: "AES-CBC", iv: new Uint8Array(8) }, cbc, te.encode("x")));
    out.cbcBadPadding = await t(() => crypto.subtle.decrypt({ name: "AES-CBC", iv: iv16 }, cbc, new Uint8Array(16)));
    out.cbcNotBlock = await t(() => crypto.subtle.decrypt({ name: "AES-CBC", iv: iv16 }, cbc, new Uint8Array(15)));
    out.cbcEmptyDecrypt = await t(() => crypto.subtle.decrypt({ name: "AES-CBC", iv: iv16 }, cbc, new Uint8Array(0)));
    const ctr = await crypto.subtle.importKey("raw", k16, "AES-CTR", true, ["encrypt", "decrypt"]);
    out.ctr = hex(await crypto.subtle.encrypt({ name: "AES-CTR", counter: iv16, length: 64 }, ctr, te.encode("counter mode!")));
    out.ctrLengths = [];
    for (const l of [0, 1, 64, 128, 129]) out.ctrLengths.push([l, await t(async () => hex(await crypto.subtle.encrypt({ name: "AES-CTR", counter: iv16, length: l }, ctr, te.encode("ab"))))]);
    out.ctrBadCounter = await t(() => crypto.subtle.encrypt({ name: "AES-CTR", counter: new Uint8Array(8), length: 64 }, ctr, te.encode("x")));
    out.ctrNoLength = await t(() => crypto.subtle.encrypt({ name: "AES-CTR", counter: iv16 }, ctr, te.encode("x")));
    out.keyLens = [];
    for (const n of [15, 16, 24, 32, 33, 0]) out.keyLens.push([n, await t(async () => (await crypto.subtle.importKey("raw", new Uint8Array(n), "AES-GCM", false, ["encrypt"])).algorithm.length)]);
    out.wrongUsage = await t(() => crypto.subtle.importKey("raw", k16, "AES-GCM", false, ["sign"]));
    out.emptyUsages = await t(async () => (await crypto.subtle.importKey("raw", k16, "AES-GCM", false, [])).usages);
    out.decryptWithEncryptOnly = await t(async () => { const k = await crypto.subtle.importKey("raw", k16, "AES-GCM", false, ["encrypt"]); return crypto.subtle.decrypt({ name: "AES-GCM", iv: iv12 }, k, ct); });
    out.algMismatch = await t(() => crypto.subtle.encrypt({ name: "AES-CBC", iv: iv16 }, gcm, te.encode("x")));
    out.gen = await t(async () => { const k = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]); return [k.type, k.extractable, k.algorithm, k.usages, (await crypto.subtle.exportKey("raw", k)).byteLength]; });
    out.genBadLen = await t(() => crypto.subtle.generateKey({ name: "AES-GCM", length: 100 }, true, ["encrypt"]));
    out.genNoLen = await t(() => crypto.subtle.generateKey({ name: "AES-CBC" }, true, ["encrypt"]));
    out.jwk = await t(async () => crypto.subtle.exportKey("jwk", gcm));
    out.jwkCbc = await t(async () => (await crypto.subtle.exportKey("jwk", cbc)).alg);
    out.jwkCtr = await t(async () => (await crypto.subtle.exportKey("jwk", ctr)).alg);
    out.usagesOrder = await t(async () => (await crypto.subtle.importKey("raw", k16, "AES-GCM", false, ["decrypt", "encrypt", "decrypt", "unwrapKey"])).usages);
`),
c("webapi2-crypto-hmac-kdf-details", "HMAC key lengths and JWK, PBKDF2 and HKDF vectors, deriveBits lengths, deriveKey into HMAC/AES, exact errors; timingSafeEqual; randomUUID", `
    const te = new TextEncoder();
    const hk = await crypto.subtle.importKey("raw", te.encode("key"), { name: "HMAC", hash: "SHA-1" }, true, ["sign", "verify"]);
    out.hmacSha1 = hex(await crypto.subtle.sign("HMAC", hk, te.encode("The quick brown fox jumps over the lazy dog")));
    out.hmacAlg = hk.algorithm;
    out.hmacJwk = await crypto.subtle.exportKey("jwk", hk);
    out.hmacLen = await t(async () => (await crypto.subtle.importKey("raw", new Uint8Array(10), { name: "HMAC", hash: "SHA-256", length: 80 }, false, ["sign"])).algorithm);
    out.hmacLenBad = await t(() => crypto.subtle.importKey("raw", new Uint8Array(10), { name: "HMAC", hash: "SHA-256", length: 100 }, false, ["sign"]));
    out.hmacEmpty = await t(() => crypto.subtle.importKey("raw", new Uint8Array(0), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]));
    out.hmacNoHash = await t(() => crypto.subtle.importKey("raw", new Uint8Array(4), { name: "HMAC" }, false, ["sign"]));
    out.hmacGen = await t(async () => { const k = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-512" }, true, ["sign"]); return [k.algorithm, (await crypto.subtle.exportKey("raw", k)).byteLength]; });
    out.hmacGenLen = await t(async () => { const k = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256", length: 7 }, true, ["sign"]); return [k.algorithm, (await crypto.subtle.exportKey("raw", k)).byteLength]; });
    out.hmacVerifyWrongLen = await t(() => crypto.subtle.verify("HMAC", hk, new Uint8Array(3), te.encode("x")));
    out.hmacJwkImport = await t(async () => { const k = await crypto.subtle.importKey("jwk", { kty: "oct", k: "a2V5", alg: "HS256" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]); return hex(await crypto.subtle.sign("HMAC", k, te.encode("m"))); });
    out.hmacJwkAlgMismatch = await t(() => crypto.subtle.importKey("jwk", { kty: "oct", k: "a2V5", alg: "HS512" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
    out.hmacJwkBadKty = await t(() => crypto.subtle.importKey("jwk", { kty: "RSA", k: "a2V5" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
    out.hmacJwkNoK = await t(() => crypto.subtle.importKey("jwk", { kty: "oct" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
    out.hmacJwkExtFalse = await t(() => crypto.subtle.importKey("jwk", { kty: "oct", k: "a2V5", ext: false }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
    out.hmacJwkUseEnc = await t(() => crypto.subtle.importKey("jwk", { kty: "oct", k: "a2V5", use: "enc" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
    out.hmacJwkKeyOps = await t(() => crypto.subtle.importKey("jwk", { kty: "oct", k: "a2V5", key_ops: ["verify"] }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
    const pb = await crypto.subtle.importKey("raw", te.encode("password"), "PBKDF2", false, ["deriveBits", "deriveKey"]);
    out.pbkdf2 = hex(await crypto.subtle.deriveBits({ name: "PBKDF2", salt: te.encode("salt"), iterations: 2, hash: "SHA-1" }, pb, 160));
    out.pbkdf2Sha256 = hex(await crypto.subtle.deriveBits({ name: "PBKDF2", salt: te.encode("salt"), iterations: 4096, hash: "SHA-256" }, pb, 256));
    out.pbkdf2Zero = await t(() => crypto.subtle.deriveBits({ name: "PBKDF2", salt: te.encode("s"), iterations: 0, hash: "SHA-256" }, pb, 256));
    out.pbkdf2Huge = await t(() => crypto.subtle.deriveBits({ name: "PBKDF2", salt: te.encode("s"), iterations: 100001, hash: "SHA-256" }, pb, 256));
    out.pbkdf2Max = await t(async () => (await crypto.subtle.deriveBits({ name: "PBKDF2", salt: te.encode("s"), iterations: 100000, hash: "SHA-256" }, pb, 256)).byteLength);
    out.pbkdf2Len = [];
    for (const l of [0, 8, 12, null, undefined]) out.pbkdf2Len.push([String(l), await t(async () => (await crypto.subtle.deriveBits({ name: "PBKDF2", salt: te.encode("s"), iterations: 1, hash: "SHA-256" }, pb, l)).byteLength)]);
    out.pbkdf2Export = await t(() => crypto.subtle.exportKey("raw", pb));
    out.pbkdf2Extractable = await t(() => crypto.subtle.importKey("raw", te.encode("p"), "PBKDF2", true, ["deriveBits"]));
    out.pbkdf2NoHash = await t(() => crypto.subtle.deriveBits({ name: "PBKDF2", salt: te.encode("s"), iterations: 1 }, pb, 256));
    out.pbkdf2Key = await t(async () => { const k = await crypto.subtle.deriveKey({ name: "PBKDF2", salt: te.encode("s"), iterations: 1, hash: "SHA-256" }, pb, { name: "AES-GCM", length: 128 }, true, ["encrypt"]); return [k.algorithm, hex(await crypto.subtle.exportKey("raw", k))]; });
    out.pbkdf2KeyHmac = await t(async () => { const k = await crypto.subtle.deriveKey({ name: "PBKDF2", salt: te.encode("s"), iterations: 1, hash: "SHA-256" }, pb, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]); return [k.algorithm, (await crypto.subtle.exportKey("raw", k)).byteLength]; });
    const hkdf = await crypto.subtle.importKey("raw", new Uint8Array(22).fill(0x0b), "HKDF", false, ["deriveBits"]);
    out.hkdf = hex(await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(13).map((_, i) => i), info: new Uint8Array(10).map((_, i) => 0xf0 + i) }, hkdf, 336));
    out.hkdfNoInfo = await t(() => crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0) }, hkdf, 256));
    out.hkdfNoSalt = await t(() => crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", info: new Uint8Array(0) }, hkdf, 256));
    out.hkdfTooLong = await t(() => crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, hkdf, 255 * 256 + 8));
    out.hkdfNull = await t(() => crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, hkdf, null));
    out.hkdfOdd = await t(async () => hex(await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, hkdf, 12)));
    out.deriveWrongKey = await t(() => crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, pb, 256));
    const tse = crypto.subtle.timingSafeEqual;
    out.tse = [await t(() => tse(new Uint8Array([1, 2]), new Uint8Array([1, 2]))), await t(() => tse(new Uint8Array([1, 2]), new Uint8Array([1, 3]))), await t(() => tse(new Uint8Array([1]), new Uint8Array([1, 2]))), await t(() => tse(new ArrayBuffer(2), new Uint16Array(1))), await t(() => tse("ab", "ab")), await t(() => tse(new Uint8Array(0), new Uint8Array(0)))];
    out.uuid = await t(() => { const u = crypto.randomUUID(); return [u.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)]; });
    out.grvTypes = ["Int8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array", "Float32Array", "Float64Array", "DataView"].map((n) => { try { const v = n === "DataView" ? new DataView(new ArrayBuffer(4)) : new globalThis[n](2); const r = crypto.getRandomValues(v); return [n, r === v]; } catch (e) { return [n, e.name + ":" + e.message]; } });
    out.grvNoArg = await t(() => crypto.getRandomValues());
    out.grvArrayBuffer = await t(() => crypto.getRandomValues(new ArrayBuffer(4)));
    out.digestBad = [await t(() => crypto.subtle.digest("SHA-256")), await t(() => crypto.subtle.digest("SHA-256", "str")), await t(() => crypto.subtle.digest({}, new Uint8Array(1))), await t(async () => hex(await crypto.subtle.digest("sha-256", new Uint8Array(0)))), await t(async () => hex(await crypto.subtle.digest({ name: "SHA-1" }, new DataView(new Uint8Array([97, 98, 99]).buffer))))];
`),
c("webapi2-crypto-jwk-import-validation", "JWK imports: ext, kty, alg, use and key_ops checks for AES, HMAC, RSA, EC and Ed25519 keys with workerd's exact errors; AES-GCM with 32- and 64-bit tags", `
const k = "AAECAwQFBgcICQoLDA0ODw";
const imp = (jwk, alg, ext, us) => t(async () => { const key = await crypto.subtle.importKey("jwk", jwk, alg, ext, us); return [key.algorithm, key.extractable, key.usages]; });
out.aesKty = await imp({ kty: "RSA", k }, "AES-GCM", true, ["encrypt"]);
out.aesExt = await imp({ kty: "oct", k, ext: false }, "AES-GCM", true, ["encrypt"]);
out.aesExtOk = await imp({ kty: "oct", k, ext: false }, "AES-GCM", false, ["encrypt"]);
out.aesAlg = await imp({ kty: "oct", k, alg: "A256GCM" }, "AES-GCM", true, ["encrypt"]);
out.aesAlgOther = await imp({ kty: "oct", k, alg: "A128CBC" }, "AES-GCM", true, ["encrypt"]);
out.aesNoK = await imp({ kty: "oct" }, "AES-GCM", true, ["encrypt"]);
out.aesBadK = await imp({ kty: "oct", k: "!!!" }, "AES-GCM", true, ["encrypt"]);
out.aesKeyOps = await imp({ kty: "oct", k, key_ops: ["decrypt"] }, "AES-GCM", true, ["encrypt"]);
out.aesUse = await imp({ kty: "oct", k, use: "sig" }, "AES-GCM", true, ["encrypt"]);
out.hmacExt = await imp({ kty: "oct", k, ext: false }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
out.hmacExtStr = await imp({ kty: "oct", k, ext: "no" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
out.hmacUseEnc = await imp({ kty: "oct", k, use: "enc" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
out.hmacKeyOps = await imp({ kty: "oct", k, key_ops: ["verify"] }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
out.hmacKty = await imp({ kty: "EC", k }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
out.hmacKtyMissing = await imp({ k }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
const ec = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
const ecJwk = await crypto.subtle.exportKey("jwk", ec.privateKey);
out.ecExt = await imp({ ...ecJwk, ext: false }, { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
out.ecKty = await imp({ ...ecJwk, kty: "oct" }, { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
out.ecCrv = await imp({ ...ecJwk }, { name: "ECDSA", namedCurve: "P-384" }, true, ["sign"]);
out.ecKeyOps = await imp({ ...ecJwk, key_ops: ["verify"] }, { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
out.ecUse = await imp({ ...ecJwk, use: "enc" }, { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
out.ecAlg = await imp({ ...ecJwk, alg: "ES384" }, { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
const ed = await crypto.subtle.generateKey("Ed25519", true, ["sign", "verify"]);
const edJwk = await crypto.subtle.exportKey("jwk", ed.privateKey);
out.edJwkKeys = Object.keys(edJwk).sort();
out.edExt = await imp({ ...edJwk, ext: false }, "Ed25519", true, ["sign"]);
out.edKty = await imp({ ...edJwk, kty: "EC" }, "Ed25519", true, ["sign"]);
out.edCrv = await imp({ ...edJwk, crv: "X25519" }, "Ed25519", true, ["sign"]);
const imp2 = (jwk, alg, ext, us) => t(async () => { const key = await crypto.subtle.importKey("jwk", jwk, alg, ext, us); return [key.algorithm.name, key.extractable, key.usages]; });
const rs = await crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]);
const pub = await crypto.subtle.exportKey("jwk", rs.publicKey); const priv = await crypto.subtle.exportKey("jwk", rs.privateKey);
out.pubKeys = Object.keys(pub).sort(); out.pubAlg = pub.alg; out.pubOps = pub.key_ops;
const A = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
out.typical = await imp2({ kty: "RSA", n: pub.n, e: pub.e, alg: "RS256", use: "sig", kid: "k1" }, A, false, ["verify"]);
out.ext = await imp2({ ...pub, ext: false }, A, true, ["verify"]);
out.algMismatch = await imp2({ ...pub, alg: "RS512" }, A, true, ["verify"]);
out.algPS = await imp2({ ...pub, alg: "PS256" }, A, true, ["verify"]);
out.useEnc = await imp2({ ...pub, use: "enc" }, A, true, ["verify"]);
out.keyOps = await imp2({ ...pub, key_ops: ["sign"] }, A, true, ["verify"]);
out.keyOpsDup = await imp2({ ...pub, key_ops: ["verify", "verify"] }, A, true, ["verify"]);
out.kty = await imp2({ ...pub, kty: "EC" }, A, true, ["verify"]);
out.noN = await imp2({ kty: "RSA", e: pub.e }, A, true, ["verify"]);
out.privAsPubUsage = await imp2({ ...priv }, A, true, ["verify"]);
out.pubSignUsage = await imp2({ ...pub }, A, true, ["sign"]);
out.pssAlg = await imp2({ ...pub, alg: "PS384" }, { name: "RSA-PSS", hash: "SHA-384" }, true, ["verify"]);
out.pssAlgBad = await imp2({ ...pub, alg: "RS384" }, { name: "RSA-PSS", hash: "SHA-384" }, true, ["verify"]);
out.oaepAlg = await imp2({ ...pub, alg: "RSA-OAEP-256", key_ops: ["encrypt"] }, { name: "RSA-OAEP", hash: "SHA-256" }, true, ["encrypt"]);
out.oaepAlgBad = await imp2({ ...pub, alg: "RSA-OAEP", key_ops: ["encrypt"] }, { name: "RSA-OAEP", hash: "SHA-256" }, true, ["encrypt"]);
out.oaepUseSig = await imp2({ ...pub, alg: "RSA-OAEP-256", use: "sig", key_ops: ["encrypt"] }, { name: "RSA-OAEP", hash: "SHA-256" }, true, ["encrypt"]);
out.emptyUsages = await imp2({ ...pub }, A, true, []);
out.privEmptyUsages = await imp2({ ...priv }, A, true, []);
const ec2 = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
const ecPub = await crypto.subtle.exportKey("jwk", ec2.publicKey);
out.ecPubKeys = Object.keys(ecPub).sort();
out.ecTypical = await imp2({ kty: "EC", crv: "P-256", x: ecPub.x, y: ecPub.y, alg: "ES256", use: "sig", kid: "z" }, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
out.ecCrvMismatch = await imp2({ ...ecPub, crv: "P-384" }, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]);
out.ecdhAlg = await imp2({ ...ecPub, alg: "ES256", key_ops: [] }, { name: "ECDH", namedCurve: "P-256" }, true, []);
out.ecdhUse = await imp2({ ...ecPub, use: "sig", key_ops: [] }, { name: "ECDH", namedCurve: "P-256" }, true, []);

const k16 = new Uint8Array(16).map((_, i) => i * 3); const gk = await crypto.subtle.importKey("raw", k16, "AES-GCM", false, ["encrypt", "decrypt"]);
out.gcmShortTags = [];
for (const tl of [32, 64, 96]) {
  const iv = new Uint8Array(12).fill(tl); const aad = new TextEncoder().encode("hdr");
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv, tagLength: tl, additionalData: aad }, gk, new TextEncoder().encode("short tag text")));
  const back = await t(async () => new TextDecoder().decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv, tagLength: tl, additionalData: aad }, gk, ct)));
  const bad = ct.slice(); bad[bad.length - 1] ^= 1;
  const tampered = await t(() => crypto.subtle.decrypt({ name: "AES-GCM", iv, tagLength: tl, additionalData: aad }, gk, bad));
  const noAad = await t(() => crypto.subtle.decrypt({ name: "AES-GCM", iv, tagLength: tl }, gk, ct));
  out.gcmShortTags.push([tl, hex(ct), back, tampered, noAad]);
}

`),
];


const a6 = [
c("webapi2-abort-timers-messagechannel", "AbortSignal.timeout/any/abort reasons and events, timers with odd arguments, MessageChannel/MessagePort delivery, queueMicrotask errors, performance", `
    const d = (e) => e === undefined ? "undefined" : e instanceof Error || e instanceof DOMException ? [e.constructor.name, e.name, e.message, e.code ?? null] : e;
    const ts = AbortSignal.timeout(10); await scheduler.wait(30);
    out.timeout = [ts.aborted, d(ts.reason)];
    out.timeoutBad = [await t(() => AbortSignal.timeout(-1)), await t(() => AbortSignal.timeout("x")), await t(() => AbortSignal.timeout()), await t(() => AbortSignal.timeout(2 ** 53))];
    out.abortReasons = [d(AbortSignal.abort().reason), d(AbortSignal.abort(undefined).reason), AbortSignal.abort(null).reason, AbortSignal.abort(0).reason, d(AbortSignal.abort(new RangeError("r")).reason)];
    out.anyEmpty = (() => { const s = AbortSignal.any([]); return [s.aborted, s.reason ?? "none"]; })();
    out.anyAborted = (() => { const s = AbortSignal.any([new AbortController().signal, AbortSignal.abort("first"), AbortSignal.abort("second")]); return [s.aborted, s.reason]; })();
    out.anyBad = [await t(() => AbortSignal.any([1])), await t(() => AbortSignal.any(null)), await t(() => AbortSignal.any())];
    out.anyLater = await (async () => { const a = new AbortController(), b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]); const log = []; s.onabort = (e) => log.push(e.type); b.abort("b"); a.abort("a"); return [s.reason, log]; })();
    out.throwIfAborted = [await t(() => AbortSignal.abort("x").throwIfAborted()), await t(() => AbortSignal.abort().throwIfAborted()), await t(() => new AbortController().signal.throwIfAborted())];
    out.ctorSignal = await t(() => new AbortSignal());
    out.eventShape = await (async () => { const ac = new AbortController(); let ev; ac.signal.addEventListener("abort", (e) => { ev = e; }); ac.abort(); return [ev.type, ev.constructor.name, ev.bubbles, ev.cancelable, ev.target === ac.signal, ev.isTrusted]; })();
    out.abortTwiceEvents = (() => { const ac = new AbortController(); let n = 0; ac.signal.onabort = () => n++; ac.abort(); ac.abort(); return n; })();
    out.listenerThrows = await (async () => { const ac = new AbortController(); const log = []; ac.signal.addEventListener("abort", () => { throw new Error("in listener"); }); ac.signal.addEventListener("abort", () => log.push("second")); try { ac.abort(); log.push("returned"); } catch (e) { log.push("threw:" + e.message); } return [log, ac.signal.aborted]; })();
    out.setTimeoutArgs = await new Promise((r) => setTimeout((a, b) => r([a, b]), 1, "x", 2));
    out.setTimeoutString = await t(() => setTimeout("1+1", 1));
    out.setTimeoutNoFn = await t(() => setTimeout());
    out.setIntervalNoFn = await t(() => setInterval(5));
    out.timerIdsIncrease = (() => { const a = setTimeout(() => {}, 1000), b = setTimeout(() => {}, 1000); clearTimeout(a); clearTimeout(b); return [typeof a, b > a, Number.isInteger(a)]; })();
    out.timerNegative = await new Promise((r) => { const log = []; setTimeout(() => log.push("neg"), -5); setTimeout(() => log.push("nan"), NaN); setTimeout(() => { log.push("zero"); r(log); }, 0); });
    out.clearWrongType = [await t(() => clearTimeout("abc")), await t(() => clearTimeout(null)), await t(() => clearInterval({}))];
    out.queueMicrotaskBad = [await t(() => queueMicrotask()), await t(() => queueMicrotask(5))];
    out.mcTypes = [typeof MessageChannel, typeof MessagePort, typeof MessageEvent, typeof BroadcastChannel];
    out.perf = [typeof performance.now(), performance.now() >= 0, typeof performance.timeOrigin, performance.timeOrigin === 0 || performance.timeOrigin > 1e12, typeof performance.mark, typeof performance.measure, typeof performance.getEntries];
    out.schedulerWaitBad = [await t(() => scheduler.wait(-1).then(() => "ok")), await t(() => scheduler.wait("x").then(() => "ok")), await t(() => scheduler.wait(1, { signal: AbortSignal.abort("stop") }).then(() => "ok"))];
`),
c("webapi2-encoding-atob-details", "TextDecoder labels, BOMs and streaming across calls, TextEncoder with surrogates, atob/btoa edge inputs and errors", `
    const labels = ["utf8", "UTF-8", " unicode-1-1-utf-8 ", "utf-16", "utf-16be", "ascii", "iso-8859-1", "latin1", "windows-1252", "iso-8859-2", "koi8-r", "gbk", "gb18030", "big5", "shift_jis", "euc-jp", "euc-kr", "x-user-defined", "replacement", "bogus", ""];
    out.labels = labels.map((l) => { try { return [l, new TextDecoder(l).encoding]; } catch (e) { return [l, e.name + ":" + e.message]; } });
    out.decodeLegacy = [["windows-1252", [0x80, 0x93, 0x9d]], ["iso-8859-2", [0xa1, 0xb1]], ["shift_jis", [0x82, 0xa0]], ["gbk", [0xc4, 0xe3]], ["utf-16be", [0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00]], ["utf-16le", [0x41]]].map(([l, b]) => { try { return [l, new TextDecoder(l).decode(new Uint8Array(b))]; } catch (e) { return [l, e.name + ":" + e.message]; } });
    out.streaming = (() => { const td = new TextDecoder(); const bytes = new TextEncoder().encode("é€😀"); let s = ""; for (const b of bytes) s += td.decode(new Uint8Array([b]), { stream: true }); s += td.decode(); return s; })();
    out.streamingBom = (() => { const td = new TextDecoder(); return [td.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), td.decode(new Uint8Array([0xbf, 0x41])), td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))]; })();
    out.utf16Bom = [new TextDecoder("utf-16le").decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00])), new TextDecoder("utf-16be").decode(new Uint8Array([0xfe, 0xff, 0x00, 0x41])), new TextDecoder("utf-16le", { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00])).length];
    out.decodeTypes = [await t(() => new TextDecoder().decode(new ArrayBuffer(1))), await t(() => new TextDecoder().decode(new DataView(new Uint8Array([104, 105]).buffer))), await t(() => new TextDecoder().decode("str")), await t(() => new TextDecoder().decode(null)), await t(() => new TextDecoder().decode(undefined)), await t(() => new TextDecoder().decode(new Uint16Array([0x4241])))];
    out.fatalModes = [await t(() => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xe2, 0x82]))), await t(() => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xed, 0xa0, 0x80]))), await t(() => new TextDecoder("utf-16le", { fatal: true }).decode(new Uint8Array([0x00, 0xd8])))];
    out.encoder = [[...new TextEncoder().encode("\\uD800")], [...new TextEncoder().encode("a\\uDC00b")], [...new TextEncoder().encode()], [...new TextEncoder().encode(undefined)], [...new TextEncoder().encode(null)], [...new TextEncoder().encode(12)]];
    out.encodeInto = (() => { const u = new Uint8Array(5); const r1 = new TextEncoder().encodeInto("a€b", u); const r2 = new TextEncoder().encodeInto("😀x", new Uint8Array(3)); return [r1, [...u], r2]; })();
    out.encodeIntoBad = [await t(() => new TextEncoder().encodeInto("a", new Uint16Array(2))), await t(() => new TextEncoder().encodeInto("a"))];
    out.atob = ["", "QQ", "QQ=", "QQ==", "QQ===", "Q", " Q Q = = ", "QQ==QQ==", "Q\\tQ\\n==", "QUJD\\u00a0", "A-B_", "////", "AAAA=", "=", "YQ"].map((s) => { try { const r = atob(s); return [s, [...r].map((c) => c.charCodeAt(0))]; } catch (e) { return [s, e.name + ":" + e.message]; } });
    out.btoa = ["", "\\u00ff\\u00fe", "\\u0100", "😀", 123, null, undefined].map((s) => { try { return [String(s), btoa(s)]; } catch (e) { return [String(s), e.name + ":" + e.message]; } });
    out.atobNoArg = await t(() => atob());
    out.btoaNoArg = await t(() => btoa());
    out.atobNull = await t(() => atob(null));
`),
];


const a7 = [
c("webapi2-request-response-statics", "Response.json/redirect/error details, status and statusText validation, incoming request properties, Request from Request with overrides, signal and redirect members", `
    out.jsonInit = await t(async () => { const r = Response.json({ a: 1 }, { status: 201, statusText: "Made", headers: { "content-type": "application/vnd+json", "x-a": "1" } }); return [r.status, r.statusText, [...r.headers], await r.text()]; });
    out.jsonPrimitives = await t(async () => Promise.all([null, 1, "s", true, [1], undefined].map(async (v) => { try { const r = Response.json(v); return [r.headers.get("content-type"), await r.text()]; } catch (e) { return e.name + ":" + e.message; } })));
    out.jsonNoArgs = await t(() => Response.json());
    out.jsonNullBodyStatus = await t(() => Response.json({}, { status: 204 }));
    out.redirectStatuses = [301, 302, 303, 307, 308, 300, 200, "301"].map((s) => { try { const r = Response.redirect("http://x/a b", s); return [String(s), r.status, r.headers.get("location")]; } catch (e) { return [String(s), e.name + ":" + e.message]; } });
    out.redirectRelative = await t(() => Response.redirect("/relative"));
    out.redirectUrlObj = await t(() => Response.redirect(new URL("https://h/p?q#f")).headers.get("location"));
    out.statusRange = [199, 200, 599, 600, 0, 101, 1000, 200.5, "204", NaN].map((s) => { try { const r = new Response(null, { status: s }); return [String(s), r.status]; } catch (e) { return [String(s), e.name + ":" + e.message]; } });
    out.statusText = ["OK", "", "a\\tb", "é", "a\\nb", "€"].map((s) => { try { return [s, new Response(null, { statusText: s }).statusText]; } catch (e) { return [s, e.name + ":" + e.message]; } });
    out.incoming = { method: req.method, url: req.url, redirect: req.redirect, cache: req.cache ?? null, bodyNull: req.body === null, signalAborted: req.signal.aborted, integrity: req.integrity, keepalive: req.keepalive, hasCf: typeof req.cf, ctype: req.headers.get("content-type"), xh: req.headers.get("x-h") };
    out.postBody = req.method === "POST" ? await req.text() : null;
    out.fromRequest = await t(async () => { const a = new Request("http://a/", { method: "POST", body: "abc", headers: { "x-a": "1" } }); const b = new Request(a, { method: "PUT", headers: { "x-b": "2" } }); return [b.method, [...b.headers], await b.text(), a.bodyUsed]; });
    out.fromRequestUrl = await t(() => new Request(new Request("http://a/x"), {}).url);
    out.requestSignal = await t(() => { const ac = new AbortController(); const r = new Request("http://a/", { signal: ac.signal }); ac.abort("why"); return [r.signal.aborted, r.signal.reason, r.signal === ac.signal]; });
    out.requestRedirect = ["follow", "manual", "error"].map((m) => { try { return new Request("http://a/", { redirect: m }).redirect; } catch (e) { return e.name + ":" + e.message; } });
    out.requestMethods = ["get", "Post", "DELETE", "options", "patch", "CONNECT", "TRACE", "track", "custom"].map((m) => { try { return new Request("http://a/", { method: m }).method; } catch (e) { return e.name + ":" + e.message; } });
    out.requestDuplex = await t(() => new Request("http://a/", { method: "POST", body: new ReadableStream(), duplex: "half" }).method);
    out.requestUrlRelative = await t(() => new Request("/path"));
    out.requestUrlCreds = await t(() => new Request("http://u:p@a/").url);
    out.responseTypeUrl = await t(async () => { const r = await fetch("data:text/plain,x"); return [r.type, r.url, r.redirected, r.status, r.statusText]; });
`, [{ request: { url: "http://localhost/in?x=1", method: "POST", headers: { "x-h": "v" }, body: "payload" } }]),
c("webapi2-intl-date-more", "Date parsing of common formats, toISOString/toJSON/toUTCString, invalid dates, Intl DateTimeFormat options and timeZones, RelativeTimeFormat, PluralRules, ListFormat, Collator, Segmenter", `
    out.parse = ["2024-01-15", "2024-01-15T10:00", "2024-01-15T10:00:00+02:00", "Jan 15 2024", "15 January 2024 10:00 UTC", "2024/01/15", "Mon, 15 Jan 2024 10:00:00 GMT", "2024-13-01", "garbage", "2024-02-30", "20240115", "1/15/2024"].map((s) => [s, Date.parse(s)]);
    const dt = new Date(Date.UTC(2024, 0, 15, 10, 5, 9, 7));
    out.formats = [dt.toISOString(), dt.toJSON(), dt.toUTCString(), dt.toString(), dt.toDateString(), dt.toTimeString(), dt.toLocaleString(), dt.toLocaleDateString("de-DE"), dt.toLocaleTimeString("en-GB"), dt.toLocaleString("ja-JP", { timeZone: "Asia/Tokyo" })];
    out.invalid = [String(new Date("x")), new Date("x").toJSON(), await t(() => new Date("x").toISOString()), new Date(8.64e15 + 1).getTime()];
    out.dtf = [new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeStyle: "long", timeZone: "America/New_York" }).format(dt), new Intl.DateTimeFormat("en-US", { weekday: "short", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" }).format(dt), new Intl.DateTimeFormat("fr-FR", { dateStyle: "medium" }).format(dt)];
    out.parts = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", hour: "numeric", minute: "numeric" }).formatToParts(dt);
    out.rtf = [new Intl.RelativeTimeFormat("en", { numeric: "auto" }).format(-1, "day"), new Intl.RelativeTimeFormat("en").format(3, "hours"), new Intl.RelativeTimeFormat("es", { style: "short" }).format(-2, "month")];
    out.plural = [new Intl.PluralRules("en-US").select(1), new Intl.PluralRules("en-US", { type: "ordinal" }).select(2), new Intl.PluralRules("ar").select(3)];
    out.list = [new Intl.ListFormat("en", { style: "long", type: "conjunction" }).format(["a", "b", "c"]), new Intl.ListFormat("en", { type: "disjunction" }).format(["x", "y"])];
    out.collator = ["b", "a", "B", "ä", "z", "10", "9"].sort(new Intl.Collator("en").compare);
    out.collatorNumeric = ["10", "9", "1"].sort(new Intl.Collator(undefined, { numeric: true }).compare);
    out.segmenter = typeof Intl.Segmenter === "function" ? [...new Intl.Segmenter("en", { granularity: "word" }).segment("Hello, world!")].filter((s) => s.isWordLike).map((s) => s.segment) : "none";
    out.nf = [new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(1234.5), new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" }).format(1234.5), new Intl.NumberFormat("en-US", { notation: "compact" }).format(1234567), new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 }).format(0.1234), new Intl.NumberFormat("en-IN").format(12345678), (1234.5678).toLocaleString("en-US", { maximumFractionDigits: 2 }), new Intl.NumberFormat("en-US", { style: "unit", unit: "kilobyte" }).format(12)];
    out.displayNames = await t(() => [new Intl.DisplayNames(["en"], { type: "region" }).of("DE"), new Intl.DisplayNames(["en"], { type: "language" }).of("fr")]);
    out.resolved = new Intl.DateTimeFormat().resolvedOptions();
    out.supported = Intl.DateTimeFormat.supportedLocalesOf(["en-US", "xx-XX", "de"]);
    out.tzOffset = new Date().getTimezoneOffset();
`),
];


const a8 = [
c("webapi2-crypto-asymmetric-edges", "ECDSA/RSA-PSS/RSASSA/Ed25519 sign and verify with wrong signature sizes, hash at call time, export format errors, spki/pkcs8 garbage, generateKey parameter errors, ECDH deriveBits lengths", `
    const te = new TextEncoder(); const data = te.encode("message");
    const ec = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
    const sig = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, ec.privateKey, data);
    out.ecSigLen = sig.byteLength;
    out.ecVerify = await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, ec.publicKey, sig, data);
    out.ecVerifyOtherHash = await t(() => crypto.subtle.verify({ name: "ECDSA", hash: "SHA-384" }, ec.publicKey, sig, data));
    out.ecVerifyShort = await t(() => crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, ec.publicKey, new Uint8Array(10), data));
    out.ecVerifyLong = await t(() => crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, ec.publicKey, new Uint8Array(65), data));
    out.ecVerifyZeros = await t(() => crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, ec.publicKey, new Uint8Array(64), data));
    out.ecSignNoHash = await t(() => crypto.subtle.sign({ name: "ECDSA" }, ec.privateKey, data));
    out.ecSignWithPublic = await t(() => crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, ec.publicKey, data));
    out.ecExportRawPrivate = await t(() => crypto.subtle.exportKey("raw", ec.privateKey));
    out.ecExportPkcs8Public = await t(() => crypto.subtle.exportKey("pkcs8", ec.publicKey));
    out.ecExportSpkiPrivate = await t(() => crypto.subtle.exportKey("spki", ec.privateKey));
    out.ecRawLen = (await crypto.subtle.exportKey("raw", ec.publicKey)).byteLength;
    out.ecBadFormat = await t(() => crypto.subtle.exportKey("pem", ec.publicKey));
    out.ecImportRawCompressed = await t(async () => { const raw = new Uint8Array(await crypto.subtle.exportKey("raw", ec.publicKey)); const comp = new Uint8Array(33); comp[0] = 2 + (raw[64] & 1); comp.set(raw.slice(1, 33), 1); const k = await crypto.subtle.importKey("raw", comp, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]); return [k.type, (await crypto.subtle.exportKey("raw", k)).byteLength, await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, k, sig, data)]; });
    out.ecImportRawBad = await t(() => crypto.subtle.importKey("raw", new Uint8Array(65), { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]));
    out.ecGenBadCurve = await t(() => crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-999" }, true, ["sign"]));
    out.ecGenNoCurve = await t(() => crypto.subtle.generateKey({ name: "ECDSA" }, true, ["sign"]));
    out.ecGenBadUsage = await t(() => crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["encrypt"]));
    out.ecGenNoUsage = await t(() => crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, []));
    out.p521 = await t(async () => { const k = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-521" }, true, ["sign", "verify"]); const s = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-512" }, k.privateKey, data); return [s.byteLength, await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-512" }, k.publicKey, s, data), (await crypto.subtle.exportKey("raw", k.publicKey)).byteLength, (await crypto.subtle.exportKey("jwk", k.privateKey)).d.length]; });
    out.spkiGarbage = await t(() => crypto.subtle.importKey("spki", new Uint8Array([1, 2, 3]), { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]));
    out.pkcs8Garbage = await t(() => crypto.subtle.importKey("pkcs8", new Uint8Array([48, 3, 2, 1, 0]), { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["sign"]));
    out.spkiWrongAlg = await t(async () => { const spki = await crypto.subtle.exportKey("spki", ec.publicKey); return crypto.subtle.importKey("spki", spki, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["verify"]); });
    out.spkiWrongCurve = await t(async () => { const spki = await crypto.subtle.exportKey("spki", ec.publicKey); return crypto.subtle.importKey("spki", spki, { name: "ECDSA", namedCurve: "P-384" }, true, ["verify"]); });
    const ed = await crypto.subtle.generateKey("Ed25519", true, ["sign", "verify"]);
    const edSig = await crypto.subtle.sign("Ed25519", ed.privateKey, data);
    out.edSig = [edSig.byteLength, await crypto.subtle.verify("Ed25519", ed.publicKey, edSig, data), await t(() => crypto.subtle.verify("Ed25519", ed.publicKey, new Uint8Array(63), data)), await t(() => crypto.subtle.verify({ name: "Ed25519" }, ed.publicKey, new Uint8Array(64), data))];
    out.edExportRawPrivate = await t(() => crypto.subtle.exportKey("raw", ed.privateKey));
    out.edRawImport = await t(async () => { const k = await crypto.subtle.importKey("raw", await crypto.subtle.exportKey("raw", ed.publicKey), "Ed25519", true, ["verify"]); return [k.algorithm, k.usages]; });
    out.edRawBadLen = await t(() => crypto.subtle.importKey("raw", new Uint8Array(31), "Ed25519", true, ["verify"]));
    out.edGenUsages = await t(async () => { const k = await crypto.subtle.generateKey("Ed25519", false, ["verify", "sign"]); return [k.publicKey.usages, k.privateKey.usages, k.publicKey.extractable, k.privateKey.extractable]; });
    const rsa = await crypto.subtle.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]);
    out.pssSalts = [];
    for (const saltLength of [0, 32, 94, 95, 200]) out.pssSalts.push([saltLength, await t(async () => { const s = await crypto.subtle.sign({ name: "RSA-PSS", saltLength }, rsa.privateKey, data); return [s.byteLength, await crypto.subtle.verify({ name: "RSA-PSS", saltLength }, rsa.publicKey, s, data)]; })]);
    out.pssNoSalt = await t(() => crypto.subtle.sign({ name: "RSA-PSS" }, rsa.privateKey, data));
    out.rsaVerifyShort = await t(() => crypto.subtle.verify({ name: "RSA-PSS", saltLength: 32 }, rsa.publicKey, new Uint8Array(5), data));
    out.rsaGenBad = [await t(() => crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 100, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign"])), await t(() => crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([3]), hash: "SHA-256" }, true, ["sign"])), await t(() => crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]) }, true, ["sign"])), await t(() => crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: [1, 0, 1], hash: "SHA-256" }, true, ["sign"]))];
    out.rsaAlg = { name: rsa.publicKey.algorithm.name, modulusLength: rsa.publicKey.algorithm.modulusLength, pe: [...rsa.publicKey.algorithm.publicExponent], hash: rsa.publicKey.algorithm.hash, peType: rsa.publicKey.algorithm.publicExponent.constructor.name };
    const e1 = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-384" }, true, ["deriveBits"]); const e2 = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-384" }, true, ["deriveBits"]);
    out.ecdhLens = [];
    for (const l of [null, 0, 8, 384, 392, 12]) out.ecdhLens.push([String(l), await t(async () => (await crypto.subtle.deriveBits({ name: "ECDH", public: e2.publicKey }, e1.privateKey, l)).byteLength)]);
    out.ecdhSame = await t(async () => hex(await crypto.subtle.deriveBits({ name: "ECDH", public: e2.publicKey }, e1.privateKey, 384)) === hex(await crypto.subtle.deriveBits({ name: "ECDH", public: e1.publicKey }, e2.privateKey, 384)));
    out.ecdhPublicUsages = e1.publicKey.usages;
    out.ecdhCurveMismatch = await t(async () => { const other = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]); return crypto.subtle.deriveBits({ name: "ECDH", public: other.publicKey }, e1.privateKey, 256); });
    out.wrapJwk = await t(async () => { const kek = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["wrapKey", "unwrapKey"]); const hk = await crypto.subtle.importKey("raw", new Uint8Array(32).fill(1), { name: "HMAC", hash: "SHA-256" }, true, ["sign"]); const iv = new Uint8Array(12); const w = await crypto.subtle.wrapKey("jwk", hk, kek, { name: "AES-GCM", iv }); const u = await crypto.subtle.unwrapKey("jwk", w, kek, { name: "AES-GCM", iv }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]); return [u.algorithm, hex(await crypto.subtle.exportKey("raw", u)).slice(0, 8)]; });
    out.wrapNonExtractable = await t(async () => { const kek = await crypto.subtle.generateKey({ name: "AES-KW", length: 128 }, false, ["wrapKey"]); const k = await crypto.subtle.generateKey({ name: "AES-GCM", length: 128 }, false, ["encrypt"]); return crypto.subtle.wrapKey("raw", k, kek, "AES-KW"); });
`),
];

export default [...a1, ...a2, ...a3, ...a4, ...a5, ...a6, ...a7, ...a8, ];
