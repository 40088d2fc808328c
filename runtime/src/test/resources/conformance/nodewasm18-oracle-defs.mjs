// nodewasm18: node/wasm/html-rewriter probes. Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs nodewasm18
import { CD, PRELUDE, get, req, modWorker } from "./_h.mjs";
const RSA_PRIV = "-----BEGIN PRIVATE KEY-----\nMIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAJ+xB01JIfE9q1so\nY3s6LtK4SVwDyNfKPcwbIxIMNYT6XbYq+7fB8cbqAI3XUwz5zBxbSQl3KUjIp8Fw\nVlqsHlPQl/teW4yApE3J7vm7JSdzPfg4Vr9sK8WsKO+ZWLgBm8pzIvr4aH065UVp\nGX3t9nB7wf2rHazmoo+gW2B0KwZvAgMBAAECgYBHyBijKfOC8Bidkksdcirn94Sq\nQt09+p/KpoweKbTJAI2tPCcIE7rtkfQLzjV7yLFyMapkAddh6yhVMHzwpxu+FVxj\n/RvYTB5dBVB5+1dXcpj1r2hp3ZHtB5vV6AEhtTc5hxE5bxAsYvVGYVTFx6ZWPWJN\nnlq8RorPc1zNHzdVwQJBAM7rWmDnjwwaYCdR1vDg/PrJm1zD97wpUU39RPTpXPXA\nV9mzsWob06c+DRYGoyQH197RNzz3GC8RjgSPCAkMYc8CQQDFkeL15Onk7hjhMfe7\nhnAhZOaTBywOxIPxx+RGrYJkThj+aA/BgS5eQX3OCVRS9tyAiWgyy2zy8dtcuUQ7\nN1lhAkA70jkP2QI3Kozv8S4l97XLv2uGNzWxFXTnCjjcYXc5qUD8tIGvPppDOKJJ\n4uNZcFcNmQjSPFGmkfmwAbX9/7FrAkAHGLBgSLKmCG9YV2UglTmd2XP2wAEzHpfm\nrVljuIPAepWnPbGjL7KsrAmKxwcCW9+btlPJz0jAiTNp5zWuMtTBAkEAlqaXtroP\nuXhpdR9Jvcvu/vXqcd9vW178SM2+ypx4eJ+XEIE6qyjxIp2yYYWXQIFjb9XsvyMt\n6l3npjmIpLRKMg==\n-----END PRIVATE KEY-----\n";
const RSA_PUB = "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCfsQdNSSHxPatbKGN7Oi7SuElc\nA8jXyj3MGyMSDDWE+l22Kvu3wfHG6gCN11MM+cwcW0kJdylIyKfBcFZarB5T0Jf7\nXluMgKRNye75uyUncz34OFa/bCvFrCjvmVi4AZvKcyL6+Gh9OuVFaRl97fZwe8H9\nqx2s5qKPoFtgdCsGbwIDAQAB\n-----END PUBLIC KEY-----\n";
const EC_PRIV = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrXuRLtNstcxt9VCP\n8DupGyouzm2yWKva5lfELA09qDOhRANCAASOsRSghOtxx6oZCm3y7+846V9Q5aYi\numCYmHTCzp1HzGh865ChliiDiWWcJyOeiMqhoN6pbkd105tGbNurnBZf\n-----END PRIVATE KEY-----\n";
const EC_PUB = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEjrEUoITrcceqGQpt8u/vOOlfUOWm\nIrpgmJh0ws6dR8xofOuQoZYog4llnCcjnojKoaDeqW5HddObRmzbq5wWXw==\n-----END PUBLIC KEY-----\n";
const CERT = "-----BEGIN CERTIFICATE-----\nMIIB4TCCAYigAwIBAgIUb1hW+JwmJs27kOPZa/3nNJ5LSyYwCgYIKoZIzj0EAwIw\nJjEVMBMGA1UEAwwMbncxNy5leGFtcGxlMQ0wCwYDVQQKDARBY21lMB4XDTI2MTIw\nNjIyNTcyNVoXDTM2MTIwMzIyNTcyNVowJjEVMBMGA1UEAwwMbncxNy5leGFtcGxl\nMQ0wCwYDVQQKDARBY21lMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEjrEUoITr\ncceqGQpt8u/vOOlfUOWmIrpgmJh0ws6dR8xofOuQoZYog4llnCcjnojKoaDeqW5H\nddObRmzbq5wWX6OBkzCBkDAdBgNVHQ4EFgQUB+aDTSnE3dRW4fLPCX/+sl0/Lvww\nHwYDVR0jBBgwFoAUB+aDTSnE3dRW4fLPCX/+sl0/LvwwDwYDVR0TAQH/BAUwAwEB\n/zA9BgNVHREENjA0ggxudzE3LmV4YW1wbGWCDioubncxNy5leGFtcGxlhwQKAAAB\ngQ5hQG53MTcuZXhhbXBsZTAKBggqhkjOPQQDAgNHADBEAiBMtaXyTbjSpULnc2ws\nD6zZcR6Q3DzRl7S0PkXlsz6DGAIgbL9OcEKJFnBY2w2RTe9Yti/jKLTr4ZolR2R6\nEBGirbU=\n-----END CERTIFICATE-----\n";
const KEYS = `const RSA_PRIV = ${JSON.stringify(RSA_PRIV)}; const RSA_PUB = ${JSON.stringify(RSA_PUB)}; const EC_PRIV = ${JSON.stringify(EC_PRIV)}; const EC_PUB = ${JSON.stringify(EC_PUB)}; const CERT = ${JSON.stringify(CERT)};`;
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
// aShort(fn): a(fn) with a 300 ms guard, for a probe whose promise never settles in workerd (a 10 s guard that fires costs 10 s a run).
const SHORT_GUARD = `const aShort = async (f) => { try { return { ok: js(await Promise.race([f(), new Promise((_, rej) => setTimeout(() => rej(new Error("TIMEOUT")), 300))])) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.message] }; } };`;
const nodeCase = (name, description, imports, body, { date = CD, flags = ["nodejs_compat"], extra = {}, steps = [get("/")] } = {}) => ({
  name, area: "node", description,
  options: {
    ...extra,
    modules: true, compatibilityDate: date, compatibilityFlags: flags,
    script: `${imports}
${flags.includes("nodejs_compat") ? 'import { Buffer } from "node:buffer";' : ""}
${PRELUDE}
${HELPERS}
${KEYS}
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };`,
  },
  steps,
});

