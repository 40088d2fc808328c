// POST /seed?from=A&to=B puts keys key-A .. key-(B-1); GET /count counts the keys by listing.
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/seed") {
      const from = Number(url.searchParams.get("from"));
      const to = Number(url.searchParams.get("to"));
      const puts = [];
      for (let i = from; i < to; i++) puts.push(env.KV.put("key-" + String(i).padStart(6, "0"), "value-" + i));
      await Promise.all(puts);
      return new Response(String(to - from));
    }
    if (url.pathname === "/count") {
      let count = 0;
      let cursor;
      do {
        const page = await env.KV.list({ cursor });
        count += page.keys.length;
        cursor = page.list_complete ? undefined : page.cursor;
      } while (cursor);
      return new Response(String(count));
    }
    if (url.pathname === "/touch") {
      await env.KV.put("key-000000", "changed");
      await env.KV.delete("key-000001");
      await env.KV.put("extra", "x");
      return new Response("ok");
    }
    return new Response(await env.KV.get("key-000000") ?? "missing");
  },
};
