// node:crypto's X509Certificate as workerd has it (recorded): a certificate read from PEM or DER,
// its names, dates and fingerprints in OpenSSL's wording, host/email/IP checks, issuer checks and
// signature verification. The DER is read here; keys go through crypto_keys, hashes through the
// one-shot hash node:crypto hands in (importing node:crypto here would make an import cycle).
import { createPublicKey, verify as verifySignature, KeyObject } from "node-internal:crypto_keys";
const { Buffer, nodeError, invalidArgType } = $node;

// ---- DER -------------------------------------------------------------------------------------

/** The element at pos: {tag, start, body (content offset), end}; throws on a malformed length. */
export function element(bytes, pos) {
  const tag = bytes[pos];
  let len = bytes[pos + 1];
  let body = pos + 2;
  if (len === undefined) throw new Error("truncated");
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new Error("bad length");
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + bytes[body + i];
    body += n;
  }
  const end = body + len;
  if (end > bytes.length) throw new Error("truncated");
  return { tag, start: pos, body, end };
}
/** The elements directly inside a constructed element. */
export function children(bytes, el) {
  const out = [];
  for (let pos = el.body; pos < el.end;) {
    const child = element(bytes, pos);
    out.push(child);
    pos = child.end;
  }
  return out;
}
export function oid(bytes, el) {
  const parts = [];
  let value = 0;
  for (let i = el.body; i < el.end; i++) {
    value = value * 128 + (bytes[i] & 0x7f);
    if (!(bytes[i] & 0x80)) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join(".");
}
const latin1 = (bytes, from, to) => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString("latin1");
function text(bytes, el) {
  switch (el.tag) {
    case 0x0c: return Buffer.from(bytes.buffer, bytes.byteOffset + el.body, el.end - el.body).toString("utf8");
    case 0x1e: { let s = ""; for (let i = el.body; i + 1 < el.end; i += 2) s += String.fromCharCode(bytes[i] * 256 + bytes[i + 1]); return s; }
    default: return latin1(bytes, el.body, el.end);
  }
}
const hexOf = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();

// ---- names -----------------------------------------------------------------------------------

// OpenSSL's short names of the attribute types a certificate name holds
const ATTRIBUTE_NAMES = new Map([
  ["2.5.4.3", "CN"], ["2.5.4.4", "SN"], ["2.5.4.5", "serialNumber"], ["2.5.4.6", "C"], ["2.5.4.7", "L"], ["2.5.4.8", "ST"],
  ["2.5.4.9", "street"], ["2.5.4.10", "O"], ["2.5.4.11", "OU"], ["2.5.4.12", "title"], ["2.5.4.15", "businessCategory"],
  ["2.5.4.17", "postalCode"], ["2.5.4.41", "name"], ["2.5.4.42", "GN"], ["2.5.4.43", "initials"], ["2.5.4.44", "generationQualifier"],
  ["2.5.4.46", "dnQualifier"], ["2.5.4.65", "pseudonym"], ["1.2.840.113549.1.9.1", "emailAddress"],
  ["0.9.2342.19200300.100.1.25", "DC"], ["0.9.2342.19200300.100.1.1", "UID"],
  ["1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL"], ["1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST"], ["1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"],
]);
/** A name as relative distinguished names, each a list of [type, value]. */
function readName(bytes, el) {
  return children(bytes, el).map((set) => children(bytes, set).map((attribute) => {
    const [type, value] = children(bytes, attribute);
    const id = oid(bytes, type);
    return [ATTRIBUTE_NAMES.get(id) ?? id, text(bytes, value)];
  }));
}
/** RFC 2253 escaping of a value, as OpenSSL prints it. */
function escapeValue(value) {
  let out = value.replace(/[,+"\\<>;]/g, (ch) => "\\" + ch);
  if (out.startsWith("#") || out.startsWith(" ")) out = "\\" + out;
  if (out.endsWith(" ") && out.length > 1) out = out.slice(0, -1) + "\\ ";
  return out;
}
/** OpenSSL's multi-line form: one RDN a line, multi-valued ones joined by " + ". */
const multiLine = (rdns) => rdns.map((rdn) => rdn.map(([t, v]) => `${t}=${escapeValue(v)}`).join(" + ")).join("\n");
/** RFC 2253's order and separators (how a DirName alternative name prints). */
const rfc2253 = (rdns) => [...rdns].reverse().map((rdn) => rdn.map(([t, v]) => `${t}=${escapeValue(v)}`).join("+")).join(",");
/** The legacy object form: one property per type, an array when a type repeats. */
function nameObject(rdns) {
  const out = {};
  for (const [t, v] of rdns.flat()) {
    if (!(t in out)) out[t] = v;
    else if (Array.isArray(out[t])) out[t].push(v);
    else out[t] = [out[t], v];
  }
  return out;
}

// ---- alternative names ------------------------------------------------------------------------

/** Node's escaping of an alternative name that holds a character a list could not carry. */
function altName(value, utf8) {
  const safe = ![...value].some((ch) => ch === '"' || ch === "\\" || ch === "," || ch === "'" || ch < " " || ch === "\x7f" || (!utf8 && ch > "~"));
  if (safe) return value;
  let out = '"';
  for (const ch of value) {
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if ((ch >= " " && ch !== "," && ch <= "~") || (utf8 && ch > "\x7f")) out += ch;
    else out += "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0");
  }
  return out + '"';
}
function ipText(bytes) {
  if (bytes.length === 4) return Array.from(bytes).join(".");
  if (bytes.length !== 16) return "<invalid>";
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] * 256 + bytes[i + 1]).toString(16).toUpperCase());
  return groups.join(":");
}
/** One GeneralName: {kind, value, text} (text as OpenSSL/Node print it in a list). */
function generalName(bytes, el) {
  const kind = el.tag & 0x1f;
  const raw = bytes.subarray(el.body, el.end);
  switch (kind) {
    case 1: { const v = latin1(bytes, el.body, el.end); return { kind: "email", value: v, text: "email:" + altName(v, false) }; }
    case 2: { const v = latin1(bytes, el.body, el.end); return { kind: "dns", value: v, text: "DNS:" + altName(v, false) }; }
    case 6: { const v = latin1(bytes, el.body, el.end); return { kind: "uri", value: v, text: "URI:" + altName(v, false) }; }
    case 7: return { kind: "ip", value: raw, text: "IP Address:" + ipText(raw) };
    case 4: return { kind: "dir", text: "DirName:" + altName(rfc2253(readName(bytes, element(bytes, el.body))), true) };
    case 8: return { kind: "rid", text: "Registered ID:" + oid(bytes, el) };
    default: return { kind: "other", text: "othername:<unsupported>" };
  }
}
const ACCESS_METHODS = new Map([["1.3.6.1.5.5.7.48.1", "OCSP"], ["1.3.6.1.5.5.7.48.2", "CA Issuers"]]);

