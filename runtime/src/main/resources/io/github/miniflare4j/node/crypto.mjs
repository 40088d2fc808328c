// node:crypto — hashes, HMAC, PBKDF2, HKDF, scrypt, AES ciphers and randomness as workerd provides
// them, computed in Java (webapi.NodeCrypto, JCA); KeyObjects and signatures: internal/crypto_keys.
import { KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, createSecretKey, createPublicKey, createPrivateKey,
  generateKeyPair, generateKeyPairSync, generateKey, generateKeySync, Sign, Verify, createSign, createVerify, sign, verify,
  publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt,
} from "node-internal:crypto_keys";
const { Buffer, nodeError, invalidArgType } = $node;
const java = $node.host;

const webcrypto = globalThis.crypto;
export { webcrypto };
export const subtle = webcrypto.subtle;
export const getRandomValues = (array) => webcrypto.getRandomValues(array);
export const randomUUID = () => webcrypto.randomUUID();

function bytesOf(data, encoding, name) {
  if (typeof data === "string") return Buffer.from(data, encoding);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw invalidArgType(name, "of type string or an instance of Buffer, TypedArray, or DataView", data);
}

function digestOut(bytes, encoding) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding === undefined || encoding === "buffer" ? buffer : buffer.toString(encoding);
}

function hashFinalized() {
  return nodeError(Error, "ERR_CRYPTO_HASH_FINALIZED", "Digest already called");
}

const kState = Symbol("kState");

export function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (algorithm instanceof Hash) { this[kState] = { handle: algorithm[kState].handle.copy(), finalized: false }; return; }
  if (typeof algorithm !== "string") throw invalidArgType("algorithm", "of type string", algorithm);
  const handle = java.createHash(algorithm);
  if (handle == null) throw new Error("Digest method not supported");
  this[kState] = { handle, finalized: false };
}
Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw hashFinalized();
  state.handle.update(bytesOf(data, encoding, "data"));
  return this;
};
Hash.prototype.digest = function digest(encoding) {
  const state = this[kState];
  if (state.finalized) throw hashFinalized();
  state.finalized = true;
  return digestOut(new Uint8Array(state.handle.digest()), encoding);
};
Hash.prototype.copy = function copy() {
  const state = this[kState];
  if (state.finalized) throw hashFinalized();
  return new Hash(this);
};

export function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  if (typeof hmac !== "string") throw invalidArgType("hmac", "of type string", hmac);
  let keyBytes;
  if (key instanceof KeyObject) keyBytes = key.export();
  else if (typeof key === "string" || key instanceof ArrayBuffer || ArrayBuffer.isView(key)) keyBytes = bytesOf(key, options?.encoding, "key");
  else throw invalidArgType("key", "of type string or an instance of ArrayBuffer, Buffer, ArrayBufferView, KeyObject, or CryptoKey", key);
  const handle = java.createHmac(hmac, keyBytes);
  if (handle == null) throw new Error("Digest method not supported");
  this[kState] = { handle, finalized: false };
}
Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype.digest = function digest(encoding) {
  const state = this[kState];
  // Node answers a second digest() of an Hmac with an empty result instead of throwing
  if (state.finalized) return digestOut(new Uint8Array(0), encoding);
  state.finalized = true;
  return digestOut(new Uint8Array(state.handle.digest()), encoding);
};

export function createHash(algorithm, options) { return new Hash(algorithm, options); }
export function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); }

/** One-shot hash (crypto.hash, Node 21.7+). */
export function hash(algorithm, data, outputEncoding = "hex") {
  return createHash(algorithm).update(data).digest(outputEncoding);
}

export function getHashes() { return Array.from(java.hashes()); }
export function getCiphers() { return ["aes-128-cbc", "aes-128-ctr", "aes-128-ecb", "aes-128-gcm", "aes-192-cbc", "aes-192-ctr", "aes-192-ecb", "aes-192-gcm", "aes-256-cbc", "aes-256-ctr", "aes-256-ecb", "aes-256-gcm"]; }
export function getCurves() { return ["prime256v1", "secp384r1", "secp521r1"]; }
export function getFips() { return 0; }
export function setFips() { throw nodeError(Error, "ERR_CRYPTO_FIPS_FORCED", "Cannot set FIPS mode in a non-FIPS build."); }

