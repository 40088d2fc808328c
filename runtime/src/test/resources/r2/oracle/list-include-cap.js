// list with include caps the page at 100 (recorded from Miniflare 4.20260426.0)
    for (let i = 0; i < 120; i++) await b.put("k" + String(i).padStart(3, "0"), "x");
    const l = await b.list({ include: ["customMetadata"] });
    out.withInclude = { n: l.objects.length, truncated: l.truncated };
    const l2 = await b.list({ limit: 500 });
    out.noInclude = { n: l2.objects.length, truncated: l2.truncated };
    const l3 = await b.list({ include: [] });
    out.emptyInclude = { n: l3.objects.length, truncated: l3.truncated, h: l3.objects[0].httpMetadata };
  
