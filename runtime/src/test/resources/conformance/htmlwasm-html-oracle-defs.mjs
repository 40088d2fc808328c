// Re-record: copy this file and the oracle's defs/_h.mjs into a folder, then in the oracle: DEFS_DIR=<folder> RECORD_OUT=<out> node record.mjs htmlwasm
// HTMLRewriter probes of htmlwasm.
import { modWorker, get } from "./_h.mjs";
const HR_PRELUDE = `
async function rw(html, build, ct = "text/html") { return await build(new HTMLRewriter()).transform(new Response(html, { headers: { "content-type": ct } })).text(); }
async function rwe(html, build) { try { return await rw(html, build); } catch (e) { return { error: { name: e?.name, message: e?.message } }; } }
`;
const hrCase = (name, description, body, steps = [get("/")]) => ({
  name, area: "html-rewriter", description,
  options: modWorker(`${HR_PRELUDE}    const out = {};\n${body}\n    return Response.json(out);`),
  steps,
});

const round1 = [
  hrCase("htmlwasm-implied-end-tags", "matching across implied end tags, unclosed elements, misnested end tags, foreign content", `
    const m = (html, sel) => { const seen = []; return rw(html, (r) => r.on(sel, { element(e) { seen.push(e.tagName + (e.getAttribute("id") ?? "")); e.setAttribute("m", ""); } })).then((h) => ({ h, seen }), (e) => e.name + ": " + e.message); };
    out.liAuto = await m('<ul><li id=1>a<li id=2>b</ul><li id=3>c', "ul > li");
    out.pAuto = await m('<p id=1>x<div id=2><span id=3>y</span></div>', "p span");
    out.pAutoDiv = await m('<p id=1>x<div id=2>y</div>', "p > div");
    out.tableCells = await m('<table><tr id=1><td id=2>a<td id=3>b<tr id=4><td id=5>c</table>', "tr > td");
    out.optionAuto = await m('<select><option id=1>a<option id=2>b</select>', "select > option");
    out.dtdd = await m('<dl><dt id=1>a<dd id=2>b<dt id=3>c</dl>', "dl > *");
    out.misnested = await m('<b id=1><i id=2>x</b>y</i><i id=3>z</i>', "b i");
    out.strayEnd = await m('<div id=1></span><em id=2>x</em></div>', "div > em");
    out.svgChild = await m('<svg id=1><p id=2>x</p><circle id=3/></svg><circle id=4>', "svg circle");
    out.svgSelfClose = await m('<svg><g id=1/><g id=2></g></svg>', "g");
    out.mathml = await m('<math id=1><mi id=2>x</mi></math>', "math > mi");
    out.template = await m('<template id=1><p id=2>x</p></template>', "template p");
    out.nestedSame = await m('<div id=1><div id=2><div id=3></div></div></div>', "div div");
    out.firstChildAfterText = await m('<div>text<p id=1>a</p><p id=2>b</p></div>', "p:first-child");
    out.nthAfterComment = await m('<div><!--c--><p id=1>a</p><p id=2>b</p></div>', "p:nth-child(2)");
    out.endTagsSeen = await (async () => { const ends = []; const h = await rw('<ul><li id=1>a<li id=2>b</ul><p>x<div>y</div>', (r) => r.on("li, p", { element(e) { try { e.onEndTag((t) => { ends.push(t.name); }); } catch (err) { ends.push("ERR:" + err.message); } } })); return { h, ends }; })();
    out.voidEnd = await (async () => { const r = []; await rw('<br><img src=x><input/><hr/>', (rr) => rr.on("*", { element(e) { try { e.onEndTag(() => {}); r.push(e.tagName + ":ok"); } catch (err) { r.push(e.tagName + ":" + err.message); } } })); return r; })();`),

  hrCase("htmlwasm-attribute-values", "attribute values are raw (entities), setAttribute escaping, attribute order after edits, duplicate attributes, odd names", `
    const seen = [];
    out.h1 = await rw('<a href="/x?a=1&amp;b=2" title=\\'q"q\\' data-x=&lt;b&gt; DATA-Y=Up x=1 x=2>t</a>', (r) => r.on("a", { element(e) { seen.push({ href: e.getAttribute("href"), title: e.getAttribute("title"), dx: e.getAttribute("data-x"), dy: e.getAttribute("data-y"), DY: e.getAttribute("DATA-Y"), x: e.getAttribute("x"), attrs: [...e.attributes] }); e.setAttribute("title", "a\\"b'c&d<e>"); e.setAttribute("new", ""); e.setAttribute("href", "/y"); e.removeAttribute("data-x"); e.setAttribute("data-x", "again"); seen.push([...e.attributes]); } }));
    out.seen = seen;
    out.badName = await rwe('<a>t</a>', (r) => r.on("a", { element(e) { e.setAttribute("a b", "1"); } }));
    out.badName2 = await rwe('<a>t</a>', (r) => r.on("a", { element(e) { e.setAttribute("a=b", "1"); } }));
    out.badName3 = await rwe('<a>t</a>', (r) => r.on("a", { element(e) { e.setAttribute("", "1"); } }));
    out.badName4 = await rwe('<a>t</a>', (r) => r.on("a", { element(e) { e.setAttribute("a/b", "1"); } }));
    out.upperSet = await rw('<a>t</a>', (r) => r.on("a", { element(e) { e.setAttribute("Data-Up", "V"); out.upperSetSeen = [...e.attributes]; } }));
    out.setNonString = await rw('<a>t</a>', (r) => r.on("a", { element(e) { e.setAttribute("n", 5); e.setAttribute("u", undefined); e.setAttribute("nl", null); e.setAttribute("o", { toString() { return "O"; } }); } }));
    out.hasNonString = await rw('<a null=1 undefined=2>t</a>', (r) => r.on("a", { element(e) { out.hasNull = [e.hasAttribute(null), e.getAttribute(undefined), e.hasAttribute(5)]; e.removeAttribute(null); } }));
    out.unquotedSpaces = await rw('<a b = "1"   c=\\'2\\'d=3 / >t</a>', (r) => r.on("a", { element(e) { out.unquotedSeen = [...e.attributes]; e.setAttribute("c", "9"); } }));
    out.tagNameSet = await rw('<a>t</a><b>u</b><i>v</i>', (r) => r.on("a", { element(e) { e.tagName = "SECTION"; out.tnAfter = e.tagName; } }).on("b", { element(e) { try { e.tagName = "bad name"; } catch (err) { out.tnErr = err.name + ": " + err.message; } } }).on("i", { element(e) { e.tagName = "br"; } }));
    out.tagNameSelfClosing = await rw('<x/><y></y>', (r) => r.on("x", { element(e) { e.tagName = "z"; out.xInfo = [e.selfClosing, e.canHaveContent]; } }));`),

  hrCase("htmlwasm-text-boundaries", "text chunks of big bodies, entity text, whitespace-only text, document text handler, lastInTextNode of each node", `
    const big = "a".repeat(70000);
    const chunks = [];
    await rw('<p>' + big + '</p>', (r) => r.on("p", { text(t) { chunks.push([t.text.length, t.lastInTextNode]); } }));
    out.bigChunkCount = chunks.length;
    out.bigTotal = chunks.reduce((a, c) => a + c[0], 0);
    out.bigLast = chunks[chunks.length - 1];
    const ent = [];
    out.entities = await rw('<p>a &amp; b &lt;c&gt; &#169; &nbsp;</p>', (r) => r.on("p", { text(t) { ent.push(t.text); } }));
    out.entChunks = ent;
    const doc = [];
    out.docText = await rw('<!doctype html>\\n<html>\\n <body> hi <p>x</p>\\n</body></html>\\n', (r) => r.onDocument({ text(t) { doc.push([t.text, t.lastInTextNode]); } }));
    out.docChunks = doc;
    const sc = [];
    await rw('<script>var a = "<p>";</script><style>p{}</style><p>x</p>', (r) => r.onDocument({ text(t) { sc.push([t.text, t.lastInTextNode]); } }));
    out.rawChunks = sc;
    const nested = [];
    await rw('<div>a<span>b</span>c<!--x-->d</div>', (r) => r.on("div", { text(t) { nested.push([t.text, t.lastInTextNode]); } }));
    out.nested = nested;
    const streamed = [];
    await (async () => { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); const enc = new TextEncoder(); (async () => { for (const s of ["<p>ab", "c&am", "p;d", "</p", "><p>", "</p>"]) await w.write(enc.encode(s)); await w.close(); })(); await new HTMLRewriter().on("p", { text(t) { streamed.push([t.text, t.lastInTextNode]); } }).transform(new Response(readable, { headers: { "content-type": "text/html" } })).text(); })();
    out.streamed = streamed;
    const utf = [];
    await (async () => { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); const b = new TextEncoder().encode("<p>h\\u00e9\\u20ac\\ud83d\\ude00z</p>"); (async () => { for (let i = 0; i < b.length; i += 2) await w.write(b.slice(i, i + 2)); await w.close(); })(); const txt = await new HTMLRewriter().on("p", { text(t) { utf.push(t.text); } }).transform(new Response(readable, { headers: { "content-type": "text/html" } })).text(); utf.push(txt); })();
    out.utf = utf;
    const rep = [];
    out.replaceEach = await rw('<p>one<b>two</b>three</p>', (r) => r.on("p", { text(t) { rep.push(t.text); if (t.text) t.replace("[" + t.text + "]", { html: true }); else t.after("<end>", { html: true }); } }));
    out.replaceEachSeen = rep;`),

  hrCase("htmlwasm-comments-doctype-end", "comment text setter, comments inside elements, bogus comments, doctype fields, end handler mutations", `
    const cs = [];
    out.c1 = await rw('<!--a--><p><!-- b --></p><!----><?xml version="1.0"?><!x><!--unclosed', (r) => r.onDocument({ comments(c) { cs.push([c.text, c.removed]); if (c.text === "a") { try { c.text = "A-->"; } catch (e) { cs.push(e.name + ": " + e.message); } c.text = "A"; } if (c.text === " b ") c.text = "-- b --"; } }));
    out.cs = cs;
    const pc = [];
    out.c2 = await rw('<!--out--><p><!--in--><b><!--deep--></b></p>', (r) => r.on("p", { comments(c) { pc.push(c.text); c.before("[", { html: true }); c.after("]"); } }));
    out.pc = pc;
    out.c3 = await rw('<p><!--x--></p>', (r) => r.on("p", { comments(c) { c.replace("<b>r</b>", { html: true }); out.c3removed = c.removed; } }));
    out.c4 = await rwe('<p><!--x--></p>', (r) => r.on("p", { comments(c) { c.text = 5; out.c4text = c.text; } }));
    const dts = [];
    for (const d of ['<!DOCTYPE html>', '<!doctype html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">', '<!DOCTYPE html SYSTEM "about:legacy-compat">', '<!DOCTYPE>', '<!DOCTYPE HTML PUBLIC \\'x\\'>'])
      await rw(d + '<p>', (r) => r.onDocument({ doctype(dt) { dts.push([dt.name, dt.publicId, dt.systemId, typeof dt.remove]); } }));
    out.dts = dts;
    out.dtRemove = await rwe('<!DOCTYPE html><p>x</p>', (r) => r.onDocument({ doctype(dt) { dt.remove(); out.dtRemoved = dt.removed; } }));
    out.end1 = await rw('<p>x</p>', (r) => r.onDocument({ end(e) { e.append("<!--e-->", { html: true }); e.append("&", { html: false }); out.endKeys = Object.keys(Object.getPrototypeOf(e)); } }));
    out.end2 = await rw('', (r) => r.onDocument({ end(e) { e.append("empty"); } }));
    out.end3 = await rw('<p>x</p>', (r) => r.onDocument({ end(e) { e.append("1"); } }).onDocument({ end(e) { e.append("2"); } }));
    out.endAsync = await rw('<p>x</p>', (r) => r.onDocument({ async end(e) { await new Promise((res) => setTimeout(res, 1)); e.append("late"); } }));
    out.endArgs = await rwe('<p>x</p>', (r) => r.onDocument({ end(e) { e.append(); } }));`),

  hrCase("htmlwasm-handler-this-and-order", "handler this binding, call order of several handlers on one element, async handler promises of each kind, thenables", `
    const log = [];
    class H { constructor(n) { this.n = n; } element(e) { log.push("el" + this.n + ":" + (this instanceof H)); } text(t) { if (t.lastInTextNode) log.push("tx" + this.n); } comments(c) { log.push("cm" + this.n); } }
    out.h = await rw('<p>a<!--c--></p>', (r) => r.on("p", new H(1)).on("p", new H(2)).on("*", new H(3)));
    out.log = log;
    const dlog = [];
    const dh = { doctype() { dlog.push(typeof this, this === dh); }, end() { dlog.push("end", this === dh); } };
    await rw('<!doctype html><p>', (r) => r.onDocument(dh));
    out.dlog = dlog;
    const alog = [];
    out.async = await rw('<p>a<!--c--></p><i>b</i>', (r) => r
      .on("p", { async element(e) { await null; alog.push("p"); e.setAttribute("a", "1"); }, async text(t) { await new Promise((res) => setTimeout(res, 1)); alog.push("t:" + t.text); }, async comments(c) { await null; alog.push("c"); c.remove(); } })
      .on("i", { element(e) { return { then(res) { alog.push("thenable"); e.setAttribute("th", "1"); res(); } }; } }));
    out.alog = alog;
    out.arrowThis = await rw('<p>x</p>', (r) => r.on("p", { element: (e) => { e.setAttribute("t", typeof this); } }));
    const getterHits = [];
    const handlers = { get element() { getterHits.push("element"); return (e) => e.setAttribute("g", "1"); }, get text() { getterHits.push("text"); return undefined; } };
    out.getters = await rw('<p>x</p><p>y</p>', (r) => r.on("p", handlers));
    out.getterHits = getterHits;
    out.returnValue = await rw('<p>x</p>', (r) => r.on("p", { element(e) { return 42; } }));
    out.asyncAfterMutation = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { return new Promise((res) => setTimeout(() => { try { e.setAttribute("late", "1"); res(); } catch (err) { out.lateErr = err.message; res(); } }, 1)); } }));
    let saved; out.stale = await rw('<p>x</p>', (r) => r.on("p", { element(e) { saved = e; } }));
    out.staleUse = [(() => { try { saved.setAttribute("a", "b"); return "ok"; } catch (e) { return e.name + ": " + e.message; } })(), (() => { try { return saved.tagName; } catch (e) { return e.name + ": " + e.message; } })()];`),

  hrCase("htmlwasm-selectors-more", "selector parsing: escapes, quoting, whitespace, universal, lists, case of names and values, attribute edge values", `
    const m = async (html, sel) => { try { const seen = []; await rw(html, (r) => r.on(sel, { element(e) { seen.push(e.getAttribute("id")); } })); return seen; } catch (e) { return e.name + ": " + e.message; } };
    const doc = '<div id=1 class="a b" data-x="foo-bar" lang="en-US"><p id=2 class="A" data-x="">x</p><p id=3 title="Hello World" data-x="foo"><span id=4 class="b">y</span></p></div><p id=5 class="a:b">z</p><p id=6 class="1x">w</p>';
    const sels = ["*", "div *", "div>p", "div   >   p", "p,span", "p , span", "[data-x]", "[data-x=\\"\\"]", "[data-x^=\\"\\"]", "[data-x*=\\"\\"]", "[data-x$=\\"\\"]", "[data-x|=foo]", "[lang|=en]", "[lang|=EN]", "[lang|=en i]", "[title~=World]", "[title~=\\"Hello World\\"]", "[title=\\"hello world\\" i]", "[title=\\"hello world\\" s]", "[data-x=FOO i]", "[DATA-X=foo]", "P", ".A", ".a", "#\\\\31", ".a\\\\:b", ".\\\\31 x", "[id='2']", "[ id = \\"3\\" ]", "p:not(.A)", "p:not(.A):not([title])", ":not(p)", "div :not(span)", "p:nth-child(odd)", "p:nth-child(even)", "p:nth-child(-n+2)", "p:nth-child(n)", "p:nth-child( 2n + 1 )", "p:nth-of-type(2)", "p:nth-last-child(1)", "p:last-child", "p:only-child", "span:only-child", "span:first-of-type", "p:last-of-type", "div p span", "div > p > span", "div span.b", "p#3.A", "p.A#2", "*.b", "*|p", "p ~ p", ":root", "p:empty", "p::before", ":hover", "a[href", "[=x]", "p:nth-child()", "p:nth-child(x)", "div >", "> p", "p:NOT(.A)", "P:First-Child", "p:nth-child(2 of .A)", "p:is(.A)", "p:where(.A)", "p:has(span)", "[data-x=foo-bar]", "[data-x=\\"foo-bar\\"]", "#2", ".1x", "[id=2]"];
    for (const s of sels) out[s] = await m(doc, s);`),

  hrCase("htmlwasm-charset-and-bodies", "meta charset in the document, content-type charsets, non-UTF-8 bytes, empty and odd bodies, transform of a transformed response", `
    const bytesOf = async (res) => hex(await res.arrayBuffer());
    const latin = new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]);
    const tx = [];
    out.metaOnly = await bytesOf(new HTMLRewriter().on("p", { text(t) { tx.push(t.text); }, element(e) { e.append("\\u00e9"); } }).transform(new Response(new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252">'), ...latin]), { headers: { "content-type": "text/html" } })));
    out.metaOnlyText = tx.splice(0);
    out.ctWin = await bytesOf(new HTMLRewriter().on("p", { text(t) { tx.push(t.text); }, element(e) { e.append("\\u00e9\\u20ac"); } }).transform(new Response(latin, { headers: { "content-type": "text/html; charset=windows-1252" } })));
    out.ctWinText = tx.splice(0);
    out.ctQuoted = await t(async () => bytesOf(new HTMLRewriter().on("p", { text(t) { tx.push(t.text); } }).transform(new Response(latin, { headers: { "content-type": 'text/html; charset="iso-8859-1"' } }))));
    out.ctQuotedText = tx.splice(0);
    out.ctUtf16 = await t(async () => bytesOf(new HTMLRewriter().on("p", { text(t) { tx.push(t.text); } }).transform(new Response(latin, { headers: { "content-type": "text/html; charset=utf-16le" } }))));
    out.ctSjis = await t(async () => bytesOf(new HTMLRewriter().on("p", { text(t) { tx.push(t.text); } }).transform(new Response(new Uint8Array([0x3c, 0x70, 0x3e, 0x82, 0xa0, 0x3c, 0x2f, 0x70, 0x3e]), { headers: { "content-type": "text/html; charset=shift_jis" } }))));
    out.ctSjisText = tx.splice(0);
    out.ctUpper = await t(async () => bytesOf(new HTMLRewriter().on("p", { text(t) { tx.push(t.text); } }).transform(new Response(latin, { headers: { "content-type": "TEXT/HTML; CHARSET=LATIN1" } }))));
    out.ctUpperText = tx.splice(0);
    out.badUtf8 = await t(async () => bytesOf(new HTMLRewriter().on("p", { text(t) { tx.push(t.text); }, element(e) { e.setAttribute("a", "1"); } }).transform(new Response(latin, { headers: { "content-type": "text/html" } }))));
    out.badUtf8Text = tx.splice(0);
    out.bom = await t(async () => bytesOf(new HTMLRewriter().on("p", { element(e) { e.setAttribute("a", "1"); } }).transform(new Response(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x70, 0x3e, 0x3c, 0x2f, 0x70, 0x3e])))));
    out.empty = await t(async () => { const r = new HTMLRewriter().onDocument({ end(e) { e.append("E"); } }).transform(new Response("")); return [r.status, await r.text()]; });
    out.nullBody = await t(async () => { const r = new HTMLRewriter().onDocument({ end(e) { e.append("E"); } }).transform(new Response(null)); return [r.status, r.body === null, await r.text()]; });
    out.chained = await t(async () => { const a = new HTMLRewriter().on("p", { element(e) { e.setAttribute("a", "1"); e.append("<i>in</i>", { html: true }); } }).transform(new Response("<p>x</p>")); const b = new HTMLRewriter().on("i", { element(e) { e.setAttribute("b", "2"); } }).transform(a); return b.text(); });
    out.bufferBody = await t(() => new HTMLRewriter().on("p", { element(e) { e.setAttribute("z", "1"); } }).transform(new Response(new TextEncoder().encode("<p>x</p>").buffer)).text());
    out.blobBody = await t(() => new HTMLRewriter().on("p", { element(e) { e.setAttribute("z", "1"); } }).transform(new Response(new Blob(["<p>", "x</p>"]))).text());
    out.fetchedLike = await t(async () => { const r = new HTMLRewriter().transform(new Response("<p>x</p>", { status: 404, headers: { "content-type": "text/html", etag: '"e"' } })); return [r.status, r.headers.get("etag"), r.ok, r.redirected, r.url, r.bodyUsed]; });
    out.bodyReaders = await t(async () => { const r = new HTMLRewriter().on("p", { element(e) { e.setAttribute("z", "1"); } }).transform(new Response("<p>x</p>")); const reader = r.body.getReader(); const parts = []; for (;;) { const { done, value } = await reader.read(); if (done) break; parts.push(Object.prototype.toString.call(value), new TextDecoder().decode(value)); } return parts; });`),

  hrCase("htmlwasm-errors-midstream", "what the body stream does when a handler throws after output, reading with a reader, errors after document end, content method argument validation", `
    out.partial = await t(async () => { const r = new HTMLRewriter().on("p", { element(e) { if (e.getAttribute("id") === "3") throw new RangeError("third"); } }).transform(new Response("<p id=1>a</p>".repeat(2) + "<p id=3>c</p>")); const reader = r.body.getReader(); const got = []; try { for (;;) { const { done, value } = await reader.read(); if (done) break; got.push(new TextDecoder().decode(value)); } } catch (e) { got.push("ERR " + e.name + ": " + e.message); } return got; });
    out.partialChunks = await t(async () => { const r = new HTMLRewriter().on("p", { element(e) { e.setAttribute("k", "v"); } }).onDocument({ comments(c) { c.remove(); } }).transform(new Response("a<p>b</p>c<!--x-->d<p>e</p>f")); const reader = r.body.getReader(); const got = []; for (;;) { const { done, value } = await reader.read(); if (done) break; got.push(new TextDecoder().decode(value)); } return got; });
    out.partialAsync = await t(async () => { const r = new HTMLRewriter().on("p", { async element(e) { await null; if (e.getAttribute("id") === "2") throw new Error("second"); } }).transform(new Response("<p id=1>a</p><p id=2>b</p>")); const reader = r.body.getReader(); const got = []; try { for (;;) { const { done, value } = await reader.read(); if (done) break; got.push(new TextDecoder().decode(value)); } } catch (e) { got.push("ERR " + e.message); } return got; });
    out.partialText = await t(async () => { const r = new HTMLRewriter().on("p", { text(t) { if (t.text === "b") throw new Error("text b"); } }).transform(new Response("<p>a</p><i>x</i><p>b</p>")); const reader = r.body.getReader(); const got = []; try { for (;;) { const { done, value } = await reader.read(); if (done) break; got.push(new TextDecoder().decode(value)); } } catch (e) { got.push("ERR " + e.message); } return got; });
    out.bigPartial = await t(async () => { const html = "<p>x</p>".repeat(20000) + "<b>boom</b>"; const r = new HTMLRewriter().on("b", { element() { throw new Error("boom"); } }).transform(new Response(html)); const reader = r.body.getReader(); let bytes = 0; let err = null; try { for (;;) { const { done, value } = await reader.read(); if (done) break; bytes += value.length; } } catch (e) { err = e.name + ": " + e.message; } return { some: bytes > 0, err }; });
    out.htmlOptionTypes = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.append("<i>", { html: 1 }); e.append("<b>", { html: "yes" }); e.append("<u>", null); e.append("<s>", { html: 0 }); } }));
    out.optsNotObject = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.append("<i>", 5); } }));
    out.contentNonString = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.append(5); e.prepend(null); e.before(undefined); e.after({ toString() { return "T"; } }); } }));
    out.contentBuffer = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.append(new TextEncoder().encode("<b>")); } }));
    out.contentStream = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.append(new Response("<s>").body, { html: true }); } }));
    out.removeThenMutate = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.remove(); e.append("a"); e.setAttribute("q", "1"); out.rtm = [e.removed, e.getAttribute("q")]; } }));
    out.replaceTwice = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.replace("1"); e.replace("2"); } }));
    out.setInnerVoid = await rwe('<br><img>', (r) => r.on("br", { element(e) { e.setInnerContent("x"); } }).on("img", { element(e) { e.append("y"); e.prepend("z"); } }));
    out.removeAndKeepVoid = await rwe('<p><br>x</p>', (r) => r.on("br", { element(e) { e.removeAndKeepContent(); } }));
    out.endTagMutations = await rwe('<p>x</p><div>y</div>', (r) => r.on("p", { element(e) { e.onEndTag((t) => { t.before("<b>", { html: true }); t.after("&"); t.name = "section"; out.endName = t.name; }); } }).on("div", { element(e) { e.onEndTag((t) => { t.remove(); }); } }));
    out.endTagReplaceOnEnd = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.onEndTag(() => {}); e.onEndTag((t) => { t.after("2"); }); } }));
    out.endTagOfRemoved = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.remove(); try { e.onEndTag((t) => { t.after("!"); }); out.eor = "ok"; } catch (err) { out.eor = err.name + ": " + err.message; } } }));
    out.onEndTagArg = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.onEndTag(5); } }));`),
];

