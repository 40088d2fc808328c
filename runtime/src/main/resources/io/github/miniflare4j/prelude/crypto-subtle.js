// SubtleCrypto's implementation (crypto.js keeps the classes): algorithms, key import, export,
// generation and derivation over Java's web crypto. Loaded on the first SubtleCrypto method called.

// @imports bytesFromHost, bufferSourceView, utf8Encoder, utf8Decoder, refuseInGlobalScope from core.js
// @imports jsonParse from json.js
// @imports kInternal, copyBytes from streams.js
// @imports atobImpl, btoaImpl from globals.js
// @imports webCrypto, domError, CryptoKey, kKey from crypto.js
// @imports Proxy from clone.js
// @exports subtleCryptoMethods

const HASHES = ["SHA-1", "SHA-256", "SHA-384", "SHA-512"];
const HKDF_HASHES = [...HASHES, "MD5"];
const DIGESTS = [...HASHES, "MD5"];
// workerd's HMAC takes MD5 too (recorded)
const HMAC_HASHES = DIGESTS;
const HASH_BLOCK_BITS = { "SHA-1": 512, "SHA-256": 512, "SHA-384": 1024, "SHA-512": 1024, MD5: 512 };
const ALGORITHMS = ["HMAC", "AES-GCM", "AES-CBC", "AES-CTR", "AES-KW", "PBKDF2", "HKDF", "RSASSA-PKCS1-v1_5", "RSA-PSS", "RSA-OAEP", "ECDSA", "ECDH", "X25519", "Ed25519", "NODE-ED25519"];
const USAGE_ORDER = ["encrypt", "decrypt", "sign", "verify", "deriveKey", "deriveBits", "wrapKey", "unwrapKey"];
const SECRET_USAGES = {
  "HMAC": ["sign", "verify"],
  "AES-GCM": ["encrypt", "decrypt", "wrapKey", "unwrapKey"],
  "AES-CBC": ["encrypt", "decrypt", "wrapKey", "unwrapKey"],
  "AES-CTR": ["encrypt", "decrypt", "wrapKey", "unwrapKey"],
  "AES-KW": ["wrapKey", "unwrapKey"],
  "PBKDF2": ["deriveKey", "deriveBits"],
  "HKDF": ["deriveKey", "deriveBits"],
};
// the usages each half of an asymmetric key pair may have
const ASYMMETRIC_USAGES = {
  "RSA-OAEP": { public: ["encrypt", "wrapKey"], private: ["decrypt", "unwrapKey"] },
  "ECDH": { public: [], private: ["deriveKey", "deriveBits"] },
  "X25519": { public: [], private: ["deriveKey", "deriveBits"] },
  signature: { public: ["verify"], private: ["sign"] },
};
function asymmetricUsages(name) { return ASYMMETRIC_USAGES[name] ?? ASYMMETRIC_USAGES.signature; }
const SIGNATURE_ALGORITHMS = ["RSASSA-PKCS1-v1_5", "RSA-PSS", "ECDSA", "Ed25519", "NODE-ED25519"];
const CURVES = ["P-256", "P-384", "P-521"];
const JWK_HASH_SUFFIX = { "SHA-1": "1", "SHA-256": "256", "SHA-384": "384", "SHA-512": "512" };

function javaFailure() {
  const text = webCrypto.failure();
  const i = text.indexOf("\n");
  return domError(text.slice(0, i), text.slice(i + 1));
}
/** Unwraps a Java answer: null means refused, with the reason in failure(). */
function fromJava(value) {
  if (value === null || value === undefined) throw javaFailure();
  return value;
}
function bufferFromJava(value) { return bytesFromHost(fromJava(value)).buffer; }

function missingField(field) { return new TypeError(`Missing field "${field}" in "algorithm".`); }

/** A numeric algorithm member as workerd reads it: the number truncated toward zero, sign kept, NaN as 0 (recorded). */
function integerField(value) { return Math.trunc(Number(value)) || 0; }

/** A BufferSource member of an algorithm dictionary (`iv` of workerd's `EncryptAlgorithm`, ...) as a Uint8Array view. */
function bufferField(value, field, dictionary) {
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return bufferSource(value);
  throw new TypeError(`Incorrect type for the '${field}' field on '${dictionary}': the provided value is not of type 'JsBufferSource'.`);
}

/** A BufferSource as a Uint8Array view (no copy). */
function bufferSource(value, op, index) {
  const view = bufferSourceView(value);
  if (view !== null) return view;
  throw new TypeError(`Failed to execute '${op}' on 'SubtleCrypto': parameter ${index} is not of type 'Array'.`);
}

/** timingSafeEqual's argument as a Uint8Array view, with workerd's TypeError. */
function timingSafeEqualBuffer(value, index) {
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return bufferSource(value, "timingSafeEqual", index);
  throw new TypeError(`Failed to execute 'timingSafeEqual' on 'SubtleCrypto': parameter ${index} is not of type 'JsBufferSource'.`);
}

/** importKey's key data for its format, with workerd's TypeErrors for the wrong kind (recorded). */
function checkImportData(format, keyData) {
  keyDataArgument(keyData);
  const isBuffer = keyData instanceof ArrayBuffer || ArrayBuffer.isView(keyData);
  if (format === "jwk" && isBuffer) throw new TypeError('Import data provided for "jwk" import format must be a JsonWebKey.');
  if (format !== "jwk" && !isBuffer && keyData !== null && typeof keyData === "object") {
    throw new TypeError('Import data provided for "raw", "pkcs8", or "spki" import formats must be a buffer source.');
  }
}

/**
 * importKey's key data as its argument converts, before the algorithm's: a value that is no object
 * fails the union, undefined and null the JsonWebKey dictionary's required members (recorded).
 */
function keyDataArgument(keyData) {
  if (keyData === undefined || keyData === null) {
    throw new TypeError("Cannot initialize N7workerd3api12SubtleCrypto10JsonWebKeyE with required members from an undefined or null value.");
  }
  if (typeof keyData !== "object" && typeof keyData !== "function") {
    throw new TypeError("Failed to execute 'importKey' on 'SubtleCrypto': parameter 2 is not of type 'ArrayBuffer or ArrayBufferView or JsonWebKey'.");
  }
}

function canonicalName(name, known) {
  const upper = String(name).toUpperCase();
  return known.find((k) => k.toUpperCase() === upper);
}

/**
 * Normalizes an AlgorithmIdentifier to a plain object with a canonical `name`. With the name of
 * workerd's dictionary for the operation (`"SignAlgorithm"`, ...), null and undefined fail as its
 * dictionary conversion words it (recorded).
 */
