// nodewasm21: node/wasm/html-rewriter probes (session 21). Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run WAT2WASM=<wabt 1.0.32 wat2wasm> DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs nodewasm21, then python3 nodewasm20-post-record.py <out> (wasm modules go as Uint8Array contents, recorded as byte arrays)
import { CD, PRELUDE, get, req, modWorker } from "./_h.mjs";
import { execFileSync } from "node:child_process";
import { writeFileSync, readFileSync } from "node:fs";
// wat2wasm 1.0.32 (defaults: bulk memory, reference types, multi-value, sign extension, saturating conversions)
const WAT2WASM = process.env.WAT2WASM ?? "wat2wasm";
function wasm(name, wat, flags = []) {
  const src = `/tmp/nodewasm21-${name}.wat`, dst = `/tmp/nodewasm21-${name}.wasm`;
  writeFileSync(src, wat);
  execFileSync(WAT2WASM, [...flags, src, "-o", dst]);
  return new Uint8Array(readFileSync(dst));
}
const wasmCase = (name, description, mods, body, { date = CD, flags = [] } = {}) => ({
  name, area: "wasm", description,
  options: {
    compatibilityDate: date, compatibilityFlags: flags,
    modules: [
      { type: "ESModule", path: "index.mjs", contents: `${PRELUDE}
${Object.keys(mods).map((n) => `import ${n} from "./${n}.wasm";`).join("\n")}
const c = (f) => { try { const v = f(); return { ok: typeof v === "bigint" ? "big:" + v : v === undefined ? "undefined" : Number.isNaN(v) ? "NaN" : v }; } catch (e) { return { err: [e?.constructor?.name, e?.name, e?.message] }; } };
export default { async fetch(req, env, ctx) {
  const out = {};
${body}
  return Response.json(out);
} };` },
      ...Object.entries(mods).map(([n, b]) => ({ type: "CompiledWasm", path: n + ".wasm", contents: b })),
    ],
  },
  steps: [get("/")],
});
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
export default { async fetch(req, env, ctx) {
  const url = new URL(req.url); const out = {};
${body}
  return Response.json(out);
} };`,
  },
  steps,
});

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
const round1 = [
  nodeCase("nodewasm21-events-lib-a", "events: static on()/once() with signals, errorMonitor, captureRejections, listener errors, max listeners warnings, EventTarget helpers", `import events, { EventEmitter, once, on, errorMonitor, getEventListeners, getMaxListeners, setMaxListeners, listenerCount, addAbortListener } from "node:events"; import process from "node:process";`, `
  out.onceAbort = await a(async () => { const e = new EventEmitter(); const ac = new AbortController(); const p = once(e, "x", { signal: ac.signal }); ac.abort(); return await p; });
  out.onceAbortReason = await a(async () => { const e = new EventEmitter(); const ac = new AbortController(); ac.abort("why"); return await once(e, "x", { signal: ac.signal }); });
  out.onceAbortErrShape = await a(async () => { const e = new EventEmitter(); const ac = new AbortController(); const p = once(e, "x", { signal: ac.signal }); ac.abort(); try { await p; } catch (err) { return [err.constructor.name, err.name, err.code, err.message, String(err.cause), Object.keys(err)]; } });
  out.onceError = await a(async () => { const e = new EventEmitter(); const p = once(e, "x"); e.emit("error", new Error("bad")); return await p; });
  out.onceErrorEvent = await a(async () => { const e = new EventEmitter(); const p = once(e, "error"); e.emit("error", new Error("bad")); const v = await p; return [v.length, v[0].message]; });
  out.onceValues = await a(async () => { const e = new EventEmitter(); const p = once(e, "x"); e.emit("x", 1, 2, 3); return [await p, e.listenerCount("x"), e.listenerCount("error")]; });
  out.onceET = await a(async () => { const t = new EventTarget(); const p = once(t, "foo"); t.dispatchEvent(new Event("foo")); const [ev] = await p; return [ev.type, ev.constructor.name]; });
  out.onceBadSignal = await a(async () => once(new EventEmitter(), "x", { signal: {} }));
  out.onIter = await a(async () => { const e = new EventEmitter(); const it = on(e, "d"); setTimeout(() => { e.emit("d", 1); e.emit("d", 2, 3); e.emit("done"); }, 1); const got = []; for await (const v of it) { got.push(v); if (got.length === 2) break; } return [got, e.listenerCount("d"), e.listenerCount("error")]; });
  out.onIterErr = await a(async () => { const e = new EventEmitter(); const it = on(e, "d"); setTimeout(() => { e.emit("d", 1); e.emit("error", new TypeError("tt")); }, 1); const got = []; try { for await (const v of it) got.push(v); } catch (err) { return [got, err.name, err.message]; } });
  out.onIterAbort = await a(async () => { const e = new EventEmitter(); const ac = new AbortController(); const it = on(e, "d", { signal: ac.signal }); setTimeout(() => ac.abort(), 1); try { for await (const v of it) {} } catch (err) { return [err.name, err.code, err.message]; } });
  ${SHORT_GUARD}
  out.onIterClose = await aShort(async () => { const e = new EventEmitter(); const it = on(e, "d", { close: ["end"] }); setTimeout(() => { e.emit("d", "a"); e.emit("end"); e.emit("d", "late"); }, 1); const got = []; for await (const v of it) got.push(v); return got; });
  out.monitor = c(() => { const e = new EventEmitter(); const seen = []; e.on(errorMonitor, (er) => seen.push("mon:" + er.message)); try { e.emit("error", new Error("m")); } catch (er) { seen.push("thrown:" + er.message); } return seen; });
  out.unhandled = c(() => { const e = new EventEmitter(); try { e.emit("error", "str"); } catch (er) { return [er.name, er.code, er.message, er.context ?? null]; } });
  out.unhandledObj = c(() => { const e = new EventEmitter(); try { e.emit("error", { a: 1 }); } catch (er) { return [er.name, er.code, er.message]; } });
  out.unhandledNone = c(() => { const e = new EventEmitter(); try { e.emit("error"); } catch (er) { return [er.name, er.code, er.message]; } });
  out.capture = await a(async () => { const e = new EventEmitter({ captureRejections: true }); const seen = []; e.on("x", async () => { throw new Error("rej"); }); e.on("error", (er) => seen.push(er.message)); e.emit("x"); await new Promise((r) => setTimeout(r, 5)); return seen; });
  out.captureSym = await a(async () => { const e = new EventEmitter({ captureRejections: true }); const seen = []; e[Symbol.for("nodejs.rejection")] = (er, ev, ...args) => seen.push([er.message, ev, args]); e.on("x", async () => { throw new Error("r2"); }); e.emit("x", 7); await new Promise((r) => setTimeout(r, 5)); return seen; });
  out.captureBad = c(() => new EventEmitter({ captureRejections: "yes" }));
  out.badListener = c(() => new EventEmitter().on("x", "nope"));
  out.badListener2 = c(() => new EventEmitter().once("x", null));
  out.badListener3 = c(() => new EventEmitter().removeListener("x", 5));
  out.setMaxBad = c(() => new EventEmitter().setMaxListeners(-1));
  out.setMaxBad2 = c(() => new EventEmitter().setMaxListeners("3"));
  out.defaultMax = c(() => [EventEmitter.defaultMaxListeners, events.defaultMaxListeners, new EventEmitter().getMaxListeners()]);
  out.defaultMaxBad = c(() => { EventEmitter.defaultMaxListeners = -5; });
  out.etHelpers = c(() => { const t = new EventTarget(); const f = () => {}; t.addEventListener("a", f); t.addEventListener("a", () => {}, { once: true }); setMaxListeners(3, t); return [getEventListeners(t, "a").length, getEventListeners(t, "a")[0] === f, getMaxListeners(t), getEventListeners(new EventEmitter(), "q").length, typeof listenerCount]; });
  out.etHelpersBad = c(() => getEventListeners({}, "a"));
  out.addAbort = c(() => { const ac = new AbortController(); const seen = []; const d = addAbortListener(ac.signal, (e) => seen.push(e.type)); ac.abort(); return [seen, typeof d[Symbol.dispose], typeof d]; });
  out.addAbortBad = c(() => addAbortListener({}, () => {}));
  out.addAbortBad2 = c(() => addAbortListener(new AbortController().signal, 5));
  out.order = c(() => { const e = new EventEmitter(); const seen = []; e.on("newListener", (n) => seen.push("new:" + String(n))); e.on("removeListener", (n) => seen.push("rm:" + String(n))); const f = () => seen.push("f"); e.once("x", f); e.prependListener("x", () => seen.push("pre")); e.prependOnceListener("x", () => seen.push("preOnce")); e.emit("x"); e.emit("x"); e.removeAllListeners("x"); return [seen, e.eventNames()]; });
  out.rawListeners = c(() => { const e = new EventEmitter(); const f = () => 1; e.once("x", f); const r = e.rawListeners("x")[0]; return [r === f, r.listener === f, e.listeners("x")[0] === f, typeof r]; });
  out.removeDuringEmit = c(() => { const e = new EventEmitter(); const seen = []; const b = () => seen.push("b"); e.on("x", () => { seen.push("a"); e.off("x", b); }); e.on("x", b); e.emit("x"); e.emit("x"); return seen; });
  out.inherits = c(() => { function Old() { EventEmitter.call(this); } Object.setPrototypeOf(Old.prototype, EventEmitter.prototype); const o = new Old(); let got; o.on("z", (v) => got = v); o.emit("z", 9); return [got, o._eventsCount, typeof o._events, o._maxListeners ?? null]; });
  out.asyncResource = c(() => [typeof events.EventEmitterAsyncResource, typeof events.usingDomains, events.usingDomains, typeof events.init, events.EventEmitter === EventEmitter, events === EventEmitter]);
