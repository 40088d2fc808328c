// nodewasm24: node/wasm/formats probes (session 24). Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs nodewasm24
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
`;
const mkCase = (area) => (name, description, imports, body, { date = CD, flags = area === "node" ? ["nodejs_compat"] : [], steps = [get("/")], extra = {} } = {}) => ({
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
    ...extra,
  },
  steps,
});
const nodeCase = mkCase("node"), wasmCase = mkCase("wasm"), fmtCase = mkCase("formats");

const SPKAC = {
  md5: "MIIBPzCBqTCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAwea9AnT3FFT2q6rZljLC5YwVg/x7Z+xKFqf94dkIwTttMTJeXQxVCYvlIj5QkEXQhMCBHbaWwZ/idCV9997zRf7Ti9ROMCxDtzP4KHmysEJ4Qm1XMq9ORbtni1gdXFU/k7+AjY6pRKn6ZGP128btypic2JFxKgTaURJKShf2nxkCAwEAARYFaGVsbG8wDQYJKoZIhvcNAQEEBQADgYEAtLvmnAMKMqU3gaSi88g3hdhWsTggWcA8NCE1ZA660xG1czwgId0QkMRbR3VeOq6yTjiLKqVPCdcvj2UqQC0GEirodi22Q+s8GBkD4wyDxkcH/XAwo5n38OLZABcofQJ4a65kHXJDqydDnCW3eh/YVNGr95mg3vvsJjHfdK8Qafk=",
  sha256: "MIIBQDCBqjCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAwea9AnT3FFT2q6rZljLC5YwVg/x7Z+xKFqf94dkIwTttMTJeXQxVCYvlIj5QkEXQhMCBHbaWwZ/idCV9997zRf7Ti9ROMCxDtzP4KHmysEJ4Qm1XMq9ORbtni1gdXFU/k7+AjY6pRKn6ZGP128btypic2JFxKgTaURJKShf2nxkCAwEAARYGaMOpbGxvMA0GCSqGSIb3DQEBCwUAA4GBAL+BTUcZ79fUqfCqHahB0C0XSuq6Bo/wMV5yHbIu6iDUlmVxSv3EdQjVijocB2Eul4j8IHDCFY+eK57n7WJz31CRL+aVb0VIwz58tyoPMsZxMemy21hM6b8CX6134xasyFCVFKfw/jpo+nSP/4ixBMm/KDamaapGiaw7P+/St9Ap",
  ec: "MIG8MGQwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATGlUaOIIXYIXavu0zNp+ocEIa//o1AdhWuoWJmVGYt48513vG7Nh9cvdnwwpY1jgzZpuz5hgiIyeQJLcXpRJ/YFgdlYy1jaGFsMAoGCCqGSM49BAMCA0gAMEUCIE1xZbh6cw7ITeb4+CrpLPijZZ3i5820vzs2utpoHGY3AiEA6mWqTYuw8QEFjoQKAMWk/RLRR7ImD/W3OYYLt3Sn5/Q=",
  sha1: "MIIBOjCBpDCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAwea9AnT3FFT2q6rZljLC5YwVg/x7Z+xKFqf94dkIwTttMTJeXQxVCYvlIj5QkEXQhMCBHbaWwZ/idCV9997zRf7Ti9ROMCxDtzP4KHmysEJ4Qm1XMq9ORbtni1gdXFU/k7+AjY6pRKn6ZGP128btypic2JFxKgTaURJKShf2nxkCAwEAARYAMA0GCSqGSIb3DQEBBQUAA4GBACmVHQqgsPdYgnmJAsGHNmcrUrvZku3Y+gKoFqIzgZ/DAN8crLa1euu7mYmuIS6gwk/aUBHhRGgZB0e/JdnttLAiODwBJ2HolUMrYD2Ka0X/VbjXEqOqz+mT/qEwIpruYnTHYKcMHYRRUYL7CeKw5WB8PescJ4zsvmQBv1dAJfsY",
};

const first = [
  nodeCase("nodewasm24-node-crypto-certificate-a", "node:crypto Certificate (SPKAC): shape, call without new, exportChallenge/exportPublicKey/verifySpkac on RSA (md5, sha1, sha256) and EC SPKACs, string/Buffer/encoding inputs, whitespace, malformed input, argument type errors", `import crypto from "node:crypto"; import { Certificate } from "node:crypto";`, `
  const S = ${JSON.stringify(SPKAC)};
  const C = crypto.Certificate;
  out.same = C === Certificate;
  out.shape = [typeof C, C.name, C.length, Object.getOwnPropertyNames(C).sort(), Object.getOwnPropertyNames(C.prototype).sort(), C.prototype.exportChallenge === C.exportChallenge, C.exportChallenge.name, C.exportPublicKey.name, C.verifySpkac.name, C.exportChallenge.length, C.verifySpkac.length];
  out.call = c(() => { const x = C(); return [typeof x, x instanceof C, Object.keys(x)]; });
  out.nw = c(() => { const x = new C(); return [typeof x, x instanceof C, Object.getPrototypeOf(x) === C.prototype]; });
  const txt = (f) => c(() => { const r = f(); return Buffer.isBuffer(r) ? ["buf", r.length, r.toString("latin1")] : js(r); });
  for (const [k, v] of Object.entries(S)) {
    out[k] = [txt(() => C.exportChallenge(v)), txt(() => C.exportPublicKey(v)), c(() => C.verifySpkac(Buffer.from(v))), txt(() => new C().exportChallenge(Buffer.from(v))), c(() => new C().verifySpkac(v))];
  }
  const v = S.sha256;
  out.inputs = {
    hexEnc: txt(() => C.exportChallenge(Buffer.from(v).toString("hex"), "hex")),
    b64Enc: txt(() => C.exportChallenge(Buffer.from(v).toString("base64"), "base64")),
    u8: txt(() => C.exportChallenge(new TextEncoder().encode(v))),
    ab: txt(() => C.exportChallenge(new TextEncoder().encode(v).buffer)),
    dv: txt(() => C.exportChallenge(new DataView(new TextEncoder().encode(v).buffer))),
    trailNl: txt(() => C.exportChallenge(v + "\\n")),
    trailSp: txt(() => C.exportChallenge(v + "  \\r\\n\\t")),
    leadSp: txt(() => C.exportChallenge(" " + v)),
    midNl: txt(() => C.exportChallenge(v.slice(0, 64) + "\\n" + v.slice(64))),
    noPad: txt(() => C.exportChallenge(v.replace(/=+$/, ""))),
    urlSafe: txt(() => C.exportChallenge(v.replace(/\\+/g, "-").replace(/\\//g, "_"))),
    trailJunk: txt(() => C.exportChallenge(v + "AAAA")),
    truncated: txt(() => C.exportChallenge(v.slice(0, 100))),
    empty: txt(() => C.exportChallenge("")),
    x: txt(() => C.exportChallenge("x")),
    pkX: txt(() => C.exportPublicKey("x")),
    vX: c(() => C.verifySpkac(Buffer.from("x"))),
    vStr: c(() => C.verifySpkac("x")),
    vEmpty: c(() => C.verifySpkac(Buffer.alloc(0))),
    notB64: txt(() => C.exportChallenge("!!!!")),
    dropBody: txt(() => C.exportChallenge(Buffer.from(Buffer.from(v, "base64").subarray(0, 20)).toString("base64"))),
  };
  out.types = [];
  for (const x of [1, null, undefined, {}, [], true, Symbol("s"), 10n]) out.types.push([String(typeof x), c(() => C.exportChallenge(x)), c(() => C.exportPublicKey(x)), c(() => C.verifySpkac(x))]);
  out.badEnc = [txt(() => C.exportChallenge(v, "nope")), txt(() => C.exportChallenge(v, null)), txt(() => C.exportChallenge(v, 5))];
`),
];

const second = [
  nodeCase("nodewasm24-node-util-parseargs-b", "node:util parseArgs, styleText, MIMEType, getSystemErrorName, stripVTControlCharacters, toUSVString, format edge specifiers, inspect options", `import util from "node:util";`, `
  const pa = (cfg) => c(() => { const r = util.parseArgs(cfg); return JSON.parse(JSON.stringify(r, (k, v) => v === undefined ? "undef" : v)); });
  out.pa = [
    pa({ args: ["-f", "--bar", "b", "pos"], options: { foo: { type: "boolean", short: "f" }, bar: { type: "string" } }, allowPositionals: true }),
    pa({ args: ["--nope"], options: {} }),
    pa({ args: ["pos"], options: {} }),
    pa({ args: ["--bar"], options: { bar: { type: "string" } } }),
    pa({ args: ["--foo=x"], options: { foo: { type: "boolean" } } }),
    pa({ args: ["-abc"], options: { a: { type: "boolean", short: "a" }, b: { type: "boolean", short: "b" }, c: { type: "string", short: "c" } } }),
    pa({ args: ["--m", "1", "--m", "2"], options: { m: { type: "string", multiple: true } } }),
    pa({ args: [], options: { d: { type: "string", default: "dv" }, e: { type: "boolean", multiple: true, default: [true] } } }),
    pa({ args: ["--no-color"], options: { color: { type: "boolean" } }, allowNegative: true }),
    pa({ args: ["--x", "--", "--y"], options: { x: { type: "boolean" } }, allowPositionals: true, tokens: true }),
    pa({ args: ["--x"], options: { x: { type: "nope" } } }),
    pa({ args: ["--x"], options: { x: { type: "string", short: "xy" } } }),
    pa({ args: [], options: { x: { type: "string", default: 1 } } }),
    pa({ args: ["-z"], strict: false, options: {} }),
    pa({ args: "nope" }),
  ];
  out.style = [c(() => util.styleText("red", "x")), c(() => util.styleText(["bold", "underline"], "y")), c(() => util.styleText("nope", "x")), c(() => util.styleText("red", 5)), c(() => util.styleText("red", "x", { validateStream: false })), c(() => util.styleText("none", "x"))];
  out.mime = [
    c(() => { const m = new util.MIMEType("Text/HTML; Charset=\\"utf-8\\"; a=b"); return [m.type, m.subtype, m.essence, String(m), [...m.params], m.params.get("charset"), m.params.has("A"), JSON.stringify(m)]; }),
    c(() => new util.MIMEType("nope")), c(() => new util.MIMEType("a/")), c(() => new util.MIMEType("/b")), c(() => new util.MIMEType("a/b; =x; y")),
    c(() => { const m = new util.MIMEType("a/b"); m.type = "c"; m.subtype = "D"; m.params.set("q", "x y"); return String(m); }),
    c(() => { const m = new util.MIMEType("a/b"); m.type = "é"; return String(m); }),
    c(() => { const m = new util.MIMEType("a/b"); m.params.set("k", "\\u00ff\\u0100"); return String(m); }),
  ];
  out.sysErr = [c(() => util.getSystemErrorName(-2)), c(() => util.getSystemErrorName(-13)), c(() => util.getSystemErrorName(1)), c(() => util.getSystemErrorName("x")), c(() => util.getSystemErrorName(-99999)), c(() => typeof util.getSystemErrorMap), c(() => util.getSystemErrorMessage?.(-2))];
  out.strip = [c(() => util.stripVTControlCharacters("\\u001b[31mred\\u001b[0m\\u009b1mX")), c(() => util.stripVTControlCharacters(5)), c(() => util.toUSVString("a\\ud800b\\udc00")), c(() => util.toUSVString(5))];
  out.fmt = [util.format("%i %i %i", 1.9, "0x10", 10n), util.format("%d %d", "abc", 5n), util.format("%f", "1.5e3"), util.format("%s", Symbol("q")), util.format("%s %s", -0, [1, [2, [3, [4]]]]), util.format("%j", { toJSON() { return "tj"; } }), util.format("%c%s", "color: red", "after"), util.format("%%s %s", "x"), util.format("%o", { a: [1, 2], f() {} }), util.format("%O", { a: { b: { c: { d: 1 } } } }), util.format("%s", { a: { b: { c: 1 } } }), util.format("%s", new Error("em")).split("\\n")[0], util.format(1, 2, "%s"), util.format("%s", null, undefined), util.format("%x", 1)];
  out.insp = [util.inspect({ b: 1, a: 2, c: [3, 2] }, { sorted: true }), util.inspect(123456789.123, { numericSeparator: true }), util.inspect(-1234567n, { numericSeparator: true }), util.inspect("x".repeat(30), { maxStringLength: 5 }), util.inspect(Array.from({ length: 5 }, (_, i) => i), { maxArrayLength: 2 }), util.inspect({ get g() { return 1; }, set s(v) {} }, { getters: true }), util.inspect({ a: { b: { c: {} } } }, { compact: false, breakLength: 10 }), util.inspect(new Map([[1, { a: 1 }]]), { depth: 0 }), util.inspect(new Set([1]), { showHidden: true }), util.inspect(Object.create(null, { x: { value: 1, enumerable: true } })), util.inspect(new (class Foo { constructor() { this.x = 1; } })()), util.inspect({ [Symbol("s")]: 1, "a-b": 2, 3: 4 }), util.inspect([1, , 3]), util.inspect(new Uint8Array(3)), util.inspect(new ArrayBuffer(2)), util.inspect(Promise.resolve(4)), util.inspect(new WeakMap()), util.inspect(function named() {}), util.inspect(class K extends Error {}), util.inspect(Object.assign(() => {}, { p: 1 }))];
`),
  nodeCase("nodewasm24-node-decoder-events-c", "node:string_decoder partial characters across encodings and end(); events: listenerCount with a listener, defaultMaxListeners validation, setMaxListeners errors, once with signal, captureRejections, errorMonitor, getMaxListeners on EventTarget", `import { StringDecoder } from "node:string_decoder"; import events, { EventEmitter } from "node:events";`, `
  const sd = (enc, chunks) => c(() => { const d = new StringDecoder(enc); const parts = chunks.map((ch) => d.write(Buffer.from(ch))); parts.push(d.end()); return [d.encoding, parts]; });
  out.sd = [
    sd("utf8", [[0xe2], [0x82], [0xac, 0x41]]), sd("utf8", [[0xe2, 0x82]]), sd("utf8", [[0xf0, 0x9f], [0x98]]), sd("utf8", [[0xc3, 0x41]]), sd("utf8", [[0xff, 0xfe]]),
    sd("utf16le", [[0x41], [0x00, 0x3d], [0xd8]]), sd("utf16le", [[0x3d, 0xd8, 0x00]]), sd("ucs2", [[0x41, 0x00, 0x42]]),
    sd("base64", [[1], [2, 3, 4], [5]]), sd("base64url", [[0xff, 0xfe]]), sd("hex", [[0xab], [0xcd]]), sd("latin1", [[0xe9, 0xff]]), sd("ascii", [[0xe9, 0x41]]), sd("binary", [[0x80]]),
    sd(undefined, [[0x41]]), sd("UTF-8", [[0x41]]), sd("Utf16LE", [[0x41, 0]]),
  ];
  out.sdErr = [c(() => new StringDecoder("nope")), c(() => new StringDecoder(5)), c(() => new StringDecoder("utf8").write("str")), c(() => new StringDecoder("utf8").write(5)), c(() => new StringDecoder("utf8").end("x")), c(() => new StringDecoder("utf8").write(null)), c(() => { const d = new StringDecoder("utf8"); return [d.lastNeed, d.lastTotal, Object.keys(d).sort()]; }), c(() => { const d = new StringDecoder("utf8"); d.write(Buffer.from([0xe2])); return [d.lastNeed, d.lastTotal, js(d.lastChar)]; }), c(() => new StringDecoder("utf8").text(Buffer.from("abc"), 1))];
  const e = new EventEmitter();
  const f1 = () => {}; e.on("x", f1); e.on("x", () => {}); e.once("x", f1);
  out.lc = [e.listenerCount("x"), e.listenerCount("x", f1), e.listenerCount("y"), events.listenerCount(e, "x")];
  out.dml = [c(() => { events.defaultMaxListeners = -1; }), c(() => { events.defaultMaxListeners = "5"; }), c(() => { events.defaultMaxListeners = NaN; }), events.defaultMaxListeners, c(() => e.setMaxListeners(-1)), c(() => e.setMaxListeners("2")), c(() => events.setMaxListeners(-1)), c(() => events.setMaxListeners(5, {})), c(() => events.getMaxListeners({}))];
  out.et = c(() => { const t = new EventTarget(); const before = events.getMaxListeners(t); events.setMaxListeners(3, t); return [before, events.getMaxListeners(t), events.getEventListeners(t, "x").length]; });
  out.once = await a(async () => { const ac = new AbortController(); const p = events.once(new EventEmitter(), "z", { signal: ac.signal }); ac.abort("why"); try { await p; } catch (err) { return [err.name, err.code, err.message, js(err.cause)]; } });
  out.onceAborted = await a(async () => { try { await events.once(new EventEmitter(), "z", { signal: AbortSignal.abort() }); } catch (err) { return [err.name, err.code, err.message]; } });
  out.onceBadSig = await a(async () => { try { await events.once(new EventEmitter(), "z", { signal: {} }); } catch (err) { return [err.name, err.code, err.message]; } });
  out.onceErr = await a(async () => { const em = new EventEmitter(); const p = events.once(em, "z"); em.emit("error", new Error("boom")); try { await p; } catch (err) { return [err.message, em.listenerCount("z"), em.listenerCount("error")]; } });
  out.cap = await a(async () => { const em = new EventEmitter({ captureRejections: true }); const got = []; em.on("error", (err) => got.push(err.message)); em.on("ev", async () => { throw new Error("rej"); }); em.emit("ev"); await new Promise((r) => setTimeout(r, 5)); return got; });
  out.capSym = await a(async () => { const em = new EventEmitter({ captureRejections: true }); const got = []; em[Symbol.for("nodejs.rejection")] = (err, ev, ...args) => got.push([err.message, ev, args]); em.on("ev", async () => { throw new Error("r2"); }); em.emit("ev", 1, 2); await new Promise((r) => setTimeout(r, 5)); return got; });
  out.capBad = c(() => new EventEmitter({ captureRejections: "yes" }));
  out.mon = c(() => { const em = new EventEmitter(); const got = []; em.on(events.errorMonitor, (err) => got.push("mon:" + err.message)); try { em.emit("error", new Error("m")); } catch (err) { got.push("thrown:" + err.message); } return got; });
  out.emitErr = [c(() => new EventEmitter().emit("error")), c(() => new EventEmitter().emit("error", 42)), c(() => new EventEmitter().emit("error", { message: "obj" })), c(() => new EventEmitter().emit("error", null))];
  out.badListener = [c(() => new EventEmitter().on("x", 5)), c(() => new EventEmitter().once("x", null)), c(() => new EventEmitter().off("x", "s")), c(() => new EventEmitter().prependListener("x", {}))];
`),
];

const third = [
  nodeCase("nodewasm24-node-buffer-zlib-d", "node:buffer rarer paths (copyBytesFrom, write with offsets/encodings, int widths, compare argument errors, lastIndexOf forms, toString ranges, swap errors) and node:zlib (crc32, option validation, sync errors, params)", `import { Buffer } from "node:buffer"; import zlib from "node:zlib";`, `
  const B = Buffer;
  out.cbf = [c(() => B.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)), c(() => B.copyBytesFrom(new Uint8Array([1, 2]), 5)), c(() => B.copyBytesFrom([1, 2])), c(() => B.copyBytesFrom(new Uint8Array(2), -1)), c(() => B.copyBytesFrom(new Uint8Array(2), 0, "1")), c(() => B.copyBytesFrom(new Float64Array([1.5]), 0, 1))];
  out.write = [c(() => { const b = B.alloc(6); return [b.write("abcdef", 2, 2), js(b)]; }), c(() => { const b = B.alloc(4); return [b.write("ab", "hex"), js(b)]; }), c(() => { const b = B.alloc(4); return [b.write("zz", "hex"), js(b)]; }), c(() => { const b = B.alloc(4); return [b.write("€€", 0, "utf8"), js(b)]; }), c(() => B.alloc(4).write("a", 5)), c(() => B.alloc(4).write("a", -1)), c(() => B.alloc(4).write("a", 0, 10)), c(() => B.alloc(4).write("a", "nope")), c(() => B.alloc(4).write(5)), c(() => { const b = B.alloc(4); return [b.write("AQID", "base64"), js(b)]; }), c(() => { const b = B.alloc(3); return [b.write("aé", "latin1"), b.write("\\u0100", 2, "ascii"), js(b)]; })];
  out.ints = [c(() => B.alloc(8).writeIntLE(1, 0, 7)), c(() => B.alloc(8).writeUIntBE(2 ** 40, 0, 5)), c(() => B.alloc(8).writeUIntBE(2 ** 48, 0, 6)), c(() => B.alloc(8).writeIntBE(-(2 ** 47) - 1, 0, 6)), c(() => B.alloc(8).readIntLE(0, 0)), c(() => B.alloc(8).readUIntLE(0)), c(() => B.from([0xff, 0xff, 0xff]).readIntBE(0, 3)), c(() => B.alloc(2).writeInt8(128)), c(() => B.alloc(2).writeUInt16LE(-1)), c(() => B.alloc(2).writeUInt8(1.5)), c(() => B.alloc(8).writeBigInt64LE(2n ** 63n)), c(() => B.alloc(8).writeBigUInt64BE(-1n)), c(() => B.alloc(8).writeBigInt64LE(5)), c(() => B.alloc(4).writeFloatLE("x")), c(() => js(B.from([1, 2, 3, 4]).readFloatBE(0.5))), c(() => B.alloc(4).readDoubleLE())];
  out.cmp = [c(() => B.from("abc").compare(B.from("abd"), 0, 2, 0, 2)), c(() => B.from("abc").compare("abc")), c(() => B.from("abc").compare(B.from("a"), -1)), c(() => B.from("abc").compare(B.from("a"), 0, 5)), c(() => B.from("abc").compare(B.from("a"), 0, 1, 4)), c(() => B.compare(B.from("a"), "a")), c(() => B.from("a").equals("a")), c(() => B.from("abc").compare(new Uint8Array([97, 98, 99])))];
  const h = B.from("abcabcab");
  out.lio = [c(() => h.lastIndexOf("ab")), c(() => h.lastIndexOf("ab", 5)), c(() => h.lastIndexOf("ab", -3)), c(() => h.lastIndexOf(98)), c(() => h.lastIndexOf(B.from("ca"))), c(() => h.lastIndexOf("")), c(() => h.lastIndexOf("", 3)), c(() => h.lastIndexOf("ab", null)), c(() => h.lastIndexOf("ab", "x")), c(() => h.lastIndexOf("ab", "latin1")), c(() => h.lastIndexOf("ab", {})), c(() => h.indexOf("b", -100)), c(() => h.indexOf("b", 100)), c(() => h.includes(353)), c(() => h.indexOf(0x61 + 256)), c(() => h.indexOf({})), c(() => h.lastIndexOf("6162", undefined, "hex")), c(() => h.indexOf("YWI=", 1, "base64"))];
  out.ts = [h.toString("utf8", -5, 3), h.toString("utf8", 5, 2), h.toString("hex", 1.7, 3.9), h.toString(undefined, "2", "4"), h.toString("utf8", NaN, 2), c(() => h.toString("nope")), c(() => h.toString(null)), h.toString("ucs2", 1, 6)];
  out.swap = [c(() => B.from([1, 2, 3]).swap16()), c(() => B.from([1, 2, 3]).swap32()), c(() => B.from([1, 2, 3, 4, 5, 6, 7]).swap64()), c(() => js(B.from([1, 2, 3, 4]).swap32()))];
  out.fill = [c(() => js(B.alloc(5).fill("ab", 1, 4))), c(() => js(B.alloc(4).fill("zz", "hex"))), c(() => js(B.alloc(4).fill(""))), c(() => js(B.alloc(3).fill(257))), c(() => B.alloc(3).fill("a", -1)), c(() => B.alloc(3).fill("a", 0, 5)), c(() => js(B.alloc(3).fill(B.alloc(0)))), c(() => js(B.alloc(4).fill("a", 1, 0))), c(() => js(B.alloc(3, "abc", "nope")))];
  out.crc = [c(() => zlib.crc32("hello")), c(() => zlib.crc32(B.from("hello"), 5)), c(() => zlib.crc32("")), c(() => zlib.crc32(5)), c(() => zlib.crc32("a", "b")), c(() => zlib.crc32("a", -1)), c(() => zlib.crc32("a", 2 ** 32))];
  out.zopts = [c(() => zlib.deflateSync("a", { level: 10 })), c(() => zlib.deflateSync("a", { level: "1" })), c(() => zlib.deflateSync("a", { windowBits: 7 })), c(() => zlib.deflateSync("a", { memLevel: 0 })), c(() => zlib.deflateSync("a", { strategy: 9 })), c(() => zlib.deflateSync("a", { chunkSize: 10 })), c(() => zlib.deflateSync("a", { dictionary: "x" })), c(() => js(zlib.deflateRawSync("a", { windowBits: 8 }))), c(() => zlib.inflateSync("garbage")), c(() => zlib.gunzipSync(B.from([0x1f, 0x8b, 8, 0]))), c(() => zlib.brotliCompressSync("a", { params: { 999: 1 } })), c(() => zlib.brotliCompressSync("a", { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 12 } })), c(() => zlib.brotliDecompressSync(B.from([1, 2, 3]))), c(() => zlib.inflateSync(zlib.deflateSync("abc"), { finishFlush: 9 })), c(() => zlib.deflateSync(5)), c(() => zlib.deflateSync("a", { maxOutputLength: 0 })), c(() => zlib.inflateSync(zlib.deflateSync("a".repeat(100)), { maxOutputLength: 10 })), c(() => zlib.gunzipSync(B.concat([zlib.gzipSync("a"), zlib.gzipSync("b")])).toString())];
`),
];

const M = (path, contents, type = "ESModule") => ({ type, path, contents });
const fourth = [
  {
    name: "nodewasm24-formats-module-link-errors-e", area: "formats",
    description: "modules array: dynamic imports that fail to link or evaluate (missing named export, conflicting star exports, TDZ in a cycle, a throwing module imported twice, import attributes), and what a second import answers",
    options: {
      compatibilityDate: CD,
      modules: [
        M("index.mjs", `${PRELUDE}
const e = (x) => [x?.constructor?.name, x?.name, String(x?.message).split("\\n")[0]];
const imp = async (s) => { try { const m = await import(s); return { ok: Object.keys(m).sort() }; } catch (x) { return { err: e(x) }; } };
export default { async fetch(req) { const out = {};
  out.missingNamed = await imp("./missing-named.mjs");
  out.missingNamedAgain = await imp("./missing-named.mjs");
  out.starConflict = await imp("./star-conflict.mjs");
  out.thrower = await imp("./thrower.mjs");
  out.throwerAgain = await imp("./thrower.mjs");
  out.throwerSame = await (async () => { let a, b; try { await import("./thrower.mjs"); } catch (x) { a = x; } try { await import("./thrower.mjs"); } catch (x) { b = x; } return a === b; })();
  out.nonError = await imp("./throws-string.mjs");
  out.defaultOfNs = await imp("./reexport.mjs");
  out.reexportVals = await (async () => { const m = await import("./reexport.mjs"); return [m.default, m.x, m.y, Object.prototype.toString.call(m), Object.isFrozen(m), Object.getOwnPropertyDescriptor(m, "x")]; })();
  out.tlaReject = await imp("./tla-reject.mjs");
  out.tlaRejectAgain = await imp("./tla-reject.mjs");
  out.selfImport = await imp("./self.mjs");
  out.badSpecifier = await imp("");
  out.nodeSpecifier = await imp("node:fs");
  out.cfSpecifier = await imp("cloudflare:nope");
  return Response.json(out); } };`),
        M("missing-named.mjs", `import { nope } from "./lib.mjs"; export const a = nope;`),
        M("lib.mjs", `export const x = 1, y = 2; export default "LIB";`),
        M("lib2.mjs", `export const x = 3;`),
        M("star-conflict.mjs", `export * from "./lib.mjs"; export * from "./lib2.mjs";`),
        M("thrower.mjs", `export const t = 1; throw new RangeError("top-level boom");`),
        M("throws-string.mjs", `throw "just a string";`),
        M("reexport.mjs", `export { default } from "./lib.mjs"; export * from "./lib.mjs";`),
        M("tla-reject.mjs", `await Promise.reject(new TypeError("tla no")); export const n = 1;`),
        M("self.mjs", `import * as me from "./self.mjs"; export const keys = () => Object.keys(me); export const k = 1;`),
      ],
    },
    steps: [get("/")],
  },
];

const fifth = [
  nodeCase("nodewasm24-node-zlib-mime-f", "node:zlib finishFlush and flush option checks, brotli decoding of truncated and corrupt input, dictionary option types; util.MIMEType parameter values beyond Latin-1 and control characters", `import zlib from "node:zlib"; import util from "node:util"; import { Buffer } from "node:buffer";`, `
  const z = (f) => c(() => { const r = f(); return Buffer.isBuffer(r) ? r.toString("hex") : js(r); });
  const d = zlib.deflateSync("abc");
  out.ff = [7, -1, 2.5, "2", null, 0, 100].map((v) => z(() => zlib.inflateSync(d, { finishFlush: v })));
  out.fl = [7, -1, 2.5, "2", 9].map((v) => z(() => zlib.deflateSync("abc", { flush: v })));
  const br = zlib.brotliCompressSync("hello hello hello");
  out.br = [z(() => zlib.brotliDecompressSync(br.subarray(0, 3))), z(() => zlib.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))), z(() => zlib.brotliDecompressSync(Buffer.alloc(0))), z(() => zlib.brotliDecompressSync(Buffer.from([1, 2, 3]))), z(() => zlib.brotliDecompressSync(Buffer.from([0x0b]))), z(() => zlib.brotliDecompressSync(Buffer.concat([br, Buffer.from([1, 2])]))), z(() => zlib.brotliDecompressSync(Buffer.from([0x21, 0x00]))), z(() => zlib.brotliDecompressSync(Buffer.from("not brotli at all")))];
  out.dict = [null, 5, "x", [1], new Uint8Array([1]), new ArrayBuffer(1), new DataView(new ArrayBuffer(1))].map((v) => z(() => zlib.deflateSync("abc", { dictionary: v })));
  out.dictBr = z(() => zlib.brotliCompressSync("abc", { dictionary: "x" }));
  out.mime = ["\\u0100", "\\u2028", "\\t", "\\n", "\\u0000", "\\u007f", "a\\"b", "a\\\\b", "", "\\u00a0"].map((v) => c(() => { const m = new util.MIMEType("a/b"); m.params.set("k", v); return [String(m), m.params.get("k")]; }));
  out.mimeParse = ["a/b;k=\\u0100", "a/b;k=\\"\\u0100\\"", "a/b;k=\\u00ff", "a/\\u0100", "a/b;\\u0100=x", "a/b;k=\\"x\\ty\\""].map((v) => c(() => String(new util.MIMEType(v))));
`),
];

const sixth = [
  nodeCase("nodewasm24-node-process-timers-g", "node:process rarer members (emitWarning shapes, nextTick argument errors, hrtime argument checks, exitCode/umask/cwd/chdir, features), node:timers argument checks and Timeout members, timers/promises with signals and bad options, AsyncLocalStorage run/exit argument forms", `import process from "node:process"; import timers from "node:timers"; import tp from "node:timers/promises"; import { AsyncLocalStorage, AsyncResource } from "node:async_hooks";`, `
  const warns = [];
  process.on("warning", (w) => warns.push([w.name, w.message, w.code ?? null, w.detail ?? null]));
  out.ew = [c(() => process.emitWarning("w1")), c(() => process.emitWarning("w2", "CustomWarning", "C01")), c(() => process.emitWarning("w3", { type: "T", code: "C2", detail: "d" })), c(() => process.emitWarning(new Error("w4"))), c(() => process.emitWarning(5)), c(() => process.emitWarning("w5", 5)), c(() => process.emitWarning("dep", "DeprecationWarning"))];
  await new Promise((r) => setTimeout(r, 5));
  out.warns = warns;
  out.nt = [c(() => process.nextTick(5)), c(() => process.nextTick()), await a(() => new Promise((r) => process.nextTick((x, y) => r([x, y]), 1, 2)))];
  out.hr = [c(() => process.hrtime(5)), c(() => process.hrtime([1])), c(() => process.hrtime([1, 2, 3])), c(() => typeof process.hrtime.bigint()), c(() => process.hrtime([0, 0]).length)];
  out.misc = [c(() => process.exitCode), c(() => { process.exitCode = "x"; return process.exitCode; }), c(() => process.umask()), c(() => process.umask(0o22)), c(() => process.cwd()), c(() => process.chdir("/tmp")), c(() => typeof process.features), c(() => process.emit("nothing")), c(() => process.listenerCount("warning")), c(() => process.getMaxListeners()), c(() => typeof process.abort), c(() => process.kill(1)), c(() => process.release?.name), c(() => process.title), c(() => process.argv0), c(() => process.execArgv), c(() => process.arch), c(() => process.allowedNodeEnvironmentFlags?.size)];
  out.tm = [c(() => timers.setTimeout("str")), c(() => timers.setTimeout(() => {}, "x").constructor.name), c(() => { const t = timers.setTimeout(() => {}, 10); const r = [typeof t.ref, typeof t.unref, t.hasRef(), t.unref() === t, t.hasRef(), typeof t[Symbol.toPrimitive], typeof +t, typeof t.refresh, typeof t.close]; t.close(); return r; }), c(() => timers.setInterval()), c(() => timers.setImmediate(5)), c(() => timers.clearTimeout("nope")), c(() => timers.clearTimeout(undefined)), c(() => typeof timers.active), c(() => typeof timers.enroll)];
  out.tp = [
    await a(() => tp.setTimeout(1, "v")),
    await a(() => tp.setTimeout(1, "v", { signal: AbortSignal.abort("why") })),
    await a(() => tp.setTimeout(1, "v", { signal: {} })),
    await a(() => tp.setTimeout(1, "v", { ref: "x" })),
    await a(() => tp.setTimeout(1, "v", 5)),
    await a(() => tp.setImmediate("i")),
    await a(() => tp.setImmediate("i", { signal: AbortSignal.abort() })),
    await a(async () => { const out2 = []; for await (const v of tp.setInterval(1, "iv")) { out2.push(v); if (out2.length === 2) break; } return out2; }),
    await a(async () => { const ac = new AbortController(); const it = tp.setInterval(1, "x", { signal: ac.signal }); await it.next(); ac.abort(); try { await it.next(); return "no"; } catch (e) { return [e.name, e.code, e.message]; } }),
    c(() => typeof tp.scheduler?.wait), await a(() => tp.scheduler.wait(1)), await a(() => tp.scheduler.yield()),
  ];
  const als = new AsyncLocalStorage();
  out.als = [c(() => als.run(1, 5)), c(() => als.run(1, (a1, b1) => [als.getStore(), a1, b1], "x", "y")), c(() => als.exit((v) => [als.getStore(), v], 9)), c(() => als.run(2, () => als.exit(() => als.getStore()))), c(() => AsyncLocalStorage.bind(5)), c(() => typeof AsyncLocalStorage.snapshot()), c(() => als.name), c(() => new AsyncLocalStorage({ name: "nm" }).name), c(() => new AsyncLocalStorage({ defaultValue: 3 }).getStore()), c(() => new AsyncResource(5)), c(() => new AsyncResource("T").type), c(() => new AsyncResource("T").runInAsyncScope(5)), c(() => typeof new AsyncResource("T").asyncId())];
`, { date: "2026-04-01" }),
];
export default [...first, ...second, ...third, ...fourth, ...fifth, ...sixth];
