// Sessions kept in KV for one hour: "session:<id>" -> the user name, with expirationTtl.
//   PUT /sessions/<id>   opens a session (the body is the user name); 201
//   GET /sessions/<id>   200 with the user name while the session lives, 401 once it expired
const SESSION_TTL_SECONDS = 60 * 60;

export default {
  async fetch(request, env) {
    const [, , id] = new URL(request.url).pathname.split("/");
    if (!id) return new Response("not found", { status: 404 });
    if (request.method === "PUT") {
      await env.SESSIONS.put("session:" + id, await request.text(), { expirationTtl: SESSION_TTL_SECONDS });
      return new Response(null, { status: 201 });
    }
    const user = await env.SESSIONS.get("session:" + id);
    return user === null ? new Response("session expired", { status: 401 }) : new Response("hello " + user);
  },
};