`),
];
const round2 = [
  nodeCase("nodewasm21-crypto-jwt-b", "crypto: what JWT/auth libraries call: HMAC/sign/verify with generated keys, key exports, AEAD auth failures, KeyObject errors", `import crypto from "node:crypto";`, `
  const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 1024 });
  const data = Buffer.from("payload.part");
  out.hmac = c(() => [crypto.createHmac("sha256", "secret").update("a").update(Buffer.from("b")).digest("base64url"), crypto.createHmac("sha1", Buffer.alloc(0)).digest("hex"), crypto.createHmac("SHA256", "k").digest("latin1").length, crypto.createHmac("sha512", crypto.createSecretKey(Buffer.from("k"))).update("x").digest("base64")]);
  out.hmacBad = c(() => crypto.createHmac("sha257", "k"));
  out.hmacBad2 = c(() => crypto.createHmac("sha256", 5));
  out.hmacBad3 = c(() => crypto.createHmac("sha256", publicKey));
  out.hmacTwice = c(() => { const h = crypto.createHmac("sha256", "k"); h.digest(); return h.digest("hex"); });
  out.hmacUpdAfter = c(() => { const h = crypto.createHmac("sha256", "k"); h.digest(); return h.update("x"); });
  out.hashTwice = c(() => { const h = crypto.createHash("sha256"); h.digest(); return h.digest(); });
  out.hashCopyAfter = c(() => { const h = crypto.createHash("sha256"); h.digest(); return h.copy(); });
  out.hashUpdBad = c(() => crypto.createHash("sha256").update(5));
  out.hashUpdEnc = c(() => [crypto.createHash("md5").update("616263", "hex").digest("hex"), crypto.createHash("md5").update("YWJj", "base64").digest("hex"), crypto.createHash("md5").update("abc", "bogus").digest("hex")]);
  out.hashXof = c(() => [crypto.createHash("shake256", { outputLength: 4 }).update("a").digest("hex"), crypto.createHash("shake128").digest().length]);
  out.hashOutLenBad = c(() => crypto.createHash("sha256", { outputLength: 4 }));
  out.signVerify = c(() => { const s = crypto.createSign("RSA-SHA256").update(data).sign(privateKey); const s2 = crypto.sign("sha256", data, privateKey); return [s.length, s.equals(s2), crypto.createVerify("RSA-SHA256").update(data).verify(publicKey, s), crypto.verify("sha256", data, publicKey, s), crypto.verify("sha256", Buffer.from("x"), publicKey, s), crypto.createVerify("sha256").update(data).verify(publicKey, s.toString("base64"), "base64")]; });
  out.signPem = c(() => { const pem = privateKey.export({ type: "pkcs8", format: "pem" }); const pub = publicKey.export({ type: "spki", format: "pem" }); const s = crypto.createSign("sha256").update("m").sign(pem, "base64"); return [pem.split("\\n")[0], pub.split("\\n")[0], pub.endsWith("\\n"), crypto.createVerify("sha256").update("m").verify(pub, s, "base64"), crypto.createPublicKey(pem).asymmetricKeyType, crypto.createPrivateKey(pem).type]; });
  out.signPss = c(() => { const s = crypto.sign("sha256", data, { key: privateKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }); return [crypto.verify("sha256", data, { key: publicKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, s), crypto.verify("sha256", data, publicKey, s)]; });
  out.signTwice = c(() => { const s = crypto.createSign("sha256"); s.update("a"); s.sign(privateKey); return s.sign(privateKey); });
  out.signWithPub = c(() => crypto.createSign("sha256").update("a").sign(publicKey));
  out.signBadAlg = c(() => crypto.createSign("nope"));
  out.signBadKey = c(() => crypto.createSign("sha256").update("a").sign("not a key"));
  out.verifyBadSig = c(() => crypto.verify("sha256", data, publicKey, "zz"));
  out.keyDetails = c(() => [privateKey.type, privateKey.asymmetricKeyType, privateKey.asymmetricKeyDetails.modulusLength, String(privateKey.asymmetricKeyDetails.publicExponent), publicKey.symmetricKeySize ?? null, crypto.createPublicKey(privateKey).equals(publicKey), Object.keys(publicKey.export({ format: "jwk" })).sort()]);
  out.jwkRoundtrip = c(() => { const jwk = publicKey.export({ format: "jwk" }); const k = crypto.createPublicKey({ key: jwk, format: "jwk" }); return [k.equals(publicKey), jwk.kty, jwk.e]; });
  out.jwkBad = c(() => crypto.createPublicKey({ key: { kty: "RSA" }, format: "jwk" }));
  out.jwkBad2 = c(() => crypto.createPublicKey({ key: "x", format: "jwk" }));
  out.exportBad = c(() => privateKey.export({ type: "pkcs1", format: "der", cipher: "aes-256-cbc" }));
  out.exportBad2 = c(() => privateKey.export({ format: "pem" }));
  out.exportBad3 = c(() => publicKey.export({ type: "pkcs8", format: "pem" }).split("\\n")[0]);
  out.secret = c(() => { const k = crypto.createSecretKey("abc", "utf8"); return [k.type, k.symmetricKeySize, k.export().toString(), k.export({ format: "jwk" }), k.asymmetricKeyType ?? null, crypto.createSecretKey(Buffer.from("abc")).equals(k)]; });
  out.secretBad = c(() => crypto.createSecretKey(5));
  out.secretExportBad = c(() => crypto.createSecretKey(Buffer.from("a")).export({ format: "pem" }));
  out.ed = c(() => { const kp = crypto.generateKeyPairSync("ed25519"); const s = crypto.sign(null, data, kp.privateKey); return [s.length, crypto.verify(null, data, kp.publicKey, s), kp.publicKey.export({ format: "jwk" }).crv, kp.privateKey.asymmetricKeyType]; });
  out.edWithHash = c(() => { const kp = crypto.generateKeyPairSync("ed25519"); return crypto.sign("sha256", data, kp.privateKey).length; });
  out.ec = c(() => { const kp = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" }); const s = crypto.sign("sha256", data, kp.privateKey); const s2 = crypto.sign("sha256", data, { key: kp.privateKey, dsaEncoding: "ieee-p1363" }); return [s2.length, crypto.verify("sha256", data, kp.publicKey, s), crypto.verify("sha256", data, { key: kp.publicKey, dsaEncoding: "ieee-p1363" }, s2), kp.publicKey.asymmetricKeyDetails, kp.publicKey.export({ format: "jwk" }).crv]; });
  out.ecBadCurve = c(() => crypto.generateKeyPairSync("ec", { namedCurve: "P-999" }));
  out.gcmAuthFail = c(() => { const key = Buffer.alloc(32, 1), iv = Buffer.alloc(12, 2); const ci = crypto.createCipheriv("aes-256-gcm", key, iv); const ct = Buffer.concat([ci.update("hello"), ci.final()]); const tag = ci.getAuthTag(); const d = crypto.createDecipheriv("aes-256-gcm", key, iv); tag[0] ^= 1; d.setAuthTag(tag); d.update(ct); return d.final(); });
  out.gcmNoTag = c(() => { const d = crypto.createDecipheriv("aes-256-gcm", Buffer.alloc(32), Buffer.alloc(12)); d.update(Buffer.from("ab")); return d.final(); });
  out.gcmTagBeforeFinal = c(() => crypto.createCipheriv("aes-256-gcm", Buffer.alloc(32), Buffer.alloc(12)).getAuthTag());
  out.cbcBadPad = c(() => { const d = crypto.createDecipheriv("aes-128-cbc", Buffer.alloc(16), Buffer.alloc(16)); d.update(Buffer.alloc(16, 7)); return d.final(); });
  out.cbcBadLen = c(() => { const d = crypto.createDecipheriv("aes-128-cbc", Buffer.alloc(16), Buffer.alloc(16)); d.update(Buffer.alloc(5)); return d.final(); });
  out.cipherBadKey = c(() => crypto.createCipheriv("aes-256-cbc", Buffer.alloc(31), Buffer.alloc(16)));
  out.cipherBadIv = c(() => crypto.createCipheriv("aes-256-cbc", Buffer.alloc(32), Buffer.alloc(15)));
  out.cipherBadAlg = c(() => crypto.createCipheriv("aes-999", Buffer.alloc(32), Buffer.alloc(16)));
  out.rsaEnc = c(() => { const ct = crypto.publicEncrypt({ key: publicKey, oaepHash: "sha256" }, Buffer.from("hi")); return [ct.length, crypto.privateDecrypt({ key: privateKey, oaepHash: "sha256" }, ct).toString()]; });
  out.rsaDecBad = c(() => crypto.privateDecrypt(privateKey, Buffer.alloc(128, 1)));
  out.timing = c(() => [crypto.timingSafeEqual(Buffer.from("ab"), Buffer.from("ab")), crypto.timingSafeEqual(new Uint8Array([1]), new Uint8Array([2]))]);
  out.timingBad = c(() => crypto.timingSafeEqual(Buffer.from("a"), Buffer.from("ab")));
  out.timingBad2 = c(() => crypto.timingSafeEqual("a", "a"));
  out.uuid = c(() => [/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()), typeof crypto.randomUUID({ disableEntropyCache: true })]);
  out.uuidBad = c(() => crypto.randomUUID(5));
  out.randInt = c(() => [typeof crypto.randomInt(10), crypto.randomInt(5, 6)]);
  out.randIntBad = c(() => crypto.randomInt(5, 5));
  out.randIntBad2 = c(() => crypto.randomInt(1.5));
  out.randIntBad3 = c(() => crypto.randomInt(2 ** 49));
  out.randBytesBad = c(() => crypto.randomBytes(-1));
  out.randBytesCb = await a(() => new Promise((res, rej) => crypto.randomBytes(4, (e, b) => e ? rej(e) : res(b.length))));
  out.pbkdf2 = await a(() => new Promise((res, rej) => crypto.pbkdf2("p", "s", 10, 8, "sha256", (e, k) => e ? rej(e) : res(k.toString("hex")))));
  out.pbkdf2Bad = c(() => crypto.pbkdf2Sync("p", "s", 10, 8));
  out.pbkdf2Bad2 = c(() => crypto.pbkdf2Sync("p", "s", 0, 8, "sha256"));
  out.pbkdf2Bad3 = c(() => crypto.pbkdf2Sync("p", "s", 1, 8, "nope"));
  out.webcrypto = await a(async () => { const d = await crypto.webcrypto.subtle.digest("SHA-256", new TextEncoder().encode("a")); return [hex(d).slice(0, 8), crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle, typeof crypto.getRandomValues]; });
  out.keyObjFromCrypto = await a(async () => { const ck = await crypto.subtle.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256" }, true, ["sign"]); const ko = crypto.KeyObject.from(ck); return [ko.type, ko.symmetricKeySize, crypto.createHmac("sha256", ko).update("x").digest("hex").slice(0, 8)]; });
  out.keyObjFromBad = c(() => crypto.KeyObject.from({}));
  out.keyObjNew = c(() => new crypto.KeyObject("secret", {}));
`),
];
const round3 = [
  nodeCase("nodewasm21-stream-errors-c", "stream: error codes and messages of misuse, web interop, consumers, object mode and encodings", `import { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } from "node:stream"; import { pipeline as pp, finished as fp } from "node:stream/promises"; import { text, json, buffer, arrayBuffer } from "node:stream/consumers";`, `
  const ev = (s) => new Promise((res) => { s.on("error", (e) => res([e.name, e.code ?? null, e.message])); });
  out.writeAfterEnd = await a(async () => { const w = new Writable({ write(c, e, cb) { cb(); } }); const p = ev(w); w.end(); let cbErr; w.write("x", (e) => cbErr = e?.code); return [await p, cbErr ?? null]; });
  out.pushAfterEof = await a(async () => { const r = new Readable({ read() {} }); const p = ev(r); r.push(null); r.push("x"); return await p; });
  out.unshiftAfterEnd = await a(async () => { const r = new Readable({ read() {} }); r.push(null); r.resume(); await new Promise((res) => r.on("end", res)); const p = ev(r); r.unshift("x"); return await Promise.race([p, new Promise((res) => setTimeout(() => res("no-error"), 5))]); });
  out.nullWrite = c(() => new Writable({ write(c, e, cb) { cb(); } }).write(null));
  out.badChunk = c(() => new Writable({ write(c, e, cb) { cb(); } }).write(5));
  out.badChunkRead = c(() => new Readable({ read() {} }).push(5));
  out.badEncoding = c(() => new Writable({ write(c, e, cb) { cb(); } }).write("x", "bogus"));
  out.noRead = await a(async () => { const r = new Readable(); const p = ev(r); r.resume(); return await p; });
  out.noWrite = await a(async () => { const w = new Writable(); const p = ev(w); w.write("x"); return await p; });
  out.noTransform = await a(async () => { const t = new Transform(); const p = ev(t); t.write("x"); return await p; });
  out.cbTwice = await a(async () => { const w = new Writable({ write(c, e, cb) { cb(); cb(); } }); const p = ev(w); w.write("x"); return await p; });
  out.destroyedWrite = await a(async () => { const w = new Writable({ write(c, e, cb) { cb(); } }); w.destroy(); let got; w.write("x", (e) => got = [e?.name, e?.code, e?.message]); await new Promise((r) => setTimeout(r, 2)); return got ?? null; });
  out.destroyErr = await a(async () => { const r = new Readable({ read() {} }); const seen = []; r.on("error", (e) => seen.push("error:" + e.message)); r.on("close", () => seen.push("close")); r.destroy(new Error("d")); r.destroy(new Error("d2")); await new Promise((res) => setTimeout(res, 2)); return [seen, r.destroyed, r.errored?.message, r.readableAborted, r.closed]; });
  out.premature = await a(async () => { const r = new Readable({ read() {} }); const p = new Promise((res) => finished(r, (e) => res([e?.name, e?.code, e?.message]))); r.destroy(); return await p; });
  out.prematureW = await a(async () => { const w = new Writable({ write(c, e, cb) { cb(); } }); const p = fp(w).then(() => "ok", (e) => [e.name, e.code, e.message]); w.write("a"); w.destroy(); return await p; });
  out.pipelineMissing = c(() => pipeline(new PassThrough(), () => {}));
  out.pipelineNoCb = c(() => pipeline(new PassThrough(), new PassThrough()));
  out.pipelineErr = await a(async () => { const src = new Readable({ read() { this.destroy(new Error("src-fail")); } }); const seen = []; const dst = new Writable({ write(c, e, cb) { cb(); } }); dst.on("close", () => seen.push("dst-close")); try { await pp(src, dst); } catch (e) { seen.push(e.message); } return [seen, dst.destroyed]; });
  out.pipelineGen = await a(async () => { const parts = []; await pp(Readable.from(["a", "b", "c"]), async function* (src) { for await (const c of src) yield String(c).toUpperCase(); }, new Writable({ write(c, e, cb) { parts.push(c.toString()); cb(); } })); return parts; });
  out.pipelineGenRet = await a(async () => pp(Readable.from(["x", "y"]), async function (src) { let s = ""; for await (const c of src) s += c; return s + "!"; }));
  out.pipelineSignal = await a(async () => { const ac = new AbortController(); const r = new Readable({ read() {} }); const p = pp(r, new PassThrough(), { signal: ac.signal }); ac.abort(); try { await p; } catch (e) { return [e.name, e.code, e.message]; } });
  out.consumers = await a(async () => [await text(Readable.from(["a", "b"])), await json(Readable.from(['{"x"', ':1}'])), (await buffer(Readable.from([Buffer.from("ab")]))).toString("hex"), (await arrayBuffer(Readable.from([new Uint8Array([1, 2])]))).byteLength, await text(new Blob(["bl"]).stream()), await text(new Response("resp").body)]);
  out.consumersBadJson = await a(async () => json(Readable.from(["{bad"])));
  out.toWeb = await a(async () => { const rs = Readable.toWeb(Readable.from([Buffer.from("he"), Buffer.from("llo")])); return [rs.constructor.name, await new Response(rs).text()]; });
  out.toWebStrings = await a(async () => { const rs = Readable.toWeb(Readable.from(["s1", "s2"])); const rd = rs.getReader(); const got = []; for (;;) { const { done, value } = await rd.read(); if (done) break; got.push(typeof value === "string" ? "str:" + value : value.constructor.name); } return got; });
  out.fromWeb = await a(async () => { const r = Readable.fromWeb(new Response("web-body").body); const got = []; for await (const c of r) got.push(Buffer.isBuffer(c) ? "buf:" + c.toString() : typeof c + ":" + String(c)); return got; });
  out.fromWebEnc = await a(async () => { const r = Readable.fromWeb(new Response("xyz").body, { encoding: "utf8" }); const got = []; for await (const c of r) got.push(typeof c + ":" + c); return got; });
  out.fromWebBad = c(() => Readable.fromWeb({}));
  out.duplexFrom = await a(async () => [await text(Duplex.from("str")), await text(Duplex.from(async function* () { yield "g"; })), await text(Duplex.from(Promise.resolve("p"))), await text(Duplex.from(new Response("r").body)), await text(Duplex.from([1, 2].map(String)))]);
  out.duplexFromBad = c(() => Duplex.from(5));
  out.objectMode = await a(async () => { const r = new Readable({ objectMode: true, read() {} }); r.push({ a: 1 }); r.push(0); r.push(""); r.push(null); const got = []; for await (const v of r) got.push(v); return [got, r.readableObjectMode, r.readableHighWaterMark]; });
  out.enc = await a(async () => { const r = new Readable({ read() {} }); r.setEncoding("hex"); r.push(Buffer.from("ab")); r.push(null); let s = ""; for await (const c of r) s += c; return [s, r.readableEncoding]; });
  out.encSplit = await a(async () => { const r = new Readable({ read() {} }); r.setEncoding("utf8"); const e = Buffer.from("é"); r.push(e.subarray(0, 1)); r.push(e.subarray(1)); r.push(null); const got = []; for await (const c of r) got.push(c); return got; });
  out.hwm = c(() => [new Readable().readableHighWaterMark, new Writable().writableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark, new Duplex({ readableHighWaterMark: 5 }).readableHighWaterMark, new Transform({ highWaterMark: 3 }).writableHighWaterMark]);
  out.hwmBad = c(() => new Readable({ highWaterMark: -1 }));
  out.hwmBad2 = c(() => new Readable({ highWaterMark: "x" }));
  out.readSize = c(() => { const r = new Readable({ read() {} }); r.push("abcdef"); return [String(r.read(2)), String(r.read(10)), r.readableLength, String(r.read())]; });
  out.iterHelpers = await a(async () => [await Readable.from([1, 2, 3, 4]).filter((x) => x % 2).map((x) => x * 10).toArray(), await Readable.from([1, 2, 3]).reduce((s, x) => s + x, 0), await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1, 2, 3]).drop(1).take(1).toArray(), await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray()]);
  out.iterHelpersBad = c(() => Readable.from([1]).map(5));
  out.iterHelpersBad2 = await a(async () => Readable.from([]).reduce((s, x) => s + x));
  out.transformFlush = await a(async () => { const t = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); }, flush(cb) { this.push("!"); cb(); } }); const p = text(t); t.write("ab"); t.end("c"); return await p; });
  out.transformErr = await a(async () => { const t = new Transform({ transform(c, e, cb) { cb(new Error("tx")); } }); const p = ev(t); t.write("ab"); return await p; });
