// node:crypto — hashes, HMAC, PBKDF2, HKDF, scrypt, AES ciphers and randomness as workerd provides
// them, computed in Java (webapi.NodeCrypto, JCA); KeyObjects and signatures: internal/crypto_keys.
import { KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, createSecretKey, createPublicKey, createPrivateKey,
  generateKeyPair, generateKeyPairSync, generateKey, generateKeySync, Sign, Verify, createSign, createVerify, sign, verify,
  publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt, diffieHellman,
} from "node-internal:crypto_keys";
import { ECDH, createECDH, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, createDiffieHellmanGroup, getDiffieHellman,
  checkPrime, checkPrimeSync, generatePrime, generatePrimeSync } from "node-internal:crypto_dh";
import { lazyStreamBase, kStreamOptions } from "node-internal:lazy_stream";
import { x509CertificateClass } from "node-internal:crypto_x509";
import { Certificate } from "node-internal:crypto_spkac";
export { Certificate };
export const X509Certificate = x509CertificateClass(hash);
const { Buffer, nodeError, invalidArgType } = $node;
const java = $node.host;

const webcrypto = globalThis.crypto;
export { webcrypto };
export const subtle = webcrypto.subtle;
export const getRandomValues = (array) => webcrypto.getRandomValues(array);
export function randomUUID(options) {
  if (options !== undefined) {
    if (options === null || typeof options !== "object") throw invalidArgType("options", "of type object", options);
    if (options.disableEntropyCache !== undefined && typeof options.disableEntropyCache !== "boolean") {
      throw invalidArgType("options.disableEntropyCache", "of type boolean", options.disableEntropyCache);
    }
  }
  return webcrypto.randomUUID();
}

/**
 * The digest names workerd (BoringSSL) accepts for createHash/createHmac/pbkdf2, lower-cased,
 * with the name the Java side knows them by: no "sha-256" spellings, SHA-3, SHAKE or RIPEMD.
 */
const WORKERD_DIGESTS = new Map([
  ["md4", "md4"], ["md5-sha1", "md5-sha1"], ["md5", "md5"], ["sha1", "sha1"], ["sha224", "sha224"], ["sha256", "sha256"], ["sha384", "sha384"], ["sha512", "sha512"],
  ["sha512-256", "sha512-256"], ["rsa-md5", "md5"], ["rsa-sha1", "sha1"], ["rsa-sha224", "sha224"], ["rsa-sha256", "sha256"],
  ["rsa-sha384", "sha384"], ["rsa-sha512", "sha512"], ["md5withrsaencryption", "md5"], ["sha1withrsaencryption", "sha1"],
  ["sha224withrsaencryption", "sha224"], ["sha256withrsaencryption", "sha256"], ["sha384withrsaencryption", "sha384"],
  ["sha512withrsaencryption", "sha512"], ["dsa-sha", "sha1"], ["dsa-sha1", "sha1"], ["ecdsa-with-sha1", "sha1"],
]);
function workerdDigest(name) {
  return WORKERD_DIGESTS.get(String(name).toLowerCase());
}
const DIGEST_SIZES = { md4: 16, "md5-sha1": 36, md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64, "sha512-256": 32 };

function bytesOf(data, encoding, name) {
  if (typeof data === "string") return Buffer.from(data, encoding);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType(name, "of type string or an instance of Buffer, TypedArray, or DataView", data);
}

function digestOut(bytes, encoding) {
  if (encoding === null) throw nodeError(TypeError, "ERR_UNKNOWN_ENCODING", "Unknown encoding: null");
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding === undefined || encoding === "buffer" ? buffer : buffer.toString(encoding);
}

function hashFinalized() {
  return nodeError(Error, "ERR_CRYPTO_HASH_FINALIZED", "Digest already called");
}

const kState = Symbol("kState");

/** The base of Hash, Hmac, Cipheriv and Decipheriv: a stream.Transform loaded on first use (internal/lazy_stream). */
const LazyTransform = lazyStreamBase("Transform", (object) => Object.prototype.hasOwnProperty.call(object, kState));

