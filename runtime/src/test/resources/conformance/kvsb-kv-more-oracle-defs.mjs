import { kvCase, get } from "./_h.mjs";
export default [
  kvCase("kvsb-stream-metadata-surrogate-edges", "put of streams (chunk kinds, errors, tee), metadata null vs NaN vs falsy, lone surrogates in bulk keys and list prefixes, Symbol and BigInt options", `
  const KV = env.KV;
  await KV.put("ab", "1");
  out.listPrefix = await t(async () => (await KV.list({prefix: "a\\ud800"})).keys.length);
  out.bulk = await t(async () => [...await KV.get(["a\\ud800", "ab"])]);
  out.bulkMeta = await t(async () => [...await KV.getWithMetadata(["\\udc00"])]);
  out.cursorLone = await t(async () => (await KV.list({cursor: "\\ud800"})).keys.length);
  out.symKey = await t(async () => KV.get(Symbol("s")));
  out.symTtl = await t(async () => KV.put("x", "v", {expirationTtl: Symbol("s")}));
  out.bigLimit = await t(async () => KV.list({limit: 10n}));
  out.bigCache = await t(async () => KV.get("ab", {cacheTtl: 10n}));
  out.objTtl = await t(async () => KV.put("x", "v", {expirationTtl: {valueOf() { return 120; }}}));
  out.streamPartial = await t(async () => { let i = 0; await KV.put("sp", new ReadableStream({ pull(c) { if (i++ === 0) c.enqueue(new TextEncoder().encode("part")); else c.error(new TypeError("mid")); } })); });
  out.afterPartial = await t(async () => KV.get("sp"));
  out.nonBytesStored = await t(async () => { await KV.put("nb", new ReadableStream({ start(c) { c.enqueue("str"); c.close(); } })).catch(() => {}); return KV.get("nb"); });
  out.u16Stream = await t(async () => { await KV.put("u16", new ReadableStream({ start(c) { c.enqueue(new Uint16Array([0x4142])); c.close(); } })); return KV.get("u16"); });
  out.abStream = await t(async () => { await KV.put("abs", new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65]).buffer); c.close(); } })); return KV.get("abs"); });
  out.teeStream = await t(async () => { const [a, b] = new Response("tee").body.tee(); await KV.put("tee", a); return KV.get("tee"); });
  out.metaNull = await t(async () => { await KV.put("mn", "v", {metadata: null}); return [(await KV.list({prefix: "mn"})).keys, await KV.getWithMetadata("mn")]; });
  out.metaNaN = await t(async () => { await KV.put("mnan", "v", {metadata: NaN}); return [(await KV.list({prefix: "mnan"})).keys, await KV.getWithMetadata("mnan")]; });
  out.metaEmptyStr = await t(async () => { await KV.put("mes", "v", {metadata: ""}); return [(await KV.list({prefix: "mes"})).keys, await KV.getWithMetadata("mes")]; });
  out.metaZero = await t(async () => { await KV.put("mz", "v", {metadata: 0}); return [(await KV.list({prefix: "mz"})).keys, await KV.getWithMetadata("mz")]; });
  out.metaFalse = await t(async () => { await KV.put("mf", "v", {metadata: false}); return [(await KV.list({prefix: "mf"})).keys, await KV.getWithMetadata("mf")]; });
  out.bulkMetaNull = await t(async () => [...await KV.getWithMetadata(["mn", "mnan", "mz"])]);
  `),
];
