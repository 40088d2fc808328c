// list with delimiter pagination, include custom only, startAfter with prefix (recorded from Miniflare 4.20260426.0)
    for (const k of ["a/1", "a/2", "a/3", "b", "c/1", "c/2", "d", "e/x/y"]) await b.put(k, "x", { httpMetadata: { contentType: "t" }, customMetadata: { k } });
    const pages = []; let cursor;
    for (let i = 0; i < 6; i++) { const l = await b.list({ delimiter: "/", limit: 2, cursor }); pages.push({ o: l.objects.map((x) => x.key), p: l.delimitedPrefixes, t: l.truncated }); if (!l.truncated) break; cursor = l.cursor; }
    out.pages = pages;
    out.customOnly = (await b.list({ include: ["customMetadata"], limit: 2 })).objects.map((o) => ({ h: o.httpMetadata, c: o.customMetadata }));
    out.startAfterPrefix = (await b.list({ prefix: "a/", startAfter: "a/1" })).objects.map((o) => o.key);
    out.startAfterBeforePrefix = (await b.list({ prefix: "c/", startAfter: "a" })).objects.map((o) => o.key);
    out.multiCharDelim = await b.list({ delimiter: "/x/" }).then((l) => ({ o: l.objects.map((x) => x.key), p: l.delimitedPrefixes }));
    out.emptyDelim = await b.list({ delimiter: "" }).then((l) => ({ o: l.objects.length, p: l.delimitedPrefixes }));
    out.limitStr = await t(async () => (await b.list({ limit: "2" })).objects.length);
    out.limitNeg = await t(async () => (await b.list({ limit: -1 })).objects.length);
    out.badCursor = await t(async () => (await b.list({ cursor: "zzz" })).objects.length);
    out.listKeys = Object.keys(await b.list({ limit: 1 }));
    out.listKeysDone = Object.keys(await b.list());
    out.listArg = await t(async () => (await b.list("x")).objects.length);
  
