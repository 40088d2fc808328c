// node:net — address helpers as in Node; Socket / connect exist as in workerd (which connects
// through cloudflare:sockets), but miniflare4j does not emulate TCP sockets: a connect attempt
// ends with an 'error' event saying so. Servers are not implemented in workerd either.
import { Duplex } from "node-internal:streams";
const { nodeError, invalidArgType } = $node;

const IPV4_SEGMENT = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)";
const IPV4 = `(?:${IPV4_SEGMENT}\\.){3}${IPV4_SEGMENT}`;
const IPV4_RE = new RegExp(`^${IPV4}$`);
const V6 = "(?:[0-9a-fA-F]{1,4})";
const IPV6_RE = new RegExp(
  "^(?:" +
    `(?:${V6}:){7}(?:${V6}|:)|` +
    `(?:${V6}:){6}(?:${IPV4}|:${V6}|:)|` +
    `(?:${V6}:){5}(?::${IPV4}|(?::${V6}){1,2}|:)|` +
    `(?:${V6}:){4}(?:(?::${V6}){0,1}:${IPV4}|(?::${V6}){1,3}|:)|` +
    `(?:${V6}:){3}(?:(?::${V6}){0,2}:${IPV4}|(?::${V6}){1,4}|:)|` +
    `(?:${V6}:){2}(?:(?::${V6}){0,3}:${IPV4}|(?::${V6}){1,5}|:)|` +
    `(?:${V6}:){1}(?:(?::${V6}){0,4}:${IPV4}|(?::${V6}){1,6}|:)|` +
    `(?::(?:(?::${V6}){0,5}:${IPV4}|(?::${V6}){1,7}|:))` +
    ")(?:%[0-9a-zA-Z-.:]{1,})?$",
);

export function isIPv4(input) { return IPV4_RE.test(String(input)); }
export function isIPv6(input) { return IPV6_RE.test(String(input)); }
export function isIP(input) { return isIPv4(input) ? 4 : isIPv6(input) ? 6 : 0; }

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;
export function getDefaultAutoSelectFamily() { return autoSelectFamily; }
export function setDefaultAutoSelectFamily(value) {
  if (typeof value !== "boolean") throw invalidArgType("value", "of type boolean", value);
  autoSelectFamily = value;
}
export function getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; }
export function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  if (typeof value !== "number" || !(value >= 0)) throw invalidArgType("value", "of type number", value);
  autoSelectFamilyAttemptTimeout = Math.max(10, value);
}

export class SocketAddress {
  #address; #port; #family; #flowlabel;
  constructor(options = {}) {
    const { family = "ipv4", address = family === "ipv6" ? "::" : "127.0.0.1", port = 0, flowlabel = 0 } = options;
    if (family !== "ipv4" && family !== "ipv6") throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The property 'options.family' must be one of: 'ipv4', 'ipv6'. Received '${family}'`);
    if ((family === "ipv4" && !isIPv4(address)) || (family === "ipv6" && !isIPv6(address))) throw nodeError(Error, "ERR_INVALID_ADDRESS", "Invalid socket address");
    this.#address = address; this.#port = port; this.#family = family; this.#flowlabel = flowlabel;
  }
  get address() { return this.#address; }
  get port() { return this.#port; }
  get family() { return this.#family; }
  get flowlabel() { return this.#flowlabel; }
  toJSON() { return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel }; }
  static isSocketAddress(value) { return value instanceof SocketAddress; }
}

function ipv4Number(address) { return address.split(".").reduce((n, part) => n * 256 + Number(part), 0); }
export class BlockList {
  #rules = [];
  addAddress(address, family = "ipv4") { this.#rules.push({ kind: "address", address: String(address).toLowerCase(), family }); }
  addRange(start, end, family = "ipv4") { this.#rules.push({ kind: "range", start, end, family }); }
  addSubnet(network, prefix, family = "ipv4") { this.#rules.push({ kind: "subnet", network, prefix, family }); }
  check(address, family = "ipv4") {
    if (address instanceof SocketAddress) { family = address.family; address = address.address; }
    return this.#rules.some((rule) => {
      if (rule.family !== family) return false;
      if (rule.kind === "address") return rule.address === String(address).toLowerCase();
      if (family !== "ipv4") return false;
      const n = ipv4Number(address);
      if (rule.kind === "range") return n >= ipv4Number(rule.start) && n <= ipv4Number(rule.end);
      const mask = rule.prefix === 0 ? 0 : (~0 << (32 - rule.prefix)) >>> 0;
      return ((n & mask) >>> 0) === ((ipv4Number(rule.network) & mask) >>> 0);
    });
  }
  get rules() { return this.#rules.map((r) => (r.kind === "address" ? `Address: ${r.family === "ipv4" ? "IPv4" : "IPv6"} ${r.address}` : r.kind === "range" ? `Range: IPv4 ${r.start}-${r.end}` : `Subnet: IPv4 ${r.network}/${r.prefix}`)); }
  static isBlockList(value) { return value instanceof BlockList; }
}

export function _normalizeArgs(args) {
  if (args.length === 0) return [{}, null];
  const [first, second] = args;
  let options = {};
  if (first !== null && typeof first === "object") options = { ...first };
  else if (typeof first === "string" && Number.isNaN(Number(first))) options.path = first;
  else { options.port = first; if (typeof second === "string") options.host = second; }
  const cb = args[args.length - 1];
  return [options, typeof cb === "function" ? cb : null];
}

export function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  Duplex.call(this, { ...options, allowHalfOpen: options?.allowHalfOpen ?? false, read() {}, write(chunk, enc, cb) { cb(socketsUnavailable()); } });
  this.connecting = false;
  this.remoteAddress = undefined;
  this.remotePort = undefined;
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);
function socketsUnavailable() {
  return new Error("TCP sockets (node:net / cloudflare:sockets connect()) are not emulated by miniflare4j");
}
Socket.prototype.connect = function (...args) {
  const [options, cb] = _normalizeArgs(args);
  if (options.path !== undefined) throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'path' is not supported. Received '${options.path}'`);
  if (options.port === undefined) throw nodeError(TypeError, "ERR_MISSING_ARGS", 'The "options" or "port" or "path" argument must be specified');
  if (cb) this.once("connect", cb);
  this.connecting = true;
  queueMicrotask(() => { this.connecting = false; this.destroy(socketsUnavailable()); });
  return this;
};
for (const name of ["setNoDelay", "setKeepAlive", "setTimeout", "ref", "unref"]) Socket.prototype[name] = function () { return this; };
Socket.prototype.address = function () { return {}; };
// Node's state getters: a socket here never gets a connected handle, so it stays pending
Object.defineProperties(Socket.prototype, {
  pending: { get() { return true; }, configurable: true },
  readyState: {
    get() {
      if (this.connecting) return "opening";
      if (this.readable && this.writable) return "open";
      if (this.readable) return "readOnly";
      return this.writable ? "writeOnly" : "closed";
    },
    configurable: true,
  },
});

export function connect(...args) {
  const [options] = _normalizeArgs(args);
  const socket = new Socket(options);
  return socket.connect(...args);
}
export { connect as createConnection };
export function Server() { throw new Error("Server is not implemented"); }
export function createServer() { throw new Error("createServer() is not implemented"); }
export const Stream = Socket;

export default {
  BlockList, SocketAddress, Stream: Socket, Server, Socket, connect, createConnection: connect, createServer,
  getDefaultAutoSelectFamily, setDefaultAutoSelectFamily, getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout,
  isIP, isIPv4, isIPv6, _normalizeArgs,
};