// ---- the certificate -------------------------------------------------------------------------

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** UTCTime or GeneralizedTime as OpenSSL prints it ("Dec  7 02:28:48 2026 GMT"). */
function timeText(bytes, el) {
  const s = latin1(bytes, el.body, el.end);
  const full = el.tag === 0x17 ? (Number(s.slice(0, 2)) < 50 ? "20" : "19") + s : s;
  const [y, mo, d, h, mi, se] = [full.slice(0, 4), full.slice(4, 6), full.slice(6, 8), full.slice(8, 10), full.slice(10, 12), full.slice(12, 14) || "00"];
  return `${MONTHS[Number(mo) - 1]} ${String(Number(d)).padStart(2, " ")} ${h}:${mi}:${se} ${y} GMT`;
}
// the digests of the signature algorithms a certificate may name (null: the key's own, Ed25519)
export const SIGNATURE_DIGESTS = new Map([
  ["1.2.840.113549.1.1.4", "md5"], ["1.2.840.113549.1.1.5", "sha1"], ["1.2.840.113549.1.1.14", "sha224"], ["1.2.840.113549.1.1.11", "sha256"],
  ["1.2.840.113549.1.1.12", "sha384"], ["1.2.840.113549.1.1.13", "sha512"], ["1.2.840.10045.4.1", "sha1"], ["1.2.840.10045.4.3.1", "sha224"],
  ["1.2.840.10045.4.3.2", "sha256"], ["1.2.840.10045.4.3.3", "sha384"], ["1.2.840.10045.4.3.4", "sha512"], ["1.3.101.112", null],
]);
const CURVES = new Map([["1.2.840.10045.3.1.7", ["prime256v1", "P-256"]], ["1.3.132.0.34", ["secp384r1", "P-384"]], ["1.3.132.0.35", ["secp521r1", "P-521"]], ["1.3.132.0.10", ["secp256k1", undefined]]]);

