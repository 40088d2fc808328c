// node:dns — the callback forms of node:dns/promises.
import { resolver, Resolver as PromiseResolver } from "node-internal:dns";
import * as promises from "node:dns/promises";
import * as dnsConstants from "node-internal:dns-constants";
export * from "node-internal:dns-constants";
export { promises };

function callbackify(fn) {
  return (...args) => {
    const callback = args.pop();
    if (typeof callback !== "function") throw $node.invalidArgType("callback", "of type function", callback);
    fn(...args).then((value) => queueMicrotask(() => callback(null, value)), (err) => queueMicrotask(() => callback(err)));
  };
}

export function lookup(hostname, options, callback) {
  if (hostname && typeof hostname !== "string") throw $node.invalidArgType("hostname", "of type string", hostname);
  if (typeof options === "function") { callback = options; options = {}; }
  if (typeof options === "number") options = { family: options };
  if (typeof callback !== "function") throw $node.invalidArgType("callback", "of type function", callback);
  resolver.lookup(hostname, options).then(
    (result) => queueMicrotask(() => (options?.all ? callback(null, result) : callback(null, result.address, result.family))),
    (err) => queueMicrotask(() => callback(err)),
  );
}
export const lookupService = callbackify(resolver.lookupService);
export const resolve = callbackify(resolver.resolve);
export const resolveAny = callbackify(resolver.resolveAny);
export const resolve4 = callbackify(resolver.resolve4);
export const resolve6 = callbackify(resolver.resolve6);
export const resolveCaa = callbackify(resolver.resolveCaa);
export const resolveCname = callbackify(resolver.resolveCname);
export const resolveMx = callbackify(resolver.resolveMx);
export const resolveNaptr = callbackify(resolver.resolveNaptr);
export const resolveNs = callbackify(resolver.resolveNs);
export const resolvePtr = callbackify(resolver.resolvePtr);
export const resolveSoa = callbackify(resolver.resolveSoa);
export const resolveSrv = callbackify(resolver.resolveSrv);
export const resolveTxt = callbackify(resolver.resolveTxt);
export const reverse = callbackify(resolver.reverse);
export const { getServers, setServers, getDefaultResultOrder, setDefaultResultOrder } = resolver;
export class Resolver extends PromiseResolver {
  constructor(options) {
    super(options);
    for (const name of ["resolve", "resolveAny", "resolve4", "resolve6", "resolveCaa", "resolveCname", "resolveMx", "resolveNaptr", "resolveNs", "resolvePtr", "resolveSoa", "resolveSrv", "resolveTxt", "reverse"]) {
      this[name] = callbackify(super[name].bind(this));
    }
  }
}

export default {
  ...dnsConstants,
  lookup, lookupService, resolve, resolveAny, resolve4, resolve6, resolveCaa, resolveCname, resolveMx, resolveNaptr, resolveNs,
  resolvePtr, resolveSoa, resolveSrv, resolveTxt, reverse, getServers, setServers, getDefaultResultOrder, setDefaultResultOrder, Resolver, promises,
};
