// nodemod: edge cases of the nodejs_compat modules. Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs nodemod
import { CD, PRELUDE, get } from "./_h.mjs";
// c(fn): runs fn synchronously; {ok: value made JSON-safe} or {err: [name, code, message]}.
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
`;
// aShort(fn): a(fn) with a 300 ms guard, for a probe whose promise never settles in workerd (a 10 s guard that fires costs 10 s a run).
const SHORT_GUARD = `const aShort = async (f) => { try { return { ok: js(await Promise.race([f(), new Promise((_, rej) => setTimeout(() => rej(new Error("TIMEOUT")), 300))])) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };`;
const nodeCase = (name, description, imports, body, { date = CD, flags = ["nodejs_compat"] } = {}) => ({
  name, area: "node", description,
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
  steps: [get("/")],
});

export default [
  nodeCase("nodemod-buffer-decode-edges", "Buffer.from/toString across encodings: missing padding, whitespace, invalid hex, lone surrogates, truncated UTF-8, odd utf16le, encoding names",
    `import { Buffer } from "node:buffer";`, `
  const h = (b) => b.toString("hex");
  out.b64 = [h(Buffer.from("aGVsbG8", "base64")), h(Buffer.from("aGVs bG8=\\n", "base64")), h(Buffer.from("a-_b", "base64")), h(Buffer.from("a+/b", "base64url")), h(Buffer.from("YQ==YQ==", "base64")), h(Buffer.from("=YQ", "base64")), h(Buffer.from("Y", "base64")), h(Buffer.from("YW", "base64")), h(Buffer.from("!!YWJj", "base64"))];
  out.hexIn = [h(Buffer.from("abc", "hex")), h(Buffer.from("zz12", "hex")), h(Buffer.from("12zz34", "hex")), h(Buffer.from("ABcd", "hex")), h(Buffer.from("1 2", "hex"))];
  out.latin = [h(Buffer.from("\u20ac", "latin1")), h(Buffer.from("\u20ac", "ascii")), h(Buffer.from("h\u00e9", "binary")), Buffer.from([0xff, 0xfe, 0x80, 0x41]).toString("ascii"), Buffer.from([0xff, 0xe9]).toString("latin1")];
  out.utf8 = [Buffer.from([0xe2, 0x82]).toString(), Buffer.from([0xe2, 0x82, 0x41]).toString(), Buffer.from([0xc0, 0x80]).toString(), Buffer.from([0xed, 0xa0, 0x80]).toString(), Buffer.from([0xf4, 0x90, 0x80, 0x80]).toString(), h(Buffer.from("\\ud800x")), h(Buffer.from("a\\udc00")), Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString().length];
  out.utf16 = [h(Buffer.from("ab\u20ac", "utf16le")), Buffer.from([0x61, 0, 0x62]).toString("utf16le"), h(Buffer.from("ab", "UCS-2")), h(Buffer.from("ab", "ucs2")), Buffer.from("ab", "utf-16le").length, Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString("utf16le").codePointAt(0)];
  out.names = ["utf8", "UTF-8", "Utf8", "ucs2", "binary", "base64url", "hex", "HEX", "latin1", "utf-16le", "foo", "", null, 1].map((e) => Buffer.isEncoding(e));
  out.badEnc = [c(() => Buffer.from("x", "bogus")), c(() => Buffer.from("abc").toString("bogus")), c(() => Buffer.alloc(2, "a", "nope")), c(() => Buffer.byteLength("a", "nope")), c(() => Buffer.from("abc").write("x", "nope"))];
  out.byteLength = [Buffer.byteLength("\u20ac"), Buffer.byteLength("aGVsbG8=", "base64"), Buffer.byteLength("aGVsbG8", "base64url"), Buffer.byteLength("abc", "hex"), Buffer.byteLength("ab", "utf16le"), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength("\\ud800"), c(() => Buffer.byteLength(5)), c(() => Buffer.byteLength({}))];
  out.ranges = [Buffer.from("hello").toString("utf8", 1, 3), Buffer.from("hello").toString(undefined, -1, 100), Buffer.from("hello").toString("hex", 3, 1), Buffer.from("hello").toString("utf8", 1.7, 3.2), Buffer.from("hello").toString("utf8", "1", "3"), Buffer.from("hello").toString("utf8", NaN)];
  out.encodeOut = [Buffer.from([1]).toString("base64"), Buffer.from([1, 2]).toString("base64"), Buffer.from([0xfb, 0xff]).toString("base64url"), Buffer.from([0xfb, 0xff, 0xfe]).toString("base64url"), Buffer.from([]).toString("base64"), Buffer.from("\u00ff\u0100").toString("binary")];
  out.sources = [h(Buffer.from(new Uint16Array([1, 258]))), h(Buffer.from(new Uint16Array([1, 2]).buffer)), h(Buffer.from(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2)), h(Buffer.from({ length: 2, 0: 1, 1: 2 })), h(Buffer.from({ type: "Buffer", data: [1, 2] })), h(Buffer.from(new String("abc"))), h(Buffer.from([256, -1, 1.9, "7", "x"])), h(Buffer.from(new Uint8Array([5, 6]).buffer, 1))];
  out.sourceErrs = [c(() => Buffer.from(new ArrayBuffer(4), 10)), c(() => Buffer.from(new ArrayBuffer(4), 1, 10)), c(() => Buffer.from(null)), c(() => Buffer.from(5)), c(() => Buffer.from(undefined)), c(() => Buffer.from(Symbol("s"))), c(() => Buffer.from(() => 1))];
  out.alloc = [h(Buffer.alloc(3, "ab")), h(Buffer.alloc(5, "aGk=", "base64")), h(Buffer.alloc(2, 257)), h(Buffer.alloc(3, "")), h(Buffer.alloc(3, Buffer.from([7, 8]))), c(() => Buffer.alloc(-1)), c(() => Buffer.alloc(4, "zz", "hex")), c(() => Buffer.alloc("3")), c(() => Buffer.allocUnsafe(1.5)), c(() => Buffer.alloc(NaN))];`),

  nodeCase("nodemod-buffer-methods-edges", "Buffer write/fill/concat/compare/indexOf/includes/copy/equals edge cases and their errors; inspect of Buffers",
    `import { Buffer, constants, kMaxLength, INSPECT_MAX_BYTES } from "node:buffer";
import { inspect } from "node:util";`, `
  const h = (b) => b.toString("hex");
  const w = (f) => { const b = Buffer.alloc(6); const r = c(() => f(b)); return [r, h(b)]; };
  out.write = [w((b) => b.write("abc", 1)), w((b) => b.write("abcdef", 1, 2)), w((b) => b.write("ff01", "hex")), w((b) => b.write("\u20ac\u20ac", 1)), w((b) => b.write("\u20ac", 4)), w((b) => b.write("abc", 2, "latin1")), w((b) => b.write("abc", 7)), w((b) => b.write("abc", -1)), w((b) => b.write(5)), w((b) => b.write("ab", 0, 10, "utf16le")), w((b) => b.write("zzab", "hex")), w((b) => b.write("a", 1.5))];
  out.fill = [w((b) => b.fill("abc", 1, 4)), w((b) => b.fill(0x101)), w((b) => b.fill("")), w((b) => b.fill("zz", "hex")), w((b) => b.fill("\u20ac")), w((b) => b.fill(1, 4, 2)), w((b) => b.fill(1, -1)), w((b) => b.fill(1, 0, 10)), w((b) => b.fill(-1)), w((b) => b.fill(true)), w((b) => b.fill("aGk=", "base64"))];
  out.concat = [h(Buffer.concat([Buffer.from("ab"), Buffer.from("cd")], 3)), h(Buffer.concat([Buffer.from("ab")], 4)), h(Buffer.concat([new Uint8Array([1]), Buffer.from([2])])), c(() => Buffer.concat("x")), c(() => Buffer.concat([1])), c(() => Buffer.concat([Buffer.from("a"), "b"])), Buffer.concat([]).length];
  const ab = Buffer.from("abcdef");
  out.compare = [Buffer.compare(Buffer.from("a"), Buffer.from("b")), Buffer.compare(Buffer.from("b"), Buffer.from("a")), Buffer.compare(Buffer.from("ab"), Buffer.from("a")), ab.compare(Buffer.from("cd"), 0, 2, 2, 4), ab.compare(Buffer.from("cd"), 1), c(() => ab.compare("x")), c(() => ab.compare(Buffer.from("a"), 5)), c(() => ab.compare(Buffer.from("a"), 0, 1, 7)), c(() => Buffer.compare(1, ab)), ab.compare(new Uint8Array([97]))];
  out.indexOf = [ab.indexOf("6364", "hex"), ab.indexOf(99), ab.indexOf(99 + 256), ab.indexOf(Buffer.from("cd")), ab.indexOf(""), ab.indexOf("", 3), ab.indexOf("", 10), ab.indexOf("c", -2), ab.indexOf("c", -5), ab.lastIndexOf("c", -5), ab.lastIndexOf("c", -3), ab.lastIndexOf(""), ab.includes("ef", 5), ab.indexOf("b", "utf8"), ab.indexOf("b", 1.5), c(() => ab.indexOf("b", "1")), c(() => ab.indexOf("b", "hex")), ab.indexOf(new Uint8Array([101])), c(() => ab.indexOf({})), Buffer.from("abc", "utf16le").indexOf("b", "utf16le"), Buffer.from("abc", "utf16le").indexOf("b", 0, "ucs2"), Buffer.from("aaaa").lastIndexOf("aa"), ab.indexOf("YmM=", 0, "base64"), ab.indexOf("YmM", "base64url")];
  const dst = Buffer.alloc(5);
  out.copy = [Buffer.from("abc").copy(dst, 1), h(dst), Buffer.from("abcdef").copy(dst, 3), h(dst), Buffer.from("abc").copy(dst, 0, 1, 2), c(() => Buffer.from("abc").copy(dst, -1)), c(() => Buffer.from("abc").copy(dst, 0, 5)), c(() => Buffer.from("abc").copy("x")), Buffer.from("abc").copy(dst, 9), Buffer.from("abc").copy(dst, 0, 2, 1)];
  out.equals = [ab.equals(Buffer.from("abcdef")), ab.equals(new Uint8Array([1])), c(() => ab.equals("abcdef"))];
  out.inspect = [inspect(Buffer.from("abc")), inspect(Buffer.alloc(0)), inspect(Buffer.alloc(60, 1)), inspect({ b: Buffer.from([1, 2]) }), Buffer.from("ab").toLocaleString(), String(Buffer.from("hi")), inspect(Buffer.from("ab").subarray(1))];
  out.consts = [kMaxLength === constants.MAX_LENGTH, typeof constants.MAX_STRING_LENGTH, INSPECT_MAX_BYTES, Buffer.poolSize];
  out.json = [JSON.stringify(Buffer.from([1, 2])), JSON.stringify({ x: Buffer.alloc(0) })];
  out.sub = [h(ab.subarray(-2)), h(ab.subarray(4, 2)), h(ab.slice(-3, -1)), h(ab.subarray(1.9, 3.1)), ab.subarray(1) instanceof Buffer, ab.slice(1) instanceof Buffer, ab.subarray("1", "3").toString()];
  out.iter = [[...Buffer.from("ab").keys()], [...Buffer.from("ab").entries()], Buffer.from("ab").at(-1), Buffer.from("ab").map((x) => x + 1) instanceof Buffer];
  out.swap = [h(Buffer.from([1, 2, 3, 4]).swap16()), h(Buffer.from([1, 2, 3, 4]).swap32()), h(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64()), c(() => Buffer.from([1, 2, 3]).swap16()), c(() => Buffer.from([1, 2]).swap32()), c(() => Buffer.from([1, 2]).swap64())];
  out.ctor = [c(() => new Buffer("ab").toString()), Buffer.from("ab") instanceof Uint8Array, Buffer.of(1, 2).toString("hex"), typeof Buffer.copyBytesFrom, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.name, Buffer.length];`),

  nodeCase("nodemod-buffer-int-errors", "Buffer read/write integer, float and BigInt methods: results, return values and the exact RangeError/TypeError messages",
    `import { Buffer } from "node:buffer";`, `
  const b4 = Buffer.from([1, 2, 0xf3, 0xf4]);
  out.reads = [b4.readUInt8(3), b4.readInt8(3), b4.readUInt16LE(1), b4.readInt16BE(2), b4.readUInt32LE(0), b4.readInt32BE(0), b4.readUIntBE(1, 3), b4.readIntLE(1, 3), b4.readIntBE(0, 1), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]).readIntLE(0, 6), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]).readUIntBE(0, 6), b4.readUint16BE(0), b4.readUInt8()];
  out.readErrs = [c(() => b4.readUInt8(4)), c(() => b4.readUInt16LE(1.5)), c(() => b4.readUInt32BE("1")), c(() => Buffer.alloc(1).readUInt16LE(0)), c(() => b4.readUInt16LE(3)), c(() => b4.readInt32LE(-1)), c(() => b4.readUIntBE(0, 0)), c(() => b4.readUIntLE(0, 7)), c(() => b4.readIntBE(0)), c(() => Buffer.alloc(0).readUInt8(0)), c(() => b4.readUInt8(NaN)), c(() => b4.readFloatLE(1)), c(() => b4.readBigUInt64LE(0)), c(() => b4.readDoubleBE(Infinity))];
  const W = (n, f) => { const b = Buffer.alloc(n); const r = c(() => f(b)); return [r, b.toString("hex")]; };
  out.writes = [W(2, (b) => b.writeUInt8(255, 1)), W(2, (b) => b.writeInt8(-128)), W(4, (b) => b.writeUInt16BE(0xabcd, 2)), W(4, (b) => b.writeInt32LE(-2)), W(4, (b) => b.writeUIntBE(0x123456, 1, 3)), W(6, (b) => b.writeIntLE(-2, 0, 6)), W(4, (b) => b.writeUInt8(1.9)), W(4, (b) => b.writeUInt16LE("258")), W(8, (b) => b.writeDoubleLE(1.5)), W(4, (b) => b.writeFloatBE(1e40)), W(4, (b) => b.writeFloatLE(NaN)), W(8, (b) => b.writeBigInt64LE(-2n)), W(8, (b) => b.writeBigUInt64BE(2n ** 64n - 1n)), W(4, (b) => b.writeUint32LE(7))];
  out.writeErrs = [W(2, (b) => b.writeUInt8(256)), W(2, (b) => b.writeInt8(-129)), W(2, (b) => b.writeInt16LE(-40000)), W(4, (b) => b.writeUInt32BE(2 ** 32)), W(4, (b) => b.writeInt32BE(2 ** 31)), W(8, (b) => b.writeIntLE(1, 0, 7)), W(8, (b) => b.writeUIntBE(2 ** 24, 0, 3)), W(8, (b) => b.writeIntBE(-(2 ** 23) - 1, 0, 3)), W(8, (b) => b.writeIntLE(2 ** 47, 0, 6)), W(8, (b) => b.writeBigInt64LE(2n ** 63n)), W(8, (b) => b.writeBigUInt64BE(-1n)), W(8, (b) => b.writeBigInt64LE(5)), W(2, (b) => b.writeUInt16LE(1, 1)), W(2, (b) => b.writeUInt8(1, 2)), W(2, (b) => b.writeUInt8(1, -1)), W(2, (b) => b.writeUInt8(1, 0.5)), W(4, (b) => b.writeFloatLE(1, 1)), W(4, (b) => b.writeUInt8("x")), W(4, (b) => b.writeUInt8(-0.5)), W(2, (b) => b.writeUInt16LE(-1)), W(8, (b) => b.writeBigUInt64LE(2n ** 64n)), W(8, (b) => b.writeBigInt64BE(-(2n ** 63n) - 1n))];
  const b8 = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe]);
  out.bigs = [b8.readBigUInt64LE(), b8.readBigUInt64BE(), b8.readBigInt64LE(), b8.readBigInt64BE(), b8.readBigUint64LE(0)].map(String);
  out.floats = [Buffer.from([0, 0, 0xc0, 0x7f]).readFloatLE(), Buffer.from([0x7f, 0x80, 0, 0]).readFloatBE(), Buffer.from("000000000000f03f", "hex").readDoubleLE(), Buffer.from([0x80, 0, 0, 0]).readFloatBE()].map((x) => js(x));`),

  nodeCase("nodemod-buffer-module-misc", "node:buffer isUtf8/isAscii/transcode/atob/btoa/Blob/File/resolveObjectURL, pooling of small Buffers and SlowBuffer",
    `import * as bufmod from "node:buffer";
