// nodewasm23: node/wasm/html-rewriter/formats probes (session 23). Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs nodewasm23
import { CD, PRELUDE, get, req } from "./_h.mjs";
const HELPERS = `
const js = (v, d = 0) => {
  if (v === undefined) return "undefined";
  if (typeof v === "bigint") return "big:" + v;
  if (typeof v === "number" && !Number.isFinite(v)) return "num:" + v;
  if (typeof v === "number" && Object.is(v, -0)) return "num:-0";
  if (typeof v === "symbol") return "sym:" + v.description;
  if (typeof v === "function") return "fn:" + v.name;
  if (v instanceof ArrayBuffer) return "ab:" + hex(v);
  if (ArrayBuffer.isView(v)) return (v?.constructor?.name ?? "view") + ":" + hex(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  if (Array.isArray(v)) return d > 4 ? "deep" : v.map((x) => js(x, d + 1));
  if (v && typeof v === "object" && d < 4 && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) { const o = {}; for (const k of Object.keys(v)) o[k] = js(v[k], d + 1); return o; }
  if (v && typeof v === "object") return "obj:" + (v.constructor?.name ?? "null");
  return v;
};
const c = (f) => { try { return { ok: js(f()) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };
const a = async (f) => { try { return { ok: js(await Promise.race([f(), new Promise((_, rej) => setTimeout(() => rej(new Error("TIMEOUT")), 300))])) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };
const rw = async (html, build, init) => { try { const r = build(new HTMLRewriter()).transform(new Response(html, init)); return await r.text(); } catch (e) { return ["ERR", e?.name, e?.message]; } };
`;
const mkCase = (area) => (name, description, imports, body, { date = CD, flags = area === "node" ? ["nodejs_compat"] : [], steps = [get("/")] } = {}) => ({
  name, area, description,
  options: {
    modules: true, compatibilityDate: date, compatibilityFlags: flags,
    script: `${imports}
${PRELUDE}
${HELPERS}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };`,
  },
  steps,
});
const nodeCase = mkCase("node"), htmlCase = mkCase("html-rewriter"), wasmCase = mkCase("wasm");

