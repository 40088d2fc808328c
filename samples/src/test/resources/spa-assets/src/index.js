const todos = [
  { id: 1, title: "Write the API", done: true },
  { id: 2, title: "Ship the app", done: false },
];

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/api/todos") {
      return Response.json(todos);
    }
    if (url.pathname === "/api/config") {
      // the worker can read its own assets through the binding
      const manifest = await env.ASSETS.fetch(new URL("/manifest.json", request.url));
      return Response.json({ app: (await manifest.json()).name, api: "v1" });
    }
    return Response.json({ error: "no such endpoint" }, { status: 404 });
  },
};
