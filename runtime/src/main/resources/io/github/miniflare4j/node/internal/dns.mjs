// DNS over HTTPS (the JSON API of cloudflare-dns.com), the way workerd answers node:dns.
const { nodeError, invalidArgType } = $node;
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

export class Resolver {
  // workerd resolves through Cloudflare's DNS over HTTPS, and names its servers
  #servers = ["1.1.1.1", "2606:4700:4700::1111", "1.0.0.1", "2606:4700:4700::1001"];
  constructor(options) {}
  cancel() {}
  getServers() { return [...this.#servers]; }
  setServers(servers) { this.#servers = [...servers]; }
  setLocalAddress() {}
  async resolve4(name, options) {
    const answers = await query(name, "A", "queryA");
    return options?.ttl ? answers.map((a) => ({ address: a.data, ttl: a.TTL })) : answers.map((a) => a.data);
  }
  async resolve6(name, options) {
    const answers = await query(name, "AAAA", "queryAaaa");
    return options?.ttl ? answers.map((a) => ({ address: a.data, ttl: a.TTL })) : answers.map((a) => a.data);
  }
  async resolveCname(name) { return (await query(name, "CNAME", "queryCname")).map((a) => a.data.replace(/\.$/, "")); }
  async resolveNs(name) { return (await query(name, "NS", "queryNs")).map((a) => a.data.replace(/\.$/, "")); }
  async resolvePtr(name) { return (await query(name, "PTR", "queryPtr")).map((a) => a.data.replace(/\.$/, "")); }
  async resolveTxt(name) { return (await query(name, "TXT", "queryTxt")).map((a) => [unquote(a.data)]); }
  async resolveMx(name) {
    return (await query(name, "MX", "queryMx")).map((a) => { const [priority, exchange] = a.data.split(" "); return { exchange: exchange.replace(/\.$/, ""), priority: Number(priority) }; });
  }
  async resolveSrv(name) {
    return (await query(name, "SRV", "querySrv")).map((a) => { const [priority, weight, port, target] = a.data.split(" "); return { name: target.replace(/\.$/, ""), port: Number(port), priority: Number(priority), weight: Number(weight) }; });
  }
  async resolveCaa(name) {
    return (await query(name, "CAA", "queryCaa")).map((a) => { const [critical, tag, ...value] = a.data.split(" "); return { critical: Number(critical), [tag]: unquote(value.join(" ")) }; });
  }
  async resolveNaptr(name) {
    return (await query(name, "NAPTR", "queryNaptr")).map((a) => {
      const [order, preference, flags, service, regexp, replacement] = a.data.split(" ");
      return { flags: unquote(flags), service: unquote(service), regexp: unquote(regexp), replacement: replacement.replace(/\.$/, ""), order: Number(order), preference: Number(preference) };
    });
  }
  async resolveSoa(name) {
    const [a] = await query(name, "SOA", "querySoa");
    const [nsname, hostmaster, serial, refresh, retry, expire, minttl] = a.data.split(" ");
    return { nsname: nsname.replace(/\.$/, ""), hostmaster: hostmaster.replace(/\.$/, ""), serial: Number(serial), refresh: Number(refresh), retry: Number(retry), expire: Number(expire), minttl: Number(minttl) };
  }
  async resolveAny(name) {
    const out = [];
    for (const [type, method] of [["A", "resolve4"], ["AAAA", "resolve6"], ["MX", "resolveMx"], ["TXT", "resolveTxt"], ["NS", "resolveNs"]]) {
      try {
        for (const value of await this[method](name)) out.push(typeof value === "string" ? { type, address: value } : Array.isArray(value) ? { type, entries: value } : { type, ...value });
      } catch { /* no records of this type */ }
    }
    return out;
  }
  async resolve(name, rrtype = "A") {
    const method = { A: "resolve4", AAAA: "resolve6", ANY: "resolveAny", CAA: "resolveCaa", CNAME: "resolveCname", MX: "resolveMx", NAPTR: "resolveNaptr", NS: "resolveNs", PTR: "resolvePtr", SOA: "resolveSoa", SRV: "resolveSrv", TXT: "resolveTxt" }[rrtype];
    if (!method) throw nodeError(TypeError, "ERR_INVALID_ARG_VALUE", `The argument 'rrtype' is invalid. Received '${rrtype}'`);
    return this[method](name);
  }
  async reverse(ip) { return this.resolvePtr(ptrName(ip)); }
  async lookup(hostname, options = {}) {
    if (hostname && typeof hostname !== "string") throw $node.invalidArgType("hostname", "of type string", hostname);
    if (typeof options === "number") options = { family: options };
    const family = options.family === "IPv6" ? 6 : options.family === "IPv4" ? 4 : Number(options.family ?? 0);
    const found = [];
    const tryFamily = async (f) => {
      try { for (const address of await (f === 4 ? this.resolve4(hostname) : this.resolve6(hostname))) found.push({ address, family: f }); }
      catch (err) { if (err.code !== "ENODATA") throw Object.assign(dnsError("getaddrinfo", err.code, hostname), {}); }
    };
    if (family === 0 || family === 4) await tryFamily(4);
    if (family === 0 || family === 6) await tryFamily(6);
    if (found.length === 0) throw dnsError("getaddrinfo", "ENOTFOUND", hostname);
    return options.all ? found : found[0];
  }
  async lookupService(address, port) {
    const [hostname] = await this.reverse(address);
    return { hostname, service: String(port) };
  }
  getDefaultResultOrder() { return "verbatim"; }
  setDefaultResultOrder() {}
}

export const resolver = new Resolver();
for (const name of Object.getOwnPropertyNames(Resolver.prototype)) {
  if (name !== "constructor") resolver[name] = Resolver.prototype[name].bind(resolver);
}