export const round2 = [
  hrCase("htmlwasm-lexing-edges", "odd comments, doctypes, CDATA, newlines, NUL, custom and prefixed tag names, svg camelCase names, inserted html not parsed", `
    const cs = [];
    out.comments = await rw('<!--><!---><!-- a --!><!-- b -- ><p>q</p>--><!--c-', (r) => r.onDocument({ comments(c) { cs.push(c.text); } }));
    out.cs = cs;
    const eof = [];
    for (const d of ['<!--a--', '<!--a--!', '<!---', '<!--a---', '<!--a-b-', '<!--', '<!-', '<!', '<', '<p', '<p id="x', '</p', '<!doctype html', '<?x', '<!--a--!-'])
      eof.push(await rw('z' + d, (r) => r.onDocument({ comments(c) { eof.push("C:" + c.text); }, text(t) { if (t.text) eof.push("T:" + t.text); }, doctype(dt) { eof.push("D:" + dt.name); } })));
    out.eof = eof;
    const dts = [];
    for (const d of ['<!DOCTYPE html SYSTEM>', '<!doctypehtml>', '<!DOCTYPE >', '<!DOCTYPE html PUBLIC>', '<!DOCTYPE html PUBLIC "a" \\'b\\'>', '<!DOCTYPE HTML PUBLIC "x"', '<!DOCTYPE svg:svg>'])
      { const h = await rw(d + '<p>', (r) => r.onDocument({ doctype(dt) { dts.push([dt.name, dt.publicId, dt.systemId]); } })); dts.push(h); }
    out.dts = dts;
    const cd = [];
    out.cdata = await rw('<svg><![CDATA[x<y]]><text>t</text></svg><![CDATA[z]]>', (r) => r.onDocument({ text(t) { cd.push(t.text); }, comments(c) { cd.push("C:" + c.text); } }));
    out.cd = cd;
    const nl = [];
    out.newlines = await rw('<p>a\\r\\nb\\rc\\u0000d</p>', (r) => r.on("p", { text(t) { nl.push(t.text); } }));
    out.nl = nl;
    const names = [];
    out.names = await rw('<x-y id=1></x-y><a:b id=2></a:b><svg><clipPath id=3></clipPath><foreignObject id=4><p id=5></p></foreignObject></svg><math><mi id=6></mi></math><DIV id=7></DIV>', (r) => r.on("*", { element(e) { names.push([e.getAttribute("id"), e.tagName, e.namespaceURI, e.selfClosing, e.canHaveContent]); } }));
    out.nameList = names;
    const sels = {};
    for (const s of ["x-y", "clippath", "clipPath", "foreignobject", "svg p", "div", "DIV", "a:b"]) {
      try { const hit = []; await rw('<x-y id=1></x-y><svg><clipPath id=3></clipPath><foreignObject id=4><p id=5></p></foreignObject></svg><DIV id=7></DIV>', (r) => r.on(s, { element(e) { hit.push(e.getAttribute("id")); } })); sels[s] = hit; } catch (e) { sels[s] = e.message; }
    }
    out.sels = sels;
    const ins = [];
    out.inserted = await rw('<div><p>orig</p></div>', (r) => r.on("div", { element(e) { e.prepend("<p>new</p>", { html: true }); e.append("<!--c-->", { html: true }); } }).on("p", { element(e) { ins.push("p"); e.setAttribute("seen", ""); } }).onDocument({ comments(c) { ins.push("comment " + c.text); } }));
    out.ins = ins;
    const tn = [];
    out.tagRename = await rw('<p>a<b>x</b></p><div>y</div>', (r) => r.on("p", { element(e) { e.tagName = "section"; e.onEndTag((t) => { tn.push(t.name); }); } }).on("div", { element(e) { e.onEndTag((t) => { tn.push(t.name); t.name = "SPAN"; }); } }));
    out.tn = tn;
    out.keepContentEnd = await rw('<p id=1>a<b>x</b></p>', (r) => r.on("p", { element(e) { e.removeAndKeepContent(); e.onEndTag((t) => { t.after("!"); t.before("?"); }); } }));
    out.replaceEnd = await rwe('<p>a</p>', (r) => r.on("p", { element(e) { e.replace("R"); e.onEndTag((t) => { t.after("!"); }); } }));
    out.innerEnd = await rw('<p>a<i>b</i></p>', (r) => r.on("p", { element(e) { e.setInnerContent("N"); e.onEndTag((t) => { t.before("<", { html: true }); }); } }).on("i", { element(e) { e.setAttribute("never", ""); } }));`),

  hrCase("htmlwasm-nesting-and-stacks", "selector matching with deep nesting, first-child and nth-of-type after removed elements, unclosed formatting elements, tables, self-closing html elements", `
    const m = async (html, sel) => { try { const seen = []; const h = await rw(html, (r) => r.on(sel, { element(e) { seen.push(e.getAttribute("id")); } })); return seen; } catch (e) { return e.message; } };
    out.deep = await m("<div>".repeat(50) + "<p id=deep></p>" + "</div>".repeat(50), "div > div > div p");
    out.selfClosingDiv = await m('<div id=1/><p id=2></p></div>', "div > p");
    out.selfClosingVoid = await m('<br/><p id=1></p>', "br + p");
    out.firstChildRemoved = await (async () => { const seen = []; await rw('<ul><li id=1>a</li><li id=2>b</li></ul>', (r) => r.on("li:first-child", { element(e) { seen.push(e.getAttribute("id")); } }).on("li", { element(e) { if (e.getAttribute("id") === "1") e.remove(); } })); return seen; })();
    out.nthType = await m('<div><p id=1></p><span id=2></span><P id=3></P><p id=4></p></div>', "p:nth-of-type(2)");
    out.nthTypeFirst = await m('<div><span id=0></span><p id=1></p><p id=2></p></div>', "p:first-of-type");
    out.unclosedP = await m('<div><p id=1>a<p id=2>b</div><p id=3>c', "div > p");
    out.unclosedLi = await m('<ol><li id=1><ul><li id=2>x</ul><li id=3></ol>', "ol > li");
    out.tbody = await m('<table><tr id=1><td>x</td></tr></table>', "table > tr");
    out.tbodyExplicit = await m('<table><tbody><tr id=1><td>x</td></tr></tbody></table>', "tbody > tr");
    out.headBody = await m('<html><head><title id=1>t</title></head><body><p id=2></p></body></html>', "html > body > p");
    out.implicitHtml = await m('<title id=1>t</title><p id=2></p>', "html p");
    out.formattingAcross = await m('<p id=1><b id=2>x</p><p id=3>y</b></p>', "b");
    out.anchorNested = await m('<a id=1>x<a id=2>y</a></a>', "a a");
    out.buttonP = await m('<button id=1><p id=2>x</button><p id=3>', "button p");
    out.headingNest = await m('<h1 id=1>a<h2 id=2>b</h2></h1>', "h1 h2");
    out.selectNest = await m('<select id=1><option id=2><select id=3></select>', "select select");
    out.voidChildren = await m('<img id=1><span id=2></span>', "img span");
    out.nestedForms = await m('<form id=1><form id=2></form></form>', "form form");
    out.endTagsOrder = await (async () => { const ends = []; await rw('<div id=a><p id=b>x<span id=c>y</div>z', (r) => r.on("*", { element(e) { const id = e.getAttribute("id"); e.onEndTag(() => ends.push(id)); } })); return ends; })();`),
];

