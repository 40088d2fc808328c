// DNS over HTTPS (the JSON API of cloudflare-dns.com), the way workerd answers node:dns.
import { isIP } from "node-internal:ip";
const { nodeError, invalidArgType, invalidArgValue, validateOneOf } = $node;
const RESULT_ORDERS = ["verbatim", "ipv4first", "ipv6first"];
// one order for the whole isolate, as workerd's module-level default
let defaultResultOrder = "verbatim";
function notImplemented() { return new Error("Not implemented"); }
const DOH = "https://cloudflare-dns.com/dns-query";
const TYPES = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, CAA: 257 };

function dnsError(syscall, code, hostname) {
  const error = new Error(`${syscall} ${code} ${hostname}`);
  error.code = code;
  error.errno = undefined;
  error.syscall = syscall;
  error.hostname = hostname;
  return error;
}

async function query(name, type, syscall) {
  if (typeof name !== "string") throw invalidArgType("name", "of type string", name);
  const response = await fetch(`${DOH}?name=${encodeURIComponent(name)}&type=${type}`, { headers: { accept: "application/dns-json" } });
  if (!response.ok) throw dnsError(syscall, "ESERVFAIL", name);
  const body = await response.json();
  if (body.Status === 3) throw dnsError(syscall, "ENOTFOUND", name);
  if (body.Status !== 0) throw dnsError(syscall, "ESERVFAIL", name);
  const answers = (body.Answer ?? []).filter((a) => a.type === TYPES[type]);
  if (answers.length === 0) throw dnsError(syscall, "ENODATA", name);
  return answers;
}
const unquote = (s) => s.replace(/^"(.*)"$/, "$1");

function ptrName(ip) {
  if (ip.includes(":")) {
    const parts = ip.split("::");
    const head = parts[0] ? parts[0].split(":") : [];
    const tail = parts[1] ? parts[1].split(":") : [];
    const groups = [...head, ...Array(8 - head.length - tail.length).fill("0"), ...tail].map((g) => g.padStart(4, "0"));
    return groups.join("").split("").reverse().join(".") + ".ip6.arpa";
  }
  return ip.split(".").reverse().join(".") + ".in-addr.arpa";
}

function requireName(name) {
  if (typeof name !== "string") throw invalidArgType("name", "of type string", name);
}
const trimDot = (name) => name.replace(/\.$/, "");

// The queries, as workerd's node:dns functions: the name is checked when called (a thrown
// TypeError), the answer comes as a promise.
export function getServers() { return ["1.1.1.1", "2606:4700:4700::1111", "1.0.0.1", "2606:4700:4700::1001"]; }
// workerd cannot choose other servers
export function setServers() { throw notImplemented(); }
export function getDefaultResultOrder() { return defaultResultOrder; }
export function setDefaultResultOrder(value) {
  validateOneOf(value, "dnsOrder", RESULT_ORDERS);
  defaultResultOrder = value;
}
function addresses(name, type, syscall, options) {
  requireName(name);
  const ttl = !!options?.ttl;
  return query(name, type, syscall).then((answers) => answers.map((a) => (ttl ? { ttl: a.TTL, address: a.data } : a.data)));
}
export function resolve4(name, options) { return addresses(name, "A", "queryA", options); }
export function resolve6(name, options) { return addresses(name, "AAAA", "queryAaaa", options); }
export async function resolveAny() { throw notImplemented(); }
export function resolveCname(name) { requireName(name); return query(name, "CNAME", "queryCname").then((l) => l.map((a) => trimDot(a.data))); }
export function resolveNs(name) { requireName(name); return query(name, "NS", "queryNs").then((l) => l.map((a) => trimDot(a.data))); }
export function resolvePtr(name) { requireName(name); return query(name, "PTR", "queryPtr").then((l) => l.map((a) => trimDot(a.data))); }
export function resolveTxt(name) { requireName(name); return query(name, "TXT", "queryTxt").then((l) => l.map((a) => [unquote(a.data)])); }
export function resolveMx(name) {
  requireName(name);
  return query(name, "MX", "queryMx").then((l) => l.map((a) => { const [priority, exchange] = a.data.split(" "); return { exchange: trimDot(exchange), priority: Number(priority) }; }));
}
export function resolveSrv(name) {
  requireName(name);
  return query(name, "SRV", "querySrv").then((l) => l.map((a) => { const [priority, weight, port, target] = a.data.split(" "); return { name: trimDot(target), port: Number(port), priority: Number(priority), weight: Number(weight) }; }));
}
export function resolveCaa(name) {
  requireName(name);
  return query(name, "CAA", "queryCaa").then((l) => l.map((a) => { const [critical, tag, ...value] = a.data.split(" "); return { critical: Number(critical), [tag]: unquote(value.join(" ")) }; }));
}
export function resolveNaptr(name) {
  requireName(name);
  return query(name, "NAPTR", "queryNaptr").then((l) => l.map((a) => {
    const [order, preference, flags, service, regexp, replacement] = a.data.split(" ");
    return { flags: unquote(flags), service: unquote(service), regexp: unquote(regexp), replacement: trimDot(replacement), order: Number(order), preference: Number(preference) };
  }));
}
export function resolveSoa(name) {
  requireName(name);
  return query(name, "SOA", "querySoa").then(([a]) => {
    const [nsname, hostmaster, serial, refresh, retry, expire, minttl] = a.data.split(" ");
    return { nsname: trimDot(nsname), hostmaster: trimDot(hostmaster), serial: Number(serial), refresh: Number(refresh), retry: Number(retry), expire: Number(expire), minttl: Number(minttl) };
  });
}
export function reverse(name) {
  requireName(name);
  return query(ptrName(name), "PTR", "queryPtr").then((l) => l.map((a) => trimDot(a.data)));
}
const RESOLVERS = { A: resolve4, AAAA: resolve6, ANY: resolveAny, CAA: resolveCaa, CNAME: resolveCname, MX: resolveMx, NAPTR: resolveNaptr, NS: resolveNs, PTR: resolvePtr, SOA: resolveSoa, SRV: resolveSrv, TXT: resolveTxt };
// workerd's resolve() has no default record type
export function resolve(name, rrtype) {
  requireName(name);
  const method = Object.hasOwn(RESOLVERS, rrtype) ? RESOLVERS[rrtype] : undefined;
  if (!method) throw invalidArgValue("rrtype", rrtype);
  return method(name);
}
export async function lookupService() { throw notImplemented(); }

