// node3: nodejs_compat behaviour real npm packages rely on (node:http server via cloudflare:node, ES5-style stream subclasses, crypto/zlib/util/Buffer details). Re-record: copy /work/wt/oracle/defs/_h.mjs beside this file, then in the oracle folder run DEFS_DIR=<this folder> RECORD_OUT=<out> node record.mjs node3
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

// node:http server behind cloudflare:node's httpServerHandler: what the worker's caller sees
const HTTP_SERVER = `import http from "node:http";
import { Readable, Writable, pipeline } from "node:stream";
import { httpServerHandler } from "cloudflare:node";
import { Buffer } from "node:buffer";
const seen = [];
const server = http.createServer((req, res) => {
  const p = new URL(req.url, "http://x").pathname;
  if (p === "/basic") { res.end("hello"); return; }
  if (p === "/json") { res.writeHead(201, { "Content-Type": "application/json", "X-A": "1" }); res.end(JSON.stringify({ ok: true })); return; }
  if (p === "/echo") {
    const chunks = [];
    req.on("data", (d) => chunks.push(Buffer.from(d)));
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ method: req.method, url: req.url, body: Buffer.concat(chunks).toString(), ct: req.headers["content-type"], xh: req.headers["x-h"], httpVersion: req.httpVersion, complete: req.complete, rawHasXh: req.rawHeaders.includes("x-h") || req.rawHeaders.includes("X-H") }));
    });
    return;
  }
  if (p === "/cookies") { res.setHeader("Set-Cookie", ["a=1", "b=2"]); res.setHeader("X-Num", 5); res.setHeader("X-List", ["p", "q"]); res.statusCode = 202; res.end("c"); return; }
  if (p === "/chunks") { res.write("a"); res.write(Buffer.from("b")); res.write(new Uint8Array([99])); res.end("d"); return; }
  if (p === "/redirect") { res.writeHead(302, { Location: "/elsewhere" }); res.end(); return; }
  if (p === "/status") { res.statusCode = 404; res.end(); return; }
  if (p === "/nocontent") { res.statusCode = 204; res.end(); return; }
  if (p === "/pipe") { Readable.from(["x", "y", "z"]).pipe(res); return; }
  if (p === "/pipeline") { pipeline(Readable.from([Buffer.from("p1"), Buffer.from("p2")]), res, (err) => { seen.push("pipeline:" + (err ? err.code : "ok")); }); return; }
  if (p === "/writehead-array") { res.writeHead(200, ["X-One", "1", "X-Two", "2"]); res.end("arr"); return; }
  if (p === "/info") {
    const info = {};
    const t = (f) => { try { return f(); } catch (e) { return [e.name, e.code, e.message]; } };
    info.resIsWritable = res instanceof Writable;
    info.reqIsReadable = req instanceof Readable;
    info.resClass = res.constructor.name;
    info.reqClass = req.constructor.name;
    info.resProto = Object.getPrototypeOf(Object.getPrototypeOf(res)).constructor.name;
    info.isServerResponse = res instanceof http.ServerResponse;
    info.isIncoming = req instanceof http.IncomingMessage;
    info.before = [res.headersSent, res.writableEnded, res.writableFinished, res.statusCode, res.statusMessage ?? null, res.sendDate, res.finished];
    res.setHeader("X-Case", "Info");
    info.headers = [res.getHeader("x-case"), res.hasHeader("X-CASE"), res.getHeaderNames(), JSON.stringify(res.getHeaders())];
    info.setHeaderErrs = [t(() => res.setHeader("bad name", "v")), t(() => res.setHeader("x-ok", undefined)), t(() => res.setHeader("x-ok", "a\\nb"))];
    info.writeHeadErr = t(() => res.writeHead(99));
    info.reqHeaders = [typeof req.headers, req.headers.host === undefined ? "nohost" : "host", Object.keys(req.headersDistinct ?? {}).includes("x-h"), typeof req.socket, typeof req.connection];
    res.setHeader("content-type", "application/json");
    res.write("");
    info.after = [res.headersSent, t(() => res.setHeader("x-late", "1"))];
    res.end(JSON.stringify(info));
    return;
  }
  if (p === "/events") {
    res.on("finish", () => seen.push("res:finish"));
    res.on("close", () => seen.push("res:close"));
    req.on("end", () => seen.push("req:end"));
    req.on("close", () => seen.push("req:close"));
    req.resume();
    res.end("ev", () => seen.push("res:endcb"));
    seen.push("after-end");
    return;
  }
  if (p === "/seen") { res.setHeader("content-type", "application/json"); res.end(JSON.stringify(seen)); return; }
  if (p === "/head") { res.setHeader("x-h", "1"); res.end("body-for-head"); return; }
  res.statusCode = 500; res.end("unknown " + p);
});
server.listen(8080);
export default httpServerHandler({ port: 8080 });`;

