// Re-record: copy this file beside the oracle's defs/_h.mjs in a folder DEFS_DIR, then `cd oracle && DEFS_DIR=<folder> node record.mjs webapi12`.
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
const frames = `const where = (s) => String(s).split("\\n").slice(1).map((l) => (l.match(/\\(?([^()\\s]+?):(\\d+):(\\d+)\\)?$/) ?? [])[1]).filter(Boolean);`;

const stacks = [
{
  name: "webapi12-stack-file-names-modules", area: "web-api",
  description: "the name stack frames and reportError's ErrorEvent give an inline modules script: script-<index>, whatever the worker's name",
  options: { name: "named-worker", modules: true, compatibilityDate: CD, script: `${frames}
function inner() { return new Error("x"); }
export default {
  async fetch() {
    const e = inner();
    let ev = null;
    addEventListener("error", (x) => { ev = [x.filename, typeof x.lineno, typeof x.colno, x.message]; });
    reportError(new Error("r"));
    let thrown = null;
    try { null.f(); } catch (t) { thrown = where(t.stack)[0]; }
    return Response.json({ frames: where(e.stack), ev, thrown, meta: typeof import.meta, url: import.meta.url ?? null });
  }
};` },
  steps: [get("/")],
},
{
  name: "webapi12-stack-file-names-service-worker", area: "web-api",
  description: "the name stack frames give an inline service-worker script: script-<index>",
  options: { compatibilityDate: CD, script: `${frames}
function inner() { return new Error("x"); }
addEventListener("fetch", (event) => {
  const e = inner();
  event.respondWith(Response.json({ frames: where(e.stack) }));
});` },
  steps: [get("/")],
},
{
  name: "webapi12-stack-file-names-second-worker", area: "web-api",
  description: "a second and a third inline worker are script-1 and script-2 in stack frames, seen through service bindings",
  options: { workers: [
    { name: "a", modules: true, compatibilityDate: CD, serviceBindings: { B: "b", C: "c" }, script: `${frames}
export default { async fetch(req, env) { return Response.json({ a: where(new Error("a").stack), b: await (await env.B.fetch("http://x/")).json(), c: await (await env.C.fetch("http://x/")).json() }); } };` },
    { name: "b", modules: true, compatibilityDate: CD, script: `${frames}
export default { fetch() { return Response.json(where(new Error("b").stack)); } };` },
    { name: "c", compatibilityDate: CD, script: `${frames}
addEventListener("fetch", (e) => e.respondWith(Response.json(where(new Error("c").stack))));` },
  ] },
  steps: [get("/")],
},
];

const clone = [
c("webapi12-clone-proxies", "structuredClone of Proxies: of a plain object, an array, a function, a Map, nested inside a plain object; revoked", async (P) => {
  await P("plain", () => structuredClone(new Proxy({ a: 1 }, {})));
  await P("array", () => structuredClone(new Proxy([1, 2], {})));
  await P("fn", () => structuredClone(new Proxy(function f() {}, {})));
  await P("map", () => structuredClone(new Proxy(new Map(), {})));
  await P("nested", () => structuredClone({ x: [new Proxy({}, {})] }));
  await P("revoked", () => { const r = Proxy.revocable({}, {}); r.revoke(); return structuredClone(r.proxy); });
  await P("date", () => structuredClone(new Proxy(new Date(0), {})));
  await P("getTrap", () => { let n = 0; try { structuredClone(new Proxy({ a: 1 }, { get() { n++; return 1; }, ownKeys() { n++; return ["a"]; } })); } catch (e) { return [e.name, n]; } return n; });
}),
];