/**
 * lookup()'s options as workerd checks them (`callbackArg` is what must be the callback of the
 * callback form): {family, all, order}. Options that are a function are the callback itself.
 */
export function lookupOptions(hostname, options, callbackArg, callbackForm) {
  if (hostname && typeof hostname !== "string") throw invalidArgType("hostname", "of type string", hostname);
  const checkCallback = (cb) => { if (callbackForm && typeof cb !== "function") throw invalidArgType("callback", "of type function", cb); };
  const out = { family: 0, all: false, order: defaultResultOrder };
  if (typeof options === "function") return out;
  if (typeof options === "number") {
    checkCallback(callbackArg);
    validateOneOf(options, "family", [0, 4, 6]);
    out.family = options;
  } else if (options !== undefined && options !== null && typeof options !== "object") {
    checkCallback(callbackArg);
    throw invalidArgType("options", "of type object or integer", options);
  } else {
    checkCallback(callbackArg);
    if (options?.hints != null) {
      if (typeof options.hints !== "number") throw invalidArgType("options.hints", "of type number", options.hints);
      throw nodeError(Error, "ERR_OPTION_NOT_IMPLEMENTED", "The options.hints option is not implemented");
    }
    if (options?.family != null) {
      if (options.family === "IPv4") out.family = 4;
      else if (options.family === "IPv6") out.family = 6;
      else { validateOneOf(options.family, "options.family", [0, 4, 6]); out.family = options.family; }
    }
    if (options?.all != null) {
      if (typeof options.all !== "boolean") throw invalidArgType("options.all", "of type boolean", options.all);
      out.all = options.all;
    }
    if (options?.verbatim != null) {
      if (typeof options.verbatim !== "boolean") throw invalidArgType("options.verbatim", "of type boolean", options.verbatim);
      out.order = options.verbatim ? "verbatim" : "ipv4first";
    }
    if (options?.order != null) {
      validateOneOf(options.order, "options.order", RESULT_ORDERS);
      out.order = options.order;
    }
  }
  return out;
}

/**
 * The addresses of a host as [{address, family}] (all) or one of them: an empty name answers
 * null (family 4, or 6 when asked), an IP address itself, anything else A and AAAA queries.
 */
export async function lookupAddresses(hostname, { family, all, order }) {
  if (!hostname) return all ? [] : { address: null, family: family === 6 ? 6 : 4 };
  const ipFamily = isIP(hostname);
  if (ipFamily) return all ? [{ address: hostname, family: ipFamily }] : { address: hostname, family: ipFamily };
  const found = async (f) => {
    try { return (await query(hostname, f === 4 ? "A" : "AAAA", f === 4 ? "queryA" : "queryAaaa")).map((a) => ({ address: a.data, family: f })); }
    catch (err) { if (family !== 0) throw err; return []; }
  };
  const v4 = family === 6 ? [] : await found(4);
  const v6 = family === 4 ? [] : await found(6);
  const list = order === "ipv6first" ? [...v6, ...v4] : [...v4, ...v6];
  if (list.length === 0) throw dnsError("queryA", "ENOTFOUND", hostname);
  return all ? list : list[0];
}

/** The promise API's Resolver (node:dns/promises): the module's functions as methods. */
export class Resolver {
  constructor(options) {}
  // workerd cannot cancel queries nor choose a local address or other servers
  cancel() { throw notImplemented(); }
  setLocalAddress() { throw notImplemented(); }
  getServers() { return getServers(); }
  resolve(name, rrtype) { return resolve(name, rrtype); }
  resolve4(name, options) { return resolve4(name, options); }
  resolve6(name, options) { return resolve6(name, options); }
  resolveAny() { return resolveAny(); }
  resolveCaa(name) { return resolveCaa(name); }
  resolveCname(name) { return resolveCname(name); }
  resolveMx(name) { return resolveMx(name); }
  resolveNaptr(name) { return resolveNaptr(name); }
  resolveNs(name) { return resolveNs(name); }
  resolvePtr(name) { return resolvePtr(name); }
  resolveSoa(name) { return resolveSoa(name); }
  resolveSrv(name) { return resolveSrv(name); }
  resolveTxt(name) { return resolveTxt(name); }
  reverse(name) { return reverse(name); }
  setServers() { setServers(); }
}