/** Everything read from the DER once, when the certificate is made. */
function parse(der) {
  const cert = element(der, 0);
  if (cert.tag !== 0x30 || cert.end !== der.length) throw new Error("not a certificate");
  const [tbs, sigAlg, sig] = children(der, cert);
  const fields = children(der, tbs);
  let i = fields[0].tag === 0xa0 ? 1 : 0;
  const serial = fields[i++];
  i++; // the signature algorithm inside tbs
  const issuer = fields[i++];
  const [notBefore, notAfter] = children(der, fields[i++]);
  const subject = fields[i++];
  const spki = fields[i++];
  const extensions = new Map();
  for (; i < fields.length; i++) {
    if (fields[i].tag !== 0xa3) continue;
    for (const ext of children(der, element(der, fields[i].body))) {
      const parts = children(der, ext);
      extensions.set(oid(der, parts[0]), parts[parts.length - 1]);
    }
  }
  let serialBytes = der.subarray(serial.body, serial.end);
  while (serialBytes.length > 1 && serialBytes[0] === 0) serialBytes = serialBytes.subarray(1);
  const extension = (id) => extensions.has(id) ? element(der, extensions.get(id).body) : undefined;
  const san = extension("2.5.29.17");
  const aia = extension("1.3.6.1.5.5.7.1.1");
  const basic = extension("2.5.29.19");
  const basicParts = basic ? children(der, basic) : [];
  const skid = extension("2.5.29.14");
  const akid = extension("2.5.29.35");
  const akidKeyId = akid ? children(der, akid).find((el) => el.tag === 0x80) : undefined;
  const spkiParts = children(der, spki);
  const algParts = children(der, spkiParts[0]);
  return {
    der, tbs: der.subarray(tbs.start, tbs.end),
    signatureOid: oid(der, children(der, sigAlg)[0]), signature: der.subarray(sig.body + 1, sig.end),
    serial: serialBytes.length === 1 && serialBytes[0] === 0 ? "0" : hexOf(serialBytes),
    issuer: readName(der, issuer), issuerDer: hexOf(der.subarray(issuer.start, issuer.end)),
    subject: readName(der, subject), subjectDer: hexOf(der.subarray(subject.start, subject.end)),
    validFrom: timeText(der, notBefore), validTo: timeText(der, notAfter),
    spki: der.subarray(spki.start, spki.end), keyOid: oid(der, algParts[0]),
    curve: algParts[1]?.tag === 0x06 ? CURVES.get(oid(der, algParts[1])) : undefined,
    publicBits: der.subarray(spkiParts[1].body + 1, spkiParts[1].end),
    altNames: san ? children(der, san).map((el) => generalName(der, el)) : undefined,
    infoAccess: aia ? children(der, aia).map((desc) => { const [method, location] = children(der, desc); const id = oid(der, method); return [ACCESS_METHODS.get(id) ?? id, generalName(der, location).text]; }) : undefined,
    ca: basicParts[0]?.tag === 0x01 && der[basicParts[0].body] !== 0,
    extendedKeyUsage: extensions.has("2.5.29.37"),
    subjectKeyId: skid ? hexOf(der.subarray(skid.body, skid.end)) : undefined,
    authorityKeyId: akidKeyId ? hexOf(der.subarray(akidKeyId.body, akidKeyId.end)) : undefined,
  };
}

