// node:_tls_wrap (legacy internals of node:tls).
import { TLSSocket, connect } from "node-internal:tls";
export { TLSSocket, connect };
export default { TLSSocket, connect };