const round1 = [
  nodeCase("nodewasm18-buffer-a", "Buffer: encodings, numbers, errors, search, inspect",
    `import { Buffer as B2, constants as bc, kMaxLength, transcode, isUtf8, isAscii, btoa as nbtoa, atob as natob, INSPECT_MAX_BYTES } from "node:buffer"; import util from "node:util";`, `
  const b = Buffer.from("héllo wörld €😀");
  out.encs = c(() => ["hex", "base64", "base64url", "latin1", "binary", "ascii", "ucs2", "utf16le", "utf8"].map((e) => b.toString(e)));
  out.byteLen = c(() => [Buffer.byteLength("héllo"), Buffer.byteLength("aGk=", "base64"), Buffer.byteLength("abc", "hex"), Buffer.byteLength("abcd", "ucs2"), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength("aGk", "base64url")]);
  out.fromBad = c(() => Buffer.from(5));
  out.fromBadObj = c(() => Buffer.from({}));
  out.fromNull = c(() => Buffer.from(null));
  out.fromArrayLike = c(() => Buffer.from({ length: 3, 0: 1, 1: 257, 2: -1 }));
  out.fromValueOf = c(() => Buffer.from(new String("hi")));
  out.allocNeg = c(() => Buffer.alloc(-1));
  out.allocStr = c(() => Buffer.alloc("5"));
  out.allocFill = c(() => [Buffer.alloc(5, "ab"), Buffer.alloc(4, "aGk=", "base64"), Buffer.alloc(3, 257)]);
  out.fillBadHex = c(() => Buffer.alloc(4).fill("zz", "hex"));
  out.fillEmpty = c(() => Buffer.alloc(3, 7).fill(""));
  out.readOob = c(() => Buffer.alloc(2).readUInt32LE(0));
  out.readOob2 = c(() => Buffer.alloc(4).readUInt8(4));
  out.readFrac = c(() => Buffer.alloc(4).readUInt8(1.5));
  out.readStrOff = c(() => Buffer.alloc(4).readUInt8("1"));
  out.writeRange = c(() => Buffer.alloc(2).writeUInt8(300));
  out.writeRange16 = c(() => Buffer.alloc(2).writeInt16BE(-40000));
  out.writeUIntBE = c(() => { const x = Buffer.alloc(6); x.writeUIntBE(0x123456789a, 0, 5); return [x, x.readUIntBE(0, 5), x.readIntLE(0, 6)]; });
  out.writeUIntBad = c(() => Buffer.alloc(8).writeUIntLE(1, 0, 7));
  out.bigints = c(() => { const x = Buffer.alloc(8); x.writeBigInt64LE(-2n); return [x, x.readBigUInt64LE(), x.readBigInt64BE(), x.readBigUint64BE()]; });
  out.bigBad = c(() => Buffer.alloc(8).writeBigInt64LE(1));
  out.bigRange = c(() => Buffer.alloc(8).writeBigUInt64LE(-1n));
  out.floats = c(() => { const x = Buffer.alloc(12); x.writeFloatLE(1.5); x.writeDoubleBE(-0.1, 4); return [x, x.readFloatLE(), x.readDoubleBE(4), x.readFloatBE(0)]; });
  out.indexOf = c(() => [b.indexOf("o"), b.indexOf("o", 6), b.lastIndexOf("o"), b.indexOf(0x6c), b.indexOf(Buffer.from("wö")), b.includes("€"), b.indexOf("6c6c", 0, "hex"), b.indexOf(""), b.indexOf("", 100), b.lastIndexOf("l", -5), b.indexOf("o", -3)]);
  out.compare = c(() => [Buffer.compare(Buffer.from("a"), Buffer.from("b")), Buffer.from("abc").compare(Buffer.from("xbc"), 1, 3, 1, 3), Buffer.from("a").equals(new Uint8Array([97]))]);
  out.compareBad = c(() => Buffer.compare("a", Buffer.from("b")));
  out.equalsBad = c(() => Buffer.from("a").equals("a"));
  out.concat = c(() => [Buffer.concat([Buffer.from("ab"), new Uint8Array([99])]), Buffer.concat([Buffer.from("abc")], 2), Buffer.concat([Buffer.from("a")], 3), Buffer.concat([])]);
  out.concatBad = c(() => Buffer.concat([Buffer.from("a"), "b"]));
  out.concatBad2 = c(() => Buffer.concat("ab"));
  out.slice = c(() => [b.subarray(-3), b.slice(2, 1).length, b.subarray(1, -20).length, Buffer.from("abc").slice("1")]);
  out.swap = c(() => [Buffer.from([1, 2, 3, 4]).swap16(), Buffer.from([1, 2, 3, 4]).swap32(), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64()]);
  out.swapBad = c(() => Buffer.from([1, 2, 3]).swap16());
  out.json = c(() => [JSON.stringify(Buffer.from("ab")), Buffer.from(Buffer.from("xy").toJSON())]);
  out.inspect = c(() => [util.inspect(Buffer.from("abc")), util.inspect(Buffer.alloc(60)), util.inspect(Buffer.alloc(0)), String(Buffer.from("ab")), util.inspect(new B2.constructor === Function)]);
  out.inspectProp = c(() => { const x = Buffer.from("ab"); x.foo = 1; return util.inspect(x); });
  out.write = c(() => { const x = Buffer.alloc(6); return [x.write("héllo", 1), x, x.write("ffee", 4, "hex"), x, x.write("abc", 5, 10), x.write("zz", "latin1")]; });
  out.writeBadOff = c(() => Buffer.alloc(2).write("a", 5));
  out.hexOdd = c(() => [Buffer.from("abc", "hex"), Buffer.from("zz12", "hex"), Buffer.from("12zz34", "hex")]);
  out.b64loose = c(() => [Buffer.from("aGVs bG8=", "base64").toString(), Buffer.from("aGVsbG8", "base64").toString(), Buffer.from("a-_b", "base64"), Buffer.from("a+/b", "base64url")]);
  out.misc = c(() => [Buffer.isEncoding("UTF-8"), Buffer.isEncoding("utf-16le"), Buffer.isEncoding("latin"), Buffer.isEncoding(""), Buffer.isBuffer(new Uint8Array(1)), Buffer.poolSize, kMaxLength === bc.MAX_LENGTH, bc.MAX_STRING_LENGTH > 0, INSPECT_MAX_BYTES]);
  out.unknownEnc = c(() => Buffer.from("a", "nope"));
  out.toStringBadEnc = c(() => Buffer.from("a").toString("nope"));
  out.transcode = c(() => [transcode(Buffer.from("h€"), "utf8", "ucs2"), transcode(Buffer.from("hé"), "utf8", "latin1"), transcode(Buffer.from("h€"), "utf8", "ascii")]);
  out.isUtf8 = c(() => [isUtf8(Buffer.from([0xff])), isUtf8(Buffer.from("é")), isAscii(Buffer.from("é")), isAscii(new Uint8Array([1]))]);
  out.atob = c(() => [nbtoa("hi"), natob("aGk=")]);
  out.iter = c(() => [[...Buffer.from("ab").entries()].join("|"), [...Buffer.from("ab").keys()].join(","), Buffer.from("ab").at(-1)]);
  out.ucs2Odd = c(() => [Buffer.from([0x61, 0, 0x62]).toString("ucs2"), Buffer.from("abc", "ucs2")]);
  out.latin1High = c(() => [Buffer.from("ā€", "latin1"), Buffer.from("é", "ascii"), Buffer.from([0xe9, 0x80]).toString("ascii")]);
  out.readNoArg = c(() => [Buffer.from([1, 2, 3, 4]).readUInt16BE(), Buffer.from([1, 2, 3, 4]).readInt32LE()]);
  out.copy = c(() => { const t = Buffer.alloc(4); return [Buffer.from("abcdef").copy(t, 1, 2), t, Buffer.from("ab").copy(t, 10)]; });
  out.copyBad = c(() => Buffer.from("ab").copy(t, -1));
`),
  nodeCase("nodewasm18-crypto-hash-a", "crypto: hashes, hmac, digests, errors, randomUUID shape, timingSafeEqual",
    `import crypto from "node:crypto";`, `
  out.hashes = c(() => ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512-256", "RSA-SHA256", "SHA256", "md4", "ripemd160", "sha3-256"].map((h) => c(() => crypto.createHash(h).update("abc").digest("hex"))));
  out.digestEnc = c(() => ["base64", "base64url", "latin1", "binary", "ucs2", "utf8", "ascii", undefined, "buffer"].map((e) => js(crypto.createHash("md5").update("x").digest(e))));
  out.digestBadEnc = c(() => crypto.createHash("md5").update("x").digest("nope"));
  out.digestTwice = c(() => { const h = crypto.createHash("sha1"); h.digest(); return h.digest("hex"); });
  out.updateAfter = c(() => { const h = crypto.createHash("sha1"); h.digest(); return h.update("a"); });
  out.updateEnc = c(() => [crypto.createHash("sha1").update("616263", "hex").digest("hex"), crypto.createHash("sha1").update("é", "latin1").digest("hex"), crypto.createHash("sha1").update(new Uint16Array([1, 2])).digest("hex"), crypto.createHash("sha1").update(new DataView(new ArrayBuffer(2))).digest("hex")]);
  out.updateBad = c(() => crypto.createHash("sha1").update(5));
  out.updateNull = c(() => crypto.createHash("sha1").update(null));
  out.copy = c(() => { const h = crypto.createHash("sha256").update("a"); const h2 = h.copy(); h.update("b"); return [h.digest("hex"), h2.digest("hex")]; });
  out.copyAfter = c(() => { const h = crypto.createHash("sha256"); h.digest(); return h.copy(); });
  out.badAlgo = c(() => crypto.createHash("nope"));
  out.noAlgo = c(() => crypto.createHash());
  out.hashFn = c(() => [crypto.hash("sha1", "abc"), crypto.hash("md5", "abc", "base64"), crypto.hash("sha256", Buffer.from("abc"), "buffer")]);
  out.hashFnBad = c(() => crypto.hash("sha1", 5));
  out.xof = c(() => crypto.createHash("shake256", { outputLength: 8 }).update("a").digest("hex"));
  out.outLen = c(() => crypto.createHash("sha256", { outputLength: 16 }).update("a").digest("hex"));
  out.hmac = c(() => [crypto.createHmac("sha256", "key").update("abc").digest("hex"), crypto.createHmac("sha1", Buffer.alloc(200, 1)).update("x").digest("base64"), crypto.createHmac("md5", "").update("").digest("hex"), crypto.createHmac("sha512", crypto.createSecretKey(Buffer.from("k"))).update("m").digest("hex").slice(0, 16)]);
  out.hmacBadKey = c(() => crypto.createHmac("sha256", 5));
  out.hmacNoKey = c(() => crypto.createHmac("sha256"));
  out.hmacBadAlgo = c(() => crypto.createHmac("nope", "k"));
  out.hmacTwice = c(() => { const h = crypto.createHmac("sha1", "k"); h.digest(); return h.digest("hex"); });
  out.hmacUpdAfter = c(() => { const h = crypto.createHmac("sha1", "k"); h.digest(); return h.update("x"); });
  out.hmacStream = await a(() => new Promise((res) => { const h = crypto.createHmac("sha256", "k"); h.on("readable", () => { const d = h.read(); if (d) res(d.toString("hex")); }); h.write("ab"); h.end("c"); }));
  out.hashStream = await a(() => new Promise((res) => { const h = crypto.createHash("sha1"); h.setEncoding("hex"); h.on("data", (d) => res(d)); h.end("abc"); }));
  out.uuid = c(() => { const u = crypto.randomUUID(); return [u.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u), typeof crypto.randomUUID({ disableEntropyCache: true })]; });
  out.uuidBad = c(() => crypto.randomUUID(5));
  out.uuidBadOpt = c(() => crypto.randomUUID({ disableEntropyCache: 1 }));
  out.tse = c(() => [crypto.timingSafeEqual(Buffer.from("ab"), Buffer.from("ab")), crypto.timingSafeEqual(new Uint8Array([1]), new Uint8Array([2]))]);
  out.tseLen = c(() => crypto.timingSafeEqual(Buffer.from("a"), Buffer.from("ab")));
  out.tseType = c(() => crypto.timingSafeEqual("a", "a"));
  out.randBytes = c(() => [crypto.randomBytes(0).length, crypto.randomBytes(5).length, crypto.pseudoRandomBytes ? "has" : "none"]);
  out.randBytesBad = c(() => crypto.randomBytes(-1));
  out.randBytesBad2 = c(() => crypto.randomBytes("5"));
  out.randInt = c(() => { const v = crypto.randomInt(3, 4); return [v, typeof crypto.randomInt(10)]; });
  out.randIntBad = c(() => crypto.randomInt(5, 5));
  out.randIntBad2 = c(() => crypto.randomInt(1.5));
  out.randIntBig = c(() => crypto.randomInt(0, 2 ** 48 + 1));
  out.randFill = c(() => { const x = Buffer.alloc(4); crypto.randomFillSync(x, 4); return crypto.randomFillSync(x, 1, 2).length; });
  out.randFillBad = c(() => crypto.randomFillSync(Buffer.alloc(4), 5));
  out.getRV = c(() => crypto.getRandomValues(new Uint8Array(2)).length);
  out.getRVbad = c(() => crypto.getRandomValues(new Float32Array(2)));
  out.pbkdf2 = c(() => [crypto.pbkdf2Sync("pw", "salt", 1, 16, "sha256").toString("hex"), crypto.pbkdf2Sync("pw", "salt", 2, 8, "sha1").toString("hex")]);
  out.pbkdf2Bad = c(() => crypto.pbkdf2Sync("pw", "salt", 0, 16, "sha256"));
  out.pbkdf2BadDigest = c(() => crypto.pbkdf2Sync("pw", "salt", 1, 16, "nope"));
  out.pbkdf2NoDigest = c(() => crypto.pbkdf2Sync("pw", "salt", 1, 16));
  out.pbkdf2Cb = await a(() => new Promise((res, rej) => crypto.pbkdf2("pw", "s", 1, 4, "sha256", (e, k) => e ? rej(e) : res(k.toString("hex")))));
  out.scrypt = c(() => crypto.scryptSync("pw", "salt", 16, { N: 16 }).toString("hex"));
  out.scryptBad = c(() => crypto.scryptSync("pw", "salt", 16, { N: 3 }));
  out.hkdf = c(() => Buffer.from(crypto.hkdfSync("sha256", "key", "salt", "info", 16)).toString("hex"));
  out.hkdfBad = c(() => crypto.hkdfSync("sha256", "key", "salt", "info", 255 * 32 + 1));
  out.getHashes = c(() => [crypto.getHashes().length > 5, crypto.getHashes().includes("sha256"), crypto.getHashes().includes("RSA-SHA256")]);
  out.webcryptoSame = c(() => [crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle, typeof crypto.webcrypto.getRandomValues]);
`),
  nodeCase("nodewasm18-util-format-a", "util.format / inspect edge values",
    `import util from "node:util";`, `
  class Foo { constructor() { this.a = 1; } get g() { return 2; } }
  class Bar extends Map {}
  const circ = { name: "c" }; circ.self = circ;
  out.fmt = c(() => [
    util.format("%s|%s|%s|%s|%s", 1, -0, 5n, Symbol("s"), null),
    util.format("%s", { a: { b: { c: 1 } } }), util.format("%s", [1, [2, [3]]]), util.format("%s", new Error("e1")).split("\\n")[0], util.format("%s", new Foo()), util.format("%s", () => 1), util.format("%s", "str"), util.format("%s", undefined),
    util.format("%d|%d|%d|%d|%d", "42", 1.5, 5n, {}, -0), util.format("%i|%i|%i", "42.9", 1e21, 3n), util.format("%f|%f", "1.5x", Symbol("q").description),
    util.format("%j", circ), util.format("%j", { a: 1n === 1n }), util.format("%o", [1, { a: 2 }]), util.format("%O", { a: { b: { c: { d: 1 } } } }),
    util.format("%c%s", "color: red", "x"), util.format("100%"), util.format("%% %s"), util.format("%s %s", "a"), util.format("a", "b", { c: 1 }, 2), util.format(1, 2), util.format("%x", 1), util.format(), util.format("%s", Object.create(null)), util.format("%s", new Date(0)), util.format("%s", [new Date(0)]), util.format("%d", "0x10"), util.format("%s", Symbol.iterator),
  ]);
  out.fmtBig = c(() => util.format("%j", { a: 1n }));
  out.insp = c(() => [
    util.inspect(new Foo()), util.inspect(new Bar([[1, 2]])), util.inspect(circ), util.inspect(new Map([["a", { b: 1 }]])), util.inspect(new Set([1, "a"])), util.inspect([1, , 3]), util.inspect(new Array(5)), util.inspect({ a: [1, 2, [3, [4, [5]]]] }), util.inspect({ a: { b: { c: { d: { e: 1 } } } } }), util.inspect("it's"), util.inspect('a"b\\'c'), util.inspect("a\\nb"), util.inspect(-0), util.inspect([-0]), util.inspect(10n), util.inspect(Symbol("x")), util.inspect({ [Symbol("k")]: 1 }), util.inspect(Object.create(null)), util.inspect(function named() {}), util.inspect(class K {}), util.inspect(class extends Foo {}), util.inspect(async () => {}), util.inspect(function* g() {}), util.inspect(new Date(0)), util.inspect(new Date(NaN)), util.inspect(/x/gi), util.inspect(null), util.inspect(Array.from({ length: 120 }, (_, i) => i)).split("\\n").length, util.inspect("x".repeat(20000)).length, util.inspect(new WeakMap()), util.inspect(Promise.resolve(4)), util.inspect(Promise.reject(3).catch(() => {}) && new Promise(() => {})), util.inspect(new Uint8Array([1, 2])), util.inspect(new ArrayBuffer(3)), util.inspect(new DataView(new ArrayBuffer(2))), util.inspect(Object.assign(() => {}, { p: 1 })), util.inspect({ get x() { return 1; }, set y(v) {} }), util.inspect({ get x() { return 1; } }, { getters: true }), util.inspect([1, 2, 3], { maxArrayLength: 1 }), util.inspect("abcdef", { maxStringLength: 2 }), util.inspect({ a: 1, b: "x" }, { compact: false }), util.inspect({ b: 1, a: 2 }, { sorted: true }), util.inspect({ a: { b: 1 } }, { depth: 0 }), util.inspect(new Error("boom"), { depth: 0 }).split("\\n")[0], util.inspect(Object.assign(new Error("m"), { code: "X" })).split("\\n").slice(-1)[0], util.inspect(new TypeError("t")).split("\\n")[0], util.inspect({ "a-b": 1, ab: 2, 3: 4 }), util.inspect(new Number(3)), util.inspect(new String("ab")), util.inspect(new Boolean(false)), util.inspect(Object(Symbol("w"))), util.inspect(Object(5n)), util.inspect([new Foo(), new Foo()]), util.inspect([1, 2].values()), util.inspect(globalThis.Math), util.inspect(JSON).slice(0, 20), util.inspect(new Proxy({ a: 1 }, {})), util.inspect({ a: 1 }, { colors: true }), util.inspect(new (class extends Error { name = "MyErr" })("z")).split("\\n")[0], util.inspect(Object.setPrototypeOf({ a: 1 }, null)),
  ]);
  out.customInsp = c(() => { const o = { [util.inspect.custom](depth, opts, insp) { return "CUSTOM:" + depth + ":" + typeof opts.stylize + ":" + (insp === util.inspect); } }; return [util.inspect(o), util.inspect({ x: o }), util.format("%s", o), util.format("%o", o), String(util.inspect.custom)]; });
  out.customObj = c(() => util.inspect({ [util.inspect.custom]() { return { z: 1 }; } }));
  out.defaultOpts = c(() => Object.keys(util.inspect.defaultOptions).sort());
  out.longLine = c(() => util.inspect({ aaaaaaaaaa: "bbbbbbbbbbbbbbbb", cccccccccccc: "ddddddddddddddd", eeeeeeeeeee: "fffffffffffffff", gggg: 1 }));
  out.longArr = c(() => util.inspect(Array.from({ length: 30 }, (_, i) => "item" + i)));
  out.nestedArr = c(() => util.inspect({ list: [{ id: 1, name: "one", tags: ["a", "b"] }, { id: 2, name: "two", tags: [] }] }));
  out.errCause = c(() => util.inspect(new Error("outer", { cause: new Error("inner") })).split("\\n").filter((l) => !l.includes(" at ")).join("|"));
  out.errNoStack = c(() => { const e = new Error("ns"); e.stack = undefined; return util.inspect(e); });
  out.errStackStr = c(() => { const e = new Error("ns"); e.stack = "custom stack"; return util.inspect(e); });
  out.aggErr = c(() => util.inspect(new AggregateError([new Error("a1")], "agg")).split("\\n").filter((l) => !l.includes(" at ")).join("|"));
`),
  nodeCase("nodewasm18-util-misc-a", "util: promisify, callbackify, types, deprecate, isDeepStrictEqual, inherits, parseArgs, styleText",
    `import util from "node:util"; import { types } from "node:util";`, `
  out.promisify = await a(async () => { const f = (x, cb) => cb(null, x * 2); const g = util.promisify(f); return [await g(3), g.name, util.promisify(f) === g, util.promisify(g) === g]; });
  out.promisifyErr = await a(() => util.promisify((cb) => cb(new Error("pe")))());
  out.promisifyBad = c(() => util.promisify(5));
  out.promisifyCustom = await a(async () => { const f = () => {}; f[util.promisify.custom] = () => Promise.resolve("cust"); return [await util.promisify(f)(), String(util.promisify.custom)]; });
  out.promisifyMulti = await a(async () => util.promisify((cb) => cb(null, 1, 2))());
  out.callbackify = await a(() => new Promise((res) => util.callbackify(async (x) => x + 1)(1, (e, v) => res([e, v]))));
  out.callbackifyRej = await a(() => new Promise((res) => util.callbackify(async () => { throw null; })((e) => res([e.name, e.code, e.message, e.reason]))));
  out.callbackifyBad = c(() => util.callbackify(5));
  out.types = c(() => [types.isPromise(Promise.resolve()), types.isRegExp(/x/), types.isDate(new Date()), types.isNativeError(new TypeError()), types.isUint8Array(Buffer.alloc(1)), types.isAnyArrayBuffer(new ArrayBuffer(1)), types.isArrayBufferView(new DataView(new ArrayBuffer(1))), types.isAsyncFunction(async () => {}), types.isGeneratorFunction(function* () {}), types.isGeneratorObject((function* () {})()), types.isMap(new Map()), types.isSet(new Set()), types.isWeakMap(new WeakMap()), types.isBoxedPrimitive(new Number(1)), types.isProxy(new Proxy({}, {})), types.isTypedArray(new Float64Array(1)), types.isBigInt64Array(new BigInt64Array(1)), types.isMapIterator(new Map().keys()), types.isSetIterator(new Set().values()), types.isArgumentsObject((function () { return arguments; })()), types.isExternal({}), types.isModuleNamespaceObject(util), types.isKeyObject ? "fn" : "none", types.isCryptoKey ? "fn" : "none", types.isSharedArrayBuffer(new ArrayBuffer(1)), types.isStringObject(new String("")), types.isSymbolObject(Object(Symbol())), types.isNumberObject(1)]);
  out.legacy = c(() => [typeof util.isArray, util.isArray?.([]), typeof util.isBuffer, typeof util.isString, typeof util.isFunction, typeof util.log, typeof util._extend, typeof util.isError]);
  out.deepEq = c(() => [util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ["1"]), util.isDeepStrictEqual(new Set([1, 2]), new Set([2, 1])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual(new Date(1), new Date(1)), util.isDeepStrictEqual({ a: undefined }, {}), util.isDeepStrictEqual(Buffer.from("a"), new Uint8Array([97]))]);
  out.inherits = c(() => { function A() {} function B() {} util.inherits(B, A); return [B.super_ === A, new B() instanceof A, Object.getPrototypeOf(B.prototype) === A.prototype]; });
  out.inheritsBad = c(() => util.inherits(function () {}, null));
  out.inheritsBad2 = c(() => util.inherits(null, function () {}));
  out.deprecate = c(() => { const f = util.deprecate((x) => x + 1, "old", "DEP0"); return [f(1), f.name, typeof f]; });
  out.parseArgs = c(() => util.parseArgs ? js(util.parseArgs({ args: ["-f", "--bar", "b", "pos"], options: { foo: { type: "boolean", short: "f" }, bar: { type: "string" } }, allowPositionals: true })) : "none");
  out.parseArgsBad = c(() => util.parseArgs({ args: ["--nope"], options: {} }));
  out.styleText = c(() => util.styleText ? [util.styleText("red", "x"), util.styleText(["bold", "underline"], "y")] : "none");
  out.styleTextBad = c(() => util.styleText("nocolor", "x"));
  out.strip = c(() => util.stripVTControlCharacters("\\u001b[31mred\\u001b[0m"));
  out.toUSV = c(() => util.toUSVString ? util.toUSVString("a\\ud800b") : "none");
  out.textEnc = c(() => [new util.TextEncoder().encode("é").length, new util.TextDecoder().decode(new Uint8Array([0xc3, 0xa9])), util.TextEncoder === TextEncoder]);
  out.getSysErr = c(() => util.getSystemErrorName ? util.getSystemErrorName(-2) : "none");
  out.aborted = c(() => typeof util.aborted);
  out.mime = c(() => { if (!util.MIMEType) return "none"; const m = new util.MIMEType("text/html; charset=UTF-8"); return [m.type, m.subtype, m.essence, m.params.get("charset"), String(m)]; });
  out.debuglog = c(() => { const d = util.debuglog("x"); d("hi"); return [typeof d, d.enabled]; });
  out.utilKeys = c(() => Object.keys(util).sort());
  out.typesKeys = c(() => Object.keys(types).sort());
`),
  nodeCase("nodewasm18-events-a", "events: EventEmitter semantics, errors, once, on, limits",
    `import EventEmitter, { once, on, errorMonitor, getEventListeners, setMaxListeners, listenerCount, EventEmitterAsyncResource, captureRejectionSymbol } from "node:events";`, `
  out.basic = c(() => { const e = new EventEmitter(); const l = []; e.on("x", (a, b) => l.push("1:" + a + b)); e.prependListener("x", () => l.push("0")); e.once("x", () => l.push("once")); const r1 = e.emit("x", "a", "b"); e.emit("x", "c", "d"); return [l, r1, e.emit("y"), e.listenerCount("x"), e.eventNames()]; });
  out.errNoListener = c(() => new EventEmitter().emit("error", new Error("boom")));
  out.errNonError = c(() => new EventEmitter().emit("error", "str"));
  out.errObj = c(() => new EventEmitter().emit("error", { message: "m" }));
  out.errUndef = c(() => new EventEmitter().emit("error"));
  out.errMonitor = c(() => { const e = new EventEmitter(); const l = []; e.on(errorMonitor, (er) => l.push("mon:" + er.message)); try { e.emit("error", new Error("x")); } catch (er) { l.push("thrown:" + er.message); } return l; });
  out.badListener = c(() => new EventEmitter().on("x", 5));
  out.maxL = c(() => { const e = new EventEmitter(); e.setMaxListeners(1); e.on("x", () => {}); e.on("x", () => {}); return [e.getMaxListeners(), EventEmitter.defaultMaxListeners, e.listenerCount("x")]; });
  out.maxBad = c(() => new EventEmitter().setMaxListeners(-1));
  out.removeDuringEmit = c(() => { const e = new EventEmitter(); const l = []; const f2 = () => l.push("f2"); e.on("x", () => { l.push("f1"); e.off("x", f2); }); e.on("x", f2); e.emit("x"); e.emit("x"); return l; });
  out.rawListeners = c(() => { const e = new EventEmitter(); const f = () => {}; e.once("x", f); const raw = e.rawListeners("x")[0]; return [raw === f, raw.listener === f, e.listeners("x")[0] === f, typeof raw]; });
  out.newListener = c(() => { const e = new EventEmitter(); const l = []; e.on("newListener", (n) => l.push("new:" + String(n))); e.on("removeListener", (n) => l.push("rm:" + String(n))); const f = () => {}; e.on("a", f); e.on(Symbol("s"), f); e.off("a", f); e.removeAllListeners(); return [l, e.eventNames().length]; });
  out.removeAllOne = c(() => { const e = new EventEmitter(); e.on("a", () => {}); e.on("b", () => {}); e.removeAllListeners("a"); return e.eventNames(); });
  out.onceP = await a(async () => { const e = new EventEmitter(); setTimeout(() => e.emit("x", 1, 2), 1); return await once(e, "x"); });
  out.onceErr = await a(async () => { const e = new EventEmitter(); setTimeout(() => e.emit("error", new Error("oe")), 1); return await once(e, "x"); });
  out.onceAbort = await a(async () => { const e = new EventEmitter(); const ac = new AbortController(); setTimeout(() => ac.abort(), 1); return await once(e, "x", { signal: ac.signal }); });
  out.onceET = await a(async () => { const t = new EventTarget(); setTimeout(() => t.dispatchEvent(new Event("ping")), 1); const [ev] = await once(t, "ping"); return ev.type; });
  out.onIter = await a(async () => { const e = new EventEmitter(); const ac = new AbortController(); setTimeout(() => { e.emit("d", 1); e.emit("d", 2); ac.abort(); }, 1); const l = []; try { for await (const v of on(e, "d", { signal: ac.signal })) l.push(v); } catch (er) { l.push([er.name, er.code]); } return l; });
  out.getEL = c(() => { const e = new EventEmitter(); e.on("x", () => {}); const t = new EventTarget(); t.addEventListener("y", () => {}); return [getEventListeners(e, "x").length, getEventListeners(t, "y").length]; });
  out.listenerCountStatic = c(() => { const e = new EventEmitter(); e.on("x", () => {}); return listenerCount(e, "x"); });
  out.captureRej = await a(() => new Promise((res) => { const e = new EventEmitter({ captureRejections: true }); e.on("error", (er) => res("captured:" + er.message)); e.on("x", async () => { throw new Error("rej"); }); e.emit("x"); }));
  out.captureSym = c(() => [typeof captureRejectionSymbol, String(captureRejectionSymbol), EventEmitter.captureRejections]);
  out.thisInListener = c(() => { const e = new EventEmitter(); let t; e.on("x", function () { t = this === e; }); e.emit("x"); return t; });
  out.ctorShape = c(() => [EventEmitter.EventEmitter === EventEmitter, typeof EventEmitter.once, typeof EventEmitterAsyncResource, Object.keys(new EventEmitter()).sort(), EventEmitter.name, typeof EventEmitter.usingDomains]);
  out.inherit = c(() => { class M extends EventEmitter {} const m = new M(); let got; m.on("z", (v) => got = v); m.emit("z", 9); return [got, m instanceof EventEmitter]; });
  out.emitThrow = c(() => { const e = new EventEmitter(); e.on("x", () => { throw new Error("lt"); }); return e.emit("x"); });
  out.setMaxStatic = c(() => { const t = new EventTarget(); setMaxListeners(3, t); return "ok"; });
  out.offUnknown = c(() => { const e = new EventEmitter(); return e.off("nope", () => {}) === e; });
`),
  nodeCase("nodewasm18-als-process-a", "AsyncLocalStorage across async boundaries; process basics",
    `import { AsyncLocalStorage, AsyncResource } from "node:async_hooks"; import process from "node:process";`, `
  const als = new AsyncLocalStorage();
  out.runSync = c(() => [als.run(1, () => als.getStore()), als.getStore(), als.run(2, (a, b) => a + b, 3, 4)]);
  out.nested = c(() => als.run("o", () => [als.getStore(), als.run("i", () => als.getStore()), als.getStore(), als.exit(() => als.getStore()), als.getStore()]));
  out.timers = await a(() => als.run("t", () => new Promise((res) => setTimeout(() => { const s1 = als.getStore(); queueMicrotask(() => { const s2 = als.getStore(); Promise.resolve().then(() => res([s1, s2, als.getStore()])); }); }, 1))));
  out.nextTick = await a(() => als.run("nt", () => new Promise((res) => process.nextTick(() => res(als.getStore())))));
  out.interval = await a(() => als.run("iv", () => new Promise((res) => { const id = setInterval(() => { clearInterval(id); res(als.getStore()); }, 1); })));
  out.awaitChain = await a(() => als.run({ id: 7 }, async () => { await null; await new Promise((r) => setTimeout(r, 1)); return als.getStore(); }));
  out.throwInRun = c(() => { try { als.run("x", () => { throw new Error("tr"); }); } catch (e) { return [e.message, als.getStore()]; } });
  out.bind = c(() => { const f = als.run("b", () => AsyncLocalStorage.bind(() => als.getStore())); return [f(), als.run("other", () => f())]; });
  out.snapshot = c(() => { const s = als.run("snap", () => AsyncLocalStorage.snapshot()); return [s(() => als.getStore()), s((x) => x + als.getStore(), "p:")]; });
  ${SHORT_GUARD}
  out.enterWith = await aShort(async () => { const a2 = new AsyncLocalStorage(); return await new Promise((res) => setTimeout(() => { a2.enterWith("ew"); const s = a2.getStore(); setTimeout(() => res([s, a2.getStore()]), 1); }, 1)); });
  out.disable = c(() => { if (!als.disable) return "none"; const r = als.run("d", () => { als.disable(); return als.getStore(); }); return [r]; });
  out.two = c(() => { const a2 = new AsyncLocalStorage(); return als.run(1, () => a2.run(2, () => [als.getStore(), a2.getStore()])); });
  out.ares = c(() => { const r = als.run("ar", () => new AsyncResource("X")); return [r.runInAsyncScope(() => als.getStore()), typeof r.asyncId(), typeof r.triggerAsyncId(), r.bind(() => als.getStore())(), AsyncResource.bind(() => 1).name]; });
  out.aresBad = c(() => new AsyncResource());
  out.eventsALS = await a(() => new Promise((res) => { const p = als.run("pr", () => Promise.reject(new Error("x"))); p.catch(() => res(als.getStore())); }));
  out.thenable = await a(() => als.run("th", async () => await { then(r) { r(als.getStore()); } }));
  out.name = c(() => [als.name, new AsyncLocalStorage({ name: "nm" }).name, AsyncLocalStorage.name]);
  out.proc = c(() => { const keys = ["env", "platform", "version", "versions", "arch", "argv", "argv0", "execArgv", "pid", "title", "exitCode", "release", "hrtime", "uptime", "memoryUsage", "nextTick", "emitWarning", "browser", "features", "config", "umask", "getuid", "stdout", "exit", "abort", "cwd", "on", "emit"]; return [Object.fromEntries(keys.map((k) => [k, typeof process[k]])), process.platform, js(process.argv), Object.prototype.toString.call(process)]; });
  out.procEnv = c(() => [process.env.NOPE, Object.keys(process.env).length, "X" in process.env]);
  out.procEnvSet = c(() => { process.env.FOO = 5; const v = process.env.FOO; delete process.env.FOO; return [v, typeof v, process.env.FOO]; });
  out.hrtime = c(() => [typeof process.hrtime, typeof process.hrtime?.bigint]);
  out.tickOrder = await a(() => new Promise((res) => { const l = []; Promise.resolve().then(() => l.push("p1")); process.nextTick(() => l.push("t1")); queueMicrotask(() => l.push("q1")); process.nextTick((x) => l.push("t2:" + x), "arg"); setTimeout(() => res(l), 2); }));
  out.tickBad = c(() => process.nextTick(5));
  out.emitWarning = c(() => typeof process.emitWarning);
  out.exitFn = c(() => process.exit.length);
  out.procEvents = c(() => [typeof process.on, typeof process.emit, typeof process.once, process.listenerCount?.("x")]);
`),
];


