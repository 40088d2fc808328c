// Oracle definitions of the webapi4-* cases: put this file beside the oracle's defs/_h.mjs (DEFS_DIR) and run `node record.mjs webapi4` to re-record them.
import { PRELUDE, get, req, CD } from "./_h.mjs";
// Each probe body is a real function here (no escaping), serialised into the worker.
const worker = (fn) => ({
  modules: true, compatibilityDate: CD,
  script: `${PRELUDE}
const probes = (${fn.toString()});
export default {
  async fetch(req, env, ctx) {
    const out = {};
    const P = async (k, f) => { out[k] = await Promise.race([t(f), new Promise((r) => setTimeout(() => r("hang"), 200))]); };
    await probes(P, out, req);
    return Response.json(out);
  }
};`,
});
const c = (name, description, fn, steps = [get("/")]) => ({ name, area: "web-api", description, options: worker(fn), steps });

export default [
c("webapi4-crypto-shapes-errors", "WebCrypto: digest names, generated key algorithm shapes, JWK exports, AES/HMAC parameter errors, usage errors, getRandomValues types", async (P) => {
  const enc = new TextEncoder();
  const hex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, "0")).join("");
  const alg = (k) => JSON.parse(JSON.stringify(k.algorithm, (key, v) => v instanceof Uint8Array ? ["U8", ...v] : v));
  await P("digestNames", async () => { const o = {}; for (const n of ["SHA-1", "sha-256", "Sha-384", "SHA-512", "MD5", "md5", "SHA-224", "SHA256", "sha3-256", ""]) { try { o[n] = hex(await crypto.subtle.digest(n, enc.encode("abc"))).slice(0, 16); } catch (e) { o[n] = e.name + ": " + e.message; } } return o; });
  await P("digestObj", async () => hex(await crypto.subtle.digest({ name: "SHA-256", length: 5 }, new Uint8Array([1]))).slice(0, 8));
  await P("digestNoName", async () => crypto.subtle.digest({}, new Uint8Array([1])));
  await P("digestString", async () => crypto.subtle.digest("SHA-256", "abc"));
  await P("digestDataView", async () => hex(await crypto.subtle.digest("SHA-1", new DataView(new Uint8Array([97, 98, 99]).buffer))).slice(0, 8));
  await P("digestNoData", async () => crypto.subtle.digest("SHA-1"));
  await P("hmacDefaultLen", async () => { const o = []; for (const h of ["SHA-1", "SHA-256", "SHA-384", "SHA-512"]) { const k = await crypto.subtle.generateKey({ name: "HMAC", hash: h }, true, ["sign"]); o.push([alg(k), (await crypto.subtle.exportKey("raw", k)).byteLength]); } return o; });
  await P("hmacJwk", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-384" }, true, ["verify", "sign"]); const j = await crypto.subtle.exportKey("jwk", k); return [Object.keys(j), j, k.usages]; });
  await P("hmacLenOdd", async () => { const k = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256", length: 12 }, true, ["sign"]); return [alg(k), (await crypto.subtle.exportKey("raw", k)).byteLength]; });
  await P("hmacNoHash", async () => crypto.subtle.generateKey({ name: "HMAC" }, true, ["sign"]));
  await P("hmacBadUsage", async () => crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["encrypt"]));
  await P("hmacNoUsages", async () => crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, true, []));
  await P("aesGenShapes", async () => { const o = []; for (const [n, l] of [["AES-GCM", 128], ["AES-CBC", 192], ["AES-CTR", 256], ["AES-KW", 128]]) { const k = await crypto.subtle.generateKey({ name: n, length: l }, true, n === "AES-KW" ? ["wrapKey", "unwrapKey"] : ["decrypt", "encrypt"]); const j = await crypto.subtle.exportKey("jwk", k); o.push([alg(k), k.usages, j.alg, j.key_ops, j.ext, Object.keys(j)]); } return o; });
  await P("aesGenBadLen", async () => crypto.subtle.generateKey({ name: "AES-GCM", length: 100 }, true, ["encrypt"]));
  await P("aesGenNoLen", async () => crypto.subtle.generateKey({ name: "AES-GCM" }, true, ["encrypt"]));
  const aes = (n, u = ["encrypt", "decrypt"]) => crypto.subtle.importKey("raw", new Uint8Array(16).fill(7), n, true, u);
  await P("gcmIvEmpty", async () => crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(0) }, await aes("AES-GCM"), new Uint8Array(4)));
  await P("gcmTagLens", async () => { const k = await aes("AES-GCM"); const o = {}; for (const tl of [32, 64, 96, 104, 112, 120, 128, 40, 256]) { try { o[tl] = (await crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), tagLength: tl }, k, new Uint8Array(4))).byteLength; } catch (e) { o[tl] = e.name + ": " + e.message; } } return o; });
  await P("gcmAad", async () => { const k = await aes("AES-GCM"); const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), additionalData: enc.encode("aad") }, k, enc.encode("hi")); const ok = new TextDecoder().decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv: new Uint8Array(12), additionalData: enc.encode("aad") }, k, ct)); const bad = await crypto.subtle.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, k, ct).then(() => "ok", (e) => e.name + ": " + e.message); return [hex(ct), ok, bad]; });
  await P("gcmShortCt", async () => crypto.subtle.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, await aes("AES-GCM"), new Uint8Array(5)));
  await P("gcmNoIv", async () => crypto.subtle.encrypt({ name: "AES-GCM" }, await aes("AES-GCM"), new Uint8Array(4)));
  await P("cbcBadIv", async () => crypto.subtle.encrypt({ name: "AES-CBC", iv: new Uint8Array(15) }, await aes("AES-CBC"), new Uint8Array(4)));
  await P("cbcBadPadding", async () => crypto.subtle.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, await aes("AES-CBC"), new Uint8Array(16)));
  await P("cbcBadLength", async () => crypto.subtle.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, await aes("AES-CBC"), new Uint8Array(15)));
  await P("cbcEmptyCt", async () => crypto.subtle.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, await aes("AES-CBC"), new Uint8Array(0)));
  await P("cbcVector", async () => hex(await crypto.subtle.encrypt({ name: "AES-CBC", iv: new Uint8Array(16).fill(1) }, await aes("AES-CBC"), enc.encode("hello world, 16!"))));
  await P("ctrBadLen", async () => crypto.subtle.encrypt({ name: "AES-CTR", counter: new Uint8Array(16), length: 0 }, await aes("AES-CTR"), new Uint8Array(4)));
  await P("ctrBadCounter", async () => crypto.subtle.encrypt({ name: "AES-CTR", counter: new Uint8Array(8), length: 64 }, await aes("AES-CTR"), new Uint8Array(4)));
  await P("ctrLen129", async () => crypto.subtle.encrypt({ name: "AES-CTR", counter: new Uint8Array(16), length: 129 }, await aes("AES-CTR"), new Uint8Array(4)));
  await P("wrongAlgForKey", async () => crypto.subtle.encrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, await aes("AES-GCM"), new Uint8Array(4)));
  await P("missingUsage", async () => crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, await aes("AES-GCM", ["decrypt"]), new Uint8Array(4)));
  await P("signMissingUsage", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(8), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]); return crypto.subtle.sign("HMAC", k, new Uint8Array(1)); });
  await P("exportNonExtractable", async () => { const k = await crypto.subtle.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]); return crypto.subtle.exportKey("raw", k); });
  await P("exportSpkiOfSecret", async () => crypto.subtle.exportKey("spki", await aes("AES-GCM")));
  await P("exportPkcs8OfSecret", async () => crypto.subtle.exportKey("pkcs8", await aes("AES-GCM")));
  await P("ecdsaGen", async () => { const kp = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["verify", "sign"]); const j = await crypto.subtle.exportKey("jwk", kp.privateKey); const pj = await crypto.subtle.exportKey("jwk", kp.publicKey); const sig = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-384" }, kp.privateKey, enc.encode("m")); const v = await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-384" }, kp.publicKey, sig, enc.encode("m")); const raw = await crypto.subtle.exportKey("raw", kp.publicKey); return [alg(kp.privateKey), kp.privateKey.usages, kp.publicKey.usages, Object.keys(j).sort(), j.key_ops, pj.key_ops, j.ext, pj.ext, sig.byteLength, v, raw.byteLength, new Uint8Array(raw)[0], kp.publicKey.extractable, kp.privateKey.extractable]; });
  await P("ecdsaGenNonExtractable", async () => { const kp = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-384" }, false, ["sign", "verify"]); return [kp.publicKey.extractable, kp.privateKey.extractable]; });
  await P("ecdsaBadCurve", async () => crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-192" }, true, ["sign"]));
  await P("ecdsaWrongSigLen", async () => { const kp = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); return crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, kp.publicKey, new Uint8Array(10), enc.encode("m")); });
  await P("ecdsaRawPrivate", async () => { const kp = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); return crypto.subtle.exportKey("raw", kp.privateKey); });
  await P("ecdsaNoHash", async () => { const kp = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); return crypto.subtle.sign({ name: "ECDSA" }, kp.privateKey, enc.encode("m")); });
  await P("ecdsaGenUsagesEmpty", async () => crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]));
  await P("rsaGen", async () => { const kp = await crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]); const pj = await crypto.subtle.exportKey("jwk", kp.publicKey); return [alg(kp.publicKey), Object.keys(pj).sort(), pj.alg, pj.e, pj.key_ops, kp.privateKey.usages]; });
  await P("rsaPssGenJwkAlg", async () => { const o = []; for (const h of ["SHA-1", "SHA-256", "SHA-384", "SHA-512"]) { const kp = await crypto.subtle.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: h }, true, ["sign", "verify"]); o.push((await crypto.subtle.exportKey("jwk", kp.publicKey)).alg); const kq = await crypto.subtle.generateKey({ name: "RSA-OAEP", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: h }, true, ["encrypt", "decrypt"]); o.push((await crypto.subtle.exportKey("jwk", kq.publicKey)).alg); } return o; });
  await P("rsaGenSmall", async () => crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 256, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign"]));
  await P("rsaGenBadExp", async () => crypto.subtle.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 1024, publicExponent: new Uint8Array([4]), hash: "SHA-256" }, true, ["sign"]));
  await P("rsaGenNoHash", async () => crypto.subtle.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]) }, true, ["sign"]));
  await P("ed25519Gen", async () => { const kp = await crypto.subtle.generateKey("Ed25519", true, ["sign", "verify"]); const j = await crypto.subtle.exportKey("jwk", kp.privateKey); const raw = await crypto.subtle.exportKey("raw", kp.publicKey); const sig = await crypto.subtle.sign("Ed25519", kp.privateKey, enc.encode("m")); return [alg(kp.publicKey), Object.keys(j).sort(), j.crv, j.kty, j.alg, raw.byteLength, sig.byteLength, await crypto.subtle.verify({ name: "Ed25519" }, kp.publicKey, sig, enc.encode("m")), await crypto.subtle.verify("Ed25519", kp.publicKey, sig, enc.encode("n"))]; });
  await P("nodeEd25519", async () => { const kp = await crypto.subtle.generateKey({ name: "NODE-ED25519", namedCurve: "NODE-ED25519" }, true, ["sign", "verify"]); return [alg(kp.publicKey), kp.publicKey.type]; });
  await P("x25519Gen", async () => { const kp = await crypto.subtle.generateKey({ name: "X25519" }, true, ["deriveBits"]); const j = await crypto.subtle.exportKey("jwk", kp.publicKey); return [alg(kp.privateKey), kp.privateKey.usages, kp.publicKey.usages, Object.keys(j).sort(), j.crv]; });
  await P("keyShape", async () => { const k = await aes("AES-GCM"); return [Object.prototype.toString.call(k), k.constructor.name, Object.keys(k), k instanceof CryptoKey, typeof CryptoKey, k.type, JSON.stringify(k)]; });
  await P("cryptoKeyCtor", async () => new CryptoKey());
  await P("randomFloat", () => crypto.getRandomValues(new Float32Array(2)));
  await P("randomFloat64", () => crypto.getRandomValues(new Float64Array(2)));
  await P("randomBigInt", () => { const a = crypto.getRandomValues(new BigUint64Array(2)); return [a.constructor.name, a.length]; });
  await P("randomClamped", () => crypto.getRandomValues(new Uint8ClampedArray(2)).constructor.name);
  await P("randomDataView", () => crypto.getRandomValues(new DataView(new ArrayBuffer(4))));
  await P("randomArrayBuffer", () => crypto.getRandomValues(new ArrayBuffer(4)));
  await P("random65536", () => crypto.getRandomValues(new Uint8Array(65536)).length);
  await P("random65537", () => crypto.getRandomValues(new Uint8Array(65537)));
  await P("random16384x4", () => crypto.getRandomValues(new Uint32Array(16385)));
  await P("randomUnbound", () => { const g = crypto.getRandomValues; return g(new Uint8Array(1)); });
  await P("randomUUIDUnbound", () => { const g = crypto.randomUUID; return typeof g(); });
  await P("subtleUnbound", async () => { const d = crypto.subtle.digest; return d("SHA-1", new Uint8Array(1)); });
  await P("importRawEcdsa", async () => { const kp = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); const raw = await crypto.subtle.exportKey("raw", kp.publicKey); const k = await crypto.subtle.importKey("raw", raw, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]); const bad = await crypto.subtle.importKey("raw", raw, { name: "ECDSA", namedCurve: "P-384" }, true, ["verify"]).then(() => "ok", (e) => e.name + ": " + e.message); const badU = await crypto.subtle.importKey("raw", raw, { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]).then(() => "ok", (e) => e.name + ": " + e.message); return [alg(k), k.usages, bad, badU]; });
  await P("importJwkHmacAlgMismatch", async () => crypto.subtle.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAA", alg: "HS256" }, { name: "HMAC", hash: "SHA-384" }, true, ["sign"]));
  await P("importJwkExtFalse", async () => crypto.subtle.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", ext: false }, "AES-GCM", true, ["encrypt"]));
  await P("importJwkKeyOps", async () => crypto.subtle.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", key_ops: ["encrypt"] }, "AES-GCM", true, ["decrypt"]));
  await P("importJwkUse", async () => crypto.subtle.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", use: "sig" }, "AES-GCM", true, ["encrypt"]));
  await P("importJwkAesAlgMismatch", async () => crypto.subtle.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "A256GCM" }, "AES-GCM", true, ["encrypt"]));
  await P("unknownAlg", async () => crypto.subtle.encrypt("FOO", await aes("AES-GCM"), new Uint8Array(1)));
  await P("unknownAlgImport", async () => crypto.subtle.importKey("raw", new Uint8Array(16), "FOO", true, ["encrypt"]));
  await P("notAKey", async () => crypto.subtle.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, {}, new Uint8Array(1)));
}),