`),
];
const impWat = `(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (import "env" "mem" (memory 1 4))
  (import "env" "g" (global $g i32))
  (import "env" "gm" (global $gm (mut i64)))
  (import "env" "tbl" (table 2 funcref))
  (func (export "callF") (param i32) (result i32) (call $f (local.get 0)))
  (func (export "getG") (result i32) (global.get $g))
  (func (export "bumpGm") (global.set $gm (i64.add (global.get $gm) (i64.const 1))))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "size") (result i32) (memory.size))
)`;
const plainWat = `(module
  (memory (export "memory") 1 3)
  (global (export "gi") i32 (i32.const 7))
  (global (export "gmut") (mut f32) (f32.const 1.5))
  (global (export "g64") (mut i64) (i64.const -1))
  (table (export "tbl") 2 8 funcref)
  (elem (i32.const 0) $add)
  (func $add (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "add64") (param i64 i64) (result i64) (i64.add (local.get 0) (local.get 1)))
  (func (export "fdemo") (param f32 f64) (result f64) (f64.add (f64.promote_f32 (local.get 0)) (local.get 1)))
  (func (export "two") (result i32 i64) (i32.const 1) (i64.const 2))
  (func $rec (export "rec") (param i32) (result i32) (call $rec (i32.add (local.get 0) (i32.const 1))))
  (func (export "unr") unreachable)
  (func (export "callInd") (param i32) (result i32) (call_indirect (param i32 i32) (result i32) (i32.const 1) (i32.const 2) (local.get 0)))
  (func (export "ext") (param externref) (result externref) (local.get 0))
)`;
const round4 = [
  wasmCase("nodewasm21-wasm-imports-d", "wasm: instantiating with wrong or missing imports (functions, memories, globals, tables), per entry point", { imp: wasm("imp", impWat), plain: wasm("plain", plainWat) }, `
  const m = imp;
  const good = () => ({ env: { f: (x) => x * 2, mem: new WebAssembly.Memory({ initial: 1, maximum: 4 }), g: 5, gm: new WebAssembly.Global({ value: "i64", mutable: true }, 10n), tbl: new WebAssembly.Table({ element: "anyfunc", initial: 2 }) } });
  const bad = (patch) => { const o = good(); Object.assign(o.env, patch); return o; };
  const inst = (o) => c(() => { new WebAssembly.Instance(m, o); return "ok"; });
  const instA = async (o) => { try { await WebAssembly.instantiate(m, o); return "ok"; } catch (e) { return [e?.constructor?.name, e?.message]; } };
  out.good = c(() => { const o = good(); const i = new WebAssembly.Instance(m, o); i.exports.bumpGm(); return [i.exports.callF(21), i.exports.getG(), String(o.env.gm.value), i.exports.size(), Object.keys(i.exports)]; });
  out.noImports = inst(undefined);
  out.noImportsA = await instA(undefined);
  out.importsNotObj = inst(5);
  out.importsNull = inst(null);
  out.missingModule = inst({});
  out.moduleNotObj = inst({ env: 5 });
  out.missingFunc = inst(bad({ f: undefined }));
  out.funcNotCallable = inst(bad({ f: 5 }));
  out.funcNotCallableA = await instA(bad({ f: {} }));
  out.memWrong = inst(bad({ mem: new ArrayBuffer(65536) }));
  out.memSmall = inst(bad({ mem: new WebAssembly.Memory({ initial: 0, maximum: 4 }) }));
  out.memNoMax = inst(bad({ mem: new WebAssembly.Memory({ initial: 1 }) }));
  out.memBigMax = inst(bad({ mem: new WebAssembly.Memory({ initial: 1, maximum: 5 }) }));
  out.globalWrong = inst(bad({ g: "5" }));
  out.globalBig = inst(bad({ g: 5n }));
  out.globalObj = inst(bad({ g: new WebAssembly.Global({ value: "i32" }, 9) }));
  out.globalObjMut = inst(bad({ g: new WebAssembly.Global({ value: "i32", mutable: true }, 9) }));
  out.globalObjType = inst(bad({ g: new WebAssembly.Global({ value: "f32" }, 9) }));
  out.mutGlobalNum = inst(bad({ gm: 5n }));
  out.mutGlobalImm = inst(bad({ gm: new WebAssembly.Global({ value: "i64" }, 5n) }));
  out.tblWrong = inst(bad({ tbl: [] }));
  out.tblSmall = inst(bad({ tbl: new WebAssembly.Table({ element: "anyfunc", initial: 1 }) }));
  out.tblExtern = inst(bad({ tbl: new WebAssembly.Table({ element: "externref", initial: 2 }) }));
  out.funcFromOther = c(() => { const p = new WebAssembly.Instance(plain); const i = new WebAssembly.Instance(m, bad({ f: p.exports.add })); return "ok"; });
  out.funcFromOtherOk = c(() => { const p = new WebAssembly.Instance(plain); const add1 = (x) => p.exports.add(x, 1); const i = new WebAssembly.Instance(m, bad({ f: add1 })); return i.exports.callF(4); });
  out.importThrows = c(() => new WebAssembly.Instance(m, bad({ f: () => { throw new TypeError("from-js"); } })).exports.callF(1));
  out.importRetBig = c(() => new WebAssembly.Instance(m, bad({ f: () => 5n })).exports.callF(1));
  out.importRetStr = c(() => new WebAssembly.Instance(m, bad({ f: () => "12" })).exports.callF(1));
  out.importRetObj = c(() => new WebAssembly.Instance(m, bad({ f: () => ({ valueOf() { return 3; } }) })).exports.callF(1));
  out.importsGetter = c(() => { const seen = []; const env = good().env; const o = { get env() { seen.push("env"); return new Proxy(env, { get(t, k) { seen.push(String(k)); return t[k]; } }); } }; new WebAssembly.Instance(m, o); return seen; });
  out.loadOob = c(() => { const o = good(); return new WebAssembly.Instance(m, o).exports.load(65534); });
  out.describe = c(() => [WebAssembly.Module.imports(m), WebAssembly.Module.exports(m).map((e) => e.kind + ":" + e.name)]);
  out.describeBad = c(() => WebAssembly.Module.imports({}));
  out.describeBad2 = c(() => WebAssembly.Module.customSections(m));
  out.instNotModule = c(() => new WebAssembly.Instance({}));
  out.instNoNew = c(() => WebAssembly.Instance(m, good()));
  out.instantiateBad = await (async () => { try { await WebAssembly.instantiate(5); } catch (e) { return [e?.constructor?.name, e?.message]; } })();
  out.instantiateBytes = await (async () => { try { await WebAssembly.instantiate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); return "ok"; } catch (e) { return [e?.constructor?.name, e?.message]; } })();
  out.compileBytes = await (async () => { try { await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); return "ok"; } catch (e) { return [e?.constructor?.name, e?.message]; } })();
  out.newModuleBytes = c(() => { new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])); return "ok"; });
  out.newModuleGarbage = c(() => { new WebAssembly.Module(new Uint8Array([1, 2, 3])); return "ok"; });
  out.validate = c(() => [WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])), WebAssembly.validate(new Uint8Array([1, 2]))]);
  out.validateBad = c(() => WebAssembly.validate("x"));
