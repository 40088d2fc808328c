// node:crypto's keys and signatures as workerd provides them: KeyObject (secret, public, private),
// createSecretKey/createPublicKey/createPrivateKey from bytes, PEM, DER, JWK or a CryptoKey,
// generateKeyPair(Sync) and generateKey(Sync), Sign/Verify and sign/verify, RSA publicEncrypt and
// friends. Asymmetric key
// material lives in Java (webapi.NodeKeys / NodeKeyObject); messages are workerd's.
import { lazyStreamBase, kStreamOptions } from "node-internal:lazy_stream";
const { Buffer, nodeError, invalidArgType, describeReceived } = $node;
const java = $node.host;

const kCreate = Symbol("kCreate");
const kHandle = Symbol("kHandle");

function invalidPropType(name, expected, value) {
  return nodeError(TypeError, "ERR_INVALID_ARG_TYPE", `The "${name}" property must be ${expected}.${describeReceived(value)}`);
}

/** Runs a call into Java, turning a NodeKeys.Failure into the error workerd throws. */
function viaHost(call) {
  try {
    return call();
  } catch (error) {
    if (error !== null && typeof error === "object" && typeof error.errorName === "function") {
      const Ctor = error.errorName() === "TypeError" ? TypeError : error.errorName() === "RangeError" ? RangeError : Error;
      throw new Ctor(error.errorMessage());
    }
    throw error;
  }
}