c("webapi4-request-response-more", "Request/Response: method normalisation, forbidden methods, GET with body, unsupported properties, error/redirect guards, status limits, body sources and content types, clone/tee, incoming request headers", async (P, out, req) => {
  await P("methods", () => ["get", "post", "patch", "Delete", "options", "head", "put", "PaTcH", "custom", "m-search"].map((m) => new Request("http://x/", { method: m }).method));
  await P("methodConnect", () => new Request("http://x/", { method: "CONNECT" }));
  await P("methodTrace", () => new Request("http://x/", { method: "trace" }));
  await P("methodTrack", () => new Request("http://x/", { method: "TRACK" }));
  await P("methodBad", () => new Request("http://x/", { method: "a b" }));
  await P("methodEmpty", () => new Request("http://x/", { method: "" }));
  await P("getWithBody", () => new Request("http://x/", { body: "a" }));
  await P("headWithBody", () => new Request("http://x/", { method: "HEAD", body: "a" }));
  await P("getWithNullBody", () => new Request("http://x/", { body: null }).body);
  await P("getWithEmptyBody", () => new Request("http://x/", { body: "" }));
  await P("props", () => { const r = new Request("http://x/"); return ["mode", "credentials", "destination", "referrer", "referrerPolicy", "integrity", "keepalive", "cache", "redirect", "isHistoryNavigation", "duplex", "fetcher", "cf", "bodyUsed", "body"].map((k) => [k, typeof r[k], r[k] === undefined ? "undef" : r[k] === null ? "null" : String(r[k])]); });
  await P("redirectOpts", () => ["follow", "manual"].map((r) => new Request("http://x/", { redirect: r }).redirect));
  await P("redirectError", () => new Request("http://x/", { redirect: "error" }).redirect);
  await P("redirectBad", () => new Request("http://x/", { redirect: "nope" }));
  await P("modeOpt", () => new Request("http://x/", { mode: "cors" }).mode);
  await P("credentialsOpt", () => new Request("http://x/", { credentials: "include" }).credentials);
  await P("cacheNoStore", () => new Request("http://x/", { cache: "no-store" }).cache);
  await P("cacheReload", () => new Request("http://x/", { cache: "reload" }));
  await P("cfOpt", () => JSON.stringify(new Request("http://x/", { cf: { cacheTtl: 5 } }).cf));
  await P("errorResp", () => { const r = Response.error(); return [r.type, r.status, r.statusText, r.ok, r.body, r.url, r.redirected, [...r.headers]]; });
  await P("errorRespSet", () => Response.error().headers.set("a", "b"));
  await P("redirectRespSet", () => { const r = Response.redirect("http://x/y", 301); r.headers.set("a", "b"); return [...r.headers]; });
  await P("jsonRespSet", () => { const r = Response.json({}); r.headers.set("a", "b"); return [...r.headers]; });
  await P("statuses", () => [200, 201, 299, 300, 399, 400, 599].map((s) => { const r = new Response(null, { status: s }); return [r.status, r.ok, r.statusText]; }));
  await P("status199", () => new Response(null, { status: 199 }));
  await P("status600", () => new Response(null, { status: 600 }));
  await P("status0", () => new Response(null, { status: 0 }));
  await P("status101", () => new Response(null, { status: 101 }).status);
  await P("statusStr", () => new Response(null, { status: "201" }).status);
  await P("statusFloat", () => new Response(null, { status: 201.7 }).status);
  await P("nullBody204", () => new Response("x", { status: 204 }));
  await P("nullBody205", () => new Response("x", { status: 205 }));
  await P("nullBody304", () => new Response("x", { status: 304 }));
  await P("emptyStr204", () => new Response("", { status: 204 }));
  await P("statusTextDefault", () => [new Response(null, { status: 404 }).statusText, new Response(null, { status: 404, statusText: "Nope" }).statusText]);
  await P("bodySources", async () => { const o = []; const srcs = [["str", "abc"], ["u8sub", new Uint8Array([1, 2, 3, 4]).subarray(1, 3)], ["ab", new Uint8Array([5, 6]).buffer], ["dv", new DataView(new Uint8Array([7, 8, 9]).buffer, 1)], ["usp", new URLSearchParams("a=b c&d=é")], ["blob", new Blob(["q"], { type: "Text/Weird" })], ["blobNoType", new Blob(["q"])], ["num", 42], ["obj", { a: 1 }], ["arr", [1, 2]], ["undef", undefined], ["null", null]]; for (const [n, b] of srcs) { const r = new Response(b); o.push([n, r.headers.get("content-type"), r.body === null, [...new Uint8Array(await r.arrayBuffer())].join(",")]); } return o; });
  await P("formDataBody", async () => { const fd = new FormData(); fd.append("a", "1"); const r = new Response(fd); const ct = r.headers.get("content-type"); const txt = await r.text(); const b = ct.split("boundary=")[1]; return [ct.startsWith("multipart/form-data; boundary="), b.length, txt.split(b).length, txt.replaceAll(b, "B")]; });
  await P("formDataFileBody", async () => { const fd = new FormData(); fd.append("f", new File(["x"], "a\"b\n.txt", { type: "t/x" })); fd.append("g", new Blob(["y"])); const r = new Response(fd); const ct = r.headers.get("content-type"); const b = ct.split("boundary=")[1]; return (await r.text()).replaceAll(b, "B"); });
  await P("ctExplicit", async () => { const r = new Response(new URLSearchParams("a=1"), { headers: { "content-type": "x/y" } }); return r.headers.get("content-type"); });
  await P("reqBodySources", async () => { const r = new Request("http://x/", { method: "POST", body: new URLSearchParams("x=1") }); return [r.headers.get("content-type"), await r.text()]; });
  await P("reqArrayBufferNoCt", async () => new Request("http://x/", { method: "POST", body: new Uint8Array([1]) }).headers.get("content-type"));
  await P("cloneBoth", async () => { const r = new Response("hello"); const c2 = r.clone(); return [await r.text(), await c2.text(), r.bodyUsed, c2.bodyUsed]; });
  await P("cloneAfterRead", async () => { const r = new Response("hello"); await r.text(); return r.clone(); });
  await P("cloneError", () => { const r = Response.error().clone(); return [r.type, r.status]; });
  await P("cloneRedirect", () => { const r = Response.redirect("http://a/", 307).clone(); return [r.status, r.headers.get("location"), r.type]; });
  await P("bodyUsedGetReader", async () => { const r = new Response("x"); const rd = r.body.getReader(); const a = r.bodyUsed; await rd.read(); return [a, r.bodyUsed, r.body.locked]; });
  await P("textAfterGetReader", async () => { const r = new Response("x"); r.body.getReader(); return r.text(); });
  await P("bodySame", () => { const r = new Response("x"); return r.body === r.body; });
  await P("incomingHeadersMutable", () => { req.headers.set("x-new", "1"); return req.headers.get("x-new"); });
  await P("incomingProps", () => [req.method, typeof req.cf, req.redirect, req.bodyUsed, req.body === null, typeof req.signal, req.signal && req.signal.aborted, req.headers.has("cf-connecting-ip"), req.headers.get("accept-encoding")]);
  await P("requestFromRequestOverride", async () => { const a = new Request("http://x/a", { method: "POST", body: "b", headers: { h: "1" } }); const b = new Request(a, { method: "PUT", headers: { g: "2" } }); return [b.method, [...b.headers], await b.text(), a.bodyUsed]; });
  await P("requestUrlRelative", () => new Request("/relative"));
  await P("requestUrlObj", () => new Request(new URL("http://x/p?q#f")).url);
  await P("requestUrlCreds", () => new Request("http://u:p@x/").url);
  await P("responseUrl", async () => { const r = new Response("x"); return [r.url, r.redirected, r.type, typeof r.webSocket, r.webSocket]; });
  await P("responseEncodeBody", () => { const r = new Response("x", { encodeBody: "manual" }); return [r.encodeBody, typeof r.encodeBody]; });
  await P("responseCf", () => [typeof new Response("x").cf, JSON.stringify(new Response("x", { cf: { a: 1 } }).cf)]);
  await P("respHeadersSetCookie", () => { const r = new Response("", { headers: [["Set-Cookie", "a=1"], ["set-cookie", "b=2"]] }); return [r.headers.get("set-cookie"), r.headers.getSetCookie(), [...r.headers]]; });
  await P("jsonStatusNull", () => Response.json({ a: 1 }, { status: 204 }));
  await P("jsonHeaders", () => { const r = Response.json([1], { status: 201, statusText: "C", headers: { "content-type": "x/y", "x-a": "b" } }); return [r.status, r.statusText, [...r.headers]]; });
  await P("bytesMethod", async () => { const r = new Response("ab"); const b = await r.bytes(); return [b.constructor.name, [...b]]; });
  await P("reqBytes", async () => { const b = await new Request("http://x/", { method: "POST", body: "ab" }).bytes(); return [b.constructor.name, [...b]]; });
  await P("blobOfResponseCt", async () => { const b = await new Response("x", { headers: { "content-type": "Text/HTML; Charset=UTF-8" } }).blob(); return b.type; });
  await P("jsonEmpty", async () => new Response("").json());
  await P("jsonBom", async () => new Response("\ufeff{\"a\":1}").json());
  await P("arrayBufferEmpty", async () => { const r = new Response(null); return [(await r.arrayBuffer()).byteLength, await new Response(null).text()]; });
  await P("formDataNoCt", async () => new Response("a=b").formData());
  await P("formDataUrlenc", async () => [...await new Response("a=b&c=%20d+e", { headers: { "content-type": "application/x-www-form-urlencoded" } }).formData()]);
}),