function algorithmDict(alg, dictionary = undefined, op = undefined) {
  // an absent algorithm (no argument at all; `op` names the call then) fails the union of a string
  // and the dictionary, an undefined one the dictionary's required members (recorded)
  if (alg === undefined && op !== undefined) {
    throw new TypeError(`Failed to execute '${op}' on 'SubtleCrypto': parameter 1 is not of type 'string or ${dictionary}'.`);
  }
  if ((alg === null || alg === undefined) && dictionary !== undefined) {
    throw new TypeError(`Cannot initialize N7workerd3api12SubtleCrypto${dictionary.length}${dictionary}E with required members from an undefined or null value.`);
  }
  if (typeof alg === "string" || alg instanceof String) return { name: String(alg) };
  if (alg === null || typeof alg !== "object") return { name: String(alg) };
  return { ...alg, name: alg.name === undefined ? undefined : String(alg.name) };
}

function hashOf(dict, field = "hash", hashes = HASHES) {
  if (dict[field] === undefined) throw missingField(field);
  const name = typeof dict[field] === "object" && dict[field] !== null ? dict[field].name : dict[field];
  const hash = canonicalName(name, hashes);
  if (!hash) throw domError("NotSupportedError", "Unrecognized or unimplemented digest algorithm requested.");
  return hash;
}

function curveOf(dict) {
  if (dict.namedCurve === undefined) throw missingField("namedCurve");
  // matched without regard to case, reported in its canonical spelling (recorded)
  const curve = canonicalName(dict.namedCurve, CURVES) ?? String(dict.namedCurve);
  if (!CURVES.includes(curve)) throw domError("NotSupportedError", `Unrecognized or unimplemented EC curve "${curve}" requested.`);
  return curve;
}

/**
 * The usages in workerd's order; names it does not know stay (after the known ones) so that the
 * usage check reports them. Anything but an array is refused as workerd's binding does.
 */
function sortedUsages(usages, op, index) {
  if (!Array.isArray(usages)) throw new TypeError(`Failed to execute '${op}' on 'SubtleCrypto': parameter ${index} is not of type 'Array'.`);
  const list = usages.map(String);
  const known = USAGE_ORDER.filter((u) => list.includes(u));
  return known.length === list.length ? known : [...known, ...new Set(list.filter((u) => !USAGE_ORDER.includes(u)))];
}

function checkUsages(usages, allowed, describe) {
  for (const u of usages) {
    if (!allowed.includes(u)) throw domError("SyntaxError", `${describe} with invalid usage "${u}".`);
  }
}

/** state: { type, extractable, algorithm, usages, secret (Uint8Array) | java (AsymmetricKey) } */
function newCryptoKey(state) {
  Object.freeze(state.usages);
  const key = new CryptoKey(kInternal, state);
  Object.defineProperty(key, kKey, { value: state }); // not enumerable: a spread copies the four members only (recorded)
  return new Proxy(key, cryptoKeyTraps);
}

/**
 * workerd's CryptoKey has read-only data properties `algorithm` and `usages` whose every read
 * gives a fresh copy (V8's lazy data properties, recorded): changing one read changes neither the
 * key nor the next read. A proxy gives the same: reads and descriptors of those two hand out
 * copies of the key's state; a write to any of the four members fails with V8's TypeError.
 */
const cryptoKeyTraps = {
  get(target, name, receiver) {
    if (name === "algorithm") return copyAlgorithm(target[kKey].algorithm);
    if (name === "usages") return target[kKey].usages.slice();
    return Reflect.get(target, name, receiver);
  },
  getOwnPropertyDescriptor(target, name) {
    const d = Reflect.getOwnPropertyDescriptor(target, name);
    if (d !== undefined && (name === "algorithm" || name === "usages")) d.value = cryptoKeyTraps.get(target, name);
    return d;
  },
  set(target, name, value, receiver) {
    if (name === "algorithm" || name === "usages" || name === "type" || name === "extractable") {
      throw new TypeError(`Cannot assign to read only property '${name}' of object '#<CryptoKey>'`);
    }
    return Reflect.set(target, name, value, receiver);
  },
};

function copyAlgorithm(algorithm) {
  const copy = {};
  for (const name of Object.keys(algorithm)) {
    const v = algorithm[name];
    copy[name] = v instanceof Uint8Array ? new Uint8Array(v) : v !== null && typeof v === "object" ? { ...v } : v;
  }
  return copy;
}

function keyState(key, op, index) {
  if (!(key instanceof CryptoKey)) throw new TypeError(`Failed to execute '${op}' on 'SubtleCrypto': parameter ${index} is not of type 'CryptoKey'.`);
  return key[kKey];
}

function checkKeyFor(state, name, usage) {
  const keyName = state.algorithm.name;
  if (canonicalName(name, ALGORITHMS) !== canonicalName(keyName, ALGORITHMS)) {
    throw domError("InvalidAccessError", `Requested algorithm "${name}" does not match this CryptoKey's algorithm "${keyName}".`);
  }
  if (!state.usages.includes(usage)) {
    throw domError("InvalidAccessError", `Requested key usage "${usage}" does not match any usage listed in this CryptoKey.`);
  }
}

function asymmetricKind(name) {
  if (name === "ECDSA" || name === "ECDH") return "EC";
  if (name === "X25519") return "X25519";
  if (name === "Ed25519" || name === "NODE-ED25519") return "OKP";
  return "RSA";
}

/** The JWK "kty" of a Java key kind: X25519 keys are octet key pairs too. */
function jwkKeyType(kind) { return kind === "X25519" ? "OKP" : kind; }

function asymmetricAlgorithm(name, dict, javaKey) {
  if (name === "ECDSA" || name === "ECDH") return { name, namedCurve: curveOf(dict) };
  if (name === "NODE-ED25519") return { name, namedCurve: "NODE-ED25519" };
  if (name === "Ed25519" || name === "X25519") return { name };
  return {
    name,
    modulusLength: javaKey.modulusLength(),
    publicExponent: bytesFromHost(javaKey.publicExponent()),
    hash: { name: hashOf(dict) },
  };
}

// ---- import ------------------------------------------------------------------------------

