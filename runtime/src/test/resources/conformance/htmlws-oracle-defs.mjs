// Re-record: copy this file and the oracle's defs/_h.mjs into a folder, then in the oracle: DEFS_DIR=<folder> RECORD_OUT=<out> node record.mjs htmlws
// HTMLRewriter and WebSocket probes of htmlws.
import { CD, PRELUDE, modWorker, get } from "./_h.mjs";
const HR_PRELUDE = `
async function rw(html, build, ct = "text/html") { return await build(new HTMLRewriter()).transform(new Response(html, { headers: { "content-type": ct } })).text(); }
async function rwe(html, build, ct) { try { return await rw(html, build, ct); } catch (e) { return { error: { name: e?.name, message: e?.message } }; } }
async function streamOf(parts) { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); (async () => { for (const p of parts) await w.write(typeof p === "string" ? new TextEncoder().encode(p) : p); await w.close(); })(); return readable; }
`;
const hrCase = (name, description, body, steps = [get("/")]) => ({
  name, area: "html-rewriter", description,
  options: modWorker(`${HR_PRELUDE}    const out = {};\n${body}\n    return Response.json(out);`),
  steps,
});

const WS_HELPERS = `
const tick = () => new Promise((r) => setTimeout(r, 0));
const settle = async () => { for (let i = 0; i < 5; i++) await tick(); };
const desc = (e) => e.type === "message" ? { type: e.type, data: typeof e.data === "string" ? e.data : (e.data instanceof ArrayBuffer ? "AB:" + [...new Uint8Array(e.data)] : String(e.data)) } : e.type === "close" ? { type: e.type, code: e.code, reason: e.reason, wasClean: e.wasClean } : { type: e.type, message: e.message };
`;
const wsPair = (name, description, body) => ({ name, area: "websocket", description,
  options: modWorker(`${WS_HELPERS}    const out = {};\n${body}\n    return Response.json(out);`), steps: [get("/")] });

