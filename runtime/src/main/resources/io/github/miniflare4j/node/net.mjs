// node:net — address helpers as in Node; Socket / connect exist as in workerd (which connects
// through cloudflare:sockets), but miniflare4j does not emulate TCP sockets: a connect attempt
// ends with an 'error' event saying so. Servers are not implemented in workerd either.
import { Duplex } from "node-internal:streams";
const { nodeError, invalidArgType, invalidArgValue, validateOneOf, outOfRange } = $node;

import { isIP, isIPv4, isIPv6 } from "node-internal:ip";
export { isIP, isIPv4, isIPv6 };

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

// workerd supports only autoSelectFamily false; the attempt timeout is kept for compatibility only
let autoSelectFamilyAttemptTimeout = 10;
export function getDefaultAutoSelectFamily() { return false; }
export function setDefaultAutoSelectFamily(value) {
  if (value) throw invalidArgValue("val", value);
}
export function getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; }
export function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  if (typeof value !== "number") throw invalidArgType("val", "of type number", value);
  if (!Number.isInteger(value)) throw outOfRange("val", "an integer", value);
  if (value < 1 || value > 2147483647) throw outOfRange("val", ">= 1 && <= 2147483647", value);
  autoSelectFamilyAttemptTimeout = Math.max(10, value);
}

/** Node's validatePort: a number or numeric string in [0, 65535]; returns it as an integer. */
function validatePort(port, name = "Port") {
  if ((typeof port !== "number" && typeof port !== "string") || (typeof port === "string" && port.trim().length === 0) || +port !== +port >>> 0 || +port > 0xffff) {
    throw nodeError(Error, "ERR_SOCKET_BAD_PORT", `${name} should be >= 0 and < 65536. Received ${typeof port}.`);
  }
  return +port | 0;
}