const round1 = [
  {
    name: "node3-http-server-handler", area: "node",
    description: "node:http createServer behind cloudflare:node httpServerHandler: bodies, headers, status, pipe/pipeline into the response, event order, request fields",
    options: { modules: true, compatibilityDate: "2026-04-26", compatibilityFlags: ["nodejs_compat"], script: HTTP_SERVER },
    steps: [
      get("/basic"), get("/json"),
      req("POST", "http://localhost/echo?q=1", { "content-type": "text/plain", "x-h": "v" }, "the body"),
      get("/cookies"), get("/chunks"), get("/redirect"), get("/status"), get("/nocontent"),
      get("/writehead-array"), get("/info", { headers: { "x-h": "1" } }),
      req("HEAD", "http://localhost/head"),
    ],
  },

  nodeCase("node3-stream-es5-and-state", "node:stream ES5-style subclasses (util.inherits + Transform.call), legacy Stream pipe, default highWaterMarks, state flags, pipe/unpipe events, end:false, write errors",
    `import stream from "node:stream"; import util from "node:util"; import { EventEmitter } from "node:events";`, `
  function Upper(opts) { if (!(this instanceof Upper)) return new Upper(opts); stream.Transform.call(this, opts); this.count = 0; }
  util.inherits(Upper, stream.Transform);
  Upper.prototype._transform = function (chunk, enc, cb) { this.count++; cb(null, chunk.toString().toUpperCase()); };
  Upper.prototype._flush = function (cb) { this.push("!"); cb(); };
  const up = Upper();
  const upOut = collect(up); up.write("ab"); up.end("cd");
  out.es5 = [await upOut, up.count, up instanceof stream.Transform, up instanceof stream.Duplex, up instanceof stream.Readable, up instanceof stream.Writable, up instanceof EventEmitter];
  function Src() { stream.Readable.call(this, { objectMode: true }); this.i = 0; }
  util.inherits(Src, stream.Readable);
  Src.prototype._read = function () { this.push(this.i < 3 ? { n: this.i++ } : null); };
  const objs = []; for await (const o of new Src()) objs.push(o.n);
  out.es5Readable = objs;
  function Sink() { stream.Writable.call(this); this.data = ""; }
  util.inherits(Sink, stream.Writable);
  Sink.prototype._write = function (chunk, enc, cb) { this.data += chunk.toString(); cb(); };
  const sink = new Sink();
  await new Promise((r) => { sink.on("finish", r); sink.write("s1"); sink.end("s2"); });
  out.es5Writable = sink.data;
  function Legacy() { stream.Stream.call(this); this.readable = true; }
  util.inherits(Legacy, stream.Stream);
  const leg = new Legacy(); const legSink = new Sink(); const legDone = new Promise((r) => legSink.on("finish", r));
  const piped = leg.pipe(legSink); leg.emit("data", "L1"); leg.emit("data", "L2"); leg.emit("end"); await legDone;
  out.legacy = [piped === legSink, legSink.data, typeof stream.Stream, stream.Stream === stream, stream.Stream.prototype instanceof EventEmitter, typeof stream.Stream.prototype.pipe];
  out.hwm = [new stream.Readable().readableHighWaterMark, new stream.Writable().writableHighWaterMark, new stream.Readable({ objectMode: true }).readableHighWaterMark, c(() => stream.getDefaultHighWaterMark(false)), c(() => stream.getDefaultHighWaterMark(true)), new stream.Duplex().readableHighWaterMark, new stream.Transform({ highWaterMark: 5 }).writableHighWaterMark, new stream.Duplex({ readableObjectMode: true }).readableHighWaterMark, new stream.Duplex({ readableObjectMode: true }).writableHighWaterMark];
  const r = new stream.Readable({ read() {} });
  const st = () => [r.readableFlowing, r.readableEnded, r.readableLength, r.destroyed, r.readable, r.readableAborted, r.readableDidRead, r.closed, r.errored === null ? "null" : String(r.errored)];
  out.state0 = st(); r.push("abc"); out.state1 = st(); r.on("data", () => {}); out.state2 = st(); r.push(null); await new Promise((res) => r.on("end", res)); out.state3 = st();
  await new Promise((res) => setTimeout(res, 0)); out.state4 = st();
  out.isHelpers = [c(() => stream.isReadable(new stream.Readable())), c(() => stream.isErrored(new stream.Readable())), c(() => stream.isDisturbed(r)), c(() => stream.isWritable?.(new stream.Writable())), c(() => stream.isDestroyed?.(r))];
  const ev = []; const src = new stream.PassThrough(); const dst = new stream.PassThrough();
  dst.on("pipe", (s) => ev.push("pipe:" + (s === src))); dst.on("unpipe", (s) => ev.push("unpipe:" + (s === src)));
  src.on("end", () => ev.push("src:end")); dst.on("finish", () => ev.push("dst:finish")); src.on("close", () => ev.push("src:close"));
  src.pipe(dst); src.end("x"); dst.resume(); await new Promise((res) => dst.on("end", res)); await new Promise((res) => setTimeout(res, 0));
  out.pipeEvents = ev;
  const s2 = new stream.PassThrough(); const d2 = new stream.PassThrough(); s2.pipe(d2, { end: false }); s2.end("q");
  await new Promise((res) => s2.on("end", res));
  out.endFalse = [d2.writableEnded, d2.read()?.toString() ?? null];
  const w = new stream.Writable({ write(ch, e, cb) { cb(); } });
  out.writeNull = c(() => w.write(null));
  out.writeNumber = c(() => w.write(5));
  const wErrs = []; const w2 = new stream.Writable({ write(ch, e, cb) { cb(); } }); w2.on("error", (e) => wErrs.push([e.code, e.message]));
  w2.destroy(); w2.write("late", (e) => wErrs.push(["cb", e?.code]));
  await new Promise((res) => setTimeout(res, 0));
  out.writeAfterDestroy = wErrs;
  const w3 = new stream.Writable({ highWaterMark: 2, write(ch, e, cb) { setTimeout(cb, 0); } });
  out.needDrain = [w3.write("abc"), w3.writableNeedDrain, w3.writableLength];
  w3.cork(); w3.cork(); out.corked = w3.writableCorked; w3.uncork(); out.corked2 = w3.writableCorked;
  const dOrder = []; const rd = new stream.Readable({ read() {} });
  rd.on("error", (e) => dOrder.push("error:" + e.message)); rd.on("close", () => dOrder.push("close"));
  rd.destroy(new Error("boom"), ) ; dOrder.push("sync");
  await new Promise((res) => setTimeout(res, 0)); out.destroyOrder = [dOrder, rd.errored?.message, rd.destroyed];
  const t = new stream.Transform({ transform(ch, e, cb) { cb(null, ch); }, flush(cb) { cb(null, "F"); } });
  const tOut = collect(t); t.end("x"); out.flushData = await tOut;
  const enc = new stream.PassThrough(); enc.setEncoding("base64"); const encOut = collect(enc); enc.write(Buffer.from([1])); enc.write(Buffer.from([2, 3, 4])); enc.end(Buffer.from([5]));
  out.base64Chunks = await encOut;
  const ac = new AbortController(); const sig = stream.addAbortSignal(ac.signal, new stream.Readable({ read() {} }));
  const abortErr = new Promise((res) => sig.on("error", (e) => res([e.name, e.code, e.message]))); ac.abort(); out.addAbortSignal = await abortErr;
  const fin = new stream.PassThrough(); const cleanup = stream.finished(fin, (err) => { out.finishedCb = err ? err.code : "ok"; });
  out.finishedRet = typeof cleanup; fin.resume(); fin.end("z"); await new Promise((res) => setTimeout(res, 5));
  out.readZero = (() => { const rz = new stream.Readable({ read() {} }); rz.push("ab"); return [rz.read(0), rz.readableLength, rz.read(1)?.toString(), rz.read(5), rz.read()?.toString()]; })().map((x) => x === null ? "null" : x);
  `),

  nodeCase("node3-crypto-lib-patterns", "node:crypto as libraries use it: Hash as a stream, update input encodings, pg SCRAM steps, promisified pbkdf2/scrypt, CTR/ECB/ChaCha/DES ciphers, generateKeySync, KeyObject.from, ECDH/DH, primes, webcrypto identity",
    `import crypto from "node:crypto"; import { promisify } from "node:util";`, `
  const H = (alg, data, enc) => crypto.createHash(alg).update(data, enc).digest("hex");
  out.hashStream = await new Promise((res) => { const h = crypto.createHash("sha256"); h.on("readable", () => { const d = h.read(); if (d) res(d.toString("hex")); }); h.write("ab"); h.end("c"); });
  out.hashSetEnc = await new Promise((res) => { const h = crypto.createHash("md5"); h.setEncoding("hex"); h.on("data", (d) => res(d)); h.end("abc"); });
  out.hmacStream = await new Promise((res) => { const h = crypto.createHmac("sha1", "k"); h.on("data", (d) => res(Buffer.from(d).toString("hex"))); h.end("abc"); });
  out.updateEnc = [H("md5", "616263", "hex"), H("md5", "YWJj", "base64"), H("md5", "\\u00e9", "latin1"), H("md5", "\\u00e9", "binary"), H("md5", "\\u00e9"), H("md5", new Uint16Array([1, 2])), H("md5", new DataView(new ArrayBuffer(2))), H("md5", "YWJj", "base64url"), H("md5", "ab", "utf16le"), H("md5", "ab", "ascii"), c(() => H("md5", "ab", "bogus")), c(() => H("md5", 5)), c(() => H("md5", null))];
  out.digestEnc = ["base64", "base64url", "latin1", "binary", "ucs2", "utf8", "ascii"].map((e) => c(() => crypto.createHash("md5").update("a").digest(e)));
  out.digestBogus = c(() => crypto.createHash("md5").update("a").digest("bogus"));
  out.hmacKeys = [crypto.createHmac("sha256", "").update("x").digest("hex"), crypto.createHmac("sha256", Buffer.from("k")).update("x").digest("base64"), crypto.createHmac("sha256", new Uint8Array([107])).update("x").digest("base64"), crypto.createHmac("SHA256", crypto.createSecretKey(Buffer.from("k"))).update("x").digest("base64url"), c(() => crypto.createHmac("sha256", 5)), c(() => crypto.createHmac("sha256", null)), c(() => crypto.createHmac("nope", "k"))];
  const salted = crypto.pbkdf2Sync("pencil", Buffer.from("QSXCR+Q6sek8bf92", "base64"), 4096, 32, "sha256");
  const clientKey = crypto.createHmac("sha256", salted).update("Client Key").digest();
  const storedKey = crypto.createHash("sha256").update(clientKey).digest();
  out.scram = [salted.toString("hex"), clientKey.toString("base64"), storedKey.toString("base64")];
  out.pbkdf2p = await a(async () => (await promisify(crypto.pbkdf2)("pw", "salt", 1000, 32, "sha512")).toString("hex"));
  out.pbkdf2NoDigest = c(() => crypto.pbkdf2Sync("p", "s", 1, 8));
  out.pbkdf2Undef = c(() => crypto.pbkdf2Sync("p", "s", 1, 8, undefined));
  out.pbkdf2Cb = await new Promise((res) => crypto.pbkdf2("p", "s", 2, 10, "sha1", (e, k) => res(e ? e.message : k.toString("hex"))));
  out.scrypt = [c(() => crypto.scryptSync("p", "s", 16, { N: 16, r: 1, p: 1 }).toString("hex")), c(() => crypto.scryptSync("p", "s", 16, { cost: 16, blockSize: 1, parallelization: 1 }).toString("hex")), c(() => crypto.scryptSync("p", "s", 16, { N: 15 })), c(() => crypto.scryptSync("p", "s", 16, { N: 16, cost: 16 }))];
  out.scryptCb = await new Promise((res) => crypto.scrypt("p", "s", 8, (e, k) => res(e ? e.message : k.toString("hex"))));
  out.scryptCbOpts = await new Promise((res) => crypto.scrypt("p", "s", 8, { N: 32 }, (e, k) => res(e ? e.message : k.toString("hex"))));
  out.hkdf = c(() => Buffer.from(crypto.hkdfSync("sha256", "key", "salt", "info", 16)).toString("hex"));
  out.hkdfCb = await new Promise((res) => crypto.hkdf("sha512", Buffer.from("k"), "", "", 8, (e, k) => res(e ? e.message : [k instanceof ArrayBuffer, Buffer.from(k).toString("hex")])));
  const k32 = Buffer.alloc(32, 7), k16 = Buffer.alloc(16, 3), k24 = Buffer.alloc(24, 5), iv16 = Buffer.alloc(16, 1), iv12 = Buffer.alloc(12, 2), iv8 = Buffer.alloc(8, 4);
  const enc = (alg, key, iv, opts) => c(() => { const ci = crypto.createCipheriv(alg, key, iv, opts); return ci.update("hello world, cipher", "utf8", "hex") + ci.final("hex"); });
  out.ciphers = [enc("aes-256-ctr", k32, iv16), enc("aes-128-ecb", k16, null), enc("aes-128-ecb", k16, Buffer.alloc(0)), enc("aes-192-cbc", k24, iv16), enc("aes-256-cfb", k32, iv16), enc("aes-256-ofb", k32, iv16), enc("aes-128-cfb8", k16, iv16), enc("aes-256-cbc", "a".repeat(32), "b".repeat(16)), enc("aes-128-ctr", k16, iv16), enc("bf-cbc", k16, iv8), enc("aes256", k32, iv16), enc("AES-256-CBC", k32, iv16)];
  out.ctrRoundTrip = c(() => { const ci = crypto.createCipheriv("aes-256-ctr", k32, iv16); const ct = Buffer.concat([ci.update("abc"), ci.final()]); const de = crypto.createDecipheriv("aes-256-ctr", k32, iv16); return Buffer.concat([de.update(ct), de.final()]).toString(); });
  out.gcmTagLen = c(() => { const ci = crypto.createCipheriv("aes-256-gcm", k32, iv12, { authTagLength: 12 }); ci.setAAD(Buffer.from("aad")); const ct = ci.update("gcm text", "utf8", "base64") + ci.final("base64"); return [ct, ci.getAuthTag().toString("hex")]; });
  out.genKey = [c(() => crypto.generateKeySync("hmac", { length: 64 }).symmetricKeySize), c(() => crypto.generateKeySync("aes", { length: 128 }).export().length), c(() => crypto.generateKeySync("aes", { length: 100 })), c(() => crypto.generateKeySync("nope", { length: 128 }))];
  out.keyFrom = await a(async () => { const ck = await crypto.subtle.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-256" }, true, ["sign"]); const ko = crypto.KeyObject.from(ck); return [ko.type, ko.symmetricKeySize, ko.export().toString("hex")]; });
  out.webcrypto = [crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle, typeof crypto.getRandomValues, crypto.webcrypto?.subtle === crypto.subtle, c(() => crypto.getRandomValues(new Uint8Array(2)).length)];
  out.curves = c(() => { const cv = crypto.getCurves(); return [cv.includes("prime256v1"), cv.includes("secp384r1"), cv.includes("secp256k1")]; });
  out.misc = [c(() => crypto.getFips()), c(() => typeof crypto.secureHeapUsed), c(() => typeof crypto.X509Certificate), c(() => typeof crypto.Certificate), c(() => crypto.constants.RSA_PKCS1_PSS_PADDING), c(() => crypto.constants.RSA_PSS_SALTLEN_DIGEST), c(() => crypto.randomUUID().length), c(() => typeof crypto.randomInt(10))];
  out.constantsAll = js(crypto.constants); out.fips = js(crypto.fips);
  out.shake = [c(() => crypto.createHash("shake256", { outputLength: 8 }).update("a").digest("hex")), c(() => crypto.createHash("shake128").update("a").digest("hex")), c(() => crypto.createHash("sha3-256").update("a").digest("hex"))];
  `),

  nodeCase("node3-zlib-lib-patterns", "node:zlib details: multi-member gunzip, trailing bytes, truncated input and Z_SYNC_FLUSH, dictionaries, option range errors, strategies, input types, streams with flush/params, Gzip classes, promisified forms, codes",
    `import zlib from "node:zlib"; import { promisify } from "node:util"; import { Readable, Writable, Transform, pipeline } from "node:stream";`, `
  const h = (b) => Buffer.from(b).toString("hex");
  const gz = (s) => zlib.gzipSync(s);
  out.multiMember = c(() => zlib.gunzipSync(Buffer.concat([gz("ab"), gz("cd")])).toString());
  out.trailingZeros = c(() => zlib.gunzipSync(Buffer.concat([gz("ab"), Buffer.from([0, 0, 0])])).toString());
  out.trailingJunk = c(() => zlib.gunzipSync(Buffer.concat([gz("ab"), Buffer.from("junk")])).toString());
  out.inflateTrailing = c(() => zlib.inflateSync(Buffer.concat([zlib.deflateSync("ab"), Buffer.from("junk")])).toString());
  const full = zlib.deflateSync("hello world hello world");
  out.truncated = c(() => zlib.inflateSync(full.subarray(0, 8)));
  out.truncatedSync = c(() => zlib.inflateSync(full.subarray(0, 8), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString("hex"));
  out.gunzipTruncated = c(() => zlib.gunzipSync(gz("hello").subarray(0, 12)));
  out.empty = [c(() => zlib.inflateSync(Buffer.alloc(0))), c(() => zlib.gunzipSync(Buffer.alloc(0))), c(() => h(zlib.deflateSync(""))), c(() => h(zlib.deflateRawSync(Buffer.alloc(0)))), c(() => zlib.inflateRawSync(Buffer.alloc(0)).length)];
  const dict = Buffer.from("hello world");
  const withDict = zlib.deflateSync("hello world hello", { dictionary: dict });
  out.dict = [h(withDict), c(() => zlib.inflateSync(withDict, { dictionary: dict }).toString()), c(() => zlib.inflateSync(withDict)), c(() => zlib.inflateSync(withDict, { dictionary: Buffer.from("other") })), c(() => zlib.inflateRawSync(zlib.deflateRawSync("abab", { dictionary: Buffer.from("ab") }), { dictionary: Buffer.from("ab") }).toString())];
  out.rangeErrs = [c(() => zlib.deflateSync("x", { level: 10 })), c(() => zlib.deflateSync("x", { windowBits: 100 })), c(() => zlib.deflateSync("x", { memLevel: 0 })), c(() => zlib.deflateSync("x", { strategy: 9 })), c(() => zlib.deflateSync("x", { level: "1" })), c(() => zlib.deflateSync("x", { chunkSize: 10 })), c(() => zlib.gzipSync("x", { windowBits: 8 }).length), c(() => zlib.deflateRawSync("x", { windowBits: 8 }).length), c(() => zlib.inflateSync(full, { windowBits: 0 }).toString())];
  out.strategies = [h(zlib.deflateSync("aaaaaaaaaabbbbbbbbbb", { strategy: zlib.constants.Z_HUFFMAN_ONLY })), h(zlib.deflateSync("abcabcabc", { memLevel: 1 })), h(zlib.inflateSync(zlib.deflateSync("abcabcabc", { windowBits: 9 })))];
  out.inputs = [c(() => h(zlib.deflateSync(new Uint8Array([1, 2])))), c(() => h(zlib.deflateSync(new Uint8Array([1, 2]).buffer))), c(() => h(zlib.deflateSync(new DataView(new ArrayBuffer(2))))), c(() => zlib.deflateSync(5)), c(() => zlib.deflateSync(null)), c(() => zlib.deflateSync({})), c(() => h(zlib.deflateSync(new Uint16Array([258]))))];
  const big = Buffer.from(Array.from({ length: 4000 }, (_, i) => "line " + (i * 7919 % 1000) + " of text\\n").join(""));
  out.bigRound = [zlib.gunzipSync(zlib.gzipSync(big)).equals(big), zlib.inflateRawSync(zlib.deflateRawSync(big, { level: 1 })).equals(big), zlib.brotliDecompressSync(zlib.brotliCompressSync(big)).equals(big)];
  out.streamGzip = await a(() => new Promise((res, rej) => { const parts = []; pipeline(Readable.from(["ab", "cd", "ef"]), zlib.createGzip(), new Writable({ write(ch, e, cb) { parts.push(ch); cb(); } }), (err) => err ? rej(err) : res(zlib.gunzipSync(Buffer.concat(parts)).toString())); }));
  out.streamErr = await a(() => new Promise((res) => { const g = zlib.createGunzip(); g.on("error", (e) => res([e.name, e.code, e.errno, e.message])); g.end(Buffer.from("not gzip at all")); }));
  out.inflateErr = await a(() => new Promise((res) => zlib.inflate(Buffer.from([1, 2, 3, 4]), (e, r) => res(e ? [e.name, e.code, e.errno, e.message] : h(r)))));
  out.bytesWritten = await a(() => new Promise((res) => { const d = zlib.createDeflateRaw(); d.on("data", () => {}); d.on("end", () => res(d.bytesWritten)); d.end("12345"); }));
  out.classes = [typeof zlib.Gzip, zlib.createGzip() instanceof zlib.Gzip, zlib.createGzip() instanceof Transform, c(() => zlib.Gzip() instanceof zlib.Gzip), typeof zlib.Unzip, typeof zlib.BrotliCompress, typeof zlib.Zstd, zlib.createInflate()._finishFlushFlag ?? "undefined"];
  out.promisified = await a(async () => (await promisify(zlib.gunzip)(await promisify(zlib.gzip)("abc"))).toString());
  out.codes = [zlib.codes?.Z_DATA_ERROR, zlib.codes?.["-3"], zlib.codes?.Z_OK, zlib.codes?.Z_NEED_DICT];
  out.unzip = [c(() => zlib.unzipSync(zlib.deflateSync("d")).toString()), c(() => zlib.unzipSync(gz("g")).toString()), c(() => zlib.inflateSync(gz("g"))), c(() => zlib.gunzipSync(zlib.deflateSync("d")))];
  out.crc = [c(() => zlib.crc32("hello")), c(() => zlib.crc32(Buffer.from("hello"))), c(() => zlib.crc32("world", zlib.crc32("hello "))), c(() => zlib.crc32(5)), c(() => zlib.crc32("", 0)), c(() => zlib.crc32(new Uint8Array([1, 2, 3])))];
  out.brotliParams = [c(() => zlib.brotliDecompressSync(zlib.brotliCompressSync("x".repeat(1000), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: 1000 } })).length), c(() => zlib.brotliCompressSync("x", { params: { 9999: 1 } })), c(() => zlib.brotliCompressSync("x", { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 99 } }).length), c(() => zlib.brotliDecompressSync(Buffer.from("garbage!")))];
  out.gzipHeaderOs = h(gz("a").subarray(0, 10));
  out.levels = [0, 1, 5, 9].map((l) => h(zlib.deflateSync("the quick brown fox the quick brown fox", { level: l })));
  `),

  nodeCase("node3-util-inspect-lib-patterns", "node:util as debug/loggers use it: legacy is* helpers, inspect with colors, array grouping, long arrays/objects, functions, promises, iterators, string quoting, keys quoting, errors with set stacks, formatWithOptions, styleText",
    `import util from "node:util";`, `
  const I = util.inspect;
  const names = ["isArray", "isBoolean", "isNull", "isNullOrUndefined", "isNumber", "isString", "isSymbol", "isUndefined", "isRegExp", "isObject", "isDate", "isError", "isFunction", "isPrimitive", "isBuffer", "_extend", "log", "debug", "debuglog", "getSystemErrorMap", "transferableAbortSignal", "transferableAbortController", "styleText", "getCallSite", "getCallSites", "parseEnv", "toUSVString", "MIMEType", "MIMEParams", "formatWithOptions", "isArrayBuffer", "_errnoException", "_exceptionWithHostPort", "getSystemErrorName", "isDeepStrictEqual", "promisify", "callbackify", "inherits", "deprecate", "aborted", "types", "TextEncoder", "TextDecoder", "parseArgs", "stripVTControlCharacters", "diff", "setTraceSigInt"];
  out.members = names.map((k) => k + ":" + typeof util[k]);
  out.legacyCalls = [c(() => util.isArray([])), c(() => util.isString("x")), c(() => util.isPrimitive(null)), c(() => util.isBuffer(Buffer.alloc(1))), c(() => util.isObject(null)), c(() => util.isFunction(() => 1)), c(() => util.isError(new TypeError())), c(() => util._extend({ a: 1 }, { b: 2 })), c(() => util.isRegExp(/x/)), c(() => util.isDate(new Date()))];
  out.colors = I({ a: 1, b: "s", c: null, d: undefined, e: [true], f: Symbol("x"), g: 10n, h: /r/g, i: new Date(0), j: () => 1 }, { colors: true });
  out.styles = JSON.stringify(util.inspect.styles);
  out.colorNames = Object.keys(util.inspect.colors).length;
  out.styleText = [c(() => util.styleText("red", "x")), c(() => util.styleText(["bold", "underline"], "y")), c(() => util.styleText("nope", "z")), c(() => util.styleText("red", 5))];
  out.group = [I(Array.from({ length: 30 }, (_, i) => i)), I(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1))), I(Array.from({ length: 120 }, (_, i) => i * 3)), I(Array.from({ length: 8 }, (_, i) => ({ id: i }))), I(Array.from({ length: 10 }, (_, i) => -i * 1000))];
  out.longObj = [I({ alpha: "aaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbbb", gamma: "ccccccccccccccccc", delta: [1, 2, 3], eps: { x: 1 } }), I({ a: 1, b: 2 }, { breakLength: 3 }), I({ nested: { deeper: { list: [1, 2, 3], text: "some text here" }, other: "value that is long enough to wrap the line" } })];
  out.nested = [I([[1, [2, [3, [4]]]]]), I({ a: { b: { c: { d: { e: 1 } } } } }), I({ a: { b: {} } }, { depth: 0 }), I([[[[[]]]]], { depth: 1 }), I(new Map(Array.from({ length: 3 }, (_, i) => [i, { v: i }])))];
  out.sparse = [I([, , 1, , ]), I(Object.assign([1, 2], { extra: true })), I(new Array(5)), I([undefined, null])];
  class A {} class B extends Array {}
  out.fns = [I(function () {}), I(() => {}), I(async function af() {}), I(function* gen() {}), I(async () => {}), I(A), I(class extends A {}), I(B), I(Object.assign(function f() {}, { p: 1 })), I(Math.max), I(function () {}.bind(null)), I(Symbol)];
  out.weak = [I(new WeakMap()), I(new WeakSet()), typeof WeakRef, typeof FinalizationRegistry];
  out.args = (function () { return I(arguments); })(1, "b");
  out.buffers = [I(new DataView(new ArrayBuffer(2))), I(new ArrayBuffer(3)), I(new Float64Array([1.5, -0])), I(new BigInt64Array([1n]))];
  out.numbers = [I([-0, 0, 1e21, 1.5, NaN, -Infinity, 123456789n]), I(1234567.891, { numericSeparator: true }), I(-1234567n, { numericSeparator: true }), I(0.0000001)];
  out.strings = [I("it's"), I('a"b' + "'c"), I("a\\x60b\\"c'd"), I("\\n\\t\\x00\\x7f\\u2028\\x1b"), I("x".repeat(20), { maxStringLength: 5 }), I(["a'b"]), I("\\ud800")];
  out.keys = [I({ [Symbol("s")]: 1, [Symbol.iterator]: 2 }), I({ "a-b": 1, "1a": 2, a1: 3, "\\u00fc": 4, "": 5, constructor: 6, "$x": 7, _y: 8, 10: 9 })];
  const e1 = new Error("m"); e1.stack = "Error: m\\n    at x (file.js:1:1)";
  const e2 = new TypeError("t"); e2.stack = undefined;
  const e3 = new Error("c"); e3.stack = "Error: c\\n    at y"; e3.code = "E_X"; e3.extra = { n: 1 };
  const e4 = new RangeError("no stack line"); e4.stack = "custom stack text";
  const e5 = new Error("named"); e5.name = "MyError"; e5.stack = "Error: named\\n    at z";
  out.errors = [I(e1), I(e2), I(e3), I(e4), I(e5), I({ err: e2 }), I([e2])];
  const o = { a: 1 }; o.self = o; o.arr = [o, { o }];
  out.circular = I(o);
  out.getters = [I({ get x() { return 1; }, set y(v) {}, get z() { return 2; }, set z(v) {} }), I({ get x() { return 1; }, get bad() { throw new Error("g"); } }, { getters: true })];
  out.custom = [I({ [util.inspect.custom](depth, opts, insp) { return { depth, typeofInsp: typeof insp, stylize: typeof opts.stylize }; } }), I({ [Symbol.for("nodejs.util.inspect.custom")]() { return "CUSTOM"; } }), I({ inner: { [util.inspect.custom]() { return [1, 2]; } } }), I({ inspect() { return "old-style"; } })];
  out.nullProto = [I(Object.create(null)), I(Object.assign(Object.create(null), { a: 1 })), I(Object.create({ inherited: 1 }))];
  class Tagged { get [Symbol.toStringTag]() { return "TG"; } }
  out.classes = [I(new A()), I(new (class Foo { constructor() { this.x = 1; } })()), I(new Tagged()), I(Object.create(A.prototype)), I(new (class extends Map {})([[1, 2]]))];
  out.format = [util.format("%s:%d:%i:%f:%j:%o:%O:%%:%c", "a", 1.5, 2.7, "3.5", { x: 1 }, [1], { y: 2 }, "css"), util.format("no args %s"), util.format(1, 2, "3"), util.format("%s", null, undefined), util.formatWithOptions({ colors: true }, "%O", { a: 1 }), util.format("%s", { toString() { return "TS"; } }), util.format("%s", new Date(0)), util.format("%d", "0x10"), util.format("a", { b: 1 }, [2]), util.format(new Error("fmt").message)];
  out.defaults = js(util.inspect.defaultOptions);
  `),

  nodeCase("node3-buffer-lib-patterns", "Buffer as libraries use it: legacy slice/write methods, copyBytesFrom, write overloads, species of map/filter/slice, call without new, lowercase uint aliases, iteration, latin1/ucs2 names",
    `import { Buffer as B2, SlowBuffer } from "node:buffer";`, `
  const b = Buffer.from("h\\u00e9llo");
  const protoNames = ["asciiSlice", "base64Slice", "base64urlSlice", "latin1Slice", "hexSlice", "ucs2Slice", "utf8Slice", "asciiWrite", "base64Write", "base64urlWrite", "latin1Write", "hexWrite", "ucs2Write", "utf8Write", "toLocaleString", "readUintLE", "readUint8", "writeUint16BE", "readBigUint64LE", "writeBigUint64BE", "inspect", "equals", "readUIntBE", "toJSON", "swap16", "compare", "fill", "indexOf", "lastIndexOf", "includes"];
  out.proto = protoNames.map((k) => k + ":" + typeof Buffer.prototype[k]);
  out.protoDesc = [c(() => typeof Object.getOwnPropertyDescriptor(Buffer.prototype, "parent")?.get), c(() => typeof Object.getOwnPropertyDescriptor(Buffer.prototype, "offset")?.get), c(() => b.parent === b.buffer), c(() => typeof b.offset)];
  out.slices = [c(() => b.utf8Slice(0, 3)), c(() => b.latin1Slice()), c(() => b.hexSlice(1, 3)), c(() => b.asciiSlice(0, 3)), c(() => b.base64Slice(0, 4)), c(() => b.ucs2Slice(0, 2)), c(() => b.utf8Slice(2, 100)), c(() => b.utf8Slice(-1))];
  const wr = (f) => { const w = Buffer.alloc(6); const r = c(() => f(w)); return [r, w.toString("hex")]; };
  out.writes = [wr((w) => w.utf8Write("ab", 1)), wr((w) => w.latin1Write("\\u00e9", 0)), wr((w) => w.hexWrite("ffee", 2)), wr((w) => w.ucs2Write("a", 0)), wr((w) => w.asciiWrite("abc", 1, 1)), wr((w) => w.base64Write("AQID", 0)), wr((w) => w.utf8Write("abcdefgh"))];
  out.writeOverloads = [wr((w) => w.write("ab", "hex")), wr((w) => w.write("6162", "hex")), wr((w) => w.write("ab", 1, "latin1")), wr((w) => w.write("abc", 1, 1)), wr((w) => w.write("abc", 1, 1, "utf8")), wr((w) => w.write("abc", "utf8", 2)), wr((w) => w.write("abc", undefined, undefined, "hex")), wr((w) => w.write("\\u20ac", 5)), wr((w) => w.write("abc", 6))];
  out.species = [b.map((x) => x) instanceof Buffer, b.filter(() => true) instanceof Buffer, b.slice(1) instanceof Buffer, Uint8Array.prototype.slice.call(b, 1) instanceof Buffer, b.subarray(1).constructor.name, new Uint8Array(b).constructor.name, c(() => b.toReversed?.() instanceof Buffer), c(() => b.toSorted?.() instanceof Buffer), c(() => b.with?.(0, 1) instanceof Buffer)];
  out.callForms = [c(() => Buffer(3).length), c(() => new Buffer("abc").toString()), c(() => Buffer("ab", "hex").toString("hex")), c(() => new Buffer([1, 2]).length), c(() => SlowBuffer(2).length), B2 === Buffer, c(() => Buffer.of(1, 2, 300).toString("hex")), c(() => Buffer.from(b).buffer === b.buffer), c(() => Buffer.from(b.buffer, b.byteOffset, 2).toString("hex"))];
  out.aliases = [c(() => Buffer.from([1, 2, 3, 4]).readUint32BE()), c(() => Buffer.from([1, 2]).readUint16LE(0)), c(() => Buffer.from([1, 2, 3]).readUintBE(0, 3)), c(() => { const w = Buffer.alloc(4); w.writeUint32LE(0x01020304); return w.toString("hex"); }), c(() => { const w = Buffer.alloc(3); w.writeUintBE(0x010203, 0, 3); return w.toString("hex"); }), c(() => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).readBigUint64BE())];
  out.iterate = [c(() => Buffer.from("abc").indexOf("b", 0, "latin1")), [...Buffer.from("ab")], [...Buffer.from("ab").values()], Array.from(Buffer.from("ab").entries()), Object.keys(Buffer.from("ab")), JSON.stringify(Object.entries(Buffer.from("a")))];
  out.encNames = ["latin1", "binary", "ucs2", "ucs-2", "utf16le", "utf-16le", "UTF16LE", "Latin1", "BINARY", "base64URL", "ASCII", "utf-8"].map((e) => c(() => Buffer.from("\\u00e9a", e).toString("hex")));
  out.toStringEnc = ["ucs-2", "UCS2", "Binary", "LATIN1", "UTF-16LE", "Base64url", "HEX"].map((e) => c(() => Buffer.from([0xe9, 0x61]).toString(e)));
  out.fromArrays = [c(() => Buffer.from([-1, -255, 255.9, "0x10", null, undefined, true, {}]).toString("hex")), c(() => Buffer.from(new Float32Array([1.9, 300])).toString("hex")), c(() => Buffer.from(new BigUint64Array([1n])))];
  out.compareArgs = [c(() => Buffer.compare(new Uint8Array([1]), new Uint8Array([2]))), c(() => Buffer.from("a").compare(new Uint8Array([97]))), c(() => Buffer.compare("a", Buffer.from("a")))];
  out.indexOfNum = [Buffer.from([1, 2, 255]).indexOf(-1), Buffer.from([1, 2, 0]).indexOf(256), Buffer.from("abc").indexOf(98.9), Buffer.from("abcabc").lastIndexOf("b", 3), Buffer.from("abc").indexOf(Buffer.alloc(0), 1), c(() => Buffer.from("abc").indexOf("b", "1")), c(() => Buffer.from("abc").indexOf("62", "hex")), c(() => Buffer.from("abc").indexOf({}))];
  out.fillForms = [c(() => Buffer.alloc(4).fill(new Uint8Array([1, 2])).toString("hex")), c(() => Buffer.alloc(4).fill("ab", 1).toString("hex")), c(() => Buffer.alloc(4).fill("ab", 1, "latin1").toString("hex")), c(() => Buffer.alloc(4).fill(0x1ff).toString("hex")), c(() => Buffer.alloc(4).fill("a", 5)), c(() => Buffer.alloc(4).fill(Buffer.alloc(0)))];
  out.misc = [Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer(Buffer.alloc(0)), Buffer.from([1]) instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.name, Buffer.length, typeof Buffer.poolSize, Buffer.alloc(3).toString(), Buffer.from("ab").toLocaleString("hex"), String(Buffer.from([0xff])), Buffer.from("a") + Buffer.from("b"), c(() => Buffer.alloc(2).readUInt8(2)), c(() => Buffer.alloc(2).readInt16LE(1)), c(() => Buffer.from("x").readUInt8("0"))];
  `),
];

