import { PRELUDE, get, req, modWorker, kvCase } from "./_h.mjs";
const CD = "2025-01-01";
const mw = (name, script, extra = {}) => ({ name, modules: true, compatibilityDate: CD, script: PRELUDE + script, ...extra });
export default [
  { name: "kvsb-sb-fetcher-shape", area: "service-bindings", description: "Fetcher binding shape: typeof, toString, keys, property access, fetch identity and length, then, JSON",
    options: { workers: [
      mw("a", `export default { async fetch(req, env) {
        const B = env.B;
        return Response.json({
          typeof: typeof B, str: await t(() => String(B)), tag: Object.prototype.toString.call(B), keys: Object.keys(B), json: JSON.stringify(B),
          fetchLen: B.fetch.length, fetchName: B.fetch.name, same: B.fetch === B.fetch, inFetch: "fetch" in B, inOther: "other" in B,
          then: typeof B.then, other: typeof B.other, connect: typeof B.connect, protoNull: Object.getPrototypeOf(B) === null,
          ctorName: await t(() => B.constructor.name),
          callFetchNoThis: await t(async () => { const f = B.fetch; return (await f("http://b/")).status; }),
          bindFetch: await t(async () => (await B.fetch.bind(B)("http://b/")).status),
          fetchUrlObj: await t(async () => (await B.fetch(new URL("http://b/u"))).text()),
          fetchNum: await t(async () => (await B.fetch(42)).status),
          fetchBadMethod: await t(async () => (await B.fetch("http://b/", { method: "bad method" })).status),
          fetchGetBody: await t(async () => (await B.fetch("http://b/", { method: "GET", body: "x" })).status),
          fetchFtp: await t(async () => (await B.fetch("ftp://b/file")).text()),
        });
      } }`, { serviceBindings: { B: "b" } }),
      mw("b", `export default { async fetch(req) { return new Response(req.method + " " + req.url); } }`),
    ] },
    steps: [get("/")] },
  kvCase("kvsb-get-json-values", "json type on values of every JSON kind; text of binary data; arrayBuffer of multi-byte text; getWithMetadata json", `
  const KV = env.KV;
  const vals = { num: "42", neg: "-1.5e3", str: '"s"', nul: "null", t: "true", arr: "[1,[2]]", obj: '{"a":{"b":null}}', ws: "  7  ", bom: "\\ufeff{}", trailing: "{} x", big: "12345678901234567890", uni: '"\\\\u00e9"' };
  for (const [k, v] of Object.entries(vals)) { await KV.put(k, v); out[k] = await t(async () => KV.get(k, "json")); }
  await KV.put("bin", new Uint8Array([0xff, 0xfe, 0x41]));
  out.binText = await t(async () => KV.get("bin"));
  await KV.put("mb", "é😀");
  out.mbAb = await t(async () => hex(await KV.get("mb", "arrayBuffer")));
  out.metaJson = await t(async () => { await KV.put("mj", "[1]", {metadata: {m: true}}); return KV.getWithMetadata("mj", {type: "json"}); });
  `),
];