const crypto1 = [
c("webapi12-crypto-param-errors", "crypto.subtle algorithm parameters of the wrong value: AES lengths, HMAC lengths, RSA modulus and exponent, EC curves, PBKDF2/HKDF parameters, AES-GCM tag lengths and IVs, AES-CTR counters", async (P) => {
  const s = crypto.subtle;
  const aes = (name, len) => s.generateKey({ name, length: len }, true, ["encrypt", "decrypt"]);
  await P("aesGcm100", () => aes("AES-GCM", 100));
  await P("aesCbc0", () => aes("AES-CBC", 0));
  await P("aesCtrStr", () => aes("AES-CTR", "128"));
  await P("aesGcmNoLen", () => s.generateKey({ name: "AES-GCM" }, true, ["encrypt"]));
  await P("aesKw192", async () => (await s.generateKey({ name: "AES-KW", length: 192 }, true, ["wrapKey"])).algorithm);
  await P("hmacLen0", () => s.generateKey({ name: "HMAC", hash: "SHA-256", length: 0 }, true, ["sign"]));
  await P("hmacLen7", async () => (await s.generateKey({ name: "HMAC", hash: "SHA-256", length: 7 }, true, ["sign"])).algorithm);
  await P("hmacNoHash", () => s.generateKey({ name: "HMAC" }, true, ["sign"]));
  await P("hmacBadHash", () => s.generateKey({ name: "HMAC", hash: "SHA-3" }, true, ["sign"]));
  await P("hmacHashObj", async () => (await s.generateKey({ name: "HMAC", hash: { name: "sha-384" } }, true, ["sign"])).algorithm);
  await P("rsaSmall", () => s.generateKey({ name: "RSASSA-PKCS1-v1_5", modulusLength: 256, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign"]));
  await P("rsaExp3", async () => (await s.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([3]), hash: "SHA-256" }, true, ["sign"])).privateKey.algorithm.publicExponent.length);
  await P("rsaExp2", () => s.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: new Uint8Array([2]), hash: "SHA-256" }, true, ["sign"]));
  await P("rsaExpArray", () => s.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: [1, 0, 1], hash: "SHA-256" }, true, ["sign"]));
  await P("rsaNoHash", () => s.generateKey({ name: "RSA-OAEP", modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]) }, true, ["encrypt"]));
  await P("ecBadCurve", () => s.generateKey({ name: "ECDSA", namedCurve: "P-192" }, true, ["sign"]));
  await P("ecNoCurve", () => s.generateKey({ name: "ECDH" }, true, ["deriveBits"]));
  await P("ecLower", () => s.generateKey({ name: "ECDSA", namedCurve: "p-256" }, true, ["sign"]));
  const pw = await s.importKey("raw", new TextEncoder().encode("pw"), "PBKDF2", false, ["deriveBits"]);
  await P("pbkdf2Iter0", () => s.deriveBits({ name: "PBKDF2", salt: new Uint8Array(8), iterations: 0, hash: "SHA-256" }, pw, 256));
  await P("pbkdf2Len0", async () => (await s.deriveBits({ name: "PBKDF2", salt: new Uint8Array(8), iterations: 1, hash: "SHA-256" }, pw, 0)).byteLength);
  await P("pbkdf2Len12", () => s.deriveBits({ name: "PBKDF2", salt: new Uint8Array(8), iterations: 1, hash: "SHA-256" }, pw, 12));
  await P("pbkdf2Null", () => s.deriveBits({ name: "PBKDF2", salt: new Uint8Array(8), iterations: 1, hash: "SHA-256" }, pw, null));
  await P("pbkdf2NoSalt", () => s.deriveBits({ name: "PBKDF2", iterations: 1, hash: "SHA-256" }, pw, 256));
  await P("pbkdf2NoHash", () => s.deriveBits({ name: "PBKDF2", salt: new Uint8Array(8), iterations: 1 }, pw, 256));
  const ikm = await s.importKey("raw", new Uint8Array(16), "HKDF", false, ["deriveBits"]);
  await P("hkdfLen0", async () => (await s.deriveBits({ name: "HKDF", salt: new Uint8Array(0), info: new Uint8Array(0), hash: "SHA-256" }, ikm, 0)).byteLength);
  await P("hkdfLen9", () => s.deriveBits({ name: "HKDF", salt: new Uint8Array(0), info: new Uint8Array(0), hash: "SHA-256" }, ikm, 9));
  await P("hkdfTooLong", () => s.deriveBits({ name: "HKDF", salt: new Uint8Array(0), info: new Uint8Array(0), hash: "SHA-256" }, ikm, 255 * 256 + 8));
  await P("hkdfNoInfo", () => s.deriveBits({ name: "HKDF", salt: new Uint8Array(0), hash: "SHA-256" }, ikm, 128));
  await P("hkdfNull", () => s.deriveBits({ name: "HKDF", salt: new Uint8Array(0), info: new Uint8Array(0), hash: "SHA-256" }, ikm, null));
  const k = await s.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt", "decrypt"]);
  await P("gcmTag0", () => s.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), tagLength: 0 }, k, new Uint8Array(1)));
  await P("gcmTag33", () => s.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), tagLength: 33 }, k, new Uint8Array(1)));
  await P("gcmTag32", async () => (await s.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), tagLength: 32 }, k, new Uint8Array(1))).byteLength);
  await P("gcmIv0", () => s.encrypt({ name: "AES-GCM", iv: new Uint8Array(0) }, k, new Uint8Array(1)));
  await P("gcmIv1", async () => (await s.encrypt({ name: "AES-GCM", iv: new Uint8Array(1) }, k, new Uint8Array(1))).byteLength);
  await P("gcmNoIv", () => s.encrypt({ name: "AES-GCM" }, k, new Uint8Array(1)));
  await P("gcmDecryptShort", () => s.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, k, new Uint8Array(3)));
  await P("gcmDecryptBad", () => s.decrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, k, new Uint8Array(20)));
  const cbc = await s.importKey("raw", new Uint8Array(16), "AES-CBC", false, ["encrypt", "decrypt"]);
  await P("cbcIv8", () => s.encrypt({ name: "AES-CBC", iv: new Uint8Array(8) }, cbc, new Uint8Array(1)));
  await P("cbcDecrypt5", () => s.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, cbc, new Uint8Array(5)));
  await P("cbcDecryptPad", () => s.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, cbc, new Uint8Array(16)));
  const ctr = await s.importKey("raw", new Uint8Array(16), "AES-CTR", false, ["encrypt"]);
  await P("ctrLen0", () => s.encrypt({ name: "AES-CTR", counter: new Uint8Array(16), length: 0 }, ctr, new Uint8Array(1)));
  await P("ctrLen129", () => s.encrypt({ name: "AES-CTR", counter: new Uint8Array(16), length: 129 }, ctr, new Uint8Array(1)));
  await P("ctrCounter8", () => s.encrypt({ name: "AES-CTR", counter: new Uint8Array(8), length: 64 }, ctr, new Uint8Array(1)));
  await P("ctrNoLen", () => s.encrypt({ name: "AES-CTR", counter: new Uint8Array(16) }, ctr, new Uint8Array(1)));
}),
c("webapi12-crypto-import-errors", "crypto.subtle.importKey with wrong key data sizes and formats: raw AES of 15/40 bytes, raw HMAC empty, raw EC of the wrong length, jwk with wrong kty/alg/ext/key_ops, pkcs8 garbage, spki for a symmetric algorithm", async (P) => {
  const s = crypto.subtle;
  await P("aes15", () => s.importKey("raw", new Uint8Array(15), "AES-GCM", false, ["encrypt"]));
  await P("aes40", () => s.importKey("raw", new Uint8Array(40), "AES-CBC", false, ["encrypt"]));
  await P("aes24", async () => (await s.importKey("raw", new Uint8Array(24), "AES-CTR", true, ["encrypt"])).algorithm);
  await P("hmacEmpty", () => s.importKey("raw", new Uint8Array(0), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]));
  await P("hmacLenMismatch", () => s.importKey("raw", new Uint8Array(4), { name: "HMAC", hash: "SHA-256", length: 40 }, false, ["sign"]));
  await P("hmacLenShorter", async () => (await s.importKey("raw", new Uint8Array(4), { name: "HMAC", hash: "SHA-256", length: 30 }, true, ["sign"])).algorithm);
  await P("ecRawShort", () => s.importKey("raw", new Uint8Array(10), { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]));
  await P("ecRawPrivate", () => s.importKey("raw", new Uint8Array(65), { name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]));
  await P("pkcs8Garbage", () => s.importKey("pkcs8", new Uint8Array([1, 2, 3]), { name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]));
  await P("spkiAes", () => s.importKey("spki", new Uint8Array(16), "AES-GCM", false, ["encrypt"]));
  await P("pkcs8Hmac", () => s.importKey("pkcs8", new Uint8Array(16), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]));
  await P("jwkWrongKty", () => s.importKey("jwk", { kty: "EC", k: "AAAAAAAAAAAAAAAAAAAAAA" }, "AES-GCM", false, ["encrypt"]));
  await P("jwkBadAlg", () => s.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "A256GCM" }, "AES-GCM", false, ["encrypt"]));
  await P("jwkExtFalse", () => s.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", ext: false }, "AES-GCM", true, ["encrypt"]));
  await P("jwkKeyOps", () => s.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", key_ops: ["decrypt"] }, "AES-GCM", false, ["encrypt"]));
  await P("jwkUseSig", () => s.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", use: "sig" }, "AES-GCM", false, ["encrypt"]));
  await P("jwkNoK", () => s.importKey("jwk", { kty: "oct" }, "AES-GCM", false, ["encrypt"]));
  await P("jwkBadB64", () => s.importKey("jwk", { kty: "oct", k: "!!!!" }, "AES-GCM", false, ["encrypt"]));
  await P("jwkHmacAlg", () => s.importKey("jwk", { kty: "oct", k: "AAAAAAAAAAAAAAAAAAAAAA", alg: "HS512" }, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]));
  await P("jwkAsRaw", () => s.importKey("raw", { kty: "oct", k: "AAAA" }, "AES-GCM", false, ["encrypt"]));
  await P("rawAsJwk", () => s.importKey("jwk", new Uint8Array(16), "AES-GCM", false, ["encrypt"]));
  await P("badFormat", () => s.importKey("pem", new Uint8Array(16), "AES-GCM", false, ["encrypt"]));
  await P("emptyUsages", () => s.importKey("raw", new Uint8Array(16), "AES-GCM", false, []));
  await P("badUsage", () => s.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["sign"]));
  await P("unknownUsage", () => s.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["fly"]));
  await P("pbkdf2Extractable", () => s.importKey("raw", new Uint8Array(4), "PBKDF2", true, ["deriveBits"]));
  await P("hkdfJwk", () => s.importKey("jwk", { kty: "oct", k: "AAAA" }, "HKDF", false, ["deriveBits"]));
  await P("ed25519Raw31", () => s.importKey("raw", new Uint8Array(31), "Ed25519", false, ["verify"]));
  await P("x25519RawPriv", () => s.importKey("raw", new Uint8Array(32), "X25519", false, ["deriveBits"]));
  await P("x25519RawPub", async () => (await s.importKey("raw", new Uint8Array(32), "X25519", true, [])).usages);
}),
];