function certificateBytes(buffer) {
  const bytes = typeof buffer === "string" ? Buffer.from(buffer) : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const pem = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(bytes.toString("latin1"));
  return pem ? new Uint8Array(Buffer.from(pem[1].replace(/\s+/g, ""), "base64")) : new Uint8Array(bytes);
}
const fingerprintWith = (hash) => (der, algorithm) => hash(algorithm, der, "hex").toUpperCase().match(/../g).join(":");
function ipBytes(ip) {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (v4) return v4.slice(1).every((n) => Number(n) < 256) ? Uint8Array.from(v4.slice(1), Number) : undefined;
  if (!/^[0-9a-fA-F:.]+$/.test(ip) || !ip.includes(":")) return undefined;
  const halves = ip.split("::");
  if (halves.length > 2) return undefined;
  const groups = (part) => part === "" ? [] : part.split(":");
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return Uint8Array.from(all.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]));
}
/** workerd's answer to reading what it fails on internally (an extended key usage, recorded). */
function internalError() {
  const digits = "0123456789abcdefghijklmnopqrstuv";
  let reference = "";
  for (let i = 0; i < 24; i++) reference += digits[Math.floor(Math.random() * 32)];
  return new Error(`internal error; reference = ${reference}`);
}
function hostMatches(pattern, host, wildcards) {
  const p = pattern.toLowerCase();
  if (p === host) return true;
  if (!wildcards || !p.startsWith("*.")) return false;
  const dot = host.indexOf(".");
  return dot > 0 && host.slice(dot + 1) === p.slice(2) && p.slice(2).includes(".");
}

