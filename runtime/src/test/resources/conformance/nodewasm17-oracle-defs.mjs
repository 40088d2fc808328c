// nodewasm17: node/wasm/html-rewriter probes. Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs nodewasm17
import { CD, PRELUDE, get, req } from "./_h.mjs";
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
  nodeCase("nodewasm17-crypto-asym-a", "crypto: PEM keys, sign/verify, RSA encrypt, JWK export, ECDH, DH, X509",
    `import crypto from "node:crypto";`, `
  const msg = Buffer.from("hello message");
  out.privInfo = c(() => { const k = crypto.createPrivateKey(RSA_PRIV); return [k.type, k.asymmetricKeyType, k.asymmetricKeyDetails && js(k.asymmetricKeyDetails), k.symmetricKeySize]; });
  out.pubFromPriv = c(() => { const k = crypto.createPublicKey(RSA_PRIV); return [k.type, k.export({ type: "spki", format: "pem" }) === RSA_PUB]; });
  out.pubInfo = c(() => { const k = crypto.createPublicKey(RSA_PUB); return [k.type, k.asymmetricKeyType, js(k.asymmetricKeyDetails)]; });
  out.ecInfo = c(() => { const k = crypto.createPrivateKey(EC_PRIV); return [k.type, k.asymmetricKeyType, js(k.asymmetricKeyDetails)]; });
  out.rsaSignDet = c(() => crypto.sign("sha256", msg, RSA_PRIV).toString("base64"));
  out.rsaCreateSign = c(() => { const s = crypto.createSign("RSA-SHA256"); s.update("hello "); s.update("message"); return s.sign(RSA_PRIV, "hex"); });
  out.rsaVerify = c(() => { const sig = crypto.sign("sha256", msg, RSA_PRIV); return [crypto.verify("sha256", msg, RSA_PUB, sig), crypto.verify("sha256", Buffer.from("x"), RSA_PUB, sig), crypto.createVerify("sha256").update(msg).verify(RSA_PUB, sig)]; });
  out.rsaPss = c(() => { const sig = crypto.sign("sha256", msg, { key: RSA_PRIV, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }); return [sig.length, crypto.verify("sha256", msg, { key: RSA_PUB, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, sig)]; });
  out.ecSign = c(() => { const sig = crypto.sign("sha256", msg, EC_PRIV); return [sig[0], crypto.verify("sha256", msg, EC_PUB, sig)]; });
  out.ecSignP1363 = c(() => { const sig = crypto.sign("sha256", msg, { key: EC_PRIV, dsaEncoding: "ieee-p1363" }); return [sig.length, crypto.verify("sha256", msg, { key: EC_PUB, dsaEncoding: "ieee-p1363" }, sig)]; });
  out.signBadKey = c(() => crypto.sign("sha256", msg, "not a key"));
  out.signPubKey = c(() => crypto.sign("sha256", msg, RSA_PUB));
  out.verifyBadSig = c(() => crypto.verify("sha256", msg, RSA_PUB, Buffer.from("zz")));
  out.signBadAlgo = c(() => crypto.createSign("nope"));
  out.rsaEnc = c(() => { const e = crypto.publicEncrypt(RSA_PUB, Buffer.from("secret")); return [e.length, crypto.privateDecrypt(RSA_PRIV, e).toString()]; });
  out.rsaEncPkcs1 = c(() => { const e = crypto.publicEncrypt({ key: RSA_PUB, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from("s")); return [e.length, crypto.privateDecrypt({ key: RSA_PRIV, padding: crypto.constants.RSA_PKCS1_PADDING }, e).toString()]; });
  out.rsaOaepHash = c(() => { const e = crypto.publicEncrypt({ key: RSA_PUB, oaepHash: "sha256" }, Buffer.from("s2")); return crypto.privateDecrypt({ key: RSA_PRIV, oaepHash: "sha256" }, e).toString(); });
  out.rsaPrivEnc = c(() => { const e = crypto.privateEncrypt(RSA_PRIV, Buffer.from("s3")); return [e.toString("hex").slice(0, 16), crypto.publicDecrypt(RSA_PUB, e).toString()]; });
  out.rsaDecBad = c(() => crypto.privateDecrypt(RSA_PRIV, Buffer.alloc(128, 1)));
  out.jwkPub = c(() => crypto.createPublicKey(RSA_PUB).export({ format: "jwk" }));
  out.jwkEc = c(() => crypto.createPrivateKey(EC_PRIV).export({ format: "jwk" }));
  out.jwkImport = c(() => { const j = crypto.createPublicKey(EC_PUB).export({ format: "jwk" }); const k = crypto.createPublicKey({ key: j, format: "jwk" }); return [k.asymmetricKeyType, k.export({ type: "spki", format: "pem" }) === EC_PUB]; });
  out.derExport = c(() => [crypto.createPublicKey(RSA_PUB).export({ type: "spki", format: "der" }).length, crypto.createPublicKey(RSA_PUB).export({ type: "pkcs1", format: "pem" }).split("\\n")[0], crypto.createPrivateKey(RSA_PRIV).export({ type: "pkcs1", format: "pem" }).split("\\n")[0], crypto.createPrivateKey(EC_PRIV).export({ type: "sec1", format: "pem" }).split("\\n")[0]]);
  out.exportBadType = c(() => crypto.createPublicKey(RSA_PUB).export({ type: "pkcs8", format: "pem" }));
  out.exportPubTypes = c(() => ["sec1", "nope", "spki", "pkcs1"].map((t) => c(() => crypto.createPublicKey(EC_PUB).export({ type: t, format: "pem" }).split("\\n")[0])));
  out.keyEqualsMore = c(() => { const g1 = crypto.generateKeyPairSync("ec", { namedCurve: "P-384" }).publicKey; const e1 = crypto.generateKeyPairSync("ed25519").publicKey; return [crypto.createPublicKey(EC_PUB).equals(g1), crypto.createPublicKey(EC_PUB).equals(e1), crypto.createPrivateKey(EC_PRIV).equals(crypto.createPublicKey(EC_PUB)), crypto.createPublicKey(RSA_PUB).equals(crypto.createSecretKey(Buffer.from("a")))]; });
  out.keyEquals = c(() => [crypto.createPublicKey(RSA_PUB).equals(crypto.createPublicKey(RSA_PRIV)), crypto.createPublicKey(RSA_PUB).equals(crypto.createPublicKey(EC_PUB))]);
  out.badPem = c(() => crypto.createPublicKey("-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----"));
  out.badPrivInput = c(() => crypto.createPrivateKey(5));
  out.ecdh = c(() => { const a1 = crypto.createECDH("prime256v1"); const b1 = crypto.createECDH("prime256v1"); a1.generateKeys(); b1.generateKeys(); return [a1.getPublicKey().length, a1.getPublicKey(null, "compressed").length, a1.computeSecret(b1.getPublicKey()).equals(b1.computeSecret(a1.getPublicKey())), a1.getPrivateKey().length]; });
  out.ecdhBadCurve = c(() => crypto.createECDH("nope"));
  out.ecdhSetPriv = c(() => { const e = crypto.createECDH("secp256k1"); e.setPrivateKey(Buffer.alloc(32, 1)); return e.getPublicKey("hex"); });
  out.ecdhConvert = c(() => { const e = crypto.createECDH("prime256v1"); e.setPrivateKey(Buffer.alloc(32, 2)); return crypto.ECDH.convertKey(e.getPublicKey(), "prime256v1", null, "hex", "compressed"); });
  out.dhGroup = c(() => { const g = crypto.getDiffieHellman("modp14"); return [g.getPrime().length, g.getGenerator().toString("hex")]; });
  out.dhCreate = c(() => { const d = crypto.createDiffieHellman(Buffer.from("ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd1", "hex"), Buffer.from([2])); return [d.getPrime("hex").length, d.verifyError]; });
  out.genRsa = c(() => { const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 1024, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } }); return [typeof publicKey, publicKey.split("\\n")[0], privateKey.split("\\n")[0]]; });
  out.genEc = c(() => { const { publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "P-384" }); return [publicKey.asymmetricKeyType, js(publicKey.asymmetricKeyDetails)]; });
  out.genBadType = c(() => crypto.generateKeyPairSync("nope"));
  out.genAsync = await a(() => new Promise((res, rej) => crypto.generateKeyPair("ed25519", {}, (e, pub, priv) => e ? rej(e) : res([pub.type, priv.type]))));
  out.toCryptoKey = await a(async () => { const k = crypto.createPublicKey(EC_PUB); const ck = k.toCryptoKey ? k.toCryptoKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]) : null; return ck && [ck.type, ck.algorithm.name, ck.usages]; });
  out.fromCryptoKey = await a(async () => { const ck = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256", length: 128 }, true, ["sign"]); const k = crypto.KeyObject.from(ck); return [k.type, k.symmetricKeySize]; });
  out.keyObjectNew = c(() => new crypto.KeyObject("secret", {}));
`),
];