export const round3 = [
  hrCase("htmlwasm-response-plumbing", "what transform does to the source response and what the result is: bodyUsed, locks, headers, clones and tees, text ops on the last chunk, attributes iterator reuse", `
    const src = new Response("<p>x</p>", { headers: { "content-type": "text/html", "x-h": "1" } });
    const res = new HTMLRewriter().on("p", { element(e) { e.setAttribute("a", "1"); } }).transform(src);
    out.src = [src.bodyUsed, src.body.locked];
    out.res = [res.bodyUsed, res.body?.locked, res.headers === src.headers, res.headers.get("x-h"), Object.prototype.toString.call(res.body)];
    src.headers.set("x-h", "2");
    out.headerCopy = res.headers.get("x-h");
    out.text = await res.text();
    out.srcAfter = [src.bodyUsed, src.body.locked];
    out.srcRead = await t(() => src.text());
    out.cloneSource = await t(async () => { const a = new Response("<p>x</p>"); const b = a.clone(); const r1 = await new HTMLRewriter().on("p", { element(e) { e.setAttribute("c", "1"); } }).transform(a).text(); return [r1, await b.text()]; });
    out.cloneResult = await t(async () => { const r = new HTMLRewriter().on("p", { element(e) { e.setAttribute("d", "1"); } }).transform(new Response("<p>x</p>")); const c = r.clone(); return [await r.text(), await c.text()]; });
    out.json = await t(async () => { const r = new HTMLRewriter().on("b", { element(e) { e.remove(); } }).transform(Response.json({ a: "<b>x</b>y" })); return [r.headers.get("content-type"), await r.text()]; });
    out.redirect = await t(async () => { const r = new HTMLRewriter().transform(Response.redirect("http://x/", 302)); return [r.status, r.headers.get("location"), await r.text()]; });
    out.lastChunkOps = await rw('<p>ab</p><i>cd</i>', (r) => r.on("p", { text(t) { if (t.lastInTextNode) { t.before("[B]"); t.after("[A]"); t.replace("[R]"); } } }).on("i", { text(t) { if (t.lastInTextNode) t.remove(); } }));
    out.textAfterRemove = await rwe('<p>ab</p>', (r) => r.on("p", { text(t) { if (t.text) { t.remove(); t.after("!"); t.before("?"); out.tr = [t.removed, t.text]; } } }));
    out.attrIter = await rw('<p a=1 b=2>x</p>', (r) => r.on("p", { element(e) { const it = e.attributes; const first = it.next(); out.iter = [first, [...it], [...it], typeof it[Symbol.iterator], it[Symbol.iterator]() === it, [...e.attributes].length]; } }));
    out.attrLive = await rw('<p a=1 b=2>x</p>', (r) => r.on("p", { element(e) { const it = e.attributes; const first = it.next().value; e.setAttribute("c", "3"); try { out.live = [first, [...it]]; } catch (err) { out.live = [first, err.name, err.message]; } const it2 = e.attributes; e.removeAttribute("a"); try { out.live2 = [...it2]; } catch (err) { out.live2 = [err.name, err.message]; } const it3 = e.attributes; e.setAttribute("b", "9"); try { out.live3 = [...it3]; } catch (err) { out.live3 = [err.name, err.message]; } } }));
    out.asyncText = await rw('<p>one two</p>', (r) => r.on("p", { async text(t) { if (t.text) { await new Promise((res) => setTimeout(res, 2)); t.replace(t.text.toUpperCase()); } } }));
    out.asyncComment = await rw('<!--a--><p>x</p>', (r) => r.onDocument({ async comments(c) { await null; c.text = "b"; } }));
    out.asyncDoctype = await rw('<!doctype html><p>', (r) => r.onDocument({ async doctype(d) { await null; out.dtName = d.name; } }));
    out.handlerAfterAwaitOrder = await (async () => { const log = []; await rw('<a>1</a><b>2</b>', (r) => r.on("a", { async element() { log.push("a-start"); await new Promise((res) => setTimeout(res, 3)); log.push("a-end"); } }).on("b", { element() { log.push("b"); } })); return log; })();`),
];