c("webapi4-events-timers-abort", "EventTarget options (once, capture, handleEvent), Event fields, AbortSignal.any/timeout details, timers ordering and clock behaviour, scheduler.wait, performance", async (P) => {
  await P("once", () => { const et = new EventTarget(); let n = 0; et.addEventListener("x", () => n++, { once: true }); et.dispatchEvent(new Event("x")); et.dispatchEvent(new Event("x")); return n; });
  await P("dupListener", () => { const et = new EventTarget(); let n = 0; const f = () => n++; et.addEventListener("x", f); et.addEventListener("x", f); et.addEventListener("x", f, { capture: true }); et.dispatchEvent(new Event("x")); return n; });
  await P("removeCaptureMismatch", () => { const et = new EventTarget(); let n = 0; const f = () => n++; et.addEventListener("x", f, true); et.removeEventListener("x", f); et.dispatchEvent(new Event("x")); et.removeEventListener("x", f, { capture: true }); et.dispatchEvent(new Event("x")); return n; });
  await P("handleEvent", () => { const et = new EventTarget(); const log = []; const o = { handleEvent(e) { log.push([e.type, this === o]); } }; et.addEventListener("x", o); et.dispatchEvent(new Event("x")); return log; });
  await P("handleEventMissing", () => { const et = new EventTarget(); et.addEventListener("x", {}); return et.dispatchEvent(new Event("x")); });
  await P("eventFields", () => { const e = new Event("x", { bubbles: true, cancelable: true, composed: true }); return [e.type, e.bubbles, e.cancelable, e.composed, e.isTrusted, e.eventPhase, e.defaultPrevented, e.returnValue, e.cancelBubble, typeof e.timeStamp, e.target, e.currentTarget, e.srcElement, typeof e.composedPath, e.composedPath().length]; });
  await P("eventDuringDispatch", () => { const et = new EventTarget(); let s; et.addEventListener("x", (e) => { s = [e.target === et, e.currentTarget === et, e.eventPhase, e.composedPath().length, e.isTrusted]; }); et.dispatchEvent(new Event("x")); return s; });
  await P("returnValueSet", () => { const e = new Event("x", { cancelable: true }); e.returnValue = false; return [e.defaultPrevented, e.returnValue]; });
  await P("cancelBubbleSet", () => { const e = new Event("x"); e.cancelBubble = true; return e.cancelBubble; });
  await P("dispatchReturn", () => { const et = new EventTarget(); et.addEventListener("x", (e) => e.preventDefault()); return [et.dispatchEvent(new Event("x", { cancelable: true })), et.dispatchEvent(new Event("x"))]; });
  await P("listenerOrderAddDuring", () => { const et = new EventTarget(); const log = []; et.addEventListener("x", () => { log.push(1); et.addEventListener("x", () => log.push(3)); }); et.addEventListener("x", () => log.push(2)); et.dispatchEvent(new Event("x")); return log; });
  await P("removeDuring", () => { const et = new EventTarget(); const log = []; const b = () => log.push(2); et.addEventListener("x", () => { log.push(1); et.removeEventListener("x", b); }); et.addEventListener("x", b); et.dispatchEvent(new Event("x")); return log; });
  await P("customEventDetail", () => { const e = new CustomEvent("c", { detail: { a: 1 } }); return [e.detail, new CustomEvent("c").detail, e instanceof Event, e.constructor.name]; });
  await P("eventNoNew", () => Event("x"));
  await P("eventTargetNoNew", () => EventTarget());
  await P("addListenerArgs", () => new EventTarget().addEventListener("x"));
  await P("addListenerNoType", () => new EventTarget().addEventListener());
  await P("passiveOpt", () => { const et = new EventTarget(); let d; et.addEventListener("x", (e) => { e.preventDefault(); d = e.defaultPrevented; }, { passive: true }); et.dispatchEvent(new Event("x", { cancelable: true })); return d; });
  await P("abortEvent", async () => { const ac = new AbortController(); let s; ac.signal.addEventListener("abort", (e) => { s = [e.type, e.isTrusted, e.constructor.name, e.target === ac.signal, e.cancelable, e.bubbles]; }); ac.abort(); return s; });
  await P("abortOrder", () => { const ac = new AbortController(); const log = []; ac.signal.addEventListener("abort", () => log.push("l1")); ac.signal.onabort = () => log.push("on"); ac.signal.addEventListener("abort", () => log.push("l2")); ac.abort(); return log; });
  await P("anyFollows", async () => { const a = new AbortController(); const b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]); let ev = 0; s.addEventListener("abort", () => ev++); b.abort("bee"); a.abort("ay"); return [s.aborted, s.reason, ev]; });
  await P("anyOfAny", async () => { const a = new AbortController(); const s = AbortSignal.any([AbortSignal.any([a.signal])]); a.abort(); return [s.aborted, s.reason.name, s.reason.message]; });
  await P("anyTimeout", async () => { const s = AbortSignal.any([AbortSignal.timeout(10)]); await scheduler.wait(30); return [s.aborted, s.reason && s.reason.name, s.reason && s.reason.message]; });
  await P("timeoutReason", async () => { const s = AbortSignal.timeout(5); const a = s.aborted; await scheduler.wait(20); return [a, s.aborted, s.reason.name, s.reason.message, s.reason.code, s.reason.constructor.name]; });
  await P("timeoutHuge", () => AbortSignal.timeout(2 ** 53).aborted);
  await P("timeoutNeg", () => AbortSignal.timeout(-1));
  await P("abortStatic", () => { const s = AbortSignal.abort(); return [s.aborted, s.reason.name, s.reason.message, s.reason.code]; });
  await P("abortStaticReason", () => { const s = AbortSignal.abort(0); return [s.aborted, s.reason]; });
  await P("throwIfAbortedReason", () => { const s = AbortSignal.abort({ x: 1 }); try { s.throwIfAborted(); } catch (e) { return e; } });
  await P("timerOrder", async () => { const log = []; setTimeout(() => log.push("t10"), 10); setTimeout(() => log.push("t0"), 0); setTimeout(() => log.push("t0b")); queueMicrotask(() => log.push("mt")); Promise.resolve().then(() => log.push("p")); await scheduler.wait(30); return log; });
  await P("timerNegative", async () => { const log = []; setTimeout(() => log.push("neg"), -5); setTimeout(() => log.push("zero"), 0); await scheduler.wait(10); return log; });
  await P("intervalCount", async () => { let n = 0; await new Promise((r) => { const id = setInterval(() => { n++; if (n === 3) { clearInterval(id); r(); } }, 1); }); return n; });
  await P("clearTimeoutBad", () => [clearTimeout(), clearTimeout(null), clearTimeout("x"), clearTimeout({}), clearInterval(12345)]);
  await P("timeoutIdShape", () => { const id = setTimeout(() => {}, 1000); clearTimeout(id); return [typeof id, typeof id[Symbol.toPrimitive], Object.prototype.toString.call(id), id > 0 || Number(id) > 0]; });
  await P("clockFrozen", () => { const a = Date.now(); const p = performance.now(); let x = 0; for (let i = 0; i < 3e6; i++) x += i % 7; return [Date.now() - a >= 0, performance.now() - p >= 0, x > 0]; });
  await P("clockAdvancesWait", async () => { const a = Date.now(); await scheduler.wait(20); const d = Date.now() - a; return d >= 20; });
  await P("clockAdvancesTimeout", async () => { const a = Date.now(); await new Promise((r) => setTimeout(r, 15)); const d = Date.now() - a; return d >= 15; });
  await P("perfShape", () => [typeof performance.now(), performance.timeOrigin, typeof performance.mark, typeof performance.measure, typeof performance.getEntries, typeof performance.toJSON, Object.prototype.toString.call(performance)]);
  await P("perfNowVsDate", () => Math.abs(performance.now() - Date.now()) < 5);
  await P("schedulerWaitReturn", async () => { const r = await scheduler.wait(1); return [r === undefined, typeof scheduler.wait(1).then]; });
  await P("schedulerWaitSignal", async () => { const ac = new AbortController(); const p = scheduler.wait(50, { signal: ac.signal }); ac.abort(); return p.then(() => "resolved", (e) => [e.name, e.message]); });
  await P("schedulerWaitAborted", async () => scheduler.wait(10, { signal: AbortSignal.abort("r") }));
  await P("schedulerWaitStr", async () => { await scheduler.wait("5"); return "ok"; });
  await P("schedulerPostTask", () => typeof scheduler.postTask);
  await P("setTimeoutNonFn", () => setTimeout("1+1", 1));
  await P("setTimeoutNull", () => setTimeout(null, 1));
  await P("queueMicrotaskOrder", async () => { const log = []; queueMicrotask(() => log.push(1)); Promise.resolve().then(() => log.push(2)); queueMicrotask(() => log.push(3)); await null; await null; return log; });
  await P("queueMicrotaskThrows", async () => { let got; const h = (e) => { got = [e.constructor.name, e.error && e.error.message, e.message]; e.preventDefault && e.preventDefault(); }; addEventListener("error", h); queueMicrotask(() => { throw new Error("mt-throw"); }); await scheduler.wait(5); removeEventListener("error", h); return got || "none"; });
  await P("reportErrorString", () => { let got; const h = (e) => { got = [e.constructor.name, e.error, e.message, e.lineno, e.colno]; }; addEventListener("error", h); reportError("plain"); removeEventListener("error", h); return got; });
  await P("reportErrorCancel", () => { let got; const h = (e) => { got = [e.cancelable, e.defaultPrevented]; e.preventDefault(); }; addEventListener("error", h); reportError(new Error("x")); removeEventListener("error", h); return got; });
  await P("unhandledRejectionEvent", async () => { let got = "none"; const h = (e) => { got = [e.constructor.name, e.type, e.reason && e.reason.message, typeof e.promise]; e.preventDefault(); }; addEventListener("unhandledrejection", h); Promise.reject(new Error("unh")); await scheduler.wait(10); removeEventListener("unhandledrejection", h); return got; });
}),

