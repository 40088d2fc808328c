// A product catalog kept in KV: one key per product, "product:<id>" -> the product as JSON.
//   GET /products        lists the product ids
//   GET /products/<id>   returns one product, or 404
//   PUT /products/<id>   stores one (the body is the product JSON)
export default {
  async fetch(request, env) {
    const [, , id] = new URL(request.url).pathname.split("/");
    if (request.method === "PUT" && id) {
      await env.CATALOG.put("product:" + id, await request.text());
      return new Response(null, { status: 204 });
    }
    if (id) {
      const product = await env.CATALOG.get("product:" + id, "json");
      return product ? Response.json(product) : new Response("no product " + id, { status: 404 });
    }
    const { keys } = await env.CATALOG.list({ prefix: "product:" });
    return Response.json(keys.map((key) => key.name.slice("product:".length)));
  },
};
