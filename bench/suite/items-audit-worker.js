// The worker of the suite benchmark: a JSON item store over the KV binding KV, and an audit
// log written in the background. Keys: "item:<id>" for items, "audit:<id>" for audit records.
//   GET /hello                  plain-text "hello"
//   PUT /items/<id>             stores the JSON body; 201 {id, stored: true}; 400 if not JSON
//   GET /items/<id>             the stored JSON; 404 {error: "not found"}
//   GET /items?prefix=<p>       {keys: ids starting with p, count}
//   DELETE /items/<id>          204, whether or not it existed
//   other methods on /items...  405
//   POST /audit/<id>?note=<n>   202 {accepted: id}; the record {id, note, at} lands after the
//                               response, from ctx.waitUntil, 5 ms later
//   GET /audit/<id>             the record; 404 {error: "not found"}
const ITEM_PREFIX = "item:";
const AUDIT_PREFIX = "audit:";

const jsonResponse = (body, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function items(request, env, segments, url) {
  if (segments.length === 1 && request.method === "GET") {
    const prefix = url.searchParams.get("prefix") || "";
    const { keys } = await env.KV.list({ prefix: ITEM_PREFIX + prefix });
    const ids = keys.map(({ name }) => name.substring(ITEM_PREFIX.length));
    return jsonResponse({ keys: ids, count: ids.length });
  }
  if (segments.length !== 2) return new Response("method not allowed", { status: 405 });
  const id = decodeURIComponent(segments[1]);
  switch (request.method) {
    case "PUT": {
      let value;
      try {
        value = await request.json();
      } catch {
        return jsonResponse({ error: "invalid json" }, 400);
      }
      await env.KV.put(ITEM_PREFIX + id, JSON.stringify(value));
      return jsonResponse({ id, stored: true }, 201);
    }
    case "GET": {
      const stored = await env.KV.get(ITEM_PREFIX + id, "json");
      return stored === null ? jsonResponse({ error: "not found" }, 404) : jsonResponse(stored);
    }
    case "DELETE":
      await env.KV.delete(ITEM_PREFIX + id);
      return new Response(null, { status: 204 });
    default:
      return new Response("method not allowed", { status: 405 });
  }
}

async function audit(request, env, ctx, id, url) {
  if (request.method === "POST") {
    const note = url.searchParams.get("note") || "";
    const writeLater = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      await env.KV.put(AUDIT_PREFIX + id, JSON.stringify({ id, note, at: "after-response" }));
    };
    ctx.waitUntil(writeLater());
    return jsonResponse({ accepted: id }, 202);
  }
  if (request.method === "GET") {
    const stored = await env.KV.get(AUDIT_PREFIX + id, "json");
    return stored === null ? jsonResponse({ error: "not found" }, 404) : jsonResponse(stored);
  }
  return null;
}

export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    const segments = url.pathname.split("/").filter((s) => s !== "");
    if (request.method === "GET" && url.pathname === "/hello") {
      return new Response("hello", { headers: { "content-type": "text/plain" } });
    }
    if (segments[0] === "items") return items(request, env, segments, url);
    if (segments[0] === "audit" && segments.length === 2) {
      const answer = await audit(request, env, ctx, decodeURIComponent(segments[1]), url);
      if (answer !== null) return answer;
    }
    return new Response("not found", { status: 404 });
  },
};
