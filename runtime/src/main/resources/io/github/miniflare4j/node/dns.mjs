// node:dns — the callback forms of node:dns/promises, as workerd's (DNS over HTTPS).
import * as dns from "node-internal:dns";
import * as promises from "node:dns/promises";
import * as dnsConstants from "node-internal:dns-constants";
export * from "node-internal:dns-constants";
export { promises };
const { invalidArgType } = $node;

/** workerd's callbackify: arguments checked at the call, the callback last, one more in `length`. */
function callbackify(original) {
  const callbackified = {
    [original.name](...args) {
      const callback = args.pop();
      if (typeof callback !== "function") throw invalidArgType("last argument", "of type function", callback);
      Reflect.apply(original, this, args).then((value) => queueMicrotask(() => callback(null, value)), (err) => queueMicrotask(() => callback(err)));
    },
  }[original.name];
  Object.defineProperty(callbackified, "length", { value: original.length + 1 });
  return callbackified;
}

export function lookup(hostname, options, callback) {
  if (typeof options === "function") callback = options;
  const settings = dns.lookupOptions(hostname, options, arguments.length === 2 && typeof options !== "object" && typeof options !== "number" ? options : callback, true);
  dns.lookupAddresses(hostname, settings).then(
    (result) => queueMicrotask(() => (settings.all ? callback(null, result) : callback(null, result.address, result.family))),
    (err) => queueMicrotask(() => callback(err)),
  );
}
export const lookupService = callbackify(dns.lookupService);
export const resolve = callbackify(dns.resolve);
export const resolveAny = callbackify(dns.resolveAny);
export const resolve4 = callbackify(dns.resolve4);
export const resolve6 = callbackify(dns.resolve6);
export const resolveCaa = callbackify(dns.resolveCaa);
export const resolveCname = callbackify(dns.resolveCname);
export const resolveMx = callbackify(dns.resolveMx);
export const resolveNaptr = callbackify(dns.resolveNaptr);
export const resolveNs = callbackify(dns.resolveNs);
export const resolvePtr = callbackify(dns.resolvePtr);
export const resolveSoa = callbackify(dns.resolveSoa);
export const resolveSrv = callbackify(dns.resolveSrv);
export const resolveTxt = callbackify(dns.resolveTxt);
export const reverse = callbackify(dns.reverse);
export const { getServers, setServers, getDefaultResultOrder, setDefaultResultOrder } = dns;

/** The callback Resolver: the module's callback functions as methods. */
export class Resolver {
  constructor(options) {}
  cancel() { throw new Error("Not implemented"); }
  setLocalAddress() { throw new Error("Not implemented"); }
  getServers() { return getServers(); }
  resolve(...args) { resolve(...args); }
  resolve4(...args) { resolve4(...args); }
  resolve6(...args) { resolve6(...args); }
  resolveAny(...args) { resolveAny(...args); }
  resolveCaa(...args) { resolveCaa(...args); }
  resolveCname(...args) { resolveCname(...args); }
  resolveMx(...args) { resolveMx(...args); }
  resolveNaptr(...args) { resolveNaptr(...args); }
  resolveNs(...args) { resolveNs(...args); }
  resolvePtr(...args) { resolvePtr(...args); }
  resolveSoa(...args) { resolveSoa(...args); }
  resolveSrv(...args) { resolveSrv(...args); }
  resolveTxt(...args) { resolveTxt(...args); }
  reverse(...args) { reverse(...args); }
  setServers(...args) { setServers(...args); }
}

export default {
  ...dnsConstants,
  lookup, lookupService, resolve, resolveAny, resolve4, resolve6, resolveCaa, resolveCname, resolveMx, resolveNaptr, resolveNs,
  resolvePtr, resolveSoa, resolveSrv, resolveTxt, reverse, getServers, setServers, getDefaultResultOrder, setDefaultResultOrder, Resolver, promises,
};