const { Buffer, Blob, File, isUtf8, isAscii, transcode, atob, btoa } = bufmod;`, `
  out.keys = Object.keys(bufmod).sort();
  out.isUtf8 = [isUtf8(Buffer.from("h\u00e9")), isUtf8(Buffer.from([0xff])), isUtf8(new Uint8Array(0)), c(() => isUtf8(new ArrayBuffer(2))), c(() => isUtf8("abc")), c(() => isUtf8(null)), isUtf8(Buffer.from([0xed, 0xa0, 0x80]))];
  out.isAscii = [isAscii(Buffer.from("abc")), isAscii(Buffer.from([0x80])), c(() => isAscii(new ArrayBuffer(1))), c(() => isAscii("a"))];
  const tc = (s, f, t) => c(() => transcode(Buffer.from(s, f), f, t).toString("hex"));
  out.transcode = [tc("h\u00e9\u20ac", "utf8", "latin1"), tc("h\u00e9\u20ac", "utf8", "ascii"), tc("h\u00e9", "utf8", "utf16le"), tc("h\u00e9", "utf16le", "utf8"), tc("h\u00e9", "latin1", "utf8"), tc("ab", "utf8", "hex"), tc("ab", "base64", "utf8"), tc("ab", "utf8", "ucs2"), tc("ab", "utf8", "binary"), c(() => transcode("ab", "utf8", "latin1"))];
  out.atob = [atob("aGk="), atob(" aGk "), atob("aGk"), c(() => atob("a")), c(() => atob("@@")), c(() => atob()), btoa("hi"), c(() => btoa("\u20ac")), btoa(12), atob(null)];
  const blob = new Blob([Buffer.from("ab"), "c", new Uint8Array([100])], { type: "Text/Plain" });
  out.blob = [blob.size, blob.type, await blob.text(), blob instanceof globalThis.Blob, Blob === globalThis.Blob];
  const f = new File([Buffer.from("xyz")], "a.txt", { type: "text/plain", lastModified: 5 });
  out.file = [f.name, f.size, f.lastModified, f.type, await f.text(), f instanceof Blob, File === globalThis.File];
  out.resolve = [typeof bufmod.resolveObjectURL, c(() => bufmod.resolveObjectURL("blob:nodedata:x")), c(() => bufmod.resolveObjectURL("http://x"))];
  const small = Buffer.from("abc");
  out.pool = [small.buffer.byteLength >= 3, Buffer.alloc(3).byteOffset, Buffer.alloc(3).buffer.byteLength, Buffer.allocUnsafeSlow(3).buffer.byteLength, typeof bufmod.SlowBuffer, c(() => bufmod.SlowBuffer(2).length)];
  out.constants = [bufmod.kMaxLength, bufmod.kStringMaxLength, bufmod.constants.MAX_LENGTH, bufmod.constants.MAX_STRING_LENGTH];`),

  nodeCase("nodemod-crypto-hash-edges", "node:crypto hashes and HMACs: algorithm names, digest encodings, copy, errors after digest, crypto.hash, input types",
    `import crypto from "node:crypto";`, `
  const algs = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512-256", "sha512-224", "SHA256", "RSA-SHA256", "sha-256", "sha3-256", "ripemd160", "shake256", "blake2b512", "RSA-MD5", "sha256WithRSAEncryption", "ssl3-sha1"];
  out.algs = Object.fromEntries(algs.map((n) => [n, c(() => crypto.createHash(n).update("abc").digest("hex"))]));
  out.hmacAlgs = Object.fromEntries(["md5", "sha1", "sha384", "SHA512", "RSA-SHA1", "sha3-256", "nope"].map((n) => [n, c(() => crypto.createHmac(n, "k").update("abc").digest("hex"))]));
  const d = (enc) => c(() => crypto.createHash("sha1").update("abc").digest(enc));
  out.encs = [d("base64"), d("base64url"), d("latin1"), d("binary"), d("ucs2"), d("utf8"), d("ascii"), d("nope"), d("HEX"), d(undefined), d(null)];
  out.inputs = [c(() => crypto.createHash("md5").update("616263", "hex").digest("hex")), c(() => crypto.createHash("md5").update("YWJj", "base64").digest("hex")), c(() => crypto.createHash("md5").update("\u00e9", "latin1").digest("hex")), c(() => crypto.createHash("md5").update("\u00e9").digest("hex")), c(() => crypto.createHash("md5").update(new Uint16Array([1])).digest("hex")), c(() => crypto.createHash("md5").update(new ArrayBuffer(2)).digest("hex")), c(() => crypto.createHash("md5").update(new DataView(new ArrayBuffer(2))).digest("hex")), c(() => crypto.createHash("md5").update(5)), c(() => crypto.createHash("md5").update(null)), c(() => crypto.createHash("md5").update()), c(() => crypto.createHash("md5").update({}))];
  out.after = [c(() => { const h = crypto.createHash("md5"); h.digest(); h.update("x"); }), c(() => { const h = crypto.createHash("md5"); h.digest(); return h.digest("hex"); }), c(() => { const h = crypto.createHmac("md5", "k"); h.digest(); return h.digest("hex"); }), c(() => { const h = crypto.createHmac("md5", "k"); h.digest(); h.update("x"); }), c(() => { const h = crypto.createHash("md5"); h.digest(); h.copy(); })];
  out.copy = c(() => { const h = crypto.createHash("sha256").update("a"); const k = h.copy(); h.update("b"); return [h.digest("hex"), k.digest("hex")]; });
  out.hashFn = [c(() => crypto.hash("sha1", "abc")), c(() => crypto.hash("sha1", "abc", "base64")), c(() => crypto.hash("md5", Buffer.from("abc"), "buffer")), c(() => crypto.hash("sha1", 5)), c(() => crypto.hash("nope", "a")), c(() => crypto.hash("sha1", "abc", "nope"))];
  out.hmacKeys = [c(() => crypto.createHmac("sha256", "").update("a").digest("hex")), c(() => crypto.createHmac("sha256", Buffer.alloc(200, 1)).update("a").digest("base64")), c(() => crypto.createHmac("sha256", crypto.createSecretKey(Buffer.from("k"))).update("a").digest("hex")), c(() => crypto.createHmac("sha256", null)), c(() => crypto.createHmac("sha256", 5)), c(() => crypto.createHmac("sha256", new ArrayBuffer(1)).digest("hex")), c(() => crypto.createHmac()), c(() => crypto.createHash())];
  out.shapes = [typeof crypto.createHash("md5").write, crypto.createHash("md5").update("a") instanceof crypto.Hash, c(() => crypto.Hash("md5").digest("hex")), c(() => new crypto.Hmac("md5", "k").digest("hex")), crypto.getHashes().length > 5, crypto.getHashes().includes("sha256"), crypto.getHashes().includes("RSA-SHA256")];
  out.streamHash = await a(() => new Promise((res, rej) => { const h = crypto.createHash("sha1"); h.on("readable", () => { const d = h.read(); if (d) res(d.toString("hex")); }); h.on("error", rej); h.write("ab"); h.end("c"); }));`),

  nodeCase("nodemod-crypto-kdf-random-edges", "node:crypto pbkdf2/scrypt/hkdf results and argument errors, randomInt/randomBytes/randomFill/randomUUID argument errors, timingSafeEqual errors",
    `import crypto from "node:crypto";`, `
  out.pbkdf2 = [c(() => crypto.pbkdf2Sync("pw", "salt", 1, 16, "sha256").toString("hex")), c(() => crypto.pbkdf2Sync("pw", "salt", 2, 10, "sha1").toString("hex")), c(() => crypto.pbkdf2Sync("pw", "salt", 1, 20, "md5").toString("hex")), c(() => crypto.pbkdf2Sync(Buffer.from("pw"), new Uint8Array([1]), 1, 8, "sha512").toString("hex")), c(() => crypto.pbkdf2Sync("", "", 1, 0, "sha256").toString("hex")), c(() => crypto.pbkdf2Sync("pw", "salt", 0, 16, "sha256")), c(() => crypto.pbkdf2Sync("pw", "salt", 1, -1, "sha256")), c(() => crypto.pbkdf2Sync("pw", "salt", 1, 16, "nope")), c(() => crypto.pbkdf2Sync("pw", "salt", 1, 16)), c(() => crypto.pbkdf2Sync(5, "salt", 1, 16, "sha1")), c(() => crypto.pbkdf2Sync("pw", "salt", 1.5, 16, "sha1")), c(() => crypto.pbkdf2Sync("pw", "salt", "1", 16, "sha1")), c(() => crypto.pbkdf2("pw", "salt", 1, 16, "sha1"))];
  out.pbkdf2cb = await a(() => new Promise((res, rej) => crypto.pbkdf2("pw", "salt", 1, 8, "sha256", (e, k) => (e ? rej(e) : res(k.toString("hex"))))));
  out.scrypt = [c(() => crypto.scryptSync("pw", "salt", 16).toString("hex")), c(() => crypto.scryptSync("pw", "salt", 16, { N: 16, r: 1, p: 1 }).toString("hex")), c(() => crypto.scryptSync("pw", "salt", 16, { cost: 16, blockSize: 2, parallelization: 1 }).toString("hex")), c(() => crypto.scryptSync("pw", "salt", 16, { N: 3 })), c(() => crypto.scryptSync("pw", "salt", 16, { N: 16, cost: 16 })), c(() => crypto.scryptSync("pw", "salt", -1)), c(() => crypto.scryptSync("pw", "salt", 16, { maxmem: 1 })), c(() => crypto.scryptSync("pw", "salt", 0).toString("hex"))];
  out.scryptcb = await a(() => new Promise((res, rej) => crypto.scrypt("pw", "salt", 8, { N: 16 }, (e, k) => (e ? rej(e) : res(k.toString("hex"))))));
  out.hkdf = [c(() => crypto.hkdfSync("sha256", "key", "salt", "info", 16)), c(() => crypto.hkdfSync("sha1", Buffer.from("key"), "", "", 8)), c(() => crypto.hkdfSync("sha256", "key", "salt", "info", 255 * 32 + 1)), c(() => crypto.hkdfSync("nope", "key", "salt", "info", 8)), c(() => crypto.hkdfSync("sha256", "key", "salt", "x".repeat(1025), 8)), c(() => crypto.hkdfSync("sha256", 5, "salt", "info", 8)), c(() => crypto.hkdfSync("sha256", "key", "salt", "info", 0))];
  out.hkdfcb = await a(() => new Promise((res, rej) => crypto.hkdf("sha256", "key", "salt", "info", 4, (e, k) => (e ? rej(e) : res(k)))));
  out.randomInt = [c(() => crypto.randomInt(1, 1)), c(() => crypto.randomInt(0)), c(() => crypto.randomInt(-1)), c(() => crypto.randomInt(1.5)), c(() => crypto.randomInt(2 ** 48 + 1)), c(() => crypto.randomInt("5")), c(() => crypto.randomInt(3, 4)), c(() => crypto.randomInt(5, 2)), c(() => crypto.randomInt(-(2 ** 53), 0) <= 0)];
  out.randomBytes = [c(() => crypto.randomBytes(-1)), c(() => crypto.randomBytes("4")), c(() => crypto.randomBytes(1.5)), c(() => crypto.randomBytes(0).length), c(() => crypto.randomBytes(2 ** 31)), c(() => crypto.randomBytes(70000).length)];
  out.randomFill = [c(() => crypto.randomFillSync(Buffer.alloc(4), 5)), c(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4)), c(() => crypto.randomFillSync("x")), c(() => crypto.randomFillSync(new ArrayBuffer(4)).byteLength), c(() => crypto.randomFillSync(new Float64Array(2)).length), c(() => crypto.randomFillSync(Buffer.alloc(4), 4).length)];
  out.uuid = [c(() => crypto.randomUUID({ disableEntropyCache: true }).length), c(() => crypto.randomUUID(5)), c(() => crypto.randomUUID({ disableEntropyCache: 1 }))];
  out.tse = [c(() => crypto.timingSafeEqual("a", "a")), c(() => crypto.timingSafeEqual(Buffer.from("a"), "a")), c(() => crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0]))), c(() => crypto.timingSafeEqual(new ArrayBuffer(2), new ArrayBuffer(2))), c(() => crypto.timingSafeEqual(new DataView(new ArrayBuffer(1)), Buffer.alloc(1))), c(() => crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)))];`),

  nodeCase("nodemod-crypto-cipher-edges", "node:crypto ciphers: key/iv length errors, padding, final twice, bad decrypt, GCM tags and AAD, setAutoPadding, getCipherInfo, deterministic outputs",
    `import crypto from "node:crypto";`, `
  const k16 = Buffer.alloc(16, 1), k32 = Buffer.alloc(32, 2), iv = Buffer.alloc(16, 3), iv12 = Buffer.alloc(12, 4);
  const enc = (alg, key, ivv, data, opts = {}) => c(() => { const ci = crypto.createCipheriv(alg, key, ivv, opts.o); if (opts.pad === false) ci.setAutoPadding(false); if (opts.aad) ci.setAAD(opts.aad); const r = Buffer.concat([ci.update(typeof data === "string" ? Buffer.from(data) : data), ci.final()]).toString("hex"); return opts.tag ? [r, ci.getAuthTag().toString("hex")] : r; });
  out.enc = [enc("aes-128-cbc", k16, iv, "hello"), enc("aes-256-cbc", k32, iv, ""), enc("aes-128-ctr", k16, iv, "hello"), enc("aes-128-ecb", k16, null, "hello"), enc("aes-256-gcm", k32, iv12, "hello", { tag: true, aad: Buffer.from("aad") }), enc("aes-128-gcm", k16, Buffer.alloc(16, 5), "hi", { tag: true }), enc("AES-128-CBC", k16, iv, "x"), enc("aes-128-cbc", k16, iv, "0123456789abcdef", { pad: false }), enc("aes-128-cbc", k16, iv, "short", { pad: false }), enc("aes-192-cbc", Buffer.alloc(24, 1), iv, "x"), enc("aes-128-ofb", k16, iv, "hello"), enc("aes-128-cfb", k16, iv, "hello"), enc("aes256", k32, iv, "x"), enc("aes-128-gcm", k16, iv12, "x", { tag: true, o: { authTagLength: 8 } })];
  out.errs = [enc("aes-128-cbc", k32, iv, "x"), enc("aes-128-cbc", k16, Buffer.alloc(8), "x"), enc("aes-128-cbc", k16, null, "x"), enc("aes-999-cbc", k16, iv, "x"), enc("aes-128-gcm", k16, Buffer.alloc(0), "x"), enc("aes-128-cbc", "short", iv, "x"), enc("aes-128-cbc", 5, iv, "x"), enc("aes-128-gcm", k16, iv12, "x", { o: { authTagLength: 7 } })];
  out.updateNoEnc = [c(() => crypto.createCipheriv("aes-128-cbc", k16, iv).update("hello").length), c(() => crypto.createCipheriv("aes-128-cbc", k16, iv).update("hello", "utf8").length), c(() => crypto.createDecipheriv("aes-128-cbc", k16, iv).update("00", "hex").length)];
  const ctHex = Buffer.concat([(() => { const ci = crypto.createCipheriv("aes-128-cbc", k16, iv); return Buffer.concat([ci.update(Buffer.from("hello world")), ci.final()]); })()]);
  const dec = (f) => c(() => { const d = crypto.createDecipheriv("aes-128-cbc", k16, iv); return f(d); });
  out.dec = [dec((d) => Buffer.concat([d.update(ctHex), d.final()]).toString()), dec((d) => d.update(ctHex.toString("hex"), "hex", "utf8") + d.final("utf8")), dec((d) => { d.update(ctHex.subarray(0, 5)); return d.final(); }), dec((d) => { d.update(Buffer.alloc(16, 9)); return d.final(); }), dec((d) => { d.update(ctHex); d.final(); return d.final(); }), dec((d) => { d.update(ctHex); d.final(); return d.update(ctHex); }), dec((d) => { d.setAutoPadding(false); return Buffer.concat([d.update(ctHex), d.final()]).toString("hex"); })];
  const gct = (() => { const ci = crypto.createCipheriv("aes-256-gcm", k32, iv12); ci.setAAD(Buffer.from("h")); const ct = Buffer.concat([ci.update(Buffer.from("secret")), ci.final()]); return [ct, ci.getAuthTag()]; })();
  const gdec = (f) => c(() => { const d = crypto.createDecipheriv("aes-256-gcm", k32, iv12); return f(d); });
  out.gcm = [gdec((d) => { d.setAAD(Buffer.from("h")); d.setAuthTag(gct[1]); return d.update(gct[0], undefined, "utf8") + d.final("utf8"); }), gdec((d) => { d.setAAD(Buffer.from("x")); d.setAuthTag(gct[1]); d.update(gct[0]); return d.final(); }), gdec((d) => { d.setAAD(Buffer.from("h")); d.update(gct[0]); return d.final(); }), gdec((d) => d.setAuthTag(Buffer.alloc(3))), gdec((d) => d.setAuthTag("x".repeat(16))), c(() => { const ci = crypto.createCipheriv("aes-256-gcm", k32, iv12); return ci.getAuthTag(); }), c(() => { const ci = crypto.createCipheriv("aes-128-cbc", k16, iv); ci.final(); return ci.getAuthTag(); }), c(() => { const ci = crypto.createCipheriv("aes-256-gcm", k32, iv12); ci.final(); ci.setAAD(Buffer.from("x")); })];
  out.strEnc = [c(() => { const ci = crypto.createCipheriv("aes-128-ctr", k16, iv); return ci.update("hello", "utf8", "base64") + ci.final("base64"); }), c(() => { const ci = crypto.createCipheriv("aes-128-cbc", k16, iv); return ci.update("hello", "utf8", "hex") + ci.final("hex"); }), c(() => { const ci = crypto.createCipheriv("aes-128-cbc", "0123456789abcdef", "0123456789abcdef"); return ci.update("x", "utf8", "hex") + ci.final("hex"); })];
  out.info = [c(() => crypto.getCipherInfo("aes-128-cbc")), c(() => crypto.getCipherInfo("aes-256-gcm")), c(() => crypto.getCipherInfo("nope")), c(() => crypto.getCipherInfo("aes-128-cbc", { keyLength: 16 })), c(() => crypto.getCipherInfo("aes-128-cbc", { keyLength: 17 }))];
  out.updateForms = [c(() => { const ci = crypto.createCipheriv("aes-128-cbc", k16, iv); return [ci.update("hello", "utf8").length, ci.final().length]; }), c(() => { const ci = crypto.createCipheriv("aes-128-cbc", k16, iv); return ci.update(new Uint16Array(20)).length; }), c(() => crypto.createCipheriv("aes-128-cbc", k16, iv).update(new ArrayBuffer(4))), c(() => crypto.createCipheriv("aes-128-cbc", k16, iv).update(5)), c(() => crypto.createCipheriv("aes-128-cbc", k16, iv).update("x", "nope")), c(() => crypto.createCipheriv("aes-128-cbc", k16, iv).final("nope")), c(() => crypto.createCipheriv("aes-128-cbc", k16, iv).update(Buffer.from("x"), undefined, "nope"))];
  out.ciphers = [crypto.getCiphers().includes("aes-128-cbc"), crypto.getCiphers().includes("aes-256-gcm"), crypto.getCiphers().includes("des-ede3-cbc"), crypto.getCiphers().length > 5];`),

  nodeCase("nodemod-util-format-edges", "node:util format specifiers with odd arguments: %d/%i/%f with BigInt/Symbol/objects, %s of objects/errors/-0, %j circular, %O/%o/%c, extra args",
    `import util from "node:util";`, `
  const f = (...x) => c(() => util.format(...x));
  class Foo { constructor() { this.a = 1; } }
  const circ = { a: 1 }; circ.self = circ;
  out.d = [f("%d", "42"), f("%d", 42n), f("%d", "x"), f("%d", {}), f("%d", -0), f("%d", 1.5), f("%d", Symbol("s")), f("%d"), f("%d", ""), f("%d", null), f("%d", [1])];
  out.i = [f("%i", "42.9"), f("%i", 42n), f("%i", -1.9), f("%i", "0x10"), f("%i", Symbol("s"))];
  out.fl = [f("%f", "1.5e3"), f("%f", 42n), f("%f", "x"), f("%f", Symbol("s"))];
  out.s = [f("%s", -0), f("%s", 5n), f("%s", Symbol("q")), f("%s", { a: 1 }), f("%s", [1, [2, [3]]]), f("%s", new Foo()), f("%s", new Error("boom")).ok?.split("\\n")[0], f("%s", null), f("%s", undefined), f("%s", () => 1), f("%s", { toString() { return "TS"; } }), f("%s", new Date(0)), f("%s", { a: { b: { c: 1 } } }), f("%s", "a", "b"), f("%s %s", "only")];
  out.j = [f("%j", circ), f("%j", undefined), f("%j", { toJSON() { return "tj"; } }), f("%j", 1n)];
  out.o = [f("%o", { a: [1, 2] }), f("%O", { a: { b: { c: { d: 1 } } } }), f("%o", "str"), f("%O", [1, "a"]), f("%o", function named() {})];
  out.misc = [f("%c%s", "color: red", "x"), f("%%"), f("%x", 1), f("100%"), f("%", 1), f("a%sb%sc", 1), f(1, 2, "3"), f({ a: 1 }, "x"), f("x", { a: 1 }, [2]), f("%s", "a", { b: 1 }), f(), f(undefined), f(null, undefined), f("%s:%s", "a"), f("%d%%", 50), f(Symbol("x")), f("x", Symbol("y")), f("", "a")];
  out.withOptions = [c(() => util.formatWithOptions({ colors: false }, "%s %o", "a", [1])), c(() => util.formatWithOptions({ compact: false }, { a: 1 })), c(() => util.formatWithOptions(null, "x")), c(() => util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }))];`),

  nodeCase("nodemod-util-inspect-edges", "node:util inspect of classes, getters, symbols, long arrays/strings, nested depth, Map/Set/typed arrays, errors with cause and extra props, options",
    `import util from "node:util";`, `
  const i = (v, o) => c(() => util.inspect(v, o));
  class Point { constructor() { this.x = 1; this.y = 2; } }
  class Empty {}
  class Sub extends Map { }
  const nullProto = Object.create(null); nullProto.a = 1;
  const withSym = { a: 1, [Symbol("k")]: 2, [Symbol.iterator]: 3 };
  const getter = { get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} };
  const nested = { l1: { l2: { l3: { l4: { l5: 1 } } } } };
  const arr = Array.from({ length: 120 }, (_, k) => k);
  const sparse = [1, , 3]; sparse.length = 5;
  const arrProps = [1, 2]; arrProps.extra = "x";
  out.objects = [i(new Point()), i(new Empty()), i(nullProto), i(withSym), i(getter), i(getter, { getters: true }), i(nested), i(nested, { depth: 0 }), i(nested, { depth: Infinity }), i({}), i([]), i({ "a-b": 1, "c d": 2, valid_id: 3, 1: 4 }), i({ f() {}, g: () => {}, h: async function () {}, k: function* () {} }), i(Object.assign(() => {}, { p: 1 })), i(new Sub([[1, 2]]))];
  out.arrays = [i(arr).ok?.slice(-40), i(sparse), i(arrProps), i([[1, [2, [3, [4]]]]]), i(new Array(3)), i(["a".repeat(20), "b".repeat(20), "c".repeat(20), "d".repeat(20)]), i(Array.from({ length: 30 }, (_, k) => k * 1000)), i(arr, { maxArrayLength: 2 }), i(arr, { maxArrayLength: 0 })];
  out.strings = [i("it's"), i("say \\"hi\\""), i("both ' and \\""), i("all ' \\" \`"), i("nl\\nx"), i("tab\\t\\u0001"), i("x".repeat(120)).ok?.length, i("x".repeat(20), { maxStringLength: 5 }), i(["it's"]), i({ s: "a\\nb" }), i("\\u{1F600}"), i("\\ud800")];
  out.collections = [i(new Map([["a", { b: 1 }], [{ k: 1 }, [2]]])), i(new Set([1, "two", [3]])), i(new Map()), i(new Set()), i(new WeakMap()), i(new WeakSet()), i(new Uint8Array([1, 2, 3])), i(new Float64Array([1.5, -0])), i(new BigInt64Array([1n])), i(new ArrayBuffer(3)), i(new DataView(new ArrayBuffer(2))), i([1, 2][Symbol.iterator]())];
  const err = new Error("outer", { cause: new TypeError("inner") });
  const errProps = new RangeError("r"); errProps.code = "E_X"; errProps.extra = { a: 1 };
  class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; } }
  const noStack = new Error("ns"); noStack.stack = undefined;
  const fakeStack = new Error("fs"); fakeStack.stack = "Custom: stack text";
  const first = (r) => r.ok === undefined ? r : { ok: r.ok.split("\\n").filter((l) => !l.trim().startsWith("at ")).join("|") };
  out.errors = [first(i(err)), first(i(errProps)), first(i(new MyErr("m"))), first(i(noStack)), first(i(fakeStack)), first(i({ e: new Error("in obj") })), first(i(new AggregateError([new Error("a")], "agg"))), first(i(Object.assign(new Error("x"), { name: "Renamed" }))), first(i(new Error("")))];
  out.prims = [i(-0), i(0), i(1n), i(Symbol("s")), i(Symbol()), i(Symbol.iterator), i(null), i(undefined), i(NaN), i(1e21), i(0.1 + 0.2), i(true), i(new Number(3)), i(new String("s")), i(new Boolean(false)), i(Object(1n)), i(Object(Symbol("b"))), i(123456789, { numericSeparator: true }), i(1234.5678, { numericSeparator: true })];
  out.misc = [i(new Date(0)), i(new Date(NaN)), i(/re/gi), i(Object.assign(/x/, { p: 1 })), i(function foo() {}), i(class Bar {}), i(class extends Point {}), i(async () => {}), i(function* gen() {}), i(Math.max), i(globalThis.Promise.resolve(1)).ok?.startsWith("Promise"), i(new Proxy({}, {})).ok !== undefined, typeof globalThis.WeakRef, typeof globalThis.FinalizationRegistry, i({ toString() { return "x"; } }), i({ [util.inspect.custom]() { return "CUSTOM"; } }), i({ [util.inspect.custom]() { return { r: 1 }; } }), i({ inspect() { return "old"; } }), i(Object.freeze({ a: 1 })), i({ a: 1, b: "x" }, { compact: false }), i({ a: [1, 2] }, { breakLength: 3 }), i({ b: 2, a: 1 }, { sorted: true }), i({ a: 1 }, { colors: true }), i(Object.create({ inherited: 1 })), i(Object.create(Point.prototype))];
  const circ = { name: "c" }; circ.self = circ; circ.arr = [circ];
  out.circular = [i(circ), i([circ])];
  out.long = [i({ aaaaaaaaaa: "x".repeat(30), bbbbbbbbbb: "y".repeat(30), cccc: 1 }), i(Object.fromEntries(Array.from({ length: 30 }, (_, k) => ["k" + k, k]))).ok?.split("\\n").length, i({ a: { b: [1, 2, { c: new Map([[1, { d: 1 }]]) }] } })];`),

  nodeCase("nodemod-util-misc-edges", "node:util promisify.custom, callbackify errors, inherits errors, deprecate codes, types.* on edge values, isDeepStrictEqual corner cases, inspect.custom symbol, aborted, toUSVString, stripVTControlCharacters",
    `import util from "node:util";
