// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi13e`.
import { PRELUDE, get, req, CD } from "./_h.mjs";
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
c("webapi13e-crypto-jwt-idioms", "crypto.subtle as JWT and webhook libraries use it: HMAC verify with wrong lengths, ECDSA raw signatures, RSA-PSS and PKCS1 JWK round trips, key usages on import, algorithm name case, algorithm objects with extra members, deriveBits lengths, AES-GCM/CTR/CBC parameter edges", async (P) => {
  const s = crypto.subtle;
  const enc = new TextEncoder();
  const E = (e) => [e.name, e.message];
  const hk = () => s.importKey("raw", enc.encode("secret"), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
  await P("hmacVerifyShort", async () => s.verify("HMAC", await hk(), new Uint8Array(5), enc.encode("m")));
  await P("hmacVerifyEmpty", async () => s.verify("HMAC", await hk(), new Uint8Array(0), enc.encode("m")));
  await P("hmacLowercase", async () => hex(await s.sign("hmac", await hk(), enc.encode("m"))).slice(0, 16));
  await P("hmacHashObj", async () => { const k = await s.importKey("raw", enc.encode("k"), { name: "HMAC", hash: { name: "sha-1" } }, true, ["sign"]); return [k.algorithm, (await s.exportKey("jwk", k)).alg]; });
  await P("hmacLengthBits", async () => { const k = await s.importKey("raw", new Uint8Array(4), { name: "HMAC", hash: "SHA-256", length: 20 }, true, ["sign"]); return k.algorithm; });
  await P("hmacLengthTooBig", async () => s.importKey("raw", new Uint8Array(4), { name: "HMAC", hash: "SHA-256", length: 40 }, true, ["sign"]));
  await P("hmacEmptyKey", async () => s.importKey("raw", new Uint8Array(0), { name: "HMAC", hash: "SHA-256" }, true, ["sign"]));
  await P("hmacGenDefaultLen", async () => { const k = await s.generateKey({ name: "HMAC", hash: "SHA-384" }, true, ["sign"]); return [k.algorithm.length, (await s.exportKey("raw", k)).byteLength]; });
  await P("hmacUsageBad", async () => s.importKey("raw", new Uint8Array(4), { name: "HMAC", hash: "SHA-256" }, true, ["encrypt"]));
  await P("hmacUsagesEmpty", async () => s.importKey("raw", new Uint8Array(4), { name: "HMAC", hash: "SHA-256" }, true, []));
  await P("hmacUsagesDup", async () => (await s.importKey("raw", new Uint8Array(4), { name: "HMAC", hash: "SHA-256" }, true, ["sign", "sign", "verify"])).usages);
  await P("ecdsaSigLen", async () => { const k = await s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]); const sig = await s.sign({ name: "ECDSA", hash: "SHA-256" }, k.privateKey, enc.encode("m")); return [sig.byteLength, await s.verify({ name: "ECDSA", hash: "SHA-256" }, k.publicKey, sig, enc.encode("m")), await s.verify({ name: "ECDSA", hash: "SHA-256" }, k.publicKey, sig.slice(1), enc.encode("m"))]; });
  await P("ecdsaP384Len", async () => { const k = await s.generateKey({ name: "ECDSA", namedCurve: "P-384" }, false, ["sign"]); return (await s.sign({ name: "ECDSA", hash: "SHA-384" }, k.privateKey, enc.encode("m"))).byteLength; });
  await P("ecdsaP521Len", async () => { const k = await s.generateKey({ name: "ECDSA", namedCurve: "P-521" }, false, ["sign"]); return (await s.sign({ name: "ECDSA", hash: "SHA-512" }, k.privateKey, enc.encode("m"))).byteLength; });
  await P("ecdsaNoHash", async () => { const k = await s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]); return s.sign({ name: "ECDSA" }, k.privateKey, enc.encode("m")); });
  await P("ecJwkRoundTrip", async () => { const k = await s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); const j = await s.exportKey("jwk", k.publicKey); const k2 = await s.importKey("jwk", j, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]); return [Object.keys(j).sort(), j.key_ops, j.ext, k2.usages, k2.algorithm]; });
  await P("ecJwkCurveMismatch", async () => { const k = await s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); const j = await s.exportKey("jwk", k.publicKey); return s.importKey("jwk", j, { name: "ECDSA", namedCurve: "P-384" }, true, ["verify"]); });
  await P("ecPrivJwkKeys", async () => { const k = await s.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]); const j = await s.exportKey("jwk", k.privateKey); return [Object.keys(j).sort(), j.key_ops, k.publicKey.usages]; });
  await P("rsaPssJwk", async () => { const k = await s.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]); const j = await s.exportKey("jwk", k.publicKey); return [j.alg, j.kty, j.e, Object.keys(j).sort(), k.publicKey.algorithm.publicExponent instanceof Uint8Array, [...k.publicKey.algorithm.publicExponent]]; });
  await P("rsaJwkAlgMismatch", async () => { const k = await s.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]); const j = await s.exportKey("jwk", k.publicKey); return s.importKey("jwk", j, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-384" }, true, ["verify"]); });
  await P("rsaPssSaltHuge", async () => { const k = await s.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, false, ["sign"]); return s.sign({ name: "RSA-PSS", saltLength: 1000 }, k.privateKey, enc.encode("m")); });
  await P("rsaExponentOdd", async () => s.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([3]), hash: "SHA-256" }, false, ["sign"]).then((k) => [...k.privateKey.algorithm.publicExponent]));
  await P("rsaExponentBad", async () => s.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([2]), hash: "SHA-256" }, false, ["sign"]));
  await P("rsaModulusSmall", async () => s.generateKey({ name: "RSA-PSS", modulusLength: 256, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, false, ["sign"]));
  await P("gcmTagLengths", async () => { const k = await s.generateKey({ name: "AES-GCM", length: 128 }, false, ["encrypt"]); const r = []; for (const tl of [32, 64, 96, 104, 112, 120, 128, 100, 0]) { try { r.push((await s.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), tagLength: tl }, k, new Uint8Array(3))).byteLength); } catch (e) { r.push(E(e)); } } return r; });
  await P("gcmIvEmpty", async () => { const k = await s.generateKey({ name: "AES-GCM", length: 128 }, false, ["encrypt"]); return s.encrypt({ name: "AES-GCM", iv: new Uint8Array(0) }, k, new Uint8Array(3)); });
  await P("gcmIvOdd", async () => { const k = await s.generateKey({ name: "AES-GCM", length: 128 }, false, ["encrypt"]); return (await s.encrypt({ name: "AES-GCM", iv: new Uint8Array(1) }, k, new Uint8Array(3))).byteLength; });
  await P("gcmDecryptShort", async () => { const k = await s.generateKey({ name: "AES-GCM", length: 128 }, false, ["decrypt"]); return s.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, k, new Uint8Array(5)); });
  await P("gcmDecryptBadTag", async () => { const k = await s.generateKey({ name: "AES-GCM", length: 128 }, false, ["decrypt"]); return s.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, k, new Uint8Array(20)); });
  await P("ctrLengths", async () => { const k = await s.generateKey({ name: "AES-CTR", length: 128 }, false, ["encrypt"]); const r = []; for (const l of [0, 1, 64, 128, 129]) { try { r.push((await s.encrypt({ name: "AES-CTR", counter: new Uint8Array(16), length: l }, k, new Uint8Array(3))).byteLength); } catch (e) { r.push(E(e)); } } return r; });
  await P("ctrCounterShort", async () => { const k = await s.generateKey({ name: "AES-CTR", length: 128 }, false, ["encrypt"]); return s.encrypt({ name: "AES-CTR", counter: new Uint8Array(8), length: 64 }, k, new Uint8Array(3)); });
  await P("cbcIvShort", async () => { const k = await s.generateKey({ name: "AES-CBC", length: 128 }, false, ["encrypt"]); return s.encrypt({ name: "AES-CBC", iv: new Uint8Array(8) }, k, new Uint8Array(3)); });
  await P("cbcDecryptBadPad", async () => { const k = await s.importKey("raw", new Uint8Array(16), "AES-CBC", false, ["decrypt"]); return s.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, k, new Uint8Array(16)); });
  await P("cbcDecryptNotBlock", async () => { const k = await s.importKey("raw", new Uint8Array(16), "AES-CBC", false, ["decrypt"]); return s.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, k, new Uint8Array(15)); });
  await P("aesKeyLen", async () => { const r = []; for (const n of [8, 16, 24, 32, 33]) { try { r.push((await s.importKey("raw", new Uint8Array(n), "AES-GCM", true, ["encrypt"])).algorithm.length); } catch (e) { r.push(E(e)); } } return r; });
  await P("aesGen192", async () => (await s.generateKey({ name: "AES-CBC", length: 192 }, true, ["encrypt"])).algorithm);
  await P("aesGenBadLen", async () => s.generateKey({ name: "AES-CBC", length: 100 }, true, ["encrypt"]));
  await P("pbkdf2Zero", async () => { const k = await s.importKey("raw", enc.encode("p"), "PBKDF2", false, ["deriveBits"]); return s.deriveBits({ name: "PBKDF2", salt: new Uint8Array(8), iterations: 0, hash: "SHA-256" }, k, 256); });
  await P("pbkdf2LenOdd", async () => { const k = await s.importKey("raw", enc.encode("p"), "PBKDF2", false, ["deriveBits"]); return s.deriveBits({ name: "PBKDF2", salt: new Uint8Array(8), iterations: 1, hash: "SHA-256" }, k, 7); });
  await P("pbkdf2LenZero", async () => { const k = await s.importKey("raw", enc.encode("p"), "PBKDF2", false, ["deriveBits"]); return (await s.deriveBits({ name: "PBKDF2", salt: new Uint8Array(8), iterations: 1, hash: "SHA-256" }, k, 0)).byteLength; });
  await P("pbkdf2LenNull", async () => { const k = await s.importKey("raw", enc.encode("p"), "PBKDF2", false, ["deriveBits"]); return s.deriveBits({ name: "PBKDF2", salt: new Uint8Array(8), iterations: 1, hash: "SHA-256" }, k, null); });
  await P("hkdfLenZero", async () => { const k = await s.importKey("raw", enc.encode("p"), "HKDF", false, ["deriveBits"]); return (await s.deriveBits({ name: "HKDF", salt: new Uint8Array(0), info: new Uint8Array(0), hash: "SHA-256" }, k, 0)).byteLength; });
  await P("hkdfLenTooLong", async () => { const k = await s.importKey("raw", enc.encode("p"), "HKDF", false, ["deriveBits"]); return s.deriveBits({ name: "HKDF", salt: new Uint8Array(0), info: new Uint8Array(0), hash: "SHA-256" }, k, 255 * 256 + 8); });
  await P("ecdhLenNull", async () => { const a = await s.generateKey({ name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]); const b = await s.generateKey({ name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]); return (await s.deriveBits({ name: "ECDH", public: b.publicKey }, a.privateKey, null)).byteLength; });
  await P("ecdhLenTooLong", async () => { const a = await s.generateKey({ name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]); const b = await s.generateKey({ name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]); return s.deriveBits({ name: "ECDH", public: b.publicKey }, a.privateKey, 512); });
  await P("ecdhCurveMismatch", async () => { const a = await s.generateKey({ name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]); const b = await s.generateKey({ name: "ECDH", namedCurve: "P-384" }, false, ["deriveBits"]); return s.deriveBits({ name: "ECDH", public: b.publicKey }, a.privateKey, 128); });
  await P("ecdhPublicNotKey", async () => { const a = await s.generateKey({ name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]); return s.deriveBits({ name: "ECDH", public: {} }, a.privateKey, 128); });
  await P("digestNames", async () => { const r = []; for (const n of ["sha-256", "SHA256", "MD5", "SHA-224", { name: "Sha-1" }]) { try { r.push((await s.digest(n, new Uint8Array(1))).byteLength); } catch (e) { r.push(E(e)); } } return r; });
  await P("randomUUIDShape", () => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
  await P("grvTypes", () => ["Int8Array", "Uint8ClampedArray", "BigInt64Array", "Float32Array", "Float64Array", "DataView"].map((n) => { try { const a = n === "DataView" ? new DataView(new ArrayBuffer(4)) : new globalThis[n](2); crypto.getRandomValues(a); return "ok"; } catch (e) { return E(e); } }));
  await P("grvQuota", () => { try { crypto.getRandomValues(new Uint8Array(65537)); } catch (e) { return [e.name, e.message, e.code]; } });
  await P("grvReturnsSame", () => { const a = new Uint16Array(2); return crypto.getRandomValues(a) === a; });
  await P("keyProps", async () => { const k = await hk(); return [k.type, k.extractable, k.usages, k.algorithm, Object.prototype.toString.call(k), Object.keys(k)]; });
  await P("exportNonExtractable", async () => s.exportKey("raw", await hk()));
  await P("wrongKeyType", async () => { const k = await s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign", "verify"]); return s.sign({ name: "ECDSA", hash: "SHA-256" }, k.publicKey, enc.encode("m")); });
  await P("algoMismatch", async () => s.sign({ name: "RSASSA-PKCS1-v1_5" }, await hk(), enc.encode("m")));
}),
];
