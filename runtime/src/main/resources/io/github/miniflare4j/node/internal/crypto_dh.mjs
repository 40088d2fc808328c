// node:crypto's key agreement and primes as workerd provides them: createECDH/ECDH (secp224r1,
// prime256v1, secp384r1, secp521r1), DiffieHellman/DiffieHellmanGroup (explicit primes and the
// modp14-18 groups), checkPrime(Sync) and generatePrime(Sync). The keys live here; the arithmetic
// is Java's (webapi.NodeKeyAgreement). Messages are workerd's.
const { Buffer, nodeError, invalidArgType } = $node;
const agreement = $node.host.agreement();

const kKeys = Symbol("kKeys");
const POINT_FORMATS = ["compressed", "uncompressed", "hybrid"];
const KEY_TYPES = "of type string or an instance of Buffer, TypedArray, or DataView";
// curves OpenSSL names but workerd's BoringSSL cannot make keys on
const UNSUPPORTED_CURVES = new Set(["secp256k1", "secp112r1", "secp112r2", "secp128r1", "secp128r2", "secp160k1", "secp160r1", "secp160r2",
  "secp192k1", "secp224k1", "prime192v1", "prime192v2", "prime192v3", "prime239v1", "prime239v2", "prime239v3", "brainpoolP160r1",
  "brainpoolP192r1", "brainpoolP224r1", "brainpoolP256r1", "brainpoolP320r1", "brainpoolP384r1", "brainpoolP512r1"]);

/** The bytes of a key argument: a string in `encoding` or a view, else workerd's ERR_INVALID_ARG_TYPE. */
function keyBytes(key, encoding, name) {
  if (typeof key === "string") return new Uint8Array(Buffer.from(key, encoding));
  if (ArrayBuffer.isView(key)) return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
  throw invalidArgType(name, KEY_TYPES, key);
}

/** A result as a Buffer, or a string when `encoding` is a string (as workerd, "buffer" is no exception). */
function output(bytes, encoding) {
  const buffer = Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  return typeof encoding === "string" ? buffer.toString(encoding) : buffer;
}