const round2 = [
  nodeCase("nodewasm17-stream-writable-b", "stream: Writable/Readable state machine, events order, cork, writev, objectMode, destroy",
    `import { Readable, Writable, Duplex, Transform, PassThrough, finished, addAbortSignal } from "node:stream";`, `
  const log = [];
  out.writeCb = await a(() => new Promise((res) => { const l = []; const w = new Writable({ highWaterMark: 3, write(ch, enc, cb) { l.push("w:" + ch + ":" + enc); setTimeout(cb, 0); } }); l.push("r1:" + w.write("ab")); l.push("r2:" + w.write("cd")); l.push("len:" + w.writableLength); w.on("drain", () => l.push("drain")); w.on("finish", () => l.push("finish")); w.on("close", () => { l.push("close"); res(l); }); w.end("ef", () => l.push("endcb")); l.push("ended:" + w.writableEnded + ":" + w.writableFinished); }));
  out.decodeStrings = await a(() => new Promise((res) => { const l = []; const w = new Writable({ decodeStrings: false, write(ch, enc, cb) { l.push(typeof ch + ":" + enc); cb(); } }); w.write("x"); w.write(Buffer.from("y")); w.write("7a", "hex"); w.end(() => res(l)); }));
  out.writev = await a(() => new Promise((res) => { const l = []; const w = new Writable({ writev(chunks, cb) { l.push(chunks.map((c) => String(c.chunk) + ":" + c.encoding).join(",")); cb(); } }); w.cork(); w.write("a"); w.write("b"); w.write("c"); process.nextTick(() => w.uncork()); w.end(() => res(l)); }));
  out.writeAfterEnd = await a(() => new Promise((res) => { const l = []; const w = new Writable({ write(ch, e, cb) { cb(); } }); w.end(); w.on("error", (e) => l.push(["error", e.code, e.message])); const r = w.write("x", (e) => l.push(["cb", e?.code])); l.push(["ret", r]); setTimeout(() => res(l), 5); }));
  out.writeNull = c(() => new Writable({ write(c, e, cb) { cb(); } }).write(null));
  out.writeNum = c(() => new Writable({ write(c, e, cb) { cb(); } }).write(5));
  out.objectMode = await a(() => new Promise((res) => { const l = []; const w = new Writable({ objectMode: true, write(ch, enc, cb) { l.push(js(ch) + ":" + enc); cb(); } }); w.write({ a: 1 }); w.write(5); w.end(() => res([l, w.writableObjectMode, w.writableHighWaterMark])); }));
  out.writeErrCb = await a(() => new Promise((res) => { const l = []; const w = new Writable({ write(ch, enc, cb) { cb(new Error("wfail")); } }); w.on("error", (e) => l.push("error:" + e.message)); w.on("close", () => { l.push("close:" + w.destroyed + ":" + js(w.errored?.message)); res(l); }); w.write("a", (e) => l.push("cb:" + e?.message)); }));
  out.finalErr = await a(() => new Promise((res) => { const l = []; const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error("ffail")); } }); w.on("error", (e) => l.push("error:" + e.message)); w.on("finish", () => l.push("finish")); w.on("close", () => { l.push("close"); res(l); }); w.end(); }));
  out.destroyRead = await a(() => new Promise((res) => { const l = []; const r = new Readable({ read() {} }); r.on("close", () => { l.push("close:" + r.destroyed + ":" + r.readableAborted); res(l); }); r.on("error", (e) => l.push("err:" + e.message)); r.destroy(new Error("dd")); l.push("sync:" + r.destroyed); }));
  out.destroyNoErr = await a(() => new Promise((res) => { const l = []; const r = new Readable({ read() {} }); r.on("close", () => res([...l, "close", r.errored])); r.on("error", () => l.push("error")); r.destroy(); }));
  out.readableState = await a(async () => { const r = new Readable({ read() {} }); r.push("ab"); r.push("cd"); const s = [r.readableLength, r.readableFlowing, r.readableEnded, r.readableHighWaterMark, r.readableEncoding]; r.setEncoding("hex"); const x = r.read(1); r.push(null); return [s, x, r.read(), r.readableEncoding, r.readableFlowing]; });
  out.readSize = c(() => { const r = new Readable({ read() {} }); r.push("abcdef"); return [String(r.read(2)), String(r.read(10)), r.readableLength, String(r.read())]; });
  out.pushAfterEof = await a(() => new Promise((res) => { const r = new Readable({ read() {} }); r.push(null); r.on("error", (e) => res([e.code, e.message])); r.push("x"); setTimeout(() => res("no error"), 5); }));
  out.unshift = c(() => { const r = new Readable({ read() {} }); r.push("bc"); r.unshift("a"); return String(r.read()); });
  out.pauseResume = await a(() => new Promise((res) => { const l = []; const r = Readable.from(["a", "b", "c"]); r.on("data", (d) => { l.push(d); if (d === "a") { r.pause(); l.push("paused:" + r.isPaused()); setTimeout(() => r.resume(), 1); } }); r.on("end", () => res(l)); }));
  out.readableEvents = await a(() => new Promise((res) => { const l = []; const r = new Readable({ read() {} }); r.on("readable", () => { let ch; while ((ch = r.read()) !== null) l.push("data:" + ch); l.push("readable"); }); r.on("end", () => { l.push("end"); res(l); }); r.push("x"); setTimeout(() => { r.push("y"); r.push(null); }, 1); }));
  out.transformFlush = await a(() => new Promise((res) => { const t = new Transform({ transform(ch, e, cb) { cb(null, String(ch).toUpperCase()); }, flush(cb) { this.push("!"); cb(); } }); collect(t).then(res); t.write("ab"); t.end("c"); }));
  out.transformErr = await a(() => new Promise((res) => { const t = new Transform({ transform(ch, e, cb) { cb(new Error("terr")); } }); t.on("error", (e) => res([e.message, t.destroyed])); t.write("a"); }));
  out.duplexHalf = await a(() => new Promise((res) => { const d = new Duplex({ allowHalfOpen: false, read() { this.push("r"); this.push(null); }, write(c, e, cb) { cb(); } }); const l = []; d.on("finish", () => l.push("finish")); d.on("end", () => l.push("end")); d.on("close", () => { l.push("close"); res(l); }); d.resume(); }));
  out.duplexProps = c(() => { const d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 7 }); return [d.readableObjectMode, d.writableObjectMode, d.writableHighWaterMark, d.readableHighWaterMark, d.allowHalfOpen]; });
  out.finishedCleanup = await a(() => new Promise((res) => { const p = new PassThrough(); const l = []; const cleanup = finished(p, (e) => l.push("fin:" + (e?.code ?? "ok"))); p.end("x"); p.resume(); setTimeout(() => { l.push(typeof cleanup); res(l); }, 5); }));
  out.finishedPremature = await a(() => new Promise((res) => { const p = new PassThrough(); finished(p, (e) => res([e?.code, e?.message])); p.destroy(); }));
  out.abortSignal = await a(() => new Promise((res) => { const ac = new AbortController(); const r = addAbortSignal(ac.signal, new Readable({ read() {} })); r.on("error", (e) => res([e.name, e.code, e.message])); ac.abort(); }));
  out.asyncIterBreak = await a(async () => { const r = Readable.from(["a", "b", "c"]); const l = []; for await (const x of r) { l.push(x); break; } return [l, r.destroyed]; });
  out.asyncIterErr = await a(async () => { const r = new Readable({ read() { this.destroy(new Error("it")); } }); try { for await (const x of r) {} } catch (e) { return e.message; } });
  out.readableProps = c(() => { const r = new Readable(); return [r.readable, r.readableDidRead, r.closed, r.errored, r.destroyed, typeof r._read, r.readableObjectMode]; });
  out.readNotImpl = await a(() => new Promise((res) => { const r = new Readable(); r.on("error", (e) => res([e.code, e.message])); r.read(); }));
  out.writeNotImpl = await a(() => new Promise((res) => { const w = new Writable(); w.on("error", (e) => res([e.code, e.message])); w.write("x"); }));
  out.setDefaultHwm = c(() => [typeof (globalThis.__s = null), typeof Readable.prototype.wrap, typeof Readable.prototype.iterator]);
`),
  nodeCase("nodewasm17-events-util-c", "events EventEmitter details, util.inspect of errors/classes, util misc",
    `import EventEmitter, { once, on, EventEmitterAsyncResource, captureRejectionSymbol } from "node:events"; import util from "node:util";`, `
  out.listenersOrder = c(() => { const e = new EventEmitter(); const l = []; e.on("x", () => l.push(1)); e.prependListener("x", () => l.push(0)); e.once("x", () => l.push(2)); e.prependOnceListener("x", () => l.push(-1)); e.emit("x"); e.emit("x"); return [l, e.listenerCount("x"), e.eventNames()]; });
  out.rawListeners = c(() => { const e = new EventEmitter(); const f = () => {}; e.once("x", f); const r = e.rawListeners("x")[0]; return [r === f, r.listener === f, e.listeners("x")[0] === f, typeof r]; });
  out.newListener = c(() => { const e = new EventEmitter(); const l = []; e.on("newListener", (n) => l.push("new:" + String(n))); e.on("removeListener", (n) => l.push("rm:" + String(n))); const f = () => {}; e.on("a", f); e.off("a", f); e.on(Symbol("s"), f); return l; });
  out.removeAll = c(() => { const e = new EventEmitter(); e.on("a", () => {}); e.on("b", () => {}); e.removeAllListeners("a"); const n1 = e.eventNames(); e.removeAllListeners(); return [n1, e.eventNames()]; });
  out.maxListeners = c(() => { const e = new EventEmitter(); const d = [e.getMaxListeners(), EventEmitter.defaultMaxListeners]; e.setMaxListeners(1); return [d, e.getMaxListeners()]; });
  out.maxListenersErr = c(() => new EventEmitter().setMaxListeners(-1));
  out.onBadListener = c(() => new EventEmitter().on("x", 5));
  out.emitArgs = c(() => { const e = new EventEmitter(); let got; e.on("x", function (...args) { got = [args, this === e]; }); return [e.emit("x", 1, 2, 3), got, e.emit("y")]; });
  out.emitErrObj = c(() => new EventEmitter().emit("error", { message: "obj" }));
  out.emitErrUndef = c(() => new EventEmitter().emit("error"));
  out.captureRejections = await a(() => new Promise((res) => { const e = new EventEmitter({ captureRejections: true }); e.on("error", (err) => res(["error", err.message])); e.on("x", async () => { throw new Error("rej"); }); e.emit("x"); }));
  out.captureSym = await a(() => new Promise((res) => { const e = new EventEmitter({ captureRejections: true }); e[captureRejectionSymbol] = (err, ev, ...args) => res([err.message, ev, args]); e.on("x", async () => { throw new Error("rej2"); }); e.emit("x", 7); }));
  out.onceErr = await a(() => { const e = new EventEmitter(); const p = once(e, "x"); e.emit("error", new Error("onceerr")); return p; });
  out.onceAbort = await a(() => { const e = new EventEmitter(); const ac = new AbortController(); const p = once(e, "x", { signal: ac.signal }); ac.abort(); return p; });
  out.onIter = await a(async () => { const e = new EventEmitter(); const l = []; setTimeout(() => { e.emit("x", 1); e.emit("x", 2, 3); e.emit("end"); }, 1); const ac = new AbortController(); e.once("end", () => ac.abort()); try { for await (const v of on(e, "x", { signal: ac.signal })) l.push(v); } catch (err) { l.push(err.name); } return l; });
  out.eear = c(() => { const e = new EventEmitterAsyncResource({ name: "nm" }); return [typeof e.asyncId, typeof e.asyncResource, e instanceof EventEmitter]; });
  out.inheritsEE = c(() => { function F() { EventEmitter.call(this); } util.inherits(F, EventEmitter); const f = new F(); let x; f.on("a", (v) => (x = v)); f.emit("a", 9); return [x, F.super_ === EventEmitter, f instanceof EventEmitter]; });
  out.inheritsErr = c(() => util.inherits(function () {}, null));
  out.inspErr = c(() => { const e = new TypeError("bad thing"); e.stack = "TypeError: bad thing\\n    at fake (file.js:1:1)"; return util.inspect(e); });
  out.inspErrProps = c(() => { const e = new Error("m"); e.stack = "Error: m\\n    at x"; e.code = "E_X"; e.extra = { a: 1 }; return util.inspect(e); });
  out.inspErrCause = c(() => { const e = new Error("outer", { cause: "inner" }); e.stack = "Error: outer\\n    at y"; return util.inspect(e); });
  out.inspErrNoStack = c(() => { const e = new RangeError("nostack"); delete e.stack; e.stack = undefined; return util.inspect(e); });
  out.inspErrInObj = c(() => { const e = new Error("in"); e.stack = "Error: in\\n    at z"; return util.inspect({ e }); });
  out.inspAggregate = c(() => { const e = new AggregateError([new Error("a1")], "agg"); e.stack = "AggregateError: agg\\n    at q"; e.errors[0].stack = "Error: a1\\n    at r"; return util.inspect(e); });
  out.inspErrName = c(() => { const e = new Error("named"); e.name = "CustomName"; e.stack = "Error: named\\n    at s"; return util.inspect(e); });
  out.inspClassStatic = c(() => { class A { static x = 1; } class B extends A {} return [util.inspect(A), util.inspect(B), util.inspect(new B()), util.inspect(Object.create(B.prototype))]; });
  out.inspFns = c(() => [util.inspect(function named() {}), util.inspect(() => {}), util.inspect(async function af() {}), util.inspect(function* g() {}), util.inspect(async function* ag() {}), util.inspect(Object.assign(function p() {}, { prop: 1 }))]);
  out.inspNums = c(() => [util.inspect(-0), util.inspect(1234567.891, { numericSeparator: true }), util.inspect(123456789n, { numericSeparator: true }), util.inspect([1.5, -0, NaN])]);
  out.inspStrings = c(() => [util.inspect("it's"), util.inspect('both \\' and "'), util.inspect("all '\\"\`"), util.inspect("a\\nb"), util.inspect("x".repeat(30), { maxStringLength: 5 }), util.inspect("\\u0001\\u007f")]);
  out.inspCompact = c(() => [util.inspect({ a: [1, 2, { b: 3 }], c: "x" }, { compact: false }), util.inspect({ a: 1, b: { c: 2 } }, { breakLength: 5 }), util.inspect({ b: 1, a: 2, c: { z: 1, y: 2 } }, { sorted: true })]);
  out.inspLong = c(() => util.inspect({ alpha: "aaaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbbbb", gamma: "cccccccccccccccccc", delta: [1, 2, 3] }));
  out.inspMapSet = c(() => [util.inspect(new Map([["a", { b: new Set([1]) }]])), util.inspect(new Set()), util.inspect(new Map()), util.inspect(new WeakMap()), util.inspect(new Map([[1, 2]]), { showHidden: true })]);
  out.inspCircular = c(() => { const o = { a: { }, arr: [] }; o.a.self = o; o.arr.push(o.arr); return util.inspect(o); });
  out.inspDates = c(() => [util.inspect(new Date(0)), util.inspect(new Date(NaN)), util.inspect(/re/gi), util.inspect(Object.assign(/x/, { p: 1 }))]);
  out.inspTyped = c(() => [util.inspect(new Uint8Array(3)), util.inspect(new Float64Array([1.5])), util.inspect(new ArrayBuffer(2)), util.inspect(new DataView(new ArrayBuffer(2))), util.inspect(new BigInt64Array(1))]);
  out.inspMisc = c(() => [util.inspect(Symbol("q")), util.inspect(null), util.inspect(undefined), util.inspect(Object(1n)), util.inspect(Object(Symbol("b"))), util.inspect(new Number(-0)), util.inspect(globalThis.WeakRef ? new WeakRef({}) : 0)]);
  out.inspColors = c(() => util.inspect({ n: 1, s: "s", b: true, u: undefined, nl: null, sy: Symbol("x") }, { colors: true }));
  out.inspCustomDepth = c(() => util.inspect({ a: { [util.inspect.custom](depth, opts, insp) { return [depth, typeof opts.stylize, insp === util.inspect]; } } }));
  out.inspectDefaults = c(() => js(util.inspect.defaultOptions));
  out.formatMore = c(() => [util.format("%s", { a: { b: { c: 1 } } }), util.format("%s", [1, [2]]), util.format("%d", "0x10"), util.format("%i", 3.9), util.format("%f", "1.5abc"), util.format("%o", { a: [1] }), util.format("%O", { a: 1 }), util.format("%%s %s", "x"), util.format("%s", -0), util.format("%s", 5n), util.format("%d", 5n), util.format("%s", Symbol("k")), util.format("%c", "css"), util.format(1, 2), util.format("%s:%s", "only")]);
  out.formatWithOptions = c(() => util.formatWithOptions({ compact: false }, "%O", { a: 1 }));
  out.deprecate = c(() => { const f = util.deprecate(() => 5, "dep msg", "DEP0XXX"); return [f(), f.name, typeof f]; });
  out.debuglog = c(() => { const d = util.debuglog("nw17"); d("hi"); return [typeof d, d.enabled, typeof util.debug]; });
  out.errName = c(() => [util.getSystemErrorName?.(-2), util.getSystemErrorMap ? typeof util.getSystemErrorMap() : "none"]);
  out.toUSV = c(() => util.toUSVString?.("a\\ud800b"));
  out.strip = c(() => util.stripVTControlCharacters("\\u001b[31mred\\u001b[0m"));
  out.aborted = await a(async () => { const ac = new AbortController(); const p = util.aborted(ac.signal, {}); ac.abort(); await p; return "resolved"; });
  out.isArray = c(() => [util.isArray([]), typeof util.isError, typeof util.isString, typeof util.log, typeof util._extend, typeof util.isBuffer]);
  out.transferable = c(() => { const s = util.transferableAbortSignal?.(new AbortController().signal); return s && s instanceof AbortSignal; });
  out.getCallSite = c(() => typeof util.getCallSite + ":" + typeof util.getCallSites);
`),
];