const X5 = `const CA_PEM = "-----BEGIN CERTIFICATE-----\\nMIID0TCCArmgAwIBAgIUAqn+FqylB/TVNeXhksGUa0Ho0k0wDQYJKoZIhvcNAQEL\\nBQAwcDELMAkGA1UEBhMCVVMxCzAJBgNVBAgMAkNBMRYwFAYDVQQHDA1TYW4gRnJh\\nbmNpc2NvMRYwFAYDVQQKDA1UZXN0IENBLCBJbmMuMQ0wCwYDVQQLDARSb290MRUw\\nEwYDVQQDDAxUZXN0IFJvb3QgQ0EwHhcNMjYxMjA3MDIyODQ4WhcNMzYxMjA0MDIy\\nODQ4WjBwMQswCQYDVQQGEwJVUzELMAkGA1UECAwCQ0ExFjAUBgNVBAcMDVNhbiBG\\ncmFuY2lzY28xFjAUBgNVBAoMDVRlc3QgQ0EsIEluYy4xDTALBgNVBAsMBFJvb3Qx\\nFTATBgNVBAMMDFRlc3QgUm9vdCBDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCC\\nAQoCggEBANEK3Ppew7NBsYJ3ZfakNDosOrf5/v++jjGE6Wc2wYGO03u9OosxRia4\\nZctv68L584B9E1bVqig7Tj8YnS7/shCYTwKHEmkmQx7TGND1iCF8/2uJ1SjqzgSy\\n14t5hyTShJT7Gnfkna0aDiH50BTxqgvxoHdy3x0evGFmYuunLtyEIxyiOek3CRgV\\nnakVYqkKW00QgMy+XNbFCBMS3IOcwJ2lMdQcfBcMM3gkkbEFFmOvjaGfGV1e4sa+\\nMfiz+aJ9nMmNhlgqUoDs8H46wM26n1z4Db0B/b/cGqPy4l0tuGHAQtADSNp6mryw\\nVRWLiEevnfBjBjCTUUflE3TwOozfei0CAwEAAaNjMGEwHQYDVR0OBBYEFGiHSXx/\\npLXudwd+gI9sU3fItiKMMB8GA1UdIwQYMBaAFGiHSXx/pLXudwd+gI9sU3fItiKM\\nMA8GA1UdEwEB/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMA0GCSqGSIb3DQEBCwUA\\nA4IBAQB/HeRpFHBp4JhV3E8JI/u49d6pbu7hIW7uSrDkgrFGIZAQV9s7zGkceyzc\\nVYZhuoIkF7CqE6/ue8T47q04vQnM93sRAby4HG+XzwsEZQjvvMZCMnwDEcKJy4FW\\n3lQmbBPNwzzPPbTDx0kwrJSxzxPyUEGpe8eLCTqIXFkUXragMhQeNF2r4B/3rze8\\njJi0xC7y5UUk0KW0ZzyABr7D6TIK2yrIV1dbFP3iYQ0zbe4LxfnET55zLuAs8Uiq\\n+EqnUX4eikswviHzuf+0LeujSDljQO76mbS7z+5t0+l9bN+0Ei9TXbxGLuDseMON\\nczHMP12LqtPu4/WbUzAPzCcKbqe3\\n-----END CERTIFICATE-----\\n"; const LEAF_PEM = "-----BEGIN CERTIFICATE-----\\nMIIDyDCCArCgAwIBAgIIASNFZ4mrze8wDQYJKoZIhvcNAQELBQAwcDELMAkGA1UE\\nBhMCVVMxCzAJBgNVBAgMAkNBMRYwFAYDVQQHDA1TYW4gRnJhbmNpc2NvMRYwFAYD\\nVQQKDA1UZXN0IENBLCBJbmMuMQ0wCwYDVQQLDARSb290MRUwEwYDVQQDDAxUZXN0\\nIFJvb3QgQ0EwHhcNMjYxMjA3MDIyODQ4WhcNMjkwMzExMDIyODQ4WjBVMRkwFwYD\\nVQQDDBBsZWFmLmV4YW1wbGUuY29tMREwDwYDVQQKDAhMZWFmIE9yZzElMCMGCSqG\\nSIb3DQEJARYWYWRtaW5AbGVhZi5leGFtcGxlLmNvbTBZMBMGByqGSM49AgEGCCqG\\nSM49AwEHA0IABGSmnH82TiqdCqeF7pOyMFb2BiMrDaCCRcjx2nQHa/nxhV20adqz\\n1Nac55dRE0Dc+PTRxpGZMoc9loBmx0sWzZajggFKMIIBRjB5BgNVHREEcjBwghBs\\nZWFmLmV4YW1wbGUuY29tghEqLmFwaS5leGFtcGxlLmNvbYcEwKgBCocQIAENuAAA\\nAAAAAAAAAAAAAYEUb3BzQGxlYWYuZXhhbXBsZS5jb22GG2h0dHBzOi8vbGVhZi5l\\neGFtcGxlLmNvbS9pZDALBgNVHQ8EBAMCBaAwHQYDVR0lBBYwFAYIKwYBBQUHAwEG\\nCCsGAQUFBwMCMF0GCCsGAQUFBwEBBFEwTzAjBggrBgEFBQcwAYYXaHR0cDovL29j\\nc3AuZXhhbXBsZS5jb20wKAYIKwYBBQUHMAKGHGh0dHA6Ly9jYS5leGFtcGxlLmNv\\nbS9jYS5jcnQwHQYDVR0OBBYEFHSvIxnj1SVsVSEfSyrEqT6zuINzMB8GA1UdIwQY\\nMBaAFGiHSXx/pLXudwd+gI9sU3fItiKMMA0GCSqGSIb3DQEBCwUAA4IBAQBT/UfK\\nuRsF/VyC1X3XIFQPC+P8HLH4y/qiegE72z99smAL4qZj348A8+uOM1Yu8fOwPi+a\\nI0sbglXpAwZm1JrT+1sUtikcQr9kYN3ymAsgNa7yydWmxtP4m8E0NpGISZ7dJAEj\\nMLz9GPx1+WR7PifadF1Br75azGQCoHvl4rVZH3mJWDfKrOzTNZ3qac+EKSu9xZGs\\n5XIcG6ZK1jeCbyQcMpCpoF/6y/EeKX26v4b4/FN0n+BbSVd7LLDZyOpAMOb1kHI7\\ntMBWafKsYBqDChdufCwTn0aVrrKFnhIlKmuZCzBhmZzpzR9TUSXZri9P1bwNLhQs\\nu1RlZBFTCUOEwD7F\\n-----END CERTIFICATE-----\\n"; const LEAF_KEY = "-----BEGIN PRIVATE KEY-----\\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgntEgzrPYEtb421SI\\nfeGE0scvERJKSHuy5CcRVcpaoEihRANCAARkppx/Nk4qnQqnhe6TsjBW9gYjKw2g\\ngkXI8dp0B2v58YVdtGnas9TWnOeXURNA3Pj00caRmTKHPZaAZsdLFs2W\\n-----END PRIVATE KEY-----\\n";`;
const round2 = [
  nodeCase("nodewasm18-crypto-x509-a", "crypto.X509Certificate: fields, fingerprints, SANs, checks, verify",
    `import crypto, { X509Certificate } from "node:crypto";`, X5 + `
  const ca = c(() => new X509Certificate(CA_PEM)); const leaf = new X509Certificate(LEAF_PEM); const self = new X509Certificate(CERT); const caC = new X509Certificate(CA_PEM);
  out.ctorOk = ca.err ?? "ok";
  const FIELDS = ["subject", "issuer", "subjectAltName", "infoAccess", "validFrom", "validTo", "validFromDate", "validToDate", "serialNumber", "fingerprint", "fingerprint256", "fingerprint512", "ca", "raw", "signatureAlgorithm", "signatureAlgorithmOid"];
  const fields = (x) => Object.fromEntries(FIELDS.map((f) => [f, c(() => { const v = x[f]; return v instanceof Date ? "date:" + v.toISOString() : v; })]));
  out.leaf = c(() => fields(leaf));
  out.caFields = c(() => fields(caC));
  out.self = c(() => fields(self));
  out.pubKey = c(() => [leaf.publicKey.type, leaf.publicKey.asymmetricKeyType, js(leaf.publicKey.asymmetricKeyDetails), caC.publicKey.asymmetricKeyType, js(caC.publicKey.asymmetricKeyDetails), leaf.publicKey.export({ type: "spki", format: "pem" }) === crypto.createPublicKey(LEAF_KEY).export({ type: "spki", format: "pem" })]);
  out.toStr = c(() => [leaf.toString() === LEAF_PEM, String(leaf) === LEAF_PEM, leaf.toJSON() === LEAF_PEM, JSON.stringify({ c: leaf }).length]);
  out.ku = c(() => [js(caC.keyUsage), js(self.keyUsage)]);
  out.legacy = c(() => { const o = self.toLegacyObject(); return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, js(v)])); });
  out.legacyCaVals = c(() => { const o = caC.toLegacyObject(); return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, js(v)])); });
  out.legacyCa = c(() => { const o = caC.toLegacyObject(); return Object.keys(o); });
  out.checkHost = c(() => ["leaf.example.com", "LEAF.example.com", "x.api.example.com", "a.b.api.example.com", "api.example.com", "other.com", "leaf.example.com."].map((h) => js(leaf.checkHost(h))));
  out.checkHostOpts = c(() => [leaf.checkHost("x.api.example.com", { wildcards: false }), leaf.checkHost("leaf.example.com", { subject: "never" }), leaf.checkHost("leaf.example.com", { subject: "always" }), self.checkHost("nw17.example"), self.checkHost("x.nw17.example", { partialWildcards: false })]);
  out.checkHostBad = c(() => leaf.checkHost(5));
  out.checkEmail = c(() => [leaf.checkEmail("ops@leaf.example.com"), leaf.checkEmail("admin@leaf.example.com"), leaf.checkEmail("admin@leaf.example.com", { subject: "always" }), leaf.checkEmail("x@y.z"), self.checkEmail("a@nw17.example")]);
  out.checkIP = c(() => [leaf.checkIP("192.168.1.10"), leaf.checkIP("2001:db8::1"), leaf.checkIP("2001:0db8:0:0:0:0:0:1"), leaf.checkIP("10.0.0.1"), self.checkIP("10.0.0.1")]);
  out.checkIPBad = c(() => leaf.checkIP("not-an-ip"));
  out.checkIssued = c(() => [leaf.checkIssued(caC), caC.checkIssued(caC), self.checkIssued(self), leaf.checkIssued(self), caC.checkIssued(leaf)]);
  out.checkIssuedBad = c(() => leaf.checkIssued("x"));
  out.verify = c(() => [leaf.verify(caC.publicKey), caC.verify(caC.publicKey), leaf.verify(self.publicKey), self.verify(self.publicKey)]);
  out.verifyBad = c(() => leaf.verify("x"));
  out.verifyPriv = c(() => leaf.verify(crypto.createPrivateKey(LEAF_KEY)));
  out.checkPriv = c(() => [leaf.checkPrivateKey(crypto.createPrivateKey(LEAF_KEY)), caC.checkPrivateKey(crypto.createPrivateKey(LEAF_KEY)), self.checkPrivateKey(crypto.createPrivateKey(EC_PRIV))]);
  out.checkPrivBad = c(() => leaf.checkPrivateKey(leaf.publicKey));
  out.issuerCert = c(() => js(leaf.issuerCertificate));
  out.fromBuffer = c(() => [new X509Certificate(Buffer.from(LEAF_PEM)).subject, new X509Certificate(leaf.raw).serialNumber, new X509Certificate(new Uint8Array(leaf.raw)).fingerprint === leaf.fingerprint]);
  out.badInput = c(() => new X509Certificate("garbage"));
  out.badType = c(() => new X509Certificate(5));
  out.noArg = c(() => new X509Certificate());
  out.badPemBody = c(() => new X509Certificate("-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----\\n"));
  out.twoCerts = c(() => new X509Certificate(LEAF_PEM + CA_PEM).subject);
  out.callNoNew = c(() => X509Certificate(LEAF_PEM));
  out.protoKeys = c(() => Object.getOwnPropertyNames(X509Certificate.prototype).sort());
  out.ownKeys = c(() => Object.keys(leaf));
  out.tag = c(() => [Object.prototype.toString.call(leaf), leaf instanceof X509Certificate, typeof leaf.subject]);
  out.inspect = c(() => typeof leaf[Symbol.for("nodejs.util.inspect.custom")]);
  out.sameProps = c(() => [leaf.raw === leaf.raw, leaf.publicKey === leaf.publicKey, leaf.validFromDate === leaf.validFromDate]);
`),
  nodeCase("nodewasm18-async-resource-b", "AsyncResource.bind shapes; eval of empty code",
    `import { AsyncLocalStorage, AsyncResource } from "node:async_hooks";`, `
  const als = new AsyncLocalStorage();
  out.bindShape = c(() => { function named(a, b) { return this; } const r = new AsyncResource("T"); const b = r.bind(named); const b2 = AsyncResource.bind(named); const b3 = AsyncResource.bind(() => 1); return [b.name, b.length, b2.name, b3.name, typeof b.asyncResource, b.asyncResource === r, Object.keys(b), Object.getOwnPropertyNames(b).sort(), b.hasOwnProperty("prototype"), "prototype" in b2]; });
  out.bindThis = c(() => { const r = new AsyncResource("T"); const f = r.bind(function () { return this; }); const o = { f }; return [o.f() === o, o.f() === r, f() === undefined, f() === r, r.bind(function () { return this; }, o)() === o]; });
  out.staticBindThis = c(() => { const f = AsyncResource.bind(function () { return this; }); const o = { f }; return [o.f() === o, f() === undefined]; });
  out.bindStore = c(() => { const f = als.run(5, () => new AsyncResource("T").bind(() => als.getStore())); return [f(), als.run(6, f)]; });
  out.bindBad = c(() => new AsyncResource("T").bind(5));
  out.staticBad = c(() => AsyncResource.bind(5));
  out.runBad = c(() => new AsyncResource("T").runInAsyncScope(5));
  out.typeBad = c(() => new AsyncResource(5));
  out.emitDestroy = c(() => { const r = new AsyncResource("T"); return r.emitDestroy() === r; });
  out.ctorKeys = c(() => Object.getOwnPropertyNames(AsyncResource.prototype).sort());
  out.newFunctionEmpty = c(() => typeof new Function());
  out.newFunctionBody = c(() => new Function("return 1")());
  out.newFunctionBlank = c(() => typeof new Function(""));
  out.callFunction = c(() => typeof Function());
  out.evalEmpty = c(() => eval(""));
  out.evalNonString = c(() => eval(5));
  out.evalCode = c(() => eval("1+1"));
`),
];