function importSecret(format, keyData, name, dict, extractable, usages) {
  let bytes;
  let jwkAlg;
  if (format !== "raw" && (name === "PBKDF2" || name === "HKDF")) {
    // workerd ends PBKDF2's message with a period and HKDF's without (recorded)
    throw domError("NotSupportedError", `${name} key must be imported in "raw" format (requested "${format}")${name === "PBKDF2" ? "." : ""}`);
  }
  if (format === "raw") {
    bytes = copyBytes(bufferSource(keyData, "importKey", 2));
  } else if (format === "jwk") {
    if (keyData === null || typeof keyData !== "object") throw new TypeError("Failed to execute 'importKey' on 'SubtleCrypto': parameter 2 is not of type 'ArrayBuffer or ArrayBufferView or JsonWebKey'.");
    if (name === "HMAC" || name.startsWith("AES-")) checkUsages(usages, SECRET_USAGES[name], `Attempt to import secret ${name} key`);
    if (name === "HMAC") {
      hashOf(dict, "hash", HMAC_HASHES);
      if (keyData.kty !== "oct") throw domError("DataError", `HMAC "jwk" key import requires a JSON Web Key with Key Type parameter ("kty") equal to "oct" (encountered "${keyData.kty}").`);
      bytes = jwkBytes(keyData.k, 'HMAC "jwk" key import requires a base64Url encoding of the key');
    } else if (name.startsWith("AES-")) {
      if (keyData.kty !== "oct") throw domError("DataError", `Symmetric "jwk" key import requires a JSON Web Key with Key Type parameter "kty" equal to "oct" (encountered "${keyData.kty}").`);
      bytes = jwkBytes(keyData.k, 'Symmetric "jwk" key import requires a base64Url encoding of the key.');
      checkSymmetricJwk(keyData, name, bytes.byteLength * 8, usages);
    } else {
      throw domError("NotSupportedError", `Unrecognized key import format "${format}".`);
    }
    jwkAlg = keyData.alg;
  } else {
    throw domError("NotSupportedError", `Unrecognized key import format "${format}".`);
  }
  checkUsages(usages, SECRET_USAGES[name], `Attempt to import secret ${name} key`);
  let algorithm;
  switch (name) {
    case "HMAC": {
      const hash = hashOf(dict, "hash", HMAC_HASHES);
      let length = bytes.byteLength * 8;
      if (dict.length !== undefined) length = integerField(dict.length);
      if (length === 0 || length > bytes.byteLength * 8 || length <= bytes.byteLength * 8 - 8) {
        throw domError("DataError", `Imported HMAC key length (${length}) must be a non-zero value up to 7 bits less than, and no greater than, the bit length of the raw key data (${bytes.byteLength * 8}).`);
      }
      // MD5 has no JWK "alg" (workerd's wording, recorded)
      if (jwkAlg !== undefined && JWK_HASH_SUFFIX[hash] === undefined) throw domError("NotSupportedError", `Unrecognized or unimplemented hash algorithm requested${jwkAlg}`);
      if (jwkAlg !== undefined && jwkAlg !== "HS" + JWK_HASH_SUFFIX[hash]) {
        throw domError("DataError", `HMAC "jwk" key import specifies "alg" that is incompatible with the hash name (encountered "${jwkAlg}", expected "HS${JWK_HASH_SUFFIX[hash]}").`);
      }
      algorithm = { name, hash: { name: hash }, length };
      break;
    }
    case "AES-GCM": case "AES-CBC": case "AES-CTR": case "AES-KW": {
      const bits = bytes.byteLength * 8;
      if (![128, 192, 256].includes(bits)) throw domError("DataError", `Imported AES key length must be 128, 192, or 256 bits but provided ${bits}.`);
      algorithm = { name, length: bits };
      break;
    }
    default: // PBKDF2, HKDF
      if (format !== "raw") throw domError("NotSupportedError", `Unrecognized key import format "${format}".`);
      if (extractable) throw domError("SyntaxError", `${name} key cannot be extractable.`);
      algorithm = { name };
  }
  if (usages.length === 0) throw domError("SyntaxError", "Secret/private CryptoKeys must have at least one usage.");
  return newCryptoKey({ type: "secret", extractable, algorithm, usages, secret: bytes });
}

function importAsymmetric(format, keyData, name, dict, extractable, usages) {
  const kind = asymmetricKind(name);
  const curve = kind === "EC" ? curveOf(dict) : "";
  if (kind === "RSA") hashOf(dict);
  let javaKey;
  if (format === "jwk") {
    if (keyData === null || typeof keyData !== "object") throw new TypeError("Failed to execute 'importKey' on 'SubtleCrypto': parameter 2 is not of type 'ArrayBuffer or ArrayBufferView or JsonWebKey'.");
    checkAsymmetricJwk(keyData, name, usages);
    checkJwkType(keyData, name, kind, dict);
    javaKey = fromJava(webCrypto.importKey({ kind, format: "jwk", curve, jwkJson: JSON.stringify(keyData) }));
  } else if (format === "spki" || format === "pkcs8" || (format === "raw" && kind !== "RSA")) {
    // a raw key is a public key: its usages are checked before its bytes (recorded)
    if (format === "raw") checkUsages(usages, asymmetricUsages(name).public, `Attempt to import public ${name} key`);
    javaKey = fromJava(webCrypto.importKey({ kind, name, format, curve, data: bufferSource(keyData, "importKey", 2) }));
  } else {
    throw domError("NotSupportedError", `Unrecognized key import format "${format}".`);
  }
  const type = javaKey.isPrivate() ? "private" : "public";
  checkUsages(usages, asymmetricUsages(name)[type], `Attempt to import ${type} ${name} key`);
  if (type === "private" && usages.length === 0) throw domError("SyntaxError", "Secret/private CryptoKeys must have at least one usage.");
  return newCryptoKey({ type, extractable, algorithm: asymmetricAlgorithm(name, dict, javaKey), usages, java: javaKey });
}

/** The bytes of a JWK member in base64url; a DataError with `message` when it is missing or no base64url. */
function jwkBytes(text, message) {
  if (typeof text !== "string") throw domError("DataError", message);
  try { return base64UrlDecode(text); } catch { throw domError("DataError", message); }
}

/** workerd's checks of an AES JWK beyond its type and key: "alg", "use" and "key_ops". */
function checkSymmetricJwk(jwk, name, bits, usages) {
  if (![128, 192, 256].includes(bits)) throw domError("DataError", `Imported AES key length must be 128, 192, or 256 bits but provided ${bits}.`);
  if (jwk.alg !== undefined) {
    const expected = `A${bits}${name.slice(4)}`;
    if (jwk.alg !== expected) throw domError("DataError", `Symmetric "jwk" key contains invalid "alg" value "${jwk.alg}", expected "${expected}".`);
  }
  if (usages.length !== 0 && jwk.use !== undefined && jwk.use !== "enc") {
    throw domError("DataError", `Symmetric "jwk" key must have a "use" of "enc", not "${jwk.use}".`);
  }
  if (jwk.key_ops !== undefined) {
    const ops = [...jwk.key_ops].map(String).sort();
    for (let i = 1; i < ops.length; i++) {
      if (ops[i] === ops[i - 1]) throw domError("DataError", `Symmetric "jwk" key contains duplicate value "${ops[i]}", in "key_op".`);
    }
    for (const usage of usages) {
      if (!ops.includes(usage)) throw domError("DataError", `"jwk" key missing usage "${usage}", in "key_ops".`);
    }
  }
}

