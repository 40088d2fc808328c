// Oracle definitions of the webapi5-* cases: put this file beside the oracle's defs/_h.mjs (DEFS_DIR) and run `node record.mjs webapi5` to re-record them (KEYS and FIXED: keys and values made once with Node's WebCrypto).
export const KEYS = {"rsa":{"pkcs8":"MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAMyVJ+KY3ZZ/E3d2TH/8Lft5N2wrnLOdfIMvOZGtfw3j9qtLPk4NDl5SJ3EYtxypqv+twxz/fJ9I1Gn/+PuVTkCvvLB8rsEr5NlDhW0aRsjfSJJSF8H6O81F35RAL9hVTB5qkLLIZyFFAGuWrs3GFp1ObMBfovmQaLA+QsQgUxj/AgMBAAECgYAURAI7dCEfM19eSh2x3+0+J/fRg1B2inc3F4qAX8tiON7KgR2e5bQyq7i0f1pEQJpr0W6uhLB3puNDzNOBOH0Txfv3j8TemgIFO+gk7OXbbUGhQXW6tHtmLhgU/Qvc5Zyp7XmBzwbkzCQ7cGTMXVgeIgN6ujo4zyEN1Y0C3OM2IQJBAOjgRQM5ys/KVwdHJXp5DXsAzkWZScUv/KtJkDhhMOn5h9uSld2zpKwuY34ZChUGQ7hyPWEJtrVtjwP1O3uFio0CQQDg5apDLgwDbuzxvTjBmz6pApRzD2tX+tUehNvsA0KR59JBQLRRrDzpOTSNTDsrIT951q1bdzqZmzC9lPhmu3S7AkBIFGqoBfJVgJ6RXR8nmmJmySgPeNPRmfnOFrXyDXszYI4Bk4yZk6oLtUwMUrnBKjA53fpLl9Masu+KXRRtNjddAkADR9Zf/H/4XNnf/N6jFFyponv/4a2zLtmFBHMg0jtaXYNXqFX5CwYocMkvdnk2e9mtMVB+ERMtwnHHkjC9buaZAkEAjNIvsJdmy7fiaQlDGhq9evIaDsos6WEdxS0h2YPR43OUWz4V4p3nm+u+xGcYCwmPP429v1GocVidkangKel4jg==","spki":"MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDMlSfimN2WfxN3dkx//C37eTdsK5yznXyDLzmRrX8N4/arSz5ODQ5eUidxGLccqar/rcMc/3yfSNRp//j7lU5Ar7ywfK7BK+TZQ4VtGkbI30iSUhfB+jvNRd+UQC/YVUweapCyyGchRQBrlq7NxhadTmzAX6L5kGiwPkLEIFMY/wIDAQAB","jwk":{"key_ops":["sign"],"ext":true,"kty":"RSA","n":"zJUn4pjdln8Td3ZMf_wt-3k3bCucs518gy85ka1_DeP2q0s-Tg0OXlIncRi3HKmq_63DHP98n0jUaf_4-5VOQK-8sHyuwSvk2UOFbRpGyN9IklIXwfo7zUXflEAv2FVMHmqQsshnIUUAa5auzcYWnU5swF-i-ZBosD5CxCBTGP8","e":"AQAB","d":"FEQCO3QhHzNfXkodsd_tPif30YNQdop3NxeKgF_LYjjeyoEdnuW0Mqu4tH9aRECaa9FuroSwd6bjQ8zTgTh9E8X794_E3poCBTvoJOzl221BoUF1urR7Zi4YFP0L3OWcqe15gc8G5MwkO3BkzF1YHiIDero6OM8hDdWNAtzjNiE","p":"6OBFAznKz8pXB0clenkNewDORZlJxS_8q0mQOGEw6fmH25KV3bOkrC5jfhkKFQZDuHI9YQm2tW2PA_U7e4WKjQ","q":"4OWqQy4MA27s8b04wZs-qQKUcw9rV_rVHoTb7ANCkefSQUC0Uaw86Tk0jUw7KyE_edatW3c6mZswvZT4Zrt0uw","dp":"SBRqqAXyVYCekV0fJ5piZskoD3jT0Zn5zha18g17M2COAZOMmZOqC7VMDFK5wSowOd36S5fTGrLvil0UbTY3XQ","dq":"A0fWX_x_-FzZ3_zeoxRcqaJ7_-Gtsy7ZhQRzINI7Wl2DV6hV-QsGKHDJL3Z5NnvZrTFQfhETLcJxx5IwvW7mmQ","qi":"jNIvsJdmy7fiaQlDGhq9evIaDsos6WEdxS0h2YPR43OUWz4V4p3nm-u-xGcYCwmPP429v1GocVidkangKel4jg","alg":"RS256"}},"p256":{"pkcs8":"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgt1HVNhfiGX+SsFarlqaqzRr8vEP6eNBvt36G8qACQPahRANCAARRTmj3f68TkEML5Rvckufu8JXqKO1xyMeEBwZ/nku6ggadeVGPz8OxLvGi/kqdrDZOd4EAg6APhmWi5W+AWLjF","spki":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEUU5o93+vE5BDC+Ub3JLn7vCV6ijtccjHhAcGf55LuoIGnXlRj8/DsS7xov5Knaw2TneBAIOgD4ZlouVvgFi4xQ==","jwk":{"key_ops":["sign"],"ext":true,"kty":"EC","x":"UU5o93-vE5BDC-Ub3JLn7vCV6ijtccjHhAcGf55LuoI","y":"Bp15UY_Pw7Eu8aL-Sp2sNk53gQCDoA-GZaLlb4BYuMU","crv":"P-256","d":"t1HVNhfiGX-SsFarlqaqzRr8vEP6eNBvt36G8qACQPY"}},"p256b":{"pkcs8":"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgfVdJ46BEHmhIbSgVZjm3ecOlTXo3XRO21mRPi81g+F2hRANCAAQXwkhiuWb+m5ey8iAOL3yldnVf/g1/lqmIYgW2kLOhozjCLo9P5z1Nc2b6FNshbhis8EzXmR1S1vUJePlZkQli","spki":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEF8JIYrlm/puXsvIgDi98pXZ1X/4Nf5apiGIFtpCzoaM4wi6PT+c9TXNm+hTbIW4YrPBM15kdUtb1CXj5WZEJYg==","jwk":{"key_ops":["sign"],"ext":true,"kty":"EC","x":"F8JIYrlm_puXsvIgDi98pXZ1X_4Nf5apiGIFtpCzoaM","y":"OMIuj0_nPU1zZvoU2yFuGKzwTNeZHVLW9Ql4-VmRCWI","crv":"P-256","d":"fVdJ46BEHmhIbSgVZjm3ecOlTXo3XRO21mRPi81g-F0"}},"p384":{"pkcs8":"MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDDUz0htwI3i3NOT7NiAKXSBZh9aiJjrffKW307/Vff399A+WuxDmONemGAXP54VdfuhZANiAAQW8qG94vqe4lqYmFvywen6HRoeJhYJAgIo8L1MRG7qylxPZenps7UgQVz8JXAwOLWSLfmTinyeR7hO4HLu7Sk2VbyHxP1sWd6QzPu2ULOjls3OeMIeVSjnYYl/nhQVZlk=","spki":"MHYwEAYHKoZIzj0CAQYFK4EEACIDYgAEFvKhveL6nuJamJhb8sHp+h0aHiYWCQICKPC9TERu6spcT2Xp6bO1IEFc/CVwMDi1ki35k4p8nke4TuBy7u0pNlW8h8T9bFnekMz7tlCzo5bNznjCHlUo52GJf54UFWZZ","jwk":{"key_ops":["sign"],"ext":true,"kty":"EC","x":"FvKhveL6nuJamJhb8sHp-h0aHiYWCQICKPC9TERu6spcT2Xp6bO1IEFc_CVwMDi1","y":"ki35k4p8nke4TuBy7u0pNlW8h8T9bFnekMz7tlCzo5bNznjCHlUo52GJf54UFWZZ","crv":"P-384","d":"1M9IbcCN4tzTk-zYgCl0gWYfWoiY633ylt9O_1X39_fQPlrsQ5jjXphgFz-eFXX7"}},"p521":{"pkcs8":"MIHuAgEAMBAGByqGSM49AgEGBSuBBAAjBIHWMIHTAgEBBEIB1sgi+EvrSUm+IL9wJWgwqHBDG2W+Pi7Db6LfESvEZb16H1sxnI68YzrcCrB4V8pQvk/+C71ZbeXMfHZnOVcFCXChgYkDgYYABACHOe/ah+I1dyNfi6JNT4cRWeEQJ5l4DK6cbOBvK9nGosTeLwhiCKc6bVL+751kASa8uFVfmWsy/fqArF3gAlOOIwHpFUCKFpxEg54RJB5nu5Sq1sWbPb/eH7EaryrEqKcK24fXutxonsRsC7VBvbyHWkc6EYGQH+GJbZYkKKKp5zDSrQ==","spki":"MIGbMBAGByqGSM49AgEGBSuBBAAjA4GGAAQAhznv2ofiNXcjX4uiTU+HEVnhECeZeAyunGzgbyvZxqLE3i8IYginOm1S/u+dZAEmvLhVX5lrMv36gKxd4AJTjiMB6RVAihacRIOeESQeZ7uUqtbFmz2/3h+xGq8qxKinCtuH17rcaJ7EbAu1Qb28h1pHOhGBkB/hiW2WJCiiqecw0q0=","jwk":{"key_ops":["sign"],"ext":true,"kty":"EC","x":"AIc579qH4jV3I1-Lok1PhxFZ4RAnmXgMrpxs4G8r2caixN4vCGIIpzptUv7vnWQBJry4VV-ZazL9-oCsXeACU44j","y":"AekVQIoWnESDnhEkHme7lKrWxZs9v94fsRqvKsSopwrbh9e63GiexGwLtUG9vIdaRzoRgZAf4YltliQooqnnMNKt","crv":"P-521","d":"AdbIIvhL60lJviC_cCVoMKhwQxtlvj4uw2-i3xErxGW9eh9bMZyOvGM63AqweFfKUL5P_gu9WW3lzHx2ZzlXBQlw"}},"ed":{"pkcs8":"MC4CAQAwBQYDK2VwBCIEICUhaNcq3poUzmruZc0d4e7LwxGhfYSFtoAR8FipulUr","spki":"MCowBQYDK2VwAyEAfo7aeWkD+fZF2VijexxOMe5bhDmzz+mZkyXLJIhld8I=","jwk":{"key_ops":["sign"],"ext":true,"crv":"Ed25519","d":"JSFo1yremhTOau5lzR3h7svDEaF9hIW2gBHwWKm6VSs","x":"fo7aeWkD-fZF2VijexxOMe5bhDmzz-mZkyXLJIhld8I","kty":"OKP","alg":"Ed25519"}},"x":{"pkcs8":"MC4CAQAwBQYDK2VuBCIEIPjVkvrV3VPJpbv+wvno+LolQd8r9EB2+v9LRoGzel59","spki":"MCowBQYDK2VuAyEANkVgT3DRPEZZ9UDW9nLOPwQwtAreQt4oX3vbnozgRgg=","jwk":{"key_ops":["deriveBits"],"ext":true,"crv":"X25519","d":"-NWS-tXdU8mlu_7C-ej4uiVB3yv0QHb6_0tGgbN6Xn0","x":"NkVgT3DRPEZZ9UDW9nLOPwQwtAreQt4oX3vbnozgRgg","kty":"OKP"}},"xb":{"pkcs8":"MC4CAQAwBQYDK2VuBCIEILDq9pDMRTYCHF4HrknusT33TueKrp1KaNEztG/XLQVP","spki":"MCowBQYDK2VuAyEAdlJDhnchxkCCaBPnbVKY1rW95ATwOCeOEiHUhcuqO0E=","jwk":{"key_ops":["deriveBits"],"ext":true,"crv":"X25519","d":"sOr2kMxFNgIcXgeuSe6xPfdO54qunUpo0TO0b9ctBU8","x":"dlJDhnchxkCCaBPnbVKY1rW95ATwOCeOEiHUhcuqO0E","kty":"OKP"}}};
export const FIXED = {"oaepCt":"w9g0lZ8oFXz1ePxtpVaENMansMa/iINf0weOjnDHcnDfpRW933QvEChpL2q/Kk5tyvHhCMCXAQP5hq6u4DrgwWfEzXHCTttlAa0zhrzkbjnPhRWRyLgHkuUflrSJId+dsM6yP18g43RtyS8cD8gZpdp3A1z6nMQgVpPUkgXnrP8=","oaepCt1":"UkBotpeiy7DjYff1PXVFjxyggCH8lFeuvPN15DhA3MEr5FrFrnNgkSSZfooZNHO1KiCqejJ5wHCQ1W2/2siq5ULdppPX6MWZ2OVx0QYmc+vhEKVKpqqU+4MRaqbcHaGIcUnHv1VpE/KTPpmEykV/XsmuQTjR527zQaIzot3UOkY=","ecSig":"qVE88QJeGfE1Yw+MqCnTMh87dDCzLDy9s6X5t67p+6spEIUONwQnne2dTMNGd5eJ4Hvqrkz5SZmBXOUiWFrj7Q==","pssSig":"Nj4H6W16I43BCFtQ0vIxSDimdBoGnfjTErbRRYRkDPZ4mGV83N0fV1jIXilRCaubRJyouhqm344kQRAKDCxTtUjqBs/qH0yWRQ4U+o7N/GiAP44AtvbI+NP9yQiyoxVahBngKm7FhrLfAl56n6RdXm7SdjadHTcKLsAl/viYauI="};
import { PRELUDE, get, req, CD } from "./_h.mjs";
const worker = (fn, pre = "") => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
${pre}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), 300))]); };
    await probes(P, out, req);
    return new Response(JSON.stringify(out, (k, v) => typeof v === "bigint" ? "bigint:" + v : v), { headers: { "content-type": "application/json" } });
  }
};`,
});
const c = (name, description, fn, pre = "", steps = [get("/")]) => ({ name, area: "web-api", description, options: worker(fn, pre), steps });
const KEYPRE = `const KEYS = ${JSON.stringify(KEYS, (k, v) => k === "key_ops" || k === "ext" ? undefined : v)};\nconst FIXED = ${JSON.stringify(FIXED)};`;

export default [
c("webapi5-crypto-key-formats-roundtrip", "WebCrypto with fixed keys: pkcs8/spki/jwk/raw import and re-export for RSA, EC P-256/384/521, Ed25519, X25519; deterministic signatures; ECDH/X25519 deriveBits lengths; import errors", async (P) => {
  const S = crypto.subtle;
  const b = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const hex = (x) => [...new Uint8Array(x)].map((v) => v.toString(16).padStart(2, "0")).join("");
  const h8 = async (x) => hex(await S.digest("SHA-256", x)).slice(0, 16);
  const e = (p) => p.then((v) => v, (x) => x.name + ": " + x.message);
  const alg = (k) => JSON.parse(JSON.stringify(k.algorithm, (key, v) => v instanceof Uint8Array ? ["U8", ...v] : v));
  const enc = new TextEncoder();
  const rsa = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  await P("rsaPkcs8", async () => { const k = await S.importKey("pkcs8", b(KEYS.rsa.pkcs8), rsa, true, ["sign"]); const j = await S.exportKey("jwk", k); return [alg(k), k.type, k.usages, Object.keys(j).sort(), j.alg, j.key_ops, await h8(await S.exportKey("pkcs8", k)) === await h8(b(KEYS.rsa.pkcs8)), j.n === KEYS.rsa.jwk.n, hex(await S.sign(rsa, k, enc.encode("hello"))).slice(0, 32)]; });
  await P("rsaSpki", async () => { const k = await S.importKey("spki", b(KEYS.rsa.spki), rsa, true, ["verify"]); const j = await S.exportKey("jwk", k); return [alg(k), k.type, k.usages, Object.keys(j).sort(), j.key_ops, j.ext, await h8(await S.exportKey("spki", k)) === await h8(b(KEYS.rsa.spki))]; });
  await P("rsaJwkPriv", async () => { const k = await S.importKey("jwk", KEYS.rsa.jwk, rsa, true, ["sign"]); return [k.type, await h8(await S.exportKey("pkcs8", k)) === await h8(b(KEYS.rsa.pkcs8))]; });
  await P("rsaJwkPub", async () => { const { d, p, q, dp, dq, qi, ...pub } = KEYS.rsa.jwk; const k = await S.importKey("jwk", pub, rsa, true, ["verify"]); return [k.type, k.usages, await h8(await S.exportKey("spki", k)) === await h8(b(KEYS.rsa.spki))]; });
  await P("rsaPkcs8AsSpki", async () => e(S.importKey("spki", b(KEYS.rsa.pkcs8), rsa, true, ["verify"])));
  await P("rsaSpkiAsPkcs8", async () => e(S.importKey("pkcs8", b(KEYS.rsa.spki), rsa, true, ["sign"])));
  await P("rsaPkcs8VerifyUsage", async () => e(S.importKey("pkcs8", b(KEYS.rsa.pkcs8), rsa, true, ["verify"])));
  await P("rsaSpkiSignUsage", async () => e(S.importKey("spki", b(KEYS.rsa.spki), rsa, true, ["sign"])));
  await P("rsaRaw", async () => e(S.importKey("raw", b(KEYS.rsa.spki), rsa, true, ["verify"])));
  await P("rsaPssFromPkcs1Key", async () => { const k = await S.importKey("pkcs8", b(KEYS.rsa.pkcs8), { name: "RSA-PSS", hash: "SHA-1" }, true, ["sign"]); return [alg(k), (await S.exportKey("jwk", k)).alg]; });
  await P("rsaOaepFromKey", async () => { const k = await S.importKey("spki", b(KEYS.rsa.spki), { name: "RSA-OAEP", hash: "SHA-384" }, true, ["encrypt", "wrapKey"]); return [alg(k), k.usages, (await S.exportKey("jwk", k)).alg]; });
  await P("rsaOaepBadUsage", async () => e(S.importKey("spki", b(KEYS.rsa.spki), { name: "RSA-OAEP", hash: "SHA-256" }, true, ["decrypt"])));
  await P("rsaJwkMissingE", async () => { const { e: _e, d, p, q, dp, dq, qi, ...pub } = KEYS.rsa.jwk; return e(S.importKey("jwk", pub, rsa, true, ["verify"])); });
  await P("rsaJwkWrongKty", async () => e(S.importKey("jwk", { ...KEYS.rsa.jwk, kty: "EC" }, rsa, true, ["sign"])));
  await P("rsaJwkAlgMismatch", async () => e(S.importKey("jwk", { ...KEYS.rsa.jwk, alg: "RS384" }, rsa, true, ["sign"])));
  await P("garbagePkcs8", async () => e(S.importKey("pkcs8", new Uint8Array([48, 3, 2, 1, 0]), rsa, true, ["sign"])));
  await P("emptySpki", async () => e(S.importKey("spki", new Uint8Array(0), rsa, true, ["verify"])));
  for (const [n, crv] of [["p256", "P-256"], ["p384", "P-384"], ["p521", "P-521"]]) {
    await P(n + "Pkcs8", async () => { const k = await S.importKey("pkcs8", b(KEYS[n].pkcs8), { name: "ECDSA", namedCurve: crv }, true, ["sign"]); const j = await S.exportKey("jwk", k); const re = await S.exportKey("pkcs8", k); return [alg(k), k.usages, Object.keys(j).sort(), j.crv, j.x === KEYS[n].jwk.x, j.d === KEYS[n].jwk.d, re.byteLength, b(KEYS[n].pkcs8).byteLength]; });
    await P(n + "Spki", async () => { const k = await S.importKey("spki", b(KEYS[n].spki), { name: "ECDSA", namedCurve: crv }, true, ["verify"]); const raw = await S.exportKey("raw", k); const k2 = await S.importKey("raw", raw, { name: "ECDH", namedCurve: crv }, true, []); return [alg(k), raw.byteLength, await h8(await S.exportKey("spki", k)) === await h8(b(KEYS[n].spki)), alg(k2), k2.usages, k2.type]; });
    await P(n + "SignVerify", async () => { const k = await S.importKey("jwk", KEYS[n].jwk, { name: "ECDSA", namedCurve: crv }, false, ["sign"]); const { d, ...pub } = KEYS[n].jwk; const kp = await S.importKey("jwk", pub, { name: "ECDSA", namedCurve: crv }, false, ["verify"]); const sig = await S.sign({ name: "ECDSA", hash: "SHA-256" }, k, enc.encode("x")); return [sig.byteLength, await S.verify({ name: "ECDSA", hash: "SHA-256" }, kp, sig, enc.encode("x"))]; });
  }
  await P("ecWrongCurve", async () => e(S.importKey("pkcs8", b(KEYS.p256.pkcs8), { name: "ECDSA", namedCurve: "P-384" }, true, ["sign"])));
  await P("ecJwkWrongCrv", async () => e(S.importKey("jwk", KEYS.p256.jwk, { name: "ECDSA", namedCurve: "P-521" }, true, ["sign"])));
  await P("ecJwkMissingY", async () => { const { y, ...j } = KEYS.p256.jwk; return e(S.importKey("jwk", j, { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"])); });
  await P("ecdhPkcs8", async () => { const k = await S.importKey("pkcs8", b(KEYS.p256.pkcs8), { name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits", "deriveKey"]); return [alg(k), k.usages, (await S.exportKey("jwk", k)).key_ops]; });
  await P("ecdhBits", async () => {
    const a = await S.importKey("pkcs8", b(KEYS.p256.pkcs8), { name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits", "deriveKey"]);
    const pb = await S.importKey("spki", b(KEYS.p256b.spki), { name: "ECDH", namedCurve: "P-256" }, false, []);
    const bb = await S.importKey("pkcs8", b(KEYS.p256b.pkcs8), { name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]);
    const pa = await S.importKey("spki", b(KEYS.p256.spki), { name: "ECDH", namedCurve: "P-256" }, false, []);
    const o = {};
    for (const l of [256, 128, 8, 0, null, 255, 264, 512]) o[String(l)] = await e(S.deriveBits({ name: "ECDH", public: pb }, a, l).then((r) => [r.byteLength, hex(r).slice(0, 8)]));
    o.undef = await e(S.deriveBits({ name: "ECDH", public: pb }, a).then((r) => r.byteLength));
    o.agree = hex(await S.deriveBits({ name: "ECDH", public: pb }, a, 256)) === hex(await S.deriveBits({ name: "ECDH", public: pa }, bb, 256));
    o.key = await e(S.deriveKey({ name: "ECDH", public: pb }, a, { name: "AES-GCM", length: 128 }, true, ["encrypt"]).then(async (k) => [alg(k), (await S.exportKey("raw", k)).byteLength]));
    o.hmacKey = await e(S.deriveKey({ name: "ECDH", public: pb }, a, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]).then(async (k) => [alg(k), (await S.exportKey("raw", k)).byteLength]));
    o.privAsPublic = await e(S.deriveBits({ name: "ECDH", public: a }, a, 256));
    o.noPublic = await e(S.deriveBits({ name: "ECDH" }, a, 256));
    o.pubAsBase = await e(S.deriveBits({ name: "ECDH", public: pb }, pb, 256));
    const p384 = await S.importKey("spki", b(KEYS.p384.spki), { name: "ECDH", namedCurve: "P-384" }, false, []);
    o.curveMismatch = await e(S.deriveBits({ name: "ECDH", public: p384 }, a, 256));
    const ecdsaPub = await S.importKey("spki", b(KEYS.p256b.spki), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
    o.ecdsaPublic = await e(S.deriveBits({ name: "ECDH", public: ecdsaPub }, a, 256));
    return o;
  });
  await P("edKeys", async () => {
    const k = await S.importKey("pkcs8", b(KEYS.ed.pkcs8), "Ed25519", true, ["sign"]);
    const p = await S.importKey("spki", b(KEYS.ed.spki), { name: "Ed25519" }, true, ["verify"]);
    const raw = await S.exportKey("raw", p);
    const pr = await S.importKey("raw", raw, "Ed25519", true, ["verify"]);
    const j = await S.exportKey("jwk", k);
    const sig = await S.sign("Ed25519", k, enc.encode("hello"));
    return [alg(k), k.usages, p.usages, raw.byteLength, Object.keys(j).sort(), j.x === KEYS.ed.jwk.x, j.d === KEYS.ed.jwk.d, hex(sig).slice(0, 32), await S.verify("Ed25519", pr, sig, enc.encode("hello")), await h8(await S.exportKey("spki", pr)) === await h8(b(KEYS.ed.spki)), await h8(await S.exportKey("pkcs8", k)) === await h8(b(KEYS.ed.pkcs8))];
  });
  await P("edJwkImport", async () => { const k = await S.importKey("jwk", KEYS.ed.jwk, "Ed25519", true, ["sign"]); const { d, ...pub } = KEYS.ed.jwk; const p = await S.importKey("jwk", pub, "Ed25519", true, ["verify"]); return [k.type, p.type, (await S.exportKey("jwk", p)).key_ops]; });
  await P("edRawPrivate", async () => e(S.importKey("raw", new Uint8Array(32), "Ed25519", true, ["sign"])));
  await P("edRawBadLen", async () => e(S.importKey("raw", new Uint8Array(31), "Ed25519", true, ["verify"])));
  await P("edPkcs8Verify", async () => e(S.importKey("pkcs8", b(KEYS.ed.pkcs8), "Ed25519", true, ["verify"])));
  await P("edBadSigLen", async () => { const p = await S.importKey("spki", b(KEYS.ed.spki), "Ed25519", true, ["verify"]); return e(S.verify("Ed25519", p, new Uint8Array(63), enc.encode("x"))); });
  await P("edJwkBadCrv", async () => e(S.importKey("jwk", { ...KEYS.ed.jwk, crv: "X25519" }, "Ed25519", true, ["sign"])));
  await P("edJwkBadKty", async () => e(S.importKey("jwk", { ...KEYS.ed.jwk, kty: "EC" }, "Ed25519", true, ["sign"])));
  await P("xKeys", async () => {
    const a = await S.importKey("pkcs8", b(KEYS.x.pkcs8), "X25519", true, ["deriveBits", "deriveKey"]);
    const pb = await S.importKey("spki", b(KEYS.xb.spki), { name: "X25519" }, true, []);
    const bb = await S.importKey("jwk", KEYS.xb.jwk, "X25519", true, ["deriveBits"]);
    const pa = await S.importKey("raw", await S.exportKey("raw", await S.importKey("spki", b(KEYS.x.spki), "X25519", true, [])), "X25519", true, []);
    const o = { alg: alg(a), usages: a.usages, pubUsages: pb.usages };
    const ab = await S.deriveBits({ name: "X25519", public: pb }, a, 256);
    o.agree = hex(ab) === hex(await S.deriveBits({ name: "X25519", public: pa }, bb, 256));
    for (const l of [128, 0, null, 264, 7]) o["len" + l] = await e(S.deriveBits({ name: "X25519", public: pb }, a, l).then((r) => r.byteLength));
    o.jwk = Object.keys(await S.exportKey("jwk", a)).sort();
    o.pkcs8Same = await h8(await S.exportKey("pkcs8", a)) === await h8(b(KEYS.x.pkcs8));
    o.signUsage = await e(S.importKey("pkcs8", b(KEYS.x.pkcs8), "X25519", true, ["sign"]));
    o.pubUsage = await e(S.importKey("spki", b(KEYS.xb.spki), "X25519", true, ["deriveBits"]));
    o.deriveKey = await e(S.deriveKey({ name: "X25519", public: pb }, a, { name: "HKDF" }, false, ["deriveBits"]).then((k) => [alg(k), k.usages, k.extractable]));
    o.asEd = await e(S.importKey("spki", b(KEYS.xb.spki), "Ed25519", true, ["verify"]));
    return o;
  });
}, KEYPRE),

c("webapi5-crypto-wrap-derive-misc", "WebCrypto: crossed Curve25519 imports, RSA-OAEP wrapKey, AES-KW/GCM wrap errors, PBKDF2/HKDF key rules, deriveKey lengths, timingSafeEqual, randomUUID, DigestStream", async (P) => {
  const S = crypto.subtle;
  const b = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const hex = (x) => [...new Uint8Array(x)].map((v) => v.toString(16).padStart(2, "0")).join("");
  const e = (p) => p.then((v) => v, (x) => x.name + ": " + x.message);
  const alg = (k) => JSON.parse(JSON.stringify(k.algorithm, (key, v) => v instanceof Uint8Array ? ["U8", ...v] : v));
  const enc = new TextEncoder();
  await P("edSpkiAsX", async () => e(S.importKey("spki", b(KEYS.ed.spki), "X25519", true, []).then((k) => [alg(k), k.type])));
  await P("edPkcs8AsX", async () => e(S.importKey("pkcs8", b(KEYS.ed.pkcs8), "X25519", true, ["deriveBits"]).then((k) => [alg(k), k.type])));
  await P("xPkcs8AsEd", async () => e(S.importKey("pkcs8", b(KEYS.x.pkcs8), "Ed25519", true, ["sign"]).then((k) => [alg(k), k.type])));
  await P("edJwkAsX", async () => e(S.importKey("jwk", KEYS.ed.jwk, "X25519", true, ["deriveBits"])));
  await P("rsaSpkiAsEc", async () => e(S.importKey("spki", b(KEYS.rsa.spki), { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"])));
  await P("oaepWrap", async () => {
    const pub = await S.importKey("spki", b(KEYS.rsa.spki), { name: "RSA-OAEP", hash: "SHA-256" }, false, ["wrapKey", "encrypt"]);
    const priv = await S.importKey("pkcs8", b(KEYS.rsa.pkcs8), { name: "RSA-OAEP", hash: "SHA-256" }, false, ["unwrapKey", "decrypt"]);
    const k = await S.importKey("raw", new Uint8Array(16).fill(3), "AES-GCM", true, ["encrypt"]);
    const w = await S.wrapKey("raw", k, pub, { name: "RSA-OAEP", label: enc.encode("L") });
    const u = await S.unwrapKey("raw", w, priv, { name: "RSA-OAEP", label: enc.encode("L") }, "AES-GCM", true, ["decrypt"]);
    const badLabel = await e(S.unwrapKey("raw", w, priv, { name: "RSA-OAEP" }, "AES-GCM", true, ["decrypt"]));
    const big = await e(S.encrypt({ name: "RSA-OAEP" }, pub, new Uint8Array(100)));
    const max = await e(S.encrypt({ name: "RSA-OAEP" }, pub, new Uint8Array(62)).then((r) => r.byteLength));
    const jw = await e(S.wrapKey("jwk", k, pub, "RSA-OAEP").then((r) => r.byteLength));
    return [w.byteLength, alg(u), u.usages, hex(await S.exportKey("raw", u)), badLabel, big, max, jw];
  });
  await P("kwWrongKey", async () => {
    const kw = await S.importKey("raw", new Uint8Array(16).fill(1), "AES-KW", false, ["wrapKey", "unwrapKey"]);
    const kw2 = await S.importKey("raw", new Uint8Array(16).fill(2), "AES-KW", false, ["unwrapKey"]);
    const k = await S.importKey("raw", new Uint8Array(16).fill(3), "AES-CBC", true, ["encrypt"]);
    const w = await S.wrapKey("raw", k, kw, "AES-KW");
    return [hex(w), await e(S.unwrapKey("raw", w, kw2, "AES-KW", "AES-CBC", true, ["encrypt"])), await e(S.unwrapKey("raw", w.slice(0, 20), kw, "AES-KW", "AES-CBC", true, ["encrypt"])), await e(S.unwrapKey("raw", w.slice(0, 16), kw, "AES-KW", "AES-CBC", true, ["encrypt"])), await e(S.unwrapKey("raw", new Uint8Array(0), kw, "AES-KW", "AES-CBC", true, ["encrypt"])), await e(S.wrapKey("jwk", k, kw, "AES-KW").then((r) => r.byteLength)), await e(S.encrypt("AES-KW", kw, new Uint8Array(16)))];
  });
  await P("kwRaw15", async () => { const kw = await S.importKey("raw", new Uint8Array(16).fill(1), "AES-KW", false, ["wrapKey"]); const h = await S.importKey("raw", new Uint8Array(15), { name: "HMAC", hash: "SHA-1" }, true, ["sign"]); return e(S.wrapKey("raw", h, kw, "AES-KW")); });
  await P("gcmWrapJwk", async () => {
    const g = await S.importKey("raw", new Uint8Array(32).fill(9), "AES-GCM", false, ["wrapKey", "unwrapKey"]);
    const h = await S.importKey("raw", new Uint8Array(20).fill(5), { name: "HMAC", hash: "SHA-256" }, true, ["sign", "verify"]);
    const w = await S.wrapKey("jwk", h, g, { name: "AES-GCM", iv: new Uint8Array(12) });
    const txt = new TextDecoder().decode(await S.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, await S.importKey("raw", new Uint8Array(32).fill(9), "AES-GCM", false, ["decrypt"]), w));
    const u = await S.unwrapKey("jwk", w, g, { name: "AES-GCM", iv: new Uint8Array(12) }, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
    return [w.byteLength, JSON.parse(txt), alg(u), u.usages, u.extractable];
  });
  await P("pbkdf2Import", async () => [await e(S.importKey("raw", enc.encode("pw"), "PBKDF2", true, ["deriveBits"])), await e(S.importKey("raw", enc.encode("pw"), "PBKDF2", false, ["sign"])), await e(S.importKey("jwk", { kty: "oct", k: "cHc" }, "PBKDF2", false, ["deriveBits"])), await e(S.importKey("raw", enc.encode("pw"), "PBKDF2", false, ["deriveKey"]).then(async (k) => [alg(k), k.usages, k.extractable, k.type, await e(S.exportKey("raw", k))]))]);
  await P("hkdfImport", async () => [await e(S.importKey("raw", enc.encode("pw"), "HKDF", true, ["deriveBits"])), await e(S.importKey("raw", enc.encode("pw"), "HKDF", false, ["encrypt"])), await e(S.importKey("raw", new Uint8Array(0), "HKDF", false, ["deriveBits"]).then((k) => alg(k)))]);
  await P("pbkdf2EmptyPw", async () => { const k = await S.importKey("raw", new Uint8Array(0), "PBKDF2", false, ["deriveBits"]); return e(S.deriveBits({ name: "PBKDF2", salt: new Uint8Array(4), iterations: 1, hash: "SHA-256" }, k, 128).then(hex)); });
  await P("pbkdf2DeriveKeys", async () => {
    const k = await S.importKey("raw", enc.encode("pw"), "PBKDF2", false, ["deriveKey"]);
    const pp = { name: "PBKDF2", salt: enc.encode("salt"), iterations: 2, hash: "SHA-1" };
    const o = {};
    for (const [n, a] of [["gcm", { name: "AES-GCM", length: 256 }], ["cbcNoLen", { name: "AES-CBC" }], ["hmac", { name: "HMAC", hash: "SHA-512" }], ["hmacLen", { name: "HMAC", hash: "SHA-256", length: 100 }], ["hkdf", "HKDF"], ["pbkdf2", "PBKDF2"], ["ecdsa", { name: "ECDSA", namedCurve: "P-256" }], ["kw", { name: "AES-KW", length: 192 }], ["ctr", { name: "AES-CTR", length: 64 }]]) {
      o[n] = await e(S.deriveKey(pp, k, a, true, n === "kw" ? ["wrapKey"] : n === "hkdf" || n === "pbkdf2" ? ["deriveBits"] : ["sign"].concat(n.startsWith("hmac") || n === "ecdsa" ? [] : []).map((u) => n.startsWith("hmac") || n === "ecdsa" ? u : "encrypt")).then(async (r) => [alg(r), r.usages, await e(S.exportKey("raw", r).then(hex))]));
    }
    return o;
  });
  await P("hkdfVector", async () => { const k = await S.importKey("raw", new Uint8Array(22).fill(0x0b), "HKDF", false, ["deriveBits"]); return hex(await S.deriveBits({ name: "HKDF", hash: "SHA-256", salt: Uint8Array.from({ length: 13 }, (_, i) => i), info: Uint8Array.from({ length: 10 }, (_, i) => 0xf0 + i) }, k, 336)); });
  await P("timingSafeEqual", async () => { const f = crypto.subtle.timingSafeEqual; const o = [typeof f]; if (typeof f !== "function") return o; for (const [a, c] of [[new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Uint8Array([1, 3])], [new ArrayBuffer(2), new Uint8Array(2)], [new Uint16Array([1]), new Uint8Array([1, 0])], [new DataView(new ArrayBuffer(1)), new Uint8Array(1)], [new Uint8Array(1), new Uint8Array(2)], ["a", "a"], [new Uint8Array(0), new Uint8Array(0)]]) { try { o.push(crypto.subtle.timingSafeEqual(a, c)); } catch (x) { o.push(x.name + ": " + x.message); } } try { o.push(f(new Uint8Array(1), new Uint8Array(1))); } catch (x) { o.push(x.name + ": " + x.message); } o.push(f.length, f.name); return o; });
  await P("randomUUID", async () => { const u = crypto.randomUUID(); return [u.length, u[14], "89ab".includes(u[19]), u === u.toLowerCase(), u.split("-").map((x) => x.length), crypto.randomUUID.length, crypto.randomUUID.name]; });
  await P("digestStream", async () => {
    const o = {};
    for (const a of ["SHA-1", "sha-256", "SHA-384", "SHA-512", "MD5", { name: "SHA-256" }, "SHA-3", "md5"]) {
      try {
        const d = new crypto.DigestStream(a); const w = d.getWriter(); await w.write(enc.encode("ab")); await w.write(new Uint8Array([99]).buffer); await w.close(); o[JSON.stringify(a)] = hex(await d.digest);
      } catch (x) { o[JSON.stringify(a)] = x.name + ": " + x.message; }
    }
    const d = new crypto.DigestStream("SHA-256");
    o.shape = [Object.prototype.toString.call(d), d instanceof WritableStream, typeof d.digest.then, "bytesWritten" in d, d.bytesWritten, d.locked];
    o.writeString = await e((async () => { const x = new crypto.DigestStream("SHA-1"); const w = x.getWriter(); await w.write("abc"); await w.close(); return hex(await x.digest); })());
    o.empty = await e((async () => { const x = new crypto.DigestStream("SHA-1"); await x.getWriter().close(); return hex(await x.digest); })());
    o.abort = await e((async () => { const x = new crypto.DigestStream("SHA-1"); await x.getWriter().abort(new Error("boom")); return await x.digest; })());
    o.pipe = await e((async () => { const x = new crypto.DigestStream("SHA-256"); await new Response("abc").body.pipeTo(x); return [hex(await x.digest).slice(0, 16), x.bytesWritten]; })());
    o.noArg = await e((async () => new crypto.DigestStream())());
    o.noNew = await e((async () => crypto.DigestStream("SHA-1"))());
    return o;
  });
  await P("getRandomValuesTypes", () => ["Int8Array", "Uint8Array", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "BigInt64Array", "Float16Array"].map((n) => { try { const a = globalThis[n]; if (!a) return n + " missing"; const r = crypto.getRandomValues(new a(4)); return [n, r.length, r.constructor.name]; } catch (x) { return n + " " + x.name + ": " + x.message; } }));
  await P("getRandomValuesBad", () => [null, undefined, [1, 2], "abc", 5, {}].map((v) => { try { return crypto.getRandomValues(v); } catch (x) { return x.name + ": " + x.message; } }));
  await P("subtleShape", () => [Object.getOwnPropertyNames(Object.getPrototypeOf(crypto.subtle)).sort(), Object.prototype.toString.call(crypto.subtle), Object.prototype.toString.call(crypto), typeof Crypto, typeof SubtleCrypto, crypto.subtle instanceof SubtleCrypto]);
}, KEYPRE),

c("webapi5-text-encoding-labels", "TextDecoder: every WHATWG label workerd knows (encoding names or RangeError), fatal errors on bad UTF-8/UTF-16, ignoreBOM, stream mode across splits, legacy decodes", async (P) => {
  const labels = ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8", "866", "cp866", "csibm866", "ibm866", "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2", "iso_8859-2:1987", "l2", "latin2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "cyrillic", "iso-8859-6", "arabic", "asmo-708", "iso-8859-6-e", "iso-8859-6-i", "iso-8859-7", "greek", "sun_eu_greek", "iso-8859-8", "hebrew", "visual", "iso-8859-8-i", "logical", "csiso88598i", "iso-8859-10", "latin6", "iso-8859-13", "iso-8859-14", "iso-8859-15", "latin9", "l9", "iso-8859-16", "cskoi8r", "koi", "koi8", "koi8-r", "koi8_r", "koi8-ru", "koi8-u", "csmacintosh", "mac", "macintosh", "x-mac-roman", "dos-874", "iso-8859-11", "tis-620", "windows-874", "cp1250", "windows-1250", "x-cp1250", "windows-1251", "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252", "cp1253", "windows-1253", "cp1254", "iso-8859-9", "latin5", "windows-1254", "windows-1255", "windows-1256", "windows-1257", "windows-1258", "x-mac-cyrillic", "x-mac-ukrainian", "chinese", "csgb2312", "gb2312", "gbk", "x-gbk", "gb18030", "big5", "big5-hkscs", "cn-big5", "x-x-big5", "cseucpkdfmtjapanese", "euc-jp", "x-euc-jp", "csiso2022jp", "iso-2022-jp", "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis", "cseuckr", "euc-kr", "korean", "ks_c_5601-1987", "windows-949", "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "replacement", "unicodefffe", "utf-16be", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le", "x-user-defined", "utf-32", "UTF-8 ", " Utf-16LE", "\tlatin1\n", "utf\u00a08", "cesu-8", "utf-7"];
  await P("labels", () => { const o = {}; for (const l of labels) { try { o[l] = new TextDecoder(l).encoding; } catch (x) { o[l] = x.name + ": " + x.message; } } return o; });
  const bad = { lone80: [0x80], c0: [0xc0, 0x80], overlong: [0xe0, 0x80, 0x80], surrogate: [0xed, 0xa0, 0x80], trunc: [0xe2, 0x82], f5: [0xf5, 0x80, 0x80, 0x80], big: [0xf4, 0x90, 0x80, 0x80], mixed: [0x61, 0xe2, 0x28, 0xa1, 0x62], ff: [0xff, 0xfe] };
  await P("replace", () => Object.fromEntries(Object.entries(bad).map(([k, v]) => [k, [...new TextDecoder().decode(new Uint8Array(v))].map((c) => c.codePointAt(0).toString(16))])));
  await P("fatal", () => Object.fromEntries(Object.entries(bad).map(([k, v]) => { try { return [k, new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(v))]; } catch (x) { return [k, x.name + ": " + x.message + " " + x.constructor.name]; } })));
  await P("fatalUtf16", () => [[0x00, 0xd8], [0x00, 0xdc, 0x41, 0x00], [0x41]].map((v) => { try { return new TextDecoder("utf-16le", { fatal: true }).decode(new Uint8Array(v)); } catch (x) { return x.name + ": " + x.message; } }));
  await P("utf16Replace", () => [[0x00, 0xd8], [0x00, 0xdc, 0x41, 0x00], [0x41], [0x3d, 0xd8, 0x00, 0xde]].map((v) => [...new TextDecoder("utf-16le").decode(new Uint8Array(v))].map((c) => c.codePointAt(0).toString(16))));
  await P("utf16beDecode", () => [...new TextDecoder("utf-16be").decode(new Uint8Array([0xfe, 0xff, 0, 0x41, 0xd8, 0x3d, 0xde, 0]))].map((c) => c.codePointAt(0).toString(16)));
  await P("bom", () => { const u = new Uint8Array([0xef, 0xbb, 0xbf, 0x61]); return [new TextDecoder().decode(u).length, new TextDecoder("utf-8", { ignoreBOM: true }).decode(u).length, new TextDecoder("utf-16le").decode(new Uint8Array([0xff, 0xfe, 0x61, 0])).length, new TextDecoder("utf-16le", { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x61, 0])).length, new TextDecoder("utf-16le").decode(new Uint8Array([0xfe, 0xff, 0x61, 0])).length, new TextDecoder("windows-1252").decode(u).length]; });
  await P("bomStream", () => { const d = new TextDecoder(); const a = d.decode(new Uint8Array([0xef]), { stream: true }); const b2 = d.decode(new Uint8Array([0xbb]), { stream: true }); const c2 = d.decode(new Uint8Array([0xbf, 0x61]), { stream: true }); const e2 = d.decode(new Uint8Array([0xef, 0xbb, 0xbf])); return [a, b2, c2, e2.length, d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x62])).length]; });
  await P("streamSplit", () => { const d = new TextDecoder(); const bytes = new TextEncoder().encode("a€😀b"); const o = []; for (const x of bytes) o.push(d.decode(new Uint8Array([x]), { stream: true })); o.push(d.decode()); return o; });
  await P("streamTruncEnd", () => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), [...d.decode()].map((c) => c.codePointAt(0).toString(16)), d.decode(new Uint8Array([0x61]))]; });
  await P("streamFatalEnd", () => { const d = new TextDecoder("utf-8", { fatal: true }); d.decode(new Uint8Array([0xe2]), { stream: true }); try { return d.decode(); } catch (x) { return [x.name, x.message, d.decode(new Uint8Array([0x62]))]; } });
  await P("legacy", () => { const o = {}; const bytes = new Uint8Array([0x41, 0x80, 0x9f, 0xa4, 0xe9, 0xff]); for (const l of ["windows-1252", "iso-8859-2", "koi8-r", "ibm866", "macintosh", "windows-874", "x-user-defined", "iso-8859-8", "windows-1255", "iso-8859-1", "ascii"]) { try { o[l] = [...new TextDecoder(l).decode(bytes)].map((c) => c.codePointAt(0).toString(16)).join(" "); } catch (x) { o[l] = x.name + ": " + x.message; } } return o; });
  await P("cjk", () => { const o = {}; for (const [l, v] of [["shift_jis", [0x82, 0xa0, 0x41, 0x81]], ["euc-jp", [0xa4, 0xa2, 0x8e, 0xb1]], ["gbk", [0xc4, 0xe3, 0x80]], ["gb18030", [0x81, 0x30, 0x81, 0x30, 0xc4, 0xe3]], ["big5", [0xa4, 0x40, 0x88, 0x62]], ["euc-kr", [0xb0, 0xa1, 0xc8]], ["iso-2022-jp", [0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42, 0x41]]]) { try { o[l] = [...new TextDecoder(l).decode(new Uint8Array(v))].map((c) => c.codePointAt(0).toString(16)).join(" "); } catch (x) { o[l] = x.name + ": " + x.message; } } return o; });
  await P("cjkFatal", () => { try { return new TextDecoder("shift_jis", { fatal: true }).decode(new Uint8Array([0x82])); } catch (x) { return x.name + ": " + x.message; } });
  await P("decodeArgs", () => { const d = new TextDecoder(); return [d.decode(), d.decode(undefined), d.decode(new ArrayBuffer(1)).length, d.decode(new DataView(new Uint8Array([0x68, 0x69]).buffer, 1)), d.decode(new Uint16Array([0x6968])), d.decode(new Uint8Array([0x61, 0x62]).subarray(1))]; });
  await P("decodeNull", () => new TextDecoder().decode(null));
  await P("optionsTypes", () => [new TextDecoder("utf-8", { fatal: 1 }).fatal, new TextDecoder("utf-8", { ignoreBOM: "x" }).ignoreBOM, new TextDecoder(undefined).encoding, new TextDecoder("utf-8", null).fatal]);
  await P("optionsBad", () => new TextDecoder("utf-8", 5));
  await P("encoderStream", async () => { const s = new TextEncoderStream(); const w = s.writable.getWriter(); w.write("a\ud83d"); w.write("\ude00b"); w.write("\ud800"); w.close(); const out = []; for await (const ch of s.readable) out.push(hex(ch)); return out; });
  await P("encoderStreamNonString", async () => { const s = new TextEncoderStream(); const w = s.writable.getWriter(); w.write(123); w.write({ toString() { return "x"; } }); w.close(); const out = []; for await (const ch of s.readable) out.push(hex(ch)); return out; });
  await P("decoderStreamFatal", async () => { const s = new TextDecoderStream("utf-8", { fatal: true }); const w = s.writable.getWriter(); w.write(new Uint8Array([0x61, 0xff])).catch(() => {}); w.close().catch(() => {}); const out = []; try { for await (const ch of s.readable) out.push(ch); } catch (x) { out.push(x.name + ": " + x.message); } return out; });
  await P("decoderStreamSplit", async () => { const s = new TextDecoderStream(); const w = s.writable.getWriter(); w.write(new Uint8Array([0xe2, 0x82])); w.write(new Uint8Array([0xac, 0xe2])); w.close(); const out = []; for await (const ch of s.readable) out.push(ch); return out.map((x) => [...x].map((c) => c.codePointAt(0).toString(16))); });
  await P("decoderStreamUtf16", async () => { const s = new TextDecoderStream("utf-16le"); const w = s.writable.getWriter(); w.write(new Uint8Array([0x61])); w.write(new Uint8Array([0x00, 0x62])); w.close(); const out = []; for await (const ch of s.readable) out.push(ch); return [out, s.encoding, s.fatal, s.ignoreBOM]; });
  await P("decoderStreamBadChunk", async () => { const s = new TextDecoderStream(); const w = s.writable.getWriter(); const p = w.write("abc").then(() => "ok", (x) => x.name + ": " + x.message); const r = await s.readable.getReader().read().then((v) => v, (x) => x.name + ": " + x.message); return [await p, r]; });
}),

c("webapi5-compression-corrupt-and-raw", "CompressionStream/DecompressionStream: deflate-raw bytes, round trips of all formats, corrupt input, truncated input, trailing garbage, empty input, chunk types", async (P) => {
  const hex = (x) => [...new Uint8Array(x)].map((v) => v.toString(16).padStart(2, "0")).join("");
  const run = async (s, chunks) => { const w = s.writable.getWriter(); const wp = (async () => { for (const c of chunks) await w.write(c); await w.close(); })().catch((x) => "W " + x.name + ": " + x.message); const parts = []; let err = null; try { for await (const c of s.readable) parts.push(...new Uint8Array(c)); } catch (x) { err = x.name + ": " + x.message; } return { bytes: hex(parts), err, w: await wp ?? null }; };
  const enc = new TextEncoder();
  for (const f of ["gzip", "deflate", "deflate-raw"]) {
    await P(f + "Empty", async () => (await run(new CompressionStream(f), [])).bytes);
    await P(f + "Abc", async () => (await run(new CompressionStream(f), [enc.encode("abcabcabcabc")])).bytes);
    await P(f + "TwoChunks", async () => (await run(new CompressionStream(f), [enc.encode("hello "), enc.encode("world")])).bytes);
    await P(f + "RoundTrip", async () => { const c = await run(new CompressionStream(f), [enc.encode("x".repeat(1000))]); const bytes = Uint8Array.from(c.bytes.match(/../g).map((h) => parseInt(h, 16))); const d = await run(new DecompressionStream(f), [bytes.subarray(0, 3), bytes.subarray(3)]); return [bytes.length, d.bytes.length / 2, d.err]; });
    await P(f + "Garbage", async () => run(new DecompressionStream(f), [new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]));
    await P(f + "EmptyInput", async () => run(new DecompressionStream(f), []));
    await P(f + "Truncated", async () => { const c = await run(new CompressionStream(f), [enc.encode("hello world hello")]); const bytes = Uint8Array.from(c.bytes.match(/../g).map((h) => parseInt(h, 16))); return run(new DecompressionStream(f), [bytes.subarray(0, bytes.length - 4)]); });
    await P(f + "Trailing", async () => { const c = await run(new CompressionStream(f), [enc.encode("hi")]); const bytes = Uint8Array.from([...c.bytes.match(/../g).map((h) => parseInt(h, 16)), 1, 2, 3]); return run(new DecompressionStream(f), [bytes]); });
  }
  await P("gzipAsDeflate", async () => { const c = await run(new CompressionStream("gzip"), [enc.encode("hi")]); return run(new DecompressionStream("deflate"), [Uint8Array.from(c.bytes.match(/../g).map((h) => parseInt(h, 16)))]); });
  await P("deflateAsRaw", async () => { const c = await run(new CompressionStream("deflate"), [enc.encode("hi")]); return run(new DecompressionStream("deflate-raw"), [Uint8Array.from(c.bytes.match(/../g).map((h) => parseInt(h, 16)))]); });
  await P("gzipBadCrc", async () => { const c = await run(new CompressionStream("gzip"), [enc.encode("hi")]); const b = Uint8Array.from(c.bytes.match(/../g).map((h) => parseInt(h, 16))); b[b.length - 6] ^= 1; return run(new DecompressionStream("gzip"), [b]); });
  await P("chunkTypes", async () => { const o = {}; for (const [n, v] of [["ab", new ArrayBuffer(2)], ["dv", new DataView(new ArrayBuffer(2))], ["u16", new Uint16Array(1)], ["str", "ab"], ["num", 5], ["null", null], ["arr", [1, 2]]]) { o[n] = await run(new CompressionStream("deflate-raw"), [v]); } return o; });
  await P("formats", () => ["gzip", "deflate", "deflate-raw", "GZIP", "br", "zstd", "", "brotli"].map((f) => { try { new CompressionStream(f); try { new DecompressionStream(f); return "ok"; } catch (x) { return "d " + x.name + ": " + x.message; } } catch (x) { return x.name + ": " + x.message; } }));
  await P("shape", () => { const s = new DecompressionStream("gzip"); return [Object.prototype.toString.call(s), s.readable instanceof ReadableStream, s.writable instanceof WritableStream, Object.getOwnPropertyNames(Object.getPrototypeOf(s)).sort(), DecompressionStream.length, CompressionStream.name]; });
  await P("responseBodyPipe", async () => { const r = new Response("abcabc").body.pipeThrough(new CompressionStream("deflate-raw")).pipeThrough(new DecompressionStream("deflate-raw")); return new Response(r).text(); });
}),

c("webapi5-urlpattern-forms", "URLPattern: constructor forms (string, init, baseURL, options), exec groups and inputs, test with base, ignoreCase, regexp groups, wildcards, modifiers, component getters, errors", async (P) => {
  const x = (r) => r === null ? null : JSON.parse(JSON.stringify(r));
  await P("strBase", () => { const p = new URLPattern("/books/:id", "https://ex.com"); return [p.protocol, p.username, p.password, p.hostname, p.port, p.pathname, p.search, p.hash, p.test("https://ex.com/books/1"), p.test("https://ex.com/books/1?x"), p.test("http://ex.com/books/1")]; });
  await P("strFull", () => { const p = new URLPattern("https://*.ex.com/:a/*?q=:v#h"); return [p.protocol, p.hostname, p.pathname, p.search, p.hash, x(p.exec("https://a.b.ex.com/x/y/z?q=1#h"))]; });
  await P("strRelativeNoBase", () => new URLPattern("/books/:id"));
  await P("initEmpty", () => { const p = new URLPattern({}); return [p.protocol, p.hostname, p.pathname, p.search, p.test("https://any.thing/x?y#z"), p.test({ pathname: "/q" })]; });
  await P("noArgs", () => { const p = new URLPattern(); return [p.pathname, p.test("http://a/b")]; });
  await P("initBase", () => { const p = new URLPattern({ pathname: "/a/:b", baseURL: "https://ex.com/x/y?z#w" }); return [p.protocol, p.hostname, p.port, p.pathname, p.search, p.hash]; });
  await P("initRelPath", () => { const p = new URLPattern({ pathname: "c/:d", baseURL: "https://ex.com/x/y" }); return p.pathname; });
  await P("initBaseNoProto", () => new URLPattern({ pathname: "/a", baseURL: "nope" }));
  await P("strWithBaseAndInit", () => new URLPattern({ pathname: "/a" }, "https://ex.com"));
  await P("ignoreCase", () => { const p = new URLPattern({ pathname: "/Books/:id" }, { ignoreCase: true }); const q = new URLPattern("/Books/:id", "https://ex.com", { ignoreCase: true }); return [p.test({ pathname: "/books/1" }), q.test("https://ex.com/BOOKS/2"), p.hasRegExpGroups, new URLPattern({ pathname: "/Books" }).test({ pathname: "/books" })]; });
  await P("execShape", () => { const p = new URLPattern({ pathname: "/u/:id(\\d+)/:rest*" }); const r = p.exec("https://h.com/u/42/a/b"); return [Object.keys(r), r.inputs, r.pathname, r.protocol, r.hostname, r.search]; });
  await P("execNoMatch", () => new URLPattern({ pathname: "/a" }).exec("https://h/b"));
  await P("execWithBase", () => x(new URLPattern({ pathname: "/a/:x" }).exec("/a/1", "https://h")));
  await P("execInit", () => x(new URLPattern({ hostname: ":sub.ex.com" }).exec({ hostname: "api.ex.com", pathname: "/z" })));
  await P("execInitBase", () => x(new URLPattern({ pathname: "/a/:x" }).exec({ pathname: "/a/1", baseURL: "https://h" })));
  await P("testBadUrl", () => new URLPattern({ pathname: "/a" }).test("not a url"));
  await P("testInitWithBaseStr", () => new URLPattern({ pathname: "/a" }).test({ pathname: "/a" }, "https://h"));
  await P("regexGroups", () => { const p = new URLPattern({ pathname: "/(\\d+)/:name([a-z]+)/(.*)" }); return [p.hasRegExpGroups, x(p.exec({ pathname: "/12/abc/x/y" }))?.pathname]; });
  await P("modifiers", () => { const p = new URLPattern({ pathname: "/a/:b?/:c+/:d*" }); return [p.test({ pathname: "/a/x/y" }), p.test({ pathname: "/a" }), x(p.exec({ pathname: "/a/1/2/3/4" }))?.pathname.groups]; });
  await P("groupsBraces", () => { const p = new URLPattern({ pathname: "/blog{/:year}?{/:slug}?" }); return [p.pathname, x(p.exec({ pathname: "/blog/2024" }))?.pathname.groups, p.test({ pathname: "/blog" })]; });
  await P("wildcardGroups", () => x(new URLPattern({ pathname: "/*/x/*" }).exec({ pathname: "/a/b/x/c" }))?.pathname.groups);
  await P("normalized", () => { const p = new URLPattern({ pathname: "/caf\u00e9/:x", hostname: "EXAMPLE.com", protocol: "HTTPS" }); return [p.pathname, p.hostname, p.protocol]; });
  await P("portDefault", () => { const p = new URLPattern({ protocol: "https", port: "443" }); return [p.port, p.test("https://h:443/"), p.test("https://h/")]; });
  await P("searchHash", () => { const p = new URLPattern({ search: "a=:v&*", hash: "sec-:n" }); return [p.search, p.hash, x(p.exec("https://h/?a=1&b=2#sec-3"))?.search.groups]; });
  await P("errDupName", () => new URLPattern({ pathname: "/:a/:a" }));
  await P("errBadRegex", () => new URLPattern({ pathname: "/(a" }));
  await P("errBadName", () => new URLPattern({ pathname: "/:" }));
  await P("errBackref", () => new URLPattern({ pathname: "/(\\1)" }));
  await P("errBadType", () => new URLPattern(5));
  await P("errOptsType", () => new URLPattern({ pathname: "/a" }, { ignoreCase: 1 }).test({ pathname: "/A" }));
  await P("errNullInit", () => new URLPattern(null));
  await P("errBaseType", () => new URLPattern("/a", 5));
  await P("shape", () => { const p = new URLPattern({ pathname: "/a" }); return [Object.prototype.toString.call(p), Object.getOwnPropertyNames(URLPattern.prototype).sort(), typeof URLPattern.compareComponent, JSON.stringify(p), Object.keys(p)]; });
  await P("protoRelative", () => { const p = new URLPattern("//ex.com/a", "https://b.com"); return [p.protocol, p.hostname, p.pathname]; });
  await P("escapedColon", () => { const p = new URLPattern({ pathname: "/a\\:b" }); return [p.pathname, p.test({ pathname: "/a:b" })]; });
  await P("ipv6Host", () => { const p = new URLPattern({ hostname: "[::1]" }); return [p.hostname, p.test("http://[::1]/")]; });
  await P("customProto", () => { const p = new URLPattern("data\\:foo*"); return [p.protocol, p.pathname, p.test("data:foobar")]; });
}),

c("webapi5-clone-events-blobs", "structuredClone of more types and errors, EventTarget/AbortSignal details, Blob/File slicing and types, navigator/performance shapes", async (P) => {
  const d = (v) => Object.prototype.toString.call(v);
  await P("cloneTypes", () => { const src = { u8: new Uint8Array([1, 2]), f64: new Float64Array([1.5]), dv: new DataView(new ArrayBuffer(3)), big: 10n, bigObj: Object(10n), date: new Date(0), re: /a+b/gi, map: new Map([[1, { a: 1 }]]), set: new Set(["x"]), err: new RangeError("r"), nested: [[1, [2]]], undef: undefined, nul: null, nan: NaN, inf: -Infinity, str: new String("s"), bool: new Boolean(false) }; const c = structuredClone(src); return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, [d(v), typeof v === "bigint" ? String(v) : v instanceof Map ? [...v] : v instanceof Set ? [...v] : v instanceof RegExp ? [v.source, v.flags, v.lastIndex] : v instanceof Error ? [v.name, v.message, "stack" in v] : ArrayBuffer.isView(v) ? [v.constructor.name, v.byteLength] : v instanceof Date ? v.getTime() : typeof v === "object" && v !== null ? v.valueOf() === v ? JSON.stringify(v) : String(v.valueOf()) : String(v)]])); });
  await P("cloneSharedBuffer", () => { const b = new ArrayBuffer(4); const c = structuredClone({ a: new Uint8Array(b), b: new Uint16Array(b) }); return [c.a.buffer === c.b.buffer, c.b.length]; });
  await P("cloneBlob", async () => { const c = structuredClone(new Blob(["ab"], { type: "text/x" })); return [d(c), c.size, c.type, await c.text()]; });
  await P("cloneFile", async () => { const c = structuredClone(new File(["ab"], "f.txt", { lastModified: 5 })); return [d(c), c.name, c.lastModified]; });
  await P("cloneErrors", () => [() => structuredClone(() => 1), () => structuredClone(Symbol("x")), () => structuredClone({ s: Symbol() }), () => structuredClone(new WeakMap()), () => structuredClone(new Request("http://x/")), () => structuredClone(new Headers()), () => structuredClone(new URL("http://x/")), () => structuredClone(Promise.resolve())].map((f) => { try { return d(f()); } catch (x) { return x.name + ": " + x.message; } }));
  await P("cloneGetterOrder", () => { const log = []; const o = { get a() { log.push("a"); return 1; }, get b() { log.push("b"); return 2; } }; const c = structuredClone(o); return [log, Object.getOwnPropertyDescriptor(c, "a").value]; });
  await P("cloneProtoLost", () => { class A { constructor() { this.x = 1; } m() {} } const c = structuredClone(new A()); return [c.constructor.name, c.x, typeof c.m]; });
  await P("cloneNonEnum", () => { const o = {}; Object.defineProperty(o, "h", { value: 1, enumerable: false }); o.v = 2; return Object.keys(structuredClone(o)); });
  await P("cloneArrayProps", () => { const a = [1, 2]; a.extra = "e"; const c = structuredClone(a); return [c.length, c.extra]; });
  await P("cloneTransfer", () => { const b = new Uint8Array([1, 2, 3]).buffer; const c = structuredClone(b, { transfer: [b] }); return [b.byteLength, c.byteLength]; });
  await P("eventTargetOrder", () => { const t = new EventTarget(); const log = []; const f = () => log.push("f"); t.addEventListener("x", f); t.addEventListener("x", f); t.addEventListener("x", f, { capture: true }); t.addEventListener("x", () => log.push("once"), { once: true }); t.addEventListener("x", { handleEvent(e) { log.push("obj:" + (this !== t)); } }); t.dispatchEvent(new Event("x")); t.dispatchEvent(new Event("x")); t.removeEventListener("x", f); t.dispatchEvent(new Event("x")); return log; });
  await P("eventFields", () => { const t = new EventTarget(); let seen; t.addEventListener("y", (e) => { seen = [e.type, e.target === t, e.currentTarget === t, e.eventPhase, e.bubbles, e.cancelable, e.composed, e.isTrusted, e.defaultPrevented, typeof e.timeStamp, e.returnValue, e.cancelBubble, e.srcElement === t, e.composedPath().length]; }); const r = t.dispatchEvent(new Event("y", { cancelable: true, bubbles: true, composed: true })); const e = new Event("y"); return [seen, r, e.eventPhase, e.target, e.composedPath()]; });
  await P("eventCancel", () => { const t = new EventTarget(); t.addEventListener("c", (e) => { e.preventDefault(); }); t.addEventListener("d", (e) => { e.returnValue = false; }); return [t.dispatchEvent(new Event("c", { cancelable: true })), t.dispatchEvent(new Event("d", { cancelable: true })), t.dispatchEvent(new Event("c"))]; });
  await P("eventPassive", () => { const t = new EventTarget(); let dp; t.addEventListener("p", (e) => { e.preventDefault(); dp = e.defaultPrevented; }, { passive: true }); return [t.dispatchEvent(new Event("p", { cancelable: true })), dp]; });
  await P("eventReDispatch", () => { const t = new EventTarget(); const e = new Event("r"); t.addEventListener("r", () => { try { t.dispatchEvent(e); } catch (x) { throw x; } }); try { t.dispatchEvent(e); return "ok"; } catch (x) { return x.name + ": " + x.message; } });
  await P("abortAny", async () => { const a = new AbortController(); const b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]); const log = []; s.addEventListener("abort", () => log.push("any")); a.signal.addEventListener("abort", () => log.push("a")); b.abort("B"); a.abort("A"); return [s.aborted, s.reason, log, AbortSignal.any([AbortSignal.abort("pre")]).reason]; });
  await P("abortAnyNested", () => { const a = new AbortController(); const s1 = AbortSignal.any([a.signal]); const s2 = AbortSignal.any([s1]); a.abort(); return [s2.aborted, s2.reason?.name, s2.reason?.message]; });
  await P("abortReasonDefault", () => { const a = new AbortController(); a.abort(); return [a.signal.reason.name, a.signal.reason.message, a.signal.reason.code, a.signal.reason instanceof DOMException]; });
  await P("timeoutReason", async () => { const s = AbortSignal.timeout(1); await new Promise((r) => setTimeout(r, 20)); return [s.aborted, s.reason?.name, s.reason?.message, s.reason?.code]; });
  await P("throwIfAbortedValue", () => { const a = new AbortController(); a.abort(42); try { a.signal.throwIfAborted(); } catch (x) { return x; } });
  await P("blobSlices", async () => { const b = new Blob(["abcdef"], { type: "text/plain" }); const r = []; for (const args of [[], [2], [-2], [1, -1], [4, 2], [-100, 100], [1.7, 3.2], ["1", "3"], [NaN, Infinity], [0, 3, "X/Y"], [0, 3, "a\u00e9"], [undefined, undefined, undefined]]) { const s = b.slice(...args); r.push([s.size, s.type, await s.text()]); } return r; });
  await P("blobParts", async () => { const b = new Blob(["a", new Uint8Array([98]), new Blob(["c"]), new Uint16Array([0x6564]).buffer, new DataView(new Uint8Array([102]).buffer), 7, { toString() { return "o"; } }]); return [b.size, await b.text()]; });
  await P("blobEndings", async () => [await new Blob(["a\nb\r\nc"], { endings: "native" }).text(), await new Blob(["a\nb"], { endings: "transparent" }).text()]);
  await P("blobBadEndings", () => new Blob(["a"], { endings: "x" }));
  await P("blobTypeNormal", () => ["TEXT/Plain", "a\u0001b", "text/plain; charset=UTF-8", " x "].map((t) => new Blob([], { type: t }).type));
  await P("blobBadParts", () => new Blob("abc"));
  await P("blobStreamBytes", async () => { const b = new Blob(["xy"]); const r = b.stream().getReader(); const c = await r.read(); return [d(c.value), c.value.length, [...new Uint8Array(await b.arrayBuffer())], d(await b.bytes?.())]; });
  await P("fileCtor", () => { const f = new File(["a", "b"], "dir/x.txt", { type: "Text/Plain", lastModified: 123.9 }); return [f.name, f.type, f.size, f.lastModified, d(f), f instanceof Blob, typeof File.prototype.webkitRelativePath, f.webkitRelativePath]; });
  await P("fileNoName", () => new File(["a"]));
  await P("fileDefaultTime", () => { const f = new File([], "n"); return [typeof f.lastModified, f.lastModified > 0]; });
  await P("fileSlice", () => { const f = new File(["abc"], "n.txt", { type: "t/x" }); const s = f.slice(1); return [d(s), s.type, s.size, s.name]; });
  await P("navigatorShape", () => [navigator.userAgent, navigator.hardwareConcurrency, navigator.language, navigator.languages, typeof navigator.sendBeacon, d(navigator), Object.getOwnPropertyNames(Object.getPrototypeOf(navigator)).sort()]);
  await P("performanceShape", () => [typeof performance.now(), performance.timeOrigin, d(performance), Object.getOwnPropertyNames(Object.getPrototypeOf(performance)).sort(), typeof performance.mark, typeof performance.measure, typeof performance.toJSON]);
}),

{
  name: "webapi5-http-request-shapes-seen", area: "http",
  description: "What a worker sees for dispatchFetch requests of many shapes: lower-case and extension methods with bodies, odd header casing and whitespace, dot segments and escapes in URLs, bodies with CRLF and non-ASCII",
  options: { modules: true, compatibilityDate: CD, script: `export default {
  async fetch(req) {
    const u = new URL(req.url);
    const headers = [...req.headers].filter(([k]) => k !== "host");
    const body = req.body === null ? null : await req.text();
    return Response.json({ method: req.method, url: req.url.replace(/:\\d+\\//, ":PORT/"), path: u.pathname, search: u.search, params: [...u.searchParams], headers, body, bodyNull: req.body === null, cfKeys: req.cf ? Object.keys(req.cf).length > 0 : null, redirect: req.redirect, signal: req.signal?.aborted ?? null });
  }
};` },
  steps: [
    req("patch", "http://localhost/m", { "x-a": "1" }, "lower"),
    req("delete", "http://localhost/m", {}, "del-body"),
    req("options", "http://localhost/m"),
    req("PROPFIND", "http://localhost/dav", { depth: "1" }, "<xml/>"),
    req("put", "http://localhost/p", { "Content-Type": "Application/JSON; Charset=UTF-8" }, "{\"a\":1}"),
    req("GET", "http://localhost/h", { "X-Spaces": "  v  w  ", "X-Mixed-CASE": "a, b", "x-empty": "", Accept: "*/*" }),
    req("GET", "http://localhost/a/./b/../c?x=1&y=%20+z&&k#frag"),
    req("GET", "http://LOCALHOST:80/%7Euser/%e2%82%ac/\u00e9?q=\u00e9"),
    req("GET", "http://localhost/x%2Fy/%2e%2e/z?"),
    req("POST", "http://localhost/b", {}, "line1\r\nline2\n\u00e9\u20ac\ud83d\ude00"),
    req("POST", "http://localhost/b", { "content-type": "application/octet-stream" }, ""),
    req("post", "http://localhost/b?a=1;b=2", { "content-type": "application/x-www-form-urlencoded" }, "a=1&b=%20"),
    req("HEAD", "http://localhost/head"),
    req("GET", "http://127.0.0.1:8787/port"),
    req("GET", "https://example.com/secure?x"),
  ],
},
{
  name: "webapi5-http-response-shapes-returned", area: "http",
  description: "What dispatchFetch returns for responses of many shapes: null-body statuses with headers, HEAD, custom status and text, multiple set-cookie, empty streams, fixed-length streams, relative Location, content-type defaults for each body type",
  options: { modules: true, compatibilityDate: CD, script: `export default {
  async fetch(req) {
    const p = new URL(req.url).pathname;
    switch (p) {
      case "/204": return new Response(null, { status: 204, headers: { "content-type": "text/plain", "x-a": "1" } });
      case "/205": return new Response(null, { status: 205 });
      case "/304": return new Response(null, { status: 304, headers: { etag: '"e"', "cache-control": "max-age=5" } });
      case "/head": return new Response("body-for-head", { headers: { "x-h": "1" } });
      case "/599": return new Response("odd", { status: 599, statusText: "Weird Thing" });
      case "/cookies": { const h = new Headers(); h.append("set-cookie", "a=1; Path=/"); h.append("Set-Cookie", "b=2; HttpOnly"); h.append("x-multi", "1"); h.append("X-Multi", "2"); return new Response("c", { headers: h }); }
      case "/empty-stream": return new Response(new ReadableStream({ start(c) { c.close(); } }));
      case "/fixed": { const { readable, writable } = new FixedLengthStream(5); const w = writable.getWriter(); w.write(new TextEncoder().encode("he")); w.write(new TextEncoder().encode("llo")); w.close(); return new Response(readable); }
      case "/loc": return new Response(null, { status: 302, headers: { location: "/relative?x=1" } });
      case "/loc-redirect": return Response.redirect("http://localhost/target", 307);
      case "/blob": return new Response(new Blob(["b"], { type: "Text/Custom" }));
      case "/blob-untyped": return new Response(new Blob(["b"]));
      case "/usp": return new Response(new URLSearchParams("a=1&b=2"));
      case "/fd": { const f = new FormData(); f.append("k", "v"); const r = new Response(f); const ct = r.headers.get("content-type"); const t = await r.text(); return new Response(JSON.stringify({ ct: ct.replace(/boundary=.*/, "boundary=B"), lines: t.split("\\r\\n").length }), { headers: { "content-type": "application/json" } }); }
      case "/ab": return new Response(new Uint8Array([104, 105]).buffer);
      case "/u8": return new Response(new Uint8Array([104, 105]));
      case "/json": return Response.json({ a: "\u00e9" }, { status: 201, headers: { "x-j": "1" } });
      case "/json-ct": return Response.json([1], { headers: { "content-type": "application/vnd.api+json" } });
      case "/ct-empty": return new Response("x", { headers: { "content-type": "" } });
      case "/no-body-200": return new Response(null);
      case "/str-empty": return new Response("");
      case "/vary": return new Response("v", { headers: { vary: "Accept-Encoding", "content-language": "en" } });
      default: return new Response("unknown", { status: 404 });
    }
  }
};` },
  steps: ["/204", "/205", "/304", "/599", "/cookies", "/empty-stream", "/fixed", "/loc", "/loc-redirect", "/blob", "/blob-untyped", "/usp", "/fd", "/ab", "/u8", "/json", "/json-ct", "/ct-empty", "/no-body-200", "/str-empty", "/vary"].map((p) => get(p)).concat([req("HEAD", "http://localhost/head"), req("HEAD", "http://localhost/fixed"), req("HEAD", "http://localhost/json")]),
},

c("webapi5-crypto-fixed-vectors-params", "WebCrypto: decrypting and verifying values made elsewhere with the same keys, RSA PKCS#1 signatures per hash, JWK alg/use/key_ops/ext rules per algorithm, parameter conversions (lengths, hashes, curves) and their errors", async (P) => {
  const S = crypto.subtle;
  const b = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const hex = (x) => [...new Uint8Array(x)].map((v) => v.toString(16).padStart(2, "0")).join("");
  const e = (p) => Promise.resolve().then(p).then((v) => v, (x) => x.name + ": " + x.message);
  const alg = (k) => JSON.parse(JSON.stringify(k.algorithm, (key, v) => v instanceof Uint8Array ? ["U8", ...v] : v));
  const enc = new TextEncoder(); const dec = new TextDecoder();
  await P("oaepDecrypt", async () => { const k = await S.importKey("pkcs8", b(KEYS.rsa.pkcs8), { name: "RSA-OAEP", hash: "SHA-256" }, false, ["decrypt"]); return [dec.decode(await S.decrypt({ name: "RSA-OAEP", label: enc.encode("lbl") }, k, b(FIXED.oaepCt))), await e(() => S.decrypt({ name: "RSA-OAEP" }, k, b(FIXED.oaepCt))), await e(() => S.decrypt({ name: "RSA-OAEP", label: enc.encode("lbl") }, k, b(FIXED.oaepCt).slice(1))), await e(() => S.decrypt({ name: "RSA-OAEP" }, k, new Uint8Array(129))), await e(() => S.decrypt({ name: "RSA-OAEP" }, k, new Uint8Array(128))), await e(() => S.decrypt({ name: "RSA-OAEP" }, k, new Uint8Array(0))), await e(() => S.decrypt({ name: "RSA-OAEP" }, k, b(FIXED.oaepCt1)))]; });
  await P("oaepSha1", async () => { const k = await S.importKey("jwk", KEYS.rsa.jwk, { name: "RSA-OAEP", hash: "SHA-1" }, false, ["decrypt"]); return dec.decode(await S.decrypt({ name: "RSA-OAEP" }, k, b(FIXED.oaepCt1))); });
  await P("ecVerifyFixed", async () => { const k = await S.importKey("spki", b(KEYS.p256.spki), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]); const sig = b(FIXED.ecSig); const bad = sig.slice(); bad[5] ^= 1; return [await S.verify({ name: "ECDSA", hash: "SHA-256" }, k, sig, enc.encode("signed")), await S.verify({ name: "ECDSA", hash: "SHA-384" }, k, sig, enc.encode("signed")), await S.verify({ name: "ECDSA", hash: "SHA-256" }, k, bad, enc.encode("signed")), await e(() => S.verify({ name: "ECDSA", hash: "SHA-256" }, k, sig.slice(0, 63), enc.encode("signed"))), await e(() => S.verify({ name: "ECDSA", hash: "SHA-256" }, k, new Uint8Array(0), enc.encode("signed")))]; });
  await P("pssVerifyFixed", async () => { const k = await S.importKey("spki", b(KEYS.rsa.spki), { name: "RSA-PSS", hash: "SHA-256" }, false, ["verify"]); const sig = b(FIXED.pssSig); return [await S.verify({ name: "RSA-PSS", saltLength: 32 }, k, sig, enc.encode("signed")), await S.verify({ name: "RSA-PSS", saltLength: 0 }, k, sig, enc.encode("signed")), await S.verify({ name: "RSA-PSS", saltLength: 32 }, k, sig.slice(1), enc.encode("signed")), await e(() => S.verify({ name: "RSA-PSS" }, k, sig, enc.encode("signed")))]; });
  await P("pkcs1PerHash", async () => { const o = {}; for (const h of ["SHA-1", "SHA-256", "SHA-384", "SHA-512"]) { const k = await S.importKey("pkcs8", b(KEYS.rsa.pkcs8), { name: "RSASSA-PKCS1-v1_5", hash: h }, false, ["sign"]); o[h] = hex(await S.sign("RSASSA-PKCS1-v1_5", k, enc.encode("m"))).slice(0, 24); } return o; });
  await P("jwkRules", async () => {
    const o = {};
    const { d, p, q, dp, dq, qi, ...pub } = KEYS.rsa.jwk;
    const tries = {
      rsaUseEnc: () => S.importKey("jwk", { ...pub, use: "enc" }, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["verify"]),
      rsaUseSig: () => S.importKey("jwk", { ...pub, use: "sig" }, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["verify"]).then((k) => k.usages),
      rsaOaepUseSig: () => S.importKey("jwk", { ...pub, use: "sig", alg: "RSA-OAEP-256" }, { name: "RSA-OAEP", hash: "SHA-256" }, true, ["encrypt"]),
      rsaOaepAlg1: () => S.importKey("jwk", { ...pub, alg: "RSA-OAEP" }, { name: "RSA-OAEP", hash: "SHA-1" }, true, ["encrypt"]).then((k) => alg(k).hash),
      rsaOaepAlgMismatch: () => S.importKey("jwk", { ...pub, alg: "RSA-OAEP" }, { name: "RSA-OAEP", hash: "SHA-256" }, true, ["encrypt"]),
      rsaPssAlg: () => S.importKey("jwk", { ...pub, alg: "PS512" }, { name: "RSA-PSS", hash: "SHA-512" }, true, ["verify"]).then((k) => alg(k).hash),
      rsaKeyOpsMismatch: () => S.importKey("jwk", { ...pub, key_ops: ["encrypt"] }, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["verify"]),
      rsaKeyOpsSubset: () => S.importKey("jwk", { ...pub, key_ops: ["verify", "sign"] }, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["verify"]).then((k) => k.usages),
      rsaExtFalseNonExtractable: () => S.importKey("jwk", { ...pub, ext: false }, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"]).then((k) => k.extractable),
      rsaPrivOnlyD: () => { const { p: _p, q: _q, dp: _a, dq: _b, qi: _c, ...x } = KEYS.rsa.jwk; return S.importKey("jwk", x, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["sign"]).then((k) => k.type); },
      rsaPrivPartial: () => { const { dp: _a, ...x } = KEYS.rsa.jwk; return S.importKey("jwk", x, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["sign"]); },
      rsaBadB64: () => S.importKey("jwk", { ...pub, n: "!!!" }, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, true, ["verify"]),
      ecAlgMismatch: () => { const { d: _d, ...x } = KEYS.p256.jwk; return S.importKey("jwk", { ...x, alg: "ES384" }, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]); },
      ecAlgOk: () => { const { d: _d, ...x } = KEYS.p256.jwk; return S.importKey("jwk", { ...x, alg: "ES256" }, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]).then((k) => alg(k)); },
      ecdhAlgIgnored: () => { const { d: _d, ...x } = KEYS.p256.jwk; return S.importKey("jwk", { ...x, alg: "ES384" }, { name: "ECDH", namedCurve: "P-256" }, true, []).then((k) => alg(k)); },
      ecUseEnc: () => { const { d: _d, ...x } = KEYS.p256.jwk; return S.importKey("jwk", { ...x, use: "enc" }, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]); },
      ecBadX: () => { const { d: _d, ...x } = KEYS.p256.jwk; return S.importKey("jwk", { ...x, x: x.y }, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]); },
      edAlg: () => { const { d: _d, ...x } = KEYS.ed.jwk; return S.importKey("jwk", { ...x, alg: "EdDSA" }, "Ed25519", true, ["verify"]).then((k) => alg(k)); },
      edAlgBad: () => { const { d: _d, ...x } = KEYS.ed.jwk; return S.importKey("jwk", { ...x, alg: "ES256" }, "Ed25519", true, ["verify"]); },
      edShortX: () => { const { d: _d, ...x } = KEYS.ed.jwk; return S.importKey("jwk", { ...x, x: "AAAA" }, "Ed25519", true, ["verify"]); },
      hmacLenParam: () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" }, { name: "HMAC", hash: "SHA-256", length: 64 }, true, ["sign"]),
      hmacLenParamOk: () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA" }, { name: "HMAC", hash: "SHA-256", length: 128 }, true, ["sign"]).then((k) => alg(k)),
      hmacRawLenMismatch: () => S.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256", length: 120 }, true, ["sign"]).then((k) => alg(k)),
      hmacRawLenLonger: () => S.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256", length: 136 }, true, ["sign"]),
      hmacRawLenZero: () => S.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256", length: 0 }, true, ["sign"]),
      hmacEmpty: () => S.importKey("raw", new Uint8Array(0), { name: "HMAC", hash: "SHA-256" }, true, ["sign"]),
      aesKwJwk: () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "A128KW" }, "AES-KW", true, ["wrapKey"]).then((k) => alg(k)),
      aesKwJwkBad: () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "A128GCM" }, "AES-KW", true, ["wrapKey"]),
      aesCtrJwk: () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", alg: "A256CTR" }, "AES-CTR", true, ["encrypt"]).then((k) => alg(k)),
      aesCbcJwk192: () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", alg: "A192CBC" }, "AES-CBC", true, ["encrypt"]).then((k) => alg(k)),
      aesJwkLenMismatch: () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "A256CBC" }, "AES-CBC", true, ["encrypt"]),
      aesJwkNoK: () => S.importKey("jwk", { kty: "oct" }, "AES-CBC", true, ["encrypt"]),
      aesJwkBadKty: () => S.importKey("jwk", { kty: "RSA", k: "AAAAAAAAAAAAAAAAAAAAAA" }, "AES-CBC", true, ["encrypt"]),
      aesJwkNoKty: () => S.importKey("jwk", { k: "AAAAAAAAAAAAAAAAAAAAAA" }, "AES-CBC", true, ["encrypt"]),
      jwkNotObject: () => S.importKey("jwk", "x", "AES-CBC", true, ["encrypt"]),
      jwkAsRaw: () => S.importKey("raw", { kty: "oct" }, "AES-CBC", true, ["encrypt"]),
    };
    for (const [k, f] of Object.entries(tries)) o[k] = await e(f);
    return o;
  });
  await P("paramConversions", async () => {
    const o = {};
    const tries = {
      aesLenString: () => S.generateKey({ name: "AES-GCM", length: "128" }, true, ["encrypt"]).then((k) => alg(k)),
      aesLenFloat: () => S.generateKey({ name: "AES-GCM", length: 128.9 }, true, ["encrypt"]).then((k) => alg(k)),
      aesLenNeg: () => S.generateKey({ name: "AES-GCM", length: -128 }, true, ["encrypt"]),
      hmacHashObj: () => S.generateKey({ name: "HMAC", hash: { name: "sha-384" } }, true, ["sign"]).then((k) => alg(k)),
      hmacHashNoName: () => S.generateKey({ name: "HMAC", hash: {} }, true, ["sign"]),
      hmacHashBad: () => S.generateKey({ name: "HMAC", hash: "SHA-3" }, true, ["sign"]),
      hmacHashMd5: () => S.generateKey({ name: "HMAC", hash: "MD5" }, true, ["sign"]),
      ecCurveLower: () => S.generateKey({ name: "ECDSA", namedCurve: "p-256" }, true, ["sign"]),
      ecNoCurve: () => S.generateKey({ name: "ECDSA" }, true, ["sign"]),
      ecdhCurve521: () => S.generateKey({ name: "ECDH", namedCurve: "P-521" }, true, ["deriveBits"]).then((k) => [alg(k.privateKey), k.privateKey.usages, k.publicKey.usages]),
      ecdhNoUsage: () => S.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, []),
      rsaModOdd: () => S.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1025, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign"]).then((k) => alg(k.publicKey).modulusLength),
      rsaExp3: () => S.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([3]), hash: "SHA-256" }, true, ["sign"]).then((k) => alg(k.publicKey).publicExponent),
      rsaExpArray: () => S.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: [1, 0, 1], hash: "SHA-256" }, true, ["sign"]),
      rsaNoExp: () => S.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, hash: "SHA-256" }, true, ["sign"]),
      rsaNoMod: () => S.generateKey({ name: "RSASSA-PKCS1-v1_5", publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign"]),
      rsaBigMod: () => S.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 16385, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign"]),
      usagesNotArray: () => S.generateKey({ name: "AES-GCM", length: 128 }, true, "encrypt"),
      usagesBadValue: () => S.generateKey({ name: "AES-GCM", length: 128 }, true, ["encrypt", "bogus"]),
      extractableString: () => S.generateKey({ name: "AES-GCM", length: 128 }, "", ["encrypt"]).then((k) => k.extractable),
      algNumber: () => S.generateKey(5, true, ["encrypt"]),
      algNull: () => S.generateKey(null, true, ["encrypt"]),
      digestUnsupportedObj: () => S.digest({ name: "SHA-256", extra: 1 }, new Uint8Array(1)).then((r) => r.byteLength),
      signHmacWithAlgObj: async () => { const k = await S.importKey("raw", new Uint8Array(8), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]); return hex(await S.sign({ name: "hmac", hash: "SHA-512" }, k, new Uint8Array(1))).length; },
      encryptGcmIvString: async () => S.encrypt({ name: "AES-GCM", iv: "abcdefghijkl" }, await S.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]), new Uint8Array(1)),
      encryptGcmAadString: async () => S.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), additionalData: "x" }, await S.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]), new Uint8Array(1)),
      encryptDataString: async () => S.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, await S.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]), "abc"),
      ctrLenFloat: async () => hex(await S.encrypt({ name: "AES-CTR", counter: new Uint8Array(16), length: 64.5 }, await S.importKey("raw", new Uint8Array(16), "AES-CTR", false, ["encrypt"]), new Uint8Array(2))),
      deriveBitsLenString: async () => (await S.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, await S.importKey("raw", new Uint8Array(4), "HKDF", false, ["deriveBits"]), "64")).byteLength,
      deriveBitsLenNeg: async () => S.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, await S.importKey("raw", new Uint8Array(4), "HKDF", false, ["deriveBits"]), -8),
      pbkdf2IterFloat: async () => hex(await S.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(1), iterations: 1.9 }, await S.importKey("raw", new Uint8Array(4), "PBKDF2", false, ["deriveBits"]), 32)),
      pbkdf2IterNeg: async () => S.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(1), iterations: -1 }, await S.importKey("raw", new Uint8Array(4), "PBKDF2", false, ["deriveBits"]), 32),
      pbkdf2IterHuge: async () => S.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(1), iterations: 100001 }, await S.importKey("raw", new Uint8Array(4), "PBKDF2", false, ["deriveBits"]), 32),
      saltString: async () => S.deriveBits({ name: "HKDF", hash: "SHA-256", salt: "x", info: new Uint8Array(0) }, await S.importKey("raw", new Uint8Array(4), "HKDF", false, ["deriveBits"]), 64),
      infoString: async () => S.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: 5 }, await S.importKey("raw", new Uint8Array(4), "HKDF", false, ["deriveBits"]), 64),
      pbkdf2SaltString: async () => S.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: "x", iterations: 1 }, await S.importKey("raw", new Uint8Array(4), "PBKDF2", false, ["deriveBits"]), 64),
      ctrCounterString: async () => S.encrypt({ name: "AES-CTR", counter: "x", length: 64 }, await S.importKey("raw", new Uint8Array(16), "AES-CTR", false, ["encrypt"]), new Uint8Array(2)),
      cbcIvDecryptString: async () => S.decrypt({ name: "AES-CBC", iv: "x" }, await S.importKey("raw", new Uint8Array(16), "AES-CBC", false, ["decrypt"]), new Uint8Array(16)),
      oaepLabelString: async () => S.encrypt({ name: "RSA-OAEP", label: "x" }, await S.importKey("spki", b(KEYS.rsa.spki), { name: "RSA-OAEP", hash: "SHA-256" }, false, ["encrypt"]), new Uint8Array(2)),
      ecdhPublicNotKey: async () => S.deriveBits({ name: "ECDH", public: {} }, await S.importKey("pkcs8", b(KEYS.p256.pkcs8), { name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]), 64),
      pssSaltFloat: async () => (await S.sign({ name: "RSA-PSS", saltLength: 32.7 }, await S.importKey("pkcs8", b(KEYS.rsa.pkcs8), { name: "RSA-PSS", hash: "SHA-256" }, false, ["sign"]), new Uint8Array(1))).byteLength,
      pssSaltNeg: async () => S.sign({ name: "RSA-PSS", saltLength: -1 }, await S.importKey("pkcs8", b(KEYS.rsa.pkcs8), { name: "RSA-PSS", hash: "SHA-256" }, false, ["sign"]), new Uint8Array(1)),
      gcmTagFloat: async () => (await S.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), tagLength: 96.5 }, await S.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]), new Uint8Array(1))).byteLength,
      importAlgNull: () => S.importKey("raw", new Uint8Array(16), null, false, ["encrypt"]),
      encryptAlgNull: async () => S.encrypt(null, await S.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]), new Uint8Array(1)),
      digestAlgNull: () => S.digest(null, new Uint8Array(1)),
      signAlgNull: async () => S.sign(null, await S.importKey("raw", new Uint8Array(8), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]), new Uint8Array(1)),
      deriveAlgNull: async () => S.deriveBits(null, await S.importKey("raw", new Uint8Array(4), "HKDF", false, ["deriveBits"]), 8),
      generateUndefined: () => S.generateKey(undefined, true, ["sign"]),
      hmacMd5Sign: async () => { const k = await S.importKey("raw", new Uint8Array(16).fill(0x0b), { name: "HMAC", hash: "MD5" }, true, ["sign"]); return [hex(await S.sign("HMAC", k, enc.encode("Hi There"))), alg(k), await e(() => S.exportKey("jwk", k))]; },
      hmacMd5Jwk: () => S.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "HS256" }, { name: "HMAC", hash: "MD5" }, true, ["sign"]),
      ecCurveLowerImport: async () => alg(await S.importKey("spki", b(KEYS.p384.spki), { name: "ECDSA", namedCurve: "p-384" }, true, ["verify"])),
      deriveKeyAesFloat: async () => alg(await S.deriveKey({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, await S.importKey("raw", new Uint8Array(4), "HKDF", false, ["deriveKey"]), { name: "AES-GCM", length: 128.5 }, true, ["encrypt"])),
      deriveBitsNaN: async () => S.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, await S.importKey("raw", new Uint8Array(4), "HKDF", false, ["deriveBits"]), NaN).then((r) => r.byteLength),
      deriveBitsHuge: async () => S.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, await S.importKey("raw", new Uint8Array(4), "HKDF", false, ["deriveBits"]), 2 ** 32),
      pbkdf2NoHash: async () => S.deriveBits({ name: "PBKDF2", salt: new Uint8Array(1), iterations: 1 }, await S.importKey("raw", new Uint8Array(4), "PBKDF2", false, ["deriveBits"]), 32),
    };
    for (const [k, f] of Object.entries(tries)) o[k] = await e(f);
    return o;
  });
}, KEYPRE),

c("webapi5-event-classes-timers-misc", "Event subclasses workerd exposes (constructors, init dictionaries, errors), scheduler.wait/timers argument handling, queueMicrotask errors, WebSocketPair and MessageChannel shapes", async (P) => {
  const d = (v) => Object.prototype.toString.call(v);
  await P("classes", () => ["Event", "EventTarget", "CustomEvent", "ErrorEvent", "MessageEvent", "CloseEvent", "PromiseRejectionEvent", "ExtendableEvent", "FetchEvent", "ScheduledEvent", "ProgressEvent", "AbortSignal", "TailEvent", "QueueEvent", "WebSocketPair", "MessageChannel", "MessagePort", "BroadcastChannel", "Worker", "SharedWorker", "XMLHttpRequest", "Notification", "Performance", "PerformanceEntry", "PerformanceMark", "Scheduler", "Navigator", "WorkerGlobalScope", "ServiceWorkerGlobalScope", "Cloudflare", "ImageData", "TextEncoderStream", "IdentityTransformStream", "FixedLengthStream", "ReadableStreamBYOBReader", "ReadableByteStreamController", "WritableStreamDefaultController", "TransformStreamDefaultController", "ByteLengthQueuingStrategy", "CountQueuingStrategy", "CompressionStream", "URLPattern", "HTMLRewriter", "Socket", "EventSource", "WebSocket", "Blob", "File", "FormData", "Headers", "Request", "Response", "Cache", "CacheStorage", "Crypto", "CryptoKey", "SubtleCrypto", "DigestStream", "TextDecoder", "TextEncoder", "DOMException", "GPUAdapter", "ReadableStreamDefaultReader"].map((n) => [n, typeof globalThis[n]]));
  await P("customEvent", () => { const e = new CustomEvent("c", { detail: { a: 1 }, cancelable: true }); const f = new CustomEvent("c"); return [e.detail, e.cancelable, f.detail, d(e), e instanceof Event, CustomEvent.length]; });
  await P("errorEvent", () => { if (typeof ErrorEvent !== "function") return "none"; const err = new Error("x"); const e = new ErrorEvent("error", { message: "m", filename: "f.js", lineno: 3, colno: 4, error: err }); const f = new ErrorEvent("error"); return [e.message, e.filename, e.lineno, e.colno, e.error === err, f.message, f.filename, f.lineno, f.colno, f.error, d(e)]; });
  await P("messageEvent", () => { if (typeof MessageEvent !== "function") return "none"; const e = new MessageEvent("message", { data: { x: 1 }, origin: "o", lastEventId: "l", ports: [] }); const f = new MessageEvent("message"); return [e.data, e.origin, e.lastEventId, e.source, e.ports, f.data, f.origin, f.lastEventId, d(e)]; });
  await P("messageEventNoType", () => new MessageEvent());
  await P("closeEvent", () => { if (typeof CloseEvent !== "function") return "none"; const e = new CloseEvent("close", { code: 1000, reason: "bye", wasClean: true }); const f = new CloseEvent("close"); return [e.code, e.reason, e.wasClean, f.code, f.reason, f.wasClean, d(e)]; });
  await P("promiseRejectionEvent", () => { if (typeof PromiseRejectionEvent !== "function") return "none"; const p = Promise.reject(1); p.catch(() => {}); const e = new PromiseRejectionEvent("unhandledrejection", { promise: p, reason: "r" }); return [e.promise === p, e.reason, d(e)]; });
  await P("promiseRejectionEventNoInit", () => new PromiseRejectionEvent("unhandledrejection"));
  await P("extendableEvent", () => { if (typeof ExtendableEvent !== "function") return "none"; const e = new ExtendableEvent("x"); return [typeof e.waitUntil, d(e)]; });
  await P("extendableWaitUntil", () => new ExtendableEvent("x").waitUntil(Promise.resolve()));
  await P("fetchEventCtor", () => new FetchEvent("fetch", { request: new Request("http://x/") }));
  await P("eventInitBad", () => new Event("x", 5));
  await P("eventInitNull", () => { const e = new Event("x", null); return [e.bubbles, e.cancelable]; });
  await P("eventTypeCoerce", () => [new Event(5).type, new Event(null).type, new Event(undefined).type]);
  await P("eventSubclass", () => { class MyEvent extends Event { constructor() { super("mine", { cancelable: true }); this.extra = 1; } } const t = new EventTarget(); let seen; t.addEventListener("mine", (e) => { seen = [e instanceof MyEvent, e.extra, e.type]; }); t.dispatchEvent(new MyEvent()); return [seen, d(new MyEvent())]; });
  await P("schedulerWaitArgs", async () => { const o = []; for (const a of [[0], [1], ["5"], [1, { signal: AbortSignal.abort("why") }], [-5], [NaN]]) { try { o.push(await scheduler.wait(...a)); } catch (x) { o.push(typeof x === "string" ? "reason " + x : x.name + ": " + x.message); } } return o; });
  await P("schedulerWaitNoArgs", () => scheduler.wait());
  await P("schedulerWaitAbortLater", async () => { const c = new AbortController(); const p = scheduler.wait(1000, { signal: c.signal }); c.abort(new Error("stop")); try { await p; return "resolved"; } catch (x) { return x.name + ": " + x.message; } });
  await P("setTimeoutReturn", () => { const a = setTimeout(() => {}, 1); const b = setTimeout(() => {}, 1); clearTimeout(a); clearTimeout(b); return [typeof a, b - a, typeof a[Symbol.toPrimitive], String(a) === String(+a)]; });
  await P("setTimeoutBadFn", () => setTimeout("code", 1));
  await P("setTimeoutNull", () => setTimeout(null, 1));
  await P("setIntervalCount", async () => { let n = 0; const id = setInterval(() => { n++; if (n === 3) clearInterval(id); }, 1); await new Promise((r) => setTimeout(r, 40)); return n; });
  await P("clearWeird", () => [clearTimeout(), clearTimeout(null), clearTimeout("x"), clearTimeout({}), clearInterval(-1)]);
  await P("timeoutArgsPassed", async () => new Promise((r) => setTimeout((a, b) => r([a, b]), 1, "x", 2)));
  await P("timeoutThis", async () => new Promise((r) => setTimeout(function () { r(this === globalThis); }, 1)));
  await P("queueMicrotaskBad", () => queueMicrotask("x"));
  await P("queueMicrotaskOrder", async () => { const log = []; Promise.resolve().then(() => log.push("p")); queueMicrotask(() => log.push("q")); setTimeout(() => log.push("t"), 0); await new Promise((r) => setTimeout(r, 5)); return log; });
  await P("webSocketPair", () => { const p = new WebSocketPair(); const [a, b] = Object.values(p); return [Object.keys(p), d(a), a.readyState, a.url, a.protocol, a.extensions, a.binaryType, typeof a.accept, typeof a.serializeAttachment, WebSocket.READY_STATE_OPEN, WebSocket.OPEN, WebSocket.CLOSED]; });
  await P("webSocketSendBeforeAccept", () => { const [a] = Object.values(new WebSocketPair()); a.send("x"); return "sent"; });
  await P("webSocketCloseCodes", () => { const o = []; for (const code of [1000, 999, 1005, 3000, 4999, 5000]) { const [a] = Object.values(new WebSocketPair()); a.accept(); try { a.close(code, "r"); o.push("ok"); } catch (x) { o.push(x.name + ": " + x.message); } } return o; });
  await P("webSocketLongReason", () => { const [a] = Object.values(new WebSocketPair()); a.accept(); a.close(1000, "x".repeat(124)); });
  await P("messageChannel", async () => { const { port1, port2 } = new MessageChannel(); const got = new Promise((r) => { port2.onmessage = (e) => r([e.data, d(e), e.ports?.length]); }); port1.postMessage({ a: [1] }); return await got; });
}),

c("webapi5-bodies-clone-headers-more", "Request/Response: clone() of stream bodies read in every order, body readers after partial reads, locked/disturbed errors, tee'd large bodies, Headers getSetCookie/iteration with set-cookie, header value normalisation, Request from Request overrides", async (P) => {
  const mk = () => new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("ab")); c.enqueue(new TextEncoder().encode("cd")); c.close(); } });
  await P("cloneReadBoth", async () => { const r = new Response(mk()); const c = r.clone(); return [await c.text(), await r.text(), r.bodyUsed, c.bodyUsed]; });
  await P("cloneReadOriginalFirst", async () => { const r = new Response(mk()); const c = r.clone(); const a = await r.arrayBuffer(); return [a.byteLength, await c.text()]; });
  await P("cloneOfClone", async () => { const r = new Response("xyz"); const c1 = r.clone(); const c2 = c1.clone(); return [await c2.text(), await c1.text(), await r.text()]; });
  await P("cloneAfterRead", async () => { const r = new Response("x"); await r.text(); return r.clone(); });
  await P("cloneLockedBody", async () => { const r = new Response(mk()); r.body.getReader(); return r.clone(); });
  await P("textAfterPartialRead", async () => { const r = new Response(mk()); const rd = r.body.getReader(); await rd.read(); rd.releaseLock(); return [r.bodyUsed, await r.text().catch((e) => e.name + ": " + e.message)]; });
  await P("textWhileLocked", async () => { const r = new Response(mk()); r.body.getReader(); return r.text(); });
  await P("jsonOnUsed", async () => { const r = new Response("{}"); await r.json(); return r.json(); });
  await P("blobOnUsed", async () => { const r = new Request("http://x/", { method: "POST", body: "x" }); await r.blob(); return r.blob(); });
  await P("formDataOnUsed", async () => { const r = new Request("http://x/", { method: "POST", body: "a=1", headers: { "content-type": "application/x-www-form-urlencoded" } }); await r.formData(); return r.formData(); });
  await P("bodyNullReaders", async () => { const r = new Response(null); return [r.body, r.bodyUsed, await r.text(), r.bodyUsed, (await r.arrayBuffer()).byteLength, await r.blob().then((b) => [b.size, b.type])]; });
  await P("bodyEmptyString", async () => { const r = new Response(""); return [r.body === null, typeof r.body, await r.text(), r.bodyUsed]; });
  await P("largeClone", async () => { const big = "x".repeat(300000); const r = new Response(big); const c = r.clone(); const [a, b] = await Promise.all([r.text(), c.arrayBuffer()]); return [a.length, b.byteLength]; });
  await P("requestCloneBody", async () => { const q = new Request("http://x/", { method: "PUT", body: mk(), duplex: "half" }); const c = q.clone(); return [await c.text(), await q.text(), c.method, c.headers.get("content-type")]; });
  await P("requestFromRequestOverride", async () => { const a = new Request("http://x/a", { method: "POST", body: "orig", headers: { "x-a": "1" } }); const b = new Request(a, { headers: { "x-b": "2" } }); return [b.method, [...b.headers], await b.text(), a.bodyUsed]; });
  await P("requestFromRequestNewBody", async () => { const a = new Request("http://x/a", { method: "POST", body: "orig" }); const b = new Request(a, { body: "new" }); return [await b.text(), a.bodyUsed, await a.text()]; });
  await P("requestFromRequestGetWithBody", async () => { const a = new Request("http://x/a", { method: "POST", body: "orig" }); return new Request(a, { method: "GET" }); });
  await P("requestUrlObj", () => [new Request(new URL("http://x/p?q#h")).url, new Request({ toString() { return "http://y/"; } }).url]);
  await P("headersGetSetCookie", () => { const h = new Headers([["set-cookie", "a=1"], ["Set-Cookie", "b=2, c=3"], ["x", "1"]]); return [h.getSetCookie(), h.get("set-cookie"), [...h], [...h.keys()], h.has("SET-COOKIE")]; });
  await P("headersIterationSorted", () => { const h = new Headers(); h.append("b", "1"); h.append("A", "2"); h.append("c", "3"); h.append("a", "4"); h.append("set-cookie", "z"); h.append("set-cookie", "y"); return [...h.entries()]; });
  await P("headersMutateDuringIteration", () => { const h = new Headers({ a: "1", b: "2", c: "3" }); const seen = []; for (const [k] of h) { seen.push(k); if (k === "a") { h.delete("b"); h.append("d", "4"); } } return seen; });
  await P("headersValueNormalize", () => { const h = new Headers(); h.set("x", " \t v \t "); h.append("y", "a\tb"); return [JSON.stringify(h.get("x")), JSON.stringify(h.get("y"))]; });
  await P("headersBadValue", () => ["a\nb", "a\rb", "a\0b", "\u0100"].map((v) => { try { new Headers({ x: v }); return "ok"; } catch (e) { return e.name + ": " + e.message; } }));
  await P("headersBadName", () => ["", "a b", "a:b", "\u00e9", "a\n"].map((n) => { try { new Headers([[n, "v"]]); return "ok"; } catch (e) { return e.name + ": " + e.message; } }));
  await P("headersInitErrors", () => [[["a"]], [["a", "b", "c"]], 5, "x", [5]].map((i) => { try { return [...new Headers(i)]; } catch (e) { return e.name + ": " + e.message; } }));
  await P("headersGetMissing", () => { const h = new Headers(); return [h.get("x"), h.has("x"), h.getSetCookie()]; });
  await P("responseHeadersImmutableErrorResp", () => { try { Response.error().headers.append("a", "b"); return "ok"; } catch (e) { return e.name + ": " + e.message; } });
  await P("incomingHeadersMutable", async (r) => { const h = new Request("http://x/").headers; h.set("a", "1"); return h.get("a"); });
}),

c("webapi5-crypto-export-usage-matrix", "WebCrypto: exportKey of every key type in every format (errors included), generateKey usage errors per algorithm, wrapKey/unwrapKey of asymmetric keys in pkcs8/spki/jwk", async (P) => {
  const S = crypto.subtle;
  const b = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
  const e = (p) => Promise.resolve().then(p).then((v) => v, (x) => x.name + ": " + x.message);
  const sz = (v) => v instanceof ArrayBuffer ? "ab" + v.byteLength : typeof v === "object" && v !== null ? "jwk:" + Object.keys(v).sort().join(",") : String(v);
  const keys = {
    rsaPriv: () => S.importKey("pkcs8", b(KEYS.rsa.pkcs8), { name: "RSA-PSS", hash: "SHA-256" }, true, ["sign"]),
    rsaPub: () => S.importKey("spki", b(KEYS.rsa.spki), { name: "RSA-OAEP", hash: "SHA-256" }, true, ["encrypt"]),
    ecPriv: () => S.importKey("pkcs8", b(KEYS.p384.pkcs8), { name: "ECDH", namedCurve: "P-384" }, true, ["deriveBits"]),
    ecPub: () => S.importKey("spki", b(KEYS.p384.spki), { name: "ECDSA", namedCurve: "P-384" }, true, ["verify"]),
    edPriv: () => S.importKey("pkcs8", b(KEYS.ed.pkcs8), "Ed25519", true, ["sign"]),
    edPub: () => S.importKey("spki", b(KEYS.ed.spki), "Ed25519", true, ["verify"]),
    xPriv: () => S.importKey("pkcs8", b(KEYS.x.pkcs8), "X25519", true, ["deriveKey"]),
    xPub: () => S.importKey("spki", b(KEYS.x.spki), "X25519", true, []),
    hmac: () => S.importKey("raw", new Uint8Array(32), { name: "HMAC", hash: "SHA-1" }, true, ["verify"]),
    aes: () => S.importKey("raw", new Uint8Array(24), "AES-CBC", true, ["decrypt"]),
    pbkdf2: () => S.importKey("raw", new Uint8Array(3), "PBKDF2", false, ["deriveBits"]),
  };
  await P("exportMatrix", async () => { const o = {}; for (const [n, f] of Object.entries(keys)) { const k = await f(); o[n] = {}; for (const fmt of ["raw", "spki", "pkcs8", "jwk", "bogus"]) o[n][fmt] = await e(() => S.exportKey(fmt, k).then(sz)); } return o; });
  await P("generateUsageErrors", async () => { const o = {}; for (const [n, a] of [["rsaOaepSign", [{ name: "RSA-OAEP", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-1" }, ["sign"]]], ["rsaOaepEncryptOnly", [{ name: "RSA-OAEP", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-1" }, ["encrypt"]]], ["ecdsaDerive", [{ name: "ECDSA", namedCurve: "P-256" }, ["deriveBits"]]], ["ecdhSign", [{ name: "ECDH", namedCurve: "P-256" }, ["sign"]]], ["edEncrypt", ["Ed25519", ["encrypt"]]], ["edVerifyOnly", ["Ed25519", ["verify"]]], ["xSign", ["X25519", ["sign"]]], ["xEmpty", ["X25519", []]], ["kwEncrypt", [{ name: "AES-KW", length: 128 }, ["encrypt"]]], ["gcmWrap", [{ name: "AES-GCM", length: 128 }, ["wrapKey", "unwrapKey"]]], ["hkdfGen", ["HKDF", ["deriveBits"]]], ["pbkdf2Gen", ["PBKDF2", ["deriveBits"]]], ["dupUsages", [{ name: "AES-CTR", length: 128 }, ["encrypt", "encrypt", "decrypt"]]]]) { o[n] = await e(() => S.generateKey(a[0], true, a[1]).then((k) => k.privateKey ? [k.privateKey.usages, k.publicKey.usages] : k.usages)); } return o; });
  await P("wrapAsymmetric", async () => {
    const kw = await S.importKey("raw", new Uint8Array(32).fill(4), "AES-GCM", false, ["wrapKey", "unwrapKey"]);
    const iv = { name: "AES-GCM", iv: new Uint8Array(12) };
    const o = {};
    const ed = await keys.edPriv();
    const w = await S.wrapKey("pkcs8", ed, kw, iv);
    const u = await S.unwrapKey("pkcs8", w, kw, iv, "Ed25519", true, ["sign"]);
    o.edPkcs8 = [w.byteLength, u.type, u.usages, u.extractable];
    const wj = await S.wrapKey("jwk", await keys.ecPub(), kw, iv);
    const uj = await S.unwrapKey("jwk", wj, kw, iv, { name: "ECDSA", namedCurve: "P-384" }, true, ["verify"]);
    o.ecJwk = [uj.type, uj.algorithm];
    o.spkiAsPkcs8 = await e(async () => { const ws = await S.wrapKey("spki", await keys.xPub(), kw, iv); return S.unwrapKey("pkcs8", ws, kw, iv, "X25519", true, ["deriveBits"]); });
    o.wrapPrivAsSpki = await e(() => S.wrapKey("spki", ed, kw, iv));
    o.unwrapBadUsage = await e(() => S.unwrapKey("pkcs8", w, kw, iv, "Ed25519", true, ["verify"]));
    o.unwrapNonExtractable = await e(async () => { const k = await S.unwrapKey("pkcs8", w, kw, iv, "Ed25519", false, ["sign"]); return [k.extractable, await e(() => S.exportKey("pkcs8", k))]; });
    o.unwrapWrongAlg = await e(() => S.unwrapKey("pkcs8", w, kw, iv, { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]));
    o.wrapWithEncryptOnly = await e(async () => { const k = await S.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]); return S.wrapKey("raw", await keys.aes(), k, iv); });
    o.unwrapJwkGarbage = await e(async () => { const enc = await S.importKey("raw", new Uint8Array(32).fill(4), "AES-GCM", false, ["encrypt"]); const ct = await S.encrypt(iv, enc, new TextEncoder().encode("not json")); return S.unwrapKey("jwk", ct, kw, iv, "AES-CBC", true, ["decrypt"]); });
    return o;
  });
}, KEYPRE),

{
  name: "webapi5-http-request-bodies-parsed", area: "http",
  description: "Request bodies from dispatchFetch parsed by the worker: multipart with odd boundaries and parts, urlencoded edge cases, JSON errors, content-length seen, text of non-UTF-8 declared charsets",
  options: { modules: true, compatibilityDate: CD, script: `export default {
  async fetch(req) {
    const p = new URL(req.url).pathname;
    const t = async (f) => { try { return { ok: await f() }; } catch (e) { return { error: e.name + ": " + e.message }; } };
    const info = { len: req.headers.get("content-length"), ct: req.headers.get("content-type"), te: req.headers.get("transfer-encoding") };
    if (p === "/form") info.form = await t(async () => { const f = await req.formData(); const o = []; for (const [k, v] of f) o.push([k, typeof v === "string" ? v : ["file", v.name, v.type, v.size, await v.text()]]); return o; });
    else if (p === "/json") info.json = await t(() => req.json());
    else if (p === "/text") info.text = await t(() => req.text());
    else if (p === "/bytes") info.bytes = await t(async () => [...new Uint8Array(await req.arrayBuffer())]);
    return Response.json(info);
  }
};` },
  steps: [
    req("POST", "http://localhost/form", { "content-type": "multipart/form-data; boundary=----XyZ" }, "------XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n------XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\nfile body\r\n------XyZ--\r\n"),
    req("POST", "http://localhost/form", { "content-type": "multipart/form-data; boundary=\"quoted boundary\"" }, "--quoted boundary\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\nv\r\n--quoted boundary--"),
    req("POST", "http://localhost/form", { "content-type": "multipart/form-data; boundary=b" }, "--b\r\nContent-Disposition: form-data; name=\"\u00e9\"\r\n\r\n\u20ac\r\n--b--\r\n"),
    req("POST", "http://localhost/form", { "content-type": "multipart/form-data; boundary=b" }, "--b\r\nContent-Disposition: form-data; name=\"e\"; filename=\"\"\r\n\r\n\r\n--b--\r\n"),
    req("POST", "http://localhost/form", { "content-type": "multipart/form-data; boundary=b" }, "no boundary here"),
    req("POST", "http://localhost/form", { "content-type": "application/x-www-form-urlencoded" }, "a=1&a=2&b=%zz&c=%2B+d&=e&f&%E2%82%AC=%F0%9F%98%80"),
    req("POST", "http://localhost/form", { "content-type": "text/plain" }, "a=1"),
    req("POST", "http://localhost/form", {}, "a=1"),
    req("POST", "http://localhost/json", { "content-type": "application/json" }, "{\"a\":[1,2,{\"b\":null}],\"c\":\"\u00e9\"}"),
    req("POST", "http://localhost/json", { "content-type": "application/json" }, "{bad json"),
    req("POST", "http://localhost/json", {}, ""),
    req("POST", "http://localhost/json", {}, "\ufeff{\"bom\":true}"),
    req("POST", "http://localhost/text", { "content-type": "text/plain; charset=iso-8859-1" }, "caf\u00e9"),
    req("POST", "http://localhost/bytes", { "content-type": "application/octet-stream" }, "\u00ff\u0000A"),
    req("PUT", "http://localhost/text", {}, "x".repeat(70000).slice(0, 10) + "\u00e9"),
  ],
},

c("webapi5-global-and-prototype-names", "The names on the prototypes of the web platform classes (methods, accessors), console's methods, navigator/performance members", async (P) => {
  const protoNames = (C) => { if (typeof C !== "function" || !C.prototype) return typeof C; return Object.getOwnPropertyNames(C.prototype).sort().map((n) => { const d = Object.getOwnPropertyDescriptor(C.prototype, n); return n + (d.get ? ":get" + (d.set ? "set" : "") : typeof d.value === "function" ? ":f" : ":v"); }); };
  const staticNames = (C) => typeof C === "function" ? Object.getOwnPropertyNames(C).filter((n) => !["length", "name", "prototype", "arguments", "caller"].includes(n)).sort() : typeof C;
  const classes = ["Request", "Response", "Headers", "FormData", "Blob", "File", "URL", "URLSearchParams", "ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "WritableStream", "WritableStreamDefaultWriter", "TransformStream", "TextEncoder", "TextDecoder", "AbortController", "AbortSignal", "EventTarget", "CompressionStream", "DOMException", "WebSocket", "Cache", "CacheStorage", "CryptoKey", "SubtleCrypto", "Crypto", "FixedLengthStream", "IdentityTransformStream", "TextEncoderStream", "TextDecoderStream", "MessageChannel", "MessagePort", "HTMLRewriter", "EventSource", "Performance", "Navigator", "ByteLengthQueuingStrategy", "CountQueuingStrategy", "ReadableStreamDefaultController", "ReadableByteStreamController", "WritableStreamDefaultController", "TransformStreamDefaultController"];
  for (const n of classes) await P("proto_" + n, () => protoNames(globalThis[n]));
  for (const n of ["Request", "Response", "URL", "AbortSignal", "ReadableStream", "Headers", "Blob", "WebSocket", "DOMException", "EventSource", "Event"]) await P("static_" + n, () => staticNames(globalThis[n]));
  await P("console", () => Object.getOwnPropertyNames(console).sort().map((n) => n + ":" + typeof console[n]));
  await P("consoleReturns", () => [console.log("x"), console.table?.([1]), console.count?.(), console.time?.(), console.assert?.(true)].map(String));
  await P("navigatorMembers", () => { const o = []; for (const k in navigator) o.push(k + ":" + typeof navigator[k]); return o.sort(); });
  await P("performanceMembers", () => { const o = []; for (const k in performance) o.push(k + ":" + typeof performance[k]); return o.sort(); });
  await P("cryptoMembers", () => { const o = []; for (const k in crypto) o.push(k); return [o.sort(), Object.getOwnPropertyNames(Object.getPrototypeOf(crypto)).sort()]; });
}),
];
