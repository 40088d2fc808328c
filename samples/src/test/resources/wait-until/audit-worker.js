// Answers at once and records an audit entry afterwards, in ctx.waitUntil.
//   POST /orders/<id>   202 "accepted <id>"; later, "audit:<id>" -> {"order", "action", "at"}
export default {
  async fetch(request, env, ctx) {
    const [, , id] = new URL(request.url).pathname.split("/");
    if (request.method !== "POST" || !id) return new Response("not found", { status: 404 });
    ctx.waitUntil(audit(env, id));
    return new Response("accepted " + id, { status: 202 });
  },
};

async function audit(env, id) {
  await new Promise((resolve) => setTimeout(resolve, 200)); // slow work the client does not wait for
  await env.AUDIT.put("audit:" + id, JSON.stringify({ order: id, action: "created", at: Date.now() }));
}
