// Feature flags read from KV once per isolate and kept in a module-level cache, a common way to
// spare a KV read per request. GET /flags answers the flags; POST /flags/reload drops the cache.
let cached = null;
let kvReads = 0;

async function flags(env) {
  if (cached === null) {
    kvReads++;
    cached = (await env.FLAGS.get("flags", "json")) ?? {};
  }
  return cached;
}

export default {
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (request.method === "POST" && pathname === "/flags/reload") {
      cached = null;
      return new Response(null, { status: 204 });
    }
    if (pathname === "/flags") {
      return Response.json({ flags: await flags(env), kvReads });
    }
    return new Response("not found", { status: 404 });
  },
};