const WASM_A = [0, 97, 115, 109, 1, 0, 0, 0, 1, 15, 3, 96, 2, 127, 127, 1, 127, 96, 0, 0, 96, 1, 127, 1, 127, 2, 11, 1, 3, 101, 110, 118, 3, 108, 111, 103, 0, 2, 3, 5, 4, 0, 1, 1, 1, 4, 5, 1, 112, 1, 2, 10, 5, 4, 1, 1, 1, 3, 6, 11, 2, 126, 1, 66, 123, 11, 127, 0, 65, 42, 11, 7, 60, 9, 3, 97, 100, 100, 0, 1, 7, 117, 110, 114, 101, 97, 99, 104, 0, 2, 4, 100, 105, 118, 48, 0, 3, 3, 111, 111, 98, 0, 4, 3, 109, 101, 109, 2, 0, 3, 116, 98, 108, 1, 0, 3, 103, 54, 52, 3, 0, 3, 99, 51, 50, 3, 1, 3, 108, 111, 103, 0, 0, 9, 7, 1, 0, 65, 0, 11, 1, 1, 10, 31, 4, 7, 0, 32, 0, 32, 1, 106, 11, 3, 0, 0, 11, 8, 0, 65, 1, 65, 0, 109, 26, 11, 8, 0, 65, 127, 40, 2, 0, 26, 11, 11, 11, 1, 0, 65, 16, 11, 5, 104, 101, 108, 108, 111, 0, 8, 4, 110, 119, 49, 55, 1, 2, 3];
const wasmCase = (name, area, description, body, { date = CD, flags = [] } = {}) => ({
  name, area, description,
  options: { compatibilityDate: date, compatibilityFlags: flags,
    modules: [{ type: "ESModule", path: "index.mjs", contents: `${PRELUDE}
${HELPERS}
import WASM_MOD from "./a.wasm";
const WASM_A = new Uint8Array(${JSON.stringify(WASM_A)});
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };` }, { type: "CompiledWasm", path: "a.wasm", contents: String.fromCharCode(...WASM_A) }] },
  steps: [get("/")],
});
const round3 = [
  wasmCase("nodewasm17-wasm-js-api-d", "wasm", "WebAssembly JS API: module reflection, instances, memory/table/global objects, traps, errors", `
  const W = WebAssembly;
  const mod = WASM_MOD;
  const calls = [];
  const inst = new W.Instance(mod, { env: { log: (x) => { calls.push(x); return x * 2; } } });
  const e = inst.exports;
  out.reflect = c(() => [W.Module.exports(mod), W.Module.imports(mod), W.Module.customSections(mod, "nw17").map((b) => hex(b)), W.Module.customSections(mod, "zz").length]);
  out.reflectErr = c(() => W.Module.exports({}));
  out.customErr = c(() => W.Module.customSections(mod));
  out.exportsShape = c(() => [Object.isFrozen(e), Object.getPrototypeOf(e), Object.keys(e), typeof e.add, e.add.name, e.add.length, e.log.name, e.log.length, String(e.add).slice(0, 20)]);
  out.add = c(() => [e.add(2, 3), e.add(2 ** 31, 1), e.add("4", {}), e.add(1.9, -1.9), e.add()]);
  out.importCall = c(() => [e.log(21), calls]);
  out.traps = c(() => [c(() => e.unreach()), c(() => e.div0()), c(() => e.oob())]);
  out.trapProto = c(() => { try { e.unreach(); } catch (err) { return [err instanceof W.RuntimeError, err.constructor.name, err.name, Object.prototype.toString.call(err)]; } });
  out.memory = c(() => { const m = e.mem; const b1 = m.buffer; const s = new TextDecoder().decode(new Uint8Array(b1, 16, 5)); const old = m.grow(1); return [s, b1.byteLength, old, b1.byteLength, m.buffer.byteLength, m.buffer === b1, c(() => m.grow(5))]; });
  out.memoryCtor = c(() => { const m = new W.Memory({ initial: 1, maximum: 2 }); return [m.buffer.byteLength, m.grow(0), c(() => m.grow(2)), Object.prototype.toString.call(m), c(() => new W.Memory({ initial: 3, maximum: 2 })), c(() => new W.Memory({})), c(() => new W.Memory({ initial: 70000 }))]; });
  out.table = c(() => { const t = e.tbl; return [t.length, typeof t.get(0), t.get(0) === e.unreach, t.get(1), c(() => t.get(5)), t.grow(1), t.length, c(() => t.set(0, () => 1)), c(() => t.grow(20))]; });
  out.tableCtor = c(() => { const t = new W.Table({ element: "anyfunc", initial: 2 }); t.set(1, e.add); return [t.length, t.get(1)(1, 1), c(() => new W.Table({ element: "nope", initial: 1 })), new W.Table({ element: "externref", initial: 1, }, "d").get(0)]; });
  out.globals = c(() => { const g = e.g64; const k = e.c32; const r = [typeof g.value, String(g.value), k.value, g.valueOf() === g.value]; g.value = 7n; r.push(String(g.value)); r.push(c(() => { k.value = 1; })); r.push(c(() => { g.value = 1; })); return r; });
  out.globalCtor = c(() => [new W.Global({ value: "i32", mutable: true }, 5).value, new W.Global({ value: "f32" }, 1.1).value, String(new W.Global({ value: "i64" }).value), new W.Global({ value: "f64" }).value, c(() => new W.Global({ value: "nope" })), c(() => new W.Global({ value: "i64" }, 5)), new W.Global({ value: "externref" }, "x").value]);
  out.linkErrs = c(() => [c(() => new W.Instance(mod, {})), c(() => new W.Instance(mod, { env: {} })), c(() => new W.Instance(mod, { env: { log: 5 } })), c(() => new W.Instance(mod))]);
  out.compileErrs = c(() => [c(() => new W.Module(new Uint8Array([0, 1, 2]))), c(() => new W.Module(new Uint8Array(0))), c(() => new W.Module("str")), c(() => new W.Module()), c(() => W.Module(WASM_A))]);
  out.validate = c(() => [W.validate(WASM_A), W.validate(new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0])), c(() => W.validate("x")), W.validate(WASM_A.buffer)]);
  out.asyncApi = await a(async () => { const r = await W.instantiate(WASM_A, { env: { log: (x) => x } }); const i2 = await W.instantiate(mod, { env: { log: (x) => x } }); const m2 = await W.compile(WASM_A); return [Object.keys(r), r.module instanceof W.Module, i2 instanceof W.Instance, m2 instanceof W.Module]; });
  out.asyncErr = await a(() => W.compile(new Uint8Array([1, 2, 3, 4])));
  out.asyncLinkErr = await a(() => W.instantiate(WASM_A, {}));
  out.streaming = c(() => [typeof W.compileStreaming, typeof W.instantiateStreaming]);
  out.streamingCall = await a(async () => { const r = await W.instantiateStreaming(new Response(WASM_A, { headers: { "content-type": "application/wasm" } }), { env: { log: (x) => x } }); return Object.keys(r); });
  out.namespace = c(() => [Object.prototype.toString.call(W), Object.getOwnPropertyNames(W).sort(), W.Module.length, W.Instance.length, typeof W.Tag, typeof W.Exception]);
  out.errorClasses = c(() => [new W.CompileError("x").name, new W.LinkError("y").message, W.RuntimeError.prototype instanceof Error, Object.getPrototypeOf(W.CompileError) === Error]);
`),
];

