// node:crypto's Certificate (SPKAC, "Netscape SPKI") as workerd has it (recorded): a base64 SignedPublicKeyAndChallenge
// (trailing whitespace trimmed, strict base64, bytes after the DER element ignored) read for its challenge (each byte
// taken as Latin-1, answered in UTF-8) and its public key (PEM); verifySpkac checks the signature, and answers false
// for MD5 signatures, as workerd's FIPS BoringSSL. Unreadable input answers an empty Buffer or false, never an error.
import { createPublicKey, verify as verifySignature } from "node-internal:crypto_keys";
import { element, children, oid, SIGNATURE_DIGESTS } from "node-internal:crypto_x509";
const { Buffer, invalidArgType } = $node;

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** workerd's getArrayBufferOrView for "spkac": the input's bytes. */
function spkacBytes(spkac, encoding) {
  if (typeof spkac === "string") return Buffer.from(spkac, encoding === "buffer" ? "utf8" : encoding);
  if (spkac instanceof ArrayBuffer) return new Uint8Array(spkac);
  if (ArrayBuffer.isView(spkac)) return new Uint8Array(spkac.buffer, spkac.byteOffset, spkac.byteLength);
  throw invalidArgType("spkac", "of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView", spkac);
}

/** BoringSSL's EVP_DecodeBase64: whole quads of the standard alphabet, '=' only at the end; else undefined. */
function strictBase64(bytes) {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x20 || (bytes[end - 1] >= 0x09 && bytes[end - 1] <= 0x0d))) end--;
  if (end === 0 || end % 4 !== 0) return undefined;
  const out = [];
  for (let i = 0; i < end; i += 4) {
    const last = i + 4 === end;
    const q = [];
    for (let k = 0; k < 4; k++) {
      const ch = bytes[i + k];
      if (ch === 0x3d && last && k >= 2) { q.push(-1); continue; }
      const v = B64.indexOf(String.fromCharCode(ch));
      if (v < 0 || q.includes(-1)) return undefined;
      q.push(v);
    }
    if (q[2] === -1 && q[3] !== -1) return undefined;
    out.push(((q[0] << 2) | (q[1] >> 4)) & 0xff);
    if (q[2] !== -1) out.push(((q[1] << 4) | (q[2] >> 2)) & 0xff);
    if (q[3] !== -1) out.push(((q[2] << 6) | q[3]) & 0xff);
  }
  return new Uint8Array(out);
}

/** The parts of a SignedPublicKeyAndChallenge, or undefined when the input is not one. */
function readSpkac(spkac, encoding) {
  const der = strictBase64(spkacBytes(spkac, encoding));
  if (der === undefined) return undefined;
  try {
    const outer = element(der, 0);
    if (outer.tag !== 0x30) return undefined;
    const [pkac, algorithm, signature] = children(der, outer);
    if (pkac?.tag !== 0x30 || algorithm?.tag !== 0x30 || signature?.tag !== 0x03 || signature.end === signature.body) return undefined;
    const [spki, challenge] = children(der, pkac);
    if (spki?.tag !== 0x30 || challenge?.tag !== 0x16) return undefined;
    const algorithmOid = children(der, algorithm)[0];
    if (algorithmOid?.tag !== 0x06) return undefined;
    return {
      pkac: der.subarray(pkac.start, pkac.end),
      spki: der.subarray(spki.start, spki.end),
      challenge: der.subarray(challenge.body, challenge.end),
      signatureOid: oid(der, algorithmOid),
      signature: der.subarray(signature.body + 1, signature.end),
    };
  } catch {
    return undefined;
  }
}

function publicKeyOf(parts) {
  try {
    return createPublicKey({ key: Buffer.from(parts.spki), format: "der", type: "spki" });
  } catch {
    return undefined;
  }
}

export function verifySpkac(spkac, encoding) {
  const parts = readSpkac(spkac, encoding);
  const key = parts && publicKeyOf(parts);
  if (!key || !SIGNATURE_DIGESTS.has(parts.signatureOid)) return false;
  const digest = SIGNATURE_DIGESTS.get(parts.signatureOid);
  if (digest === "md5") return false; // MD5 is refused in FIPS mode, where every worker runs
  try {
    return verifySignature(digest, parts.pkac, key, parts.signature);
  } catch {
    return false;
  }
}

export function exportPublicKey(spkac, encoding) {
  const parts = readSpkac(spkac, encoding);
  const key = parts && publicKeyOf(parts);
  if (!key) return Buffer.alloc(0);
  try {
    return Buffer.from(key.export({ type: "spki", format: "pem" }));
  } catch {
    return Buffer.alloc(0);
  }
}

export function exportChallenge(spkac, encoding) {
  const parts = readSpkac(spkac, encoding);
  return parts ? Buffer.from(Buffer.from(parts.challenge).toString("latin1"), "utf8") : Buffer.alloc(0);
}

// A function, not a class: callable without new, as Node's legacy API.
export function Certificate() {
  if (!(this instanceof Certificate)) return new Certificate();
}
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;
