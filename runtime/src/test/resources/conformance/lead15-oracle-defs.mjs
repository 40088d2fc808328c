// Re-record: cd runtime && DEFS_DIR=<dir with this file as lead15.mjs and the oracle's _h.mjs> RECORD_OUT=<out> node /work/wt/oracle/record.mjs lead15
// Workers Sites (sitePath, siteInclude, siteExclude): __STATIC_CONTENT and __STATIC_CONTENT_MANIFEST.
// put() and a bulk get() on the sites namespace hang in Miniflare 4.20260426.0, so no case calls them.
import { CD, PRELUDE, get } from "./_h.mjs";
const SITE = "src/test/resources/conformance/sites-site";
const READS = `
    const KV = env.__STATIC_CONTENT;
    const m = JSON.parse(manifestJSON);
    const out = {};
    out.envKeys = Object.keys(env);
    out.manifestType = typeof manifestJSON;
    out.manifest = m;
    out.tag = Object.prototype.toString.call(KV);
    out.index = await t(() => KV.get(m["index.html"]));
    out.plain = await t(() => KV.get("index.html"));
    out.plainSub = await t(() => KV.get("sub/a b+c.txt"));
    out.encodedPlus = await t(() => KV.get(m["sub/a b+c.txt"]));
    out.unicode = await t(() => KV.get(m["ünï.txt"]));
    out.hidden = await t(() => KV.get(m[".hidden"]));
    out.missing = await t(() => KV.get("$__MINIFLARE_SITES__$/nope.html"));
    out.missingPlain = await t(() => KV.get("nope.html"));
    out.dotdot = await t(() => KV.get("sub/../index.html"));
    out.escape = await t(() => KV.get("../sites-site/index.html"));
    out.dir = await t(() => KV.get("sub"));
    out.bin = await t(async () => hex(await KV.get(m["sub/bin.dat"], "arrayBuffer")));
    out.json = await t(() => KV.get(m["data.json"], "json"));
    out.jsonOpt = await t(() => KV.get(m["data.json"], { type: "json", cacheTtl: 10 }));
    out.stream = await t(async () => new Response(await KV.get(m["sub/style.css"], "stream")).text());
    out.badType = await t(() => KV.get(m["index.html"], "blob"));
    out.meta = await t(() => KV.getWithMetadata(m["index.html"]));
    out.metaMissing = await t(() => KV.getWithMetadata("nope"));
    out.empty = await t(() => KV.get(""));
    out.list = await t(() => KV.list());
    out.listPrefix = await t(() => KV.list({ prefix: "$__MINIFLARE_SITES__$/sub" }));
    out.listPlainPrefix = await t(() => KV.list({ prefix: "sub" }));
    const p1 = await KV.list({ limit: 2 });
    out.page1 = p1;
    out.page2 = await t(() => KV.list({ limit: 2, cursor: p1.cursor }));
    out.badCursor = await t(() => KV.list({ cursor: "bm9wZQ==" }));
    out.limit0 = await t(() => KV.list({ limit: 0 }));
    out.limitBig = await t(() => KV.list({ limit: 1001 }));
    out.del = await t(() => KV.delete("index.html"));
    out.delEmpty = await t(() => KV.delete(""));
    out.afterDelete = await t(() => KV.get("index.html"));
    return Response.json(out);`;
const defs = [
  {
    name: "lead15-sites-modules-reads", area: "kv",
    description: "Workers Sites in a modules worker: the manifest module, __STATIC_CONTENT reads by manifest key and by path, list pages, refused delete",
    options: { modules: true, compatibilityDate: CD, sitePath: SITE, kvNamespaces: ["OTHER"],
      script: `${PRELUDE}
import manifestJSON from "__STATIC_CONTENT_MANIFEST";
export default { async fetch(req, env) {${READS}
} };` },
    steps: [get("/")],
  },
];
const FILTER_BODY = `${PRELUDE}
import manifestJSON from "__STATIC_CONTENT_MANIFEST";
export default { async fetch(req, env) {
  const KV = env.__STATIC_CONTENT;
  const out = { manifest: JSON.parse(manifestJSON), list: (await KV.list()).keys.map((k) => k.name) };
  for (const p of ["index.html", "sub/style.css", "sub/a b+c.txt", "sub/deep/x.js", "data.json", "sub/index.html"]) out[p] = await t(() => KV.get(p));
  return Response.json(out);
} };`;
const filters = [
  ["include", { siteInclude: ["*.html"] }],
  ["include-anchored-dir", { siteInclude: ["sub/*.css", "index.*"] }],
  ["include-globstar", { siteInclude: ["**/*.js", "data.json"] }],
  ["include-negated", { siteInclude: ["**/*", "!**/*.txt", "!sub/deep/**"] }],
  ["exclude", { siteExclude: ["**/*.txt", "sub/deep"] }],
  ["exclude-star", { siteExclude: ["*"] }],
  ["include-and-exclude", { siteInclude: ["sub/*"], siteExclude: ["**/*.css"] }],
  ["include-question", { siteInclude: ["index.htm?"] }],
];
for (const [suffix, opts] of filters) {
  defs.push({
    name: `lead15-sites-filter-${suffix}`, area: "kv",
    description: `Workers Sites filters ${JSON.stringify(opts)}: the manifest, list and reads`,
    options: { modules: true, compatibilityDate: CD, sitePath: SITE, ...opts, script: FILTER_BODY },
    steps: [get("/")],
  });
}
defs.push({
  name: "lead15-sites-service-worker", area: "kv",
  description: "Workers Sites in a service-worker script: __STATIC_CONTENT_MANIFEST is a global object, __STATIC_CONTENT a global namespace",
  options: { compatibilityDate: CD, sitePath: SITE, siteExclude: ["**/*.txt"],
    script: `addEventListener("fetch", (e) => e.respondWith((async () => {
  const m = __STATIC_CONTENT_MANIFEST;
  return new Response(JSON.stringify({ type: typeof m, proto: Object.getPrototypeOf(m) === Object.prototype, m,
    kv: Object.prototype.toString.call(__STATIC_CONTENT), body: await __STATIC_CONTENT.get(m["index.html"]),
    css: await __STATIC_CONTENT.get("sub/style.css"), txt: await __STATIC_CONTENT.get("sub/a b+c.txt") }));
})()));` },
  steps: [get("/")],
});
defs.push({
  name: "lead15-sites-manifest-module-shape", area: "kv",
  description: "the manifest module's namespace (default export only, a string) and its import from a nested module",
  options: { modules: [
      { type: "ESModule", path: "index.mjs", contents: `import * as ns from "__STATIC_CONTENT_MANIFEST"; import { nested } from "./lib/nested.mjs";
export default { async fetch(req, env) { return Response.json({ keys: Object.keys(ns), type: typeof ns.default, same: nested === ns.default, envHas: "__STATIC_CONTENT_MANIFEST" in env }); } };` },
      { type: "ESModule", path: "lib/nested.mjs", contents: `import m from "__STATIC_CONTENT_MANIFEST"; export const nested = m;` },
    ], compatibilityDate: CD, sitePath: SITE, siteInclude: ["index.html"] },
  steps: [get("/")],
});
export default defs;