const round4 = [
  nodeCase("nodewasm17-timers-process-e", "timers objects, ordering of ticks/microtasks/immediates, process members, assert messages, path/url/qs odd inputs",
    `import timers from "node:timers"; import tp from "node:timers/promises"; import process from "node:process"; import assert from "node:assert"; import path from "node:path"; import url from "node:url"; import qs from "node:querystring"; import util from "node:util"; import { StringDecoder } from "node:string_decoder";`, `
  out.timeoutObj = c(() => { const t = setTimeout(() => {}, 1000); const r = [typeof t, t?.constructor?.name, typeof t?.ref, typeof t?.unref, typeof t?.hasRef, typeof t?.refresh, typeof t?.[Symbol.toPrimitive], t?.hasRef?.()]; t?.unref?.(); r.push(t?.hasRef?.()); clearTimeout(t); return r; });
  out.timersMod = c(() => { const t = timers.setTimeout(() => {}, 1000); const r = [typeof t, t?.constructor?.name, typeof +t, Number.isInteger(+t)]; timers.clearTimeout(t); clearTimeout(+t); return r; });
  out.clearByNumber = await a(() => new Promise((res) => { let fired = false; const t = timers.setTimeout(() => { fired = true; }, 1); timers.clearTimeout(Number(t)); setTimeout(() => res(fired), 10); }));
  out.immediate = await a(() => new Promise((res) => { const i = setImmediate((x, y) => res([x, y, typeof i, i?.constructor?.name, typeof i?.hasRef]), 1, 2); }));
  out.clearImmediate = await a(() => new Promise((res) => { let f = false; const i = setImmediate(() => { f = true; }); clearImmediate(i); setTimeout(() => res(f), 5); }));
  out.order = await a(() => new Promise((res) => { const l = []; setTimeout(() => l.push("timeout"), 0); setImmediate(() => l.push("immediate")); process.nextTick(() => l.push("tick1")); Promise.resolve().then(() => l.push("micro")); queueMicrotask(() => l.push("qm")); process.nextTick(() => l.push("tick2")); l.push("sync"); setTimeout(() => res(l), 20); }));
  out.tickArgs = await a(() => new Promise((res) => process.nextTick((a1, b1) => res([a1, b1]), "x", "y")));
  out.tickErr = c(() => process.nextTick(5));
  out.tpSetTimeout = await a(async () => [await tp.setTimeout(1, "val"), await tp.setImmediate("imm")]);
  out.tpAbort = await a(async () => { const ac = new AbortController(); const p = tp.setTimeout(1000, "x", { signal: ac.signal }); ac.abort(); return p; });
  out.tpAbortReason = await a(async () => tp.setTimeout(10, "x", { signal: AbortSignal.abort("why") }));
  out.tpInterval = await a(async () => { const l = []; for await (const v of tp.setInterval(1, "iv")) { l.push(v); if (l.length === 3) break; } return l; });
  out.tpBadDelay = await a(async () => tp.setTimeout("x"));
  out.tpScheduler = await a(async () => [typeof tp.scheduler?.wait, typeof tp.scheduler?.yield, await tp.scheduler?.wait?.(1)]);
  out.promisifyTimeout = await a(async () => [await util.promisify(setTimeout)(1, "pv"), await util.promisify(setImmediate)("pi")]);
  out.setTimeoutBad = c(() => [typeof setTimeout("code", 1), c(() => setTimeout(null, 1))]);
  out.intervalRefresh = await a(() => new Promise((res) => { let n = 0; const t = setInterval(() => { n++; if (n === 2) { clearInterval(t); res(n); } }, 1); }));
  out.processMisc = c(() => [typeof process.hrtime, typeof process.uptime, typeof process.memoryUsage, process.title, process.argv, process.execArgv, process.pid, process.ppid, process.arch, process.platform, typeof process.version, process.release?.name, typeof process.versions?.node, process.exitCode, typeof process.emitWarning, typeof process.cwd, typeof process.umask, process.config && typeof process.config]);
  out.processEnv = c(() => [typeof process.env, Object.keys(process.env).length >= 0, process.env.NOPE, (process.env.X = 5, process.env.X), typeof process.env.X, delete process.env.X, process.env.X]);
  out.processEvents = c(() => [typeof process.on, process.listenerCount?.("x"), typeof process.emit, process instanceof (globalThis.EventEmitter ?? Object)]);
  out.emitWarning = await a(() => new Promise((res) => { if (typeof process.once !== "function") return res("no once"); process.once("warning", (w) => res([w.name, w.message, w.code ?? null])); process.emitWarning("careful", { code: "W1", type: "CustomWarning" }); setTimeout(() => res("no event"), 20); }));
  out.exit = c(() => typeof process.exit);
  out.abort = c(() => typeof process.abort);
  out.nextTickAls = c(() => typeof process.getBuiltinModule);
  out.assertMsgs = c(() => [c(() => assert.strictEqual(1, 2)), c(() => assert.deepStrictEqual({ a: 1 }, { a: 2 })), c(() => assert.ok(0)), c(() => assert(false, "custom")), c(() => assert.equal(1, 2, new TypeError("mine"))), c(() => assert.notStrictEqual(1, 1)), c(() => assert.fail()), c(() => assert.fail("boom")), c(() => assert.match("abc", /x/)), c(() => assert.ifError(new Error("ie"))), c(() => assert.ifError(null))]);
  out.assertErrProps = c(() => { try { assert.strictEqual("a", "b", undefined); } catch (e) { return [e.name, e.code, e.actual, e.expected, e.operator, e.generatedMessage, e instanceof assert.AssertionError, Object.keys(e)]; } });
  out.assertThrows = c(() => [c(() => assert.throws(() => { throw new TypeError("tt"); }, TypeError)), c(() => assert.throws(() => {})), c(() => assert.throws(() => { throw new Error("e1"); }, /e2/)), c(() => assert.throws(() => { throw new Error("e3"); }, { message: "e4" })), c(() => assert.doesNotThrow(() => { throw new Error("dnt"); })), c(() => assert.throws(() => { throw new Error("x"); }, "x"))]);
  out.assertRejects = await a(async () => [await assert.rejects(Promise.reject(new Error("r"))).then(() => "ok"), await assert.rejects(Promise.resolve(1)).catch((e) => e.message), await assert.doesNotReject(Promise.reject(new Error("dnr"))).catch((e) => e.message)]);
  out.assertDeep = c(() => [c(() => assert.deepEqual([1, 2], ["1", "2"])), c(() => assert.deepStrictEqual([1, 2], ["1", "2"])), c(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]]))), c(() => assert.deepStrictEqual(new Set([1]), new Set([1]))), c(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })), c(() => assert.partialDeepStrictEqual?.({ a: 1, b: 2 }, { a: 1 }))]);
  out.assertIdentity = c(() => [assert.equal === assert.strictEqual, assert.strict.equal === assert.strictEqual, assert.deepEqual === assert.deepStrictEqual, assert.strict.deepEqual === assert.deepStrictEqual, assert.notEqual === assert.notStrictEqual, assert.strict.notEqual === assert.notStrictEqual, assert.strict.notDeepEqual === assert.notDeepStrictEqual, assert.strict.ok === assert.ok, assert.strict.fail === assert.fail, assert.strict === assert.strict.strict, assert.strict.AssertionError === assert.AssertionError, assert.strict.name, assert.name, c(() => assert.strict.equal(1, "1")), c(() => assert.equal(1, "1"))]);
  out.assertStrictKeys = c(() => [typeof assert.strict, assert.strict.equal === assert.strictEqual, typeof assert.CallTracker, typeof assert.Assert]);
  out.pathOdd = c(() => [path.join(), path.join("", ""), path.resolve(""), path.normalize(""), path.normalize("/.."), path.relative("/a/b", "/a/b"), path.relative("/a/b/c", "/a/x"), path.dirname(""), path.dirname("/"), path.basename("/a/b/", ".b"), path.basename("a.txt", "txt"), path.extname(".bashrc"), path.extname("a."), path.extname("a.b.c"), path.parse("/x/y.z"), path.format({ dir: "/d", name: "n", ext: "e" }), path.isAbsolute(""), path.toNamespacedPath("/x"), path.matchesGlob?.("a/b.js", "a/*.js")]);
  out.pathErr = c(() => path.join("a", 5));
  out.urlOdd = c(() => [url.fileURLToPath("file:///a/b%20c"), url.pathToFileURL("/a/b c#?").href, c(() => url.fileURLToPath("http://x")), c(() => url.fileURLToPath("file://host/a")), url.format(new URL("http://u:p@h.com/p?q#f"), { auth: false, fragment: false, search: false }), url.domainToASCII("münchen.de"), url.domainToUnicode("xn--mnchen-3ya.de"), url.urlToHttpOptions(new URL("http://a:b@h:81/p?q"))]);
  out.urlParse = c(() => { const u = url.parse("http://user@host.com:8080/p/a/t/h?query=string#hash", true); return [u.protocol, u.auth, u.host, u.port, u.hostname, u.hash, u.search, u.query, u.pathname, u.path, u.href, u.slashes]; });
  out.urlResolve = c(() => [url.resolve("/one/two/three", "four"), url.resolve("http://example.com/", "/one"), url.resolve("http://example.com/one", "/two"), url.resolve("http://a/b/c", "../d")]);
  out.qsOdd = c(() => [qs.parse("a=1&a=2&b=%ZZ&c&=d&e=f=g"), qs.stringify({ a: [1, 2], b: null, c: undefined, d: { x: 1 }, e: true, f: NaN }), qs.parse("a:1;b:2", ";", ":"), qs.parse("a=1&b=2&c=3", null, null, { maxKeys: 2 }), qs.escape("a b&ü"), qs.unescape("%E4%BD%A0+x"), qs.stringify({ s: "ü " }, null, null, { encodeURIComponent: (x) => x })]);
  out.decoder = c(() => { const d = new StringDecoder("utf8"); return [d.write(Buffer.from([0xe2])), d.write(Buffer.from([0x82])), d.end(Buffer.from([0xac])), d.end(), new StringDecoder("base64").write(Buffer.from("ab")), new StringDecoder("hex").end(Buffer.from([255])), c(() => new StringDecoder("nope")), new StringDecoder().encoding, new StringDecoder("ucs2").encoding, new StringDecoder("utf16le").end(Buffer.from([0x61])), new StringDecoder("utf8").end(Buffer.from([0xf0, 0x9f]))]; });
`),
];