export const round2 = [
  nodeCase("node3-events-channels-timers", "EventEmitter as ES5 libraries use it (inherits + call, _events fields, emit during removal, unhandled error messages), diagnostics_channel channels and tracingChannel event order, timer handles, perf_hooks basics",
    `import EventEmitter, { once } from "node:events"; import util from "node:util"; import dc from "node:diagnostics_channel"; import timers from "node:timers"; import { AsyncLocalStorage } from "node:async_hooks";`, `
  function Legacy() { EventEmitter.call(this); this.name = "L"; }
  util.inherits(Legacy, EventEmitter);
  const l = new Legacy();
  out.legacyShape = [typeof l._events, l._eventsCount, l._maxListeners === undefined ? "undefined" : l._maxListeners, l.getMaxListeners(), l instanceof EventEmitter, EventEmitter.EventEmitter === EventEmitter, EventEmitter.defaultMaxListeners, typeof EventEmitter.init, EventEmitter.usingDomains];
  const log = [];
  const f1 = () => { log.push("f1"); l.removeListener("x", f2); };
  const f2 = () => log.push("f2");
  l.on("x", f1); l.on("x", f2);
  out.emitRet = [l.emit("x"), l.emit("x"), l.emit("nothing")];
  out.emitLog = log;
  l.on("y", () => {}); out.afterOn = [l._eventsCount, Object.keys(l._events), typeof l._events.y];
  const g = () => {}; l.once("z", g); out.onceRemove = [l.listenerCount("z"), l.removeListener("z", g) === l, l.listenerCount("z"), l.rawListeners("x").length];
  out.listenersCopy = (() => { const arr = l.listeners("x"); arr.push(1); return l.listeners("x").length; })();
  out.errors = [c(() => l.emit("error", "str")), c(() => l.emit("error", { message: "obj" })), c(() => l.emit("error")), c(() => l.emit("error", 42)), c(() => l.emit("error", new TypeError("te")))];
  out.badListener = [c(() => l.on("a", null)), c(() => l.once("a", "s")), c(() => l.setMaxListeners(-1)), c(() => l.setMaxListeners("1"))];
  l.setMaxListeners(1); const warned = []; l.on("b", () => {}); l.on("b", () => {}); out.maxListeners = [l.getMaxListeners(), l.listenerCount("b")];
  out.removeAll = [l.removeAllListeners("b") === l, l.listenerCount("b"), l.eventNames().map(String)];
  const ch = dc.channel("node3:test");
  const got = [];
  const sub = (msg, name) => got.push([msg.v, String(name)]);
  out.dc0 = [ch.hasSubscribers, dc.hasSubscribers("node3:test"), ch.name];
  ch.subscribe(sub); ch.publish({ v: 1 }); dc.subscribe("node3:test", (m) => got.push(["direct", m.v])); ch.publish({ v: 2 });
  out.dc1 = [ch.hasSubscribers, ch.unsubscribe(sub), ch.unsubscribe(sub), got, dc.channel("node3:test") === ch];
  out.dcErr = [c(() => dc.channel(5)), c(() => ch.subscribe("x"))];
  const tc = c(() => dc.tracingChannel("node3:tc"));
  out.tracingType = tc;
  const tEvents = [];
  try {
    const t = dc.tracingChannel("node3:tc2");
    t.subscribe({ start: (m) => tEvents.push("start:" + m.x), end: (m) => tEvents.push("end:" + ("result" in m ? m.result : "-")), asyncStart: (m) => tEvents.push("asyncStart:" + m.result), asyncEnd: (m) => tEvents.push("asyncEnd"), error: (m) => tEvents.push("error:" + m.error.message) });
    out.traceSync = t.traceSync((a, b) => a + b, { x: 1 }, null, 2, 3);
    out.tracePromise = await t.tracePromise(async () => "p", { x: 2 });
    try { t.traceSync(() => { throw new Error("boom"); }, { x: 3 }); } catch (e) { tEvents.push("caught:" + e.message); }
    out.tcHas = t.hasSubscribers;
  } catch (e) { tEvents.push("threw:" + e.message); }
  out.tEvents = tEvents;
  const als = new AsyncLocalStorage(); const storeCh = dc.channel("node3:store");
  const seenStore = [];
  try { storeCh.bindStore(als, (m) => ({ from: m.v })); storeCh.runStores({ v: 7 }, () => seenStore.push(als.getStore())); } catch (e) { seenStore.push("threw:" + e.message); }
  out.stores = js(seenStore);
  const tm = setTimeout(() => {}, 1000);
  out.timeoutObj = [typeof tm, typeof tm?.unref, typeof tm?.ref, typeof tm?.hasRef, typeof tm?.refresh, c(() => tm.hasRef()), c(() => tm.unref() === tm), c(() => tm.hasRef()), c(() => typeof tm[Symbol.toPrimitive]), c(() => typeof +tm)];
  clearTimeout(tm);
  const tt = timers.setTimeout(() => {}, 1000);
  out.timersObj = [typeof tt, tt?.constructor?.name, c(() => typeof tt[Symbol.toPrimitive]), c(() => Number.isInteger(+tt))];
  timers.clearTimeout(tt);
  const iv = setInterval(() => {}, 1000); out.intervalObj = [typeof iv, iv?.constructor?.name]; clearInterval(iv);
  out.clearByNumber = await new Promise((res) => { let fired = false; const h = setTimeout(() => { fired = true; }, 5); clearTimeout(+h); setTimeout(() => res(fired), 20); });
  out.timerArgs = await new Promise((res) => setTimeout((a, b) => res([a, b]), 0, "A", "B"));
  const performance = globalThis.performance; out.perf = [typeof performance.now(), typeof performance.timeOrigin, c(() => typeof performance.mark), c(() => typeof performance.measure), c(() => performance === globalThis.performance), c(() => typeof performance.timerify)];
  out.onceResult = await a(async () => { const e = new EventEmitter(); setTimeout(() => e.emit("go", 1, 2), 0); return await once(e, "go"); });
  out.onceError = await a(async () => { const e = new EventEmitter(); setTimeout(() => e.emit("error", new Error("oe")), 0); return await once(e, "go"); });
  `),

  nodeCase("node3-crypto-more-ciphers", "node:crypto Triple DES and ChaCha20-Poly1305 ciphers: outputs, round trips, tags, key/iv length errors, padding off",
    `import crypto from "node:crypto";`, `
  const k32 = Buffer.alloc(32, 7), k24 = Buffer.alloc(24, 5), iv12 = Buffer.alloc(12, 2), iv8 = Buffer.alloc(8, 4);
  const enc = (alg, key, iv, opts, text = "hello world, cipher") => c(() => { const ci = crypto.createCipheriv(alg, key, iv, opts); const ct = ci.update(text, "utf8", "hex") + ci.final("hex"); return [ct, alg.startsWith("chacha") ? ci.getAuthTag().toString("hex") : null]; });
  out.des = [enc("des-ede3-cbc", k24, iv8), enc("des-ede3-cbc", k24, iv8, undefined, ""), enc("des-ede3-cbc", k24, iv8, undefined, "12345678"), enc("DES-EDE3-CBC", k24, iv8), enc("des-ede3-cbc", Buffer.alloc(16), iv8), enc("des-ede3-cbc", k24, Buffer.alloc(16))];
  out.desRound = c(() => { const ci = crypto.createCipheriv("des-ede3-cbc", k24, iv8); const ct = Buffer.concat([ci.update("round trip"), ci.final()]); const de = crypto.createDecipheriv("des-ede3-cbc", k24, iv8); return Buffer.concat([de.update(ct), de.final()]).toString(); });
  out.desNoPad = [c(() => { const ci = crypto.createCipheriv("des-ede3-cbc", k24, iv8); ci.setAutoPadding(false); return ci.update("12345678", "utf8", "hex") + ci.final("hex"); }), c(() => { const ci = crypto.createCipheriv("des-ede3-cbc", k24, iv8); ci.setAutoPadding(false); return ci.update("123", "utf8", "hex") + ci.final("hex"); })];
  out.desBad = c(() => { const de = crypto.createDecipheriv("des-ede3-cbc", k24, iv8); de.update(Buffer.alloc(8)); return de.final(); });
  out.chacha = [enc("chacha20-poly1305", k32, iv12, { authTagLength: 16 }), enc("chacha20-poly1305", k32, iv12), enc("chacha20-poly1305", k32, iv12, undefined, ""), enc("chacha20-poly1305", Buffer.alloc(16), iv12), enc("chacha20-poly1305", k32, Buffer.alloc(8))];
  out.chachaAad = c(() => { const ci = crypto.createCipheriv("chacha20-poly1305", k32, iv12, { authTagLength: 16 }); ci.setAAD(Buffer.from("aad"), { plaintextLength: 3 }); const ct = Buffer.concat([ci.update("abc"), ci.final()]); return [ct.toString("hex"), ci.getAuthTag().toString("hex")]; });
  out.chachaRound = c(() => { const ci = crypto.createCipheriv("chacha20-poly1305", k32, iv12, { authTagLength: 16 }); const ct = Buffer.concat([ci.update("round trip"), ci.final()]); const tag = ci.getAuthTag(); const de = crypto.createDecipheriv("chacha20-poly1305", k32, iv12, { authTagLength: 16 }); de.setAuthTag(tag); return Buffer.concat([de.update(ct), de.final()]).toString(); });
  out.chachaBadTag = c(() => { const de = crypto.createDecipheriv("chacha20-poly1305", k32, iv12, { authTagLength: 16 }); de.setAuthTag(Buffer.alloc(16)); de.update(Buffer.from("abcd")); return de.final(); });
  out.info = [c(() => js(crypto.getCipherInfo("des-ede3-cbc"))), c(() => js(crypto.getCipherInfo("chacha20-poly1305"))), crypto.getCiphers().includes("des-ede3-cbc"), crypto.getCiphers().includes("chacha20-poly1305")];
  `),
];

