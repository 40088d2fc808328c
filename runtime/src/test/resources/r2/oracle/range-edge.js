// range edge cases (recorded from Miniflare 4.20260426.0)
    await b.put("r", "0123456789");
    await b.put("e", "");
    const rg = async (k, range) => { const o = await b.get(k, { range }); return { range: o.range, text: await o.text() }; };
    out.lenZero = await t(() => rg("r", { length: 0 }));
    out.frac = await t(() => rg("r", { offset: 1.5 }));
    out.suffixZero = await t(() => rg("r", { suffix: 0 }));
    out.suffixNeg = await t(() => rg("r", { suffix: -2 }));
    out.lenNeg = await t(() => rg("r", { length: -2 }));
    out.suffixLen = await t(() => rg("r", { length: 2, suffix: 2 }));
    out.hdrMulti = await t(() => rg("r", new Headers({ range: "bytes=0-1,3-4" })));
    out.hdrBad = await t(() => rg("r", new Headers({ range: "items=0-1" })));
    out.hdrSuffix = await t(() => rg("r", new Headers({ range: "bytes=-3" })));
    out.hdrPast = await t(() => rg("r", new Headers({ range: "bytes=20-30" })));
    out.hdrNone = await t(() => rg("r", new Headers({ "x": "1" })));
    out.emptyObj = await t(() => rg("e", undefined));
    out.emptyRange = await t(() => rg("e", { offset: 0 }));
    out.emptyHead = await t(async () => (await b.head("e")).range);
    out.strOffset = await t(() => rg("r", { offset: "2" }));
    out.emptyRangeObj = await t(() => rg("r", {}));
  