const round6 = [
  nodeCase("nodewasm17-als-dc-f", "AsyncLocalStorage API details, AsyncResource, diagnostics_channel channels and tracing",
    `import { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId, createHook, executionAsyncResource } from "node:async_hooks"; import dc from "node:diagnostics_channel";`, `
  const als = new AsyncLocalStorage();
  out.runArgs = c(() => als.run(1, (a1, b1) => [als.getStore(), a1, b1], "x", "y"));
  out.outside = c(() => [als.getStore(), als.name]);
  out.named = c(() => new AsyncLocalStorage({ name: "nm" }).name);
  out.nested = c(() => als.run(1, () => als.run(2, () => als.getStore()) + als.getStore()));
  out.exit = c(() => als.run(1, () => als.exit((v) => [als.getStore(), v], 9)));
  out.runThrows = c(() => { try { als.run(3, () => { throw new Error("inrun"); }); } catch (e) { return [e.message, als.getStore()]; } });
  out.enterWith = await a(async () => { const s2 = new AsyncLocalStorage(); const r = []; await (async () => { s2.enterWith("ew"); r.push(s2.getStore()); await null; r.push(s2.getStore()); })(); r.push(s2.getStore()); return r; });
  out.disable = c(() => { const s3 = new AsyncLocalStorage(); return s3.run(1, () => { s3.disable(); return [s3.getStore(), typeof s3.disable]; }); });
  out.bind = c(() => { const f = als.run(7, () => AsyncLocalStorage.bind(() => als.getStore())); return [f(), f.name, typeof f]; });
  out.snapshot = c(() => { const snap = als.run(8, () => AsyncLocalStorage.snapshot()); return [snap((x) => [als.getStore(), x], 1), als.getStore()]; });
  out.snapshotName = c(() => AsyncLocalStorage.snapshot().name);
  out.runBadFn = c(() => als.run(1, 5));
  out.asyncResource = c(() => { const r = als.run(5, () => new AsyncResource("T")); return [r.runInAsyncScope(function (x) { return [als.getStore(), this === r, x]; }, r, 1), typeof r.asyncId(), typeof r.triggerAsyncId(), typeof r.emitDestroy, r.bind(() => als.getStore())()]; });
  out.asyncResourceBind = c(() => { const f = als.run(6, () => AsyncResource.bind(function () { return [als.getStore(), typeof this]; })); return [f(), f.length]; });
  out.asyncResourceNoType = c(() => new AsyncResource());
  out.ids = c(() => [typeof executionAsyncId(), typeof triggerAsyncId(), typeof createHook, typeof executionAsyncResource]);
  out.createHookCall = c(() => { const h = createHook({}); return [typeof h.enable, typeof h.disable]; });
  out.promiseChain = await a(async () => als.run("pc", async () => { await new Promise((r) => setTimeout(r, 1)); const v1 = als.getStore(); const v2 = await Promise.resolve().then(() => als.getStore()); return [v1, v2]; }));
  out.chanBasic = c(() => { const ch = dc.channel("nw17.a"); const l = []; const f = (m, n) => l.push([m, n]); const h0 = ch.hasSubscribers; ch.subscribe(f); const h1 = [ch.hasSubscribers, dc.hasSubscribers("nw17.a")]; ch.publish({ x: 1 }); const u = ch.unsubscribe(f); const u2 = ch.unsubscribe(f); ch.publish(2); return [h0, h1, l, u, u2, ch.name, dc.channel("nw17.a") === ch]; });
  out.chanSymbol = c(() => { const sy = Symbol("nw17s"); const ch = dc.channel(sy); return [typeof ch.name, dc.channel(sy) === ch]; });
  out.chanBadName = c(() => dc.channel(5));
  out.subscribeTop = c(() => { const l = []; const f = (m, n) => l.push([m, n]); dc.subscribe("nw17.b", f); dc.channel("nw17.b").publish("p"); const r = dc.unsubscribe("nw17.b", f); return [l, r, dc.unsubscribe("nw17.b", f)]; });
  out.subscribeErr = c(() => dc.channel("nw17.c").subscribe(5));
  out.subscriberThrows = await a(() => new Promise((res) => { const ch = dc.channel("nw17.d"); const l = []; ch.subscribe(() => { throw new Error("subthrow"); }); ch.subscribe(() => l.push("second")); try { ch.publish(1); l.push("published"); } catch (e) { l.push("threw:" + e.message); } setTimeout(() => res(l), 5); }));
  out.bindStore = c(() => { const ch = dc.channel("nw17.e"); const s = new AsyncLocalStorage(); ch.bindStore(s, (m) => ({ wrapped: m })); const r = ch.runStores({ v: 1 }, (x) => [js(s.getStore()), x], null, "arg"); ch.unbindStore(s); return [r, s.getStore(), ch.hasSubscribers]; });
  out.tracing = c(() => { const tc = dc.tracingChannel("nw17.t"); const l = []; tc.subscribe({ start: (m) => l.push("start:" + js(m.x)), end: (m) => l.push("end:" + js(m.result)), asyncStart: () => l.push("asyncStart"), asyncEnd: () => l.push("asyncEnd"), error: (m) => l.push("error:" + m.error?.message) }); const r = tc.traceSync((a1) => a1 * 2, { x: 1 }, null, 21); try { tc.traceSync(() => { throw new Error("ts"); }, { x: 2 }); } catch (e) { l.push("caught"); } return [r, l, tc.hasSubscribers, Object.keys(tc).sort(), typeof tc.start?.publish]; });
  out.tracePromise = await a(async () => { const tc = dc.tracingChannel("nw17.tp"); const l = []; tc.subscribe({ start: () => l.push("start"), end: () => l.push("end"), asyncStart: (m) => l.push("asyncStart:" + m.result), asyncEnd: () => l.push("asyncEnd"), error: (m) => l.push("error:" + m.error?.message) }); const r = await tc.tracePromise(async () => "done", {}); await tc.tracePromise(async () => { throw new Error("tpe"); }, {}).catch(() => l.push("caught")); return [r, l]; });
  out.traceCallback = await a(() => new Promise((res) => { const tc = dc.tracingChannel("nw17.tcb"); const l = []; tc.subscribe({ start: () => l.push("start"), end: () => l.push("end"), asyncStart: (m) => l.push("asyncStart:" + js(m.result)), asyncEnd: () => l.push("asyncEnd"), error: (m) => l.push("error") }); tc.traceCallback((cb) => setTimeout(() => cb(null, "cbres"), 1), 0, {}, null, (err, v) => { l.push("cb:" + v); setTimeout(() => res(l), 1); }); }));
  out.tracingObj = c(() => { const tc = dc.tracingChannel({ start: dc.channel("s1"), end: dc.channel("e1"), asyncStart: dc.channel("as1"), asyncEnd: dc.channel("ae1"), error: dc.channel("er1") }); return [tc.start.name, tc.error.name]; });
  out.tracingBad = c(() => dc.tracingChannel(5));
  out.dcKeys = c(() => Object.keys(dc).sort());
`),
  nodeCase("nodewasm17-zlib-streams-g", "zlib: raw deflate, dictionaries, concatenated gzip, truncation errors, params, stream events",
    `import zlib from "node:zlib"; import { promisify } from "node:util";`, `
  const text = Buffer.from("hello hello hello zlib world ".repeat(20));
  out.raw = c(() => { const d = zlib.deflateRawSync(text); return [d.length < text.length, zlib.inflateRawSync(d).equals(text), c(() => zlib.inflateSync(d))]; });
  out.unzipAuto = c(() => [zlib.unzipSync(zlib.gzipSync("gz")).toString(), zlib.unzipSync(zlib.deflateSync("df")).toString(), c(() => zlib.unzipSync(zlib.deflateRawSync("raw")))]);
  out.dict = c(() => { const dictionary = Buffer.from("hello zlib world"); const d = zlib.deflateSync(text, { dictionary }); return [zlib.inflateSync(d, { dictionary }).equals(text), c(() => zlib.inflateSync(d)), c(() => zlib.inflateSync(d, { dictionary: Buffer.from("other") }))]; });
  out.concatGzip = c(() => zlib.gunzipSync(Buffer.concat([zlib.gzipSync("one "), zlib.gzipSync("two")])).toString());
  out.gzipTrailingGarbage = c(() => zlib.gunzipSync(Buffer.concat([zlib.gzipSync("one"), Buffer.from([0, 0, 0])])).toString());
  out.truncated = c(() => [c(() => zlib.inflateSync(zlib.deflateSync(text).subarray(0, 10))), c(() => zlib.gunzipSync(zlib.gzipSync(text).subarray(0, 15))), c(() => zlib.inflateSync(Buffer.from("not zlib data")))]);
  out.finishFlush = c(() => zlib.inflateSync(zlib.deflateSync(text).subarray(0, 20), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).length > 0);
  out.levels = c(() => [zlib.deflateSync(text, { level: 0 }).length, zlib.deflateSync(text, { level: 1 }).length > 0, c(() => zlib.deflateSync(text, { level: 10 })), c(() => zlib.deflateSync(text, { windowBits: 7 })), c(() => zlib.deflateSync(text, { memLevel: 10 })), c(() => zlib.deflateSync(text, { strategy: 9 })), c(() => zlib.deflateSync(text, { chunkSize: 10 }))]);
  out.inputTypes = c(() => [zlib.deflateSync("str").length > 0, zlib.deflateSync(new Uint8Array([1, 2])).length > 0, zlib.deflateSync(new ArrayBuffer(2)).length > 0, zlib.deflateSync(new DataView(new ArrayBuffer(2))).length > 0, c(() => zlib.deflateSync(5)), c(() => zlib.deflateSync(null))]);
  out.brotliParams = c(() => { const b = zlib.brotliCompressSync(text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: text.length } }); return [zlib.brotliDecompressSync(b).equals(text), c(() => zlib.brotliCompressSync(text, { params: { 9999: 1 } }))]; });
  out.promisified = await a(async () => [(await promisify(zlib.gunzip)(await promisify(zlib.gzip)("pz"))).toString(), (await promisify(zlib.inflate)(zlib.deflateSync("pi"))).toString()]);
  out.cbErr = await a(() => new Promise((res) => zlib.inflate(Buffer.from("bad!"), (e, r) => res([e?.code, e?.errno, e?.message, r]))));
  out.cbOpts = await a(() => new Promise((res) => zlib.deflate("x", { level: 1 }, (e, r) => res([e, zlib.inflateSync(r).toString()]))));
  out.streamEvents = await a(() => new Promise((res) => { const l = []; const g = zlib.createGzip(); g.on("data", (d) => l.push("data")); g.on("end", () => { l.push("end:" + g.bytesWritten); res([...new Set(l)]); }); g.write("abc"); g.end("def"); }));
  out.streamErr = await a(() => new Promise((res) => { const i = zlib.createInflate(); i.on("error", (e) => res([e.code, e.errno, e.message, i.destroyed])); i.end(Buffer.from("garbage data")); }));
  out.streamClassNames = c(() => [zlib.createGzip().constructor.name, zlib.createDeflate() instanceof zlib.Deflate, typeof zlib.Gzip, typeof zlib.createBrotliCompress().params, typeof zlib.createDeflate().params, typeof zlib.createDeflate().reset, typeof zlib.createDeflate().close]);
  out.crc32 = c(() => [zlib.crc32("hello"), zlib.crc32(Buffer.from("world"), zlib.crc32("hello ")), zlib.crc32(""), c(() => zlib.crc32(5))]);
  out.codes = c(() => [zlib.codes?.Z_DATA_ERROR, zlib.codes?.["-3"], zlib.constants.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION]);
  out.maxOutput = c(() => zlib.inflateSync(zlib.deflateSync(text), { maxOutputLength: 10 }));
  out.infoSync = c(() => { const r = zlib.deflateSync("i", { info: true }); return [Object.keys(r), r.engine?.constructor?.name]; });
  out.inflateEmpty = c(() => [c(() => zlib.inflateSync(Buffer.alloc(0))), c(() => zlib.gunzipSync(Buffer.alloc(0))), c(() => zlib.inflateRawSync(Buffer.alloc(0)).length)]);
`),
];