export function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  this[kStreamOptions] = options;
  if (algorithm instanceof Hash) { this[kState] = { handle: algorithm[kState].handle.copy(), finalized: false }; return; }
  if (typeof algorithm !== "string") throw invalidArgType("algorithm", "of type string", algorithm);
  const digest = workerdDigest(algorithm);
  const handle = digest === undefined ? null : java.createHash(digest);
  if (handle == null) throw new Error("Digest method not supported");
  if (options?.outputLength !== undefined && options.outputLength !== DIGEST_SIZES[digest]) throw new Error("invalid digest size");
  this[kState] = { handle, finalized: false };
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Hash.prototype._transform = function (chunk, encoding, callback) { this.update(chunk, encoding); callback(); };
// the stream's end digests through the handle, which keeps the result: a later digest() answers it (as workerd's)
Hash.prototype._flush = function (callback) { this.push(Buffer.from(finalDigest(this[kState]))); callback(); };
function finalDigest(state) {
  state.digested ??= new Uint8Array(state.handle.digest());
  return state.digested;
}
Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw hashFinalized();
  // a hash takes views and strings only (an ArrayBuffer is refused, unlike a cipher's update)
  if (data instanceof ArrayBuffer) throw invalidArgType("data", "of type string or an instance of Buffer, TypedArray, or DataView", data);
  state.handle.update(bytesOf(data, encoding, "data"));
  return this;
};
Hash.prototype.digest = function digest(encoding) {
  const state = this[kState];
  if (state.finalized) throw hashFinalized();
  state.finalized = true;
  return digestOut(finalDigest(state), encoding);
};
Hash.prototype.copy = function copy() {
  const state = this[kState];
  if (state.finalized) throw hashFinalized();
  return new Hash(this);
};

export function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  if (typeof hmac !== "string") throw invalidArgType("hmac", "of type string", hmac);
  this[kStreamOptions] = options;
  let keyBytes;
  if (key instanceof KeyObject) {
    if (key.type !== "secret") throw nodeError(Error, "ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE", `Invalid key object type ${key.type}, expected secret.`);
    keyBytes = key.export();
  } else if (typeof key === "string" || key instanceof ArrayBuffer || ArrayBuffer.isView(key)) keyBytes = bytesOf(key, options?.encoding, "key");
  else throw invalidArgType("key", "of type string or an instance of ArrayBuffer, Buffer, ArrayBufferView, KeyObject, or CryptoKey", key);
  const digest = workerdDigest(hmac);
  const handle = digest === undefined ? null : java.createHmac(digest, keyBytes);
  if (handle == null) throw new Error("Digest method not supported");
  this[kState] = { handle, finalized: false };
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype.digest = function digest(encoding) {
  const state = this[kState];
  // Node answers a second digest() of an Hmac with an empty result instead of throwing
  if (state.finalized) return digestOut(new Uint8Array(0), encoding);
  state.finalized = true;
  return digestOut(finalDigest(state), encoding);
};

export function createHash(algorithm, options) { return new Hash(algorithm, options); }
export function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); }

/** One-shot hash (crypto.hash, Node 21.7+). */
export function hash(algorithm, data, outputEncoding = "hex") {
  return createHash(algorithm).update(data).digest(outputEncoding);
}

/** The names workerd lists (BoringSSL's digest names). */
export function getHashes() {
  return ["md4", "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "md5-sha1", "RSA-MD5", "RSA-SHA1", "RSA-SHA224", "RSA-SHA256",
    "RSA-SHA384", "RSA-SHA512", "DSA-SHA", "DSA-SHA1", "ecdsa-with-SHA1"];
}
/** The cipher names workerd lists (BoringSSL's), whether or not createCipheriv supports each. */
export function getCiphers() {
  const upper = ["AES-128-CBC", "AES-192-CBC", "AES-256-CBC", "AES-128-CTR", "AES-192-CTR", "AES-256-CTR", "AES-128-ECB", "AES-192-ECB", "AES-256-ECB",
    "AES-128-OFB", "AES-192-OFB", "AES-256-OFB", "AES-128-GCM", "AES-192-GCM", "AES-256-GCM", "DES-CBC", "DES-ECB", "DES-EDE", "DES-EDE-CBC", "DES-EDE3-CBC", "RC2-CBC", "RC4"];
  return [...upper, ...upper.map((n) => n.toLowerCase()), "aes-256-eax", "aes-128-eax", "aes-128-ccm-matter", "aes-128-ccm-bluetooth",
    "aes-128-ccm-bluetooth-8", "aes-128-gcm", "aes-256-gcm", "aes-192-gcm", "aes-128-gcm-randnonce", "aes-256-gcm-randnonce", "aes-128-gcm-siv",
    "aes-256-gcm-siv", "aes-128-ctr-hmac-sha256", "aes-256-ctr-hmac-sha256", "chacha20-poly1305", "xchacha20-poly1305"];
}
export function getCurves() { return ["secp224r1", "prime256v1", "secp384r1", "secp521r1"]; }
// workerd's BoringSSL is a FIPS build
export function getFips() { return true; }
export function setFips() { throw nodeError(Error, "ERR_CRYPTO_FIPS_FORCED", "Cannot set FIPS mode in a non-FIPS build."); }

