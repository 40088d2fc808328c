// blob put type, onlyIf combos, writeHttpMetadata arg, unknown-length part, prefixes (recorded from Miniflare 4.20260426.0)
    const bl = new Blob(["hi"], { type: "text/x-blob" });
    const pb = await b.put("blob", bl);
    out.blobPut = { http: pb.httpMetadata, size: pb.size };
    const p = await b.put("c", "conditional");
    const has = async (onlyIf) => { const o = await b.get("c", { onlyIf }); return o === null ? null : "body" in o; };
    out.matchAndOldBefore = await has({ etagMatches: p.etag, uploadedBefore: new Date(0) });
    out.noneMatchAndAfterFuture = await has({ etagDoesNotMatch: "x", uploadedAfter: new Date(Date.now() + 100000) });
    out.wildcard = await has({ etagMatches: "*" });
    out.weakHeaderMatch = await has(new Headers({ "if-match": "W/\"" + p.etag + "\"" }));
    out.strongHeaderMatch = await has(new Headers({ "if-match": "\"" + p.etag + "\", \"x\"" }));
    out.unmodifiedSincePast = await has(new Headers({ "if-unmodified-since": new Date(0).toUTCString() }));
    out.emptyHeaders = await has(new Headers());
    out.writeNoArg = await t(() => p.writeHttpMetadata());
    out.writeObj = await t(() => p.writeHttpMetadata({}));
    const u = await b.createMultipartUpload("m", { customMetadata: { a: "1" } });
    out.partUnknownLength = await t(async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); w.write(new Uint8Array([1])); w.close(); return (await u.uploadPart(1, ts.readable)).partNumber; });
    out.partBlob = await t(async () => (await u.uploadPart(1, new Blob(["xyz"]))).partNumber);
    out.completeCustom = await t(async () => (await u.complete([await u.uploadPart(1, "z")])).customMetadata);
    out.resumeOneArg = await t(() => b.resumeMultipartUpload("m"));
    for (const k of ["photos/a", "photos/b/c", "photosx", "pho"]) await b.put(k, "x");
    out.prefixNoSlash = await b.list({ prefix: "photos", delimiter: "/" }).then((l) => ({ o: l.objects.map((x) => x.key), p: l.delimitedPrefixes }));
    out.startAfterAndCursor = await t(async () => { const l1 = await b.list({ limit: 1 }); const l2 = await b.list({ limit: 2, cursor: l1.cursor, startAfter: "photos/a" }); return l2.objects.map((x) => x.key); });
    out.rangeAndOnlyIfHeaders = await t(async () => { const o = await b.get("c", { onlyIf: new Headers({ "if-match": p.httpEtag, range: "bytes=0-3" }), range: new Headers({ range: "bytes=0-3" }) }); return await o.text(); });
    out.deleteNoArgs = await t(() => b.delete());
    out.headNumberKey = await t(async () => { await b.put(42, "n"); return (await b.head(42)).key; });
    out.nullKey = await t(async () => (await b.put(null, "n")).key);
  