const round7 = [
  nodeCase("nodewasm17-events-target-h", "events helpers with EventTarget, util.types breadth, stream/web interop",
    `import events, { EventEmitter, once, on, getEventListeners, getMaxListeners, setMaxListeners, addAbortListener, listenerCount } from "node:events"; import util from "node:util"; import { Readable, Writable, Duplex, Transform, pipeline, compose } from "node:stream"; import sp from "node:stream/promises";`, `
  const T = util.types;
  out.etOnce = await a(async () => { const et = new EventTarget(); setTimeout(() => et.dispatchEvent(new Event("ping")), 1); const [ev] = await once(et, "ping"); return [ev.type, ev instanceof Event]; });
  out.etListeners = c(() => { const et = new EventTarget(); const f = () => {}; et.addEventListener("x", f); et.addEventListener("x", () => {}); return [getEventListeners(et, "x").length, getEventListeners(et, "x")[0] === f, getEventListeners(et, "y").length]; });
  out.etMax = c(() => { const et = new EventTarget(); const e = new EventEmitter(); const r = [getMaxListeners(et), getMaxListeners(e)]; setMaxListeners(3, et, e); r.push(getMaxListeners(et), getMaxListeners(e)); return r; });
  out.setMaxErr = c(() => setMaxListeners(1, {}));
  out.abortListener = c(() => { const ac = new AbortController(); const l = []; const d = addAbortListener(ac.signal, (e) => l.push(e.type)); ac.abort(); return [l, typeof d[Symbol.dispose]]; });
  out.abortListenerErr = c(() => addAbortListener({}, () => {}));
  out.listenerCountStatic = c(() => { const e = new EventEmitter(); e.on("a", () => {}); return [listenerCount(e, "a"), EventEmitter.listenerCount(e, "a")]; });
  out.eventsKeys = c(() => Object.keys(events).sort());
  out.eeStatics = c(() => [typeof EventEmitter.EventEmitter, EventEmitter.errorMonitor === events.errorMonitor, typeof EventEmitter.captureRejections, typeof EventEmitter.once, typeof events.EventEmitterAsyncResource, typeof events.usingDomains]);
  out.errorMonitor = c(() => { const e = new EventEmitter(); const l = []; e.on(events.errorMonitor, (err) => l.push("mon:" + err.message)); e.on("error", (err) => l.push("err:" + err.message)); e.emit("error", new Error("m1")); return l; });
  out.types = c(() => [T.isAnyArrayBuffer(new ArrayBuffer(1)), T.isArrayBufferView(Buffer.alloc(1)), T.isAsyncFunction(async () => {}), T.isGeneratorFunction(function* () {}), T.isGeneratorObject((function* () {})()), T.isBoxedPrimitive(Object(1)), T.isDate(new Date()), T.isExternal({}), T.isMap(new Map()), T.isMapIterator(new Map().keys()), T.isSetIterator(new Set().values()), T.isModuleNamespaceObject(events), T.isNativeError(new TypeError()), T.isNativeError({ name: "Error", message: "" }), T.isPromise(Promise.resolve()), T.isRegExp(/x/), T.isSharedArrayBuffer(new ArrayBuffer(1)), T.isStringObject(Object("s")), T.isSymbolObject(Object(Symbol())), T.isTypedArray(new DataView(new ArrayBuffer(1))), T.isUint8Array(Buffer.alloc(1)), T.isWeakMap(new WeakMap()), T.isKeyObject?.({}), T.isCryptoKey?.({}), T.isArgumentsObject((function () { return arguments; })()), T.isBigInt64Array(new BigInt64Array(1)), T.isFloat16Array?.(new Float32Array(1))]);
  out.typesKeys = c(() => Object.keys(T).sort());
  out.utilTypesErrs = c(() => [util.isDeepStrictEqual(new Error("a"), new Error("a")), util.isDeepStrictEqual([1, , 3], [1, undefined, 3]), util.isDeepStrictEqual(new Set([{}]), new Set([{}])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(-0, 0), util.isDeepStrictEqual(new Date(1), new Date(1)), util.isDeepStrictEqual(Object.create(null), {})]);
  out.toWeb = await a(async () => { const r = Readable.from(["a", "b"]); const w = Readable.toWeb(r); const rd = w.getReader(); const l = []; for (;;) { const { done, value } = await rd.read(); if (done) break; l.push(js(value)); } return [w.constructor.name, l]; });
  out.toWebBytes = await a(async () => { const r = Readable.from([Buffer.from("ab")]); const w = Readable.toWeb(r); const { value } = await w.getReader().read(); return [value?.constructor?.name, String(value)]; });
  out.fromWebObj = await a(async () => { const rs = new ReadableStream({ start(c) { c.enqueue({ o: 1 }); c.enqueue("s"); c.close(); } }); const r = Readable.fromWeb(rs, { objectMode: true }); const l = []; for await (const x of r) l.push(js(x)); return [l, r.readableObjectMode]; });
  out.fromWebBytesMode = await a(async () => { const rs = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("by")); c.close(); } }); const r = Readable.fromWeb(rs); const l = []; for await (const x of r) l.push(x?.constructor?.name + ":" + String(x)); return [l, r.readableObjectMode]; });
  out.fromWebErr = c(() => Readable.fromWeb({}));
  out.writableFromWeb = await a(async () => { const got = []; const ws = new WritableStream({ write(ch) { got.push(typeof ch === "string" ? "s:" + ch : "b:" + new TextDecoder().decode(ch)); } }); const w = Writable.fromWeb(ws); await new Promise((r) => w.end("ending", r)); return got; });
  out.duplexToWeb = await a(async () => { const d = new Duplex({ read() { this.push("dr"); this.push(null); }, write(ch, e, cb) { cb(); } }); const { readable, writable } = Duplex.toWeb(d); const { value } = await readable.getReader().read(); return [readable.constructor.name, writable.constructor.name, js(value)]; });
  out.duplexFromPair = await a(async () => { const d = Duplex.from({ readable: new ReadableStream({ start(c) { c.enqueue("pr"); c.close(); } }), writable: new WritableStream() }); const l = []; for await (const x of d) l.push(String(x)); return l; });
  out.pipelineGen = await a(async () => { const l = []; await sp.pipeline(Readable.from(["a", "b"]), async function* (src) { for await (const x of src) yield x.toUpperCase(); }, new Writable({ objectMode: true, write(ch, e, cb) { l.push(String(ch)); cb(); } })); return l; });
  out.pipelineGenReturn = await a(async () => sp.pipeline(Readable.from(["a", "b"]), async function (src) { let s = ""; for await (const x of src) s += x; return s; }));
  out.pipelineSignal = await a(async () => { const ac = new AbortController(); const p = sp.pipeline(new Readable({ read() {} }), new Writable({ write(c, e, cb) { cb(); } }), { signal: ac.signal }); ac.abort(); return p; });
  out.operators = await a(async () => [await Readable.from([1, 2, 3, 4]).filter((x) => x % 2).map((x) => x * 10).toArray(), await Readable.from([1, 2, 3]).reduce((acc, x) => acc + x, 0), await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).every((x) => x > 2), await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1, 2, 3]).drop(1).take(1).toArray(), await Readable.from([[1, 2], [3]]).flatMap((x) => x).toArray(), await Readable.from([1, 2]).asIndexedPairs?.().toArray?.()]);
  out.forEachOp = await a(async () => { const l = []; await Readable.from(["x", "y"]).forEach((v) => { l.push(v); }); return l; });
  out.mapConcurrency = await a(async () => Readable.from([3, 1, 2]).map(async (x) => { await new Promise((r) => setTimeout(r, x)); return x; }, { concurrency: 3 }).toArray());
  out.opErr = await a(async () => Readable.from([1]).map(5).toArray());
`),
];

