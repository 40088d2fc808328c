// binary checksums, sha384/sha512, bad hex (recorded from Miniflare 4.20260426.0)
    const data = new TextEncoder().encode("abc");
    const d = async (alg) => new Uint8Array(await crypto.subtle.digest(alg, data));
    out.md5Bin = await t(async () => (await b.put("a", data, { md5: await d("MD5") })).checksums.toJSON());
    out.md5BinBuffer = await t(async () => (await b.put("a", data, { md5: (await d("MD5")).buffer })).checksums.toJSON());
    out.sha384 = await t(async () => (await b.put("b", data, { sha384: hex(await d("SHA-384")) })).checksums.toJSON());
    out.sha512Bin = await t(async () => (await b.put("c", data, { sha512: await d("SHA-512") })).checksums.toJSON());
    out.sha1Upper = await t(async () => (await b.put("c2", data, { sha1: hex(await d("SHA-1")).toUpperCase() })).checksums.toJSON());
    out.md5BinWrong = await t(() => b.put("d", data, { md5: new Uint8Array(5) }));
    out.badHex = await t(() => b.put("e", data, { sha1: "z".repeat(40) }));
    out.sha512Bad = await t(() => b.put("f", data, { sha512: "0".repeat(128) }));
    out.headChecksums = (await b.head("b")).checksums.toJSON();
    out.listChecksums = (await b.list({ prefix: "c" })).objects.map((o) => o.checksums.toJSON());
    out.getChecksums = (await b.get("c")).checksums.toJSON();
    out.md5Number = await t(() => b.put("g", data, { md5: 5 }));
    out.sha1Ab = Object.prototype.toString.call((await b.head("c2")).checksums.sha1);
  
