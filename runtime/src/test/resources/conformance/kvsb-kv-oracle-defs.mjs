import { kvCase, get, req } from "./_h.mjs";
export default [
  kvCase("kvsb-get-types-options", "get in every type, with string and options-object types, and missing keys in every type", `
  const KV = env.KV;
  await KV.put("j", JSON.stringify({a: 1, b: [true, null]}));
  await KV.put("t", "héllo");
  for (const ty of ["text", "json", "arrayBuffer", "stream"]) {
    out["str_" + ty] = await t(async () => { const v = await KV.get(ty === "json" ? "j" : "t", ty); return [typeof v, Object.prototype.toString.call(v), v instanceof ArrayBuffer ? hex(v) : v instanceof ReadableStream ? await new Response(v).text() : v]; });
    out["obj_" + ty] = await t(async () => { const v = await KV.get(ty === "json" ? "j" : "t", {type: ty}); return [typeof v, Object.prototype.toString.call(v)]; });
    out["miss_" + ty] = await t(async () => KV.get("missing", ty));
    out["meta_" + ty] = await t(async () => { const r = await KV.getWithMetadata(ty === "json" ? "j" : "t", ty); return [Object.keys(r), typeof r.value, Object.prototype.toString.call(r.value), r.metadata, r.cacheStatus]; });
    out["metamiss_" + ty] = await t(async () => KV.getWithMetadata("missing", {type: ty}));
  }
  out.undefType = await t(async () => KV.get("t", undefined));
  out.nullType = await t(async () => KV.get("t", null));
  out.emptyObj = await t(async () => KV.get("t", {}));
  out.typeUpper = await t(async () => KV.get("t", "TEXT"));
  out.typeNum = await t(async () => KV.get("t", 5));
  out.typeObjUndef = await t(async () => KV.get("t", {type: undefined}));
  out.typeObjNull = await t(async () => KV.get("t", {type: null}));
  out.cacheTtlNeg = await t(async () => KV.get("t", {cacheTtl: -1}));
  out.cacheTtlStr = await t(async () => KV.get("t", {cacheTtl: "abc"}));
  out.cacheTtl59 = await t(async () => KV.get("t", {type: "text", cacheTtl: 59}));
  out.metaCacheTtl = await t(async () => KV.getWithMetadata("t", {cacheTtl: 10}));
  out.jsonEmpty = await t(async () => { await KV.put("e", ""); return [await KV.get("e"), await KV.get("e", "json").catch(e => e.name + ": " + e.message)]; });
  out.streamEmpty = await t(async () => { const s = await KV.get("e", "stream"); return [s === null, s ? await new Response(s).text() : null]; });
  out.abEmpty = await t(async () => { const s = await KV.get("e", "arrayBuffer"); return [s?.byteLength, Object.prototype.toString.call(s)]; });
  `),
  kvCase("kvsb-put-value-kinds", "put with every value kind: typed arrays, DataView, numbers, booleans, symbols, objects, arrays, streams, Response bodies", `
  const KV = env.KV;
  const kinds = {
    u8: () => new Uint8Array([104, 105]), u16: () => new Uint16Array([0x4142]), dv: () => new DataView(new Uint8Array([65, 66, 67]).buffer, 1, 2),
    sub: () => new Uint8Array([1,2,3,4]).subarray(1, 3), num: () => 3.5, nan: () => NaN, bool: () => false, nul: () => null, undef: () => undefined,
    arr: () => [1, 2], obj: () => ({a: 1}), date: () => new Date(0), sym: () => Symbol("x"), big: () => 10n, fn: () => () => 1,
    str: () => new String("boxed"), req: () => new Request("http://x", {method: "POST", body: "reqbody"}).body, emptyStr: () => "",
    blob: () => new Blob(["b"]), fd: () => new FormData(), usp: () => new URLSearchParams("a=1"),
  };
  for (const [k, f] of Object.entries(kinds)) {
    out[k] = await t(async () => { await KV.put(k, f()); const v = await KV.get(k, "arrayBuffer"); return [hex(v), await KV.get(k)]; });
  }
  out.lockedStream = await t(async () => { const r = new Response("x").body; r.getReader(); return KV.put("ls", r); });
  out.usedBody = await t(async () => { const r = new Response("abc"); await r.text(); return KV.put("ub", r.body); });
  out.streamErr = await t(async () => KV.put("se", new ReadableStream({ pull(c) { c.error(new Error("boom")); } })));
  out.streamNonBytes = await t(async () => KV.put("snb", new ReadableStream({ start(c) { c.enqueue("str"); c.close(); } })));
  out.afterStreamErr = await t(async () => KV.get("se"));
  `),
  kvCase("kvsb-key-validation", "key validation for get, put, delete, getWithMetadata, list prefix: empty, dot, dotdot, byte length, surrogates, non-strings", `
  const KV = env.KV;
  const keys = { empty: "", dot: ".", dotdot: "..", dots3: "...", dotslash: "./", slashdot: "/.", space: " ", nul: "a\\u0000b", k512: "k".repeat(512), k513: "k".repeat(513),
    e256: "é".repeat(256), e257: "é".repeat(257), emoji128: "😀".repeat(128), emoji129: "😀".repeat(129), lone: "a\\ud800b", loneLow: "\\udc00", nl: "a\\nb", pct: "%2F/..", q: "a?b#c" };
  for (const [n, k] of Object.entries(keys)) {
    out[n] = {
      put: await t(async () => KV.put(k, "v")),
      get: await t(async () => KV.get(k)),
      meta: await t(async () => (await KV.getWithMetadata(k)).value),
      del: await t(async () => KV.delete(k)),
    };
  }
  out.listLonePrefix = await t(async () => { await KV.put("a\\ud800x", "1"); return (await KV.list({prefix: "a\\ud800"})).keys.map(k => [...k.name].map(c => c.codePointAt(0))); });
  out.getNull = await t(async () => KV.get(null));
  out.getUndefStr = await t(async () => { await KV.put("undefined", "u"); return KV.get(undefined); });
  out.getObj = await t(async () => KV.get({toString() { return "obj"; }}));
  out.putNullKey = await t(async () => { await KV.put(null, "n"); return KV.get("null"); });
  out.delNoArgs = await t(async () => KV.delete());
  out.putNoArgs = await t(async () => KV.put());
  out.metaNoArgs = await t(async () => KV.getWithMetadata());
  out.bulkBadKey = await t(async () => KV.get(["ok", ""]));
  out.bulkLongKey = await t(async () => KV.get(["k".repeat(513)]));
  out.bulkDotKey = await t(async () => KV.get(["."]));
  out.bulkNumKey = await t(async () => { await KV.put("7", "seven"); return [...await KV.get([7])]; });
  out.listPrefixLong = await t(async () => (await KV.list({prefix: "k".repeat(513)})).keys.length);
  out.listPrefixEmpty = await t(async () => (await KV.list({prefix: ""})).keys.length > 0);
  `),
  kvCase("kvsb-value-and-metadata-limits", "value size limit boundary, metadata size limits and types, metadata with unicode", `
  const KV = env.KV;
  out.max = await t(async () => { await KV.put("max", "a".repeat(25 * 1024 * 1024)); return (await KV.get("max")).length; });
  out.over = await t(async () => KV.put("over", "a".repeat(25 * 1024 * 1024 + 1)));
  out.overAb = await t(async () => KV.put("overab", new Uint8Array(25 * 1024 * 1024 + 1)));
  out.overMb = await t(async () => KV.put("overmb", "é".repeat(13 * 1024 * 1024)));
  out.overStream = await t(async () => KV.put("overst", new Response("a".repeat(25 * 1024 * 1024 + 5)).body));
  out.m1024 = await t(async () => { await KV.put("m1", "v", {metadata: "a".repeat(1022)}); return (await KV.getWithMetadata("m1")).metadata.length; });
  out.m1025 = await t(async () => KV.put("m2", "v", {metadata: "a".repeat(1023)}));
  out.mUnicode = await t(async () => KV.put("m3", "v", {metadata: "é".repeat(511)}));
  out.mUnicode2 = await t(async () => KV.put("m4", "v", {metadata: "é".repeat(512)}));
  const metas = { num: 42, neg: -1.5, bool: true, nul: null, str: "s", arr: [1, "a", null], nested: {a: {b: {c: [1]}}}, date: new Date(0), undef: undefined, nan: NaN, inf: Infinity, map: new Map([[1,2]]), set: new Set([1]), u8: new Uint8Array([1,2]) };
  for (const [k, m] of Object.entries(metas)) {
    out["meta_" + k] = await t(async () => { await KV.put("mt_" + k, "v", {metadata: m}); const r = await KV.getWithMetadata("mt_" + k); return [r.metadata, typeof r.metadata]; });
  }
  out.metaBig = await t(async () => KV.put("mbig", "v", {metadata: 10n}));
  out.metaSym = await t(async () => KV.put("msym", "v", {metadata: Symbol("s")}));
  out.metaCycle = await t(async () => { const o = {}; o.o = o; return KV.put("mcyc", "v", {metadata: o}); });
  out.metaToJSON = await t(async () => { await KV.put("mtj", "v", {metadata: {toJSON() { return "custom"; }}}); return (await KV.getWithMetadata("mtj")).metadata; });
  out.listMetas = await t(async () => (await KV.list({prefix: "mt_"})).keys);
  out.putOptsNull = await t(async () => { await KV.put("on", "v", null); return KV.getWithMetadata("on"); });
  out.putOptsStr = await t(async () => KV.put("os", "v", "str"));
  out.putOptsNum = await t(async () => KV.put("onum", "v", 5));
  `),
  kvCase("kvsb-expiration-variants", "expiration and expirationTtl types and bounds; expiration visible in list; both given", `
  const KV = env.KV;
  const now = Math.floor(Date.now() / 1000);
  const near = (x, want) => typeof x === "number" && Math.abs(x - want) < 10;
  const tries = { ttl60: {expirationTtl: 60}, ttl59: {expirationTtl: 59}, ttl0: {expirationTtl: 0}, ttlFloat: {expirationTtl: 60.9}, ttlStr: {expirationTtl: "90"}, ttlNull: {expirationTtl: null}, ttlUndef: {expirationTtl: undefined},
    ttlBool: {expirationTtl: true}, ttlNaN: {expirationTtl: NaN}, ttlInf: {expirationTtl: Infinity}, ttlHuge: {expirationTtl: 2 ** 31}, ttlBig: {expirationTtl: 10n},
    expNow: {expiration: now}, expNow59: {expiration: now + 59}, expNow65: {expiration: now + 65}, expNow61: {expiration: now + 61}, expFloat: {expiration: now + 100.7}, expStr: {expiration: String(now + 100)},
    expNull: {expiration: null}, expZero: {expiration: 0}, expNeg: {expiration: -1}, expMax: {expiration: 2147483647}, expOver: {expiration: 2147483648}, expMs: {expiration: Date.now() + 100000},
    both: {expiration: now + 1000, expirationTtl: 100}, bothBad: {expiration: 1, expirationTtl: 100} };
  for (const [k, o] of Object.entries(tries)) {
    const r = await t(async () => { await KV.put("x_" + k, "v", o); const l = (await KV.list({prefix: "x_" + k})).keys.find(e => e.name === "x_" + k); return l ? ["expiration" in l, typeof l.expiration, l.expiration === undefined ? null : l.expiration > 2e9 ? l.expiration : Math.round((l.expiration - now) / 10) * 10] : "nolist"; });
    if (r.error) r.error.message = r.error.message.replace(/of \\d{9,}\\./, "of NOW.");
    out[k] = r;
  }
  `),
  kvCase("kvsb-list-pagination", "list cursors and pagination over 25 keys with limits, prefix with cursor, limit bounds and types, metadata in pages", `
  const KV = env.KV;
  for (let i = 0; i < 25; i++) await KV.put("k" + String(i).padStart(2, "0"), "v" + i, i % 5 === 0 ? {metadata: {i}} : undefined);
  await KV.put("other", "o");
  const pages = []; let cursor; let n = 0;
  do { const r = await KV.list({limit: 10, cursor, prefix: "k"}); pages.push([r.keys.map(k => k.name), r.list_complete, typeof r.cursor, r.cursor === "" , Object.keys(r)]); cursor = r.cursor; n++; } while (!pages[pages.length-1][1] && n < 10);
  out.pages = pages;
  out.exact = await t(async () => { const r = await KV.list({limit: 26}); return [r.keys.length, r.list_complete, "cursor" in r, Object.keys(r)]; });
  out.exact25 = await t(async () => { const r = await KV.list({prefix: "k", limit: 25}); return [r.keys.length, r.list_complete, "cursor" in r, typeof r.cursor]; });
  out.limits = {};
  for (const l of [1, 1000, 1001, 0, -1, 1.5, "5", "abc", null, undefined, true, NaN, 2**31, 1e9]) {
    out.limits[String(l)] = await t(async () => { const r = await KV.list({limit: l}); return [r.keys.length, r.list_complete]; });
  }
  out.cursorEmpty = await t(async () => (await KV.list({cursor: ""})).keys.length);
  out.cursorNull = await t(async () => (await KV.list({cursor: null})).keys.length);
  out.cursorNum = await t(async () => (await KV.list({cursor: 5})).keys.length);
  out.listNoArgs = await t(async () => (await KV.list()).keys.length);
  out.listNull = await t(async () => (await KV.list(null)).keys.length);
  out.listStr = await t(async () => (await KV.list("k")).keys.length);
  out.listNum = await t(async () => (await KV.list(5)).keys.length);
  out.prefixNum = await t(async () => { await KV.put("12x", "a"); return (await KV.list({prefix: 12})).keys.map(k => k.name); });
  out.prefixUndef = await t(async () => (await KV.list({prefix: undefined})).keys.length);
  out.cursorOtherPrefix = await t(async () => { const r = await KV.list({prefix: "k", limit: 3}); const r2 = await KV.list({prefix: "o", cursor: r.cursor}); return r2.keys.map(k => k.name); });
  out.keyShape = await t(async () => { const r = await KV.list({prefix: "k05"}); return [Object.keys(r.keys[0]), r.keys[0]]; });
  `),
  kvCase("kvsb-bulk-get-variants", "bulk get and getWithMetadata with arrays: options objects, duplicates, 100/101 keys, metadata variants, json values", `
  const KV = env.KV;
  await KV.put("a", JSON.stringify({x: 1}), {metadata: {m: "a"}});
  await KV.put("b", "2");
  await KV.put("c", "plain", {metadata: "str"});
  out.textObj = await t(async () => [...await KV.get(["a", "b", "zz"], {type: "text"})]);
  out.jsonObj = await t(async () => [...await KV.get(["a", "b", "zz"], {type: "json"})]);
  out.json = await t(async () => [...await KV.get(["a", "b"], "json")]);
  out.dups = await t(async () => { const m = await KV.get(["a", "a", "b"]); return [m.size, [...m.keys()]]; });
  out.order = await t(async () => [...(await KV.get(["zz", "b", "a"])).keys()]);
  out.k100 = await t(async () => (await KV.get(Array.from({length: 100}, (_, i) => "n" + i))).size);
  out.k101 = await t(async () => KV.get(Array.from({length: 101}, (_, i) => "n" + i)));
  out.k101meta = await t(async () => KV.getWithMetadata(Array.from({length: 101}, (_, i) => "n" + i)));
  out.metaText = await t(async () => [...await KV.getWithMetadata(["a", "b", "c", "zz"])]);
  out.metaJson = await t(async () => [...await KV.getWithMetadata(["a", "b"], "json")]);
  out.metaJsonObj = await t(async () => [...await KV.getWithMetadata(["a", "b"], {type: "json", cacheTtl: 60})]);
  out.metaJsonBad = await t(async () => KV.getWithMetadata(["a", "c"], "json"));
  out.metaStream = await t(async () => KV.getWithMetadata(["a"], "stream"));
  out.mapShape = await t(async () => { const m = await KV.get(["a"]); return [m instanceof Map, Object.prototype.toString.call(m), m.constructor.name]; });
  out.badType = await t(async () => KV.get(["a"], "xml"));
  out.nonStrKeys = await t(async () => [...await KV.get([1, null])]);
  out.emptyMeta = await t(async () => KV.getWithMetadata([]));
  out.sparse = await t(async () => KV.get(["a", , "b"]));
  out.cacheTtl = await t(async () => [...await KV.get(["a"], {cacheTtl: 30})]);
  out.nestedArr = await t(async () => KV.get([["a"]]));
  out.bulkLarge = await t(async () => { await KV.put("big1", "x".repeat(20 * 1024 * 1024)); await KV.put("big2", "x".repeat(10)); const m = await KV.get(["big1", "big2"]); return m.get("big1").length; });
  `),
  kvCase("kvsb-binding-shape-more", "KV binding shape: prototype chain, method names and lengths, toString, JSON, methods detached", `
  const KV = env.KV;
  const proto = Object.getPrototypeOf(KV);
  out.typeof = typeof KV;
  out.tag = Object.prototype.toString.call(KV);
  out.str = String(KV);
  out.ctor = KV.constructor.name;
  out.protoNames = Object.getOwnPropertyNames(proto).sort();
  out.lengths = Object.fromEntries(["get", "put", "delete", "list", "getWithMetadata"].map(n => [n, KV[n].length]));
  out.names = Object.fromEntries(["get", "put", "delete", "list", "getWithMetadata"].map(n => [n, KV[n].name]));
  out.json = JSON.stringify(KV);
  out.keys = Object.keys(KV);
  out.frozen = Object.isFrozen(KV);
  out.detached = await t(async () => { const g = KV.get; return g("x"); });
  out.boundCall = await t(async () => KV.get.call(KV, "x"));
  out.otherThis = await t(async () => KV.get.call({}, "x"));
  out.inEnv = Object.keys(env);
  out.protoProto = Object.getPrototypeOf(proto) === Object.prototype;
  `, { kvNamespaces: { KV: "ns1", OTHER: "ns2" } }),
  kvCase("kvsb-delete-overwrite-metadata", "delete then get/list, overwrite drops metadata and expiration, put undefined metadata", `
  const KV = env.KV;
  await KV.put("a", "1", {metadata: {x: 1}, expirationTtl: 3600});
  await KV.put("a", "2");
  out.afterOverwrite = await KV.getWithMetadata("a");
  out.listAfter = (await KV.list()).keys;
  await KV.put("a", "3", {metadata: undefined});
  out.metaUndef = await KV.getWithMetadata("a");
  out.del = await t(async () => KV.delete("a"));
  out.afterDel = [await KV.get("a"), (await KV.list()).keys.length];
  out.delTwice = await t(async () => KV.delete("a"));
  out.concurrent = await t(async () => { await Promise.all(Array.from({length: 20}, (_, i) => KV.put("c" + i, String(i)))); return (await KV.list({prefix: "c"})).keys.length; });
  out.putReturn = await t(async () => KV.put("r", "v"));
  out.putReturnType = typeof KV.put("r2", "v").then;
  `),
  { name: "kvsb-service-worker-kv", area: "kv", description: "KV binding as a service-worker global, with text/json/list",
    options: { compatibilityDate: "2025-01-01", kvNamespaces: ["STORE"], script: `addEventListener("fetch", (e) => e.respondWith((async () => {
      await STORE.put("k", JSON.stringify([1,2]), {metadata: {m: 1}});
      return Response.json({ t: typeof STORE, g: typeof globalThis.STORE, str: String(STORE), v: await STORE.get("k", "json"), l: await STORE.list(), self: self.STORE === STORE });
    })()));` },
    steps: [get("/")] },
  { name: "kvsb-kv-across-workers", area: "kv", description: "two workers binding the same namespace id share data; different ids are isolated",
    options: { workers: [
      { name: "a", modules: true, compatibilityDate: "2025-01-01", kvNamespaces: { KV: "shared", MINE: "a-only" }, serviceBindings: { B: "b" }, script: `export default { async fetch(req, env) {
        await env.KV.put("from-a", "1"); await env.MINE.put("x", "a");
        const r = await env.B.fetch("http://b/"); return new Response(await r.text()); } }` },
      { name: "b", modules: true, compatibilityDate: "2025-01-01", kvNamespaces: { KV: "shared", MINE: "b-only" }, script: `export default { async fetch(req, env) {
        return Response.json({ fromA: await env.KV.get("from-a"), mine: await env.MINE.get("x"), list: (await env.KV.list()).keys }); } }` },
    ] },
    steps: [get("/")] },
];
