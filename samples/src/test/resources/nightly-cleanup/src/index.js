const DAY = 24 * 60 * 60 * 1000;

export default {
  // POST /sessions/<id> records activity; GET /sessions lists the live sessions
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (request.method === "POST") {
      await env.SESSIONS.put(pathname.split("/")[2], JSON.stringify({ lastSeen: Date.now() }));
      return new Response(null, { status: 204 });
    }
    const { keys } = await env.SESSIONS.list();
    return Response.json(keys.map((key) => key.name));
  },

  // the cron: sessions not seen for a day before the scheduled time go
  async scheduled(controller, env, ctx) {
    const cutoff = controller.scheduledTime - DAY;
    const { keys } = await env.SESSIONS.list();
    let removed = 0;
    for (const key of keys) {
      const session = await env.SESSIONS.get(key.name, "json");
      if (session.lastSeen < cutoff) {
        await env.SESSIONS.delete(key.name);
        removed++;
      }
    }
    ctx.waitUntil(env.SESSIONS.put("_last-cleanup", JSON.stringify({ lastSeen: controller.scheduledTime, removed })));
  },
};