export class SocketAddress {
  #address; #port; #family; #flowlabel;
  constructor(options = {}) {
    if (options === null || typeof options !== "object") throw invalidArgType("options", "of type object", options);
    let family = options.family || "ipv4";
    if (typeof family?.toLowerCase === "function") family = family.toLowerCase();
    validateOneOf(family, "options.family", ["ipv4", "ipv6"]);
    const { address = family === "ipv4" ? "127.0.0.1" : "::", port = 0, flowlabel = 0 } = options;
    if (typeof address !== "string") throw invalidArgType("options.address", "of type string", address);
    const validPort = validatePort(port, "options.port");
    if (typeof flowlabel !== "number") throw invalidArgType("options.flowlabel", "of type number", flowlabel);
    if (!Number.isInteger(flowlabel)) throw outOfRange("options.flowlabel", "an integer", flowlabel);
    if (flowlabel < 0 || flowlabel > 4294967295) throw outOfRange("options.flowlabel", ">= 0 && < 4294967296", flowlabel);
    if (family === "ipv4" ? !isIPv4(address) : !isIPv6(address)) throw nodeError(TypeError, "ERR_INVALID_ADDRESS", "Invalid socket address");
    this.#address = address; this.#port = validPort; this.#family = family; this.#flowlabel = flowlabel;
  }
  get address() { return this.#address; }
  get port() { return this.#port; }
  get family() { return this.#family; }
  get flowlabel() { return this.#flowlabel; }
  toJSON() { return { address: this.#address, port: this.#port, family: this.#family, flowlabel: this.#flowlabel }; }
  [INSPECT](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
  static isSocketAddress(value) { return value instanceof SocketAddress; }
  /** "host:port" or "[v6]:port" through the URL parser; undefined when it is not a socket address. */
  static parse(input) {
    if (typeof input !== "string") throw invalidArgType("input", "of type string", input);
    try {
      const parsed = URL.parse(`http://${input}`);
      if (parsed === null) return undefined;
      const { hostname, port } = parsed;
      if (hostname.startsWith("[") && hostname.endsWith("]")) return new SocketAddress({ address: hostname.slice(1, -1), port: port | 0, family: "ipv6" });
      return new SocketAddress({ address: hostname, port: port | 0 });
    } catch {
      return undefined;
    }
  }
}

// BlockList as workerd implements it (all in JavaScript): rules kept in insertion order, an
// IPv4 rule also matching its IPv4-mapped IPv6 form ("::ffff:a.b.c.d").
function ipv4Parts(ip) {
  const parts = ip.split(".");
  if (parts.length !== 4) return undefined;
  const nums = parts.map((p) => parseInt(p, 10));
  return nums.some((n) => Number.isNaN(n) || n < 0 || n > 255) ? undefined : nums;
}
function ipv4Number(ip) {
  const p = ipv4Parts(ip);
  if (p === undefined) throw nodeError(TypeError, "ERR_INVALID_IP_ADDRESS", "Invalid IP address: Invalid IPv4 address");
  return ((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]) >>> 0;
}
function ipv6Number(ip) {
  let groups;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const v4 = mapped && ipv4Parts(mapped[1]);
  if (v4) {
    groups = [0, 0, 0, 0, 0, 0xffff, (v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]];
  } else {
    let expanded = ip;
    const halves = ip.split("::");
    if (halves.length === 2) {
      const left = halves[0] ? halves[0].split(":") : [];
      const right = halves[1] ? halves[1].split(":") : [];
      expanded = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right].join(":");
    }
    const parts = expanded.split(":");
    groups = parts.length === 8 ? parts.map((p) => parseInt(p || "0", 16)) : [];
    if (groups.length !== 8 || groups.some((n) => !(n >= 0 && n <= 0xffff))) throw nodeError(TypeError, "ERR_INVALID_IP_ADDRESS", "Invalid IP address: Invalid IPv6 address");
  }
  return groups.reduce((n, g) => (n << 16n) | BigInt(g), 0n);
}
const ADDRESS_NUMBER = { ipv4: ipv4Number, ipv6: ipv6Number };
const PREFIX_BITS = { ipv4: 32, ipv6: 128 };
function inSubnet(address, family, network, prefix) {
  if (prefix === 0) return true;
  const bits = PREFIX_BITS[family];
  if (family === "ipv4") {
    const mask = (0xffffffff << (bits - prefix)) >>> 0;
    return ((ipv4Number(address) & mask) >>> 0) === ((ipv4Number(network) & mask) >>> 0);
  }
  const mask = ((1n << 128n) - 1n) & (((1n << 128n) - 1n) << BigInt(bits - prefix));
  return (ipv6Number(address) & mask) === (ipv6Number(network) & mask);
}
function familyLabel(family) { return family === "ipv4" ? "IPv4" : "IPv6"; }
function addressOf(value, name, family) {
  if (value instanceof SocketAddress) return [value.address, value.family];
  if (typeof value !== "string") throw invalidArgType(name, "of type string", value);
  validateOneOf(family, "family", ["ipv4", "ipv6"]);
  return [value, family];
}
function requireAddress(address, family) {
  if (family === "ipv4" ? !isIPv4(address) : !isIPv6(address)) throw nodeError(TypeError, "ERR_INVALID_IP_ADDRESS", `Invalid IP address: Invalid ${familyLabel(family)} address`);
}
export class BlockList {
  #rules = [];
  static isBlockList(value) { return value instanceof BlockList; }
  addAddress(address, family = "ipv4") {
    const [value, fam] = addressOf(address, "address", family);
    if (!(address instanceof SocketAddress)) requireAddress(value, fam);
    this.#rules.push({ family: fam, text: `Address: ${familyLabel(fam)} ${value}`, matches: (a) => a === value });
  }
  addRange(start, end, family = "ipv4") {
    const [from, fam] = addressOf(start, "start", family);
    let to;
    if (end instanceof SocketAddress) {
      if (start instanceof SocketAddress && end.family !== fam) throw invalidArgValue("end", end, "must be same family as start");
      to = end.address;
    } else {
      if (typeof end !== "string") throw invalidArgType("end", "of type string", end);
      to = end;
    }
    requireAddress(from, fam);
    requireAddress(to, fam);
    const number = ADDRESS_NUMBER[fam];
    if (number(from) > number(to)) throw invalidArgValue("start", from, "must come before end");
    this.#rules.push({ family: fam, text: `Range: ${familyLabel(fam)} ${from}-${to}`, matches: (a) => number(a) >= number(from) && number(a) <= number(to) });
  }
  addSubnet(network, prefix, family = "ipv4") {
    const [net, fam] = addressOf(network, "network", family);
    if (typeof prefix !== "number") throw invalidArgType("prefix", "of type number", prefix);
    if (!Number.isInteger(prefix)) throw outOfRange("prefix", "an integer", prefix);
    if (prefix < -2147483648 || prefix > 2147483647) throw outOfRange("prefix", ">= -2147483648 && <= 2147483647", prefix);
    if (prefix < 0 || prefix > PREFIX_BITS[fam]) throw outOfRange("prefix", `between 0 and ${PREFIX_BITS[fam]}`, prefix);
    requireAddress(net, fam);
    this.#rules.push({ family: fam, text: `Subnet: ${familyLabel(fam)} ${net}/${prefix}`, matches: (a) => inSubnet(a, fam, net, prefix) });
  }
  check(address, family = "ipv4") {
    const [value, fam] = addressOf(address, "address", family);
    if (fam === "ipv4" ? !isIPv4(value) : !isIPv6(value)) return false;
    const mapped = fam === "ipv6" && value.startsWith("::ffff:") ? value.substring(7) : undefined;
    return this.#rules.some((rule) => {
      if (rule.family === fam) return rule.matches(value);
      return rule.family === "ipv4" && mapped !== undefined && rule.matches(mapped);
    });
  }
  get rules() { return this.#rules.map((r) => r.text); }
  [INSPECT](depth, options, inspect) {
    if (depth < 0) return "[BlockList]";
    return `BlockList {\n  rules: ${inspect(this.rules, { ...options, depth: options.depth == null ? null : options.depth - 1 })}\n}`;
  }
  toJSON() { return this.rules; }
  /** Adds the rules of a toJSON() answer (an array or its JSON text); lines it does not recognize are skipped. */
  fromJSON(data) {
    let rules = data;
    if (typeof data === "string") {
      try { rules = JSON.parse(data); } catch { throw invalidArgValue("data", data, "must be valid JSON"); }
    }
    if (!Array.isArray(rules)) throw invalidArgType("data", "an instance of Array", rules);
    for (const rule of rules) {
      const family = rule.includes("IPv4") ? "ipv4" : rule.includes("IPv6") ? "ipv6" : undefined;
      if (family === undefined) continue;
      const address = family === "ipv4" ? "(\\d{1,3}(?:\\.\\d{1,3}){3})" : "([0-9a-fA-F:]{1,39})";
      const label = familyLabel(family);
      let m;
      if ((m = new RegExp(`Subnet: ${label} ${address}/(\\d{1,3})`, "i").exec(rule))) this.addSubnet(m[1], parseInt(m[2], 10), family);
      else if ((m = new RegExp(`Address: ${label} ${address}`, "i").exec(rule))) this.addAddress(m[1], family);
      else if ((m = new RegExp(`Range: ${label} ${address}-${address}`, "i").exec(rule))) this.addRange(m[1], m[2], family);
    }
  }
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
  if (typeof options.port !== "number" && typeof options.port !== "string") throw invalidArgType("options.port", "one of type number or string", options.port);
  validatePort(options.port);
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