const isBytes = (v) => ArrayBuffer.isView(v) || v instanceof ArrayBuffer;
function bytesOf(data, encoding) {
  if (typeof data === "string") return Buffer.from(data, encoding);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

export class KeyObject {
  #type;
  constructor(token, type) {
    if (token !== kCreate) throw new Error("Illegal constructor");
    this.#type = type;
  }
  get type() { return this.#type; }
  get [Symbol.toStringTag]() { return "KeyObject"; }

  /** The KeyObject of a Web Crypto CryptoKey. */
  static from(key) {
    const state = $node.cryptoKeyState(key);
    if (state === undefined) throw invalidArgType("key", "an instance of CryptoKey", key);
    if (state.secret) {
      const secret = new SecretKeyObject(kCreate, Uint8Array.from(state.secret));
      // workerd reports the size of a key made from a CryptoKey as its algorithm's length, in bits
      if (typeof key.algorithm?.length === "number") setReportedSize(secret, key.algorithm.length);
      return secret;
    }
    return asymmetric(viaHost(() => java.keys().fromCryptoKey(state.java)));
  }
}

/** Sets the size a SecretKeyObject reports (KeyObject.from): assigned in SecretKeyObject's static block. */
let setReportedSize;
export class SecretKeyObject extends KeyObject {
  #bytes;
  #reportedSize;
  constructor(token, bytes) {
    super(token, "secret");
    this.#bytes = bytes;
  }
  get symmetricKeySize() { return this.#reportedSize ?? this.#bytes.length; }
  static { setReportedSize = (key, size) => { key.#reportedSize = size; }; }
  export(options) {
    const format = options?.format ?? "buffer";
    if (format === "jwk") return { kty: "oct", ext: true, k: Buffer.from(this.#bytes).toString("base64url") };
    if (format !== "buffer") throw new TypeError(`Invalid format for secret key export: ${format}`);
    return Buffer.from(this.#bytes);
  }
  equals(other) {
    if (!(other instanceof SecretKeyObject) || other.symmetricKeySize !== this.#bytes.length) return false;
    const theirs = other.export();
    let diff = 0;
    for (let i = 0; i < theirs.length; i++) diff |= theirs[i] ^ this.#bytes[i];
    return diff === 0;
  }
}

class AsymmetricKeyObject extends KeyObject {
  constructor(token, type, handle) {
    super(token, type);
    this[kHandle] = handle;
  }
  get asymmetricKeyType() { return this[kHandle].asymmetricKeyType(); }
  get asymmetricKeyDetails() {
    const handle = this[kHandle];
    switch (handle.asymmetricKeyType()) {
      case "rsa": return { modulusLength: handle.modulusLength(), publicExponent: BigInt(handle.publicExponent()) };
      case "ec": return { namedCurve: handle.namedCurve() };
      default: return {};
    }
  }
  export(options = {}) {
    if (options === null || typeof options !== "object") throw invalidArgType("options", "of type object", options);
    // workerd's validateExportOptions
    if (options.format !== undefined && typeof options.format !== "string") throw invalidPropType("options.format", "of type string", options.format);
    if (options.type !== undefined && typeof options.type !== "string") throw invalidPropType("options.type", "of type string", options.type);
    const format = options.format ?? "pem";
    if (format === "jwk") {
      const jwk = JSON.parse(viaHost(() => this[kHandle].jwk()));
      // workerd names the algorithm of an Ed25519 JWK
      return jwk.crv === "Ed25519" ? { ...jwk, alg: "EdDSA" } : jwk;
    }
    if (format !== "pem" && format !== "der") throw new Error("Invalid key format");
    if (options.type === undefined) throw new TypeError("Missing type option");
    if (options.cipher !== undefined && this.type === "private") {
      if (typeof options.cipher !== "string") throw invalidPropType("options.cipher", "of type string", options.cipher);
      if (typeof options.passphrase !== "string" && !(options.passphrase instanceof Uint8Array)) {
        throw invalidPropType("options.passphrase", "of type string or an instance of Uint8Array", options.passphrase);
      }
      throw new Error("miniflare4j does not encrypt exported private keys (the cipher option)");
    }
    const out = viaHost(() => this[kHandle].export(format, String(options.type)));
    return format === "pem" ? out : Buffer.from(new Uint8Array(out));
  }
  /** Not emulated: throws ERR_METHOD_NOT_IMPLEMENTED (use crypto.subtle.importKey with an export); secret keys have none, as in workerd. */
  toCryptoKey() {
    throw nodeError(Error, "ERR_METHOD_NOT_IMPLEMENTED", "The toCryptoKey method is not implemented");
  }
  equals(other) {
    return other instanceof AsymmetricKeyObject && this[kHandle].sameKey(other[kHandle]);
  }
}
Object.defineProperty(AsymmetricKeyObject, "name", { value: "AsymmetricKeyObject" });

export class PublicKeyObject extends AsymmetricKeyObject {
  constructor(token, handle) { super(token, "public", handle); }
}
export class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(token, handle) { super(token, "private", handle); }
}

function asymmetric(handle) {
  return handle.type() === "private" ? new PrivateKeyObject(kCreate, handle) : new PublicKeyObject(kCreate, handle);
}

export function createSecretKey(key, encoding) {
  if (typeof key !== "string" && !isBytes(key)) {
    throw new TypeError("Failed to execute 'createSecretKey' on 'CryptoImpl': parameter 1 is not of type 'JsBufferSource'.");
  }
  return new SecretKeyObject(kCreate, Uint8Array.from(bytesOf(key, encoding)));
}

/** The key object that createPublicKey / createPrivateKey make of `input`. */
function prepareKey(input, wantPrivate) {
  const kind = wantPrivate ? "private" : "public";
  // createPublicKey derives the public half of a private key object (or CryptoKey); createPrivateKey
  // takes a key object for an options object without `key`, as workerd's prepareAsymmetricKey does
  const given = givenKeyObject(input);
  if (given !== null && !wantPrivate) {
    if (given.type !== "private") throw invalidArgType("key", "an instance of PrivateKeyObject", input);
    return asymmetric(viaHost(() => given[kHandle].publicHalf()));
  }
  if (input == null) throw invalidArgType("key", "of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, or Object", input);
  let options = input;
  if (typeof input === "string" || isBytes(input)) options = { key: input };
  else if (input === null || typeof input !== "object") options = {};
  const { key, format = "pem", type, encoding } = options;
  // workerd's prepareAsymmetricKey: the key data is a string, bytes or a JWK object, never a key
  if (key == null || key instanceof KeyObject || $node.cryptoKeyState(key) !== undefined) {
    throw invalidPropType("options.key", "of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, or Object", key);
  }
  if (typeof key === "string" || isBytes(key)) {
    validateOneOf(format, "format", ["pem", "der"]);
    if (type !== undefined) validateOneOf(type, "type", wantPrivate ? ["pkcs1", "pkcs8", "sec1"] : ["pkcs1", "spki"]);
  } else if (typeof key !== "object") {
    throw invalidArgType("key", "of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, or Object", input);
  } else {
    // any other object is a JSON Web Key, whatever the format option says
    if (!["RSA", "EC", "OKP"].includes(key.kty)) throw new Error(`JWK ${kind} key import is not implemented for this key type`);
    checkJwkMembers(key, wantPrivate);
    return asymmetric(viaHost(() => java.keys().jwk(JSON.stringify(key), wantPrivate)));
  }
  if (options.passphrase !== undefined) throw new Error(`miniflare4j does not decrypt encrypted ${kind} keys (the passphrase option)`);
  const data = typeof key === "string" && format === "der" ? Buffer.from(key, encoding) : typeof key === "string" ? key : bytesOf(key);
  return asymmetric(viaHost(() => java.keys().parse(data, format, type ?? null, wantPrivate)));
}

/** workerd's validateOneOf: "The argument 'name' must be one of: 'a', 'b'. Received 'c'". */
function validateOneOf(value, name, allowed) {
  if (!allowed.includes(value)) {
    const shown = typeof value === "string" ? `'${value}'` : String(value);
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument '${name}' must be one of: ${allowed.map((a) => `'${a}'`).join(", ")}. Received ${shown}`);
  }
}

/** The members workerd's JWK import requires, in its order (jwk.c++): an Error names the first one missing. */
const JWK_MEMBERS = {
  RSA: [["n", "e"], ["d", "p", "q", "dp", "dq", "qi"]],
  EC: [["crv", "x", "y"], ["d"]],
};
function checkJwkMembers(jwk, wantPrivate) {
  if (jwk.kty === "OKP") {
    if (jwk.crv == null) throw new Error("OKP JWK missing crv parameter");
    const member = wantPrivate ? "d" : "x";
    if (jwk[member] == null) throw new Error(`OKP JWK missing ${member} parameter`);
    return;
  }
  const [publicMembers, privateMembers] = JWK_MEMBERS[jwk.kty];
  for (const member of wantPrivate ? [...publicMembers, ...privateMembers] : publicMembers) {
    if (jwk[member] == null) throw new Error(`${jwk.kty} JWK missing ${member} parameter`);
  }
}

/** The key object `input` is (a KeyObject, or one made of a CryptoKey), or null. */
function givenKeyObject(input) {
  if (input instanceof KeyObject) return input;
  return $node.cryptoKeyState(input) !== undefined ? KeyObject.from(input) : null;
}

/** crypto.sign's and Sign#sign's key (workerd's getPrivateKey): a private key object, or what createPrivateKey takes. */
function signingKey(key) {
  const given = givenKeyObject(key);
  if (given === null) return createPrivateKey(key);
  if (given.type === "secret") {
    throw invalidArgType("options", "an instance of PublicKeyObject, PrivateKeyObject, CryptoKey, or Object", given.type);
  }
  if (given.type !== "private") throw nodeError(Error, "ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE", `Invalid key object type ${given.type}, expected private.`);
  return given;
}

/** crypto.verify's and Verify#verify's key: a key object of either half (a private one verifies through its public half), or what createPublicKey takes. */
function verifyingKey(key) {
  const given = givenKeyObject(key);
  if (given === null) return createPublicKey(key);
  if (given.type === "secret") throw new Error("Invalid key for verification operation");
  return given.type === "public" ? given : asymmetric(viaHost(() => given[kHandle].publicHalf()));
}

export function createPublicKey(key) { return prepareKey(key, false); }
export function createPrivateKey(key) { return prepareKey(key, true); }

// ---- generation

const KEY_PAIR_TYPES = ["rsa", "ec", "ed25519", "x25519", "dh"];

function encodeGenerated(key, encoding, name) {
  if (encoding === undefined) return key;
  if (encoding === null || typeof encoding !== "object") throw invalidPropType(`options.${name}`, "of type object", encoding);
  return key.export(encoding);
}

export function generateKeyPairSync(type, options = {}) {
  if (typeof type !== "string") throw invalidArgType("type", "of type string", type);
  if (!KEY_PAIR_TYPES.includes(type)) {
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'type' must be one of: ${KEY_PAIR_TYPES.map((t) => `'${t}'`).join(", ")}. Received '${type}'`);
  }
  if (type === "dh") throw new Error("miniflare4j does not generate Diffie-Hellman key pairs");
  let modulusLength = 0, publicExponent = 65537, namedCurve = null;
  if (type === "rsa") {
    modulusLength = options?.modulusLength;
    if (typeof modulusLength !== "number") throw invalidPropType("options.modulusLength", "of type number", modulusLength);
    publicExponent = options.publicExponent ?? 65537;
    if (typeof publicExponent !== "number") throw invalidPropType("options.publicExponent", "of type number", publicExponent);
  } else if (type === "ec") {
    namedCurve = options?.namedCurve;
    if (typeof namedCurve !== "string") throw invalidPropType("options.namedCurve", "of type string", namedCurve);
  }
  const [pub, priv] = viaHost(() => java.keys().generate(type, modulusLength, publicExponent, namedCurve));
  return {
    publicKey: encodeGenerated(asymmetric(pub), options?.publicKeyEncoding, "publicKeyEncoding"),
    privateKey: encodeGenerated(asymmetric(priv), options?.privateKeyEncoding, "privateKeyEncoding"),
  };
}

export function generateKeyPair(type, options, callback) {
  if (typeof options === "function") { callback = options; options = undefined; }
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  let pair, failure = null;
  try { pair = generateKeyPairSync(type, options); } catch (error) { failure = error; }
  queueMicrotask(() => failure ? callback(failure) : callback(null, pair.publicKey, pair.privateKey));
}

export function generateKeySync(type, options) {
  if (type !== "hmac" && type !== "aes") {
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'type' must be one of: 'hmac', 'aes'. Received '${type}'`);
  }
  const length = options?.length;
  if (typeof length !== "number") throw invalidPropType("options.length", "of type number", length);
  if (type === "hmac" && (!Number.isInteger(length) || length < 8 || length > 65536)) {
    const expected = Number.isInteger(length) ? ">= 8 && <= 65536" : "an integer";
    throw nodeError(RangeError, "ERR_OUT_OF_RANGE", `The value of "options.length" is out of range. It must be ${expected}. Received ${length}`);
  }
  if (type === "aes" && ![128, 192, 256].includes(length)) {
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The property 'options.length' must be one of: 128, 192, 256. Received ${length}`);
  }
  const bytes = new Uint8Array(Math.floor(length / 8));
  crypto.getRandomValues(bytes);
  return new SecretKeyObject(kCreate, bytes);
}

export function generateKey(type, options, callback) {
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  let key, failure = null;
  try { key = generateKeySync(type, options); } catch (error) { failure = error; }
  queueMicrotask(() => failure ? callback(failure) : callback(null, key));
}

// ---- signatures

function checkDigest(algorithm) {
  if (java.jcaHash(algorithm) == null) throw new Error(`Unknown digest: ${algorithm}`);
}

function signatureBytes(signature, encoding) {
  if (typeof signature === "string") return Buffer.from(signature, encoding);
  if (!isBytes(signature)) throw invalidArgType("signature", "an instance of Buffer, TypedArray, or DataView", signature);
  return bytesOf(signature);
}

const p1363 = (key) => key !== null && typeof key === "object" && !(key instanceof KeyObject) && key.dsaEncoding === "ieee-p1363";

function dataBytes(data, name = "data") {
  if (!isBytes(data)) throw invalidArgType(name, "an instance of Buffer, TypedArray, or DataView", data);
  return bytesOf(data);
}

function concat(chunks) {
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

/** The base of Sign and Verify: a stream.Writable (internal/lazy_stream), linked when one is made. */
const LazyWritable = lazyStreamBase("Writable", (object) => Object.prototype.hasOwnProperty.call(object, kHandle));

/** Collects data, then signs it (sign.sign); as a Writable, written chunks are data too. */
export function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  if (typeof algorithm !== "string") throw invalidArgType("algorithm", "of type string", algorithm);
  checkDigest(algorithm);
  LazyWritable.link();
  this[kStreamOptions] = options;
  this[kHandle] = { algorithm, chunks: [], finalized: false };
}
Object.setPrototypeOf(Sign.prototype, LazyWritable.prototype);
Sign.prototype.update = function update(data, encoding) {
  const state = this[kHandle];
  if (state.finalized) throw new Error("Signing context has already been finalized");
  if (typeof data !== "string" && !isBytes(data)) throw invalidArgType("data", "of type string or an instance of Buffer, TypedArray, or DataView", data);
  state.chunks.push(Uint8Array.from(bytesOf(data, encoding)));
  return this;
};
Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};
Sign.prototype.sign = function signIt(privateKey, outputEncoding) {
  const state = this[kHandle];
  if (state.finalized) throw new Error("Signing context has already been finalized");
  const key = signingKey(privateKey);
  state.finalized = true;
  const data = concat(state.chunks);
  const out = Buffer.from(new Uint8Array(viaHost(() => key[kHandle].sign(state.algorithm, data, p1363(privateKey)))));
  return outputEncoding === undefined || outputEncoding === "buffer" ? out : out.toString(outputEncoding);
};

export function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  if (typeof algorithm !== "string") throw invalidArgType("algorithm", "of type string", algorithm);
  checkDigest(algorithm);
  LazyWritable.link();
  this[kStreamOptions] = options;
  this[kHandle] = { algorithm, chunks: [], finalized: false };
}
Object.setPrototypeOf(Verify.prototype, LazyWritable.prototype);
Verify.prototype.update = Sign.prototype.update;
Verify.prototype._write = Sign.prototype._write;
Verify.prototype.verify = function verifyIt(key, signature, signatureEncoding) {
  const state = this[kHandle];
  if (state.finalized) throw new Error("Verification context has already been finalized");
  const keyObject = verifyingKey(key);
  const sig = signatureBytes(signature, signatureEncoding);
  state.finalized = true;
  return viaHost(() => keyObject[kHandle].verify(state.algorithm, concat(state.chunks), sig, p1363(key)));
};

export function createSign(algorithm, options) { return new Sign(algorithm, options); }
export function createVerify(algorithm, options) { return new Verify(algorithm, options); }

function withCallback(callback, compute) {
  if (callback === undefined) return compute();
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
  let result, failure = null;
  try { result = compute(); } catch (error) { failure = error; }
  queueMicrotask(() => failure ? callback(failure) : callback(null, result));
  return undefined;
}

export function sign(algorithm, data, key, callback) {
  if (algorithm !== null && algorithm !== undefined && typeof algorithm !== "string") throw invalidArgType("algorithm", "of type string", algorithm);
  const bytes = dataBytes(data);
  return withCallback(callback, () => {
    const keyObject = signingKey(key);
    return Buffer.from(new Uint8Array(viaHost(() => keyObject[kHandle].sign(algorithm ?? null, bytes, p1363(key)))));
  });
}

export function verify(algorithm, data, key, signature, callback) {
  if (algorithm !== null && algorithm !== undefined && typeof algorithm !== "string") throw invalidArgType("algorithm", "of type string", algorithm);
  const bytes = dataBytes(data);
  if (!isBytes(signature)) throw invalidArgType("signature", "an instance of Buffer, TypedArray, or DataView", signature);
  const sig = bytesOf(signature);
  return withCallback(callback, () => {
    const keyObject = verifyingKey(key);
    return viaHost(() => keyObject[kHandle].verify(algorithm ?? null, bytes, sig, p1363(key)));
  });
}

// ---- RSA encryption (always PKCS #1 v1.5 padding, as workerd: padding and oaepHash are not honoured)

function rsaCipher(name, makeKey, encrypt) {
  const wanted = makeKey === createPublicKey ? "public" : "private";
  const keyName = wanted === "public" ? "key" : "privateKey";
  return function (key, buffer) {
    if (key === undefined) throw nodeError(TypeError, "ERR_MISSING_ARGS", `The "${keyName}" argument must be specified`);
    if (buffer === undefined) throw nodeError(TypeError, "ERR_MISSING_ARGS", 'The "buffer" argument must be specified');
    // a key object (or CryptoKey) is used as it is: it must be of the wanted type
    const given = givenKeyObject(key);
    if (given !== null && given.type !== wanted) {
      throw nodeError(Error, "ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE", `Invalid key object type ${given.type}, expected ${wanted}.`);
    }
    if (typeof buffer !== "string" && !isBytes(buffer)) {
      throw invalidArgType("buffer", "of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView", buffer);
    }
    const keyObject = given ?? makeKey(key);
    const input = bytesOf(buffer, key?.encoding);
    return Buffer.from(new Uint8Array(viaHost(() => keyObject[kHandle].rsaCipher(name, encrypt, input))));
  };
}
export const publicEncrypt = rsaCipher("publicEncrypt", createPublicKey, true);
export const privateDecrypt = rsaCipher("privateDecrypt", createPrivateKey, false);
export const privateEncrypt = rsaCipher("privateEncrypt", createPrivateKey, true);
export const publicDecrypt = rsaCipher("publicDecrypt", createPublicKey, false);

/**
 * crypto.diffieHellman({ privateKey, publicKey }): the shared secret of two key objects of one
 * type. As workerd 1.20260426: X25519 keys agree; EC keys fail to derive a secret.
 */
export function diffieHellman(options) {
  if (options === null || typeof options !== "object") throw invalidArgType("options", "of type object", options);
  const { publicKey, privateKey } = options;
  if (!(publicKey instanceof KeyObject)) throw invalidArgType("options.publicKey", "an instance of KeyObject", publicKey);
  if (!(privateKey instanceof KeyObject)) throw invalidArgType("options.privateKey", "an instance of KeyObject", privateKey);
  if (publicKey.type !== "public") throw invalidArgType("options.publicKey", "public key", publicKey);
  if (privateKey.type !== "private") throw invalidArgType("options.privateKey", "private key", privateKey);
  if (publicKey.asymmetricKeyType !== privateKey.asymmetricKeyType) {
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE",
      `The property 'options.publicKey.asymmetricKeyType' must equal privateKey.asymmetricKeyType. Received '${publicKey.asymmetricKeyType}'`);
  }
  const secret = privateKey.asymmetricKeyType === "x25519" ? privateKey[kHandle].agree(publicKey[kHandle]) : null;
  if (secret == null) throw new Error("Failed to derive shared diffie-hellman secret");
  return Buffer.from(new Uint8Array(secret));
}
