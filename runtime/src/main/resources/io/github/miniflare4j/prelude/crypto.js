// Web Crypto: crypto.getRandomValues / randomUUID, CryptoKey and crypto.subtle, whose methods
// (crypto-subtle.js: algorithm names, usages and shapes checked with workerd's messages) are
// loaded on the first call; the cryptography runs in Java (webapi.WebCrypto, JCA).

// @imports DOMException, lazyModule, defineGlobal, registerHostClass, utf8Encoder, bytesFromHost, illegalInvocation, refuseInGlobalScope, concatBytes, hiddenConstructor, newOnly from core.js
// @imports kInternal from streams.js
// @imports WritableStream from writable.js
// @exports webCrypto, kKey, domError, CryptoKey

const webCrypto = host.webCrypto();
const kKey = Symbol("cryptoKey");

function domError(name, message) { return new DOMException(message, name); }

// ---- CryptoKey ---------------------------------------------------------------------------

/**
 * A key: workerd gives each one own read-only enumerable members usages, algorithm,
 * extractable and type, in that order (recorded), so that Object.keys and JSON.stringify see them.
 */
class CryptoKey {
  constructor(token, state) {
    if (token !== kInternal) throw new TypeError("Illegal constructor");
    Object.defineProperties(this, {
      usages: { value: state.usages, enumerable: true, configurable: true },
      algorithm: { value: state.algorithm, enumerable: true, configurable: true },
      extractable: { value: state.extractable, enumerable: true, configurable: true },
      type: { value: state.type, enumerable: true, configurable: true },
    });
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: "CryptoKey" });

/** SubtleCrypto's methods (crypto-subtle.js), loaded on the first one called. */
function subtleMethods() { return lazyModule("crypto-subtle.js").subtleCryptoMethods; }

