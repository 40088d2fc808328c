// node:dns/promises — answers from DNS over HTTPS (cloudflare-dns.com), as workerd does, through
// the worker's fetch() (so an outbound service configured in miniflare4j sees the queries).
import * as dns from "node-internal:dns";
import * as constants from "node-internal:dns-constants";
export {
  lookupService, resolve, resolveAny, resolve4, resolve6, resolveCaa, resolveCname, resolveMx, resolveNaptr,
  resolveNs, resolvePtr, resolveSoa, resolveSrv, resolveTxt, reverse, getServers, setServers, getDefaultResultOrder, setDefaultResultOrder, Resolver,
} from "node-internal:dns";
export * from "node-internal:dns-constants";

/** Resolves {address, family} (or the list, with `all`); the arguments are checked at the call. */
export function lookup(hostname, options) {
  const settings = dns.lookupOptions(hostname, options, undefined, false);
  return dns.lookupAddresses(hostname, settings);
}

// workerd's promise module has the error codes, not getaddrinfo's flags (ADDRCONFIG, ALL, V4MAPPED)
const { ADDRCONFIG, ALL, V4MAPPED, ...errorCodes } = constants;
export default {
  reverse: dns.reverse, resolveTxt: dns.resolveTxt, resolveCaa: dns.resolveCaa, resolveMx: dns.resolveMx, resolveCname: dns.resolveCname,
  resolveNs: dns.resolveNs, resolvePtr: dns.resolvePtr, resolveSrv: dns.resolveSrv, resolveSoa: dns.resolveSoa, resolveNaptr: dns.resolveNaptr,
  resolve4: dns.resolve4, resolve6: dns.resolve6, getServers: dns.getServers, setServers: dns.setServers,
  getDefaultResultOrder: dns.getDefaultResultOrder, setDefaultResultOrder: dns.setDefaultResultOrder, lookup, lookupService: dns.lookupService,
  resolve: dns.resolve, resolveAny: dns.resolveAny, Resolver: dns.Resolver, ...errorCodes,
};