const first = [
  htmlCase("nodewasm23-html-selectors-a", "HTMLRewriter selectors: attribute operators and flags, nth forms, :not, combinators, escapes, case, unsupported forms' errors", ``, `
  const doc = '<div id="d" class="c1 c2" lang="en-US"><p data-x="abc">1</p><p data-x="A B" class="q">2</p><span data-x="w x">3</span><p>4</p><section><p data-y>5</p></section><P CLASS="Up">6</P></div><ul><li>a</li><li>b</li><li>c</li><li>d</li></ul>';
  const sels = ["p:first-child", "p:nth-child(odd)", "li:nth-child(2n+1)", "li:nth-child(-n+2)", "li:nth-child(3)", "li:nth-of-type(even)", "p:first-of-type", "p:nth-of-type(2)", ":not(p)", "p:not([data-x])", "div > p", "div p", "[data-x]", "[data-x=abc]", "[data-x='a b' i]", "[data-x=ABC i]", "[data-x=ABC s]", "[data-x^=a]", "[data-x$=c]", "[data-x*=b]", "[data-x~=x]", "[lang|=en]", "#d", ".c1.c2", ".C1", "*", "P", "p.up", "[CLASS]", "\\\\31 23", "#d>span", "section   p", "li:nth-child( 2n + 1 )", "li:NTH-CHILD(2)", ":first-child", "p:only-child", "li:last-child", "li:nth-last-child(1)", "li:only-of-type", "p + p", "p ~ p", "p::before", "p:hover", "", "p,", "p, span", "a[href", "svg|rect", "[data-x=]", "[0x]", ".1a", "p:nth-child(n+)", "p:nth-child(n-)", "p:nth-child(2n+)", "p:nth-child(+)", "p:nth-child(-)", "p:nth-child(n + )", "p:nth-child(-n-)", "p:nth-child(+ n)", "p:nth-child(2n+ 1)", "p:nth-child(2n +1)", "p:nth-child(n- 1)", "p:nth-child(n -1)", "p:nth-child(n-1)", "p:nth-child(+n)", "p:nth-child(- n)", "p:nth-child(n 1)", "p:nth-child(1 2)", "p:nth-child(2n+1 of p)", "p:nth-child()", "p:nth-child(", "p:nth-child(1.5)", "p:nth-child(+5)", "p:not(div p)", "p:empty", "p:root"];
  out.sel = [];
  for (const s of sels) out.sel.push([s, await rw(doc, (h) => h.on(s, { element(e) { e.setAttribute("m", "1"); } }))]);
`),
  htmlCase("nodewasm23-html-element-api-b", "HTMLRewriter element API: attribute names and values with odd characters, setAttribute errors, tagName setter, namespaceURI, selfClosing/canHaveContent, removeAndKeepContent, onEndTag errors, mutations on removed elements", ``, `
  const tok = async (html, sel, f) => rw(html, (h) => h.on(sel, { element(e) { f(e); } }));
  const log = [];
  out.attrs = await rw('<a HREF="x" data-Q=\\'y\\' plain empty="" dup=1 dup=2>t</a>', (h) => h.on("a", { element(e) { log.push([...e.attributes], e.getAttribute("href"), e.getAttribute("HREF"), e.hasAttribute("Data-q"), e.getAttribute("dup"), e.getAttribute("plain"), e.getAttribute("missing")); } }));
  out.attrLog = log;
  out.setBad = [];
  for (const n of ["a b", "a=b", "a\\"b", "", "a>b", "a/b", "a'b", "ünï", "A-B", "x:y", "1a"]) out.setBad.push([n, await tok("<i>x</i>", "i", (e) => e.setAttribute(n, "v"))]);
  out.setValues = await tok("<i>x</i>", "i", (e) => { e.setAttribute("a", 'q"uo\\'te<>&amp;'); e.setAttribute("b", ""); e.setAttribute("c", "  sp  "); e.setAttribute("d", "\\u00e9\\n"); });
  out.tagName = [];
  for (const n of ["DIV", "my-el", "a b", "", "svg", "1x", "x>y"]) out.tagName.push([n, await tok("<i class=k>x</i><br>", "i", (e) => { e.tagName = n; })]);
  const info = [];
  await rw('<div/><br/><br><img src=a><svg><rect/><circle></circle></svg><math><mi/></math><template>t</template><p>x', (h) => h.on("*", { element(e) { info.push([e.tagName, e.selfClosing, e.canHaveContent, e.namespaceURI, e.removed]); } }));
  out.info = info;
  out.rakc = await tok("<div><b>1</b><i>2</i>3</div><p>4</p>", "div", (e) => e.removeAndKeepContent());
  out.rakcThen = await tok("<div><b>1</b></div>", "div", (e) => { e.removeAndKeepContent(); e.prepend("<pre>"); e.append("<post>", { html: true }); e.before("B"); e.after("A"); });
  out.removedThenMut = await tok("<div><b>1</b></div>", "div", (e) => { e.remove(); e.setInnerContent("x"); e.setAttribute("q", "1"); e.append("z"); e.after("after"); });
  out.voidEnd = await tok("<br><img>", "br, img", (e) => e.onEndTag((t) => t.after("!")));
  out.voidContent = await tok("<br><img src=a>x", "br", (e) => { e.append("in"); e.prepend("pre"); e.setInnerContent("inner"); });
  out.endTagApi = await tok("<div>x</div>", "div", (e) => e.onEndTag((t) => { t.before("<b>1</b>", { html: true }); t.after("&", { html: false }); t.name = "section"; }));
  out.endTagRemove = await tok("<div>x</div><p>y</p>", "div", (e) => e.onEndTag((t) => t.remove()));
  out.endTagTwice = await tok("<div>x</div>", "div", (e) => { e.onEndTag((t) => t.after("1")); e.onEndTag((t) => t.after("2")); });
  out.endTagBad = await tok("<div>x</div>", "div", (e) => e.onEndTag("nope"));
  out.noEndTag = await tok("<p>x<p>y", "p", (e) => e.onEndTag((t) => t.after("|" + t.name)));
  out.replaceHtml = await tok("<div>x</div><i>k</i>", "div", (e) => e.replace("<span>&amp;</span>", { html: true }));
  out.replaceText = await tok("<div>x</div>", "div", (e) => e.replace("<span>&amp;</span>"));
  out.contentTypes = await tok("<div>x</div>", "div", (e) => { e.before(123); e.after(null); e.append(undefined); });
  out.contentOpts = await tok("<div>x</div>", "div", (e) => { e.before("<b>", { html: "yes" }); e.after("<i>", {}); e.append("<u>", null); });
  out.setInnerTwice = await tok("<div>x<b>y</b></div>", "div", (e) => { e.setInnerContent("1"); e.setInnerContent("<2>", { html: true }); e.append("3"); });
`),
  htmlCase("nodewasm23-html-text-comment-doctype-c", "HTMLRewriter text/comment/doctype/document handlers: text chunk flags, replace/remove of text, comment text setter, doctype fields for odd doctypes, document end append", ``, `
  const texts = [];
  out.text = await rw("<p>Hello &amp; <b>bye</b> &lt;x&gt;</p><script>if (a<b) x()</script><style>p{}</style><textarea>&lt;t</textarea><title>A &amp; B</title>", (h) => h.on("*", { text(t) { texts.push([t.text, t.lastInTextNode, t.removed]); } }));
  out.texts = texts;
  out.textReplace = await rw("<p>ab<i>cd</i>ef</p>", (h) => h.on("p", { text(t) { if (t.text) t.replace("[" + t.text + "]"); } }));
  out.textRemoveLast = await rw("<p>ab<i>cd</i></p>", (h) => h.on("i", { text(t) { t.remove(); t.before("<x>", { html: true }); t.after("&"); } }));
  const coms = [];
  out.comments = await rw("<!-- a --><p><!--b--></p><!----><!-- -- --><!--x-", (h) => h.on("*", { comments(c) { coms.push([c.text, c.removed]); if (c.text === "b") c.text = "B--"; } }).onDocument({ comments(c) { coms.push(["doc", c.text]); } }));
  out.coms = coms;
  out.commentBad = await rw("<!--a-->", (h) => h.onDocument({ comments(c) { c.replace("<b>", { html: true }); c.after("-->"); c.before("<!--"); } }));
  const dts = [];
  for (const d of ["<!DOCTYPE html>", "<!doctype HTML PUBLIC \\"-//W3C//DTD HTML 4.01//EN\\" \\"http://www.w3.org/TR/html4/strict.dtd\\">", "<!DOCTYPE html SYSTEM \\"about:legacy-compat\\">", "<!DOCTYPE>", "<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN'>", "<!DOCTYPE html><!DOCTYPE second>"]) { const one = []; await rw(d + "<p>x</p>", (h) => h.onDocument({ doctype(t) { one.push([t.name, t.publicId, t.systemId, t.removed ?? "u"]); } })); dts.push(one); }
  out.doctypes = dts;
  out.doctypeRemove = await rw("<!DOCTYPE html><p>x</p>", (h) => h.onDocument({ doctype(t) { if (t.remove) t.remove(); } }));
  out.docEnd = await rw("<p>x</p>", (h) => h.onDocument({ end(e) { e.append("<!--end-->", { html: true }); e.append("<&>"); } }));
  out.docEndEmpty = await rw("", (h) => h.onDocument({ end(e) { e.append("only"); } }));
  out.docText = [];
  await rw("a<p>b</p>c", (h) => h.onDocument({ text(t) { out.docText.push([t.text, t.lastInTextNode]); } }));
  out.order = [];
  await rw("<p>x</p>", (h) => h.onDocument({ element(e) { out.order.push("doc-el"); } }).on("p", { element(e) { out.order.push("p-el"); }, text(t) { out.order.push("p-text:" + t.text); } }).onDocument({ text(t) { out.order.push("doc-text:" + t.text); }, end() { out.order.push("end"); } }));
`),
  htmlCase("nodewasm23-html-async-errors-d", "HTMLRewriter async handlers, handler objects with this, thrown errors and rejected promises, argument validation, transform inputs", ``, `
  out.asyncEl = await rw("<p>1</p><p>2</p>", (h) => h.on("p", { async element(e) { await scheduler.wait(1); e.setAttribute("a", "1"); } }));
  out.asyncText = await rw("<p>ab</p>", (h) => h.on("p", { async text(t) { await null; if (t.text) t.replace(t.text.toUpperCase()); } }));
  out.throwSync = await rw("<p>1</p>", (h) => h.on("p", { element() { throw new TypeError("sync-boom"); } }));
  out.rejectAsync = await rw("<p>1</p>", (h) => h.on("p", { async element() { await null; throw new RangeError("async-boom"); } }));
  out.throwString = await rw("<p>1</p>", (h) => h.on("p", { element() { throw "str"; } }));
  out.throwEnd = await rw("<p>1</p>", (h) => h.onDocument({ end() { throw new Error("end-boom"); } }));
  out.throwEndTag = await rw("<p>1</p>", (h) => h.on("p", { element(e) { e.onEndTag(() => { throw new Error("endtag-boom"); }); } }));
  class H { constructor() { this.n = 0; } element(e) { this.n++; e.setAttribute("n", String(this.n)); } }
  out.classHandler = await rw("<p>1</p><p>2</p>", (h) => h.on("p", new H()));
  out.onBad = [c(() => new HTMLRewriter().on("p", null)), c(() => new HTMLRewriter().on("p", 5)), c(() => new HTMLRewriter().on("p", { element: 5 })), c(() => new HTMLRewriter().on(5, {})), c(() => new HTMLRewriter().on()), c(() => new HTMLRewriter().onDocument(null)), c(() => new HTMLRewriter().onDocument({ doctype: "x" }))];
  out.transformBad = [c(() => new HTMLRewriter().transform("x")), c(() => new HTMLRewriter().transform(null)), c(() => new HTMLRewriter().transform(new Request("http://x")))];
  out.chained = c(() => { const h = new HTMLRewriter(); return [h.on("p", {}) === h, h.onDocument({}) === h]; });
  const r0 = new Response("<p>x</p>", { status: 201, statusText: "Made", headers: { "content-type": "text/html", "x-a": "1", "content-length": "8" } });
  const t0 = new HTMLRewriter().on("p", { element(e) { e.append("yy"); } }).transform(r0);
  out.resp = [t0.status, t0.statusText, [...t0.headers], r0.bodyUsed, await t0.text()];
  out.nullBody = await a(async () => { const r = new HTMLRewriter().on("p", { element() {} }).transform(new Response(null, { status: 204 })); return [r.status, r.body === null, await r.text()]; });
  out.twice = await a(async () => { const h = new HTMLRewriter().on("p", { element(e) { e.setAttribute("t", "1"); } }); const x = await h.transform(new Response("<p>1</p>")).text(); const y = await h.transform(new Response("<p>2</p>")).text(); return [x, y]; });
  out.stream = await a(async () => { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); const enc = new TextEncoder(); w.write(enc.encode("<p>a")); w.write(enc.encode("b</p><i>")); w.write(enc.encode("c</i>")); w.close(); return await new HTMLRewriter().on("i", { element(e) { e.tagName = "em"; } }).transform(new Response(readable)).text(); });
  out.badChunk = await a(async () => { const rs = new ReadableStream({ start(c) { c.enqueue("string chunk"); c.close(); } }); return await new HTMLRewriter().transform(new Response(rs)).text(); });
  out.thisInHandler = await a(async () => { const seen = []; const obj = { element(e) { seen.push(this === obj); } }; await new HTMLRewriter().on("p", obj).transform(new Response("<p>x</p>")).text(); return seen; });
`),
];
const second = [
  nodeCase("nodewasm23-node-buffer-e", "node:buffer less common members: read/write range errors, indexOf forms, fill, compare ranges, swap, toJSON, inspect, transcode, kMaxLength, Blob/File from buffer", `import { Buffer, constants, kMaxLength, transcode, isUtf8, isAscii, Blob, File, btoa, atob } from "node:buffer"; import util from "node:util";`, `
  const b = Buffer.from("0102030405060708", "hex");
  out.readErr = [c(() => b.readUInt32LE(5)), c(() => b.readInt8(-1)), c(() => b.readUInt16BE(1.5)), c(() => b.readBigInt64LE(1)), c(() => b.readUIntLE(0, 7)), c(() => b.readIntBE(0, 0)), c(() => b.readDoubleBE("0")), c(() => b.readUInt8(8))];
  out.writeErr = [c(() => Buffer.alloc(2).writeUInt8(256)), c(() => Buffer.alloc(2).writeInt8(-129)), c(() => Buffer.alloc(2).writeUInt16LE(70000)), c(() => Buffer.alloc(4).writeInt32BE(2 ** 31)), c(() => Buffer.alloc(8).writeBigUInt64LE(-1n)), c(() => Buffer.alloc(8).writeBigInt64LE(1)), c(() => Buffer.alloc(2).writeUInt16LE(1, 1)), c(() => Buffer.alloc(4).writeUIntBE(1, 0, 7))];
  out.indexOf = [b.indexOf(3), b.indexOf(Buffer.from([4, 5])), b.indexOf("0506", 0, "hex"), b.indexOf(3, -3), b.lastIndexOf(8), b.includes(9), Buffer.from("abcabc").lastIndexOf("bc"), Buffer.from("abcabc").indexOf("", 10), Buffer.from("abc").indexOf("b", "utf8"), c(() => b.indexOf({})), Buffer.from("aXbX").indexOf(88, 2), Buffer.from("abc").indexOf(Buffer.alloc(0))];
  out.fill = [Buffer.alloc(5).fill("ab").toString(), Buffer.alloc(4).fill("6162", "hex").toString(), Buffer.alloc(5).fill(257).toString("hex"), Buffer.alloc(5, "xy", "latin1").toString(), c(() => Buffer.alloc(3).fill("zz", "hex")), Buffer.alloc(4).fill("a", 1, 3).toString("hex"), c(() => Buffer.alloc(3).fill(0, 4)), Buffer.alloc(3).fill("").toString("hex")];
  out.compare = [Buffer.compare(Buffer.from("a"), Buffer.from("b")), Buffer.from("abc").compare(Buffer.from("xbc"), 1, 3, 1, 3), c(() => Buffer.from("a").compare("a")), c(() => Buffer.from("abc").compare(Buffer.from("a"), 0, 5)), Buffer.from("b").equals(new Uint8Array([98])), c(() => Buffer.from("b").equals("b"))];
  out.swap = [Buffer.from("0102", "hex").swap16().toString("hex"), c(() => Buffer.from("010203", "hex").swap16()), Buffer.from("01020304", "hex").swap32().toString("hex"), Buffer.from("0102030405060708", "hex").swap64().toString("hex"), c(() => Buffer.alloc(6).swap64())];
  out.json = [JSON.stringify(Buffer.from("hi")), Buffer.from(Buffer.from("hi").toJSON()).toString(), Buffer.from({ type: "Buffer", data: [104, 105] }).toString()];
  out.inspect = [util.inspect(Buffer.from("hello")), util.inspect(Buffer.alloc(60)), util.inspect(Buffer.alloc(0)), util.inspect(new Uint8Array(3)), String(Buffer.from("x").inspect?.())];
  out.transcode = [c(() => transcode(Buffer.from("h\\u00e9"), "utf8", "latin1").toString("hex")), c(() => transcode(Buffer.from("hi"), "utf8", "utf16le").toString("hex")), c(() => transcode(Buffer.from("\\u20ac"), "utf8", "ascii").toString("hex")), c(() => transcode(Buffer.from("a"), "utf8", "bogus"))];
  out.consts = [kMaxLength === constants.MAX_LENGTH, typeof constants.MAX_STRING_LENGTH, isUtf8(Buffer.from([0xc3])), isAscii(Buffer.from("abc")), c(() => isUtf8("x"))];
  out.blob = await a(async () => { const bl = new Blob([Buffer.from("ab"), "cd", new Uint8Array([101])], { type: "Text/Plain" }); const f = new File(["x"], "n.txt", { lastModified: 5 }); return [bl.size, bl.type, await bl.text(), f.name, f.lastModified, f instanceof Blob, await bl.slice(1, -1).text()]; });
  out.b64 = [btoa("hi"), atob("aGk="), c(() => atob("*")), c(() => btoa("\\u20ac")), Buffer.from("aGk", "base64url").toString(), Buffer.from("-_8", "base64").toString("hex"), Buffer.from("hi").toString("base64url")];
  out.ctor = [c(() => Buffer(3).length), c(() => new Buffer("ab").toString()), c(() => Buffer.from(5)), c(() => Buffer.alloc(-1)), c(() => Buffer.from("x", "nope")), c(() => Buffer.allocUnsafe("3")), Buffer.byteLength("\\u20ac"), Buffer.byteLength("aGk=", "base64"), Buffer.byteLength(new ArrayBuffer(4)), c(() => Buffer.byteLength(5)), Buffer.isEncoding("UTF-8"), Buffer.isEncoding("utf-16le"), Buffer.isEncoding("binary"), Buffer.isEncoding(""), Buffer.concat([Buffer.from("a"), new Uint8Array([98])], 5).toString("hex"), c(() => Buffer.concat([1]))];
  out.subarray = (() => { const p = Buffer.from("abcdef"); const s = p.subarray(1, 3); s[0] = 0x5a; const sl = p.slice(-2); return [p.toString(), s.toString(), sl.toString(), p.subarray(4, 2).length, p.toString("utf8", 2, 4), p.toString(undefined, -1, 2), p.toLocaleString === p.toString]; })();
`),
  nodeCase("nodewasm23-node-events-f", "node:events less common members: listenerCount with listener, prepend/once orders, removeListener during emit, newListener/removeListener events, symbols, errorMonitor, captureRejections, maxListeners warning text, EventTarget interop", `import { EventEmitter, errorMonitor, once, getEventListeners, getMaxListeners, setMaxListeners, listenerCount } from "node:events"; import process from "node:process";`, `
  const e = new EventEmitter(); const log = [];
  const f1 = () => log.push("f1"); const f2 = () => log.push("f2");
  e.on("x", f1); e.prependListener("x", f2); e.once("x", f1); e.prependOnceListener("x", () => log.push("po"));
  out.counts = [e.listenerCount("x"), e.listenerCount("x", f1), listenerCount(e, "x"), e.rawListeners("x").length, e.listeners("x").map((f) => f.name)];
  e.emit("x"); out.order = log.slice(); out.after = e.listenerCount("x");
  const e2 = new EventEmitter(); const l2 = []; const g1 = () => { l2.push("g1"); e2.removeListener("y", g2); }; const g2 = () => l2.push("g2");
  e2.on("y", g1); e2.on("y", g2); e2.emit("y"); e2.emit("y"); out.removeDuring = l2;
  const e3 = new EventEmitter(); const l3 = []; e3.on("newListener", (n, f) => l3.push(["new", typeof n === "symbol" ? n.toString() : n, f.name])); e3.on("removeListener", (n, f) => l3.push(["rm", n, f.name])); const s = Symbol("sy"); function hh() {} e3.on(s, hh); e3.once("z", hh); e3.off("z", hh); e3.removeAllListeners("z"); e3.removeAllListeners(); out.meta = [l3, e3.eventNames().length];
  const e4 = new EventEmitter(); const l4 = []; e4.on(errorMonitor, (er) => l4.push("mon:" + er.message)); e4.on("error", (er) => l4.push("err:" + er.message)); e4.emit("error", new Error("E")); out.monitor = l4;
  out.noErrListener = [c(() => new EventEmitter().emit("error", new Error("plain"))), c(() => new EventEmitter().emit("error")), c(() => new EventEmitter().emit("error", 42)), c(() => new EventEmitter().emit("error", { message: "obj" }))];
  out.emitReturn = [new EventEmitter().emit("none"), (() => { const q = new EventEmitter(); q.on("a", () => {}); return q.emit("a"); })()];
  out.badListener = [c(() => new EventEmitter().on("a", 5)), c(() => new EventEmitter().once("a")), c(() => new EventEmitter().setMaxListeners(-1)), c(() => new EventEmitter().setMaxListeners("2"))];
  out.captureRej = await a(async () => { const q = new EventEmitter({ captureRejections: true }); const got = new Promise((res) => q.on("error", (er) => res(["error", er.message]))); q.on("ev", async () => { throw new Error("rej"); }); q.emit("ev"); return await got; });
  out.captureRejSym = await a(async () => { const q = new EventEmitter({ captureRejections: true }); const got = new Promise((res) => { q[Symbol.for("nodejs.rejection")] = (er, name, ...args) => res([er.message, name, args]); }); q.on("ev", async () => { throw new Error("rj"); }); q.emit("ev", 1, 2); return await got; });
  out.maxGetters = [new EventEmitter().getMaxListeners(), EventEmitter.defaultMaxListeners, c(() => { const et = new EventTarget(); setMaxListeners(3, et); return getMaxListeners(et); }), c(() => { const et = new EventTarget(); et.addEventListener("a", () => {}); et.addEventListener("a", { handleEvent() {} }); return getEventListeners(et, "a").length; })];
  out.onceMulti = await a(async () => { const q = new EventEmitter(); setTimeout(() => q.emit("v", 1, 2, 3), 1); return await once(q, "v"); });
  out.inherit = c(() => { function Old() { EventEmitter.call(this); } Object.setPrototypeOf(Old.prototype, EventEmitter.prototype); const o = new Old(); let got; o.on("a", (v) => got = v); o.emit("a", 7); return [got, o._eventsCount, typeof o._events, o._maxListeners ?? "u"]; });
`),
  nodeCase("nodewasm23-node-util-g", "node:util less common members: format specifiers edge cases, inspect options, isDeepStrictEqual odd pairs, types on boxed and wrapped values, MIMEType, TextDecoder options, aborted, parseEnv", `import util from "node:util";`, `
  out.format = [util.format("%s", Symbol("s")), util.format("%d", "0x10"), util.format("%i", 3.9), util.format("%f", "1.5x"), util.format("%j", { a: 1 }), util.format("%j", (() => { const o = {}; o.o = o; return o; })()), util.format("%s %s", "only"), util.format("%%s", 1), util.format("%c", "css"), util.format("a", "b", 3, {}), util.format(1, 2), util.format("%s", -0), util.format("%d", -0), util.format("%s", 10n), util.format("%d", 10n), util.format("%s", [1, [2, [3, [4]]]]), util.format("%s", { toString() { return "ts"; } }), util.format("%s", new Error("fe")).split("\\n")[0], util.format("%O", { a: { b: { c: { d: 1 } } } }), util.format("%o", [1]), util.format("%x", 1), util.format("%s", null, undefined)];
  out.inspectOpts = [util.inspect({ b: 2, a: 1, c: { z: 1, y: 2 } }, { sorted: true }), util.inspect("x".repeat(5), { maxStringLength: 2 }), util.inspect([1, 2, 3, 4], { maxArrayLength: 2 }), util.inspect({ a: [1, 2] }, { compact: false }), util.inspect(1234567.891, { numericSeparator: true }), util.inspect(123456789n, { numericSeparator: true }), util.inspect({ get g() { return 1; }, set s(v) {} }, { getters: true }), util.inspect(new Map([[1, { a: [1, 2] }]]), { depth: 0 }), util.inspect({ a: 1 }, { colors: true }), util.inspect("str'\\"", {}), util.inspect("it's"), util.inspect(new Set([1, "a"]), { showHidden: true }), util.inspect([, 1, , ]), util.inspect(Object.assign([1], { k: 2 })), util.inspect(-0), util.inspect([new Date(0)]), util.inspect(Symbol.iterator), util.inspect({ [Symbol("k")]: 1 }), util.inspect(function () {}), util.inspect(class A extends Array {}), util.inspect(async function* ag() {}), util.inspect(new (class Foo { constructor() { this.x = 1; } })()), util.inspect(Object.create(null)), util.inspect(new WeakMap()), util.inspect(new ArrayBuffer(3)), util.inspect(/re/gi), util.inspect(new Number(3)), util.inspect(new String("ab")), util.inspect(globalThis.undefinedThing)];
  out.deepEq = [util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual([1, , 3], [1, undefined, 3]), util.isDeepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 1 }])), util.isDeepStrictEqual(new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]])), util.isDeepStrictEqual(new Date(1), new Date(1)), util.isDeepStrictEqual(/a/g, /a/i), util.isDeepStrictEqual(new Number(1), new Number(2)), util.isDeepStrictEqual(Object.create(null), {}), util.isDeepStrictEqual(new Error("a"), new Error("a")), util.isDeepStrictEqual(Buffer.from("a"), new Uint8Array([97])), util.isDeepStrictEqual([1, 2], { 0: 1, 1: 2, length: 2 }), util.isDeepStrictEqual(new Uint8Array([1]), new Uint8Array([1])), util.isDeepStrictEqual({ a: undefined }, {}), util.isDeepStrictEqual(Symbol.for("a"), Symbol.for("a"))];
  out.mime = c(() => { const m = new util.MIMEType('Text/HTML; Charset="utf-8"; q=1'); m.params.set("x", "a b"); return [m.type, m.subtype, m.essence, String(m), [...m.params.keys()], m.params.get("charset"), m.params.has("q"), JSON.stringify(m)]; });
  out.mimeBad = [c(() => new util.MIMEType("nope")), c(() => new util.MIMEType("a/b;c=\\u00ff")), c(() => { const m = new util.MIMEType("a/b"); m.type = "x y"; })];
  out.textDec = [c(() => new util.TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff]))), new util.TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), new util.TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])).length, c(() => new util.TextDecoder("latin1").encoding), c(() => new util.TextDecoder("nope")), util.TextEncoder === TextEncoder];
  out.aborted = await a(async () => { const ac = new AbortController(); const p = util.aborted(ac.signal, {}); ac.abort(); await p; return "resolved"; });
  out.abortedBad = [await a(() => util.aborted({}, {})), await a(() => util.aborted(new AbortController().signal))];
  out.parseEnv = c(() => util.parseEnv("A=1\\nB='two words'\\n# c\\nexport C=3\\nD=\\"x\\\\ny\\"\\nE"));
  out.misc = [util.isArray([]), typeof util.isBoolean, typeof util.log, util.inspect.defaultOptions.depth, util.types.isBoxedPrimitive(Object(Symbol())), util.types.isPromise({ then() {} }), util.types.isUint8Array(Buffer.alloc(1)), util.types.isAsyncFunction(async () => {}), c(() => util.toUSVString("a\\ud800b")), util.stripVTControlCharacters("\\u001b[31mred\\u001b[0m"), c(() => util.getSystemErrorName(-2)), typeof util.getCallSite, typeof util.types.isExternal];
`),
  nodeCase("nodewasm23-node-stream-h", "node:stream less common: objectMode highWaterMark, Readable.from options, read() sizes, unshift, destroy with error and callbacks, finished options, Writable final errors, Duplex.from forms, stream/promises finished", `import { Readable, Writable, Duplex, Transform, PassThrough, finished, pipeline, addAbortSignal } from "node:stream"; import { finished as finishedP, pipeline as pipelineP } from "node:stream/promises"; import { text, json, buffer } from "node:stream/consumers";`, `
  out.hwm = [new Readable().readableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark, new Writable().writableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark, new Duplex({ readableObjectMode: true }).readableObjectMode, new Duplex({ readableObjectMode: true }).writableObjectMode, new Transform({ highWaterMark: 3 }).readableHighWaterMark, c(() => new Readable({ highWaterMark: -1 })), c(() => new Readable({ highWaterMark: "x" }))];
  out.fromOpts = await a(async () => { const r = Readable.from(["a", "b"], { objectMode: false }); const got = []; for await (const ch of r) got.push(typeof ch === "string" ? "s:" + ch : "b:" + Buffer.from(ch).toString()); return [got, Readable.from("abc").readableObjectMode, await text(Readable.from(Buffer.from("zz")))]; });
  out.fromBad = [c(() => Readable.from(5)), c(() => Readable.from(null))];
  out.unshift = await a(async () => { const r = new Readable({ read() {} }); r.push("bc"); r.unshift("a"); r.push(null); return await text(r); });
  out.readN = await a(async () => new Promise((res) => { const r = new Readable({ read() {} }); r.push("abcdef"); r.push(null); r.once("readable", () => { const x = [String(r.read(2)), String(r.read(10)), String(r.read()), r.read()]; res(x); }); }));
  out.destroyErr = await a(async () => new Promise((res) => { const log = []; const r = new Readable({ read() {}, destroy(err, cb) { log.push(["destroy", err?.message]); cb(err); } }); r.on("error", (e) => log.push(["error", e.message])); r.on("close", () => { log.push(["close", r.destroyed, r.errored?.message, r.closed]); res(log); }); r.destroy(new Error("dx")); }));
  out.destroyCbReplace = await a(async () => new Promise((res) => { const log = []; const w = new Writable({ write(c, e, cb) { cb(); }, destroy(err, cb) { cb(new Error("replaced")); } }); w.on("error", (e) => log.push(e.message)); w.on("close", () => res(log)); w.destroy(new Error("orig")); }));
  out.finalErr = await a(async () => new Promise((res) => { const log = []; const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error("final-bad")); } }); w.on("error", (e) => log.push(["error", e.message])); w.on("finish", () => log.push("finish")); w.on("close", () => res(log)); w.end("x"); }));
  out.finishedOpts = await a(async () => new Promise((res) => { const r = new Readable({ read() {} }); finished(r, { readable: false }, (err) => res(["cb", err?.code ?? null])); r.push(null); r.resume(); setTimeout(() => res("timeout"), 50); }));
  out.finishedPremature = await a(async () => new Promise((res) => { const r = new Readable({ read() {} }); finished(r, (err) => res([err?.name, err?.code, err?.message])); r.destroy(); }));
  out.finishedP = await a(async () => { const w = new Writable({ write(c, e, cb) { cb(); } }); const p = finishedP(w); w.end("q"); await p; return "ok"; });
  out.duplexFrom = await a(async () => { const d1 = Duplex.from(async function* (src) { for await (const ch of src) yield String(ch).toUpperCase(); }); const res = []; const p = new Promise((r) => { d1.on("data", (x) => res.push(String(x))); d1.on("end", r); }); d1.write("ab"); d1.end("cd"); await p; const d2 = Duplex.from(Promise.resolve("pv")); const d3 = Duplex.from({ readable: Readable.from(["r"]), writable: new Writable({ write(c, e, cb) { cb(); } }) }); return [res, d2.constructor.name, d3.readable, d3.writable, c(() => Duplex.from(5)).err?.[1]]; });
  out.transformFlush = await a(async () => { const t = new Transform({ transform(ch, e, cb) { cb(null, ch); }, flush(cb) { this.push("<f>"); cb(null, "<g>"); } }); t.end("x"); return await text(t); });
  out.consumers = await a(async () => [await json(Readable.from(['{"a"', ":1}"])), (await buffer(Readable.from([Buffer.from("x"), Buffer.from("y")]))).toString(), await a(() => json(Readable.from(["{bad"])))]);
  out.abortSig = await a(async () => new Promise((res) => { const ac = new AbortController(); const r = addAbortSignal(ac.signal, new Readable({ read() {} })); r.on("error", (e) => res([e.name, e.code, e.message, r.destroyed])); ac.abort(); }));
  out.pipelineErr = await a(async () => { try { await pipelineP(Readable.from(["a"]), new Transform({ transform(ch, e, cb) { cb(new TypeError("tx")); } }), new PassThrough()); return "no"; } catch (e) { return [e.name, e.message]; } });
  out.writeAfterEnd = await a(async () => new Promise((res) => { const w = new Writable({ write(c, e, cb) { cb(); } }); w.end(); w.write("x", (err) => res([err?.code, err?.message])); w.on("error", () => {}); }));
  out.writeBadChunk = [c(() => new Writable({ write(c, e, cb) { cb(); } }).write(5)), c(() => new Writable({ write(c, e, cb) { cb(); } }).write(null)), c(() => new Readable({ read() {} }).push(5))];
  out.state = (() => { const r = new Readable({ read() {} }); r.push("x"); return [r.readableLength, r.readableFlowing, r.readableEnded, r.isPaused(), r.readableAborted, r.readableDidRead, Readable.isDisturbed?.(r)]; })();
`),
];
const third = [
  nodeCase("nodewasm23-node-crypto-i", "node:crypto less common: hash finalization errors, copy, digest encodings, update encodings, Hmac key forms, timingSafeEqual and randomInt errors, hash() one-shot, createHash options", `import crypto from "node:crypto"; import { Buffer } from "node:buffer";`, `
  out.final = [c(() => { const h = crypto.createHash("sha256"); h.digest(); return h.digest("hex"); }), c(() => { const h = crypto.createHash("sha256"); h.digest(); h.update("x"); }), c(() => { const h = crypto.createHmac("sha1", "k"); h.digest(); return h.digest("hex"); }), c(() => { const h = crypto.createHmac("sha1", "k"); h.digest(); h.update("x"); }), c(() => { const h = crypto.createHash("sha1"); h.digest(); h.copy(); })];
  out.copy = c(() => { const h = crypto.createHash("md5").update("ab"); const h2 = h.copy(); h.update("c"); return [h.digest("hex"), h2.digest("hex")]; });
  out.enc = [crypto.createHash("sha1").update("\\u00e9", "latin1").digest("hex"), crypto.createHash("sha1").update("e9", "hex").digest("base64"), crypto.createHash("sha1").update("x").digest("base64url"), crypto.createHash("sha1").update("x").digest("latin1").length, c(() => crypto.createHash("sha1").update("x").digest("nope")), c(() => crypto.createHash("sha1").update(5)), c(() => crypto.createHash("sha1").update(null)), crypto.createHash("SHA256").update("").digest("hex").slice(0, 8), c(() => crypto.createHash("nope")), c(() => crypto.createHash()), crypto.createHash("sha512-256").update("a").digest("hex").slice(0, 8)];
  out.hmacKeys = [crypto.createHmac("sha256", Buffer.from("k")).update("d").digest("hex").slice(0, 8), crypto.createHmac("sha256", new Uint8Array([107])).update("d").digest("hex").slice(0, 8), crypto.createHmac("sha256", crypto.createSecretKey(Buffer.from("k"))).update("d").digest("hex").slice(0, 8), crypto.createHmac("sha256", "").update("d").digest("hex").slice(0, 8), c(() => crypto.createHmac("sha256", 5)), c(() => crypto.createHmac("nope", "k")), c(() => crypto.createHmac("sha256"))];
  out.tse = [c(() => crypto.timingSafeEqual(Buffer.from("a"), Buffer.from("ab"))), c(() => crypto.timingSafeEqual("a", "a")), crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0]))];
  out.randInt = [c(() => crypto.randomInt(5, 5)), c(() => crypto.randomInt(1.5)), c(() => crypto.randomInt(-1)), c(() => crypto.randomInt(0, 2 ** 48 + 1)), c(() => crypto.randomInt("3")), typeof crypto.randomInt(3), c(() => crypto.randomBytes(-1)), c(() => crypto.randomBytes("1")), crypto.randomBytes(0).length, c(() => crypto.randomFillSync(Buffer.alloc(4), 5)), c(() => crypto.randomFillSync(Buffer.alloc(4), 1, 5)), c(() => crypto.randomUUID({ disableEntropyCache: 1 })), c(() => crypto.getRandomValues(new Float32Array(2))), c(() => crypto.getRandomValues(new Uint8Array(65537)))];
  out.oneShot = [c(() => crypto.hash("sha1", "abc")), c(() => crypto.hash("md5", "abc", "base64")), c(() => crypto.hash("sha256", Buffer.from("abc"), "buffer").length), c(() => crypto.hash("sha1", 5)), c(() => crypto.hash("nope", "a")), c(() => crypto.hash("sha1", "a", "bogus"))];
  out.xof = [c(() => crypto.createHash("sha256", { outputLength: 32 }).update("a").digest("hex").length), c(() => crypto.createHash("sha256", { outputLength: 16 }).update("a").digest("hex")), c(() => crypto.createHash("shake256", { outputLength: 8 }))];
  out.kdfErr = [c(() => crypto.pbkdf2Sync("p", "s", 0, 16, "sha256")), c(() => crypto.pbkdf2Sync("p", "s", 1, -1, "sha256")), c(() => crypto.pbkdf2Sync("p", "s", 1, 16, "nope")), c(() => crypto.pbkdf2Sync("p", "s", 1, 16)), c(() => crypto.hkdfSync("sha256", "k", "s", "i", 255 * 32 + 1)), c(() => crypto.hkdfSync("nope", "k", "s", "i", 8)), c(() => crypto.scryptSync("p", "s", 16, { N: 3 })), c(() => crypto.scryptSync("p", "s", 16, { N: 16, cost: 16 })), c(() => crypto.pbkdf2("p", "s", 1, 8, "sha1"))];
  out.ciphErr = [c(() => crypto.createCipheriv("aes-128-cbc", Buffer.alloc(15), Buffer.alloc(16))), c(() => crypto.createCipheriv("aes-128-cbc", Buffer.alloc(16), Buffer.alloc(15))), c(() => crypto.createCipheriv("nope", Buffer.alloc(16), Buffer.alloc(16))), c(() => { const d = crypto.createDecipheriv("aes-128-cbc", Buffer.alloc(16), Buffer.alloc(16)); d.update(Buffer.alloc(16)); return d.final(); }), c(() => { const ci = crypto.createCipheriv("aes-128-cbc", Buffer.alloc(16), Buffer.alloc(16)); ci.setAutoPadding(false); ci.update("abc"); return ci.final(); }), c(() => { const ci = crypto.createCipheriv("aes-128-ecb", Buffer.alloc(16), null); return ci.update("x", "utf8", "hex") + ci.final("hex"); }), c(() => { const ci = crypto.createCipheriv("aes-128-gcm", Buffer.alloc(16), Buffer.alloc(12)); ci.update("x"); return ci.getAuthTag(); }), c(() => { const ci = crypto.createCipheriv("aes-128-cbc", Buffer.alloc(16), Buffer.alloc(16)); ci.final(); return ci.final(); })];
  out.misc = [crypto.getHashes().includes("sha256"), crypto.getCiphers().includes("aes-256-gcm"), typeof crypto.constants, crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle, typeof crypto.KeyObject, c(() => crypto.createSecretKey("abc", "utf8").export().toString()), c(() => crypto.createSecretKey(Buffer.alloc(0)).symmetricKeySize), c(() => crypto.createSecretKey(Buffer.from("ab")).equals(crypto.createSecretKey(Buffer.from("ab"))))];
`),
  nodeCase("nodewasm23-node-zlib-url-path-j", "node:zlib options and error codes, node:url legacy parse/format odd inputs, node:path win32/posix edges, querystring options", `import zlib from "node:zlib"; import url from "node:url"; import path from "node:path"; import qs from "node:querystring"; import { Buffer } from "node:buffer";`, `
  out.zerr = [c(() => zlib.inflateSync(Buffer.from("nope"))), c(() => zlib.gunzipSync(Buffer.from("1f8b0800", "hex"))), c(() => zlib.inflateRawSync(Buffer.from([0xff, 0xff]))), c(() => zlib.deflateSync("x", { level: 10 })), c(() => zlib.deflateSync("x", { strategy: 9 })), c(() => zlib.deflateSync(5)), c(() => zlib.brotliDecompressSync(Buffer.from("zz"))), c(() => zlib.inflateSync(zlib.deflateSync("hello"), { maxOutputLength: 2 })), c(() => zlib.deflateSync("x", { chunkSize: 10 }))];
  out.zok = [zlib.gzipSync("a").subarray(0, 10).toString("hex"), zlib.deflateSync("aaaa", { level: 0 }).toString("hex"), zlib.deflateRawSync("").toString("hex"), zlib.inflateSync(zlib.deflateSync(Buffer.alloc(0))).length, zlib.unzipSync(zlib.deflateSync("u")).toString(), zlib.unzipSync(zlib.gzipSync("g")).toString(), zlib.crc32("hello"), zlib.crc32("world", zlib.crc32("hello ")), zlib.crc32(Buffer.alloc(0), 5), c(() => zlib.crc32(5))];
  out.zasync = await a(() => new Promise((res) => zlib.gunzip(Buffer.from("garbage"), (e, r) => res([e?.code, e?.errno, e?.message, r === undefined]))));
  out.legacyTypes = [typeof url.parse, typeof url.format, typeof url.resolve, typeof url.Url, Object.keys(url).sort()];
  out.fileUrl = [c(() => url.fileURLToPath("file:///a/b%20c")), c(() => url.fileURLToPath("http://x/")), c(() => url.fileURLToPath("file://host/a")), c(() => url.pathToFileURL("/a b#c?d").href), c(() => url.fileURLToPath("file:///a%2Fb"))];
  out.path = [path.win32.resolve("C:\\\\a", "..\\\\b", "c"), path.win32.normalize("C:/a//b/../c/"), path.win32.join("\\\\\\\\server\\\\share", "x"), path.win32.parse("C:\\\\dir\\\\f.txt"), path.win32.relative("C:\\\\a\\\\b", "C:\\\\a\\\\c"), path.win32.isAbsolute("C:x"), path.win32.toNamespacedPath("C:\\\\a"), path.posix.relative("/a/b", "/a/b"), path.posix.format({ root: "/", name: "f", ext: "txt" }), path.posix.extname(".bashrc"), path.posix.extname("a.b."), path.posix.basename("/a/b.txt", "xt"), path.posix.dirname("a"), path.posix.normalize(""), path.posix.join(""), c(() => path.join(null)), path.sep + path.delimiter + path.win32.sep + path.win32.delimiter, path.posix === path.posix.posix];
  out.qs = [qs.parse("a=1&a=2&b=&c", null, null, { maxKeys: 2 }), qs.parse("a:1;b:2", ";", ":"), qs.parse("a=%E9&b=%zz"), qs.parse("a=%E9", null, null, { decodeURIComponent: (s) => s.toUpperCase() }), qs.stringify({ a: [1, 2], b: null, c: undefined, d: {}, e: "é ~*" }), qs.stringify({ a: 1 }, ";", ":"), qs.stringify({ x: "y" }, null, null, { encodeURIComponent: (s) => "<" + s + ">" }), qs.escape("a b&"), qs.unescape("%41+%zz"), qs.parse("+a+=+b+"), qs.parse("&&a=1&&")];
`),
  nodeCase("nodewasm23-node-assert-timers-k", "node:assert error shapes for less common calls, node:timers/promises edge arguments, diagnostics_channel tracing events, AsyncLocalStorage through EventEmitter and thenables", `import assert from "node:assert"; import { setTimeout as st, setImmediate as si, setInterval as sInt, scheduler } from "node:timers/promises"; import dc from "node:diagnostics_channel"; import { AsyncLocalStorage, AsyncResource } from "node:async_hooks"; import { EventEmitter } from "node:events";`, `
  const ae = (f) => { try { f(); return "no throw"; } catch (e) { return [e.name, e.code, e.message, e.generatedMessage, e.operator, js(e.actual), js(e.expected)]; } };
  out.assert = [ae(() => assert(0)), ae(() => assert.ok("")), ae(() => assert.equal(1, 2, "custom")), ae(() => assert.strictEqual(1, 1, new TypeError("own"))), ae(() => assert.notStrictEqual(NaN, NaN)), ae(() => assert.deepEqual({ a: 1 }, { a: "1" })), ae(() => assert.deepStrictEqual(new Set([1]), new Set([2]))), ae(() => assert.throws(() => {}, TypeError)), ae(() => assert.throws(() => { throw new Error("x"); }, /y/)), ae(() => assert.throws(() => { throw new Error("x"); }, { message: "z" })), ae(() => assert.doesNotThrow(() => { throw new Error("dn"); })), ae(() => assert.fail()), ae(() => assert.fail("f")), ae(() => assert.ifError("e")), ae(() => assert.match("abc", /x/)), ae(() => assert.doesNotMatch("abc", /b/)), ae(() => assert.strictEqual("a\\nb", "a\\nc")), ae(() => assert.notDeepStrictEqual([1], [1])), ae(() => assert.throws(5)), ae(() => assert.equal(null, undefined))];
  out.rejects = [await a(async () => { try { await assert.rejects(Promise.resolve(1)); return "no"; } catch (e) { return [e.code, e.message]; } }), await a(async () => { try { await assert.rejects(5); return "no"; } catch (e) { return [e.code, e.message]; } }), await a(async () => { try { await assert.doesNotReject(Promise.reject(new Error("dr"))); return "no"; } catch (e) { return [e.code, e.message]; } }), await a(async () => { await assert.rejects(async () => { throw new TypeError("t"); }, TypeError); return "ok"; })];
  out.timersP = [await a(() => st(1, "v")), await a(() => si("iv")), await a(() => st(1, "x", { signal: AbortSignal.abort("why") })), await a(() => st("a")), await a(() => st(1, null, { ref: "x" })), await a(() => st(1, null, { signal: 5 })), await a(async () => { const got = []; for await (const v of sInt(1, "t")) { got.push(v); if (got.length === 3) break; } return got; }), await a(() => scheduler.wait(1)), await a(() => scheduler.yield())];
  out.tracing = await a(async () => { const tc = dc.tracingChannel("nw23"); const log = []; tc.subscribe({ start(m) { log.push(["start", m.x]); }, end(m) { log.push(["end", m.result ?? null]); }, asyncStart(m) { log.push(["asyncStart", m.result ?? null]); }, asyncEnd(m) { log.push(["asyncEnd"]); }, error(m) { log.push(["error", m.error.message]); } }); tc.traceSync(() => 1, { x: "s" }); try { tc.traceSync(() => { throw new Error("te"); }, { x: "t" }); } catch {} await tc.tracePromise(async () => 2, { x: "p" }); await new Promise((r) => tc.traceCallback((cb) => cb(null, 3), 0, { x: "cb" }, null, (e, v) => r(v))); return [log, tc.hasSubscribers, dc.hasSubscribers("tracing:nw23:start")]; });
  out.dcMisc = c(() => { const ch = dc.channel("nw23b"); const got = []; const f = (m, name) => got.push([m, name]); dc.subscribe("nw23b", f); ch.publish(1); const u1 = dc.unsubscribe("nw23b", f); const u2 = dc.unsubscribe("nw23b", f); ch.publish(2); return [got, u1, u2, ch.hasSubscribers, ch.name, dc.channel("nw23b") === ch, c(() => dc.channel(5))]; });
  const als = new AsyncLocalStorage();
  out.alsEE = await a(async () => { const e = new EventEmitter(); const got = []; e.on("x", () => got.push(als.getStore() ?? "none")); als.run("r1", () => e.emit("x")); e.emit("x"); await als.run("r2", async () => { await null; e.emit("x"); }); return got; });
  out.alsThenable = await a(async () => als.run("th", async () => { const v = await { then(r) { r(als.getStore()); } }; return [v, als.getStore()]; }));
  out.alsExit = c(() => als.run("o", () => [als.exit(() => als.getStore() ?? "u"), als.getStore()]));
  out.alsRes = await a(async () => { const r = als.run("rs", () => new AsyncResource("T")); return [r.runInAsyncScope(function (x) { return [als.getStore(), this?.k ?? null, x]; }, { k: "thisv" }, "arg"), typeof r.emitDestroy(), c(() => new AsyncResource()).err?.[1] ?? "ok"]; });
`),
];
const fourth = [
  {
    name: "nodewasm23-formats-commonjs-k", area: "formats", description: "CommonJS modules: module/exports identity, this at top, require cycles, require of ESM and JSON/Text/Data modules, __filename/__dirname, require errors",
    options: { compatibilityDate: CD, compatibilityFlags: ["nodejs_compat"], modules: [
      { type: "ESModule", path: "index.mjs", contents: `import cj from "./lib/a.cjs"; import * as ns from "./lib/a.cjs"; import b from "./lib/b.cjs";
export default { async fetch() { return Response.json({ cj, nsKeys: Object.keys(ns).sort(), nsDefaultSame: ns.default === cj, b }); } };` },
      { type: "CommonJS", path: "lib/a.cjs", contents: `const self = this === module.exports; exports.x = 1; const b = require("./b.cjs"); exports.fromB = b.seenX; exports.info = { self, fn: typeof __filename, dn: typeof __dirname, fname: typeof __filename === "string" ? __filename : null, dname: typeof __dirname === "string" ? __dirname : null, reqType: typeof require, resolve: typeof require.resolve, cache: typeof require.cache, main: typeof require.main, modId: module.id ?? null, loaded: module.loaded ?? null, parent: typeof module.parent }; let t; try { require("./nope.cjs"); } catch (e) { t = [e.name, e.code ?? null, e.message]; } exports.missing = t; let u; try { require("node:fs"); u = "ok"; } catch (e) { u = [e.name, e.message]; } exports.fs = u; exports.txt = require("./t.txt"); exports.dat = require("./d.bin").byteLength; exports.json = (() => { try { return require("./j.json"); } catch (e) { return [e.name, e.message]; } })(); exports.esm = (() => { try { const m = require("./e.mjs"); return [typeof m, Object.keys(m).sort(), m.default ?? null]; } catch (e) { return [e.name, e.message]; } })();` },
      { type: "CommonJS", path: "lib/b.cjs", contents: `const a = require("./a.cjs"); module.exports = { seenX: a.x ?? "undef", partialKeys: Object.keys(a) };` },
      { type: "Text", path: "lib/t.txt", contents: "text!" },
      { type: "Data", path: "lib/d.bin", contents: "abc" },
      { type: "Text", path: "lib/j.json", contents: "{\"j\":1}" },
      { type: "ESModule", path: "lib/e.mjs", contents: `export default "edef"; export const named = 2;` },
    ] },
    steps: [get("/")],
  },
];
const fifth = [
  nodeCase("nodewasm23-node-error-shapes-m", "Errors of node modules as values: stack's first line (with the code?), String(), own property names, keys, inspect's first line, JSON, toStringTag, for invalid-arg, out-of-range, abort, assertion, unhandled-error, zlib, crypto and stream errors", `import { Buffer } from "node:buffer"; import util from "node:util"; import assert from "node:assert"; import { EventEmitter, once } from "node:events"; import zlib from "node:zlib"; import crypto from "node:crypto"; import { Writable, finished } from "node:stream";`, `
  const shape = (e) => [e?.constructor?.name, e?.name, e?.code ?? null, String(e), String(e?.stack).split("\\n")[0], Object.getOwnPropertyNames(e).sort(), Object.keys(e).sort(), util.inspect(e).split("\\n")[0], JSON.stringify(e), Object.prototype.toString.call(e), e instanceof Error, e?.toString === Error.prototype.toString];
  const grab = async (f) => { try { await f(); return "no error"; } catch (e) { return shape(e); } };
  out.invalidArg = await grab(() => Buffer.from(5));
  out.outOfRange = await grab(() => Buffer.alloc(2).readUInt32LE(0));
  out.invalidValue = await grab(() => Buffer.alloc(2).fill("x", "nope"));
  out.unknownEnc = await grab(() => Buffer.from("x").toString("nope"));
  out.abort = await grab(() => once(new EventEmitter(), "x", { signal: AbortSignal.abort() }));
  out.assertion = await grab(() => assert.strictEqual(1, 2));
  out.unhandled = await grab(() => new EventEmitter().emit("error", "str"));
  out.zlib = await grab(() => zlib.inflateSync(Buffer.from("xx")));
  out.cryptoFinal = await grab(() => { const h = crypto.createHash("sha1"); h.digest(); h.digest(); });
  out.streamAfterEnd = await new Promise((res) => { const w = new Writable({ write(c, e, cb) { cb(); } }); w.on("error", (e) => res(shape(e))); w.end(); w.write("x"); });
  out.missingArgs = await grab(() => crypto.createHmac());
  out.notImpl = await grab(() => util.parseArgs?.() ?? crypto.createCipher("aes-128-cbc", "k"));
  out.errOutOfRange = await grab(() => Buffer.alloc(2).readUInt8(5));
  out.errArgValue = await grab(() => Buffer.alloc(2).fill("x", 0, 1, "nope-enc-that-is-long"));
  out.errArgValue2 = await grab(() => new Writable({ highWaterMark: -1 }));
  out.errMissing = await grab(() => crypto.pbkdf2Sync());
  out.errNotImpl = await grab(() => crypto.createCipher("aes-128-cbc", "k"));
  out.notImplAll = ["Cipher", "Decipher", "createCipher", "createDecipher", "setEngine"].map((k) => { try { crypto[k](); return [k, "no error"]; } catch (e) { return [k, e.code ?? null, e.message]; } });
  out.errPremature = await new Promise((res) => { const w = new Writable({ write(c, e, cb) { cb(); } }); finished(w, (e) => res(shape(e))); w.destroy(); });
  out.errNullValues = await grab(() => new Writable({ write(c, e, cb) { cb(); } }).write(null));
  out.inspectTypeErr = (() => { try { Buffer.from(5); } catch (e) { return util.inspect(e).split("\\n").filter((l) => !l.trim().startsWith("at ")); } })();
  out.inspectRangeErr = (() => { try { Buffer.alloc(2).readUInt8(5); } catch (e) { return util.inspect(e).split("\\n").filter((l) => !l.trim().startsWith("at ")); } })();
  out.inspectHashErr = (() => { try { const h = crypto.createHash("sha1"); h.digest(); h.digest(); } catch (e) { return util.inspect(e).split("\\n").filter((l) => !l.trim().startsWith("at ")); } })();
  out.errCause = await grab(() => { throw new Error("outer", { cause: new TypeError("inner") }); });
  out.utilInspectErrCode = (() => { const e = new Error("m"); e.code = "E_X"; e.extra = { a: 1 }; return util.inspect(e).split("\\n").filter((l) => !l.trim().startsWith("at ")); })();
  out.utilInspectNoStack = (() => { const e = new RangeError("ns"); e.stack = undefined; return [util.inspect(e), util.format("%s", e), util.format("%O", e).split("\\n")[0]]; })();
  out.utilInspectNamed = (() => { class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } } const e = new MyErr("mine"); const f = new Error("plain"); f.name = "Renamed"; return [util.inspect(e).split("\\n")[0], util.inspect(f).split("\\n")[0], String(e.stack).split("\\n")[0], String(f.stack).split("\\n")[0]]; })();
`),
];
const sixth = [
  {
    name: "nodewasm23-node-uncaught-errors-n", area: "node", description: "A node module's error thrown out of fetch: the 500 answer's first line (stack's header: name, code for assertion errors)",
    options: { modules: true, compatibilityDate: CD, compatibilityFlags: ["nodejs_compat"], script: `import { Buffer } from "node:buffer"; import assert from "node:assert"; import { EventEmitter } from "node:events"; import crypto from "node:crypto";
export default { async fetch(req) {
  const p = new URL(req.url).pathname;
  if (p === "/buffer") Buffer.from(5);
  if (p === "/range") Buffer.alloc(1).readUInt8(3);
  if (p === "/assert") assert.strictEqual(1, 2);
  if (p === "/assert-msg") assert.ok(false, "custom message");
  if (p === "/unhandled") new EventEmitter().emit("error", "str");
  if (p === "/digest") { const h = crypto.createHash("sha1"); h.digest(); h.digest(); }
  if (p === "/async") { await null; Buffer.alloc(-1); }
  return new Response("none");
} };` },
    steps: [
      { ...get("/buffer"), bodyMatches: "^TypeError: The first argument must be of type string or an instance of Buffer, TypedArray, ArrayBuffer, SharedArrayBuffer, or Array or an Array-like Object\\. Received type number \\(5\\)\\n" },
      { ...get("/range"), bodyMatches: "^RangeError: The value of \"offset\" is out of range\\. It must be >= 0 && <= 1\\. Received 3\\n" },
      { ...get("/assert"), bodyMatches: "^Error: AssertionError: Values are not strictly equal:\\n" },
      { ...get("/assert-msg"), bodyMatches: "^Error: AssertionError: custom message\\n" },
      { ...get("/unhandled"), bodyMatches: "^Error: Unhandled error\\. \\('str'\\)\\n" },
      { ...get("/digest"), bodyMatches: "^Error: Digest already called\\n" },
      { ...get("/async"), bodyMatches: "^RangeError: Invalid typed array length: -1\\n" },
    ],
  },
];
export default [...first, ...second, ...third, ...fourth, ...fifth, ...sixth];