c("webapi4-url-encoding-more", "URL statics (canParse/parse), searchParams size/has/delete with values, setters edge cases, numeric hosts, TextDecoder/TextEncoder options, atob/btoa edges", async (P) => {
  await P("canParse", () => [typeof URL.canParse, URL.canParse && URL.canParse("http://x"), URL.canParse && URL.canParse("/p"), URL.canParse && URL.canParse("/p", "http://x"), URL.canParse && URL.canParse("x", "bad")]);
  await P("parse", () => [typeof URL.parse, URL.parse && String(URL.parse("http://x/a")), URL.parse && URL.parse("nope"), URL.parse && String(URL.parse("b", "http://x/a/"))]);
  await P("uspSize", () => { const u = new URLSearchParams("a=1&b=2&a=3"); return [u.size, u.has("a", "3"), u.has("a", "4"), (u.delete("a", "1"), u.toString()), u.size]; });
  await P("uspSort", () => { const u = new URLSearchParams("z=1&a=2&é=3&A=4&a=1&%F0%9F%98%80=5&%EF%BF%BD=6"); u.sort(); return u.toString(); });
  await P("uspSerialize", () => new URLSearchParams({ k: " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~é" }).toString());
  await P("uspFromUrlLive", () => { const u = new URL("http://x/?a=1"); u.searchParams.append("b", "2 3"); const s1 = u.href; u.search = "?c=4"; return [s1, [...u.searchParams], u.searchParams.size]; });
  await P("uspEmptySearch", () => { const u = new URL("http://x/?a=1"); u.searchParams.delete("a"); return [u.href, u.search]; });
  await P("numericHosts", () => ["http://0x7f.1/", "http://127.1/", "http://2130706433/", "http://0177.0.0.1/", "http://1.2.3.4.5/", "http://256.0.0.1/", "http://[::ffff:1.2.3.4]/", "http://[0:0:0:0:0:0:0:1]/", "http://EXAMPLE.com./", "http://ex%41mple.com/"].map((s) => { try { return new URL(s).host; } catch (e) { return e.name + ": " + e.message; } }));
  await P("setters", () => { const u = new URL("http://a.com:8080/p?q#h"); const o = []; u.port = "80"; o.push(u.href); u.port = "99999"; o.push(u.href); u.port = "12ab"; o.push(u.href); u.port = ""; o.push(u.href); u.host = "b.com:81"; o.push(u.href); u.hostname = "c.com:82"; o.push(u.href); u.protocol = "https"; o.push(u.href); u.protocol = "ftp:"; o.push(u.href); u.protocol = "foo"; o.push(u.href); u.username = "us er"; u.password = "p@ss"; o.push(u.href); u.pathname = "a b/../c"; o.push(u.href); u.search = "x=1 2"; o.push(u.href); u.hash = "h h"; o.push(u.href); u.hash = ""; u.search = ""; o.push(u.href); return o; });
  await P("nonSpecial", () => ["foo://h/p?q", "foo:/p", "foo:p", "mailto:a@b", "data:text/plain,x", "blob:http://x/uuid", "javascript:alert(1)", "file:///C:/a/../b", "file://host/share", "ws://x:80/", "wss://x:443/"].map((s) => { const u = new URL(s); return [u.href, u.origin, u.host, u.pathname]; }));
  await P("backslashes", () => [new URL("http:\\\\x\\a\\b").href, new URL("foo:\\\\x\\a").href]);
  await P("whitespaceTrim", () => [new URL("  http://x/a b\t\n ").href, new URL("http://x/%zz").href, new URL("http://x/ü?ü#ü").href]);
  await P("toJSON", () => [JSON.stringify({ u: new URL("http://x/") }), new URL("http://x/").toJSON()]);
  await P("urlErrorMsg", () => new URL("http://[::1"));
  await P("urlNoArgs", () => new URL());
  await P("urlSearchParamsSetter", () => { const u = new URL("http://x/"); try { u.searchParams = new URLSearchParams("a=1"); } catch (e) { return e.name; } return u.href; });
  await P("decoderIgnoreBom", () => [new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 65])).length, new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 65])).length, new TextDecoder("utf-16le").decode(new Uint8Array([0xff, 0xfe, 65, 0])).length, new TextDecoder("utf-16le", { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 65, 0])).length]);
  await P("decoderStreamSplit", () => { const d = new TextDecoder(); const a = d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }); const b = d.decode(new Uint8Array([0xac]), { stream: true }); const c2 = d.decode(new Uint8Array([0xe2])); return [a, b, c2]; });
  await P("decoderFatalMsg", () => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])));
  await P("decoderFatalTrunc", () => new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xe2, 0x82])));
  await P("decoderUtf16Odd", () => [new TextDecoder("utf-16le").decode(new Uint8Array([65, 0, 66])), new TextDecoder("utf-16be").decode(new Uint8Array([0, 65]))]);
  await P("decoderUtf16Fatal", () => new TextDecoder("utf-16le", { fatal: true }).decode(new Uint8Array([65, 0, 66])));
  await P("decoderInvalidSeq", () => [...new TextDecoder().decode(new Uint8Array([0xf0, 0x9f, 0x41, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]))].map((ch) => ch.codePointAt(0)));
  await P("decoderLabels", () => ["unicode-1-1-utf-8", "UTF8", "latin1", "ascii", "utf-16", "ucs-2", "iso-8859-1", "windows-1252", "x-user-defined", "iso-2022-jp", "replacement", "gbk", "gb18030", "euc-kr", "koi8-r"].map((l) => { try { return new TextDecoder(l).encoding; } catch (e) { return e.name + ": " + e.message; } }));
  await P("decodeLatin1", () => new TextDecoder("latin1").decode(new Uint8Array([0x80, 0x9f, 0xe9, 0xff])));
  await P("encoderEncodeArgs", () => [new TextEncoder().encode().length, new TextEncoder().encode(undefined).length, new TextEncoder().encode(null).length, new TextEncoder().encode(123).length, [...new TextEncoder().encode("\ud800")]]);
  await P("encodeIntoPartial", () => { const u = new Uint8Array(5); const r = new TextEncoder().encodeInto("a€b😀", u); return [r, [...u]]; });
  await P("atobEdges", () => ["", "YQ", "YQ=", "YQ==", " Y Q = = ", "YQ===", "Y", "YWJj\nZA==", "YW Jj", "=YQ", "YQ=a", "-_", "YR=="].map((s) => { try { return [...atob(s)].map((c2) => c2.charCodeAt(0)).join(","); } catch (e) { return e.name + ": " + e.message; } }));
  await P("btoaEdges", () => [btoa(""), btoa("\xff\xfe"), btoa(null), btoa(undefined), btoa(12)]);
  await P("atobNoArg", () => atob());
  await P("btoaNoArg", () => btoa());
  await P("escapeFns", () => [encodeURIComponent("é &/"), escape("é&"), decodeURIComponent("%C3%A9")]);
  await P("decodeURIBad", () => decodeURIComponent("%E0%A4%A"));
}),

