// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi12c`.
import { PRELUDE, get, CD } from "./_h.mjs";
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
c("webapi12c-crypto-usage-errors", "crypto.subtle operations with keys of the wrong kind: another algorithm's key, a key without the usage, a public key to sign, non-extractable export, wrapKey of a non-extractable key, ECDH with keys of two curves, sign with mismatched hash params, RSA-PSS salt lengths, RSA-OAEP labels", async (P) => {
  const s = crypto.subtle;
  const hmac = await s.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const aes = await s.generateKey({ name: "AES-GCM", length: 128 }, false, ["encrypt"]);
  const ec = await s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]);
  const ec384 = await s.generateKey({ name: "ECDH", namedCurve: "P-384" }, false, ["deriveBits"]);
  const ec256 = await s.generateKey({ name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]);
  const rsa = await s.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]);
  const oaep = await s.generateKey({ name: "RSA-OAEP", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["encrypt", "decrypt"]);
  const data = new Uint8Array([1, 2, 3]);
  await P("hmacAsAes", () => s.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, hmac, data));
  await P("hmacVerifyNoUsage", () => s.verify("HMAC", hmac, new Uint8Array(32), data));
  await P("aesNoDecrypt", () => s.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, aes, new Uint8Array(32)));
  await P("signWithPublic", () => s.sign({ name: "ECDSA", hash: "SHA-256" }, ec.publicKey, data));
  await P("verifyWithPrivate", () => s.verify({ name: "ECDSA", hash: "SHA-256" }, ec.privateKey, new Uint8Array(64), data));
  await P("ecdsaNoHash", () => s.sign({ name: "ECDSA" }, ec.privateKey, data));
  await P("ecdsaVerifyShortSig", () => s.verify({ name: "ECDSA", hash: "SHA-256" }, ec.publicKey, new Uint8Array(10), data));
  await P("ecdsaAsHmac", () => s.sign("HMAC", ec.privateKey, data));
  await P("exportNonExtractable", () => s.exportKey("raw", hmac));
  await P("exportPrivateRaw", () => s.exportKey("raw", rsa.privateKey));
  await P("exportPublicPkcs8", () => s.exportKey("pkcs8", rsa.publicKey));
  await P("exportEcPrivateNonExtractable", () => s.exportKey("jwk", ec.privateKey));
  await P("exportPublicAlways", async () => (await s.exportKey("jwk", ec.publicKey)).kty);
  await P("ecdhCurves", () => s.deriveBits({ name: "ECDH", public: ec256.publicKey }, ec384.privateKey, 128));
  await P("ecdhPrivateAsPublic", () => s.deriveBits({ name: "ECDH", public: ec256.privateKey }, ec256.privateKey, 128));
  await P("ecdhNoPublic", () => s.deriveBits({ name: "ECDH" }, ec256.privateKey, 128));
  await P("ecdhTooLong", () => s.deriveBits({ name: "ECDH", public: ec256.publicKey }, ec256.privateKey, 512));
  await P("ecdhNull", async () => (await s.deriveBits({ name: "ECDH", public: ec256.publicKey }, ec256.privateKey, null)).byteLength);
  await P("ecdhOdd", async () => (await s.deriveBits({ name: "ECDH", public: ec256.publicKey }, ec256.privateKey, 12)).byteLength);
  await P("pssNoSalt", () => s.sign({ name: "RSA-PSS" }, rsa.privateKey, data));
  await P("pssHugeSalt", () => s.sign({ name: "RSA-PSS", saltLength: 1000 }, rsa.privateKey, data));
  await P("pssNegSalt", () => s.sign({ name: "RSA-PSS", saltLength: -1 }, rsa.privateKey, data));
  await P("pssZero", async () => (await s.sign({ name: "RSA-PSS", saltLength: 0 }, rsa.privateKey, data)).byteLength);
  await P("oaepLabel", async () => { const ct = await s.encrypt({ name: "RSA-OAEP", label: new Uint8Array([1]) }, oaep.publicKey, data); try { await s.decrypt({ name: "RSA-OAEP", label: new Uint8Array([2]) }, oaep.privateKey, ct); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("oaepTooLong", () => s.encrypt({ name: "RSA-OAEP" }, oaep.publicKey, new Uint8Array(100)));
  await P("oaepDecryptGarbage", () => s.decrypt({ name: "RSA-OAEP" }, oaep.privateKey, new Uint8Array(128)));
  await P("wrapNonExtractable", async () => { const kek = await s.generateKey({ name: "AES-KW", length: 128 }, false, ["wrapKey"]); return s.wrapKey("raw", aes, kek, "AES-KW"); });
  await P("wrapNoUsage", async () => { const kek = await s.generateKey({ name: "AES-KW", length: 128 }, false, ["unwrapKey"]); const k = await s.generateKey({ name: "AES-GCM", length: 128 }, true, ["encrypt"]); return s.wrapKey("raw", k, kek, "AES-KW"); });
  await P("unwrapGarbage", async () => { const kek = await s.generateKey({ name: "AES-KW", length: 128 }, false, ["unwrapKey"]); return s.unwrapKey("raw", new Uint8Array(24), kek, "AES-KW", "AES-GCM", true, ["encrypt"]); });
  await P("deriveKeyNoLen", async () => { const pw = await s.importKey("raw", data, "PBKDF2", false, ["deriveKey"]); return s.deriveKey({ name: "PBKDF2", salt: data, iterations: 1, hash: "SHA-256" }, pw, { name: "AES-GCM" }, true, ["encrypt"]); });
  await P("deriveKeyHmacNoLen", async () => { const pw = await s.importKey("raw", data, "PBKDF2", false, ["deriveKey"]); const k = await s.deriveKey({ name: "PBKDF2", salt: data, iterations: 1, hash: "SHA-256" }, pw, { name: "HMAC", hash: "SHA-1" }, true, ["sign"]); return [k.algorithm, (await s.exportKey("raw", k)).byteLength]; });
  await P("deriveKeyNoUsage", async () => { const pw = await s.importKey("raw", data, "PBKDF2", false, ["deriveBits"]); return s.deriveKey({ name: "PBKDF2", salt: data, iterations: 1, hash: "SHA-256" }, pw, { name: "AES-GCM", length: 128 }, true, ["encrypt"]); });
  await P("digestEmptyName", () => s.digest("", data));
  await P("digestObjNoName", () => s.digest({}, data));
  await P("digestString", () => s.digest("SHA-256", "abc"));
  await P("getRandomFloat", () => crypto.getRandomValues(new Float64Array(2)));
  await P("getRandomBig", () => crypto.getRandomValues(new Uint8Array(65537)));
  await P("getRandomDataView", () => crypto.getRandomValues(new DataView(new ArrayBuffer(4))));
  await P("getRandomBigInt", () => crypto.getRandomValues(new BigInt64Array(2)).length);
  await P("timingSafe", () => [crypto.subtle.timingSafeEqual(new Uint8Array([1]), new Uint8Array([1])), crypto.subtle.timingSafeEqual(new Uint8Array([1]), new Uint16Array([1]))]);
  await P("timingSafeLen", () => crypto.subtle.timingSafeEqual(new Uint8Array(1), new Uint8Array(2)));
}),
c("webapi12c-text-blob-edges", "TextEncoder.encodeInto into short and odd destinations, TextDecoder of odd views and streams; Blob.slice with negative, fractional, reversed ranges and content types; File's lastModified conversions", async (P) => {
  const te = new TextEncoder();
  await P("intoShort", () => { const d = new Uint8Array(4); const r = te.encodeInto("a€b", d); return [r, [...d]]; });
  await P("intoSurrogate", () => { const d = new Uint8Array(3); const r = te.encodeInto("😀", d); return [r, [...d]]; });
  await P("intoLone", () => { const d = new Uint8Array(8); const r = te.encodeInto("a\uD800b", d); return [r, [...d]]; });
  await P("intoU16", () => te.encodeInto("a", new Uint16Array(2)));
  await P("intoOffset", () => { const b = new Uint8Array(6); const r = te.encodeInto("xyz", b.subarray(2, 4)); return [r, [...b]]; });
  await P("encodeUndef", () => [...te.encode(undefined)]);
  await P("encodeNull", () => [...te.encode(null)]);
  await P("decodeDataView", () => new TextDecoder().decode(new DataView(new Uint8Array([104, 105, 33]).buffer, 1)));
  await P("decodeStreamSplit", () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), d.decode(new Uint8Array([0x98, 0x80]), { stream: true }), d.decode()]; });
  await P("decodeStreamEndPartial", () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), d.decode()]; });
  await P("decodeBomTwice", () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))]; });
  await P("decodeUtf16Bom", () => new TextDecoder("utf-16le").decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00])));
  await P("decodeSAB", () => { try { return new TextDecoder().decode(new Uint8Array(new SharedArrayBuffer(2))); } catch (e) { return [e.name, e.message]; } });
  const b = new Blob(["hello world"], { type: "Text/Plain;Charset=UTF-8" });
  await P("type", () => b.type);
  await P("typeNonAscii", () => new Blob([], { type: "tëxt" }).type);
  await P("sliceNeg", async () => b.slice(-5).text());
  await P("sliceNegBoth", async () => b.slice(-5, -2).text());
  await P("sliceRev", async () => [b.slice(5, 2).size, await b.slice(5, 2).text()]);
  await P("sliceFrac", async () => b.slice(1.7, 4.2).text());
  await P("sliceType", () => [b.slice(0, 1, "A/B").type, b.slice(0, 1, "a\u0001b").type, b.slice(0, 1).type]);
  await P("sliceNaN", async () => b.slice(NaN, "3").text());
  await P("sliceHuge", async () => b.slice(0, 2 ** 53).size);
  await P("fileLm", () => [new File([], "a", { lastModified: 5.9 }).lastModified, new File([], "a", { lastModified: "12" }).lastModified, new File([], "a", { lastModified: -1 }).lastModified]);
  await P("fileLmBad", () => new File([], "a", { lastModified: "x" }).lastModified);
  await P("fileName", () => [new File([], 5).name, new File([], "a/b").name, new File([], "").name]);
  await P("fileNoName", () => new File([]));
  await P("blobParts", async () => new Blob([new Uint16Array([0x4241]), new DataView(new Uint8Array([67]).buffer), 5, null, undefined]).text());
  await P("blobEndings", async () => [await new Blob(["a\nb\r\nc"], { endings: "native" }).text(), await new Blob(["a\nb"], { endings: "transparent" }).text()]);
  await P("blobEndingsBad", () => new Blob(["a"], { endings: "x" }));
  await P("blobNotSeq", () => new Blob("abc"));
  await P("blobBytes", async () => [...(await new Blob(["ab"]).bytes())]);
  await P("blobStreamBytes", async () => { const r = new Blob(["abc"]).stream().getReader(); const x = await r.read(); return [x.value.constructor.name, x.value.length]; });
}),
];
