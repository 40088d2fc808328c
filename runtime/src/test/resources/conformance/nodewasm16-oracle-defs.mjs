// nodewasm16: node/wasm/html-rewriter probes. Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs nodewasm16
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
const a = async (f) => { try { return { ok: js(await Promise.race([f(), new Promise((_, rej) => setTimeout(() => rej(new Error("TIMEOUT")), 10000))])) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };
const collect = (s) => new Promise((res, rej) => { const parts = []; s.on("data", (d) => parts.push(typeof d === "string" ? d : Buffer.from(d).toString("latin1"))); s.on("end", () => res(parts)); s.on("error", rej); });
`;
const nodeCase = (name, description, imports, body, { date = CD, flags = ["nodejs_compat"], extra = {} } = {}) => ({ ...nodeCaseBase(name, description, imports, body, { date, flags, extra }) });
const nodeCaseBase = (name, description, imports, body, { date, flags, extra }) => ({
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
  steps: [get("/")],
});

const round1 = [
  nodeCase("nodewasm16-util-inspect-a", "util.inspect of classes, getters, symbols, options",
    `import util from "node:util";`, `
  class Foo { constructor() { this.a = 1; } get g() { return 2; } }
  class Bar extends Map { }
  const I = util.inspect;
  out.cls = c(() => I(new Foo()));
  out.clsCtor = c(() => I(Foo));
  out.anonCls = c(() => I(class {}));
  out.extMap = c(() => I(new Bar([[1, 2]])));
  out.nullProto = c(() => { const o = Object.create(null); o.x = 1; return I(o); });
  out.sym = c(() => I({ [Symbol("s")]: 1, [Symbol.iterator]: 2 }));
  out.getters = c(() => I({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} }, { getters: true }));
  out.gettersNo = c(() => I({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} }));
  out.depth0 = c(() => I({ a: { b: { c: {} } } }, { depth: 0 }));
  out.depthInf = c(() => I({ a: { b: { c: { d: { e: {} } } } } }, { depth: Infinity }));
  out.defaultDepth = c(() => I({ a: { b: { c: { d: { e: {} } } } } }));
  out.arrMany = c(() => I(Array.from({ length: 120 }, (_, i) => i)));
  out.arrHoles = c(() => I([1, , , 4, , ]));
  out.arrProps = c(() => { const x = [1, 2]; x.foo = "bar"; return I(x); });
  out.strLong = c(() => I("a".repeat(120)));
  out.strQuotes = c(() => [I("it's"), I('say "hi"'), I("both ' \\" \`"), I("nl\\n\\ttab")]);
  out.nested = c(() => I({ arr: [[1, [2, [3, [4]]]]], s: new Set([1, "a"]), m: new Map([["k", { v: 1 }]]) }));
  out.compactFalse = c(() => I({ a: 1, b: [1, 2] }, { compact: false }));
  out.compact1 = c(() => I({ a: 1, b: { c: 2 } }, { compact: 1 }));
  out.breakLength = c(() => I({ aaaa: 1, bbbb: 2, cccc: 3, dddd: 4 }, { breakLength: 20 }));
  out.sorted = c(() => I({ b: 1, a: 2, c: 3 }, { sorted: true }));
  out.showHidden = c(() => I([1, 2], { showHidden: true }));
  out.showHiddenErr = c(() => I(Object.defineProperty({}, "h", { value: 1, enumerable: false }), { showHidden: true }));
  out.maxArr = c(() => I([1, 2, 3, 4, 5], { maxArrayLength: 2 }));
  out.maxArr0 = c(() => I(new Set([1, 2, 3]), { maxArrayLength: 0 }));
  out.maxStr = c(() => I("abcdefghij", { maxStringLength: 4 }));
  out.numSep = c(() => I(123456789.12345, { numericSeparator: true }));
  out.bigSep = c(() => I(123456789n, { numericSeparator: true }));
  out.colors = c(() => I({ a: 1, s: "x", n: null, u: undefined, b: true, sy: Symbol("q"), d: new Date(0), r: /x/g, f() {} }, { colors: true }));
  out.custom = c(() => I({ [util.inspect.custom](depth, opts, insp) { return { rep: depth, t: typeof opts.stylize, same: insp === util.inspect }; } }));
  out.customStr = c(() => I({ inner: { [Symbol.for("nodejs.util.inspect.custom")]() { return "CUSTOM"; } } }));
  out.circular = c(() => { const o = { a: 1 }; o.self = o; o.arr = [o]; return I(o); });
  out.circular2 = c(() => { const o = { x: {} }; o.x.y = o.x; return I(o); });
  out.weak = c(() => [I(new WeakMap()), I(new WeakSet()), I(new WeakRef({}))]);
  out.boxed = c(() => [I(new Number(3)), I(new String("ab")), I(new Boolean(false)), I(Object(Symbol("z"))), I(Object(10n))]);
  out.fns = c(() => [I(function named() {}), I(async function af() {}), I(function* gen() {}), I(async function* ag() {}), I(() => {}), I(Math.max), I(Object.assign(function p() {}, { x: 1 }))]);
  out.errs = c(() => { const e = new TypeError("boom"); e.stack = "TypeError: boom\\n    at x"; e.code = "E1"; return [I(e), I(Object.assign(new Error("m"), { stack: undefined }))]; });
  out.errNoStack = c(() => { const e = new RangeError("r"); delete e.stack; Object.defineProperty(e, "stack", { value: "" }); return I(e); });
  out.errCause = c(() => { const e = new Error("outer", { cause: "inner" }); e.stack = "Error: outer"; return I(e); });
  out.aggregate = c(() => { const e = new AggregateError([new Error("x")], "agg"); e.stack = "AggregateError: agg"; e.errors[0].stack = "Error: x"; return I(e); });
  out.dates = c(() => [I(new Date(0)), I(new Date(NaN)), I(Object.assign(new Date(0), { x: 1 }))]);
  out.regex = c(() => [I(/a\\/b/gimsuy), I(Object.assign(/x/, { y: 1 }))]);
  out.typed = c(() => [I(new Uint8Array([1, 2, 3])), I(new Float64Array([1.5, -0])), I(new BigInt64Array([1n])), I(new ArrayBuffer(3)), I(new DataView(new ArrayBuffer(2))), I(new SharedArrayBuffer(2))]);
  out.bufInspect = c(() => [I(Buffer.from("hello")), I(Buffer.alloc(60))]);
  out.args = c(() => (function () { return I(arguments); })(1, "a"));
  out.negZero = c(() => [I(-0), I([-0]), I(0), I(-1.5e300), I(NaN), I(1e21), I(2 ** 53)]);
  out.keysQuote = c(() => I({ "a-b": 1, "1x": 2, valid_id: 3, "": 4, "ü": 5, 0: 6 }));
  out.globalThis = c(() => typeof I(globalThis));
  out.classStatic = c(() => I(class A { static x = 1; }));
  out.clsExt = c(() => I(class B extends Foo {}));
  out.objWithCtorProp = c(() => I({ constructor: "x" }));
  out.toStringTag = c(() => I({ [Symbol.toStringTag]: "Tag", a: 1 }));
  out.clsTag = c(() => { class T { get [Symbol.toStringTag]() { return "TT"; } } return I(new T()); });
`),
  nodeCase("nodewasm16-util-misc-b", "util.format, types, isDeepStrictEqual, parseArgs, styleText, MIMEType, misc",
    `import util from "node:util"; import * as u from "node:util";`, `
  const F = util.format;
  out.fmt = c(() => [F("%s", "a"), F("%s", 1n), F("%s", -0), F("%s", { a: 1 }), F("%s", [1, [2]]), F("%s", null), F("%s", Symbol("q")), F("%s", new Error("e").message), F("%d", "42"), F("%d", 1n), F("%d", {}), F("%i", 3.9), F("%i", "0x10"), F("%f", "1.5x"), F("%j", { a: [1] }), F("%j", (() => { const o = {}; o.o = o; return o; })()), F("%o", { a: 1 }), F("%O", { a: { b: { c: { d: 1 } } } }), F("%c", "css"), F("%%"), F("%s"), F("a", "b", 1, {}), F(1, 2), F("%x", 1), F("%s %s", "only")]);
  out.fmtClass = c(() => [F("%s", new (class X { toString() { return "ts"; } })()), F("%s", new Date(0)), F("%s", function f() {}), F("%s", new Map([[1,2]]))]);
  out.fmtWithOpts = c(() => util.formatWithOptions({ colors: true }, "%s %o", "x", { a: 1 }));
  const T = util.types;
  out.types = c(() => [T.isPromise(Promise.resolve()), T.isRegExp(/x/), T.isDate(new Date()), T.isNativeError(new TypeError()), T.isNativeError({ name: "Error" }), T.isAsyncFunction(async () => {}), T.isGeneratorFunction(function* () {}), T.isGeneratorObject((function* () {})()), T.isMap(new Map()), T.isSet(new Set()), T.isWeakMap(new WeakMap()), T.isTypedArray(Buffer.alloc(1)), T.isUint8Array(Buffer.alloc(1)), T.isArrayBuffer(new ArrayBuffer(1)), T.isSharedArrayBuffer(new SharedArrayBuffer(1)), T.isAnyArrayBuffer(new SharedArrayBuffer(1)), T.isBoxedPrimitive(Object(1)), T.isNumberObject(Object(1)), T.isStringObject(Object("s")), T.isSymbolObject(Object(Symbol())), T.isBigIntObject(Object(1n)), T.isModuleNamespaceObject(u), T.isArgumentsObject((function () { return arguments; })()), T.isDataView(new DataView(new ArrayBuffer(1))), T.isMapIterator(new Map().keys()), T.isSetIterator(new Set().values()), T.isWeakSet(new WeakSet()), T.isExternal({}), T.isKeyObject?.({}), T.isCryptoKey?.({})]);
  out.typesKeys = c(() => Object.keys(T).sort());
  out.deep = c(() => [util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ["1"]), util.isDeepStrictEqual(new Set([1, 2]), new Set([2, 1])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual(new Date(1), new Date(1)), util.isDeepStrictEqual(Object.create(null), {})]);
  out.parseArgs = c(() => util.parseArgs({ args: ["-f", "--bar", "b", "pos"], options: { foo: { type: "boolean", short: "f" }, bar: { type: "string" } }, allowPositionals: true }));
  out.parseArgsErr = c(() => util.parseArgs({ args: ["--nope"], options: {} }));
  out.parseArgsErr2 = c(() => util.parseArgs({ args: ["pos"], options: {} }));
  out.parseArgsTokens = c(() => util.parseArgs({ args: ["--a=1", "-b"], options: { a: { type: "string" }, b: { type: "boolean" } }, tokens: true }).tokens);
  out.styleText = c(() => [util.styleText("red", "x"), util.styleText(["bold", "underline"], "y")]);
  out.styleTextBad = c(() => util.styleText("nocolor", "x"));
  out.strip = c(() => util.stripVTControlCharacters("\\u001b[31mred\\u001b[39m"));
  out.toUSV = c(() => util.toUSVString("a\\ud800b"));
  out.mime = c(() => { const m = new util.MIMEType("text/html; charset=UTF-8; a=\\"b c\\""); return [m.type, m.subtype, m.essence, m.params.get("charset"), String(m), [...m.params.keys()]]; });
  out.mimeBad = c(() => new util.MIMEType("nope"));
  out.mimeParams = c(() => { const m = new util.MIMEType("a/b"); m.params.set("x", "y z"); m.type = "C"; return String(m); });
  out.inherits = c(() => { function A() {} function B() {} util.inherits(B, A); return [Object.getPrototypeOf(B.prototype) === A.prototype, B.super_ === A]; });
  out.inheritsErr = c(() => util.inherits(function () {}, null));
  out.inheritsErr2 = c(() => util.inherits(null, function () {}));
  out.deprecate = c(() => { const f = util.deprecate(() => 5, "old", "DEP0"); return [f(), f.name, typeof f]; });
  out.callbackify = await a(() => new Promise((res) => util.callbackify(async (x) => x * 2)(4, (e, v) => res([e, v]))));
  out.callbackifyRej = await a(() => new Promise((res) => util.callbackify(async () => { throw null; })((e) => res([e?.name, e?.message, e?.reason, e?.code]))));
  out.callbackifyErr = c(() => util.callbackify(5));
  out.promisifyErr = c(() => util.promisify(5));
  out.promisifyCustom = c(() => { const f = () => {}; f[util.promisify.custom] = () => "C"; return [util.promisify(f) === f[util.promisify.custom], typeof util.promisify.custom]; });
  out.promisified = await a(() => util.promisify((a, cb) => cb(null, a + 1))(1));
  out.promisifiedErr = await a(() => util.promisify((cb) => cb(new Error("pe")))());
  out.aborted = c(() => typeof util.aborted);
  out.getSystemErrorName = c(() => util.getSystemErrorName?.(-2));
  out.getSystemErrorMap = c(() => typeof util.getSystemErrorMap);
  out.debuglog = c(() => { const d = util.debuglog("x"); d("hi"); return [typeof d, d.enabled, typeof util.debug]; });
  out.isArray = c(() => [util.isArray([]), typeof util.isBoolean, typeof util.isError, typeof util.log, typeof util._extend, typeof util.transferableAbortSignal, typeof util.getCallSite, typeof util.getCallSites]);
  out.textCoders = c(() => [util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder, new util.TextDecoder().encoding]);
  out.inspectDefault = c(() => util.inspect.defaultOptions);
  out.inspectStyles = c(() => [util.inspect.styles.number, util.inspect.colors.red]);
  out.keys = c(() => Object.keys(util).sort());
`),
  nodeCase("nodewasm16-buffer-c", "Buffer more edges",
    `import buffer from "node:buffer";`, `
  out.keys = c(() => Object.keys(buffer).sort());
  out.consts = c(() => [buffer.constants.MAX_LENGTH, buffer.constants.MAX_STRING_LENGTH, buffer.kMaxLength, buffer.INSPECT_MAX_BYTES]);
  out.transcode = c(() => [buffer.transcode(Buffer.from("hé"), "utf8", "latin1").toString("hex"), buffer.transcode(Buffer.from("hé"), "utf8", "ucs2").toString("hex"), buffer.transcode(Buffer.from("€"), "utf8", "ascii").toString("hex")]);
  out.transcodeErr = c(() => buffer.transcode(Buffer.from("x"), "utf8", "hex"));
  out.isUtf8 = c(() => [buffer.isUtf8(Buffer.from([0xc3, 0xa9])), buffer.isUtf8(Buffer.from([0xff])), buffer.isAscii(Buffer.from("abc")), buffer.isAscii(Buffer.from("é"))]);
  out.isUtf8Err = c(() => buffer.isUtf8("str"));
  out.blob = await a(async () => { const b = new buffer.Blob(["ab", Buffer.from("c")], { type: "text/plain" }); return [b.size, b.type, await b.text(), b instanceof Blob]; });
  out.file = c(() => { const f = new buffer.File(["x"], "n.txt", { lastModified: 5 }); return [f.name, f.lastModified, f.size, f instanceof Blob]; });
  out.resolveObjectURL = c(() => buffer.resolveObjectURL?.("blob:nodedata:abc"));
  out.atob = c(() => [buffer.atob("aGk="), buffer.btoa("hi")]);
  out.atobErr = c(() => buffer.atob("!!"));
  out.fromErrs = c(() => [c(() => Buffer.from()), c(() => Buffer.from(5)), c(() => Buffer.from(null)), c(() => Buffer.from({})), c(() => Buffer.from(Symbol()))]);
  out.fromObj = c(() => [Buffer.from({ length: 2, 0: 7, 1: 300 }).toString("hex"), Buffer.from({ type: "Buffer", data: [1, 2] }).toString("hex"), Buffer.from(new String("ab")).toString(), Buffer.from({ valueOf() { return "zz"; } }).toString(), Buffer.from({ [Symbol.toPrimitive]() { return "tp"; } }).toString()]);
  out.allocErrs = c(() => [c(() => Buffer.alloc(-1)), c(() => Buffer.alloc("5")), c(() => Buffer.alloc(2 ** 53)), c(() => Buffer.allocUnsafe(NaN)), c(() => Buffer.alloc(2, "")), c(() => Buffer.alloc(3, "ab", "hex").toString("hex")), c(() => Buffer.alloc(3, "zz", "hex"))]);
  out.concatErr = c(() => [c(() => Buffer.concat([1])), c(() => Buffer.concat("x")), c(() => Buffer.concat([Buffer.from("a"), new Uint8Array([98])], 5).toString("hex"))]);
  out.byteLength = c(() => [Buffer.byteLength("héllo"), Buffer.byteLength("aGk=", "base64"), Buffer.byteLength("abc", "hex"), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength("€", "ucs2"), Buffer.byteLength("x", "latin1")]);
  out.byteLengthErr = c(() => Buffer.byteLength(5));
  out.isEncoding = c(() => ["utf8", "UTF-8", "Utf16le", "binary", "base64url", "ucs-2", "utf-16le", "nope", "", null].map((e) => Buffer.isEncoding(e)));
  out.toStringRange = c(() => { const b = Buffer.from("abcdef"); return [b.toString("utf8", 2), b.toString("utf8", 2, 4), b.toString("utf8", -1, 100), b.toString("utf8", 4, 2), b.toString(undefined, 1)]; });
  out.toStringBadEnc = c(() => Buffer.from("a").toString("nope"));
  out.write = c(() => { const b = Buffer.alloc(6); return [b.write("héllo"), b.toString("hex"), b.write("ff", 1, "hex"), b.write("zz", "hex"), b.write("abc", 4), b.toString("latin1")]; });
  out.writeErr = c(() => Buffer.alloc(2).write("a", 5));
  out.fill = c(() => [Buffer.alloc(5).fill("ab", 1).toString(), Buffer.alloc(4).fill(0x101).toString("hex"), Buffer.alloc(4).fill("").toString("hex"), Buffer.alloc(3).fill(Buffer.from([1, 2])).toString("hex")]);
  out.fillErr = c(() => Buffer.alloc(3).fill("x", 5));
  out.indexOf = c(() => { const b = Buffer.from("abcabc"); return [b.indexOf("c"), b.indexOf("c", 3), b.indexOf("c", -2), b.lastIndexOf("a"), b.lastIndexOf("a", 2), b.indexOf(98), b.indexOf(Buffer.from("ca")), b.includes("bc"), b.indexOf(""), b.indexOf("", 10), b.indexOf("6263", 0, "hex"), b.lastIndexOf("")]; });
  out.indexOfErr = c(() => Buffer.from("a").indexOf({}));
  out.equals = c(() => [Buffer.from("a").equals(Buffer.from("a")), Buffer.from("a").equals(new Uint8Array([97]))]);
  out.equalsErr = c(() => Buffer.from("a").equals("a"));
  out.compare = c(() => [Buffer.compare(Buffer.from("a"), Buffer.from("b")), Buffer.from("abc").compare(Buffer.from("xbc"), 1, 3, 1, 3), Buffer.from("b").compare(Buffer.from("a"))]);
  out.compareErr = c(() => Buffer.from("a").compare(Buffer.from("b"), -1));
  out.swap = c(() => [Buffer.from([1, 2, 3, 4]).swap16().toString("hex"), Buffer.from([1, 2, 3, 4]).swap32().toString("hex"), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64().toString("hex")]);
  out.swapErr = c(() => Buffer.from([1, 2, 3]).swap16());
  out.json = c(() => JSON.stringify(Buffer.from([1, 2])));
  out.slice = c(() => { const b = Buffer.from("abcd"); const s = b.slice(1, 3); s[0] = 0x7a; return [b.toString(), b.subarray(-2).toString(), b.slice(3, 1).length]; });
  out.copy = c(() => { const a1 = Buffer.from("abcd"); const b1 = Buffer.alloc(3); return [a1.copy(b1, 1, 2), b1.toString("hex"), a1.copy(a1, 1), a1.toString()]; });
  out.readWrite = c(() => { const b = Buffer.alloc(8); b.writeUInt16BE(0x1234); b.writeInt16LE(-2, 2); b.writeFloatBE(1.5, 4); return [b.toString("hex"), b.readUIntBE(0, 3), b.readIntLE(1, 3), b.readFloatBE(4), b.readBigUInt64LE(0).toString(), b.writeDoubleLE(0.1).toString()]; });
  out.readErr = c(() => [c(() => Buffer.alloc(2).readUInt32LE(0)), c(() => Buffer.alloc(4).readUInt8(4)), c(() => Buffer.alloc(4).readUInt8(1.5)), c(() => Buffer.alloc(4).readUIntBE(0, 7)), c(() => Buffer.alloc(4).writeUInt8(256)), c(() => Buffer.alloc(4).writeInt8(-129)), c(() => Buffer.alloc(8).writeBigInt64LE(2n ** 64n))]);
  out.aliases = c(() => [typeof Buffer.prototype.readUint8, typeof Buffer.prototype.writeUint32LE, typeof Buffer.prototype.readBigUint64BE, typeof Buffer.prototype.asciiSlice, typeof Buffer.prototype.utf8Write, typeof Buffer.prototype.parent, typeof Buffer.prototype.offset]);
  out.iter = c(() => [[...Buffer.from("ab").entries()], [...Buffer.from("ab").keys()]]);
  out.base64 = c(() => [Buffer.from("a b\\nc=d", "base64").toString("hex"), Buffer.from("_-_-", "base64").toString("hex"), Buffer.from("+/+/", "base64url").toString("hex"), Buffer.from("YQ", "base64").toString(), Buffer.from("YQ===x", "base64").toString("hex"), Buffer.from([0xfb, 0xff]).toString("base64url")]);
  out.hex = c(() => [Buffer.from("abz", "hex").toString("hex"), Buffer.from("a", "hex").length, Buffer.from("0g12", "hex").length, Buffer.from("ABCD", "hex").toString("hex")]);
  out.utf16 = c(() => [Buffer.from("hé€", "utf16le").toString("hex"), Buffer.from([0x61, 0, 0x62]).toString("utf16le"), Buffer.from("\\ud83d\\ude00").toString("hex"), Buffer.from("\\ud800").toString("hex")]);
  out.latin1 = c(() => [Buffer.from("é€", "latin1").toString("hex"), Buffer.from([0xe9, 0x80]).toString("latin1"), Buffer.from([0xe9, 0xff]).toString("ascii")]);
  out.utf8Decode = c(() => [Buffer.from([0xe2, 0x82]).toString(), Buffer.from([0xf0, 0x9f, 0x98]).toString().length, Buffer.from([0xc0, 0x80]).toString(), Buffer.from([0xed, 0xa0, 0x80]).toString().length]);
  out.toLocale = c(() => [Buffer.from("x").toLocaleString(), Buffer.prototype.toLocaleString === Buffer.prototype.toString]);
  out.inspectB = c(() => Buffer.from("ab")[Symbol.for("nodejs.util.inspect.custom")]?.(2, {}));
  out.ctor = c(() => [typeof buffer.SlowBuffer, Buffer.poolSize, Buffer.from("a") instanceof Uint8Array, Buffer.name, Buffer.length, Object.getPrototypeOf(Buffer) === Uint8Array]);
  out.callWithoutNew = c(() => Buffer("abc").toString());
  out.bufNum = c(() => new Buffer(3).length);
  out.ofFrom = c(() => [Buffer.of(1, 2).toString("hex"), Buffer.copyBytesFrom ? "has" : "no"]);
`),
];
const round2 = [
  nodeCase("nodewasm16-stream-d", "stream: Readable.from, pipeline, finished, Duplex.from, compose, consumers, errors",
    `import stream from "node:stream"; import { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } from "node:stream"; import sp from "node:stream/promises"; import consumers from "node:stream/consumers";`, `
  out.fromArr = await a(() => collect(Readable.from(["a", "b", "c"])));
  out.fromStr = await a(() => collect(Readable.from("abc")));
  out.fromBuf = await a(() => collect(Readable.from(Buffer.from("xy"))));
  out.fromGen = await a(() => collect(Readable.from((async function* () { yield "1"; yield "2"; })())));
  out.fromObjMode = c(() => [Readable.from([1]).readableObjectMode, Readable.from([1], { objectMode: false }).readableObjectMode, Readable.from([1]).readableHighWaterMark]);
  out.fromErr = c(() => Readable.from(5));
  out.fromNull = await a(() => collect(Readable.from([1, null, 2])));
  out.asyncIter = await a(async () => { const r = []; for await (const x of Readable.from([1, 2, 3])) r.push(x); return r; });
  out.pipelineP = await a(async () => { const chunks = []; await sp.pipeline(Readable.from(["a", "b"]), new Transform({ transform(ch, e, cb) { cb(null, String(ch).toUpperCase()); } }), new Writable({ write(ch, e, cb) { chunks.push(String(ch)); cb(); } })); return chunks; });
  out.pipelineGen = await a(async () => { const chunks = []; await sp.pipeline(Readable.from(["a", "b"]), async function* (src) { for await (const x of src) yield x + "!"; }, new Writable({ objectMode: true, write(ch, e, cb) { chunks.push(String(ch)); cb(); } })); return chunks; });
  out.pipelineErr = await a(async () => sp.pipeline(Readable.from(["a"]), new Transform({ transform(ch, e, cb) { cb(new Error("tx fail")); } }), new PassThrough()));
  out.pipelineCb = await a(() => new Promise((res) => pipeline(Readable.from(["q"]), new PassThrough(), (err) => res(err ? err.message : "done"))));
  out.pipelineNoCb = c(() => pipeline(Readable.from(["q"]), new PassThrough()));
  out.pipelineFew = c(() => pipeline(Readable.from(["q"]), () => {}));
  out.finished = await a(() => new Promise((res) => { const r = Readable.from(["a"]); finished(r, (err) => res(err ? err.message : "fin")); r.resume(); }));
  out.finishedP = await a(async () => { const w = new Writable({ write(ch, e, cb) { cb(); } }); w.end("x"); await sp.finished(w); return w.writableFinished; });
  out.prematureClose = await a(() => new Promise((res) => { const r = new Readable({ read() {} }); finished(r, (err) => res([err?.code, err?.message])); r.destroy(); }));
  out.destroyErr = await a(() => new Promise((res) => { const r = new Readable({ read() {} }); r.on("error", (e) => res(["err", e.message])); r.on("close", () => res(["close", r.destroyed, r.errored?.message])); r.destroy(new Error("boom")); }));
  out.writeAfterEnd = await a(() => new Promise((res) => { const w = new Writable({ write(ch, e, cb) { cb(); } }); w.on("error", (e) => res([e.code, e.message])); w.end(); w.write("x"); }));
  out.pushAfterEof = await a(() => new Promise((res) => { const r = new Readable({ read() {} }); r.on("error", (e) => res([e.code, e.message])); r.push(null); r.push("x"); }));
  out.writeNull = c(() => new Writable({ write(c, e, cb) { cb(); } }).write(null));
  out.writeNum = await a(() => new Promise((res) => { const w = new Writable({ write(c, e, cb) { cb(); } }); w.on("error", (e) => res(["ev", e.code])); try { w.write(5); } catch (e) { res(["threw", e.code, e.message]); } }));
  out.notImpl = await a(() => new Promise((res) => { const r = new Readable(); r.on("error", (e) => res([e.code, e.message])); r.read(); }));
  out.notImplW = await a(() => new Promise((res) => { const w = new Writable(); w.on("error", (e) => res([e.code, e.message])); w.write("x"); }));
  out.duplexFrom = await a(async () => { const d = Duplex.from(async function* (src) { for await (const x of src) yield String(x).toUpperCase(); }); d.end("ab"); return collect(d); });
  out.duplexFromStr = await a(() => collect(Duplex.from("hello")));
  out.compose = c(() => typeof stream.compose);
  out.consumers = await a(async () => [await consumers.text(Readable.from(["a", "b"])), await consumers.json(Readable.from(['{"x":', '1}'])), (await consumers.buffer(Readable.from([Buffer.from("z")]))).toString(), (await consumers.arrayBuffer(Readable.from([Buffer.from("zz")]))).byteLength]);
  out.toWeb = await a(async () => { const w = Readable.toWeb(Readable.from([Buffer.from("ab")])); const r = w.getReader(); const x = await r.read(); return [w instanceof ReadableStream, x.value instanceof Uint8Array, Buffer.from(x.value).toString()]; });
  out.fromWeb = await a(() => collect(Readable.fromWeb(new Response("web body").body)));
  out.readableOps = await a(async () => [await Readable.from([1, 2, 3, 4]).map((x) => x * 2).filter((x) => x > 2).toArray(), await Readable.from([1, 2, 3]).reduce((s, x) => s + x, 0), await Readable.from([1, 2, 3]).take(2).toArray(), await Readable.from([1, 2, 3]).drop(1).toArray(), await Readable.from([1, 2]).some((x) => x > 1), await Readable.from([[1], [2]]).flatMap((x) => x).toArray()]);
  out.state = c(() => { const r = new Readable({ read() {} }); r.push("a"); return [r.readableLength, r.readableFlowing, r.readableEnded, r.readable, r.readableHighWaterMark, r.isPaused(), r.destroyed, new Writable().writableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark]; });
  out.getDefaultHWM = c(() => [stream.getDefaultHighWaterMark?.(false), stream.getDefaultHighWaterMark?.(true)]);
  out.isErrored = c(() => [stream.isErrored?.(new Readable()), stream.isReadable?.(new Readable()), stream.isDisturbed?.(new Readable())]);
  out.addAbort = await a(() => new Promise((res) => { const ac = new AbortController(); const r = stream.addAbortSignal(ac.signal, new Readable({ read() {} })); r.on("error", (e) => res([e.name, e.code, e.message])); ac.abort(); }));
  out.keys = c(() => Object.keys(stream).sort());
  out.setEnc = await a(() => { const r = Readable.from([Buffer.from([0xe2, 0x82]), Buffer.from([0xac])], { objectMode: false }); r.setEncoding("utf8"); return collect(r); });
  out.unshift = await a(() => new Promise((res) => { const r = new Readable({ read() {} }); r.push("b"); r.unshift("a"); r.push(null); collect(r).then(res); }));
  out.cork = c(() => { const got = []; const w = new Writable({ writev(chunks, cb) { got.push(chunks.length); cb(); }, write(c, e, cb) { got.push("w"); cb(); } }); w.cork(); w.write("a"); w.write("b"); return [w.writableCorked, w.writableLength]; });
  out.objectModeErr = await a(() => new Promise((res) => { const w = new Writable({ write(c, e, cb) { cb(); } }); try { w.write({}); } catch (e) { res([e.name, e.code, e.message]); } w.on("error", (e) => res(["ev", e.code, e.message])); }));
`),
  nodeCase("nodewasm16-zlib-e", "zlib sync/async/stream, errors, crc32, options",
    `import zlib from "node:zlib"; import { promisify } from "node:util";`, `
  const inp = Buffer.from("hello hello hello hello");
  out.gzip = c(() => zlib.gunzipSync(zlib.gzipSync(inp)).toString());
  out.gzipHead = c(() => zlib.gzipSync(inp).subarray(0, 10).toString("hex"));
  out.deflate = c(() => zlib.deflateSync(inp).toString("base64"));
  out.deflateLvl = c(() => [zlib.deflateSync(inp, { level: 0 }).toString("hex"), zlib.deflateSync(inp, { level: 1 }).toString("base64")]);
  out.raw = c(() => zlib.inflateRawSync(zlib.deflateRawSync(inp)).toString());
  out.unzip = c(() => [zlib.unzipSync(zlib.gzipSync(inp)).toString(), zlib.unzipSync(zlib.deflateSync(inp)).toString()]);
  out.brotli = c(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(inp)).toString());
  out.brotliParams = c(() => zlib.brotliCompressSync(inp, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } }).length > 0);
  out.crc32 = c(() => [zlib.crc32("hello"), zlib.crc32(Buffer.from("hello")), zlib.crc32("world", zlib.crc32("hello ")), zlib.crc32("")]);
  out.crc32Err = c(() => zlib.crc32(5));
  out.badData = c(() => zlib.inflateSync(Buffer.from("garbage")));
  out.badGunzip = c(() => zlib.gunzipSync(Buffer.from("garbage!!!!!")));
  out.truncated = c(() => zlib.inflateSync(zlib.deflateSync(inp).subarray(0, 5)));
  out.truncatedGz = c(() => zlib.gunzipSync(zlib.gzipSync(inp).subarray(0, 15)));
  out.badLevel = c(() => zlib.deflateSync(inp, { level: 42 }));
  out.badWindow = c(() => zlib.deflateSync(inp, { windowBits: 3 }));
  out.badInput = c(() => zlib.deflateSync(5));
  out.strInput = c(() => zlib.inflateSync(zlib.deflateSync("str")).toString());
  out.info = c(() => { const r = zlib.inflateSync(zlib.deflateSync(inp), { info: true }); return [Object.keys(r), r.buffer?.toString(), r.engine?.constructor?.name]; });
  out.async = await a(() => new Promise((res) => zlib.gzip(inp, (e, buf) => zlib.gunzip(buf, (e2, back) => res([e, e2, back.toString()])))));
  out.asyncErr = await a(() => new Promise((res) => zlib.inflate(Buffer.from("zz"), (e, r) => res([e?.name, e?.code, e?.errno, e?.message, r]))));
  out.promisified = await a(async () => (await promisify(zlib.deflate)(inp)).length);
  out.stream = await a(() => new Promise((res) => { const g = zlib.createGzip(); const u = zlib.createGunzip(); const parts = []; u.on("data", (d) => parts.push(d.toString())); u.on("end", () => res(parts.join(""))); g.pipe(u); g.write("abc"); g.end("def"); }));
  out.streamErr = await a(() => new Promise((res) => { const u = zlib.createInflate(); u.on("error", (e) => res([e.name, e.code, e.errno, e.message])); u.end(Buffer.from("bad stream data")); }));
  out.maxOutput = c(() => zlib.inflateSync(zlib.deflateSync(Buffer.alloc(1000)), { maxOutputLength: 10 }));
  out.consts = c(() => [zlib.constants.Z_BEST_COMPRESSION, zlib.constants.Z_SYNC_FLUSH, zlib.Z_DEFAULT_COMPRESSION, zlib.codes?.Z_DATA_ERROR, zlib.codes?.["-3"], zlib.constants.BROTLI_MODE_TEXT]);
  out.classes = c(() => [typeof zlib.Gzip, typeof zlib.Deflate, new zlib.Gzip() instanceof zlib.Gzip, typeof zlib.createBrotliCompress, zlib.createGzip().constructor.name]);
  out.gzipLevel9 = c(() => zlib.gzipSync(inp, { level: 9 }).toString("base64"));
  out.params = await a(() => new Promise((res) => { const d = zlib.createDeflate(); d.params(1, 0, (e) => res(e ? e.message : "ok")); }));
  // (zstd left out: miniflare4j has no zstd)
  out.keys = c(() => Object.keys(zlib).filter((k) => !/zstd/i.test(k) || k.startsWith("ZSTD_")).sort());
`),
  nodeCase("nodewasm16-crypto-f", "crypto: ciphers, randoms, kdfs, keys, misc errors",
    `import crypto from "node:crypto";`, `
  const key = Buffer.alloc(32, 1), iv = Buffer.alloc(16, 2), iv12 = Buffer.alloc(12, 3);
  out.ciphers = c(() => crypto.getCiphers().length > 0 && crypto.getCiphers().sort());
  out.curves = c(() => crypto.getCurves().sort());
  out.hashes = c(() => crypto.getHashes().sort());
  out.aesCbc = c(() => { const ci = crypto.createCipheriv("aes-256-cbc", key, iv); const enc = Buffer.concat([ci.update("secret text"), ci.final()]); const de = crypto.createDecipheriv("aes-256-cbc", key, iv); return [enc.toString("hex"), Buffer.concat([de.update(enc), de.final()]).toString()]; });
  out.aesCtr = c(() => { const ci = crypto.createCipheriv("aes-256-ctr", key, iv); return ci.update("secret", "utf8", "hex") + ci.final("hex"); });
  out.aesGcm = c(() => { const ci = crypto.createCipheriv("aes-256-gcm", key, iv12); ci.setAAD(Buffer.from("aad")); const enc = Buffer.concat([ci.update("gcm text"), ci.final()]); const tag = ci.getAuthTag(); const de = crypto.createDecipheriv("aes-256-gcm", key, iv12); de.setAAD(Buffer.from("aad")); de.setAuthTag(tag); return [enc.toString("hex"), tag.toString("hex"), Buffer.concat([de.update(enc), de.final()]).toString()]; });
  out.gcmBadTag = c(() => { const ci = crypto.createCipheriv("aes-256-gcm", key, iv12); const enc = Buffer.concat([ci.update("x"), ci.final()]); const de = crypto.createDecipheriv("aes-256-gcm", key, iv12); de.setAuthTag(Buffer.alloc(16)); de.update(enc); return de.final(); });
  out.gcmNoTag = c(() => { const de = crypto.createDecipheriv("aes-256-gcm", key, iv12); de.update(Buffer.from("ab")); return de.final(); });
  out.chacha = c(() => { const ci = crypto.createCipheriv("chacha20-poly1305", key, iv12, { authTagLength: 16 }); const e = Buffer.concat([ci.update("cc"), ci.final()]); return [e.toString("hex"), ci.getAuthTag().toString("hex")]; });
  out.badKeyLen = c(() => crypto.createCipheriv("aes-256-cbc", Buffer.alloc(5), iv));
  out.badIvLen = c(() => crypto.createCipheriv("aes-256-cbc", key, Buffer.alloc(5)));
  out.badAlgo = c(() => crypto.createCipheriv("nope-cipher", key, iv));
  out.badPad = c(() => { const de = crypto.createDecipheriv("aes-256-cbc", key, iv); de.update(Buffer.alloc(16)); return de.final(); });
  out.noPad = c(() => { const ci = crypto.createCipheriv("aes-256-cbc", key, iv); ci.setAutoPadding(false); ci.update("short"); return ci.final(); });
  out.finalTwice = c(() => { const ci = crypto.createCipheriv("aes-256-cbc", key, iv); ci.final(); return ci.final(); });
  out.ecb = c(() => { const ci = crypto.createCipheriv("aes-128-ecb", Buffer.alloc(16, 1), null); return Buffer.concat([ci.update("x"), ci.final()]).toString("hex"); });
  out.createCipher = c(() => typeof crypto.createCipher);
  out.cipherInfo = c(() => [crypto.getCipherInfo?.("aes-256-gcm"), crypto.getCipherInfo?.("nope")]);
  out.randomBytes = c(() => [crypto.randomBytes(8).length, typeof crypto.randomBytes(0)]);
  out.randomBytesErr = c(() => crypto.randomBytes(-1));
  out.randomBytesErr2 = c(() => crypto.randomBytes("a"));
  out.randomBytesCb = await a(() => new Promise((res) => crypto.randomBytes(4, (e, b) => res([e, b.length]))));
  out.randomInt = c(() => { const v = crypto.randomInt(5, 6); return [v, typeof crypto.randomInt(10)]; });
  out.randomIntErr = c(() => crypto.randomInt(5, 5));
  out.randomIntErr2 = c(() => crypto.randomInt(2 ** 49));
  out.randomFill = c(() => { const b = Buffer.alloc(4); crypto.randomFillSync(b, 1, 2); return [b[0], b[3]]; });
  out.randomFillErr = c(() => crypto.randomFillSync(Buffer.alloc(4), 5));
  out.uuid = c(() => /^[0-9a-f-]{36}$/.test(crypto.randomUUID()) && crypto.randomUUID()[14]);
  out.pbkdf2 = c(() => crypto.pbkdf2Sync("pw", "salt", 1000, 16, "sha256").toString("hex"));
  out.pbkdf2Err = c(() => crypto.pbkdf2Sync("pw", "salt", 0, 16, "sha256"));
  out.pbkdf2ErrDigest = c(() => crypto.pbkdf2Sync("pw", "salt", 1, 16, "nope"));
  out.pbkdf2NoDigest = c(() => crypto.pbkdf2Sync("pw", "salt", 1, 16));
  out.pbkdf2Cb = await a(() => new Promise((res) => crypto.pbkdf2("pw", "salt", 1, 8, "sha1", (e, k) => res(k.toString("hex")))));
  out.scrypt = c(() => crypto.scryptSync("pw", "salt", 16, { N: 16 }).toString("hex"));
  out.scryptErr = c(() => crypto.scryptSync("pw", "salt", 16, { N: 3 }));
  out.scryptMem = c(() => crypto.scryptSync("pw", "salt", 16, { N: 2 ** 20, r: 8 }));
  out.scryptCb = await a(() => new Promise((res) => crypto.scrypt("pw", "salt", 8, (e, k) => res(k.toString("hex")))));
  out.hkdf = c(() => Buffer.from(crypto.hkdfSync("sha256", "key", "salt", "info", 16)).toString("hex"));
  out.hkdfErr = c(() => crypto.hkdfSync("sha256", "key", "salt", "info", 255 * 32 + 1));
  out.timingSafe = c(() => [crypto.timingSafeEqual(Buffer.from("a"), Buffer.from("a")), crypto.timingSafeEqual(Buffer.from("a"), Buffer.from("b"))]);
  out.timingSafeErr = c(() => crypto.timingSafeEqual(Buffer.from("a"), Buffer.from("ab")));
  out.timingSafeErr2 = c(() => crypto.timingSafeEqual("a", "a"));
  out.hashCopy = c(() => { const h = crypto.createHash("sha256").update("a"); const h2 = h.copy(); h2.update("b"); return [h.digest("hex"), h2.digest("hex")]; });
  out.hashTwice = c(() => { const h = crypto.createHash("sha1"); h.digest(); return h.digest(); });
  out.hashUpdateAfter = c(() => { const h = crypto.createHash("sha1"); h.digest(); return h.update("x"); });
  out.hashBad = c(() => crypto.createHash("sha7"));
  out.hashEncodings = c(() => { const d = crypto.createHash("md5").update("hé", "latin1"); return d.digest("base64url"); });
  out.hashShake = c(() => crypto.createHash("shake256", { outputLength: 8 }).update("x").digest("hex"));
  out.hashOneShot = c(() => crypto.hash?.("sha1", "abc"));
  out.hmacEmpty = c(() => crypto.createHmac("sha256", "").update("x").digest("hex"));
  out.hmacBadKey = c(() => crypto.createHmac("sha256", 5));
  out.keyObj = c(() => { const k = crypto.createSecretKey(Buffer.from("abcd")); return [k.type, k.symmetricKeySize, k.export().toString(), k.equals(crypto.createSecretKey(Buffer.from("abcd"))), k.asymmetricKeyType]; });
  out.genKey = c(() => { const k = crypto.generateKeySync("hmac", { length: 64 }); return [k.type, k.symmetricKeySize]; });
  out.genKeyErr = c(() => crypto.generateKeySync("hmac", { length: 3 }));
  out.kp = c(() => { const { publicKey, privateKey } = crypto.generateKeyPairSync("ed25519"); const sig = crypto.sign(null, Buffer.from("m"), privateKey); return [publicKey.asymmetricKeyType, sig.length, crypto.verify(null, Buffer.from("m"), publicKey, sig), publicKey.export({ format: "pem", type: "spki" }).split("\\n")[0]]; });
  out.webcrypto = c(() => [crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle, typeof crypto.getRandomValues]);
  out.fips = c(() => [crypto.getFips?.(), typeof crypto.setFips, crypto.constants?.RSA_PKCS1_PADDING]);
  out.certificate = c(() => typeof crypto.Certificate);
  out.x509 = c(() => typeof crypto.X509Certificate);
  out.secureHeapUsed = c(() => crypto.secureHeapUsed?.());
`),
];
const round3 = [
  nodeCase("nodewasm16-events-url-g", "events, url, path, querystring, string_decoder edges",
    `import EventEmitter, { once, on, getEventListeners, setMaxListeners, errorMonitor, listenerCount } from "node:events"; import url from "node:url"; import path from "node:path"; import qs from "node:querystring"; import { StringDecoder } from "node:string_decoder";`, `
  out.emitErr = c(() => new EventEmitter().emit("error", new Error("unhandled boom")));
  out.emitErrStr = c(() => new EventEmitter().emit("error", "str"));
  out.emitErrObj = c(() => new EventEmitter().emit("error", { message: "m" }));
  out.emitErrNone = c(() => new EventEmitter().emit("error"));
  out.errMonitor = c(() => { const e = new EventEmitter(); const seen = []; e.on(errorMonitor, (x) => seen.push(x.message)); e.on("error", () => seen.push("h")); e.emit("error", new Error("q")); return seen; });
  out.order = c(() => { const e = new EventEmitter(); const s = []; e.on("x", () => s.push(1)); e.prependListener("x", () => s.push(0)); e.once("x", () => s.push(2)); e.prependOnceListener("x", () => s.push(-1)); e.emit("x"); e.emit("x"); return [s, e.listenerCount("x"), e.rawListeners("x").length, e.eventNames()]; });
  out.removeDuring = c(() => { const e = new EventEmitter(); const s = []; const f2 = () => s.push(2); e.on("x", () => { s.push(1); e.off("x", f2); }); e.on("x", f2); e.emit("x"); e.emit("x"); return s; });
  out.newListener = c(() => { const e = new EventEmitter(); const s = []; e.on("newListener", (n) => s.push(n)); e.on("removeListener", (n) => s.push("rm:" + String(n))); const f = () => {}; e.on("a", f); e.off("a", f); e.removeAllListeners(); return s; });
  out.maxDefault = c(() => [EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners()]);
  out.setMaxErr = c(() => new EventEmitter().setMaxListeners(-1));
  out.listenerErr = c(() => new EventEmitter().on("x", 5));
  out.staticCount = c(() => { const e = new EventEmitter(); e.on("a", () => {}); return [listenerCount(e, "a"), getEventListeners(e, "a").length]; });
  out.eventTarget = c(() => { const t = new EventTarget(); const f = () => {}; t.addEventListener("z", f); return getEventListeners(t, "z").length; });
  out.onceP = await a(async () => { const e = new EventEmitter(); setTimeout(() => e.emit("go", 1, 2), 1); return await once(e, "go"); });
  out.onceErr = await a(async () => { const e = new EventEmitter(); setTimeout(() => e.emit("error", new Error("oe")), 1); return await once(e, "go"); });
  out.onIter = await a(async () => { const e = new EventEmitter(); setTimeout(() => { e.emit("d", 1); e.emit("d", 2); e.emit("error", new Error("stop")); }, 1); const got = []; try { for await (const v of on(e, "d")) got.push(v); } catch (err) { got.push(err.message); } return got; });
  out.captureRej = c(() => [EventEmitter.captureRejections, typeof EventEmitter.captureRejectionSymbol, typeof EventEmitter.EventEmitterAsyncResource, typeof EventEmitter.usingDomains, typeof EventEmitter.init]);
  out.symbolEvents = c(() => { const e = new EventEmitter(); const s = Symbol("ev"); e.on(s, () => {}); return e.eventNames().map(String); });
  out.inheritance = c(() => { function My() { EventEmitter.call(this); } Object.setPrototypeOf(My.prototype, EventEmitter.prototype); const m = new My(); let got; m.on("q", (v) => (got = v)); m.emit("q", 9); return [got, m._eventsCount, typeof m._events]; });
  out.keysEvents = c(() => Object.keys(EventEmitter).sort());
  out.urlParse = c(() => { const u = url.parse("http://user:pw@host.com:8080/p/a/t/h?query=string#hash", true); return [u.protocol, u.auth, u.host, u.port, u.hostname, u.hash, u.search, u.query, u.pathname, u.path, u.href, u.slashes]; });
  out.urlParseRel = c(() => { const u = url.parse("/a/b?x=1"); return [u.protocol, u.host, u.pathname, u.query, u.href]; });
  out.urlParseSlashes = c(() => url.parse("//foo/bar", false, true).host);
  out.urlParseErr = c(() => url.parse(5));
  out.urlFormat = c(() => [url.format({ protocol: "https", hostname: "x.com", pathname: "/a b", query: { q: "1 2", z: ["a", "b"] } }), url.format(new URL("http://a.com/é?x#y"), { fragment: false, search: false, unicode: true }), url.format("http://x.com")]);
  out.urlResolve = c(() => [url.resolve("/one/two/three", "four"), url.resolve("http://example.com/", "/one"), url.resolve("http://example.com/one", "/two"), url.resolve("http://a/b/c", "../d")]);
  out.fileUrl = c(() => [url.pathToFileURL("/tmp/a b#c").href, url.fileURLToPath("file:///tmp/a%20b"), url.fileURLToPath(new URL("file:///x"))]);
  out.fileUrlErr = c(() => url.fileURLToPath("http://x"));
  out.fileUrlErr2 = c(() => url.fileURLToPath("file://host/x"));
  out.domain = c(() => [url.domainToASCII("español.com"), url.domainToUnicode("xn--espaol-zwa.com"), url.domainToASCII("xn--iñvalid.com")]);
  out.urlToHttp = c(() => url.urlToHttpOptions?.(new URL("https://u:p@a.com:99/x?y")));
  out.urlKeys = c(() => Object.keys(url).sort());
  out.path = c(() => [path.join("/a", "../b", "./c/"), path.resolve("x"), path.resolve("/a", "b", "../c"), path.normalize("a//b/../c/."), path.relative("/a/b/c", "/a/d"), path.dirname("/a/b/"), path.basename("/a/b.txt", ".txt"), path.basename("/a/b.txt", "b.txt"), path.extname(".bashrc"), path.extname("a.b.c"), path.extname("a."), path.isAbsolute("./x"), path.sep, path.delimiter, path.parse("/home/u/f.txt"), path.format({ dir: "/x", name: "f", ext: "e" }), path.format({ root: "/", base: "b" }), path.toNamespacedPath("/x")]);
  out.pathErr = c(() => path.join("a", 5));
  out.pathWin = c(() => [typeof path.win32, path.win32?.join("a", "b"), path.win32?.sep, path.posix === path, path.win32?.resolve("C:\\\\a", "b"), path.win32?.parse("C:\\\\x\\\\y.z"), path.win32?.normalize("c:/a/../b"), path.win32?.isAbsolute("\\\\\\\\server\\\\share")]);
  out.qs = c(() => [qs.parse("a=1&b=2&a=3&c&d=&=e&f=%ZZ&g=+x"), qs.stringify({ a: [1, 2], b: "x y", c: "", d: null, e: undefined, f: {}, g: true, h: NaN }), qs.stringify({ a: 1 }, ";", ":"), qs.parse("a:1;b:2", ";", ":"), qs.parse("a=1&a=2&a=3", null, null, { maxKeys: 1 }), qs.escape("a b&é"), qs.unescape("%E9%zz+"), qs.encode === qs.stringify, qs.decode === qs.parse, qs.stringify("x"), qs.parse("a[]=1&a[]=2")]);
  out.qsNullProto = c(() => Object.getPrototypeOf(qs.parse("a=1")) === null);
  out.qsCustomDecode = c(() => qs.parse("a=%41", null, null, { decodeURIComponent: (s) => s.toLowerCase() }));
  out.sd = c(() => { const d = new StringDecoder("utf8"); return [d.write(Buffer.from([0xe2])), d.write(Buffer.from([0x82])), d.end(Buffer.from([0xac])), d.end(Buffer.from([0xe2])), d.encoding]; });
  out.sdB64 = c(() => { const d = new StringDecoder("base64"); return [d.write(Buffer.from("ab")), d.write(Buffer.from("c")), d.write(Buffer.from("d")), d.end()]; });
  out.sdHex = c(() => { const d = new StringDecoder("hex"); return [d.write(Buffer.from([1, 255])), d.end()]; });
  out.sdU16 = c(() => { const d = new StringDecoder("utf16le"); return [d.write(Buffer.from([0x61])), d.write(Buffer.from([0x00, 0x3d, 0xd8])), d.write(Buffer.from([0x00, 0xde])), d.end()]; });
  out.sdLatin = c(() => [new StringDecoder("latin1").write(Buffer.from([0xe9])), new StringDecoder().encoding, new StringDecoder("UCS2").encoding, new StringDecoder("binary").encoding]);
  out.sdErr = c(() => new StringDecoder("nope"));
  out.sdWriteErr = c(() => new StringDecoder().write(5));
  out.sdStr = c(() => new StringDecoder().write("already string"));
  out.sdInvalid = c(() => { const d = new StringDecoder(); return [d.write(Buffer.from([0xff, 0x61])), d.write(Buffer.from([0xf0, 0x9f])), d.end()]; });
`),
  nodeCase("nodewasm16-assert-als-h", "assert, AsyncLocalStorage, diagnostics_channel, timers, net, dns, os",
    `import assert from "node:assert"; import { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId, createHook } from "node:async_hooks"; import dc from "node:diagnostics_channel"; import timers from "node:timers"; import tp from "node:timers/promises"; import net from "node:net"; import dns from "node:dns";`, `
  out.ok = c(() => assert.ok(0));
  out.okMsg = c(() => assert(false, "custom msg"));
  out.okErr = c(() => assert.ok(false, new TypeError("own err")));
  out.eq = c(() => assert.equal(1, 2));
  out.neq = c(() => assert.notEqual(1, "1"));
  out.strict = c(() => assert.strictEqual("a", "b"));
  out.strictMulti = c(() => assert.strictEqual("a\\nb\\nc", "a\\nx\\nc"));
  out.strictObj = c(() => assert.strictEqual({ a: 1 }, { a: 1 }));
  out.deepEq = c(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
  out.deepEqLoose = c(() => [assert.deepEqual({ a: 1 }, { a: "1" }), c(() => assert.deepEqual({ a: 1 }, { a: 2 }))]);
  out.notDeep = c(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
  out.throwsOk = c(() => assert.throws(() => { throw new TypeError("bad thing"); }, TypeError));
  out.throwsRe = c(() => assert.throws(() => { throw new Error("xyz"); }, /abc/));
  out.throwsObj = c(() => assert.throws(() => { throw new Error("xyz"); }, { message: "nope" }));
  out.throwsNone = c(() => assert.throws(() => {}));
  out.throwsNoneMsg = c(() => assert.throws(() => {}, "msg here"));
  out.doesNotThrow = c(() => assert.doesNotThrow(() => { throw new Error("inner"); }));
  out.rejects = await a(() => assert.rejects(Promise.resolve(1)));
  out.rejectsOk = await a(() => assert.rejects(Promise.reject(new Error("r")), /r/));
  out.doesNotReject = await a(() => assert.doesNotReject(Promise.reject(new Error("dr"))));
  out.match = c(() => assert.match("abc", /x/));
  out.matchErr = c(() => assert.match(5, /x/));
  out.doesNotMatch = c(() => assert.doesNotMatch("abc", /b/));
  out.fail = c(() => assert.fail());
  out.failMsg = c(() => assert.fail("boom"));
  out.ifError = c(() => assert.ifError(new Error("if")));
  out.ifErrorNull = c(() => assert.ifError(null));
  out.ifErrorStr = c(() => assert.ifError("x"));
  out.aeProps = c(() => { try { assert.strictEqual(1, 2, "m"); } catch (e) { return [e.name, e.code, e.actual, e.expected, e.operator, e.generatedMessage, e instanceof assert.AssertionError, Object.keys(e)]; } });
  out.aeCtor = c(() => { const e = new assert.AssertionError({ actual: 1, expected: 2, operator: "strictEqual" }); return [e.message, e.generatedMessage]; });
  out.strictMode = c(() => [assert.strict === assert.strict.strict, typeof assert.strict.equal, c(() => assert.strict.equal(1, "1"))]);
  out.partial = c(() => typeof assert.partialDeepStrictEqual);
  out.keysAssert = c(() => Object.keys(assert).sort());
  const als = new AsyncLocalStorage();
  out.alsBasic = await a(() => als.run({ id: 1 }, async () => { await null; await new Promise((r) => setTimeout(r, 1)); return als.getStore(); }));
  out.alsOutside = c(() => als.getStore());
  out.alsNested = await a(() => als.run(1, () => als.run(2, async () => { const inner = als.getStore(); return [inner, await als.exit(async () => als.getStore())]; })));
  out.alsThen = await a(() => als.run("t", () => new Promise((res) => Promise.resolve().then(() => res(als.getStore())))));
  out.alsEvent = await a(() => { const { EventEmitter } = globalThis; return new Promise((res) => { const t = new EventTarget(); als.run("ev", () => t.addEventListener("x", () => res(als.getStore()))); t.dispatchEvent(new Event("x")); }); });
  out.alsRunArgs = c(() => als.run("s", (a1, b1) => [a1, b1, als.getStore()], 1, 2));
  out.alsName = c(() => [new AsyncLocalStorage({ name: "n" }).name, typeof AsyncLocalStorage.bind, typeof AsyncLocalStorage.snapshot]);
  out.asyncResource = c(() => { const r = new AsyncResource("X"); return [r.runInAsyncScope((x) => x * 2, null, 4), typeof r.asyncId(), typeof r.triggerAsyncId(), typeof r.bind(() => {}), typeof AsyncResource.bind(() => {})]; });
  out.asyncResourceStore = await a(() => als.run("ar", () => { const r = new AsyncResource("Y"); return new Promise((res) => setTimeout(() => res(r.runInAsyncScope(() => als.getStore())), 1)); }));
  out.hooks = c(() => [typeof executionAsyncId, c(() => executionAsyncId()), c(() => triggerAsyncId()), c(() => { const h = createHook({}); return [typeof h.enable, typeof h.disable]; })]);
  out.dcBasic = c(() => { const ch = dc.channel("my-ch"); const got = []; const fn = (m, name) => got.push([m, name]); const before = ch.hasSubscribers; ch.subscribe(fn); ch.publish({ v: 1 }); dc.subscribe("my-ch", (m) => got.push("global")); ch.publish(2); ch.unsubscribe(fn); return [before, ch.hasSubscribers, got, ch.name, dc.hasSubscribers("my-ch"), dc.channel("my-ch") === ch]; });
  out.dcSymbol = c(() => { const s = Symbol("sym"); return [String(dc.channel(s).name)]; });
  out.dcErr = c(() => dc.channel(5));
  out.dcUnsubNone = c(() => dc.unsubscribe("nochannel", () => {}));
  out.dcTracing = c(() => { const tc = dc.tracingChannel("tc"); const ev = []; tc.subscribe({ start: (m) => ev.push("start"), end: () => ev.push("end"), asyncStart: () => ev.push("as"), asyncEnd: () => ev.push("ae"), error: (m) => ev.push("err:" + m.error.message) }); const r = tc.traceSync((x) => x + 1, { ctx: 1 }, null, 5); c(() => tc.traceSync(() => { throw new Error("te"); }, {})); return [r, ev, typeof tc.tracePromise, typeof tc.traceCallback, tc.start.name]; });
  out.dcTracePromise = await a(async () => { const tc = dc.tracingChannel("tp"); const ev = []; tc.subscribe({ start: () => ev.push("s"), end: () => ev.push("e"), asyncStart: (m) => ev.push("as:" + m.result), asyncEnd: () => ev.push("ae"), error: () => ev.push("err") }); const v = await tc.tracePromise(async () => 7, {}); return [v, ev]; });
  out.dcBind = c(() => { const ch = dc.channel("bs"); return [typeof ch.bindStore, typeof ch.runStores]; });
  out.dcRunStores = c(() => { const ch = dc.channel("rs"); ch.bindStore(als, (m) => ({ wrapped: m })); return ch.runStores(5, () => als.getStore()); });
  out.timersP = await a(async () => [await tp.setTimeout(1, "val"), await tp.setImmediate("imm"), typeof tp.setInterval, typeof tp.scheduler]);
  out.timersPAbort = await a(async () => { const ac = new AbortController(); const p = tp.setTimeout(1000, "x", { signal: ac.signal }); ac.abort(); return await p; });
  out.timersPAborted = await a(async () => tp.setTimeout(1, "x", { signal: AbortSignal.abort("why") }));
  out.timeoutObj = c(() => { const t = timers.setTimeout(() => {}, 1000); const r = [typeof t, t.hasRef?.(), typeof t.ref, typeof t.unref, typeof t.refresh, typeof t[Symbol.toPrimitive], typeof +t, t.constructor?.name]; timers.clearTimeout(t); return r; });
  out.globalTimeout = c(() => { const t = setTimeout(() => {}, 1000); clearTimeout(t); return typeof t; });
  out.clearByNum = await a(() => new Promise((res) => { let fired = false; const t = timers.setTimeout(() => { fired = true; }, 5); clearTimeout(+t); setTimeout(() => res(fired), 20); }));
  out.interval = await a(() => new Promise((res) => { let n = 0; const i = timers.setInterval(() => { if (++n === 3) { timers.clearInterval(i); res(n); } }, 1); }));
  out.immediate = await a(() => new Promise((res) => { const order = []; timers.setImmediate(() => order.push("imm")); setTimeout(() => order.push("to"), 0); Promise.resolve().then(() => order.push("micro")); setTimeout(() => res(order), 10); }));
  out.timersKeys = c(() => Object.keys(timers).sort());
  out.netIp = c(() => [net.isIP("1.2.3.4"), net.isIP("::1"), net.isIP("x"), net.isIPv4("256.1.1.1"), net.isIPv6("fe80::1%eth0"), net.isIP("1.2.3.04")]);
  out.netKeys = c(() => Object.keys(net).sort());
  out.netSocket = c(() => { const s = new net.Socket(); return [typeof s.connect, s.readyState, typeof s.write, s.pending, s.connecting]; });
  out.netServer = c(() => net.createServer());
  out.blockList = c(() => { const b = new net.BlockList(); b.addAddress("1.2.3.4"); b.addRange("10.0.0.1", "10.0.0.10"); b.addSubnet("8.8.8.0", 24); return [b.check("1.2.3.4"), b.check("10.0.0.5"), b.check("8.8.8.8"), b.check("9.9.9.9"), b.rules]; });
  out.socketAddr = c(() => { const s = new net.SocketAddress({ address: "1.2.3.4", port: 80 }); return [s.address, s.port, s.family, s.flowlabel]; });
  out.dnsKeys = c(() => Object.keys(dns).sort());
  out.dnsLookupArg = c(() => dns.lookup(5, () => {}));
  out.dnsConsts = c(() => [dns.NOTFOUND, dns.ADDRCONFIG, dns.V4MAPPED, typeof dns.Resolver, typeof dns.promises]);
  out.dnsResolver = c(() => { const r = new dns.Resolver(); return [typeof r.resolve4, r.getServers()]; });
`),
];
const htmlCase = (name, description, body) => ({
  name, area: "html-rewriter", description,
  options: { modules: true, compatibilityDate: CD, script: `${PRELUDE}
const run = async (html, build, init) => { try { const r = build(new HTMLRewriter()).transform(new Response(html, init)); return { ok: await r.text() }; } catch (e) { return { error: [e?.name, e?.message] }; } };
export default { async fetch(req, env, ctx) { const out = {};
${body}
  return Response.json(out);
} };` },
  steps: [get("/")],
});
const round4 = [
  htmlCase("nodewasm16-html-probes-a", "HTMLRewriter: varied element/text/comment/doctype/document probes", `
  out.sel1 = await run('<div class="a b" id=x data-v="Foo"><p lang="en-US">t</p><span>s</span></div>', (r) => r.on('[class~="b"]', { element(e) { e.setAttribute("m1", "1"); } }).on('[lang|="en"]', { element(e) { e.setAttribute("m2", "1"); } }).on('[data-v="foo" i]', { element(e) { e.setAttribute("m3", "1"); } }).on('div > span', { element(e) { e.setAttribute("m4", "1"); } }).on('div p', { element(e) { e.setAttribute("m5", "1"); } }));
  out.sel2 = await run('<ul><li>1</li><li>2</li><li>3</li><li>4</li></ul>', (r) => r.on('li:nth-child(2n+1)', { element(e) { e.setAttribute("odd", ""); } }).on('li:first-child', { element(e) { e.setAttribute("first", ""); } }).on('li:not(:first-child)', { element(e) { e.setAttribute("nf", ""); } }).on('li:nth-of-type(2)', { element(e) { e.setAttribute("t2", ""); } }).on('li:first-of-type', { element(e) { e.setAttribute("ft", ""); } }));
  out.selErrs = [];
  for (const sel of ["", "div >", ":hover", "li:last-child", "a + b", "a ~ b", "[x=", "::before", "*|a", "div:nth-child(n", "#", ".1a", "a,b", "a, b", ":not(a b)", ":nth-last-child(1)", ":empty", ":only-child"]) {
    try { new HTMLRewriter().on(sel, {}); out.selErrs.push([sel, "ok"]); } catch (e) { out.selErrs.push([sel, e.name, e.message]); }
  }
  out.attrs = await run('<a href="/x" HREF2="y" data-q=\\'z"\\' bare>l</a>', (r) => r.on("a", { element(e) { e.setAttribute("seen", JSON.stringify([...e.attributes])); e.setAttribute("has", String([e.hasAttribute("HREF"), e.getAttribute("Href"), e.getAttribute("nope"), e.hasAttribute("bare"), e.getAttribute("bare")])); e.removeAttribute("href2"); } }));
  out.tag = await run('<Div Class=a>x</Div><svg><rect/></svg><math></math>', (r) => r.on("*", { element(e) { e.setAttribute("info", [e.tagName, e.namespaceURI, e.selfClosing, e.canHaveContent, e.removed].join("|")); } }));
  out.tagRename = await run('<b>x</b><img src=a>', (r) => r.on("b", { element(e) { e.tagName = "strong"; } }).on("img", { element(e) { try { e.tagName = "video"; } catch (err) { e.setAttribute("err", err.message); } } }));
  out.mut = await run('<p>a</p><p>b</p><p>c</p><p>d</p>', (r) => r.on("p", { element(e) { const t = e.getAttribute("x"); } }).on("p:nth-child(1)", { element(e) { e.before("<i>b</i>", { html: true }); e.after("<i>a</i>"); } }).on("p:nth-child(2)", { element(e) { e.prepend("<u>p</u>", { html: true }); e.append("&amp;"); } }).on("p:nth-child(3)", { element(e) { e.setInnerContent("<em>n</em>", { html: true }); } }).on("p:nth-child(4)", { element(e) { e.removeAndKeepContent(); } }));
  out.replace = await run('<div><span>x</span></div>tail', (r) => r.on("div", { element(e) { e.replace("<hr>", { html: true }); } }).on("span", { element(e) { e.setAttribute("never", "1"); } }));
  out.remove = await run('<div>a<b>b</b>c</div><p>z</p>', (r) => r.on("div", { element(e) { e.remove(); } }).on("p", { element(e) { e.setAttribute("removedFlag", String(e.removed)); } }));
  out.endTag = await run('<div>x</div><br><p>y', (r) => r.on("div, p", { element(e) { try { e.onEndTag((end) => { end.before("[", { html: false }); end.after("]"); end.name = end.name.toUpperCase(); }); } catch (err) { e.setAttribute("err", err.message); } } }).on("br", { element(e) { try { e.onEndTag(() => {}); } catch (err) { e.setAttribute("err", err.message); } } }));
  out.endTagRemove = await run('<div>x</div>', (r) => r.on("div", { element(e) { e.onEndTag((end) => end.remove()); } }));
  const texts = [];
  out.text = await run('<p>hello <b>world</b> &amp; more</p><script>var a="<b>";</script><style>a{}</style><textarea>t&lt;</textarea><title>T&amp;</title>', (r) => r.on("*", { text(t) { texts.push([t.text, t.lastInTextNode, t.removed]); if (t.text === "world") t.replace("W<b>", { html: false }); } }));
  out.texts = texts;
  const comments = [];
  out.comments = await run('<!-- a --><p><!--b--></p><!---->', (r) => r.on("p", { comments(c) { comments.push(c.text); c.text = "changed"; c.after("X"); } }).onDocument({ comments(c) { comments.push("doc:" + c.text); if (c.text === "") c.remove(); } }));
  out.commentsSeen = comments;
  const docs = [];
  out.doctype = await run('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html></html>', (r) => r.onDocument({ doctype(d) { docs.push([d.name, d.publicId, d.systemId]); } }));
  out.doctype2 = await run('<!doctype html><!DOCTYPE>', (r) => r.onDocument({ doctype(d) { docs.push([d.name, d.publicId, d.systemId]); } }));
  out.docs = docs;
  out.docEnd = await run('<p>x</p>', (r) => r.onDocument({ end(end) { end.append("<!--e-->", { html: true }); end.append("<t>"); } }));
  out.docText = await run('a<p>b</p>c', (r) => r.onDocument({ text(t) { if (t.text) t.before("|"); } }));
  out.asyncH = await run('<p>a</p><p>b</p>', (r) => r.on("p", { async element(e) { await new Promise((res) => setTimeout(res, 2)); e.setAttribute("async", "1"); } }));
  out.throwH = await run('<p>a</p>', (r) => r.on("p", { element(e) { throw new RangeError("handler boom"); } }));
  out.asyncThrow = await run('<p>a</p>', (r) => r.on("p", { async element(e) { await null; throw new Error("async boom"); } }));
  out.nonHtml = await run('{"a":"<p>"}', (r) => r.on("p", { element(e) { e.setAttribute("x", "1"); } }), { headers: { "content-type": "application/json" } });
  out.charset = await run(new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]), (r) => r.on("p", { text(t) { if (t.text) t.replace("[" + t.text + "]"); } }), { headers: { "content-type": "text/html; charset=windows-1252" } });
  out.badHandlerArg = (() => { try { new HTMLRewriter().on("p", null); return "ok"; } catch (e) { return [e.name, e.message]; } })();
  out.badHandlerFn = await run('<p>a</p>', (r) => r.on("p", { element: "notfn" }));
  out.transformTwice = await (async () => { try { const rw = new HTMLRewriter().on("p", {}); await rw.transform(new Response("<p>1</p>")).text(); return await rw.transform(new Response("<p>2</p>")).text(); } catch (e) { return [e.name, e.message]; } })();
  out.transformBad = (() => { try { new HTMLRewriter().transform("str"); return "ok"; } catch (e) { return [e.name, e.message]; } })();
  out.nullBody = await (async () => { const r = new HTMLRewriter().on("p", {}).transform(new Response(null, { status: 204 })); return [r.status, r.body === null, await r.text()]; })();
  out.headersKept = (() => { const r = new HTMLRewriter().transform(new Response("x", { status: 201, statusText: "C", headers: { "x-a": "1", "content-length": "1" } })); return [r.status, r.statusText, r.headers.get("x-a"), r.headers.get("content-length")]; })();
  out.innerAfterRemove = await run('<p>a</p>', (r) => r.on("p", { element(e) { e.remove(); try { e.setInnerContent("x"); e.setAttribute("a", "b"); e.append("y"); return; } catch (err) { } } }));
  out.selfClosingMut = await run('<img src=x/><br/><foo/>', (r) => r.on("img, br, foo", { element(e) { e.append("C"); e.prepend("P"); e.setInnerContent("I"); } }));
  out.entityAttr = await run('<a title="a&amp;b&lt;&quot;" data-x="&#x41;">', (r) => r.on("a", { element(e) { e.setAttribute("decoded", e.getAttribute("title") + "|" + e.getAttribute("data-x")); e.setAttribute("quote", 'he said "hi" & <b>'); } }));
`),
];
const round5 = [
  nodeCase("nodewasm16-fs-process-i", "node:fs stubs and errors at 2025-01-01, process members, os",
    `import processModule from "node:process";`, `
  const process = processModule;
  const os = await import("node:os").catch((e) => ({ err: e.message })); out.osImport = os.err ?? "ok";
  const fs = await import("node:fs").catch((e) => ({ err: e.message })); const fsp = await import("node:fs/promises").catch((e) => ({ err: e.message }));
  out.fsImport = [fs.err ?? "ok", fsp.err ?? "ok"];
  out.fsKeys = c(() => Object.keys(fs).length);
  out.readFileSync = c(() => fs.readFileSync("/tmp/x"));
  out.existsSync = c(() => fs.existsSync("/"));
  out.readFileCb = await a(() => new Promise((res) => { try { fs.readFile("/nope", (e, d) => res([e?.name, e?.code, e?.message, d])); } catch (e) { res(["threw", e.name, e.code, e.message]); } }));
  out.fspRead = await a(() => fsp.readFile("/nope"));
  out.writeFileSync = c(() => fs.writeFileSync("/tmp/a.txt", "hello"));
  out.statSync = c(() => fs.statSync("/tmp"));
  out.mkdir = c(() => fs.mkdirSync("/tmp/d"));
  out.osFns = c(() => [typeof os.cpus, c(() => os.platform()), c(() => os.EOL), c(() => os.tmpdir()), c(() => os.hostname()), c(() => os.arch()), c(() => os.type()), c(() => os.endianness())]);
  out.osKeys = c(() => Object.keys(os).sort());
  out.proc = c(() => [process.platform, typeof process.version, typeof process.versions?.node, process.env === globalThis.process?.env, typeof process.cwd, c(() => process.cwd()), typeof process.hrtime, typeof process.hrtime?.bigint, typeof process.memoryUsage, c(() => process.uptime() >= 0), process.argv, process.exitCode, typeof process.exit, process.release?.name, typeof process.emitWarning, process.title, process.pid, process.ppid, process.arch, process.execArgv]);
  out.hrtime = c(() => { const t = process.hrtime(); return [Array.isArray(t), t.length, typeof process.hrtime.bigint()]; });
  out.chdir = c(() => process.chdir("/tmp"));
  out.umask = c(() => process.umask?.());
  out.nextTickArgs = await a(() => new Promise((res) => process.nextTick((x, y) => res([x, y]), 1, 2)));
  out.features = c(() => process.features && Object.keys(process.features).sort());
  out.getBuiltin = c(() => typeof process.getBuiltinModule);
  out.procKeys = c(() => Object.keys(process).sort());
  out.envKeys = c(() => Object.keys(process.env));
  out.stdout = c(() => [typeof process.stdout, typeof process.stdout?.write, typeof process.stderr]);
`),
];
const round6 = [
  nodeCase("nodewasm16-inspect-proxy-promise-k", "util.inspect and util.types of proxies and of settled promises with primitive values",
    `import util from "node:util";`, `
  const I = util.inspect;
  const P = new Proxy({ a: 1, b: "x" }, { get(t, k) { return k === "a" ? 42 : Reflect.get(t, k); } });
  out.trapGet = c(() => I(P));
  out.nested = c(() => I({ inner: new Proxy([1, 2], {}), fn: new Proxy(function named() {}, {}) }));
  out.arrProxy = c(() => I(new Proxy([1, 2, 3], {})));
  out.types = c(() => [util.types.isProxy(P), util.types.isProxy({}), util.types.isProxy(new Proxy(() => {}, {})), util.types.isProxy(null), util.types.isProxy(5), util.types.isProxy(Proxy)]);
  out.revoked = c(() => { const r = Proxy.revocable({}, {}); r.revoke(); return util.types.isProxy(r.proxy); });
  out.fmt = c(() => [util.format("%s", new Proxy({ q: 1 }, {})), util.format("%j", new Proxy({ q: 1 }, {})), util.format("%O", new Proxy({ q: 1 }, {})), util.format(new Proxy({ q: 1 }, {}))]);
  out.promises = c(() => [I(Promise.resolve("str")), I(Promise.resolve(undefined)), I(Promise.resolve(null)), I(Promise.resolve(1.5)), I(Promise.resolve(-0)), I(Promise.resolve(10n)), I(Promise.resolve(true)), I(Promise.resolve(NaN)), I(Promise.resolve('q"uote'))]);
  out.rejectedPrim = c(() => { const p = Promise.reject("no"); p.catch(() => {}); return I(p); });
  out.asyncFn = c(() => I((async () => 7)()));
  out.pendingThen = c(() => I(Promise.resolve(1).then((x) => x)));
  out.inObject = c(() => I({ p: Promise.resolve(3), q: new Promise(() => {}) }));
  out.promiseProps = c(() => I(Object.assign(Promise.resolve(2), { extra: 1 })));
  out.afterAwait = await a(async () => { const p = Promise.resolve("later"); await p; return I(p); });
  out.types2 = c(() => [util.types.isPromise(Promise.resolve()), util.types.isPromise({ then() {} })]);
`),
];
const round7 = [
  nodeCase("nodewasm16-als-propagation-l", "AsyncLocalStorage through timers, ticks, thenables, streams, events, web APIs",
    `import { AsyncLocalStorage, AsyncResource } from "node:async_hooks"; import { EventEmitter } from "node:events"; import { Readable } from "node:stream";`, `
  const als = new AsyncLocalStorage();
  const inRun = (v, f) => als.run(v, f);
  out.timeout = await a(() => inRun("to", () => new Promise((res) => setTimeout(() => res(als.getStore()), 1))));
  out.interval = await a(() => inRun("iv", () => new Promise((res) => { const i = setInterval(() => { clearInterval(i); res(als.getStore()); }, 1); })));
  out.immediate = await a(() => inRun("im", () => new Promise((res) => setImmediate(() => res(als.getStore())))));
  out.nextTick = await a(() => inRun("nt", () => new Promise((res) => process.nextTick(() => res(als.getStore())))));
  out.microtask = await a(() => inRun("mt", () => new Promise((res) => queueMicrotask(() => res(als.getStore())))));
  out.thenable = await a(() => inRun("th", async () => { const t = { then(r) { r(als.getStore()); } }; return await t; }));
  out.thenableOutside = await a(async () => { const t = inRun("made", () => ({ then(r) { r(als.getStore()); } })); return await inRun("awaiting", async () => await t); });
  out.promiseAll = await a(() => inRun("pa", () => Promise.all([1, 2].map(async () => { await null; return als.getStore(); }))));
  out.promiseCreatedOutside = await a(async () => { let resolve; const p = new Promise((r) => (resolve = r)); const got = inRun("then-ctx", () => p.then(() => als.getStore())); inRun("resolve-ctx", () => resolve()); return await got; });
  out.emitter = await a(async () => { const e = new EventEmitter(); let got; inRun("listen", () => e.on("x", () => (got = als.getStore()))); inRun("emit", () => e.emit("x")); return got; });
  out.eventTarget = await a(async () => { const t = new EventTarget(); let got; inRun("listen", () => t.addEventListener("x", () => (got = als.getStore()))); inRun("dispatch", () => t.dispatchEvent(new Event("x"))); return got; });
  out.abortSignal = await a(async () => { const ac = new AbortController(); let got; inRun("listen", () => ac.signal.addEventListener("abort", () => (got = als.getStore()))); inRun("abort", () => ac.abort()); return got; });
  out.readableStream = await a(() => inRun("rs", async () => { const rs = new ReadableStream({ pull(c) { c.enqueue(als.getStore()); c.close(); } }); return (await rs.getReader().read()).value; }));
  out.rsPullOutside = await a(async () => { const rs = inRun("created", () => new ReadableStream({ pull(c) { c.enqueue(String(als.getStore())); c.close(); } })); return inRun("reading", async () => (await rs.getReader().read()).value); });
  out.nodeStream = await a(() => inRun("ns", () => new Promise((res) => { const r = new Readable({ read() { this.push(String(als.getStore())); this.push(null); } }); r.on("data", (d) => res([String(d), als.getStore()])); })));
  out.subtle = await a(() => inRun("sub", async () => { await crypto.subtle.digest("SHA-256", new Uint8Array(1)); return als.getStore(); }));
  out.textStream = await a(() => inRun("resp", async () => { await new Response("x").text(); return als.getStore(); }));
  out.schedulerWait = await a(() => inRun("sw", async () => { await scheduler.wait(1); return als.getStore(); }));
  out.bindStatic = await a(async () => { const f = inRun("bound", () => AsyncLocalStorage.bind(() => als.getStore())); return inRun("caller", () => f()); });
  out.snapshot = await a(async () => { const snap = inRun("snap", () => AsyncLocalStorage.snapshot()); return inRun("other", () => snap(() => als.getStore())); });
  out.asyncResourceBind = await a(async () => { const f = inRun("ar", () => AsyncResource.bind(() => als.getStore())); return f(); });
  out.twoStores = await a(async () => { const b = new AsyncLocalStorage(); return inRun("A", () => b.run("B", async () => { await null; return [als.getStore(), b.getStore()]; })); });
  out.exitInside = await a(() => inRun("ex", () => als.exit(() => als.getStore())));
  out.runThrows = c(() => { try { inRun("t", () => { throw new Error("in run"); }); } catch (e) { return [e.message, als.getStore()]; } });
  out.waitUntilCtx = await a(() => inRun("wu", () => new Promise((res) => ctx.waitUntil(Promise.resolve().then(() => res(als.getStore()))))));
  out.unhandledRejectionCtx = c(() => typeof als.enterWith);
  out.storeObjIdentity = await a(() => { const o = { k: 1 }; return inRun(o, async () => { await null; return als.getStore() === o; }); });
  out.generators = await a(() => inRun("gen", async () => { async function* g() { yield als.getStore(); await null; yield als.getStore(); } const r = []; for await (const v of g()) r.push(v); return r; }));
  out.genOutside = await a(async () => { const it = inRun("made-gen", () => (async function* () { yield als.getStore(); })()); return inRun("iter", async () => (await it.next()).value); });
`),
];
export default [...round1, ...round2, ...round3, ...round4, ...round5, ...round6, ...round7];