/**
 * workerd's checks of an asymmetric JWK before its key material is read: the usages its half
 * allows (private when it has "d"), then "use" and "key_ops" against the usages.
 */
function checkAsymmetricJwk(jwk, name, usages) {
  const type = jwk.d !== undefined ? "private" : "public";
  checkUsages(usages, asymmetricUsages(name)[type], `Attempt to import ${type} ${name} key`);
  if (type === "private" && usages.length === 0) throw domError("SyntaxError", "Secret/private CryptoKeys must have at least one usage.");
  const [expectedUse, op0, op1] = name === "RSA-OAEP" ? ["enc", "encrypt", "wrapKey"]
    : name === "ECDH" || name === "X25519" ? ["enc", "unused", "unused"] : ["sig", "sign", "verify"];
  // workerd names "sig" as the expected use here whatever the algorithm (recorded)
  if (usages.length !== 0 && jwk.use !== undefined && jwk.use !== expectedUse) {
    throw domError("DataError", `Asymmetric "jwk" key import with usages requires a JSON Web Key with Public Key Use parameter "use" ("${jwk.use}") equal to "sig".`);
  }
  if (jwk.key_ops === undefined) return;
  const ops = [...jwk.key_ops].map(String).sort();
  for (let i = 1; i < ops.length; i++) {
    if (ops[i] === ops[i - 1]) throw domError("DataError", 'A JSON Web Key\'s Key Operations parameter ("key_ops") must not contain duplicates.');
  }
  if (jwk.use !== undefined) {
    if (jwk.use !== expectedUse) throw domError("DataError", `Asymmetric "jwk" import requires a JSON Web Key with Public Key Use "use" ("${jwk.use}") equal to "${expectedUse}".`);
    for (const op of ops) {
      if (name === "ECDH" || name === "X25519") {
        throw domError("DataError", `A JSON Web Key should have either a Public Key Use parameter ("use") or a Key Operations parameter ("key_ops"); otherwise, the parameters must be consistent with each other. For public ${name} keys, there are no valid usages,so keys with a non-empty "key_ops" parameter are not allowed.`);
      }
      if (op !== op0 && op !== op1) {
        throw domError("DataError", `A JSON Web Key should have either a Public Key Use parameter ("use") or a Key Operations parameter ("key_ops"); otherwise, the parameters must be consistent with each other. A Public Key Use for ${name} would allow a Key Operations array with only "${op0}" and/or "${op1}" values (not "${op}").`);
      }
    }
  }
  for (const usage of usages) {
    if (!ops.includes(usage)) throw domError("DataError", 'All specified key usages must be present in the JSON Web Key\'s Key Operations parameter ("key_ops").');
  }
}

const RSA_JWK_HASHES = {
  RS1: "SHA-1", RS256: "SHA-256", RS384: "SHA-384", RS512: "SHA-512",
  PS1: "SHA-1", PS256: "SHA-256", PS384: "SHA-384", PS512: "SHA-512",
  "RSA-OAEP": "SHA-1", "RSA-OAEP-256": "SHA-256", "RSA-OAEP-384": "SHA-384", "RSA-OAEP-512": "SHA-512",
};
const ECDSA_JWK_CURVES = { ES256: "P-256", ES384: "P-384", ES512: "P-521" };

/** workerd's checks of an asymmetric JWK's "kty", "crv" and "alg" against the requested algorithm. */
function checkJwkType(jwk, name, kind, dict) {
  const unknownAlg = () => domError("NotSupportedError", `Unrecognized or unimplemented algorithm "${jwk.alg}" listed in JSON Web Key Algorithm parameter.`);
  if (kind === "RSA") {
    // workerd names RSASSA-PKCS1-v1_5 for every RSA variant, and compares only the alg's hash (recorded)
    if (jwk.kty !== "RSA") throw domError("DataError", `RSASSA-PKCS1-v1_5 "jwk" key import requires a JSON Web Key with Key Type parameter "kty" ("${jwk.kty}") equal to "RSA".`);
    if (jwk.alg !== undefined) {
      const hash = RSA_JWK_HASHES[jwk.alg];
      if (hash === undefined) throw unknownAlg();
      if (hash !== hashOf(dict)) throw domError("DataError", `JSON Web Key Algorithm parameter "alg" ("${jwk.alg}") does not match requested hash algorithm "${jwk.alg}".`);
    }
  } else if (kind === "EC") {
    if (jwk.kty !== "EC") throw domError("DataError", `Elliptic curve "jwk" key import requires a JSON Web Key with Key Type parameter "kty" ("${jwk.kty}") equal to "EC".`);
    if (name === "ECDSA" && jwk.alg !== undefined) {
      const curve = ECDSA_JWK_CURVES[jwk.alg];
      if (curve === undefined) throw unknownAlg();
      if (curve !== curveOf(dict)) throw domError("DataError", `JSON Web Key Algorithm parameter "alg" ("${jwk.alg}") does not match requested curve.`);
    }
  } else {
    const curveName = kind === "X25519" ? "X25519" : "Ed25519";
    if (jwk.kty !== "OKP") throw domError("DataError", `${curveName} "jwk" key imports requires a JSON Web Key with Key Type parameter "kty" ("${jwk.kty}") equal to "OKP".`);
    if (jwk.crv === undefined) throw domError("DataError", `Missing field "crv" for ${curveName} key.`);
    if (jwk.crv !== curveName) throw domError("NotSupportedError", `Only ${curveName} is supported but "${jwk.crv}" was requested.`);
    if (curveName === "Ed25519" && jwk.alg !== undefined && jwk.alg !== "EdDSA") {
      throw domError("DataError", `JSON Web Key Algorithm parameter "alg" ("${jwk.alg}") does not match requested Ed25519 curve.`);
    }
  }
}