export default [
  hrCase("htmlws-api-argument-shapes", "HTMLRewriter called without new, on/onDocument return values and argument checks, non-function handler members", `
    out.ctorNoNew = await t(() => HTMLRewriter());
    out.onReturnsThis = (() => { const r = new HTMLRewriter(); return [r.on("p", {}) === r, r.onDocument({}) === r]; })();
    out.onNumberSel = await t(() => { new HTMLRewriter().on(5, {}); return "ok"; });
    out.onNoArgs = await t(() => { new HTMLRewriter().on(); return "ok"; });
    out.onNullHandlers = await t(() => { new HTMLRewriter().on("p", null); return "ok"; });
    out.onUndefinedHandlers = await t(() => { new HTMLRewriter().on("p"); return "ok"; });
    out.onStringHandlers = await t(() => { new HTMLRewriter().on("p", "x"); return "ok"; });
    out.onDocNull = await t(() => { new HTMLRewriter().onDocument(null); return "ok"; });
    out.elementNonFn = await rwe("<p>x</p>", (r) => r.on("p", { element: 5 }));
    out.textNonFn = await rwe("<p>x</p>", (r) => r.on("p", { text: "s" }));
    out.endNonFn = await rwe("<p>x</p>", (r) => r.onDocument({ end: {} }));
    out.elementNull = await rwe("<p>x</p>", (r) => r.on("p", { element: null, text: undefined }));
    out.extraKeys = await rwe("<p>x</p>", (r) => r.on("p", { foo() {}, element(e) { e.setAttribute("a", "1"); } }));
    out.classInstance = await rwe("<p>x</p>", (r) => r.on("p", new (class { element(e) { e.setAttribute("c", String(this instanceof Object)); } })()));
    out.getterHandler = await rwe("<p>x</p>", (r) => r.on("p", { get element() { return (e) => e.setAttribute("g", "1"); } }));
    out.transformNoArg = await t(() => { new HTMLRewriter().transform(); return "ok"; });
    out.transformTwice = await (async () => { const r = new HTMLRewriter().on("p", { element(e) { e.setAttribute("n", "1"); } }); const a = await r.transform(new Response("<p>a</p>")).text(); const b = await r.transform(new Response("<p>b</p>")).text(); return [a, b]; })();
    out.addAfterTransform = await (async () => { const r = new HTMLRewriter(); const res = r.transform(new Response("<p>a</p>")); try { r.on("p", { element(e) { e.setAttribute("late", "1"); } }); } catch (e) { return e.name + ": " + e.message; } return await res.text(); })();
    out.protoNames = Object.getOwnPropertyNames(HTMLRewriter.prototype).sort();`),

  hrCase("htmlws-element-mutation-orders", "order of before/after/prepend/append from several calls and handlers, void and self-closing elements, end tag API", `
    out.order = await rw("<div><p>x</p></div>", (r) => r.on("p", { element(e) { e.before("1"); e.before("2"); e.after("3"); e.after("4"); e.prepend("5"); e.prepend("6"); e.append("7"); e.append("8"); } }));
    out.twoHandlers = await rw("<p>x</p>", (r) => r.on("p", { element(e) { e.before("[a"); e.after("a]"); e.prepend("(a"); e.append("a)"); } }).on("p", { element(e) { e.before("[b"); e.after("b]"); e.prepend("(b"); e.append("b)"); } }));
    out.voidAppend = await rwe("<br><img src=x>", (r) => r.on("br, img", { element(e) { e.append("A"); e.prepend("P"); e.before("B"); e.after("F"); } }));
    out.voidSetInner = await rwe("<br>t", (r) => r.on("br", { element(e) { e.setInnerContent("Z"); } }));
    out.voidRemoveKeep = await rwe("<br>t", (r) => r.on("br", { element(e) { e.removeAndKeepContent(); } }));
    out.selfClosingDiv = await rw("<div/>x<p>y</p>", (r) => r.on("div", { element(e) { out.divInfo = [e.selfClosing, e.canHaveContent]; e.append("A"); e.prepend("P"); } }));
    out.svgSelfClosing = await rw("<svg><rect/><g></g></svg>", (r) => r.on("rect, g", { element(e) { (out.svgInfo ??= []).push([e.tagName, e.selfClosing, e.canHaveContent, e.namespaceURI]); e.append("A"); } }));
    out.removeThen = await rwe("<p>x</p>!", (r) => r.on("p", { element(e) { e.remove(); out.removedFlag = e.removed; e.append("a"); e.before("b"); e.after("c"); e.setAttribute("k", "v"); } }));
    out.replaceThenInner = await rwe("<p>x</p>!", (r) => r.on("p", { element(e) { e.replace("R"); e.setInnerContent("I"); e.after("A"); out.replacedFlag = e.removed; } }));
    out.keepThenRemove = await rwe("<p a=1>x<b>y</b></p>!", (r) => r.on("p", { element(e) { e.removeAndKeepContent(); e.append("A"); e.prepend("P"); out.keptFlag = e.removed; } }));
    out.innerThenAppend = await rw("<p>x<b>y</b></p>", (r) => r.on("p", { element(e) { e.setInnerContent("I"); e.append("A"); e.prepend("P"); } }));
    out.innerTwice = await rw("<p>x</p>", (r) => r.on("p", { element(e) { e.setInnerContent("1"); e.setInnerContent("2", { html: true }); } }));
    out.endTag = await rw("<p>x</p><q>y</q>", (r) => r.on("p", { element(e) { e.onEndTag((end) => { out.endInfo = [end.name, typeof end.before, typeof end.remove, Object.keys(end)]; end.name = "DIV"; end.before("<b>", { html: true }); end.after("&"); }); } }).on("q", { element(e) { e.onEndTag((end) => { end.remove(); out.qRemoved = "ok"; }); } }));
    out.endTagTwice = await rw("<p>x</p>", (r) => r.on("p", { element(e) { e.onEndTag((end) => end.after("1")); e.onEndTag((end) => end.after("2")); } }));
    out.endTagTwoHandlers = await rw("<p>x</p>", (r) => r.on("p", { element(e) { e.onEndTag((end) => end.after("1")); } }).on("p", { element(e) { e.onEndTag((end) => end.after("2")); } }));
    out.endTagNonFn = await rwe("<p>x</p>", (r) => r.on("p", { element(e) { e.onEndTag(5); } }));
    out.endTagBadName = await rwe("<p>x</p>", (r) => r.on("p", { element(e) { e.onEndTag((end) => { end.name = "a b"; }); } }));
    out.endTagAfterRename = await rw("<p>x</p>", (r) => r.on("p", { element(e) { e.tagName = "span"; e.onEndTag((end) => { out.renamedEnd = end.name; }); } }));
    out.endTagRemovedEl = await rwe("<p>x</p>", (r) => r.on("p", { element(e) { e.remove(); e.onEndTag((end) => { out.removedEnd = end.name; }); } }));
    out.endTagImplied = await rw("<ul><li>a<li>b</ul>", (r) => r.on("li", { element(e) { e.onEndTag((end) => { (out.impliedEnds ??= []).push(end.name); end.after("|"); }); } }));
    out.endTagAsync = await rw("<p>x</p>", (r) => r.on("p", { element(e) { e.onEndTag(async (end) => { await null; end.after("async"); }); } }));
    out.tagNameCase = await rw("<DIV Class=A>x</DIV><svg><foreignObject><clipPath/></foreignObject></svg>", (r) => r.on("*", { element(e) { (out.names ??= []).push(e.tagName); } }));
    out.attrsDuringIteration = await rw("<p a=1 b=2 c=3>x</p>", (r) => r.on("p", { element(e) { const seen = []; try { for (const [k, v] of e.attributes) { seen.push(k + "=" + v); e.removeAttribute("c"); e.setAttribute("z", "9"); } } catch (err) { seen.push(err.name + ": " + err.message); } out.iterSeen = seen; const it = e.attributes; out.iterShape = [typeof it.next, typeof it[Symbol.iterator], it[Symbol.iterator]() === it, Object.prototype.toString.call(it)]; } }));`),

  hrCase("htmlws-text-comment-doctype-more", "text chunk mutations (multiple replace, before/after order, remove then replace), comment setters and mutations, doctype methods, document end handler API", `
    out.textOrder = await rw("<p>abc</p>", (r) => r.on("p", { text(t) { if (!t.text) return; t.before("1"); t.before("2"); t.after("3"); t.after("4"); t.replace("R1"); t.replace("R2"); out.textRemoved = t.removed; } }));
    out.textRemoveThenReplace = await rw("<p>abc</p>", (r) => r.on("p", { text(t) { if (!t.text) return; t.remove(); t.replace("Z"); } }));
    out.textShape = await rw("<p>abc</p>", (r) => r.on("p", { text(t) { if (t.text) out.textKeys = [Object.keys(t).sort(), typeof t.text, "lastInTextNode" in t]; try { t.text = "set"; out.textSet = t.text; } catch (e) { out.textSet = e.name + ": " + e.message; } } }));
    out.commentSet = await rwe("<p><!--a--></p>", (r) => r.on("p", { comments(c) { out.cBefore = [c.text, c.removed]; c.text = "b-->c"; } }));
    out.commentSetNum = await rw("<p><!--a--></p>", (r) => r.on("p", { comments(c) { c.text = 5; } }));
    out.commentOrder = await rw("<p><!--a--></p>", (r) => r.on("p", { comments(c) { c.before("1"); c.before("<2>", { html: true }); c.after("3"); c.after("4"); c.replace("R"); out.cRemoved = c.removed; } }));
    out.commentRemoveThenText = await rw("<p><!--a--></p>", (r) => r.on("p", { comments(c) { c.remove(); c.text = "back"; out.cText = c.text; } }));
    out.doctypeShape = await rw("<!DOCTYPE html PUBLIC \\"-//W3C//DTD XHTML 1.0 Strict//EN\\" \\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\\"><p>x</p>", (r) => r.onDocument({ doctype(d) { out.dt = [d.name, d.publicId, d.systemId, typeof d.remove, typeof d.before, Object.keys(d).sort()]; try { d.remove(); out.dtRemoved = d.removed; } catch (e) { out.dtRemove = e.name + ": " + e.message; } } }));
    out.doctypeNoName = await rw("<!DOCTYPE><p>x</p>", (r) => r.onDocument({ doctype(d) { out.dt2 = [d.name, d.publicId, d.systemId]; } }));
    out.doctypeTwice = await rw("<!doctype a><!doctype b><p>x</p>", (r) => r.onDocument({ doctype(d) { (out.dts ??= []).push(d.name); } }));
    out.doctypeLate = await rw("<p>x</p><!doctype late>", (r) => r.onDocument({ doctype(d) { out.dtLate = d.name; } }));
    out.endShape = await rw("<p>x</p>", (r) => r.onDocument({ end(end) { out.endKeys = [Object.keys(end), typeof end.append, typeof end.prepend, typeof end.before]; end.append("1"); end.append("<2>", { html: true }); end.append("<3>"); } }));
    out.endTwoHandlers = await rw("<p>x</p>", (r) => r.onDocument({ end(end) { end.append("A"); } }).onDocument({ end(end) { end.append("B"); } }));
    out.endEmptyDoc = await rw("", (r) => r.onDocument({ end(end) { end.append("only"); } }));
    out.docElementComments = await rw("<!--top--><p><!--in--></p>", (r) => r.onDocument({ comments(c) { (out.allComments ??= []).push(c.text); } }).on("p", { comments(c) { (out.pComments ??= []).push(c.text); } }));
    out.docTextChunks = await rw("a<p>b</p>c", (r) => r.onDocument({ text(t) { (out.docTexts ??= []).push([t.text, t.lastInTextNode]); } }));
    out.textInTitle = await rw("<title>a &amp; b</title><textarea>x<y</textarea>", (r) => r.on("title, textarea", { text(t) { (out.rcdata ??= []).push([t.text, t.lastInTextNode]); } }));`),

  hrCase("htmlws-transform-inputs", "transform of responses with various bodies: Blob, ArrayBuffer, FormData, string streams, empty, locked, redirect, 204; result fields", `
    const b = (body, init) => new HTMLRewriter().on("p", { element(e) { e.setAttribute("x", "1"); } }).transform(new Response(body, init));
    out.blob = await t(() => b(new Blob(["<p>blob</p>"], { type: "text/html" })).text());
    out.arrayBuffer = await t(() => b(new TextEncoder().encode("<p>ab</p>").buffer).text());
    out.usp = await t(() => b(new URLSearchParams("a=<p>")).text());
    out.stringStream = await t(() => b(new ReadableStream({ start(c) { c.enqueue("<p>s</p>"); c.close(); } })).text());
    out.bytesStream = await t(() => b(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("<p>s</p>")); c.close(); } })).text());
    out.locked = await t(() => { const res = new Response("<p>l</p>"); res.body.getReader(); return new HTMLRewriter().transform(res).text(); });
    out.used = await t(async () => { const res = new Response("<p>l</p>"); await res.text(); return new HTMLRewriter().transform(res).text(); });
    out.noBody = await t(async () => { const r = b(null, { status: 204 }); return [r.status, r.body === null, await r.text()]; });
    out.redirect = await t(async () => { const r = new HTMLRewriter().transform(Response.redirect("http://x/y", 302)); return [r.status, r.headers.get("location"), r.redirected, r.body === null]; });
    out.fields = await t(async () => { const r = b("<p>f</p>", { status: 203, statusText: "Odd", headers: { "content-type": "text/html", "content-length": "8", "x-a": "1" } }); return [r.status, r.statusText, r.ok, r.url, r.redirected, r.type, [...r.headers], r.bodyUsed, await r.text()]; });
    out.resultIsResponse = await t(() => { const r = b("<p>f</p>"); return [r instanceof Response, r.constructor.name, typeof r.body.getReader]; });
    out.cloneResult = await t(async () => { const r = b("<p>c</p>"); const c = r.clone(); return [await r.text(), await c.text()]; });
    out.resultArrayBuffer = await t(async () => new Uint8Array(await b("<p>ab</p>").arrayBuffer()).length);
    out.nonStringChunks = await t(async () => { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); w.write(new Uint16Array([0x3c70, 0x3e41])); w.close(); return await b(readable).text(); });
    out.fromFetchedSubResponse = await t(async () => { const r = await fetch("data:text/html,%3Cp%3Ed%3C/p%3E"); return await new HTMLRewriter().on("p", { element(e) { e.setAttribute("d", "1"); } }).transform(r).text(); });`),

  hrCase("htmlws-selectors-grammar", "selector grammar: attribute operators with quotes and flags, :not with compound, nth-child formulas with whitespace, combinators without spaces, invalid selector messages", `
    const m = async (sel, html = '<div id=a class="x y" lang=en-US data-v="Hello World"><p class=x id=p1>1</p><p id=p2 title="a b">2</p><span id=s1>3</span><p id=p3>4</p><i id=i1></i></div>') => { try { const seen = []; await rw(html, (r) => r.on(sel, { element(e) { seen.push(e.getAttribute("id") ?? e.tagName); } })); return seen; } catch (e) { return e.name + ": " + e.message; } };
    const sels = ["div>p", "div> p", "div >p", "div   p", "p+p", "p~p", "p ~ span", "div p:first-child", "p:last-child", "p:nth-child( 2n + 1 )", "p:nth-child(-n+2)", "p:nth-child(n)", "p:nth-child(0n+3)", "p:nth-child(even)", "p:nth-child(ODD)", "p:nth-of-type(2)", "p:nth-last-child(1)", "p:last-of-type", "p:only-child", "i:empty", ":not(p)", "p:not(.x)", "p:not(#p1):not(#p2)", "p:not(.x, [title])", "p:not(div p)", "[data-v='Hello World']", "[data-v=\\"hello world\\" i]", "[data-v='hello world' s]", "[lang|=en]", "[lang|=EN i]", "[class~=y]", "[title~=b]", "[data-v^=Hel]", "[data-v$=rld]", "[data-v*='o W']", "[data-v^='']", "[data-v*='']", "[ id = p1 ]", "[id=p1][class]", "*[id]", "div *", "#a > #p2", ".x.y", ".X", "P", "DIV > P", "p:first-child:last-child", "::before", "p::after", ":root", "a:hover", "p:nth-child(2 of .x)", "p:is(.x)", "p:where(.x)", "p:has(span)", "[data-v=Hello World]", "[=a]", "p >", "> p", "p,", ",p", "p,,p", "#", ".", "#1a", "p:nth-child()", "p:nth-child(x)", "[a", "[a='b]", "div|p", "*|p", "ns|*", "p !important", "p\\\\:x", ":first-child", ":nth-child(1)", "p:NOT(.x)", ":FIRST-CHILD"];
    for (const s of sels) out[s] = await m(s);`),

  hrCase("htmlws-encodings-more", "non-UTF-8 charsets from the content-type and meta: windows-1252, shift_jis, euc-kr, utf-16, unknown; text handler and setAttribute with those charsets", `
    const enc = async (bytes, ct, build) => { try { const res = await (build ?? ((r) => r.on("p", { text(tt) { if (tt.text) (out.texts ??= []).push(tt.text); } })))(new HTMLRewriter()).transform(new Response(new Uint8Array(bytes), { headers: { "content-type": ct } })); const buf = new Uint8Array(await res.arrayBuffer()); return [...buf].map((x) => x.toString(16).padStart(2, "0")).join(""); } catch (e) { return e.name + ": " + e.message; } };
    out.w1252 = await enc([0x3c, 0x70, 0x3e, 0x80, 0xe9, 0x3c, 0x2f, 0x70, 0x3e], "text/html; charset=windows-1252");
    out.w1252Set = await enc([0x3c, 0x70, 0x3e, 0x80, 0x3c, 0x2f, 0x70, 0x3e], "text/html; charset=windows-1252", (r) => r.on("p", { element(e) { e.setAttribute("t", "\\u20ac\\u00e9\\u4e2d"); e.append("\\u20ac\\u4e2d"); } }));
    out.sjis = await enc([0x3c, 0x70, 0x3e, 0x82, 0xa0, 0x3c, 0x2f, 0x70, 0x3e], "text/html; charset=shift_jis");
    out.sjisSet = await enc([0x3c, 0x70, 0x3e, 0x3c, 0x2f, 0x70, 0x3e], "text/html; charset=Shift_JIS", (r) => r.on("p", { element(e) { e.append("\\u3042"); } }));
    out.euckr = await enc([0x3c, 0x70, 0x3e, 0xb0, 0xa1, 0x3c, 0x2f, 0x70, 0x3e], "text/html; charset=euc-kr");
    out.utf16 = await enc([0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00], "text/html; charset=utf-16");
    out.utf16le = await enc([0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00], "text/html; charset=utf-16le");
    out.unknown = await enc([0x3c, 0x70, 0x3e, 0x80, 0x3c, 0x2f, 0x70, 0x3e], "text/html; charset=klingon");
    out.quoted = await enc([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e], 'text/html; charset="iso-8859-1"');
    out.ascii = await enc([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e], "text/html; charset=us-ascii");
    out.gbk = await enc([0x3c, 0x70, 0x3e, 0xc4, 0xe3, 0x3c, 0x2f, 0x70, 0x3e], "text/html; charset=gbk");
    out.latin1Upper = await enc([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e], "TEXT/HTML; CHARSET=LATIN1");
    out.metaIgnoredInCt = await enc([...new TextEncoder().encode('<meta charset="windows-1252"><p>'), 0xe9, ...new TextEncoder().encode("</p>")], "text/html");
    out.invalidUtf8 = await enc([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0xc3, 0x3c, 0x2f, 0x70, 0x3e], "text/html; charset=utf-8");
    out.bomUtf8 = await enc([0xef, 0xbb, 0xbf, 0x3c, 0x70, 0x3e, 0x61, 0x3c, 0x2f, 0x70, 0x3e], "text/html");
    out.noContentType = await t(async () => { const r = new HTMLRewriter().on("p", { text(tt) { if (tt.text) out.nct = tt.text; } }).transform(new Response(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]))); return [...new Uint8Array(await r.arrayBuffer())].join(","); });`),

  wsPair("htmlws-ws-listeners-and-events", "WebSocket event listeners: handleEvent objects, removeEventListener, once, on* properties, dispatchEvent, messages with no listener, event shapes", `
    const [a, b] = Object.values(new WebSocketPair());
    a.accept(); b.accept();
    const log = [];
    const obj = { handleEvent(e) { log.push("obj:" + e.data + ":" + (this === obj)); } };
    b.addEventListener("message", obj);
    const fn = (e) => log.push("fn:" + e.data);
    b.addEventListener("message", fn);
    b.addEventListener("message", (e) => log.push("once:" + e.data), { once: true });
    b.onmessage = (e) => log.push("on:" + e.data);
    a.send("1"); await settle();
    b.removeEventListener("message", fn);
    b.onmessage = null;
    a.send("2"); await settle();
    out.log = log;
    out.onProps = [b.onmessage, typeof b.onclose, b.onerror, b.onopen, "onopen" in b];
    b.onmessage = "not a function"; out.onStringProp = typeof b.onmessage;
    const synth = []; b.addEventListener("message", (e) => synth.push([e.type, e.data, e.isTrusted])); out.dispatch = b.dispatchEvent(new MessageEvent("message", { data: "fake" })); out.synth = synth;
    const [c, d] = Object.values(new WebSocketPair()); c.accept(); d.accept();
    c.send("lost"); await settle();
    const late = []; d.addEventListener("message", (e) => late.push(e.data)); c.send("seen"); await settle();
    out.noListener = late;
    const [e1, e2] = Object.values(new WebSocketPair()); e1.accept(); e2.accept();
    let msgEv, closeEv;
    e2.addEventListener("message", (e) => { msgEv = e; });
    e2.addEventListener("close", (e) => { closeEv = e; });
    e1.send(new Uint8Array([1, 2])); await settle();
    out.msgShape = [msgEv.constructor.name, msgEv instanceof MessageEvent, msgEv instanceof Event, msgEv.data instanceof ArrayBuffer, msgEv.origin, msgEv.lastEventId, msgEv.source, Array.isArray(msgEv.ports) ? msgEv.ports.length : String(msgEv.ports), msgEv.target === e2, msgEv.currentTarget, msgEv.cancelable, msgEv.bubbles];
    e1.close(4000, "r"); await settle();
    out.closeShape = [closeEv.constructor.name, closeEv instanceof CloseEvent, closeEv.code, closeEv.reason, closeEv.wasClean, closeEv.target === e2];
    out.ctors = [typeof CloseEvent, typeof MessageEvent, typeof ErrorEvent, new CloseEvent("close").code, new CloseEvent("close", { code: 3001, reason: "x", wasClean: true }).reason, (await t(() => new MessageEvent("message").data))];
    out.openListener = await t(() => { const [x] = Object.values(new WebSocketPair()); let opened = false; x.addEventListener("open", () => { opened = true; }); x.accept(); return opened; });`),

  wsPair("htmlws-ws-pair-lifecycle", "pair ends before accept: close and messages queued until accept, readyState around close, send types after close, pair object shape", `
    const pair = new WebSocketPair();
    out.pairShape = [Object.keys(pair), pair.length, Object.getPrototypeOf(pair) === WebSocketPair.prototype, pair[2], typeof pair[Symbol.iterator]];
    out.spread = await t(() => [...pair].length);
    out.destructure = await t(() => { const [x, y] = pair; return [x instanceof WebSocket, y instanceof WebSocket]; });
    out.sameOnRead = pair[0] === pair[0];
    out.indexDescriptor = (() => { const d = Object.getOwnPropertyDescriptor(pair, "0"); return [d.writable, d.enumerable, d.configurable, "value" in d]; })();
    const [a, b] = Object.values(new WebSocketPair());
    a.accept();
    a.send("m1"); a.send(new Uint8Array([7])); a.close(4001, "early");
    out.aState = a.readyState;
    const got = []; b.addEventListener("message", (e) => got.push(desc(e))); b.addEventListener("close", (e) => got.push(desc(e)));
    out.bStateBeforeAccept = b.readyState;
    b.accept();
    out.bStateAfterAccept = b.readyState;
    await settle();
    out.got = got;
    out.bStateAfterClose = b.readyState;
    out.bSendAfter = await t(() => b.send("x"));
    b.close(4001, "reply"); await settle();
    out.aStateEnd = a.readyState;
    out.bStateEnd = b.readyState;
    const [c, d] = Object.values(new WebSocketPair());
    out.closeUnaccepted = await t(() => c.close(1000));
    out.sendUnaccepted = await t(() => c.send("x"));
    c.accept(); d.accept();
    const dGot = []; d.addEventListener("close", (e) => dGot.push(desc(e))); c.addEventListener("close", (e) => dGot.push("c:" + JSON.stringify(desc(e))));
    c.close(); await settle();
    out.closeNoCodeAtPeer = dGot;
    out.statesAfterNoCode = [c.readyState, d.readyState];
    d.close(); await settle();
    out.afterBothNoCode = [c.readyState, d.readyState, dGot];
    const [g, h] = Object.values(new WebSocketPair()); g.accept(); h.accept();
    const hGot = []; h.addEventListener("message", (e) => hGot.push(desc(e)));
    g.send(new Float32Array([1.5])); g.send(new DataView(new Uint8Array([5, 6, 7]).buffer, 1, 1)); g.send(new Uint8Array([1, 2, 3, 4]).subarray(1, 3)); g.send(""); g.send(new ArrayBuffer(0));
    await settle();
    out.sendViews = hGot;`),
  wsPair("htmlws-ws-event-classes", "MessageEvent, CloseEvent and ErrorEvent constructed by a script: required init, defaults, isTrusted; on<type> properties of other targets", `
    const shape = (e) => [e.constructor.name, e.type, e.isTrusted, e.bubbles, e.cancelable];
    out.msgNoInit = await t(() => shape(new MessageEvent("message")));
    out.msgNullInit = await t(() => shape(new MessageEvent("message", null)));
    out.msgEmptyInit = await t(() => { const e = new MessageEvent("m", {}); return [...shape(e), e.data, e.origin, e.lastEventId, e.source, e.ports.length]; });
    out.msgNoType = await t(() => shape(new MessageEvent()));
    out.msgFull = await t(() => { const e = new MessageEvent("m", { data: { a: 1 }, origin: "o", lastEventId: "l", cancelable: true }); return [...shape(e), e.data, e.origin, e.lastEventId]; });
    out.closeNoInit = await t(() => { const e = new CloseEvent("close"); return [...shape(e), e.code, e.reason, e.wasClean]; });
    out.closeNoType = await t(() => shape(new CloseEvent()));
    out.closeInit = await t(() => { const e = new CloseEvent("c", { code: "3001", reason: 5, wasClean: 1 }); return [...shape(e), e.code, e.reason, e.wasClean]; });
    out.errorNoInit = await t(() => { const e = new ErrorEvent("error"); return [...shape(e), e.message, e.filename, e.lineno, e.colno, e.error]; });
    out.errorInit = await t(() => { const e = new ErrorEvent("error", { message: "m", error: 5, lineno: 3 }); return [...shape(e), e.message, e.error, e.lineno]; });
    out.eventTrusted = await t(() => [new Event("x").isTrusted, new CustomEvent("x").isTrusted]);
    out.targetOnProp = await t(() => { const et = new EventTarget(); const seen = []; et.onfoo = () => seen.push("on"); et.addEventListener("foo", () => seen.push("listener")); et.dispatchEvent(new Event("foo")); return seen; });
    out.wsOnHandleEvent = await t(async () => { const [a, b] = Object.values(new WebSocketPair()); a.accept(); b.accept(); const seen = []; b.onmessage = { handleEvent(e) { seen.push("obj:" + e.data); } }; a.send("1"); await settle(); b.onmessage = function (e) { seen.push(this === b); }; a.send("2"); await settle(); return seen; });
    out.wsOnThrows = await t(async () => { const [a, b] = Object.values(new WebSocketPair()); a.accept(); b.accept(); const seen = []; b.onmessage = () => { throw new Error("boom"); }; b.addEventListener("message", (e) => seen.push("after:" + e.data)); a.send("1"); await settle(); return seen; });
    out.wsOnClose = await t(async () => { const [a, b] = Object.values(new WebSocketPair()); a.accept(); b.accept(); const seen = []; b.onclose = (e) => seen.push("onclose:" + e.code); b.addEventListener("close", (e) => seen.push("listener:" + e.code)); a.close(4002, "x"); await settle(); return seen; });
    out.wsOnProto = await t(() => { const [a] = Object.values(new WebSocketPair()); return [Object.getOwnPropertyNames(a), "onmessage" in WebSocket.prototype, a.onmessage]; });`),
  {
    name: "htmlws-ws-hibernation-handlers-details", area: "websocket",
    description: "hibernation handlers: message types, socket identity and state inside handlers, getWebSockets order and during close, attachments updated in handlers, sends from the close handler",
    options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script: `${PRELUDE}${WS_HELPERS}
const next = (ws, type = "message") => new Promise((resolve) => {
  const timer = setTimeout(() => resolve({ timeout: type }), 2000);
  ws.addEventListener(type, (e) => { clearTimeout(timer); resolve(desc(e)); }, { once: true });
});
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  constructor(ctx, env) { super(ctx, env); this.log = []; }
  async fetch(req) {
    const url = new URL(req.url);
    if (url.pathname === "/log") return Response.json(this.log);
    if (url.pathname === "/state") {
      const all = this.ctx.getWebSockets();
      return Response.json({ all: all.map((w) => [w.deserializeAttachment(), this.ctx.getTags(w), w.readyState]), a: this.ctx.getWebSockets("a").length, b: this.ctx.getWebSockets("b").map((w) => w.deserializeAttachment()?.n ?? null), ts: all.map((w) => this.ctx.getWebSocketAutoResponseTimestamp(w)) });
    }
    const [client, server] = Object.values(new WebSocketPair());
    const n = url.searchParams.get("n");
    this.ctx.acceptWebSocket(server, n === "1" ? ["a", "b"] : ["b"]);
    const before = [server.readyState, server.deserializeAttachment()];
    server.serializeAttachment({ n });
    this.log.push(["accepted", n, before, server.readyState, this.ctx.getTags(server)]);
    return new Response(null, { status: 101, webSocket: client });
  }
  webSocketMessage(ws, msg) {
    const same = this.ctx.getWebSockets().includes(ws);
    this.log.push(["msg", typeof msg === "string" ? msg : (msg instanceof ArrayBuffer ? "AB:" + [...new Uint8Array(msg)] : Object.prototype.toString.call(msg)), same, ws.readyState, ws.url, ws.protocol, ws.deserializeAttachment()]);
    if (msg === "attach") { ws.serializeAttachment({ n: "changed" }); ws.send("attached"); }
    else if (msg === "attach-undefined") { const r = (() => { try { ws.serializeAttachment(undefined); return ws.deserializeAttachment(); } catch (e) { return e.message; } })(); ws.send(JSON.stringify(r ?? "nullish")); }
    else if (msg === "close-self") { ws.close(4010, "self"); this.log.push(["afterSelfClose", ws.readyState, this.ctx.getWebSockets().length]); }
    else ws.send("ok:" + (typeof msg === "string" ? msg.length : msg.byteLength));
  }
  webSocketClose(ws, code, reason, wasClean) {
    const all = this.ctx.getWebSockets();
    let sendErr = null; try { ws.send("late"); } catch (e) { sendErr = e.name + ": " + e.message; }
    this.log.push(["close", code, reason, wasClean, ws.readyState, all.length, all.includes(ws), ws.deserializeAttachment(), sendErr]);
    try { ws.close(code === 1005 ? 1000 : code, "bye"); this.log.push(["closeReply", ws.readyState]); } catch (e) { this.log.push(["closeReplyErr", e.message]); }
  }
  webSocketError(ws, err) { this.log.push(["error", String(err)]); }
}
export default { async fetch(req, env, ctx) {
  const out = {};
  const stub = env.OBJ.getByName("room");
  const open = async (n) => { const r = await stub.fetch("http://do/ws?n=" + n, { headers: { Upgrade: "websocket" } }); const ws = r.webSocket; ws.accept(); return ws; };
  const w1 = await open("1"); const w2 = await open("2"); const w3 = await open("3");
  out.state1 = await (await stub.fetch("http://do/state")).json();
  const ask = async (ws, m) => { const p = next(ws); ws.send(m); return p; };
  out.text = await ask(w1, "hello");
  out.empty = await ask(w1, "");
  out.bytes = await ask(w1, new Uint8Array([1, 2, 3]));
  out.buffer = await ask(w1, new Uint8Array([4, 5]).buffer);
  out.emptyBytes = await ask(w1, new Uint8Array(0));
  out.attach = await ask(w2, "attach");
  out.attachUndefined = await ask(w1, "attach-undefined");
  out.state2 = await (await stub.fetch("http://do/state")).json();
  const c2 = next(w2, "close"); w2.send("close-self"); out.selfClosed = await c2;
  out.w2State = w2.readyState;
  await settle();
  out.state3 = await (await stub.fetch("http://do/state")).json();
  const c1 = next(w1, "close"); w1.close(4001, "client"); out.clientClosed = await c1;
  await settle();
  out.state4 = await (await stub.fetch("http://do/state")).json();
  out.log = await (await stub.fetch("http://do/log")).json();
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
  hrCase("htmlws-stream-output-chunks", "output chunks of a transformed stream: input split in small pieces, handlers mutating at chunk boundaries, async handlers between chunks, text handlers over split entities and tags", `
    const chunksOf = async (parts, build) => { const res = build(new HTMLRewriter()).transform(new Response(await streamOf(parts), { headers: { "content-type": "text/html" } })); const rd = res.body.getReader(); const dec = new TextDecoder(); const got = []; for (;;) { const { value, done } = await rd.read(); if (done) break; got.push(dec.decode(value)); } return got; };
    const none = (r) => r;
    out.noHandlers = await chunksOf(["<p>a", "b</p>", "<div>c", "</div>"], none);
    out.elementHandler = await chunksOf(["<p>a", "b</p>", "<div>c", "</div>"], (r) => r.on("p", { element(e) { e.setAttribute("x", "1"); } }));
    out.splitTag = await chunksOf(["<d", "iv cl", "ass=a", ">x</div>"], (r) => r.on("div", { element(e) { e.prepend("P"); } }));
    out.textSplit = await chunksOf(["<p>ab", "cd", "ef</p>"], (r) => r.on("p", { text(t) { t.replace("[" + t.text + "]"); } }));
    out.textSplitEntity = await chunksOf(["<p>a&a", "mp;b</p>"], (r) => r.on("p", { text(t) { (out.seenEntity ??= []).push([t.text, t.lastInTextNode]); } }));
    out.asyncElement = await chunksOf(["<p>1</p>", "<p>2</p>", "<p>3</p>"], (r) => r.on("p", { async element(e) { await new Promise((res) => setTimeout(res, 1)); e.setAttribute("a", "1"); } }));
    out.endTagAcross = await chunksOf(["<p>x", "y</", "p>z"], (r) => r.on("p", { element(e) { e.onEndTag((end) => end.after("!")); } }));
    out.removeAcross = await chunksOf(["<p>x", "y<b>q</b>", "w</p>after"], (r) => r.on("p", { element(e) { e.remove(); } }));
    out.innerAcross = await chunksOf(["<p>x", "y<b>q</b>", "w</p>after"], (r) => r.on("p", { element(e) { e.setInnerContent("I"); } }));
    out.commentSplit = await chunksOf(["<!-", "-a", "b--", ">z"], (r) => r.onDocument({ comments(c) { out.commentText = c.text; } }));
    out.endAppendChunks = await chunksOf(["<p>a</p>"], (r) => r.onDocument({ end(e) { e.append("E1"); e.append("E2"); } }));
    out.emptyChunks = await chunksOf(["", "<p>", "", "x</p>", ""], (r) => r.on("p", { element(e) { e.setAttribute("e", "1"); } }));
    out.byteSplitUtf8 = await chunksOf([new Uint8Array([0x3c, 0x70, 0x3e, 0xe2]), new Uint8Array([0x82, 0xac, 0x3c, 0x2f, 0x70, 0x3e])], (r) => r.on("p", { text(t) { (out.euroTexts ??= []).push(t.text); } }));
    out.bigOutput = await (async () => { const got = await chunksOf(["<p>" + "x".repeat(20000) + "</p>"], (r) => r.on("p", { element(e) { e.setAttribute("b", "1"); } })); return [got.length, got.map((g) => g.length)]; })();
    out.bigOutput2 = await (async () => { const got = await chunksOf(["<p>" + "y".repeat(5000), "z".repeat(100) + "</p>", "<i>" + "w".repeat(9000) + "</i>"], none); return got.map((g) => g.length); })();
    out.bigOutputAsync = await (async () => { const got = await chunksOf(["<p>" + "y".repeat(5000), "</p><b>x</b>"], (r) => r.on("b", { async element(e) { await null; e.before("q".repeat(3000)); } })); return got.map((g) => g.length); })();`),
  hrCase("htmlws-text-contexts", "which elements hold raw text: plaintext, xmp, iframe, noembed, noframes, noscript, style and script inside svg and math, integration points, end tags with attributes", `
    const probe = async (html) => { const els = []; const texts = []; try { const h = await rw(html, (r) => r.on("*", { element(e) { els.push(e.tagName); } }).onDocument({ text(t) { if (t.text) texts.push(t.text); } })); return { h: h === html ? "same" : h, els, texts }; } catch (e) { return e.name + ": " + e.message; } };
    const inputs = {
      plaintext: "<plaintext><b>x</b></plaintext><i>y</i>",
      xmp: "<xmp><b>x</b></xmp><i>y</i>",
      iframe: "<iframe><b>x</b></iframe><i>y</i>",
      noembed: "<noembed><b>x</b></noembed><i>y</i>",
      noframes: "<noframes><b>x</b></noframes><i>y</i>",
      noscript: "<noscript><b>x</b></noscript><i>y</i>",
      svgStyle: "<svg><style><b>x</b></style></svg><i>y</i>",
      svgScript: "<svg><script><b>x</b></script></svg><i>y</i>",
      svgTitle: "<svg><title><b>x</b></title></svg>",
      foreignObjectStyle: "<svg><foreignObject><style><b>x</b></style></foreignObject></svg>",
      mathMiStyle: "<math><mi><style><b>x</b></style></mi></math>",
      mathAnnotationSvg: "<math><annotation-xml encoding=\\"text/html\\"><style><b>x</b></style></annotation-xml></math>",
      svgDescStyle: "<svg><desc><style><b>x</b></style></desc></svg>",
      svgBreakout: "<svg><b>x</b><style><i>y</i></style></svg>",
      endTagAttrs: "<p>x</p class=a><i>y</i/>",
      textareaNested: "<textarea><textarea>x</textarea>y",
      titleInSvg: "<svg><title>a<b>b</b></title></svg>",
      scriptTypeTemplate: "<script type=text/template><b>x</b></script><i>y</i>",
      styleUpper: "<STYLE><b>x</b></STYLE><i>y</i>",
      selectScript: "<select><script><b>x</b></script><option>o</select>",
      tableStyle: "<table><style><b>x</b></style><tr><td>c</td></tr></table>",
      cdataHtml: "<p><![CDATA[x<y]]></p>",
      cdataSvg: "<svg><![CDATA[x<y]]></svg>",
    };
    for (const [k, v] of Object.entries(inputs)) out[k] = await probe(v);`),
  hrCase("htmlws-streamed-content", "content given as a Response or ReadableStream: each method and token kind, html option, order beside strings, used and locked bodies, string and erroring streams, a 101 response transformed", `
    const bs = (...parts) => new ReadableStream({ start(c) { for (const p of parts) c.enqueue(new TextEncoder().encode(p)); c.close(); } });
    out.elementAll = await rwe("<div><p>x</p></div>", (r) => r.on("p", { element(e) { e.before(new Response("<b1>"), { html: true }); e.after(bs("<a1>", "<a2>")); e.prepend(new Response("<p1>")); e.append(bs("<e1>"), { html: true }); } }));
    out.mixedOrder = await rwe("<p>x</p>", (r) => r.on("p", { element(e) { e.before("s1"); e.before(new Response("r2")); e.before("s3"); e.append(bs("r4")); e.append("s5"); } }));
    out.replaceStream = await rwe("<p>x<b>y</b></p>z", (r) => r.on("p", { element(e) { e.replace(bs("<R>", "E"), { html: true }); } }));
    out.innerStream = await rwe("<p>x<b>y</b></p>z", (r) => r.on("p", { element(e) { e.setInnerContent(new Response("<I>")); } }));
    out.textStream = await rwe("<p>abc</p>", (r) => r.on("p", { text(t) { if (t.text) t.replace(new Response("<T>"), { html: true }); } }));
    out.textBeforeAfterStream = await rwe("<p>abc</p>", (r) => r.on("p", { text(t) { if (t.text) { t.before(bs("B")); t.after(bs("A")); } } }));
    out.endTagStream = await rwe("<p>x</p>", (r) => r.on("p", { element(e) { e.onEndTag((end) => { end.before(new Response("<eb>"), { html: true }); end.after(bs("ea")); }); } }));
    out.docEndStream = await rwe("<p>x</p>", (r) => r.onDocument({ end(end) { end.append(new Response("<!--end-->"), { html: true }); end.append(bs("&")); } }));
    out.usedResponse = await rwe("<p>x</p>", (r) => r.on("p", { element(e) { const res = new Response("u"); res.body.getReader(); e.append(res); } }));
    out.nullBodyResponse = await rwe("<p>x</p>", (r) => r.on("p", { element(e) { e.append(new Response(null)); e.append("!"); } }));
    out.stringStream = await rwe("<p>x</p>", (r) => r.on("p", { element(e) { e.append(new ReadableStream({ start(c) { c.enqueue("str"); c.close(); } })); } }));
    out.erroringStream = await rwe("<p>x</p>", (r) => r.on("p", { element(e) { e.append(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("part")); c.error(new Error("content failed")); } })); } }));
    out.asyncHandlerStream = await rwe("<p>x</p><p>y</p>", (r) => r.on("p", { async element(e) { await null; e.append(bs("[", "s", "]")); } }));
    out.bigStream = await (async () => { const h = await rwe("<p>x</p>", (r) => r.on("p", { element(e) { e.append(new Response("z".repeat(10000))); } })); return typeof h === "string" ? h.length : h; })();
    out.transform101 = await t(async () => { const [c] = Object.values(new WebSocketPair()); const res = new HTMLRewriter().on("p", { element() {} }).transform(new Response(null, { status: 101, webSocket: c })); return [res.status, res.webSocket === c, res.body]; });
    out.transformErrorResponse = await t(() => new HTMLRewriter().transform(Response.error()).status);`),
  hrCase("htmlws-nested-after-mutation", "what handlers of inner content see after the outer element was removed, replaced, emptied, unwrapped or renamed; selectors after a rename", `
    const run = async (html, outer) => { const log = []; try { const h = await rw(html, (r) => r.on("div", { element(e) { outer(e); log.push("div"); } }).on("p", { element(e) { log.push("p:" + e.removed); e.setAttribute("seen", "1"); e.onEndTag((end) => { log.push("/p"); end.after("~"); }); }, text(t) { if (t.text) { log.push("t:" + t.text + ":" + t.removed); t.after("+"); } }, comments(c) { log.push("c:" + c.text + ":" + c.removed); } }).on("div > p", { element(e) { log.push("child"); } })); return { h, log }; } catch (e) { return e.name + ": " + e.message; } };
    const html = "<div>a<p>b<!--c--></p>d</div>e";
    out.removed = await run(html, (e) => e.remove());
    out.replaced = await run(html, (e) => e.replace("R"));
    out.emptied = await run(html, (e) => e.setInnerContent("I"));
    out.unwrapped = await run(html, (e) => e.removeAndKeepContent());
    out.renamed = await run(html, (e) => { e.tagName = "section"; });
    out.renamedEnd = await run(html, (e) => { e.tagName = "section"; e.onEndTag((end) => { end.after("!"); }); });
    out.docTextInRemoved = await (async () => { const seen = []; const h = await rw("<div>a<b>b</b></div>c", (r) => r.on("div", { element(e) { e.remove(); } }).onDocument({ text(t) { if (t.text) seen.push(t.text + ":" + t.removed); } })); return { h, seen }; })();
    out.removedThenInnerReplace = await (async () => { const h = await rw("<div><p>x</p></div>", (r) => r.on("div", { element(e) { e.remove(); } }).on("p", { element(e) { e.replace("NEW"); } })); return h; })();
    out.innerThenChildAfter = await (async () => { const h = await rw("<div><p>x</p></div>", (r) => r.on("div", { element(e) { e.setInnerContent("I"); } }).on("p", { element(e) { e.after("AFTER"); e.before("BEFORE"); } })); return h; })();
    out.innerThenChildBefore = await (async () => { const h = await rw("<div><p>x</p><b>y</b></div>", (r) => r.on("p", { element(e) { e.before("B4"); } }).on("div", { element(e) { e.remove(); } })); return h; })();
    out.renameSelectors = await (async () => { const log = []; await rw("<div id=o><p id=i>x</p></div>", (r) => r.on("div", { element(e) { e.tagName = "span"; } }).on("span > p", { element(e) { log.push("span>p"); } }).on("div > p", { element(e) { log.push("div>p"); } }).on("span", { element(e) { log.push("span"); } })); return log; })();`),
  {
    name: "htmlws-ws-dispatch-upgrades", area: "websocket",
    description: "dispatchFetch upgrades: the request headers a worker sees, proxying to a Durable Object, re-wrapping its socket, protocol headers, methods and header case, non-101 answers to an upgrade",
    options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: "Obj" }, script: `