`),
  wasmCase("nodewasm21-wasm-values-e", "wasm: exported function argument and result conversions, globals, tables, memories from JS", { plain: wasm("plain", plainWat) }, `
  const e = new WebAssembly.Instance(plain).exports;
  out.fnShape = c(() => [e.add.name, e.add.length, e.add64.length, typeof e.add, Object.getPrototypeOf(e.add) === Function.prototype, e.add === e.add, String(e.add).replace(/\\s+/g, " ")]);
  out.addConv = c(() => [e.add(1), e.add("3", "4"), e.add(2 ** 31, 0), e.add(1.9, -1.9), e.add(null, true), e.add({ valueOf: () => 5 }, [])]);
  out.addBig = c(() => e.add(1n, 2));
  out.addSym = c(() => e.add(Symbol("s"), 2));
  out.add64 = c(() => [String(e.add64(1n, 2n)), String(e.add64(2n ** 63n, 0n)), String(e.add64(-1n, "5")), String(e.add64(true, false))]);
  out.add64Num = c(() => e.add64(1, 2n));
  out.add64Undef = c(() => e.add64());
  out.add64Str = c(() => e.add64("x", 1n));
  out.floats = c(() => [e.fdemo(0.1, 0), e.fdemo(NaN, 1), e.fdemo("1e40", 0), e.fdemo(undefined, 1)]);
  out.two = c(() => { const r = e.two(); return [Array.isArray(r), r[0], String(r[1])]; });
  out.rec = c(() => e.rec(0));
  out.unr = c(() => e.unr());
  out.unrShape = c(() => { try { e.unr(); } catch (x) { return [x instanceof WebAssembly.RuntimeError, x instanceof Error, x.name, Object.prototype.toString.call(x), Object.keys(x), typeof x.stack]; } });
  out.callInd = c(() => [e.callInd(0)]);
  out.callIndNull = c(() => e.callInd(1));
  out.callIndOob = c(() => e.callInd(9));
  out.ext = c(() => { const o = {}; return [e.ext(o) === o, e.ext(undefined) === undefined, e.ext(null), e.ext(5)]; });
  out.globals = c(() => [e.gi.value, e.gi.valueOf(), e.gmut.value, String(e.g64.value), e.gi instanceof WebAssembly.Global, Object.prototype.toString.call(e.gi)]);
  out.setImm = c(() => { e.gi.value = 3; });
  out.setMut = c(() => { e.gmut.value = 0.1; e.g64.value = 2n ** 64n + 5n; return [e.gmut.value, String(e.g64.value)]; });
  out.setMutBad = c(() => { e.g64.value = 5; });
  out.setMutBad2 = c(() => { e.gmut.value = 5n; });
  out.newGlobal = c(() => [new WebAssembly.Global({ value: "i32" }).value, String(new WebAssembly.Global({ value: "i64" }).value), new WebAssembly.Global({ value: "f64", mutable: true }, "2.5").value, new WebAssembly.Global({ value: "externref" }).value ?? "undef", new WebAssembly.Global({ value: "anyfunc" }).value]);
  out.newGlobalBad = c(() => new WebAssembly.Global({ value: "i128" }));
  out.newGlobalBad2 = c(() => new WebAssembly.Global({}));
  out.newGlobalBad3 = c(() => new WebAssembly.Global({ value: "i64" }, 1));
  out.newGlobalBad4 = c(() => new WebAssembly.Global({ value: "anyfunc" }, () => {}));
  out.newGlobalBad5 = c(() => WebAssembly.Global({ value: "i32" }));
  out.table = c(() => [e.tbl.length, e.tbl.get(0) === e.add, e.tbl.get(1), e.tbl.grow(2), e.tbl.length, e.tbl.grow(0, e.add), e.tbl.get(2)]);
  out.tableGetBad = c(() => e.tbl.get(99));
  out.tableSetBad = c(() => e.tbl.set(0, () => 1));
  out.tableSetBad2 = c(() => e.tbl.set(99, null));
  out.tableGrowBad = c(() => e.tbl.grow(100));
  out.tableNew = c(() => { const t = new WebAssembly.Table({ element: "externref", initial: 2 }, "init"); t.set(1, 7); return [t.get(0), t.get(1), t.length, t.grow(1, "g"), t.get(2)]; });
  out.tableNewBad = c(() => new WebAssembly.Table({ element: "i32", initial: 1 }));
  out.tableNewBad2 = c(() => new WebAssembly.Table({ element: "anyfunc", initial: 2, maximum: 1 }));
  out.tableNewBad3 = c(() => new WebAssembly.Table({ element: "anyfunc" }));
  out.tableNewBad4 = c(() => new WebAssembly.Table({ element: "anyfunc", initial: 10000001 }));
  out.mem = c(() => { const b1 = e.memory.buffer; const r = e.memory.grow(1); return [r, b1.byteLength, e.memory.buffer.byteLength, b1 === e.memory.buffer, e.memory.grow(0), Object.isFrozen(e.memory.buffer), e.memory.buffer.resizable ?? null]; });
  out.memGrowBad = c(() => e.memory.grow(5));
  out.memGrowBad2 = c(() => e.memory.grow(-1));
  out.memNewBad = c(() => new WebAssembly.Memory({ initial: 2, maximum: 1 }));
  out.memNewBad2 = c(() => new WebAssembly.Memory({}));
  out.memNewBad3 = c(() => new WebAssembly.Memory({ initial: 65537 }));
  out.memNewBad4 = c(() => new WebAssembly.Memory({ initial: 1, maximum: 65537 }));
  out.memNewBad5 = c(() => new WebAssembly.Memory());
  out.memNew = c(() => { const mm = new WebAssembly.Memory({ initial: 0, maximum: 2 }); return [mm.buffer.byteLength, mm.grow(2), mm.buffer.byteLength, Object.prototype.toString.call(mm), String(mm)]; });
  out.memBufDetach = c(() => { const mm = new WebAssembly.Memory({ initial: 1 }); return mm.buffer.transfer(); });
  out.toStringTags = c(() => [String(WebAssembly), Object.prototype.toString.call(plain), Object.prototype.toString.call(new WebAssembly.Instance(plain)), Object.prototype.toString.call(e), Object.getPrototypeOf(e), Object.isFrozen(e), Object.isExtensible(e)]);
`),
];
const round5 = [
  nodeCase("nodewasm21-crypto-keyinputs-f", "crypto: what createPublicKey/createPrivateKey/publicEncrypt/privateDecrypt accept as keys: key objects, option objects around them, JWKs missing members, formats and types", `import crypto from "node:crypto";`, `
  const { privateKey, publicKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 1024 });
  const ec = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
  const ed = crypto.generateKeyPairSync("ed25519");
  const secret = crypto.createSecretKey(Buffer.alloc(16, 1));
  const pubPem = publicKey.export({ type: "spki", format: "pem" });
  const privPem = privateKey.export({ type: "pkcs8", format: "pem" });
  const kinds = (k) => k?.type + ":" + k?.asymmetricKeyType;
  out.privFromPriv = c(() => kinds(crypto.createPrivateKey(privateKey)));
  out.privFromPub = c(() => kinds(crypto.createPrivateKey(publicKey)));
  out.privFromSecret = c(() => kinds(crypto.createPrivateKey(secret)));
  out.pubFromPub = c(() => kinds(crypto.createPublicKey(publicKey)));
  out.pubFromPriv = c(() => kinds(crypto.createPublicKey(privateKey)));
  out.pubFromSecret = c(() => kinds(crypto.createPublicKey(secret)));
  out.pubWrapped = c(() => kinds(crypto.createPublicKey({ key: publicKey })));
  out.privWrapped = c(() => kinds(crypto.createPrivateKey({ key: privateKey, format: "pem" })));
  out.pubNull = c(() => crypto.createPublicKey(null));
  out.pubUndef = c(() => crypto.createPublicKey());
  out.pubNum = c(() => crypto.createPublicKey(5));
  out.pubNoKey = c(() => crypto.createPublicKey({ format: "pem" }));
  out.pubKeyNum = c(() => crypto.createPublicKey({ key: 5 }));
  out.pubFormatBad = c(() => crypto.createPublicKey({ key: pubPem, format: "xyz" }));
  out.pubFormatJwkStr = c(() => crypto.createPublicKey({ key: pubPem, format: "jwk" }));
  out.pubTypeBad = c(() => crypto.createPublicKey({ key: pubPem, type: "pkcs8" }));
  out.privTypeBad = c(() => crypto.createPrivateKey({ key: privPem, type: "spki" }));
  out.pubFromPrivPem = c(() => kinds(crypto.createPublicKey(privPem)));
  out.pubJwkNoFormat = c(() => kinds(crypto.createPublicKey({ key: publicKey.export({ format: "jwk" }) })));
  out.pubJwkFormatPem = c(() => kinds(crypto.createPublicKey({ key: publicKey.export({ format: "jwk" }), format: "pem" })));
  out.jwkRsaNoE = c(() => crypto.createPublicKey({ key: { kty: "RSA", n: "AQAB" }, format: "jwk" }));
  out.jwkRsaPrivNoD = c(() => crypto.createPrivateKey({ key: publicKey.export({ format: "jwk" }), format: "jwk" }));
  out.jwkRsaPrivNoQi = c(() => { const j = privateKey.export({ format: "jwk" }); delete j.qi; return crypto.createPrivateKey({ key: j, format: "jwk" }); });
  out.jwkEcNoCrv = c(() => crypto.createPublicKey({ key: { kty: "EC", x: "AA", y: "AA" }, format: "jwk" }));
  out.jwkEcNoY = c(() => { const j = ec.publicKey.export({ format: "jwk" }); delete j.y; return crypto.createPublicKey({ key: j, format: "jwk" }); });
  out.jwkEcPrivNoD = c(() => crypto.createPrivateKey({ key: ec.publicKey.export({ format: "jwk" }), format: "jwk" }));
  out.jwkEcOk = c(() => [kinds(crypto.createPublicKey({ key: ec.publicKey.export({ format: "jwk" }), format: "jwk" })), kinds(crypto.createPrivateKey({ key: ec.privateKey.export({ format: "jwk" }), format: "jwk" }))]);
  out.jwkOkpNoX = c(() => crypto.createPublicKey({ key: { kty: "OKP", crv: "Ed25519" }, format: "jwk" }));
  out.jwkOkpNoCrv = c(() => crypto.createPublicKey({ key: { kty: "OKP", x: "AA" }, format: "jwk" }));
  out.jwkOkpPrivNoD = c(() => crypto.createPrivateKey({ key: ed.publicKey.export({ format: "jwk" }), format: "jwk" }));
  out.jwkOkpOk = c(() => [kinds(crypto.createPublicKey({ key: ed.publicKey.export({ format: "jwk" }), format: "jwk" })), kinds(crypto.createPrivateKey({ key: ed.privateKey.export({ format: "jwk" }), format: "jwk" }))]);
  out.jwkOct = c(() => crypto.createPublicKey({ key: { kty: "oct", k: "AA" }, format: "jwk" }));
  out.encPrivObj = c(() => crypto.publicEncrypt(privateKey, Buffer.from("x")));
  out.encSecret = c(() => crypto.publicEncrypt(secret, Buffer.from("x")));
  out.encPem = c(() => crypto.privateDecrypt(privPem, crypto.publicEncrypt(pubPem, Buffer.from("pem-rt"))).toString());
  out.encPrivPem = c(() => crypto.publicEncrypt(privPem, Buffer.from("x")).length);
  out.decPubObj = c(() => crypto.privateDecrypt(publicKey, Buffer.alloc(128)));
  out.encNoKey = c(() => crypto.publicEncrypt(undefined, Buffer.from("x")));
  out.encNoBuf = c(() => crypto.publicEncrypt(publicKey));
  out.decNoKey = c(() => crypto.privateDecrypt(undefined, Buffer.from("x")));
  out.privEncPubObj = c(() => crypto.privateEncrypt(publicKey, Buffer.from("x")));
  out.pubDecPrivObj = c(() => crypto.publicDecrypt(privateKey, Buffer.alloc(128)));
  out.signRoundtrip = c(() => { const s = crypto.privateEncrypt(privateKey, Buffer.from("sig")); return crypto.publicDecrypt(publicKey, s).toString(); });
  out.signWrapped = c(() => crypto.sign("sha256", Buffer.from("d"), { key: privateKey }));
  out.signCreateWrapped = c(() => crypto.createSign("sha256").update("d").sign({ key: privateKey }));
  out.verifyWrapped = c(() => crypto.verify("sha256", Buffer.from("d"), { key: publicKey }, Buffer.alloc(128)));
  out.verifyCreateWrapped = c(() => crypto.createVerify("sha256").update("d").verify({ key: publicKey }, Buffer.alloc(128)));
  out.verifyWithPriv = c(() => { const s = crypto.sign("sha256", Buffer.from("d"), privateKey); return [crypto.verify("sha256", Buffer.from("d"), privateKey, s), crypto.createVerify("sha256").update("d").verify(privateKey, s)]; });
  out.verifySecret = c(() => crypto.verify("sha256", Buffer.from("d"), secret, Buffer.alloc(4)));
  out.signSecret = c(() => crypto.createSign("sha256").update("d").sign(secret));
  out.exportCipherNoPass = c(() => privateKey.export({ type: "pkcs8", format: "pem", cipher: "aes-256-cbc" }));
  out.exportCipherNum = c(() => privateKey.export({ type: "pkcs8", format: "pem", cipher: 5, passphrase: "p" }));
  out.exportPubCipher = c(() => publicKey.export({ type: "spki", format: "pem", cipher: "aes-256-cbc" }).split("\\n")[0]);
  out.exportFormatNum = c(() => publicKey.export({ type: "spki", format: 5 }));
  out.exportTypeNum = c(() => publicKey.export({ type: 5, format: "pem" }));
  out.exportNoType = c(() => publicKey.export({ format: "der" }));
  out.exportNull = c(() => publicKey.export(null));
`),
  nodeCase("nodewasm21-events-warnings-g", "events: the MaxListenersExceededWarning that process v2 emits", `import { EventEmitter } from "node:events"; import process from "node:process";`, `
  out.maxWarn = await a(async () => { const seen = []; const h = (w) => seen.push([w.name, w.message, w.emitter === ee, w.type, w.count]); process.on("warning", h); var ee = new EventEmitter(); ee.setMaxListeners(1); ee.on("foo", () => {}); ee.on("foo", () => {}); ee.on("foo", () => {}); await new Promise((r) => setTimeout(r, 5)); process.off("warning", h); return seen; });
  out.maxWarnSym = await a(async () => { const seen = []; const h = (w) => seen.push(w.message); process.on("warning", h); const ee = new EventEmitter(); ee.setMaxListeners(1); const s = Symbol("sy"); ee.on(s, () => {}); ee.on(s, () => {}); await new Promise((r) => setTimeout(r, 5)); process.off("warning", h); return seen; });
  out.maxWarnET = await a(async () => { const seen = []; const h = (w) => seen.push([w.name, w.message]); process.on("warning", h); const t = new EventTarget(); for (let i = 0; i < 12; i++) t.addEventListener("z", () => {}); await new Promise((r) => setTimeout(r, 5)); process.off("warning", h); return seen; });
  out.emitWarning = await a(async () => { const seen = []; const h = (w) => seen.push([w.name, w.message, w.code ?? null, w.detail ?? null]); process.on("warning", h); process.emitWarning("w1"); process.emitWarning("w2", "CustomWarning", "C01"); process.emitWarning("w3", { type: "T", code: "X", detail: "more" }); process.emitWarning(new Error("as-error")); await new Promise((r) => setTimeout(r, 5)); process.off("warning", h); return seen; });
  out.emitWarningBad = c(() => process.emitWarning(5));
  out.emitWarningDep = await a(async () => { const seen = []; const h = (w) => seen.push([w.name, w.message]); process.on("warning", h); process.emitWarning("d1", "DeprecationWarning"); await new Promise((r) => setTimeout(r, 5)); process.off("warning", h); return seen; });