/** The X509Certificate class, fingerprinting with hash(algorithm, data, "hex") (node:crypto's one-shot hash). */
export function x509CertificateClass(hash) {
  const fingerprint = fingerprintWith(hash);
  return class X509Certificate {
    #c;
    #raw;
    #publicKey;
    constructor(buffer) {
      if (typeof buffer !== "string" && !ArrayBuffer.isView(buffer)) {
        throw invalidArgType("buffer", "of type string or an instance of Buffer, TypedArray, or DataView", buffer);
      }
      try {
        this.#c = parse(certificateBytes(buffer));
      } catch {
        const shown = typeof buffer === "string" ? Buffer.from(buffer) : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'buffer' is not a valid certificate. Received ${shown.inspect()}`);
      }
    }
    get subject() { return multiLine(this.#c.subject); }
    get subjectAltName() { return this.#c.altNames?.map((n) => n.text).join(", "); }
    get infoAccess() { return this.#c.infoAccess?.map(([method, location]) => `${method} - ${location}\n`).join(""); }
    get issuer() { return multiLine(this.#c.issuer); }
    get issuerCertificate() { return undefined; }
    get validFrom() { return this.#c.validFrom; }
    get validTo() { return this.#c.validTo; }
    get fingerprint() { return fingerprint(this.#c.der, "sha1"); }
    get fingerprint256() { return fingerprint(this.#c.der, "sha256"); }
    get fingerprint512() { return fingerprint(this.#c.der, "sha512"); }
    get keyUsage() {
      if (this.#c.extendedKeyUsage) throw internalError();
      return undefined;
    }
    get serialNumber() { return this.#c.serial; }
    get raw() { return this.#raw ??= Buffer.from(this.#c.der); }
    get publicKey() { return this.#publicKey ??= createPublicKey({ key: Buffer.from(this.#c.spki), format: "der", type: "spki" }); }
    get ca() { return this.#c.ca; }
    toString() {
      const base64 = Buffer.from(this.#c.der).toString("base64");
      return `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g).join("\n")}\n-----END CERTIFICATE-----\n`;
    }
    toJSON() { return this.toString(); }
    /** The names that match, from the alternative names of a kind, or the subject's attribute when there are none. */
    #match(kind, attribute, options, matches) {
      const names = this.#c.altNames?.filter((n) => n.kind === kind) ?? [];
      for (const n of names) if (matches(n.value)) return n.value;
      // the subject counts only without alternative names of the kind; workerd honours no "always" (recorded)
      if (names.length > 0 || options?.subject === "never") return undefined;
      for (const [t, v] of this.#c.subject.flat()) if (t === attribute && matches(v)) return v;
      return undefined;
    }
    checkHost(name, options) {
      if (typeof name !== "string") throw invalidArgType("name", "of type string", name);
      const host = name.toLowerCase();
      return this.#match("dns", "CN", options, (pattern) => hostMatches(pattern, host, options?.wildcards !== false));
    }
    checkEmail(email, options) {
      if (typeof email !== "string") throw invalidArgType("email", "of type string", email);
      const wanted = email.toLowerCase();
      return this.#match("email", "emailAddress", options, (v) => v.toLowerCase() === wanted);
    }
    checkIP(ip) {
      if (typeof ip !== "string") throw invalidArgType("ip", "of type string", ip);
      const bytes = ipBytes(ip);
      if (bytes === undefined) throw new Error("Invalid IP");
      const found = this.#c.altNames?.some((n) => n.kind === "ip" && n.value.length === bytes.length && n.value.every((b, i) => b === bytes[i]));
      return found ? ip : undefined;
    }
    checkIssued(otherCert) {
      if (!(otherCert instanceof X509Certificate)) throw invalidArgType("otherCert", "an instance of X509Certificate", otherCert);
      const issuer = otherCert.#c;
      if (this.#c.issuerDer !== issuer.subjectDer) return false;
      return this.#c.authorityKeyId === undefined || issuer.subjectKeyId === undefined || this.#c.authorityKeyId === issuer.subjectKeyId;
    }
    checkPrivateKey(pkey) {
      if (!(pkey instanceof KeyObject) || pkey.type !== "private") throw invalidArgType("pkey", "an instance of KeyObject", pkey);
      // workerd 1.20260426 answers false even for the certificate's own key (recorded: RSA, EC, Ed25519)
      return false;
    }
    verify(pkey) {
      if (!(pkey instanceof KeyObject) || pkey.type !== "public") throw invalidArgType("pkey", "an instance of KeyObject", pkey);
      const c = this.#c;
      if (!SIGNATURE_DIGESTS.has(c.signatureOid)) return false;
      try {
        return verifySignature(SIGNATURE_DIGESTS.get(c.signatureOid), c.tbs, pkey, c.signature);
      } catch {
        return false;
      }
    }
    toLegacyObject() {
      const c = this.#c;
      const rsa = c.keyOid === "1.2.840.113549.1.1.1";
      let modulus, exponent;
      if (rsa) {
        const [n, e] = children(c.publicBits, element(c.publicBits, 0));
        let nBytes = c.publicBits.subarray(n.body, n.end);
        while (nBytes.length > 1 && nBytes[0] === 0) nBytes = nBytes.subarray(1);
        modulus = hexOf(nBytes);
        exponent = "0x" + BigInt("0x" + hexOf(c.publicBits.subarray(e.body, e.end))).toString(16);
      }
      const ec = c.keyOid === "1.2.840.10045.2.1";
      const infoAccess = {};
      for (const [method, location] of c.infoAccess ?? []) {
        const colon = location.indexOf(":");
        (infoAccess[`${method} - ${location.slice(0, colon)}`] ??= []).push(location.slice(colon + 1));
      }
      return {
        subject: nameObject(c.subject),
        subjectAltName: this.subjectAltName ?? "",
        infoAccess,
        issuer: nameObject(c.issuer),
        ca: c.ca,
        modulus,
        bits: rsa ? modulus.length * 4 : ec ? { "P-256": 256, "P-384": 384, "P-521": 521 }[c.curve?.[1]] ?? 256 : undefined,
        exponent,
        pubkey: rsa ? Buffer.from(c.spki) : ec ? Buffer.from(c.publicBits) : undefined,
        asn1Curve: ec ? c.curve?.[0] : undefined,
        nistCurve: ec ? c.curve?.[1] : undefined,
        valid_from: c.validFrom,
        valid_to: c.validTo,
        fingerprint: this.fingerprint,
        fingerprint256: this.fingerprint256,
        fingerprint512: this.fingerprint512,
        serialNumber: c.serial,
        ext_key_usage: this.keyUsage,
        raw: this.raw,
      };
    }
  };
}