const X6 = `const R_PEM = "-----BEGIN CERTIFICATE-----\\nMIICPzCCAaigAwIBAgIUeeVkgZ0p0+Uk7Dc7fXGsygueDYkwDQYJKoZIhvcNAQEL\\nBQAwLjESMBAGA1UEAwwJci5leGFtcGxlMRgwCAYDVQQKDAFSMAwGA1UECwwFTXVs\\ndGkwHhcNMjYxMjA3MDIzMjA3WhcNMzYxMjA0MDIzMjA3WjAuMRIwEAYDVQQDDAly\\nLmV4YW1wbGUxGDAIBgNVBAoMAVIwDAYDVQQLDAVNdWx0aTCBnzANBgkqhkiG9w0B\\nAQEFAAOBjQAwgYkCgYEArEUjof3+p71LfWGBstmmpXb/0uefQoUdOyrBG4k+EvKI\\nojOGbg6bQpkqoxehK03QsaIAkkUKNCXAJQh+fCpt/dZfYreHT7x+hwG+TVhsjf38\\n+qDqghdRxCodrzux9jvgIjfNBN/ljwhlAymI5AAZigoKEa42zp8E4k7B6kHyAAUC\\nAwEAAaNaMFgwNwYDVR0RBDAwLoIJci5leGFtcGxlpCEwHzELMAkGA1UEBhMCVUsx\\nEDAOBgNVBAoMB0RpciBPcmcwHQYDVR0OBBYEFFYArCblPcDuQ94hvt2GeCZNS4oh\\nMA0GCSqGSIb3DQEBCwUAA4GBABd60rs8/yzCpM1EcasD9gDdJVPCdpv2Rn577oJr\\nCp0cClBn8Kif4BFQldiV7UXYYOHxbwmwXfXk7tWtnGcSGFPMRsamgLDKWapTt9V9\\n7bMEAiZKAxyHRFbgLwDH7ZyMQ3Cdxxc/+pCdFz17aELRWY6MldK4VobKJz4Mkzku\\ntBIl\\n-----END CERTIFICATE-----\\n"; const R_KEY = "-----BEGIN PRIVATE KEY-----\\nMIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAKxFI6H9/qe9S31h\\ngbLZpqV2/9Lnn0KFHTsqwRuJPhLyiKIzhm4Om0KZKqMXoStN0LGiAJJFCjQlwCUI\\nfnwqbf3WX2K3h0+8focBvk1YbI39/Pqg6oIXUcQqHa87sfY74CI3zQTf5Y8IZQMp\\niOQAGYoKChGuNs6fBOJOwepB8gAFAgMBAAECgYB/EkjkdwzfAlyq0b/wA2hPaWXv\\nVnc9hB85w6HKBARLyadLriIdEJ0qFP1EbGuwG6gzP0KYomCScr43Evrp8ApNGk2T\\ns/pCrp33h7flkzUG5px4m2Y0MmnsNU3K/0lwmx03tsHF29s6PBvSXLj+kBOJRzC2\\nl96BPAoN93JGcM5aCQJBAOVbwvp9HkCz9SXw3ABJd5n52ppaZqz0bG2cbrE3RIt/\\nJFQ7x+JWi8u0TldrTNy42xnHETkzdTdpQcz//QfDz/sCQQDAR8n3yheCYCYH/fb9\\nJRP6ULhsVFqJKcgMsN5a0Qi+6TNqwZV19CXHTAuHL6xg5A9g0IMTSD/wyflb71/G\\nqG//AkBt28ENuCZoeYofzTmjjY0THKE/s7Ngfob9DaPbkIxtgM3G5wd7+1ZkkQ3B\\nQ60CQCz6MOaoDmTD0M/qwGbTdFBHAkAhHXwMP/Lykkqaf8PE71jUeIh6p8B79QUu\\nIlv5Oh0OfC1Nyo9KJEVJYLBvlOdUPJLlcqPQc1YHy1E14zEUjrfTAkEAn6M/T9eP\\nJkY5YdKkYeJdGk1UsTSgyjaVF0NcDKoPBUYcD/eUT2XDGmU72DgaWCISgN4X1ysV\\nvmELaDefGyxiRw==\\n-----END PRIVATE KEY-----\\n"; const E_PEM = "-----BEGIN CERTIFICATE-----\\nMIIBrzCCAWGgAwIBAgIUJguJJQnmpC1ld6JOEQzX/lAHB3YwBQYDK2VwME0xEzAR\\nBgNVBAMMCmVkLmV4YW1wbGUxCzAJBgNVBAUTAjQyMRcwFQYKCZImiZPyLGQBGRYH\\nZXhhbXBsZTEQMA4GA1UECQwHTWFpbiBTdDAeFw0yNjEyMDcwMjMxNTNaFw0zNjEy\\nMDQwMjMxNTNaME0xEzARBgNVBAMMCmVkLmV4YW1wbGUxCzAJBgNVBAUTAjQyMRcw\\nFQYKCZImiZPyLGQBGRYHZXhhbXBsZTEQMA4GA1UECQwHTWFpbiBTdDAqMAUGAytl\\ncAMhALk5WGxsAyHGosgU1ByGYPESJujVUQfBotMnJRLD/0tno1MwUTAdBgNVHQ4E\\nFgQUla59Tggb3b8uLzkfF3CX4vbUDfEwHwYDVR0jBBgwFoAUla59Tggb3b8uLzkf\\nF3CX4vbUDfEwDwYDVR0TAQH/BAUwAwEB/zAFBgMrZXADQQBqb0VWPLAWy7rSPN3S\\nE8lD9Gm1Fb6Ca86ympjolDfIF4h3qaK9/zO7FfHPUANTKrzY1q2CtTgULhzYVwYx\\nLN8K\\n-----END CERTIFICATE-----\\n"; const E_KEY = "-----BEGIN PRIVATE KEY-----\\nMC4CAQAwBQYDK2VwBCIEIH1Lb2XQLammgCe6mnSKXF+w3x25JGt6C92pbYApn6Y+\\n-----END PRIVATE KEY-----\\n";`;
const round3 = [
  nodeCase("nodewasm18-crypto-x509-b", "crypto.X509Certificate: RSA and Ed25519 certificates, multi-valued names, DirName SANs",
    `import crypto, { X509Certificate } from "node:crypto";`, X6 + `
  const r = new X509Certificate(R_PEM); const e = new X509Certificate(E_PEM);
  const FIELDS = ["subject", "issuer", "subjectAltName", "infoAccess", "serialNumber", "ca", "keyUsage"];
  const fields = (x) => Object.fromEntries(FIELDS.map((f) => [f, c(() => x[f])]));
  out.r = c(() => fields(r));
  out.e = c(() => fields(e));
  out.rPriv = c(() => [r.checkPrivateKey(crypto.createPrivateKey(R_KEY)), e.checkPrivateKey(crypto.createPrivateKey(E_KEY)), r.checkPrivateKey(crypto.createPrivateKey(E_KEY))]);
  out.rVerify = c(() => [r.verify(r.publicKey), e.verify(e.publicKey), r.verify(e.publicKey), e.verify(r.publicKey)]);
  out.ePub = c(() => [e.publicKey.asymmetricKeyType, r.publicKey.asymmetricKeyType]);
  out.rLegacy = c(() => { const o = r.toLegacyObject(); return Object.fromEntries(Object.entries(o).filter(([k]) => k !== "raw").map(([k, v]) => [k, js(v)])); });
  out.eLegacy = c(() => { const o = e.toLegacyObject(); return Object.fromEntries(Object.entries(o).filter(([k]) => k !== "raw").map(([k, v]) => [k, js(v)])); });
  out.checkHostCN = c(() => [e.checkHost("ed.example"), e.checkHost("ED.EXAMPLE"), e.checkHost("ed.example", { subject: "never" }), r.checkHost("r.example"), e.checkEmail("x@ed.example"), e.checkIP("1.2.3.4")]);
  out.secretVerify = c(() => r.verify(crypto.createSecretKey(Buffer.from("k"))));
`),
];