`, { flags: ["nodejs_compat", "enable_nodejs_process_v2"] }),
];
const round6 = [
  hrCase("nodewasm21-html-lib-usage-h", "html-rewriter: what real projects do: rewrite links, inject scripts, strip elements, collect text across chunks, async handlers with fetch-like awaits, errors thrown from handlers", `
    const stream = (parts) => new ReadableStream({ start(c) { for (const p of parts) c.enqueue(new TextEncoder().encode(p)); c.close(); } });
    const rws = async (parts, build, init = { headers: { "content-type": "text/html; charset=utf-8" } }) => { try { return await build(new HTMLRewriter()).transform(new Response(stream(parts), init)).text(); } catch (e) { return { error: [e?.name, e?.message] }; } };
    out.links = await rw('<a href="/x">1</a><a href="https://e.com/y?q=1&amp;r=2">2</a><a>3</a><link rel=stylesheet href=s.css>', (h) => h.on("a[href], link[href]", { element(e) { const u = new URL(e.getAttribute("href"), "https://base.test/dir/"); e.setAttribute("href", u.href); e.setAttribute("data-orig", e.getAttribute("href").length); } }));
    out.inject = await rw("<html><head><title>t</title></head><body><p>x</p></body></html>", (h) => h.on("head", { element(e) { e.prepend('<meta charset="utf-8">', { html: true }); e.append("<script>window.a=1<\/script>", { html: true }); } }).on("body", { element(e) { e.append("<!-- end -->", { html: true }); e.onEndTag((t) => { t.before("<footer>f</footer>", { html: true }); }); } }));
    out.strip = await rw("<div><script>evil()<\/script><p>keep <b>bold</b></p><style>.a{}</style><iframe src=x></iframe></div>", (h) => h.on("script, style, iframe", { element(e) { e.remove(); } }).on("b", { element(e) { e.removeAndKeepContent(); } }));
    out.textChunks = await rws(["<p>hel", "lo wor", "ld</p><p>", "two</p>"], (h) => { const seen = []; return h.on("p", { text(t) { seen.push([t.text, t.lastInTextNode]); if (t.lastInTextNode) t.after("[" + seen.length + "]"); } }).onDocument({ end(end) { end.append(JSON.stringify(seen)); } }); });
    out.asyncEl = await rws(["<ul><li>a</li>", "<li>b</li></ul>"], (h) => h.on("li", { async element(e) { await new Promise((r) => setTimeout(r, 1)); e.setAttribute("data-t", "1"); await null; e.prepend("*"); } }));
    out.asyncText = await rws(["<p>abc</p>"], (h) => h.on("p", { async text(t) { await Promise.resolve(); if (t.text) t.replace(t.text.toUpperCase()); } }));
    out.throwSync = await rws(["<p>a</p>"], (h) => h.on("p", { element() { throw new RangeError("sync-boom"); } }));
    out.throwAsync = await rws(["<p>a</p>"], (h) => h.on("p", { async element() { await null; throw new TypeError("async-boom"); } }));
    out.throwText = await rws(["<p>a</p>"], (h) => h.on("p", { text() { throw "str-thrown"; } }));
    out.throwEnd = await rws(["<p>a</p>"], (h) => h.onDocument({ end() { throw new Error("end-boom"); } }));
    out.throwEndTag = await rws(["<p>a</p>"], (h) => h.on("p", { element(e) { e.onEndTag(() => { throw new Error("endtag-boom"); }); } }));
    out.throwComment = await rws(["<!--c--><p>a</p>"], (h) => h.onDocument({ comments() { throw new Error("comment-boom"); } }));
    out.status = await (async () => { const r = new HTMLRewriter().on("p", { element(e) { e.setInnerContent("z"); } }).transform(new Response("<p>a</p>", { status: 404, statusText: "Nope", headers: { "x-h": "1", "content-length": "8", "content-type": "text/html" } })); return [r.status, r.statusText, r.headers.get("x-h"), r.headers.get("content-length"), await r.text()]; })();
    out.nullBody = await (async () => { const r = new HTMLRewriter().on("p", { element() {} }).transform(new Response(null, { status: 204 })); return [r.status, r.body === null, await r.text()]; })();
    out.fetchLike = await (async () => { const r = new HTMLRewriter().on("title", { element(e) { e.setInnerContent("New & <Title>"); } }).transform(new Response("<title>old</title>", { headers: { "content-type": "text/html" } })); return [await r.text(), r.bodyUsed, r.headers.get("content-type")]; })();
    out.reuse = await (async () => { const h = new HTMLRewriter().on("p", { element(e) { e.setAttribute("x", "1"); } }); const a = await h.transform(new Response("<p>1</p>")).text(); const b = await h.transform(new Response("<p>2</p>")).text(); return [a, b]; })();
    out.bodyUsedBefore = await (async () => { const res = new Response("<p>1</p>"); await res.text(); try { new HTMLRewriter().transform(res); return "ok"; } catch (e) { return [e.name, e.message]; } })();
    out.selectorAfterTransform = await (async () => { const h = new HTMLRewriter(); h.transform(new Response("<p>1</p>")); try { h.on("p", {}); return "ok"; } catch (e) { return [e.name, e.message]; } })();
    out.endTagName = await rw("<div><span>a</span></div>", (h) => h.on("span", { element(e) { e.onEndTag((t) => { t.name = "em"; }); e.tagName = "em"; } }));
    out.attrs = await rw('<input disabled value="a&quot;b" data-x=\\'q\\'>', (h) => h.on("input", { element(e) { const list = [...e.attributes]; e.setAttribute("value", 'c"d<e>'); e.removeAttribute("disabled"); e.setAttribute("new", ""); e.before(JSON.stringify(list)); } }));
    out.emptyDoc = await rw("", (h) => h.onDocument({ end(e) { e.append("appended"); } }));
    out.docText = await rw("plain <b>x</b> tail", (h) => { const seen = []; return h.onDocument({ text(t) { seen.push(t.text); }, end(e) { e.append("|" + JSON.stringify(seen)); } }); });
`),
];
const round7 = [
  nodeCase("nodewasm21-util-lib-i", "util: promisify/callbackify/inherits/deprecate/types/isDeepStrictEqual/parseArgs/MIMEType edges libraries hit", `import util from "node:util"; import { types } from "node:util";`, `
  out.promisifyCustom = await a(async () => { function f(cb) { cb(null, 1); } f[util.promisify.custom] = () => Promise.resolve("custom"); const p = util.promisify(f); return [await p(), p === f[util.promisify.custom], util.promisify(p) === p]; });
  out.promisifyBad = c(() => util.promisify(5));
  out.promisifyErr = await a(async () => util.promisify((cb) => cb(new RangeError("pe")))());
  out.promisifyMulti = await a(async () => util.promisify((a, cb) => cb(null, a, "second"))("first"));
  out.promisifyThrows = await a(async () => util.promisify(() => { throw new Error("sync-throw"); })());
  out.promisifyFalsy = await a(async () => util.promisify((cb) => cb(0, "v"))());
  out.callbackify = await a(() => new Promise((res) => util.callbackify(async (x) => x + 1)(1, (e, v) => res([e, v]))));
  out.callbackifyNull = await a(() => new Promise((res) => util.callbackify(() => Promise.reject(null))((e) => res([e.name, e.code, e.message, e.reason]))));
  out.callbackifyBad = c(() => util.callbackify("x"));
  out.callbackifyNoCb = c(() => util.callbackify(async () => 1)());
  out.inherits = c(() => { function A() {} function B() {} util.inherits(B, A); return [Object.getPrototypeOf(B.prototype) === A.prototype, B.super_ === A, Object.getPrototypeOf(B) === Function.prototype]; });
  out.inheritsBad = c(() => util.inherits(function () {}, null));
  out.inheritsBad2 = c(() => util.inherits(null, function () {}));
  out.inheritsBad3 = c(() => util.inherits(function () {}, Object.assign(function () {}, { prototype: undefined })));
  out.deprecate = c(() => { const f = util.deprecate(function orig(x) { return x * 2; }, "msg", "DEP0"); return [f(2), f.name, typeof f]; });
  out.deprecateBad = c(() => util.deprecate("x", "m"));
  out.deprecateCode = c(() => util.deprecate(() => {}, "m", 5));
  out.types = c(() => [types.isPromise(Promise.resolve()), types.isPromise({ then() {} }), types.isAsyncFunction(async () => {}), types.isGeneratorFunction(function* () {}), types.isGeneratorObject((function* () {})()), types.isDate(new Date()), types.isRegExp(/a/), types.isMap(new Map()), types.isSetIterator(new Set().values()), types.isMapIterator(new Map().keys()), types.isTypedArray(Buffer.alloc(1)), types.isUint8Array(Buffer.alloc(1)), types.isArrayBuffer(new SharedArrayBuffer(1)), types.isAnyArrayBuffer(new SharedArrayBuffer(1)), types.isSharedArrayBuffer(new SharedArrayBuffer(1)), types.isBoxedPrimitive(Object(1n)), types.isNumberObject(Object(1)), types.isSymbolObject(Object(Symbol())), types.isNativeError(new (class extends Error {})()), types.isNativeError({ name: "Error", message: "" }), types.isProxy(new Proxy({}, {})), types.isExternal({}), types.isWeakMap(new WeakMap()), types.isArgumentsObject((function () { return arguments; })()), types.isModuleNamespaceObject(util), types.isDataView(new DataView(new ArrayBuffer(1))), types.isBigInt64Array(new BigInt64Array(1)), types.isFloat32Array(new Float64Array(1))]);
  out.typesCrypto = c(() => [typeof types.isKeyObject, typeof types.isCryptoKey, types.isKeyObject?.({}) ?? null, types.isCryptoKey?.({}) ?? null]);
  out.deepEq = c(() => [util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0), util.isDeepStrictEqual([1, , 3], [1, undefined, 3]), util.isDeepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 1 }])), util.isDeepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])), util.isDeepStrictEqual({ a: 1 }, Object.assign(Object.create(null), { a: 1 })), util.isDeepStrictEqual(new Date(0), new Date(0)), util.isDeepStrictEqual(Object(1), Object(1)), util.isDeepStrictEqual(Object(1), 1), util.isDeepStrictEqual(new Error("a"), new Error("a")), util.isDeepStrictEqual(new Error("a"), new TypeError("a")), util.isDeepStrictEqual(/a/g, /a/i), util.isDeepStrictEqual(Buffer.from("a"), new Uint8Array([97])), util.isDeepStrictEqual({ [Symbol.for("s")]: 1 }, {}), util.isDeepStrictEqual([1, 2], { 0: 1, 1: 2, length: 2 }), util.isDeepStrictEqual(new Uint8Array([1]), new Int8Array([1])), util.isDeepStrictEqual(new WeakMap(), new WeakMap()), util.isDeepStrictEqual(Promise.resolve(), Promise.resolve())]);
  out.mime = c(() => { const m = new util.MIMEType('Text/HTML; Charset="utf-8"; q=1'); m.params.set("x", "a b"); return [m.essence, m.type, m.subtype, m.params.get("charset"), String(m), [...m.params.keys()], m.toJSON()]; });
  out.mimeBad = c(() => new util.MIMEType("nosubtype"));
  out.mimeBad2 = c(() => new util.MIMEType("text/ht ml"));
  out.mimeSetBad = c(() => { const m = new util.MIMEType("text/plain"); m.type = "te xt"; return String(m); });
  out.mimeSubBad = c(() => { const m = new util.MIMEType("text/plain"); m.subtype = "a/b"; return String(m); });
  out.mimeSetOk = c(() => { const m = new util.MIMEType("text/plain"); m.type = "IMAGE"; m.subtype = "PNG"; return String(m); });
  out.parseArgs = c(() => util.parseArgs({ args: ["-f", "--bar=b", "pos", "--no-color"], options: { f: { type: "boolean", short: "f" }, bar: { type: "string" }, color: { type: "boolean" } }, allowPositionals: true, allowNegative: true }));
  out.parseArgsBad = c(() => util.parseArgs({ args: ["--zzz"], options: {} }));
  out.parseArgsBad2 = c(() => util.parseArgs({ args: ["pos"], options: {} }));
  out.parseArgsBad3 = c(() => util.parseArgs({ args: ["--bar"], options: { bar: { type: "string" } } }));
  out.styleText = c(() => [util.styleText("red", "x"), util.styleText(["bold", "underline"], "y"), util.styleText("red", "z", { validateStream: false })]);
  out.styleTextBad = c(() => util.styleText("red", 5));
  out.strip = c(() => [util.stripVTControlCharacters("\\u001b[31mred\\u001b[0m"), util.toUSVString("a\\ud800b"), util.getSystemErrorName(-2), util.getSystemErrorName(-13)]);
  out.sysErrBad = c(() => util.getSystemErrorName(2));
  out.sysErrBad2 = c(() => util.getSystemErrorName("x"));
  out.aborted = await a(async () => { const ac = new AbortController(); const p = util.aborted(ac.signal, {}); ac.abort(); return await p; });
  out.abortedBad = await a(async () => util.aborted({}, {}));
  out.debuglog = c(() => { const d = util.debuglog("mysect"); d("x %s", 1); return [typeof d, d.enabled, typeof util.debug]; });
  out.legacy = c(() => [typeof util.isArray, util.isArray?.([]) ?? null, typeof util.isBuffer, typeof util.isError, typeof util.log, typeof util._extend, util._extend?.({ a: 1 }, { b: 2 }) ?? null]);
  out.textCodec = c(() => [util.TextEncoder === globalThis.TextEncoder, util.TextDecoder === globalThis.TextDecoder, typeof util.transferableAbortSignal, typeof util.transferableAbortController]);
  out.formatWithOptions = c(() => [util.formatWithOptions({ colors: true }, "%s %o", "a", [1]), util.formatWithOptions({ depth: 0 }, { a: { b: 1 } })]);
  out.formatWithOptionsBad = c(() => util.formatWithOptions(null, "x"));
  out.inspectCustom = c(() => { const o = { [util.inspect.custom](depth, opts, insp) { return { depth, stylize: typeof opts.stylize, same: insp === util.inspect, colors: opts.colors }; } }; return [util.inspect(o), util.inspect({ nested: o }, { depth: 5 }), util.format("%s|%o|%j", o, o, o)]; });
  out.inspectCustomStr = c(() => util.inspect({ a: { [util.inspect.custom]() { return "CUSTOM"; } }, b: { [Symbol.for("nodejs.util.inspect.custom")]() { return 5; } } }));
