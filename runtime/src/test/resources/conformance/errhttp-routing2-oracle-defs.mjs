import { CD } from "./_h.mjs";
const w = (name, routes) => ({ name, modules: true, compatibilityDate: CD, ...(routes ? { routes } : {}), script: `export default { fetch(req) { return new Response(${JSON.stringify(name)} + " " + req.url); } };` });
const g = (url, method = "GET") => ({ request: { url, method } });
export default [
  {
    name: "routing-bare-star-idn-and-case",
    area: "routing",
    description: "routes '*' alone (any host, root path only), '*/' , an IDN host written in Unicode, a path with upper-case letters, a route host with a trailing dot, and a route whose host wildcard has no dot before the name",
    options: { workers: [w("main"), w("bare", ["*"]), w("idn", ["bücher.mf/*"]), w("upperPath", ["case.mf/Admin/*"]), w("nodot", ["*shop.mf/*"])] },
    steps: [
      g("http://any.host/"), g("http://any.host/x"), g("https://other.host/"), g("http://bücher.mf/a"), g("http://xn--bcher-kva.mf/b"), g("http://buecher.mf/c"),
      g("http://case.mf/Admin/x"), g("http://case.mf/admin/x"), g("http://CASE.mf/Admin/"), g("http://shop.mf/p"), g("http://myshop.mf/p"), g("http://my.shop.mf/p"), g("http://shop.mf.x/p"),
    ],
  },
  {
    name: "routing-multiple-routes-one-worker",
    area: "routing",
    description: "a worker with several routes (hosts and paths), another worker with a more specific route inside one of them, and a scheme-qualified route to https only",
    options: { workers: [w("main"), w("multi", ["a.mf/*", "b.mf/api/*", "https://c.mf/*"]), w("inner", ["a.mf/inner/*"])] },
    steps: [g("http://a.mf/x"), g("http://a.mf/inner/y"), g("http://a.mf/inner"), g("http://b.mf/api/v"), g("http://b.mf/other"), g("https://c.mf/s"), g("http://c.mf/s"), g("http://d.mf/")],
  },
];