c("webapi4-streams-compression-more", "Compression output bytes, decompression errors (trailing data, corrupt, empty), TextEncoderStream surrogate splits, ReadableStream.from/values, body streams of non-bytes, FixedLengthStream and IdentityTransformStream errors", async (P) => {
  const hex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, "0")).join("");
  const run = async (ts, chunks) => { const w = ts.writable.getWriter(); for (const ch of chunks) w.write(ch).catch(() => {}); w.close().catch(() => {}); const r = ts.readable.getReader(); const o = []; for (;;) { const { value, done } = await r.read(); if (done) break; o.push(...value); } return o; };
  const bytes = (s) => new TextEncoder().encode(s);
  await P("gzipBytes", async () => hex(await run(new CompressionStream("gzip"), [bytes("hello hello hello")])));
  await P("deflateBytes", async () => hex(await run(new CompressionStream("deflate"), [bytes("hello hello hello")])));
  await P("deflateRawBytes", async () => hex(await run(new CompressionStream("deflate-raw"), [bytes("hello hello hello")])));
  await P("gzipEmpty", async () => hex(await run(new CompressionStream("gzip"), [])));
  await P("deflateEmpty", async () => hex(await run(new CompressionStream("deflate"), [])));
  await P("deflateRawEmpty", async () => hex(await run(new CompressionStream("deflate-raw"), [])));
  await P("roundTripAll", async () => { const o = {}; for (const f of ["gzip", "deflate", "deflate-raw"]) { const c2 = await run(new CompressionStream(f), [bytes("abc"), bytes("def")]); o[f] = new TextDecoder().decode(new Uint8Array(await run(new DecompressionStream(f), [new Uint8Array(c2)]))); } return o; });
  await P("trailingGzip", async () => { const c2 = await run(new CompressionStream("gzip"), [bytes("abc")]); return new TextDecoder().decode(new Uint8Array(await run(new DecompressionStream("gzip"), [new Uint8Array([...c2, 1, 2, 3])]))); });
  await P("trailingDeflate", async () => { const c2 = await run(new CompressionStream("deflate"), [bytes("abc")]); return new TextDecoder().decode(new Uint8Array(await run(new DecompressionStream("deflate"), [new Uint8Array([...c2, 1, 2, 3])]))); });
  await P("corrupt", async () => run(new DecompressionStream("gzip"), [new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])]));
  await P("corruptDeflate", async () => run(new DecompressionStream("deflate"), [new Uint8Array([1, 2, 3, 4])]));
  await P("corruptDeflateRaw", async () => run(new DecompressionStream("deflate-raw"), [new Uint8Array([0xff, 0xff, 0xff])]));
  await P("emptyDecompress", async () => run(new DecompressionStream("gzip"), []));
  await P("emptyDecompressRaw", async () => run(new DecompressionStream("deflate-raw"), []));
  await P("gzipAsDeflate", async () => { const c2 = await run(new CompressionStream("gzip"), [bytes("abc")]); return run(new DecompressionStream("deflate"), [new Uint8Array(c2)]); });
  await P("compressionProps", () => { const cs = new CompressionStream("gzip"); return [Object.prototype.toString.call(cs), cs.readable.constructor.name, cs.writable.constructor.name, cs instanceof TransformStream]; });
  await P("formatCase", () => new CompressionStream("GZIP"));
  await P("writeString", async () => run(new CompressionStream("gzip"), ["abc"]));
  await P("writeStringDecompress", async () => run(new DecompressionStream("gzip"), ["abc"]));
  await P("encoderStreamSplitSurrogate", async () => { const ts = new TextEncoderStream(); return run(ts, ["a\ud83d", "\ude00b"]); });
  await P("encoderStreamLoneEnd", async () => { const ts = new TextEncoderStream(); return run(ts, ["a\ud83d"]); });
  await P("encoderStreamNonString", async () => { const ts = new TextEncoderStream(); return run(ts, [123, null, { toString() { return "o"; } }]); });
  await P("decoderStreamSplit", async () => { const ts = new TextDecoderStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array([0xe2, 0x82])); w.write(new Uint8Array([0xac, 0xe2])); w.close(); const r = ts.readable.getReader(); const o = []; for (;;) { const { value, done } = await r.read(); if (done) break; o.push(value); } return o; });
  await P("decoderStreamFatal", async () => { const ts = new TextDecoderStream("utf-8", { fatal: true }); const w = ts.writable.getWriter(); w.write(new Uint8Array([0xff])).catch(() => {}); w.close().catch(() => {}); return ts.readable.getReader().read(); });
  await P("fromAsyncGen", async () => { async function* g() { yield 1; yield "a"; yield { b: 2 }; } const r = ReadableStream.from(g()).getReader(); const o = []; for (;;) { const { value, done } = await r.read(); if (done) break; o.push(value); } return o; });
  await P("fromArray", async () => { const o = []; for await (const x of ReadableStream.from([1, Promise.resolve(2), 3])) o.push(x); return o; });
  await P("valuesMethod", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } }); const o = []; for await (const x of rs.values()) o.push(x); return [o, typeof rs[Symbol.asyncIterator]]; });
  await P("responseOfStringChunks", async () => new Response(new ReadableStream({ start(c) { c.enqueue("abc"); c.close(); } })).text());
  await P("responseOfArrayBufferChunk", async () => new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105]).buffer); c.close(); } })).text());
  await P("responseOfU16Chunk", async () => new Response(new ReadableStream({ start(c) { c.enqueue(new Uint16Array([0x6968])); c.close(); } })).text());
  await P("responseOfErroringStream", async () => new Response(new ReadableStream({ start(c) { c.error(new RangeError("boom")); } })).text());
  await P("fixedTooMany", async () => { const ts = new FixedLengthStream(2); const w = ts.writable.getWriter(); const a = await w.write(new Uint8Array([1, 2, 3])).then(() => "ok", (e) => e.name + ": " + e.message); return a; });
  await P("fixedTooFew", async () => { const ts = new FixedLengthStream(3); const w = ts.writable.getWriter(); ts.readable.getReader().read(); await w.write(new Uint8Array([1])); return w.close().then(() => "ok", (e) => e.name + ": " + e.message); });
  await P("fixedNegative", () => new FixedLengthStream(-1));
  await P("fixedNoArg", () => new FixedLengthStream());
  await P("identityWriteString", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); return w.write("abc"); });
  await P("identityWriteNumber", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); return w.write(5); });
  await P("identityReadSize", async () => { const ts = new IdentityTransformStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array([1, 2, 3])); const r = ts.readable.getReader({ mode: "byob" }); const a = await r.read(new Uint8Array(2)); const b = await r.read(new Uint8Array(2)); return [[...a.value], [...b.value]]; });
  await P("identityHwm", () => { const ts = new IdentityTransformStream({ highWaterMark: 8 }); return ts.writable.getWriter().desiredSize; });
  await P("transformStreamHwm", () => { const ts = new TransformStream({}, { highWaterMark: 3 }, { highWaterMark: 2 }); return [ts.writable.getWriter().desiredSize]; });
  await P("teeErrored", async () => { const rs = new ReadableStream({ start(c) { c.error(new Error("e1")); } }); const [a, b] = rs.tee(); return [await a.getReader().read().then(() => "ok", (e) => e.message), await b.getReader().read().then(() => "ok", (e) => e.message)]; });
  await P("teeCancelBoth", async () => { let reason; const rs = new ReadableStream({ cancel(r) { reason = r; } }); const [a, b] = rs.tee(); await a.cancel("ra"); const p = b.cancel("rb"); await p; return reason; });
  await P("pipeToResolvesUndefined", async () => { const v = await new ReadableStream({ start(c) { c.close(); } }).pipeTo(new WritableStream()); return v === undefined; });
  await P("readableStreamProps", () => Object.getOwnPropertyNames(ReadableStream.prototype).sort());
  await P("writableStreamProps", () => Object.getOwnPropertyNames(WritableStream.prototype).sort());
  await P("transformStreamProps", () => Object.getOwnPropertyNames(TransformStream.prototype).sort());
}),

c("webapi4-formdata-blob-more", "FormData API (set/append with blobs and filenames, iteration while mutating, errors), Blob text decoding, File details, Response.formData round trips", async (P) => {
  await P("fdBasics", () => { const fd = new FormData(); fd.append("a", "1"); fd.append("a", "2"); fd.set("b", "3"); fd.append("c", "4"); fd.set("a", "5"); return [[...fd], fd.has("a"), fd.getAll("a"), fd.get("zz"), [...fd.keys()], [...fd.values()]]; });
  await P("fdDelete", () => { const fd = new FormData(); fd.append("a", "1"); fd.append("b", "2"); fd.append("a", "3"); fd.delete("a"); return [...fd]; });
  await P("fdBlobName", () => { const fd = new FormData(); fd.append("b", new Blob(["x"])); fd.append("f", new File(["x"], "orig.txt")); fd.append("r", new File(["x"], "orig.txt"), "renamed.txt"); fd.append("s", new Blob(["x"]), "named.bin"); return [...fd].map(([k, v]) => [k, v.constructor.name, v.name, v.type, v.size]); });
  await P("fdFilenameOnString", () => { const fd = new FormData(); fd.append("a", "x", "file.txt"); return [...fd]; });
  await P("fdValueCoercion", () => { const fd = new FormData(); fd.append("n", 1); fd.append("o", { toString() { return "obj"; } }); fd.append("u", undefined); fd.append("nl", null); return [...fd]; });
  await P("fdNameCoercion", () => { const fd = new FormData(); fd.append(1, "a"); fd.append(null, "b"); return [...fd.keys()]; });
  await P("fdArgs", () => new FormData().append("a"));
  await P("fdCtorArg", () => new FormData({}));
  await P("fdCtorString", () => new FormData("a=b"));
  await P("fdIterMutate", () => { const fd = new FormData(); fd.append("a", "1"); fd.append("b", "2"); const o = []; for (const [k] of fd) { o.push(k); if (k === "a") fd.append("c", "3"); } return o; });
  await P("fdForEach", () => { const fd = new FormData(); fd.append("a", "1"); const o = []; fd.forEach((v, k, p) => o.push([v, k, p === fd])); return o; });
  await P("fdToString", () => [Object.prototype.toString.call(new FormData()), String(new FormData())]);
  await P("fdUnicodeNames", () => { const fd = new FormData(); fd.append("\ud800x", "\ud800y"); return [...fd][0].map((s) => [...s].map((ch) => ch.codePointAt(0))); });
  await P("fdRoundTrip", async () => { const fd = new FormData(); fd.append("t", "v\r\nw"); fd.append("f", new File(["data"], "f.txt", { type: "text/x" })); fd.append("b", new Blob(["bb"])); const back = await new Response(fd).formData(); return [...back].map(([k, v]) => typeof v === "string" ? [k, v] : [k, v.name, v.type, v.size, v.constructor.name]); });
  await P("fdRequestRoundTrip", async () => { const fd = new FormData(); fd.append("é", "ü"); const r = new Request("http://x/", { method: "POST", body: fd }); const back = await r.formData(); return [...back]; });
  await P("fdFileLastModified", async () => { const fd = new FormData(); fd.append("f", new File(["x"], "a", { lastModified: 5 })); const f = fd.get("f"); return [f.lastModified, f === fd.get("f")]; });
  await P("blobTextInvalid", async () => [...await new Blob([new Uint8Array([0x61, 0xff, 0xe2, 0x82])]).text()].map((ch) => ch.codePointAt(0)));
  await P("blobTextBom", async () => (await new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x61])]).text()).length);
  await P("blobCtorIterable", async () => new Blob(new Set(["a", "b"])).text());
  await P("blobCtorNull", () => new Blob(null));
  await P("blobCtorUndef", () => new Blob(undefined).size);
  await P("blobStringObj", async () => new Blob([{ toString() { return "ts"; } }, 5, true]).text());
  await P("blobTypeLower", () => [new Blob([], { type: "A/B" }).type, new Blob([], { type: "a/b\u0001" }).type, new Blob([], { type: "a/\u00e9" }).type, new Blob([], { type: null }).type, new Blob([], { type: undefined }).type]);
  await P("blobSliceType", () => [new Blob(["abc"], { type: "a/b" }).slice(0, 1).type, new Blob(["abc"], { type: "a/b" }).slice(0, 1, "C/D").type]);
  await P("blobProto", () => Object.getOwnPropertyNames(Blob.prototype).sort());
  await P("fileProto", () => Object.getOwnPropertyNames(File.prototype).sort());
  await P("fileLastModDefault", () => { const f = new File([], "a"); return [typeof f.lastModified, Math.abs(f.lastModified - Date.now()) < 1000]; });
  await P("fileWebkitPath", () => typeof new File([], "a").webkitRelativePath);
  await P("blobArrayBufferDetach", async () => { const u = new Uint8Array([1, 2]); const b = new Blob([u]); u[0] = 9; return [...new Uint8Array(await b.arrayBuffer())]; });
}),

