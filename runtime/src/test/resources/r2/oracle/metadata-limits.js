// custom metadata size, http metadata shapes (recorded from Miniflare 4.20260426.0)
    out.big = await t(async () => (await b.put("m", "x", { customMetadata: { k: "v".repeat(2047) } })).size);
    out.tooBig = await t(async () => (await b.put("m", "x", { customMetadata: { k: "v".repeat(2048) } })).size);
    out.unicode = await t(async () => (await b.put("m", "x", { customMetadata: { k: "é".repeat(1023) } })).size);
    out.unicodeBig = await t(async () => (await b.put("m", "x", { customMetadata: { k: "☃".repeat(1024) } })).size);
    out.numberValue = await t(async () => (await b.put("m", "x", { customMetadata: { n: 5 } })).customMetadata);
    const o = await b.put("h", "x", { httpMetadata: { contentType: 5, cacheExpiry: new Date(1000), bogus: "x" } });
    out.httpPut = { ...o.httpMetadata, cacheExpiry: o.httpMetadata.cacheExpiry.toISOString() };
    const h = await b.head("h");
    out.httpHead = { ...h.httpMetadata, cacheExpiry: h.httpMetadata.cacheExpiry.toISOString() };
    const hd = new Headers(); h.writeHttpMetadata(hd); out.written = Object.fromEntries([...hd]);
    out.json = JSON.parse(JSON.stringify(await b.head("h")));
    delete out.json.version; delete out.json.uploaded;
    out.listNoInclude = await t(async () => { const l = (await b.list()).objects[0]; const hh = new Headers(); l.writeHttpMetadata(hh); return Object.fromEntries([...hh]); });
    out.headKeyTooLong = await t(() => b.head("x".repeat(1025)));
    out.deleteKeyTooLong = await t(() => b.delete(["a", "x".repeat(1025)]));
    out.mpKeyTooLong = await t(() => b.createMultipartUpload("x".repeat(1025)));
    out.ownKeysHead = Object.getOwnPropertyNames(h);
    out.desc = Object.getOwnPropertyDescriptor(h, "key");
    out.checksumsOwn = Object.getOwnPropertyNames(h.checksums);
    out.md5Type = Object.prototype.toString.call(h.checksums.md5);
    out.sha1 = h.checksums.sha1 === undefined;
  