const round3 = [{ name: "node3-keyobject-from-size", area: "node", description: "node:crypto KeyObject.from(CryptoKey): symmetricKeySize is the CryptoKey algorithm length in bits (HMAC with and without length, AES), export keeps the bytes", options: { modules: true, compatibilityDate: "2025-01-01", compatibilityFlags: ["nodejs_compat"], script: `import crypto from "node:crypto";
export default { async fetch() {
  const out = [];
  for (const [bytes, alg] of [[3, { name: "HMAC", hash: "SHA-256" }], [16, { name: "HMAC", hash: "SHA-256" }], [16, { name: "HMAC", hash: "SHA-256", length: 125 }], [16, { name: "AES-GCM" }], [32, { name: "AES-CBC" }]]) {
    const ck = await crypto.subtle.importKey("raw", new Uint8Array(bytes), alg, true, alg.name === "HMAC" ? ["sign"] : ["encrypt"]);
    const ko = crypto.KeyObject.from(ck);
    out.push([bytes, alg.name, ck.algorithm.length, ko.symmetricKeySize, ko.export().length]);
  }
  return Response.json(out);
} };` }, steps: [get("/")] }];


const round4 = [
  nodeCase("node3-process-env-and-misc", "process.env as libraries use it (assignment coerces to strings, delete, in, keys, JSON, spread) with vars at 2025-04-01+, process helpers (nextTick args, emitWarning event, hrtime.bigint, memoryUsage, cwd, argv), util.promisify of timers",
    `import process from "node:process"; import util from "node:util"; import timers from "node:timers";`, `
  const penv = process.env;
  penv.NUM = 1; penv.BOOL = true; penv.NUL = null; penv.UND = undefined; penv.OBJ = { a: 1 };
  out.coerced = [penv.NUM, penv.BOOL, penv.NUL, penv.UND, penv.OBJ, typeof penv.NUM];
  out.symbols = c(() => { penv[Symbol("s")] = "x"; return "set"; });
  out.fromVars = [penv.TEXT_VAR, typeof penv.JSON_VAR, penv.JSON_VAR, penv.NUM_VAR, "TEXT_VAR" in penv, Object.keys(penv).includes("TEXT_VAR")];
  out.del = [delete penv.NUM, penv.NUM, "NUM" in penv, delete penv.MISSING];
  out.keysSorted = Object.keys(penv).sort();
  out.json = JSON.parse(JSON.stringify(penv)).TEXT_VAR;
  out.spread = typeof { ...penv }.TEXT_VAR;
  out.same = [process.env === penv, globalThis.process?.env === penv];
  out.defineProp = c(() => { Object.defineProperty(penv, "DEF", { value: 5, enumerable: true, configurable: true, writable: true }); return [penv.DEF, typeof penv.DEF]; });
  out.tick = await a(() => new Promise((res) => process.nextTick((a, b) => res([a, b]), "x", 2)));
  out.hr = [typeof process.hrtime, typeof process.hrtime?.bigint];
  out.mem = typeof process.memoryUsage;
  out.misc = [typeof process.cwd, Array.isArray(process.argv), typeof process.pid, process.platform, typeof process.version, process.release?.name, typeof process.exit, typeof process.on, typeof process.umask, process.exitCode ?? "undef"];
  out.promisifiedTimeout = await a(async () => await util.promisify(setTimeout)(1, "val"));
  out.promisifiedImmediate = await a(async () => await util.promisify(setImmediate)("imm"));
  out.timersPromises = await a(async () => await timers.promises.setTimeout(1, "tp"));
  out.abortTimeout = await a(async () => { const s = AbortSignal.timeout(1); await new Promise((r) => setTimeout(r, 20)); return [s.aborted, s.reason?.name]; });
  `, { date: "2025-06-01", extra: { bindings: { TEXT_VAR: "text", JSON_VAR: { a: [1, "b"] }, NUM_VAR: 42 } } }),
];

export default [...round1, ...round2, ...round3, ...round4];