const round8 = [
  nodeCase("nodewasm17-inspect-layout-i", "util.inspect layout: grouping of long arrays, line breaking, nesting markers, more items, multi-line strings, toStringTag",
    `import util from "node:util";`, `
  const I = util.inspect;
  out.numArr30 = c(() => I(Array.from({ length: 30 }, (_, i) => i * 7)));
  out.numArr27Mixed = c(() => I(Array.from({ length: 27 }, (_, i) => (i % 3 ? i : -i * 1000))));
  out.strArr = c(() => I(["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew", "kiwi", "lemon", "mango", "nectarine"]));
  out.strArrLong = c(() => I(Array.from({ length: 8 }, (_, i) => "item-number-" + i + "-" + "x".repeat(i * 3))));
  out.arr101 = c(() => I(Array.from({ length: 101 }, (_, i) => i)));
  out.arrMaxLen = c(() => I([1, 2, 3, 4, 5], { maxArrayLength: 2 }));
  out.arrMaxLen0 = c(() => I([1, 2], { maxArrayLength: 0 }));
  out.setMax = c(() => I(new Set([1, 2, 3]), { maxArrayLength: 1 }));
  out.mapMax = c(() => I(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }));
  out.typedBig = c(() => I(new Uint8Array(120)));
  out.bufBig = c(() => I(Buffer.alloc(60, 1)));
  out.nestedMarkers = c(() => I({ a: { b: { c: { d: 1 }, arr: [[1, [2]]], m: new Map([[1, { x: 1 }]]) } } }));
  out.nestedArrMarker = c(() => I([[[[1]]]]));
  out.nestedClassMarker = c(() => { class K { constructor() { this.v = { w: { z: 1 } }; } } return I({ a: { b: new K() } }); });
  out.wideObj = c(() => I({ key1: "value number one", key2: "value number two", key3: "value number three", key4: 4 }));
  out.wideNested = c(() => I({ list: [{ id: 1, name: "first entry" }, { id: 2, name: "second entry" }, { id: 3, name: "third" }] }));
  out.manyKeys = c(() => I(Object.fromEntries(Array.from({ length: 30 }, (_, i) => ["k" + i, i]))));
  out.multiline = c(() => I({ text: "line one\\nline two\\nline three" }));
  out.multilineTop = c(() => I("a\\nb"));
  out.longStr = c(() => I({ s: "z".repeat(120) }));
  out.longStrArr = c(() => I(["y".repeat(50), "w".repeat(50)]));
  out.tagged = c(() => [I({ [Symbol.toStringTag]: "Tagged", a: 1 }), I(new (class Foo { get [Symbol.toStringTag]() { return "Bar"; } })()), I(Object.create(null, { [Symbol.toStringTag]: { value: "NP" } }))]);
  out.protoNull = c(() => [I(Object.create(null)), I(Object.setPrototypeOf([1], null)), I(Object.setPrototypeOf(new Map([[1, 1]]), null)), I(Object.setPrototypeOf(new Set([1, 2]), null)), I(Object.setPrototypeOf(new Map(), null)), I(Object.assign(Object.create(null), { [Symbol.toStringTag]: "Own" }))]);
  out.arrSparse = c(() => [I(new Array(5)), I([, 1, , , 2, , ]), I(Object.assign(new Array(3), { x: 1 }))]);
  out.arrayLike = c(() => I({ length: 2, 0: "a", 1: "b" }));
  out.argumentsObj = c(() => I((function () { return arguments; })(1, "x")));
  out.boxed = c(() => [I(new String("str")), I(Object.assign(new String("ab"), { extra: 1 })), I(new Boolean(false)), I(Object(Symbol.iterator))]);
  out.getterThrows = c(() => I({ get bad() { throw new Error("g"); } }, { getters: true }));
  out.errorsInArray = c(() => { const e = new Error("inner"); e.stack = "Error: inner\\n    at x (y.js:1:1)"; return I([e, { e }]); });
  out.errorNoStackProp = c(() => { const e = new Error("m"); Object.defineProperty(e, "stack", { value: undefined }); return I(e); });
  out.errorStackMismatch = c(() => { const e = new Error("real message"); e.stack = "Something else entirely"; return I(e); });
  out.errorSubclass = c(() => { class MyErr extends Error {} const e = new MyErr("sub"); e.stack = "Error: sub\\n    at q"; return I(e); });
  out.errorNameProp = c(() => { class ValidationError extends Error { constructor(m) { super(m); this.name = "ValidationError"; } } const e = new ValidationError("bad"); e.stack = "ValidationError: bad\\n    at v"; return I(e); });
  out.fnProps = c(() => [I(Object.assign(() => {}, { a: 1 })), I(class A { static s = 1; }), I(Object.defineProperty(function () {}, "name", { value: "" })), I(Math.max)]);
  out.symbolKeys = c(() => I({ [Symbol()]: 1, [Symbol("")]: 2, [Symbol.for("reg")]: 3 }));
  out.quoteKeys = c(() => I({ "a-b": 1, "1x": 2, valid_id: 3, "": 4, "with space": 5, "'q'": 6 }));
  out.dateProps = c(() => I(Object.assign(new Date(0), { extra: true })));
  out.promiseStates = c(() => [I(new Promise(() => {})), I(Promise.resolve(5))]);
  out.weak = c(() => [I(new WeakSet()), I(new WeakMap(), { showHidden: true }), I(new WeakSet(), { showHidden: true }), I({ w: new WeakMap() }, { showHidden: true })]);
  out.globalish = c(() => [I(Math).slice(0, 30), I(JSON).slice(0, 30), I(Reflect).slice(0, 20)]);
  out.iterators = c(() => [I([1, 2][Symbol.iterator]()), I("ab"[Symbol.iterator]()), I((function* () {})())]);
  out.compactN = c(() => [I({ a: { b: { c: { d: 1 } } } }, { compact: 1, depth: 5 }), I({ a: [1, 2] }, { compact: 0 }), I([{ a: 1 }, { b: 2 }], { compact: true, breakLength: 10 })]);
  out.breakInf = c(() => I({ a: "x".repeat(50), b: "y".repeat(50) }, { breakLength: Infinity }));
`),
];