import types from "node:util/types";`, `
  function withCustom() {} withCustom[util.promisify.custom] = () => Promise.resolve("custom");
  out.promisify = [await a(() => util.promisify(withCustom)()), util.promisify(withCustom) === withCustom[util.promisify.custom], util.promisify.custom === Symbol.for("nodejs.util.promisify.custom"), c(() => util.promisify(5)), await a(() => util.promisify((cb) => cb(null, 1, 2))()), await a(() => util.promisify((cb) => cb(0))()), await a(() => util.promisify((cb) => cb(false))()), await a(() => util.promisify((cb) => cb(null))()), util.promisify(function named(cb) {}).name, typeof setTimeout[util.promisify.custom]];
  const cbRes = (fn, ...args) => new Promise((res) => util.callbackify(fn)(...args, (e, v) => res(e ? [e.name, e.code ?? null, e.message, "reason" in e ? js(e.reason) : "noreason"] : ["ok", js(v)])));
  ${SHORT_GUARD}
  out.callbackify = [await a(() => cbRes(async () => 1)), await a(() => cbRes(async () => { throw new TypeError("t"); })), await a(() => cbRes(() => Promise.reject(null))), await a(() => cbRes(() => Promise.reject(0))), await aShort(() => cbRes(() => Promise.reject("str"))), await a(() => cbRes(async (x) => x * 2, 21)), c(() => util.callbackify(5)), c(() => util.callbackify(async () => 1)()), util.callbackify(async function nm() {}).name];
  function A() {} function B() {}
  out.inherits = [c(() => { util.inherits(A, B); return [Object.getPrototypeOf(A.prototype) === B.prototype, A.super_ === B]; }), c(() => util.inherits(A, null)), c(() => util.inherits(null, B)), c(() => util.inherits(A, {}))];
  const dep = util.deprecate(() => 7, "msg", "DEP0X");
  out.deprecate = [dep(), typeof dep, c(() => util.deprecate(5, "m")), dep.name];
  out.types = [types.isAsyncFunction(async () => {}), types.isGeneratorFunction(function* () {}), types.isGeneratorObject((function* () {})()), types.isAnyArrayBuffer(new ArrayBuffer(1)), types.isArrayBufferView(Buffer.alloc(1)), types.isBoxedPrimitive(Object(1n)), types.isNativeError(new TypeError()), types.isNativeError({ name: "Error", message: "" }), types.isMap(new Map()), types.isMapIterator(new Map().keys()), types.isSetIterator(new Set().entries()), types.isTypedArray(new DataView(new ArrayBuffer(1))), types.isDataView(new DataView(new ArrayBuffer(1))), types.isWeakMap(new WeakMap()), types.isSymbolObject(Object(Symbol())), types.isArgumentsObject((function () { return arguments; })()), types.isModuleNamespaceObject(util), types.isExternal({}), types.isCryptoKey?.(1), types.isKeyObject?.(1), types.isSharedArrayBuffer(new ArrayBuffer(1)), types.isBigInt64Array(new BigInt64Array(1)), types.isFloat32Array(new Float32Array(1)), types.isStringObject("s"), types.isNumberObject(new Number(1)), util.types === types, Object.keys(types).length > 30];
  const dse = (x, y) => util.isDeepStrictEqual(x, y);
  out.dse = [dse(NaN, NaN), dse(0, -0), dse([1, , 3], [1, undefined, 3]), dse({ a: undefined }, {}), dse(new Set([1, {}]), new Set([1, {}])), dse(new Map([[{}, 1]]), new Map([[{}, 1]])), dse(new Date(1), new Date(1)), dse(/a/g, /a/i), dse(Buffer.from("a"), new Uint8Array([97])), dse(new Uint8Array([1]), new Uint8Array([1])), dse(Object.create(null), {}), dse([1], { 0: 1, length: 1 }), dse(new Error("a"), new Error("a")), dse(new Error("a"), new TypeError("a")), dse({ [Symbol.for("s")]: 1 }, { [Symbol.for("s")]: 1 }), dse({ [Symbol.for("s")]: 1 }, {}), dse(new Number(1), new Number(2)), dse(new String("a"), "a"), dse(1n, 1n), dse(new Float64Array([-0]), new Float64Array([0]))];
  out.misc = [c(() => util.toUSVString("a\\ud800b")), c(() => util.stripVTControlCharacters("\\u001b[31mred\\u001b[0m")), typeof util.inspect.defaultOptions, util.inspect.defaultOptions.depth, typeof util.inspect.colors, util.isArray([]), c(() => util.isError(new Error())), c(() => util.isFunction(() => 1)), c(() => util.isString("s")), c(() => util.isPrimitive(null)), c(() => util.getSystemErrorName(-2)), c(() => util.aborted), typeof util.debuglog, c(() => util.debuglog("x").enabled), c(() => util.debug === util.debuglog), c(() => util.styleText("red", "x")), c(() => util.styleText("nocolor", "x")), c(() => util.styleText(["bold", "red"], "x")), c(() => util.styleText("red", 5)), c(() => util.parseArgs({ args: ["-a"], options: { a: { type: "boolean" } } }))];`),

  nodeCase("nodemod-events-edges", "node:events EventEmitter: error events without listeners, errorMonitor, once wrappers, listener order and counts, max listeners warning, captureRejections, once/on helpers with AbortSignal",
    `import EventEmitter, { once, on, errorMonitor, getEventListeners, getMaxListeners, setMaxListeners, listenerCount, captureRejectionSymbol } from "node:events";`, `
  const e1 = new EventEmitter();
  out.errNoListener = [c(() => e1.emit("error", new TypeError("t"))), c(() => e1.emit("error", "str")), c(() => e1.emit("error", { message: "obj" })), c(() => e1.emit("error")), c(() => e1.emit("error", 42))];
  const seen = [];
  const e2 = new EventEmitter(); e2.on(errorMonitor, (e) => seen.push("monitor:" + e.message));
  out.monitor = [c(() => e2.emit("error", new Error("m"))), seen.slice()];
  e2.on("error", (e) => seen.push("handled:" + e.message)); e2.emit("error", new Error("n")); out.monitor.push(seen.slice());
  const e3 = new EventEmitter(); const log = [];
  const l1 = () => log.push("l1"); e3.once("x", l1); e3.on("x", () => log.push("l2")); e3.prependListener("x", () => log.push("p")); e3.prependOnceListener("x", () => log.push("po"));
  out.order = [e3.listenerCount("x"), e3.listeners("x").length, e3.rawListeners("x").map((f) => typeof f.listener), e3.emit("x"), log.slice(), e3.listenerCount("x"), e3.emit("x"), log.slice(), e3.emit("nothing"), e3.listenerCount("x", l1)];
  const e4 = new EventEmitter(); const ev = [];
  e4.on("newListener", (n) => ev.push("new:" + String(n))); e4.on("removeListener", (n) => ev.push("rm:" + String(n)));
  const fn = () => {}; e4.on("a", fn); e4.on(Symbol("s"), fn); e4.off("a", fn); e4.removeAllListeners();
  out.meta = [ev, e4.eventNames().map(String)];
  const e5 = new EventEmitter(); const sym = Symbol("z"); e5.on("b", fn); e5.on(sym, fn); e5.on("a", fn);
  out.names = e5.eventNames().map(String);
  out.max = [EventEmitter.defaultMaxListeners, e5.getMaxListeners(), c(() => e5.setMaxListeners(-1)), c(() => e5.setMaxListeners("x")), c(() => e5.setMaxListeners(0).getMaxListeners()), getMaxListeners(new EventEmitter()), getMaxListeners(new EventTarget()), c(() => { EventEmitter.defaultMaxListeners = -1; })];
  const warnings = [];
  const onWarn = (w) => warnings.push([w.name, w.message, w.emitter === e6, w.type, w.count]);
  out.processOn = [typeof process.on, typeof process.emit, typeof process.off]; if (typeof process.on === "function") process.on("warning", onWarn);
  const e6 = new EventEmitter(); e6.setMaxListeners(1); e6.on("w", fn); e6.on("w", fn); e6.on("w", fn);
  await new Promise((r) => setTimeout(r, 10)); if (typeof process.off === "function") process.off("warning", onWarn);
  out.warnings = warnings;
  const e7 = new EventEmitter({ captureRejections: true }); const caught = [];
  e7.on("error", (e) => caught.push("error:" + e.message)); e7.on("go", async () => { throw new Error("async boom"); }); e7.emit("go");
  const e8 = new EventEmitter({ captureRejections: true }); e8[captureRejectionSymbol] = (err, name, ...args) => caught.push("sym:" + err.message + ":" + name + ":" + args.join()); e8.on("go", async () => { throw new Error("b2"); }); e8.emit("go", 1, 2);
  await new Promise((r) => setTimeout(r, 10));
  out.capture = [caught, EventEmitter.captureRejections, c(() => new EventEmitter({ captureRejections: "yes" }))];
  const e9 = new EventEmitter();
  setTimeout(() => e9.emit("ready", 1, 2), 1);
  out.once = await a(() => once(e9, "ready"));
  const e10 = new EventEmitter(); setTimeout(() => e10.emit("error", new Error("oe")), 1);
  out.onceErr = await a(() => once(e10, "ready"));
  const ac = new AbortController(); setTimeout(() => ac.abort(), 1);
  out.onceAbort = await a(() => once(new EventEmitter(), "x", { signal: ac.signal }));
  out.onceAborted = await a(() => once(new EventEmitter(), "x", { signal: AbortSignal.abort("why") }));
  const et = new EventTarget(); setTimeout(() => et.dispatchEvent(new Event("ping")), 1);
  out.onceET = await a(async () => (await once(et, "ping"))[0].type);
  const e11 = new EventEmitter(); setTimeout(() => { e11.emit("d", 1); e11.emit("d", 2); e11.emit("d", 3); }, 1);
  out.on = await a(async () => { const got = []; for await (const [v] of on(e11, "d")) { got.push(v); if (got.length === 3) break; } return [got, e11.listenerCount("d"), e11.listenerCount("error")]; });
  out.static = [listenerCount(e5, "a"), getEventListeners(e5, "a").length, getEventListeners(et, "ping").length, c(() => setMaxListeners(3, e5)), e5.getMaxListeners()];
  out.badListener = [c(() => new EventEmitter().on("x", 5)), c(() => new EventEmitter().once("x", "s")), c(() => new EventEmitter().off("x", null))];
  out.shape = [typeof EventEmitter.EventEmitter, EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.once, EventEmitter.errorMonitor === errorMonitor, String(errorMonitor), typeof EventEmitter.EventEmitterAsyncResource, typeof EventEmitter.addAbortListener, Object.keys(new EventEmitter()).sort()];`),

  nodeCase("nodemod-stream-edges", "node:stream event order, backpressure, errors codes (write after end, push after EOF, premature close), destroy, objectMode, setEncoding, read(n), pipeline/finished",
    `import { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, addAbortSignal, isReadable, isErrored, getDefaultHighWaterMark } from "node:stream";