/** workerd's limits for generating an RSA key: the modulus length, and an exponent of 3 or 65537. */
function checkRsaParameters(modulusLength, exponent) {
  if (modulusLength % 8 !== 0 || modulusLength < 256 || modulusLength > 16384) {
    throw domError("OperationError", `The modulus length must be a multiple of 8 and between 256 and 16k, but ${modulusLength} was requested.`);
  }
  let value = 0;
  for (const byte of exponent) {
    value = value * 256 + byte;
    if (value >= 2 ** 32) throw domError("OperationError", 'The "publicExponent" must be either 3 or 65537, but got a number larger than 2^32.');
  }
  if (value !== 3 && value !== 65537) throw domError("OperationError", `The "publicExponent" must be either 3 or 65537, but got ${value}.`);
}

function base64UrlDecode(text) {
  const binary = atobImpl(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
function base64UrlEncode(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoaImpl(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// ---- export ------------------------------------------------------------------------------

/** The JWK "alg" of an RSA key: RS256, PS384, RSA-OAEP (SHA-1), RSA-OAEP-256, ... */
function rsaJwkAlg(name, hash) {
  if (name === "RSA-OAEP") return hash === "SHA-1" ? "RSA-OAEP" : "RSA-OAEP-" + JWK_HASH_SUFFIX[hash];
  return (name === "RSA-PSS" ? "PS" : "RS") + JWK_HASH_SUFFIX[hash];
}

function jwkAlgName(state) {
  const alg = state.algorithm;
  switch (alg.name) {
    case "HMAC":
      // workerd exports no JWK of an HMAC-MD5 key (recorded)
      if (JWK_HASH_SUFFIX[alg.hash.name] === undefined) throw domError("NotSupportedError", `Unimplemented JWK key export format for key algorithm "${alg.hash.name}".`);
      return "HS" + JWK_HASH_SUFFIX[alg.hash.name];
    case "AES-GCM": return `A${alg.length}GCM`;
    case "AES-CBC": return `A${alg.length}CBC`;
    case "AES-CTR": return `A${alg.length}CTR`;
    case "AES-KW": return `A${alg.length}KW`;
    case "RSASSA-PKCS1-v1_5": case "RSA-PSS": case "RSA-OAEP": return rsaJwkAlg(alg.name, alg.hash.name);
    case "Ed25519": return "EdDSA"; // workerd gives NODE-ED25519 keys no "alg" (recorded)
    default: return undefined;
  }
}

function exportKeyImpl(format, state) {
  const name = state.algorithm.name;
  if (!state.extractable) throw domError("InvalidAccessError", `Attempt to export non-extractable ${name} key.`);
  if (state.secret !== undefined) {
    if (name.startsWith("AES-") && format !== "raw" && format !== "jwk") {
      throw domError("NotSupportedError", `${name} key only supports exporting "raw" & "jwk", not "${format}".`);
    }
    if (name === "HMAC" && format !== "raw" && format !== "jwk") {
      throw domError("NotSupportedError", `Unimplemented key export format "${format}".`);
    }
    if (format === "raw") return state.secret.slice().buffer;
    if (format === "jwk" && name !== "PBKDF2" && name !== "HKDF") {
      return { kty: "oct", key_ops: [...state.usages], alg: jwkAlgName(state), ext: state.extractable, k: base64UrlEncode(state.secret) };
    }
    throw domError("InvalidAccessError", `Cannot export "${name}" in "${format}" format.`);
  }
  const kind = asymmetricKind(name);
  if (format === "jwk") {
    const jwk = { kty: jwkKeyType(kind), key_ops: [...state.usages] };
    const alg = jwkAlgName(state);
    if (alg !== undefined) jwk.alg = alg;
    jwk.ext = state.extractable;
    return Object.assign(jwk, JSON.parse(fromJava(state.java.jwk())));
  }
  if (format === "pkcs8" && state.type !== "private") throw domError("InvalidAccessError", `Asymmetric pkcs8 export requires private key (not "${state.type}").`);
  if (format === "spki" && state.type !== "public") throw domError("InvalidAccessError", `Asymmetric spki export requires public key (not "${state.type}").`);
  if (format === "raw" && kind === "EC" && state.type !== "public") throw domError("InvalidAccessError", "Raw export of elliptic curve keys is only allowed for public keys.");
  if (format === "raw" && kind !== "RSA" && state.type !== "public") throw domError("InvalidAccessError", `Raw export of ${name} keys is only allowed for public keys.`);
  if (format === "raw" && (kind === "RSA" || state.type !== "public")) throw domError("InvalidAccessError", `Cannot export "${name}" in "raw" format.`);
  if (!["spki", "pkcs8", "raw"].includes(format)) throw domError("InvalidAccessError", `Cannot export "${name}" in "${format}" format.`);
  return bufferFromJava(state.java.export(format));
}

// ---- generate ----------------------------------------------------------------------------

function generateKeyImpl(dict, extractable, usages) {
  const name = canonicalName(dict.name, ALGORITHMS);
  if (!name) throw domError("NotSupportedError", `Unrecognized key generation algorithm "${dict.name}" requested.`);
  if (SECRET_USAGES[name]) {
    checkUsages(usages, SECRET_USAGES[name], `Attempt to generate ${name} key`);
    let length;
    let algorithm;
    if (name === "HMAC") {
      const hash = hashOf(dict, "hash", HMAC_HASHES);
      length = dict.length === undefined ? HASH_BLOCK_BITS[hash] : integerField(dict.length);
      if (length === 0) throw domError("OperationError", `HMAC key length must be a non-zero unsigned long integer (requested ${length}).`);
      algorithm = { name, hash: { name: hash }, length };
    } else if (name.startsWith("AES-")) {
      if (dict.length === undefined) throw missingField("length");
      length = integerField(dict.length);
      if (![128, 192, 256].includes(length)) throw domError("OperationError", `Generated AES key length must be 128, 192, or 256 bits but requested ${length}.`);
      algorithm = { name, length };
    } else {
      throw domError("NotSupportedError", `Unrecognized key generation algorithm "${name}" requested.`);
    }
    if (usages.length === 0) throw domError("SyntaxError", "Secret/private CryptoKeys must have at least one usage.");
    refuseInGlobalScope(); // random bytes at the worker's top level (recorded: Ed25519 pairs are allowed)
    const secret = bytesFromHost(webCrypto.randomBytes(Math.ceil(length / 8)));
    return newCryptoKey({ type: "secret", extractable, algorithm, usages, secret });
  }
  const allowed = asymmetricUsages(name);
  checkUsages(usages, [...allowed.public, ...allowed.private], `Attempt to generate ${name} key`);
  const kind = asymmetricKind(name);
  const curve = kind === "EC" ? curveOf(dict) : "";
  let modulusLength = 0;
  let exponent = null;
  if (kind === "RSA") {
    hashOf(dict);
    if (dict.modulusLength === undefined) throw missingField("modulusLength");
    if (dict.publicExponent === undefined) throw missingField("publicExponent");
    modulusLength = integerField(dict.modulusLength);
    const given = dict.publicExponent;
    if (!(given instanceof ArrayBuffer) && !ArrayBuffer.isView(given)) {
      throw new TypeError("Incorrect type for the 'publicExponent' field on 'GenerateKeyAlgorithm': the provided value is not of type 'JsBufferSource'.");
    }
    exponent = bufferSource(given, "generateKey", 1);
    checkRsaParameters(modulusLength, exponent);
  }
  const privateUsages = usages.filter((u) => allowed.private.includes(u));
  if (privateUsages.length === 0) throw domError("SyntaxError", "Attempt to generate asymmetric keys with no valid private key usages.");
  const pair = fromJava(webCrypto.generateKeyPair(kind, curve, modulusLength, exponent));
  const algorithm = asymmetricAlgorithm(name, dict, pair[0]);
  // workerd keeps the publicExponent bytes as given, leading zeros included (recorded)
  if (exponent !== null) algorithm.publicExponent = new Uint8Array(exponent);
  return {
    publicKey: newCryptoKey({ type: "public", extractable: true, algorithm, usages: usages.filter((u) => allowed.public.includes(u)), java: pair[0] }),
    privateKey: newCryptoKey({ type: "private", extractable, algorithm, usages: privateUsages, java: pair[1] }),
  };
}

// ---- operations --------------------------------------------------------------------------

function signatureParameters(dict, state, op) {
  const name = state.algorithm.name;
  let hash = "";
  let saltLength = 0;
  if (name === "ECDSA") {
    if (dict.hash === undefined) {
      throw new TypeError('Missing "hash" in AlgorithmIdentifier. (ECDSA requires that the hash algorithm be specified at call time rather than on the key. This differs from other WebCrypto algorithms for historical reasons.)');
    }
    hash = hashOf(dict);
  } else if (name === "RSASSA-PKCS1-v1_5" || name === "RSA-PSS") {
    hash = state.algorithm.hash.name;
    if (name === "RSA-PSS") {
      if (dict.saltLength === undefined) {
        // sign says DataError, verify TypeError (recorded)
        const message = "Failed to provide salt for RSA-PSS key operation which requires a salt";
        throw op === "verify" ? new TypeError(message) : domError("DataError", message);
      }
      saltLength = integerField(dict.saltLength);
      if (saltLength < 0) throw domError("DataError", `SaltLength for RSA-PSS must be non-negative (provided ${saltLength}).`);
    }
  }
  return { scheme: name === "NODE-ED25519" ? "Ed25519" : name, hash, saltLength };
}

function aesParameters(dict, state) {
  const name = state.algorithm.name;
  let iv;
  let aad = null;
  let tagBits = 128;
  let counterBits = 0;
  if (name === "AES-CTR") {
    if (dict.counter === undefined) throw missingField("counter");
    if (dict.length === undefined) throw new TypeError('Missing "length" member in "algorithm".');
    iv = bufferField(dict.counter, "counter", "EncryptAlgorithm");
    counterBits = integerField(dict.length);
    if (!(counterBits >= 1 && counterBits <= 128)) throw domError("OperationError", `Invalid counter of ${counterBits} bits length provided.`);
  } else {
    if (dict.iv === undefined) throw missingField("iv");
    iv = bufferField(dict.iv, "iv", "EncryptAlgorithm");
  }
  if (name === "AES-GCM") {
    if (dict.additionalData !== undefined) aad = bufferField(dict.additionalData, "additionalData", "EncryptAlgorithm");
    if (dict.tagLength !== undefined) tagBits = integerField(dict.tagLength);
    if (![32, 64, 96, 104, 112, 120, 128].includes(tagBits)) throw domError("OperationError", `Invalid AES-GCM tag length ${tagBits}.`);
  }
  return { iv, aad, tagBits, counterBits };
}

function deriveBitsImpl(dict, state, length) {
  const name = canonicalName(dict.name, ALGORITHMS) ?? dict.name;
  checkKeyFor(state, name, "deriveBits");
  return deriveWith(name, dict, state, length);
}
function deriveWith(name, dict, state, length) {
  if (name === "ECDH" || name === "X25519") return ecdhBits(dict, state, length);
  // workerd's HKDF takes MD5 too (recorded)
  const hash = hashOf(dict, "hash", name === "HKDF" ? HKDF_HASHES : HASHES);
  if (length === null || length === undefined) throw domError("OperationError", `${name} cannot derive a key with null length.`);
  const bits = integerField(length);
  if (bits % 8 !== 0) throw domError("OperationError", `${name} requires a derived key length that is a multiple of eight (requested ${bits}).`);
  if (name === "PBKDF2") {
    if (dict.salt === undefined) throw missingField("salt");
    if (dict.iterations === undefined) throw missingField("iterations");
    return bufferFromJava(webCrypto.pbkdf2({ hash, password: state.secret, salt: bufferField(dict.salt, "salt", "DeriveKeyAlgorithm"), iterations: integerField(dict.iterations), bits }));
  }
  if (name === "HKDF") {
    if (dict.salt === undefined) throw missingField("salt");
    if (dict.info === undefined) throw missingField("info");
    return bufferFromJava(webCrypto.hkdf({ hash, ikm: state.secret, salt: bufferField(dict.salt, "salt", "DeriveKeyAlgorithm"), info: bufferField(dict.info, "info", "DeriveKeyAlgorithm"), bits }));
  }
  throw domError("NotSupportedError", `Unrecognized key derivation algorithm "${name}" requested.`);
}

/** ECDH / X25519: the secret shared by `state` (a private key) and `dict.public`, `length` bits of it (all when null). */
function ecdhBits(dict, state, length) {
  if (dict.public === undefined) throw new TypeError('Missing field "public" in "derivedKeyParams".');
  if (!(dict.public instanceof CryptoKey)) throw new TypeError("Incorrect type for the 'public' field on 'DeriveKeyAlgorithm': the provided value is not of type 'CryptoKey'.");
  const other = keyState(dict.public, "deriveBits", 1);
  // workerd words it without a final period, for ECDH and X25519 alike (recorded)
  if (other.type !== "public") throw domError("InvalidAccessError", `The provided key has type "${other.type}", not "public"`);
  const name = state.algorithm.name;
  if (other.algorithm.name !== name) {
    // workerd's ECDH names both algorithms; X25519 names the base and the peer (recorded)
    if (name === "ECDH") throw domError("InvalidAccessError", `Private key for derivation is using "${name}" while public key is using "${other.algorithm.name}".`);
    throw domError("InvalidAccessError", `Base ${name} private key cannot be used to derive a key from a peer ${other.algorithm.name} public key`);
  }
  if (!state.java.sameCurve(other.java)) {
    throw domError("InvalidAccessError", `Private key for derivation is using curve "${state.algorithm.namedCurve}" while public key is using "${other.algorithm.namedCurve}".`);
  }
  if (length === null || length === undefined) return bufferFromJava(state.java.agree(other.java, -1));
  // a length that is no multiple of 8 takes the bytes covering it, the bits beyond it cleared (workerd)
  const bits = integerField(length);
  const secret = bufferFromJava(state.java.agree(other.java, bits));
  const whole = Math.ceil(bits / 8) * 8;
  if (whole !== bits) new Uint8Array(secret)[whole / 8 - 1] &= 0xff << (whole - bits);
  return secret;
}

/** Runs `fn` as the body of an async SubtleCrypto method: errors become rejections. */
function cryptoAsync(fn) {
  try { return Promise.resolve(fn()); } catch (e) { return Promise.reject(e); }
}
/** A key format argument as a string; an absent one (no arguments) fails as workerd's conversion (recorded). */
function formatArgument(format, op, absent) {
  if (absent) throw new TypeError(`Failed to execute '${op}' on 'SubtleCrypto': parameter 1 is not of type 'string'.`);
  return String(format);
}

function argumentCount(op, args, n) {
  if (args.length < n) throw new TypeError(`Failed to execute '${op}' on 'SubtleCrypto': ${n} arguments required, but only ${args.length} present.`);
}


/**
 * wrapKey / unwrapKey's cipher step: `bytes` encrypted (wrapKey) or decrypted (unwrapKey) with a
 * key that has that usage: AES-KW, or any algorithm encrypt/decrypt takes.
 */
function wrapOperation(op, algorithm, key, bytes) {
  const dict = algorithmDict(algorithm);
  const state = keyState(key, op, 3);
  checkKeyFor(state, dict.name, op);
  return cipherOperation(op === "wrapKey" ? "encrypt" : "decrypt", dict, state, bytes);
}

function aesOperation(op, algorithm, key, data, absent) {
  const dict = algorithmDict(algorithm, "EncryptAlgorithm", absent ? op : undefined);
  const state = keyState(key, op, 2);
  const bytes = bufferSource(data, op, 3);
  checkKeyFor(state, dict.name, op);
  if (state.algorithm.name === "AES-KW") {
    throw domError("NotSupportedError", `Unrecognized or unimplemented ${op} algorithm "AES-KW" requested.`);
  }
  return cipherOperation(op, dict, state, bytes);
}

/** Encrypts or decrypts `bytes` with a checked key: RSA-OAEP, AES-GCM/CBC/CTR or AES-KW. */
function cipherOperation(op, dict, state, bytes) {
  if (state.algorithm.name === "RSA-OAEP") {
    const label = dict.label === undefined ? null : bufferField(dict.label, "label", "EncryptAlgorithm");
    return bufferFromJava(state.java.oaep(op === "encrypt", state.algorithm.hash.name, label, bytes));
  }
  if (!state.algorithm.name.startsWith("AES-")) {
    throw domError("NotSupportedError", `Unrecognized or unimplemented ${op} algorithm "${state.algorithm.name}" requested.`);
  }
  if (state.algorithm.name === "AES-KW") {
    return bufferFromJava(webCrypto.aes({ mode: "AES-KW", encrypt: op === "encrypt", key: state.secret, iv: null, data: bytes, aad: null, tagBits: 0, counterBits: 0 }));
  }
  const p = aesParameters(dict, state);
  return bufferFromJava(webCrypto.aes({ mode: state.algorithm.name, encrypt: op === "encrypt", key: state.secret, iv: p.iv, data: bytes, aad: p.aad, tagBits: p.tagBits, counterBits: p.counterBits }));
}

/** SubtleCrypto's methods, called with the SubtleCrypto as `this` and the caller's arguments. */
const subtleCryptoMethods = {
  digest(algorithm, data) {
    return cryptoAsync(() => {
      if (algorithm === undefined) throw new TypeError("Failed to execute 'digest' on 'SubtleCrypto': parameter 1 is not of type 'string or HashAlgorithm'.");
      const dict = algorithmDict(algorithm, "HashAlgorithm");
      const bytes = bufferSource(data, "digest", 2);
      const name = dict.name === undefined ? undefined : canonicalName(dict.name, DIGESTS);
      if (!name) throw domError("NotSupportedError", "Unrecognized or unimplemented digest algorithm requested.");
      return bufferFromJava(webCrypto.digest(name, bytes));
    });
  },
  importKey(format, keyData, algorithm, extractable, keyUsages) {
    return cryptoAsync(() => {
      if (format === undefined) throw new TypeError("Failed to execute 'importKey' on 'SubtleCrypto': parameter 1 is not of type 'string'.");
      argumentCount("importKey", arguments, 5);
      format = String(format);
      keyDataArgument(keyData);
      const dict = algorithmDict(algorithm, "ImportKeyAlgorithm");
      const name = canonicalName(dict.name, ALGORITHMS);
      if (!name) throw domError("NotSupportedError", `Unrecognized key import algorithm "${dict.name}" requested.`);
      if (!["raw", "jwk", "spki", "pkcs8"].includes(format)) throw domError("NotSupportedError", `Unrecognized key import format "${format}".`);
      checkImportData(format, keyData);
      const usages = sortedUsages(keyUsages, "importKey", 5);
      if (format === "jwk" && keyData !== null && typeof keyData === "object" && keyData.ext !== undefined && !keyData.ext && extractable) {
        throw domError("DataError", `JWK ext field for "${dict.name}" is set to false but extractable is true`);
      }
      if (SECRET_USAGES[name]) return importSecret(format, keyData, name, dict, !!extractable, usages);
      return importAsymmetric(format, keyData, name, dict, !!extractable, usages);
    });
  },
  exportKey(format, key) {
    return cryptoAsync(() => exportKeyImpl(formatArgument(format, "exportKey", arguments.length === 0), keyState(key, "exportKey", 2)));
  },
  generateKey(algorithm, extractable, keyUsages) {
    return cryptoAsync(() => {
      // a missing algorithm fails before the count of arguments (recorded)
      if (arguments.length === 0) algorithmDict(algorithm, "GenerateKeyAlgorithm", "generateKey");
      argumentCount("generateKey", arguments, 3);
      return generateKeyImpl(algorithmDict(algorithm, "GenerateKeyAlgorithm"), !!extractable, sortedUsages(keyUsages, "generateKey", 3));
    });
  },
  sign(algorithm, key, data) {
    return cryptoAsync(() => {
      const dict = algorithmDict(algorithm, "SignAlgorithm", arguments.length === 0 ? "sign" : undefined);
      const state = keyState(key, "sign", 2);
      const bytes = bufferSource(data, "sign", 3);
      checkKeyFor(state, dict.name, "sign");
      if (state.secret !== undefined) return bufferFromJava(webCrypto.hmac(state.algorithm.hash.name, state.secret, bytes));
      const p = signatureParameters(dict, state, "sign");
      return bufferFromJava(state.java.sign(p.scheme, p.hash, p.saltLength, bytes));
    });
  },
  verify(algorithm, key, signature, data) {
    return cryptoAsync(() => {
      const dict = algorithmDict(algorithm, "SignAlgorithm", arguments.length === 0 ? "verify" : undefined);
      const state = keyState(key, "verify", 2);
      const sig = bufferSource(signature, "verify", 3);
      const bytes = bufferSource(data, "verify", 4);
      checkKeyFor(state, dict.name, "verify");
      if (state.secret !== undefined) {
        const expected = bytesFromHost(fromJava(webCrypto.hmac(state.algorithm.hash.name, state.secret, bytes)));
        return expected.byteLength === sig.byteLength && webCrypto.equal(expected, sig);
      }
      if (state.algorithm.name === "Ed25519" && sig.byteLength !== 64) throw domError("OperationError", `Invalid Ed25519 signature length ${sig.byteLength}`);
      const p = signatureParameters(dict, state, "verify");
      return fromJava(state.java.verify({ scheme: p.scheme, hash: p.hash, saltLength: p.saltLength, sig, data: bytes }));
    });
  },
  encrypt(algorithm, key, data) { return cryptoAsync(() => aesOperation("encrypt", algorithm, key, data, arguments.length === 0)); },
  decrypt(algorithm, key, data) { return cryptoAsync(() => aesOperation("decrypt", algorithm, key, data, arguments.length === 0)); },
  deriveBits(algorithm, baseKey, length = null) {
    return cryptoAsync(() => {
      // checked as the argument converts, before the algorithm: an int32 (NaN reads as 0),
      // then not negative (recorded)
      if (length !== null && length !== undefined) {
        const n = Number(length);
        if (!Number.isNaN(n) && !(Math.trunc(n) >= -2147483648 && Math.trunc(n) <= 2147483647)) {
          throw new TypeError("Value out of range. Must be between -2147483648 and 2147483647 (inclusive).");
        }
        if (Math.trunc(n) < 0) throw new TypeError("deriveBits length must be an unsigned long integer.");
      }
      return deriveBitsImpl(algorithmDict(algorithm, "DeriveKeyAlgorithm", arguments.length === 0 ? "deriveBits" : undefined), keyState(baseKey, "deriveBits", 2), length);
    });
  },
  deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    return cryptoAsync(() => {
      const dict = algorithmDict(algorithm, "DeriveKeyAlgorithm", arguments.length === 0 ? "deriveKey" : undefined);
      const state = keyState(baseKey, "deriveKey", 2);
      const name = canonicalName(dict.name, ALGORITHMS) ?? dict.name;
      checkKeyFor(state, name, "deriveKey");
      const target = algorithmDict(derivedKeyAlgorithm);
      const targetName = canonicalName(target.name, ALGORITHMS);
      // the derived key's length as workerd asks for it (recorded): AES lengths checked first,
      // HKDF/PBKDF2 keys have none (the base algorithm then refuses a null length), other kinds
      // cannot be derived
      let length = target.length;
      if (targetName === "HMAC" && length === undefined) length = HASH_BLOCK_BITS[hashOf(target, "hash", HMAC_HASHES)];
      else if (targetName === "HKDF" || targetName === "PBKDF2") length = null;
      else if (targetName === undefined || !targetName.startsWith("AES-") && targetName !== "HMAC") {
        throw domError("NotSupportedError", `Unrecognized derived key type "${target.name}" requested.`);
      }
      if (length === undefined) throw new TypeError('Missing field "length" in "derivedKeyParams".');
      if (targetName.startsWith("AES-") && ![128, 192, 256].includes(integerField(length))) {
        throw domError("OperationError", `Derived AES key must be 128, 192, or 256 bits in length but provided ${integerField(length)}.`);
      }
      const bits = deriveWith(name, dict, state, length === null ? null : integerField(length));
      return this.importKey("raw", bits, target, extractable, keyUsages);
    });
  },
  wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    return cryptoAsync(() => {
      formatArgument(format, "wrapKey", arguments.length === 0);
      if (wrapAlgorithm === undefined) {
        throw new TypeError("Failed to execute 'wrapKey' on 'SubtleCrypto': parameter 4 is not of type 'string or EncryptAlgorithm'.");
      }
      const state = keyState(key, "wrapKey", 2);
      const exported = exportKeyImpl(String(format), state);
      const bytes = exported instanceof ArrayBuffer ? new Uint8Array(exported) : utf8Encoder.encode(JSON.stringify(exported));
      return wrapOperation("wrapKey", wrapAlgorithm, wrappingKey, bytes);
    });
  },
  unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
    return cryptoAsync(() => {
      formatArgument(format, "unwrapKey", arguments.length === 0);
      argumentCount("unwrapKey", arguments, 7);
      const bytes = new Uint8Array(wrapOperation("unwrapKey", unwrapAlgorithm, unwrappingKey, bufferSource(wrappedKey, "unwrapKey", 2)));
      format = String(format);
      let keyData = bytes;
      if (format === "jwk") {
        // workerd lets JSON.parse's SyntaxError through (recorded)
        keyData = jsonParse(utf8Decoder.decode(bytes));
      }
      return this.importKey(format, keyData, unwrappedKeyAlgorithm, extractable, keyUsages);
    });
  },
  timingSafeEqual(a, b) {
    const x = timingSafeEqualBuffer(a, 1);
    const y = timingSafeEqualBuffer(b, 2);
    if (x.byteLength !== y.byteLength) throw new TypeError("Input buffers must have the same byte length.");
    return webCrypto.equal(x, y);
  },
};
