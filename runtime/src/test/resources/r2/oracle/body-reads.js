// GetResult body reads (recorded from Miniflare 4.20260426.0)
    await b.put("j", JSON.stringify({ a: 1 }), { httpMetadata: { contentType: "application/json" } });
    const g1 = await b.get("j"); out.json = await g1.json();
    const g2 = await b.get("j"); const bl = await g2.blob(); out.blob = { type: bl.type, size: bl.size, cls: bl.constructor.name };
    const g3 = await b.get("j"); const by = await g3.bytes(); out.bytes = { cls: by.constructor.name, len: by.length };
    const g4 = await b.get("j"); const r = g4.body.getReader(); let n = 0; for (;;) { const { done, value } = await r.read(); if (done) break; n += value.length; } out.readerBytes = n; out.usedAfterReader = g4.bodyUsed;
    const g5 = await b.get("j"); out.resp = await new Response(g5.body).text();
    const g6 = await b.get("j"); out.sameBody = g6.body === g6.body;
    const g7 = await b.get("j"); const rr = g7.body.getReader(); out.lockedText = await t(() => g7.text());
    out.headHasBody = "body" in (await b.head("j"));
    const g8 = await b.get("j"); const ab = await g8.arrayBuffer(); out.abCls = ab.constructor.name;
    out.typeofB = typeof b; out.tag = Object.prototype.toString.call(b); out.ctor = b.constructor.name; out.ownKeys = Object.keys(b);
    out.newBucket = await t(() => new b.constructor());
    out.str = String(b);
    out.putNoArgs = await t(() => b.put());
    out.getNoArgs = await t(async () => await b.get());
    out.syncThrow = (() => { try { b.put("k", 42); return "no"; } catch (e) { return "sync:" + e.constructor.name; } })();
    out.syncRange = (() => { try { const p = b.get("k", { range: { offset: -1 } }); p.catch(() => {}); return "async"; } catch (e) { return "sync"; } })();
  