import { pipeline as pp, finished as fp } from "node:stream/promises";`, `
  const tick = () => new Promise((r) => setTimeout(r, 5));
  const ev = [];
  const r1 = new Readable({ read() {} });
  for (const n of ["data", "end", "close", "error", "pause", "resume", "readable"]) r1.on(n, (x) => ev.push(n + (x && typeof x !== "object" ? ":" + x : x && x.length !== undefined ? ":" + x.toString() : "")));
  r1.push("a"); r1.push("b"); r1.push(null); await tick();
  out.readOrder = ev;
  const wev = []; const chunks = [];
  const w1 = new Writable({ highWaterMark: 3, write(ch, enc, cb) { chunks.push([ch.toString(), enc]); setTimeout(cb, 1); } });
  for (const n of ["drain", "finish", "close", "error", "prefinish"]) w1.on(n, () => wev.push(n));
  out.backpressure = [w1.write("ab"), w1.write("cd"), w1.writableLength, w1.writableNeedDrain, w1.writableHighWaterMark];
  const closed = new Promise((r) => w1.on("close", r)); w1.end("e", () => wev.push("endcb")); await closed;
  out.writeOrder = [wev, chunks, w1.writableFinished, w1.writableEnded, w1.destroyed];
  const errOf = (s) => new Promise((res) => { s.on("error", (e) => res([e.name, e.code, e.message])); });
  const w2 = new Writable({ write(c2, e, cb) { cb(); } }); w2.end();
  const wae = errOf(w2); const wres = w2.write("x", (e) => {}); out.writeAfterEnd = [wres, await wae];
  const r2 = new Readable({ read() {} }); r2.push(null); const pae = errOf(r2); r2.push("x"); out.pushAfterEof = await pae;
  const r3 = new Readable({ read() {} }); const pc = new Promise((res) => finished(r3, (e) => res(e ? [e.name, e.code, e.message] : "ok"))); r3.destroy(); out.premature = await pc;
  const r4 = new Readable({ read() {} }); const de = []; r4.on("error", (e) => de.push("error:" + e.message)); r4.on("close", () => de.push("close")); r4.destroy(new Error("d")); await tick(); out.destroyErr = [de, r4.destroyed, isErrored(r4), r4.readableAborted, r4.errored?.message];
  const om = new Readable({ objectMode: true, read() {} }); om.push({ a: 1 }); om.push(0); om.push(null); const got = []; for await (const x of om) got.push(x); out.objectMode = got;
  const nm = new Readable({ read() {} }); const nme = errOf(nm); try { nm.push(5); } catch (e) { out.pushNumberSync = [e.name, e.code, e.message]; } out.pushNumber = await Promise.race([nme, tick().then(() => "none")]);
  const enc = new Readable({ read() {} }); enc.setEncoding("hex"); enc.push(Buffer.from([1, 255])); enc.push(null); const encd = []; for await (const x of enc) encd.push(x); out.setEncoding = [encd, enc.readableEncoding];
  const rn = new Readable({ read() {} }); rn.push("abcdef"); rn.push(null); await tick(); out.readN = [String(rn.read(2)), String(rn.read(10)), String(rn.read()), rn.read(), rn.readableLength];
  const t1 = new Transform({ transform(ch, e, cb) { cb(null, ch.toString().toUpperCase()); }, flush(cb) { this.push("!"); cb(); } });
  const tr = []; t1.on("data", (d) => tr.push(d.toString())); t1.write("a"); t1.end("b"); await tick(); out.transform = tr;
  out.pipelineErr = await a(() => pp(Readable.from(["a", "b"]), new Transform({ transform(ch, e, cb) { cb(new Error("tfail")); } }), new PassThrough()));
  out.pipelineGen = await a(async () => { let s = ""; await pp(Readable.from(["x", "y"]), async function* (src) { for await (const ch of src) yield ch + "!"; }, new Writable({ write(ch, e, cb) { s += ch; cb(); } })); return s; });
  out.pipelineCb = await new Promise((res) => pipeline(Readable.from(["q"]), new PassThrough(), new Writable({ write(ch, e, cb) { cb(); } }), (e) => res(e ? e.message : "done")));
  out.pipelineArgs = [c(() => pipeline()), c(() => pipeline(Readable.from([])))];
  const ac = new AbortController(); const ar = addAbortSignal(ac.signal, new Readable({ read() {} })); const are = errOf(ar); ac.abort(); out.abort = await are;
  out.misc = [getDefaultHighWaterMark(false), getDefaultHighWaterMark(true), isReadable(Readable.from([])), new Readable().readableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark, new Writable().writableHighWaterMark, new Duplex().allowHalfOpen, c(() => new Readable({ highWaterMark: -1 }))];
  const nr = new Readable(); const nre = errOf(nr); out.notImplSync = c(() => nr.read()); out.notImpl = await Promise.race([nre, tick().then(() => "none")]);
  const nw = new Writable(); const nwe = errOf(nw); out.notImplWSync = c(() => nw.write("x")); out.notImplW = await Promise.race([nwe, tick().then(() => "none")]);
  out.writeNull = c(() => new Writable({ write(a2, b, cb) { cb(); } }).write(null));
  out.writeNum = c(() => { const wx = new Writable({ write(a2, b, cb) { cb(); } }); wx.on("error", () => {}); return wx.write(5); });
  out.finishedP = await a(async () => { const p = new PassThrough(); const f = fp(p); p.end("x"); p.resume(); await f; return "fin"; });`),

  nodeCase("nodemod-stream-web-interop", "node:stream/web re-exports, Readable.toWeb/fromWeb, Writable.toWeb/fromWeb, Duplex.from, stream/consumers, Readable.from of strings/buffers/iterables, readable helpers (map, filter, toArray, take)",
    `import { Readable, Writable, Duplex, PassThrough } from "node:stream";
