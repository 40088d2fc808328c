// The TLS pieces of node:tls, node:_tls_common and node:_tls_wrap as workerd has them: a
// TLSSocket is a node:net Socket (which miniflare4j cannot connect); servers are not implemented.
import { Socket, _normalizeArgs } from "node:net";
const { nodeError } = $node;

/** A plain function, as workerd's (callable without new). */
export function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  this.context = {};
}
export function createSecureContext(options) { return new SecureContext(); }
export function translatePeerCertificate(c) { return c ?? null; }

export function TLSSocket(socket, options) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, options);
  Socket.call(this, options);
  this._tlsOptions = options ?? {};
  this.encrypted = true;
  this.authorized = false;
  this.servername = null;
}
Object.setPrototypeOf(TLSSocket.prototype, Socket.prototype);
Object.setPrototypeOf(TLSSocket, Socket);
TLSSocket.prototype.getPeerCertificate = function () { return null; };
TLSSocket.prototype.getProtocol = function () { return null; };
TLSSocket.prototype.getCipher = function () { return null; };

export function connect(...args) {
  const [options] = _normalizeArgs(args);
  if (options.port === undefined && options.path === undefined && options.socket === undefined) {
    throw nodeError(TypeError, "ERR_MISSING_ARGS", 'The "options" or "port" or "path" argument must be specified');
  }
  const socket = new TLSSocket(undefined, options);
  return socket.connect(...args);
}