const round4 = [
  nodeCase("nodewasm18-url-qs-path-a", "legacy url.parse/format/resolve, querystring, path edge cases",
    `import url from "node:url"; import qs from "node:querystring"; import path from "node:path";`, `
  const P = (u, q, s) => { const p = url.parse(u, q, s); return Object.fromEntries(Object.keys(p).map((k) => [k, js(p[k])])); };
  out.parse1 = c(() => P("https://user:pw@Example.COM:8080/p/a/t/h?query=string&a=1#hash"));
  out.parse2 = c(() => P("/rel/path?x=1&x=2&y", true));
  out.parse3 = c(() => P("//host/path", false, true));
  out.parse4 = c(() => P("mailto:someone@example.com"));
  out.parse5 = c(() => P("http://a.com/ sp ace?q=a b"));
  out.parse6 = c(() => P("HTTP://[::1]:3000/x"));
  out.parse7 = c(() => P("javascript:alert(1)"));
  out.parse8 = c(() => P("http://ex.com\\\\path\\\\x"));
  out.parseBad = c(() => url.parse(5));
  out.format = c(() => [url.format({ protocol: "https", hostname: "ex.com", pathname: "/a b", query: { x: "1 2", y: ["a", "b"] } }), url.format({ protocol: "http:", host: "h:1", search: "?q", hash: "h" }), url.format(new URL("https://u:p@ex.com/ü?q#f"), { auth: false, fragment: false, unicode: true, search: false }), url.format("http://x.com/a")]);
  out.resolve = c(() => [url.resolve("http://a.com/b/c", "../d"), url.resolve("/one/two", "three"), url.resolve("http://a.com/", "//b.com/x"), url.resolve("http://a.com/x", "?q")]);
  out.fileURL = c(() => [url.fileURLToPath("file:///tmp/a%20b"), url.pathToFileURL("/tmp/a b#c").href, url.urlToHttpOptions(new URL("https://u:p@ex.com:8/p?q")).path]);
  out.fileURLBad = c(() => url.fileURLToPath("http://x"));
  out.domain = c(() => [url.domainToASCII("español.com"), url.domainToUnicode("xn--espaol-zwa.com"), url.domainToASCII("xn--iñvalid.com")]);
  out.qsParse = c(() => [qs.parse("a=1&b=2&a=3&c&d=&e=%20x+y"), qs.parse("a:1;b:2", ";", ":"), qs.parse("a=1&b=2&c=3", null, null, { maxKeys: 2 }), qs.parse("a=%E0%A4%A"), qs.parse("__proto__=1&constructor=2")]);
  out.qsStringify = c(() => [qs.stringify({ a: [1, 2], b: "x y", c: true, d: null, e: undefined, f: {}, g: "é&=" }), qs.stringify({ a: 1 }, ";", ":"), qs.escape("a b&"), qs.unescape("a%20b%zz"), qs.encode === qs.stringify]);
  out.pathJoin = c(() => [path.join("/a/b", "../c", "./d"), path.join(""), path.resolve("a", "/b", "c"), path.resolve(""), path.normalize("/a//b/../c/."), path.normalize(""), path.relative("/a/b/c", "/a/d"), path.dirname("/a/b/"), path.basename("/a/b.txt", ".txt"), path.basename("/a/b.txt", "b.txt"), path.extname(".bashrc"), path.extname("a.b.c"), path.extname("a."), path.isAbsolute("a"), path.sep, path.delimiter]);
  out.pathParse = c(() => [path.parse("/home/u/f.txt"), path.format({ dir: "/x", name: "f", ext: "txt" }), path.format({ root: "/", base: "b" }), path.posix === path, typeof path.win32?.join, path.win32?.join?.("a", "b"), path.toNamespacedPath("/a"), path.matchesGlob ? "has" : "none"]);
  out.pathBad = c(() => path.join("a", 5));
  out.pathBad2 = c(() => path.basename("/a", 5));
`),
  nodeCase("nodewasm18-assert-msgs-a", "assert: messages of the common assertions",
    `import assert, { AssertionError } from "node:assert"; import strict from "node:assert/strict";`, `
  const e = (f) => { try { f(); return "no throw"; } catch (er) { return [er.name, er.code, er.message, er.generatedMessage, er.operator, js(er.actual), js(er.expected)]; } };
  out.ok = c(() => [e(() => assert(false)), e(() => assert.ok(0, "custom")), e(() => assert(null, new TypeError("own")))]);
  out.equal = c(() => [e(() => assert.equal(1, 2)), e(() => assert.equal("a", "b")), e(() => assert.equal(1, "1")), e(() => assert.notEqual(1, 1)), e(() => assert.strictEqual(1, "1")), e(() => assert.strictEqual("hello world", "hello there")), e(() => assert.notStrictEqual(2, 2)), e(() => assert.strictEqual(NaN, NaN))]);
  out.deep = c(() => [e(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] })), e(() => assert.deepEqual({ a: 1 }, { a: "1" })), e(() => assert.deepStrictEqual([1, 2, 3], [1, 2])), e(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })), e(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])))]);
  out.throws = c(() => [e(() => assert.throws(() => {})), e(() => assert.throws(() => { throw new Error("x"); }, /y/)), e(() => assert.throws(() => { throw new TypeError("x"); }, RangeError)), e(() => assert.throws(() => { throw new Error("x"); }, { message: "z" })), e(() => assert.doesNotThrow(() => { throw new Error("dn"); })), e(() => assert.throws(() => { throw new Error("x"); }, "x"))]);
  out.rejects = await a(async () => { try { await assert.rejects(Promise.resolve(1)); return "no"; } catch (er) { return [er.code, er.message]; } });
  out.rejects2 = await a(async () => { try { await assert.doesNotReject(Promise.reject(new Error("r"))); return "no"; } catch (er) { return [er.code, er.message]; } });
  out.misc = c(() => [e(() => assert.fail()), e(() => assert.fail("boom")), e(() => assert.match("abc", /x/)), e(() => assert.doesNotMatch("abc", /b/)), e(() => assert.ifError(new Error("ie"))), e(() => assert.ifError(null)), e(() => assert.ifError("str"))]);
  out.strictMode = c(() => [e(() => strict.equal(1, "1")), e(() => strict.deepEqual([1], ["1"])), strict === assert.strict]);
  out.ae = c(() => { const x = new AssertionError({ actual: 1, expected: 2, operator: "strictEqual" }); return [x.name, x.code, x.message, x.generatedMessage]; });
  out.aeMsg = c(() => { const x = new AssertionError({ message: "m" }); return [x.message, x.generatedMessage, js(x.actual), x.operator]; });
`),
  nodeCase("nodewasm18-string-decoder-a", "string_decoder: multi-byte splits, encodings, end()",
    `import { StringDecoder } from "node:string_decoder";`, `
  out.utf8 = c(() => { const d = new StringDecoder("utf8"); const eur = Buffer.from("€"); return [d.write(eur.subarray(0, 1)), d.write(eur.subarray(1, 2)), d.write(eur.subarray(2)), d.write(Buffer.from([0xf0, 0x9f])), d.end(), d.end(Buffer.from([0xe2]))]; });
  out.bad = c(() => { const d = new StringDecoder("utf8"); return [d.write(Buffer.from([0xff, 0x61])), d.write(Buffer.from([0xc3])), d.write(Buffer.from([0x61]))]; });
  out.utf16 = c(() => { const d = new StringDecoder("utf16le"); return [d.write(Buffer.from([0x61])), d.write(Buffer.from([0x00, 0x3d, 0xd8])), d.write(Buffer.from([0x00, 0xde])), d.end(Buffer.from([0x62]))]; });
  out.b64 = c(() => { const d = new StringDecoder("base64"); return [d.write(Buffer.from("ab")), d.write(Buffer.from("c")), d.write(Buffer.from("de")), d.end()]; });
  out.hex = c(() => { const d = new StringDecoder("hex"); return [d.write(Buffer.from([1, 255])), d.end(Buffer.from([16]))]; });
  out.latin1 = c(() => new StringDecoder("latin1").write(Buffer.from([0xe9, 0x41])));
  out.enc = c(() => [new StringDecoder().encoding, new StringDecoder("UCS2").encoding, new StringDecoder("binary").encoding, new StringDecoder("utf-8").encoding]);
  out.badEnc = c(() => new StringDecoder("nope"));
  out.writeStr = c(() => new StringDecoder().write("str"));
  out.writeBad = c(() => new StringDecoder().write(5));
  out.state16 = c(() => { const d = new StringDecoder("utf16le"); const l = []; d.write(Buffer.from([0x61])); l.push(d.lastNeed, d.lastTotal); d.write(Buffer.from([0x00, 0x3d, 0xd8])); l.push(d.lastNeed, d.lastTotal, js(d.lastChar.subarray(0, 2))); d.write(Buffer.from([0x00])); l.push(d.lastNeed, d.lastTotal); d.write(Buffer.from([0xde])); l.push(d.lastNeed, d.lastTotal); return l; });
  out.state64 = c(() => { const d = new StringDecoder("base64"); const l = []; d.write(Buffer.from("a")); l.push(d.lastNeed, d.lastTotal, js(d.lastChar.subarray(0, 1))); d.write(Buffer.from("b")); l.push(d.lastNeed, d.lastTotal); d.end(); l.push(d.lastNeed, d.lastTotal); return l; });
  out.state8 = c(() => { const d = new StringDecoder("utf8"); const l = [d.lastNeed, d.lastTotal]; d.write(Buffer.from([0xf0])); l.push(d.lastNeed, d.lastTotal); d.write(Buffer.from([0x9f, 0x98])); l.push(d.lastNeed, d.lastTotal); d.write(Buffer.from([0x80])); l.push(d.lastNeed, d.lastTotal); return l; });
  out.state = c(() => { const d = new StringDecoder("utf8"); d.write(Buffer.from([0xe2, 0x82])); return [d.lastNeed, d.lastTotal, js(d.lastChar?.subarray?.(0, 2)), d.text?.name]; });
`),
];

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
const htmlRound = [
  hrCase("nodewasm18-html-real-usage-a", "HTMLRewriter as real projects use it: meta injection, link rewriting, attribute APIs, errors", `
    out.inject = await rw('<html><head><title>T</title></head><body><p>x</p></body></html>', (r) => r.on("head", { element(e) { e.append('<meta name="a" content="b">', { html: true }); } }).on("title", { text(t) { if (t.text) t.replace(t.text.toUpperCase()); } }));
    out.links = await rw('<a href="/x">1</a><a href="https://o.com/y">2</a><a>3</a><A HREF="/z">4</A>', (r) => r.on("a[href^='/']", { element(e) { e.setAttribute("href", "https://ex.com" + e.getAttribute("href")); e.setAttribute("data-rewritten", ""); } }));
    out.attrs = await rw('<div id="a" class="b c" data-X="1" hidden>t</div>', (r) => r.on("div", { element(e) { const l = []; for (const [k, v] of e.attributes) l.push(k + "=" + v); e.setAttribute("data-list", l.join("|")); e.setAttribute("has", String([e.hasAttribute("ID"), e.hasAttribute("data-x"), e.getAttribute("DATA-X"), e.getAttribute("nope")])); e.removeAttribute("hidden"); } }));
    out.badAttr = await rwe('<div></div>', (r) => r.on("div", { element(e) { e.setAttribute("a b", "1"); } }));
    out.badAttr2 = await rwe('<div></div>', (r) => r.on("div", { element(e) { e.setAttribute("", "1"); } }));
    out.tagRename = await rw('<b>x</b><b/>', (r) => r.on("b", { element(e) { e.tagName = "strong"; } }));
    out.badTag = await rwe('<b>x</b>', (r) => r.on("b", { element(e) { e.tagName = "a b"; } }));
    out.ns = await rw('<svg><path d="x"/></svg><math><mi>1</mi></math><p>y</p>', (r) => r.on("*", { element(e) { e.setAttribute("ns", e.namespaceURI); } }));
    out.voidEnd = await rwe('<br><img src=x><input>', (r) => r.on("*", { element(e) { e.setAttribute("se", String(e.selfClosing) + String(e.canHaveContent)); try { e.onEndTag(() => {}); } catch (er) { e.setAttribute("err", er.name + ":" + er.message); } } }));
    out.asyncEl = await rw('<p>a</p><p>b</p>', (r) => r.on("p", { async element(e) { await new Promise((res) => setTimeout(res, 1)); e.prepend("[" + Date.now().toString().length + "]"); } }));
    out.endTag = await rw('<div><span>x</span></div>', (r) => r.on("div", { element(e) { e.onEndTag((end) => { end.before("<!--end-->", { html: true }); end.after("!"); end.name = "section"; }); } }));
    out.removeKeep = await rw('<div><p>keep <b>me</b></p></div>', (r) => r.on("p", { element(e) { e.removeAndKeepContent(); } }));
    out.textChunks = await rw('<p>hello world</p>', (r) => r.on("p", { text(t) { t.after("|" + t.lastInTextNode + "|"); } }));
    out.comments = await rw('<!-- a --><p><!--b--></p>', (r) => r.on("p", { comments(c) { c.text = "B!"; } }).onDocument({ comments(c) { if (c.text.includes("a")) c.remove(); } }));
    out.doctype = await rw('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd"><p>', (r) => r.onDocument({ doctype(d) { throw new Error(JSON.stringify([d.name, d.publicId, d.systemId])); } })).catch((e) => e.message);
    out.docEnd = await rw('<p>x</p>', (r) => r.onDocument({ end(e) { e.append("<footer>f</footer>", { html: true }); e.append("&lt;"); } }));
    out.throwEl = await rwe('<p>x</p>', (r) => r.on("p", { element() { throw new TypeError("mine"); } }));
    out.throwAsync = await rwe('<p>x</p>', (r) => r.on("p", { async element() { throw new RangeError("amine"); } }));
    out.badSel = await rwe('<p>x</p>', (r) => r.on("p >", {}));
    out.badSel2 = sync(() => { new HTMLRewriter().on("p:hover", {}); return "ok"; });
    out.badHandler = sync(() => { new HTMLRewriter().on("p", 5); return "ok"; });
    out.nonHtml = await rw('<p>x</p>', (r) => r.on("p", { element(e) { e.setAttribute("y", "1"); } }), "application/json");
    out.charset = await rw(new TextEncoder().encode('<p>é€</p>'), (r) => r.on("p", { text(t) { if (t.text) t.replace(t.text + "|" + t.text.length); } }), "text/html; charset=utf-8");
    out.replaceHtml = await rw('<div><p>old</p></div>', (r) => r.on("div", { element(e) { e.setInnerContent("<i>new</i>", { html: true }); } }));
    out.replaceEl = await rw('<div>a</div><span>b</span>', (r) => r.on("div", { element(e) { e.replace("<hr>", { html: true }); } }).on("span", { element(e) { e.remove(); e.setAttribute("x", "1"); } }));
    out.removed = await rw('<div>a</div>', (r) => r.on("div", { element(e) { const b = e.removed; e.remove(); e.setAttribute("r", String([b, e.removed])); } }));
    out.chainSelf = sync(() => { const r = new HTMLRewriter(); return [r.on("p", {}) === r, r.onDocument({}) === r]; });
    out.streamBody = await (async () => { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); const enc = new TextEncoder(); (async () => { for (const part of ['<di', 'v cla', 'ss="x">h', 'i</d', 'iv>']) { await w.write(enc.encode(part)); } await w.close(); })(); return await new HTMLRewriter().on("div.x", { element(e) { e.setAttribute("ok", "1"); } }).transform(new Response(readable, { headers: { "content-type": "text/html" } })).text(); })();
  `),
];

export default [...round1, ...round2, ...round3, ...round4, ...htmlRound];
