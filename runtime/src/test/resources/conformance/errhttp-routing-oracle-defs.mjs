import { CD } from "./_h.mjs";
const w = (name, routes) => ({ name, modules: true, compatibilityDate: CD, ...(routes ? { routes } : {}), script: `export default { fetch(req) { return new Response(${JSON.stringify(name)} + " " + req.url); } };` });
const g = (url, method = "GET") => ({ request: { url, method } });
export default [
  {
    name: "routing-query-and-path-edges",
    area: "routing",
    description: "route paths against query strings, trailing slashes, percent-encoding and dot segments: a wildcard path matches queries, an exact path needs an exact pathname and no query, routes are matched against the encoded path",
    options: { workers: [w("main"), w("slash", ["api.mf/dir/"]), w("enc", ["api.mf/a%20b/*"]), w("uni", ["api.mf/caf%C3%A9*"]), w("q", ["api.mf/search*"])] },
    steps: [
      g("http://api.mf/dir/"), g("http://api.mf/dir"), g("http://api.mf/dir/?x=1"), g("http://api.mf/dir/x"),
      g("http://api.mf/a%20b/c"), g("http://api.mf/a b/c"), g("http://api.mf/a+b/c"),
      g("http://api.mf/café"), g("http://api.mf/caf%C3%A9/menu"), g("http://api.mf/CAF%C3%A9"),
      g("http://api.mf/search?q=1"), g("http://api.mf/search/deep?q=1"), g("http://api.mf/searching"), g("http://api.mf/x?search"),
      g("http://api.mf/x/../dir/"), g("http://api.mf/%64ir/"),
    ],
  },
  {
    name: "routing-hosts-schemes-ports-more",
    area: "routing",
    description: "route hosts: exact vs wildcard subdomains, a scheme-qualified https route, upper-case route hosts, IP hosts, IPv6, hosts with ports in routes, the bare '*/*' catch-all and which wins over it",
    options: { workers: [w("main"), w("https", ["https://secure.mf/*"]), w("upper", ["UPPER.MF/*"]), w("ip", ["10.0.0.1/*"]), w("sub", ["*.sub.mf/*"]), w("exact", ["www.sub.mf/*"]), w("catch", ["*/*"])] },
    steps: [
      g("https://secure.mf/x"), g("http://secure.mf/x"), g("http://upper.mf/a"), g("http://UPPER.mf/a"), g("http://10.0.0.1/p"), g("http://10.0.0.1:8080/p"), g("http://10.0.0.2/p"),
      g("http://www.sub.mf/p"), g("http://api.sub.mf/p"), g("http://sub.mf/p"), g("http://a.b.sub.mf/p"), g("http://[::1]/p"), g("http://localhost/"), g("http://x.y/z?q"),
      g("http://www.sub.mf/p", "POST"),
    ],
  },
  {
    name: "routing-specificity-ties-and-order",
    area: "routing",
    description: "overlapping routes across workers: exact host beats wildcard host, longer path beats shorter, scheme-qualified beats scheme-less, an exact path beats a wildcard path, and equal routes go to the worker listed first",
    options: { workers: [w("main"), w("wildHost", ["*.api.mf/v1/*"]), w("exactHost", ["x.api.mf/*"]), w("longPath", ["x.api.mf/v1/users/*"]), w("schemed", ["http://y.api.mf/*"]), w("schemeless", ["y.api.mf/*"]), w("dupA", ["dup.mf/*"]), w("dupB", ["dup.mf/*"]), w("exactPath", ["z.mf/p"]), w("wildPath", ["z.mf/p*"])] },
    steps: [
      g("http://x.api.mf/v1/a"), g("http://x.api.mf/v1/users/1"), g("http://q.api.mf/v1/a"), g("http://q.api.mf/v2/a"),
      g("http://y.api.mf/a"), g("https://y.api.mf/a"), g("http://dup.mf/a"), g("http://z.mf/p"), g("http://z.mf/p2"), g("http://z.mf/p?x"),
    ],
  },
  {
    name: "routing-first-worker-with-routes-fallback",
    area: "routing",
    description: "when the first worker has routes too, unmatched URLs still go to it; a later worker with no routes is never reached by dispatchFetch",
    options: { workers: [w("first", ["first.mf/*"]), w("second", ["second.mf/*"]), w("noRoutes")] },
    steps: [g("http://first.mf/"), g("http://second.mf/x"), g("http://third.mf/"), g("http://noroutes/"), g("http://second.mf.evil/")],
  },
];