function checkNumber(name, value, min, max) {
  if (typeof value !== "number") throw invalidArgType(name, "of type number", value);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "${name}" is out of range. It must be ${Number.isInteger(value) ? `>= ${min} && <= ${max}` : "an integer"}. Received ${value}`);
  }
}

export function randomBytes(size, callback) {
  checkNumber("size", size, 0, 2 ** 31 - 1);
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i += 65536) webcrypto.getRandomValues(out.subarray(i, Math.min(size, i + 65536)));
  if (callback === undefined) return out;
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  queueMicrotask(() => callback(null, out));
  return undefined;
}
export { randomBytes as pseudoRandomBytes };

export function randomFillSync(buffer, offset = 0, size) {
  if (!ArrayBuffer.isView(buffer) && !(buffer instanceof ArrayBuffer)) throw invalidArgType("buf", "an instance of ArrayBuffer or ArrayBufferView", buffer);
  const bytes = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const end = size === undefined ? bytes.length : offset + size;
  for (let i = offset; i < end; i += 65536) webcrypto.getRandomValues(bytes.subarray(i, Math.min(end, i + 65536)));
  return buffer;
}
export function randomFill(buffer, offset, size, callback) {
  if (typeof offset === "function") { callback = offset; offset = 0; size = undefined; }
  else if (typeof size === "function") { callback = size; size = undefined; }
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  randomFillSync(buffer, offset, size);
  queueMicrotask(() => callback(null, buffer));
}

export function randomInt(min, max, callback) {
  if (typeof max === "undefined" || typeof max === "function") { callback = max; max = min; min = 0; }
  if (!Number.isSafeInteger(min)) throw nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "min" is out of range. It must be an integer. Received ${min}`);
  if (!Number.isSafeInteger(max)) throw nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "max" is out of range. It must be an integer. Received ${max}`);
  if (max <= min) throw nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "min" is out of range. It must be min < max. Received ${min}`);
  const range = max - min;
  if (range > 2 ** 48 - 1) throw nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "max - min" is out of range. It must be <= 281474976710655. Received ${range}`);
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
  const pass = bytesOf(password, undefined, "password");
  const s = bytesOf(salt, undefined, "salt");
  checkNumber("iterations", iterations, 1, 2147483647);
  checkNumber("keylen", keylen, 0, 2147483647);
  if (typeof digest !== "string") throw invalidArgType("digest", "of type string", digest);
  if (java.jcaHash(digest) == null) throw new TypeError(`Invalid Pbkdf2 digest: ${digest}.`);
  return Buffer.from(new Uint8Array(java.pbkdf2({ digest, password: pass, salt: s, iterations, length: keylen })));
}
export function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === "function") { callback = digest; digest = undefined; }
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  const key = pbkdf2Sync(password, salt, iterations, keylen, digest);
  queueMicrotask(() => callback(null, key));
}

function checkDigest(digest) {
  if (typeof digest !== "string") throw invalidArgType("digest", "of type string", digest);
  if (java.jcaHash(digest) == null) throw nodeError(TypeError, "ERR_CRYPTO_INVALID_DIGEST", `Invalid digest: ${digest}`);
}
function keyBytes(key, name) {
  if (key instanceof KeyObject) return key.export();
  return bytesOf(key, undefined, name);
}

export function hkdfSync(digest, ikm, salt, info, keylen) {
  checkDigest(digest);
  const key = keyBytes(ikm, "ikm");
  const s = bytesOf(salt, undefined, "salt");
  const i = bytesOf(info, undefined, "info");
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
export function scryptSync(password, salt, keylen, options = {}) {
  const pass = bytesOf(password, undefined, "password");
  const s = bytesOf(salt, undefined, "salt");
  checkNumber("keylen", keylen, 0, 2147483647);
  const n = options?.N ?? options?.cost ?? 16384;
  const r = options?.r ?? options?.blockSize ?? 8;
  const p = options?.p ?? options?.parallelization ?? 1;
  const maxmem = options?.maxmem ?? SCRYPT_MAXMEM;
  if (!Number.isInteger(n) || n < 2 || (n & (n - 1)) !== 0 || !Number.isInteger(r) || r < 1 || !Number.isInteger(p) || p < 1) {
    throw new Error("Scrypt failed");
  }
  if (128 * n * r > maxmem) {
    throw nodeError(RangeError, "ERR_CRYPTO_INVALID_SCRYPT_PARAMS", "Invalid scrypt params: memory limit exceeded");
  }
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
  const keyData = keyBytes(key, "key");
  const ivData = iv === null || iv === undefined ? null : bytesOf(iv, undefined, "iv");
  const handle = java.cipher({ algorithm, encrypt, key: keyData, iv: ivData, tagLength: options?.authTagLength ?? 16 });
  if (handle === "cipher") throw nodeError(Error, "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher");
  if (handle === "key") throw nodeError(RangeError, "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length");
  if (handle === "iv") throw nodeError(TypeError, "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector");
  self[kState] = { handle, finalized: false, decoder: null };
}
function cipherUpdate(data, inputEncoding, outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw nodeError(Error, "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation update");
  const out = state.handle.update(bytesOf(data, inputEncoding, "data"));
  if (out == null) throw new Error(state.handle.failure());
  return cipherOut(out, outputEncoding);
}
function cipherFinal(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw nodeError(Error, "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation final");
  state.finalized = true;
  const out = state.handle.doFinal();
  if (out == null) throw new Error(state.handle.failure());
  return cipherOut(out, outputEncoding);
}

export function Cipheriv(algorithm, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(algorithm, key, iv, options);
  makeCipher(this, true, algorithm, key, iv, options);
}
Cipheriv.prototype.update = cipherUpdate;
Cipheriv.prototype.final = cipherFinal;
Cipheriv.prototype.setAutoPadding = function (on = true) { this[kState].handle.setAutoPadding(!!on); return this; };
Cipheriv.prototype.setAAD = function (buffer) { this[kState].handle.setAAD(bytesOf(buffer, undefined, "buffer")); return this; };
Cipheriv.prototype.getAuthTag = function () {
  const tag = this[kState].handle.getAuthTag();
  if (tag == null) throw nodeError(Error, "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation getAuthTag");
  return Buffer.from(new Uint8Array(tag));
};

export function Decipheriv(algorithm, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(algorithm, key, iv, options);
  makeCipher(this, false, algorithm, key, iv, options);
}
Decipheriv.prototype.update = cipherUpdate;
Decipheriv.prototype.final = cipherFinal;
Decipheriv.prototype.setAutoPadding = Cipheriv.prototype.setAutoPadding;
Decipheriv.prototype.setAAD = Cipheriv.prototype.setAAD;
Decipheriv.prototype.setAuthTag = function (tag) { this[kState].handle.setAuthTag(bytesOf(tag, undefined, "buffer")); return this; };

export function createCipheriv(algorithm, key, iv, options) { return new Cipheriv(algorithm, key, iv, options); }
export function createDecipheriv(algorithm, key, iv, options) { return new Decipheriv(algorithm, key, iv, options); }

export {
  KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, createSecretKey, createPublicKey, createPrivateKey,
  generateKeyPair, generateKeyPairSync, generateKey, generateKeySync, Sign, Verify, createSign, createVerify, sign, verify,
  publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt,
} from "node-internal:crypto_keys";

export const constants = Object.freeze({});
export const fips = false;
export const CryptoKey = globalThis.CryptoKey;

// Present in workerd's node:crypto but not emulated here: they throw ERR_METHOD_NOT_IMPLEMENTED.
function notImplemented(name) {
  const f = { [name]: function () { throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", `The ${name}() method is not implemented`); } }[name];
  return f;
}
export const Certificate = notImplemented("Certificate");
export const Cipher = notImplemented("Cipher");
export const Decipher = notImplemented("Decipher");
export const createCipher = notImplemented("createCipher");
export const createDecipher = notImplemented("createDecipher");
export const DiffieHellman = notImplemented("DiffieHellman");
export const DiffieHellmanGroup = notImplemented("DiffieHellmanGroup");
export const ECDH = notImplemented("ECDH");
export const X509Certificate = notImplemented("X509Certificate");
export const createDiffieHellman = notImplemented("createDiffieHellman");
export const createDiffieHellmanGroup = notImplemented("createDiffieHellmanGroup");
export const getDiffieHellman = notImplemented("getDiffieHellman");
export const createECDH = notImplemented("createECDH");
export const checkPrime = notImplemented("checkPrime");
export const checkPrimeSync = notImplemented("checkPrimeSync");
export const generatePrime = notImplemented("generatePrime");
export const generatePrimeSync = notImplemented("generatePrimeSync");
export const getCipherInfo = notImplemented("getCipherInfo");
export const secureHeapUsed = notImplemented("secureHeapUsed");
export const setEngine = notImplemented("setEngine");
// a named export only: workerd's default export has no diffieHellman
export const diffieHellman = notImplemented("diffieHellman");

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
