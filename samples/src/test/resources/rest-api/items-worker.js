// A JSON REST API on KV: one key per item, "item:<id>" -> {"id", "name", "price"}.
//   POST   /items/<id>                 creates an item: 201, or 409 if the id exists
//   GET    /items/<id>                 200 with the item, or 404
//   PUT    /items/<id>                 replaces an item: 200, or 404
//   DELETE /items/<id>                 204 (also when there was nothing to delete)
//   GET    /items?limit=<n>&cursor=<c> one page of items, in id order: {"items": [...], "cursor"}
//                                      where "cursor" is null on the last page
// Invalid input is a 400 with a JSON body {"error": "...", "field": "..."}.
const PREFIX = "item:";

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const [, collection, id, extra] = url.pathname.split("/");
    if (collection !== "items" || extra !== undefined) return error(404, "no route " + url.pathname);
    if (!id) {
      return request.method === "GET" ? list(env, url.searchParams) : error(405, "method not allowed");
    }
    switch (request.method) {
      case "GET": {
        const item = await env.ITEMS.get(PREFIX + id, "json");
        return item ? Response.json(item) : error(404, "no item " + id);
      }
      case "POST":
      case "PUT": {
        const exists = (await env.ITEMS.get(PREFIX + id)) !== null;
        if (request.method === "POST" && exists) return error(409, "item " + id + " already exists");
        if (request.method === "PUT" && !exists) return error(404, "no item " + id);
        const parsed = await parseItem(request);
        if (parsed.error) return parsed.error;
        const item = { id, ...parsed.item };
        await env.ITEMS.put(PREFIX + id, JSON.stringify(item));
        return Response.json(item, { status: request.method === "POST" ? 201 : 200 });
      }
      case "DELETE":
        await env.ITEMS.delete(PREFIX + id);
        return new Response(null, { status: 204 });
      default:
        return error(405, "method not allowed");
    }
  },
};

async function list(env, params) {
  const limit = params.has("limit") ? Number(params.get("limit")) : 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return error(400, "limit must be an integer from 1 to 100", "limit");
  }
  const page = await env.ITEMS.list({ prefix: PREFIX, limit, cursor: params.get("cursor") || undefined });
  const items = await Promise.all(page.keys.map((key) => env.ITEMS.get(key.name, "json")));
  return Response.json({ items, cursor: page.list_complete ? null : page.cursor });
}

async function parseItem(request) {
  let body;
  try {
    body = await request.json();
  } catch {
    return { error: error(400, "the body must be JSON") };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { error: error(400, "the body must be a JSON object") };
  }
  if (typeof body.name !== "string" || body.name.trim() === "") {
    return { error: error(400, "name is required", "name") };
  }
  if (typeof body.price !== "number" || !(body.price >= 0)) {
    return { error: error(400, "price must be a number >= 0", "price") };
  }
  return { item: { name: body.name, price: body.price } };
}

function error(status, message, field) {
  return Response.json(field ? { error: message, field } : { error: message }, { status });
}