import * as web from "node:stream/web";
import { text, json, buffer, arrayBuffer, blob } from "node:stream/consumers";`, `
  out.web = [web.ReadableStream === globalThis.ReadableStream, web.TransformStream === globalThis.TransformStream, web.TextEncoderStream === globalThis.TextEncoderStream, typeof web.ByteLengthQueuingStrategy, typeof web.ReadableStreamBYOBReader, Object.keys(web).sort()];
  out.toWeb = await a(async () => { const rs = Readable.toWeb(Readable.from([Buffer.from("a"), Buffer.from("b")])); const parts = []; for await (const ch of rs) parts.push([ch.constructor.name, Buffer.from(ch).toString()]); return parts; });
  out.fromWeb = await a(async () => { const r = Readable.fromWeb(new Response("hello").body); let s = ""; for await (const ch of r) s += Buffer.isBuffer(ch) + ":" + ch.toString(); return s; });
  out.fromWebObj = await a(async () => { const r = Readable.fromWeb(new ReadableStream({ start(c2) { c2.enqueue({ a: 1 }); c2.close(); } }), { objectMode: true }); const o = []; for await (const ch of r) o.push(ch); return o; });
  out.writableFromWeb = await a(async () => { const got = []; const w = Writable.fromWeb(new WritableStream({ write(ch) { got.push(typeof ch === "string" ? "s:" + ch : "b:" + Buffer.from(ch).toString()); } })); await new Promise((r) => w.end("xy", r)); return got; });
  out.from = await a(async () => { const res = []; for await (const ch of Readable.from("abc")) res.push(ch); for await (const ch of Readable.from(Buffer.from("de"))) res.push(String(ch)); for await (const ch of Readable.from([1, 2])) res.push(ch); for await (const ch of Readable.from((function* () { yield "g"; })())) res.push(ch); return res; });
  out.fromErr = [c(() => Readable.from(5)), c(() => Readable.from(null))];
  out.consumers = [await a(() => text(Readable.from(["a", "b"]))), await a(() => json(Readable.from(['{"x":', "1}"]))), await a(async () => (await buffer(Readable.from([Buffer.from("z")]))).toString()), await a(async () => (await arrayBuffer(Readable.from([Buffer.from("zz")]))).byteLength), await a(async () => (await blob(Readable.from(["q"]))).size), await a(() => text(new Response("web").body)), await a(() => json(Readable.from(["nope"])))];
  out.helpers = [await a(() => Readable.from([1, 2, 3, 4]).map((x) => x * 2).toArray()), await a(() => Readable.from([1, 2, 3, 4]).filter((x) => x % 2).toArray()), await a(() => Readable.from([1, 2, 3]).take(2).toArray()), await a(() => Readable.from([1, 2, 3]).drop(1).toArray()), await a(() => Readable.from([1, 2, 3]).reduce((s, x) => s + x, 0)), await a(() => Readable.from([1, 2]).some((x) => x > 1)), await a(() => Readable.from([1, 2]).find((x) => x > 1)), await a(() => Readable.from([[1], [2]]).flatMap((x) => x).toArray()), await a(async () => { const o = []; await Readable.from([1, 2]).forEach((x) => o.push(x)); return o; }), await a(() => Readable.from([1, 2]).asIndexedPairs?.().toArray())];
  out.duplexFrom = await a(async () => { const d = Duplex.from(async function* (src) { for await (const ch of src) yield String(ch).toUpperCase(); }); const res = []; d.on("data", (x) => res.push(String(x))); d.write("hi"); d.end(); await new Promise((r) => d.on("end", r)); return res; });
  out.duplexFromErr = c(() => Duplex.from(5));`),

  nodeCase("nodemod-assert-edges", "node:assert failure messages for strictEqual/deepStrictEqual diffs, notDeepStrictEqual, throws validation, match, rejects, ok with message/Error, fail, AssertionError fields",
    `import assert, { AssertionError } from "node:assert";
import strict from "node:assert/strict";`, `
  const x = (f) => { try { f(); return "no-throw"; } catch (e) { return { name: e.name, code: e.code ?? null, message: e.message, operator: e.operator ?? null, generated: e.generatedMessage ?? null, actual: js(e.actual), expected: js(e.expected), isAE: e instanceof AssertionError }; } };
  const ax = async (f) => { try { await f(); return "no-throw"; } catch (e) { return { name: e.name, code: e.code ?? null, message: e.message, operator: e.operator ?? null }; } };
  out.strictEqual = [x(() => assert.strictEqual(1, 2)), x(() => assert.strictEqual("a", "b")), x(() => assert.strictEqual("a\\nb", "a\\nc")), x(() => assert.strictEqual(1, "1")), x(() => assert.strictEqual({}, {})), x(() => assert.strictEqual(NaN, NaN)), x(() => assert.strictEqual(1, 2, "custom")), x(() => assert.strictEqual(1, 2, new TypeError("own"))), x(() => assert.notStrictEqual(1, 1)), x(() => assert.strictEqual([1, 2], [1, 2])), x(() => assert.strictEqual(-0, 0)), x(() => assert.strictEqual(null, undefined))];
  out.equal = [x(() => assert.equal(1, "1")), x(() => assert.equal(1, 2)), x(() => assert.notEqual(1, "1")), x(() => assert.equal(NaN, NaN)), x(() => assert.equal(null, undefined))];
  out.deep = [x(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] })), x(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4])), x(() => assert.deepStrictEqual({ a: 1 }, { a: "1" })), x(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]]))), x(() => assert.deepStrictEqual(new Set([1]), new Set([2]))), x(() => assert.deepStrictEqual(1, 2)), x(() => assert.deepStrictEqual("a", "b")), x(() => assert.deepStrictEqual({ a: 1 }, { a: 1 })), x(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })), x(() => assert.deepEqual({ a: 1 }, { a: "1" })), x(() => assert.deepEqual({ a: 1 }, { a: 2 })), x(() => assert.notDeepEqual([1], ["1"])), x(() => assert.deepStrictEqual([], {})), x(() => assert.deepStrictEqual(new Date(0), new Date(1)))];
  out.ok = [x(() => assert(false)), x(() => assert.ok(0)), x(() => assert.ok(null, "why")), x(() => assert.ok("")), x(() => assert()), x(() => assert.ok(false, new RangeError("mine"))), x(() => assert.ok(1))];
  out.fail = [x(() => assert.fail()), x(() => assert.fail("boom")), x(() => assert.fail(new TypeError("te"))), x(() => assert.fail(1, 2)), x(() => assert.fail(1, 2, undefined, ">"))];
  out.throws = [x(() => assert.throws(() => {})), x(() => assert.throws(() => {}, "msg")), x(() => assert.throws(() => { throw new TypeError("t"); }, RangeError)), x(() => assert.throws(() => { throw new TypeError("t"); }, /nomatch/)), x(() => assert.throws(() => { throw new TypeError("t"); }, { name: "TypeError", message: "u" })), x(() => assert.throws(() => { throw new TypeError("t"); }, { message: /t/ })), x(() => assert.throws(() => { throw new TypeError("t"); }, (e) => e instanceof TypeError)), x(() => assert.throws(() => { throw new TypeError("t"); }, () => false)), x(() => assert.doesNotThrow(() => { throw new Error("d"); })), x(() => assert.doesNotThrow(() => { throw new Error("d"); }, "m2")), x(() => assert.throws("notfn")), x(() => assert.throws(() => { throw new Error("e"); }, "e"))];
  out.match = [x(() => assert.match("abc", /x/)), x(() => assert.match(5, /x/)), x(() => assert.doesNotMatch("abc", /b/)), x(() => assert.match("abc", "b"))];
  out.rejects = [await ax(() => assert.rejects(Promise.resolve(1))), await ax(() => assert.rejects(Promise.reject(new TypeError("r")), RangeError)), await ax(() => assert.rejects(() => Promise.reject(new Error("m")), { message: "n" })), await ax(() => assert.doesNotReject(Promise.reject(new Error("dr")))), await ax(() => assert.rejects(5)), await ax(() => assert.rejects(() => 5))];
  out.ifError = [x(() => assert.ifError(null)), x(() => assert.ifError(new Error("ie"))), x(() => assert.ifError("str")), x(() => assert.ifError(0))];
  out.ae = [(() => { const e = new AssertionError({ actual: 1, expected: 2, operator: "strictEqual" }); return [e.message, e.name, e.code, e.generatedMessage]; })(), (() => { const e = new AssertionError({ message: "mm" }); return [e.message, e.generatedMessage, e.operator ?? null]; })(), c(() => new AssertionError())];
  out.strict = [x(() => strict.equal(1, "1")), x(() => strict.deepEqual({ a: 1 }, { a: "1" })), strict.strict === strict, assert.strict === strict, typeof assert.CallTracker, x(() => strict.partialDeepStrictEqual?.({ a: 1, b: 2 }, { a: 2 }))];`),

  nodeCase("nodemod-path-url-qs-edges", "node:path win32 specifics and posix corner cases, node:url legacy parse/format/resolve corner cases, querystring options, string_decoder partial multi-byte across encodings, punycode",
    `import path from "node:path";
import * as nurl from "node:url";
import urlDefault from "node:url";
import qs from "node:querystring";
import { StringDecoder } from "node:string_decoder";`, `
  const w = path.win32, p = path.posix;
  out.urlShapes = [Object.keys(nurl).sort(), Object.keys(urlDefault).sort()];
  out.win32 = [w.join("C:\\\\a", "..\\\\b", "c/d"), w.resolve("C:\\\\x", "y"), w.normalize("C:/a//b\\\\..\\\\c"), w.normalize("\\\\\\\\server\\\\share\\\\x"), w.isAbsolute("C:"), w.isAbsolute("C:\\\\"), w.isAbsolute("\\\\x"), w.parse("C:\\\\dir\\\\f.txt"), w.parse("\\\\\\\\srv\\\\sh\\\\f"), w.basename("C:\\\\a\\\\b.js", ".js"), w.dirname("C:\\\\a"), w.dirname("C:\\\\"), w.extname("a\\\\b.c.d"), w.relative("C:\\\\a\\\\b", "C:\\\\a\\\\c"), w.relative("C:\\\\a", "D:\\\\b"), w.toNamespacedPath("C:\\\\a"), w.format({ root: "C:\\\\", name: "f", ext: ".e" }), w.sep, w.delimiter, w.basename("C:"), w.join("\\\\\\\\a", "b"), w.resolve("\\\\\\\\srv\\\\sh", "..")];
  out.posix = [p.normalize(""), p.normalize("./"), p.normalize("a/../.."), p.normalize("//a"), p.normalize("///a"), p.join("", ""), p.resolve("").length > 0, p.resolve(), p.relative("", ""), p.relative("/a/b/c", "/a"), p.relative("/a", "/a/b/c"), p.dirname(""), p.dirname("//a"), p.dirname("/a/"), p.basename(""), p.basename("/a/b.js", "b.js"), p.basename("a.js", ".JS"), p.basename("aaa", "a"), p.extname(".a.b"), p.extname("a/"), p.extname("..") , p.parse(""), p.parse("/"), p.parse("./a.b/c"), p.format({ root: "/", base: "b", name: "ignored" }), p.format({ name: "n", ext: "e" }), p.toNamespacedPath("/a"), p.isAbsolute(""), c(() => p.format(null)), c(() => p.basename("/a", 5)), c(() => p.relative(1, "a")), p.matchesGlob ? c(() => p.matchesGlob("a.js", "*.js")) : "absent"];
  const U = (n, ...x) => c(() => nurl[n](...x));
  const lp = (s, q, sl) => c(() => { const u = nurl.parse(s, q, sl); return { protocol: u.protocol, slashes: u.slashes, auth: u.auth, host: u.host, port: u.port, hostname: u.hostname, hash: u.hash, search: u.search, query: u.query, pathname: u.pathname, path: u.path, href: u.href }; });
  out.parse = [lp("http://user:pw@Host.COM:8080/p/a/t/h?query=string&x=1#hash"), lp("http://x.com/?a=1&a=2", true), lp("//foo/bar", false, true), lp("//foo/bar"), lp("/just/path?x"), lp("mailto:a@b.c"), lp("HTTP://X.com"), lp("http://x.com/a b"), lp("javascript:alert(1)"), lp("http://[::1]:3000/x"), lp("file:///C:/a"), lp("http://a.com\\\\b\\\\c"), lp(""), lp("?q=1", true), lp("http://ex.com:/x"), c(() => nurl.parse(5))];
  out.format = [U("format", { protocol: "http", host: "a.com", pathname: "/x", query: { a: [1, 2], b: "c d" } }), U("format", { protocol: "https:", hostname: "b.com", port: 8443, hash: "h", search: "?s=1" }), U("format", "http://x.com/a?b#c"), U("format", new URL("http://u:p@x.com/a?b#c"), { auth: false, search: false, fragment: false }), U("format", { protocol: "mailto", pathname: "a@b.c" }), U("format", { host: "x", pathname: "p" }), U("format", { protocol: "file", pathname: "/etc" }), c(() => U("format", 5))];
  out.resolve = [U("resolve", "/one/two/three", "four"), U("resolve", "http://example.com/", "/one"), U("resolve", "http://example.com/one", "/two"), U("resolve", "http://a.com/b/c", "../d"), U("resolve", "http://a.com/b", "//c.com/x"), U("resolve", "http://a.com/b?x", "?y"), U("resolve", "http://a.com/b", "#h")];
  out.urlMisc = [c(() => nurl.fileURLToPath("file:///a/%2Fb")), c(() => nurl.fileURLToPath("file:///a%00")), c(() => nurl.pathToFileURL("/a/%/b?#").href), c(() => nurl.pathToFileURL("rel/x").href.startsWith("file:///")), c(() => nurl.urlToHttpOptions(new URL("https://u:p@a.com:99/x?y#z"))), c(() => nurl.domainToASCII("m\u00fcnchen.de")), c(() => nurl.domainToUnicode("xn--mnchen-3ya.de")), c(() => nurl.domainToASCII("xn--iñvalid.com")), typeof nurl.Url, c(() => new nurl.Url().protocol)];
  out.qs = [qs.parse("a=1&a=2&b=&c&=d&e=%zz&f=%41+b"), qs.parse("a:1;b:2", ";", ":"), qs.parse("a=1&b=2&c=3", null, null, { maxKeys: 2 }), qs.parse("a=%E9", null, null, { decodeURIComponent: qs.unescape }), qs.stringify({ a: [1, 2], b: "x y", c: null, d: undefined, e: true, f: {}, g: 1n, h: NaN, "k&": "=" }), qs.stringify({ a: 1 }, ";", ":"), qs.stringify("str"), qs.stringify({ a: "\u00e9\ud83d\ude00" }), qs.escape("a b&c/\u00e9"), qs.unescape("%zz%41+"), qs.decode === qs.parse, qs.encode === qs.stringify, c(() => qs.stringify({ a: "\\ud800" })), qs.parse("a[]=1&a[]=2"), qs.parse(""), qs.parse("&&"), qs.parse(5)];
  const dec = (enc, parts) => { const d = new StringDecoder(enc); const r = parts.map((pt) => d.write(Buffer.from(pt))); r.push(d.end()); return r; };
  out.decoder = [dec("utf8", [[0xe2], [0x82], [0xac, 0x41]]), dec("utf8", [[0xe2, 0x82]]), dec("utf8", [[0xf0, 0x9f], [0x98, 0x80]]), dec("utf8", [[0xff, 0x41]]), dec("utf16le", [[0x61], [0x00, 0x62]]), dec("utf16le", [[0x3d, 0xd8], [0x00, 0xde]]), dec("utf16le", [[0x3d, 0xd8]]), dec("base64", [[1], [2], [3, 4]]), dec("base64", [[1, 2, 3, 4]]), dec("hex", [[1, 255]]), dec("latin1", [[0xe9]]), dec("ascii", [[0xe9]]), c(() => new StringDecoder("nope")), new StringDecoder().encoding, new StringDecoder("UCS2").encoding, new StringDecoder("binary").encoding, c(() => new StringDecoder().write("str")), c(() => { const d = new StringDecoder(); return d.end(Buffer.from([0xe2])); }), c(() => new StringDecoder().write(5))];`),

  nodeCase("nodemod-process-timers-als", "process (versions, nextTick vs microtasks order, emitWarning, hrtime, env, misc shape), node:timers handles, timers/promises, AsyncLocalStorage with nextTick/EventEmitter/AsyncResource/snapshot",
    `import process from "node:process";