`),
  nodeCase("nodewasm21-buffer-strings-j", "buffer/string_decoder/url/path/querystring: encodings split across chunks, legacy url.parse, path edge inputs, qs options", `import { StringDecoder } from "node:string_decoder"; import url from "node:url"; import path from "node:path"; import qs from "node:querystring"; import * as bufmod from "node:buffer";`, `
  out.sd = c(() => { const d = new StringDecoder("utf8"); const e = Buffer.from("€😀"); return [d.write(e.subarray(0, 1)), d.write(e.subarray(1, 4)), d.write(e.subarray(4, 5)), d.end(e.subarray(5, 6)), d.end()]; });
  out.sdB64 = c(() => { const d = new StringDecoder("base64"); return [d.write(Buffer.from("ab")), d.write(Buffer.from("c")), d.write(Buffer.from("d")), d.end()]; });
  out.sdHex = c(() => { const d = new StringDecoder("hex"); return [d.write(Buffer.from([1, 255])), d.end(Buffer.from([16]))]; });
  out.sd16 = c(() => { const d = new StringDecoder("utf16le"); const e = Buffer.from("a😀", "utf16le"); return [d.write(e.subarray(0, 3)), d.write(e.subarray(3, 5)), d.end(e.subarray(5))]; });
  out.sd16b = c(() => { const e = Buffer.from("x😀y€", "utf16le"); const out = []; for (const cut of [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]) { const d = new StringDecoder("utf16le"); for (let i = 0; i < e.length; i++) out.push(d.write(e.subarray(i, i + 1))); out.push(d.end()); } return out; });
  out.sd16c = c(() => { const e = Buffer.from("😀😀", "utf16le"); const d = new StringDecoder("utf16le"); return [d.write(e.subarray(0, 2)), d.write(e.subarray(2, 5)), d.write(e.subarray(5, 7)), d.end(e.subarray(7))]; });
  out.sd16d = c(() => { const d = new StringDecoder("utf16le"); return [d.write(Buffer.from([0x3d])), d.end(), d.write(Buffer.from([0x3d, 0xd8])), d.end()]; });
  out.sdBad = c(() => new StringDecoder("nope"));
  out.sdWriteBad = c(() => new StringDecoder().write("str"));
  out.sdWriteBad2 = c(() => new StringDecoder().write(5));
  out.sdProps = c(() => { const d = new StringDecoder("latin1"); return [d.encoding, d.lastNeed ?? null, d.lastTotal ?? null, new StringDecoder().encoding, new StringDecoder("UCS-2").encoding, new StringDecoder("binary").encoding]; });
  out.sdInvalid = c(() => { const d = new StringDecoder("utf8"); return [d.write(Buffer.from([0xe2, 0x28, 0xa1])), d.write(Buffer.from([0xf0, 0x9f])), d.end()]; });
  out.urlParse = c(() => { const u = url.parse("HTTP://user:pa%20ss@Example.COM:8080/p/a/t/h?query=string&a=1#hash", true); return [u.protocol, u.auth, u.host, u.hostname, u.port, u.pathname, u.search, u.query, u.hash, u.href, u.slashes, u.path]; });
  out.urlParseOdd = c(() => [url.parse("//host/p").host, url.parse("//host/p", false, true).host, url.parse("/rel?x=1").pathname, url.parse("mailto:a@b.c").href, url.parse("javascript:alert(1)").protocol, url.parse("http://a b.com/").hostname, url.parse("http://[::1]:3000/x").hostname, url.parse("http://x.com/a b?c d#e f").href, url.parse("HtTp://X.com").href, url.parse("file:///C:/x").pathname]);
  out.urlParseBad = c(() => url.parse(5));
  out.urlFormat = c(() => [url.format({ protocol: "https", hostname: "a.com", pathname: "/x", query: { a: [1, 2], b: "c d" } }), url.format({ host: "a.com:80", search: "q=1", hash: "h" }), url.format(new URL("http://u:p@a.com/x?y#z"), { auth: false, search: false, fragment: false }), url.format("http://a.com/x"), url.format({ protocol: "mailto", auth: "x", hostname: "y.z" })]);
  out.urlFormatBad = c(() => url.format(5));
  out.urlResolve = c(() => [url.resolve("/one/two/three", "four"), url.resolve("http://example.com/", "/one"), url.resolve("http://example.com/one", "two"), url.resolve("http://a.com/b/c", "../d"), url.resolve("http://a.com/b", "//c.com/x"), url.resolve("http://a.com/b?x=1", "?y=2"), url.resolve("http://a.com/b", "#f")]);
  out.fileUrl = c(() => [url.fileURLToPath("file:///a/b%20c"), url.pathToFileURL("/a/b c#?%").href, url.fileURLToPath(new URL("file:///x/y"))]);
  out.fileUrlBad = c(() => url.fileURLToPath("http://a.com/x"));
  out.fileUrlBad2 = c(() => url.fileURLToPath("file://host/x"));
  out.fileUrlBad3 = c(() => url.fileURLToPath("file:///a%2Fb"));
  out.fileUrlBad4 = c(() => url.fileURLToPath(5));
  out.httpOpts = c(() => url.urlToHttpOptions(new URL("https://u:p@a.com:444/x?y=1#z")));
  out.domain = c(() => [url.domainToASCII("español.com"), url.domainToASCII("xn--iñvalid.com"), url.domainToUnicode("xn--espaol-zwa.com"), url.domainToUnicode("xn--ls8h.la")]);
  out.path = c(() => [path.join("a", "", "..", "b/", "./c"), path.join(), path.resolve("/a/b", "../c", "./d"), path.relative("/a/b/c", "/a/d"), path.relative("/a", "/a"), path.normalize("a//b/../c/."), path.normalize(""), path.dirname("/a/b/"), path.dirname("a"), path.basename("/a/b.txt", ".txt"), path.basename("/a/b.txt", "b.txt"), path.basename("a/"), path.extname(".bashrc"), path.extname("a.b.c"), path.extname("a."), path.isAbsolute("./a"), path.sep, path.delimiter, path.parse("/home/u/f.tar.gz"), path.format({ dir: "/x", name: "n", ext: "e" }), path.format({ root: "/", base: "b" })]);
  out.pathWin = c(() => [path.win32.join("C:\\\\a", "..", "b"), path.win32.resolve("C:\\\\a", "d:b"), path.win32.parse("C:\\\\x\\\\y.txt"), path.win32.isAbsolute("C:"), path.win32.normalize("//server/share/x/../y"), path.win32.relative("C:\\\\a\\\\b", "C:\\\\a\\\\c"), path.win32.basename("C:\\\\a\\\\b.js", ".js"), path.posix === path, path.win32.sep]);
  out.pathBad = c(() => path.join("a", 5));
  out.pathBad2 = c(() => path.basename("a", 5));
  out.pathBad3 = c(() => path.format("x"));
  out.qs = c(() => [qs.parse("a=1&a=2&b=%20c&d&=e&f=g=h&%ZZ=1"), qs.parse("a:1;b:2", ";", ":"), qs.parse("a=1&b=2&c=3", null, null, { maxKeys: 2 }), qs.parse("a=%E4", null, null, { decodeURIComponent: (s) => s.toUpperCase() }), qs.stringify({ a: [1, 2], b: "c d", c: null, d: undefined, e: { x: 1 }, f: true, g: 1n, h: NaN }), qs.stringify({ a: 1 }, ";", ":"), qs.stringify({ "k y": "v&" }, null, null, { encodeURIComponent: (s) => s }), qs.escape("a b&/ü"), qs.unescape("%zz%41+"), qs.stringify("str"), qs.encode === qs.stringify, qs.decode === qs.parse]);
  out.bufmod = c(() => [bufmod.kMaxLength, bufmod.constants.MAX_LENGTH, bufmod.constants.MAX_STRING_LENGTH, bufmod.INSPECT_MAX_BYTES, typeof bufmod.SlowBuffer, bufmod.isUtf8(Buffer.from([0xc3, 0x28])), bufmod.isAscii(Buffer.from("abc")), bufmod.transcode(Buffer.from("€"), "utf8", "utf16le").toString("hex"), bufmod.atob("aGk="), bufmod.btoa("hi"), typeof bufmod.resolveObjectURL, bufmod.Blob === globalThis.Blob, bufmod.File === globalThis.File]);
  out.transcodeBad = c(() => bufmod.transcode(Buffer.from("a"), "utf8", "hex"));
  out.isUtf8Bad = c(() => bufmod.isUtf8("str"));
  out.atobBad = c(() => bufmod.atob("a"));
  out.btoaBad = c(() => bufmod.btoa("€"));
  out.inspectBig = c(() => { const b = Buffer.alloc(60, 1); return [b.inspect ? b.inspect() : "noinspect", bufmod.INSPECT_MAX_BYTES]; });
