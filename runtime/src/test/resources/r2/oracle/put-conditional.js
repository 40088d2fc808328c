// put onlyIf (recorded from Miniflare 4.20260426.0)
    const p = await b.put("k", "one");
    out.matchOk = await t(async () => desc(await b.put("k", "two", { onlyIf: { etagMatches: p.etag } })));
    out.matchFail = await t(async () => desc(await b.put("k", "three", { onlyIf: { etagMatches: p.etag } })));
    out.noneMatchStarExisting = await t(async () => desc(await b.put("k", "four", { onlyIf: { etagDoesNotMatch: "*" } })));
    out.noneMatchStarMissing = await t(async () => (await b.put("new", "four", { onlyIf: { etagDoesNotMatch: "*" } }))?.key);
    out.matchMissing = await t(async () => await b.put("new2", "x", { onlyIf: { etagMatches: "abc" } }));
    out.headersIfMatch = await t(async () => desc(await b.put("k", "five", { onlyIf: new Headers({ "if-match": "\"nope\"" }) })));
    out.quoted = await t(() => b.put("k", "x", { onlyIf: { etagMatches: "\"abc\"" } }));
    out.text = await (await b.get("k")).text();
    out.uploadedAfterFuture = await t(async () => desc(await b.get("k", { onlyIf: { uploadedAfter: new Date(Date.now() + 100000) } })));
    out.uploadedAfterPast = await t(async () => (await b.get("k", { onlyIf: { uploadedAfter: new Date(0) } }))?.bodyUsed);
    out.ifModifiedSince = await t(async () => "body" in (await b.get("k", { onlyIf: new Headers({ "if-modified-since": new Date(Date.now() + 100000).toUTCString() }) })));
    out.badHeader = await t(() => b.get("k", { onlyIf: new Headers({ "if-match": "abc" }) }));
    out.weak = await t(async () => "body" in (await b.get("k", { onlyIf: new Headers({ "if-none-match": "W/\"x\", \"y\"" }) })));
    out.etagNumber = await t(async () => "body" in (await b.get("k", { onlyIf: { etagMatches: 5 } })));
  