import timers from "node:timers";
import * as tp from "node:timers/promises";
import { AsyncLocalStorage, AsyncResource } from "node:async_hooks";
import { EventEmitter } from "node:events";`, `
  const order = [];
  await new Promise((done) => { setTimeout(() => { order.push("timeout"); done(); }, 0); setImmediate(() => order.push("immediate")); process.nextTick(() => order.push("tick1")); Promise.resolve().then(() => order.push("micro1")); queueMicrotask(() => order.push("qm")); process.nextTick(() => { order.push("tick2"); Promise.resolve().then(() => order.push("micro-in-tick")); process.nextTick(() => order.push("tick-in-tick")); }); order.push("sync"); });
  out.order = order;
  out.tickArgs = await new Promise((r) => process.nextTick((x, y) => r([x, y]), 1, 2));
  out.tickErr = [c(() => process.nextTick(5)), c(() => process.nextTick())];
  out.shape = [c(() => process.version), c(() => typeof process.versions), c(() => process.platform), c(() => process.arch ?? null), c(() => process.release?.name ?? null), c(() => typeof process.pid), c(() => process.title ?? null), c(() => typeof process.argv), c(() => typeof process.execArgv), c(() => typeof process.cwd), c(() => typeof process.chdir), c(() => typeof process.hrtime), c(() => typeof process.uptime), c(() => typeof process.memoryUsage), c(() => process.umask?.()), c(() => process.getuid?.()), c(() => typeof process.exit), c(() => process.exitCode), c(() => typeof process.emit), c(() => typeof process.on), c(() => process.config), c(() => typeof process.stdout), c(() => typeof process.stderr), c(() => typeof process.stdin), c(() => process.features), c(() => typeof process.binding), c(() => process.env === process.env), c(() => typeof process.env), c(() => Object.keys(process.env)), c(() => { process.env.NEWVAR = 5; return [process.env.NEWVAR, typeof process.env.NEWVAR]; }), c(() => { delete process.env.NEWVAR; return process.env.NEWVAR; }), c(() => Object.prototype.toString.call(process)), c(() => process === globalThis.process), c(() => process.allowedNodeEnvironmentFlags?.size), c(() => typeof process.emitWarning), c(() => process.kill), c(() => process.abort)];
  out.keys = Object.keys(process).sort(); const warns = []; const onW = (w) => warns.push([w.name, w.message, w.code ?? null, w.constructor.name]); if (typeof process.on === "function") process.on("warning", onW);
  out.emits = typeof process.emitWarning;
  await new Promise((r) => setTimeout(r, 5)); if (typeof process.off === "function") process.off("warning", onW); out.warnings = warns;
  const to = setTimeout(() => {}, 100000);
  out.timeout = [typeof to, to.constructor?.name ?? null, typeof to.ref, typeof to.unref, c(() => to.hasRef()), c(() => to.unref() === to), c(() => to.hasRef()), typeof to[Symbol.toPrimitive], c(() => typeof +to), typeof to.refresh, c(() => to.refresh() === to)]; clearTimeout(to);
  const to2 = setTimeout(() => { out.clearedByNumber = "fired"; }, 1); clearTimeout(+to2); await new Promise((r) => setTimeout(r, 5)); out.clearedByNumber ??= "cleared";
  const imm = setImmediate(() => {}); out.immediate = [typeof imm, imm.constructor?.name ?? null, c(() => imm.hasRef())]; clearImmediate(imm);
  out.timersMod = [timers.setTimeout === globalThis.setTimeout, typeof timers.setImmediate, typeof timers.promises, timers.promises === tp.default || typeof timers.promises?.setTimeout, typeof timers.active, typeof timers.enroll, Object.keys(timers).sort()];
  out.tp = [await a(() => tp.setTimeout(1, "val")), await a(() => tp.setImmediate("imm")), await a(() => tp.setTimeout(1000, "x", { signal: AbortSignal.abort() })), await a(() => tp.setTimeout(1, "x", { signal: 5 })), await a(() => tp.setTimeout("a", "x")), await a(async () => { const got = []; for await (const v of tp.setInterval(1, "iv")) { got.push(v); if (got.length === 2) break; } return got; }), await a(() => tp.scheduler.wait(1)), typeof tp.scheduler.yield];
  const als = new AsyncLocalStorage();
  out.als = [await als.run("r1", () => new Promise((r) => process.nextTick(() => r(als.getStore())))), await als.run("r2", () => new Promise((r) => queueMicrotask(() => r(als.getStore())))), await als.run("r3", () => new Promise((r) => setImmediate(() => r(als.getStore()))))];
  const em = new EventEmitter(); let seenInListener; em.on("e", () => { seenInListener = als.getStore() ?? null; }); als.run("emit", () => em.emit("e")); out.alsEmit = seenInListener;
  const bound = als.run("bound", () => AsyncLocalStorage.bind(() => als.getStore())); const snap = als.run("snap", () => AsyncLocalStorage.snapshot());
  out.alsBind = [bound(), snap(() => als.getStore()), als.getStore() ?? null];
  const res = als.run("resource", () => new AsyncResource("X")); out.alsResource = [res.runInAsyncScope(() => als.getStore()), typeof res.asyncId(), res.type ?? null, c(() => new AsyncResource())];
  out.alsExit = als.run("outer", () => als.exit(() => als.getStore() ?? null));
  out.alsEnterWith = await a(async () => { const a2 = new AsyncLocalStorage(); a2.enterWith("ew"); await null; return a2.getStore(); });
  out.alsMisc = [c(() => als.disable()), als.getStore() ?? null, c(() => new AsyncLocalStorage({ defaultValue: "dv" }).getStore()), c(() => new AsyncLocalStorage({ name: "n" }).name), c(() => als.run())];`),

  nodeCase("nodemod-zlib-edges", "node:zlib deterministic outputs (deflate, gzip header, raw, levels), errors on corrupt input with codes, unzip auto-detection, maxOutputLength, info, crc32, constants, callback and promisified forms",
    `import zlib from "node:zlib";
import { promisify } from "node:util";`, `
  const h = (b) => b.toString("hex");
  out.deflate = [c(() => h(zlib.deflateSync("hello"))), c(() => h(zlib.deflateSync("hello", { level: 1 }))), c(() => h(zlib.deflateSync("hello", { level: 0 }))), c(() => h(zlib.deflateRawSync("hello"))), c(() => h(zlib.gzipSync("hello"))), c(() => h(zlib.gzipSync(""))), c(() => h(zlib.deflateSync(Buffer.alloc(0)))), c(() => h(zlib.deflateSync("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", { strategy: zlib.constants.Z_HUFFMAN_ONLY }))), c(() => h(zlib.deflateSync("hi", { memLevel: 1 })))];
  const gz = zlib.gzipSync("round trip"); const df = zlib.deflateSync("round trip"); const raw = zlib.deflateRawSync("round trip");
  out.inflate = [c(() => zlib.gunzipSync(gz).toString()), c(() => zlib.inflateSync(df).toString()), c(() => zlib.inflateRawSync(raw).toString()), c(() => zlib.unzipSync(gz).toString()), c(() => zlib.unzipSync(df).toString()), c(() => zlib.gunzipSync(Buffer.concat([gz, gz])).toString()), c(() => zlib.inflateSync(df.subarray(0, 5)).toString()), c(() => zlib.gunzipSync(gz.subarray(0, gz.length - 4)).toString())];
  const zerr = (f) => { try { f(); return "no-throw"; } catch (e) { return [e.name, e.code ?? null, e.errno ?? null, e.message]; } };
  out.errors = [zerr(() => zlib.inflateSync(Buffer.from("not zlib"))), zerr(() => zlib.gunzipSync(Buffer.from("not gzip"))), zerr(() => zlib.inflateRawSync(Buffer.from([0xff, 0xff]))), zerr(() => zlib.unzipSync(Buffer.from("xx"))), zerr(() => zlib.inflateSync(gz)), zerr(() => zlib.gunzipSync(df)), zerr(() => zlib.deflateSync(5)), zerr(() => zlib.deflateSync("x", { level: 10 })), zerr(() => zlib.deflateSync("x", { windowBits: 30 })), zerr(() => zlib.inflateSync(zlib.deflateSync("x".repeat(100)), { maxOutputLength: 10 })), zerr(() => zlib.deflateSync("x", { level: "1" })), zerr(() => zlib.inflateSync(Buffer.alloc(0)))];
  out.info = c(() => { const r = zlib.deflateSync("x", { info: true }); return [Object.keys(r).sort(), h(r.buffer), r.engine?.constructor?.name]; });
  out.crc32 = [c(() => zlib.crc32("hello")), c(() => zlib.crc32(Buffer.from("hello"))), c(() => zlib.crc32("world", zlib.crc32("hello "))), c(() => zlib.crc32("")), c(() => zlib.crc32(5))];
  out.constants = [zlib.constants.Z_OK, zlib.constants.Z_DATA_ERROR, zlib.constants.Z_BUF_ERROR, zlib.constants.Z_SYNC_FLUSH, zlib.constants.Z_DEFAULT_COMPRESSION, zlib.constants.BROTLI_PARAM_QUALITY, zlib.constants.BROTLI_MODE_TEXT, zlib.Z_OK ?? "absent", zlib.codes?.Z_DATA_ERROR ?? "absent", zlib.codes?.["-3"] ?? "absent"];
  out.cb = await a(() => new Promise((res, rej) => zlib.deflate("cb", (e, r) => (e ? rej(e) : res(h(r))))));
  out.cbErr = await a(() => new Promise((res, rej) => zlib.inflate(Buffer.from("bad"), (e, r) => (e ? res([e.code, e.errno, e.message]) : res("no error")))));
  out.promisified = await a(async () => (await promisify(zlib.gunzip)(gz)).toString());
  out.stream = await a(() => new Promise((res, rej) => { const g = zlib.createGzip(); const parts = []; g.on("data", (d) => parts.push(d)); g.on("end", () => res(zlib.gunzipSync(Buffer.concat(parts)).toString())); g.on("error", rej); g.write("s1"); g.end("s2"); }));
  out.streamErr = await a(() => new Promise((res) => { const g = zlib.createInflate(); g.on("error", (e) => res([e.code, e.errno, e.message])); g.on("data", () => {}); g.end(Buffer.from("bad data!")); }));
  out.brotliRound = c(() => zlib.brotliDecompressSync(zlib.brotliCompressSync("brotli text")).toString());
  out.classes = [typeof zlib.Gzip, typeof zlib.Deflate, typeof zlib.BrotliCompress, c(() => zlib.createGzip() instanceof zlib.Gzip), typeof zlib.createDeflateRaw().params, typeof zlib.createDeflate().bytesWritten];`),

  nodeCase("nodemod-misc-modules", "node:diagnostics_channel, node:net isIP family, node:dns shape, node:module, node:constants, util/types via import, and which node: modules fail to import at 2025-01-01",
    `import dc from "node:diagnostics_channel";
