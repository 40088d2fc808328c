// D1 benchmark worker: GET /select reads one row by primary key with a prepared statement,
// GET /insert adds one row. The schema and 1000 users are created by the first request.
const USERS = 1000;
let ready = null;
let next = 0;

async function setup(db) {
  await db.exec(
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL);\n" +
      "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER NOT NULL, kind TEXT NOT NULL);",
  );
  const insert = db.prepare("INSERT OR REPLACE INTO users (id, name, email) VALUES (?, ?, ?)");
  const statements = [];
  for (let id = 1; id <= USERS; id++) statements.push(insert.bind(id, `user ${id}`, `user${id}@example.com`));
  await db.batch(statements);
}

export default {
  async fetch(request, env) {
    ready ??= setup(env.DB);
    await ready;
    const path = new URL(request.url).pathname;
    const id = (next++ % USERS) + 1;
    if (path === "/select") {
      const row = await env.DB.prepare("SELECT id, name, email FROM users WHERE id = ?").bind(id).first();
      if (row === null || row.id !== id) return new Response(`user ${id} missing`, { status: 500 });
      return Response.json(row);
    }
    if (path === "/insert") {
      const { meta } = await env.DB.prepare("INSERT INTO events (user_id, kind) VALUES (?, ?)").bind(id, "visit").run();
      if (meta.changes !== 1) return new Response("not inserted", { status: 500 });
      return new Response(String(meta.last_row_id));
    }
    return new Response("GET /select or /insert", { status: 404 });
  },
};
