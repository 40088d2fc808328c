// node:tls — constants and helpers as in workerd; TLSSocket / connect are node:net sockets (not
// connectable in miniflare4j); servers, ciphers and secure pairs are not implemented.
import { SecureContext, createSecureContext, TLSSocket, connect } from "node-internal:tls";
import { notImplemented } from "node-internal:stubs";
export { SecureContext, createSecureContext, TLSSocket, connect };
export const CLIENT_RENEG_LIMIT = 3, CLIENT_RENEG_WINDOW = 600, DEFAULT_CIPHERS = "", DEFAULT_ECDH_CURVE = "auto",
  DEFAULT_MAX_VERSION = "TLSv1.3", DEFAULT_MIN_VERSION = "TLSv1.2";
export const rootCertificates = Object.freeze([]);
export function Server() { throw new Error("Not implemented"); }
export function createServer() { throw new Error("Not implemented"); }
export function getCiphers() { throw new Error("Not implemented"); }
export const createSecurePair = notImplemented("createSecurePair");
/** Node's ALPN wire format: each protocol name prefixed by its length; `out.ALPNProtocols` receives it. */
export function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const bytes = [];
    for (const p of protocols) { const b = new TextEncoder().encode(p); bytes.push(b.length, ...b); }
    out.ALPNProtocols = $node.Buffer.from(bytes);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = $node.Buffer.from(protocols);
  }
}

function hostMatches(host, pattern) {
  host = host.toLowerCase(); pattern = pattern.toLowerCase();
  if (pattern.startsWith("*.")) {
    const dot = host.indexOf(".");
    return dot > 0 && host.slice(dot) === pattern.slice(1);
  }
  return host === pattern;
}
/** undefined when `cert` names `hostname` (subjectaltname DNS entries, else the subject CN), else ERR_TLS_CERT_ALTNAME_INVALID. */
export function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = typeof cert.subjectaltname === "string" ? cert.subjectaltname.split(", ") : [];
  const dnsNames = altNames.filter((n) => n.startsWith("DNS:")).map((n) => n.slice(4));
  let reason;
  if (dnsNames.length > 0) {
    if (dnsNames.some((n) => hostMatches(hostname, n))) return undefined;
    reason = `Host: ${hostname}. is not in the cert's altnames: ${cert.subjectaltname}`;
  } else if (subject) {
    const cn = subject.CN;
    if ((Array.isArray(cn) ? cn : [cn]).some((n) => typeof n === "string" && hostMatches(hostname, n))) return undefined;
    reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
  } else {
    reason = "Cert does not contain a DNS name";
  }
  return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
}
class NodeError extends Error {}
/** workerd's error: the reason as message, own code and name, shown as "Error [code]: message". */
class ERR_TLS_CERT_ALTNAME_INVALID extends NodeError {
  constructor(reason, host, cert) {
    super(reason);
    this.code = "ERR_TLS_CERT_ALTNAME_INVALID";
    this.name = "Error";
    this.reason = reason;
    this.host = host;
    this.cert = cert;
  }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}
export default { CLIENT_RENEG_LIMIT, CLIENT_RENEG_WINDOW, DEFAULT_CIPHERS, DEFAULT_ECDH_CURVE, DEFAULT_MAX_VERSION, DEFAULT_MIN_VERSION,
  SecureContext, Server, TLSSocket, checkServerIdentity, connect, convertALPNProtocols, createSecureContext, createSecurePair,
  createServer, getCiphers, rootCertificates };