import net from "node:net";
import dns from "node:dns";
import { Buffer } from "node:buffer";`, `
  const ch = dc.channel("nodemod:test"); const got = [];
  const sub = (m, n) => got.push([m, n]);
  out.dc = [ch.hasSubscribers, dc.hasSubscribers("nodemod:test"), c(() => { dc.subscribe("nodemod:test", sub); return ch.hasSubscribers; }), c(() => ch.publish({ a: 1 })), got.slice(), c(() => dc.unsubscribe("nodemod:test", sub)), c(() => dc.unsubscribe("nodemod:test", sub)), ch.hasSubscribers, ch.name, dc.channel("nodemod:test") === ch, c(() => dc.channel(5)), c(() => dc.channel(Symbol("s")).name === undefined)];
  const tc = dc.tracingChannel("nodemod:trace"); const tev = [];
  tc.subscribe({ start: (m) => tev.push("start:" + m.x), end: (m) => tev.push("end:" + (m.result ?? "")), asyncStart: () => tev.push("asyncStart"), asyncEnd: () => tev.push("asyncEnd"), error: (m) => tev.push("error:" + m.error.message) });
  out.trace = [c(() => tc.traceSync(() => "r", { x: 1 })), c(() => tc.traceSync(() => { throw new Error("te"); }, { x: 2 })), await a(() => tc.tracePromise(async () => "p", { x: 3 })), tev];
  out.net = [net.isIP("1.2.3.4"), net.isIP("::1"), net.isIP("1.2.3"), net.isIP("::ffff:1.2.3.4"), net.isIP("01.2.3.4"), net.isIP("fe80::1%eth0"), net.isIP(""), net.isIP(5), net.isIPv4("255.255.255.255"), net.isIPv4("256.1.1.1"), net.isIPv6("1:2:3:4:5:6:7:8"), net.isIPv6("1:2:3:4:5:6:7:8:9"), net.isIP("1.2.3.4 ")];
  out.dns = [typeof dns.lookup, typeof dns.resolve, typeof dns.promises, Object.keys(dns).length > 5, typeof dns.Resolver, dns.NOTFOUND ?? null];
  out.builtin = [c(() => typeof process.getBuiltinModule("node:fs")), c(() => typeof process.getBuiltinModule("fs")), c(() => typeof process.getBuiltinModule("node:buffer")), c(() => process.getBuiltinModule("nope")), c(() => process.getBuiltinModule(5))];`),

  nodeCase("nodemod-round2-probes", "transcode of characters outside latin1, randomFillSync on ArrayBuffers, EventEmitter domain, Buffer class shape, util.inspect of class instances with own name, hasRef of immediates",
    `import { Buffer, transcode } from "node:buffer";