import { DurableObject } from "cloudflare:workers";
const seenHeaders = (req) => { const h = {}; for (const [k, v] of req.headers) if (k !== "sec-websocket-key" && k !== "host" && !k.startsWith("cf-") && !k.startsWith("mf-")) h[k] = v; return JSON.stringify({ method: req.method, key: typeof req.headers.get("sec-websocket-key"), h }); };
export class Obj extends DurableObject {
  async fetch(req) {
    const [c, s] = Object.values(new WebSocketPair());
    this.ctx.acceptWebSocket(s);
    const headers = { "x-do": "1", "x-do-seen": seenHeaders(req) };
    const proto = req.headers.get("sec-websocket-protocol");
    if (proto) headers["sec-websocket-protocol"] = proto.split(",")[0].trim();
    return new Response(null, { status: 101, webSocket: c, headers });
  }
  webSocketMessage(ws, m) { ws.send(m); }
}
export default { async fetch(req, env) {
  const url = new URL(req.url);
  const stub = env.OBJ.getByName("x");
  if (url.pathname === "/proxy") return stub.fetch(req);
  if (url.pathname === "/rewrap") { const r = await stub.fetch(req); return new Response(null, { status: 101, webSocket: r.webSocket, headers: { "x-worker": "1", "x-do-status": String(r.status), "x-do-header": r.headers.get("x-do") ?? "none" } }); }
  if (url.pathname === "/seen") { const [c, s] = Object.values(new WebSocketPair()); s.accept(); return new Response(null, { status: 101, webSocket: c, headers: { "x-seen": seenHeaders(req) } }); }
  if (url.pathname === "/plain200") return new Response("plain answer to " + req.headers.get("upgrade"), { headers: { "x-plain": "1" } });
  if (url.pathname === "/status400") return new Response("bad", { status: 400 });
  if (url.pathname === "/proto") { const [c, s] = Object.values(new WebSocketPair()); s.accept(); return new Response(null, { status: 101, webSocket: c, headers: { "sec-websocket-protocol": "json" } }); }
  return new Response("?", { status: 404 });
} };` },
    steps: [
      { request: { url: "http://localhost/seen", method: "GET", headers: { upgrade: "websocket" } }, skipHeaders: ["sec-websocket-accept"] },
      { request: { url: "http://localhost/proxy", method: "GET", headers: { upgrade: "websocket", "x-client": "c" } }, skipHeaders: ["sec-websocket-accept"] },
      { request: { url: "http://localhost/rewrap", method: "GET", headers: { upgrade: "websocket" } }, skipHeaders: ["sec-websocket-accept"] },
      { request: { url: "http://localhost/plain200", method: "GET", headers: { upgrade: "websocket" } }, skipHeaders: ["sec-websocket-accept"] },
      { request: { url: "http://localhost/status400", method: "GET", headers: { upgrade: "websocket" } }, skipHeaders: ["sec-websocket-accept"] },
      { request: { url: "http://localhost/proto", method: "GET", headers: { upgrade: "websocket", "sec-websocket-protocol": "chat, json" } }, skipHeaders: ["sec-websocket-accept"] },
      { request: { url: "http://localhost/proxy", method: "GET", headers: { upgrade: "websocket", "sec-websocket-protocol": "a, b" } }, skipHeaders: ["sec-websocket-accept"] },
    ],
  },
  {
    name: "htmlws-ws-hibernation-limits", area: "websocket",
    description: "a hibernated Durable Object socket and big messages both ways, an auto-response pair matched only by the exact text, the auto-response timestamp",
    options: { modules: true, compatibilityDate: CD, durableObjects: { OBJ: { className: "Obj", useSQLite: true } }, script: `${PRELUDE}${WS_HELPERS}