c("webapi4-structured-clone-globals", "structuredClone of platform objects and edge values, globals presence and shapes (navigator, caches, self, WebSocketPair), Headers misc", async (P) => {
  const sc = (v) => { try { return structuredClone(v); } catch (e) { return { err: e.name + ": " + e.message }; } };
  await P("cloneBlob", async () => { const b = sc(new Blob(["x"], { type: "t/y" })); return b.err || [b.constructor.name, b.type, await b.text()]; });
  await P("cloneFile", async () => { const f = sc(new File(["x"], "n", { type: "t/y", lastModified: 3 })); return f.err || [f.constructor.name, f.name, f.lastModified]; });
  await P("cloneRequest", () => sc(new Request("http://x/")));
  await P("cloneResponse", () => sc(new Response("x")));
  await P("cloneHeaders", () => sc(new Headers({ a: "1" })));
  await P("cloneUrl", () => sc(new URL("http://x/")));
  await P("cloneFormData", () => sc(new FormData()));
  await P("cloneStream", () => sc(new ReadableStream()));
  await P("cloneEvent", () => sc(new Event("x")));
  await P("cloneSignal", () => sc(new AbortController().signal));
  await P("cloneDomException", () => { const e = sc(new DOMException("m", "NotFoundError")); return e.err || [e.constructor.name, e.name, e.message, e.code, e instanceof DOMException]; });
  await P("cloneErrorCause", () => { const e = sc(new Error("m", { cause: "c" })); return [e.message, e.cause, "cause" in e]; });
  await P("cloneErrorProps", () => { const x = new TypeError("m"); x.extra = 1; const e = sc(x); return [e.constructor.name, e.extra, typeof e.stack]; });
  await P("cloneWeakMap", () => sc(new WeakMap()));
  await P("cloneSymbolKey", () => { const o = sc({ [Symbol("s")]: 1, a: 2 }); return Object.getOwnPropertySymbols(o).length; });
  await P("cloneBigIntObj", () => { const b = sc(Object(5n)); return [typeof b, String(b)]; });
  await P("cloneDataView", () => { const d = sc(new DataView(new ArrayBuffer(4), 1, 2)); return [d.constructor.name, d.byteOffset, d.byteLength]; });
  await P("cloneSharedBufferViews", () => { const buf = new ArrayBuffer(4); const [a, b] = sc([new Uint8Array(buf), new Uint16Array(buf)]); return a.buffer === b.buffer; });
  await P("cloneGetterOrder", () => { const log = []; const o = {}; Object.defineProperty(o, "b", { get() { log.push("b"); return 1; }, enumerable: true }); Object.defineProperty(o, "a", { get() { log.push("a"); return 2; }, enumerable: true }); Object.defineProperty(o, "h", { get() { log.push("h"); return 3; }, enumerable: false }); const c2 = sc(o); return [log, Object.keys(c2)]; });
  await P("cloneArrayHoles", () => { const a = [1, , 3]; a.x = "p"; const c2 = sc(a); return [c2.length, 1 in c2, c2.x]; });
  await P("cloneCryptoKey", async () => { const k = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign"]); const k2 = sc(k); return k2.err || [k2.constructor.name, k2.algorithm.name, k2 === k]; });
  await P("cloneNoArgs", () => structuredClone());
  await P("navigatorShape", () => [navigator.userAgent, navigator.hardwareConcurrency, navigator.language, Object.prototype.toString.call(navigator), typeof navigator.sendBeacon, typeof navigator.languages]);
  await P("selfGlobal", () => [self === globalThis, typeof window, typeof global, typeof process, typeof Buffer, typeof require, typeof module, typeof exports, typeof __dirname]);
  await P("webSocketPair", () => { const p = new WebSocketPair(); return [Object.keys(p), p[0].constructor.name, p[0].readyState, typeof WebSocket.READY_STATE_OPEN, WebSocket.OPEN, WebSocket.CLOSED]; });
  await P("cachesShape", () => [typeof caches, caches.constructor.name, typeof caches.default, caches.default.constructor.name, typeof caches.open, Object.prototype.toString.call(caches.default)]);
  await P("cachesNew", () => new Cache());
  await P("headersMisc", () => { const h = new Headers({ b: "2", a: "1", "C": "3" }); return [[...h.keys()], Object.prototype.toString.call(h), typeof h[Symbol.iterator], h.entries().toString(), Object.prototype.toString.call(h.entries()), typeof h.getAll]; });
  await P("headersGetAllCookie", () => { const h = new Headers([["set-cookie", "a=1"], ["set-cookie", "b=2"]]); return [h.getAll ? h.getAll("set-cookie") : "none", h.getAll ? (() => { try { return h.getAll("x"); } catch (e) { return e.name + ": " + e.message; } })() : "none"]; });
  await P("headersIterMutate", () => { const h = new Headers({ a: "1", b: "2" }); const o = []; for (const [k] of h) { o.push(k); if (k === "a") { h.set("c", "3"); h.delete("b"); } } return o; });
  await P("headersValueCoerce", () => { const h = new Headers(); h.set("a", 1); h.set("b", null); h.set("c", undefined); h.append("d", [1, 2]); return [...h]; });
  await P("headersEmptyName", () => new Headers().set("", "x"));
  await P("headersEmptyValue", () => { const h = new Headers({ a: "" }); return [h.get("a"), h.has("a"), [...h]]; });
  await P("headersWhitespaceValue", () => { const h = new Headers({ a: " \t x \t " }); h.append("a", "  "); return JSON.stringify(h.get("a")); });
  await P("headersNoArgs", () => new Headers().get());
  await P("headersGuardCheckOrder", () => { const h = Response.error().headers; try { h.set("a b", "v"); } catch (e) { return e.name + ": " + e.message; } });
  await P("domExceptionCodes", () => ["IndexSizeError", "HierarchyRequestError", "NotFoundError", "NotSupportedError", "InvalidStateError", "SyntaxError", "InvalidAccessError", "TypeMismatchError", "SecurityError", "NetworkError", "AbortError", "QuotaExceededError", "TimeoutError", "DataCloneError", "EncodingError", "NotReadableError", "OperationError", "DataError", "Other"].map((n) => new DOMException("m", n).code));
  await P("domExceptionOptions", () => { const e = new DOMException("m", { name: "AbortError", cause: 1 }); return [e.name, e.code, e.cause]; });
  await P("domExceptionStatics", () => [DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, DOMException.DATA_CLONE_ERR, new DOMException().message, new DOMException().name, Object.prototype.toString.call(new DOMException())]);
  await P("domExceptionStack", () => [typeof new DOMException("m").stack, new DOMException("m") instanceof Error]);
}),

c("webapi4-constructors-without-new", "Every web platform constructor called without new, with no arguments, and its length and prototype chain", async (P) => {
  const names = ["Headers", "Request", "Response", "URL", "URLSearchParams", "URLPattern", "Blob", "File", "FormData", "TextEncoder", "TextDecoder", "ReadableStream", "WritableStream", "TransformStream", "CompressionStream", "DecompressionStream", "TextEncoderStream", "TextDecoderStream", "FixedLengthStream", "IdentityTransformStream", "DOMException", "MessageChannel", "MessagePort", "WebSocketPair", "WebSocket", "CustomEvent", "Event", "EventTarget", "AbortController", "AbortSignal", "CountQueuingStrategy", "ByteLengthQueuingStrategy", "Cache", "CacheStorage", "Crypto", "SubtleCrypto", "CryptoKey", "DigestStream", "ErrorEvent", "MessageEvent", "CloseEvent", "PromiseRejectionEvent", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader", "WritableStreamDefaultWriter", "ReadableStreamDefaultController", "ReadableByteStreamController", "TransformStreamDefaultController", "WritableStreamDefaultController", "ReadableStreamBYOBRequest", "ScheduledEvent", "FetchEvent", "ExtendableEvent", "Performance", "Navigator", "Scheduler", "HTMLRewriter", "Cloudflare"];
  for (const n of names) {
    await P("call_" + n, () => { const C = globalThis[n]; if (typeof C !== "function") return typeof C; return C(); });
    await P("new_" + n, () => { const C = globalThis[n]; if (typeof C !== "function") return typeof C; const o = new C(); return Object.prototype.toString.call(o); });
    await P("len_" + n, () => { const C = globalThis[n]; if (typeof C !== "function") return typeof C; return [C.length, C.name, Object.getPrototypeOf(C) === Function.prototype ? "Function" : Object.getPrototypeOf(C).name]; });
  }
}),

c("webapi4-lone-surrogates-everywhere", "Lone surrogates through FormData, URLSearchParams, URL, Blob, File names, Response bodies, TextEncoder, Headers and URLPattern", async (P) => {
  const cps = (s) => [...s].map((ch) => ch.codePointAt(0).toString(16));
  const L = "a\ud800b\udc00c";
  await P("formData", () => { const fd = new FormData(); fd.append(L, L); return [cps([...fd][0][0]), cps([...fd][0][1]), fd.has(L), fd.get(L) !== null]; });
  await P("formDataFileName", () => { const fd = new FormData(); fd.append("f", new Blob(["x"]), L); return cps(fd.get("f").name); });
  await P("fileName", () => cps(new File([], L).name));
  await P("blobText", async () => cps(await new Blob([L]).text()));
  await P("blobSize", () => new Blob([L]).size);
  await P("usp", () => { const u = new URLSearchParams(); u.append(L, L); return [u.toString(), cps(u.get(L) ?? "null"), cps([...u][0][0])]; });
  await P("uspInit", () => new URLSearchParams({ [L]: L }).toString());
  await P("urlPath", () => new URL("http://x/" + L).pathname);
  await P("urlHash", () => new URL("http://x/#" + L).hash);
  await P("responseText", async () => cps(await new Response(L).text()));
  await P("requestText", async () => cps(await new Request("http://x/", { method: "POST", body: L }).text()));
  await P("encoder", () => [...new TextEncoder().encode(L)]);
  await P("headerValue", () => new Headers({ a: L }));
  await P("statusText", () => new Response(null, { statusText: L }));
  await P("jsonResponse", async () => cps(await Response.json(L).text()));
  await P("textDecoderRoundTrip", () => cps(new TextDecoder().decode(new TextEncoder().encode(L))));
  await P("customEventType", () => cps(new Event(L).type));
  await P("domException", () => cps(new DOMException(L).message));
  await P("btoa", () => btoa(L));
  await P("cryptoDigest", async () => crypto.subtle.digest("SHA-1", L));
}),

c("webapi4-streams-more-details", "Streams: tee cancel reasons in both orders, queuing strategies, writer.ready/closed states, TransformStream flush/cancel timing, reader.closed after cancel, async iteration return, highWaterMark conversions", async (P) => {
  await P("teeCancelReverse", async () => { let reason; const rs = new ReadableStream({ cancel(r) { reason = r; } }); const [a, b] = rs.tee(); await b.cancel("rb"); await a.cancel("ra"); return reason; });
  await P("teeCancelOneThenRead", async () => { let reason = "none"; const rs = new ReadableStream({ start(c) { c.enqueue(1); c.close(); }, cancel(r) { reason = r; } }); const [a, b] = rs.tee(); await a.cancel("ra"); const r = await b.getReader().read(); return [reason, r]; });
  await P("teeCancelPromise", async () => { const rs = new ReadableStream({ cancel() { return new Promise((r) => setTimeout(() => r("late"), 20)); } }); const [a, b] = rs.tee(); const log = []; a.cancel("x").then(() => log.push("a")); await b.cancel("y").then(() => log.push("b")); return log; });
  await P("countStrategy", () => { const s = new CountQueuingStrategy({ highWaterMark: 3 }); return [s.highWaterMark, s.size(), s.size("abc"), Object.prototype.toString.call(s), typeof s.size]; });
  await P("byteStrategy", () => { const s = new ByteLengthQueuingStrategy({ highWaterMark: 16 }); return [s.highWaterMark, s.size(new Uint8Array(5)), s.size({ byteLength: 7 }), Object.prototype.toString.call(s)]; });
  await P("byteStrategyBad", () => new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size());
  await P("strategyNoArg", () => new CountQueuingStrategy());
  await P("strategyHwmStr", () => new CountQueuingStrategy({ highWaterMark: "4" }).highWaterMark);
  await P("hwmInfinity", () => { let d; new ReadableStream({ start(c) { d = c.desiredSize; } }, { highWaterMark: Infinity }); return d; });
  await P("hwmNaN", () => new ReadableStream({}, { highWaterMark: NaN }));
  await P("hwmNeg", () => new ReadableStream({}, { highWaterMark: -1 }));
  await P("hwmFloat", () => { let d; new ReadableStream({ start(c) { d = c.desiredSize; } }, { highWaterMark: 2.5 }); return d; });
  await P("writerStates", async () => { const ws = new WritableStream(); const w = ws.getWriter(); const a = w.desiredSize; await w.close(); const b = w.desiredSize; const rd = await w.ready.then(() => "ready"); const cl = await w.closed.then(() => "closed"); return [a, b, rd, cl]; });
  await P("writerErroredStates", async () => { const ws = new WritableStream({ start(c) { c.error(new Error("e")); } }); const w = ws.getWriter(); await new Promise((r) => setTimeout(r, 1)); return [w.desiredSize, await w.ready.then(() => "ready", (e) => "rej:" + e.message), await w.closed.then(() => "closed", (e) => "rej:" + e.message)]; });
  await P("writerAbortedDesired", async () => { const ws = new WritableStream(); const w = ws.getWriter(); await w.abort("r"); return [w.desiredSize, await w.closed.then(() => "closed", (e) => "rej:" + e)]; });
  await P("flushOrder", async () => { const log = []; const ts = new TransformStream({ transform(ch, c) { log.push("t" + ch); c.enqueue(ch); }, flush(c) { log.push("flush"); c.enqueue("end"); } }); const w = ts.writable.getWriter(); w.write(1); w.write(2); const cp = w.close().then(() => log.push("closed")); const r = ts.readable.getReader(); for (;;) { const { value, done } = await r.read(); if (done) break; log.push("r" + value); } await cp; return log; });
  await P("flushAsync", async () => { const log = []; const ts = new TransformStream({ async flush(c) { await new Promise((r) => setTimeout(r, 5)); log.push("flushed"); c.enqueue("x"); } }); const w = ts.writable.getWriter(); const cp = w.close(); const r = ts.readable.getReader(); const a = await r.read(); const b = await r.read(); await cp; return [log, a, b]; });
  await P("readerClosedAfterCancel", async () => { const rs = new ReadableStream(); const r = rs.getReader(); await r.cancel("c"); return r.closed.then(() => "closed", (e) => "rej"); });
  await P("asyncIterReturn", async () => { let cancelled = "no"; const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); }, cancel(r) { cancelled = String(r); } }); for await (const x of rs) { break; } return [cancelled, rs.locked]; });
  await P("asyncIterThrow", async () => { let cancelled = "no"; const rs = new ReadableStream({ start(c) { c.enqueue(1); }, cancel(r) { cancelled = r === undefined ? "undef" : String(r); } }); try { for await (const x of rs) { throw new Error("in loop"); } } catch (e) {} return [cancelled, rs.locked]; });
  await P("iterNextAfterDone", async () => { const rs = new ReadableStream({ start(c) { c.close(); } }); const it = rs.values(); return [await it.next(), await it.next(), rs.locked]; });
  await P("readManyPending", async () => { let ctl; const rs = new ReadableStream({ start(c) { ctl = c; } }); const r = rs.getReader(); const ps = [r.read(), r.read(), r.read()]; ctl.enqueue("a"); ctl.enqueue("b"); ctl.close(); return Promise.all(ps); });
  await P("closeWithPendingPull", async () => { let n = 0; const rs = new ReadableStream({ pull(c) { n++; return new Promise((r) => setTimeout(() => { c.enqueue(n); r(); }, 1)); } }, { highWaterMark: 0 }); const r = rs.getReader(); const a = await r.read(); return [a, n]; });
  await P("writeOrder", async () => { const log = []; const ws = new WritableStream({ start() { log.push("start"); }, async write(ch) { log.push("w" + ch); await null; log.push("w" + ch + "done"); }, close() { log.push("close"); } }); const w = ws.getWriter(); w.write(1); w.write(2); await w.close(); return log; });
  await P("transformEnqueueAfterTerminate", async () => { let e; const ts = new TransformStream({ start(c) { c.terminate(); try { c.enqueue(1); } catch (x) { e = x.name + ": " + x.message; } } }); return e; });
  await P("transformDesiredSize", () => { let d; new TransformStream({ start(c) { d = c.desiredSize; } }); return d; });
  await P("writableGetWriterTwice", () => { const ws = new WritableStream(); ws.getWriter(); return ws.getWriter(); });
  await P("readableGetReaderTwice", () => { const rs = new ReadableStream(); rs.getReader(); return rs.getReader(); });
  await P("closeLockedWritable", () => { const ws = new WritableStream(); ws.getWriter(); return ws.close(); });
  await P("abortLockedWritable", () => { const ws = new WritableStream(); ws.getWriter(); return ws.abort(); });
  await P("readerReleaseTwice", () => { const r = new ReadableStream().getReader(); r.releaseLock(); r.releaseLock(); return "ok"; });
  await P("readAfterRelease", async () => { const r = new ReadableStream().getReader(); r.releaseLock(); return r.read(); });
  await P("cancelAfterRelease", async () => { const r = new ReadableStream().getReader(); r.releaseLock(); return r.cancel(); });
  await P("responseBodyType", async () => { const b = new Response("abc").body; const r = b.getReader({ mode: "byob" }); const x = await r.read(new Uint8Array(2)); return [...x.value]; });
  await P("requestBodyByob", async () => { const b = new Request("http://x/", { method: "POST", body: "abc" }).body; const r = b.getReader({ mode: "byob" }); const x = await r.read(new Uint8Array(8)); return [...x.value]; });
  await P("streamBodyByob", async () => { const ts = new TransformStream(); const resp = new Response(ts.readable); const w = ts.writable.getWriter(); w.write(new Uint8Array([1, 2])); w.close(); return resp.body.getReader({ mode: "byob" }).read(new Uint8Array(4)).then((x) => [...x.value], (e) => e.name + ": " + e.message); });
  await P("responseBodyIsSameStream", async () => { const rs = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } }); const r = new Response(rs); return [r.body === rs, rs.locked]; });
}),