import crypto from "node:crypto";
import { EventEmitter } from "node:events";
import util from "node:util";`, `
  const tc = (s, t) => c(() => transcode(Buffer.from(s), "utf8", t).toString("hex"));
  out.transcode = [tc("\u0100", "latin1"), tc("\u4e00", "latin1"), tc("\u0152\u2122", "latin1"), tc("\u0081", "latin1"), tc("\ud83d\ude00", "latin1"), tc("\u0100", "ascii"), tc("\u20ac", "binary"), tc("\ud83d\ude00", "utf16le"), c(() => transcode(Buffer.from([0xff, 0x41]), "utf8", "latin1").toString("hex")), c(() => transcode(Buffer.from([0x80, 0x41]), "latin1", "utf16le").toString("hex")), c(() => transcode(Buffer.from([0x80]), "ascii", "utf8").toString("hex")), c(() => transcode(new Uint8Array([0x41]), "utf8", "latin1").toString("hex")), c(() => transcode(Buffer.from("a"), "nope", "utf8")), c(() => transcode(Buffer.from("a"), "utf8", "nope"))];
  const ab = new ArrayBuffer(4);
  out.randomFill = [c(() => { const r = crypto.randomFillSync(ab); return [typeof r, r?.constructor?.name, r === ab, r.byteLength, ab.byteLength]; }), c(() => { const r = crypto.randomFillSync(new Uint8Array(4), 1, 2); return [r.constructor.name, r.length]; }), c(() => { const b = Buffer.alloc(4); const r = crypto.randomFillSync(b); return [r === b, r.length]; }), c(() => { const r = crypto.randomFillSync(new DataView(new ArrayBuffer(4))); return [r.constructor.name, r.byteLength]; }), c(() => { const r = crypto.randomFillSync(new Uint32Array(2), 1); return [r.constructor.name, r.length]; })];
  out.rfAsync = await a(() => new Promise((res, rej) => crypto.randomFill(new ArrayBuffer(3), (e, r) => (e ? rej(e) : res([r.constructor.name, r.byteLength])))));
  const ee = new EventEmitter();
  out.ee = [ee.domain ?? "nullish", "domain" in ee, Object.getOwnPropertyDescriptor(ee, "domain")?.enumerable ?? null, ee.domain === null, ee.domain === undefined, Object.keys(new (class X extends EventEmitter {})())];
  out.bufferShape = [c(() => Buffer.prototype.constructor === Buffer), c(() => typeof Buffer.from), c(() => { class MyBuf extends Buffer {} return "ok"; }), c(() => new Buffer(2).length), c(() => new Buffer(new Uint8Array([1, 2])).toString("hex")), c(() => new Buffer("6869", "hex").toString()), c(() => Object.getOwnPropertyNames(Buffer).sort())];
  class Named { constructor() { this.name = "own"; } }
  out.inspect = [util.inspect(new Named()), util.inspect(Object.assign(new Error("e1"), { name: "Other" })).split("\\n")[0], util.inspect((() => { const e = new TypeError("tt"); e.name = "TypeError"; return e; })()).split("\\n").filter((l) => !l.trim().startsWith("at ")).join("|"), util.inspect((() => { const e = new Error("m"); Object.defineProperty(e, "name", { value: "Custom", enumerable: false }); return e; })()).split("\\n").filter((l) => !l.trim().startsWith("at ")).join("|"), util.inspect((() => { const e = new Error("m"); e.name = "ZZ"; e.stack = "Error: m\\n    at x"; return e; })())];
  out.immediate = await new Promise((r) => { const im = setImmediate(() => r([im.hasRef(), typeof im.ref, typeof im.unref])); });
    `),

  nodeCase("nodemod-inspect-web-objects", "node:util inspect of the runtime's web objects (URL, URLSearchParams, Headers, Request, Response, Blob, streams, AbortSignal, Event, CryptoKey) and of common log shapes",
    `import util from "node:util";`, `
  const i = (v, o) => c(() => util.inspect(v, o));
  const key = await crypto.subtle.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  out.web = [i(new URL("https://u:p@example.com:8080/a/b?x=1#h")), i(new URLSearchParams("a=1&b=2&a=3")), i(new URLSearchParams()), i(new Headers({ "content-type": "text/plain", "x-a": "1" })), i(new Headers()), i(new Blob(["abc"], { type: "text/plain" })), i(new File(["x"], "f.txt", { lastModified: 7 })), i(new AbortController().signal), i(AbortSignal.abort("r")), i(new Event("ping")), i(new TextEncoder()), i(new TextDecoder()), i(key), i(new FormData())];
  out.req = [i(new Request("https://example.com/x", { method: "POST", headers: { a: "1" }, body: "b" })), i(new Response("body", { status: 201, headers: { "x-y": "z" } })), i(new ReadableStream()), i(new WritableStream()), i(new TransformStream())];
  class Tagged { get [Symbol.toStringTag]() { return "TagX"; } }
  class WithGetter { #v = 1; get v() { return this.#v; } }
  out.shapes = [i(new Tagged()), i(new WithGetter()), i({ user: { id: 1, name: "Ann", roles: ["admin", "dev"], meta: { created: new Date(0), tags: new Set(["a"]) } } }), i([{ id: 1, ok: true }, { id: 2, ok: false }]), i({ list: Array.from({ length: 8 }, (_, k) => ({ k })) }), i({ e: new TypeError("bad") }).ok?.split("\\n")[0], i(new Map([["k", new Map([["n", [1, 2]]])]])), i({ fn: function named() {}, cls: class K {}, sym: Symbol("q"), big: 10n, neg0: -0, und: undefined, nul: null }), i({ buf: Buffer.from("hi"), u8: new Uint8Array(3), ab: new ArrayBuffer(2) }), i("x".repeat(100)), i(["x".repeat(100)]), i({ s: "x".repeat(100) }), i(Object.create(null)), i([undefined, null, , 3]), i({ "key with space": 1, "π": 2, __proto__x: 3 })];
  out.format = [util.format("user %s logged in at %d with %j", "ann", 5, { a: 1 }), util.format("%o", { a: { b: { c: { d: { e: 1 } } } } }), util.format("%O", { a: { b: { c: { d: { e: 1 } } } } }), util.format({ a: { b: { c: { d: 1 } } } }), util.format("a", new Error("e")).split("\\n")[0], util.format("%s", new Map([[1, 2]])), util.format("%s", [new Date(0)]), util.format("%s", { toString: () => "X" }), util.format("%s", Object.create(null)), util.format("%i", "08"), util.format("%s", new (class A { toString() { return "A!"; } })())];`),

  nodeCase("nodemod-crypto-keys-sign", "node:crypto key objects from fixed JWK/PEM material: export formats, asymmetricKeyDetails, equals, sign/verify with Ed25519 and ECDSA (dsaEncoding), HMAC KeyObject, errors",
    `import crypto from "node:crypto";`, `
  const edJwk = { kty: "OKP", crv: "Ed25519", d: "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" };
  out.jwkImport = c(() => crypto.createPrivateKey({ key: edJwk, format: "jwk" }).type);
  const priv = crypto.createPrivateKey({ key: Buffer.from("302e020100300506032b6570042204209d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "hex"), format: "der", type: "pkcs8" });
  out.pubFromPriv = c(() => crypto.createPublicKey(priv).type);
  const pub = crypto.createPublicKey({ key: Buffer.from("302a300506032b6570032100d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "hex"), format: "der", type: "spki" });
  out.ed = [priv.type, priv.asymmetricKeyType, pub.type, c(() => pub.export({ format: "pem", type: "spki" })), c(() => priv.export({ format: "pem", type: "pkcs8" })), c(() => pub.export({ format: "jwk" })), c(() => pub.export({ format: "der", type: "spki" }).toString("hex")), c(() => crypto.sign(null, Buffer.from("msg"), priv).toString("hex")), c(() => crypto.verify(null, Buffer.from("msg"), pub, crypto.sign(null, Buffer.from("msg"), priv))), c(() => crypto.verify(null, Buffer.from("msg2"), pub, crypto.sign(null, Buffer.from("msg"), priv))), c(() => crypto.sign("sha256", Buffer.from("m"), priv).length), c(() => pub.equals(crypto.createPublicKey(pub.export({ format: "pem", type: "spki" })))), c(() => priv.asymmetricKeyDetails), c(() => priv.export()), c(() => priv.export({ format: "pem" })), c(() => pub.symmetricKeySize)];
  const ecJwk = { kty: "EC", crv: "P-256", x: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", y: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0", d: "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI" };
  out.ecJwkImport = c(() => crypto.createPrivateKey({ key: ecJwk, format: "jwk" }).type);
  const ecPair = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
  const ecPriv = ecPair.privateKey;
  const ecPub = ecPair.publicKey;
  const sigDer = crypto.sign("sha256", Buffer.from("data"), ecPriv);
  out.signKeyObjectOption = c(() => crypto.sign("sha256", Buffer.from("data"), { key: ecPriv, dsaEncoding: "ieee-p1363" }).length);
  const ecPem = ecPriv.export({ format: "pem", type: "pkcs8" });
  const sigP1363 = crypto.sign("sha256", Buffer.from("data"), { key: ecPem, dsaEncoding: "ieee-p1363" });
  out.ec = [ecPriv.asymmetricKeyType, c(() => ecPriv.asymmetricKeyDetails), c(() => Object.keys(ecPub.export({ format: "jwk" })).sort()), sigP1363.length, sigDer[0], c(() => crypto.verify("sha256", Buffer.from("data"), ecPub, sigDer)), c(() => crypto.verify("sha256", Buffer.from("data"), { key: ecPub.export({ format: "pem", type: "spki" }), dsaEncoding: "ieee-p1363" }, sigP1363)), c(() => crypto.verify("sha256", Buffer.from("data"), ecPub, sigP1363)), c(() => crypto.createVerify("SHA256").update("data").verify(ecPub, sigDer)), c(() => crypto.createSign("SHA256").update("data").sign(ecPriv).length > 60), c(() => ecPub.export({ format: "pem", type: "spki" }).split("\\n")[0])];
  const sk = crypto.createSecretKey(Buffer.from("secret-key"));
  out.secret = [sk.type, sk.symmetricKeySize, c(() => sk.export().toString()), c(() => sk.export({ format: "jwk" })), c(() => sk.equals(crypto.createSecretKey("secret-key", "utf8"))), c(() => sk.asymmetricKeyType), c(() => crypto.createHmac("sha256", sk).update("x").digest("hex")), c(() => crypto.createSecretKey(5)), c(() => crypto.createSecretKey("abc")), c(() => sk.export({ format: "pem" })), c(() => crypto.createPrivateKey("not a pem")), c(() => crypto.createPublicKey({ key: {}, format: "jwk" })), c(() => crypto.sign("sha256", Buffer.from("m"), sk))];
  out.toCK = [typeof crypto.KeyObject.from, c(() => crypto.KeyObject.from(5)), typeof sk.toCryptoKey];`),

  nodeCase("nodemod-stream-more", "node:stream more: unshift, wrap, writev and final, cork/uncork, pause/resume flow, readable.destroy during iteration, compose, pipeline with AbortSignal, finished options, Readable.from errors, duplex half-open",
    `import { Readable, Writable, Duplex, Transform, PassThrough, pipeline, compose, finished } from "node:stream";
import { pipeline as pp, finished as fp } from "node:stream/promises";`, `
  const tick = () => new Promise((r) => setTimeout(r, 5));
  const r1 = new Readable({ read() {} }); r1.push("abc"); const first = r1.read(1); r1.unshift(first); r1.push(null);
  out.unshift = await a(async () => { let s = ""; for await (const x of r1) s += x; return s; });
  const got = []; const w = new Writable({ writev(chunks, cb) { got.push(chunks.map((x) => x.chunk.toString())); cb(); }, final(cb) { got.push("final"); cb(); } });
  w.cork(); w.write("a"); w.write("b"); w.uncork(); w.write("c"); w.end();
  await new Promise((r) => w.on("finish", r)); out.writev = got;
  const flow = []; const r2 = new Readable({ read() {} }); r2.on("data", (d) => { flow.push(d.toString()); if (flow.length === 1) { r2.pause(); setTimeout(() => r2.resume(), 2); } });
  r2.push("1"); r2.push("2"); r2.push(null); await new Promise((r) => r2.on("end", r)); out.flow = [flow, r2.isPaused(), r2.readableFlowing];
  out.destroyIter = await a(async () => { const r = Readable.from([1, 2, 3]); const seen = []; for await (const x of r) { seen.push(x); if (x === 2) break; } return [seen, r.destroyed]; });
  out.iterErr = await a(async () => { const r = new Readable({ read() { this.destroy(new Error("mid")); } }); for await (const x of r) {} return "no"; });
  out.compose = await a(async () => { const up = new Transform({ transform(ch, e, cb) { cb(null, ch.toString().toUpperCase()); } }); const ex = new Transform({ transform(ch, e, cb) { cb(null, ch + "!"); } }); const d = compose(up, ex); const res = []; d.on("data", (x) => res.push(x.toString())); d.end("hi"); await new Promise((r) => d.on("end", r)); return res; });
  out.ppAbort = await a(() => { const ac = new AbortController(); const p = pp(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal }); ac.abort(); return p; });
  out.ppAbortErr = await a(async () => { const ac = new AbortController(); ac.abort(); try { await pp(Readable.from(["x"]), new PassThrough(), { signal: ac.signal }); } catch (e) { return [e.name, e.code, e.message]; } });
  out.finishedOpts = await a(() => new Promise((res) => { const p = new PassThrough(); finished(p, { readable: false }, (e) => res(e ? e.message : "writable-done")); p.end("x"); }));
  out.fromErr = await a(async () => { const r = Readable.from((async function* () { yield "a"; throw new Error("gen failed"); })()); const s = []; try { for await (const x of r) s.push(x); } catch (e) { return [s, e.message]; } });
  const dup = new Duplex({ allowHalfOpen: false, read() {}, write(ch, e, cb) { cb(); } }); const dev = []; dup.on("finish", () => dev.push("finish")); dup.on("end", () => dev.push("end")); dup.resume(); dup.push(null); await tick(); await tick();
  out.halfOpen = [dev, dup.writableEnded, dup.writable];
  out.wrap = await a(async () => { const { EventEmitter } = await import("node:events"); const old = new EventEmitter(); old.pause = () => {}; old.resume = () => {}; const r = new Readable().wrap(old); const res = []; r.on("data", (d) => res.push(String(d))); old.emit("data", "w1"); old.emit("end"); await new Promise((x) => r.on("end", x)); return res; });
  out.states = (() => { const r = new Readable({ read() {} }); return [r.readable, r.readableEnded, r.readableObjectMode, r.readableFlowing, r.closed, r.errored, typeof r._readableState, r._readableState.highWaterMark]; })();
  out.writeCb = await a(() => new Promise((res) => { const wr = new Writable({ write(ch, e, cb) { cb(new Error("wfail")); } }); wr.on("error", () => {}); wr.write("x", (err) => res(err?.message)); }));`),

  nodeCase("nodemod-als-events-more", "AsyncLocalStorage across setInterval, EventTarget listeners, thenables, async generators, promise chains created outside the run; EventEmitter extra behaviours (listener errors, once with error event, symbol events, emit return)",
    `import { AsyncLocalStorage } from "node:async_hooks";
import { EventEmitter, once } from "node:events";`, `
  const als = new AsyncLocalStorage();
  out.interval = await als.run("iv", () => new Promise((r) => { let n = 0; const id = setInterval(() => { if (++n === 2) { clearInterval(id); r(als.getStore()); } }, 1); }));
  const et = new EventTarget(); let etSeen;
  et.addEventListener("x", () => { etSeen = als.getStore() ?? null; });
  als.run("dispatch", () => et.dispatchEvent(new Event("x")));
  out.eventTarget = etSeen;
  const outside = Promise.resolve();
  out.outsidePromise = await als.run("in", () => outside.then(() => als.getStore() ?? null));
  out.thenable = await als.run("th", async () => await { then(r) { r(als.getStore() ?? null); } });
  out.asyncGen = await als.run("gen", async () => { async function* g() { await null; yield als.getStore(); yield als.getStore(); } const res = []; for await (const v of g()) res.push(v); return res; });
  const later = als.run("captured", () => () => als.getStore() ?? null);
  out.closure = later();
  let resolveLater; const pending = new Promise((r) => { resolveLater = r; });
  const waiter = als.run("waiter", async () => { await pending; return als.getStore(); });
  als.run("resolver", () => resolveLater());
  out.resolvedElsewhere = await waiter;
  out.nestedTimers = await als.run("outer", () => new Promise((r) => setTimeout(() => als.run("inner", () => setTimeout(() => r(als.getStore()), 1)), 1)));
  const e = new EventEmitter();
  e.on("x", () => { throw new Error("listener threw"); });
  out.listenerThrows = c(() => e.emit("x"));
  out.emitReturn = [new EventEmitter().emit("none"), (() => { const q = new EventEmitter(); q.on("y", () => {}); return q.emit("y"); })()];
  const sym = Symbol("evt"); const se = new EventEmitter(); let symArgs; se.on(sym, (...args) => { symArgs = args; }); se.emit(sym, 1, "two");
  out.symbolEvent = [symArgs, se.listenerCount(sym)];
  const oe = new EventEmitter(); setTimeout(() => oe.emit("error", new Error("as event")), 1);
  out.onceError = await a(() => once(oe, "error"));
  const ctxE = new EventEmitter(); let self; ctxE.on("t", function () { self = this === ctxE; }); ctxE.emit("t");
  out.thisBinding = self;
  const rm = new EventEmitter(); const calls = []; const f1 = () => { calls.push(1); rm.off("z", f2); }; const f2 = () => calls.push(2); rm.on("z", f1); rm.on("z", f2); rm.emit("z"); rm.emit("z");
  out.removeDuringEmit = calls;
  out.eventTimeStamp = [new Event("x").timeStamp, typeof new Event("x").timeStamp];
  const ml = new EventEmitter(); out.inspect = (await import("node:util")).inspect(ml).split("\\n").join("|");`),
  nodeCase("nodemod-inspect-more", "node:util inspect: subclasses of built-ins, showHidden, depth null, breakLength Infinity, compact false nesting, getters on classes, sorted nesting, toStringTag, static members, boxed primitives with properties",
    `import util from "node:util";`, `
  const i = (v, o) => c(() => util.inspect(v, o));
  class MyArr extends Array {} class MyMap extends Map {} class MySet extends Set {} class MyErr2 extends TypeError {} class MyP extends Promise {}
  const hiddenObj = Object.defineProperty({ a: 1 }, "hid", { value: 2, enumerable: false });
  class WithStatic { static s = 1; static m() {} }
  class G { get x() { return 1; } }
  const boxed = Object.assign(new String("ab"), { extra: 1 });
  const tagged = { [Symbol.toStringTag]: "Own", a: 1 };
  out.subclasses = [i(MyArr.from([1, 2])), i(new MyMap([[1, 2]])), i(new MySet([1])), i(new MyErr2("e")).ok?.split("\\n")[0], i(new (class Foo extends Array {})(3)), i(Object.create(Array.prototype)), i(new MyP(() => {})).ok?.split(" ")[0]];
  out.hidden = [i(hiddenObj, { showHidden: true }), i([1, 2], { showHidden: true }), i(new Map([[1, 2]]), { showHidden: true }), i(new Error("h"), { showHidden: true }).ok?.split("\\n")[0], i(Symbol, { showHidden: false }), i(WithStatic), i(WithStatic, { showHidden: true })];
  const deep = { a: { b: { c: { d: { e: { f: 1 } } } } } };
  out.depth = [i(deep, { depth: null }), i(deep, { depth: 1 }), i([[[[[1]]]]], { depth: 1 }), i(new Map([[1, { a: { b: { c: {} } } }]]), { depth: 1 })];
  const wide = { alpha: "aaaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbbbbb", gamma: "cccccccccccccccccccc", delta: [1, 2, 3] };
  out.layout = [i(wide), i(wide, { breakLength: Infinity }), i(wide, { compact: false }), i({ a: [1, { b: 2 }] }, { compact: false }), i(wide, { compact: 1 }), i({ z: { y: 1, x: 2 }, a: 0 }, { sorted: true }), i(Array.from({ length: 26 }, (_, k) => String.fromCharCode(97 + k).repeat(k % 5 + 1))), i(Array.from({ length: 7 }, (_, k) => k * 11111))];
  out.getters = [i(new G(), { getters: true }), i({ get a() { throw new Error("boom"); } }, { getters: true }), i({ get a() { return { deep: 1 }; } }, { getters: true }), i({ set only(v) {} }, { getters: "set" }), i({ get g() { return 1; }, set g(v) {} }, { getters: "get" })];
  out.misc = [i(boxed), i(tagged), i(Object.assign(Object.create(null), { [Symbol.toStringTag]: "T" })), i(new Number(-0)), i([new Boolean(true)]), i(Object(Symbol.iterator)), i(function () {}.bind(null)), i(Object.assign(function f() {}, { a: 1 })), i(async function* ag() {}), i(new (function Legacy() { this.v = 1; })()), i(Object.create({}, { x: { value: 1, enumerable: true } })), i({ a: 1, b: undefined, c: null }, { compact: 3, breakLength: 10 })];
  out.strings = [i("a'b\\"c"), i("\\x00\\x7f\\x9f"), i("\\u2028"), i("back\\\\slash"), i(["multi\\nline string that is quite long and should be split over lines because it is long"]), i({ k: "x".repeat(90) }, { breakLength: 120 })];`),

  nodeCase("nodemod-assert-diffs", "node:assert failure messages of deepStrictEqual for nested objects, arrays of objects, long strings, Maps, type mismatches; AssertionError toString and fields; notDeepStrictEqual of identical values",
    `import assert, { AssertionError } from "node:assert";`, `
  const m = (f) => { try { f(); return "no-throw"; } catch (e) { return [e.name, e.code, e.message, e.operator, e.generatedMessage]; } };
  out.diffs = [
    m(() => assert.deepStrictEqual({ user: { id: 1, name: "Ann", roles: ["a", "b"] }, ok: true }, { user: { id: 1, name: "Bob", roles: ["a", "c"] }, ok: true })),
    m(() => assert.deepStrictEqual([{ id: 1 }, { id: 2 }, { id: 3 }], [{ id: 1 }, { id: 20 }, { id: 3 }])),
    m(() => assert.deepStrictEqual("a long string value that goes on", "a long string value that went on")),
    m(() => assert.deepStrictEqual(new Map([["a", 1], ["b", 2]]), new Map([["a", 1], ["b", 3]]))),
    m(() => assert.deepStrictEqual({ a: 1 }, [1])),
    m(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 })),
    m(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 })),
    m(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11])),
    m(() => assert.deepStrictEqual(null, {})),
    m(() => assert.deepStrictEqual(undefined, null)),
    m(() => assert.deepStrictEqual(new Date(0), new Date(0))),
    m(() => assert.deepStrictEqual({ n: NaN }, { n: NaN })),
    m(() => assert.deepStrictEqual(Buffer.from("ab"), Buffer.from("ac"))),
    m(() => assert.notDeepStrictEqual([1], [1])),
    m(() => assert.strictEqual({ a: 1 }, { a: 1 })),
    m(() => assert.strictEqual("x".repeat(100), "x".repeat(99) + "y")),
    m(() => assert.deepEqual({ a: [1, 2] }, { a: [1, 3] })),
    m(() => assert.partialDeepStrictEqual?.({ a: 1 }, { a: 1 })),
  ];
  const e = new AssertionError({ actual: 1, expected: 2, operator: "strictEqual" });
  out.ae = [String(e), e.toString(), Object.keys(e).sort(), e instanceof Error, e.constructor.name, Object.prototype.toString.call(e), JSON.stringify(e)];`),

  nodeCase("nodemod-buffer-more", "Buffer: write with base64/hex/ucs2 partial fits, fill with partially fitting multi-byte text, base64 byteLength with whitespace, views sharing memory, concat totals, toJSON of subarrays, equals of subarrays, read/write at the last valid offsets",
    `import { Buffer } from "node:buffer";`, `
  const W = (n, f) => { const b = Buffer.alloc(n); const r = c(() => f(b)); return [r, b.toString("hex")]; };
  out.write = [W(3, (b) => b.write("aGVsbG8=", "base64")), W(3, (b) => b.write("abcd", "ucs2")), W(4, (b) => b.write("\u00e9\u00e9\u00e9", 1)), W(4, (b) => b.write("ff00ff00ff", 1, "hex")), W(4, (b) => b.write("a", 4)), W(4, (b) => b.write("", 0)), W(5, (b) => b.write("\ud83d\ude00", 2)), W(4, (b) => b.write("abc", 1, 2, "latin1")), W(4, (b) => b.write("YWJj", 0, 2, "base64url"))];
  out.fill = [W(5, (b) => b.fill("\u20ac")), W(4, (b) => b.fill("\u20ac", 1)), W(4, (b) => b.fill("ab", "ucs2")), W(4, (b) => b.fill(Buffer.from([1, 2, 3]), 1)), W(4, (b) => b.fill(new Uint8Array(0))), W(4, (b) => b.fill(300.7)), W(4, (b) => b.fill("5")), W(4, (b) => b.fill(NaN))];
  out.byteLength = [Buffer.byteLength("aGVs bG8=", "base64"), Buffer.byteLength("aGVsbG8=\\n", "base64"), Buffer.byteLength("!!!!", "base64"), Buffer.byteLength("ab==", "base64url"), Buffer.byteLength("abc", "ucs2"), Buffer.byteLength("abcde", "hex"), Buffer.byteLength(new DataView(new ArrayBuffer(3)))];
  const ab = new ArrayBuffer(8); const v1 = Buffer.from(ab); const v2 = Buffer.from(ab, 4); v1[4] = 9;
  out.sharing = [v2[0], v1.buffer === ab, Buffer.from(v1).buffer === ab, v1.subarray(2).buffer === ab, Buffer.from(v1.subarray(2)).length, v2.byteOffset];
  out.concat = [Buffer.concat([Buffer.from("a"), Buffer.from("b")], 5).toString("hex"), Buffer.concat([Buffer.from("ab")], 0).length, c(() => Buffer.concat([Buffer.from("a")], -1)), c(() => Buffer.concat([Buffer.from("a")], 1.5)), c(() => Buffer.concat([Buffer.from("a")], "2"))];
  const big = Buffer.from("hello world");
  out.views = [JSON.stringify(big.subarray(6)), big.subarray(0, 5).equals(Buffer.from("hello")), big.subarray(6).compare(Buffer.from("world")), big.toString("utf8", 6), big.subarray(-5, -1).toString(), big.readUInt8(10), c(() => big.readUInt8(11)), big.readUInt32BE(7), c(() => big.readUInt32BE(8)), big.readBigUInt64LE(3).toString(), c(() => big.readBigUInt64LE(4)), c(() => big.readDoubleLE(4)), c(() => big.writeDoubleLE(1, 4))];
  out.misc = [Buffer.from("abc").toString("ascii", 1), Buffer.from([0xc3, 0xa9]).toString("latin1"), Buffer.from([0xc3, 0xa9]).toString("binary"), Buffer.from("\u00e9").toString("ascii"), Buffer.from([0x80, 0xff]).toString("ascii"), Buffer.from("YQ", "base64").toString(), Buffer.from("YR==", "base64").toString("hex"), Buffer.from(" Y Q = = ", "base64").toString(), Buffer.from("Zg==Zg==", "base64").toString(), Buffer.from("-_-_", "base64").toString("hex"), Buffer.from("+/+/", "base64url").toString("hex"), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer(Buffer.alloc(0).subarray()), typeof Buffer.prototype.toLocaleString, Buffer.prototype.toLocaleString === Buffer.prototype.toString];`),
];
