// nodewasm20: node/wasm/html-rewriter probes. Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run WAT2WASM=<wabt 1.0.32 wat2wasm> DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs nodewasm20, then python3 nodewasm20-post-record.py <out> (wasm modules go as Uint8Array contents, recorded as byte arrays)
import { CD, PRELUDE, get, req, modWorker } from "./_h.mjs";
import { execFileSync } from "node:child_process";
import { writeFileSync, readFileSync } from "node:fs";
// wat2wasm 1.0.32 (defaults: bulk memory, reference types, multi-value, sign extension, saturating conversions)
const WAT2WASM = process.env.WAT2WASM ?? "wat2wasm";
function wasm(name, wat, flags = []) {
  const src = `/tmp/nodewasm20-${name}.wat`, dst = `/tmp/nodewasm20-${name}.wasm`;
  writeFileSync(src, wat);
  execFileSync(WAT2WASM, [...flags, src, "-o", dst]);
  return new Uint8Array(readFileSync(dst));
}
const wasmCase = (name, description, mods, body, { date = CD, flags = [] } = {}) => ({
  name, area: "wasm", description,
  options: {
    compatibilityDate: date, compatibilityFlags: flags,
    modules: [
      { type: "ESModule", path: "index.mjs", contents: `${PRELUDE}
${Object.keys(mods).map((n) => `import ${n} from "./${n}.wasm";`).join("\n")}
const c = (f) => { try { const v = f(); return { ok: typeof v === "bigint" ? "big:" + v : v === undefined ? "undefined" : Number.isNaN(v) ? "NaN" : v }; } catch (e) { return { err: [e?.constructor?.name, e?.name, e?.message] }; } };
export default { async fetch(req, env, ctx) {
  const out = {};
${body}
  return Response.json(out);
} };` },
      ...Object.entries(mods).map(([n, b]) => ({ type: "CompiledWasm", path: n + ".wasm", contents: b })),
    ],
  },
  steps: [get("/")],
});
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
const a = async (f) => { try { return { ok: js(await Promise.race([f(), new Promise((_, rej) => setTimeout(() => rej(new Error("TIMEOUT")), 10000))])) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };
const collect = (s) => new Promise((res, rej) => { const parts = []; s.on("data", (d) => parts.push(typeof d === "string" ? d : Buffer.from(d).toString("latin1"))); s.on("end", () => res(parts)); s.on("error", rej); });
`;
const nodeCase = (name, description, imports, body, { date = CD, flags = ["nodejs_compat"], extra = {}, steps = [get("/")] } = {}) => ({
  name, area: "node", description,
  options: {
    ...extra,
    modules: true, compatibilityDate: date, compatibilityFlags: flags,
    script: `${imports}
${flags.includes("nodejs_compat") ? 'import { Buffer } from "node:buffer";' : ""}
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

const HR_PRELUDE = `
async function rw(html, build, ct = "text/html") { return await build(new HTMLRewriter()).transform(new Response(html, { headers: { "content-type": ct } })).text(); }
async function rwe(html, build) { try { return await rw(html, build); } catch (e) { return { error: { name: e?.name, message: e?.message } }; } }
const sync = (f) => { try { return { ok: f() ?? "undefined" }; } catch (e) { return { error: [e?.name, e?.message] }; } };
`;
const hrCase = (name, description, body, steps = [get("/")]) => ({
  name, area: "html-rewriter", description,
  options: modWorker(`${HR_PRELUDE}    const out = {};\n${body}\n    return Response.json(out);`),
  steps,
});
const ins = `import util from "node:util";`;
const round1 = [
  nodeCase("nodewasm20-buffer-a", "buffer: write/toString overloads, from() inputs, fill, concat, search and range errors", ``, `
  const b = Buffer.from("abcdef");
  out.toStr = c(() => [b.toString("utf8", -1, 100), b.toString("hex", 1), b.toString("utf8", 4, 2), b.toString(undefined, 1, 3), b.toString("base64", 0, 4), b.toString("ucs2", 0, 5)]);
  out.toStrBad = c(() => b.toString("nope"));
  out.write = c(() => { const x = Buffer.alloc(6); return [x.write("ab", 1, "hex"), x.write("zz", "hex"), x.write("ffff", 4, "hex"), x.write("é", 5), x.write("xyz", 2, 1), x.toString("hex")]; });
  out.writeBad = c(() => Buffer.alloc(2).write("a", 5));
  out.writeBad2 = c(() => Buffer.alloc(2).write(5));
  out.writeBad3 = c(() => Buffer.alloc(2).write("a", 0, 1, "bogus"));
  out.fromMix = c(() => [Buffer.from([257, -1, 1.5, "3", null, "x"]), Buffer.from({ length: 2, 0: 1 }), Buffer.from({ type: "Buffer", data: [1, 2] }), Buffer.from(new Uint16Array([1, 256])), Buffer.from(new Uint16Array([1, 256]).buffer), Buffer.from(new Uint8Array([7, 8]).buffer, 1), Buffer.from("é", "ascii"), Buffer.from("é", "latin1"), Buffer.from("aGk", "base64"), Buffer.from("a-_b", "base64url"), Buffer.from("a b\\nc=d", "base64"), Buffer.from("abc", "hex"), Buffer.from("0g12", "hex")]);
  out.fromBad = c(() => Buffer.from(new ArrayBuffer(2), 3));
  out.fromBad2 = c(() => Buffer.from(new ArrayBuffer(2), 1, 5));
  out.fromBad3 = c(() => Buffer.from(Symbol("s")));
  out.fromBad4 = c(() => Buffer.from({}));
  out.fromObjPrim = c(() => [Buffer.from(new String("ab")), Buffer.from({ valueOf() { return "zz"; } }), Buffer.from({ [Symbol.toPrimitive]() { return "q"; } })]);
  out.alloc = c(() => [Buffer.alloc(3, "ab"), Buffer.alloc(3, ""), Buffer.alloc(4, "aGk=", "base64"), Buffer.alloc(2, 0x1ff), Buffer.alloc(3, Buffer.from("xy")), Buffer.alloc(2, true), Buffer.alloc(0, "a")]);
  out.allocBad = c(() => Buffer.alloc(3, "zz", "hex"));
  out.allocBad2 = c(() => Buffer.alloc(-1));
  out.allocBad3 = c(() => Buffer.alloc("3"));
  out.allocBad4 = c(() => Buffer.allocUnsafe(2 ** 53));
  out.fill = c(() => { const x = Buffer.alloc(5); return [x.fill("x", 1, 2).toString("hex"), x.fill(0x1ff, 2).toString("hex"), x.fill("ab", "hex").toString("hex"), x.fill("", 0).toString("hex"), x.fill(1.9).toString("hex"), x.fill("é", "latin1").toString("hex")]; });
  out.fillBad = c(() => Buffer.alloc(3).fill("a", -1));
  out.fillBad2 = c(() => Buffer.alloc(3).fill("a", 0, 9));
  out.fillBad3 = c(() => Buffer.alloc(3).fill("zz", "hex"));
  out.concat = c(() => [Buffer.concat([Buffer.from("a"), Buffer.from("b")], 4), Buffer.concat([Buffer.from("abc")], 1), Buffer.concat([]), Buffer.concat([new Uint8Array([5])])]);
  out.concatBad = c(() => Buffer.concat("x"));
  out.concatBad2 = c(() => Buffer.concat(["x"]));
  out.concatBad3 = c(() => Buffer.concat([Buffer.from("a")], -1));
  out.cmpBad = c(() => Buffer.compare(b, "x"));
  out.cmpRange = c(() => [b.compare(Buffer.from("cd"), 0, 2, 2, 4), b.compare(Buffer.from("a"), 0, 0), b.compare(Buffer.from("z"), 1)]);
  out.cmpRangeBad = c(() => b.compare(Buffer.from("a"), 0, 5));
  out.cmpRangeBad2 = c(() => b.compare(Buffer.from("a"), -1));
  out.equalsBad = c(() => b.equals("abcdef"));
  out.search = c(() => [b.indexOf("", 10), b.indexOf(Buffer.alloc(0)), b.indexOf("", 3), b.includes(97), b.lastIndexOf("a", -5), b.indexOf("c", -4), b.indexOf(99.5), b.indexOf("63", 0, "hex"), b.lastIndexOf("b", undefined), b.lastIndexOf("b", null), b.indexOf("b", "1"), b.indexOf(new Uint8Array([100]))]);
  out.searchBad = c(() => b.indexOf({}));
  out.swapBad = c(() => Buffer.from("abc").swap16());
  out.swapBad2 = c(() => Buffer.from("abcdef").swap32());
  out.nums = c(() => { const x = Buffer.alloc(8); return [x.writeFloatBE(1.5, 0), x.writeDoubleLE(-0, 0), x.writeBigUInt64LE(2n ** 64n - 1n), x.readBigInt64LE(), x.writeIntLE(-2, 0, 3), x.readUIntBE(0, 3), x.writeUIntBE(0xabcdef, 1, 3), x.readIntBE(1, 3)]; });
  out.numBad = c(() => Buffer.alloc(8).readUIntBE(0, 7));
  out.numBad2 = c(() => Buffer.alloc(1).writeUInt8(256));
  out.numBad3 = c(() => Buffer.alloc(8).writeBigUInt64LE(-1n));
  out.numBad4 = c(() => Buffer.alloc(8).readDoubleLE(1));
  out.numBad5 = c(() => Buffer.alloc(8).readIntLE(0, 0));
  out.numBad6 = c(() => Buffer.alloc(8).readInt8(1.5));
  out.numBad7 = c(() => Buffer.alloc(8).writeInt16LE(1, "0"));
  out.numBad8 = c(() => Buffer.alloc(2).writeInt32BE(1));
  out.numBad9 = c(() => Buffer.alloc(8).writeFloatLE("x"));
  out.numBad10 = c(() => Buffer.alloc(8).writeBigInt64BE(1));
  out.misc = c(() => [b.toJSON(), Buffer.isEncoding("UTF-8"), Buffer.isEncoding("binary"), Buffer.isEncoding(""), Buffer.isEncoding(5), Buffer.byteLength("aGk=", "base64"), Buffer.byteLength("aGk", "base64url"), Buffer.byteLength(new DataView(new ArrayBuffer(3))), Buffer.byteLength("é€𝄞"), Buffer.byteLength("ab", "ucs2"), Buffer.byteLength("abc", "hex"), Buffer.poolSize]);
  out.byteLenBad = c(() => Buffer.byteLength(5));
  out.slice = c(() => [b.slice(-2), b.subarray(5, 2), b.slice(1.5, 3.9), b.slice("1", "3"), b.subarray(-100), b.slice(NaN, 2)]);
  out.latin = c(() => [Buffer.from([0xe9, 0x80, 0xff]).toString("latin1"), Buffer.from([0xe9, 0x80, 0xff]).toString("ascii"), Buffer.from([0xc3]).toString(), Buffer.from([0xf0, 0x9f, 0x98]).toString(), Buffer.from([0xed, 0xa0, 0x80]).toString(), Buffer.from("d800", "hex").toString("utf16le"), Buffer.from([0x61, 0]).toString("ucs2")]);
`),
  nodeCase("nodewasm20-util-format-b", "util.format and inspect: specifiers with odd values, option combinations, boxed values, iterators, class shapes", ins, `
  const f = util.format, i = util.inspect;
  out.fmt = c(() => [f("%s", { a: { b: { c: 1 } } }), f("%s", [1, [2, [3, [4]]]]), f("%d", "0x10"), f("%i", "1.9e3"), f("%f", "abc"), f("%s", Symbol("s")), f("%s", -0), f("%s", 1n), f("a", "b", 3), f("%%s %s"), f("%j", { toJSON() { return "x"; } }), f("%o", [1]), f("%s", null, undefined), f("%s", class A {}), f("%s", function fn() {}), f("%s", { toString() { return "custom"; } }), f("%s", new Date(0)), f(Object.create(null)), f("%d", 1n), f("%i", 2n ** 70n), f("%d", Symbol("q")), f("%c%s", "css", "x"), f("%", 1), f("%x", 1), f("%s"), f("%s:%s", "a"), f(1, 2), f("%O", { a: { b: { c: { d: 1 } } } }), f("%j", 1n === 1n ? undefined : 0), f("%s", "a\\nb"), f("%s", [undefined, null]), f("%s", new Map([[1, 2]])), f("%s", Object.assign(Object.create(null), { x: 1 })), f("%s", new (class Q { toString() { return "q!"; } })())]);
  out.fmtCirc = c(() => { const o = { a: 1 }; o.self = o; return [f("%j", o), f("%s", o), f("%o", o)]; });
  out.fmtErr = c(() => { const e = new TypeError("boom"); e.stack = "TypeError: boom\\n    at x (y.js:1:1)"; return [f("%s", e), f(e), f("%s", { e }), i(e), i({ e }), i([e])]; });
  out.fmtErr2 = c(() => { const e = new Error("m", { cause: "why" }); e.stack = "Error: m"; e.extra = 5; return [i(e), f("%s", e)]; });
  out.errName = c(() => { const e = new RangeError("r"); e.name = "Custom"; e.stack = "RangeError: r\\n    at z"; const e2 = new Error("x"); e2.stack = ""; const e3 = new Error("x"); delete e3.stack; e3.stack = undefined; return [i(e), i(e2), i(e3)]; });
  out.aggr = c(() => { const e = new AggregateError([new Error("a")], "agg"); e.stack = "AggregateError: agg"; e.errors[0].stack = "Error: a"; return i(e); });
  out.opts = c(() => [i("x".repeat(30), { maxStringLength: 5 }), i(Array(120).fill(1)), i({ a: 1, b: "x".repeat(80) }), i(new Set([1, 2]), { showHidden: true }), i([1, , 3, , , 6]), i(Object.assign([1], { x: 2 })), i(new (class Foo extends Map {})()), i(Object.create(null)), i(Object.create({})), i({ [Symbol("s")]: 1 }), i(123456789.123, { numericSeparator: true }), i(-1234567n, { numericSeparator: true }), i(1.5e-7), i({ get a() { return 1; }, set b(v) {}, get c() { return {x: 1}; }, set c(v) {} }, { getters: true }), i({ get a() { return 1; } }, { getters: "set" }), i({ b: 1, a: 2, c: { z: 1, y: 2 } }, { sorted: true }), i({ a: [{ b: { c: [1] } }] }, { compact: false }), i({ a: 1, b: 2 }, { breakLength: 3 }), i([[[[1]]]], { depth: 1 }), i(new Map([[{ a: 1 }, [1, 2]]]), { depth: 0 }), i({ a: "x" }, { colors: true }), i(new Array(5)), i([1, 2, 3], { maxArrayLength: 1 }), i(new Set([1, 2, 3]), { maxArrayLength: 0 }), i(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }), i(new Uint8Array(5), { maxArrayLength: 2 }), i("a'b"), i("a'b\\"c"), i("a'b\\"c\`"), i("\\u0001\\x7f\\n\\t\\u2028")]);
  out.boxed = c(() => [i(new Number(3)), i(new String("ab")), i(Object(Symbol("q"))), i(Object(1n)), i(new Boolean(false)), i(Object.assign(new Number(-0), { a: 1 })), i(new String(""))]);
  out.fns = c(() => [i(function () {}), i(async () => {}), i(class {}), i(class A extends Error {}), i(function* g() {}), i(async function* ag() {}), i(Object.assign(function n() {}, { p: 1 })), i(Symbol.iterator), i(Math.max), i(class B { static x = 1; }), i(Object.setPrototypeOf(function z() {}, null)), i(Object.defineProperty(function () {}, "name", { value: "renamed" }))]);
  out.its = c(() => [i([1, 2][Symbol.iterator]()), i("ab"[Symbol.iterator]()), i((function* () { yield 1; })()), i(Object.entries({ a: 1 }))]);
  out.misc = c(() => [i(new WeakMap(), { showHidden: true }), i(new ArrayBuffer(3)), i(new DataView(new ArrayBuffer(2))), i(new Date(NaN)), i(Object.assign(/a/g, { x: 1 })), i(-0), i([-0]), i(new Float64Array([-0, 1.5, NaN])), i(new BigInt64Array([1n])), i(Promise.resolve(4)), i(new Promise(() => {})), i((() => { const p = Promise.reject(3); p.catch(() => {}); return p; })()), i(globalThis.Symbol), i(null), i([null, undefined]), i({ undefined: undefined }), i({ "a-b": 1, "1": 2, "a b": 3, "_x": 4, "$": 5, "é": 6 }), i(Object.create(Array.prototype)), i(new (class extends Array {})(1, 2)), i({ constructor: "x" }), i(Object.defineProperty({}, Symbol.toStringTag, { value: "Tagged" })), i(new (class Z { get [Symbol.toStringTag]() { return "T"; } })()), i(new (class Z {})()), i(Object.freeze({})), i(new Error("plain").message)]);
  out.customInspect = c(() => [i({ [i.custom]() { return "CUSTOM"; } }), i({ [i.custom](d, o) { return { depth: d, colors: o.colors }; } }), i({ a: { [i.custom](d, o, ins) { return ins === i; } } }), i({ [i.custom]: 5 }), i({ inspect() { return "old"; } })]);
`),
];
const round2 = [
  hrCase("nodewasm20-html-stale-and-void-c", "HTMLRewriter: tokens used after their handler, void elements' content, tagName and namespace, end tags of void and self-closing elements", `
    out.staleEl = await rwe('<p>a</p><div>b</div>', (r) => { let kept; return r.on("p", { element(e) { kept = e; } }).on("div", { element(e) { try { kept.setAttribute("x", "1"); e.setAttribute("ok", "1"); } catch (err) { e.setAttribute("err", err.name + ":" + err.message); } } }); });
    out.staleElRead = await rwe('<p a="1">a</p><div>b</div>', (r) => { let kept; return r.on("p", { element(e) { kept = e; } }).on("div", { element(e) { try { e.setAttribute("v", String(kept.tagName) + String(kept.getAttribute("a"))); } catch (err) { e.setAttribute("err", err.name + ":" + err.message); } } }); });
    out.staleText = await rwe('<p>a</p><div>b</div>', (r) => { let kept; return r.on("p", { text(t) { kept = t; } }).on("div", { element(e) { try { e.setAttribute("v", String(kept.text)); kept.remove(); } catch (err) { e.setAttribute("err", err.name + ":" + err.message); } } }); });
    out.staleComment = await rwe('<!--c--><div>b</div>', (r) => { let kept; return r.onDocument({ comments(c) { kept = c; } }).on("div", { element(e) { try { e.setAttribute("v", String(kept.text)); } catch (err) { e.setAttribute("err", err.name + ":" + err.message); } } }); });
    out.staleEndTag = await rwe('<p>a</p><div>b</div>', (r) => { let kept; return r.on("p", { element(e) { e.onEndTag((t) => { kept = t; }); } }).on("div", { element(e) { try { e.setAttribute("v", kept.name); kept.before("x"); } catch (err) { e.setAttribute("err", err.name + ":" + err.message); } } }); });
    out.voidContent = await rwe('<br><img src=x><input>', (r) => r.on("br", { element(e) { e.setInnerContent("in"); } }));
    out.voidAppend = await rwe('<br><hr>', (r) => r.on("br", { element(e) { e.append("a"); e.prepend("b"); } }));
    out.voidEndTag = await rwe('<br><p>x</p>', (r) => r.on("br", { element(e) { e.onEndTag(() => {}); } }));
    out.selfClosingEndTag = await rwe('<div/><p>x</p>', (r) => r.on("div", { element(e) { e.onEndTag((t) => t.after("!")); } }));
    out.svgSelfClosingEndTag = await rwe('<svg><path/></svg>', (r) => r.on("path", { element(e) { e.onEndTag((t) => t.after("!")); } }));
    out.canHave = await rw('<br><p>x</p><img/><svg><g/></svg><template>t</template>', (r) => r.on("*", { element(e) { e.setAttribute("ch", String(e.canHaveContent)); e.setAttribute("ns", e.namespaceURI); } }));
    out.setTagName = await rw('<p class=a>x</p><div>y</div>', (r) => r.on("p", { element(e) { e.tagName = "section"; e.setAttribute("tn", e.tagName); } }).on("div", { element(e) { e.tagName = "BR"; } }));
    out.setTagNameBad = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.tagName = "a b"; } }));
    out.setTagNameEmpty = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.tagName = ""; } }));
    out.attrNameBad = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.setAttribute("a b", "1"); } }));
    out.attrNameBad2 = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.setAttribute("", "1"); } }));
    out.attrNameBad3 = await rwe('<p>x</p>', (r) => r.on("p", { element(e) { e.setAttribute("a=b", "1"); } }));
    out.attrValueQuote = await rw('<p>x</p>', (r) => r.on("p", { element(e) { e.setAttribute("q", 'a"b\\'c<>&'); } }));
    out.attrMissing = await rw('<p A=1 b>x</p>', (r) => r.on("p", { element(e) { e.setAttribute("r", [e.hasAttribute("a"), e.hasAttribute("B"), e.getAttribute("b"), e.getAttribute("zz"), e.hasAttribute("zz")].join()); e.removeAttribute("zz"); e.removeAttribute("A"); } }));
    out.attrsLive = await rwe('<p a=1 b=2>x</p>', (r) => r.on("p", { element(e) { const it = e.attributes; e.setAttribute("c", "3"); e.removeAttribute("a"); e.setAttribute("l", [...it].map((x) => x.join("=")).join(",") + "|" + [...e.attributes].map((x) => x.join("=")).join(",")); } }));
    out.attrsIter = await rw('<p a=1 b=2>x</p>', (r) => r.on("p", { element(e) { const it = e.attributes; const f = it.next(); e.setAttribute("l", JSON.stringify([f, typeof it[Symbol.iterator], it[Symbol.iterator]() === it, Object.prototype.toString.call(it)])); } }));
    out.commentSet = await rw('<!--a--><p>x</p>', (r) => r.onDocument({ comments(c) { c.text = "b--c"; } }));
    out.commentSetBad = await rwe('<!--a--><p>x</p>', (r) => r.onDocument({ comments(c) { c.text = "-->"; } }));
    out.doctypes = await rw('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><!doctype><!DOCTYPE svg SYSTEM \\'x.dtd\\'><p>', (r) => r.onDocument({ doctype(d) { } }).on("p", { element(e) { } }));
    out.doctypeVals = await (async () => { const l = []; await new HTMLRewriter().onDocument({ doctype(d) { l.push([d.name, d.publicId, d.systemId]); } }).transform(new Response('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://x/y.dtd"><!doctype><!DOCTYPE SVG SYSTEM \\'x.dtd\\'><!DOCTYPE html PUBLIC "p">')).text(); return l; })();
    out.entities = await (async () => { const l = []; await new HTMLRewriter().on("p", { text(t) { l.push([t.text, t.lastInTextNode]); } }).on("title", { text(t) { l.push(["T", t.text, t.lastInTextNode]); } }).transform(new Response('<p>a&amp;b&lt;&#65;&nbsp;</p><title>x&amp;y</title><p></p>')).text(); return l; })();
    out.endTagSetName = await rw('<p>x</p>', (r) => r.on("p", { element(e) { e.onEndTag((t) => { t.name = "DIV"; t.after("|" + t.name); }); } }));
    out.textReplaceHtml = await rw('<p>a<b>c</b></p>', (r) => r.on("p", { text(t) { if (t.text) t.replace("<i>" + t.text + "</i>", { html: true }); } }));
    out.multiSame = await rw('<p>x</p>', (r) => r.on("p", { element(e) { e.before("1"); e.setAttribute("a", "1"); } }).on("p", { element(e) { e.before("2"); e.setAttribute("a", e.getAttribute("a") + "2"); } }).on("*", { element(e) { e.before("3"); } }));
    out.removedThenChild = await rw('<div><p>x</p></div><p>y</p>', (r) => r.on("div", { element(e) { e.remove(); } }).on("p", { element(e) { e.setAttribute("seen", "1"); } }));
    out.replacedThenChild = await rw('<div><p>x</p></div>', (r) => r.on("div", { element(e) { e.replace("<q>", { html: true }); } }).on("p", { element(e) { e.setAttribute("seen", "1"); } }).on("q", { element(e) { e.setAttribute("seen", "1"); } }));
    out.keepContent = await rw('<div a=1><p>x</p></div>', (r) => r.on("div", { element(e) { e.removeAndKeepContent(); e.setAttribute("b", "2"); e.before("["); e.after("]"); e.prepend("<"); e.append(">"); } }));
    out.charsetLatin = await (async () => { const res = new Response(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]), { headers: { "content-type": "text/html; charset=windows-1252" } }); const l = []; const t = await new HTMLRewriter().on("p", { text(x) { l.push(x.text); }, element(e) { e.append("é"); } }).transform(res).arrayBuffer(); return [l, [...new Uint8Array(t)]]; })();
    out.charsetBad = await (async () => { try { const res = new Response("<p>x</p>", { headers: { "content-type": "text/html; charset=utf-16" } }); return await new HTMLRewriter().on("p", { element(e) { e.append("y"); } }).transform(res).text(); } catch (e) { return [e.name, e.message]; } })();
    out.charsetUnknown = await (async () => { try { const res = new Response("<p>x</p>", { headers: { "content-type": "text/html; charset=bogus" } }); return await new HTMLRewriter().on("p", { element(e) { e.append("y"); } }).transform(res).text(); } catch (e) { return [e.name, e.message]; } })();
    out.thenable = await rw('<p>x</p>', (r) => r.on("p", { element(e) { return { then(res) { e.setAttribute("t", "1"); res(); } }; } }));
    out.handlerNotFn = await rwe('<p>x</p>', (r) => r.on("p", { element: 5 }));
    out.handlerNotFn2 = await rwe('<p>x</p>', (r) => r.onDocument({ end: "x" }));
`),
];
const trapsWat = `(module
  (memory (export "mem") 1 3)
  (table (export "tab") 2 4 funcref)
  (data $d "abcd")
  (elem $e func $one $one)
  (func $one (result i32) i32.const 1)
  (func (export "truncS") (param f32) (result i32) local.get 0 i32.trunc_f32_s)
  (func (export "truncU") (param f64) (result i32) local.get 0 i32.trunc_f64_u)
  (func (export "trunc64") (param f64) (result i64) local.get 0 i64.trunc_f64_s)
  (func (export "trunc64U") (param f32) (result i64) local.get 0 i64.trunc_f32_u)
  (func (export "truncSat") (param f64) (result i32) local.get 0 i32.trunc_sat_f64_s)
  (func (export "remS") (param i32 i32) (result i32) local.get 0 local.get 1 i32.rem_s)
  (func (export "remU") (param i32 i32) (result i32) local.get 0 local.get 1 i32.rem_u)
  (func (export "rem64") (param i64 i64) (result i64) local.get 0 local.get 1 i64.rem_s)
  (func (export "div64U") (param i64 i64) (result i64) local.get 0 local.get 1 i64.div_u)
  (func (export "divU") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_u)
  (func (export "fill") (param i32 i32) local.get 0 i32.const 7 local.get 1 memory.fill)
  (func (export "copy") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.copy)
  (func (export "init") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.init $d)
  (func (export "dropData") data.drop $d)
  (func (export "load64") (param i32) (result i64) local.get 0 i64.load)
  (func (export "loadOff") (param i32) (result i32) local.get 0 i32.load offset=65535)
  (func (export "store8") (param i32 i32) local.get 0 local.get 1 i32.store8)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
  (func (export "size") (result i32) memory.size)
  (func (export "tget") (param i32) (result funcref) local.get 0 table.get 0)
  (func (export "tset") (param i32) local.get 0 ref.null func table.set 0)
  (func (export "tfill") (param i32 i32) local.get 0 ref.null func local.get 1 table.fill 0)
  (func (export "tcopy") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 table.copy)
  (func (export "tinit") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 table.init $e)
  (func (export "dropElem") elem.drop $e)
  (func (export "tgrow") (param i32) (result i32) ref.null func local.get 0 table.grow 0)
  (func (export "tsize") (result i32) table.size 0)
  (type $t (func (result i32)))
  (type $t2 (func (param i32) (result i32)))
  (func (export "callInd") (param i32) (result i32) local.get 0 call_indirect (type $t))
  (func (export "callInd2") (param i32) (result i32) i32.const 0 local.get 0 call_indirect (type $t2))
)`;
const round3 = [
  wasmCase("nodewasm20-wasm-traps-d", "wasm: trap messages of conversions, remainders, bulk memory and table instructions, call_indirect bounds, grow results", { traps: wasm("traps", trapsWat) }, `
  const e = new WebAssembly.Instance(traps).exports;
  out.trunc = [c(() => e.truncS(NaN)), c(() => e.truncS(3e9)), c(() => e.truncS(-2147483904)), c(() => e.truncS(-2.9)), c(() => e.truncU(-1)), c(() => e.truncU(-0.9)), c(() => e.truncU(4294967296)), c(() => e.trunc64(1e19)), c(() => e.trunc64(-1e19)), c(() => e.trunc64(Infinity)), c(() => e.trunc64U(-1)), c(() => e.trunc64U(1.5)), c(() => e.truncSat(NaN)), c(() => e.truncSat(1e12)), c(() => e.truncSat(-1e12))];
  out.rem = [c(() => e.remS(5, 0)), c(() => e.remU(5, 0)), c(() => e.rem64(5n, 0n)), c(() => e.remS(-2147483648, -1)), c(() => e.rem64(-(2n ** 63n), -1n)), c(() => e.remS(-7, 2)), c(() => e.div64U(5n, 0n)), c(() => e.divU(-1, 2)), c(() => e.divU(1, 0))];
  out.bulk = [c(() => e.fill(65530, 10)), c(() => e.fill(65536, 0)), c(() => e.fill(65537, 0)), c(() => e.copy(0, 65530, 10)), c(() => e.copy(65530, 0, 10)), c(() => e.copy(0, 0, 0)), c(() => e.init(0, 2, 3)), c(() => e.init(0, 4, 0)), c(() => e.init(0, 5, 0)), c(() => e.init(65535, 0, 2)), c(() => { e.dropData(); return e.init(0, 0, 0); }), c(() => e.init(0, 0, 1)), c(() => e.load64(65529)), c(() => e.load64(65528)), c(() => e.loadOff(2)), c(() => e.loadOff(0)), c(() => e.store8(-1, 1))];
  out.table = [c(() => e.tget(2)), c(() => e.tget(-1)), c(() => e.tset(2)), c(() => e.tfill(1, 2)), c(() => e.tfill(2, 0)), c(() => e.tfill(3, 0)), c(() => e.tcopy(0, 1, 2)), c(() => e.tinit(1, 0, 2)), c(() => e.tinit(0, 0, 2)), c(() => e.callInd(0)), c(() => e.callInd(1)), c(() => e.callInd(2)), c(() => e.callInd(-1)), c(() => e.callInd2(0)), c(() => { e.dropElem(); return e.tinit(0, 0, 0); }), c(() => e.tgrow(2)), c(() => e.tgrow(1)), c(() => e.tsize()), c(() => e.tgrow(-1)), c(() => e.tget(3) === null)];
  out.grow = [c(() => { const b = e.mem.buffer; const r = e.grow(0); return [r, b.byteLength, e.mem.buffer === b, e.mem.buffer.byteLength]; }), c(() => { const b = e.mem.buffer; const r = e.grow(1); return [r, b.byteLength, e.mem.buffer.byteLength, e.size()]; }), c(() => e.grow(5)), c(() => e.grow(-1)), c(() => { const b = e.mem.buffer; const r = e.mem.grow(0); return [r, b.byteLength, e.mem.buffer === b]; }), c(() => e.mem.grow(1)), c(() => e.mem.grow(1)), c(() => e.size()), c(() => [e.tab.length, e.tab.grow(0), e.tab.length])];
  out.bufferProps = c(() => { const b = e.mem.buffer; return [Object.isFrozen(b), Object.isExtensible(b), b.resizable ?? null, b.maxByteLength ?? null, b.detached ?? null, Object.prototype.toString.call(b)]; });
  out.transferBuf = c(() => { const b = e.mem.buffer; try { return b.transfer(); } catch (x) { return [x.name, x.message]; } });
  out.structuredBuf = c(() => { const b = e.mem.buffer; try { return structuredClone(b, { transfer: [b] }).byteLength; } catch (x) { return [x.name, x.message]; } });
  out.postBuf = c(() => { const b = e.mem.buffer; try { return structuredClone(b).byteLength; } catch (x) { return [x.name, x.message]; } });
  `),
];
const mixWat = `(module
  (type $t (func (param i32 i32) (result i32)))
  (table 2 funcref)
  (elem (i32.const 0) $div $rem)
  (func $div (type $t) local.get 0 local.get 1 i32.div_s)
  (func $rem (type $t) local.get 0 local.get 1 i32.rem_s)
  (func $conv (param f64) (result i32) local.get 0 i32.trunc_f64_s)
  (func (export "viaCall") (param i32 i32) (result i32) local.get 0 local.get 1 call $rem)
  (func (export "viaIndirect") (param i32 i32 i32) (result i32) local.get 0 local.get 1 local.get 2 call_indirect (type $t))
  (func (export "convCall") (param f64) (result i32) local.get 0 call $conv)
  (func (export "both") (param i32 i32 f64) (result i32) local.get 0 local.get 1 i32.div_s local.get 2 i32.trunc_f64_s i32.add)
  (func (export "bothRem") (param i32 i32) (result i32) local.get 0 local.get 1 i32.rem_u local.get 0 local.get 1 i32.div_u i32.add)
  (func (export "simd") (param i32 i32) (result i32) v128.const i32x4 1 2 3 4 i32x4.extract_lane 1 drop local.get 0 local.get 1 i32.rem_s)
  (export "rem" (func $rem))
)`;
const elemOobWat = `(module (table 1 funcref) (elem (i32.const 1) $f) (func $f))`;
const startWat = `(module (func $s i32.const 1 i32.const 0 i32.rem_s drop) (start $s))`;
const startConvWat = `(module (func $s f32.const nan i32.trunc_f32_u drop) (start $s))`;
const atomWat = `(module (memory (export "mem") 1 1)
  (func (export "load") (param i32) (result i32) local.get 0 i32.atomic.load)
  (func (export "wait") (param i32) (result i32) local.get 0 i32.const 0 i64.const 0 memory.atomic.wait32)
  (func (export "notify") (param i32) (result i32) local.get 0 i32.const 1 memory.atomic.notify))`;
const round4 = [
  wasmCase("nodewasm20-wasm-trap-origins-e", "wasm: remainder and conversion traps reached through calls, indirect calls and SIMD code; traps of start functions; an element segment past its table", { mix: wasm("mix", mixWat), elemoob: wasm("elemoob", elemOobWat), start: wasm("start", startWat), startconv: wasm("startconv", startConvWat) }, `
  const e = new WebAssembly.Instance(mix).exports;
  out.calls = [c(() => e.viaCall(1, 0)), c(() => e.viaIndirect(1, 0, 0)), c(() => e.viaIndirect(-2147483648, -1, 0)), c(() => e.convCall(1e10)), c(() => e.convCall(NaN)), c(() => e.both(1, 0, 1)), c(() => e.both(-2147483648, -1, 1)), c(() => e.simd(1, 0)), c(() => e.rem(1, 0)), c(() => e.rem.name), c(() => e.viaCall.name)];
  out.elemOob = c(() => new WebAssembly.Instance(elemoob));
  out.elemOobAsync = await (async () => { try { await WebAssembly.instantiate(elemoob); return "ok"; } catch (x) { return [x.constructor.name, x.message]; } })();
  out.start = c(() => new WebAssembly.Instance(start));
  out.startConv = c(() => new WebAssembly.Instance(startconv));
  out.startAsync = await (async () => { try { await WebAssembly.instantiate(start); return "ok"; } catch (x) { return [x.constructor.name, x.message]; } })();
  `),
  wasmCase("nodewasm20-wasm-atomics-f", "wasm: atomic instructions on an unshared memory: unaligned accesses, bounds, wait and notify", { atom: wasm("atom", atomWat, ["--enable-threads"]) }, `
  const e = new WebAssembly.Instance(atom).exports;
  out.load = [c(() => e.load(0)), c(() => e.load(1)), c(() => e.load(65536)), c(() => e.load(65533)), c(() => e.load(65532))];
  out.wait = [c(() => e.wait(0)), c(() => e.wait(2)), c(() => e.wait(65536)), c(() => e.notify(0)), c(() => e.notify(1)), c(() => e.notify(65536))];
  out.buf = c(() => { const b = e.mem.buffer; return [Object.prototype.toString.call(b), b instanceof ArrayBuffer, b.byteLength]; });
  `),
];
const TRACE = `
const trace = (emitter, names, log, tag = "") => { for (const n of names) emitter.on(n, (x) => log.push(tag + n + (x === undefined ? "" : ":" + (x instanceof Error ? x.message : typeof x === "string" ? x : Buffer.isBuffer(x) ? x.toString() : String(x))))); };
const tick = () => new Promise((r) => setTimeout(r, 5));
`;
const round5 = [
  nodeCase("nodewasm20-stream-order-g", "stream: the order of events and callbacks (data, end, finish, close, error, drain, pipe) against microtasks and nextTick", `import { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } from "node:stream";`, TRACE + `
  out.readable = await a(async () => { const l = []; const r = new Readable({ read() {} }); trace(r, ["data", "end", "close", "pause", "resume", "readable"], l); r.push("a"); l.push("pushed"); r.push(null); l.push("ended"); queueMicrotask(() => l.push("micro")); process.nextTick(() => l.push("tick")); await tick(); return l; });
  out.readableFlow = await a(async () => { const l = []; const r = Readable.from(["x", "y"]); trace(r, ["data", "end", "close"], l); r.on("data", () => { l.push("sync"); }); l.push("attached"); await tick(); return l; });
  out.readableRead = await a(async () => { const l = []; const r = new Readable({ read() {} }); r.on("readable", () => { let c; while ((c = r.read()) !== null) l.push("read:" + c); l.push("readable"); }); trace(r, ["end", "close"], l); r.push("ab"); r.push("cd"); r.push(null); await tick(); return l; });
  out.writable = await a(async () => { const l = []; const w = new Writable({ highWaterMark: 2, write(c, e, cb) { l.push("write:" + c); Promise.resolve().then(() => process.nextTick(cb)); }, final(cb) { l.push("final"); cb(); } }); trace(w, ["drain", "finish", "close", "prefinish"], l); l.push("w1:" + w.write("a")); l.push("w2:" + w.write("bc")); w.end("d", () => l.push("endcb")); await tick(); await tick(); return l; });
  out.writableSync = await a(async () => { const l = []; const w = new Writable({ write(c, e, cb) { l.push("write:" + c); cb(); } }); trace(w, ["finish", "close"], l); w.write("a", () => l.push("cb1")); w.write("b", () => l.push("cb2")); w.end(() => l.push("endcb")); l.push("sync-end"); await tick(); return l; });
  out.writev = await a(async () => { const l = []; const w = new Writable({ write(c, e, cb) { l.push("write:" + c); Promise.resolve().then(() => process.nextTick(cb)); }, writev(chunks, cb) { l.push("writev:" + chunks.map((x) => x.chunk).join("|")); cb(); } }); w.write("a"); w.write("b"); w.write("c"); w.end(); trace(w, ["finish"], l); await tick(); await tick(); return l; });
  out.transform = await a(async () => { const l = []; const t = new Transform({ transform(c, e, cb) { l.push("t:" + c); cb(null, String(c).toUpperCase()); }, flush(cb) { l.push("flush"); cb(null, "!"); } }); trace(t, ["data", "end", "finish", "close", "prefinish"], l); t.write("a"); t.end("b"); await tick(); return l; });
  out.destroyErr = await a(async () => { const l = []; const r = new Readable({ read() {} }); trace(r, ["error", "close", "end"], l); r.destroy(new Error("boom")); l.push("sync"); queueMicrotask(() => l.push("micro")); process.nextTick(() => l.push("tick")); await tick(); return [l, r.destroyed, r.errored?.message, r.closed]; });
  out.destroyW = await a(async () => { const l = []; const w = new Writable({ write(c, e, cb) { cb(); }, destroy(err, cb) { l.push("_destroy:" + (err && err.message)); cb(err); } }); trace(w, ["error", "close", "finish"], l); w.write("x", (e) => l.push("wcb:" + (e && e.code))); w.destroy(new Error("wb")); w.write("y", (e) => l.push("wcb2:" + (e && e.code))); await tick(); return l; });
  out.pipe = await a(async () => { const l = []; const r = Readable.from(["a", "b"], { objectMode: false }); const w = new Writable({ write(c, e, cb) { l.push("w:" + c); cb(); } }); trace(w, ["pipe", "unpipe", "finish", "close"], l, "w."); trace(r, ["end", "close"], l, "r."); r.pipe(w); await tick(); return l; });
  out.pipeline = await a(async () => { const l = []; const p = new PassThrough(); const done = new Promise((res) => pipeline(Readable.from(["q"]), p, new Writable({ write(c, e, cb) { l.push("w:" + c); cb(); } }), (err) => { l.push("done:" + (err && err.message)); res(); })); trace(p, ["end", "finish", "close"], l, "p."); await done; await tick(); return l; });
  out.finished = await a(async () => { const l = []; const r = Readable.from(["a"]); finished(r, (err) => l.push("finished:" + (err && err.code))); r.on("close", () => l.push("close")); r.on("end", () => l.push("end")); r.resume(); await tick(); return l; });
  out.finishedPremature = await a(async () => { const l = []; const r = new Readable({ read() {} }); finished(r, (err) => l.push("finished:" + (err && err.code) + ":" + (err && err.message))); r.destroy(); await tick(); return l; });
  out.duplexHalf = await a(async () => { const l = []; const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } }); trace(d, ["end", "finish", "close"], l); d.resume(); d.push(null); await tick(); return [l, d.writableEnded, d.destroyed]; });
  out.asyncIter = await a(async () => { const l = []; const r = Readable.from(["a", "b", "c"]); trace(r, ["end", "close"], l); for await (const x of r) { l.push("it:" + x); if (x === "b") break; } l.push("after"); await tick(); return [l, r.destroyed]; });
  out.emitAfterEnd = await a(async () => { const l = []; const r = new Readable({ read() {} }); trace(r, ["error", "end"], l); r.push(null); try { r.push("late"); } catch (e) { l.push("threw:" + e.code); } r.resume(); await tick(); return l; });
  out.writeAfterEnd = await a(async () => { const l = []; const w = new Writable({ write(c, e, cb) { cb(); } }); trace(w, ["error", "close"], l); w.end(); const r = w.write("x", (e) => l.push("cb:" + (e && e.code))); l.push("ret:" + r); await tick(); return l; });
`),
];
const round6 = [
  nodeCase("nodewasm20-stream-v24-flag-h", "stream: write and end callbacks' values with enable_streams_nodejs_v24_compat", `import { Writable } from "node:stream";`, TRACE + `
  out.cbValues = await a(async () => { const l = []; const w = new Writable({ write(c, e, cb) { cb(); } }); w.write("a", (...x) => l.push(["w", x.length, x[0] === null ? "null" : typeof x[0]])); await tick(); w.end(() => l.push("end1")); await tick(); w.end((...x) => l.push(["end2", x.length, x[0] === null ? "null" : typeof x[0], x[0]?.code ?? null])); await tick(); return l; });
  out.writeRet = c(() => { const w = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } }); return [w.write(""), w.write("a")]; });
`, { flags: ["nodejs_compat", "enable_streams_nodejs_v24_compat"] }),
  nodeCase("nodewasm20-stream-v24-off-i", "stream: write and end callbacks' values without enable_streams_nodejs_v24_compat", `import { Writable } from "node:stream";`, TRACE + `
  out.cbValues = await a(async () => { const l = []; const w = new Writable({ write(c, e, cb) { cb(); } }); w.write("a", (...x) => l.push(["w", x.length, x[0] === null ? "null" : typeof x[0]])); await tick(); w.end(() => l.push("end1")); await tick(); w.end((...x) => l.push(["end2", x.length, x[0] === null ? "null" : typeof x[0], x[0]?.code ?? null])); await tick(); return l; });
  out.writeRet = c(() => { const w = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } }); return [w.write(""), w.write("a")]; });
`),
];
export default [...round1, ...round2, ...round3, ...round4, ...round5, ...round6];