/** Node's validateInteger: a number, an integer, within [min, max] (safe integers by default). */
function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== "number") throw invalidArgType(name, "of type number", value);
  if (!Number.isInteger(value)) throw $node.outOfRange(name, "an integer", value);
  if (value < min || value > max) throw $node.outOfRange(name, `>= ${min} && <= ${max}`, value);
}

/** How workerd names the byte-source types of KDF inputs in its argument errors. */
function kdfBytes(data, name) {
  if (typeof data === "string" || data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return bytesOf(data, undefined, name);
  throw invalidArgType(name, "of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView", data);
}

function checkNumber(name, value, min, max) {
  if (typeof value !== "number") throw invalidArgType(name, "of type number", value);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "${name}" is out of range. It must be ${Number.isInteger(value) ? `>= ${min} && <= ${max}` : "an integer"}. Received ${value}`);
  }
}

export function randomBytes(size, callback) {
  checkNumber("size", size, 0, 2 ** 31 - 1);
  const out = Buffer.alloc(size);
  // one getRandomValues call, as workerd makes it: more than 64 KiB fails with its QuotaExceededError
  webcrypto.getRandomValues(out);
  if (callback === undefined) return out;
  // workerd hands a callback on to randomFill(buffer, callback), where a non-function lands in
  // the offset position and the check reports the missing callback (recorded)
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", undefined);
  queueMicrotask(() => callback(null, out));
  return undefined;
}
export { randomBytes as pseudoRandomBytes };

/**
 * Fills [offset, offset + size) of the view, counted in its elements, with one getRandomValues
 * call (so float views fail as there), returning the filled part as workerd does. As in workerd,
 * an ArrayBuffer has no element count: nothing is filled and an empty Buffer comes back.
 */
export function randomFillSync(buffer, offset, size) {
  if (!ArrayBuffer.isView(buffer) && !(buffer instanceof ArrayBuffer) && !(typeof SharedArrayBuffer !== "undefined" && buffer instanceof SharedArrayBuffer)) {
    throw invalidArgType("buffer", "an instance of TypedArray, DataView, ArrayBuffer, or SharedArrayBuffer", buffer);
  }
  const maxLength = buffer.length;
  if (offset !== undefined) checkNumber("offset", offset, 0, $node.BUFFER_MAX_LENGTH);
  else offset = 0;
  if (size !== undefined) checkNumber("size", size, 0, maxLength - offset);
  else size = maxLength - offset;
  const view = ArrayBuffer.isView(buffer) ? buffer : Buffer.from(buffer);
  if (typeof view.subarray !== "function") throw new TypeError("buffer.subarray is not a function");
  return webcrypto.getRandomValues(view.subarray(offset, offset + size));
}
export function randomFill(buffer, offset, size, callback) {
  if (typeof offset === "function") { callback = offset; offset = 0; size = undefined; }
  else if (typeof size === "function") { callback = size; size = undefined; }
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  randomFillSync(buffer, offset, size);
  queueMicrotask(() => callback(null, buffer));
}

export function randomInt(min, max, callback) {
  if (typeof callback === "function") { validateInteger(min, "min"); validateInteger(max, "max"); }
  else if (typeof max === "function") { callback = max; validateInteger(min, "max"); max = min; min = 0; }
  else if (arguments.length === 2) { validateInteger(min, "min"); validateInteger(max, "max"); }
  else { validateInteger(min, "max"); max = min; min = 0; }
  if (min >= max) throw $node.outOfRange("min", "min < max", min);
  const range = max - min;
  if (!(range <= 2 ** 48 - 1)) throw $node.outOfRange(max ? "max" : "max - min", "<= 281474976710655", range);
  // rejection sampling over 48 random bits: no modulo bias
  const limit = 2 ** 48 - (2 ** 48 % range);
  let value;
  do {
    const b = webcrypto.getRandomValues(new Uint8Array(6));
    value = b.reduce((n, byte) => n * 256 + byte, 0);
  } while (value >= limit);
  const result = min + (value % range);
  if (callback === undefined) return result;
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  queueMicrotask(() => callback(null, result));
  return undefined;
}

export function timingSafeEqual(a, b) {
  if (!ArrayBuffer.isView(a) && !(a instanceof ArrayBuffer)) throw new TypeError("Failed to execute 'timingSafeEqual' on 'SubtleCrypto': parameter 1 is not of type 'JsBufferSource'.");
  if (!ArrayBuffer.isView(b) && !(b instanceof ArrayBuffer)) throw new TypeError("Failed to execute 'timingSafeEqual' on 'SubtleCrypto': parameter 2 is not of type 'JsBufferSource'.");
  const x = bytesOf(a, undefined, "buf1");
  const y = bytesOf(b, undefined, "buf2");
  if (x.length !== y.length) throw new TypeError("Input buffers must have the same byte length.");
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

export function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  if (typeof digest !== "string") throw invalidArgType("digest", "of type string", digest);
  const pass = kdfBytes(password, "password");
  const s = kdfBytes(salt, "salt");
  checkNumber("iterations", iterations, 1, 2147483647);
  checkNumber("keylen", keylen, 0, 2147483647);
  const known = workerdDigest(digest);
  if (known === undefined || java.jcaHash(known) == null) throw new TypeError(`Invalid Pbkdf2 digest: ${digest}.`);
  return Buffer.from(new Uint8Array(java.pbkdf2({ digest: known, password: pass, salt: s, iterations, length: keylen })));
}
export function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === "function") { callback = digest; digest = undefined; }
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  const key = pbkdf2Sync(password, salt, iterations, keylen, digest);
  queueMicrotask(() => callback(null, key));
}

function checkDigest(digest) {
  if (typeof digest !== "string") throw invalidArgType("digest", "of type string", digest);
  const known = workerdDigest(digest);
  if (known === undefined || java.jcaHash(known) == null) throw new TypeError(`Invalid Hkdf digest: ${digest}`);
}
function keyBytes(key, name) {
  if (key instanceof KeyObject) return key.export();
  return bytesOf(key, undefined, name);
}

export function hkdfSync(digest, ikm, salt, info, keylen) {
  checkDigest(digest);
  digest = workerdDigest(digest);
  if (!(ikm instanceof KeyObject) && typeof ikm !== "string" && !(ikm instanceof ArrayBuffer) && !ArrayBuffer.isView(ikm)) {
    throw invalidArgType("ikm", "of type string or an instance of SecretKeyObject, ArrayBuffer, TypedArray, DataView, or Buffer", ikm);
  }
  const key = keyBytes(ikm, "ikm");
  const s = bytesOf(salt, undefined, "salt");
  const i = bytesOf(info, undefined, "info");
  if (i.byteLength > 1024) throw $node.outOfRange("info", "must not contain more than 1024 bytes", i.byteLength);
  checkNumber("keylen", keylen, 0, 2147483647);
  const out = java.hkdf({ digest, key, salt: s, info: i, length: keylen });
  if (out == null) throw new RangeError("Invalid Hkdf key length");
  return new Uint8Array(out).slice().buffer;
}
export function hkdf(digest, ikm, salt, info, keylen, callback) {
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  const key = hkdfSync(digest, ikm, salt, info, keylen);
  queueMicrotask(() => callback(null, key));
}

const SCRYPT_MAXMEM = 32 * 1024 * 1024;
/** One scrypt parameter under either of its names (N/cost, r/blockSize, p/parallelization); both at once is an error. */
function scryptParam(options, short, long, fallback) {
  let value = fallback;
  if (options[short] !== undefined) { value = options[short]; checkNumber(short, value, 0, 2 ** 32 - 1); }
  if (options[long] !== undefined) {
    if (options[short] !== undefined) throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument '${long}' is invalid. Received ${options[long]}`);
    value = options[long];
    checkNumber(long, value, 0, 2 ** 32 - 1);
  }
  return value === 0 ? fallback : value;
}
export function scryptSync(password, salt, keylen, options = {}) {
  const pass = kdfBytes(password, "password");
  const s = kdfBytes(salt, "salt");
  checkNumber("keylen", keylen, 0, 2147483647);
  options ??= {};
  const n = scryptParam(options, "N", "cost", 16384);
  const r = scryptParam(options, "r", "blockSize", 8);
  const p = scryptParam(options, "p", "parallelization", 1);
  let maxmem = SCRYPT_MAXMEM;
  if (options.maxmem !== undefined) { validateInteger(options.maxmem, "maxmem", 0); maxmem = options.maxmem || SCRYPT_MAXMEM; }
  // workerd's native scrypt reports every parameter it refuses with one message
  if (n < 2 || (n & (n - 1)) !== 0 || 128 * n * r > maxmem) throw new Error("Scrypt failed");
  return Buffer.from(new Uint8Array(java.scrypt({ password: pass, salt: s, n, r, p, length: keylen })));
}
export function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === "function") { callback = options; options = {}; }
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  const key = scryptSync(password, salt, keylen, options);
  queueMicrotask(() => callback(null, key));
}