`),
];
const round8 = [
  nodeCase("nodewasm21-timers-als-k", "timers/process/async_hooks/diagnostics_channel/zlib: Timeout objects, promise timers with signals, ordering, ALS propagation through library-style callbacks, zlib one-shots and errors", `import timers from "node:timers"; import * as tp from "node:timers/promises"; import process from "node:process"; import { AsyncLocalStorage, AsyncResource } from "node:async_hooks"; import dc from "node:diagnostics_channel"; import zlib from "node:zlib"; import { EventEmitter } from "node:events";`, `
  out.timeoutObj = c(() => { const t = timers.setTimeout(() => {}, 1000); const r = [typeof t, t.constructor.name, t.hasRef(), t.unref() === t, t.hasRef(), t.ref() === t, typeof t[Symbol.toPrimitive], typeof +t, t.refresh() === t]; timers.clearTimeout(t); return r; });
  out.globalTimer = c(() => { const t = setTimeout(() => {}, 1000); const r = [typeof t, t?.constructor?.name ?? null]; clearTimeout(t); return r; });
  out.clearByNumber = await a(async () => { let fired = false; const t = timers.setTimeout(() => { fired = true; }, 1); timers.clearTimeout(+t); await new Promise((r) => setTimeout(r, 5)); return fired; });
  out.clearByString = await a(async () => { let fired = false; const t = timers.setTimeout(() => { fired = true; }, 1); timers.clearTimeout(String(+t)); await new Promise((r) => setTimeout(r, 5)); return fired; });
  out.timerArgs = await a(() => new Promise((res) => timers.setTimeout((a, b) => res([a, b]), 0, "x", "y")));
  out.timerBadCb = c(() => timers.setTimeout("code", 1));
  out.timerNegDelay = await a(() => new Promise((res) => timers.setTimeout(() => res("fired"), -5)));
  out.immediate = await a(async () => { const seen = []; const im = timers.setImmediate((x) => seen.push("imm:" + x), 1); const im2 = setImmediate(() => seen.push("imm2")); timers.clearImmediate(im2); await new Promise((r) => setTimeout(r, 5)); return [seen, im.constructor.name, typeof im.hasRef, im.hasRef()]; });
  out.order = await a(async () => { const seen = []; setTimeout(() => seen.push("timeout"), 0); setImmediate(() => seen.push("immediate")); process.nextTick(() => seen.push("tick")); queueMicrotask(() => seen.push("micro")); Promise.resolve().then(() => seen.push("promise")); await new Promise((r) => setTimeout(r, 10)); return seen; });
  out.tickArgs = await a(() => new Promise((res) => process.nextTick((a, b) => res([a, b]), 1, 2)));
  out.tickBad = c(() => process.nextTick(5));
  out.tpTimeout = await a(async () => [await tp.setTimeout(1, "val"), await tp.setImmediate("imm")]);
  out.tpAbort = await a(async () => { const ac = new AbortController(); const p = tp.setTimeout(1000, "v", { signal: ac.signal }); ac.abort("r"); try { await p; } catch (e) { return [e.name, e.code, e.message, String(e.cause)]; } });
  out.tpAborted = await a(async () => tp.setTimeout(1, "v", { signal: AbortSignal.abort() }));
  out.tpBadSignal = await a(async () => tp.setTimeout(1, "v", { signal: 5 }));
  out.tpBadOpts = await a(async () => tp.setTimeout(1, "v", 5));
  out.tpBadRef = await a(async () => tp.setTimeout(1, "v", { ref: "yes" }));
  out.tpInterval = await a(async () => { const got = []; for await (const v of tp.setInterval(1, "i")) { got.push(v); if (got.length === 3) break; } return got; });
  out.scheduler = await a(async () => [typeof tp.scheduler, await tp.scheduler.wait(1), await tp.scheduler.yield()]);
  out.als = await a(async () => { const als = new AsyncLocalStorage(); const seen = []; await als.run("s1", async () => { setTimeout(() => seen.push("timeout:" + als.getStore()), 0); process.nextTick(() => seen.push("tick:" + als.getStore())); queueMicrotask(() => seen.push("micro:" + als.getStore())); const e = new EventEmitter(); e.on("x", () => seen.push("emitter:" + als.getStore())); als.exit(() => e.emit("x")); await tp.setTimeout(5); seen.push("after-await:" + als.getStore()); }); seen.push("outside:" + als.getStore()); return seen; });
  out.alsBind = c(() => { const als = new AsyncLocalStorage(); const f = als.run("B", () => AsyncLocalStorage.bind(() => als.getStore())); const snap = als.run("S", () => AsyncLocalStorage.snapshot()); return [f(), snap(() => als.getStore()), als.run("R", () => snap(() => als.getStore()))]; });
  out.alsRunArgs = c(() => { const als = new AsyncLocalStorage(); return als.run({ a: 1 }, (x, y) => [als.getStore(), x, y], "p", "q"); });
  out.alsEnterWith = await a(async () => { const als = new AsyncLocalStorage(); const r = await (async () => { als.enterWith("E"); await null; return als.getStore(); })(); return [r, als.getStore() ?? "none"]; });
  out.alsDisable = c(() => { const als = new AsyncLocalStorage(); return als.run("D", () => { als.disable(); return als.getStore() ?? "none"; }); });
  out.alsOpts = c(() => { const als = new AsyncLocalStorage({ defaultValue: "def", name: "nm" }); return [als.getStore() ?? "none", als.name ?? null]; });
  out.asyncResource = c(() => { const als = new AsyncLocalStorage(); const r = als.run("AR", () => new AsyncResource("X")); return [r.runInAsyncScope((a) => als.getStore() + a, null, "!"), typeof r.asyncId(), typeof r.triggerAsyncId(), typeof r.bind, als.run("Z", () => r.bind(() => als.getStore())())]; });
  out.asyncResourceBad = c(() => new AsyncResource(5));
  out.dc = c(() => { const seen = []; const ch = dc.channel("nw21"); const sub = (m, n) => seen.push([m, n]); dc.subscribe("nw21", sub); const had = [ch.hasSubscribers, dc.hasSubscribers("nw21")]; ch.publish({ p: 1 }); dc.unsubscribe("nw21", sub); ch.publish({ p: 2 }); return [seen, had, ch.hasSubscribers, ch.name, dc.channel("nw21") === ch]; });
  out.dcTracing = await a(async () => { const seen = []; const tc = dc.tracingChannel("nw21t"); tc.subscribe({ start: (m) => seen.push("start:" + m.x), end: (m) => seen.push("end"), asyncStart: (m) => seen.push("asyncStart:" + m.result), asyncEnd: () => seen.push("asyncEnd"), error: (m) => seen.push("error:" + m.error.message) }); const r = tc.traceSync(() => 1, { x: 1 }); await tc.tracePromise(async () => "pr", { x: 2 }); try { tc.traceSync(() => { throw new Error("te"); }, { x: 3 }); } catch {} return [r, seen]; });
  out.dcBad = c(() => dc.subscribe("x", 5));
  out.dcBad2 = c(() => dc.channel(5));
  out.dcBad3 = c(() => dc.unsubscribe("x", 5));
  out.dcBad4 = c(() => dc.channel("x").subscribe(5));
  out.zlib = c(() => { const d = zlib.deflateSync("hello hello hello"); return [zlib.inflateSync(d).toString(), zlib.gunzipSync(zlib.gzipSync(Buffer.from("gz"))).toString(), zlib.inflateRawSync(zlib.deflateRawSync("raw")).toString(), zlib.brotliDecompressSync(zlib.brotliCompressSync("br")).toString(), zlib.unzipSync(zlib.gzipSync("u")).toString(), zlib.crc32("hello"), zlib.crc32("world", zlib.crc32("hello ")), zlib.deflateSync("", { level: 9 }).toString("hex")]; });
  out.zlibBad = c(() => zlib.inflateSync(Buffer.from("not zlib")));
  out.zlibBad2 = c(() => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 8, 0])));
  out.zlibBad3 = c(() => zlib.deflateSync(5));
  out.zlibBad4 = c(() => zlib.deflateSync("x", { level: 42 }));
  out.zlibAsync = await a(() => new Promise((res, rej) => zlib.gzip("async", (e, b) => e ? rej(e) : zlib.gunzip(b, (e2, r) => e2 ? rej(e2) : res(r.toString())))));
  out.zlibAsyncErr = await a(() => new Promise((res, rej) => zlib.inflate(Buffer.from("bad"), (e, b) => e ? rej(e) : res(b))));
  out.zlibStream = await a(async () => { const gz = zlib.createGzip(); const gun = zlib.createGunzip(); const parts = []; gun.on("data", (d) => parts.push(d.toString())); const done = new Promise((r) => gun.on("end", r)); gz.pipe(gun); gz.write("str"); gz.end("eam"); await done; return parts.join(""); });
  out.zlibStreamErr = await a(async () => { const gun = zlib.createGunzip(); const p = new Promise((res) => gun.on("error", (e) => res([e.name, e.code, e.errno, e.message]))); gun.end(Buffer.from("not gzip data")); return await p; });
`),
];
const httpScript = `import http from "node:http";
import { httpServerHandler } from "cloudflare:node";
const t = (f) => { try { const v = f(); return v === undefined ? "undefined" : v; } catch (e) { return [e.name, e.code ?? null, e.message]; } };
const server = http.createServer((req, res) => {
  const p = new URL(req.url, "http://x").pathname;
  if (p === "/headers") {
    const info = {};
    info.chain = [t(() => res.setHeader("X-A", "1") === res), t(() => res.appendHeader("X-A", "2") === res), t(() => res.appendHeader("X-B", ["p", "q"]) === res)];
    res.setHeader("X-Remove", "r");
    res.removeHeader("x-remove");
    info.after = [res.getHeader("x-a"), res.getHeader("X-B"), res.hasHeader("x-remove"), res.getHeaderNames(), typeof res.getRawHeaderNames === "function" ? res.getRawHeaderNames() : "none"];
    info.badName = t(() => res.setHeader("", "v"));
    info.badName2 = t(() => res.setHeader("a:b", "v"));
    info.badValue = t(() => res.setHeader("x-v", "a\\u0000b"));
    info.badValue2 = t(() => res.setHeader("x-v", undefined));
    info.badValue3 = t(() => res.appendHeader("x-v", "a\\rb"));
    info.numeric = t(() => { res.setHeader("X-Num", 42); return [res.getHeader("x-num"), typeof res.getHeader("x-num")]; });
    info.req = [req.method, req.url, req.headers["x-multi"], req.headers["cookie"], req.headers["accept"], req.rawHeaders.length % 2, req.headersDistinct?.["x-multi"] ?? null, req.httpVersionMajor, req.httpVersionMinor];
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(info));
    return;
  }
  if (p === "/status-message") { res.statusMessage = "Very Custom"; res.statusCode = 299; res.end("sm"); return; }
  if (p === "/writehead-message") { const r = res.writeHead(418, "I Am", { "x-tea": "pot" }); res.end(String(r === res)); return; }
  if (p === "/writehead-twice") { res.writeHead(200); const e = t(() => res.writeHead(201)); res.end(JSON.stringify(e)); return; }
  if (p === "/set-after-write") { res.write("a"); const e = [t(() => res.setHeader("x-late", "1")), t(() => res.removeHeader("x-late")), t(() => res.appendHeader("x-late", "1")), res.headersSent]; res.end(JSON.stringify(e)); return; }
  if (p === "/end-twice") { res.end("once"); const e = t(() => res.end("twice")); const w = t(() => res.write("more")); res.on("error", () => {}); return; }
  if (p === "/bad-status") { const e = [t(() => res.writeHead(1000)), t(() => res.writeHead("abc")), t(() => res.writeHead(99))]; res.statusCode = 200; res.end(JSON.stringify(e)); return; }
  if (p === "/bad-status-prop") { res.statusCode = 42; try { res.end("x"); } catch (e) { res.statusCode = 500; res.end(JSON.stringify([e.name, e.code, e.message])); } return; }
  if (p === "/flush") { res.setHeader("x-f", "1"); res.flushHeaders(); res.end(JSON.stringify([res.headersSent])); return; }
  if (p === "/head") { res.setHeader("content-length", "9"); res.end("head-body"); return; }
  if (p === "/not-modified") { res.statusCode = 304; res.end("ignored"); return; }
  if (p === "/content-length") { res.setHeader("Content-Length", 3); res.end("abc"); return; }
  if (p === "/json-buffer") { res.writeHead(200, { "content-type": "application/octet-stream" }); res.end(new Uint8Array([104, 105])); return; }
  if (p === "/throws") { throw new Error("handler threw"); }
  if (p === "/async-throws") { Promise.reject(new Error("async threw")).catch(() => {}); res.end("ok"); return; }
  if (p === "/body") { let s = ""; req.setEncoding("utf8"); req.on("data", (d) => s += d); req.on("end", () => { res.end(JSON.stringify([s, req.complete, req.readableEnded, req.headers["content-length"] ?? null, req.headers["transfer-encoding"] ?? null])); }); return; }
  if (p === "/trailers") { res.setHeader("Trailer", "X-T"); res.write("t"); const e = t(() => res.addTrailers({ "X-T": "v" })); res.end(JSON.stringify(e)); return; }
  res.statusCode = 404; res.end("none");
});
server.listen(8080);
export default httpServerHandler({ port: 8080 });`;
const round10 = [
  {
    name: "nodewasm21-http-server-edges-m", area: "node", description: "node:http server through httpServerHandler: header API edges, status lines, double writes/ends, HEAD/304 bodies, request bodies",
    options: { modules: true, compatibilityDate: "2026-04-26", compatibilityFlags: ["nodejs_compat"], script: httpScript },
    steps: [
      req("GET", "http://localhost/headers?q=1", { "x-multi": "a", cookie: "c=1; d=2", accept: "text/html" }),
      get("/status-message"), get("/writehead-message"), get("/writehead-twice"), get("/set-after-write"), get("/end-twice"), get("/bad-status"), get("/bad-status-prop"), get("/flush"),
      req("HEAD", "http://localhost/head"), get("/not-modified"), get("/content-length"), get("/json-buffer"), get("/async-throws"),
      req("POST", "http://localhost/body", { "content-type": "text/plain" }, "posted body"), get("/trailers"),
    ],
  },
];
const round11 = [
  nodeCase("nodewasm21-buffer-interop-n", "buffer: how Buffers meet web APIs (pooling, offsets, Response/Blob/TextDecoder/subtle/structuredClone/JSON), and typed-array methods on Buffers", ``, `
  out.pool = c(() => { const a1 = Buffer.from("x"); const b = Buffer.allocUnsafe(10); const s = Buffer.allocUnsafeSlow(10); return [a1.byteOffset, a1.buffer.byteLength, b.buffer.byteLength, s.buffer.byteLength, s.byteOffset, Buffer.alloc(3).buffer.byteLength, Buffer.from(new Uint8Array(3)).buffer.byteLength, Buffer.concat([Buffer.from("ab")]).buffer.byteLength]; });
  out.share = c(() => { const ab = new ArrayBuffer(4); const b = Buffer.from(ab, 1, 2); b[0] = 9; return [new Uint8Array(ab)[1], b.buffer === ab, Buffer.from(b).buffer === ab, b.subarray(1).buffer === ab, b.slice(1).buffer === ab]; });
  out.web = await a(async () => { const b = Buffer.from("hello world").subarray(6); return [await new Response(b).text(), await new Blob([b]).text(), new TextDecoder().decode(b), hex(await crypto.subtle.digest("SHA-1", b)).slice(0, 8), new Request("http://x", { method: "POST", body: b }).headers.get("content-length") ?? null]; });
  out.clone = c(() => { const c1 = structuredClone(Buffer.from("ab")); return [c1.constructor.name, Buffer.isBuffer(c1), c1.length, JSON.stringify(Buffer.from("ab")), JSON.stringify({ b: Buffer.from([1]) }), Buffer.from(JSON.parse(JSON.stringify(Buffer.from("zz")))).toString()]; });
  out.typedMethods = c(() => { const b = Buffer.from("abc"); return [b.map((x) => x + 1).constructor.name, b.filter((x) => x > 97).constructor.name, Buffer.isBuffer(b.subarray(1)), Buffer.isBuffer(b.slice(1)), Buffer.isBuffer(Uint8Array.prototype.slice.call(b, 1)), b.reverse().toString(), b.toString(), Array.from(b.entries()).length, b.at(-1), b.toReversed?.().constructor.name ?? null, b.with?.(0, 65).constructor.name ?? null, [...b.keys()]]; });
  out.species = c(() => [Buffer[Symbol.species] === Buffer, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.from("a") instanceof Uint8Array, Object.getOwnPropertyNames(Buffer).filter((n) => !["length", "name", "prototype"].includes(n)).sort().slice(0, 12)]);
  out.newBuffer = c(() => { const b = new Buffer(3); return [b.length, Buffer.isBuffer(b), new Buffer("ab").toString(), new Buffer([1, 2]).length]; });
  out.bufferCall = c(() => Buffer("ab").toString());
  out.compareTyped = c(() => [Buffer.compare(new Uint8Array([1]), new Uint8Array([2])), Buffer.from("a").equals(new Uint8Array([97])), Buffer.from("b").compare(new Uint8Array([97]))]);
  out.readMethodsOnSubarray = c(() => { const b = Buffer.from([0, 0, 1, 2, 3, 4]).subarray(2); return [b.readUInt16BE(0), b.readUInt32LE(0), b.readInt8(3), b.readUIntLE(1, 3)]; });
  out.fromStringEdge = c(() => [Buffer.from("\\ud83d").toString("hex"), Buffer.from("\\ud83d", "utf16le").toString("hex"), Buffer.from("ÿ", "ascii").toString("hex"), Buffer.from("%", "hex").length, Buffer.from("a=", "base64").length, Buffer.from("====", "base64").length, Buffer.from("YQ", "base64url").toString(), Buffer.from("Y Q = =", "base64").toString()]);
  out.toStringRanges = c(() => { const b = Buffer.from("héllo"); return [b.toString("utf8", 1, 2), b.toString("latin1", 1, 3), b.toString("ascii"), b.toString("base64url"), b.toString("binary", 0, 2)]; });
  out.inspect = c(() => [String(Buffer.from("ab").inspect?.() ?? "none"), Buffer.from("ab")[Symbol.for("nodejs.util.inspect.custom")]?.call(Buffer.from("ab")) ?? "none"]);
