import { kvCase, get } from "./_h.mjs";
export default [
  kvCase("kvsb-list-key-shape-expiration-metadata", "list key objects with expiration and metadata: member order and types; bulk get with cacheTtl below the minimum; list cacheStatus", `
  const KV = env.KV;
  await KV.put("both", "v", {expirationTtl: 3600, metadata: {m: 1}});
  await KV.put("exp", "v", {expirationTtl: 3600});
  await KV.put("meta", "v", {metadata: "s"});
  await KV.put("none", "v");
  const l = await KV.list();
  out.shapes = l.keys.map(k => [k.name, Object.keys(k), typeof k.expiration, k.metadata ?? "absent"]);
  out.listKeys = Object.keys(l);
  out.bulkTtlLow = await t(async () => KV.get(["none"], {cacheTtl: 10}));
  out.bulkMetaTtlLow = await t(async () => KV.getWithMetadata(["none"], {cacheTtl: 29}));
  out.getTtl30 = await t(async () => KV.get("none", {cacheTtl: 30}));
  out.getTtl29 = await t(async () => KV.get("none", {cacheTtl: 29}));
  out.getTtl0 = await t(async () => KV.get("none", {cacheTtl: 0}));
  out.metaTtlLow = await t(async () => KV.getWithMetadata("none", {cacheTtl: 5}));
  `),
];