c("webapi4-fetch-without-network", "fetch() argument handling that needs no network: aborted signals, bad URLs and schemes, GET with body, Request objects with init, redirect modes", async (P) => {
  await P("abortedSignal", async () => fetch("http://example.invalid/", { signal: AbortSignal.abort() }));
  await P("abortedReason", async () => fetch("http://example.invalid/", { signal: AbortSignal.abort(new RangeError("why")) }));
  await P("abortedRequestSignal", async () => fetch(new Request("http://example.invalid/", { signal: AbortSignal.abort("s") })));
  await P("getBody", async () => fetch("http://example.invalid/", { body: "x" }));
  await P("badMethod", async () => fetch("http://example.invalid/", { method: "a b" }));
  await P("relative", async () => fetch("/x"));
  await P("noArgs", async () => fetch());
  await P("badUrl", async () => fetch("http://[x"));
  await P("aboutBlank", async () => fetch("about:blank"));
  await P("fileScheme", async () => fetch("file:///etc/passwd"));
  await P("blobScheme", async () => fetch("blob:http://x/abc"));
  await P("wsScheme", async () => fetch("ws://example.invalid/"));
  await P("ftpScheme", async () => fetch("ftp://example.invalid/"));
  await P("javascriptScheme", async () => fetch("javascript:1"));
  await P("mailtoScheme", async () => fetch("mailto:a@b.c"));
  await P("dataUrl", async () => { const r = await fetch("data:text/plain;base64,aGk="); return [r.status, r.headers.get("content-type"), await r.text()]; });
  await P("badRedirectMode", async () => fetch("http://example.invalid/", { redirect: "nope" }));
  await P("badInit", async () => fetch("http://example.invalid/", 5));
  await P("badHeaders", async () => fetch("http://example.invalid/", { headers: { "a b": "c" } }));
  await P("usedBody", async () => { const r = new Request("http://example.invalid/", { method: "POST", body: "x" }); await r.text(); return fetch(r); });
  await P("fetchThis", async () => { const f = fetch; return f.call({}, "about:blank").then(() => "ok", (e) => e.name + ": " + e.message); });
  await P("returnsPromise", () => { const p = fetch("about:blank"); p.catch(() => {}); return [p instanceof Promise, Object.prototype.toString.call(p)]; });
}),