const round9 = [
  nodeCase("nodewasm17-fs-tmp-j", "node:fs in /tmp at 2026-04-26: sync, callback and promise APIs, stats, dirents, errors, streams",
    `import fs from "node:fs"; import fsp from "node:fs/promises";`, `
  const E = (f) => { try { return { ok: js(f()) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.errno ?? null, e?.syscall ?? null, e?.path ?? null, e?.message] }; } };
  const EA = async (f) => { try { return { ok: js(await Promise.race([f(), new Promise((_, rej) => setTimeout(() => rej(new Error("TIMEOUT")), 3000))])) }; } catch (e) { return { err: [e?.name, e?.code ?? null, e?.errno ?? null, e?.syscall ?? null, e?.path ?? null, e?.message] }; } };
  out.write = E(() => { fs.writeFileSync("/tmp/a.txt", "hello"); fs.appendFileSync("/tmp/a.txt", " world"); return [fs.readFileSync("/tmp/a.txt", "utf8"), fs.readFileSync("/tmp/a.txt").constructor.name, fs.readFileSync("/tmp/a.txt", { encoding: "base64" })]; });
  out.exists = E(() => [fs.existsSync("/tmp/a.txt"), fs.existsSync("/tmp/nope"), fs.existsSync("/"), fs.existsSync("/bundle"), fs.existsSync("/dev/null")]);
  out.readMissing = E(() => fs.readFileSync("/tmp/missing.txt"));
  out.readDir = E(() => fs.readFileSync("/tmp"));
  out.mkdir = E(() => [fs.mkdirSync("/tmp/d1/d2/d3", { recursive: true }), fs.mkdirSync("/tmp/d1/d2/d3", { recursive: true }), E(() => fs.mkdirSync("/tmp/d1")), E(() => fs.mkdirSync("/tmp/x1/x2"))]);
  out.readdir = E(() => { fs.writeFileSync("/tmp/d1/f.txt", "f"); return [fs.readdirSync("/tmp/d1").sort(), fs.readdirSync("/tmp/d1", { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isDirectory(), d.constructor.name, d.parentPath ?? d.path]).sort(), fs.readdirSync("/tmp/d1", { recursive: true }).sort()]; });
  out.readdirMissing = E(() => fs.readdirSync("/tmp/nodir"));
  out.readdirFile = E(() => fs.readdirSync("/tmp/a.txt"));
  out.stat = E(() => { const st = fs.statSync("/tmp/a.txt"); return [st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, typeof st.mtimeMs, st.mtime instanceof Date, st.constructor.name, typeof st.ino, typeof st.mode, st.nlink, typeof st.blksize]; });
  out.statDir = E(() => { const st = fs.statSync("/tmp/d1"); return [st.isFile(), st.isDirectory(), st.size]; });
  out.statMissing = E(() => fs.statSync("/tmp/none"));
  out.statNoThrow = E(() => fs.statSync("/tmp/none", { throwIfNoEntry: false }));
  out.statBigint = E(() => typeof fs.statSync("/tmp/a.txt", { bigint: true }).size);
  out.rename = E(() => { fs.writeFileSync("/tmp/r1", "r"); fs.renameSync("/tmp/r1", "/tmp/r2"); return [fs.existsSync("/tmp/r1"), fs.readFileSync("/tmp/r2", "utf8")]; });
  out.copy = E(() => { fs.copyFileSync("/tmp/a.txt", "/tmp/c.txt"); return [fs.readFileSync("/tmp/c.txt", "utf8"), E(() => fs.copyFileSync("/tmp/a.txt", "/tmp/c.txt", fs.constants.COPYFILE_EXCL))]; });
  out.unlink = E(() => { fs.unlinkSync("/tmp/c.txt"); return [fs.existsSync("/tmp/c.txt"), E(() => fs.unlinkSync("/tmp/c.txt")), E(() => fs.unlinkSync("/tmp/d1"))]; });
  out.rmdir = E(() => [E(() => fs.rmdirSync("/tmp/d1")), E(() => fs.rmSync("/tmp/d1")), fs.rmSync("/tmp/d1", { recursive: true }), fs.existsSync("/tmp/d1"), E(() => fs.rmSync("/tmp/zz")), fs.rmSync("/tmp/zz", { force: true })]);
  out.fd = E(() => { const fd = fs.openSync("/tmp/fd.txt", "w+"); const n = fs.writeSync(fd, "abcdef"); const b = Buffer.alloc(3); const r = fs.readSync(fd, b, 0, 3, 1); const st = fs.fstatSync(fd).size; fs.ftruncateSync(fd, 2); fs.closeSync(fd); return [typeof fd, n, r, b.toString(), st, fs.readFileSync("/tmp/fd.txt", "utf8"), E(() => fs.closeSync(fd))]; });
  out.openFlags = E(() => [E(() => fs.openSync("/tmp/nofile", "r")), E(() => fs.openSync("/tmp/a.txt", "wx")), E(() => fs.openSync("/tmp/a.txt", "bogus"))]);
  out.truncate = E(() => { fs.writeFileSync("/tmp/t.txt", "123456"); fs.truncateSync("/tmp/t.txt", 3); return fs.readFileSync("/tmp/t.txt", "utf8"); });
  out.access = E(() => [fs.accessSync("/tmp/a.txt"), E(() => fs.accessSync("/tmp/none")), fs.constants.F_OK, fs.constants.R_OK, E(() => fs.accessSync("/bundle", fs.constants.W_OK))]);
  out.symlink = E(() => { fs.symlinkSync("/tmp/a.txt", "/tmp/ln"); return [fs.readlinkSync("/tmp/ln"), fs.lstatSync("/tmp/ln").isSymbolicLink(), fs.readFileSync("/tmp/ln", "utf8"), fs.realpathSync("/tmp/ln")]; });
  out.mkdtemp = E(() => { const d = fs.mkdtempSync("/tmp/pre-"); return [d.startsWith("/tmp/pre-"), d.length, fs.statSync(d).isDirectory()]; });
  out.writeOpts = E(() => { fs.writeFileSync("/tmp/w.txt", "abc", { flag: "a" }); fs.writeFileSync("/tmp/w.txt", "def", { flag: "a" }); fs.writeFileSync("/tmp/h.txt", "6869", "hex"); return [fs.readFileSync("/tmp/w.txt", "utf8"), fs.readFileSync("/tmp/h.txt", "utf8"), E(() => fs.writeFileSync("/tmp/w.txt", "x", { flag: "wx" }))]; });
  out.writeTypes = E(() => { fs.writeFileSync("/tmp/u8", new Uint8Array([65, 66])); fs.writeFileSync("/tmp/dv", new DataView(new Uint8Array([67]).buffer)); return [fs.readFileSync("/tmp/u8", "utf8"), fs.readFileSync("/tmp/dv", "utf8"), E(() => fs.writeFileSync("/tmp/n", 5)), E(() => fs.writeFileSync("/tmp/o", { a: 1 }))]; });
  out.pathTypes = E(() => [fs.readFileSync(new URL("file:///tmp/a.txt"), "utf8"), fs.readFileSync(Buffer.from("/tmp/a.txt"), "utf8"), E(() => fs.readFileSync(5)), E(() => fs.readFileSync("relative.txt")), E(() => fs.readFileSync(new URL("http://x/a")))]);
  out.bundle = E(() => [fs.readdirSync("/bundle").length > 0, E(() => fs.writeFileSync("/bundle/x", "x")), E(() => fs.writeFileSync("/x", "x")), E(() => fs.mkdirSync("/newdir"))]);
  out.devs = E(() => [fs.readFileSync("/dev/null").length, fs.writeFileSync("/dev/null", "x"), fs.readdirSync("/dev").sort()]);
  out.promises = await EA(async () => { await fsp.writeFile("/tmp/p.txt", "prom"); const t = await fsp.readFile("/tmp/p.txt", "utf8"); const st = await fsp.stat("/tmp/p.txt"); await fsp.mkdir("/tmp/pd/x", { recursive: true }); const ls = await fsp.readdir("/tmp/pd"); await fsp.rm("/tmp/pd", { recursive: true }); await fsp.unlink("/tmp/p.txt"); return [t, st.size, ls]; });
  out.promisesErr = await EA(() => fsp.readFile("/tmp/nonexistent"));
  out.fileHandle = await EA(async () => { const fh = await fsp.open("/tmp/fh.txt", "w+"); await fh.writeFile("handle"); const { bytesRead, buffer } = await fh.read(Buffer.alloc(4), 0, 4, 0); const st = await fh.stat(); await fh.close(); return [typeof fh.fd, bytesRead, buffer.toString(), st.size, fh.constructor.name]; });
  out.callbacks = await EA(() => new Promise((res) => fs.readFile("/tmp/a.txt", "utf8", (err, d) => fs.stat("/tmp/none", (err2) => res([err, d, err2?.code, err2?.message])))));
  out.streams = await EA(() => new Promise((res, rej) => { const ws = fs.createWriteStream("/tmp/s.txt"); ws.write("one "); ws.end("two", () => { const parts = []; fs.createReadStream("/tmp/s.txt", { encoding: "utf8", highWaterMark: 3 }).on("data", (d) => parts.push(d)).on("end", () => res(parts)).on("error", rej); }); }));
  out.watch = E(() => [typeof fs.watch, E(() => fs.watch("/tmp")), typeof fs.watchFile]);
  out.chmod = E(() => [fs.chmodSync("/tmp/a.txt", 0o600), fs.chownSync("/tmp/a.txt", 0, 0), fs.utimesSync("/tmp/a.txt", 1, 2), fs.statSync("/tmp/a.txt").mtimeMs]);
  out.cp = E(() => { fs.mkdirSync("/tmp/src/sub", { recursive: true }); fs.writeFileSync("/tmp/src/sub/f", "cpd"); fs.cpSync("/tmp/src", "/tmp/dst", { recursive: true }); return fs.readFileSync("/tmp/dst/sub/f", "utf8"); });
  out.opendir = E(() => { const d = fs.opendirSync("/tmp/src"); const e = d.readSync(); d.closeSync(); return [e?.name, d.path, d.constructor.name]; });
  out.glob = E(() => typeof fs.globSync);
  out.statfs = E(() => typeof fs.statfsSync);
`, { date: "2026-04-26" }),
];

const round10 = [
  wasmCase("nodewasm17-wasm-imports-k", "wasm", "WebAssembly: imports that throw, re-exported imports, argument conversions, instances sharing a module, exported function identity", `
  const W = WebAssembly;
  const mod = WASM_MOD;
  const boom = new Error("from import");
  let mode = "ok";
  const logFn = (x) => { if (mode === "throw") throw boom; if (mode === "str") return "12"; if (mode === "obj") return { valueOf() { return 7; } }; if (mode === "big") return 1n; return x + 1; };
  const inst = new W.Instance(mod, { env: { log: logFn } });
  const e = inst.exports;
  out.reexportIdentity = c(() => [e.log === logFn, e.add === e.add, typeof e.log, e.log.name]);
  out.importThrows = c(() => { mode = "throw"; try { e.log(1); return "no throw"; } catch (err) { return [err === boom, err.message]; } finally { mode = "ok"; } });
  out.importResults = c(() => { const r = []; for (const m of ["ok", "str", "obj", "big"]) { mode = m; r.push(c(() => e.log(5))); } mode = "ok"; return r; });
  out.argConversions = c(() => [c(() => e.add(1n, 2)), c(() => e.add(Symbol(), 1)), e.add(null, undefined), e.add(true, "3"), e.add(2 ** 32 + 5, 0), e.add(-1, 0), e.add(1e100, 0), e.add(NaN, 0), e.add({ valueOf: () => 9 }, 1)]);
  out.extraArgs = c(() => [e.add(1, 2, 3, 4), e.add(1)]);
  out.twoInstances = c(() => { const i2 = new W.Instance(mod, { env: { log: logFn } }); return [i2.exports.mem === e.mem, i2.exports.add === e.add, i2.exports.tbl === e.tbl, i2.exports.g64 === e.g64, i2.exports.mem.buffer.byteLength]; });
  out.globalMutExport = c(() => { const g = e.g64; g.value = 99n; const i3 = new W.Instance(mod, { env: { log: logFn } }); return [String(i3.exports.g64.value), String(g.value)]; });
  out.exportsDescriptors = c(() => { const d = Object.getOwnPropertyDescriptor(e, "add"); return [d.writable, d.enumerable, d.configurable, Object.isExtensible(e), Object.isFrozen(e)]; });
  out.instanceProps = c(() => [Object.keys(inst), typeof inst.exports, Object.prototype.toString.call(inst), Object.prototype.toString.call(mod), inst.exports === inst.exports]);
  out.memoryExportBuffer = c(() => { const b = e.mem.buffer; return [b instanceof ArrayBuffer, Object.prototype.toString.call(b), c(() => structuredClone(b).byteLength), c(() => b.transfer?.(1))]; });
  out.tableGetSet = c(() => { const t = e.tbl; t.set(1, e.add); const f = t.get(1); return [f === e.add, f(2, 2), c(() => t.set(1, logFn)), c(() => t.set(0, null)), t.get(0)]; });
  out.trapThenCall = c(() => { try { e.unreach(); } catch {} return e.add(1, 1); });
  out.trapStack = c(() => { try { e.div0(); } catch (err) { return [typeof err.stack, err.message]; } });
  out.instantiateTwice = await a(async () => { const [r1, r2] = await Promise.all([W.instantiate(mod, { env: { log: logFn } }), W.instantiate(mod, { env: { log: logFn } })]); return [r1 === r2, r1.exports.add(3, 4), Object.keys(r1)]; });
  out.importsNonObject = c(() => [c(() => new W.Instance(mod, 5)), c(() => new W.Instance(mod, { env: 5 })), c(() => new W.Instance(mod, { env: { log: {} } }))]);
  out.moduleArgs = c(() => [c(() => new W.Instance({})), c(() => new W.Instance()), c(() => W.Module.imports(5))]);
`),
];
export default [...round1, ...round2, ...round3, ...round4, ...round6, ...round7, ...round8, ...round9, ...round10];