`),
];
const round12 = [
  hrCase("nodewasm21-html-element-api-o", "html-rewriter: element/text/comment/doctype API answers real code relies on: attribute case, hasAttribute, namespace, removed flags, replace variants, selectors with attribute operators", `
    const safe = async (f) => { try { return await f(); } catch (x) { return { thrown: [x?.name, x?.message] }; } };
    const grab = async (html, sel, f) => { const seen = []; await rw(html, (h) => h.on(sel, { element(e) { seen.push(f(e)); } })); return seen; };
    out.attrCase = await safe(async () => grab('<DIV Data-X="1" CLASS="a b"></DIV>', "div", (e) => [e.tagName, e.getAttribute("data-x"), e.getAttribute("DATA-X"), e.hasAttribute("class"), e.hasAttribute("Class"), [...e.attributes].map(([k, v]) => k + "=" + v)]));
    out.ns = await safe(async () => grab('<svg><circle r="1"/></svg><math><mi>x</mi></math><p></p>', "circle, mi, p", (e) => [e.tagName, e.namespaceURI]));
    out.removed = await safe(async () => (async () => { const seen = []; await rw("<p>a</p><div>b</div>", (h) => h.on("p", { element(e) { seen.push(e.removed); e.remove(); seen.push(e.removed); } }).on("div", { element(e) { e.replace("<x>", { html: true }); seen.push(e.removed); } })); return seen; })());
    out.replaceVariants = await safe(async () => rw("<a>1</a><b>2</b><i>3</i><u>4</u>", (h) => h.on("a", { element(e) { e.replace("<s>t</s>"); } }).on("b", { element(e) { e.replace("<s>h</s>", { html: true }); } }).on("i", { element(e) { e.setInnerContent("<em>x</em>", { html: true }); } }).on("u", { element(e) { e.setInnerContent("<em>y</em>"); } })));
    out.attrOps = await safe(async () => grab('<a href="https://x.com/p.pdf" lang="en-US" class="btn primary" data-id="42"></a><a href="/local" lang="fr"></a>', 'a[href^="https"], a[href$=".pdf"], a[href*="loc"], a[lang|="en"], a[class~="primary"], a[data-id="42" i]', (e) => e.getAttribute("href")));
    out.pseudo = await safe(async () => grab("<ul><li>1</li><li>2</li><li>3</li></ul>", "li:nth-child(2), li:first-child, li:not(:first-child)", (e) => "li"));
    out.universal = await safe(async () => grab("<div><span></span></div>", "*", (e) => e.tagName));
    out.descendant = await safe(async () => grab("<div><p><span>x</span></p></div><span>y</span>", "div span, div > p", (e) => e.tagName));
    out.textReplace = await safe(async () => rw("<p>hello <b>bold</b> world</p>", (h) => h.on("p", { text(t) { if (t.text.includes("world")) t.replace("<i>W</i>", { html: true }); else if (t.text.includes("hello")) t.remove(); } })));
    out.textProps = await safe(async () => (async () => { const seen = []; await rw("<p>ab</p>", (h) => h.on("p", { text(t) { seen.push([t.text, t.lastInTextNode, t.removed]); } })); return seen; })());
    out.commentApi = await safe(async () => (async () => { const seen = []; const html = await rw("<!--one--><p><!-- two --></p>", (h) => h.onDocument({ comments(c) { seen.push([c.text, c.removed]); if (c.text === "one") c.text = "ONE"; else c.replace("<b>r</b>", { html: true }); } })); return [html, seen]; })());
    out.doctype = await safe(async () => (async () => { const seen = []; await rw('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><p>', (h) => h.onDocument({ doctype(d) { seen.push([d.name, d.publicId, d.systemId]); } })); return seen; })());
    out.setAttrErrors = await safe(async () => (async () => { const seen = []; await rw("<p></p>", (h) => h.on("p", { element(e) { for (const f of [() => e.setAttribute("a b", "v"), () => e.setAttribute("", "v"), () => e.setAttribute("ok", 5), () => e.getAttribute(5), () => e.setAttribute("x")]) { try { seen.push(["ok", typeof f()]); } catch (x) { seen.push([x.name, x.message]); } } } })); return seen; })());
    out.tagNameSet = await safe(async () => (async () => { const seen = []; const html = await rw("<p>a</p>", (h) => h.on("p", { element(e) { for (const v of ["", "a b", "DIV"]) { try { e.tagName = v; seen.push("ok:" + e.tagName); } catch (x) { seen.push([x.name, x.message]); } } } })); return [html, seen]; })());
`),
];
const round13 = [
  nodeCase("nodewasm21-crypto-misc-p", "crypto: one-shot hash, cipher info, cipher streams and options, scrypt/hkdf argument errors, key objects to CryptoKeys", `import crypto from "node:crypto"; import { Readable } from "node:stream";`, `
  out.hash = c(() => [crypto.hash("sha1", "abc"), crypto.hash("md5", "abc", "base64"), crypto.hash("sha256", Buffer.from("abc"), "buffer").length]);
  out.hashBad = c(() => crypto.hash("nope", "abc"));
  out.hashBad2 = c(() => crypto.hash("sha1", 5));
  out.hashBad3 = c(() => crypto.hash("sha1", "a", "bogus"));
  out.cipherInfo = c(() => [crypto.getCipherInfo("aes-256-gcm"), crypto.getCipherInfo("aes-128-cbc"), crypto.getCipherInfo("nope") ?? "undefined", crypto.getCipherInfo("aes-128-cbc", { keyLength: 15 }) ?? "undefined", crypto.getCipherInfo("aes-256-cbc", { keyLength: 32, ivLength: 16 })?.name ?? "undefined"]);
  out.cipherStream = await a(async () => { const key = Buffer.alloc(16, 3), iv = Buffer.alloc(16, 4); const ci = crypto.createCipheriv("aes-128-cbc", key, iv); const parts = []; ci.on("data", (d) => parts.push(d)); const done = new Promise((r) => ci.on("end", r)); Readable.from([Buffer.from("stream "), Buffer.from("data")]).pipe(ci); await done; const ct = Buffer.concat(parts); const d = crypto.createDecipheriv("aes-128-cbc", key, iv); return [ct.length, Buffer.concat([d.update(ct), d.final()]).toString()]; });
  out.cipherEnc = c(() => { const ci = crypto.createCipheriv("aes-128-ctr", Buffer.alloc(16), Buffer.alloc(16)); return [ci.update("abc", "utf8", "hex"), ci.final("hex"), typeof ci.setAutoPadding(false)]; });
  out.noPad = c(() => { const ci = crypto.createCipheriv("aes-128-cbc", Buffer.alloc(16), Buffer.alloc(16)); ci.setAutoPadding(false); ci.update("abc"); return ci.final(); });
  out.finalTwice = c(() => { const ci = crypto.createCipheriv("aes-128-ctr", Buffer.alloc(16), Buffer.alloc(16)); ci.final(); return ci.final(); });
  out.updateAfterFinal = c(() => { const ci = crypto.createCipheriv("aes-128-ctr", Buffer.alloc(16), Buffer.alloc(16)); ci.final(); return ci.update("x"); });
  out.gcmAad = c(() => { const key = Buffer.alloc(16, 1), iv = Buffer.alloc(12); const ci = crypto.createCipheriv("aes-128-gcm", key, iv, { authTagLength: 12 }); ci.setAAD(Buffer.from("aad")); const ct = Buffer.concat([ci.update("m"), ci.final()]); const tag = ci.getAuthTag(); const d = crypto.createDecipheriv("aes-128-gcm", key, iv, { authTagLength: 12 }); d.setAAD(Buffer.from("aad")); d.setAuthTag(tag); return [tag.length, Buffer.concat([d.update(ct), d.final()]).toString()]; });
  out.gcmTagLenBad = c(() => crypto.createCipheriv("aes-128-gcm", Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 7 }));
  out.setAuthTagBad = c(() => crypto.createDecipheriv("aes-128-gcm", Buffer.alloc(16), Buffer.alloc(12)).setAuthTag(Buffer.alloc(3)));
  out.scryptBad = c(() => crypto.scryptSync("p", "s", 16, { N: 3 }));
  out.scryptBad2 = c(() => crypto.scryptSync("p", "s", -1));
  out.scrypt = await a(() => new Promise((res, rej) => crypto.scrypt("p", "s", 8, { N: 16 }, (e, k) => e ? rej(e) : res(k.toString("hex")))));
  out.hkdf = c(() => [Buffer.from(crypto.hkdfSync("sha256", "key", "salt", "info", 8)).toString("hex"), crypto.hkdfSync("sha256", "key", "", "", 4).constructor.name]);
  out.hkdfBad = c(() => crypto.hkdfSync("sha256", "key", "salt", "info", 255 * 32 + 1));
  out.hkdfBad2 = c(() => crypto.hkdfSync("nope", "key", "salt", "info", 8));
  out.toCryptoKey = c(() => { const k = crypto.createSecretKey(Buffer.alloc(16)); return k.toCryptoKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign"]); });
  out.fromCryptoKeyAsym = await a(async () => { const kp = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); const ko = crypto.KeyObject.from(kp.privateKey); const sig = crypto.sign("sha256", Buffer.from("d"), ko); return [ko.type, ko.asymmetricKeyType, crypto.verify("sha256", Buffer.from("d"), crypto.KeyObject.from(kp.publicKey), sig), crypto.verify("sha256", Buffer.from("d"), kp.publicKey, sig)]; });
  out.signWithCryptoKey = await a(async () => { const kp = await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]); const sig = crypto.sign(null, Buffer.from("d"), kp.privateKey); return [sig.length, crypto.verify(null, Buffer.from("d"), kp.publicKey, sig)]; });
  out.getHashes = c(() => [crypto.getHashes().includes("sha256"), crypto.getHashes().includes("RSA-SHA256"), crypto.getCiphers().includes("aes-256-gcm"), crypto.getCurves().includes("prime256v1")]);
  out.constants = c(() => [crypto.constants.RSA_PKCS1_PADDING, crypto.constants.RSA_PKCS1_OAEP_PADDING, crypto.constants.RSA_PSS_SALTLEN_DIGEST]);
`),
];
export default [...round1, ...round2, ...round3, ...round4, ...round5, ...round6, ...round7, ...round8, ...round10, ...round11, ...round12, ...round13];