const next = (ws, type = "message") => new Promise((resolve) => {
  const timer = setTimeout(() => resolve({ timeout: type }), 2000);
  ws.addEventListener(type, (e) => { clearTimeout(timer); const d = desc(e); if (typeof d.data === "string" && d.data.length > 40) d.data = "len:" + d.data.length; resolve(d); }, { once: true });
});
import { DurableObject } from "cloudflare:workers";
export class Obj extends DurableObject {
  constructor(ctx, env) { super(ctx, env); this.log = []; ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong")); }
  async fetch(req) {
    const url = new URL(req.url);
    if (url.pathname === "/log") return Response.json(this.log);
    const [client, server] = Object.values(new WebSocketPair());
    this.ctx.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }
  webSocketMessage(ws, msg) {
    const len = typeof msg === "string" ? msg.length : msg.byteLength;
    this.log.push(["msg", typeof msg, len > 40 ? "len:" + len : msg]);
    if (msg === "big-back") { try { ws.send("b".repeat(1048576)); this.log.push("sent1MiB"); } catch (e) { this.log.push(e.name + ": " + e.message); } }
    else if (msg === "bigger-back") { try { ws.send("b".repeat(1048577 + 10)); this.log.push("sentMore"); } catch (e) { this.log.push(e.name + ": " + e.message); } }
    else if (msg === "ts") { ws.send(String(this.ctx.getWebSocketAutoResponseTimestamp(ws) instanceof Date)); }
    else ws.send("got:" + (len > 40 ? "len:" + len : msg));
  }
  webSocketClose(ws, code, reason) { this.log.push(["close", code, reason]); }
  webSocketError(ws, e) { this.log.push(["error", String(e)]); }
}
export default { async fetch(req, env, ctx) {
  const out = {};
  const stub = env.OBJ.getByName("lim");
  const r = await stub.fetch("http://do/ws", { headers: { Upgrade: "websocket" } });
  const ws = r.webSocket; ws.accept();
  const ask = async (m) => { const p = next(ws); try { ws.send(m); } catch (e) { return e.name + ": " + e.message; } return p; };
  out.tsBefore = await ask("ts");
  out.ping = await ask("ping");
  out.pingSpace = await ask("ping ");
  out.pingBytes = await ask(new TextEncoder().encode("ping"));
  out.tsAfter = await ask("ts");
  out.big = await ask("a".repeat(1048576 - 10));
  out.bigBack = await ask("big-back");
  out.log = await (await stub.fetch("http://do/log")).json();
  return Response.json(out);
} };` },
    steps: [get("/")],
  },
  hrCase("htmlws-selectors-grammar-more", "more selector grammar: whitespace and case inside pseudo-classes and attribute selectors, escapes, nth formulas with signs, :not nesting, combinator chains, comments in selectors", `
    const m = async (sel, html = '<main id=m><div id=a class="x y" data-v="Hello World" lang=en><p class=x id=p1>1</p><p id=p2 title="a b">2</p><span id=s1><p id=p4>n</p></span><p id=p3>4</p></div><div id=b><em id=e1>e</em></div></main>') => { try { const seen = []; await rw(html, (r) => r.on(sel, { element(e) { seen.push(e.getAttribute("id") ?? e.tagName); } })); return seen; } catch (e) { return e.name + ": " + e.message; } };
    const sels = [":NTH-CHILD(2N+1)", "p:nth-child(+2)", "p:nth-child(-2n+3)", "p:nth-child( -n + 3 )", "p:nth-child(2n-1)", "p:nth-child(2n- 1)", "p:nth-child(2 n)", "p:nth-child(n+0)", "p:nth-child(1n)", "p:nth-child(-1)", "p:nth-child(0)", "p:nth-of-type(odd)", "p:nth-of-type(2n)", "p:first-of-type", "span p:first-of-type", "[ data-v ^= 'Hel' i ]", "[data-v^='hel'i]", "[data-v^=hel i]", "[data-v='Hello World'I]", "[id='p1'],[id='p2']", "#p\\\\31", "#\\\\70 1", ".x:not(p)", ":not(:not(p))", "p:not(:first-child)", ":not(*)", "main > div > p", "main p", "main > p", "div > span > p", "div span p", "main div > span p", "div>span>p:first-child", "p /* c */", "p,/**/span", "#a.x.y[lang=en]:first-child > p:nth-child(2)", "*|*", "|p", "p:nth-child(2):not(.x)", "DIV#a", "div#A", "[LANG=en]", "[lang=EN]", "em:only-of-type", "p:lang(en)", "p:enabled", "\\\\70", "p\\\\", "[data-v]", "[data-v=]", "[data-v='']", "[id|='p1']", "[title~='a b']", "[title~='']", "[title*=' ']"];
    for (const s of sels) out[s] = await m(s);`),
  { name: "htmlws-eventtarget-on-properties", area: "web-api", description: "an EventTarget calls a function in its on<type> property (own, inherited or a getter) before the listeners; objects ignored; this; a throw stops the dispatch", options: modWorker(`
  const out = {};
  out.protoMethod = await t(() => { class T extends EventTarget { onfoo() { seen.push("proto"); } } const seen = []; const x = new T(); x.addEventListener("foo", () => seen.push("l")); x.dispatchEvent(new Event("foo")); return seen; });
  out.getter = await t(() => { const seen = []; const x = new EventTarget(); Object.defineProperty(x, "onfoo", { get() { seen.push("get"); return () => seen.push("call"); } }); x.dispatchEvent(new Event("foo")); return seen; });
  out.objectHandleEvent = await t(() => { const seen = []; const x = new EventTarget(); x.onfoo = { handleEvent() { seen.push("he"); } }; x.dispatchEvent(new Event("foo")); return seen; });
  out.global = await t(() => { const seen = []; globalThis.onfoo = () => seen.push("g"); globalThis.dispatchEvent(new Event("foo")); delete globalThis.onfoo; return seen; });
  out.thisValue = await t(() => { let self; const x = new EventTarget(); x.onfoo = function () { self = this; }; x.dispatchEvent(new Event("foo")); return [self === x, self === globalThis, self === undefined]; });
  out.signalOnabort = await t(() => { const c = new AbortController(); const seen = []; c.signal.addEventListener("abort", () => seen.push("l")); c.signal.onabort = () => seen.push("on"); c.abort(); return [seen, typeof Object.getOwnPropertyDescriptor(AbortSignal.prototype, "onabort")]; });
  out.throwsStops = await t(() => { const seen = []; const x = new EventTarget(); x.onfoo = () => { throw new Error("x"); }; x.addEventListener("foo", () => seen.push("l")); try { x.dispatchEvent(new Event("foo")); } catch (e) { seen.push("threw:" + e.message); } return seen; });
  return Response.json(out);
`), steps: [get("/")] },
];