round3.push({
  name: "htmlwasm-returned-responses", area: "html-rewriter",
  description: "a transformed response returned from the fetch handler: headers, status, streamed body, a handler that throws before or after output, async handlers, a transformed subrequest to a service binding",
  options: modWorker(`
    const page = "<html><head><title>T</title></head><body>" + "<p>x</p>".repeat(50) + "</body></html>";
    const base = () => new Response(page, { status: 203, headers: { "content-type": "text/html;charset=UTF-8", "x-a": "1", "content-length": String(page.length) } });
    const p = url.pathname;
    if (p === "/ok") return new HTMLRewriter().on("title", { text(t) { if (t.text) t.replace("NEW"); } }).on("head", { element(e) { e.append("<script>1</script>", { html: true }); } }).transform(base());
    if (p === "/async") return new HTMLRewriter().on("p", { async element(e) { await new Promise((r) => setTimeout(r, 0)); e.setAttribute("i", "1"); } }).transform(base());
    if (p === "/throw-first") return new HTMLRewriter().on("html", { element() { throw new Error("first"); } }).transform(base());
    if (p === "/throw-end") return new HTMLRewriter().onDocument({ end() { throw new Error("at end"); } }).transform(base());
    if (p === "/headers") { const r = new HTMLRewriter().transform(base()); return new Response(JSON.stringify({ s: r.status, st: r.statusText, h: [...r.headers] }), { headers: { "content-type": "application/json" } }); }
    if (p === "/empty") return new HTMLRewriter().onDocument({ end(e) { e.append("<i>end</i>", { html: true }); } }).transform(new Response("", { headers: { "content-type": "text/html" } }));
    if (p === "/head") return new HTMLRewriter().on("p", { element(e) { e.remove(); } }).transform(new Response(null, { status: 204 }));
    return new Response("?");
  `),
  steps: [get("/ok"), get("/async"), get("/throw-first"), get("/headers"), get("/empty"), get("/head")],
});
export default [...round1, ...round2, ...round3];
