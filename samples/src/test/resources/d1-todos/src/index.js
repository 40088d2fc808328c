// A small REST API over a D1 table: list, create, toggle, delete, and a batch import that is
// all-or-nothing.
const json = (body, status = 200) => Response.json(body, { status });

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const [, resource, id] = url.pathname.split("/");
    if (resource !== "todos") return json({ error: "not found" }, 404);

    if (request.method === "GET" && !id) {
      const { results } = await env.DB.prepare(
        "SELECT id, title, done, due FROM todos WHERE (?1 IS NULL OR done = ?1) ORDER BY id"
      ).bind(url.searchParams.has("done") ? Number(url.searchParams.get("done") === "true") : null).all();
      return json(results.map((t) => ({ ...t, done: t.done === 1 })));
    }
    if (request.method === "POST" && !id) {
      const { title, due = null } = await request.json();
      try {
        const todo = await env.DB.prepare("INSERT INTO todos (title, due) VALUES (?, ?) RETURNING id, title, due")
          .bind(title ?? "", due).first();
        return json(todo, 201);
      } catch (e) {
        return json({ error: e.message }, 400);
      }
    }
    if (request.method === "POST" && id === "import") {
      const todos = await request.json();
      const insert = env.DB.prepare("INSERT INTO todos (title, due) VALUES (?, ?)");
      try {
        const results = await env.DB.batch(todos.map((t) => insert.bind(t.title ?? "", t.due ?? null)));
        return json({ imported: results.length }, 201);
      } catch (e) {
        return json({ error: e.message }, 400);
      }
    }
    if (request.method === "PATCH" && id) {
      const { meta } = await env.DB.prepare("UPDATE todos SET done = 1 - done WHERE id = ?").bind(Number(id)).run();
      return meta.changes === 0 ? json({ error: "no such todo" }, 404) : json({ toggled: Number(id) });
    }
    if (request.method === "DELETE" && id) {
      const { meta } = await env.DB.prepare("DELETE FROM todos WHERE id = ?").bind(Number(id)).run();
      return new Response(null, { status: meta.changes === 0 ? 404 : 204 });
    }
    return json({ error: "method not allowed" }, 405);
  },
};