function cipherOut(bytes, encoding) {
  const buffer = Buffer.from(new Uint8Array(bytes));
  return encoding === undefined || encoding === "buffer" ? buffer : buffer.toString(encoding);
}
function makeCipher(self, encrypt, algorithm, key, iv, options) {
  if (typeof algorithm !== "string") throw invalidArgType("cipher", "of type string", algorithm);
  if (!(key instanceof KeyObject) && typeof key !== "string" && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
    throw invalidArgType("key", "of type string or an instance of Buffer, TypedArray, DataView, KeyObject, or CryptoKey", key);
  }
  const keyData = keyBytes(key, "key");
  // workerd refuses a null iv although its message allows one
  if (typeof iv !== "string" && !(iv instanceof ArrayBuffer) && !ArrayBuffer.isView(iv)) {
    throw invalidArgType("iv", "of type string or an instance of Buffer, TypedArray, or DataView or null", iv);
  }
  const ivData = bytesOf(iv, undefined, "iv");
  // workerd always produces a 16-byte tag when encrypting (authTagLength only matters for decryption)
  const handle = java.cipher({ algorithm, encrypt, key: keyData, iv: ivData, tagLength: encrypt ? 16 : options?.authTagLength ?? 16 });
  if (handle === "cipher") throw new Error(`Unknown or unsupported cipher: ${algorithm}`);
  if (handle === "key") throw new Error("Invalid key length");
  if (handle === "aead") throw new Error("Failed to initialize AEAD cipher/decipher context");
  if (handle === "iv") throw new Error("Invalid initialization vector");
  self[kState] = { handle, finalized: false, decoder: null, encrypt, authTagSet: false, gcm: handle.isAead() };
  self[kStreamOptions] = options;
}
function cipherUpdate(data, inputEncoding, outputEncoding) {
  const state = this[kState];
  // workerd checks the data's encoding before the context's state
  if (typeof data === "string" && (inputEncoding === undefined || inputEncoding === "buffer")) {
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'inputEncoding' If inputEncoding is not provided then the data must be a Buffer. Received ${inputEncoding}`);
  }
  if (state.finalized) throw new Error("Cipher/decipher context has already been finalized");
  const out = state.handle.update(bytesOf(data, inputEncoding, "data"));
  if (out == null) throw new Error(state.handle.failure());
  return cipherOut(out, outputEncoding);
}
function cipherFinal(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw new Error("Cipher/decipher context has already been finalized");
  state.finalized = true;
  if (!state.encrypt && state.gcm && !state.authTagSet) throw new Error("No auth tag provided");
  const out = state.handle.doFinal();
  // workerd reports every failure of final() (bad padding, wrong tag, partial block) alike
  if (out == null) throw new Error("Authentication failed");
  return cipherOut(out, outputEncoding);
}

export function Cipheriv(algorithm, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(algorithm, key, iv, options);
  makeCipher(this, true, algorithm, key, iv, options);
}
function cipherTransform(chunk, encoding, callback) { this.push(this.update(chunk, encoding)); callback(); }
function cipherFlush(callback) {
  try { this.push(this.final()); } catch (e) { callback(e); return; }
  callback();
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Cipheriv.prototype._transform = cipherTransform;
Cipheriv.prototype._flush = cipherFlush;
Cipheriv.prototype.update = cipherUpdate;
Cipheriv.prototype.final = cipherFinal;
Cipheriv.prototype.setAutoPadding = function (on = true) {
  if (this[kState].finalized) throw new Error("Cipher/decipher context has already been finalized");
  this[kState].handle.setAutoPadding(!!on);
  return this;
};
Cipheriv.prototype.setAAD = function (buffer) {
  if (this[kState].finalized) throw new Error("Cipher/decipher context has already been finalized");
  this[kState].handle.setAAD(bytesOf(buffer, undefined, "buffer"));
  return this;
};
Cipheriv.prototype.getAuthTag = function () {
  if (!this[kState].finalized) throw new Error("Auth tag is only available once cipher context has been finalized");
  // a finalized cipher without a tag (not GCM) answers an empty one
  const tag = this[kState].handle.getAuthTag();
  return tag == null ? Buffer.alloc(0) : Buffer.from(new Uint8Array(tag));
};

export function Decipheriv(algorithm, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(algorithm, key, iv, options);
  makeCipher(this, false, algorithm, key, iv, options);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Decipheriv.prototype._transform = cipherTransform;
Decipheriv.prototype._flush = cipherFlush;
Decipheriv.prototype.update = cipherUpdate;
Decipheriv.prototype.final = cipherFinal;
Decipheriv.prototype.setAutoPadding = Cipheriv.prototype.setAutoPadding;
Decipheriv.prototype.setAAD = Cipheriv.prototype.setAAD;
Decipheriv.prototype.setAuthTag = function (tag) {
  if (!ArrayBuffer.isView(tag) && !(tag instanceof ArrayBuffer)) {
    throw new TypeError("Failed to execute 'setAuthTag' on 'CipherHandle': parameter 1 is not of type 'JsBufferSource'.");
  }
  // GCM's tag lengths: 4, 8 or 12 to 16 bytes
  const n = tag.byteLength;
  if (n !== 4 && n !== 8 && (n < 12 || n > 16)) throw new Error("Invalid authentication tag length");
  this[kState].handle.setAuthTag(bytesOf(tag, undefined, "buffer"));
  this[kState].authTagSet = true;
  return this;
};

export function createCipheriv(algorithm, key, iv, options) { return new Cipheriv(algorithm, key, iv, options); }
export function createDecipheriv(algorithm, key, iv, options) { return new Decipheriv(algorithm, key, iv, options); }

export {
  KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, createSecretKey, createPublicKey, createPrivateKey,
  generateKeyPair, generateKeyPairSync, generateKey, generateKeySync, Sign, Verify, createSign, createVerify, sign, verify,
  publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt,
} from "node-internal:crypto_keys";

// workerd's crypto.constants: OpenSSL's padding and point-conversion numbers, none of them enumerable
export const constants = Object.freeze(Object.defineProperties({}, Object.fromEntries([
  ["RSA_PKCS1_PADDING", 1], ["RSA_NO_PADDING", 3], ["RSA_PKCS1_OAEP_PADDING", 4], ["RSA_X931_PADDING", 5],
  ["RSA_PKCS1_PSS_PADDING", 6], ["RSA_PSS_SALTLEN_DIGEST", -1], ["RSA_PSS_SALTLEN_MAX_SIGN", -2], ["RSA_PSS_SALTLEN_AUTO", -2],
  ["POINT_CONVERSION_COMPRESSED", 2], ["POINT_CONVERSION_UNCOMPRESSED", 4], ["POINT_CONVERSION_HYBRID", 6],
].map(([name, value]) => [name, { value, enumerable: false }]))));
export const fips = true;
export const CryptoKey = globalThis.CryptoKey;
export { ECDH, createECDH, DiffieHellman, DiffieHellmanGroup, createDiffieHellman, createDiffieHellmanGroup, getDiffieHellman,
  checkPrime, checkPrimeSync, generatePrime, generatePrimeSync };

// Present in workerd's node:crypto but not emulated here: they throw ERR_METHOD_NOT_IMPLEMENTED.
function notImplemented(name) {
  const f = { [name]: function () { throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", `The ${name} method is not implemented`); } }[name];
  return f;
}
export const Cipher = notImplemented("Cipher");
export const Decipher = notImplemented("Decipher");
export const createCipher = notImplemented("createCipher");
export const createDecipher = notImplemented("createDecipher");
// OpenSSL's numeric ids of the AES ciphers createCipheriv supports
const CIPHER_NIDS = { "128-ecb": 418, "128-cbc": 419, "192-ecb": 422, "192-cbc": 423, "256-ecb": 426, "256-cbc": 427,
  "128-gcm": 895, "192-gcm": 898, "256-gcm": 901, "128-ctr": 904, "192-ctr": 905, "256-ctr": 906 };
/** Facts about a cipher createCipheriv supports ({name, nid, blockSize, ivLength, keyLength, mode}), else undefined. */
// the ciphers beside AES that createCipheriv knows, as OpenSSL describes them
const OTHER_CIPHERS = [
  { name: "DES-EDE3-CBC", nid: 44, blockSize: 8, ivLength: 8, keyLength: 24, mode: "cbc" },
  { name: "chacha20-poly1305", nid: 950, blockSize: 1, ivLength: 12, keyLength: 32, mode: "stream" },
];
export function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== "string" && typeof nameOrNid !== "number") throw invalidArgType("nameOrNid", "of type string or number", nameOrNid);
  const other = OTHER_CIPHERS.find((info) => (typeof nameOrNid === "number" ? info.nid === nameOrNid : info.name.toLowerCase() === nameOrNid.toLowerCase()));
  if (other !== undefined) {
    if (options?.keyLength !== undefined && options.keyLength !== other.keyLength) return undefined;
    if (options?.ivLength !== undefined && options.ivLength !== other.ivLength) return undefined;
    return { ...other };
  }
  const entry = Object.entries(CIPHER_NIDS).find(([suffix, nid]) => (typeof nameOrNid === "number" ? nid === nameOrNid : `aes-${suffix}` === nameOrNid.toLowerCase()));
  if (entry === undefined) return undefined;
  const [bits, mode] = entry[0].split("-");
  if (options?.keyLength !== undefined && options.keyLength !== Number(bits) / 8) return undefined;
  if (options?.ivLength !== undefined && mode !== "gcm" && options.ivLength !== (mode === "ecb" ? 0 : 16)) return undefined;
  // OpenSSL's long names: GCM ciphers are "id-aes<bits>-GCM"
  const name = mode === "gcm" ? `id-aes${bits}-GCM` : `AES-${bits}-${mode.toUpperCase()}`;
  const info = { name, nid: entry[1], blockSize: mode === "cbc" || mode === "ecb" ? 16 : 1 };
  if (mode !== "ecb") info.ivLength = mode === "gcm" ? 12 : 16;
  info.keyLength = Number(bits) / 8;
  info.mode = mode;
  return info;
}
/** workerd has no secure heap and reports it empty. */
export function secureHeapUsed() { return { total: 0, used: 0, utilization: 0, min: 0 }; }
export const setEngine = notImplemented("setEngine");
// a named export only: workerd's default export has no diffieHellman
export { diffieHellman };

export default {
  Hash, Hmac, KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, constants, createHash, createHmac,
  createSecretKey, createPublicKey, createPrivateKey, generateKeyPair, generateKeyPairSync, generateKey, generateKeySync,
  Sign, Verify, createSign, createVerify, sign, verify, hash, fips, CryptoKey, Certificate, Cipher, Decipher, createCipher,
  createDecipher, DiffieHellman, DiffieHellmanGroup, ECDH, X509Certificate, createDiffieHellman, createDiffieHellmanGroup,
  getDiffieHellman, createECDH, checkPrime, checkPrimeSync, generatePrime, generatePrimeSync, getCipherInfo, privateDecrypt,
  privateEncrypt, publicDecrypt, publicEncrypt, secureHeapUsed, setEngine, getHashes, getCiphers, getCurves, getFips, setFips,
  getRandomValues, randomBytes, pseudoRandomBytes: randomBytes, randomFill, randomFillSync,
  randomInt, randomUUID, timingSafeEqual, pbkdf2, pbkdf2Sync, webcrypto, subtle, hkdf, hkdfSync, scrypt, scryptSync,
  Cipheriv, Decipheriv, createCipheriv, createDecipheriv,
};