c("webapi4-cache-api-web-angle", "Cache API from the web-api angle: put/match argument errors, request kinds, response kinds, headers of matched responses, delete results", async (P) => {
  const cache = caches.default;
  await P("putPost", async () => cache.put(new Request("http://c/p", { method: "POST" }), new Response("x")));
  await P("put206", async () => cache.put("http://c/206", new Response("x", { status: 206 })));
  await P("putVaryStar", async () => cache.put("http://c/v", new Response("x", { headers: { vary: "*" } })));
  await P("putUsedBody", async () => { const r = new Response("x"); await r.text(); return cache.put("http://c/u", r); });
  await P("putNonHttp", async () => cache.put("ftp://c/x", new Response("x")));
  await P("putRelative", async () => cache.put("/x", new Response("x")));
  await P("putError", async () => cache.put("http://c/e", Response.error()));
  await P("putNoResponse", async () => cache.put("http://c/n"));
  await P("putNotResponse", async () => cache.put("http://c/n", "text"));
  await P("roundTrip", async () => { await cache.put("http://c/r", new Response("body", { headers: { "cache-control": "max-age=60", "x-a": "1" } })); const m = await cache.match("http://c/r"); return m ? [m.status, m.headers.get("x-a"), m.headers.get("cf-cache-status"), await m.text(), m.type, m.url] : "miss"; });
  await P("matchPost", async () => { await cache.put("http://c/mp", new Response("x", { headers: { "cache-control": "max-age=60" } })); return [await cache.match(new Request("http://c/mp", { method: "POST" })) ?? "undef", (await cache.match(new Request("http://c/mp", { method: "POST" }), { ignoreMethod: true }))?.status]; });
  await P("matchMissType", async () => { const m = await cache.match("http://c/none"); return [m === undefined, typeof m]; });
  await P("deleteResult", async () => { await cache.put("http://c/d", new Response("x", { headers: { "cache-control": "max-age=60" } })); return [await cache.delete("http://c/d"), await cache.delete("http://c/d")]; });
  await P("noStore", async () => { await cache.put("http://c/ns", new Response("x", { headers: { "cache-control": "no-store" } })); return (await cache.match("http://c/ns")) ?? "undef"; });
  await P("setCookie", async () => { await cache.put("http://c/sc", new Response("x", { headers: { "cache-control": "max-age=60", "set-cookie": "a=1" } })); return (await cache.match("http://c/sc")) ?? "undef"; });
  await P("privateCc", async () => { await cache.put("http://c/pr", new Response("x", { headers: { "cache-control": "private, max-age=60" } })); return (await cache.match("http://c/pr")) ?? "undef"; });
  await P("noCacheHeaders", async () => { await cache.put("http://c/nh", new Response("x")); const m = await cache.match("http://c/nh"); return m ? [m.status, [...m.headers]] : "undef"; });
  await P("matchQuery", async () => { await cache.put("http://c/q?a=1", new Response("x", { headers: { "cache-control": "max-age=60" } })); return [(await cache.match("http://c/q?a=1"))?.status, (await cache.match("http://c/q")) ?? "undef", (await cache.match("http://c/q?a=1#frag"))?.status]; });
  await P("keysMethod", () => [typeof cache.keys, typeof cache.add, typeof cache.addAll, typeof cache.matchAll]);
  await P("openNames", async () => { const a = await caches.open("x"); const b = await caches.open("x"); return [a === b, a.constructor.name, typeof caches.has, typeof caches.delete, typeof caches.keys]; });
  await P("openLong", async () => caches.open("x".repeat(2000)));
  await P("putHead", async () => cache.put(new Request("http://c/h", { method: "HEAD" }), new Response(null)));
  await P("matchHead", async () => { await cache.put("http://c/mh", new Response("x", { headers: { "cache-control": "max-age=60" } })); return (await cache.match(new Request("http://c/mh", { method: "HEAD" })))?.status ?? "undef"; });
  await P("rangeMatch", async () => { await cache.put("http://c/rg", new Response("0123456789", { headers: { "cache-control": "max-age=60" } })); const m = await cache.match(new Request("http://c/rg", { headers: { range: "bytes=2-4" } })); return m ? [m.status, m.headers.get("content-range"), await m.text()] : "undef"; });
  await P("conditionalMatch", async () => { await cache.put("http://c/et", new Response("x", { headers: { "cache-control": "max-age=60", etag: "\"v1\"" } })); const m = await cache.match(new Request("http://c/et", { headers: { "if-none-match": "\"v1\"" } })); return m ? [m.status, await m.text()] : "undef"; });
}),

c("webapi4-strategies-writers-more", "Queuing strategy fields and size functions, writer ready/closed across error timings, WritableStream controller details", async (P) => {
  await P("countEmpty", () => { const s = new CountQueuingStrategy({}); return [String(s.highWaterMark), typeof s.highWaterMark]; });
  await P("byteEmpty", () => { const s = new ByteLengthQueuingStrategy({}); return [String(s.highWaterMark), typeof s.highWaterMark]; });
  await P("countSizeSame", () => { const s = new CountQueuingStrategy({ highWaterMark: 1 }); return [s.size === s.size, s.size.name, s.size.length]; });
  await P("byteSizeSame", () => { const s = new ByteLengthQueuingStrategy({ highWaterMark: 1 }); return [s.size === s.size, s.size.name, s.size.length]; });
  await P("countNull", () => new CountQueuingStrategy(null));
  await P("countNum", () => new CountQueuingStrategy(5));
  await P("countNeg", () => new CountQueuingStrategy({ highWaterMark: -1 }).highWaterMark);
  await P("countStrHwm", () => new CountQueuingStrategy({ highWaterMark: "abc" }).highWaterMark);
  await P("useEmptyStrategy", () => { let d; new ReadableStream({ start(c) { d = c.desiredSize; } }, new CountQueuingStrategy({})); return d; });
  await P("writerThenError", async () => { let ctl; const ws = new WritableStream({ start(c) { ctl = c; } }); const w = ws.getWriter(); await w.ready; ctl.error(new Error("late")); await null; return [await w.ready.then(() => "ready", (e) => "rej:" + e.message), await w.closed.then(() => "closed", (e) => "rej:" + e.message), w.desiredSize]; });
  await P("writerAfterErrored", async () => { let ctl; const ws = new WritableStream({ start(c) { ctl = c; } }); await new Promise((r) => setTimeout(r, 1)); ctl.error(new Error("e2")); await new Promise((r) => setTimeout(r, 1)); const w = ws.getWriter(); return [await w.ready.then(() => "ready", (e) => "rej:" + e.message), await w.closed.then(() => "closed", (e) => "rej:" + e.message), w.desiredSize]; });
  await P("writeErrorRejects", async () => { const ws = new WritableStream({ write() { throw new Error("wfail"); } }); const w = ws.getWriter(); const a = await w.write(1).then(() => "ok", (e) => e.message); return [a, await w.ready.then(() => "ready", (e) => "rej:" + e.message), await w.closed.then(() => "closed", (e) => "rej:" + e.message)]; });
  await P("abortWhileWriting", async () => { const log = []; const ws = new WritableStream({ write() { return new Promise((r) => setTimeout(() => { log.push("wdone"); r(); }, 5)); }, abort(r) { log.push("abort:" + r); } }); const w = ws.getWriter(); const wp = w.write(1).then(() => "wok", (e) => "wrej:" + e); const ap = w.abort("why").then(() => "aok"); return [await wp, await ap, log]; });
  await P("closeWhileWriting", async () => { const log = []; const ws = new WritableStream({ write(ch) { log.push("w" + ch); return new Promise((r) => setTimeout(r, 2)); }, close() { log.push("close"); } }); const w = ws.getWriter(); w.write(1); w.write(2); await w.close(); return log; });
  await P("controllerSignalReason", async () => { let ctl; const ws = new WritableStream({ start(c) { ctl = c; } }); await ws.abort("rr"); return [ctl.signal.aborted, ctl.signal.reason]; });
  await P("writableStreamLocked", () => { const ws = new WritableStream(); const a = ws.locked; const w = ws.getWriter(); const b = ws.locked; w.releaseLock(); return [a, b, ws.locked]; });
}),

c("webapi4-incoming-request-details", "The incoming request as the worker sees it: clone, body reads, signal, headers, new Request(req) forwarding, cf keys", async (P, out, req) => {
  await P("basics", () => [req.method, new URL(req.url).pathname, new URL(req.url).search, req.headers.get("content-type"), req.headers.get("content-length"), req.bodyUsed, req.body === null]);
  await P("headerNames", () => [...req.headers.keys()].filter((k) => !["host", "cf-connecting-ip", "accept-encoding", "user-agent", "accept", "accept-language", "sec-fetch-mode", "connection", "mf-original-url", "cf-ray"].includes(k)));
  await P("cloneBody", async () => { const c2 = req.clone(); return [await c2.text(), req.bodyUsed, c2.bodyUsed]; });
  await P("bodyText", async () => [await req.text(), req.bodyUsed]);
  await P("bodyAgain", async () => req.text());
  await P("forward", async () => { const r2 = new Request(req); return [r2.method, r2.bodyUsed, r2.url === req.url]; });
  await P("signal", () => [typeof req.signal, req.signal.aborted, req.signal.constructor.name]);
  await P("cfKeys", () => req.cf ? Object.keys(req.cf).filter((k) => ["asn", "colo", "country", "httpProtocol", "tlsVersion", "clientTcpRtt", "requestPriority", "edgeRequestKeepAliveStatus", "city"].includes(k)).sort() : "none");
  await P("cfMutable", () => { try { req.cf.x = 1; return req.cf.x; } catch (e) { return e.name; } });
  await P("headersGuard", () => { try { req.headers.append("x-added", "1"); return req.headers.get("x-added"); } catch (e) { return e.name + ": " + e.message; } });
  await P("methodSet", () => { try { req.method = "PUT"; } catch (e) { return e.name; } return req.method; });
  await P("urlSet", () => { try { req.url = "http://other/"; } catch (e) { return e.name; } return new URL(req.url).host !== "other"; });
}, [
  req("POST", "http://localhost/in?q=%C3%A9&x=a%20b", { "content-type": "text/plain; charset=utf-8", "x-custom": "v1", "X-Other": "v2" }, "payload body"),
  req("GET", "http://localhost/get?z", { "x-custom": "g" }),
  req("PUT", "http://localhost/put", { "content-type": "application/octet-stream" }, ""),
]),

{ name: "webapi4-bodies-on-the-wire-more", area: "web-api", description: "What dispatchFetch receives for bodies with lone surrogates, numbers and objects as bodies, Response.json of odd values, statusText and odd header values on the wire",
  options: { modules: true, compatibilityDate: CD, script: `
export default {
  async fetch(req) {
    const p = new URL(req.url).pathname;
    switch (p) {
      case "/lone": return new Response("a\\ud800b");
      case "/lone-json": return Response.json({ s: "a\\udc00b" });
      case "/number": return new Response(123);
      case "/object": return new Response({ a: 1 });
      case "/json-date": return Response.json(new Date(0));
      case "/json-undef-prop": return Response.json({ a: undefined, b: [undefined, () => 1] });
      case "/json-string": return Response.json("str", { headers: { "x-a": "1" } });
      case "/status-text": return new Response("x", { status: 299, statusText: "Custom Text" });
      case "/header-odd": return new Response("x", { headers: { "x-sp": "  padded  ", "x-empty": "", "x-latin": "caf\\u00e9" } });
      case "/blob-type": return new Response(new Blob(["<b>"], { type: "text/html;charset=utf-8" }));
      case "/usp": return new Response(new URLSearchParams({ a: "1 2", b: "é" }));
      case "/echo-lone": { const t = await req.text(); return Response.json([...t].map((c) => c.codePointAt(0))); }
      default: return new Response("nf", { status: 404 });
    }
  }
};` },
  steps: ["/lone", "/lone-json", "/number", "/object", "/json-date", "/json-undef-prop", "/json-string", "/status-text", "/header-odd", "/blob-type", "/usp"].map((p) => get(p)).concat([req("POST", "http://localhost/echo-lone", {}, "x\u00e9y")]),
},
];