const streams = [
c("webapi12-builtin-streams-edges", "IdentityTransformStream and FixedLengthStream with odd arguments and writes; TextDecoderStream/TextEncoderStream options and chunks; CompressionStream of odd chunks", async (P) => {
  const rd = async (s) => { const r = s.getReader(); const o = []; for (;;) { const x = await r.read(); if (x.done) break; o.push(typeof x.value === "string" ? x.value : [...x.value]); } return o; };
  await P("flsNeg", () => new FixedLengthStream(-1));
  await P("flsStr", () => new FixedLengthStream("5"));
  await P("flsBig", () => new FixedLengthStream(2n ** 60n));
  await P("flsNone", () => new FixedLengthStream());
  await P("flsNaN", () => new FixedLengthStream(NaN));
  await P("flsFloat", async () => { const f = new FixedLengthStream(2.7); const w = f.writable.getWriter(); w.write(new Uint8Array([1, 2])); w.close(); return rd(f.readable); });
  await P("flsTooMuch", async () => { const f = new FixedLengthStream(2); const w = f.writable.getWriter(); const p = rd(f.readable).catch((e) => ["r", e.name, e.message]); try { await w.write(new Uint8Array([1, 2, 3])); } catch (e) { return [[e.name, e.message], await p]; } return ["ok", await p]; });
  await P("flsTooLittle", async () => { const f = new FixedLengthStream(3); const w = f.writable.getWriter(); const p = rd(f.readable).catch((e) => ["r", e.name, e.message]); await w.write(new Uint8Array([1])); try { await w.close(); } catch (e) { return [[e.name, e.message], await p]; } return ["ok", await p]; });
  await P("itsString", async () => { const t = new IdentityTransformStream(); const w = t.writable.getWriter(); const p = w.write("abc").catch((e) => [e.name, e.message]); return p; });
  await P("itsEmpty", async () => { const t = new IdentityTransformStream(); const w = t.writable.getWriter(); w.write(new Uint8Array(0)); w.write(new Uint8Array([7])); w.close(); return rd(t.readable); });
  await P("itsAb", async () => { const t = new IdentityTransformStream(); const w = t.writable.getWriter(); w.write(new Uint8Array([1, 2]).buffer); w.close(); return rd(t.readable); });
  await P("itsDataView", async () => { const t = new IdentityTransformStream(); const w = t.writable.getWriter(); w.write(new DataView(new Uint8Array([5, 6, 7]).buffer, 1)); w.close(); return rd(t.readable); });
  await P("itsHwm", () => { const t = new IdentityTransformStream({ highWaterMark: 10 }); return [t.writable.getWriter().desiredSize]; });
  await P("itsAbortReadable", async () => { const t = new IdentityTransformStream(); const w = t.writable.getWriter(); await t.readable.cancel(new Error("c")); try { await w.write(new Uint8Array(1)); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("tdsFatal", async () => { const d = new TextDecoderStream("utf-8", { fatal: true }); const w = d.writable.getWriter(); const p = rd(d.readable).catch((e) => ["r", e.name, e.message]); w.write(new Uint8Array([0xff])).catch(() => {}); w.close().catch(() => {}); return p; });
  await P("tdsSplit", async () => { const d = new TextDecoderStream(); const w = d.writable.getWriter(); w.write(new Uint8Array([0xe2, 0x82])); w.write(new Uint8Array([0xac, 0x41])); w.close(); return rd(d.readable); });
  await P("tdsTrailing", async () => { const d = new TextDecoderStream(); const w = d.writable.getWriter(); w.write(new Uint8Array([0x41, 0xe2])); w.close(); return rd(d.readable); });
  await P("tdsBom", async () => { const d = new TextDecoderStream("utf-8", { ignoreBOM: true }); const w = d.writable.getWriter(); w.write(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])); w.close(); return [d.ignoreBOM, await rd(d.readable)]; });
  await P("tdsLabel", () => { const d = new TextDecoderStream("latin1"); return [d.encoding, d.fatal, d.ignoreBOM]; });
  await P("tdsBadLabel", () => new TextDecoderStream("nope"));
  await P("tdsUtf16", async () => { const d = new TextDecoderStream("utf-16le"); const w = d.writable.getWriter(); w.write(new Uint8Array([0x41])); w.write(new Uint8Array([0x00, 0x42, 0x00])); w.close(); return rd(d.readable); });
  await P("tdsString", async () => { const d = new TextDecoderStream(); const w = d.writable.getWriter(); return w.write("abc").then(() => "ok", (e) => [e.name, e.message]); });
  await P("tesSurrogates", async () => { const e = new TextEncoderStream(); const w = e.writable.getWriter(); w.write("a\uD83D"); w.write("\uDE00b"); w.write("\uD800"); w.close(); return rd(e.readable); });
  await P("tesNumber", async () => { const e = new TextEncoderStream(); const w = e.writable.getWriter(); w.write(12); w.write(""); w.close(); return rd(e.readable); });
  await P("tesEncoding", () => new TextEncoderStream().encoding);
  await P("csBadFormat", () => new CompressionStream("br"));
  await P("csNone", () => new CompressionStream());
  await P("dsBadFormat", () => new DecompressionStream("zip"));
  await P("csString", async () => { const cs = new CompressionStream("gzip"); const w = cs.writable.getWriter(); return w.write("abc").then(() => "ok", (e) => [e.name, e.message]); });
  await P("csEmptyRoundtrip", async () => { const cs = new CompressionStream("deflate-raw"); const w = cs.writable.getWriter(); w.close(); const bytes = new Uint8Array(await new Response(cs.readable).arrayBuffer()); const ds = new Response(new Response(bytes).body.pipeThrough(new DecompressionStream("deflate-raw"))); return [bytes.length > 0, await ds.text()]; });
  await P("dsTrailingGarbage", async () => { const cs = new CompressionStream("gzip"); const w = cs.writable.getWriter(); w.write(new Uint8Array([65])); w.close(); const b = new Uint8Array(await new Response(cs.readable).arrayBuffer()); const all = new Uint8Array([...b, 1, 2, 3]); try { return await new Response(new Response(all).body.pipeThrough(new DecompressionStream("gzip"))).text(); } catch (e) { return [e.name, e.message]; } });
  await P("dsTruncated", async () => { const cs = new CompressionStream("deflate"); const w = cs.writable.getWriter(); w.write(new Uint8Array(100)); w.close(); const b = new Uint8Array(await new Response(cs.readable).arrayBuffer()); try { return await new Response(new Response(b.slice(0, 4)).body.pipeThrough(new DecompressionStream("deflate"))).text(); } catch (e) { return [e.name, e.message]; } });
}),
];

const urls = [
c("webapi12-url-hosts-and-paths", "URL parsing of hosts (IPv4 shorthand and overflow, IPv6 forms, percent-encoded and unicode hosts, forbidden code points), paths (dot segments, backslashes, percent-encoding), special and opaque schemes", async (P) => {
  const u = (s, b) => { const x = new URL(s, b); return [x.href, x.host, x.pathname]; };
  for (const [k, s] of Object.entries({
    ip1: "http://0x7f.1/", ip2: "http://127.1/", ip3: "http://4294967295/", ip4: "http://4294967296/", ip5: "http://1.2.3.4.5/", ip6: "http://1.2.3.09/", ip7: "http://08/", ip8: "http://0x100000000/",
    v61: "http://[::1]/", v62: "http://[0:0:0:0:0:0:0:1]/", v63: "http://[::ffff:1.2.3.4]/", v64: "http://[1::2:0:0:3]/", v65: "http://[::1/", v66: "http://[g::]/", v67: "http://[1:2:3:4:5:6:7:8:9]/",
    h1: "http://EXAMPLE.com./", h2: "http://ex%41mple.com/", h3: "http://ex ample/", h4: "http://ex<ample/", h5: "http://bücher.de/", h6: "http://xn--bcher-kva.de/", h7: "http://a%2Fb/", h8: "http://ex^ample/", h9: "http://ex%00ample/", h10: "http://%zz/",
    p1: "http://a/b/../../c", p2: "http://a/b/./%2e/c", p3: "http://a\\b\\c", p4: "http://a/b%2fc/%2E%2E/d", p5: "http://a/ é/<>\"`{}", p6: "http://a/b?c#d e", p7: "http://a/%", p8: "http://a/..%2f",
    s1: "HTTP://A/", s2: "http:a", s3: "http:/a/b", s4: "file:///C:/x/../y", s5: "file://host/share", s6: "blob:https://a/uuid", s7: "data:text/plain,a b", s8: "mailto:A@B", s9: "foo://ex ample/", s10: "foo://[::1]x/", s11: "ws://a:80/", s12: "wss://a:443/", s13: "ftp://a:21/", s14: "javascript:alert(1)", s15: "non-special:/.//p", s16: "sc://ñ/",
  })) await P(k, () => u(s));
  await P("rel1", () => u("//x/y", "https://a/b"));
  await P("rel2", () => u("?q", "https://a/b/c?d#e"));
  await P("rel3", () => u("#f", "mailto:x"));
  await P("rel4", () => u("x", "mailto:x"));
  await P("rel5", () => u("../../../x", "http://a/b/c/d"));
  await P("rel6", () => u("\\\\x\\y", "http://a/"));
  await P("rel7", () => u("  http://a/ \t\n", undefined));
  await P("parseNull", () => URL.parse("x"));
  await P("parseBase", () => URL.parse("/p", "http://h/q")?.href);
  await P("canParseBase", () => [URL.canParse("x", "http://a/"), URL.canParse("x"), URL.canParse("http://a", "bad")]);
  await P("originBlob", () => [new URL("blob:https://a.com:8080/x").origin, new URL("blob:ftp://a/x").origin, new URL("blob:nope").origin]);
  await P("originFile", () => new URL("file:///x").origin);
}),
c("webapi12-url-setters-more", "URL setters with unusual values: protocol to and from special schemes, port edge values, host with port, username on file URLs, pathname on opaque URLs, hash and search with special characters", async (P) => {
  const set = (href, k, v) => { const u = new URL(href); u[k] = v; return u.href; };
  const cases = [
    ["http://a/", "protocol", "https"], ["http://a/", "protocol", "foo"], ["foo://a/", "protocol", "http"], ["http://a/", "protocol", "file"], ["http://a:8080/", "protocol", "https"], ["https://a:443/", "protocol", "http"], ["http://a/", "protocol", "ht tp"], ["http://a/", "protocol", "wss:extra"],
    ["http://a/", "port", "65535"], ["http://a/", "port", "65536"], ["http://a/", "port", "80"], ["http://a:1/", "port", ""], ["http://a/", "port", "12ab"], ["http://a/", "port", "-1"], ["http://a/", "port", 8080.9], ["file:///x", "port", "1"],
    ["http://a/", "host", "b:81"], ["http://a/", "host", "b:"], ["http://a/", "host", ""], ["http://a/", "host", "[::1]:9"], ["http://a/", "hostname", "b:81"], ["http://a/", "hostname", "c/d"], ["foo://a/", "host", ""], ["file://h/x", "host", ""],
    ["file:///x", "username", "u"], ["http://a/", "username", "u@:/"], ["http://a/", "password", "p@:/"], ["http://u:p@a/", "username", ""],
    ["mailto:x", "pathname", "y"], ["http://a/", "pathname", "b c/%zz/?#"], ["http://a/", "pathname", ""], ["foo://a/b", "pathname", "c"],
    ["http://a/", "search", "a b#c"], ["http://a/?x", "search", ""], ["http://a/", "search", "?"], ["http://a/", "hash", "a b#c"], ["http://a/#x", "hash", ""], ["http://a/", "hash", "#"],
    ["http://a/", "href", "bad"],
  ];
  for (const [href, k, v] of cases) await P(`${href} ${k}=${v}`, () => set(href, k, v));
}),
];

const signals = [
c("webapi12-abort-any-timeout-events", "AbortSignal.any and AbortSignal.timeout: reasons, dependent signals, order of abort events between source and dependents; EventTarget options once/passive/signal; dispatch return values", async (P) => {
  await P("anyEmpty", () => { const s = AbortSignal.any([]); return [s.aborted, s.reason]; });
  await P("anyAborted", () => { const s = AbortSignal.any([AbortSignal.abort("r1"), AbortSignal.abort("r2")]); return [s.aborted, s.reason]; });
  await P("anyNotArray", () => AbortSignal.any(AbortSignal.abort()));
  await P("anyNotSignal", () => AbortSignal.any([{}]));
  await P("anyNull", () => AbortSignal.any([null]));
  await P("anyOrder", () => { const log = []; const c = new AbortController(); const a = AbortSignal.any([c.signal]); const b = AbortSignal.any([a]); c.signal.addEventListener("abort", () => log.push("src", a.aborted, b.aborted)); a.addEventListener("abort", () => log.push("a", b.aborted)); b.addEventListener("abort", () => log.push("b")); c.abort("why"); return [log, a.reason, b.reason]; });
  await P("anyReasonUndef", () => { const c = new AbortController(); const a = AbortSignal.any([c.signal]); c.abort(); return [a.reason?.name, a.reason?.message, a.reason === c.signal.reason]; });
  await P("timeoutNeg", () => AbortSignal.timeout(-1));
  await P("timeoutStr", () => AbortSignal.timeout("x"));
  await P("timeoutNaN", () => AbortSignal.timeout(NaN));
  await P("timeoutBig", () => AbortSignal.timeout(2 ** 53).aborted);
  await P("timeoutReason", async () => { const s = AbortSignal.timeout(1); await new Promise((r) => s.addEventListener("abort", r)); return [s.reason.name, s.reason.message, s.reason.code, s.reason instanceof DOMException]; });
  await P("abortReason", () => { const s = AbortSignal.abort(); return [s.reason.name, s.reason.message, s.reason.code]; });
  await P("throwIfAborted", () => { const s = AbortSignal.abort(5); try { s.throwIfAborted(); } catch (e) { return e; } });
  await P("abortTwice", () => { const c = new AbortController(); let n = 0; c.signal.onabort = () => n++; c.abort(1); c.abort(2); return [n, c.signal.reason]; });
  await P("abortInListener", () => { const c = new AbortController(); const log = []; c.signal.addEventListener("abort", () => { log.push(1); c.abort(9); }); c.signal.addEventListener("abort", () => log.push(2)); c.abort(3); return [log, c.signal.reason]; });
  await P("onceOpt", () => { const t = new EventTarget(); let n = 0; t.addEventListener("x", () => n++, { once: true }); t.dispatchEvent(new Event("x")); t.dispatchEvent(new Event("x")); return n; });
  await P("signalOpt", () => { const t = new EventTarget(); const c = new AbortController(); let n = 0; t.addEventListener("x", () => n++, { signal: c.signal }); t.dispatchEvent(new Event("x")); c.abort(); t.dispatchEvent(new Event("x")); return n; });
  await P("signalAborted", () => { const t = new EventTarget(); let n = 0; t.addEventListener("x", () => n++, { signal: AbortSignal.abort() }); t.dispatchEvent(new Event("x")); return n; });
  await P("signalNotSignal", () => { const t = new EventTarget(); t.addEventListener("x", () => {}, { signal: {} }); return "ok"; });
  await P("passivePrevent", () => { const t = new EventTarget(); t.addEventListener("x", (e) => e.preventDefault(), { passive: true }); const e = new Event("x", { cancelable: true }); return [t.dispatchEvent(e), e.defaultPrevented]; });
  await P("cancelRet", () => { const t = new EventTarget(); t.addEventListener("x", (e) => e.preventDefault()); return [t.dispatchEvent(new Event("x", { cancelable: true })), t.dispatchEvent(new Event("x"))]; });
  await P("redispatch", () => { const t = new EventTarget(); let e2; t.addEventListener("x", (e) => { try { t.dispatchEvent(e); } catch (x) { e2 = [x.name, x.message]; } }); t.dispatchEvent(new Event("x")); return e2; });
  await P("dispatchDone", () => { const t = new EventTarget(); const e = new Event("x"); t.dispatchEvent(e); return [t.dispatchEvent(e), e.eventPhase, e.currentTarget, e.target === t]; });
  await P("listenerObj", () => { const t = new EventTarget(); let self; const l = { handleEvent(e) { self = this === l; } }; t.addEventListener("x", l); t.dispatchEvent(new Event("x")); return self; });
  await P("listenerBad", () => { const t = new EventTarget(); t.addEventListener("x", 5); return "ok"; });
  await P("listenerObjNoHandle", () => { const t = new EventTarget(); t.addEventListener("x", {}); try { t.dispatchEvent(new Event("x")); return "ok"; } catch (e) { return [e.name, e.message]; } });
  await P("listenerThrows", () => { const t = new EventTarget(); const log = []; t.addEventListener("x", () => { throw new Error("l"); }); t.addEventListener("x", () => log.push("second")); try { t.dispatchEvent(new Event("x")); } catch (e) { log.push(["thrown", e.message]); } return log; });
  await P("stopImmediate", () => { const t = new EventTarget(); const log = []; t.addEventListener("x", (e) => { log.push(1); e.stopImmediatePropagation(); }); t.addEventListener("x", () => log.push(2)); t.dispatchEvent(new Event("x")); return log; });
  await P("dupListener", () => { const t = new EventTarget(); let n = 0; const f = () => n++; t.addEventListener("x", f); t.addEventListener("x", f); t.addEventListener("x", f, { capture: true }); t.dispatchEvent(new Event("x")); return n; });
  await P("removeDuring", () => { const t = new EventTarget(); const log = []; const g = () => log.push("g"); t.addEventListener("x", () => { log.push("f"); t.removeEventListener("x", g); }); t.addEventListener("x", g); t.dispatchEvent(new Event("x")); return log; });
  await P("addDuring", () => { const t = new EventTarget(); const log = []; t.addEventListener("x", () => { log.push("f"); t.addEventListener("x", () => log.push("late")); }); t.dispatchEvent(new Event("x")); return log; });
}, [get("/")], "web-api", {}, 500),
];

export default [...stacks, ...clone, ...crypto1, ...streams, ...urls, ...signals];
