// A notes API on KV: PUT /notes/:id stores the body, GET /notes/:id reads it back.
export default {
  async fetch(request, env) {
    const id = new URL(request.url).pathname.split("/")[2];
    if (!id) return new Response("not found", { status: 404 });
    if (request.method === "PUT") {
      await env.NOTES.put(id, await request.text(), { metadata: { savedAt: Date.now() } });
      return new Response(null, { status: 204 });
    }
    const note = await env.NOTES.get(id);
    return note === null ? new Response("no such note", { status: 404 }) : new Response(note);
  },
};
