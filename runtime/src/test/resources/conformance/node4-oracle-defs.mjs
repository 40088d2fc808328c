// node4: nodejs_compat probes (ECDH, DiffieHellman, primes, Sign/Verify streams, ...). Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs node4
import { CD, PRELUDE, get, req } from "./_h.mjs";
// c(fn): runs fn synchronously; {ok: value made JSON-safe} or {err: [name, code, message]}; a(fn) awaits.
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
const nodeCase = (name, description, imports, body, { date = CD, flags = ["nodejs_compat"], extra = {} } = {}) => ({
  name, area: "node", description,
  options: {
    ...extra,
    modules: true, compatibilityDate: date, compatibilityFlags: flags,
    script: `${imports}
import { Buffer } from "node:buffer";
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
  nodeCase("node4-crypto-ecdh", "node:crypto createECDH: fixed private keys, public key formats, computeSecret, convertKey, curves and errors",
    `import crypto from "node:crypto"; import { createECDH, ECDH } from "node:crypto";`, `
  const k1 = crypto.createHash("sha256").update("a").digest();
  const k2 = crypto.createHash("sha256").update("b").digest();
  out.types = [typeof createECDH, typeof ECDH, typeof ECDH.convertKey, createECDH === crypto.createECDH];
  for (const curve of ["prime256v1", "secp384r1", "secp521r1", "secp256k1", "secp224r1", "P-256", "nope"]) {
    out["curve_" + curve] = c(() => { const e = createECDH(curve); const pub = e.generateKeys(); return [pub.length, e.getPrivateKey().length >= pub.length / 2 - 4, e.getPublicKey("hex", "compressed").length, e.constructor.name, e instanceof ECDH]; });
  }
  const a1 = createECDH("prime256v1"); const b1 = createECDH("prime256v1");
  out.setPriv = c(() => { const r = a1.setPrivateKey(k1); return [r === undefined ? "undef" : typeof r, a1.getPublicKey("hex"), a1.getPublicKey("base64", "compressed"), a1.getPrivateKey("hex"), a1.getPublicKey("latin1").length, a1.getPublicKey(undefined, "uncompressed").length]; });
  out.hybrid = c(() => a1.getPublicKey(null, "hybrid").toString("hex"));
  out.hybridConvert = c(() => ECDH.convertKey(a1.getPublicKey(), "prime256v1", null, "hex", "hybrid"));
  out.convertBadCurve = c(() => ECDH.convertKey(a1.getPublicKey(), "nope"));
  out.convertBadKey = c(() => ECDH.convertKey(Buffer.from([4, 1, 2]), "prime256v1"));
  out.convertBadType = c(() => ECDH.convertKey(5, "prime256v1"));
  out.setPrivBadType = c(() => createECDH("prime256v1").setPrivateKey(5));
  out.secretBadType = c(() => a1.computeSecret(5));
  out.secretEnc = c(() => a1.computeSecret(b1.getPublicKey("base64"), "base64").length);
  out.webPush = await a(async () => {
    const server = createECDH("prime256v1"); server.setPrivateKey(k2);
    const clientPub = a1.getPublicKey();
    const shared = server.computeSecret(clientPub);
    const authSecret = Buffer.alloc(16, 7);
    const prk = crypto.createHmac("sha256", authSecret).update(shared).digest();
    const info = Buffer.concat([Buffer.from("WebPush: info\0"), clientPub, server.getPublicKey()]);
    const ikm = crypto.createHmac("sha256", prk).update(Buffer.concat([info, Buffer.from([1])])).digest();
    const hk = crypto.hkdfSync("sha256", shared, authSecret, info, 32);
    const subtleKey = await crypto.subtle.importKey("raw", clientPub, { name: "ECDH", namedCurve: "P-256" }, true, []);
    const jwk = await crypto.subtle.exportKey("jwk", subtleKey);
    return [ikm.toString("hex"), Buffer.from(hk).toString("hex"), jwk.x.length, jwk.crv];
  });
  out.setPrivHex = c(() => { b1.setPrivateKey(k2.toString("hex"), "hex"); return b1.getPublicKey().toString("hex"); });
  out.secret = c(() => [a1.computeSecret(b1.getPublicKey()).toString("hex"), b1.computeSecret(a1.getPublicKey("hex"), "hex", "base64"), a1.computeSecret(b1.getPublicKey(null, "compressed")).toString("hex")]);
  out.convert = c(() => [ECDH.convertKey(a1.getPublicKey(), "prime256v1", null, "hex", "compressed"), ECDH.convertKey(a1.getPublicKey("hex", "compressed"), "prime256v1", "hex", "hex", "uncompressed"), typeof ECDH.convertKey(a1.getPublicKey(), "prime256v1")]);
  out.badPub = c(() => a1.computeSecret(Buffer.from("0400", "hex")));
  out.badPub2 = c(() => a1.computeSecret(Buffer.alloc(65, 1)));
  out.badPriv = c(() => createECDH("prime256v1").setPrivateKey(Buffer.alloc(32)));
  out.badPriv2 = c(() => createECDH("prime256v1").setPrivateKey(Buffer.alloc(32, 255)));
  out.shortPriv = c(() => { const e = createECDH("prime256v1"); e.setPrivateKey(Buffer.from([5])); return [e.getPrivateKey("hex"), e.getPublicKey("hex")]; });
  out.noKeys = c(() => createECDH("prime256v1").getPublicKey());
  out.noKeys2 = c(() => createECDH("prime256v1").getPrivateKey());
  out.badFormat = c(() => a1.getPublicKey("hex", "weird"));
  out.badCurveArg = c(() => createECDH(5));
  out.setPublic = c(() => { const e = createECDH("prime256v1"); e.setPublicKey(a1.getPublicKey()); return e.getPublicKey("hex"); });
  out.p384 = c(() => { const e = createECDH("secp384r1"); e.setPrivateKey(crypto.createHash("sha384").update("a").digest()); const f = createECDH("secp384r1"); f.setPrivateKey(crypto.createHash("sha384").update("b").digest()); return [e.getPublicKey("hex", "compressed"), e.computeSecret(f.getPublicKey()).toString("hex")]; });
  out.p521 = c(() => { const e = createECDH("secp521r1"); e.setPrivateKey(crypto.createHash("sha512").update("a").digest()); return [e.getPublicKey("hex", "compressed"), e.getPrivateKey().length]; });
  out.curveMismatch = c(() => a1.computeSecret(createECDH("secp384r1").generateKeys()));
  out.genAgain = c(() => { const e = createECDH("prime256v1"); e.setPrivateKey(k1); const p = e.generateKeys("hex", "compressed"); return [p === a1.getPublicKey("hex", "compressed"), typeof p]; });
  out.curves = crypto.getCurves().slice(0, 10);
  out.keyobj = c(() => { const kp = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" }); const e = createECDH("prime256v1"); const jwk = kp.privateKey.export({ format: "jwk" }); e.setPrivateKey(Buffer.from(jwk.d, "base64url")); return e.getPublicKey().subarray(1, 33).toString("base64url") === jwk.x; });
  out.dhFnNamed = typeof crypto.diffieHellman;
  `),
  nodeCase("node4-crypto-dh-primes", "node:crypto DiffieHellman (groups, explicit primes, fixed private keys, computeSecret, verifyError) and checkPrime/generatePrime",
    `import crypto from "node:crypto";`, `
  out.types = [typeof crypto.DiffieHellman, typeof crypto.DiffieHellmanGroup, typeof crypto.getDiffieHellman, typeof crypto.createDiffieHellmanGroup];
  for (const g of ["modp1", "modp2", "modp5", "modp14", "modp15", "modp99", "MODP14", "__proto__"]) {
    out["group_" + g] = c(() => { const d = crypto.getDiffieHellman(g); return [d.getPrime().length, d.getGenerator("hex"), d.verifyError, d.constructor.name, d instanceof crypto.DiffieHellmanGroup, d instanceof crypto.DiffieHellman, typeof d.setPrivateKey, typeof d.setPublicKey, d.getPrime("hex").slice(0, 16)]; });
  }
  const g1 = crypto.getDiffieHellman("modp14"); const g2 = crypto.createDiffieHellmanGroup("modp14");
  out.groupGen = c(() => { const p = g1.generateKeys(); return [p.length <= 256, g1.getPrivateKey().length > 0, g1.getPublicKey().equals(p)]; });
  out.groupSecret = c(() => { g2.generateKeys(); const s1 = g1.computeSecret(g2.getPublicKey()); const s2 = g2.computeSecret(g1.getPublicKey()); return [s1.equals(s2), s1.length]; });
  const prime = Buffer.from("ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a63a3620ffffffffffffffff", "hex");
  const d1 = crypto.createDiffieHellman(prime); const d2 = crypto.createDiffieHellman(prime.toString("hex"), "hex", 2);
  out.explicit = c(() => [d1.getGenerator("hex"), d2.getGenerator("hex"), d1.verifyError, d1.constructor.name, d1 instanceof crypto.DiffieHellman, d1.getPrime().equals(prime)]);
  out.fixed = c(() => { d1.setPrivateKey(Buffer.from("0123456789abcdef0123456789abcdef", "hex")); const r = d1.generateKeys("hex"); d2.setPrivateKey(Buffer.from("fedcba9876543210fedcba9876543210", "hex")); d2.generateKeys(); return [r, d1.getPublicKey("base64").slice(0, 20), d1.computeSecret(d2.getPublicKey()).toString("hex"), d2.computeSecret(d1.getPublicKey("hex"), "hex", "hex")]; });
  out.setPub = c(() => { const d = crypto.createDiffieHellman(prime); d.setPublicKey(d1.getPublicKey()); return d.getPublicKey().equals(d1.getPublicKey()); });
  out.gen5 = c(() => { const d = crypto.createDiffieHellman(prime, 5); return [d.getGenerator("hex"), d.verifyError]; });
  out.genBuf = c(() => { const d = crypto.createDiffieHellman(prime, Buffer.from([2])); return [d.getGenerator("hex"), d.verifyError]; });
  out.notPrime = c(() => { const d = crypto.createDiffieHellman(Buffer.from("ff".repeat(64), "hex")); return d.verifyError; });
  out.smallPrime = c(() => { const d = crypto.createDiffieHellman(Buffer.from([23])); return [d.verifyError, d.getPrime("hex")]; });
  out.badGroup = c(() => crypto.getDiffieHellman("nope"));
  out.badArg = c(() => crypto.createDiffieHellman({}));
  out.badGen = c(() => crypto.createDiffieHellman(prime, 1));
  out.badGen0 = c(() => crypto.createDiffieHellman(prime, 0));
  out.badSecret = c(() => d1.computeSecret(Buffer.from([0])));
  out.badSecret1 = c(() => d1.computeSecret(Buffer.from([1])));
  out.badSecretP = c(() => d1.computeSecret(prime));
  out.noKeysPub = c(() => crypto.createDiffieHellman(prime).getPublicKey());
  out.noKeysPriv = c(() => crypto.createDiffieHellman(prime).getPrivateKey());
  out.callNoNew = c(() => crypto.DiffieHellman(prime).getPrime().length);
  out.groupSetPriv = c(() => typeof crypto.getDiffieHellman("modp1").setPrivateKey);
  `),
  nodeCase("node4-crypto-primes", "node:crypto checkPrime(Sync) and generatePrime(Sync): results, options and argument errors",
    `import crypto from "node:crypto";`, `
  const prime = Buffer.from("ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a63a3620ffffffffffffffff", "hex");
  out.checkSync = c(() => [crypto.checkPrimeSync(7n), crypto.checkPrimeSync(8n), crypto.checkPrimeSync(Buffer.from([7])), crypto.checkPrimeSync(Buffer.from([1])), crypto.checkPrimeSync(2n), crypto.checkPrimeSync(prime), crypto.checkPrimeSync(new Uint8Array([0xfb])), crypto.checkPrimeSync(13n, { checks: 10 })]);
  out.checkBad = c(() => crypto.checkPrimeSync(7));
  out.checkBad2 = c(() => crypto.checkPrimeSync("7"));
  out.checkNeg = c(() => crypto.checkPrimeSync(-7n));
  out.checkOpt = c(() => crypto.checkPrimeSync(7n, { checks: -1 }));
  out.checkAsync = await a(() => new Promise((res, rej) => crypto.checkPrime(97n, (e, r) => e ? rej(e) : res(r))));
  out.checkAsyncOpt = await a(() => new Promise((res, rej) => crypto.checkPrime(Buffer.from([100]), { checks: 3 }, (e, r) => e ? rej(e) : res(r))));
  out.checkNoCb = c(() => crypto.checkPrime(7n));
  out.gen = c(() => { const p = crypto.generatePrimeSync(32); return [p.constructor.name, p.byteLength, crypto.checkPrimeSync(p)]; });
  out.genBig = c(() => { const p = crypto.generatePrimeSync(40, { bigint: true }); return [typeof p, p.toString(2).length, crypto.checkPrimeSync(p)]; });
  out.genSafe = c(() => { const p = crypto.generatePrimeSync(24, { safe: true, bigint: true }); return [p.toString(2).length, crypto.checkPrimeSync((p - 1n) / 2n)]; });
  out.genAddRem = c(() => { const p = crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }); return [p % 12n === 11n, crypto.checkPrimeSync(p)]; });
  out.genAddBuf = c(() => { const p = crypto.generatePrimeSync(32, { add: Buffer.from([12]), rem: Buffer.from([7]), bigint: true }); return p % 12n === 7n; });
  out.genBadRem = c(() => crypto.generatePrimeSync(32, { add: 12n, rem: 13n }));
  out.genBadSize = c(() => crypto.generatePrimeSync(0));
  out.genBadSize2 = c(() => crypto.generatePrimeSync(-1));
  out.genBadSize3 = c(() => crypto.generatePrimeSync("8"));
  out.genBadOpt = c(() => crypto.generatePrimeSync(8, { bigint: 1 }));
  out.genAsync = await a(() => new Promise((res, rej) => crypto.generatePrime(16, { bigint: true }, (e, p) => e ? rej(e) : res([typeof p, p.toString(2).length]))));
  out.genAsync2 = await a(() => new Promise((res, rej) => crypto.generatePrime(16, (e, p) => e ? rej(e) : res([p.constructor.name, p.byteLength]))));
  `),
  nodeCase("node4-crypto-dh-generate", "node:crypto createDiffieHellman(bits) makes a prime of that size",
    `import crypto from "node:crypto";`, `
  out.size128 = c(() => { const d = crypto.createDiffieHellman(128); return [d.getPrime().length, d.verifyError, d.getGenerator("hex")]; });
  out.size64g5 = c(() => { const d = crypto.createDiffieHellman(64, 5); return [d.getPrime().length, d.verifyError, d.getGenerator("hex")]; });
  `),
  nodeCase("node4-crypto-sign-stream-misc", "node:crypto Sign/Verify as streams, md4 and other digests, hash of KeyObjects, createHash options",
    `import crypto from "node:crypto"; import { Writable, pipeline, Readable } from "node:stream";`, `
  const kp = crypto.generateKeyPairSync("ed25519");
  const ec = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
  out.signShape = c(() => { const s = crypto.createSign("sha256"); return [s instanceof Writable, typeof s.write, typeof s.end, typeof s.pipe, s.constructor.name, typeof s.update, typeof s.sign]; });
  out.signWrite = c(() => { const s = crypto.createSign("sha256"); s.write("hello "); s.end("world"); const sig = s.sign(ec.privateKey); const v = crypto.createVerify("sha256"); v.write("hello world"); v.end(); return v.verify(ec.publicKey, sig); });
  out.signPipe = await a(() => new Promise((res, rej) => { const s = crypto.createSign("sha256"); Readable.from(["a", "b"]).pipe(s).on("finish", () => { const sig = s.sign(ec.privateKey); res(crypto.createVerify("sha256").update("ab").verify(ec.publicKey, sig)); }).on("error", rej); }));
  out.signUpdateChain = c(() => { const s = crypto.createSign("SHA256"); return s.update("x") === s; });
  out.signTwice = c(() => { const s = crypto.createSign("sha256"); s.update("x"); s.sign(ec.privateKey); return s.sign(ec.privateKey); });
  out.verifyTwice = c(() => { const v = crypto.createVerify("sha256"); v.update("x"); v.verify(ec.publicKey, Buffer.alloc(64)); return v.verify(ec.publicKey, Buffer.alloc(64)); });
  out.signBadAlg = c(() => crypto.createSign("nope"));
  out.signNoArg = c(() => crypto.createSign());
  out.signEnc = c(() => { const s = crypto.createSign("sha256"); s.update("x"); return typeof s.sign(ec.privateKey, "hex"); });
  for (const alg of ["md4", "md5-sha1", "ripemd160", "sha3-256", "shake256", "blake2b512", "sha512-224", "RSA-MD4", "ssl3-md5", "sha-256"]) {
    out["hash_" + alg] = c(() => crypto.createHash(alg).update("abc").digest("hex"));
  }
  out.hashes = crypto.getHashes();
  out.hashOneShot = c(() => [crypto.hash("sha1", "abc"), crypto.hash("md5", Buffer.from("abc"), "base64"), crypto.hash("sha256", "abc", "buffer").length]);
  out.hashBadOut = c(() => crypto.hash("sha1", "abc", "nope"));
  out.hmacKeyObj = c(() => crypto.createHmac("sha256", crypto.createSecretKey(Buffer.from("k"))).update("x").digest("hex"));
  out.hmacBadKey = c(() => crypto.createHmac("sha256", kp.privateKey));
  out.hashOutLen = c(() => crypto.createHash("sha256", { outputLength: 32 }).update("x").digest("hex").length);
  out.hashOutLenBad = c(() => crypto.createHash("sha256", { outputLength: 8 }).update("x").digest("hex"));
  out.pbkdf2KeyObj = c(() => crypto.pbkdf2Sync("p", "s", 1, 8, "sha256").toString("hex"));
  out.keyObjEquals = c(() => [kp.publicKey.equals(crypto.createPublicKey(kp.privateKey)), kp.publicKey.type, crypto.createPublicKey(kp.privateKey).asymmetricKeyType]);
  out.ecdhKeyType = c(() => { const x = crypto.generateKeyPairSync("x448"); return x.publicKey.asymmetricKeyType; });
  out.ed448 = c(() => { const x = crypto.generateKeyPairSync("ed448"); return x.publicKey.asymmetricKeyType; });
  out.dsa = c(() => { const x = crypto.generateKeyPairSync("dsa", { modulusLength: 1024, divisorLength: 160 }); return x.publicKey.asymmetricKeyType; });
  `),
];


const round2 = [
  nodeCase("node4-ticks-als-events", "process.nextTick/queueMicrotask/setImmediate/setTimeout ordering in nested forms, AsyncLocalStorage edges (bind, snapshot, exit, nested run, thrown errors), EventEmitter captureRejections and events.on/once with AbortSignal",
    `import process from "node:process"; import { AsyncLocalStorage, AsyncResource } from "node:async_hooks"; import events, { EventEmitter, once, on } from "node:events"; import timersP from "node:timers/promises";`, `
  out.order = await new Promise((res) => {
    const log = [];
    setTimeout(() => log.push("timeout0"), 0);
    setImmediate(() => { log.push("immediate"); process.nextTick(() => log.push("tick-in-immediate")); Promise.resolve().then(() => log.push("micro-in-immediate")); });
    process.nextTick(() => { log.push("tick1"); Promise.resolve().then(() => log.push("micro-in-tick1")); process.nextTick(() => log.push("tick-in-tick1")); });
    Promise.resolve().then(() => { log.push("micro1"); process.nextTick(() => log.push("tick-in-micro1")); queueMicrotask(() => log.push("qm-in-micro1")); });
    queueMicrotask(() => log.push("qm1"));
    process.nextTick(() => log.push("tick2"));
    log.push("sync");
    setTimeout(() => res(log), 30);
  });
  out.tickArgs = await new Promise((res) => process.nextTick((...args) => res(args.length), 1, 2, 3, 4, 5));
  out.tickBad = c(() => process.nextTick("x"));
  const als = new AsyncLocalStorage();
  out.runRet = als.run(1, (x, y) => [als.getStore(), x, y], "a", "b");
  out.nested = als.run("outer", () => [als.getStore(), als.run("inner", () => als.getStore()), als.getStore()]);
  out.exit = als.run("s", () => [als.exit(() => als.getStore() ?? "none"), als.getStore()]);
  out.exitArgs = als.exit((a, b) => a + b, 1, 2);
  out.throwRestores = (() => { try { als.run("t", () => { throw new Error("boom"); }); } catch (e) { return [e.message, als.getStore() ?? "none"]; } })();
  out.bound = (() => { const f = als.run("b", () => AsyncLocalStorage.bind(() => als.getStore())); return [f(), typeof f, f.name]; })();
  out.snapshot = (() => { const snap = als.run("snap", () => AsyncLocalStorage.snapshot()); return [snap((x) => [als.getStore(), x], 9), snap.name]; })();
  out.acrossTimers = await als.run("timers", async () => {
    const r = [];
    await new Promise((res) => setTimeout(() => { r.push(als.getStore()); res(); }, 1));
    await new Promise((res) => setImmediate(() => { r.push(als.getStore()); res(); }));
    await new Promise((res) => process.nextTick(() => { r.push(als.getStore()); res(); }));
    await timersP.setTimeout(1); r.push(als.getStore());
    const ee = new EventEmitter(); ee.on("x", () => r.push("ee:" + als.getStore())); als.run("other", () => ee.emit("x")); ee.emit("x");
    return r;
  });
  out.resource = (() => { const res = als.run("res", () => new AsyncResource("X")); return [res.runInAsyncScope(() => als.getStore()), res.runInAsyncScope(function (a) { return [this, a]; }, "thisArg", 5), typeof res.asyncId(), typeof res.triggerAsyncId(), res.bind(() => als.getStore())()]; })();
  out.staticBind = (() => { const f = als.run("sb", () => AsyncResource.bind(() => als.getStore())); return f(); })();
  out.enterWith = c(() => { const l = new AsyncLocalStorage(); l.enterWith(5); return l.getStore(); });
  out.disable = c(() => { const l = new AsyncLocalStorage(); return l.run(5, () => { const before = l.getStore(); l.disable(); return [before, l.getStore() ?? "none"]; }); });
  out.alsName = [AsyncLocalStorage.name, typeof AsyncLocalStorage.prototype.run, Object.getOwnPropertyNames(AsyncLocalStorage.prototype).sort()];
  out.captureRejections = await a(() => new Promise((res) => {
    const ee = new EventEmitter({ captureRejections: true });
    ee.on("evt", async () => { throw new Error("async-fail"); });
    ee.on("error", (e) => res(["error", e.message]));
    ee.emit("evt");
  }));
  out.captureRejectionsSymbol = await a(() => new Promise((res) => {
    const ee = new EventEmitter({ captureRejections: true });
    ee[Symbol.for("nodejs.rejection")] = (err, name, ...args) => res(["sym", err.message, name, args]);
    ee.on("evt", async (x) => { throw new Error("f2"); });
    ee.emit("evt", 1, 2);
  }));
  out.captureBad = c(() => new EventEmitter({ captureRejections: 1 }));
  out.onceAbort = await a(async () => { const ee = new EventEmitter(); const ac = new AbortController(); const p = once(ee, "x", { signal: ac.signal }); ac.abort(); try { await p; return "resolved"; } catch (e) { return [e.name, e.code, e.message, e.cause?.name ?? null, ee.listenerCount("x"), ee.listenerCount("error")]; } });
  out.onceAborted = await a(async () => { const ee = new EventEmitter(); try { await once(ee, "x", { signal: AbortSignal.abort("why") }); return "resolved"; } catch (e) { return [e.name, e.code, e.message, String(e.cause)]; } });
  out.onceError = await a(async () => { const ee = new EventEmitter(); const p = once(ee, "x"); ee.emit("error", new Error("bad")); try { await p; } catch (e) { return [e.message, ee.listenerCount("x")]; } });
  out.onceErrorEvent = await a(async () => { const ee = new EventEmitter(); const p = once(ee, "error"); ee.emit("error", new Error("bad")); const r = await p; return [r.length, r[0].message]; });
  out.onceEventTarget = await a(async () => { const et = new EventTarget(); const p = once(et, "foo"); et.dispatchEvent(new Event("foo")); const [ev] = await p; return [ev.type, ev.constructor.name]; });
  out.onIter = await a(async () => { const ee = new EventEmitter(); const ac = new AbortController(); const got = []; setTimeout(() => { ee.emit("d", 1); ee.emit("d", 2, 3); setTimeout(() => ac.abort(), 1); }, 1); try { for await (const args of on(ee, "d", { signal: ac.signal })) got.push(args); } catch (e) { got.push(e.name); } return got; });
  ${SHORT_GUARD}
  out.onIterClose = await aShort(async () => { const ee = new EventEmitter(); const got = []; setTimeout(() => { ee.emit("d", 1); ee.emit("end"); }, 1); for await (const [v] of on(ee, "d", { close: ["end"] })) got.push(v); return got; });
  out.onIterError = await a(async () => { const ee = new EventEmitter(); setTimeout(() => ee.emit("error", new Error("iterr")), 1); try { for await (const x of on(ee, "d")) {} } catch (e) { return e.message; } });
  out.staticHelpers = [events.listenerCount(new EventEmitter(), "x"), events.getMaxListeners(new EventEmitter()), events.defaultMaxListeners, typeof events.usingDomains, events.captureRejectionSymbol === Symbol.for("nodejs.rejection"), typeof events.EventEmitterAsyncResource];
  out.maxListenersET = c(() => { const et = new EventTarget(); events.setMaxListeners(2, et); return events.getMaxListeners(et); });
  out.getListenersET = c(() => { const et = new EventTarget(); const f = () => {}; et.addEventListener("a", f); return [events.getEventListeners(et, "a").length, events.getEventListeners(et, "a")[0] === f]; });
  out.errMonitor = c(() => { const ee = new EventEmitter(); const seen = []; ee.on(events.errorMonitor, (e) => seen.push(e.message)); try { ee.emit("error", new Error("m")); } catch (e) { seen.push("thrown:" + e.message); } return seen; });
  out.errNonError = c(() => { const ee = new EventEmitter(); ee.emit("error", { code: 1 }); });
  out.errString = c(() => { const ee = new EventEmitter(); ee.emit("error", "str"); });
  out.errUndef = c(() => { const ee = new EventEmitter(); ee.emit("error"); });
  out.badListener = c(() => new EventEmitter().on("x", "notfn"));
  out.maxWarn = await a(() => new Promise((res) => { const ee = new EventEmitter(); ee.setMaxListeners(1); const onW = (w) => { process.off("warning", onW); res([w.name, w.message, w.count, w.type]); }; process.on("warning", onW); ee.on("x", () => {}); ee.on("x", () => {}); setTimeout(() => { process.off("warning", onW); res("nowarn"); }, 20); }));
  `, { date: "2025-09-20" }),
];


const round3 = [
  nodeCase("node4-crypto-stateless-dh", "node:crypto diffieHellman({privateKey, publicKey}) (a named export only) with X25519 and EC keys, and its argument errors",
    `import crypto, { diffieHellman, generateKeyPairSync, createPrivateKey, createPublicKey, createSecretKey } from "node:crypto";`, `
  out.types = [typeof diffieHellman, typeof crypto.diffieHellman];
  const x1 = generateKeyPairSync("x25519"); const x2 = generateKeyPairSync("x25519");
  out.x25519 = c(() => { const s1 = diffieHellman({ privateKey: x1.privateKey, publicKey: x2.publicKey }); const s2 = diffieHellman({ privateKey: x2.privateKey, publicKey: x1.publicKey }); return [s1.equals(s2), s1.length, s1.constructor.name]; });
  const e1 = generateKeyPairSync("ec", { namedCurve: "P-256" }); const e2 = generateKeyPairSync("ec", { namedCurve: "P-256" });
  out.ec = c(() => { const s1 = diffieHellman({ privateKey: e1.privateKey, publicKey: e2.publicKey }); return [s1.equals(diffieHellman({ privateKey: e2.privateKey, publicKey: e1.publicKey })), s1.length]; });
  out.ecFixed = c(() => { const priv = createPrivateKey({ key: { kty: "EC", crv: "P-256", d: "ypeBEsobvcr6wjGzmiPcTaeG7_gUfE5yuYB3ha_uSLs", x: "T_OJPHBlC6LI-Hm-HoM5Yw0KLMjpo-kw4WPwdyQ5YVM", y: "P3HXD5GqNJUiy933yWU7y5TVLTfSoOh135Vn_YcyUyo" }, format: "jwk" }); const pub = createPublicKey({ key: { kty: "EC", crv: "P-256", x: "MQV35JMVumKRGtGNli1JH8Z18CM5bHS6PUbZmaldygY", y: "E9uq77lY4cR4I2w65hMt2JwRwOsut4WY23Bn_qox6L4" }, format: "jwk" }); return diffieHellman({ privateKey: priv, publicKey: pub }).toString("hex"); });
  out.mixed = c(() => diffieHellman({ privateKey: x1.privateKey, publicKey: e2.publicKey }));
  out.swapped = c(() => diffieHellman({ privateKey: x1.publicKey, publicKey: x2.publicKey }));
  out.swapped2 = c(() => diffieHellman({ privateKey: x1.privateKey, publicKey: x2.privateKey }));
  out.notKey = c(() => diffieHellman({ privateKey: "x", publicKey: x2.publicKey }));
  out.notKeyPub = c(() => diffieHellman({ privateKey: x1.privateKey, publicKey: {} }));
  out.noOpts = c(() => diffieHellman());
  out.secret = c(() => diffieHellman({ privateKey: createSecretKey(Buffer.alloc(16)), publicKey: x2.publicKey }));
  `),
];


const round4 = [
  nodeCase("node4-env-populate-flag-old-date", "process.env with nodejs_compat_populate_process_env before 2025-04-01: which vars appear and as what", `import process from "node:process";`, `
  out.env = { ...process.env };
  out.keys = Object.keys(process.env).sort();
  out.types = [typeof process.env.TEXT, typeof process.env.NUM, typeof process.env.OBJ, process.env.OBJ, process.env.NUM, process.env.BOOL, process.env.NUL];
  out.globalSame = [typeof globalThis.process, globalThis.process?.env === process.env];
  out.envDesc = c(() => { const d = Object.getOwnPropertyDescriptor(process.env, "TEXT"); return d ? [d.writable, d.enumerable, d.configurable] : "none"; });
  `,
    { date: "2024-12-01", flags: ["nodejs_compat", "nodejs_compat_populate_process_env"], extra: { bindings: { TEXT: "text", NUM: 42, OBJ: { a: [1, "b"] }, BOOL: true, NUL: null } } }),
  nodeCase("node4-env-do-not-populate-flag", "process.env with nodejs_compat_do_not_populate_process_env after 2025-04-01 stays empty", `import process from "node:process";`, `
  out.env = { ...process.env };
  out.keys = Object.keys(process.env).sort();
  out.types = [typeof process.env.TEXT, typeof process.env.NUM, typeof process.env.OBJ, process.env.OBJ, process.env.NUM, process.env.BOOL, process.env.NUL];
  out.globalSame = [typeof globalThis.process, globalThis.process?.env === process.env];
  out.envDesc = c(() => { const d = Object.getOwnPropertyDescriptor(process.env, "TEXT"); return d ? [d.writable, d.enumerable, d.configurable] : "none"; });
  `,
    { date: "2025-06-01", flags: ["nodejs_compat", "nodejs_compat_do_not_populate_process_env"], extra: { bindings: { TEXT: "text", NUM: 42, OBJ: { a: [1, "b"] }, BOOL: true, NUL: null } } }),
];

export default [...round1, ...round2, ...round3, ...round4];
