// Web Crypto: crypto.getRandomValues / randomUUID, CryptoKey and crypto.subtle, whose methods
// (crypto-subtle.js: algorithm names, usages and shapes checked with workerd's messages) are
// loaded on the first call; the cryptography runs in Java (webapi.WebCrypto, JCA).

// @imports DOMException, lazyModule, defineGlobal from core.js
// @imports kInternal from streams.js
// @exports webCrypto, kKey, domError, CryptoKey

const webCrypto = host.webCrypto();
const kKey = Symbol("cryptoKey");

function domError(name, message) { return new DOMException(message, name); }

// ---- CryptoKey ---------------------------------------------------------------------------

class CryptoKey {
  constructor(token) { if (token !== kInternal) throw new TypeError("Illegal constructor"); }
  get type() { return this[kKey].type; }
  get extractable() { return this[kKey].extractable; }
  get algorithm() { return this[kKey].algorithm; }
  get usages() { return this[kKey].usages; }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: "CryptoKey" });

/** SubtleCrypto's methods (crypto-subtle.js), loaded on the first one called. */
function subtleMethods() { return lazyModule("crypto-subtle.js").subtleCryptoMethods; }

class SubtleCrypto {
  constructor(token) { if (token !== kInternal) throw new TypeError("Illegal constructor"); }
  digest(algorithm, data) { return subtleMethods().digest.apply(this, arguments); }
  importKey(format, keyData, algorithm, extractable, keyUsages) { return subtleMethods().importKey.apply(this, arguments); }
  exportKey(format, key) { return subtleMethods().exportKey.apply(this, arguments); }
  generateKey(algorithm, extractable, keyUsages) { return subtleMethods().generateKey.apply(this, arguments); }
  sign(algorithm, key, data) { return subtleMethods().sign.apply(this, arguments); }
  verify(algorithm, key, signature, data) { return subtleMethods().verify.apply(this, arguments); }
  encrypt(algorithm, key, data) { return subtleMethods().encrypt.apply(this, arguments); }
  decrypt(algorithm, key, data) { return subtleMethods().decrypt.apply(this, arguments); }
  deriveBits(algorithm, baseKey, length = null) { return subtleMethods().deriveBits.apply(this, arguments); }
  deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) { return subtleMethods().deriveKey.apply(this, arguments); }
  timingSafeEqual(a, b) { return subtleMethods().timingSafeEqual.apply(this, arguments); }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: "SubtleCrypto" });

const INTEGER_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array];
const MAX_RANDOM_BYTES = 65536;

class Crypto {
  #subtle = new SubtleCrypto(kInternal);
  constructor(token) { if (token !== kInternal) throw new TypeError("Illegal constructor"); }
  get subtle() { return this.#subtle; }
  getRandomValues(array) {
    if (!ArrayBuffer.isView(array)) {
      throw new TypeError("Failed to execute 'getRandomValues' on 'Crypto': parameter 1 is not of type 'JsArrayBufferView'.");
    }
    if (!INTEGER_ARRAYS.some((ctor) => array instanceof ctor)) {
      throw domError("TypeMismatchError", "ArrayBufferView argument to getRandomValues() must be an integer-typed view.");
    }
    if (array.byteLength > MAX_RANDOM_BYTES) {
      throw domError("QuotaExceededError", `getRandomValues() only accepts buffers of size <= 64K but provided ${array.byteLength} bytes.`);
    }
    if (array.byteLength > 0) {
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(new Uint8Array(webCrypto.randomBytes(array.byteLength)));
    }
    return array;
  }
  randomUUID() { return webCrypto.randomUUID(); }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: "Crypto" });

defineGlobal("crypto", new Crypto(kInternal));
defineGlobal("Crypto", Crypto);
defineGlobal("SubtleCrypto", SubtleCrypto);
defineGlobal("CryptoKey", CryptoKey);
