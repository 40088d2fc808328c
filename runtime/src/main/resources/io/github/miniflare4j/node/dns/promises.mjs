// node:dns/promises — answers from DNS over HTTPS (cloudflare-dns.com), as workerd does, through
// the worker's fetch() (so an outbound service configured in miniflare4j sees the queries).
import { resolver } from "node-internal:dns";
export const {
  lookup, lookupService, resolve, resolveAny, resolve4, resolve6, resolveCaa, resolveCname, resolveMx, resolveNaptr,
  resolveNs, resolvePtr, resolveSoa, resolveSrv, resolveTxt, reverse, getServers, setServers, getDefaultResultOrder, setDefaultResultOrder,
} = resolver;
export { Resolver } from "node-internal:dns";
export * from "node-internal:dns-constants";
export default resolver;
