// node:_tls_common (legacy internals of node:tls).
import { SecureContext, createSecureContext, translatePeerCertificate } from "node-internal:tls";
export { SecureContext, createSecureContext, translatePeerCertificate };
export default { SecureContext, createSecureContext, translatePeerCertificate };