class SubtleCrypto {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && #brand in o; }
  #brand;
  constructor(token) { if (token !== kInternal) throw new TypeError("Illegal constructor"); }
  encrypt(algorithm = undefined, key, data) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().encrypt.apply(this, arguments); }
  decrypt(algorithm = undefined, key, data) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().decrypt.apply(this, arguments); }
  sign(algorithm = undefined, key, data) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().sign.apply(this, arguments); }
  verify(algorithm = undefined, key, signature, data) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().verify.apply(this, arguments); }
  digest(algorithm = undefined, data) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().digest.apply(this, arguments); }
  generateKey(algorithm = undefined, extractable, keyUsages) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().generateKey.apply(this, arguments); }
  deriveKey(algorithm = undefined, baseKey, derivedKeyAlgorithm, extractable, keyUsages) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().deriveKey.apply(this, arguments); }
  deriveBits(algorithm = undefined, baseKey, length = null) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().deriveBits.apply(this, arguments); }
  importKey(format = undefined, keyData, algorithm, extractable, keyUsages) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().importKey.apply(this, arguments); }
  exportKey(format = undefined, key) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().exportKey.apply(this, arguments); }
  wrapKey(format = undefined, key, wrappingKey, wrapAlgorithm) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().wrapKey.apply(this, arguments); }
  unwrapKey(format = undefined, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().unwrapKey.apply(this, arguments); }
  // length 0, as workerd's (recorded)
  timingSafeEqual() { if (!SubtleCrypto.#is(this)) throw illegalInvocation(); return subtleMethods().timingSafeEqual.apply(this, arguments); }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: "SubtleCrypto", configurable: true });

const INTEGER_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array];
const MAX_RANDOM_BYTES = 65536;

// the hashes DigestStream takes, by upper-case name
const DIGEST_STREAM_HASHES = ["SHA-1", "SHA-256", "SHA-384", "SHA-512", "MD5"];

/**
 * crypto.DigestStream: a WritableStream of bytes (strings are UTF-8 encoded) whose `digest`
 * promise resolves to the hash of everything written once it is closed, or rejects with the
 * reason it was aborted; `bytesWritten` counts the bytes as a bigint.
 */
class DigestStream extends WritableStream {
  #digest;
  #bytesWritten = 0n;
  constructor(algorithm) {
    refuseInGlobalScope(); // at the worker's top level (recorded)
    if (algorithm === undefined) {
      throw new TypeError("Failed to construct 'DigestStream': constructor parameter 1 is not of type 'string or HashAlgorithm'.");
    }
    if (algorithm === null) {
      throw new TypeError("Cannot initialize N7workerd3api12SubtleCrypto13HashAlgorithmE with required members from an undefined or null value.");
    }
    const requested = String(typeof algorithm === "object" ? algorithm.name : algorithm).toUpperCase();
    const hash = DIGEST_STREAM_HASHES.find((name) => name === requested);
    if (hash === undefined) throw domError("NotSupportedError", "Unrecognized or unimplemented digest algorithm requested.");
    const chunks = [];
    let settle;
    const digest = new Promise((resolve, reject) => { settle = { resolve, reject }; });
    digest.catch(() => {}); // an aborted stream nobody asks the digest of is no unhandled rejection
    let self = null;
    super({
      write(chunk) {
        let bytes;
        if (typeof chunk === "string") bytes = utf8Encoder.encode(chunk);
        else if (chunk instanceof ArrayBuffer) bytes = new Uint8Array(chunk.slice(0));
        else if (ArrayBuffer.isView(chunk)) bytes = new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength));
        else throw new TypeError("DigestStream is a byte stream but received an object of non-ArrayBuffer/ArrayBufferView/string type on its writable side.");
        chunks.push(bytes);
        self.#bytesWritten += BigInt(bytes.byteLength);
      },
      close() {
        let total = 0;
        for (const chunk of chunks) total += chunk.byteLength;
        const result = bytesFromHost(webCrypto.digest(hash, concatBytes(chunks, total)));
        if (result === null) settle.reject(domError("OperationError", "The digest could not be computed."));
        else settle.resolve(result.buffer);
      },
      abort(reason) { settle.reject(reason); },
    });
    self = this;
    this.#digest = digest;
  }
  get digest() { return this.#digest; }
  get bytesWritten() { return this.#bytesWritten; }
}
registerHostClass(DigestStream);
Object.defineProperty(DigestStream.prototype, Symbol.toStringTag, { value: "DigestStream" });
// called without `new`, it fails with workerd's message (recorded)
const DigestStreamConstructor = newOnly(DigestStream, "DigestStream");

class Crypto {
  /** Whether `o` is one of this class's objects: the receiver check of every member. */
  static #is(o) { return typeof o === "object" && o !== null && #subtle in o; }
  #subtle = new SubtleCrypto(kInternal);
  constructor(token) { if (token !== kInternal) throw new TypeError("Illegal constructor"); }
  get subtle() { if (!Crypto.#is(this)) throw illegalInvocation(); return this.#subtle; }
  getRandomValues(array = undefined) {
    if (!Crypto.#is(this)) throw illegalInvocation();
    refuseInGlobalScope();
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
  randomUUID() {
    if (!Crypto.#is(this)) throw illegalInvocation();
    refuseInGlobalScope();
    return webCrypto.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: "Crypto" });
// as in workerd (recorded): DigestStream is a plain value of the prototype, and its members are
// enumerable (a for-in over crypto lists them)
Object.defineProperty(Crypto.prototype, "DigestStream", { value: DigestStreamConstructor, writable: true, configurable: true, enumerable: true });
for (const name of ["getRandomValues", "randomUUID", "subtle"]) {
  Object.defineProperty(Crypto.prototype, name, { ...Object.getOwnPropertyDescriptor(Crypto.prototype, name), enumerable: true });
}

defineGlobal("crypto", new Crypto(kInternal));
defineGlobal("Crypto", hiddenConstructor(Crypto, "Crypto"));
defineGlobal("SubtleCrypto", hiddenConstructor(SubtleCrypto, "SubtleCrypto"));
defineGlobal("CryptoKey", hiddenConstructor(CryptoKey, "CryptoKey"));