/** Whether `format` asks for the compressed encoding; hybrid points are not supported (BoringSSL). */
function compressedFormat(format) {
  if (format === undefined) return false;
  if (!POINT_FORMATS.includes(format)) {
    throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'format' must be one of: 'compressed', 'uncompressed', 'hybrid'. Received ${typeof format === "string" ? `'${format}'` : String(format)}`);
  }
  if (format === "hybrid") throw new Error("Failed to get public key length");
  return format === "compressed";
}

function checkCurve(curve) {
  if (typeof curve !== "string") throw invalidArgType("curveName", "of type string", curve);
  if (agreement.ecdhCurve(curve)) return curve;
  throw new Error(UNSUPPORTED_CURVES.has(curve) ? "Failed to create key using named curve" : "Invalid curve");
}

/** An elliptic-curve Diffie-Hellman key pair on a named curve. */
export function ECDH(curve) {
  if (!new.target) return new ECDH(curve);
  this[kKeys] = { curve: checkCurve(curve), privateKey: null };
}
/** workerd checks an encoding argument given (not null or undefined) is a string. */
function checkEncoding(encoding, name = "encoding") {
  if (encoding !== undefined && encoding !== null && typeof encoding !== "string") throw invalidArgType(name, "of type string", encoding);
}
ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  const keys = this[kKeys];
  checkEncoding(encoding);
  if (format !== undefined && format !== null) compressedFormat(format);
  keys.privateKey = new Uint8Array(agreement.ecdhRandomKey(keys.curve));
  return this.getPublicKey(encoding, format);
};
ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const keys = this[kKeys];
  checkEncoding(encoding);
  const compressed = compressedFormat(format);
  if (keys.privateKey === null) throw new Error("Failed to get ECDH public key");
  return output(agreement.ecdhPublicKey(keys.curve, keys.privateKey, compressed), encoding);
};
ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  const keys = this[kKeys];
  checkEncoding(encoding);
  if (keys.privateKey === null) throw new Error("Failed to get ECDH private key");
  return output(keys.privateKey, encoding);
};
ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const keys = this[kKeys];
  checkEncoding(encoding);
  const bytes = keyBytes(key, encoding, "key");
  if (!agreement.ecdhValidKey(keys.curve, bytes)) throw new Error("Private key is not valid for specified curve.");
  // kept as OpenSSL keeps a BIGNUM: without leading zero bytes
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  keys.privateKey = Uint8Array.from(bytes.subarray(start));
};
ECDH.prototype.computeSecret = function computeSecret(otherPublicKey, inputEncoding, outputEncoding) {
  const keys = this[kKeys];
  const peer = keyBytes(otherPublicKey, inputEncoding, "otherPublicKey");
  checkEncoding(inputEncoding, "inputEncoding");
  checkEncoding(outputEncoding, "outputEncoding");
  if (keys.privateKey === null) throw new Error("Failed to get ECDH private key");
  const secret = agreement.ecdhSecret(keys.curve, keys.privateKey, peer);
  if (secret === null) throw new Error("Failed to set point");
  return output(secret, outputEncoding);
};
ECDH.convertKey = function convertKey(key, curve, inputEncoding, outputEncoding, format) {
  const bytes = keyBytes(key, inputEncoding, "key");
  if (typeof curve !== "string") throw invalidArgType("curve", "of type string", curve);
  checkEncoding(inputEncoding, "inputEncoding");
  checkEncoding(outputEncoding, "outputEncoding");
  checkCurve(curve);
  const compressed = compressedFormat(format);
  const converted = agreement.ecdhConvert(curve, bytes, compressed);
  if (converted === null) throw new Error("Failed to set point");
  return output(converted, outputEncoding);
};

export function createECDH(curve) {
  return new ECDH(curve);
}
// RFC 3526's MODP groups (generator 2) that workerd's getDiffieHellman knows, as hex
const MODP_GROUPS = {
  modp14:
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437" +
    "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7edee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf05" +
    "98da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b" +
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa051015728e5a8aacaa68ffffffffffffffff",
  modp15:
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437" +
    "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7edee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf05" +
    "98da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b" +
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa051015728e5a8aaac42dad33170d04507a33" +
    "a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864" +
    "d87602733ec86a64521f2b18177b200cbbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a93ad2caffffffffffffffff",
  modp16:
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437" +
    "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7edee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf05" +
    "98da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b" +
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa051015728e5a8aaac42dad33170d04507a33" +
    "a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864" +
    "d87602733ec86a64521f2b18177b200cbbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7" +
    "88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8dbbbc2db04de8ef92e8efc141fbecaa6287c59474e6bc05d99b2964fa090c3a2" +
    "233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa993b4ea988d8fddc186ffb7dc90a6c08f4df435c934063199ffffffffffffffff",
  modp17:
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437" +
    "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7edee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf05" +
    "98da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b" +
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa051015728e5a8aaac42dad33170d04507a33" +
    "a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864" +
    "d87602733ec86a64521f2b18177b200cbbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7" +
    "88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8dbbbc2db04de8ef92e8efc141fbecaa6287c59474e6bc05d99b2964fa090c3a2" +
    "233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa993b4ea988d8fddc186ffb7dc90a6c08f4df435c93402849236c3fab4d27c7026" +
    "c1d4dcb2602646dec9751e763dba37bdf8ff9406ad9e530ee5db382f413001aeb06a53ed9027d831179727b0865a8918da3edbebcf9b14ed44ce6cbaced4bb1b" +
    "db7f1447e6cc254b332051512bd7af426fb8f401378cd2bf5983ca01c64b92ecf032ea15d1721d03f482d7ce6e74fef6d55e702f46980c82b5a84031900b1c9e" +
    "59e7c97fbec7e8f323a97a7e36cc88be0f1d45b7ff585ac54bd407b22b4154aacc8f6d7ebf48e1d814cc5ed20f8037e0a79715eef29be32806a1d58bb7c5da76" +
    "f550aa3d8a1fbff0eb19ccb1a313d55cda56c9ec2ef29632387fe8d76e3c0468043e8f663f4860ee12bf2d5b0b7474d6e694f91e6dcc4024ffffffffffffffff",
  modp18:
    "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437" +
    "4fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7edee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf05" +
    "98da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b" +
    "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa051015728e5a8aaac42dad33170d04507a33" +
    "a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864" +
    "d87602733ec86a64521f2b18177b200cbbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a92108011a723c12a787e6d7" +
    "88719a10bdba5b2699c327186af4e23c1a946834b6150bda2583e9ca2ad44ce8dbbbc2db04de8ef92e8efc141fbecaa6287c59474e6bc05d99b2964fa090c3a2" +
    "233ba186515be7ed1f612970cee2d7afb81bdd762170481cd0069127d5b05aa993b4ea988d8fddc186ffb7dc90a6c08f4df435c93402849236c3fab4d27c7026" +
    "c1d4dcb2602646dec9751e763dba37bdf8ff9406ad9e530ee5db382f413001aeb06a53ed9027d831179727b0865a8918da3edbebcf9b14ed44ce6cbaced4bb1b" +
    "db7f1447e6cc254b332051512bd7af426fb8f401378cd2bf5983ca01c64b92ecf032ea15d1721d03f482d7ce6e74fef6d55e702f46980c82b5a84031900b1c9e" +
    "59e7c97fbec7e8f323a97a7e36cc88be0f1d45b7ff585ac54bd407b22b4154aacc8f6d7ebf48e1d814cc5ed20f8037e0a79715eef29be32806a1d58bb7c5da76" +
    "f550aa3d8a1fbff0eb19ccb1a313d55cda56c9ec2ef29632387fe8d76e3c0468043e8f663f4860ee12bf2d5b0b7474d6e694f91e6dbe115974a3926f12fee5e4" +
    "38777cb6a932df8cd8bec4d073b931ba3bc832b68d9dd300741fa7bf8afc47ed2576f6936ba424663aab639c5ae4f5683423b4742bf1c978238f16cbe39d652d" +
    "e3fdb8befc848ad922222e04a4037c0713eb57a81a23f0c73473fc646cea306b4bcbc8862f8385ddfa9d4b7fa2c087e879683303ed5bdd3a062b3cf5b3a278a6" +
    "6d2a13f83f44f82ddf310ee074ab6a364597e899a0255dc164f31cc50846851df9ab48195ded7ea1b1d510bd7ee74d73faf36bc31ecfa268359046f4eb879f92" +
    "4009438b481c6cd7889a002ed5ee382bc9190da6fc026e479558e4475677e9aa9e3050e2765694dfc81f56e880b96e7160c980dd98edd3dfffffffffffffffff",
};

const kGroup = Symbol("kGroup");
const DH_TYPES = "one of type number or string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView";
const MAX_MODULUS_BITS = 10000;

function bytesArg(value, encoding) {
  if (typeof value === "string") return new Uint8Array(Buffer.from(value, encoding));
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}
const isBufferSource = (value) => ArrayBuffer.isView(value) || value instanceof ArrayBuffer;

/** Node's validateInt32 with a minimum. */
function int32(value, name, min = -2147483648) {
  if (typeof value !== "number") throw invalidArgType(name, "of type number", value);
  if (!Number.isInteger(value)) throw $node.outOfRange(name, "an integer", value);
  if (value < min || value > 2147483647) throw $node.outOfRange(name, `>= ${min} && <= 2147483647`, value);
}

/** The minimal big-endian bytes of a non-negative integer (OpenSSL's BN_bn2bin). */
function minimalBytes(bytes) {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  return Uint8Array.from(bytes.subarray(start));
}
function intBytes(number) {
  return minimalBytes(new Uint8Array(Buffer.from(number.toString(16).padStart(8, "0"), "hex")));
}
const isZeroOrOne = (bytes) => bytes.length === 0 || (bytes.length === 1 && bytes[0] <= 1);

/** BoringSSL's DH_generate_key: a random number of the prime's bit length minus one, top bit set. */
function randomPrivateKey(prime) {
  const bits = prime.length * 8 - (Math.clz32(prime[0]) - 24) - 1;
  const key = new Uint8Array(Math.ceil(bits / 8));
  globalThis.crypto.getRandomValues(key);
  const topBit = (bits - 1) % 8;
  key[0] = (key[0] & ((1 << (topBit + 1)) - 1)) | (1 << topBit);
  return key;
}

function initGroup(self, prime, generator) {
  self[kGroup] = { prime, generator, privateKey: null, publicKey: null, verifyError: undefined };
}
function verifyError() {
  const group = this[kGroup];
  // computed on first read: DH_check's primality tests of big primes take a while
  group.verifyError ??= agreement.dhCheck(group.prime, group.generator);
  return group.verifyError;
}

/** Diffie-Hellman over a prime (bytes, or a size in bits to generate one) and a generator (2 by default). */
export function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== "number" && typeof sizeOrKey !== "string" && !isBufferSource(sizeOrKey)) {
    throw invalidArgType("sizeOrKey", DH_TYPES, sizeOrKey);
  }
  if (typeof sizeOrKey === "number") int32(sizeOrKey, "sizeOrKey");
  if (keyEncoding && keyEncoding !== "buffer" && !Buffer.isEncoding(keyEncoding)) {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = "utf-8";
  }
  keyEncoding ??= "utf-8";
  genEncoding ??= "utf-8";
  let generatorBytes = null;
  let generatorNumber = null;
  if (!generator) generatorNumber = 2;
  else if (typeof generator === "number") { int32(generator, "generator"); generatorNumber = generator; }
  else if (typeof generator === "string") generatorBytes = bytesArg(generator, genEncoding);
  else if (isBufferSource(generator)) generatorBytes = bytesArg(generator);
  else throw invalidArgType("generator", DH_TYPES, generator);
  if (typeof sizeOrKey === "number") {
    if (generatorBytes !== null) throw new Error("DiffieHellman init failed: invalid parameters");
    if (sizeOrKey > MAX_MODULUS_BITS) throw new RangeError("DiffieHellman init failed: requested prime size too large");
    if (generatorNumber <= 1 || sizeOrKey < 3) throw new Error("DiffieHellman init failed: could not generate parameters");
    // BoringSSL's DH_generate_parameters: a safe prime with p mod 24 == 11 for generator 2, p mod 10 == 3 for 5
    const [add, rem] = generatorNumber === 2 ? [24, 11] : generatorNumber === 5 ? [10, 3] : [2, 1];
    const prime = new Uint8Array(agreement.generatePrime(sizeOrKey, true, intBytes(add), intBytes(rem)));
    initGroup(this, prime, intBytes(generatorNumber));
    return;
  }
  const key = bytesArg(sizeOrKey, keyEncoding);
  if (key.length > MAX_MODULUS_BITS / 8) throw new RangeError("DiffieHellman init failed: key is too large");
  if (key.length === 0) throw new Error("DiffieHellman init failed: invalid key");
  if (generatorBytes === null) {
    if (generatorNumber < 2) throw new RangeError("DiffieHellman init failed: generator too small");
    generatorBytes = intBytes(generatorNumber);
  } else {
    if (generatorBytes.length === 0 || isZeroOrOne(minimalBytes(generatorBytes))) throw new Error("DiffieHellman init failed: invalid generator");
    generatorBytes = minimalBytes(generatorBytes);
  }
  const prime = minimalBytes(key);
  if (prime.length === 0 || (prime[prime.length - 1] & 1) === 0 || compareBytes(generatorBytes, prime) >= 0) {
    throw new Error("DiffieHellman init failed: Invalid DH prime generated");
  }
  initGroup(this, prime, generatorBytes);
}

/** Diffie-Hellman over one of the named MODP groups (generator 2). */
export function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  const key = String(name).toLowerCase();
  const hex = Object.hasOwn(MODP_GROUPS, key) ? MODP_GROUPS[key] : undefined;
  if (hex === undefined) {
    throw new Error("Failed to init DiffieHellmanGroup: invalid group. Only groups {modp14, modp15, modp16, modp17, modp18} are supported.");
  }
  initGroup(this, new Uint8Array(Buffer.from(hex, "hex")), intBytes(2));
}

/** A result as a Buffer, or a string in `encoding` (absent, empty or "buffer" give the Buffer). */
function encode(bytes, encoding) {
  const buffer = Buffer.from(bytes);
  return encoding && encoding !== "buffer" ? buffer.toString(encoding) : buffer;
}
/** A key argument of DiffieHellman: a string in `encoding`, an ArrayBuffer or a view. */
function dhKeyBytes(key, encoding) {
  if (typeof key === "string") return new Uint8Array(Buffer.from(key, encoding));
  if (isBufferSource(key)) return bytesArg(key);
  throw invalidArgType("key", "of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView", key);
}

function generateKeys(encoding) {
  const group = this[kGroup];
  if (group.privateKey === null) group.privateKey = randomPrivateKey(group.prime);
  group.publicKey = new Uint8Array(agreement.modPow(group.generator, group.privateKey, group.prime));
  return encode(group.publicKey, encoding);
}
function computeSecret(key, inputEncoding, outputEncoding) {
  const group = this[kGroup];
  const bytes = dhKeyBytes(key, inputEncoding);
  if (bytes.length === 0) throw new Error("DiffieHellman computeSecret() failed: invalid key");
  const peer = minimalBytes(bytes);
  if (isZeroOrOne(peer)) throw new RangeError("DiffieHellman computeSecret() failed: Supplied key is too small");
  if (compareBytes(peer, minusOne(group.prime)) >= 0) throw new RangeError("DiffieHellman computeSecret() failed: Supplied key is too large");
  if (group.privateKey === null) throw new Error("Invalid Key");
  const secret = new Uint8Array(agreement.modPow(peer, group.privateKey, group.prime));
  // zero-padded to the prime's length
  const padded = new Uint8Array(group.prime.length);
  padded.set(secret, padded.length - secret.length);
  return encode(padded, outputEncoding);
}
function getter(field, missing) {
  return function (encoding) {
    const value = this[kGroup][field];
    if (value === null) throw new Error(missing);
    return encode(value, encoding);
  };
}
for (const Ctor of [DiffieHellman, DiffieHellmanGroup]) {
  Object.assign(Ctor.prototype, {
    generateKeys, computeSecret,
    getPrime: getter("prime", "prime"), getGenerator: getter("generator", "generator"),
    getPublicKey: getter("publicKey", "No public key"), getPrivateKey: getter("privateKey", "No private key"),
  });
  Object.defineProperty(Ctor.prototype, "verifyError", { get: verifyError, enumerable: true, configurable: true });
}
DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kGroup].publicKey = minimalBytes(dhKeyBytes(key, encoding));
  return this;
};
DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kGroup].privateKey = minimalBytes(dhKeyBytes(key, encoding));
  return this;
};

export function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}
export function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}
export function getDiffieHellman(name) {
  return createDiffieHellmanGroup(name);
}
function compareBytes(a, b) {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
function minusOne(bytes) {
  const out = Uint8Array.from(bytes);
  for (let i = out.length - 1; i >= 0; i--) { if (out[i] > 0) { out[i]--; break; } out[i] = 255; }
  return minimalBytes(out);
}
const PRIME_TYPES = "of type bigint or an instance of ArrayBuffer, TypedArray, Buffer, or DataView";
const MAX_PRIME_BITS = 8192;
// the add/rem pairs workerd accepts (the ones DH parameters use)
const ADD_REM_PAIRS = [[12, 11], [24, 23], [60, 59]];

/** A non-negative bigint as big-endian bytes; a negative one is out of range. */
function bigintBytes(value, name) {
  if (value < 0n) throw $node.outOfRange(name, ">= 0", value);
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = "0" + hex;
  return new Uint8Array(Buffer.from(hex, "hex"));
}
function primeInput(value, name) {
  if (typeof value === "bigint") return bigintBytes(value, name);
  if (!isBufferSource(value)) throw invalidArgType(name, PRIME_TYPES, value);
  return bytesArg(value);
}
function checkOptions(options) {
  if (options === null || typeof options !== "object") throw invalidArgType("options", "of type object", options);
}
function checkFunction(callback) {
  if (typeof callback !== "function") throw invalidArgType("callback", "of type function", callback);
}
function primeChecks(options) {
  const { checks = 0 } = options;
  int32(checks, "options.checks", 0);
  return checks;
}
function testPrime(bytes, checks) {
  if (checks > 64) throw new RangeError("Invalid number of checks");
  if (bytes.length > MAX_PRIME_BITS / 8) throw new RangeError("checkPrime candidate exceeds maximum size");
  return agreement.probablePrime(bytes, checks);
}
/** Settles a callback a microtask later, as workerd's promise-based callbacks do. */
function settle(callback, compute) {
  new Promise((resolve) => resolve(compute())).then((value) => callback(null, value), (error) => callback(error));
}

export function checkPrimeSync(candidate, options = {}) {
  const bytes = primeInput(candidate, "candidate");
  checkOptions(options);
  return testPrime(bytes, primeChecks(options));
}
export function checkPrime(candidate, options, callback) {
  const bytes = primeInput(candidate, "candidate");
  if (typeof options === "function") { callback = options; options = {}; }
  checkOptions(options);
  checkFunction(callback);
  const checks = primeChecks(options);
  settle(callback, () => testPrime(bytes, checks));
}

function primeOptions(options) {
  checkOptions(options);
  const { safe = false, bigint = false } = options;
  if (typeof safe !== "boolean") throw invalidArgType("options.safe", "of type boolean", safe);
  if (typeof bigint !== "boolean") throw invalidArgType("options.bigint", "of type boolean", bigint);
  let { add, rem } = options;
  if (add !== undefined) add = primeInput(add, "options.add");
  if (rem !== undefined) rem = primeInput(rem, "options.rem");
  return { safe, bigint, add, rem };
}
const bytesValue = (bytes) => (bytes.length === 0 ? 0n : BigInt("0x" + Buffer.from(bytes).toString("hex")));
function makePrime(size, { safe, bigint, add, rem }) {
  if (size > MAX_PRIME_BITS) throw new RangeError(`generatePrime size exceeds maximum (${MAX_PRIME_BITS} bits)`);
  if (add !== undefined) {
    const a = bytesValue(add);
    const r = rem === undefined ? undefined : bytesValue(rem);
    if (r === undefined || !ADD_REM_PAIRS.some(([x, y]) => a === BigInt(x) && r === BigInt(y))) throw new RangeError("Invalid values for add and rem");
    if (a.toString(2).length > size) throw new RangeError("options.add must not be bigger than size of the requested prime");
  }
  const prime = new Uint8Array(agreement.generatePrime(size, safe, add === undefined ? null : minimalBytes(add), rem === undefined ? null : minimalBytes(rem)));
  return bigint ? bytesValue(prime) : prime.slice().buffer;
}

export function generatePrimeSync(size, options = {}) {
  int32(size, "size", 1);
  return makePrime(size, primeOptions(options));
}
export function generatePrime(size, options, callback) {
  int32(size, "size", 1);
  if (typeof options === "function") { callback = options; options = {}; }
  checkFunction(callback);
  const parsed = primeOptions(options);
  settle(callback, () => makePrime(size, parsed));
}
